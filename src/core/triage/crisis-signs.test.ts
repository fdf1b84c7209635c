import { foldForMatch } from "../text";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import { compileCrisisSigns, findCrisisSigns } from "./crisis-signs";

const signs = compileCrisisSigns(foldForMatch);
const find = (text: string) => findCrisisSigns(foldForMatch(text), signs);

// Written for this test from the warning signs suicide-prevention guidance lists; not from a set.
const WARNINGS: readonly string[] = [
  "家族に迷惑ばかりかけて、もう限界なんです",
  "わしなんか家族のお荷物でしかない。もう疲れ果てた",
  "今までお世話になりました。猫のことだけ、よろしく頼みます",
  "もう疲れました。通帳も印鑑も全部妹に渡しておきました",
  "ロープはもう買ってあります。今夜にします",
  "睡眠薬を少しずつ貯めてたんです。もう何もかも嫌で",
  "さよならを言いたくて電話しました。覚悟はできています",
  "保険金で借金を返してもらえたらと思って。今までありがとう",
  "もうあかん。場所も決めた",
  "おれなんかおらんほうがよか。もう無理ばい",
  "いままで ありがとう ございました もう つかれました",
];

// Look-alikes: one sign alone, planning as an ordinary matter, a goodbye at a move.
const ORDINARY: readonly string[] = [
  "もう疲れました、手続きが多すぎて",
  "今夜の受付は何時までですか",
  "ご迷惑をおかけしました、書類はもう準備できました",
  "終活で身辺整理を始めたいので、エンディングノートの書き方を教えてください",
  "生前整理で荷物を全部処分したいんですが、粗大ごみの出し方は",
  "今まで本当にお世話になりました。来月東京に引っ越します",
  "転勤で引っ越すことになりました、今までありがとうございました",
  "母の遺品整理をしていたら通帳が出てきました",
  "隣の人に迷惑をかけられて、もう限界です",
  "書類の準備ができましたので、明日窓口に持っていきます",
  "父の保険金の受け取りで、相続の手続きはどこですか",
  "高いところの電球を替えたいので、はしごを貸してもらえますか",
];

describe("crisis warning signs (second stage)", () => {
  it.each(WARNINGS.map((line) => [line]))("should raise the suicide route on %j", (text) => {
    expect(find(text)).not.toBeNull();
    const result = triageRulesOnly(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe("suicide");
    expect(result.crisis?.contacts.map((c) => c.number)).toContain("0120-279-338");
  });

  it.each(ORDINARY.map((line) => [line]))("should not raise %j", (text) => {
    expect(find(text)).toBeNull();
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });

  it("should give the two signs that met as evidence", () => {
    expect(find("家族に迷惑ばかりかけて、もう限界なんです")).toEqual([
      "迷惑ばかりかけて",
      "もう限界",
    ]);
  });
});
