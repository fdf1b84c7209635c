import { SUMMARY_TEMPLATES } from "../../core";
import { MADOGUCHI_APPS, PLUGIN_PANEL_SPACER, toConsultationFieldCode } from "./index";
import type { AppDefinition, LayoutItem } from "./types";

/** Field codes the layout places, in order (GROUP blocks count as their group field). */
function listLayoutCodes(definition: AppDefinition): string[] {
  const codes: string[] = [];
  const add = (items: readonly LayoutItem[]) => {
    for (const item of items) if (typeof item === "string") codes.push(item);
  };
  for (const block of definition.layout) {
    if ("row" in block) add(block.row);
    else {
      codes.push(block.group);
      block.rows.forEach(add);
    }
  }
  return codes;
}

// kintone field codes: no leading digit, letters/digits/_ and a few symbols, at most 128 chars.
const FIELD_CODE = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

describe("madoguchi app definitions", () => {
  describe.each(MADOGUCHI_APPS.map((app) => [app.name, app] as const))(
    "%s",
    (_name, definition) => {
      it("should place every field exactly once in the layout", () => {
        const placed = listLayoutCodes(definition);
        expect([...placed].sort()).toEqual(definition.fields.map((field) => field.code).sort());
      });

      it("should use valid, distinct field codes", () => {
        const codes = definition.fields.map((field) => field.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const code of codes) expect(code).toMatch(FIELD_CODE);
      });

      it("should give choice fields distinct options and a default among them", () => {
        for (const field of definition.fields) {
          if (!field.options) continue;
          expect(new Set(field.options).size).toBe(field.options.length);
          if (typeof field.defaultValue === "string")
            expect(field.options).toContain(field.defaultValue);
        }
      });
    },
  );

  describe("the plugin panel", () => {
    it("should be in every app except 部署", () => {
      const withPanel = MADOGUCHI_APPS.filter((app) =>
        JSON.stringify(app.layout).includes(PLUGIN_PANEL_SPACER),
      );
      expect(withPanel.map((app) => app.key).sort()).toEqual([
        "callLog",
        "consultations",
        "faq",
        "manuals",
      ]);
    });
  });

  describe("the consultation app", () => {
    it("should hold a field for every template field", () => {
      const app = MADOGUCHI_APPS.find((candidate) => candidate.key === "consultations");
      const codes = new Set(app?.fields.map((field) => field.code));
      for (const template of SUMMARY_TEMPLATES) {
        for (const field of template.fields)
          expect(codes).toContain(toConsultationFieldCode(template.id, field.code));
      }
    });

    it.each([
      ["vacant_house", "property_location", "vh_property_location"],
      ["maternal_child_health", "topics", "mch_topics"],
      ["community_care", "topics", "cc_topics"],
      ["community_care", "consultation_date", "consultation_date"],
    ] as const)("should map %s.%s to %s", (template, field, expected) => {
      expect(toConsultationFieldCode(template, field)).toBe(expected);
    });
  });
});
