import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import packer from "@kintone/plugin-packer";
import JSZip from "jszip";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { TestKintone } from "../helpers/local-kintone";

const run = promisify(execFile);

/** A rest-api-client logged in as the administrator of the test server. */
export function createAdminClient(server: TestKintone): KintoneRestAPIClient {
  return new KintoneRestAPIClient({
    baseUrl: server.url,
    auth: { username: server.admin.username, password: server.admin.password },
  });
}

/** Deploys an app and waits until the deploy reports SUCCESS. */
export async function deployAndWait(client: KintoneRestAPIClient, app: string): Promise<void> {
  await client.app.deployApp({ apps: [{ app }] });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const { apps } = await client.app.getDeployStatus({ apps: [app] });
    if (apps.every((each) => each.status === "SUCCESS")) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`deploy of app ${app} did not finish`);
}

/** A citizen-desk inquiry app (fictional) with the field types the shell renders. */
export async function createInquiryApp(
  client: KintoneRestAPIClient,
  name = "問い合わせ記録",
): Promise<string> {
  const { app } = await client.app.addApp({ name });
  const option = (labels: string[]) =>
    Object.fromEntries(labels.map((label, index) => [label, { label, index: String(index) }]));
  await client.app.addFormFields({
    app,
    properties: {
      title: { type: "SINGLE_LINE_TEXT", code: "title", label: "件名", required: true },
      category: {
        type: "DROP_DOWN",
        code: "category",
        label: "分類",
        options: option(["マイナンバーカード", "住民票", "その他"]),
      },
      channel: {
        type: "RADIO_BUTTON",
        code: "channel",
        label: "受付方法",
        options: option(["電話", "窓口"]),
        defaultValue: "電話",
      },
      answer: { type: "RICH_TEXT", code: "answer", label: "回答" },
      count: { type: "NUMBER", code: "count", label: "件数" },
      received: { type: "DATE", code: "received", label: "受付日" },
      attachment: { type: "FILE", code: "attachment", label: "添付ファイル" },
      items: {
        type: "SUBTABLE",
        code: "items",
        label: "明細",
        fields: { item: { type: "SINGLE_LINE_TEXT", code: "item", label: "項目" } },
      },
    } as never,
  });
  await client.app.updateFormLayout({
    app,
    layout: [
      {
        type: "ROW",
        fields: [
          { type: "LABEL", label: "<b>受付内容</b>", size: {} },
          { type: "SPACER", elementId: "ai_space", size: { width: "240", height: "32" } },
        ],
      },
      {
        type: "ROW",
        fields: [
          { type: "SINGLE_LINE_TEXT", code: "title", size: { width: "320" } },
          { type: "DROP_DOWN", code: "category", size: {} },
        ],
      },
      {
        type: "ROW",
        fields: [
          { type: "RADIO_BUTTON", code: "channel", size: {} },
          { type: "NUMBER", code: "count", size: {} },
          { type: "DATE", code: "received", size: {} },
        ],
      },
      { type: "ROW", fields: [{ type: "RICH_TEXT", code: "answer", size: { width: "480" } }] },
      {
        type: "SUBTABLE",
        code: "items",
        fields: [{ type: "SINGLE_LINE_TEXT", code: "item", size: {} }],
      },
    ] as never,
  });
  await deployAndWait(client, app);
  return app;
}

/** Uploads desktop JS with the official @kintone/customize-uploader CLI, unchanged. */
export async function uploadCustomization(
  server: TestKintone,
  app: string,
  files: Record<string, string>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "madoguchi-customize-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const manifest = {
    app,
    scope: "ALL",
    desktop: {
      js: Object.keys(files).filter((name) => name.endsWith(".js")),
      css: Object.keys(files).filter((name) => name.endsWith(".css")),
    },
    mobile: { js: [], css: [] },
  };
  writeFileSync(join(dir, "customize-manifest.json"), JSON.stringify(manifest));
  const cli = require.resolve("@kintone/customize-uploader/bin/cli.js");
  const env = { ...process.env, HTTPS_PROXY: "", HTTP_PROXY: "", https_proxy: "", http_proxy: "" };
  await run(
    process.execPath,
    [
      cli,
      "--base-url",
      server.url,
      "--username",
      server.admin.username,
      "--password",
      server.admin.password,
      "customize-manifest.json",
    ],
    { cwd: dir, env, timeout: 60_000 },
  );
}

// A 1×1 transparent PNG: plugins must carry an icon.
const ICON_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

/** Packs a plugin with the official @kintone/plugin-packer and returns the zip and its id. */
export async function packPlugin(files: {
  desktopJs: string;
  configHtml: string;
  configJs: string;
}): Promise<{ zip: Buffer; id: string }> {
  const contents = new JSZip();
  contents.file(
    "manifest.json",
    JSON.stringify({
      manifest_version: 1,
      version: 1,
      type: "APP",
      name: { ja: "テスト用プラグイン", en: "Test plug-in" },
      icon: "image/icon.png",
      desktop: { js: ["js/desktop.js"], css: [] },
      config: { html: "html/config.html", js: ["js/config.js"], css: [] },
    }),
  );
  contents.file("image/icon.png", ICON_PNG);
  contents.file("js/desktop.js", files.desktopJs);
  contents.file("html/config.html", files.configHtml);
  contents.file("js/config.js", files.configJs);
  const { plugin, id } = await packer(await contents.generateAsync({ type: "nodebuffer" }));
  return { zip: plugin, id };
}

/** Installs a plugin zip through REST and enables it in the app (then deploys). */
export async function installPlugin(
  client: KintoneRestAPIClient,
  app: string,
  zip: Buffer,
): Promise<string> {
  const { fileKey } = await client.file.uploadFile({ file: { name: "plugin.zip", data: zip } });
  const { id } = await client.plugin.installPlugin({ fileKey });
  await client.app.addPlugins({ app, ids: [id] });
  await deployAndWait(client, app);
  return id;
}
