import { execAll } from "./text-tools";
/** Context words that say what a nearby number is. */
export type CueKind =
  | "my_number"
  | "phone"
  | "card"
  | "bank"
  | "yucho"
  | "postal"
  | "pension"
  | "license"
  | "passport"
  | "residence"
  | "insurance"
  | "resident_code"
  | "birth"
  | "address"
  | "negative";

// Residents write in their own language too: Chinese (电话, 账户, 护照), Korean (전화, 계좌, 여권),
// Vietnamese (điện thoại, tài khoản, hộ chiếu) and Portuguese words for the same things.
const CUE_PATTERNS: Readonly<Record<CueKind, RegExp>> = {
  my_number: /マイナンバー|個人番号|通知カード|my ?number|まいなんばー|マイナ番号/g,
  phone:
    /電話|でんわ|携帯|ケータイ|けいたい|スマホ|連絡先|れんらくさき|折り返し|折返し|tel|fax|ファックス|ファクス|phone|mobile|电话|手机|전화|휴대폰|điện thoại/g,
  card: /クレジット|カード番号|credit|有効期限|visa|jcb|マスターカード|アメックス|デビット/g,
  // Tsubamegawa Bank, número … / minha conta / mi cuenta: a bank and an account in English,
  // Portuguese, Spanish, Vietnamese and Indonesian (rekening; contato is a contact); chi nhánh, a
  // Vietnamese branch, as 支店.
  bank: /口座|普通預金|普通(?=の?\s?[0-9])|当座|貯蓄|支店|振込|振り込み|引き落とし|引落し|銀行|信金|信用金庫|信用組合|農協|労金|account|acc\. ?no|bank|banco|conta(?![a-z])|cuenta|账户|帳戶|账号|存款|银行|계좌|은행|tài khoản|ngân hàng|chi nhánh|rekening/g,
  // A bare 記号 is also the 記号 of a health-insurance card, so it is not a ゆうちょ cue.
  yucho: /ゆうちょ|郵便貯金|通帳記号|通帳の記号|通帳番号|通帳の番号/g,
  postal: /〒|郵便番号|ゆうびん ?ばんごう|郵便|zip|postal/g,
  // 保険年金課: a section of the office named after pensions is no pension cue.
  pension: /年金(?![課係])|ねんきん|pension/g,
  license: /免許|めんきょ|運転経歴|license|licence/g,
  passport:
    /パスポート|旅券|passport|paspor|护照|護照|여권|hộ chiếu|passaporte|pasaporte|passeport/g,
  residence: /在留|特別永住|residence card/g,
  // 前の保険：138677: the insurance a resident had before, as a form's label; 前保険06132500:
  // the same glued to its number in a note.
  insurance:
    /保険証|被保険者|保険者番号|保険の記号|資格確認書|健康保険|健保|けんぽ|共済組合|国保|国民健康保険|介護保険|介護の番号|介護(?=[0-9]{10}(?![0-9]))|後期高齢|後期の番号|枝番|保険番号|(?:前|旧|以前|元|今|現在)の保険(?=[:：は]| [:：])|(?:前|旧)保険(?= ?[0-9])|insurance/g,
  resident_code: /住民票コード/g,
  // 出生日(期) (a newborn's; Chinese), 생년월일 and 생일 (a birthday; Korean), nasci/nascimento,
  // ngày sinh, tanggal lahir,
  // petsa ng kapanganakan, kaarawan and ipinanganak ("was born") (Tagalog), fecha de nacimiento (Spanish): other languages' forms.
  // nasceu em / nació el: "was born on" in Portuguese and Spanish, as a call says it.
  birth:
    /生年月日|誕生日|生まれ|うまれ|出生 ?日|생년월일|생일|birthday|date of birth|dob|born|nasci|nasceu|nasceram|nacimiento|nació|ngày sinh|sinh ngày|tanggal lahir|kapanganakan|kaarawan|ipinanganak/g,
  // 住在 / 我家在: "(I) live at", "my home is at" in Chinese.
  address:
    /住所|じゅうしょ|住んで|すんで|在住|自宅|居住|所在地|現住所|転居先|引っ越し先|引越し先|転入先|送付 ?先|送り ?先|番地(?=[はが]|ですか)|address|địa chỉ|주소|endereço|地址|住在|我家在/g,
  negative:
    /受付番号|注文番号|管理番号|品番|型番|ケース番号|案件番号|事案番号|製品番号|商品番号|部品番号|製造番号|シリアル番号|法人番号|問い合わせ番号|問合せ番号|予約番号|整理番号|番号札|会員番号|伝票番号|追跡番号|お客様番号|申込番号|申請番号|お問い合わせ|窓口番号|内線|インボイス|登録番号|申請書 ?id|ヘルプデスク|コールセンター|サポートセンター|お客様センター|order/g,
};

/** Longer than any cue word; bounds the binary search. */
const MAX_CUE_LENGTH = 16;

/** Index of the first hit starting at or after `position` (hits are sorted by start). */
function firstHitFrom(hits: readonly CueHit[], position: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((hits[mid]?.start ?? 0) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** One context word found in the text. */
export type CueHit = { readonly kind: CueKind; readonly start: number; readonly end: number };

const KINDS = Object.keys(CUE_PATTERNS) as CueKind[];
/** All cue words in one alternation (one pass over the text); group i + 1 is KINDS[i]. */
// Case-sensitive and without the u flag (every cue is a BMP literal): much faster in V8.
// The text is searched in a copy with ASCII letters lower-cased, which keeps every offset.
const ALL_CUES = new RegExp(KINDS.map((kind) => `(${CUE_PATTERNS[kind].source})`).join("|"), "g");

const DENIED = /^(?:じゃな|ではな|でな)/;

/**
 * 受付番号 7704215 / 品番 169-0065B: a label of a number that is no one's personal information,
 * right before a value (a space, a colon or は between).
 */
export const NEGATIVE_LABEL_BEFORE = new RegExp(
  `(?:${CUE_PATTERNS.negative.source})(?:は|:|：)? ?$`,
);

/** Finds every context word in `text`, sorted by position. */
export function indexCues(text: string): CueHit[] {
  const hits: CueHit[] = [];
  const lower = /[A-Z]/.test(text)
    ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
    : text;
  for (const match of execAll(ALL_CUES, lower)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const kind = KINDS[group - 1];
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // 内線じゃなくて直通で: a negative word said to be denied says nothing about the number.
    if (kind === "negative" && DENIED.test(lower.slice(end, end + 4))) continue;
    if (kind) hits.push({ kind, start, end });
  }
  return hits;
}

/** Distance from each kind's nearest cue before `start` (within `window` chars) to `start`. */
export function cuesBefore(
  hits: readonly CueHit[],
  start: number,
  window: number,
): Map<CueKind, number> {
  const found = new Map<CueKind, number>();
  for (let i = firstHitFrom(hits, start - window - MAX_CUE_LENGTH); i < hits.length; i += 1) {
    const hit = hits[i] as CueHit;
    if (hit.end > start) break;
    if (start - hit.end > window) continue;
    found.set(hit.kind, start - hit.end);
  }
  return found;
}

/**
 * The kind of the nearest cue in a {@link cuesBefore} result (the first found on a tie), leaving
 * out the kinds in `skip`.
 */
export function nearestCueKind(
  cues: ReadonlyMap<CueKind, number>,
  skip?: ReadonlySet<CueKind>,
): CueKind | undefined {
  let nearest: CueKind | undefined;
  let distance = Infinity;
  for (const [kind, at] of cues) {
    if (skip?.has(kind) || at >= distance) continue;
    nearest = kind;
    distance = at;
  }
  return nearest;
}

/** Each kind's nearest cue starting within `window` chars after `end`. */
export function cuesAfter(
  hits: readonly CueHit[],
  end: number,
  window: number,
): Map<CueKind, number> {
  const found = new Map<CueKind, number>();
  for (let i = firstHitFrom(hits, end); i < hits.length; i += 1) {
    const hit = hits[i] as CueHit;
    if (hit.start < end) continue;
    if (hit.start - end > window) break;
    if (!found.has(hit.kind)) found.set(hit.kind, hit.start - end);
  }
  return found;
}
