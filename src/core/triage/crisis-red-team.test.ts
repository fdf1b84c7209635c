import type { RedTeamKind } from "./__fixtures__/crisis-red-team";
import { RED_TEAM_CRISIS, RED_TEAM_LOOK_ALIKES } from "./__fixtures__/crisis-red-team";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import { detectCrisis } from "./detect-signals";

// The blind red team (see the fixture's header for how it was written and frozen). Three
// separate groups so that a run's counts read straight off as the fixture's figures: crisis
// caught, kind right where routing depends on it (abuse goes to a welfare department, the
// other kinds do not), look-alikes wrongly raised.

const triage = triageRulesOnly;

// Written after the lexicon was read (not blind): three rounds of fresh lines, each run once
// before the general fixes it prompted, plus checks against those fixes' own risks. Kept as
// regressions; their first-run figures are in the fixture's header.
const POST_HOC_CRISIS: readonly (readonly [string, RedTeamKind])[] = [
  ["もう限界です。今夜で全部おしまいにします", "suicide"],
  ["ずっと死ぬことばっかり考えてて、今ロープ持ってます", "suicide"],
  ["あの えっと くび つろうと おもって", "suicide"],
  ["眠剤をまとめて飲んじゃった、ふらふらする", "suicide"],
  ["もう いきてる いみ ない", "suicide"],
  ["死にたいっちゃけど、どうしたらいいと", "suicide"],
  ["My son says he wants to die and he's locked himself in his room", "suicide"],
  ["She's on the bridge and says she's going to jump", "suicide"],
  ["Não quero mais viver", "suicide"],
  ["Ayoko nang mabuhay", "suicide"],
  ["我想自杀", "suicide"],
  ["夫に殴られて鼻血が止まらない", "violence"],
  ["うちの人が酒飲んで暴れて、包丁出してきた", "violence"],
  ["元カレがドアをどんどん叩いて、開けろって叫んでる", "violence"],
  ["知らない男に腕をつかまれて車に連れ込まれそうになった、今逃げてる", "violence"],
  ["My ex is banging on the door and screaming he'll kill me", "violence"],
  ["Mi pareja me golpea todos los días", "violence"],
  ["남편이 칼을 들고 있어요", "violence"],
  ["彼氏に首しめられて、いまも家の前におる", "violence"],
  ["隣の家の小学生が、いつも同じ服でお風呂にも入れてもらえてないみたい", "abuse"],
  ["赤ちゃんを激しく揺さぶってるのを見た", "abuse"],
  ["近所の子が親に熱湯をかけられたって", "abuse"],
  ["むすこが ちちおやに なぐられてる", "abuse"],
  ["Há uma criança trancada sozinha no carro no calor", "abuse"],
  ["The neighbours leave their toddler alone for days", "abuse"],
  ["同居の長男が、寝たきりの父に食事を与えていないんです", "abuse"],
  ["ヘルパーさんが母を怒鳴りつけて突き飛ばしました", "abuse"],
  ["義理の娘がおばあちゃんを部屋に閉じ込めて鍵をかけてる", "abuse"],
  ["My grandmother's carer slaps her, I saw it on the camera", "abuse"],
  ["父が風呂場で倒れていて、呼んでも反応がありません", "medical"],
  ["赤ちゃんの唇が紫色になってる", "medical"],
  ["はちに さされて いきが できない", "medical"],
  ["突然胸が締め付けられるように痛くて", "medical"],
  ["祖父が 急に 話せなくなって 手が しびれてる", "medical"],
  ["アパートの二階から煙がもくもく出てます", "medical"],
  ["ガス臭くて、おばあちゃんが気分悪いって倒れた", "medical"],
  ["息子がプールで溺れて意識がない", "medical"],
  ["My wife is having a stroke I think, her face is drooping", "medical"],
  ["Mi hijo no respira", "medical"],
  ["Cháy nhà rồi, cứu với", "medical"],
  ["孩子抽搐了，怎么办", "medical"],
  ["아기가 숨을 못 쉬어요", "medical"],
  ["Hindi makahinga ang tatay ko", "medical"],
  ["生きる気力がもうないです、薬も用意してあります", "suicide"],
  ["あたしなんか生まれてこんかったらよかった、もう死ぬけん", "suicide"],
  ["息子がベランダの手すりに座って、もう無理って言ってる", "suicide"],
  ["今 せんろの ちかくに いる もう むり", "suicide"],
  ["夫が車の中で練炭たいてるかもしれない、連絡つかない", "suicide"],
  ["He texted me goodbye and now his phone is off, he said he'd end it", "suicide"],
  ["I swallowed a whole bottle of paracetamol", "suicide"],
  ["안녕히 계세요, 이제 끝낼 거예요, 약을 다 먹었어요", "suicide"],
  ["Vou me matar hoje", "suicide"],
  ["Me voy a suicidar", "suicide"],
  ["妻が夜中に出て行って、海で死ぬってメールが来た", "suicide"],
  ["同居の彼にずっと殴られてて、今日は肋骨が折れたかもしれない", "violence"],
  ["旦那が刃物を持って子どもの部屋の前にいる", "violence"],
  ["駅で知らない人が刃物で切りつけてる", "violence"],
  ["毎日あとをつけてくる男がいて、今日は家の鍵を壊された", "violence"],
  ["父が酔って母をぼこぼこにしてる", "violence"],
  ["My boyfriend choked me and took my phone", "violence"],
  ["Có người đang cầm dao đứng trước cửa nhà tôi", "violence"],
  ["Tinutukan ako ng kutsilyo ng asawa ko", "violence"],
  ["Mero logne le malai maryo", "violence"],
  ["となりの子、冬なのにTシャツ一枚でずっと外に立たされてる", "abuse"],
  ["保育園の子が、ママの彼氏にたばこ押し付けられたって話してくれた", "abuse"],
  ["小さな男の子がアパートの廊下で何時間も震えてる、親が入れてくれないって", "abuse"],
  ["A neighbour's baby hasn't been fed, it's screaming and nobody is home", "abuse"],
  ["Los padres dejan al niño solo encerrado en casa todo el día", "abuse"],
  ["ばあちゃんが 息子に つきとばされて たおれた", "abuse"],
  ["認知症のおじいさんが、家族に縛られて動けないようにされてる", "abuse"],
  ["老人ホームで母が職員につねられてるみたいで、腕が紫色", "abuse"],
  ["Nakita kong sinampal ng anak ang lola niya", "abuse"],
  ["母が台所で倒れて、いびきをかいて起きない", "medical"],
  ["子どもがボタン電池を飲み込んだかも", "medical"],
  ["はなぢが とまらなくて かおが まっさお", "medical"],
  ["うちの人が急に頭が痛いって言って、吐いて、いま目を開けないの", "medical"],
  ["隣のアパートから炎が見える、誰か中にいるかも", "medical"],
  ["My mum fell and hit her head, she's not making sense", "medical"],
  ["Está saindo fumaça da casa do vizinho", "medical"],
  ["Mi padre tiene dolor en el pecho y no puede respirar", "medical"],
  ["Bà tôi bị đột quỵ, miệng méo", "medical"],
  ["煙くさい、となりの部屋から火災報知器が鳴りっぱなし", "medical"],
  ["誰にも必要とされてないし、もう消えます", "suicide"],
  ["父が納屋で首を吊ってた、まだ温かい", "suicide"],
  ["さっきから娘が風呂場で手首を切ってて、止めても聞かない", "suicide"],
  ["あの、今ビルの屋上にいるんですけど、柵を越えました", "suicide"],
  ["もう しにたい けど こわい たすけて", "suicide"],
  ["生きとるのがつろうて、もうようせん", "suicide"],
  ["I've got the pills in my hand, I'm done", "suicide"],
  ["My brother posted a suicide note on Instagram", "suicide"],
  ["Tôi không muốn sống nữa", "suicide"],
  ["Estou pensando em me matar agora", "suicide"],
  ["Quiero quitarme la vida esta noche", "suicide"],
  ["주인이 약을 한꺼번에 먹고 안 일어나요", "suicide"],
  ["妻が包丁で私を刺そうとしてきた、いま外に逃げてる", "violence"],
  ["隣の部屋で男が女性の髪をつかんで引きずり回してる", "violence"],
  ["元夫が子どもを無理やり車に乗せて連れていこうとしてる", "violence"],
  ["家の窓が割られて、知らない男が入ってこようとしてます", "violence"],
  ["息子がバットで壁を殴って、次はお前だって言ってる", "violence"],
  ["There are two men fighting with a knife outside the station", "violence"],
  ["My partner threw boiling water at me", "violence"],
  ["我男朋友威胁要杀了我", "violence"],
  ["Pinapalo ako ng asawa ko ng tubo", "violence"],
  ["Mi ex está afuera de mi casa con un cuchillo", "violence"],
  ["隣の家のお母さんが子どもに「死ね」って怒鳴りながら殴ってる", "abuse"],
  ["孫が父親に殴られて、目の周りが真っ黒なんです", "abuse"],
  ["お向かいの子、学校にも行かせてもらえず、ずっと家に閉じ込められてる", "abuse"],
  ["赤ちゃんが布団でぐるぐる巻きにされて泣いてる", "abuse"],
  ["ぼくの おかあさん いつも けってくる", "abuse"],
  ["I saw a mother dragging a toddler by the hair and kicking him", "abuse"],
  ["Ang kapitbahay namin, ikinukulong ang anak nila sa kulungan ng aso", "abuse"],
  ["Um menino da vizinha apanha todos os dias do padrasto", "abuse"],
  ["介護してる娘さんが、寝たきりのお母さんを叩いてる音がする", "abuse"],
  ["おじいちゃんの年金、全部おじさんに取り上げられて、ご飯も食べてない", "abuse"],
  ["Someone keeps hitting the elderly man in the flat below", "abuse"],
  ["父がトイレで倒れてて、呼吸がおかしい", "medical"],
  ["子どもが熱性けいれんで白目むいてる", "medical"],
  ["いま ばあちゃんが もち のどに つまらせた", "medical"],
  ["上の階から水と煙が落ちてくる、火事かも", "medical"],
  ["My baby turned blue and isn't breathing properly", "medical"],
  ["Có mùi ga nồng nặc trong nhà", "medical"],
  ["Ang bahay sa tabi ay nasusunog", "medical"],
  ["自殺したいです", "suicide"],
  ["今日で全部終わりにしたい", "suicide"],
  ["もうこれで終わりにします", "suicide"],
  ["父が倒れて息をしてないが、母は大丈夫です", "medical"],
  ["My dad collapsed, he had a stroke last year too", "medical"],
  ["もう しにたい", "suicide"],
  ["死にたいような気持ちです", "suicide"],
  ["以前から夫に殴られてて、今日も殴られた", "violence"],
  ["自殺したら楽になるかな", "suicide"],
];

const POST_HOC_LOOK_ALIKES: readonly string[] = [
  "もう限界なくらい書類が多いですね",
  "飛び込みで相談に行ってもいいですか",
  "死亡保険金の受取に住民票はいりますか",
  "去年父が心筋梗塞で入院しましたが、今は元気です。高額療養費の還付は",
  "殴り書きのメモしかないんですが大丈夫ですか",
  "ガス料金の支払いが遅れてしまって",
  "台所の換気扇から煙が出やすいのでリフォーム補助はありますか",
  "救急病院の一覧がほしい",
  "火の元の確認を忘れないようにって回覧板に書いてありました",
  "My cat died last week; where do I dispose of the body?",
  "Fire safety inspection for my shop, which counter?",
  "Can I smoke outside the building?",
  "I was fired last month, can I get unemployment benefits?",
  "I'm stressed to death about the visa",
  "The grapes in the community garden are ready",
  "Following up on my application from last week",
  "My son hurt himself playing football last week, is the clinic covered?",
  "Quiero saber el horario del simulacro de incendio",
  "Tenho seguro contra incêndio, preciso de algum documento?",
  "请打我电话，谢谢",
  "我不想被打扰，能发邮件吗？",
  "아이가 예방 주사를 맞고 있어요, 접종 증명서는 어디서 받아요?",
  "비를 맞고 있어요, 문 열어 주세요",
  "저를 따라와 주세요",
  "paisa bachau garna sakchhu?",
  "祖母が施設で楽しく過ごしているので、お礼を言いたい",
  "子どもがいたずらをしてガラスを割ってしまいました、保険は使えますか",
  "子どもの靴が川に落ちてしまって",
  "ストーブで一酸化炭素が出るって本当ですか",
  "お風呂で意識を失う事故を防ぐにはどうしたら",
  "カッターを自分のかばんに入れたまま来ちゃった",
  "夫が私を怒らせるんです、離婚の相談をしたい",
  "子どもにガリガリ君を買ってあげたら喜んだ",
  "ママが ごはん つくって くれた",
  "母にご飯を作ってもらってます、介護保険の申請を",
  "はははは、それはないですね",
  "介護職員の研修で暴力への対応を学びたい",
  "息子が転んで頭を打ったけど、今は普通にしてます。念のため病院は",
  "隣の赤ちゃんがよく泣いてて、かわいいです",
  "もう無理、印鑑証明どこで取るか全然わからん",
  "死ぬまでに一度は海外に住みたいので、転出届の出し方を",
  "首になったので国民健康保険に切り替えたい",
  "薬局で薬をたくさんもらったので医療費控除したい",
  "遺書の書き方講座ってありますか、終活の",
  "父の血が止まりにくい病気で通院してますが、特定疾患の申請は",
  "火災報知器の設置は義務ですか",
  "虐待の通報があった場合、区はどう対応するんですか（議員事務所です）",
  "昨日、隣の家で夫婦げんかの声がしてたけど、今日はもう静か。騒音の相談はどこ？",
  "子どもが階段から落ちたけど、泣いただけで元気です。子ども医療証の使い方を",
  "I'm dying of boredom in this queue",
  "My grandma died peacefully last night; what do I need to do?",
  "Where can I dispose of a gas canister?",
  "Is there a self-defence class for women at the community centre?",
  "The kids are killing it at the sports festival",
  "Mi abuela está en el hospital, necesito un certificado",
  "Tôi muốn đăng ký khám sức khỏe",
  "Matay na lang ako sa kakahintay dito, haha",
  "台風で屋根が飛びそうなので、補強の補助はありますか",
  "練炭の処分方法を教えてください、父の遺品です",
  "夫の暴力が原因で離婚しました、児童扶養手当の申請をしたい",
  "腰が痛くて動けないので、訪問で手続きしてもらえますか",
  "母が倒れないように手すりをつけたい、介護保険の住宅改修",
  "胸が痛くなるようなニュースばかりですね",
  "娘が部活で倒れそうになるくらい練習してて心配です、熱中症対策を",
  "夫がいびきがひどくて眠れない",
  "燃えないごみの日を教えて",
  "犬が車にひかれて死んでいるのを見ました",
  "かわいそうに猫が川に落ちてた、保健所に連絡すればいい？",
  "あの、自殺した兄の部屋の片づけについて、遺品整理の業者を紹介してもらえますか",
  "首を吊るような事件がないよう、公園の見回りを強化してほしい",
  "うちの子が友達を叩いちゃったらしくて、どう謝ればいいか",
  "殴り合いのけんかを昨日見たんですが、警察に届けた方がよかったですか",
  "昔のDV加害者が出所したと聞いて不安です、相談窓口は？",
  "母は去年から施設に入っていて、今は穏やかに過ごしています",
  "救急の日のイベントは何時からですか",
  "心臓マッサージの講習を受けたいです",
  "一酸化炭素警報器の補助はありますか",
  "ガスの元栓を閉め忘れたかもしれないけど、ガス会社に聞くべき？",
  "燃え尽き症候群で休職中です、傷病手当金の書類を",
  "子どもがアレルギー持ちで、エピペンの補助はありますか",
  "I took my blood pressure pills this morning, can I still do the health check?",
  "My kid fell off his bike last month; he's fine, but the bike is broken",
  "The movie was about a kidnapping, so scary",
  "I'd die for a coffee right now, is there a café nearby?",
  "We're going to jump through a lot of hoops for this visa, aren't we",
  "My neighbour's dog barks all night, who do I complain to?",
  "Meu filho quebrou o braço no ano passado, preciso do relatório",
  "Mi mamá murió hace dos años, necesito el acta de defunción",
  "老母亲在养老院，想办理护理保险",
  "남편이 작년에 돌아가셨어요, 유족연금 신청하려고요",
  "Bà tôi đã mất năm ngoái, tôi cần giấy chứng tử",
  "Patay na ang baterya ng phone ko, pwede bang mag-charge?",
  "娘がインフルエンザで寝込んでるので、代理で申請してもいい？",
  "夫の転勤で引っ越すので、子どもの学校の手続きを全部終わらせたい",
  "最近眠れなくて、睡眠薬を処方してもらいました。医療費の助成はありますか",
  "祖母がよく転ぶので、見守りセンサーを借りたい",
  "包丁研ぎのボランティアってまだやってますか",
  "隣の子どもの泣き声がうるさいって苦情を言われました、うちの子です",
  "ポイントはもう消えますか",
  "データがこのまま消えるから心配",
  "I'll end it here, thanks",
  "This form is not making any sense",
  "I bought a whole box of masks",
  "I was shaking the baby bottle",
  "일을 끝내고 싶어요",
  "아이가 아침에 안 일어나요",
  "母に無理やり連れてこられました",
  "隣の人のタバコが煙くさい",
  "警報器が鳴るか点検したい",
  "うみに いきたいけど もう むり",
  "人を殴るのはよくないと子どもに教えたい",
  "ベランダの柵の外に布団を干したい",
  "약을 많이 먹어요, 의료비 공제 되나요?",
  "息子がボールを蹴ってる音がうるさい",
  "子どもがご飯を食べてくれない",
  "はさみをもってきてください",
  "ゆうびんきょくに いって きます",
  "ふくしの うんえい について",
  "でんし しょうめいしょの こうしん",
];

// Known gaps: still missed or still raised. `it.failing` turns red once one is fixed.
const KNOWN_MISSES: readonly string[] = [
  "娘が継父に毎晩部屋に入ってこられるって泣いてる",
  "彼女から「今から飛ぶ」ってメッセージが来て、既読がつかない",
];
const KNOWN_FALSE_ALARMS: readonly string[] = [
  "娘が学校で叩かれたとか言ってて、いじめの相談はどこですか",
  "子どものけんかで相手の親に怒鳴られました、学校に言うべき？",
];

describe("crisis red team", () => {
  describe("crisis caught", () => {
    it.each(RED_TEAM_CRISIS)("should treat %j as an emergency (%s)", (text) => {
      const result = triage(text);
      expect(result.action).toBe("emergency");
      expect(result.reasons[0]?.code).toBe("crisis");
      expect(result.crisis?.contacts.length).toBeGreaterThan(0);
    });
  });

  describe("kind right", () => {
    it.each(RED_TEAM_CRISIS)("should route %j by its kind (%s)", (text, kind) => {
      const result = triage(text);
      expect(result.action).toBe("emergency");
      if (kind === "abuse") expect(result.crisis?.kind).toBe("abuse");
      else expect(result.crisis?.kind).not.toBe("abuse");
    });
  });

  describe("look-alikes", () => {
    it.each(RED_TEAM_LOOK_ALIKES.map((line) => [line]))(
      "should not treat %j as a crisis",
      (text) => {
        expect(detectCrisis(text)).toBeNull();
        expect(triage(text).action).not.toBe("emergency");
      },
    );
  });

  describe("post-hoc lines (not blind)", () => {
    it.each(POST_HOC_CRISIS)("should treat %j as an emergency (%s)", (text, kind) => {
      const result = triage(text);
      expect(result.action).toBe("emergency");
      expect(result.crisis?.kind === "abuse").toBe(kind === "abuse");
    });

    it.each(POST_HOC_LOOK_ALIKES.map((line) => [line]))(
      "should not treat %j as a crisis",
      (text) => {
        expect(detectCrisis(text)).toBeNull();
        expect(triage(text).action).not.toBe("emergency");
      },
    );

    it.failing.each(KNOWN_MISSES.map((line) => [line]))("still misses %j", (text) => {
      expect(triage(text).action).toBe("emergency");
    });

    it.failing.each(KNOWN_FALSE_ALARMS.map((line) => [line]))("still raises %j", (text) => {
      expect(detectCrisis(text)).toBeNull();
    });
  });

  it("should hold at least 150 crisis and 100 look-alike lines", () => {
    expect(RED_TEAM_CRISIS.length).toBeGreaterThanOrEqual(150);
    expect(RED_TEAM_LOOK_ALIKES.length).toBeGreaterThanOrEqual(100);
  });
});
