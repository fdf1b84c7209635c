import { createContext } from "../context";
import { openDatabase } from "../store";
import { checkSettingsToken, issueSettingsToken, SETTINGS_TOKEN_TTL_MS } from "./settings-tokens";
import { sanitizeNextPath } from "./page-session";

describe("settings tokens", () => {
  let now = new Date("2026-04-01T00:00:00Z");
  const context = createContext({
    db: openDatabase(":memory:"),
    dataDir: ":memory:",
    now: () => now,
  });
  const bound = { sessionId: "s1", appId: 3, pluginId: "abcdefghijklmnopabcdefghijklmnop" };
  afterAll(() => context.db.close());

  describe("binding", () => {
    it("should accept the token only for its own session, app and plugin", () => {
      const token = issueSettingsToken(context, bound);
      expect(checkSettingsToken(context, { token, ...bound })).toBe(true);
      expect(checkSettingsToken(context, { token, ...bound, appId: "3" })).toBe(true);
      expect(checkSettingsToken(context, { token, ...bound, sessionId: "s2" })).toBe(false);
      expect(checkSettingsToken(context, { token, ...bound, appId: 4 })).toBe(false);
      expect(checkSettingsToken(context, { token, ...bound, pluginId: "other" })).toBe(false);
      expect(checkSettingsToken(context, { token: "guess", ...bound })).toBe(false);
      expect(checkSettingsToken(context, { token: undefined, ...bound })).toBe(false);
    });
  });

  describe("the proxy-config read", () => {
    it("should allow exactly one read per token, while writes keep working", () => {
      const token = issueSettingsToken(context, bound);
      expect(checkSettingsToken(context, { token, ...bound, consumeRead: true })).toBe(true);
      expect(checkSettingsToken(context, { token, ...bound, consumeRead: true })).toBe(false);
      expect(checkSettingsToken(context, { token, ...bound })).toBe(true);
    });
  });

  describe("expiry", () => {
    it("should refuse a token after its lifetime", () => {
      const token = issueSettingsToken(context, bound);
      now = new Date(now.getTime() + SETTINGS_TOKEN_TTL_MS + 1);
      expect(checkSettingsToken(context, { token, ...bound })).toBe(false);
    });
  });
});

describe("sanitizeNextPath", () => {
  describe("open redirects", () => {
    it.each([
      ["/k/1/", "/k/1/"],
      ["/k/1/show?record=2", "/k/1/show?record=2"],
      ["//evil.example/", "/k/"],
      ["https://evil.example/", "/k/"],
      ["/\\evil.example", "/k/"],
      [null, "/k/"],
    ])("should turn %p into %p", (input, expected) => {
      expect(sanitizeNextPath(input)).toBe(expected);
    });
  });
});
