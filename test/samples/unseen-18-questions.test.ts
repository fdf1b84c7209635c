import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-18.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-18-README.md). A development set
  // since the nineteenth round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IC",
    minRows: 285,
    fingerprint: "cf95102fb50ae6fc0e62fd9c7411694a2156290875ee9e8fb179487c822cbfe0",
    // Its brief asked for ordinary desk traffic with about 4 injections and 4–6 greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
