import { MadoguchiError } from "./MadoguchiError";

/** Configuration that cannot work (missing model, bad URL, unknown option). */
export class ConfigError extends MadoguchiError {
  override name = "ConfigError";
}
