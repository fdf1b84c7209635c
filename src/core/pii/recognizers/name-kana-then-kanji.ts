import { GIVEN_KANJI, isNameShaped } from "../name-kanji";
import { HIRAGANA_STOP_WORDS, KATAKANA_STOP_WORDS } from "../name-stop-words";
import type { Candidate } from "../types";
import { foundNameCandidate } from "./name-candidate";
import { isOrdinaryWord } from "./name-check";

/**
 * すみません、キシベです。岸部 晃。: a caller who opens with the surname in kana, then says the full
 * name in kanji as a sentence of its own (surname, a space, the given name). The kanji sentence
 * says who the kana was, however rare the surname; both are the name.
 */
// Read around each です。 (an indexOf), not by a pattern run over the whole text.
const KANA_BEFORE =
  /(?<![\u30a1-\u30faー\u3041-\u3096])(?:[\u30a1-\u30faー]{2,6}|[\u3041-\u3096]{2,6})$/u;
const KANJI_AFTER = /^ ?([\u4e00-\u9fff々]{1,3}) ([\u4e00-\u9fff々]{1,3})(?:です)?。/u;

/** The kana opens the message or a turn (not …、マスターです。 after a card number). */
const OPENING_BEFORE = /(?:^|[。!?] ?|(?:はい|もしもし|すみません|あの|あ)[、 ]?)$/u;

export function findKanaThenKanjiNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf("です。"); at > 0; at = text.indexOf("です。", at + 3)) {
    const kana = KANA_BEFORE.exec(text.slice(Math.max(0, at - 7), at))?.[0] ?? "";
    const kanji = kana ? KANJI_AFTER.exec(text.slice(at + 3, at + 14)) : null;
    if (!kanji) continue;
    const surname = kanji[1] ?? "";
    const given = kanji[2] ?? "";
    const start = at - kana.length;
    if (!OPENING_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (HIRAGANA_STOP_WORDS.has(kana) || KATAKANA_STOP_WORDS.has(kana)) continue;
    // 住所 変更。 / 年金 手続き: ordinary words spaced by speech recognition are no name.
    if (isOrdinaryWord(surname) || isOrdinaryWord(given)) continue;
    if (!(surname.length === 1 || isNameShaped(surname))) continue;
    if (![...given].every((c) => GIVEN_KANJI.has(c))) continue;
    const from = at + 3 + kanji[0].indexOf(surname);
    out.push(
      foundNameCandidate(text, start, at, "cue:kana-then-kanji"),
      foundNameCandidate(
        text,
        from,
        from + surname.length + 1 + given.length,
        "cue:kana-then-kanji",
      ),
    );
  }
  return out;
}
