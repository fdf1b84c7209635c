/**
 * 私のはまだ? / 妻のもまだです / うちのがもう届いた: after a possessive の ("mine", "my wife's",
 * "ours") the kana that follows may open with a particle, and a kana surname's reading may hide in
 * the particle and the next word (は + まだ read as 浜田, が + もう as 蒲生). Such kana names no one
 * unless a name's cue follows it (担当のはまださんに, 私のはやしと申します).
 */

// 私のはまだ, 妻のもまだ, 母のがもう: the particle glued to the possessive の.
const PARTICLE = /^[はもがをにでとへ]$/u;
/**
 * Ordinary words that follow "mine is" / "hers too": adverbs of time and manner, a question word,
 * there is (not), arrive (届い/届か…). None of them after a particle makes a given name's reading
 * (はなこ, ももか, ともみ stay names).
 */
const ORDINARY_WORD =
  /^(?:まだ|もう|やっぱ|やはり|ちょっと|いつ|どう|どこ|どれ|ぜんぜん|ずっと|すでに|すぐ|たぶん|ない|なかった|ある|あり|とど[いかきけ])/u;
// 担当のはまださんに / うちのはまだと申します: an honorific or a self-introduction after the kana.
const NAME_CUE_WORDS = "(?:さん|様|さま|ちゃん|くん|君|氏|殿|先生|と ?申|と ?もうし|って ?申)";
const NAME_CUE = new RegExp(`^${NAME_CUE_WORDS}`, "u");
const KANA_THEN_NAME_CUE = new RegExp(`^[\\u3041-\\u3096ー]{0,6}?${NAME_CUE_WORDS}`, "u");
/** The caller's own possessive (私の, 僕の): no person is called "my" + a name in a call. */
const SELF_POSSESSIVE = /(?:私|わたし|わたくし|僕|ぼく|俺|おれ|あたし)の$/u;

/**
 * Whether the kana at `at`, right after a possessive の, is a particle and an ordinary word
 * (妻のはまだです), or after the caller's own 私の any particle and kana (私のはやしです), with no
 * name's cue after it.
 */
export function particleAfterPossessive(text: string, at: number): boolean {
  if (text[at - 1] !== "の" || !PARTICLE.test(text[at] ?? "")) return false;
  const rest = text.slice(at + 1, at + 16);
  const word = ORDINARY_WORD.exec(rest)?.[0];
  if (word !== undefined) return !NAME_CUE.test(rest.slice(word.length));
  return (
    SELF_POSSESSIVE.test(text.slice(Math.max(0, at - 6), at)) && !KANA_THEN_NAME_CUE.test(rest)
  );
}

/**
 * うちのはまだ? / うちのもまだです: うち + の + a particle is "ours", not the surname 内野 read in kana
 * (an honorific right after it, うちのさん, still names 内野).
 */
export function isOursBeforeParticle(kana: string): boolean {
  return kana.startsWith("うちの") && PARTICLE.test(kana[3] ?? "");
}
