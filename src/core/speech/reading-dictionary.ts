/**
 * Readings for text-to-speech: written form → how it should be read. Data, not UI text; cities
 * extend it through `renderForSpeech(text, { readings })`. Longest keys are replaced first.
 */
export type ReadingDictionary = Readonly<Record<string, string>>;

export const DEFAULT_READINGS: ReadingDictionary = {
  "J-LIS": "ジェイリス",
  "e-Tax": "イータックス",
  "e-tax": "イータックス",
  QRコード: "キューアールコード",
  マイナポータル: "マイナポータル",
  PIN: "ピン",
  ID: "アイディー",
  TEL: "電話",
  FAX: "ファックス",
  "〒": "郵便番号",
  "%": "パーセント",
  "％": "パーセント",
  "※": "",
  "＊": "",
  "*": "",
  "→": "、",
  "&": "と",
  "＆": "と",
  "・": "、",
};

/** What a URL is read as: listeners cannot use a spelled-out address. */
export const DEFAULT_URL_READING = "市のホームページ";
