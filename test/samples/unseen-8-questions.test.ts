import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-8.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-8-README.md).
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "R",
    minRows: 190,
    fingerprint: "ecdca157511e55d13d5d2a1f6ef9d4a9a399d54830cc13a2e7d097fe7f939b27",
    // Its brief leans on answerable calls: the hand-over mix of blind-7 is not asked for.
    checkMix: false,
  });
});
