import { foldForMatch } from "../text";
import { findIntents } from "./intent-terms";

describe("findIntents", () => {
  describe("question kinds in different words", () => {
    it.each([
      ["申請方法を教えてください", "how"],
      ["どうやって申請すればいいですか", "how"],
      ["カードはドコで受け取れますか", "where"],
      ["いつまで使えますか", "when"],
      ["何年もつんですか", "when"],
      ["再発行っていくら?", "cost"],
      ["手数料はかかりますか", "cost"],
      ["何がいりますか", "bring"],
      ["何を持っていけばいいですか", "bring"],
      ["What do I need to bring?", "bring"],
      ["暗証番号は何回間違えるとロックされますか", "count"],
      ["暗証番号は何桁ですか", "count"],
      ["なんで電子証明書だけ5年なの", "why"],
      ["どうして期限が短いのですか", "why"],
      ["特急発行の対象はどんな人ですか", "who"],
      ["子どもの暗証番号は誰が決めるの", "who"],
      ["カードなくしたっちゃけど、どげんしたらいいと?", "how"],
      ["卡丢了,该怎么办?", "how"],
      ["ロックかかった、どうする?", "how"],
      ["コンビニで再設定ってどうやんの?", "how"],
      ["パスワード忘れた、どうしよう", "how"],
      ["カード作るのに1000円かかるの?", "cost"],
      ["千円払うって聞いたけど", "cost"],
      ["何円ぐらい?", "cost"],
      // What to bring, in kana as speech recognition and romaji readings write it.
      ["なにがひつようですか", "bring"],
      ["なにがいるんですか", "bring"],
      ["なにをもっていけばええの", "bring"],
      ["何もってけばいい?", "bring"],
    ])("should find the intent of %j (%s)", (text, intent) => {
      expect(findIntents(foldForMatch(text))).toContain(intent);
    });
  });

  describe("fifteenth round: where, in other languages", () => {
    it.each([
      ["卡在哪里可以拿到?"],
      ["어디서 받을 수 있어요?"],
      ["Tôi có thể làm ở đâu?"],
      ["Onde posso pegar o cartão?"],
      ["¿Dónde se hace el trámite?"],
      ["Saan po ako pupunta?"],
      ["Di mana saya bisa mengurusnya?"],
      ["कहाँ जानुपर्छ?"],
    ])("should read %j as where", (text) => {
      expect(findIntents(foldForMatch(text))).toContain("where");
    });

    it.each([["I was wondering about the fee"], ["Ele respondeu ontem"], ["Pasaan ko ito"]])(
      "should not read a word holding onde or saan in %j as where",
      (text) => {
        expect(findIntents(foldForMatch(text))).not.toContain("where");
      },
    );
  });

  describe("thirty-seventh round: what to do asks how", () => {
    it.each([
      ["カードをなくしたら、まず何をすればいいですか"],
      ["お知らせが届きました。何をしたらいいんでしょうか"],
      ["まず何したらええ？"],
      ["さいしょに なにをすれば いい?"],
      ["これ何すりゃいいの"],
      ["何から始めればいいんでしょう"],
    ])("should read %j as how", (text) => {
      expect(findIntents(foldForMatch(text))).toContain("how");
    });

    it.each([["カードで何ができますか"], ["何が必要ですか"], ["何をしているところですか"]])(
      "should not read %j as how",
      (text) => {
        expect(findIntents(foldForMatch(text))).not.toContain("how");
      },
    );
  });

  describe("thirty-second round: counters in kana, as speech recognition writes them", () => {
    it.each([
      ["ゆうこうきげん って なんねん ですか", "when"],
      ["とっきゅうはっこう って なんにち くらい", "when"],
      ["こうしん って きげん の なんかげつ まえ から", "when"],
      ["あんしょうばんごう なんかい まちがえたら ろっく", "count"],
      ["しょめいようの 暗唱番号は なんけた ですか", "count"],
      ["暗唱番号 って なんしゅるい あるんですか", "count"],
    ])("should find the intent of %j (%s)", (text, intent) => {
      expect(findIntents(foldForMatch(text))).toContain(intent);
    });

    it.each([
      ["マイナ保険証にするとなんかいいことあるの"],
      ["カードなんかいらんって言ってる"],
      ["なんかいりますか"],
    ])("should not read the なんか (something) in %j as count", (text) => {
      expect(findIntents(foldForMatch(text))).not.toContain("count");
    });
  });

  describe("statements", () => {
    it("should find no intent in a plain statement", () => {
      expect(findIntents(foldForMatch("カードをなくしました"))).toEqual([]);
    });

    it.each([["円滑に進めたい"], ["円形のシールが貼ってある"]])(
      "should not read the 円 in %j as cost",
      (text) => {
        expect(findIntents(foldForMatch(text))).not.toContain("cost");
      },
    );

    it.each([
      ["窓口にいったら閉まっていました"],
      ["夫がいってたんですけど"],
      ["書類がいっぱいあって"],
      ["母といっしょに行きます"],
      ["いつもの窓口で"],
      ["ドイツから帰ってきました"],
    ])("should not read the いっ (folded いつ) or いつも in %j as when", (text) => {
      expect(findIntents(foldForMatch(text))).not.toContain("when");
    });

    it.each([
      ["いつから使えますか"],
      ["更新はいつ?"],
      ["いつごろ届きますか"],
      ["いつできますか"],
      ["書類などいつまでに出せばいい"],
    ])("should still read %j as when", (text) => {
      expect(findIntents(foldForMatch(text))).toContain("when");
    });

    it.each([["来月引っ越す予定なんです"], ["これ、なんでしょうか"], ["なんでも聞いてください"]])(
      "should not read the なんで in %j as why",
      (text) => {
        expect(findIntents(foldForMatch(text))).not.toContain("why");
      },
    );

    // Thirty-first round: どうしても (by all means, no matter what) holds どうして.
    it.each([["どうしても今週中に欲しいんです"], ["どうしても窓口に行けません"]])(
      "should not read the どうしても in %j as why",
      (text) => {
        expect(findIntents(foldForMatch(text))).not.toContain("why");
      },
    );

    it.each([["どうしてカードだけ先に切れるの"], ["どうしてもらえないんですか"]])(
      "should still read %j as why",
      (text) => {
        expect(findIntents(foldForMatch(text))).toContain("why");
      },
    );

    // Thirty-seventh round: somewhere, nowhere and where-did-it-go say a thing is lost.
    it.each([
      ["はがきがどこかへ行ってしまいました"],
      ["家の中のどこかにあるはずです"],
      ["カードのどこにも書いてない"],
      ["申請書をどこにやったか分からん"],
      ["はがき、どこさやったか分がんねぐなった"],
      ["通知カードもどこいったか分からんのです"],
    ])("should not read the どこ of %j as where", (text) => {
      expect(findIntents(foldForMatch(text))).not.toContain("where");
    });

    it.each([
      ["どこ行ったら直してもらえるん"],
      ["どこへ送ればいいですか"],
      ["どこから申し込めますか"],
      ["どこのコンビニでもできますか"],
    ])("should still read %j as where", (text) => {
      expect(findIntents(foldForMatch(text))).toContain("where");
    });
  });

  // Thirty-ninth round: what a thing is, asked as a whole question.
  describe("what a thing is", () => {
    it.each([
      ["マイナ免許証って何?"],
      ["公金受取口座とは何ですか"],
      ["スマホ用電子証明書というのは、どういうものですか"],
      ["What is the eligibility certificate?"],
      ["个人编号通知书是什么?"],
    ])("should read %j as what", (text) => {
      expect(findIntents(foldForMatch(text))).toContain("what");
    });

    it.each([
      ["申請書IDって何桁ですか"],
      ["受け取りって何時まで?"],
      ["顔認証のカードでできないことって何"],
      ["コンビニで取れる証明書にはどんなものがありますか"],
      ["マイナ免許証とは何で、どこで手続きできますか"],
    ])("should not read %j as what", (text) => {
      expect(findIntents(foldForMatch(text))).not.toContain("what");
    });
  });

  // Forty-second round: who, asked politely.
  describe("who, asked politely", () => {
    it.each([
      ["顔認証のカードを選べるのは、どのような方ですか"],
      ["代理で申請できるのはどういった人でしょうか"],
      ["手数料がかからないのはどういう方なの"],
    ])("should read %j as who", (text) => {
      expect(findIntents(foldForMatch(text))).toContain("who");
    });

    it.each([["どのような方法で申し込めますか"], ["駅からどういった方向に歩けばいいですか"]])(
      "should not read %j as who",
      (text) => {
        expect(findIntents(foldForMatch(text))).not.toContain("who");
      },
    );
  });
});
