import { allowAsrSpaces } from "./crisis-words";

/**
 * A child hurt by a parent, or an old person by a carer, named in a text another rule already
 * raised (Twenty-eighth round, red team 25 and the development sets read): the kind is abuse,
 * whatever word raised it. The lexicon's order (life first) let the violence rule's 殴られ or 首を
 * 絞め, the medical rule's 唇が紫 or the suicide rule's 吊り下げ decide the kind of
 * おとうさんが おとうとの くび しめてる, 母親が四歳の息子を真冬の川に入れて…唇が紫です or
 * 義父が孫の首を片手でつかんで持ち上げています, and the desk then read no child-guidance number.
 *
 * Only read once a crisis is found, so these patterns decide a kind, never raise a text. Each is
 * anchored on the doer and asks for the child as the object of a harm verb (or the child hurt by
 * the parent, in the passive): a parent only named beside a child (母が子どもの熱に気づいて) or a
 * stranger who hurts a child (知らない男に殴られて) keeps its kind.
 */

// A parent, a step-parent or a parent's partner (Thirty-first round: said by a child, ママの かれし;
// Fortieth round, red team 37 read: 父ちゃ and 母ちゃ, as a parent is called in Tohoku speech).
export const PARENT =
  "((ママ|まま|お母さん|おかあさん|母親|母)の\\s?(かれし|彼氏)|(父|母|とう|かあ)ちゃん?|お父さん|おとうさん|お母さん|おかあさん|父親|母親|ちちおや|ははおや|パパ|ママ|親父|おやじ|オヤジ|義父|義母|継父|継母|養父|養母|母親の彼氏|内縁の夫|親|おや|父|母)";

// A child of the family, as a parent or a sibling names them (弟 and 妹 in a child's own call; ぼく,
// the child itself, in kana; Fortieth round, red team 37 read: an elder sister or brother in a
// child's kana, おねえちゃん).
export const CHILD_OF_FAMILY =
  "(ぼく|(お)?(ねえ|にい)ちゃん|子ども|子供|こども|(?<![様椅帽調障菓])子|(?<![寝朝])坊|息子|娘|むすこ|むすめ|赤ちゃん|赤ん坊|あかちゃん|弟|妹|おとうと|いもうと|ガキ|坊や|ぼうや|孫|幼児|乳児|児童|小学生)";

// A harm done to a body, in the active voice (the parent is the subject). Thirty-first round (red
// teams 27 and 28 read): a child put in a bag, out on a balcony or chased (包丁持って弟を追いかけて).
const HARM_VERB =
  "(殴|なぐ|突き飛ば|つきとば|蹴|ける|けっ|叩|たた|首|くび|しめ|絞|締|閉じ込|とじこ|吊り下げ|つりさげ|沈め|しずめ|引きず|ひきず|投げ|なげ|包丁|刃物|ナイフ|川に入れ|押し入れ|アイロン|たばこ|タバコ|熱湯|ボコ|ぼこ|(ゴミ|ごみ|ビニール)?袋に|ふくろに|(ベランダ|外|そと)に\\s?(出し|だし|締め出)|締め出|しめだ|追いかけ|おいかけ|(布団|ふとん)で\\s?(巻|ま|くる|包)|(上|うえ)(に|さ)\\s?(乗っか|のっか))";

// A carer and an old person in their care.
const CARER = "(職員|ヘルパー|介護士|介護職員|施設の人)";
// Fortieth round (red team 37 read): also a carer named by a shift or a role (施設の夜勤の人, 介護者の
// 娘様), an old person called じいちゃん or ご本人, and a neck choked or a mouth covered.
const CARER_NAMED = "(職員|ヘルパー|介護士|介護職員|介護者|介助者|施設の人|夜勤の人|スタッフ)";
const CARED_FOR_NAMED =
  "(母|父|祖母|祖父|おばあちゃん|おじいちゃん|利用者|入所者|入居者|じいちゃん|ばあちゃん|じいさん|ばあさん|ご本人|本人)";
const CHOKED =
  "(首|くび|口元|口|くち|鼻|はな|顔|かお)(を|に)\\s?[^。]{0,10}(絞|締|しめ|塞|ふさ|押さえ|おさえ|かぶせ|被せ)";
const CARED_FOR = "(母|父|祖母|祖父|おばあちゃん|おじいちゃん|利用者|入所者|入居者)";

// A grown child of the family, an old parent or a person in care, and what they do to them.
// Thirty-fifth round (red team 32 read): also a husband hurting his old mother (義母が今、夫に首を
// 押さえつけられていて), the clause cut by a comma after the old parent.
const FAMILY_DOER = "(兄|弟|姉|妹|息子|娘|嫁|婿|孫|夫|旦那|主人|叔母|伯母|叔父|伯父)";
const OLD_PARENT =
  "(母|父|祖母|祖父|義母|義父|おばあちゃん|おじいちゃん|おばあさん|おじいさん|利用\\s?者|入所者|入居者)";
const FAMILY_HARM =
  "(殴|なぐ|蹴|叩|たた|首|くび|絞|締|しめ|髪|かみ|引きず|ひきず|閉じ込|とじこ|突き飛ば|つきとば|点滴|管を\\s?(引き)?抜|(枕|まくら)で|(顔|かお|口|くち|口元|鼻|はな)(に|を)\\s?[^。]{0,10}(かぶせ|被せ|押さえ|おさえ|塞|ふさ))";

/**
 * Regex sources (ordinary spelling, folded when compiled) of a parent hurting a child: child
 * abuse (子ども家庭課).
 */
export const CHILD_HARM_SOURCES: readonly string[] = [
  // Thirty-first round (red team 28 read): a child heard begging with the sound of blows from a
  // home (隣の家から子どもが「やめて」って叫んでて、殴るような音が).
  "(子ども|子供|こども|(?<![様椅帽調障菓])子|赤ちゃん)(が|の)\\s?[^。]{0,10}(やめて|ごめんなさい|いたい|痛い)[^。]{0,30}(殴る|なぐる|叩く|たたく|蹴る|ける)(ような)?\\s?(音|おと)",
  // The parent does it: パパが おとうとを ける, 母親が四歳の息子を真冬の川に入れて. Forty-second round
  // (red team 39 read): not the child's wife or husband, a grown in-law (親父が、息子の嫁さんば鍬で
  // 殴りよる).
  `${PARENT}(が|は)\\s?[^。]{0,14}${CHILD_OF_FAMILY}(さん|ちゃん|くん)?(?!\\s?の\\s?(嫁|よめ|婿|むこ|妻|つま|夫|おっと|旦那|だんな|奥さん|おくさん))\\s?(を|の|に|ば)[^。]{0,12}${HARM_VERB}`,
  // The child is hurt by the parent: 弟がまたお父さんに首をしめられてる, 友達の弟が親にボコられて.
  `${CHILD_OF_FAMILY}\\s?(が|は)?[^。]{0,10}${PARENT}\\s?(に|から|さ)[^。]{0,14}(られ|され|ぼこら|ボコら)`,
  // Thirty-third round (red team 30 read): a small child's own call in kana, the child named わたし
  // or あたし (おかあさんが わたしの かおに まくらを おしつけて, ママのかれしが…わたしのことほうちょう
  // でおいかけてくる), with a pillow pressed on a face among the harms.
  `(おかあさん|おとうさん|ママ|パパ|(ママ|おかあさん)の\\s?(かれし|彼氏))\\s?(が|は)\\s?[^。]{0,14}(わたし|あたし|ぼく)\\s?(のこと)?\\s?(を|の|に)[^。]{0,16}(${HARM_VERB}|ほうちょう|(まくら|枕|クッション|ふとん|布団)を\\s?(おしつけ|押し付け|押しつけ|かぶせ))`,
  // Thirty-fourth round (red team 31 read): a child's own call that names its age first, then a
  // parent's harm (わたし は 十二さい です。 おとうさん が ほうちょう を もって おいかけて きます);
  // an age of fifteen at most, not an adult's (わたしは80歳です).
  `(わたし|あたし|ぼく|僕|おれ|うち)\\s?(は)?\\s?([1-9]|1[0-5]|十[^\\s。、さ歳才\\d]?|[^\\s。、さ歳才\\d])\\s?(さい|歳|才)[^]{0,20}${PARENT}\\s?(が|は)\\s?[^。]{0,16}${HARM_VERB}`,
  // Thirty-sixth round (red team 33 read): a small child of the wider family named by its age (五
  // 歳の甥, 三歳の姪; fifteen at most) hurt by a grown man of the household (妹の旦那が、五歳の甥の首
  // をつかんで持ち上げて); in English, a parent or a stepparent hitting the caller's little sister
  // or brother or a child now (my stepdad is hitting my little sister with a frying pan); in
  // Spanish, a child kept locked in by its parent (tiene encerrado a su hijo de tres años).
  `(${PARENT}|旦那|だんな|夫|彼氏|かれし|兄|叔父|伯父|おじ|義兄|義弟|祖父|祖母)\\s?(が|は)[、,]?\\s?[^。]{0,10}(?<![\\d十]|一|二|三|四|五|六|七|八|九)([1-9]|1[0-5]|一|二|三|四|五|六|七|八|九|十(一|二|三|四|五)?)\\s?(歳|才|さい)の\\s?(甥|姪|おい|めい|孫|子|男の子|女の子|息子|娘)(っ子)?\\s?(の|を|に)[^。]{0,12}${HARM_VERB}`,
  "(step-?dad|step-?father|step-?mum|step-?mom|step-?mother|dad|father|mum|mom|mother|parents?|(mum|mom|mother)'s boyfriend) (is |are |keeps |has been |was )?(hitting|beating|kicking|punching|slapping|choking|whipping|strangling|burning) (my|his|her|their|the) (little |baby |younger |small |step-?)?(sister|brother|son|daughter|baby|kid|kids|child|children|toddler)",
  "(tiene|tienen|ha|han|dej(ó|o)|dejaron|mantiene) encerrad[oa]s? a (su|sus|mi|mis|la|el|los|las) (hij|niñ|nen|beb)",
  // Thirty-ninth round (red team 36 read), speech recognition's spaced words allowed: a child heard
  // begging and then a parent's blows (子どもが やめて って 叫んでて お父さんが ハンガーで 叩いてて);
  // alcohol or tobacco forced on a child by a parent (おとうさんが こどもに おさけを のませました);
  // a child confined (隣の子が監禁されてる); a child made to sit or stand barefoot in the snow (裸足で雪の中に正座させられ);
  // a child hit by a grown-up (Indonesian memukul … yang masih anak-anak); a child's arm burnt with
  // a tool named between (Tagalog sinusunog ng bakal na plantsa ang braso ng anak).
  ...[
    `(子ども|子供|こども|(?<![様椅帽調障菓])子)(が|の)\\s?[^。]{0,10}(やめて|ごめんなさい|いたい|痛い)[^。]{0,20}${PARENT}\\s?(が|は)\\s?[^。]{0,14}${HARM_VERB}`,
    `${PARENT}(が|は)\\s?[^。]{0,14}${CHILD_OF_FAMILY}(に|を)\\s?[^。]{0,6}(お酒|おさけ|酒|さけ|たばこ|タバコ)(を)?\\s?[^。]{0,8}(飲ませ|のませ|吸わせ|すわせ)`,
    `${CHILD_OF_FAMILY}(が|は)\\s?[^。]{0,6}(監禁|かんきん)\\s?(されて|され)`,
    `${CHILD_OF_FAMILY}(が|は)[^。]{0,16}(裸足|はだし|薄着|うすぎ|下着|したぎ|パジャマ)[^。]{0,10}(雪|ゆき|外|そと|ベランダ|寒空)[^。]{0,10}(正座|せいざ|立た|たた|座ら|すわら)(さ)?(せられ|され)`,
  ].map(allowAsrSpaces),
  "(memukul|menendang|menyiksa|menampar) [^.]{0,30}yang masih (anak-anak|kecil|balita|bayi)",
  "(sinusunog|sinunog|pinapaso|pinaso|sinisilaban) [^.]{0,40}ng (anak|pamangkin|bata|apo|sanggol)",
  // Fortieth round (red team 37 read), speech recognition's spaced words allowed: a cousin or a
  // nephew hurt by an uncle or an aunt, the child's age told after (おじさんが いとこの くびを しめて
  // います。 いとこは ななさい です); a child held down by a man who says he is its parent (…子を地面に
  // 押さえつけて首を踏みつけています、親だと言っていました); a child hurt by a coach or a teacher
  // (コーチが 小学生の その 首を 絞め).
  ...[
    `(おじさん|おばさん|叔父|伯父|叔母|伯母)(が|は)\\s?[^。]{0,10}(いとこ|従兄弟|従姉妹|甥|姪|おい|めい)(の|を)[^。]{0,12}${HARM_VERB}[^]{0,40}(いとこ|甥|姪|おい|めい)(は|が)\\s?([1-9]|1[0-5]|[一二三四五六七八九]|十[一二三四五]?|いっ|に|さん|よん|ご|ろく|なな|はっ|きゅう|じゅっ|じっ)\\s?(さい|歳|才)`,
    `(小学生|幼児|子ども|子供|こども|(?<![様椅帽調障菓])子|赤ちゃん|男の子|女の子)(くらい|ぐらい)?(の\\s?(子|こ))?\\s?(を|の)[^。]{0,20}(押さえつけ|おさえつけ|踏みつけ|ふみつけ|${HARM_VERB})[^]{0,40}(親|父親|母親|父|母)(だ|です)\\s?(と|って)`,
    `(コーチ|監督|先生|せんせい|教師|指導者|保育士|講師|職員|元職員)(が|は)\\s?[^。]{0,10}(小学生|中学生|子ども|子供|こども|生徒|園児|児童)(の|を)[^。]{0,12}${HARM_VERB}`,
  ].map(allowAsrSpaces),
  // Forty-first round (red team 38 read), speech recognition's spaced words allowed: a child's own
  // call that says it is a child, then a parent's harm (わたし は こども です。 おとうさん が けって
  // きます); a nursery's staff hurting its children (the coach's list above now names 職員).
  allowAsrSpaces(
    `(わたし|あたし|ぼく|僕|おれ|うち)\\s?(は)?\\s?(こども|子ども|子供|小学生|しょうがくせい)\\s?(です|だよ|や|だ)[^]{0,20}${PARENT}\\s?(が|は)\\s?[^。]{0,16}${HARM_VERB}`,
  ),
  // A step-parent or a parent beating the caller's sister or brother or a child (Portuguese o
  // padrasto está batendo na minha irmã, Spanish); a coach or a manager making a child exercise
  // with no water in the heat (English).
  "(padrasto|madrasta|pai|m(ã|a)e|padrastro|madrastra|madre|padre|namorado da m(ã|a)e|novio de (mi|su) madre)[^.]{0,20}(batendo|espancando|chutando|agredindo|queimando|golpeando|pateando|pegando) (n|em |a )?(a |o )?(minha |meu |mi |su |sua |seu )?(irm(ã|a)(zinha)?|irm(ã|a)o(zinho)?|herman(it)?[oa]|filh[oa]|hij[oa]|enteado|enteada)",
  "(coach|manager|teacher|instructor|trainer)[^.]{0,40}(making|made|forcing|forced) (him|her|them|my (son|daughter|child|kid))[^.]{0,40}(no water|without water|in this heat|in the heat)",
  // A little brother's or a child's head banged on a wall by an uncle or a parent (Nepali).
  "(काका|काकी|बुबा|बाबा|आमा|मामा|सौतेनी)[^।.]{0,20}(भाइ|बहिनी|छोरा|छोरी|बच्चा)[^।.]{0,20}टाउको[^।.]{0,20}(ठोक|हिर्का|कुट)",
  // A sedative given to a small child (Portuguese deram um calmante para o meu filho, Spanish le dio
  // a mi bebé una pastilla para dormir).
  "(dio|dieron|da|dan|deu|deram|d(á|a)) (a mi |al |a la |a su |ao |à )?(beb(é|e|ê)|niñ[oa]|hij[oa]|crian(ç|c)a|filh[oa])[^.]{0,30}(pastilla|somn(í|i)fero|calmante|rem(é|e)dio|comprimido)|(dio|dieron|deu|deram) (un |una |um |uma )?(pastilla|somn(í|i)fero|calmante|rem(é|e)dio|comprimido)[^.]{0,30}(a|al|a la|para|ao|à) (o |a )?(mi |meu |minha |su )?(beb(é|e|ê)|niñ[oa]|hij[oa]|crian(ç|c)a|filh[oa])",
];

/** … and of a carer hurting the old person in their care (職員が母の腕をつかんで引きずってて). */
export const CARED_FOR_HARM_SOURCES: readonly string[] = [
  // Thirty-first round (red team 28 read): an old parent or a person in care hurt by a grown child
  // of the family (兄が母を物干し竿で叩いてて; おばあちゃんが息子に髪をつかまれて引きずられて,
  // 利用者さんが息子さんに首を締められてて; red teams 26 and 27's 兄が、寝たきりの父の点滴の管を引き
  // 抜いて, 母の顔を枕で押さえて), and an old person bedridden and left for days. Speech
  // recognition's spaced words are allowed here, unlike the older sources.
  // Forty-second round (red team 39 read): not a former husband or wife (元の夫が…私の母を殴って),
  // who is no family any more: that is violence.
  ...[
    `(?<!元の?\\s?)${FAMILY_DOER}(が|は)[、,]?\\s?[^。、]{0,6}${OLD_PARENT}(を|の)[^。]{0,12}${FAMILY_HARM}`,
    `${OLD_PARENT}(さん)?\\s?(が|は)\\s?([^。、]{0,4}[、,]\\s?)?[^。、]{0,10}${FAMILY_DOER}(さん)?\\s?(に|から)[^。]{0,16}${FAMILY_HARM}[^。]{0,6}(られ|され)`,
    "(寝たきり|ねたきり)[^。]{0,20}(何日も|なんにちも|ずっと)\\s?[^。]{0,4}(放っておかれ|ほうっておかれ|放置され|ほったらかし)",
    // A person in care kept without food or shut in (利用者の青年がご飯をもらえずに倉庫に閉じ込められて).
    "(利用\\s?者|入所者|入居者)(さん)?(の[^。、]{0,6})?\\s?(が|は)\\s?[^。]{0,16}((ご飯|ごはん|食事)を\\s?(もらえ|与えられ|あたえられ)(ず|ない)|閉じ込められ|とじこめられ)",
    // Thirty-eighth round (red team 35 read): an old person scalded by a grown child's spouse
    // (じいさまが嫁さんに熱湯かけられた), and a bedridden one given no food for days (叔母が寝たきり
    // で何日も食事をもらえてなくて).
    "(じいさま|ばあさま|じいさん|ばあさん|じいちゃん|ばあちゃん|おじいさん|おばあさん|祖父|祖母|義父|義母|母|父)(が|は)\\s?[^。、]{0,4}(嫁|婿|息子|娘|孫)(さん)?\\s?(に|から)\\s?[^。]{0,8}(熱湯|ねっとう|煮え湯|お湯|おゆ)\\s?(を)?\\s?(かけ|掛け|浴びせ|あびせ)られ",
    "(寝たきり|ねたきり)[^。]{0,20}(何日も|なんにちも|ずっと|(\\d{1,2}|[一二三四五六七八九十数])\\s?日\\s?も)\\s?[^。]{0,4}(食事|ご飯|ごはん|水|みず)(を|も)?\\s?(もらえ|与えられ|あたえられ)(て(い)?)?(ない|なく|ず)",
  ].map(allowAsrSpaces),
  `${CARER}(が|は)\\s?[^。、]{0,6}${CARED_FOR}(を|の)[^。]{0,10}(引きず|ひきず|殴|なぐ|蹴|叩|たた|つねっ|突き飛ば)`,
  // Thirty-ninth round (red team 36 read): an old person trampled by a grandchild (おばあさんがお孫
  // さんに…胸を踏みつけられて); a resident of a group home or a care home hurt by its staff
  // (English a staff member … pushed my friend out of his wheelchair).
  allowAsrSpaces(
    `${OLD_PARENT}(さん)?\\s?(が|は)\\s?[^。、]{0,10}${FAMILY_DOER}(さん)?\\s?(に|から)[^。]{0,24}(踏み|ふみ)(つけ|にじ)られ`,
  ),
  // Fortieth round (red team 37 read): a neck choked or a mouth covered by a carer (施設の夜勤の人が
  // な、隣のベッドのじいちゃんの首を腕で締めとる; 介護者の娘様がご本人の口元を手で塞ぎ), and a head
  // pressed into a pillow by a carer or a son's wife (Vietnamese).
  allowAsrSpaces(
    `${CARER_NAMED}(の[^。、]{0,4})?(さん|様)?(が|は)(な|ね)?[、,]?\\s?[^。、]{0,8}${CARED_FOR_NAMED}(さん|様)?(を|の)[^。]{0,10}${CHOKED}`,
  ),
  // Forty-first round (red team 38 read): a person in care beaten with a thing by the staff of a
  // workshop or a home, the person named after (職員が利用者の男の人をほうきで何度も叩いて).
  allowAsrSpaces(
    `(${CARER_NAMED}|支援員|指導員)(さん|様)?(が|は)\\s?[^。、]{0,8}${CARED_FOR_NAMED}(さん|様)?(の[^。、を]{0,6})?を\\s?[^。]{0,12}(叩|たた|殴|なぐ|蹴|け)(い|っ|り)`,
  ),
  "(người chăm sóc|hộ lý|điều dưỡng|con dâu|con trai|con gái)[^.]{0,20}(ấn|đè|dí|bịt)[^.]{0,6}(đầu|mặt|miệng|mũi) (bà|ông|cụ|mẹ|bố)",
  "(staff member|member of staff|carer|caregiver|care worker|support worker|aide|nurse)[^.]{0,40}(group home|care home|nursing home|facility|home)?[^.]{0,20} (pushed|shoved|threw|dragged|is kicking|is hitting|is punching|kicked|hit|punched|slapped) (my |the |a |her |his )?([a-z]+ )?(friend|resident|mother|father|grandmother|grandfather|client|him|her)",
];
