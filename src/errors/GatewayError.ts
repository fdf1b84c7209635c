import { MadoguchiError } from "./MadoguchiError";

/** A citizen-channel failure (`madoguchi gateway`): bad configuration, bad request, rate limit. */
export class GatewayError extends MadoguchiError {
  override name = "GatewayError";
}

/** True for errors of the gateway. */
export function isGatewayError(error: unknown): error is GatewayError {
  return error instanceof GatewayError;
}
