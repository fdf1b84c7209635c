import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-14.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-14-README.md). A development set
  // since the fifteenth round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "O",
    minRows: 285,
    fingerprint: "d221b542be990a5b0a1b2266573cba477fd131ce5097aec8b49ba31192733e06",
    // Its brief asked for ordinary desk traffic with about 4 injections and 4–6 greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
