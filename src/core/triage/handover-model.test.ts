import { readFileSync } from "node:fs";
import { join } from "node:path";
import { prepareInquiry } from "../answer";
import { parseDepartmentsCsv, parseFaqCsv } from "../faq";
import { FaqIndex } from "../search";
import type { HandoverModelWeights } from "./handover-model";
import {
  HANDOVER_FEATURES_VERSION,
  handoverFeatures,
  loadHandoverModel,
  scoreHandoverModel,
} from "./handover-model";
import { HANDOVER_MODEL_WEIGHTS } from "./handover-model-weights";

// A hand-made model: 届いて and 私の push toward a person, 方法 away; 税 says 税務課.
const TINY: HandoverModelWeights = {
  version: HANDOVER_FEATURES_VERSION,
  threshold: 0.5,
  bias: -1,
  scale: 0.5,
  handover: ["届いて\t20", "私の\t10", "方法\t-30"].join("\n"),
  departments: ["市民課", "税務課"],
  departmentBias: [0.5, 0],
  departmentScale: 1,
  departmentWeights: ["税\t0,9"].join("\n"),
};

describe("handoverFeatures", () => {
  it("should give kanji and character 2- and 3-grams, with the ends marked, and the ending again", () => {
    expect(handoverFeatures("税が")).toEqual([
      ...["税", "^税", "税が", "が$", "^税が", "税が$"],
      ...[">税が", ">が$", ">税が$"],
    ]);
  });

  it("should read the ending without its closing punctuation", () => {
    const ending = (text: string) => handoverFeatures(text).filter((f) => f.startsWith(">"));
    const text = "申請したカードを見てもらえますか";
    expect(ending(`${text}。`)).toEqual(ending(text));
    expect(ending(text)).toEqual(expect.arrayContaining([">見て", ">ますか", ">すか$"]));
    expect(ending(text)).not.toContain(">申請");
  });

  it("should read speech-recognition spaces, widths and placeholders as written text", () => {
    expect(handoverFeatures("私 の カード")).toEqual(handoverFeatures("私のカード"));
    expect(handoverFeatures("ＡＢＣ")).toEqual(handoverFeatures("abc"));
    expect(handoverFeatures("［氏名1］です")).toEqual(handoverFeatures("［氏名2］です"));
    expect(handoverFeatures("［氏名1］です")).toContain("§です");
  });

  it("should read only the start of a very long text", () => {
    expect(handoverFeatures(`${"あ".repeat(10_000)}届いて`)).not.toContain("届い");
  });
});

describe("loadHandoverModel", () => {
  it("should refuse weights fitted for other features", () => {
    expect(() => loadHandoverModel({ ...TINY, version: HANDOVER_FEATURES_VERSION + 1 })).toThrow(
      /refit with scripts\/triage\/fit-handover-model\.ts/u,
    );
  });

  it("should load the shipped weights", () => {
    const model = loadHandoverModel(HANDOVER_MODEL_WEIGHTS);
    expect(model.handover.size).toBeGreaterThan(1000);
    expect(model.departments).toEqual(expect.arrayContaining(["市民課", "保険年金課", "税務課"]));
    expect(model.threshold).toBeGreaterThan(0.5);
  });
});

describe("scoreHandoverModel", () => {
  const model = loadHandoverModel(TINY);

  it("should raise a call worded like a hand-over, with the grams that weighed most", () => {
    const result = scoreHandoverModel(model, "私の通知が届いていない");
    expect(result.raised).toBe(true);
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.evidence[0]).toBe("届いて");
  });

  it("should leave a question about a procedure alone", () => {
    const result = scoreHandoverModel(model, "申請の方法を教えて");
    expect(result.raised).toBe(false);
    expect(result.score).toBeLessThan(0.5);
  });

  it("should rank the departments by the department weights", () => {
    expect(scoreHandoverModel(model, "税の通知が届いて").departments).toEqual(["税務課", "市民課"]);
    expect(scoreHandoverModel(model, "通知が届いて").departments[0]).toBe("市民課");
  });

  it("should not score text that is not mostly Japanese without a foreign threshold", () => {
    const result = scoreHandoverModel(model, "my card has not arrived 届いて");
    expect(result).toEqual({ score: 0, raised: false, departments: [], evidence: [] });
  });

  it("should score text in other languages against the foreign threshold", () => {
    const weights = { ...TINY, handover: ["riv\t40", ">ed\t40"].join("\n") };
    const text = "my card has not arrived";
    const strict = loadHandoverModel({ ...weights, foreignThreshold: 0.999 });
    const usual = loadHandoverModel({ ...weights, foreignThreshold: 0.9 });
    expect(scoreHandoverModel(strict, text)).toMatchObject({ raised: false });
    expect(scoreHandoverModel(strict, text).score).toBeGreaterThan(0.9);
    // The evidence is whole words, not the grams (riv) that weighed.
    expect(scoreHandoverModel(usual, text)).toMatchObject({ raised: true, evidence: ["arrived"] });
  });
});

describe("the hand-over model in the engine (sample FAQ and departments)", () => {
  const samples = join(__dirname, "..", "..", "..", "samples");
  const { entries } = parseFaqCsv(readFileSync(join(samples, "mynumber-faq.csv"), "utf8"));
  const { departments } = parseDepartmentsCsv(
    readFileSync(join(samples, "departments.csv"), "utf8"),
  );
  const index = FaqIndex.build(entries);
  const triage = (text: string, handoverModel = true) =>
    prepareInquiry({ text, index, departments, options: { triage: { handoverModel } } }).triage;

  it.each([
    // A known miss of the twenty-second round's refit (0.79), handed over since the thirtieth's
    // (1.00; 0.98 by the thirty-sixth's). Its twin, 父の施設の方から、カードを預かってよいか…, is a
    // known miss again (below).
    "祖母のカード、施設のほうで預かってもらってるはずなんですけど、今どこにあるか分かりますか",
    // A known miss of the twenty-second round's refit (0.79), handed over by the thirtieth's
    // (0.89), answered again by the thirty-sixth's (0.25), handed over by the forty-second's (0.94).
    "父の施設の方から、カードを預かってよいか市に聞いてくれと言われました",
  ])("should hand over an own case the rules would answer: %s", (text) => {
    expect(triage(text, false).action).toBe("answer");
    const result = triage(text);
    expect(result.action).toBe("transfer");
    expect(result.reasons).toEqual([
      {
        code: "low_confidence",
        evidence: expect.arrayContaining([expect.stringMatching(/^model [01]\.\d\d$/u)]),
      },
    ]);
  });

  it.each([
    "カードの申請に必要なものを教えてください",
    "暗証番号を忘れたらどうすればいいですか",
    "夫の代わりに私がカードを申請できますか",
    // Known false hand-overs of the fourteenth round's model, answered since training set 11
    // (questions for a relative or with a contact given, beside their own-case twins).
    "窓口では旧姓と言えばいいですか",
    // A known false hand-over of the fifteenth round's model, answered since the sixteenth.
    "暗証番号を忘れてしまいました。電話番号は090-1234-5678です",
    // Known false hand-overs of the sixteenth round's model (a call ending on a contact given),
    // answered since the seventeenth round's refit.
    "マイナンバーカードの暗証番号を忘れました。連絡先は090-1234-5678です",
    "マイナンバーカードの暗証番号を忘れました。電話番号は090-1234-5678です",
    // A known false hand-over of the thirtieth round's refit (0.95 on 、調べ and 母の), answered
    // by the fourteenth's to twenty-second's refits and again by the thirty-sixth's (0.56).
    "母のカードが保険証として登録されてるか、調べ方を教えて",
    // A known false hand-over of the thirty-sixth round's refit (0.80, on 電話 and 番号を after a
    // contact given first), answered again by the forty-second's (0.27).
    "電話は090-1234-5678です。マイナンバーカードの暗証番号を忘れました",
    // The same with the number between the two sentences (answer-inquiry.test.ts).
    "暗証番号を忘れてしまいました。電話番号は090-1234-5678です。どうすればいいですか",
  ])("should leave a question about how things work answered: %s", (text) => {
    expect(triage(text).action).toBe("answer");
  });

  it.each([
    // Scored 0.995 by the twenty-first round's refit, over the foreign threshold (0.85).
    // (Mi tarjeta todavía no ha llegado y la pedí hace dos meses and …, did you receive it?: the
    // rules hand them over since the twenty-first round.)
    "Did my application reach you?",
  ])("should hand over an own case in another language that the rules answer: %s", (text) => {
    expect(triage(text, false).action).toBe("answer");
    expect(triage(text)).toMatchObject({ action: "transfer", department: "市民課" });
  });

  // A known miss of the model: handed over by the eighteenth round's refit to the vacant-house
  // desk (実家 read as an empty family home), answered by the nineteenth's to twenty-first's,
  // handed to the card desk by the twenty-second's (0.91), answered again by the thirtieth's,
  // thirty-sixth's and forty-second's (0.73). When a refit hands it over again, this test fails:
  // move it to the list above.
  it.failing.each(["母が施設に入っていて、通知が施設じゃなくて実家に届いてしまうんです"])(
    "should hand over %s (a known miss of the model)",
    (text) => {
      expect(triage(text).action).toBe("transfer");
    },
  );

  // A known false hand-over of the forty-second round's refit (0.89, on 電話 and 号は with the
  // contact given first; 0.67 by the thirty-sixth's). When a refit answers it again, this test
  // fails: move it to the list above.
  it.failing.each([
    "電話番号は090-1234-5678です。暗証番号を忘れてしまいました、どうすればいいですか",
  ])("should leave %s answered (a known false hand-over of the model)", (text) => {
    expect(triage(text).action).toBe("answer");
  });
});
