/**
 * Round-40 additions, written for madoguchi from general knowledge (not copied from any list or
 * project).
 *
 * Surnames frequent in Ibaraki (水戸・常陸・鹿行) that the earlier lists lacked: 谷田部, 小貫, 塙,
 * 額賀, 照沼, 綿引, 鯉渕, 圷, …; the town and district names among them (谷田部, 塙, 安島) are also
 * in `PLACE_HOMOGRAPHS` ({@link PLACE_SURNAMES_9}), so a bare place name is no name.
 *
 * Format as in `name-data-4.ts`; `surnames.ts` merges these into `SURNAMES`.
 */
export const SURNAME_DATA_9 = `
谷田部:やたべ 小貫:おぬき 塙:はなわ 額賀:ぬかが 照沼:てるぬま 綿引:わたひき 鯉渕:こいぶち 鴨志田:かもした
軍司:ぐんじ 茅根:ちのね 会沢:あいざわ 圷:あくつ 小圷:こあくつ 深作:ふかさく 藤咲:ふじさき 羽成:はなり
酒寄:さかより 加倉井:かくらい 清宮:せいみや 安島:あじま 大録:だいろく 宇留野:うるの 豊崎:とよさき
生田目:なまため 飛田:とびた
`;

/** The surnames above that are also town or district names. */
export const PLACE_SURNAMES_9 = `
谷田部 塙 安島
`;
