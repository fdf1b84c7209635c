/**
 * The data a shell page hands to its client bundle, embedded as JSON in the page. Shared by the
 * server (which fills it) and the browser bundle (which reads it), so it holds types only.
 */
export type ShellPage = "portal" | "index" | "detail" | "create" | "edit" | "plugin-config";

/** The fields of `kintone.getLoginUser()`. */
export type BootUser = {
  id: string;
  code: string;
  name: string;
  email: string;
  url: string;
  employeeNumber: string;
  phone: string;
  mobilePhone: string;
  extensionNumber: string;
  timezone: string;
  isGuest: boolean;
  language: string;
};

/** A plugin as a page loads it: the files to load and its public config (getConfig). */
export type BootPlugin = {
  id: string;
  name: string;
  config: Record<string, string>;
  js: string[];
  css: string[];
};

/** Only on the plugin settings page (rendered for an administrator). */
export type BootSettings = {
  pluginId: string;
  /** Per-page token bound to the session, app and plugin; the only key to the settings endpoints. */
  pageToken: string;
  /** The plugin's config.html, inserted as the plugin's own (trusted) markup. */
  html: string;
};

export type BootData = {
  page: ShellPage;
  appId: number | null;
  appName: string;
  user: BootUser;
  isAdministrator: boolean;
  requestToken: string;
  lang: "ja" | "en";
  /** Record pages: enabled plugins' desktop files; settings page: the one plugin's config files. */
  plugins: BootPlugin[];
  /** The app's live customization resources (already filtered by scope). */
  customize: { js: string[]; css: string[] };
  settings: BootSettings | null;
};

/** The id of the `<script type="application/json">` element holding the boot data. */
export const BOOT_ELEMENT_ID = "lk-boot";
