import type { LocalKintone } from "../../src/local-kintone/server";
import { startLocalKintone } from "../../src/local-kintone/server";
import { ADMINISTRATOR, STAFF_USERS } from "../../src/local-kintone/users";

/** A local kintone server started for one test file, with the demo credentials. */
export type TestKintone = {
  /** `http://localhost:PORT` */
  readonly url: string;
  readonly port: number;
  /** The administrator's login (may do everything). */
  readonly admin: { readonly username: string; readonly password: string };
  /** An ordinary user's login (records only). */
  readonly staff: { readonly username: string; readonly password: string };
  /** The server's internals, for helpers such as createApiToken. */
  readonly context: LocalKintone["context"];
  close(): Promise<void>;
};

/**
 * Starts a local kintone server on a free port with an in-memory database (or `dataDir`).
 * Call `close()` in afterAll.
 */
export async function startTestKintone(options: { dataDir?: string } = {}): Promise<TestKintone> {
  const server = await startLocalKintone({ port: 0, dataDir: options.dataDir ?? ":memory:" });
  const staff = STAFF_USERS[0];
  if (!staff) throw new Error("no staff user defined");
  return {
    url: server.url,
    port: server.port,
    admin: { username: ADMINISTRATOR.code, password: ADMINISTRATOR.password },
    staff: { username: staff.code, password: staff.password },
    context: server.context,
    close: () => server.close(),
  };
}
