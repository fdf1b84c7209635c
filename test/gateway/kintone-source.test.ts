import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { createGatewayCommand } from "../../src/cli/commands/gateway";
import type { CliIo } from "../../src/cli/io";
import { createLocalServerHooks, openKintone, runSetup } from "../../src/kintone";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import { makeTempDir, readCallLogs, waitFor } from "./gateway-fixture";

const SAMPLES = join(__dirname, "..", "..", "samples");

describe("madoguchi gateway reading the kintone apps", () => {
  let kintone: TestKintone;
  const work = makeTempDir();
  let apps: Record<string, string>;
  let token: string;

  beforeAll(async () => {
    kintone = await startTestKintone();
    const api = openKintone({ baseUrl: kintone.url, auth: { kind: "password", ...kintone.admin } });
    const result = await runSetup({
      api,
      cwd: work.dir,
      plugin: false,
      faqCsv: join(SAMPLES, "mynumber-faq.csv"),
      departmentsCsv: join(SAMPLES, "departments.csv"),
      hooks: createLocalServerHooks(kintone.context),
    });
    apps = result.apps;
    token = result.tokens?.tokens.gateway?.callLog ?? "";
  }, 60_000);

  afterAll(async () => {
    await kintone.close();
    work.remove();
  });

  it("should answer from the FAQ app and log with setup's gateway token", async () => {
    let stop: () => void = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    let stderr = "";
    const errors = new PassThrough();
    errors.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const io: CliIo = {
      stdin: Readable.from([]),
      stdout: new PassThrough().resume(),
      stderr: errors,
      env: { KINTONE_BASE_URL: kintone.url },
      cwd: work.dir,
    };
    const command = createGatewayCommand(() => stopped);
    const running = command.run(
      ["--port", "0", "--offline", "--data", join(work.dir, "gateway")],
      io,
    );
    const url = await waitFor(async () => /Gateway started: (\S+) /.exec(stderr)?.[1], 30_000);
    const response = await fetch(`${url}/api/turn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "マイナンバーカードの暗証番号を忘れました" }),
    });
    const reply = (await response.json()) as {
      action: string;
      citations: string[];
      sessionId: string;
    };
    expect(reply.action).toBe("answer");
    expect(reply.citations[0]).toMatch(/^MN-/);
    stop();
    await expect(running).resolves.toBe(0);
    const logs = await readCallLogs(kintone.url, { appId: apps["callLog"] as string, token });
    expect(logs.find((log) => log.callId === reply.sessionId)).toMatchObject({
      channel: "chat",
      turns: 1,
    });
  }, 60_000);
});
