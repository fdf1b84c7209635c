import { KintoneRestAPIClient, KintoneRestAPIError } from "@kintone/rest-api-client";
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  getPluginConfig,
  listAppPlugins,
  readPluginFile,
  setPluginConfig,
} from "../../src/local-kintone/store";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { createToolEnv, runNodeTool } from "../helpers/run-tool";

// A 1×1 transparent PNG: the manifest requires an icon.
const ICON = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const DESKTOP_JS =
  "(function (PLUGIN_ID) { window.__madoguchiTestPlugin = PLUGIN_ID; })(kintone.$PLUGIN_ID);\n";

// Official tools run as child processes; on a busy 2-core machine they need more than the default.
jest.setTimeout(120_000);

let kintone: TestKintone;
let client: KintoneRestAPIClient;
let workDir: string;
const usedKeys = new Set<string>();
let generatedKey: string | undefined;

function writePluginSource(version: number): string {
  const dir = join(workDir, `src-${version}`);
  mkdirSync(join(dir, "js"), { recursive: true });
  mkdirSync(join(dir, "image"), { recursive: true });
  mkdirSync(join(dir, "html"), { recursive: true });
  writeFileSync(join(dir, "image", "icon.png"), ICON);
  writeFileSync(join(dir, "js", "desktop.js"), DESKTOP_JS);
  writeFileSync(join(dir, "html", "config.html"), '<form><input name="message"></form>\n');
  writeFileSync(
    join(dir, "manifest.json"),
    JSON.stringify({
      manifest_version: 1,
      version,
      type: "APP",
      name: { en: "madoguchi test plugin", ja: "窓口テストプラグイン" },
      description: { en: "A plugin for the conformance test." },
      icon: "image/icon.png",
      desktop: { js: ["js/desktop.js"], css: [] },
      config: { html: "html/config.html", js: [], css: [], required_params: ["message"] },
    }),
  );
  return dir;
}

async function packPlugin(version: number, ppk?: string): Promise<{ zip: string; ppk: string }> {
  const out = join(workDir, `out-${version}`);
  mkdirSync(out);
  const args = [
    "--out",
    join(out, "plugin.zip"),
    ...(ppk ? ["--ppk", ppk] : []),
    writePluginSource(version),
  ];
  const result = await runNodeTool("@kintone/plugin-packer/bin/cli.js", args, {
    env: createToolEnv({}),
  });
  expect(result.code).toBe(0);
  // The packer writes a generated key beside the plugin source or the output, depending on version.
  const generated = [workDir, out].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".ppk"))
      .map((name) => join(dir, name)),
  );
  const key = ppk ?? generated.find((path) => !usedKeys.has(path));
  if (!key) throw new Error(`no private key generated: ${result.stdout} ${result.stderr}`);
  usedKeys.add(key);
  return { zip: join(out, "plugin.zip"), ppk: key };
}

function uploadWithCli(zip: string) {
  const env = createToolEnv({
    KINTONE_BASE_URL: kintone.url,
    KINTONE_USERNAME: kintone.admin.username,
    KINTONE_PASSWORD: kintone.admin.password,
  });
  return runNodeTool("@kintone/cli/cli.js", ["plugin", "upload", "--input", zip, "--yes"], { env });
}

beforeAll(async () => {
  kintone = await startTestKintone();
  client = new KintoneRestAPIClient({ baseUrl: kintone.url, auth: kintone.admin });
  workDir = mkdtempSync(join(tmpdir(), "madoguchi-plugin-"));
});

afterAll(async () => {
  await kintone.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe("local kintone plugins", () => {
  describe("install, enable and configure", () => {
    it("should install a packed plugin, update it, enable it in an app and keep its config", async () => {
      const first = await packPlugin(1);
      generatedKey = first.ppk;
      const uploaded = await uploadWithCli(first.zip);
      expect(uploaded.code).toBe(0);
      const { plugins } = await client.plugin.getPlugins({});
      expect(plugins).toHaveLength(1);
      const plugin = plugins[0] as { id: string; name: string; version: string };
      expect(plugin).toMatchObject({ name: "窓口テストプラグイン", version: "1" });
      expect(plugin.id).toMatch(/^[a-p]{32}$/);

      const second = await packPlugin(2, first.ppk);
      expect((await uploadWithCli(second.zip)).code).toBe(0);
      expect((await client.plugin.getPlugins({ ids: [plugin.id] })).plugins[0]).toMatchObject({
        id: plugin.id,
        version: "2",
      });

      const { app } = await client.app.addApp({ name: "plugin host" });
      await client.app.addPlugins({ app, ids: [plugin.id] });
      await client.app.deployApp({ apps: [{ app }] });
      expect((await client.app.getPlugins({ app })).plugins).toEqual([
        { id: plugin.id, name: "窓口テストプラグイン", enabled: true },
      ]);
      expect(listAppPlugins(kintone.context, Number(app)).map((entry) => entry.id)).toEqual([
        plugin.id,
      ]);
      expect(readPluginFile(kintone.context, plugin.id, "js/desktop.js")?.toString("utf8")).toBe(
        DESKTOP_JS,
      );

      setPluginConfig(kintone.context, {
        appId: Number(app),
        pluginId: plugin.id,
        config: { message: "こんにちは" },
      });
      expect(getPluginConfig(kintone.context, { appId: Number(app), pluginId: plugin.id })).toEqual(
        {},
      );
      await client.app.deployApp({ apps: [{ app }] });
      expect(getPluginConfig(kintone.context, { appId: Number(app), pluginId: plugin.id })).toEqual(
        { message: "こんにちは" },
      );
    });

    it("should refuse a plugin whose signature does not match", async () => {
      // Key generation is slow (pure-JS RSA), so reuse the key the first test generated.
      const { zip } = await packPlugin(3, generatedKey);
      const outer = await JSZip.loadAsync(readFileSync(zip));
      const contents = await (outer.file("contents.zip") as JSZip.JSZipObject).async("nodebuffer");
      contents.writeUInt8((contents.at(-1) ?? 0) ^ 0xff, contents.length - 1);
      outer.file("contents.zip", contents);
      const tampered = await outer.generateAsync({ type: "nodebuffer" });
      const { fileKey } = await client.file.uploadFile({
        file: { name: "plugin.zip", data: tampered },
      });
      const error = await client.plugin
        .installPlugin({ fileKey })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KintoneRestAPIError);
      expect(error).toMatchObject({ code: "GAIA_PL02", status: 400 });
    });
  });
});
