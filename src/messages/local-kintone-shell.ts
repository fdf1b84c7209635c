import type { MessageEntry } from "./format";

/** The local kintone server's browser shell (pages, forms, login). */
export const LOCAL_KINTONE_SHELL_MESSAGES = {
  M_SHELL_BANNER: {
    ja: "ローカル開発用サーバー(kintoneではありません)",
    en: "Local development server — not kintone",
  },
  M_SHELL_TITLE: { ja: "ローカル kintone", en: "Local kintone" },
  M_SHELL_LOGIN_TITLE: { ja: "ログイン", en: "Log in" },
  M_SHELL_LOGIN_NAME: { ja: "ログイン名", en: "Login name" },
  M_SHELL_PASSWORD: { ja: "パスワード", en: "Password" },
  M_SHELL_LOGIN_HINT: {
    ja: "デモ用アカウント(秘密情報ではありません): {accounts}",
    en: "Demo accounts (not secrets): {accounts}",
  },
  E_SHELL_LOGIN_FAILED: {
    ja: "ログイン名またはパスワードが正しくありません。",
    en: "The login name or password is incorrect.",
  },
  M_SHELL_LOGOUT: { ja: "ログアウト", en: "Log out" },
  M_SHELL_PORTAL: { ja: "ポータル", en: "Portal" },
  M_SHELL_APPS: { ja: "アプリ", en: "Apps" },
  M_SHELL_NO_APPS: { ja: "アプリがありません。", en: "There are no apps." },
  M_SHELL_ADD_RECORD: { ja: "レコードを追加する", en: "Add record" },
  M_SHELL_NO_RECORDS: { ja: "レコードがありません。", en: "There are no records." },
  M_SHELL_RECORD_COUNT: { ja: "全{count}件", en: "{count} records" },
  M_SHELL_RECORD_HEADING: { ja: "レコード {id}", en: "Record {id}" },
  M_SHELL_OPEN_RECORD: { ja: "詳細", en: "Open" },
  M_SHELL_NEW_RECORD: { ja: "レコードの追加", en: "New record" },
  M_SHELL_EDIT: { ja: "編集する", en: "Edit" },
  M_SHELL_DELETE: { ja: "削除する", en: "Delete" },
  Q_SHELL_DELETE_RECORD: { ja: "このレコードを削除しますか?", en: "Delete this record?" },
  M_SHELL_SAVE: { ja: "保存", en: "Save" },
  M_SHELL_CANCEL: { ja: "キャンセル", en: "Cancel" },
  M_SHELL_BACK_TO_LIST: { ja: "一覧に戻る", en: "Back to the list" },
  M_SHELL_ADD_ROW: { ja: "行を追加", en: "Add row" },
  M_SHELL_REMOVE_ROW: { ja: "行を削除", en: "Remove row" },
  M_SHELL_ATTACH_FILE: { ja: "ファイルを添付", en: "Attach a file" },
  M_SHELL_REMOVE_FILE: { ja: "添付を外す", en: "Remove" },
  M_SHELL_UPLOADING: { ja: "アップロード中…", en: "Uploading…" },
  M_SHELL_PLUGINS: { ja: "プラグイン", en: "Plug-ins" },
  M_SHELL_PLUGIN_SETTINGS: { ja: "プラグインの設定", en: "Plug-in settings" },
  M_SHELL_NO_PLUGINS: {
    ja: "このアプリで有効なプラグインはありません。",
    en: "No plug-ins are enabled in this app.",
  },
  M_SHELL_SETTINGS_LINK: { ja: "設定", en: "Settings" },
  E_SHELL_RECORD_ERRORS: {
    ja: "入力内容を確認してください。",
    en: "Please check the highlighted fields.",
  },
  E_SHELL_SAVE_FAILED: {
    ja: "保存できませんでした: {detail}",
    en: "The record could not be saved: {detail}",
  },
  E_SHELL_LOAD_FAILED: { ja: "読み込めませんでした: {detail}", en: "Could not load: {detail}" },
  E_SHELL_SCRIPT_FAILED: {
    ja: "カスタマイズのファイルを読み込めませんでした: {url}",
    en: "A customization file could not be loaded: {url}",
  },
  E_SHELL_BUNDLE_MISSING: {
    ja: "画面用のスクリプト({path})がありません。先に npm run build を実行してください。",
    en: "The page script ({path}) is missing. Run npm run build first.",
  },
  E_SHELL_ADMIN_ONLY: {
    ja: "この画面はアプリの管理者だけが開けます。",
    en: "Only app administrators can open this page.",
  },
  E_SHELL_NOT_FOUND: { ja: "ページが見つかりません。", en: "The page was not found." },
  E_SHELL_SETTINGS_CONTEXT: {
    ja: "この操作はプラグインの設定画面からのみ実行できます。",
    en: "This operation is allowed only from the plug-in settings page.",
  },
  E_SHELL_PROXY_FAILED: {
    ja: "外部へのリクエストに失敗しました: {detail}",
    en: "The outgoing request failed: {detail}",
  },
} as const satisfies Record<string, MessageEntry>;
