import type { PluginConfig } from "../../config";
import { loadEngine } from "../../engine/load-engine";
import { readText } from "../../kintone/fetch-records";
import type { KintoneApi, KintoneEvent } from "../../kintone/kintone-global";
import { showDialog } from "../../ui/dialog";
import { h } from "../../ui/dom";
import { t } from "../../ui/text";
import { findNearDuplicates } from "./find-near-duplicates";

/**
 * On FAQ save: when the question is close to an existing entry, staff see the similar entries
 * and choose to save anyway or go back. Returning false cancels the save (kintone's rule).
 */
export async function confirmNearDuplicates(
  context: { kintone: KintoneApi; config: PluginConfig },
  event: KintoneEvent,
): Promise<KintoneEvent | false> {
  const { config } = context;
  const question = readText(event.record, config.faqFields.question).trim();
  if (!question) return event;
  let index;
  try {
    index = (await loadEngine(context.kintone, config)).index;
  } catch {
    return event; // the check is advice: never block saving because the FAQ could not be read
  }
  const selfId = readText(event.record, config.faqFields.id).trim() || undefined;
  const similar = findNearDuplicates(question, index, selfId ? { selfId } : {});
  if (similar.length === 0) return event;
  const list = h(
    "ul",
    { className: "madoguchi-duplicates" },
    similar.map((item) =>
      h("li", {}, [
        h("strong", { text: item.entry.id }),
        ` ${item.entry.question}`,
        h("span", {
          className: "madoguchi-count",
          text: t("M_PLUGIN_SIMILARITY", { percent: Math.round(item.similarity * 100) }),
        }),
      ]),
    ),
  );
  const body = h("div", {}, [h("p", { text: t("M_PLUGIN_DUPLICATE_LEAD") }), list]);
  const save = await showDialog({
    title: t("M_PLUGIN_DUPLICATE_TITLE"),
    body,
    confirmLabel: t("M_PLUGIN_DUPLICATE_SAVE"),
    cancelLabel: t("M_PLUGIN_DUPLICATE_BACK"),
  });
  return save ? event : false;
}
