import type { Candidate, RecognizerInput } from "../types";

const LABEL =
  "(?:暗証番号|あんしょうばんごう|パスワード|ぱすわーど|パスコード|PIN(?:コード|番号)?|ピン番号|ワンタイムパスワード|認証コード|確認コード|セキュリティコード|セキュリティーコード|password|passcode|(?<![A-Za-z])PW(?![A-Za-z]))";
// Bounded: particles, fillers and the length of the code may sit between label and value.
const FILLER =
  "(?:[、,?。!「『\\s]|ですか|ですね|えーと|えっと|えー|あの|あー|はい|ええ|うん|あ|is|was|[0-9]{1,2}桁(?:で|の)?|数字(?:で|の)?|英数字(?:で|の)?){0,8}";
const VALUE = "([0-9A-Za-z!#$%&*+_.@?-]{3,32})";
const AFTER_LABEL = new RegExp(`${LABEL}(?:は|が|も|:|=|って)?${FILLER}${VALUE}`, "giu");
const BEFORE_LABEL = new RegExp(
  `(?<![0-9A-Za-z])([0-9A-Za-z]{4,16})(?:が|は|って|という|っていう)\\s?${LABEL}`,
  "giu",
);
/** 暗証番号は父の誕生日と同じ0306にしてます: a 4–8 digit value later in the same sentence. */
const DISTANT_VALUE = new RegExp(
  `${LABEL}(?:は|が|も|:|=|って)[^0-9。!?\\n]{1,16}?(?<![0-9A-Za-z-])([0-9]{4,8})(?![0-9-])`,
  "giu",
);
/** パスワード忘れちゃって、たしかhimawari77だった: a word of letters and digits later in the sentence. */
const DISTANT_MIXED = new RegExp(
  `${LABEL}[^。!?\\n]{0,20}?(?<![0-9A-Za-z_#-])((?=[0-9A-Za-z_#!$%&*.-]*[0-9])(?=[0-9A-Za-z_#!$%&*.-]*[A-Za-z])[0-9A-Za-z_#!$%&*.-]{6,32})`,
  "giu",
);
/** Cheap pre-check for any label. */
const MAYBE_SECRET =
  /PW|暗証|あんしょう|パスワード|ぱすわーど|パスコード|PIN|pin|ピン番号|コード|password|passcode/i;
/** A unit after the value means it describes the rule (4桁, 8文字以上), not the secret. */
const UNIT = /^\s?(桁|ケタ|けた|文字|回|度|時|日|分|円|月|年|種類|つ|個|人|以上|以下|まで|から)/u;

/** Passwords, PINs and security codes: the value after 暗証番号は / パスワードは (or before が暗証番号). */
export function recognizeSecrets(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  if (!MAYBE_SECRET.test(text)) return out;
  for (const pattern of [AFTER_LABEL, BEFORE_LABEL, DISTANT_VALUE, DISTANT_MIXED]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? "";
      const index = match.index ?? 0;
      const start = pattern === BEFORE_LABEL ? index : index + match[0].length - value.length;
      const end = start + value.length;
      if (UNIT.test(text.slice(end, end + 4))) continue;
      if (!/[0-9]/.test(value) && value.length < 6) continue;
      out.push({
        type: "secret",
        start,
        end,
        score: 0.9,
        evidence: "cue:secret-label",
        key: value,
      });
    }
  }
  return out;
}
