import { codeAt } from "../text-tools";
import type { Candidate } from "../types";

/**
 * 住所：168-0073 楓町2-4-1 / 現住所 168-0081 …: a postal code written without 〒 or its label, right
 * before an address another recognizer found. Only the 3-4 shape with its hyphen is taken (a
 * phone's local part has other groups), and only with at most a space between it and the town.
 */
export function findPostalCodesBeforeAddresses(
  text: string,
  found: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const address of found) {
    if (address.type !== "address") continue;
    const after = postalCodeAfter(text, address.end, found);
    if (after) out.push(after);
    let end = address.start;
    // 812-0011の桜貝市…: said aloud, の may join the code to the town.
    if (text[end - 1] === " " || text[end - 1] === "の") end -= 1;
    // イチ、ゴ、ゼロ、ゼロ、ゼロ、イチ、サン、渋谷区… / イチゴーゼロのゼロゼロイチサン、渋谷区…: read
    // out (the kana view writes 1-5-0-0-0-1-3 or 150-0013), a pause before the town.
    const paused = text[end - 1] === "、" && isDigit(text, end - 2);
    if (paused) end -= 1;
    const spoken = paused && end >= 13 && SPOKEN_POSTAL_SHAPE.test(text.slice(end - 13, end));
    const start = end - (spoken ? 13 : 8);
    if (
      start < 0 ||
      !(spoken || POSTAL_SHAPE.test(text.slice(start, end))) ||
      isDigit(text, start - 1) ||
      text[start - 1] === "-"
    )
      continue;
    // 住所:065-0033 柊原区…: a phone guessed from the digits (run on into the address, or a
    // repeat of a part) gives way; any other candidate over the code keeps it.
    if (found.some((c) => c.start < end && start < c.end && !isPhoneGuess(c))) continue;
    // 受付番号123-4567 楓町…: a number's own label before it makes it no postal code.
    if (
      !OPENS_FIELD.test(text.slice(start - 1, start)) &&
      !ADDRESS_TOPIC.test(text.slice(Math.max(0, start - 6), start))
    )
      continue;
    if (NUMBER_LABEL.test(text.slice(Math.max(0, start - 8), start))) continue;
    out.push({
      type: "postal_code",
      start,
      end,
      score: 0.8,
      evidence: "cue:before-address",
      key: text.slice(start, end).replace(/-/gu, ""),
    });
  }
  return out;
}

/**
 * 送付先 宮城県…7番4号 980-0803。: the code written after the address, a space between, the line or
 * the sentence ending after it.
 */
function postalCodeAfter(
  text: string,
  addressEnd: number,
  found: readonly Candidate[],
): Candidate | null {
  if (text[addressEnd] !== " ") return null;
  const start = addressEnd + 1;
  const end = start + 8;
  if (!POSTAL_SHAPE.test(text.slice(start, end)) || !ENDS_FIELD.test(text.slice(end, end + 1)))
    return null;
  if (found.some((c) => c.start < end && start < c.end && !isPhoneGuess(c))) return null;
  return {
    type: "postal_code",
    start,
    end,
    score: 0.8,
    evidence: "cue:after-address",
    key: text.slice(start, start + 3) + text.slice(start + 4, end),
  };
}

/** The score of a local number after a phone cue (classify-number.ts); below it, only a guess. */
const PHONE_WITH_CUE_SCORE = 0.7;

/** A phone candidate of low confidence: digits that only might be a phone. */
function isPhoneGuess(candidate: Candidate): boolean {
  return candidate.type === "phone" && candidate.score < PHONE_WITH_CUE_SCORE;
}

const POSTAL_SHAPE = /^[0-9]{3}-[0-9]{4}$/u;
const SPOKEN_POSTAL_SHAPE = /^[0-9](?:-[0-9]){6}$/u;
/** What stands before a field's value: the text's start, a space, a colon, a pause, a bracket. */
const OPENS_FIELD = /^(?:$|[ :、(])/u;
/** 新住所は330-0854 …: the address word as the topic, then the code. */
const ADDRESS_TOPIC = /(?:住所|所在地|送り先|届け先|送付先|転居先)は$/u;
const NUMBER_LABEL = /番号|No\.?|ID|コード|記号/u;
/** What ends a field's value: the text's end, a full stop, a pause, a bracket or a space. */
const ENDS_FIELD = /^(?:$|[ 。、,)])/u;

function isDigit(text: string, at: number): boolean {
  const code = codeAt(text, at);
  return code >= 0x30 && code <= 0x39;
}
