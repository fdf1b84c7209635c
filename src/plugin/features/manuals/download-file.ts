import type { KintoneApi } from "../../kintone/kintone-global";

/** The download URL of an attachment (guest spaces included). */
export function toFileUrl(kintone: KintoneApi, fileKey: string): string {
  return `${kintone.api.url("/k/v1/file.json", true)}?fileKey=${encodeURIComponent(fileKey)}`;
}

/**
 * Downloads an attachment with the page's session. kintone's file download cannot go through
 * `kintone.api()`, so this is a plain GET with the header kintone requires of scripts.
 * [doc] https://cybozu.dev/ja/kintone/docs/rest-api/files/download-file/
 */
export async function downloadFile(kintone: KintoneApi, fileKey: string): Promise<Response> {
  const response = await fetch(toFileUrl(kintone, fileKey), {
    headers: { "X-Requested-With": "XMLHttpRequest" },
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`GET file.json: HTTP ${response.status}`);
  return response;
}
