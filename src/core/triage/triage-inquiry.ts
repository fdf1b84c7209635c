import type { FaqEntry } from "../faq";
import { joinJapaneseWords } from "../text";
import {
  detectComplaint,
  detectCounterVisit,
  detectCrisis,
  detectDeskErrand,
  detectHumanRequest,
  detectInjection,
  detectPersonalStatus,
  prepareRuleText,
  stripFillers,
} from "./detect-signals";
import { loadHandoverModel, scoreHandoverModel } from "./handover-model";
import { HANDOVER_MODEL_WEIGHTS } from "./handover-model-weights";
import { respellKanaWords } from "./kana-spellings";
import type { DepartmentMatch } from "./match-departments";
import { FULL_KEYWORD_SCORE, matchDepartments } from "./match-departments";
import type { ReasonCode, TriageAction, TriageReason } from "./reason-codes";
import { DEFAULT_PII_DEPARTMENTS } from "./rules";
import {
  DEFAULT_CIRCUMSTANCE_TERMS,
  DEFAULT_DESK_SERVICE_TERMS,
  DEFAULT_DESK_SHARED_TERMS,
  DEFAULT_DESK_TOPIC_TERMS,
  DESK_PROCEDURE_TERMS,
  blankCircumstances,
  findDeskTerms,
  findMoveNotificationErrand,
  isBareTopicName,
  isCardOutreachRequest,
  recordMatters,
} from "./desk-topic";
import {
  askedMatter,
  isAddedAfter,
  isNamedFirst,
  isPaymentAccountOf,
  isToldAsBackground,
} from "./topic-order";
import type { TriageParams, TriageResult } from "./triage-types";

/**
 * Retrieval confidence needed to answer. Low on purpose: the rules above catch the calls that
 * need a person; this only stops answers when the FAQ has nothing close (see docs/engine.md).
 */
export const DEFAULT_ANSWER_THRESHOLD = 0.1;
const VAGUE_MAX_CHARS = 6;
// A topic named with nothing asked about it (マイナンバーカードのことなんですけど, speech recognition's
// まいなんばーのことなんですけど, でんし証明書の…): ask what about it.
// Also 「…のことでお電話したんですけど」, 「…の件で聞きたいことがあって」, 「…の件でかけよります」,
// 「ちょっと聞いてもいいですか」: a call announced, nothing asked. The caller may say who they are
// first (［氏名1］と申します。カードの件で); the name's mask is gone from the text these read
// (stripFillers).
const ANNOUNCED_CALL =
  "(お)?(電話|でんわ|連絡|問い合わせ|問合せ)(を)?(した|しました|して(い)?ます|して(い)?る|させていただきました|さしあげました)|(電話を)?(かけ|掛け)(て(い)?ます|てる|とります|よります|ちょります|とる)|(お)?(聞き|きき|伺い|うかがい|伺いし|うかがいし|お聞きし|相談し|質問し|尋ね)たい(こと|事)?(が)?(あって|あります|ある|あるんです|あるんだ|ございまして|ございます)?|(聞い|きい|質問し|尋ね|たずね|伺っ|うかがっ|お聞きし|お尋ねし)て(も)?(いい|良い|よい|よろしい|大丈夫)(です|でしょう)?(か)?|質問(が)?(あって|あります|ある|あるんです|ございます)";
const SELF_INTRO =
  "((\\p{Script=Han}{1,4})?(です|と申します|といいます|と言います|でございます)(けど|けれど|が)?)?";
const TOPIC_WORD = "[\\p{Script=Han}\\p{Script=Katakana}a-z0-9・]";
const TOPIC_ONLY = new RegExp(
  `^${SELF_INTRO}(${TOPIC_WORD}{1,20}(の${TOPIC_WORD}{1,12})?|[\\p{Script=Hiragana}ー]{2,12}|[\\p{Script=Hiragana}ー]{1,8}[\\p{Script=Han}\\p{Script=Katakana}ー]{1,12}|\\p{Script=Han}{1,4}(\\p{Script=Hiragana}{1,2}\\p{Script=Han}{1,4}){0,2}\\p{Script=Hiragana}{1,2})の?(こと|件|あれ|やつ)(で|です|でして|なん(です|だ)?|について)?(ちょっと|少し|すこし)?((${ANNOUNCED_CALL})(ん(です|だ)|っちゃ|ちゃ)?)?(けど|けれど|けれども|が)?$`,
  "u",
);
// The announcement alone, no topic either (ちょっと聞きたいことがあるんですけど).
const ANNOUNCED_ONLY = new RegExp(
  `^(ちょっと|少し|すこし|一つ|ひとつ|いくつか|ちょこっと)?\\s?(${ANNOUNCED_CALL})(ん(です|だ)|のです|んですが|のですが)?(けど|けれど|けれども|が)?$`,
  "u",
);
// What is left after fillers; two characters (ね, か) cannot hold a question.
const NO_QUESTION_MAX_CHARS = 2;
const HANDOVER_MODEL = loadHandoverModel(HANDOVER_MODEL_WEIGHTS);

/**
 * Decides what to do with one utterance: answer from the FAQ, transfer to a department,
 * treat as an emergency, or ask the caller to clarify. Every reason carries its evidence.
 * Order matters: life first, then safety of the system and of personal data, then the
 * caller's wishes, then whether the FAQ can answer.
 */
export function triageInquiry(params: TriageParams): TriageResult {
  const options = params.options ?? {};
  // The crisis check reads the text as spoken (its lexicon allows speech-recognition spaces, and
  // joining kana words can make new words: ふくしの うんえい); the other rules were written for
  // typed text, so they read it with the spaces between Japanese words dropped (人 と 話したい)
  // and the desk's words written in kana respelled (しんせい じょうきょう → 申請状況).
  const spoken = prepareRuleText(params.text);
  const text = respellKanaWords(joinJapaneseWords(spoken));
  const content = stripFillers(text);
  const deskTerms = options.deskTopicTerms ?? DEFAULT_DESK_TOPIC_TERMS;
  const known = (name: string | undefined | null) =>
    name && (params.departments.length === 0 || params.departments.some((d) => d.name === name))
      ? name
      : null;
  const defaultDepartment = known(options.defaultDepartment ?? "市民課");
  const generalDepartment = known(options.generalDepartment ?? "総合案内");
  const saidDeskTerms = findDeskTerms(text, deskTerms);
  const aboutDeskTopic = saidDeskTerms.length > 0;
  // On the card, the caller's situation (認知症の母のカード) is not another desk's topic.
  const circumstances = options.circumstanceTerms ?? DEFAULT_CIRCUMSTANCE_TERMS;
  const neutralTerms = [...deskTerms, ...(options.deskSharedTerms ?? DEFAULT_DESK_SHARED_TERMS)];
  const departments = preferSpecific(
    matchDepartments(
      aboutDeskTopic ? blankCircumstances(text, circumstances) : text,
      params.departments,
      neutralTerms,
    ),
    generalDepartment,
  );
  // Which matter the clause that asks is about, the card's or the department's (see askedMatter),
  // and whether the department's matter is only background (isToldAsBackground); a clause names the
  // card unless it has only a procedure word (再発行). Each asked once per department and call.
  const clauseNames = (name: string) => ({
    desk: (clause: string) =>
      findDeskTerms(clause, deskTerms).some((term) => !DESK_PROCEDURE_TERMS.includes(term)),
    other: (clause: string) =>
      matchDepartments(
        blankCircumstances(clause, circumstances),
        params.departments,
        neutralTerms,
      ).some((match) => match.name === name),
  });
  const asked = new Map<string, ReturnType<typeof askedMatter>>();
  const askedAbout = (name: string) => {
    if (asked.has(name)) return asked.get(name) ?? null;
    const matter = askedMatter(text, clauseNames(name));
    asked.set(name, matter);
    return matter;
  };
  const background = new Map<string, boolean>();
  const toldAsBackground = (name: string) => {
    const cached = background.get(name);
    if (cached !== undefined) return cached;
    const told = isToldAsBackground(text, clauseNames(name));
    background.set(name, told);
    return told;
  };
  const top = params.retrieval.top;
  const confident =
    params.retrieval.confidence >= (options.answerThreshold ?? DEFAULT_ANSWER_THRESHOLD);
  // The desk of the retrieved entry, for a card call with no topic of its own. A general entry
  // (office hours, which desk) matched on the card's words says nothing about the topic: the card
  // stays with the desk. Another desk's entry (マイナ保険証) speaks for the topic only when the
  // caller names that desk's topic too: a near tie between entries must not send
  // 「カードの件で折り返し」 to the insurance desk. Called only when the topic falls back to it.
  const entryDepartment = () => {
    const desk = confident ? top?.department : undefined;
    if (!desk || desk === generalDepartment) return null;
    const named =
      desk === defaultDepartment ||
      matchDepartments(text, params.departments).some((match) => match.name === desk);
    return named ? known(desk) : null;
  };
  // The topic's department: named or keyword-matched first, then the desk that keeps the kind of
  // number the caller gave (a pension number → 保険年金課), then this desk for its own topic.
  const piiDepartments = options.piiDepartments ?? DEFAULT_PII_DEPARTMENTS;
  // Another desk named only in what the caller tells (税務課で証明書を取ってきたところで、…最後に、
  // 申請したカードができているか見てもらえますか) is not the topic of a card question.
  const named = departments[0]?.name;
  const toldOnly =
    aboutDeskTopic &&
    named !== undefined &&
    named !== defaultDepartment &&
    askedAbout(named) === "desk";
  // The entry's desk; not the desk only told about, unless the entry names the card's words the
  // caller said (a マイナ保険証 entry keeps 保険年金課 for マイナ保険証; a general entry on 課税証明書
  // does not keep 税務課 for a card question).
  const deskEntry = () => {
    const desk = entryDepartment();
    if (!toldOnly || desk !== named || top === null) return desk;
    const entryTerms = findDeskTerms(`${top.question} ${top.keywords.join(" ")}`, deskTerms);
    return entryTerms.some((term) => saidDeskTerms.includes(term)) ? desk : null;
  };
  // Staff asked to come to a care home or a brewery to take the application: the card desk's
  // outreach, whatever desk the place would name.
  const outreach = isCardOutreachRequest(text);
  const topic =
    (outreach ? defaultDepartment : null) ??
    (toldOnly ? null : known(named)) ??
    params.pii.blockedTypes.map((type) => known(piiDepartments[type])).find(Boolean) ??
    (aboutDeskTopic ? (deskEntry() ?? defaultDepartment) : null);
  const topicDepartment = topic ?? defaultDepartment;
  const reasons: TriageReason[] = [];
  const add = (code: ReasonCode, evidence: readonly string[]) => reasons.push({ code, evidence });
  const decide = (
    action: TriageAction,
    department: string | null,
    crisis: TriageResult["crisis"] = null,
  ) => ({ action, department, reasons, crisis }) satisfies TriageResult;

  // Before the no-question check: 「火事!」 or 「助けて」 is short and still a crisis.
  const crisis = detectCrisis(spoken);
  if (crisis) {
    add("crisis", crisis.evidence);
    return decide("emergency", known(crisis.department) ?? known(departments[0]?.name), {
      kind: crisis.kind,
      contacts: crisis.contacts,
    });
  }
  // Nothing asked yet (a greeting, a topic alone), unless the caller gave data only staff may
  // handle (マイナンバーは…です、カードのことで): a person takes the call then.
  if (!params.pii.blocked) {
    if (content.length <= NO_QUESTION_MAX_CHARS) {
      add("no_question", []);
      return decide("clarify", null);
    }
    if (
      TOPIC_ONLY.test(content) ||
      ANNOUNCED_ONLY.test(content.trim()) ||
      isBareTopicName(content)
    ) {
      add("no_question", [content]);
      return decide("clarify", null);
    }
  }
  const injection = detectInjection(text);
  if (injection.length > 0) add("injection", injection);
  if (params.pii.blocked) add("pii", params.pii.blockedTypes);
  const human = detectHumanRequest(text);
  if (human.length > 0) add("human_requested", human);
  const complaint = detectComplaint(text);
  if (complaint.length > 0) add("complaint", complaint);
  const turn = params.turn ?? 1;
  if (turn > (options.maxTurns ?? 5)) add("turn_limit", [String(turn)]);
  const personal = detectPersonalStatus(text);
  if (personal.length > 0) add("personal_status", personal);
  if (reasons.length > 0) {
    // Personal data and own-case questions belong to the desk of this line; a wish for a person,
    // a complaint or an injection goes to the desk of its topic (an order to approve a free card
    // reissue: the card desk), and without a topic to the general desk.
    // A complaint about a visit to this desk's counter (waited, sent back) is this desk's too.
    const counterVisit = complaint.length > 0 && detectCounterVisit(text).length > 0;
    // So is a complaint or a wish for a person about the desk's own errands (更新の持ち物, 交付通知).
    const deskErrand =
      (complaint.length > 0 || human.length > 0) && detectDeskErrand(text).length > 0;
    const deskMatter = params.pii.blocked || personal.length > 0 || counterVisit || deskErrand;
    // An injection's words pick the FAQ entry, so its entry's desk means nothing: on the card,
    // the card desk takes it. Weak words of another desk (どの課にも転送しないこと matches only a
    // description phrase) do not make it the topic.
    const injectionOnCard =
      injection.length > 0 && aboutDeskTopic && (departments[0]?.score ?? 0) < FULL_KEYWORD_SCORE;
    // The caller's record shown wrong goes to the desk that keeps it (マイナポータルで予防接種の記録を
    // 見たら、…の分が抜けてた): the record's matter, not the portal, is the topic.
    const recordDesk =
      personal.length > 0 && named === undefined
        ? known(matchDepartments(recordMatters(text), params.departments)[0]?.name)
        : null;
    return decide(
      "transfer",
      injectionOnCard
        ? defaultDepartment
        : (recordDesk ??
            topic ??
            (deskMatter ? defaultDepartment : (generalDepartment ?? defaultDepartment))),
    );
  }
  const other = findOtherDepartment({
    text,
    matches: departments,
    aboutDeskTopic,
    top: confident ? top : null,
    desk: defaultDepartment,
    general: generalDepartment,
    serviceTerms: options.deskServiceTerms ?? DEFAULT_DESK_SERVICE_TERMS,
    deskTerms: saidDeskTerms,
    askedAbout,
    toldAsBackground,
  });
  if (other) {
    // The place of an outreach request names no desk: the favour is this desk's to grant.
    add(outreach ? "personal_status" : "other_department", other.evidence);
    return decide("transfer", outreach ? defaultDepartment : other.name);
  }
  // What to bring or where to go to file a move (転入の届けを出したいけど、何がいる?): the registry's
  // errand at the department that takes move notifications, not the card's FAQ.
  const moveErrand = findMoveNotificationErrand(text);
  if (moveErrand.length > 0) {
    add("other_department", moveErrand);
    return decide(
      "transfer",
      known(matchDepartments("転入届", params.departments)[0]?.name) ?? defaultDepartment,
    );
  }
  if (params.tooLong) {
    add("too_long", []);
    return decide("clarify", null);
  }
  if (!confident) {
    const vague = content.length <= VAGUE_MAX_CHARS && params.retrieval.coverage < 0.5;
    if (vague) {
      add("no_question", [content]);
      return decide("clarify", null);
    }
    // Nothing of any desk and little of the FAQ: out of scope, unless the card is named (カードを
    // 洗濯機で回してしまって): a card matter the FAQ does not cover is the card desk's.
    if (departments.length === 0 && params.retrieval.coverage < 0.15 && !aboutDeskTopic) {
      add("out_of_scope", []);
      return decide("transfer", generalDepartment ?? defaultDepartment);
    }
    add("low_confidence", [String(params.retrieval.confidence)]);
    return decide("transfer", topicDepartment);
  }
  // Last, what the development sets teach beyond the rules: a call worded like the hand-overs
  // there goes to a person, to the department the model reads (when the city has it).
  if (options.handoverModel !== false) {
    const handover = scoreHandoverModel(HANDOVER_MODEL, params.text);
    if (handover.raised) {
      add("low_confidence", [`model ${handover.score.toFixed(2)}`, ...handover.evidence]);
      // The model's general desk is its "no topic"; a caller on the card's errands has one.
      const modelDesk = known(handover.departments[0]);
      return decide(
        "transfer",
        outreach ||
          (aboutDeskTopic && (modelDesk === generalDepartment || departments.length === 0))
          ? topicDepartment
          : (modelDesk ?? topicDepartment),
      );
    }
  }
  return decide("answer", known(top?.department) ?? defaultDepartment);
}

/**
 * Another desk's question: a department matched by its own keywords when the caller is not
 * talking about this desk's topic (even 市民課 itself for 住民票 without the card). While the
 * caller talks about the card, only a full keyword of another desk (児童手当, not 税金) moves the
 * call, and not when the confidently matched FAQ entry is about the same card service as the
 * caller (公金受取口座 and 児童手当 → the account's entry answers).
 */
function findOtherDepartment(params: {
  text: string;
  matches: readonly DepartmentMatch[];
  aboutDeskTopic: boolean;
  top: FaqEntry | null;
  desk: string | null;
  general: string | null;
  serviceTerms: readonly string[];
  /** The desk's topic words found in the text (folded). */
  deskTerms: readonly string[];
  /** Which matter the asking clause is about, the card's or the department `name`'s. */
  askedAbout: (name: string) => ReturnType<typeof askedMatter>;
  /** Whether the department `name`'s matter is only background told before a card question. */
  toldAsBackground: (name: string) => boolean;
}): DepartmentMatch | null {
  const best = params.matches[0];
  if (!best) return null;
  // Errands at other desks told as background before a card question (出生届を出して、児童手当の
  // 手続きもして、健診の予約もしたんですけど、赤ちゃんのカードの写真は): the card's question, however
  // many desks the errands were at.
  const others = params.matches.filter((match) => match.name !== params.desk);
  if (
    params.aboutDeskTopic &&
    others.length > 0 &&
    others.every((m) => params.toldAsBackground(m.name))
  )
    return null;
  // 介護のことと年金と税金と: a caller with matters for three desks or more is sorted out by the
  // general desk.
  if (params.general && params.matches.filter((match) => match.name !== params.general).length >= 3)
    return {
      name: params.general,
      score: best.score,
      evidence: params.matches.flatMap((m) => m.evidence),
    };
  if (!params.aboutDeskTopic) return best;
  // While the caller is on the card, this desk's own words (住民票も取れたんですけど) are the card's
  // side: another desk named as strongly takes the call when the clause that asks is its matter
  // (…聞きたいのはそれじゃなくて、固定資産税の納付書を).
  const tied = params.matches.find(
    (match) => match.name !== params.desk && match.score >= best.score,
  );
  if (best.name === params.desk && tied) {
    return params.askedAbout(tied.name) === "other" ? tied : null;
  }
  // The caller puts the other desk's matter first (まず税金のほうが): that desk takes the call.
  if (best.name !== params.desk && isNamedFirst(params.text, best.evidence)) return best;
  // The clause that asks decides over the clauses that tell (マイナ保険証で受診したんですが、
  // 高額療養費の払い戻しは; 子どもの医療証をなくして。再発行ってどこで。マイナ保険証は持ってます).
  // The other way round (the card asked, another desk's matter told) does not keep the call here: a
  // desk's document told first (療育手帳の更新が近いんですが、カードと一緒に何を) is as often that
  // desk's question as the card's.
  if (best.name !== params.desk && params.askedAbout(best.name) === "other") return best;
  if (best.name === params.desk || best.score < FULL_KEYWORD_SCORE) return null;
  if (params.toldAsBackground(best.name)) return null;
  // The card asked about and the other matter only added (…はどこで? あと粗大ごみも): card first.
  if (isAddedAfter(params.text, best.evidence, params.deskTerms)) return null;
  // 年金の振込口座を変えたい, 公金受取口座とは別?: the pension desk's account, not the card's.
  if (isPaymentAccountOf(params.text, best.evidence)) return best;
  if (params.top && sharesServiceTerm(params.text, params.top, params.serviceTerms)) return null;
  return best;
}

/** Whether the caller and the FAQ entry's question or keywords name the same card service. */
function sharesServiceTerm(text: string, entry: FaqEntry, terms: readonly string[]): boolean {
  const said = findDeskTerms(text, terms);
  if (said.length === 0) return false;
  const entryTerms = findDeskTerms(`${entry.question} ${entry.keywords.join(" ")}`, terms);
  return said.some((term) => entryTerms.includes(term));
}

/** On a tie the general desk yields to a desk of the topic (どこに聞けば + 介護保険 → 介護). */
function preferSpecific(
  matches: readonly DepartmentMatch[],
  general: string | null,
): DepartmentMatch[] {
  const rank = (match: DepartmentMatch) => match.score - (match.name === general ? 0.01 : 0);
  return [...matches].sort((a, b) => rank(b) - rank(a));
}
