import type { AnswerOptions, InquiryResult, MaskResult } from "../../core";
import { answerInquiry, answerInquiryOffline, maskPii } from "../../core";
import type { LlmService } from "../../llm";
import { createAnswerModel, createLlmService, parseLlmConfig } from "../../llm";
import { BROWSER_MESSAGES } from "../../messages/browser";
import type { PluginConfig } from "../config";
import type { KintoneApi } from "../kintone/kintone-global";
import type { PluginEngine } from "./load-engine";

/** Why an LLM-mode draft came from the offline engine instead. */
export type DraftNotice = "llm_config_invalid" | "llm_failed" | null;

export type InquiryDraft = {
  readonly result: InquiryResult;
  /** What was masked, for highlighting (offsets into the caller's words). */
  readonly mask: MaskResult;
  readonly notice: DraftNotice;
  /** Time from the click to the finished result (ms), engine loading excluded. */
  readonly elapsedMs: number;
};

/** The engine options the plugin settings decide. */
export function buildAnswerOptions(config: PluginConfig): AnswerOptions {
  return {
    mask: { publicNumbers: config.publicNumbers },
    triage: { maxTurns: config.turnLimit },
    phrases: {
      transfer: BROWSER_MESSAGES.M_ENGINE_TRANSFER,
      transferNoDepartment: BROWSER_MESSAGES.M_ENGINE_TRANSFER_NO_DEPARTMENT,
      clarify: BROWSER_MESSAGES.M_ENGINE_CLARIFY,
      clarifyTooLong: BROWSER_MESSAGES.M_ENGINE_CLARIFY_TOO_LONG,
      emergency: BROWSER_MESSAGES.M_ENGINE_EMERGENCY,
    },
    clock: () => performance.now(),
  };
}

/** The model seam bound to kintone's proxy (the key stays in the proxy config), or null offline. */
export function createPluginLlm(params: {
  config: PluginConfig;
  pluginId: string;
  kintone: KintoneApi;
}): LlmService | null {
  if (params.config.mode !== "llm") return null;
  const parsed = parseLlmConfig(params.config.llm);
  if (!parsed.ok) return null;
  return createLlmService({
    config: parsed.config,
    transport: { kind: "kintone-proxy", pluginId: params.pluginId, kintone: params.kintone },
    maskOptions: { publicNumbers: params.config.publicNumbers },
  });
}

/**
 * Drafts the answer for the caller's words: offline from the FAQ, or with the model when the
 * plugin is in LLM mode (the engine falls back to the offline answer on any model failure,
 * and this says so in `notice`).
 */
export async function draftInquiry(params: {
  text: string;
  engine: PluginEngine;
  config: PluginConfig;
  llm: LlmService | null;
}): Promise<InquiryDraft> {
  const started = performance.now();
  const options = buildAnswerOptions(params.config);
  const inquiry = {
    text: params.text,
    index: params.engine.index,
    departments: params.engine.departments,
    options,
  };
  const mask = maskPii(params.text, options.mask);
  if (params.config.mode !== "llm") {
    return {
      result: answerInquiryOffline(inquiry),
      mask,
      notice: null,
      elapsedMs: performance.now() - started,
    };
  }
  if (!params.llm) {
    const result = answerInquiryOffline(inquiry);
    return { result, mask, notice: "llm_config_invalid", elapsedMs: performance.now() - started };
  }
  const model = createAnswerModel(params.llm, { audience: "staff" });
  const result = await answerInquiry({ ...inquiry, model });
  return {
    result,
    mask,
    notice: result.fallback ? "llm_failed" : null,
    elapsedMs: performance.now() - started,
  };
}
