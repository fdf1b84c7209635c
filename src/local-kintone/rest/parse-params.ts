import { createApiError } from "./errors";

/** Request parameters after merging the query string and the JSON body. */
export type Params = Record<string, unknown>;

const INDEXED_KEY = /^([^[\]]+)\[(\d*)\]$/;

/**
 * Parses a query string the way qs writes it: `fields[0]=a&fields[1]=b` (rest-api-client),
 * `fields[]=a` and repeated `fields=a&fields=b` all become arrays.
 */
export function parseQueryString(search: URLSearchParams): Params {
  const params: Params = {};
  const indexed = new Map<string, Map<number, string>>();
  for (const [key, value] of search) {
    const match = INDEXED_KEY.exec(key);
    if (match) {
      const name = match[1] as string;
      const slots = indexed.get(name) ?? new Map<number, string>();
      slots.set(match[2] === "" ? slots.size : Number(match[2]), value);
      indexed.set(name, slots);
      continue;
    }
    const previous = params[key];
    if (previous === undefined) params[key] = value;
    else
      params[key] = Array.isArray(previous)
        ? [...(previous as unknown[]), value]
        : [previous, value];
  }
  for (const [name, slots] of indexed) {
    params[name] = [...slots.entries()].sort((a, b) => a[0] - b[0]).map(([, value]) => value);
  }
  return params;
}

/**
 * Parses a JSON request body; an empty body is `{}`.
 * @throws KintoneApiError 400 CB_IJ01 for malformed JSON or a body that is not an object
 */
export function parseJsonBody(text: string): Params {
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw createApiError(400, "CB_IJ01");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw createApiError(400, "CB_IJ01");
  }
  return parsed as Params;
}

/** The name of the CSRF parameter kintone pages send; never treated as an API parameter. */
export const REQUEST_TOKEN_PARAM = "__REQUEST_TOKEN__";

/** Removes `__REQUEST_TOKEN__` from params and returns it. */
export function takeRequestToken(params: Params): unknown {
  const token = params[REQUEST_TOKEN_PARAM];
  delete params[REQUEST_TOKEN_PARAM];
  return token;
}
