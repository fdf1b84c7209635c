/**
 * `npm run bench kintone-setup`: how long `madoguchi setup --demo` takes against a fresh local
 * server (in memory, no plugin so the figure does not depend on the plugin build), and again
 * when everything is in place (what a second `npm start` pays).
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createLocalServerHooks,
  openKintone,
  readKintoneConnection,
  runSetup,
} from "../../src/kintone";
import { startLocalKintone } from "../../src/local-kintone/server";

export const name = "kintone-setup";

export async function run(): Promise<void> {
  const cwd = mkdtempSync(join(tmpdir(), "madoguchi-bench-setup-"));
  cpSync(join(process.cwd(), "samples"), join(cwd, "samples"), { recursive: true });
  const server = await startLocalKintone({ port: 0, dataDir: ":memory:" });
  try {
    const api = openKintone(readKintoneConnection({ KINTONE_BASE_URL: server.url }));
    const hooks = createLocalServerHooks(server.context);
    const rows: { run: string; ms: number; changed: boolean }[] = [];
    for (const label of ["fresh server", "second run"]) {
      const started = performance.now();
      const result = await runSetup({ api, cwd, demo: true, plugin: false, hooks });
      rows.push({
        run: label,
        ms: Math.round(performance.now() - started),
        changed: result.changed,
      });
    }
    console.table(rows);
  } finally {
    await server.close();
    rmSync(cwd, { recursive: true, force: true });
  }
}
