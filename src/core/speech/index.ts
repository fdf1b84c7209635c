export type { ReadingDictionary } from "./reading-dictionary";
export { DEFAULT_READINGS, DEFAULT_URL_READING } from "./reading-dictionary";
export type { SpeechOptions } from "./render-for-speech";
export { renderForSpeech } from "./render-for-speech";
