import { createHash, generateKeyPairSync } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { packPluginFromManifest } from "@kintone/plugin-packer/from-manifest";

/** The plugin's private key: generated once, gitignored, reused so the plugin id never changes. */
export const PLUGIN_KEY_FILE = ".madoguchi/plugin.ppk";

/** A packed plugin ready to upload. */
export type PackedPlugin = {
  readonly id: string;
  readonly zip: Buffer;
  /** sha256 of manifest.json and every file it names: changes exactly when the plugin does. */
  readonly contentHash: string;
  readonly keyCreated: boolean;
};

type Manifest = {
  icon?: string;
  desktop?: { js?: string[]; css?: string[] };
  mobile?: { js?: string[]; css?: string[] };
  config?: { html?: string; js?: string[]; css?: string[] };
};

/** The local files a manifest names (URLs are loaded by kintone, not packed). */
function listManifestFiles(manifest: Manifest): string[] {
  const groups = [manifest.desktop, manifest.mobile, manifest.config];
  const files = groups.flatMap((group) => [...(group?.js ?? []), ...(group?.css ?? [])]);
  if (manifest.config?.html) files.push(manifest.config.html);
  if (manifest.icon) files.push(manifest.icon);
  return [...new Set(files.filter((file) => !/^https?:\/\//.test(file)))];
}

async function loadOrCreateKey(cwd: string): Promise<{ key: string; created: boolean }> {
  const path = join(cwd, PLUGIN_KEY_FILE);
  try {
    return { key: await readFile(path, "utf8"), created: false };
  } catch {
    // kintone plugins are signed with a 1024-bit RSA key in PKCS#1 PEM (what plugin-packer makes).
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 1024,
      publicKeyEncoding: { type: "spki", format: "pem" },
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
    });
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, privateKey, { mode: 0o600 });
    await chmod(path, 0o600);
    return { key: privateKey, created: true };
  }
}

/**
 * Packs the plugin from `manifest.json` in `cwd` with @kintone/plugin-packer. Throws (with the
 * missing path in the message) when the manifest or a file it names does not exist yet.
 */
export async function packPlugin(cwd: string): Promise<PackedPlugin> {
  const manifestPath = join(cwd, "manifest.json");
  const manifestText = await readFile(manifestPath, "utf8");
  const manifest = JSON.parse(manifestText) as Manifest;
  const hash = createHash("sha256").update(manifestText);
  for (const file of listManifestFiles(manifest)) {
    hash.update(`\0${file}\0`).update(await readFile(join(cwd, file)));
  }
  const { key, created } = await loadOrCreateKey(cwd);
  const packed = await packPluginFromManifest(manifestPath, key);
  return {
    id: packed.id,
    zip: packed.plugin,
    contentHash: hash.digest("hex"),
    keyCreated: created,
  };
}
