import type { ExtractedDocument } from "../types";

// Small fictional manuals written for the docs tests (not the sample corpus).
export const SMALL_MANUALS: readonly ExtractedDocument[] = [
  {
    doc: "housing.md",
    title: "住宅扶助",
    pages: [
      {
        page: null,
        text: [
          "# 住宅扶助",
          "## 1. 家賃",
          "### 1.1 上限額",
          "単身世帯の家賃の上限額は37,000円とする。",
          "### 1.2 共益費",
          "共益費は住宅扶助の対象としない。",
          "## 2. 転居",
          "### 2.1 敷金",
          "転居が認められる場合は敷金を支給する。引越し費用は見積書で確認する。",
        ].join("\n"),
      },
    ],
  },
  {
    doc: "visits.pdf",
    title: "訪問調査",
    pages: [
      { page: 1, text: "訪問調査\n1. 訪問\n1.1 頻度\n家庭訪問は格付けに応じて毎月から年1回行う。" },
      { page: 2, text: "2. 記録\n2.1 期限\nケース記録は訪問から3開庁日以内に入力する。" },
    ],
  },
];
