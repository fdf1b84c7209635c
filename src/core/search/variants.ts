import type { CsvRowError } from "../csv";
import { readCsvTable } from "../csv";
import { SITUATION_CONCEPTS } from "./concept-lexicon";
import { EVERYDAY_GROUPS } from "./everyday-lexicon";
import { FOREIGN_CONCEPTS } from "./foreign-lexicon";
import { KANA_READINGS } from "./kana-readings";

/**
 * A variant table: canonical term → other ways citizens say it. Matching folds kana and width,
 * so list each wording once (katakana and hiragana forms are the same after folding).
 */
export type VariantTable = Readonly<Record<string, readonly string[]>>;

/**
 * General desk vocabulary for the My Number card and neighbouring procedures: names of the card
 * and documents, everyday verbs for the same act, common mishearings and a few English words.
 */
const DESK_VARIANTS: VariantTable = {
  マイナンバーカード: [
    "マイナカード",
    "個人番号カード",
    "マイナンバーのカード",
    "マイナンバーカート",
    "マイナンバカード",
    "my number card",
    "个人编号卡",
    "mynumber card",
    "id card",
    "カード",
  ],
  // Other cards kept apart so the bare カード above does not swallow them.
  通知カード: ["通知カード"],
  住基カード: ["住民基本台帳カード"],
  住民基本台帳: ["住基"],
  クレジットカード: ["クレカ"],
  キャッシュカード: ["キャッシュカード"],
  マイナンバー: ["個人番号", "my number", "mynumber", "マイナンバー番号"],
  暗証番号: ["パスワード", "暗唱番号", "暗証", "pin", "パスコード", "password", "passcode"],
  紛失: [
    "なくし",
    "無くし",
    "失くし",
    "落とし",
    "なくなっ",
    "無くなっ",
    "見当たらない",
    "見つからない",
    "失っ",
    "lost",
    "lose",
    "丢了",
    "丢失",
    "遗失",
  ],
  盗難: ["盗まれた", "盗られた", "すられた", "stolen"],
  忘れた: [
    "わすれ",
    "忘れ",
    "思い出せない",
    "わからなくなった",
    "分からなくなった",
    "forgot",
    "forgotten",
  ],
  ロック: ["ロックされ", "ロックがかか", "使えなくなっ", "つかえなくなっ", "locked", "lock"],
  間違え: ["まちがえ", "間違っ", "まちがっ", "誤って", "wrong"],
  持ち物: [
    "持っていく",
    "持って行く",
    "持っていけ",
    "持って行け",
    "持参",
    "必要なもの",
    "必要な物",
    "必要な書類",
    "what to bring",
  ],
  転居: [
    "引っ越し",
    "引越し",
    "引越",
    "引っ越",
    "住所変更",
    "住所が変わ",
    "住民票を移",
    "住所を移",
    "move",
    "moving",
    "moved",
  ],
  再発行: ["再交付", "作り直し", "作りなおし", "再発行", "reissue", "replacement"],
  更新: ["更新", "切り替え", "切替", "renew", "renewal"],
  有効期限: ["有効期間", "期限", "expiry", "expiration", "expire", "valid"],
  期間: [
    "どれくらい",
    "どれぐらい",
    "どのくらい",
    "どのぐらい",
    "何日",
    "何週間",
    "何か月",
    "何ヶ月",
    "how long",
  ],
  特急発行: ["特急", "至急", "急ぎ", "急いで", "早く作", "すぐに作", "express", "urgent"],
  出張申請: ["家まで来", "自宅まで来", "自宅に来", "家に来", "訪問", "出張"],
  外国人: [
    "外国籍",
    "外国の方",
    "外国の人",
    "在留外国人",
    "foreigner",
    "foreign resident",
    "foreign national",
  ],
  在留カード: ["residence card"],
  義務: [
    "必ず作らな",
    "作らないといけない",
    "強制",
    "mandatory",
    "required",
    "compulsory",
    "obligatory",
  ],
  申請: ["申し込み", "申込み", "申込", "作りたい", "作るには", "作れます", "apply", "application"],
  受け取り: [
    "受取",
    "受け取る",
    "受けとり",
    "受け取れ",
    "取りに行",
    "もらいに行",
    "pick up",
    "collect",
    "receive",
  ],
  // 公布/工夫 are how speech recognition often writes こうふ.
  交付通知書: ["交付通知", "公布通知", "はがき", "葉書", "案内はがき"],
  手数料: ["費用", "料金", "お金", "いくら", "値段", "有料", "fee", "cost", "how much"],
  本人確認書類: ["身分証明書", "身分証", "本人確認の書類", "本人確認書類", "identification"],
  顔写真: ["証明写真", "写真", "photo", "picture"],
  代理人: ["代理", "代わりに", "かわりに", "本人以外", "家族が", "proxy", "representative"],
  コンビニ: [
    "コンビニエンスストア",
    "セブンイレブン",
    "ローソン",
    "ファミリーマート",
    "ファミマ",
    "convenience store",
  ],
  健康保険証: ["保険証", "health insurance card", "insurance card"],
  電子証明書: ["電子証明", "デジタル証明書", "electronic certificate", "certificate"],
  スマートフォン: ["スマホ", "携帯電話", "携帯", "アイフォン", "iphone", "android", "smartphone"],
  パソコン: ["pc", "computer"],
  子ども: ["子供", "こども", "幼児", "息子", "娘", "child", "children", "kid"],
  // A baby: also 子ども (BROADER_CONCEPTS), so the entries about babies (no photo under one, the
  // card applied for with the birth registration, its term) stand out from those about children.
  乳児: ["赤ちゃん", "赤ん坊", "新生児", "生まれたばかり", "baby"],
  休日: ["土日", "土曜", "日曜", "祝日", "週末", "年末年始", "正月", "連休", "weekend", "holiday"],
  住所: ["address"],
  氏名変更: ["名前が変わ", "改姓", "結婚して名字", "旧姓", "name change"],
  // All of them, both: a scope a question names (MN-079, every PIN forgotten; rerank-features.ts).
  全部: [
    "ぜんぶ",
    "両方",
    "りょうほう",
    "どっちも",
    "どちらも",
    "ふたつとも",
    "二つとも",
    "すべて",
    "全て",
    "どれも",
    "both",
  ],
  海外: ["国外", "外国へ", "外国に", "abroad", "overseas"],
  感染: ["コロナ", "インフルエンザ", "うつる", "感染症"],
  郵送: ["郵便で", "ポストに", "by mail", "by post"],
  窓口: ["市役所", "区役所", "役所", "counter", "city hall", "ward office"],
};

/**
 * The default variant table: desk vocabulary, citizens' situations and other languages
 * (`concept-lexicon.ts`), kana readings and mishearings (`kana-readings.ts`) and everyday words
 * for the FAQ's formal ones (`everyday-lexicon.ts`). Cities extend
 * it with {@link mergeVariantTables} (or a `canonical,variants` CSV).
 */
export const DEFAULT_VARIANTS: VariantTable = mergeVariantTables(
  DESK_VARIANTS,
  SITUATION_CONCEPTS,
  KANA_READINGS,
  ...Object.values(EVERYDAY_GROUPS),
  // Last: other languages never take a variant the Japanese tables already map.
  FOREIGN_CONCEPTS,
);

/** Combines tables; later tables add variants to (never remove from) earlier ones. */
export function mergeVariantTables(...tables: readonly VariantTable[]): VariantTable {
  const merged: Record<string, string[]> = {};
  for (const table of tables) {
    for (const [canonical, variants] of Object.entries(table)) {
      const list = (merged[canonical] ??= []);
      for (const variant of variants) if (!list.includes(variant)) list.push(variant);
    }
  }
  return merged;
}

/**
 * Parses a city's variant CSV: header `canonical,variants`, variants separated by `;`.
 * Bad rows are reported with their line; good rows load.
 */
export function parseVariantsCsv(text: string): { variants: VariantTable; errors: CsvRowError[] } {
  const table = readCsvTable(text, ["canonical", "variants"]);
  const errors: CsvRowError[] = [...table.errors];
  const variants: Record<string, string[]> = {};
  for (const { line, values } of table.records) {
    const canonical = values.canonical ?? "";
    const list = (values.variants ?? "")
      .split(/[;；]/)
      .map((v) => v.trim())
      .filter(Boolean);
    if (!canonical || list.length === 0) {
      errors.push({ line, code: "empty_required", detail: canonical ? "variants" : "canonical" });
      continue;
    }
    variants[canonical] = [...(variants[canonical] ?? []), ...list];
  }
  return { variants, errors };
}
