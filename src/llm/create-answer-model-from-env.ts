import type { AnswerModel } from "../core/answer";
import type { MaskOptions } from "../core/pii";
import { createLlmServiceFromEnv } from "./create-llm-service-from-env";
import { createAnswerModel } from "./llm-service";

/**
 * The model `madoguchi answer` uses: null when no model is configured (offline mode),
 * otherwise an {@link AnswerModel} over the SDK's own fetch with the key from the environment.
 * @throws ConfigError when a model is configured but unusable (bad URL, missing key, …)
 */
export function createAnswerModelFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  options: { maskOptions?: MaskOptions } = {},
): AnswerModel | null {
  const service = createLlmServiceFromEnv(env, options);
  return service ? createAnswerModel(service) : null;
}
