import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFaqCsv } from "../faq";
import { foldForMatch } from "../text";
import { createTextAnalyzer, TERM_PREFIX } from "./analyze-text";
import { FaqIndex } from "./FaqIndex";
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
      ["Spanish: renewing one's residence status", "Tengo que renovar mi residencia", "在留期間"],
      ["Spanish: a residence permit", "Mi permiso de residencia vence pronto", "在留期間"],
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
      ["English: a bank merger", "My bank merged with another bank last year", "統合"],
      [
        "English: the child allowance",
        "Is the child allowance paid into that account?",
        "児童手当",
      ],
      ["English: a tax return", "Can I still file my tax return online?", "署名用"],
      ["English: a trip", "I lost my card during a trip to Korea", "旅行"],
      ["Portuguese: an old address", "O formulário ainda tem o endereço antigo", "旧住所"],
      ["Spanish: another city", "Me mudo a otra ciudad en junio", "他の市"],
      ["Vietnamese: the same city", "Tôi chuyển nhà nhưng vẫn ở cùng thành phố", "市内"],
      ["Korean: deaf", "저는 청각장애가 있어요", "聴覚障害"],
      ["Chinese: a seal certificate", "我想开印章登记证明", "印鑑登録証明書"],
      ["Chinese: the eligibility certificate", "我收到了资格确认书", "資格確認書"],
      ["Tagalog: a fire", "Nasunog ang apartment namin", "災害"],
      [
        "Indonesian: national health insurance",
        "Saya mau daftar asuransi kesehatan nasional",
        "国民健康保険",
      ],
      ["Nepali: another city", "म अर्को सहरमा सरें", "他の市"],
      ["English: a first card", "Is it free when you apply for the first time?", "初回"],
      ["English: my first card", "Will I be charged for my first card?", "初回"],
      ["Portuguese: a first card", "É a primeira vez que faço o cartão", "初回"],
      ["Chinese: a first card", "第一次办理要多少钱", "初回"],
      ["Chinese: applying, after the first time", "第一次办理要多少钱", "申請"],
      ["Spanish: a tourist", "Mi hermana está aquí como turista", "短期滞在"],
      ["English: a tourist visa", "My cousin is here on a tourist visa", "短期滞在"],
      ["Portuguese: made again", "Preciso fazer de novo o cartão?", "再発行"],
      ["Spanish: made again", "¿Tengo que hacer de nuevo la tarjeta?", "再発行"],
      ["Portuguese: extending the card", "Não fui mudar a validade do cartão a tempo", "延長"],
      ["Chinese: what to prepare", "去市政府之前要准备什么", "持ち物"],
      ["English: a guardian", "I am my brother's legal guardian", "法定代理人"],
      ["Korean: a guardian", "저는 어머니의 후견인입니다", "法定代理人"],
      ["English: locked now", "My card is locked after three tries", "ロック中"],
      ["Portuguese: locked now", "Meu cartão está bloqueado", "ロック中"],
      ["Vietnamese: locked already", "Thẻ của tôi bị khóa rồi", "ロック中"],
      ["Spanish: leaving for good", "Me voy a Brasil definitivamente", "国外転出"],
      ["Spanish: leaving Japan", "En marzo me voy de Japón", "海外"],
      ["Tagalog: made faster", "Puwede bang mapabilis ang card ng anak ko?", "特急発行"],
      ["Tagalog: just came back", "Kababalik ko lang galing Canada", "帰国"],
      ["Korean: going back home", "다음 달에 베트남으로 돌아가요", "帰国"],
      ["Korean: a death is not going back", "아버지가 돌아가셨어요", "死亡"],
      ["Chinese: a trainee", "我是工厂的实习生", "外国人"],
      ["Korean: a working holiday", "워킹홀리데이 비자로 왔어요", "外国人"],
      ["Chinese: an e-mail address", "没有邮箱也能申请吗", "メールアドレス"],
      ["English: an e-mail address", "I don't have an email account", "メールアドレス"],
      ["Nepali: moving house", "म अर्को महिना नयाँ घरमा सर्दैछु", "転居"],
      ["Nepali: until when it works", "यो कार्ड कहिलेसम्म चल्छ?", "有効期限"],
    ])("should map %s (%j) to %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });
  });

  describe("thirteenth round: weekdays and a pending review", () => {
    it.each([
      ["English: a weekday", "Can I pick up the card on a Wednesday evening?", "曜日"],
      ["Spanish: a weekday", "¿Puedo ir el jueves por la tarde?", "曜日"],
      ["Korean: a weekday", "목요일에도 카드를 받을 수 있나요?", "曜日"],
      ["Chinese: a weekday", "星期四可以去领卡吗?", "曜日"],
      ["English: a child under 15", "My son is 12 years old. Can I collect his card?", "年少"],
      ["Vietnamese: a child under 15", "Con tôi 13 tuổi", "年少"],
      ["Chinese: a child under 15", "我女儿今年11岁", "年少"],
      ["Chinese: the age line", "未满15岁的孩子", "15歳未満"],
      ["English: under review", "My visa extension is still under review", "審査中"],
      ["Vietnamese: waiting for the result", "Tôi đang chờ kết quả gia hạn visa", "審査中"],
      ["Chinese: under examination", "签证更新还在审核中", "審査中"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });
  });

  describe("thirteenth round, training sets 9 and 10: optional, nursing homes, receiving", () => {
    it.each([
      ["English: the card is optional", "Is getting the card optional for students?", "義務"],
      ["English: must I get one", "Do we have to get the card at all?", "義務"],
      ["Chinese: a home for the elderly", "我爸爸住在敬老院", "外出困難"],
      ["Chinese: cannot come", "我妈妈来不了市政府", "外出困難"],
      ["Chinese: collected by the family", "可以让家属代领吗", "代理人"],
      ["Chinese: the elderly", "老年人也可以办吗", "高齢"],
      ["Korean: to receive", "토요일에 카드를 받을 수 있어요?", "受け取り"],
      ["Korean: receiving, as a noun", "카드 수령은 어디서 해요?", "受け取り"],
      ["Tagalog: the first making", "Libre po ba ang unang paggawa?", "初回"],
      ["Portuguese: the notification letter", "Perdi a carta de notificação", "交付通知書"],
      ["Vietnamese: residence registration", "Tôi vừa đăng ký cư trú ở đây", "転入"],
      ["Thai: the card", "บัตรมายนัมเบอร์ของพ่อ", "マイナンバーカード"],
      // Thirty-eighth round: an expiry that has passed is the narrower 期限切れ, which names
      // 有効期限 in the FAQ's analyzer (BROADER_CONCEPTS; this table has none).
      ["Thai: expired", "บัตรหมดอายุแล้วค่ะ", "期限切れ"],
      ["Thai: a foreigner", "คนต่างชาติทำได้ไหม", "外国人"],
      ["Thai: a visa", "วีซ่าของฉัน", "在留期間"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["registering a bank account (not moving in)", "Tôi đã đăng ký tài khoản", "転入"],
      [
        "a notification card (not the pickup letter)",
        "Perdi o cartão de notificação",
        "交付通知書",
      ],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("fifteenth round: returning, moving house, collecting, expiry, accounts", () => {
    it.each([
      ["Portuguese: I came back", "Voltei dos Estados Unidos no mês passado", "帰国"],
      ["Chinese: back in Japan", "我上个月回到日本了", "帰国"],
      ["Nepali: moved house", "हामीले नयाँ घर सारें", "転居"],
      ["Nepali: within the city", "सहर भित्रै सर्दा के गर्ने", "市内"],
      ["Tagalog: to get", "Paano kumuha ng card para sa anak ko?", "受け取り"],
      ["Tagalog: the family", "Pwede ba ang pamilya ko?", "代理人"],
      ["Korean: what is needed", "주민표를 뽑으려면 필요한 게 있어요?", "持ち物"],
      ["Vietnamese: the expiry of", "Tôi muốn biết hạn của thẻ", "有効期限"],
      [
        "Vietnamese: expired (期限切れ, thirty-eighth round)",
        "Thẻ của mẹ tôi hết hạn rồi",
        "期限切れ",
      ],
      ["romaji: the benefit account", "uketori kouza wo kaetai", "公金受取口座"],
      ["Chinese: the card as often written", "我的个人番号卡丢了", "マイナンバーカード"],
      ["Indonesian: the ward office", "Saya harus pergi ke kantor ward?", "窓口"],
      ["romaji: the ward office", "kuyakusho wa nanji made?", "窓口"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["Portuguese: going back (not returned)", "Quero voltar ao trabalho amanhã", "帰国"],
      ["Nepali: a card without moving", "मेरो कार्ड हरायो", "転居"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("sixteenth round: uses, an application, babies, the ward, the number letter, the PIN told", () => {
    it.each([
      ["English: what it is for", "What can I use this card for?", "用途"],
      ["Portuguese: what it serves for", "Para que serve esse cartão?", "用途"],
      ["Spanish: what it serves for", "¿Para qué sirve la tarjeta?", "用途"],
      ["Chinese: what it is used to do", "这张卡可以用来做什么", "用途"],
      ["Vietnamese: used to do what", "Thẻ này dùng để làm gì?", "用途"],
      ["Korean: where it is used", "이 카드는 어디에 쓰나요?", "用途"],
      ["Portuguese: the application", "Já fiz o pedido há duas semanas", "申請"],
      ["English: a baby under one", "my daughter is under one year old", "1歳未満"],
      ["Chinese: a baby under one", "孩子不满一岁", "1歳未満"],
      ["Vietnamese: the same ward", "Tôi chuyển nhà trong cùng quận", "市内"],
      ["English: the same ward", "we moved within the ward", "市内"],
      // Forty-second round: a move within the same town, as 同じ町 (forty-first round).
      ["Vietnamese: the same town", "Nhà mới vẫn ở trong thị trấn này", "市内"],
      ["English: the same town", "we only moved house in the same town", "市内"],
      ["Tagalog: the same town", "Lumipat lang kami sa parehong bayan", "市内"],
      // Forty-second round: a paper thrown away already is lost (捨ててしまった).
      ["English: thrown away", "My wife threw out the letter from the city", "紛失"],
      ["Spanish: thrown away", "Creo que lo tiré con el periódico", "紛失"],
      ["Portuguese: thrown away", "Joguei fora o papel sem querer", "紛失"],
      // Forty-second round: a change of job, as 会社が変わった.
      ["Vietnamese: a change of job", "Tháng trước tôi đã đổi việc", "転職"],
      ["Spanish: a change of job", "El mes pasado cambié de trabajo", "転職"],
      ["English: a change of job", "My husband switched jobs in April", "転職"],
      ["English: the address registered", "I registered my new address last week", "転居"],
      [
        "English: the number letter",
        "I lost the notification letter with my number",
        "個人番号通知書",
      ],
      ["Vietnamese: the number letter", "Tôi chưa nhận giấy thông báo số", "個人番号通知書"],
      ["English: telling the PIN", "Is it OK to tell my PIN to a helper?", "暗証番号を教える"],
      ["English: a hyphenated long password", "my long-password certificate", "署名用"],
      ["English: a plain background", "a white background is needed?", "背景"],
      ["English: nothing done", "we left Japan without doing anything", "手続きなし"],
      ["Spanish: nothing done", "me fui sin hacer nada con la tarjeta", "手続きなし"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["English: under 18 (not under one)", "children under 18", "1歳未満"],
      ["English: registered a bank account (not a move)", "I registered my bank account", "転居"],
      ["Vietnamese: another town (not the same)", "Tôi chuyển đến thị trấn khác", "市内"],
      ["English: out of town (not the same)", "we moved out of town", "市内"],
      ["English: may I throw it away (not lost)", "Can I throw away my old card?", "紛失"],
      ["English: a new job (not a change)", "I moved here for a new job", "転職"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("twenty-third round: two cards made into one", () => {
    it.each([
      ["Portuguese: become one", "O cartão de residente e o My Number vão virar um só?", "一体化"],
      ["English: combined", "Are the two cards being combined into one?", "一体化"],
      ["Chinese: two in one", "在留卡和个人编号卡要合二为一吗", "一体化"],
      ["Vietnamese: merged", "Thẻ cư trú sẽ được gộp lại với thẻ My Number à?", "一体化"],
      ["Korean: into one", "재류카드와 마이넘버 카드가 하나로 되나요?", "一体化"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });
  });

  describe("twenty-fourth round: lapsed, reissued, a Thai loss, nationalities, moving away", () => {
    it.each([
      ["Chinese: lapsed", "我的卡已经失效了吗", "失効"],
      ["Chinese: the validity changed", "卡的有效期变更要去哪里办", "延長"],
      ["Chinese: fast", "我想快速拿到卡", "特急発行"],
      // Forty-first round: to get the card (拿到, 领到), how many days.
      ["Chinese: get the card", "周末可以拿到卡吗", "受け取り"],
      ["Chinese: got it", "孩子的卡已经领到了", "受け取り"],
      ["Chinese: how many days", "补办要多少天", "期間"],
      // Tagalog "make again" in its actor and causative forms (gumawa, magpagawa, ipagawa).
      ["Tagalog: make again", "Gusto kong gumawa ulit ng card", "再発行"],
      ["Tagalog: have it made again", "Saan ako magpagawa ulit?", "再発行"],
      ["Chinese: not yet approved", "签证还没批下来", "審査中"],
      ["Vietnamese: no longer valid", "Thẻ đã mất hiệu lực rồi", "失効"],
      ["Thai: lost", "บัตรหายที่สถานี", "紛失"],
      ["Thai: the card", "บัตรของฉัน", "マイナンバーカード"],
      ["Thai: seeing a doctor", "ไปหาหมอที่คลินิก", "医療機関"],
      ["Thai: damaged (not lost)", "บัตรเสียหาย", "破損"],
      ["Spanish: a nationality", "Soy boliviano y vivo en Osaka", "外国人"],
      ["Portuguese: a nationality", "Sou paraguaia", "外国人"],
      ["Spanish: going to live elsewhere", "En marzo me voy a vivir a Chile", "転出"],
      ["Portuguese: going to live elsewhere", "Vou morar no Brasil com a família", "転出"],
      ["Portuguese: I need", "Preciso ir ao escritório?", "必要か"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([["Thai: damaged", "บัตรเสียหาย", "紛失"]])("should not read %s", (_label, text, c) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(c));
    });
  });

  describe("twenty-fifth round: babies", () => {
    it.each([
      ["Vietnamese: a baby", "Em bé nhà tôi cần ảnh không?", "乳児"],
      ["Portuguese: a newborn", "Meu filho é recém-nascido", "乳児"],
      ["Chinese: a baby", "宝宝的卡需要照片吗", "乳児"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([["English: a child at school (not a baby)", "My son is in primary school", "乳児"]])(
      "should not read %s",
      (_label, text, concept) => {
        expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
      },
    );
  });

  describe("twenty-fifth round: a Thai phone, stopping, a PIN asked for, a pending review", () => {
    it.each([
      ["Thai: a phone", "โทรศัพท์ของฉันหาย", "スマートフォン"],
      ["Thai: stopping", "อยากหยุดใช้บัตรชั่วคราว", "停止"],
      ["Thai: a certificate", "ใบรับรองในบัตรหมดอายุ", "電子証明書"],
      ["English: a PIN asked for", "A man phoned and asked for my PIN", "暗証番号を教える"],
      ["English: telling him", "Should I tell him my PIN?", "暗証番号を教える"],
      ["English: still being processed", "My visa is still being processed", "審査中"],
      ["Nepali: extending the term", "कार्डको म्याद बढाउन सकिन्छ?", "延長"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      [
        "English: an application processed (not a pending review)",
        "My form was processed",
        "審査中",
      ],
      ["Nepali: the term alone (not an extension)", "कार्डको म्याद कहिलेसम्म हो?", "延長"],
      ["Thai: a day off (not stopping)", "ศาลาว่าการเปิดวันหยุดไหม", "停止"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("twenty-sixth round: a Thai shop and residence record, gains, uses, until when, schools, hours", () => {
    it.each([
      ["Thai: a convenience store", "ไปร้านสะดวกซื้อใกล้บ้าน", "コンビニ"],
      ["Thai: a residence record", "อยากได้ใบรับรองถิ่นที่อยู่", "住民票"],
      ["Thai: what is needed", "ต้องใช้อะไรบ้าง", "持ち物"],
      ["English: what one gains", "What would I gain from switching?", "メリット"],
      ["English: what it is good for", "What is this card actually good for?", "用途"],
      ["English: until when", "Until when can I use my card?", "有効期限"],
      ["Tagalog: until when", "Hanggang kailan magagamit ito?", "有効期限"],
      ["Nepali: not approved yet", "भिसा अझै स्वीकृत भएको छैन", "審査中"],
      ["English: a language school student", "I study at a language school", "外国人"],
      ["Vietnamese: a Japanese school", "Tôi học ở trường tiếng Nhật", "外国人"],
      ["English: an hour of the day", "Can I do it early in the morning?", "受付時間"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["Thai: a residence record (not an electronic certificate)", "ใบรับรองถิ่นที่อยู่", "電子証明書"],
      ["Vietnamese: a Japanese school (not a language service)", "trường tiếng Nhật", "外国語"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("twenty-ninth round: a Korean permanent resident as a person, a Nepali birth", () => {
    it.each([
      ["Korean: a permanent resident (the person)", "저는 영주자라서 기간이 궁금해요", "外国人"],
      ["Korean: a special permanent resident", "특별영주자도 똑같이 만들 수 있나요?", "外国人"],
      ["Nepali: a daughter born (honorific)", "हाम्रो छोरी गत हप्ता जन्मिइन्", "乳児"],
      ["Nepali: a child just born", "बच्चा भर्खरै जन्मिएको हो", "乳児"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["Korean: the city of Yeongju (not a resident)", "영주시에서 이사 왔어요", "外国人"],
      ["Nepali: a birthday (not a baby)", "मेरो जन्मदिन अप्रिलमा हो", "乳児"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-second round: the residence record in Indonesian words and a Nepali spelling", () => {
    it.each([
      [
        "Indonesian: a certificate of the place one lives",
        "Bisa ambil surat keterangan tempat tinggal di minimarket?",
        "住民票",
      ],
      ["Nepali: juminhyo spelled with a virama", "जुमिन्ह्यो लिन के चाहिन्छ?", "住民票"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      [
        "Indonesian: a new place to live (not the certificate)",
        "Saya sudah pindah ke tempat tinggal baru",
        "住民票",
      ],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-third round: set again, in Korean and Chinese", () => {
    it.each([
      ["Korean: set again", "비밀번호를 어디서 다시 설정할 수 있나요?", "再設定"],
      ["Korean: initialised", "비밀번호 초기화는 어디서 하나요?", "再設定"],
      ["Chinese: set anew", "密码忘了，可以重新设定吗", "再設定"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([["Korean: again, with no setting", "내일 다시 전화할게요", "再設定"]])(
      "should not read %s",
      (_label, text, concept) => {
        expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
      },
    );
  });

  describe("thirty-third round: too busy at work to come", () => {
    it.each([
      ["English", "My husband is busy with work on weekdays", "仕事が忙しい"],
      ["Korean", "일이 바빠서 못 가요", "仕事が忙しい"],
      ["Indonesian", "Saya sibuk bekerja setiap hari", "仕事が忙しい"],
      ["Vietnamese", "Tôi bận đi làm cả tuần", "仕事が忙しい"],
      ["Chinese", "我工作很忙，家人可以代领吗", "仕事が忙しい"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["English: busy, not with work", "The office was busy yesterday", "仕事が忙しい"],
      ["Indonesian: work, not busy", "Saya kerja di pabrik", "仕事が忙しい"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-third round: a card made again in Indonesian and Tagalog", () => {
    it.each([
      ["Indonesian: issued again", "Berapa biaya menerbitkan ulang kartu?", "再発行"],
      ["Indonesian: made new", "Kartu rusak, harus bikin baru?", "再発行"],
      ["Tagalog: got again", "Magkano para kumuha ulit ng card?", "再発行"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["Indonesian: just moved (baru alone)", "Saya baru pindah ke kota ini", "再発行"],
      ["Tagalog: again, with no getting", "Tatawag ulit ako bukas", "再発行"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-third round: not registered, before the verb", () => {
    it.each([
      ["English", "I haven't registered my card as insurance", "未登録"],
      ["Korean", "보험증을 등록하지 않았는데 병원에서는", "未登録"],
      ["Chinese", "我没有登记成保险证", "未登録"],
      ["Vietnamese", "Tôi chưa đăng ký thẻ làm bảo hiểm", "未登録"],
    ])("should read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["English: registered (not unregistered)", "I registered my card as insurance", "未登録"],
      ["Vietnamese: registered already", "Tôi đã đăng ký thẻ rồi", "未登録"],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("thirty-eighth round: an expiry that has passed", () => {
    it.each([
      ["Portuguese", "O cartão da minha mãe expirou em maio"],
      ["Spanish", "Mi tarjeta está vencida desde enero"],
      ["English", "My husband's card has expired"],
      ["Korean", "카드가 만료된 지 두 달이 지났어요"],
      ["Indonesian", "Kartu saya sudah kedaluwarsa"],
    ])("should read %s", (_label, text) => {
      expect(conceptsOf(text)).toContain(foldForMatch("期限切れ"));
    });

    it.each([
      ["English: when it ends", "When does my card expire?"],
      ["Chinese: about to end (快…了)", "我的卡快过期了"],
      ["Vietnamese: when it ends", "Thẻ của tôi hết hạn khi nào?"],
    ])("should not read %s", (_label, text) => {
      const concepts = conceptsOf(text);
      expect(concepts).toContain(foldForMatch("有効期限"));
      expect(concepts).not.toContain(foldForMatch("期限切れ"));
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
      [
        "a residence certificate (not a residence status)",
        "Necesito un certificado de residencia",
        "在留期間",
      ],
      ["recognition (not collecting)", "Can I use face recognition?", "受け取り"],
      ["an iPhone (not a child)", "아이폰으로 신청할 수 있나요?", "子ども"],
      ["a hijab (not a daughter)", "¿Puedo llevar el hiyab o el hijab?", "子ども"],
      ["a headscarf (not the card's photo being retaken)", "Is a headscarf fine?", "撮り直し"],
      ["a strip (not a trip)", "There is a white strip on the card", "旅行"],
      ["a tourist (not a trip)", "My aunt is a tourist here", "旅行"],
      ["a first card (not made again)", "This is my first time applying", "再発行"],
      [
        "a lock asked about (not one that happened)",
        "How many tries until the card locks?",
        "ロック中",
      ],
      ["大丈夫 (not a husband as proxy)", "この写真で大丈夫ですか", "代理人"],
      ["wages (not the benefit account)", "Tôi chưa nhận được tiền công tháng này", "公金受取口座"],
      [
        "two cards merged (not a bank merger)",
        "Will the residence card be merged with my card?",
        "統合",
      ],
      [
        "a tax certificate (not a tax return)",
        "Can I get a tax certificate at a konbini?",
        "署名用",
      ],
      [
        "national health insurance (not the card as insurance)",
        "I joined national health insurance",
        "健康保険証",
      ],
    ])("should not read %s", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("ranking the FAQ entry for a question", () => {
    const faqCsv = join(__dirname, "..", "..", "..", "samples", "mynumber-faq.csv");
    const { entries } = parseFaqCsv(readFileSync(faqCsv, "utf8"));
    const index = FaqIndex.build(entries);

    it.each([
      ["English: a cracked card", "My card got cracked and now the chip cannot be read.", "MN-096"],
      [
        "English: a new surname",
        "I changed my surname after getting married. Do I need to do anything about my card?",
        "MN-114",
      ],
      [
        "English: a headscarf",
        "For religious reasons I cover my hair. Is a headscarf allowed in the card photo?",
        "MN-026",
      ],
      [
        "English: which konbini",
        "Which convenience store chains can print a residence certificate?",
        "MN-135",
      ],
      ["English: a death", "My father died last month. What should we do with his card?", "MN-177"],
      [
        "English: a line in English",
        "Is there a hotline where I can talk in English about a lost card?",
        "MN-087",
      ],
      ["Portuguese: a new copy", "Quanto custa a segunda via do cartão?", "MN-094"],
      [
        "Portuguese: a renewed visa",
        "Meu visto foi renovado. A validade do cartão My Number muda automaticamente?",
        "MN-118",
      ],
      ["Portuguese: insurance", "Como faço para usar o cartão como seguro de saúde?", "MN-146"],
      ["Spanish: an appointment", "¿Hay que pedir cita para recoger la tarjeta?", "MN-033"],
      [
        "Spanish: a forgotten password",
        "Olvidé la contraseña de la tarjeta. ¿Me la pueden decir?",
        "MN-072",
      ],
      ["Spanish: a replacement", "¿Cuánto cuesta la reposición de la tarjeta perdida?", "MN-094"],
      ["Vietnamese: a lock", "Nhập sai mật khẩu mấy lần thì thẻ bị khóa?", "MN-071"],
      ["Vietnamese: a replacement", "Phí cấp lại thẻ khi bị mất là bao nhiêu?", "MN-094"],
      ["Vietnamese: going home", "Tôi sắp về nước hẳn, thẻ My Number phải làm sao?", "MN-122"],
      ["Korean: konbini hours", "편의점에서 주민표는 몇 시까지 뗄 수 있나요?", "MN-136"],
      [
        "Korean: a reset at a konbini",
        "비밀번호를 잊어버렸는데 편의점에서 재설정할 수 있나요?",
        "MN-078",
      ],
      ["Korean: a new surname", "결혼해서 성이 바뀌었어요. 카드도 바꿔야 하나요?", "MN-114"],
      ["Chinese: a replacement", "补办卡需要多少钱?", "MN-094"],
      ["Chinese: konbini hours", "便利店几点可以打印住民票?", "MN-136"],
      ["Chinese: a new surname", "我结婚后改了姓,卡需要办什么手续?", "MN-114"],
      ["Chinese: a death", "父亲去世了,他的卡怎么处理?", "MN-177"],
      ["Tagalog: lost", "Nawala ko ang card ko, ano ang unang dapat kong gawin?", "MN-083"],
      [
        "Tagalog: a new surname",
        "Kasal na ako at nagbago ang apelyido ko. Kailangan bang baguhin ang card?",
        "MN-114",
      ],
      ["Tagalog: broken", "Nasira ang card ko at hindi na mabasa ang chip.", "MN-096"],
      ["Nepali: a replacement", "कार्ड पुनः जारी गर्न कति शुल्क लाग्छ?", "MN-094"],
      ["Nepali: a death", "बुबाको मृत्यु भयो। उहाँको कार्ड के गर्ने?", "MN-177"],
      ["Nepali: a new surname", "बिहे पछि मेरो थर परिवर्तन भयो। कार्डमा के गर्नुपर्छ?", "MN-114"],
      ["Nepali (romanized): lost", "mero card harayo, aba ke garne?", "MN-083"],
      ["Indonesian: broken", "Kartu saya rusak dan chip tidak bisa dibaca.", "MN-096"],
      ["Indonesian: free", "Apakah membuat kartu My Number gratis?", "MN-009"],
      [
        "Indonesian: a death",
        "Ayah saya meninggal dunia. Kartunya harus dikembalikan ke mana?",
        "MN-177",
      ],
      [
        "English: a bank merger",
        "My bank merged with another bank. Does my benefit account registration change?",
        "MN-164",
      ],
      [
        "English: more than one account",
        "Can I register more than one bank account for government payments?",
        "MN-161",
      ],
      [
        "English: an old address on the form",
        "My application form still shows my old address. Can I use it?",
        "MN-015",
      ],
      [
        "English: the validity counted",
        "Is the validity counted from the day I received the card?",
        "MN-047",
      ],
      [
        "English: a register kept elsewhere",
        "Can I get my family register at a convenience store if it is kept in another city?",
        "MN-138",
      ],
      [
        "Portuguese: the child allowance",
        "O abono familiar pode ser pago na conta para benefícios?",
        "MN-165",
      ],
      [
        "Vietnamese: a move in the same city",
        "Tôi chuyển nhà nhưng vẫn ở cùng thành phố, thẻ có cần làm gì không?",
        "MN-109",
      ],
      [
        "Vietnamese: no certificates",
        "Tôi không muốn có chứng thư điện tử trong thẻ. Ghi vào đơn thế nào?",
        "MN-016",
      ],
      ["Korean: deaf", "청각장애인인데 카드를 잃어버리면 어떻게 연락하나요?", "MN-089"],
      ["Chinese: a seal certificate", "印章登记证明在哪里开?需要带什么?", "GEN-005"],
      ["Chinese: the eligibility certificate", "我收到了资格确认书,这是什么?", "MN-144"],
      [
        "Tagalog: a fire",
        "Nasunog ang bahay namin at nasama ang card. Libre ba ang bagong card?",
        "MN-095",
      ],
      ["Nepali: another city", "अर्को सहरमा सरें। कार्डको लागि के गर्नुपर्छ?", "MN-105"],
      [
        "Indonesian: identity papers",
        "Paspor dan kartu izin tinggal, apakah bisa dipakai sebagai identitas saat mengambil kartu?",
        "MN-032",
      ],
      ["English: the card optional", "Is the card optional? I don't want one", "MN-002"],
      ["Korean: weekend pickup", "주말에도 카드를 받을 수 있나요?", "MN-034"],
      // Twenty-second round (blind-21 read): a photo machine in Chinese, a forgotten code in Thai,
      // a permanent resident in Korean, "not Japanese" in Tagalog.
      ["Chinese: photo machine", "能不能在超市门口的证件照相机直接申请卡？", "MN-010"],
      ["Thai: forgotten PIN", "ฉันลืมรหัสบัตรแล้ว ทำอย่างไรดี", "MN-072"],
      ["Korean: permanent resident", "영주권이 있으면 카드 유효기간이 언제까지예요?", "MN-052"],
      [
        "Tagalog: not Japanese",
        "Hindi ako Hapon, puwede ba akong magpagawa ng My Number card?",
        "MN-117",
      ],
      // Twenty-fourth round (blind-23 and training set 21 read): a card lapsed after the validity
      // change in Chinese, a lost card at the doctor's in Thai, a Peruvian leaving in Spanish.
      [
        "Chinese: lapsed after the validity change",
        "有效期变更没去办，卡失效了，再办要收费吗？",
        "MN-120",
      ],
      ["Thai: lost card at the hospital", "บัตรหาย ไปโรงพยาบาลได้ไหม", "MN-156"],
      [
        "Spanish: a Peruvian going home",
        "Soy peruana y me voy a vivir a Lima. ¿Qué pasa con mi tarjeta My Number?",
        "MN-122",
      ],
      ["Chinese: renewal not approved yet", "签证续签还没批下来，卡快到期了怎么办？", "MN-119"],
      // Thirty-first round: a technical intern trainee in Vietnamese is one phrase, so kỹ năng no
      // longer matches the specified-skills visa of MN-052 (card expiry); that visa still does.
      [
        "Vietnamese: a technical intern trainee asks to make the card",
        "Con trai tôi là thực tập sinh kỹ năng ở công ty xây dựng. Cháu có làm được thẻ My Number không?",
        "MN-117",
      ],
      [
        "Vietnamese: a specified-skills visa asks the card's expiry (not a trainee)",
        "Tôi đang ở Nhật với visa kỹ năng đặc định. Thẻ My Number hết hạn khi nào?",
        "MN-052",
      ],
    ])("should rank first for %s (%j): %s", (_label, question, expected) => {
      expect(index.search(question).hits[0]?.id).toBe(expected);
    });

    it("should rank Japanese questions as without the foreign words", () => {
      const japaneseOnly: Record<string, string[]> = {};
      for (const [canonical, variants] of Object.entries(DEFAULT_VARIANTS)) {
        const foreign = new Set(FOREIGN_CONCEPTS[canonical] ?? []);
        const kept = variants.filter((variant) => !foreign.has(variant));
        if (!(canonical in FOREIGN_CONCEPTS) || kept.length > 0) japaneseOnly[canonical] = kept;
      }
      const plain = FaqIndex.build(entries, {
        variants: japaneseOnly,
        replaceDefaultVariants: true,
      });
      const questions: [string, string][] = [
        ["カードをなくしたらまず何をすればいいですか", "MN-083"],
        ["コンビニで住民票は何時まで取れますか", "MN-136"],
        ["暗証番号を忘れたので教えてもらえますか", "MN-072"],
        ["家族が亡くなったらカードはどうしますか", "MN-177"],
        ["再発行の手数料はいくらですか", "MN-094"],
        ["在留期間を更新したらカードの期限も延びますか", "MN-118"],
      ];
      for (const [question, expected] of questions) {
        const withForeign = index.search(question).hits;
        const withoutForeign = plain.search(question).hits;
        expect(withForeign[0]?.id).toBe(expected);
        // The first as it was; second and third place among the first four without them: the
        // foreign keywords move IDF a little, enough to swap near-ties (MN-134 and MN-135 lie
        // 0.003 apart, second and third since personUnsaid put MN-104, a child's, below them;
        // MN-172 and MN-075 0.001, third and fourth).
        const nearTop = withoutForeign.slice(0, 4).map((hit) => hit.id);
        for (const hit of withForeign.slice(1, 3)) expect(nearTop).toContain(hit.id);
      }
    });
  });
});
