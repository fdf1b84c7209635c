/**
 * Serialises params the way rest-api-client (qs 6 defaults) does: arrays as `a[0]=x`, nested
 * objects as `a[b]=x`, null and undefined left out. The local server and real kintone read it.
 */
export function serializeParams(params: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) appendPairs(pairs, key, value);
  return pairs.join("&");
}

function appendPairs(pairs: string[], key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => appendPairs(pairs, `${key}[${index}]`, item));
    return;
  }
  if (typeof value === "object") {
    for (const [inner, item] of Object.entries(value)) appendPairs(pairs, `${key}[${inner}]`, item);
    return;
  }
  pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
}

/** Appends `.json` to a REST path that lacks it, as kintone.api does, keeping any query. */
export function normalizeApiPath(pathOrUrl: string): string {
  const [path = "", query] = pathOrUrl.split("?", 2);
  const withJson = path.endsWith(".json") ? path : `${path}.json`;
  return query === undefined ? withJson : `${withJson}?${query}`;
}
