import { createContext } from "../context";
import { createLocalKintoneApp } from "../server";
import {
  createApp,
  deployApp,
  openDatabase,
  savePlugin,
  setProxyConfig,
  updatePreviewSettings,
} from "../store";

const PLUGIN_ID = "abcdefghijklmnopabcdefghijklmnop";
const SECRET = "sk-local-route-test";
const NAVIGATION = { "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document" };

function setUp() {
  const context = createContext({ db: openDatabase(":memory:"), dataDir: ":memory:" });
  const app = createLocalKintoneApp(context);
  const appId = createApp(context, { name: "窓口", creator: "Administrator" });
  savePlugin(context, {
    id: PLUGIN_ID,
    version: "1",
    manifest: {
      manifest_version: 1,
      version: 1,
      type: "APP",
      name: { en: "Test", ja: "テスト" },
      icon: "image/icon.png",
      desktop: { js: ["js/desktop.js"] },
      config: { html: "html/config.html", js: ["js/config.js"] },
    },
    files: new Map([
      ["js/desktop.js", Buffer.from("void 0;")],
      ["js/config.js", Buffer.from("void 0;")],
      ["html/config.html", Buffer.from("<p>設定</p>")],
      ["secret.txt", Buffer.from("not listed")],
    ]),
  });
  updatePreviewSettings(context, {
    appId,
    user: "Administrator",
    update: (s) => void s.plugins.push(PLUGIN_ID),
  });
  deployApp(context, appId);
  setProxyConfig(context, {
    appId,
    pluginId: PLUGIN_ID,
    url: "https://api.example.com/v1/",
    method: "POST",
    headers: { Authorization: SECRET },
    data: {},
  });
  return { context, app, appId };
}

async function logIn(
  app: ReturnType<typeof setUp>["app"],
  username: string,
  password: string,
): Promise<string> {
  const response = await app.request("/login", {
    method: "POST",
    body: new URLSearchParams({ username, password }),
  });
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe("page routes", () => {
  describe("login", () => {
    it("should send visitors without a session to the login page", async () => {
      const { app } = setUp();
      const response = await app.request("/k/");
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("/login?next=%2Fk%2F");
    });

    it("should answer a wrong password with 401 and a Japanese message, a right one with a cookie", async () => {
      const { app } = setUp();
      const wrong = await app.request("/login", {
        method: "POST",
        body: new URLSearchParams({ username: "Administrator", password: "x" }),
      });
      expect(wrong.status).toBe(401);
      await expect(wrong.text()).resolves.toContain(
        "ログイン名またはパスワードが正しくありません。",
      );
      const cookie = await logIn(app, "Administrator", "madoguchi");
      expect(cookie).toMatch(/^MADOGUCHI_LK_SESSION=.+/);
      const portal = await app.request("/k/", { headers: { Cookie: cookie } });
      expect(portal.status).toBe(200);
      await expect(portal.text()).resolves.toContain(
        "ローカル開発用サーバー(kintoneではありません)",
      );
    });
  });

  describe("plugin settings page", () => {
    it("should refuse ordinary users and non-navigation requests, and protect the page", async () => {
      const { app, appId } = setUp();
      const path = `/k/admin/app/${appId}/plugin/config?pluginId=${PLUGIN_ID}`;
      const staff = await logIn(app, "sato", "sato-pass");
      expect((await app.request(path, { headers: { Cookie: staff, ...NAVIGATION } })).status).toBe(
        403,
      );
      const admin = await logIn(app, "Administrator", "madoguchi");
      const fetched = await app.request(path, {
        headers: { Cookie: admin, "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty" },
      });
      expect(fetched.status).toBe(403);
      expect(await fetched.text()).not.toContain("pageToken");
      const page = await app.request(path, { headers: { Cookie: admin, ...NAVIGATION } });
      expect(page.status).toBe(200);
      expect(page.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(page.headers.get("x-frame-options")).toBe("DENY");
      const html = await page.text();
      expect(html).toContain("pageToken");
      expect(html).not.toContain(SECRET);
    });

    it("should hand the stored proxy config to the page's own token once, to nobody else", async () => {
      const { app, appId } = setUp();
      const admin = await logIn(app, "Administrator", "madoguchi");
      const html = await (
        await app.request(`/k/admin/app/${appId}/plugin/config?pluginId=${PLUGIN_ID}`, {
          headers: { Cookie: admin, ...NAVIGATION },
        })
      ).text();
      const pageToken = /"pageToken":"([^"]+)"/.exec(html)?.[1];
      const requestToken = /"requestToken":"([^"]+)"/.exec(html)?.[1];
      const read = (token: unknown, cookie = admin) =>
        app.request("/k/api/plugin/proxy-config/read.json", {
          method: "POST",
          headers: {
            Cookie: cookie,
            "X-Requested-With": "XMLHttpRequest",
            "Content-Type": "application/json",
          },
          body: JSON.stringify({
            app: appId,
            pluginId: PLUGIN_ID,
            pageToken: token,
            __REQUEST_TOKEN__: requestToken,
          }),
        });
      expect((await read("guessed")).status).toBe(403);
      const other = await logIn(app, "Administrator", "madoguchi");
      expect((await read(pageToken, other)).status).toBe(403);
      const first = await read(pageToken);
      expect(first.status).toBe(200);
      await expect(first.text()).resolves.toContain(SECRET);
      expect((await read(pageToken)).status).toBe(403);
    });
  });

  describe("assets", () => {
    it("should serve only the files a plugin manifest lists, to logged-in users", async () => {
      const { app } = setUp();
      expect((await app.request(`/k/api/plugin-files/${PLUGIN_ID}/js/desktop.js`)).status).toBe(
        401,
      );
      const cookie = await logIn(app, "sato", "sato-pass");
      const listed = await app.request(`/k/api/plugin-files/${PLUGIN_ID}/js/desktop.js`, {
        headers: { Cookie: cookie },
      });
      expect(listed.status).toBe(200);
      expect(listed.headers.get("content-type")).toContain("text/javascript");
      expect(
        (
          await app.request(`/k/api/plugin-files/${PLUGIN_ID}/secret.txt`, {
            headers: { Cookie: cookie },
          })
        ).status,
      ).toBe(404);
    });

    it("should refuse to serve anything as a service worker script", async () => {
      const { app } = setUp();
      const response = await app.request("/k/api/shell/shell.js", {
        headers: { "Service-Worker": "script" },
      });
      expect(response.status).toBe(403);
    });
  });
});
