import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The repository root, whether a script runs from `scripts/` (tsx) or from `dist/scripts/`
 * (`npm run bench`): the nearest folder above `from` holding madoguchi's package.json and samples/.
 */
export function findRepoRoot(from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "samples"))) return dir;
  }
  return process.cwd();
}
