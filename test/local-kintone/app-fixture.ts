import type { KintoneRestAPIClient } from "@kintone/rest-api-client";

/** Field definitions shared by the conformance tests (a small citizen-inquiry app). */
export const INQUIRY_FIELDS = {
  title: { type: "SINGLE_LINE_TEXT", code: "title", label: "件名", required: true },
  ticket: { type: "SINGLE_LINE_TEXT", code: "ticket", label: "受付番号", unique: true },
  body: { type: "MULTI_LINE_TEXT", code: "body", label: "内容" },
  minutes: {
    type: "NUMBER",
    code: "minutes",
    label: "対応時間(分)",
    minValue: "0",
    maxValue: "600",
  },
  channel: {
    type: "DROP_DOWN",
    code: "channel",
    label: "窓口",
    options: {
      電話: { label: "電話", index: "0" },
      来庁: { label: "来庁", index: "1" },
      Web: { label: "Web", index: "2" },
    },
  },
  tags: {
    type: "CHECK_BOX",
    code: "tags",
    label: "分類",
    options: {
      マイナンバー: { label: "マイナンバー", index: "0" },
      住民票: { label: "住民票", index: "1" },
      税: { label: "税", index: "2" },
    },
  },
  received: { type: "DATE", code: "received", label: "受付日" },
  receivedAt: { type: "DATETIME", code: "receivedAt", label: "受付日時" },
  staff: { type: "USER_SELECT", code: "staff", label: "担当者" },
  attachment: { type: "FILE", code: "attachment", label: "添付" },
  steps: {
    type: "SUBTABLE",
    code: "steps",
    label: "対応履歴",
    fields: {
      step: { type: "SINGLE_LINE_TEXT", code: "step", label: "内容" },
      stepMinutes: { type: "NUMBER", code: "stepMinutes", label: "分" },
    },
  },
} as const;

/** Creates an app with the inquiry fields through the REST API and deploys it. */
export async function createInquiryApp(
  client: KintoneRestAPIClient,
  name = "問い合わせ",
): Promise<string> {
  const { app } = await client.app.addApp({ name });
  await client.app.addFormFields({ app, properties: INQUIRY_FIELDS as never });
  await client.app.deployApp({ apps: [{ app }] });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const { apps } = await client.app.getDeployStatus({ apps: [app] });
    if (apps.every((entry) => entry.status === "SUCCESS")) return app;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("deploy did not finish");
}
