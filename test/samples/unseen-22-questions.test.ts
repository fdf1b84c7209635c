import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-22.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-22-README.md). A development set
  // since the twenty-third round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IG",
    minRows: 285,
    fingerprint: "056a6421ab4624e010364140ad321d13a7c6e2f8552ca049e1a037731ee60f69",
    // Its brief asked for ordinary desk traffic with 3–6 injections and 4–6 greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
