import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { AppKey } from "../apps";

/** Where setup records what it created (gitignored; holds API tokens, so mode 0600). */
export const SETUP_STATE_FILE = ".madoguchi/setup.json";

/** API tokens per client, one per app (send them comma-separated). */
export type ClientTokens = Partial<Record<AppKey, string>>;

/** What `madoguchi setup` created in one kintone. */
export type SetupState = {
  readonly version: 1;
  readonly baseUrl: string;
  readonly apps: Partial<Record<AppKey, string>>;
  readonly tokens: Partial<Record<string, ClientTokens>>;
  readonly plugin: { readonly id: string; readonly contentHash: string } | null;
  readonly updatedAt: string;
};

/** Path of the state file under a working directory. */
export function getSetupStatePath(cwd: string): string {
  return join(cwd, SETUP_STATE_FILE);
}

/** The stored state for `baseUrl`, or null when there is none (or it was for another kintone). */
export async function readSetupState(cwd: string, baseUrl: string): Promise<SetupState | null> {
  let text: string;
  try {
    text = await readFile(getSetupStatePath(cwd), "utf8");
  } catch {
    return null;
  }
  try {
    const state = JSON.parse(text) as SetupState;
    return state.version === 1 && state.baseUrl === baseUrl ? state : null;
  } catch {
    return null;
  }
}

/** Writes the state with owner-only permissions (it contains API tokens). */
export async function writeSetupState(cwd: string, state: SetupState): Promise<string> {
  const path = getSetupStatePath(cwd);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
  return path;
}

/** The state to store: what this run knows, the rest kept from the previous run. */
export function buildSetupState(params: {
  baseUrl: string;
  apps: Partial<Record<AppKey, string>>;
  previous: SetupState | null;
  now?: Date;
  tokens?: SetupState["tokens"];
  plugin?: SetupState["plugin"];
}): SetupState {
  return {
    version: 1,
    baseUrl: params.baseUrl,
    apps: params.apps,
    tokens: params.tokens ?? params.previous?.tokens ?? {},
    plugin: params.plugin ?? params.previous?.plugin ?? null,
    updatedAt: (params.now ?? new Date()).toISOString(),
  };
}
