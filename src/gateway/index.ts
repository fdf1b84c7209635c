/**
 * Citizen channels: `madoguchi gateway` — phone through Twilio webhooks, web chat and the JSON
 * turn API on the same engine, every call logged (masked) in the kintone call-log app.
 */
export type {
  GatewayConfig,
  GatewayOptions,
  TransferNumbers,
  CallLogTarget,
} from "./config/gateway-config";
export {
  readGatewayConfig,
  parseTransferNumbers,
  DEFAULT_GATEWAY_PORT,
  DEFAULT_GATEWAY_DATA_DIR,
  DEFAULT_MAX_TURNS,
} from "./config/gateway-config";
export type { OfficeHours } from "./config/office-hours";
export {
  parseOfficeHours,
  isWithinOfficeHours,
  describeOfficeHours,
  DEFAULT_OFFICE_HOURS,
} from "./config/office-hours";
export type { GatewayEngineData, TurnEngine } from "./engine/turn-engine";
export { createTurnEngine } from "./engine/turn-engine";
export type { CallLogSnapshot } from "./call-log/build-call-log-record";
export { buildCallLogSnapshot } from "./call-log/build-call-log-record";
export type { CallLogWriter } from "./call-log/kintone-call-log-writer";
export { createKintoneCallLogWriter } from "./call-log/kintone-call-log-writer";
export { DiskQueue } from "./call-log/disk-queue";
export { CallLogDelivery } from "./call-log/call-log-delivery";
export type { JsonLogger, LogFields } from "./server/json-logger";
export { createJsonLogger, SILENT_LOGGER } from "./server/json-logger";
export type { Gateway, StartGatewayParams } from "./server/start-gateway";
export { startGateway, createGatewayApp, SHUTDOWN_FLUSH_MS } from "./server/start-gateway";
export type { CallSession, Channel, TurnRecord } from "./sessions/types";
