import type { MessageEntry } from "./format";

/** Messages of the answering engine (`madoguchi answer`, `madoguchi eval`, the desk UI). */
export const ENGINE_MESSAGES = {
  M_ENGINE_ANSWER_SUMMARY: {
    ja: "1行1発話を回答・転送・緊急・聞き返しに判定(JSON Lines)",
    en: "answer, transfer, emergency or clarify each line (JSON Lines)",
  },
  M_ENGINE_EVAL_SUMMARY: {
    ja: "FAQ回帰テスト(正解率・転送・緊急の検出)",
    en: "FAQ regression test (accuracy, transfers, emergencies)",
  },
  M_ENGINE_TRANSFER: {
    ja: "このご用件は{department}(内線{extension})の担当者がご案内します。おつなぎしますので、少々お待ちください。",
    en: "Staff at {department} (extension {extension}) will help you with this. Please hold while we connect you.",
  },
  M_ENGINE_TRANSFER_NO_DEPARTMENT: {
    ja: "担当の職員がご案内します。おつなぎしますので、少々お待ちください。",
    en: "A member of staff will help you. Please hold while we connect you.",
  },
  M_ENGINE_CLARIFY: {
    ja: "恐れ入りますが、ご用件をもう一度、具体的にお聞かせいただけますか。",
    en: "Sorry, could you tell us once more, in a little more detail, what you would like to ask?",
  },
  M_ENGINE_CLARIFY_TOO_LONG: {
    ja: "お話が長いため、最初の部分だけを確認しました。ご用件を短く一つずつお聞かせください。",
    en: "Your message was very long, so only its beginning was read. Please ask one short question at a time.",
  },
  M_ENGINE_EMERGENCY: {
    ja: "命や身の安全に関わる場合は、すぐに次の窓口へ電話してください: {contacts}。市の担当者にもおつなぎします。",
    en: "If a life or someone's safety is at risk, please call now: {contacts}. We will also connect you to city staff.",
  },
  E_ENGINE_SOURCE_REQUIRED: {
    ja: "FAQと担当課の読み込み元がありません。--faq FILE と --departments FILE を指定してください(kintoneアプリからの読み込みは今後対応します)。",
    en: "No FAQ or departments source. Pass --faq FILE and --departments FILE (reading the kintone apps is not supported yet).",
  },
  E_ENGINE_FILE_READ: {
    ja: "ファイルを読み込めませんでした: {file} ({detail})",
    en: "Could not read the file: {file} ({detail})",
  },
  E_ENGINE_CSV_ROW: {
    ja: "{file} の{line}行目を読み込めませんでした: {detail}(この行を除いて読み込みました)",
    en: "Line {line} of {file} could not be read: {detail} (the other rows were loaded)",
  },
  E_ENGINE_NO_FAQ: {
    ja: "{file} に読み込めるFAQがありません。",
    en: "{file} contains no FAQ entries that could be read.",
  },
  E_ENGINE_LINE_FAILED: {
    ja: "この行を処理できませんでした: {detail}",
    en: "This line could not be processed: {detail}",
  },
  M_EVAL_TITLE: { ja: "FAQ回帰テストの結果", en: "FAQ regression test results" },
  M_EVAL_TOP1: { ja: "1位正解率", en: "Top-1 accuracy" },
  M_EVAL_TOP3: { ja: "3位以内正解率", en: "Top-3 accuracy" },
  M_EVAL_ACTION: { ja: "対応(回答/転送/緊急/聞き返し)の正解率", en: "Action accuracy" },
  M_EVAL_TRANSFER: { ja: "転送すべき問い合わせの転送率", en: "Must-transfer cases transferred" },
  M_EVAL_DEPARTMENT: { ja: "転送先の担当課の正解率", en: "Transfer department accuracy" },
  M_EVAL_CRISIS: { ja: "緊急案件の検出率", en: "Crisis recall" },
  M_EVAL_ANSWERED: { ja: "回答すべき問い合わせの回答率", en: "Answerable questions answered" },
  M_EVAL_NEEDLESS: { ja: "不要な転送の割合", en: "Needless-transfer rate" },
  M_EVAL_SPLIT: { ja: "調整用/検証用(heldout)の内訳", en: "Tuning vs. held-out split" },
  M_EVAL_BY_TAG: { ja: "タグ別", en: "By tag" },
  M_EVAL_FAILURES: { ja: "不正解の行", en: "Failed rows" },
  M_EVAL_EXPECTED: { ja: "期待", en: "expected" },
  M_EVAL_GOT: { ja: "結果", en: "got" },
  E_EVAL_QUESTIONS_REQUIRED: {
    ja: "--faq FILE と --questions FILE を指定してください。",
    en: "Pass --faq FILE and --questions FILE.",
  },
} as const satisfies Record<string, MessageEntry>;
