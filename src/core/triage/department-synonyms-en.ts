/**
 * English wording for other departments' topics (residents who call or type in English), mapped
 * to the Japanese keywords a city's departments table lists. Written from general knowledge of
 * ward-office services; matched on lower-cased text, so only words that do not sit inside other
 * words are listed, and none of the card's own vocabulary (card, number, PIN, renewal, pick-up,
 * collection, certificates in general).
 *
 * A caller's situation (dementia, a nursing home) maps to the short keyword 介護: it moves a call
 * that is not about the card, but not one about the card of a person in that situation.
 */
export const ENGLISH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // 保険年金課
  国民健康保険: [
    "national health insurance",
    "national insurance",
    "health insurance",
    "quit my job",
  ],
  // The card itself is the shared 保険証 (old card still valid?), not an insurance enrolment; so is
  // the card used as one (registered as my health insurance).
  保険証: [
    "health insurance card",
    "insurance card",
    "as my health insurance",
    "as a health insurance",
    "as health insurance",
    "as your health insurance",
  ],
  年金: ["national pension", "pension"],
  後期高齢者医療: [
    "late-stage elderly",
    "latter-stage elderly",
    "late stage elderly",
    "medical care system for the elderly",
    "elderly medical care system",
  ],
  高額療養費: [
    "high-cost medical",
    "high cost medical",
    "high medical expenses",
    "high medical bills",
    "high medical costs",
  ],
  出産育児一時金: [
    "childbirth lump-sum",
    "childbirth lump sum",
    "childbirth allowance",
    "childbirth grant",
    "birth allowance",
  ],

  // 税務課
  住民税: ["resident tax", "residence tax", "residential tax", "inhabitant tax", "municipal tax"],
  固定資産税: ["property tax", "fixed asset tax", "land tax"],
  軽自動車税: ["light vehicle tax", "kei car tax", "motorcycle tax", "scooter tax"],
  課税証明書: [
    "tax certificate",
    "income certificate",
    "certificate of income",
    "certificate of taxable income",
    "taxable income",
  ],
  税金: ["tax payment", "pay tax", "pay my tax", "taxes"],

  // 保護課
  生活保護: [
    "welfare",
    "public assistance",
    "social assistance",
    "livelihood protection",
    "can't afford",
    "cannot afford",
    "can not afford",
    "no money",
    "money left",
    "out of money",
    "nothing to eat",
    "food or rent",
    "pay the rent",
    "pay my rent",
    // Help with the costs of living asked for outright (is there any help for living costs?).
    "help for living costs",
    "help with living costs",
    "help with living expenses",
    "help for living expenses",
    "money to live on",
  ],
  住居確保給付金: ["housing security benefit", "rent support benefit"],

  // 子ども家庭課
  児童手当: [
    "child allowance",
    "child benefit",
    "children's allowance",
    "money for children",
    "money for my child",
    "money for my baby",
  ],
  児童扶養手当: [
    "single-parent allowance",
    "single parent allowance",
    "child-rearing allowance",
    "child rearing allowance",
    "child support allowance",
  ],
  ひとり親: [
    "single-parent family",
    "single parent family",
    "single-parent household",
    "single parent household",
    "single-parent support",
    "single parent support",
  ],
  保育園: ["daycare", "day care", "nursery", "kindergarten", "preschool"],
  学童保育: [
    "after-school care",
    "after school care",
    "afterschool care",
    "after-school club",
    "after school club",
  ],
  子ども医療費: [
    "child medical subsidy",
    "children's medical subsidy",
    "medical subsidy for children",
    "child medical expense",
    "children's medical expense",
    "medical expenses for children",
  ],

  // 健康推進課
  母子健康手帳: [
    "mother and child handbook",
    "maternal and child health handbook",
    "mother-child handbook",
    "maternity handbook",
    "pregnancy notification",
    "report my pregnancy",
  ],
  妊婦健診: [
    "prenatal checkup",
    "prenatal check-up",
    "prenatal exam",
    "antenatal",
    "pregnancy checkup",
    "pregnancy check-up",
  ],
  産後ケア: ["postnatal", "post-natal", "postpartum"],
  乳幼児健診: [
    "infant checkup",
    "infant check-up",
    "infant health check",
    "toddler checkup",
    "toddler check-up",
    "month checkup",
    "year-old checkup",
  ],
  予防接種: ["vaccin", "immuniz", "immunis", "booster shot"],
  がん検診: ["cancer screening", "cancer check"],
  健康診断: [
    "health check",
    "medical checkup",
    "medical check-up",
    "health checkup",
    "physical examination",
  ],

  // 高齢者支援課
  介護保険: ["nursing care", "long-term care", "care insurance", "caregiver"],
  要介護認定: ["care level", "care-level", "care needs certification", "certified for care"],
  ヘルパー: ["home helper", "home care worker", "home-care worker", "home care service"],
  デイサービス: [
    "day service",
    "adult day care",
    "elderly day care",
    "day care for the elderly",
    "day care for seniors",
  ],
  介護: [
    "dementia",
    "alzheimer",
    "nursing home",
    "retirement home",
    "old people's home",
    "elderly care",
    "care for the elderly",
    "care for my elderly",
  ],
  地域包括支援センター: [
    "community general support center",
    "comprehensive support center",
    "community support center",
  ],
  福祉用具: ["care bed", "nursing bed", "walking frame"],
  住宅改修: ["handrail", "grab bar", "home modification"],

  // 障害福祉課
  障害者手帳: [
    "disability certificate",
    "disability handbook",
    "disability card",
    // The mental-health booklet named in English (the mental health disability booklet).
    "disability booklet",
    "mental health booklet",
  ],
  療育手帳: ["ryoiku techo", "ryouiku techo"],
  障害福祉サービス: [
    "disability services",
    "disability welfare",
    "disability support",
    "disability benefit",
    "disability allowance",
  ],
  補聴器: ["hearing aid"],
  補装具: [
    "wheelchair rental",
    "rent a wheelchair",
    "buy a wheelchair",
    "get a wheelchair",
    "wheelchair subsidy",
    "prosthetic",
    "prosthesis",
  ],
  手話通訳: ["sign language interpret", "sign-language interpret"],
  発達障害: [
    "developmental disab",
    "developmental disorder",
    "developmental delay",
    "autism",
    "autistic",
  ],

  // 空き家対策課
  空き家: [
    "vacant house",
    "empty house",
    "abandoned house",
    "vacant home",
    "empty home",
    "abandoned home",
    "vacant property",
    "derelict house",
    "been empty for",
    "nobody lives",
    "no one lives",
  ],
  老朽家屋: ["dilapidated", "falling apart", "about to collapse"],
  解体: ["demolish", "demolition", "tear down", "tear it down", "knock down"],

  // 環境課
  ごみ: ["garbage", "trash", "rubbish", "recycling", "waste collection", "burnable", "combustible"],
  粗大ごみ: [
    "bulky waste",
    "bulky garbage",
    "bulky item",
    "old sofa",
    "old couch",
    "old furniture",
    "old mattress",
    "throw away a sofa",
    "get rid of a bed",
    "get rid of a desk",
    "get rid of furniture",
    "get rid of a sofa",
    "throw away furniture",
    "dispose of furniture",
    "oversized garbage",
    "oversized waste",
    "oversized item",
    "large garbage",
    "large item",
  ],
  ごみの日: ["garbage day", "trash day", "garbage collection day", "trash collection day"],
  ごみの分別: [
    "separate the garbage",
    "separate my garbage",
    "sort the garbage",
    "sort my garbage",
    "garbage sorting",
    "garbage separation",
    // Small things the sorting rules cover (used batteries, spray cans).
    "batteries",
    "spray can",
    "light bulb",
  ],
  ごみ袋: ["garbage bag", "trash bag"],
  不法投棄: ["illegal dumping", "illegally dumped", "dumped illegally"],
  家電リサイクル: ["appliance recycling", "refrigerator", "fridge", "microwave", "washing machine"],
  騒音: ["noise", "noisy", "loud music", "barking"],
  悪臭: ["smell", "stink", "odor", "odour"],
  野良猫: ["stray cat"],
  野良犬: ["stray dog"],
  死骸: ["dead animal", "dead cat", "dead bird", "dead crow", "carcass"],

  // 市民課 besides the card
  住民票: [
    "certificate of residence",
    "residence certificate",
    "resident record",
    "juminhyo",
    "주민표",
    "住民证明",
    "atestado de residência",
  ],
  戸籍: [
    "family register",
    "koseki",
    "marriage registration",
    "register our marriage",
    "register my marriage",
  ],
  印鑑登録: [
    "seal registration",
    "personal seal",
    "inkan registration",
    "register my seal",
    "register a seal",
    "register my inkan",
    "hanko registration",
    "register my hanko",
  ],

  // 総合案内
  駐車場: ["parking"],
  総合案内: [
    "lost-and-found",
    "lost and found",
    "lost property",
    "left my umbrella",
    // The lift inside the building (where is the elevator? my mother uses a wheelchair).
    "where is the elevator",
    "where is the lift",
    // Which floor a counter is on, and where to leave the car (which floor is the tax counter;
    // where can I park when I come in).
    "which floor",
    "what floor",
    "park my car",
    "park the car",
    "where can i park",
    "where do i park",
    "car park",
    // The building's entrances (where is the entrance, the side entrance).
    "entrance",
    // Elections, as in Japanese (where do I vote before the day; is my polling card here).
    "election",
    "to vote",
    "vote early",
    "early voting",
    "absentee vot",
    "ballot",
    "polling",
  ],
};
