import { execAll } from "../text-tools";
import { cuesBefore } from "../cues";
import type { Candidate, RecognizerInput } from "../types";

// 利用者証明用は1357 / 署名用はMidori2025: the My Number card's certificates name its passwords.
// PW02272775NZ is a residence card's number (two letters, eight digits, two letters), not PW:.
const LABEL =
  "(?:(?:利用者証明用|署名用|券面事項入力補助用|券面入力補助用|住民基本台帳用)(?:電子証明書)?(?:の)?(?:暗証番号|パスワード)?|暗証番号|暗証(?=は|が|:)|あんしょうばんごう|パスワード|ぱすわーど|パスコード|PIN(?:コード|番号)?|ピン番号|ワンタイムパスワード|認証コード|確認コード|セキュリティコード|セキュリティーコード|password|passcode|(?<![A-Za-z])PW(?![A-Za-z]|[0-9]{8}[A-Z]{2}))";
// Bounded: particles, fillers and the length of the code (in brackets too: 暗証番号(4桁)4471) may
// sit between label and value; 4桁のほう、
// / 4桁の方を: which of the card's codes (the short one or the long one) is meant.
const FILLER =
  "(?:[、,?。!「『()\\s]|ですか|ですね|えーと|えっと|えー|あの|あー|はい|ええ|うん|あ|is|was|[0-9]{1,2} ?桁(?:で|の)?|数字(?:で|の)?|英数字(?:で|の)?|(?<=桁の ?)(?:ほう|方|やつ)(?:は|が|を|も|で)?){0,8}";
// 暗証番号 1 9 5 2 / 19 52: speech recognition says a code digit by digit or in pairs, spaced.
// 暗証番号は 四 八 一 九: the digits said in kanji, one by one.
const SPACED_DIGITS =
  "[0-9]{1,4}(?: [0-9]{1,4}){1,7}(?![0-9])|[〇一二三四五六七八九](?: [〇一二三四五六七八九]){3,7}(?! ?[〇一二三四五六七八九十百千万])";
const VALUE = `(${SPACED_DIGITS}|[0-9A-Za-z!#$%&*+_.@?-]{3,32})`;
// PIN が 5580: a space may sit before the particle.
const AFTER_LABEL = new RegExp(`${LABEL}\\s?(?:は|が|も|:|=|って)?${FILLER}${VALUE}`, "giu");
/** 5580が暗証番号 / 8163です、暗証番号: the value said first, the label after it. */
const BEFORE_LABEL = new RegExp(
  `(?<![0-9A-Za-z] ?)([0-9](?: [0-9]){3,7}|[0-9A-Za-z]{4,16})\\s?(?:が|は|って|という|っていう|です[、,]?|でした[、,]?)\\s?${LABEL}`,
  "giu",
);
/**
 * 暗証番号は父の誕生日と同じ0306にしてます / 暗証番号忘れちゃって、たしか0417: a 4–8 digit value
 * later in the same sentence.
 */
const DISTANT_VALUE = new RegExp(
  `${LABEL}(?:は|が|も|:|=|って)?[^0-9。!?\\n]{1,16}?(?<![0-9A-Za-z-])([0-9]{4,8}|[0-9](?: [0-9]){3,7})(?![0-9-])`,
  "giu",
);
/**
 * パスワード忘れちゃって、たしかhimawari77だった: a word of letters and digits later in the sentence;
 * パスワードを電話で言うのはあれですけど、マイナポータルのがkogan2027で: after a longer aside in
 * Japanese too (a Japanese label, no full stop of either script between: Philippines. My passport…).
 */
const DISTANT_MIXED = new RegExp(
  `(?:${LABEL}[^。!?\\n]{0,20}?|(?:パスワード|暗証番号|パスコード)[^。!?.\\n]{21,30}?)(?<![0-9A-Za-z_#-])((?=[0-9A-Za-z_#!$%&*.-]*[0-9])(?=[0-9A-Za-z_#!$%&*.-]*[A-Za-z])[0-9A-Za-z_#!$%&*.-]{6,32})`,
  "giu",
);
/**
 * 今パスワード言えばいいんですか？Hamasaki1207です / 暗証番号が違うって出て。いつも2580で合ってるはず:
 * the value opening the next sentence, said as the answer (です, で合ってる, だった); 前はkaede0707
 * だった: the old one remembered; 数字4桁は0561のはず: after the code's length; 暗証番号が違うと出ます。
 * 3071で登録したはず: the one the caller registered or set; たぶん9655にしてた: the one they set it to;
 * パスワードを再設定したい。今のはhoshi2025!です: the current (or the old) one, said as 今のは;
 * 4桁のほうは7719やったかな / たぶん5820にしたと思う: the western copula や, and the one set, in the past.
 */
const NEXT_SENTENCE = new RegExp(
  `${LABEL}[^。!?\\n]{0,20}?[。!?] ?(?:いつも|たしか|確か|多分|たぶん|えーと|えっと|あの|ええ|はい|(?:前|以前|昔|最初)は|(?:今|いま|現在|前|以前|古い|新しい)の(?:は|が|やつは)|(?:数字)?[0-9一二三四五六八] ?桁(?:の(?:ほう|方|やつ))?(?:は|が)?|[、 ]){0,3}(?<![0-9A-Za-z_#-])([0-9]{4,8}|(?=[0-9A-Za-z_#!$%&*.-]*[0-9])(?=[0-9A-Za-z_#!$%&*.-]*[A-Za-z])[0-9A-Za-z_#!$%&*.-]{6,32})(?![0-9A-Za-z-])(?=\\s?(?:です|でした|だった|やった|だと|で合|のはず|で(?:登録|設定)(?:した|して|しま)|にし(?:た|て(?:た|る|ま|あ))))`,
  "giu",
);
/**
 * 暗証番号を決めてきてくださいって書いてあって、2580にしようと思う / 暗証番号…1122か、2211 /
 * 暗証番号を聞かれた。言ってないです、4037なんて: a code said in passing later in the sentence or
 * in the next one, as the one being chosen (にしよう), guessed (か、) or let slip (なんて).
 */
const CODE_IN_PASSING = new RegExp(
  `${LABEL}(?:[^0-9。!?\\n]|[0-9] ?桁){0,30}?(?:[。!?] ?[^0-9。!?\\n]{0,12}?)?(?<![0-9A-Za-z-])([0-9]{4,8})(?![0-9-])(?=\\s?(?:に(?:しよう|する|した|しま|決め|変え)|なんて|か[、,]|かな|かも))`,
  "giu",
);
/** I forgot my PIN. I think it was 5690: the code guessed in the next English sentence. */
const NEXT_SENTENCE_GUESS = new RegExp(
  `${LABEL}[^0-9.!?\\n]{0,20}?[.!?] ?(?:I think|I guess|I believe|[Mm]aybe|[Pp]robably),? (?:it was |it's |it is )?([0-9]{4,8})(?![0-9-]| (?:when|years?|yen|times|days|minutes))`,
  "gu",
);
/** My PIN for the My Number card is 3982: which card or account the code is for, then "is". */
const FOR_WHAT_IS = new RegExp(
  `(?<![A-Za-z])(?:PIN|[Pp]assword|[Pp]asscode)(?: code| number)? (?:for|of|on) [^0-9.!?\\n]{1,30}? (?:is|was) ([0-9]{4,8}|(?=[0-9A-Za-z_#!$%&*.-]*[0-9])(?=[0-9A-Za-z_#!$%&*.-]*[A-Za-z])[0-9A-Za-z_#!$%&*.-]{6,32})(?![0-9A-Za-z-]| (?:digits|characters|letters|years?|yen|times|days|minutes))`,
  "gu",
);
/**
 * Minha senha é 4239 / a senha do cartão My Number é 4239 / mi contraseña es sol2024: a Portuguese
 * or Spanish password or PIN, perhaps with what it is for, then "is" (not a rule: 4 dígitos).
 */
// Senha do site: lima@2024: the label's colon may be glued to what it is for, and the value
// may hold an @ (a password's symbol, not an address: no dot follows it).
// Kata sandi saya rudi0807 / kata sandi untuk situs: mawar12: an Indonesian password after "my"
// or what it is for, perhaps then "is" (adalah) or a colon (not a rule: 8 karakter).
// Mật khẩu của em là tuan1995 / mã PIN của thẻ là 4239: a Vietnamese password or PIN, whose
// ("of") and then là ("is") (not a rule: 4 chữ số); Mật khẩu tệp đính kèm: lan0712: what it
// opens named without của, then a colon.
const OTHER_LANGUAGE_IS = new RegExp(
  `(?<![\\p{L}])(?:(?:[Ss]enha|[Cc]ontraseña|[Cc]lave)(?: (?:d[aoe]|del) [^0-9.!?\\n:]{1,30}?)?(?: (?:é|era|es|fue)| ?:)|(?:[Mm]ật khẩu|[Mm]ã PIN)(?: (?:(?:của|cho) )?[^0-9.!?\\n:]{1,30}?)?(?: là| ?:)|[Kk]ata ?sandi(?: (?:saya|aku|ku)| (?:untuk|di|ke) [^0-9.!?\\n:]{1,30}?)?(?: adalah| ?:)?) ([0-9]{4,8}|(?![0-9A-Za-z_#!$%&*.-]*@[0-9A-Za-z_-]*\\.)(?=[0-9A-Za-z_#!$%&*.@-]*[0-9])(?=[0-9A-Za-z_#!$%&*.@-]*[A-Za-z])[0-9A-Za-z_#!$%&*.@-]{5,31}[0-9A-Za-z_#!$%&*-])(?![0-9A-Za-z@-]| (?:dígitos|digitos|letras|caracteres|números|anos|años|vezes|veces|chữ số|ký tự|số|năm|lần|karakter|digit|angka|huruf|kali|tahun))`,
  "gu",
);
/** 1122か、2211: the other code of a guess, after a code found. */
const OR_ANOTHER = /^\s?(?:か|or|とか)[、,]?\s?([0-9]{4,8})(?![0-9-])/u;
/** 「sora2024」も「Sora2024!」もだめ: another quoted password tried, after a quoted one found. */
const QUOTED_ANOTHER = /^」\s?(?:も|か|とか|や|、)[、,]?\s?「([0-9A-Za-z!#$%&*+_.@?-]{3,32})」/u;
/** パスワード は ひらがな で さくらもち です: a password said as a kana word, its script named first. */
const KANA_VALUE = new RegExp(
  `${LABEL}\\s?(?:は|が|:)?\\s?(?:全部|ぜんぶ)?\\s?(?:ひらがな|平仮名|カタカナ|片仮名)\\s?で\\s?((?:(?!です|ます)\\p{Script=Hiragana}){3,16}|[\\p{Script=Katakana}ー]{3,16})(?=\\s?(?:です|でした)(?!か)|」)`,
  "giu",
);
/** 暗証番号、えーと、いちきゅうなななだったかな: a code read digit by digit in kana. */
const KANA_DIGITS = new RegExp(
  `${LABEL}\\s?(?:は|が|:)?${FILLER}((?:いち|にい|に|さん|よん|ご|ろく|なな|しち|はち|きゅう|ぜろ|れい|まる|な){4,8})(?=だ|です|で|[、。]|かな|$)`,
  "giu",
);
/** Cheap pre-check for any label. */
const MAYBE_SECRET =
  /PW|暗証|証明用|署名用|補助用|台帳用|あんしょう|パスワード|ぱすわーど|パスコード|PIN|pin|ピン番号|コード|password|passcode|senha|contraseña|clave|mật khẩu|kata ?sandi/i;
const NEGATIVE_WINDOW = 6;
/** What says that a value follows the label (暗証番号は, PIN:, password is, 「…」). */
const CONNECTOR = /[はがも:=「『]|って|\b(?:is|was)\b/iu;
const KANJI_DIGITS = /^[〇一二三四五六七八九](?: [〇一二三四五六七八九])+$/u;
const ERA_DATE = /^[MTSHR][0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/u;
/** A unit after the value means it describes the rule (4桁, 8文字以上), not the secret. */
const UNIT = /^\s?(桁|ケタ|けた|文字|回|度|時|日|分|円|月|年|種類|つ|個|人|以上|以下|まで|から)/u;

/** Passwords, PINs and security codes: the value after 暗証番号は / パスワードは (or before が暗証番号). */
export function recognizeSecrets(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  if (!MAYBE_SECRET.test(text)) return out;
  const kana = /ひらがな|平仮名|カタカナ|片仮名/u.test(text);
  for (const pattern of [
    AFTER_LABEL,
    BEFORE_LABEL,
    DISTANT_VALUE,
    DISTANT_MIXED,
    NEXT_SENTENCE,
    KANA_VALUE,
    KANA_DIGITS,
    CODE_IN_PASSING,
    NEXT_SENTENCE_GUESS,
    FOR_WHAT_IS,
    OTHER_LANGUAGE_IS,
  ]) {
    if (pattern === KANA_VALUE && !kana) continue;
    for (const match of execAll(pattern, text)) {
      const raw = match[1] ?? "";
      // 1964…あ: a trailing ellipsis (normalized to dots) is a pause, not part of the value.
      const value = raw.replace(/\.{2,}$/u, "");
      const digits = value.replace(/ /g, "");
      // 暗証番号 は 4 桁 / 1 2 3: spaced digits make a code only with 4 to 16 of them.
      if (value.includes(" ") && (digits.length < 4 || digits.length > 16)) continue;
      const index = match.index ?? 0;
      const start = pattern === BEFORE_LABEL ? index : index + match[0].length - raw.length;
      const end = start + value.length;
      if (UNIT.test(text.slice(end, end + 4))) continue;
      // 暗証番号再設定 予約 高須賀 直人 H2.6.17生: a date written with its era's initial.
      if (ERA_DATE.test(value)) continue;
      // 暗証番号ロック解除、受付番号1234 / 番号札は1234です、暗証番号: another number's label is nearer.
      if (cuesBefore(input.cues, start, NEGATIVE_WINDOW).has("negative")) continue;
      // enter the PIN before the card locks / PIN sebelum kartu terkunci: a word of letters right
      // after the label, with nothing that says "is", is the sentence going on, not the secret.
      if (
        pattern === AFTER_LABEL &&
        !/[0-9]/.test(value) &&
        !CONNECTOR.test(match[0].slice(0, match[0].length - raw.length))
      )
        continue;
      if (
        !/[0-9]/.test(value) &&
        value.length < 6 &&
        pattern !== KANA_VALUE &&
        pattern !== KANA_DIGITS &&
        !KANJI_DIGITS.test(value)
      )
        continue;
      out.push({
        type: "secret",
        start,
        end,
        score: 0.9,
        evidence: "cue:secret-label",
        key: digits,
      });
    }
  }
  for (const found of [...out]) {
    const other = OR_ANOTHER.exec(text.slice(found.end, found.end + 16));
    const value = other?.[1] ?? "";
    if (!other || value.length !== found.key.length) continue;
    const start = found.end + other[0].length - value.length;
    out.push({ ...found, start, end: start + value.length, key: value });
  }
  for (const found of text.includes("」") ? [...out] : []) {
    const quoted = QUOTED_ANOTHER.exec(text.slice(found.end, found.end + 40));
    const value = quoted?.[1] ?? "";
    // Letters alone are a password only from six of them (as for the first one).
    if (!quoted || (!/[0-9]/u.test(value) && value.length < 6)) continue;
    const start = found.end + quoted[0].length - 1 - value.length;
    out.push({ ...found, start, end: start + value.length, key: value });
  }
  return out;
}
