/**
 * Ninth round of routing lines (issue 3, eleventh session, 2026-12-04), written from general
 * knowledge of ward-office desks for the rules read from training set 8: what went wrong with the
 * caller's card or record told as a story (a wrong name or birth date on the card, someone else's
 * card in the envelope, a booking that vanished, letters to a former address, a fee charged
 * twice), professionals calling about a client, indirect wishes to talk, wasted visits and calls,
 * desk words in katakana chat text, and other desks' topics described (nothing to eat, a TV dumped
 * on a lot, noise at night). Not taken from any blind set.
 */
import type { RoutingCase } from "./routing-cases";
import { answer, to } from "./routing-cases";

export const ROUND_NINE_CASES: readonly RoutingCase[] = [
  ...to("市民課", [
    "届いたカードを見たら、名前の漢字が一画足りない字になっていました",
    "カードの生年月日が本当の誕生日と一年ずれています",
    "受け取った封筒の中に、知らない人のカードが入っていました",
    "来週の受け取りの予約をしたのに、確認したら予約が消えていました",
    "引っ越したのに、カードの案内が前の住所に届いたと大家さんから聞きました",
    "更新の手数料を二回取られていたみたいなんです",
    "ケアマネをしております。利用者さんのカードの受け取りについて、進め方をご相談したいです",
    "The name on my card is spelled wrong, one letter is missing.",
    "I applied three months ago and nothing has arrived yet. Can you check?",
  ]),
  ...to("総合案内", [
    "文章だと伝わりにくいので、声で説明していただけると助かります",
    "お電話を何度かけても保留のまま切れてしまいます",
  ]),
  ...to("保護課", ["今月は食べるものに困るくらいお金がありません"]),
  ...to("環境課", ["近くの空き地に古い冷蔵庫が捨てられています"]),
  ...to("税務課", ["ﾄｸｿｸｼﾞｮｳが届いたんですけど、もう払ってあります"]),
  ...answer([
    // The same words in general questions.
    "カードに載る名前の漢字は、戸籍と違う字でも大丈夫ですか",
    "受け取りの予約は、いつから取れますか",
    "マイナカードと個人番号カードは、呼び方が違うだけですか",
    "更新のお知らせがまだ何も来ないんですが、待っていればいいですか",
    // "My Number card" is the card's name; what to bring is how things work.
    "When will my My Number card renewal notice be sent?",
    "The postcard says my card is ready. What should I bring to collect it?",
  ]),
];
