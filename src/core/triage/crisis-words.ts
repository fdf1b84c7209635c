/**
 * Word classes shared by the crisis lexicon's patterns (regex sources in ordinary spelling,
 * folded with `foldForMatch` when compiled). `\\]` ends a masked name (［氏名1］).
 */

// People a caller may say collapsed, stopped responding or is being hurt.
export const PERSON =
  "(人|父|母|夫|妻|主人|旦那|家内|家族|祖父|祖母|子|赤ちゃん|赤ん坊|息子|娘|孫|親|兄|姉|弟|妹|おじいさん|おばあさん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お父さん|お母さん|男性|女性|男の人|女の人|お年寄り|高齢者|彼|彼女|友達|友人|隣の|同僚|利用者|おかあさん|おとうさん|かあちゃん|とうちゃん|おっと|むすこ|むすめ|あかちゃん|こども|\\])";

export const CHILD =
  "(子|こども|子ども|子供|児童|息子|娘|赤ちゃん|赤ん坊|幼児|乳児|小学生|中学生|孫|\\])";

// An old or dependent person (the abuse is then elder abuse: 高齢者支援課, not 189).
export const ELDER =
  "(高齢者|お年寄り|老人|祖父|祖母|おじいさん|おばあさん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|年老いた|高齢の|義母|義父|認知症の|寝たきりの|入居者|施設で|介護)";

// Being hurt (passive) …
export const HARM =
  "(叩かれ|たたかれ|殴られ|なぐられ|蹴られ|怒鳴られ|どなられ|つねられ|突き飛ばされ|縛られ|首を(絞|締|し)められ|暴力を(受け|ふるわれ|振るわれ)|暴言を(吐かれ|受け)|手を(あげ|上げ)られ)";

// … and hurting someone (active: 兄が母を叩いてる, 夫が子どもを叩くんです).
export const HARM_ACTIVE =
  "(叩(く|いて|いた|いと|きよ|かん)|たた(く|いて|いた|いと)|殴(る|って|った|っと|りよ)|なぐ(る|って|った)|蹴(る|って|った|っと|りよ)|つね(る|って)|怒鳴(る|って|りつけ|っと)|どな(る|って|りつけ)|突き飛ば|首を(絞|締|しめ)|閉じ込め|暴力を(ふる|振る)|暴言を(吐|はい|言)|手を(あげ|上げ|出)(る|て|た))";

// The caller's household or partner, who may be the one doing the harm.
export const HOUSEHOLD =
  "(夫|妻|旦那|主人|嫁|彼氏|彼|パートナー|交際相手|元彼|元夫|元妻|同居人|父|母|親|息子|娘|兄|弟|姉|妹|家族)";
