import { normalizeApiPath, serializeParams } from "./serialize-params";

describe("serializeParams", () => {
  describe("shapes rest-api-client sends", () => {
    it.each([
      [{ app: 1, id: "2" }, "app=1&id=2"],
      [{ app: 1, fields: ["a", "b"] }, "app=1&fields%5B0%5D=a&fields%5B1%5D=b"],
      [{ apps: [{ app: 3 }] }, "apps%5B0%5D%5Bapp%5D=3"],
      [
        { query: 'title = "窓口"', totalCount: true },
        "query=title%20%3D%20%22%E7%AA%93%E5%8F%A3%22&totalCount=true",
      ],
      [{ app: 1, skipped: null, missing: undefined }, "app=1"],
    ])("should serialise %j", (params, expected) => {
      expect(serializeParams(params as Record<string, unknown>)).toBe(expected);
    });
  });
});

describe("normalizeApiPath", () => {
  describe("the .json suffix", () => {
    it.each([
      ["/k/v1/records", "/k/v1/records.json"],
      ["/k/v1/records.json", "/k/v1/records.json"],
      ["/k/v1/record?app=1", "/k/v1/record.json?app=1"],
    ])("should turn %s into %s", (input, expected) => {
      expect(normalizeApiPath(input)).toBe(expected);
    });
  });
});
