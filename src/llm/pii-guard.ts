import type { MaskOptions, PiiEntity } from "../core/pii";
import { maskPii } from "../core/pii";
import { PiiBlockedError } from "../errors";

/**
 * Who will read a model's reply. Placeholders are put back only for staff (inside kintone);
 * a citizen channel always gets the masked text.
 */
export type Audience = "staff" | "citizen";

/** Counts for accountability and tests: how much personal information this call masked. */
export type GuardStats = { readonly texts: number; readonly masked: number };

/** The personal-information guard of one model call. */
export type PiiGuard = {
  /** Masks one outgoing text; throws PiiBlockedError on block-class findings. */
  protect(text: string): string;
  /**
   * Masks every outgoing text of a call. Placeholders already in the texts (the engine masks
   * the caller's words first) are reserved, so a new ［電話番号1］ never means two things.
   */
  protectAll(texts: readonly string[]): string[];
  /**
   * Masks a text without refusing it (for what comes back from a model, e.g. a transcript):
   * block-class values are masked too and their types reported.
   */
  screen(text: string): { masked: string; blockedTypes: string[] };
  /** Puts the original values back into a reply, for staff only. */
  restore(text: string, audience: Audience): string;
  readonly stats: GuardStats;
};

// A residual net behind the masker: any run of 10+ digits that survived masking (phone,
// card, ID numbers in forms the recognizers did not expect) is masked too.
const LONG_DIGIT_RUN = /[0-9０-９](?:[ \u3000\-‐‑‒–—―−ー－]?[0-9０-９]){9,}/g;
const PUBLIC_PREFIXES = ["0120", "0800", "0570", "0990"];
const RESIDUAL_LABEL = { prefix: "［番号", suffix: "］" } as const;
const EXISTING_PLACEHOLDER = /(［[^［］0-9]{1,20}?)(\d{1,4})］/g;

/**
 * Creates the guard for one model call. Every text of the call is masked with call-wide
 * numbering, so ［氏名1］ means the same person in every message of the request.
 */
export function createPiiGuard(options: MaskOptions = {}): PiiGuard {
  const placeholders = new Map<string, string>();
  const values = new Map<string, string>();
  const counters = new Map<string, number>();
  let texts = 0;
  let masked = 0;

  const placeholderFor = (
    type: string,
    value: string,
    label: { prefix: string; suffix: string },
  ) => {
    const key = `${type}\u0000${value}`;
    const known = placeholders.get(key);
    if (known) return known;
    const count = (counters.get(label.prefix) ?? 0) + 1;
    counters.set(label.prefix, count);
    const placeholder = `${label.prefix}${count}${label.suffix}`;
    placeholders.set(key, placeholder);
    values.set(placeholder, value);
    return placeholder;
  };

  const screen = (text: string): { masked: string; blockedTypes: string[] } => {
    texts += 1;
    if (text === "") return { masked: text, blockedTypes: [] };
    const result = maskPii(text, options);
    const blockedTypes: string[] = [
      ...new Set(
        result.entities.filter((entity) => entity.class === "block").map((entity) => entity.type),
      ),
    ];
    if (result.blocked && blockedTypes.length === 0) blockedTypes.push("unknown");
    let output = "";
    let cursor = 0;
    for (const entity of [...result.entities].sort((a, b) => a.start - b.start)) {
      if (entity.start < cursor || entity.end <= entity.start) continue;
      const value = text.slice(entity.start, entity.end);
      output += text.slice(cursor, entity.start);
      output += placeholderFor(entity.type, value, labelOf(entity));
      cursor = entity.end;
      masked += 1;
    }
    output += text.slice(cursor);
    const safe = output.replace(LONG_DIGIT_RUN, (run) => {
      const digits = run.normalize("NFKC").replace(/\D/g, "");
      if (isPublicNumber(digits, options.publicNumbers ?? [])) return run;
      masked += 1;
      return placeholderFor("residual_number", run, RESIDUAL_LABEL);
    });
    return { masked: safe, blockedTypes };
  };

  const protect = (text: string): string => {
    const { masked: safe, blockedTypes } = screen(text);
    if (blockedTypes.length > 0) throw new PiiBlockedError(blockedTypes);
    return safe;
  };

  const protectAll = (all: readonly string[]): string[] => {
    for (const text of all) {
      for (const match of text.matchAll(EXISTING_PLACEHOLDER)) {
        const prefix = match[1] ?? "";
        counters.set(prefix, Math.max(counters.get(prefix) ?? 0, Number(match[2])));
      }
    }
    return all.map(protect);
  };

  const restore = (text: string, audience: Audience): string => {
    if (audience !== "staff" || values.size === 0) return text;
    const pattern = [...values.keys()]
      .sort((a, b) => b.length - a.length)
      .map((placeholder) => placeholder.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|");
    return text.replace(
      new RegExp(pattern, "g"),
      (placeholder) => values.get(placeholder) ?? placeholder,
    );
  };

  return {
    protect,
    protectAll,
    screen,
    restore,
    get stats() {
      return { texts, masked };
    },
  };
}

/** The label part of the masker's placeholder (［電話番号3］ → ［電話番号 … ］). */
function labelOf(entity: PiiEntity): { prefix: string; suffix: string } {
  const match = /^(.*?)\d+(\D*)$/.exec(entity.placeholder);
  if (match && match[1]) return { prefix: match[1], suffix: match[2] ?? "" };
  return { prefix: `［${entity.type}`, suffix: "］" };
}

function isPublicNumber(digits: string, publicNumbers: readonly string[]): boolean {
  if (PUBLIC_PREFIXES.some((prefix) => digits.startsWith(prefix))) return true;
  return publicNumbers.some((number) => number.normalize("NFKC").replace(/\D/g, "") === digits);
}
