import { randomBytes } from "node:crypto";
import type { ServerContext } from "../context";

/** A stored file as a download returns it. */
export type StoredFile = {
  name: string;
  contentType: string;
  size: number;
  data: Buffer;
};

/** File metadata as kintone shows it in FILE fields and customize resources. */
export type FileInfo = { fileKey: string; name: string; contentType: string; size: string };

type BlobRow = { id: number; name: string; content_type: string; size: number; data: Buffer };

function createKey(): string {
  return randomBytes(20).toString("hex");
}

function insertKey(context: ServerContext, blobId: number, kind: "upload" | "download"): string {
  const key = createKey();
  context.db
    .prepare("INSERT INTO file_keys (key, blob_id, kind) VALUES (?, ?, ?)")
    .run(key, blobId, kind);
  return key;
}

function findBlob(
  context: ServerContext,
  key: string,
  kind: "upload" | "download",
): BlobRow | undefined {
  return context.db
    .prepare(
      `SELECT b.id, b.name, b.content_type, b.size, b.data FROM file_keys k
       JOIN blobs b ON b.id = k.blob_id WHERE k.key = ? AND k.kind = ?`,
    )
    .get(key, kind) as BlobRow | undefined;
}

/** Stores an uploaded file (POST file.json) and returns its temporary upload key. */
export function saveUploadedFile(
  context: ServerContext,
  file: { name: string; contentType: string; data: Buffer },
): string {
  const result = context.db
    .prepare(
      "INSERT INTO blobs (name, content_type, size, data, created_at) VALUES (?, ?, ?, ?, ?)",
    )
    .run(file.name, file.contentType, file.data.length, file.data, context.now().toISOString());
  return insertKey(context, Number(result.lastInsertRowid), "upload");
}

/**
 * Turns an upload key into a permanent attachment: returns the metadata with a NEW download key,
 * as kintone does when a key is stored in a FILE field or a customization. Undefined if unknown.
 */
export function attachUploadedFile(
  context: ServerContext,
  uploadKey: string,
): FileInfo | undefined {
  const blob = findBlob(context, uploadKey, "upload");
  if (!blob) return undefined;
  return {
    fileKey: insertKey(context, blob.id, "download"),
    name: blob.name,
    contentType: blob.content_type,
    size: String(blob.size),
  };
}

/** Looks up the metadata behind an existing download key (to keep an attachment on update). */
export function getFileInfo(context: ServerContext, downloadKey: string): FileInfo | undefined {
  const blob = findBlob(context, downloadKey, "download");
  if (!blob) return undefined;
  return {
    fileKey: downloadKey,
    name: blob.name,
    contentType: blob.content_type,
    size: String(blob.size),
  };
}

/** Reads a file by download key (GET file.json), or undefined if the key is unknown. */
export function readFileByKey(context: ServerContext, downloadKey: string): StoredFile | undefined {
  const blob = findBlob(context, downloadKey, "download");
  if (!blob) return undefined;
  return { name: blob.name, contentType: blob.content_type, size: blob.size, data: blob.data };
}

/** Reads a file by its temporary upload key (plugin install reads the uploaded zip this way). */
export function readUploadedFile(
  context: ServerContext,
  uploadKey: string,
): StoredFile | undefined {
  const blob = findBlob(context, uploadKey, "upload");
  if (!blob) return undefined;
  return { name: blob.name, contentType: blob.content_type, size: blob.size, data: blob.data };
}
