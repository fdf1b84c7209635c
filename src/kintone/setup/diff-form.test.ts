import { diffFormFields, planLayout } from "./diff-form";
import type { KintoneLayoutBlock } from "./to-kintone-form";
import { toKintoneProperty } from "./to-kintone-form";

const STATUS = toKintoneProperty({
  code: "status",
  type: "RADIO_BUTTON",
  label: "公開状態",
  options: ["公開", "非公開"],
  defaultValue: "公開",
});

describe("diffFormFields", () => {
  describe("comparing with kintone's answer", () => {
    it("should see no change when kintone returns the same settings with its own extras", () => {
      const current = {
        status: {
          ...STATUS,
          options: { 非公開: { label: "非公開", index: "1" }, 公開: { label: "公開", index: "0" } },
          align: "HORIZONTAL",
          noLabel: false,
        },
      };
      expect(diffFormFields([STATUS], current)).toEqual({
        added: [],
        changed: [],
        typeConflicts: [],
      });
    });

    it("should report a missing field, a changed label and a changed option order", () => {
      const other = toKintoneProperty({ code: "memo", type: "MULTI_LINE_TEXT", label: "メモ" });
      const current = {
        status: {
          ...STATUS,
          label: "状態",
          options: { 公開: { label: "公開", index: "1" }, 非公開: { label: "非公開", index: "0" } },
        },
      };
      const diff = diffFormFields([STATUS, other], current);
      expect(diff.added.map((field) => field.code)).toEqual(["memo"]);
      expect(diff.changed.map((field) => field.code)).toEqual(["status"]);
    });

    it("should not try to change a field's type", () => {
      const diff = diffFormFields([STATUS], { status: { ...STATUS, type: "DROP_DOWN" } });
      expect(diff).toEqual({ added: [], changed: [], typeConflicts: ["status"] });
    });
  });
});

describe("planLayout", () => {
  const ours: KintoneLayoutBlock[] = [
    { type: "ROW", fields: [{ type: "RADIO_BUTTON", code: "status" }] },
  ];

  describe("deciding whether to write", () => {
    it("should write nothing when only sizes differ", () => {
      const current: KintoneLayoutBlock[] = [
        { type: "ROW", fields: [{ type: "RADIO_BUTTON", code: "status", size: { width: "200" } }] },
      ];
      expect(planLayout(ours, current)).toBeNull();
    });

    it("should keep rows holding fields the city added, after ours", () => {
      const cityRow: KintoneLayoutBlock = {
        type: "ROW",
        fields: [{ type: "SINGLE_LINE_TEXT", code: "city_memo" }],
      };
      expect(planLayout(ours, [cityRow])).toEqual([...ours, cityRow]);
    });

    it("should not place our fields twice when the city put one next to theirs", () => {
      const mixed: KintoneLayoutBlock = {
        type: "ROW",
        fields: [
          { type: "RADIO_BUTTON", code: "status" },
          { type: "SINGLE_LINE_TEXT", code: "city_memo" },
        ],
      };
      expect(planLayout(ours, [mixed])).toEqual([
        ...ours,
        { type: "ROW", fields: [{ type: "SINGLE_LINE_TEXT", code: "city_memo" }] },
      ]);
    });
  });
});
