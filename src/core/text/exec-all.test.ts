import { execAll } from "./exec-all";
import { splitAtAny } from "./split-at-any";

const summary = (matches: Iterable<RegExpMatchArray>): string[] =>
  [...matches].map((match) => `${match.index ?? -1}:${match.join("|")}`);

describe("execAll", () => {
  it.each([
    [/[0-9]+/g, "090-1234-5678"],
    [/(a)|(b)/gu, "abcab"],
    [/x*/g, "axxb"],
    [/(?:)/gu, "a𠮷b"],
    [/の/g, "なし"],
  ])("finds what matchAll finds: %s", (regex, text) => {
    expect(summary(execAll(regex, text))).toEqual(summary(text.matchAll(regex)));
  });

  it("starts at lastIndex and leaves it unchanged, like matchAll", () => {
    const regex = /[0-9]/g;
    regex.lastIndex = 2;
    expect(summary(execAll(regex, "1234"))).toEqual(["2:3", "3:4"]);
    expect(regex.lastIndex).toBe(2);
  });

  it("starts at lastIndex on the first scan of a pattern too", () => {
    // A pattern no other test scans: its first scan compiles it on a long subject first.
    const regex = /[0-9](?=[0-9]{2})/g;
    regex.lastIndex = 1;
    expect(summary(execAll(regex, "12345"))).toEqual(["1:2", "2:3"]);
    expect(regex.lastIndex).toBe(1);
    expect(summary(execAll(regex, "12345"))).toEqual(["1:2", "2:3"]);
  });

  it("keeps nested loops over one regex apart", () => {
    const regex = /[0-9]/g;
    const pairs: string[] = [];
    for (const a of execAll(regex, "12"))
      for (const b of execAll(regex, "34")) pairs.push(a[0] + b[0]);
    expect(pairs).toEqual(["13", "14", "23", "24"]);
  });

  it("rejects a regex without the g flag, like matchAll", () => {
    expect(() => execAll(/a/, "a")).toThrow(TypeError);
  });
});

describe("splitAtAny", () => {
  it.each(["", " ", "山田 太郎", "グエン・ヴァン ミン", " a・・b "])(
    "splits %p as split() does",
    (text) => {
      expect(splitAtAny(text, " ・")).toEqual(text.split(/[ ・]/));
    },
  );
});
