import validateManifest from "@kintone/plugin-manifest-validator";
import { packPluginFromManifest } from "@kintone/plugin-packer/from-manifest";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { assertPluginBuilt } from "./demo-kintone";

const ROOT = join(__dirname, "..", "..");

describe("plug-in package", () => {
  beforeAll(() => assertPluginBuilt());

  describe("manifest.json", () => {
    it("should pass @kintone/plugin-manifest-validator with every named file present", () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as Record<
        string,
        unknown
      >;
      const result = validateManifest(manifest, {
        relativePath: (path: string) => !/^(\/|https?:)/.test(path),
        fileExists: (path: string) => existsSync(join(ROOT, path)),
        maxFileSize: (maxBytes: number, path: string) =>
          readFileSync(join(ROOT, path)).length <= maxBytes,
      });
      expect(result.errors).toBeNull();
      expect(result.valid).toBe(true);
      expect((manifest["config"] as { required_params: string[] }).required_params).toEqual([
        "mode",
      ]);
    });
  });

  describe("packed zip", () => {
    it("should pack with @kintone/plugin-packer and carry the built bundles, not the sources", async () => {
      // A throwaway key: the developer's .madoguchi/plugin.ppk is never touched by tests.
      const { privateKey } = generateKeyPairSync("rsa", {
        modulusLength: 1024,
        privateKeyEncoding: { type: "pkcs1", format: "pem" },
        publicKeyEncoding: { type: "spki", format: "pem" },
      });
      const manifestPath = join(ROOT, "manifest.json");
      const packed = await packPluginFromManifest(manifestPath, privateKey);
      expect(packed.id).toMatch(/^[a-p]{32}$/);
      const outer = await JSZip.loadAsync(packed.plugin);
      const inner = await JSZip.loadAsync(await outer.file("contents.zip")!.async("nodebuffer"));
      const files = Object.keys(inner.files)
        .filter((name) => !name.endsWith("/"))
        .sort();
      expect(files).toEqual([
        "manifest.json",
        "plugin/css/config.css",
        "plugin/css/desktop.css",
        "plugin/html/config.html",
        "plugin/image/icon.png",
        "plugin/js/config.js",
        "plugin/js/desktop.js",
      ]);
    });
  });
});
