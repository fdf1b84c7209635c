import { candidateCoverage } from "./candidate-coverage";
import { changedCandidate } from "./changed-candidate";
import { execAll } from "../text-tools";
import type { Candidate } from "../types";
import { NOT_LATIN_NAME } from "./name-desk-notes";
import { isSurnameRomaji } from "./kana-full-names";

// O'Donnell / D'Souza: an Irish or Indian prefix with its apostrophe before the capital.
// MacLeod / McKenzie: a Scottish or Irish prefix glued before the capital.
const CAP = "(?:[OD]['’]|Ma?c(?=\\p{Lu}))?\\p{Lu}\\p{Ll}+(?:[-'][A-Z]?\\p{Ll}+)?";
/** NGUYEN VAN MINH, KOTOMI HASEKURA: names written in capitals, as on a passport or a form. */
const CAPS = "[A-Z]{2,}(?:[-'][A-Z]+)?";
// Mi nombre es / Me llamo / Je m'appelle / Meu nome é: self-introductions in other languages.
/** 氏名(ローマ字): / 名前(英字): the script a form field asks for. */
/**
 * From: Hana Novak / To: …: a header's line break is a space after normalization; a word
 * followed by a colon is the next field's label, not the name's last word, nor is a part of a
 * longer word (a name word can only stop before a small letter or, in capitals, a capital).
 */
const NOT_LABEL = "(?![\\p{Ll}A-Z:])";
/**
 * Lucas Ferreira da Silva / María de la Cruz / Ludwig van der Berg / Ahmad bin Yusof: up to two
 * small words between two words of a full name (Portuguese, Spanish, Dutch, German and Malay names
 * carry them), joined to the capitalised word after them (never a name's last word).
 */
const JOIN =
  "\\s(?:(?:da|das|de|del|della|der|di|do|dos|du|la|las|le|los|van|von|den|ten|ter|bin|binti)\\s){0,2}";
const SCRIPT_NOTE = "(?:\\((?:ローマ字|英字|アルファベット|英語)\\))?";
const INTRO = new RegExp(
  `(?:[Nn]ame is|[Nn]ame's|[Nn]amed|I am|I'm|[Tt]his is|[Nn]ame:|[Mm]i nombre es|[Mm]e llamo|[Jj]e m'appelle|[Mm]eu nome é|[Nn]ome(?: d[ao](?: (?:minha|meu|sua|seu))? \\p{Ll}+)?:|[Nn]ama(?: lengkap)?:|[Nn]ama saya(?: adalah)?|[Pp]angalan:|(?:[Hh]i|[Hh]ello|[Hh]ey),? it['’]s|(?:お名前|名前|氏名|フルネーム|名義)${SCRIPT_NOTE}(?:は|:)?)\\s?(${CAP}(?:${JOIN}(?:${CAP}|${CAPS})${NOT_LABEL}){0,3})`,
  "gu",
);
/**
 * tôi là Trần Văn Phúc / Tên tôi là … / Sou Carla Mota / Olá, sou …: Vietnamese and Portuguese, a
 * full name (two words or more: "sou" alone is no cue before one capital); sou a Juliana Lopes /
 * aqui é o … / Oi, é a …: Portuguese puts the article before the name (é o only after a greeting).
 */
// Saya Agus Pratama (Indonesian: "I am", before a full name only: Saya ingin… goes on lowercase).
// Ako po si Rowena Manalo / si Aling Perla Cruz (Tagalog: "I am", and a title for an elder);
// Halo, ini Sri Wahyuni (Indonesian on the phone: "this is", after a greeting only: ini is also
// "this" before a noun); ang anak ko ay si Liza Ramos (Tagalog: "my child is").
// สวัสดีค่ะ ฉันชื่อ Siriporn Chaiyasit ค่ะ (Thai: "my name is", said by a woman or a man).
// Chị gái tôi, Đặng Thu Trang (Vietnamese: "my sister," and her name; or my roommate, friend or
// colleague: Bạn cùng phòng của tôi, Đỗ …); bạn cùng phòng của Phạm
// Minh Châu (Vietnamese: the roommate, friend, colleague or relative "of" a full name).
const OTHER_INTRO = new RegExp(
  `(?:(?<!\\p{L})(?:[Bb]ạn(?: cùng phòng)?|[Đđ]ồng nghiệp|[Cc]hồng|[Vv]ợ|[Cc]on(?: trai| gái)?|[Mm]ẹ|[Bb]ố) của|(?<!\\p{L})(?:[Tt]ôi|[Ee]m|[Cc]háu|[Mm]ình) (?:tên )?là|[Tt]ên (?:tôi|của tôi|em|con) là|(?<!\\p{L})[Aa]qui (?:é|quem fala é)(?: [ao])?|(?<!\\p{L})(?:[Ss]ou(?: [ao])?|[Mm]e chamo|[Cc]hamo-me)|(?<!\\p{L})(?:Olá|Oi|Alô|Bom dia|Boa tarde|Boa noite),? é [ao]|(?<!\\p{L})[Aa]ko(?: po)?(?: ay)? si|(?:ฉัน|ผม|ดิฉัน|หนู)ชื่อ|(?<!\\p{L})(?:ko|niya|namin|natin|nila|mo)(?: po)? ay si|(?<!\\p{L})(?:[Hh]alo|[Hh]allo|[Pp]ermisi|[Ss]elamat (?:pagi|siang|sore|malam))(?: (?:[Pp]ak|[Bb]u))?,? ini|(?<!\\p{L})[Ss]aya(?: adalah)?|(?<!\\p{L})(?:si|kay|ni) (?:Aling|Mang|Lola|Lolo|Tita|Tito|Ate|Kuya)|(?<!\\p{L})(?:[Cc]hồng|[Vv]ợ|[Cc]on (?:trai|gái)|[Mm]ẹ|[Bb]ố|[Aa]nh trai|[Cc]hị gái|[Ee]m (?:trai|gái)|[Bb]ạn(?: cùng phòng)?|[Đđ]ồng nghiệp) (?:của )?tôi,)\\s(${CAP}(?:${JOIN}${CAP}){1,4})`,
  "gu",
);
/**
 * Anak saya Rizky demam / Suami saya, Budi Santoso, …: an Indonesian relative ("my child", "my
 * husband") named right after; one word is enough, as many Indonesians have a single name.
 */
const INDONESIAN_KIN = new RegExp(
  `(?<!\\p{L})(?:[Aa]nak|[Ss]uami|[Ii]stri|[Aa]dik|[Kk]akak|[Cc]ucu|[Ii]bu|[Aa]yah|[Tt]eman|[Kk]awan|[Tt]etangga|[Rr]ekan kerja)(?: (?:laki-laki|perempuan))? saya(?:,| (?:yang )?bernama)?\\s(${CAP}(?:${JOIN}${CAP}){0,3})(?![\\p{L}\\p{M}])`,
  "gu",
);
/**
 * Halo, saya … . Istri Made baru datang: an Indonesian kin word opening a sentence, then one
 * capitalised word and a word in lower case: the relative's (or the one whose relative it is) name.
 */
const INDONESIAN_KIN_OPENING = new RegExp(
  `(?<=(?:^|[.!?]\\s))(?:Anak|Suami|Istri|Adik|Kakak|Cucu)\\s(${CAP})(?=\\s\\p{Ll})`,
  "gu",
);
/** Indonesian words a sentence may capitalise after "anak saya": days, a class, a country, verbs. */
const NOT_INDONESIAN_NAME =
  /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Kelas|Jepang|Indonesia|Orang|Tidak|Sudah|Belum|Sedang|Masih|Juga|Akan|Bisa|Mau|Ingin|Sakit|Demam|Baru|Umur|Usia|Lahir|Tinggal|Bekerja|Sekarang)$/u;
/**
 * Parent: Ahmed Karim / Child: Yusuf Karim / Guardian: … / Renter: … / Donor: …: the people an
 * English form is about, each on a line of its own; Aluno: / Criança: / Responsável: / Alumna: the
 * pupil, the child and the guardian of a Portuguese or Spanish one; Anak: / Asawa: (Tagalog), Suami:
 * / Istri: (Indonesian): the child, the spouse, the husband and the wife.
 */
const PERSON_FIELD =
  "[Aa]lun[oa]|[Cc]riança|[Rr]esponsável|[Aa]lumn[oa]|[Nn]iñ[oa]|[Pp]arent|[Gg]uardian|[Cc]hild|[Ss]tudent|[Pp]upil|[Ff]ather|[Mm]other|[Hh]usband|[Ww]ife|[Ss]on|[Dd]aughter|[Pp]atient|[Tt]enant|[Rr]enter|[Bb]orrower|[Ll]essee|[Dd]onor|[Ee]vacuee|[Dd]eceased|[Ii]nterpreter|[Rr]epresentative|[Aa]nak|[Aa]sawa|[Ss]uami|[Ii]stri|[Bb]aby|[Bb]ebê|[Nn]ama (?:ibu|ayah|bayi|anak|suami|istri)|(?<!\\p{L})Con|(?<!\\p{L})Tên (?:con|vợ|chồng|mẹ|cha|bố|bé)";
/**
 * From: Mei Chen / Contact person: … / name on card EMMA … / 申請者:Hernández García, Diego: a
 * sender, a contact, an applicant or a group's representative (代表者:) field; surname first with a comma, as on forms, passes too.
 * Từ: (Vietnamese) and De: (Portuguese, Spanish, French) are a mail's From: in those languages;
 * Họ tên: / Họ và tên: (full name) a Vietnamese form's name field.
 */
const WORD = `(?:${CAP}|${CAPS})`;
const FIELD = new RegExp(
  `(?:(?<!\\p{L})(?:Từ|De|Họ và tên|Họ tên|Tên)\\s?:(?=\\s?\\p{Lu})|\\b(?:[Ff]rom|FROM|[Ss]ender|[Cc]aller|[Cc]ontact(?: person| name)?|[Aa]pplicant|[Ss]pouse|[Ee]spos[ao]|[Mm]arido|[Cc]ônjuge|[Aa]ccount holder|[Ff]amily name|[Ss]urname|[Ll]ast name|[Gg]iven name|[Ff]irst name|${PERSON_FIELD})\\s?:|\\b(?:[Cc]ardholder|[Nn]ame on (?:the )?card)\\s?:?|(?:申請者|申込者|届出人|代理人|相談者|世帯主|差出人|送信者|担当者|寄附者|寄付者|請求者|依頼者|借受人|代表者|副代表)(?:名|氏名)?(?:は|:)?)\\s?(${WORD}(?:${JOIN}${WORD}${NOT_LABEL}(?! \\p{Ll}+\\s?:)){0,3}(?:,\\s?${WORD}(?!\\s\\p{Ll}))?)`,
  "gu",
);
/** A space and a lowercase word after a field's one word: the field holds a sentence. */
const SENTENCE_GOES_ON = /^ \p{Ll}{2}/u;
const FIELD_WORD = new RegExp(
  `Từ|De\\s?:|tên\\s?:|[Ff]rom|FROM|[Ss]ender|[Cc]aller|[Cc]ontact|[Aa]pplicant|[Ss]pouse|[Ee]spos[ao]|[Mm]arido|[Cc]ônjuge|[Aa]ccount|[Cc]ardholder|card|[Nn]ame|(?:${PERSON_FIELD})\\s?:|申請者|申込者|届出人|代理人|相談者|世帯主|差出人|送信者|担当者|寄[附付]者|請求者|依頼者|借受人|代表者|副代表`,
  "u",
);
/**
 * 本人 Nguyen Thi Lan、世帯員 Tran Van Hung: a person a form or a certificate is about, written in
 * Latin letters after the Japanese word for their role (a full name: two words or more);
 * 新入生Aarav Sharmaほか: Japanese may follow the name glued (only a Latin letter goes on a word).
 */
// 霞酒造従業員 LE MINH HIEU: a company's worker registered by the company. 研修医 Emily Carter
// 転入届: a doctor, a nurse or a teacher the ward registers, after their post. ALTHannah Lee /
// CIR Tom Reid: a language teacher's or an exchange coordinator's post in capitals, the name glued
// or spaced after it.
const JA_ROLE =
  /本人|ルームメイト|婚約者|友人|知人|同僚|世帯員|転入者|転出者|受取人|受給者|名義人|被保険者|筆頭者|配偶者|同居人|届出者|対象者|新入生|留学生|実習生|研修生|従業員|研修医|医師|看護師|教員|講師|(?<![A-Za-z])(?:ALT|CIR|AET)/u;
const ROLE_FIELD = new RegExp(
  `(?:${JA_ROLE.source})(?:名|氏名)?(?:は|:|の)?\\s?(${WORD}(?:\\s${WORD}){1,3})(?![\\p{Script=Latin}])`,
  "gu",
);
/** 夫のTRAN VAN MINHと、私、NGUYEN THI HOA: a full name in Latin letters after a kin word or 私. */
// Each word has a vowel: NHK, ATM and other acronyms are no name.
const VOICED = `(?=[A-Za-z'-]*[AEIOUYaeiouy])${WORD}`;
const KIN_WORD_JA = /夫|妻|主人|息子|娘|母|父|兄|弟|姉|妹|祖母|祖父|子ども|子供|私|わたし/u;
// 。夫 Arjun Raman 研究員: a note's kin word spaced off the name (not the end of a word: 工夫);
// Ravi Nair の妻Meera Nair: someone's kin word glued to the name; 。妻RAMAN PRIYAが代理: a note's
// sentence opened by the kin word glued to a name in capitals; 、妻Rosa Lima Costa。/ 、子LE MINH
// ANH(: a note's item so opened (子, a child, too), the name capitalized word by word.
const KIN_FIELD = new RegExp(
  `(?:(?:${KIN_WORD_JA.source})(?:は|の|、|:)\\s?|(?<!\\p{Script=Han})(?:${KIN_WORD_JA.source})\\s|の(?:${KIN_WORD_JA.source})(?=[A-Z])|(?<=^|[。、\\s])(?:${KIN_WORD_JA.source}|子)(?=[A-Z]{2}|[A-Z][a-z]+ [A-Z]))(${VOICED}(?:\\s${VOICED}){1,3})(?![A-Za-z])`,
  "gu",
);
/** Olga Petrova / olga@… / Name B. — mail: a name written right before its e-mail address. */
const BEFORE_EMAIL = new RegExp(
  `(?<![\\p{L}])(${CAP}\\s(?:${CAP}|[A-Z]\\.))\\s?[—–/|,<(-]\\s?[\\w.+-]+@`,
  "gu",
);
/** Emre Kaya, born / Anna Berg (DOB: a name with its date of birth. */
const BEFORE_BIRTH = new RegExp(
  `(${CAP}\\s${CAP}(?:\\s${CAP})?),?\\s\\(?(?:born|DOB|b\\.)\\b`,
  "gu",
);
/** Thanks, Hannah (the end of the message): a closing and a signature. */
const CLOSING = new RegExp(
  `(?:[Tt]hanks|[Tt]hank you|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Ss]incerely|[Cc]heers|[Bb]est),?\\s(${CAP}(?:\\s${CAP})?)\\.?\\s*$`,
  "gu",
);
/** 氏名 NGUYEN VAN MINH / 名前はローマ字で KOTOMI HASEKURA: capitals after a name label. */
const CAPS_AFTER_LABEL = new RegExp(
  `(?:[Nn]ame|NAME|お名前|名前|氏名|フルネーム|名義)${SCRIPT_NOTE}(?:は|:)?\\s?(?:ローマ字で|ローマ字だと|英語で|アルファベットで)?\\s?(${CAPS}(?:\\s${CAPS}){1,3})(?![A-Za-z])`,
  "gu",
);
/** my husband Hiroshi Kanzaki: a relative or a third party named in an English sentence. */
// my mother, Mrs. Ana Sato / his son MORIOKA Shun / our newborn, Grace Okafor: a title may come
// first, a surname may be in capitals. my colleague, Tran Thi Mai / one of our students, Omar
// Haddad: someone from the speaker's work or school, one or one of several.
const RELATIVE = new RegExp(
  `\\b(?:[Mm]y|[Hh]er|[Hh]is|[Oo]ur)\\s(?:(?:new|newborn|little|baby|youngest|eldest|older|younger)\\s)?(?:husband|wife|son|daughter|mother|father|mom|mum|dad|brother|sister|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|partner|spouse|child|baby|newborn|landlord|neighbou?r|friend|(?:colleague|co-?worker|supervisor|employee|roommate|flatmate|classmate|student|tenant)s?),?\\s(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s)?((?:${CAP}|${CAPS}(?=\\s${CAP}))(?:\\s${WORD}){0,2})`,
  "gu",
);
/** com a minha esposa Juliana / mi hijo Mateo / meu sobrinho Gabriel: a relative named in Portuguese or Spanish. */
const OTHER_RELATIVE = new RegExp(
  `(?<!\\p{L})(?:[Mm]inha|[Mm]eu|[Nn]ossa|[Nn]osso|[Mm]i|[Nn]uestr[oa])\\s(?:esposa|esposo|marido|mulher|filha|filho|hija|hijo|mãe|madre|pai|padre|irmã|irmão|hermana|hermano|avó|avô|abuela|abuelo|neta|neto|nieta|nieto|sogra|sogro|suegra|suegro|sobrinh[oa]|sobrin[oa]|ti[oa]|tí[oa]|prim[oa]|cunhad[oa]|cuñad[oa]|genro|nora|yerno|nuera),?\\s(${CAP}(?:${JOIN}${CAP}){0,3})`,
  "gu",
);
/**
 * Em gọi về chuyện Nguyễn Thị Hoa: a Vietnamese full name written with its marks, a common family
 * name and the middle name Thị or Văn (a woman's or a man's), is a person wherever it stands
 * (not a street, a school or a market named after one: Đường Lê Văn Sỹ).
 */
const VIETNAMESE_FAMILY =
  "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lương|Đào|Trịnh";
const VIETNAMESE_MARKED = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<!(?:[Đđ]ường|[Pp]hố|[Tt]rường|[Qq]uận|[Pp]hường|[Cc]hợ|[Cc]ầu) )((?:${VIETNAMESE_FAMILY}) (?:Thị|Văn)(?: \\p{Lu}[\\p{Ll}\\p{M}]+){1,2})(?![\\p{L}\\p{M}])`,
  "gu",
);
/** ĐINH VĂN LONGの国保加入: the same in capitals, as on a residence card, before any script. */
const VIETNAMESE_MARKED_CAPS = new RegExp(
  `(?<![\\p{Script=Latin}\\p{M}])(?<!(?:ĐƯỜNG|PHỐ|TRƯỜNG|QUẬN|PHƯỜNG|CHỢ|CẦU) )((?:${VIETNAMESE_FAMILY.toUpperCase()}) (?:THỊ|VĂN)(?: \\p{Lu}[\\p{Lu}\\p{M}]*){1,2})(?![\\p{Script=Latin}\\p{M}])`,
  "gu",
);
/** (Anh) Lê Quốc Bảo là chồng tôi: a Vietnamese full name said to be the speaker's relative. */
const VIETNAMESE_KIN = new RegExp(
  `(?:(?:Anh|Chị|Em|Ông|Bà|Cháu|Con)\\s)?(${CAP}(?:\\s${CAP}){1,3})\\slà\\s(?:chồng|vợ|con (?:trai|gái)|con|mẹ|bố|cha|anh|chị|em|cháu|ông|bà)\\s(?:của\\s)?(?:tôi|em|mình)(?!\\p{L})`,
  "gu",
);
/**
 * Con tôi Đỗ Minh Khang sinh ngày … / Chồng tôi Lê Văn Hậu bị ốm: a Vietnamese relative ("my
 * child", "my husband") named by a Vietnamese family name at once, before what they did or
 * suffered (sinh, bị, đang, học …).
 */
const VIETNAMESE_KIN_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:[Cc]on(?: trai| gái)?|[Cc]hồng|[Vv]ợ|[Mm]ẹ|[Bb]ố|[Cc]ha|[Aa]nh trai|[Cc]hị gái|[Ee]m (?:trai|gái)|[Cc]háu) (?:của )?(?:tôi|em|mình)\\s((?:${VIETNAMESE_FAMILY})(?:\\s${CAP}){1,3})(?=\\s(?:sinh|bị|đang|học|mất|đã|sẽ|sắp|mới|được|không|có|cần|muốn|vừa|làm|năm nay)(?![\\p{L}\\p{M}]))`,
  "gu",
);
/** …my husband. He is Joseph Mwangi.: a third person's full name (two words or more). */
const THIRD_PERSON = new RegExp(
  `(?<![A-Za-z])(?:[Hh]e|[Ss]he)(?: i|')s (${CAP}(?:\\s${CAP}){1,2})${NOT_LABEL}`,
  "gu",
);
/**
 * Hi, Hannah Whitfield again. / Hello, Tom Berg here.: a caller's full name after a greeting;
 * Yes, hi, Tom Fischer here.: in lower case after a word opening the turn; Hello, Anna Berg
 * speaking.: the caller naming herself as one answering a phone does.
 */
const GREETING_FULL = new RegExp(
  `(?<![A-Za-z])(?:[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening)),?\\s(${CAP}(?:\\s${CAP}){1,2})(?=,?\\s(?:again|here|speaking|calling)\\b)`,
  "gu",
);
/**
 * Hello po, si Liza Ramos po. / Magandang hapon, si …: a Tagalog caller naming herself after a
 * greeting with si … po, the ito ("this is") left out.
 */
const TAGALOG_GREETING_SI = new RegExp(
  `(?<=(?:[Hh]ello|[Hh]i|[Mm]agandang (?:umaga|hapon|gabi)|[Gg]ood (?:morning|afternoon|evening))(?: po)?,?\\s)[Ss]i\\s(${CAP}(?:\\s${CAP}){1,2})(?=\\s(?:po|ito)(?!\\p{L}))`,
  "gu",
);
/**
 * ang anak ko na si Miguel / ang asawa ko ay si …: a Tagalog relative ("my child", "my spouse")
 * named after na si or ay si; one word is enough (a given name).
 */
const TAGALOG_KIN_SI = new RegExp(
  `(?<!\\p{L})(?:anak|asawa|apo|kapatid|bunso|panganay)(?: (?:ko|namin|niya|natin)(?: po)? (?:na|ay)| (?:kong|naming|niyang|nating)(?: po)?) si\\s(${CAP}(?:${JOIN}${CAP}){0,3})(?![\\p{L}\\p{M}])`,
  "gu",
);
/**
 * ang bakuna ni Rosa / asawa ni Jun Reyes: Tagalog's personal article ni ("of", "by") stands only
 * before a person's name; one word is enough (a given name), but not a kin word (ni Lola) nor a
 * title's abbreviation (ni Dr. Cruz: the name after it is read by the title rules).
 */
/** Tagalog's own small words (ang, ng, sa, po, ay, mga): the language of {@link TAGALOG_NI}. */
const TAGALOG_WORD = /(?<!\p{L})(?:ang|ng|sa|po|ay|mga|ko)(?!\p{L})/u;
const TAGALOG_NI = new RegExp(
  `(?<!\\p{L})ni\\s(?!(?:Dr|Mr|Mrs|Ms|Gng|Bb|Atty|Engr|Sr|Sra)\\.)(${CAP}(?:${JOIN}${CAP}){0,3})(?![\\p{L}\\p{M}])`,
  "gu",
);
/** my mother, the late Ada Brennan: a deceased person's full name after "the late". */
const THE_LATE = new RegExp(`(?<![A-Za-z])the late\\s(${CAP}(?:\\s${CAP}){1,2})${NOT_LABEL}`, "gu");
/**
 * …check the order by your name.⏎User: It's Grace Tan.: a chat's next turn answering a request for
 * the name (up to 80 characters before the turn's tag) with the full name alone.
 */
const NAME_ASKED_ITS = new RegExp(
  `(?<=[Yy]our (?:full )?name\\b[^:]{0,80}:\\s?)It['’]s\\s(${CAP}(?:\\s${CAP}){1,2})(?=[.,!]|$)`,
  "gu",
);
/**
 * One of them, Daniel O'Brien, will come: a full name set off by commas as one of the people just
 * counted (them, us, our workers); not a place's name (One of them, Sakura Park, is…).
 */
// Three of our seasonal staff, Liam O'Connell, …: the first of several counted (the rest are
// read as a list).
const ONE_OF = new RegExp(
  `(?<![A-Za-z])(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth|[Ss]ome|[Ss]everal) of (?:them|us|our(?: \\p{Ll}{3,}){1,2}),\\s(${CAP}(?:\\s${CAP}){1,2})(?=,|\\s(?:and|&)\\s)`,
  "gu",
);
const PLACE_WORD_END =
  /\s(?:Park|Station|Street|Road|Bridge|Island|Port|Shrine|Temple|Farm|Vineyard|Mart|Store|Shop|Market|Garden|Gardens|Building|Hotel|Inn)$/u;
/** Hello po, si Maricel Dela Cruz po ito (Tagalog: "this is …" on the phone). */
// Si Maricel Dela Cruz po ito.: the call may open with it, the article in capitals.
const TAGALOG_THIS_IS = new RegExp(
  `(?<!\\p{L})[Ss]i\\s(${CAP}(?:${JOIN}${CAP}){0,3})(?=\\s(?:po\\s)?ito(?!\\p{L}))`,
  "gu",
);
const TAGALOG_KIN = /^(?:Tatay|Nanay|Lola|Lolo|Kuya|Ate|Tita|Tito|Ina|Ama|Anak|Apo)$/u;
/**
 * a citrus farm run by Sadao Ochi: a full name as the person who runs, owns or helped; lost cards
 * reported by Ama Boateng, …: who reported, filed or submitted what a staff note counts.
 */
const BY_PERSON = new RegExp(
  `(?<![A-Za-z])(?:run|owned|managed|operated|hosted|introduced|referred|recommended|accompanied|treated|examined|helped|reported|filed|submitted) by\\s(${CAP}(?:\\s${CAP}){1,2})${NOT_LABEL}`,
  "gu",
);
/**
 * Follow-up for Ama Boateng (…) and …: whom a staff summary's follow-up, reminder or call back is
 * for, a full name before a bracket, a comma, a full stop or the next name of a list.
 */
const FOLLOW_UP = new RegExp(
  `(?<![A-Za-z])(?:[Ff]ollow-?ups? (?:for|with|on)|[Rr]eminders? (?:for|to|sent to)|[Cc]all(?:ed)? back)\\s(${CAP}(?:\\s${CAP}){1,2})(?=\\s?\\(|[,;]|\\.(?:\\s|$)|\\s(?:and|&)\\s)`,
  "gu",
);
const STAFF_FIELD_WORD = /(?:Staff|Officer|Interpreter|by|charge)\s?:/u;
const FOLLOW_UP_WORD = /[Ff]ollow-?up|[Rr]eminder|[Cc]all(?:ed)? back/u;
/**
 * Staff: Nishida. / Interpreter: Kawase: an English note's staff field holding one word, a listed
 * surname's romaji (not a team or a desk: Staff: Reception).
 */
const STAFF_FIELD = new RegExp(
  `(?<![A-Za-z])(?:Staff|Officer|Interpreter|Handled by|Checked by|Recorded by|In charge)\\s?:\\s?(${CAP})(?=[.,;]|\\s?$)`,
  "gu",
);
/**
 * Lars Berg (NHI for Ama Berg): a bracket right after a full name, saying for whom of the family
 * the matter is (an office's letters or words in lower case, then for and a full name).
 */
const FOR_IN_BRACKET = new RegExp(
  `(?<=${CAP}\\s${CAP}\\s?)\\((?:[A-Z]{2,6}|\\p{Lu}?\\p{Ll}+(?: \\p{Ll}+){0,2}) for\\s(${CAP}\\s${CAP})\\)`,
  "gu",
);
/**
 * New residents Ama Boateng, Lars Berg and …: a staff summary's group of people, then a list of
 * full names (the next one follows; {@link LISTED_NEXT} takes the rest).
 */
const GROUP_LIST = new RegExp(
  `(?<![A-Za-z])(?:[Nn]ew (?:residents|arrivals|applicants)|[Vv]isitors|[Aa]pplicants|[Aa]ttendees|[Pp]articipants)(?: (?:were|included|today))?:?\\s(${CAP}(?:${JOIN}${CAP}){1,3})(?=,\\s${CAP}\\s${CAP}|,?\\s(?:and|&)\\s${CAP}\\s${CAP})`,
  "gu",
);
const TITLE = new RegExp(`(?:Mr|Ms|Mrs|Miss|Dr)\\.?\\s(${CAP}(?:\\s${CAP})?)`, "gu");
const ROMAJI_SAN = new RegExp(`(${CAP})[- ](?:san|sama|kun|chan)\\b`, "gu");
/** Li Wei と申します / John Smith さん: a Latin name before a Japanese self-introduction or honorific. */
// Sarah Lee より電話: a note's caller, a full name (two words) before where the call came from;
// Margaret Linの娘: a full name whose relative the speaker is. Priya Raman 氏 / Emily Carter
// カナダ国籍: a note's full name before 氏 or the person's nationality.
const BEFORE_JAPANESE_CUE = new RegExp(
  `(?<![A-Za-z])(${CAP}(?:\\s${CAP}){0,2}(?=\\s?(?:と申し|ともうし|といいます|と言います|っていいます|さん|様))|${CAP}(?:\\s${CAP}){1,2}(?=\\s?(?:(?:より|から)(?:電話|連絡|メール|問い?合わせ|相談|申し出|依頼)|の(?:夫|妻|主人|息子|娘|母|父|兄|弟|姉|妹|祖母|祖父|孫|子ども|子供|家族)|氏(?!名)|(?:[\\p{Script=Katakana}ー]{2,10}|\\p{Script=Han}{1,2})国籍)))`,
  "gu",
);
/**
 * SITI RAHMAWATI LS68785910UV / NGUYEN THI LAN 在留カード …: a full name (each word with a vowel)
 * right before a residence card's number (two letters, eight digits, two letters) or the card;
 * NGUYEN THI LANの在留カード番号: the card's holder before の.
 */
const BEFORE_CARD = new RegExp(
  `(?<![A-Za-z])(${VOICED}(?:\\s${VOICED}){1,3})\\s?の?(?=[A-Z]{2}[0-9]{8}[A-Z]{2}(?![A-Za-z0-9])|在留カード|特別永住者証明書)`,
  "gu",
);
const CARD_WORD = /[A-Z]{2}[0-9]{8}[A-Z]{2}|在留カード|特別永住者証明書/u;
/**
 * 2/29 相談 Pham Thu Trang 転入届受理 / 利用者:LE MINH HIEUです: a full name in Latin letters (each
 * word with a vowel) between a note's entry word and a registration, or in capitals opening a
 * chat's line before です.
 */
// Each word with a vowel, Vietnamese ones with their marks (Phạm, Đặng).
const VOICED_MARKED = `(?=\\p{L}*[AEIOUYaeiouy\\u00C0-\\u024F\\u1EA0-\\u1EF9])${WORD}`;
const CAPS_VOICED = `(?=[A-Z'-]*[AEIOUY])${CAPS}`;
// 3/10 相談 PHAM MINH TUAN 妊娠届: or before another registration (出生届, 婚姻届).
const BEFORE_NOTE_WORD = new RegExp(
  `(?:(?<=(?:相談|来庁|来所|受付|窓口|対応)\\s)(${VOICED_MARKED}(?:\\s${VOICED_MARKED}){1,3})\\s?(?=転入|転出|転居|\\p{Script=Han}{1,3}届)|(?<=:\\s?)(${CAPS_VOICED}(?:\\s${CAPS_VOICED}){1,3})(?=です))`,
  "gu",
);
const NOTE_WORD = /転入|転出|転居|です|届/u;
/**
 * 11/8 MARIA SANTOS(ホテル…) / 来庁 TRAN VAN DUC、…: a full name in capitals (as on the residence
 * card) opening a note after its date, or after the note's entry word, before a bracket, a comma or
 * the ・ joining a couple (11/11 LI MEI・WANG TAO 住所変更) (not a company's or a cooperative's name in capitals: JA AKITA); 8/19 WHITFIELD HANNAH 転入: after
 * the date also before the note's first Japanese word, spaced off.
 */
const NOTE_ENTRY_WORD = "相談|来庁|来所|受付|窓口|対応";
const NOTE_DATE_BEFORE = "(?<=(?:^|\\s|。)[0-9]{1,2}/[0-9]{1,2}\\s)";
/**
 * 7/24 保険年金課。WANG LI（王丽）… / 7/21 International corner. OKAFOR DANIEL asked…: the note's
 * date and its section or desk as a sentence of its own, then the person as the card prints the
 * name (before a bracket, a comma or, in English, what the person did: asked, came, called…);
 * 9/9 国際交流コーナー。PETERSEN JONAS様、PETERSEN ANNA様: or before 様, the next name of such a
 * list too, after 様、 or the ・ joining a couple (…様・WANG TAO様).
 */
/** What the person of an English note did, right after the name. */
const NOTE_SUBJECT_VERB =
  "(?:asked|came|called|phoned|visited|said|wanted|wants|requested|reported|needs|needed|brought|submitted|applied|inquired|enquired)";
const NOTE_SECTION_BEFORE =
  "(?<=^\\s?[0-9]{1,2}/[0-9]{1,2}\\s(?:\\p{Script=Han}{1,10}(?:課|係|室|センター|コーナー|窓口)。|[A-Z][a-z]{1,15}(?: [A-Za-z][a-z]{1,15}){0,2} (?:[Cc]orner|[Dd]esk|[Cc]ounter|[Ss]ection)\\.\\s))";
const CAPS_BODIES = "JA|JAL|ANA|UR|AEON|IKEA";
const NOT_CAPS_BODY = `(?!(?:${CAPS_BODIES})\\s)`;
const CAPS_BODY = new RegExp(`^(?:${CAPS_BODIES})\\s`, "u");
const CAPS_FULL = `(${CAPS_VOICED}(?:\\s${CAPS_VOICED}){1,3})`;
// 在留カード紛失：PHAM DUC ANH、カード… / 外国人相談：LE THI MAI、妊娠届: a note's heading, a
// Japanese word and its colon, then the person the note is about as the card prints the name.
const NOTE_HEADING_BEFORE =
  "(?<=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー][:：]\\s?)";
const NOTE_CAPS = new RegExp(
  `(?:${NOTE_DATE_BEFORE}|(?<=(?:${NOTE_ENTRY_WORD})\\s)|${NOTE_HEADING_BEFORE}|${NOTE_SECTION_BEFORE})${NOT_CAPS_BODY}${CAPS_FULL}(?=\\s?[(（、,。・])|${NOTE_DATE_BEFORE}${NOT_CAPS_BODY}${CAPS_FULL}(?=\\s[\\p{Script=Han}\\p{Script=Katakana}])|${NOTE_SECTION_BEFORE}${NOT_CAPS_BODY}${CAPS_FULL}(?=\\s${NOTE_SUBJECT_VERB}\\b)|(?:${NOTE_SECTION_BEFORE}|(?<=[A-Z]様[、・]))${NOT_CAPS_BODY}${CAPS_FULL}(?=様)`,
  "gu",
);
const NOTE_OPENS_WITH_DATE = /^\s?[0-9]{1,2}\/[0-9]{1,2}\s/u;
const NOTE_CAPS_WORD = new RegExp(
  `[0-9]/[0-9]|${NOTE_ENTRY_WORD}|[^\\p{Script=Latin}\\s][:：]`,
  "u",
);
/**
 * (国際交流会館 Emma Clarke): a note's source in brackets, the organisation and then the person
 * who wrote or called for it.
 */
const ORGANISATION_PERSON = new RegExp(
  `[(（][\\p{Script=Han}\\p{Script=Katakana}ー]{1,12}(?:会館|センター|大学|学校|病院|ホテル|旅館|会社|組合|協会|事務所|寮)\\s(${CAP}\\s${CAP}(?:\\s${CAP})?)\\s?[)）]`,
  "gu",
);
/**
 * NGUYEN THI LAN、TRAN VAN DUC 転入: the next full name of a list after a found Latin name, when the
 * list goes on or ends after it; LI MEI・WANG TAO 住所変更: joined by ・, a name in capitals may end
 * the list before a spaced Japanese word.
 */
// Liam O'Connell, Chloe Bennett and Jack Thompson, moved: and (or &) before the list's last name.
// Ada Berg (moved in) and Tom Berg (…): a bracketed remark may follow each name of the list.
const LISTED_NEXT = new RegExp(
  `^(?:\\s?\\([^()]{1,48}\\))?(?:\\s?[、,/・]|,?\\s(?:and|&))\\s?(${VOICED}(?:\\s${VOICED}){1,3})(?=\\s?(?:[、,/・。);(]|\\.(?:\\s|$)|$|転入|転出|転居|在留)|\\s(?:and|&)\\s|(?<=[A-Z]{2})\\s[\\p{Script=Han}\\p{Script=Katakana}])`,
  "u",
);
const LIST_LENGTH = 12;
/** The group words of {@link GROUP_LIST}: a cheap test first. */
const GROUP_WORD =
  /[Nn]ew (?:residents|arrivals|applicants)|[Vv]isitors|[Aa]pplicants|[Aa]ttendees|[Pp]articipants/u;
/**
 * 実習生転入4件。NGUYEN VAN HUNG、SITI RAHMAWATI、…: a full name in capitals (each word with a vowel)
 * opening a list of such names joined by the Japanese comma (the rest are {@link LISTED_NEXT}).
 */
const CAPS_LIST = new RegExp(
  `(?<![A-Za-z])${NOT_CAPS_BODY}${CAPS_FULL}(?=、${CAPS_VOICED}\\s${CAPS_VOICED}(?![A-Za-z]))`,
  "gu",
);
/**
 * 次の3名が…⏎・Siti Rahmawati⏎・Budi Santoso: full names in Latin letters (each word with a vowel),
 * each alone on a bulleted line, in a text that counts people; two such lines at least.
 */
const BULLETED_NAME = new RegExp(`(?<=[・•*-] ?)(${VOICED}(?:\\s${VOICED}){1,3})`, "gu");
const PEOPLE_COUNTED =
  /[0-9一二三四五六七八九十]+ ?(?:名|人)(?![前字義簿称目])|次の方|以下の方|[0-9]+ (?:people|persons|members|students|workers|residents)\b/u;
/**
 * Nguyen… あ、グエン・ティ・ランです / Khoaです、グエン・ヴァン・コア: a caller's first try at their
 * name in Latin letters, cut off and said again in dotted katakana.
 */
const FIRST_TRY = new RegExp(
  `(?<![A-Za-z])(${CAP}(?:\\s${CAP}){0,2})(?=(?:\\.{2,}|です[、,])\\s?(?:あ[、,]\\s?)?[\\p{Script=Katakana}ー]{1,10}・)`,
  "gu",
);

/**
 * tôi tên là Hiếu, Lê Minh Hiếu / sou Lucas, da fábrica / this is Ken, from the…: one given name
 * after a self-introduction, then the full name holding it or where the speaker is from.
 */
// Hi, it's Liam again, Liam O'Connor: a caller who has called before.
const GIVEN_THEN_MORE = new RegExp(
  `(?<!\\p{L})(?:[Tt]ôi (?:tên )?là|[Tt]ên (?:tôi|của tôi) là|[Ss]ou|[Mm]e chamo|[Mm]y name is|I am|I'm|[Tt]his is|[Ss]aya|(?:Hi|Hello|Hey),? it['’]s)\\s(${CAP})(?: again)?,\\s(?:(${CAP}(?:\\s${CAP}){1,3})(?![\\p{L}])|(?=(?:from|da|do|de|dari|của)\\s\\p{Ll}))`,
  "gu",
);
const GIVEN_THEN_MORE_WORD = /là|[Ss]ou|chamo|name is|I am|I'm|[Tt]his is|[Ss]aya|it['’]s/u;

/**
 * Hi Aoi,⏎ / Dear Ms. … is TITLE's: a mail's salutation on a line of its own names the reader
 * (Hi all, Dear Sir, Hello Team are no one).
 */
const GREETING = new RegExp(`(?<![A-Za-z])(?:Dear|Hi|Hello|Hey) (${CAP}(?: ${CAP})?),`, "gu");
const NOT_READER =
  /^(?:Sir|Madam|Customer|Customers|Team|Staff|All|Everyone|Friends|Colleagues|Residents?|Members|Volunteers|Neighbou?rs|Parents|Students|Officer|Again|There)$/u;

/** O-K-A-B-E / T.A.N.A.K.A: capital letters spelled one by one. */
const LETTERS = /(?<![A-Za-z])[A-Z](?:[-. ][A-Z]){2,19}(?![A-Za-z])/g;
const SPELLED =
  /(?:スペル|つづり|綴り|spelled|spelling|spell)(?:は|が|:)?\s?((?:[A-Za-z][ .・、-]?){3,20})/giu;
/**
 * I am German / I'm Vietnamese: a nationality, capitalised in English, said where a name could be.
 */
const NATIONALITY =
  "(?:Japan|Chin|Vietnam|Taiwan|Nepal|Portugu|Burm|Leban|Sudan|Senegal|Congol)ese|German|French|Dutch|Swiss|Greek|Czech|Polish|Turkish|Spanish|British|English|Irish|Scottish|Welsh|Danish|Swedish|Finnish|Norwegian|Thai|Filipin[oa]|Nepali|Korean|Indian|Indonesian|Malaysian|Mongolian|Russian|Ukrainian|Italian|Brazilian|Peruvian|Bolivian|Colombian|Argentin(?:e|ian)|Chilean|Mexican|Canadian|American|Australian|Austrian|Belgian|Hungarian|Romanian|Egyptian|Nigerian|Ghanaian|Kenyan|Iranian|Afghan|Uzbek|Pakistani|Bangladeshi|Sri Lankan|Cambodian|Laotian|Singaporean|Asian|European|African";
/**
 * English words that follow "I am"/"This is" but are not names; a greeting opening the next line
 * (…for my son / Hi, …) is none either.
 */
const NOT_NAMES = new RegExp(
  `^(?:Hi|Hello|Hey|Dear|Calling|Looking|Trying|Not|Sorry|The|A|An|About|From|In|At|Here|Fine|Ok|Okay|Worried|Confused|Asking|Going|Having|Unable|Still|Very|So|Just|Also|It|That|My|Your|City|Ward|Người|Học|Sinh|Công|Nhân|Estudante|Brasileir[oa]|Mrs?|Ms|Miss|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Golden|Christmas|Easter|Obon|New|Wala|Tidak|Belum|${NATIONALITY})(?!\\p{L})`,
  "u",
);

/** Contact: Tax Division / From: Ward Office / Dear International Corner: an office, not a person. */
const OFFICE_WORD =
  /(?<!\p{L})(?:Division|Office|Department|Section|Desk|Corner|Counter|Center|Centre|Support|Services?|Team|Hall|Tax|Ward|City|Bureau|Inc|Ltd|Corp|Company|Bank|School|Hospital|Clinic|Hotel|Kantor|Kedutaan|Sekolah|Universitas|Toko|Rumah Sakit)(?!\p{L})/iu;

const CAPITALIZED = /\p{Lu}\p{Ll}/u;
/** The patterns whose name part is CAP only (not CAPS): no match without {@link CAPITALIZED}. */
const NEEDS_CAPITALIZED: ReadonlySet<RegExp> = new Set([
  INTRO,
  BEFORE_EMAIL,
  BEFORE_BIRTH,
  CLOSING,
  RELATIVE,
  OTHER_RELATIVE,
  TITLE,
  VIETNAMESE_KIN,
  ROMAJI_SAN,
  BEFORE_JAPANESE_CUE,
  FIRST_TRY,
  TAGALOG_THIS_IS,
  BY_PERSON,
  GROUP_LIST,
  FOLLOW_UP,
  FOR_IN_BRACKET,
  STAFF_FIELD,
  ORGANISATION_PERSON,
  GREETING_FULL,
  ONE_OF,
  VIETNAMESE_MARKED,
]);

/** 名前のほうはFUMIE / 下の名前はRIN: one word in capitals after a given-name label. */
const GIVEN_CAPS =
  /(?:名前のほう|下の名前|ファーストネーム|名のほう)(?:は|が)[、 ]?([A-Z]{2,12})(?![A-Za-z])/gu;

/** ブイ・ティ・タン(Bui Thi Thanh): a dotted katakana name with its Latin spelling in brackets. */
const KATAKANA_THEN_LATIN = new RegExp(
  `(?<![\\p{Script=Katakana}ー])([\\p{Script=Katakana}ー]{1,10}(?:・[\\p{Script=Katakana}ー]{1,10}){1,4})\\s?\\(\\s?(${CAP}(?:\\s${CAP}){1,3})\\s?\\)`,
  "gu",
);

/** Words every {@link INTRO} match holds (name, I am, nome, 名前…): a cheap test before it runs. */
const INTRO_WORD =
  /ame|I am|I'm|his is|nombre|llamo|appelle|ome|[Nn]ama|angalan|it['’]s|名前|氏名|フルネーム|名義/u;
/** What {@link BEFORE_JAPANESE_CUE} ends with. */
const JAPANESE_CUE_WORD =
  /と申し|ともうし|といいます|と言います|っていいます|さん|様|氏|国籍|(?:より|から)(?:電話|連絡|メール|問い?合わせ|相談|申し出|依頼)|[a-z]\s?の/u;

/** Names in Latin letters: "My name is Taro Yamada", "Mr. Smith", "Yamada-san", spelled letters. */
export function recognizeLatinNames(
  text: string,
  lineBreaks: readonly number[] = NO_BREAKS,
): Candidate[] {
  const out: Candidate[] = [];
  // Every pattern built on CAP needs a capital followed by a small letter somewhere.
  const capitalized = CAPITALIZED.test(text);
  for (const regex of [
    INTRO,
    OTHER_INTRO,
    FIELD,
    ROLE_FIELD,
    KIN_FIELD,
    BEFORE_EMAIL,
    BEFORE_BIRTH,
    CLOSING,
    CAPS_AFTER_LABEL,
    RELATIVE,
    OTHER_RELATIVE,
    VIETNAMESE_KIN,
    THIRD_PERSON,
    TITLE,
    ROMAJI_SAN,
    BEFORE_JAPANESE_CUE,
    SPELLED,
    GIVEN_CAPS,
    BEFORE_CARD,
    BEFORE_NOTE_WORD,
    FIRST_TRY,
    TAGALOG_THIS_IS,
    BY_PERSON,
    GROUP_LIST,
    FOLLOW_UP,
    FOR_IN_BRACKET,
    STAFF_FIELD,
    VIETNAMESE_KIN_BEFORE,
    TAGALOG_GREETING_SI,
    TAGALOG_KIN_SI,
    TAGALOG_NI,
    THE_LATE,
    NOTE_CAPS,
    CAPS_LIST,
    ORGANISATION_PERSON,
    GREETING_FULL,
    NAME_ASKED_ITS,
    INDONESIAN_KIN,
    INDONESIAN_KIN_OPENING,
    ONE_OF,
    VIETNAMESE_MARKED,
    VIETNAMESE_MARKED_CAPS,
  ]) {
    // Cheap tests first: capitals for the capital names, a possessive for the relatives.
    if (!capitalized && NEEDS_CAPITALIZED.has(regex)) continue;
    if ((regex === CAPS_AFTER_LABEL || regex === GIVEN_CAPS) && !/[A-Z]{2}/u.test(text)) continue;
    if (regex === RELATIVE && !/(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur) /u.test(text)) continue;
    if (
      regex === OTHER_RELATIVE &&
      !/(?:[Mm]inha|[Mm]eu|[Mm]i|[Nn]oss[oa]|[Nn]uestr[oa]) /u.test(text)
    )
      continue;
    if (regex === BEFORE_EMAIL && !text.includes("@")) continue;
    if (regex === BEFORE_BIRTH && !/born|DOB|b\./u.test(text)) continue;
    if (regex === CLOSING && !/[Tt]hank|[Rr]egards|[Ss]incerely|[Cc]heers|[Bb]est/u.test(text))
      continue;
    if (
      regex === OTHER_INTRO &&
      !/[Tt]ôi|[Tt]ên|[Ee]m là|[Cc]háu là|[Mm]ình là|[Aa]qui |[Ss]ou |chamo| é [ao] |[Aa]ko |[Ss]aya |(?:si|kay|ni) [A-Z]| ini | của |ชื่อ/.test(
        text,
      )
    )
      continue;
    if (regex === VIETNAMESE_KIN && !/ là /u.test(text)) continue;
    if (regex === THIRD_PERSON && !/[Hh]e(?: i|')s /u.test(text)) continue;
    if (regex === FIELD && !FIELD_WORD.test(text)) continue;
    // Each pattern's fixed words, looked for before the pattern runs over the whole text.
    if (regex === INTRO && !INTRO_WORD.test(text)) continue;
    if (regex === TITLE && !/M(?:r|s|iss)|Dr/u.test(text)) continue;
    if (regex === ROMAJI_SAN && !/[- ](?:san|sama|kun|chan)/u.test(text)) continue;
    if (regex === BEFORE_JAPANESE_CUE && !JAPANESE_CUE_WORD.test(text)) continue;
    if (regex === SPELLED && !/スペル|つづり|綴り|spell/iu.test(text)) continue;
    if (regex === CAPS_AFTER_LABEL && !/[Nn]ame|NAME|名前|氏名|フルネーム|名義/u.test(text))
      continue;
    if (regex === GIVEN_CAPS && !/名前のほう|下の名前|ファーストネーム|名のほう/u.test(text))
      continue;
    if (regex === ROLE_FIELD && !JA_ROLE.test(text)) continue;
    if (regex === BEFORE_CARD && !CARD_WORD.test(text)) continue;
    if (regex === BEFORE_NOTE_WORD && !NOTE_WORD.test(text)) continue;
    if (regex === FIRST_TRY && !text.includes("・")) continue;
    if (regex === TAGALOG_THIS_IS && !/ ito(?!\p{L})/u.test(text)) continue;
    if (regex === BY_PERSON && !text.includes(" by ")) continue;
    if (regex === GROUP_LIST && !GROUP_WORD.test(text)) continue;
    if (regex === FOLLOW_UP && !FOLLOW_UP_WORD.test(text)) continue;
    if (regex === FOR_IN_BRACKET && !text.includes(" for ")) continue;
    if (regex === STAFF_FIELD && !STAFF_FIELD_WORD.test(text)) continue;
    if (regex === VIETNAMESE_KIN_BEFORE && !/ (?:tôi|em|mình) /u.test(text)) continue;
    if ((regex === TAGALOG_GREETING_SI || regex === TAGALOG_KIN_SI) && !/ si /iu.test(text))
      continue;
    // Kyoto ni Ikimasu: Japanese in romaji has a particle ni too; the sentence must be Tagalog.
    if (regex === TAGALOG_NI && (!text.includes(" ni ") || !TAGALOG_WORD.test(text))) continue;
    if (regex === THE_LATE && !text.includes("the late ")) continue;
    if (regex === NOTE_CAPS && (!/[A-Z]{2}/u.test(text) || !NOTE_CAPS_WORD.test(text))) continue;
    if (regex === ORGANISATION_PERSON && !/[(（]/u.test(text)) continue;
    if (regex === GREETING_FULL && !/ (?:again|here|speaking|calling)\b/u.test(text)) continue;
    if (regex === ONE_OF && !/ of (?:them|us|our) ?/u.test(text)) continue;
    if (regex === NAME_ASKED_ITS && !/[Yy]our (?:full )?name/u.test(text)) continue;
    if ((regex === INDONESIAN_KIN || regex === INDONESIAN_KIN_OPENING) && !text.includes(" saya"))
      continue;
    if (regex === VIETNAMESE_MARKED && !/ (?:Thị|Văn) /u.test(text)) continue;
    if (regex === VIETNAMESE_MARKED_CAPS && !/ (?:THỊ|VĂN) /u.test(text)) continue;
    if (regex === CAPS_LIST && !/[A-Z]{2}、[A-Z]{2}/u.test(text)) continue;
    if (regex === KIN_FIELD && !KIN_WORD_JA.test(text) && !/子[A-Z]/u.test(text)) continue;
    // FIELD and ROLE_FIELD name a WORD: CAP (capitalized) or CAPS (two capitals in a row).
    if (
      (regex === FIELD ||
        regex === ROLE_FIELD ||
        regex === KIN_FIELD ||
        regex === BEFORE_CARD ||
        regex === BEFORE_NOTE_WORD) &&
      !capitalized &&
      !/[A-Z]{2}/u.test(text)
    )
      continue;
    for (const match of execAll(regex, text)) {
      const whole = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? "").replace(
        regex === BEFORE_EMAIL ? /[ ,]+$/u : /[ .・、,-]+$/u,
        "",
      );
      const start = (match.index ?? 0) + match[0].indexOf(whole);
      // Child: Yusuf Karim⏎Child's date of birth: a line break ends the name.
      const value = whole.slice(0, lineBreakIn(lineBreaks, start, start + whole.length) - start);
      if (value.length < 2 || NOT_NAMES.test(value) || OFFICE_WORD.test(value)) continue;
      if (regex === STAFF_FIELD && !isSurnameRomaji(value.toLowerCase())) continue;
      if (
        (regex === ONE_OF || regex === GROUP_LIST || regex === FOLLOW_UP) &&
        PLACE_WORD_END.test(value)
      )
        continue;
      if (
        (regex === INDONESIAN_KIN || regex === INDONESIAN_KIN_OPENING) &&
        NOT_INDONESIAN_NAME.test(value.split(" ")[0] ?? "")
      )
        continue;
      // Si Tatay po ito / si Lola po ito: a kin word alone is who calls, not a name.
      if (
        (regex === TAGALOG_THIS_IS || regex === TAGALOG_KIN_SI || regex === TAGALOG_NI) &&
        TAGALOG_KIN.test(value)
      )
        continue;
      // 11/10 MY NUMBER CARD(…): capitals are read as the words they spell.
      if (
        (regex === NOTE_CAPS || regex === CAPS_LIST) &&
        NOT_NAMES.test(value.replace(/\B\p{Lu}+/gu, (w) => w.toLowerCase()))
      )
        continue;
      // 利用案内：TOKYO STATION、: after a heading's colon, only in a staff note (opened by its
      // date) and not a place's or a card's words.
      if (regex === NOTE_CAPS && /[:：]\s?$/u.test(text.slice(Math.max(0, start - 2), start))) {
        const words = value.split(" ").map((w) => w.replace(/\B\p{Lu}+/gu, (x) => x.toLowerCase()));
        if (
          !NOTE_OPENS_WITH_DATE.test(text) ||
          PLACE_WORD_END.test(` ${words.join(" ")}`) ||
          words.some((word) => NOT_LATIN_NAME.has(word))
        )
          continue;
      }
      // 相談 ATM CARD 紛失届: capitals before a registration may spell a card's words.
      if (
        regex === BEFORE_NOTE_WORD &&
        value
          .split(" ")
          .some((word) => NOT_LATIN_NAME.has(word.replace(/\B\p{Lu}+/gu, (w) => w.toLowerCase())))
      )
        continue;
      // Renter: Please bring…: one capitalized word and a lowercase one open a sentence.
      if (
        regex === FIELD &&
        !/\s/u.test(value) &&
        SENTENCE_GOES_ON.test(text.slice(start + value.length))
      )
        continue;
      out.push(latinName(start, value, 0.8, regex === SPELLED ? "cue:spelled" : "cue:latin-name"));
    }
  }
  for (const match of text.includes("・") && capitalized
    ? execAll(KATAKANA_THEN_LATIN, text)
    : []) {
    const kana = match[1] ?? "";
    const latin = match[2] ?? "";
    const start = match.index ?? 0;
    const latinStart = start + match[0].indexOf(latin, kana.length);
    const key = latin.replace(/[^\p{L}]/gu, "").toLowerCase();
    out.push(
      {
        type: "person_name",
        start,
        end: start + kana.length,
        score: 0.8,
        evidence: "cue:latin-name",
        key,
      },
      {
        type: "person_name",
        start: latinStart,
        end: latinStart + latin.length,
        score: 0.8,
        evidence: "cue:latin-name",
        key,
      },
    );
  }
  if (out.length > 0 && /[、,/・]/u.test(text)) out.push(...listedNext(text, out));
  if (lineBreaks.length > 1 && /[・•*-]/u.test(text) && PEOPLE_COUNTED.test(text))
    out.push(...bulletedNames(text, lineBreaks));
  if (capitalized && lineBreaks.length > 0 && /(?:Dear|Hi|Hello|Hey) /u.test(text))
    out.push(...salutations(text, lineBreaks));
  if (capitalized && /, /u.test(text) && GIVEN_THEN_MORE_WORD.test(text))
    out.push(...givenThenMore(text));
  // Spelled letters repeat a found name's word: nothing to repeat without one.
  if (out.length > 0) out.push(...spelledLetters(text, out));
  if (out.length > 0 && lineBreaks.length > 0) out.push(...givenNameSigning(text, out, lineBreaks));
  if (/[A-Z][-.,、・ ][A-Z]/u.test(text)) out.push(...spelledAfterCue(text));
  if (out.length > 0 && /[ァ-ヺ]/u.test(text)) out.push(...katakanaReadings(text, out));
  return out;
}

const NO_BREAKS: readonly number[] = [];

/** The first line break (a normalized space) inside `start`–`end`, or `end`. */
export function lineBreakIn(lineBreaks: readonly number[], start: number, end: number): number {
  // The breaks are in text order: a binary search for the first one after `start` (a long text
  // holds thousands, and every name found in it asks).
  let low = 0;
  let high = lineBreaks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((lineBreaks[middle] ?? 0) > start) high = middle;
    else low = middle + 1;
  }
  const at = lineBreaks[low];
  return at !== undefined && at < end ? at : end;
}

/** グエン ヴァン ミン / オユンツェツェグ: katakana after a Latin name, in brackets or before です. */
// D-A-N-G T-H-U です、ダン・トゥー: the reading after the copula too.
const READING_AFTER =
  /^\s?(?:\(\s?|(?:です|で)?[、,]\s?)([\p{Script=Katakana}ー・]{1,12}(?: [\p{Script=Katakana}ー・]{1,12}){0,3})(?=\s?\)|です|でございます|と申|[、。]|$)/u;

/** The katakana rendering of a found Latin name said right after it (about as many sounds). */
function katakanaReadings(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    const match = READING_AFTER.exec(text.slice(name.end, name.end + 40));
    const kana = match?.[1] ?? "";
    const letters = kana.replace(/[ ・]/gu, "").length;
    if (!match || letters < 3 || letters * 3 < name.key.length || letters > name.key.length + 2)
      continue;
    const start = name.end + match[0].length - kana.length;
    out.push(
      changedCandidate(name, {
        start,
        end: start + kana.length,
        evidence: "cue:latin-name-reading",
      }),
    );
  }
  return out;
}

/**
 * I am Liam O'Brien … ⏎⏎Liam⏎090-…: the given name of a full name found in the text, alone on a
 * line of its own (the message signed with it).
 */
function givenNameSigning(
  text: string,
  found: readonly Candidate[],
  lineBreaks: readonly number[],
): Candidate[] {
  const out: Candidate[] = [];
  const breaks = new Set(lineBreaks);
  // Name: Anna Berg⏎ a thousand times: each given name is looked for once (its every occurrence
  // against every name found would grow with the square of the text).
  const done = new Set<string>();
  let covers: ((start: number, end: number) => boolean) | undefined;
  for (const name of found) {
    const first = /^(\p{Lu}\p{Ll}{2,})\s\p{Lu}/u.exec(text.slice(name.start, name.end))?.[1];
    if (!first || done.has(first) || NOT_NAMES.test(first)) continue;
    done.add(first);
    for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
      const end = at + first.length;
      if (!breaks.has(at - 1) || !(end === text.length || breaks.has(end))) continue;
      if ((covers ??= candidateCoverage(found))(at, end)) continue;
      const key = first.toLowerCase();
      out.push(
        changedCandidate(name, { start: at, end, evidence: "echo:latin-given-signing", key }),
      );
    }
  }
  return out;
}

/** J-O-N-A-S B-E-C-K-E-R / K、I、R、A: letters one by one (a space between the words). */
const SPELLED_RUN = /(?<![A-Za-z])[A-Z](?:[-.,、・ ][A-Z]){2,29}(?![A-Za-z])/gu;
/** A name label or a script word before the letters, or the reading right after them. */
// ローマ字で言いますね。I M A I Z U M I: the announcement may end its sentence before the letters.
const SPELL_CUE_BEFORE =
  /(?:名前|氏名|名字|苗字|ローマ字|アルファベット|スペル|つづり|綴り|spell|name)[^。]{0,10}(?:。 ?)?$/iu;
const READING_NEXT =
  /^\s?(?:で|です)?[、,]?\s?[\p{Script=Katakana}ー・]{2,12}(?:です|と読|って読|[。、]|$)/u;

/** Letters spelled one by one after a name label (名前はアルファベットで…) or before their reading. */
function spelledAfterCue(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(SPELLED_RUN, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (
      !SPELL_CUE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) &&
      !READING_NEXT.test(text.slice(end, end + 16))
    )
      continue;
    const key = match[0].replace(/[^A-Za-z]/gu, "").toLowerCase();
    out.push({ type: "person_name", start, end, score: 0.8, evidence: "cue:spelled", key });
  }
  return out;
}

/** Letters spelled one by one that spell a word of a name found in the same text. */
function spelledLetters(text: string, found: readonly Candidate[]): Candidate[] {
  const words = new Set(
    found.flatMap(
      (c) =>
        text
          .slice(c.start, c.end)
          .toLowerCase()
          // The words only (split() would compile a regex per call; keys are never empty).
          .match(/[a-z]+/g) ?? [],
    ),
  );
  const out: Candidate[] = [];
  for (const match of execAll(LETTERS, text)) {
    const key = match[0].replace(/[^A-Za-z]/g, "").toLowerCase();
    if (!words.has(key)) continue;
    const start = match.index ?? 0;
    out.push({
      type: "person_name",
      start,
      end: start + match[0].length,
      score: 0.8,
      evidence: "cue:spelled",
      key,
    });
  }
  return out;
}

/** The names of {@link BULLETED_NAME}: each bullet opening its line, each name ending it. */
function bulletedNames(text: string, lineBreaks: readonly number[]): Candidate[] {
  const breaks = new Set(lineBreaks);
  const names: Candidate[] = [];
  for (const match of execAll(BULLETED_NAME, text)) {
    const value = match[1] ?? "";
    const start = match.index ?? 0;
    const end = start + value.length;
    const bullet = text.slice(0, start).search(/[・•*-] ?$/u);
    if (!(bullet === 0 || breaks.has(bullet - 1)) || !(end === text.length || breaks.has(end)))
      continue;
    if (NOT_NAMES.test(value) || OFFICE_WORD.test(value)) continue;
    names.push(latinName(start, value, 0.75, "cue:latin-bulleted"));
  }
  return names.length >= 2 ? names : [];
}

/** Full names listed after a found Latin name, one after another (a bounded number of them). */
/** The last word of a name, compared without case (MENDES, Mendes). */
function lastWord(name: string): string {
  return (name.split(/\s/u).pop() ?? "").toLowerCase();
}

function listedNext(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of found) {
    let end = name.end;
    let previous = text.slice(name.start, name.end);
    for (let count = 0; count < LIST_LENGTH; count += 1) {
      const match = LISTED_NEXT.exec(text.slice(end, end + 64));
      const value = match?.[1] ?? "";
      // Maria Santos and Tokyo Station: a place ends the list of people.
      if (!match || NOT_NAMES.test(value) || OFFICE_WORD.test(value)) break;
      if (PLACE_WORD_END.test(value)) break;
      // CARLOS MENDES、ANA MENDES: a body's letters (ANA, JA) open a name only when it shares the
      // surname of the name before it, as a couple or a family listed together does.
      if (CAPS_BODY.test(value) && lastWord(value) !== lastWord(previous)) break;
      const start = end + match[0].length - value.length;
      // …, Ivan Petrov, Nguyen Thi Hoa.: a full stop ends a list of three or more only (Hi, I'm
      // Anna Berg, and Best Regards.).
      if (count === 0 && text[start + value.length] === ".") break;
      previous = value;
      out.push(latinName(start, value, 0.75, "cue:latin-list"));
      end = start + value.length;
    }
  }
  return out;
}

/** The given name (and the full name after it) of {@link GIVEN_THEN_MORE}. */
function givenThenMore(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(GIVEN_THEN_MORE, text)) {
    const given = match[1] ?? "";
    const full = match[2];
    if (NOT_NAMES.test(given) || OFFICE_WORD.test(given)) continue;
    if (full !== undefined && !full.split(/\s/u).includes(given)) continue;
    const start = (match.index ?? 0) + match[0].indexOf(given);
    out.push(latinName(start, given, 0.75, "cue:given-then-more", given.toLowerCase()));
    if (full === undefined) continue;
    const fullStart = (match.index ?? 0) + match[0].length - full.length;
    out.push(latinName(fullStart, full, 0.8, "cue:given-then-more"));
  }
  return out;
}

/** The reader named by a {@link GREETING} that opens the text or a line and ends its line. */
function salutations(text: string, lineBreaks: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const match of execAll(GREETING, text)) {
    const name = match[1] ?? "";
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (at > 0 && !lineBreaks.includes(at - 1)) continue;
    if (!lineBreaks.includes(end) || NOT_READER.test(name) || NOT_NAMES.test(name)) continue;
    if (OFFICE_WORD.test(name)) continue;
    out.push(latinName(end - 1 - name.length, name, 0.75, "cue:salutation"));
  }
  return out;
}

/** A name in Latin letters found at `start`, keyed by its letters alone unless told otherwise. */
function latinName(
  start: number,
  value: string,
  score: number,
  evidence: string,
  key = value.replace(/[^\p{L}]/gu, "").toLowerCase(),
): Candidate {
  return { type: "person_name", start, end: start + value.length, score, evidence, key };
}
