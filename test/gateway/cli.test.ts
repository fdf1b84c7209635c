import { spawn } from "node:child_process";
import { join } from "node:path";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import type { CallLogApp } from "./gateway-fixture";
import { createCallLogApp, makeTempDir, readCallLogs } from "./gateway-fixture";

const ROOT = join(__dirname, "..", "..");

describe("madoguchi gateway (command)", () => {
  let kintone: TestKintone;
  let app: CallLogApp;
  const data = makeTempDir();

  beforeAll(async () => {
    kintone = await startTestKintone();
    app = await createCallLogApp(kintone);
  });

  afterAll(async () => {
    await kintone.close();
    data.remove();
  });

  it("should serve chat, log to kintone and flush the log on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(ROOT, "test/helpers/run-madoguchi.ts"),
        "gateway",
        "--port",
        "0",
        "--offline",
        "--faq",
        "samples/mynumber-faq.csv",
        "--departments",
        "samples/departments.csv",
        "--data",
        data.dir,
      ],
      {
        cwd: ROOT,
        env: {
          PATH: process.env["PATH"] ?? "",
          KINTONE_BASE_URL: kintone.url,
          MADOGUCHI_CALL_LOG_APP_ID: app.appId,
          MADOGUCHI_CALL_LOG_API_TOKEN: app.token,
        },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code)),
    );
    const url = await new Promise<string>((resolve, reject) => {
      const deadline = setTimeout(() => {
        clearInterval(timer);
        reject(new Error(`gateway did not start: ${stderr}`));
      }, 40_000);
      const timer = setInterval(() => {
        const match = /Gateway started: (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (match?.[1]) {
          clearInterval(timer);
          clearTimeout(deadline);
          resolve(match[1]);
        }
      }, 50);
    });
    expect(stderr).toContain("TWILIO_AUTH_TOKEN");

    const response = await fetch(`${url}/api/turn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: "電話番号は090-1234-5678です。マイナンバーカードの受け取りに必要なものは?",
      }),
    });
    const { sessionId } = (await response.json()) as { sessionId: string };

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/Call logs still queued: 0/);
    const logs = await readCallLogs(kintone.url, app);
    const log = logs.find((entry) => entry.callId === sessionId);
    expect(log).toMatchObject({ channel: "chat", turns: 1 });
    expect(log?.callerText).not.toContain("1234-5678");
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { event: string });
    expect(lines.map((line) => line.event)).toEqual(
      expect.arrayContaining(["gateway.start", "turn", "session.end", "gateway.stop"]),
    );
    expect(stdout).not.toMatch(/1234|5678|受け取り/);
  }, 60_000);
});
