/**
 * Fourth round of routing lines (issue 3, triage round 2), written from general knowledge of
 * ward-office desks before any rule was changed for them: everyday words per department,
 * English, complaints about a visit to the counter, other cards that are not the My Number
 * card, idioms that use a desk's word, and card questions that must stay answered.
 */
import type { RoutingCase } from "./routing-cases";
import { answer, to } from "./routing-cases";

export const ROUND_FOUR_CASES: readonly RoutingCase[] = [
  ...to("保険年金課", [
    "会社を退職したんですが、健康保険ってどうなるんでしょう",
    "病院代が月にすごくかかって、払い戻しってありますか",
    "年金の保険料、学生なので払えないんですけど",
    "父が亡くなって、国保の葬祭費をもらいたいのですが",
    "I quit my job. What do I do about health insurance?",
    "75歳になる母の保険はどうなりますか",
  ]),
  ...to("税務課", [
    "市民税の通知が来たけど金額が高すぎる気がする",
    "固定資産税の支払い期限を過ぎてしまいました",
    "軽自動車を廃車にしたいんですが",
    "バイクを手放したのでナンバーを返したい",
    "How do I pay my resident tax?",
    "税金の分割払いはできますか",
  ]),
  ...to("保護課", [
    "仕事を失って家賃が払えません",
    "もう手持ちのお金が数百円しかない",
    "生活が苦しくて食べるものにも困っています",
    "担当のケースワーカーさんに連絡したい",
    "I have no money left for food or rent",
  ]),
  ...to("子ども家庭課", [
    "児童手当の振込日はいつですか",
    "離婚して子どもを一人で育てることになりました",
    "保育園に入れるにはどうしたらいいですか",
    "子どもの医療費って何歳まで無料ですか",
    "How do I apply for the child allowance?",
    "Where can I find a daycare for my son?",
  ]),
  ...to("健康推進課", [
    "妊娠したので母子手帳をもらいたい",
    "子どもの予防接種のスケジュールを知りたい",
    "がん検診の申込みはどこですか",
    "赤ちゃんの健診の日程を教えてください",
    "I'm pregnant. Where do I get the mother and child handbook?",
    "Can I get a flu vaccine here?",
  ]),
  ...to("高齢者支援課", [
    "母の介護のことでケアマネさんを探しています",
    "父に介護認定を受けさせたい",
    "一人暮らしの父の見守りをお願いできますか",
    "祖母をデイサービスに通わせたいのですが",
    "My mother needs nursing care. Where can I apply?",
  ]),
  ...to("障害福祉課", [
    "障害者手帳を取りたいんですけど",
    "息子に発達障害があって、療育手帳のことで相談したい",
    "車いすを借りる補助はありますか",
    "How do I get a disability certificate?",
  ]),
  ...to("空き家対策課", [
    "亡くなった親の家が空いたままで困っています",
    "隣の空き家から木が伸びてきて邪魔なんです",
    "古い家を壊したいので補助金があるか知りたい",
    "There is an abandoned house next to mine that looks dangerous",
  ]),
  ...to("環境課", [
    "隣の犬が一晩中吠えてうるさい",
    "粗大ごみを出したいんですが",
    "ごみの収集日が分からない",
    "道路に大量のごみが捨てられています",
    "When is the garbage collection day?",
    "近所の工場から変な臭いがする",
  ]),
  ...to("市民課", [
    "住民票を取りたいんですが何が要りますか",
    "印鑑登録のカードをなくしました",
    "戸籍謄本を郵送で取り寄せたい",
    "窓口で三十分以上待たされたんですけど、どうなってるんですか",
    "書類が足りないって言われて二回も行かされた",
    "マイナンバーカードのことで窓口の人と話したいんですが",
  ]),
  ...to("総合案内", [
    "電話が全然つながらなくて困ってるんですけど",
    "AIじゃなくて人と話したい",
    "どこの課に聞けばいいか分かりません",
  ]),
  ...answer([
    "マイナンバーカードの写真って自分で撮ってもいいですか",
    "カードの暗証番号を3回間違えてロックされました",
    "引っ越したんですがカードの住所変更はどうすれば",
    "コンビニで住民票を取るにはカードのほかに何がいりますか",
    "マイナ保険証で病院にかかるときの手続きは",
    "公金受取口座に児童手当を振り込んでもらえますか",
    "電子証明書の更新はどこでできますか",
    "I lost my My Number card. What should I do?",
    "How long does it take to get the card?",
    "亡くなった父のマイナンバーカードはどうしたらいいですか",
    "介護施設に入っている母のカードを代わりに受け取れますか",
    "寝たきりの父のカードの申請はどうすれば",
  ]),
];
