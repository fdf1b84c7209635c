import { escapeRegExp, foldForMatch } from "../text";

/**
 * Words that mark an utterance as being about the My Number card and its services (the topic of
 * this desk's FAQ). A department keyword containing one of them (マイナ保険証) is about the card
 * too and does not, by itself, send the call elsewhere. Cities can replace the list.
 */
export const DEFAULT_DESK_TOPIC_TERMS = [
  "マイナ",
  "個人番号",
  "カード",
  "電子証明書",
  // Speech recognition's homophone (照明, lighting, for 証明).
  "電子照明書",
  "暗証番号",
  "暗唱番号",
  "交付通知書",
  "公金受取口座",
  "コンビニ",
  // The shops and the word in other languages (セブンの機械で住民票が出ない, 便利店).
  "セブンイレブン",
  "セブンの",
  "ローソン",
  "ファミマ",
  "ファミリーマート",
  "便利店",
  "편의점",
  "convenience store",
  "konbini",
  "cửa hàng tiện lợi",
  "loja de conveniência",
  // Health-insurance questions at this desk are about the card used as one (マイナ保険証).
  "保険証",
  "資格確認書",
  // Reissue and the collection booking are the card's when no other desk's word is said
  // (再発行手数料をタダに, 受け取りの予約が取れへん).
  "再発行",
  "再交付",
  "受け取りの予約",
  "受け取り予約",
  "受取予約",
  "受け取りの日",
  // A booking without another desk's word is the collection booking (予約した日に行けなくなって).
  "予約",
  // The collection postcard is the card's (受け取りのはがきをいただいておりましたのに).
  "受け取りのはがき",
  "受取のはがき",
  // The chip is the card's (ICチップに年金の記録まで入ってるの).
  "ICチップ",
  // A locked PIN and the application form's QR code are the card's (何回間違えるとロックされる;
  // 古い封筒から出てきたQRコードのついた申請書でまだ申し込める).
  "ロック",
  "QRコード",
  // The application photo and collecting for someone are the card's when no other desk's word is
  // said (寝たきりの祖母の申請に、寝たまま撮った写真しか; 代理受取のときに代わりになる書類).
  "顔写真",
  "写真",
  "代理受取",
  "代理受け取り",
  "代理で受け取",
  // The same said plainly (妊娠中で行けないので、夫に取りに行ってもらうことは).
  "代わりに受け取",
  "代わりに取りに",
  "取りに行ってもら",
  "my number",
  "mynumber",
  "individual number",
  // In English at this desk, "card" is the My Number card (credit cards are look-alikes).
  "card",
  // The card's PIN named in English (tell me how staff reset a PIN without checking ID); spaced so
  // that pink or opinion do not hold it.
  "my pin",
  "the pin ",
  "a pin ",
  "pin code",
  "pin number",
  // The card in the other languages of foreign residents (办卡, 카드 갱신, thẻ, kartu, cartão).
  "个人编号",
  "办卡",
  "领卡",
  "마이넘버",
  "카드",
  "thẻ",
  "kartu",
  "cartão",
  "cartao",
  "tarjeta",
  "कार्ड",
] as const;

/**
 * Desk words that name a procedure, not a topic (再発行 of a medical certificate or of the card):
 * folded, as {@link findDeskTerms} returns them. A clause with only these names no matter.
 */
export const DESK_PROCEDURE_TERMS: readonly string[] = ["再発行", "再交付"];

/**
 * The card's own services: when the caller and the matched FAQ entry share one of these, the
 * question is about that service and another desk's word in it is only context
 * (公金受取口座 and 児童手当: the account, not the allowance).
 */
export const DEFAULT_DESK_SERVICE_TERMS = [
  "電子証明書",
  "暗証番号",
  "暗唱番号",
  "交付通知書",
  "公金受取口座",
  "マイナポータル",
  "コンビニ",
  "保険証",
  "資格確認書",
] as const;

/**
 * Life events whose card procedures this desk's FAQ covers (moving in or out, address changes):
 * they do not by themselves make a call another desk's matter, not even the desk's own
 * department's registry work.
 */
export const DEFAULT_DESK_SHARED_TERMS = [
  "転入",
  "転出",
  "転居",
  "引越し",
  "引っ越し",
  "住所変更",
] as const;

/**
 * Words that describe the caller's situation rather than ask for a service (認知症の母のカード,
 * 入院中の父の代わりに受け取り). While the caller is on the card they are ignored as whole words,
 * so they do not move the call; inside a longer word (介護保険, 障害者手帳) they still count.
 */
export const DEFAULT_CIRCUMSTANCE_TERMS = [
  // What happened to the card (洗濯機で回してしまって曲がった).
  "洗濯機",
  "認知症",
  "介護",
  "要介護",
  "要支援",
  "寝たきり",
  "入院",
  "入院中",
  "施設",
  "妊娠",
  "妊娠中",
  "妊婦",
  "ひとり親",
  "母子家庭",
  "父子家庭",
  "一人暮らし",
  "車いす",
  "車椅子",
  "車イス",
  "障害",
  "障がい",
  "介護施設",
  "老人ホーム",
  "特養",
  "入所中",
  // Who the caller is or where the holder lives (特別養護老人ホームの相談員です; ケアマネをしております;
  // 高齢の母; 知的障害のある弟の代わりに): the card is still the topic.
  "特別養護老人ホーム",
  "グループホーム",
  "ケアマネ",
  "ケアマネジャー",
  "ケアマネージャー",
  "相談支援専門員",
  "ヘルパー",
  "訪問介護のヘルパー",
  "訪問介護員",
  "介護士",
  "介護職員",
  "訪問看護",
  "高齢",
  "高齢者",
  "知的障害",
  "精神障害",
  "身体障害",
  // The caller acts for someone (成年後見人として被後見人のカードを).
  "成年後見人",
  "成年後見",
  "後見人",
  "被後見人",
  "保佐人",
] as const;

/**
 * Look-alikes of desk words that belong to another topic: paying a bill at a convenience store
 * (taxes, premiums) is not the card's convenience-store certificates, and the long-term-care
 * insurance card (介護保険証) is not a health-insurance card.
 */
const DESK_LOOK_ALIKES = [
  /こんびに(で|でも|から|の)?.{0,4}(払|はら|支払|しはら|納付|納め|おさめ|納税|振込|ふりこ)/gu,
  /介護保険(の|被保険者)?(保険)?証/gu,
  /(くれじつと|きやつしゆ|ぽいんと|図書館|診察|ぎふと|ぷりぺいど|ic|印鑑登録|印鑑|会員|病院|銀行|きやつしゆ)(の)?かど/gu,
  /(credit|cash|debit|ic|gift|point|library|business|seal registration|membership|bank) card/gu,
  // 「登録されてるかどうか」: the folded カード is かど.
  /かどうか/gu,
  // The card named only to be set aside (マイナンバーカードのことじゃないんですけど, マイナは持って
  // ません, マイナ以外の用事): the caller's topic is something else.
  // Also a card service set aside (マイナ保険証のことじゃないんですけど、高額療養費の…).
  /(まいなんばかど|まいなかど|まいな保険証|まいなぽたる|電子証明書|まいな|かど|保険証)(の(こと|件|話)|は|を|も)?(じや|では|やない|ちや)(なく|ない|ありません)|(まいなんばかど|まいなかど|まいな|かど)(は|を|も)?(持つて(い)?(ない|ません|へん|なく)|持つてません|もつて(い)?(ない|ません))|(まいなんばかど|まいなかど|まいな|かど)以外(の|で)/gu,
];

/** The folded text with desk look-alikes blanked out. */
function blankLookAlikes(folded: string): string {
  let out = folded;
  for (const pattern of DESK_LOOK_ALIKES) out = out.replace(pattern, "　");
  return out;
}

/** The desk terms (folded) that occur in the text. */
export function findDeskTerms(text: string, terms: readonly string[]): string[] {
  const folded = blankLookAlikes(foldForMatch(text));
  return terms.map((term) => foldForMatch(term)).filter((term) => term && folded.includes(term));
}

// Kanji and katakana: a circumstance word next to one is part of a longer word (介護保険).
const WORD_CHAR = "[一-龯々〆ヵヶァ-ヴー]";

// A word that only says whose card or what data (幼稚園の娘, 国保の私, 年金の記録; 保育園に通っている
// 息子, without の): the person or the record after it is what the caller talks about.
const DESCRIBED_BY = new RegExp(
  `${WORD_CHAR}{1,8}(?=((に通う|に通っている|に通ってる|に行ってる)の?|の)(娘|息子|子|子ども|子供|こども|孫|母|父|妻|夫|祖母|祖父|家族|親|兄|姉|弟|妹|私|わたし|自分|僕|俺|記録|情報|データ|履歴))`,
  "gu",
);

// The matter a record is of (予防接種の記録, 年金の情報).
const RECORD_OF = new RegExp(`${WORD_CHAR}{1,8}(?=の(記録|情報|データ|履歴))`, "gu");

/**
 * The matters of the records named in the text (予防接種 in 予防接種の記録を見たら), joined: a
 * record shown wrong is a matter for the desk that keeps it, though reading it on the card's portal
 * is the card's.
 */
export function recordMatters(text: string): string {
  return [...text.normalize("NFKC").matchAll(RECORD_OF)].map((match) => match[0]).join("　");
}

// A request that staff come to where the caller is to take or help with the application or the
// collection (施設まで申請の受付に来てもらえませんか, 施設まで来ていただいて、そこで申請): the card
// desk's outreach; the place (老人ホーム, 酒蔵) names no other desk's topic. A sign-language
// interpreter to come along is the disability desk's service, not this one.
const CARD_OUTREACH =
  /(まで|に)[、,]?\s*((カード|マイナ[^、。]{0,8})の)?(申請|受付|受け取り|手続き)(の(受付|手伝い|お手伝い))?(に|を(し)?に)?(来て|きて|お越し|出張)|(まで|に)(来て|きて|お越し)(いただ|もら|くれ)[^。]{0,6}(そこで)?(申請|受け取)/u;
const INTERPRETER = /手話|通訳|筆談/u;

/** Whether the caller asks staff to come to them for the card's application or collection. */
export function isCardOutreachRequest(text: string): boolean {
  const normalized = text.normalize("NFKC");
  return CARD_OUTREACH.test(normalized) && !INTERPRETER.test(normalized);
}

// A move notification itself asked as an errand: what to bring to file it (転入の届けを出したいけど、
// 何がいる?) or where to file it (thủ tục chuyển đến ở đâu?), also as registering one's address in
// the residents' languages (주소 등록은 어디서?, onde faço o registro de endereço?). That is the
// registry's work at the department that keeps the residents' register, not a card question; a
// card word (転入届のときマイナカードも要る?, オンラインで転出届, 카드, cartão) keeps it with the card's
// FAQ. Vietnamese thẻ is matched with its tone mark only: English "the" must not read as a card.
const MOVE_NOTIFICATION = new RegExp(
  [
    "(転入|転出|転居)(届|の届|の手続|手続)|住所の届|引っ?越し?の届",
    "th[ủu] t[ụu]c chuy[ểe]n đ[ếe]n|đăng k[ýy] (đ[ịi]a ch[ỉi]|c[ưu] tr[úu])|khai b[áa]o (đ[ịi]a ch[ỉi]|c[ưu] tr[úu])",
    "register (my|our|the|a) (new )?address|address registration|move-in notification|moving-in notification",
    "주소\\s?(등록|신고)|전입\\s?신고",
    "registr(o|ar) (de |o |meu |nosso )?(endereço|endereco|residência|residencia|domicilio)|registrar mi domicilio|empadronar",
    "parehistro ng (aking |ang )?(address|tirahan)|(lapor|melapor|mendaftarkan|pendaftaran) alamat",
    "(住址|地址|住所|迁入|转入)(登记|登記|申报)|ठेगाना दर्ता",
  ].join("|"),
  "iu",
);
const FILING_ERRAND = new RegExp(
  [
    "何を持|何(が|か|も)(いる|要る|要り|必要|い(ん|り))|必要な(もの|物|書類)|持ち物|どこ(で|に|へ)(出|行|届|手続)",
    "(ở|o) đâu|mang (theo )?g[ìi]|c[ầa]n g[ìi]",
    "\\bwhere (do|can|should|must)\\b|what (do|should) (i|we) bring",
    "어디|뭘 가져|무엇을 가져",
    "\\bonde\\b|d[óo]nde|o que (preciso )?levar|qu[ée] (necesito )?llevar",
    "\\bsaan\\b|ano ang dadalhin|di ?mana|apa yang (harus |perlu )?dibawa",
    "在哪|哪里|哪儿|带什么|कहाँ",
  ].join("|"),
  "iu",
);
// Who may file it: someone instead of the person who moves (親が代わりに出せますか), or whether the
// whole family must come (家族全員で行かないといけませんか).
const WHO_FILES =
  /代わりに|かわりに|代理(で|人|の人)|(親|家族|妻|夫|主人|家内|母|父|娘|息子)(の(私|わたし|僕|俺))?が(出|行|届)|家族(全員|みんな|皆)で|全員で(行|来|出)|本人(じゃ|で)?(なくても|以外)|委任状/u;
const CARD_WORDS =
  /カード|かーど|マイナ|まいな|証明書|暗証|ポータル|通知書|オンライン|ネット|スマホ|電子|継続利用|国外|海外|card|thẻ|kartu|卡|카드|cart[ãa]o|tarjeta|my number/iu;

/**
 * The notification and the errand's words when the caller asks what to bring, where to go or who
 * may file a move notification, with no word of the card: the registry's errand (市民課's 転入・転出),
 * which the card's FAQ does not answer. Empty otherwise.
 */
export function findMoveNotificationErrand(text: string): string[] {
  const normalized = text.normalize("NFKC");
  const notification = MOVE_NOTIFICATION.exec(normalized)?.[0];
  const errand = FILING_ERRAND.exec(normalized)?.[0] ?? WHO_FILES.exec(normalized)?.[0];
  if (!notification || !errand || CARD_WORDS.test(normalized)) return [];
  return [notification, errand];
}

/**
 * The text with the caller's circumstances (whole words only) and the words that describe a person
 * or a record (幼稚園の娘, 年金の記録) blanked out.
 */
export function blankCircumstances(text: string, terms: readonly string[]): string {
  let out = text.normalize("NFKC").replace(DESCRIBED_BY, "　");
  // Another desk's document or procedure keeps its word (障害の手帳 stays whole; 障害のある goes).
  // Not a care level (要介護の認定を受けている母): that describes the person.
  const kept = KEPT_DOCUMENT_PHRASES.filter((phrase) => out.includes(phrase));
  kept.forEach((phrase, index) => {
    out = out.replace(new RegExp(`(?<!要)${escapeRegExp(phrase)}`, "gu"), placeholder(index));
  });
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  for (const term of sorted) {
    const escaped = escapeRegExp(term.normalize("NFKC"));
    out = out.replace(new RegExp(`(?<!${WORD_CHAR})${escaped}(?!${WORD_CHAR})`, "gu"), "　");
  }
  kept.forEach((phrase, index) => {
    out = out.replaceAll(placeholder(index), phrase);
  });
  return out;
}

/**
 * Another desk's document or procedure named with a word that elsewhere only describes the
 * caller's situation (障害の手帳, 介護の認定): the department's matter, not a circumstance.
 */
const KEPT_DOCUMENT_PHRASES = ["障害の手帳", "障がいの手帳", "介護の認定", "介護の保険証"] as const;

/** A stand-in no caller types (private-use characters), one per kept phrase. */
const placeholder = (index: number) => `\u{F0000}${String.fromCodePoint(0xf0001 + index)}`;

/**
 * The card's names and services said alone (「マイナンバーカード」, 「電子証明書。」): a topic with
 * nothing asked about it, so the caller is asked what they want to know.
 */
const BARE_TOPIC_NAMES = [
  "マイナンバーカード",
  "マイナカード",
  "マイナンバー",
  "個人番号カード",
  "個人番号",
  "マイナ保険証",
  "マイナポータル",
  "電子証明書",
  "暗証番号",
  "公金受取口座",
  "交付通知書",
  "資格確認書",
  "カード",
  "my number card",
  "my number",
].map((name) => foldForMatch(name).replace(/\s+/gu, ""));

/** Whether `content` (fillers and punctuation stripped) is only a topic's name. */
export function isBareTopicName(content: string): boolean {
  return BARE_TOPIC_NAMES.includes(foldForMatch(content).replace(/\s+/gu, ""));
}
