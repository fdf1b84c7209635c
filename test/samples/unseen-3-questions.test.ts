import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-3.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-3-README.md).
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "Y",
    minRows: 190,
    fingerprint: "d71850580bd11987f8a7483a11cee78ef73e7b85bfb4458ce1395c596e985259",
    checkMix: true,
  });
});
