import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import type { TestKintone } from "../helpers/local-kintone";
import { startTestKintone } from "../helpers/local-kintone";
import type { CallLogApp, TestGateway } from "./gateway-fixture";
import {
  SHIMINKA_NUMBER,
  TWILIO_TOKEN,
  createCallLogApp,
  postSigned,
  readCallLogs,
  startTestGateway,
  waitFor,
} from "./gateway-fixture";

const MY_NUMBER_UTTERANCE = "私のマイナンバーは1234 5678 9012です。手続きを進めてください";

describe("gateway phone (Twilio webhooks)", () => {
  let kintone: TestKintone;
  let app: CallLogApp;
  let gateway: TestGateway;

  beforeAll(async () => {
    kintone = await startTestKintone();
    app = await createCallLogApp(kintone);
    gateway = await startTestGateway({ kintoneUrl: kintone.url, app });
  });

  afterAll(async () => {
    await gateway.close(1000);
    await kintone.close();
  });

  describe("a signed conversation", () => {
    const call = {
      CallSid: "CA0000000000000000000000000000001",
      From: "+819011112222",
      To: "+81930000000",
    };

    it("should greet, say the AI consent notice and gather Japanese speech", async () => {
      const reply = await postSigned(gateway, "/twilio/voice", { ...call, CallStatus: "ringing" });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain(
        '<Gather input="speech" language="ja-JP" speechTimeout="auto" action="/twilio/gather"',
      );
      expect(reply.body).toContain("AIがお答え");
      expect(reply.body).toContain('<Say language="ja-JP">');
    });

    it("should answer an FAQ question with Say and gather again", async () => {
      const reply = await postSigned(gateway, "/twilio/gather", {
        ...call,
        SpeechResult: "マイナンバーカードの暗証番号を忘れました",
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain("暗証番号");
      expect(reply.body).toContain("<Gather");
      expect(reply.body).not.toContain("<Dial");
    });

    it("should transfer a My Number utterance to 市民課 with a Dial and never repeat the number", async () => {
      const reply = await postSigned(gateway, "/twilio/gather", {
        ...call,
        SpeechResult: MY_NUMBER_UTTERANCE,
      });
      expect(reply.body).toContain("個人の情報に関わるご用件");
      expect(reply.body).toMatch(
        new RegExp(`<Dial[^>]*><Number>\\${SHIMINKA_NUMBER}</Number></Dial>`),
      );
      expect(reply.body).not.toMatch(/1234|5678|9012/);
    });

    it("should write the call log with the masked transcript when the call ends", async () => {
      const reply = await postSigned(gateway, "/twilio/status", {
        ...call,
        CallStatus: "completed",
        CallDuration: "95",
      });
      expect(reply.status).toBe(204);
      const log = await waitFor(async () => {
        const logs = await readCallLogs(kintone.url, app);
        return logs.find((entry) => entry.callId === call.CallSid && entry.durationSec === 95);
        // Room for one write that hangs until the delivery's own 10 s timeout on a busy machine.
      }, 30_000);
      expect(log).toMatchObject({
        channel: "phone",
        outcome: "transfer",
        department: "市民課",
        turns: 2,
        mode: "offline",
      });
      expect(log.reasons).toContain("pii");
      expect(log.callerText).toContain("［個人番号");
      expect(log.callerText).toContain("暗証番号");
      expect(JSON.stringify(log)).not.toMatch(/1234|5678|9012|9011112222/);
    }, 60_000);

    it("should not let a webhook arriving after the end replace the final log", async () => {
      const late = await postSigned(gateway, "/twilio/gather", { ...call, SpeechResult: "住民票" });
      expect(late.body).toContain("<Hangup/>");
      await new Promise((resolve) => setTimeout(resolve, 300));
      const logs = await readCallLogs(kintone.url, app);
      expect(logs.filter((entry) => entry.callId === call.CallSid)).toEqual([
        expect.objectContaining({ turns: 2, durationSec: 95 }),
      ]);
    });

    it("should keep personal data out of the JSON logs", () => {
      const lines = gateway.logs().trim().split("\n");
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(gateway.logs()).toContain('"event":"turn"');
      expect(gateway.logs()).not.toMatch(/1234|5678|9012|9011112222|暗証番号を忘れ/);
    });
  });

  describe("signature check", () => {
    it.each([
      ["a wrong signature", "bm90LXRoZS1yaWdodC1zaWduYXR1cmU="],
      ["no signature", null],
    ])("should refuse %s with 403 and change nothing", async (_label, signature) => {
      const before = await readCallLogs(kintone.url, app);
      const health = (await (await fetch(`${gateway.url}/healthz`)).json()) as { sessions: number };
      const reply = await postSigned(
        gateway,
        "/twilio/voice",
        { CallSid: "CAforged", From: "+819000000000" },
        { signature },
      );
      expect(reply.status).toBe(403);
      const gather = await postSigned(
        gateway,
        "/twilio/gather",
        { CallSid: "CAforged", SpeechResult: "住民票" },
        { signature },
      );
      expect(gather.status).toBe(403);
      const after = (await (await fetch(`${gateway.url}/healthz`)).json()) as { sessions: number };
      expect(after.sessions).toBe(health.sessions);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await readCallLogs(kintone.url, app)).length).toBe(before.length);
    });

    it("should refuse a request signed for another URL", async () => {
      const params = { CallSid: "CAotherurl" };
      const signature = getExpectedTwilioSignature(
        TWILIO_TOKEN,
        "https://evil.example/twilio/voice",
        params,
      );
      expect((await postSigned(gateway, "/twilio/voice", params, { signature })).status).toBe(403);
    });
  });

  describe("a crisis utterance", () => {
    it("should give the emergency numbers, dial staff at most once and not loop", async () => {
      const call = { CallSid: "CA0000000000000000000000000000002" };
      await postSigned(gateway, "/twilio/voice", call);
      const reply = await postSigned(gateway, "/twilio/gather", {
        ...call,
        SpeechResult: "もう死にたいです",
      });
      expect(reply.body).toContain("いのちの電話");
      expect(reply.body).toContain("命や身の安全");
      expect(reply.body.match(/<Dial/g) ?? []).toHaveLength(1);
      expect(reply.body).not.toContain("<Gather");
      expect(reply.body).toContain("<Hangup/>");
    });
  });
});

describe("gateway phone after office hours", () => {
  // Sunday 23:00 in Japan.
  const NIGHT = new Date("2025-06-15T14:00:00Z");
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({
      env: { MADOGUCHI_OFFICE_HOURS: "mon-fri 08:30-17:15" },
      now: () => NIGHT,
    });
  });

  afterAll(async () => {
    await gateway.close(100);
  });

  it("should explain the office hours instead of transferring", async () => {
    const call = { CallSid: "CA0000000000000000000000000000003" };
    await postSigned(gateway, "/twilio/voice", call);
    const reply = await postSigned(gateway, "/twilio/gather", {
      ...call,
      SpeechResult: MY_NUMBER_UTTERANCE,
    });
    expect(reply.body).not.toContain("<Dial");
    expect(reply.body).toContain("受付時間外");
    expect(reply.body).toContain("平日の8時30分から17時15分まで");
    expect(reply.body).toContain("<Gather");
  });

  it("should give crisis numbers and hang up without a transfer at night", async () => {
    const call = { CallSid: "CA0000000000000000000000000000004" };
    await postSigned(gateway, "/twilio/voice", call);
    const reply = await postSigned(gateway, "/twilio/gather", {
      ...call,
      SpeechResult: "もう死にたいです",
    });
    expect(reply.body).toContain("いのちの電話");
    expect(reply.body).not.toContain("<Dial");
    expect(reply.body).toContain("<Hangup/>");
  });

  it("should refuse every phone request when no auth token is configured", async () => {
    const open = await startTestGateway({ env: { TWILIO_AUTH_TOKEN: "" } });
    try {
      expect((await postSigned(open, "/twilio/voice", { CallSid: "CAx" })).status).toBe(403);
    } finally {
      await open.close(100);
    }
  });
});
