import { toFile } from "openai";
import type { LlmContext, LlmResultMeta } from "../llm-context";
import { buildMeta } from "../llm-context";
import { mapLlmError } from "../map-error";
import type { Audience } from "../pii-guard";
import { createPiiGuard } from "../pii-guard";
import { TRANSCRIBE_PROMPT_VERSION } from "../prompts";
import { badResponse } from "../request-structured";

export type TranscriptOutcome = {
  /** What the caller may show: the transcript for staff, the masked transcript otherwise. */
  readonly text: string;
  /** The transcript with personal information masked: the only form to send on to a model. */
  readonly masked: string;
  /** Block-class types found (My Number, …): sending this on would be refused. */
  readonly blockedTypes: readonly string[];
  readonly meta: LlmResultMeta;
};

/**
 * Transcribes Japanese speech (`language: "ja"`). The audio itself must reach the model; what
 * comes back is masked before it is returned, since callers may send it on (e.g. to summarize).
 * An optional `prompt` (vocabulary hint) is masked like any outgoing text.
 */
export async function transcribeAudio(
  context: LlmContext,
  params: {
    audio: Blob | Uint8Array | ArrayBuffer;
    filename: string;
    mimeType?: string;
    prompt?: string;
    audience: Audience;
    signal?: AbortSignal;
  },
): Promise<TranscriptOutcome> {
  const startedAt = performance.now();
  const guard = createPiiGuard(context.maskOptions);
  const prompt = params.prompt ? guard.protectAll([params.prompt])[0] : undefined;
  const model = context.config.transcriptionModel;
  let transcription;
  try {
    const file = await toFile(params.audio, buildUploadName(params.filename), {
      type: params.mimeType ?? "audio/webm",
    });
    transcription = await context.client.audio.transcriptions.create(
      { file, model, language: "ja", response_format: "json", ...(prompt ? { prompt } : {}) },
      params.signal ? { signal: params.signal } : undefined,
    );
  } catch (error) {
    throw mapLlmError(error, context.config);
  }
  const transcript = typeof transcription?.text === "string" ? transcription.text.trim() : "";
  if (!transcript) throw badResponse("empty transcript");
  const { masked, blockedTypes } = guard.screen(transcript);
  const usage = readTranscriptionUsage(transcription);
  return {
    text: params.audience === "staff" ? transcript : masked,
    masked,
    blockedTypes,
    meta: buildMeta({
      context,
      model,
      promptVersion: TRANSCRIBE_PROMPT_VERSION,
      startedAt,
      usage,
      piiMasked: guard.stats.masked,
    }),
  };
}

/**
 * Recording file names often carry a caller's name or number (山田太郎_090….wav): only the
 * extension, which tells the endpoint the audio format, is sent.
 */
function buildUploadName(filename: string): string {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(filename)?.[1]?.toLowerCase();
  return extension ? `audio.${extension}` : "audio";
}

function readTranscriptionUsage(transcription: unknown) {
  const usage = (transcription as { usage?: { input_tokens?: number; output_tokens?: number } })
    .usage;
  if (!usage || typeof usage.input_tokens !== "number") return null;
  return { promptTokens: usage.input_tokens, completionTokens: usage.output_tokens ?? 0 };
}
