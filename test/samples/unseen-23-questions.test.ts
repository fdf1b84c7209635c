import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-23.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-23-README.md). Run blind, figures
  // only, in the twenty-third round; a development set since the twenty-fourth.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IH",
    minRows: 285,
    fingerprint: "ac7e2eed8a801f6ca465aaf7266e6e0e054e32b1a4121252647822b7d38a60d9",
    // Its brief asked for ordinary desk traffic with 3–6 injections and 4–6 greetings, fewer than
    // the shared mix check expects.
    checkMix: false,
  });
});
