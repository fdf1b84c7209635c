import { foldForMatch } from "../text";
import { createTextAnalyzer, TERM_PREFIX } from "./analyze-text";
import { BROADER_CONCEPTS, SITUATION_CONCEPTS } from "./concept-lexicon";
import { EVERYDAY_GROUPS } from "./everyday-lexicon";
import { KANA_READINGS } from "./kana-readings";
import { DEFAULT_VARIANTS } from "./variants";

const analyze = createTextAnalyzer(DEFAULT_VARIANTS, { joinSpacedJapanese: true });
const conceptsOf = (text: string) =>
  analyze(text)
    .filter((term) => term.startsWith(TERM_PREFIX.concept))
    .map((term) => term.slice(TERM_PREFIX.concept.length));

const entries = Object.entries(EVERYDAY_GROUPS).flatMap(([group, table]) =>
  Object.entries(table).flatMap(([canonical, variants]) =>
    variants.map((variant) => ({ group, canonical, variant })),
  ),
);

describe("everyday lexicon", () => {
  describe("every variant", () => {
    it("should reach its own concept (no earlier table or longer variant hides it)", () => {
      const dead = entries
        .filter(({ canonical, variant }) => !conceptsOf(variant).includes(foldForMatch(canonical)))
        .map(({ canonical, variant }) => `${variant} → ${canonical}: ${conceptsOf(variant)}`);
      expect(dead).toEqual([]);
    });

    it("should be long enough not to match inside unrelated words once folded", () => {
      const canonicals = Object.values(EVERYDAY_GROUPS).flatMap((table) => Object.keys(table));
      const short = [...canonicals, ...entries.map(({ variant }) => variant)].filter((variant) => {
        const folded = foldForMatch(variant);
        const chars = Array.from(folded).length;
        return chars < 2 || (chars < 3 && /^\p{Script=Hiragana}+$/u.test(folded));
      });
      expect(short).toEqual([]);
    });

    it("should be listed once (here and in the situation and reading tables)", () => {
      const seen = new Map<string, string>();
      for (const table of [SITUATION_CONCEPTS, KANA_READINGS])
        for (const [canonical, variants] of Object.entries(table))
          for (const variant of variants) seen.set(foldForMatch(variant), canonical);
      const repeated: string[] = [];
      for (const { canonical, variant } of entries) {
        const key = foldForMatch(variant);
        if (seen.has(key)) repeated.push(`${variant} (${seen.get(key)}, ${canonical})`);
        seen.set(key, canonical);
      }
      expect(repeated).toEqual([]);
    });
  });

  describe("what callers say", () => {
    it.each([
      ["quitting the insurance registration", "マイナ保険証をやめたいんやけど", "解除"],
      ["cancelling", "ひもづけを取り消したい", "解除"],
      ["checking", "ちゃんと登録されてるか確かめたい", "確認"],
      ["a yes/no need", "予約っていりますか", "必要か"],
      ["a Kansai must", "子どもも連れて行かなあかんの?", "必要か"],
      ["a Hakata must", "警察に届けんといかん?", "必要か"],
      ["changing", "口座を別の銀行のに変えたい", "変更"],
      ["progress", "申請の進捗を知りたい", "状況"],
      ["stopping the card", "とりあえずカードを止めてほしい", "停止"],
      ["found again", "止めたカードが見つかった", "見つかった"],
      ["resetting", "パスワードをリセットしたい", "再設定"],
      ["characters", "長いパスワードは何文字ですか", "何桁"],
      ["how long in dialect", "どんくらいかかると?", "期間"],
      ["a fee word", "何円かかりますか", "手数料"],
      ["free", "盗まれたときはタダになるの", "無料"],
      ["good points", "保険証にすると何か得するの", "メリット"],
      ["good points in Kansai", "口座を登録したらええことあるん?", "メリット"],
      ["pregnancy", "臨月で役所に行くのがしんどい", "妊娠"],
      ["pregnancy, plainly", "お腹が大きくて動けない", "妊娠"],
      ["a care home", "母がグループホームに入っている", "外出困難"],
      ["cannot go, Kansai", "足が悪うて役所まで行かれへん", "外出困難"],
      ["care level", "要支援2の父の代わりに", "要介護"],
      ["throwing away", "亡くなった母のカードは捨てていいですか", "返納"],
      ["thrown away by mistake", "はがきを捨ててしまった", "紛失"],
      ["the city discards it", "取りに行かないと捨てられるの", "廃棄"],
      ["deaf", "母は耳が遠いので電話ができない", "聴覚障害"],
      ["no Japanese", "日本語が話せない家族がいる", "外国語"],
      ["the police box", "交番に届けた方がいい?", "警察"],
      ["made again", "もう一回作らないといけない", "再発行"],
      ["not arrived, Kansai", "はがきがまだ届かへん", "届かない"],
      ["forgot, Hakata", "暗証番号ば覚えとらん", "忘れた"],
      ["lost, colloquial", "カードどっかいっちゃった", "紛失"],
      ["damaged", "カードが読み込めない", "破損"],
      ["what to bring", "受け取りに何を用意すればいい", "持ち物"],
      ["what to prepare", "始める前に何を準備すればいい", "持ち物"],
      ["being told by the office", "期限の前に知らせてもらえますか", "お知らせ"],
      ["identity papers", "身分を証明するものがない", "本人確認書類"],
      ["what to show at the desk", "窓口では何を見せたらいいですか", "本人確認書類"],
      ["what to show, casual", "免許ないけど何見せればいいの", "本人確認書類"],
      ["must do, Kyushu", "住所が変わったら何かせないかんと?", "必要か"],
      ["must do, Chugoku", "役所に行って何かしないけんのかね", "必要か"],
      ["made again when the term comes", "10年の期限が来て作り直すときは", "更新"],
      ["made again when the term comes, kana", "期限がきたら作り直すんですよね", "更新"],
      ["on the day it was made", "期限は作った日から数えるの", "発行日"],
      ["an old photo", "去年の写真でもいい?", "古い写真"],
      ["a photo booth", "駅のスピード写真で申請できる?", "証明写真機"],
      ["a maiden name", "前の名字も載せたい", "旧姓"],
      ["furigana", "読み仮名も入るの", "ふりがな"],
      ["a foreign student", "留学生でも作れる?", "外国人"],
      ["one card", "免許証と一枚にできる?", "一体化"],
      ["registered", "保険証の登録できてるか見たい", "登録済"],
      ["a bank account word", "振込先の銀行を変えたい", "口座"],
      ["the account spelled apart", "公金受け取り口座の登録", "公金受取口座"],
      ["two accounts", "口座を2つ登録したい", "複数"],
      ["a new phone", "スマホを買い替えたら", "機種変更"],
      ["a funeral", "葬儀が終わってから手続きを", "死亡"],
      ["a scam", "怪しい電話がかかってきた", "詐欺"],
      ["conditions", "代理で受け取れるのはどんな場合", "条件"],
      ["who is eligible", "特急は誰でも使えるの", "対象"],
      ["a crowd", "何時ごろなら空いてる?", "混雑"],
      ["English cancel", "I want to cancel the registration", "解除"],
      ["a year-end day", "12月31日の夜でも住民票は出せるかな", "休日"],
      ["New Year's Day", "元日にコンビニで印鑑証明を取りたい", "休日"],
      ["a year-end day in kana", "じゅうにがつ にじゅうくにち は あいてますか", "休日"],
      ["a guardian", "叔母の成年後見人になりました", "法定代理人"],
      ["a curator", "兄の保佐人として手続きしたい", "法定代理人"],
      ["a parent with custody", "親権者じゃないと無理ですか", "法定代理人"],
      ["a tourist", "観光ビザで来ている友だちも作れる?", "短期滞在"],
      ["a tourist on a visit", "いとこが観光で遊びに来ている", "短期滞在"],
      ["a tourist come to see", "観光に来た知り合い", "短期滞在"],
      ["a first card", "はじめてカードを作る人", "初回"],
      ["a first card, and making it", "はじめてカードを作る人", "申請"],
      ["brand new", "新規で申し込むとき", "初回"],
      ["in a hurry, the card named between", "すぐにカードを作ってもらいたい", "特急発行"],
      ["a long holiday", "お盆休みでも窓口はやってますか", "休日"],
      ["a lock that has happened", "パスワードにロックかかっちゃった", "ロック中"],
      ["a lock that has happened, Kansai", "ロックされてもうたんやけど", "ロック中"],
      ["a card gone, after a particle", "カードがなくなったんです", "紛失"],
      ["a card gone, with its wallet", "財布ごとなくなった", "紛失"],
      ["COVID, after a particle", "発熱とコロナが心配です", "感染"],
      ["a knit cap, a hat (forty-first round)", "ニット帽のままでいい?", "帽子"],
      ["the same town (forty-first round)", "同じ町の別の家に移るとき", "市内"],
      ["within the town (forty-first round)", "町の中で部屋を替えた", "市内"],
      ["a foreign guest (forty-first round)", "外国のお客さんが来ている", "外国人"],
      ["a foreign acquaintance (forty-first round)", "外国の知り合いに頼まれた", "外国人"],
    ])("should map %s (%j) to %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });
  });

  describe("look-alikes", () => {
    it.each([
      ["やむを得ない (not a benefit)", "やむを得ない事情で写真が撮れない", "メリット"],
      ["受けたい (not ケータイ)", "窓口で説明を受けたいです", "スマートフォン"],
      ["調べる (not a veil)", "自分で調べる方法", "スカーフ"],
      ["a knit cap (not a veil, forty-first round)", "ニット帽のままでいい?", "スカーフ"],
      ["the town centre (not the same town)", "町の中心にある窓口", "市内"],
      ["what it is used for (not a condition)", "署名用のパスワードはどんな時に使いますか", "条件"],
      [
        "what it is used for, in kana (not a condition)",
        "よんけたは どんなときに つかうの",
        "条件",
      ],
      ["a month's end date", "3月末までとされていました", "特急発行"],
      ["まとめて (not stopping)", "家族の分をまとめて申請したい", "停止"],
      ["出来ない (not 来ない)", "まだ予約が出来ないんです", "届かない"],
      ["している (not 要る)", "今は何をしているんですか", "必要か"],
      ["a declarative need", "急いでカードが必要なんです", "必要か"],
      ["おはよう (not 早よ)", "おはようございます", "特急発行"],
      ["申し込み (not crowds)", "申し込みはネットでできますか", "混雑"],
      ["間に合わなかった (not a wrong PIN)", "更新が間に合わなかった", "間違え"],
      ["back from abroad (not found)", "海外から戻ってきたところです", "見つかった"],
      ["a tourist (not a trip abroad)", "観光で来ている友人", "旅行"],
      ["a call-back (not returning the card)", "折り返して電話をください", "返納"],
      ["together with a birth (not one card)", "出生届と一緒に申請したい", "一体化"],
      ["early renewal (not express)", "早めに更新したい", "特急発行"],
      ["a phone that does not connect (not free)", "電話がかからない", "無料"],
      ["a name (not a change)", "名前が変わりました", "変更"],
      ["行くつもり (not several)", "住民票も抜いていくつもりです", "複数"],
      ["where to go (not lost)", "どこ行ったらええ?", "紛失"],
      ["a long call (not an extension)", "ちょっと長くなるんですけど", "延長"],
      ["wanting to throw away (not lost)", "古いソファを捨てたい", "紛失"],
      ["要支援2って (not two)", "要支援2ってどういう意味", "複数"],
      ["a transfer to staff (not a proxy)", "担当の人に代わってもらえますか", "代理人"],
      ["a year-end deadline (not the closure)", "年末までに引っ越します", "休日"],
      ["a November holiday (not New Year)", "11月3日は窓口が開いていますか", "休日"],
      ["the ward (not the guardian)", "成年被後見人の方のカード", "法定代理人"],
      ["a trip abroad (not a short stay)", "来月から海外旅行に行きます", "短期滞在"],
      ["a card made again (not a first card)", "もう一回作らないといけない", "初回"],
      ["a lock asked about (not one that happened)", "何回でロックされますか", "ロック中"],
      ["a lock that would happen (not one that did)", "ロックがかかると困る", "ロック中"],
      // Twenty-sixth round: endings and everyday words that hold an alias after folding.
      ["whether (not the card)", "登録できているかどうか知りたい", "マイナンバーカード"],
      ["ところなんです (not COVID)", "いま届いたところなんです", "感染"],
      ["a mere plate (not free)", "期限が切れたらただの板ですか", "手数料"],
      ["聞きたいくらい (not how much)", "こっちが聞きたいくらいです", "手数料"],
      ["a block wall (not a locked card)", "隣のブロック塀が傾いている", "ロック"],
      ["わけにはいかない (not disposal)", "仕事を休むわけにはいきません", "廃棄"],
      ["参りませんか (not needed)", "そういうわけにはまいりませんか", "必要か"],
      ["allowing it (not a benefit)", "後で出してもいいことにしてもらえませんか", "メリット"],
      ["can no longer go (not lost)", "雪で窓口に行けなくなった", "紛失"],
      ["no longer knowing (not lost)", "手順が分からなくなってしまった", "紛失"],
      ["fewer (not lost)", "残りが少なくなってきた", "紛失"],
      // Thirty-sixth round: a service ordered with 頼む, not someone sent in one's place.
      ["express ordered (not a proxy)", "特急で頼んだら何日で届く?", "代理人"],
      ["anyone may order it (not a proxy)", "あの制度は誰でも頼めるの?", "代理人"],
      ["ordered along with a birth (not a proxy)", "出生届と一緒にカードも頼めますか", "代理人"],
      ["a move decided (not rules)", "来月の転勤が決まりました", "条件"],
      ["how an expiry is set (not rules)", "期限ってどう決まるんですか", "条件"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirteenth round: days, reviews, old forms, polite and kana forms", () => {
    it.each([
      ["a weekday named", "金曜の夕方でも受け取れますか", "曜日"],
      ["a weekday in kana", "すいようびは あいてますか", "曜日"],
      ["which day of the week", "窓口は何曜日がすいてますか", "曜日"],
      ["a review pending", "入管の結果待ちでカードが切れそうです", "審査中"],
      ["a permit not out yet", "ビザの許可がまだ出ていないんです", "審査中"],
      ["forgot, said politely", "署名用のパスワードが分からなくなりました", "忘れた"],
      ["a form kept from before", "以前の申請書はまだ使えますか", "古い申請書"],
      ["a form that came years ago", "何年も前の申請書が出てきた", "古い申請書"],
      ["collecting, with 取り in kana", "カードをとりにいけるのは何時まで", "受け取り"],
      ["someone else's share", "主人の分も私が受け取っていいですか", "代理人"],
      // Thirty-sixth round: the proxy's 頼む still reads after で and も are kept apart.
      ["a person asked to go", "仕事なので妻に頼んでもいいですか", "代理人"],
      ["a person asked, with a topic in between", "夫に受け取りを頼めますか", "代理人"],
      ["rules, the noun", "証明写真の撮り方に決まりはありますか", "条件"],
      ["a standard", "写真の規格を教えて", "条件"],
      ["a child at junior high", "中学生の息子のカードを取りに行きたい", "年少"],
      ["a child's age under 15", "12歳の娘の暗証番号を決めたい", "年少"],
      ["the FAQ's age line, in kana", "15さいみまん の こども", "15歳未満"],
      ["the other age line", "18歳以下の子のカードの期限", "18歳未満"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["平日 itself (many entries say it of callers)", "平日は仕事で行けません", "曜日"],
      ["the card's own application pending", "カードを申請中なんですが", "審査中"],
      ["a form not at hand at all", "申請書をなくしてしまった", "古い申請書"],
      ["where a thing went (not forgot)", "どこにしまったか分からなくなって", "忘れた"],
      ["can go (not cannot go)", "代わりに母が行けますか", "外出困難"],
      ["hard to take (not collecting)", "写真がとりにくい", "受け取り"],
      ["a 16-year-old (not under 15)", "16歳の娘のカード", "年少"],
      ["a high-school student (not under 15)", "高校生の息子のカード", "年少"],
      ["a one-digit age (not under 15 by itself)", "6歳の子のカード", "年少"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirteenth round, training sets 9 and 10: locks, Tohoku speech, ages, handbooks", () => {
    it.each([
      ["a lock the caller caused", "何回も間違えてロックしてしまいました", "ロック中"],
      ["a lock caused, casually", "ロックしちゃったんだけど", "ロック中"],
      ["a lock caused, in Kansai speech", "暗証番号ロックしてもうたわ", "ロック中"],
      ["lost, in Tohoku speech", "はがきをなぐしてしまったんだども", "紛失"],
      ["an age in kanji numerals", "八十歳の父のカード", "高齢"],
      ["the elderly", "老人でもカードは作れますか", "高齢"],
      ["a rehabilitation handbook", "療育手帳を持っています", "障害者手帳"],
      ["collecting, in kana", "だいりで うけとれる ばあい", "受け取り"],
      ["a proxy, in kana", "だいりで うけとれる ばあい", "代理人"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["a lock asked about (not one that happened)", "何回でロックしますか", "ロック中"],
      ["a disability without a handbook", "知的障害のある息子です", "障害者手帳"],
      ["a one-digit age in kanji", "八歳の子", "高齢"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });

    it("should name a disability too when a handbook is named (broader concepts)", () => {
      const wide = createTextAnalyzer(DEFAULT_VARIANTS, { broaderConcepts: BROADER_CONCEPTS });
      const terms = wide("身体障害者手帳で足りますか");
      expect(terms).toContain(TERM_PREFIX.concept + foldForMatch("障害者手帳"));
      expect(terms).toContain(TERM_PREFIX.concept + foldForMatch("障害"));
    });
  });

  describe("sixteenth round: uses, babies, sooner, letters not come, the PIN told, stopping", () => {
    it.each([
      ["what it is used for", "このカードって何に使うものなの", "用途"],
      ["its uses, in kana", "つかいみちがよく分からない", "用途"],
      ["what good it does", "作っても何の役に立つのか", "用途"],
      ["a baby not yet one", "1歳になる前の娘のカード", "1歳未満"],
      ["under one, in kanji numerals", "一歳未満の子は写真がいらない", "1歳未満"],
      ["sooner than usual", "早く届く方法はありますか", "特急発行"],
      ["sooner, received", "少しでも早くもらえると助かる", "特急発行"],
      ["a letter not come yet", "はがきがまだ来てないんです", "届かない"],
      ["not come, politely", "お知らせが来ていません", "届かない"],
      ["the number letter", "番号のお知らせをなくしました", "個人番号通知書"],
      ["the number letter, spelled out", "個人番号の通知書は身分証になる?", "個人番号通知書"],
      ["telling the PIN", "ヘルパーさんに暗証番号を教えても大丈夫?", "暗証番号を教える"],
      ["keeping someone's PIN", "父の暗証番号を預かってもいいのか", "暗証番号を教える"],
      ["a plain background", "背景なしの写真を用意します", "背景"],
      ["stopping it to go back", "マイナ保険証をやめて元に戻したい", "解除"],
      ["nothing done before leaving", "何もせずにアメリカへ行ってしまった", "手続きなし"],
      ["the procedure not done", "引越しの手続きをしないまま半年たった", "手続きなし"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["the old cards' age line (no 0歳 inside 20歳)", "20歳になる前に作ったカード", "1歳未満"],
      ["an 11-year-old (not under one)", "11歳になる前に申請した", "1歳未満"],
      ["early, not sooner than usual", "朝早く行けば空いてますか", "特急発行"],
      ["having to come (not a letter not come)", "本人が窓口に来ないといけませんか", "届かない"],
      ["a PIN forgotten (not told)", "暗証番号を忘れました", "暗証番号を教える"],
      [
        "the PIN notice itself (not the number letter)",
        "暗証番号のお知らせが届いた",
        "個人番号通知書",
      ],
      ["what if nothing is done (a question, not a story)", "何もしないとどうなるの", "手続きなし"],
      ["please stop, a bare やめて (not cancelling)", "もうやめてください", "解除"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("twenty-fourth round: dropped in kana, when ready, what to gather, the two certificates", () => {
    it.each([
      ["dropped, in kana", "かーど おとしちゃった", "紛失"],
      ["dropped, in kana, regretted", "えきで おとしてしまった", "紛失"],
      ["when it will be ready", "申し込んだカードはいつ頃出来上がりますか", "期間"],
      ["ready, in kana", "もう できあがってますか", "期間"],
      ["what to gather", "代理で行くとき何を揃えればいい", "持ち物"],
      ["the two certificates by number", "二つある証明書の違いは", "電子証明書"],
      ["both certificates", "両方の証明書が切れた", "電子証明書"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["the elderly in kana (not dropped)", "おとしよりの てつづき", "紛失"],
      ["two accounts (not the certificates)", "口座を二つ登録できますか", "電子証明書"],
      ["in unison (not what to gather)", "みんな口をそろえて便利だと言う", "持ち物"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("twenty-fifth round: dearer than usual, not found, letters in a PIN, a penalty", () => {
    it.each([
      ["dearer than usual", "特急だと普通より高くなるの?", "手数料"],
      ["dearer, plainly", "急ぎで頼むと高くつきますか", "手数料"],
      ["not found, in the negative", "家じゅう探しても見つからなくて", "紛失"],
      ["not found, in the past", "どこを探しても見つからなかった", "紛失"],
      ["not found, in writing", "カードが見つからず困っています", "紛失"],
      ["letters in a PIN", "パスワードにアルファベットは使える?", "英数字"],
      ["letters and digits, said plainly", "英語と数字が混ざった番号のほう", "英数字"],
      ["letters in a PIN, in kana", "えいじ も いれないと だめ", "英数字"],
      ["a penalty", "カードを持っていないと罰があるの?", "義務"],
      ["a penalty, roundabout", "作らなくても何かお咎めはありますか", "義務"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["found again (not lost)", "カードが見つかりました", "紛失"],
      ["not found, in the negative (not found again)", "見つからなくて困っています", "見つかった"],
      ["a high shelf (not a fee)", "高い棚にしまっておいた", "手数料"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-first round: another city or prefecture, not registered, right after", () => {
    it.each([
      ["another prefecture", "春から別の県の工場で働くので部屋を出ます", "他の市"],
      ["out of the prefecture", "転勤で県外へ移ることになった", "他の市"],
      ["a neighbouring prefecture", "隣の県に家を買いました", "他の市"],
      ["the ward office over there", "手続きは向こうの区役所でするんですか", "他の市"],
      ["the town office over there", "向こうの役場に何を持っていけばいい", "他の市"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["not registered", "保険証の登録はしていないんですが", "未登録"],
      ["not made an insurance card, plainly", "カードを保険証にしてない母が病院に行く", "未登録"],
      ["not registered, in dialect", "保険証の登録しとらんのじゃが", "未登録"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["registered already (not unregistered)", "保険証の登録されているか知りたい", "未登録"],
      ["asked leave to register (not unregistered)", "保険証にしていいですか", "未登録"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });

    it.each([
      ["usable right after", "新しくしたらすぐに使えるんですか", "すぐ使える"],
      ["at once as an insurance card", "更新したらすぐ保険証になりますか", "すぐ使える"],
      ["straight from the counter", "窓口を出てその足で薬局に行っても平気?", "すぐ使える"],
      ["soon unusable", "期限が過ぎたらすぐ使えなくなりますか", "すぐ使えなくなる"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      [
        "soon unusable (not usable right after)",
        "期限が過ぎたらすぐ使えなくなりますか",
        "すぐ使える",
      ],
      ["made at once (not usable right after)", "すぐ作ってほしいんです", "すぐ使える"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });

    it.each([
      ["a move to a city named", "春から姪が長崎市へ引っ越します", "他の市"],
      [
        "a move to another prefecture named",
        "主人の実家のある山口県に移ることにしました",
        "他の市",
      ],
      ["a move to a big city", "来年の春に大阪へ転勤になるんです", "他の市"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["over there, abroad (not another city)", "向こうでもカードを使いたい", "他の市"],
      ["the prefecture's own office (not another city)", "県の窓口に聞いてください", "他の市"],
      ["over there, across the road (not another city)", "向こうの席でお待ちください", "他の市"],
      ["someone living in a big city (not a move)", "東京にいる夫のカードを受け取りたい", "他の市"],
      ["a city's own office (not another city)", "市に問い合わせたら分かりますか", "他の市"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-third round: not registered, with scorn or in dialect", () => {
    it.each([
      ["with なんて, in Tohoku speech", "登録なんてしてねえけど病院はどうすんだ", "未登録"],
      ["in Kansai speech", "カードを保険証にしてへんのやけど", "未登録"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["asked to register, with ね (not unregistered)", "保険証の登録してね", "未登録"],
      ["registered already, with も (not unregistered)", "登録もしてあります", "未登録"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-third round: too busy at work to come", () => {
    it.each([
      ["busy at work", "仕事が忙しくて平日は行けません", "仕事が忙しい"],
      ["busy with work, in dialect", "仕事で忙しゅうて行かれん", "仕事が忙しい"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["a child busy with a club (not work)", "息子が部活で忙しいので", "仕事が忙しい"],
      ["work named with no busyness", "仕事の帰りに寄れますか", "仕事が忙しい"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-third round: a grandchild who goes for a grandparent", () => {
    it.each([
      ["the grandchild speaking", "祖父の代わりに孫の私が行ってもいいですか", "高齢"],
      ["the grandchild speaking, in dialect", "孫のおらが取りに行くべか", "高齢"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["a grandchild's card (the grandparent collects)", "孫のカードを私が受け取れますか", "高齢"],
      ["a grandchild named as the holder", "孫の分を祖母が取りに行きます", "高齢"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-third round: a move to a workplace or a school in a named city", () => {
    it.each([
      ["a job moved to a company in a big city", "春から名古屋の会社に移ります", "他の市"],
      ["a transfer to a head office in a city", "来月、札幌市の本社へ異動します", "他の市"],
      ["a transfer to a head office, one word", "神戸本社への転勤が決まった", "他の市"],
      ["a school in a big city", "娘が京都の大学に進学するので", "他の市"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["someone working in a big city (no move)", "名古屋の会社に勤めている夫のカード", "他の市"],
      ["a head office named alone (no move)", "札幌市の本社から電話がありました", "他の市"],
      ["a school in a big city, attended (no move)", "京都の大学に通っています", "他の市"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-second round: a foreign resident named by nationality", () => {
    it.each([
      ["a nationality with 人", "ベトナム人の従業員のカードはいつまで使えますか", "外国人"],
      ["young workers from a country", "工場に来とるベトナムの子たちのカード", "外国人"],
      ["come from a country", "フィリピンから来て働いています", "外国人"],
      ["a nationality with 籍", "中国籍の妻のカードの期限", "外国人"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["a posting abroad (a destination)", "一月からベトナムに赴任します", "外国人"],
      [
        "living in a country (a destination)",
        "秋から家族そろってベトナム暮らしになります",
        "外国人",
      ],
      ["towards a region (の方)", "中国の方に引っ越すかもしれません", "外国人"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-fourth round: a lock that would come, not one that came", () => {
    it.each([
      ["ちゃう", "何回まちがえたらロックかかっちゃうの", "ロック"],
      ["てまう, Kansai", "何べん間違えたらロックかかってまうん", "ロック"],
      ["てしまう, passive", "三回でロックされてしまうんですか", "ロック"],
    ])("should read %s as a lock asked about (%j)", (_label, text, concept) => {
      const concepts = conceptsOf(text);
      expect(concepts).toContain(foldForMatch(concept));
      expect(concepts).not.toContain(foldForMatch("ロック中"));
    });

    it.each([
      ["ちゃった", "パスワードにロックかかっちゃった"],
      ["てもうた", "ロックかかってもうたんやけど"],
      ["てしまった", "ロックされてしまったみたいです"],
    ])("should still read the past (%s) as a lock that came (%j)", (_label, text) => {
      expect(conceptsOf(text)).toContain(foldForMatch("ロック中"));
    });
  });

  describe("thirty-ninth round: a lock that came, in the polite past", () => {
    it.each([
      ["されました", "暗証番号を5回間違えてロックされました"],
      ["がかかりました", "パスワードにロックがかかりました。どうしたらいいですか"],
      ["になってしまった", "署名用のパスワードがロックになってしまいました"],
    ])("should read %s as a lock that came (%j)", (_label, text) => {
      expect(conceptsOf(text)).toContain(foldForMatch("ロック中"));
    });

    it.each([
      ["になっちゃう, asked ahead", "何回間違えたらロックになっちゃうの"],
      ["されますか, asked ahead", "何回でロックされますか"],
    ])("should not read %s as a lock that came (%j)", (_label, text) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch("ロック中"));
    });
  });

  describe("thirty-fourth round: asked whether the card has stopped working", () => {
    it.each([
      ["なっていますか", "引っ越して一か月、カードはもう使えなくなっていますか"],
      ["なったりします", "届けが遅れたらカードが使えなくなったりしますか"],
      ["なってるわけ, casually", "まだ手続きしてないけど、もう使えなくなってるわけ?"],
    ])("should read %s as a lapse (%j)", (_label, text) => {
      const concepts = conceptsOf(text);
      expect(concepts).toContain(foldForMatch("失効"));
      expect(concepts).not.toContain(foldForMatch("ロック"));
    });

    it.each([
      ["a card that stopped (a statement)", "カードが急に使えなくなってしまいました"],
      ["because it stopped", "カードが使えなくなってるので困っています"],
    ])("should not read %s as a lapse (%j)", (_label, text) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch("失効"));
    });
  });

  describe("thirty-fourth round: a country named alone is a place abroad", () => {
    it.each([
      ["a country to live in", "夫の転勤でシンガポールに三年住むことになりました", "海外"],
      ["a country come back from", "来月ドイツから戻って住民登録します", "海外"],
      ["a nationality's country as a place", "娘がベトナムで働くことになりました", "海外"],
      ["a country in English", "I just moved back from Singapore", "海外"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["a person by nationality (外国人, not abroad)", "ベトナム人の従業員のカード", "海外"],
      ["a region of Japan (中国地方)", "中国地方の実家に引っ越します", "海外"],
      ["kana only (not Canada)", "ひらがなだけで書いてもいいですか", "海外"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-eighth round: an expiry that has passed", () => {
    it.each([
      ["a lapse that happened", "去年の秋にカードの期限が切れてしまっていて"],
      ["a state, 切れてる", "母の電子証明書、もう切れてるみたいなんです"],
      ["long past", "カードの期限はとっくに過ぎてますよ"],
      ["the noun", "期限切れのカードしか手元にないんです"],
      ["in dialect", "カードの期限が切れとるんやけど"],
    ])("should read %s (%j)", (_label, text) => {
      const concepts = conceptsOf(text);
      expect(concepts).toContain(foldForMatch("期限切れ"));
    });

    it.each([
      ["before it ends", "カードの期限が切れる前に手続きしたい"],
      ["about to end", "期限が切れそうなので早めに行きます"],
      ["if it ends", "期限が切れたらどうなりますか"],
      ["if it has ended, in Kansai", "期限が切れてしもたら作り直しなん?"],
      ["a plain past, as before", "古いカードの期限が切れたので処分したい"],
    ])("should read %s as expiry only (%j)", (_label, text) => {
      const concepts = conceptsOf(text);
      expect(concepts).toContain(foldForMatch("有効期限"));
      expect(concepts).not.toContain(foldForMatch("期限切れ"));
    });
  });

  describe("kana and wrong kanji of the same reading", () => {
    it.each([
      ["口座 as 高座", "公金受取高座を変えたい", "口座"],
      ["口座 in kana", "こうざ を とうろく したい", "口座"],
      ["住民票 as 住民表", "コンビニで住民表を取りたい", "住民票"],
      ["保険証 as 保健所", "マイナ保健所にしたい", "健康保険証"],
      ["特急 as 特級", "特級で作ってほしい", "特急発行"],
      ["妊娠 in kana", "にんしん ちゅう です", "妊娠"],
      ["国保 in kana", "こくほ の しかくかくにんしょ", "国民健康保険"],
      // Thirty-third round.
      ["a baby in kana", "あかちゃん の かーど って すぐ できますか", "乳児"],
      ["a change of job in kana", "てんしょく したら とうろく やりなおし", "転職"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["a red thing, not a baby (あかい)", "あかい ふうとう が きました", "乳児"],
      ["a place of work kept, not changed (しょくば)", "しょくば で つかいたい", "転職"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  // Fortieth round: "in which cases" asked politely (どのような, どういった) or by the
  // circumstances (事情), as どんな場合 already was.
  describe("in which cases, polite and by the circumstances (fortieth round)", () => {
    it.each([
      ["どういった場合", "どういった場合に、家族が受け取りに行けるのでしょうか"],
      ["どのようなとき", "どのようなときに再発行が無料になりますか"],
      ["どんな事情", "どんな事情なら窓口以外で頼めますか"],
      ["どのような理由", "どのような理由であれば代わりの人でもよいですか"],
    ])("should read %s as conditions", (_label, text) => {
      expect(conceptsOf(text)).toContain(foldForMatch("条件"));
    });

    it.each([
      ["which documents (not conditions)", "どのような書類を持っていけばいいですか"],
      ["a circumstance told, not asked", "家の事情で平日は行けません"],
    ])("should not read %s as conditions", (_label, text) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch("条件"));
    });
  });
});

// Forty-second round: one thing or two, asked as 別々, 別のカード or 同じもの; the FAQ's question
// says 別のもの.
describe("one thing or two (forty-second round)", () => {
  it.each([
    ["別々", "住基カードとマイナカードは別々に持つものですか"],
    ["別のカード", "保険証になるのは別のカードなの?"],
    ["同じもの", "個人番号カードってマイナカードと同じものかな"],
  ])("should read %s as one thing or two", (_label, text) => {
    expect(conceptsOf(text)).toContain(foldForMatch("違い"));
  });

  it.each([
    ["another city", "別の市から引っ越してきました"],
    ["special", "特別な事情があって窓口に行けません"],
  ])("should not read %s as one thing or two", (_label, text) => {
    expect(conceptsOf(text)).not.toContain(foldForMatch("違い"));
  });
});

// Forty-second round: a thing kept for someone (取っておいて), as the FAQ's 保管.
describe("kept for someone (forty-second round)", () => {
  it.each([
    ["取っておいて", "できたカードは窓口で取っておいてくれるんですか"],
    ["とっといて", "受け取りに行けるまで、とっといてもらえますか"],
  ])("should read %s as kept", (_label, text) => {
    expect(conceptsOf(text)).toContain(foldForMatch("保管"));
  });

  it.each([
    ["a photo taken beforehand (撮っておいた)", "写真は先に撮っておいたほうがいいですか"],
    ["taken out (取り出して)", "財布から取り出しておきます"],
  ])("should not read %s as kept", (_label, text) => {
    expect(conceptsOf(text)).not.toContain(foldForMatch("保管"));
  });
});
