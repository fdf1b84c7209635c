import type { Readable, Writable } from "node:stream";

/** What a command may touch of the outside world; tests pass their own streams. */
export type CliIo = {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
};

/** One `madoguchi` sub-command. `run` resolves to the process exit code. */
export type CliCommand = {
  /** The words that select it, e.g. `["kintone", "serve"]`. */
  readonly path: readonly string[];
  /** One line shown in the usage text. */
  readonly summary: string;
  readonly run: (argv: string[], io: CliIo) => Promise<number>;
};

export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}
