import type { FaqEntry } from "../../core";
import { splitKeywords } from "../../core";
import { FAQ_FIELDS, FAQ_STATUS } from "../apps";
import type { KintoneRecord, RecordInput } from "./record-values";
import { readText } from "./record-values";

/** An FAQ entry from an FAQ-app record, or null when it has no id, question or answer. */
export function toFaqEntry(record: KintoneRecord): FaqEntry | null {
  const id = readText(record, FAQ_FIELDS.id).trim();
  const question = readText(record, FAQ_FIELDS.question);
  const answer = readText(record, FAQ_FIELDS.answer);
  if (!id || !question || !answer) return null;
  return {
    id,
    question,
    answer,
    category: readText(record, FAQ_FIELDS.category),
    department: readText(record, FAQ_FIELDS.department),
    keywords: splitKeywords(readText(record, FAQ_FIELDS.keywords)),
  };
}

/** True unless staff set the entry to 非公開. */
export function isPublishedFaq(record: KintoneRecord): boolean {
  return readText(record, FAQ_FIELDS.status) !== FAQ_STATUS.unpublished;
}

/** The FAQ-app fields an import writes (the CSV columns; 公開状態 and notes stay with staff). */
export function toFaqRecordInput(entry: FaqEntry): RecordInput {
  return {
    [FAQ_FIELDS.question]: { value: entry.question },
    [FAQ_FIELDS.answer]: { value: entry.answer },
    [FAQ_FIELDS.category]: { value: entry.category },
    [FAQ_FIELDS.department]: { value: entry.department },
    [FAQ_FIELDS.keywords]: { value: entry.keywords.join(";") },
  };
}
