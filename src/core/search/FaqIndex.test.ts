import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFaqCsv } from "../faq";
import { FaqIndex } from "./FaqIndex";

const { entries } = parseFaqCsv(
  readFileSync(join(__dirname, "__fixtures__", "faq-small.csv"), "utf8"),
);
const index = FaqIndex.build(entries);
/** The sample FAQ, built once for the blocks that check its rankings. */
const sample = FaqIndex.build(
  parseFaqCsv(
    readFileSync(join(__dirname, "..", "..", "..", "samples", "mynumber-faq.csv"), "utf8"),
  ).entries,
);

describe("FaqIndex", () => {
  describe("Japanese variants", () => {
    it.each([
      ["card names", "個人番号カードを作りたい", "T-001"],
      ["short card name and password", "マイナカードのパスワードを忘れちゃった", "T-002"],
      ["PIN in latin letters", "ＰＩＮを忘れてしまいました", "T-002"],
      ["hiragana for katakana", "まいなんばーかーどのあんしょうばんごうをわすれた", "T-002"],
      ["なくした for 紛失", "カードを落としちゃったんですけど", "T-004"],
      ["失くした for 紛失", "マイナンバーカードを失くしました", "T-004"],
      ["lock by mistakes", "暗証番号をまちがえて使えなくなった", "T-003"],
      ["proxy wording", "家族が代わりに取りに行けますか", "T-006"],
      ["fee wording", "お金はいくらかかりますか", "T-007"],
      ["how long", "どれぐらいで届きますか", "T-012"],
      ["moving", "引越ししたらカードの住所はどうしたらいい", "T-009"],
      ["half-width katakana", "ｺﾝﾋﾞﾆで住民票をとりたい", "T-010"],
      ["English", "I lost my My Number card", "T-004"],
    ])("should find the entry for %s", (_label, query, expected) => {
      expect(index.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("confidence", () => {
    it("should stay within [0, 1] and be higher for a clear match than for an unrelated one", () => {
      const clear = index.search("マイナンバーカードの暗証番号を忘れた");
      const unrelated = index.search("今日の天気は晴れますか");
      for (const result of [clear, unrelated]) {
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
      }
      expect(clear.confidence).toBeGreaterThan(0.5);
      expect(unrelated.confidence).toBeLessThan(clear.confidence);
    });

    it("should return no hits and zero confidence for empty text", () => {
      expect(index.search("")).toEqual({ hits: [], confidence: 0, coverage: 0 });
    });
  });

  describe("serialization", () => {
    it("should give the same results after toJSON and fromJSON through a JSON string", () => {
      const restored = FaqIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
      expect(restored).not.toBeNull();
      for (const query of ["暗証番号を忘れた", "手数料", "代理人"]) {
        expect(restored?.search(query)).toEqual(index.search(query));
      }
    });

    it("should refuse an index of another version", () => {
      expect(FaqIndex.fromJSON({ ...index.toJSON(), version: -1 })).toBeNull();
    });
  });

  describe("city variants", () => {
    it("should use variants passed in options", () => {
      const query = "コンビニ証明のこと教えて";
      const extended = FaqIndex.build(entries, { variants: { 住民票: ["コンビニ証明"] } });
      expect(extended.search(query).hits[0]?.id).toBe("T-010");
    });
  });

  describe("bounded input", () => {
    it("should search a 100 KB query using only its beginning", () => {
      const long = "マイナンバーカードの暗証番号を忘れた。" + "あ".repeat(100_000);
      expect(index.search(long).hits[0]?.id).toBe("T-002");
    });
  });

  describe("the sample FAQ: thirteenth round, training sets 9 and 10", () => {
    it.each([
      [
        "a lock the caller caused",
        "暗証番号を何度も間違えてロックしてしまったんですが、どうしたらいいですか",
        "MN-073",
      ],
      ["a proxy asked in kana", "だいりで うけとって もらえる のは どんな ばあい", "MN-041"],
      ["a disability handbook as ID", "療育手帳は受け取りのときの身分証になりますか", "MN-032"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: thirty-eighth round, an expiry that has passed", () => {
    it.each([
      [
        "a card expired, in Portuguese",
        "O meu cartão My Number expirou. Ainda posso renovar?",
        "MN-058",
      ],
      [
        "a card expired, in Spanish",
        "Mi tarjeta My Number está vencida. ¿Todavía puedo renovarla?",
        "MN-058",
      ],
      [
        "a card already expired, then where",
        "カードの期限がすでに切れてます。更新はどこで受け付けていますか",
        "MN-058",
      ],
      // Stay as they were: renewing ahead, an expiry asked about ahead.
      ["renewing before it ends", "カードの期限が切れる前に、何か月前から更新できますか", "MN-055"],
      ["if it ends", "期限が切れたらカードはどうなりますか", "MN-058"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: thirty-ninth round", () => {
    it.each([
      [
        "a lock that came, in the polite past",
        "署名用のパスワードを5回間違えてロックされました。どこで直せますか",
        "MN-073",
      ],
      [
        "a lock that came, in Vietnamese",
        "Tôi nhập sai mã PIN nhiều lần, thẻ bị khóa rồi. Tôi nên làm gì?",
        "MN-073",
      ],
      ["what express issuance is", "マイナの特急発行というのは何ですか", "MN-097"],
      // Stay as they were: how many tries before a lock, who may use express issuance.
      ["tries before a lock", "暗証番号は何回間違えたらロックされますか", "MN-071"],
      ["who express issuance is for", "特急発行の対象になるのはどんな人ですか", "MN-098"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: thirty-ninth round, every kind asked in a view", () => {
    it.each([
      // MN-143's phrasings ask how long the 資格確認書 lasts; MN-144's question shares its concept.
      ["until when the 資格確認書 lasts", "資格確認書はいつまで使えるんですか", "MN-143"],
      ["the 資格確認書's expiry", "資格確認書の有効期限はいつまでですか", "MN-143"],
      // Stay as they were: who gets it, how to register the benefit account.
      ["who gets the 資格確認書", "資格確認書は誰に届くのですか", "MN-144"],
      ["how to register the benefit account", "公金受取口座ってどうやって登録するの", "MN-160"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: forty-first round, Chinese questions of how long", () => {
    it.each([
      // Not tied to express issuance by its Chinese phrasing's "about" and "can".
      ["how many days, in Chinese", "在网上申请了卡，大约多少天能拿到？", "MN-018"],
      // Stay as they were: express issuance, the fee of a reissue.
      ["fast, in Chinese", "有没有加急的办法？想尽快拿到卡", "MN-097"],
      ["a reissue's fee, in Chinese", "卡丢了，补办大概多少钱？", "MN-094"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: forty-first round, a knit cap", () => {
    it.each([
      // Worn for the cold, a knit cap is a hat: the photo rules (no hat), not a head covered.
      [
        "a knit cap for skiing",
        "スキーで使うニット帽をかぶったままの証明写真でも大丈夫ですか",
        "MN-023",
      ],
      // Stay as they were: a medical or religious reason told.
      [
        "a knit cap worn for treatment",
        "治療で髪が抜けてニット帽をかぶっています。写真はそのままで大丈夫ですか",
        "MN-026",
      ],
      ["a hijab", "ヒジャブを着けたままの写真で申請できますか", "MN-026"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: forty-first round, a move within the same town", () => {
    it.each([
      ["a move in the same town", "同じ町の別の家に移るときも、カードの届けはいりますか", "MN-109"],
      [
        "a move within the town",
        "町の中で住むところが変わったときに、カードで何かいりますか",
        "MN-109",
      ],
      // Stays as it was: a move to the next city.
      ["a move to the next city", "隣の市に引っ越すとき、カードはどうすればいいですか", "MN-105"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: forty-first round, a foreign person said as 外国の and who", () => {
    it.each([
      [
        "a foreign guest here on business",
        "出張で一か月だけ来ている外国のお客さんにもカードはもらえますか",
        "MN-117",
      ],
      [
        "a foreign acquaintance on a trip",
        "旅行で十日ほど来ている外国の知り合いも、カードを作れますか",
        "MN-117",
      ],
      // Stay as they were: going home, a card lost on a trip abroad.
      [
        "a foreign person going home",
        "外国の人が国に帰るときは、カードはどうすればいいですか",
        "MN-122",
      ],
      ["a card lost abroad", "海外旅行中にカードをなくしたらどうしたらいいですか", "MN-090"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: forty-first round, Tagalog make again", () => {
    it.each([
      [
        "a reissue's fee, in Tagalog",
        "Nawala ang My Number card ko. Magkano ang bayad para gumawa ulit?",
        "MN-094",
      ],
      // Stays as it was: the fee of a renewal.
      [
        "a renewal's fee, in Tagalog",
        "Magkano po ang bayad sa pag-renew ng My Number card?",
        "MN-057",
      ],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: forty-first round, what a PIN is used for is no condition", () => {
    it.each([
      // MN-070's phrasings ask どんな時に使う, which read as a condition (条件).
      [
        "a condition of a reset at a store",
        "暗証番号をコンビニで直すとしたら、条件は何かありますか",
        "MN-078",
      ],
      // Stay as they were: what a PIN is used for, in which cases a proxy may collect.
      ["what the four-digit PIN is for", "4桁の暗証番号はどんなときに使うのですか", "MN-070"],
      ["in which cases a proxy may collect", "代理で受け取れるのはどんなときですか", "MN-042"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: twenty-third round", () => {
    it.each([
      [
        "throwing an expired card away",
        "古いカードの期限が切れたので、もう燃えないゴミに捨ててもいいですか",
        "MN-176",
      ],
      ["disposing of an expired card", "期限が切れたカードは処分していいの", "MN-176"],
      ["days to arrive by express", "特急発行だと申請してから何日で手元に届きますか", "MN-097"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: twenty-fourth round", () => {
    it.each([
      ["when a card applied for is ready", "申し込んだカードはいつ頃出来上がりますか", "MN-018"],
      [
        "the two certificates after a marriage",
        "結婚して名字が変わったら二つある証明書はどうなる",
        "MN-051",
      ],
      [
        "a renewal applied for like a first card",
        "カードの更新も初めて作ったときと同じように申し込むの",
        "MN-056",
      ],
      ["an older iPhone", "古い機種のiPhoneでも証明書を入れられますか", "MN-167"],
      ["ways to apply besides the post", "郵送以外に申し込む方法はありますか", "MN-010"],
    ])("should rank first for %s", (_label, query, expected) => {
      expect(sample.search(query).hits[0]?.id).toBe(expected);
    });
  });

  describe("the sample FAQ: twenty-sixth round, a story told before the question", () => {
    it("should rank the entry the question asks about over the one the story is about", () => {
      const story = "期限が近いと書いた青い封筒が来ました。更新にはお金がかかりますか?";
      expect(sample.search(story).hits[0]?.id).toBe("MN-057");
    });
  });
});
