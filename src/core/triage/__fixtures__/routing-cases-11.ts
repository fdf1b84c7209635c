/**
 * Eleventh round of routing lines (issue 3, thirteenth session, 2026-12-04), written from general
 * knowledge of ward-office desks for the rules read from blind set 12 once it became a development
 * set: a record or paper that shows something wrong, told as what happened (done but not shown,
 * shown as done, missing, a case that should be otherwise, visits never made, letters to someone
 * who died), mail for a former tenant, staff asked to check there, favours without coming in or to
 * be counted in, why nobody said so beforehand, another desk's matter only told well before a card
 * question, and the same words in general questions. Then, for the rules read from training set
 * 10: records shown wrong said with 言われた or まだ, records of things that never happened, letters
 * for someone who died or moved away, wrong entries, complaints asked as "why", favours by fax or
 * phone or said very politely, a booked day moved, checks there in dialect and other languages, and
 * nothing asked yet. Not taken from any blind set.
 */
import type { RoutingCase } from "./routing-cases";
import { answer, to } from "./routing-cases";

export const ROUND_ELEVEN_CASES: readonly RoutingCase[] = [
  // A record shown wrong goes to the desk that keeps it.
  ...to("税務課", [
    "年末調整をしてもらったのに、住民税の通知に扶養の分が反映されてないんです",
    "コンビニで所得証明書を取ったら、去年の収入が倍になってるんですけど",
  ]),
  ...to("健康推進課", ["マイナポータルで健診の記録を見たら、去年受けた分が抜けてました"]),
  ...to("保険年金課", [
    "マイナポータルを見たら、受けた覚えのない手術の受診記録があるんです",
    "マイナ保険証で受付したら2割って出たんですけど、父は1割のはずなんです",
  ]),
  ...to("市民課", [
    "転出届を出したのに、カードの住所が前のまま書かれてなかったんです",
    "届いた交付通知書、宛名が亡くなった父の名前になってました",
    "前の入居者さん宛ての通知が、うちの郵便受けに入ってまして",
    "暗証番号は生年月日で登録したはずなんですけど、そちらで確認できますか",
    // Favours without coming in, or to be counted in; why nobody said so.
    "腰を痛めて動けないので、窓口に行かずに電話だけで更新の手続きをしてもらうことはできませんか",
    "期限を三日過ぎたんですけど、出張だったので今回は対象にしてもらえませんか",
    "三回も足を運んだのに、どうして最初に教えてくれないんですか",
    "あんな言い方をされる筋合いはないと思うんですけど、カードの窓口の方はいつもああなんですか",
    "うちにだけ更新のおしらせがこないんですけど",
    "代理で父の電子証明書の更新を、今日この場で済ませてもらえませんか",
    "母は入院していないんですが足が弱くて、この場合でも代理で受け取れますか",
    "妻のカードを私が受け取るのは認めてもらえますか",
    "My father is in hospital for a month. Would that count as a reason for me to collect his card?",
    "Meu pai não consegue escrever. Vocês podem aceitar sem a assinatura dele?",
    // A booking for the caller's own papers on a near day.
    "住所の書き換えがまだなので、私の分を明日の午前に予約できますか",
  ]),
  // Read from training set 10.
  ...to("市民課", [
    "住所変更は済んだはずなのに、コンビニでまだ前の住所の証明書が出てくるんです",
    "紛失届は出してないのに、薬局でこのカードは使えませんって言われました",
    "更新してもらったのに、マイナポータルではまだ古い期限のままです",
    "一度も取りに行ってないのに、カードは受け取ったことになってるって言われたんです",
    "十年前に亡くなった祖父あてに、カードの申請書がまた送られてきました",
    "前にこの家に住んでいた方あての封筒が、何通も届いております",
    "届いたカードの裏に、違う住所が印字されてました",
    "使っていない夜中のログインが、利用履歴に残っていました",
    "どうして誰もカードの期限のことを教えてくれなかったんですか",
    "申請書、FAXで送るので、それで受け付けてくれませんか",
    "保険証だけで受け取らせていただくわけにはまいりませんか",
    "受け取りの日にちを来週の月曜にずらしてもらえませんか",
    "私のカード、もうできとるかそっちで分かる?",
    "Can you check if my card is ready? I applied in May.",
  ]),
  ...to("保険年金課", ["父は1割のはずなのに、届いた資格確認書には3割と書いてありました"]),
  ...to("税務課", ["コンビニで納付しようとしたら払えなくて、そのあと督促状が届いてしまいました"]),
  // Another desk's matter only told well before a card question, and locks and QR forms.
  ...answer([
    "去年離婚して、子どもの児童手当の手続きやらでばたばたしてて、名字は変えたんですけど、カードの方はそのままで。カードの名前っていつまでに変えないといけないんですか",
    "マイナポータルに何回もログインしようとして、ついでに年金のことも見たかったんですけど、そのうち使えなくなって。何回でロックされるんですか",
    "押し入れからQRコードが付いた申請書が出てきたんですが、これってまだ使えますか",
    // The same words asked as general questions.
    "マイナポータルで予防接種の記録が見られるって聞いたんですが、どうやって見るんですか",
    "窓口で電子証明書の更新をしてもらえますか",
    "通知カードの住所が古いままなんですが、書き換えてもらえますか",
    // Read from training set 10: the same words asked as general questions.
    "急ぎで作ってもらうわけにはいきませんか、来月入院するので",
    "なんで今年は更新の人がそんなに多いんですか",
    "免許証がないんですが、何を持っていけば本人だと認めてもらえますか",
    "保育園の申込も済ませて、児童手当の手続きもしたんですが、最後に、赤ちゃんのカードの写真ってどう撮ればいいですか",
  ]),
];
