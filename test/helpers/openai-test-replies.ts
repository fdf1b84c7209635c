/**
 * Replies of the local OpenAI-compatible test server: the defaults that fit each request, and
 * helpers to script failures (429, HTTP errors, hanging, malformed bodies).
 */
import type { RecordedRequest, ScriptedReply } from "./openai-test-server";

/** The reply when nothing is queued or scripted for a request. */
export function defaultReply(request: RecordedRequest): ScriptedReply {
  if (request.kind === "chat") return { json: buildDefaultChat(request) };
  if (request.kind === "embeddings") return { json: buildDefaultEmbeddings(request) };
  if (request.kind === "transcriptions") return transcriptionReply("（テスト用の書き起こしです）");
  return {
    status: 404,
    json: errorBody(`No route for ${request.method} ${request.path}`, "not_found"),
  };
}

function buildDefaultChat(request: RecordedRequest): unknown {
  const body = (request.json ?? {}) as {
    model?: string;
    response_format?: { json_schema?: { schema?: unknown } };
  };
  const schema = body.response_format?.json_schema?.schema;
  const content = schema ? JSON.stringify(buildExample(schema)) : "テスト応答です。";
  return chatCompletion(content, body.model ?? "test-model");
}

function buildDefaultEmbeddings(request: RecordedRequest): unknown {
  const body = (request.json ?? {}) as { model?: string; input?: string | string[] };
  const inputs = Array.isArray(body.input) ? body.input : [body.input ?? ""];
  return {
    object: "list",
    model: body.model ?? "test-embedding",
    data: inputs.map((text, index) => ({
      object: "embedding",
      index,
      embedding: hashVector(String(text)),
    })),
    usage: { prompt_tokens: inputs.join("").length, total_tokens: inputs.join("").length },
  };
}

/** A minimal value that satisfies a strict structured-output schema. */
function buildExample(schema: unknown): unknown {
  const node = (schema ?? {}) as {
    type?: string | string[];
    properties?: Record<string, unknown>;
    items?: unknown;
    enum?: unknown[];
  };
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (types.includes("object")) {
    return Object.fromEntries(
      Object.entries(node.properties ?? {}).map(([key, value]) => [key, buildExample(value)]),
    );
  }
  if (types.includes("array")) {
    const items = (node.items ?? {}) as { enum?: unknown[] };
    return items.enum && items.enum.length > 0 ? [items.enum[0]] : [];
  }
  if (node.enum) return node.enum.find((value) => value !== null) ?? null;
  if (types.includes("null")) return null;
  if (types.includes("boolean")) return false;
  if (types.includes("number") || types.includes("integer")) return 0;
  return "テスト応答です。";
}

function hashVector(text: string): number[] {
  const vector = new Array<number>(8).fill(0);
  for (let index = 0; index < text.length; index += 1) {
    const slot = index % 8;
    vector[slot] = ((vector[slot] ?? 0) * 31 + text.charCodeAt(index)) % 1000;
  }
  return vector.map((value) => value / 1000);
}

/** An OpenAI-style error body. */
export function errorBody(message: string, type: string) {
  return { error: { message, type, param: null, code: type } };
}

/** A chat completion whose message content is `content` (objects are sent as JSON text). */
export function chatCompletion(content: unknown, model = "test-model"): unknown {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: text, refusal: null },
        finish_reason: "stop",
      },
    ],
    usage: {
      prompt_tokens: 42,
      completion_tokens: Math.max(1, Math.ceil(text.length / 2)),
      total_tokens: 0,
    },
  };
}

/** Replies with a chat completion carrying `content`. */
export function chatReply(content: unknown): ScriptedReply {
  return { json: chatCompletion(content) };
}

/** 429 with retry headers (milliseconds, so tests stay fast). */
export function rateLimited(retryAfterMs = 10): ScriptedReply {
  return {
    status: 429,
    headers: { "retry-after-ms": String(retryAfterMs), "retry-after": "0" },
    json: errorBody("Rate limit reached", "rate_limit_exceeded"),
  };
}

/** An HTTP error with an OpenAI-style body. */
export function httpError(status: number, message = "Test error"): ScriptedReply {
  return {
    status,
    json: errorBody(message, status >= 500 ? "server_error" : "invalid_request_error"),
  };
}

/** Never answers: the client's timeout or abort must end the call. */
export function hang(): ScriptedReply {
  return { hang: true };
}

/** A 200 whose body is not JSON at all. */
export function malformedBody(): ScriptedReply {
  return {
    body: '{"id": "chatcmpl-test", "choices": [ {',
    headers: { "content-type": "application/json" },
  };
}

/** A transcription reply. */
export function transcriptionReply(text: string): ScriptedReply {
  return { json: { text } };
}
