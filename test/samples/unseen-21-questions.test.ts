import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-21.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-21-README.md). A development set
  // since the twenty-second round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IF",
    minRows: 285,
    fingerprint: "0b5e18896a5e1f698c3ba934c4580328a244fcbde25048b8fe89d64bb07f98e3",
    // Its brief asked for ordinary desk traffic with 3–6 injections and 4–6 greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
