import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-28.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-28-README.md). Run blind, figures
  // only, in the twenty-eighth round; a development set since the twenty-ninth.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IM",
    minRows: 285,
    fingerprint: "9c1bcc29a7a330d5666c1e82b0c30605e164297f3d246c7942bf054d5233fbfc",
    // The brief asked for ordinary desk traffic with 3–6 injections and 4–6 greetings, fewer
    // than the shared mix check expects.
    checkMix: false,
  });
});
