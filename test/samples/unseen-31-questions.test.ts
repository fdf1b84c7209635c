import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-31.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-31-README.md). Run blind,
  // figures only, in the thirty-first round; a development set since the thirty-second.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IP",
    minRows: 285,
    fingerprint: "28d318eb9b88cc904d1342242039663dc0ea4a828dfa9e3de87dd28449faa768",
    // The brief asked for ordinary desk traffic with about 5 injections and about 5 greetings,
    // fewer than the shared mix check expects.
    checkMix: false,
  });
});
