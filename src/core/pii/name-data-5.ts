/**
 * Round-18 additions, written for madoguchi from general knowledge (not copied from any list or
 * project).
 *
 * Surnames that are also the names of towns and cities (綾部, 亀岡, 明石): earlier lists left
 * most of them out; they are real, common surnames. Each is also in `PLACE_HOMOGRAPHS`
 * ({@link PLACE_SURNAMES_5}), so that a bare town name is no name. Readings are left empty
 * (recognized in kanji only) where the reading is also an everyday kana word or a place said
 * in kana (うじ, いせ).
 *
 * Given names common across generations that the earlier lists lacked (肇, 梓, 瞳, 紗季). One-kanji
 * everyday nouns (海, 空, 円, 都, 幸) and words that read as phrases glued to a surname (大地) are
 * left out: a given name needs no cue after a listed surname.
 *
 * Round 23 added one-kanji given names of the same kind (拓, 司, 彰, 靖).
 *
 * Format as in `name-data-4.ts`; `surnames.ts` merges these into `SURNAMES` and `GIVEN_NAMES`.
 */
export const SURNAME_DATA_5 = `
綾部:あやべ 亀岡:かめおか 宇治: 長岡:ながおか 桑名:くわな 鈴鹿:すずか 伊勢: 大垣:おおがき 羽島:はしま
宮津:みやづ 熊野:くまの 赤穂:あこう 明石:あかし 豊岡:とよおか 丹波:たんば 西宮:にしのみや 芦屋:あしや
笠岡:かさおか 津山:つやま 倉吉:くらよし 松江:まつえ 出雲:いずも 高砂:たかさご 玉野:たまの 綾瀬:あやせ
綾野:あやの 鳩山:はとやま 鷹野:たかの 犬養:いぬかい 龍田:たつた 子安:こやす 黄瀬:きせ 錦織:にしこり
綾小路:あやのこうじ 小鳥遊:たかなし 月見里:やまなし
`;

/** The surnames above that are also town or city names. */
export const PLACE_SURNAMES_5 = `
綾部 亀岡 宇治 長岡 桑名 鈴鹿 伊勢 大垣 羽島 宮津 熊野 赤穂 明石 豊岡 丹波 西宮 芦屋 笠岡 津山 倉吉 松江
出雲 高砂 玉野 綾瀬
`;

export const GIVEN_NAMES_4 = `
肇 梓 瞳 紗季 保 勇気 章 毅 勉 茜 栞 雫 亨 巧 賢 哲 崇 匠 凌 輝 廉 晶 沙希 早紀 早希 沙紀 紗耶 絢子
拓 司 岳 彰 馨 靖 諭 梢
`;
