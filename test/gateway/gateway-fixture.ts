import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import type { AnswerModel } from "../../src/core";
import { FaqIndex, parseDepartmentsCsv, parseFaqCsv } from "../../src/core";
import type { Gateway, GatewayConfig, GatewayEngineData } from "../../src/gateway";
import { createJsonLogger, readGatewayConfig, startGateway } from "../../src/gateway";
import type { StoredCallLog } from "../../src/kintone";
import { CALL_LOG_APP, listCallLogs, openKintone } from "../../src/kintone";
// Creating one app (not the whole setup) keeps these tests fast.
import { applyAppDefinition } from "../../src/kintone/setup/apply-app";
import { deployApps } from "../../src/kintone/setup/deploy-apps";
import { createApiToken } from "../../src/local-kintone/auth";

/** The auth token the tests sign with, as Twilio would with the account's token. */
export const TWILIO_TOKEN = "test-twilio-auth-token-0123456789";
/** The public URL Twilio is configured with (the gateway sits behind a proxy there). */
export const PUBLIC_URL = "https://madoguchi.example.test";
/** 市民課's direct line in the tests. */
export const SHIMINKA_NUMBER = "+81930000101";

const ROOT = join(__dirname, "..", "..");

/** The sample FAQ and departments, as the gateway answers from them. */
export function loadSampleData(): GatewayEngineData {
  const faq = parseFaqCsv(readFileSync(join(ROOT, "samples", "mynumber-faq.csv"), "utf8"));
  const departments = parseDepartmentsCsv(
    readFileSync(join(ROOT, "samples", "departments.csv"), "utf8"),
  );
  return { index: FaqIndex.build(faq.entries), departments: departments.departments };
}

/** A kintone server with the call-log app and a gateway token (view, add, edit). */
export type CallLogApp = { readonly appId: string; readonly token: string };

/** Creates and deploys the call-log app in a local kintone server. */
export async function createCallLogApp(kintone: {
  url: string;
  admin: { username: string; password: string };
  context: Parameters<typeof createApiToken>[0];
}): Promise<CallLogApp> {
  const api = openKintone({ baseUrl: kintone.url, auth: { kind: "password", ...kintone.admin } });
  const applied = await applyAppDefinition(api, { definition: CALL_LOG_APP, appId: null });
  await deployApps(api, [{ appId: applied.appId, name: CALL_LOG_APP.name }]);
  const token = createApiToken(kintone.context, Number(applied.appId), ["view", "add", "edit"]);
  return { appId: applied.appId, token };
}

/** Reads every call-log record (as the dashboard would). */
export function readCallLogs(baseUrl: string, app: CallLogApp): Promise<StoredCallLog[]> {
  const api = openKintone({ baseUrl, auth: { kind: "apiToken", tokens: [app.token] } });
  return listCallLogs(api, app.appId);
}

/** A gateway on a free port with the test's Twilio token, public URL and a captured log. */
export type TestGateway = Gateway & { readonly logs: () => string; readonly dataDir: string };

export async function startTestGateway(params: {
  kintoneUrl?: string;
  app?: CallLogApp;
  env?: Record<string, string>;
  dataDir?: string;
  now?: () => Date;
  override?: Partial<GatewayConfig>;
  model?: AnswerModel | null;
}): Promise<TestGateway> {
  const dataDir = params.dataDir ?? mkdtempSync(join(tmpdir(), "madoguchi-gateway-"));
  const env: Record<string, string> = {
    TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
    MADOGUCHI_PUBLIC_URL: PUBLIC_URL,
    MADOGUCHI_OFFICE_HOURS: "always",
    MADOGUCHI_TRANSFER_NUMBERS: `市民課=${SHIMINKA_NUMBER}`,
    MADOGUCHI_SWITCHBOARD_NUMBER: "+81930000000",
    ...(params.app && params.kintoneUrl
      ? {
          KINTONE_BASE_URL: params.kintoneUrl,
          MADOGUCHI_CALL_LOG_APP_ID: params.app.appId,
          MADOGUCHI_CALL_LOG_API_TOKEN: params.app.token,
        }
      : {}),
    ...params.env,
  };
  const config = { ...readGatewayConfig(env, { port: "0", data: dataDir }), ...params.override };
  const stream = new PassThrough();
  let captured = "";
  stream.on("data", (chunk: Buffer) => {
    captured += chunk.toString("utf8");
  });
  const gateway = await startGateway({
    config,
    data: loadSampleData(),
    model: params.model ?? null,
    logger: createJsonLogger(stream),
    now: params.now,
    retry: { baseMs: 100, maxMs: 500 },
  });
  return { ...gateway, logs: () => captured, dataDir };
}

/** POSTs a Twilio webhook form to the gateway, signed the way Twilio signs it. */
export async function postSigned(
  gateway: Gateway,
  path: string,
  params: Record<string, string>,
  options: { signature?: string | null } = {},
): Promise<{ status: number; body: string }> {
  const signature =
    options.signature === undefined
      ? getExpectedTwilioSignature(TWILIO_TOKEN, `${PUBLIC_URL}${path}`, params)
      : options.signature;
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (signature !== null) headers["x-twilio-signature"] = signature;
  const response = await fetch(`${gateway.url}${path}`, {
    method: "POST",
    headers,
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, body: await response.text() };
}

/** Polls `probe` until it returns a value (or throws after `timeoutMs`). */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("waitFor: timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A temporary directory removed by the returned cleanup. */
export function makeTempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "madoguchi-gw-test-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
