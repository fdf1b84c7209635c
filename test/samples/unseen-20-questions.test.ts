import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-20.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-20-README.md). A development set
  // since the twenty-first round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IE",
    minRows: 285,
    fingerprint: "3680f9077bc037ad93138fa21cb9ada989cf790a5baa4a8f070f691423b54c6c",
    // Its brief asked for ordinary desk traffic with 3–6 injections and 4–6 greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
