import { describeManualQuestionSet } from "./manuals-question-set";

// The second blind manual-search set is frozen: if its hash changes, it is no longer the set
// described in samples/manuals-questions-unseen-2.README.md (write a new set instead of editing).
describe("manuals-questions-unseen-2.csv", () => {
  describeManualQuestionSet({
    file: "manuals-questions-unseen-2.csv",
    idPrefix: "MV",
    minAnswerable: 60,
    minUnanswerable: 30,
    sha256: "4eff32e5dace38141d00ab3d770204e539fced62648eccb4573d6d8324c6653a",
    unanswerableKinds: ["general", "vocab", "offtopic"],
  });
});
