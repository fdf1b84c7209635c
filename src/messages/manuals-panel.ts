import type { MessageEntry } from "./format";

/**
 * Manual search inside kintone: the search panel of the 資料 app, and the indexing that feeds
 * it (`madoguchi docs index`, `madoguchi setup`).
 */
export const MANUALS_PANEL_MESSAGES = {
  // panel
  M_MANUALS_TITLE: { ja: "資料検索", en: "Manual search" },
  M_MANUALS_PLACEHOLDER: {
    ja: "質問を入力（例: 通院のタクシー代は出せますか）",
    en: "Ask a question (e.g. can taxi fares to hospital be paid?)",
  },
  M_MANUALS_FOLLOW_UP_PLACEHOLDER: {
    ja: "続けて質問できます（例: 申請はいつまでに必要ですか）",
    en: "Ask a follow-up (e.g. by when must it be applied for?)",
  },
  M_MANUALS_ASK: { ja: "検索", en: "Search" },
  M_MANUALS_NEW_QUESTION: { ja: "新しい質問", en: "New question" },
  M_MANUALS_LOADING_INDEX: {
    ja: "資料の検索インデックスを読み込んでいます…",
    en: "Loading the manuals' search indexes…",
  },
  M_MANUALS_SEARCHING: { ja: "検索しています…", en: "Searching…" },
  M_MANUALS_READY: {
    ja: "{documents}件の資料（{chunks}か所）から検索します。",
    en: "Searching {documents} manuals ({chunks} passages).",
  },
  M_MANUALS_NO_INDEX: {
    ja: "検索できる資料がありません。資料ファイルを添付し、madoguchi docs index を実行してください。",
    en: "No manual can be searched yet. Attach files and run madoguchi docs index.",
  },
  M_MANUALS_INDEX_NOTICE: {
    ja: "次の資料は検索インデックスが未作成または古いため、検索の対象外です: {titles}。madoguchi docs index を実行してください。",
    en: "These manuals are not searched because their index is missing or out of date: {titles}. Run madoguchi docs index.",
  },
  M_MANUALS_CONTEXT: {
    ja: "前の質問を踏まえて検索しました（{terms}）",
    en: "Searched in the context of the previous question ({terms})",
  },
  M_MANUALS_ANSWER_OFFLINE: {
    ja: "資料からの抜粋（オフライン）",
    en: "Quoted from the manuals (offline)",
  },
  M_MANUALS_ANSWER_LLM: {
    ja: "AIの回答（資料 {count} か所を引用）",
    en: "AI answer (citing {count} passages)",
  },
  M_MANUALS_PASSAGES: { ja: "該当箇所", en: "Passages" },
  M_MANUALS_OPEN_RECORD: { ja: "資料を開く", en: "Open the record" },
  M_MANUALS_OPEN_FILE: { ja: "ファイル {location}", en: "File {location}" },
  M_MANUALS_NOT_FOUND: {
    ja: "資料に該当する記載が見つかりませんでした。",
    en: "The manuals have nothing on this.",
  },
  M_MANUALS_CLOSEST: {
    ja: "近い資料:",
    en: "Closest manuals:",
  },
  M_MANUALS_NO_CLOSEST: {
    ja: "近い資料もありません。質問の言葉を変えてみてください。",
    en: "No manual is close either. Try other words.",
  },
  M_MANUALS_FALLBACK_UNCITED: {
    ja: "AIの回答に資料の引用がなかったため使いませんでした。資料の該当箇所を表示します。",
    en: "The AI answer cited no passage, so it was not used. The passages are shown instead.",
  },
  M_MANUALS_FALLBACK_UNKNOWN_CITATION: {
    ja: "AIの回答が検索していない箇所を引用していたため使いませんでした。資料の該当箇所を表示します。",
    en: "The AI answer cited passages that were not retrieved, so it was not used. The passages are shown instead.",
  },
  M_MANUALS_FALLBACK_EMPTY: {
    ja: "AIは資料から回答できませんでした。資料の該当箇所を表示します。",
    en: "The AI found no answer in the passages. The passages are shown instead.",
  },
  M_MANUALS_FALLBACK_MODEL_ERROR: {
    ja: "AIに接続できなかったため、オフラインの検索結果を表示します（{detail}）。",
    en: "The AI could not be reached, so the offline result is shown ({detail}).",
  },
  M_MANUALS_LLM_CONFIG_INVALID: {
    ja: "LLMの設定が不完全なため、オフラインで検索しました。",
    en: "The LLM settings are incomplete, so the search ran offline.",
  },
  M_MANUALS_YOU: { ja: "質問", en: "Question" },
  E_MANUALS_LOAD_FAILED: {
    ja: "資料の検索インデックスを読み込めませんでした: {detail}",
    en: "The manuals' search indexes could not be loaded: {detail}",
  },
  E_MANUALS_SEARCH_FAILED: {
    ja: "検索できませんでした: {detail}",
    en: "The search failed: {detail}",
  },
  // indexing (docs index, setup)
  M_MANUALS_INDEX_SUMMARY: {
    ja: "資料アプリ（ID {appId}）の索引付け: 作成 {indexed} 件、変更なし {unchanged} 件、ファイルなし {noFile} 件、失敗 {failed} 件",
    en: "Manuals app (ID {appId}) indexing: {indexed} indexed, {unchanged} unchanged, {noFile} without a file, {failed} failed",
  },
  M_MANUALS_INDEXED_LINE: {
    ja: "索引を作成: #{record} {title}（{file}、{chunks} か所）",
    en: "Indexed: #{record} {title} ({file}, {chunks} passages)",
  },
  M_MANUALS_UNCHANGED_LINE: {
    ja: "変更なし: #{record} {title}（{file}）",
    en: "Unchanged: #{record} {title} ({file})",
  },
  M_MANUALS_NO_FILE_LINE: {
    ja: "ファイルなし: #{record} {title}",
    en: "No file: #{record} {title}",
  },
  M_MANUALS_FAILED_LINE: {
    ja: "索引を作成できません: #{record} {title} — {reason}",
    en: "Not indexed: #{record} {title} — {reason}",
  },
  M_MANUALS_SAMPLES: {
    ja: "サンプル資料（{dir}）: 追加 {added} 件、更新 {updated} 件、変更なし {unchanged} 件",
    en: "Sample manuals ({dir}): {added} added, {updated} updated, {unchanged} unchanged",
  },
  M_MANUALS_SAMPLES_MISSING: {
    ja: "サンプル資料（{dir}）が見つからないため、資料アプリには追加しません",
    en: "The sample manuals ({dir}) were not found, so none are added to the manuals app",
  },
  M_MANUALS_INDEX_COMMAND_SUMMARY: {
    ja: "資料アプリの添付ファイルから検索インデックスを作成（変更分のみ）",
    en: "build the search index of the manuals app's attachments (changed files only)",
  },
  // settings page
  M_PLUGIN_APP_MANUALS: { ja: "資料アプリ ID", en: "Manuals app ID" },
} as const satisfies Record<string, MessageEntry>;
