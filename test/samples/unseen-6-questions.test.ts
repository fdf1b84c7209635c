import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-6.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-6-README.md).
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "V",
    minRows: 190,
    fingerprint: "36881b9abaa454c6e97f432957065e82ca4f1e31a0a32d99f6e68192df675dbe",
    checkMix: true,
  });
});
