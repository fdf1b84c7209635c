import { foldForMatch } from "../text";
import type { CrisisModel } from "./crisis-model";
import { scoreCrisisModel } from "./crisis-model";
import { DANGER_WORDS } from "./crisis-words";

/**
 * A guard on the crisis model for the "now" of an ordinary errand. Crisis lines say "…て、今…" a
 * lot (倒れて、今息をしていない), so the model weighs the n-grams 、今, て、今 and 。今 toward a
 * crisis; ordinary calls say it too (財布の中身が寂しくて、今週の食費も出せません, 途中でエラーに
 * なって、今どうなっているのか分かりません), and in a short sentence those n-grams and its kana
 * endings were enough to raise it. The guard is the model's, not the lexicon's: the rules are
 * still read on every text.
 */

// 今 of the calendar or of "current": this week, this month, this year or time, from now on, by
// the end of today, the former …, the present … (今の住所), none of them the now of a danger.
const CALENDAR_NOW = "今(?=\\s?(週|月|年|回|度|後|期|日中|までの|の(?!\\s?うち)))";

// The desk's own things and errands: a now about them (今エラーが出ています, 今窓口に向かって
// います, 今カードが一枚もありません, 今再配達を頼んでいます, 今撮り直しています).
const ERRAND_THINGS = [
  "エラー|画面|アプリ|ログイン|パスワード|暗証番号|マイナ|カード|読み取|読取|保険証|証明書|住民票|戸籍|印鑑",
  "通知|はがき|ハガキ|書類|委任状|郵便|配達|メール|返信|サイト|ホームページ|ポータル",
  "申請|申し込|申込|手続|届出|更新|予約|受け取|受取|期限|締め切り|住所|窓口|市役所|役所|コンビニ",
  "支払|払い込|振込|引き落と|口座|保険料|年金|給付",
  "(撮り|取り|入力し|書き|やり|かけ|掛け|打ち|出し|申請し|登録し)直",
].join("|");

// 今 or いま (not the いま of います), with the comma before it: 、今 is the n-gram at fault.
const NOW = "([、,]\\s?)?(今|いま(?![すせしさ]))";

const ORDINARY_NOW_SOURCES: readonly string[] = [
  `([、,]\\s?)?${CALENDAR_NOW}`,
  // The errand in the same clause as the now: a crisis told inside an errand (納付書の件なんですが
  // …あの、今、元夫が家の前に) or after one (申請が通らなくて、今ビルの非常階段の一番上にいます)
  // keeps its now.
  `${NOW}(?=[、,]?\\s?[^。!?！？、,]{0,24}(${ERRAND_THINGS}))`,
  // The state of a process asked (今どうなっているのか, 今どこまで進んだのか).
  `${NOW}(?=[、,]?\\s?(どう\\s?なって|どこまで|どういう\\s?状況|どんな\\s?状況))`,
  // Thirtieth round (red team 27 read): a now that tells a settled state (いまは おとな です, 今は
  // もう元気です), not one that is not (今は大丈夫じゃない). Thirty-third round (red team 30 read):
  // also a child good or quiet now (いまは おりこうに してるの).
  `${NOW}(?=\\s?(は|では)\\s?(もう\\s?)?(大人|おとな|元気|げんき|大丈夫|だいじょうぶ|落ち着|おちつ|平気|へいき|普通|ふつう|おりこう|お利口|いい子|いいこ|おとなしく)(?![^。]{0,6}(じゃ|じや|ではな|ない|なく)))`,
];

const ORDINARY_NOW = new RegExp(ORDINARY_NOW_SOURCES.map(foldForMatch).join("|"), "gu");
const DANGER = new RegExp(foldForMatch(DANGER_WORDS), "u");

/**
 * Whether the model's yes on a folded text rests on an ordinary now: the text names no danger at
 * all (no body, breath, blood, weapon, death, fire or harm, see `DANGER_WORDS`), and with its
 * calendar or errand now blanked out the model would not raise it. A crisis said without a
 * danger word keeps its now when the now is not an errand's (今、駅のホームの一番端にいます).
 */
export function raisedByOrdinaryNow(model: CrisisModel, folded: string): boolean {
  if (DANGER.test(folded)) return false;
  const calm = folded.replace(ORDINARY_NOW, "　");
  return calm !== folded && !scoreCrisisModel(model, calm).raised;
}
