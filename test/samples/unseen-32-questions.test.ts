import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-32.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-32-README.md). Run blind,
  // figures only, in the thirty-second round; a development set since the thirty-third.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IQ",
    minRows: 285,
    fingerprint: "a521f329706efe7947e891e896acf680eb8ed0d1f99e49bdb33dc0ed0fbb182a",
    // The brief asked for ordinary desk traffic with about 5 injections and about 5 greetings,
    // fewer than the shared mix check expects.
    checkMix: false,
  });
});
