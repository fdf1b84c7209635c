/* eslint-disable @typescript-eslint/no-require-imports -- lazy loading: each command's modules load only when it runs */
import type { CliCommand } from "../io";
import type * as Answer from "./answer";
import type * as DocsIndex from "./docs-index";
import type * as Eval from "./eval";
import type * as Gateway from "./gateway";
import type * as KintoneServe from "./kintone-serve";
import type * as Mask from "./mask";
import type * as Search from "./search";
import type * as Setup from "./setup";
import type * as Start from "./start";

/** A sub-command's words and how to load it. */
export type CommandEntry = {
  readonly path: readonly string[];
  readonly load: () => CliCommand;
};

/**
 * Every sub-command of `madoguchi`. Each lives in its own file beside this one; add it here.
 * Commands load lazily so that start-up stays fast (`kintone serve` does not load the engine or
 * the SDKs). `require` rather than `import()`: the CLI is CommonJS, and Node's `import()` would
 * need file extensions that the TypeScript sources do not carry.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { path: ["answer"], load: () => (require("./answer") as typeof Answer).answerCommand },
  { path: ["eval"], load: () => (require("./eval") as typeof Eval).evalCommand },
  { path: ["search"], load: () => (require("./search") as typeof Search).searchCommand },
  {
    path: ["docs", "index"],
    load: () => (require("./docs-index") as typeof DocsIndex).docsIndexCommand,
  },
  { path: ["mask"], load: () => (require("./mask") as typeof Mask).maskCommand },
  {
    path: ["kintone", "serve"],
    load: () => (require("./kintone-serve") as typeof KintoneServe).kintoneServeCommand,
  },
  { path: ["start"], load: () => (require("./start") as typeof Start).startCommand },
  { path: ["gateway"], load: () => (require("./gateway") as typeof Gateway).gatewayCommand },
  { path: ["setup"], load: () => (require("./setup") as typeof Setup).setupCommand },
];
