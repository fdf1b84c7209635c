import { buildSummarySchema, checkSummaryRecord } from "./build-summary-schema";
import { SUMMARY_TEMPLATES, findSummaryTemplate } from "./summary-templates";
import type { SummaryTemplate } from "./template";

function requireTemplate(name: string): SummaryTemplate {
  const template = findSummaryTemplate(name);
  if (!template) throw new Error(`no template ${name}`);
  return template;
}

describe("summary templates", () => {
  describe("findSummaryTemplate", () => {
    it.each([
      ["空き家", "vacant_house"],
      ["空き家相談記録", "vacant_house"],
      ["vacant_house", "vacant_house"],
      ["母子保健", "maternal_child_health"],
      ["地域包括ケア", "community_care"],
      ["地域包括", "community_care"],
      ["Community-Care", "community_care"],
    ])("should find %s", (name, id) => {
      expect(findSummaryTemplate(name)?.id).toBe(id);
    });

    it("should return null for an unknown form", () => {
      expect(findSummaryTemplate("保育園")).toBeNull();
    });
  });

  describe.each(SUMMARY_TEMPLATES.map((template) => [template.id, template] as const))(
    "%s",
    (_id, template) => {
      it("should have unique kintone-safe field codes", () => {
        const codes = template.fields.map((field) => field.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]{0,63}$/);
      });

      it("should give every choice field its options and every field a label and description", () => {
        for (const field of template.fields) {
          expect(field.label.length).toBeGreaterThan(0);
          expect(field.description.length).toBeGreaterThan(0);
          if (field.type === "choice" || field.type === "multichoice")
            expect(field.options?.length).toBeGreaterThan(1);
        }
      });

      it("should generate a strict schema that lists every field as required", () => {
        const schema = buildSummarySchema(template);
        expect(schema.type).toBe("object");
        if (schema.type !== "object") return;
        expect(schema.additionalProperties).toBe(false);
        expect([...schema.required].sort()).toEqual(
          template.fields.map((field) => field.code).sort(),
        );
      });
    },
  );
});

describe("checkSummaryRecord", () => {
  const template = requireTemplate("母子保健");
  const emptyRecord = () =>
    Object.fromEntries(
      template.fields.map((field) => [field.code, field.type === "multichoice" ? [] : null]),
    );

  describe("a blank draft", () => {
    it("should fit the schema and list the required fields staff must fill", () => {
      const check = checkSummaryRecord(template, emptyRecord());
      expect(check.violations).toEqual([]);
      expect(check.missingRequired).toEqual(
        template.fields.filter((field) => field.required).map((field) => field.code),
      );
    });
  });

  describe("bad drafts", () => {
    it.each([
      ["an option that is not on the form", { stage: "高校生" }, "$.stage"],
      ["a date in Japanese form", { consultation_date: "令和7年4月1日" }, "$.consultation_date"],
      ["a number as text", { child_age_months: "3か月" }, "$.child_age_months"],
      ["an unknown field", { favourite_colour: "青" }, "$.favourite_colour"],
      ["a multichoice value off the list", { topics: ["授乳・栄養", "占い"] }, "$.topics[1]"],
    ])("should report %s", (_label, patch, path) => {
      const check = checkSummaryRecord(template, { ...emptyRecord(), ...patch });
      expect(check.violations.map((violation) => violation.path)).toContain(path);
    });

    it("should report a missing field", () => {
      const record: Record<string, unknown> = emptyRecord();
      delete record["support_provided"];
      expect(checkSummaryRecord(template, record).violations).toContainEqual({
        path: "$.support_provided",
        problem: "missing",
      });
    });
  });
});
