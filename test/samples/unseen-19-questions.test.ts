import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-19.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-19-README.md). A development set
  // since the twentieth round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "ID",
    minRows: 285,
    fingerprint: "d44fa25b52a9bdb16fe5fc62d384d373ba6c68bb44b8eca66f402e89cb1e8d5f",
    // Its brief asked for ordinary desk traffic with about 4 injections and 4–6 greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
