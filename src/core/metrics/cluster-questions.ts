import { foldForMatch } from "../text";
import type { QuestionCluster } from "./types";

/** Two questions whose bigram overlap (Jaccard) reaches this join one cluster. @default 0.35 */
export const CLUSTER_SIMILARITY = 0.35;
const MAX_EXAMPLES = 5;
/**
 * Phone-speech fillers and politeness frames that say nothing about
 * the topic: removed (before folding) when comparing, so 「ちょっとお聞きしたいんですが」 does not join topics.
 */
const FILLERS =
  /もしもし|すみません|すいません|お忙しいところ|ちょっと|あの[ー〜ぅ]*|えっと|ええと|お(聞|き)きしたい|(聞|き)きたい|(教|おし)えて(ください|下さい|ほしい|もらえますか)?|について|(知|し)りたい|(ん|の)です(が|けど|けれど)?|でしょうか|ですか|ますか|です|ください|って/g;

/**
 * Groups similar questions greedily (each joins the first cluster whose seed is similar
 * enough, by bigram overlap after removing fillers), biggest clusters first. Placeholders such as ［氏名1］ are ignored, so masked
 * texts about the same topic meet.
 */
export function clusterQuestions(
  questions: readonly string[],
  options: { readonly threshold?: number; readonly limit?: number } = {},
): QuestionCluster[] {
  const threshold = options.threshold ?? CLUSTER_SIMILARITY;
  const texts = questions.map((question) => question.trim()).filter((text) => text !== "");
  const gramSets = texts.map(toBigrams);
  const groups: { seed: Set<string>; members: number[] }[] = [];
  gramSets.forEach((grams, index) => {
    const home = groups.find((group) => measureSimilarity(group.seed, grams) >= threshold);
    if (home) home.members.push(index);
    else groups.push({ seed: grams, members: [index] });
  });
  const clusters = groups
    .map((group) => {
      const members = group.members.map((index) => texts[index] ?? "");
      return {
        representative: pickRepresentative(
          group.members.map((index) => gramSets[index] ?? new Set<string>()),
          members,
        ),
        count: members.length,
        examples: [...new Set(members)].slice(0, MAX_EXAMPLES),
      };
    })
    .sort((a, b) => b.count - a.count);
  return options.limit === undefined ? clusters : clusters.slice(0, options.limit);
}

/** (Weighted) Jaccard similarity of two bigram sets, 0–1; every bigram weighs 1 by default. */
export function measureSimilarity(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weight: (gram: string) => number = () => 1,
): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  let union = 0;
  for (const gram of a) {
    const w = weight(gram);
    union += w;
    if (b.has(gram)) shared += w;
  }
  for (const gram of b) if (!a.has(gram)) union += weight(gram);
  return union === 0 ? 0 : shared / union;
}

/** Character bigrams of the folded text, without placeholders, fillers, spaces and punctuation. */
export function toBigrams(text: string): Set<string> {
  const cleaned = foldForMatch(
    text
      .normalize("NFKC")
      .replace(/\[[^\]]*\]/g, "")
      .replace(FILLERS, " "),
  ).replace(/[\s、。,.!?「」『』()・…]/g, "");
  const grams = new Set<string>();
  for (let index = 0; index < cleaned.length - 1; index += 1)
    grams.add(cleaned.slice(index, index + 2));
  if (cleaned.length === 1) grams.add(cleaned);
  return grams;
}

function pickRepresentative(
  sets: readonly ReadonlySet<string>[],
  members: readonly string[],
): string {
  if (members.length <= 2) return members[0] ?? "";
  let best = 0;
  let bestScore = -1;
  sets.forEach((set, index) => {
    const score = sets.reduce((sum, other) => sum + measureSimilarity(set, other), 0);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return members[best] ?? "";
}
