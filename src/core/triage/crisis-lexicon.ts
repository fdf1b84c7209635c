/**
 * The crisis lexicon: how callers say that a life is in danger now. Written from domain
 * knowledge of Japanese (and English) crisis talk, never from a test set. Patterns are regex
 * sources in ordinary spelling; they are folded with `foldForMatch` when compiled, so katakana,
 * hiragana, width and long-vowel variants of the caller's words match the same pattern. Write
 * kanji-or-kana alternatives (死|し) where speech recognition may give either. Do not use
 * upper-case escapes (\S, \D): folding lower-cases the source. Look-alikes are blanked first
 * (`crisis-look-alikes.ts`).
 */
import { CHILD, ELDER, HARM, HARM_ACTIVE, HOUSEHOLD, PERSON } from "./crisis-words";

export { CRISIS_NEGATIVE_CUES } from "./crisis-look-alikes";

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

// Living, in kanji or (speech recognition) kana, with the endings callers use.
const LIVE = "(生|い)き(る|て(い)?る|ていく|てく|てい|とる|と|てた|てて)?";

/** Table order is priority order: life first, then the most specific abuse rule. */
export const CRISIS_LEXICON: readonly CrisisRuleSource[] = [
  {
    kind: "suicide",
    patterns: [
      "(死|し|氏)にた(い|か(?!ら)|く(て|な))|死にて(え|ぇ)|(死|し)にと(う|お)(な|て)",
      "(死|し)んで(しまいたい|しまおう|しまえば|やる|楽に|お詫び|おわび)",
      "(死|し)(のう|ぬつもり|ぬしかない|ぬ気で|ぬことばかり|ぬことを考え|ぬ方法|に方を)|死(にます|ぬことにし|ぬ覚悟|ぬと決め)",
      "(死|し)んだ(ほう|方)が|死んだら(いい|ええ|楽)",
      "自殺|自死|じさつ|(死|し)ぬ(って|と)(言|い)(っ|う|い|わ)|(死|し)にたいって(言|い)",
      // Other languages of foreign residents: Chinese, Korean, Portuguese/Spanish, Vietnamese.
      "想死|不想活|自杀|죽고 ?싶|자살|quero morrer|quiero morir|me matar|muốn chết|tự tử",
      "(消|き)え(たい|てしまいたい|てなくなりたい|てしまおう)",
      "いなくなりたい|いなくなった(ほう|方)が|(私|わたし|自分|僕|俺|あたし|うち)(なんか|なんて|は|が)?.{0,4}いない(ほう|方)が(いい|まし|よかった)",
      "(生|い)き(る|て(い)?る|ていく|てく|てい)?の(が|も|に)?.{0,4}(つら|辛|しんど|苦し|いや|嫌|疲れ|限界)",
      "(生|い)き(ていて|てて|ても|とっても|てたって|たって|とって|ていても|てても|とっても)(も)?.{0,4}(仕方|しかた|しょうがな|しゃあな|意味|いみ|むだ|無駄)",
      `${LIVE}(意味|いみ|価値|理由|気力|希望|自信)(が|も|なんて|は)?(ない|無い|な|見つから|わから|ねえ)`,
      "(生|い)きて(い)?(たくない|る意味)|生きたくない|生きとう(ない|な)|生きたない",
      "(もう|これ以上).{0,6}生きて(いけ|いられ|られ)ない",
      "(もう|全部|すべて|人生|何もかも|なにもかも|いっそ).{0,6}終わり(に(したい|しよう|する)|にしたく)",
      "(人生|命|自分|全部|すべて).{0,4}終わらせ(たい|よう|る)",
      "楽になりたい|楽になりたく|楽にな(れる|ろう)かな",
      "(首|くび)を(吊|くく|括|つ(?!っこ|な|け|き|い))|(首|くび)(吊|つ)り|ロープ(を)?(買|用意|準備|かけ)",
      "飛び降り|とびおり|身を投げ|(電車|線路|ホーム|川|海|橋).{0,6}飛び込|(屋上|ベランダ|橋|崖|高い(所|ところ)).{0,12}下を(見|のぞ)",
      "遺書|いしょを?(書|かい|用意|残|のこ)|練炭|命を(絶|断)|命(を)?捨て|この世(から|に(いたく|未練|いる意味))|あの世に行き|生まれてこなければ|生まれてこなかった(ほう|方)が",
      "(みんな|皆|家族|この世|人生)(に|と)?(さよなら|さようなら)",
      "(あと|後)を追(い|っ)たい|死に場所|死なせて|もう(死|し)ぬ(?!ほど|かと)|(生|い)きるの(を)?(やめ|止め)",
      "(目が覚め|目覚め)(なければ|なきゃ|ないで|たくない)|(朝|明日)が(来なければ|こなければ|来なきゃ)",
      "手首を切|腕を切(っ|り|ろ|る)|リストカット|リスカ|自傷|自分を傷つけ",
      "(薬|くすり|睡眠薬|眠剤|市販薬|風邪薬|安定剤).{0,10}(たくさん|大量|いっぱい|全部|ぜんぶ|まとめて|一気|いっき|何十|なんじゅう|一箱|ひと箱|一瓶|ひと瓶).{0,6}(飲|の)",
      "(たくさん|大量|いっぱい)(の|に)?(薬|くすり|睡眠薬|眠剤).{0,4}(飲|の)|(睡眠薬|眠剤|薬|くすり).{0,4}(ため|溜め|貯め)(て|こ|込)",
      "オーバードーズ|(?<![a-z])od(?![a-z])|過剰摂取",
      "kill (my ?self|myself)|killing myself|suicid|(want|wanna|going) to die|feel like dying|end (it all|my life)|ending (it|my life)|take my (own )?life|overdos|self[- ]?harm|cut myself|(don'?t|do not) want to (live|be alive|be here|wake up)|no (reason|point)( in)? (to )?liv|better off dead|not worth living|jump off|want to disappear|can'?t go on|(don'?t|do not) want to wake up",
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
      `${ELDER}.{0,15}(虐待|ぎゃくたい|${HARM}|放置され|閉じ込め|ご飯を?(もらえ|食べさせてもらえ)|食事(を|も)(与えられ|もらえ|ろくに)|年金を(取られ|とられ|使い込|勝手)|お金を(取られ|とられ|勝手)|あざ|痣|傷だらけ)`,
      `${ELDER}(を|に|の)?.{0,8}${HARM_ACTIVE}`,
      "(年金|通帳|預金).{0,10}(使い込|取り上げ|勝手に(使|下ろ|おろ)).{0,30}(食事|ご飯|病院|外に出|閉じ込)",
      "elder(ly)? abuse|(grand(mother|father|ma|pa)|elderly|old (man|woman|lady)).{0,30}(abused|beaten|hit|neglected)",
      // The harm named first: beating his old mother, hitting my elderly father.
      "(beat(s|ing)?|hit(s|ting)?|kick(s|ing)?|punch(es|ing)?|hurt(s|ing)?|abus(es|ing)|starv(es|ing)) (his|her|their|my|our|an?|the) (old|elderly|aged|frail) (mother|father|mom|mum|dad|parents?|man|woman|lady|neighbou?r)|(beat(s|ing)?|hit(s|ting)?|abus(es|ing)) (his|her|their|my|our) grand(mother|father|ma|pa|parents?)",
    ],
  },
  {
    kind: "abuse",
    department: "子ども家庭課",
    patterns: [
      "虐待|ぎゃくたい|育児放棄|ネグレクト",
      `${CHILD}.{0,25}(${HARM}|放置され|置き去り|閉じ込められ|ご飯を?(もらえ|食べさせてもら(え|つ)て)|食事を(与えられ|もらえ)|あざ|痣|やけどの跡|傷だらけ|泣き叫|外に出され|締め出され|ベランダに出され|お腹を(すか|空か)せ|痩せ細|やせ細)`,
      `${CHILD}(を|が|に)?.{0,6}${HARM_ACTIVE}`,
      `${CHILD}.{0,15}(体を触られ|触られ|いたずらされ|家に入れてもらえ|家に入れない)`,
      "(親|父|母|お父さん|お母さん|父親|母親|継父|継母|ママ|パパ)(に|から).{0,6}(叩かれ|たたかれ|殴られ|なぐられ|蹴られ|ご飯を?もらえ|暴力)",
      `${CHILD}の(悲鳴|叫び声|泣き叫ぶ声)|${CHILD}.{0,10}(泣き声|泣き叫|悲鳴|泣きつぱなし|泣き続け).{0,15}(怒鳴|どな|叩|たた|物音|ずっと|毎晩|毎日|親の気配|誰もいな)`,
      "泣き声.{0,12}(毎晩|毎日|ずっと|ひどい|すごい|異常|叫|止まない|やまない)|(毎晩|毎日|夜中|一晩中|ずっと).{0,12}(泣き(声|叫)|怒鳴り声)",
      "ご飯を?(もらえ|食べさせてもらえ)(て)?(い)?ない|食事を(与えられ|もらえ)(て)?(い)?ない",
      "(子ども|子供|こども|小さい子|幼い子)(だけ|たち)?(が|で|を).{0,10}(何日|ずっと|夜中|放置|置いて)",
      "(child|kid|baby|children|son|daughter|boy|girl)[^.]{0,30}(being )?(abused|beaten|neglected|locked out)|child abuse|abus(e|ing) (a|the|my|her|his|their) (child|kid|son|daughter|baby)|neglect(ed)? (child|kid|baby)",
      "(child|kid|baby)[^.]{0,20}(scream|cry)[^.]{0,40}(yell|shout|every night|all night|hit)",
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
      "刃物|(包丁|ナイフ|はさみ|ハサミ)(を)?(持|向け|振り)|(?<!(蜂|はち|虫|蚊|ダニ|くらげ)に)刺され|刺す(ぞ|って)",
      "殺され|殺す|殺して|殺そう|殺意|ころされ|ころす(ぞ|って)",
      "襲われ|脅され|脅迫|おどされ|首を(絞|締|しめ)|監禁|閉じ込められ|悲鳴",
      "逃げてきた|逃げ(出し)?てきま|逃げ(たい|られない|場がない)|(夫|妻|彼|旦那|親|家族|パートナー|交際相手|元彼|元夫|元妻).{0,10}から逃げ",
      `${HOUSEHOLD}.{0,10}(怒鳴|どなっ|どなり|物を投げ|暴れ|脅)|${HOUSEHOLD}.{0,12}手を(あげ|上げ|出)(る|て|た|られ)|物を投げつけ`,
      "暴れ(て|と)(い|お)?(る|ます|て|よ)|暴れ(出し|だし|まわ|回)|ストーカー|つきまと|付きまと|待ち伏せ|後をつけられ|押し入(つ|ら|ろ)|押し込み|強盗|空き巣(が|に入られ)",
      "(知らない|不審な|見知らぬ)(男|女|人).{0,12}(ずっと|いて|うろ|のぞ|覗).{0,10}(怖|こわ)",
      "(誰か|だれか)助けて|たすけて|助けて(!|くれ)|救命|家暴|打我|살려|때려|socorro|me bate|violência|violencia|cứu (tôi|với)",
      "(怖|こわ)くて(家に|うちに)?(帰れな|帰られへん|帰れん)|火を(つけ|付け)(る|てやる|られ|ようと)|(けんか|喧嘩|殴り合い).{0,10}(血|けが|怪我|刃物|包丁)",
      "hit(s|ting)? me|beat(s|ing)? me|attack(ed|ing)? me|(beat(s|ing)?|hit(s|ting)?|kick(s|ing)?|punch(es|ing)?|chok(es|ing)|strangl(es|ing)) (his|her|their|my|our|the) (wife|husband|partner|girlfriend|boyfriend|mother|father|mom|mum|dad|son|daughter|sister|brother|neighbou?r|child|kid|baby)|(hear|heard|hearing) (her|him|them|someone|somebody|a (woman|man|child|kid)) (scream|crying for help|call(ing)? for help)|(?<![a-z])stab|knife|kill me|going to kill|threaten|domestic violence|abusive|stalk|(?<![a-z])guns?(?![a-z])|(going to|will|gonna|keeps?|is|was) hurt(ing)? (me|us|my|the|her|him)|break(ing)? in|broke in|intruder|burglar",
    ],
  },
  {
    kind: "medical",
    patterns: [
      `${PERSON}.{0,8}(倒|たお)れ(た|て|ま|と|よ)|急に(倒|たお)れ|(倒|たお)れて(い)?(る|ます)|倒れた(ん|の|まま)|倒れ(た|て(い)?る)(人|方|男|女|お年寄り)`,
      "(意識|いしき)(が)?(ない|無い|な|もうろう|朦朧|戻らない|おかしい)|意識不明|気を失|気絶",
      "(息|いき)(を)?して(い)?(ない|ません|へん|ねえ|な)|(息|いき)(が)?(でき|止ま|苦し|くるし|していな|してな)|呼吸(を|が)?(して(い)?な|でき|止ま|苦し|おかし|荒|弱)|心臓(が)?止ま|脈が(ない|無い|な)",
      "(血|ち)が止まら(ない|ん|へん|な|ず)|(出血|血).{0,6}(止まらない|止まらな|ひどい|たくさん|いっぱい|大量)|大量(に)?出血|吐血|(頭|額|首|お腹|腹|胸)(から|が).{0,4}(血|出血)",
      "けいれん|痙攣|ひきつけ|引きつけ|泡を吹|白目を(む|剥)|血を吐|目を開けな",
      "胸(が|の)?.{0,4}(痛(い|く|む|み)|苦し|くるし|締め|しめつけ)|胸を(押さえ|おさえ|抑え|かきむし)",
      `${PERSON}.{0,8}((動|うご)か(ない|なく|ん)|(動|うご)けな|反応(が)?ない|反応しな|(返事|へんじ)(が|も)?(ない|せん|しな)|目を覚まさない|起きな(い|く)|おきない|ぐったり)|ぐったりして`,
      "(呼んでも|呼びかけても|揺すっても|ゆすっても|叩いても|声をかけても).{0,6}(起きない|起きん|反応|返事|目を覚まさ|動かない|応答)",
      "救急車|きゅうきゅうしゃ|(119|いちいちきゅう)(番)?(に|を|へ)?(電話|呼|かけ)",
      "熱中症.{0,15}(倒れ|ぐったり|意識|返事|反応|動け|動かない|けいれん|吐い|かもしれない|みたい|っぽい)|熱中症(で|に)(なっ|倒れ)",
      "頭を(強く)?打|大けが|大怪我|大やけど|重傷|骨が折れ|溺れ|おぼれ|ろれつが(回|まわ)ら|脳卒中|脳梗塞|心筋梗塞|過呼吸|(激しい|急な|割れるような)頭痛|(痛くて|苦しくて)(動けな|立てな|起き上がれな)|アナフィラキシー|喉に.{0,6}詰ま|詰まらせ",
      "(飲み込|のみこ|誤飲).{0,10}(苦し|くるし|息|咳|顔色)|(蜂|はち)に刺され.{0,10}(息|腫れ|意識|ぐったり|じんましん)",
      "顔(の|が)?(片(方|側)|半分).{0,6}(ゆがん|歪ん|下が|動かない|しびれ)|(片方|片側|半身)(の手足)?.{0,4}(しびれ|麻痺|まひ|動かな)",
      "(顔色|唇|くちびる)が.{0,4}(真っ青|真っ白|青|紫|土気色)|(体|からだ|手足?)が冷たくなっ|冷たくなって(い)?(る|て|ます)",
      "(階段|屋根|はしご|脚立|ベランダ|高い(所|ところ))から(落ち|転げ落ち|転落)",
      "燃え(だし|出し|広が)|爆発(し|が|した)|炎が(出|上が|見え)|火事|かじです|火災(が|だ|です|発生)|燃えて(い|る|ま)|火が(出|つい|上が|回)|(煙|けむり)(が|で|の).{0,6}(出|充満|すごい|見え|上が|前が)|焦げ(臭|くさ)|ガス(の)?(におい|臭い|漏れ|くさ)",
      "救护车|晕倒|昏倒|没有呼吸|着火|失火|구급차|쓰러졌|불이 ?났|ambulância|desmai|incêndio|incendio|fogo|xe cấp cứu|cháy nhà|ambulance|not breathing|(can'?t|cannot) breathe|unconscious|collapsed|bleeding|heart attack|stroke|seizure|chest pain|(won'?t|doesn'?t|does not|isn'?t|is not|not) wak(e|ing) up|(can'?t|cannot|couldn'?t) wake (him|her|them|my \\w+) up|(swallow|took|taken|overdosed on).{0,30}(pills|tablets|medicine|sleeping)|unresponsive|not responding|passed out|fainted|choking|drowning|(on )?fire|smoke|gas leak",
    ],
  },
];
