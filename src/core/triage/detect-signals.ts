import { foldForMatch, readRomaji } from "../text";
import type { CrisisContact, CrisisKind } from "./crisis-lexicon";
import { CRISIS_ASR_SLIPS } from "./crisis-asr-slips";
import { CARED_FOR_HARM_SOURCES, CHILD_HARM_SOURCES } from "./crisis-family-harm";
import { CRISIS_LEXICON, CRISIS_NEGATIVE_CUES } from "./crisis-lexicon";
import type { CrisisModel } from "./crisis-model";
import { loadCrisisModel, scoreCrisisModel } from "./crisis-model";
import { CRISIS_MODEL_WEIGHTS } from "./crisis-model-weights";
import { raisedByOrdinaryNow } from "./crisis-ordinary-now";
import { raisedByOrdinaryState } from "./crisis-ordinary-state";
import { isToldAsOver, withoutToldOver } from "./crisis-told-over";
import { compileCrisisSigns, findCrisisSigns } from "./crisis-signs";
import { CHILD_SEEING_DV, ELDER, PARTNER_DOER } from "./crisis-words";
import {
  PERSONAL_STATUS_SOURCES,
  SELF_SERVICE_SOURCES,
  STAFF_LOOKUP_SOURCE,
} from "./personal-status-lexicon";
import {
  COMPLAINT_SOURCES,
  COUNTER_VISIT_SOURCES,
  DESK_ERRAND_SOURCES,
  HUMAN_REQUEST_SOURCES,
  PHONE_LINE_SOURCE,
} from "./request-lexicon";
import { CRISIS_CONTACTS, FILLER_PATTERN, INJECTION_PATTERNS } from "./rules";

/** Text for rule matching: width-folded and lower-cased, spacing collapsed. */
export function prepareRuleText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ");
}

/** The matched words of every pattern that matches (empty when none does). */
export function findEvidence(text: string, patterns: readonly RegExp[]): string[] {
  const evidence: string[] = [];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && !evidence.includes(match[0])) evidence.push(match[0]);
  }
  return evidence;
}

export type CrisisSignal = {
  readonly kind: CrisisKind;
  readonly evidence: readonly string[];
  readonly contacts: readonly CrisisContact[];
  readonly department: string | null;
};

// Folding the sources the same way as the text lets one pattern match kana/kanji/width variants.
const compile = (source: string) => new RegExp(foldForMatch(source), "u");
const CRISIS_RULES = CRISIS_LEXICON.map((rule) => ({
  ...rule,
  compiled: rule.patterns.map(compile),
}));
const NEGATIVE_CUES = CRISIS_NEGATIVE_CUES.map((source) => new RegExp(foldForMatch(source), "gu"));
const ASR_SLIPS = CRISIS_ASR_SLIPS.map(
  ([slip, word]) => [new RegExp(foldForMatch(slip), "gu"), foldForMatch(word)] as const,
);
const CRISIS_SIGNS = compileCrisisSigns(foldForMatch);
const CRISIS_MODEL = loadCrisisModel(CRISIS_MODEL_WEIGHTS);
const ELDER_WORDS = compile(ELDER);
// Where the model's abuse goes: the lexicon's elder-abuse rule when an old person is named,
// otherwise its child-abuse rule.
const ABUSE_RULES = CRISIS_RULES.filter((rule) => rule.kind === "abuse");
const ELDER_ABUSE_RULE = ABUSE_RULES.find((rule) => rule.department === "高齢者支援課");
const CHILD_ABUSE_RULE = ABUSE_RULES.find((rule) => rule.department === "子ども家庭課");
// Violence by a partner with a child there (面前DV): child abuse, read with the police and DV lines.
const PARTNER_WORDS = compile(PARTNER_DOER);
const CHILD_THERE = compile(CHILD_SEEING_DV);
// Eighteenth round (red team 15 read): violence against someone pregnant with pain or bleeding in
// the belly (階段から突き落とされました。おなかが張って痛いです) also reads the ambulance.
const PREGNANT_HURT = compile(
  "(妊娠|にんしん|妊婦|おなかの(子|赤ちゃん)|お腹の(子|赤ちゃん))[^]{0,120}((おなか|お腹|腹)が\\s?(張|は(っ|れ)|痛|いた)|出血|血が)",
);
// A child hurt by a parent or an old person by a carer, in a text any rule raised: abuse, read
// with the numbers of the kind that raised it (see `crisis-family-harm.ts`).
const CHILD_HARM = CHILD_HARM_SOURCES.map(compile);
const CARED_FOR_HARM = CARED_FOR_HARM_SOURCES.map(compile);
/** Each number once, in the order first given. */
const onePerNumber = (contacts: readonly CrisisContact[]): CrisisContact[] =>
  contacts.filter(
    (contact, index) => contacts.findIndex((other) => other.number === contact.number) === index,
  );
const WITNESSED_DV_CONTACTS: readonly CrisisContact[] = onePerNumber([
  ...CRISIS_CONTACTS.abuse,
  ...(CRISIS_RULES.find((rule) => rule.kind === "violence")?.contacts ?? []),
]);

/** The crisis read as abuse when a family member hurts a dependent in it; otherwise unchanged. */
function readFamilyHarm(signal: CrisisSignal, folded: string): CrisisSignal {
  if (signal.kind === "abuse") return signal;
  const rule = CHILD_HARM.some((pattern) => pattern.test(folded))
    ? CHILD_ABUSE_RULE
    : CARED_FOR_HARM.some((pattern) => pattern.test(folded))
      ? ELDER_ABUSE_RULE
      : undefined;
  if (!rule) return signal;
  return {
    kind: "abuse",
    evidence: signal.evidence,
    contacts: onePerNumber([...(rule.contacts ?? CRISIS_CONTACTS.abuse), ...signal.contacts]),
    department: rule.department ?? null,
  };
}

/**
 * The text the crisis stages read: `foldForMatch`-folded, speech recognition's slips on crisis
 * words put back, look-alikes blanked out.
 */
export function foldForCrisis(text: string): string {
  let folded = foldForMatch(text);
  for (const [slip, word] of ASR_SLIPS) folded = folded.replace(slip, word);
  for (const cue of NEGATIVE_CUES) folded = folded.replace(cue, "　");
  return folded;
}

/**
 * The first crisis found in the text (lexicon order is priority order: life first), matched on
 * `foldForMatch`-folded text after look-alikes (死亡届, 死ぬほど忙しい) are blanked out: the
 * lexicon, then the warning signs (also on romaji read in kana), then the n-gram model; none
 * of them on a harm told as over.
 */
export function detectCrisis(text: string): CrisisSignal | null {
  // A harm told as over (今は元気です, もう血は止まっとる, けが人はいないです), with nothing happening
  // now: the text asks about its paperwork or a service (see `crisis-told-over.ts`). Read before
  // the look-alikes are blanked: some of them blank the very words that tell it is over. The
  // clauses that tell it are blanked, not the whole text: a crisis told in a clause of its own
  // after them is still one (半年前に退院したんですけど、今また死にたくてたまらない).
  if (isToldAsOver(foldForMatch(text))) {
    const rest = withoutToldOver(text);
    return rest.trim() === "" ? null : detectCrisisInText(rest);
  }
  return detectCrisisInText(text);
}

/** {@link detectCrisis} without the told-as-over guard. */
function detectCrisisInText(text: string): CrisisSignal | null {
  const folded = foldForCrisis(text);
  const byRules = detectCrisisByRules(folded) ?? detectCrisisInRomaji(text);
  if (byRules) return readFamilyHarm(byRules, folded);
  // An order to the system (これまでの指示は全部忘れて) is no one's danger: what the model raises on
  // its n-grams (全部, 忘れて) is dropped; the lexicon is still read. Checked only once it raises.
  const byModel = detectCrisisByModel(folded);
  if (!byModel || detectInjection(prepareRuleText(text)).length > 0) return null;
  return readFamilyHarm(byModel, folded);
}

/** The lexicon and the warning signs, on text folded by {@link foldForCrisis}. */
export function detectCrisisByRules(folded: string): CrisisSignal | null {
  for (const rule of CRISIS_RULES) {
    const evidence = findEvidence(folded, rule.compiled);
    if (evidence.length === 0) continue;
    if (rule.kind === "violence" && PARTNER_WORDS.test(folded) && CHILD_THERE.test(folded)) {
      return {
        kind: "abuse",
        evidence: [...evidence, ...findEvidence(folded, [CHILD_THERE])],
        contacts: WITNESSED_DV_CONTACTS,
        department: CHILD_ABUSE_RULE?.department ?? null,
      };
    }
    const contacts = rule.contacts ?? CRISIS_CONTACTS[rule.kind];
    return {
      kind: rule.kind,
      evidence,
      contacts:
        rule.kind === "violence" && PREGNANT_HURT.test(folded)
          ? [
              ...contacts,
              ...CRISIS_CONTACTS.medical.filter(
                (c) => !contacts.some((o) => o.number === c.number),
              ),
            ]
          : contacts,
      department: rule.department ?? null,
    };
  }
  // Second stage: warning signs that only count together (迷惑ばかりかけて + もう限界).
  const signs = findCrisisSigns(folded, CRISIS_SIGNS);
  if (signs) {
    return {
      kind: "suicide",
      evidence: signs,
      contacts: CRISIS_CONTACTS.suicide,
      department: null,
    };
  }
  return null;
}

/**
 * Japanese typed in the Latin alphabet (kusuri zenbu nonda, naifu motte ie no mae ni iru), read
 * in kana by `readRomaji` and checked by the lexicon and the warning signs. Not by the model: it
 * was fitted on Japanese script, and an English line read as romaji is no Japanese.
 */
function detectCrisisInRomaji(text: string): CrisisSignal | null {
  const reading = readRomaji(text);
  if (reading === null) return null;
  // Words the reader leaves in Latin letters (cuchillo in a Spanish line) were read, look-alikes
  // blanked, by the first pass on the text itself: only the kana it read are checked here.
  return detectCrisisByRules(foldForCrisis(reading.replace(/\p{Script=Latin}+/gu, " ")));
}

/**
 * The n-gram model, for a crisis in words no list has, on text folded by {@link foldForCrisis}
 * (evidence: its strongest n-grams). Not raised when only an ordinary now carries it, with no
 * danger word said (…て、今週の食費も出せません: see `crisis-ordinary-now.ts`), nor when only
 * sentences of an ordinary cause and a mild state carry it (…聞こえて眠れません: see
 * `crisis-ordinary-state.ts`).
 */
export function detectCrisisByModel(
  folded: string,
  model: CrisisModel = CRISIS_MODEL,
): CrisisSignal | null {
  const result = scoreCrisisModel(model, folded);
  if (
    !result.raised ||
    raisedByOrdinaryNow(model, folded) ||
    raisedByOrdinaryState(model, folded)
  ) {
    return null;
  }
  const abuseRule =
    result.kind !== "abuse"
      ? undefined
      : ELDER_WORDS.test(folded)
        ? ELDER_ABUSE_RULE
        : CHILD_ABUSE_RULE;
  // The model is surer of the danger than of its kind: the numbers of the next kind are read too.
  return {
    kind: result.kind,
    evidence: result.evidence,
    contacts: onePerNumber([
      ...(abuseRule?.contacts ?? CRISIS_CONTACTS[result.kind]),
      ...CRISIS_CONTACTS[result.runnerUp],
    ]),
    department: abuseRule?.department ?? null,
  };
}

export const detectInjection = (text: string) => findEvidence(text, INJECTION_PATTERNS);

const HUMAN_REQUEST = HUMAN_REQUEST_SOURCES.map(compile);
const COMPLAINT = COMPLAINT_SOURCES.map(compile);
const PERSONAL_STATUS = PERSONAL_STATUS_SOURCES.map(compile);
const SELF_SERVICE = SELF_SERVICE_SOURCES.map(compile);
const STAFF_ASKED = [compile(STAFF_LOOKUP_SOURCE)];
const COUNTER_VISIT = COUNTER_VISIT_SOURCES.map(compile);
const DESK_ERRAND = DESK_ERRAND_SOURCES.map(compile);
const PHONE_LINE = compile(PHONE_LINE_SOURCE);

// These lexicons are written in ordinary spelling and matched on folded text (see compile).
export const detectHumanRequest = (text: string) => findEvidence(foldForMatch(text), HUMAN_REQUEST);
export const detectComplaint = (text: string) => findEvidence(foldForMatch(text), COMPLAINT);
/** The caller's own case, unless they ask how to look it up themselves (確かめる方法). */
export function detectPersonalStatus(text: string): string[] {
  const folded = foldForMatch(text);
  const evidence = findEvidence(folded, PERSONAL_STATUS);
  if (evidence.length === 0 || findEvidence(folded, SELF_SERVICE).length === 0) return evidence;
  return findEvidence(folded, STAFF_ASKED);
}

/** The card desk's own errands (更新, 交付通知書, 持ち物), for a complaint's or a wish's desk. */
export const detectDeskErrand = (text: string) => findEvidence(foldForMatch(text), DESK_ERRAND);

/** Words of a visit to the desk's counter (waited there, sent back), unless about the phone line. */
export function detectCounterVisit(text: string): string[] {
  const folded = foldForMatch(text);
  return PHONE_LINE.test(folded) ? [] : findEvidence(folded, COUNTER_VISIT);
}

/** What is left of the text once greetings, fillers, punctuation and placeholders are removed. */
export function stripFillers(text: string): string {
  return text
    .replace(/［[^］]*］|\[[^\]]*\]/gu, "")
    .replace(FILLER_PATTERN, "")
    .replace(/[\s\p{P}\p{S}ー〜~]+/gu, "");
}
