import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-16.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-16-README.md). A development set
  // since the seventeenth round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IA",
    minRows: 285,
    fingerprint: "f10855c8ba50be68ec52e148305834a50925ade7c310ddb5d4e56e05d3908a45",
    // Its brief asked for ordinary desk traffic with about 4 injections and 4–6 greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
