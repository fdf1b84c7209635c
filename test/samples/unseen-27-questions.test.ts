import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-27.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-27-README.md). Run blind, figures
  // only, in the twenty-seventh round; a development set since the twenty-eighth.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IL",
    minRows: 285,
    fingerprint: "c7e0bd40a4b7c67dacca50d0b06e05884a4ed8fde8f11c6fb9342a06c9a36728",
    // Like the briefs of sets 24 to 26, this one asked for ordinary desk traffic with 3–6
    // injections and 4–6 greetings, fewer than the shared mix check expects.
    checkMix: false,
  });
});
