/**
 * Word classes shared by the crisis lexicon's patterns (regex sources in ordinary spelling,
 * folded with `foldForMatch` when compiled). `\\]` ends a masked name (［氏名1］).
 */

// Words that name a danger, an ending, a harm, a call for help, days without food or a body in
// trouble (音がして眠れない… 悲鳴も聞こえる; 電気代も払えない、今夜で全部終わらせる; 灯油代がかさんで…
// 祖母がぐったりして): a sentence without any is quiet for the look-alike cues, and a text without
// any is not raised by the crisis model on an ordinary "now" alone (crisis-ordinary-now.ts).
export const DANGER_WORDS = [
  // A school day or a shift that ends (学校が終わってから) is no ending; music, an instrument or
  // fun (音楽が聞こえて, 楽しい) is no relief of an ending.
  // Twenty-ninth round: nor is a task finished, 終わ after a verb's stem (配り終わって, 書き終わったら).
  "死|しに|しぬ|殺|ころさ|ころす|消え|きえ|命|いのち|生き|意味が\\s?な|限界|(?<!(学校|授業|仕事|部活|学童|保育園|幼稚園)が\\s?|[りきみいちぎびべえけせねめれげ])(終わ|おわ)|(?<!音|娯|声)楽(?!し|器|団|譜|曲)|遺書",
  "何も食べ|なにもたべ|食べて(い)?な|たべて(い)?な|食べる物が\\s?な|食べ物が\\s?な",
  "首|飛び|とび|橋|線路|屋上|ロープ|練炭|薬|くすり|包丁|刃物|ナイフ|刺|血|燃|煙|火|爆発",
  "悲鳴|叫|さけ|助け|たすけ|殴|なぐ|叩|蹴|怒鳴|どな|泣き声|なきごえ|暴|あばれ|虐待|脅|逃げ|にげ|怖|こわ",
  "倒れ|たおれ|意識|(息|いき)(が|を)|呼吸|ぐったり|返事が|呼んでも|起きな|動かな|けいれん|痙攣|震え|ふるえ|冷たく|苦し|くるし|痛|救急|119|110|警察",
  // Twenty-first round: shut in, pinned or stuck (閉じ込められて出られない, 足が挟まって動けない),
  // breath said without が or を (息してない), someone who got in.
  // Twenty-ninth round: not on some days only (外に出られない日が増えています, 動けない日もある).
  "閉じ込め|とじこめ|閉め出|しめだ|取り残|とりのこ|(出られな|でられな)(?!い\\s?(日|ひ|こと)\\s?(が|も))|挟ま|はさま|(動けな|うごけな)(?!い\\s?(日|ひ|こと)\\s?(が|も))|(息|いき)し|知らない(男|人)|入ってき|はいってき|侵入",
  // Twenty-eighth round (red team 25 read): an engine left running in a shut car or garage, and
  // an errand dropped for something worse (書類が届いたんですが、それどころじゃなくて、…).
  "(エンジン|えんじん)を\\s?(かけ|掛け)(た|っぱなし)|排気|それどころ\\s?(じゃ|ぢゃ|では|や)\\s?な",
].join("|");

// People a caller may say collapsed, stopped responding or is being hurt.
export const PERSON =
  "(人|父|母|夫|妻|主人|旦那|家内|家族|祖父|祖母|子ども|子供|子|赤ちゃん|赤ん坊|息子|娘|孫|親|兄|姉|弟|妹|おじいさん|おばあさん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|おじい|おばあ|お父さん|お母さん|男性|女性|男の人|女の人|お年寄り|高齢者|彼|彼女|友達|友人|隣の|同僚|利用者|おかあさん|おとうさん|かあちゃん|とうちゃん|おっと|むすこ|むすめ|あかちゃん|こども|じっちゃ|ばっちゃ|じいじ|ばあば|おばちゃん|おじちゃん|\\])";

// A neighbour's child said in speech recognition's kana (となりのこ), only as a whole word. 子 is
// not read inside a compound noun (椅子, 様子, 帽子, 調子): 椅子を投げて is no child thrown.
// Twenty-sixth round (red team 23 read): a niece or a nephew named as a child (姪っ子, 甥っ子).
export const CHILD =
  "((?<!(椅|様|帽|菓|調|障|扇|格|電|原|粒|梯|冊|団|餃|拍|帳|硝|茄|種|因|分|精|卵|判|面|胞|舞|綿|辛|鳩|迷|冷|帯|黒|利|骨))子|こども|子ども|子供|児童|息子|娘|むすこ|むすめ|赤ちゃん|赤ん坊|幼児|乳児|歳児|小学生|中学生|孫|姪っ子|甥っ子|めいっこ|おいっこ|わらし|(となり|きんじょ|むかい)の ?((いえ|うち)の ?)?こ(?=[\\sがはのをに、。]|$)|わらばー|わらび|\\])";

// An old or dependent person (the abuse is then elder abuse: 高齢者支援課, not 189).
// Dialect and family words too (ばっちゃ, おばぁ, じいじ), and people in care (施設の父, 入所者).
// Twenty-second round (red team 19 read): an age in kanji numerals too (九十歳の女性, 八十二歳で).
// Twenty-sixth round (red team 23 read): じいさま, ばあさま (an old person named with さま in dialect).
export const ELDER =
  "((妻|夫|主人|旦那|嫁|つま|おっと)の(母|父|両親)|高齢者|お年寄り|年寄り|老人|祖父|祖母|おじいさん|おばあさん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|ばあさん|じいさん|おじい|おばあ|ばっちゃ|じっちゃ|ばあば|じいじ|年老いた|老いた|老親|老母|老父|高齢の|ご高齢|義母|義父|認知症の|認知症(で|なん|が)|(6[5-9]|[7-9]\\d|10\\d)\\s?(歳|さい)(の|で|に|なん|です)|(七十|八十|九十|百)[^。、\\s歳才]{0,2}(歳|才|さい)(の|で|に|なん|です)|寝たきりの|入居者|入所|施設(で|の|に)|ヘルパー|介護|要介護|婆っちゃ|爺っちゃ|婆ちゃん|爺ちゃん|婆さん|爺さん|じいさま|ばあさま|じっさま|ばっさま|爺様|婆様|(7|8|9|七|八|九)十(歳|さい|代)?\\s?(を|も)?\\s?(過ぎ|すぎ|超え|こえ)(た|の))";

// Someone with a disability, by how callers name them (障害のある弟, 知的障害の兄, 車いすの人), or
// someone in a group home (the abuse then goes to 障害福祉課). Not 障害者 alone: 障害者手帳.
// Twenty-fifth round (red team 22 read): a wheelchair user named as a young person (車いすの青年).
export const DISABLED =
  "((障害|障がい|障碍)(が|の)?(ある|を持つ|をもつ)|(知的|発達|身体|精神|重度)(の)?(障害|障がい)(の|が(ある|あって))|(車(いす|椅子)|寝たきり)の[^。、]{0,3}(人|方|利用者|男性|女性|青年|少年|少女|若者|息子|娘|弟|兄|妹|姉|奥様|奥さん|ご主人|夫|妻|母|父|祖母|祖父)|グループホーム|障害者施設|障がい者施設)";

// Being hurt (passive) … Twenty-second round (red team 19 read): also struck with a thing held
// (ベルトで打たれて, 棒で叩かれた), whichever verb is used. Twenty-fifth round (red team 22 read):
// the passive cut by speech recognition (蹴ら れて) and said in Tohoku speech (殴らっちぇ, 叩かっちぇ).
export const HARM =
  "((叩|たた)(か|が)れ|(殴|なぐ)ら\\s?れ|蹴ら\\s?れ|(殴|なぐ|蹴)らっ(ち|せ)(ぇ|え|ゃ)|(叩|たた)(か|が)っ(ち|せ)(ぇ|え|ゃ)|(に|から) ?けられ|怒鳴られ|どなられ|つねられ|(突|つ)き(飛|と)ばされ|縛られ|巻きにされ|口を(ふさ|塞)がれ|首(を)?(絞|締|し)められ|(熱湯|お湯)を(かけ|浴びせ)られ|暴力を(受け|ふるわれ|振るわれ)|暴言を(吐かれ|受け)|手を(あげ|上げ)られ|ぶたれ|(平手打ち|ひらてうち)(され|を(され|くら|食ら))|ビンタ(され|を(され|くら|食ら))|(ひっぱたか|引っぱたか|はたか)れ|(床|ゆか|ベッド|階段|車(いす|椅子))(に|から|へ)(突き)?(落とされ|転がされ|放り出され)|(突|つ)き(落|お)とされ|(押し倒|おしたお|突き倒|つきたお)され|(ベルト|棒|ぼう|ハンガー|鞭|むち|竹刀|定規|ものさし|物差し|布団たたき|ほうき|箒|孫の手|木刀|バット)で\\s?[^。]{0,6}(打|う|ぶ|叩|たた|殴|なぐ)(たれ|かれ|られ))";

// … and hurting someone (active: 兄が母を叩いてる, 夫が子どもを叩くんです). Twenty-third round (red
// team 20 read): food withheld said with やらず, hands tied (手を縛って). Twenty-sixth round (red team
// 23 read): hitting or kicking kept up (蹴り続けて), Kansai どつく, pushing someone down (突き落とそう
// と), a hand put on the neck, dragging by the hair (髪をつかんで引きずり回して), a hot iron or a
// cigarette pressed on the body (手にアイロンを押し当てた). Twenty-seventh round (red team 24 read):
// water thrown over someone (水ぶっかけで), and pushing someone down the stairs or out of a window
// (弟を階段の上から落とそうと). Thirty-fifth round (red team 32 read): not 叩いても, a knock on a
// window or a door that wakes no one (窓を叩いても動きません).
export const HARM_ACTIVE =
  "((水|みず|冷水)(を|さ|ば|こ)?\\s?(ぶっかけ|ぶっかげ)(?![^。]{0,10}(遊|あそ|プール|水遊び))|(階段|かいだん|ベランダ|窓|まど|屋上|二階|2階)(の上|のうえ)?から\\s?(突き)?(落とそう|おとそう|投げ落とそう)と|(殴|なぐ|蹴|叩|たた)(り|き)\\s?(続|つづ)け|どつ(く|いて|いた|いと|き回|きまわ)|(突|つ)き(落|お)と(そう|して|し)|(首|くび)に\\s?手を\\s?(かけ|掛け)|髪(の毛)?を\\s?(つかんで|掴んで)|(引きずり|ひきずり)(回|まわ)|(アイロン|たばこ|タバコ|煙草|ライター)を\\s?(押し当て|押しあて|押しつけ|押し付け|おしつけ)|(殴|なぐ|蹴|怒鳴|どな)りながら|(叩|たた)きながら|(叩|たた)いたり|(殴|なぐ|蹴|つね|怒鳴|どな)ったり|叩(く|いて(?!\\s?も)|いた|いと|きよ|かん)|たた(く|いて(?!\\s?も)|いた|いと)|殴(る|って|った|っと|りよ)|なぐ(る|って|った)|蹴(る|って|った|っと|りよ)|つね(る|って)|怒鳴(る|って|りつけ|っと)|どな(る|って|りつけ)|突き飛ば|首を(絞|締|しめ)|閉じ込め|揺さぶ(る|って|り)|(熱湯|お湯)を(かけ|浴びせ)|(食事|ご飯|ごはん)を?(与え|あげ|食べさせ|させ)て(い)?(ない|な|へん)|(食事|ご飯|ごはん|食べ物|水)を?(与え|あげ|食べさせ|出さ|やら)ず|(食事|ご飯|ごはん|食べ物|水)を?\\s?やら(ない|なかった|へん|ん(?!で))|(手|手足|足|腕|両手)を\\s?(縛|しば)(って|り|った)|(水|食事|ご飯|ごはん)(も|を)(飲ませ|与え|あげ|食べさせ)て(い)?(ない|な)|縛(り付け|りつけ|って(い)?る|っと)|しばりつけ|口に(タオル|布|ガムテープ)(を)?(押し込|詰め)|暴力を(ふる|振る)|暴言を(吐|はい|言)|手を(あげ|上げ|出)(る|て|た))";

// Hurting someone now or habitually, said of any person (女の人を殴ってる, 母ちゃんば殴りよる):
// the progressive, dialect and habitual forms of the hitting verbs, not a finished act.
// Twenty-third round (red team 20 read): also "while hitting" (私を蹴りながら).
const HIT_STEMS = ["殴", "なぐ", "蹴"].map(
  (stem) => `${stem}(って(い)?(る|ま)|っと(る|ん)|っちょ|りよ|り(続|つづ)け|ろうと|るん|りながら)`,
);
export const HARM_NOW = `(${[
  ...HIT_STEMS,
  // Twenty-seventh round (red team 24 read): Tohoku voices the te-form (叩いでる).
  "(叩|たた)(いて(い)?(る|ま)|いと(る|ん)|いちょ|きよ|き(続|つづ)け|こうと|くん|きながら|いで(る|ら|い(る|ま)))",
  "首を(絞|締|しめ)(て(い)?(る|ま)|と(る|ん)|よう)",
  "(刺|さ)そうと|暴力を(ふる|振る)(って|う(ん|の))",
].join("|")})`;

// A person who may be hurt (an object of the hitting verbs).
export const VICTIM =
  "(人|ひと|女の人|男の人|女性|男性|妻|夫|奥さん|旦那|嫁|彼女|彼氏|彼|母|父|母親|父親|母ちゃん|父ちゃん|かあちゃん|とうちゃん|おかん|おとん|兄|姉|弟|妹|家族|相手|誰か|だれか|友達|私|わたし|あたし|僕|ぼく|俺|自分|ママ|パパ|お母さん|お父さん|おかあさん|おとうさん|\\])";

// Twenty-second round (red team 19 read): a stranger or a gang who hurts someone (若い男に突き飛ば
// されて, 若者数人に囲まれて): an old person attacked in the street is violence, not elder abuse.
// Twenty-seventh round (red team 24 read): a gangster (ヤクザ, チンピラ, 暴力団員, 半グレ).
export const STRANGER_DOER =
  "(ヤクザ|やくざ|チンピラ|ちんぴら|暴力団員|半グレ|はんぐれ|(若い|わかい)\\s?(男|女|人|連中)|若者|わかもの|知らない\\s?(男|女|人)|見知らぬ|通行人|不審者|酔っ?払い|よっぱらい|(数|何)人|(二|三|四|2|3|4)人(組|の男|の若者|の少年|がかり)|集団|男たち|少年たち|中学生たち|高校生たち|不良|ひったくり|強盗)";

// The caller's household or partner, who may be the one doing the harm.
export const HOUSEHOLD =
  "(夫|妻|旦那|主人|嫁|彼氏|彼|パートナー|交際相手|元彼|元夫|元妻|同居人|父|母|親|息子|娘|兄|弟|姉|妹|家族)";

// Violence by a partner where a child is there too (夫が私を殴ってる、子どもが泣いてる): domestic
// violence in front of a child is child abuse under Japanese law (面前DV), so the route reads the
// child-abuse number as well as the police and the DV line. Both halves must be present: the
// caller's partner and a child there, hurt or shut in too, crying or frightened. A child who only
// flees with the caller (子どもと逃げたい) leaves it violence, as the sets do. A man threatening children
// at a school is violence, not this; so is a child telling of a father beating a mother (the
// development sets call it violence twice and abuse once), whose call reads 110 either way.
// Eighteenth round (red team 15 read): hiding somewhere now with the child (子どもと二人で押し入れ
// にいます; Spanish encerrada … con mi hija) and a threat to kill the child too (ガキごと殺すぞ).
// Twentieth round (red team 17 read): Portuguese and Spanish said in the first person (me tranquei
// … com meu filho, me escondí … con mi hija), as trancada/encerrada above.
// Twenty-first round (red team 18 read): hiding now with the child in a room of the house, with no
// 二人 or 一緒 (子どもと寝室に鍵をかけて隠れています; not fleeing with the child, not the car), and
// English "me and the kids".
// Twenty-second round (red team 19 read): the caller and the child as one object of the harm
// (私と子どもを追いかけて), the child hurt too (娘の顔から血が),
// hiding with the child wherever it is (the closet is blanked as a look-alike first; still not the
// car), Tagalog hiding with the child (nagtatago kasama ang anak ko).
// Twenty-third round (red team 20 read): the child seized while the caller is hit (いま私を殴りながら
// 子どもを連れて行こうとしています); not a child taken with no blow said (連れ去ろうと保育園に来て).
export const PARTNER_DOER =
  "(夫|おっと|旦那|だんな|主人|妻|嫁|彼氏|かれし|交際相手|パートナー|内縁|元夫|元妻|元彼|同棲|husband|boyfriend|partner|丈夫|老公|男朋友|chồng|marido|esposo|pareja|novio|companheiro|namorado|suami|pacar|asawa|kinakasama|श्रीमान|लोग्ने|남편|同居(している|中の|の)\\s?(義母|義父|姑|舅|人)|同居人)";
export const CHILD_SEEING_DV =
  "((子ども|子供|こども|娘|息子|赤ちゃん|あかちゃん|赤ん坊)(たち|達)?は\\s?[^。]{0,10}(に|で)\\s?(います|いる|おる|寝て)|[「『][^」』]{0,8}(次は|つぎは)\\s?(子ども|子供|こども|娘|息子|ガキ|お前の子)|(孩子|宝宝|小孩)(还|也)?在家|(子ども|子供|こども|娘|息子|赤ちゃん|あかちゃん|赤ん坊|幼い子|小さい子)(たち|達)?(を\\s?(連れて|つれて)[^。]{0,12}(逃げ|にげ|隠れ|かくれ)|\\s?(も|と)\\s?(一緒|いっしょ)に\\s?(逃げ|にげ|隠れ|かくれ)|\\s?も\\s?(こわい|怖い|怖がって|こわがって)|の前で|のまえで|(が|も)\\s?(泣|な(い|き)|怯え|おびえ|震え|ふるえ|怖が|こわが|見て(い)?る|みて(い)?る)|も(一緒に|いっしょに)?\\s?(閉じ込め|叩かれ|殴られ|蹴られ))|(locked|locks|locking|shut|trapped) (me and (my|the|our)|my) (baby|babies|kids?|children|son|daughter)|in front of (the|my|our) (kids?|children|baby)|my (baby|kids?|children)('s| is| are)? (crying|scared|screaming)|(孩子|宝宝|小孩)(也)?(在哭|吓|害怕)|带着(孩子|宝宝|小孩)|बच्चा ?(पनि|डराएर|रोइ|रुँदै)|(?<![a-z])(e|y) (nas|nos|las|los|mis|meus|minhas) (crian|niñ|hij|filh|beb)|(delante de|frente a) (mis|los|sus) (hijos|niños)|(mis hijos|los niños|mi hij[oa]) (está|están) (llorando|asustad)|na frente (dos|das|de meus|de minhas) (filh|crian)|(as crianças|meus filhos|minha filha|meu filho) (está|estão) (chorando|assustad)|con (tôi )?(đang )?(khóc|sợ)|anak (saya )?(menangis|ketakutan)|(umiiyak|takot na takot) ang (mga )?anak|anak saya[^.]{0,12}(menangis|ketakutan)|(hurt|kill) (the|my|our) (baby|kids?|children)|(子ども|子供|こども)\\s?(も|が)\\s?(います|いる|おる)(?!か)|(家|うち)(に|には)(子ども|子供|こども)(が)?[^。]{0,6}(残って|のこって)|아이(가|들이) ?(울|무서워)|아이들? ?앞에서|当着孩子|(đánh|đánh đập) (tôi|em) và (các |mấy )?(con|cháu|bé)|(hit|hits|hitting|beat|beats|beating|hurt|hurts|hurting|kick|kicks|kicking) me and (my|the|our) (kids?|children|baby|son|daughter)|打我和(孩子|儿子|女儿|宝宝)|(我和|我跟)(孩子|儿子|女儿|宝宝)(一起)?(躲|藏|逃)|con (tôi|em)[^.]{0,30}(với|cùng) (anh ấy|anh ta|hắn|ông ấy|chồng)|(子ども|子供|こども|娘|息子)(は|が)[^。]{0,10}(夫|彼|あの人)と\\s?(一緒|いっしょ)?に?\\s?(いる|います|残って)|my (son|daughter|kids?|baby|child) (is|are) (still )?(with him|in there with him)|(子ども|子供|こども|娘|息子|赤ちゃん|あかちゃん|赤ん坊)と\\s?(二人|ふたり|一緒|いっしょ)(で|に)\\s?[^。]{0,10}に\\s?(いま|いる|おる|隠れ|かくれ|こも)|(子ども|子供|こども|娘|息子|赤ちゃん|あかちゃん|赤ん坊)と\\s?(寝室|部屋|へや|押し入れ|トイレ|風呂|浴室|クローゼット|物置)(に|で)\\s?[^。]{0,10}(隠れ|かくれ|こも|閉じこも|逃げ込|にげこ)(て|っ|ん)|(ガキ|子ども|子供|こども|娘|息子)(ごと|まで|も一緒に)\\s?(殺|ころ)|(私|わたし|あたし|僕|ぼく|俺|おれ)と\\s?(子ども|子供|こども|娘|息子|赤ちゃん|あかちゃん|赤ん坊)(たち|達)?\\s?(を|に|まで)|(子ども|子供|こども|娘|息子|赤ちゃん|あかちゃん|赤ん坊)の\\s?(腕|うで|顔|かお|頭|あたま|手|足|体|からだ|背中)(が|を|に|も|から)\\s?[^。]{0,6}(切れ|きれ|切られ|きられ|血|ち(が|を)|腫れ|はれ|怪我|けが|やけど|火傷)|(子ども|子供|こども|娘|息子|赤ちゃん|あかちゃん|赤ん坊)と\\s?(?![^。、]{0,8}(車|くるま))[^。、]{1,8}(に|で)\\s?[^。]{0,10}(隠れ|かくれ|閉じこも|とじこも|逃げ込|にげこ)(て|っ|ん)|(nagtatago|nagtago|nakatago|nagkukulong)[^.]{0,30}kasama (ang|ko ang) (mga )?(anak|bata|baby)|(encerrad|escondid)[a-z]*[^.]{0,40}con (mi|mis|los) (hij|niñ|beb)|(trancad|escondid)[a-z]*[^.]{0,40}com (meu|minha|meus|minhas|os|as) (filh|crian|beb)|(me tranquei|me escondi|nos trancamos|nos escondemos)[^.]{0,40}com (meu|minha|meus|minhas|os|as) (filh|crian|beb)|(me encerr(é|e)|me escond(í|i)|nos encerramos|nos escondimos)[^.]{0,40}con (mi|mis|los) (hij|niñ|beb)|(殴|なぐ|蹴|叩|たた|怒鳴|どな)(り|き)ながら\\s?[^。]{0,8}(子ども|子供|こども|娘|息子|赤ちゃん|あかちゃん)(を|に|の))";

// --- Speech-recognition spacing -------------------------------------------------------------

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;

type Term = {
  readonly text: string;
  readonly first: boolean;
  readonly last: boolean;
  readonly group: boolean;
};

/**
 * Lets a pattern match speech-recognition text that puts spaces between words (いきが くるしい,
 * ひ が うつった): an optional space is allowed where a group of the pattern meets a Japanese
 * neighbour, which is where patterns are cut into words ((息|いき)(が)?(苦し|くるし)). Runs of
 * plain characters stay whole, so a short kana word cannot be pieced together across two spoken
 * words (しょうめいしょの こうしん is not いしょ…のこ). Lookarounds, classes, escapes and
 * quantifiers are kept as they are; Latin-script and Hangul patterns are untouched.
 */
export function allowAsrSpaces(source: string): string {
  let pos = 0;

  // alternation := sequence ("|" sequence)*; returns the text and whether any branch starts or
  // ends with a Japanese piece.
  function alternation(): Term {
    const branches: Term[] = [sequence()];
    while (source[pos] === "|") {
      pos += 1;
      branches.push(sequence());
    }
    return {
      text: branches.map((b) => b.text).join("|"),
      first: branches.some((b) => b.first),
      last: branches.some((b) => b.last),
      group: false,
    };
  }

  function sequence(): Term {
    const terms: Term[] = [];
    while (pos < source.length && source[pos] !== "|" && source[pos] !== ")") {
      const atom = readAtom();
      terms.push({ ...atom, text: atom.text + readQuantifier() });
    }
    let text = "";
    terms.forEach((term, i) => {
      const previous = terms[i - 1];
      if (previous?.last && term.first && (previous.group || term.group)) text += " ?";
      text += term.text;
    });
    return {
      text,
      first: terms[0]?.first ?? false,
      last: terms[terms.length - 1]?.last ?? false,
      group: false,
    };
  }

  function readAtom(): Term {
    const ch = source[pos] ?? "";
    if (ch === "\\") {
      const escape = /^\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|p\{[^}]*\}|.)/su.exec(
        source.slice(pos),
      );
      const text = escape?.[0] ?? ch;
      pos += text.length;
      return { text, first: false, last: false, group: false };
    }
    if (ch === "[") {
      let end = pos + 1;
      while (end < source.length && source[end] !== "]") end += source[end] === "\\" ? 2 : 1;
      const text = source.slice(pos, end + 1);
      pos = end + 1;
      const japanese = JAPANESE.test(text);
      return { text, first: japanese, last: japanese, group: false };
    }
    if (ch === "(") {
      const head = /^\((\?(<?[=!]|:|<[a-zA-Z]\w*>))?/u.exec(source.slice(pos))?.[0] ?? "(";
      pos += head.length;
      const inner = alternation();
      pos += 1; // ")"
      const lookaround = /^\(\?<?[=!]/u.test(head);
      return {
        text: `${head}${inner.text})`,
        first: !lookaround && inner.first,
        last: !lookaround && inner.last,
        group: !lookaround,
      };
    }
    const code = source.codePointAt(pos) ?? 0;
    const text = String.fromCodePoint(code);
    pos += text.length;
    const japanese = JAPANESE.test(text);
    return { text, first: japanese, last: japanese, group: false };
  }

  function readQuantifier(): string {
    const match = /^([?*+]|\{\d+(,\d*)?\})\??/u.exec(source.slice(pos));
    if (!match) return "";
    pos += match[0].length;
    return match[0];
  }

  const result = alternation();
  if (pos < source.length) throw new Error(`allowAsrSpaces: unbalanced pattern ${source}`);
  return result.text;
}

// Being left without care: no food, wasting away, left in a soiled nappy, shut in.
export const NEGLECT =
  "((ご飯|ごはん|食事|食べ物|たべもの|ミルク)(を|も)?(ろくに|全然|ぜんぜん)?.{0,2}(もらえ|もらって(い)?な|(食べ|たべ|食わ|くわ)させてもら(え|って(い)?な)|与えられ(て(い)?)?な|あげてな|くれな|くれへん|くれん)|痩せ細|やせ細|痩せこけ|やせこけ|がりがり(に|で)|おむつ(も|を)?.{0,4}(替え|かえ|換え)(てもら(え|って(い)?な)|られ(ず|て(い)?な))|鍵のかかった(部屋|へや)に(入れられ|閉じ込められ)|(お風呂|風呂)(に)?(も)?入れてもらえ|(病院|学校)(に)?(も)?(行かせてもらえ|連れて行ってもらえ)|放置され|置き去り|閉じ込められ|(家|部屋|へや|いえ|うち)から(外に|そとに)?(出して|出させて|だして)(もらえ|くれ)(て(い)?)?(ない|な|ません|へん|ず))";

// Thirteenth round (red team 10 read): someone put out into the cold or the corridor for the night
// by family or staff (真冬の廊下へ一晩中出された), said of a person who cannot help it.
export const SHUT_OUT =
  "(真冬|まふゆ|寒い|さむい|雪|ゆき|夜中|よなか|一晩中|ひとばんじゅう)[^。]{0,8}(廊下|ろうか|外|そと|ベランダ|庭|にわ|玄関|げんかん)(へ|に)[^。]{0,8}(出され|だされ|放り出され|閉め出され|締め出され|しめだされ|立たされ|置かれ|座らされ|すわらされ)";

// Money or the pension taken from someone who depends on others.
export const MONEY_TAKEN =
  "((お金|年金|通帳|預金|貯金|キャッシュカード)(を|も)?.{0,8}(取られ|とられ|取り上げ|使い込|勝手に|持って(いか|行か)れ|持ち出さ|持ち去ら))";

// The pension or savings spent or taken, and nothing (or little) eaten since (年金を全部使われて、
// 何も食べていない).
export const SPENT_AND_UNFED =
  "(年金|お金|通帳|貯金)を[^。]{0,12}(全部|ぜんぶ)?(持って(いっ|行っ)|使(って|い込)|取(られ|って))[^]{0,40}(何も|なにも|しか)[^。]{0,6}(食べて(い)?ない|たべてない)";
