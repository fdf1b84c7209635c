/**
 * FAQ text passes through the LLM guard too (answers are quoted in prompts): masking an ordinary
 * word as a name (証明用, 一緒) garbles it. Every question and answer of the sample FAQ must come
 * out without a person_name. The only entity allowed is the national call centre's own IP-phone
 * number (MN-088), a public number that a city lists in `publicNumbers`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFaqCsv } from "../faq";
import { maskPii } from "./mask-pii";

const faq = parseFaqCsv(
  readFileSync(join(__dirname, "..", "..", "..", "samples", "mynumber-faq.csv"), "utf8"),
).entries;

describe("maskPii on the sample FAQ", () => {
  describe("ordinary words", () => {
    it("should read the whole sample FAQ", () => {
      expect(faq.length).toBeGreaterThanOrEqual(150);
    });

    it("should find no person_name in any question or answer", () => {
      const names = faq.flatMap((entry) =>
        [entry.question, entry.answer].flatMap((text) =>
          maskPii(text)
            .entities.filter((e) => e.type === "person_name")
            .map((e) => `${entry.id}: ${text.slice(e.start, e.end)}`),
        ),
      );
      expect(names).toEqual([]);
    });

    it("should mask nothing once the published call-centre number is listed", () => {
      const found = faq.flatMap((entry) =>
        [entry.question, entry.answer].flatMap((text) =>
          maskPii(text, { publicNumbers: ["050-3818-1250"] }).entities.map(
            (e) => `${entry.id}: ${e.type} ${text.slice(e.start, e.end)}`,
          ),
        ),
      );
      expect(found).toEqual([]);
    });
  });
});
