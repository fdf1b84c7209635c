import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-36.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-36-README.md). Run blind,
  // figures only, in the thirty-sixth round; a development set since the thirty-seventh.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IU",
    minRows: 285,
    fingerprint: "d8b54a15e6d75bc0d9e606650b04a69b34e914ecb7304daf5283d42d1a68ea4b",
    // The brief asked for ordinary desk traffic with about 5 injections and about 5 greetings,
    // fewer than the shared mix check expects.
    checkMix: false,
  });
});
