import { detectCrisis, detectCrisisByRules, foldForCrisis } from "./detect-signals";

// Phone speech recognition's homophone slips on crisis words: caught in the context that gives
// the crisis word away, left alone in ordinary speech. Lines written for this test.
const SLIPPED_CRISES: ReadonlyArray<readonly [string, string]> = [
  ["おとうと が 車 の 中 で 連炭 を 焚いて て 窓 に テープ が", "suicide"],
  ["あの ばあちゃん が 九釣り を 全部 飲んで しまって 起きん の です", "suicide"],
  ["えっと 店 の 前 で 人 が 差されて 血 が いっぱい", "violence"],
  ["となり の アパート が 鍛冶 で 燃えて て 煙 が すごい", "medical"],
  ["こども が ころんで 地 が 止まらない ん です", "medical"],
  ["おっと が 急に 旨 が 苦しい って うずくまって", "medical"],
  ["うえ の へや で こども が 畳かれて る おと が ずっと", "abuse"],
  ["もう 氏 に たい どこ に も いばしょ が ない", "suicide"],
  ["ちち が 熱中賞 みたい で へん なんです", "medical"],
  ["もう むり。今夜 死の都 思います", "suicide"],
];

const ORDINARY: readonly string[] = [
  "競馬の連単の当たり馬券を換金したい",
  "九つの書類を全部そろえました",
  "番号を指されて窓口に呼ばれました",
  "差されていた傘を忘れ物として届けました",
  "家事が忙しくて平日は行けません",
  "鍛冶屋さんの跡地の空き家について",
  "つい地が出てしまいました",
  "市にたいして要望があります",
  "市に対する意見を書きました",
  "旨みのある料理が好きです",
  "ひがしの都と思いますか",
  "よしの兎を見に行きたいと思います",
  "読書に熱中して夜更かししました",
];

describe("speech recognition's slips on crisis words", () => {
  it.each(SLIPPED_CRISES)("should catch %j", (text, kind) => {
    const signal = detectCrisis(text);
    expect(signal).not.toBeNull();
    if (kind === "abuse") expect(signal?.kind).toBe("abuse");
  });

  it.each(ORDINARY.map((line) => [line]))("should leave %j alone", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe("speech recognition's slips on crisis words, twelfth round", () => {
  it("should read 棟 and 宗 before が苦しい as 胸", () => {
    expect(detectCrisis("ちち が 棟 が くるしい って 言って")?.kind).toBe("medical");
    expect(detectCrisis("おばあちゃん が 宗 が いたい")?.kind).toBe("medical");
    expect(detectCrisis("市営住宅の三号棟が古くて苦しい思いをしています")).toBeNull();
  });
});

describe("speech recognition's slips on crisis words, fourteenth round", () => {
  it("should read 田折れ as 倒れ and 石機が as 意識が", () => {
    expect(detectCrisis("はは が 田折れて うごかない")?.kind).toBe("medical");
    expect(detectCrisis("おじいちゃん の 石機 が ない")?.kind).toBe("medical");
    expect(detectCrisis("田折れ地区の住民票はどこで取れますか")).toBeNull();
    expect(detectCrisis("石機が展示されている博物館はどこですか")).toBeNull();
  });
});

describe("crisis ASR slips, thirtieth round (red team 27 read)", () => {
  it("should read 飛び折り as 飛び降り, and leave other 折り alone", () => {
    const text = "いま 陸橋 の 上 で もう 飛び 折りよう かな って";
    expect(detectCrisisByRules(foldForCrisis(text))?.kind).toBe("suicide");
    expect(detectCrisis("紙飛行機を飛ばして、折り紙もしました")).toBeNull();
  });
});

describe("crisis ASR slips, thirty-first round (red team 28 read)", () => {
  it("should read 連単 as 練炭 with words between it and its verb", () => {
    const text = "あの 夫 が 連単 を 部屋 で 炊いて ます";
    expect(detectCrisisByRules(foldForCrisis(text))?.kind).toBe("suicide");
    expect(detectCrisis("連単の馬券を窓口で買いました")).toBeNull();
  });

  it("should read 新房細動 as 心房細動 and 意気が as 息が before breathing hard", () => {
    const text = "あの 母 が 新房 細動 で 意気 が くるしい って";
    expect(detectCrisisByRules(foldForCrisis(text))?.kind).toBe("medical");
    expect(detectCrisis("新房の完成見学会はいつですか")).toBeNull();
    expect(detectCrisis("意気が上がる応援歌を作りました")).toBeNull();
  });
});

describe("crisis ASR slips, thirty-second round (red team 29 read)", () => {
  it("should read 加持 as 火事 after the house and before someone still inside", () => {
    const text = "いえ が 加持 だ あの まだ 中 に 母 が";
    expect(detectCrisisByRules(foldForCrisis(text))?.kind).toBe("medical");
    expect(detectCrisis("実家が加持祈祷で有名なお寺の近くです")).toBeNull();
  });
});

describe("crisis ASR slips, thirty-fourth round (red team 31 read)", () => {
  it("should read 首 閉め as 首 絞め before the passive or the act", () => {
    const text = "あの 父 が 弟 に 首 閉められ て て";
    expect(detectCrisisByRules(foldForCrisis(text))).not.toBeNull();
    expect(detectCrisis("首まで閉めるタイプのコートです")).toBeNull();
  });
});
