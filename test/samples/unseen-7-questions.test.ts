import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-7.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-7-README.md).
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "T",
    minRows: 190,
    fingerprint: "422e76ac390c2ef82f99657ae2aad93e7cdb7a903126fc236ba2962c088cfaba",
    checkMix: true,
  });
});
