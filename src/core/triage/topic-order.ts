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
