import type { MessageEntry } from "./format";

/** Messages of the model seam (`src/llm`): configuration checks and model call failures. */
export const LLM_MESSAGES = {
  E_LLM_CONFIG_PROVIDER_INVALID: {
    ja: "プロバイダーは openai、azure、compatible のいずれかを指定してください。",
    en: "Choose openai, azure or compatible as the provider.",
  },
  E_LLM_CONFIG_MODEL_MISSING: {
    ja: "モデル名を入力してください（例: gpt-4.1-mini）。",
    en: "Enter the model name (e.g. gpt-4.1-mini).",
  },
  E_LLM_CONFIG_BASE_URL_MISSING: {
    ja: "接続先URL（エンドポイント）を入力してください。",
    en: "Enter the endpoint URL.",
  },
  E_LLM_CONFIG_URL_INVALID: {
    ja: "接続先URLの形式が正しくありません。https:// で始まるURLを入力してください。",
    en: "The endpoint URL is not valid. Enter a URL that starts with https://.",
  },
  E_LLM_CONFIG_URL_INSECURE: {
    ja: "http:// はこのパソコン内のサーバー（localhost）にだけ使えます。https:// のURLを入力してください。",
    en: "http:// is allowed only for a server on this machine (localhost). Use an https:// URL.",
  },
  E_LLM_CONFIG_AZURE_DEPLOYMENT_MISSING: {
    ja: "Azure OpenAI のデプロイ名を入力してください。",
    en: "Enter the Azure OpenAI deployment name.",
  },
  E_LLM_CONFIG_AZURE_API_VERSION_MISSING: {
    ja: "Azure OpenAI の API バージョンを入力してください（例: 2024-10-21）。",
    en: "Enter the Azure OpenAI API version (e.g. 2024-10-21).",
  },
  E_LLM_CONFIG_TIMEOUT_INVALID: {
    ja: "タイムアウトは 1000〜600000 ミリ秒の整数で入力してください。",
    en: "Enter the timeout as a whole number of milliseconds between 1000 and 600000.",
  },
  E_LLM_CONFIG_RETRIES_INVALID: {
    ja: "再試行回数は 0〜5 の整数で入力してください。",
    en: "Enter the number of retries as a whole number from 0 to 5.",
  },
  E_LLM_CONFIG_NAME_INVALID: {
    ja: "モデル名・デプロイ名に使えない文字が含まれています。",
    en: "The model or deployment name contains characters that are not allowed.",
  },
  E_LLM_API_KEY_MISSING: {
    ja: "APIキーが設定されていません。環境変数 {variable} を設定してください。",
    en: "No API key is set. Set the environment variable {variable}.",
  },
  E_LLM_TIMEOUT: {
    ja: "AIの応答が {seconds} 秒以内に返りませんでした。時間をおいて再度お試しください。続く場合は設定のタイムアウトを延ばすか、オフライン回答をお使いください。",
    en: "The AI did not answer within {seconds} s. Try again later; if it keeps happening, raise the timeout in the settings or use the offline answer.",
  },
  E_LLM_RATE_LIMIT: {
    ja: "AIサービスの利用上限（レート制限）に達しました。しばらく待ってから再度お試しください。頻繁に起きる場合は契約上限の見直しを管理者に依頼してください。",
    en: "The AI service's rate limit was reached. Wait a moment and try again; if it happens often, ask the administrator to review the usage limits.",
  },
  E_LLM_AUTH: {
    ja: "AIサービスの認証に失敗しました（APIキーが無効か権限がありません）。プラグイン設定でAPIキーを登録し直してください。",
    en: "Authentication with the AI service failed (invalid API key or no permission). Enter the API key again in the plugin settings.",
  },
  E_LLM_UNREACHABLE: {
    ja: "AIサービスに接続できませんでした。接続先URLとネットワークを確認してください。",
    en: "Could not connect to the AI service. Check the endpoint URL and the network.",
  },
  E_LLM_SERVER: {
    ja: "AIサービス側でエラーが発生しました（HTTP {status}）。時間をおいて再度お試しください。",
    en: "The AI service reported an error (HTTP {status}). Try again later.",
  },
  E_LLM_BAD_REQUEST: {
    ja: "AIサービスが要求を受け付けませんでした（HTTP {status}）。モデル名・デプロイ名・APIバージョンの設定を確認してください。",
    en: "The AI service rejected the request (HTTP {status}). Check the model, deployment and API version settings.",
  },
  E_LLM_BAD_RESPONSE: {
    ja: "AIの応答を利用できませんでした（{detail}）。この回答は使わず、オフライン回答または担当者への引き継ぎに切り替えます。",
    en: "The AI's reply could not be used ({detail}). It is discarded; the offline answer or a transfer to staff is used instead.",
  },
  E_LLM_CANCELLED: {
    ja: "AIへの問い合わせを中止しました。",
    en: "The request to the AI was cancelled.",
  },
  E_LLM_PROXY: {
    ja: "kintoneのプロキシ経由でAIサービスを呼び出せませんでした（{detail}）。プラグイン設定の接続先URLとAPIキーを保存し直してください。",
    en: "The AI service could not be called through the kintone proxy ({detail}). Save the endpoint URL and API key again in the plugin settings.",
  },
  E_PII_BLOCKED: {
    ja: "個人情報（{types}）が含まれているため、AIには送信しませんでした。担当者が対応してください。",
    en: "The text contains personal information ({types}), so it was not sent to the AI. A staff member should handle it.",
  },
} as const satisfies Record<string, MessageEntry>;
