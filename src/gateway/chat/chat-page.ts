import type { MessageKey } from "../../messages";
import { MESSAGES } from "../../messages";

const PAGE_KEYS = [
  "M_GATEWAY_CHAT_TITLE",
  "M_GATEWAY_CHAT_NOTICE",
  "M_GATEWAY_CHAT_LABEL",
  "M_GATEWAY_CHAT_SEND",
  "M_GATEWAY_CHAT_YOU",
  "M_GATEWAY_CHAT_AI",
  "M_GATEWAY_CHAT_SOURCES",
  "M_GATEWAY_CHAT_TRANSFER",
  "M_GATEWAY_CHAT_PHONE",
  "M_GATEWAY_CHAT_EMERGENCY",
  "M_GATEWAY_CHAT_MASKED",
  "M_GATEWAY_CHAT_ERROR",
  "M_GATEWAY_CHAT_BUSY",
  "E_GATEWAY_RATE_LIMITED",
  "E_GATEWAY_TOO_LARGE",
] as const satisfies readonly MessageKey[];

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Japanese first, English after it in its own `lang="en"` span. */
function bilingual(key: MessageKey): string {
  const { ja, en } = MESSAGES[key];
  return `${escapeHtml(ja)} <span lang="en" class="mg-en">${escapeHtml(en)}</span>`;
}

/**
 * The chat page: plain HTML with a small script (/chat.js) and no framework. The script gets
 * its labels from a data attribute, and inserts every answer with textContent.
 */
export function renderChatPage(params: { readonly maxInputChars: number }): string {
  const labels = Object.fromEntries(PAGE_KEYS.map((key) => [key, MESSAGES[key]]));
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(MESSAGES.M_GATEWAY_CHAT_TITLE.ja)}</title>
<link rel="stylesheet" href="/chat.css">
</head>
<body>
<main class="mg-chat" id="mg-chat" data-labels="${escapeHtml(JSON.stringify(labels))}" data-max="${params.maxInputChars}">
<h1>${bilingual("M_GATEWAY_CHAT_TITLE")}</h1>
<p class="mg-notice" role="note">${bilingual("M_GATEWAY_CHAT_NOTICE")}</p>
<ol class="mg-log" id="mg-log" aria-live="polite" aria-relevant="additions"></ol>
<form class="mg-form" id="mg-form">
<label for="mg-input">${bilingual("M_GATEWAY_CHAT_LABEL")}</label>
<textarea id="mg-input" name="text" rows="3" maxlength="${params.maxInputChars}" required></textarea>
<button type="submit" id="mg-send">${bilingual("M_GATEWAY_CHAT_SEND")}</button>
</form>
<p class="mg-status" id="mg-status" role="status"></p>
</main>
<script src="/chat.js" defer></script>
</body>
</html>
`;
}

/** Page styles: readable sizes, strong contrast, a visible focus ring. */
export const CHAT_CSS = `
body { margin: 0; font-family: "Hiragino Sans", "Noto Sans JP", Meiryo, sans-serif; background: #f5f5f5; color: #1a1a1a; }
.mg-chat { max-width: 42rem; margin: 0 auto; padding: 1rem; }
.mg-chat h1 { font-size: 1.4rem; }
.mg-en { display: block; font-size: 0.85em; color: #444; }
.mg-notice { background: #fff8e1; border-left: 4px solid #b26a00; padding: 0.75rem; }
.mg-log { list-style: none; padding: 0; }
.mg-log li { background: #fff; border-radius: 6px; margin: 0.5rem 0; padding: 0.75rem; white-space: pre-wrap; }
.mg-log li.mg-you { background: #e3f2fd; }
.mg-log li li { background: none; margin: 0; padding: 0.25rem 0; }
.mg-who { display: block; font-weight: bold; font-size: 0.85rem; }
.mg-transfer { border: 2px solid #1565c0; padding: 0.5rem; margin-top: 0.5rem; }
.mg-emergency { border: 3px solid #b71c1c; background: #ffebee; padding: 0.75rem; margin-top: 0.5rem; font-size: 1.15rem; font-weight: bold; }
.mg-emergency a, .mg-transfer a { color: #0d47a1; }
.mg-form textarea { width: 100%; box-sizing: border-box; font-size: 1rem; }
.mg-form button { margin-top: 0.5rem; font-size: 1rem; padding: 0.5rem 1.5rem; }
:focus-visible { outline: 3px solid #ff9800; outline-offset: 2px; }
`;
