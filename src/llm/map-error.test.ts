import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from "openai";
import {
  LlmBadResponseError,
  LlmCancelledError,
  LlmProxyError,
  LlmTimeoutError,
  LlmUnreachableError,
  PiiBlockedError,
} from "../errors";
import { KintoneProxyFailure } from "./kintone-proxy-fetch";
import { mapLlmError } from "./map-error";

const CONTEXT = { timeoutMs: 30000 };

describe("mapLlmError", () => {
  describe("SDK transport errors", () => {
    it.each([
      ["a timeout", new APIConnectionTimeoutError(), LlmTimeoutError],
      ["a user abort", new APIUserAbortError(), LlmCancelledError],
      [
        "a connection error",
        new APIConnectionError({ message: "Connection error." }),
        LlmUnreachableError,
      ],
    ])("should map %s", (_label, error, expected) => {
      expect(mapLlmError(error, CONTEXT)).toBeInstanceOf(expected);
    });

    it("should say how long it waited", () => {
      expect(mapLlmError(new APIConnectionTimeoutError(), CONTEXT).message).toContain("30 秒以内");
    });
  });

  describe("kintone proxy failures", () => {
    it.each([
      [
        '{"code":"GAIA_PR01","id":"x","message":"外部APIの実行がタイムアウトしました。"}',
        LlmTimeoutError,
      ],
      ['{"code":"GAIA_PR02","id":"x","message":"許可されていないURLです。"}', LlmProxyError],
      ["Bad Gateway", LlmProxyError],
      ["", LlmProxyError],
    ])("should map the proxy body %j", (body, expected) => {
      const wrapped = new APIConnectionError({
        message: "Connection error.",
        cause: new KintoneProxyFailure(body),
      });
      expect(mapLlmError(wrapped, CONTEXT)).toBeInstanceOf(expected);
    });

    it("should quote kintone's error code in the message", () => {
      const error = mapLlmError(
        new KintoneProxyFailure('{"code":"GAIA_PR02","message":"許可されていないURLです。"}'),
        CONTEXT,
      );
      expect(error.message).toContain("GAIA_PR02");
    });
  });

  describe("other errors", () => {
    it("should map a JSON syntax error to a bad response", () => {
      expect(mapLlmError(new SyntaxError("Unexpected end of JSON input"), CONTEXT)).toBeInstanceOf(
        LlmBadResponseError,
      );
    });

    it("should pass our own errors through unchanged", () => {
      const blocked = new PiiBlockedError(["my_number"]);
      expect(mapLlmError(blocked, CONTEXT)).toBe(blocked);
    });

    it("should keep the original error as the cause", () => {
      const original = new APIConnectionTimeoutError();
      expect(mapLlmError(original, CONTEXT).cause).toBe(original);
    });
  });
});
