/**
 * The crisis lexicon: how callers say that a life is in danger now. Written from domain
 * knowledge of Japanese (and English) crisis talk, never from a test set. Patterns are regex
 * sources in ordinary spelling; they are folded with `foldForMatch` when compiled, so katakana,
 * hiragana, width and long-vowel variants of the caller's words match the same pattern. Write
 * kanji-or-kana alternatives (死|し) where speech recognition may give either. Do not use
 * upper-case escapes (\S, \D): folding lower-cases the source.
 */

/** Crisis kinds; the kind picks the numbers read out unless a rule carries its own. */
export type CrisisKind = "suicide" | "abuse" | "violence" | "medical";

export type CrisisContact = { readonly name: string; readonly number: string };

export type CrisisRuleSource = {
  readonly kind: CrisisKind;
  /** A department of the city's table that handles this (子ども家庭課 for child abuse). */
  readonly department?: string;
  /** Numbers read out instead of the kind's default. */
  readonly contacts?: readonly CrisisContact[];
  readonly patterns: readonly string[];
};

// People a caller may say collapsed or stopped responding; ] ends a masked name (［氏名1］).
const PERSON =
  "(人|父|母|夫|妻|主人|旦那|家内|家族|祖父|祖母|子|赤ちゃん|赤ん坊|息子|娘|孫|親|兄|姉|弟|妹|おじいさん|おばあさん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お父さん|お母さん|男性|女性|男の人|女の人|お年寄り|高齢者|彼|彼女|友達|友人|隣の|同僚|\\])";
const CHILD = "(子|こども|子ども|子供|児童|息子|娘|赤ちゃん|赤ん坊|幼児|乳児|小学生|孫|\\])";
const ELDER =
  "(高齢者|お年寄り|老人|祖父|祖母|おじいさん|おばあさん|おじいちゃん|おばあちゃん|年老いた|高齢の|義母|義父|認知症の|入居者|施設で|介護)";
const HARM =
  "(叩かれ|たたかれ|殴られ|なぐられ|蹴られ|怒鳴られ|どなられ|つねられ|突き飛ばされ|縛られ)";

/** Table order is priority order: life first, then the most specific abuse rule. */
export const CRISIS_LEXICON: readonly CrisisRuleSource[] = [
  {
    kind: "suicide",
    patterns: [
      "(死|し|氏)にたい",
      "(死|し)にたく(なる|なって|なります|てたまらない)",
      "(死|し)んで(しまいたい|しまおう|しまえば|やる|楽に|お詫び|おわび)",
      "(死|し)(のう|ぬつもり|ぬしかない|ぬ気で|ぬことばかり|ぬことを考え|ぬ方法|に方を)",
      "死んだ(ほう|方)が",
      "自殺|自死|じさつ",
      "(消|き)え(たい|てしまいたい|てなくなりたい|てしまおう)",
      "いなくなりたい|いなくなった(ほう|方)が|(私|わたし|自分|僕|俺|あたし|うち)(なんか|なんて|は|が)?.{0,4}いない(ほう|方)が(いい|まし|よかった)",
      "生き(る|て(い)?る|ていく|てく|てい)?の(が|も)?.{0,4}(つら|辛|しんど|苦し|いや|嫌|疲れ|限界)",
      "生き(て|と)(い|つ|て)?ても.{0,4}(仕方|しかた|しょうがな|意味)",
      "生き(て(い)?る|ていく|る)?(意味|価値|理由|気力|希望)(が|も|なんて)?(ない|無い|な|見つから|わから)",
      "生きて(い)?(たくない|る意味)",
      "(もう|これ以上).{0,6}生きて(いけ|いられ|られ)ない",
      "(もう|全部|すべて|人生|何もかも|なにもかも|いっそ).{0,6}終わり(に(したい|しよう|する)|にしたく)",
      "(人生|命|自分|全部|すべて).{0,4}終わらせ(たい|よう|る)",
      "(もう|早く|いっそ).{0,4}楽になりたい|楽になりたい(です|んです|の)",
      "首を(つ|吊|くく|括)|首(吊|つ)り",
      "飛び降り|とびおり|身を投げ|(電車|線路|ホーム|川|海|橋).{0,6}飛び込",
      "遺書|練炭|命を(絶|断)|命(を)?捨て|この世から|あの世に行き|生まれてこなければ|生まれてこなかった(ほう|方)が",
      "(あと|後)を追(い|っ)たい|死に場所",
      "手首を切|腕を切(っ|り|ろ|る)|リストカット|リスカ|自傷|自分を傷つけ",
      "(薬|くすり|睡眠薬|眠剤|市販薬|風邪薬|安定剤).{0,10}(たくさん|大量|いっぱい|全部|まとめて|一気|何十|一箱|ひと箱|一瓶|ひと瓶).{0,6}(飲|の)",
      "(たくさん|大量|いっぱい)(の|に)?(薬|くすり|睡眠薬|眠剤).{0,4}(飲|の)",
      "オーバードーズ|(?<![a-z])od(?![a-z])|過剰摂取",
      "kill (my ?self|myself)|killing myself|suicid|(want|wanna|going) to die|end (it all|my life)|take my (own )?life|overdos|self[- ]?harm|cut myself|(don'?t|do not) want to live|no reason to live",
    ],
  },
  {
    kind: "abuse",
    department: "高齢者支援課",
    contacts: [
      { name: "警察", number: "110" },
      { name: "救急", number: "119" },
    ],
    patterns: [
      "高齢者虐待",
      `${ELDER}.{0,15}(虐待|ぎゃくたい|${HARM}|放置され|閉じ込め|ご飯を?(もらえ|食べさせてもらえ)|食事を(与えられ|もらえ)|年金を(取られ|とられ|使い込|勝手)|お金を(取られ|とられ|勝手))`,
      "elder(ly)? abuse",
    ],
  },
  {
    kind: "abuse",
    department: "子ども家庭課",
    patterns: [
      "虐待|ぎゃくたい|育児放棄|ネグレクト",
      `${CHILD}.{0,25}(${HARM}|放置され|置き去り|閉じ込められ|ご飯を?(もらえ|食べさせてもらえ)|食事を(与えられ|もらえ)|あざ|痣|やけどの跡|傷だらけ|泣き叫|外に出され|締め出され|ベランダに出され)`,
      `${CHILD}(を|が)?.{0,6}(叩いて|たたいて|殴って|なぐって|蹴って|放置して|置き去りに)`,
      "(親|父|母|お父さん|お母さん|父親|母親|継父|継母|ママ|パパ)(に|から).{0,6}(叩かれ|たたかれ|殴られ|なぐられ|蹴られ|ご飯を?もらえ)",
      "泣き声.{0,12}(毎晩|毎日|ずっと|ひどい|すごい|異常|叫|止まない|やまない)|(毎晩|毎日|夜中|一晩中|ずっと).{0,12}(泣き(声|叫)|怒鳴り声)",
      "ご飯を?(もらえ|食べさせてもらえ)(て)?(い)?ない|食事を(与えられ|もらえ)(て)?(い)?ない",
      "(子ども|子供|こども|小さい子|幼い子)(だけ|たち)?(が|で|を).{0,10}(何日|ずっと|夜中|放置|置いて)",
      "(child|kid|baby|children|son|daughter)( is| are)? (being )?(abused|beaten|neglected)|child abuse|abus(e|ing) (a|the|my|her|his|their) (child|kid|son|daughter|baby)|neglect(ed)? (child|kid|baby)",
    ],
  },
  {
    kind: "violence",
    contacts: [
      { name: "警察", number: "110" },
      { name: "DV相談ナビ", number: "#8008" },
      { name: "DV相談+", number: "0120-279-889" },
    ],
    patterns: [
      "殴られ|なぐられ|蹴られ|叩かれ|殴ってく|殴る蹴る|暴力|ぼうりょく|(?<![a-z])dv(?![a-z])|ドメスティック",
      "刃物|(包丁|ナイフ|はさみ|ハサミ)(を)?(持|向け|振り)|刺され|刺す(ぞ|って)",
      "殺され|殺す|殺して|殺そう|殺意|ころされ|ころす(ぞ|って)",
      "襲われ|脅され|脅迫|おどされ|首を(絞|締|しめ)|監禁|閉じ込められ|悲鳴",
      "逃げてきた|逃げ(出し)?てきま|(夫|妻|彼|旦那|親|家族|パートナー|交際相手|元彼|元夫|元妻).{0,10}から逃げ",
      "(夫|妻|旦那|彼氏|彼|パートナー|交際相手|父|母|親).{0,10}(怒鳴|どなっ|どなり|物を投げ|暴れ|脅)",
      "暴れて(いる|る|います)|ストーカー|つきまと|付きまと|待ち伏せ|後をつけられ|押し入|強盗",
      "(誰か|だれか)助けて|たすけて|助けて(!|くれ)",
      "hit(s|ting)? me|beat(s|ing)? me|attack(ed|ing)? me|(?<![a-z])stab|knife|kill me|going to kill|threaten|domestic violence|abusive|stalk|(?<![a-z])guns?(?![a-z])",
    ],
  },
  {
    kind: "medical",
    patterns: [
      `${PERSON}.{0,8}倒れ(た|て|ま)|急に倒れ|倒れて(い)?(る|ます)|倒れた(ん|の|まま)`,
      "意識(が)?(ない|無い|な|もうろう|朦朧|戻らない|おかしい)|意識不明|気を失|気絶",
      "息(を)?して(い)?(ない|ません)|息(が)?(でき|止ま|苦し|していな|してな)|呼吸(を|が)?(して(い)?な|でき|止ま|苦し|おかし|荒|弱)|心臓(が)?止ま|脈が(ない|無い|な)",
      "血が止まらない|(出血|血).{0,6}(止まらない|止まらな|ひどい|たくさん|いっぱい|大量)|大量(に)?出血|吐血",
      "けいれん|痙攣|ひきつけ|引きつけ",
      "胸が(痛|苦し|締め付け|しめつけ)|胸の痛み",
      `${PERSON}.{0,8}(動かない|動かなく|動けな|反応(が)?ない|返事(が)?ない|目を覚まさない|起きない|ぐったり)|ぐったりして`,
      "救急車|(119|いちいちきゅう)(番)?(に|を|へ)?(電話|呼|かけ)",
      "頭を(強く)?打|大けが|大怪我|重傷|骨が折れ|溺れ|おぼれ|ろれつが回らない|脳卒中|心筋梗塞|アナフィラキシー|喉に.{0,6}詰ま",
      "火事|かじです|火災(が|だ|です|発生)|燃えて(い|る|ま)|火が(出|つい|上が|回)|(煙|けむり)(が|で|の).{0,6}(出|充満|すごい|見え|上が|前が)|焦げ(臭|くさ)|ガス(の)?(におい|臭い|漏れ|くさ)",
      "ambulance|not breathing|(can'?t|cannot) breathe|unconscious|collapsed|bleeding|heart attack|stroke|seizure|(on )?fire|smoke|gas leak",
    ],
  },
];

/**
 * Look-alike phrases removed before the crisis patterns run: idioms and paperwork about a death,
 * a fire or an accident in the past, and objects (not people) that fell over.
 */
export const CRISIS_NEGATIVE_CUES: readonly string[] = [
  "死ぬほど|死ぬかと思|死にそうなくらい|死ぬ気で(頑張|がんば)",
  "死亡(届|診断|証明)|亡くな(った|りました|って)|死去|相続|葬儀|火葬|埋葬",
  "火災保険|火災報知(器|機)|火事の?(罹災|り災)|(罹災|り災)証明|火災(共済|予防)|防火|消火器",
  "(去年|昨年|以前|前に|昔|先月|先日|先週).{0,8}(火事|火災)",
  "火事(で|に)(あ|遭)?.{0,12}(燃えてしま|焼けてしま|なくな|失|焼失)|燃えてしま(った|いました)",
  "(家|建物|塀|ブロック|木|電柱|看板|自転車|棚|小屋|空き家|空家|墓石)(が|も)倒れ(そう|かけ|た|て)",
  "倒れそうな",
  "野焼き.{0,12}(煙|けむり)|(煙|けむり).{0,12}野焼き|たばこの煙|タバコの煙",
  "暴力団排除|殺虫|殺菌|息を殺|笑い死|笑死",
  "(カード|アプリ|スマホ|機械|パソコン|システム|画面|サイト|端末|電話|リーダー)(が|も)?.{0,6}(動かない|動かなく|反応(が)?ない)",
  "(手続き|申請|作業)(が|を)?.{0,4}楽になりたい",
  "(この|今日|電話|話|説明).{0,6}終わりにしたい",
  "(虐待|暴力|dv).{0,4}(の)?(研修|講演|統計|パンフ|ポスター|啓発)",
];
