import { execAll } from "../text-tools";
import { GIVEN_KANJI, isNameShaped, looksLikeGivenName } from "../name-kanji";
import { HIRAGANA_STOP_WORDS, KATAKANA_STOP_WORDS, NAME_STOP_WORDS } from "../name-stop-words";
import { GIVEN_NAMES, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { foundNameCandidate } from "./name-candidate";
import { hasNonNameKanji, isOrdinaryWord } from "./name-check";

/**
 * Names told by a signal a clerk reads whatever the words around it (post-processing on the name
 * view, after `name-contexts.ts`); each signal is written for a class of sentences:
 * - a full name written with a space between surname and given name, in kanji (also Chinese and
 *   Korean names in kanji) or with a kana given name, before です/と申します/さん, a comma, が/の, or
 *   after a name field (`林 宇軒です`, `蔦谷 里緒、来月…`, `伊達 真琴が参加します`, `氏名:鳳 ひかり`);
 * - a foreign name in katakana whose parts are joined by ・ or ＝ (`ハサン・ユルドゥズ、トルコから`,
 *   `ジャン＝リュック・モローさん`), and each part said alone elsewhere (`ウェンディです`);
 * - a name in Latin letters that is the subject of an English sentence (`Anna-Lena Hoffmann here`,
 *   `… is my brother`, `Mohammed Al-Farsi's passport`), the topic of a Japanese or Korean one
 *   (`Chen Xiaoyu です`, `Kim Soo-ah 입니다`, `Svetlana Ivanova、ロシアです`), the head of a form
 *   (`ORTIZ Maria Fernanda / DOB …`) or after a name or holder field (`holder KOIZUMI HARUKA`,
 *   `My name Tran Van Duc`, `c/o Sato`);
 * - the child or spouse a parent introduces themselves by (`ダニエルの父です`, `妻はマリアナです`,
 *   `息子は汐里で`) and the name someone asks to be called (`ルーカスと呼んでください`);
 * - a surname said to open a call and then read or explained (`祖父江です、そふえ`,
 *   `浅葱です、色の名前と同じ字です`), a hiragana surname opening a call (`もしもし、やまぶきですけど`,
 *   `――さいおんじです`), and the reading said right after a found name (`六車 勇気です、むぐるまゆうき`).
 */
const HAN = "[\\u3400-\\u9fff\\uf900-\\ufaff々ヶ]";
const HIRA = "[\\u3041-\\u3096]";
const KATA = "[\\u30a1-\\u30faー]";

/** 林 宇軒です / 氏名:鳳 ひかり / 氏名桐生 尚之、: surname, one space, given name, then a cue. */
const SPACED_FULL = new RegExp(
  `(?<!${HAN}|[\\u30a1-\\u30fa])((?:氏名|お名前|名前)[:：]?)?(${HAN}{1,3})[ \\u3000](${HAN}{1,3}(?!${HAN})|${HIRA}{2,4}?(?=です|さん|様|と申|[、。 ,]|$)|${KATA}{2,6}(?!${KATA}))`,
  "g",
);
const STRONG_AFTER = /^(?:と申|と言い|といい|でございます|です(?!か)|さん|様|さま|氏|くん|ちゃん)/;
const WEAK_AFTER =
  /^(?:[、,。]|が(?!ん)|の(?![0-9])| (?:[0-9〒(（]|TEL|電話|携帯|生年月日|住所)|$)/;
/** A place, an office or a unit: 霧笛区 2階, 本庁舎 3F, 市民課 山田 (the person is after it). */
const NOT_SURNAME_END =
  /[区市町村県都府道郡課係室局部署所館駅線号階番丁目店社校園院堂口内外済先円員士師者長官役]$/;
/** The given part is grammar (します, いうねん, のまま), a question word or an honorific. */
const NOT_GIVEN_HIRA =
  /^(?:です|ます|でし|から|まで|より|など|だけ|ので|のに|けど|こと|もの|ため|とき|ところ|さん|さま|くん|ちゃん|たち|いう|いっ|って|の|いくら|どこ|なに|なん|いつ|だれ)|(?:ます|です|した|する|して|ない|ねん|もん|のに|けど|よね|かな)$/;
const KIN_BEFORE =
  /(?:子ども|子供|息子|娘|妻|夫|父|母|祖父|祖母|兄|姉|弟|妹|孫|主人)(?:の|は|が) ?$/;
/** ハナワ キヨシ。: a katakana surname and given name spaced apart (no long vowel mark in either). */
const SPACED_KATAKANA =
  /(?<![\u30a1-\u30faー])([\u30a1-\u30fa]{2,5}) ([\u30a1-\u30fa]{2,5})(?![\u30a1-\u30faー])/g;
/**
 * 박 지연 입니다 / 김 민수 씨: a common one-syllable Korean surname, a space and a two-syllable given
 * name before a copula or an honorific (Korean spaces its words: 장기 입원이에요 is no name).
 */
const HANGUL_NAME =
  /(?<![\uac00-\ud7a3])([김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허남심노하곽성차주우구민유나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹탁국은편용예경봉]) ([\uac00-\ud7a3]{2}) ?(?=입니다|이에요|예요|씨|님)/g;
/** 宛, 様, 殿: what follows a name on an envelope, not a given name. */
const NOT_GIVEN_HAN = /^[宛様殿方宅御行分]/;
/** 件名:国保 加入 / 用件: a field that holds no name (a name's field may: 氏名:, 代理人:). */
const OTHER_FIELD_BEFORE = /(?<!氏名|名前|名|者|人|先|主|担当|受付|宛)[:：] ?$/;

/** ハサン・ユルドゥズ / アブドゥル＝ラフマン・ハキミ: katakana words joined by ・ or ＝. */
const DOTTED_KATAKANA = new RegExp(
  `(?<![\\u30a1-\\u30faー・＝=])(${KATA}{1,10}(?:[・＝=]${KATA}{1,12}){1,3})(?![\\u30a1-\\u30faー・＝=])`,
  "g",
);
const DOTTED_AFTER =
  /^(?:です|と申|と言い|といい|でございます|さん|様|さま|氏|から|より|[、。,.!！]|\s|$)/;
const DOTTED_BEFORE = /(?:^|[、。「『:：!！?？ \n]|は|わたし|私)$/;

/** A Latin name: capitalised words (O'Brien, Al-Farsi, Soo-ah) or words in capitals (KOIZUMI). */
const CAP = "[A-Z][a-z]*(?:['-][A-Za-z][a-z]+)+|[A-Z][a-z]+";
const CAPS = "[A-Z]{2,}(?:['-][A-Z]+)*";
const LATIN_FULL = new RegExp(
  `(?<![A-Za-z'.-])((?:${CAP}|${CAPS})(?: (?:${CAP}|${CAPS})){1,3})(?![A-Za-z-]|'(?!s\\b))`,
  "g",
);
/** Nour El-Din Haddad asked / … is my brother / Anna-Lena Hoffmann here / Mohammed Al-Farsi's. */
const ENGLISH_SUBJECT_AFTER =
  /^(?:'s\b| here\b| (?:is|was) (?:my|our|his|her|the name|a friend|not)\b| (?:wants|wanted|asked|called|came|will|would|needs|lives|lived|has|had|says|said|is calling|can't|cannot|does|did)\b)/;
/** Chen Xiaoyu です / Kim Soo-ah 입니다 / Svetlana Ivanova、ロシア / ORTIZ Maria Fernanda / DOB. */
const JAPANESE_TOPIC_AFTER =
  /^ ?(?:です|でございます|と申|と言い|といい|입니다|이에요|예요|씨|、|,? ?\/ ?(?:DOB|TEL|Tel|生年月日|電話))/;
const LATIN_LABEL_BEFORE =
  /(?:[Mm]y name|[Nn]ame|NAME|[Hh]older|c\/o|C\/O|名前は(?:ローマ字で)?|氏名|名義(?:人)?(?:は)?)\s?(?:is\s|:\s?)?$/;
/** Words that are capitalised but name a place, a building, a body or a field. */
const NOT_NAME_WORD =
  /^(?:Room|Flat|Apt|Apartment|Unit|Court|Heights|House|Mansion|Tower|Plaza|Residence|Building|Station|Park|Street|Road|Avenue|Bank|Shinkin|Post|Office|City|Ward|Hall|Center|Centre|Clinic|Hospital|School|Library|Acc|No|Phone|Tel|TEL|Address|Postal|Code|Email|Mail|DOB|Name|Dear|Hello|Hi|Thanks|Thank|Please|Could|Would|My|The|This|That|Our|Your|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Japan|Japanese|English|Card|Number|Residence|Passport|Bank|Visa|Insurance|Pension|Tax|OK|Yes|No|Sorry|Hey|And|But|So|I|He|She|We|They|It|Also|Then|Here|There)$/;
const PLACE_SUFFIX = /-(?:ku|shi|cho|machi|mura|gun|ken|dori|gaoka|dai)$/i;
const VOWEL = /[AEIOUYaeiouy]/;

/** ダニエルの父です / トーマスの母です: the child a parent introduces themselves by. */
const PARENT_OF = new RegExp(
  `(?<=^|[、。 「])(${KATA}{2,8}|${HAN}{1,3})の(?:父|母|父親|母親|親|保護者|祖父|祖母|夫|妻)(?=です|でございます|と申|ですが|なんですが|で[、。 ]|、)`,
  "g",
);
/** 妻はマリアナです / 息子は汐里で: a spouse or child named after the kin word and は/が. */
const KIN_TOPIC = new RegExp(
  `(?:妻|夫|主人|息子|娘|長男|長女|次男|次女|子ども|子供|孫)(?:は|が) ?(${KATA}{2,8}|${HAN}{1,3})(?=です|でございます|で[、。 ]|、|と申|といい|って(?:いい|言い))`,
  "g",
);
/** パート, ブラジル: what a spouse is or where from, not who. */
const NOT_KIN_NAME =
  /^(?:パート|アルバイト|バイト|フリーター|フリーランス|フリー|サラリーマン|ナース|ヘルパー|シングル|ママ|パパ|ベトナム|フィリピン|ブラジル|ペルー|ネパール|インドネシア|タイ|アメリカ|イギリス|フランス|ドイツ|カナダ|ロシア|インド|スペイン|イタリア|ミャンマー|モンゴル|スリランカ|バングラデシュ|パキスタン|トルコ|エジプト|オーストラリア|ウクライナ|ポーランド|メキシコ|コロンビア|ボリビア|チリ|アルゼンチン)$/;
/** ルーカスと呼んでください / ケンって呼ばれています: the name someone goes by. */
const CALLED_AS = new RegExp(
  `(?<=^|[、。 「])(${KATA}{2,8}|${HIRA}{2,5}|${HAN}{1,3})(?:と|って) ?呼(?:んで|ばれ|ん)`,
  "g",
);
/**
 * 祖父江です、そふえ。 / 浅葱です、色の名前と同じ字です: a word opening the call (or a sentence), then
 * read or explained. Read around each です: the words before it, then what follows.
 */
const OPENING_SURNAME_BEFORE = new RegExp(
  `(?:^|もしもし[、 ]?|はい[、 ]?|――|—|--|。 ?)(${HAN}{2,4})$`,
);
const OPENING_SURNAME_AFTER = new RegExp(
  `^です(?:、 ?(${HIRA}{2,8}?)(?=です|[。、]|$)|[、。 ] ?(?=[^。]{0,14}(?:字です|字で|漢字|と書き|と読み|って読み|って書き)))`,
);
/** もしもし、やまぶきですけど / ――さいおんじです。: a hiragana surname opening the call. */
const OPENING_HIRAGANA_BEFORE = new RegExp(
  `(?:^|もしもし[、 ]?|――|—|--)(?:はい[、 ]?)?(${HIRA}{3,6})$`,
);
const OPENING_HIRAGANA_AFTER = /^です(?:けど|が|[、。]|$)/;
const NOT_HIRAGANA_NAME =
  /^(?:そう|どう|こう|ああ)|^(?:くん|ちゃん|さん|さま|だいじょうぶ|けっこう|おねがい|ありがとう|すみません|わたし|わたくし|ぼく|おれ|うち|ほんとう|いっしょ|よろしく|たいへん|ふあん|しんぱい|ひま|いや|だめ|まだ|きれい|げんき|へいき|これ|それ|あれ|どちら|こちら|そちら|あちら|だれ|なに|なん|いま|きょう|あした|きのう|おかげ|たぶん|ちょっと|すこし|もうすこし|はじめて|あの|あのー|えーと|えっと|その|まあ|ええ|はい|いいえ)$|(?:しい|たい|ない|かった|ます|でした|ません|ので|から|けど|だけ|ところ|こと|もの|ため|よう|みたい|そう|なん|なの|にん|さい|ふたり|ひとり)$/;
/** 六車 勇気です、むぐるまゆうき: the reading said right after a found name. */
const READING_AFTER = new RegExp(`^(?:です|と申します)、 ?(${HIRA}{3,12}?)(?=です|[。、]|$)`);

/** Each pattern's fixed words or shapes, tested first (much cheaper than the pattern's scan). */
const SPACED_GUARD =
  /[\u3400-\u9fff][ \u3000][\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff]|[\u30a1-\u30fa] [\u30a1-\u30fa]/;
const LATIN_GUARD = /[A-Za-z] [A-Z]|[cC]\/[oO]/;
const PARENT_GUARD = /の(?:父|母|親|保護者|祖|夫|妻)/;
const KIN_GUARD = /(?:[妻夫娘孫男女供]|主人|息子|子ども)[はが]/;
const DOTTED_GUARD = /[\u30a1-\u30faー][・＝=][\u30a1-\u30fa]/;
const EXPLAINED_GUARD = /[字書読]/;
const OPENING_GUARD = /^[\u3041-\u3096]|もしもし|[―—]|--/;

export function findSignalNames(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const names = found.filter((candidate) => candidate.type === "person_name");
  const taken = (start: number, end: number) =>
    names.some(
      (name) =>
        (name.start <= start && end <= name.end) || (name.start < start && start < name.end),
    );
  if (SPACED_GUARD.test(text)) spacedFullNames(text, out, taken);
  if (DOTTED_GUARD.test(text)) {
    for (const match of execAll(DOTTED_KATAKANA, text)) {
      const start = match.index ?? 0;
      const word = match[1] ?? "";
      const end = start + word.length;
      if (!DOTTED_AFTER.test(text.slice(end, end + 4))) continue;
      if (!DOTTED_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
      const parts = word.split(/[・＝=]/);
      if (parts.some((part) => KATAKANA_STOP_WORDS.has(part) || NOT_KIN_NAME.test(part))) continue;
      // ラ・メール / ド・ゴール: a building or a single word needs two parts of two letters or
      // more; イ・ジュンホです: one short part will do before です or an honorific.
      const long = parts.filter((part) => part.length >= 2).length;
      if (long < 2 && !(long === 1 && /^(?:です|と申|さん|様)/.test(text.slice(end, end + 2))))
        continue;
      out.push(foundNameCandidate(text, start, end, "shape:dotted-katakana"));
    }
  }
  if (LATIN_GUARD.test(text)) latinNames(text, out);
  if (/[\uac00-\ud7a3] [\uac00-\ud7a3]/.test(text)) {
    for (const match of execAll(HANGUL_NAME, text)) {
      const start = match.index ?? 0;
      const end = start + (match[1] ?? "").length + 1 + (match[2] ?? "").length;
      if (!taken(start, end)) out.push(foundNameCandidate(text, start, end, "cue:korean-copula"));
    }
  }
  if (PARENT_GUARD.test(text)) {
    for (const match of execAll(PARENT_OF, text)) pushKinName(text, match, out);
  }
  if (KIN_GUARD.test(text)) {
    for (const match of execAll(KIN_TOPIC, text)) pushKinName(text, match, out);
  }
  if (text.includes("呼")) {
    for (const match of execAll(CALLED_AS, text)) {
      const word = match[1] ?? "";
      if (!plausibleWord(word)) continue;
      const start = match.index ?? 0;
      out.push(foundNameCandidate(text, start, start + word.length, "cue:called-as"));
    }
  }
  const desuComma = text.includes("です、");
  const explained = desuComma || EXPLAINED_GUARD.test(text);
  const opening = OPENING_GUARD.test(text);
  for (
    let at = explained || opening ? text.indexOf("です") : -1;
    at > 0;
    at = text.indexOf("です", at + 2)
  ) {
    openingNameAt(text, at, explained, opening, out);
  }
  const readings = desuComma || text.includes("します、");
  for (const name of readings ? [...names, ...out] : []) {
    const reading = READING_AFTER.exec(text.slice(name.end, name.end + 20));
    const word = reading?.[1] ?? "";
    if (!reading || HIRAGANA_STOP_WORDS.has(word) || NOT_HIRAGANA_NAME.test(word)) continue;
    if (name.end - name.start < 2 || !/[\u3400-\u9fff]/.test(text.slice(name.start, name.end)))
      continue;
    const at = name.end + reading[0].length - word.length;
    out.push(foundNameCandidate(text, at, at + word.length, "echo:reading-after"));
  }
  if (out.length > 0) out.push(...partEchoes(text, out, names));
  return out;
}

/** The surname (kanji or hiragana) that opens the call, before the です at `at`. */
function openingNameAt(
  text: string,
  at: number,
  explained: boolean,
  opening: boolean,
  out: Candidate[],
): void {
  const from = Math.max(0, at - 12);
  // Only a slice that starts the text may match ^ (the call's opening).
  const before = from === 0 ? text.slice(0, at) : `\u0000${text.slice(from, at)}`;
  const kanji = explained ? OPENING_SURNAME_BEFORE.exec(before) : null;
  const word = kanji?.[1] ?? "";
  if (kanji && plausibleKanji(word) && (SURNAMES.has(word) || !hasNonNameKanji(word))) {
    const after = OPENING_SURNAME_AFTER.exec(text.slice(at, at + 24));
    if (after) {
      out.push(foundNameCandidate(text, at - word.length, at, "cue:opening-explained"));
      const reading = after[1];
      if (reading && !HIRAGANA_STOP_WORDS.has(reading) && !NOT_HIRAGANA_NAME.test(reading)) {
        const start = at + after[0].length - reading.length;
        out.push(foundNameCandidate(text, start, start + reading.length, "cue:opening-explained"));
      }
      return;
    }
  }
  if (!opening) return;
  const hiragana = OPENING_HIRAGANA_BEFORE.exec(before);
  const kana = hiragana?.[1] ?? "";
  if (!hiragana || HIRAGANA_STOP_WORDS.has(kana) || NOT_HIRAGANA_NAME.test(kana)) return;
  if (!OPENING_HIRAGANA_AFTER.test(text.slice(at, at + 4))) return;
  out.push(foundNameCandidate(text, at - kana.length, at, "cue:opening-hiragana"));
}

function spacedFullNames(
  text: string,
  out: Candidate[],
  taken: (start: number, end: number) => boolean,
): void {
  // Speech recognition spaces every word: there only a listed surname and a strong cue count.
  let spacedWords = -1;
  const isAsr = () => {
    if (spacedWords < 0)
      spacedWords = (text.match(/[\u3041-\u9fff] [\u3041-\u9fff]/g) ?? []).length;
    return spacedWords >= 4;
  };
  for (const match of execAll(SPACED_FULL, text)) {
    const label = match[1] ?? "";
    const surname = match[2] ?? "";
    const given = match[3] ?? "";
    const start = (match.index ?? 0) + label.length;
    const end = (match.index ?? 0) + match[0].length;
    if (taken(start, end)) continue;
    if (!label && OTHER_FIELD_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    const after = text.slice(end, end + 6);
    // At the head of the message or after a kin word the name opens what is said about it.
    const head =
      start === 0 ||
      text[start - 1] === "\n" ||
      KIN_BEFORE.test(text.slice(Math.max(0, start - 4), start));
    const strong = label !== "" || STRONG_AFTER.test(after);
    const opens = !strong && head && WEAK_AFTER.test(after);
    if (!strong && !WEAK_AFTER.test(after)) continue;
    const listed = SURNAMES.has(surname);
    if (!(listed && strong) && isAsr()) continue;
    // 王 子涵と申します: a listed surname that is also a word, in a self-introduction.
    const introduced = strong && listed && /^(?:と申|と言い|といい|です)/.test(after);
    if (!(plausibleKanji(surname) || introduced)) continue;
    if (NOT_SURNAME_END.test(surname) || hasNonNameKanji(surname)) continue;
    if (!givenPart(given, strong && listed)) continue;
    const givenLike =
      GIVEN_NAMES.has(given) ||
      looksLikeGivenName(given) ||
      /^[\u3041-\u3096\u30a1-\u30fa]/.test(given) ||
      (given.length <= 2 && [...given].every((c) => GIVEN_KANJI.has(c) || c === "々"));
    // No strong cue: the surname listed or written like one, and the given name written like one
    // unless the name opens the message or follows a kin word.
    const surnameLike = listed || isNameShaped(surname);
    if (!strong && !(opens ? surnameLike || givenLike : surnameLike && givenLike)) continue;
    out.push(foundNameCandidate(text, start, end, "shape:spaced-full-name-cued"));
  }
  if (!/[\u30a1-\u30fa] [\u30a1-\u30fa]/.test(text) || isAsr()) return;
  for (const match of execAll(SPACED_KATAKANA, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (taken(start, end)) continue;
    const after = text.slice(end, end + 6);
    if (!STRONG_AFTER.test(after) && !WEAK_AFTER.test(after)) continue;
    const parts = [match[1] ?? "", match[2] ?? ""];
    if (parts.some((part) => KATAKANA_STOP_WORDS.has(part) || NOT_KIN_NAME.test(part))) continue;
    out.push(foundNameCandidate(text, start, end, "shape:spaced-katakana-name"));
  }
}

function givenPart(given: string, relaxed: boolean): boolean {
  if (/^[\u3041-\u3096]+$/.test(given))
    return !HIRAGANA_STOP_WORDS.has(given) && !NOT_GIVEN_HIRA.test(given);
  if (/^[\u30a1-\u30faー]+$/.test(given)) return !KATAKANA_STOP_WORDS.has(given);
  if (NAME_STOP_WORDS.has(given) || NOT_GIVEN_HAN.test(given)) return false;
  // 鄭 書妍と申します: after a listed surname and a self-introduction any kanji will do.
  return relaxed || (!isOrdinaryWord(given) && !hasNonNameKanji(given));
}

function plausibleKanji(word: string): boolean {
  return !NAME_STOP_WORDS.has(word) && !isOrdinaryWord(word) && !/[0-9]/.test(word);
}

function plausibleWord(word: string): boolean {
  if (/^[\u30a1-\u30faー]+$/.test(word))
    return !KATAKANA_STOP_WORDS.has(word) && !NOT_KIN_NAME.test(word);
  if (/^[\u3041-\u3096]+$/.test(word))
    return !HIRAGANA_STOP_WORDS.has(word) && !NOT_HIRAGANA_NAME.test(word);
  return plausibleKanji(word) && !hasNonNameKanji(word);
}

function pushKinName(text: string, match: RegExpMatchArray, out: Candidate[]): void {
  const word = match[1] ?? "";
  if (!plausibleWord(word)) return;
  // A kanji word must be written like a given name (汐里, 大和), not 学生 or 不在.
  if (
    /^[\u3400-\u9fff]/.test(word) &&
    !(
      GIVEN_NAMES.has(word) ||
      looksLikeGivenName(word) ||
      (word.length === 2 && isNameShaped(word) && [...word].every((c) => GIVEN_KANJI.has(c)))
    )
  )
    return;
  const start = (match.index ?? 0) + match[0].indexOf(word);
  out.push(foundNameCandidate(text, start, start + word.length, "cue:kin-signal"));
}

function latinNames(text: string, out: Candidate[]): void {
  for (const match of execAll(LATIN_FULL, text)) {
    const value = match[1] ?? "";
    const start = match.index ?? 0;
    const words = value.split(" ");
    // Each word a name's: a vowel, no building or field word, no romaji place (Muteki-ku).
    if (words.some((w) => !VOWEL.test(w) || NOT_NAME_WORD.test(w) || PLACE_SUFFIX.test(w)))
      continue;
    const end = start + value.length;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 24);
    const atSentenceStart = /(?:^|[.!?。、]\s?|\n)$/.test(before);
    const cued =
      LATIN_LABEL_BEFORE.test(before) ||
      JAPANESE_TOPIC_AFTER.test(after) ||
      (atSentenceStart && ENGLISH_SUBJECT_AFTER.test(after));
    // Words in capitals alone (NHK ATM) only after a field label.
    if (!cued || (!/[a-z]/.test(value) && !LATIN_LABEL_BEFORE.test(before) && !/\//.test(after)))
      continue;
    out.push(foundNameCandidate(text, start, end, "shape:latin-full-name"));
  }
  // c/o Sato: the one word after "care of" is the household's name.
  for (const match of execAll(/c\/o ([A-Z][a-z]+)(?![A-Za-z])/gi, text)) {
    const word = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - word.length;
    out.push(foundNameCandidate(text, start, start + word.length, "cue:care-of"));
  }
}

/** ウェンディです … ウェンディ・アン・ハーパー: each part of a name found here said alone elsewhere. */
function partEchoes(
  text: string,
  added: readonly Candidate[],
  names: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  const all = [...names, ...added];
  for (const name of added) {
    if (name.evidence.startsWith("echo:")) continue;
    for (const part of text.slice(name.start, name.end).split(/[・＝= ]/)) {
      // Kana and Latin parts of three letters or more, kanji of two or more (汐里 … 汐里が).
      if (part.length < (/^[\u3400-\u9fff]/.test(part) ? 2 : 3)) continue;
      for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
        const end = at + part.length;
        if (all.some((other) => other.start <= at && end <= other.end)) continue;
        const word = /^[\u3400-\u9fff]/.test(part)
          ? /[\u3400-\u9fff々]/
          : /^[\u3041-\u3096]/.test(part)
            ? /[\u3041-\u3096]/
            : /[\u30a1-\u30faーA-Za-z]/;
        if (word.test(text[at - 1] ?? "") || word.test(text[end] ?? "")) continue;
        // Hiragana said again only before a particle (とどろき、は …).
        if (
          /^[\u3041-\u3096]/.test(part) &&
          !/^(?:[、。がはのもをにと]|です)/.test(text.slice(end, end + 2))
        )
          continue;
        out.push(foundNameCandidate(text, at, end, "echo:signal-part"));
      }
    }
  }
  return out;
}
