import type { CsvRowError } from "../csv";
import { readCsvTable } from "../csv";
import type { TriageAction } from "../triage";

/** One row of the regression question set. */
export type EvalQuestion = {
  readonly id: string;
  readonly line: number;
  readonly question: string;
  /** Acceptable FAQ ids (any of them counts as right); empty when no entry applies. */
  readonly expectedFaqIds: readonly string[];
  readonly expectedAction: TriageAction | null;
  readonly expectedDepartment: string | null;
  readonly note: string;
  readonly tags: readonly string[];
};

const ACTIONS: readonly TriageAction[] = ["answer", "transfer", "emergency", "clarify"];

/**
 * Parses `id,question,expected_faq_ids,expected_action,expected_department,note,tags`
 * (ids and tags separated by `;`, `|` or spaces). An unknown action is a row error.
 */
export function parseQuestionsCsv(text: string): {
  questions: EvalQuestion[];
  errors: CsvRowError[];
} {
  const table = readCsvTable(text, ["id", "question"]);
  const errors: CsvRowError[] = [...table.errors];
  const questions: EvalQuestion[] = [];
  for (const { line, values } of table.records) {
    const action = (values.expected_action ?? "").toLowerCase();
    if (action && !ACTIONS.includes(action as TriageAction)) {
      errors.push({ line, code: "empty_required", detail: `expected_action=${action}` });
      continue;
    }
    const expectedFaqIds = splitList(values.expected_faq_ids ?? "");
    questions.push({
      id: values.id ?? "",
      line,
      question: values.question ?? "",
      expectedFaqIds,
      expectedAction: (action as TriageAction) || (expectedFaqIds.length > 0 ? "answer" : null),
      expectedDepartment: values.expected_department || null,
      note: values.note ?? "",
      tags: splitList(values.tags ?? ""),
    });
  }
  return { questions, errors };
}

function splitList(cell: string): string[] {
  return cell
    .split(/[;；|\s,、]+/u)
    .map((item) => item.trim())
    .filter(Boolean);
}
