import { allowAsrSpaces } from "./crisis-words";

/**
 * The second stage of the crisis check: warning signs of suicide that are not crisis words on
 * their own but are when they come together. The first stage (`crisis-lexicon.ts`) catches what
 * people say outright (死にたい, 飛び降りる); callers often say it sideways instead: feeling a
 * burden, being at the end of their strength, saying goodbye, giving things away, having the
 * means ready, a time already fixed. Written from the warning signs that public suicide-prevention
 * guidance lists, in everyday Japanese, dialect and kana, never from a test set.
 *
 * Sources are regex sources in ordinary spelling, folded with `foldForMatch` when compiled (like
 * the lexicon), and matched after the lexicon's look-alikes are blanked out.
 */
export type CrisisSignGroup =
  "gone" | "acting" | "burden" | "exhausted" | "farewell" | "means" | "fixed" | "unreachable";

// Twenty-second round: things that sink or are sunk in water (指輪, 夕日, 船, 車, 遺骨), for the
// walking-into-the-water sign; not a bare 日 or 月 (今日は海に入って行く is a person going in).
const SUNK_THING =
  "(指輪|ゆびわ|夕日|夕陽|ゆうひ|朝日|太陽|たいよう|お日様|お日さま|船|ふね|ボート|車|くるま|自転車|石|いし|鍵|かぎ|財布|さいふ|スマホ|携帯|ボール|荷物|にもつ|ごみ|ゴミ|物|もの|錨|いかり|時計|とけい|靴|くつ|帽子|カメラ|竿|ルアー|おもり|重り|網|あみ|瓶|缶|ブイ|遺骨|骨|灰|花びら|木|丸太|タイヤ|宝|島|町|村)";

export const CRISIS_SIGN_SOURCES: Readonly<Record<CrisisSignGroup, readonly string[]>> = {
  // Saying one will not be here, that it is the end, or that it is already under way: a warning
  // on its own.
  gone: [
    // 明日にはもう私はいない, 今夜で私はいなくなる; not 明日は出張でいない (no もう, not なくなる).
    "(明日|あした|今夜|今晩|来週|来月|今日|きょう|もうすぐ|そのうち)(に|の朝)?(は|で|から|にゃ)?.{0,6}もう.{0,6}(私|わたし|あたし|自分|僕|俺|わし|うち)?(は|も|なんか)?(いな(い|く)|おらん|おらへん|居な)(?!(間|あいだ|うち|とき|時|場合|ので(?!.{0,4}(意味|世話|迷惑))))",
    "(朝日|朝)(は|を)(もう)?(見|迎え)ない(ことにし|つもり)",
    "(明日|あした|今夜|今晩|来週|来月|今日|きょう|もうすぐ|そのうち)(に|の朝)?(は|で|から|にゃ)?.{0,10}(私|わたし|あたし|自分|僕|俺|わし|うち)?(は|も|なんか)?(いなくな(る|り)|おらん(く|よう)にな)",
    // Eleventh round (crisis training set 3): これからいなくなります; 自分のことを片付ける (oneself "tidied away").
    "(今から|いまから|これから)(もう)?(いなくな(り|る)|消え(ます|る))|(片付け|かたづけ|始末)(る|す)(つもり|予定)[^?？]{0,8}(自分|私|わたし)(のこと)?を|(自分|私|わたし)(のこと)?を(片付け|かたづけ|始末)(る|す)",
    "この世(を|から|と|に)(去|さ(る|り)|おさらば|お別れ|おわかれ|消え|別れ)|逝(こう|きます|く(つもり|わ|ね|ん))|あの世(へ|に)(行|い)",
    "(私|わたし|自分)が見つからな|自分を消(し|す|そ)|(探|さが)さないで(?!\\s?(済|す|いい|よい|も))|思い残すこと(は|も)?(ない|ありません|なか|あらへん)|もう(帰|かえ)(って)?(こない|きません|来ません|らない|りません|らん)|(朝|明日)(を|は)?(もう)?迎えない",
    "(片道|かたみち)の?(切符|きっぷ)|ひと思いに|一思いに|(身辺|身の回り)(の)?(整理|片付け)(が|も|は)?(済|す|終わ|おわ|でき|つい|付い)",
    "(二人|ふたり|一緒|いっしょ)(で|に)(終わらせ|おわらせ|死|逝|あの世)|道連れ",
    // 今日、私が消えます; 人生に幕を引きます; どうせ明日にはいないので; もう戻らないつもり.
    "(私|わたし|あたし|僕|ぼく|俺|おれ|自分|うち|わし)(が|は)(消|き)え(ます|る(ね|わ|から|つもり|ことに))|(人生|命|生涯)(に|の)(幕|まく)(を)?(引|ひ|下ろ|おろ|閉じ|とじ)|自ら(の)?(命|人生|いのち)",
    "どうせ.{0,8}(私|わたし|あたし|僕|俺|自分|うち)(は|なんか)?.{0,6}(いない|いなくな|おらん|死ぬ)|どうせ(明日|あした|もうすぐ)(に|には|は)?.{0,8}(いない|いなくな|おらん)|(もう|二度と)(戻|もど|帰|かえ)ら(ない|ん|へん|ねえ)つもり|(私|わたし|自分|僕|俺)(は)?(もう|二度と)(戻|もど|帰|かえ)ら(ない|ん|へん)",
    // Twelfth round (red team 9 read): one's affairs handed on (the insurance beneficiary, the
    // bankbook, the pet) with "I won't be here tomorrow" (明日はもういないので), said either way round;
    // without them it is absence on a trip.
    "(受取人|保険金|通帳|印鑑|遺言|猫|ねこ|犬|いぬ|ペット)[^]{0,80}(明日|あした|今夜|今晩)(は|には)?もう(私は|わたしは)?(いない|いません|おらん)|(明日|あした|今夜|今晩)(は|には)?もう(私は|わたしは)?(いない|いません|おらん)[^]{0,80}(受取人|保険金|通帳|印鑑|遺言|猫|ねこ|犬|いぬ|ペット)",
    // Other languages.
    "(我|我要)?(今晚|今天)?(就)?(离开这个世界|结束(自己的)?生命)|không muốn sống nữa|won'?t be (here|around) (tomorrow|anymore)|this is goodbye",
  ],
  // Being a burden to others, better off gone.
  burden: [
    "迷惑(ばかり|ばっかり|ばっか)?(を)?(かけ|掛け)(て(ばかり|ばっかり|ばっか|しまう|る|き)?|る|た|ない|たくない|とう(ない|な)|ずに)(?!られ)",
    "(重荷|お荷物|足手まとい|厄介者|役立たず|穀潰し)(に|で|だ|な|でしか)|(負担|重荷|迷惑)に(も)?(なら|ならへん)ない(形|よう|うちに)",
    "(私|わたし|あたし|自分|僕|ぼく|俺|おれ|わし|うち)(さえ|なんか|なんて)(いな|おらん|おらへん|居な|いなく|おらんく)",
    // Eleventh round (crisis training set 3): 私が早く片付けばいい (片付く said of oneself).
    "(私|わたし|自分|あたし|わし)が(早く|はよ|はよう)?(片付|かたづ)けば(いい|ええ|楽|よい)",
    // Eleventh round: 私がいなくなれば、みんな楽になる.
    "(私|わたし|あたし|自分|僕|ぼく|俺|おれ|わし|うち)が(いなくな|おらんくな|消え)(れば|ったら|たら)[^。]{0,10}(楽|らく|幸せ|助か|まし)",
    "(いない|おらん|おらへん|居ない)(ほう|方)が(いい|ええ|よか|まし|楽|幸せ)|長生きしすぎ",
    "(いね|いな)(ぐ|く)な(った|る)?(ほう|方)が|(合わせる|あわせる)(顔|かお)が(ない|無い|ありません|なか)",
  ],
  // At the end of one's strength, nothing left to live for.
  exhausted: [
    "もう(限界|無理|むり|だめ|ダメ|あかん|いかん|いけん|駄目|疲れ|つかれ|しんど|耐えられ|たえられ|頑張れ|がんばれ|ここまで)|(が|は)もう無理",
    "(疲れ|つかれ)(果て|はて|きっ)|生きるのに(疲れ|つかれ)|ほんまに(しんど|つら)|(ほう|方)が楽(だ|や|かも|と)",
    "(何もかも|なにもかも|全部|ぜんぶ|すべて|なんもかんも)(が|を)?(嫌|いや|どうでもいい|終わ|おわ|だめ|ダメ)|どうでもよく(なっ|なつ)",
    "(生きる|生きてる|生きとる|生きている|生きて(い)?く)(意味|理由|気力|価値|希望)|生きて(い)?けん|生きとっても",
    "未練(は|も)?(ない|無い|なか|あらへん)|(逃げ場|居場所|行き場)(が|も)?(ない|無い|なか)",
    "(ずっと|永遠に|このまま)(眠|ねむ)(りたい|っていたい|ってたい|っていられる)|(目|め)(が)?(覚め|さめ)(なければ|なきゃ|んかったら|たくない)|二度と(起き|目覚め|めざめ)(なく|ない)",
    "もう(わがんね|わからん|どうにもならな)|どうにもならな(く|い)|頭が(回|まわ)ら",
    // Seventeenth round (red team 14 read): nothing means anything any more (もう意味ないです).
    "もう\\s?(何も|なにも|全部)?\\s?意味(が|も)?\\s?(ない|無い|ありません|ねえ|なか)",
    // Twelfth round (red team 9 read): help sought everywhere in vain (誰に相談しても無駄でした).
    "(誰に|だれに|どこに|どこへ)(相談|話|言|頼)(して|し|っ)?(て)?も(無駄|むだ|だめ|ダメ|同じ|駄目)",
    "can'?t (keep going|go on|take (it|this) any ?more|do (it|this) any ?more)|(just )?want (it|everything|all this|the pain) to (end|stop)|撑不下去|活不下去|버틸 ?수(가|도)? ?없|(não|nao) aguento mais|ya no puedo m(á|a)s|hindi ko na kaya|không chịu (nổi|được) nữa",
  ],
  // Saying goodbye, putting affairs in order, giving things away.
  farewell: [
    "(今まで|いままで|これまで|長い間|長いこと|ながいあいだ)(本当に)?(ありがとう|お世話に(なり|なっ))",
    "(さようなら|さよなら|お別れ|おわかれ)",
    // Eleventh round (crisis training set 3): keys and bankbooks sent to family out of the blue, a pet handed over "from
    // tomorrow", a last call (my last call, mi última llamada).
    "(鍵|かぎ|通帳|印鑑|貯金|権利証)(と|や)?[^。]{0,12}(届い|送られて|送って(き|来)|渡され|託され)|(猫|ねこ|犬|いぬ|ペット)[^。]{0,20}(明日から|これから|今日から)(は)?[^。]{0,20}(面倒を見て|世話をして|預かって|飼って)",
    "(my|mi|minha) (last|(ú|u)ltima) (call|llamada|liga(ç|c)(ã|a)o)(?! (for|of|de|do|da) )(?! (today|hoy|hoje))",
    // Eleventh round: a bare sorry or thanks sent and nothing else (「ごめん」とだけ来て).
    "[「『](ごめん|ごめんね|ごめんなさい|ありがとう|今までありがとう)[」』](と|って)(だけ)(来|き|送|届|メール|ライン|line|連絡)",
    "書き置き|置き手紙|(手紙|メモ|letters?)(を)?.{0,8}(書|残|のこ|置い|written|wrote)|遺 ?書",
    "(後|あと)(のこと|の事|始末)(は|を)?.{0,6}((頼|たの)(み|む|ん)|よろしく|お願い)",
    "(子ども|子供|こども|娘|息子|猫|犬|ペット|母|父|家族)(のこと|の事|の引き取り|の世話)(を|は|先)?.{0,6}((頼|たの)(み|む|ん)|よろしく|お願い(し|ね)|探)",
    "(持ち物|荷物|私物|服|貯金|通帳|預金|財産|宝物|時計|カメラ|大事な(もの|物)|大切な(もの|物)|全部)(を|は|も)?.{0,10}(全部|ぜんぶ|みんな|すべて)?.{0,8}(あげ|譲|ゆず|処分|片付け|かたづけ|渡し|配っ|配り|移し)",
    "保険金(で|が|を|は).{0,12}(家族|借金|返|残|払|生活)|生命保険[^。]{0,24}(借金|家族|妻|夫|子ども)[^。]{0,10}(返せ|残せ|困らな|払え)",
    '(ごめんね|ごめんなさい)[」』"]?(と|って)(だけ)?(伝え|言っ)|部屋の片付け(は|も)?(終わ|済)|言い残し',
    "もう(必要|いら|要ら)(ない|なくな(る|り(ます)?))(ので|から|し)|(亡くなった|死んだ)?(母|父|妻|夫|母さん|父さん|かあさん|とうさん)(のところ|の所|のとこ)(へ|に)(行|い)く",
    // The last call or words (最後に誰かの声を聞きたくて, これで最後にします), going ahead of the family.
    "(最期|最後)(に|の).{0,10}(お礼|挨拶|あいさつ|声|電話|言葉|一言|ひとこと|投稿|メッセージ|連絡|お別れ)",
    // Twelfth round (red team 9 read): a last request (最後のお願い), a pet to be taken in by anyone
    // (誰かに引き取ってもらえるよう), a call ended with "that's all" (それだけです、もう切ります).
    "(それだけ|それだけです)[、,。]?\\s?(もう)?(切|き)ります|(最期|最後)の(お願い|おねがい|頼み|たのみ|わがまま)|(猫|ねこ|犬|いぬ|ペット)(を|は)?\\s?(誰か|だれか|どなたか)に(引き取って|ひきとって|もらって)(もらえる|もらい|ください|ほしい)",
    "これで(もう)?(最後|おしまい|終わり)に(します|する|しよう|させて)",
    // Nineteenth round (red team 16 read): "it ends today" muttered or said in a quote (「今日で終わり」).
    "[「『][^」』]{0,8}(今日|きょう|今夜|今晩)(で|が)\\s?(終わり|おわり|最後|さいご)[^」』]{0,4}[」』]\\s?(って|と)\\s?[^。]{0,6}(つぶや|呟|言い残|いいのこ|メール|ライン|line)",
    // Seventeenth round (red team 14 read): good night for ever (『おやすみ永遠に』), thanks for the
    // care to be passed on (役所には世話になったと伝えといてくれ).
    "永遠に\\s?(おやすみ|眠|ねむ|さよなら|さようなら)|(おやすみ|さよなら|さようなら)[、,]?\\s?永遠に|good ?night forever|世話(に|を)\\s?(なった|なりました|かけた)(と|って)\\s?(伝え|つたえ|言っ|いっ)",
    // Thirteenth round (red team 10 read): the life insurance's beneficiary already changed (受取人は
    // 息子に変えておきました); with a time fixed (今夜には全部片付く) it raises.
    "(生命保険|保険金|死亡保険)[^。]{0,8}受取人[^。]{0,16}(変え|変更し|書き換え)(て(おき|あり|あ|お)|とき|た|ました)",
    "(いなくな|死ん|おらんくな|消え)(った|だ)(後|あと)(の)?.{0,10}(こと|事|猫|犬|子|家族|ペット)",
    "先に(行|い|逝)(きます|く(ね|わ|から|よ)|っ(てる|とる)ね)|生まれて(きて|来て)(ごめん|すみません|すまな)|(ごめん(ね|なさい)?|すまん|すみません).{0,8}(みんな|家族|お父さん|お母さん|父さん|母さん)",
    // Other languages.
    "thank you for everything|(i'?m|i am) sorry for everything|tell (my|them)[^.]{0,20}(sorry|love)|xin lỗi (đến|với|cả)? ?gia đình|perd(ó|o)n(enme)? a mi familia|(escrib(í|i)|dej(é|e)) (la|una) carta|desculp(a|e)m?(-me)? (a|à) minha fam(í|i)lia|谢谢(你们|大家)?(这些年|一直以来)|对不起(爸爸|妈妈|大家)|고마웠(어|어요)|미안해(요)?.{0,6}(엄마|아빠|가족)",
  ],
  // The means in use or the edge reached: a warning on its own.
  acting: [
    "(ネクタイ|ベルト|ひも|紐|コード|タオル|ロープ)(を)?(首|くび)(に|へ|を)(巻|ま|かけ|掛け)|踏み台(を)?(蹴|け)|(ロープ|縄|なわ|ひも|紐)(は|を|も)?.{0,6}(天井|梁|はり|ドアノブ|鴨居)(に|へ|から)?.{0,6}(結|むす|吊|釣|つっ|かけ|掛け)|(天井|梁|はり|ドアノブ|鴨居)(に|へ|から).{0,6}(吊|釣|結|かけ|掛け)",
    "(腕|手首|うで|てくび)(を)?.{0,2}(切|き|着)(って(る|い|て)|っちゃ|っと|りよ|ってしま)|(お風呂|風呂|浴槽|湯船).{0,16}(カミソリ|かみそり|剃刀|包丁|ナイフ|カッター)",
    "(薬|くすり|錠|睡眠薬|眠剤|風邪薬|安定剤|頭痛薬)(を)?.{0,12}(瓶ごと|箱ごと|すべて|全て|ありったけ|いっぺぇ|いっぺえ|ようけ|ぎょうさん|大量|手のひら).{0,8}(飲|のん|のみ|服用|出し)",
    "(ガス|元栓|ガス栓)(の)?(元栓|栓)?(を|は|も)?.{0,6}(開け|あけ|ひねっ|ひね|出しっぱなし)(て|た|ま)|目張り.{0,20}(炭|すみ|練炭|におい|匂い)|(炭|すみ)(の|が)?.{0,4}(焼け|燃え)(る)?.{0,4}(におい|匂い|臭)",
    "(柵|さく|手すり|手摺|欄干|らんかん|フェンス)(の)?((外|そと|向こう|むこう)(側|がわ)?(に|で)?.{0,2}(立|た(っ|ち|と)|い(ます|る|て)|座|すわ|出て)|を越え|をこえ|に足|に座|に腰)",
    "猟銃(を)?(持|も)(って|ち)",
    // Sixteenth round (red team 13 read): a cord hung on a fence or a rail and the head put into it
    // (フェンスに紐をかけて首を入れようと).
    "(ひも|紐|ロープ|縄|なわ|ベルト|タオル|コード)(を)?[^。]{0,12}(かけ|掛け|結|むす|通|とお)[^。]{0,6}(首|くび)を\\s?(入れ|いれ|通し|とおし|かけ)",
    // Eleventh round: a rope passed over a beam (梁にロープを通して), the rope named second.
    "(天井|梁|はり|鴨居|かもい|ドアノブ)(に|から|へ)(ロープ|縄|なわ|ひも|紐|ベルト)(を)?(通|とお|かけ|掛け|結|むす|吊|垂らし)",
    // Jumping from a height or in front of a train, said as what one will do now.
    "(橋|はし|ホーム|線路|せんろ|屋上|おくじょう|崖|がけ|ビル|団地|マンション|ダム|踏切|ふみきり|電車|でんしゃ|特急|とっきゅう|列車|快速|新幹線)(の上|の端|の前)?(から|に|へ|で)?.{0,8}(飛び込(も|む|み|ん)|とびこ(も|む|み|ん)|飛び(降|下|お)り(よう|る(つもり|から|ね|わ))|飛(び|ぶ)(ます|つもり|から)|飛ぼう|とぼう|身を投げ)",
    // Fumes into a closed room or car (ホースで排気ガスを車内に).
    // Twenty-second round: 焚い in kana only as たいて/たいた, not the wish ending (炭を捨てたい).
    "排気(ガス)?.{0,12}(車内|車の中|くるまのなか|部屋)|(ホース|ほーす).{0,12}(排気|マフラー)|(練炭|れんたん|七輪|炭)(に|を)?.{0,4}(火を(つけ|付け)|着火|燃やし|焚い|たい(て|た|ちゃ|とる))",
    // Walking into the sea, a river (沖のほうへ歩いて, 川さ入りに行ぐ).
    // Twenty-first round (red team 18 read): about to go in, in the progressive (今、海に入ろうと
    // しています), not a plan or a wish (入ろうと思って).
    // Twenty-second round: a thing that sinks or is sunk (指輪が川に沈んで, 夕日が海に沈む) is
    // no one going in; a person sinking still is (子どもが川に沈んで). Twenty-ninth round (a false
    // emergency in blind question set 28): 入りの is a compound (海水浴場でカード入りの財布をなくした).
    // Thirty-fourth round (a false emergency of training set 31): what comes in from the sea, the
    // wind or the water, is no one going in (海からの風が入って寒くて, 川の水が入って).
    `(?<!${SUNK_THING}(が|は|も|を)\\s?)(海|うみ|川|かわ|沖|おき|湖)(の(ほう|方|中|なか))?(へ|に|さ|まで)?(?!\\s?から|の?\\s?(風|かぜ|波|なみ|水|みず|潮|しお)(が|も))` +
      `.{0,6}(歩いて|入って|入り(?!の)|はいり(?!の)|はいって|沈)(行|い)?|` +
      "(海|うみ|川|かわ|沖|おき|湖)(の(ほう|方|中|なか))?(へ|に|さ)\\s?(入|はい)ろう\\s?と\\s?(して|しと)(る|ます|います|いる)",
    "(standing|sitting|stand|sit) on the (railing|ledge|edge|rail)|跳(下去|楼|河|桥)|뛰어내릴",
    // Twenty-second round (red team 19 read): sitting on a window frame or a railing with the
    // legs out (窓枠に座って足を外に出して), leaning out of a window; a sheet, a cord or a belt tied
    // to a bed rail, a doorknob or a curtain rail and put round the neck (シーツを柵に結んで首に).
    "(窓枠|まどわく|窓|まど|ベランダ|手すり|てすり|手摺|欄干|らんかん|屋上の縁|フェンス)(の上|のふち|の縁)?(に|で)\\s?(座|すわ|腰(を)?\\s?(かけ|掛け|おろ|下ろ))[^。]{0,12}(足|あし|脚|体|からだ|身)を\\s?(外|そと|外側|宙|ちゅう)(に|へ)\\s?(出|だ|投げ出|なげだ|垂らし|たらし)|(窓|まど|ベランダ)から\\s?(身|体|からだ)を\\s?(乗り出|のりだ)(し|して)(て|い|ま)",
    "(シーツ|布|ぬの|タオル|ひも|紐|ロープ|縄|なわ|ベルト|コード|ネクタイ|ストッキング|スカーフ|帯|おび|延長コード)[^。]{0,16}(柵|さく|手すり|てすり|ドアノブ|ノブ|鴨居|かもい|梁|はり|カーテンレール|物干し|ものほし|フック|パイプ|ベッド)(に|へ)\\s?(結|むす|くくり|括り|縛り|しばり|かけ|掛け)[^。]{0,8}(首|くび)(に|へ|を)\\s?(かけ|掛け|巻|まき|入れ|いれ|通|とお)",
  ],
  // The means at hand, the place or the way chosen.
  means: [
    // Fifteenth round (red team 12 read): a bridge, a roof or a cliff given as where one is, in a
    // quoted message (「今、橋の上。…」), with a burden or a goodbye beside it.
    "[「『]\\s?(今|いま)[、,]?\\s?(橋|はし|屋上|おくじょう|崖|がけ|ダム|踏切|ふみきり|線路|せんろ|岸壁)(の(上|うえ|端|はし|近く|ちかく))?\\s?[。、,」』!！]",
    "(薬|くすり|睡眠薬|眠剤)(を)?.{0,4}(集め|あつめ|貯め|ため|溜め)",
    "(ロープ|縄|なわ|ひも|紐|練炭|七輪|睡眠薬|農薬|除草剤|炭)(を|も|は)?.{0,8}(買|か(っ|い|う)|用意|準備|手に入れ|持って|集め|ネットで)",
    "死に場所|(場所|方法|やり方|行き方)(を|も)?.{0,4}(決め|探し|調べ|考え)(た|て|ている|てる|とる)",
    "(屋上|おくじょう|崖|がけ|ビルの上|橋の上|ホームの端|線路|踏切|ふみきり)(の近く|のとこ|の上|の端)?(に|へ|まで|から).{0,16}(いま|今|立|いて|い(ます|る)|来て|来た|行く|行き|いく|いきます|飛)|(屋上|おくじょう|崖|がけ|樹海)(いく|行く|いきます|行きます)|(今から|いまから|これから).{0,6}(海|崖|がけ|樹海|線路|屋上|ダム)(に|へ)(行|い)|(線路|せんろ|踏切|ふみきり|樹海|崖|がけ)(の(方|ほう))?(に|へ)(行|い)(き|く|っ)",
    "(屋上|おくじょう|崖|がけ|橋|ビルの上|ホームの端|線路|踏切|ダム|岸壁|海岸)(の上|の端|の近く|の真ん中)?(の[^。、]{0,6})?(に|で)(いま|い(る|て)|立|来(て|た|ま)|座|すわ)",
    "(次の)?(電車|列車)(が)?(来|く)たら|飛び(込|こ)め(そう|る)|飛び(下|降|お)りよう",
    "(車|くるま|ハンドル).{0,30}(突っ込|つっこ|ぶつけ)",
    // Eleventh round (crisis training set 3): on a river bank or a sea wall (川の土手まで来た).
    // Twenty-second round (red team 19 read): the bank or the beach also named alone (もう河原にいる
    // みたい; one pattern, so that 川の土手 is one sign, not two), and going into the water said in
    // a quote (「川に入る」って言ってる): two signs together raise, either alone does not (a child
    // who wants to swim, a walk by the river).
    "((川|海|湖)の)?(土手|どて|堤防|ていぼう|河原|川原|かわら|河川敷|岸壁|がんぺき|海岸|かいがん|浜辺|はまべ|砂浜|すなはま)(まで|に|へ)\\s?(来|き|い(ま|る)|着い|つい)",
    "[「『][^」』]{0,24}(海|うみ|川|かわ|湖|みずうみ|池|いけ|沼|ぬま)(に|へ|さ)\\s?(入|はい)(る|ります|って(く|や)る)[^」』]{0,4}[」』]\\s?(って|と)",
    // Twelfth round (red team 9 read): an unnamed act set for a decided time (決めてあります…実行
    // します), beside the tracks, a train heard coming, walking into a marsh or a pond said in
    // dialect (沼さ入るがら).
    "(決め|きめ)て(あり|あ|い|お)(ます|る|ります)?[^]{0,20}(実行|決行)(します|する)|(実行|決行)(します|する)[^]{0,20}(決め|きめ)(た|ました|て)|(線路|せんろ|踏切|ふみきり|ホームの端)(の)?(そば|脇|わき|横|近く|ちかく)(に|へ|まで)(来|き|い(ま|る))|(電車|列車|でんしゃ|貨物)の(音|おと)が(近づ|ちかづ|聞こえ|きこえ|大きく)|(沼|ぬま|池|いけ|ため池|川|かわ|海|うみ|湖|ダム)(さ|に|へ)\\s?(入|はい)(る|ります)(がら|から|け|ね|わ|よ|つもり)",
    // Eleventh round: a stool set under (下に踏み台も置きました).
    "踏み台(を|も)?.{0,4}(置|お(い|き)|用意|準備|持って)",
    // Pills laid out, their empty boxes; the rope gone from home; drawn to the tracks.
    // Seventeenth round (red team 14 read): a photo of the pill sheets posted; the edge of the top of
    // a car park or a building sat on (立体駐車場のいちばん上の端っこに座ってます; a roof, a bridge or a
    // cliff is read by the pattern below, and one place must not count as two signs).
    // Eighteenth round (red team 15 read): a photo of a crossing, the tracks, a bridge or a roof
    // sent with a goodbye (「さよなら、ありがとう」とメール…踏切の写真).
    "(踏切|ふみきり|線路|せんろ|橋|屋上|おくじょう|崖|がけ|ホームの端|ダム)の\\s?(写真|画像|動画)",
    "(薬|くすり|睡眠薬|眠剤)の\\s?(シート|空き箱|空き瓶)(の)?\\s?(写真|画像|束|山)|(立体駐車場|駐車場|ビル|マンション|団地|非常階段|校舎|タワー)((?!屋上|おくじょう|橋|崖|がけ)[^。]){0,12}(端|はし|縁|へり|ふち)(っこ)?(に|で)\\s?(座|すわ|立|た(っ|つ)|腰|い(ます|る))",
    "(薬|くすり|睡眠薬|眠剤)(を)?.{0,6}(並べ|ならべ|手元|てもと)|(薬|くすり)の(空|から)(き)?(箱|瓶|袋|シート)|(ロープ|縄|なわ|ひも|紐|練炭|包丁)(が|も)?.{0,8}(なくなって|無くなって|見当たらな)",
    "(線路|せんろ|電車|海|川)(を|に|へ)?.{0,8}(吸い込まれ|すいこまれ|引き込まれ|ひきこまれ)|(vou|quero|vai) (me )?(pular|jogar)|(voy a|quiero) (saltar|tirarme)|tatalon",
    // Other languages: pills saved up, the place (a bridge, a roof), charcoal bought.
    // Thirteenth round (red team 10 read): the pills counted or laid out.
    // Nineteenth round (red team 16 read): a rope and pills carried together (鞄からロープと薬の袋が).
    "(ロープ|縄|なわ|練炭|れんたん)(と|や)\\s?[^。]{0,4}(薬|くすり|睡眠薬)|(薬|くすり|睡眠薬)(と|や)\\s?[^。]{0,4}(ロープ|縄|なわ|練炭|れんたん)",
    "(pills|tablets|meds|medication)[^.]{0,20}(counted|laid|lined|set|sorted) (out|up)|(counted|laid|lined) out (the |all the |my )?(pills|tablets|meds)",
    "(saved|saving|stockpiled|collected|hoarded) (up )?(all )?(my |of my )?(sleeping )?(pills|tablets|meds|medication)|(bought|have|got) (some )?charcoal|(pills|tablets) (are )?(here|ready|in front of me)|药.{0,6}(准备好|攒|存)|약을 ?(모아|모았|준비)|(pastillas|comprimidos|rem(é|e)dios).{0,12}(aqu(í|i)|todas|todos|juntad|guardad)|(ponte|pr(é|e)dio|telhado|viaduto|puente|azotea|v(í|i)as del tren|tulay|bubong|atap gedung|楼顶|天台|桥上|다리 ?위|옥상|sân thượng|trên cầu|bridge|roof)",
  ],
  // Someone who sent such words and cannot be reached or is not at home.
  unreachable: [
    "(電話|でんわ)(に|にも)(出|で)(ない|ません|ん|へん|なくな)|(電話|でんわ)(して|かけて)も(出|で)(ない|ません|ん|へん)|(連絡|れんらく)(が)?(つか|取れ|とれ|付か)(ない|ん|へん|なく)|(連絡|れんらく)(が)?(つき|取れ|とれ|付き)ません|既読(が)?(つか|付か)(ない|ず)|(家|部屋|へや|うち)(に|にも)(い|居)(ない|ません|なく)|(いない|いません|いなくな)(んです|の|って)|(won'?t|doesn'?t|does not|will not|isn'?t) (answer|pick up|reply)|(can'?t|cannot) (reach|find) (her|him|them)|not (home|answering)|联系不上|不接电话|연락이 ?안|không liên lạc được|no contesta|n(ã|a)o atende",
  ],
  // A time already fixed, a decision made.
  fixed: [
    "今夜|今晩|今日(で|中に|のうちに|こそ|限り)|本日(を)?もって|明日(の朝)?(に(は)?|まで)|今から|いまから|(決め|きめ)(た|ました|てる|ている|とる|てあ|てお)|決心|覚悟|決意|決行|(準備|用意)(が|は|も)?(でき|した|しま|して(あ|あり))|tonight",
    // All that is left is the act (あとは掛けるだけ); a time set (午前二時になったら).
    // Twelfth round: Tohoku いまがら.
    "(今|いま|これ)がら",
    "(あと|後)は.{0,12}だけ|(時|時間|時刻)(に)?なったら|esta noche|hoje (à|a) noite|今晚|오늘 ?밤|tối nay|ngayong gabi",
  ],
};

/**
 * Which signs raise the route: one that says the end outright (gone) or the means in use (acting);
 * or two others: two of one kind, or of different kinds with the means or a goodbye among them (a
 * goodbye or the means and then no answer), or a burden with exhaustion or a time fixed. One sign alone (もう疲れた, 今夜) is not enough.
 */
const SIGN_COMBINATIONS: readonly (readonly [CrisisSignGroup, readonly CrisisSignGroup[]])[] = [
  ["farewell", ["burden", "exhausted", "means", "fixed", "unreachable"]],
  ["means", ["burden", "exhausted", "farewell", "fixed", "unreachable"]],
  ["burden", ["exhausted", "fixed"]],
];

/**
 * Planning one's end as a lawful, ordinary matter (終活, 生前整理, 遺言書の書き方) and a farewell
 * at the end of a call or a move (お世話になりました、引っ越します), blanked before the signs.
 */
export const CRISIS_SIGN_LOOK_ALIKES: readonly string[] = [
  "終活|生前整理|遺品整理|エンディングノート|遺言書|相続|お墓|墓じまい|葬儀|葬式|散骨|樹木葬",
  "(お世話に(なり|なっ)|ありがとう)(まし)?た?.{0,12}(引っ越|引越|転居|転勤|退職|卒業|異動|移住|帰国)",
  "(引っ越|引越|転居|転勤|退職|卒業|異動|移住|帰国).{0,20}(今まで|いままで|これまで)(本当に)?(ありがとう|お世話に)",
  // Seventeenth round (red team 14 read): thanks passed on at a retirement or a move.
  "世話(に|を)\\s?(なった|なりました|かけた)(と|って)[^]{0,30}(退職|引っ越|引越|転居|転勤|卒業|異動|移住|帰国)",
  "(手続き|書類|申請|準備|用意)(は|が|も)?.{0,6}(でき|した|しま|して(あ|あり))(ました|た|てます)?(ので|から|けど|が)?.{0,12}(窓口|役所|持って|提出|予約|受け取り|郵送)",
  // Twenty-seventh round (a false emergency in training question set 24): a PIN or a password
  // chosen and noted down to be kept (決めた暗証番号、メモに書いておいた), not a note left for anyone.
  "(決め|きめ)た\\s?(暗証番号|パスワード|パスコード)|(メモ|手帳|ノート|紙)に\\s?(書い|かい|控え|ひかえ)て\\s?(おい|おき|お(る|ります))",
];

type CompiledSigns = {
  readonly groups: ReadonlyMap<CrisisSignGroup, readonly RegExp[]>;
  readonly lookAlikes: readonly RegExp[];
};

/** Compiles the sources with the given folding (the lexicon's `foldForMatch`). */
export function compileCrisisSigns(fold: (source: string) => string): CompiledSigns {
  const compile = (source: string, flags: string) =>
    new RegExp(fold(allowAsrSpaces(source)), flags);
  return {
    groups: new Map(
      (Object.keys(CRISIS_SIGN_SOURCES) as CrisisSignGroup[]).map((group) => [
        group,
        CRISIS_SIGN_SOURCES[group].map((source) => compile(source, "u")),
      ]),
    ),
    lookAlikes: CRISIS_SIGN_LOOK_ALIKES.map((source) => compile(source, "gu")),
  };
}

/**
 * The evidence of a combination of warning signs in folded text (the first match of each group
 * that takes part), or null when no combination is present.
 */
export function findCrisisSigns(folded: string, signs: CompiledSigns): string[] | null {
  let text = folded;
  for (const pattern of signs.lookAlikes) text = text.replace(pattern, "　");
  const found = new Map<CrisisSignGroup, string[]>();
  for (const [group, patterns] of signs.groups) {
    const matches = patterns.flatMap((pattern) => pattern.exec(text)?.[0] ?? []);
    if (matches.length > 0) found.set(group, matches);
  }
  const alone = found.get("gone")?.[0] ?? found.get("acting")?.[0];
  if (alone !== undefined) return [alone];
  // Two different signs of one kind (a goodbye and a gift, a place and a jump).
  for (const group of ["farewell", "means", "burden", "exhausted"] as const) {
    const matches = found.get(group) ?? [];
    if (matches.length >= 2) return matches.slice(0, 2);
  }
  for (const [first, partners] of SIGN_COMBINATIONS) {
    const lead = found.get(first)?.[0];
    const partner = partners.map((group) => found.get(group)?.[0]).find(Boolean);
    if (lead !== undefined && partner !== undefined) return [lead, partner];
  }
  return null;
}
