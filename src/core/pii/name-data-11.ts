/**
 * Round-42 additions, written for madoguchi from general knowledge (not copied from any list or
 * project).
 *
 * Surnames frequent in Yamanashi (甲府・峡東・峡南・郡内) that the earlier lists lacked: 有泉, 河西,
 * 輿石, 功刀, 降矢, 乙黒, 薬袋, 小佐野, 初鹿野 …. Those whose reading is an everyday word have none
 * (薬袋 みない "not seeing", 小尾 おび "sash", 加々美 かがみ "mirror", 功刀 くぬぎ "oak"); place names
 * (丹沢, 穴水, 日向, 窪川) and words (流石, 五反田's 反田) were left out.
 *
 * Format as in `name-data-4.ts`; `surnames.ts` merges these into `SURNAMES`.
 */
export const SURNAME_DATA_11 = `
有泉:ありいずみ 河西:かさい 輿石:こしいし 功刀: 降矢:ふるや 乙黒:おとぐろ 薬袋: 小尾: 若尾:わかお
飯室:いいむろ 中楯:なかだて 塩島:しおじま 羽中田:はちゅうだ 小佐野:おさの 外川:とがわ 保阪:ほさか
込山:こみやま 初鹿野:はじかの 加々美:
`;
