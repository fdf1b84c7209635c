import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-2.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-2-README.md).
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "W",
    minRows: 170,
    fingerprint: "4403a7d5534e5f46f7169cf21bf4d736cf670680902be81d7025a522dd5fbb3b",
    checkMix: true,
  });
});
