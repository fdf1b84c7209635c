import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-33.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-33-README.md). Run blind,
  // figures only, in the thirty-third round; a development set since the thirty-fourth.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IR",
    minRows: 285,
    fingerprint: "bb93bc9581a6c0db9780e2bb2291dad266da8ea5209baa3a5a64e83c790380c1",
    // The brief asked for ordinary desk traffic with about 5 injections and about 5 greetings,
    // fewer than the shared mix check expects.
    checkMix: false,
  });
});
