import type { VariantTable } from "./variants";

/**
 * How speech recognition and callers typing on a phone write the desk's words: in kana
 * (でんし しょうめいしょ), or with the wrong kanji of the same reading (電子照明書, 特休発行).
 * Each reading maps to the canonical term the FAQ uses, so the kanji's words and bigrams match
 * too. Written in ordinary kana; matching folds small kana, long vowels and katakana, and the
 * FAQ analyzer joins kana split by spaces first. Readings shorter than three kana are left out
 * (they occur inside other words too often).
 */
export const KANA_READINGS: VariantTable = {
  マイナンバーカード: ["まいなんばーかーど", "まいなかーど", "こじんばんごうかーど", "舞菜カード"],
  マイナンバー: ["まいなんばー", "こじんばんごう"],
  暗証番号: ["あんしょうばんごう", "あんしょう番号", "暗唱ばんごう"],
  電子証明書: [
    "でんししょうめいしょ",
    "でんししょうめい",
    "電子照明書",
    "電子照明",
    "電子証明しょ",
  ],
  有効期限: ["ゆうこうきげん", "きげんぎれ", "きげんがきれ", "きげん"],
  更新: ["こうしん"],
  申請: ["しんせい", "もうしこみ"],
  受け取り: ["うけとり"],
  交付通知書: ["こうふつうちしょ", "こうふつうち"],
  転居: ["ひっこし", "ひっこす", "ひっこした", "てんきょ"],
  転入: ["てんにゅう"],
  転出: ["てんしゅつ"],
  通知カード: ["つうちかーど"],
  紛失: ["ふんしつ"],
  再発行: ["さいはっこう", "さいこうふ"],
  手数料: ["てすうりょう"],
  住民票: ["じゅうみんひょう"],
  印鑑登録証明書: ["いんかんしょうめいしょ", "いんかんしょうめい"],
  健康保険証: ["ほけんしょう", "けんこうほけんしょう"],
  資格確認書: ["しかくかくにんしょ"],
  公金受取口座: ["こうきんうけとりこうざ", "こうきんこうざ"],
  登録: ["とうろく"],
  解除: ["かいじょ"],
  顔写真: ["しゃしん"],
  代理人: ["だいりにん"],
  本人確認書類: ["ほんにんかくにん", "みぶんしょうめい"],
  窓口: ["まどぐち", "しやくしょ", "くやくしょ"],
  特急発行: ["とっきゅうはっこう", "特休発行", "特休", "とっきゅう"],
  海外: ["かいがい"],
  外国人: ["がいこくじん"],
  在留カード: ["ざいりゅうかーど"],
  在留期間: ["ざいりゅうきかん"],
  住所: ["じゅうしょ"],
  旧姓: ["きゅうせい"],
  返納: ["へんのう"],
  予約: ["よやく"],
  廃止: ["はいしされ", "はいしになっ"],
  開庁時間: ["かいちょうじかん"],
  コンビニ交付: ["こんびにこうふ"],
  戸籍: ["こせき"],
  マイナポータル: ["まいなぽーたる"],
};
