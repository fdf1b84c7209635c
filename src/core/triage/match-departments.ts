import type { Department } from "../faq";
import { foldForMatch } from "../text";
import { DEPARTMENT_PATTERNS } from "./department-patterns";
import { DEFAULT_DEPARTMENT_SYNONYMS, expandDepartmentSynonyms } from "./department-synonyms";

/**
 * What one full keyword (three characters or more) scores. A match below it rests only on short
 * keywords or the description's phrases, too weak to make a department the topic.
 */
export const FULL_KEYWORD_SCORE = 1;

/** A department whose name or keywords occur in the text. */
export type DepartmentMatch = {
  readonly name: string;
  readonly score: number;
  readonly evidence: readonly string[];
};

/**
 * Finds departments mentioned by name or keyword. Keywords inside a longer matched keyword of
 * the same department count once (マイナンバー inside マイナンバーカード); a named department
 * counts most, since callers who name the desk usually mean it. Keywords containing one of
 * `neutralTerms` (the desk's own topic words) do not count.
 */
export function matchDepartments(
  text: string,
  departments: readonly Department[],
  neutralTerms: readonly string[] = [],
  synonyms: Readonly<Record<string, readonly string[]>> = DEFAULT_DEPARTMENT_SYNONYMS,
): DepartmentMatch[] {
  // Synonyms first (こくほ → 国民健康保険); also match across a の the caller inserted
  // (子どもの医療費 for the keyword 子ども医療費).
  const expanded = expandDepartmentSynonyms(
    expandPatterns(blankIdioms(foldForMatch(text))),
    synonyms,
    foldForMatch,
  );
  const folded = `${expanded}\n${expanded.replace(/の/gu, "")}`;
  const neutral = neutralTerms.map((term) => foldForMatch(term)).filter(Boolean);
  const matches: DepartmentMatch[] = [];
  for (const department of departments) {
    const found: string[] = [];
    let score = 0;
    const name = foldForMatch(department.name);
    if (name && folded.includes(name)) {
      found.push(department.name);
      score += 3;
    }
    const hits = department.keywords
      .map((keyword) => ({ keyword, folded: foldForMatch(keyword) }))
      .filter((entry) => entry.folded.length > 0 && folded.includes(entry.folded))
      .sort((a, b) => b.folded.length - a.folded.length);
    const kept: string[] = [];
    for (const hit of hits) {
      if (kept.some((longer) => longer.includes(hit.folded))) continue;
      kept.push(hit.folded);
      // A keyword about the desk's own topic still hides its parts but scores nothing.
      if (neutral.some((term) => hit.folded.includes(term))) continue;
      found.push(hit.keyword);
      score += hit.folded.length >= 3 ? FULL_KEYWORD_SCORE : 0.6;
    }
    // The description is the city's own wording too; its phrases count less than keywords.
    for (const term of extractDescriptionTerms(department.description)) {
      if (kept.some((longer) => longer.includes(term)) || !folded.includes(term)) continue;
      if (neutral.some((word) => term.includes(word))) continue;
      kept.push(term);
      found.push(term);
      score += 0.5;
    }
    if (score > 0) matches.push({ name: department.name, score, evidence: found });
  }
  return matches.sort((a, b) => b.score - a.score);
}

// The card's fee, and no money given as the reason (two of the idioms below).
const CARD_FEE = "(再発行|再交付|カード|作り直し|作り直す)の?手数料";
const NO_MONEY = "(お金|おかね|貯金|蓄え)(が|も|は)?(ほとんど)?(ない|なく|無い|無く)";
// Idioms that use a desk's word without asking about its topic (税金の無駄遣い is a complaint
// about spending, not a tax question).
const IDIOMS = [
  /税金の?(無駄|むだ)|税金泥棒|血税|給料泥棒|税金で(食|給料|飯)|(こんな|そんな|あんな)(もの|の|ん)に税金|税金(を)?(使|つか)(う|っ|わ|い)/gu,
  // Another desk's document shown as proof of identity (障害者手帳は本人確認の書類になりますか),
  // pregnancy as the reason someone else collects the card: the card desk's question.
  /(障害者手帳|障がい者手帳|身体障害者手帳|療育手帳|精神障害者保健福祉手帳|年金手帳|母子手帳|母子健康手帳|介護保険証)(は|も|って|で|を)?[^。]{0,20}(本人確認|身分証|確認書類)/gu,
  // So are the months of a pregnancy, said in the sentence before (妊娠八か月で行くのがきつい。夫に
  // 代わりに).
  /妊娠(中|[0-9一二三四五六七八九十]+(か|ヶ|ケ|カ|ヵ)?月(目)?|後期)(っていうの|というの|の(方|人))?(は|で|だと|なので)?((?!母子|手帳|健診|検診|届)[^?？]){0,50}(代わりに|代理|受け取)/gu,
  // A child left with someone so that the caller could come is not a nursery question
  // (子どもを預けてまで行ったのに).
  /(子ども|子供|子|娘|息子|孫)(を)?(預けて)(まで|きた|来た|きて|来て)/gu,
  // Where a paper is to be handed in is its purpose, not the topic (保育園に出す証明書: the
  // certificate's desk issues it).
  /(保育園|保育所|幼稚園|学校|会社|勤め先|職場|銀行|病院|施設)(に|へ)(出す|提出する|持って(いく|行く)|出さな)/gu,
  // Living on a pension is the caller's situation, not a pension question, whether or not the card
  // is named (年金暮らしなので手数料を; 年金暮らしで1,000円もきついの。何とかタダにしてもらえない?);
  // 年金生活者支援給付金 is.
  /年金(暮らし|ぐらし|生活(?!者))/gu,
  // No money given as the reason to waive or put off the card's fee (再発行の手数料、お金がないので
  // 免除して; お金がなくて、再交付の手数料を待って): the fee is the card desk's to grant.
  new RegExp(`(?<=${CARD_FEE}[^。?？]{0,30})${NO_MONEY}`, "gu"),
  new RegExp(`${NO_MONEY}(?=[^。?？]{0,30}${CARD_FEE})`, "gu"),
  // The fridge as the place a paper was kept (はがきを冷蔵庫に貼ったまま), not an appliance to
  // throw away.
  /冷蔵庫(に|の)\s?(貼|はっ|張|扉|ドア|上|横|中|前)/gu,
  // A welfare recipient's hospital or funeral bills are the welfare desk's aid, not insurance
  // refunds or the funeral grant (生活保護を受けてる父が入院して、病院代は; 生活保護の人の葬式の費用).
  /(?<=(生活保護|せいかつほご|生保|保護費)(を|で)?((受け|もらっ|もろ|受給し)て|\s?の\s?(人|ひと|方|者)).{0,40})(病院代|入院費|入院のお金|医療費|治療費|葬式|葬儀)/gu,
].map((pattern) => new RegExp(foldForMatch(pattern.source), "gu"));

function blankIdioms(folded: string): string {
  return IDIOMS.reduce((out, pattern) => out.replace(pattern, "　"), folded);
}

const PATTERNS = Object.entries(DEPARTMENT_PATTERNS).flatMap(([keyword, patterns]) =>
  patterns.map(
    (pattern) => [new RegExp(foldForMatch(pattern.source), "gu"), foldForMatch(keyword)] as const,
  ),
);

/** Adds the keyword a pattern stands for after each match (the words themselves stay). */
function expandPatterns(folded: string): string {
  return PATTERNS.reduce(
    (out, [pattern, keyword]) => out.replace(pattern, (match) => `${match} ${keyword} `),
    folded,
  );
}

// Separators, and particles only between kanji/katakana words (so こんびに and がん検診 stay whole).
const DESCRIPTION_SPLIT =
  /[、。・,，（）()「」\s]|など|への|に関する|について|を担当します|を担当|(?<=[\p{Script=Han}\p{Script=Katakana}ー])(?:の|と|や|を|が|は|に)(?=[\p{Script=Han}\p{Script=Katakana}])/u;
// Generic office words that say nothing about which desk.
const GENERIC_TERMS = new Set(
  [
    "申請",
    "相談",
    "受付",
    "発行",
    "更新",
    "案内",
    "支援",
    "苦情",
    "届出",
    "交付",
    "利用",
    "対応",
    "各種",
    "連絡",
    "活用",
    "入所",
    "加入者",
    "ご案内します",
  ].map(foldForMatch),
);

/** Phrases of a department description worth matching (three characters or more, not generic). */
export function extractDescriptionTerms(description: string): string[] {
  return description
    .normalize("NFKC")
    .split(DESCRIPTION_SPLIT)
    .map((term) => foldForMatch(term).replace(/^[のとや]|[のとや]$/gu, ""))
    .filter((term) => term.length >= 3 && !GENERIC_TERMS.has(term));
}
