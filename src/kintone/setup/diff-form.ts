import type { KintoneLayoutBlock, KintoneLayoutField, KintoneProperty } from "./to-kintone-form";

/** What must change in an app's form to match its definition. */
export type FormDiff = {
  readonly added: KintoneProperty[];
  readonly changed: KintoneProperty[];
  /** Field codes whose type differs: kintone cannot change a type, so setup reports them. */
  readonly typeConflicts: string[];
};

function sameSetting(wanted: unknown, current: unknown): boolean {
  if (wanted && typeof wanted === "object" && !Array.isArray(wanted)) {
    const currentObject = (current && typeof current === "object" ? current : {}) as Record<
      string,
      unknown
    >;
    const wantedObject = wanted as Record<string, unknown>;
    const keys = new Set([...Object.keys(wantedObject), ...Object.keys(currentObject)]);
    return [...keys].every((key) => sameSetting(wantedObject[key], currentObject[key]));
  }
  if (Array.isArray(wanted)) {
    return (
      JSON.stringify(wanted.map(String)) ===
      JSON.stringify(Array.isArray(current) ? current.map(String) : [])
    );
  }
  return String(wanted ?? "") === String(current ?? "");
}

/**
 * Compares the wanted properties with the app's current ones. Only the settings madoguchi
 * decides are compared; fields the city added itself are left alone (never deleted).
 */
export function diffFormFields(
  wanted: readonly KintoneProperty[],
  current: Readonly<Record<string, Record<string, unknown>>>,
): FormDiff {
  const added: KintoneProperty[] = [];
  const changed: KintoneProperty[] = [];
  const typeConflicts: string[] = [];
  for (const property of wanted) {
    const existing = current[property.code];
    if (!existing) {
      added.push(property);
      continue;
    }
    if (existing.type !== property.type) {
      typeConflicts.push(property.code);
      continue;
    }
    const differs = Object.entries(property).some(
      ([key, value]) => !sameSetting(value, existing[key]),
    );
    if (differs) changed.push(property);
  }
  return { added, changed, typeConflicts };
}

function fieldKey(field: KintoneLayoutField): string {
  return `${field.type}:${field.code ?? field.elementId ?? field.label ?? ""}`;
}

function blockKey(block: KintoneLayoutBlock): string {
  if (block.type === "GROUP") return `GROUP:${block.code}[${block.layout.map(blockKey).join("|")}]`;
  if (block.type === "SUBTABLE") return `SUBTABLE:${block.code}`;
  return `ROW(${block.fields.map(fieldKey).join(",")})`;
}

function collectCodes(blocks: readonly KintoneLayoutBlock[], into: Set<string>): Set<string> {
  for (const block of blocks) {
    if (block.type === "GROUP") {
      into.add(block.code);
      collectCodes(block.layout, into);
    } else if (block.type === "SUBTABLE") into.add(block.code);
    else for (const field of block.fields) if (field.code) into.add(field.code);
  }
  return into;
}

/**
 * The layout to write: madoguchi's blocks, then any blocks holding fields the city added, so
 * their fields stay on the form. Null when the current layout already matches (sizes ignored).
 */
export function planLayout(
  wanted: readonly KintoneLayoutBlock[],
  current: readonly KintoneLayoutBlock[],
): KintoneLayoutBlock[] | null {
  const ours = collectCodes(wanted, new Set());
  const extra = current.flatMap((block): KintoneLayoutBlock[] => {
    if (block.type !== "ROW") return ours.has(block.code) ? [] : [block];
    const fields = block.fields.filter(
      (field) => field.code !== undefined && !ours.has(field.code),
    );
    return fields.length > 0 ? [{ type: "ROW", fields }] : [];
  });
  const next = [...wanted, ...extra];
  const same =
    next.length === current.length &&
    next.every(
      (block, index) => blockKey(block) === blockKey(current[index] as KintoneLayoutBlock),
    );
  return same ? null : next;
}
