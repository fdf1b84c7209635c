import { KintoneApiError } from "../../errors";
import type { FieldProperty, StoredRecord } from "../store";
import { compileQuery } from "./compile";

const PROPERTIES: Record<string, FieldProperty> = {
  レコード番号: { type: "RECORD_NUMBER", code: "レコード番号", label: "" },
  作成者: { type: "CREATOR", code: "作成者", label: "" },
  作成日時: { type: "CREATED_TIME", code: "作成日時", label: "" },
  件名: { type: "SINGLE_LINE_TEXT", code: "件名", label: "" },
  本文: { type: "MULTI_LINE_TEXT", code: "本文", label: "" },
  分: { type: "NUMBER", code: "分", label: "" },
  窓口: { type: "DROP_DOWN", code: "窓口", label: "" },
  分類: { type: "CHECK_BOX", code: "分類", label: "" },
  受付日: { type: "DATE", code: "受付日", label: "" },
  受付日時: { type: "DATETIME", code: "受付日時", label: "" },
  担当: { type: "USER_SELECT", code: "担当", label: "" },
  履歴: {
    type: "SUBTABLE",
    code: "履歴",
    label: "",
    fields: { 対応: { type: "SINGLE_LINE_TEXT", code: "対応", label: "" } },
  },
};

function makeRecord(
  id: number,
  values: Record<string, unknown>,
  creator = "Administrator",
): StoredRecord {
  return {
    id,
    revision: 1,
    creator,
    createdAt: "2026-04-01T00:00:00Z",
    modifier: creator,
    updatedAt: "2026-04-01T00:00:00Z",
    values,
  };
}

// 2026-04-15 12:00 in Tokyo, a Wednesday.
const ENV = { now: new Date("2026-04-15T03:00:00Z"), timeZone: "Asia/Tokyo", loginUser: "sato" };

const RECORDS = [
  makeRecord(1, {
    件名: "マイナンバーカードの受け取り",
    本文: "交付通知書が届いた",
    分: "12",
    窓口: "電話",
    分類: ["マイナンバー"],
    受付日: "2026-04-15",
    受付日時: "2026-04-14T15:30:00Z",
    担当: [{ code: "sato" }],
    履歴: [
      { id: 1, value: { 対応: "案内" } },
      { id: 2, value: { 対応: "予約" } },
    ],
  }),
  makeRecord(
    2,
    {
      件名: "住民票の写し",
      本文: "",
      分: "5",
      窓口: "来庁",
      分類: ["住民票", "税"],
      受付日: "2026-04-14",
      受付日時: "2026-04-13T23:00:00Z",
      担当: [{ code: "suzuki" }],
      履歴: [],
    },
    "sato",
  ),
  makeRecord(3, {
    件名: "転出届",
    分: "",
    窓口: "",
    分類: [],
    受付日: null,
    受付日時: "",
    担当: [],
    履歴: [],
  }),
];

function runQuery(query: string): number[] {
  const compiled = compileQuery(query, PROPERTIES, ENV);
  return RECORDS.filter(compiled.matches)
    .sort(compiled.compare)
    .map((record) => record.id);
}

function catchCode(query: string): string | undefined {
  try {
    compileQuery(query, PROPERTIES, ENV);
  } catch (error) {
    if (error instanceof KintoneApiError) return error.code;
    throw error;
  }
  return undefined;
}

describe("compileQuery", () => {
  describe("filters", () => {
    it.each([
      ["", [3, 2, 1]],
      ['件名 = "転出届"', [3]],
      ['件名 != "転出届"', [2, 1]],
      ['件名 like "マイナンバー"', [1]],
      ['件名 not like "マイナンバー"', [3, 2]],
      ['件名 in ("住民票の写し", "転出届")', [3, 2]],
      ["分 > 5", [1]],
      ["分 >= 5 and 分 <= 12", [2, 1]],
      ['分 = ""', [3]],
      ["$id in (1, 3)", [3, 1]],
      ["レコード番号 > 1", [3, 2]],
      ['窓口 in ("電話")', [1]],
      ['窓口 in ("")', [3]],
      ['窓口 not in ("電話")', [3, 2]],
      ['分類 in ("税")', [2]],
      ['分類 not in ("税")', [3, 1]],
      ["本文 is empty", [3, 2]],
      ["本文 is not empty", [1]],
      ['受付日 = "2026-04-15"', [1]],
      ["受付日 = TODAY()", [1]],
      ["受付日 = YESTERDAY()", [2]],
      ["受付日 >= FROM_TODAY(-1, DAYS)", [2, 1]],
      ["受付日 = THIS_MONTH()", [2, 1]],
      ["受付日 = THIS_WEEK(TUESDAY)", [2]],
      ["受付日 < THIS_YEAR()", []],
      // Date-time fields compare in the users' time zone: 2026-04-14T15:30Z is the 15th in Tokyo.
      ["受付日時 = TODAY()", [1]],
      ['受付日時 = "2026-04-14"', [2]],
      ['受付日時 < "2026-04-14T16:00:00Z"', [2, 1]],
      ["受付日時 <= NOW()", [2, 1]],
      ["担当 in (LOGINUSER())", [1]],
      ["作成者 in (LOGINUSER())", [2]],
      ['担当 not in ("sato")', [3, 2]],
      ['対応 in ("予約")', [1]],
      ['対応 like "案"', [1]],
      ['(窓口 in ("電話") or 窓口 in ("来庁")) and 分 < 10', [2]],
      ['窓口 in ("電話") or 窓口 in ("来庁") and 分 < 10', [2, 1]],
      ['件名\u3000=\u3000"転出届"', [3]],
    ])("should match %s", (query, expected) => {
      expect(runQuery(query)).toEqual(expected);
    });
  });

  describe("order, limit and offset", () => {
    it("should sort by several fields and read limit and offset", () => {
      const compiled = compileQuery("order by 本文 asc, 分 desc limit 2 offset 1", PROPERTIES, ENV);
      expect(
        RECORDS.slice()
          .sort(compiled.compare)
          .map((record) => record.id),
      ).toEqual([2, 3, 1]);
      expect([compiled.limit, compiled.offset]).toEqual([2, 1]);
    });

    it("should put empty values first in ascending order", () => {
      expect(runQuery("order by 分 asc")).toEqual([3, 2, 1]);
    });
  });

  describe("errors", () => {
    it.each([
      ['件名 = "閉じていない', "CB_VA01"],
      ["件名 =", "CB_VA01"],
      ['件名 = "改行\n入り"', "CB_VA01"],
      ['件名 == "x"', "CB_VA01"],
      ['存在しない = "x"', "GAIA_IQ11"],
      ["order by 存在しない asc", "GAIA_IQ11"],
      ['窓口 = "電話"', "GAIA_IQ03"],
      ['本文 = "x"', "GAIA_IQ03"],
      ['対応 = "案内"', "GAIA_IQ07"],
      ["受付日 = FROM_TODAY(1)", "GAIA_IL08"],
      ["受付日 = FROM_TODAY(1, HOURS)", "GAIA_IQ25"],
      ["受付日 = THIS_MONTH(32)", "GAIA_IQ23"],
    ])("should reject %j with %s", (query, code) => {
      expect(catchCode(query)).toBe(code);
    });

    it("should accept escaped quotes, tabs and newlines inside literals", () => {
      expect(catchCode('件名 = "a\\"b\\tc\\nd\\\\"')).toBeUndefined();
    });
  });
});
