import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-5.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-5-README.md).
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "Z",
    minRows: 190,
    fingerprint: "3c4b38b537a179533f4ce814a8ef463bc5cf6b8ce002117d47d7a8107f302cb2",
    checkMix: true,
  });
});
