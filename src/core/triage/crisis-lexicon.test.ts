import {
  LEXICON_CRISIS_LINES,
  LEXICON_CRISIS_LINES_2,
  LEXICON_LOOK_ALIKES,
  LEXICON_LOOK_ALIKES_2,
} from "./__fixtures__/crisis-lines";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import { detectCrisis } from "./detect-signals";

const triage = triageRulesOnly;

describe("crisis lexicon", () => {
  describe("crisis lines", () => {
    it.each([...LEXICON_CRISIS_LINES, ...LEXICON_CRISIS_LINES_2])(
      "should treat %j as an emergency (%s)",
      (text, kind) => {
        const result = triage(text);
        expect(result.action).toBe("emergency");
        expect(result.crisis?.kind).toBe(kind);
        expect(result.reasons[0]?.code).toBe("crisis");
        expect(result.crisis?.contacts.length).toBeGreaterThan(0);
      },
    );
  });

  describe("look-alikes", () => {
    it.each([...LEXICON_LOOK_ALIKES, ...LEXICON_LOOK_ALIKES_2].map((line) => [line]))(
      "should not treat %j as a crisis",
      (text) => {
        expect(detectCrisis(text)).toBeNull();
        expect(triage(text).action).not.toBe("emergency");
      },
    );
  });

  describe("routing", () => {
    it("should send child abuse to 子ども家庭課 with 189", () => {
      const result = triage("隣の子が毎晩たたかれてる");
      expect(result.department).toBe("子ども家庭課");
      expect(result.crisis?.contacts.map((c) => c.number)).toContain("189");
    });

    it("should send elder abuse to 高齢者支援課 with the police, not 189", () => {
      const result = triage("施設でおじいちゃんが殴られている");
      expect(result.department).toBe("高齢者支援課");
      expect(result.crisis?.contacts.map((c) => c.number)).toEqual(["110", "119"]);
    });

    it("should send elder abuse told in the active voice to 高齢者支援課", () => {
      const result = triage("同居の兄が寝たきりの父を叩いてるんです");
      expect(result.crisis?.kind).toBe("abuse");
      expect(result.department).toBe("高齢者支援課");
    });

    it("should treat a sting that stops the breath as medical, not as violence", () => {
      expect(detectCrisis("蜂に刺されて息が苦しいみたい")?.kind).toBe("medical");
      expect(detectCrisis("知らない男に刺された")?.kind).toBe("violence");
    });

    it("should give DV callers the police and the DV lines", () => {
      const numbers = triage("夫に殴られて逃げてきました").crisis?.contacts.map((c) => c.number);
      expect(numbers).toEqual(["110", "#8008", "0120-279-889"]);
    });

    it("should give suicidal callers the hotlines", () => {
      const numbers = triage("しにたい").crisis?.contacts.map((c) => c.number);
      expect(numbers).toContain("0120-279-338");
    });

    it("should keep the evidence of the matched words", () => {
      expect(detectCrisis("もう死にたいです")?.evidence).toEqual(["死にたい"]);
    });
  });

  it("should hold at least 240 crisis and 100 look-alike lines", () => {
    expect(LEXICON_CRISIS_LINES.length + LEXICON_CRISIS_LINES_2.length).toBeGreaterThanOrEqual(240);
    expect(LEXICON_LOOK_ALIKES.length + LEXICON_LOOK_ALIKES_2.length).toBeGreaterThanOrEqual(100);
  });
});
