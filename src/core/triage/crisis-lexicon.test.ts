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

describe("crisis lexicon", () => {
  describe("crisis lines", () => {
    it.each(CRISIS_LINES)("should treat %j as an emergency (%s)", (text, kind) => {
      const result = triage(text);
      expect(result.action).toBe("emergency");
      expect(result.crisis?.kind).toBe(kind);
      expect(result.reasons[0]?.code).toBe("crisis");
      expect(result.crisis?.contacts.length).toBeGreaterThan(0);
    });
  });

  describe("look-alikes", () => {
    it.each(NON_CRISIS_LINES.map((line) => [line]))("should not treat %j as a crisis", (text) => {
      expect(detectCrisis(text)).toBeNull();
      expect(triage(text).action).not.toBe("emergency");
    });
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

  it("should hold at least 80 crisis and 40 look-alike lines", () => {
    expect(CRISIS_LINES.length).toBeGreaterThanOrEqual(80);
    expect(NON_CRISIS_LINES.length).toBeGreaterThanOrEqual(40);
  });
});
