import type { TestGateway } from "./gateway-fixture";
import { startTestGateway } from "./gateway-fixture";

type TurnReply = {
  sessionId: string;
  turn: number;
  input: string;
  masked: string;
  action: string;
  department: string | null;
  reasons: string[];
  answer: string;
  citations: string[];
  extension: string | null;
  phone: string | null;
  emergencyContacts: { name: string; number: string }[];
  error?: string;
};

async function turn(
  gateway: TestGateway,
  body: unknown,
): Promise<{ status: number; reply: TurnReply }> {
  const response = await fetch(`${gateway.url}/api/turn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, reply: (await response.json()) as TurnReply };
}

describe("gateway web chat", () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({ override: { turnsPerMinute: 8 } });
  });

  afterAll(async () => {
    await gateway.close(100);
  });

  describe("POST /api/turn", () => {
    it("should answer with the answer JSON and a new session id", async () => {
      const { status, reply } = await turn(gateway, {
        text: "マイナンバーカードの更新はどうすればいいですか",
      });
      expect(status).toBe(200);
      expect(reply.sessionId).toMatch(/^chat-[0-9a-f-]{36}$/);
      expect(reply).toMatchObject({ turn: 1, action: "answer", department: "市民課" });
      expect(reply.citations.length).toBe(1);
    });

    it("should use the previous question for a short follow-up", async () => {
      const first = await turn(gateway, { text: "マイナンバーカードの更新はどうすればいいですか" });
      const followUp = await turn(gateway, { sessionId: first.reply.sessionId, text: "手数料は?" });
      const alone = await turn(gateway, { text: "手数料は?" });
      expect(followUp.reply.sessionId).toBe(first.reply.sessionId);
      expect(followUp.reply.turn).toBe(2);
      expect(followUp.reply.action).toBe("answer");
      expect(followUp.reply.answer).toContain("更新");
      expect(followUp.reply.citations).not.toEqual(alone.reply.citations);
      expect(followUp.reply.input).toBe("手数料は?");
    });

    it("should mask personal data in what it returns and transfer with the department's contact", async () => {
      const { reply } = await turn(gateway, { text: "私のマイナンバーは1234 5678 9012です" });
      expect(reply.action).toBe("transfer");
      expect(reply.reasons).toContain("pii");
      expect(reply).toMatchObject({
        department: "市民課",
        extension: "1101",
        phone: "+81930000101",
      });
      expect(JSON.stringify(reply)).not.toMatch(/1234|5678|9012/);
    });

    it("should show the emergency numbers for a crisis", async () => {
      const { reply } = await turn(gateway, { text: "もう死にたいです" });
      expect(reply.action).toBe("emergency");
      expect(reply.emergencyContacts.map((c) => c.number)).toContain("119");
    });

    it("should hand over to staff after the turn limit (5)", async () => {
      let sessionId: string | undefined;
      const replies: TurnReply[] = [];
      for (let index = 0; index < 6; index += 1) {
        const { reply } = await turn(gateway, {
          sessionId,
          text: "マイナンバーカードの暗証番号を忘れました",
        });
        sessionId = reply.sessionId;
        replies.push(reply);
      }
      expect(replies.map((reply) => reply.action)).toEqual([
        "answer",
        "answer",
        "answer",
        "answer",
        "answer",
        "transfer",
      ]);
      expect(replies[5]?.reasons).toContain("turn_limit");
      expect(replies[5]?.turn).toBe(6);
    });

    it("should rate-limit one session", async () => {
      let sessionId: string | undefined;
      const statuses: number[] = [];
      for (let index = 0; index < 9; index += 1) {
        const { status, reply } = await turn(gateway, {
          sessionId,
          text: "住民票はどこで取れますか",
        });
        sessionId = reply.sessionId ?? sessionId;
        statuses.push(status);
      }
      expect(statuses.slice(0, 8).every((status) => status === 200)).toBe(true);
      expect(statuses[8]).toBe(429);
    });

    it.each([
      ["not JSON", "{text:", 400],
      ["no text", { sessionId: null }, 400],
      ["blank text", { text: "   " }, 400],
      ["text over 500 characters", { text: "あ".repeat(501) }, 413],
      ["a body over 8 KB", JSON.stringify({ text: "a".repeat(9000) }), 413],
      ["a non-string session id", { sessionId: 42, text: "住民票" }, 400],
    ])("should refuse %s", async (_label, body, expected) => {
      const { status, reply } = await turn(gateway, body);
      expect(status).toBe(expected);
      expect(reply.error).toEqual(expect.any(String));
    });

    it("should not let a client pick a session id", async () => {
      const { reply } = await turn(gateway, {
        sessionId: "chat-chosen-by-client",
        text: "住民票はどこで取れますか",
      });
      expect(reply.sessionId).not.toBe("chat-chosen-by-client");
    });
  });

  describe("GET /chat", () => {
    it("should serve a Japanese page with the AI notice, a strict CSP and no inline script", async () => {
      const response = await fetch(`${gateway.url}/chat`);
      const html = await response.text();
      expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(html).toContain('<html lang="ja">');
      expect(html).toContain("回答はAIが作成しています");
      expect(html).toContain("個人情報は入力しないでください");
      expect(html).not.toMatch(/<script>(?!<\/script>)/);
      const script = await (await fetch(`${gateway.url}/chat.js`)).text();
      expect(script).toContain("textContent");
      expect(script).not.toContain("innerHTML");
    });
  });

  describe("GET /healthz", () => {
    it("should report status, sessions and the queue length", async () => {
      const body = (await (await fetch(`${gateway.url}/healthz`)).json()) as Record<
        string,
        unknown
      >;
      expect(body).toMatchObject({
        status: "ok",
        queued: expect.any(Number),
        sessions: expect.any(Number),
      });
    });
  });
});
