import VoiceResponse from "twilio/lib/twiml/VoiceResponse";

/** How the phone speaks: Japanese, and the configured Twilio voice if any. */
export type VoiceContext = { readonly voice: string | null };

export const GATHER_PATH = "/twilio/gather";
/** How long a transfer rings before the caller hears that nobody answered. */
const DIAL_TIMEOUT_S = 30;

/** Where a transfer goes: a number, and touch tones for an extension behind a switchboard. */
export type DialTarget = { readonly number: string; readonly sendDigits?: string };

// Every caller-influenced text goes through VoiceResponse, which escapes it: TwiML is never
// assembled from strings.
function say(
  parent: VoiceResponse | VoiceResponse.Gather,
  context: VoiceContext,
  text: string,
): void {
  const attributes: VoiceResponse.SayAttributes = { language: "ja-JP" };
  if (context.voice)
    attributes.voice = context.voice as NonNullable<VoiceResponse.SayAttributes["voice"]>;
  parent.say(attributes, text);
}

function gather(response: VoiceResponse, context: VoiceContext, prompt: string): void {
  const element = response.gather({
    input: ["speech"],
    language: "ja-JP",
    speechTimeout: "auto",
    action: GATHER_PATH,
    method: "POST",
    actionOnEmptyResult: true,
  });
  say(element, context, prompt);
}

/** Texts (already rendered for speech) said in order, then a Gather that asks `prompt` and posts to /twilio/gather. */
export function buildSayAndGather(
  context: VoiceContext,
  texts: readonly string[],
  prompt: string,
): string {
  const response = new VoiceResponse();
  for (const text of texts) say(response, context, text);
  gather(response, context, prompt);
  return response.toString();
}

/**
 * Texts said, a Dial to `target`, and — if nobody answers — `failedText` and a hang-up, so a
 * failed transfer never loops back into the AI.
 */
export function buildSayAndDial(
  context: VoiceContext,
  texts: readonly string[],
  target: DialTarget,
  failedText: string,
): string {
  const response = new VoiceResponse();
  for (const text of texts) say(response, context, text);
  const dial = response.dial({ timeout: DIAL_TIMEOUT_S });
  if (target.sendDigits) dial.number({ sendDigits: target.sendDigits }, target.number);
  else dial.number(target.number);
  say(response, context, failedText);
  response.hangup();
  return response.toString();
}

/** Texts said, then a hang-up. */
export function buildSayAndHangUp(context: VoiceContext, texts: readonly string[]): string {
  const response = new VoiceResponse();
  for (const text of texts) say(response, context, text);
  response.hangup();
  return response.toString();
}
