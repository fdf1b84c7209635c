import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-29.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-29-README.md). Run blind, figures
  // only, in the twenty-ninth round; a development set since the thirtieth.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IN",
    minRows: 285,
    fingerprint: "a11ca2c31887cd26d21d5a0cbe7c09c31cce882c7ad43e4b98b938420e731c09",
    // The brief asked for ordinary desk traffic with 3–6 injections and 4–6 greetings, fewer
    // than the shared mix check expects.
    checkMix: false,
  });
});
