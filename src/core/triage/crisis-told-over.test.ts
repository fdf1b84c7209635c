import { foldForMatch } from "../text";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import { isToldAsOver } from "./crisis-told-over";
import { detectCrisis } from "./detect-signals";

const toldAsOver = (text: string) => isToldAsOver(foldForMatch(text));

describe("isToldAsOver", () => {
  describe("when a harm is told as over and nothing happens now", () => {
    it.each([
      // Well now after a harm dated in the past.
      ["まえ に おっと に なぐられて にげた。いま あんぜん。じゅうしょ の こと を ききたい。"],
      [
        "娘がリストカットしていたのは高校の頃で、今は社会人です。当時の医療費の記録はもらえますか。",
      ],
      ["弟がけいれんを起こしやすい体質なので、予防接種の前に相談したいです。今は元気です。"],
      ["I used to stay in a shelter because of domestic violence, now I live safely with my kids."],
      // Over by itself: put out, stopped, not a fire.
      ["トースターのパンが焦げて煙が出ましたが、火はもう消えています。"],
      ["包丁で指を切ってしもたけど、血はもう止まっとるで。"],
      ["魚を焼いて部屋が焦げ臭いけど火事じゃないです、警報器の止め方を教えて。"],
      ["할머니가 예전에 쓰러졌지만 지금은 괜찮아요. 카드 신청은 어떻게 해요?"],
    ])("should say %j is told as over", (text) => {
      expect(toldAsOver(text)).toBe(true);
      expect(detectCrisis(text)).toBeNull();
      expect(triageRulesOnly(text).action).not.toBe("emergency");
    });
  });

  describe("when something is happening now", () => {
    it.each([
      ["前に薬をたくさん飲んだことがあって、今は元気だったのに、さっきまた全部飲みました。"],
      ["火はもう消えたと思ったのに、まだ煙が出ていて燃えています。"],
      ["昔殴られていた父は今は元気ですが、母が倒れて動かないんです。助けて。"],
      ["指を切って、血が止まらないんです。"],
      ["血はもう止まってない、ずっと出てくる。前にも切ったことがある。"],
      ["前にもストーブが燃えたことがあって、火はまだ消えていません。"],
      // Twenty-ninth round: a danger now in Korean or Chinese, in one clause with what was fine.
      ["아까는 괜찮다고 했는데 지금 엄마가 의식이 없어요"],
      ["할아버지가 괜찮다고 하셨는데 숨을 못 쉬세요"],
    ])("should not say %j is told as over", (text) => {
      expect(toldAsOver(text)).toBe(false);
      expect(triageRulesOnly(text).action).toBe("emergency");
    });
  });

  describe("when a crisis is told in a clause of its own after what is over", () => {
    it.each([
      ["半年前に退院したんですけど、今また死にたくてたまらないんです"],
      ["去年も同じことがあって、もう平気だと思ってたのに、いま手首を切ってしまいました"],
      ["엄마가 쓰러졌어요. 괜찮은지 모르겠어요. 숨을 안 쉬어요"],
      ["確認済みの書類を出しに来たんですが、隣の人が急に倒れて息をしていません"],
      ["血は止まったけど、子どもがぐったりして呼びかけても反応がない"],
      ["火はもう消えましたが、父が煙を吸って意識がありません"],
    ])("should still raise %j", (text) => {
      expect(triageRulesOnly(text).action).toBe("emergency");
    });
  });
});

describe("isToldAsOver, thirty-second round (red team 29 read)", () => {
  it("should date a harm by the operation or the birth it came with", () => {
    const text = "手術のとき大量出血しましたが、いまは本人もすっかり元気です。医療費控除の相談です";
    expect(toldAsOver(text)).toBe(true);
    expect(detectCrisis(text)).toBeNull();
  });

  it("should still raise a bleed that goes on now", () => {
    const text = "手術のとき大量出血して、いまも血が止まりません";
    expect(toldAsOver(text)).toBe(false);
    expect(triageRulesOnly(text).action).toBe("emergency");
  });
});

describe("isToldAsOver, thirty-third round (red team 30 read)", () => {
  it.each([
    // The culprit caught, a doctor's all-clear, last year's story, well again in Tagalog.
    ["空き巣が入りましたが、犯人はすでに捕まっています。窓の修理の補助は"],
    ["There was a burglary at our flat last year and the police arrested the man"],
    ["息子がけいれんを起こして救急で診てもらい、心配ないと言われました"],
    ["えっと 火事 は 去年 の 話 で 罹災証明 を もう一度"],
    ["Nahimatay si nanay noong isang linggo pero okay na siya"],
    // Red team 26 read: apart or protected now, or care finished, after a harm of the past.
    ["去年、夫が娘を叩いたので警察に相談しました。今は別居しています"],
    ["先月、虐待の通告をしました。その子は今は施設に保護されています"],
    ["前に自傷があって入院しました。今は通院も終わっています"],
  ])("should not raise %j", (text) => {
    expect(toldAsOver(text)).toBe(true);
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ["空き巣が入りましたが、犯人はもう捕まりました。いま父が倒れて息をしていません"],
    ["心配ないと言われたのに、さっきからまたけいれんが止まりません"],
    ["Nahimatay si lolo noong isang taon pero okay na siya. Ngayon hindi na siya humihinga"],
    ["去年、夫が娘を叩いたので相談しました。今は別居していますが、さっき夫が来て娘を殴っています"],
  ])("should still raise %j", (text) => {
    expect(triageRulesOnly(text).action).toBe("emergency");
  });
});

describe("isToldAsOver, thirty-ninth round (red team 36 read)", () => {
  // Fine until a moment ago (…까지 괜찮으셨는데) tells a harm that is sudden, not one that is over.
  it.each([["아버지가 갑자기 쓰러지셨어요. 조금 전까지 괜찮으셨는데 숨을 잘 못 쉬세요"]])(
    "should not hold %j as over, and raise it",
    (text) => {
      expect(toldAsOver(text)).toBe(false);
      expect(triageRulesOnly(text).action).toBe("emergency");
    },
  );

  it.each([["작년에 쓰러졌는데 지금은 괜찮아요"]])("should still hold %j as over", (text) => {
    expect(toldAsOver(text)).toBe(true);
    expect(detectCrisis(text)).toBeNull();
  });
});
