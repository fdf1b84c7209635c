import { escapeRegExp, foldForMatch } from "../text";

/**
 * Which of two matters in one call comes first, when the caller says so. A desk clerk takes the
 * matter the caller puts first (まず税金のほうが今日が期限で) and, when the card is asked about and
 * another desk's matter is only added at the end (…はどこでしますか。あと、保育園の相談も), answers
 * the card part and mentions the other desk afterwards.
 */

// まず / 先に / 最初に, then the matter within a short clause.
const FIRST_MARKER = /(まず|先に|さきに|最初に|とりあえず|何より|なにより)(は)?[^。?!、,]{0,14}/gu;
// The matter, then "is first / urgent" (税金のほうが先, 税金が急ぎで).
const FIRST_AFTER = "(のほう|の方)?(が|を)?(先|さき|急ぎ|いそぎ|優先)";
// A matter added after the question: あと、… / それと… / ついでに…, after a sentence break.
const ADDED =
  /(^|[。?!、,\s])(あと|それと|それから|ついでに|あとは|もう一つ|もうひとつ)(、|,|は|\s)?/gu;

/** Whether the caller puts a matter with one of `terms` first (まず税金のほうが). */
export function isNamedFirst(text: string, terms: readonly string[]): boolean {
  const folded = foldForMatch(text);
  const words = terms.map((term) => foldForMatch(term)).filter((term) => term.length > 0);
  for (const match of folded.matchAll(FIRST_MARKER)) {
    if (words.some((word) => match[0].includes(word))) return true;
  }
  return words.some((word) => new RegExp(`${escapeRegExp(word)}${FIRST_AFTER}`, "u").test(folded));
}

/**
 * Whether every one of `terms` is said only after a matter was added (あと、…も), following
 * something the caller asked about with one of `deskTerms` (folded).
 */
export function isAddedAfter(
  text: string,
  terms: readonly string[],
  deskTerms: readonly string[],
): boolean {
  const folded = foldForMatch(text);
  const words = terms.map((term) => foldForMatch(term)).filter((term) => term.length > 0);
  if (words.length === 0) return false;
  for (const match of folded.matchAll(ADDED)) {
    const at = match.index;
    const before = folded.slice(0, at);
    if (!deskTerms.some((term) => before.includes(term))) continue;
    if (words.every((word) => !before.includes(word))) return true;
  }
  return false;
}

// The account another desk pays into or draws from (年金の振込口座, 住民税の口座振替).
const PAYMENT_ACCOUNT =
  "(の)?(振込口座|振込先|振り込み先|振込み先|口座振替|振替口座|引き落とし口座|引落口座|還付金の(振込|口座)|振込の口座|受け取り口座|受取口座)(を|の|は|も)?(変え|変更|切り替え|切替|登録|申し込|申込|にし)";

const PAYMENT_ACCOUNT_FOLDED = foldForMatch(PAYMENT_ACCOUNT);

/**
 * Whether the caller wants to change how another desk pays or collects (年金の振込口座を変えたい,
 * 住民税を口座振替に): that desk's own account, even when 公金受取口座 is named beside it.
 */
export function isPaymentAccountOf(text: string, terms: readonly string[]): boolean {
  const folded = foldForMatch(text);
  return terms
    .map((term) => foldForMatch(term))
    .filter((term) => term.length > 0)
    .some((term) =>
      new RegExp(`${escapeRegExp(term)}[^。?]{0,6}${PAYMENT_ACCOUNT_FOLDED}`, "u").test(folded),
    );
}

// A question or a request at the end of a clause (…どうしたらいいですか, …ありますか, …ください),
// or a question word (not 何も, いつも, どこか, 誰か).
const STRONG_ASK =
  /(?:\?|か|かな|かね|かしら|の|でしょうか|ください|下さい|ほしい(?:です)?|欲しい(?:です)?|どうしたら|どうすれば|(?:れ|け|たら)ばいい|いい(?:です)?)$|どこ(?!か)|いつ(?![もか])|いくら|なぜ|なんで(?![すし])|どうして(?!も)|どうやって|どれ(?!か)|(?:だれ|誰)(?!か)|何(?![もかとだ度回])/u;
// A wish that opens a call (…を取りたいんですが, …も聞きたくて): weaker than a question.
const WEAK_ASK =
  /(?:たい|たいです|たいんです|たいのです|たくて|ほしいんです|欲しいんです|ほしいのです)(?:が|けど)?$/u;
// Where one clause ends: a sentence end (a question mark stays with its clause; 現況届?とか is a
// word said with doubt), or a comma after a clause ending (…んですが、 …して、).
// A condition (…登録したら、) stays with the question it sets up.
const CLAUSE_END =
  /(?<=\?)(?![とっつみ])\s*|[。!\n]+|(?<=(?:ですが|ますが|けど|けれど|ので|から|て|で|が))[、,]/u;
// A word pointing back at what the clause before named (そちらへ振り込まれる, その口座), and what
// is in it (カードのチップって、税金のことまで入ってるんですか: the chip's contents).
const POINTS_BACK =
  /そちら|そっち|そこ|その(?:口座|カード|番号|手続き)|それ(?:で|が|は|を|に|って)|(?:入って|はいって|記録されて|載って)(?:る|い|ま)/u;

// An errand told as also done (…の手続きも終わったんですが, …も調べたんですけど, …の予約もして).
const ERRAND_DONE =
  /も(う)?[^、,。]{0,6}(終わっ|終え|済ませ|済ん|すませ|すん|調べ|出し|もらっ|し|取っ|行っ)(た|て|まし)/u;

type Matter = "desk" | "other" | "both" | null;

/**
 * Which matter the caller asks about when one call names both another desk's matter and the
 * desk's topic: the clause that asks (…どうしたらいいですか) decides over the clauses that only
 * tell (マイナ保険証で受診したんですが、高額療養費の払い戻しは…; …再発行ってどこで。マイナ保険証は
 * 持ってます). A question naming neither takes the matter last named before it (子どもの医療証を
 * なくして。再発行ってどこで); a clause pointing back (そちらへ) names the clause before it too.
 * Questions come before wishes (ケースワーカーに連絡を取りたいんですが、マイナ保険証のことも), and
 * the first clause naming one matter alone decides; `null` when the clauses do not tell.
 */
export function askedMatter(
  text: string,
  names: {
    readonly desk: (clause: string) => boolean;
    readonly other: (clause: string) => boolean;
  },
): "desk" | "other" | null {
  const clauses = splitClauses(text);
  const own = clauses.map((clause) => ({ desk: names.desk(clause), other: names.other(clause) }));
  const matterOf = (index: number): Matter => {
    const back = index > 0 && POINTS_BACK.test(clauses[index]!) ? own[index - 1]! : null;
    const desk = own[index]!.desk || Boolean(back?.desk);
    const other = own[index]!.other || Boolean(back?.other);
    return desk && other ? "both" : desk ? "desk" : other ? "other" : null;
  };
  for (const ask of [STRONG_ASK, WEAK_ASK]) {
    const asked = clauses.flatMap((clause, index) => (ask.test(clause) ? [index] : []));
    const matter = askedIn(asked, matterOf);
    if (matter) return matter === "both" ? null : matter;
  }
  return null;
}

/**
 * Whether the other matter is only background told before a card question: the clause that asks
 * names the card alone, no clause from the one before it on names the other matter, and it was told
 * earlier (転勤で来て、子どもの保育園の申し込みやらでばたばたしてて、転入届は出したんですけど、カードの
 * 手続きはしてなかったかも。いつまでにしないとカードが使えなくなるんですか); or it was told in two
 * clauses or more, a list of errands done (保育園の申込も済ませて、子どもの医療証ももらったんですけど、
 * 最後に、カードの期限は), or in one clause as an errand also done (介護保険の手続きも終わったんですが、
 * 母のカードは). One matter told just before the card question (療育手帳の更新が近いんですが、カードと
 * 一緒に何を持っていけば) is as often that desk's question as the card's: not background.
 */
export function isToldAsBackground(
  text: string,
  names: {
    readonly desk: (clause: string) => boolean;
    readonly other: (clause: string) => boolean;
  },
): boolean {
  const clauses = splitClauses(text);
  const own = clauses.map((clause) => ({ desk: names.desk(clause), other: names.other(clause) }));
  // The clause that asks, or for a question naming neither, the last one naming a matter before it.
  let asked = clauses.findIndex((clause) => STRONG_ASK.test(clause));
  while (asked >= 0 && !own[asked]!.desk && !own[asked]!.other) asked -= 1;
  if (asked < 1 || !own[asked]!.desk || own[asked]!.other) return false;
  if (own.slice(asked).some((matter) => matter.other)) return false;
  const told = own.slice(0, asked).filter((matter) => matter.other).length;
  return (
    told >= 2 || (told === 1 && (!own[asked - 1]!.other || ERRAND_DONE.test(clauses[asked - 1]!)))
  );
}

function splitClauses(text: string): string[] {
  return text
    .split(CLAUSE_END)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}

/** The first of the `asked` clauses naming a matter, else the matter named last before them. */
function askedIn(asked: readonly number[], matterOf: (index: number) => Matter): Matter {
  for (const index of asked) {
    const matter = matterOf(index);
    if (matter) return matter;
  }
  const first = asked[0];
  if (first === undefined) return null;
  for (let index = first - 1; index >= 0; index -= 1) {
    const matter = matterOf(index);
    if (matter) return matter;
  }
  return null;
}
