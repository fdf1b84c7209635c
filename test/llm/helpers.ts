import type { LlmConfig } from "../../src/llm";
import { parseLlmConfig } from "../../src/llm";

/** A valid configuration pointing at a local test server, with overrides. */
export function buildTestConfig(overrides: Record<string, unknown>): LlmConfig {
  const parsed = parseLlmConfig({ provider: "compatible", model: "test-model", ...overrides });
  if (!parsed.ok) throw new Error(`bad test config: ${JSON.stringify(parsed.errors)}`);
  return parsed.config;
}
