/**
 * Thirty-second round, pii-unseen-30 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-second round: a common noun after the polite prefix お/ご before さん", () => {
  expectLeftAlone([
    ["a pilgrim", "お遍路さんが寺の前で座り込んでいます。", "遍路"],
    ["a notice's heading", "【お遍路さんへ】遍路道は迂回となります。", "遍路"],
    ["a wrestler", "お相撲さんが来ました。", "相撲"],
    ["a roadside statue", "お地蔵さんの前で待っています。", "地蔵"],
    ["a retired man", "ご隠居さんに聞きました。", "隠居"],
  ]);
  expectMasked(
    [
      ["a surname after なお", "なお田中さんは来ません。", "田中"],
      ["a surname after the caller's の", "市民課の堀江さんにお願いします。", "堀江"],
    ],
    "person_name",
  );
});

describe("thirty-second round: where the caller lives, said with 私は…におります", () => {
  expectLeftAlone([
    ["a city with おります", "私は松山におります長男の者です。", "松山"],
    ["a city with 住んでいる", "私は高槻に住んでいる娘です。", "高槻"],
  ]);
  expectMasked(
    [
      ["the caller's name after the place", "私は松山におります長男の河野 修一です。", "河野 修一"],
      ["a relation's name with に after it", "私は長男の松山に頼まれました。", "松山"],
    ],
    "person_name",
  );
});

describe("thirty-second round: a bank named in romaji after a place", () => {
  expectLeftAlone([
    ["a credit union in a form", "Bank: Shiomi Shinkin Bank, Head Office", "Shiomi Shinkin"],
    ["a bank in Indonesian", "Rekening saya di Bank Takada Ginko, cabang Kita.", "Takada Ginko"],
  ]);
  expectMasked(
    [["a romaji full name", "Name: Shiomi Kenta\nBank: -", "Shiomi Kenta"]],
    "person_name",
  );
});

describe("thirty-second round: an ordinary kana word with a particle after a name", () => {
  expectLeftAlone([
    ["the postal bank with で", "石丸 修です。ゆうちょで、記号が16060です。", "ゆうちょ"],
  ]);
  expectMasked([["the name's reading", "石丸 修です。いしまるです。", "いしまる"]], "person_name");
});
