import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  checkProxyTarget,
  mergeData,
  mergeHeaders,
  sendOutgoingRequest,
  toStringHeaders,
} from "./outgoing-request";

describe("outgoing-request", () => {
  describe("mergeHeaders", () => {
    it("should let stored headers win regardless of case", () => {
      expect(
        mergeHeaders(
          { authorization: "Bearer caller", "X-Trace": "1" },
          { Authorization: "Bearer stored" },
        ),
      ).toEqual({ "X-Trace": "1", Authorization: "Bearer stored" });
    });
  });

  describe("mergeData", () => {
    it.each([
      [{ model: "a", key: "caller" }, { key: "stored" }, { model: "a", key: "stored" }],
      ['{"model":"a"}', { key: "stored" }, '{"model":"a","key":"stored"}'],
      ["plain text", { key: "stored" }, "plain text"],
      ["plain text", {}, "plain text"],
      [null, { key: "stored" }, { key: "stored" }],
    ])("should merge %p with %p into %p", (caller, stored, expected) => {
      expect(mergeData(caller, stored)).toEqual(expected);
    });
  });

  describe("checkProxyTarget", () => {
    it.each([
      ["http://127.0.0.1/x", "GET", null],
      ["https://api.example.com", "post", null],
      ["file:///etc/passwd", "GET", "unsupported protocol: file:"],
      ["not a url", "GET", "invalid url: not a url"],
      ["http://127.0.0.1/", "PATCH", "unsupported method: PATCH"],
    ])("should judge %s %s", (url, method, expected) => {
      expect(checkProxyTarget(url, method)).toBe(expected);
    });
  });

  describe("toStringHeaders", () => {
    it("should stringify values and drop transport headers", () => {
      expect(
        toStringHeaders({ "X-Count": 3, Host: "evil", Cookie: "a=b", "X-None": null }),
      ).toEqual({ "X-Count": "3" });
    });
  });

  describe("sendOutgoingRequest", () => {
    let server: Server;
    let base: string;
    const seen: { method?: string; headers: IncomingMessage["headers"]; body: string }[] = [];
    beforeAll(async () => {
      server = createServer((request, response) => {
        let body = "";
        request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        request.on("end", () => {
          seen.push({ method: request.method, headers: request.headers, body });
          if (request.url === "/redirect") {
            response.writeHead(302, { Location: "http://127.0.0.1:1/elsewhere" }).end();
            return;
          }
          response
            .writeHead(201, { "X-Answer": "42", "Content-Type": "application/json" })
            .end('{"ok":true}');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("should send JSON data on POST and return body, status and headers", async () => {
      const response = await sendOutgoingRequest({
        url: `${base}/echo`,
        method: "POST",
        headers: { "X-Key": "v" },
        data: { q: "窓口" },
      });
      expect(response).toMatchObject({
        body: '{"ok":true}',
        status: 201,
        headers: { "x-answer": "42" },
      });
      const last = seen.at(-1);
      expect(last?.headers["x-key"]).toBe("v");
      expect(last?.headers["content-type"]).toBe("application/json");
      expect(JSON.parse(last?.body ?? "")).toEqual({ q: "窓口" });
    });

    it("should send no body on GET", async () => {
      await sendOutgoingRequest({
        url: `${base}/get`,
        method: "GET",
        headers: {},
        data: { ignored: true },
      });
      expect(seen.at(-1)?.body).toBe("");
    });

    it("should not follow redirects, so stored headers stay with the named host", async () => {
      const response = await sendOutgoingRequest({
        url: `${base}/redirect`,
        method: "GET",
        headers: {},
        data: null,
      });
      expect(response.status).toBe(302);
      expect(response.headers["location"]).toBe("http://127.0.0.1:1/elsewhere");
    });
  });
});
