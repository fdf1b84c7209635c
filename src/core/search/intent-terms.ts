/**
 * A light intent layer: what kind of answer a question asks for (how, where, when, how much,
 * what to bring), whatever words the caller uses. Callers say 申請方法を教えて where the FAQ says
 * どうやって申請すれば; both get the intent term `how`. Patterns run on `foldForMatch`-folded
 * text (hiragana, lower case), so write them in hiragana where the kana form is common.
 */
export const INTENT_PATTERNS: Readonly<Record<string, RegExp>> = {
  // どげん/どがん (Kyushu), どないしたら (Kansai), 怎么 (Chinese) as callers say them; what to do
  // (何をすれば, 何したら, 何から始め) asks how to go on as どうすれば does.
  how: /方法|何をすれば|何すれば|なにをすれば|なにすれば|何をしたら|何したら|なにをしたら|何すりや|何から始め|どうやつて|どうやる|どうやん|どうやれば|どうすれば|どうしたら|どうする|どうしよ|どうすん|どげん|どがん|どないしたら|やり方|やりかた|仕方|どのように|手順|怎么|how (do|to|can)/u,
  // Other languages: 哪里/在哪 (zh), 어디 (ko), ở đâu (vi), onde/dónde (pt, es), saan (tl),
  // di mana (id), कहाँ (ne). Not どこか, どこにも, どこにやった, どこいったか: somewhere, nowhere and
  // where did it go say a thing is lost (申請書がどこかへ行ってしまった), not where to go.
  where:
    /どこ(?!か(?!ら)|にも|[にへさ]?やつ|[にへ]?(?:い|行)つたか)|場所|where|哪里|哪儿|在哪|어디|ở đâu|\bonde\b|dónde|\bsaan\b|\bdi mana\b|कहाँ|कहां/u,
  // いつ, but not the っ of 行った, 言って, いっぱい, 一緒 (いっしょ), いっぺん folded to つ, nor いつも
  // (always), nor ドイツ (folded どいつ; など、いつ stays when).
  // Speech recognition writes the counters in kana (なんねん, なんにち, なんかげつ).
  when: /(?<!(?<!な)ど)いつ(?![てたぱちしつぺぽ]|も)|期限|期間|何年|何日|何か月|何ヶ月|なんねん|なんにち|なんかげつ|どのくらい|どれくらい|when|how long/u,
  cost: /いくら|費用|手数料|料金|無料|有料|お金|かかりますか|[0-9千百万]円|何円|how much|fee|cost/u,
  // And in kana (なんかい, なんけた, なんしゅるい folded), but not なんかいい / なんかいる (何か).
  count:
    /何回|何桁|何種類|何枚|何通|なんかい(?![いらりるれろ])|なんけた|なんしゆるい|なんまい|いくつ|how many/u,
  // なんで, but not なんです/なんでしょう/なんでも (folded: small kana are large); どうして, but not
  // どうしても (by all means), though どうしてもらえない (why can't I get) is why.
  why: /なぜ|なんで(?!す|しよ|も)|どうして(?!も(?!ら))|理由|why/u,
  // Forty-second round: asked politely too (どのような方, どういった人, folded どういつた), but
  // not どのような方法 (how) nor 方向, 方面 (which way).
  who: /誰|だれ|どんな人|どんな方|(?:どのような|どういう|どういつた)(?:人|方(?![法向面式]))|対象|who/u,
  // What a thing is, asked as the whole question (資格確認書って何?, 特急発行というのは、どういうもの
  // ですか, o que é, 是什么): a definition is another answer than who gets it or what it costs
  // (thirty-ninth round). Not 何桁, 何時, 何持って, nor できないことって何 (what things), nor
  // とは何で、… going on to ask something else.
  what: /(?<!こと|もの)(?:つて|というのは|つていうのは|つてのは)\s*(?:何|なに|なん)(?=[?。、!\s]|$|です|でしよ|だろ|なの|なん)|とは(?:何|なに|なん)(?=[?。!\s]|$|です|だろ|なの)|どういうもの|what is|what's|o que é|o que e |là gì|是什么|什么是|뭐예요|뭔가요|무엇인가요|\bano ang\b|\bapa itu\b|के हो/u,
  bring:
    /持つていけ|持つて行け|持ち物|必要なもの|必要な書類|必要書類|何が必要|何がいる|何がいり|何が要|なにが必要|なにがひつよう|なにがいる|なにがいり|何を持つて|なにを持つて|なにをもつて|何もつて|何持つて|要ります|いりますか|bring|need|准备什么|需要什么|带什么|뭐가 필요|무엇이 필요|준비물/u,
};

/** The intent names whose pattern occurs in the folded text. */
export function findIntents(folded: string): string[] {
  return Object.entries(INTENT_PATTERNS)
    .filter(([, pattern]) => pattern.test(folded))
    .map(([name]) => name);
}
