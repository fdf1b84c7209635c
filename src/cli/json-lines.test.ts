import { PassThrough } from "node:stream";
import { MadoguchiError } from "../errors";
import type { CliIo } from "./io";
import { forEachLine } from "./json-lines";

function makeIo(input: string): { io: CliIo; output: () => string[] } {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  stdin.end(input);
  const io: CliIo = { stdin, stdout, stderr: new PassThrough(), env: {}, cwd: "." };
  return {
    io,
    output: () =>
      Buffer.concat(chunks)
        .toString("utf8")
        .split("\n")
        .filter((l) => l.length > 0),
  };
}

describe("forEachLine", () => {
  describe("results", () => {
    it("should write one JSON line per input line, in order", async () => {
      const { io, output } = makeIo("a\nb\r\nc");
      const count = await forEachLine(io, (line, n) => ({ line, n }));
      expect(count).toBe(3);
      expect(output().map((l) => JSON.parse(l) as unknown)).toEqual([
        { line: "a", n: 1 },
        { line: "b", n: 2 },
        { line: "c", n: 3 },
      ]);
    });

    it("should await asynchronous handlers", async () => {
      const { io, output } = makeIo("x\ny\n");
      await forEachLine(io, async (line) => ({ upper: await Promise.resolve(line.toUpperCase()) }));
      expect(output()).toEqual(['{"upper":"X"}', '{"upper":"Y"}']);
    });
  });

  describe("errors", () => {
    it("should write an error line and go on when the handler throws", async () => {
      const { io, output } = makeIo("ok\nbad\nok\n");
      await forEachLine(io, (line) => {
        if (line === "bad") throw new MadoguchiError("E_TEST", "broken line");
        return { line };
      });
      expect(output().map((l) => JSON.parse(l) as unknown)).toEqual([
        { line: "ok" },
        { input: "bad", error: { code: "E_TEST", message: "broken line" } },
        { line: "ok" },
      ]);
    });

    it("should use the caller's error line, and the default if that throws too", async () => {
      const { io, output } = makeIo("1\n2\n");
      await forEachLine(
        io,
        () => {
          throw new Error("boom");
        },
        (_error, line) => {
          if (line === "2") throw new Error("again");
          return { failed: line };
        },
      );
      expect(output().map((l) => JSON.parse(l) as unknown)).toEqual([
        { failed: "1" },
        { input: "2", error: { code: "E_INTERNAL", message: "boom" } },
      ]);
    });
  });
});
