/**
 * The values of the kana words callers read numbers with, and the arithmetic that joins them:
 * digit by digit (にーまるよん → 204) or with units (にじゅういち → 21). Each recognizer splits the
 * words with its own pattern (dates, addresses and numbers accept different words); this reads them.
 */
const DIGIT_VALUE: Readonly<Record<string, number>> = {
  いち: 1,
  // 元年 (がんねん): the first year of an era.
  がん: 1,
  にい: 2,
  にー: 2,
  に: 2,
  さん: 3,
  よん: 4,
  しー: 4,
  し: 4,
  よ: 4,
  ごー: 5,
  ご: 5,
  ろく: 6,
  なな: 7,
  しち: 7,
  はち: 8,
  きゅう: 9,
  きゅー: 9,
  く: 9,
  ぜろ: 0,
  れい: 0,
  まる: 0,
};
const UNIT_VALUE: Readonly<Record<string, number>> = {
  じゅう: 10,
  じゅっ: 10,
  ひゃく: 100,
  びゃく: 100,
  ぴゃく: 100,
};

const digitOf = (part: string): number =>
  /^[0-9]$/u.test(part) ? Number(part) : (DIGIT_VALUE[part] ?? 0);

/** The number that kana words (and ASCII digits) say, or -1 when there are none or they clash. */
export function kanaWordsValue(parts: readonly string[]): number {
  if (parts.length === 0) return -1;
  if (!parts.some((part) => part in UNIT_VALUE)) return Number(parts.map(digitOf).join(""));
  let total = 0;
  let pending = -1;
  for (const part of parts) {
    const unit = UNIT_VALUE[part];
    if (unit) {
      total += (pending < 0 ? 1 : pending) * unit;
      pending = -1;
    } else {
      if (pending >= 0) return -1;
      pending = digitOf(part);
    }
  }
  return total + Math.max(0, pending);
}

/** Days of the month said with their own words (ついたち, はつか), by their number. */
export const KANA_DAY_WORDS: Readonly<Record<string, number>> = {
  ついたち: 1,
  ふつか: 2,
  みっか: 3,
  よっか: 4,
  いつか: 5,
  むいか: 6,
  なのか: 7,
  ようか: 8,
  ここのか: 9,
  とおか: 10,
  はつか: 20,
};
