import { BROWSER_MESSAGES } from "./browser";
import { CLI_MESSAGES } from "./cli";
import { COMMON_MESSAGES } from "./common";
import { DOCS_MESSAGES } from "./docs";
import { ENGINE_MESSAGES } from "./engine";
import { GATEWAY_MESSAGES } from "./gateway";
import { formatBilingual, formatMessage, MESSAGES } from "./index";
import { KINTONE_MESSAGES } from "./kintone";
import { LLM_MESSAGES } from "./llm";
import { LOCAL_KINTONE_SHELL_MESSAGES } from "./local-kintone-shell";
import { LOCAL_KINTONE_MESSAGES } from "./local-kintone";
import { MANUALS_PANEL_MESSAGES } from "./manuals-panel";
import { MASK_MESSAGES } from "./mask";
import { PLUGIN_MESSAGES } from "./plugin";
import { REASON_MESSAGES } from "./reasons";

const CATALOGS = {
  CLI_MESSAGES,
  COMMON_MESSAGES,
  DOCS_MESSAGES,
  ENGINE_MESSAGES,
  GATEWAY_MESSAGES,
  KINTONE_MESSAGES,
  LLM_MESSAGES,
  LOCAL_KINTONE_SHELL_MESSAGES,
  LOCAL_KINTONE_MESSAGES,
  MANUALS_PANEL_MESSAGES,
  MASK_MESSAGES,
  PLUGIN_MESSAGES,
  REASON_MESSAGES,
};

describe("messages", () => {
  describe("catalogs", () => {
    it("should define each key in one catalog only (a second entry would silently win)", () => {
      const owners = new Map<string, string[]>();
      for (const [catalog, entries] of Object.entries(CATALOGS))
        for (const key of Object.keys(entries))
          owners.set(key, [...(owners.get(key) ?? []), catalog]);
      const shared = [...owners].filter(([, catalogs]) => catalogs.length > 1);
      expect(shared).toEqual([]);
      expect(Object.keys(MESSAGES)).toHaveLength(owners.size);
    });

    it("should give the browser entry the same text as the full catalog", () => {
      for (const [key, entry] of Object.entries(BROWSER_MESSAGES))
        expect(MESSAGES[key as keyof typeof MESSAGES]).toBe(entry);
    });

    it("should leave the Node-only catalogs out of the browser entry", () => {
      const nodeOnly = [
        CLI_MESSAGES,
        GATEWAY_MESSAGES,
        KINTONE_MESSAGES,
        LOCAL_KINTONE_MESSAGES,
        LOCAL_KINTONE_SHELL_MESSAGES,
      ].flatMap((catalog) => Object.keys(catalog));
      expect(nodeOnly.filter((key) => key in BROWSER_MESSAGES)).toEqual([]);
    });
  });

  describe("formatMessage", () => {
    it("should fill known placeholders and keep unknown ones", () => {
      expect(formatMessage("E_CSV_ROW", "ja", { line: 3 })).toBe(
        "CSVの3行目を読み込めませんでした: {detail}",
      );
    });

    it("should put Japanese first in the bilingual form", () => {
      expect(formatBilingual("M_KT_REASON_PII")).toBe("個人情報を含む / personal information");
    });
  });
});
