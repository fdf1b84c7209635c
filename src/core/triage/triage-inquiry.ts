import type { FaqEntry } from "../faq";
import { foldForMatch } from "../text";
import {
  detectComplaint,
  detectCrisis,
  detectHumanRequest,
  detectInjection,
  detectPersonalStatus,
  prepareRuleText,
  stripFillers,
} from "./detect-signals";
import type { DepartmentMatch } from "./match-departments";
import { matchDepartments } from "./match-departments";
import type { ReasonCode, TriageAction, TriageReason } from "./reason-codes";
import { DEFAULT_DESK_TOPIC_TERMS } from "./rules";
import type { TriageParams, TriageResult } from "./triage-types";

/**
 * Retrieval confidence needed to answer. Low on purpose: the rules above catch the calls that
 * need a person; this only stops answers when the FAQ has nothing close (see docs/engine.md).
 */
export const DEFAULT_ANSWER_THRESHOLD = 0.1;
const VAGUE_MAX_CHARS = 6;
// What is left after fillers; two characters (ね, か) cannot hold a question.
const NO_QUESTION_MAX_CHARS = 2;

/**
 * Decides what to do with one utterance: answer from the FAQ, transfer to a department,
 * treat as an emergency, or ask the caller to clarify. Every reason carries its evidence.
 * Order matters: life first, then safety of the system and of personal data, then the
 * caller's wishes, then whether the FAQ can answer.
 */
export function triageInquiry(params: TriageParams): TriageResult {
  const options = params.options ?? {};
  const text = prepareRuleText(params.text);
  const content = stripFillers(text);
  const deskTerms = options.deskTopicTerms ?? DEFAULT_DESK_TOPIC_TERMS;
  const departments = matchDepartments(text, params.departments, deskTerms);
  const folded = foldForMatch(text);
  const aboutDeskTopic = deskTerms.some((term) => folded.includes(foldForMatch(term)));
  const top = params.retrieval.top;
  const confident =
    params.retrieval.confidence >= (options.answerThreshold ?? DEFAULT_ANSWER_THRESHOLD);
  const known = (name: string | undefined | null) =>
    name && (params.departments.length === 0 || params.departments.some((d) => d.name === name))
      ? name
      : null;
  const defaultDepartment = known(options.defaultDepartment ?? "市民課");
  const generalDepartment = known(options.generalDepartment ?? "総合案内");
  // The topic's department: named or keyword-matched first, then this desk for its own topic.
  const topic =
    known(departments[0]?.name) ??
    (aboutDeskTopic ? ((confident ? known(top?.department) : null) ?? defaultDepartment) : null);
  const topicDepartment = topic ?? defaultDepartment;
  const reasons: TriageReason[] = [];
  const add = (code: ReasonCode, evidence: readonly string[]) => reasons.push({ code, evidence });
  const decide = (
    action: TriageAction,
    department: string | null,
    crisis: TriageResult["crisis"] = null,
  ) => ({ action, department, reasons, crisis }) satisfies TriageResult;

  // Before the no-question check: 「火事!」 or 「助けて」 is short and still a crisis.
  const crisis = detectCrisis(text);
  if (crisis) {
    add("crisis", crisis.evidence);
    return decide("emergency", known(crisis.department) ?? known(departments[0]?.name), {
      kind: crisis.kind,
      contacts: crisis.contacts,
    });
  }
  if (content.length <= NO_QUESTION_MAX_CHARS) {
    add("no_question", []);
    return decide("clarify", null);
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
    // a complaint or an injection without a topic goes to the general desk.
    const deskMatter = params.pii.blocked || personal.length > 0;
    return decide(
      "transfer",
      topic ?? (deskMatter ? defaultDepartment : (generalDepartment ?? defaultDepartment)),
    );
  }
  const other = findOtherDepartment({
    matches: departments,
    aboutDeskTopic,
    top,
    confident,
    desk: defaultDepartment,
  });
  if (other) {
    add("other_department", other.evidence);
    return decide("transfer", other.name);
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
    if (departments.length === 0 && params.retrieval.coverage < 0.15) {
      add("out_of_scope", []);
      return decide("transfer", generalDepartment ?? defaultDepartment);
    }
    add("low_confidence", [String(params.retrieval.confidence)]);
    return decide("transfer", topicDepartment);
  }
  return decide("answer", known(top?.department) ?? defaultDepartment);
}

/**
 * Another desk's question: a department matched by its own keywords when the caller is not
 * talking about this desk's topic (even 市民課 itself for 住民票 without the card); or, while
 * talking about the card, a different department the confidently matched entry does not belong
 * to (児童手当 and the card → 子ども家庭課).
 */
function findOtherDepartment(params: {
  matches: readonly DepartmentMatch[];
  aboutDeskTopic: boolean;
  top: FaqEntry | null;
  confident: boolean;
  desk: string | null;
}): DepartmentMatch | null {
  const best = params.matches[0];
  if (!best) return null;
  if (!params.aboutDeskTopic) return best;
  // While on the card, only a full keyword of another desk (児童手当, not 税金) moves the call.
  if (best.name === params.desk || best.score < 1) return null;
  if (params.confident && params.top?.department === best.name) return null;
  return best;
}
