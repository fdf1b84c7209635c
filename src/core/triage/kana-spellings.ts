/**
 * Desk words as speech recognition writes them, in kana (しんせい じょうきょう を しらべて ほしい,
 * そうさいひ, しゅわ つうやく), with their usual spelling. The rule lexicons and the departments'
 * keywords are written in kanji, so the triage rules read an utterance with these words respelled.
 * Readings are three kana or more and are not the start or end of common other words, so a
 * replacement inside an unrelated word is rare; readings shared with common words are left out
 * (じどう is also 自動, かいたい 買いたい, ふよう 不要, しがい 市外). Written from general knowledge of ward-office
 * vocabulary; longer readings are replaced first.
 */
const KANA_SPELLINGS: Readonly<Record<string, string>> = {
  // The caller's own case and requests to staff.
  しんせい: "申請",
  もうしこみ: "申し込み",
  もうしこん: "申し込ん",
  てつづき: "手続き",
  じょうきょう: "状況",
  しんちょく: "進捗",
  しらべて: "調べて",
  しらべる: "調べる",
  ほんにん: "本人",
  かくにん: "確認",
  しょうかい: "照会",
  とどいて: "届いて",
  とどかない: "届かない",
  とどかん: "届かん",
  できあがって: "出来上がって",
  ゆうそう: "郵送",
  よやく: "予約",
  うけとり: "受け取り",
  つうちしょ: "通知書",
  たのんだ: "頼んだ",
  しかくかくにんしょ: "資格確認書",
  いりょうしょう: "医療証",
  せきにんしゃ: "責任者",
  // Staff, the line and the counter (しょくいん の ひと, おりかえし でんわ).
  しょくいん: "職員",
  たんとうしゃ: "担当者",
  まどぐち: "窓口",
  おりかえし: "折り返し",
  れんらく: "連絡",
  でんわ: "電話",
  たいおう: "対応",
  たいど: "態度",
  せつめい: "説明",
  なっとく: "納得",
  へんこう: "変更",
  じゅうしょ: "住所",
  てんきょ: "転居",
  てんにゅう: "転入",
  てんしゅつ: "転出",
  ほけんしょう: "保険証",
  しょうめいしょ: "証明書",
  // Other desks' topics.
  そうさいひ: "葬祭費",
  こうがくりょうようひ: "高額療養費",
  こうきこうれいしゃ: "後期高齢者",
  こくみんねんきん: "国民年金",
  じゅうみんぜい: "住民税",
  しけんみんぜい: "市県民税",
  こていしさんぜい: "固定資産税",
  けいじどうしゃぜい: "軽自動車税",
  かぜいしょうめい: "課税証明",
  しょとくしょうめい: "所得証明",
  のうぜいしょうめい: "納税証明",
  のうふしょ: "納付書",
  じどうてあて: "児童手当",
  じどうふようてあて: "児童扶養手当",
  ほいくえん: "保育園",
  ほいくしょ: "保育所",
  がくどう: "学童",
  ぼしてちょう: "母子手帳",
  よぼうせっしゅ: "予防接種",
  にゅうようじけんしん: "乳幼児健診",
  けんこうしんだん: "健康診断",
  せいかつほご: "生活保護",
  けーすわーかー: "ケースワーカー",
  // The welfare desk's own words, said to speech recognition (いりょうけん を だして ほしい).
  いりょうけん: "医療券",
  いりょうふじょ: "医療扶助",
  じゅうたくふじょ: "住宅扶助",
  かいごほけん: "介護保険",
  かいごにんてい: "介護認定",
  ちいきほうかつ: "地域包括",
  しょうがいしゃてちょう: "障害者手帳",
  りょういくてちょう: "療育手帳",
  しゅわつうやく: "手話通訳",
  ほちょうき: "補聴器",
  くるまいす: "車いす",
  あきや: "空き家",
  そだいごみ: "粗大ごみ",
  ふほうとうき: "不法投棄",
  そうおん: "騒音",
  あくしゅう: "悪臭",
  こせき: "戸籍",
  じゅうみんひょう: "住民票",
  いんかん: "印鑑",
  ほけんりょう: "保険料",
  かいご: "介護",
  しょうがい: "障害",
  てちょう: "手帳",
  こそだて: "子育て",
  にんしん: "妊娠",
  けんしん: "健診",
  ぎゃくたい: "虐待",
  そうだん: "相談",
  せいかつ: "生活",
  ひかぜい: "非課税",
  しょとく: "所得",
  のうぜい: "納税",
  とくそく: "督促",
  たいのう: "滞納",
  かんぷ: "還付",
  のらねこ: "野良猫",
  いんかんとうろく: "印鑑登録",
  いんかんしょうめい: "印鑑証明",
};

// Chat text writes the same words in katakana, often half-width (ﾄｸｿｸｼﾞｮｳ, NFKC makes it ト…).
const toKatakana = (hiragana: string) =>
  hiragana.replace(/[\u3041-\u3096]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
const SPELLINGS = new Map<string, string>(
  Object.entries(KANA_SPELLINGS).flatMap(([reading, spelling]) => [
    [reading, spelling],
    [toKatakana(reading), spelling],
  ]),
);
const READINGS = [...SPELLINGS.keys()].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(READINGS.join("|"), "gu");

/** The text with the desk words written in kana respelled as usual (しんせい, シンセイ → 申請). */
export function respellKanaWords(text: string): string {
  return text.replace(PATTERN, (reading) => SPELLINGS.get(reading) ?? reading);
}
