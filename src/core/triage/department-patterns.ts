/**
 * Phrases a word list cannot hold, keyed by the canonical keyword they stand for. `matchDepartments`
 * adds the keyword after each match, before the synonym table. Japanese; folded like the text
 * (`foldForMatch`) before use, so write them in plain kana and kanji.
 */
export const DEPARTMENT_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  // Savings gone, said in other words than the synonyms hold (貯金ももう残っていません; 蓄えも尽き
  // かけて), and no place left to sleep tonight (寮を出されて寝る所がありません): the welfare
  // desk's. Not a savings account (貯金の口座) nor a worry said as a condition (泊まる所がないと).
  生活保護: [
    /(貯金|ちょきん|蓄え|たくわえ|貯え)(も|が|は)?(もう)?[、,]?\s?(残って(い)?(ない|ません)|残っとらん|残ってへん|残っちょらん|尽き|つきかけ|つきそう)/u,
    /(寝る|ねる|泊まる|とまる|住む|寝泊まりする)(ところ|所|とこ|場所)(が|も)\s?(ない|なく|ありません|あらへん|あらん)(?!と|なら|場合|ほど)/u,
  ],
  // A child looked after for a while, asked of a place that takes them (出張の三日間だけ、娘を
  // 預かってくれる所はありますか; 子どもをしばらくあずかってもらえる施設; 下の子を一時的に預かって
  // もらえる所): the child-care desk's.
  // Not a card or a letter kept for someone (息子の分を預かっておいて).
  保育所: [
    /(子ども|子供|こども|娘|息子|赤ちゃん|赤ん坊|幼児|乳児|孫|(下|上|末|一番下|二番目)の子)(たち|ら)?を[^。?]{0,16}(預か|あずか)(って|る)\s?(もらえ|くれ|くださ|いただけ|ほしい|欲しい|(所|ところ|場所|施設))/u,
  ],
  // Income to be declared, and the declaration's help and deadline (民宿の収入の申告に詳しい人と
  // 話したい; 確定申告の相談を夜にしてもらえませんか; 申告の締め切りのあとで出しても): the tax
  // desk's. Not 申告の時期 or 申告会場 alone (the car park in the season), and not where the card or
  // e-Tax is in the call (e-Taxで申告の締め切りが…カードが) or the welfare desk's income report
  // (収入の申告は出したのに保護費が).
  住民税: [
    /^(?!.*(保護|生保|e-?tax|イータックス|カード|署名|電子証明|マイナ))[^]*((収入|所得|経費|事業|売り上げ|売上|稼ぎ)の(分の)?申告|申告(の)?(相談|仕方|締め切り|締切|期限)|申告(に|が)(詳しい|分か)|申告のこと(が|を)|申告(が|は)?(要る|要り|いる|いり))/u,
  ],
  // Whether the office itself is open, asked yes or no of a day (区役所って開いてる?; 連休も、役場は
  // 開いていますか; 土曜日に庁舎は開いていますか): the general desk's opening days. Not the hours
  // one cannot reach (役所が開いてる時間は仕事で) nor how long it is open (何時まで開いて).
  総合案内: [
    /(区役所|市役所|役所|役場|庁舎|支所)(って|は|も)?[、,]?\s?(開いて|あいて|空いて|やって|開いと|やっと)(い)?(ます|る|ん|ら)(?!\s?(時間|間|うち|とき|時))/u,
  ],
};
