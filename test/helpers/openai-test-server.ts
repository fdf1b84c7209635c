/**
 * A local OpenAI-compatible server for tests and demos (node:http on 127.0.0.1, port 0).
 *
 * Routes: `/v1/chat/completions`, `/v1/embeddings`, `/v1/audio/transcriptions` (multipart),
 * and the Azure forms `/openai/deployments/{deployment}/…?api-version=`. Every request is
 * recorded (headers, raw bytes, parsed JSON or multipart parts). Replies come from a queue,
 * then from a responder function, then from defaults that fit the request (a chat reply that
 * satisfies the request's JSON schema, deterministic embeddings, a fixed transcript).
 */
import busboy from "busboy";
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { defaultReply, errorBody } from "./openai-test-replies";

export type EndpointKind = "chat" | "embeddings" | "transcriptions" | "other";

export type RecordedFile = { field: string; filename: string; mimeType: string; bytes: Buffer };

export type RecordedRequest = {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly kind: EndpointKind;
  /** Azure deployment from the path, or null. */
  readonly deployment: string | null;
  readonly raw: Buffer;
  /** Parsed JSON body, or null when the body was not JSON. */
  readonly json: unknown;
  readonly multipart: { fields: Record<string, string>; files: RecordedFile[] } | null;
};

/** What to answer; `hang` never answers (until the client gives up or the server closes). */
export type ScriptedReply =
  | { status?: number; json?: unknown; body?: string; headers?: Record<string, string> }
  | { hang: true };

export type Responder = (request: RecordedRequest) => ScriptedReply | undefined;

export type OpenAiTestServer = {
  /** e.g. http://127.0.0.1:41234 (Azure clients use this as the endpoint). */
  readonly url: string;
  /** `url` + `/v1`, the OpenAI base URL. */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Replies used in order, one per request, before the responder. */
  enqueue(...replies: ScriptedReply[]): void;
  respondWith(responder: Responder | null): void;
  /** Forgets recorded requests, the queue and the responder. */
  reset(): void;
  close(): Promise<void>;
};

const ROUTE =
  /^(?:\/v1|\/openai\/deployments\/([^/]+)|\/openai)\/(chat\/completions|embeddings|audio\/transcriptions)$/;
const KINDS: Record<string, EndpointKind> = {
  "chat/completions": "chat",
  embeddings: "embeddings",
  "audio/transcriptions": "transcriptions",
};

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startOpenAiTestServer(
  options: { responder?: Responder } = {},
): Promise<OpenAiTestServer> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedReply[] = [];
  let responder: Responder | null = options.responder ?? null;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(String(error), "server_error"));
    });
  });
  // The client closes an idle kept-alive socket after about 4 s; the server must not close it
  // first (Node's default is 5 s), or on a busy machine a request can race the close and fail with
  // a connection error (seen once in CI on test/llm/pii-guard.test.ts at load average 8).
  server.keepAliveTimeout = 30_000;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const recorded = await recordRequest(req);
    requests.push(recorded);
    const reply = queue.shift() ?? responder?.(recorded) ?? defaultReply(recorded);
    if ("hang" in reply) return;
    const headers = { "content-type": "application/json", ...reply.headers };
    res.writeHead(reply.status ?? 200, headers);
    res.end(reply.body ?? JSON.stringify(reply.json ?? {}));
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseUrl: `${url}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    respondWith: (next) => {
      responder = next;
    },
    reset: () => {
      requests.length = 0;
      queue.length = 0;
      responder = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function recordRequest(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const parsedUrl = new URL(req.url ?? "/", "http://127.0.0.1");
  const match = ROUTE.exec(parsedUrl.pathname);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const contentType = headers["content-type"] ?? "";
  return {
    method: req.method ?? "GET",
    path: parsedUrl.pathname,
    query: Object.fromEntries(parsedUrl.searchParams),
    headers,
    kind: match ? (KINDS[match[2] ?? ""] ?? "other") : "other",
    deployment: match?.[1] ? decodeURIComponent(match[1]) : null,
    raw,
    json: contentType.includes("json") ? parseJson(raw.toString("utf8")) : null,
    multipart: contentType.startsWith("multipart/form-data")
      ? await parseMultipart(headers, raw)
      : null,
  };
}

function parseMultipart(headers: Record<string, string>, raw: Buffer) {
  return new Promise<{ fields: Record<string, string>; files: RecordedFile[] }>(
    (resolve, reject) => {
      const fields: Record<string, string> = {};
      const files: RecordedFile[] = [];
      const parser = busboy({ headers });
      parser.on("field", (name, value) => {
        fields[name] = value;
      });
      parser.on("file", (field, stream, info) => {
        const parts: Buffer[] = [];
        stream.on("data", (part: Buffer) => parts.push(part));
        stream.on("end", () =>
          files.push({
            field,
            filename: info.filename ?? "",
            mimeType: info.mimeType,
            bytes: Buffer.concat(parts),
          }),
        );
      });
      parser.on("close", () => resolve({ fields, files }));
      parser.on("error", reject);
      parser.end(raw);
    },
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function sendJson(res: ServerResponse, status: number, json: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(json));
}

export {
  chatCompletion,
  chatReply,
  hang,
  httpError,
  malformedBody,
  rateLimited,
  transcriptionReply,
} from "./openai-test-replies";

/**
 * A responder whose `/embeddings` replies are hashed character-bigram vectors of each input
 * (`dimensions` buckets, L2-normalized): texts sharing bigrams get similar vectors, so tests can
 * check that ranking by embeddings behaves like a (crude) semantic model. Other requests fall
 * through to the defaults.
 */
export function hashedBigramEmbeddings(dimensions = 256): Responder {
  return (request) => {
    if (request.kind !== "embeddings") return undefined;
    const body = (request.json ?? {}) as { model?: string; input?: string | string[] };
    const inputs = Array.isArray(body.input) ? body.input : [body.input ?? ""];
    return {
      json: {
        object: "list",
        model: body.model ?? "test-embedding",
        data: inputs.map((text, index) => ({
          object: "embedding",
          index,
          embedding: bigramVector(String(text), dimensions),
        })),
        usage: { prompt_tokens: inputs.join("").length, total_tokens: inputs.join("").length },
      },
    };
  };
}

function bigramVector(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const chars = Array.from(text.replace(/\s+/g, ""));
  for (let i = 0; i + 1 < chars.length; i += 1) {
    let hash = 2166136261;
    for (const char of chars[i]! + chars[i + 1]!) {
      hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
    }
    vector[hash % dimensions]! += 1;
  }
  const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0)) || 1;
  return vector.map((x) => x / norm);
}
