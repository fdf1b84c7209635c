import { MODEL_KNOWN_FALSE_ALARMS } from "./__fixtures__/crisis-lines";
import { detectCrisis } from "./detect-signals";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";

/** Neither the crisis check nor the whole triage raises the line. */
function expectQuiet(text: string): void {
  expect(detectCrisis(text)).toBeNull();
  expect(triageRulesOnly(text).action).not.toBe("emergency");
}

/** The line still goes to the emergency route. */
function expectRaised(text: string): void {
  expect(triageRulesOnly(text).action).toBe("emergency");
}

// Look-alike cues added in the ninth round, each with new lines written for this test: ordinary
// desk talk that must not raise the emergency route, and crises the widened cues must not hide.
const ORDINARY: readonly string[] = [
  "課題の締め切りに殺されそうなので、証明書は郵送にしてください",
  "写真が変すぎて死にたい笑 撮り直しはできますか",
  "ゲームの中で毎日ドラゴンに殺されてます。市の大会の申し込みは？",
  "時代劇の切腹の場面を子どもが怖がって眠れません",
  "「もう消えたい」っていう歌詞の曲が流行ってるらしい",
  "防災訓練で火事の想定をするので、公民館を借りたいです",
  "地域の救命講習で、溺れた人の引き上げ方を習いました",
  "ホームからの転落防止の柵をつけてほしいという要望です",
  "意識がないときのために、保険証をいつも持ち歩いています",
  "昨年けがで運ばれたけど、もうすっかり元気です",
  "五年前に家を出て、今は子どもと落ち着いて暮らしています",
  "腕のリスカの跡を消す治療に補助はありますか",
  "以前ストーカー被害があったので、住所を非公開にしたいです",
  "DVで別居している場合、手当の受取人は変えられますか",
  "虐待のニュースを見てつらくなりました。里親について知りたいです",
  "笑いすぎて息ができなかった話を聞いてください",
  "なくしたと思っていたカードが出てきました",
  "祖母が認知症かもしれなくて、どこに相談すればいいですか",
  "父が倒れて入院しているので、代わりに手続きに来ました",
  "過去にDV被害歴あり、本日は閲覧制限の更新のみ",
  "死ぬ気で働いてやっとローンを返しました",
  "こんな値上げ、市民を殺す気ですか",
  "母が転ばないように手すりをつけたいです",
  "エアコンが急に動かなくなりました",
  "学芸会で子どもが「助けて」って叫ぶ役をやります",
];

const STILL_CRISES: readonly string[] = [
  "夫に殺されそうです、今包丁を持って台所にいます",
  "母が倒れて、呼んでも返事がありません",
  "いま目の前で人が溺れています",
  "子どもが家の中で殴られていて、泣き声がやみません",
  "もう限界です。今夜、橋から飛び降ります",
];

describe("crisis look-alike cues, ninth round", () => {
  it.each(ORDINARY.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(STILL_CRISES.map((line) => [line]))("should still raise %j", expectRaised);
});

// Tenth round: the causes read from red team 7 (a development set since), in new words.
const ORDINARY_10: readonly string[] = [
  "督促状の文面が、脅迫かと思うくらい怖かったです",
  "こんな料金、年寄りば殺す気やろ",
  "空き巣に入られたので鍵を替えました。防犯の補助はありますか",
  "ガスの警報器が鳴ったけど、点検してもらったら異常なしでした",
  "去年の夏に熱中症で一度倒れたので、エアコンの補助を知りたいです",
  "子どもが海で溺れかけたけど無事でした。ライフジャケットの貸し出しはありますか",
  "父は三月に脳梗塞をやって、今は退院して家にいます。介護保険の申請をしたいです",
  "虐待に気づくための研修資料がほしいです",
  "テレビで見た火事のニュースが頭から離れません",
  "ゲームでボコボコにされたけど楽しかったです",
  "ケース記録:暴力の相談、本人転居により支援終了",
  "うちの犬が急に倒れて動かないんですが、動物病院の夜間の窓口は",
  // Read from the training sets' ordinary rows raised as emergencies.
  "物覚えが悪くて、暗証番号を覚えておけないんです",
  "火事で財布ごとカードも焼けちゃったんですが、再発行できますか",
  "引っ越しても前の口座はまだ生きてるので、そのままでいいですか",
  // The causes read from crisis training set 1, in new words.
  "上の子が中学受験でマジで死ぬって言ってます、塾の補助ってありますか",
  "もし夜中に母が倒れたら、どこに電話すればいいか知っておきたいです",
  "父は先月脳梗塞で倒れて、今はリハビリ病院にいます。介護保険の申請を",
  "（対応記録）DVの相談者、転居により支援終了。閲覧制限は継続済み",
  "防災訓練をやった日に、子どもが『火事こわい』と泣いていました",
  "うちの猫が毛玉を詰まらせて苦しそうなんですが、夜間の動物病院は",
  "役所の説明を聞いて膝から崩れ落ちそうでした",
  // From crisis training set 2's causes, in new words.
  "研修で「死にたい」と言われたときの対応を学びたいので、講師を紹介してください",
  "今日で最後の授業でした。来月からの国保の手続きを教えてください",
  "夜中に叫び声がしたと思ったら、テレビの音だった",
  "玄関の軒下に蜂の巣があるので駆除してほしい",
];

const CRISES_10: readonly string[] = [
  "これから死にます",
  "睡眠薬を30錠のみました",
  "兄が首にロープを巻いて部屋に座ってる",
  "車の中に排気ガスをホースで引き込んでいます",
  "ビルの屋上から飛ぶつもりです",
  "十五階の非常階段から下を見ています",
  "えー すいみん役を ぜんぶ のみました",
  "赤ちゃんが放置されて2日たってる",
  "要介護の母が鍵のかかった部屋で脱水になってる",
  "父親が弟の頭を壁に打ちつけてる",
  "誰かが家に入ってきた、今二階に隠れてる",
  "元夫が玄関のガラスを割ってる",
  "パパがママをたたいてる",
  "祖母が廊下で転んで起き上がれないんです",
  "生後3か月の娘がぐったりして反応がない",
  "はちに さされて かおが はれて こえが かすれて る",
  "Someone kicked in our front door",
  "Anak saya pingsan",
  "覚えとけよって夫に言われて、今夜帰るのが怖い",
  "家族あての手紙はもう書きました",
  "七輪と炭を車に積みました",
  "剃刀を手首に当てています",
  "明日の朝にはもう私はいないので、あとはよろしくお願いします",
  "さっきから知らない男が家の中にいる",
  "店の前で男が店員の首に包丁を当てて、金を出せと言っています",
  "おばあさんがベッドに紐で縛られている",
  "子どもが川に流されてしまって、見えなくなりました",
  "マンションの廊下が煙で真っ白です",
  "妊娠中なんですが、出血が止まりません",
  "この電話が終わったら踏切に行きます",
  "死ぬ。さよなら",
  "父が農薬の瓶を持って物置にこもっています",
  "自分の体に灯油をかけました",
  "台所の方からガスがシューって音を立てています",
  "客の男がナイフを手にカウンターに近づいてきた",
];

describe("crisis look-alike cues and lexicon, tenth round", () => {
  it.each(ORDINARY_10.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_10.map((line) => [line]))("should raise %j", (text) => {
    expect(triageRulesOnly(text).action).toBe("emergency");
  });

  // The look-alike cues blank the past event; the model then read もう…ています alone. Former
  // known false alarms: not raised since the model was refitted on every development set
  // (fourteenth round).
  it("should not raise a stay in hospital that is over (former model false alarm)", () => {
    expect(detectCrisis(MODEL_KNOWN_FALSE_ALARMS.brotherHome)).toBeNull();
  });

  it("should not raise a fire long ago (former model false alarm)", () => {
    expect(detectCrisis(MODEL_KNOWN_FALSE_ALARMS.fireLongAgo)).toBeNull();
  });
});

// Eleventh round: the causes read from red team 8's raised look-alikes, in new words. Each of these
// raised the route before the round.
const ORDINARY_11: readonly string[] = [
  "工事の騒音で殺されそう。夜間の作業をやめてもらえませんか",
  "父がこんにゃくを詰まらせかけたけど、すぐ取れました。介護食の相談をしたい",
  "つきまといは、警告が出てからなくなりました。閲覧制限は続けられますか",
  "先週のガス漏れは管理会社が直してくれました。点検の記録はどこに出せばいいですか",
  "夜中に倒れても誰にも気づかれないのが心配で、見守りの電話サービスを探しています",
  "地震で火事になるのが心配なので、感震ブレーカーの補助を知りたい",
  "スプレー缶が爆発しそうで怖いので、捨て方を教えてください",
  "献血で失神したことがあるので、健診の採血が不安です",
  "介護職向けに、自殺念慮のある利用者への接し方を事例検討します",
  "措置入院の書類の「自傷他害」の欄について教えてください",
  "DVを見つけたら通報しなきゃいけないって決まり、本当ですか",
  "同僚から虐待の相談を受けたら、どこにつなげばいいですか",
  "包丁を持ち歩くのは法律違反になりますか、キャンプで使うんですが",
  "娘が、先生に叩かれる夢を見たと泣いて起きてきました。夢の話です",
  "くすりを全部のみ終えたので、次の処方をお願いしたいです",
  "遺書は自筆でないと無効ですか",
  "番号が漏れたら口座が空になるって同僚に脅されたんですけど、本当ですか",
  "相続の手続きって本当に骨が折れますね",
  "半年前に兄が自死しました。兄の年金の手続きをしたいです",
  "ケース記録:虐待通告の件、見守り満了につき終了",
  "首つり自殺の事件の記事を読んで、娘が不安がっています",
  "猫が熱中症になりかけたけど、動物病院で元気になりました",
  // Read from the raised look-alikes of red team 5, in new words.
  "請求書の金額に殺されかけた",
  "ゴミ出しのルールを守らない隣人に殺意を覚えます",
];

// The same cues must leave a crisis said next to them alone.
const CRISES_11: readonly string[] = [
  "暴力は最近おさまったけど、今日また殴られた",
  "ガス漏れは止まらないし、においがすごい",
  "火事が怖い、もう燃えてる",
  "倒れたことがない父が急に倒れて動かない",
  "殺すぞって同僚に脅されて、今も外で待ち伏せされてる",
  "餅を詰まらせかけて、まだ息が苦しそう",
];

describe("crisis look-alike cues, eleventh round", () => {
  it.each(ORDINARY_11.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_11.map((line) => [line]))("should still raise %j", expectRaised);
});

// Eleventh round, crisis training set 3 read: lines of our own for each new cue.
const ORDINARY_12: readonly string[] = [
  "おじいちゃんが詰まらせんごと、おかゆにしとる",
  "赤ちゃんがボタン電池を飲み込まないよう、何か対策はありますか",
  "リスカって何の略ですか",
  "DVという言葉の意味を知りたい",
  "祖母が風呂場で転んだのは先週です。介護の申請をしたい",
  "兄が自転車で転んだけど、すぐ元気になりました",
  "駅で酔っ払いに絡まれて怖かったけど、もう家に着きました",
  "「夜中に窓をたたく女」っていう怪談を子どもが怖がってる",
  "胸が苦しくなるドラマでした、と感想を書きました",
  "消えたい、恥ずかしくて。窓口で名前を言い間違えた",
  "死にてえぐらい暑いな、今日は",
  "爆発しそう、イライラで。また値上げ",
  "こんな値上げじゃ年寄りが殺されるよ、市長",
  "うちのハムスター、もう動かないんですが、ごみに出していいですか",
  "毎晩、刺される夢を見て眠れません",
  "ゲームで「殺すぞ」って叫んでる弟がうるさい",
  "ホラー映画で首吊りの場面があって眠れない",
  "猫が倒れてる…と思ったら昼寝してただけでした",
  "「ぶっ殺す」が口癖の兄に困っています、家族相談の窓口は",
  "父は酔うと暴れるので、家族会を紹介してほしい",
  "夫の暴力は、もう接近禁止命令が出て引っ越しも済みました。閲覧制限を続けたい",
  "トイレに閉じ込められたけど、もう出られました。鍵の修理を頼みたい",
  "前回は夜間救急で診てもらって、けいれんは治まりました",
  "飛び降りの名所と呼ばれる場所に相談窓口の看板をつけてほしい",
  "きのう薬を飲み忘れました、どうしたらいいですか",
  "台所から煙が出たけど、トーストが焦げただけでした",
  "火事の跡の片付けが終わったので、罹災証明をください",
  "家族に迷惑をかけたくないので、早めに介護保険の申請をしたい",
  "リストラされて人生終わりだと思ったけど、今は別の仕事をしています",
  "授業で110番に電話する練習をしたいので教材をください",
  "助けて、パスワードを忘れてログインできない",
  "ぎゃくたい ぼうし の チラシ を ください",
  "いのちの電話のボランティアに応募したい",
  "上の子が泣いてるのは、宿題が嫌なだけです",
  "自転車を車にぶつけられたけど、けがはありません",
  "市役所から何の通知か分からない封筒が届きました",
  "でんわ で ずっと まって たら きれました",
  "玄関の鍵が壊れてガチャガチャ回るだけです。鍵屋さんを教えて",
  "まえに かいだんで ころんだ。いまは なおった",
  "I'm scared of fires in winter. Can the city check my stove?",
  "Quiero un folleto sobre prevención del suicidio",
  // Read again from training sets 1 and 2, in new words.
  "工事の音で殺意わく。いつまで続くの",
  "スズメバチに刺される前に巣を取ってほしい",
  "一時保護された子はその後どうなるんですか",
  "母がのどに餅を詰まらせて救急車を呼んだけど、今は元気です",
  "夫の暴力で一時シェルターに入っていました。今は住所の非開示を続けたい",
  "祖父が猟銃を持っている写真を見つけました",
  "向かいの家でボヤがありました。もう消えています",
  "あの件はもう終わったことです。今日は住所変更に来ました",
  "荷造りは今日で全部終わりにしました、転出届はどこですか",
  "入院した祖母のお見舞いに行きたい、バスはありますか",
  "ゲームでボスに何度も殺されてる。無理ゲー",
  "水道の請求書が二重に来ています",
  "父が入院してるから、着替えを届けに行きたい。駐車場はありますか",
];

// The same cues must leave a crisis said next to them alone.
const CRISES_12: readonly string[] = [
  "子どもが電池を飲み込んだみたい、息が苦しそう",
  "父が倒れて、今も動かない",
  "怖かったけど、今も男がドアの前にいる",
  "猫じゃなくて、隣のおばあさんが倒れて動かない",
  "ゲームの話じゃない、夫に今殴られてる",
  "暴力は済んだと思ったのに、今また殴られてる",
  "救急車を呼んだけど、まだ来ない。父が息をしていない",
  "ボヤがありました。まだ燃えています",
  "母は入院中だけど、今病室で息をしていない",
  "ゲームの話じゃない。兄が包丁を持って暴れてる",
];

describe("crisis look-alike cues, eleventh round (crisis training set 3)", () => {
  it.each(ORDINARY_12.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_12.map((line) => [line]))("should still raise %j", expectRaised);
});

// Twelfth round (red team 9 read): cues for bereavement, talks and leaflets, research, noise
// explained, hyperbole, the past, matters settled, checks that found nothing. Lines written for
// this test.
const ORDINARY_13: readonly string[] = [
  "兄を自死で亡くしました。遺族の分かち合いの会はありますか",
  "救急車の上手な使い方の出前講座を町内会で開きたい",
  "Do you have brochures on domestic violence prevention in English?",
  "Xin tài liệu phòng chống tự tử cho trường học",
  "論文で高齢者虐待をテーマにしていて、統計を見たい",
  "夜中に叫んでいたのは、隣の人の映画の音だとわかりました。騒音の相談です",
  "家賃に殺される。家賃補助はありますか",
  "先輩に殺されるw 提出期限の延長はできますか",
  "隣の犬の鳴き声に殺意が湧きました。苦情はどこに言えば",
  "昔、母が薬をたくさん飲んで救急車で運ばれたことがあります。家族会の情報がほしい",
  "父が叩かれていた件は、施設長から謝罪があり解決しました",
  "さっき、ロビーで倒れた方がいましたけど、あの方は大丈夫でしたか",
  "フライパンから火が出たけど、すぐ消しました。消火器はどこで買えますか",
  "殴られてけがをしたときの診断書の費用は自己負担ですか",
  "幼稚園でかみつきがあって、娘の腕に跡が残りました。もう話し合いは済みました",
  "父は「息が苦しい」といつも言いますが、病院では異常なしでした",
  "ろれつが回らないほど飲んだ翌日の二日酔いに効く薬はありますか",
  "バーベキューで使った炭の捨て方を教えてください",
  "母がろれつがおかしいと言ってたけど、検査で異常なしでした",
  // Ordinary talk the n-gram model misread once a cue had blanked only part of it.
  "仕事が死ぬほど忙しくて、来週は窓口に行けそうにないです",
  "明日また来ます。今日はもう帰るね",
  "息子が怖い動画を見てから、一人で寝られなくなりました",
  "焼き芋をしたら煙がひどくて、近所の人に注意されました。野焼きの決まりは",
  "ばあちゃん きのう しゅじゅつ して げんき に なったよ",
  "外国にいる間もカードがまだ生きてるようにしとくには",
  "もう死ぬかと思ったわ、窓口の列が長すぎて",
];

const CRISES_13: readonly string[] = [
  "保育園でけんかして、友達が頭から血を流して倒れてる",
  "突然胸が締め付けられるように痛くて",
  "「死にたい」といつも言っていた母が、今日は遺書を書いてた",
  "昔のことじゃない、いま夫に殴られてる",
  "倒れた人がいて、息をしていません",
  "家の前に元夫が来て、前にも殴られたことがあります",
  "対応は済んでいると言われたけど、今も父が叩かれてる",
];

describe("crisis look-alike cues, twelfth round (red team 9 read)", () => {
  it.each(ORDINARY_13.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_13.map((line) => [line]))("should still raise %j", expectRaised);
});

// Twelfth round (crisis training set 4): new lines of our own for each cue added after reading the
// set's false alarms, and crises the cues must not hide.
const ORDINARY_14: readonly string[] = [
  "いじめの相談を受けたとき、学校ではどんな流れで対応するんですか。市はどんな対応をしますか",
  "ネットで読んだ、子どもが置き去りにされた事件がずっと気になっています",
  "「家を燃やす」と書かれたスパムが届いたので、通報の仕方を知りたいです",
  "「もう消えたい」っていう言葉が若い子の間で流行ってるネタらしいです",
  "アルバムの歌詞に「飛び降りたい夜」とあって、子どもが気にしています",
  "前に ねむりぐすり を たくさん のんだ こと が あります。 いま は げんき です",
  "包丁で指を切りましたが、血はもう止まっています。ゴミの分別を教えてください",
  "クリニックで薬を出してもらって、熱も下がりました。保育園はいつから行けますか",
  "I used to self-harm years ago and I've been fine for years now",
  "文化祭のお化け屋敷で首つり人形を使ってもいいですか",
  "玄関に知らない人がいると思ったら、検針の人でした",
  "二年前に倒れて、そのときは救急車で運ばれました。今は元気です",
  "祖父が「薬は一週間分ケースに分けてある」と言っていて安心しました",
  "Dati akong sinasaktan ng dating asawa ko pero ngayon ay ligtas na ako",
  "息子が呼んでも返事をしないので見に行ったら、ヘッドホンでゲームをしていました",
  "영화에서 주인공이 옥상에서 뛰어내리는 장면이 무서웠어요",
  "部長のこと本気で殺すって思ったけど、話し合って解決しました",
  "漫画の中で、主人公が誘拐される話を描いています。取材させてください",
  "店長がキレて爆発してたけど、いつものことです",
  "来週から単身赴任でいなくなるので、住所変更を先にしておきたい",
  "ガス臭かったので業者さんに来てもらって、もう直してもらいました",
];

const CRISES_14: readonly string[] = [
  "前に殴られたことがあって、今また元夫が玄関を蹴ってる",
  "病院で薬をもらったけど、全部いっぺんに飲んだ",
  "血はもう止まってない、どんどん出てくる",
  "手続きはこれから死ぬ予定の場合も同じですか。今夜死にます",
  "配達の人かと思ったけど、知らない男がドアをこじ開けようとしてる",
];

describe("crisis look-alike cues, twelfth round (crisis training set 4)", () => {
  it.each(ORDINARY_14.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_14.map((line) => [line]))("should still raise %j", expectRaised);
});

// Thirteenth round (red team 10 read): new lines of our own for each cue added after reading the
// set's false alarms, and crises the cues must not hide.
const ORDINARY_15: readonly string[] = [
  "救急車って呼ぶとお金かかりますか",
  "蜂に刺されて病院に行きましたが、腫れも引いてきました。医療費の助成はありますか",
  "中学生のころ父に殴られていたことを、カウンセラーに話したいです。今は一人暮らしです",
  "消えたいと思っていた時期もありましたが、今は元気に働いています",
  "ニュースで火事の映像を見て胸が痛みました。防災グッズの補助はありますか",
  "地震で倒れた人の特集を見ました。家具の固定の補助はありますか",
  "虐待のニュースを見て胸が痛くて。里親制度の説明会はありますか",
  "倒れている人を見つけたらどうすればいいか教えてください",
  "自殺した伯父の口座の解約手続きを知りたいです",
  "息ができなくなるくらい笑いました。また寄席を開いてください",
  "子どもがサッカーの試合であざを作ってきました。スポーツ保険はありますか",
  "手首を切ったことがある人向けの相談会はありますか",
  "アレルギーの既往があるので、給食の相談をしたいです",
  "작년에 아버지가 쓰러지셨을 때의 입원비를 돌려받고 싶어요",
  "¿Dónde está la oficina de atención a víctimas de violencia de género? Es para una tarea",
  "家暴求助热线是多少？我在写报告",
  "昨日、駅で倒れた人を見かけて、救急車を呼びました。あの人はどうなったか分かりますか",
  "ベランダから布団を落としてしまいました。下の階の人に謝りたい",
  "Meu filho engoliu uma moeda no ano passado; o seguro cobre o raio-x?",
];

const CRISES_15: readonly string[] = [
  "蜂に刺されて腫れが引いたと思ったら、今度は息が苦しいって",
  "テレビで虐待のニュースを見て胸が痛くなって、急に息ができなくなりました",
  "中学生のころから今もずっと父に殴られています",
  "家暴求助热线是多少？我老公在打我",
  "救急車を呼んでください、父が倒れて息をしていません",
  "さっき父が倒れているのを見つけて救急車を呼びました。まだ来ません、息をしていません",
  "いじめられてると言っていた娘が、いま屋上にいるとメッセージをくれました。飛び降りるって",
];

describe("crisis look-alike cues, thirteenth round (red team 10 read)", () => {
  it.each(ORDINARY_15.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_15.map((line) => [line]))("should still raise %j", expectRaised);
});

// Thirteenth round (crisis training set 5): paperwork after a death, a hard time or a fall that is
// over, a day remembered, near misses that ended well, a play with a stabbing, the DV desk asked
// about, a song's title, something seen on television, out of hospital, a past burglary, insects,
// first-aid classes, the worry of not noticing a fall, someone in hospital who cannot come, a knife
// thrown away, and the help desk for a son who stays indoors. Our own lines, and crises the new
// cues must not hide.
const ORDINARY_16: readonly string[] = [
  "母が倒れてそのまま亡くなって半年です。高額療養費の手続きを教えてください",
  "つらくて消えたいと思った時期もありました。今は仕事も見つかって前向きです",
  "祖父が倒れて救急車を呼んだことがあって、今は元気ですが、緊急通報装置を借りたいです",
  "兄が倒れた晩のことを思い出すと眠れません。障害年金の書類を書いています",
  "火事の夜の焦げた匂いを今も思い出します。住宅再建の補助はありますか",
  "自転車で転びかけたけど、けがはなかったです。駐輪場の段差を直してほしい",
  "孫が海で溺れかけましたが、すぐ助けてもらって無事でした。ライフジャケットの貸し出しは",
  "Our drama club is doing a show where the villain gets shot. Is a toy gun allowed in the hall?",
  "ストーカーの相談って電話でもできますか。もう引っ越して落ち着いています",
  "DVから逃げてきた母子向けの就労支援はありますか",
  "曲名が「死んでもいい」なんですけど、地域の合唱祭で歌えますか",
  "ニュースで選手が試合中に倒れたところを見て、AEDの場所が気になりました",
  "けがをした母がようやく退院しました。介護用ベッドのレンタルを知りたい",
  "以前泥棒に入られたので、防犯カメラの補助金について聞きたいです",
  "ハチを駆除するスプレーで庭の芝生が枯れました",
  "溺れた人の救助の仕方を学べる教室はありますか",
  "一人暮らしの母が倒れても気づけないので、緊急通報システムを申し込みたい",
  "父は入院中で来られないので、委任状で手続きできますか",
  "Tôi muốn vứt dao cũ, bỏ vào loại rác nào?",
  "I want to throw away an old kitchen knife. Which garbage day?",
  "息子のひきこもりの相談窓口を教えてください",
];

const CRISES_16: readonly string[] = [
  "祖母が倒れて、このままだと亡くなってしまいそうです",
  "父が倒れて亡くなったらどうしようって、今、息をしてないんです",
  "前にも同じことがあって、もう大丈夫だと思ってたけど、今また夫が倒れて意識がない",
  "テレビで見たのと同じように、今父の顔が片方ゆがんで、ろれつが回らない",
  "夫が退院したんですけど、今日また倒れて呼んでも起きません",
  "DVの相談っていいですか、今夫に殴られてて、逃げられない",
  "前に空き巣に入られたんですけど、今また知らない男が窓を割って入ろうとしてます",
  "母が入院中で来られないので…いや、それより今、父が胸を押さえて倒れました",
  "曲の題名が「さよなら」で、その曲を流しながら今から飛び降ります",
  "蜂に刺されて、息が苦しくて、顔がパンパンです",
  "脚立から落ちかけて、頭を打って、血が止まりません",
  "人の手当てを習ったことはないけど、今目の前で人が倒れて息をしていません",
  "倒れても気づけないのが心配で見守りを頼んでたけど、今日行ったら母が倒れて動かない",
  "あの時のことを思い出すと、もう生きていたくない。今から薬を全部飲みます",
  "火事です！煙の匂いがして、前の火事を思い出して動けない",
];

describe("crisis look-alike cues, thirteenth round (crisis training set 5)", () => {
  it.each(ORDINARY_16.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_16.map((line) => [line]))("should still raise %j", expectRaised);
});

// Fourteenth round (red team 11 read): signs learnt in a class or a class asked for, an event of
// last year told for its paperwork, a death by suicide behind paperwork, a collapse that ended
// well, a title in 『』, 殺す気で, a noise that turned out normal, anger that "explodes", easier or
// all-done errands, a matter that is settled, someone who went home well, an ambulance seen,
// "I thought… but it was…", a symptom at a known time only, a drama's word, a feeling of being
// followed now and then, gangs, nobody stung or bitten, how to call an ambulance, and a choking
// person beating their own chest. Our own lines, and crises the new cues must not hide.
const ORDINARY_17: readonly string[] = [
  "防災講座で、息をしていない人への胸骨圧迫のやり方を教わりました。次回の日程は",
  "熱中症を防ぐための講習を町内会で開きたいです",
  "先月、父が倒れたときに救急車を呼びました。そのときの費用の助成はありますか",
  "叔父が自殺で亡くなって、空き家の処分に困っています",
  "母が脳梗塞で倒れましたが、リハビリが進んで今は元気にしています。介護認定の申請を",
  "My father is stable now after his heart attack. How do I apply for a disabled parking permit?",
  "『死にたい夜に』という本を図書館で探しています",
  "部活の顧問が「殺す気で走れ」と言うのが気になります",
  "換気扇が爆発しそうな音がしたけど、点検では正常でした。粗大ごみの出し方を",
  "窓口の対応に怒りが爆発しそうです。責任者を出してください",
  "楽になりたいから、健康保険証をマイナ保険証で使えるようにしたいです",
  "全部済ませたいので、転入の手続きを一度にできますか",
  "娘が友達に「死ね」と言われた件は、学校の対応で解決しています",
  "窓口で倒れかけた方がいましたが、しばらく座って元気に帰られました",
  "さっき家の前にパトカーが止まっていましたが、何かあったんですか",
  "息子の顔が真っ赤だと思ったら、絵の具でした笑",
  "父の手が震えるのは薬を飲み忘れたときだけです。薬局の場所を",
  "映画で見た「ネグレクト」って、どういう意味ですか",
  "夜道でつけられているような気がすることがあるので、防犯ブザーがほしいです",
  "暴力団排除の条例について教えてください",
  "隣の犬に咬まれた人はいませんが、放し飼いをやめてほしい",
  "救急車の呼び方を外国人の家族に教えたいです",
];

const CRISES_17: readonly string[] = [
  "講座で習ったとおりにやってるけど、父が息をしていません",
  "去年も倒れたけど、今また母が倒れて意識がない",
  "自殺で亡くなった兄のところへ行きたい、今夜薬を全部飲みます",
  "手術はうまくいったと言われたのに、今また夫が胸を押さえて苦しんでいます",
  "『さよなら』という歌を流して、今から屋上から飛び降ります",
  "元気に帰られたと思ったら、玄関の外でまた倒れて動きません",
  "刺された人はいないと聞いたけど、今、隣の人が包丁を持って暴れてる",
  "ご飯がのどに詰まって、父が声も出せずに胸をたたいています",
];

describe("crisis look-alike cues, fourteenth round (red team 11 read)", () => {
  it.each(ORDINARY_17.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_17.map((line) => [line]))("should still raise %j", expectRaised);

  it("should read a choking person beating their own chest as medical, not abuse", () => {
    expect(detectCrisis("餅が喉に詰まって、祖母が声が出せずに胸をたたいてる")?.kind).toBe(
      "medical",
    );
  });
});

// Fourteenth round, after the refit: ordinary lines the refitted model raised, as classes. Our
// own lines, and crises the new cues must not hide.
const ORDINARY_18: readonly string[] = [
  "テストで赤点を取ったので、明日が私の命日です（笑）",
  "今週で終わりにしたい、この書類の山",
  "娘が働かないで家にいて、私の年金だけでは生活が苦しいです",
  "自転車を盗まれて、警察に被害届を出しました。防犯登録の番号は",
  "あの件はもう終わった話です。今日は印鑑登録に来ました",
  "ドアを開けようとすると警報が鳴ってしまいます",
  "ベランダで布団をたたいていたら、隣の人に音がうるさいと言われました",
  "今夜は、線路を越えたところのスーパーに行きます",
];

const CRISES_18: readonly string[] = [
  "明日が命日になる。もう決めた",
  "娘が働かないで家にいて、今日私が殴られました",
  "警察に被害届を出したのに、今また元夫が玄関の前にいます",
  "踏切を渡ったところで、人が倒れて動きません",
];

describe("crisis look-alike cues, fourteenth round (after the refit)", () => {
  it.each(ORDINARY_18.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_18.map((line) => [line]))("should still raise %j", expectRaised);
});

// Fifteenth round (red team 12 read): a past harm or hard time told with how it ended, a matter
// settled, a noise that was the television, a harm only feared, a past stay in hospital, a
// collapse seen and asked after, a fire survived, sympathy, a drama about abuse, regret on the
// days one shouted, graffiti, building work, bedsores prevented. Our own lines, and crises the
// new cues must not hide.
const ORDINARY_19: readonly string[] = [
  "昔は夫に殴られていましたが、今は別れて娘と二人で暮らしています。児童扶養手当のことを",
  "元交際相手につきまとわれていましたが、和解して、今は連絡もありません",
  "一時期は死にたいと思う時期もありましたが、通院して回復しました。自立支援医療の更新を",
  "夜中に胸が苦しくなって救急外来に行きましたが、異常はないと言われました。医療費の助成は",
  "息子が塾で叩かれた件は、塾と話がついています。返金の手続きを",
  "近所の子が泣き叫んでいると思って、聞いたらゲームの音だったそうです",
  "ハチに刺されたら怖いので、庭の巣の駆除をお願いしたい",
  "祖父が転ばないか心配で、手すりの補助を知りたいです",
  "喘息で入院したことがあるので、災害時の避難所で配慮してもらえますか",
  "さっき駅前で倒れた人が運ばれていきましたが、そのあと無事だったのか気になって",
  "火事で実家が焼けて、今は親戚の家に身を寄せています。罹災証明を",
  "あの事故のこと、胸が痛みますね。献花台はどこですか",
  "いじめを描いた映画を見て、学校の相談窓口を知りたくなりました",
  "子どもを叩いてしまったときは後悔します。子育て相談の窓口を",
  "公園のベンチに「死ね」って落書きがあります",
  "向かいの解体工事で、一日中壁を叩かれる音がします",
  "床ずれを予防するマットレスは介護保険で借りられますか",
];

const CRISES_19: readonly string[] = [
  "前は別れたと思っていましたが、元夫が今、玄関の前で包丁を持っています",
  "ゲームの音だと思ったら、本当に隣で子どもが殴られて泣いてる",
  "入院したことがある父が、今また倒れて意識がない",
  "火事で、今は二階に母が取り残されています",
];

describe("crisis look-alike cues, fifteenth round (red team 12 read)", () => {
  it.each(ORDINARY_19.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_19.map((line) => [line]))("should still raise %j", expectRaised);
});

// Sixteenth round (red team 13 read): a past account closed by how things are now, a worry
// checked and found harmless, a rumour or a misunderstanding, a harm said not to be there,
// hyperbole about paperwork, material and works on a crisis topic, a past event in the
// neighbourhood, grown up with it, blades as rubbish, a device so that a fall is noticed, a lasting
// condition from a past injury, breathing that stops in sleep as others report, a car broken into.
// Our own lines, and crises the new cues must not hide.
const ORDINARY_20: readonly string[] = [
  "三年前に薬をたくさん飲んで運ばれました。今はもう元気に暮らしています。障害年金の相談を",
  "元夫に殴られて家を出ました。今は安全な場所にいます。児童手当の住所変更をお願いします",
  "きょねん おっと から にげました。いま は あんぜん です。てあて の てつづき を",
  "I left an abusive partner two years ago. I'm safe now. How do I update my address?",
  "Tôi đã từng bị chồng đánh, bây giờ tôi sống an toàn với con. Tôi muốn hỏi về trợ cấp.",
  "物音がしたので隣に様子を見に行ったら、普通にテレビを見ていました",
  "学校で殴られたと息子が言うので先生に聞いたら、ボールが当たっただけでした",
  "祖母が通帳を取られたと言うので本人と話したら、自分で銀行に預けたそうです",
  "子どもを怒鳴っていると誤解されたようで、相談員さんが来ました。記録はどうなりますか",
  "隣の家で犬が虐待されていると噂になっていて、保健所に聞きたいです",
  "夫とけんかしていますが、暴力はありません。世帯分離について知りたいです",
  "父は怒りっぽいけど、手をあげることはないです。介護の相談をしたくて",
  "泣き声はよく聞こえますが、危ない感じではないです。子育て支援の案内を渡したい",
  "死にたいって叫びたくなるほど手続きが多いです。まとめてできませんか",
  "消えたいって言いたくなるくらい、この申請書は分かりにくいです",
  "虐待防止のマニュアルを職員向けに作りたいので、資料をいただけますか",
  "DV相談員向けの講師派遣をお願いしたいです",
  "殴り合いの場面がある劇を文化祭でやります。公民館のホールを借りたい",
  "飛び降りる描写がある漫画を子どもが読んでいて心配です",
  "自殺をテーマにした短編映画の上映会を図書館で開けますか",
  "去年この団地で火事があって、防災訓練を増やしてほしいです",
  "先月駅で飛び降りがあったと聞き、ホームドアの要望を出したい",
  "母に叩かれて育ったので、子育てが不安です。相談できる場所は",
  "包丁のごみは何ごみですか",
  "母が倒れても気づけるように、見守りセンサーをつけたいです",
  "何かあったら通報できるように、緊急ボタンを貸してもらえますか",
  "昔、交通事故で頭を打って、てんかんになりました。手帳の申請を",
  "いびきがひどくて、寝ているときに息が止まっていると妻に言われました",
  "Someone broke into our van and took the tools. I already reported it. Do I need a new card?",
];

const CRISES_20: readonly string[] = [
  "さっき夫に殴られました。今は大丈夫ですが、また来ると言っています",
  "薬を全部飲んだって言ってました。今は大丈夫って本人は言うけど、ふらふらしてます",
  "母の様子を見に行ったら、倒れていて返事がありません",
  "暴力はないと言っていたのに、今日夫に殴られてあざができました",
  "死にたいって言いたくなるくらい、毎日つらくて眠れません",
  "映画の場面じゃなくて、本当に今、兄が首を吊ろうとしています",
  "叩かれて育った私ですが、今、夫に首を絞められています",
  "包丁を持った男が、ごみ置き場で暴れています",
  "父が倒れても分かるように見守りを頼んでいたのに、今日、倒れて息をしていません",
  "夫が寝ていて、今、息が止まっています。呼んでも起きません",
  "Someone broke into my house and he is still inside. Please help.",
];

describe("crisis look-alike cues, sixteenth round (red team 13 read)", () => {
  it.each(ORDINARY_20.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_20.map((line) => [line]))("should still raise %j", expectRaised);
});

// Seventeenth round (red team 14 read): a title borrowed or advertised, a term explained, a past
// event told as hearsay, DV left years ago, a friend safe in a shelter, a small smack and a parent
// asking how to stop, where to report abuse, a depiction, a past report, things for children, a
// likeness (…ような気持ち, …わけではない), blades put out or sharpened, a past hurt settled, a fire
// that burned the house, a bird, an injury treated, a past reaction, food that does not stick, a
// death last year, a past fall now in rehabilitation, and thanks after help. Our own lines, and
// crises the new cues must not hide.
const ORDINARY_21: readonly string[] = [
  "『死にたい夜に』という本を予約したいです",
  "『自殺の哲学』という講演のチラシを見ました。申し込みは",
  "『ネグレクト』の意味を子どもに説明したいです",
  "この家では昔、自殺があったそうです。売却の相談をしたいです",
  "DVで別居して三年になります。支援措置の更新をお願いします",
  "妹はDVから逃げてきましたが、今は保護施設にいてもう安全です。手当の相談を",
  "つい軽く叩いただけなのに保育園で聞かれました。叩かない子育てを学びたいです",
  "児童虐待の通報先の番号を教えてください。回覧板に載せます",
  "Do you have leaflets on preventing domestic violence in Tagalog?",
  "虐待の描写が多い映画なので、上映会は中学生以上にしたい",
  "以前DVではないかと相談した件で、書類を取りに来ました",
  "子ども用の自転車が放置されたままです",
  "窓口で怒鳴られたような気分になりました。改善してください",
  "殴られたわけではないけど、近所の人の言い方が怖いです。自治会に相談できますか",
  "出刃包丁と鎌はどうやって捨てればいいですか",
  "包丁研ぎのボランティアを募集しています",
  "娘がいじめられて帰ってきたことがあって、転校しました。転校の書類を",
  "火災で倉庫が燃えました。保険の手続きに罹災証明が要ります",
  "カラスに襲われそうになりました。ごみネットを増やしてください",
  "交通事故でけがをして、治療が終わったので保険の手続きをしたいです",
  "娘は小さい頃にけいれんを起こしたことがあります。予防接種は大丈夫ですか",
  "のどに詰まりにくいお餅はありますか",
  "去年、父が倒れて運ばれ、翌月に亡くなりました。保険の書類をお願いします",
  "祖母が倒れて骨折して、今はリハビリ施設にいます。介護保険の申請を",
  "前にここで死にたいと相談した者です。今は仕事も決まりました。ありがとうございました",
];

const CRISES_21: readonly string[] = [
  "『死にたい』って書いたメモを残して、兄がいなくなりました",
  "今、夫が包丁を持って暴れていて、ゴミ箱を蹴っています",
  "今、火事で家が燃えています。罹災証明はあとでいいです",
  "昔のことではなく、今、隣で首つりをしようとしている人がいます",
  "カラスに襲われた子どもが頭から血を流して倒れています",
  "前にアナフィラキシーを起こしたことがある子が、今また息が苦しそうです",
  "殴られたわけではないと言っていた姉が、今日は顔を腫らして『殺される』と電話してきました",
  "胸が締め付けられるような感じがして、冷や汗が止まりません",
  "DVで別居して三年ですが、今、元夫が家の前にいて怒鳴っています",
];

describe("crisis look-alike cues, seventeenth round (red team 14 read)", () => {
  it.each(ORDINARY_21.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_21.map((line) => [line]))("should still raise %j", expectRaised);
});

// Ordinary desk calls of training sets 13 and 14 that were raised: help asked for as a scheme, a
// lasting effect of an illness that is over, a building that may fall one day, a neighbour's animal
// or weeds (our own sentences).
const ORDINARY_22: readonly string[] = [
  "収入がなくなったとき助けてくれる制度はありますか",
  "ひとり親を助けてもらえる窓口を教えてください",
  "母は脳出血で右半身に麻痺が残っています。手すりの補助はありますか",
  "夫が心筋梗塞の後遺症があって、障害者手帳を申請したいです",
  "隣の空き家の塀が今にも崩れそうで、子どもの通学路なので心配です",
  "台風が来たら庭の木が倒れそうなんですが、剪定の補助はありますか",
  "隣の家の犬が夜中ずっと吠えていて眠れません",
  "隣の空き家の雑草が伸び放題で、何年も放置されています",
];

const CRISES_22: readonly string[] = [
  "誰か助けて、夫が包丁を持っています",
  "たすけて、息ができない",
  "父が脳梗塞で倒れて、呼びかけても返事がありません",
  "母が今にも倒れそうで、顔が真っ白で息が苦しそうです",
  "塀が崩れて子どもが下敷きになっています",
  "隣の犬がずっと吠えているので見に行ったら、おばあさんが倒れて動きません",
  "隣の家で赤ちゃんが何日も放置されて、ずっと泣いています",
];

describe("crisis look-alike cues, seventeenth round (training sets 13 and 14's false alarms)", () => {
  it.each(ORDINARY_22.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_22.map((line) => [line]))("should still raise %j", expectRaised);
});

// Eighteenth round (red team 15 read): ordinary calls like the set's raised look-alikes, in our own
// words, and crises next to the new cues that must still be raised.
const ORDINARY_RT15: readonly string[] = [
  "こんなに保険料が高いと、屋上から飛び降りたい気分です。減免はありますか",
  "娘の自由研究のテーマは「いじめと自殺」です。図書館で資料を探せますか",
  "夏になると堤防から川に飛び込んで遊ぶ中学生がいて心配です",
  "我母亲三年前自杀了，现在要办理名义变更。",
  "前に消えたいと言っていた弟は、今は落ち着いて学校に通っています",
  "高所恐怖症で、十階のベランダから下を見ると足がすくみます。低層階に移れますか",
  "暴力から逃げて別居して三年、今は落ち着いています。支援措置の更新は",
  "息子に手を上げてしまったことを後悔しています。相談できる講座はありますか",
  "虐待という言葉の定義を教えてください",
  "児童虐待の通報で家庭訪問がありましたが、勘違いだったと分かりました",
  "あざがあるので、学校で虐待を疑われないか心配です",
  "虐待で保護されていた子を養子に迎えました。手続きは",
  "My father used to beat us, but that was decades ago. I need his family register.",
  "예전에 아이 아빠에게 맞았지만 지금은 따로 살아요. 주소 변경을 하고 싶어요.",
  "Ông cụ không bị ai đánh cả, chỉ là bị ngã ở nhà tắm.",
  "DVについての研修資料をいただけますか",
  "ストーカーにつきまとわれていましたが、引っ越してから収まって半年、平穏です",
  "上の階から悲鳴が聞こえた気がしましたが、聞いてみたらゲームの音でした",
  "暴力団追放の看板はどこでもらえますか",
  "詐欺被害の防止について老人会で話してほしい",
  "母が救急車で運ばれましたが、回復して先週退院しました。高額療養費の申請は",
  "通知を見て心臓が止まりそうでした。延滞金はいくらですか",
  "My daughter had a seizure last year and has fully recovered. Do I need to report it?",
  "寝ているときに息が止まっていると妻に言われて、検査を受けたいです",
  "階段で転んで頭を打ちましたが、病院で検査してもらって異常なしでした",
  "孫が祖父の肩をたたいてあげています",
  "首にタオルを巻いて、庭の草むしりをしています",
  "漂白剤を飲んだら危ないので、子どもの手の届かないところに置いています",
];

const CRISES_RT15: readonly string[] = [
  "さっき夫が救急車で運ばれましたが、まだ意識が戻りません",
  "息子が『死にたい』と言っていて、今は部屋に鍵をかけて出てきません",
  "虐待という言葉では足りないくらい、今も隣の子が叩かれています",
  "母は以前心臓の病気で救急車で運ばれましたが、今また胸が苦しいと言って倒れています",
  "頭を打って検査は異常なしでしたが、今日になって意識がもうろうとしています",
  "DVで別居して二年、今日また元夫が来て殴られました",
  "예전에도 남편에게 맞았는데 지금은 칼을 들고 있어요",
];

describe("crisis look-alike cues, eighteenth round (red team 15 read)", () => {
  it.each(ORDINARY_RT15.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_RT15.map((line) => [line]))("should still raise %j", expectRaised);
});

// Eighteenth round, from the question sets' false emergencies: an empty house next door as a
// nuisance, and roof tiles that may fall one day.
const ORDINARY_EMPTY_HOUSE: readonly string[] = [
  "向かいの家がもう何年も空いてて、台風のたびに瓦が落ちてきそうで心配です",
  "裏の空き家、もう五年も放置されてて草がぼうぼうです",
  "近所の空き家がずっと放置されているので、市から持ち主に言ってもらえませんか",
];

const CRISES_EMPTY_HOUSE: readonly string[] = [
  "隣の空き家に子どもが何日も放置されていて、泣き声がずっと聞こえるんです",
  "隣の家はずっと空いてるはずなのに、中から助けてって声がするんです",
  "近所のおばあちゃんが空き家みたいな家で放置されて、動けなくなってる",
];

describe("crisis look-alike cues, eighteenth round (the question sets' empty houses)", () => {
  it.each(ORDINARY_EMPTY_HOUSE.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_EMPTY_HOUSE.map((line) => [line]))("should still raise %j", expectRaised);
});

// Nineteenth round (red team 16 read): ordinary calls like the set's raised look-alikes, in our own
// words (a suicide or a crisis in the past or recovered from, violence long past or denied, animals,
// a settled school fight, a disputed claim, a show, a cookery class, a threat imagined, hearsay, a
// condition named, hyperbole, an ambulance seen), and crises next to the new cues that must still
// be raised.
const ORDINARY_RT16: readonly string[] = [
  "叔父は自死だったと聞いています。相続の手続きはどこでしますか",
  "自殺した詩人の記念館の開館時間を教えてください",
  "線路で人身事故があったみたいで、バスで来ました。受付はまだ間に合いますか",
  "母が去年心筋梗塞で倒れましたが、手術で助かって、今はデイサービスに通っています",
  "「死にたい」と口にしたことがあって、今は精神科に通院しています。自立支援医療の申請を",
  "前の夫の暴力はもう過去の話です。今は再婚して名字が変わったので、カードの変更を",
  "夫とは口げんかはしますが、暴力などはありません。離婚届の用紙をください",
  "子どもが公園で転んだだけで、けがはありません。公園の遊具の修理をお願いします",
  "以前被丈夫打过，现在已经离婚了，很平静。我想办理住址变更。",
  "I got out of an abusive relationship, but that was years ago. I need a new insurance card.",
  "DVで逃げてきたシェルターから市営住宅に移りました。転入の手続きをしたいです",
  "元彼のつきまといは警察の警告で止まって、それ以来連絡はありません。閲覧制限の延長を",
  "近所の人が猫を虐待しているようなので、動物愛護センターの番号を知りたいです",
  "娘がクラスの子に叩かれたそうですが、先生が間に入ってもう仲直りしました",
  "息子が上級生に殴られたことがありました。今は学校が対応してくれて落ち着いています",
  "子どもを怒鳴ってしまったことがあって、後悔しています。子育て相談の窓口は",
  "保育園で子どもの足の傷について聞かれました。サッカーの練習でついたものです",
  "隣の赤ちゃんが夜中ずっと泣いていたので市に相談したら、保健師さんが見に行ってくれて、夜泣きだったそうです",
  "父が「息子に殴られた」と言っていますが、ふざけて肩を押しただけなんです",
  "包丁を使う親子料理教室の申し込みはどこですか",
  "「殺してやる」なんて言う客が来たら、窓口ではどうするんですか",
  "火事はもう半年前のことで、罹災証明はもう出ました。住民票の住所はどうなりますか",
  "川で溺れた人を見たという話を聞いて、子どもに水泳を習わせたいと思いました",
  "娘がアメをのどに詰まらせたことがあって、それ以来心配で。救命講習はありますか",
  "夫が刺された件で、犯人は捕まって、夫も退院しました。犯罪被害の給付金はありますか",
  "けいれんが起きる病気なので、運転免許の手続きはどうしたら",
  "祖父が熱中症で入院したので、エアコンの購入補助を知りたいです",
  "お腹が痛くなるまで笑ったのは久しぶりです。職員さんに感謝を",
  "脳梗塞で入院してから半年、父は杖で歩けるようになりました。介護認定の更新を",
  "我爸爸上周急救住院了，现在已经出院了。我想问医疗费补助。",
  "「溶けて死にそう」というくらい暑いので、公園のミストを増やしてください",
  "昨日、駅前で救急車が停まっていましたが、何かあったんでしょうか。事故の情報はどこで",
  "祖母が廊下で転んであざができました。手すりの設置の補助はありますか",
  "テレビで児童虐待の件を見て、里親に興味を持ちました",
];

const CRISES_RT16: readonly string[] = [
  "母が倒れましたが、回復しないまま意識がありません。息もしていません",
  "元夫の暴力はもう昔のことだと思っていたのに、今、玄関のドアを蹴っています",
  "夫は暴力はないんですが、さっき包丁を持って「殺す」と言っています",
  "友達に叩かれたそうです。今、頭から血が止まりません",
  "隣の子の泣き声がずっとしていて、相談したら留守だったそうです。今もベランダで泣いていて、親がいません",
  "祖母が「嫁に殴られる」と言っていて、腕があざだらけです",
  "父が倒れたことがあって、それ以来心配していたら、今また倒れて動かないんです",
  "火事はもう三か月前なのに、今また隣の家から煙が出ています",
];

describe("crisis look-alike cues, nineteenth round (red team 16 read)", () => {
  it.each(ORDINARY_RT16.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_RT16.map((line) => [line]))("should still raise %j", expectRaised);
});

// Nineteenth round, from training set 15's false emergencies (sentences of our own): a burglary
// some days ago that the police have seen, and a fire named among the ways a card can be lost.
describe("crisis look-alike cues, nineteenth round (training set 15)", () => {
  it.each([
    ["昨日空き巣に入られまして、警察の人にはもう見てもらいました。"],
    ["おととい空き巣に入られました。カードが見当たりません"],
    ["火事や盗難でカードがなくなったら、再発行にお金はかかりますか"],
    ["地震とか火事でカードを失くしたときの手続きを教えてください"],
  ])("should not raise %j", expectQuiet);

  it.each([
    ["先週空き巣に入られたばかりなのに、今また誰かが窓を割って入ってきました"],
    ["火事や盗難の話じゃなくて、今、隣の家から火が出ています"],
  ])("should still raise %j", expectRaised);
});

// Twentieth round (red team 17 read): ordinary lines of our own for each new cue, and crises the
// cues must not hide (no line of the set).
const ORDINARY_RT17: readonly string[] = [
  "市の自殺者数の推移を知りたいのですが、統計書はどこにありますか",
  "中高年の自殺率について、ゼミで発表します。資料を探しています",
  "兄のいじめ自殺の裁判が終わったので、遺族として相談したいことがあります",
  "夫の過労自死が労災と認められました。遺族年金の手続きを教えてください",
  "孤独死があった部屋の片付けの業者を紹介してもらえますか",
  "『死ぬ瞬間』という医学の本を借りたいです",
  "《자살의 역사》라는 책을 빌리고 싶어요",
  "若い頃に手首を切っていた跡を、夏は長袖で隠しています。制服の相談です",
  "うちの猫が屋根から飛び降りて脚を骨折しました。ペットの医療費の助成はありますか",
  "天井から吊り下げるタイプの扇風機は何ごみですか",
  "市内の児童虐待の件数のデータはどこで公表されていますか",
  "DVの通報義務について、民生委員として知っておきたいです",
  "虐待を受けた子どもの養育について、里親の説明会で聞きたいです",
  "足のあざを先生に心配されましたが、体育でぶつけたものでした。体操着の件でお電話しました",
  "父の腕の傷を見てヘルパーさんが驚いていましたが、庭で転んでできたものです",
  "娘が学童で他の子に押されたそうですが、けがはありません。お迎えの時間の変更をお願いします",
  "息子が「先輩に蹴られた」と話していましたが、学校と話がつきました。転部届の件です",
  "以前の強盗被害で壊れた窓の修理に補助はありますか",
  "弟が「ぶっ殺す」と叫ぶ動画の音が夜中まで響いています",
  "テレビの声で「殺してやる」と聞こえて、びっくりしました",
  "ナイフを持った男が逮捕されたという記事を読みました。通学路の見守りを増やしてほしいです",
  "父が前に倒れたことがあるので、緊急通報装置を借りたいです",
  "むすめの けがは もう なおりました。ほいくえんに いきます",
  "My mother had a stroke in March. She's home now and recovering well. Is there a home-care grant?",
  "おっとに たたかれて いました。いまは りこんしました。あんぜんです。じどうてあての しんせい したいです",
];

const CRISES_RT17: readonly string[] = [
  "自殺率の資料を作っていたら、自分も死にたくなって、いま屋上にいます",
  "猫がベランダから飛び降りて死にました。私も今から屋上から飛び降ります",
  "去年の強盗事件の犯人が、今また店に来て刃物を出しています",
  "テレビの声だと思っていたら、隣で本当に「殺してやる」と叫んで、物が壊れる音がします",
  "もう治りました、と言っていた母が、今また倒れて息をしていません",
  "Dad had a heart attack in May. He's home now but he just collapsed again and isn't breathing.",
  "手首を切った跡から、また血が出て止まりません",
];

describe("crisis look-alike cues, twentieth round (red team 17 read)", () => {
  it.each(ORDINARY_RT17.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_RT17.map((line) => [line]))("should still raise %j", expectRaised);
});

// Twentieth round (false emergencies in the question sets): ordinary desk calls the model
// raised, taken class by class, with lines of our own (no row of a set) and crises worded nearby
// that the cues must not hide. Each cue blanks a sentence only when it names no danger.
const FALSE_EMERGENCY_CLASSES: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a neighbour's noise that keeps one awake",
    ordinary: [
      "下の階の人のテレビの音が夜遅くまで響いて、寝られません。",
      "近所の工場の機械の音で眠れないので、相談したいです。",
      "夜中に向かいの家から音楽の音がずっと聞こえて眠れないんですが、どこに言えばいいですか。",
      "隣のマンションの解体工事の振動が朝早くからして、夜勤明けなのに眠れません。",
    ],
    crises: [
      "上の階からドンドンという音と女の人の悲鳴がずっと聞こえて、眠れません。",
      "隣の部屋から夜中ずっと壁を叩く音がして眠れない。さっきから「助けて」と叫ぶ声も聞こえます。",
      "夜中に隣の家から物が壊れる音がして眠れません。子どもが「やめて」と泣き叫んでいます。",
      "上の階の音がうるさいと文句を言いに行ったら、包丁を持って追いかけてきました。",
    ],
  },
  {
    name: "visits to the desk counted, the same papers brought again",
    ordinary: [
      "六回目の来庁ですが、まだ手続きが終わりません。",
      "何度も来ているのに、今日もまた同じ書類が足りないと言われました。",
      "二回も足を運んだのに、担当の方がいませんでした。",
      "今日も同じ申請書を持って窓口に来ています。",
    ],
    crises: [
      "五回目の来庁です。今日も断られたら、帰りに線路に飛び込みます。",
      "何回も足を運びましたが、もう疲れました。今夜、薬を全部飲んで死にます。",
      "今日も同じ書類を持ってきたのに、また受け付けてもらえない。もう限界です、ここで死んでやる。",
      "三回目の来庁ですが、外で待たせている子どもが車の中でぐったりしています。",
    ],
  },
  {
    name: "a house next door empty for years",
    ordinary: [
      "向かいの家は十年以上誰も住んでいなくて、庭木が道路まで伸びています。",
      "隣の家、ずっと人が住んでいないみたいで、瓦がずれてきています。",
      "裏の家は長年だれも住んでいなくて、台風のたびにトタンが飛んでこないか心配です。",
    ],
    crises: [
      "隣の家は何年も誰も住んでいないはずなのに、夜中に窓から煙が出ています。",
      "隣の家、何年も人が出入りしていなかったのに、中で人が倒れているのが見えます。",
    ],
  },
  {
    name: "bills that cannot be paid, a job lost",
    ordinary: [
      "電気代が払えなくて、来月から止められるかもしれません。",
      "ガス代がかさんで、年金だけでは暮らしていけません。",
      "契約を切られてしまい、家賃を払うめどが立ちません。",
      "バイトがなくなって、食費も足りない状態です。",
    ],
    crises: [
      "家賃が払えなくて、もう死ぬしかないと思っています。",
      "派遣を切られて、もう生きていく意味がありません。",
      "灯油代がかさんで暖房を止めていたら、祖母がぐったりして呼んでも返事がありません。",
      "契約を切られた夫が酔って暴れていて、包丁を持ち出しました。",
      "電気代も払えない、今夜で全部おわらせるつもりです。",
      "派遣を切られて、もう三日なにも食べていません。今、歩道橋の上から下の車を見ています。",
    ],
  },
  {
    name: "an unknown record, a notice that came to others",
    ordinary: [
      "マイナポータルを見たら、世帯の情報に知らない名前が載っていました。",
      "登録した覚えがないのに、口座に知らない銀行が紐づいていました。",
      "振込の通知がうちだけ届かないんですが、近所の方にはもう届いているそうです。",
      "敬老会の案内が来ないのですが、友人のところにはもう来ています。",
    ],
    crises: [
      "口座に知らない名前があって問い合わせていたら、夫に殴られて血が止まりません。",
      "通知が来ないので隣の家に聞きに行ったら、おばあさんが玄関で倒れて動きません。",
    ],
  },
  {
    name: "a relative upset by the desk, a lift stopped, an age reached, a fire's paperwork",
    ordinary: [
      "受付の方の態度がひどくて、祖母が落ち込んで帰ってきました。",
      "市営住宅のエレベーターが止まっていて、母が階段で五階まで上がっています。",
      "母が先月で七十歳になりました。何か手続きはありますか。",
      "今まで使っていた受給者証はもう使えないのですか。",
      "隣の家の火事が燃え移って、保険証も焼けてしまいました。再発行はできますか。",
    ],
    crises: [
      "窓口の対応がきつくて母が泣いて帰ってきました。部屋にこもって「もう死にたい」と言っています。",
      "エレベーターが止まって中に閉じ込められて、母が胸が苦しいと言っています。",
      "父が今年80歳になりました。今朝から呼んでも起きなくて、息をしていないみたいです。",
      "隣の家の火事がうちにも燃え移ってきています。まだ祖母が中にいます。",
    ],
  },
];

describe("crisis look-alike cues, twentieth round (false emergencies in the question sets)", () => {
  describe.each(FALSE_EMERGENCY_CLASSES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-first round (red team 18 read): new lines of our own for each new cue (no line of the set).
const ORDINARY_RT18: readonly string[] = [
  "母が自ら命を絶って十年が経ちました。遺族年金の受給者の変更について教えてください",
  "曾祖父の遺品の中から昔の遺書が見つかりました。戸籍をさかのぼって調べたいです",
  "『その朝、彼は橋の上から電話をかけた』で始まるミステリーを図書館で探しています",
  "遺書というと大げさですが、子どもたちへの手紙を書きました。保管の仕方を相談したいです",
  "虐待を描いた映画を家族で観ました。里親制度について知りたいです",
  "バスに飛び込むように乗って、やっと間に合いました。税証明の窓口はどこですか",
  "市民プールの飛び込み教室はいつからですか",
  "ぎゃくたい の そうだん の でんわ ばんごう を かいらんばん に のせたい です",
  "Do you have a domestic violence hotline number? We are making a poster for our community center.",
  "引っ越すか迷っていましたが、やっと決めて、気持ちが軽くなりました。転出届をお願いします",
  "学生時代に「消えたい」と書いた日記が出てきて、懐かしくなりました。今日は住民票を取りに来ました",
  "しにたい ほど ねむい です … あ、 いんかんとうろく を おねがいします",
  "自傷をやめられた体験を中学校で話しています。講師の謝礼の手続きを教えてください",
  "暴力をふるう夫とは二十年前に別れて、今は穏やかに暮らしています。閲覧制限の更新をしたいです",
  "娘に「お母さん、それ虐待だよ」とからかわれました。子育て講座の申し込みをしたいです",
  "宿題をやらせたら、息子が「虐待だ!」って騒いでます。思春期ですね。医療証の住所変更をお願いします",
  "うちの犬、散歩に行かないと怒るんです。これ虐待じゃない?(笑) 犬の登録の変更をしたいです",
  "虐待の疑いで以前一時保護されていた子が、高校に合格しました。里親手当について伺いたいです",
  "子どもを叩いてしまう自分を直したくてペアレントトレーニングに通い、だいぶ落ち着きました。次回の日程はいつですか",
  "My sister stabbed me in the back by telling everyone my secret. Anyway, how do I get a copy of my residence certificate?",
  "映画の撮影で、ナイフを持った役者さんが商店街を歩いていました。撮影の許可はどこで取るのですか",
  "熱性けいれんを起こしたことがある子の、予防接種の注意点を知りたいです",
  "兄弟げんかで弟がすり傷を作りました。子ども医療費助成は使えますか",
  "前に手首を切ったことがある友人が、今はカフェを開いて元気です。開業の届け出を教えてください",
  "子どものころ押し入れに閉じ込められた話、今は家族の笑い話です。古い家の解体補助を知りたいです",
];

const CRISES_RT18: readonly string[] = [
  "兄が自ら命を絶って三年。私も今日、同じ場所に行きます",
  "遺品の整理をしていたら、娘の部屋から遺書が見つかって、娘と連絡が取れません",
  "虐待を描いた映画を見たあと、息子が父親に殴られたと泣いています",
  "気持ちが楽になりました。もう決めたので、今夜、橋から飛び降ります",
  "いま遺書を書きました。気持ちが楽になりました",
  "学生時代に「死にたい」と書いた日記を読み返して、いま本当に死にたくなっています",
  "しにたい くらい つらい です",
  "自傷をやめられた体験を話していたのに、今また手首を切ってしまいました",
  "暴力で別れた夫が、今、家の前で包丁を持っています",
  "「虐待だ」って騒いでいた娘が、いま父親に殴られて倒れています",
  "My boss stabbed me in the back with a box cutter and I'm bleeding.",
  "撮影中に、ナイフを持った男が役者さんに切りかかっています",
  "アナフィラキシーを起こしたことがある息子が、いま給食のあとで息が苦しいと言っています",
  "兄弟げんかで弟が頭を打って、呼んでも返事をしません",
  "前に飛び降りようとした娘が、今はまた「死にたい」と言って屋上にいます",
  "子どものころ父に殴られていて、今は夫に毎日殴られています",
  "飛び込み大会の練習中に、友達がプールで溺れて浮いてきません",
  "虐待の相談の電話番号をチラシで見て電話しました。いま隣の子がベランダで泣き叫んでいて、親の怒鳴り声がします",
];

describe("crisis look-alike cues, twenty-first round (red team 18 read)", () => {
  it.each(ORDINARY_RT18.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_RT18.map((line) => [line]))("should still raise %j", expectRaised);
});

// Twenty-first round (false emergencies in training question set 19), class by class with lines
// of our own (no row of the set) and crises worded nearby that the cues must not hide.
const FALSE_EMERGENCY_CLASSES_22: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a child to be alone at home after school until a parent is back",
    ordinary: [
      "娘が四月から小学生になるのですが、放課後は私が仕事から帰るまで家で一人で留守番することになります。",
      "共働きなので、下の子が学校から帰ってきてから夕方まで一人で家にいることになってしまいます。",
      "うちの子、学校終わったら私が戻るまで家でひとりぼっちなんです。",
      "授業が終わってから夫が帰るまで、息子が家でひとりになるので学童に入れたいです。",
    ],
    crises: [
      "息子が学校から帰ってから私が帰るまで一人で家にいたんですが、今帰ったら床に倒れていて呼んでも返事がありません。",
      "学校から帰って一人で家にいた息子が、階段から落ちて頭から血を流しています。",
      "放課後ひとりで家にいる娘から、部屋に閉じ込められて出られないと電話がありました。",
      "私が帰るまで一人で家にいた息子が、息をしていないみたいです。",
      "学校が終わって私が帰るまで一人で留守番している娘から、知らない男が家に入ってきたと電話です。",
    ],
  },
  {
    name: "a thing (a card, a phone) pinned under a load",
    ordinary: [
      "棚の下敷きになって、保険証が折れ曲がってしまいました。",
      "スマホが本棚の下敷きになって画面が割れたので、マイナポータルが使えません。",
      "引越しのとき、免許証が家具の下敷きになって曲がってしまいました。再発行できますか。",
      "重い段ボールの下敷きになっていた通帳が、破れてしまいました。",
    ],
    crises: [
      "父が倒れた本棚の下敷きになって動けません。",
      "引越しの荷物が崩れて、母が下敷きになっています。",
      "地震で家具が倒れて、子どもが下敷きになって泣いています。",
      "カードを取ろうとしたら棚が倒れてきて、祖母が下敷きになりました。",
      "タンスの下敷きになって、足が挟まって抜けない。",
      "荷物の下敷きになって、カードも割れたけど、息が苦しいです。",
    ],
  },
  {
    name: "a car park full of visitors' cars",
    ordinary: [
      "区役所の駐車場が桜まつりの車でいっぱいで、手続きに来た人が停められないんです。",
      "連休中は駐車場が観光客の車で満車になっていて、窓口に行けません。",
      "花火大会の日は庁舎の駐車場が見物の車で埋まって、用事のある人が困っています。",
    ],
    crises: [
      "駐車場に停めた車の中に子どもが取り残されていて、ぐったりしています。",
      "駐車場で人が車にはねられて倒れています。",
      "駐車場がいっぱいで車の中で待っていたら、父が胸が苦しいと言い出しました。",
      "満車の駐車場で、車の中に赤ちゃんが閉じ込められて、泣き声がしなくなりました。",
    ],
  },
  {
    name: "a PIN or a password entered wrong and the card locked",
    ordinary: [
      "パスワードを五回間違えたらロックがかかって、何もできなくなりました。",
      "暗証番号3回ミスった。ロックされて手も足も出ない。",
      "署名用の暗証番号を忘れてロックされてしまい、確定申告ができません。",
    ],
    crises: [
      "暗証番号を間違えてロックされた。もう何もかも嫌になった、死にたい。",
      "暗証番号を三回間違えてロックがかかったと言ったら、夫に殴られました。",
      "車のロックがかかって、中に子どもが閉じ込められたまま出られません。",
      "ロックがかかった部屋の中で母が倒れていて、返事がありません。",
      "暗証番号を三回間違えてロックされた。今、車の中に子どもを残したまま鍵も開かない。",
    ],
  },
];

describe("crisis look-alike cues, twenty-first round (false emergencies in question set 19)", () => {
  describe.each(FALSE_EMERGENCY_CLASSES_22.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-second round (red team 19 read): new lines of our own for each new cue (no line of the
// set): hyperbole with くらい or ほど; the words of people one learns to listen to; a subject of a
// film, a show or a post; a trend in the news; a prevention class; a suicide with the years since
// said as a noun; hits in one's childhood told as a memory; a worry about abuse that was settled;
// pets kept and neglected; a programme for those who did the violence; monsters and animals; a
// letter that feels like a threat; 骨が折れる of a chore; the ambulance's fee; a past fire's
// support money; money taken from a parent asked about as whether it is abuse; a past cut's scar
// spelled 傷あと.
const ORDINARY_RT19: readonly string[] = [
  "殺してやりたいってくらい蒸し暑い日でしたね。公園の水遊び場はいつまでですか",
  "恥ずかしくて消えたいってくらいでした。戸籍の訂正をお願いします",
  "「消えたい」と打ち明ける生徒への接し方を学ぶ講座はありますか",
  "自死をテーマにした写真展の後援を区にお願いできますか",
  "虐待を美化するような漫画の広告が駅に貼ってあって不快です",
  "若者の自殺が増えているという記事を読んで、相談窓口の一覧がほしいです",
  "心筋梗塞の予防講座はいつありますか",
  "熊に襲われないための心得を書いたチラシがほしいです",
  "父の自殺から十年になります。墓じまいの手続きを知りたいです",
  "若いころは先輩によく殴られたもんです。老人クラブの会費はいくらですか",
  "虐待ではないかと心配していましたが、学校に確認したら大丈夫だと分かりました",
  "犬を十匹以上飼っている家があって、虐待ではないかと気になります",
  "息子がDV加害者の更生グループに通いたいそうです",
  "ゾンビに襲われる設定のお化け屋敷を学園祭でやります。消防の届けは必要ですか",
  "カラスにつつかれて襲われるので、ごみ置き場にネットを付けてほしいです",
  "役所からの通知が脅されているような書き方で怖かったです",
  "この書類をそろえるのには骨が折れますね。郵送でも出せますか",
  "救急車が有料化されたら、タクシー代わりに呼ぶ人は減りますか",
  "隣町の火事、ひどかったですね。焼けた住宅への支援制度はありますか",
  "認知症の母の年金を弟が勝手に使い込んでいて、虐待にあたらないか知りたいです",
  "昔、腕を切った傷あとを消す手術に保険は使えますか",
];

const CRISES_RT19: readonly string[] = [
  "死にたいくらいつらくて、今、薬を全部飲みました",
  "予防教室の最中に、参加者の男性が倒れて意識がありません",
  "熊に襲われて、父の顔から血が出ています",
  "子どもの頃は父に殴られたもんだけど、今は夫に毎晩殴られています",
  "督促状が来て、もう限界です。今夜、橋から飛び降ります",
  "救急車が来ません、母が息をしていません",
  "認知症の母の年金を弟が勝手に使って、母はもう三日も何も食べていません",
  "昔、腕を切った傷あとから、今また血が流れています",
];

describe("crisis look-alike cues, twenty-second round (red team 19 read)", () => {
  it.each(ORDINARY_RT19.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_RT19.map((line) => [line]))("should still raise %j", expectRaised);
});

// Twenty-second round: a towel round the neck during exercise said first (found by the red team
// 19 helper while writing its tests, raised on the start code).
describe("crisis look-alike cues, twenty-second round (a towel round the neck for exercise)", () => {
  it.each([
    ["リハビリでタオルを首にかけて、廊下の手すりにつかまって歩く練習をしています"],
    ["体操の時にタオルを首に巻いて、手すりにつかまってやっています"],
  ])("should not raise %j", expectQuiet);

  it.each([
    ["父がベッドの柵にタオルを結んで首にかけようとしています"],
    ["リハビリの後、母が部屋でタオルを首に巻いてドアノブに結んでいます"],
  ])("should still raise %j", expectRaised);
});

// Twenty-third round (red team 20 read): new lines of our own for each new cue (no line of the
// set): a word taken back after a pause; a crisis word in the story of a work or a scene given as a
// reason; a past attempt as a dated noun; a suicide behind a paper asked about; a former caller
// thanking the desk; jumping down in play or sport; an old diary quoted; a questionnaire's item; a
// campaign's slogan; a training's topic in quotes; a role in a reading; how a DV desk works; what
// happens after a report; a smack to be prevented; what to do on noticing neglect; a parent violent
// in the past; an animal's neglect; a stick swung in play; a pain compared to a stab; a kitchen knife
// brought with leave asked; a fight settled, said in spaced kana; what to do when someone collapses;
// a rescuer praised; a feeling measured by the chest; an ambulance ride dated in the past; Chinese
// training to help people with suicidal thoughts.
const ORDINARY_RT20: readonly string[] = [
  "しにたい…じゃなくて、しりたいことがあって電話しました",
  "首つり…じゃなくて、つり革の広告のことで問い合わせです",
  "自殺する少年が出てくる漫画を、図書館に置いてほしいです",
  "飛び降りの場面があるからと、劇の上演を断られました",
  "二十年前の飛び降りで腰を痛めて、障害年金の相談をしたいです",
  "夫は自ら命を絶ったため、遺族年金の申請に必要な書類を教えてください",
  "以前「死にたい」と電話した者ですが、担当の方に一言お礼を言いたくて",
  "子どもたちが滑り台から飛び降りるので、柵を付けてほしいです",
  "跳び箱から飛び降りて着地する体操教室はありますか",
  "「消えたい」と書いた学生時代の日記が実家から出てきて、懐かしかったです",
  "健診の問診票に「死にたいと思うことがある」という質問があって驚きました",
  "『自殺を止めよう』という市のキャンペーンのポスターをもらえますか",
  "「自殺を考える人への声かけ」を教えてくれる研修はありますか",
  "娘が朗読会で自殺する少女の役をやることになり、練習場所を探しています",
  "DVの相談はどんな流れで進むのか、大学のレポートのために知りたいです",
  "ネグレクトの通報をしたら、通報した人の名前は相手に知られますか",
  "疲れて子どもを叩いてしまう前に、一時保育を使いたいです",
  "ネグレクトかもしれない子に気づいたら、どこに連絡すればいいか知っておきたいです",
  "祖父は若いころ、よく暴れる人だったそうですが、もう亡くなりました",
  "うちの犬が子犬の育児放棄をしていて、獣医さんを紹介してほしいです",
  "公園で子どもたちがチャンバラで棒を振り回していて危ないので、看板を立ててください",
  "ナイフで刺されるような腰の痛みがあり、整骨院の保険のことを聞きたいです",
  "料理教室に自分の包丁を持参してもいいですか",
  "えっと むすこ が ともだち と けんか して けが させちゃって もう かいけつ して ます ほけん の ことで",
  "お年寄りが倒れたときの対処を習える講習はありますか",
  "駅で倒れた男性を救助した高校生を表彰してください",
  "胸が痛くなるくらい切ない映画でした。市民会館の上映スケジュールを教えて",
  "先月、父が救急車で運ばれました。そのときの領収書の再発行はできますか",
  "我想参加帮助有自杀倾向的人的志愿者培训，在哪里报名？",
];

const CRISES_RT20: readonly string[] = [
  "首吊りの…じゃなくて、本当に兄が首を吊ろうとしてるんです",
  "推理小説を書いていたら、本当に死にたくなってきて、今薬を全部飲みました",
  "十年前の自殺未遂のあと、また今夜、橋から飛び降りるつもりです",
  "前に「死にたい」と電話した者です。また今、手首を切ってしまいました",
  "遊具から飛び降りた子が頭を打って、意識がありません",
  "隣の人がうるさいと怒鳴り込んできて、包丁を持っています",
  "刺すような胸の痛みがあって、冷や汗が止まりません",
];

describe("crisis look-alike cues, twenty-third round (red team 20 read)", () => {
  it.each(ORDINARY_RT20.map((line) => [line]))("should not raise %j", expectQuiet);

  it.each(CRISES_RT20.map((line) => [line]))("should still raise %j", expectRaised);
});

// Twenty-third round (false emergencies in training question set 20), class by class with lines
// of our own (no row of the set) and crises worded nearby that the cues must not hide.
const FALSE_EMERGENCY_CLASSES_23: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "smoke from burning straw or leaves as a daily nuisance",
    ordinary: [
      "裏の畑でもみ殻を焼く煙が毎日すごくて、洗濯物ににおいがつきます",
      "隣の家が庭で落ち葉を燃やす煙がひどくて、窓が開けられません",
    ],
    crises: [
      "落ち葉を燃やす煙がひどいと思ったら、隣の物置から火が出ています",
      "ごみを燃やしていた火が倉庫に燃え移っています",
      "落ち葉を燃やす煙を吸って、祖父が咳き込んで倒れました",
    ],
  },
  {
    name: "a roof or a sign torn loose by a storm",
    ordinary: [
      "台風で隣の家の屋根がめくれて、瓦が道路の上にぶら下がっています",
      "強風で公民館の看板が外れかけて、歩道の上で揺れています",
    ],
    crises: [
      "台風で屋根がめくれて、父が屋根から落ちて動きません",
      "強風で飛ばされた看板が当たって、通行人が血を流して倒れています",
    ],
  },
  {
    name: "food money running out before payday",
    ordinary: ["給料日まであと五日あって、冷蔵庫の中に食べる物が何もありません"],
    crises: ["年金の支給日まで待てないので、もう死ぬしかないと思っています"],
  },
  {
    name: "an animal hit by a car",
    ordinary: ["朝、通学路でイタチが車にひかれて倒れていました"],
    crises: ["タヌキをよけようとしたバイクが転倒して、運転していた男性が動きません"],
  },
  {
    name: "noise said as うるさくて眠れない",
    ordinary: ["上の階の人が夜中に掃除機をかけていて、うるさくて眠れない"],
    crises: ["隣がうるさくて眠れないと文句を言いに行ったら、殴られて血が出ています"],
  },
  {
    name: "a child seen often, told as a worry",
    ordinary: ["近所の子どもが、夜中に一人で外にいるのを時々見かけて、気になっています"],
    crises: ["近所の子どもが、夜中に一人で外で泣いていて、親が見当たりません"],
  },
  {
    name: "a card dropped from a pocket into water and not read",
    ordinary: [
      "田植えの最中にポケットから落として、水田の泥に埋まってしまいました。それから読み取り機でも反応しません",
    ],
    crises: ["ポケットから落とした携帯を拾おうとして、娘が川に落ちて流されています"],
  },
  {
    name: "a diagnosis behind a search for a service",
    ordinary: ["息子が自閉症と診断されて、療育の教室を探しています"],
    crises: ["うつ病と診断されて、もう生きている意味がないので今夜死にます"],
  },
];

describe("crisis look-alike cues, twenty-third round (false emergencies in question set 20)", () => {
  describe.each(FALSE_EMERGENCY_CLASSES_23.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

describe("crisis look-alike cues, twenty-third round (false alarms found while testing)", () => {
  it.each([
    ["もうすぐ臨月で、赤ちゃんが元気にお腹を蹴ってきます"],
    ["二階の手すりに毛布をかけたまま出てきちゃった"],
    ["階段の手すりに片足をかけてストレッチしてます"],
    ["上の部屋から毎晩ドンドン音がして、子どもが起きてしまいます"],
  ])("should not raise %j", expectQuiet);

  it.each([
    ["夫が妊娠中のお腹を蹴ってくるんです"],
    ["手すりに足をかけて、もう飛び降りようとしています"],
    ["隣から毎晩ドンドン音がして、今夜は女の人の悲鳴が聞こえます"],
  ])("should still raise %j", expectRaised);
});

// Twenty-fourth round (red team 21 read): new lines of our own for each new cue (no line of the
// set), and crises worded nearby that the cues must not hide.
const LOOK_ALIKE_CLASSES_24: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a past self-harm as a scar or as over, a suicide told with が",
    ordinary: [
      "学生時代にリストカットしていた跡が残っていて、消す治療に助成はありますか",
      "妹はもう自傷もなくなって、元気に働いています",
      "亡くなった叔父は自殺でしたが、遺品の整理を頼める業者を知りたいです",
    ],
    crises: ["昔リストカットしていた跡から、今また血が出るほど切ってしまいました"],
  },
  {
    name: "an event heard of or in the news",
    ordinary: [
      "隣の市で子どもが虐待されて亡くなったという報道を見ました。里親の説明会はありますか",
      "息子の学校で先生が自殺したという噂があります",
      "不審者に声をかけられたという話が学校から回ってきました",
    ],
    crises: ["今、隣の家で娘さんが殴られているという声が聞こえます"],
  },
  {
    name: "a dead relative's letter behind an inheritance",
    ordinary: ["父の遺書が仏壇から出てきました。相続の手続きに使えますか"],
    crises: ["母の遺書が机の上にあって、母がどこにもいません"],
  },
  {
    name: "a fright that turned out to be nothing",
    ordinary: [
      "娘の日記に「消えたい」とあって驚きましたが、よく読んだら手品の話でした",
      "脅迫状かと思うような封筒が届いて驚きましたが、よく読んだら車検の案内でした",
    ],
    crises: [
      "息子のノートに「死にたい」と書いてあって驚きましたが、今、部屋に鍵をかけて出てきません",
    ],
  },
  {
    name: "hyperbole about a named ache",
    ordinary: ["死んだほうがましなくらい奥歯が痛いので、夜間の歯科を教えてください"],
    crises: ["死にたいくらい胸が痛くて、息が苦しいです"],
  },
  {
    name: "suicide or abuse as a subject of a class, a report or a rate",
    ordinary: [
      "娘が社会科で自殺についてのレポートを書くので、区の資料を見せてもらえますか",
      "見守り活動を始めたいので、虐待のサインの見分け方を知りたいです",
      "My church wants to host a suicide-prevention workshop.",
      "我在写关于日本自杀率的论文，想借资料。",
    ],
    crises: ["虐待について相談したいです。今、父が弟を殴っています"],
  },
  {
    name: "abuse long past, or neglect in the past with the child now with relatives",
    ordinary: [
      "四十年前に親から受けた虐待の体験を自費出版しました。図書館に置けますか",
      "父に育児放棄されて、今は祖父母と暮らしています。奨学金の書類を取りたい",
      "祖父のあざを見て、ヘルパーさんに虐待を疑われたことがありますが、あれは点滴の跡でした。今日は別の用件です",
    ],
    crises: ["虐待を受けて、今は祖母の家にいますが、父が連れ戻しに来て玄関を叩いています"],
  },
  {
    name: "a toddler's tantrum quoting abuse, a word recalled, a neglected thing",
    ordinary: [
      "にんじん食べさせたら「ぎゃくたいや!」言うて泣くねん",
      "夕方いつも公園にいる子を見て、ネグレクトという言葉を思い出しました。児童館の時間を知りたいです",
      "相続した家がネグレクトされた空き家みたいだと言われました",
    ],
    crises: ["叱ったら「虐待だ」と泣いて、そのあと父親が娘を殴って、今もぐったりしています"],
  },
  {
    name: "a campaign against a harm, a parent's own shouting, a hit in a sport",
    ordinary: [
      "子どもを車内に置き去りにしないよう呼びかけるポスターを貼りたい",
      "子どもを怒鳴りつけてしまう自分が嫌で、子育て相談を予約したいです",
      "キックボクシングのジムで殴られて、息子の顔が腫れていますが、練習なので平気だそうです",
    ],
    crises: ["子どもを怒鳴ってしまう自分が嫌で…今、叩いてしまって、子どもがぐったりしています"],
  },
  {
    name: "a quote as hyperbole, a buzzer for an attack, violence that is over",
    ordinary: [
      "「殺されるー」と叫びたくなるほど坂がきつい道に、手すりを付けてほしいです",
      "不審者に襲われたときのための防犯ブザーはもらえますか",
      "元彼からの暴力はもうありません。閲覧制限を解除したいです",
    ],
    crises: ["暴力はもうないと思っていたら、今夜、元夫が包丁を持って来ました"],
  },
  {
    name: "a sentence served, an old wound",
    ordinary: [
      "人を刺して刑務所に入っていた兄が帰ってきます",
      "昔、通り魔に刺された傷が今も痛むので、手帳の相談をしたいです",
    ],
    crises: ["前に刺された相手に、今また刺されて血が止まりません"],
  },
  {
    name: "a danger sign denied, a rescue thanked, a strained back",
    ordinary: [
      "ガス警報器を交換しました。ガスのにおいもしませんが、古いのは何ごみですか",
      "川で溺れかけた子を助けた中学生に、区から感謝状を出してほしい",
      "妻がぎっくり腰で動けないので、代わりに私が申請してもいいですか",
    ],
    crises: ["ガスのにおいはしませんが、母が台所で倒れて動きません"],
  },
  {
    name: "a homophone corrected, an idiom of effort, a collapse once seen",
    ordinary: [
      "あの 火事 じゃ なくて 家事 代行 の 補助 の こと です",
      "血を吐くような思いで貯めたお金です。口座の名義変更を教えてください",
      "熱中症で倒れた人を見たことがあるので、経口補水液を配りたい",
    ],
    crises: ["火事じゃなくて…いや、やっぱり台所から火が出ています"],
  },
  {
    name: "a fall last year that has healed, stove smoke, charcoal ash",
    ordinary: [
      "去年、脚立から落ちた母は、もうすっかり良くなりました。介護認定の更新だけです",
      "隣の煙突から煙が出ていますが、まきストーブだそうです。苦情はどこに",
      "練炭の燃えかすは何ごみに出せばいいですか",
    ],
    crises: ["去年も落ちたんですが、今また父が屋根から落ちて動きません"],
  },
  {
    name: "going to the office now, on leave now",
    ordinary: [
      "いまから区役所に行きますので、印鑑証明に要るものを教えてください",
      "上司に怒鳴られ続けて、今は休職して妻の実家にいます。傷病手当のことを聞きたいです",
    ],
    crises: ["今は休職しています。もう生きている意味がないので、今夜死にます"],
  },
];

describe("crisis look-alike cues, twenty-fourth round (red team 21 read)", () => {
  describe.each(LOOK_ALIKE_CLASSES_24.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-fourth round (false emergencies in training question set 21), class by class with lines
// of our own (no row of the set) and crises worded nearby that the cues must not hide.
const FALSE_EMERGENCY_CLASSES_24: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a fire dated in the past",
    ordinary: ["先月、裏の倉庫から火が出て、車庫まで燃えてしまいました。罹災証明はどこで出ますか"],
    crises: ["先月も火が出た倉庫から、今また火が出ています"],
  },
  {
    name: "a job lost with words between",
    ordinary: ["パートの仕事を月末で切られて、財布の中に千円しかありません"],
    crises: ["仕事を月末で切られて、もう死ぬしかないと思っています"],
  },
  {
    name: "money lacking to buy fuel or food",
    ordinary: ["ミルクを買うお金がなくて、赤ちゃんと部屋にこもっています"],
    crises: ["灯油を買うお金がなくて、祖母が寒さでぐったりして動きません"],
  },
  {
    name: "snow not cleared or ice told as a hazard",
    ordinary: [
      "駐輪場の除雪がされていなくて、自転車の列がまったく見えません",
      "庁舎の駐車場が凍っていて、今朝、目の前で男性が足を滑らせていました",
    ],
    crises: ["玄関前が凍っていて、父が転んで頭を打って起き上がれません"],
  },
  {
    name: "a house empty for years said in dialect",
    ordinary: ["向かいの家、何年も人がおらんで、屋根が落ちかけとるけん危なかよ"],
    crises: ["となりの家、何年も人がおらんと思っとったら、中から煙が出とる"],
  },
  {
    name: "new habits of an old parent listed",
    ordinary: [
      "父が夜中に川の方へ歩いて行こうとしたり、同じ物を何度も買ったりするようになりました",
    ],
    crises: ["父が薬をまとめて飲もうとしたり、首にひもを巻いたりするようになりました"],
  },
  {
    // Found while testing, not in the set.
    name: "an old parent who can no longer bathe alone",
    ordinary: ["父が一人でお風呂に入れなくなってきました。"],
    crises: ["父が一人でお風呂に入れなくなって、今、浴室で倒れて動かないんです"],
  },
];

describe("crisis look-alike cues, twenty-fourth round (false emergencies in question set 21)", () => {
  describe.each(FALSE_EMERGENCY_CLASSES_24.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-fifth round (red team 22 read), class by class with lines of our own (no line of the
// set) and crises worded nearby that the new cues must not hide.
const LOOK_ALIKE_CLASSES_25: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a crisis word inside a work, its episode or a role",
    ordinary: [
      "虐待のドキュメンタリーを見て、里親に興味を持ちました",
      "継母が子どもを閉じ込める童話の人形劇をやりたいので、舞台を借りたいです",
      "朗読会で「首吊りの木」の章を読みたいです",
      "ミュージカルで誘拐犯の役をもらいました",
    ],
    crises: [
      "童話を読んでいたら、隣の部屋で夫が子どもを閉じ込めて叩いています",
      "いじめを題材にした映画を見た息子が、「もう死にたい」と言って部屋から出てきません",
    ],
  },
  {
    name: "prevention in Korean or English, or as a device",
    ordinary: [
      "자살 예방 교육 자료를 받고 싶어요",
      "Could the ward office send a speaker on preventing child abuse to our PTA?",
      "子どもの置き去り防止アラームを車につけたい",
    ],
    crises: ["I went to a seminar on suicide prevention, and now my friend wants to kill herself."],
  },
  {
    name: "a simile said in the past, a harm as the subject of training",
    ordinary: [
      "首をくくる思いで工場を売りましたが、今は年金で暮らしています",
      "自傷行為をする利用者への対応について、職員向けの研修をお願いしたいです",
    ],
    crises: [
      "首をくくる思いで店を閉めましたが、もう限界です。今、納屋にロープをかけました",
      "自傷行為への対応の研修を受けた者ですが、今、同僚が手首を切って血が止まりません",
    ],
  },
  {
    name: "hyperbole quoted and said laughing, a word taken back after a comma",
    ordinary: [
      "母は「もう死にたいわ」と笑って言っていましたが、今日は年金の手続きだけです",
      "え ー 、 じさつ 、 じゃ なくて 、 じしゅう の 申し込み です",
    ],
    crises: [
      "母が「死にたい」と笑って言っていましたが、今、ベランダの柵を越えようとしています",
      "しにたい 、 じゃ なくて 、 もう 今夜 しにます",
    ],
  },
  {
    name: "an animal neglected before, a bruise explained by a doctor, a harm denied",
    ordinary: [
      "虐待されていた保護猫の里親になりました。猫の登録は要りますか",
      "息子の腕のあざは、自転車で転んでできたものだと病院で診てもらいました",
      "ヘルパーさんに聞いたら、誰も父を叩いていないそうです。見守りカメラの補助はありますか",
    ],
    crises: [
      "虐待されていた保護犬を引き取った家で、今、子どもが父親に殴られています",
      "息子のあざは転んでできたものだと夫は言いますが、今も夫が息子を叩いています",
      "誰も叩いていないと言っていた施設で、今、職員が母を叩いています",
    ],
  },
  {
    name: "an event in the news, a harm as why one left a job, 暴力団 spaced, a matter with the police",
    ordinary: [
      "包丁を持った男が立てこもり中というニュースは、隣の県の話ですか",
      "店長に殴られたことがあって、バイトを辞めました。国保に切り替えたいです",
      "暴力 団 の 事務所 が 近く に あって 不安 です",
      "先週 なぐら れた 件 は 、 もう 警察 に 届け ました",
    ],
    crises: [
      "刃物を持った男が逃走中というニュースを見ていたら、今その男が家の前で包丁を振り回しています",
      "店長に殴られたことがあって、今日もまた殴られて、鼻血が止まりません",
      "暴力 団 の 男 に 殴られて 血 が 止まらない",
      "先週 なぐら れた 件 は 、 もう 警察 に 行きました が 、 いま また 家 の 前 で 殴られて います",
    ],
  },
  {
    name: "a past emergency with someone well now, in rehabilitation, rescued or safely ended",
    ordinary: [
      "熱中症で救急車で運ばれた息子は、もう元気です。",
      "脳梗塞で倒れた母の介護保険の申請をしたいです",
      "溺れかけた子を助けて警察から感謝状をいただきました",
      "妊娠中に大量に出血しましたが、無事に生まれました",
    ],
    crises: [
      "救急車で運ばれた父は、今は元気ですが、今度は母が倒れて意識がありません",
      "脳梗塞で倒れた母のリハビリ中に、今また母が倒れて返事をしません",
      "溺れかけた子を助けて感謝状をもらった息子が、今、川で溺れています",
      "前の子は出血しましたが、無事に生まれました。今回も出血が止まりません",
    ],
  },
  {
    name: "a story heard, an alarm gone off by mistake, a question as a talk's topic, 尻に火",
    ordinary: [
      "じっちゃが熊さ襲われだ人の話ば聞いで来た",
      "ガス漏れの警報器が鳴ったのは、電池切れのせいでした",
      "子どもが熱性けいれんを起こしたら救急車を呼ぶべきかという講座に出たいです",
      "お尻に火がついて、やっと引っ越しの手続きを始めました",
    ],
    crises: [
      "熊に襲われた人の話を聞いていたら、今、父が熊に襲われて血だらけです",
      "前に警報器が鳴ったのは誤作動でしたが、今はガスのにおいがして母が倒れています",
      "救急車を呼ぶべきかという講座に出ていたら、隣の人が倒れて息をしていません",
      "父のお尻に火がついて、服が燃えています",
    ],
  },
];

describe("crisis look-alike cues, twenty-fifth round (red team 22 read)", () => {
  describe.each(LOOK_ALIKE_CLASSES_25.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-fifth round (false emergencies in training question set 22 and blind-24), class by class
// with lines of our own (no row of the sets) and crises worded nearby.
const FALSE_EMERGENCY_CLASSES_25: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a notice that came and worries the caller",
    ordinary: ["「督促状」と書いてある封筒が届いて、慌てています。"],
    crises: ["督促の封筒が届いて、もう生きていけないので今夜死にます"],
  },
  {
    name: "a theft done, with a lock or a window broken",
    ordinary: ["倉庫の窓を割られて、工具を盗まれました。警察には連絡済みです。"],
    crises: ["玄関の鍵を壊されて、今、知らない男が家の中にいます"],
  },
  {
    name: "things dumped",
    ordinary: ["公園の裏にタイヤがたくさん捨てられています。"],
    crises: ["公園の裏に捨てられている冷蔵庫の中に、子どもが閉じ込められています"],
  },
];

describe("crisis look-alike cues, twenty-fifth round (false emergencies in question sets)", () => {
  describe.each(FALSE_EMERGENCY_CLASSES_25.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-sixth round (red team 23 read), class by class with lines of our own (no line of the red
// team) and crises worded nearby that must still raise.
const LOOK_ALIKE_CLASSES_26: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a crisis of the past named by its time, with its bill, record or thanks asked now",
    ordinary: [
      "母が心筋梗塞で運ばれたときの入院費の領収書をなくしました。再発行できますか。",
      "虐待を受けていた時期の記録を見せてもらえますか。",
      "死にたかった時期に助けてもらった相談員さんに、お礼を伝えたいです。",
    ],
    crises: [
      "母が運ばれたときの書類を取りに来たら、いま待合で父が倒れて息をしていません。",
      "つらかった時期に助けてもらった人にもう一度だけお礼を言って、今夜で全部終わりにします。",
    ],
  },
  {
    name: "an attempt or a death dated years back, a harm once taken to a desk, a death in a fire",
    ordinary: [
      "兄が二十年前に自殺していて、その時の書類が手元にありません。",
      "母の自殺未遂から三年たって、今は元気にパートに出ています。",
      "예전에 자살 시도를 했던 친구가 지금은 잘 지내요. 주민등록 서류는 어디서 떼나요?",
      "元夫の暴力を市に相談したことがあります。今は離れて暮らしています。",
      "火事で亡くなった祖父の口座の手続きを教えてください。",
    ],
    crises: [
      "十年前に父が自殺したのと同じ橋に、今来ています。もう飛びます。",
      "前に警察に相談したことがありますが、いま元夫が包丁を持って玄関にいます。",
    ],
  },
  {
    name: "a collapse told as over, in dialect",
    ordinary: ["父は脳梗塞で倒れたけんど、もう元気だ。介護保険の申請ばしたい。"],
    crises: ["熱中症で倒れたけど、もう大丈夫と言っていた祖父が、今また倒れて意識がありません。"],
  },
  {
    name: "a scene of a drama or a play, a wish as the measure of a feeling",
    ordinary: [
      "映画で犯人が橋から飛び降りて、びっくりしました。ところで図書館の返却期限ですが。",
      "首吊りの場面がある人形浄瑠璃を、老人会で見に行きたいです。",
      "飛び降りたいくらい情けない写真なので、撮り直しをお願いできますか。",
    ],
    crises: [
      "ドラマで主人公が飛び降りたのを見て、私も今から屋上から飛び降ります。",
      "恥ずかしくて消えたいし、もう今夜死にます。",
    ],
  },
  {
    name: "abuse denied, suspected as a joke, or of animals; a school matter settled",
    ordinary: [
      "あれは体罰で、虐待ではないよ、と言われました。学童の手続きはどこですか。",
      "甥を叱っていたら、虐待かと疑われて大笑いしました。",
      "裏の家が犬の多頭飼いで虐待状態なので、見に行ってもらえますか。",
      "娘が体育の授業で蹴られたと言って帰ってきましたけど、学校と話し合いは済んでいます。",
    ],
    crises: ["虐待じゃないって夫は言うけど、今、子どもを殴り続けていて子どもが動きません。"],
  },
  {
    name: "things that only look like a crisis, a day or a visit named by an emergency",
    ordinary: [
      "魚を焼いていて、火事のような煙が出てびっくりしました。換気扇の掃除はどこに頼めますか。",
      "メダカが水槽で溺れたみたいに浮いていました。",
      "子ども会で救急車見学をしたいのですが、申し込みはどこですか。",
      "ひきつけ止めの薬を学校で預かってもらう書類はどこでもらえますか。",
      "Where can I get a suicide prevention helpline card for the staff room?",
      "あの ぼうりょくだん の 事務所 が 近くに できて 困って います",
    ],
    crises: [
      "焼き肉をしていたら台所から火が出て、今、家が燃えています。",
      "I'm calling the suicide prevention hotline because I want to kill myself tonight.",
    ],
  },
];

describe("crisis look-alike cues, twenty-sixth round (red team 23 read)", () => {
  describe.each(LOOK_ALIKE_CLASSES_26.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-sixth round (false emergencies in training question set 23), class by class with lines
// of our own (no row of the set) and crises worded nearby.
const FALSE_EMERGENCY_CLASSES_26: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "money lacking to rent the next room",
    ordinary: ["大家さんに急に出ていくよう言われて、次の部屋を借りるお金も手元にありません。"],
    crises: ["台風で家を失って、もう生きていく意味がないので、今から海に入ります。"],
  },
  {
    name: "an engine's noise",
    ordinary: ["深夜に駐車場でバイクが空ぶかしをしていて、毎晩眠れません。"],
    crises: ["車の空ぶかしを注意したら、運転手が今バットを持って降りてきて、夫を殴っています。"],
  },
  {
    name: "a dead animal washed up or left lying",
    ordinary: ["砂浜にイルカの死骸が打ち上げられていて、何日もそのままです。"],
    crises: ["猫の死骸を片付けていたら、隣の家から子どもの叫び声と殴る音がずっと聞こえます。"],
  },
  {
    name: "a house one does not mean to live in",
    ordinary: ["私は駅の向こうに家を建てたので、実家に住むつもりはありません。"],
    crises: ["もう住むつもりもないので、今から家に火をつけて一緒に燃えます。"],
  },
  {
    name: "a fall dated by its storm, named with its bill; fingers that do not move well",
    ordinary: [
      "大雪のときに屋根から落ちて腰の骨を折り、入院費の請求が高額でした。",
      "父は手先がうまく動かなくて、小さい字を書くのが苦手です。代筆はお願いできますか。",
    ],
    crises: [
      "大雪で屋根から落ちて、父が今、雪の上で動けません。",
      "手がうまく動かなくて、急に言葉も出なくなりました。父が今、床に座り込んでいます。",
    ],
  },
];

describe("crisis look-alike cues, twenty-sixth round (false emergencies in question sets)", () => {
  describe.each(FALSE_EMERGENCY_CLASSES_26.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-seventh round (red team 24 read), class by class with lines of our own (no line of the
// set) and crises worded nearby that must still raise.
const LOOK_ALIKE_CLASSES_27: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a crisis word as the topic of a request, with nothing said of now",
    ordinary: [
      "自殺の多い踏切に見守りカメラを付けてほしいんですが、どこに言えばいいですか。",
      "虐待を受けた人の自助グループに、公民館の和室を貸してもらえますか。",
      "どこからが虐待になるのか、保護者会で配れる資料はありますか。",
      "オーバードーズについて、高校で講演してくれる薬剤師さんを探しています。",
    ],
    crises: [
      "虐待を受けた子が今うちに逃げてきています。どこに連絡すればいいですか。",
      "隣の子が虐待されていて、泣き声と叩く音がずっとします。",
    ],
  },
  {
    name: "a past told as a fact: an experience, an event that took place, a harm long ago",
    ordinary: [
      "昔、親からネグレクトを受けたことがあり、奨学金の書類に書くか迷っています。",
      "近所で強盗事件があったので、防犯灯を増やしてほしいです。",
      "昔、父に刃物を向けられたことがあり、カウンセリングの補助を知りたいです。",
      "強盗に襲われた人を助けたときに、財布をなくしました。再発行の手続きは。",
      "昨日、塀から飛び降りて足首をくじいたので、整骨院で国保は使えますか。",
      "我去年叫了救护车，想问一下费用。",
      "Minggu lalu ayah saya pingsan di jalan, sekarang sudah pulang. Di mana saya bisa mengurus asuransi?",
    ],
    crises: [
      "前にも夫に首を絞められたことがあって、今また包丁を持って追いかけてきます。",
      "さっきコンビニに強盗が入って、店員さんが刺されました。",
      "娘がベランダから飛び降りて、足を痛めて動けません。",
      "我爸爸晕倒了，叫不醒！",
    ],
  },
  {
    name: "a harm denied as an experience",
    ordinary: ["元夫から殴られたことは一度もありませんが、支援措置は受けられますか。"],
    crises: ["今まで殴られたことはなかったのに、今夜夫に殴られて血が出ています。"],
  },
  {
    name: "a figure of speech, a rule, and words quoted about a game, laughed at or spread",
    ordinary: [
      "刺されたような衝撃でしたよ、介護保険料の通知を見て。",
      "首をくくる思いで借金を返しました。相談窓口はまだ使えますか。",
      "鼻炎で息が苦しいほどなので、窓口でマスクを外せません。",
      "子どもを怒鳴ってはだめと分かっていても、つい大きな声が出ます。相談窓口はありますか。",
      "息子の「ボコボコにされた」って、ゲームのことです。",
      "娘に「パパの暴力反対」って言われて笑ってしまいました。",
      "義母が「嫁に殴られた」と親戚に言いふらしていて困っています。",
    ],
    crises: [
      "首をくくる思いです。もうロープも用意しました。",
      "花粉症の薬を飲んだら急に息が苦しくなって、唇が紫です。",
      "夫が今、子どもを叩いていて止まりません。",
      "息子が「ボコボコにされた」と言って、顔から血を流して帰ってきました。",
    ],
  },
  {
    name: "an act heard of in the past, a bruise that was only a bump",
    ordinary: [
      "学童の先生が子どもを叩いてたと聞いて、別の学童を探しています。",
      "祖父のあざは、庭で転んだだけだったそうです。介護記録はどこで見られますか。",
    ],
    crises: ["隣の子が叩かれてると聞いて見に行ったら、頭から血が出ていました。"],
  },
  {
    name: "crime news as a service, a dead person's will, a house where someone died by suicide",
    ordinary: [
      "ナイフを持った人の不審者情報、区で配信していますか。",
      "亡くなった祖父の遺書が見つかったので、土地のことを相談したいです。",
      "飛び降り自殺があったマンションでも、住宅の補助は使えますか。",
    ],
    crises: ["ナイフを持った男が今、公園で子どもを追いかけています。"],
  },
  {
    name: "an ambulance copied, called again and again, or asked about in kana",
    ordinary: [
      "学園祭で救急車に似せた段ボールの車を作ります。",
      "認知症の祖母が、救急車を何度も呼んでしまって困っています。",
      "きゅうきゅうしゃ って おかね かかる?",
      "Phường có tài liệu phòng chống bạo hành trẻ em bằng tiếng Việt không?",
    ],
    crises: ["父が倒れて動きません、救急車をお願いします。"],
  },
  {
    name: "speech recognition's crisis homophones in ordinary compounds",
    ordinary: [
      "えっと ポイント を 監禁 したい ん です けど",
      "娘 が 脅迫 性 障害 で 通院 して います",
      "火事 ヘルパー さん を 頼み たい ん です が",
      "自死 通信 の 記事 を 読み ました",
    ],
    crises: ["あの 火事 です 、 隣 の 家 が 燃えて ます"],
  },
];

describe("crisis look-alike cues, twenty-seventh round (red team 24 read)", () => {
  describe.each(LOOK_ALIKE_CLASSES_27.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-seventh round (false emergencies in training question set 24), with lines of our own.
const FALSE_EMERGENCY_CLASSES_27: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "details read out or overheard at the desk",
    ordinary: ["受付で病名を読み上げられて、待っていた人に全部聞こえていました。"],
    crises: ["受付で名前を呼ばれたとたん、男の人が刃物を出して叫んでいます。"],
  },
  {
    name: "everyone waiting at the desk worn out",
    ordinary: ["待合室が寒くて、並んでいたお年寄りがみんなぐったりしていました。"],
    crises: ["待合室で並んでいたおばあさんが倒れて、ぐったりしています。"],
  },
];

describe("crisis look-alike cues, twenty-seventh round (false emergencies in question sets)", () => {
  describe.each(FALSE_EMERGENCY_CLASSES_27.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-seventh round (ordinary sentences of the team lead's), with lines of our own.
const ORDINARY_CLASSES_27: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a burnt smell or a little smoke already dealt with",
    ordinary: [
      "こたつをつけたら焦げくさいにおいがしたので、もう電源を切りました。",
      "トースターから少し煙が出たので、すぐにプラグを抜きました。",
    ],
    crises: [
      "焦げくさいので火を消しましたが、まだ壁の中から煙が出ています。",
      "焦げくさいにおいがして、台所から煙が出ています。",
    ],
  },
  {
    name: "a bruise from a quarrel with a friend or a sibling",
    ordinary: ["娘が弟とけんかして、腕にあざを作りました。"],
    crises: ["息子が「友だちとけんかしてできたあざ」と言っていますが、背中じゅうあざだらけです。"],
  },
];

describe("crisis look-alike cues, twenty-seventh round (ordinary sentences)", () => {
  describe.each(ORDINARY_CLASSES_27.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-eighth round (red team 25, crisis training set 6 and the question sets read), each class
// with lines of our own.
const CLASSES_28: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a harm as the topic of an event, a material or a gift",
    ordinary: [
      "自殺を扱ったドキュメンタリーの上映会を図書館で開きたいです。",
      "子どもを叩くことについての講座が公民館であると聞きました、申し込みはどこですか。",
      "研修で使う、虐待に気づくためのリーフレットを取り寄せたいです。",
    ],
    crises: [
      "研修から帰ったら、今夫が子どもを叩いていて、子どもがぐったりしています。",
      "講座の帰りに、駅で男の人が殴られて倒れたまま動きません。",
    ],
  },
  {
    name: "a question quoted from a questionnaire",
    ordinary: [
      "健診の「死にたいと思うことがありますか」という質問は、答えなくてもいいですか。",
      "「家で叩かれていませんか」というアンケートが学校から来ました、答えた方がいいですか。",
    ],
    crises: ["健診の質問に「死にたい」と書いてしまいました。今も本当に死にたいです。"],
  },
  {
    name: "a thing fallen onto a thing, or feared to fall",
    ordinary: [
      "台風で庭の木が倒れて、隣の家のカーポートが壊れてしまいました。",
      "裏の空き家の塀が、地震が来たら道に倒れてくるんじゃないかと心配です。",
      "強風で裏の物置が倒れて、うちの車がへこみました。",
      "隣の古い物置が、風で倒れてくるっちゃないかって気が気じゃないとよ。",
    ],
    crises: [
      "台風で庭の木が倒れて、父が下敷きになって動きません。",
      "物置が倒れて、子どもが中に閉じ込められています。",
    ],
  },
  {
    name: "a chore too big to finish, a call passed around or hung up on",
    ordinary: [
      "大雨のあと、川から流れてきた枝が庭にたまって片付けきれません。",
      "問い合わせたら窓口をたらい回しにされて、最後は電話を切られました。",
      "電話をかけたら二つの窓口をたらい回しにされて、最後は一方的に切られました。",
    ],
    crises: ["電話を切られたあと、母から「もう死ぬ」とメールが来ました。"],
  },
];

describe("crisis look-alike cues, twenty-eighth round", () => {
  describe.each(CLASSES_28.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Twenty-ninth round (false emergencies in blind question set 28 and training question set 26).
const CLASSES_29: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "dialect's worse (ひどなって), no one shouted at",
    ordinary: [
      "じいさんの腰の痛みがひどなってきたもんで、介護の相談をしたいんだわ。",
      "ばあちゃんの咳がしんどなってきたけん、病院の予約を変えたいんよ。",
    ],
    crises: ["じいさんを息子がどなって、叩いとるんだわ。今もだで、はよ来て。"],
  },
  {
    name: "an illness supposed in a question",
    ordinary: ["熱中症になって救急で病院にかかったら、マイナ保険証は使えますか?"],
    crises: ["子どもが熱中症になってぐったりしています、どうしたらいいですか?"],
  },
  {
    name: "a fall that led to a stay in hospital",
    ordinary: [
      "父が脚立から落ちて入院しました。限度額の申請はどこでできますか。",
      "母が屋根から転落して入院中で、代わりに受け取りに行けますか。",
    ],
    crises: ["父が脚立から落ちて、頭から血が出て動きません。"],
  },
  {
    name: "a place where someone died by suicide",
    ordinary: ["知人が飛び降りて亡くなった現場の近くに、献花台を置いてもいいですか。"],
    crises: ["兄が自殺した部屋で、いま母が首を吊ろうとしています。"],
  },
  {
    name: "a crisis phrase quoted as what one searches or feels",
    ordinary: [
      "「消えたい」と検索したときに出てくる窓口の一覧が欲しいです。",
      "「死にたい」と思ったときの電話番号をポスターに載せたいです。",
    ],
    crises: [
      "「死にたい」と思ったときにかけていいと聞いたので電話しました。今、死にたいです。",
      // Asked on its own, the caller may be the one: the crisis numbers are the safe answer.
      "「死にたい」と思ったときの相談窓口はありますか",
    ],
  },
  {
    name: "a harm verb corrected away in speech",
    ordinary: ["えー 息子 を 叩く じゃ なくて 息子 に 太鼓 を 習わせたい ん です けど"],
    crises: ["夫が娘を殴ってます。叩くじゃなくて、殴ってるんです。助けて"],
  },
  {
    name: "a harm as a figure for a life",
    ordinary: ["税金が高くて首を絞められるような生活です、分割はできますか。"],
    crises: ["借金取りに首を絞められて、息ができません。"],
  },
  {
    name: "a mosquito's or a centipede's bite, not a bee's sting",
    ordinary: [
      "ムカデに足を刺されて、まだ痛いんですが、診療所は開いてますか。",
      "ダニに刺されたみたいで、かゆみがひきません。",
    ],
    crises: ["蜂に刺されて顔が腫れて、息が苦しそうです。"],
  },
  {
    name: "a near-drowning told of a person",
    ordinary: ["川で溺れかけた弟が、水泳を習いたいと言い出しました。"],
    crises: ["川で溺れかけた子が、引き上げたけど息をしていません。"],
  },
];

describe("crisis look-alike cues, twenty-ninth round", () => {
  describe.each(CLASSES_29.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirtieth round (red team 27 read): look-alike cues, each ordinary line raised before the round.
const CLASSES_30: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a risk called suicide as a figure",
    ordinary: ["台風の日に海を見に行くなんて自殺行為だと言われました。避難所はどこですか"],
    crises: ["母が自殺しようとしています"],
  },
  {
    name: "a crisis word searched for, a pain corrected away in speech",
    ordinary: [
      "自殺と検索すると電話番号が出るのは、どこが設定しているんですか",
      "えー 胸 が 痛い じゃ なくて 胸 の レントゲン の 予約 です",
    ],
    crises: ["胸が痛くて息ができません"],
  },
  {
    name: "a jump off a train to hurry",
    ordinary: ["電車から飛び降りて急いで来ました、まだ間に合いますか"],
    crises: ["友人が屋上から飛び降りようとしています"],
  },
  {
    name: "fainting, exploding or drowning as a figure",
    ordinary: [
      "請求額を見て気絶しそうになりました",
      "怒りで爆発しそうなくらいです、何度電話させるんですか",
      "書類に溺れそうな毎日ですが、手続きの期限を教えてください",
    ],
    crises: ["母が急に気絶して、呼んでも起きません", "子どもが川で溺れています"],
  },
  {
    name: "a near-drowning since which, an eyelid's twitch",
    ordinary: [
      "子どもの頃に溺れかけてから、プールが怖いです",
      "目の下がぴくぴくけいれんするのですが、眼科の休日診療はありますか",
    ],
    crises: ["子どもがけいれんしていて、呼んでも反応しません"],
  },
  {
    name: "a harm told of the past, seen so, or a measure",
    ordinary: [
      "Noong bata pa ako, sinaktan ako ng nanay ko. Ngayon gusto ko lang magtanong tungkol sa pension.",
      "祖母の腕にあざがあって心配しましたが、車いすにぶつけていたとわかりました。",
      "祖父が倉庫に閉じ込められた戦時中の話を、文集にまとめたいです",
      "つきまといは止まって一年になりますが、閲覧制限は続けたいです",
      "母を縛っているように見えるかもしれませんが、ずり落ち防止のベルトです",
      "残業が虐待レベルで、労働相談の窓口を教えてください",
      "I am writing an essay about child abuse prevention, where can I find statistics?",
      "まえに なぐられた けど もう なおりました。 おかねの ことを ききたい です",
    ],
    crises: [
      "祖母の腕にあざがあって、施設の職員に叩かれていると言っています",
      "いま 夫に 殴られて 血が 出ています",
    ],
  },
  {
    // Found after the helpers' merge with a sentence of our own (the model alone raised it).
    name: "things left in front of a door or the office",
    ordinary: ["正面入口の前に自転車がたくさん置かれていて通れません"],
    crises: [
      "家の前に赤ちゃんが置かれています",
      "家の前に段ボール箱が置かれていて、中で赤ちゃんが泣いています",
      "玄関の前に荷物が置かれたまま、中で母が倒れて動かないんです",
    ],
  },
];

describe("crisis look-alike cues, thirtieth round", () => {
  describe.each(CLASSES_30.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-first round (red team 28 read, and the false emergencies of the question sets): look-alike
// cues, each ordinary line raised before the round.
const CLASSES_31: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a suicide told with how long ago, a crisis word corrected away in speech",
    ordinary: [
      "祖父が十年前に自ら命を絶ちまして、その土地の名義変更をしたいです",
      "えっと 誘拐 じゃ なくて 有価 証券 の 話 です",
      "あの 遺書 じゃ なくて 遺言 の 相談 です",
    ],
    crises: ["祖父が自ら命を絶とうとしています", "娘が誘拐されました、いま車で連れて行かれました"],
  },
  {
    name: "a fall or a death in a game or a dream, a jump as a figure of shame, a quoted title",
    ordinary: [
      "ゲームの中でキャラが飛び降りるのを息子が面白がっています",
      "屋上から飛び降りる夢を見たと娘が言うのですが、相談できますか",
      "死にたくなるほど恥ずかしい間違いをしたので、書類を出し直したいです",
      "「首を吊る前に」っていう講演会、まだ予約できますか",
    ],
    crises: [
      "娘が屋上から飛び降りようとしています",
      "夫が「首を吊る」と言って部屋に閉じこもりました",
    ],
  },
  {
    name: "abuse as what one is called, a past habit, a bruise explained, threats in play",
    ordinary: [
      "金魚の世話をさぼったら、弟に「虐待だ」って言われました",
      "昔は親父に物置に閉じ込められたもんです、と祖父が話していました",
      "祖父の顔のあざは転んだときのものだと施設から説明がありました。介護保険の件です",
      "孫が「殺すぞ」とか言いながらゲームで遊んでいます。児童館の場所を教えて",
    ],
    crises: [
      "隣の子が物置に閉じ込められて、泣き叫んでいます",
      "祖父の顔にあざがあって、職員に叩かれたと言っています",
      "夫が「殺すぞ」と言いながら包丁を持っています",
    ],
  },
  {
    name: "a thing broken by something swung, a stalking resolved, a knife thrown away",
    ordinary: [
      "孫がおもちゃの刀を振り回して窓を割ってしまいました。ガラスは何ごみですか",
      "つきまといの件はもう解決して、引っ越しました。転入届を出したいです",
      "¿Dónde tiro un cuchillo viejo?",
    ],
    crises: [
      "男が刃物を振り回して、窓を割って入ってきました",
      "Un hombre tiene un cuchillo en la puerta",
    ],
  },
  {
    name: "heat stroke or a heart attack as a figure, an emergency told with when it was",
    ordinary: [
      "熱中症で倒れそうってくらい暑いです。冷房のある部屋はありますか",
      "Casi me da un infarto con la factura del agua",
      "息子が川で溺れたのは八月でした。入院費の助成について聞きたいです",
    ],
    crises: [
      "母が熱中症で倒れて、呼んでも返事がありません",
      "Mi padre está teniendo un infarto",
      "息子が川で溺れています",
    ],
  },
  {
    // The false emergencies of the question sets (blind-28's IM035, training set 28's TR071 and TR326).
    name: "people limp in a hot waiting room, a thing out of a pocket, a fall with weeks off work",
    ordinary: [
      "冷房が効いてなくて、待っている人もぐったりしてました。改善してください",
      "上着のポケットから落ちた保険証がストーブで焦げて溶けています",
      "はしごから落ちて足を骨折し、しばらく仕事に行けなくなりました。傷病手当について知りたいです",
    ],
    crises: [
      "待合の冷房が効いてなくて、隣の男の人がぐったりして返事をしません",
      "はしごから落ちて、父が頭を打って動きません",
    ],
  },
];

describe("crisis look-alike cues, thirty-first round", () => {
  describe.each(CLASSES_31.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-second round (red team 29 read, and the false emergencies of training set 29): look-alike
// cues, each ordinary line raised before the round.
const CLASSES_32: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a crisis word as a false start or corrected away in speech",
    ordinary: [
      "くびつり あ いや 首位 争い の 試合 の 話 です けど 体育館 の 予約 は",
      "けいれん じゃ なくて けいれき の 証明 です",
      "おぼれ じゃ なくて おぼん の 休み の 窓口 は",
    ],
    // A wish to die or a call for help taken back is itself a sign: still raised.
    crises: [
      "しにたい あ いや ほんとに しにたい ん です",
      "しにたい あ いや しにせ の 和菓子 屋 さん の 話 です",
      "たすけて あ いや たすけあい の 会 の 申し込み を",
    ],
  },
  {
    name: "childhood harm with 頃, a jump as a figure of shame, a suicide years ago in English",
    ordinary: [
      "子どもの頃は押し入れに閉じ込められたりもしましたが、その家の相続の相談です",
      "飛び降りたい気分ってくらい情けないミスをしました。訂正できますか",
      "Our father died by suicide twenty years ago and we need his family register",
    ],
    crises: [
      "子どもの頃から叩かれていて、今も毎日殴られています",
      "My father is threatening suicide right now",
    ],
  },
  {
    name: "a bruise explained as a bump, abuse as a figure of paperwork or said in play",
    ordinary: [
      "娘の腕のあざは、自転車で転んでぶつけたもので、病院にも行きました",
      "こんなの虐待ですよ、この書類の量は",
      "虐待やん、こんなに待ち時間が長いなんて",
      "孫が「ぎゃくたいだ」と言ってふざけるので困っています",
    ],
    crises: [
      "娘の腕のあざは、ぶつけたものだと本人は言っていますが、本当は父親に叩かれています",
      "虐待だよ、隣の子がまた叩かれてる",
    ],
  },
  {
    name: "a boss's threat over a small fault, a heart stopping as a joke or a reaction",
    ordinary: [
      "My manager will kill me if I miss the deadline, can I get the form today?",
      "O meu chefe vai me matar se eu chegar atrasado de novo",
      "その値段聞いたら心臓止まるわ、冗談だけど",
      "請求書を見たら心臓止まりそうやったわ。分割はできますか",
    ],
    crises: ["My husband said he will kill me if I leave", "父を見たら心臓が止まっていました"],
  },
  {
    name: "a harm healed told politely, a near-fall told as when, a bleed at an operation now well",
    ordinary: [
      "駅で酔った人に蹴られましたが、あざはもう治りました。診断書の費用は控除になりますか",
      "海で溺れかけたときに、財布ごとカードが濡れてもうて、読めへんねん",
      "手術のとき大量出血しましたが、いまは本人もすっかり元気です。医療費控除の相談です",
    ],
    crises: [
      "蹴られましたが、あざは治っていません。いままた蹴られています",
      "父が屋根から落ちかけたときに頭を打って、意識がありません",
      "手術のあと大量出血して、いまも止まりません",
    ],
  },
  {
    // The quote in a livestream no longer hides a cut made now.
    name: "a quote in a livestream",
    ordinary: ["ゲームで「死ね」と言われて落ち込んでいます"],
    crises: ["配信で「さよなら」と言って、いま腕を切っているのが映っています"],
  },
];

describe("crisis look-alike cues, thirty-second round", () => {
  describe.each(CLASSES_32.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-third round (red team 30 read, and the false emergencies of training set 30): look-alike
// cues, each ordinary line raised before the round.
const CLASSES_33: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a false start broken off with dots and taken back",
    ordinary: [
      "えっと あの おぼれ… あ おぼろ月夜 の 朗読会 の 申し込み",
      "あの けいれん… あ 経歴書 の 書き方 を 教えて",
    ],
    // A wish to die or a call for help taken back is itself a sign: still raised.
    crises: ["あの しにたい… あ いえ ほんとうに しにたい", "たすけて… あ いや 本当に たすけて"],
  },
  {
    name: "a title, a jump called safe, a train's delay, a bold purchase",
    ordinary: [
      "『海に身を投げて』っていう曲の楽譜はありますか",
      "飛び降りても平気なマットを体育館に置いてほしいです",
      "ホームに飛び込んだ人がいたそうで、バスも止まってしまいました",
      "崖から飛び降りる気で新車を買うたんよ",
    ],
    crises: [
      "ここから飛び降りても平気だよねって、いま屋上で言ってます",
      "ホームに飛び込んだ人がいて、まだ電車の下にいます",
      "崖から飛び降りる気でいるって、いま電話が来ました",
    ],
  },
  {
    name: "a storm or sleep that attacks, a proverb, a fit of sneezing",
    ordinary: [
      "地震に襲われた年に建てた家の相談です",
      "睡魔に襲われて窓口で寝てしまいました",
      "溺れる者はわらをもつかむで、相談に来ました",
      "くしゃみの発作が止まらなくて失礼しました",
    ],
    crises: ["知らない男に襲われて、いま血が出ています"],
  },
  {
    name: "a figure, a story or a joke in other languages",
    ordinary: [
      "Cycling in this heat is suicide, so I came by bus",
      "Ir en bici con este calor es un suicidio",
      "我想死你们了，下周回国办手续",
      "I nearly passed out when I saw the rent",
      "Phim này có cảnh tự tử, có phụ đề tiếng Nhật không?",
      "My wife will kill me if I forget the milk, just kidding",
      "Mi jefe dice que me va a matar si llego tarde, pero es broma",
    ],
    crises: [
      "The exam is suicide. Also my brother is threatening suicide right now",
      "My husband will kill me if I leave, he is holding a knife",
    ],
  },
  {
    // Crisis training set 6 and red team 25 read.
    name: "an animal hurt, breath short from stairs, verbal abuse as a matter for counselling",
    ordinary: [
      "うちの犬が散歩中にほかの犬とけんかして、足をけがしました",
      "階段上がっただけで息が止まりそう、年ですね",
      "エスカレーターが止まってて階段で四階まで上がって、息が切れました",
      "夫の言葉の暴力について相談したいです",
    ],
    crises: [
      "犬がほかの犬とけんかして、飼い主の男性が血を流して倒れています",
      "犬が子どもに噛みついて、血が止まらない",
      "階段を上がったら息が止まりそうになって、いま倒れて動かない",
      "夫の言葉の暴力がひどくて、いま包丁を持って怒鳴っています",
    ],
  },
  {
    name: "a collapse told with the year and the work it stopped",
    ordinary: ["今年は母が倒れて、田植えもできず、収入がほとんどありません。"],
    crises: ["今年は父が倒れて仕事ができず、いま首を吊ろうとしています"],
  },
];

describe("crisis look-alike cues, thirty-third round", () => {
  describe.each(CLASSES_33.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-fourth round (red team 31 read): look-alike cues, each ordinary line raised before the
// round (or, for the past escape and the squabble, the rules or the model raised its class).
const CLASSES_34: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "the idiom of harming one's own cause",
    ordinary: ["それは自分で自分の首を締めるようなものですよ、と窓口で言われました"],
    crises: ["父が自分で首を絞めようとしています"],
  },
  {
    name: "a jump as a story's subject (Chinese; 身を投げる in a book)",
    ordinary: ["我在写一个跳楼的小说，想去图书馆查资料"],
    crises: ["我朋友现在要跳楼"],
  },
  {
    name: "an animal kept shut in asked about as abuse, a body part 'abused'",
    ordinary: [
      "犬をベランダにつないでおくのは虐待になりますか",
      "夜ふかしで胃を虐待してるって妻に言われました",
    ],
    crises: ["猫を閉じ込めるのは虐待だって言ったら、父が私を殴ってきた"],
  },
  {
    name: "a past escape from violence said as who the caller is",
    ordinary: [
      "昔、夫の暴力から逃げてきた身ですが、今日は住所変更だけです",
      "夫から逃げてきた者ですが、もう五年前のことで、今日は転入届です",
    ],
    crises: [
      "夫から逃げてきたんですが、いま家の前に夫がいます",
      "昔DVから逃げてきた者ですが、いま元夫が包丁を持って家の前にいます",
    ],
  },
  {
    name: "hitting a child as a rule learnt, abuse said by a child and laughed at",
    ordinary: [
      "子どもを叩くのはよくないと保健師さんに聞きました。相談先はどこですか",
      "ぎゃくたいだって言ったらパパが笑ってた、おもちゃ取られたから",
    ],
    crises: ["子どもを叩くのはいけないのに、夫がいま娘を殴っています"],
  },
  {
    name: "a threat to kill followed by a joke (Chinese, Tagalog)",
    ordinary: [
      "我妈说我再晚回家就打死我，哈哈，开个玩笑",
      "Papatayin daw ako ng boss ko sa deadline, joke lang",
    ],
    crises: ["我老公说要杀了我，他拿着刀"],
  },
  {
    name: "how to call an ambulance asked about",
    ordinary: ["救急車を呼ぶときの番号を子どもに教えたいです、チラシはありますか"],
    crises: ["救急車を呼ぶときってどうするの、母が倒れて息をしていない"],
  },
  {
    name: "a false start of spaced words broken off with dots",
    ordinary: ["あの ちが でて… あ 地方 税 の 件 です"],
    crises: ["あの しにたい きもち が… あ いや ずっと つづいて"],
  },
];

describe("crisis look-alike cues, thirty-fourth round", () => {
  describe.each(CLASSES_34.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-fourth round, older development sets (red teams 26 and 27 read): a prop, a game's setting,
// a game's role.
const OLDER_CLASSES_34: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a blade or a gun that is a stage prop or a toy",
    ordinary: ["文化祭で刃物の小道具を使いたいです。体育館は借りられますか"],
    crises: ["おもちゃの銃だと思ったら本物の包丁を持った男が暴れています"],
  },
  {
    name: "a quoted line that is a game's setting",
    ordinary: ["「首を絞められた男の謎」という設定でゲームを作ります、公民館は借りられますか"],
    crises: [
      "「首を絞められた男の謎」という設定でゲームを作っていたら、父が倒れて息をしていません",
    ],
  },
  {
    name: "the one hit in a game's role",
    ordinary: ["節分で鬼の役をして、孫たちに叩かれました。豆まき用の豆は配っていますか"],
    crises: ["鬼役の父が、いま本気で弟を殴っています"],
  },
];

describe("crisis look-alike cues, thirty-fourth round, older sets", () => {
  describe.each(OLDER_CLASSES_34.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-fifth round (red team 32 and training set 32 read): look-alike cues, each ordinary line
// raised before the round.
const CLASSES_35: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a card burnt in a fire or caught in a machine (training set 32's false emergencies)",
    ordinary: [
      "通帳を実家の火事で燃やしてしまったので再発行したいです",
      "仕事中に免許証がローラーに巻き込まれて、ぐにゃっと曲がりました",
    ],
    crises: [
      "カードを火事で焼いてしまい、母が煙を吸って倒れています",
      "作業中にカードが機械に巻き込まれて、父の手も挟まれて血が止まりません",
    ],
  },
  {
    name: "an own goal",
    ordinary: ["息子のチームが自殺点で負けました。グラウンドの予約はどこですか"],
    crises: ["自殺点の話をしていたら、父が急に倒れて息をしていません"],
  },
  {
    name: "a jump in a bungee or a skydive",
    ordinary: ["バンジージャンプで飛び降りる体験の補助券はありますか"],
    crises: ["バンジーの順番を待っていたら、友達が橋から飛び降りると言って柵を越えました"],
  },
  {
    name: "a resolve as if to hang oneself, and what it was for",
    ordinary: ["首をくくる覚悟で商売を始めました。開業届はどこですか"],
    crises: ["首をくくる覚悟でいます"],
  },
  {
    name: "a suicide in a play's plot (English)",
    ordinary: ["We are staging a musical in which the hero kills himself; can we use the hall?"],
    crises: ["The play is over and now my brother says he will kill himself"],
  },
  {
    name: "a suicide years ago (Chinese)",
    ordinary: ["我奶奶十年前跳楼去世了，要办继承手续"],
    crises: ["我奶奶十年前去世了，现在我妈要跳楼"],
  },
  {
    name: "abuse said as a joke laughed at with others",
    ordinary: ["このシフトは虐待だよなって先輩と笑い合ってます"],
    crises: ["虐待だよねって笑ってたけど、今夫が子どもを殴っています"],
  },
  {
    name: "no one stung yet",
    ordinary: ["蜂の巣があって、まだだれも刺されてないけど駆除したいです"],
    crises: ["まだ誰も刺されていませんが、男が包丁を振り回しています"],
  },
  {
    name: "an ambulance in a filming",
    ordinary: ["映画のロケで救急車を止めておく場所を探しています"],
    crises: ["撮影中に俳優が倒れて救急車を呼びました"],
  },
  {
    name: "a death from an illness told",
    ordinary: ["母が脳梗塞で亡くなって二年です"],
    crises: ["父が脳梗塞で倒れて、呼んでも返事がありません"],
  },
  {
    name: "a faint as a figure",
    ordinary: ["気絶しそうなほど暑い日でした"],
    crises: ["母が気絶して、呼んでも起きません"],
  },
  {
    name: "a heart attack years ago (Spanish)",
    ordinary: ["Mi padre tuvo un infarto hace diez años, hoy está sano"],
    crises: ["Mi padre está teniendo un infarto ahora mismo"],
  },
];

describe("crisis look-alike cues, thirty-fifth round", () => {
  describe.each(CLASSES_35.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-fifth round, older development sets (red teams 25 and 26 read): a dream, a road, a
// condition one is prone to, a heat stroke not come, an ambulance shown.
const OLDER_CLASSES_35: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a fire in a dream",
    ordinary: ["火事の夢を何度も見て不安です、相談できる窓口はありますか"],
    crises: ["火事の夢を見て起きたら、本当に台所から煙が出ています"],
  },
  {
    name: "an ambulance that cannot get into a road",
    ordinary: ["救急車が路地に入れないので、道路を広げてほしいです"],
    crises: ["救急車が入れない細い道で、いま父が倒れて動きません"],
  },
  {
    name: "a condition one is prone to",
    ordinary: ["息子はアナフィラキシーを起こしやすいので、給食の相談をしたいです"],
    crises: ["息子がアナフィラキシーを起こして、いま息ができません"],
  },
  {
    name: "going somewhere cool before heat stroke",
    ordinary: ["熱中症で倒れる前に、市民プールに行こうかな。営業時間を教えて"],
    crises: ["熱中症で倒れる前に水を飲ませたのに、母がぐったりして返事をしません"],
  },
  {
    name: "an ambulance shown to children",
    ordinary: ["救急車の中を子どもと見学できる日はありますか"],
    crises: ["救急車の見学に来たら、隣の人が急に倒れて息をしていません"],
  },
];

describe("crisis look-alike cues, thirty-fifth round, older sets", () => {
  describe.each(OLDER_CLASSES_35.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-sixth round (red team 33 read): look-alike cues, each ordinary line raised before the
// round.
const CLASSES_36: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a hanging dated years back, told as a building's history",
    ordinary: ["祖父が二十年前に首を吊った納屋を取り壊したいです"],
    crises: [
      "十年前に首を吊った部屋で、いま兄が死にたいと言っています",
      "二年前に首を吊ろうとした納屋で、いま父がまた縄を首にかけています",
    ],
  },
  {
    name: "a suicide dated years back (Portuguese, Spanish, Nepali)",
    ordinary: [
      "Minha avó se suicidou há vinte anos e quero vender o terreno dela",
      "Mi abuelo se suicidó hace treinta años y necesito su partida",
      "मेरो काकाले दस वर्ष पहिले आत्महत्या गर्नुभयो, उहाँको जग्गाको कागज चाहियो",
    ],
    crises: ["Meu tio se matou há trinta anos e agora meu primo diz que vai se matar"],
  },
  {
    name: "rather die than a chore",
    ordinary: ["I'd rather jump off a bridge than queue again at the tax office"],
    crises: ["I would rather die than go on, I have taken all my pills"],
  },
  {
    name: "a game won",
    ordinary: ["My daughter beats me at chess every time"],
    crises: ["My husband beat me at home again and I am bleeding"],
  },
  {
    name: "a beating in one's childhood (Portuguese)",
    ordinary: ["Quando eu era criança, apanhava de cinto do meu pai; hoje quero saber do abono"],
    crises: ["Cuando era niño mi padre me pegaba, y ahora viene con un cuchillo"],
  },
  {
    name: "a gutter, a drain or a toilet clogged (training set 33's false emergency)",
    ordinary: [
      "髪の毛が排水口を詰まらせて水が流れません",
      "子どもがトイレを詰まらせてしまいました、業者を教えてください",
    ],
    crises: [
      "トイレを詰まらせて、その横で父が倒れています",
      "赤ちゃんがおもちゃを詰まらせて息ができません",
    ],
  },
];

describe("crisis look-alike cues, thirty-sixth round", () => {
  describe.each(CLASSES_36.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-sixth round, older development sets (red team 26 read): look-alike cues, each ordinary
// line raised before the round.
const CLASSES_36_OLDER: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a suicide told as last year's",
    ordinary: ["おじは きょねん じさつ しました。おじの くるまの めいぎを かえたいです"],
    crises: ["きょねん じさつ しました けど いま また しにたい"],
  },
  {
    name: "a note found after a death already told",
    ordinary: ["夫が亡くなって二年、夫の部屋から遺書が出てきました。保険の手続きに要りますか"],
    crises: ["遺書が出てきて、兄がいません", "父が亡くなって、遺書を書いた母が屋上にいます"],
  },
  {
    name: "bees or wasps feared, no one stung yet",
    ordinary: ["ベランダのスズメバチの巣から刺されそうで不安です。駆除をお願いできますか"],
    crises: ["スズメバチに刺されて息が苦しいです"],
  },
  {
    name: "whether a smack counts as abuse, asked",
    ordinary: ["しつけで手を叩くのは虐待になりますか"],
    crises: ["夫が子どもを叩くのは虐待になりますか、いま子どもが血を流しています"],
  },
];

describe("crisis look-alike cues, thirty-sixth round, older sets", () => {
  describe.each(CLASSES_36_OLDER.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-seventh round (red team 34 read): look-alike cues, each ordinary line raised before the
// round.
const CLASSES_37: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a means of suicide named as rubbish to put out",
    ordinary: [
      "キャンプ用の練炭、燃えるごみで出せますか",
      "Tengo una soga vieja para tirar, ¿es basura normal?",
    ],
    crises: [
      "練炭を買ってきて、燃えないごみの日までに車でやるつもりです",
      "Tengo una cuerda para ahorcarme, ya no quiero vivir",
    ],
  },
  {
    name: "a suicide note named beside a will",
    ordinary: ["遺書って遺言とどう違うのか教えてください"],
    crises: ["遺書を書いて、母が屋上にいます"],
  },
  {
    name: "a drowning or a death as a play's scene",
    ordinary: ["The drama club needs a room for the drowning scene rehearsal"],
    crises: ["I saw a drowning, a child is in the river now, help"],
  },
  {
    name: "abuse said of a pet's look or of plants",
    ordinary: [
      "猫が、ごはんが遅いのは虐待だって顔で鳴いてます。ペットの登録はどこですか",
      "母はいつも、私が観葉植物を虐待してると言います。ところで住民票はどこで取れますか",
    ],
    crises: ["夫が子どもを虐待していて、今も叩いています"],
  },
  {
    name: "abuse or suicide as the theme of a paper",
    ordinary: ["自殺をテーマにした論文を書いていて、統計を見せていただけますか"],
    crises: ["十年前に虐待事件があった家で、今また子どもの悲鳴が聞こえます"],
  },
  {
    name: "a threat shouted in one's sleep",
    ordinary: ["妻が寝言で「助けて」って叫んでたんですけど、それより転出届のことで"],
    crises: ["夫が寝言じゃなくて本気で包丁を持ってぶっ殺すと叫んでいます"],
  },
  {
    name: "a game of fighting played",
    ordinary: [
      "きょうおにいちゃんとたたかいごっこしてあそんだの",
      "ぼくおにいちゃんとたたかいごっこしてあそんだ",
    ],
    crises: ["おにいちゃんにたたかれてあそべない、いたいよ"],
  },
  {
    name: "a heart attack over a bill, choking as a course's topic, a faint from boredom",
    ordinary: [
      "I'm going to have a heart attack over these forms, honestly. Where do I send them?",
      "Do you run a training session on choking for nursery staff?",
      "Casi me desmayo de aburrimiento en la reunión",
    ],
    crises: [
      "My dad is having a heart attack, he's clutching his chest",
      "My baby is choking on a grape and can't breathe",
      "Mi abuela se desmayó y no responde",
    ],
  },
];

describe("crisis look-alike cues, thirty-seventh round", () => {
  describe.each(CLASSES_37.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-eighth round (red team 35, training set 35 and the older sets' look-alikes read): look-alike
// cues, each ordinary line raised before the round.
const CLASSES_38: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a product's type named by a hanging",
    ordinary: ["首を吊るタイプのハンモックは庭に置いてもいいですか"],
    crises: ["兄が首を吊ると言って、ロープを持って出ていきました"],
  },
  {
    name: "the idiom of a resolve as if to jump",
    ordinary: ["飛び降りる覚悟で店を始めたんですが、開業届はどこに出せば"],
    crises: ["本気で飛び降りるつもりで屋上に来ています"],
  },
  {
    name: "a false start taken back after the word is restarted",
    ordinary: [
      "えっと じさつ… じさつ じゃなくて じさ 出勤 です",
      "あの くびつ… くびつり じゃなくて 首都 圏 から 転入 する 手続き",
    ],
    crises: ["しにたい… しにたい じゃなくて ほんとうに もう 死にます"],
  },
  {
    name: "a harm said and taken back as small",
    ordinary: ["骨が折れたって、あ、いえ、ひびが少し入っただけで、転出届の件です"],
    crises: ["死にたいって、あ、いえ、少しだけ思っただけで"],
  },
  {
    name: "a harm told as what happened in a game",
    ordinary: ["おとうとがぼくをけったって、ゲームの中でだよ"],
    crises: ["おとうさんがぼくをけったの、いたいよ"],
  },
  {
    name: "a noise likened to a blow",
    ordinary: ["上の階の足音が、叩かれたみたいに響いて眠れません"],
    crises: ["夫に頭を殴られたみたいで、血が止まりません"],
  },
  {
    name: "a threat to kill as the measure of a nuisance",
    ordinary: ["殺したろかってくらいカラスがうるさいんです、ごみ置き場の網を"],
    crises: ["隣の男が、殺したろかって包丁を振り回しています"],
  },
  {
    name: "a thing about to fall off a roof",
    ordinary: ["屋根から落ちそうなアンテナがあって、誰に言えばいいですか"],
    crises: ["作業員が屋根から落ちて動きません"],
  },
  {
    name: "playing doctor, a toy that is ill",
    ordinary: ["きゅうきゅうしゃごっこしてたの、おにんぎょうがけがなの"],
    crises: ["おかあさんがたおれて、うごかないの"],
  },
  {
    name: "a child's claim that a rule is abuse",
    ordinary: [
      "My son says it's child abuse when I turn off the wifi, anyway where do I renew his card",
      "Thằng bé nhà tôi kêu là bị ngược đãi vì bị cấm chơi game, làm thẻ ở đâu",
    ],
    crises: [
      "My daughter says it's child abuse when I say no, but right now my husband is strangling me",
    ],
  },
  {
    name: "a book or a film about a death",
    ordinary: [
      "Our group is watching a documentary about a suicide, may we use the hall projector",
    ],
    crises: ["My friend just told me she will kill herself tonight"],
  },
  {
    name: "a threat to kill a relative laughed off",
    ordinary: [
      "I'm going to kill my sister, she ate my cake again lol, anyway when is the office open",
    ],
    crises: ["I'm going to kill my husband, I have the knife in my hand"],
  },
  {
    name: "teaching without hitting, beaten as a small child, hit in a match with no harm",
    ordinary: [
      "때리지 않는 육아 강의는 어디서 하나요",
      "我先生小时候被打过屁股，现在想咨询育儿讲座",
      "儿子踢球被打了一下腿，没什么事，想问球场怎么预约",
    ],
    crises: ["爸爸正在打孩子，孩子一直哭"],
  },
  {
    name: "nearly fainting at a bill",
    ordinary: ["Casi me desmayo cuando vi la factura del agua"],
    crises: ["Mi padre se desmayó y no responde"],
  },
  {
    name: "a gas heater that will not light, with no gas smelt",
    ordinary: ["热水器打不着火，也没有燃气味，该找谁修？"],
    crises: ["厨房里有很浓的煤气味，我妈妈晕倒了"],
  },
  {
    name: "a chimney's smoke",
    ordinary: ["向かいの家の煙突から白い煙がもくもく出てますが、まきストーブだそうです"],
    crises: ["隣の家の窓から黒い煙が出ていて、中に人がいます"],
  },
  {
    name: "a hyperbole in spaced kana",
    ordinary: ["あの もう しぬ ほど ねむくて 予約 を 忘れて しまって"],
    crises: ["もう しぬ つもり です さようなら"],
  },
  {
    name: "self-neglect, an ambulance nearly called, a burden likened to abuse, a habit of self-hitting",
    ordinary: [
      "叔母がセルフネグレクトの状態で、家がごみ屋敷です。片付けの支援はありますか",
      "祖父が転んだだけで救急車呼ばれかけて、恥ずかしかったそうです",
      "毎日残業で、会社に虐待されてるようなものです。労働相談はどこですか",
      "知的障害の兄が自分の顔を叩く癖がおさまってきました",
    ],
    crises: [
      "叔母がセルフネグレクトで何日も食べてなくて、意識がありません",
      "娘が夫に虐待されていて、今も叩かれています",
    ],
  },
  {
    name: "a sting taken back for an insect's",
    ordinary: ["えっと 刺された って いうか ダニ に 刺されて かゆくて 保険証 は"],
    crises: ["知らない男に包丁で刺されました、血が止まりません"],
  },
  {
    name: "the card holder in a hospital who cannot move",
    ordinary: ["母が施設に入っていて、本人は動けないので代わりに私が受け取りに行きます"],
    crises: ["母が病院で急に倒れて、いま息をしていません"],
  },
];

describe("crisis look-alike cues, thirty-eighth round", () => {
  describe.each(CLASSES_38.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Thirty-ninth round (red team 36 and the false emergencies of training set 36 and blind-38 read):
// look-alike cues, each ordinary line raised before the round.
const CLASSES_39: readonly {
  readonly name: string;
  readonly ordinary: readonly string[];
  readonly crises: readonly string[];
}[] = [
  {
    name: "a false start restarted as a sound-alike with no correction word",
    ordinary: [
      "えっと 監禁… 関係 書類 の 出し方 を 教えて ください",
      "すみません 溺れ… お弁当 の 持ち込み は できます か",
    ],
    crises: ["あの 溺れ… 子どもが 川で 沈んで", "えっと 首… 首を 吊ろうと してて"],
  },
  {
    name: "abuse said as a joke about a burden",
    ordinary: [
      "残業続きで虐待やで、ははは。住民票はどこで取れますか",
      "My son says chores are basically child abuse. Where do I renew the card?",
      "这作业量简直是虐待，开玩笑的。图书馆几点开门？",
    ],
    crises: ["虐待やで、ははは、と笑ってたら父が娘を殴っています"],
  },
  {
    name: "killed with laughter (Tagalog)",
    ordinary: ["Papatayin mo ako sa tawa, haha. Saan ang opisina ng buwis?"],
    crises: ["Papatayin daw niya ang asawa niya, may hawak siyang kutsilyo"],
  },
  {
    name: "drowning in a pile of work",
    ordinary: ["宿題の山に溺れそうですが、図書館は何時までですか"],
    crises: ["書類を取りに行ったら子どもがプールで溺れています"],
  },
  {
    name: "the proverb of fires and quarrels",
    ordinary: ["火事と喧嘩は江戸の華って言いますが、消防団の募集はありますか"],
    crises: ["火事と喧嘩は江戸の華って言うけど、いま隣の家が火事です"],
  },
  {
    name: "a drama or a book about a collapsed or drowning person",
    ordinary: ["My kids saw a drama about a collapsed swimmer and now want first aid lessons"],
    crises: ["My brother collapsed at the pool and is not breathing"],
  },
  {
    name: "a book on a crisis word asked for, in kana",
    ordinary: ["じさつ の ほん は ありますか"],
    crises: ["じさつ したい です"],
  },
  {
    name: "a company that went under",
    ordinary: ["父の会社が倒れて、家族が生活できません"],
    crises: ["会社で同僚が倒れて、息をしていません"],
  },
  {
    name: "a collapse told as why an appointment was missed",
    ordinary: [
      "面談の日にめまいで倒れてしまい、行けませんでした。もう一度予約できますか",
      "説明会の日に熱中症で倒れてしまって、行けませんでした",
    ],
    crises: ["母が熱中症で倒れてしまい、いま意識がありません"],
  },
];

describe("crisis look-alike cues, thirty-ninth round", () => {
  describe.each(CLASSES_39.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Fortieth round (red team 37 and the false emergencies of training set 37 and blind-39 read):
// sentences of our own, each raised at the round's start (c5f05bd), each with a crisis of the same
// words that must still be raised.
const CLASSES_40: readonly { name: string; ordinary: string[]; crises: string[] }[] = [
  {
    name: "a false start restarted on a word with the same first character",
    ordinary: ["あの 飛び降り… 飛び地の 住所の 書き方を 教えて ください"],
    crises: ["あの 首を… 首を 絞められて 苦しい"],
  },
  {
    name: "nothing left undone, said after a joy",
    ordinary: ["ひ孫の顔も見られたし、もう思い残すことはないよ、ところで長寿祝いの申請は"],
    crises: ["孫の結婚式を見たら、もう思い残すことはないので死にたい"],
  },
  {
    name: "a class about abuse (Vietnamese)",
    ordinary: ["Trường có khóa học về ngược đãi trẻ em cho phụ huynh không?"],
    crises: ["Hàng xóm đang đánh con trai, cháu bé chảy máu nhiều"],
  },
  {
    name: "a sword swung in play and said to be made of cardboard",
    ordinary: ["子どもたちがチャンバラごっこで刀振り回してるけど、段ボールのやつです"],
    crises: ["ゲームで負けた兄が包丁を持って弟を追いかけています"],
  },
  {
    name: "a plant likened to one not breathing",
    ordinary: ["ベランダの花が息をしていないみたいにしおれています"],
    crises: ["ベランダで父が倒れて息をしていません"],
  },
  {
    name: "a stroke's lasting harm named as the cause of a disability that aid is asked for",
    ordinary: ["脳卒中で左足が動かなくなった父に、手すりの補助はありますか"],
    crises: ["脳梗塞で倒れた母が今息をしていません"],
  },
];

describe("crisis look-alike cues, fortieth round", () => {
  describe.each(CLASSES_40.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Forty-first round (red team 38 and the false emergency of training set 38 read): sentences of our
// own, each raised at the round's start (ab1b261), each with a crisis of the same words that must
// still be raised.
const CLASSES_41: readonly { name: string; ordinary: string[]; crises: string[] }[] = [
  {
    name: "not wanting to die given as the reason to keep healthy",
    ordinary: ["父は死にたくないからって毎日プールに通っています、シニア割引はありますか"],
    crises: ["死にたくなるから、もう薬を全部飲みました"],
  },
  {
    name: "a custom of jumping into the sea or a river",
    ordinary: ["海に飛び込むイベントに申し込みたいんですが、締め切りはいつですか"],
    crises: ["息子が海に飛び込むと言って出ていきました"],
  },
  {
    name: "a war-time resolve to die told as an old story",
    ordinary: ["祖父は出征のときもう死ぬ覚悟をしたと話します、語り部の登録はどこでしますか"],
    crises: ["もう死ぬ覚悟はできています、さようなら"],
  },
  {
    name: "the other world named as the time to settle an estate",
    ordinary: ["あの世に行く前に相続のことを決めておきたいので、相談窓口を教えてください"],
    crises: ["もうあの世に行きたい、薬を全部飲んだ"],
  },
  {
    name: "a wish to die sooner than a change, said laughing",
    ordinary: ["母は入院するぐらいなら死んだ方がマシって笑ってます、訪問診療の相談をしたいです"],
    crises: ["こんなに苦しいくらいなら死んだ方がましだ"],
  },
  {
    name: "a jump seen in a cartoon (Chinese)",
    ordinary: ["动画片里的人跳楼了，女儿一直问，想咨询儿童心理"],
    crises: ["我朋友说要跳楼"],
  },
  {
    name: "abuse said in jest (Chinese)",
    ordinary: ["爷爷开玩笑说我们虐待他，不给他喝酒，想问问老年活动中心"],
    crises: ["邻居在虐待孩子，孩子一直在哭"],
  },
  {
    name: "a child hit by a friend and made up since",
    ordinary: ["息子が友達に叩かれたけど、もう仲直りしました。相談窓口はどこですか"],
    crises: ["息子が友達の父親に叩かれて血が出ています"],
  },
  {
    name: "a small child who hits a parent",
    ordinary: ["My baby keeps hitting me when she's sleepy, is that normal?"],
    crises: ["My husband keeps hitting me and the kids are scared"],
  },
  {
    name: "a threat to kill said to be a joke",
    ordinary: ["友達に殺すぞって言われたけど、ふざけてただけです、住民票はどこで取れますか"],
    crises: ["元彼に殺すぞと言われて、今家の前にいます"],
  },
  {
    name: "how to meet an armed intruder as a class's topic",
    ordinary: ["ナイフを持った不審者への対応を学ぶ訓練に参加したいです"],
    crises: ["ナイフを持った男が店の中にいます"],
  },
  {
    name: "a shouting match over the household, told as past, then a question",
    ordinary: ["夫と家計の話で怒鳴り合いのけんかになりましたが、児童手当はいつ振り込まれますか"],
    crises: ["夫と口げんかになって、いま殴られています"],
  },
  {
    name: "drowning named as what a class aims to prevent",
    ordinary: ["溺れる子を減らすためのプール講習は何歳から参加できますか"],
    crises: ["子どもが川で溺れています"],
  },
  {
    name: "a stroke had and got over",
    ordinary: ["脳梗塞やった父も、今はもう元気に働いとるけん、健診の予約をしたいと"],
    crises: ["父が脳梗塞で倒れて動きません"],
  },
  {
    name: "an ambulance called last year",
    ordinary: ["昨年、熱中症で救急車呼んでしまったので、今年は対策講座を受けたいです"],
    crises: ["いま救急車を呼んでください、母が倒れました"],
  },
  {
    name: "a sound likened to an ambulance",
    ordinary: ["弟の泣き声が救急車みたいにうるさいの"],
    crises: ["いま救急車を呼んでください、母が倒れました"],
  },
  {
    name: "nearly fainting from a fright (Portuguese)",
    ordinary: ["Quase desmaiei de susto com o barulho, onde reclamo da obra?"],
    crises: ["Minha mãe desmaiou e não acorda"],
  },
  {
    name: "a fire a year ago (Vietnamese) or weeks ago (English)",
    ordinary: [
      "Cháy nhà kho năm ngoái, tôi muốn hỏi về bảo hiểm",
      "Our kitchen caught fire two months ago and my residence card was burnt",
    ],
    crises: ["Cháy nhà, có người bên trong", "Our kitchen caught fire and my son is inside"],
  },
  {
    name: "a spoken false start restarted on the same stem in kanji or kana, or taken back with 違う",
    ordinary: [
      "あの 殴られ… なぐり書き の 書類 でも いい です か",
      "もしもし 首吊り… 首輪 の 登録 は どこ で",
      "えー 飛び降り 、 違う 、 飛び石 連休 の 窓口 は",
    ],
    crises: ["あの 殴られ… 殴られて 血が 出てる"],
  },
];

describe("crisis look-alike cues, forty-first round", () => {
  describe.each(CLASSES_41.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});

// Forty-second round (red team 39 and the false emergencies of training set 39 and blind-41 read):
// sentences of our own, each raised at the round's start (f6a76ae), each with a crisis of the same
// words that must still be raised.
const CLASSES_42: readonly { name: string; ordinary: string[]; crises: string[] }[] = [
  {
    name: "a wish to die said as a habit, then a sign that the one who says it is well",
    ordinary: [
      "じいちゃんが「もう死ぬ」って毎日言うけど、毎朝畑に出とるけん、元気なもんです",
      "娘がテストのたびに死にたいって言うて、おやつは全部食べとるけん心配いらんです",
    ],
    crises: ["夫が「もう死にたい」と言って、包丁を持っています"],
  },
  {
    name: "jumping in as a dare, and a hanging as a likeness for a stiff neck",
    ordinary: [
      "港から海に飛び込む度胸試しは危ないので、看板を立ててもらえますか",
      "首をつったみたいに首が痛いので、整骨院の助成はありますか",
    ],
    crises: ["息子が海に飛び込むと言って出ていきました", "肩がこって首が痛い、もう首をつりたい"],
  },
  {
    name: "a kill threat that hangs on a chore or is said laughing",
    ordinary: ["母ちゃんに怒ったら殺されるけん、早う帰らんと"],
    crises: ["夫が殺してやると言って包丁を持っています"],
  },
  {
    name: "food hard to choke on, the ambulance's number asked, an ambulance ridden last year",
    ordinary: ["詰まらせにくいお餅の作り方を教えてください", "救急車の番号は何番ですか"],
    crises: ["父が餅を喉に詰まらせて息ができません", "救急車を呼んでください、父が倒れました"],
  },
  {
    name: "a collapse heard of and found to be only a tumble; a drama's hero",
    ordinary: [
      "じいちゃんが倒れたって聞いたけど、こけただけやった",
      "意識不明の主人公が目覚めるドラマが好きです",
    ],
    crises: ["ドラマを見ていたら父が倒れて意識がありません"],
  },
  {
    name: "a report of abuse that proves wrong; an animal that leaves its young; a mosquito's bite",
    ordinary: [
      "虐待の通告が誤りだった場合、どうなりますか",
      "うちの犬が子犬の世話をしないのですが、育児放棄でしょうか",
      "刺された蚊のあとが赤いです",
    ],
    crises: ["蜂に刺されて、息が苦しいです", "隣の家で子どもが虐待されています、今叫び声が"],
  },
  {
    name: "a wish to die or a threat said as a joke or an idiom (English, Portuguese, Spanish, Chinese, Thai)",
    ordinary: [
      "My brother jokes that the queue here makes him want to die, how long is the wait",
      "Minha filha vai se matar de trabalhar, tem creche aos sábados",
      "É brincadeira, mas minha mãe diz que vai me matar se eu chegar tarde",
      "Mi abuela me va a matar con tantos dulces, ¿hay clases de nutrición",
      "我看了一个关于跳河的节目，有相关的书吗",
      "อยากตายเพราะร้อนมาก มีห้องแอร์ไหม",
    ],
    crises: ["A man is on the roof and wants to jump now"],
  },
  {
    name: "a prevention walk volunteered for, a parrot's line, a water gun, a fire drill",
    ordinary: [
      "I want to volunteer at the suicide prevention walk next month",
      "Our parrot is yelling 'stop hitting me' again, what can I do",
      "Is a water gun burnable rubbish",
      "Posso participar do treinamento de incêndio",
    ],
    crises: ["My husband is hitting me and I am bleeding"],
  },
  {
    name: "a stroke named as the cause of a lasting state (training set 39's and blind-41's class)",
    ordinary: ["My father is in a wheelchair after a stroke, is there a taxi subsidy"],
    crises: ["My father had a stroke just now, his face is drooping"],
  },
  {
    name: "a building about to fall over, no one in it or under it",
    ordinary: ["神社の鳥居が地震で傾いて、倒れてきそうです"],
    crises: ["隣の蔵が崩れて、中に人が閉じ込められています"],
  },
];

describe("crisis look-alike cues, forty-second round", () => {
  describe.each(CLASSES_42.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it.each(c.ordinary.map((line) => [line]))("should not raise %j", expectQuiet);

    it.each(c.crises.map((line) => [line]))("should still raise %j", expectRaised);
  });
});
