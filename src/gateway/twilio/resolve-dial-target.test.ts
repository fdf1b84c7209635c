import type { Department } from "../../core";
import { resolveDialTarget } from "./resolve-dial-target";

const DEPARTMENTS: Department[] = [
  { name: "市民課", extension: "1101", description: "", keywords: [] },
  { name: "税務課", extension: "内線1301", description: "", keywords: [] },
  { name: "総合案内", extension: "", description: "", keywords: [] },
];

describe("resolveDialTarget", () => {
  describe("where a transfer goes", () => {
    it.each([
      ["a direct line wins", "市民課", "+81930000101", "+81930000000", { number: "+81930000101" }],
      [
        "switchboard + extension as tones",
        "市民課",
        null,
        "+81930000000",
        { number: "+81930000000", sendDigits: "ww1101" },
      ],
      [
        "digits only from the extension",
        "税務課",
        null,
        "+81930000000",
        { number: "+81930000000", sendDigits: "ww1301" },
      ],
      ["no extension, no direct line", "総合案内", null, "+81930000000", null],
      ["no switchboard, no direct line", "市民課", null, null, null],
      ["no department", null, null, "+81930000000", null],
    ])("%s", (_label, department, direct, switchboard, expected) => {
      const departments = new Map(direct && department ? [[department, direct]] : []);
      expect(resolveDialTarget(department, DEPARTMENTS, { switchboard, departments })).toEqual(
        expected,
      );
    });
  });
});
