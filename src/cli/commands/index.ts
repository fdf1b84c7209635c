import type { CliCommand } from "../io";

/**
 * Every sub-command of `madoguchi`. Each lives in its own file beside this one; add it here.
 * Longer paths must come before their prefixes (`kintone serve` before `kintone`).
 */
export const COMMANDS: readonly CliCommand[] = [];
