import { maskPii } from "../../core/pii";
import { formatBilingual } from "../../messages";
import { parseCliOptions } from "../cli-options";
import type { CliCommand, CliIo } from "../io";
import { forEachLine } from "../json-lines";

const OPTION_SPEC = { values: ["public-numbers", "surnames"], flags: [] } as const;

/** `madoguchi mask`: each stdin line → `{"masked","entities":[{"type","start","end"}],"blocked"}`. */
export const maskCommand: CliCommand = {
  path: ["mask"],
  summary:
    "1行ごとに個人情報をマスク(JSON Lines) / mask personal information per line (JSON Lines)",
  run: runMask,
};

async function runMask(argv: string[], io: CliIo): Promise<number> {
  const options = parseCliOptions(argv, OPTION_SPEC);
  if (options.unknown.length > 0) {
    io.stderr.write(
      `${formatBilingual("E_CLI_BAD_OPTION", { detail: options.unknown.join(" ") })}\n`,
    );
    return 2;
  }
  const maskOptions = {
    publicNumbers: splitList(options.values["public-numbers"]),
    extraSurnames: splitList(options.values["surnames"]),
  };
  await forEachLine(
    io,
    (line) => {
      const result = maskPii(line, maskOptions);
      return {
        masked: result.masked,
        entities: result.entities.map(({ type, start, end }) => ({ type, start, end })),
        blocked: result.blocked,
      };
    },
    (error, _line, lineNumber) => {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr.write(`${formatBilingual("E_MASK_LINE_FAILED", { line: lineNumber, detail })}\n`);
      // Never echo an unmasked line: on failure the line is withheld entirely.
      return { masked: "", entities: [], blocked: true, error: "E_MASK_LINE_FAILED" };
    },
  );
  return 0;
}

function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,、]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
