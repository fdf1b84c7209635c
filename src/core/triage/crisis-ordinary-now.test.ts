import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import type { CrisisModelWeights } from "./crisis-model";
import { CRISIS_FEATURES_VERSION, loadCrisisModel, scoreCrisisModel } from "./crisis-model";
import { raisedByOrdinaryNow } from "./crisis-ordinary-now";
import { detectCrisis, foldForCrisis } from "./detect-signals";

// A hand-made model that raises on 、今 alone, as the stored one nearly does on a short sentence.
const NOW_MODEL: CrisisModelWeights = {
  version: CRISIS_FEATURES_VERSION,
  threshold: 0.5,
  bias: -1,
  scale: 1,
  crisis: "、今\t10\n、いま\t10",
  kindBias: [0, 0, 0, 0],
  kindScale: 1,
  kinds: "、今\t1,0,0,0",
};

describe("raisedByOrdinaryNow", () => {
  const model = loadCrisisModel(NOW_MODEL);
  const raisedByNow = (text: string) => {
    const folded = foldForCrisis(text);
    expect(scoreCrisisModel(model, folded).raised).toBe(true);
    return raisedByOrdinaryNow(model, folded);
  };

  describe("when the now is an ordinary one and no danger word is said", () => {
    it.each([
      ["財布の中身が寂しくて、今週の食費も出せません"],
      ["引っ越しが重なって、今年度の分が払えません"],
      ["途中で止まって、今どうなっているのか分かりません"],
      ["財布を落として、今カードが一枚もありません"],
      ["バスが遅れて、いま窓口に向かっています"],
    ])("should say %j is raised by it", (text) => {
      expect(raisedByNow(text)).toBe(true);
    });
  });

  describe("when the now may be a danger's", () => {
    it.each([
      // A danger word anywhere in the text.
      ["財布の中身が寂しくて、今週はもう死ぬしかない"],
      ["エラーになって、今度は父が倒れました"],
      // An errand before the now, not in its clause: the now is the caller's.
      ["申請が通らなくて、今ビルの非常階段の一番上にいます"],
      ["通帳と印鑑を預けて、今から山に入ります"],
      // A now of no errand and no calendar.
      ["もう疲れて、今駅のホームの端にいます"],
    ])("should not say %j is raised by it", (text) => {
      expect(raisedByNow(text)).toBe(false);
    });
  });

  it("should not drop a text the model still raises with the now blanked", () => {
    const strong = loadCrisisModel({ ...NOW_MODEL, crisis: "、今\t10\n食費\t10" });
    expect(raisedByOrdinaryNow(strong, foldForCrisis("寂しくて、今週の食費も出せません"))).toBe(
      false,
    );
  });
});

// Twenty-fifth round: ordinary calls the stored model raised on the n-grams of "…て、今…" (、今, て、
// 今), in lines of our own, class by class, with crises said the same way that must stay raised.
const ORDINARY_NOW_CLASSES: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a now of the calendar (今週, 今月, 今年, 今日中, 今までの, 今の)",
    ordinary: [
      "財布の中身が寂しくて、今週の食費も出せません。",
      "財布の中身が心もとなくて、今月を乗り切れそうにありません。",
      "ボーナスが出なくて、今年の税金をまとめて払えません。",
      "夫が単身赴任になって、今月から私が手続きをしています。",
      "子どもが小学校に入って、今年から学童を使いたいです。",
      "仕事が忙しくて、今日中に書類を出せそうにありません。",
      "アプリが更新されて、今までのボタンがなくなっていました。",
      "転職して、今の会社の健康保険証がまだ届いていません。",
    ],
    crises: [
      "今週ずっと何も食べていなくて、今立ち上がれません。",
      "今月で全部終わりにしようと思って、今から橋に行きます。",
      "今日中にいなくなるつもりで、今遺書を書いています。",
    ],
  },
  {
    name: "a now of the desk's errand",
    ordinary: [
      "マイナポータルにログインしようとして、今エラーが出ています。",
      "財布を落としてしまって、今カードが一枚もありません。",
      "電話がつながらなくて、今もう一度かけ直しています。",
      "車が故障して、今日は窓口まで行けません。",
      "バスが遅れて、今窓口に向かっているところです。",
      "写真がはじかれて、今撮り直しているところです。",
      "郵便局で不在票を見て、今再配達を頼んでいます。",
      "出先で思い出して、今コンビニから電話しています。",
      "パソコンが古くて、今読み取りがうまくいきません。",
    ],
    crises: [
      "申請が通らなくて、今ビルの非常階段の一番上にいます。",
      "通帳と印鑑を妹に預けて、今から山に入ります。",
      "カードも通帳も全部置いてきて、今ダムの上に立っています。",
      "窓口で断られて、今駅のホームの端に立っています。もう帰りません。",
      "年金の手続きをしに来たんですが、今ロビーで男の人が胸を押さえてうずくまっています。",
    ],
  },
  {
    name: "the state of a process asked",
    ordinary: [
      "途中でエラーになって、今どうなっているのか分かりません。",
      "送信ボタンを押して、今どうなっているのか分かりません。",
      "一度はじかれて、今どこまで進んでいるのか分かりません。",
    ],
    crises: [
      "父が急に倒れて、今息をしていません。",
      "知らない男が家に入ってきて、今押し入れに隠れています。",
      "母がトイレから出てこなくて、今呼んでも返事がないです。",
    ],
  },
];

describe("the crisis check on an ordinary now, twenty-fifth round", () => {
  describe.each(ORDINARY_NOW_CLASSES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", (text) => {
      expect(detectCrisis(text)).toBeNull();
      expect(triageRulesOnly(text).action).not.toBe("emergency");
    });

    it.each(c.crises.map((line) => [line]))("should still raise %j", (text) => {
      expect(triageRulesOnly(text).action).toBe("emergency");
    });
  });
});

describe("the crisis check on an ordinary now, thirtieth round (red team 27 read)", () => {
  // A now that tells a settled state, after a harm of the past told in kana.
  it.each([["むかし ちちに たたかれました。 いまは おとな です。 てあてを もらいたい です"]])(
    "should not raise %j",
    (text) => {
      expect(detectCrisis(text)).toBeNull();
      expect(triageRulesOnly(text).action).not.toBe("emergency");
    },
  );

  it.each([["いま ちちに たたかれて います。 たすけて"], ["今は大丈夫じゃないです、もう死にたい"]])(
    "should still raise %j",
    (text) => {
      expect(triageRulesOnly(text).action).toBe("emergency");
    },
  );
});

describe("the crisis check on an ordinary now, thirty-third round (red team 30 read)", () => {
  // A child good now after a scolding, told in kana: the model alone raised it on いま, てる.
  it.each([["いまは いいこに してるよ。ママに おこられたけど"]])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });

  it.each([["いまは いいこに してるけど、さっき ママに たたかれて いたい"]])(
    "should still raise %j",
    (text) => {
      expect(triageRulesOnly(text).action).toBe("emergency");
    },
  );
});
