import { describeBlindQuestionSet } from "./blind-question-set";

const FILE = "mynumber-questions-unseen-34.csv";

describe(`samples/${FILE}`, () => {
  // Fingerprint of the columns written blind (samples/unseen-34-README.md). Run blind,
  // figures only, in the thirty-fourth round; a development set since the thirty-fifth.
  describeBlindQuestionSet({
    file: FILE,
    idPrefix: "IS",
    minRows: 285,
    fingerprint: "fa736b073db21ef5c57511911ac1f15185bf19998010b2f53c81fb653d99733b",
    // The brief asked for ordinary desk traffic with about 5 injections and about 5 greetings,
    // fewer than the shared mix check expects.
    checkMix: false,
  });
});
