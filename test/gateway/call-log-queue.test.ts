import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { LocalKintone } from "../../src/local-kintone/server";
import { startLocalKintone } from "../../src/local-kintone/server";
import { ADMINISTRATOR } from "../../src/local-kintone/users";
import type { CallLogApp, TestGateway } from "./gateway-fixture";
import {
  createCallLogApp,
  makeTempDir,
  postSigned,
  readCallLogs,
  startTestGateway,
  waitFor,
} from "./gateway-fixture";

const admin = { username: ADMINISTRATOR.code, password: ADMINISTRATOR.password };

async function health(url: string): Promise<{ queued: number; sessions: number }> {
  return (await (await fetch(`${url}/healthz`)).json()) as { queued: number; sessions: number };
}

/**
 * How long a queued log may take to reach kintone once it is back. One write can hang for the
 * delivery's own write timeout (10 s) before it is retried, and CI machines are busy.
 */
const DELIVERY_WAIT_MS = 30_000;
const TEST_TIMEOUT_MS = 60_000;

/** Rethrows a failed wait with the gateways' JSON logs (call ids and error codes only). */
async function withGatewayLog<T>(gateway: TestGateway, wait: Promise<T>, earlier?: TestGateway) {
  try {
    return await wait;
  } catch (error) {
    const logs = [earlier?.logs(), gateway.logs()].filter(Boolean).join("--- next gateway ---\n");
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs}`, {
      cause: error,
    });
  }
}

describe("call-log delivery when kintone is down", () => {
  const kintoneDir = makeTempDir();
  const gatewayDir = makeTempDir();
  let kintone: LocalKintone;
  let app: CallLogApp;

  beforeAll(async () => {
    kintone = await startLocalKintone({ port: 0, dataDir: kintoneDir.dir });
    app = await createCallLogApp({ url: kintone.url, admin, context: kintone.context });
  });

  afterAll(async () => {
    await kintone.close();
    kintoneDir.remove();
    gatewayDir.remove();
  });

  it(
    "should deliver a call finished while kintone was down exactly once after it comes back",
    async () => {
      const gateway = await startTestGateway({
        kintoneUrl: kintone.url,
        app,
        dataDir: gatewayDir.dir,
      });
      const call = { CallSid: "CAdown000000000000000000000000001" };
      try {
        await postSigned(gateway, "/twilio/voice", call);
        await postSigned(gateway, "/twilio/gather", {
          ...call,
          SpeechResult: "マイナンバーカードの申請方法を教えてください",
        });
        await waitFor(async () => ((await health(gateway.url)).queued === 0 ? true : undefined));
        const port = kintone.port;
        await kintone.close();

        const reply = await postSigned(gateway, "/twilio/gather", {
          ...call,
          SpeechResult: "私のマイナンバーは1234 5678 9012です",
        });
        expect(reply.body).toContain("<Dial");
        await postSigned(gateway, "/twilio/status", {
          ...call,
          CallStatus: "completed",
          CallDuration: "61",
        });
        await waitFor(async () => ((await health(gateway.url)).queued > 0 ? true : undefined));
        const queueFile = join(gatewayDir.dir, "call-log-queue.json");
        expect(existsSync(queueFile)).toBe(true);
        expect(readFileSync(queueFile, "utf8")).not.toMatch(/1234|5678|9012/);

        kintone = await startLocalKintone({ port, dataDir: kintoneDir.dir });
        const log = await withGatewayLog(
          gateway,
          waitFor(async () => {
            const logs = await readCallLogs(kintone.url, app);
            return logs.find((entry) => entry.callId === call.CallSid && entry.durationSec === 61);
          }, DELIVERY_WAIT_MS),
        );
        expect(log).toMatchObject({ turns: 2, outcome: "transfer" });
        await waitFor(async () => ((await health(gateway.url)).queued === 0 ? true : undefined));
        const matching = (await readCallLogs(kintone.url, app)).filter(
          (entry) => entry.callId === call.CallSid,
        );
        expect(matching).toHaveLength(1);
      } finally {
        await gateway.close(2000);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "should keep the queue on disk over a restart and deliver it at the next start",
    async () => {
      const port = kintone.port;
      const first = await startTestGateway({
        kintoneUrl: kintone.url,
        app,
        dataDir: gatewayDir.dir,
      });
      const call = { CallSid: "CAdown000000000000000000000000002" };
      await postSigned(first, "/twilio/voice", call);
      await kintone.close();
      await postSigned(first, "/twilio/gather", {
        ...call,
        SpeechResult: "住民票の写しはコンビニで取れますか",
      });
      await postSigned(first, "/twilio/status", {
        ...call,
        CallStatus: "completed",
        CallDuration: "30",
      });
      const left = await first.close(300);
      expect(left).toBeGreaterThan(0);

      kintone = await startLocalKintone({ port, dataDir: kintoneDir.dir });
      const second = await startTestGateway({
        kintoneUrl: kintone.url,
        app,
        dataDir: gatewayDir.dir,
      });
      try {
        const log = await withGatewayLog(
          second,
          waitFor(async () => {
            const logs = await readCallLogs(kintone.url, app);
            return logs.find((entry) => entry.callId === call.CallSid && entry.durationSec === 30);
          }, DELIVERY_WAIT_MS),
          first,
        );
        expect(log.turns).toBe(1);
        await waitFor(async () => ((await health(second.url)).queued === 0 ? true : undefined));
        expect(
          (await readCallLogs(kintone.url, app)).filter((entry) => entry.callId === call.CallSid),
        ).toHaveLength(1);
      } finally {
        await second.close(1000);
      }
    },
    TEST_TIMEOUT_MS,
  );
});
