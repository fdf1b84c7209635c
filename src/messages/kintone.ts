import type { MessageEntry } from "./format";

/** Messages of the kintone client side: setup, repositories, `madoguchi answer` from the apps. */
export const KINTONE_MESSAGES = {
  E_KT_UNREACHABLE: {
    ja: "kintone（{baseUrl}）に接続できません。URLを確認し、ローカルサーバーなら `madoguchi kintone serve` で起動してください。（{detail}）",
    en: "Cannot reach kintone ({baseUrl}). Check the URL; for the local server, start it with `madoguchi kintone serve`. ({detail})",
  },
  E_KT_AUTH: {
    ja: "kintone（{baseUrl}）の認証に失敗しました。KINTONE_USERNAME / KINTONE_PASSWORD または KINTONE_API_TOKEN を確認してください。（{detail}）",
    en: "Authentication to kintone ({baseUrl}) failed. Check KINTONE_USERNAME / KINTONE_PASSWORD or KINTONE_API_TOKEN. ({detail})",
  },
  E_KT_PERMISSION: {
    ja: "kintoneの権限が足りません（{detail}）。アプリの作成・設定には管理者のログインが必要です。",
    en: "Not enough kintone permissions ({detail}). Creating and configuring apps needs an administrator login.",
  },
  E_KT_REQUEST: {
    ja: "kintoneへの要求が失敗しました: {detail}",
    en: "A kintone request failed: {detail}",
  },
  E_KT_APP_NOT_FOUND: {
    ja: "kintoneに「{name}」アプリが見つかりません。`madoguchi setup` を実行するか、{env} にアプリIDを設定してください。",
    en: "The “{name}” app was not found in kintone. Run `madoguchi setup` or set the app id in {env}.",
  },
  E_KT_NO_CREDENTIALS: {
    ja: "{baseUrl} への認証情報がありません。KINTONE_USERNAME と KINTONE_PASSWORD（または KINTONE_API_TOKEN）を設定してください。",
    en: "No credentials for {baseUrl}. Set KINTONE_USERNAME and KINTONE_PASSWORD (or KINTONE_API_TOKEN).",
  },
  E_KT_BAD_BASE_URL: {
    ja: "KINTONE_BASE_URL が正しくありません: {value}（例: https://example.cybozu.com）",
    en: "KINTONE_BASE_URL is invalid: {value} (e.g. https://example.cybozu.com)",
  },
  E_KT_ANSWER_SOURCE_HINT: {
    ja: "kintoneのFAQ・部署アプリを使わない場合は --faq FILE と --departments FILE でCSVを指定してください。",
    en: "To answer without the kintone FAQ and departments apps, pass --faq FILE and --departments FILE.",
  },
  E_KT_DEPLOY_FAILED: {
    ja: "アプリ「{name}」の運用環境への反映が {status} で終わりました。kintoneのアプリ設定画面で内容を確認してください。",
    en: "Deploying the “{name}” app ended with {status}. Check the app settings in kintone.",
  },
  E_KT_DEPLOY_TIMEOUT: {
    ja: "アプリ「{name}」の反映が{seconds}秒以内に終わりませんでした。しばらくしてから再実行してください。",
    en: "Deploying the “{name}” app did not finish within {seconds} s. Run setup again later.",
  },
  E_KT_CSV_ROW: {
    ja: "{file} の{line}行目を取り込みませんでした: {detail}",
    en: "Skipped line {line} of {file}: {detail}",
  },
  E_KT_FILE_READ: {
    ja: "{file} を読み込めません: {detail}",
    en: "Cannot read {file}: {detail}",
  },
  E_KT_NO_FAQ: {
    ja: "FAQアプリ（ID {appId}）に公開中のFAQがありません。`madoguchi setup` でサンプルを取り込むか、FAQを登録してください。",
    en: "The FAQ app (id {appId}) has no published entries. Import the samples with `madoguchi setup` or add FAQ records.",
  },
  M_KT_SETUP_START: {
    ja: "kintone（{baseUrl}）をセットアップします…",
    en: "Setting up kintone ({baseUrl})…",
  },
  M_KT_APP_CREATING: { ja: "アプリを作成中…「{name}」", en: "Creating app “{name}”…" },
  M_KT_APP_UPDATING: {
    ja: "アプリ「{name}」を更新中…（追加 {added}・変更 {changed}）",
    en: "Updating app “{name}”… ({added} added, {changed} changed)",
  },
  M_KT_APP_UNCHANGED: {
    ja: "アプリ「{name}」は最新です（ID {appId}）",
    en: "App “{name}” is up to date (id {appId})",
  },
  M_KT_APP_DEPLOYING: {
    ja: "アプリを運用環境に反映中…（{names}）",
    en: "Deploying apps… ({names})",
  },
  M_KT_IMPORTING: { ja: "{file} を取り込み中…", en: "Importing {file}…" },
  M_KT_IMPORTED: {
    ja: "「{name}」: 追加 {added}件・更新 {updated}件・変更なし {unchanged}件・スキップ {skipped}件",
    en: "“{name}”: {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped",
  },
  M_KT_DEMO_CALLS: {
    ja: "デモ用の通話記録を作成中…（{count}件・過去6週間・架空のデータ）",
    en: "Creating demo call logs… ({count}, last 6 weeks, fictional)",
  },
  M_KT_DEMO_EXISTS: {
    ja: "デモデータは作成済みです（通話記録 {calls}件・相談記録 {consultations}件）",
    en: "Demo data already exists ({calls} call logs, {consultations} consultations)",
  },
  M_KT_DEMO_CONSULTATIONS: {
    ja: "デモ用の相談記録を作成中…（{count}件・架空のデータ）",
    en: "Creating demo consultation records… ({count}, fictional)",
  },
  M_KT_TOKENS_CREATED: {
    ja: "APIトークンを発行しました（{clients}）。.madoguchi/setup.json に保存しました（秘密情報です）",
    en: "Issued API tokens ({clients}); saved in .madoguchi/setup.json (secret)",
  },
  M_KT_TOKENS_KEPT: {
    ja: "APIトークンは発行済みです（{clients}）",
    en: "API tokens already issued ({clients})",
  },
  M_KT_TOKENS_MANUAL: {
    ja: "APIトークンはkintoneの画面で作成してください: アプリの設定 → APIトークン → 生成する。必要な権限:",
    en: "Create API tokens in kintone: App settings → API token → Generate. Rights needed:",
  },
  M_KT_TOKEN_RIGHTS_LINE: { ja: "  {client}: {rights}", en: "  {client}: {rights}" },
  M_KT_PLUGIN_PACKING: { ja: "プラグインをパッケージ中…", en: "Packing the plugin…" },
  M_KT_PLUGIN_NEW_KEY: {
    ja: "プラグインの秘密鍵を作成しました（{path}・gitの管理外）。プラグインIDを保つため削除しないでください",
    en: "Created the plugin private key ({path}, not in git). Keep it: it fixes the plugin id",
  },
  M_KT_PLUGIN_INSTALLED: {
    ja: "プラグインをインストールしました（ID {pluginId}）",
    en: "Installed the plugin (id {pluginId})",
  },
  M_KT_PLUGIN_UPDATED: {
    ja: "プラグインを更新しました（ID {pluginId}）",
    en: "Updated the plugin (id {pluginId})",
  },
  M_KT_PLUGIN_UNCHANGED: {
    ja: "プラグインは最新です（ID {pluginId}）",
    en: "The plugin is up to date (id {pluginId})",
  },
  M_KT_PLUGIN_SKIPPED: {
    ja: "プラグインを組み込みませんでした: {detail}（`npm run build` のあと setup を再実行してください）",
    en: "Skipped the plugin: {detail} (run `npm run build`, then setup again)",
  },
  M_KT_NO_CUSTOMIZE: {
    ja: "JavaScript/CSSカスタマイズは不要です（機能はすべてプラグインにあります）",
    en: "No JavaScript/CSS customization needed (the plugin provides every feature)",
  },
  M_KT_SETUP_DONE: {
    ja: "セットアップが完了しました（{seconds}秒）",
    en: "Setup finished ({seconds} s)",
  },
  M_KT_SETUP_NOTHING_CHANGED: {
    ja: "変更はありませんでした（すでに最新です）",
    en: "Nothing changed (already up to date)",
  },
  M_KT_SUMMARY_APPS: { ja: "アプリ:", en: "Apps:" },
  M_KT_SUMMARY_APP_LINE: {
    ja: "  {name}（ID {appId}）: {url}",
    en: "  {name} (id {appId}): {url}",
  },
  M_KT_SUMMARY_PLUGIN_CONFIG: {
    ja: "プラグインの設定を保存してください（必須）: {url}",
    en: "Save the plugin settings (required): {url}",
  },
  M_KT_SUMMARY_STATE: {
    ja: "作成したアプリIDとAPIトークン: {path}（秘密情報・gitの管理外）",
    en: "App ids and API tokens: {path} (secret, not in git)",
  },
  M_KT_START_OPEN: {
    ja: "ブラウザで開いてください: {url}（ログイン: {login} / {password}）",
    en: "Open in a browser: {url} (login: {login} / {password})",
  },
  M_KT_START_CLICK: {
    ja: "まず「通話記録」を開き、レコードを追加して「AI回答案を作成」を押してください: {url}",
    en: "Start with 通話記録 (call log): add a record and press 「AI回答案を作成」: {url}",
  },
  M_KT_START_READY: {
    ja: "デモ環境の準備ができました（{seconds}秒）",
    en: "The demo is ready ({seconds} s)",
  },
} as const satisfies Record<string, MessageEntry>;
