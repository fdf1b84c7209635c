import type { KintoneApi } from "../../src/kintone";
import { openKintone, readKintoneConnection } from "../../src/kintone";
import type { TestKintone } from "../helpers/local-kintone";

/** A client for the test server as its administrator. */
export function openAdminApi(kintone: TestKintone): KintoneApi {
  return openKintone(
    readKintoneConnection({
      KINTONE_BASE_URL: kintone.url,
      KINTONE_USERNAME: kintone.admin.username,
      KINTONE_PASSWORD: kintone.admin.password,
    }),
  );
}

/** A client for the test server with API tokens only. */
export function openTokenApi(kintone: TestKintone, tokens: readonly string[]): KintoneApi {
  return openKintone(
    readKintoneConnection({ KINTONE_BASE_URL: kintone.url, KINTONE_API_TOKEN: tokens.join(",") }),
  );
}
