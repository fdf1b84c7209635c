/**
 * English wording for other departments' topics (residents who call or type in English), mapped
 * to the Japanese keywords a city's departments table lists. Written from general knowledge of
 * ward-office services; matched on lower-cased text.
 */
export const ENGLISH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  国民健康保険: [
    "national health insurance",
    "national insurance",
    "health insurance",
    "quit my job",
  ],
  年金: ["national pension", "pension"],
  住民税: ["resident tax", "residence tax", "residential tax", "inhabitant tax", "municipal tax"],
  固定資産税: ["property tax"],
  課税証明書: ["tax certificate", "income certificate", "certificate of income"],
  税金: ["tax payment", "pay tax", "pay my tax", "taxes"],
  生活保護: [
    "welfare",
    "public assistance",
    "can't afford",
    "cannot afford",
    "can not afford",
    "no money",
    "money left",
    "food or rent",
    "pay the rent",
    "pay my rent",
  ],
  児童手当: ["child allowance", "child benefit", "children's allowance"],
  保育園: ["daycare", "day care", "nursery", "kindergarten"],
  母子健康手帳: ["mother and child handbook", "maternal and child health handbook"],
  予防接種: ["vaccin", "immuniz", "immunis"],
  がん検診: ["cancer screening"],
  健康診断: ["health check", "medical checkup", "health checkup"],
  介護保険: ["nursing care", "long-term care", "care insurance", "caregiver"],
  障害者手帳: ["disability certificate", "disability handbook", "disability card"],
  障害福祉サービス: ["disability services", "disability welfare", "disability support"],
  空き家: ["vacant house", "empty house", "abandoned house", "vacant home", "empty home"],
  ごみ: ["garbage", "trash", "rubbish", "recycling", "waste collection"],
  粗大ごみ: ["bulky waste", "bulky garbage", "oversized garbage", "large garbage"],
  騒音: ["noise", "noisy"],
  住民票: ["certificate of residence", "residence certificate", "resident record", "juminhyo"],
  戸籍: ["family register", "koseki"],
  印鑑登録: ["seal registration", "personal seal"],
  駐車場: ["parking"],
};
