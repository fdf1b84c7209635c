import { detectCrisis } from "./detect-signals";

describe("crisis family harm", () => {
  describe("a child hurt by a parent, or an old person by a carer, raised by any rule", () => {
    it.each([
      // The violence rule raised it (ボコられ, 包丁).
      ["妹がまた親父にボコられてて、今も続いてる", "子ども家庭課"],
      ["隣の家で父親が坊やに包丁向けて怒鳴っとる", "子ども家庭課"],
      // The suicide rule raised it (うごかない said of a child thrown).
      ["お父さんが いもうとを なげた。いもうと うごかない", "子ども家庭課"],
      // The medical rule raised it (唇が紫).
      ["いま母親が小二の弟を冷たい川に入れて、弟の唇が紫です", "子ども家庭課"],
      // A carer and the old person in their care.
      ["施設の職員が父の腕をつかんで引きずってて、父が痛いと叫んでる", "高齢者支援課"],
    ])("should read %j as abuse (%s)", (text, department) => {
      const signal = detectCrisis(text);
      expect(signal?.kind).toBe("abuse");
      expect(signal?.department).toBe(department);
      expect(signal?.contacts.some((contact) => contact.number === "110")).toBe(true);
    });
  });

  describe("a parent only named beside the child, or a stranger who hurts a child", () => {
    it.each([
      ["知らない男が公園で弟を殴ってる", "violence"],
      ["母が弟の熱に気づいて、弟がぐったりしてます", "medical"],
    ])("should keep %j as %s", (text, kind) => {
      expect(detectCrisis(text)?.kind).toBe(kind);
    });
  });
});
