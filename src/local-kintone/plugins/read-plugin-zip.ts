import { createHash, createVerify } from "node:crypto";
import JSZip from "jszip";
import type { PluginManifest } from "../store";

/** A verified plugin package, ready to store. */
export type PluginPackage = {
  id: string;
  version: string;
  manifest: PluginManifest;
  files: Map<string, Buffer>;
};

/** Why a plugin zip was refused (shown to the uploader). */
export class InvalidPluginError extends Error {
  override name = "InvalidPluginError";
}

/**
 * The plugin id kintone derives from the public key: sha256 of the DER key, first 32 hex
 * digits, each mapped 0-9a-f → a-p.
 */
export function derivePluginId(publicKeyDer: Buffer): string {
  const hex = createHash("sha256").update(publicKeyDer).digest("hex").slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) =>
    String.fromCharCode("a".charCodeAt(0) + parseInt(digit, 16)),
  );
}

async function readEntry(zip: JSZip, name: string): Promise<Buffer> {
  const entry = zip.file(name);
  if (!entry) throw new InvalidPluginError(`${name} is missing`);
  return entry.async("nodebuffer");
}

/**
 * Reads a plugin zip made by @kintone/plugin-packer: checks its three entries, verifies the
 * RSA-SHA1 signature of contents.zip with PUBKEY, derives the id and parses manifest.json.
 * @throws InvalidPluginError when any of that fails
 */
export async function readPluginZip(data: Buffer): Promise<PluginPackage> {
  let outer: JSZip;
  try {
    outer = await JSZip.loadAsync(data);
  } catch {
    throw new InvalidPluginError("not a zip file");
  }
  const contents = await readEntry(outer, "contents.zip");
  const publicKey = await readEntry(outer, "PUBKEY");
  const signature = await readEntry(outer, "SIGNATURE");
  let verified: boolean;
  try {
    verified = createVerify("RSA-SHA1")
      .update(contents)
      .verify({ key: publicKey, format: "der", type: "spki" }, signature);
  } catch {
    throw new InvalidPluginError("PUBKEY is not an RSA public key");
  }
  if (!verified) throw new InvalidPluginError("the signature does not match contents.zip");
  const inner = await JSZip.loadAsync(contents).catch(() => {
    throw new InvalidPluginError("contents.zip is not a zip file");
  });
  const manifests = Object.keys(inner.files).filter(
    (name) => name === "manifest.json" || name.endsWith("/manifest.json"),
  );
  if (manifests.length !== 1)
    throw new InvalidPluginError("contents.zip must hold exactly one manifest.json");
  const root = (manifests[0] as string).slice(0, -"manifest.json".length);
  let manifest: PluginManifest;
  try {
    manifest = JSON.parse(
      (await readEntry(inner, manifests[0] as string)).toString("utf8"),
    ) as PluginManifest;
  } catch {
    throw new InvalidPluginError("manifest.json is not valid JSON");
  }
  if (
    manifest.type !== "APP" ||
    typeof manifest.name?.en !== "string" ||
    manifest.version === undefined
  ) {
    throw new InvalidPluginError("manifest.json lacks type APP, name.en or version");
  }
  const files = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(inner.files)) {
    if (entry.dir || !name.startsWith(root)) continue;
    files.set(name.slice(root.length), await entry.async("nodebuffer"));
  }
  return { id: derivePluginId(publicKey), version: String(manifest.version), manifest, files };
}
