import type { CrisisModelWeights } from "./crisis-model";
import { CRISIS_FEATURES_VERSION, loadCrisisModel, scoreCrisisModel } from "./crisis-model";
import { raisedByOrdinaryState } from "./crisis-ordinary-state";
import { detectCrisis, foldForCrisis } from "./detect-signals";

// A hand-made model that raises on the kana of a told state alone (て、, ます。, ません。, した。,
// です。), as the stored one nearly does on a short sentence of daily life.
const STATE_MODEL: CrisisModelWeights = {
  version: CRISIS_FEATURES_VERSION,
  threshold: 0.5,
  bias: -1,
  scale: 1,
  crisis: "て、\t10\nます。\t10\nせん。\t10\nした。\t10\nです。\t10",
  kindBias: [0, 0, 0, 0],
  kindScale: 1,
  kinds: "て、\t1,0,0,0",
};

describe("raisedByOrdinaryState", () => {
  const model = loadCrisisModel(STATE_MODEL);
  const raisedByState = (text: string) => {
    const folded = foldForCrisis(text);
    expect(scoreCrisisModel(model, folded).raised).toBe(true);
    return raisedByOrdinaryState(model, folded);
  };

  describe("when every sentence tells an ordinary cause and a mild, ongoing or finished state", () => {
    it.each([
      // Sleep or a morning lost to a nuisance; an instrument is no danger word (楽 of 楽になりたい).
      ["上の階の楽器の練習が夜遅くまで続いて、赤ちゃんが起きてしまいます。"],
      ["向かいの家のニワトリが朝早くから鳴いて、赤ちゃんが起きてしまいます。"],
      // An appointment missed for a small injury, a small injury cared for.
      ["階段で足首をひねったので、明日の予約には行けません。"],
      ["娘が体育でけがをして、膝に包帯を巻いています。"],
      ["弟が部活でけがをして、病院で診てもらいました。"],
      // An accident with no one hurt, the police already there.
      ["自転車同士でぶつかって、警察が来ています。けが人はいないそうです。"],
      // Damage to a thing, pests and weeds.
      ["トイレの水があふれて、廊下の床にしみができています。"],
      ["裏の畑の草が伸び放題で、蚊がたくさん出てきました。"],
      // Someone shut in their room for long, a quarrel at home and a stay elsewhere.
      ["姉が会社を辞めてから、ずっと自分の部屋にこもっています。"],
      ["妻と言い合いになって家を出ました。いまは実家にいます。"],
      // A strained back or sore feet, whose 痛 is no danger's.
      ["母が腰を痛めて、しばらく買い物に行けそうにありません。"],
      ["受付で一時間以上立って待っていたら、足が痛くなりました。"],
      // A burnt pot aired, a smell whose source was switched off.
      ["鍋を焦がしてしまって、台所にこげたにおいが残っています。"],
      ["電気ストーブから少し焦げたにおいがしました。すぐに電源を切りました。"],
      // A day wasted, a change that comes over days.
      ["窓口の受付が早く締め切られていて、一日無駄にしました。"],
      ["父が足腰が弱って、家から出ない日が増えています。"],
      ["書類を書き終わってから行ったら受付が締め切られていて、一日無駄にしました。"],
    ])("should say %j is raised by it", (text) => {
      expect(raisedByState(text)).toBe(true);
    });
  });

  describe("when a danger may be said too", () => {
    it.each([
      // A danger word anywhere in the text, even inside a while (しばらく息をしていない).
      ["上の部屋の音で眠れなくて、もう全部終わりにしたいです。"],
      ["母が腰を痛めて、しばらく息をしていないみたいです。"],
      ["自転車同士でぶつかって、けが人はいないと思ったら、相手の人が倒れました。"],
      // Something still smoking after it was switched off.
      ["焦げたにおいがしたのですぐに電源を切りましたが、まだにおいがします。"],
      // A weapon that DANGER_WORDS does not list, and a quarrel of strangers.
      ["父が隣の人と口論して、鎌を持って出ていきました。"],
      ["店の前で客同士がけんかして、片方が相手を追いかけています。"],
      // After the mild clause or in another sentence: the caller's own danger keeps the yes.
      ["夫とけんかして家を出ました。いま駅のホームの端に立っています。"],
      ["食べられない日が増えて、今日はもう死んでしまいたいです。"],
    ])("should not say %j is raised by it", (text) => {
      expect(raisedByState(text)).toBe(false);
    });
  });

  it("should not drop a text the model still raises with its mild clauses blanked", () => {
    const text = "兄が会社を辞めてから、ずっと部屋にこもっていて、さっき書き置きが見つかりました。";
    expect(raisedByOrdinaryState(model, foldForCrisis(text))).toBe(false);
  });
});

describe("detectCrisis on ordinary states of daily life", () => {
  it.each([
    ["向かいの家のニワトリが朝早くから鳴いて、赤ちゃんが起きてしまいます。"],
    ["隣の犬が夜通し吠えていて、こちらまで眠れません。"],
    ["トイレの水があふれて、廊下の床にしみができています。"],
    ["姉が会社を辞めてから、ずっと自分の部屋にこもっています。"],
    ["妻と言い合いになって家を出ました。いまは実家にいます。"],
    ["鍋を焦がしてしまって、台所にこげたにおいが残っています。"],
    ["一人暮らしの父が雪をかけなくなって、外に出られない日が増えています。"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ["夫とけんかして家を出ました。いま駅のホームの端に立っています。"],
    ["娘が体育でけがをして、包帯を巻いていたら、急にぐったりして返事をしません。"],
    [
      "兄が会社を辞めてから、ずっと部屋にこもっていて、さっき「いままでありがとう」と書いた紙が置いてありました。",
    ],
    ["母が腰を痛めて、しばらく動けないと言っていたのに、いま呼んでも返事がありません。"],
  ])("should still raise %j", (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe("detectCrisis on ordinary states, thirty-first round", () => {
  // Training set 28's TR186 and red team 28's look-alike: the model alone raised both.
  it.each([
    ["工場の仕事が終わって、来月から収入がまったくありません"],
    ["誤解はもう解けています。"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ["仕事が終わって、来月から収入がありません。もう死ぬしかないです"],
    ["誤解はもう解けましたが、いま母が倒れて返事をしません"],
  ])("should still raise %j", (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe("detectCrisis on ordinary states, thirty-second round", () => {
  // Training set 29's TS410 class: the model alone raised a paper thrown out with the rubbish.
  it.each([["出張に出てる間に、母ちゃんが保険証を古新聞と一緒に出しちゃったみたいで。"]])(
    "should not raise %j",
    (text) => {
      expect(detectCrisis(text)).toBeNull();
    },
  );

  it.each([["古新聞と一緒に出しちゃったみたいで、母が倒れて動きません"]])(
    "should still raise %j",
    (text) => {
      expect(detectCrisis(text)).not.toBeNull();
    },
  );
});

describe("detectCrisis on ordinary states, thirty-third round", () => {
  // Training set 30's TT013, TT101 and TT284 classes: the model alone raised each.
  it.each([
    ["二階の窓が割れたまま、ずっと直っていません。"],
    ["コールセンターに何度かけてもつながらず、まだ止められていません。"],
    ["おじいちゃんがこのごろ夕方に家を出て、畑まで歩いていこうとします。"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ["トイレが壊れたまま直っていません。いま母が倒れて動きません"],
    ["話し中でつながらず、いま父が胸を押さえて苦しんでいます"],
    ["祖父がこのごろ夜中に家を出て、いま線路の上に座り込んでいます"],
  ])("should still raise %j", (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe("detectCrisis on ordinary states, thirty-fourth round", () => {
  // Red team 31's class the model alone raised (abuse on にい, んが, ぜん): a child's snack or toy
  // taken by a brother or a sister.
  it.each([["いもうとがぼくのおもちゃとった"], ["お兄ちゃんが私のプリン食べちゃった"]])(
    "should not raise %j",
    (text) => {
      expect(detectCrisis(text)).toBeNull();
    },
  );

  it.each([["いもうとがぼくのおもちゃとった、いまパパがいもうとをなぐってる"]])(
    "should still raise %j",
    (text) => {
      expect(detectCrisis(text)).not.toBeNull();
    },
  );
});

describe("detectCrisis on ordinary states, thirty-fifth round", () => {
  // Red team 25's class the model alone raised (medical on 言っ, と言っ, 言って): a child scared
  // sleepless by a film or a story, its 怖 no danger word.
  it.each([
    ["テレビで怖い場面を見て、娘が怖がって眠れないと言ってます。相談先はありますか。"],
    ["映画で主人公が崖から身を投げる場面があって、息子が怖がって夜眠れないと言ってます。"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ["娘が怖がって眠れないと言ってます。いま父が娘を殴っています"],
    ["息子が怖がって眠れません。夫が包丁を持って暴れています"],
  ])("should still raise %j", (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe("detectCrisis on ordinary states, thirty-seventh round", () => {
  // Training set 34's class the model alone raised (abuse on 赤ち, 赤ちや): a facility's amenity for
  // a baby missing, said as a complaint about a building.
  it.each([
    ["市民センターのトイレに、赤ちゃんのおむつ替えの台がひとつもありません。"],
    ["支所のトイレには赤ちゃんのおむつ替えの台がどこにもありません。"],
    ["庁舎のトイレに赤ちゃんを座らせる椅子がひとつもありません。"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ["おむつ替えの台がありません。いま赤ちゃんがぐったりして息をしていません"],
    ["赤ちゃんにミルクをあげる人がいなくて、三日も何も食べていません"],
  ])("should still raise %j", (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe("detectCrisis on ordinary states, thirty-eighth round", () => {
  // Training set 35's class the model alone raised (abuse on 部屋): a thing stolen from a wallet, a
  // bag or a locker, a loss of property told.
  it.each([
    ["寮の部屋に置いていた財布から保険証が抜き取られていました。"],
    ["ホテルの部屋のバッグから財布が抜き取られていました。"],
    ["宿の部屋に置いたかばんの中から免許証が盗られていました。"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ["財布からカードが抜き取られていました。いま部屋で夫が子どもを殴っています"],
    ["かばんから財布が盗まれて、犯人に刃物で脅されています"],
  ])("should still raise %j", (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe("detectCrisis on ordinary states, thirty-eighth round (crisis training set 6, red team 35)", () => {
  // Classes the model alone raised in crisis training set 6 and red team 35: someone well now,
  // someone back home, a mood at home, stuck at a machine, a quarrel over a matter and years apart.
  it.each([
    ["姪は前に保護されたことがあって、もう親元に帰って元気にしています、今日は手当の件です"],
    ["叔父の家の子が前に保護されて、もう戻って元気にやってます、今日は児童手当のことで"],
    ["夫が怒って実家に帰ったんですが、夜にはもう帰ってきてます"],
    ["夫が仕事でイライラしてて、家の中の空気が重くて"],
    ["母が券売機の前でさっきから立ち往生してます"],
    ["兄と相続のことで揉めてて、もう何年も口をきいてません"],
  ])("should not raise %j", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ["夫が帰ってきてます。包丁を持って暴れています"],
    ["家の中の空気が重いです。母が倒れて息をしていません"],
    ["甥は前に保護されて元気にしていましたが、いま父親にまた殴られています"],
  ])("should still raise %j", (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});
