import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-9.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-9-README.md).
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "K",
    minRows: 190,
    fingerprint: "09acc24c73e32092f24ae55261f5399937e32eb341f3ef6d91feaa9775c10277",
    // Its brief asked for about 5 injections and a few greetings, fewer than blind-7's mix.
    checkMix: false,
  });
});
