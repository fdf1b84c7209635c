import type { Recognizer } from "../types";
import { recognizeAddresses } from "./addresses";
import { recognizeBirthDates } from "./birth-dates";
import { recognizeEmails } from "./email";
import { recognizeIdDocuments } from "./id-documents";
import { recognizeNumbers } from "./numbers";
import { recognizePersonNames } from "./person-names";
import { recognizeSecrets } from "./secret";

/** Every recognizer, run on the normalized text; overlaps are resolved afterwards. */
export const RECOGNIZERS: readonly Recognizer[] = [
  recognizeNumbers,
  recognizeEmails,
  recognizeSecrets,
  recognizeIdDocuments,
  recognizeBirthDates,
  recognizeAddresses,
  recognizePersonNames,
];
