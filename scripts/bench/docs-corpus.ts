/** The sample manuals and caseworker questions, shared by the docs benchmark and gate fitting. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvTable } from "../../src/core/csv";
import type { ExtractedDocument } from "../../src/core/docs";
import { extractDocument, listManualFiles } from "../../src/docs-ingest";
import { findRepoRoot } from "../repo-root";

const ROOT = findRepoRoot();
export const MANUALS = join(ROOT, "samples", "manuals");
export const QUESTIONS = join(ROOT, "samples", "manuals-questions.csv");
/**
 * Written blind to the engine and to QUESTIONS (samples/manuals-questions-unseen*.README.md).
 * The first became a development set after its first run; the second is the honest figure.
 */
export const BLIND_QUESTIONS = {
  "blind-1 (dev)": join(ROOT, "samples", "manuals-questions-unseen.csv"),
  "blind-2": join(ROOT, "samples", "manuals-questions-unseen-2.csv"),
} as const;
export type BlindSplit = keyof typeof BLIND_QUESTIONS;

/** One row of samples/manuals-questions.csv; `doc` is empty for unanswerable questions. */
export type ManualQuestion = {
  id: string;
  question: string;
  doc: string;
  section: string;
  heldout: boolean;
  /** Blind rows come from BLIND_QUESTIONS. */
  split: "tuning" | "heldout" | BlindSplit;
};

export function readManualQuestions(): ManualQuestion[] {
  const table = readCsvTable(readFileSync(QUESTIONS, "utf8"), [
    "id",
    "question",
    "expected_doc",
    "expected_section",
    "tags",
  ]);
  return table.records.map(({ values }) => {
    const heldout = (values.tags ?? "").split(";").includes("heldout");
    return {
      id: values.id ?? "",
      question: values.question ?? "",
      doc: values.expected_doc ?? "",
      section: values.expected_section ?? "",
      heldout,
      split: heldout ? "heldout" : "tuning",
    };
  });
}

/** One blind set's rows (empty when the file is absent); `heldout` is true: not a tuning row. */
export function readBlindManualQuestions(split: BlindSplit): ManualQuestion[] {
  const file = BLIND_QUESTIONS[split];
  if (!existsSync(file)) return [];
  const table = readCsvTable(readFileSync(file, "utf8"), [
    "id",
    "question",
    "expected_doc",
    "expected_section",
    "answerable",
  ]);
  return table.records.map(({ values }) => ({
    id: values.id ?? "",
    question: values.question ?? "",
    doc: values.answerable === "yes" ? (values.expected_doc ?? "") : "",
    section: values.answerable === "yes" ? (values.expected_section ?? "") : "",
    heldout: true,
    split,
  }));
}

/** Extracts every sample manual; files that fail are reported and skipped. */
export async function loadManualDocuments(): Promise<ExtractedDocument[]> {
  const documents: ExtractedDocument[] = [];
  for (const file of await listManualFiles(MANUALS)) {
    try {
      documents.push(
        (await extractDocument({ doc: file, bytes: readFileSync(join(MANUALS, file)) })).document,
      );
    } catch (error) {
      console.log(`skipped ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return documents;
}
