import { execAll } from "../text-tools";
import type { Candidate, RecognizerInput } from "../types";
import { NO_EXTRA_SURNAMES } from "./name-candidate";
import { checkName } from "./name-check";

/**
 * Self-introductions and phone numbers in Korean and Chinese, as foreign residents write or say
 * them to the desk: 이름은 최 민준 입니다 / 저는 박 서연 입니다 / 我叫 李 晓燕 / 我的名字是 陳 怡君, and a
 * phone number read in Sino-Korean digits (공팔공 칠이육일 삼오팔구).
 */
export function recognizeForeignIntros(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  // Hangul syllables (a plain range: a Unicode-property test over every text costs more).
  if (/[\uac00-\ud7a3]/.test(text)) {
    for (const match of execAll(KOREAN_INTRO, text)) {
      const name = match[1] ?? "";
      // The family name is one syllable of the common ones: 외국인 입니다 (a foreigner) is no name.
      if (!KOREAN_SURNAMES.has(name[0] ?? "")) continue;
      // 저는 유학생 입니다 (a student): after 저는 only a name spaced as family and given name,
      // or three syllables glued to the copula that end in no word for a status (저는 박서준입니다).
      // 아내는 이수진입니다: a relative named like the caller (아내는 회사원입니다 is no name).
      const loose = !/^(?:이름|성함|제 이름)/u.test(match[0]);
      if (loose && name[1] !== " " && !gluedKoreanName(match[0], name)) continue;
      out.push(
        candidate(text, (match.index ?? 0) + match[0].indexOf(name), name, "cue:hangul-intro"),
      );
    }
    for (const regex of [
      KOREAN_HONOURED,
      KOREAN_CALLED,
      KOREAN_FIELD,
      KOREAN_KIN,
      KOREAN_NAME_TOLD,
    ]) {
      for (const match of execAll(regex, text)) {
        const name = match[1] ?? "";
        if (!koreanFullName(name, match[0])) continue;
        out.push(
          candidate(text, (match.index ?? 0) + match[0].indexOf(name), name, "cue:hangul-name"),
        );
      }
    }
    for (const match of execAll(KOREAN_DIGIT_RUN, text))
      out.push(...koreanPhone(text, match), ...koreanMyNumber(text, match));
  }
  if (
    /我叫|[，,]叫|我是|名字|我姓|我(?:的)?(?:丈夫|妻子|太太|先生|老公|老婆|儿子|兒子|女儿|女兒|孩子|母亲|母親|父亲|父親|妈妈|媽媽|爸爸)|同[学學事]|朋友|室友|(?:孩子|子女|儿子|兒子|女儿|女兒|丈夫|妻子|配偶|家长|家長|监护人|監護人)\s?:/u.test(
      text,
    )
  ) {
    for (const regex of [CHINESE_INTRO, CHINESE_KIN_SPACED, CHINESE_COMPANION, CHINESE_KIN_FIELD]) {
      for (const match of execAll(regex, text)) {
        const name = match[1] ?? match[2] ?? "";
        out.push(
          candidate(text, (match.index ?? 0) + match[0].indexOf(name), name, "cue:chinese-intro"),
        );
      }
    }
  }
  if (ENGLISH_INTRO_WORD.test(text)) {
    for (const match of execAll(ENGLISH_INTRO_HAN, text)) {
      const name = match[1] ?? "";
      if (!checkName(name, "intro", NO_EXTRA_SURNAMES)) continue;
      out.push(
        candidate(text, (match.index ?? 0) + match[0].indexOf(name), name, "cue:english-intro"),
      );
    }
  }
  return out;
}

/** The words {@link ENGLISH_INTRO_HAN} starts with: a cheap test before it runs. */
const ENGLISH_INTRO_WORD = /I am |I'm |[Nn]ame is /u;
/**
 * Hello, I am 林 志明 / My name is 佐伯 Johnson: a name written in its own characters after an English
 * self-introduction (the Latin patterns read only capitalised words); checked against the lists.
 */
const ENGLISH_INTRO_HAN =
  /(?<![A-Za-z])(?:I am|I'm|[Nn]ame is) (\p{Script=Han}{1,3}(?: \p{Script=Han}{1,3})?)(?![\p{Script=Han}々])/gu;

/** 이름은 최 민준 입니다 / 저는 박서연이에요: the name before the copula (spaced or glued). */
// 안녕하세요, 한서윤입니다: a greeting opening the message may stand where 저는 would.
const KOREAN_INTRO =
  /(?:이름은|이름이|성함은|저는|제 이름은|안녕하세요[,.!]?|안녕하십니까[,.!]?|여보세요[,.!]?|(?:제 )?(?:아내는|남편은|아들은|딸은|어머니는|아버지는|엄마는|아빠는))\s?(\p{Script=Hangul}(?: ?\p{Script=Hangul}){1,3}?)\s?(?:입니다|이에요|예요|이고|이라고|라고|인데요)/gu;
/** 이름: 김민서 / 성명: 박 서연: a Korean form's name field, the name alone up to the line's end. */
const KOREAN_FIELD =
  /(?:이름|성명|성함) ?: ?(\p{Script=Hangul}(?: ?\p{Script=Hangul}){1,3}?)(?=\s|$)/gu;
/**
 * 김민준 씨의 서류 / 이 지은 님께: a full name before the honorific 씨 or 님, as a sentence of any
 * language writes it.
 */
const KOREAN_HONOURED =
  /(?<!\p{Script=Hangul})(\p{Script=Hangul}(?: ?\p{Script=Hangul}){1,3}?) ?(?:씨|님)(?=(?:의|가|는|께서|께|도|와|과|를|에게|한테|하고|이|은|을|예요|입니다|이에요|이고|인데요?)?(?!\p{Script=Hangul}))/gu;
/** 박서연이라고 합니다: a name opening the sentence before "I am called". */
const KOREAN_CALLED =
  /(?<=^|[.!?。！？] ?)(\p{Script=Hangul}(?: ?\p{Script=Hangul}){1,3}?)(?:이라고|라고) ?(?:합니다|해요|하는데요|불러)/gu;
/**
 * 남편 박서준의 여권번호: a relative named after the kin word, the name's possessive 의 right after
 * it (남편 이번에는 holds no name: only a particle closes the name). 아내 이수진이 출산 예정: the
 * subject or topic particle closes it too (이/가/은/는), then a space; a name ending like a status,
 * a place or a paper (유치원이, 신청서가), or in a particle itself (이번에는), is none.
 */
const KOREAN_KIN =
  /(?<!\p{Script=Hangul})(?:남편|아내|부인|아들|딸|아기|어머니|아버지|엄마|아빠|남동생|여동생|동생|형|누나|언니|오빠|할머니|할아버지) (\p{Script=Hangul}{3})(?=의(?!\p{Script=Hangul})|(?<![생님인원자민서증표권실과에도로만께])(?:이|가|은|는)[ ,.])/gu;
/**
 * 아기 이름은 박하은, 생일은 …: a name told after 이름은 and closed by a comma or a full stop (이름은
 * 어떻게 써요 goes on with a space).
 */
const KOREAN_NAME_TOLD =
  /(?:이름|성함)(?:은|이) (\p{Script=Hangul}(?: ?\p{Script=Hangul}){1,3}?)(?=[,.]|$)/gu;
/** Words for a title or a status that take 님 (조합장님, 관리자님, 간호사님), not a name. */
const KOREAN_TITLE_END = /[장사자생원인관]$/u;

/**
 * A family name of the common ones and a given name: three syllables glued, or a given name spaced
 * off the family name; two glued syllables are a word too often (마음씨, 고객님, 선생님), four a
 * compound (전입신고라고 합니다).
 */
function koreanFullName(name: string, said: string): boolean {
  if (!KOREAN_SURNAMES.has(name[0] ?? "")) return false;
  const flat = name.replace(/ /gu, "");
  if (said.includes("님") && KOREAN_TITLE_END.test(flat)) return false;
  return name[1] === " " ? /^. \S{1,3}$/u.test(name) : name === flat && flat.length === 3;
}

/** The most common Korean family names (one syllable each). */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set([
  ..."김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용",
]);
/** Common Chinese family names, simplified and traditional (高, 白, 田 left out: 高中生, 白领). */
const CHINESE_SURNAME =
  "[王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭董潘袁蔡蒋蔣余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范廖贾賈夏韦韋邹鄒孟熊秦邱尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃戴莫孔汤湯]";
/**
 * 我叫 李 晓燕 / 我的名字是 陳 怡君: a Chinese name after "I am called" or "my name is". 我是陈静，: after
 * "I am" a glued name of two or three characters starting with a family name, then a pause (我是学生
 * and 我是陈老师 are no names). 我是…留学生，叫陈浩。: "called" opening the clause after a comma, the
 * same glued name after it (叫王医生 is no name).
 */
const CHINESE_INTRO = new RegExp(
  `(?:我叫|(?<=[，,])叫(?=${CHINESE_SURNAME}\\p{Script=Han}{1,2}(?<![生人的者员員师師])[，,。、!！?？\\s])|我是(?=\\p{Script=Han}{1,2} \\p{Script=Han}|${CHINESE_SURNAME}\\p{Script=Han}{1,2}(?<![生人的者员員师師])[，,。、!！?？\\s])|我的名字是|我的名字叫|名字是|名字叫|我的?(?:丈夫|妻子|太太|先生|老公|老婆|儿子|兒子|女儿|女兒|母亲|母親|父亲|父親|妈妈|媽媽|爸爸)(?:是|叫|(?= )))\\s?(?!什么|什麼|甚麼|啥)(\\p{Script=Han}{1,2} ?\\p{Script=Han}{1,2})(?=[\\s，。,、!?！？]|$)`,
  "gu",
);

/** Words a sentence goes on with right after a name (去年, 下个月, 来, 在, 要 …). */
const CHINESE_NAME_FOLLOWER =
  "(?:去年|今年|明年|明天|今天|昨天|下个|上个|下周|上周|下月|上月|[来去在要想是有也和的说生已就都从到住需给让被把因现刚还会能可不没很])";
/**
 * 我母亲陈 秀兰下个月来日本 / 我太太李 娜去年生了孩子 / 我的孩子刘子涵下个月…: a kin word glued to a name spaced as family
 * and given name; the space marks the name, and its given name (one or two characters) stops
 * before a word the sentence goes on with.
 */
// 我丈夫刘建华也在这里工作: glued, the name ends at a word the sentence goes on with or a pause.
const CHINESE_KIN_SPACED = new RegExp(
  `我的?(?:丈夫|妻子|太太|先生|老公|老婆|儿子|兒子|女儿|女兒|孩子|母亲|母親|父亲|父親|妈妈|媽媽|爸爸)(?:(${CHINESE_SURNAME} \\p{Script=Han}(?:(?!${CHINESE_NAME_FOLLOWER})\\p{Script=Han})?)|(?!周末|马上|馬上|许多|許多|何时|何時)(${CHINESE_SURNAME}\\p{Script=Han}(?:(?!${CHINESE_NAME_FOLLOWER})\\p{Script=Han})?)(?=${CHINESE_NAME_FOLLOWER}|[，,。、!?！？\\s]|$))`,
  "gu",
);

/**
 * 和同学刘子涵一起 / 跟朋友陈 静: a classmate, a friend, a colleague or a room-mate named right after
 * the word, the name starting with a family name and stopping before 一起 or a word the sentence
 * goes on with (王经理, 李老师: a family name and a title name no one here).
 */
const CHINESE_COMPANION = new RegExp(
  `(?:同学|同學|朋友|同事|室友)(${CHINESE_SURNAME} ?\\p{Script=Han}(?:(?!一起|${CHINESE_NAME_FOLLOWER})\\p{Script=Han})?)(?<![理师師生士姐长長任])(?=一起|[，,。、!?！？\\s]|${CHINESE_NAME_FOLLOWER}|$)`,
  "gu",
);

/**
 * 孩子:张子涵 / 配偶: 李 娜 / 家长：王建国: a Chinese form's child, spouse or parent (guardian) field, its value a name starting with a
 * family name and ending the line or the clause (孩子:小学二年级 is no name).
 */
const CHINESE_KIN_FIELD = new RegExp(
  `(?<!\\p{Script=Han})(?:孩子|子女|儿子|兒子|女儿|女兒|丈夫|妻子|配偶|家长|家長|监护人|監護人)\\s?:\\s?(?!周末|马上|馬上|许多|許多|何时|何時)(${CHINESE_SURNAME} ?\\p{Script=Han}{1,2})(?=[\\s，。,、!?！？]|$)`,
  "gu",
);

/** Glued forms after 저는 that end like a status or a job (학생, 선생님, 한국인, 회사원, 노동자). */
const KOREAN_STATUS_END = /[생님인원자민]$/u;

function gluedKoreanName(said: string, name: string): boolean {
  return (
    name.length === 3 &&
    !KOREAN_STATUS_END.test(name) &&
    /입니다|이에요|예요|이고/u.test(said) &&
    !said.includes(`${name} `)
  );
}

const KOREAN_DIGIT: Readonly<Record<string, string>> = {
  공: "0",
  영: "0",
  일: "1",
  이: "2",
  삼: "3",
  사: "4",
  오: "5",
  육: "6",
  칠: "7",
  팔: "8",
  구: "9",
};
/** 공팔공 칠이육일 삼오팔구: a phone number read in Sino-Korean digits, in two or three groups. */
const KOREAN_DIGIT_RUN =
  /(?<!\p{Script=Hangul})[공영일이삼사오육칠팔구]{2,4}(?:[ -]?[공영일이삼사오육칠팔구]{3,4}){1,2}(?!\p{Script=Hangul})/gu;
/** 전화번호, 연락처, 휴대폰: a phone word said before the number. */
const KOREAN_PHONE_CUE = /전화|연락처|휴대폰|핸드폰/u;

function koreanPhone(text: string, match: RegExpMatchArray): Candidate[] {
  const start = match.index ?? 0;
  const digits = [...match[0]].map((c) => KOREAN_DIGIT[c] ?? "").join("");
  if (!/^0[0-9]{9,10}$/u.test(digits)) return [];
  if (!KOREAN_PHONE_CUE.test(text.slice(Math.max(0, start - 20), start))) return [];
  const end = start + match[0].length;
  return [{ type: "phone", start, end, score: 0.8, evidence: "cue:korean-digits", key: digits }];
}

/** 개인번호, 마이넘버: the My Number said in Korean before the number. */
const KOREAN_MY_NUMBER_CUE = /개인번호|마이넘버|마이 넘버/u;

/** 개인번호는 공팔육이 사팔사공 공구칠공: a My Number read in Sino-Korean digits (12 of them). */
function koreanMyNumber(text: string, match: RegExpMatchArray): Candidate[] {
  const start = match.index ?? 0;
  const digits = [...match[0]].map((c) => KOREAN_DIGIT[c] ?? "").join("");
  if (!/^[0-9]{12}$/u.test(digits)) return [];
  if (!KOREAN_MY_NUMBER_CUE.test(text.slice(Math.max(0, start - 20), start))) return [];
  const end = start + match[0].length;
  return [
    { type: "my_number", start, end, score: 0.8, evidence: "cue:korean-digits", key: digits },
  ];
}

function candidate(text: string, start: number, name: string, evidence: string): Candidate {
  return {
    type: "person_name",
    start,
    end: start + name.length,
    score: 0.8,
    evidence,
    key: name.replace(/ /gu, ""),
  };
}
