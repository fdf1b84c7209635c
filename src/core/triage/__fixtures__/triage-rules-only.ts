import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDepartmentsCsv } from "../../faq";
import { triageInquiry } from "../triage-inquiry";

/** The sample departments (samples/departments.csv). */
export const SAMPLE_DEPARTMENTS = parseDepartmentsCsv(
  readFileSync(join(__dirname, "..", "..", "..", "..", "samples", "departments.csv"), "utf8"),
).departments;

/**
 * Triage by the rules alone: no FAQ entry, retrieval taken as confident, so only the rules
 * (crisis, personal data, requests) decide, without the hand-over model. For tests of the crisis
 * lexicon and its red teams.
 */
export function triageRulesOnly(text: string) {
  return triageInquiry({
    text,
    pii: { blocked: false, blockedTypes: [] },
    retrieval: { top: null, confidence: 0.8, coverage: 0.7 },
    departments: SAMPLE_DEPARTMENTS,
    options: { handoverModel: false },
  });
}
