import { codeAt, execAll } from "../text-tools";
import { GIVEN_KANJI, isNameShaped, looksLikeGivenName } from "../name-kanji";
import { HIRAGANA_STOP_WORDS, KATAKANA_STOP_WORDS, NAME_STOP_WORDS } from "../name-stop-words";
import { GIVEN_NAMES, PLACE_HOMOGRAPHS, SURNAME_READINGS, SURNAMES } from "../surnames";
import type { Candidate } from "../types";
import { lineBreakIn } from "./latin-names";
import { foundNameCandidate } from "./name-candidate";
import { unvoice } from "./name-readings";
import { candidateCoverage } from "./candidate-coverage";
import { hasNonNameKanji, isOrdinaryWord } from "./name-check";
import { isOursBeforeParticle } from "./name-possessive";
import { isListedGivenName, toHiragana } from "./kana-names";

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
 *   `――さいおんじです`), and the reading said right after a found name (`六車 勇気です、むぐるまゆうき`);
 * - (fifteenth round) a spaced name as the topic after a kin word (`うちの子、関 りおは…`), a katakana
 *   holder after an account number (`普通 5702593 ヤギ サトシ で`), a listed surname in brackets after
 *   a phone or an e-mail address (`080-…(荒川)`), the reading said after a word naming the script
 *   (`ひらがなだと、しののめ さくら`) or before the name (`ふるやま、古山 ミツ`, checked against the
 *   listed readings of surnames with the same first kanji), a name spelled kanji by kanji and then
 *   read (`陽に菜で、ひな`), a Korean name before 라고, and a two-letter part of a dotted name said
 *   alone (`ネパールのラナ。`);
 * - (sixteenth round) a listed surname after 担当 or after a phone or an e-mail address before
 *   まで/宛 (`(担当平野)`, `052-…、関まで`), a kanji name with its Hangul reading in brackets
 *   (`金 美羅(김미라)`), a Latin name heading a message before a contact field, and each part of a
 *   Latin full name found by another recognizer said alone (`The Santos family`);
 * - (twenty-second round) a spaced name before a note's event word (`瀧口 さやか 来庁予約`) or after a
 *   kin word and before で、, a katakana holder after 名義, a dotted katakana name before its Hangul in
 *   brackets, and a Latin name after an English letter's closing words (`Best regards,`);
 * - (twenty-third round) a dotted katakana name before its country in brackets (`ラジ・シュレスタ(ネパール)`)
 *   and a name in capitals after the document a note says was checked (`在留カード確認:PARK JIHOON`).
 * The fixed words each pattern needs are read first, in one pass ({@link scanSignals}).
 */
const HAN = "[\\u3400-\\u9fff\\uf900-\\ufaff々ヶ]";
const HIRA = "[\\u3041-\\u3096]";
const KATA = "[\\u30a1-\\u30faー]";

/** 林 宇軒です / 氏名:鳳 ひかり / 氏名桐生 尚之、: surname, one space, given name, then a cue. */
// 上原 フミ子様 / 沢田 きよ江さん: an older given name of kana and one kanji (子, 江, 代, 枝…).
// 藤原 ちずといいます: a hiragana given name before といいます as before と申します.
const SPACED_FULL = new RegExp(
  `(?<!${HAN}|[\\u30a1-\\u30fa])((?:氏名|お名前|名前)[:：]?)?(${HAN}{1,3})[ \\u3000]((?:${KATA}{1,3}|${HIRA}{1,3})[子江代枝乃恵](?=様|さん|さま|です|と申|[、。 ,]|$)|${HAN}{1,3}(?!${HAN})|${HIRA}{2,4}?(?=です|さん|様|と申|と(?:いい|言い)ます|[、。 ,は]|$)|${KATA}{2,6}(?!${KATA}))`,
  "g",
);
const STRONG_AFTER = /^(?:と申|と言い|といい|でございます|です(?!か)|さん|様|さま|氏|くん|ちゃん)/;
// 児童扶養手当 瀧口 さやか 来庁予約: a note's event word after the person it is about.
const WEAK_AFTER =
  /^(?:[、,。]|が(?!ん)|の(?![0-9])| (?:[0-9〒(（]|TEL|電話|携帯|生年月日|住所|来庁|来所|来訪|架電|入電|申請|予約|訪問|同伴)|$)/;
/** 同行 総務 藤井 修 / 担当 滝本 恵: the staff who went or who handle it, a section word between. */
const STAFF_ROLE_BEFORE = /(?:同行|担当|立会い?|引率)\s(?:\p{Script=Han}{2,4}\s)?$/u;
/**
 * 11/18 口座振替 原田 みつ 秋北中央銀行 本店 普通…: a note's account holder before the bank's name
 * (the bank's own name first: あけぼの 銀行 is a bank's name in kana).
 */
const HOLDER_BEFORE_BANK = /^ \p{Script=Han}{2,6}(?:銀行|信用金庫|信金|労働金庫|労金)/u;
/** A place, an office or a unit: 霧笛区 2階, 本庁舎 3F, 市民課 山田 (the person is after it). */
const NOT_SURNAME_END =
  /[区市町村県都府道郡課係室局部署所館駅線号階番丁目店社校園院堂口内外済先円員士師者長官役]$/;
/** The given part is grammar (します, いうねん, のまま), a question word or an honorific. */
const NOT_GIVEN_HIRA =
  /^(?:です|ます|でし|から|まで|より|など|だけ|ので|のに|けど|こと|もの|ため|とき|ところ|さん|さま|くん|ちゃん|たち|いう|いっ|って|の|いくら|どこ|なに|なん|いつ|だれ)|(?:ます|です|した|する|して|ない|ねん|もん|のに|けど|よね|かな)$/;
const KIN_BEFORE =
  /(?:子ども|子供|息子|娘|妻|夫|父|母|祖父|祖母|兄|姉|弟|妹|孫|主人|うちの子)(?:の|は|が|、) ?$/;
/**
 * 関 りおは小学1年生: the name as the topic, at the head of the message or after a kin word; 母は
 * 沢井 トメで、: after a kin word also the name the clause goes on from (で and a pause).
 */
const TOPIC_AFTER = /^(?:は(?![いー])|で[、,])/;
/** 名義ヤギ サトシ / 口座名義: ヤギ サトシ: the holder's label glued or spaced before the name. */
const HOLDER_LABEL_BEFORE = /名義(?:人)?(?:は)?[:：]? ?$/;
/** ハナワ キヨシ。: a katakana surname and given name spaced apart (no long vowel mark in either). */
const SPACED_KATAKANA =
  /(?<![\u30a1-\u30faー])([\u30a1-\u30fa]{2,5}) ([\u30a1-\u30fa]{2,5})(?![\u30a1-\u30faー])/g;
/**
 * 박 지연 입니다 / 김 민수 씨 / 박 민호라고 합니다: a common one-syllable Korean surname, a space and a
 * two-syllable given name before a copula, an honorific or a quoting 라고 (Korean spaces its words: 장기 입원이에요 is no name).
 */
const HANGUL_NAME =
  /(?<![\uac00-\ud7a3])([김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허남심노하곽성차주우구민유나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹탁국은편용예경봉]) ([\uac00-\ud7a3]{2}) ?(?=입니다|이에요|예요|씨|님|(?:이)?라고)/g;
/** 宛, 様, 殿: what follows a name on an envelope, not a given name. */
const NOT_GIVEN_HAN = /^[宛様殿方宅御行分]/;
/** 件名:国保 加入 / 用件: a field that holds no name (a name's field may: 氏名:, 代理人:). */
const OTHER_FIELD_BEFORE = /(?<!氏名|名前|名|者|人|先|主|担当|受付|宛)[:：] ?$/;

/** Countries residents come from, in katakana. */
const COUNTRIES =
  "ベトナム|フィリピン|ブラジル|ペルー|ネパール|インドネシア|タイ|アメリカ|イギリス|フランス|ドイツ|カナダ|ロシア|インド|スペイン|イタリア|ミャンマー|モンゴル|スリランカ|バングラデシュ|パキスタン|トルコ|エジプト|オーストラリア|ウクライナ|ポーランド|メキシコ|コロンビア|ボリビア|チリ|アルゼンチン";
/** ハサン・ユルドゥズ / アブドゥル＝ラフマン・ハキミ: katakana words joined by ・ or ＝. */
const DOTTED_KATAKANA = new RegExp(
  `(?<![\\u30a1-\\u30faー・＝=])(${KATA}{1,10}(?:[・＝=]${KATA}{1,12}){1,3})(?![\\u30a1-\\u30faー・＝=])`,
  "g",
);
// ハン・ジウ(한지우): also before a bracket that holds the name in Hangul, the script it came from;
// タパ・サンジブ(ネパール): or a note's bracket with the country the person comes from.
// ビカス・タパ(ネパール、留学生): the country may come first among other notes in the bracket.
const DOTTED_AFTER = new RegExp(
  `^(?:です|と申|と言い|といい|でございます|さん|様|さま|氏|から|より|[、。,.!！]|\\s|$|\\((?=[\\uac00-\\ud7a3]{2,4}\\)|(?:${COUNTRIES}|中国|韓国|台湾)[)、,]))`,
);
// (会計年度任用職員)ソフィア・リマ: or after a note's bracket that gives the person's role.
const DOTTED_BEFORE = /(?:^|[、。「『:：!！?？ \n)]|は|わたし|私)$/;
/**
 * 通訳としてブイ・タン・ロンが同行します / 保証人のアナ・ソウザに: after the role a person comes in, a
 * dotted name may be the subject or the object of the sentence (any particle after it).
 */
const DOTTED_ROLE_BEFORE =
  /(?:通訳|代理人?|保証人|引率者?|付き?添い(?:人)?|同行者|責任者|代表者|担当者?|講師)(?:として|の|は) ?$/;
const DOTTED_PARTICLE_AFTER = /^(?:[がをにともは]|から|まで|より)/;

/** A Latin name: capitalised words (O'Brien, Al-Farsi, Soo-ah) or words in capitals (KOIZUMI). */
// Nguyễn Hoàng Long: a word may carry diacritics (Vietnamese, Portuguese, Spanish).
const CAP = "[A-Z][a-z]*(?:['-][A-Za-z][a-z]+)+|\\p{Lu}\\p{Ll}+";
const CAPS = "[A-Z]{2,}(?:['-][A-Z]+)*";
/** Latin letters with or without diacritics (kana are letters too, and end a Latin word). */
const LATIN_LETTER = "A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff";
const LATIN_FULL = new RegExp(
  `(?<![${LATIN_LETTER}'.-])((?:${CAP}|${CAPS})(?: (?:${CAP}|${CAPS})){1,3})(?![${LATIN_LETTER}-]|'(?!s\\b))`,
  "gu",
);
/** Nour El-Din Haddad asked / … is my brother / Anna-Lena Hoffmann here / Mohammed Al-Farsi's. */
// Staff note 1/14: Ana Reyes (アナ・レイエス) came / Nota: … veio / Ghi chú: … đến: a desk note's
// subject, perhaps with the name's reading in brackets, and the verbs of a visit or a call in
// Portuguese and Vietnamese too.
const ENGLISH_SUBJECT_AFTER =
  /^(?: \([^()]{1,16}\))?(?:'s\b| here\b| (?:is|was) (?:my|our|his|her|the name|a friend|not)\b| (?:wants|wanted|asked|called|came|will|would|needs|lives|lived|has|had|says|said|is calling|can't|cannot|does|did)\b| (?:veio|ligou|pediu|perguntou|trouxe|compareceu|đến|gọi|hỏi|nộp)(?!\p{L}))/u;
/** Chen Xiaoyu です / Kim Soo-ah 입니다 / Svetlana Ivanova、ロシア / ORTIZ Maria Fernanda / DOB. */
// Kim Soyeon(김소연)です: the name's reading in its own script may come in brackets first.
const JAPANESE_TOPIC_AFTER =
  /^ ?(?:\([^()]{1,16}\) ?)?(?:です|でございます|と申|と言い|といい|입니다|이에요|예요|씨|、|,? ?\/ ?(?:DOB|TEL|Tel|生年月日|電話))/;
// English call: Rahul Menon, …: a note's entry for a call, then who called. Foreign resident
// desk: Priya Raman, …: a note's entry at a desk or a counter, then who came.
// 在留カード確認:PARK JIHOON: a note of the document checked, then the name as printed on it.
const LATIN_LABEL_BEFORE =
  /(?:[Mm]y name|[Nn]ame|NAME|[Hh]older|[Cc]aller|[Cc]all(?=:)|(?:[Dd]esk|[Cc]ounter|[Cc]orner)(?=:)|[Vv]isitor|c\/o|C\/O|名前は(?:ローマ字で)?|氏名|名義(?:人)?(?:は)?|(?:在留カード|パスポート|旅券|特別永住者証明書)(?:の?(?:確認|記載))?)\s?(?:is\s|:\s?)?$/;
/** Best regards, / Sincerely, / Thank you, then the writer's name on the next line. */
const SIGN_OFF_BEFORE =
  /(?:[Rr]egards|[Ss]incerely|[Ff]aithfully|[Bb]est wishes|[Tt]hank you|[Tt]hanks|Cheers|Respectfully),?\s$/;
/** The next line is an e-mail address and nothing else. */
const MAIL_LINE_NEXT = /^ [\w.+-]+@[\w-]+(?:\.[\w-]+)+(?: |$)/;
/** Daniel Reid⏎English teacher, …: the next line gives the writer's job. */
const JOB_LINE_NEXT =
  /^ (?:[A-Z][a-z]+ ){0,2}(?:[Tt]eacher|[Ll]ecturer|[Pp]rofessor|[Cc]oordinator|[Mm]anager|[Dd]irector|[Oo]fficer|[Cc]lerk|[Ee]ngineer|[Nn]urse|[Ss]upervisor|[Aa]ssistant|[Vv]olunteer)(?![a-z])/u;
/** Words that are capitalised but name a place, a building, a body or a field. */
// Sou, Soy, Ich, Je, Saya: "I (am)" opening a sentence in Portuguese, Spanish, German, French
// and Indonesian (Saya Dewi Lestari, paspor saya …: the name after it is found as an intro).
// Kagamimori Shrine's festival: a shrine, a temple or a castle named in English is a place.
// Hanano Kaikan: a hall, a park, a shrine or a station named in romaji is one too.
const NOT_NAME_WORD =
  /^(?:Kaikan|Kominkan|Kōminkan|Koen|Kōen|Jinja|Eki|Onsen|Toshokan|Shiyakusho|Kuyakusho|Shrine|Temple|Castle|Museum|Festival|Airport|University|College|Room|Flat|Apt|Apartment|Unit|Court|Heights|House|Mansion|Tower|Plaza|Residence|Building|Station|Park|Street|Road|Avenue|Bank|Shinkin|Post|Office|City|Ward|Hall|Center|Centre|Clinic|Hospital|School|Library|Acc|No|Phone|Tel|TEL|Address|Postal|Code|Email|Mail|DOB|Name|Dear|Hello|Hi|Thanks|Thank|Please|Could|Would|My|The|This|That|Our|Your|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Japan|Japanese|English|Card|Number|Residence|Passport|Bank|Visa|Insurance|Pension|Tax|OK|Yes|No|Sorry|Hey|And|But|So|I|He|She|We|They|It|Also|Then|Here|There|Good|Morning|Afternoon|Evening|Happy|New|Year|Best|Regards|Kind|Welcome|Excuse|Subject|Urgent|Notice|Request|Question|Inquiry|Change|Moving|Sou|Soy|Ich|Je|Saya|Children|Kids|Women|Men|People|Citizens)$/;
const PLACE_SUFFIX = /-(?:ku|shi|cho|machi|mura|gun|ken|dori|gaoka|dai)$/i;
/** Aoba Kids' Clinic / Sato Family's Hall: a possessive before a facility names the place. */
const FACILITY_AFTER =
  /^'s (?:Clinic|Hospital|School|Nursery|Kindergarten|Center|Centre|Hall|Library|Park|Home|House|Shop|Store|Garden|Museum)\b/u;
// Lê, Vũ: a vowel with a diacritic counts.
const VOWEL = /[AEIOUYaeiouyÀ-ÖØ-öø-ÿĀ-žƠ-ưẠ-ỹ]/u;

/** ダニエルの父です / トーマスの母です: the child a parent introduces themselves by. */
const PARENT_OF = new RegExp(
  `(?<=^|[、。 「])(${KATA}{2,8}|${HAN}{1,3})の(?:父|母|父親|母親|親|保護者|祖父|祖母|夫|妻)(?=です|でございます|と申|ですが|なんですが|で[、。 ]|、)`,
  "g",
);
/**
 * 下月凪沙の保護者より: a child's full name glued, an unlisted surname and a listed given name of two
 * kanji or more, before the parent who called or wrote in a note (not 教室の保護者: no given name).
 */
const GLUED_CHILD_OF_PARENT = new RegExp(
  `(?<=^|[、。 「])(${HAN}{2,3}?)(${HAN}{2,3})の(?:保護者|父親|母親|父|母)(?=より|から|が|です|、)`,
  "gu",
);
/** `2. `: a numbered item of a list (a roster), a cheap test before {@link numberedLatinNames}. */
const NUMBERED_ITEM = /[0-9][.)] \p{Lu}/u;
/** ` 4. Lê Minh Tuấn`: the next item of a numbered list, a full name in Latin letters. */
const NUMBERED_LATIN_NEXT =
  /^ ?[0-9]{1,2}[.)] ?(\p{Lu}[\p{Ll}\p{M}'-]+(?: \p{Lu}[\p{Ll}\p{M}'-]+){1,3})(?= ?(?:[0-9]{1,2}[.)] |$|[、。,]))/u;
const NUMBERED_BEFORE = /[0-9]{1,2}[.)] ?$/u;
const MAX_ROSTER = 12;

/**
 * 受講者名簿:1. 日置 啓介 2. 乙部 さやか … 4. Lê Minh Tuấn: in a numbered roster of names already found,
 * a later item written in Latin letters is a name too.
 */
function numberedLatinNames(
  text: string,
  names: readonly Candidate[],
  out: Candidate[],
  taken: (start: number, end: number) => boolean,
): void {
  for (const name of names) {
    if (!NUMBERED_BEFORE.test(text.slice(Math.max(0, name.start - 4), name.start))) continue;
    let end = name.end;
    for (let count = 0; count < MAX_ROSTER; count += 1) {
      const match = NUMBERED_LATIN_NEXT.exec(text.slice(end, end + 64));
      const value = match?.[1] ?? "";
      if (!match) break;
      // 2. Tokyo Station / 3. Room Service: an item of capitalised words that name a place or a thing.
      if (value.split(" ").some((word) => NOT_NAME_WORD.test(word) || PLACE_SUFFIX.test(word)))
        break;
      const start = end + match[0].length - value.length;
      end = start + value.length;
      if (!taken(start, end)) out.push(foundNameCandidate(text, start, end, "cue:roster-latin"));
    }
  }
}

/** 妻はマリアナです / 息子は汐里で: a spouse or child named after the kin word and は/が. */
const KIN_TOPIC = new RegExp(
  `(?:妻|夫|主人|息子|娘|長男|長女|次男|次女|子ども|子供|孫)(?:は|が) ?(${KATA}{2,8}|${HAN}{1,3})(?=です|でございます|で[、。 ]|、|と申|といい|って(?:いい|言い))`,
  "g",
);
/** パート, ブラジル: what a spouse is or where from, not who. */
const NOT_KIN_NAME = new RegExp(
  `^(?:パート|アルバイト|バイト|フリーター|フリーランス|フリー|サラリーマン|ナース|ヘルパー|シングル|ママ|パパ|${COUNTRIES})$`,
);
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
// 相談者: かまちです: a transcript's speaker tag opens the caller's turn.
const SPEAKER_TAG =
  "(?:相談者|来庁者|来所者|電話者|通報者|発信者|申請者|利用者|市民|住民|本人|お客様|客)[:：] ?";
const OPENING_HIRAGANA_BEFORE = new RegExp(
  `(?:^|もしもし[、 ]?|――|—|--|(?:^|[。 ])${SPEAKER_TAG})(?:はい[、 ]?)?(${HIRA}{3,6})$`,
);
const HAS_SPEAKER_TAG = new RegExp(SPEAKER_TAG, "u");
const OPENING_HIRAGANA_AFTER = /^です(?:けど|が|[、。]|$)/;
// 沢村です、さきほどの: the caller who called a while ago, no reading.
const NOT_HIRAGANA_NAME =
  /^(?:そう|どう|こう|ああ|さっき|さきほど|せんじつ|このあいだ|このまえ)|^(?:お|ご)[\u3041-\u3096]{1,5}さま$|^(?:くん|ちゃん|さん|さま|だいじょうぶ|けっこう|おねがい|ありがとう|すみません|わたし|わたくし|ぼく|おれ|うち|ほんとう|いっしょ|よろしく|たいへん|ふあん|しんぱい|ひま|いや|だめ|まだ|きれい|げんき|へいき|これ|それ|あれ|どちら|こちら|そちら|あちら|だれ|なに|なん|いま|きょう|あした|きのう|おかげ|たぶん|ちょっと|すこし|もうすこし|はじめて|あの|あのー|えーと|えっと|その|まあ|ええ|はい|いいえ|むすこ|むすめ|おっと|ほんにん|だいり|かぞく)$|(?:しい|たい|ない|かった|ます|ました|でした|ません|ので|から|けど|だけ|ところ|こと|もの|ため|よう|みたい|そう|なん|なの|にん|さい|ふたり|ひとり)$/;
/**
 * 民生委員をしておりますはまぐちです / 実行委員のよしむらです / 隣に住んでるかげやまといいます /
 * 困ってるの。もりわきっていうんだけど: a listed surname's reading in hiragana introducing the
 * caller after a clause or a role and の, or opening a sentence (four kana at least there: ひがし
 * and みなみ are directions too). Read back from each self-introduction's words (one scan for
 * them; a pattern that looks behind at every position of every text costs more).
 */
const HIRAGANA_SELF_END =
  /です|でございます|と申します|と(?:いい|言い)ます|って(?:いう|言う)(?:ん|の|ものです)/gu;
// A role before の (委員の, 会長の, 担当の), not anyone's: 家内のはまだです is "my wife's isn't yet".
const HIRAGANA_SELF_CLAUSE =
  /(?:(?:員|長|係|担当|代表|者|会|課|所|室)の|おります|ています|てます|[てで]る|[てで]いる|とります|とる)$/u;
const HIRAGANA_SELF_PAUSE = /[。、] ?$/u;
const HIRAGANA_CHAR = /^[\u3041-\u3096]+$/u;
/**
 * 下月蓮、下月凪沙 / 下月蓮と下月凪沙: siblings listed with the same surname glued to each given
 * name (the surname said twice is what a list of family members looks like; each given name is
 * listed or shaped like one). Read around each joint (、, と, ・): a pattern with a back reference
 * tried at every kanji costs more.
 */
const SIBLING_JOINTS = ["、", "と", "・"] as const;
const HAN_UNIT = /[\u3400-\u9fff\uf900-\ufaff々ヶ]/u;
/** The names of {@link SIBLING_JOINTS}: a run of 3–4 kanji before it, one after, same 2 first. */
function gluedSiblings(text: string, out: Candidate[]): void {
  const hanRun = (from: number, step: 1 | -1): number => {
    let length = 0;
    while (length < 5 && HAN_UNIT.test(text[from + step * length] ?? "")) length += 1;
    return length;
  };
  // One indexOf pass per joint character: most of them stand between kana, not kanji.
  for (const mark of SIBLING_JOINTS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (!HAN_UNIT.test(text[at - 1] ?? "")) continue;
      const after = at + 1 + (mark === "、" && text[at + 1] === " " ? 1 : 0);
      const before = hanRun(at - 1, -1);
      const next = hanRun(after, 1);
      if (before < 3 || before > 4 || next < 3 || next > 4) continue;
      const start = at - before;
      const surname = text.slice(start, start + 2);
      if (text.slice(after, after + 2) !== surname) continue;
      const first = text.slice(start + 2, at);
      const second = text.slice(after + 2, after + next);
      if (first === second || !isNameShaped(surname) || hasNonNameKanji(surname)) continue;
      if (NAME_STOP_WORDS.has(surname) || !isGivenShaped(first) || !isGivenShaped(second)) continue;
      out.push(
        foundNameCandidate(text, start, at, "cue:glued-siblings"),
        foundNameCandidate(text, after, after + next, "cue:glued-siblings"),
      );
    }
  }
}

/** The names of {@link HIRAGANA_SELF_END}: the hiragana word before it, read back. */
function hiraganaSelf(text: string, out: Candidate[]): void {
  for (const cue of execAll(HIRAGANA_SELF_END, text)) {
    const end = cue.index ?? 0;
    // Most of these words follow kanji or a short kana ending (なんです): three kana at least.
    if (!isHiragana(codeAt(text, end - 3))) continue;
    for (let length = 6; length >= 3; length -= 1) {
      const start = end - length;
      const word = text.slice(Math.max(0, start), end);
      if (start < 0 || !HIRAGANA_CHAR.test(word)) continue;
      const clause = HIRAGANA_SELF_CLAUSE.test(text.slice(Math.max(0, start - 4), start));
      const pause =
        length >= 4 && HIRAGANA_SELF_PAUSE.test(text.slice(Math.max(0, start - 2), start));
      if (!clause && !pause) continue;
      if (
        SURNAME_READINGS.has(word) &&
        !HIRAGANA_STOP_WORDS.has(word) &&
        !NOT_HIRAGANA_NAME.test(word)
      )
        out.push(foundNameCandidate(text, start, end, "cue:hiragana-self"));
      break;
    }
  }
}

/** A listed given name, or one of given-name kanji shaped like one (凪沙, 蓮). */
function isGivenShaped(word: string): boolean {
  if (GIVEN_NAMES.has(word) || looksLikeGivenName(word)) return true;
  return word.length === 2 && [...word].every((c) => GIVEN_KANJI.has(c));
}

/** 六車 勇気です、むぐるまゆうき: the reading said right after a found name. */
const READING_AFTER = new RegExp(`^(?:です|と申します)、 ?(${HIRA}{3,12}?)(?=です|[。、]|$)`);

const ACCOUNT_TYPES: ReadonlySet<string> = new Set(["bank_account", "postal_account"]);
const CONTACT_TYPES: ReadonlySet<string> = new Set(["phone", "email"]);
/** (荒川) / (荒川 健二様): a surname, perhaps the given name, perhaps an honorific, in brackets. */
const BRACKETED_NAME = new RegExp(
  `^ ?\\((${HAN}{1,3})( ?${HAN}{1,3}(?=[様殿)])| ?${HIRA}{2,4}(?=[様殿)])|)(?:様|殿|さん)?\\)`,
);
/**
 * 名前は東雲 さくら、ひらがなだと、しののめ さくら: the kana said after a found name and a word
 * naming the script or the reading.
 */
const SCRIPT_READING_AFTER = new RegExp(
  `^(?:です|と申します)?[、。] ?(?:ひらがな|平仮名|カタカナ|片仮名|ふりがな|フリガナ|読み方?|よみ)(?:だと|では|で|は|が|にすると)[、 ]*(${HIRA}{2,8}?(?: ${HIRA}{1,6}?)?|${KATA}{2,8}(?: ${KATA}{1,6})?)(?=です|[、。]|$)`,
);
/**
 * 子どもの名前は漢字で、陽に菜で、ひな / 美しいに月で、みつき: a name spelled kanji by kanji (に/と
 * between them, で after, a kanji perhaps given by a word) and then read, when the sentence speaks
 * of a name.
 */
const SPELLED_THEN_READ = new RegExp(
  `(?:名前|名字|苗字|なまえ)[^。]{0,12}?(?<!${HAN})(?:${HAN}${HIRA}{0,3}(?:に|と)、?){1,3}${HAN}${HIRA}{0,3}?で、 ?(${HIRA}{2,6}?)(?=です|[。、]|$)`,
  "g",
);
/** ふるやま、古山 ミツ: a kana word said right before a found kanji name, as its reading. */
const READING_BEFORE_NAME = new RegExp(
  `(?:^|[、。 はがもの])(${HIRA}{3,8}?)(?:です|でした|さん|さま|くん|ちゃん)?、 ?$`,
);

/**
 * The fixed words and shapes each pattern below needs (much cheaper than the pattern's scan), read
 * in one pass over the text by {@link scanSignals} instead of one regex or `includes()` scan per
 * test. Each bit stands for one test, written as the pattern it replaces; name-signals.test.ts
 * checks that each bit holds exactly when its pattern matches.
 */

/** `[\u3400-\u9fff][ \u3000][\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff]|[\u30a1-\u30fa] [\u30a1-\u30fa]` */
const SPACED = 1 << 0;
/** `(` (a bracket after a contact value) */
const PAREN = 1 << 1;
/** `[\u30a1-\u30faー][・＝=][\u30a1-\u30fa]` */
const DOTTED = 1 << 2;
/** `[A-Za-z] [A-Z]|[cC]\/[oO]` */
const LATIN = 1 << 3;
/** `[\uac00-\ud7a3] [\uac00-\ud7a3]` */
const HANGUL = 1 << 4;
/** `の(?:父|母|親|保護者|祖|夫|妻)` */
const PARENT = 1 << 5;
/** `(?:[妻夫娘孫男女供]|主人|息子|子ども)[はが]` */
const KIN = 1 << 6;
/** `呼` */
const CALLED = 1 << 7;
/** `です、` */
const DESU_COMMA = 1 << 8;
/** `[字書読]` */
const EXPLAINED = 1 << 9;
/** `^[\u3041-\u3096]|もしもし|[―—]|--` */
const OPENING = 1 << 10;
/** `します、` */
const SHIMASU_COMMA = 1 << 11;
/** `ひらがな|カタカナ|仮名|ふりがな|フリガナ|読み|よみ` */
const SCRIPT = 1 << 12;
/** `名前|名字|苗字|なまえ` */
const NAME_TOPIC = 1 << 13;
/** `で、` */
const DE_COMMA = 1 << 14;
/** `、` */
const COMMA = 1 << 15;

const code = (c: string): number => c.charCodeAt(0);
const KIN_ONE = new Set([..."妻夫娘孫男女供"].map(code));
const PARENT_ONE = new Set([..."父母親祖夫妻"].map(code));
const [DE, MI, JI, MAE] = [..."でみ字前"].map(code);
const CHOUON = code("ー");

/** What each character may start or end for the tests (0: nothing), by its UTF-16 code. */
const K_NONE = 0;
const K_SPACE = 1;
const K_WIDE_SPACE = 2;
const K_BRACKET = 3;
const K_SLASH = 4;
const K_EQUALS = 5;
const K_HYPHEN = 6;
const K_TOUTEN = 7;
const K_HA_GA = 8;
const K_NO = 9;
const K_DOT = 10;
const K_EXPLAINED = 11;
const K_READ = 12;
const K_CALL = 13;
const K_MO = 14;
const K_DASH = 15;
const K_YO = 16;
const K_HI = 17;
const K_FU = 18;
const K_KA_KATAKANA = 19;
const K_FU_KATAKANA = 20;
const K_KARI = 21;
const K_MEI = 22;
const K_NAE = 23;
const K_NA = 24;
const KIND = new Uint8Array(0x10000);
for (const [chars, kind] of [
  [" ", K_SPACE],
  ["\u3000", K_WIDE_SPACE],
  ["(", K_BRACKET],
  ["/", K_SLASH],
  ["=", K_EQUALS],
  ["-", K_HYPHEN],
  ["、", K_TOUTEN],
  ["はが", K_HA_GA],
  ["の", K_NO],
  ["・＝", K_DOT],
  ["字書", K_EXPLAINED],
  ["読", K_READ],
  ["呼", K_CALL],
  ["も", K_MO],
  ["―—", K_DASH],
  ["よ", K_YO],
  ["ひ", K_HI],
  ["ふ", K_FU],
  ["カ", K_KA_KATAKANA],
  ["フ", K_FU_KATAKANA],
  ["仮", K_KARI],
  ["名", K_MEI],
  ["苗", K_NAE],
  ["な", K_NA],
] as const)
  for (const c of chars) KIND[code(c)] = kind;

/**
 * The bits of the tests above that hold for `text`, in one pass (no regex scan per test): most
 * characters have no kind and cost one table look-up.
 */
export function scanSignals(text: string): number {
  const n = text.length;
  let flags = n > 0 && isHiragana(text.charCodeAt(0)) ? OPENING : 0;
  for (let i = 0; i < n; i += 1) {
    const kind = KIND[text.charCodeAt(i)] ?? K_NONE;
    if (kind === K_NONE) continue;
    switch (kind) {
      case K_SPACE:
      case K_WIDE_SPACE: {
        const p = codeAt(text, i - 1);
        const q = codeAt(text, i + 1);
        if (isHan(p) && (isHiragana(q) || isKatakana(q) || isHan(q))) flags |= SPACED;
        if (kind === K_SPACE) {
          if (isKatakana(p) && isKatakana(q)) flags |= SPACED;
          if (isLatin(p) && q >= 0x41 && q <= 0x5a) flags |= LATIN;
          if (isHangul(p) && isHangul(q)) flags |= HANGUL;
        }
        break;
      }
      case K_BRACKET:
        flags |= PAREN;
        break;
      case K_SLASH: {
        const p = codeAt(text, i - 1);
        const q = codeAt(text, i + 1);
        if ((p === 0x63 || p === 0x43) && (q === 0x6f || q === 0x4f)) flags |= LATIN;
        break;
      }
      case K_EQUALS:
      case K_DOT:
        flags |= dottedAt(text, i);
        break;
      case K_HYPHEN:
        if (codeAt(text, i + 1) === 0x2d) flags |= OPENING;
        break;
      case K_TOUTEN:
        flags |= COMMA;
        if (codeAt(text, i - 1) === DE) flags |= DE_COMMA;
        if (text.startsWith("です", i - 2)) flags |= DESU_COMMA;
        if (text.startsWith("します", i - 3)) flags |= SHIMASU_COMMA;
        break;
      case K_HA_GA:
        if (
          KIN_ONE.has(codeAt(text, i - 1)) ||
          text.startsWith("主人", i - 2) ||
          text.startsWith("息子", i - 2) ||
          text.startsWith("子ども", i - 3)
        )
          flags |= KIN;
        break;
      case K_NO:
        if (PARENT_ONE.has(codeAt(text, i + 1)) || text.startsWith("保護者", i + 1))
          flags |= PARENT;
        break;
      case K_EXPLAINED:
        flags |= EXPLAINED;
        break;
      case K_READ:
        flags |= EXPLAINED;
        if (codeAt(text, i + 1) === MI) flags |= SCRIPT;
        break;
      case K_CALL:
        flags |= CALLED;
        break;
      case K_MO:
        if (text.startsWith("もしもし", i)) flags |= OPENING;
        break;
      case K_DASH:
        flags |= OPENING;
        break;
      case K_YO:
        if (codeAt(text, i + 1) === MI) flags |= SCRIPT;
        break;
      case K_HI:
        if (text.startsWith("ひらがな", i)) flags |= SCRIPT;
        break;
      case K_FU:
        if (text.startsWith("ふりがな", i)) flags |= SCRIPT;
        break;
      case K_KA_KATAKANA:
        if (text.startsWith("カタカナ", i)) flags |= SCRIPT;
        break;
      case K_FU_KATAKANA:
        if (text.startsWith("フリガナ", i)) flags |= SCRIPT;
        break;
      case K_KARI:
        if (text.startsWith("仮名", i)) flags |= SCRIPT;
        break;
      case K_MEI: {
        const q = codeAt(text, i + 1);
        if (q === MAE || q === JI) flags |= NAME_TOPIC;
        break;
      }
      case K_NAE:
        if (codeAt(text, i + 1) === JI) flags |= NAME_TOPIC;
        break;
      case K_NA:
        if (text.startsWith("なまえ", i)) flags |= NAME_TOPIC;
        break;
    }
  }
  return flags;
}

/** DOTTED at the ・, ＝ or = at `i`. */
function dottedAt(text: string, i: number): number {
  const p = codeAt(text, i - 1);
  return (isKatakana(p) || p === CHOUON) && isKatakana(codeAt(text, i + 1)) ? DOTTED : 0;
}

/** [\u30a1-\u30fa]: katakana letters (not ー). */
function isKatakana(code: number): boolean {
  return code >= 0x30a1 && code <= 0x30fa;
}

function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** U+3400–U+9FFF (the kanji the patterns' HAN class holds, but the compatibility block). */
function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** The HAN class: kanji, compatibility kanji, 々 and ヶ. */
function isHanOrMark(code: number): boolean {
  return isHan(code) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3005 || code === 0x30f6;
}

function isHiragana(code: number): boolean {
  return code >= 0x3041 && code <= 0x3096;
}

/**
 * ハサン・ユルドゥズ、トルコから: dotted katakana names at the start of a clause, before a pause, a
 * cue or a bracket of their own, or after the role a person comes in; サビナ・グルン、ダワ・シェルパ(…):
 * a dotted name listed with 、 right after or before another name is one too, whatever follows it.
 */
function dottedNames(text: string, names: readonly Candidate[], out: Candidate[]): void {
  const listed: { start: number; end: number }[] = [];
  const first = out.length;
  for (const match of execAll(DOTTED_KATAKANA, text)) {
    const start = match.index ?? 0;
    const word = match[1] ?? "";
    const end = start + word.length;
    const parts = word.split(/[・＝=]/);
    if (parts.some((part) => KATAKANA_STOP_WORDS.has(part) || NOT_KIN_NAME.test(part))) continue;
    // ラ・メール / ド・ゴール: a building or a single word needs two parts of two letters or
    // more; イ・ジュンホです: one short part will do before です or an honorific.
    const long = parts.filter((part) => part.length >= 2).length;
    if (long < 2 && !(long === 1 && /^(?:です|と申|さん|様)/.test(text.slice(end, end + 2))))
      continue;
    const before = text.slice(Math.max(0, start - 8), start);
    const after = text.slice(end, end + 8);
    const cued =
      (DOTTED_AFTER.test(after) && DOTTED_BEFORE.test(before)) ||
      (long >= 2 && DOTTED_ROLE_BEFORE.test(before) && DOTTED_PARTICLE_AFTER.test(after));
    if (cued) out.push(foundNameCandidate(text, start, end, "shape:dotted-katakana"));
    // ランチ・ボックス、ウォーター・ボトル: loanwords listed carry long vowels more often than names.
    else if (long >= 2 && !word.includes("ー")) listed.push({ start, end });
  }
  if (listed.length === 0 || !text.includes("、")) return;
  const found = [...names, ...out.slice(first)];
  for (const { start, end } of listed) {
    const next = found.some((name) => name.end === start - 1) && text[start - 1] === "、";
    const previous = found.some((name) => name.start === end + 1) && text[end] === "、";
    if (next || previous) out.push(foundNameCandidate(text, start, end, "shape:dotted-listed"));
  }
}

/** `lineBreaks`: where a normalized space stands for a line break (a form's or a mail's lines). */
export function findSignalNames(
  text: string,
  found: readonly Candidate[],
  lineBreaks: readonly number[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  // One pass over the candidates: the names, and where the account numbers end.
  const names: Candidate[] = [];
  const accountEnds: number[] = [];
  for (const candidate of found) {
    if (candidate.type === "person_name") names.push(candidate);
    else if (ACCOUNT_TYPES.has(candidate.type)) accountEnds.push(candidate.end);
  }
  const taken = (start: number, end: number) =>
    names.some(
      (name) =>
        (name.start <= start && end <= name.end) || (name.start < start && start < name.end),
    );
  const seen = scanSignals(text);
  if (seen & SPACED) {
    spacedFullNames(text, out, taken, accountEnds, lineBreaks);
  }
  // 080-6620-1843（荒川）: a listed surname in brackets right after a phone or an address.
  if (seen & PAREN) {
    for (const c of found) {
      if (!CONTACT_TYPES.has(c.type)) continue;
      const match = BRACKETED_NAME.exec(text.slice(c.end, c.end + 14));
      const word = match?.[1] ?? "";
      if (!match || !SURNAMES.has(word) || !plausibleKanji(word)) continue;
      const start = c.end + match[0].indexOf(word);
      const end = start + (match[2] ? word.length + match[2].length : word.length);
      if (!taken(start, end)) out.push(foundNameCandidate(text, start, end, "cue:contact-bracket"));
    }
  }
  if (seen & DOTTED) dottedNames(text, names, out);
  if (seen & LATIN) latinNames(text, out, lineBreaks);
  if (seen & COMMA && (text.includes("歳") || text.includes("才")))
    namesBeforeAge(text, out, taken);
  if (seen & HANGUL) {
    for (const match of execAll(HANGUL_NAME, text)) {
      const start = match.index ?? 0;
      const end = start + (match[1] ?? "").length + 1 + (match[2] ?? "").length;
      if (!taken(start, end)) out.push(foundNameCandidate(text, start, end, "cue:korean-copula"));
    }
  }
  if (seen & PARENT) {
    for (const match of execAll(PARENT_OF, text)) pushKinName(text, match, out);
    for (const match of execAll(GLUED_CHILD_OF_PARENT, text)) {
      const surname = match[1] ?? "";
      const given = match[2] ?? "";
      if (!GIVEN_NAMES.has(given) || !isNameShaped(surname) || hasNonNameKanji(surname)) continue;
      if (NAME_STOP_WORDS.has(surname) || isOrdinaryWord(surname)) continue;
      const start = match.index ?? 0;
      out.push(
        foundNameCandidate(text, start, start + surname.length + given.length, "cue:kin-signal"),
      );
    }
  }
  if (seen & KIN) {
    for (const match of execAll(KIN_TOPIC, text)) pushKinName(text, match, out);
  }
  if (seen & CALLED) {
    for (const match of execAll(CALLED_AS, text)) {
      const word = match[1] ?? "";
      if (!plausibleWord(word)) continue;
      const start = match.index ?? 0;
      out.push(foundNameCandidate(text, start, start + word.length, "cue:called-as"));
    }
  }
  gluedSiblings(text, out);
  hiraganaSelf(text, out);
  const desuComma = (seen & DESU_COMMA) !== 0;
  const explained = desuComma || (seen & EXPLAINED) !== 0;
  const opening = (seen & OPENING) !== 0 || (text.includes(":") && HAS_SPEAKER_TAG.test(text));
  for (
    let at = explained || opening ? text.indexOf("です") : -1;
    at > 0;
    at = text.indexOf("です", at + 2)
  ) {
    // Both patterns end in a kanji or a hiragana right before です.
    const before = codeAt(text, at - 1);
    if (isHiragana(before) || isHanOrMark(before)) openingNameAt(text, at, explained, opening, out);
  }
  // The loops below read the names found before each loop (names, then out up to its length then),
  // by index: no copy of the two lists per text.
  const readings = desuComma || (seen & SHIMASU_COMMA) !== 0;
  for (let i = 0, n = readings ? names.length + out.length : 0, k = names.length; i < n; i += 1) {
    const name = (i < k ? names[i] : out[i - k]) as Candidate;
    // READING_AFTER starts with です or と申します.
    const next = codeAt(text, name.end);
    if (next !== 0x3067 && next !== 0x3068) continue;
    const reading = READING_AFTER.exec(text.slice(name.end, name.end + 20));
    const word = reading?.[1] ?? "";
    if (!reading || HIRAGANA_STOP_WORDS.has(word) || NOT_HIRAGANA_NAME.test(word)) continue;
    if (name.end - name.start < 2 || !/[\u3400-\u9fff]/.test(text.slice(name.start, name.end)))
      continue;
    const at = name.end + reading[0].length - word.length;
    out.push(foundNameCandidate(text, at, at + word.length, "echo:reading-after"));
  }
  if (seen & SCRIPT) {
    for (let i = 0, n = names.length + out.length, k = names.length; i < n; i += 1) {
      const name = (i < k ? names[i] : out[i - k]) as Candidate;
      if (!isHan(text.charCodeAt(name.start))) continue;
      const reading = SCRIPT_READING_AFTER.exec(text.slice(name.end, name.end + 32));
      const word = reading?.[1] ?? "";
      if (!reading || HIRAGANA_STOP_WORDS.has(word) || KATAKANA_STOP_WORDS.has(word)) continue;
      const at = name.end + reading[0].length - word.length;
      if (!taken(at, at + word.length))
        out.push(foundNameCandidate(text, at, at + word.length, "echo:reading-script"));
    }
  }
  if (seen & NAME_TOPIC && seen & DE_COMMA) {
    for (const match of execAll(SPELLED_THEN_READ, text)) {
      const word = match[1] ?? "";
      if (HIRAGANA_STOP_WORDS.has(word) || NOT_HIRAGANA_NAME.test(word)) continue;
      const start = (match.index ?? 0) + match[0].length - word.length;
      if (!taken(start, start + word.length))
        out.push(foundNameCandidate(text, start, start + word.length, "cue:spelled-then-read"));
    }
  }
  const comma = (seen & COMMA) !== 0;
  for (let i = 0, n = comma ? names.length + out.length : 0, k = names.length; i < n; i += 1) {
    const name = (i < k ? names[i] : out[i - k]) as Candidate;
    const gap = codeAt(text, name.start - 1) === 0x20 ? 2 : 1;
    // 、 before the name, a hiragana before it (READING_BEFORE_NAME), a kanji opening the name.
    if (codeAt(text, name.start - gap) !== 0x3001) continue;
    if (!isHiragana(codeAt(text, name.start - gap - 1))) continue;
    const reading = readingBefore(text, name.start - gap + 1, name);
    if (reading) out.push(reading);
  }
  if (
    text.includes("担当") ||
    text.includes("まで") ||
    text.includes("宛") ||
    text.includes("対応") ||
    text.includes("同行") ||
    STAFF_KATAKANA_WORD.test(text) ||
    TITLE_WORD.test(text) ||
    CLUB_WORD.test(text) ||
    VISITING_ROLE_WORD.test(text) ||
    SECTION_SENDER.test(text) ||
    MEMO_PHONE_GUARD.test(text)
  ) {
    contactPersons(text, found, out, taken);
  }
  if (seen & PAREN && /[\uac00-\ud7a3]\)/u.test(text)) hangulReadings(text, out, taken);
  if (seen & LATIN) latinHeader(text, found, out, taken);
  if (NUMBERED_ITEM.test(text)) numberedLatinNames(text, names, out, taken);
  if (out.length > 0) out.push(...partEchoes(text, out, names));
  // Maria Santos … The Santos family: each part of a Latin name another recognizer found.
  if (seen & LATIN) {
    const latin = names.filter((name) => LATIN_NAME_VALUE.test(text.slice(name.start, name.end)));
    if (latin.length > 0) out.push(...partEchoes(text, latin, [...names, ...out]));
  }
  return out;
}

/** Maria Santos: two or three capitalised Latin words, as partEchoes reads them. */
const LATIN_NAME_VALUE = /^[A-Z][a-z]+(?:[ '-][A-Z][a-z]+){1,2}$/u;

/**
 * The officer or person a message points to: after 担当 (`(担当平野)`, `担当:平野まで`), or the person
 * to ask for after a phone or an e-mail address (`052-…、関まで`, `…@example.com 佐伯宛`). Only a
 * listed surname, perhaps with a given name of kanji after a space.
 */
// 対応:杉浦: a visit note names who dealt with it (対応 only with a colon: 対応可能, 対応済み).
// 対応:杉浦 直人様、: the honorific after the name is no part of it. 担当:白石(092-…): the
// officer's number in brackets after the name.
// 同行 総務持田。: the staff who came along, perhaps with their section glued before the surname.
// 保健師矢口が連絡: a visiting professional's title glued before the surname.
// 会社担当岩切。: the officer of a company or of the other side; 持主久保田 信に連絡: the owner of a
// found thing.
const VISITING_ROLE = "保健師|民生委員|相談員|支援員|ケアマネ(?:ジャー)?|持ち?主";
const VISITING_ROLE_WORD = new RegExp(VISITING_ROLE, "u");
// 民生委員杉本へ / 民生委員杉本訪問予定: the visitor's surname before へ or the visit it makes.
// 越宝堂 総務高田より: a company's section glued to the surname of who sent the message.
const STAFF_GLUED = new RegExp(
  `(?<!${HAN})(?:(?:会社|先方|学校|病院|施設|事業所|業者)?担当(?:者)?[:：]?|対応[:：]|同行|${VISITING_ROLE}) ?(?:総務|人事|経理|庶務|営業|事務)?(${HAN}{1,3}(?: ${HAN}{1,3})?)(?<![様殿])(?=[()、。 ]|$|まで|から|より|です|が|に|へ|宛|様|殿|訪問|来訪|同行)|(?<=^|[ 、。])(?:総務|人事|経理|庶務|営業)(${HAN}{2,3})(?=より|から)`,
  "gu",
);
const SECTION_SENDER = /(?:総務|人事|経理|庶務|営業)\p{Script=Han}{2,3}(?:より|から)/u;
/**
 * 盆踊り保存会の日置です / 保存会日置しのぶ様: a member of a local club or association, before an
 * introduction or an honorific; a listed surname that is also a place passes here (the club is
 * not where one lives).
 */
const CLUB_WORD =
  /保存会|愛好会|同好会|振興会|婦人会|老人会|青年団|自治会|町内会|子ども会|商工会|猟友会|消防団/u;
// 猟友会上田に連絡 / 消防団の森へ依頼: a club's member a note contacted, before the particle and the
// contact (only a listed surname passes, as for every club member).
const CLUB_MEMBER = new RegExp(
  `(?:${CLUB_WORD.source})の?(${HAN}{2,3})(?=です|と申|でございます|様|さん|[\\u3041-\\u3096]{2,3}(?:様|さん)|(?:に|へ|から|より)(?:連絡|電話|依頼|相談|報告|確認|通報))`,
  "gu",
);
/**
 * 実行委員長吉村寛治に連絡 / 社長の大河内から: the head of a committee, an association or a company,
 * named after the title (glued, or after の): a listed surname, perhaps with a given name of kanji
 * glued on; no place's name (会長の長野から).
 */
// 上杉谷区長坂口 正人より: the head of a district (区長) glued after the district's name, and a
// full name spaced after the title.
const TITLE_WORD = /委員長|会長|理事長|組合長|社長|園長|校長|館長|院長|区長/u;
const TITLE_GLUED = new RegExp(
  `(?:(?<!${HAN})(?:実行委員長|委員長|自治会長|町内会長|会長|理事長|組合長|社長|園長|校長|館長|院長)|区長)の?(${HAN}{2,5}(?: ${HAN}{1,3}(?=[、。 ]|に|から|より|が|は|へ|と|も|まで|$))?)(?=[、。 ]|に|から|より|が|は|へ|と|も|まで|$)`,
  "gu",
);
function titledNameLength(run: string): number {
  const space = run.indexOf(" ");
  if (space > 0) {
    const surname = run.slice(0, space);
    const given = run.slice(space + 1);
    const known =
      SURNAMES.has(surname) && !PLACE_HOMOGRAPHS.has(surname) && !NAME_STOP_WORDS.has(surname);
    if (known && [...given].every((c) => GIVEN_KANJI.has(c))) return run.length;
    return titledNameLength(surname);
  }
  for (const size of [3, 2]) {
    const surname = run.slice(0, size);
    if (surname.length < size) continue;
    if (!SURNAMES.has(surname) || PLACE_HOMOGRAPHS.has(surname) || NAME_STOP_WORDS.has(surname))
      continue;
    const given = run.slice(size);
    if (given === "") return size;
    if (given.length <= 2 && [...given].every((c) => GIVEN_KANJI.has(c))) return run.length;
  }
  return 0;
}
/** 通訳グエン。 / 担当:タナカ: an interpreter's or an officer's surname in katakana, a listed reading. */
// ベトナム語通訳ファム（会社派遣） / ベトナム人社員ダンの件: the interpreter named with the language,
// a worker or a trainee with the nationality; a bracket or の may follow the name.
const STAFF_KATAKANA_WORD = /通訳|担当|社員|従業員|実習生|研修生/u;
const STAFF_KATAKANA = new RegExp(
  `(?:(?<!${HAN})(?:通訳|担当|社員|従業員|実習生|研修生)|(?<=語)通訳|(?<=人)(?:社員|従業員|実習生|研修生))(?:は|の|[:：])?([\\u30a1-\\u30faー]{2,8})(?=[()（）、。 ]|$|です|が|に|から|より|さん|の)`,
  "gu",
);
/** 、竹内。 / ・竹内): the next surname of a staff list, ending the list or the note. */
const STAFF_LISTED_NEXT = new RegExp(`^[、・] ?(${HAN}{2,3})(?=[)、。・ ]|$)`, "u");
const MAX_STAFF_LISTED = 4;
// 090-…に、関口まで: a particle and a pause may stand between the number and the person.
const PERSON_AFTER_CONTACT = new RegExp(
  `^(?:[にへ]?[ 、,])? ?(${HAN}{1,3})(?: ?(?:まで|宛|あて))`,
  "u",
);

function contactPersons(
  text: string,
  found: readonly Candidate[],
  out: Candidate[],
  taken: (start: number, end: number) => boolean,
): void {
  const push = (start: number, word: string, evidence: string) => {
    const surname = word.split(" ")[0] ?? "";
    if (!SURNAMES.has(surname) || !plausibleKanji(surname) || NAME_STOP_WORDS.has(surname)) return;
    if (!taken(start, start + word.length))
      out.push(foundNameCandidate(text, start, start + word.length, evidence));
  };
  if (/担当|対応|同行/u.test(text) || VISITING_ROLE_WORD.test(text) || SECTION_SENDER.test(text)) {
    for (const match of execAll(STAFF_GLUED, text)) {
      const word = match[1] ?? match[2] ?? "";
      let end = (match.index ?? 0) + match[0].length;
      push(end - word.length, word, "cue:staff-glued");
      // 担当三浦、竹内。: the staff listed after the first, each a listed surname.
      for (let more = 0; more < MAX_STAFF_LISTED; more += 1) {
        const next = STAFF_LISTED_NEXT.exec(text.slice(end, end + 6))?.[1];
        if (!next || !SURNAMES.has(next)) break;
        end = text.indexOf(next, end) + next.length;
        push(end - next.length, next, "cue:staff-glued");
      }
    }
  }
  if (CLUB_WORD.test(text)) {
    for (const match of execAll(CLUB_MEMBER, text)) {
      const word = match[1] ?? "";
      push((match.index ?? 0) + match[0].length - word.length, word, "cue:club-member");
    }
  }
  if (TITLE_WORD.test(text)) {
    for (const match of execAll(TITLE_GLUED, text)) {
      const run = match[1] ?? "";
      const length = titledNameLength(run);
      const start = (match.index ?? 0) + match[0].length - run.length;
      if (length > 0 && !taken(start, start + length))
        out.push(foundNameCandidate(text, start, start + length, "cue:title-glued"));
    }
  }
  if (STAFF_KATAKANA_WORD.test(text)) {
    for (const match of execAll(STAFF_KATAKANA, text)) {
      const word = match[1] ?? "";
      if (!SURNAME_READINGS.has(toHiragana(word)) || KATAKANA_STOP_WORDS.has(word)) continue;
      const end = (match.index ?? 0) + match[0].length;
      if (!taken(end - word.length, end))
        out.push(foundNameCandidate(text, end - word.length, end, "cue:staff-glued"));
    }
  }
  for (const c of found) {
    if (!CONTACT_TYPES.has(c.type)) continue;
    const match = PERSON_AFTER_CONTACT.exec(text.slice(c.end, c.end + 12));
    const word = match?.[1] ?? "";
    if (match) push(c.end + match[0].indexOf(word), word, "cue:contact-person");
    // メモ)Tel 090-… 浅葉 (…へ転送): a memo's caller, spaced after the labelled phone; a word of
    // surname kanji passes unlisted, as the memo is nothing but the number and the name.
    if (
      c.type !== "phone" ||
      !PHONE_LABEL_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start))
    )
      continue;
    const memo = MEMO_PERSON_AFTER_PHONE.exec(text.slice(c.end, c.end + 8))?.[1] ?? "";
    if (!memo || !isNameShaped(memo) || isOrdinaryWord(memo) || NAME_STOP_WORDS.has(memo)) continue;
    if (PLACE_HOMOGRAPHS.has(memo) || taken(c.end + 1, c.end + 1 + memo.length)) continue;
    out.push(foundNameCandidate(text, c.end + 1, c.end + 1 + memo.length, "cue:memo-caller"));
  }
}

const PHONE_LABEL_BEFORE = /(?:Tel|TEL|tel|電話|携帯)[.:：]? ?$/u;
/** A labelled phone, a space and a kanji: a cheap test before the memo's caller is looked for. */
const MEMO_PHONE_GUARD = /(?:Tel|TEL|tel|電話|携帯)[.:：]? ?[0-9+][0-9-]{9,14} [\u3400-\u9fff]/u;
const MEMO_PERSON_AFTER_PHONE = new RegExp(`^ (${HAN}{2,3})(?= ?\\(| ?。|$)`, "u");

/** 金 美羅(김미라): a name in kanji with its Korean reading in brackets after it. */
const HANGUL_READING = new RegExp(
  `(?<!${HAN})(${HAN}{1,2} ?${HAN}{1,2})\\(([\\uac00-\\ud7a3]{2,4})\\)`,
  "gu",
);

const HONOURED_AFTER = /^(?:さん|様|さま|氏|です|と申)/u;

function hangulReadings(
  text: string,
  out: Candidate[],
  taken: (start: number, end: number) => boolean,
): void {
  for (const match of execAll(HANGUL_READING, text)) {
    const kanji = match[1] ?? "";
    const hangul = match[2] ?? "";
    // One Hangul syllable for each kanji of the name.
    if (kanji.replace(" ", "").length !== hangul.length) continue;
    const start = match.index ?? 0;
    // 税金(세금): unspaced, only a listed surname first, and an honorific or です after.
    const after = text.slice(start + match[0].length, start + match[0].length + 3);
    if (!kanji.includes(" ") && !(SURNAMES.has(kanji[0] ?? "") && HONOURED_AFTER.test(after)))
      continue;
    if (isOrdinaryWord(kanji.replace(" ", ""))) continue;
    if (!taken(start, start + kanji.length))
      out.push(foundNameCandidate(text, start, start + kanji.length, "cue:hangul-reading"));
    const at = start + kanji.length + 1;
    out.push(foundNameCandidate(text, at, at + hangul.length, "cue:hangul-reading"));
  }
}

/** Ahmed Khan / Phone: …: a Latin name heading a message, a contact field right after it. */
const LATIN_HEADER = new RegExp(
  `^((?:${CAP})(?: (?:${CAP})){1,2}) (?=(?:Phone|Tel|TEL|Mobile|E-mail|Email|Mail|Address|電話|携帯|住所|メール) ?[:：])`,
  "u",
);

/**
 * Daniel Osei (a line break, an address, a DOB) / Lucas Pereira. New address is …: a Latin name
 * alone at the head of a message that holds an address, a contact or a document number.
 */
// Move-in notice: CAP is an alternation, grouped so that a hyphenated word alone (Moving-in,
// Check-out) is not taken as a whole name.
const LATIN_HEAD_ALONE = new RegExp(`^((?:${CAP})(?: (?:${CAP})){1,2})(?=[.,]? |[.,]?$)`, "u");
/** What makes a message about a person: an address, a contact, a date of birth, a document. */
const RECORD_TYPES: ReadonlySet<string> = new Set([
  "address",
  "postal_code",
  "phone",
  "email",
  "birth_date",
  "passport",
  "residence_card",
  "drivers_license",
]);

function latinHeader(
  text: string,
  found: readonly Candidate[],
  out: Candidate[],
  taken: (start: number, end: number) => boolean,
): void {
  const match =
    LATIN_HEADER.exec(text) ??
    (found.some((c) => RECORD_TYPES.has(c.type)) ? LATIN_HEAD_ALONE.exec(text) : null);
  const value = match?.[1] ?? "";
  if (!match || value.split(" ").some((w) => !VOWEL.test(w) || NOT_NAME_WORD.test(w))) return;
  if (!taken(0, value.length))
    out.push(foundNameCandidate(text, 0, value.length, "cue:latin-header"));
}

/**
 * ふるやま、古山 ミツ: the kana word before a found kanji name (and a comma) is its reading when it
 * starts as some listed surname with the name's first kanji starts (ふる of 古川, 古田; not もしもし、森).
 */
function readingBefore(text: string, at: number, name: Candidate): Candidate | null {
  if (!isHan(text.charCodeAt(name.start))) return null;
  const first = text[name.start] ?? "";
  const match = READING_BEFORE_NAME.exec(text.slice(Math.max(0, at - 10), at));
  const kana = match?.[1] ?? "";
  if (!match || HIRAGANA_STOP_WORDS.has(kana) || NOT_HIRAGANA_NAME.test(kana)) return null;
  const starts = firstKana().get(first);
  if (!starts?.has(unvoice(kana.slice(0, 2)))) return null;
  const start = at - match[0].length + match[0].indexOf(kana);
  return foundNameCandidate(text, start, start + kana.length, "cue:reading-before-name");
}

let firstKanaCache: Map<string, Set<string>> | null = null;

/** The first two kana of the listed readings of surnames, by their first kanji (古 → ふる, こが). */
function firstKana(): Map<string, Set<string>> {
  if (firstKanaCache) return firstKanaCache;
  const map = new Map<string, Set<string>>();
  for (const [surname, reading] of SURNAMES) {
    if (!reading) continue;
    const key = surname.slice(0, 1);
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    if (reading.length >= 2) set.add(unvoice(reading.slice(0, 2)));
  }
  firstKanaCache = map;
  return map;
}

const SELF_GLUED = /^(?:わたくし|あたくし|わたし|あたし)/u;

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
  const whole = hiragana?.[1] ?? "";
  // わたしたちですけど / わたしうちですけど: the caller's own わたし glued on is no name; before a
  // listed reading (わたしうちだ) only the reading is.
  const self = SELF_GLUED.exec(whole)?.[0].length ?? 0;
  if (self > 0 && !SURNAME_READINGS.has(whole.slice(self))) return;
  const kana = whole.slice(self);
  if (!hiragana || HIRAGANA_STOP_WORDS.has(kana) || NOT_HIRAGANA_NAME.test(kana)) return;
  // うちのもまだです: "ours", a particle and an ordinary word.
  if (isOursBeforeParticle(kana)) return;
  if (!OPENING_HIRAGANA_AFTER.test(text.slice(at, at + 4))) return;
  out.push(foundNameCandidate(text, at - kana.length, at, "cue:opening-hiragana"));
}

function spacedFullNames(
  text: string,
  out: Candidate[],
  taken: (start: number, end: number) => boolean,
  accountEnds: readonly number[],
  lineBreaks: readonly number[],
): void {
  // Speech recognition spaces every word: there only a listed surname and a strong cue count. The
  // line breaks of a mail or a form are no such spaces (件名…\n本文…\n桐谷 麗\n090-…).
  let spacedWords = -1;
  const isAsr = () => {
    if (spacedWords < 0) {
      spacedWords = 0;
      for (const match of text.matchAll(/[\u3041-\u9fff] [\u3041-\u9fff]/g))
        if (!lineBreaks.includes((match.index ?? 0) + 1)) spacedWords += 1;
    }
    return spacedWords >= 4;
  };
  for (const match of execAll(SPACED_FULL, text)) {
    const label = match[1] ?? "";
    const surname = match[2] ?? "";
    const given = match[3] ?? "";
    const start = (match.index ?? 0) + label.length;
    const end = (match.index ?? 0) + match[0].length;
    if (taken(start, end)) continue;
    // 件名:予約\nお子さまの…: a line break is no space inside a name.
    if (lineBreaks.includes(start + surname.length)) continue;
    if (!label && OTHER_FIELD_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    // Twelve characters: the holder's bank name is longer than the other cues.
    const after = text.slice(end, end + 12);
    // At the head of the message or after a kin word the name opens what is said about it.
    const head =
      start === 0 ||
      text[start - 1] === "\n" ||
      KIN_BEFORE.test(text.slice(Math.max(0, start - 6), start));
    const listed = SURNAMES.has(surname);
    const strong =
      label !== "" ||
      STRONG_AFTER.test(after) ||
      (listed &&
        (HOLDER_BEFORE_BANK.test(after) ||
          STAFF_ROLE_BEFORE.test(text.slice(Math.max(0, start - 10), start))));
    const weak = WEAK_AFTER.test(after) || (head && TOPIC_AFTER.test(after));
    const opens = !strong && head && weak;
    if (!strong && !weak) continue;
    if (!(listed && strong) && isAsr()) continue;
    // 王 子涵と申します: a listed surname that is also a word, in a self-introduction.
    const introduced = strong && listed && /^(?:と申|と言い|といい|です)/.test(after);
    if (!(plausibleKanji(surname) || introduced)) continue;
    // 江口 ゆりあ様 / 竹内 みつ子さん: a listed surname before a strong cue may end like a place (口, 内).
    if (NOT_SURNAME_END.test(surname) && !(listed && strong)) continue;
    if (hasNonNameKanji(surname)) continue;
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
  if (!/[\u30a1-\u30fa] [\u30a1-\u30fa]/.test(text)) return;
  // Speech recognition spaces every word: there only the holder after an account number counts.
  const asr = isAsr();
  if (asr && accountEnds.length === 0) return;
  for (const match of execAll(SPACED_KATAKANA, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (taken(start, end) || lineBreaks.includes(start + (match[1] ?? "").length)) continue;
    const after = text.slice(end, end + 6);
    // 普通 5702593 ヤギ サトシ で: the holder written after the account number, or after 名義.
    const holder =
      (accountEnds.includes(start - 1) && text[start - 1] === " ") ||
      HOLDER_LABEL_BEFORE.test(text.slice(Math.max(0, start - 6), start));
    if (asr && !holder) continue;
    if (!holder && !STRONG_AFTER.test(after) && !WEAK_AFTER.test(after)) continue;
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

/** (김소연), (リー・ウェイ), (李偉): a name written in Hangul, katakana or kanji, in brackets. */
const NAME_IN_BRACKETS =
  /^\(([\uac00-\ud7a3]{2,5}|[\u30a1-\u30faー]{2,8}(?:[・ ][\u30a1-\u30faー]{2,8})?|[\u4e00-\u9fff]{2,4})\)/u;

/** Caller Daniel Reid, …: a role word a note writes before the name, capitalised like it. */
const ROLE_WORD_FIRST = /^(?:Caller|Visitor) (?=\S+ \S)/u;
/** Words of an office's or a body's name, signed on a last line like a person's. */
const OFFICE_NAME_WORD =
  /^(?:Section|Division|Department|Desk|Team|Support|Services?|Bureau|Affairs|Committee|Association|Inc|Ltd|Corp|Company|Co)$/u;

function latinNames(text: string, out: Candidate[], lineBreaks: readonly number[]): void {
  const textEnd = text.trimEnd().length;
  const paired: LatinFullName[] = [];
  // Looked up for every name found: a set, not a scan of every line break.
  const breaks = new Set(lineBreaks);
  // tom.brennan@…: the words of the e-mail addresses' local parts, each a name's word.
  const mailbox = text.includes("@") ? mailboxWords(text) : null;
  for (const match of execAll(LATIN_FULL, text)) {
    const role = ROLE_WORD_FIRST.exec(match[1] ?? "")?.[0].length ?? 0;
    const whole = (match[1] ?? "").slice(role);
    const start = (match.index ?? 0) + role;
    // Yusuf Karim⏎Child's date of birth: a line break ends the name (one word is none).
    const value = whole.slice(0, lineBreakIn(lineBreaks, start, start + whole.length) - start);
    const words = value.split(" ");
    if (words.length < 2) continue;
    // Each word a name's: a vowel, no building or field word, no romaji place (Muteki-ku).
    if (words.some((w) => !VOWEL.test(w) || NOT_NAME_WORD.test(w) || PLACE_SUFFIX.test(w)))
      continue;
    const end = start + value.length;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 24);
    // Call log 1/28: Ana Reyes asked: a note's header ends in a colon.
    const atSentenceStart = /(?:^|[.!?。、:]\s?|\n)$/.test(before);
    // Thomas Becker (a line of its own) / t.becker@…: a signature, the writer's address under it.
    // …attend on 10 January? / Tom Reid: or the message's last line, a name alone (in capitals
    // it may be a place: TOKYO STATION).
    const ownLine = start === 0 || breaks.has(start - 1);
    const lastLine =
      ownLine &&
      start > 0 &&
      end === textEnd &&
      /[a-z]/u.test(value) &&
      !words.some((w) => OFFICE_NAME_WORD.test(w));
    const signed =
      SIGN_OFF_BEFORE.test(before) ||
      (ownLine && breaks.has(end) && (MAIL_LINE_NEXT.test(after) || JOB_LINE_NEXT.test(after))) ||
      lastLine;
    const cued =
      signed ||
      (mailbox !== null && words.every((w) => mailbox.has(w.toLowerCase()))) ||
      LATIN_LABEL_BEFORE.test(before) ||
      JAPANESE_TOPIC_AFTER.test(after) ||
      (atSentenceStart && ENGLISH_SUBJECT_AFTER.test(after) && !FACILITY_AFTER.test(after));
    // Words in capitals alone (NHK ATM) only after a field label.
    if (!/[a-z]/.test(value) && !signed && !LATIN_LABEL_BEFORE.test(before) && !/\//.test(after))
      continue;
    if (!cued) {
      paired.push({ start, end, cued: false });
      continue;
    }
    paired.push({ start, end, cued: true });
    out.push(foundNameCandidate(text, start, end, "shape:latin-full-name"));
    // Kim Soyeon(김소연) / Li Wei(李偉): the same name in another script, in brackets after it.
    // Ana Reyes (アナ・レイエス): a space may stand before the bracket.
    const bracket = text[end] === " " ? end + 1 : end;
    const reading =
      codeAt(text, bracket) === 0x28
        ? NAME_IN_BRACKETS.exec(text.slice(bracket, bracket + 24))
        : null;
    if (reading) {
      const inner = bracket + 1;
      out.push(
        foundNameCandidate(text, inner, inner + (reading[1] ?? "").length, "cue:latin-reading"),
      );
    }
  }
  if (text.includes(" and ") || text.includes(", ") || text.includes("、"))
    namesJoinedByAnd(text, paired, out);
  if (paired.some((name) => name.cued)) signedByGivenName(text, textEnd, paired, out, lineBreaks);
  if (text.includes("- ")) dashSigned(text, textEnd, out, lineBreaks);
  // c/o Sato: the one word after "care of" is the household's name.
  for (const match of execAll(/c\/o ([A-Z][a-z]+)(?![A-Za-z])/gi, text)) {
    const word = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - word.length;
    out.push(foundNameCandidate(text, start, start + word.length, "cue:care-of"));
  }
}

/**
 * 子どもを小学校に入れたいんですけど、ガブリエル、7歳です: a child named in kana, then a pause and the
 * child's age. A katakana word (no loanword or country) or a listed given name in hiragana.
 */
// Read before each 歳 or 才 (an indexOf), not by a pattern run over the whole text.
const NAME_BEFORE_AGE = new RegExp(
  `(?:^|[、。!?「 ])(${KATA}{2,10}|${HIRA}{2,5})、 ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?$`,
  "u",
);
const AGE_ENDS = /^(?:です|でした|で、|になり|。|$)/u;
const COUNTRY = new RegExp(`^(?:${COUNTRIES})$`, "u");

function namesBeforeAge(
  text: string,
  out: Candidate[],
  taken: (start: number, end: number) => boolean,
): void {
  for (let at = nextAge(text, 0); at > 0; at = nextAge(text, at + 1)) {
    if (!AGE_ENDS.test(text.slice(at + 1, at + 4))) continue;
    const from = Math.max(0, at - 18);
    const match = NAME_BEFORE_AGE.exec(text.slice(from, at));
    const word = match?.[1] ?? "";
    if (!match) continue;
    const start = from + match.index + match[0].indexOf(word);
    // The slice may start inside a longer word: the word must open the text or follow a pause.
    if (start > 0 && !/[、。!?「 ]/u.test(text[start - 1] ?? "")) continue;
    const katakana = /^[\u30a1-\u30faー]/u.test(word);
    if (
      katakana
        ? KATAKANA_STOP_WORDS.has(word) || COUNTRY.test(word)
        : HIRAGANA_STOP_WORDS.has(word) || !isListedGivenName(word)
    )
      continue;
    if (!taken(start, start + word.length))
      out.push(foundNameCandidate(text, start, start + word.length, "cue:name-before-age"));
  }
}

/** The next 歳 or 才 from `from`, or -1. */
function nextAge(text: string, from: number): number {
  const sai = text.indexOf("歳", from);
  const old = text.indexOf("才", from);
  return sai < 0 ? old : old < 0 ? sai : Math.min(sai, old);
}

/** A full name in Latin letters LATIN_FULL found, and whether a cue made it a name. */
type LatinFullName = { readonly start: number; readonly end: number; readonly cued: boolean };

/** Sabina Gurung and Dawa Sherpa, have not…: the verb of a plural subject after the pair. */
const PLURAL_SUBJECT_AFTER =
  /^,? (?:have|had|are|were|will|would|can|cannot|could|need|want|both|live|arrived|came|do|did)\b/u;

/** What joins the names of a list: a comma (a Japanese one too), "and" or both. */
const LIST_JOINT = /^(?:,? and |, |、 ?)$/u;
/** Siti Rahmawati、Nur Aini。: a Japanese list of Latin names goes on or ends after each name. */
const JAPANESE_LIST_GOES_ON = /^\s?(?:[、。)]|$)/u;

function listEndsAfter(text: string, joint: string, end: number): boolean {
  return !joint.startsWith("、") || JAPANESE_LIST_GOES_ON.test(text.slice(end, end + 2));
}

/**
 * Two of them, Sabina Gurung and Dawa Sherpa, have not…: two full names joined by "and" are both
 * names when either is one, or when the pair is the subject of a plural verb. …the clean-up: Tom
 * Brennan, Sofia Marchetti and Kenji Lowe: a list of full names joined by commas and "and" are all
 * names when one of them is.
 */
function namesJoinedByAnd(text: string, found: readonly LatinFullName[], out: Candidate[]): void {
  const named = found.map((name) => name.cued);
  for (let i = 1; i < found.length; i += 1) {
    const first = found[i - 1] as LatinFullName;
    const second = found[i] as LatinFullName;
    const joint = text.slice(first.end, second.start);
    if (!LIST_JOINT.test(joint) || !listEndsAfter(text, joint, second.end)) continue;
    const plural =
      joint === " and " && PLURAL_SUBJECT_AFTER.test(text.slice(second.end, second.end + 8));
    if (named[i - 1] || plural) named[i] = true;
    if (named[i] || plural) named[i - 1] = true;
  }
  // A list goes back from a name found late in it too (A, B and C, C found).
  for (let i = found.length - 2; i >= 0; i -= 1) {
    const next = found[i + 1] as LatinFullName;
    const joint = text.slice((found[i] as LatinFullName).end, next.start);
    if (named[i + 1] && LIST_JOINT.test(joint) && listEndsAfter(text, joint, next.end))
      named[i] = true;
  }
  found.forEach((name, i) => {
    if (!name.cued && named[i])
      out.push(foundNameCandidate(text, name.start, name.end, "cue:latin-pair"));
  });
}

const LOCAL_PART_CHAR = /[A-Za-z0-9._+-]/u;

/** The lower-case words of every e-mail address's local part in the text (tom.brennan → tom, brennan). */
function mailboxWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  // From each at-mark back over the local part (no regex run over the whole text).
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && start > at - 64 && LOCAL_PART_CHAR.test(text[start - 1] ?? "")) start -= 1;
    for (const word of text
      .slice(start, at)
      .toLowerCase()
      .match(/[a-z]+/gu) ?? [])
      words.add(word);
  }
  return words;
}

/**
 * …Please reply to tom.brennan@…⏎⏎Tom: the message's last line holds only the first word of a full
 * name found in it, the writer signing with the given name.
 */
function signedByGivenName(
  text: string,
  textEnd: number,
  found: readonly LatinFullName[],
  out: Candidate[],
  lineBreaks: readonly number[],
): void {
  const lastBreak = lineBreaks.filter((at) => at < textEnd).at(-1);
  if (lastBreak === undefined) return;
  const word = text.slice(lastBreak + 1, textEnd);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return;
  if (!found.some((name) => name.cued && text.startsWith(`${word} `, name.start))) return;
  out.push(foundNameCandidate(text, lastBreak + 1, textEnd, "cue:latin-given-signature"));
}

/**
 * …for my new job. — Marco: a message signed after a dash, the name (one or two words) ending its
 * line; the dash follows a sentence on the same line (a list's dash starts a line).
 */
const DASH_SIGNED = new RegExp(`(?<=[.!?] )-{1,2} ?((?:${CAP})(?: (?:${CAP}))?)`, "gu");

function dashSigned(
  text: string,
  textEnd: number,
  out: Candidate[],
  lineBreaks: readonly number[],
): void {
  for (const match of execAll(DASH_SIGNED, text)) {
    const at = match.index ?? 0;
    if (lineBreaks.includes(at - 1)) continue;
    const words = (match[1] ?? "").split(" ");
    const start = at + match[0].length - (match[1] ?? "").length;
    // Marco⏎Reply: a line break may fall after the first word.
    const first = words[0] ?? "";
    for (const name of [words.join(" "), first]) {
      const end = start + name.length;
      if (end !== textEnd && !lineBreaks.includes(end)) continue;
      if (name.split(" ").some((w) => NOT_NAME_WORD.test(w) || OFFICE_NAME_WORD.test(w))) break;
      out.push(foundNameCandidate(text, start, end, "cue:dash-signed"));
      break;
    }
  }
}

/** ウェンディです … ウェンディ・アン・ハーパー: each part of a name found here said alone elsewhere. */
function partEchoes(
  text: string,
  added: readonly Candidate[],
  names: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  let covers: ((start: number, end: number) => boolean) | undefined;
  // A part found in many names (a long text repeating one) is looked for once.
  const seen = new Set<string>();
  for (const name of added) {
    if (name.evidence.startsWith("echo:")) continue;
    for (const part of text.slice(name.start, name.end).split(/[・＝= ]/)) {
      if (seen.has(part)) continue;
      seen.add(part);
      // Kana and Latin parts of three letters or more, kanji of two or more (汐里 … 汐里が);
      // katakana of two said as a word of its own (ラナ・マヤです。ネパールのラナ。).
      const short = part.length === 2 && /^[\u30a1-\u30fa]/.test(part);
      if (part.length < (/^[\u3400-\u9fff]/.test(part) ? 2 : 3) && !short) continue;
      for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
        const end = at + part.length;
        if ((covers ??= candidateCoverage([...names, ...added]))(at, end)) continue;
        const word = /^[\u3400-\u9fff]/.test(part)
          ? /[\u3400-\u9fff々]/
          : /^[\u3041-\u3096]/.test(part)
            ? /[\u3041-\u3096]/
            : /[\u30a1-\u30faーA-Za-z]/;
        if (word.test(text[at - 1] ?? "") || word.test(text[end] ?? "")) continue;
        if (
          short &&
          !(
            /^(?:[、。 のはが]|)$/.test(text[at - 1] ?? "") &&
            /^(?:[、。!！?？]|です|さん|様|は|が|$)/.test(text.slice(end, end + 2))
          )
        )
          continue;
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
