import {
  LEXICON_CRISIS_LINES,
  LEXICON_CRISIS_LINES_2,
  LEXICON_LOOK_ALIKES,
  LEXICON_LOOK_ALIKES_2,
} from "./__fixtures__/crisis-lines";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import { detectCrisis, detectCrisisByRules, foldForCrisis } from "./detect-signals";

const triage = triageRulesOnly;

/** The line goes to the emergency route as `kind`, and to `department` when one is given. */
function expectEmergency(text: string, kind: string, department: string | null): void {
  const result = triage(text);
  expect(result.action).toBe("emergency");
  expect(result.crisis?.kind).toBe(kind);
  if (department) expect(result.department).toBe(department);
}

describe("crisis lexicon", () => {
  describe("crisis lines", () => {
    it.each([...LEXICON_CRISIS_LINES, ...LEXICON_CRISIS_LINES_2])(
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
    it.each([...LEXICON_LOOK_ALIKES, ...LEXICON_LOOK_ALIKES_2].map((line) => [line]))(
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
    expect(LEXICON_CRISIS_LINES.length + LEXICON_CRISIS_LINES_2.length).toBeGreaterThanOrEqual(240);
    expect(LEXICON_LOOK_ALIKES.length + LEXICON_LOOK_ALIKES_2.length).toBeGreaterThanOrEqual(100);
  });
});

// Eleventh round: the causes read from red team 8 (a development set since), each in new words:
// the kind and the department the emergency route must take.
const CRISES_11: ReadonlyArray<readonly [string, string, string | null]> = [
  ["次の特急で終わりにします", "suicide", null],
  ["手元に残ってた薬をみんな飲んだ", "suicide", null],
  ["睡眠薬をありったけ飲んだ", "suicide", null],
  ["この電話切ったら飛ぶ", "suicide", null],
  ["知的障害のある娘を夫が毎晩殴っている", "abuse", "障害福祉課"],
  ["車いすの兄が同居のおじに叩かれている", "abuse", "障害福祉課"],
  ["グループホームの裏で、利用者さんが炎天下の庭に放置されてる", "abuse", "障害福祉課"],
  ["駅の裏で高校生が数人に蹴られてる", "violence", null],
  ["保育園の子の腕にたばこの跡のやけどがある", "abuse", "子ども家庭課"],
  ["うちのクラスの子が、家に帰ったらまた殴られるって泣いてる", "abuse", "子ども家庭課"],
  ["隣の奥さんが子どもの髪をつかんで引きずってる", "abuse", "子ども家庭課"],
  ["隣のおじさんが子どもの首をつかんで揺さぶってる", "abuse", "子ども家庭課"],
  ["兄が妹の腕をつかんで床に投げつけた", "abuse", "子ども家庭課"],
  ["小さい子がゴミだらけの部屋に一人で寝かされてる", "abuse", "子ども家庭課"],
  ["お母さんが四日も帰ってこない", "abuse", "子ども家庭課"],
  ["ママがたたく", "abuse", "子ども家庭課"],
  ["となりのこが なぐられてる", "abuse", "子ども家庭課"],
  ["向かいの子がずっと泣いとる。父親が怒鳴りよる", "abuse", "子ども家庭課"],
  ["Anak tetangga dikurung di kamar mandi", "abuse", "子ども家庭課"],
  ["ばあちゃんが暖房も食事もない部屋に寝かされてる", "abuse", "高齢者支援課"],
  ["認知症の祖父に叔父が水を与えず放っている", "abuse", "高齢者支援課"],
  ["寝たきりのおばあさんの息子が玄関から先に入れてくれない", "abuse", "高齢者支援課"],
  ["Kakek di sebelah dipukul anaknya setiap malam", "abuse", "高齢者支援課"],
  ["リビングに知らない男がいる", "violence", null],
  ["階段を上ってくる音がする、誰もいないはずなのに", "violence", null],
  ["玄関のドアノブをずっとがちゃがちゃされてる", "violence", null],
  ["元彼の車が家の前に止まってる", "violence", null],
  ["誰かが玄関に灯油をまいてる", "violence", null],
  ["おにいちゃんが ママの くびを しめてる", "violence", null],
  ["窓こわされてる", "violence", null],
  ["祖母の口の片側がゆがんで、言葉が出てこない", "medical", null],
  ["湖でボートから落ちた人の姿が見えなくなった", "medical", null],
  ["海に泳ぎに入った父が戻ってこない", "medical", null],
  ["隣のおばあさんの部屋からうめき声がずっとする", "medical", null],
  ["我妈妈喘不过气了", "medical", null],
  ["熱で何度も吐いてる弟に話しかけても会話にならない", "medical", null],
  // Causes read from the remaining misses of red teams 4–6 and training sets 1–2 (development sets).
  ["橋のまんなかにいる。もう飛ぶ", "suicide", null],
  ["屋上から電話してます。これで終わりにする", "suicide", null],
  ["Ela disse que vai se matar", "suicide", null],
  ["Ayoko na po mabuhay", "suicide", null],
  ["Saya mau terjun dari atap", "suicide", null],
  ["カッターで手首をなんども切ってる", "suicide", null],
  ["安定剤をようさん飲んでしもた", "suicide", null],
  ["風邪薬を60錠服用しました", "suicide", null],
  ["ホームの一番端に立ってる、快速が来る", "suicide", null],
  ["今夜ベランダから終わりにします", "suicide", null],
  ["屋上に靴がそろえて置いてある", "suicide", null],
  ["橋の上で男の人が欄干に向かって歩いていった", "suicide", null],
  ["ヘルパーさんが車いすの母をベッドに縛り付けている", "abuse", "高齢者支援課"],
  ["施設の職員が祖母に水も飲ませていない", "abuse", "高齢者支援課"],
  ["介護中の祖母の部屋から「痛い、やめて」って聞こえる", "abuse", "高齢者支援課"],
  ["隣の子がごみ箱から食べ物をあさってる", "abuse", "子ども家庭課"],
  ["ベランダの柵から幼児が身を乗り出してる、親がいない", "abuse", "子ども家庭課"],
  ["母親が子どものほっぺをつねってて、真っ赤になってる", "abuse", "子ども家庭課"],
  ["Con tôi bị chồng cũ đánh", "abuse", "子ども家庭課"],
  ["Ele está batendo no filho", "abuse", "子ども家庭課"],
  ["ご主人が車いすの奥様を庭に出したまま出かけてしまった", "abuse", "障害福祉課"],
  ["The kids upstairs have been alone for four days", "abuse", "子ども家庭課"],
  ["बच्चालाई पिटिरहेको छ", "abuse", "子ども家庭課"],
  ["郵便受けから知らない男がのぞいてる", "violence", null],
  ["元夫が今も玄関の前に立ってる", "violence", null],
  ["ドアの外で名前を怒鳴られてる", "violence", null],
  ["父が急に箸が握れなくなって、舌がもつれてる", "medical", null],
  ["カニを食べた娘の唇が腫れあがってる", "medical", null],
  ["料理中に袖に火がついた", "medical", null],
  ["おじいちゃんがきゅうにたおれた", "medical", null],
  ["じいじが倒れて動かない", "medical", null],
  ["妻が風呂で反応なし", "medical", null],
  ["我爸爸半边脸麻了", "medical", null],
  ["Ada kebakaran di rumah sebelah", "medical", null],
  // The kind right: blood pouring, vomit in the mouth, papers piling up, gas, the bath, a child
  // who swallowed bleach; a head stamped on, forced into a car, fuel brought along; pills in English.
  ["転んだ子の膝から血がだらだら流れてる", "medical", null],
  ["酔って寝てる父の口に吐いたものがたまってる", "medical", null],
  ["一人暮らしの母の家の前に新聞が四日分たまってる", "medical", null],
  ["台所から玉ねぎが腐ったようなにおいがする", "medical", null],
  ["湯船につかったまま祖母が返事をしない", "medical", null],
  ["二歳の娘が漂白剤を飲んだ", "medical", null],
  ["男が倒れた人の頭を踏み続けてる", "violence", null],
  ["女の子が車に押し込まれそう", "violence", null],
  ["玄関のすぐ外に知らない男がいる", "violence", null],
  ["元夫からガソリン持っていくってメールが来た", "violence", null],
  ["I took all my sleeping pills", "suicide", null],
  // Japanese typed in romaji, read in kana.
  ["kusuri wo zenbu nonda", "suicide", null],
  ["otto ga naifu wo motte abareteru", "violence", null],
];

describe("crisis lexicon, eleventh round", () => {
  it.each(CRISES_11)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it("should give abuse of a disabled person the police and the ambulance, not 189", () => {
    const result = triage("重度の障害がある弟が、父に閉じ込められて何日も出てこない");
    expect(result.department).toBe("障害福祉課");
    expect(result.crisis?.contacts.map((c) => c.number)).toEqual(["110", "119"]);
  });

  it("should not read 首をつかんで as a hanging", () => {
    expect(detectCrisis("隣のおじさんが子どもの首をつかんで揺さぶってる")?.kind).not.toBe(
      "suicide",
    );
  });

  // Everyday words next to the new patterns.
  it.each([
    ["処方された薬はみんな飲んだけど熱が下がらないです"],
    ["電車で終わりにしますか、バスで帰りますか"],
    ["子どもが泣いてるとき、ついどなってしまいます。子育て相談はありますか"],
    ["口の端が下がってきたのは年のせいですか"],
    ["空き家の中に誰かいるか確認してもらえますか"],
    ["母の施設が、感染症で家族を中に入れてくれません"],
    ["認知症の母は話しかけても会話にならないので、介護の申請をしたい"],
    ["この書類送ったら終わりです"],
    ["kaado no saihakkou wo shitai desu"],
    ["面会交流で元夫が今も毎週家の前まで迎えに来ますが、住所は知られたくないです"],
    ["今夜の花火大会、海に行くんですけど駐車場はありますか"],
    ["Besok ada latihan kebakaran di sekolah"],
    ["玉ねぎが腐ったようなにおいが公園の側溝からする"],
    ["古新聞が溜まってきたので回収の日を知りたい"],
    ["長期入院中で郵便物がたまっているので、転送の手続きをしたい"],
    ["玄関の前に誰か来たら、インターホンで確認すればいいですか"],
    ["粗大ごみを車に押し込んで、自分で持って行ってもいいですか"],
    ["ストーブの灯油を持っていくので、回収場所を教えてください"],
    ["子どもが風邪薬を飲んだ後、眠そうなのは普通ですか"],
    ["グループホームの送迎車に荷物を置いたままにしてしまいました"],
    ["Nasunog ang kusina namin noong isang taon, paano ang bagong card?"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Eleventh round, crisis training set 3 read: a line of our own for each new pattern, with the
// kind it must be given and, where one is set, the department.
const CRISES_12: ReadonlyArray<readonly [string, string, string | null]> = [
  ["三階のベランダから落ちたら死ねるかな、もう手すりの所にいる", "suicide", null],
  ["さっき除草剤を飲んだ", "suicide", null],
  ["僕の葬式のお金は引き出しの封筒に入れてあります", "suicide", null],
  ["息子あての手紙も書き終わったので、もう思い残すことはない", "suicide", null],
  ["弟が踏切の方へ歩いて行って、止めても聞かないんです", "suicide", null],
  ["いま、車で樹海に向かってる", "suicide", null],
  ["歩道橋の上に来た。下の道路をトラックが走ってる", "suicide", null],
  ["もしもし あの しに たい んです", "suicide", null],
  ["さよなら人生。もう疲れた", "suicide", null],
  ["わたしがいない方が楽になると思う、家族は", "suicide", null],
  ["崖の上まで来て、靴をそろえた", "suicide", null],
  ["鉄橋の上に来ました。下から川の音がします", "suicide", null],
  ["妈妈留下遗书不见了", "suicide", null],
  ["더는 못 살겠어요", "suicide", null],
  ["Ininom ko ang lahat ng gamot sa bahay", "suicide", null],
  ["Saya tidak ingin hidup lagi", "suicide", null],
  ["मैले सबै औषधि खाइसकेँ", "suicide", null],
  ["I won't need anything after tonight, so I gave my cat away", "suicide", null],
  ["Em gái tôi để lại thư tuyệt mệnh", "suicide", null],
  ["真夜中に誰かが二階の窓をよじ登ってくる", "violence", null],
  ["知らない男が裏口のドアをこじ開けようとしてる", "violence", null],
  ["取り立て屋が玄関を蹴って怒鳴ってる", "violence", null],
  ["掲示板に「駅で刺す」と投稿している人がいる", "violence", null],
  ["ピストルを持った男がコンビニにいる", "violence", null],
  ["元夫から「覚悟しとけ」ってメールが来た", "violence", null],
  ["ストーカーがいて、今アパートの前に車が止まってる", "violence", null],
  ["しらない おとこが げんかんを どんどん たたいてる", "violence", null],
  ["누가 문을 부수려고 해요", "violence", null],
  ["有人在砸我家的窗户", "violence", null],
  ["Um homem está tentando entrar em casa", "violence", null],
  ["おじいちゃん くちびる が むらさき", "medical", null],
  ["赤ちゃんの目が上を向いたまま", "medical", null],
  ["カッターで手のひらをざっくり切ってしまった", "medical", null],
  ["妊娠6か月、破水したみたい", "medical", null],
  ["母が冷や汗をかいて返事をしない", "medical", null],
  ["かじ です にかい が", "medical", null],
  ["こども が でんち のみこんだ", "medical", null],
  ["Mi bebé se está ahogando", "medical", null],
  ["Minha filha engoliu uma moeda", "medical", null],
  ["Bayi saya tersedak", "medical", null],
  ["爷爷怎么叫都叫不醒", "medical", null],
  ["Mẹ tôi ngã trong nhà tắm, không phản ứng", "medical", null],
  ["「ごめんなさい」って子どもの叫び声がずっと", "abuse", "子ども家庭課"],
  ["ママのかれしにけられた", "abuse", "子ども家庭課"],
  ["隣の子、家にごはんがないって言ってた。今も外にいる", "abuse", "子ども家庭課"],
  ["近所の子どもが、お母さんが帰ってきたら殺されるって震えてる", "abuse", "子ども家庭課"],
  ["옆집 아기 맞는 소리가 나요", "abuse", "子ども家庭課"],
  ["A pupil in my class has bruises on her arms again", "abuse", "子ども家庭課"],
  ["わらばーが夜中にベランダに出されてる", "abuse", "子ども家庭課"],
  ["訪問介護の者です。利用者さんがおむつも替えられず寝かされたまま", "abuse", "高齢者支援課"],
  ["嫁が「ご飯なんかやらん」と言うて、ばあちゃんが何も食べとらん", "abuse", "高齢者支援課"],
  ["グループホームで夜勤の職員が利用者の口にガムテープを貼ってる", "abuse", "障害福祉課"],
];

describe("crisis lexicon, eleventh round (crisis training set 3)", () => {
  it.each(CRISES_12)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it("should read a woman beaten in Spanish as violence, not child abuse", () => {
    expect(triage("Un hombre está golpeando a una señora en la parada")?.crisis?.kind).toBe(
      "violence",
    );
    expect(triage("Mi tío está golpeando a mi hermanita")?.crisis?.kind).toBe("abuse");
  });

  // Everyday words next to the new patterns.
  it.each([
    ["落ち葉の掃除をしたら死ぬほど疲れました"],
    ["漂白剤を飲み物の容器に入れないようにと聞きました"],
    ["自分の葬式代くらいは貯金しておきたいので、終活の相談をしたい"],
    ["踏切の方へ歩いて行くと郵便局がありますか"],
    ["This is my last call for today, can you tell me the office hours?"],
    ["Es mi última llamada de hoy, gracias"],
    ["し に たい くらい いそがしい です"],
    ["知らない人が窓口で私の名前を呼んでいました"],
    ["ドアを蹴って開けるタイプの古い物置です"],
    ["息がへんな音になるのは風邪のせいですか、保健センターで相談できますか"],
    ["妊娠中の出血について、母子手帳のどこに書いてありますか"],
    ["いえ から けむり が でる ストーブ の かいしゅう"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

it("should read bedsores and a doctor refused by the household as elder abuse", () => {
  const result = triage("訪問したら高齢男性の床ずれがひどく、同居の娘が病院を拒んでいる");
  expect(result.crisis?.kind).toBe("abuse");
  expect(result.department).toBe("高齢者支援課");
  expect(triage("床ずれ予防のマットを高齢者に貸し出していますか").action).not.toBe("emergency");
});

// Twelfth round (red team 9 read): each new pattern with lines written for this test.
const CRISES_13: ReadonlyArray<readonly [string, string, string | null]> = [
  ["睡眠薬、さっき飲んだ、全部", "suicide", null],
  ["くすり のんじゃった いっぱい もう ねむい", "suicide", null],
  ["雪の山で凍えて終わりにします", "suicide", null],
  ["今夜、海で終わりにします", "suicide", null],
  ["雪の中で眠って終わりにしたい", "suicide", null],
  ["Aku sudah minum racun tikus", "suicide", null],
  ["I drank bleach, I'm sorry", "suicide", null],
  ["Uminom ako ng lason", "suicide", null],
  ["म आफूलाई मार्न चाहन्छु", "suicide", null],
  ["彼氏が私をなぐって、息子もけられてる", "abuse", "子ども家庭課"],
  ["娘の首に紐の跡があって、父親がやったと言っています", "abuse", "子ども家庭課"],
  ["母親が娘の顔を洗面器の水に押しつけて叱ってる", "abuse", "子ども家庭課"],
  [
    "アパートの隣、小さい子の泣き声がして、大人の姿はもう一週間見かけません",
    "abuse",
    "子ども家庭課",
  ],
  ["おかあさん かえってこない。おなか すいた", "abuse", "子ども家庭課"],
  ["うちに わたし と おとうと しか いない", "abuse", "子ども家庭課"],
  ["O pai está batendo na mãe e nos filhos", "abuse", "子ども家庭課"],
  ["発達障害のある息子が、作業所の職員に平手打ちされたと言っています", "abuse", "障害福祉課"],
  ["寝たきりの父がベッドから落とされて、兄は知らん顔です", "abuse", null],
  ["庁舎の玄関に爆弾を仕掛けたという手紙が届きました", "violence", null],
  ["ばくだん を しかけた って でんわ が", "violence", null],
  ["酔った客がスコップを持って店員に向かっていきます", "violence", null],
  ["鉈を持って隣の人が追いかけてくる", "violence", null],
  ["ガラスで腕を切られた、血がすごい", "violence", null],
  ["駅で男が女性の胸ぐらをつかんで怒鳴っています", "violence", null],
  ["階段から突き落とされた、足が動かない", "violence", null],
  ["楼下有人拿着水果刀打架，有人受伤了", "violence", null],
  ["Tem um sujeito armado no mercado", "violence", null],
  ["May lalaki na may baril sa tindahan", "violence", null],
  ["父のろれつがおかしい、さっきから", "medical", null],
  ["夫がお腹を押さえてうずくまってます", "medical", null],
  ["孫が私の血圧の薬を飲んでしまって、ぐったりしてる", "medical", null],
  ["喘息の子、吸入が効かなくて話すのもやっと", "medical", null],
  ["じいちゃん が むね が いたい って", "medical", null],
  ["Nabulunan ang lolo ko", "medical", null],
  ["Mi niña se tragó un imán", "medical", null],
  ["Bé bị hóc hạt nhãn", "medical", null],
  ["Mi padre de repente habla raro y tiene la boca torcida", "medical", null],
  ["我爸爸突然口齿不清，嘴歪了", "medical", null],
  ["아버지가 갑자기 말이 어눌해요", "medical", null],
  ["Ayah saya tiba-tiba bicara pelo", "medical", null],
  ["Está falando enrolado, a boca torta", "medical", null],
  ["बुबाको घाँटीमा अड्कियो", "medical", null],
  ["Someone planted a bomb at the station", "violence", null],
  ["有人持枪在商店里", "violence", null],
  ["Hay un hombre armado en la tienda", "violence", null],
];

describe("crisis lexicon, twelfth round (red team 9 read)", () => {
  it.each(CRISES_13)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it("should read a partner's violence with a child crying or hurt too as child abuse (面前DV)", () => {
    for (const text of [
      "夫が酒を飲んで私を殴っています。子どもが泣いています",
      "My boyfriend is hitting me in front of the kids",
      "Mi esposo me está golpeando delante de mis hijos",
      "Chồng tôi đang đánh tôi, con tôi đang khóc",
      "老公当着孩子的面打我",
    ]) {
      const result = triage(text);
      expect(result.crisis?.kind).toBe("abuse");
      expect(result.department).toBe("子ども家庭課");
      expect(result.crisis?.contacts.map((c) => c.number)).toEqual(
        expect.arrayContaining(["110", "189", "#8008"]),
      );
    }
    // Fleeing with a child, or a stranger threatening children, stays violence.
    expect(triage("夫に殴られました。子どもと逃げたいです").crisis?.kind).toBe("violence");
    expect(triage("A man threatened the children at the park with a knife").crisis?.kind).toBe(
      "violence",
    );
  });

  // Everyday words next to the new patterns.
  it.each([
    ["練炭を処分したいです"],
    ["日帰り旅行の最後は海で終わりにします。バスの時刻表はありますか"],
    ["会社で首を切られました。失業保険の手続きは"],
    ["菜刀怎么扔"],
    ["Naglalaro ang anak ko ng laro na may baril"],
    ["祖母の通帳を持っていって記帳してもいいですか"],
    ["右手が動かないので代筆をお願いできますか"],
    ["胸がいたむニュースが多いですね"],
    ["¿Cómo desechar un cuchillo viejo?"],
    ["Mi madre no puede hablar bien japonés, ¿hay intérprete?"],
    ["我口齿不清，请慢慢说"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twelfth round (crisis training set 4): new lines of our own for each rule added after reading the
// set's misses (none of its lines is pasted here).
const CRISES_14: ReadonlyArray<readonly [string, string, string | null]> = [
  ["練炭を車に積んだんですが、窓は目張りした方がいいですか", "suicide", null],
  ["転入の書類なんですけど、私はこれから死ぬつもりなので急ぎません", "suicide", null],
  ["朝一番の電車が来たら線路に入ります", "suicide", null],
  ["ロープ、もう首にかけた", "suicide", null],
  ["睡眠薬は三か月分ためてあります", "suicide", null],
  ["特急が通るホームで、確実に一回で終わらせたい", "suicide", null],
  ["保険の名義を変えたら、僕は今夜で終わりにします", "suicide", null],
  ["娘の入学式は見届けられないけど、明日の朝には片付いてる", "suicide", null],
  ["週末、樹海に行って戻ってこないつもりです", "suicide", null],
  ["パスワードは妻に教えました。もう、きれいに消えます", "suicide", null],
  ["書類は母に預けました。もう今夜全部終わらせます", "suicide", null],
  ["ビルの非常口の鍵を教えて。屋上で、今夜そこから飛び降りたい", "suicide", null],
  ["himo wa junbi shita. ato wa kubi wo ireru dake", "suicide", null],
  ["The pills are kicking in now, I just wanted to say sorry", "suicide", null],
  ["I want tonight to be the end of it", "suicide", null],
  ["I'm standing on the roof of my office right now", "suicide", null],
  ["Compré una cuerda, voy a ahorcarme", "suicide", null],
  ["Estoy en el cuarto con el carbón encendido", "suicide", null],
  ["Iinumin ko na lahat ng gamot ko mamaya", "suicide", null],
  ["수면제를 전부 모아뒀어요", "suicide", null],
  ["지금 손목을 그었어요", "suicide", null],
  ["Em ấy nói sẽ nhảy cầu tối nay", "suicide", null],
  ["म अहिले छतमा छु", "suicide", null],
  ["ไม่อยากมีชีวิตอยู่แล้ว", "suicide", null],
  ["ကျွန်မ သေချင်တယ်", "suicide", null],
  ["施設に入っている母の腕にあざがあって、夜勤の職員が怖いと泣いています", "abuse", "高齢者支援課"],
  ["祖父の年金を叔父が全部持っていって、祖父はパンしか食べてないそうです", "abuse", "高齢者支援課"],
  ["認知症の祖母を、叔母がさっきから叩いています", "abuse", "高齢者支援課"],
  ["A idosa do lado está trancada e sem comida", "abuse", "高齢者支援課"],
  ["車いすの姉の年金を父が全部持っていって、姉はおかゆしか食べてない", "abuse", null],
  ["甥っ子が、家に帰ると殴られるって泣いてうちにいます", "abuse", "子ども家庭課"],
  ["二歳の子の指が腫れてるのに、親は病院に連れて行かせてくれません", "abuse", "子ども家庭課"],
  ["妹が、母の彼氏に毎晩部屋に入ってこられると言っています", "abuse", "子ども家庭課"],
  ["きんじょ の こ が そと に だされて ないてる", "abuse", "子ども家庭課"],
  ["Pinapalo ng tatay ang anak niya sa labas", "abuse", "子ども家庭課"],
  ["楼上的小孩一直哭，他爸爸在打他", "abuse", "子ども家庭課"],
  ["Họ nhốt đứa bé ngoài ban công cả đêm", "abuse", "子ども家庭課"],
  ["夫が私を叩いています。子どももいます", "abuse", "子ども家庭課"],
  ["だんな が なぐって きます。 こども も います", "abuse", "子ども家庭課"],
  ["Suami saya memukul saya, anak saya di kamar menangis", "abuse", "子ども家庭課"],
  ["店の前で男がドスをちらつかせて叫んでます", "violence", null],
  ["「お前の職場わかってるぞ」と電話で言われました", "violence", null],
  ["元彼から「逃げても無駄だからな」と届きました", "violence", null],
  ["だれか が どあ を あけよう と してる", "violence", null],
  ["しらない ひと が げんかん を けってて こわい", "violence", null],
  ["下校中、知らない男に「乗れ」と言われて追いかけられています", "violence", null],
  ["倉庫の前で「燃やせ」と怒鳴って、ライターを出してます", "violence", null],
  ["元夫が兄を殴りました。今夜こっちに来ると言っています", "violence", null],
  ["隣の人が車を金属バットでたたいてる", "violence", null],
  ["食堂で客同士が打起来了，有人砸头", "violence", null],
  ["A man with a machete is in the parking lot", "violence", null],
  ["There is a man outside my door with a knife and he's banging", "violence", null],
  ["ผู้ชายถือมีดอยู่หน้าบ้าน", "violence", null],
  ["옆집 사람이 문을 계속 두드리고 있어요", "violence", null],
  ["こども が せんざい を のんだ", "medical", null],
  ["My son swallowed a magnet and is crying", "medical", null],
  ["雪の日に祖母の体が冷えきって、ことばが出ない", "medical", null],
  ["父がおふろで湯に顔がついてる", "medical", null],
  ["山で採ったキノコを食べて、夫がずっと吐いている", "medical", null],
  ["娘の腕が変な方向に曲がってる", "medical", null],
  ["아이가 계속 토해요", "medical", null],
  ["Nakalunok ng barya ang anak ko", "medical", null],
  ["Hindi siya gumagalaw sa sahig", "medical", null],
  ["Bé bị bỏng nước sôi ở tay", "medical", null],
  ["Minha mãe caiu no banheiro, bateu a cabeça e não está respondendo", "medical", null],
  ["我爸爸呼吸很困难", "medical", null],
  ["ยายล้ม หัวแตก เลือดออกเยอะ", "medical", null],
  ["အဖေ လဲကျသွားတယ်", "medical", null],
  ["बच्चाले औषधि धेरै खायो", "medical", null],
];

describe("crisis lexicon, twelfth round (crisis training set 4)", () => {
  it.each(CRISES_14)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["手続きを一回で終わらせたいので、必要な書類を教えてください"],
    ["運動会は明日決行する予定です"],
    ["子どもを病院に連れて行かないといけないので、窓口に行けません"],
    ["息子が風邪で二日ご飯を食べてないので、予防接種は延期できますか"],
    ["隣の人が夜中に布団を棒でたたいてる音がうるさいです"],
    ["仏壇のろうそくにマッチで火をつけています"],
    ["夫が餅つきで臼をたたきます。地域の行事の申し込みは"],
    ["O site da prefeitura não está respondendo"],
    ["Hindi po sumasagot ang opisina sa telepono"],
    ["My son swallowed a coin last year; is the X-ray covered?"],
    ["ร้านขายมีดทำครัวอยู่ที่ไหน"],
    ["Tôi muốn hỏi về lớp học bơi, không phải nhảy cầu"],
    ["帰り道、くらい道が多くて怖いので街灯を増やしてほしい"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirteenth round (red team 10 read): new lines of our own for each class of red team 10's
// misses, and for the same classes in wording the set did not use.
const CRISES_15: ReadonlyArray<readonly [string, string, string | null]> = [
  ["死ぬ日はもう決めてあります。来週の月曜です", "suicide", null],
  ["しぬ ばしょ は もう きめた", "suicide", null],
  ["どうせ来月には死ぬんで、年金の手続きはもういいです", "suicide", null],
  ["インスリンを何本も打ちました", "suicide", null],
  ["もう目が覚めなくていいと思って横になりました", "suicide", null],
  ["安定剤をわざと飲んだので、頭がぼーっとしてきた", "suicide", null],
  ["何錠飲めば死ねるのか調べています。薬は手元にあります", "suicide", null],
  ["どのくらい飲んだら二度と起きないですか。睡眠薬なら山ほどあります", "suicide", null],
  ["何メートルから飛べば確実ですか", "suicide", null],
  ["この川に入れば死ねますか", "suicide", null],
  ["駅の近くのビルの屋上に上がりました。あそこで終わりにしたい", "suicide", null],
  ["カッターで手首を何度か切ってみました", "suicide", null],
  ["Vou me enforcar no quintal hoje", "suicide", null],
  ["我已经把安眠药都吃了", "suicide", null],
  ["수면제를 다 먹었어요", "suicide", null],
  ["Tomé todas mis pastillas para dormir", "suicide", null],
  ["元妻から『娘と一緒に死にます』とLINEが来ました", "abuse", "子ども家庭課"],
  ["ママのかれしが いもうとを けってる", "abuse", "子ども家庭課"],
  ["先生、この子の背中にあざがあって、家に帰りたくないって言うんです", "abuse", "子ども家庭課"],
  ["隣の家の子に親が食事をさせていないみたいです", "abuse", "子ども家庭課"],
  ["保育園のお迎えに誰も来ないまま、二日ほど園で預かっている子がいます", "abuse", "子ども家庭課"],
  ["El niño de al lado está solo hace dos días y llora mucho", "abuse", "子ども家庭課"],
  ["障害のある弟が、作業所の職員に寒い夜に外へ出されたそうです", "abuse", "障害福祉課"],
  ["知的障害の兄が、同居の叔父に家から出してもらえていません", "abuse", "障害福祉課"],
  ["知的障害のある利用者さんが、職員に怒鳴られながら押し倒されていました", "abuse", "障害福祉課"],
  ["母の年金を弟が勝手に使っていて、母はガスも止まった部屋で震えています", "abuse", "高齢者支援課"],
  ["Mi abuelo vive con mi primo y no le dan de comer", "abuse", "高齢者支援課"],
  ["Chồng tôi đánh tôi và các con", "abuse", "子ども家庭課"],
  ["My husband hits me and the kids when he drinks", "abuse", "子ども家庭課"],
  ["裏口から知らない男が入ってこようとしてます", "violence", null],
  ["だれか が まど を わろう と してる", "violence", null],
  ["男が『殺したるぞ』と叫んで店の前にいます", "violence", null],
  ["カウンターで男が『火つけたるぞ』と叫んでライターを持っています", "violence", null],
  ["客が『灯油まいたるからな』と言ってポリタンクを持ってきた", "violence", null],
  ["『お前の息子の通学路は知ってるからな』と言われました", "violence", null],
  ["元交際相手が『今から家に行って全部ぶっ壊す』とメールしてきました", "violence", null],
  ["駐車場で男の人が車の窓ガラスをハンマーで割って回っています", "violence", null],
  ["鉄パイプを持った男がこっちに来ます", "violence", null],
  ["元夫が子どもの学校の前で待ち構えているそうです", "violence", null],
  ["Có người đập cửa và dọa đốt nhà", "violence", null],
  ["Están golpeando a alguien frente a mi casa", "violence", null],
  ["Meu vizinho está tentando me matar", "violence", null],
  ["急に父の言っていることがおかしくなって、右手が動きません", "medical", null],
  ["低血糖で母の様子が変です", "medical", null],
  ["祖母が急に真っ白になって、椅子にもたれています", "medical", null],
  ["夫が口から泡を出して震えています", "medical", null],
  ["蜂に刺されたら足がふらふらして立っていられないと言っています", "medical", null],
  ["やかんのお湯をかぶって、腕全体がやけどになってます", "medical", null],
  ["子どもがボタン電池を一個飲み込んだかもしれない", "medical", null],
  ["じいちゃん頭打って血だらだら", "medical", null],
  ["息子が公園の遊具から落ちて、腕の骨が見えています", "medical", null],
  ["同居の叔母の口がゆがんで、言葉がうまく出ていません", "medical", null],
  ["妻が妊娠中なんですが、急にお腹が痛くなって出血しています", "medical", null],
  ["祖母がこたつで寝たまま、呼んでも起きません", "medical", null],
  ["息子の足が変な方向に曲がっています", "medical", null],
  ["Minha mãe está com dor forte no peito", "medical", null],
  ["Mi padre se cayó de la escalera y no responde", "medical", null],
  ["아버지가 갑자기 쓰러지셨어요", "medical", null],
];

describe("crisis lexicon, thirteenth round (red team 10 read)", () => {
  it.each(CRISES_15)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it("should read 'vai me matar' (he will kill me) as violence, not as the caller's suicide", () => {
    expect(detectCrisis("Meu ex está gritando que vai me matar")?.kind).toBe("violence");
    expect(detectCrisis("Eu quero me matar")?.kind).toBe("suicide");
  });

  // Everyday words next to the new patterns.
  it.each([
    ["古い物置を壊そうとしているのですが、解体の補助金はありますか"],
    ["ママの彼氏はぶっきらぼうだけど優しい人です"],
    ["El niño solo tiene tos desde hace dos días, ¿hay pediatra de guardia?"],
    ["マイナポータルの画面が急に真っ白になって進みません"],
    ["仏壇のろうそくに火をつけたろうそく立てが倒れそうで"],
    ["玄関から人が入ろうとすると自動ドアが開かないんです"],
    ["どうせ明日も休みなので、ゆっくり手続きします"],
    ["この薬は何錠飲めばいいですか"],
    ["死亡保険の受取人を変えたいのですが、市の窓口でできますか"],
    ["急に話が変わりますが、転出届の件です"],
    ["低血糖の講習会はありますか"],
    ["『子どもと一緒に死ぬほど笑った』と友達が言っていました"],
    ["『殺したろか思たわ』って、冗談で兄が言うんです"],
    ["『お前の家の前の道、工事するって知ってる？』と近所の人に言われました"],
    ["インスリンの注射は毎日打っています。自己負担は"],
    ["ガソリンを給油したいのですが、公用車のカードはどこですか"],
    ["骨折したときの保険の手続きを教えてください"],
    ["家に帰りたくないって言う中学生の相談窓口はありますか"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirteenth round, the same classes in more wording and languages (our own lines, written after
// red team 10's misses showed foreign residents' words and symptoms said plainly to be thin).
const CRISES_15B: ReadonlyArray<readonly [string, string, string | null]> = [
  ["死ぬのにちょうどいい場所を探しています", "suicide", null],
  ["腕をどれくらい深く切ったら終われるんだろう", "suicide", null],
  ["mama no kareshi ga otouto wo naguru", "abuse", "子ども家庭課"],
  ["Minha esposa tomou todos os comprimidos da caixa e não acorda", "suicide", null],
  ["近所の家から『やめて、痛い』という子どもの声と、物が割れる音がします", "abuse", "子ども家庭課"],
  ["隣の子がいつも同じ服で、夜中に一人で外にいます", "abuse", "子ども家庭課"],
  ["保育園で、背中にアイロンのやけどの跡がある子がいます", "abuse", "子ども家庭課"],
  ["A vizinha deixa o bebê sozinho em casa o dia inteiro, ele não para de chorar", "abuse", null],
  ["Hàng xóm đánh con rất dữ, đứa bé khóc thét", "abuse", null],
  ["옆집 아이가 매일 밤 맞고 울어요", "abuse", null],
  ["The child next door has been locked on the balcony all night", "abuse", null],
  ["介護してる母を、義姉がつねったり怒鳴ったりしてるのを見ました", "abuse", "高齢者支援課"],
  ["さっきから非通知で『今から行くぞ』と何度も電話が来ます", "violence", null],
  ["男が女の子の腕をつかんで、車に乗せようとしています", "violence", null],
  ["窓口の職員さんに、さっきの客が『帰り道気をつけろよ』と言って出ていきました", "violence", null],
  ["福祉課の前で男の人が大声で怒鳴って、椅子を投げています", "violence", null],
  ["Alguien está tratando de abrir mi puerta", "violence", null],
  ["Chồng tôi đang say rượu và đập phá đồ đạc, tôi rất sợ", "violence", null],
  ["Có người lạ đang cố mở cửa nhà tôi", "violence", null],
  ["Suami saya mengancam akan membunuh saya", "violence", null],
  ["Someone is banging on my door and shouting that he'll burn the house down", "violence", null],
  ["母の手足がぴくぴくして、目の焦点が合っていません", "medical", null],
  ["父が暑い部屋で汗もかかずに、ぼーっとして返事もおかしい", "medical", null],
  ["子どもの唇が腫れて、声がかすれてきました。さっきエビを食べました", "medical", null],
  ["お隣のおじいちゃんが、雨戸も開かず、三日ほど姿が見えません", "medical", null],
  ["Mi hijo tomó cloro por accidente y está vomitando", "medical", null],
  ["Mi abuela está tirada en el suelo y no habla", "medical", null],
  ["Mẹ tôi bị ngã và đập đầu, máu chảy nhiều", "medical", null],
  ["Con tôi nuốt phải pin", "medical", null],
  ["May usok at apoy sa kusina ng kapitbahay", "medical", null],
  ["어머니가 갑자기 말을 못 하시고 한쪽 팔을 못 움직여요", "medical", null],
  ["Ada asap tebal keluar dari rumah tetangga", "medical", null],
  ["बुबा अचानक बोल्न सक्नुहुन्न, एउटा हात चल्दैन", "medical", null],
  ["My grandmother is on the floor and can't get up", "medical", null],
];

describe("crisis lexicon, thirteenth round (more wording and languages)", () => {
  it.each(CRISES_15B)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it.each([
    ["子どもがいつも同じ服を着たがるので困っています"],
    ["うちの子が夜中に一人で外に出ないか心配です"],
    ["のどが腫れて声がかすれるので、休日診療所を教えて"],
    ["目の焦点が合わないので眼科を探しています"],
    ["まぶたがぴくぴくして気になります"],
    ["死ぬための準備をする終活セミナーの場所を調べています"],
    ["मेरो साथी जापानी बोल्न सक्नुहुन्न, दोभाषे पाइन्छ?"],
    ["아이가 예방 주사를 맞고 울어요. 접종 증명서는 어디서 받아요?"],
    ["Ada asap rokok dari tetangga, bisa lapor ke mana?"],
    ["Hay basura tirada en el suelo del parque"],
    ["Meu filho não acorda cedo para a escola"],
    ["Saya ingin membunuh waktu di perpustakaan"],
    ["『夜道は気をつけなよ』と母に言われました"],
    ["息子が椅子を投げて遊んでいて困ります。子育て相談はどこですか"],
    ["息子がいじめられていると言っていて、学校に相談したいです"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirteenth round (crisis training set 5): our own lines for each class its misses showed.
const CRISES_16: ReadonlyArray<readonly [string, string, string | null]> = [
  ["仕事も家族ももういい。今、団地の五階の手すりをまたいでいます", "suicide", null],
  ["兄が散弾銃を自分の頭に当てて、部屋から出てきません", "suicide", null],
  ["手紙は机に置きました。今夜で全部終わりにします", "suicide", null],
  ["父にだけ よろしく と つたえて ください いま せんろ の ちかく です", "suicide", null],
  ["Ya tengo la soga preparada en el garaje", "suicide", null],
  ["九階の非常階段で下を見てたら、落ちたくなってきた", "suicide", null],
  ["処方された睡眠薬を二週間分まとめて飲み込みました", "suicide", null],
  ["老人ホームにいる祖父が、電話で介護士に殴られたって震えてる", "abuse", "高齢者支援課"],
  ["年金も通帳も娘に取り上げられて、もう三日食べる物がありません", "abuse", "高齢者支援課"],
  ["弟の赤ちゃんが泣きやまなくて、弟がすごい勢いで揺さぶってる", "abuse", "子ども家庭課"],
  ["小四の娘が「お父さんが夜中にへんなことしてくる」と打ち明けました", "abuse", "子ども家庭課"],
  ["継父が毎晩わたしの部屋に入ってくるのが怖くて、家に帰れない", "abuse", "子ども家庭課"],
  ["公園で、よその子のお母さんがその子をハンガーで叩いてて、止められない", "abuse", "子ども家庭課"],
  ["あのね ぱぱ が いま たたいてる おとうと が ないてる", "abuse", "子ども家庭課"],
  [
    "夜中の二時に、裸足の幼い子が一人で道路を歩いていて、親が見当たりません",
    "abuse",
    "子ども家庭課",
  ],
  ["今まさに男がベランダのガラスを割って入ってこようとしてます", "violence", null],
  ["隣の人が、うちの玄関に灯油をまき始めました", "violence", null],
  ["鉄パイプを持った男が駅前で人を追い回しています", "violence", null],
  ["駅の改札で、酔った男が傘で駅員さんの頭を叩いてます", "violence", null],
  ["夫が後ろで見張っていて、電話を切ったら殺すって言われています", "violence", null],
  ["元夫から「お前の息子を今日学校からさらう」とメールが来ました", "violence", null],
  ["おっと が また わたし を なぐって ます", "violence", null],
  ["Ada yang menyiramkan bensin ke pintu rumah tetangga", "violence", null],
  ["同級生の父親が母親の顔を殴ってる、今も続いてる", "violence", null],
  ["友達の彼氏が友達を家から出さないって、さっき「助けて」ってLINEが来た", "violence", null],
  ["ごめん 話せない 元彼が すぐ隣に いる 助けて", "violence", null],
  ["ストーカーの男がマンションの中まで入ってきて、玄関の前にいます", "violence", null],
  ["「明日お前を刺しに行く」とメッセージが何度も届いています", "violence", null],
  ["ストーブで祖母が腕をやけどして、皮がめくれています", "medical", null],
  ["息子が息が苦しそうで、唇が紫になってきました", "medical", null],
  ["二歳の娘がベランダから落ちて、泣かないし動かない", "medical", null],
  ["風呂掃除で洗剤を混ぜたら、夫がせき込んで目も開けられない", "medical", null],
  ["祖母に呼びかけても反応が鈍くて、顔色が悪いです", "medical", null],
  ["生まれたばかりの赤ちゃんの体がだらんとして、ミルクも飲みません", "medical", null],
  ["ジョギング中の人が倒れて、脈が触れないんです", "medical", null],
  ["할머니가 갑자기 숨을 잘 못 쉬세요", "medical", null],
  ["Ibu saya tiba-tiba tidak bisa bicara dan tangannya lemas", "medical", null],
];

describe("crisis lexicon, thirteenth round (crisis training set 5)", () => {
  it.each(CRISES_16)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["子どもたちが公園の柵を乗り越えて遊んでいるので、危なくないか見てほしい"],
    ["母によろしくとお伝えください、今から市役所に向かいます"],
    ["粉薬を半分飲み込んだところで、むせてしまいました。薬局はどこですか"],
    ["夫が私をたたき起こして、ゴミの日だと言いました"],
    ["保育園に連れていくと夫が言っていました"],
    ["Saya mau membakar sampah daun di halaman, boleh?"],
    ["Saya tidak bisa bicara bahasa Jepang dengan baik"],
    ["日焼けで背中の皮がむけてきました。皮膚科を教えて"],
    ["子どもが遊具から落ちたけど、泣いてないし元気です"],
    ["洗剤を混ぜると危ないって本当ですか"],
    ["息子が最近へんなことばかりしてきて困ります"],
    ["赤ちゃんを抱っこして揺らすと泣き止みます"],
    ["畑にガソリンをこぼしてしまいました、どう処理すれば"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Fourteenth round (red team 11 read): our own lines for each class of its misses and kinds.
const CRISES_17: ReadonlyArray<readonly [string, string, string | null]> = [
  ["陸橋のフェンスの外側に女の子が座っています", "suicide", null],
  ["マンションの屋上で、手すりの向こう側に父が立ってるんです", "suicide", null],
  ["娘が肩で息をしていて、ゼーゼーいっています", "medical", null],
  ["製材所で兄の腕がローラーに巻き込まれました", "medical", null],
  ["作業場で同僚の指がちぎれそうになっています", "medical", null],
  ["朝になっても夫が起こしても起きないんです", "medical", null],
  ["陣痛の前に破水して、へその緒が出てきています", "medical", null],
  ["おじいちゃんが きゅうに ことばが でなくなった", "medical", null],
  ["母の片方の腕がだらんとして上がりません", "medical", null],
  ["父が低血糖でジュースも飲み込めないんです", "medical", null],
  ["Mi hermana está sangrando mucho después del parto", "medical", null],
  ["トラックの男が人を何度もはねようとしている", "violence", null],
  ["駅前で男がスコップを振り回して、通行人が殴られました", "violence", null],
  ["電車で酔った客が駅員さんを殴ってる", "violence", null],
  ["元彼が玄関のドアに体当たりしてきます", "violence", null],
  ["いま しらない ひとに おいかけられて います", "violence", null],
  ["隣の家でけんかの声と悲鳴が聞こえる", "violence", null],
  ["近所の人がハンマーでうちの窓を叩き割ろうとしている", "violence", null],
  ["同居人に熱湯をかけられました", "violence", null],
  ["My boyfriend locked me in the bedroom and says he will kill me", "violence", null],
  ["Someone keeps pounding on my door and I'm scared", "violence", null],
  ["有个陌生人一直跟着我", "violence", null],
  ["Họ nhốt tôi trong phòng", "violence", null],
  ["となりの家で赤ちゃんの泣き声が四日も続いています", "abuse", "子ども家庭課"],
  ["近所の子の泣き声がずっとしていて、もう声がかすれてきました", "abuse", "子ども家庭課"],
  ["孫が「ママに首を絞められた」と言って、首に指の跡があります", "abuse", "子ども家庭課"],
  ["義姉が赤ちゃんの口をタオルで押さえつけていました", "abuse", "子ども家庭課"],
  ["子どもに食べさせる物がもう三日もないんです", "abuse", "子ども家庭課"],
  ["中学生の息子が、塾の講師から体を触られていると打ち明けた", "abuse", "子ども家庭課"],
  ["酔っ払いが公園で子どもを蹴っている", "violence", null],
  [
    "障害のある弟が施設の職員に食事抜きと言われて、食べさせてもらえていません",
    "abuse",
    "障害福祉課",
  ],
  ["知的障害のある娘が作業所で働かされて、給料を取り上げられています", "abuse", "障害福祉課"],
  ["車いすの母に、兄が水も飲ませていません", "abuse", "障害福祉課"],
  ["夫の父に向かって、妻が「早く死ね」と怒鳴っています", "abuse", "高齢者支援課"],
  ["祖母を階段から突き落とそうとしている", "abuse", "高齢者支援課"],
  ["我丈夫在打我，孩子也在哭", "abuse", "子ども家庭課"],
  ["おっとに なぐられてる こどもも ないてる", "abuse", "子ども家庭課"],
];

describe("crisis lexicon, fourteenth round (red team 11 read)", () => {
  it.each(CRISES_17)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["歩道橋の柵の外側に看板を出したいのですが、許可は必要ですか"],
    ["肩で息をするくらい階段がきついので、エレベーターの設置を"],
    ["コピー機に紙が挟まれて取れません"],
    ["毎朝、起こしても起きないので困っています"],
    ["傘を振り回して遊ぶ子が多いので、注意の放送をしてほしい"],
    ["保護者会で、体を触られるのを防ぐ授業の話がありました"],
    ["ドアに体当たりする遊びが流行っていて困っています"],
    ["低血糖の人向けの講習会はありますか"],
    ["子どもに食べさせるものがいつも同じで悩んでいます"],
    ["車いすの父の通院の送迎サービスはありますか"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Fourteenth round, after the refit: development lines the refitted model no longer carried and
// kinds it read otherwise were taken as classes and given rules. Our own lines for each class.
const CRISES_18: ReadonlyArray<readonly [string, string, string | null]> = [
  ["物置の梁に縄をかけてきた。もう行く", "suicide", null],
  ["わしはもう死んじゃるけん", "suicide", null],
  ["除草剤を飲めば楽に逝けると思って、今手に持っています", "suicide", null],
  ["保険金で借金が返せるように手続きは済ませました", "suicide", null],
  ["私が死んだ後のことを聞きたいです。今夜決行しますので", "suicide", null],
  ["いま かわ の そば で もう はいろう かな", "suicide", null],
  ["もう決めたので。妹にだけ、ありがとうって伝えて", "suicide", null],
  ["湯船にお湯をためて、延長コードを持ってきました", "suicide", null],
  ["電柱に突っ込めば楽になれるかなって考えてます", "suicide", null],
  ["父の命日に、父のところへ行こうと思います", "suicide", null],
  ["時計は弟に譲りました。もう使うこともないので。", "suicide", null],
  ["ベルトを首にかけたところです", "suicide", null],
  ["このひも、丈夫かな。いまそれ首にかけてるとこ", "suicide", null],
  ["リストカットが止められない、今日はいつもより深い", "suicide", null],
  ["母が泣きながら漂白剤を飲もうとしてる", "suicide", null],
  ["友達が「これから海に行って帰らない」ってメールしてきた", "suicide", null],
  ["もう限界。いま五階の廊下の窓を開けてる", "suicide", null],
  ["隣の部屋の窓がガムテープで目張りされています", "suicide", null],
  ["ばあちゃんが よんでも おきない", "medical", null],
  ["祖父に話しかけても変なことを言っていて、体が熱い", "medical", null],
  ["目の前がぐるぐるして立てません", "medical", null],
  ["赤ちゃんが熱いお湯をかぶった", "medical", null],
  ["陣痛が来て、もう頭が出てきそうです", "medical", null],
  ["自転車の人が血を流して倒れたまま動きません", "medical", null],
  ["向かいの家が燃えよる！", "medical", null],
  ["祖母が腰が痛くて起き上がれません", "medical", null],
  ["父が呼吸していません", "medical", null],
  ["一歳の娘が電池を食べてしまいました", "medical", null],
  ["隣のアパートから黒い煙と炎が見えます", "medical", null],
  ["じいちゃんが風呂で動かない", "medical", null],
  ["男が受付の人に殴りかかっています", "violence", null],
  ["かれし が ほうちょう 持って くる", "violence", null],
  ["うちに知らない人が入ってきた、押し入れにいる", "violence", null],
  ["今まさに元夫が家の前にいて、こっちを見ています", "violence", null],
  ["誰かが玄関に石を投げつけてきます", "violence", null],
  ["元彼が玄関のドアを蹴っています", "violence", null],
  ["隣の旦那、また奥さんしばいとる", "violence", null],
  ["窓の鍵が外から開けられた、今トイレに隠れてる", "violence", null],
  ["店で男が拳銃を出しました", "violence", null],
  ["郵便受けに「家ごと燃やす」と書いた紙が入っていました", "violence", null],
  ["隣の子、またしばかれとるわ。おっちゃんがしばいとる", "abuse", "子ども家庭課"],
  ["近所の子が外に出されてる、はだしで震えてる", "abuse", "子ども家庭課"],
  ["二歳くらいの子が二日も一人で置かれているみたい", "abuse", "子ども家庭課"],
  ["向かいのおばあさんが家族から暴行を受けているようです", "abuse", "高齢者支援課"],
  ["ばあちゃんが毎日孫にどつかれてる", "abuse", "高齢者支援課"],
];

describe("crisis lexicon, fourteenth round (after the refit)", () => {
  it.each(CRISES_18)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["納屋の梁が傷んでいるので、修理の補助はありますか"],
    ["除草剤の使い方の講習はありますか"],
    ["保険金の請求の手続きを教えてください"],
    ["古い自転車を譲りました。もう乗ることもないので、防犯登録の抹消はどうすれば"],
    ["延長コードは何ごみですか"],
    ["お墓参りに行こうと思います。霊園の駐車場は"],
    ["目の前がぐるぐるするほど忙しい一週間でした"],
    ["ネクタイの結び方の講座はありますか"],
    ["ネクタイの寄付はどこで受け付けていますか"],
    ["夜の海に行って帰らない日があってもいいかなと思う旅行です"],
    ["ボタン電池を食べてしまう事故を防ぐには"],
    ["拳銃の所持許可は警察ですか"],
    ["留守番で子どもが一人で残されるのは何歳からいいですか"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Fifteenth round (red team 12 read): our own lines for each class of its misses and kinds.
const CRISES_19: ReadonlyArray<readonly [string, string, string | null]> = [
  ["いま踏切の前にいて、次の電車が来たら、って考えてしまう", "suicide", null],
  ["駅のホームのベンチです。特急が来たら…と思ってて", "suicide", null],
  ["カッターを握ってて、もう止められそうにないです", "suicide", null],
  ["剃刀を持ってるんですけど、自分を抑えられません", "suicide", null],
  ["産後ずっと眠れず、この子といっしょにベランダから、と考えてしまう", "suicide", null],
  ["自分が死んだら犬の世話は誰が…。覚悟はもう決めた。今夜やる", "suicide", null],
  ["妹から『今までごめん』とだけ届いて、それから電話に出ません", "suicide", null],
  ["Anh ấy đang đứng trên cầu và không chịu xuống", "suicide", null],
  ["隣の家から、小学生の男の子が「痛い」と泣く声と母親の怒鳴り声がしてる", "abuse", "子ども家庭課"],
  ["また娘に手が出そうで、自分がこわい。いま娘は寝てます", "abuse", "子ども家庭課"],
  ["おかあさんが おとうさんを けってる たすけて", "abuse", "子ども家庭課"],
  ["아랫집 애가 울고 있는데 아빠가 계속 때리는 소리가 나요", "abuse", "子ども家庭課"],
  ["78歳の父が、同居の兄に食事ももらえていないようです", "abuse", "高齢者支援課"],
  ["父はここ数日、水を飲ませてもらっていないと言うんです", "abuse", "高齢者支援課"],
  [
    "グループホームにいる妹の腕に傷があって、世話人さんは知らないと言い、妹は震えています",
    "abuse",
    "障害福祉課",
  ],
  ["息子が上級生たちに囲まれて蹴られてるって連絡が", "violence", null],
  ["見知らぬおじさんが娘を追いかけ回して、石を投げてきた", "violence", null],
  ["駐車場で男が鉄パイプで車のガラスを割っています", "violence", null],
  ["居酒屋で客がビール瓶で店員の頭を殴りました", "violence", null],
  ["彼が私を寝室に閉じ込めて、外から鍵をかけていきました", "violence", null],
  ["He's yelling at me and throwing things, it's happening right now", "violence", null],
  ["A guy with a baseball bat just hit a woman outside the shop", "violence", null],
  ["祖母の口の左側が垂れて、よだれが出ています", "medical", null],
  ["夫がペンが握れなくなって、ろれつも変です", "medical", null],
  ["さっきから胸が引き裂かれるみたいに痛いです", "medical", null],
  ["妊娠34週で、さっきから出血してておなかが張って痛い", "medical", null],
  ["赤ちゃんが息をするたびに胸がぺこぺこへこんでいます", "medical", null],
  ["父が屋根から転落して動けないみたいです", "medical", null],
  ["Minha mãe bateu a cabeça e agora está confusa", "medical", null],
  ["Suami saya pingsan di dapur", "medical", null],
];

describe("crisis lexicon, fifteenth round (red team 12 read)", () => {
  it.each(CRISES_19)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["ホームで待っています。次の電車が来たら乗ります"],
    ["カッターを持ってきてもいいですか、工作の教室で使います"],
    ["娘といっしょに窓から花火を見ました"],
    ["息子が先輩たちに囲まれて写真を撮っていました"],
    ["バットでボールを打つ練習ができる公園はありますか"],
    ["割れたコップで手を切らないように、捨て方を教えてください"],
    ["口の右側が下がるのは神経の病気だと講座で聞きました。資料はありますか"],
    ["転落防止の柵を設置する補助金はありますか"],
    ["妊娠12週です。母子手帳はどこでもらえますか"],
    ["70歳の父の介護保険の手続きを教えてください"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Sixteenth round (red team 13 read): dying by one's own hand said outright, an old parent kept in
// a shed, a disabled person left alone, ganging up, a stranger grabbing someone by the hair or neck,
// held against a wall, people tied up by intruders, smashing now, a burglar's signs at night,
// Spanish threats, a sudden change of speech or one arm that will not rise, a toy magnet swallowed,
// choking first aid, and a partner's violence with the child fleeing too. Our own lines.
const CRISES_20: readonly (readonly [string, string, string | null])[] = [
  ["今夜、自分で死ぬつもりです。書類はもういりません", "suicide", null],
  ["みずから しにます。あとのこと よろしく", "suicide", null],
  ["兄が自ら死のうとして、台所で包丁を持っています", "suicide", null],
  ["兄夫婦が母を物置に寝かせていて、夜は氷点下です", "abuse", "高齢者支援課"],
  ["80歳の祖父を家族が車庫に閉じ込めています", "abuse", "高齢者支援課"],
  ["叔母が父を小屋に住まわせて、食事も運んでいないようです", "abuse", "高齢者支援課"],
  ["障害のある弟が、家族に三日も放っておかれているそうです", "abuse", "障害福祉課"],
  ["車いすの母がトイレにも行かせてもらえないと泣いています", "abuse", "障害福祉課"],
  ["公園で高校生が何人かで一人を囲んで殴ってます", "violence", null],
  ["駅の裏で男の子が大人たちに囲まれて、金を出せと蹴られています", "violence", null],
  ["酔った男がコンビニの店員の髪をつかんで怒鳴っています", "violence", null],
  ["知らない男が娘の腕をつかみ、車に乗せようとしています", "violence", null],
  ["ロビーで男性が警備員の胸ぐらをつかんで壁に押しつけています", "violence", null],
  ["強盗が入ってきて、店長が縛られています", "violence", null],
  ["となりの人が、うちの車のガラスを叩き割っています", "violence", null],
  ["深夜に窓の割れる音がして、下で誰かが歩き回っています", "violence", null],
  ["Mi vecino grita que nos va a matar y está rompiendo la puerta", "violence", null],
  ["父が急に話し方がおかしくなって、右手が上がらないんです", "medical", null],
  ["母の顔も片側だけゆがんでいて、左腕が動かない", "medical", null],
  ["孫が磁石のついたおもちゃの部品を飲み込んだみたいです", "medical", null],
  ["祖母が団子を詰まらせて、背中を叩いても出てきません", "medical", null],
  ["夫に殴られて、子どもを連れて逃げています。今も外で叫んでいます", "abuse", "子ども家庭課"],
  ["ぼく小学生です。パパがよっぱらうと、ママとぼくをたたきます", "abuse", "子ども家庭課"],
  ["中学生なんですけど、母が毎晩わたしを叩いてきます", "abuse", "子ども家庭課"],
  [
    "私は中学生です。父は怒るとすぐ私を蹴ります。今も部屋の外で怒鳴っています",
    "abuse",
    "子ども家庭課",
  ],
];

describe("crisis lexicon, sixteenth round (red team 13 read)", () => {
  it.each(CRISES_20)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["自分で死ぬまでに行きたい場所のリストを作っています"],
    ["物置に寝かせておいた古い自転車を捨てたい"],
    ["父を納屋に案内して、農機具の査定をしてもらいました"],
    ["子どもたちが先生を囲んで笑っていました"],
    ["客の男性がコートの襟をつかんで寒そうにしていました"],
    ["髪を縛っています。証明写真はこのままでいいですか"],
    ["割れる音がするくらい風が強いです。窓の補助は"],
    ["右手が上がらないので、四十肩の整体の補助はありますか"],
    ["磁石の付いた名札を返しに来ました"],
    ["子どもを連れて逃げるように引っ越してきました。転校の手続きを"],
    ["中学生です。お母さんは私を塾に送ってくれます。市の自習室はありますか"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Seventeenth round (red team 14 read): a poison named and then drunk, going into the sea or a
// river now, an old person's cry heard, an old caller hurt, unfed or kept in by the younger
// household, a pension used up and the caller beaten, a face smothered, an old parent left cold
// with the carer gone, a child left alone and limp or shaken and gone quiet (read with 119), a
// pupil or child quoting a parent's harm or fleeing a parent, a child shut out (English), Korean,
// Indonesian and Portuguese words, a partner's violence with the children there (Japanese, Chinese,
// Vietnamese, English), someone beaten by a role, a break-in, a weapon pointed, bleeding or a hard
// belly in pregnancy, the waters broken, detergent in a child's mouth, Nepali. Our own lines.
const CRISES_21: readonly (readonly [string, string, string | null])[] = [
  ["農薬のボトルが台所にあって、父がさっきその残りを全部飲んだと言っています", "suicide", null],
  ["漂白剤のボトル、中身を半分飲みました。もう疲れた", "suicide", null],
  ["もう疲れたけん、今から海に入ります", "suicide", null],
  ["今夜、湖に入ろうと思います。誰にも言わないでください", "suicide", null],
  ["隣のおじいちゃんの『痛い、やめてくれ』という声がずっと聞こえます", "abuse", "高齢者支援課"],
  ["息子の嫁から食事をもらえず、部屋から出してもらえません", "abuse", "高齢者支援課"],
  ["孫に杖で叩かれて、家から追い出されそうです", "abuse", "高齢者支援課"],
  ["婿から包丁を向けられて、婿は今も台所にいます", "abuse", "高齢者支援課"],
  ["同居の孫が私の年金を使い込んで、逆らうと殴るんです", "abuse", "高齢者支援課"],
  ["介護施設で職員が祖父の口にタオルを押しつけていました", "abuse", "高齢者支援課"],
  [
    "祖母がエアコンもない部屋でぐったりしていて、面倒を見ている叔母は旅行に出ていったようです",
    "abuse",
    "高齢者支援課",
  ],
  ["할아버지가 아들한테 맞았다고 하세요", "abuse", "高齢者支援課"],
  ["Anak tiri saya memukul nenek saya setiap malam", "abuse", "高齢者支援課"],
  ["Meu avô está sem comida há três dias, meu tio não dá nada", "abuse", "高齢者支援課"],
  [
    "向かいの家で幼い子が一人でベランダに倒れていて、親は昨日から帰ってきていません",
    "abuse",
    "子ども家庭課",
  ],
  ["赤ちゃんを強く揺さぶってしまって、ぐったりしています", "abuse", "子ども家庭課"],
  ["児童が『ママにまた閉じ込められる』と言って帰りたがりません", "abuse", "子ども家庭課"],
  ["小学生の女の子が『パパに殴られる』と泣きながら走ってきました", "abuse", "子ども家庭課"],
  ["男の子が家から逃げてきて、後ろから母親が追いかけてきています", "abuse", "子ども家庭課"],
  [
    "The little girl next door is on the porch in the rain and her mom won't let her back in",
    "abuse",
    "子ども家庭課",
  ],
  ["아이가 아빠한테 맞았다고 울어요", "abuse", "子ども家庭課"],
  ["Ayahnya memukul anak itu dengan ikat pinggang", "abuse", "子ども家庭課"],
  ["夫が子どもたちの前で私を殴っています", "abuse", "子ども家庭課"],
  ["彼氏に殴られて、娘を連れて車で実家に逃げています", "abuse", "子ども家庭課"],
  ["老公打我和儿子，我们现在在邻居家", "abuse", "子ども家庭課"],
  ["Chồng tôi đánh tôi, con tôi đang ở với anh ấy", "abuse", "子ども家庭課"],
  ["My husband is hitting me and my son is still with him", "abuse", "子ども家庭課"],
  ["店の前で男が店長を何度も蹴っています", "violence", null],
  ["ガラスを割って誰かが入ってきました", "violence", null],
  ["催涙スプレーを向けられて、目が痛いです", "violence", null],
  ["元夫が私の顔にクッションを押しつけてきて、息ができなかった", "violence", null],
  ["妊娠三十二週で、出血もあってお腹が痛いです", "medical", null],
  ["臨月のお腹が板のように硬くて痛い", "medical", null],
  ["さっき破水しました。まだ三十二週です", "medical", null],
  ["1歳の息子が漂白剤を口に入れて、咳き込んでいます", "medical", null],
  ["मेरो बहिनी गर्भवती छिन्, रगत बगिरहेको छ", "medical", null],
  ["Estoy embarazada y se me rompió la fuente", "medical", null],
  ["Saya hamil tujuh bulan dan ketuban sudah pecah", "medical", null],
  ["Tôi đang mang thai và bị chảy máu nhiều", "medical", null],
  ["嫁に飯も食わせてもらえんで、腹が減って動けん", "abuse", "高齢者支援課"],
  ["母が弟に物置に入れられて、出してもらえないと電話がありました", "abuse", "高齢者支援課"],
  ["下の部屋から食器が割れる音と女の人の悲鳴が続いています", "violence", null],
  ["陣痛が強くなって、もう生まれそうです。車がありません", "medical", null],
  ["妊娠八か月ですが、お腹が痛くて血が出ています", "medical", null],
  ["娘が洗濯用のジェルボールをかじって、吐いています", "medical", null],
  ["祖父が農薬を間違えて飲んで、ふらふらしています", "medical", null],
  ["Mi hija tragó detergente y no para de toser", "medical", null],
];

describe("crisis lexicon, seventeenth round (red team 14 read)", () => {
  it.each(CRISES_21)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it("should read the ambulance first for a child left limp or shaken", () => {
    const result = triage("赤ちゃんを何度も揺さぶったら、急に静かになって反応がありません");
    expect(result.crisis?.kind).toBe("abuse");
    expect(result.crisis?.contacts.map((contact) => contact.number)).toEqual(["119", "189", "110"]);
  });

  // Everyday words next to the new patterns.
  it.each([
    ["農薬の残りはどうやって捨てればいいですか"],
    ["これから海に入るので、ライフジャケットを借りたいです"],
    ["息子の嫁から食事会に誘われました。公民館の予約を"],
    ["孫から杖をプレゼントされました。介護保険で買えるものはありますか"],
    ["枕を押しつけると痛い首の相談はどこですか"],
    ["破水したら病院に電話するんですよね？"],
    ["上の子のときは破水してから出産まで半日でした。出産育児一時金の申請を"],
    ["妊娠三十週です。両親学級の申し込みは"],
    ["赤ちゃんを揺さぶらないように、という講座のチラシをください"],
    ["店長を何度も呼んだのに来てくれませんでした"],
    ["子どもたちの前で話す機会があるので、防犯の資料をください"],
    ["洗剤を口に入れないように、チャイルドロックを付けたいです"],
    ["Estoy embarazada, ¿dónde recibo la libreta de salud materno-infantil?"],
    ["Saya hamil, di mana saya bisa mendapatkan buku KIA?"],
    ["妊娠中です。両親学級で血が出たときの対処を習いました"],
    ["上の階で物が壊れる音がしてうるさいです。管理会社に言うべきですか"],
    ["陣痛が来たら、タクシーの補助はありますか"],
    ["洗剤をなめないように、子どもの手が届かない所に置いています"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Eighteenth round (red team 15 read): new lines of our own for each new rule (no line of the set).
const CRISES_RT15: readonly (readonly [string, string, string | null])[] = [
  ["もう決めました。今夜、川に入ると決めたので、子どもたちをお願いします", "suicide", null],
  ["兄が堤防の先で、腰に石を縛りつけています", "suicide", null],
  ["除草剤を湯のみに注ぎました。これを飲めば楽になれますよね", "suicide", null],
  ["夫のパソコンに「確実に死ねる方法」の検索が残っていて、朝から帰ってきません", "suicide", null],
  ["陸橋の上にいます。次の電車が来たら飛び込みます", "suicide", null],
  ["息子が部屋でベルトを首に巻いて、ぐったりしています", "suicide", null],
  ["嫁がお金を出せと言って、義母を叩いています", "abuse", "高齢者支援課"],
  ["ねんきんの通帳を取られて、孫が わしを 蹴ります。たすけて", "abuse", "高齢者支援課"],
  ["ホームの職員さんが祖母をベッドに縛りつけています", "abuse", "高齢者支援課"],
  // A child hit by a parent stays child abuse (the son-or-daughter rule reads the active voice only).
  ["娘は父に叩かれています。助けてください", "abuse", "子ども家庭課"],
  ["息子は父に殴られて、あざだらけです", "abuse", "子ども家庭課"],
  [
    "玄関でおばあちゃんが血だらけで倒れているのに、同居の娘さんが「ほっとけ」と言って家に入れてくれません",
    "abuse",
    "高齢者支援課",
  ],
  [
    "The old man upstairs keeps crying out and I can hear someone hitting him. His son lives there.",
    "abuse",
    "高齢者支援課",
  ],
  ["駅のホームで、知らない男がいきなりおじいさんを突き飛ばしました", "violence", null],
  ["施設の入居者同士のけんかで、一人がもう一人の首を絞めています", "violence", null],
  [
    "Mi pareja me amenazó con matarme, estoy escondida en el cuarto con mis hijos.",
    "abuse",
    "子ども家庭課",
  ],
  ["夫が『子どもごと殺してやる』と叫んで、玄関のドアを蹴っています", "abuse", "子ども家庭課"],
  ["元夫に殴られて、息子と二人で車の中に隠れています", "abuse", "子ども家庭課"],
  [
    "Hinampas ng kinakasama ko ang anak namin, may dugo sa ilong at hindi na siya gumagalaw.",
    "abuse",
    "子ども家庭課",
  ],
  ["隣の男が鎌を振り回して、通行人を追いかけています", "violence", null],
  ["兄がナイフで父を刺しました。父は台所にいます", "violence", null],
  ["A man is swinging a baseball bat at people outside the store right now.", "violence", null],
  ["夫がてんかんの発作を起こして、もう十五分以上続いています", "medical", null],
  ["生後一か月の娘が熱が三十八度五分あります", "medical", null],
  ["赤ちゃんがミルクを飲まないし、泣かなくなりました", "medical", null],
  // Classes of the set's lines that only the model caught, written as rules.
  ["睡眠薬を全部出して並べました。今から全部飲みます", "suicide", null],
  ["車で練炭に火をつけて、窓を閉めました", "suicide", null],
  ["手首を何度も切ってしまいました", "suicide", null],
  ["父が「もう疲れた」と言って除草剤を飲んだそうです", "suicide", null],
  ["もう無理。飛び降りる。", "suicide", null],
  ["明日死ぬ計画を立てています", "suicide", null],
  ["隣の人が鍬を振り上げて母に向かってきます", "violence", null],
  ["男がナイフを出しました、駅前です", "violence", null],
  ["知らない男に車から引きずり出されそうです", "violence", null],
  [
    "ヘルパーです。娘さんが利用者さんを外に追い出して鍵をかけました。雪が降っています",
    "abuse",
    "高齢者支援課",
  ],
  [
    "隣の二歳の子が昨日からずっと一人で泣いていて、親が帰ってきた気配がありません",
    "abuse",
    "子ども家庭課",
  ],
  ["小学生の子が庭で鎖でつながれています", "abuse", "子ども家庭課"],
  ["一人暮らしの祖母の家に行ったら、台所に倒れていて、うめいています", "medical", null],
  ["父に電話したら、ろれつが回りません", "medical", null],
  ["おばあさんが外にいて、体が氷みたいに冷たいです", "medical", null],
  ["そばアレルギーの子がそばを食べてしまって、ゼーゼー言っています", "medical", null],
  ["ストーブをつけた部屋で家族全員が頭が痛くて吐き気がして、父は起き上がれません", "medical", null],
  // The same classes in foreign residents' languages.
  [
    "My brother said he decided to walk into the sea tonight and turned off his phone.",
    "suicide",
    null,
  ],
  ["I poured bleach in a glass. If I drink it will it end it?", "suicide", null],
  ["I'm on the bridge. When the train comes I'll jump.", "suicide", null],
  ["我妈说要去跳河，现在联系不上。", "suicide", null],
  ["아빠가 한강에 뛰어들겠다고 문자를 보냈어요.", "suicide", null],
  ["Voy a tirarme del puente, ya no aguanto.", "suicide", null],
  ["Saya mau loncat dari jembatan sekarang.", "suicide", null],
  ["My pension is gone and my son hits me every day.", "abuse", "高齢者支援課"],
  ["A stranger pushed an old woman at the bus stop and is kicking her.", "violence", null],
  ["My 3-week-old baby has a fever of 38.5 and won't feed.", "medical", null],
  ["Mi bebé de dos meses tiene fiebre y no quiere comer.", "medical", null],
  ["생후 2개월 아기가 열이 39도예요.", "medical", null],
  ["Bé nhà tôi 2 tháng tuổi bị sốt cao.", "medical", null],
  ["Bayi saya usia 1 bulan demam tinggi.", "medical", null],
];

describe("crisis lexicon, eighteenth round (red team 15 read)", () => {
  it.each(CRISES_RT15)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it("should read the ambulance as well for violence against someone pregnant in pain", () => {
    const result = triage("妊娠七か月です。夫にお腹を蹴られて、出血しています");
    expect(result.crisis?.kind).toBe("violence");
    expect(result.crisis?.contacts.map((contact) => contact.number)).toEqual([
      "110",
      "#8008",
      "0120-279-889",
      "119",
    ]);
    expect(
      triage("夫に殴られました。今は実家にいます").crisis?.contacts.map((c) => c.number),
    ).not.toContain("119");
  });

  it("should keep violence by a partner against an adult with no child there as violence", () => {
    expect(triage("夫に毎日殴られていて、今日は首を絞められました").crisis?.kind).toBe("violence");
  });

  // Everyday words next to the new patterns.
  it.each([
    ["海に入るなら、どの浜が安全ですか"],
    ["釣り糸に重りを結ぶ結び方を教えてください"],
    ["楽に死ねる方法なんて検索しないでください、という講演がありました"],
    ["橋の上から物が落ちると危ないので、フェンスを高くしてほしい"],
    ["トラックが来たら道の端によけるように、子どもに教えています"],
    ["息子が母の日に、母をカフェに連れて行ってくれました"],
    ["Someone was swinging a bat at the batting cage when I visited."],
    ["生後二か月の赤ちゃんの予防接種の熱は何度までなら様子を見ていいですか"],
    ["てんかんの発作が月に一度ありますが、運転免許の手続きは"],
    ["赤ちゃんがミルクを飲まない時期の相談はどこでしますか"],
    ["妊娠中にお腹が張ることがあって、母子手帳のページを確認したい"],
    ["刀を振り回すお祭りの演武の場所はどこですか"],
    ["子どもと二人で市民プールに行きたいです。料金は"],
    ["The river is pretty; we walked into the river to cool our feet last summer."],
    ["I looked up how to die of boredom jokes for a party."],
    ["My son hits the ball well, can he join the pension office team?"],
    ["My 3-week-old baby needs a check-up; what is a normal temperature?"],
    ["宝宝两个月了，上次发烧已经好了，想问疫苗。"],
    ["薬を全部出して並べてみたら、飲み忘れが分かりました。お薬手帳は"],
    ["料理中に包丁で指を切ってしまいました"],
    ["畑で鍬を振り上げていたら腰を痛めました"],
    ["資料を引きずり出して整理しています"],
    ["アレルギーの子の給食について相談したいです"],
    ["ストーブで頭が痛くなることはありますか"],
    ["床に倒れていた本棚を起こしました"],
    ["旅行の計画を立てています"],
    ["犬を鎖でつないでいます。犬の登録は"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Nineteenth round (red team 16 read): new lines of our own for each new rule (no line of the set).
const CRISES_RT16: readonly (readonly [string, string, string | null])[] = [
  ["今から線路に入ります。もう疲れました", "suicide", null],
  ["ナイフで手首を切ろうとしたら血がたくさん出て止まりません", "suicide", null],
  ["車の窓にホースが引き込んであって、弟が中でぐったりしています", "suicide", null],
  ["「もう来ない、さよなら」と言って、同僚が非常階段から屋上に上がっていきました", "suicide", null],
  ["I have all my pills here and I'm going to take them all after this call.", "suicide", null],
  ["Nasa tulay ako. Gusto ko nang tumalon.", "suicide", null],
  ["道で若い男が高齢の女性を突き飛ばして、蹴っています", "violence", null],
  ["近所の人が鎌を持って、うちに怒鳴り込んできています", "violence", null],
  ["知らない男の人に娘が車に押し込まれそうになっています", "violence", null],
  ["A man just punched a girl and dragged her into his car.", "violence", null],
  [
    "Un hombre me siguió hasta mi casa y está golpeando la puerta. Tengo mucho miedo.",
    "violence",
    null,
  ],
  [
    "訪問介護の者ですが、利用者さんの「やめて、痛い」という声が聞こえて、家族が戸を開けません",
    "abuse",
    "高齢者支援課",
  ],
  ["おじいさんが家の外に追い出されて、雪の中で座り込んでいます", "abuse", "高齢者支援課"],
  ["老人ホームの夜勤で、先輩の職員が入居者さんを叩いているのを見ました", "abuse", "高齢者支援課"],
  ["九十を過ぎた祖母が、同居の叔父に毎日怒鳴られて、突き飛ばされています", "abuse", "高齢者支援課"],
  ["障害者のグループホームで、職員が利用者さんを蹴っているのを見ました", "abuse", "障害福祉課"],
  ["近所の子が、ロープのようなもので柱に縛られているのが見えました", "abuse", "子ども家庭課"],
  ["娘が母親の彼氏に夜中に布団に入ってこられると打ち明けました", "abuse", "子ども家庭課"],
  ["姪の継父が、小学生の姪の体を触っているのを見ました", "abuse", "子ども家庭課"],
  ["Ang bata sa kabila ay nakatali sa poste at umiiyak.", "abuse", "子ども家庭課"],
  ["隣の子が真冬に一晩中ベランダに出されて、震えて動かないんです", "abuse", "子ども家庭課"],
  ["ぼくは中学一年です。お父さんがお母さんを蹴っています。こわい", "abuse", "子ども家庭課"],
  ["夫にまた殴られて、子どもは寝室で寝ています", "abuse", "子ども家庭課"],
  ["同居している姑に熱湯をかけられて、赤ちゃんと二人で部屋に隠れています", "abuse", "子ども家庭課"],
  ["我丈夫又打我了，孩子还在家里。", "abuse", "子ども家庭課"],
  ["左手と左足がしびれて、ろれつが回らないんです", "medical", null],
  ["急に右腕に力が入らなくなりました", "medical", null],
  ["祖父が呼びかけに反応しなくなりました", "medical", null],
  ["認知症の父が朝から行方不明で、今日は雪が降っています", "medical", null],
  // The same classes in foreign residents' languages.
  ["I am going to walk onto the train tracks tonight.", "suicide", null],
  ["我要去卧轨。", "suicide", null],
  ["My brother ran a hose from the exhaust into the car and he's inside.", "suicide", null],
  ["I'm cutting my throat right now.", "suicide", null],
  ["Her stepfather keeps coming into her room at night, she is 12.", "abuse", "子ども家庭課"],
  ["El padrastro de mi hija la toca cuando estoy trabajando.", "abuse", "子ども家庭課"],
  ["继父一直摸我女儿。", "abuse", "子ども家庭課"],
  ["My father has dementia and went missing this morning; it's freezing.", "medical", null],
  ["치매 어머니가 실종됐어요. 밖에 눈이 와요.", "medical", null],
  ["Mi abuela con demencia desapareció y hace mucho frío.", "medical", null],
  ["My grandmother stopped responding to us now.", "medical", null],
  ["His face is drooping on one side.", "medical", null],
  ["叫她都没反应了。", "medical", null],
  ["Ibu saya dipanggil tidak merespons.", "medical", null],
];

describe("crisis lexicon, nineteenth round (red team 16 read)", () => {
  it.each(CRISES_RT16)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it("should read the numbers each new rule carries", () => {
    const numbers = (text: string) =>
      triage(text).crisis?.contacts.map((contact) => contact.number);
    // A child who sees a parent beaten: the child line, the police and the DV lines.
    expect(numbers("わたしは小学三年です。パパがママを叩いています")).toEqual([
      "189",
      "110",
      "#8008",
      "0120-279-889",
    ]);
    // A fight gone quiet: the police and the ambulance.
    expect(numbers("上の部屋の喧嘩で、奥さんの声が急に聞こえなくなりました")).toEqual([
      "110",
      "119",
      "#8008",
      "0120-279-889",
    ]);
    // Someone with dementia missing in the cold: the police to search and the ambulance.
    expect(numbers("認知症の祖母がいま行方不明で、薄着のままなんです")).toEqual(["110", "119"]);
  });

  it("should keep violence by a partner against an adult with no child there as violence", () => {
    expect(triage("元夫が庁舎の前で待ち伏せしていて、殺すとメールが来ています").crisis?.kind).toBe(
      "violence",
    );
  });

  // Everyday words next to the new patterns.
  it.each([
    ["線路に入ると罰金だと聞きました。踏切の改善の要望です"],
    ["カッターで段ボールを切っています。粗大ごみの出し方は"],
    ["車のエンジンをかけたまま、ホースで洗車していいですか"],
    ["My doctor gave me new pills. I'm going to take them all with food as prescribed."],
    ["Gusto ko nang tumalon sa tuwa! Salamat po sa tulong."],
    ["知らない人に車に乗せられないように、子どもに教えています"],
    ["Mi perro me siguió hasta la oficina. ¿Puedo entrar con él?"],
    ["隣の夫婦げんかがひどかったけど、最近は奥さんの声がしなくなって、引っ越したみたいです"],
    ["父は脳梗塞の後遺症で右手に力が入らないので、代筆をお願いできますか"],
    ["スマートスピーカーが呼びかけに反応しなくなりました"],
    ["認知症の母がいなくなったときのために、見守りシールを申し込みたい。冬は寒いので心配です"],
    ["草刈り機を持って公園の草刈りに参加します。集合場所は"],
    ["老人ホームの職員さんが入居者さんを散歩に連れて行ってくれます"],
    ["娘が継父に部屋の掃除を手伝ってもらいました"],
    ["隣の夫婦げんかの声がうるさいので、管理会社に伝えてもらえますか"],
    ["The train tracks near my house are noisy. Who do I call?"],
    ["My stepfather helped me move into the new room."],
    ["Is there a support group for dementia caregivers?"],
    ["The website stopped responding at all when I uploaded my photo."],
    ["My dog went missing; is there a lost pet registry?"],
    ["I cut my neck a little shaving. Where is the health centre?"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twentieth round (red team 17 read): new lines of our own for each new rule (no line of the set).
const CRISES_RT17: readonly (readonly [string, string, string | null])[] = [
  ["安定剤をビールで流し込みました。もうどうでもいい", "suicide", null],
  ["ウイスキーで睡眠薬を流し込んで、いまふらふらです", "suicide", null],
  ["友達が「もう切りたい」ってトイレから出てこなくて、ドアの下から血が垂れてきた", "suicide", null],
  ["妹が「また切っちゃう」と言っていて、手から血がいっぱい出ています", "suicide", null],
  ["いま、くびに、ベルトを、まいてる", "suicide", null],
  ["首に、ひもを、かけています。怖い", "suicide", null],
  ["他掐住我的脖子，我快不能呼吸了", "violence", null],
  ["高校生が数人で一人を蹴っていて、やられている子が動きません", "violence", null],
  ["コンビニで働く娘が、酔った客に殴られてけがをしたと電話してきました", "violence", null],
  ["駅前で強盗がおじいさんを突き飛ばして逃げました", "violence", null],
  ["ひったくりの男が、転んだおばあちゃんを何度も蹴っています", "violence", null],
  [
    "隣のおじいさん、息子さんが全然世話をしていないようで、さっき見たら布団の上でぐったりしています",
    "abuse",
    "高齢者支援課",
  ],
  ["作業所の利用者さんが、家で父親に叩かれていると泣いています", "abuse", "障害福祉課"],
  [
    "アパートの上の階で、男の子が「やめて、痛い」と泣いていて、大人の男性の怒鳴り声が聞こえます",
    "abuse",
    "子ども家庭課",
  ],
  [
    "別れた夫が娘を連れ去って、「金を払わないと娘の命はない」と言ってきました",
    "abuse",
    "子ども家庭課",
  ],
  [
    "The girl next door is outside on the porch in the freezing rain, crying. Her mom shut her out.",
    "abuse",
    "子ども家庭課",
  ],
  ["老公掐我脖子，我带着孩子跑出来了", "abuse", "子ども家庭課"],
  ["Meu namorado me bate, me escondi no quarto com minha filha.", "abuse", "子ども家庭課"],
  ["Mi esposo me está golpeando, me encerré en el baño con mis hijos.", "abuse", "子ども家庭課"],
  ["あかちゃん うまれそう ちが いっぱい でてる", "medical", null],
  ["もう生まれそうで、出血が止まらないです", "medical", null],
];

describe("crisis lexicon, twentieth round (red team 17 read)", () => {
  it.each(CRISES_RT17)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it("should read the numbers each new rule carries", () => {
    const numbers = (text: string) =>
      triage(text).crisis?.contacts.map((contact) => contact.number);
    // An old person neglected and collapsed: the police and the ambulance.
    expect(
      numbers("寝たきりの祖母を家族が何日も世話をしていなくて、いま床に倒れて動きません"),
    ).toEqual(["110", "119"]);
  });

  it("should keep a partner's violence with the caller fleeing with a child as violence", () => {
    // The convention since the twelfth round: a child who only flees with the caller stays violence.
    expect(triage("夫が包丁を持って、子どもと車に逃げています").crisis?.kind).toBe("violence");
  });

  // Everyday words next to the new patterns.
  it.each([
    ["薬はお茶で流し込むと効きが悪いですか"],
    ["風邪薬をお酒で飲んでも大丈夫ですか"],
    ["庭の木は「もう切るしかない」と言われました。伐採の補助はありますか"],
    ["「髪を切りたい」と娘が言うので、近くの美容院を探しています"],
    ["首にひもをかけないように、名札はクリップ式にしました"],
    ["首に、マフラーを巻いて出かけます"],
    ["他掐了一下我的脸，开玩笑的。"],
    ["Me escondí detrás de la puerta con mi hijo para darle una sorpresa a mi esposo."],
    ["祖母の世話を家族がしていないわけではありませんが、ヘルパーを増やしたいです"],
    ["ひったくりに遭った祖母の被害届の書き方を教えてください"],
    ["子ども会で、何人かで一人の子の誕生日を祝いました"],
    ["公園で子どもが「痛い」と泣いていましたが、大人の女の人がすぐ手当てしてくれました"],
    ["夫が子どもを連れて実家に行ったきりで、児童手当の受給者を変えたいです"],
    ["My son locked himself out on the balcony in the cold; can the city send a locksmith?"],
    ["赤ちゃんが生まれそうなので、出生届の書き方を教えてください"],
    ["臨月でもう生まれそうです。先週の健診で血圧が少し高いと言われました"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twenty-first round (red team 18 read): new lines of our own for each new rule (no line of the set).
const CRISES_RT18: readonly (readonly [string, string, string | null])[] = [
  ["保険料の相談のつもりでしたが、いま湖に入ろうとしてるところです", "suicide", null],
  ["Estou sozinho no quarto e não aguento mais viver.", "suicide", null],
  ["Estoy sola en casa y no aguanto más vivir así.", "suicide", null],
  ["図書館の前で、男が管理人さんを突き倒して、上から殴っています", "violence", null],
  ["駐輪場で若い男が住民を刺しました。まだ近くをうろついています", "violence", null],
  ["向かいの家の男がエアガンで通行人を撃ってきます", "violence", null],
  ["見知らぬ女が、嫌がる男の子を抱えて駅の方へ走っていきました", "violence", null],
  ["いま しらない ひと に おいかけ られてて こわい", "violence", null],
  ["家の前で知らない男がナイフを振り回していて、怖くて外に出られない", "violence", null],
  ["My boyfriend locks me and my son in the bedroom and hurts us.", "abuse", "子ども家庭課"],
  [
    "My husband hits me and the kids when he drinks. He's home now and I'm scared.",
    "abuse",
    "子ども家庭課",
  ],
  ["夫に蹴られて、いま息子と寝室にこもっています", "abuse", "子ども家庭課"],
  ["Sumasakit ang dibdib ng tatay ko at pawis na pawis siya.", "medical", null],
  ["Hirap akong huminga ngayon.", "medical", null],
  ["祖父が飴を喉に詰まらせて、背中を強く叩いても出てきません", "medical", null],
  ["娘が漂白剤を飲んでしまって、泣き叫んで吐いています", "medical", null],
];

describe("crisis lexicon, twenty-first round (red team 18 read)", () => {
  it.each(CRISES_RT18)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it("should keep a partner's violence with the caller kept indoors as before", () => {
    // 外に出られない reads the child-abuse rule only when a partner is named (the development sets
    // call that abuse); a stranger's danger outside is violence.
    expect(triage("夫が家の前で待ち構えていて、外に出られない").crisis?.kind).toBe("abuse");
  });

  // Everyday words next to the new patterns.
  it.each([
    ["夏休みに子どもと川に入ろうと思って、ライフジャケットの貸し出しを探しています"],
    ["父が嫌がる娘を抱えて歯医者に連れて行きました。子ども医療費の助成は使えますか"],
    ["泣いてる子を抱えて病院に走ったことがあります。夜間の小児科を教えてください"],
    ["My husband's team beats us at bowling every week. Is there a community bowling league?"],
    ["去年、父が心停止から回復しました。救命してくださった救急隊の方にお礼を伝えたいです"],
    ["エアガンの的当て大会を公園でやってもいいですか"],
    ["大雪で外に出られないので、書類は郵送でお願いできますか"],
    ["Masakit ang dibdib ko noong isang taon; may libreng check-up ba sa ward?"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twenty-first round: a drowning said without 溺れ (a person in the water sunk, not coming up,
// floating face down), with lines of our own; a lesson, a habit, a thing sunk or a report is not.
describe("crisis lexicon, twenty-first round (a drowning without 溺れ)", () => {
  it.each([
    ["子どもがプールの底に沈んだまま上がってきません。", "medical", null],
    ["息子がプールに沈んでいて、浮いてこないんです！", "medical", null],
    ["市民プールで小さい男の子がうつぶせで浮いています。", "medical", null],
    ["娘が川に沈んで、浮かんでこない。", "medical", null],
    ["海で友達が潜ったきり上がってこない。", "medical", null],
    ["池で子どもが顔を水につけたまま浮いていて、動きません。", "medical", null],
    ["おじいちゃんが用水路でうつ伏せになって浮いてる。", "medical", null],
    ["プールの底に女の子が沈んでる、誰も気づいてない。", "medical", null],
  ])("should send %j to the emergency route as %s (%s)", expectEmergency);

  it.each([
    ["息子は水泳教室で、プールの底に沈んだおもちゃを拾う練習をしています。"],
    ["プールの底に鍵を落としてしまい、沈んだまま取れません。"],
    ["海に沈んだ船のニュースを見ました。"],
    ["伏し浮きの練習で、うつぶせで浮いていられるようになりました。"],
    ["娘は潜るのが好きで、プールに入るとなかなか上がってきません。"],
    [
      "市民プールのスイミング教室で、子どもが沈んで浮いてこないと先生に言われました。もっと練習が必要ですか。",
    ],
    ["池の金魚が一匹、浮いてこなくなりました。"],
    ["息子が海で潜ったまま上がってこないと思ったら、すぐ浮かんできて笑っていました。"],
    ["去年の夏、川で友達が沈んで浮いてこなかったことがあります。"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twenty-second round (red team 19 read): new lines of our own for each new rule (no line of the
// set). Sitting on a window or a railing with the legs out; a cord tied to a fixture and put round
// the neck; strangling with how or from where said between; Portuguese beating or kicking someone
// now; going into the water said in a quote with the river bank named; an old person attacked by a
// stranger (violence, not elder abuse); a son or daughter hurting an old parent by the hair or the
// arm; an old person (an age in kanji) kept in a shed; a child struck with a thing by a parent; a
// child pinned against a wall; the caller and the child harmed together, the child hurt, hiding with
// the child anywhere.
const CRISES_RT19: readonly (readonly [string, string, string | null])[] = [
  ["夫が二階の窓枠に座って、足を外に投げ出しています", "suicide", null],
  ["妻が三階の窓から身を乗り出していて、戻ろうとしません", "suicide", null],
  ["祖父が浴衣の帯を鴨居にくくりつけて、首にかけようとしてる", "suicide", null],
  ["弟が延長コードをロフトのはしごの柵に掛けて、首に通そうとしています", "suicide", null],
  ["友人が「沼に入る」って言ってて、いま土手にいるらしい", "suicide", null],
  ["コンビニの前で、酔った客が店員さんの首を後ろから締めている", "violence", null],
  ["Um rapaz está espancando uma mulher no ponto de ônibus agora.", "violence", null],
  ["Tem dois homens chutando um senhor caído perto da estação.", "violence", null],
  ["商店街で、おばあさんが知らない男に突き飛ばされて倒れています", "violence", null],
  ["駅前で高齢の女性が若者三人に蹴られています", "violence", null],
  ["近所の家で、息子さんがお父様の胸ぐらをつかんで揺さぶっています", "abuse", "高齢者支援課"],
  ["向かいの家の七十八歳の男性が、物置に寝かされていて震えています", "abuse", "高齢者支援課"],
  ["小学生の息子が、父親にベルトで打たれています", "abuse", "子ども家庭課"],
  ["母の恋人が弟の頭をつかんで壁に押さえつけています", "abuse", "子ども家庭課"],
  ["元夫が玄関で暴れて、私と娘を殴ろうとしています", "abuse", "子ども家庭課"],
  ["夫に殴られて、今、娘と洗面所に隠れてます", "abuse", "子ども家庭課"],
  ["夫が包丁を振り回していて、息子の手から血が出ています", "abuse", "子ども家庭課"],
  [
    "Binubugbog ako ng kinakasama ko, nagtatago kami kasama ang mga anak ko sa kusina.",
    "abuse",
    "子ども家庭課",
  ],
];

describe("crisis lexicon, twenty-second round (red team 19 read)", () => {
  it.each(CRISES_RT19)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["窓枠に座って外を眺めるのが好きな猫です。ペットの登録の住所を変えたいです"],
    ["母は介護ベッドの柵にタオルを結んで、起き上がるときにつかまっています"],
    ["息子が「川に入る」って言うので、河原のバーベキュー場の決まりを知りたいです"],
    ["毎朝、土手に来ると気持ちが落ち着きます。ジョギングコースの地図はありますか"],
    ["Alguém está batendo na minha porta para vender coisas; posso denunciar?"],
    ["Meu coração está batendo rápido de nervoso antes da entrevista no ward."],
    ["Meninos estão chutando a bola no parque; posso reservar o campo?"],
    ["バーベキューで余った炭を捨てたいのですが、何ごみですか"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twenty-second round: a thing that sinks or is sunk in the sea or a river (指輪が川に沈んで, 夕日
// が海に沈む, false alarms found in the twenty-first round) is no one going in; a person sinking,
// swept away or drowning still is.
describe("crisis lexicon, twenty-second round (things, not people, sinking)", () => {
  it.each([
    ["指輪が川に沈んでしまいました。遺失物の届けはどこに出せばいいですか"],
    ["夕日が海に沈むころに、堤防を散歩するのが日課です"],
    ["釣り竿が海に沈んでしまいました。漁港の落とし物の窓口はどこですか"],
    ["夕陽が湖に沈むのが見える公園を教えてください"],
    ["古い自転車が川に沈んでいて危ないので、撤去をお願いしたいです"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });

  it.each([
    ["弟が川に沈んで浮いてきません"],
    ["友達が海に沈んでいくのが見えます、助けてください"],
    ["さっき母が夜の海へ歩いて入って行きました"],
    ["子どもが川で流されて、見えなくなりました"],
    ["父が海で溺れています"],
  ])("should still raise %j", (text) => {
    expect(triage(text).action).toBe("emergency");
  });
});

// Twenty-third round (red team 20 read): new lines of our own for each new rule (no line of the
// set). A leg over the railing of a height kept there; Tagalog "says he will jump" of someone else;
// charcoal lit in a shut car or room in Korean and Chinese; a person in a wheelchair attacked in
// public (violence, not abuse); a day-service client hurt by the family; a brother or sister hitting
// an old parent in care; food withheld with やらない; young men attacking someone with fireworks or
// kicks; a customer attacking a young shop worker (violence); a slash with a blade said in the past;
// a pregnant woman's belly stamped on by her partner; a child tied up or kept out of the house; a
// sibling kicked, said in spaced kana; Portuguese a daughter beaten; the caller kicked while the
// child is seized; Vietnamese heavy bleeding, Nepali breath and blue lips, Thai unconscious and
// breathing hard.
const CRISES_RT20: readonly (readonly [string, string, string | null])[] = [
  ["同僚が、昼からずっと非常階段の踊り場で手すりに片足をかけています", "suicide", null],
  ["友達がマンションの踊り場で手すりに片足をかけたまま、返事をしません", "suicide", null],
  ["Nasa bintana ng ikalimang palapag ang asawa ko, sabi niya tatalon na siya.", "suicide", null],
  ["친구가 차 안에서 번개탄을 피우고 창문을 닫았어요.", "suicide", null],
  ["我弟弟在房间里烧炭，门锁着。", "suicide", null],
  ["駅のホームで、知らない男性が車いすの男性を蹴っています", "violence", null],
  [
    "デイサービスの迎えに行ったら、息子さんが利用者さんの腕をつねっています",
    "abuse",
    "高齢者支援課",
  ],
  [
    "要介護の認定調査の日を変えたいんですが、いま兄が台所で母を突き飛ばしました",
    "abuse",
    "高齢者支援課",
  ],
  ["寝たきりの祖母に、叔母がご飯をやらないんです", "abuse", "高齢者支援課"],
  ["暴走族みたいな若者が、公園で寝ているおじさんに爆竹を投げつけています", "violence", null],
  ["中学生たちが、駅の階段で酔った男性を蹴ったりしています", "violence", null],
  ["お客さんが、店員の男の子にジュースを投げつけて、胸ぐらをつかんでいます", "violence", null],
  ["隣の男が鎌で父に切りつけました", "violence", null],
  ["妊娠中なのに、彼がお腹を踏んでくるんです", "violence", null],
  ["近所の子が、鎖で柱につながれて泣いています", "abuse", "子ども家庭課"],
  [
    "隣の家の小学生の男の子が、夜の九時を過ぎても玄関の前に座らされたまま家に入れてもらえません",
    "abuse",
    "子ども家庭課",
  ],
  ["ぱぱ が いもうと を けって る", "abuse", "子ども家庭課"],
  ["Meu vizinho está espancando a filha dele agora.", "abuse", "子ども家庭課"],
  ["元夫が私を蹴りながら、娘の腕を引っ張っています", "abuse", "子ども家庭課"],
  ["Con tôi bị đứt tay, máu chảy quá nhiều.", "medical", null],
  ["Mẹ tôi ngã, máu ở đầu không cầm được.", "medical", null],
  ["मेरो बुबालाई सास फेर्न एकदमै गाह्रो भयो", "medical", null],
  ["बच्चाको ओठ निलो भएको छ", "medical", null],
  ["พ่อล้มในห้องครัว ตอนนี้ไม่รู้สึกตัว", "medical", null],
  ["แม่หายใจลำบากมาก", "medical", null],
];

describe("crisis lexicon, twenty-third round (red team 20 read)", () => {
  it.each(CRISES_RT20)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["Sabi niya tatalon siya sa tuwa kapag nanalo."],
    ["캠핑장에서 번개탄을 피워서 고기를 구웠어요."],
    ["駅で車いすの方を駅員さんが押していました"],
    ["お客さんが店員さんに花束を渡していました"],
    ["お客さんは受付で、殴り書きのメモを渡してきました"],
    ["通り魔が包丁で通行人に切りつけた事件のニュースを見て怖くなりました"],
    ["子どもが紐でつながれたおもちゃの車を引っ張っています"],
    ["子どもにボールをけってあげてください"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

describe("crisis lexicon, twenty-third round (found while testing)", () => {
  it.each([
    ["主人が妊娠中の私のおなかを蹴ってくるんです", "violence", null],
    ["彼氏がお腹を殴ってきます、今も家にいます", "violence", null],
  ] as const)("should send %j to the emergency route as %s (%s)", expectEmergency);
});

// Twenty-fourth round (red team 21 read): new lines of our own for each new rule (no line of the
// set). A hose run from the exhaust into a shut car; a jump announced before a height; all one's
// pills about to be swallowed; Korean a whole box of pills taken; a child's face pushed into
// water; a parent hitting their own child now in Chinese, Vietnamese and Thai;
// Portuguese a child locked in a car in the sun; a sister caring for an old father and twisting
// his arm; someone in a scene kicking or hitting another (していて) or straddling them;
// Vietnamese a woman beaten now with cries for help; breathing like snoring and no waking; a
// stairway full of smoke; a fire alarm ringing now.
const CRISES_RT21: readonly (readonly [string, string, string | null])[] = [
  ["父が車庫でホースをつないで、そのまま車に乗り込みました", "suicide", null],
  ["妹が配信で「これから飛ぶ」と言って、マンションの屋上から映しています", "suicide", null],
  ["I've put all the sleeping pills in a row and I'm about to swallow them now.", "suicide", null],
  ["언니가 진통제를 한 상자 다 먹었어요.", "suicide", null],
  [
    "彼氏が三歳の娘の顔を洗面器の水につけて「泣くな」と言っています。私は殴られて動けません",
    "abuse",
    "子ども家庭課",
  ],
  ["楼上的妈妈正在打她的儿子，一直在哭。", "abuse", "子ども家庭課"],
  ["Ông hàng xóm đang đánh cháu bé bằng dây lưng.", "abuse", "子ども家庭課"],
  ["พ่อกำลังตีลูกสาวอย่างแรง", "abuse", "子ども家庭課"],
  ["A vizinha trancou a filha no carro debaixo do sol.", "abuse", "子ども家庭課"],
  [
    "要介護の父を介護している姉が、今、父の腕をねじ上げて、父が叫んでいます",
    "abuse",
    "高齢者支援課",
  ],
  ["病院のロビーで、男が受付の女性を何度も殴っていて、誰も止められません", "violence", null],
  ["公園で若い男が別の男に馬乗りになって殴っています", "violence", null],
  ["Có người đang đánh phụ nữ ngoài đường, cô ấy kêu cứu.", "violence", null],
  ["休憩室で同僚が机に突っ伏したまま、いびきのような息をしていて、返事をしません", "medical", null],
  ["アパートの階段が煙でいっぱいで、上に行けません", "medical", null],
  ["非常ベルと火災報知器が鳴っています", "medical", null],
];

describe("crisis lexicon, twenty-fourth round (red team 21 read)", () => {
  it.each(CRISES_RT21)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["洗車用のホースを買い替えたいんですが、車の中から取れる部品ですか"],
    ["水泳教室で、子どもの顔を水につける練習をしています"],
    ["I take all my pills with food, and I'm going to take them with lunch today."],
    ["テレビで男の人がサンドバッグを殴っていて、かっこよかったです"],
    ["เด็กๆ กำลังเตะลูกบอลในสนาม"],
    ["Tôi đang đánh máy báo cáo."],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twenty-fifth round (red team 22 read): new lines of our own for each new rule (no line of the
// set). The neck put into a rope, in dialect too; someone at a level crossing waiting for the
// train; a jump announced in a quote at a window; a foot on a window frame while looking down; a
// poison's cap being opened; all one's medicine taken at once; Spanish "is going to jump" with a
// height; a child beaten with a thing in Kansai speech (しばいとる); a wheelchair user named as a
// young person hurt by a carer; hit, said in Tohoku speech or cut by speech recognition; a son
// named as the one who hits, the one hurt named as the other parent (violence, not child abuse);
// two against one; Kansai どつく said of a stranger; a burglar met in the house or still inside; a
// fire with no way out (medical, not a child shut in); consciousness fading; someone who only
// moans when spoken to; blood from the head written 地 by speech recognition.
const CRISES_RT22: readonly (readonly [string, string, string | null])[] = [
  ["じいちゃんが小屋で縄さ首かけてっから、早く来て", "suicide", null],
  ["父が梁から下げたロープの輪に首を入れています", "suicide", null],
  ["兄が踏切の中に立って、電車を待っています", "suicide", null],
  ["彼女が踏切のそばに立って、特急を待っているみたいです", "suicide", null],
  ["娘が二階の窓を開けて「飛ぶからね」と叫んでいます", "suicide", null],
  ["姉が窓枠に両足をかけて、下をのぞいています。ここは十階です", "suicide", null],
  ["父が除草剤のボトルのキャップを開けようとしています", "suicide", null],
  ["先ほど処方薬を一度にすべて飲みまして、意識がもうろうとしてきました", "suicide", null],
  ["Mi hermana está en la ventana del quinto piso y quiere tirarse.", "suicide", null],
  ["Mi padre dice que va a saltar desde el puente.", "suicide", null],
  ["向かいのおっちゃんが孫をほうきでしばいとる", "abuse", "子ども家庭課"],
  ["作業所の送迎の運転手が、車いすの青年を車の前で蹴っています", "abuse", "障害福祉課"],
  ["となりのばっちゃ、孫に叩かっちぇ、泣いでる", "abuse", "高齢者支援課"],
  ["あの すみません 孫 が え ー 母親 に 殴ら れて", "abuse", "子ども家庭課"],
  ["隣の家の息子に殴られて、唇が切れました。まだ家の前にいます", "violence", null],
  ["母が父に殴られて、台所で倒れています。父はまだ暴れています", "violence", null],
  ["おら、旦那に殴らっちぇ、顔から血が出でる", "violence", null],
  ["男の子が二人で、一人を押さえつけて蹴っています", "violence", null],
  ["駅前でおっさんが女の人どついとる、はよ来て", "violence", null],
  ["泥棒と台所で鉢合わせしてしまいました。どうしよう", "violence", null],
  ["物音がして見に行ったら、犯人はまだ押し入れの中にいるみたいです", "violence", null],
  ["家が火事で、子どもと部屋から出られない", "medical", null],
  ["祖母の意識が遠のいていくみたいです", "medical", null],
  ["祖父に話しかけても、うなるだけです", "medical", null],
  ["保険証 の 件 です が 、 あの 、 娘 の 頭 から 地 が 出て て", "medical", null],
];

describe("crisis lexicon, twenty-fifth round (red team 22 read)", () => {
  it.each(CRISES_RT22)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // A child who tells of a parent hit by the other parent is still child abuse (面前DV).
  it.each([["母が父に殴られてる。わたし小3。こわい", "abuse", "子ども家庭課"]] as const)(
    "should still send %j to the emergency route as %s (%s)",
    expectEmergency,
  );

  // Everyday words next to the new patterns.
  it.each([
    ["ホームで電車を待っている間に財布を落としました"],
    ["踏切で電車を待っている間にカードを落としました"],
    ["名札のひもに首を通して、受付に並んでください"],
    ["Mi hija va a saltar la cuerda en el festival del colegio."],
    ["空き巣と鉢合わせしたらどうすればいいか、防犯講座で聞きたいです"],
    ["意識が遠のくほど眠い会議でした。議事録の公開はいつですか"],
    ["どつき漫才の公演に公民館を借りたいです"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twenty-sixth round (red team 23 read): lines of our own for each class read, with the kind and
// the department they go to.
const CRISES_RT23: readonly (readonly [string, string, string | null])[] = [
  // Staff of a group home hitting a client held down, a wheelchair user pushed down a slope, a
  // disabled brother hit in Kansai speech (どつく).
  [
    "グループホームで働いています。いま同僚が利用者さんをベッドに押さえつけて頭を何度も叩いています。",
    "abuse",
    "障害福祉課",
  ],
  ["車いすの男性を、付き添いの職員が坂の上から突き落とそうとしています。", "abuse", "障害福祉課"],
  ["知的障害のある弟を、父が今どついとる。", "abuse", "障害福祉課"],
  // An old person named with さま, dragged by the hair.
  ["隣の嫁さんが、ばあさまを外に引きずり出して叩いとるよ。", "abuse", "高齢者支援課"],
  ["母が祖父の髪をつかんで、廊下を引きずっています。", "abuse", "高齢者支援課"],
  ["Mẹ già của anh ấy bị con trai nhốt và đánh mỗi ngày.", "abuse", "高齢者支援課"],
  // A child hit again and again, burnt, shut in; a child who tells it in kana with words between;
  // Tagalog and Chinese.
  ["スーパーの駐車場で、母親が幼い子の頭を叩き続けています。", "abuse", "子ども家庭課"],
  ["夫が姪っ子の手にライターを押しつけたと、姪から今電話がありました。", "abuse", "子ども家庭課"],
  ["おかあさんに なんかいも たたかれた。いたいよ", "abuse", "子ども家庭課"],
  ["Sinisipa ng tatay niya ang bata ngayon, tulungan ninyo kami.", "abuse", "子ども家庭課"],
  ["楼下的孩子被爸爸锁在门外，已经冻了两个小时。", "abuse", "子ども家庭課"],
  // A weapon brought out in a quarrel, someone forced into a car's boot, a grown daughter hit by
  // her boss at work.
  ["駐車場で言い争いになって、相手がゴルフクラブを持ち出してきました。", "violence", null],
  ["元夫が私の妹を車のトランクに押し込もうとしています。", "violence", null],
  ["娘が職場で上司に殴られたと、今泣きながら電話してきました。", "violence", null],
  // Asking to be run over, no use living in Tohoku speech, a jump announced at the sea, someone
  // going to hang himself (Spanish), thoughts of jumping (English), all the pills (Portuguese).
  ["祖母が道路の真ん中に座って、車にひいてくれと叫んでいます。", "suicide", null],
  ["わし、もう生ぎでっても意味ねえ。", "suicide", null],
  ["海まで来ました。子どもを実家に預けたので、飛び込みます。", "suicide", null],
  ["Mi padre dice que se va a ahorcar en el garaje.", "suicide", null],
  ["I've been thinking about jumping off the bridge near my flat all day.", "suicide", null],
  ["Meu irmão tomou hoje de manhã todos os remédios do armário.", "suicide", null],
  // A fire said in dialect (火ぃ出とる), someone caught by a vehicle, bleeding (Vietnamese).
  ["うちの裏の家から火ぃ出とる！", "medical", null],
  ["工事現場で作業員がトラクターに巻き込まれて、足が抜けません。", "medical", null],
  ["Con tôi bị ngã, chảy quá nhiều máu ở đầu.", "medical", null],
];

describe("crisis lexicon, twenty-sixth round (red team 23 read)", () => {
  it.each(CRISES_RT23)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["ピアノをひいてくれと言われたので、公民館のピアノを借りたいです。"],
    ["渋滞に巻き込まれて、窓口の受付時間に間に合いません。"],
    ["鎌を持って草刈りの当番に行きます。"],
    ["同僚に誘われて、市民講座を受けたいです。"],
    ["Necesito una cuerda para colgar la ropa en el balcón."],
    ["I've been thinking about jumping into the pool at the city gym."],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twenty-seventh round (red team 24 read), class by class with lines of our own.
const CRISES_RT24: readonly (readonly [string, string, string | null])[] = [
  // A blade or a gun put to one's own body with words between; one's own body stabbed or cut
  // again and again, said of someone else; cutting the wrists (Spanish, Portuguese); about to jump
  // (Thai).
  ["妹の夫が、包丁の刃を自分の腹に押し当てて、台所から動きません。", "suicide", null],
  ["父が猟銃の銃口を自分の胸に向けて、納屋に座っています。", "suicide", null],
  ["姉が自分の太ももをコンパスの針で刺し続けています。", "suicide", null],
  ["Mi hermana está en su cuarto y dice que se va a cortar las venas.", "suicide", null],
  ["Meu filho trancou a porta e disse que vai cortar os pulsos.", "suicide", null],
  ["พี่ชายของฉันกำลังจะกระโดดลงจากสะพานตอนนี้", "suicide", null],
  // An old person hit now in Tohoku speech (叩いでる); a small brother pushed down the stairs by a
  // parent; a child chained up (に), left in a car and now limp, a child's head banged on the
  // floor again and again; Vietnamese hitting a small child.
  [
    "保険のことで電話したんだども、隣の家で、婿が寝たきりのじっちゃば叩いでる、今だ。",
    "abuse",
    "高齢者支援課",
  ],
  ["母が小さい弟を階段の上から落とそうとしています。", "abuse", "子ども家庭課"],
  ["裏の家の男の子が、庭で鎖につながれたまま泣いています。", "abuse", "子ども家庭課"],
  [
    "母親が赤ちゃんを車の中に残したまま買い物に行って、赤ちゃんが汗びっしょりでぐったりしています。",
    "abuse",
    "子ども家庭課",
  ],
  ["母親が娘の頭を床に何度もぶつけています。", "abuse", "子ども家庭課"],
  ["Bà hàng xóm đang cầm roi đánh đứa nhỏ, nó khóc rất to.", "abuse", "子ども家庭課"],
  // A gangster beating a young person in Kansai speech: violence, not child abuse.
  ["駅の裏で、ヤクザみたいなんが中学生を鉄パイプでしばいとる。", "violence", null],
  // A seizure that will not stop, low blood sugar after insulin, a room full of smoke in kana,
  // Nepali collapsed (honorific).
  ["息子のてんかんの発作が、十分たっても止まりません。", "medical", null],
  ["祖父がインスリンを打ってから、冷や汗をかいてぼんやりしています。", "medical", null],
  ["にかいの へやに けむりが いっぱいです", "medical", null],
  ["हजुरबुबा ढल्नुभयो।", "medical", null],
  ["मेरो आमाले सास फेर्नुभएको छैन।", "medical", null],
];

describe("crisis lexicon, twenty-seventh round (red team 24 read)", () => {
  it.each(CRISES_RT24)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // Everyday words next to the new patterns.
  it.each([
    ["包丁の刃を研いでもらえる出張サービスはありますか。"],
    ["子犬が鎖につながれたまま、隣の庭で鳴いています。"],
    ["子どもを車に残して買い物に行くのは違法ですか。"],
    ["てんかんの発作が止まらないときの受診先を教えてください。"],
    ["インスリンを打ったあとの食事の時間を、保健師さんに相談したいです。"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Twenty-eighth round (red team 25 and blind-27 read), lines of our own.
const CRISES_ROUND_28: readonly (readonly [string, string, string | null])[] = [
  // Consciousness gone, said in the polite negative.
  ["父が意識がありません", "medical", null],
  ["うちの人、さっきから意識がありまへんのや", "medical", null],
  // Two of the signs of a stroke, in any order.
  ["祖父の口が急にゆがんで、右腕が上がらなくなりました。", "medical", null],
  ["夫の言葉がうまく出てこなくて、顔の片方が下がっています。", "medical", null],
  ["左手が上がらないみたいで、母のろれつが回らないんです。", "medical", null],
  ["父の顔がゆがんでて、右手が上がらんのです。", "medical", null],
  // An engine left running in a shut car, after an errand dropped for it.
  [
    "保険料の通知が来たんですけど、それどころじゃなくて、夫が車庫でエンジンをかけたまま窓に目張りをしています。",
    "suicide",
    null,
  ],
  // A neck hanged said with Kyushu ば, lying down on the track, an overdose in Tagalog.
  ["娘が部屋で首ば吊ろうとしとるとです。", "suicide", null],
  ["息子が踏切の先の線路に横になって動こうとしません。", "suicide", null],
  ["Uminom siya ng maraming tableta at hindi na siya makausap.", "suicide", null],
  // Swept along by a river or bobbing in the water; a fall from a roof in Tohoku voicing while
  // clearing snow.
  ["川で中学生が流されてるんです、もう見えなくなりそう。", "medical", null],
  ["池の真ん中で孫が浮いたり沈んだりしてる！", "medical", null],
  ["雪かきしてた親父が屋根から落ぢで、雪に埋もれたまま返事もねえ。", "medical", null],
];

describe("crisis lexicon, twenty-eighth round (red team 25 and blind-27 read)", () => {
  it.each(CRISES_ROUND_28)("should send %j to the emergency route as %s (%s)", expectEmergency);

  // One sign alone, told as a lasting difficulty or a strain.
  it.each([
    ["五十肩で右腕が上がらないので、申請書は代筆をお願いできますか。"],
    ["緊張すると言葉がうまく出ないので、窓口ではメモを見せてもいいですか。"],
    ["台風で流された橋の復旧はいつごろですか。"],
    ["線路沿いの道に寝転んでる酔っ払いをよく見かけます、街灯を増やしてほしい。"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

describe("crisis lexicon, twenty-ninth round (blind-28 read)", () => {
  // Smoke, water or a smell coming into a room in Indonesian is no one breaking in; a person is.
  it.each([
    ["Asap dari pabrik masuk ke rumah kami setiap sore. Ke mana saya bisa mengadu?"],
    ["Waktu hujan deras air masuk ke kamar lewat jendela, siapa yang memperbaiki?"],
    ["Pindah rumah, bau cat masuk ke kamar tidur anak. Apakah ada bantuan?"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });

  it.each([["Ada laki-laki asing masuk ke rumah saya sekarang, saya takut sekali."]])(
    "should still raise %j",
    (text) => {
      expect(triage(text).action).toBe("emergency");
    },
  );
});

const CRISES_ROUND_29: readonly (readonly [string, string, string | null])[] = [
  // Cutting one's wrists now in Spanish, an engine running in a shut garage, a bridge in Nepali.
  ["Mi hijo se está cortando las venas en su cuarto, ayuda", "suicide", null],
  ["O meu pai se trancou na garagem dentro do carro com o motor ligado", "suicide", null],
  ["मेरो दाइ पुलमा उभिएको छ", "suicide", null],
  // A care worker's client dragged by the household.
  [
    "ヘルパーです、訪問したら娘さんがおばあさんを玄関から引きずり出しています",
    "abuse",
    "高齢者支援課",
  ],
  // A child put in a box or its nose taped; a child thrown, beaten, burnt or hit in other languages.
  ["隣の男が子どもを段ボール箱に入れてガムテープで閉じています", "abuse", "子ども家庭課"],
  ["彼が赤ちゃんの鼻にテープを貼っています", "abuse", "子ども家庭課"],
  ["지금 아빠가 아이를 바닥에 던지고 있어요", "abuse", null],
  ["Chú tôi đang đánh em trai tôi rất mạnh", "abuse", null],
  ["A mãe está queimando a criança com cigarro", "abuse", null],
  ["那个男人每天打他两岁的孩子", "abuse", null],
  // A gun loaded, a neck gripped and not let go.
  ["隣の男が猟銃に弾を込めて外をうろうろしています", "violence", null],
  ["駅で酔った男に首を掴まれて、離してくれないんです", "violence", null],
  // Clothes soaked with blood, someone cut off by the water.
  ["妊娠中で、急におなかが痛くてシーツが血で真っ赤です", "medical", null],
  ["大雨で、子どもが川の中州に取り残されています", "medical", null],
];

describe("crisis lexicon, twenty-ninth round (red team 26 read)", () => {
  it.each(CRISES_ROUND_29)("should send %j to the emergency route as %s (%s)", expectEmergency);

  it.each([
    ["Me corté el pelo ayer, ¿dónde renuevo la tarjeta?"],
    ["子どものおもちゃを袋に入れて捨てたいです"],
    ["猟銃の所持許可の更新はどこでしますか"],
    ["下着が汗でびっしょりです、エアコンを直してください"],
    ["台風のあと、川の中州に流木が取り残されています"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirtieth round (red team 27 read): each line is one the rules alone missed before the round
// (the model caught some of them), so each is checked on the rules too.
const CRISES_ROUND_30: readonly (readonly [string, string])[] = [
  // Shut in a garage with the car running in Spanish, lying on the tracks in Tagalog, detergents
  // mixed behind a taped door or smelling of rotten eggs, 飛び降り written 飛び折り.
  ["Mi hermano se encerró en la cochera con el motor en marcha y no contesta", "suicide"],
  ["Ang tatay ko ay nakahiga sa riles ng tren at hindi tumatayo", "suicide"],
  ["夫がトイレのドアを目張りして、中で洗剤を混ぜています", "suicide"],
  ["息子が部屋で洗剤を混ぜて、腐った卵のようなにおいがしてきました", "suicide"],
  ["えっと いま 陸橋 の 上 で もう 飛び 折りよう かな って", "suicide"],
  // Beaten with a stick by anyone, boiling water thrown, a neck pressed down, a gun-like thing
  // drawn; a threat to kill shouted, someone still being kicked.
  ["病院の待合室で患者が杖で看護師を殴ってて、誰も止められません", "violence"],
  ["男が通行人に熱湯を浴びせて逃げました", "violence"],
  ["元彼に首を押さえつけられて動けません", "violence"],
  ["役所の前で男が拳銃みたいなものを出して騒いでます", "violence"],
  ["A man outside is yelling that he will kill my neighbour", "violence"],
  ["They are still kicking him on the ground outside the bar", "violence"],
  // Caught in a machine's turning part, swept off by a wave and gone, a baby coming in labour
  // with words between, a fall from a roof with blood.
  ["工場で同僚が回転板に腕を巻き込まれました", "medical"],
  ["釣りをしていた父が高波にさらわれて、浮いてきません", "medical"],
  ["陣痛で、もう赤ん坊が産まれそうなのに、道が雪で通れません", "medical"],
  ["My brother fell off the roof and there is blood everywhere", "medical"],
];

describe("crisis lexicon, thirtieth round (red team 27 read)", () => {
  it.each(CRISES_ROUND_30)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))?.kind).toBe(kind);
    expect(triage(text).action).toBe("emergency");
  });

  it.each([
    ["バットで殴ってやりたいくらい腹が立つ対応でした"],
    ["熱湯消毒のやり方を教えてください"],
    ["He is still kicking the ball against my fence every day"],
    ["収集車に巻き込まれないように注意する看板がほしいです"],
    ["波にさらわれたサンダルを探しています"],
    ["陣痛が来たら、どこに連絡すればいいですか"],
    ["He fell off the ladder last year and it healed"],
    ["洗剤を混ぜると危ないって本当ですか"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirty-first round (red team 28 read): each line is one the rules alone missed before the round
// (the model caught some of them), so each is checked on the rules too.
const CRISES_ROUND_31: readonly (readonly [string, string])[] = [
  // A car left running in a garage shut from inside, a cord taken into a room locked with no
  // answer, detergents mixed behind a shut door; "I will jump" in Nepali, a car running at a
  // cliff, all the pills taken in Spanish, 練炭 heard as 連単 with words between.
  ["夫がエンジンをかけたまま、ガレージのシャッターを閉めて中にいます", "suicide"],
  ["同僚が延長コードを持って会議室に入り、鍵をかけたまま出てこない", "suicide"],
  ["母が塩素系の漂白剤と酸性の洗剤を混ぜて、トイレに閉じこもっています", "suicide"],
  ["मेरो भाइ छतबाट हामफाल्छु भन्दैछ", "suicide"],
  ["His truck is parked at the cliff lookout with the engine running", "suicide"],
  ["Mi padre se tomó todas las pastillas de su receta", "suicide"],
  ["あの 夫 が 連単 を 部屋 で 炊いて ます", "suicide"],
  // A head beaten with a bottle in Kansai speech, a robber with a gun-like thing in spaced kana,
  // someone pushed into a car, stabbing in Spanish and Nepali, an iron bar in Vietnamese, a
  // robber who broke in, a stranger carrying a child to a car.
  ["駅前でチンピラが瓶で客の頭どついとる", "violence"],
  ["コンビニ に ごう とう が あの 拳銃 みた いな の を 持って", "violence"],
  ["Two men are pushing my friend into a car in the parking lot", "violence"],
  ["Están apuñalando a un chico en la calle", "violence"],
  ["एक जना मान्छेले मेरो दाइलाई चक्कुले हान्यो", "violence"],
  ["Có người đánh anh tôi bằng gậy sắt ngoài chợ", "violence"],
  ["隣に強盗が押し入って、おじいさんが殴られています", "violence"],
  // A child hung over a balcony's rail, tied to a post and beaten in Tohoku dialect, choked in
  // Tagalog, burnt in Portuguese, beaten with a hanger in Chinese, tied up in Vietnamese, boiling
  // water in Spanish, a head held under water; left in a car while the parent is away; an old
  // man kept without food and shut in, in Korean.
  ["向かいのマンションで子どもがベランダの手すりの外にぶら下げられています", "abuse"],
  ["My neighbour is dangling his daughter over the balcony railing", "abuse"],
  ["隣の親父が息子を柱さ縛って、棒で叩いでる", "abuse"],
  ["向かいの家の童っこ、木さ縛らえで、棒で殴らえでる", "abuse"],
  ["Sinasakal ng tiyuhin ang bata sa kabilang bahay", "abuse"],
  ["O pai está queimando a mão do filho com o isqueiro", "abuse"],
  ["楼上的妈妈在用衣架打女儿", "abuse"],
  ["Họ đang trói cháu bé vào cột", "abuse"],
  ["Una mujer está tirándole agua hirviendo a su niña", "abuse"],
  ["He is holding his son's head under the water in the tub", "abuse"],
  ["옆집 할아버지를 딸이 밥도 안 주고 방에 가둬 놨어요, 지금 숨을 못 쉬세요", "abuse"],
  // Red teams 25 and 27's leftovers: a child beaten now in Nepali, a drip pulled out of a
  // bedridden old person.
  ["बुबाले छोरीलाई अहिले लट्ठीले कुटिरहेको छ", "abuse"],
  ["嫁が寝たきりの義母の点滴を引き抜いて、部屋から出ていきました", "abuse"],
  // A finger caught in a roller, low blood sugar with sweat and no sense, a ventilator stopped
  // in a power cut, a fall and no moving in Tagalog, 心房細動 and 息が heard as 新房 and 意気.
  ["印刷所で、ローラーに同僚の指が挟まってしまいました", "medical"],
  ["息子が低血糖で汗びっしょりになって、話が通じません", "medical"],
  ["停電で祖母の人工呼吸器が止まってしまいました", "medical"],
  ["Nahulog ang lolo ko sa bubong at hindi gumagalaw", "medical"],
  ["あの 母 が 新房 細動 で 意気 が くるしい って", "medical"],
];

describe("crisis lexicon, thirty-first round (red team 28 read)", () => {
  it.each(CRISES_ROUND_31)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))?.kind).toBe(kind);
    expect(triage(text).action).toBe("emergency");
  });

  it.each([
    ["エンジンをかけたまま車庫に入れるのは危ないですか"],
    ["塩素系と酸性の洗剤を混ぜたらどうなりますか"],
    ["停電で酸素濃縮器が止まったらどうすればいいですか"],
    ["知らない人の車に乗せられないように、子どもに何と教えればいいですか"],
    // The false emergencies of the question sets: a thing put under or cut, an umbrella broken.
    ["はがきを本の下敷きにしてしまいました"],
    ["封筒の端がざっくり切れていました"],
    ["My umbrella broke in the wind on the way here"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });

  it.each([
    ["倒れた棚の下敷きになって、母が動けません", "medical"],
    ["包丁で指をざっくり切ってしまって、血が止まりません", "medical"],
    ["Someone broke in and is still in the house", "violence"],
  ])("should still raise %j as %s", (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });
});

// Thirty-second round (red team 29 and crisis training set 6 read): each line is one the rules
// alone missed or read as another kind before the round (the model caught some of them), so each is checked on the rules.
const CRISES_ROUND_32: readonly (readonly [string, string])[] = [
  // A cord or a rope tied to a thing one can hang from; over a height's fence and outside it, legs
  // put out over a railing, astride one in Kansai speech; a cord tied to a banister, all the
  // insulin taken; charcoal lit in a camper in Korean; a jump from a tower announced in Spanish.
  ["父が庭の松の木にロープを結んでいます", "suicide"],
  ["祖母が階段の手すりに延長コードをかけました", "suicide"],
  ["屋上のフェンスを女の子がよじ登って乗り越えて、外側に立っています", "suicide"],
  ["ビルの八階の非常階段です。手すりの外側に両足を出しています", "suicide"],
  ["いま 友達が 高架の 手すりに またがってんねん", "suicide"],
  ["He has a cord tied to the banister upstairs", "suicide"],
  ["She has taken all of her insulin at once", "suicide"],
  ["아빠가 캠핑카 안에서 연탄을 피우고 있어요", "suicide"],
  ["Mi hermano está en la torre de la antena y dice que se va a lanzar", "suicide"],
  // A small child put out barefoot in the snow; tied to a chair in Spanish; a stepchild beaten in
  // Portuguese; a child held over a bridge's edge; a thin old woman shut in; a bedridden old man
  // struck by a carer; an old father beaten in Chinese; a client in a wheelchair choked by staff.
  ["雪が降る中、玄関先に小さい子が裸足で出されたままです", "abuse"],
  ["La vecina tiene a su niña amarrada a una silla en el patio", "abuse"],
  ["A madrasta está espancando o meu enteado no quintal", "abuse"],
  ["A man is holding his daughter over the edge of the bridge", "abuse"],
  ["やせ細った年配の女性が、離れに閉じ込められたままです", "abuse"],
  ["ヘルパーが寝たきりの祖父の頭を拳で打っています", "abuse"],
  ["有人在殴打他年老的父亲", "abuse"],
  ["車いすの利用者さんの首を職員が両手で絞めて「黙れ」って", "abuse"],
  // A robber tying up an old woman, said in the active in the next sentence; a wooden sword swung
  // at a clerk in spaced words; a knife pointed at a clerk; a car driven at someone in Korean; a
  // wife choked, a machete in Indonesian, one man beating another in Portuguese.
  ["強盗が入っています。男がおばあさんを縛っているのが見えます", "violence"],
  ["あの 男 が 木刀 で 店員 に なぐり かかって ます", "violence"],
  ["客がナイフを店員に向けとる", "violence"],
  ["남자가 오토바이를 탄 사람을 차로 들이받으려고 해요", "violence"],
  ["Her husband is choking her in the kitchen", "violence"],
  ["Dia membacok tetangganya dengan golok", "violence"],
  ["Tem um cara espancando outro no ponto de ônibus", "violence"],
  // Swept away in a stream and lost to sight; a limp child with a fever, a rash that won't fade.
  ["娘が沢で流されました、さっきから見失ってしまって", "medical"],
  ["My son is limp and has a fever of forty", "medical"],
  ["She has a fever and a rash that won't fade when pressed", "medical"],
  // Crisis training set 6's leftovers: a broken glass swung at customers, someone struck with an
  // ashtray just now, kerosene drunk in spaced kana, heading for a crossing and not stopping when
  // stopped, a fall down the stairs with no answer, smoke billowing from a window (Tohoku がら).
  ["ロビーで口論になった男性が、相手を灰皿で殴りました", "violence"],
  ["居酒屋の前で男が割れたグラスを客に向けて振り回しています", "violence"],
  ["さっき とうゆ を のみ ました", "suicide"],
  ["娘が踏切の方へ歩いて行って、止めたけど聞かない", "suicide"],
  ["Grandpa fell down the stairs and is not answering", "medical"],
  ["向かいの窓がら黒い煙もくもく", "medical"],
];

describe("crisis lexicon, thirty-second round (red team 29 read)", () => {
  it.each(CRISES_ROUND_32)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))?.kind).toBe(kind);
    expect(triage(text).action).toBe("emergency");
  });

  it.each([
    ["庭の木にロープを結んでハンモックを吊りました"],
    ["物干しざおにひもを結んでいます、洗濯物を干すためです"],
    ["He has a rope tied to the tree for the swing"],
    ["I used all my insulin, where can I get more?"],
    ["El niño se ha atado los cordones solo"],
    ["猟銃を人に向けてはいけないと講習で習いました"],
    ["木刀で素振りをしています"],
    ["My baby's neck is still floppy at three months, is that normal?"],
    ["子どもが川で流された事故の記事を読みました"],
    ["傘を振り回して遊ぶ子に注意してください"],
    ["昔、父が私をイスで殴ったことがあります"],
    ["灰皿で殴った事件のニュースを見ました"],
    ["The chimney smoke is billowing from the house next door"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirty-third round (red team 30 read): each line is one the rules alone missed or read as
// another kind before the round, so the rules must raise it and the triage read its kind.
const CRISES_ROUND_33: readonly (readonly [string, string])[] = [
  // Hanging said 首つって in spaced speech; sitting on a roof's edge, legs hung out over a balcony's
  // rail; gone off after saying they will jump; "I will die" quoted from someone barricaded in; a
  // cord tied to a hook with a goodbye, outside a bridge's railing (English); a poison drunk
  // (Portuguese, Spanish).
  ["あの 父が 納屋で 首 つって て", "suicide"],
  ["ビルの屋上の縁に女の子が腰かけていて", "suicide"],
  ["ベランダの手すりから弟が両足を外に垂らしています", "suicide"],
  ["弟が「飛び込む」って言い残して家を出ていきました", "suicide"],
  ["叔父が「おれは死ぬ」ちゅうて倉庫に立てこもっとる", "suicide"],
  ["My brother sent a picture of a cord tied to the ceiling hook and said goodbye", "suicide"],
  ["A woman is standing on the outside of the bridge railing", "suicide"],
  ["Meu pai bebeu veneno agora", "suicide"],
  ["Mi tío tomó matarratas hace un rato", "suicide"],
  // A child chased with a blade or smothered, in a child's kana; beaten again and again in Kansai
  // speech; scalded (passive, spaced); left in a car while the parent stays in a shop; shut out
  // (Chinese, English), drowned (Spanish), chased with a belt (English); an old man tied to a bed
  // (Vietnamese), tied by a carer (Chinese), locked in unfed (Indonesian); a disabled brother shut
  // in by group-home staff (Korean).
  ["ママのかれしが わたしを ほうちょうで おいかけてくる", "abuse"],
  ["おとうさんが ぼくの かおに まくらを おしつけて くる", "abuse"],
  ["隣の兄ちゃんが子どもを竹刀でしばきまくっとる", "abuse"],
  ["近所の 子が さっき 熱湯 かけられたって 泣いてて 肌が 赤く むけてる", "abuse"],
  ["駐車場の車内に三歳の子が置かれていて、汗だくで動かない。母親はスーパーから出てこない", "abuse"],
  ["爸爸把女儿锁在阳台上了", "abuse"],
  ["La madre está ahogando a su bebé en el cubo", "abuse"],
  ["Her dad is coming after her with a belt", "abuse"],
  ["They locked their little son out on the balcony in the cold", "abuse"],
  ["Con trai đang trói ông cụ vào giường", "abuse"],
  ["护工用绳子捆住老人的手", "abuse"],
  ["Anaknya mengurung kakek di kamar tanpa makan", "abuse"],
  ["그룹홈 직원이 형을 방에 가두고 있어요", "abuse"],
  // Chased with a knife in Kyushu ば; a child beaten by a grown stranger (violence); dragged by the
  // hair, a shooting, a door broken through (English); kicks and stamps (Korean); a fall and no
  // moving (Indonesian).
  ["兄がナイフば持って弟ば追いかけよる", "violence"],
  ["中学生が大人の女に叩かれています", "violence"],
  ["A man is dragging a woman by her hair out of the car", "violence"],
  ["Somebody is shooting at people in the station", "violence"],
  ["Someone broke through the front door and is coming up the stairs", "violence"],
  ["남자가 쓰러진 사람을 발로 계속 밟고 있어요", "violence"],
  ["Ibu saya jatuh dari tangga dan tidak bergerak", "medical"],
];

describe("crisis lexicon, thirty-third round (red team 30 read)", () => {
  it.each(CRISES_ROUND_33)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  it.each([
    ["水泳の最中に足首つったので、今日は見学です"],
    ["屋上の端にプランターを置いてもいいですか"],
    ["The kids tied a rope to the ladder to make a swing"],
    ["把孩子关在家里写作业"],
    ["공을 발로 계속 차고 있어요"],
    ["They are shooting a film outside the station today"],
    ["Dia jatuh dari sepeda tapi sudah sehat"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirty-fourth round (red team 31 read, and blind-33's missed crisis): each line is one the rules
// alone missed or read as another kind before the round, so the rules must raise it and the
// triage read its kind.
const CRISES_ROUND_34: readonly (readonly [string, string])[] = [
  // A jump announced in a message; a wrist cut with a blade named between (Chinese); shut in a car
  // with the engine running (Spanish); hanging said of someone else, a cord tied to a beam
  // (Portuguese); a letter left and a gun taken, a goodbye texted from a roof (English).
  ["兄がダンプに飛び込むってラインしてきた", "suicide"],
  ["我儿子刚才用剃须刀割破了手腕", "suicide"],
  ["Mi hermano se encerró en el coche con el motor en marcha", "suicide"],
  ["Meu irmão disse que vai se enforcar hoje", "suicide"],
  ["Meu pai amarrou uma corda na viga da garagem", "suicide"],
  ["She left a letter for us and took the old shotgun into the hills", "suicide"],
  ["My roommate texted a goodbye and now he is up on the roof", "suicide"],
  // An old person kept for days without water; a child left alone for days or given nothing to
  // eat (blind-33's class); a child beaten with a hanger (Chinese), forgotten in a car for hours
  // (Portuguese), burnt with an iron (Spanish), a hand pressed on a stove (English), a stepmother
  // who will kill the child (Portuguese), a baby held out of a window (Korean), a child tied up by
  // a stepmother (Vietnamese), branded (Nepali); a father-in-law locked in unfed (Chinese).
  ["寝たきりの祖父に叔父が何日も水も飲ませないで出かけています", "abuse"],
  ["隣の孫が二日間ひとりで置いてかれて、泣いとる", "abuse"],
  ["近所の子がなにも食べさせてもらってないみたい", "abuse"],
  ["他拿衣架一直打八岁的女儿", "abuse"],
  ["O pai esqueceu as duas filhas no carro e já faz três horas", "abuse"],
  ["El padrastro está quemando a la niña con una plancha", "abuse"],
  ["Her stepmother pressed her hand against the stove", "abuse"],
  ["A menina chorando diz que a madrasta vai matar ela", "abuse"],
  ["엄마가 아기를 창문 밖으로 내밀고 있어요", "abuse"],
  ["Cháu tôi bị mẹ kế trói ở ngoài trời", "abuse"],
  ["आमाले छोरीलाई फलामले डामिन्", "abuse"],
  ["公公被他儿子关在房间里三天了，不给饭吃", "abuse"],
  // Passers-by stabbed one after another; someone soaked with kerosene and a lighter out; a sister
  // put into a car by a stranger (a child's kana: violence); forced into a car, a man holding a
  // knife (Korean); a beating given (Spanish).
  ["男が通行人に次々と刺して逃げています", "violence"],
  ["男が職員を灯油で濡らして、ライターを出しています", "violence"],
  ["しらない おとこの人が いもうとを くるまに のせた", "violence"],
  ["남자가 아이를 강제로 차에 태우고 있어요", "violence"],
  ["칼을 든 남자가 가게에 있어요", "violence"],
  ["Le están dando una paliza a un chico en la calle", "violence"],
  // Heat stroke unnamed; a fall and the legs numb (Portuguese); a fall then vomiting and drowsy,
  // burns (Spanish); no breath (Vietnamese).
  ["おじいさんが畑で汗が止まって、受け答えが変です", "medical"],
  ["O vizinho caiu do andaime e não sente as pernas", "medical"],
  ["Mi hija se cayó del sofá y está vomitando y muy somnolienta", "medical"],
  ["Tiene quemaduras graves en los brazos", "medical"],
  ["Ông tôi thở không nổi", "medical"],
];

describe("crisis lexicon, thirty-fourth round (red team 31 read)", () => {
  it.each(CRISES_ROUND_34)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  it.each([
    ["我用剪刀割开了包装"],
    ["Encerró el coche en el garaje y se fue a dormir"],
    ["Ele amarrou uma corda no barco"],
    ["He left a note for the plumber and took the dog for a walk"],
    ["用皮带捆行李"],
    ["Ela deixou o filho no carro com o pai"],
    ["The chef held his hand over the stove to check the heat"],
    ["엄마가 빨래를 창문 밖에 널고 있어요"],
    ["通行人に次々とチラシを配っています"],
    ["床に灯油をこぼしてしまったので、ライターは片付けました"],
    ["運動したら汗が引いて、気分がよくなりました"],
    ["雪の日に知らない人が車に乗せてくれて助かりました"],
    ["칼 든 남자 그림을 그렸어요"],
    ["El otro equipo nos está dando una paliza en el partido"],
    ["Ya se curaron las quemaduras graves del año pasado"],
    ["孫が今日も元気にひとりで留守番しています"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirty-fifth round (red team 32 read): each line is one the rules alone missed or read as another
// kind before the round, so the rules must raise it and the triage read its kind.
const CRISES_ROUND_35: readonly (readonly [string, string])[] = [
  // Shut in with a cord being tied, or with a cutter and no answer; an engine left running, を
  // dropped in speech; a poison drunk with how much said between; a goodbye note and the writer
  // gone; all the pills to be taken (Spanish) or swallowed by the caller (English); hanging oneself (Nepali); a
  // rope tied to a beam (Indonesian); a belt tied to a bed and put round the neck (English).
  ["弟が部屋に閉じこもって、中で紐を結んでいるみたいです", "suicide"],
  ["弟が浴室でカッターを持ったまま出てこなくて、返事がありません", "suicide"],
  ["兄が 車 の 中 で エンジン かけた まま 窓 に 目張り してる", "suicide"],
  ["祖母が農薬をコップ一杯飲んだって言ってます", "suicide"],
  ["「ごめんね」と書いた手紙が机にあって、兄がいないんです", "suicide"],
  ["Mi hermano dice que se los va a tomar todos, los tiene en la mano", "suicide"],
  ["I have swallowed all of my sleeping pills", "suicide"],
  ["मेरो भाइ झुन्डिन खोज्दैछ", "suicide"],
  ["Adik saya mengikat tali di balok kamar", "suicide"],
  ["My sister is knotting a belt to the bunk bed and looping it around her neck", "suicide"],
  // A child drowned by a parent (Vietnamese, Korean), left alone for days (English), beaten with a
  // stick held (Chinese), shut in a shed (a child's kana), slammed on the floor, hung outside a
  // balcony's rail (active); an old person tied down and beaten in a home (Spanish), locked in by a
  // carer (Portuguese).
  ["Thằng bé bị bố dìm xuống nước", "abuse"],
  ["엄마가 아기를 세면대 물에 넣고 있어요", "abuse"],
  ["The baby next door has been left on her own for three days", "abuse"],
  ["他拿着木棍子一直打孙子", "abuse"],
  ["パパがぼくを物置にいれてかぎをしめた。出してくれない", "abuse"],
  ["ママがおとうとをゆかにたたきつけた", "abuse"],
  ["夫が息子をベランダの柵の外に吊るしています", "abuse"],
  ["En el asilo tienen a mi abuela amarrada y la golpean", "abuse"],
  ["O cuidador está trancando a minha mãe no quarto", "abuse"],
  // A child dragged or forced into a car by a man: violence; a broken glass pointed at someone, a
  // fight with a head split, a stabbing in kana; a van into a crowd, dragged by the hair (English);
  // attacks with a machete or an axe (Portuguese, Spanish, Indonesian); a gun at a head (Thai).
  ["女の子が男に車の中へ引きずり込まれています", "violence"],
  ["バンに中学生の男の子が無理やり押し込まれて、車が走り出しました", "violence"],
  ["夫がコップを割って、その破片を私に向けています", "violence"],
  ["殴り合いになって、頭が割れてる人がいる", "violence"],
  ["おとこのひとがナイフでおんなのひとをさしました", "violence"],
  ["A van just ploughed into the crowd at the festival", "violence"],
  ["A woman is being dragged down the street by her hair", "violence"],
  ["Um homem está atacando pessoas com um facão", "violence"],
  ["Ella está atacando a su vecino con un hacha", "violence"],
  ["Ada pria mengamuk membawa parang di terminal", "violence"],
  ["มีคนเอาปืนจ่อหัวพนักงาน", "violence"],
  // The waters broken before term; bleach drunk (Spanish); the face drooping and an arm weak
  // (Portuguese); a knock on a door that wakes no one is no harm done (叩いても: medical, not abuse).
  ["三十二週で破水して、病院に向かうところです", "medical"],
  ["Mi hija se tomó un poco de lejía hace un rato", "medical"],
  ["Minha mãe ficou com a boca caída e o braço fraco", "medical"],
  ["ドアを叩いても祖父が動きません", "medical"],
];

describe("crisis lexicon, thirty-fifth round (red team 32 read)", () => {
  it.each(CRISES_ROUND_35)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  it.each([
    ["She tied a scarf around her neck because it was cold"],
    ["Saya mengikat tali di pohon untuk ayunan anak"],
    ["The baby stayed with her grandparents for two days"],
    ["ママが冷蔵庫のドアをしめた。ケーキを出してくれない"],
    ["パパがボールをかべにぶつけた"],
    ["皿を割って、ほうきを向けて片付けた"],
    ["夫婦喧嘩のあと頭が割れるように痛いです"],
    ["I drove into the car park behind the crowd"],
    ["Comprei um facão para o jardim"],
    ["Mi hijo bebió agua después de limpiar con lejía"],
    ["Tomó un poco de cloro hace dos años pero ya está bien"],
    ["前回のお産は三十週で破水しました"],
    ["三十八週の妊婦です、破水したらどうすればいいですか"],
    ["Minha mãe tem o rosto cansado e quer falar com o médico"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirty-sixth round (red team 33 read): each line is one the rules alone missed or read as another
// kind before the round, so the rules must raise it and the triage read its kind.
const CRISES_ROUND_36: readonly (readonly [string, string])[] = [
  // Someone else throwing themselves in front of a train (Portuguese) or off a bridge (Spanish); a
  // jump announced from a rooftop (Thai); a goodbye sent and a height named after it; a sheet tied
  // to a grille and put round the neck; a wrist cut in kana with を dropped, and blood.
  ["Minha irmã disse que vai se jogar na frente do metrô", "suicide"],
  ["Mi hermano amenaza con tirarse del puente", "suicide"],
  ["แฟนของฉันอยู่บนดาดฟ้าตึก บอกว่าจะกระโดดลงมา", "suicide"],
  ["My brother messaged me goodbye and now he's at the top level of the car park", "suicide"],
  ["夫がベッドのシーツを鉄格子に結びつけて首にかけています", "suicide"],
  ["ともだちが てくび きって ちが とまらない", "suicide"],
  // A weapon swung at people (English); a knife stabbing people (Korean); a neck strangled with a
  // cord (Chinese); a threat shouted to kill everyone (Portuguese); beaten on and on with a bat;
  // shots heard and someone down (violence, not only a collapse).
  ["A man is waving a baseball bat at passers-by outside the station", "violence"],
  ["역 앞에서 칼로 행인을 찌르고 있어요", "violence"],
  ["他用电线勒她的脖子", "violence"],
  ["Um homem está gritando que vai matar todo mundo no mercado", "violence"],
  ["部室で先輩がバットで後輩を殴り続けている", "violence"],
  ["外でパンという銃声がして、男の人が倒れています", "violence"],
  // A child choked (Korean), whipped (Vietnamese), beaten with a belt (Thai) or scalded (Indonesian)
  // by a parent, or left outside in the cold and shivering (English); an old person tied to a
  // wheelchair (Korean) or pinned down by a carer (English).
  ["옆집 꼬마가 엄마한테 목을 졸려서 울고 있어요", "abuse"],
  ["Đứa bé nhà bên bị mẹ nó dùng roi quất", "abuse"],
  ["เด็กโดนพ่อเลี้ยงตีด้วยเข็มขัด", "abuse"],
  ["Tetangga menyiram anaknya dengan air panas lalu memukulnya", "abuse"],
  [
    "The little boy next door is standing outside in the cold in just a T-shirt and is shivering",
    "abuse",
  ],
  ["요양보호사가 할아버지를 휠체어에 묶어 놨어요", "abuse"],
  ["The care worker keeps pinning him down to the bed", "abuse"],
  // Bleeding in pregnancy (Chinese); sweat, tremor and no longer knowing family (Spanish); a fall
  // and not moving (Tagalog) or not answering (English); pills or magnets swallowed, then drowsy or
  // vomiting (English, Korean); no waking (English, Thai); buried alive; a fall from a roof, a head
  // struck and vomiting, in kana; a child fallen into a waterway and swept away (medical, not
  // abuse); a fall and the neck bent at a strange angle.
  ["我老婆怀孕七个月，现在流了好多血", "medical"],
  ["Mi tío está sudando y temblando y ya no me reconoce", "medical"],
  ["Nahulog po ang lolo ko sa hagdan at hindi na gumagalaw", "medical"],
  ["My uncle fell down the well and won't answer", "medical"],
  ["My daughter swallowed some of my sleeping tablets and is very drowsy", "medical"],
  ["동생이 자석을 삼켰는데 토를 해요", "medical"],
  ["He took his insulin and now I can't wake him.", "medical"],
  ["พ่อเรียกไม่ตื่น", "medical"],
  ["工事現場で人が生き埋めになっています", "medical"],
  ["おじいちゃんが やねから おちて うごかない", "medical"],
  ["むすこが てつぼうから おちて あたまを うって はいてる", "medical"],
  ["用水路に八歳の子が落ちて流されています", "medical"],
  ["祖母が 土手から 転落して 首が 変な 角度に", "medical"],
];

describe("crisis lexicon, thirty-sixth round (red team 33 read)", () => {
  it.each(CRISES_ROUND_36)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  it.each([
    ["A minha filha vai se jogar na piscina"],
    ["เด็กๆ จะกระโดดลงสระว่ายน้ำ"],
    ["She texted me a goodbye before her flight"],
    ["手首に切り傷があるが血は止まっています"],
    ["時代劇の稽古で刀を持って斬りかかる場面を練習します"],
    ["剣道の稽古で竹刀で叩き続けています"],
    ["I was waving a flag at the runners"],
    ["Ele diz que vai matar a saudade da família"],
    ["Anak saya suka menyiram tanaman"],
    ["The little boy was left outside the shop for a minute while I paid"],
    ["간병인이 할머니를 휠체어에 태워 산책했어요"],
    ["The carer is holding her hand during the walk"],
    ["怀孕期间可以办理母子手帐吗"],
    ["Estoy sudando y temblando de frío en la fila"],
    ["Saya susah bernapas kalau naik tangga"],
    ["Nahulog ang cellphone ko pero gumagana pa"],
    ["I fell off my bike last year, I'm fine now"],
    ["아이가 약을 삼켰는데 괜찮아요"],
    ["土砂災害で生き埋めにならないための訓練に参加したい"],
    ["かいだんから おちた ことが あります"],
    ["寝違えて首が変な向きから戻りません"],
    ["池に落ちたボールが流されていきました"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirty-sixth round (blind-35's false emergency): けられ as the tail of a verb written with a kanji
// (受けられる, 預けられた, 助けられた) is no kick by a parent; a kick in kana still is, and so is
// 押し付けられ (pressed against).
describe("crisis lexicon, thirty-sixth round, けられ in another verb", () => {
  it.each([
    ["ひとり親になって、親から受けられる仕送りがなくなりました"],
    ["母に預けられた子どもの手当はどうなりますか"],
    ["父から助けられたことを話したいです"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });

  it.each([
    ["おとうさんに けられた いたい"],
    ["ぼくは母にけられてばかりいます"],
    ["パパに たばこを 押し付けられた"],
  ])("should still read %j as abuse", (text) => {
    expect(triage(text).action).toBe("emergency");
    expect(triage(text).crisis?.kind).toBe("abuse");
  });
});

// Thirty-sixth round, older development sets (red teams 25 and 26 read): a jump announced after a
// window or a railing is opened or climbed; an old person given nothing to eat for days.
describe("crisis lexicon, thirty-sixth round, older sets", () => {
  it.each([
    ["会社の非常階段の窓を開けた。もう飛びます", "suicide"],
    ["いま 歩道橋の 柵を またいで とびます", "suicide"],
    ["施設のおばあちゃんが五日も食べさせてもらえてない", "abuse"],
    ["隣のおじいちゃんが何日もご飯を与えられずにいるみたいです", "abuse"],
  ])("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))).not.toBeNull();
    expect(triage(text).action).toBe("emergency");
    expect(triage(text).crisis?.kind).toBe(kind);
  });

  it.each([
    ["窓を開けたら虫が飛びます。網戸の補助はありますか"],
    ["祖母が三日食べていないので、配食サービスを頼みたいです"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirty-seventh round (red team 34 read): each line is one the rules alone missed or read as
// another kind before the round, so the rules must raise it and the triage read its kind.
const CRISES_ROUND_37: readonly (readonly [string, string])[] = [
  // A briquette lit (Korean); someone else who wants to die or took all the medicines (Spanish); no
  // wish to live or a wrist slashed (Tagalog); outside a bridge's railing, hanging now (Spanish);
  // shut in with a rope (Portuguese); a call from a platform's edge to say sorry; a jump announced
  // from a balcony with nothing after it (Thai); legs out of a window, a cord round the neck tied
  // to a post, a death announced in humble speech.
  ["아빠가 차 문을 잠그고 번개탄을 태우고 있어요", "suicide"],
  ["Mi hermana dice que quiere morir y no abre la puerta", "suicide"],
  ["Mi hermano se ha tomado todos los medicamentos de mi madre", "suicide"],
  ["Sabi ng kapatid ko ayaw na niyang mabuhay", "suicide"],
  ["Naglaslas siya ng pulso sa banyo", "suicide"],
  ["Mi novio está en el puente, al otro lado de la barandilla", "suicide"],
  ["Mi vecino se está ahorcando en el árbol", "suicide"],
  ["A minha irmã está trancada no banheiro com uma corda", "suicide"],
  ["My son called me from the edge of the platform to say sorry for everything", "suicide"],
  ["ฉันเห็นผู้ชายยืนอยู่ที่ระเบียงหน้าต่าง เขาบอกว่าจะกระโดด", "suicide"],
  ["娘が窓の外側に両足を出して腰かけています", "suicide"],
  ["妻が首に電気コードを巻いて、柱に結んでいます", "suicide"],
  ["主人が死ぬと申しております", "suicide"],
  // A hammer swung (Chinese); strangling (Tagalog, Indonesian); a hammer brought down on someone
  // (Korean); a head beaten on a wall (Portuguese); kicking a driver, acid thrown in a face
  // (English); slammed on a floor, beaten with a bat in Kansai speech, hit again and again in
  // spaced kana; a stranger forcing a child into a car in kana (violence, not abuse).
  ["他拿着锤子在楼道里乱砸", "violence"],
  ["Sinasakal siya ng asawa niya ngayon", "violence"],
  ["Suami saya mencekik saya tadi", "violence"],
  ["남자가 망치로 사람을 내리치고 있어요", "violence"],
  ["O homem está batendo a cabeça dela na parede", "violence"],
  ["A man outside is kicking the driver of the taxi", "violence"],
  ["Someone threw acid in a woman's face at the bus stop", "violence"],
  ["男が女の人を床に叩きつけています", "violence"],
  ["若い連中がバットでしばきまくっとる", "violence"],
  ["そとで おじさんが おとこの ひとを なんども なぐって います", "violence"],
  ["しらないひとがおとうとをくるまにむりやりのせようとしてる", "violence"],
  // A child's head beaten, hands burnt, a daughter choked, a baby held under water, a child shut
  // in and hit (Portuguese, Spanish, Chinese, Korean, English, Vietnamese); an old person locked in
  // unfed (Chinese), tied to a bed (Indonesian), given no water (Tohoku); staff holding someone down
  // and hitting; locked in a shed unfed (English); a baby alone in a car, no parent there; a
  // child's mouth covered; food gone and the mother not back, in kana.
  ["A vizinha está batendo a cabeça da criança na mesa", "abuse"],
  ["La madre le quemó las manos a su hija con la plancha", "abuse"],
  ["爸爸用烟头烫女儿的手", "abuse"],
  ["아빠가 딸 목을 조르고 있어요", "abuse"],
  ["She is holding the baby under the water in the tub", "abuse"],
  ["Ông ấy nhốt đứa bé trong nhà kho rồi đánh nó", "abuse"],
  ["老人被儿媳锁在屋里三天没给饭吃", "abuse"],
  ["Mereka mengikat kakek di ranjang", "abuse"],
  ["ばあちゃんが二日も水もらえん", "abuse"],
  ["支援員が弟を押さえつけて顔をたたいています", "abuse"],
  ["They locked him in the shed without food for two days", "abuse"],
  ["車の中に赤ちゃんがひとりで寝ていて、親が見当たらないんです", "abuse"],
  ["保育士が園児の口をタオルでふさいでいます", "abuse"],
  ["おかあさんずっとかえってこない、ごはんもないの", "abuse"],
  // A button battery swallowed (Chinese); a scald over an arm (Thai); a baby coming out now;
  // kerosene drunk; someone drowning (Tagalog); a long fall and not moving (English); a car fallen
  // into a river with someone shut in (medical, not elder abuse).
  ["妈妈，弟弟把纽扣电池吞下去了", "medical"],
  ["น้องโดนน้ำร้อนลวกทั้งแขน", "medical"],
  ["The baby is coming out right now, what do I do", "medical"],
  ["My toddler drank some kerosene from the bottle", "medical"],
  ["Nalulunod ang anak ko sa dagat", "medical"],
  [
    "My mum fell down the escalator in the shopping centre and banged her head badly, she is not moving",
    "medical",
  ],
  ["川に車ごと落ちて、母が中に閉じ込められています", "medical"],
];

describe("crisis lexicon, thirty-seventh round (red team 34 read)", () => {
  it.each(CRISES_ROUND_37)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  it.each([
    ["번개탄 사용법이 궁금해요"],
    ["No quiere morir de hambre, por eso trabaja tanto"],
    ["Ayaw na niyang mag-aral sa Maynila"],
    ["Hay un parque al otro lado de la valla del puente"],
    ["Tengo una cuerda para colgar la ropa en la terraza"],
    ["My son called me from the platform to say the train is late"],
    ["窓の外に足を出して座るのは危ないと子どもに教えています"],
    ["首にタオルを巻いて庭の草むしりをしています"],
    ["死ぬほど申し訳ないと申しております"],
    ["他拿着锤子在修柜子"],
    ["Mencekik leher botol itu susah"],
    ["망치로 못을 내리치고 있어요"],
    ["The kids are kicking the ball in the park"],
    ["He threw some water on his face to wake up"],
    ["布団を床にたたきつけるように干すのはやめてください"],
    ["バットで素振りを続けています"],
    ["父がしらない人の車に乗せてもらって帰ってきました"],
    ["Estou batendo a cabeça na parede de tanto estudar"],
    ["La cocinera quema las manos del pollo en el fogón"],
    ["아들 목이 아파서 병원에 가요"],
    ["The baby is coming next month, what forms do I need"],
    ["Ông ấy nhốt con chó trong kho"],
    ["老人被儿子接到家里住了三天"],
    ["Saya mengikat tali sepatu nenek"],
    ["職員が利用者さんを押さえて、転ばないように支えてくれました"],
    ["They locked the bikes in the shed without lights"],
    ["車の中に赤ちゃんをひとりで残さないでというポスターはありますか"],
    ["子どもの口をタオルでふいてあげました"],
    ["ごはんないからママがかいものにいったの"],
    ["纽扣电池应该怎么扔"],
    ["น้ำร้อนลวกนิ้วนิดหน่อย ตอนนี้หายแล้ว"],
    ["The kerosene heater needs a new pump, where do I dispose of it"],
    ["Marunong lumangoy ang anak ko sa dagat"],
    ["車ごと川に落ちた事故の保険の手続きはどこですか"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirty-eighth round (red team 35 read): each line is one the rules alone missed or read as
// another kind before the round, so the rules must raise it and the triage read its kind.
const CRISES_ROUND_38: readonly (readonly [string, string])[] = [
  // Cutting one's wrists now (Spanish); a bottle of pesticide drunk (Vietnamese); a rope at the
  // neck (Tagalog); a wrist being slashed (Thai); a rope ready and doing it now (Portuguese);
  // charcoal burning in a room shut from inside, a goodbye sent with a gun held (English); shoes
  // off and walking into the sea.
  ["Mi hija se está cortando los brazos con una cuchilla", "suicide"],
  ["Anh ấy đã uống một chai thuốc diệt chuột", "suicide"],
  ["May tali sa leeg ang kapatid ko sa kwarto", "suicide"],
  ["พี่สาวกำลังกรีดข้อมือในห้องนอน", "suicide"],
  ["A corda já está amarrada e vou fazer isso agora", "suicide"],
  ["My brother shut himself in the garage with charcoal burning", "suicide"],
  ["My sister texted me a goodbye and she is holding a pistol", "suicide"],
  ["夫が堤防で靴を脱いで、水に入っていこうとしてます", "suicide"],
  // A child's head beaten on a door (Portuguese); a child unfed for two days (Korean); a boy locked
  // in by a stepmother (Portuguese); a daughter beaten with a hanger (Chinese); a child's arm burnt
  // (Tagalog); a daughter choked (Nepali); a girl being hit with a stick now (English); a child
  // tied up unfed (Indonesian); a child held down in a basin of water (Vietnamese); a sister
  // thrown, hunger and a parent not back (kana).
  ["O padrasto está batendo na cabeça da menina contra a porta", "abuse"],
  ["옆집 아이가 이틀째 밥을 못 먹고 있어요", "abuse"],
  ["A madrasta trancou o menino no banheiro", "abuse"],
  ["女儿被妈妈拿衣架打", "abuse"],
  ["Pinaso ng tatay ang braso ng anak niya", "abuse"],
  ["आमाले छोरीलाई घाँटी थिचिरहेकी छिन्", "abuse"],
  ["The little girl next door is being hit with a stick right now", "abuse"],
  ["Anak itu diikat di teras tanpa minum sejak siang", "abuse"],
  ["Bố nó đang dìm con bé xuống chậu nước", "abuse"],
  ["パパがいもうとをなげた", "abuse"],
  ["おなかすいたよ、パパがずっとかえってこないの", "abuse"],
  // An old person tied to a bed (Chinese), hit by a son-in-law (Korean), strapped to a chair by a
  // carer (English); a mouth covered with a towel by staff; scalded by a grandson; bedridden and
  // given no food for days (the kind read from the family harm).
  ["爷爷被孙子用绳子捆在床上", "abuse"],
  ["할아버지가 사위한테 맞아서 못 일어나세요", "abuse"],
  ["The carer has strapped him to the chair and gone out", "abuse"],
  ["介護職員が利用者さんの口をタオルでふさいでいる", "abuse"],
  ["ばあさまが孫に熱湯かけられたって泣いとる", "abuse"],
  ["寝たきりの父が五日も水をもらえてなくて、意識がもうろうとしています", "abuse"],
  // Stabbings (Spanish, Vietnamese); strangling (Portuguese); petrol poured with a threat of fire
  // (Korean); a knife threat (Nepali); beating with a bat (English); an axe held to break a door.
  ["Le están dando puñaladas a un hombre en la calle", "violence"],
  ["Một người đàn ông vừa đâm chị ấy ở chợ", "violence"],
  ["Ele está me estrangulando", "violence"],
  ["남편이 집에 기름을 뿌리고 불을 지르겠대요", "violence"],
  ["उसले छुराले धम्की दियो", "violence"],
  ["Two men are beating a man with a bat behind the shop", "violence"],
  ["男が斧を持って、裏口の扉を壊しています", "violence"],
  // A hand caught in a machine (English); hit by a scooter and bleeding (Chinese); fallen into the
  // sea and not found (Tagalog); foaming at the mouth (English); a fall and no answer (Korean); a
  // fall from a tree and not moving (Thai); not moving in the bath, a collapse and not waking, in
  // kana; a fall from scaffolding; an arm bent the wrong way and bleeding; swept away in a
  // waterway in dialect; a face in the bath water (kana).
  ["A worker's hand got caught in the conveyor", "medical"],
  ["爷爷被电动车撞倒了，流血了", "medical"],
  ["Nahulog sa dagat ang bata at hindi namin siya mahanap", "medical"],
  ["My friend is foaming at the mouth and twitching", "medical"],
  ["아버지가 사다리에서 떨어졌는데 대답을 못 하세요", "medical"],
  ["น้องตกจากต้นไม้ ไม่ขยับเลย", "medical"],
  ["にいにがおふろでうごかなくて", "medical"],
  ["じいじがたおれちゃって、おきないよ", "medical"],
  ["職人さんが足場から落ちて動かないんです", "medical"],
  ["転んで腕が変な向きに曲がって、血も出てる", "medical"],
  ["弟が用水路で流されとる", "medical"],
  ["じいじのかおがおゆにはいってるの", "medical"],
];

describe("crisis lexicon, thirty-eighth round (red team 35 read)", () => {
  it.each(CRISES_ROUND_38)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisisByRules(foldForCrisis(text))).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  it.each([
    ["Se está cortando el pelo en la peluquería"],
    ["Chai thuốc trừ sâu để ở đâu cho an toàn?"],
    ["Mahaba ang lubid sa bodega"],
    ["เธอเคยกรีดข้อมือเมื่อสิบปีก่อน ตอนนี้สบายดี"],
    ["A corda do varal está pronta para usar"],
    ["We lit the charcoal grill in the garden and locked the shed"],
    ["He sent a goodbye message to his hunting club and sold his rifle"],
    ["靴を脱いで水に入ると足が冷たいです"],
    ["O cabeleireiro está mexendo na cabeça do menino"],
    ["아이가 이틀째 밥을 잘 먹어요"],
    ["O pai trancou a porta da casa e saiu"],
    ["孩子被妈妈用手机拍了照片"],
    ["The kid is being taught to swim right now"],
    ["Anak-anak diikat tali sepatunya sebelum lomba lari"],
    ["Người mẹ đang dìm rau vào nước để rửa"],
    ["奶奶被儿子接回家了"],
    ["할머니가 아들한테 선물을 받았어요"],
    ["The carer has tied her shoelaces for her"],
    ["入所者の方の顔をタオルで拭いてあげました"],
    ["おとうさんがボールをなげた"],
    ["Le dio una puñalada trapera a su socio en el negocio"],
    ["Xe đâm vào cột điện, không ai bị thương"],
    ["Este calor está me sufocando"],
    ["기름을 뿌리고 불을 붙여서 고기를 구웠어요"],
    ["चक्कुले तरकारी काट्छु"],
    ["He is beating the eggs with a whisk"],
    ["斧を持って薪を割りに行きます"],
    ["My sleeve got caught in the door of the bus"],
    ["我被车撞过一次，现在没事了"],
    ["Nahulog sa ilog ang bola ko at hindi namin makita"],
    ["He was foaming at the mouth with rage at the meeting"],
    ["할머니가 계단에서 떨어졌는데 지금은 괜찮아요"],
    ["ตกจากเตียงตอนเด็ก ตอนนี้ไม่เป็นไร"],
    ["パパがたおれたじてんしゃをおこした"],
    ["足場から落ちた工具を拾いに行きます"],
    ["川で流されたサンダルを拾いました"],
    ["かおがおゆにはいるのがこわい"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Thirty-ninth round (red team 36 read): each line is one the rules alone missed or read as
// another kind before the round, so the rules must raise it and the triage read its kind.
const CRISES_ROUND_39: readonly (readonly [string, string])[] = [
  // Crouching inside a level crossing; a car driven into a river as an intent; pills swallowed by
  // the handful (Spanish); a cord tied to a fan and round the neck (Portuguese); a razor against
  // one's wrist, a goodbye from the motorway, leaning over a balcony with an apology (English); an
  // arm cut with a knife (Indonesian).
  ["夫が踏切の中でうずくまっていて、警報機が鳴りはじめました", "suicide"],
  ["父が車で川に突っ込むってメールしてきました", "suicide"],
  ["Mi madre tragó un montón de pastillas para dormir", "suicide"],
  ["Meu pai amarrou um fio no ventilador de teto e está com ele no pescoço", "suicide"],
  ["My flatmate is holding a razor to her wrist in the kitchen", "suicide"],
  ["He is walking on the motorway and texted me to say goodbye", "suicide"],
  ["My son is leaning over the balcony of the car park and said sorry to us", "suicide"],
  ["Adik saya sedang mengiris lengannya dengan pisau", "suicide"],
  // A child's hand held to an iron (Korean); a sleeping pill given to a child who does not wake
  // (Portuguese); a child burnt with a cigarette by a mother (Chinese); a baby dangled by the ankle
  // (English); a child kicked by a stepfather (Spanish); a daughter shoved by a father and not
  // moving; a child forced to drink by a parent (kana); a child made to stand barefoot in the snow;
  // an old person trampled by a grandchild or a son; pulled by a carer (Portuguese); put out in the
  // cold by a son (Korean); oxygen taken away from a bedridden grandfather.
  ["아빠가 아들 팔을 다리미에 갖다 대고 있어요", "abuse"],
  ["Deram um calmante para o meu filho e ele não acorda", "abuse"],
  ["孩子被妈妈用烟头烫了手", "abuse"],
  ["The man upstairs is dangling his toddler by the ankle from the window", "abuse"],
  ["A mi nieto el padrastro le está dando patadas en la espalda", "abuse"],
  ["父親が娘さんを階段から突き飛ばして、娘さんが倒れて動きません", "abuse"],
  ["ままが おとうとに おさけを のませて、おとうとが たおれて うごかない", "abuse"],
  ["隣の子が裸足で雪の中に立たされて、ぐったりしています", "abuse"],
  ["おばあちゃんが孫に胸を踏みつけられて、うずくまっています", "abuse"],
  ["A cuidadora do meu pai puxou ele da cadeira e ele caiu", "abuse"],
  ["할아버지를 아들이 마당으로 내쫓았어요", "abuse"],
  ["寝たきりの祖父の酸素を息子が外して、祖父が苦しそうです", "abuse"],
  // Boiling water thrown on a wife; a threat to push someone off a balcony; a face pressed to a hot
  // pan (Spanish); acid thrown in a face (Tagalog); a stabbing with a knife (Thai); stamping on a
  // face (English).
  ["隣の人が奥さんに熱湯をかけて、奥さんが泣き叫んでいます", "violence"],
  ["ベランダから突き落とすと言われて、手すりに押しつけられています", "violence"],
  ["Mi novio me está empujando la cara contra la sartén caliente", "violence"],
  ["Sinabuyan ng asido ang mukha ng babae sa kalye", "violence"],
  ["มีคนเอามีดแทงคนที่ป้ายรถเมล์", "violence"],
  ["They are stomping on the guard's face in the car park", "violence"],
  // Clothes on fire in kana; bleeding after a birth with faintness; a dog's bite (kana); a hand
  // pulled into a press (Spanish); a pupil bigger than the other (English); spots that do not fade
  // (Spanish); a paralysed side (Korean); fallen and no answer (Korean); a driver trapped
  // (Chinese); choking on water (Vietnamese); poisoned and unable to stand (Tagalog).
  ["じいじのふくにひがついて、うでがまっかなの", "medical"],
  ["産後二週間の娘が出血で気が遠くなっているそうです", "medical"],
  ["いぬが いもうとの てを かみました。 ちが たくさん でてる", "medical"],
  ["La mano de mi compañero fue atrapada por la prensa", "medical"],
  ["After the crash one of her pupils is bigger than the other", "medical"],
  ["Mi hijo tiene fiebre y manchas rojas que no desaparecen al apretar", "medical"],
  ["아버지가 오른쪽 팔이 마비되고 말이 어눌해요", "medical"],
  ["형이 계단에서 굴러 떨어졌어요. 대답이 없어요", "medical"],
  ["司机被卡在车里出不来", "medical"],
  ["Bé nhà tôi bị sặc nước, môi tím tái", "medical"],
  ["Nalason ang kapatid ko sa pagkain, hindi na makatayo", "medical"],
];

describe("crisis lexicon, thirty-ninth round (red team 36 read)", () => {
  it.each(CRISES_ROUND_39)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisis(text)).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  it.each([
    ["踏切の中に座り込まないように子どもに教えました"],
    ["車で海に行くって友達と話しました"],
    ["ストラップを首に巻きつけるタイプの名札をなくしました"],
    ["Hold the razor to your wrist at this angle, says the barber course"],
    ["Sobre la mesa dice que va a llover"],
    ["Saya memotong tangan boneka dengan gunting"],
    ["Ele comprou um monte de comprimidos de vitamina na farmácia"],
    ["아이 손을 잡고 다리미 매장에 갔어요"],
    ["孩子被妈妈用手机拍照"],
    ["The acrobat is dangling her partner by the ankle in the show"],
    ["父親が娘さんを駅まで送りました"],
    ["車に子どもを乗せて市役所に行きます"],
    ["やかんの熱湯をポットに移しました"],
    ["Driving a van into the city centre for the market"],
    ["いぬが ほねを かんで あそんでる"],
    ["한쪽 팔이 조금 저려요"],
    ["司机被堵在路上了"],
    ["会社が倒れそうなほど忙しい"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Fortieth round (red team 37 read): each line is one the start of the round (c5f05bd) missed or
// read as another kind, so the rules must raise it and the triage read its kind.
const CRISES_ROUND_40: readonly (readonly [string, string])[] = [
  // A razor drawn across one's own leg (Korean); sitting in a window and saying one will throw
  // oneself out (Spanish); up on a crane and shouting one will jump (Portuguese); a plastic bag over
  // the head, a fence climbed on an overpass with an apology (English); a tie round the neck and
  // tied to a door handle (Korean); a rope tied to the ceiling and a bench stepped on (Tagalog).
  ["형이 면도칼로 자기 다리를 긋고 있어요", "suicide"],
  ["Mi vecino está sentado en la ventana y dice que se va a tirar", "suicide"],
  ["Meu irmão subiu no guindaste e grita que vai pular", "suicide"],
  ["He has put a plastic bag over his head in the bathroom", "suicide"],
  ["My brother is climbing the fence on the overpass, saying sorry to us", "suicide"],
  ["아버지가 목에 넥타이를 감고 문고리에 묶고 있어요", "suicide"],
  ["Nagtali siya ng lubid sa kisame at tumuntong sa bangko", "suicide"],
  // A head slammed on the pavement, hands round a neck (English); petrol poured and a threat to
  // light it (Chinese); a stabbing (Indonesian); a machete swung at someone (Thai); the caller
  // strangled with a belt (Spanish); a neck choked from behind, said with ていて.
  ["Someone is slamming a woman's head on the pavement", "violence"],
  ["He put his hands around her neck and won't let go", "violence"],
  ["有个男的把汽油倒在门口，说要点火", "violence"],
  ["Ada orang menikam suami saya di pasar", "violence"],
  ["เพื่อนบ้านเอามีดพร้าฟันลุงของฉัน", "violence"],
  ["Mi novio me está ahorcando con su cinturón", "violence"],
  ["駐車場で誰かが相手の首を背後から締めていて、誰も止められません", "violence"],
  // A girl held by the neck by her father (Portuguese); a child's mouth covered (Spanish) or its
  // face pressed with a pillow (Thai) or into a cushion (English); a daughter held outside a window
  // (Chinese); a little brother thrown at a wall, in a child's kana; an old person's mouth covered by
  // a carer (Spanish) or held down with a knee on the neck (Chinese).
  ["O pai está segurando a menina pelo pescoço", "abuse"],
  ["Mi cuñada está tapando la boca de su hijo con la mano", "abuse"],
  ["พ่อเลี้ยงเอาหมอนกดหน้าลูกสาว", "abuse"],
  ["My uncle is pressing the baby's face into the cushion", "abuse"],
  ["他把女儿举在窗户外面吓唬她", "abuse"],
  ["ママがね、おとうとのこと、かべになげたの", "abuse"],
  ["El cuidador de mi abuela le tapó la boca con una toalla", "abuse"],
  ["护工把爷爷按在床上，用膝盖压着他的脖子", "abuse"],
  // Kinds the start read as violence or medical: an elder brother choked by a mother's boyfriend
  // (kana); a grandmother choked by the night shift; a cousin choked by an aunt, the age told after;
  // a small child held down by a man who says he is the father; a daughter's head banged on a wall
  // by her father (Nepali); a mother-in-law's mouth covered by a son's wife (Vietnamese); a sister
  // rolled in a futon and sat on by a father, in Tohoku speech.
  ["ママのかれしがおにいちゃんのくびをしめてる", "abuse"],
  ["施設の夜勤の人が、ばあちゃんの首を両手で締めています", "abuse"],
  ["おばさんが いとこの くびを しめてる。 いとこは ごさい", "abuse"],
  ["男の人が幼児を床に押さえつけて叩いています、父親だと言っています", "abuse"],
  ["बुबाले छोरीको टाउको भित्तामा ठोक्नुभयो र ऊ बेहोस भइन्", "abuse"],
  ["Con dâu đang bịt miệng mẹ chồng tôi, bà không thở được", "abuse"],
  ["父ちゃが酔って、妹ば布団で巻いで上さ乗っかってる、妹が息してねえ", "abuse"],
  // A hand caught in a mill (Indonesian); an asthma attack and a blue face (Vietnamese); a fit in
  // pregnancy (English); a fall from a balcony with a broken leg (Indonesian) or vomiting
  // (Vietnamese); shut in a freezer and shaking (Chinese); chest pain with sweat (Thai); one side of
  // the face drooping, the side named (左半分が垂れて); a pregnant sister bleeding, in kana.
  ["Tangannya terjepit di mesin giling", "medical"],
  ["Chồng tôi lên cơn hen, mặt tím tái", "medical"],
  ["My sister is pregnant and she's having a fit on the floor", "medical"],
  ["Anak saya jatuh dari balkon, kakinya patah", "medical"],
  ["Cháu tôi ngã từ ban công xuống, nôn mấy lần", "medical"],
  ["工人被关在冷冻库里，一直发抖", "medical"],
  ["สามีเจ็บหน้าอกและเหงื่อออกมาก", "medical"],
  ["祖母の顔の左半分が垂れて、言葉が出てこないんです", "medical"],
  ["おなかにあかちゃんがいるおねえちゃんが、ちがたくさんでてる", "medical"],
];

describe("crisis lexicon, fortieth round (red team 37 read)", () => {
  it.each(CRISES_ROUND_40)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisis(text)).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  it.each([
    ["형이 면도칼로 수염을 깎고 있어요"],
    ["Mi gato está sentado en la ventana y mira la lluvia"],
    ["Put the plastic bag over the bin before closing it"],
    ["He is climbing the fence on the school field to get the ball"],
    ["목에 스카프를 감고 외출했어요"],
    ["The hands around the clock tower are broken"],
    ["他把汽油倒进车里加满了"],
    ["O pai está segurando a menina pelo braço na rua"],
    ["Mi cuñada está tapando la olla con la mano"],
    ["My uncle is pressing the baby's clothes"],
    ["Ibu saya jatuh dari tangga tahun lalu, sekarang sudah sehat"],
    ["ママがね、おとうとのこと、だっこしたの"],
    ["The band's singer is having a fit about the poster"],
    ["工人在冷冻库里整理货物"],
    ["Chồng tôi bị hen nhẹ, muốn hỏi về bảo hiểm"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Forty-first round (red team 38 read): each line is one the start of the round (ab1b261) missed or
// read as another kind, so the rules must raise it and the triage read its kind.
const CRISES_ROUND_41: readonly (readonly [string, string])[] = [
  // A strip of pills taken (Indonesian) or tens of sleeping pills (Vietnamese); on a riverbank
  // saying she will throw herself in (English), on a shopping centre's top floor (Portuguese), on a
  // roof saying she will fall or jump (Korean, Thai); on a road to be hit (Indonesian); a goodbye
  // sent with a photo of pills; a rope taken into a cellar (Spanish); a belt tied above a door
  // (Tagalog); insecticide drunk (Portuguese); charcoal lit behind a shut door (Nepali); a gun
  // pointed at oneself in Kyushu speech; one's own hand being cut, in kana; lying down on the
  // tracks; into a river as things are.
  ["Kakak saya baru minum satu strip obat tidur", "suicide"],
  ["Chồng tôi vừa uống mấy chục viên thuốc ngủ", "suicide"],
  ["My neighbour is sitting on the riverbank saying she'll throw herself in tonight", "suicide"],
  ["Meu pai está no último andar do shopping falando que vai pular", "suicide"],
  ["누나가 지붕 위에 있다고, 떨어질 거라고 문자 왔어요", "suicide"],
  ["น้องชายอยู่บนดาดฟ้า บอกว่าจะโดดเอาหัวลง", "suicide"],
  ["Adik saya berdiri di tengah jalan raya dan bilang mau ditabrak mobil", "suicide"],
  ["My daughter sent me a picture of her pills and said goodbye", "suicide"],
  ["Mi padre se fue al sótano con una cuerda y dice que ya no puede más", "suicide"],
  ["Nagtatali siya ng sinturon sa itaas ng pinto, ayaw na raw niyang mabuhay", "suicide"],
  ["Minha mãe bebeu inseticida há pouco", "suicide"],
  ["भाइले कोठामा कोइला बालेर ढोका बन्द गरेको छ", "suicide"],
  ["じいちゃんが散弾銃ば持ち出して自分に向けよる", "suicide"],
  ["おにいちゃんが はさみで じぶんの てを きってる", "suicide"],
  ["兄が線路に降りて寝転んでいます", "suicide"],
  ["友だちが、このまま川に入ると言って河原にいます", "suicide"],
  // A child held by the throat (English) or under a scalding shower (English, Thai); a nephew kicked
  // (Spanish, a niece); a child burnt with a lighter (Korean); a baby left in a bin bag (Korean); a child
  // shut in a room (Nepali) or a shed (Indonesian); a child slammed on the floor; a grandmother
  // pushed down the stairs (Tagalog).
  ["The man is holding his son by the throat against the car", "abuse"],
  ["Her stepdad is holding my sister under the shower with scalding water", "abuse"],
  ["พ่อเลี้ยงเอาหลานไปแช่น้ำร้อน", "abuse"],
  ["Mi tío está golpeando a mi sobrina en la cocina", "abuse"],
  ["아빠가 동생 아이를 라이터로 지지고 있어요", "abuse"],
  ["엄마가 아기를 쓰레기 봉투에 넣어 버렸어요", "abuse"],
  ["बुबाले छोरीलाई बाथरुममा थुनेर राख्नुभएको छ", "abuse"],
  ["Paman mengurung anak itu tanpa makan sejak kemarin", "abuse"],
  ["男の人が赤ちゃんを床に叩きつけました", "abuse"],
  ["Itinulak pababa ng hagdan ang lola namin ngayon", "abuse"],
  // Threatened with a machete (Portuguese); held under water (Portuguese); shooting (Tagalog);
  // stabbed with scissors (Korean); kicked in the belly now (Thai); a blade swung at someone; a hot
  // iron on a back; a car driven at someone, the intent in Kansai; a stranger taking a child in a
  // car, in kana.
  ["Tem um homem com um facão ameaçando matar o vizinho", "violence"],
  ["Os meninos estão tentando afogar um colega na piscina", "violence"],
  ["May namamaril sa palengke ngayon", "violence"],
  ["남자가 가위로 제 동생을 찔렀어요", "violence"],
  ["แฟนยังเตะท้องเธออยู่", "violence"],
  ["隣の人が鉈を持って、郵便屋さんに切りかかりました", "violence"],
  ["彼が熱いアイロンを私の背中に押し当ててきます", "violence"],
  ["兄の元カノが車で兄をはねよとしとる", "violence"],
  ["しらないおばさんが いもうとを くるまに つれてった", "violence"],
  // Fallen into a canal and not found (Tagalog); a limp child not responding (Vietnamese); crushed
  // under a cupboard (Chinese); a sudden headache with blurred vision (English); a van sinking
  // (English); a high-voltage line touched (Portuguese); a fall with no speech and a weak leg
  // (Thai); a shed on fire with a person inside (Tohoku); sunk in the sea and not moving, in kana;
  // kicked by a horse and bleeding.
  ["Nalaglag sa kanal ang pamangkin ko at hindi pa namin mahanap", "medical"],
  ["Con trai tôi mềm nhũn, không phản ứng gì", "medical"],
  ["有个老人被压在倒下的柜子下面，没有声音", "medical"],
  ["My sister suddenly got a terrible headache and blurred vision", "medical"],
  ["A van in the canal is sinking and people inside are shouting", "medical"],
  ["Meu avô encostou no fio de alta tensão e está desacordado", "medical"],
  ["ตาล้มที่สวน พูดไม่ได้ ขาซ้ายอ่อนแรง", "medical"],
  ["小屋が燃えでる、中さ婆っちゃがいる", "medical"],
  ["ぼくのおにいちゃん、うみでしずんで、うごかないの", "medical"],
  ["叔父が馬に蹴られて、血が止まりません", "medical"],
];

describe("crisis lexicon, forty-first round (red team 38 read)", () => {
  it.each(CRISES_ROUND_41)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisis(text)).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  it.each([
    ["Saya mau beli satu kotak obat flu di apotek"],
    ["My uncle is standing on the bridge taking photos of the river"],
    ["Minha amiga está no último andar do prédio, no escritório novo"],
    ["Mi padre se fue al garaje con una cuerda para atar la leña"],
    ["The man is holding his son by the hand at the crossing"],
    ["Mi tío está golpeando la pelota en el patio"],
    ["남자가 가위로 종이를 잘랐어요"],
    ["自分の手を切ってしまったので、絆創膏を買いに来ました"],
    ["線路に降りて作業する人の募集を見ました"],
    ["熱いアイロンをシャツに押し当てています"],
    ["去年、馬に蹴られて骨を折ったことがあります、保険の手続きは"],
    ["A van in the canal car park was towed away"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});

// Forty-second round (red team 39 read): each line is one the start of the round (f6a76ae) missed or
// read as another kind (checked in a worktree of it); sentences of our own.
const CRISES_ROUND_42: readonly (readonly [string, string])[] = [
  // A suicide note and a rope (Thai); a roof's top floor and a jump said of oneself (Spanish); a
  // balcony's rail and a wish to jump (Vietnamese); a whole box of pills (Spanish); jumping into a
  // river to die (Nepali); a level crossing's gate climbed with a train coming; a belt round one's
  // neck tied to a door; a crane climbed by someone who says he will let go.
  ["น้องชายเขียนจดหมายลาตายไว้แล้วเอาเชือกไปด้วย", "suicide"],
  ["Estoy en el último piso del hospital y voy a tirarme", "suicide"],
  ["Chị tôi đang ngồi trên lan can ban công và muốn nhảy", "suicide"],
  ["Mi madre se tomó toda la caja de pastillas para dormir", "suicide"],
  ["दाइ मर्न भन्दै खोलामा हाम फाल्दै हुनुहुन्छ", "suicide"],
  ["My dad climbed over the level crossing gate and a train is coming", "suicide"],
  ["I have a belt around my neck and tied it to the door handle", "suicide"],
  ["A man climbed the crane at the building site and says he will let go", "suicide"],
  // A foot on a window with no coming down; a large amount of sleeping pills taken, in keigo; a
  // parent leaving the children to go into a pond (the model had said abuse); a rope through one's
  // neck in Tohoku speech; a wrist bleeding, in a child's kana.
  ["祖父が窓に足を掛けたまま、降りてこん", "suicide"],
  ["夫が大量の睡眠薬を服用したようです", "suicide"],
  ["母が子どもらを置いて池に入るって書き置きが", "suicide"],
  ["嫁がロープば首さ通しとる", "suicide"],
  ["おとうさんがね、てくびからちがいっぱいでてる", "suicide"],
  // A child hit with a belt (English) or a sandal (Spanish); a cigarette pressed on a child's hand
  // (Vietnamese); a child pushed down and trodden on the belly (Korean); a daughter's hands under a
  // boiling tap (English); a daughter held out of a window by the arms (Portuguese); a child burnt
  // with a lighter (Spanish); a child not fed for days (Tagalog); a child's head knocked on a table
  // (Thai).
  ["The father is hitting his little son with a belt", "abuse"],
  ["La madre está golpeando con una chancla a su hija", "abuse"],
  ["Người mẹ đang dí thuốc lá vào tay đứa bé", "abuse"],
  ["아빠가 아이를 밀치고 배를 밟고 있어요", "abuse"],
  ["The man is holding his daughter's hands under the hot tap, it's boiling", "abuse"],
  ["A vizinha está segurando a filha pelos braços para fora da janela", "abuse"],
  ["Mi padrastro está quemando a mi hijo con un encendedor", "abuse"],
  ["Ang bata sa tabi ay hindi pinakain ng tatlong araw at nanghihina na", "abuse"],
  ["พ่อจับหัวเด็กกระแทกโต๊ะ", "abuse"],
  // Hot soup poured over an old woman by a carer (Kyushu); an old woman given no water by her
  // daughter; a grandfather's hand pressed on a stove; a quilt over a baby's face, in a child's
  // kana; a nursery child hit by a man taken for a parent, in keigo; an old neighbour pushed by her
  // granddaughter (Portuguese).
  ["ホームの介護士が、ばあちゃんに熱い味噌汁ばかけよる", "abuse"],
  ["近所のおばあさんが、娘に水ももらえず、ふらふらしています", "abuse"],
  ["兄が祖父の手をストーブに押しつけています", "abuse"],
  ["パパがあかちゃんのかおにふとんかぶせてる", "abuse"],
  ["父親らしき男性が園児の頭を叩いております", "abuse"],
  ["A neta da senhora do lado está empurrando ela no chão", "abuse"],
  // Men with bats (English); a man hitting the caller's brother (Spanish); a broken bottle (English);
  // a head hit with a pipe (Tagalog); a knife chasing people (Thai); a former husband breaking a
  // window to get in; a pupil beaten by a drunk, the pupil named first; a former husband beating
  // the caller's father (the start read abuse); a spade in Kyushu speech; a father beating his
  // daughter's husband (the start read abuse: an in-law is no child).
  ["Some men are hitting a student with baseball bats outside", "violence"],
  ["Un hombre está pegando a mi hermano en la calle", "violence"],
  ["He broke a bottle and is cutting my face with it", "violence"],
  ["Hinampas ng tiyuhin ko ang ulo ko ng tubo", "violence"],
  ["ผู้ชายเอามีดไล่แทงคนในตลาด", "violence"],
  ["別れた夫が窓を割って家に入ってきました", "violence"],
  ["中学生が、よったおじさんに殴られてる", "violence"],
  ["元の 夫が 私の 父を 殴って", "violence"],
  ["隣の親父がスコップで殴りよる", "violence"],
  ["父が、娘の夫を棒で叩いてる", "violence"],
  // A puffer fish (Nepali); a carbon monoxide alarm (Spanish); a pit viper's bite; a chemical
  // splashed over a worker.
  ["काकाले पफर माछा खानुभयो, अहिले मुख चल्दैन", "medical"],
  [
    "Sonó la alarma de monóxido de carbono y mi hijo tiene dolor de cabeza y no puede levantarse",
    "medical",
  ],
  ["畑でマムシに噛まれて、腕が腫れてきました", "medical"],
  ["工場で同僚が薬剤をかぶって、目が痛いと叫んでいます", "medical"],
];

describe("crisis lexicon, forty-second round (red team 39 read)", () => {
  it.each(CRISES_ROUND_42)("should send %j to the emergency route as %s", (text, kind) => {
    expect(detectCrisis(text)).not.toBeNull();
    const result = triage(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe(kind);
  });

  // A husband (not a former one) beating the caller's old father is still elder abuse.
  it("should still read a husband beating the caller's father as abuse", () => {
    expect(detectCrisis("夫が 私の 父を 殴って")?.kind).toBe("abuse");
  });

  it.each([
    ["Mi abuela se tomó una pastilla para el dolor de cabeza"],
    ["We climbed the TV tower for the view"],
    ["窓枠に足をかけて窓を拭いたら、掃除が終わりました"],
    ["大量の薬を服用している高齢者の相談窓口はありますか"],
    ["鎌を研いでから草刈りに行きます"],
    ["子どもを残して海外に単身赴任します"],
    ["薬の箱を全部捨てました"],
    ["The girl is hitting the piñata with a stick"],
    ["施設の職員がおばあさんに温かいお茶を出してくれました"],
    ["鍬で畑を耕しています"],
    ["布団をバットで叩いてほこりを出しています"],
    ["マムシに噛まれないように長靴を履きましょう"],
    ["去年マムシに噛まれたことがあります"],
    ["祖父は昔マムシに噛まれた傷が残っていて、手帳の対象か知りたいです"],
    ["母親らしき女性が子どもの手を引いて歩いていました"],
    ["小学生が知らない人に道を聞かれました"],
    ["Estou no último andar do shopping e vou comprar sapatos"],
    ["Meu tio está no telhado consertando as telhas"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
    expect(triage(text).action).not.toBe("emergency");
  });
});
