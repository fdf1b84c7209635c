import { PassThrough } from "node:stream";
import type { CliIo } from "../io";
import { maskCommand } from "./mask";

async function runMask(
  input: string,
  argv: string[] = [],
): Promise<{ code: number; lines: unknown[]; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const io: CliIo = { stdin, stdout, stderr, env: {}, cwd: process.cwd() };
  stdin.end(input);
  const code = await maskCommand.run(argv, io);
  const text = Buffer.concat(out).toString("utf8");
  return {
    code,
    lines: text
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as unknown),
    stderr: Buffer.concat(err).toString("utf8"),
  };
}

describe("madoguchi mask", () => {
  describe("JSON Lines", () => {
    it("should write one result per input line, empty lines included", async () => {
      const { code, lines } = await runMask("\uFEFF山田です\r\n\n電話は090-1234-5678\n");
      expect(code).toBe(0);
      expect(lines).toEqual([
        {
          masked: "［氏名1］です",
          entities: [{ type: "person_name", start: 0, end: 2 }],
          blocked: false,
        },
        { masked: "", entities: [], blocked: false },
        {
          masked: "電話は［電話番号1］",
          entities: [{ type: "phone", start: 3, end: 16 }],
          blocked: false,
        },
      ]);
    });

    it("should keep public numbers", async () => {
      const { lines } = await runMask("市民課 093-582-2102\n", [
        "--public-numbers",
        "093-582-2102,092-711-4111",
      ]);
      expect(lines).toEqual([{ masked: "市民課 093-582-2102", entities: [], blocked: false }]);
    });

    it("should report an unknown option with exit code 2", async () => {
      const { code, stderr } = await runMask("", ["--nope"]);
      expect(code).toBe(2);
      expect(stderr).toContain("--nope");
    });

    it("should handle a 100 KB line", async () => {
      const { lines } = await runMask(`${"電話は090-1234-5678です。".repeat(5000)}\n`);
      expect(lines).toHaveLength(1);
    });
  });
});
