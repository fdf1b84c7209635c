import { formatBilingual } from "../messages";
import { COMMANDS } from "./commands";
import { loadDotEnv } from "./load-dot-env";
import type { CliIo } from "./io";
import { processIo } from "./io";

/**
 * Entry point of the `madoguchi` command: picks the sub-command and runs it.
 * @returns the process exit code
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  loadDotEnv(io);
  const command = COMMANDS.find((candidate) =>
    candidate.path.every((word, index) => argv[index] === word),
  );
  if (!command) {
    if (argv.length > 0 && argv[0] !== "--help" && argv[0] !== "help") {
      io.stderr.write(`${formatBilingual("E_CLI_UNKNOWN_COMMAND", { command: argv.join(" ") })}\n`);
    }
    const lines = COMMANDS.map((c) => `  madoguchi ${c.path.join(" ")}\t${c.summary}`);
    io.stderr.write(`${formatBilingual("M_CLI_USAGE", { commands: "" })}\n${lines.join("\n")}\n`);
    return argv.length === 0 || argv[0] === "--help" || argv[0] === "help" ? 0 : 2;
  }
  return command.run(argv.slice(command.path.length), io);
}
