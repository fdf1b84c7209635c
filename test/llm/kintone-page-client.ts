/**
 * Plays a logged-in browser page of the local kintone server from Node: logs in through the
 * login form, loads a page to get its boot data, and calls the page-internal endpoints exactly
 * as the page script's `kintone.plugin.app.proxy` / `proxy.upload` / `setProxyConfig` do.
 */
import { request as httpRequest } from "node:http";
import type { KintonePluginProxyApi, KintoneProxyReply } from "../../src/llm";

export type PageBoot = {
  requestToken: string;
  appId: number | null;
  settings?: { pluginId: string; pageToken: string };
};

export type KintonePage = { html: string; boot: PageBoot; cookie: string; baseUrl: string };

/** Logs in through the login form and returns the session cookie. */
export async function logIn(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password, next: "/k/" }),
    redirect: "manual",
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`login failed for ${username}: HTTP ${response.status}`);
  return cookie;
}

/**
 * Navigates to a page (as a top-level document) and reads the boot data it embeds.
 * node:http rather than fetch: fetch adds its own `Sec-Fetch-Mode: cors`, which no
 * browser navigation sends.
 */
export async function openPage(
  baseUrl: string,
  cookie: string,
  path: string,
): Promise<KintonePage> {
  const { status, html } = await new Promise<{ status: number; html: string }>(
    (resolve, reject) => {
      const request = httpRequest(
        `${baseUrl}${path}`,
        {
          headers: {
            cookie,
            "sec-fetch-mode": "navigate",
            "sec-fetch-dest": "document",
            "sec-fetch-site": "none",
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              html: Buffer.concat(chunks).toString("utf8"),
            }),
          );
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end();
    },
  );
  const match = /<script type="application\/json" id="lk-boot">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error(`no boot data on ${path} (HTTP ${status})`);
  return { html, boot: JSON.parse(match[1]) as PageBoot, cookie, baseUrl };
}

/** A same-origin JSON call of the page script (X-Requested-With plus the request token). */
export function postFromPage(
  page: KintonePage,
  path: string,
  body: Record<string, unknown>,
): Promise<Response> {
  return fetch(`${page.baseUrl}${path}`, {
    method: "POST",
    headers: {
      cookie: page.cookie,
      "x-requested-with": "XMLHttpRequest",
      "content-type": "application/json",
      "sec-fetch-site": "same-origin",
    },
    body: JSON.stringify({ ...body, __REQUEST_TOKEN__: page.boot.requestToken }),
  });
}

/** `kintone.plugin.app.setProxyConfig` on a settings page. */
export async function setProxyConfigFromSettingsPage(
  page: KintonePage,
  entry: {
    url: string;
    method: string;
    headers: Readonly<Record<string, string>>;
    data: Readonly<Record<string, string>>;
  },
): Promise<void> {
  const settings = page.boot.settings;
  if (!settings) throw new Error("not a settings page");
  const response = await postFromPage(page, "/k/api/plugin/proxy-config/set.json", {
    app: page.boot.appId,
    pluginId: settings.pluginId,
    pageToken: settings.pageToken,
    ...entry,
  });
  if (!response.ok)
    throw new Error(`setProxyConfig failed: HTTP ${response.status} ${await response.text()}`);
}

/** The `kintone.plugin.app.proxy` (and `.upload`) of a record page. */
export function createPageKintone(page: KintonePage): KintonePluginProxyApi {
  const settle = async (response: Response): Promise<KintoneProxyReply> => {
    const text = await response.text();
    // Like kintone: the promise rejects with the proxy API's response body as a string.
    if (!response.ok) throw text;
    const result = JSON.parse(text) as {
      body: string;
      status: number;
      headers: Record<string, string>;
    };
    return [result.body, result.status, result.headers];
  };
  const proxy = async (
    pluginId: string,
    url: string,
    method: string,
    headers: Record<string, string>,
    data: unknown,
  ) =>
    settle(
      await postFromPage(page, "/k/api/plugin/proxy.json", {
        app: page.boot.appId,
        pluginId,
        url,
        method,
        headers,
        data,
      }),
    );
  const upload = async (
    pluginId: string,
    url: string,
    method: string,
    headers: Record<string, string>,
    data: { format: "RAW"; value: Blob },
  ) => {
    const form = new FormData();
    form.append("__REQUEST_TOKEN__", page.boot.requestToken);
    form.append("meta", JSON.stringify({ app: page.boot.appId, pluginId, url, method, headers }));
    form.append("file", data.value);
    const response = await fetch(`${page.baseUrl}/k/api/plugin/proxy/upload.json`, {
      method: "POST",
      headers: {
        cookie: page.cookie,
        "x-requested-with": "XMLHttpRequest",
        "sec-fetch-site": "same-origin",
      },
      body: form,
    });
    return settle(response);
  };
  return { plugin: { app: { proxy: Object.assign(proxy, { upload }) } } };
}
