import { formatBilingual } from "../messages";
import { COMMANDS } from "./commands";
import { loadDotEnv } from "./load-dot-env";
import type { CliIo } from "./io";
import { processIo } from "./io";

const HELP_WORDS = new Set(["--help", "-h", "help"]);

/**
 * Entry point of the `madoguchi` command: picks the sub-command and runs it.
 * @returns the process exit code
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  loadDotEnv(io);
  const entry = COMMANDS.find((candidate) =>
    candidate.path.every((word, index) => argv[index] === word),
  );
  if (entry) {
    const command = entry.load();
    return command.run(argv.slice(entry.path.length), io);
  }
  const asked = argv.length === 0 || HELP_WORDS.has(argv[0] ?? "");
  if (!asked) {
    io.stderr.write(`${formatBilingual("E_CLI_UNKNOWN_COMMAND", { command: argv.join(" ") })}\n`);
  }
  const commands = COMMANDS.map((candidate) => candidate.load());
  const lines = commands.map((c) => `  madoguchi ${c.path.join(" ")}\t${c.summary}`);
  io.stderr.write(`${formatBilingual("M_CLI_USAGE")}\n${lines.join("\n")}\n`);
  return asked ? 0 : 2;
}
