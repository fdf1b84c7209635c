import { PassThrough } from "node:stream";
import type { CliIo } from "../io";
import { kintoneServeCommand, serveLocalKintone } from "./kintone-serve";

function createIo(): { io: CliIo; output: () => string; errors: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  const io: CliIo = { stdin: new PassThrough(), stdout, stderr, env: {}, cwd: process.cwd() };
  return { io, output: () => out, errors: () => err };
}

describe("kintone serve command", () => {
  describe("serving", () => {
    it("should print the URL, the demo logins and the not-kintone notice, then stop cleanly", async () => {
      const { io, output, errors } = createIo();
      let url = "";
      const code = await serveLocalKintone(io, {
        port: 0,
        dataDir: ":memory:",
        waitForStop: async () => {
          url = /http:\/\/localhost:\d+/.exec(output())?.[0] ?? "";
          const response = await fetch(`${url}/k/v1/apps.json`, {
            headers: {
              "X-Cybozu-Authorization": Buffer.from("Administrator:madoguchi").toString("base64"),
            },
          });
          expect(response.status).toBe(200);
        },
      });
      expect(code).toBe(0);
      expect(url).not.toBe("");
      expect(output()).toContain("kintoneではありません");
      expect(output()).toContain("It is not kintone.");
      expect(output()).toMatch(/Administrator \/ madoguchi/);
      expect(output()).toMatch(/sato \/ sato-pass/);
      expect(errors()).toContain("The server has stopped.");
      await expect(fetch(`${url}/k/v1/apps.json`)).rejects.toThrow();
    });
  });

  describe("options", () => {
    it.each([[["--port", "abc"]], [["--unknown"]], [["--port", "70000"]]])(
      "should refuse %j with exit code 2",
      async (argv) => {
        const { io, errors } = createIo();
        expect(await kintoneServeCommand.run(argv, io)).toBe(2);
        expect(errors()).toContain("Invalid option");
      },
    );

    it("should report a port that is already taken", async () => {
      const first = createIo();
      let second = { code: -1, errors: "" };
      await serveLocalKintone(first.io, {
        port: 0,
        dataDir: ":memory:",
        waitForStop: async () => {
          const port = Number(/localhost:(\d+)/.exec(first.output())?.[1]);
          const other = createIo();
          const code = await serveLocalKintone(other.io, {
            port,
            dataDir: ":memory:",
            waitForStop: async () => undefined,
          });
          second = { code, errors: other.errors() };
        },
      });
      expect(second.code).toBe(1);
      expect(second.errors).toContain("EADDRINUSE");
    });
  });
});
