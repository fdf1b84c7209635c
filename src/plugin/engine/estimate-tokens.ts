/**
 * Stand-in for gpt-tokenizer's o200k `countTokens` in the plug-in bundle (webpack alias): the
 * real tables are ~2 MB, far over the plug-in's size budget, and the plug-in only shows the
 * prompt size as information. Estimate from o200k's typical ratios: about one token per
 * Japanese character and about four ASCII characters per token.
 */
export function countTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) ascii += 1;
    else other += 1;
  }
  return Math.ceil(ascii / 4) + other;
}
