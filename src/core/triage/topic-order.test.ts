import {
  askedMatter,
  isAddedAfter,
  isNamedFirst,
  isPaymentAccountOf,
  isToldAsBackground,
} from "./topic-order";

describe("isNamedFirst", () => {
  it.each([
    ["カードのこともあるけど、まず国保のほうを片付けたい", ["国保"]],
    ["暗証番号も忘れたんですが、固定資産税のほうが先でして", ["固定資産税"]],
    ["先に児童手当の手続きを済ませたいんです", ["児童手当"]],
  ])("should see the matter put first in %s", (text, terms) => {
    expect(isNamedFirst(text, terms)).toBe(true);
  });

  it.each([
    ["まずカードの更新をして、そのあと国保の相談も", ["国保"]],
    ["国保の保険証とマイナ保険証の違いを教えて", ["国保"]],
  ])("should not see %s as putting the other matter first", (text, terms) => {
    expect(isNamedFirst(text, terms)).toBe(false);
  });
});

describe("isAddedAfter", () => {
  const deskTerms = ["かど", "暗証番号"];

  it("should see another matter added after the card question", () => {
    expect(
      isAddedAfter(
        "カードの更新はどこでできますか。あと、保育園の申し込みも",
        ["保育園"],
        deskTerms,
      ),
    ).toBe(true);
  });

  it.each([
    // The other matter is said before the connective, or nothing of the card comes first.
    ["保育園のことと、あとカードの更新も", ["保育園"]],
    ["それと、保育園の申し込みはどこですか", ["保育園"]],
    // あと inside a word or a phrase of time is no connective.
    ["カードはあと何日でできますか、保育園に出したいので", ["保育園"]],
  ])("should not see %s as an added matter", (text, terms) => {
    expect(isAddedAfter(text, terms, deskTerms)).toBe(false);
  });
});

describe("isPaymentAccountOf", () => {
  it.each([
    ["年金の振込口座を変えたいんですが", ["年金"]],
    ["住民税を口座振替にしたいです", ["住民税"]],
    ["児童手当の振込口座を変更したいんです", ["児童手当"]],
  ])("should see another desk's account in %s", (text, terms) => {
    expect(isPaymentAccountOf(text, terms)).toBe(true);
  });

  it.each([
    ["公金受取口座に年金も振り込まれるんですか", ["年金"]],
    ["児童手当の振込先も自動で切り替わるんですか", ["児童手当"]],
    // Asking whether registering the card's account moves the allowance is the card's question.
    ["児童手当の振込先を公金受取口座にしたら、自動で切り替わりますか", ["児童手当"]],
  ])("should not see a change of account in %s", (text, terms) => {
    expect(isPaymentAccountOf(text, terms)).toBe(false);
  });
});

describe("askedMatter", () => {
  // Stand-ins for the two matters: the card's words and a pension desk's words.
  const names = {
    desk: (clause: string) => /カード|マイナ/u.test(clause),
    other: (clause: string) => /年金|国保|税務課/u.test(clause),
  };

  it.each([
    // The card only told, the other matter asked.
    ["マイナ保険証で受診したんですが、年金の受け取り方はどうしたらいいですか", "other"],
    // A question naming neither takes the matter named last before it.
    ["年金の通知をなくしてしまって。再発行ってどこでできますか。カードは持ってます", "other"],
    // A wish, when no clause asks a question.
    ["年金のことで担当の方と話したいんですが、カードのことも聞きたくて", "other"],
    // The card asked, the other desk only told.
    ["税務課で証明書を取ってきたところで、最後に、カードができているか見てもらえますか", "desk"],
    ["年金の手続きで言われたんですが、カードのコピーでもいいですか", "desk"],
  ])("should see in %s the matter asked: %s", (text, matter) => {
    expect(askedMatter(text, names)).toBe(matter);
  });

  it.each([
    // Both in the asking clause.
    "年金の受け取りにマイナンバーカードは使えますか",
    // A condition stays with its question; そちら points back at the card's account.
    "カードの口座を登録したら、年金もそちらに振り込まれますか",
    // No clause asks anything.
    "国保に入っています。カードも持っています",
  ])("should not tell the matter asked in %s", (text) => {
    expect(askedMatter(text, names)).toBeNull();
  });

  it("should not take 何も or なんですけど for a question", () => {
    expect(
      askedMatter("国保なんですけど、カードを何も持っていないのですが大丈夫ですか", names),
    ).toBe("desk");
  });
});

describe("isToldAsBackground", () => {
  const names = {
    desk: (clause: string) => /カード|マイナ/u.test(clause),
    other: (clause: string) => /年金|国保|保育園/u.test(clause),
  };

  it.each([
    [
      "春に引っ越してきて、保育園の申し込みやらで忙しくて、転入届は出したんですけど、カードはそのままで。カードの住所はいつまでに変えればいいですか",
    ],
    ["国保の手続きが終わって、やっと落ち着いて、カードの更新を思い出して。更新はどこでできますか"],
    // One errand told as also done, just before the card question.
    ["年金の手続きも済ませたんですが、カードの住所はいつまでに変えればいいですか"],
  ])("should see the other matter as background well before the card question in %s", (text) => {
    expect(isToldAsBackground(text, names)).toBe(true);
  });

  it.each([
    // Told just before the card question: as often that desk's question.
    ["年金の書類が届いたんですが、カードと一緒に何を持っていけばいいですか"],
    // The other matter asked at the end.
    ["カードの更新は済ませたんですけど、それで、国保の保険料はどこで払えばいいですか"],
    // Named again in the asking clause.
    ["保育園のことで来て、ばたばたしてて、カードと保育園の書類は一緒に出せますか"],
  ])("should not see background in %s", (text) => {
    expect(isToldAsBackground(text, names)).toBe(false);
  });
});
