import type { KintoneRestAPIClient } from "@kintone/rest-api-client";
import { createKintoneClient } from "./create-client";
import type { KintoneConnection } from "./kintone-connection";

/** A rest-api-client with the base URL it talks to (for error messages). */
export type KintoneApi = { readonly client: KintoneRestAPIClient; readonly baseUrl: string };

/** Opens a client for the connection. */
export function openKintone(connection: KintoneConnection): KintoneApi {
  return { client: createKintoneClient(connection), baseUrl: connection.baseUrl };
}
