import type { SummaryField } from "../template";

/** Fields every consultation form starts with. */
export function buildCommonFields(methods: readonly string[]): SummaryField[] {
  return [
    {
      code: "consultation_date",
      label: "相談日",
      type: "date",
      required: true,
      description: "相談を受けた日（YYYY-MM-DD）。記録に日付が出てこなければ null。",
    },
    {
      code: "consultation_method",
      label: "相談方法",
      type: "choice",
      required: true,
      description: "相談を受けた方法。",
      options: methods,
    },
  ];
}

/** Fields every consultation form ends with. */
export function buildClosingFields(): SummaryField[] {
  return [
    {
      code: "referral",
      label: "紹介先・連携先",
      type: "text",
      required: false,
      description: "案内・連携した課や機関の名称。なければ null。",
    },
    {
      code: "next_action",
      label: "今後の対応予定",
      type: "multiline",
      required: false,
      description: "次に誰が何をするか（予定日があれば含める）。なければ null。",
    },
  ];
}
