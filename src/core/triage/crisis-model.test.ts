import type { CrisisModelWeights } from "./crisis-model";
import {
  CRISIS_FEATURES_VERSION,
  crisisFeatureNorm,
  crisisFeatures,
  isMostlyJapanese,
  loadCrisisModel,
  scoreCrisisModel,
} from "./crisis-model";
import { CRISIS_MODEL_WEIGHTS } from "./crisis-model-weights";
import {
  detectCrisis,
  detectCrisisByModel,
  detectCrisisByRules,
  foldForCrisis,
} from "./detect-signals";

// A hand-made model: 薬を pushes toward a crisis, 血圧 away from it; 殴ら says violence.
const TINY: CrisisModelWeights = {
  version: CRISIS_FEATURES_VERSION,
  threshold: 0.5,
  bias: -1,
  scale: 0.5,
  crisis: ["薬を\t20", "血圧\t-30", "w:pills\t20"].join("\n"),
  kindBias: [0, 0, 0, 0],
  kindScale: 1,
  kinds: ["薬を\t2,0,0,0", "殴ら\t0,0,5,0"].join("\n"),
};

describe("crisisFeatures", () => {
  it("should give each character 2- and 3-gram once, without punctuation-only grams", () => {
    expect(crisisFeatures("薬を、薬を")).toEqual([
      "薬を",
      "を、",
      "、薬",
      "薬を、",
      "を、薬",
      "、薬を",
    ]);
  });

  it("should read Japanese with speech-recognition spaces as if written without them", () => {
    expect(crisisFeatures("かーど が われて しもうた")).toEqual(
      crisisFeatures("かーどがわれてしもうた"),
    );
    expect(crisisFeatures("薬 を 3 錠")).toEqual(crisisFeatures("薬を3 錠"));
  });

  it("should keep the spaces between Latin words", () => {
    expect(crisisFeatures("i want")).toContain("i w");
  });

  it("should add Latin words of three letters or more", () => {
    expect(crisisFeatures("i took pills")).toEqual(expect.arrayContaining(["w:took", "w:pills"]));
    expect(crisisFeatures("i took pills")).not.toContain("w:i");
  });

  it("should read only the start of a very long text", () => {
    const long = "あ".repeat(100_000) + "薬を";
    expect(crisisFeatures(long)).not.toContain("薬を");
  });
});

describe("isMostlyJapanese", () => {
  it.each([
    ["薬をたくさん飲みました", true],
    ["マイナカードのPINを忘れた", true],
    ["I took all my pills", false],
    ["약을 다 먹었어요", false],
    ["12345", false],
  ] as const)("should say %j is mostly Japanese: %s", (text, expected) => {
    expect(isMostlyJapanese(text)).toBe(expected);
  });
});

describe("scoreCrisisModel", () => {
  const model = loadCrisisModel(TINY);

  it("should add the weights of the features present, scaled and normalised", () => {
    const text = "薬を";
    const count = crisisFeatures(text).length;
    const logit = -1 + 20 * 0.5 * crisisFeatureNorm(count);
    expect(scoreCrisisModel(model, text).score).toBeCloseTo(1 / (1 + Math.exp(-logit)), 10);
  });

  it("should raise at the threshold and not below it", () => {
    expect(scoreCrisisModel(model, "薬を").raised).toBe(true);
    expect(scoreCrisisModel(model, "血圧の薬を").raised).toBe(false);
  });

  it("should pick the kind with the highest score", () => {
    expect(scoreCrisisModel(model, "薬を").kind).toBe("suicide");
    expect(scoreCrisisModel(model, "殴られた").kind).toBe("violence");
  });

  it("should give the n-grams that pushed the score up as evidence", () => {
    expect(scoreCrisisModel(model, "薬を").evidence).toEqual(["薬を"]);
  });

  it("should not score text that is not mostly Japanese", () => {
    const result = scoreCrisisModel(model, "i took pills");
    expect(result.score).toBe(0);
    expect(result.raised).toBe(false);
  });
});

describe("the stored crisis model", () => {
  const model = loadCrisisModel(CRISIS_MODEL_WEIGHTS);

  it("should refuse weights fitted for other features", () => {
    expect(() => loadCrisisModel({ ...TINY, version: 0 })).toThrow(/refit/u);
  });

  it("should decode every line of its weights", () => {
    expect(model.crisis.size).toBe(CRISIS_MODEL_WEIGHTS.crisis.split("\n").length);
    expect(model.kinds.size).toBe(CRISIS_MODEL_WEIGHTS.kinds.split("\n").length);
    for (const weights of model.kinds.values()) expect(weights).toHaveLength(4);
    expect([...model.crisis.values()].every(Number.isFinite)).toBe(true);
  });

  it("should be the third stage: the rules' signal wins when the rules find one", () => {
    const plain = "もう死にたい";
    const byRules = detectCrisisByRules(foldForCrisis(plain));
    expect(byRules).not.toBeNull();
    expect(detectCrisis(plain)).toEqual(byRules);
  });

  it("should read the numbers of the runner-up kind too, each once", () => {
    const model = loadCrisisModel({ ...TINY, kinds: "薬を\t2,0,0,1" });
    const signal = detectCrisisByModel(foldForCrisis("薬を"), model);
    expect(signal?.kind).toBe("suicide");
    const numbers = signal?.contacts.map((contact) => contact.number) ?? [];
    expect(numbers).toContain("119");
    expect(numbers.length).toBeGreaterThan(1);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("should route the model's abuse to the elder desk when an old person is named", () => {
    const elder = loadCrisisModel({ ...TINY, kinds: "父が\t0,9,0,0" });
    const signal = detectCrisisByModel(foldForCrisis("年老いた父が薬を"), elder);
    expect(signal?.kind).toBe("abuse");
    expect(signal?.department).toBe("高齢者支援課");
    const child = detectCrisisByModel(foldForCrisis("父が薬を"), elder);
    expect(child?.department).toBe("子ども家庭課");
  });
});
