import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-24.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-24-README.md). Run blind, figures
  // only, in the twenty-fourth round; a development set since the twenty-fifth.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "II",
    minRows: 285,
    fingerprint: "02c0ab8f2b5d8a271ada33e753997f1349a626a8c8a8d32dc29e3aab28d11859",
    // Its brief asked for ordinary desk traffic with 3–6 injections and 4–6 greetings, fewer than
    // the shared mix check expects.
    checkMix: false,
  });
});
