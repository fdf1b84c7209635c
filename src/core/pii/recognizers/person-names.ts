import { PLACE_WORDS } from "../name-stop-words";
import type { Candidate, RecognizerInput } from "../types";
import { recognizeLatinNames } from "./latin-names";
import { checkName } from "./name-check";
import { check, wholeHanRun } from "./name-run-check";
import { nameRunAfter, nameRunBefore } from "./name-runs";
import {
  CUE_GROUPS,
  NAME_CUES,
  SELF_RELATION,
  copulaStrength,
  hasOkurigana,
  isPetNameLabel,
  labelStrength,
} from "./name-cues";
import type { Finding } from "./name-kana-joins";
import { surnameBeforeKanaLength, wholeKanaRun } from "./name-kana-joins";
import { findNameEchoes } from "./name-echoes";
import { findExplainedNames, findSpelledRomaji } from "./name-explained";
import { findNamesByReadingCues } from "./name-reading-cues";
import { findNameReadings } from "./name-readings";
import { findSpelledKanaNames } from "./name-spelled-kana";
import { findNameStutters, findTakenBackNames } from "./name-stutters";
import { findSpelledNames } from "./name-spelling";
import { toCandidate } from "./name-candidate";
import { recognizeFurigana } from "./name-furigana";
import { recognizeFullNames } from "./name-full-names";
import { foreignFullName, katakanaCompound, mixedGivenNameLength } from "./name-shapes";
import { extendSpacedNames, recognizeSpacedFullNames } from "./name-spaced";

const FIELD_WORD = /^(?:住所|電話|生年月日|連絡先|番号|性別|年齢|メール)/u;
const PAUSE = /^(?:[、 ]|えーと|えっと|えー|あの){0,3}/u;

/** Person names from cues (さん, と申します, 名前は, 氏名:, furigana, relatives) checked against the surname list. */
export function recognizePersonNames(input: RecognizerInput): Candidate[] {
  const { text } = input;
  const extra = new Set(input.extraSurnames);
  const out: Candidate[] = [];
  const add = (found: Finding | null, evidence: string): void => {
    if (!found) return;
    const end = found.end + mixedGivenNameLength(text, found);
    const start = found.start - surnameBeforeKanaLength(text, found.start, extra);
    out.push(toCandidate(text, start, end, found.known ? 0.9 : 0.7, evidence));
  };
  for (const match of text.matchAll(NAME_CUES)) {
    const at = match.index ?? 0;
    const after = at + match[0].length;
    const cue = CUE_GROUPS[match.slice(1).findIndex((group) => group !== undefined)];
    switch (cue) {
      case "label": {
        const run = nameRunAfter(text, after);
        // 氏名 住所 電話: a list of form fields, not a name after its label.
        if (
          run &&
          !hasOkurigana(text, run.end) &&
          !katakanaCompound(text, run) &&
          !FIELD_WORD.test(text.slice(run.start))
        )
          add(
            check(
              text,
              run,
              isPetNameLabel(text, at, match[0]) ? "weak" : labelStrength(match[0]),
              "after",
              extra,
            ),
            "cue:name-label",
          );
        break;
      }
      case "self": {
        const run = nameRunBefore(text, at);
        const found = wholeHanRun(text, run, check(text, run, "strong", "before", extra));
        const kana = wholeKanaRun(text, run);
        // たかみや と申します: the whole run, not a known reading cut before a particle (たかみ|や).
        const longer = kana && (!found || (found.start === kana.start && found.end < kana.end));
        add(longer ? kana : found, "cue:self-introduction");
        break;
      }
      case "script":
      case "relation": {
        // 主人の、えー、正樹のことで: a pause after the relation word.
        const run = nameRunAfter(
          text,
          after + (PAUSE.exec(text.slice(after, after + 8))?.[0].length ?? 0),
        );
        if (!run || hasOkurigana(text, run.end) || katakanaCompound(text, run)) break;
        // 私、実は: a one-kanji word after the caller's own 私 is no name.
        if (SELF_RELATION.test(match[0]) && run.end - run.start === 1) break;
        const found = check(text, run, "weak", "after", extra) ?? foreignFullName(text, run);
        // 子どもが大翔と: after が only a listed name.
        if (!match[0].endsWith("が") || found?.known) add(found, "cue:relation");
        break;
      }
      case "honorific":
        add(check(text, nameRunBefore(text, at), "strong", "before", extra), "cue:honorific");
        break;
      case "family":
        add(check(text, nameRunBefore(text, at), "weak", "before", extra), "cue:family-of");
        break;
      default: {
        // はい、おかだ、です: a pause between the name and です.
        const run = nameRunBefore(text, text[at - 1] === "、" ? at - 1 : at);
        const strength = run ? copulaStrength(text, run, after, match[0]) : null;
        if (!run || !strength) break;
        const found = check(text, run, strength === "known" ? "weak" : strength, "before", extra);
        if (strength !== "known" || found?.known) add(found, "cue:desu");
      }
    }
  }
  if (text.includes("(")) out.push(...recognizeFurigana(text, extra, out));
  for (const spelled of findSpelledNames(
    text,
    (word) => !PLACE_WORDS.has(word) && !!checkName(word, "strong", extra),
  ))
    out.push(toCandidate(text, spelled.start, spelled.end, 0.8, "cue:spelled-kanji"));
  out.push(...recognizeFullNames(text), ...recognizeSpacedFullNames(text, extra));
  if (/[A-Za-z]/.test(text)) out.push(...recognizeLatinNames(text));
  out.push(...findNamesByReadingCues(text, out));
  if (text.includes(" ")) out.push(...extendSpacedNames(text, out));
  const echoes = findNameEchoes(text, out);
  out.push(...echoes);
  if (text.includes(" ")) out.push(...extendSpacedNames(text, echoes));
  // Names found from readings (五月女と書いて…) are repeated and stuttered like the others.
  const readings = findNameReadings(text, out);
  out.push(...readings, ...findNameEchoes(text, readings));
  out.push(...findSpelledKanaNames(text, out), ...findNameStutters(text, out));
  out.push(...findTakenBackNames(text, out));
  out.push(...findExplainedNames(text, out));
  if (/[A-Z]/.test(text)) out.push(...findSpelledRomaji(text, out));
  return out;
}
