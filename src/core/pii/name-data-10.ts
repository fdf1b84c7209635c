/**
 * Round-41 additions, written for madoguchi from general knowledge (not copied from any list or
 * project).
 *
 * Surnames frequent in Miyazaki (宮崎・日向・都城・西都) that the earlier lists lacked: 図師,
 * 税所, 興梠, 野辺, 湯地, 戸高, 柚木崎, 重黒木 …; the ones that are also district or town names
 * (米良, 北郷) are in `PLACE_HOMOGRAPHS` too ({@link PLACE_SURNAMES_10}), so a bare place name is
 * no name. 野辺 has no reading: のべ is an everyday word (延べ, "in all").
 *
 * Format as in `name-data-4.ts`; `surnames.ts` merges these into `SURNAMES`.
 */
export const SURNAME_DATA_10 = `
図師:ずし 税所:さいしょ 興梠:こうろき 米良:めら 野辺: 湯地:ゆち 戸高:とだか 柚木崎:ゆのきざき
稲用:いなもち 右松:みぎまつ 肥田木:ひだき 黒葛原:つづらはら 鬼束:おにつか 荒武:あらたけ 富高:とみたか
永友:ながとも 小八重:こばえ 津曲:つまがり 杉尾:すぎお 吉玉:よしたま 田爪:たづめ 重黒木:しゅうくろき
蓑原:みのはら 岩満:いわみつ 上米良:かんめら 椎原:しいばら 北郷:ほんごう
`;

/** The surnames above that are also district or town names. */
export const PLACE_SURNAMES_10 = `
米良 北郷
`;
