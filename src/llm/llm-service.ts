import type { AnswerDraftRequest, AnswerModel } from "../core/answer";
import type { MaskOptions } from "../core/pii";
import type { LlmTransport } from "./create-openai-client";
import { chatModelName, createOpenAiClient } from "./create-openai-client";
import type { LlmConfig, LlmProvider } from "./llm-config";
import type { LlmContext } from "./llm-context";
import { classifyTriage } from "./operations/classify-triage";
import { draftAnswer } from "./operations/draft-answer";
import { embedTexts } from "./operations/embed-texts";
import { summarizeTranscript } from "./operations/summarize-transcript";
import { transcribeAudio } from "./operations/transcribe-audio";
import type { Audience } from "./pii-guard";

type OperationParams<F> = F extends (
  context: LlmContext,
  params: infer P,
  ...rest: never[]
) => unknown
  ? P
  : never;

/** Every model operation madoguchi uses, bound to one configuration and transport. */
export type LlmService = {
  readonly provider: LlmProvider;
  readonly model: string;
  readonly config: LlmConfig;
  draftAnswer(
    request: AnswerDraftRequest,
    options: { audience: Audience; signal?: AbortSignal },
  ): ReturnType<typeof draftAnswer>;
  summarizeTranscript(
    params: OperationParams<typeof summarizeTranscript>,
  ): ReturnType<typeof summarizeTranscript>;
  classifyTriage(params: OperationParams<typeof classifyTriage>): ReturnType<typeof classifyTriage>;
  transcribeAudio(
    params: OperationParams<typeof transcribeAudio>,
  ): ReturnType<typeof transcribeAudio>;
  embed(params: OperationParams<typeof embedTexts>): ReturnType<typeof embedTexts>;
};

/**
 * Creates the model seam for one configuration: Node passes `{kind: "node", apiKey}`, the
 * plugin passes `{kind: "kintone-proxy", pluginId, kintone}`.
 */
export function createLlmService(params: {
  config: LlmConfig;
  transport: LlmTransport;
  maskOptions?: MaskOptions;
}): LlmService {
  const context: LlmContext = {
    client: createOpenAiClient(params.config, params.transport),
    config: params.config,
    maskOptions: params.maskOptions ?? {},
  };
  return {
    provider: params.config.provider,
    model: chatModelName(params.config),
    config: params.config,
    draftAnswer: (request, options) => draftAnswer(context, request, options),
    summarizeTranscript: (operation) => summarizeTranscript(context, operation),
    classifyTriage: (operation) => classifyTriage(context, operation),
    transcribeAudio: (operation) => transcribeAudio(context, operation),
    embed: (operation) => embedTexts(context, operation),
  };
}

/**
 * Adapts the service to the engine's {@link AnswerModel} contract.
 * @param options.audience who reads the answer; placeholders are restored only for staff
 * @default audience "citizen"
 */
export function createAnswerModel(
  service: LlmService,
  options: { audience?: Audience } = {},
): AnswerModel {
  const audience = options.audience ?? "citizen";
  return {
    provider: service.provider,
    model: service.model,
    async draftAnswer(request, signal) {
      const { reply, meta } = await service.draftAnswer(request, {
        audience,
        ...(signal ? { signal } : {}),
      });
      return { reply, usage: meta.usage, latencyMs: meta.latencyMs, meta };
    },
  };
}
