import type { Context } from "hono";
import { validateRequest } from "twilio/lib/webhooks/webhooks";

/** A Twilio webhook's form parameters, after its signature checked out. */
export type TwilioForm = Readonly<Record<string, string>>;

/**
 * Reads the form body and checks `X-Twilio-Signature` with the auth token: Twilio signs the URL
 * it called (the public base URL + path + query) followed by the sorted POST parameters.
 * @returns the parameters, or null when the signature is missing or wrong
 * @see https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
export async function readSignedTwilioForm(
  c: Context,
  params: { readonly authToken: string; readonly publicUrl: string | null },
): Promise<TwilioForm | null> {
  const signature = c.req.header("x-twilio-signature");
  if (!signature) return null;
  const requestUrl = new URL(c.req.url);
  const base = params.publicUrl ?? requestUrl.origin;
  const signedUrl = `${base}${requestUrl.pathname}${requestUrl.search}`;
  const form: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(await c.req.text())) form[key] = value;
  return validateRequest(params.authToken, signature, signedUrl, form) ? form : null;
}
