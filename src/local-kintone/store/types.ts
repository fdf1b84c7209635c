/** A form field property as kintone's fields.json returns it (keys vary by type). */
export type FieldProperty = {
  type: string;
  code: string;
  label: string;
  [key: string]: unknown;
};

/** A customization resource as stored and returned (FILE resources carry download keys). */
export type CustomizeResource =
  | { type: "URL"; url: string }
  | { type: "FILE"; file: { fileKey: string; name: string; contentType: string; size: string } };

export type CustomizeSettings = {
  scope: "ALL" | "ADMIN" | "NONE";
  desktop: { js: CustomizeResource[]; css: CustomizeResource[] };
  mobile: { js: CustomizeResource[]; css: CustomizeResource[] };
};

/** One stage (pre-live or live) of an app's settings. */
export type AppSettings = {
  name: string;
  description: string;
  properties: Record<string, FieldProperty>;
  layout: unknown[];
  customize: CustomizeSettings;
  /** Plugin ids enabled in the app, in the order they were added. */
  plugins: string[];
};

/** An app row: metadata plus both settings stages. */
export type StoredApp = {
  id: number;
  createdAt: string;
  creator: string;
  modifiedAt: string;
  modifier: string;
  revision: number;
  /** False until the first deploy: such an app exists only in pre-live. */
  deployed: boolean;
  deployStatus: string;
  preview: AppSettings;
  live: AppSettings;
};

export type Stage = "preview" | "live";

/** A stored record: normalised values by field code, plus the system values. */
export type StoredRecord = {
  id: number;
  revision: number;
  creator: string;
  createdAt: string;
  modifier: string;
  updatedAt: string;
  /** Values of ordinary fields by code (SUBTABLE rows as `{id, value:{code: value}}`). */
  values: Record<string, unknown>;
};
