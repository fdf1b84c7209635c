import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDepartmentsCsv } from "../faq";
import { matchDepartments } from "./match-departments";

const { departments } = parseDepartmentsCsv(
  readFileSync(join(__dirname, "..", "..", "..", "samples", "departments.csv"), "utf8"),
);

// Written for this test (fictional callers): another desk's topic asked in the languages of
// foreign residents, and the department the caller must be sent to.
const OTHER_DESKS: readonly (readonly [string, string])[] = [
  // Vietnamese
  ["Tôi mới chuyển đến, muốn tham gia bảo hiểm y tế quốc dân thì làm thế nào?", "保険年金課"],
  ["Con tôi được hai tháng tuổi, lịch tiêm chủng xem ở đâu?", "健康推進課"],
  ["Ngày đổ rác nhựa ở khu tôi là thứ mấy?", "環境課"],
  ["Nhà bên cạnh là nhà bỏ hoang, cỏ mọc cao lắm rồi.", "空き家対策課"],
  ["Tôi muốn xin trợ cấp trẻ em cho đứa con thứ hai.", "子ども家庭課"],
  // Chinese
  ["我爸爸想申请介护保险，要去哪个窗口？", "高齢者支援課"],
  ["请问大件垃圾应该怎么扔？", "環境課"],
  ["孩子明年想上托儿所，什么时候可以报名？", "子ども家庭課"],
  ["我母亲听力不好，买助听器有没有补助？", "障害福祉課"],
  ["我们想办理结婚登记，需要准备什么？", "市民課"],
  ["我是留学生，国民养老金可以申请缓交吗？", "保険年金課"],
  ["房产税的缴费单上金额好像不对。", "税務課"],
  // Korean
  ["주민세 고지서를 잃어버렸는데 어떻게 하면 되나요?", "税務課"],
  ["아기 예방접종은 어디서 맞을 수 있어요?", "健康推進課"],
  ["옆집 공사 소음 때문에 잠을 못 자요.", "環境課"],
  ["월세를 못 내고 있어요. 도움을 받을 수 있을까요?", "保護課"],
  ["인감등록은 몇 층에서 하나요?", "市民課"],
  ["국민연금 보험료 면제를 받고 싶어요.", "保険年金課"],
  // Portuguese
  ["Qual é o dia do lixo reciclável na minha rua?", "環境課"],
  ["Perdi o emprego e não tenho dinheiro para comida. Onde peço ajuda?", "保護課"],
  ["Minha filha precisa tomar a vacina do sarampo. Quanto custa?", "健康推進課"],
  ["Quero pagar o imposto residencial em parcelas.", "税務課"],
  ["Meu pai precisa de um cuidador domiciliar duas vezes por semana.", "高齢者支援課"],
  // Spanish
  ["Soy estudiante, ¿cómo pido que me rebajen la pensión nacional?", "保険年金課"],
  ["Hay un perro callejero que rompe las bolsas del barrio.", "環境課"],
  ["Mi abuela necesita un audífono, ¿hay alguna ayuda económica?", "障害福祉課"],
  ["Quiero inscribir a mi hijo en la guardería desde abril.", "子ども家庭課"],
  ["La casa vacía de al lado tiene el techo roto.", "空き家対策課"],
  // Tagalog
  ["Saan po ako puwedeng magpabakuna para sa anak ko?", "健康推進課"],
  ["Kailan po ang araw ng basura para sa plastik?", "環境課"],
  ["Solo parent po ako, may tulong po ba para sa amin?", "子ども家庭課"],
  ["Magkano po ang buwis sa paninirahan ngayong taon?", "税務課"],
  ["Wala na po kaming makain at walang pera hanggang sahod.", "保護課"],
  // Nepali, in Devanagari and as typed in Latin letters
  ["मेरो बुवालाई श्रवण यन्त्र चाहिन्छ, सहायता पाइन्छ?", "障害福祉課"],
  ["बच्चालाई खोप कहाँ लगाउने?", "健康推進課"],
  ["घरभाडा तिर्न सक्दिन, खाना किन्ने पैसा पनि छैन।", "保護課"],
  ["Mero chhoralai bal bhatta kasari paune?", "子ども家庭課"],
  ["Hamro tole ma fohor kun din falne ho?", "環境課"],
  // Indonesian
  ["Bagaimana cara membayar pajak penduduk tahun ini?", "税務課"],
  ["Rumah kosong di sebelah sudah lama tidak diurus.", "空き家対策課"],
  ["Ibu saya butuh perawat ke rumah karena sulit berjalan.", "高齢者支援課"],
  ["Di mana saya bisa mendapatkan buku kesehatan ibu dan anak?", "健康推進課"],
  ["Saya ingin ikut asuransi kesehatan nasional setelah keluar kerja.", "保険年金課"],
  // English
  ["Who do I talk to about a stray cat that keeps tearing open the bags?", "環境課"],
  ["The house next door is falling apart and nobody looks after it.", "空き家対策課"],
  ["Can we get a home helper for my grandfather twice a week?", "高齢者支援課"],
  ["Where do I apply for the single-parent allowance?", "子ども家庭課"],
  ["Is there a subsidy for prenatal checkups?", "健康推進課"],
  ["I want to register my marriage with my partner. Where do I go?", "市民課"],
  ["My son has a developmental disorder. What services can we use?", "障害福祉課"],
  // Birth and marriage registration, and the child allowance, in more words (thirty-fifth round)
  ["Em gái tôi mới sinh em bé, làm đăng ký khai sinh ở quầy nào?", "市民課"],
  ["孩子出生了，出生登记在哪个窗口办？", "市民課"],
  ["¿Dónde hago el registro de nacimiento de mi hija?", "市民課"],
  ["Anak kami lahir minggu lalu, pendaftaran kelahiran di loket mana?", "市民課"],
  ["हामीलाई विवाह दर्ता गर्नुपर्छ, कुन झ्यालमा जाने?", "市民課"],
  ["Como recebo o abono de família pelo meu bebê?", "子ども家庭課"],
];

// Written for this test: questions about the My Number card itself in the same languages. They
// must not be sent to another desk (no match, or only the card desk's own department).
const CARD_QUESTIONS: readonly string[] = [
  "Thẻ My Number của tôi làm xong chưa, khi nào tôi đến nhận được?",
  "Tôi quên mã PIN của thẻ rồi, phải làm sao?",
  "个人编号卡的密码忘了，怎么办？",
  "办卡用的照片有什么要求？",
  "마이넘버 카드 비밀번호를 잊어버렸어요.",
  "카드 사진은 어떤 크기로 찍어야 하나요?",
  "Quando posso retirar o meu cartão My Number?",
  "O meu cartão vence no mês que vem. Como faço a renovação?",
  "¿Puedo sacar el certificado de residencia en una tienda de conveniencia con mi tarjeta?",
  "¿Cómo renuevo mi tarjeta My Number antes de que venza?",
  "Nakalimutan ko po ang PIN ng aking My Number card.",
  "मेरो माई नम्बर कार्ड कहिले तयार हुन्छ?",
  "Saya lupa PIN kartu My Number saya.",
  "Foto untuk kartu harus ukuran berapa?",
];

describe("department synonyms in foreign residents' languages", () => {
  it.each(OTHER_DESKS)("should send %j to %s", (text, department) => {
    expect(matchDepartments(text, departments)[0]?.name).toBe(department);
  });

  it.each(CARD_QUESTIONS)("should keep the card question %j at the card desk", (text) => {
    const others = matchDepartments(text, departments)
      .map((match) => match.name)
      .filter((name) => name !== "市民課");
    expect(others).toEqual([]);
  });
});

// Thirty-eighth round (blind-37 read): elections said in English and other languages go to the
// general desk, as 選挙 and 期日前投票 do in Japanese.
describe("elections in foreign residents' languages", () => {
  it.each([
    "Where do I vote in the city election?",
    "Can I get a ballot before the day?",
    "Posso votar na eleição da cidade?",
    "선거 투표는 어디서 해요?",
    "Bầu cử ở đâu?",
  ])("should send %j to the general desk", (text) => {
    expect(matchDepartments(text, departments)[0]?.name).toBe("総合案内");
  });

  it.each(["I am devoted to my card", "My card photo was voted the worst in my family"])(
    "should not name the general desk for %j",
    (text) => {
      expect(matchDepartments(text, departments).map((match) => match.name)).not.toContain(
        "総合案内",
      );
    },
  );
});
