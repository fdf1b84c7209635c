import busboy from "busboy";
import { createParamError } from "./errors";
import type { UploadedFile } from "./types";

/**
 * Reads the `file` part of a multipart/form-data body (POST file.json), plus any plain fields
 * (the browser client sends `__REQUEST_TOKEN__` as one).
 */
export function readMultipart(
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ file?: UploadedFile; fields: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers, defParamCharset: "utf8" });
    } catch {
      reject(createParamError("file", "E_LK_V_REQUIRED_PARAM"));
      return;
    }
    const fields: Record<string, string> = {};
    let file: UploadedFile | undefined;
    parser.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      // A truncated body errors the part stream too; the parser's own error rejects the request.
      stream.on("error", () => undefined);
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (name === "file" && !file) {
          file = {
            name: info.filename ?? "file",
            contentType: info.mimeType || "application/octet-stream",
            data: Buffer.concat(chunks),
          };
        }
      });
    });
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("error", () => reject(createParamError("file", "E_LK_V_INVALID")));
    parser.on("close", () => resolve({ file, fields }));
    parser.end(body);
  });
}
