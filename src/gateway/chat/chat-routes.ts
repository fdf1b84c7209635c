import { randomUUID } from "node:crypto";
import type { Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { InquiryResult } from "../../core";
import { formatBilingual } from "../../messages";
import type { GatewayEngineData } from "../engine/turn-engine";
import type { CitizenDesk } from "../server/citizen-desk";
import { allowTurn } from "../sessions/session-store";
import { CHAT_CSS, renderChatPage } from "./chat-page";
import { CHAT_SCRIPT } from "./chat-script";

/** Request bodies above this are refused before they are read (a question is far shorter). */
export const MAX_TURN_BODY_BYTES = 8 * 1024;

const PAGE_HEADERS = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

/**
 * `GET /chat` (the page), `/chat.js`, `/chat.css` and `POST /api/turn` `{sessionId?, text}` →
 * the `madoguchi answer` result for the citizen (personal data masked, never restored) plus
 * `sessionId`, `turn` and the department's phone number on a transfer.
 */
export function registerChatRoutes(app: Hono, desk: CitizenDesk, data: GatewayEngineData): void {
  const page = renderChatPage({ maxInputChars: desk.config.maxInputChars });
  app.get("/chat", (c) => c.html(page, 200, PAGE_HEADERS));
  app.get("/chat.js", (c) =>
    c.body(CHAT_SCRIPT, 200, { ...PAGE_HEADERS, "content-type": "text/javascript; charset=utf-8" }),
  );
  app.get("/chat.css", (c) =>
    c.body(CHAT_CSS, 200, { ...PAGE_HEADERS, "content-type": "text/css; charset=utf-8" }),
  );

  app.post(
    "/api/turn",
    bodyLimit({
      maxSize: MAX_TURN_BODY_BYTES,
      onError: (c) =>
        fail(c, 413, formatBilingual("E_GATEWAY_TOO_LARGE", { max: desk.config.maxInputChars })),
    }),
    async (c) => {
      const parsed = parseTurnRequest(await c.req.text(), desk.config.maxInputChars);
      if ("error" in parsed) return fail(c, parsed.status, parsed.error);
      const existing = parsed.sessionId ? desk.find(parsed.sessionId) : undefined;
      const session = existing ?? desk.open(`chat-${randomUUID()}`, "chat");
      if (!allowTurn(session, desk.now().getTime(), desk.config.turnsPerMinute)) {
        desk.logger.warn("chat.rate_limited", { callId: session.id });
        return fail(c, 429, formatBilingual("E_GATEWAY_RATE_LIMITED"));
      }
      const result = await desk.takeTurn(session, parsed.text, (r) =>
        r.action === "transfer" ? "transferred" : r.action === "emergency" ? "staff" : "none",
      );
      return c.json(
        {
          sessionId: session.id,
          turn: session.turns.length,
          ...toCitizenResult(result, desk, data),
        },
        200,
        { "cache-control": "no-store" },
      );
    },
  );

  app.post("/api/end", async (c) => {
    const parsed = parseTurnRequest(await c.req.text(), desk.config.maxInputChars, false);
    if (!("error" in parsed) && parsed.sessionId?.startsWith("chat-"))
      desk.end(parsed.sessionId, "chat:closed");
    return c.body(null, 204);
  });
}

type TurnRequest = { readonly sessionId: string | null; readonly text: string };
type TurnRequestError = { readonly error: string; readonly status: 400 | 413 };

/** Parses `{sessionId?, text}` from an untrusted body. */
export function parseTurnRequest(
  body: string,
  maxChars: number,
  needText = true,
): TurnRequest | TurnRequestError {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { error: formatBilingual("E_GATEWAY_BAD_REQUEST", { detail: "JSON" }), status: 400 };
  }
  if (typeof value !== "object" || value === null)
    return { error: formatBilingual("E_GATEWAY_BAD_REQUEST", { detail: "object" }), status: 400 };
  const { sessionId, text } = value as Record<string, unknown>;
  if (
    sessionId !== undefined &&
    sessionId !== null &&
    (typeof sessionId !== "string" || sessionId.length > 100)
  ) {
    return {
      error: formatBilingual("E_GATEWAY_BAD_REQUEST", { detail: "sessionId" }),
      status: 400,
    };
  }
  const cleanText = typeof text === "string" ? text.trim() : "";
  if (needText && !cleanText)
    return { error: formatBilingual("E_GATEWAY_BAD_REQUEST", { detail: "text" }), status: 400 };
  if (cleanText.length > maxChars)
    return { error: formatBilingual("E_GATEWAY_TOO_LARGE", { max: maxChars }), status: 413 };
  return { sessionId: typeof sessionId === "string" ? sessionId : null, text: cleanText };
}

/**
 * The answer JSON for a citizen: the DESIGN.md fields, with `input` replaced by the masked text
 * (nothing personal is echoed back or kept), plus the transfer's contact details.
 */
function toCitizenResult(result: InquiryResult, desk: CitizenDesk, data: GatewayEngineData) {
  const department = data.departments.find((d) => d.name === result.department);
  const phone = result.department
    ? (desk.config.transferNumbers.departments.get(result.department) ??
      desk.config.transferNumbers.switchboard)
    : null;
  return {
    input: result.masked,
    masked: result.masked,
    action: result.action,
    department: result.department,
    reasons: result.reasons,
    answer: result.answer,
    speech: result.speech,
    citations: result.citations,
    confidence: result.confidence,
    mode: result.mode,
    promptTokens: result.promptTokens,
    language: result.language,
    extension: department?.extension || null,
    phone: phone ?? null,
    emergencyContacts: result.emergencyContacts,
  };
}

function fail(c: Context, status: 400 | 413 | 429, error: string): Response {
  return c.json({ error }, status);
}
