import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-4.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-4-README.md).
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "X",
    minRows: 190,
    fingerprint: "7b323c1b5b6bf29eb09c8d88c0572296afae763798a849a2ee4cdfbc68427698",
    checkMix: true,
  });
});
