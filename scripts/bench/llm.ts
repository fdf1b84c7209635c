/**
 * Model-seam benchmark: what `src/llm` adds to a model call, measured against the local
 * OpenAI-compatible test server (so the model itself costs ~0 ms):
 *   - the personal-information guard on a realistic answer prompt (5 FAQ entries + utterance),
 *   - a whole draftAnswer call on the Node path (SDK, guard, schema check),
 *   - the same call through the local kintone plugin proxy (as a record page makes it).
 *   npx tsx scripts/bench/llm.ts      (or `npm run bench -- llm`)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFaqCsv } from "../../src/core/faq";
import type { LlmService } from "../../src/llm";
import {
  buildProxyConfigEntries,
  createLlmService,
  createPiiGuard,
  parseLlmConfig,
} from "../../src/llm";
import {
  createApp,
  deployApp,
  savePlugin,
  updatePreviewSettings,
} from "../../src/local-kintone/store";
import { startTestKintone } from "../../test/helpers/local-kintone";
import { startOpenAiTestServer } from "../../test/helpers/openai-test-server";
import { PII_LINES } from "../../test/llm/fixtures/pii-lines";
import {
  createPageKintone,
  logIn,
  openPage,
  setProxyConfigFromSettingsPage,
} from "../../test/llm/kintone-page-client";
import { findRepoRoot } from "../repo-root";

export const name = "llm";

const GUARD_ROUNDS = 2000;
const CALLS = 100;
const PLUGIN_ID = "abcdefghijklmnopabcdefghijklmnop";

export async function run(): Promise<void> {
  const root = findRepoRoot();
  const faqText = readFileSync(join(root, "samples", "mynumber-faq.csv"), "utf8");
  const entries = parseFaqCsv(faqText).entries;
  const utterances = PII_LINES.filter((line) => !line.block).map((line) => line.text);
  const prompts = utterances.map((text, index) => {
    const top = entries.slice(index % 20, (index % 20) + 5);
    const system = top
      .map((entry) => `[${entry.id}] ${entry.question}\n${entry.answer}`)
      .join("\n\n");
    return { system, user: text, citableIds: top.map((entry) => entry.id) };
  });

  const guardTimes: number[] = [];
  let bytes = 0;
  for (let round = 0; round < GUARD_ROUNDS; round += 1) {
    const prompt = prompts[round % prompts.length];
    if (!prompt) continue;
    const started = performance.now();
    const guard = createPiiGuard();
    guard.protect(prompt.system);
    guard.protect(prompt.user);
    guardTimes.push(performance.now() - started);
    bytes += Buffer.byteLength(prompt.system) + Buffer.byteLength(prompt.user);
  }
  const guardSeconds = guardTimes.reduce((sum, time) => sum + time, 0) / 1000;
  console.log(
    `guard: ${GUARD_ROUNDS} answer prompts (avg ${Math.round(bytes / GUARD_ROUNDS)} bytes)`,
  );
  console.log(
    `  per prompt p50 ${percentile(guardTimes, 50).toFixed(2)} ms, p95 ${percentile(guardTimes, 95).toFixed(2)} ms, ${(bytes / 1024 / 1024 / guardSeconds).toFixed(2)} MB/s`,
  );

  const server = await startOpenAiTestServer();
  const kintone = await startTestKintone();
  try {
    const parsed = parseLlmConfig({
      provider: "compatible",
      baseUrl: server.baseUrl,
      model: "bench",
      maxRetries: 0,
    });
    if (!parsed.ok) throw new Error("bad config");
    const config = parsed.config;
    const node = createLlmService({ config, transport: { kind: "node", apiKey: "sk-bench" } });
    await report("node path draftAnswer", node, prompts);

    savePlugin(kintone.context, {
      id: PLUGIN_ID,
      version: "1",
      manifest: {
        manifest_version: 1,
        version: 1,
        type: "APP",
        name: { en: "bench" },
        icon: "image/icon.png",
      },
      files: new Map(),
    });
    const appId = createApp(kintone.context, { name: "bench", creator: kintone.admin.username });
    updatePreviewSettings(kintone.context, {
      appId,
      user: kintone.admin.username,
      update: (settings) => {
        settings.plugins = [PLUGIN_ID];
      },
    });
    deployApp(kintone.context, appId);
    const adminCookie = await logIn(kintone.url, kintone.admin.username, kintone.admin.password);
    const settings = await openPage(
      kintone.url,
      adminCookie,
      `/k/admin/app/${appId}/plugin/config?pluginId=${PLUGIN_ID}`,
    );
    for (const entry of buildProxyConfigEntries(config, "sk-bench"))
      await setProxyConfigFromSettingsPage(settings, entry);
    const staffCookie = await logIn(kintone.url, kintone.staff.username, kintone.staff.password);
    const page = await openPage(kintone.url, staffCookie, `/k/${appId}/`);
    const proxied = createLlmService({
      config,
      transport: { kind: "kintone-proxy", pluginId: PLUGIN_ID, kintone: createPageKintone(page) },
    });
    await report("kintone plugin proxy draftAnswer", proxied, prompts);
  } finally {
    await Promise.all([server.close(), kintone.close()]);
  }
}

async function report(
  label: string,
  service: LlmService,
  prompts: readonly { system: string; user: string; citableIds: string[] }[],
): Promise<void> {
  const times: number[] = [];
  for (let call = 0; call < CALLS + 10; call += 1) {
    const prompt = prompts[call % prompts.length];
    if (!prompt) continue;
    const started = performance.now();
    await service.draftAnswer(
      {
        messages: [
          { role: "system", content: prompt.system },
          { role: "user", content: prompt.user },
        ],
        citableIds: prompt.citableIds,
        promptVersion: "bench",
      },
      { audience: "citizen" },
    );
    if (call >= 10) times.push(performance.now() - started); // the first 10 warm up
  }
  console.log(`${label}: ${CALLS} calls against the local test server`);
  console.log(
    `  per call p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
  );
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
