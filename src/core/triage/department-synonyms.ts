/**
 * General wording citizens use for other departments' topics, mapped to the wording a city's
 * departments table usually lists (its keywords). Readings in kana catch speech recognition
 * that writes 国保 as こくほ. Written from general knowledge of ward-office services; cities
 * can pass their own table. The canonical side only matters when it is one of the table's
 * keywords or a department name.
 */
export const DEFAULT_DEPARTMENT_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  国民健康保険: [
    "こくほ",
    "国民保険",
    "こくみんけんこうほけん",
    "国保",
    "国民健康保険税",
    "社保から",
    "扶養から外れ",
    "健康保険の切り替え",
    "高額療養費",
  ],
  国民年金: [
    "こくみんねんきん",
    "年金の免除",
    "学生納付特例",
    "老齢年金",
    "障害年金",
    "遺族年金",
    "年金の受給",
    "年金をもらう",
    "年金の手続き",
    "年金の加入",
  ],
  後期高齢者医療: ["こうきこうれいしゃ", "後期高齢者の保険", "75歳からの保険"],
  住民税: [
    "じゅうみんぜい",
    "市県民税",
    "市民税",
    "県民税",
    "しみんぜい",
    "税金の通知",
    "納税通知書",
  ],
  固定資産税: ["こていしさんぜい", "土地の税金", "家の税金", "建物の税金"],
  軽自動車税: ["バイクの税金", "原付の税金", "軽の税金", "軽自動車の税金"],
  課税証明書: ["所得証明書", "収入の証明", "所得の証明", "課税証明"],
  児童手当: ["じどうてあて", "子ども手当", "子供手当", "こどもてあて"],
  児童扶養手当: ["じどうふようてあて", "養育費", "母子手当"],
  子ども医療費: [
    "子どもの医療証",
    "子供の医療証",
    "乳幼児医療証",
    "医療証",
    "子どもの病院代",
    "子供の医療費",
  ],
  保育園: ["ほいくえん", "保育所", "こども園", "保活", "学童保育", "放課後児童クラブ", "一時保育"],
  粗大ごみ: [
    "そだいごみ",
    "大型ごみ",
    "大きいごみ",
    "大きなごみ",
    "家具を捨て",
    "家具の処分",
    "タンスを捨て",
    "ソファを捨て",
    "布団を捨て",
    "自転車を捨て",
    "マットレスを捨て",
  ],
  ごみ: [
    "燃えるごみ",
    "燃えないごみ",
    "可燃ごみ",
    "不燃ごみ",
    "ゴミ出し",
    "ごみ出し",
    "分別の仕方",
    "ごみ屋敷",
  ],
  悪臭: ["ペットの糞", "犬の糞", "臭いがひどい", "臭くて"],
  騒音: ["鳴き声がうるさい", "音がうるさい", "工事の音"],
  介護保険: [
    "かいご",
    "介護サービス",
    "ヘルパー",
    "介護施設",
    "特養",
    "介護の認定",
    "介護保険料",
    "施設に入れたい",
    "配食サービス",
    "紙おむつ",
  ],
  認知症: ["にんちしょう", "物忘れがひどい", "徘徊"],
  障害者手帳: [
    "しょうがいしゃてちょう",
    "障碍者手帳",
    "身障手帳",
    "障害の手帳",
    "手帳の等級",
    "精神の手帳",
  ],
  障害福祉サービス: [
    "放課後等デイサービス",
    "放課後デイサービス",
    "放課後デイ",
    "就労支援",
    "移動支援",
    "児童発達支援",
    "発達障害",
    "手話通訳",
    "障害児",
  ],
  補装具: ["車いす", "車椅子", "補聴器", "義足", "装具"],
  母子健康手帳: [
    "ぼしてちょう",
    "ぼしけんこうてちょう",
    "母子手帳",
    "妊娠届",
    "妊娠した",
    "妊娠が分か",
  ],
  乳幼児健診: [
    "1歳半健診",
    "一歳半健診",
    "3歳児健診",
    "三歳児健診",
    "赤ちゃん訪問",
    "4か月健診",
    "乳児健診",
  ],
  健康診断: [
    "けんこうしんだん",
    "人間ドック",
    "歯科検診",
    "骨粗しょう症検診",
    "胃がん検診",
    "大腸がん検診",
    "肺がん検診",
  ],
  予防接種: ["よぼうせっしゅ", "ワクチン", "接種券", "定期接種", "予防注射", "肺炎球菌"],
  生活保護: [
    "せいかつほご",
    "保護費",
    "生活が苦しい",
    "生活ができない",
    "食べるものがない",
    "家賃が払えない",
    "生活費が足りない",
    "所持金がない",
    "住むところがない",
    "住む所がない",
  ],
  空き家: [
    "あきや",
    "空家",
    "誰も住んでいない家",
    "誰も住んでない家",
    "住む人がいない家",
    "放置された家",
    "廃屋",
    "倒壊しそう",
    "空いている実家",
    "空いた実家",
  ],
  住民票: ["じゅうみんひょう", "住民票の写し"],
  戸籍: ["こせき", "戸籍抄本", "出生届", "婚姻届", "離婚届", "死亡届"],
  印鑑登録: ["いんかんとうろく", "実印の登録", "印鑑証明書"],
};

type SynonymTable = Readonly<Record<string, readonly string[]>>;
const PAIR_CACHE = new WeakMap<SynonymTable, readonly (readonly [string, string])[]>();

/** Rewrites folded text so synonyms read as their canonical keyword (longest variant first). */
export function expandDepartmentSynonyms(
  folded: string,
  synonyms: SynonymTable,
  fold: (text: string) => string,
): string {
  let pairs = PAIR_CACHE.get(synonyms);
  if (!pairs) {
    pairs = Object.entries(synonyms)
      .flatMap(([canonical, variants]) => variants.map((v) => [fold(v), fold(canonical)] as const))
      .filter(([variant]) => variant.length > 0)
      .sort((a, b) => b[0].length - a[0].length);
    PAIR_CACHE.set(synonyms, pairs);
  }
  let out = folded;
  for (const [variant, canonical] of pairs) {
    // Spaces keep a canonical word from fusing with its neighbours into another keyword.
    if (out.includes(variant)) out = out.split(variant).join(` ${canonical} `);
  }
  return out;
}
