import { KintoneApiError } from "../../errors";
import { parseJsonBody, parseQueryString, takeRequestToken } from "./parse-params";

describe("parseQueryString", () => {
  describe("arrays", () => {
    it.each([
      ["fields%5B0%5D=a&fields%5B1%5D=b", { fields: ["a", "b"] }],
      ["fields%5B1%5D=b&fields%5B0%5D=a", { fields: ["a", "b"] }],
      ["fields[]=a&fields[]=b", { fields: ["a", "b"] }],
      ["fields=a&fields=b", { fields: ["a", "b"] }],
      ["app=1&fields=a", { app: "1", fields: "a" }],
      ["query=%E4%BB%B6%E5%90%8D%20%3D%20%22%E7%AA%93%E5%8F%A3%22", { query: '件名 = "窓口"' }],
    ])("should read %s", (search, expected) => {
      expect(parseQueryString(new URLSearchParams(search))).toEqual(expected);
    });
  });
});

describe("parseJsonBody", () => {
  describe("valid and invalid bodies", () => {
    it("should read an object and treat an empty body as {}", () => {
      expect(parseJsonBody('{"app":"1"}')).toEqual({ app: "1" });
      expect(parseJsonBody("  ")).toEqual({});
    });

    it.each(['{"app":', "[1]", "null", "42"])("should refuse %j with CB_IJ01", (text) => {
      expect(() => parseJsonBody(text)).toThrow(KintoneApiError);
      try {
        parseJsonBody(text);
      } catch (error) {
        expect(error).toMatchObject({ code: "CB_IJ01", status: 400 });
      }
    });
  });
});

describe("takeRequestToken", () => {
  describe("removal", () => {
    it("should return __REQUEST_TOKEN__ and remove it from the parameters", () => {
      const params: Record<string, unknown> = { app: "1", __REQUEST_TOKEN__: "t" };
      expect(takeRequestToken(params)).toBe("t");
      expect(params).toEqual({ app: "1" });
    });
  });
});
