import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-17.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-17-README.md). A development set
  // since the eighteenth round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IB",
    minRows: 285,
    fingerprint: "68a79223847f975aa6f5dea46d24c8a0379272ea64cbd6e597c498ed59cf60e2",
    // Its brief asked for ordinary desk traffic with about 4 injections and 4–6 greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
