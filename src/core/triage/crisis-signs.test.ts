import { foldForMatch } from "../text";
import {
  MODEL_KNOWN_FALSE_ALARMS,
  SIGN_ORDINARY,
  SIGN_WARNINGS,
} from "./__fixtures__/crisis-lines";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import { compileCrisisSigns, findCrisisSigns } from "./crisis-signs";

const signs = compileCrisisSigns(foldForMatch);
const find = (text: string) => findCrisisSigns(foldForMatch(text), signs);

describe("crisis warning signs (second stage)", () => {
  it.each(SIGN_WARNINGS.map((line) => [line]))("should raise the suicide route on %j", (text) => {
    expect(find(text)).not.toBeNull();
    const result = triageRulesOnly(text);
    expect(result.action).toBe("emergency");
    expect(result.crisis?.kind).toBe("suicide");
    expect(result.crisis?.contacts.map((c) => c.number)).toContain("0120-279-338");
  });

  it.each(SIGN_ORDINARY.map((line) => [line]))("should not raise %j", (text) => {
    expect(find(text)).toBeNull();
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });

  // Not a sign (being troubled by others), but a known false alarm of the crisis model.
  it("should not take being troubled by a neighbour for a sign", () => {
    expect(find(MODEL_KNOWN_FALSE_ALARMS.neighbourTrouble)).toBeNull();
  });
  // A known false alarm of the model until its fourteenth-round refit on every development set.
  it("should not raise the route on being troubled by a neighbour", () => {
    expect(triageRulesOnly(MODEL_KNOWN_FALSE_ALARMS.neighbourTrouble).action).not.toBe("emergency");
  });

  // Eleventh round: a rope over a beam is the means in use; a stool set under is the means.
  it.each([
    ["天井の梁にひもをかけました"],
    ["踏み台も置いたし、今夜決めた"],
    // Being a burden said as a condition, a long farewell, life insurance for the debts, no more
    // mornings, the tracks as the destination.
    ["私がいなくなれば家族は楽になる。もう決めた"],
    ["長いこと本当にお世話になりました。最後にひと言お礼を言いたくて"],
    ["生命保険があるから、家族は借金を返せると思う。今夜決めた"],
    ["明日の朝日はもう見ないつもり"],
    ["今夜、線路の方へ行きます"],
    ["「ありがとう」とだけ送ってきて、電話しても出ない"],
  ])("should raise the suicide route on %j", (text) => {
    expect(find(text)).not.toBeNull();
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });
  it.each([
    ["踏み台を置いて電球を替えました"],
    ["長い間お世話になりました。来月引っ越すので、最後に挨拶に来ました"],
    ["今夜、駅前の踏切を渡ったところの店に行きます"],
  ])("should not raise %j", (text) => {
    expect(find(text)).toBeNull();
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });

  it("should give the two signs that met as evidence", () => {
    expect(find("家族に迷惑ばかりかけて、もう限界なんです")).toEqual([
      "迷惑ばかりかけて",
      "もう限界",
    ]);
  });
});

describe("crisis warning signs, eleventh round (crisis training set 3)", () => {
  it.each([
    // Keys and bankbooks sent out of the blue and no answer; a pet handed over from tomorrow; a
    // last call from a roof; leaving now; the gas tap turned (ひねって); a roof headed for, spaced.
    ["父から急に家の鍵と通帳が送られてきて、電話に出ない"],
    ["犬は明日から隣の人が面倒を見てくれる。もう疲れた"],
    ["Estoy en la azotea. Es mi última llamada."],
    ["これからいなくなります"],
    ["ガスの元栓をひねって、部屋を閉め切った"],
    ["いま おくじょう に いきます。 さようなら"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).action).toBe("emergency");
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["鍵と通帳が送られてきたので、名義変更の手続きをしたい"],
    ["入院するので、猫は明日から隣の人が預かってくれます"],
    ["Es mi última llamada de hoy, gracias"],
  ])("should not raise %j", (text) => {
    expect(find(text)).toBeNull();
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, eleventh round (crisis training set 3): oneself tidied away", () => {
  it.each([
    ["今夜のうちに片付けるつもりです、自分のことを"],
    ["わしが早く片付けばええんじゃ。いま海の堤防まで来とる"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["私が早く片付けばいいんですけど、物置の粗大ごみの出し方を教えて"],
    ["川の土手まで来ましたが、花見の駐車場はどこですか"],
    ["部屋を片付けるつもりです。回収の予約をしたい"],
  ])("should not raise %j", (text) => {
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, twelfth round (red team 9 read)", () => {
  it.each([
    ["最後のお願いです、犬を誰かに引き取ってもらえるよう頼みます。もう限界です"],
    ["保険金の受取人は妹にしてあります。明日はもういないので"],
    ["踏切の近くにいます。電車の音が聞こえる"],
    ["どこに相談してもだめだった。いま線路の脇に来ています"],
    ["もう だめだ。ため池に入るから"],
    ["暗くなったら実行します。もう決めました"],
    ["最後にもう一度だけ母の声が聞きたくて。それだけです、もう切ります"],
    ["いまがら 川さ 入るがら、もう つかれた"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["猫を引き取ってくれる里親さんを今日中に探したい"],
    ["それだけです、では切ります"],
    ["10時になったら実行します"],
    ["池に入るから危ないので柵をつけてほしい"],
    ["どこに相談してもだめだったので、市長への手紙を出したい"],
  ])("should not raise %j", (text) => {
    expect(find(text)).toBeNull();
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, thirteenth round (red team 10 read)", () => {
  it.each([
    ["保険金の受取人は娘に変更しました。明日の朝までに全部片付けます"],
    ["生命保険の受取人は弟に書き換えておきました。今夜で私の用事は済みます"],
    ["My pills are all laid out and I'm doing it tonight"],
    ["港の岸壁に座っています。もう疲れました"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["保険の受取人は息子に変えておきました。手続きは終わりです"],
    ["生命保険の受取人を変更したいのですが、必要な書類は"],
    ["I laid out the forms on the table. Can I bring them tonight?"],
    ["岸壁に座って釣りをしてもいいですか"],
  ])("should not raise %j", (text) => {
    expect(find(text)).toBeNull();
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, fifteenth round (red team 12 read)", () => {
  it.each([
    ["弟から「今、屋上。迷惑ばかりかけてごめん」とラインが"],
    ["姉からのメッセージは「いま崖の上。今までありがとう」だけでした"],
    ["兄から『今、ダムの近く。もう疲れた、迷惑かけたくない』と"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["夫から「今、橋の上。渋滞で遅れます」と連絡がありました"],
    ["今、屋上。洗濯物を取り込んでます"],
    ["今、踏切の近く。道が分からなくて迷惑かけてすみません、すぐ着きます"],
  ])("should not raise %j", (text) => {
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, sixteenth round (red team 13 read)", () => {
  it.each([
    ["弟と連絡が取れなくて、さっき「今までありがとう」とだけ届きました"],
    ["娘の机に「さがさないで」と書き置きがあって、財布もありません"],
    ["男の人が手すりにタオルを結んで、首を入れようとしています"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["担当の方と連絡が取れなくて困っています。今まで書類はありがとうございました"],
    ["探さないで済むように、書類は一つの封筒にまとめました"],
    ["タオルを首にかけて散歩しています。公園の水道は使えますか"],
  ])("should not raise %j", (text) => {
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, seventeenth round (red team 14 read)", () => {
  it.each([
    ["彼女がSNSに『永遠におやすみ』と書いて、連絡が取れません"],
    ["ビルの屋上の端に座っています。もう何も意味がない"],
    ["兄が薬のシートの写真を送ってきて、それから電話に出ません"],
    ["父が『役所には世話になったと伝えて』と言って出ていって、家にいません"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["屋上の端に座ってお弁当を食べてもいいですか"],
    ["『永遠におやすみ』という曲のタイトルを調べています"],
    ["この書類はもう意味がないですか。去年の分です"],
    ["父から『役所には世話になったと伝えて』と言われました。今日で退職です"],
  ])("should not raise %j", (text) => {
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, eighteenth round (red team 15 read)", () => {
  it.each([
    ["義理の兄から「今までありがとう、さようなら」とラインが来て、線路の写真が付いていました"],
    ["娘から『さよなら』とだけメールが来て、橋の写真が送られてきました"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["踏切の写真を撮ってきたので、遮断機の故障を見てください"],
    ["屋上の写真を送りますので、防水工事の補助を教えてください"],
  ])("should not raise %j", (text) => {
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, nineteenth round (red team 16 read)", () => {
  it.each([
    ["兄が「今夜で最後」とつぶやいて、ロープと睡眠薬を持って出ていきました"],
    ["駅の待合室で、隣の人が鞄に縄と睡眠薬を入れていて、「今夜で最後」とつぶやいています"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["キャンプの持ち物リストに、ロープと薬箱を入れました。申請に必要なものは"],
    ["閉店のお知らせに「今日で終わり」と書いてあったので、ポイントカードの扱いを知りたい"],
  ])("should not raise %j", (text) => {
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, twenty-seventh round (a false emergency in training set 24)", () => {
  it.each([
    ["家族あてにメモを書いておきました。今夜決行します"],
    ["母が「今までありがとう」と書いたメモを残して、電話に出ません"],
  ])("should raise the suicide route on %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });

  it.each([
    ["暗証番号を決めたあと、メモに書いておいたら、そのメモをなくしました"],
    ["新しい暗証番号は今日決めたので、メモに書いておきました"],
  ])("should not raise %j", (text) => {
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, twenty-ninth round (a false emergency in blind-28)", () => {
  it.each([["もう疲れました。今から海に入りに行きます"], ["川さ入りに行ぐ。もう終わりにする"]])(
    "should raise the suicide route on %j",
    (text) => {
      expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
    },
  );

  // 入りの is a compound (カード入りの財布, 保険証入りのケース), no one going into the water.
  it.each([
    ["海水浴場でカード入りの財布を落としました。どこに届けますか"],
    ["湖でスマホ入りのポーチを落としてしまいました"],
  ])("should not raise %j", (text) => {
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });
});

describe("crisis warning signs, thirty-fourth round (a false emergency of training set 31)", () => {
  // What comes in from the sea or a river, the wind or the water, is no one going in.
  it.each([
    ["窓を開けたら川からの風が入って涼しいです"],
    ["大雨で川の水が入ってきて、庭が水浸しです"],
  ])("should not raise %j", (text) => {
    expect(triageRulesOnly(text).action).not.toBe("emergency");
  });

  it.each([["母が海に入って行きました"]])("should still raise %j", (text) => {
    expect(triageRulesOnly(text).crisis?.kind).toBe("suicide");
  });
});
