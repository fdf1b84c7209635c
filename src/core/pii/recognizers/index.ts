import type { Recognizer } from "../types";
import { recognizeAddresses } from "./addresses";
import { recognizeRomajiAddresses } from "./address-romaji";
import { recognizeForeignScriptAddresses } from "./address-foreign-script";
import { recognizeBirthDates } from "./birth-dates";
import { recognizeEmails } from "./email";
import { recognizeEnglishDigits } from "./english-digits";
import { recognizeForeignIntros } from "./foreign-intros";
import { recognizeIdDocuments } from "./id-documents";
import { recognizeInsuranceSymbols } from "./insurance-symbols";
import { recognizeNumberPieces } from "./number-pieces";
import { recognizeNumbers } from "./numbers";
import { recognizeKanaFullNames } from "./kana-full-names";
import { recognizeForeignNameSentences } from "./name-foreign-sentences";
import { recognizePersonNames } from "./person-names";
import { recognizeSecrets } from "./secret";
import { recognizeSpokenEmails } from "./spoken-email";

/** The other recognizers, run on the normalized text; overlaps are resolved afterwards. */
export const RECOGNIZERS: readonly Recognizer[] = [
  recognizeNumbers,
  recognizeNumberPieces,
  recognizeEmails,
  recognizeSpokenEmails,
  recognizeEnglishDigits,
  recognizeSecrets,
  recognizeIdDocuments,
  recognizeInsuranceSymbols,
  recognizeBirthDates,
  recognizeAddresses,
  recognizeRomajiAddresses,
  recognizeForeignScriptAddresses,
  recognizeForeignIntros,
];

/** Name recognizers read the masker's name view (kanji numerals kept: 五月女, 一ノ瀬). */
export const NAME_RECOGNIZERS: readonly Recognizer[] = [
  recognizePersonNames,
  recognizeKanaFullNames,
  recognizeForeignNameSentences,
];
