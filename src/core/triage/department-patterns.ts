/**
 * Phrases a word list cannot hold, keyed by the canonical keyword they stand for. `matchDepartments`
 * adds the keyword after each match, before the synonym table. Japanese; folded like the text
 * (`foldForMatch`) before use, so write them in plain kana and kanji.
 */
export const DEPARTMENT_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  // Whether the office itself is open, asked yes or no of a day (区役所って開いてる?; 連休も、役場は
  // 開いていますか; 土曜日に庁舎は開いていますか): the general desk's opening days. Not the hours
  // one cannot reach (役所が開いてる時間は仕事で) nor how long it is open (何時まで開いて).
  総合案内: [
    /(区役所|市役所|役所|役場|庁舎|支所)(って|は|も)?[、,]?\s?(開いて|あいて|空いて|やって|開いと|やっと)(い)?(ます|る|ん|ら)(?!\s?(時間|間|うち|とき|時))/u,
  ],
};
