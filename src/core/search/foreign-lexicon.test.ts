import { foldForMatch } from "../text";
import { createTextAnalyzer, TERM_PREFIX } from "./analyze-text";
import { FOREIGN_CONCEPTS } from "./foreign-lexicon";
import type { VariantTable } from "./variants";
import { DEFAULT_VARIANTS } from "./variants";

const conceptsWith = (table: VariantTable) => {
  const analyze = createTextAnalyzer(table, { joinSpacedJapanese: true });
  return (text: string) =>
    analyze(text)
      .filter((term) => term.startsWith(TERM_PREFIX.concept))
      .map((term) => term.slice(TERM_PREFIX.concept.length));
};
const conceptsOf = conceptsWith(DEFAULT_VARIANTS);

const entries = Object.entries(FOREIGN_CONCEPTS).flatMap(([canonical, variants]) =>
  [canonical, ...variants].map((variant) => ({ canonical, variant })),
);

describe("foreign lexicon", () => {
  describe("every variant", () => {
    it("should reach its own concept and no other (no earlier table or longer variant hides it)", () => {
      const wrong = entries
        .filter(({ canonical, variant }) => {
          const concepts = conceptsOf(variant);
          return concepts.length !== 1 || concepts[0] !== foldForMatch(canonical);
        })
        .map(({ canonical, variant }) => `${variant} → ${canonical}: ${conceptsOf(variant)}`);
      expect(wrong).toEqual([]);
    });

    it("should have at least three letters when written in Latin script", () => {
      const short = entries
        .map(({ variant }) => foldForMatch(variant))
        .filter((variant) => /^[\p{Script=Latin}\s'-]+$/u.test(variant) && variant.length < 3);
      expect(short).toEqual([]);
    });

    it("should not change the concepts of Japanese text", () => {
      const withoutForeign: Record<string, string[]> = {};
      for (const [canonical, variants] of Object.entries(DEFAULT_VARIANTS)) {
        const foreign = new Set(FOREIGN_CONCEPTS[canonical] ?? []);
        const kept = variants.filter((variant) => !foreign.has(variant));
        if (!(canonical in FOREIGN_CONCEPTS) || kept.length > 0) withoutForeign[canonical] = kept;
      }
      const japaneseOnly = conceptsWith(withoutForeign);
      const sentences = [
        "外国籍の夫の代わりに受け取りに行きます",
        "暗証番号を忘れてしまったので再設定したい",
        "近くの便利な店で住民票は取れますか",
        "在留期限を延長したらカードの期限も延びますか",
        "e-TaxでPINを入れたらロックされた",
        "保険証と手帳を持って病院に行きます",
      ];
      for (const sentence of sentences) {
        expect(conceptsOf(sentence)).toEqual(japaneseOnly(sentence));
      }
    });
  });

  describe("what foreign residents write", () => {
    it.each([
      ["English: a student", "I came to Japan as an exchange student last spring", "外国人"],
      ["English: a visa type", "My work visa runs out in March", "外国人"],
      ["English: running out", "My work visa runs out in March", "有効期限"],
      ["English: going home", "I'm going back to my country for good next year", "帰国"],
      ["English: leaving the city", "We are moving out of the city in May", "転出"],
      ["English: not remembering", "I can't remember the PIN", "忘れた"],
      ["English: pickup", "Where is the pickup counter?", "受け取り"],
      ["English: a daughter", "I have a four-year-old daughter", "子ども"],
      ["English: the help line", "Is there a phone number I can call?", "フリーダイヤル"],
      ["English: a language", "I'd like to ask in English", "外国語"],
      ["English: no longer working", "My card stopped working after I moved", "失効"],
      [
        "English: the residence record",
        "Can I get a residence certificate at a konbini?",
        "住民票",
      ],
      ["English: a konbini", "Can I get a residence certificate at a konbini?", "コンビニ"],
      ["English: cannot find", "I can't find my card anywhere", "紛失"],
      ["English: robbed", "Someone robbed me on the train", "盗難"],
      ["English: a death", "My father passed away last week", "死亡"],
      ["Portuguese: a Brazilian", "Minha esposa é brasileira e quer fazer o cartão", "外国人"],
      ["Portuguese: forgot", "Esqueci a senha do cartão", "忘れた"],
      ["Portuguese: a visa", "Meu visto vence em abril", "在留期間"],
      ["Portuguese: going home", "Vou voltar para o meu país", "帰国"],
      ["Portuguese: moved", "Mudei para Osaka no mês passado", "転居"],
      ["Portuguese: a copy of the card", "Quanto custa a segunda via?", "再発行"],
      ["Portuguese: collecting", "Posso retirar o cartão no sábado?", "受け取り"],
      ["Spanish: a foreigner", "Soy extranjero y trabajo en una fábrica", "外国人"],
      ["Spanish: forgot", "Olvidé la contraseña", "忘れた"],
      ["Spanish: a residence card", "Mi tarjeta de residencia caduca pronto", "在留カード"],
      ["Spanish: expiring", "Mi tarjeta de residencia caduca pronto", "有効期限"],
      ["Spanish: moving", "Me mudo a otra ciudad en junio", "転居"],
      ["Spanish: collecting", "Quiero recoger mi tarjeta", "受け取り"],
      ["Spanish: free", "¿Es gratis para mi hijo?", "無料"],
      ["Vietnamese: a trainee", "Tôi là thực tập sinh ở Aichi", "外国人"],
      ["Vietnamese: forgot", "Tôi quên mã PIN rồi", "忘れた"],
      ["Vietnamese: a residence card", "Thẻ cư trú của tôi sắp hết hạn", "在留カード"],
      ["Vietnamese: lost", "Tôi làm mất thẻ rồi", "紛失"],
      ["Vietnamese: free", "Làm thẻ có miễn phí không?", "無料"],
      ["Vietnamese: a language", "Tôi muốn hỏi bằng tiếng Việt", "外国語"],
      ["Korean: a foreigner", "저는 외국인 유학생입니다", "外国人"],
      ["Korean: forgot", "카드 비밀번호를 잊었어요", "忘れた"],
      ["Korean: a visa", "비자가 곧 만료돼요", "在留期間"],
      ["Korean: expiring", "비자가 곧 만료돼요", "有効期限"],
      ["Korean: going home", "다음 달에 귀국할 예정이에요", "帰国"],
      ["Korean: free", "발급은 무료인가요?", "無料"],
      ["Chinese: a foreign national", "我是外籍员工", "外国人"],
      ["Chinese: forgot", "我忘记密码了", "忘れた"],
      ["Chinese: expired", "我的签证快过期了", "有効期限"],
      ["Chinese: stolen", "卡被偷了", "盗難"],
      ["Chinese: money", "需要付钱吗", "手数料"],
      ["Tagalog: lost", "Nawala ang card ko kahapon", "紛失"],
      ["Tagalog: the fee", "Magkano ang bayad?", "手数料"],
      ["Tagalog: going home", "Uuwi na ako sa Pilipinas", "帰国"],
      ["Tagalog: a child", "Libre ba para sa anak ko?", "子ども"],
      ["Tagalog: moved", "Lumipat ako sa Nagoya", "転居"],
      ["Tagalog: a foreigner", "Ako ay dayuhan dito sa Japan", "外国人"],
    ])("should map %s (%j) to %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });
  });

  describe("look-alikes", () => {
    it.each([
      ["an exchange student (not a change)", "I came here as an exchange student", "変更"],
      ["keeping (not a PIN)", "Can I keep using it? I'm keeping my card", "暗証番号"],
      ["the Philippines (not a PIN)", "I'm from the Philippines", "暗証番号"],
      ["a Tagalog verb prefix (not a PIN)", "Pinadala nila ang sulat", "暗証番号"],
      ["feel (not a fee)", "I feel worried about it", "手数料"],
      ["close (not lost)", "What time do you close on Friday?", "紛失"],
      ["o'clock (not a lock)", "Is it open at 5 o'clock?", "ロック"],
      ["remove (not moving)", "I want to remove the registration", "転居"],
      ["invalid (not the expiry date)", "The card is invalid now", "有効期限"],
      ["remembered (not forgot)", "I remembered my PIN", "忘れた"],
      ["revisar (not a visa)", "Es importante revisar el sobre", "在留期間"],
      ["avisar (not a visa)", "Me avisaram que o cartão está pronto", "在留期間"],
      ["recognition (not collecting)", "Can I use face recognition?", "受け取り"],
      ["an iPhone (not a child)", "아이폰으로 신청할 수 있나요?", "子ども"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });
});
