import {
  buildRecordPayload,
  createInitialRecord,
  fillEmptySubtables,
  mergeRecordChanges,
  type FieldProperty,
  type RecordData,
} from "./record-state";

const PROPERTIES: Record<string, FieldProperty> = {
  レコード番号: { type: "RECORD_NUMBER", code: "レコード番号", label: "レコード番号" },
  title: { type: "SINGLE_LINE_TEXT", code: "title", label: "件名", defaultValue: "問い合わせ" },
  kind: { type: "DROP_DOWN", code: "kind", label: "種別", defaultValue: "" },
  tags: { type: "CHECK_BOX", code: "tags", label: "対応", defaultValue: ["電話"] },
  day: { type: "DATE", code: "day", label: "受付日", defaultNowValue: true },
  files: { type: "FILE", code: "files", label: "添付" },
  count: { type: "NUMBER", code: "count", label: "件数" },
  owner: { type: "USER_SELECT", code: "owner", label: "担当" },
  table: {
    type: "SUBTABLE",
    code: "table",
    label: "明細",
    fields: { item: { type: "SINGLE_LINE_TEXT", code: "item", label: "項目" } },
  },
  group: { type: "GROUP", code: "group", label: "グループ" },
};
const TODAY = new Date(2026, 3, 1, 9, 30);

describe("createInitialRecord", () => {
  describe("defaults", () => {
    it("should give every data field kintone's initial value and skip layout-only types", () => {
      const record = createInitialRecord(PROPERTIES, TODAY);
      expect(record["title"]).toEqual({ type: "SINGLE_LINE_TEXT", value: "問い合わせ" });
      expect(record["kind"]).toEqual({ type: "DROP_DOWN", value: null });
      expect(record["tags"]).toEqual({ type: "CHECK_BOX", value: ["電話"] });
      expect(record["day"]).toEqual({ type: "DATE", value: "2026-04-01" });
      expect(record["table"]?.value).toEqual([
        { id: null, value: { item: { type: "SINGLE_LINE_TEXT", value: "" } } },
      ]);
      expect(record["group"]).toBeUndefined();
    });
  });
});

describe("fillEmptySubtables", () => {
  describe("edit forms", () => {
    it("should give an empty subtable one blank row and leave filled ones alone", () => {
      const empty = { table: { type: "SUBTABLE", value: [] } };
      expect(fillEmptySubtables(empty, PROPERTIES, TODAY)["table"]?.value).toEqual([
        { id: null, value: { item: { type: "SINGLE_LINE_TEXT", value: "" } } },
      ]);
      const rows = [{ id: "1", value: { item: { type: "SINGLE_LINE_TEXT", value: "a" } } }];
      expect(
        fillEmptySubtables({ table: { type: "SUBTABLE", value: rows } }, PROPERTIES, TODAY)["table"]
          ?.value,
      ).toEqual(rows);
    });
  });
});

describe("mergeRecordChanges", () => {
  const current = (): RecordData => createInitialRecord(PROPERTIES, TODAY);

  describe("values", () => {
    it("should overwrite writable fields and leave system and file fields alone", () => {
      const { record } = mergeRecordChanges(current(), {
        title: { value: "マイナンバーカード" },
        レコード番号: { value: "999" },
        files: { value: [{ fileKey: "x" }] },
        unknown: { value: "ignored" },
      });
      expect(record["title"]?.value).toBe("マイナンバーカード");
      expect(record["レコード番号"]?.value).toBe("");
      expect(record["files"]?.value).toEqual([]);
      expect(record["unknown"]).toBeUndefined();
    });

    it.each([
      [null, ""],
      [undefined, ""],
      [12, "12"],
      ["#INVALID!", "5"],
    ])("should treat NUMBER value %p as %p", (value, expected) => {
      const start = current();
      start["count"] = { type: "NUMBER", value: "5" };
      expect(mergeRecordChanges(start, { count: { value } }).record["count"]?.value).toBe(expected);
    });
  });

  describe("flags", () => {
    it("should collect disabled and error flags", () => {
      const changes = mergeRecordChanges(current(), {
        title: { value: "x", disabled: true, error: "必須です" },
        kind: { disabled: false },
      });
      expect(changes.disabled).toEqual({ title: true, kind: false });
      expect(changes.errors).toEqual({ title: "必須です" });
    });

    it("should not change the record it was given", () => {
      const start = current();
      mergeRecordChanges(start, { title: { value: "changed" } });
      expect(start["title"]?.value).toBe("問い合わせ");
    });
  });
});

describe("buildRecordPayload", () => {
  describe("what is sent", () => {
    it("should send values only, files and users by key, rows with their ids", () => {
      const record: RecordData = {
        $id: { type: "__ID__", value: "3" },
        title: { type: "SINGLE_LINE_TEXT", value: "件名" },
        files: { type: "FILE", value: [{ fileKey: "k1", name: "a.pdf", size: "10" }] },
        owner: { type: "USER_SELECT", value: [{ code: "sato", name: "佐藤 花子" }] },
        table: {
          type: "SUBTABLE",
          value: [
            { id: "7", value: { item: { type: "SINGLE_LINE_TEXT", value: "a" } } },
            { id: null, value: { item: { type: "SINGLE_LINE_TEXT", value: "b" } } },
          ],
        },
        作成者: { type: "CREATOR", value: { code: "sato", name: "佐藤 花子" } },
      };
      expect(buildRecordPayload(record)).toEqual({
        title: { value: "件名" },
        files: { value: [{ fileKey: "k1" }] },
        owner: { value: [{ code: "sato" }] },
        table: {
          value: [
            { id: "7", value: { item: { value: "a" } } },
            { value: { item: { value: "b" } } },
          ],
        },
      });
    });
  });
});
