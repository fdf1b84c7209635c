import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Where webpack writes the shell bundle (webpack.config.js, entry "local-kintone-shell"). */
export const BUNDLE_RELATIVE_PATH = "dist/local-kintone-browser/local-kintone-shell.js";
const CSS_RELATIVE_PATH = "src/local-kintone/pages/shell.css";
/** URL paths of the shell's own assets. Outside /k/admin/, so no script here can claim it. */
export const BUNDLE_URL = "/k/api/shell/shell.js";
export const CSS_URL = "/k/api/shell/shell.css";

let packageRoot: string | undefined;

/** The madoguchi package root, found from this file both in src (tests) and in dist (built). */
export function findPackageRoot(): string {
  if (packageRoot) return packageRoot;
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && /"name":\s*"madoguchi"/.test(readFileSync(manifest, "utf8")))
      return (packageRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) return (packageRoot = process.cwd());
    dir = parent;
  }
}

export function resolveBundlePath(): string {
  return join(findPackageRoot(), BUNDLE_RELATIVE_PATH);
}

/** True once `npm run build:browser` has written the bundle. */
export function hasBundle(): boolean {
  return existsSync(resolveBundlePath());
}

/** The bundle, read fresh on each request so a rebuild needs no restart; undefined if not built. */
export function readBundle(): Buffer | undefined {
  const path = resolveBundlePath();
  return existsSync(path) ? readFileSync(path) : undefined;
}

export function readShellCss(): string {
  return readFileSync(join(findPackageRoot(), CSS_RELATIVE_PATH), "utf8");
}

/** MIME type for a plugin file by extension (plugin zips carry no types). */
export function guessContentType(path: string): string {
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  const types: Record<string, string> = {
    js: "text/javascript; charset=utf-8",
    mjs: "text/javascript; charset=utf-8",
    css: "text/css; charset=utf-8",
    png: "image/png",
    svg: "image/svg+xml",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    json: "application/json",
  };
  return types[extension] ?? "application/octet-stream";
}
