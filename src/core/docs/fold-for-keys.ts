import { foldForMatch } from "../text";

// One okurigana kana between two kanji (振り込む, 申し込み, 取り扱い): dropped, so a question's
// 振込 finds the manual's 振り込む. Particles are kept: 家の人 must not become 家人.
const OKURIGANA = /(?<=\p{Script=Han})[\p{Script=Hiragana}](?=\p{Script=Han})/gu;
const PARTICLES = new Set(["の", "が", "を", "に", "は", "で", "と", "も", "へ", "や", "か"]);

/**
 * Folds text for key-term matching: {@link foldForMatch}, then single okurigana between kanji
 * dropped. Used on both sides (question key terms and passages), never for display.
 */
export function foldForKeys(text: string): string {
  return foldForMatch(text).replace(OKURIGANA, (kana) => (PARTICLES.has(kana) ? kana : ""));
}
