/**
 * Browser entry for the plugin-path test: runs the model seam inside a real kintone record page,
 * with the page's own `kintone` global as the transport. Bundled by build-probe-bundle.ts.
 */
import type { KintonePluginProxyApi } from "../../../src/llm";
import { createAnswerModel, createLlmService, parseLlmConfig } from "../../../src/llm";

declare const kintone: KintonePluginProxyApi;

type ProbeParams = { pluginId: string; rawConfig: Record<string, string> };

async function runProbe(params: ProbeParams): Promise<unknown> {
  const parsed = parseLlmConfig(params.rawConfig);
  if (!parsed.ok) throw new Error(`config: ${JSON.stringify(parsed.errors)}`);
  const service = createLlmService({
    config: parsed.config,
    transport: { kind: "kintone-proxy", pluginId: params.pluginId, kintone },
  });
  const draft = await createAnswerModel(service, { audience: "citizen" }).draftAnswer({
    messages: [
      { role: "system", content: "[MN-001] マイナンバーカードの更新は市民課の窓口で行います。" },
      {
        role: "user",
        content: "山田と申します。携帯は090-1234-5678です。カードの更新はどこでできますか",
      },
    ],
    citableIds: ["MN-001"],
    promptVersion: "answer-browser-test",
  });
  const audio = new Blob([new Uint8Array([82, 73, 70, 70, 1, 2, 3])], { type: "audio/wav" });
  const transcript = await service.transcribeAudio({
    audio,
    filename: "call.wav",
    mimeType: "audio/wav",
    audience: "staff",
  });
  const embedding = await service.embed({ inputs: ["カードの更新"] });
  let blockedCode: string | null = null;
  try {
    await service.classifyTriage({
      text: "マイナンバーは123456789018です",
      departments: ["市民課"],
    });
  } catch (error) {
    blockedCode = (error as { code?: string }).code ?? "unknown";
  }
  return JSON.parse(
    JSON.stringify({ draft, transcript, vectors: embedding.vectors.length, blockedCode }),
  );
}

(window as unknown as { madoguchiProbe: typeof runProbe }).madoguchiProbe = runProbe;
