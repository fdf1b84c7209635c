import type { MessageEntry } from "./format";

/** Messages of manual search (document ingestion, `madoguchi search --docs`, search panel). */
export const DOCS_MESSAGES = {
  M_DOCS_NOT_FOUND: {
    ja: "マニュアルに該当する記述が見つかりません。",
    en: "Not found in the manuals.",
  },
  M_DOCS_CLOSEST: {
    ja: "関連がありそうな資料: {docs}",
    en: "Documents that may be related: {docs}",
  },
  M_DOCS_INDEXED: {
    ja: "{documents}件の資料（{chunks}件の段落）を索引しました（{ms} ms）。",
    en: "Indexed {documents} documents ({chunks} passages) in {ms} ms.",
  },
  M_DOCS_INDEX_CACHED: {
    ja: "保存済みの索引を使います: {file}",
    en: "Using the stored index: {file}",
  },
  E_DOCS_NO_TEXT: {
    ja: "{file}: テキストを抽出できません（スキャン画像のみのPDFの可能性があります）。索引に含めません。",
    en: "{file}: text not extractable (possibly a scanned, image-only PDF). Skipped.",
  },
  E_DOCS_ENCRYPTED: {
    ja: "{file}: パスワードで保護されているため読み込めません。保護を解除したファイルを置いてください。",
    en: "{file}: the file is password-protected. Provide an unprotected copy.",
  },
  E_DOCS_UNREADABLE: {
    ja: "{file}: ファイルが壊れているか形式が正しくないため読み込めません（{detail}）。",
    en: "{file}: the file is corrupt or not in the expected format ({detail}).",
  },
  E_DOCS_TRUNCATED: {
    ja: "{file}: 大きすぎるため先頭の{pages}ページ・{chars}文字までを索引しました。",
    en: "{file}: too large; indexed only the first {pages} pages / {chars} characters.",
  },
  E_DOCS_TOO_LARGE: {
    ja: "{file}: ファイルが大きすぎます（{size} MB、上限 {limit} MB）。索引に含めません。",
    en: "{file}: the file is too large ({size} MB, limit {limit} MB). Skipped.",
  },
  E_DOCS_DIR_NOT_FOUND: {
    ja: "資料のフォルダが見つかりません: {dir}",
    en: "The documents folder was not found: {dir}",
  },
  E_DOCS_EMPTY: {
    ja: "{dir} に索引できる資料（PDF、Word、テキスト、Markdown）がありません。",
    en: "{dir} has no documents that can be indexed (PDF, Word, text, Markdown).",
  },
  E_DOCS_NEED_SOURCE: {
    ja: "検索する資料を --docs フォルダ で指定してください。",
    en: "Specify the documents to search with --docs DIR.",
  },
  E_DOCS_NO_EMBEDDING_MODEL: {
    ja: "--embeddings には埋め込みモデルの設定が必要です（MADOGUCHI_LLM_EMBEDDING_MODEL）。",
    en: "--embeddings needs an embedding model (set MADOGUCHI_LLM_EMBEDDING_MODEL).",
  },
  E_DOCS_EMBEDDINGS_OFFLINE: {
    ja: "--embeddings と --offline は同時に指定できません。",
    en: "--embeddings and --offline cannot be used together.",
  },
  M_DOCS_EMBEDDINGS_FAILED: {
    ja: "埋め込みを計算できなかったため、キーワード検索（BM25）のみで検索します（{reason}: {detail}）。",
    en: "Embeddings could not be computed; searching with keywords (BM25) only ({reason}: {detail}).",
  },
} as const satisfies Record<string, MessageEntry>;
