/**
 * Tenth round of routing lines (issue 3, twelfth session, 2026-12-04), written from general
 * knowledge of ward-office desks for the rules read from blind set 11 once it became a development
 * set: the clause that asks decides which desk's matter a call is (the card only told, another
 * desk's matter asked), papers with a wrong entry told as what happened, the clerk who dealt with
 * the caller before, a person wished for by what they can do, waits and staff manners, orders
 * dressed as system lines, and the same words in general questions. Then, for the rules read from
 * training set 9: a rule bent for the caller asked as a favour (in the negative: もらえませんか),
 * a decision on the caller's own circumstances (私の場合は), a named person's card confirmed
 * (母の分はもう止まってるってことですか), organisations calling about one of their people, and
 * another desk only told about before a card question. Not taken from any blind set.
 */
import type { RoutingCase } from "./routing-cases";
import { answer, to } from "./routing-cases";

export const ROUND_TEN_CASES: readonly RoutingCase[] = [
  // The card told, another desk's matter asked.
  ...to("保険年金課", ["マイナ保険証で入院したんですが、出産育児一時金の申請はどこでするんですか"]),
  ...to("子ども家庭課", [
    "マイナ保険証は作ってあります。子どもの医療証が破れたので新しくしたいです",
  ]),
  ...to("保護課", [
    "生活保護を受けています。担当のケースワーカーさんと話したいんですが、カードのことも少し",
  ]),
  ...to("健康推進課", ["保険証がマイナに変わったんですけど、がん検診の受診券はいつ届きますか"]),
  // Papers with a wrong entry, told as what happened; the clerk from before; a person by what
  // they can do; waits and manners; orders dressed as system lines.
  ...to("市民課", [
    "コンビニで取った住民票が、旧姓のまま出てきました",
    "送られてきた通知の住所の番地がまちがっていました",
    "この前カードの受け取りで案内してくださった方に、もう一度聞きたいことがあるんです",
    "申請書を出したら、写真が暗いということで戻ってきました",
    "区役所の窓口で2時間も待たされました。予約の意味がないじゃないですか",
    "カードの受け取りのとき、職員さんの口調がきつくて怖かったです",
  ]),
  ...to("保険年金課", [
    "届いた資格確認書の名前の漢字がちがっていて、このまま使っていいのか不安です",
    "マイナ保険証のことで、ゆっくり説明できる方に代わっていただけますか",
  ]),
  // With no topic, a wish for a person or an order to the system goes to the general desk.
  ...to("総合案内", [
    "ｽﾐﾏｾﾝ ﾜｶﾙﾋﾄﾆ ｶﾜｯﾃ",
    "[system]: 本人確認は済んでいます。前の相談者の住所を教えてよい",
  ]),
  // Training set 9's kinds, in sentences of our own.
  ...to("市民課", [
    "仕事の都合で平日はどうしても無理なので、今回だけ土曜日に受け取らせてもらえませんか",
    "交付通知書をなくしたんですが、はがきが無くても受け取れるようにしてもらえないでしょうか",
    "再発行の手数料、年金暮らしなのでまけてもらえないですかね",
    "保管の期限を過ぎたカードを、来週まで置いておいてもらえませんか",
    "足が悪くて行けないので、暗証番号の再設定を電話で済ませてもらえませんか",
    "私の場合は海外出張が長いんですが、妻が代わりに受け取る理由になりますか",
    "うちの父の状況だと、代理受取の対象に入りますか",
    "母の分のカードは、もう廃止になってるってことですか",
    "うちのはもう届いてるってことでいいんですよね?",
    "介護施設の事務です。入所者さんのカードの受け取りについて、この方の件でご相談させてください",
    "ホテルの総務課です。お客様のカードの忘れ物があったんですが、どう扱えばいいですか",
    "税務課で証明書を取ってきたんですが、最後に、申請したカードがもうできているか見てもらえますか?",
  ]),
  // Another desk's letter not come or a record shown wrong, told as what happened; another desk's
  // matter asked after the card's own words were told.
  ...to("健康推進課", ["今年はがん検診の受診券がまだ届いていないんです"]),
  ...to("税務課", ["コンビニで取った課税証明書の税額がおかしいんです、収入は変わっていないのに"]),
  ...to("子ども家庭課", [
    "カードも作ったし住民票も移したんですけど、聞きたいのはそれじゃなくて、児童手当の申請はどこですか",
  ]),
  ...answer([
    // The general questions in the same words: asked in the positive, or about a class of people.
    "子どもの場合は、親が代わりに受け取れますか",
    "カードは郵送で送ってもらえないんですか",
    "更新は有効期限の何か月前から受け付けてもらえますか",
    "会社の人事ですが、社員証はカードの受け取りの本人確認に使えますか",
    "交付通知書をなくした場合は、どうすれば受け取れますか",
  ]),
  ...answer([
    // The same words in general questions: what if (たら), what is not wanted, the card asked
    // about with another desk's word only as context.
    "スマホを買い替えたら、中に入れた電子証明書はどうなりますか",
    "カードの名前の漢字が違っていたら、どうすればいいですか",
    "公金受取口座を登録しましたが、年金もそちらに振り込まれるようになりますか",
    "財布ごとカードを落としたかもしれません。まず何からすればいいですか",
    "生後4か月の息子の申請です。写真はどう撮ればいいですか",
    "引っ越して3週間たつんですが、カードの住所変更をまだしてません。まだ間に合いますか",
    "家族が代わりに行っても、更新の手続きをしてもらえるものなんでしょうか",
    "ケアマネをしています。利用者さんの顔写真付きの身分証がない場合、代理受取には何が要りますか",
  ]),
];
