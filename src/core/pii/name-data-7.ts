/**
 * Round-36 additions, written for madoguchi from general knowledge (not copied from any list or
 * project).
 *
 * Surnames frequent in Nagano (信州) that the earlier lists lacked (小口, 降旗, 倉科, 両角, 小穴,
 * 大日方, 曽根原; not 務台, whose 台 would let town names ending in 台 pass as surnames); the town and city names among them (茅野, 小平, 諏訪, 等々力, 宮島) are
 * also in `PLACE_HOMOGRAPHS` ({@link PLACE_SURNAMES_7}), so a bare place name is no name.
 * Readings are left empty where the reading is also a place said in kana (ちの, すわ).
 *
 * {@link OLD_FORM_KANJI}: a listed surname is also written with the old form (旧字体) of one of its
 * kanji (上條 for 上条, 柳澤 for 柳沢, 渡邉 for 渡辺), as on older registers and as people keep it.
 *
 * {@link GIVEN_NAMES_7}: girls' and boys' names given in the last twenty years that the lists lacked
 * (凪沙, 伊織, 陽茉莉); one-kanji words (朔, 詩, 響) are left out.
 *
 * Format as in `name-data-4.ts`; `surnames.ts` merges these into `SURNAMES` and `GIVEN_NAMES`.
 */
export const SURNAME_DATA_7 = `
小口:おぐち 降旗:ふりはた 降幡:ふりはた 倉科:くらしな 両角:もろずみ 小穴:おあな 細萱:ほそがや
曽根原:そねはら 胡桃沢:くるみざわ 高見沢:たかみざわ 武居:たけい 大日方:おびなた 矢花:やばな 岩垂:いわだれ
伝田:でんだ 傳田:でんだ 丸茂:まるも 清沢:きよさわ 金箱:かねばこ 唐木田:からきだ 宮島:みやじま 茅野:
小平:こだいら 諏訪: 等々力:
`;

/** The surnames above that are also town, city or district names. */
export const PLACE_SURNAMES_7 = `
茅野 小平 諏訪 等々力 宮島
`;

export const GIVEN_NAMES_7 = `
凪沙 凪紗 伊織 一華 陽茉莉 汐里 律希 澪奈
`;

/** Kanji of listed surnames and their old forms (旧字体), each written in surnames too. */
export const OLD_FORM_KANJI: Readonly<Record<string, string>> = {
  沢: "澤",
  条: "條",
  辺: "邉",
  島: "嶋",
  崎: "﨑",
  高: "髙",
  浜: "濱",
  広: "廣",
  斎: "齋",
  斉: "齊",
  桜: "櫻",
  滝: "瀧",
  国: "國",
  伝: "傳",
};
