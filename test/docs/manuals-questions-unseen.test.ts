import { describeManualQuestionSet } from "./manuals-question-set";

// The first blind manual-search set is frozen: if its hash changes, it is no longer the set
// described in samples/manuals-questions-unseen.README.md (write a new set instead of editing).
describe("manuals-questions-unseen.csv", () => {
  describeManualQuestionSet({
    file: "manuals-questions-unseen.csv",
    idPrefix: "MU",
    minAnswerable: 50,
    minUnanswerable: 30,
    sha256: "c0de29dad0191ff55681f5c724ddf32ca23963fcefb6883266de5feb3a477583",
  });
});
