import { KintoneRestAPIClient } from "@kintone/rest-api-client";
import type { KintoneConnection } from "./kintone-connection";

/** A rest-api-client for the connection (password or API-token auth). */
export function createKintoneClient(connection: KintoneConnection): KintoneRestAPIClient {
  const auth =
    connection.auth.kind === "password"
      ? { username: connection.auth.username, password: connection.auth.password }
      : { apiToken: [...connection.auth.tokens] };
  return new KintoneRestAPIClient({ baseUrl: connection.baseUrl, auth });
}
