/**
 * Eighth round of routing lines (issue 3, eleventh session, 2026-12-04), written from general
 * knowledge of ward-office desks for the rules this round added after blind set 10 became a
 * development set: a person asked for as どなたか, gentle feedback on staff, dialect and "long
 * since" own cases, a card kept at the office, a finished card asked about, reminders that are
 * not needed to act, immigration pending, convenience-store names, a card service set aside, which matter comes first,
 * desk words in speech recognition's kana, animal carcasses, a certificate's purpose, old
 * furniture in Portuguese and English, and another desk's payment account. Not taken from any
 * blind set.
 */
import type { RoutingCase } from "./routing-cases";
import { answer, to } from "./routing-cases";

export const ROUND_EIGHT_CASES: readonly RoutingCase[] = [
  ...to("市民課", [
    // Wishes for a person and own cases.
    "カードの更新のことなんですが、どなたかお詳しい方に代わっていただけませんか",
    "娘のカード、もうできとるやろか。申請してから結構経つんやけど",
    "マイナンバーカードを申し込んでしばらく経つのに何の音沙汰もありません",
    "去年取りに行けなかった父のカード、今もそちらに保管されていますか",
    "この前の水曜に窓口で申請したカードって、もう出来上がっていますか",
    "いま しんせい ちゅう の かーど の じょうきょう を しらべて もらえ ます か",
  ]),
  ...to("総合案内", ["先日お電話に出られた方の口調が少し気になりまして、お伝えしようと思いました"]),
  ...answer([
    // General questions with the words of an own case.
    "更新のお知らせがまだ届いていないんですが、届く前に窓口へ行って更新してもいいですか",
    "My card expired two weeks ago. Can I still use it to get a certificate at a convenience store?",
    "My residence status renewal is still being processed and my My Number card runs out soon. What should I do?",
    "案内のはがきがまだ来ていないんですが、それでも窓口で更新の手続きはできますか",
    // A shop's name is the card's convenience-store service, not the registry's desk.
    "ローソンのマルチコピー機で住民票を出そうとしたら途中で止まりました。どうしてですか",
    "在便利店可以打印户籍证明吗?",
    // The card part asked first, another desk's matter only added.
    "カードの暗証番号を忘れたら、どこで再設定できますか。あと、ごみの分別表もほしいです",
  ]),
  ...to("保険年金課", [
    "マイナ保険証の話ではないんですが、出産育児一時金の申請のしかたを教えてください",
    "おっとが なくなって そうさいひ を もらい たい ん ですけど",
  ]),
  ...to("税務課", [
    "カードの電子証明書も切れてるんですが、まず固定資産税のほうが今日までなので先にそっちを",
    "収入が分かる証明がいるんです、会社に出すやつなんですけど",
    "住民税の還付金の振込先を変えたいんですが、公金受取口座と同じにしないといけませんか",
  ]),
  ...to("障害福祉課", ["こんど の しゅわ つうやく の はけん を おねがい し たい です"]),
  ...to("環境課", [
    "うちの前の歩道でハクビシンが死んでいます",
    "Onde posso deixar um sofá velho? Tem que pagar?",
    "How do I get rid of an old mattress and a couch?",
  ]),
  ...to("保険年金課", ["国民年金の振込口座を変更したいんですが、公金受取口座とは関係ありますか"]),
];
