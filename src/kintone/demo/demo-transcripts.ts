import type { SummaryTemplateId } from "../../core";

/** A fictional consultation (no real person, place or number) for the demo. */
export type DemoTranscript = {
  readonly id: string;
  readonly templateId: SummaryTemplateId;
  /** Days before setup the consultation took place. */
  readonly daysAgo: number;
  readonly staff: string;
  readonly transcript: string;
};

/** Demo consultations, written for madoguchi (fictional people and places). */
export const DEMO_TRANSCRIPTS: readonly DemoTranscript[] = [
  {
    id: "demo-consult-1",
    templateId: "vacant_house",
    daysAgo: 3,
    staff: "sato",
    transcript: [
      "職員: 空き家対策課です。今日はどのようなご相談ですか。",
      "相談者: 実家の一戸建てが空き家になっていて、相続人として相談に来ました。場所はみどり町の二丁目です。",
      "職員: 空き家になってどのくらいですか。",
      "相談者: 父が施設に入ってから約3年です。屋根の瓦が一部落ちていて、庭の草木も伸び放題で近所から苦情がありました。",
      "相談者: 売却するか解体するか迷っています。解体費用の補助はありますか。",
      "職員: 老朽化した空き家の解体費用の補助制度がありますので、申請の流れと必要書類をご案内しました。",
      "職員: 来月、現地を確認してから改めてご連絡します。継続対応が必要です。",
    ].join("\n"),
  },
  {
    id: "demo-consult-2",
    templateId: "maternal_child_health",
    daysAgo: 9,
    staff: "suzuki",
    transcript: [
      "職員: 健康推進課の保健師です。お電話ありがとうございます。",
      "相談者: 生後4か月の子どもの母親です。最近ミルクの飲みが悪くて、体重が増えているか心配です。",
      "職員: お母さんご自身は眠れていますか。",
      "相談者: 夜中に何度も起きるので寝不足で、気分が落ち込むことがあります。",
      "職員: 授乳の間隔と量の目安をお伝えし、体重は次回の4か月児健診で確認しましょうとお話ししました。",
      "職員: 産後の気分の落ち込みについては、来週こちらから電話でフォローします。",
    ].join("\n"),
  },
  {
    id: "demo-consult-3",
    templateId: "community_care",
    daysAgo: 16,
    staff: "sato",
    transcript: [
      "職員: 地域包括支援センターです。どうされましたか。",
      "相談者: 近くに住む長女です。82歳の母が独居で、最近物忘れが増えて、鍋を焦がすことがありました。",
      "職員: 介護保険の認定は受けていますか。",
      "相談者: まだ申請していません。食事もきちんと取れていないようです。",
      "職員: 介護保険の申請方法を説明し、認知症の相談窓口と配食サービスを案内しました。",
      "職員: 早期に家庭訪問して、ご本人の様子を確認することにしました。",
    ].join("\n"),
  },
  {
    id: "demo-consult-4",
    templateId: "vacant_house",
    daysAgo: 27,
    staff: "suzuki",
    transcript: [
      "相談者: 隣の家がもう5年ほど空き家で、近隣住民として困っています。場所はさくら台の一丁目です。",
      "相談者: ブロック塀が傾いていて、台風で倒れないか心配です。",
      "職員: 所有者を調査し、管理をお願いする文書を送る流れを説明しました。",
      "職員: 危険な状態か現地を確認します。継続対応が必要です。",
    ].join("\n"),
  },
];
