import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDepartmentsCsv } from "../faq";
import { detectCrisis } from "./detect-signals";
import { triageInquiry } from "./triage-inquiry";

const { departments } = parseDepartmentsCsv(
  readFileSync(join(__dirname, "..", "..", "..", "samples", "departments.csv"), "utf8"),
);

function triage(text: string) {
  return triageInquiry({
    text,
    pii: { blocked: false, blockedTypes: [] },
    retrieval: { top: null, confidence: 0.8, coverage: 0.7 },
    departments,
  });
}

// Written for this test from how callers talk; varied spelling, ASR-like kana, dialect, English.
const CRISIS_LINES: readonly (readonly [string, string])[] = [
  ["もう死にたい", "suicide"],
  ["しにたいです", "suicide"],
  ["シニタイ", "suicide"],
  ["なんかもう死にたくなってきて", "suicide"],
  ["消えたいって毎日思ってます", "suicide"],
  ["きえてしまいたい", "suicide"],
  ["生きてるのがつらいんです", "suicide"],
  ["生きてるのがしんどい", "suicide"],
  ["生きるのがもう限界で", "suicide"],
  ["もう終わりにしたい、全部", "suicide"],
  ["人生終わらせたいと思って", "suicide"],
  ["いなくなりたい", "suicide"],
  ["私なんかいないほうがいいんです", "suicide"],
  ["わしなんかおらんようになった方がええんよ", "suicide"],
  ["もうおらんごとなりたい", "suicide"],
  ["もう楽になりたいんです", "suicide"],
  ["首を吊ろうと思ってロープを買った", "suicide"],
  ["首つりしようかと", "suicide"],
  ["ビルから飛び降りようと思ってる", "suicide"],
  ["電車に飛び込もうかと考えてしまう", "suicide"],
  ["遺書を書きました", "suicide"],
  ["生きている意味がわからない", "suicide"],
  ["生きる希望もない", "suicide"],
  ["もう生きていけないと思う", "suicide"],
  ["死んだほうがましや", "suicide"],
  ["死のうと思って", "suicide"],
  ["自殺を考えています", "suicide"],
  ["薬をたくさん飲んでしまいました", "suicide"],
  ["睡眠薬を全部飲んだ", "suicide"],
  ["さっきODしちゃって", "suicide"],
  ["オーバードーズしました", "suicide"],
  ["手首を切ってしまった", "suicide"],
  ["リストカットが止められない", "suicide"],
  ["死んでしまいたいわ", "suicide"],
  ["命を絶とうと思っています", "suicide"],
  ["夫のあとを追いたい", "suicide"],
  ["I want to die", "suicide"],
  ["I'm going to kill myself", "suicide"],
  ["I took an overdose", "suicide"],
  ["I don't want to live anymore", "suicide"],
  ["隣の家の子どもが毎晩叩かれているようです", "abuse"],
  ["子どもが虐待されてるかもしれない", "abuse"],
  ["ぎゃくたいかもしれない", "abuse"],
  ["近所で泣き声が毎晩すごくて", "abuse"],
  ["小さい子が夜中ずっと放置されている", "abuse"],
  ["娘があざだらけで帰ってくる", "abuse"],
  ["親に殴られるのが怖い、中学生です", "abuse"],
  ["子どもだけで何日も家にいるみたい", "abuse"],
  ["子どもがベランダに出されて泣いている", "abuse"],
  ["ご飯を食べさせてもらえていない子がいる", "abuse"],
  ["施設でおばあちゃんが叩かれているみたい", "abuse"],
  ["認知症の母が義姉に年金を取られている", "abuse"],
  ["高齢者虐待を見てしまった", "abuse"],
  ["I think a child is being abused by the neighbours", "abuse"],
  ["夫に殴られました", "violence"],
  ["旦那になぐられて家を出た", "violence"],
  ["彼氏に蹴られて怖い", "violence"],
  ["DVを受けてます", "violence"],
  ["ＤＶです助けてください", "violence"],
  ["包丁を持って暴れてる", "violence"],
  ["殺されるかもしれない", "violence"],
  ["殺すぞって言われた", "violence"],
  ["元夫から逃げてきたところです", "violence"],
  ["ストーカーにつきまとわれてる", "violence"],
  ["首を絞められた", "violence"],
  ["誰か助けて", "violence"],
  ["隣から悲鳴が聞こえる", "violence"],
  ["夫が怒鳴って物を投げてくる", "violence"],
  ["My husband hit me", "violence"],
  ["someone is threatening me with a knife", "violence"],
  ["父が倒れて意識がないんです", "medical"],
  ["おかんが急に倒れた", "medical"],
  ["おじいちゃんが息してない", "medical"],
  ["息をしていません", "medical"],
  ["呼吸が苦しそうで", "medical"],
  ["血が止まらない", "medical"],
  ["子どもがけいれんしてる", "medical"],
  ["胸が痛くて動けない", "medical"],
  ["母が動かないんです", "medical"],
  ["赤ちゃんがぐったりしてる", "medical"],
  ["救急車を呼んでください", "medical"],
  ["火事です", "medical"],
  ["火事!", "medical"],
  ["家が燃えている", "medical"],
  ["隣の家から煙が出てる", "medical"],
  ["ガスのにおいがすごい", "medical"],
  ["祖母が風呂で溺れかけて", "medical"],
  ["［氏名1］さんが倒れています", "medical"],
  ["my father is not breathing", "medical"],
  ["there's a fire in my building", "medical"],
  ["my wife collapsed and is unconscious", "medical"],
];

const NON_CRISIS_LINES: readonly string[] = [
  "死ぬほど忙しくて窓口に行けない",
  "死亡届を出したあとのカードはどうなりますか",
  "亡くなった家族のマイナンバーカードの手続き",
  "父が亡くなったのでカードを返したい",
  "相続の手続きでマイナンバーが要りますか",
  "火災保険の書類に個人番号は必要ですか",
  "去年火事にあって罹災証明がほしい",
  "り災証明書の発行はどこですか",
  "倒れそうな空き家があって困っている",
  "ブロック塀が倒れそうで危ない",
  "カードリーダーが動かない",
  "アプリが反応がない",
  "スマホが動かないんですけど",
  "暗証番号を忘れて消えた気分です",
  "データが消えたらどうなりますか",
  "ポイントが消えてしまった",
  "手続きが楽になりたいです",
  "今日はこの話で終わりにしたい",
  "更新の期限はいつまでですか",
  "マイナ保険証の使い方を教えて",
  "健康保険証の代わりになりますか",
  "児童手当の口座を登録したい",
  "虐待防止の研修のパンフレットはありますか",
  "子どもの医療費の助成について",
  "粗大ごみの出し方",
  "野焼きの煙がひどい",
  "たばこの煙が苦手で",
  "登録していないほうがいいですか",
  "家にいないほうがいい時間帯はありますか",
  "息子のカードを代わりに受け取れますか",
  "娘の申請を手伝いたい",
  "カードを落としてしまった",
  "認知症の母のカードなんですけど、管理が心配",
  "母のカードなんですが、どなたが受け取れますか",
  "暗証番号が何回か間違えてロックされた",
  "救済措置はありますか",
  "殺菌シートで拭いても大丈夫ですか",
  "電子証明書の有効期限が切れた",
  "生き生きとした写真じゃないとだめですか",
  "顔写真は笑っていてもいいですか",
  "死ぬかと思うくらい待たされた",
  "I lost my card",
  "How do I renew my certificate?",
  "Is the fee free?",
  "establish an account for benefits",
  "暴力団排除の条例について知りたい",
  "子どもを連れて行ってもいいですか",
  "赤ちゃんのカードの写真はどうやって撮るの",
];

// Round two: written from domain knowledge, kind by kind and register by register (direct and
// indirect, dialect, kana-only speech recognition, English), before the lexicon was extended.
const CRISIS_LINES_2: readonly (readonly [string, string])[] = [
  // Round five: kana as speech recognition writes it, English with the harm named first.
  ["ねむれない から くすり ぜんぶ のんだ", "suicide"],
  ["さっき くすりを いっきに のんじゃって", "suicide"],
  ["The man upstairs is hitting his elderly father, I can hear it through the wall", "abuse"],
  ["My neighbour keeps beating his wife and I can hear her scream", "violence"],
  ["I heard a child crying for help next door", "violence"],
  ["祖父が胸を押さえてうずくまっています", "medical"],
  ["母が急に胸をかきむしるようにして座り込んだ", "medical"],
  ["I can't wake my brother up, he's on the floor", "medical"],
  ["My roommate took a bunch of sleeping pills an hour ago", "medical"],
  ["She swallowed all her tablets at once", "medical"],
  ["息子が死ぬって言って部屋から出てこない", "suicide"],
  ["我想死", "suicide"],
  ["죽고 싶어요", "suicide"],
  ["Eu quero morrer", "suicide"],
  ["我老公打我", "violence"],
  ["Socorro, meu marido me bate", "violence"],
  ["我妈妈晕倒了", "medical"],
  ["구급차 불러 주세요", "medical"],
  ["Minha casa está pegando fogo", "medical"],
  ["父が泡を吹いて倒れた", "medical"],
  ["祖母が血を吐いた", "medical"],

  ["おかあさんがたおれてうごかない", "medical"],
  ["おっとがへんじしない", "medical"],
  ["あかちゃんがおきない", "medical"],

  ["目が覚めなければいいのにって毎晩思う", "suicide"],
  ["もう生きるのをやめたい", "suicide"],
  ["もう死ぬ", "suicide"],
  ["I can't go on like this", "suicide"],
  ["娘が近所の男に体を触られたって泣いてる", "abuse"],
  ["隣の子が家に入れてもらえずに外で寝てる", "abuse"],
  ["夫が怖くて家に帰れないんです", "violence"],
  ["家に火をつけてやるって言われた", "violence"],
  ["He said he is going to hurt my kids", "violence"],
  ["父が脳梗塞かもしれない", "medical"],
  ["娘が過呼吸になってる", "medical"],
  ["急に割れるような頭痛がして", "medical"],
  ["お腹が痛くて動けない", "medical"],
  ["ストーブから燃え広がってる", "medical"],
  ["隣の家で爆発がありました", "medical"],

  // suicide, direct and indirect, registers
  ["もう消えてしまいたいです", "suicide"],
  ["消えたいなって最近ずっと思ってて", "suicide"],
  ["生きてる意味がないんです", "suicide"],
  ["生きてても意味ないし", "suicide"],
  ["生きとる意味がなか", "suicide"],
  ["もう生きとうない", "suicide"],
  ["生きてたってしょうがない", "suicide"],
  ["もう終わりにしたいんです", "suicide"],
  ["全部終わりにしようと思ってる", "suicide"],
  ["いっそ楽になりたい", "suicide"],
  ["楽になりたくて", "suicide"],
  ["遺書を書いた", "suicide"],
  ["いしょを書いてから電話してます", "suicide"],
  ["飛び降りようと思って屋上にいます", "suicide"],
  ["ベランダから飛び降りたい", "suicide"],
  ["今マンションの屋上にいて下を見てる", "suicide"],
  ["首を吊ろうとしてる", "suicide"],
  ["くびをつろうかと", "suicide"],
  ["ロープを用意しました", "suicide"],
  ["しんだほうがらく", "suicide"],
  ["しにたいしにたい", "suicide"],
  ["死にとうなる", "suicide"],
  ["死にたか", "suicide"],
  ["死にたいねん", "suicide"],
  ["もうあかん、死んだ方がましや", "suicide"],
  ["生きるのに疲れました", "suicide"],
  ["生きるのが疲れた", "suicide"],
  ["生きていく自信がない", "suicide"],
  ["もう死ぬしかない", "suicide"],
  ["死ぬつもりです", "suicide"],
  ["今から死にます", "suicide"],
  ["死ぬことにしました", "suicide"],
  ["家族に迷惑かけるくらいなら死んだ方がいい", "suicide"],
  ["この世にいたくない", "suicide"],
  ["みんなにさよならを言いたくて", "suicide"],
  ["家族にさよならを言ってから死ぬ", "suicide"],
  ["薬を全部飲んでしまおうと思う", "suicide"],
  ["睡眠薬をためてある", "suicide"],
  ["さっき薬をいっぱい飲みました", "suicide"],
  ["手首を切りたい", "suicide"],
  ["自分を傷つけてしまう", "suicide"],
  ["練炭を買った", "suicide"],
  ["線路に飛び込みたい", "suicide"],
  ["海に入って死のうかと", "suicide"],
  ["生まれてこなければよかった", "suicide"],
  ["じさつしたい", "suicide"],
  ["自殺しようと思ってます", "suicide"],
  ["死ぬ方法を調べてしまう", "suicide"],
  ["I want to end my life", "suicide"],
  ["I feel like dying", "suicide"],
  ["I don't want to be alive anymore", "suicide"],
  ["I wrote a suicide note", "suicide"],
  ["I'm going to jump off the building", "suicide"],
  ["I want to disappear", "suicide"],
  ["there's no point in living", "suicide"],
  ["I'm thinking of ending it", "suicide"],
  // child abuse seen or heard
  ["隣から子どもの泣き声と怒鳴り声がずっと聞こえる", "abuse"],
  ["隣の部屋から子供の悲鳴みたいな泣き声がする", "abuse"],
  ["近所の子どもの腕にあざがいっぱいあって", "abuse"],
  ["同じクラスの子がいつも体にあざを作ってくる", "abuse"],
  ["隣の子がご飯を食べさせてもらってないみたい", "abuse"],
  ["子どもが食事を与えられていないようです", "abuse"],
  ["小さい子が夜中に外に出されて泣いてる", "abuse"],
  ["子どもがベランダに出されたまま", "abuse"],
  ["母親が子どもを殴っているのを見ました", "abuse"],
  ["父親が息子を蹴ってるんです", "abuse"],
  ["子どもだけで何日も家にいるみたい", "abuse"],
  ["うちの夫が子どもを叩くんです", "abuse"],
  ["子どもが親から暴力を受けてる", "abuse"],
  ["隣の家で子どもがずっと怒鳴られてる", "abuse"],
  ["近所の子がいつもお腹をすかせていて", "abuse"],
  ["こどもがなぐられてる", "abuse"],
  ["隣の赤ちゃんが一日中泣きっぱなしで親の気配がない", "abuse"],
  ["I think the child next door is being abused", "abuse"],
  ["I hear a child screaming and someone yelling next door every night", "abuse"],
  // elder abuse
  ["同居の息子がおばあちゃんを殴ってる", "abuse"],
  ["兄が寝たきりの父を叩いてる", "abuse"],
  ["介護施設で母があざだらけになってた", "abuse"],
  ["施設の職員が祖母に暴言を吐いている", "abuse"],
  ["隣のおじいさんが家族にご飯をもらえてないみたい", "abuse"],
  ["父の年金を兄が勝手に使い込んでて父は食事もろくにもらえない", "abuse"],
  ["母が介護している祖母を叩いてしまう", "abuse"],
  ["認知症の父が弟に殴られている", "abuse"],
  // violence now and threats, DV
  ["夫に殴られました", "violence"],
  ["旦那に蹴られて動けない", "violence"],
  ["彼氏に首を絞められた", "violence"],
  ["包丁を持った人が暴れてる", "violence"],
  ["夫が包丁を振り回してる", "violence"],
  ["息子が家で暴れていて怖い", "violence"],
  ["殺されるかもしれない", "violence"],
  ["殺すって言われました", "violence"],
  ["ころすぞって脅されてる", "violence"],
  ["元夫につきまとわれている", "violence"],
  ["家の前に知らない男がずっといて怖い", "violence"],
  ["夫から逃げたい", "violence"],
  ["今、外に出られなくて閉じ込められてる", "violence"],
  ["妻に物を投げつけられる", "violence"],
  ["なぐられてる、たすけて", "violence"],
  ["主人が酔うと暴力をふるうんです", "violence"],
  ["主人が酒飲むと手をあげる", "violence"],
  ["彼に毎日殴られとる", "violence"],
  ["殴られよる", "violence"],
  ["My husband is hitting me", "violence"],
  ["Someone is trying to break into my house", "violence"],
  ["He has a knife", "violence"],
  ["I'm scared he will kill me", "violence"],
  // medical
  ["父が倒れて動かないんです", "medical"],
  ["母が倒れて意識がない", "medical"],
  ["祖母が息をしていない", "medical"],
  ["夫が息してない気がする", "medical"],
  ["いきをしてない", "medical"],
  ["胸が苦しくて息ができない", "medical"],
  ["胸がすごく痛い", "medical"],
  ["子どもがけいれんしてる", "medical"],
  ["子どもが引きつけを起こした", "medical"],
  ["血が止まらないんです", "medical"],
  ["包丁で指を切って血が止まらん", "medical"],
  ["熱中症で倒れた人がいる", "medical"],
  ["熱中症みたいでぐったりしてる", "medical"],
  ["おじいちゃんが熱中症かもしれない、返事がない", "medical"],
  ["窓口で人が倒れました", "medical"],
  ["目の前で人が倒れた", "medical"],
  ["ロビーで男の人が倒れとる", "medical"],
  ["お年寄りが道で倒れてる", "medical"],
  ["母が急に倒れた", "medical"],
  ["夫が呼んでも起きない", "medical"],
  ["祖父が呼びかけても反応しない", "medical"],
  ["赤ちゃんが息してないみたい", "medical"],
  ["子どもが何か飲み込んで苦しそう", "medical"],
  ["餅を喉に詰まらせた", "medical"],
  ["父がろれつが回らなくなった", "medical"],
  ["母の顔が片方ゆがんでる", "medical"],
  ["階段から落ちて頭から血が出てる", "medical"],
  ["救急車を呼んでください", "medical"],
  ["きゅうきゅうしゃよんで", "medical"],
  ["意識がもうろうとしてる", "medical"],
  ["息が苦しい", "medical"],
  ["顔色が真っ青で冷たくなってる", "medical"],
  ["子どもが溺れた", "medical"],
  ["蜂に刺されて息が苦しい", "medical"],
  ["Someone collapsed in the lobby", "medical"],
  ["My father is not breathing", "medical"],
  ["She's unconscious", "medical"],
  ["I have chest pain", "medical"],
  ["My baby is having a seizure", "medical"],
  ["call an ambulance", "medical"],
  // fire now
  ["隣の家から煙が出てる", "medical"],
  ["家が燃えてる", "medical"],
  ["台所が燃えています", "medical"],
  ["マンションから火が出てる", "medical"],
  ["けむりが出てる", "medical"],
  ["かじです", "medical"],
  ["火事だ", "medical"],
  ["向かいの家が火事です", "medical"],
  ["ガスくさい", "medical"],
  ["焦げ臭いにおいがしてきた", "medical"],
  ["天ぷら油から火が出た", "medical"],
  ["The house next door is on fire", "medical"],
  ["there's smoke coming out of the building", "medical"],
  ["fire!", "medical"],
];

// Round two look-alikes: idioms, past events, paperwork, known conditions, household objects.
const NON_CRISIS_LINES_2: readonly string[] = [
  "顔が真っ青になるほど焦りました、カードをなくしたと思って",
  "胸を張って言えますが、カードはもう受け取りました",
  "I can't wake up early enough to visit the office before work",
  "子どもと心おきなく過ごしたいので休日に受け取りたい",
  "死ぬほど忙しくて平日は行けないんです",
  "死ぬほど待たされた",
  "去年火事でカードが燃えてしまいました",
  "火事でカードが焼けたので再発行したい",
  "母が亡くなりましてカードの手続きを",
  "父が亡くなったので返納したい",
  "父が倒れてから介護が必要になって",
  "祖母が倒れて入院したので代理で申請したい",
  "去年倒れた母の代わりに受け取りたい",
  "押し入れからカードが出てきた",
  "押入れを探したら通知カードがありました",
  "カードが折れてしまった",
  "カードがちぎれた",
  "財布ごと燃えるごみに出してしまった",
  "燃えるごみの日はいつですか",
  "燃やせるごみの出し方",
  "暗証番号を忘れて死にそう",
  "カードの期限が切れて終わった",
  "人生で初めて申請します",
  "生きてるうちに作っておきたい",
  "父の死亡届を出したい",
  "遺言書の検認について",
  "相続の手続きにカードは使えますか",
  "火災保険の証明にカードが要りますか",
  "消防署で防火の講習を受けたい",
  "心臓の病気で通院してますが保険証は",
  "救急車で運ばれたときマイナ保険証は使えますか",
  "入院中の父の代わりに申請したい",
  "熱中症対策のパンフレットはありますか",
  "けいれんの持病があるのですが写真撮影は大丈夫ですか",
  "胸ポケットに入るケースはありますか",
  "息子がカードをなくしました",
  "子どもが泣いてしまって写真が撮れない",
  "赤ちゃんが泣いて写真撮影ができません",
  "殴り書きの申請書でも受け付けてもらえますか",
  "虐待防止の研修について",
  "煙草を吸う場所はありますか",
  "煙感知器の補助はありますか",
  "野焼きの煙が毎朝ひどい",
  "近所の畑で燃やしていて煙で洗濯物が干せない",
  "息が詰まるような待ち時間",
  "消えるボールペンで書いてもいいですか",
  "文字が消えてしまった",
  "カードの文字が消えかけている",
  "電子証明書の期限が切れて使えなくなった",
  "The card is dead",
  "I'm dying to know when my card will be ready",
  "my battery died",
  "血圧の薬を飲んでいますが",
  "首を長くして待ってます",
  "飛び込みで窓口に行ってもいいですか",
  "印刷が燃えるように赤い",
  "ライトが点滅して動かない",
  "父が倒れそうなくらい待たされた",
  "カードが見当たらなくて心臓が止まるかと思った",
  "請求の金額を見て息が止まるくらい驚きました",
  "窓口が混んでいて倒れるかと思いました",
];

describe("crisis lexicon", () => {
  describe("crisis lines", () => {
    it.each([...CRISIS_LINES, ...CRISIS_LINES_2])(
      "should treat %j as an emergency (%s)",
      (text, kind) => {
        const result = triage(text);
        expect(result.action).toBe("emergency");
        expect(result.crisis?.kind).toBe(kind);
        expect(result.reasons[0]?.code).toBe("crisis");
        expect(result.crisis?.contacts.length).toBeGreaterThan(0);
      },
    );
  });

  describe("look-alikes", () => {
    it.each([...NON_CRISIS_LINES, ...NON_CRISIS_LINES_2].map((line) => [line]))(
      "should not treat %j as a crisis",
      (text) => {
        expect(detectCrisis(text)).toBeNull();
        expect(triage(text).action).not.toBe("emergency");
      },
    );
  });

  describe("routing", () => {
    it("should send child abuse to 子ども家庭課 with 189", () => {
      const result = triage("隣の子が毎晩たたかれてる");
      expect(result.department).toBe("子ども家庭課");
      expect(result.crisis?.contacts.map((c) => c.number)).toContain("189");
    });

    it("should send elder abuse to 高齢者支援課 with the police, not 189", () => {
      const result = triage("施設でおじいちゃんが殴られている");
      expect(result.department).toBe("高齢者支援課");
      expect(result.crisis?.contacts.map((c) => c.number)).toEqual(["110", "119"]);
    });

    it("should send elder abuse told in the active voice to 高齢者支援課", () => {
      const result = triage("同居の兄が寝たきりの父を叩いてるんです");
      expect(result.crisis?.kind).toBe("abuse");
      expect(result.department).toBe("高齢者支援課");
    });

    it("should treat a sting that stops the breath as medical, not as violence", () => {
      expect(detectCrisis("蜂に刺されて息が苦しいみたい")?.kind).toBe("medical");
      expect(detectCrisis("知らない男に刺された")?.kind).toBe("violence");
    });

    it("should give DV callers the police and the DV lines", () => {
      const numbers = triage("夫に殴られて逃げてきました").crisis?.contacts.map((c) => c.number);
      expect(numbers).toEqual(["110", "#8008", "0120-279-889"]);
    });

    it("should give suicidal callers the hotlines", () => {
      const numbers = triage("しにたい").crisis?.contacts.map((c) => c.number);
      expect(numbers).toContain("0120-279-338");
    });

    it("should keep the evidence of the matched words", () => {
      expect(detectCrisis("もう死にたいです")?.evidence).toEqual(["死にたい"]);
    });
  });

  it("should hold at least 240 crisis and 100 look-alike lines", () => {
    expect(CRISIS_LINES.length + CRISIS_LINES_2.length).toBeGreaterThanOrEqual(240);
    expect(NON_CRISIS_LINES.length + NON_CRISIS_LINES_2.length).toBeGreaterThanOrEqual(100);
  });
});
