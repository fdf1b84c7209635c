/**
 * A tiny FAQ encoded as Shift_JIS (as Excel saves CSV), as bytes: Node cannot encode Shift_JIS.
 * Row: `S-1,暗証番号を忘れた,窓口で再設定します。,,市民課,`.
 */
const HEADER = Buffer.from("id,question,answer,category,department,keywords\n", "ascii");
const ROW = Buffer.from(
  "532d312c88c38fd894d48d8682f0965982ea82bd2c918b8cfb82c58dc490dd92e882b582dc82b781422c2c8e7396af89db2c0a",
  "hex",
);

export const FAQ_SJIS = Buffer.concat([HEADER, ROW]);
