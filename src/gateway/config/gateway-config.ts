import { GatewayError } from "../../errors";
import type { KintoneAuth } from "../../kintone";
import { formatMessage } from "../../messages";
import type { OfficeHours } from "./office-hours";
import { DEFAULT_OFFICE_HOURS, parseOfficeHours } from "./office-hours";

/** Default port of `madoguchi gateway`. */
export const DEFAULT_GATEWAY_PORT = 3200;
/** Default data directory (the call-log queue lives here). */
export const DEFAULT_GATEWAY_DATA_DIR = ".madoguchi/gateway";
/** Default turn limit per call or chat before a person takes over. */
export const DEFAULT_MAX_TURNS = 5;
/** Longest chat message accepted (a phone utterance is far shorter). */
export const DEFAULT_MAX_INPUT_CHARS = 500;
/** Idle time after which a chat or an unfinished call is closed and logged. */
export const DEFAULT_SESSION_TTL_MS = 15 * 60 * 1000;

/**
 * How long a turn waits for the model before the offline answer is used. Twilio gives a webhook
 * 15 s; a caller should not wait even that long.
 */
export const DEFAULT_MODEL_TIMEOUT_MS = 8_000;

/** Where calls are transferred: a direct number per department, or the switchboard + extension. */
export type TransferNumbers = {
  /** The switchboard's number (E.164); the department's extension is sent as touch tones. */
  readonly switchboard: string | null;
  /** Department name → direct number (E.164). */
  readonly departments: ReadonlyMap<string, string>;
};

/** Where the gateway writes call logs (best: an API token with view, add and edit on the call-log app). */
export type CallLogTarget = {
  readonly baseUrl: string;
  readonly auth: KintoneAuth;
  readonly appId: string;
};

/** Everything the gateway reads from options and the environment. */
export type GatewayConfig = {
  readonly host: string;
  readonly port: number;
  /** The public base URL Twilio calls (and signs); null → the local URL. */
  readonly publicUrl: string | null;
  /** Without it the phone routes refuse every request. */
  readonly twilioAuthToken: string | null;
  readonly dataDir: string;
  readonly officeHours: OfficeHours;
  readonly transferNumbers: TransferNumbers;
  /** Twilio `<Say voice>` (e.g. `Polly.Mizuki`); null → Twilio's default for ja-JP. */
  readonly voice: string | null;
  readonly maxTurns: number;
  readonly maxInputChars: number;
  readonly sessionTtlMs: number;
  /** Chat turns allowed per session and minute. */
  readonly turnsPerMinute: number;
  /** A model slower than this is abandoned for the offline answer (marked in `fallback`). */
  readonly modelTimeoutMs: number;
  readonly callLog: CallLogTarget | null;
};

type Env = Readonly<Record<string, string | undefined>>;

/** Command-line values that override the environment. */
export type GatewayOptions = {
  readonly port?: string;
  readonly host?: string;
  readonly data?: string;
  readonly callLogApp?: string;
};

/**
 * Builds the configuration from options and the environment (`TWILIO_AUTH_TOKEN`,
 * `MADOGUCHI_PUBLIC_URL`, `MADOGUCHI_OFFICE_HOURS`, `MADOGUCHI_SWITCHBOARD_NUMBER`,
 * `MADOGUCHI_TRANSFER_NUMBERS`, `MADOGUCHI_TWILIO_VOICE`, `MADOGUCHI_MAX_TURNS`,
 * `KINTONE_BASE_URL`, `MADOGUCHI_CALL_LOG_API_TOKEN` or `KINTONE_API_TOKEN`,
 * `MADOGUCHI_CALL_LOG_APP_ID`).
 * @throws GatewayError (E_GATEWAY_CONFIG) naming the bad value
 */
export function readGatewayConfig(env: Env, options: GatewayOptions = {}): GatewayConfig {
  const port = parseInteger("--port", options.port ?? String(DEFAULT_GATEWAY_PORT), 0, 65535);
  const publicUrl = env["MADOGUCHI_PUBLIC_URL"]?.trim() || null;
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl))
    throw configError(`MADOGUCHI_PUBLIC_URL=${publicUrl}`);
  return {
    host: options.host ?? "127.0.0.1",
    port,
    publicUrl: publicUrl ? publicUrl.replace(/\/+$/, "") : null,
    twilioAuthToken: env["TWILIO_AUTH_TOKEN"]?.trim() || null,
    dataDir: options.data ?? DEFAULT_GATEWAY_DATA_DIR,
    officeHours: parseOfficeHours(env["MADOGUCHI_OFFICE_HOURS"] ?? DEFAULT_OFFICE_HOURS),
    transferNumbers: {
      switchboard: parsePhone("MADOGUCHI_SWITCHBOARD_NUMBER", env["MADOGUCHI_SWITCHBOARD_NUMBER"]),
      departments: parseTransferNumbers(env["MADOGUCHI_TRANSFER_NUMBERS"] ?? ""),
    },
    voice: env["MADOGUCHI_TWILIO_VOICE"]?.trim() || null,
    maxTurns: parseInteger(
      "MADOGUCHI_MAX_TURNS",
      env["MADOGUCHI_MAX_TURNS"] ?? String(DEFAULT_MAX_TURNS),
      1,
      50,
    ),
    maxInputChars: DEFAULT_MAX_INPUT_CHARS,
    sessionTtlMs: DEFAULT_SESSION_TTL_MS,
    turnsPerMinute: 20,
    modelTimeoutMs: DEFAULT_MODEL_TIMEOUT_MS,
    callLog: readCallLogTarget(env, options.callLogApp),
  };
}

function readCallLogTarget(env: Env, appOption: string | undefined): CallLogTarget | null {
  const appId = appOption ?? env["MADOGUCHI_CALL_LOG_APP_ID"];
  const apiToken = env["MADOGUCHI_CALL_LOG_API_TOKEN"] ?? env["KINTONE_API_TOKEN"];
  if (!appId || !apiToken) return null;
  if (!/^\d+$/.test(appId)) throw configError(`MADOGUCHI_CALL_LOG_APP_ID=${appId}`);
  return {
    baseUrl: env["KINTONE_BASE_URL"] ?? "http://localhost:3100",
    auth: { kind: "apiToken", tokens: [apiToken] },
    appId,
  };
}

/** `市民課=+81931234567,保険年金課=+81931234568` → a map (a number is not personal data here). */
export function parseTransferNumbers(text: string): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const pair of text.split(/[,;\n]/)) {
    if (!pair.trim()) continue;
    const [name, number] = pair.split("=").map((part) => part.trim());
    const phone = parsePhone(`MADOGUCHI_TRANSFER_NUMBERS (${pair})`, number);
    if (!name || !phone) throw configError(`MADOGUCHI_TRANSFER_NUMBERS (${pair})`);
    numbers.set(name, phone);
  }
  return numbers;
}

function parsePhone(name: string, value: string | undefined): string | null {
  const phone = value?.replace(/[\s()-]/g, "");
  if (!phone) return null;
  if (!/^\+?\d{3,15}$/.test(phone)) throw configError(`${name}=${value ?? ""}`);
  return phone;
}

function parseInteger(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw configError(`${name} ${text}`);
  return value;
}

function configError(detail: string): GatewayError {
  return new GatewayError("E_GATEWAY_CONFIG", formatMessage("E_GATEWAY_CONFIG", "ja", { detail }));
}
