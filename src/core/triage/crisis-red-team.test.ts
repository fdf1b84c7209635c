import { RED_TEAM_CRISIS, RED_TEAM_LOOK_ALIKES } from "./__fixtures__/crisis-red-team";
import {
  MODEL_KNOWN_FALSE_ALARMS,
  POST_HOC_CRISIS,
  POST_HOC_LOOK_ALIKES,
} from "./__fixtures__/crisis-lines";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import { detectCrisis } from "./detect-signals";

// The blind red team (see the fixture's header for how it was written and frozen). Three
// separate groups so that a run's counts read straight off as the fixture's figures: crisis
// caught, kind right where routing depends on it (abuse goes to a welfare department, the
// other kinds do not), look-alikes wrongly raised.

const triage = triageRulesOnly;

// Known gaps: still raised. `it.failing` turns red once one is fixed.
const KNOWN_FALSE_ALARMS: readonly string[] = [
  "娘が学校で叩かれたとか言ってて、いじめの相談はどこですか",
  "子どものけんかで相手の親に怒鳴られました、学校に言うべき？",
  MODEL_KNOWN_FALSE_ALARMS.neighboursBaby,
];
// Not raised since the model reads Japanese without speech-recognition spaces (features v2).
// The second: raised by the model refitted with red teams 4-6 until training set 3's ordinary
// hand-overs joined the fit.
const FORMER_FALSE_ALARMS: readonly string[] = [
  MODEL_KNOWN_FALSE_ALARMS.motherInCare,
  "さっきから同じことばっかり言って、全然話にならないね",
  // Ninth round: dialect fillers (もう…けん) read as despair by the model refitted with red teams
  // 4-6; not raised since the fourteenth round's refit on every development set.
  "もうよかけん、職員ば出して",
];
// Caught since the seventh round (the warning signs: a goodbye, then no answer), and since the
// ninth (the model refitted with red teams 4 and 5, threshold 0.7).
const FORMER_MISSES: readonly string[] = [
  "彼女から「今から飛ぶ」ってメッセージが来て、既読がつかない",
  "娘が継父に毎晩部屋に入ってこられるって泣いてる",
];

describe("crisis red team", () => {
  describe("crisis caught", () => {
    it.each(RED_TEAM_CRISIS)("should treat %j as an emergency (%s)", (text) => {
      const result = triage(text);
      expect(result.action).toBe("emergency");
      expect(result.reasons[0]?.code).toBe("crisis");
      expect(result.crisis?.contacts.length).toBeGreaterThan(0);
    });
  });

  describe("kind right", () => {
    it.each(RED_TEAM_CRISIS)("should route %j by its kind (%s)", (text, kind) => {
      const result = triage(text);
      expect(result.action).toBe("emergency");
      if (kind === "abuse") expect(result.crisis?.kind).toBe("abuse");
      else expect(result.crisis?.kind).not.toBe("abuse");
    });
  });

  describe("look-alikes", () => {
    it.each(RED_TEAM_LOOK_ALIKES.map((line) => [line]))(
      "should not treat %j as a crisis",
      (text) => {
        expect(detectCrisis(text)).toBeNull();
        expect(triage(text).action).not.toBe("emergency");
      },
    );
  });

  describe("post-hoc lines (not blind)", () => {
    it.each(POST_HOC_CRISIS)("should treat %j as an emergency (%s)", (text, kind) => {
      const result = triage(text);
      expect(result.action).toBe("emergency");
      expect(result.crisis?.kind === "abuse").toBe(kind === "abuse");
    });

    it.each(POST_HOC_LOOK_ALIKES.map((line) => [line]))(
      "should not treat %j as a crisis",
      (text) => {
        expect(detectCrisis(text)).toBeNull();
        expect(triage(text).action).not.toBe("emergency");
      },
    );

    it.each(FORMER_MISSES.map((line) => [line]))("should now catch %j", (text) => {
      expect(triage(text).action).toBe("emergency");
    });

    it.each(FORMER_FALSE_ALARMS.map((line) => [line]))("should no longer raise %j", (text) => {
      expect(detectCrisis(text)).toBeNull();
    });

    it.failing.each(KNOWN_FALSE_ALARMS.map((line) => [line]))("still raises %j", (text) => {
      expect(detectCrisis(text)).toBeNull();
    });
  });

  it("should hold at least 150 crisis and 100 look-alike lines", () => {
    expect(RED_TEAM_CRISIS.length).toBeGreaterThanOrEqual(150);
    expect(RED_TEAM_LOOK_ALIKES.length).toBeGreaterThanOrEqual(100);
  });
});
