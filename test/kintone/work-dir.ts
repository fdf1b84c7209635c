import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

// A 1×1 transparent PNG: a plugin manifest requires an icon.
const ICON = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * A throwaway working directory for setup: the real sample CSVs and, with `plugin`, a small
 * plugin of our own (so these tests do not depend on the plugin build).
 */
export function createWorkDir(options: { plugin?: boolean } = {}): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "madoguchi-setup-"));
  mkdirSync(join(dir, "samples"));
  for (const file of ["mynumber-faq.csv", "departments.csv"]) {
    copyFileSync(join(ROOT, "samples", file), join(dir, "samples", file));
  }
  if (options.plugin) writeFixturePlugin(dir, "1.0.0");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes manifest.json and the files it names; a new `version` changes the contents. */
export function writeFixturePlugin(dir: string, version: string): void {
  mkdirSync(join(dir, "plugin", "js"), { recursive: true });
  mkdirSync(join(dir, "plugin", "image"), { recursive: true });
  writeFileSync(join(dir, "plugin", "image", "icon.png"), ICON);
  writeFileSync(
    join(dir, "plugin", "js", "desktop.js"),
    `window.__madoguchiFixture = ${JSON.stringify(version)};\n`,
  );
  writeFileSync(
    join(dir, "manifest.json"),
    JSON.stringify({
      manifest_version: 1,
      version,
      type: "APP",
      name: { ja: "窓口テスト", en: "madoguchi fixture" },
      description: { ja: "テスト用", en: "for tests" },
      icon: "plugin/image/icon.png",
      desktop: { js: ["plugin/js/desktop.js"], css: [] },
    }),
  );
}
