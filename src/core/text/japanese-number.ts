const DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壱: 1,
  二: 2,
  弐: 2,
  三: 3,
  参: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 千: 1000 };

/**
 * Reads a small number written with ASCII digits, kanji digits (一二三) or positional kanji
 * (二十三, 百五), as found in dates and addresses. Returns null when it is not a number or ≥ 10000.
 * @example parseJapaneseNumber("二十三") === 23
 */
export function parseJapaneseNumber(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (text === "元") return 1;
  if (text.length === 0 || text.length > 8) return null;
  let total = 0;
  let current = -1;
  let positional = false;
  for (const ch of text) {
    const digit = DIGIT[ch];
    const unit = UNIT[ch];
    if (digit !== undefined) {
      current = current < 0 || positional ? digit : current * 10 + digit;
      if (positional) positional = false;
    } else if (unit !== undefined) {
      total += (current < 0 ? 1 : current) * unit;
      current = -1;
      positional = true;
    } else {
      return null;
    }
  }
  return total + (current < 0 ? 0 : current);
}
