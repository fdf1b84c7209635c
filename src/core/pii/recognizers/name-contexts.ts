import { execAll } from "../text-tools";
import { GIVEN_KANJI, isNameShaped, looksLikeGivenName } from "../name-kanji";
import {
  HIRAGANA_STOP_WORDS,
  KATAKANA_STOP_WORDS,
  NAME_STOP_WORDS,
  PLACE_WORDS,
} from "../name-stop-words";
import { GIVEN_NAMES, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { foundNameCandidate } from "./name-candidate";
import { hasNonNameKanji, isOrdinaryWord } from "./name-check";

/**
 * Names told by the shape of the sentence around them rather than by the lists, read after the
 * name recognizers (post-processing on the name view, like `name-completions.ts`):
 * - a name before `っていう娘` / `という息子` (`はる、っていう娘`);
 * - the caller's own surname after `私は` / `私、` and a role (`私は司法書士の栗栖と申します`,
 *   `申請者は私、松代です`);
 * - a spaced full name after a kin word with は or a profession (`母は榎戸 修子です`,
 *   `行政書士 樽見 和也`);
 * - a household listed kin word by kin word: once one item is a found name, the others are too
 *   (`祖父の寛治、祖母のスミ、…`, `長男の春と次男の光`);
 * - the family's surname said again with another given name (`イマムラ ケンジ … イマムラ サチコ`,
 *   `妻の真柴千景と、義母の真柴トヨ`);
 * - a surname explained kanji by kanji and said again (`西園寺、西の園の寺で西園寺`), and the given
 *   name after `下は` (`下は久作です`), and the two said together;
 * - the person at the head of a staff note (`（受付）桑畑美咲 1987年…`), a surname in a message or a
 *   booking (`…伝えてください、三好からで`, `予約は 梶ヶ谷 で`), a spaced full name after a kin word
 *   (`祖母 江端 キヨ`), and the reply to a request for the name (`お名前を…。はい、よしずみ、かなた`).
 */
const HAN = "[\\u3400-\\u9fff\\uf900-\\ufaff々ヶ]";
const KANA_NAME = "(?:[\\u3041-\\u3096]{2,4}|[\\u30a1-\\u30faー]{2,6})";
/** はる、っていう娘 / 陽翔という息子: a name, then what the person is to the caller. */
// お盆にカルロスっていう孫が: a katakana name may follow a particle glued (the script changes).
const CALLED_KIN = new RegExp(
  `(?:(?<=^|[、。 「])(${KANA_NAME}|${HAN}{1,3})|(?<=[\\u3041-\\u3096])([\\u30a1-\\u30faー]{2,6}))、? ?(?:っていう|という|って言う|と言う)(?=娘|息子|子|孫|妻|夫|男の子|女の子|弟|妹|兄|姉)`,
  "g",
);
/** 私は弁護士の栗栖と申します / 飼い主は私、松代です: the caller's surname, perhaps after a role. */
const SELF_SURNAME = new RegExp(
  `(?:私|わたし|わたくし)(?:は|、) ?(?:${HAN}{1,6}(?:士|師|員|者|係|長|医)の)?(${HAN}{2,3})(?=と申し|と言い|といい|です(?:[。、]|$))`,
  "g",
);
/** 会社員, 看護師, 学生: what one is, not who. */
const OCCUPATION_END = /[員者士師生人職業婦]$/;
const KIN = "(?:妻|夫|主人|父|母|祖父|祖母|息子|娘|兄|弟|姉|妹|叔父|叔母|伯父|伯母|義父|義母)";
const PROFESSION = "(?:行政書士|司法書士|弁護士|税理士|社会保険労務士|社労士|後見人|代理人|本人)";
/** 父は榎戸 修子です / 行政書士 樽見 和也(: a surname and a given name spaced apart after a cue. */
const SPACED_AFTER_CUE = new RegExp(
  `(?:${KIN}は|${PROFESSION}[ :]?)(${HAN}{1,3}) (${HAN}{1,3})(?=です|[(、。 ]|$)`,
  "g",
);
/**
 * 世帯主は夫の 柏倉 大和 です / 緊急連絡先:叔母 江端 キヨ 電話…: a spaced full name after a kin word
 * and a space or の (speech recognition and staff notes), the given name in kanji or katakana.
 */
const SPACED_AFTER_KIN = new RegExp(
  `(?<=^|[ 、。:は])${KIN}(?:の ?| |は )(${HAN}{1,3}) (${HAN}{1,3}|[\u30a1-\u30fa]{2,4})(?= ?です|[(、。 \u3000]|$)`,
  "g",
);
/** …902号室に住む竹之内です: a caller introduced by where they live. */
const LIVING_INTRO = new RegExp(
  `(?:に住む|に住んでいる|に住んでる|に住んでおります|在住の) ?(${HAN}{2,4})(?=です|と申し|と言い|といい|でございます)`,
  "g",
);
/** TEL 本人 御子柴 住所 …: the person in a staff note, before the next field. */
const NOTE_PERSON = new RegExp(
  `(?<=^|[ \\u3000])(?:本人|申請者|相談者|来庁者|通報者)[ :](${HAN}{2,4})(?= (?:住所|TEL|電話|携帯|連絡先|〒|生年月日|[0-9]))`,
  "g",
);
/**
 * （受付）桑畑美咲 … / 【職員メモ】砂越大翔、…: the first field of a staff note after its bracketed
 * label is the person the note is about, a surname and a given name written together, when the
 * next field is a value (digits, 〒, an era, or an address or date another recognizer found).
 */
const NOTE_HEAD = new RegExp(
  `^[（(【［\\[](?:受付|窓口|職員メモ|職員|メモ|来庁|電話受付|電話メモ|相談受付)[）)】］\\]] ?(${HAN}{3,5})(?=[ \u3000、,])`,
  "",
);
const NOTE_HEAD_VALUE = /^[ \u3000、,] ?(?:[0-9〒]|令和|平成|昭和|[MTSHR][0-9.])/;

/**
 * …伝えてください、三好からで / 高田 と言えば分かります / 森本 が 対応 した: a listed surname by which
 * the caller or a member of staff is known in a message. 予約は 梶ヶ谷 で入れてあります: the name a
 * booking is under (there any word of name kanji that is no ordinary word).
 */
const MESSAGE_NAME = new RegExp(
  `(?<=^|[、。 「])(${HAN}{2,3}) ?(?:から(?:で|です)?(?=[、。]|$)|から ?(?:電話|連絡|伝言)|(?:と|って) ?言えば|が ?対応)`,
  "g",
);
/** から-forms name a caller only in a message left for someone (not 千葉から連絡します). */
const MESSAGE_LEFT = /伝え|伝言|言っといて|言っておいて/;
const BOOKED_NAME = new RegExp(
  `予約(?:は|も) ?(${HAN}{2,3}) ?で ?(?:入れ|取っ|取り|お願い|し)`,
  "g",
);
const NOT_BOOKED = /[週曜日名月時分年]$|[一二三四五六七八九十]/;

/**
 * 【職員】お名前をお願いします。【市民】いわいあおいです / おなまえ を、ひらがな で。はい、よしずみ、かなた:
 * the reply to a request for the name, said in hiragana (one word, or surname and given name).
 */
const NAME_REPLY = new RegExp(
  `(?:お名前|おなまえ|お名まえ)[^。?]{0,16}[。?] ?(?:【[^】]{1,4}】 ?)?(?:はい[、 ]? ?)?(([\u3041-\u3096]{2,6})(?:[、 ] ?([\u3041-\u3096]{2,5}))?)(?=です|[。 ]|$)`,
  "g",
);
/** Replies that are no name, and the endings of verbs and set phrases. */
const NOT_REPLY_NAME =
  /^(?:そう|はい|ええ|いいえ|あの|えっと|わたし|わたくし|ぼく|おれ|うち|ちょっと|まだ|ない|なし|ひらがな|かたかな|かな|ありがとう|よろしく|おねがい|すみません|ごめんなさい|だいじょうぶ)$|(?:ます|ました|した|ません|ない|ください|です|けど|から|ので|よ|ね|か)$/;

/** 名前が、たしか、ふじえださん: a name label, fillers, then a name in kana with an honorific. */
const LABELLED_KANA_HONORIFIC = new RegExp(
  `(?:名前|名字|苗字)(?:は|が|も)[、 ]?(?:(?:たしか|確か|えーと|えっと|あの|えー)[、 ]?){0,3}([\\u3041-\\u3096]{2,6}|[\\u30a1-\\u30faー]{2,6})(?=さん|様|さま|くん|ちゃん)`,
  "g",
);
/** 叔父は石動、いするぎ、と読みます: a relative's name and how it is read. */
const KIN_READ_AS = new RegExp(
  `(?:${KIN}|名字|苗字|名前)は ?(${HAN}{2,3})[、 ] ?([\\u3041-\\u3096]{2,6})[、 ]? ?(?:って|と)読`,
  "g",
);
/** 祖母のスミ、 / 次男の光と: one item of a household listed kin word by kin word. */
const KIN_ITEM = new RegExp(
  `(?:${KIN}|長男|長女|次男|次女|三男|三女|末っ子|孫)の ?(${HAN}{1,3}|${KANA_NAME})(?=[、と]|の[一二三四五六七八九十]人|の分|$)`,
  "g",
);
/** 西園寺、西の園の寺で西園寺: a name, then its kanji explained one by one, then the name again. */
const EXPLAINED_AGAIN = new RegExp(
  `(?<!${HAN})(${HAN}{2,4})、 ?((?:[^、。で]{1,5}の){1,3}${HAN})で ?\\1(?!${HAN})`,
  "g",
);
const GIVEN_AFTER_SHITA = new RegExp(
  `下(?:の名前)?は ?(${HAN}{1,3})(?=です|で[、。]|[、。]|$)`,
  "",
);

/** Each pattern's fixed words, tested with includes() (much cheaper than any pattern's scan). */
const SPACED_HAN = /[\u4e00-\u9fff] [\u4e00-\u9fff]/;
const KIN_CHAR = /[妻夫主父母息娘兄弟姉妹叔伯]/;
const SPACED_NAME = /[\u4e00-\u9fff] [\u4e00-\u9fff\u30a1-\u30fa]/;
const EXPLAINED_END = /の[\u4e00-\u9fff]で/;
const KIN_NO = /[妻夫人父母子娘兄弟姉妹男女孫]の/;

export function findContextNames(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const names: Candidate[] = [];
  for (const candidate of found) if (candidate.type === "person_name") names.push(candidate);
  if (text.includes("いう") || text.includes("言う")) {
    for (const match of execAll(CALLED_KIN, text)) {
      const word = match[1] ?? match[2] ?? "";
      if (!plausibleName(word)) continue;
      const start = match.index ?? 0;
      out.push(foundNameCandidate(text, start, start + word.length, "cue:called-kin"));
    }
  }
  if (text.includes("私") || text.includes("わたし")) {
    for (const match of execAll(SELF_SURNAME, text)) {
      const word = match[1] ?? "";
      if (NAME_STOP_WORDS.has(word) || hasNonNameKanji(word) || OCCUPATION_END.test(word)) continue;
      const end = (match.index ?? 0) + match[0].length;
      // 私は会社員です: after a plain 私は only a self-introduction's verb marks a name.
      if (
        match[0].includes("は") &&
        !match[0].includes("の") &&
        !/^と/.test(text.slice(end, end + 1))
      )
        continue;
      // 私、大阪です: a place is a name only where a field word asked who (飼い主は私、若松です).
      if (
        PLACE_WORDS.has(word) &&
        !match[0].includes("の") &&
        !/は$/.test(text.slice(Math.max(0, (match.index ?? 0) - 1), match.index ?? 0))
      )
        continue;
      out.push(foundNameCandidate(text, end - word.length, end, "cue:self-surname"));
    }
  }
  const spaced = text.includes(" ");
  if (spaced && SPACED_HAN.test(text)) {
    for (const match of execAll(SPACED_AFTER_CUE, text)) {
      const surname = match[1] ?? "";
      const given = match[2] ?? "";
      if (NAME_STOP_WORDS.has(surname) || hasNonNameKanji(surname)) continue;
      if (!givenShaped(given)) continue;
      const start = (match.index ?? 0) + match[0].length - surname.length - given.length - 1;
      out.push(
        foundNameCandidate(
          text,
          start,
          (match.index ?? 0) + match[0].length,
          "cue:spaced-after-cue",
        ),
      );
    }
  }
  const head = /^[（(【［[]/.test(text) ? NOTE_HEAD.exec(text) : null;
  if (head) out.push(...noteHead(text, head[1] ?? "", head[0].length, found));
  // から is in most texts: the から-forms are tried only in a message left for someone.
  const left = text.includes("から") && MESSAGE_LEFT.test(text);
  if (left || text.includes("言えば") || text.includes("対応")) {
    for (const match of execAll(MESSAGE_NAME, text)) {
      const word = match[1] ?? "";
      if (!SURNAMES.has(word) || isOrdinaryWord(word)) continue;
      if (!left && match[0].includes("から")) continue;
      const start = match.index ?? 0;
      out.push(foundNameCandidate(text, start, start + word.length, "cue:message-name"));
    }
  }
  if (text.includes("予約")) {
    for (const match of execAll(BOOKED_NAME, text)) {
      const word = match[1] ?? "";
      if (isOrdinaryWord(word) || OCCUPATION_END.test(word) || NOT_BOOKED.test(word)) continue;
      const start = (match.index ?? 0) + match[0].indexOf(word);
      out.push(foundNameCandidate(text, start, start + word.length, "cue:booked-name"));
    }
  }
  if (spaced && KIN_CHAR.test(text) && SPACED_NAME.test(text)) {
    for (const match of execAll(SPACED_AFTER_KIN, text)) {
      const surname = match[1] ?? "";
      const given = match[2] ?? "";
      if (isOrdinaryWord(surname) || OCCUPATION_END.test(surname)) continue;
      if (!(/^[\u30a1-\u30fa]/.test(given) ? plausibleName(given) : givenShaped(given))) continue;
      const end = (match.index ?? 0) + match[0].length;
      out.push(
        foundNameCandidate(
          text,
          end - given.length - 1 - surname.length,
          end,
          "cue:spaced-after-kin",
        ),
      );
    }
  }
  if (text.includes("住")) push(out, text, LIVING_INTRO, "cue:living-intro");
  if (spaced && (text.includes("本人") || text.includes("者 ") || text.includes("者:")))
    push(out, text, NOTE_PERSON, "cue:note-person");
  if (text.includes("お名前") || text.includes("おなまえ") || text.includes("お名まえ")) {
    for (const match of execAll(NAME_REPLY, text)) {
      const words = [match[2] ?? "", match[3] ?? ""].filter((word) => word.length > 0);
      if (words.some((word) => NOT_REPLY_NAME.test(word) || !plausibleName(word))) continue;
      const end = (match.index ?? 0) + match[0].length;
      const start = end - (match[1] ?? "").length;
      out.push(foundNameCandidate(text, start, end, "cue:name-reply"));
    }
  }
  if (text.includes("名前") || text.includes("名字") || text.includes("苗字")) {
    for (const match of execAll(LABELLED_KANA_HONORIFIC, text)) {
      const word = match[1] ?? "";
      if (!plausibleName(word)) continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      out.push(foundNameCandidate(text, start, start + word.length, "cue:label-kana-honorific"));
    }
  }
  if (text.includes("読")) {
    for (const match of execAll(KIN_READ_AS, text)) {
      const word = match[1] ?? "";
      const reading = match[2] ?? "";
      if (NAME_STOP_WORDS.has(word) || hasNonNameKanji(word) || HIRAGANA_STOP_WORDS.has(reading))
        continue;
      const start = (match.index ?? 0) + match[0].indexOf(word);
      const at = start + match[0].slice(match[0].indexOf(word)).indexOf(reading, word.length);
      out.push(
        foundNameCandidate(text, start, start + word.length, "cue:kin-read-as"),
        foundNameCandidate(text, at, at + reading.length, "cue:kin-read-as"),
      );
    }
  }
  const no = text.includes("の");
  if (no && names.length > 0 && KIN_NO.test(text)) out.push(...householdItems(text, names));
  if (no && text.includes("、") && EXPLAINED_END.test(text)) out.push(...explainedAgain(text));
  const all = out.length > 0 ? [...names, ...out] : names;
  // Echoes need a name's first letter said again: most texts have none.
  if (all.some((name) => saidAgain(text, name)))
    out.push(...familySurnames(text, all), ...kanaEchoes(text, all));
  return out;
}

/** The person at the head of a staff note, when a value field follows and the run is a name. */
function noteHead(
  text: string,
  word: string,
  end: number,
  found: readonly Candidate[],
): Candidate[] {
  if (NAME_STOP_WORDS.has(word) || hasNonNameKanji(word) || /[員者士師職業婦]$/.test(word))
    return [];
  if (PLACE_WORDS.has(word) || /[市区町村都道府県課係所]$/.test(word)) return [];
  // 詩織, 晴人: the run ends in a given name's kanji (介護認定, 高齢福祉 do not).
  if (![...word.slice(-2)].every((c) => GIVEN_KANJI.has(c))) return [];
  const valueNext =
    NOTE_HEAD_VALUE.test(text.slice(end, end + 4)) ||
    found.some(
      (other) => other.type !== "person_name" && other.start > end && other.start <= end + 2,
    );
  if (!valueNext) return [];
  return [foundNameCandidate(text, end - word.length, end, "cue:note-head")];
}

/** Whether the first letter of `name` occurs elsewhere in the text. */
function saidAgain(text: string, name: Candidate): boolean {
  const first = text[name.start] ?? "";
  return text.indexOf(first) !== name.start || text.indexOf(first, name.start + 1) >= 0;
}

function push(out: Candidate[], text: string, pattern: RegExp, evidence: string): void {
  for (const match of execAll(pattern, text)) {
    const word = match[1] ?? "";
    if (NAME_STOP_WORDS.has(word) || hasNonNameKanji(word) || OCCUPATION_END.test(word)) continue;
    const start = (match.index ?? 0) + match[0].indexOf(word);
    out.push(foundNameCandidate(text, start, start + word.length, evidence));
  }
}

/** A kana or kanji word that may be a name: no listed ordinary word, no paperwork kanji. */
function plausibleName(word: string): boolean {
  if (/^[\u3041-\u3096]+$/.test(word))
    return !HIRAGANA_STOP_WORDS.has(word) && !NAME_STOP_WORDS.has(word);
  if (/^[\u30a1-\u30faー]+$/.test(word))
    return !KATAKANA_STOP_WORDS.has(word) && !NAME_STOP_WORDS.has(word);
  return givenShaped(word) || (isNameShaped(word) && !isOrdinaryWord(word));
}

/** A listed given name, or kanji all used in given names (寛治, 春), and no ordinary word. */
function givenShaped(word: string): boolean {
  if (NAME_STOP_WORDS.has(word) || hasNonNameKanji(word)) return false;
  return (
    GIVEN_NAMES.has(word) ||
    looksLikeGivenName(word) ||
    [...word].every((c) => GIVEN_KANJI.has(c) || c === "々")
  );
}

/** A place or an event named after the word: 駅, 区, 展 … (篠原駅, 千代田区, 坂本龍馬展). */
const PLACE_END = /^[駅区市県府町村郡線橋展店館園寺宮院堂]/;

/**
 * 樋口 夏美です、樋口一葉とは… / 篠原 葵です。篠原駅の…: the caller wrote the family's surname
 * spaced off the given name, so the surname glued to other kanji is someone or something else
 * (a public figure, a station, a ward), unless an honorific or です follows it.
 */
function gluedElsewhere(
  text: string,
  at: number,
  end: number,
  spacedSurnames: ReadonlySet<string>,
): boolean {
  if (PLACE_END.test(text.slice(end, end + 1))) return true;
  const word = text.slice(at, end);
  if (PLACE_END.test(word.slice(-1))) return true;
  for (const surname of spacedSurnames) {
    if (!word.startsWith(surname)) continue;
    return !/^(?:さん|様|さま|くん|ちゃん|です|と申|と言|といい|でございます)/.test(
      text.slice(end, end + 6),
    );
  }
  return false;
}

/** After a surname already found, any short given name but a word, 家, 様 or 宅 (真柴家, 真柴様). */
function familyGiven(word: string): boolean {
  if (/^[\u3041-\u3096\u30a1-\u30faー]+$/.test(word)) return plausibleName(word);
  return !/^[様氏殿君宛宅方御家達]/.test(word) && !isOrdinaryWord(word);
}

const covers = (start: number, end: number) => (name: Candidate) =>
  name.start <= start && end <= name.end;

/** The other items of a household list once one of them is a found name. */
function householdItems(text: string, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const items = [...execAll(KIN_ITEM, text)].map((match) => {
    const word = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - word.length;
    return { word, start, end: start + word.length };
  });
  if (items.length < 2) return out;
  // Items of one list follow each other closely (a kin word every dozen characters at most).
  const found = items.filter((item) => names.some(covers(item.start, item.end)));
  if (found.length === 0) return out;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    if (names.some(covers(item.start, item.end))) continue;
    const near = items.some(
      (other, j) =>
        j !== i &&
        Math.abs(other.start - item.start) <= 16 &&
        names.some(covers(other.start, other.end)),
    );
    if (!near || !plausibleName(item.word)) continue;
    out.push(foundNameCandidate(text, item.start, item.end, "cue:household-list"));
  }
  return out;
}

/** 西園寺、西の園の寺で西園寺 (and 下は久作, 西園寺久作). */
function explainedAgain(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(EXPLAINED_AGAIN, text)) {
    const word = match[1] ?? "";
    const explanation = match[2] ?? "";
    if (![...word].every((c) => explanation.includes(c))) continue;
    if (NAME_STOP_WORDS.has(word) || hasNonNameKanji(word)) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      out.push(foundNameCandidate(text, at, at + word.length, "cue:explained-again"));
    const given = GIVEN_AFTER_SHITA.exec(text.slice(match.index ?? 0));
    const first = given?.[1];
    if (!first || !familyGiven(first)) continue;
    const at = (match.index ?? 0) + (given.index ?? 0) + given[0].length - first.length;
    out.push(foundNameCandidate(text, at, at + first.length, "cue:given-after-shita"));
    const whole = word + first;
    for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1))
      out.push(foundNameCandidate(text, at, at + whole.length, "echo:surname-and-given"));
  }
  return out;
}

/** イマムラ ケンジ / 真柴トヨ: the surname part of a full name found, by its space or script. */
const FULL_NAME =
  /^(?:([\u3400-\u9fff\uf900-\ufaff々ヶ]{1,3}|[\u30a1-\u30faー]{2,6}) (?:[\u3400-\u9fff\uf900-\ufaff々]{1,3}|[\u30a1-\u30faー]{2,6}|[\u3041-\u3096]{2,4})|([\u3400-\u9fff\uf900-\ufaff々ヶ]{1,3})(?:[\u30a1-\u30faー]{2,5}|[\u3041-\u3096]{2,4}))$/;

const ALONE_AFTER = /^(?:です|と申し|と言い|といい|でございます)/;

/** The family's surname said again with another given name: that is a full name too. */
function familySurnames(text: string, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const surnames = new Set<string>();
  const spacedSurnames = new Set<string>();
  for (const name of names) {
    if (name.end - name.start < 3) continue;
    const match = FULL_NAME.exec(text.slice(name.start, name.end));
    const surname = match?.[1] ?? match?.[2];
    if (surname && !NAME_STOP_WORDS.has(surname)) surnames.add(surname);
    if (match?.[1]) spacedSurnames.add(match[1]);
  }
  for (const surname of surnames) {
    // Said once: nothing to echo.
    if (text.indexOf(surname) === text.lastIndexOf(surname)) continue;
    const katakana = /^[\u30a1-\u30faー]+$/.test(surname);
    const given = katakana
      ? /^ ([\u30a1-\u30faー]{2,6})(?![\u30a1-\u30faー])/
      : /^ ?([\u3400-\u9fff\uf900-\ufaff々]{1,3}|[\u30a1-\u30faー]{2,5})(?=[、。 とのはがも]|です|さん|$)/;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const before = text[at - 1] ?? "";
      if (
        katakana
          ? /[\u30a1-\u30faー]/.test(before)
          : /[\u3400-\u9fff\uf900-\ufaff々ヶ]/.test(before)
      )
        continue;
      const end = at + surname.length;
      // 保育士をしていた森です、はい、森まどかです: the surname alone introducing the caller.
      if (!names.some(covers(at, end)) && ALONE_AFTER.test(text.slice(end, end + 6))) {
        out.push(foundNameCandidate(text, at, end, "echo:family-surname"));
        continue;
      }
      const match = given.exec(text.slice(end, end + 8));
      const word = match?.[1] ?? "";
      if (!match) continue;
      // 戸部 不在時: spaced off the surname, only a word written like a given name.
      const fits = katakana
        ? !KATAKANA_STOP_WORDS.has(word)
        : match[0].startsWith(" ")
          ? givenShaped(word)
          : familyGiven(word) && !gluedElsewhere(text, at, end + match[0].length, spacedSurnames);
      if (!fits) continue;
      // 森林: after a one-kanji surname a one-kanji given name is too likely a word.
      if (surname.length === 1 && word.length === 1) continue;
      const whole = end + match[0].length;
      if (names.some(covers(at, whole))) continue;
      out.push(foundNameCandidate(text, at, whole, "echo:family-surname"));
    }
  }
  return out;
}

/** しおりと言いますが、しおりが…: a hiragana name found once, said again before a particle. */
const KANA_ECHO_AFTER = /^(?:[がはのもをにと、。]|です|ちゃん|くん)/;

function kanaEchoes(text: string, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const words = new Set<string>();
  for (const name of names) {
    const value = text.slice(name.start, name.end);
    if (value.length >= 3 && /^[\u3041-\u3096]+$/.test(value)) words.add(value);
  }
  for (const word of words) {
    if (text.indexOf(word) === text.lastIndexOf(word)) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (names.some(covers(at, end))) continue;
      if (/[\u3041-\u3096]/.test(text[at - 1] ?? "")) continue;
      if (!KANA_ECHO_AFTER.test(text.slice(end, end + 3))) continue;
      out.push(foundNameCandidate(text, at, end, "echo:kana-name"));
    }
  }
  return out;
}
