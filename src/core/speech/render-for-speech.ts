import { escapeRegExp } from "../text";
import type { ReadingDictionary } from "./reading-dictionary";
import { DEFAULT_READINGS, DEFAULT_URL_READING } from "./reading-dictionary";

export type SpeechOptions = {
  /** Extra readings, merged over {@link DEFAULT_READINGS}. */
  readonly readings?: ReadingDictionary;
  /** What a URL is read as. @default "市のホームページ" */
  readonly urlReading?: string;
  /** Sentences longer than this are split at a comma. @default 60 */
  readonly maxSentenceChars?: number;
};

const DIGIT_READINGS = [
  "ゼロ",
  "イチ",
  "ニー",
  "サン",
  "ヨン",
  "ゴー",
  "ロク",
  "ナナ",
  "ハチ",
  "キュウ",
];
const URL_PATTERN = /(?:https?:\/\/|www\.)[\w\-.~:/?#[\]@!$&'()*+,;=%]+/giu;
// Phone-like digit groups: 0120-95-0178, 092-123-4567, (092)123-4567, 09012345678.
const PHONE_PATTERN =
  /(?<![\d０-９])(?:0\d{1,4}[-‐－ー―(（)）]\d{1,4}[-‐－ー―)）]\d{3,4}|0\d{9,10})(?![\d０-９])/gu;
const POSTAL_PATTERN = /〒\s*(\d{3})[-‐－ー](\d{4})/gu;
const SHORT_NUMBER_PATTERN =
  /(?<![\d,])(110|119|189|118|171|#\d{4})(?=\s*番|\s*[（(、。]|へ|に|ま|を|\s*$)/gu;
const TIME_PATTERN = /(?<!\d)(\d{1,2})[:：](\d{2})(?!\d)/gu;
const RANGE_PATTERN = /([\d時分日月円])\s*[～〜~]\s*(\d)/gu;

/**
 * Rewrites an approved answer so a text-to-speech engine reads it well: phone numbers digit by
 * digit with の between groups, URLs replaced by a spoken pointer, brackets and symbols
 * removed, times and ranges spelled out, long sentences split, and the reading dictionary applied.
 */
export function renderForSpeech(text: string, options: SpeechOptions = {}): string {
  const readings = { ...DEFAULT_READINGS, ...(options.readings ?? {}) };
  let spoken = text.normalize("NFKC").replace(/\r?\n+/g, "。");
  spoken = spoken.replace(URL_PATTERN, options.urlReading ?? DEFAULT_URL_READING);
  spoken = spoken.replace(
    POSTAL_PATTERN,
    (_, head: string, tail: string) => `〒${readDigits(head)}の${readDigits(tail)}`,
  );
  spoken = spoken.replace(PHONE_PATTERN, (phone) => readPhone(phone));
  spoken = spoken.replace(SHORT_NUMBER_PATTERN, (number: string) =>
    readDigits(number.replace("#", "シャープ")),
  );
  spoken = spoken.replace(TIME_PATTERN, (_, hour: string, minute: string) =>
    minute === "00" ? `${Number(hour)}時` : `${Number(hour)}時${Number(minute)}分`,
  );
  spoken = spoken.replace(RANGE_PATTERN, "$1から$2");
  spoken = applyReadings(spoken, readings);
  spoken = spoken
    .replace(/[「」『』【】［］[\]〈〉《》"“”]/gu, "")
    .replace(/[（(]([^（）()]*)[）)]/gu, "、$1、")
    .replace(/[()（）]/gu, "");
  spoken = spoken
    .replace(/\s+/gu, " ")
    .replace(/、\s*(?=[、。へにをはがでとの])/gu, "")
    .replace(/。{2,}/gu, "。");
  spoken = spoken.replace(/^[、。\s]+/u, "").trim();
  return splitLongSentences(spoken, options.maxSentenceChars ?? 60);
}

function readDigits(digits: string): string {
  return Array.from(digits, (char) => (/\d/.test(char) ? DIGIT_READINGS[Number(char)] : char)).join(
    "",
  );
}

function readPhone(phone: string): string {
  const groups = phone.split(/[^\d]+/u).filter(Boolean);
  // Read as people do: groups joined by の (ゼロイチニーゼロのキュウゴーの…), a natural pause.
  return groups.map(readDigits).join("の");
}

function applyReadings(text: string, readings: ReadingDictionary): string {
  const keys = Object.keys(readings).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const pattern = new RegExp(keys.map(escapeRegExp).join("|"), "gu");
  return text.replace(pattern, (match) => readings[match] ?? match);
}

/** Splits sentences longer than `max` at the comma closest to their middle. */
function splitLongSentences(text: string, max: number): string {
  return text
    .split(/(?<=。)/u)
    .map((sentence) => splitSentence(sentence, max))
    .join("");
}

function splitSentence(sentence: string, max: number): string {
  if (sentence.length <= max) return sentence;
  const middle = sentence.length / 2;
  let best = -1;
  for (
    let index = sentence.indexOf("、");
    index !== -1;
    index = sentence.indexOf("、", index + 1)
  ) {
    if (index < 8 || index > sentence.length - 8) continue;
    if (best === -1 || Math.abs(index - middle) < Math.abs(best - middle)) best = index;
  }
  if (best === -1) return sentence;
  const head = sentence.slice(0, best) + "。";
  return splitSentence(head, max) + splitSentence(sentence.slice(best + 1), max);
}
