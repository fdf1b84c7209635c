/**
 * The pure engine (no DOM, kintone, network, timers or Node modules): one line per area.
 * Each area's own index.ts lists its public names explicitly.
 */
export * from "./text";
export * from "./pii";
export * from "./csv";
export * from "./faq";
export * from "./search";
export * from "./triage";
export * from "./speech";
export * from "./answer";
export * from "./eval";
export * from "./summary";
export * from "./metrics";
