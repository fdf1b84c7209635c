export type { PiiType, PiiClass, PiiEntity, MaskOptions, MaskResult } from "./types";
export { PII_CLASS, PII_LABEL_JA } from "./types";
export { maskPii } from "./mask-pii";
export { unmaskPii } from "./unmask-pii";
