import type { SummaryTemplate } from "./template";
import { COMMUNITY_CARE_TEMPLATE } from "./templates/community-care";
import { MATERNAL_CHILD_HEALTH_TEMPLATE } from "./templates/maternal-child-health";
import { VACANT_HOUSE_TEMPLATE } from "./templates/vacant-house";

/** The consultation-record forms madoguchi can draft (空き家, 母子保健, 地域包括ケア). */
export const SUMMARY_TEMPLATES: readonly SummaryTemplate[] = [
  VACANT_HOUSE_TEMPLATE,
  MATERNAL_CHILD_HEALTH_TEMPLATE,
  COMMUNITY_CARE_TEMPLATE,
];

/**
 * Finds a template by id, Japanese name or alias (case-insensitive).
 * @example findSummaryTemplate("空き家")?.id // "vacant_house"
 */
export function findSummaryTemplate(name: string): SummaryTemplate | null {
  const wanted = name.trim().toLowerCase();
  return (
    SUMMARY_TEMPLATES.find(
      (template) =>
        template.id === wanted ||
        template.name === wanted ||
        template.aliases.some((alias) => alias.toLowerCase() === wanted),
    ) ?? null
  );
}
