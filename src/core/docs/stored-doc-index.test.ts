import { DocIndex } from "./DocIndex";
import { DOC_INDEX_VERSION } from "./doc-index-json";
import type { StoredDocIndex } from "./stored-doc-index";
import {
  STORED_DOC_INDEX_FORMAT,
  isStoredIndexCurrent,
  parseStoredDocIndex,
} from "./stored-doc-index";

const INDEX = DocIndex.build([
  { doc: "5/rent.md", title: "家賃", pages: [{ page: null, text: "# 家賃\n上限額は37,000円。" }] },
]).toJSON();

const STORED: StoredDocIndex = {
  format: STORED_DOC_INDEX_FORMAT,
  source: { name: "rent.md", size: 30, sha256: "ab12", fileKey: "key-1" },
  indexedAt: "2026-06-15T03:00:00.000Z",
  stats: { chunks: 1, pages: 1 },
  truncated: null,
  index: INDEX,
};

describe("parseStoredDocIndex", () => {
  describe("valid files", () => {
    it("should accept what was stored, after a JSON round trip", () => {
      const parsed = parseStoredDocIndex(JSON.parse(JSON.stringify(STORED)));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.value.source.fileKey).toBe("key-1");
    });
  });

  describe("unusable files", () => {
    it.each([
      ["null", null],
      ["an array", []],
      ["another format", { ...STORED, format: "something-else" }],
      ["no source", { ...STORED, source: undefined }],
      ["a broken index", { ...STORED, index: { version: DOC_INDEX_VERSION, chunks: "x" } }],
    ])("should call %s invalid", (_label, value) => {
      expect(parseStoredDocIndex(value)).toEqual({ ok: false, problem: "invalid" });
    });

    it("should tell an index of another version apart (to be rebuilt)", () => {
      const old = { ...STORED, index: { ...INDEX, version: DOC_INDEX_VERSION + 1 } };
      expect(parseStoredDocIndex(old)).toEqual({ ok: false, problem: "version" });
    });
  });
});

describe("isStoredIndexCurrent", () => {
  describe("with a recorded download key", () => {
    it("should be current for the same key and stale for another", () => {
      const file = { fileKey: "key-1", name: "rent.md", size: 30 };
      expect(isStoredIndexCurrent(STORED, file)).toBe(true);
      expect(isStoredIndexCurrent(STORED, { ...file, fileKey: "key-2" })).toBe(false);
    });
  });

  describe("without a recorded key", () => {
    it("should compare name and size", () => {
      const stored = { source: { ...STORED.source, fileKey: null } };
      expect(isStoredIndexCurrent(stored, { fileKey: "k", name: "rent.md", size: 30 })).toBe(true);
      expect(isStoredIndexCurrent(stored, { fileKey: "k", name: "rent.md", size: 31 })).toBe(false);
    });
  });
});
