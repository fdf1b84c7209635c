import type { Context, Hono } from "hono";
import type { InquiryResult, ReasonCode } from "../../core";
import { renderForSpeech } from "../../core";
import type { MessageKey } from "../../messages";
import { formatMessage } from "../../messages";
import { describeOfficeHours } from "../config/office-hours";
import type { CitizenDesk } from "../server/citizen-desk";
import type { Handoff } from "../sessions/types";
import type { GatewayEngineData } from "../engine/turn-engine";
import { buildSayAndDial, buildSayAndGather, buildSayAndHangUp } from "./build-twiml";
import type { VoiceContext } from "./build-twiml";
import { resolveDialTarget } from "./resolve-dial-target";
import type { TwilioForm } from "./verify-twilio-signature";
import { readSignedTwilioForm } from "./verify-twilio-signature";

/** Prompts without speech in a row before the call is ended politely. */
const MAX_SILENT_PROMPTS = 2;
const FINAL_STATUSES = new Set(["completed", "busy", "failed", "no-answer", "canceled"]);
const REASON_PHRASES: Partial<Record<ReasonCode, MessageKey>> = {
  pii: "M_GATEWAY_REASON_PII",
  personal_status: "M_GATEWAY_REASON_PERSONAL_STATUS",
  human_requested: "M_GATEWAY_REASON_HUMAN_REQUESTED",
  complaint: "M_GATEWAY_REASON_COMPLAINT",
  other_department: "M_GATEWAY_REASON_OTHER_DEPARTMENT",
  turn_limit: "M_GATEWAY_REASON_TURN_LIMIT",
};

/** A phone reply: the TwiML and what the call led to. */
type PhoneReply = { readonly twiml: string; readonly handoff: Handoff };

/** A message in Japanese, rendered for text-to-speech (numbers read digit by digit, etc.). */
const ja = (key: MessageKey, params?: Record<string, string>) =>
  renderForSpeech(formatMessage(key, "ja", params));
/** The desk that takes emergencies when the engine named no department. */
export const EMERGENCY_DESK = "市民課";

/**
 * `POST /twilio/voice` (incoming call), `/twilio/gather` (speech recognised) and
 * `/twilio/status` (call ended). Every request must carry a valid `X-Twilio-Signature`; without
 * one the answer is 403 and nothing else happens.
 */
export function registerVoiceRoutes(app: Hono, desk: CitizenDesk, data: GatewayEngineData): void {
  const voice: VoiceContext = { voice: desk.config.voice };
  const withSignedForm =
    (handle: (c: Context, form: TwilioForm) => Promise<Response> | Response) =>
    async (c: Context) => {
      const authToken = desk.config.twilioAuthToken;
      if (!authToken) {
        desk.logger.warn("twilio.disabled", { path: c.req.path });
        return c.text(formatMessage("E_GATEWAY_PHONE_DISABLED"), 403);
      }
      const form = await readSignedTwilioForm(c, { authToken, publicUrl: desk.config.publicUrl });
      if (!form) {
        desk.logger.warn("twilio.bad_signature", { path: c.req.path });
        return c.text(formatMessage("E_GATEWAY_FORBIDDEN"), 403);
      }
      return handle(c, form);
    };
  const xml = (c: Context, twiml: string) =>
    c.body(twiml, 200, { "content-type": "text/xml; charset=utf-8" });

  app.post(
    "/twilio/voice",
    withSignedForm((c, form) => {
      const callId = form["CallSid"];
      if (!callId) return c.text("CallSid", 400);
      desk.open(callId, "phone");
      const texts = [ja("M_GATEWAY_GREETING"), ja("M_GATEWAY_CONSENT")];
      return xml(c, buildSayAndGather(voice, texts, ja("M_GATEWAY_PROMPT")));
    }),
  );

  app.post(
    "/twilio/gather",
    withSignedForm(async (c, form) => {
      const callId = form["CallSid"];
      if (!callId) return c.text("CallSid", 400);
      // A webhook that arrives after the call ended (status raced ahead) only gets a goodbye.
      if (desk.hasEnded(callId)) return xml(c, buildSayAndHangUp(voice, [ja("M_GATEWAY_GOODBYE")]));
      const session = desk.find(callId) ?? desk.open(callId, "phone");
      const speech = (form["SpeechResult"] ?? "").trim();
      if (!speech) {
        session.silentPrompts += 1;
        if (session.silentPrompts > MAX_SILENT_PROMPTS)
          return xml(c, buildSayAndHangUp(voice, [ja("M_GATEWAY_GOODBYE")]));
        return xml(
          c,
          buildSayAndGather(voice, [ja("M_GATEWAY_NO_SPEECH")], ja("M_GATEWAY_PROMPT")),
        );
      }
      session.silentPrompts = 0;
      let reply: PhoneReply | undefined;
      await desk.takeTurn(session, speech, (result) => {
        reply = replyToResult(result, { open: desk.isOfficeOpen(), desk, data, voice });
        return reply.handoff;
      });
      return xml(c, (reply as PhoneReply).twiml);
    }),
  );

  app.post(
    "/twilio/status",
    withSignedForm((c, form) => {
      const callId = form["CallSid"];
      const status = form["CallStatus"] ?? "";
      if (callId && FINAL_STATUSES.has(status)) {
        const duration = Number(form["CallDuration"]);
        desk.end(
          callId,
          `twilio:${status}`,
          Number.isFinite(duration) && duration >= 0 ? duration : undefined,
        );
      }
      return c.body(null, 204);
    }),
  );
}

/** Turns the engine's decision into what the caller hears, and what that means for the log. */
function replyToResult(
  result: InquiryResult,
  params: { open: boolean; desk: CitizenDesk; data: GatewayEngineData; voice: VoiceContext },
): PhoneReply {
  const { open, desk, data, voice } = params;
  const hours = describeOfficeHours(desk.config.officeHours);
  const another = ja("M_GATEWAY_ANOTHER");
  const target = resolveDialTarget(
    result.department,
    data.departments,
    desk.config.transferNumbers,
  );
  const department = result.department ?? "";
  switch (result.action) {
    case "answer":
    case "clarify":
      return {
        twiml: buildSayAndGather(
          voice,
          [result.speech],
          result.action === "answer" ? another : ja("M_GATEWAY_PROMPT"),
        ),
        handoff: "none",
      };
    case "emergency": {
      const contacts = result.emergencyContacts.map((c) => `${c.name} ${c.number}`).join("、");
      const guidance = ja("M_GATEWAY_EMERGENCY_PHONE", { contacts });
      // One transfer at most, and only while staff are there; the numbers are said either way.
      const fallback =
        target ?? resolveDialTarget(EMERGENCY_DESK, data.departments, desk.config.transferNumbers);
      if (open && fallback)
        return {
          twiml: buildSayAndDial(voice, [guidance], fallback, guidance),
          handoff: "transferred",
        };
      return {
        twiml: buildSayAndHangUp(voice, [guidance, ja("M_GATEWAY_GOODBYE")]),
        handoff: "staff",
      };
    }
    case "transfer": {
      const reasonKey =
        result.reasons.map((r) => REASON_PHRASES[r]).find(Boolean) ?? "M_GATEWAY_REASON_DEFAULT";
      const reason = ja(reasonKey);
      if (!open) {
        const notice = ja("M_GATEWAY_AFTER_HOURS", {
          department: department || formatMessage("M_GATEWAY_SOME_DEPARTMENT"),
          hours,
        });
        return { twiml: buildSayAndGather(voice, [reason, notice], another), handoff: "staff" };
      }
      const failed = ja("M_GATEWAY_DIAL_FAILED", { hours });
      if (!target) return { twiml: buildSayAndHangUp(voice, [reason, failed]), handoff: "staff" };
      const connecting = ja("M_GATEWAY_CONNECTING", {
        department: department || formatMessage("M_GATEWAY_SOME_STAFF"),
      });
      return {
        twiml: buildSayAndDial(voice, [reason, connecting], target, failed),
        handoff: "transferred",
      };
    }
  }
}
