/**
 * Japanese typed in the Latin alphabet (web chat from a phone without a Japanese keyboard:
 * "maina no anshou bangou wasureta"), read back into hiragana so the FAQ's words match. Hepburn
 * and the common keyboard spellings (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi, sha/sya, n'/nn),
 * doubled consonants (kk → っk) and n before a consonant (ん).
 */

const VOWELS: Readonly<Record<string, string>> = { a: "あ", i: "い", u: "う", e: "え", o: "お" };

// Syllables by their consonant part; each maps the five vowels a i u e o.
const ROWS: Readonly<Record<string, string>> = {
  k: "かきくけこ",
  g: "がぎぐげご",
  s: "さしすせそ",
  z: "ざじずぜぞ",
  t: "たちつてと",
  d: "だぢづでど",
  n: "なにぬねの",
  h: "はひふへほ",
  b: "ばびぶべぼ",
  p: "ぱぴぷぺぽ",
  m: "まみむめも",
  y: "や　ゆ　よ",
  r: "らりるれろ",
  l: "らりるれろ",
  w: "わ　　　を",
};
// Syllables no row or contraction gives: tsu (not t + su), the f and v sounds.
const SPECIAL: Readonly<Record<string, string>> = {
  tsu: "つ",
  fu: "ふ",
  fa: "ふぁ",
  fi: "ふぃ",
  fe: "ふぇ",
  fo: "ふぉ",
  va: "ゔぁ",
  vi: "ゔぃ",
  vu: "ゔ",
  ve: "ゔぇ",
  vo: "ゔぉ",
};
// Contracted syllables: consonant + y (or sh/ch/j) + a/u/o.
const CONTRACTED: Readonly<Record<string, string>> = {
  ky: "き",
  gy: "ぎ",
  sy: "し",
  sh: "し",
  zy: "じ",
  jy: "じ",
  j: "じ",
  ty: "ち",
  cy: "ち",
  ch: "ち",
  ny: "に",
  hy: "ひ",
  by: "び",
  py: "ぴ",
  my: "み",
  ry: "り",
};
// Longest first, so sh is tried before s.
const CONTRACTED_KEYS = Object.keys(CONTRACTED).sort((a, b) => b.length - a.length);
const SMALL: Readonly<Record<string, string>> = { a: "ゃ", u: "ゅ", o: "ょ", e: "ぇ" };

function rowKana(consonant: string, vowel: string): string | null {
  const row = ROWS[consonant];
  if (!row) return null;
  const kana = row["aiueo".indexOf(vowel)];
  return kana && kana !== "　" ? kana : null;
}

/** One Latin word in hiragana, or null when it is not romaji (English, a code, a typo). */
export function romajiWordToKana(word: string): string | null {
  const text = word
    .toLowerCase()
    .replace(/[āâ]/gu, "aa")
    .replace(/[ūû]/gu, "uu")
    .replace(/[ōô]/gu, "ou");
  let out = "";
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const vowel = VOWELS[rest[0] ?? ""];
    if (vowel) {
      out += vowel;
      at += 1;
      continue;
    }
    if (rest[0] === "-" || rest[0] === "ー") {
      out += "ー";
      at += 1;
      continue;
    }
    // n' and nn are ん; in nna the second n begins the next syllable (kanna: かんな).
    if (rest.startsWith("n'") || rest.startsWith("nn")) {
      out += "ん";
      at += rest[1] === "n" && /[aiueoy]/u.test(rest[2] ?? "") ? 1 : 2;
      continue;
    }
    if (rest[0] === "n" && !/[aiueoy]/u.test(rest[1] ?? "")) {
      out += "ん";
      at += 1;
      continue;
    }
    // Doubled consonant (kk, tt, tch): a small っ.
    if (/^([bcdfghjkmprstvwz])\1/u.test(rest) || rest.startsWith("tch")) {
      out += "っ";
      at += 1;
      continue;
    }
    const special = Object.keys(SPECIAL).find((key) => rest.startsWith(key));
    if (special) {
      out += SPECIAL[special];
      at += special.length;
      continue;
    }
    const contracted = CONTRACTED_KEYS.find(
      (key) => rest.startsWith(key) && /[auoei]/u.test(rest[key.length] ?? ""),
    );
    if (contracted) {
      const next = rest[contracted.length] as string;
      const base = CONTRACTED[contracted] as string;
      // shi, chi, ji are one kana; sha, shu, sho and she take a small one.
      out += next === "i" ? base : base + (SMALL[next] ?? "");
      at += contracted.length + 1;
      continue;
    }
    const kana = rowKana(rest[0] ?? "", rest[1] ?? "");
    if (kana) {
      out += kana;
      at += 2;
      continue;
    }
    return null;
  }
  return out;
}

// Words of Japanese grammar that a romaji sentence almost always has.
const PARTICLES = new Set([
  "no",
  "de",
  "wa",
  "ga",
  "wo",
  "ni",
  "to",
  "made",
  "kara",
  "desu",
  "masu",
  "ka",
  "nai",
  "mo",
  "he",
  "e",
  "yo",
  "ne",
  "deshou",
  "dekiru",
  "dekimasu",
  "shitai",
  "onegai",
  "kudasai",
  "onegaishimasu",
  "desuka",
  "masuka",
  "shimasu",
  "arimasu",
  "kana",
]);
const LATIN_WORD = /[a-zA-Zāâūûōô'][a-zA-Zāâūûōô'-]*/gu;
// Latin letters with marks that Hepburn romaji does not use (it uses ā â ū û ō ô only).
const NOT_ROMAJI_LETTER = /[à-öø-ÿăđơưạ-ỹ](?<![âô])/iu;

/**
 * The text read as romaji Japanese, in hiragana (spaces kept), when it is that: at least two
 * words, at least 70% of them readable as romaji, and one of them a particle or an ending.
 * Otherwise null (English, other languages, Japanese script, and any line with a letter romaji
 * never uses: Portuguese or Spanish read as kana is only noise, mudar → むだら).
 */
export function readRomaji(text: string): string | null {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text)) return null;
  if (NOT_ROMAJI_LETTER.test(text)) return null;
  const words = text.match(LATIN_WORD) ?? [];
  if (words.length < 2) return null;
  const readings = words.map((word) => romajiWordToKana(word));
  const readable = readings.filter((reading) => reading !== null).length;
  if (readable < words.length * 0.7) return null;
  if (!words.some((word) => PARTICLES.has(word.toLowerCase()))) return null;
  return words.map((word, index) => readings[index] ?? word).join(" ");
}
