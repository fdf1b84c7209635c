import { foldForMatch } from "../text";

const words = (list: string): string[] => list.trim().split(/\s+/u);

/**
 * Words of everyday speech that say how or when something is asked, never what about: time
 * (今日, 以前), quantity and degree (全部, 一通り), the speaker (自分, 私), judgement (大丈夫,
 * 心配) and the verbs of asking (言う, 教える, 思う). A manual rarely uses them, so as key terms
 * they made a paraphrased question look off-topic (found nowhere) or badly covered. Written as
 * general vocabulary, in the form key terms take (folded, okurigana cut: 一通り → 一通).
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  [
    // time
    ...words(`毎日 今日 明日 昨日 先日 今朝 今回 前回 最近 以前 今後 今 頃 今度 毎回 普段
      来週 先週 今週 今月 先月 来月 一度 初回 前半 後半`),
    // quantity, degree, manner
    ...words(`全部 全然 一通 一生懸命 結局 具体 具体的 色々 様々 結構 大体 少 多少 全体 一応
      特 普通 実際 本当 絶対 確 別 次 形 順番 処理`),
    // the speaker and the person
    ...words("私 自分 僕 相手 皆 誰か 方"),
    // judgement and feeling
    ...words("大丈夫 心配 不安 無理 損 嫌 怖 苦手 困 感"),
    // verbs of asking and telling (stems)
    ...words("言 教 思 考 来 行 知 分 見"),
    // loanwords of everyday speech (folded like key terms: ルール → るる)
    ...words("ルール データ タイミング ポイント パターン"),
  ].map(foldForMatch),
);

/** Everyday words of two characters or more, longest first, where a kanji run is cut. */
export const EVERYDAY_RUN_SPLITTERS: readonly string[] = [...EVERYDAY_WORDS]
  .filter((word) => Array.from(word).length >= 2)
  .sort((a, b) => b.length - a.length);

/**
 * Attributes a question asks for (申請方法, 入力期限, 上限): the manuals state them as steps, a
 * date or an amount rather than the word, so they are the question's shape, not its topic.
 */
export const ASKED_ATTRIBUTES: readonly string[] = words(`期限 期間 期日 時期 方法 手順 手続 手続き
  回数 頻度 金額 上限 条件 要件 対象 範囲 場所 窓口 日数 基準 額 日 先`);
