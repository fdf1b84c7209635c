import type { PluginConfig } from "../../config";
import type { KintoneApi } from "../../kintone/kintone-global";
import { h, mountOnce } from "../../ui/dom";
import { t } from "../../ui/text";
import { buildCandidatesPanel } from "./candidates-panel";
import { buildEvalPanel } from "./eval-panel";

/** The FAQ workbench above the FAQ list: regression test and candidates from the call log. */
export function mountFaqWorkbench(context: { kintone: KintoneApi; config: PluginConfig }): void {
  const header = context.kintone.app.getHeaderSpaceElement();
  if (!header) return;
  mountOnce(header, "faq-workbench", () =>
    h("div", { className: "madoguchi-root madoguchi-workbench" }, [
      h("h2", { text: t("M_PLUGIN_WORKBENCH_TITLE") }),
      h("div", { className: "madoguchi-cards" }, [
        buildEvalPanel(context),
        buildCandidatesPanel(context),
      ]),
    ]),
  );
}
