import type { MaskOptions } from "../core/pii";
import { llmConfigFromEnv } from "./llm-config-from-env";
import type { LlmService } from "./llm-service";
import { createLlmService } from "./llm-service";

/**
 * The model seam for Node (CLI, gateway): the SDK's own fetch with the key from the environment.
 * @returns null when no model is configured (offline mode)
 * @throws ConfigError when a model is configured but unusable (bad URL, missing key, …)
 */
export function createLlmServiceFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  options: { maskOptions?: MaskOptions } = {},
): LlmService | null {
  const settings = llmConfigFromEnv(env);
  if (!settings) return null;
  // The city's published numbers (e.g. 093-582-xxxx in FAQ answers) must stay readable.
  const publicNumbers = (env["MADOGUCHI_PUBLIC_NUMBERS"] ?? "")
    .split(",")
    .map((number) => number.trim())
    .filter((number) => number !== "");
  return createLlmService({
    config: settings.config,
    transport: { kind: "node", apiKey: settings.apiKey },
    maskOptions: {
      ...options.maskOptions,
      publicNumbers: [...(options.maskOptions?.publicNumbers ?? []), ...publicNumbers],
    },
  });
}
