import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { createToolEnv, runNodeTool } from "../helpers/run-tool";
import { createInquiryApp } from "./app-fixture";

// Official tools run as child processes; on a busy 2-core machine they need more than the default.
jest.setTimeout(120_000);

let kintone: TestKintone;
let client: KintoneRestAPIClient;
let workDir: string;

beforeAll(async () => {
  kintone = await startTestKintone();
  client = new KintoneRestAPIClient({ baseUrl: kintone.url, auth: kintone.admin });
  workDir = mkdtempSync(join(tmpdir(), "madoguchi-customize-"));
});

afterAll(async () => {
  await kintone.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe("local kintone with @kintone/customize-uploader", () => {
  describe("upload and deploy", () => {
    it("should store the uploaded JS and CSS in the live customization with the same bytes", async () => {
      const app = await createInquiryApp(client, "customize");
      const desktopJs = "kintone.events.on('app.record.index.show', (event) => event); // 窓口\n";
      const desktopCss = ".madoguchi-test { color: #333; }\n";
      mkdirSync(join(workDir, "dist"));
      writeFileSync(join(workDir, "dist", "desktop.js"), desktopJs);
      writeFileSync(join(workDir, "dist", "desktop.css"), desktopCss);
      writeFileSync(
        join(workDir, "customize-manifest.json"),
        JSON.stringify({
          app,
          scope: "ALL",
          desktop: {
            js: ["https://js.cybozu.com/jquery/3.3.1/jquery.min.js", "dist/desktop.js"],
            css: ["dist/desktop.css"],
          },
          mobile: { js: [], css: [] },
        }),
      );
      const env = createToolEnv({
        KINTONE_BASE_URL: kintone.url,
        KINTONE_USERNAME: kintone.admin.username,
        KINTONE_PASSWORD: kintone.admin.password,
      });
      const result = await runNodeTool(
        "@kintone/customize-uploader/bin/cli.js",
        ["customize-manifest.json"],
        { env, cwd: workDir },
      );
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.code).toBe(0);

      const customize = await client.app.getAppCustomize({ app });
      expect(customize.scope).toBe("ALL");
      expect(customize.desktop.js[0]).toEqual({
        type: "URL",
        url: "https://js.cybozu.com/jquery/3.3.1/jquery.min.js",
      });
      const jsResource = customize.desktop.js[1] as {
        type: "FILE";
        file: { fileKey: string; name: string };
      };
      const cssResource = customize.desktop.css[0] as {
        type: "FILE";
        file: { fileKey: string; name: string };
      };
      expect(jsResource.file.name).toBe("desktop.js");
      expect(
        Buffer.from(await client.file.downloadFile({ fileKey: jsResource.file.fileKey })).toString(
          "utf8",
        ),
      ).toBe(desktopJs);
      expect(
        Buffer.from(await client.file.downloadFile({ fileKey: cssResource.file.fileKey })).toString(
          "utf8",
        ),
      ).toBe(desktopCss);
    });
  });
  describe("cli-kintone customize apply and export", () => {
    it("should apply a manifest and export the same files back", async () => {
      const app = await createInquiryApp(client, "cli customize");
      const dir = join(workDir, "cli");
      mkdirSync(join(dir, "src"), { recursive: true });
      const script = "console.log('窓口 customize apply');\n";
      writeFileSync(join(dir, "src", "app.js"), script);
      writeFileSync(
        join(dir, "manifest.json"),
        JSON.stringify({
          app,
          scope: "ADMIN",
          desktop: { js: ["src/app.js"], css: [] },
          mobile: { js: [], css: [] },
        }),
      );
      const env = createToolEnv({
        KINTONE_BASE_URL: kintone.url,
        KINTONE_USERNAME: kintone.admin.username,
        KINTONE_PASSWORD: kintone.admin.password,
      });
      const applied = await runNodeTool(
        "@kintone/cli/cli.js",
        ["customize", "apply", "--app", app, "--input", "manifest.json", "--yes"],
        { env, cwd: dir },
      );
      expect(applied.code).toBe(0);
      expect((await client.app.getAppCustomize({ app })).scope).toBe("ADMIN");

      const exportDir = join(workDir, "exported");
      mkdirSync(exportDir);
      const exported = await runNodeTool(
        "@kintone/cli/cli.js",
        ["customize", "export", "--app", app, "--output", "customize-manifest.json", "--yes"],
        { env, cwd: exportDir },
      );
      expect(exported.code).toBe(0);
      const manifest = JSON.parse(
        readFileSync(join(exportDir, "customize-manifest.json"), "utf8"),
      ) as {
        desktop: { js: string[] };
      };
      const [path] = manifest.desktop.js;
      expect(readFileSync(join(exportDir, path as string), "utf8")).toBe(script);
    });
  });
});
