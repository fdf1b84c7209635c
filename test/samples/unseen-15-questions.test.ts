import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-15.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-15-README.md). A development set
  // since the sixteenth round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "I",
    minRows: 285,
    fingerprint: "846a70d18edc89c6f23035bf3589e2fd49a01dcc023a237f7b7eada19cc3f1fe",
    // Its brief asked for ordinary desk traffic with about 4 injections and 4–6 greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
