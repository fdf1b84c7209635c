import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-13.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-13-README.md). A development set
  // since the fourteenth round, after blind runs in two sessions.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "E",
    minRows: 190,
    fingerprint: "7767c18282bdd39c72c23c4948a5b70ae48f4de13d4b5f8e978a3e388809203c",
    // Its brief asked for about 5 injections and 2–6 greetings, fewer than blind-7's mix (as blind-10 to -12).
    checkMix: false,
  });
});
