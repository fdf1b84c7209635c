/**
 * Round-19 additions, written for madoguchi from general knowledge (not copied from any list or
 * project).
 *
 * Surnames the earlier lists lacked: common ones of every region (志村, 影山, 若松, 羽田, 勝俣),
 * surnames that are also old province, city or district names (上総, 三条, 羽生, 別府, 赤坂) and
 * a few rarer ones (堀籠, 饗庭, 醍醐). Every town or district name among them is also in
 * `PLACE_HOMOGRAPHS` ({@link PLACE_SURNAMES_6}), so a bare place name is no name. Readings are left
 * empty (recognized in kanji only) where the reading is also an everyday kana word (五味: ごみ,
 * 会田: あいだ, 碓井: うすい, 和気: わけ). Left out: surnames that are article numbers or words
 * (一条, 九条, 六角, 小路, 南部, 大関).
 *
 * One-kanji surnames shared with a given name (湊) come without a reading, like the other
 * one-kanji surnames.
 *
 * Round 21 added 志摩 and 能登 (surnames that are old provinces; places too), without readings.
 * Round 23 added surnames of the kind callers say in kana and the lists lacked (本郷, 柳沼, 剣持,
 * 斑目, 高峰, 露木, 鴻池); 狩野 without its reading (かのう is 可能), 本郷 a Tokyo district too.
 *
 * Round 26 added two surnames of northern Kyushu callers say in kana (大神, 千々岩).
 *
 * Format as in `name-data-4.ts`; `surnames.ts` merges these into `SURNAMES`.
 */
export const SURNAME_DATA_6 = `
上総:かずさ 大曽根:おおぞね 堀籠:ほりごめ 中路:なかじ 羽田:はねだ 羽田野:はたの 羽根田:はねだ
三条:さんじょう 西条:さいじょう 中条:なかじょう 下条:しもじょう 羽生:はにゅう 三原:みはら 三島:みしま
赤坂:あかさか 角野:かどの 志村:しむら 五味: 一色:いっしき 五島: 会田: 饗庭:あいば 井筒:いづつ
碓井: 鍵山:かぎやま 影山:かげやま 勝俣:かつまた 蒲生:がもう 斎木:さいき 醍醐:だいご 垂水:たるみ
力石:ちからいし 鳥羽:とば 箱崎:はこざき 秦野:はだの 別府:べっぷ 前園:まえぞの 箕浦:みのうら
若松:わかまつ 和気: 万代:まんだい 大曲:おおまがり 湊: 志摩: 能登:
本郷:ほんごう 柳沼:やぎぬま 八木沼:やぎぬま 剣持:けんもち 斑目:まだらめ 高峰:たかみね 鴫原:しぎはら
露木:つゆき 氷室:ひむろ 梁瀬:やなせ 簗瀬:やなせ 樽井:たるい 鯨井:くじらい 鯉沼:こいぬま 鰐淵:わにぶち
鷺坂:さぎさか 鴻池:こうのいけ 鴇田:ときた 鷲津:わしづ 竜崎:りゅうざき 蓬田:よもぎだ 蕪木:かぶらぎ
樫村:かしむら 槙野:まきの 柾木:まさき 籠池:かごいけ 狩野:
大神:おおがみ 千々岩:ちぢいわ
`;

/** The surnames above that are also names of provinces, cities, towns or districts. */
export const PLACE_SURNAMES_6 = `
上総 大曽根 羽田 三条 西条 中条 下条 羽生 三原 三島 赤坂 五島 醍醐 垂水 鳥羽 箱崎 秦野 別府 若松
大曲 湊 志摩 能登 本郷
`;
