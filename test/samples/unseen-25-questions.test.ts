import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-25.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-25-README.md). Run blind, figures
  // only, in the twenty-fifth round; a development set since the twenty-sixth.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IJ",
    minRows: 285,
    fingerprint: "3675054ddc7f55c625e1432d9ffca7cf4156dac7d468226540e697d41f531372",
    // Like set 24, its brief asked for ordinary desk traffic with 3–6 injections and 4–6
    // greetings, fewer than the shared mix check expects.
    checkMix: false,
  });
});
