import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDepartmentsCsv, parseFaqCsv } from "../faq";
import { FaqIndex } from "../search";
import { evaluateFaq } from "./evaluate-faq";
import { parseQuestionsCsv } from "./parse-questions-csv";

const fixture = (...parts: string[]) => readFileSync(join(__dirname, "..", ...parts), "utf8");
const index = FaqIndex.build(
  parseFaqCsv(fixture("search", "__fixtures__", "faq-small.csv")).entries,
);
const { departments } = parseDepartmentsCsv(fixture("triage", "__fixtures__", "departments.csv"));
const QUESTIONS = [
  "id,question,expected_faq_ids,expected_action,expected_department,note,tags",
  "E1,パスワードを忘れた,T-002,answer,市民課,,plain",
  "E2,カードの作り方,T-001;T-012,answer,市民課,,plain;heldout",
  "E3,死にたい,,emergency,,,crisis",
  "E4,国民健康保険に入りたい,,transfer,保険年金課,,other_department;heldout",
  "E5,料金はいくら,T-012,answer,市民課,,plain",
].join("\n");

describe("parseQuestionsCsv", () => {
  it("should split ids and tags and reject unknown actions by line", () => {
    const { questions, errors } = parseQuestionsCsv(`${QUESTIONS}\nE6,x,,maybe,,,\n`);
    expect(questions[1]).toMatchObject({
      expectedFaqIds: ["T-001", "T-012"],
      tags: ["plain", "heldout"],
    });
    expect(errors).toEqual([{ line: 7, code: "empty_required", detail: "expected_action=maybe" }]);
  });
});

describe("evaluateFaq", () => {
  const { questions } = parseQuestionsCsv(QUESTIONS);
  const report = evaluateFaq({ questions, index, departments });

  it("should count top-1, top-3, crisis recall and transfers", () => {
    expect(report.overall.top1).toEqual({ correct: 2, total: 3, rate: 2 / 3 });
    expect(report.overall.crisisRecall).toEqual({ correct: 1, total: 1, rate: 1 });
    expect(report.overall.department).toEqual({ correct: 1, total: 1, rate: 1 });
  });

  it("should split held-out rows from tuning rows", () => {
    expect(report.heldout.top1.total).toBe(1);
    expect(report.tuning.top1.total).toBe(2);
  });

  it("should list the failed row with what was expected", () => {
    const failed = report.outcomes.filter((o) => !o.passed);
    expect(failed.map((o) => [o.question.id, o.failures])).toEqual([["E5", ["faq"]]]);
  });
});
