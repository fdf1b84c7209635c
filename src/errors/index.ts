export { MadoguchiError, isMadoguchiError } from "./MadoguchiError";
export { ConfigError } from "./ConfigError";
