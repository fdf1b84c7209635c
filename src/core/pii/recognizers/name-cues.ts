import type { CueStrength } from "./name-check";
import type { NameRun } from "./name-runs";
import { isNameShaped } from "../name-kanji";

/** Cue words; the name is the run before (さん, と申します, です) or after (名前は, 妻の) them. */
// 谷川由紀宛てで: the addressee of a letter or a parcel.
const HONORIFIC = /さん|様|さま|サマ|くん|君|ちゃん|氏|殿|先生|宛て?(?=で|に|の|へ|、|。|$)/g;
// って言うてる / と言うて: the western dialect's "I am called".
// 柘植いうもんじゃが / 加賀美って名乗ってました: the western dialect's "a person called", a name given.
// 小田切 いうもんです / ルーカス ていうて: the same, spaced off by speech recognition.
// 田所 と 申します: speech recognition puts spaces between the particle and the verb.
// 行かないと 申し 込めない: 申し込む (apply) and 申し出る are other verbs.
// くぼって申します: the colloquial quotative before the humble verb.
const SELF_INTRO =
  /と ?申し(?! ?[込出])|って ?申し(?! ?[込出上])|と ?もうし(?! ?[こで])|と ?申す|と ?いい ?ます|と ?言い ?ます|って ?いい ?ます|って ?言い ?ます|って言うて|っていうて|と言うて|(?:と|って)いう(?:もん|者)(?=じゃ|です|や|だ|で)|いう(?<=[\u4e00-\u9fff々\u30a1-\u30fa\u30fc] ?いう)(?:もん|者)(?=じゃ|です|や|だ|で)| ていうて(?<=[\u4e00-\u9fff々\u30a1-\u30fa\u30fc] ていうて)|(?:と|って)名乗/g;
/**
 * 大西ちゅうねん / 上遠野っていうんですけど / 宇佐美の者ですが: a name said more loosely, or the house a
 * caller speaks for; taken like a self-introduction at the start of a turn (名前-shaped words only).
 */
// 柿本いいますねん / 九十九ってもんだけど / 比嘉やいびーん: more dialect self-introductions.
const LOOSE_INTRO =
  /(?:と|って)?(?:いい|言い)ます(?:ねん|ねや|んや)|って(?:もん|者)(?=だ|です|じゃ|や|で)|やいびーん|っ?ちゅう(?:ねん|もん|ます|んや|んです)|って(?:いう|言う)ん(?:です|だ|や|じゃ)|って(?:いう|言う)とよ|ち(?:いい|言い)ます|の者(?:です|でございます|だ|じゃ|や)|(?:という|って)(?:人|方|男|女|男性|女性|職員)(?=から|が|に|は|の|を|、|です|でした)|(?:と|って)言う(?:もん|者)(?=です|じゃ|や|だ|で)/g;
// 佐々木だ。/ 熊谷じゃ。/ 北条や。/ 高田やけど: a plain or dialect copula ending the clause or
// before けど (known names only).
// 菅野だっちゃ / 佐藤だべ / 小野田ですわ / 森やねん: more dialect copulas, for listed names only.
// 工藤だども / 工藤だけんど: Tohoku's "…だけど"; 「わしじゃ、工藤じゃ」: quoted, before the closing
// bracket.
const COPULA =
  /だっちゃ|だべ|やねん|やで|ですわ|です|でございます|だよ|っす|(?:だ|じゃ)(?=[。、!?」]|けど|けんど|ども|$)|や(?=[。!?]|けど|$)/g;
/** 斎藤の家内です: a name before a family role the caller speaks for. */
// 高橋 の 妻 です: speech recognition spaces the words (and may write はは, ちち in kana); 長岡の娘で、
// …です: the role said as the clause before the caller's own name.
const FAMILY_OF =
  /の ?(?:家内|主人|妻|夫|母|父|息子|娘|長男|長女|次男|次女|三男|三女|家族|嫁|孫|姪|甥|はは|ちち|つま|むすめ|むすこ) ?(?:です|でございます|で[、,])|の(?:代理|代わり|かわり|件で|名義(?![人はが:])|分(?=[もとをでがは、]))/g;
/** Hesitations a caller puts between a label and the name (名前は、えー、石橋です). */
// 名字は二人とも岩瀬です: the people the label covers, said before the name they share.
const HESITATION =
  "(?:[、,? …]|\\.\\.\\.|えーと|えっと|ええと|えー|あのー|あの|あー|ですね|二人とも|ふたりとも|三人とも|両方とも|どちらも|みんな|全員){0,4}";
// 受給者は, 飼い主は, 相続人は: the person a form or a procedure is about. 出店者:, 応募者:,
// 拾得者:: the stall holder of a festival, an applicant to a call, the finder of a lost thing.
// 子の名 ユナ: a note's short label for the child's given name.
// from: 相原 (a mail's sender line). 亡くなった方:/死亡者: the deceased a form is about (before a
// colon only: 亡くなった方の年金 is no label).
/** The roles a form, a note or a chat names a person by (申請者:, 利用者:). */
const ROLE_WORD =
  "世帯主|申請者|代理人|契約者|代表者|相談者|受取人|届出人|来庁者|来所者|対象者|利用者|電話者|通報者|受給者|飼い主|所有者|被相続人|相続人|扶養者|同居人|入居者|入所者|納税者|喪主|施主|新郎|新婦|請求者|配偶者|筆頭者|担当者|差出人|送信者|記入者|依頼者|申出人|委任者|受任者|後見人|保証人|故人|保護者|申込者|申込人|納税義務者|被保険者|記録者|出店者|出展者|出品者|応募者|寄附者|寄付者|申告者|拾得者|遺失者|購入者";
// 参加者:岡部、三浦、新井: the people a list after a colon names (a number of people is no name).
// 夫:高木大輔 妻:藤井明里: a household's members in a form (夫:会社員 妻:パート are words).
const GROUP_WORD =
  "参加者|出席者|欠席者|同席者|家族|世帯員|構成員|メンバー|(?<=^|[ 、。,:】)])(?:妻|夫|父|母|長男|長女|次男|次女|三男|三女|息子|娘|祖父|祖母|孫|兄|姉|弟|妹)";
// 联系人:陈建国 / 申请人: 刘志强: a Chinese form's person labels, before a colon only.
const CHINESE_ROLE_WORD =
  "联系人|聯絡人|联络人|申请人|负责人|負責人|监护人|監護人|收件人|收信人|户主|戶主|委托人|委託人";
const LABEL_WORD = `(?:(?:from|From|FROM)(?=\\s?:)|(?:${CHINESE_ROLE_WORD})(?= ?:)|お名前|名前|なまえ|ナマエ|氏名|名義人|名義|宛名|苗字|名字|下の名前|フリガナ|ふりがな|カナ|(?:旧姓|旧氏)\\((?=[\\u4e00-\\u9fff々])|旧姓|旧氏|現姓|新姓|姓名|(?:${ROLE_WORD})名?|(?:対応|応対|入電|来電|架電) ?者 ?名?|(?:子|子ども|児童|お子さん|お子様)の名(?![義前字])|(?:本人|漢字|児童|生徒|園児|亡くなった方|死亡者)(?= ?:)|(?:${GROUP_WORD})(?= ?:))`;
// フリガナ欄、ワタヌキで: the field of a form, then its value.
// 氏名欄にはキム ミンジュンと: what is written in a field follows に.
// 名前 は 高橋: speech recognition spaces the particle off the label.
const LABEL = new RegExp(
  `${LABEL_WORD}(?:(?:欄|の欄)(?:には|に)?)?(?: ?(?:は|ハ|が|:|=|も|って|の))?${HESITATION}`,
  "g",
);
/** ひらがなでひなたです, カタカナで タカハシ: the script a caller spells the name in. */
const SCRIPT =
  /(?:カタカナ|かたかな|ひらがな|平仮名|片仮名|漢字|ローマ字)(?:で|だと|では|なら)、?/g;
const GROUP_HEAD = new RegExp(`^(?:${GROUP_WORD})`, "u");
const LABEL_HEAD = new RegExp(`^${LABEL_WORD}(?:欄|の欄)?`, "u");
// 私、末永の分です / 本人の白井が: the caller or the person concerned named in passing.
// 妻 の 柴崎: speech recognition may space the particle off the kin word.
// 父・俊彦が / 妻・由美の: a kin word joined to the given name by a middle dot.
// 長女 はるか(, 息子(翔太、 (a spaced は or の glued to kana is the name's first kana), 故 安達 キヨ: a household
// listed in a note, a name in brackets after a kin word.
// おばあの, ばっちゃ、, うちの凛の: kin words of everyday speech and dialect; 担当の, 税務課の, 大家の:
// the staff and third parties a caller names.
const RELATION =
  /(?:妻|夫|主人|家内|旦那|息子|娘|長男|長女|次男|次女|三男|三女|母|父|母親|父親|祖母|祖父|孫|兄|姉|弟|妹|子ども|子供|うちの子|嫁|婿|姪|甥|叔母|伯母|叔父|伯父|義母|義父|いとこ|本人|私|わたし|わたくし|僕|おばあ(?:ちゃん|さん)?|ばあちゃん|ばっちゃん?|おじい(?:ちゃん|さん)?|じいちゃん|じっちゃん?|おかん|おとん|おふくろ|おやじ|親父|かあちゃん|とうちゃん|母ちゃん|父ちゃん|女房|うち|担当|担当者|[課係]|保健師|ケアマネ|ヘルパー|民生委員|大家|家主|管理人|主治医|弁護士|上司|同僚|友人|知人)(?: (?![のは][\u3041-\u3096]))?(?:の|は|、)|(?:息子|娘|子ども|子供|うちの子|孫|兄|姉|弟|妹|長男|長女|次男|次女|嫁|妻|父|母|夫) ?が|(?<=^|[、。,:： ])(?:妻|夫|長男|長女|次男|次女|三男|三女|父|母|息子|娘|祖父|祖母|孫|故|本人|妊婦|産婦) (?=[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa])|(?<![\u4e00-\u9fff々])(?:妻|夫|長男|長女|次男|次女|三男|三女|父|母|息子|娘|祖父|祖母|義父|義母|孫|兄|姉|弟|妹|新郎|新婦)・(?=[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa])|(?:妻|夫|長男|長女|次男|次女|三男|三女|父|母|息子|娘|祖父|祖母|孫|子)\((?=[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa])|(?:[課係室]|委員|ワーカー|相談員|保健師|担当) (?=[\u4e00-\u9fff])/g;
// 保育課 秋元 から / ケースワーカー 坂東 より: a staff note names the officer after the office or role.
/** An office or a role spaced off the name that follows it (a staff note's sender or contact). */
export const STAFF_SPACED = /^(?:[課係室]|委員|ワーカー|相談員|保健師|担当) $/u;
/** What comes before the office or role: its own name (保育課, 民生委員), or a new item for 担当. */
export function staffCueAt(text: string, at: number, cue: string): boolean {
  const before = text[at - 1] ?? "";
  if (cue.startsWith("担当")) return /^(?:|[。、:： ])$/u.test(before);
  return /[\u4e00-\u9fff\u30a1-\u30fa]/u.test(before);
}
/** What follows the officer's name in a note: from, to, the end of the item, an extension. */
export const STAFF_NAME_END = /^ ?(?:から|より|に|へ|が|は|宛|。|、|\(|\)|$|弁護士|[0-9])/u;
/** The caller's own words: a one-kanji run after them is a word (私、実は), not a name. */
export const SELF_RELATION = /^(?:本人|私|わたし|わたくし|僕)/u;

/** Which cue a match of {@link NAME_CUES} is; the group index of the match says it. */
export const CUE_GROUPS = [
  "label",
  "script",
  "self",
  "loose",
  "relation",
  "honorific",
  "family",
  "copula",
] as const;
export type NameCue = (typeof CUE_GROUPS)[number];

/** One pass over every cue (labels first: 氏名 is not the honorific 氏). */
export const NAME_CUES = new RegExp(
  [LABEL, SCRIPT, SELF_INTRO, LOOSE_INTRO, RELATION, HONORIFIC, FAMILY_OF, COPULA]
    .map((cue) => `(${cue.source})`)
    .join("|"),
  "g",
);

/** 世帯主:森田一輝 続柄:本人 / 新郎 高木大輔 新婦 …: a field's or a role's label opens `text`. */
export function opensLabel(text: string): boolean {
  return LABEL_HEAD.test(text);
}

/**
 * A label followed by は/:/space (名前は山田) is strong. Glued to the next word (利用者証明用) or
 * followed by the subject particles が/も (代理人が一緒に) it is an ordinary noun in a sentence,
 * so only a known name passes.
 */
export function labelStrength(cue: string): CueStrength {
  // 参加者:天神、博多: a group's label may list places or offices; only a listed name passes.
  if (GROUP_HEAD.test(cue)) return "weak";
  const tail = cue.slice(LABEL_HEAD.exec(cue)?.[0].length ?? 0);
  if (tail === "") return "weak";
  // 名前 が / 名義 の: a particle spaced off by speech recognition is glued all the same.
  if (/^ (?:が|も|の)/u.test(tail)) return "weak";
  // 旧姓の大塚: a label before の names the kind of name; only a known name passes.
  return /^(?:が|も|の)(?![、, ])/u.test(tail) ? "weak" : "strong";
}

/**
 * 利用者:停電で家の… / 相談者:台風の後、…: a role before a colon also tags a chat's or a
 * transcript's speaker; a word glued to a particle and the next word then opens the message, and
 * only a listed name passes there (利用者:森田の妻です).
 */
const ROLE_TAG = new RegExp(`^(?:${ROLE_WORD}) ?: ?$`, "u");
// 利用者:法人番号「…」の会社から / 利用者:来月転職で、…: a quoted value or a pause after the
// particle goes on with the sentence too.
const SENTENCE_GOES_ON =
  /^(?:(?:で(?!す|ござ)|[にをがはもへ]|の|って|から|まで)(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}0-9、])|[「『])/u;

export function opensTaggedMessage(text: string, cue: string, run: NameRun): boolean {
  if (!ROLE_TAG.test(cue)) return false;
  if (SENTENCE_GOES_ON.test(text.slice(run.end, run.end + 3))) return true;
  if (run.script !== "han") return false;
  // 利用者:清掃ボランティアの… / 利用者:新社会人です。/ 連休中ですが: a word glued to a loanword, or
  // a word of no name's shape (three kanji or more, or kanji no name is written with) before です,
  // says who or when the user is.
  const next = text.charCodeAt(run.end);
  if (next >= 0x30a1 && next <= 0x30fa) return true;
  const word = text.slice(run.start, run.end);
  return text.startsWith("です", run.end) && !word.includes(" ") && !isNameShaped(word);
}

/** 犬の登録…名前はポチ: the name asked for is a pet's; only a listed person's name passes. */
const PET = /犬|猫|ペット|いぬ|ねこ|わんちゃん|ワンちゃん|ワンコ|うさぎ|インコ|ハムスター/u;
// 犬を飼い始めたんで…どこに行けばいいですか。名前はマロンです: the pet may be named a sentence before.
const PET_WINDOW = 48;

export function isPetNameLabel(text: string, at: number, cue: string): boolean {
  return (
    /^(?:お名前|名前|なまえ)/u.test(cue) && PET.test(text.slice(Math.max(0, at - PET_WINDOW), at))
  );
}

/**
 * What may precede a bare 〇〇です for it to be a self-introduction at the start of a turn; a name
 * said again after a correction or a trailing-off starts one too (佐々木…いや佐々本です).
 */
// はい もしもし 堀江 です: speech recognition leaves a space after each word. チャット：村越です /
// 【チャット】ちほ です: a channel's tag opens a message. 住民：有賀です: so does the resident's
// tag in a chat transcript.
const INTRO_PREFIX =
  /(?:^|[。!?、「『】] ?|(?:チャット|メール|LINE|SMS|住民|市民|区民|町民|村民):|(?:はい|ええ|もしもし|こんにちは|こんばんは|あ|すみません|私は|わたし(?:は)?|あたし|わたくし(?:は)?|僕は|こちら(?:は)?|いや|いえ|じゃなくて|ではなくて|違った|ちがった|\.\.\.|…) ?)$/u;
/** What may precede it at all (the weak form: 母は森です, …の斎藤です). */
const COPULA_PREFIX =
  /(?:^|はい、?|もしもし、?|私は|私が|わたしは|わたくし(?:は)?|僕は|俺は|おれは|うちは|わしは|あたしは|わしゃ|あたしゃ|わたしゃ|おら(?:は|ぁ)?|わいは|おいは|こちらは?|母は|父は|[、。 !?「『]|の|で)$/u;
/** A self-introduction ends the sentence or the clause: 森です。 / 鶴見ですけど / 中島でございます. */
const INTRO_END = /^(?:[。、!?. ]|けど|けれど|が(?:[、。 ]|$)|がー|ね|$)/u;

/** A message or a turn opens at `start` (start, はい, もしもし, after a full stop). */
export function opensIntro(text: string, start: number): boolean {
  return INTRO_PREFIX.test(text.slice(Math.max(0, start - 8), start));
}

/** A self-introduction's copula ends the clause at `cueEnd`. */
export function endsIntro(text: string, cueEnd: number): boolean {
  return INTRO_END.test(text.slice(cueEnd, cueEnd + 3));
}

/**
 * 先ほどお電話いただいた西村ですけど / 結婚して今は浅井です: a name after a verb clause or 今は,
 * ending the clause; only a known name is taken there.
 */
const PLAIN_COPULA = /^(?:だ|じゃ|や|だっちゃ|だべ|やねん|やで|ですわ)$/u;
// 番号札を持ってる桑原です / 申し込んだ高田です: any verb ending before the name; 世話をしとる大谷です
// / 住んどる / 働いちょる: the western dialects' ている.
const CLAUSE_PREFIX =
  /(?:\p{Script=Hiragana}[ただ]|[てで](?:る|いる|おる)|[しいきちみび](?:とる|ちょる)|んどる|今は|いまは)$/u;
/** 前に住んでた中野です / 引っ越した先は: after living or going somewhere the word is a place. */
const PLACE_VERB =
  /(?:住ん|引っ越し|引越し|越し|行っ|通っ|移っ)(?:で)?(?:た|だ|いた|てた|でた|ている|でいる|てる|でる|とる|どる)$/u;
/**
 * 先ほど問い合わせた城之内です / 昨日お電話した者の…: after the caller's own contact with the office an
 * unlisted name is taken like a self-introduction.
 */
const CONTACT_CLAUSE =
  /(?:電話|問い合わせ|問合せ|連絡|申請|申し込|申込|相談|予約|メール|お世話に|留守電|伝言|伺|訪ね|お邪魔|来庁|来所|提出|郵送|届け出|届出)[\p{Script=Hiragana}\p{Script=Han}]{0,6}(?:た|だ|てる|ている|ております|ています)$/u;

/**
 * …って聞いたんですが、ほんまですか: after a clause ending in が or けど, a word before ですか asks
 * about what was said; no one introduces themselves with a question.
 */
const ASKED_AFTER_CLAUSE = /(?:が|けど|けれど|けども)、 ?$/u;

// JAみねおかの上野です / 農協の…: a caller from a cooperative or a company says where they work.
const OFFICE_OF =
  /(?:役所|役場|課|係|室|センター|支所|窓口|事務所|局|農協|漁協|組合|会社|JA[^\s、。]{0,6})の$/u;
const GREETING =
  /(?:ありがとうございます|お待たせ(?:いた)?しました|はい|もしもし|お世話になっております)[、 ]?[^。、!?]{0,16}$/u;

/**
 * The strength of a bare copula cue for `run`, `known` when only a listed name may pass, or
 * null when it is no name cue at all.
 */
export function copulaStrength(
  text: string,
  run: NameRun,
  cueEnd: number,
  cue: string,
): CueStrength | "known" | null {
  const before = text.slice(Math.max(0, run.start - 8), run.start);
  const ends = INTRO_END.test(text.slice(cueEnd, cueEnd + 3));
  if (PLAIN_COPULA.test(cue)) return COPULA_PREFIX.test(before) ? "known" : null;
  if (INTRO_PREFIX.test(before) && ends) return "intro";
  // はい、市民課の御手洗です: the desk or an office introducing one of its staff as it answers
  // (市民課の場合です is no name: elsewhere only a listed one).
  if (OFFICE_OF.test(before) && ends)
    return GREETING.test(text.slice(Math.max(0, run.start - 30), run.start)) ? "intro" : "known";
  // 水が出んのやけど、断水ですか: in kanji too it asks about a thing; only a listed name passes.
  if (ASKED_AFTER_CLAUSE.test(before) && text[cueEnd] === "か")
    return run.script === "hiragana" ? null : "known";
  if (COPULA_PREFIX.test(before)) return "weak";
  if (!ends) return null;
  if (CONTACT_CLAUSE.test(text.slice(Math.max(0, run.start - 16), run.start))) return "intro";
  return CLAUSE_PREFIX.test(before) && !PLACE_VERB.test(before) ? "known" : null;
}

/**
 * Hiragana that may follow a kanji name after a label (で, と, さん, が…); okurigana such as
 * き or し show the run is a verb or noun (手続き, 設定した), not a name.
 */
const NAME_FOLLOWER = /[でとさがはのにもをやかへよねっくちだじ]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;

/** Whether a kanji run found after a cue is glued to okurigana. */
export function hasOkurigana(text: string, end: number): boolean {
  const next = text[end] ?? "";
  return HIRAGANA.test(next) && !NAME_FOLLOWER.test(next);
}
