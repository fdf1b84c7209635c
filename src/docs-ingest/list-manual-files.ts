import { readdir } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { SUPPORTED_EXTENSIONS } from "./extract-document";

/**
 * Supported files under `dir`, recursively, as sorted `/`-separated relative paths. Hidden
 * files and folders (the index cache, `.git`) are skipped.
 */
export async function listManualFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (
        (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())
      ) {
        files.push(relative(dir, path).split(sep).join("/"));
      }
    }
  };
  await walk(dir);
  return files.sort();
}
