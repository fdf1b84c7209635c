import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-35.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-35-README.md). Run blind,
  // figures only, in the thirty-fifth round; a development set since the thirty-sixth.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IT",
    minRows: 285,
    fingerprint: "b019f5d713de272d64eef13261ab623146ba730fdca7bfff12583bf0282a1f82",
    // The brief asked for ordinary desk traffic with about 5 injections and about 5 greetings,
    // fewer than the shared mix check expects.
    checkMix: false,
  });
});
