/**
 * My Number (個人番号) check: 12 digits, the last is 11 − (Σ Pn×Qn mod 11), or 0 when the
 * remainder is ≤ 1; weights for the body left to right are 6 5 4 3 2 7 6 5 4 3 2
 * (平成26年総務省令第85号 第5条).
 */
export function isValidMyNumber(digits: string): boolean {
  if (!/^[0-9]{12}$/.test(digits)) return false;
  return myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

/** The check digit for an 11-digit My Number body. */
export function myNumberCheckDigit(body: string): number {
  const weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 11; i += 1) sum += Number(body[i]) * (weights[i] ?? 0);
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** Luhn check used by payment cards. */
export function isLuhnValid(digits: string): boolean {
  if (!/^[0-9]{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether the digits start like a card brand that issues in Japan (Visa, Mastercard, JCB, Amex, Diners, Discover). */
export function hasCardBrandPrefix(digits: string): boolean {
  return /^(4|5[1-5]|2[2-7]|3[47]|35[2-8]|30[0-5]|36|38|39|6011|64[4-9]|65)/.test(digits);
}

/**
 * 法人番号 (corporate number) check: 13 digits, the FIRST is 9 − (Σ Pn×Qn mod 9) with
 * weights 1,2 from the right of the 12-digit base. Corporate numbers are public, never masked.
 */
export function isValidCorporateNumber(digits: string): boolean {
  if (!/^[1-9][0-9]{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) sum += Number(digits[13 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9) === Number(digits[0]);
}

/** M10W21 check digit of a 保険者番号 body (weights 2,1 from the right, digit sum). */
export function m10w21CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const product = Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether every digit is the same (dummy values such as 0000-0000). */
export function isRepeatedDigit(digits: string): boolean {
  return /^(\d)\1*$/.test(digits);
}
