import type { Department, FaqEntry } from "../../core";
import type { Random } from "./seeded-random";

/** What kind of caller a generated utterance imitates (the engine decides what happens). */
export type PhrasingKind =
  | "faq"
  | "pii"
  | "human"
  | "status"
  | "other_department"
  | "complaint"
  | "off_topic"
  | "vague"
  | "crisis";

/** How often each kind of caller appears, roughly as at a ward office's My Number line. */
const KIND_WEIGHTS: readonly (readonly [PhrasingKind, number])[] = [
  ["faq", 62],
  ["pii", 8],
  ["human", 5],
  ["status", 6],
  ["other_department", 9],
  ["complaint", 3],
  ["off_topic", 3],
  ["vague", 3],
  ["crisis", 1],
];

const OPENERS = [
  "",
  "",
  "すみません、",
  "あの、",
  "ちょっとお聞きしたいんですが、",
  "もしもし、",
  "お忙しいところすみません。",
];
const FAQ_FRAMES = [
  (keyword: string) => `${keyword}について教えてください`,
  (keyword: string) => `${keyword}のことで聞きたいんですけど`,
  (keyword: string) => `${keyword}ってどうしたらいいですか`,
  (keyword: string) => `マイナンバーカードの${keyword}について知りたいです`,
];
// Fictional people and numbers only (reserved-looking ranges), so the demo holds no real data.
const SURNAMES = ["山川", "森本", "川村", "石田", "小野寺", "藤原", "青木", "松田"];
const GIVEN_NAMES = ["花子", "一郎", "美咲", "健太", "由美", "翔", "恵子", "大輔"];
const PII_TAILS = [
  (name: string, random: Random) =>
    `${name}と申します。電話番号は090-${random.int(1000, 9999)}-${random.int(1000, 9999)}です。カードはいつ受け取れますか`,
  (name: string) => `${name}です。生年月日は昭和52年4月8日なんですが、暗証番号を忘れてしまって`,
  (name: string, random: Random) =>
    `${name}といいます。住所はみどり町${random.int(1, 5)}丁目${random.int(1, 30)}番なんですが、住所変更はどうすればいいですか`,
  (name: string, random: Random) =>
    `私のマイナンバーは${random.int(1000, 9999)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}です。${name}ですけど確認してもらえますか`,
];
const HUMAN = [
  "担当の方に代わってもらえますか",
  "人と話したいんですけど",
  "職員さんにつないでください",
  "AIじゃなくて係の人と話したい",
];
const STATUS = [
  "先月申請したカードがまだ届かないんですが、今どうなってますか",
  "私の申請はもう受け付けられていますか",
  "うちの母のカードの更新はもう終わっていますか",
  "交付通知書を送ったと言われたんですが、私の分はいつ届きますか",
];
const COMPLAINT = [
  "この前の窓口の対応がひどかったので苦情を言いたいです",
  "何度電話してもつながらなくて本当に困っています。どうなってるんですか",
  "説明が分かりにくいと文句を言いたいんですが",
];
const OFF_TOPIC = [
  "今日の天気はどうですか",
  "駅前においしいお店はありますか",
  "宝くじの当選番号を教えてください",
];
const VAGUE = ["あの、えっと", "もしもし", "ちょっと聞きたいことがあって", "はい"];
const CRISIS = ["もう死にたいと思っています", "家族が倒れて息をしていないんです"];

function pickKind(random: Random): PhrasingKind {
  const total = KIND_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [kind, weight] of KIND_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return "faq";
}

function phraseFaq(random: Random, entries: readonly FaqEntry[]): string {
  const entry = random.pick(entries);
  const keyword = entry.keywords.length > 0 ? random.pick(entry.keywords) : "";
  if (!keyword || random.chance(0.55)) return `${random.pick(OPENERS)}${entry.question}`;
  return `${random.pick(OPENERS)}${random.pick(FAQ_FRAMES)(keyword)}`;
}

function phraseOtherDepartment(random: Random, departments: readonly Department[]): string {
  const others = departments.filter(
    (department) => department.name !== "市民課" && department.keywords.length > 0,
  );
  if (others.length === 0) return random.pick(VAGUE);
  const keyword = random.pick(random.pick(others).keywords);
  return `${random.pick(OPENERS)}${keyword}のことで相談したいんですが`;
}

/**
 * One generated citizen utterance. The engine, not this function, decides the answer or the
 * transfer; the kind only steers what kind of caller is imitated.
 */
export function generatePhrasing(
  random: Random,
  data: { entries: readonly FaqEntry[]; departments: readonly Department[] },
): { kind: PhrasingKind; text: string } {
  const kind = pickKind(random);
  switch (kind) {
    case "faq":
      return { kind, text: phraseFaq(random, data.entries) };
    case "pii": {
      const name = `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`;
      return { kind, text: random.pick(PII_TAILS)(name, random) };
    }
    case "human":
      return { kind, text: `${random.pick(OPENERS)}${random.pick(HUMAN)}` };
    case "status":
      return { kind, text: random.pick(STATUS) };
    case "other_department":
      return { kind, text: phraseOtherDepartment(random, data.departments) };
    case "complaint":
      return { kind, text: random.pick(COMPLAINT) };
    case "off_topic":
      return { kind, text: random.pick(OFF_TOPIC) };
    case "vague":
      return { kind, text: random.pick(VAGUE) };
    case "crisis":
      return { kind, text: random.pick(CRISIS) };
  }
}
