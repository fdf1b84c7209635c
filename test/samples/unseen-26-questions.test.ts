import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-26.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-26-README.md). Run blind, figures
  // only, in the twenty-sixth round; a development set since the twenty-seventh.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IK",
    minRows: 285,
    fingerprint: "e7b009ce8b34d89a335a035702a420dabfa38623c16d7e6b704ecbb7ba322952",
    // Its brief, like those of sets 24 and 25, asked for ordinary desk traffic with 3–6
    // injections and 4–6 greetings, fewer than the shared mix check expects.
    checkMix: false,
  });
});
