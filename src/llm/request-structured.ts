import type { JsonSchema } from "../core/summary";
import { validateJson } from "../core/summary";
import { LlmBadResponseError } from "../errors";
import type { LlmContext, TokenUsage } from "./llm-context";
import { readUsage } from "./llm-context";
import { mapLlmError } from "./map-error";

export type OutgoingMessage = {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
};

/**
 * Sends already-masked messages to the chat completions endpoint with a strict JSON-schema
 * response format, and returns the parsed reply once it fits the schema.
 * @throws LlmBadResponseError for refusals, empty, truncated, non-JSON or off-schema replies;
 *   other LlmError subclasses for transport and HTTP failures (mapped in map-error.ts)
 */
export async function requestStructured(params: {
  context: LlmContext;
  model: string;
  messages: readonly OutgoingMessage[];
  schemaName: string;
  schema: JsonSchema;
  signal?: AbortSignal;
  /** Repairs harmless shape differences (e.g. key spelling) before the schema check. */
  normalize?: (value: unknown) => unknown;
}): Promise<{ value: unknown; usage: TokenUsage | null }> {
  const { context, signal } = params;
  let completion;
  try {
    completion = await context.client.chat.completions.create(
      {
        model: params.model,
        messages: params.messages.map((message) => ({
          role: message.role,
          content: message.content,
        })),
        response_format: {
          type: "json_schema",
          json_schema: {
            name: params.schemaName,
            strict: true,
            schema: params.schema as unknown as Record<string, unknown>,
          },
        },
      },
      signal ? { signal } : undefined,
    );
  } catch (error) {
    throw mapLlmError(error, context.config);
  }
  const choice = completion?.choices?.[0];
  const message = choice?.message;
  if (message?.refusal) throw badResponse("refusal");
  if (choice?.finish_reason === "length") throw badResponse("truncated");
  const content = typeof message?.content === "string" ? message.content.trim() : "";
  if (!content) throw badResponse("empty");
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw badResponse("not JSON", error);
  }
  if (params.normalize) value = params.normalize(value);
  const violations = validateJson(value, params.schema);
  if (violations.length > 0) {
    const first = violations[0];
    throw badResponse(`schema: ${first?.path} ${first?.problem}`);
  }
  return { value, usage: readUsage(completion.usage) };
}

/** A reply that arrived but cannot be used. */
export function badResponse(detail: string, cause?: unknown): LlmBadResponseError {
  return new LlmBadResponseError({ params: { detail }, cause });
}
