import { findTypes } from "../test-helpers";

/**
 * Table-driven checks for the masker's value tests: each row is a label, a text and the value in
 * it that must (or must not) be masked.
 */
export type Row = readonly [label: string, text: string, value: string];

/** Every character of `value` (spaces aside) is covered by an entity of `type`. */
export function expectMasked(rows: readonly Row[], type: string): void {
  it.each(rows)(`should mask %s as ${type}`, (_label, text, value) => {
    const found = findTypes(text);
    const at = text.indexOf(value);
    expect(at).toBeGreaterThanOrEqual(0);
    const uncovered = [...value].filter((c, i) => {
      if (/\s/u.test(c)) return false;
      const index = at + i;
      return !found.some((f) => {
        const start = text.indexOf(f.text);
        return f.type === type && start <= index && index < start + f.text.length;
      });
    });
    expect({ text, uncovered }).toEqual({ text, uncovered: [] });
  });
}

export function expectLeftAlone(rows: readonly Row[]): void {
  it.each(rows)("should leave %s alone", (_label, text, value) => {
    const covered = findTypes(text).map((found) => found.text);
    expect(covered.filter((found) => found.includes(value) || value.includes(found))).toEqual([]);
  });
}
