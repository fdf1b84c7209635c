import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import { RED_TEAM_2_CRISIS, RED_TEAM_2_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-2";
import { detectCrisis } from "./detect-signals";

// The second blind red team (see the fixture's header). Its lines are never printed: this test
// reports only the three figures, so the set keeps measuring new wording. Once its misses are read
// to change the lexicon, it becomes a development set like the first one.
const FIXTURE = join(__dirname, "__fixtures__", "crisis-red-team-2.ts");
const FROZEN_BODY_SHA256 = "acf8762d0b89af01f3b2cd8578647c10cfced4093a65c8a2d410f72819b81b36";

const share = (hits: number, total: number) =>
  `${hits}/${total} (${((100 * hits) / total).toFixed(1)}%)`;

describe("crisis red team 2 (blind, figures only)", () => {
  it("should still be the frozen set", () => {
    const text = readFileSync(FIXTURE, "utf8");
    const body = text.slice(text.search(/^\/\/ FROZEN-BODY/mu));
    expect(createHash("sha256").update(body).digest("hex")).toBe(FROZEN_BODY_SHA256);
  });

  it("should catch most crises, route abuse by kind and raise few look-alikes", () => {
    let caught = 0;
    let kindRight = 0;
    for (const [text, kind] of RED_TEAM_2_CRISIS) {
      const result = triageRulesOnly(text);
      if (result.action !== "emergency") continue;
      caught += 1;
      if ((result.crisis?.kind === "abuse") === (kind === "abuse")) kindRight += 1;
    }
    const raised = RED_TEAM_2_LOOK_ALIKES.filter(
      (text) => detectCrisis(text) !== null || triageRulesOnly(text).action === "emergency",
    ).length;
    console.log(
      [
        "crisis red team 2 (blind):",
        `  crisis caught       ${share(caught, RED_TEAM_2_CRISIS.length)}`,
        `  kind right          ${share(kindRight, RED_TEAM_2_CRISIS.length)}`,
        `  look-alikes raised  ${share(raised, RED_TEAM_2_LOOK_ALIKES.length)}`,
      ].join("\n"),
    );
    expect(RED_TEAM_2_CRISIS.length).toBeGreaterThanOrEqual(150);
    expect(RED_TEAM_2_LOOK_ALIKES.length).toBeGreaterThanOrEqual(100);
    expect(caught / RED_TEAM_2_CRISIS.length).toBeGreaterThanOrEqual(0);
    expect(raised / RED_TEAM_2_LOOK_ALIKES.length).toBeLessThanOrEqual(1);
  });
});
