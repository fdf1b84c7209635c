/** FAQ ids `MN-###` from single numbers and inclusive [from, to] ranges. */
function mn(...spec: (number | readonly [number, number])[]): string[] {
  return spec.flatMap((part) => {
    const [from, to] = typeof part === "number" ? [part, part] : part;
    return Array.from(
      { length: to - from + 1 },
      (_, index) => `MN-${String(from + index).padStart(3, "0")}`,
    );
  });
}

/**
 * Where each section of ../shared/data/mynumber-facts.md is answered in samples/mynumber-faq.csv,
 * with a term that one of those entries must contain, so that a renumbered or rewritten entry
 * cannot silently break coverage. Section 25 (one city's own details) is answered in generic form.
 */
export const SECTION_COVERAGE = [
  { section: 1, title: "制度の基本", term: "個人番号カード", ids: mn([1, 9]) },
  { section: 2, title: "申請方法", term: "申請書ID", ids: mn([10, 22]) },
  { section: 3, title: "顔写真", term: "縦4.5センチ", ids: mn([23, 28]) },
  { section: 4, title: "交付", term: "交付通知書", ids: mn([29, 40]) },
  { section: 5, title: "代理人による受け取り", term: "顔写真証明書", ids: mn([41, 45]) },
  { section: 6, title: "有効期限", term: "10回目の誕生日", ids: mn([46, 52]) },
  { section: 7, title: "更新", term: "有効期限通知書", ids: mn([53, 68]) },
  { section: 8, title: "暗証番号", term: "JPKI暗証番号リセット", ids: mn([69, 82]) },
  { section: 9, title: "紛失・盗難", term: "0120-95-0178", ids: mn(7, [83, 96]) },
  { section: 10, title: "特急発行", term: "特急発行", ids: mn(96, [97, 100]) },
  { section: 11, title: "乳幼児・子ども", term: "1歳未満", ids: mn(25, 39, 81, [101, 104]) },
  { section: 12, title: "引越し", term: "継続利用", ids: mn(51, [105, 113]) },
  { section: 13, title: "氏名変更・旧氏併記", term: "旧姓", ids: mn(51, [114, 116]) },
  { section: 14, title: "外国人住民", term: "在留期間", ids: mn(52, [117, 123]) },
  { section: 15, title: "国外転出", term: "国外転出", ids: mn([124, 129]) },
  {
    section: 16,
    title: "通知カードと個人番号通知書",
    term: "個人番号通知書",
    ids: mn(40, [130, 133]),
  },
  { section: 17, title: "コンビニ交付", term: "午前6時30分から午後11時", ids: mn(104, [134, 141]) },
  { section: 18, title: "マイナ保険証", term: "資格確認書", ids: mn(66, 82, [142, 157]) },
  { section: 19, title: "公金受取口座", term: "公金受取口座", ids: mn([158, 165]) },
  {
    section: 20,
    title: "マイナポータル・スマホ用電子証明書",
    term: "スマホ用電子証明書",
    ids: mn(140, [166, 169]),
  },
  {
    section: 21,
    title: "顔認証マイナンバーカード",
    term: "顔認証マイナンバーカード",
    ids: mn([170, 172]),
  },
  { section: 22, title: "マイナ免許証", term: "マイナ免許証", ids: mn([173, 175]) },
  { section: 23, title: "返納・死亡時", term: "返納", ids: mn([176, 177]) },
  {
    section: 24,
    title: "次期マイナンバーカード",
    term: "次のマイナンバーカード",
    ids: mn([178, 179]),
  },
  { section: 25, title: "市の個別情報", term: "区役所", ids: mn(30, 33, 41, 69, 94) },
] as const;

/**
 * The facts file's appendix lists facts that disagree between sources or expire; each entry here
 * names the FAQ answer that handles it and the hedging words that answer must keep.
 */
export const APPENDIX_COVERAGE = [
  { topic: "基準年齢 20歳→18歳", id: "MN-046", term: "2022年3月31日までに申請" },
  { topic: "電子証明書更新後の期限", id: "MN-062", term: "説明が分かれています" },
  { topic: "コールセンターの受付時間", id: "MN-088", term: "記載が異なります" },
  { topic: "ガイダンスの番号", id: "MN-086", term: "時期によって変わっています" },
  { topic: "期限切れ後3か月の起算点", id: "MN-152", term: "説明が異なる" },
  { topic: "旧保険証の暫定措置", id: "MN-142", term: "2026年3月末までとされていました" },
  { topic: "後期高齢者の資格確認書", id: "MN-150", term: "2026年7月末までは" },
  { topic: "コンビニ再設定の対応店舗", id: "MN-080", term: "順次広がっています" },
  { topic: "郵送申請の郵便番号", id: "MN-014", term: "封筒の表記に従う" },
  { topic: "次期カード", id: "MN-178", term: "変わる可能性があります" },
  { topic: "特定在留カード", id: "MN-123", term: "予定と伝えられていました" },
] as const;
