import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RedTeamKind } from "./__fixtures__/crisis-red-team";
import { RED_TEAM_2_CRISIS, RED_TEAM_2_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-2";
import { RED_TEAM_3_CRISIS, RED_TEAM_3_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-3";
import { RED_TEAM_4_CRISIS, RED_TEAM_4_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-4";
import { RED_TEAM_5_CRISIS, RED_TEAM_5_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-5";
import { RED_TEAM_6_CRISIS, RED_TEAM_6_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-6";
import { RED_TEAM_7_CRISIS, RED_TEAM_7_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-7";
import { RED_TEAM_8_CRISIS, RED_TEAM_8_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-8";
import { RED_TEAM_9_CRISIS, RED_TEAM_9_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-9";
import { RED_TEAM_10_CRISIS, RED_TEAM_10_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-10";
import { RED_TEAM_11_CRISIS, RED_TEAM_11_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-11";
import { RED_TEAM_12_CRISIS, RED_TEAM_12_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-12";
import { RED_TEAM_13_CRISIS, RED_TEAM_13_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-13";
import { RED_TEAM_14_CRISIS, RED_TEAM_14_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-14";
import { RED_TEAM_15_CRISIS, RED_TEAM_15_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-15";
import { RED_TEAM_16_CRISIS, RED_TEAM_16_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-16";
import { RED_TEAM_17_CRISIS, RED_TEAM_17_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-17";
import { RED_TEAM_18_CRISIS, RED_TEAM_18_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-18";
import { RED_TEAM_19_CRISIS, RED_TEAM_19_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-19";
import { RED_TEAM_20_CRISIS, RED_TEAM_20_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-20";
import { RED_TEAM_21_CRISIS, RED_TEAM_21_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-21";
import { RED_TEAM_22_CRISIS, RED_TEAM_22_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-22";
import { RED_TEAM_23_CRISIS, RED_TEAM_23_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-23";
import { RED_TEAM_24_CRISIS, RED_TEAM_24_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-24";
import { RED_TEAM_25_CRISIS, RED_TEAM_25_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-25";
import { RED_TEAM_26_CRISIS, RED_TEAM_26_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-26";
import { RED_TEAM_27_CRISIS, RED_TEAM_27_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-27";
import { RED_TEAM_28_CRISIS, RED_TEAM_28_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-28";
import { RED_TEAM_29_CRISIS, RED_TEAM_29_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-29";
import { RED_TEAM_30_CRISIS, RED_TEAM_30_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-30";
import { RED_TEAM_31_CRISIS, RED_TEAM_31_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-31";
import { RED_TEAM_32_CRISIS, RED_TEAM_32_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-32";
import { RED_TEAM_33_CRISIS, RED_TEAM_33_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-33";
import { RED_TEAM_34_CRISIS, RED_TEAM_34_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-34";
import { RED_TEAM_35_CRISIS, RED_TEAM_35_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-35";
import { RED_TEAM_36_CRISIS, RED_TEAM_36_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-36";
import { RED_TEAM_37_CRISIS, RED_TEAM_37_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-37";
import { RED_TEAM_38_CRISIS, RED_TEAM_38_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-38";
import { RED_TEAM_39_CRISIS, RED_TEAM_39_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-39";
import { RED_TEAM_40_CRISIS, RED_TEAM_40_LOOK_ALIKES } from "./__fixtures__/crisis-red-team-40";
import { CRISIS_TRAIN_1_CRISIS, CRISIS_TRAIN_1_LOOK_ALIKES } from "./__fixtures__/crisis-train-1";
import { CRISIS_TRAIN_2_CRISIS, CRISIS_TRAIN_2_LOOK_ALIKES } from "./__fixtures__/crisis-train-2";
import { CRISIS_TRAIN_3_CRISIS, CRISIS_TRAIN_3_LOOK_ALIKES } from "./__fixtures__/crisis-train-3";
import { CRISIS_TRAIN_4_CRISIS, CRISIS_TRAIN_4_LOOK_ALIKES } from "./__fixtures__/crisis-train-4";
import { CRISIS_TRAIN_5_CRISIS, CRISIS_TRAIN_5_LOOK_ALIKES } from "./__fixtures__/crisis-train-5";
import { CRISIS_TRAIN_6_CRISIS, CRISIS_TRAIN_6_LOOK_ALIKES } from "./__fixtures__/crisis-train-6";
import { triageRulesOnly } from "./__fixtures__/triage-rules-only";
import { detectCrisis } from "./detect-signals";

// The later red teams, each written blind by a different author (see each fixture's header).
// Only the three figures are printed, never a line: a set stays a measure of new wording until its
// misses are read to change the lexicon. Sets 2 and 3 were read after their first runs; sets 4 to 6
// in the ninth round, once each had been run several times (their headers have the figures before
// they were read), set 7 in the tenth round after two runs, set 8 in the eleventh round after two
// runs, sets 9 to 39 in the twelfth to forty-second rounds after runs in two sessions. Those
// thirty-eight are development sets now. Since the fourteenth round the crisis model is fitted on
// every one of them (red teams 1 to 11) and on crisis training sets 1 to 5 (before: red teams 1
// to 6 only).
// Set 12 was read in the fifteenth round; the fitting script scores it left out but does not fit
// on it (fitted on, the model raised more ordinary question rows left out; see `SCORED_ONLY` in
// scripts/triage/fit-crisis-model.ts). Set 13 became a development set in the sixteenth round
// and was read then; like set 12 it is scored by the fitting script's report but not fitted on.
// Set 14 became a development set in the seventeenth round, set 15 in the eighteenth, set 16 in
// the nineteenth, set 17 in the twentieth, set 18 in the twenty-first, set 19 in the
// twenty-second, set 20 in the twenty-third, set 21 in the twenty-fourth, set 22 in the
// twenty-fifth, set 23 in the twenty-sixth, set 24 in the twenty-seventh, set 25 in the
// twenty-eighth, set 26 in the twenty-ninth, set 27 in the thirtieth, set 28 in the
// thirty-first, set 29 in the thirty-second, set 30 in the thirty-third, set 31 in the
// thirty-fourth, set 32 in the thirty-fifth, set 33 in the thirty-sixth, set 34 in the
// thirty-seventh, set 35 in the thirty-eighth, set 36 in the thirty-ninth, set 37 in the fortieth,
// set 38 in the forty-first, set 39 in the forty-second. Set 40 is blind: its lines are never
// printed or read, nor fitted on.
type RedTeamSet = {
  readonly name: string;
  readonly file: string;
  readonly bodySha256: string;
  readonly crisis: ReadonlyArray<readonly [string, RedTeamKind]>;
  readonly lookAlikes: readonly string[];
  /** Floors below the figures last measured, so a regression fails the run. */
  readonly minCaught: number;
  readonly maxRaised: number;
};

const SETS: readonly RedTeamSet[] = [
  {
    name: "red team 2 (development set)",
    file: "crisis-red-team-2.ts",
    bodySha256: "acf8762d0b89af01f3b2cd8578647c10cfced4093a65c8a2d410f72819b81b36",
    crisis: RED_TEAM_2_CRISIS,
    lookAlikes: RED_TEAM_2_LOOK_ALIKES,
    minCaught: 0.97,
    maxRaised: 0.02,
  },
  {
    name: "red team 3 (development set)",
    file: "crisis-red-team-3.ts",
    bodySha256: "65cd7b7d158b4850755928d8a1c7d03353b0ddf20c0de52bce31a4df6b63ff1c",
    crisis: RED_TEAM_3_CRISIS,
    lookAlikes: RED_TEAM_3_LOOK_ALIKES,
    minCaught: 0.97,
    maxRaised: 0.02,
  },
  {
    name: "red team 4 (development set)",
    file: "crisis-red-team-4.ts",
    bodySha256: "d53a88c8f635885da7687d510c096a57e3b5279b7e8464bd616dbd1fb5f67ffc",
    crisis: RED_TEAM_4_CRISIS,
    lookAlikes: RED_TEAM_4_LOOK_ALIKES,
    // Read in the ninth round; last run before: 141/189 caught, 13/147 raised.
    minCaught: 0.85,
    maxRaised: 0.02,
  },
  {
    name: "red team 5 (development set)",
    file: "crisis-red-team-5.ts",
    bodySha256: "51f2c4f2c56a89eb51246b467e7b8870a619e2b75e7019ed6dd56ffd1fe4df07",
    crisis: RED_TEAM_5_CRISIS,
    lookAlikes: RED_TEAM_5_LOOK_ALIKES,
    // Read in the ninth round; last run before: 152/191 caught, 27/154 raised.
    minCaught: 0.88,
    maxRaised: 0.04,
  },
  {
    name: "red team 6 (development set)",
    file: "crisis-red-team-6.ts",
    bodySha256: "90eff78647a5c85ce86e68cec6bfd0796b4bfd8665dd84b03704acacbe3b1e85",
    crisis: RED_TEAM_6_CRISIS,
    lookAlikes: RED_TEAM_6_LOOK_ALIKES,
    // Read in the ninth round; last run before (with the changes from sets 4 and 5): 156/175
    // caught, 25/178 raised.
    minCaught: 0.9,
    maxRaised: 0.02,
  },
  {
    name: "red team 7 (development set)",
    file: "crisis-red-team-7.ts",
    bodySha256: "c8986aed0212aeceb14416f922f9d3831deb43c4dffe1b529fdb85b1b2ac340a",
    crisis: RED_TEAM_7_CRISIS,
    lookAlikes: RED_TEAM_7_LOOK_ALIKES,
    // Blind runs: 170/202 caught, 18/206 raised (c337992), then 165/202 and 18/206 (099d009).
    // Read in the tenth round.
    minCaught: 0.95,
    maxRaised: 0.02,
  },
  {
    // Written as training data and tuned on in the tenth round (50/300 missed and 39/273 raised
    // before); kept here so a later change does not undo it.
    name: "training set 1 (tuned on)",
    file: "crisis-train-1.ts",
    bodySha256: "a9b5d15c51771b7c6de6fc3f075187f85fec4e0b92a1f8affbd37aefd17b2ae9",
    crisis: CRISIS_TRAIN_1_CRISIS,
    lookAlikes: CRISIS_TRAIN_1_LOOK_ALIKES,
    minCaught: 0.97,
    maxRaised: 0.02,
  },
  {
    // Third parties, things seen or smelled, foreign residents; tuned on at the end of the tenth
    // round (38/263 missed and 39/259 raised before).
    name: "training set 2 (tuned on)",
    file: "crisis-train-2.ts",
    bodySha256: "23343bc2271b85c1036b9e4eb23a2141880e2ff1728e312c0c74fd0d489352e4",
    crisis: CRISIS_TRAIN_2_CRISIS,
    lookAlikes: CRISIS_TRAIN_2_LOOK_ALIKES,
    minCaught: 0.97,
    maxRaised: 0.06,
  },
  {
    // Danger said sideways, symptoms only, neighbours and carers, threats in quotes, dialects, chat
    // text and foreign residents; tuned on in the eleventh round. First run (bfde487): 246/305
    // caught, kind right 219, 53/301 raised.
    name: "training set 3 (tuned on)",
    file: "crisis-train-3.ts",
    bodySha256: "a93bf457bd7b157d43d12595585d5ed67eba6935d4bae241827c16c7632ed220",
    crisis: CRISIS_TRAIN_3_CRISIS,
    lookAlikes: CRISIS_TRAIN_3_LOOK_ALIKES,
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    // The danger said once inside a long calm request, plans and hidden methods, carers and care
    // homes, threats by ex-partners, symptoms only, dialects, romaji and foreign residents (Thai and
    // Burmese new); tuned on in the twelfth round. First run (e270830): 239/303 caught, kind right
    // 208, 22/304 raised; after: 303/303, 285, 0/304.
    name: "training set 4 (tuned on)",
    file: "crisis-train-4.ts",
    bodySha256: "2633742ebcabc3f55cf7254678cc995aad7a3c5500cc3269677ad30cd7550cd0",
    crisis: CRISIS_TRAIN_4_CRISIS,
    lookAlikes: CRISIS_TRAIN_4_LOOK_ALIKES,
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    // Look-alikes about two to one: paperwork after a death, services asked about, idioms, other
    // people's stories and hobbies next to crises in the same desk context; tuned on in the
    // thirteenth round. First run (943347c): 184/209 caught, kind right 161, 20/398 raised; after:
    // 209/209, 192, 1/398 (「もう死にたい気分です」 about a locked card, sent to a person on purpose).
    name: "training set 5 (tuned on)",
    file: "crisis-train-5.ts",
    bodySha256: "7736f129f6405477c03f7ab71af891589dff797daf5ee484cec365f801643609",
    crisis: CRISIS_TRAIN_5_CRISIS,
    lookAlikes: CRISIS_TRAIN_5_LOOK_ALIKES,
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    // Ordinary worries told at a desk (a neighbour's music, a scraped knee, a quarrel, a leak, a
    // stove already off) two to one against crises in the same contexts, written blind in the
    // twenty-seventh round as training data for the next refit; not fitted on (the helper who
    // wrote the round's guard measured it and looked at lines it still raised). First run
    // (8292361): 143/150 caught, kind right 135, 44/300 raised; 34/300 after the round's guard on
    // a mild, ongoing or finished state (5a618b3, a8b94bb).
    name: "training set 6 (not yet fitted)",
    file: "crisis-train-6.ts",
    bodySha256: "be373588428b7f78d13d95f00ae6937080292939b4efdb26e479bd0b8feb7432",
    crisis: CRISIS_TRAIN_6_CRISIS,
    lookAlikes: CRISIS_TRAIN_6_LOOK_ALIKES,
    minCaught: 0.9,
    maxRaised: 0.15,
  },
  {
    name: "red team 8 (development set)",
    file: "crisis-red-team-8.ts",
    bodySha256: "fea050fb4cc8788cd562444cee13b9cde1f69d73552c280921a260d64fcbd368",
    crisis: RED_TEAM_8_CRISIS,
    lookAlikes: RED_TEAM_8_LOOK_ALIKES,
    // Blind runs: 179/200 caught, 32/207 raised (099d009), then 184/200 and 22/207 (3625e15).
    // Read in the eleventh round.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 9 (development set)",
    file: "crisis-red-team-9.ts",
    bodySha256: "b8eeaaa3ef3a68022e90e4e58fef2c09d803f3bdd878d6a4348c6ff7ad974858",
    crisis: RED_TEAM_9_CRISIS,
    lookAlikes: RED_TEAM_9_LOOK_ALIKES,
    // First runs (figures only): 175/200 caught, kind right 153, 25/200 raised at the eleventh
    // round's start (3625e15); 176/200, 158, 25/200 after red team 8 was read (1d12391); 176/200,
    // 157, 23/200 at the twelfth round's start (168811e). Read in the twelfth round; after
    // reading: 200/200 caught, kind right 189, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 10 (development set)",
    file: "crisis-red-team-10.ts",
    bodySha256: "7e86e0158d583211916dc4843c9c0e75dcd15dac19f15d6414d60112a7ffd679",
    crisis: RED_TEAM_10_CRISIS,
    lookAlikes: RED_TEAM_10_LOOK_ALIKES,
    // First run (figures only), at the twelfth round's start (168811e): 164/200 caught, kind
    // right 143, 14/200 raised; 169/200, 149, 13/200 at its end, after red team 9 and crisis
    // training set 4 were read (9361001), and the same at the thirteenth round's start (d9799a7).
    // Read in the thirteenth round; after reading: 200/200 caught, kind right 187, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 11 (development set)",
    file: "crisis-red-team-11.ts",
    bodySha256: "8e446819f6dcbad949b6c8dd142530408f8631a3c1f89429d73ad5ea86b6928a",
    crisis: RED_TEAM_11_CRISIS,
    lookAlikes: RED_TEAM_11_LOOK_ALIKES,
    // First runs (figures only): 181/200 caught, kind right 158, 25/200 raised at the thirteenth
    // round's start (943347c); 181/200, 159, 25/200 after red team 10 was read (a93424c), at the
    // thirteenth round's end and at the fourteenth round's start (b20d1b9). A development set since.
    // Read in the fourteenth round (and fitted on by the refitted model); after reading: 200/200
    // caught, kind right 187, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 12 (development set)",
    file: "crisis-red-team-12.ts",
    bodySha256: "fda555ef34c42f933e01969c1edac16a15a307a4a9369dd6bbd6569bffae0ae6",
    crisis: RED_TEAM_12_CRISIS,
    lookAlikes: RED_TEAM_12_LOOK_ALIKES,
    // Written with no special theme: what a citizen desk meets over a year, half of the crises in
    // the middle of an ordinary errand. First run (figures only) at the fourteenth round's start
    // (b20d1b9): 172/200 caught, kind right 151, 22/200 raised; 181/200, 161, 21/200 at its end and
    // at the fifteenth round's start (57b25b6). A development set since. Read in the fifteenth
    // round (rules and cues; not fitted on by the model); after reading: 200/200 caught, kind
    // right 188, 1/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 13 (development set)",
    file: "crisis-red-team-13.ts",
    bodySha256: "636c03c6953231d904659d22a239dcef816ec26adf0065e571588755ea25984c",
    crisis: RED_TEAM_13_CRISIS,
    lookAlikes: RED_TEAM_13_LOOK_ALIKES,
    // Again no special theme (a different year at a different ward), about half of the crises in
    // the middle of an errand. First run (figures only) at the fifteenth round's start (57b25b6):
    // 190/200 caught, kind right 169, 28/200 raised; 191/200, 170, 28/200 at its end and at the
    // sixteenth round's start (b6cded9). A development set since. Read in the sixteenth round
    // (rules and cues; scored, not fitted on, by the model); after reading: 200/200 caught, kind
    // right 190, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 14 (development set)",
    file: "crisis-red-team-14.ts",
    bodySha256: "6a6037f6c5fe3e21905bd69cb00fa5a8448e841b496e2d2e8029f234119594f9",
    crisis: RED_TEAM_14_CRISIS,
    lookAlikes: RED_TEAM_14_LOOK_ALIKES,
    // Again no special theme (another year at another ward), 106 of the crises in the middle of an
    // errand. First run (figures only) at the sixteenth round's start (b6cded9): 190/200 caught,
    // kind right 165, 26/200 raised; the same at its end and the seventeenth round's start
    // (9b4db38). A development set since. Read in the seventeenth round (rules and cues; not
    // fitted on by the model); after reading: 200/200 caught, kind right 194, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 15 (development set)",
    file: "crisis-red-team-15.ts",
    bodySha256: "58602fcaa079e0bdc8c875d16fe732b82bcaf054b04101b7ac4d7d0e0cfd7b07",
    crisis: RED_TEAM_15_CRISIS,
    lookAlikes: RED_TEAM_15_LOOK_ALIKES,
    // Again no special theme (another year at another ward), 103 of the crises in the middle of an
    // errand. First run (figures only) at the seventeenth round's start (9b4db38): 188/200 caught,
    // kind right 169, 28/200 raised; 188/200, kind right 169, 26/200 raised at its end and the
    // eighteenth round's start (7bfdc27/9fcbdd9). A development set since. Read in the
    // eighteenth round (rules and cues; not fitted on by the model); after reading: 200/200
    // caught, kind right 191, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 16 (development set)",
    file: "crisis-red-team-16.ts",
    bodySha256: "9c1e663a319356bdf45c83514e08c87374653c5424bf34206598791c054bf507",
    crisis: RED_TEAM_16_CRISIS,
    lookAlikes: RED_TEAM_16_LOOK_ALIKES,
    // Again no special theme (another year at another ward), 107 of the crises in the middle of an
    // errand. First run (figures only) at the eighteenth round's start (9fcbdd9): 186/200 caught,
    // kind right 164, 42/200 raised; 186/200, kind right 164, 40/200 raised at its end and the
    // nineteenth round's start (3f450a0/2372ef8). A development set since. Read in the
    // nineteenth round (rules and cues; not fitted on by the model); after reading: 200/200
    // caught, kind right 194, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 17 (development set)",
    file: "crisis-red-team-17.ts",
    bodySha256: "fbfebf36bb5ec4142b1618396b701ea24af8b24e0e412c06ac3d3203c1167e78",
    crisis: RED_TEAM_17_CRISIS,
    lookAlikes: RED_TEAM_17_LOOK_ALIKES,
    // Again no special theme (another year at another ward), 108 of the crises in the middle of an
    // errand. First run (figures only) at the nineteenth round's start (2372ef8): 195/200 caught,
    // kind right 178, 24/200 raised; 195/200, kind right 179, 22/200 raised at its end and the
    // twentieth round's start (7275ace/f6c6539). A development set since. Read in the twentieth
    // round (rules and cues; not fitted on by the model); after reading: 200/200 caught, kind
    // right 193, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 18 (development set)",
    file: "crisis-red-team-18.ts",
    bodySha256: "6c33ee096b77853c5ae4e72d69de773df2462d1f2536fa27a10a7d8f05b7e40f",
    crisis: RED_TEAM_18_CRISIS,
    lookAlikes: RED_TEAM_18_LOOK_ALIKES,
    // Again no special theme (another year at another ward), 100 of the crises in the middle of an
    // errand. First run (figures only) at the twentieth round's start (f6c6539): 194/200 caught,
    // kind right 176, 28/200 raised; the same at its end and the twenty-first round's start
    // (6c33c69/a4c6181). A development set since. Read in the twenty-first round (rules and
    // cues; not fitted on by the model); after reading: 200/200 caught, kind right 189, 0/200
    // raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 19 (development set)",
    file: "crisis-red-team-19.ts",
    bodySha256: "9259333d809b98d3d91ba2f54fda57fd133f1601fa3fd6550ace30861f621fb3",
    crisis: RED_TEAM_19_CRISIS,
    lookAlikes: RED_TEAM_19_LOOK_ALIKES,
    // Again no special theme (another year at another ward), 100 of the crises in the middle of an
    // errand. First run (figures only) at the twenty-first round's start (fdd30a0): 196/200
    // caught, kind right 179, 24/200 raised; 196/200, 179, 23/200 at its end and the
    // twenty-second round's start (7408213/5ff6e6b). A development set since. Read in the
    // twenty-second round (rules and cues; not fitted on by the model); after reading: 200/200
    // caught, kind right 194, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 20 (development set)",
    file: "crisis-red-team-20.ts",
    bodySha256: "63a8200c8069f35f325ca0e2e9ce8b2123cdcd3b3823814e33d643b88f8f858b",
    crisis: RED_TEAM_20_CRISIS,
    lookAlikes: RED_TEAM_20_LOOK_ALIKES,
    // Again no special theme (another year at a ninth ward), 100 of the crises in the middle of an
    // errand. First run (figures only) at the twenty-second round's start (8f8fe30): 191/200
    // caught, kind right 177, 33/200 raised; 192/200, 177, 31/200 at its end and the twenty-third
    // round's start (ebc96b3/2cf6f69). A development set since. Read in the twenty-third round
    // (rules and cues; not fitted on by the model); after reading: 200/200 caught, kind right 194,
    // 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 21 (development set)",
    file: "crisis-red-team-21.ts",
    bodySha256: "4769638d8b23b0c3448e008b332741c86db9582730700baf03d0a795d29a90f2",
    crisis: RED_TEAM_21_CRISIS,
    lookAlikes: RED_TEAM_21_LOOK_ALIKES,
    // Again no special theme (another year at a tenth ward), 100 of the crises in the middle of an
    // errand. First run (figures only) at the twenty-third round's start (ec7358a, the engine of
    // 2cf6f69): 190/200 caught, kind right 183, 42/200 raised; the same at its end and the
    // twenty-fourth round's start (0a1b8eb/55f8daf). A development set since. Read in the
    // twenty-fourth round (rules and cues; not fitted on by the model); after reading: 200/200
    // caught, kind right 200, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 22 (development set)",
    file: "crisis-red-team-22.ts",
    bodySha256: "f8b12dc884b6d737740952ba7c9c7d2d43062550a37b710a32e4684d9b550d48",
    crisis: RED_TEAM_22_CRISIS,
    lookAlikes: RED_TEAM_22_LOOK_ALIKES,
    // Again no special theme (another year at an eleventh ward), 100 of the crises in the middle of
    // an errand. First run (figures only) at the twenty-fourth round's start (906d1de, the engine
    // of 55f8daf): 191/200 caught, kind right 178, 30/200 raised; 192/200, 180, 27/200 at its end
    // and the twenty-fifth round's start (1e966af/f93a4a9). A development set since. Read in the
    // twenty-fifth round (rules and cues; not fitted on by the model); after reading: 200/200
    // caught, kind right 198, 0/200 raised (the two kinds left: a partner's violence told while
    // hiding with the children, which earlier sets call child abuse).
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 23 (development set)",
    file: "crisis-red-team-23.ts",
    bodySha256: "e9eb30763b221585eeede82d84146b34c23cd97117584a0851d71aa89d492009",
    crisis: RED_TEAM_23_CRISIS,
    lookAlikes: RED_TEAM_23_LOOK_ALIKES,
    // Again no special theme (another year at a twelfth ward), 100 of the crises in the middle of
    // an errand. First run (figures only) at the twenty-fifth round's start (7a61f42, the engine
    // of f93a4a9): 184/200 caught, kind right 174, 26/200 raised; the same at its end and the
    // twenty-sixth round's start (dc902aa/c11d8c1). A development set since. Read in the
    // twenty-sixth round (rules and cues; not fitted on by the model); after reading: 200/200
    // caught, kind right 199, 0/200 raised (the kind left: a partner's violence told with the
    // children there, which earlier sets call child abuse).
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 24 (development set)",
    file: "crisis-red-team-24.ts",
    bodySha256: "e0847b6a0b0da457f7520becc7d21b0ed082bb2574936569382330da4b87f031",
    crisis: RED_TEAM_24_CRISIS,
    lookAlikes: RED_TEAM_24_LOOK_ALIKES,
    // Again no special theme (another year at a thirteenth ward), 100 of the crises in the middle
    // of an errand. First run (figures only) at the twenty-sixth round's start (a045a4b, the engine
    // of c11d8c1): 190/200 caught, kind right 182, 46/200 raised; 191/200, 185, 45/200 at its end and
    // the twenty-seventh round's start (34237d4/260f75d). A development set since. Read in the
    // twenty-seventh round (rules and cues; not fitted on by the model); after reading: 200/200
    // caught, kind right 200, 0/200 raised.
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 25 (development set)",
    file: "crisis-red-team-25.ts",
    bodySha256: "e4756447c2d68a09c4c68b17c1852292e405fd4ccc4b3777eca9638e5f4508de",
    crisis: RED_TEAM_25_CRISIS,
    lookAlikes: RED_TEAM_25_LOOK_ALIKES,
    // Again no special theme (another year at a fourteenth ward), 100 of the crises in the middle
    // of an errand. First run (figures only) at the twenty-seventh round's start (8292361, the
    // engine of 260f75d): 190/200 caught, kind right 175, 37/200 raised; 191/200, 176, 34/200 at
    // its end and the twenty-eighth round's start (cc3336e/1d4faac). A development set since.
    // Read in the twenty-eighth round (rules and cues; not fitted on by the model); after
    // reading: 197/200 caught, kind right 182, 13/200 raised (left: crises the model scores
    // just under its threshold, abuse of a child or an old person read as violence or medical,
    // and look-alikes that borrow a crisis word for a service, a joke or a past they do not
    // close). Then a child hurt by a parent read as abuse whichever rule raised it
    // (crisis-family-harm.ts): kind right 186.
    minCaught: 0.97,
    maxRaised: 0.1,
  },
  {
    name: "red team 26 (development set)",
    file: "crisis-red-team-26.ts",
    bodySha256: "1a6bb8e630ca26be9459d3fee2189f3c47a33206b6ca113f51d130c8fe9d7ffa",
    crisis: RED_TEAM_26_CRISIS,
    lookAlikes: RED_TEAM_26_LOOK_ALIKES,
    // Again no special theme (another year at a fifteenth ward), 100 of the crises in the middle
    // of an errand. First run (figures only) at the twenty-eighth round's start (60f6dac, the
    // engine of 1d4faac): 184/200 caught, kind right 175, 30/200 raised; 185/200, 176, 28/200 at
    // its end and the twenty-ninth round's start (24b3477/7bbd19d). A development set since.
    // Read in the twenty-ninth round (rules and cues; not fitted on by the model); after
    // reading: 199/200 caught, kind right 190, 19/200 raised (left: a jump announced in two
    // short sentences, abuse of a child read as medical, and look-alikes that borrow a crisis word
    // for a past, a service, a joke or a fear they do not close).
    minCaught: 0.99,
    maxRaised: 0.1,
  },
  {
    name: "red team 27 (development set)",
    file: "crisis-red-team-27.ts",
    bodySha256: "37c3bb10cd7a83997600dbbbe5eb43fbb9a55e507e32d0bf40c9e9c3548b3db6",
    crisis: RED_TEAM_27_CRISIS,
    lookAlikes: RED_TEAM_27_LOOK_ALIKES,
    // Again no special theme (another year at a sixteenth ward), 100 of the crises in the middle
    // of an errand. First run (figures only) at the twenty-ninth round's start (8044371, the
    // engine of 7bbd19d): 184/200 caught, kind right 171, 24/200 raised; the same at its end and
    // the thirtieth round's start (34ced4c/1439265). A development set since. Judged a refit of the
    // crisis model on every read set in the thirtieth round (figures only, not written; see
    // fit-crisis-model.ts), then read (rules and cues; not fitted on by the model); after reading:
    // 199/200 caught, kind right 186, 5/200 raised (left: a child tied and beaten in Tohoku
    // dialect, kinds the model reads otherwise, and look-alikes that tell a past or a feeling).
    minCaught: 0.99,
    maxRaised: 0.05,
  },
  {
    name: "red team 28 (development set)",
    file: "crisis-red-team-28.ts",
    bodySha256: "e3facfb8fc003f111c85bbe54127a71dc9808716b08d6098481a533e4d320135",
    crisis: RED_TEAM_28_CRISIS,
    lookAlikes: RED_TEAM_28_LOOK_ALIKES,
    // Again no special theme (another year at a seventeenth ward), 100 of the crises in the middle
    // of an errand. First run (figures only) at the thirtieth round's start (a5f7a7f, the engine of
    // 1439265): 173/200 caught, kind right 156, 22/200 raised: the lowest first catch in recent
    // rounds; 174/200, 157, 21/200 at its end and the thirty-first round's start (40d49af/ff91124).
    // A development set since. Read in the thirty-first round (rules and cues; not fitted on by the
    // model); after reading: 200/200 caught, kind right 198, 0/200 raised (left: two partners'
    // violence with a child there, which the engine reads as abuse and the set as violence).
    minCaught: 0.99,
    maxRaised: 0.05,
  },
  {
    name: "red team 29 (development set)",
    file: "crisis-red-team-29.ts",
    bodySha256: "371a5060fd189da3ddff77cf78e21f67865b6e9e2d40becd4bcdf64e1cf00d73",
    crisis: RED_TEAM_29_CRISIS,
    lookAlikes: RED_TEAM_29_LOOK_ALIKES,
    // Again no special theme (another year at an eighteenth ward), 100 of the crises in the middle
    // of an errand. First run (figures only) at the thirty-first round's start (b2c9d6d, the engine
    // of ff91124): 173/200 caught, kind right 167, 17/200 raised; 175/200, 169, 15/200 at its end
    // and the thirty-second round's start (1ba14c2/b872fc6). A development set since. Read in the
    // thirty-second round (rules and cues; not fitted on by the model); after reading: 200/200
    // caught, kind right 198, 0/200 raised (left: a partner's violence with a child there and a
    // husband beating his wife with a cane, which the engine and the set label differently).
    minCaught: 0.99,
    maxRaised: 0.05,
  },
  {
    name: "red team 30 (development set)",
    file: "crisis-red-team-30.ts",
    bodySha256: "69bafc73740d4763fbd5141bf48130dd7848812b15f531f0e24c65b39585979a",
    crisis: RED_TEAM_30_CRISIS,
    lookAlikes: RED_TEAM_30_LOOK_ALIKES,
    // Again no special theme (another year at a nineteenth ward), 100 of the crises in the middle
    // of an errand. First run (figures only) at the thirty-second round's start (f33fb15, the
    // engine of b872fc6): 177/200 caught, kind right 170, 26/200 raised (the most look-alikes
    // raised at a first run in recent rounds); 178/200, 171, 25/200 at its end and the thirty-third
    // round's start (8e1f981/2dbfc81). A development set since. Read in the thirty-third round
    // (rules and cues; not fitted on by the model); after reading: 200/200 caught, kind right 199,
    // 2/200 raised (left: a wife beaten with her child there, which the engine reads as abuse and
    // the set as violence; a wish to die said as a false start and taken back, which the engine
    // keeps as a sign; a quote of being shut in explained by a broken lock).
    minCaught: 0.99,
    maxRaised: 0.05,
  },
  {
    name: "red team 31 (development set)",
    file: "crisis-red-team-31.ts",
    bodySha256: "ba4a165e0874925fe48e0e9d31ba29a232e9ac9e92eac45fd3b2d198ac53c2fb",
    crisis: RED_TEAM_31_CRISIS,
    lookAlikes: RED_TEAM_31_LOOK_ALIKES,
    // Again no special theme (another year at a twentieth ward), 100 of the crises in the middle
    // of an errand. First run (figures only) at the thirty-third round's start (1e0c86e, the
    // engine of 2dbfc81): 172/200 caught, kind right 168, 16/200 raised; 173/200, 170, 12/200 at
    // its end and the thirty-fourth round's start (8444919/89aff73). A development set since. A
    // table printed by mistake showed us two of its missed lines (crises 18 and 21) before they were
    // removed; no rule was written from them. Read in the thirty-fourth round (rules and cues; not
    // fitted on by the model); after reading: 200/200 caught, kind right 199, 0/200 raised (left:
    // a worker beaten and locked in by an employer in Indonesian, which the engine reads as
    // violence and the set as abuse).
    minCaught: 0.99,
    maxRaised: 0.05,
  },
  {
    name: "red team 32 (development set)",
    file: "crisis-red-team-32.ts",
    bodySha256: "dcc2939933daa9a876201731786b75e3dbb00fc14dfb59313d8861c3b3484efd",
    crisis: RED_TEAM_32_CRISIS,
    lookAlikes: RED_TEAM_32_LOOK_ALIKES,
    // Again no special theme (another year at a twenty-first ward), 100 of the crises in the
    // middle of an errand. First run (figures only) at the thirty-fourth round's start (2a073df, the
    // engine of 89aff73): 174/200 caught, kind right 162, 11/200 raised; 175/200, 164, 11/200 at
    // its end and the thirty-fifth round's start (42bf091/ce77bab). A development set since. Read
    // in the thirty-fifth round (rules and cues; not fitted on by the model); after reading:
    // 200/200 caught, kind right 199, 0/200 raised (left: a worker beaten and locked in by an
    // employer in Indonesian, which the engine reads as violence and the set as abuse, as red team
    // 31's).
    minCaught: 0.99,
    maxRaised: 0.05,
  },
  {
    name: "red team 33 (development set)",
    file: "crisis-red-team-33.ts",
    bodySha256: "8bda6689e4c93159fd86bc097d1ede2481eb91bbadcabd6e4c996fcb7a3ff2ed",
    crisis: RED_TEAM_33_CRISIS,
    lookAlikes: RED_TEAM_33_LOOK_ALIKES,
    // Again no special theme (another year at a twenty-second ward), 100 of the crises in the
    // middle of an errand. First run (figures only) at the thirty-fifth round's start (b9c6b9d, the
    // engine of ce77bab): 168/200 caught, kind right 160, 6/200 raised; 170/200, 162, 6/200 at
    // its end and the thirty-sixth round's start (a80aeb1/09d5aaa). A development set since. Read
    // in the thirty-sixth round (rules and cues; not fitted on by the model); after reading:
    // 200/200 caught, kind right 198, 0/200 raised (left: a disabled brother beaten and unfed by
    // his employer, which the engine reads as violence and the set as abuse, as red teams 31's and
    // 32's; a husband's knife threat to the caller and her child, which the engine reads as abuse
    // seen by a child and the set as violence).
    minCaught: 0.99,
    maxRaised: 0.05,
  },
  {
    name: "red team 34 (development set)",
    file: "crisis-red-team-34.ts",
    bodySha256: "f6421c46001ba597dfa1c8829973c82480aa8be7995656c42a50e3eb1344c029",
    crisis: RED_TEAM_34_CRISIS,
    lookAlikes: RED_TEAM_34_LOOK_ALIKES,
    // Again no special theme (another year at a twenty-third ward), 100 of the crises in the
    // middle of an errand. First run (figures only) at the thirty-sixth round's start (4b7d72a, the
    // engine of 09d5aaa): 159/200 caught, kind right 151, 15/200 raised; 161/200, 152, 15/200 at
    // its end and the thirty-seventh round's start (26fe497/0fbc1be). A development set since. Read
    // in the thirty-seventh round (rules and cues; not fitted on by the model); after reading:
    // 200/200 caught, kind right 199, 1/200 raised (left: a husband's knife held before a room the
    // caller and her child are shut in, which the engine reads as abuse seen by a child and the set
    // as violence, as red team 33's; a wish to die said and taken back for a word that sounds
    // alike, しにたい… あ じゃなくて 寝台, still raised: a wish to die taken back is itself a sign).
    minCaught: 0.99,
    maxRaised: 0.05,
  },
  {
    name: "red team 35 (development set)",
    file: "crisis-red-team-35.ts",
    bodySha256: "46c2e8addae73fc217ec94ebbb3e0e159b4487e24d1e06aa300f21510cd89376",
    crisis: RED_TEAM_35_CRISIS,
    lookAlikes: RED_TEAM_35_LOOK_ALIKES,
    // Again no special theme (another year at a twenty-fourth ward), 100 of the crises in the
    // middle of an errand. First run (figures only) at the thirty-seventh round's start (1b27071,
    // the engine of 0fbc1be): 165/200 caught, kind right 153, 21/200 raised; 167/200, 155, 21/200
    // at its end and the thirty-eighth round's start (739df3c/01daca7). A development set since.
    // Read in the thirty-eighth round (rules and cues; not fitted on by the model); after reading:
    // 200/200 caught, kind right 199, 1/200 raised (left: a husband's knife before a bathroom the
    // caller and her child hide in, which the engine reads as abuse seen by a child and the set as
    // violence, as red teams 33's and 34's; a false start broken off and restarted on a word that
    // only sounds like it, with no correction said, おぼれ… 覚え て ない).
    minCaught: 0.99,
    maxRaised: 0.05,
  },
  {
    name: "red team 36 (development set)",
    file: "crisis-red-team-36.ts",
    bodySha256: "e6a9dfc11e9dd757a77400a0d14be0fd16383db4a36dfe2d544dacfa4d7d7ca2",
    crisis: RED_TEAM_36_CRISIS,
    lookAlikes: RED_TEAM_36_LOOK_ALIKES,
    // Again no special theme (another year at a twenty-fifth ward), 100 of the crises in the
    // middle of an errand. First run (figures only) at the thirty-eighth round's start (bfa23f1,
    // the engine of 01daca7): 158/200 caught, kind right 143, 18/200 raised; the same at its end
    // and the thirty-ninth round's start (7c1b402/9687aed). A development set since.
    // Read in the thirty-ninth round (rules and cues; not fitted on by the model); after reading:
    // 200/200 caught, kind right 198, 3/200 raised (left: a stranger's son beaten with a wooden
    // sword, which the abuse rule reads; a small child left in a hot car, abuse here and medical
    // in crisis training set 3; a child's game of pretending to fall and a ball that no
    // longer hurts, raised by the model alone; a false start restarted before a word of danger,
    // 殴打… 横断 歩道 の 白線 が 消えかけ てる).
    minCaught: 0.99,
    maxRaised: 0.02,
  },
  {
    name: "red team 37 (development set)",
    file: "crisis-red-team-37.ts",
    bodySha256: "042dc4f5ace6c89981c9b81ca2b764ed20232c28fbf618c57781c5924e39656a",
    crisis: RED_TEAM_37_CRISIS,
    lookAlikes: RED_TEAM_37_LOOK_ALIKES,
    // Again no special theme (another year at a twenty-sixth ward), 100 of the crises in the
    // middle of an errand. First run (figures only) at the thirty-ninth round's start (99af8cb,
    // the engine of 9687aed): 162/200 caught, kind right 148, 14/200 raised; 164/200, 150, 13/200
    // at its end and the fortieth round's start (22cdb5a/caf7b9c). A development set since.
    // Read in the fortieth round (rules and cues; not fitted on by the model); after reading:
    // 200/200 caught, kind right 199, 2/200 raised (left: a husband strangling the couple's grown
    // daughter, which the engine reads as abuse and the set as violence; a false start restarted
    // on a collar, 首を… 首輪を, and a son's taekwondo contest in Nepali, raised by the model alone).
    minCaught: 0.99,
    maxRaised: 0.02,
  },
  {
    name: "red team 38 (development set)",
    file: "crisis-red-team-38.ts",
    bodySha256: "77c30c3d25c92edab4da3e9d434f999a067abbb3c59497d52a39cb820be4443d",
    crisis: RED_TEAM_38_CRISIS,
    lookAlikes: RED_TEAM_38_LOOK_ALIKES,
    // Again no special theme (another year at a twenty-seventh ward), 100 of the crises in the
    // middle of an errand. First run (figures only) at the fortieth round's start (c5f05bd, the
    // engine of caf7b9c): 155/200 caught, kind right 146, 28/200 raised; 155/200, 146, 27/200 at
    // its end and the forty-first round's start (98ecca2/36982c4). A development set since.
    // Read in the forty-first round (rules and cues; not fitted on by the model); after reading:
    // 200/200 caught, kind right 200, 1/200 raised (left: a false start on しにたい restarted on
    // しいたけ, which the false-start cues leave raised on purpose).
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 39 (development set)",
    file: "crisis-red-team-39.ts",
    bodySha256: "12293b172d4274b8a55c3ff6804dade73b956983b25638a233723c3c21205677",
    crisis: RED_TEAM_39_CRISIS,
    lookAlikes: RED_TEAM_39_LOOK_ALIKES,
    // Again no special theme (another year at a twenty-eighth ward), 100 of the crises in the
    // middle of an errand. First run (figures only) at the forty-first round's start (ab1b261, the
    // engine of 36982c4): 164/200 caught, kind right 148, 27/200 raised; 164/200, 149, 27/200 at
    // its end and the forty-second round's start (194c9e3/4f9e3d6). A development set since.
    // Read in the forty-second round (rules and cues; not fitted on by the model); after reading:
    // 200/200 caught, kind right 198, 0/200 raised (left: a partner's beating with a child held,
    // read as abuse on purpose, and an employer's beating labelled abuse, read as violence).
    minCaught: 0.99,
    maxRaised: 0.01,
  },
  {
    name: "red team 40 (blind)",
    file: "crisis-red-team-40.ts",
    bodySha256: "e3a326c288601c0eb9407b11de4eb3cfd63d2c142d34e8202fb942791b957052",
    crisis: RED_TEAM_40_CRISIS,
    lookAlikes: RED_TEAM_40_LOOK_ALIKES,
    // Again no special theme (another year at a twenty-ninth ward), 100 of the crises in the
    // middle of an errand. First run (figures only) at the forty-second round's start (f6a76ae, the
    // engine of 4f9e3d6): 147/200 caught, kind right 135, 20/200 raised (under 0.75 caught, so its
    // floor is 0.7); 147/200, 135, 19/200 at its end.
    minCaught: 0.7,
    maxRaised: 0.16,
  },
];

const share = (hits: number, total: number) =>
  `${hits}/${total} (${((100 * hits) / total).toFixed(1)}%)`;

describe.each(SETS)("crisis $name, figures only", (set) => {
  it("should still be the frozen set", () => {
    const text = readFileSync(join(__dirname, "__fixtures__", set.file), "utf8");
    const body = text.slice(text.search(/^\/\/ FROZEN-BODY/mu));
    expect(createHash("sha256").update(body).digest("hex")).toBe(set.bodySha256);
    expect(set.crisis.length).toBeGreaterThanOrEqual(150);
    expect(set.lookAlikes.length).toBeGreaterThanOrEqual(100);
  });

  it("should catch crises, route abuse by kind and leave look-alikes alone", () => {
    let caught = 0;
    let kindRight = 0;
    for (const [text, kind] of set.crisis) {
      const result = triageRulesOnly(text);
      if (result.action !== "emergency") continue;
      caught += 1;
      if ((result.crisis?.kind === "abuse") === (kind === "abuse")) kindRight += 1;
    }
    const raised = set.lookAlikes.filter(
      (text) => detectCrisis(text) !== null || triageRulesOnly(text).action === "emergency",
    ).length;
    console.log(
      [
        `crisis ${set.name}:`,
        `  crisis caught       ${share(caught, set.crisis.length)}`,
        `  kind right          ${share(kindRight, set.crisis.length)}`,
        `  look-alikes raised  ${share(raised, set.lookAlikes.length)}`,
      ].join("\n"),
    );
    expect(caught / set.crisis.length).toBeGreaterThanOrEqual(set.minCaught);
    expect(raised / set.lookAlikes.length).toBeLessThanOrEqual(set.maxRaised);
  });
});
