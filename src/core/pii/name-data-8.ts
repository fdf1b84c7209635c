/**
 * Round-37 additions, written for madoguchi from general knowledge (not copied from any list or
 * project).
 *
 * Surnames frequent in Kagoshima (薩摩・大隅) that the earlier lists lacked, many of them ending in
 * 園 (ぞの), 留 (どめ) or 元 (もと): 榎園, 寺園, 持留, 満留, 四元, 尾辻, 中馬, 枦山, …; the
 * province, town and district names among them (肥後, 新地, 帖佐) are also in `PLACE_HOMOGRAPHS`
 * ({@link PLACE_SURNAMES_8}), so a bare place name is no name. Readings are left empty where the
 * reading is also a place said in kana (くまもと for 隈元).
 *
 * {@link VARIANT_KANJI}: kanji of listed surnames with a second old or variant form (異体字) that
 * registers keep beside the one in `OLD_FORM_KANJI` (濵田 beside 濱田 for 浜田, 渡邊 beside 渡邉).
 *
 * Format as in `name-data-4.ts`; `surnames.ts` merges these into `SURNAMES`.
 */
export const SURNAME_DATA_8 = `
榎園:えのきぞの 寺園:てらぞの 内園:うちぞの 西園:にしぞの 西之園:にしのその 持留:もちどめ 満留:みつどめ
四元:よつもと 隈元: 尾辻:おつじ 中馬:ちゅうまん 枦山:はぜやま 樋之口:ひのくち 牧之瀬:まきのせ
餅原:もちはら 米盛:よねもり 中釜:なかがま 大重:おおしげ 肥後:ひご 新地:しんち 帖佐:
`;

/** The surnames above that are also province, town or district names. */
export const PLACE_SURNAMES_8 = `
肥後 新地 帖佐
`;

/** Kanji of listed surnames and a second old or variant form of each. */
export const VARIANT_KANJI: Readonly<Record<string, string>> = {
  浜: "濵",
  辺: "邊",
};
