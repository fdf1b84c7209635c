import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { FIXTURE_PII_TYPES } from "../fixtures/pii/evaluate";
import { describeBlindQuestionSet } from "./blind-question-set";

const PII_UNSEEN_PATH = join(__dirname, "..", "fixtures", "pii", "pii-unseen.jsonl");

/** sha256 of pii-unseen.jsonl as written blind (samples/unseen-README.md); the whole file is frozen. */
const PII_UNSEEN_SHA256 = "10d282dc7f26d6ea304b35bc50c0b2c51a7ca70b8ed177688f1707449ec89018";
const PII_TYPES: readonly string[] = FIXTURE_PII_TYPES;

describe("samples/mynumber-questions-unseen.csv", () => {
  // Fingerprint of the columns written blind (samples/unseen-README.md).
  describeBlindQuestionSet({
    file: "mynumber-questions-unseen.csv",
    idPrefix: "U",
    minRows: 180,
    fingerprint: "98f9d917f6b5ff788debbf662942a69d950d468d588e4608cd0d9b3a644cfe3f",
  });
});

type PiiLine = {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly { readonly type: string; readonly text: string }[];
  readonly hazards: readonly string[];
};

const piiText = readFileSync(PII_UNSEEN_PATH, "utf8");
const piiRawLines = piiText.split("\n").filter((line) => line.trim().length > 0);

function parsePiiLine(raw: string): PiiLine | undefined {
  try {
    return JSON.parse(raw) as PiiLine;
  } catch {
    return undefined;
  }
}

const piiLines = piiRawLines.map(parsePiiLine);
const parsedPii = piiLines.filter((line): line is PiiLine => line !== undefined);

describe("test/fixtures/pii/pii-unseen.jsonl", () => {
  describe("format", () => {
    it("should parse every line as one JSON object with id, text, entities and hazards", () => {
      const bad = piiLines
        .map((line, index) => ({ line, index }))
        .filter(
          ({ line }) =>
            line === undefined ||
            typeof line.text !== "string" ||
            !Array.isArray(line.entities) ||
            !Array.isArray(line.hazards),
        );
      expect(bad.map(({ index }) => index + 1)).toEqual([]);
    });

    it("should use unique ids", () => {
      expect(new Set(parsedPii.map((line) => line.id)).size).toBe(parsedPii.length);
    });

    it("should quote every entity and hazard verbatim from its text", () => {
      const missing = parsedPii.flatMap((line) =>
        [...line.entities.map((entity) => entity.text), ...line.hazards]
          .filter((part) => part.length === 0 || !line.text.includes(part))
          .map((part) => `${line.id}:${part}`),
      );
      expect(missing).toEqual([]);
    });

    it("should use only the known entity types", () => {
      const bad = parsedPii.flatMap((line) =>
        line.entities.filter((entity) => !PII_TYPES.includes(entity.type)).map(() => line.id),
      );
      expect(bad).toEqual([]);
    });
  });

  describe("coverage", () => {
    it("should hold at least 150 lines, 220 entities and 60 hazards", () => {
      expect(parsedPii.length).toBeGreaterThanOrEqual(150);
      expect(parsedPii.flatMap((line) => line.entities).length).toBeGreaterThanOrEqual(220);
      expect(parsedPii.flatMap((line) => line.hazards).length).toBeGreaterThanOrEqual(60);
    });

    it("should cover every entity type, with person names the biggest share", () => {
      const counts = new Map<string, number>();
      for (const entity of parsedPii.flatMap((line) => line.entities)) {
        counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
      }
      expect(PII_TYPES.filter((type) => !counts.has(type))).toEqual([]);
      const names = counts.get("person_name") ?? 0;
      expect([...counts.values()].every((count) => count <= names)).toBe(true);
    });
  });

  describe("frozen file", () => {
    it("should stay byte for byte as written blind", () => {
      expect(createHash("sha256").update(piiText, "utf8").digest("hex")).toBe(PII_UNSEEN_SHA256);
    });
  });
});
