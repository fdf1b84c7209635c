import type { InquiryResult, ReasonCode, TriageAction } from "../../core";
import type { TurnRecord } from "../sessions/types";
import { buildFollowUpQuery, shouldUseFollowUp } from "./follow-up";

function turnRecord(action: TriageAction, masked: string): TurnRecord {
  return {
    at: new Date(0),
    masked,
    action,
    department: null,
    reasons: [],
    citations: [],
    citationTitles: [],
    reply: "",
    confidence: 0.5,
    mode: "offline",
    model: null,
    promptVersion: "v",
    latencyMs: null,
  };
}

function result(
  action: TriageAction,
  confidence: number,
  reasons: ReasonCode[] = [],
): InquiryResult {
  return { action, confidence, reasons } as unknown as InquiryResult;
}

describe("buildFollowUpQuery", () => {
  const answered = turnRecord("answer", "カードの更新はどうすればいいですか");
  it.each([
    [
      "a short follow-up after an answer",
      "手数料は?",
      answered,
      "カードの更新はどうすればいいですか 手数料は?",
    ],
    [
      "full-width question mark",
      "土日は？",
      answered,
      "カードの更新はどうすればいいですか 土日は？",
    ],
    [
      "a long utterance stands alone",
      "住民票の写しをコンビニで取る方法を教えてください",
      answered,
      null,
    ],
    ["no previous turn", "手数料は?", undefined, null],
    [
      "the previous turn was a transfer",
      "手数料は?",
      turnRecord("transfer", "［個人番号1］です"),
      null,
    ],
    ["blank input", "  ", answered, null],
  ])("%s", (_label, text, previous, expected) => {
    expect(buildFollowUpQuery(text, previous)).toBe(expected);
  });
});

describe("shouldUseFollowUp", () => {
  it.each([
    [
      "context answers a low-confidence transfer",
      result("transfer", 0.05, ["low_confidence"]),
      result("answer", 0.7),
      true,
    ],
    [
      "context answers a clarify",
      result("clarify", 0.1, ["no_question"]),
      result("answer", 0.6),
      true,
    ],
    ["a better answer in context", result("answer", 0.5), result("answer", 0.8), true],
    ["a weaker answer in context", result("answer", 0.8), result("answer", 0.5), false],
    ["PII stands", result("transfer", 0.6, ["pii"]), result("answer", 0.9), false],
    [
      "a wish for a person stands",
      result("transfer", 0.6, ["human_requested"]),
      result("answer", 0.9),
      false,
    ],
    ["an emergency stands", result("emergency", 0.2, ["crisis"]), result("answer", 0.9), false],
    [
      "context does not answer either",
      result("clarify", 0.1, ["no_question"]),
      result("transfer", 0.2, ["low_confidence"]),
      false,
    ],
  ])("%s", (_label, alone, inContext, expected) => {
    expect(shouldUseFollowUp(alone, inContext)).toBe(expected);
  });
});
