import type { InquiryResult, PiiEntity } from "../../../core";
import type { BrowserMessageKey } from "../../../messages/browser";
import { BROWSER_MESSAGES } from "../../../messages/browser";
import { t } from "../../ui/text";

export type BannerTone = "answer" | "transfer" | "emergency" | "clarify";
export type ActionBanner = { readonly tone: BannerTone; readonly text: string };

/** Japanese label of a reason code (from the shared reason labels), or the code itself. */
export function labelReason(code: string): string {
  const key = `M_KT_REASON_${code.toUpperCase()}`;
  return key in BROWSER_MESSAGES ? BROWSER_MESSAGES[key as BrowserMessageKey].ja : code;
}

/**
 * The banner staff see first, e.g. 「転送推奨: 保険年金課 内線1201 — 理由: 個人情報を含む」 or
 * 「緊急: 119（救急・火災）」.
 */
export function buildActionBanner(result: InquiryResult): ActionBanner {
  const reasons = [...new Set(result.reasons)].map(labelReason).join("・");
  switch (result.action) {
    case "emergency": {
      const contacts = result.emergencyContacts.map((c) => `${c.number}（${c.name}）`).join(" / ");
      return {
        tone: "emergency",
        text: t("M_PLUGIN_BANNER_EMERGENCY", { contacts: contacts || "119" }),
      };
    }
    case "transfer": {
      const where = result.department
        ? `${result.department}${result.extension ? ` ${t("M_PLUGIN_EXTENSION", { extension: result.extension })}` : ""}`
        : t("M_PLUGIN_BANNER_STAFF");
      return {
        tone: "transfer",
        text: t("M_PLUGIN_BANNER_TRANSFER", { where, reasons: reasons || "—" }),
      };
    }
    case "clarify":
      return { tone: "clarify", text: t("M_PLUGIN_BANNER_CLARIFY", { reasons: reasons || "—" }) };
    default:
      return {
        tone: "answer",
        text: t("M_PLUGIN_BANNER_ANSWER", {
          citations: result.citations.join("・") || "—",
          confidence: Math.round(result.confidence * 100),
        }),
      };
  }
}

/** One piece of the caller's words: plain text, or a masked span with its typed placeholder. */
export type MaskedSegment =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "masked";
      readonly text: string;
      readonly placeholder: string;
      readonly blocked: boolean;
    };

/** Splits the caller's words at the masked entities, for highlighting. */
export function buildMaskedSegments(text: string, entities: readonly PiiEntity[]): MaskedSegment[] {
  const segments: MaskedSegment[] = [];
  let at = 0;
  for (const entity of [...entities].sort((a, b) => a.start - b.start)) {
    if (entity.start < at) continue;
    if (entity.start > at) segments.push({ kind: "text", text: text.slice(at, entity.start) });
    segments.push({
      kind: "masked",
      text: text.slice(entity.start, entity.end),
      placeholder: entity.placeholder,
      blocked: entity.class === "block",
    });
    at = entity.end;
  }
  if (at < text.length) segments.push({ kind: "text", text: text.slice(at) });
  return segments;
}
