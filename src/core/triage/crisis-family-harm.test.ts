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

describe("crisis family harm, thirty-first round (red team 28 read)", () => {
  it.each([
    // A child heard begging with the sound of blows; a parent's partner and a child's ぼく; a
    // child put in a bag or out on a balcony in winter.
    ["上の階で子どもが「ごめんなさい」って叫んでて、殴るような音がします", "子ども家庭課"],
    ["ママの かれしが ぼくの くびを しめてくる", "子ども家庭課"],
    ["継父が三歳の妹をごみ袋に入れて、妹が泣き叫んでいます", "子ども家庭課"],
    [
      "父親が三歳の息子を雪の夜にベランダに出したまま鍵をかけて、泣き声がしなくなりました",
      "子ども家庭課",
    ],
    // An old parent hurt by a grown child; a person in care kept without food and shut in (the
    // old-person desk reads it: a third desk for a disabled adult is not told apart here).
    ["兄が父を物干し竿で叩いてて、父が血を流してます", "高齢者支援課"],
    ["利用者の女性がご飯をもらえずに部屋に閉じ込められて、痩せ細っています", "高齢者支援課"],
    // Red teams 26 and 27's leftovers: a face held down with a pillow, a child chased by a parent.
    ["弟が、寝たきりの父の顔を枕で押さえつけて、父が息をしていません", "高齢者支援課"],
    ["父親が酔って包丁を持って娘を追いかけています", "子ども家庭課"],
  ])("should read %j as abuse (%s)", (text, department) => {
    const signal = detectCrisis(text);
    expect(signal?.kind).toBe("abuse");
    expect(signal?.department).toBe(department);
  });

  it.each([
    ["母が階段で倒れて、兄に支えられていますが返事がありません", "medical"],
    ["兄が運転する車が事故を起こして、父が頭から血を流しています", "medical"],
    ["隣の家で女の人が「やめて」って叫んでて、殴るような音がしてます", "violence"],
  ])("should keep %j as %s", (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });
});

describe("crisis family harm, thirty-fourth round (red team 31 read)", () => {
  // A child's own call that names its age first, then a parent's harm: abuse.
  it.each([
    ["あたし 十さい です。 パパが ナイフ もって おいかけて くる"],
    ["ぼく 9さい。 おかあさんが ほうちょう もって おいかけて きた"],
  ])("should read %j as abuse", (text) => {
    expect(detectCrisis(text)?.kind).toBe("abuse");
  });

  // An adult who names an age and a parent's act on someone else keeps its kind.
  it.each([["わたしは80歳です。隣の家の父親が包丁を持って男の人を追いかけています", "violence"]])(
    "should keep %j as %s",
    (text, kind) => {
      expect(detectCrisis(text)?.kind).toBe(kind);
    },
  );
});

describe("crisis family harm, thirty-fifth round (red team 32 read)", () => {
  // An old parent hurt by the caller's husband or a grown child, the clause cut by a comma after
  // the parent: elder abuse.
  it.each([
    ["母が、夫に突き飛ばされて頭を打ちました"],
    ["父が、兄に突き飛ばされて頭を打って動きません"],
  ])("should read %j as abuse (高齢者支援課)", (text) => {
    const signal = detectCrisis(text);
    expect(signal?.kind).toBe("abuse");
    expect(signal?.department).toBe("高齢者支援課");
  });
});

describe("crisis family harm, thirty-sixth round (red team 33 read)", () => {
  // A small child of the wider family named by its age, a parent hitting the caller's little
  // brother (English), a child kept locked in by its parent (Spanish): child abuse.
  it.each([
    ["兄が、三歳の姪の首をしめています"],
    ["My stepdad is kicking my little brother, we are hiding in the bathroom"],
    ["El padre tiene encerrada a su hija en el armario y ya no responde"],
  ])("should read %j as abuse (子ども家庭課)", (text) => {
    const signal = detectCrisis(text);
    expect(signal?.kind).toBe("abuse");
    expect(signal?.department).toBe("子ども家庭課");
  });

  // A grown nephew, or the caller's mother hit by a stepfather, is no child of the household.
  it.each([
    ["夫が、二十五歳の甥の首をしめています"],
    ["My stepdad is kicking my mum, we are hiding in the bathroom"],
  ])("should not read %j as abuse", (text) => {
    const signal = detectCrisis(text);
    expect(signal).not.toBeNull();
    expect(signal?.kind).not.toBe("abuse");
  });
});

describe("crisis family harm, forty-first round (red team 38 read)", () => {
  // A father beating the caller's young brother (Portuguese) and a coach making a child run in the
  // heat with no water (English): child abuse, where the start read violence and medical.
  it.each([
    ["O pai está espancando o meu irmão de oito anos, ele está chorando"],
    ["The coach is making my daughter run laps with no water in this heat and she fainted"],
  ])("should read %j as abuse (子ども家庭課)", (text) => {
    const signal = detectCrisis(text);
    expect(signal?.kind).toBe("abuse");
    expect(signal?.department).toBe("子ども家庭課");
  });

  // A neighbour beating the brother, or a child who fainted at practice with nothing withheld, keeps
  // its kind.
  it.each([
    ["O vizinho está espancando o meu irmão de oito anos, ele está chorando"],
    ["The coach is making my daughter run laps and she fainted"],
  ])("should not read %j as abuse", (text) => {
    const signal = detectCrisis(text);
    expect(signal).not.toBeNull();
    expect(signal?.kind).not.toBe("abuse");
  });
});
