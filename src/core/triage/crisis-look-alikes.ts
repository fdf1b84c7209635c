import { allowAsrSpaces, DANGER_WORDS, PERSON } from "./crisis-words";

/**
 * Look-alike phrases removed before the crisis patterns run (folded like the lexicon): idioms
 * (死ぬほど忙しい), paperwork about a death, a fire or a collapse in the past, questions about
 * how things work (救急車で運ばれたとき保険証は), a known condition (けいれんの持病), objects that
 * fell over or stopped working, and closets (押し入れ). Written from domain knowledge.
 */
// What a drill or a talk is said to be about, up to a collapse happening during it (防災訓練の途中で
// 参加者の男性が倒れて、脈が触れません is not the drill's topic).
const NOT_A_COLLAPSE = "((?!倒れ|たおれ|意識|脈が|息が|息を|呼吸|けいれん|痙攣|血が)[^。])";

// A sentence with no crisis word in it (see DANGER_WORDS), for the cues that blank an ordinary
// sentence whole (the model reads every n-gram, so a clause left behind can still raise it): from
// the start of a sentence, and not when the sentence names a danger.
const QUIET_SENTENCE = `(?<=^|[。!?！？]\\s?)(?![^。!?！？]*(${DANGER_WORDS}))`;

// Twenty-first round: a thing a card or a phone can be, for a thing pinned under a load, and the
// body or a person, whose being pinned is an injury (足が下敷きに, 母が下敷きに).
const PINNED_THING =
  "(カード|保険証|免許証|通帳|手帳|証明書|通知書|書類|封筒|スマホ|携帯|電話|画面|パソコン|眼鏡|めがね|メガネ|財布|ケース)";
const PINNED_BODY = `(${PERSON}|私|わたし|自分|僕|ぼく|俺|足|脚|腕|うで|手(が|を|は|の)|頭|体|からだ|腰|指|胸|首|背中|肩|骨)`;

// Twenty-seventh round (red team 24 read): a crisis word named as the topic of what the caller
// asks the desk for (自殺の多い橋に看板を, 自傷の癖がある利用者さんの研修, 虐待サバイバーの自助
// グループ, 虐待を受けた子どもたちの施設に寄付, オーバードーズについて…話してくれる人を探して
// います, どこからが虐待になるのか), blanked in a text that ends by asking for a service and says
// nothing of now or of help; the word alone is blanked, so the harm verbs around it are still read.
const TOPIC_CRISIS_WORD =
  "(自殺|自死|じさつ|自傷|虐待|ぎゃくたい|ネグレクト|育児放棄|強盗|監禁|誘拐|オーバードーズ)(未遂|行為)?";
const AS_TOPIC = `(?=\\s?(の\\s?(多い|おおい|癖|くせ|疑い|うたがい|記録|きろく|歴史|話|はなし|本|ほん(?!と)|資料|しりょう|統計|現状|実態|サイン|予防|防止|対策)|について|に関(して|する)|を\\s?(防ぐ|ふせぐ|なくす|減らす|へらす)|(を)?\\s?(受けた|うけた|経験した|した)\\s?(人|ひと|方|子|こ|家族|当事者)|に\\s?(入られ|はいられ)た|サバイバー|経験者|当事者|遺族|偽装|防止|予防|対策|に\\s?なる\\s?の\\s?(か|は)|(って|とは)\\s?(何|なに)|を\\s?(テーマ|題材|主題)\\s?(に|と)|(の|についての)\\s?(論文|研究|卒論|卒業論文|レポート)))`;
const ASKS_THE_DESK =
  "(ますか|ですか|でしょうか|ませんか|ください|たいです|たいんです(が|けど)?|たいのですが|ほしいです|探して(い)?ます|いいですか|か)\\s?[。?？]?\\s?$";
const NOTHING_OF_NOW =
  "(?![^]*(今(?!\\s?(年|度|回|月|週|後|日中|まで))|(?<![てでし])いま(?!す|せ|し)|さっき|たった今|ただいま|助けて|たすけて|急いで|早く来))";

// Twenty-eighth round (red team 25 read): a harm named as what a talk, a course, a film, a leaflet
// or a gift is about (子を叩くっていう題の講演の録画, 虐待が疑われるときの通告の流れを研修で, 映画
// 「ネグレクト」の上映会, 推理小説の読書会で、飛び降り自殺に見せかけた, DVシェルターへの寄付; Thirty-
// fourth round, red team 31 read: 身を投げる, 読書会の課題本が崖から身を投げる話), in a
// sentence that says nothing of now. The harm word comes first; the event is looked for in its
// sentence only, on either side.
const EVENT_HARM_WORD =
  "(自殺|自死|じさつ|飛び降り|身を\\s?投げ|身投げ|虐待|ぎゃくたい|ネグレクト|育児放棄|dv|いじめ|(子|子ども|こども|子供)を\\s?(叩|たた|殴|なぐ)く|殴る蹴る|(溺れ|おぼれ)(ている|た)\\s?(人|ひと|子))";
const HARM_EVENT =
  "(講演|講義|勉強会|研修|講座|講習|セミナー|教室|上映会|映画|ドラマ|小説|読書会|パンフレット|リーフレット|チラシ|ポスター|教材|録画|冊子|寄付|きふ)";
const NO_NOW_IN_SENTENCE =
  "(?![^。!?！？]*(今(?!\\s?(年|度|回|月|週|後|日中))|(?<![てでし])いま(?!す|せ|し)|さっき|助けて|たすけて))";
// Things that fall over, and things they fall onto (隣の物置が倒れて、うちのフェンスが壊れた).
const FALLING_THING =
  "(家|いえ|木|樹|塀|へい|壁|屋根|電柱|看板|物置|小屋|倉庫|フェンス|アンテナ|棚|本棚|タンス|カーポート)";
const STRUCK_THING =
  "(車|くるま|フェンス|塀|へい|屋根|壁|窓|家|物置|車庫|カーポート|自転車|電線|門|植木鉢|花壇)";

// Thirty-third round: animals a caller may find hurt or dead, and what would make an animal's
// harm a person's (犬が子どもに噛みついて).
const ANIMAL =
  "(猫|ねこ|ネコ|子猫|野良猫|犬|いぬ|イヌ|子犬|鳥|とり|小鳥|ヒナ|ひな|雛|タヌキ|たぬき|狸|カラス|からす|ハト|鳩|スズメ|すずめ|金魚|ハムスター|うさぎ|ウサギ|ペット|イノシシ|いのしし|鹿|シカ|猿|サル)";
const ANIMAL_ATTACK =
  "噛|咬|かみつ|かまれ|襲|おそ|人|ひと|子|こども|父|母|夫|妻|息子|娘|赤ちゃん|祖|兄|姉|弟|妹|彼|私|わたし";

const NEGATIVE_CUE_SOURCES: readonly string[] = [
  // Forty-second round (red team 39 read), first because older cues blank part of what they are
  // told with. A wish to die or "I'll die" said as someone's habit of speech, then a sign that the
  // one who says it is well (「もう死にたい」とつぶやくのが口ぐせ; もう死ぬばいて毎朝言うとるけど、
  // 畑に出よる; 死にたいわーて言うて、晩ご飯三杯); jumping in as a dare or a game (飛び込む夏の
  // 度胸試し); a hanging or a stabbing as a likeness for stiff shoulders (首をつったように肩がこる); a
  // kill threat that is a joke or hangs on a chore (怒ったら殺されるで; ころされるーっていってわらって
  // た); food that is hard to choke on (喉に詰まらせにくい); a collapse heard of and found to be a
  // fall with a bicycle and no harm (倒れたっち聞いて…倒れただけやった); an ambulance ridden in
  // last year (去年盲腸で救急車に乗った); the number of the ambulance asked (きゅうきゅうしゃ は
  // なんばん); a crisis befalling a drama's hero (意識不明の重体になる主人公のドラマ); a report of
  // abuse that proves wrong, asked about in general (虐待の通報が間違いだった場合); an animal that
  // leaves its young (猫が子猫を放ったらかしに…育児放棄); a mosquito's bite (刺された蚊の跡).
  "[「『]?\\s?(もう\\s?)?((死|し)にたい|(死|し)ぬ|(死|し)んでしまいたい)[^。「」『』]{0,6}[」』]?\\s?(と|って|て|っち|ち)\\s?[^。]{0,12}(口ぐせ|口癖|くちぐせ|(毎朝|毎日|毎晩|いつも|しょっちゅう)\\s?(言|い)(う|っと|うと|いよ|よ)|(言|い)(うて|って))(?=[^。]{0,40}(元気|げんき|畑に|はたけに|食べ|たべ|心配(いらん|ない|なか)|笑い話|わらいばなし|笑って|わらって))",
  "(飛び込|とびこ)(む|み)\\s?([^。、]{0,4}の\\s?)?(度胸試し|どきょうだめし|肝試し|きもだめし|遊び|あそび)",
  "(首を\\s?(つ|吊)った|首つり|首吊り|刺された)\\s?(よう|みたい)(に|な)\\s?[^。]{0,6}(肩|かた|首|くび|腰|こし|背中|せなか)(が|の)\\s?(こる|凝|張|は(っ|り|る)|痛|いた)",
  "(怒ったら|おこったら|怒らせたら|おこらせたら|忘れたら|わすれたら|遅れたら|おくれたら|遅くなったら|おそくなったら)\\s?(殺|ころ)される",
  "[^。、]{0,20}(殺|ころ)され(る|ちゃう)[ー〜～っ]*\\s?(って|と)\\s?(言|い)(って|いながら)\\s?(笑|わら)[^。、]{0,6}",
  "(喉|のど)?に?\\s?(詰まらせ|つまらせ|詰まり|つまり)(にく|づら)(い|く)",
  "[^。]{0,20}(倒れ|たおれ)た\\s?(っち|って|と|ち)\\s?(聞|き)い(て|た)[^。]{0,20}(ばってん|けど|が|けんど)[、,]?\\s?[^。]{0,20}(倒れ|たおれ|転ん|ころん|こけ)(た|だ)\\s?だけ",
  "(去年|昨年|先月|先週|前に|以前|昔)[^。]{0,16}(救急車|きゅうきゅうしゃ)\\s?(に|で)\\s?(乗った|のった|乗せられ|のせられ|運ばれ|はこばれ)",
  "(救急車|きゅうきゅうしゃ)\\s?(は|の|を\\s?(呼ぶ|よぶ)\\s?(の|とき)\\s?は)\\s?(何番|なんばん|番号|ばんごう)",
  "[^。、]{0,20}(主人公|しゅじんこう|ヒロイン|登場人物)(の|が[^。、]{0,12})\\s?(ドラマ|映画|小説|漫画|マンガ|アニメ)",
  "(虐待|ぎゃくたい)の\\s?(通報|つうほう|通告|つうこく)が\\s?(間違い|まちがい|誤り|あやまり|勘違い|かんちがい)",
  `${ANIMAL}(が|は)\\s?(子猫|こねこ|子犬|こいぬ|ヒナ|ひな|雛|赤ちゃん|子ども|こども)(を|の)\\s?[^。]{0,16}[^]{0,30}(育児放棄|ネグレクト)`,
  "(刺され|さされ)た\\s?(蚊|か|ダニ|ぶよ|ブヨ|ブユ|虫|むし)の\\s?(跡|あと)|(蚊|ダニ|ブヨ|ブユ)に\\s?(刺され|さされ)",
  // Forty-second round (red team 39 read), other languages: a wish to jump said as a joke about a
  // form (English jokes that … makes her want to jump off a roof); killing oneself with study or
  // work (Portuguese vai se matar de estudar, Spanish matarse a estudiar); a threat to kill said as
  // a joke (Portuguese é brincadeira, mas … vai me matar) or of too much kindness (Spanish me va a
  // matar con tanta comida); a drama about a jump (Chinese 关于跳楼的电视剧); glad or tired to death
  // (Vietnamese vui muốn chết, Thai อยากตายเพราะเบื่อรอคิว); a hotline campaign volunteered for
  // (English); a parrot repeating a line from television (English); a water gun (English); a fire
  // drill (Portuguese treinamento de incêndio, Indonesian latihan pemadam kebakaran).
  "jok(es|ed|ing) (that|about)[^.?!]{0,60}(want(s)? to (jump|die)|kill (myself|herself|himself|themselves))",
  "(vai|vou|vão|va|voy|van) (se |me )?(matar|matarse|matarme)( de| a) (estudar|trabalhar|estudiar|trabajar|rir|reír)|(se |me )?mat(ar|ando|arse|ándose)( de| a) (estudar|trabalhar|estudiar|trabajar)",
  "(é brincadeira|brincadeira|es broma|bromeando|brincando)[^.?!]{0,40}(vai me matar|me va a matar)|(vai me matar|me va a matar|me mata) (com|con) (tanta|tanto|tantas|tantos)",
  "(关于|有关)[^，。]{0,6}(跳楼|自杀|跳河)的(电视剧|电影|小说|书|节目|新闻|动画)",
  "(vui|mừng|sướng|cười|đói|mệt|nóng|lạnh) muốn chết|อยากตายเพราะ(เบื่อรอ|รอคิว|ร้อน|หิว)",
  "volunteer[^.?!]{0,30}(abuse|suicide|violence)[^.?!]{0,20}(hotline|helpline|campaign|event|walk)",
  "(parrot|budgie|mynah|bird)[^.?!]{0,20}(shouting|saying|says|repeat(s|ing)?|yelling|screaming) '[^']{0,30}'",
  "(toy|plastic|broken toy) water (gun|pistol)s?|water (gun|pistol)s?",
  "(treinamento|simulado|exerc(í|i)cio|simulacro|treino) de (inc(ê|e)ndio|evacua(ç|c)(ã|a)o)|(latihan|simulasi) (pemadam )?kebakaran",
  // Forty-first round (red team 38 read), first because later cues blank the joke, the estate or
  // the illness they are told with: a threat to kill said to be a joke (殺すぞと言われましたが、ゲーム
  // で負けたときの冗談です); going to the other world named as the time to settle a grave or an
  // estate (あの世に行く前に墓じまい); an ambulance called last year (去年ぎっくり腰で救急車呼んで
  // しもうた).
  "(殺す|ころす|殺したる|ころしたる|ぶっ殺す|ぶっころす)(ぞ|で)?\\s?(と|って)\\s?(言われ|いわれ)(?=[^。]{0,40}(冗談|じょうだん|ふざけ))",
  "(あの世|あのよ)に\\s?(行|い)く\\s?(前|まえ)に(?=[^。]{0,12}(墓|はか|終活|しゅうかつ|相続|そうぞく))",
  "(去年|昨年|先月|先週|前に|以前|昔)[^。]{0,16}(救急車|きゅうきゅうしゃ)\\s?(を)?\\s?(呼んで|よんで)\\s?(しもうた|しまった|しもた|しまいました)",
  // Fortieth round (red team 37 read), first because older cues blank the game or the play they
  // name (ゲームで, 戦いごっこ): dying in a game and coming back to life (ゲームでしんだーって…また
  // いきかえった); a sword swung in play and said to be made of paper (ごっこで刀振り回して遊んどる、
  // 新聞紙で作ったやつ).
  "[^。]{0,20}(ゲーム|げーむ)(の\\s?(中|なか))?で\\s?[^。]{0,4}(死ん|しん|死ね|しね|やられ)[^。]{0,20}(。[^。]{0,20}(生き返|いきかえ)[^。]{0,10})?",
  "[^。、]{0,8}ごっこ\\s?(で|して|しながら)\\s?[^。、]{0,6}(振り回|ふりまわ)(し|す)[^。、]{0,10}(?=[、,]\\s?[^。]{0,6}(新聞紙|しんぶんし|段ボール|だんぼーる|おもちゃ|プラスチック|ビニール|紙|かみ)(で|の))|(新聞紙|しんぶんし|段ボール|だんぼーる|おもちゃ|プラスチック|ビニール)(で\\s?(作った|つくった)|の)\\s?(刀|かたな|剣|けん|ナイフ)[^。、]{0,6}(振り回|ふりまわ)(し|す)",
  // Thirty-ninth round (red team 36 read): the proverb of fires and quarrels (火事と喧嘩は江戸の
  // 華), first because later cues blank part of it.
  "(火事|かじ)と\\s?(喧嘩|けんか|ケンカ)は\\s?江戸の\\s?(華|花|はな)",
  // Thirty-seventh round (red team 34 read), first because a later cue blanks the 遺言 it is
  // compared with: a suicide note named beside a will, in a question about the words
  // (遺書と遺言書の違いもよく分からないんですが).
  "(遺書|いしょ)\\s?(と|や|って)\\s?(遺言|ゆいごん)|(遺言|ゆいごん)(書|状)?\\s?(と|や)\\s?(遺書|いしょ)",
  // Thirty-sixth round, older development sets (red team 26 read), first because later cues blank
  // the death it is told after and the attack feared: a suicide note found years after a death
  // already told (兄が亡くなって三年、兄の部屋から遺書が出てきました); bees or wasps feared, no one
  // stung yet (軒下のハチの巣から襲われそうで怖い).
  "(亡くな|なくな)(って|った)[^。]{0,24}(遺書|いしょ)(が|を)\\s?(出てき|でてき|見つか|みつか|見つけ|みつけ)",
  "(ハチ|はち|蜂|スズメバチ|すずめばち|アシナガバチ)の?\\s?(巣)?[^。]{0,10}(襲われ|おそわれ|刺され|さされ)(そう|ないか|るかも)",
  // Thirty-fifth round (red team 32 read), first because later cues blank the death it is told
  // with: a death from an illness told (夫が心筋梗塞で亡くなって三年になります).
  "(心筋梗塞|脳梗塞|脳出血|くも膜下出血|心不全|心臓発作|脳卒中|大動脈解離)(で|により)\\s?(亡くな|なくな|死去|他界|逝)",
  // Thirty-fourth round (red team 31 read), first because later cues blank the past it is told
  // with: a past escape from violence said as who the caller is (以前…DVから逃げてきた者ですが, 昔、
  // 夫の暴力から逃げてきた身ですが, …逃げてきた者ですが、もう十年前の話で).
  "(逃げてきた|にげてきた|逃げた|にげた|避難した|ひなんした)\\s?(者|もの|身)(です|で|だ)(?=[^。]{0,16}(年前|ねんまえ|昔の|むかしの|以前の|前の\\s?話|まえの\\s?はなし))|(以前|昔|むかし|前に|かつて|[^。、\\s]{1,3}\\s?年\\s?(前|まえ))[^。]{0,20}(逃げてきた|にげてきた|逃げた|にげた|避難した|ひなんした)\\s?(者|もの|身)(です|で|だ)",
  // Thirty-fourth round, older development sets (red teams 26 and 27 read), first because later
  // cues blank part of them: a blade or a gun that is a stage prop or a toy (刃物の小道具を使って
  // も, おもちゃの拳銃), a quoted line that is a game's or a puzzle's setting (「閉じ込められた子ども
  // を救え」という設定), and the one hit in a game's role (節分の豆まきで鬼役をやって、子どもたちに
  // 叩かれまくりました).
  "(刃物|はもの|包丁|ほうちょう|ナイフ|刀|かたな|拳銃|けんじゅう|銃|じゅう|ピストル)\\s?の\\s?(小道具|こどうぐ|おもちゃ|模型|もけい|レプリカ|模造品)|(小道具|こどうぐ|おもちゃ|模造|もぞう)の\\s?(刃物|包丁|ナイフ|刀|拳銃|銃|ピストル)",
  "[「『][^」』]{0,20}[」』]\\s?(という|っていう|との)\\s?(設定|せってい|シナリオ|テーマ|題名|タイトル|お題|ルール)",
  "(鬼役|おにやく|鬼の役|おにの役|的の役|敵役)[^。]{0,24}((叩|たた)かれ|(蹴|け)られ|(殴|なぐ)られ|ぶつけられ)",
  // Thirtieth round (red team 27 read), first because a later cue blanks its もう治りました: a
  // harm since healed (なぐられた けど もう なおりました).
  "[^。、]{0,12}((殴|なぐ)られ|(叩|たた)かれ|(蹴|け)られ)た\\s?(けど|けれど|が)[、,]?\\s?(もう)?\\s?(治り|なおり|治っ|なおっ)",
  // Thirty-second round (red team 29 read): the same told politely, with the hurt named (殴られ
  // ましたが、けがは治って).
  "[^。、]{0,12}((殴|なぐ)られ|(叩|たた)かれ|(蹴|け)られ)(ました|た)\\s?(けど|けれど|が)[、,]?\\s?(もう)?\\s?((けが|怪我|ケガ|傷|きず|あざ|痣)(は|も)\\s?)(もう|すっかり)?\\s?(治り|なおり|治っ|なおっ)",
  // Twenty-ninth round (red team 26 read), first because later cues blank its 亡くなった: a place
  // where someone died by suicide (友人が飛び降りて亡くなったマンション, 兄が自ら命を絶った家).
  "((首つり|首吊り|くびつり|飛び降り|とびおり)\\s?)?(飛び降り|とびおり|自殺|じさつ|自死|命を\\s?絶)[^。、]{0,6}(っ|し|亡くなっ|なくなっ)た\\s?(家|部屋|へや|マンション|アパート|物件|建物|場所|現場)",
  // Twenty-eighth round (red team 25, crisis training set 6 and blind-27 read), first because
  // later cues blank part of them. A harm as the topic of an event, a material or a gift (above);
  // a question quoted from a questionnaire (「家で叩かれていませんか」というアンケート); a leaflet on
  // preventing suicide in Thai; a thing fallen onto a thing (隣の物置が倒れて、うちのフェンスが
  // 壊れた), or feared to fall (裏の家が…台風が来たらこっちに倒れてくるんじゃないか).
  `${EVENT_HARM_WORD}(?<=${HARM_EVENT}[^。!?！？]{0,40})${NO_NOW_IN_SENTENCE}`,
  `${EVENT_HARM_WORD}(?=[^。!?！？]{0,30}${HARM_EVENT})${NO_NOW_IN_SENTENCE}`,
  "[「『][^」』]{0,30}(か|ますか|ませんか)[」』]\\s?(という|っていう|との|って)\\s?[^。]{0,6}(アンケート|質問|問診|項目|調査|チェック)",
  "(การ)?ป้องกัน(การ)?ฆ่าตัวตาย",
  `${FALLING_THING}(が|も)\\s?(倒れ|たおれ)て[、,]?\\s?[^。、]{0,10}${STRUCK_THING}(が|に|を)\\s?[^。、]{0,4}(壊れ|こわれ|壊し|こわし|当た|あた|へこ|潰れ|つぶれ|傷)`,
  `${FALLING_THING}(が|も)\\s?[^。]{0,30}(倒れ|たおれ|崩れ|くずれ)(て)?\\s?(くる|る)\\s?(ん|の|っ)?\\s?(じゃ|ぢゃ|ちゃ|や)\\s?(ない|なか|ねえ)`,
  // Twenty-seventh round (red team 24 read), first because later cues blank part of them. The topic
  // of a request (above); an event that took place (隣の地区で強盗があったので, 監禁事件があったアパート); a jump from a low
  // place that twisted an ankle, and the past in Chinese and Indonesian (上个月被救护车, bulan lalu …
  // pingsan); a figure of speech (殴られたような衝撃, 首をくくる思いで…払いました, 花粉症で息が苦しいくらい); a rule (たたいては いけない);
  // words quoted about a game, laughed at, or spread around (「ボコボコにされた」ってサッカーの試合のこと, 「…虐待だ」って言われて笑っ
  // ちゃいました, 「娘にいじめられてる」と近所に言って回って); a neighbourhood's crime news as a service (不審者の情報メール); a dead
  // person's will; a house where someone died by suicide; an ambulance copied for a film, called
  // again and again by a parent with dementia, or asked about in kana (きゅうきゅうしゃは おかねが); prevention
  // in Vietnamese; and speech recognition's crisis homophones in ordinary compounds (監禁 for 換金 of
  // points, 脅迫性 for 強迫性障害, 火事 for 家事 help, 自死通信 for 時事通信). In older cues below: neglect feared to
  // be called so (ネグレクトと言われないか), a DV consultation asked for with 乗って, a poster against a harm (じさつ
  // を ふせぐ ポスター). The past told as a fact in general comes last (see the end of the list).
  // The word comes first: the whole-text conditions behind it are read only where it stands (read
  // before it, at every position of a long text, they made a 1 KB text take seconds).
  `${TOPIC_CRISIS_WORD}(?<=^${NOTHING_OF_NOW}(?=[^]*${ASKS_THE_DESK})[^]*)${AS_TOPIC}`,
  "((?!今|いま|さっき)[^。、]){0,24}(が|の)\\s?(あった|ありました|起きた|起こった)\\s?(ので|から|ため|そう|らしい|という|って|と\\s?聞|(アパート|マンション|家|建物|施設|地区|場所|現場|部屋|学校|店|公園))",
  "(バス|ステップ|階段|かいだん|段差|塀|へい|台|椅子|いす|自転車|遊具|車)から\\s?(飛び降り|とびおり)(て|た)\\s?[^。]{0,6}(足|あし|膝|ひざ|足首|あしくび|腰|こし)(を)?\\s?(ひねっ|捻っ|くじい|挫い|痛め|いため|打っ)",
  "(上个月|上個月|去年|前年|上周|上星期|几年前|幾年前|\\d+年前)[^。，,？?]{0,12}(被救护车|坐救护车|叫(了)?救护车|晕倒|昏倒)|(bulan lalu|minggu lalu|tahun lalu)((?!sekarang|saat ini)[^.;?!]){0,60}",
  "(殴|なぐ|叩|たた|刺|さ|撃|切|き)(ら|か|さ|た)れた\\s?(ような|みたいな|かのような)\\s?(衝撃|しょうげき|ショック|気分|気持ち|思い|感じ)",
  "(首を\\s?(くく|括)る|首(を)?\\s?(吊|つ)る)\\s?(ような|くらいの|ほどの)?\\s?(思い|おもい|気持ち|きもち)で(?=[^。]{0,30}(払い|払っ|はらい|はらっ|納め|おさめ|返し|かえし|返済し|頼み|たのみ|お願いし|謝り|あやまり|頭を下げ)(ました|た))",
  "(花粉症|かふんしょう|鼻炎|びえん|鼻づまり|はなづまり|マスク)で\\s?(息|いき)が\\s?(苦し|くるし)い?\\s?(くらい|ほど|ぐらい)",
  "(殴|なぐ|叩|たた|蹴|け|怒鳴|どな)(っ|い)て\\s?(は|も)\\s?(いけない|いけません|だめ|ダメ|駄目)|(殴|なぐ|叩|たた|蹴|け|怒鳴|どな)(っ|い)ちゃ\\s?(いけない|いけません|だめ|ダメ|駄目)",
  "[「『][^」』]{0,24}[」』]\\s?(って|と)\\s?[^。]{0,6}(試合|しあい|ゲーム|練習|れんしゅう|部活|大会|テスト|将棋|囲碁)の\\s?(こと|話)",
  "[「『][^」』]{0,24}[」』]\\s?(って|と)\\s?(言われて|いわれて|言って|いって)\\s?(笑|わら)",
  "[「『][^」』]{0,24}[」』]\\s?(と|って)\\s?[^。、]{0,8}(言って回|いってまわ|言い回|言いふら|いいふら)",
  "[^。、]{0,24}(不審者|事件|犯罪|防犯)(の)?\\s?(情報|メール|お知らせ|速報|配信|マップ)",
  "(亡くなった|なくなった|亡き|故人の|生前の)\\s?[^。、]{0,6}の\\s?遺\\s?書",
  "(首つり|首吊り|飛び降り)?\\s?(自殺|自死)(した|があった)\\s?(家|部屋|物件|空き家|アパート|マンション|土地|場所)",
  "(救急車|パトカー|消防車)(に|を)?\\s?(似せ|にせ|模し|まね|真似)",
  "(救急車|きゅうきゅうしゃ|119|警察|110)(番)?(を|に)\\s?(何度も|なんども|毎晩|まいばん|しょっちゅう|たびたび|何回も|なんかいも)\\s?(呼んで|よんで|電話して|かけて)\\s?(しま|困|こま)",
  "(救急車|きゅうきゅうしゃ|きゅうきゅう)(は|って|の)\\s?[^。]{0,4}(お金|おかね|費用|ひよう|料金|りょうきん)",
  "(phòng chống|phòng ngừa|ngăn chặn) (bạo hành|bạo lực|ngược đãi|tự tử)",
  "(ポイント|ぽいんと|商品券|金券|チケット|外貨)[^。]{0,10}(監禁|かんきん)|(監禁|かんきん)\\s?(できる|できます|したい|率|レート)(?=[^。]{0,20}(ポイント|ぽいんと|現金|お金|券))",
  "(脅迫|きょうはく)\\s?(せい|性)\\s?(しょうがい|障害|障がい)",
  "(火事|かじ)\\s?(の)?\\s?(てつだい|手伝い|ヘルパー|へるぱー|代行|だいこう|援助|えんじょ|支援|しえん|サービス|負担|ふたん|分担|ぶんたん|育児|いくじ)",
  "(自死|じし)\\s?(つうしん|通信)",
  // Twenty-seventh round (false emergencies in training question set 24): a complaint about the
  // desk's own place, in a sentence with no danger word: details read out or overheard at the
  // counter (窓口で大きな声で生年月日を読み上げられて、…全部聞こえていました), and everyone waiting in the heat worn out (ロビーが蒸し暑く
  // て、待っている年寄りがみんなぐったりしていましたよ), unless someone fell, lost consciousness or is not breathing.
  // Thirty-ninth round (speed): the first place word is found in a lookahead, which is not
  // re-entered, so a long sentence that repeats 窓口 and never says 読み上げ is read once, not once
  // per 窓口 (the same matches as [^。]*(窓口…)[^。]*(読み上げ…)[^。]*).
  `${QUIET_SENTENCE}(?=(?<place>[^。]*?(窓口|受付|ロビー|待合|まちあい|カウンター)))\\k<place>[^。]*(読み上げ|よみあげ|聞こえ|きこえ|聞かれ|きかれ|呼ばれ|よばれ)[^。]*`,
  "(?<=^|[。!?！？]\\s?)(?![^。]*(倒れ|たおれ|意識|息|いき|呼吸|救急|119|動かな|うごかな|返事|反応|吐|けいれん|痙攣|血))(?=[^。]*(ロビー|待合|まちあい|窓口|庁舎|会場|行列))[^。]*(みんな|皆|みな|全員|みなさん)\\s?(が)?\\s?ぐったり[^。]*",
  // Twenty-sixth round (red team 23 read), first because later cues blank part of them. A crisis
  // of the past named by its time, with what is asked about it now: its bill, its record, its
  // paperwork or a thank-you (オーバードーズで搬送されたときの医療費, 虐待で施設にいた時期の記録,
  // 救急車で運ばれた日に…丁寧にしてもらって, つらかった時期に助けてもらった); an attempt or a death
  // dated years back (十年前に自殺していて, 自殺未遂から一年たって, 작년에 자살 시도를 했던); a harm
  // once taken to the police or a desk (警察に相談した記録, ぼうりょくの そうだんを したことが あります);
  // a death in a fire or an accident (火事で亡くなった大叔母); a collapse told as over in dialect
  // (倒れたばってん、もうよかよ); a scene of a drama or a play (ドラマで主人公が…飛び降りて, 首つりの
  // 場面がある歌舞伎); a wish as the measure of a feeling (飛び降りたいくらい恥ずかしかった); abuse
  // denied or suspected as a joke (虐待じゃねえ, 虐待かと疑われて), or of animals (猫の多頭飼いで
  // ネグレクト状態); a harm at school that a child told of and that is settled; things that only
  // look like a crisis (火事みたいな煙, 首つりでもできそうなロープ, 溺れた金魚); a day, a visit or a
  // medicine named by an emergency (救急の日, 救急車見学, けいれん止めの座薬); a hand or fingers
  // that do not move well told as a lasting difficulty; and a hotline asked for a poster.
  "[^。、]{0,30}(た|だ)\\s?(とき|時|際|日|頃|ころ|時期)(の|に|は)(?=[^。]{0,40}(医療費|入院費|治療費|手術代|費用|記録|きろく|書類|領収書|診断書|証明書|保険|手続|申請|請求|お礼|おれい|感謝|助けて(もら|いただ|くれ)|お世話に|丁寧に|親切に))",
  "(\\d+|[一二三四五六七八九十百数何]+)\\s?(年|か月|ヶ月|カ月)\\s?(前|まえ)に\\s?[^。、]{0,12}(自殺|自死|じさつ)(して|した|し)|(自殺|自死)(未遂)?\\s?(から|して(から)?)\\s?(\\d+|[一二三四五六七八九十数何]+)\\s?(年|か月|ヶ月|カ月)\\s?(たって|経って|が経ち|がたち|になり|になる)|(작년|예전|옛날|몇 ?년 ?전|[0-9]+ ?년 ?전)에? ?자살 ?시도를 ?(했던|한 ?적)",
  "[^。、]{0,24}(被害|ひがい|暴力|ぼうりょく|dv|虐待|ぎゃくたい|ストーカー)[^。]{0,12}(相談|そうだん)(を)?\\s?(した|しました)\\s?(記録|きろく|こと\\s?(が|は)\\s?(あり|ある))",
  "(火事|かじ|火災|事故|水害|津波|地震)で\\s?(亡くな|なくな)(った|りました)",
  "[^。]{0,30}(倒れ|たおれ)た\\s?(ばってん|ばってが|けど|けれど|が|ども|けんど)[、,]?\\s?(もう|今は|いまは)\\s?(よか|大丈夫|だいじょうぶ|元気|げんき|平気|治っ|なおっ)",
  "(ドラマ|映画|アニメ|漫画|マンガ|小説|芝居|舞台|番組)(で|の中で|では)\\s?[^。、]{0,8}(主人公|登場人物|犯人|継母|継父|ヒロイン|女優|俳優|役の人|キャラ)(が|は)[^。、]{0,24}",
  "[^。、]{0,12}(場面|シーン)(が|の)\\s?(ある|出てくる|でてくる|含まれる)",
  "(飛び降り|とびおり|消え|きえ|死に|しに|穴に入り)たい\\s?(くらい|ぐらい|ほど)\\s?[^。、]{0,4}(恥ずかし|はずかし|情けな|なさけな|悔し|くやし|忙し|いそがし|眠|ねむ|暑|寒|疲れ|つかれ|気まず)",
  "(虐待|ぎゃくたい|暴力|dv)\\s?(じゃ|では|でわ)\\s?(ない|ねえ|ねぇ|なか|ありません|ないよ)",
  "(虐待|ぎゃくたい|dv)\\s?(か|かと|と)\\s?(疑われ|うたがわれ)(た|て)",
  "(猫|ねこ|犬|いぬ|ペット|動物|多頭飼い)[^。、]{0,8}(で|の)\\s?(ネグレクト|虐待|放置)(状態)?",
  "[^。]{0,40}(れ|た)\\s?(と|って)\\s?(言|い)って\\s?(帰って|かえって)(き|来)(ました|た)(が|けど)(?=[、,]?\\s?[^。]{0,20}(話し合い|はなしあい)(は|も)?\\s?(済み|すみ|済ん|すん|終わ|おわ))",
  "(火事|かじ)\\s?(みたいな|のような|かと思う(くらい|ほど)?の?)\\s?(煙|けむり|におい|匂い|臭い)",
  "(首つり|首吊り|くびつり)(でも|が)\\s?(でき|出来)そうな",
  "(金魚|魚|さかな|メダカ|めだか|熱帯魚|ザリガニ|カメ|亀|虫)(が|は)[^。、]{0,8}(溺れ|おぼれ)",
  "救急の日|(救急車|消防車|パトカー)(の)?\\s?(見学|展示|試乗|乗車体験)|(けいれん|痙攣|ひきつけ)\\s?(止め|どめ)",
  "(?<!(急に|突然|きゅうに|とつぜん|今|いま|さっき)[^。]{0,6})(指先|指|手先|手|手足)(が)?\\s?(うまく|上手く|思うように|自由に)\\s?(動かな|うごかな|動かせな)(い|くて)(?=[^。]{0,30}(苦手|にがて|難し|むずかし|不便|時間がかか))",
  "suicide[- ]prevention (hotline|helpline|line|number)",
  // Twenty-fifth round (red team 22 read), first because later cues blank part of them. A crisis
  // word inside a work, its episode or a role (虐待を受けた子どもを描いた小説, 子どもを閉じ込める
  // 昔話, 介護虐待のドキュメンタリー, 「自殺に見せかけた密室」の回, 強盗の役をもらいました);
  // prevention said in Korean or English (자살 예방 캠페인, a speaker on preventing elder abuse) or
  // as a device (置き去り防止ブザー); a simile said in the past (首をくくる思いで借金を整理しました
  // が); how to respond to a harm as the subject of training (自傷行為をしている生徒への対応につい
  // て…研修); hyperbole quoted and said laughing (「…死んだ方がまし」と笑って言っていましたが); a
  // word taken back after a comma, spaced by speech recognition (し に たい 、 じゃ なくて 、); an
  // animal neglected before it was taken in (ネグレクトされていた保護犬); a bruise explained by a
  // doctor (あざは、転んでできたものだと小児科で確認済み); a harm denied (誰も叩いていない); an
  // event still going on in the news (逃走中というニュース); a harm given as why one left a job
  // (胸ぐらをつかまれたことがあって会社を辞めました); 暴力団 spaced by speech recognition; a harm
  // told as a matter already with the police (なぐら れた 件 は 、 もう 警察 で); someone in a
  // past emergency who is well now (救急車に乗った母は、今は元気です); a collapse as what a patient
  // recovers from (脳卒中で倒れた夫のリハビリ); a rescuer thanked (溺れかけた人を助けて消防から感
  // 謝状); a danger told with its safe ending (出血して入院していましたが、無事に生まれました); a
  // story heard of someone attacked (熊さ襲われだ人の話っこ聞いで); an alarm that went off by
  // mistake (鳴ったのは誤作動で); a question as the topic of a talk (頭を打ったら救急に行くべき
  // かというお話会); 尻に火がつく.
  "[^。、「」『』]{0,24}(を|が)\\s?(描いた|えがいた|題材に(した)?|テーマに(した)?|扱った|あつかった|モチーフに(した)?)\\s?(推理)?(小説|映画|ドラマ|ドキュメンタリー|本|絵本|漫画|マンガ|作品|舞台|演劇|劇|芝居|紙芝居|番組|ミュージカル)",
  "[^。、「」『』]{0,24}(昔話|むかしばなし|童話|民話|おとぎ話|怪談|伝説)(の|を)",
  "(虐待|ぎゃくたい|自殺|自死|殺人|誘拐|監禁|強盗|dv|暴力|いじめ|孤独死)[^。、]{0,6}の\\s?(ドキュメンタリー|映画|ドラマ|小説|番組|ルポ|ノンフィクション|漫画|マンガ)",
  "[「『][^」』]{0,24}[」』]\\s?(の|という)\\s?(回|章|巻|エピソード)(?!数|目)",
  "[^。、]{0,20}の\\s?(役|役柄|配役)\\s?(を|が)\\s?(もらい|もらえ|いただ|頂|貰)",
  "(자살|학대|폭력|가정 ?폭력) ?(예방|방지)",
  "(speaker|seminar|workshop|training|lecture|course|class|session|poster|leaflet|campaign)s? (on|about) (preventing |prevention of )?(the )?(elder(ly)? |child |domestic |senior )?(abuse|violence|neglect|suicide)|(preventing|prevention of) (elder(ly)? |child |domestic |senior )?(abuse|violence|neglect|suicide)",
  "[^。、]{0,12}(置き去り|おきざり|置き忘れ|連れ去り|つれさり|誘拐|転落|溺水|窒息|誤飲|虐待)\\s?(の)?\\s?(防止|予防|対策)\\s?(用)?(の)?\\s?(ブザー|センサー|装置|グッズ|用品|器具|アラーム|柵|ネット|機能|シート|ステッカー|アプリ)",
  "(首を\\s?(くく|括|吊|つ)る|首(を)?(吊|つ)る)\\s?(ような|くらいの|ほどの)?\\s?(思い|おもい|気持ち|きもち)で[^。]{0,30}(ました|た)(が|けど|けれど)",
  "[^。、]{0,20}(自傷|自殺|虐待|ぎゃくたい|dv|暴力|ネグレクト|リストカット|リスカ|オーバードーズ|いじめ)[^。、]{0,20}(への|に対する)\\s?(対応|支援|接し方|関わり方|かかわり方)(について|に関する|の)?[、,]?\\s?[^。]{0,16}(研修|講座|講習|勉強会|マニュアル|セミナー|講演|手引き)",
  "[「『][^」』]{0,24}[」』]\\s?(と|って)\\s?(笑って|わらって|笑いながら|わらいながら|冗談(で|めかして|まじりに)|ふざけて)\\s?(言|い)(って|い)(い)?(ました|た|てた)(が|けど|けれど)",
  "[^。、.]{1,16}(\\.{2,}|[、,])\\s?(じゃ|では)\\s?(なくて|なく)(?=\\s?[、,])",
  "(虐待|ぎゃくたい|ネグレクト|育児放棄|放置)(を)?\\s?(受けていた|されていた|された|されてた|から保護された)\\s?(保護犬|保護猫|元野良|犬|猫|子犬|子猫|ペット|動物|いぬ|ねこ)",
  "[^。]{0,30}(あざ|痣|傷|けが|怪我|やけど|火傷|たんこぶ)(は|も)[、,]?\\s?[^。]{0,16}(転んで|ころんで|ぶつけて|落ちて|遊んで|スポーツで|部活で|自転車で)[^。]{0,4}(でき|つい|作っ)た\\s?(もの|の|あざ|傷)(?=[^。]{0,20}(小児科|病院|医者|医師|先生|園|保育園|学校)(で|に|から|も)[^。]{0,8}(確認|かくにん|診て|みて|言われ|診断))",
  "(誰も|だれも|誰ひとり|誰一人)\\s?[^。、]{0,6}(叩|たた|殴|なぐ|蹴|け|怒鳴|どな|つね|縛|しば)(い|っ)て\\s?(い)?(ない|ません|へん|ねえ)",
  "[^。、「」『』]{0,30}(中|いる|てる)\\s?(という|との|っていう)\\s?(噂|うわさ|ニュース|報道|記事|速報|情報)(は|を|が|で|も|に)",
  "[^。、]{0,24}(つかま|掴ま|殴ら|なぐら|叩か|たたか|蹴ら|けら|怒鳴ら|どなら|脅さ|おどさ|突き飛ばさ)れた\\s?(こと|事)\\s?(が|も)\\s?(あって|あり|あった(ので|から|ため))[、,]?\\s?[^。]{0,12}(会社|仕事|職場|バイト|パート|学校|部活)を\\s?(辞め|やめ|退職し|休職し|休ん|変え)",
  "暴力\\s?団|ぼうりょく\\s?だん(?!な)",
  "[^。、]{0,16}(殴|なぐ|蹴|叩|たた|刺|さ|襲|おそ|脅|おど)(ら|か|さ|わ)\\s?れた\\s?(件|こと)\\s?(は|で|について)[、,]?\\s?[^。]{0,6}(もう|すでに)\\s?(警察|交番|弁護士)",
  "[^。]{0,40}(た|だ)\\s?(母|父|夫|妻|子|子ども|娘|息子|祖母|祖父|家族|本人|主人|人)(は|も)[、,]?\\s?(今|いま|もう)は?\\s?(すっかり)?\\s?(元気|げんき|回復し|大丈夫)",
  "[^。、]{0,12}(で|に)\\s?(倒れ|たおれ)た\\s?(夫|妻|母|父|祖母|祖父|家族|主人|息子|娘|人|方)の\\s?(リハビリ|介護|入院|退院|後遺症|手続|手帳|申請|看病|医療費|保険)",
  "[^。、]{0,20}(倒れ|たおれ|溺れ|おぼれ|詰まらせ|つまらせ)(かけ)?た\\s?[^。、]{0,6}を\\s?(助け|たすけ|救|すく|救助し)(て|た)\\s?[^。、]{0,10}(から|に|へ)?\\s?[^。]{0,10}(感謝状|表彰|お礼)",
  "[^。]{0,60}(ました|た)(が|けど|けれど)[、,]?\\s?(無事|ぶじ)(に)?\\s?(生まれ|うまれ|産まれ|出産し|退院し|回復し|助かり|見つかり|みつかり)(ました|た)",
  "[^。、]{0,20}(襲われ|おそわれ|刺され|さされ|殴られ|なぐられ|倒れ|たおれ|溺れ|おぼれ)(た|だ)\\s?(人|ひと|子)の\\s?(話|はなし)(っこ)?(を|が|ば)?\\s?(聞|き)",
  "[^。]{0,30}(警報器|警報機|報知器|報知機|アラーム|ブザー|センサー)[^。]{0,6}(鳴った|なった|作動した)\\s?(の|こと)?(は|も)[、,]?\\s?[^。]{0,6}(誤作動|誤報|故障|電池切れ|間違い)",
  "[^。、「」]{0,30}(か|かどうか)\\s?(という|っていう|についての)\\s?[^。、]{0,12}(お話会|講座|講演|講習|勉強会|教室|セミナー|研修)",
  "(?<!の\\s?)(尻|しり|お尻|おしり|けつ|ケツ)に\\s?火が\\s?(つ|付|着)(い|く|き)(?![^。]{0,12}(消|け(し|せ)|熱|あつ|燃え|もえ|やけど|火傷|服|ふく))",
  // Twenty-sixth round (false emergencies in training question set 23), most blanking an ordinary
  // sentence whole, and none when it names a danger: money lacking to rent the next room (次の部屋
  // を借りるお金も手元にありません); an engine's noise (トラックが空ぶかしをして); a dead
  // animal washed up or left lying (海鳥の死骸が打ち上げられて); a house one does not mean to live in
  // (住むつもりはありません); a fall or a break dated by its storm and named with its bill (台風のとき
  // に屋根から落ちて骨を折り、入院費の請求が).
  `${QUIET_SENTENCE}[^。]{0,20}(部屋|へや|家|いえ|アパート|住まい|すまい)を\\s?(借りる|かりる)\\s?(お金|おかね|金|費用|余裕)(が|も)\\s?(手元に|てもとに)?\\s?(なく|ない|ありません|足りな|たりな)[^。]*`,
  `${QUIET_SENTENCE}[^。]*(空ぶかし|からぶかし|空吹かし|エンジン音|アイドリング)[^。]*`,
  "[^。]{0,20}(鳥|とり|海鳥|カラス|からす|ハト|鳩|猫|ねこ|犬|いぬ|たぬき|タヌキ|狸|動物|魚|さかな|イノシシ|鹿|ネズミ|ねずみ|イルカ|クジラ)の\\s?(死骸|死がい|しがい|死体|遺骸)(?![^。]*(人|子|血|火|煙|倒れ|息|叫|助け|殴|刺|首|薬))[^。]*",
  `${QUIET_SENTENCE}[^。]{0,40}(住む|すむ|住み続ける|住まう|移り住む|引っ越す|入居する)\\s?(つもり|予定|気)(は|も)\\s?(ない|ありません|ないです|なく)[^。]*`,
  "[^。、]{0,20}の\\s?(とき|時|際)に\\s?[^。]{0,20}(て|り)[、,]?\\s?(?=[^。]{0,10}(入院費|医療費|治療費|手術代|入院代)の\\s?(請求|支払|負担|申請))",
  // Twenty-fifth round (false emergencies in training question set 22 and blind-24), each blanking
  // an ordinary sentence whole, and none when it names a danger: a notice that came and worries the
  // caller (「督促」と書かれたはがきが来て、慌てています); a theft done, with the lock broken (鍵を
  // 壊されて、財布ごとカードを盗まれました); things dumped (山道の脇にタイヤが何本も捨てられています).
  `${QUIET_SENTENCE}[^。]{0,24}(督促|請求|催告|差し押さえ|差押|滞納|未納|納付|通知|はがき|ハガキ|封筒|封書|書類|手紙)[^。]{0,16}(が|も)\\s?(来|き|届)(て|いて|きて|いた|た|ました)[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,30}(壊され|こわされ|割られ|わられ|こじ開けられ|こじあけられ)(て)?[、,]?\\s?[^。]{0,24}(盗まれ|ぬすまれ|取られ|とられ)(ました|た|てい(ました|た))[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,30}(タイヤ|ごみ|ゴミ|家電|冷蔵庫|テレビ|自転車|粗大ごみ|空き缶|布団|廃材|車|バイク|家具|残土)[^。]{0,8}(が|を)\\s?[^。]{0,8}(捨てられ|すてられ|不法投棄|放置され)[^。]*`,
  // Twenty-fourth round (red team 21 read), first because later cues blank part of them. A past
  // self-harm as a scar or as over (リストカットしていた跡, もう自傷もなくなって); a death by
  // suicide told with が (亡くなった夫は自殺でしたが); an event heard of or in the news (生徒が自殺
  // したという噂, 虐待があったというニュース, 殴られる事件があったそうですが, 不審者に声をかけられた
  // という話が学校から); a dead relative's letter behind an inheritance (祖母の遺書…相続); a
  // fright that turned out to be nothing (…驚きましたが、よく読んだら…話でした; 脅迫状みたいな封筒
  // …ただの督促でした); hyperbole about a named ache (死んだほうがましだと思うくらい歯が痛い);
  // suicide or abuse as a subject of a class, a talk, a report or a rate (自殺についての話を聞いて
  // きた, 虐待について発表, 虐待のサインの見分け方, suicide-prevention classes, 自杀率的报告); foster
  // care for abused children; abuse long ago told as a memoir, and neglect in the past with the
  // child now living with relatives; abuse suspected once (虐待を疑われたことが); a toddler's
  // tantrum quoting abuse (食べさせたら「ぎゃくたいや!」); a word recalled (放置子という言葉); a
  // neglected house; a campaign against leaving a child in a car; a parent who asks for help with
  // their own shouting; a hit taken in a boxing gym; a quote as hyperbole (「殺す気か」と言いたくなる
  // ほど辛い); a buzzer for when one is attacked; violence that is over (暴力はもうありません); a
  // relative who served a sentence; an old stab wound; a gas smell denied; a child who nearly
  // drowned and was saved, and the rescuer thanked; a strained back; a homophone corrected (火事
  // じゃなくて家事); 血を吐くような思い; a collapse once seen; a fall last year that has healed;
  // chimney smoke from a stove; charcoal ash put out as rubbish; going to the office now; on leave
  // and staying with one's parents now. A quote said on a stream (the cue for games and streams
  // below) no longer blanks a jump announced from a roof or a bridge (配信で「これから飛ぶ」と言っ
  // て、屋上から中継).
  "(リストカット|リスカ|自傷|自傷行為|根性焼き)(を)?\\s?(して(い)?た|した|の)\\s?(跡|あと|傷跡|傷あと|きずあと|傷痕)(?![^。]{0,10}(血|ち)\\s?(が|を))",
  "(もう)?\\s?(自傷|リストカット|リスカ|オーバードーズ|自殺未遂)(も|は)\\s?(もう)?\\s?(なくなっ|無くなっ|おさまっ|治まっ|しなくなっ)(?![^。]*(薬|くすり|飲ん|のん|切っ|きっ|死|しに|飛び|とび|首|血))[^。]*",
  "(自殺|自死)(だった|でした)(が|けど|けれど)",
  "[^。、「」『』]{0,30}(た|だ)\\s?(という|との|っていう)\\s?(噂|うわさ|ニュース|報道|記事)",
  "[^。、「」『』]{0,24}(事件|事故)が\\s?(あった|起きた|おきた)\\s?(そう|らしい|という|って|と\\s?聞)",
  "[^。、「」『』]{0,30}(という|っていう|との)\\s?(話|お知らせ|連絡|手紙|プリント|メール)が\\s?(学校|園|町内会|自治会|警察|区|市|pta)から",
  "(亡くなった|なくなった|亡き|故人|祖母|祖父|父|母|仏壇)[^。]{0,16}遺\\s?書(?=[^]{0,60}(相続|遺産|検認|名義))",
  "[^。]{0,60}(驚きました|おどろきました|驚いた|おどろいた|びっくりしました|びっくりした|どきっとしました|ぎょっとしました|ひやっとしました)(が|けど|けれど)[、,]?\\s?[^。]{0,20}(よく\\s?(読|よ|見|み|聞|き)(んだら|たら)|(読|よ)んでみたら|(見|み|聞|き)いてみたら|ただの|単なる)[^。]{0,40}(でした|だった)",
  "(死んだ(ほう|方)が\\s?まし|死にたい|しにたい)(だ|な)?\\s?(と|って)?\\s?(思う|おもう)?\\s?(くらい|ほど|ぐらい)\\s?(歯|奥歯|親知らず|腰|膝|ひざ|肩|耳)が\\s?(痛|いた)",
  "(自殺|自死|虐待|ぎゃくたい|いじめ|dv|暴力|ネグレクト)(の)?\\s?(防止)?\\s?(について|に関して|に関する|についての)\\s?[^。]{0,6}(話を\\s?(聞|き)|講演|授業|発表|講義|レポート|論文|研究|調べ学習|パンフレット|資料|勉強)",
  "(虐待|ぎゃくたい|dv|自殺)の\\s?(サイン|兆候)の\\s?(見分け方|見つけ方|気づき方)",
  "suicide[- ]prevention( gatekeeper)? (class|classes|course|courses|training|workshop|workshops|seminar|talk|lecture)s?|gatekeeper (class|classes|course|training|workshop)s?",
  "(自杀|自殺)(率|人数|统计|数据)|关于[^。？?]{0,12}(自杀|家暴|虐待)[^。？?]{0,8}(报告|论文|研究|资料)",
  "(虐待|ぎゃくたい)を\\s?受けた\\s?(子|子ども|子供|こども|児童)(を|の)\\s?(預か|あずか|受け入れ|養育)|専門里親",
  "(\\d+|[一二三四五六七八九十百]+|何十|数十|数)\\s?年\\s?(前|まえ)に\\s?[^。]{0,10}(受けた|された)\\s?(虐待|暴力|dv|いじめ)",
  "(育児放棄|ネグレクト|虐待)(を)?\\s?(され|受け)(て|た)[^。]{0,8}[、,]\\s?(今|いま|現在)は\\s?[^。]{0,6}(祖父母|祖母|祖父|おじ|おば|叔母|伯母|叔父|伯父|親戚|里親|施設)",
  "[^。]{0,30}(虐待|ぎゃくたい|dv)を\\s?(疑われ|うたがわれ)(た|て)",
  "(させ(たら|ると|ようとしたら)|(叱|しか)(ったら|ると)|(怒|おこ)(ったら|ると))[^。]{0,4}[「『][^」』]{0,12}(虐待|ぎゃくたい)[^」』]{0,6}[」』][^。]{0,12}",
  "[^。、「」『』]{1,12}(という|っていう)\\s?(言葉|ことば|単語|用語)(を)?\\s?(思い出|おもいだ|知|し|聞いたこと|調べ)",
  "(ネグレクト|放置)(された|されている|されてる)\\s?(空き家|空家|家|建物|庭|畑|土地|物件)",
  "[^。、]{0,20}(し|さ)ない\\s?(よう|ように)\\s?(に)?\\s?(呼びかけ|よびかけ|注意喚起|啓発|促す|うながす)",
  "(怒鳴り(つけ)?|どなり(つけ)?|怒鳴っ|どなっ)て?\\s?しまう\\s?(自分|私|わたし)(が|に)\\s?(嫌|いや|情けな|悩|落ち込)",
  "(ボクシング|キックボクシング|柔道|空手|剣道|ラグビー|格闘技|スパーリング|レスリング|相撲)(の)?\\s?(ジム|道場|練習|稽古|試合|部|教室|クラブ)?\\s?(で|の|中に)\\s?[^。]{0,6}(殴られ|なぐられ|蹴られ|けられ|叩かれ|投げられ|打たれ)[^。、]{0,16}",
  "[「『][^」』]{0,12}[」』]\\s?(と|って)\\s?(言いたくなる|いいたくなる|叫びたくなる|さけびたくなる)\\s?(ほど|くらい|ぐらい)",
  "(襲われ|おそわれ|刺され|さされ|殴られ|なぐられ|誘拐され|連れ去られ|倒れ|たおれ|溺れ|おぼれ)(た)?\\s?(とき|時|場合)(の|に)\\s?(ため|備え|そなえ)",
  "(暴力|ぼうりょく|dv|虐待)(は|も)\\s?(もう|今は|いまは|今では|いまでは)\\s?(ありません|ないです|ない|なくなり|なくなっ|止ま|とま|やみ|やん)",
  "(人を\\s?)?(刺し|さし|殺し|殴っ|傷つけ)て\\s?(服役|ふくえき|刑務所に\\s?入って|実刑)",
  "(昔|むかし|以前|若い(頃|ころ)|(\\d+|[一二三四五六七八九十数何]+)\\s?年前)[、,]?\\s?[^。]{0,12}(刺され|さされ|殴られ|なぐられ|切られ|撃たれ)た\\s?(傷|きず|跡|あと|後遺症|古傷)",
  "(ガス|焦げ|こげ|煙|けむり)(の)?\\s?(におい|臭い|匂い)(は|も)\\s?(しません|しない|しなかった|しませんでした|ありません|ない)",
  "[^。、]{0,20}(倒れ|たおれ|溺れ|おぼれ|詰まらせ|つまらせ)(かけ)?た\\s?[^。、]{0,6}を\\s?(助け|たすけ|救|すく|救助し)た\\s?[^。、]{0,10}(に|へ)\\s?[^。]{0,10}(感謝状|表彰|お礼)",
  "(ぎっくり腰|ぎっくりごし|腰痛|筋肉痛|捻挫|ねんざ|二日酔い)で\\s?(動けな|うごけな|起き上がれな|立てな)",
  "(火事|かじ)\\s?(じゃ|では)\\s?(なくて|なく)\\s?[、,]?\\s?((あの|えっと|えー|その)\\s?ー?\\s?){0,2}(家事|かじ)",
  "(血を\\s?吐く|血反吐を\\s?吐く|血の\\s?(にじむ|滲む))\\s?(ような|ほどの|くらいの|思い)",
  "[^。、]{0,20}(倒れ|たおれ|溺れ|おぼれ|運ばれ)た\\s?(人|方|ひと|子|お年寄り)を\\s?(見た|みた|見かけた|みかけた)\\s?(こと|経験)が\\s?(ある|あり|あっ)",
  "(去年|昨年|先月|先週|以前|昔|前に|この前|(\\d+|[一二三四五六七八九十数何]+)\\s?(年|か月|ヶ月|カ月)前)[、,]?\\s?[^。]{0,40}(もう|すっかり|だいぶ)\\s?(治|なお|よくな|良くな|元気にな)(った|りました|ってる|って(い)?ます)",
  "(煙突|えんとつ)から\\s?(煙|けむり)が\\s?(出て|でて)[^。]{0,6}(が|けど)[、,]?\\s?[^。]{0,12}(薪|まき|ストーブ|風呂|ふろ|暖炉|だんろ)",
  "(練炭|れんたん|炭|七輪)[^。]{0,10}(燃えかす|もえかす|燃えがら|もえがら|灰)(?=[^。]{0,20}(ごみ|捨て|すて|出し|だし|処分))",
  "(いま|今)\\s?から\\s?[^。、]{0,8}(市役所|区役所|役所|市|区|窓口|庁舎|そちら)(に|へ)\\s?(行|い|向か|むか)(き|く)",
  "(今|いま)は\\s?(休職|休養|療養|育休|産休)(して|中で|中)(?![^。]*(死|しに|消え|きえ|命|限界|終わ|おわ|飛び|とび|薬|くすり|首))[^。]*",
  // Twenty-fourth round (false emergencies in training question set 21); most blank an ordinary
  // sentence whole, and none when it names a danger. A fire dated in the past (年の暮れに隣の家から
  // 火が出て、うちも半分焼けてしまいました); a job lost with more words between (仕事を年末で切られ
  // て); money lacking to buy fuel or food (灯油を買うお金がなくて); snow not cleared or ice on
  // the ground, told as a hazard (雪かきがされていなくて, 階段が凍っていて…足を滑らせていました; not
  // when someone fell, is hurt or is buried); a house empty for years said in dialect (人がおらん
  // で); new habits of an old parent listed (…したり、…しようとしたりするようになりました).
  "(年の暮れ|暮れ|年末|去年|昨年|先月|先週|先日|この前|こないだ|以前|昨日|きのう|おととい|(\\d+|[一二三四五六七八九十数何]+)\\s?(日|週間|か月|ヶ月|カ月|年)前)(に|の)?[、,]?\\s?[^。]{0,20}(火|ひ)が\\s?(出|で)て[^。]{0,30}(焼け|やけ|燃え|もえ)(て\\s?しまい|落ち|まし|た)",
  `${QUIET_SENTENCE}[^。]{0,20}(派遣|契約|雇用|仕事|しごと|バイト|パート)(を|が)\\s?[^。、]{0,6}(で|に)\\s?(切られ|きられ|打ち切られ|うちきられ|解雇され|雇い止め)[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,20}(家賃|灯油|電気代|ガス代|水道代|光熱費|食費|生活費|食べ物|食料|米|ミルク|おむつ|薬代)(を|が)?\\s?(買う|かう|払う|はらう)\\s?(お金|おかね|金|余裕|よゆう)(が|も)\\s?(なく|ない|足りな|たりな)[^。]*`,
  `${QUIET_SENTENCE}(?![^。]*(落ち|おち|落ぢ|おぢ|転落|埋ま|うま|下敷き|したじき|滑落|転ん|ころん|打っ|うっ|骨|折れ|起き上が|立て|たて|立ち上が|胸|むね|うずくま|具合|ぐあい|気分|顔色|動か|うごか|動が|うごが))(?=[^。]*(雪かき|ゆきかき|除雪|じょせつ|凍って|こおって|凍結|とうけつ|つるつる|アイスバーン))[^。]+`,
  `${QUIET_SENTENCE}[^。]{0,10}(隣|となり|近所|裏|うら|向かい|むかい)の\\s?(家|いえ)(が|は|、)?\\s?[^。、]{0,4}(何年も|なんねんも|長年|ずっと|長い間|(\\d+|[一二三四五六七八九十]+|数)\\s?年(以上)?)[^。、]{0,4}(誰|だれ|人|ひと)(が|も)\\s?(おらん|おらず|いな|居な|住んでな|すんでな|おりませ)[^。]*`,
  `${QUIET_SENTENCE}[^。]*(たり|だり)[、,]?[^。]*(たり|だり)\\s?(する|して)\\s?(ように\\s?(なり|なっ)|ことが\\s?(あり|ある|増え))[^。]*`,
  // Found while testing: an old parent who can no longer bathe or climb the stairs alone, a care
  // need told (父が一人でお風呂に入れなくなってきました).
  `${QUIET_SENTENCE}[^。]{0,12}(一人で|ひとりで|自分で)\\s?(お)?(風呂|ふろ|トイレ|階段|かいだん)(に|を|へ)?\\s?(入れ|はいれ|使え|上が|あが|行け|いけ)なく\\s?(なって|なり|なっ)[^。]*`,
  // Twenty-third round (red team 20 read), first because later cues blank part of them. A word
  // taken back after a pause (首吊りの…ちゃうちゃう, ちが とまらない… じゃなくて, 遺書…というか); a
  // crisis word inside the story of a work or a scene given as a reason (首吊りのトリックが出てくる推理
  // 小説, 自殺の場面があるからと、映画の); a past attempt as a dated noun (十年前の自殺未遂で); a
  // suicide as the reason a paper is asked about (命を絶ったので、書類が要りますか); a former caller
  // thanking the desk (前に「死にたい」と電話した者です); jumping down as play or sport (遊具から飛び
  // 降りて遊ぶ, 鉄棒から飛び降りて着地); an old diary quoted (「死にたい」と書いた若い頃の日記); an
  // item of a questionnaire (「死にたいと思うことがある」という項目); a slogan or a title with a few
  // words before its kind (『命を絶たないで』という区の啓発動画); a talk's topic (「しつけと虐待の違
  // い」を話してくれる講座); a role in a play (虐待される子どもの役); research for a book (取材として)
  // and how a crisis desk works (DV相談がどんな流れで); what happens after a report (通報をしたら名前
  // は伏せて); a harm to be kept from happening (手を上げてしまう前に); what to do on noticing a
  // worry (ネグレクトが心配な子に気づいたときの連絡先); a parent violent in the past and since dead
  // (昔、母に手を上げる人でしたが); an animal's neglect (猫が子猫の育児放棄); a stick swung in play
  // (チャンバラごっこで棒を振り回して); a pain compared (刺されるような痛み); a blade brought along
  // with leave asked (包丁を持ち込んでいいか); a matter settled, said in spaced kana (あやまり に
  // いって かいけつ して て); what to do when someone chokes (詰まらせたときの対処); a rescuer
  // praised (倒れた人を助けた中学生を表彰); a feeling measured by the body (胸が苦しくなるほど感動
  // した); an ambulance ride dated in the past (去年の夏、…救急車で運ばれました); Chinese training to
  // help people with suicidal thoughts. Also 育児放棄 as a film's subject (in the twenty-second
  // round's cue below).
  "[^。、.]{1,16}\\.{2,}\\s?[、,]?\\s?(じゃなくて|じゃなく|ではなくて|ではなく|というか|っていうか|ちゃうちゃう|ちがうちがう|違う違う|間違えた|まちがえた)",
  "[^。、]{0,24}(が|の)\\s?(出てくる|でてくる|出てきた|でてきた|登場する|登場した|描かれる|描かれた|えがかれる)\\s?[^。、]{0,6}(推理小説|小説|映画|ドラマ|漫画|マンガ|まんが|アニメ|作品|劇|芝居|舞台|本|絵本|ゲーム|脚本|物語|ミステリー)",
  "[^。、]{0,20}(場面|シーン|描写)(が|の)?\\s?(ある|あった|出てくる|でてくる|含まれる)\\s?(から|ので|ため|せいで)\\s?(と)?[、,]?\\s?[^。]{0,6}(映画|ドラマ|小説|漫画|マンガ|アニメ|本|作品|劇|芝居|番組|ゲーム|上映)",
  "(\\d+|[一二三四五六七八九十百]+|何|数|半)\\s?(年|か月|ヶ月|カ月)\\s?(前|まえ)の\\s?(自殺未遂|自殺|自死|自傷|リストカット|オーバードーズ|od|飛び降り|首つり|首吊り)",
  "((自ら|みずから)?\\s?命を\\s?(絶|断)(った|ちました)|(自殺|自死)(した|しました))(ので|ため|から)[、,]?[^。]{0,24}(書類|手続|申請|届|必要|要り|いり|いる|要る)",
  "(前に|以前|先日|この前|こないだ|昔|去年|先月)[^。]{0,8}[「『]?[^「『」』。]{0,12}[」』]?\\s?(と|って)\\s?(電話|でんわ|相談|連絡)(した|しました|させていただいた)\\s?(者|もの|ひと|人)(です|だ)",
  "(飛び(降|下)り|とびおり)(て|る)\\s?(遊|あそ|着地|ちゃくち)|(遊具|鉄棒|跳び箱|とびばこ|ジャングルジム|すべり台|滑り台|ブランコ)から\\s?(飛び(降|下)り|とびおり)",
  "[「『][^」』]{0,20}[」』]\\s?(と|って)\\s?(書いた|書かれた|書いてある|かいた)\\s?(若い(頃|ころ)|昔|むかし|学生時代|当時|古い|生前|子どもの(頃|ころ))の\\s?(日記|手紙|ノート|メモ|ブログ|手帳)",
  "[「『][^」』]{0,30}[」』]\\s?(という|って|との|の)\\s?(項目|質問|設問|問い|欄|チェック項目|選択肢|問診)",
  "[「『][^」』]{1,24}[」』]\\s?(という|って)(?![^。、]{0,8}(から|より|が来|が届|がき))\\s?[^。、「」『』]{0,8}(啓発|キャンペーン|動画|ポスター|標語|スローガン|パンフレット|チラシ|講座|映画|番組)",
  "[「『][^」』]{0,30}[」』]\\s?(を|について)\\s?[^。]{0,8}(話|はな|語|かた|教え|おしえ|学|まな|考え|かんがえ)[^。]{0,12}(講座|講演|教室|研修|セミナー|勉強会|授業|講習)|(しつけ|体罰|指導|けんか|喧嘩)と\\s?(虐待|ぎゃくたい|暴力|dv)の\\s?(違い|ちがい|境界|境目|線引き)",
  "[^。、]{0,20}の\\s?(役|役柄|配役)\\s?(を|で|に|が)\\s?(やる|演じ|えんじ|する|もらっ|決まっ|きまっ)",
  "(dv|虐待|ぎゃくたい|暴力|自殺|ストーカー)(の)?\\s?(相談|通報|支援|保護)[^。]{0,6}(が|は)\\s?(どんな|どういう|どのような)\\s?(流れ|手順|仕組み|しくみ|段取り)",
  "(虐待|ぎゃくたい|dv|暴力|ネグレクト)(の)?\\s?(通報|通告|相談)(を)?\\s?(したら|すると|した場合|しても)(?=[^。]{0,30}(名前|なまえ|匿名|秘密|伏せ|ふせ|ばれ|知られ|しられ|どうなる|どうな|分かる|わかる))",
  "(手を\\s?(あげ|上げ)|手が\\s?出|叩い|たたい|殴っ|なぐっ|怒鳴っ|どなっ)て\\s?しまう\\s?(前|まえ)に",
  "(虐待|ぎゃくたい|ネグレクト|育児放棄|dv|暴力)[^。]{0,16}(に|を)\\s?(気づ|気付|見つけ|みつけ|見かけ)(いた|けた|た)\\s?(とき|時|場合|ら)",
  "(昔|むかし|以前|かつて|若い(頃|ころ))[、,]?\\s?[^。]{0,12}(手を\\s?(上げ|あげ)る|殴る|なぐる|叩く|たたく|暴力を\\s?(ふる|振る)う|怒鳴る|どなる|暴れる|あばれる)\\s?(人|ひと|父|夫|親|男)(でした|だった)",
  "(猫|ねこ|犬|いぬ|うさぎ|ハムスター|鳥|ペット|母猫|親猫|母犬|親犬)(が|は)\\s?[^。]{0,10}(育児放棄|子育て放棄|ネグレクト)",
  "(ごっこ|遊び|あそび|チャンバラ)[^。]{0,8}(棒|ぼう|刀|かたな|剣|おもちゃ|傘|かさ)を\\s?(振り回|ふりまわ)",
  "(刺される|さされる|刺す|突き刺す|つきさす|刺された|えぐられる|殴られた|なぐられた|切られる|締め付けられる|しめつけられる)\\s?(ような|みたいな)(?=\\s?[^。]{0,6}(痛|いた))",
  "(包丁|ほうちょう|ナイフ|刃物|はもの|刀|日本刀|鎌|斧|のこぎり)を\\s?(持ち込|もちこ|持って(き|い)|持参し|もってき|もってい)(んで|って|て)?\\s?(も)?\\s?(いい|良い|よい|大丈夫|可能|かまわ|構わ)",
  "[^。]{0,80}((謝り|あやまり)に\\s?(行|い)って|(解決|かいけつ)\\s?して\\s?(て|ます|いる|る))[^。]*",
  "((喉|のど)に\\s?)?(詰まらせ|つまらせ|詰まっ|つまっ|溺れ|おぼれ|倒れ|たおれ|けいれんし|やけどし|火傷し)(た|ている|てる)\\s?(とき|時|場合|人)の\\s?(対処|たいしょ|対応|応急手当|手当て|手当|助け方|救助|介抱|処置)",
  "[^。、]{0,20}(倒れ|たおれ|溺れ|おぼれ|詰まらせ|つまらせ|けがをし|怪我をし)た\\s?(人|方|男性|女性|子|子ども|お年寄り|高齢者)を\\s?(助け|たすけ|救|すく|救助し|介抱し|見つけ|発見し)た\\s?[^。、]{0,6}(中学生|高校生|小学生|人|方|男性|女性|子|児童|生徒|学生|少年|少女|住民|市民|区民|さん)",
  "胸が\\s?(苦し|くるし|痛|いた|締め付けられ|しめつけられ)(く)?\\s?(なる|なった)\\s?(ほど|くらい|ぐらい)\\s?[^。]{0,4}(感動|かんどう|泣|嬉し|うれし|切な|せつな|美し|うつくし|素敵|すてき|素晴らし|すばらし|よかった|良かった)",
  "(去年|昨年|先月|先々月|先週|以前|昔|この前|こないだ|(\\d+|[一二三四五六七八九十]+|数|何)(年|か月|ヶ月|カ月|週間)前)(の(夏|冬|春|秋|暮れ|年末|年始))?[、,]?\\s?[^。]{0,20}(救急車|救急)(で|に)\\s?(運ばれ|はこばれ|搬送され)(ました|た)",
  "(帮助|帮|支持|陪伴|倾听|应对)[^。?？]{0,6}(有)?(自杀|轻生)(念头|倾向|想法|意念)的人|(自杀|家暴|虐待)[^。?？]{0,12}(课程|培训|讲座)",
  // Twenty-third round (false emergencies in training question set 20), first because later cues
  // blank part of them; most blank an ordinary sentence whole, and none when it names a danger.
  // Smoke from burning straw or rubbish as a daily nuisance (わらを燃やす煙が毎日ひどくて); a roof or
  // a board torn loose by a storm (屋根がめくれて、板がぶら下がっています); money for food running
  // out before payday (給料日まで食べるものが買えそうにありません); an animal hit by a car (たぬきが
  // 車にひかれて死んでいます); noise said as うるさくて眠れない without 音; a child seen often, with a
  // worry (…いるのをよく見かけて気になっています); a card dropped out of a pocket into water, and a
  // machine that does not respond to it (said with ません); a diagnosis behind a search for a
  // service (発達障害と診断されて、…探しています). Not when a person falls, is hurt or is swept away
  // in the same sentence (台風で屋根がめくれて、父が屋根から落ちて).
  "(?<=^|[。!?！？]\\s?)(?![^。]*(火が|ひが|炎|燃え(移|うつ|広が|て(い)?る)|倒れ|たおれ|咳|せき|苦し|くるし|息|いき|意識|救急|119|消防|助け|たすけ))(?=[^。]*(わら|藁|もみ殻|籾殻|枯れ草|落ち葉|ごみ|ゴミ|枝|草|野焼き|たき火|焚き火)を?\\s?(燃やす|もやす|燃やし|もやし|焼く|やく|焼い|やい))(?=[^。]*(煙|けむり|におい|臭い|匂い)(が|で|の|も)?\\s?[^。]{0,10}(ひど|すご|くさ|迷惑|困|干せ|開けられ|毎日|毎晩|いつも|気にな))[^。]+",
  `${QUIET_SENTENCE}(?![^。]*(落ち|おち|下敷き|したじき|挟ま|はさま|けが|怪我|当たっ|あたっ|動き|うごき|倒れ|たおれ))(?=[^。]*(屋根|やね|瓦|かわら|トタン|看板|かんばん|板|塀|へい|枝|えだ|電線|雨どい))(?=[^。]*(めくれ|はがれ|剥がれ|ぶら下が|ぶらさが|外れ|はずれ|飛ばされ|とばされ|垂れ下が|たれさが|傾い|かたむい))[^。]+`,
  `${QUIET_SENTENCE}[^。]{0,30}(給料日|きゅうりょうび|年金の日|年金日|支給日|月末)\\s?まで[^。]*`,
  "(たぬき|狸|ハクビシン|いたち|イタチ|鹿|イノシシ|猪|きつね|狐|アライグマ|鳩|はと|カラス|からす|野良猫|野良犬|動物|小鳥)(の(死骸|死体|しがい))?(が|は|、|,)\\s?[^。]{0,12}(車に\\s?(ひかれ|轢かれ|はねられ)|死ん|倒れ|たおれ|動かな|うごかな)[^。]{0,16}",
  `${QUIET_SENTENCE}[^。]{0,40}(うるさ|騒が|さわが|やかまし)(くて|い|しくて)[^。]{0,6}(眠れ|ねむれ|寝られ|ねられ|寝れ|ねれ)(ない|なく|ません|ん)[^。]*`,
  `${QUIET_SENTENCE}[^。]*(の|こと)を\\s?(よく|時々|ときどき|たまに|何度か|何度も|しょっちゅう)\\s?(見かけ|みかけ)[^。]{0,8}(気になって|気になり|気がかり|心配|しんぱい)[^。]*`,
  `${QUIET_SENTENCE}(?![^。]*(${PERSON}|流され|ながされ|溺れ|おぼれ))[^。]{0,20}(ポケット|財布|さいふ|かばん|カバン|鞄|バッグ|ケース)から\\s?(落とし|おとし)[^。]*`,
  "(機械|きかい|端末|リーダー|読み取り機|カード|スマホ)(で|でも|に|が|も)\\s?[^。]{0,6}反応(が)?\\s?(ありません|しません|しなく|せず)",
  `${QUIET_SENTENCE}[^。]{0,30}と\\s?(診断|しんだん)(され|を受け)[^。]*`,
  // Twenty-second round (red team 19 read), first because later cues blank part of them.
  // Hyperbole with ってくらい or a wish to kill someone (死にたいってくらい恥ずかしい, 殺してやりたい
  // くらい話が長い; not with pain, grief or hatred); the words of people one learns to listen to or a
  // site shows a hotline to (死にたいと話す人の聞き方, 「死にたい」と検索した人に); a film or a talk
  // about a subject (虐待を扱った映画) and posts that urge it (自殺をあおるような動画); a trend in the
  // news (…が増えているというニュース); a prevention class (脳卒中の予防教室, 熊に襲われないための講習
  // 会; not when the sentence names a collapse, blood or now); a death by suicide with the years
  // since said as a noun (夫の自死から五年); hits in one's own childhood told as a memory (若いころは
  // 親に殴られたもんじゃ); a worry about abuse that a visit settled (虐待じゃないかと心配したんですが
  // …大丈夫でした); pets kept and neglected (猫を何十匹も飼って…ネグレクト); a programme for those who
  // did the violence (DV加害者の更生プログラム); monsters in a parade and animals that peck or chase
  // (ゾンビに襲われる仮装, カラスにつつかれて; not with an injury or now); a letter that feels like a
  // threat (督促状…脅されているみたい); 骨が折れる said of a chore (書くのに骨が折れます); the
  // ambulance's fee as a policy (救急車が有料になる); a past fire's support money (火事…焼けた家への
  // 支援金); money taken from a parent asked about as whether it counts as abuse (…勝手に使っていて、
  // 経済的虐待にならないか心配です). Also a past cut's scar spelled 傷あと (below, twentieth round).
  "(死にたい|しにたい|消えたい|きえたい|殺してやりたい|ころしてやりたい|殺したい|ころしたい)(って|と思う|とおもう|と思った)?\\s?(くらい|ほど|ぐらい)(?!\\s?(つら|辛|苦し|くるし|しんど|痛|いた|悲し|かなし|憎|にく|追い詰|おいつめ|落ち込|おちこ))",
  "[「『]?(死にたい|しにたい|消えたい|きえたい|自殺したい)[」』]?\\s?(と|って)\\s?(話す|はなす|言う|いう|訴える|うったえる|打ち明ける|漏らす|もらす|検索した|検索する|けんさくした|書き込む|書き込んだ|つぶやく|口にする)\\s?(人|ひと|方|かた|相談者|若者|子ども|子供|生徒|利用者|住民)(の|に|へ|への|から|と)",
  "(虐待|ぎゃくたい|自殺|自死|dv|暴力|いじめ|ネグレクト|育児放棄|孤独死|自傷)[^。]{0,6}を\\s?(扱った|あつかった|描いた|えがいた|テーマにした|テーマとした|題材にした|取り上げた|とりあげた)\\s?[^。]{0,8}(映画|ドキュメンタリー|番組|本|小説|劇|芝居|舞台|展示|講演|上映会|作品|写真展|漫画)",
  "(自殺|自死|自傷|虐待|暴力|いじめ|オーバードーズ)(を|に)\\s?(あおる|煽る|誘う|さそう|助長する|美化する|勧める|すすめる)\\s?(ような)?\\s?[^。]{0,6}(動画|投稿|書き込み|サイト|記事|広告|画像|ゲーム|アプリ|sns|チャレンジ)",
  "[^。、]{0,30}(が|の件数が|の数が)\\s?(増えて|ふえて|増加して|減って|へって|急増して|多発して)(いる|います|る)?\\s?(という|って|との|と)\\s?(ニュース|報道|記事|データ|統計|調査)",
  "((?!倒れ|たおれ|意識|息|血|今|(?<![てでい])いま(?!す|せ|し))[^。、]){0,20}(の)?\\s?(予防|防止)\\s?(教室|講座|講習|研修|セミナー|キャンペーン|啓発|週間|月間|チラシ|パンフレット|ポスター)|((?!倒れ|たおれ|意識|息|血|今|(?<![てでい])いま(?!す|せ|し))[^。、]){0,20}ない\\s?(ための|ように(する)?(ための)?)\\s?(講習|講座|教室|研修|訓練|対策|セミナー|心得|チラシ)",
  "(自殺|自死)\\s?(から|して(から)?|した(後|あと)|の後|のあと)\\s?[^。]{0,4}(\\d+|[一二三四五六七八九十]+|数|何)\\s?(年|か月|ヶ月|カ月|週間)",
  "(若い|わかい|子ども|子供|こども|小さい|ちいさい|幼い|おさない|ガキの|学生)(の)?\\s?(ころ|頃|時|とき|時分|時代)(は|に|には|なんか)?[^。]{0,20}(叩|たた|殴|なぐ|蹴|け|怒鳴|どな|ぶ)(か|ら|た)れ(た|とった|てた)\\s?(もん|もの|ことがある|ことがあります)",
  "(虐待|ぎゃくたい|ネグレクト|dv)\\s?(じゃないか|ではないか|じゃないかと|かも(しれない)?)\\s?と?\\s?(心配|しんぱい|思|おも)[^。]{0,12}(が|けど|けれど)[、,]?[^。]{0,40}(大丈夫|だいじょうぶ|問題な|違いました|ちがいました|勘違い|誤解)",
  "(猫|ねこ|犬|いぬ|ペット|動物)(を|が)\\s?[^。]{0,16}(飼って|飼育|飼い)[^。]{0,24}(ネグレクト|虐待|ぎゃくたい)|多頭(飼い|飼育)",
  "((?!殴|なぐ|叩|たた|蹴|食べ|ご飯|ごはん|閉じ込|倒れ|たおれ)[^。]){0,40}(勝手に|使い込|つかいこ|取り上げ|とりあげ)[^。]{0,24}(経済的)?\\s?(虐待|ぎゃくたい)(に|と)\\s?(なら|あたら|当たら|該当し|なる)(ない)?(か|かどうか|のでは)[^。]{0,4}(心配|しんぱい|不安|気にな|知りたい|教えて)",
  "(dv|暴力|虐待|ぎゃくたい)\\s?(の)?\\s?(加害者|かがいしゃ)(の|向け|むけ|のための)?\\s?[^。]{0,6}(更生|こうせい|プログラム|講座|教室|グループ|カウンセリング)",
  "(ゾンビ|おばけ|お化け|幽霊|鬼|怪獣|モンスター|宇宙人)(に|から)\\s?(襲われ|おそわれ|追いかけられ|食べられ)|(カラス|からす|熊|クマ|くま|イノシシ|猪|猿|サル|蜂|ハチ|スズメバチ|鹿|シカ|野良犬|ハクビシン|鳥)(に|から)\\s?[^。]{0,10}(襲われ|おそわれ|つつかれ|追いかけられ)(?![^。]{0,30}(血|ち(が|を)|けが|怪我|倒れ|意識|救急|動けな|今|(?<![てでい])いま(?!す|せ|し)))",
  "(督促状|催促状|通知|手紙|文書|書類|はがき|ハガキ|請求書|メール|封筒)[^。]{0,30}(脅され|おどされ|脅迫され)て(い)?る\\s?(みたい|よう|気)",
  "(のに|のは|のが|には|って)\\s?[^。、]{0,6}骨が\\s?折れ(ます|る|そう|ました|た)(?![^。]{0,6}(痛|いた|動け|腫れ))|骨が\\s?折れる\\s?(作業|仕事|手続き|こと)",
  "(救急車|きゅうきゅうしゃ)(が|は|って|の\\s?(利用|使用)(が|は)?)\\s?(有料|ゆうりょう|無料|むりょう|お金が\\s?(かか|いる)|料金)",
  "(火事|火災|かじ)[^]{0,24}?(焼けた|やけた|焼失した|全焼した|半焼した|焼け出された|燃えた)\\s?(家|いえ|住宅|お宅|方|人|世帯|家族)(への|に|の|は)\\s?[^。]{0,6}(支援|見舞|罹災|義援|補助|助成)",
  // Twenty-first round (false emergencies in training question set 19), first because later cues
  // blank part of them; each blanks an ordinary sentence whole, and none when it names a danger
  // (DANGER_WORDS, now also 閉じ込められ, 挟まって, 動けない, 知らない男が入ってきた). A child to be
  // alone at home after school until a parent is back, asked about for after-school care (学校が終
  // わってから妻が帰るまで家で一人になります), not one who was alone when something happened; a thing
  // (a card, a phone) pinned under a load and damaged (棚の下敷きになって保険証が折れ曲がった), not
  // a person or a body; a car park full of visitors' cars (駐車場が花見の車で埋まって停められない);
  // a PIN or a password entered wrong and the card locked (暗証番号を三回間違えた。ロックがかかって
  // 何もできない), the next sentence too when it only says it is locked.
  `${QUIET_SENTENCE}(?=[^。]*(学校|がっこう|授業|放課後|ほうかご|下校|げこう))(?=[^。]*((帰る|かえる|帰宅する|戻る|もどる|帰ってくる|かえってくる)\\s?(まで|ころまで|頃まで)|(夕方|ゆうがた|夜|よる|\\d+時|[一二三四五六七八九十]+時)\\s?(ごろ|頃)?\\s?まで))(?=[^。]*(一人|ひとり|留守番|るすばん|鍵っ子|かぎっこ))(?![^。]*(いたら|てたら|いたところ|いた(とき|時|ん|の|子|息子|娘)))[^。]+`,
  `${QUIET_SENTENCE}(?=[^。]*${PINNED_THING})(?=[^。]*(割れ|われ|欠け|曲が|まが|折れ|破れ|やぶれ|ひび|傷|きず|へこ|凹|潰れ|つぶれ|壊れ|しわ|使えな|つかえな|読み取れ|よみとれ))(?![^。]*${PINNED_BODY})[^。]{0,30}下敷き[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,20}(駐車場|ちゅうしゃじょう|駐輪場|パーキング)(が|は|も)?\\s?[^。]{0,16}(埋まっ|うまっ|満車|まんしゃ|いっぱい|一杯|満杯|停められ|とめられ|止められ|空いてな|あいてな|空いていな|あいていな)[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,20}(暗証番号|あんしょうばんごう|パスワード|パスコード|pin)[^。]{0,16}(間違え|まちがえ|忘れ|わすれ|ミス|入れ間違|打ち間違|ロック)[^。]*([。!?！？]\\s?${QUIET_SENTENCE}[^。]{0,10}ロック[^。]*)?`,
  // Twenty-first round (red team 18 read), first because later cues blank part of them. A
  // suicide told with the years since (兄が自ら命を絶って五年が経ちます); an old letter found among
  // a dead person's things (遺品の中から古い遺書が); a story that opens with a crisis (…から始まる
  // 小説, 「…」で始まる劇); the word weighed (遺書というと大げさですが); a play, a film or a book
  // seen or read (虐待を描いた映画を見ました); a dive as a simile (飛び込むように乗った) or a sport
  // (飛び込み大会); a hotline asked for a poster or a list (ぎゃくたいの相談の電話番号をチラシに;
  // a suicide hotline … for a resource list); relief after a decision (やっと決めて気持ちが楽に
  // なりました; not when the sentence names an ending or a life); a crisis word quoted from one's
  // own old writing (学生時代に「消えたい」と書いた日記); hyperbole said in kana (しにたいくらい
  // ねむい; not with pain or grief); self-harm overcome and told as a story (自傷をやめられた体験を
  // 話す); violence long past with peace now (暴力で別れた夫とは何年も前に…今は穏やかに); abuse said
  // as a joke or in a child's tantrum (「それ虐待!」と笑われ; 虐待じゃない?(笑)); a child taken
  // into care for abuse long ago; a parent's outbursts changed by a course; an English idiom (stabbed
  // me in the back, unless blood or a knife follows); a gun held by an actor; an illness one has
  // had before (アナフィラキシーを起こしたことのある子); quarrels of siblings and a fight's injury as a
  // category of a card or an insurance; back blows given to someone choking (背中を叩いても出て
  // こない), and a child crying after an accident (洗剤を飲んで…泣き叫んで), which the medical rule
  // reads, not the child-abuse one.
  "(自ら|みずから)?\\s?(命を(絶|断)|自殺し|自死し)(っ)?て\\s?[^。]{0,4}(\\d+|[一二三四五六七八九十]+|数|何)\\s?(年|か月|ヶ月|カ月|週間)(に\\s?(なり|なる)|が\\s?(経|た)|経|たち|たっ)",
  "(遺品|古い|昔の|戦時中の|先祖の|何十年も前の)[^。]{0,10}遺\\s?書",
  "([「『][^」』]{0,40}[」』]|[^。、]{0,30})\\s?(から|で)\\s?始まる\\s?[^。]{0,4}(話|物語|小説|劇|芝居|映画|ドラマ|ミステリー|推理|作品|脚本)",
  "(遺書|遺言|自殺|自死|虐待|ネグレクト)\\s?(って|と)\\s?(いう|言う)と\\s?(重|おも|大げさ|大袈裟|おおげさ|縁起|物騒|ぶっそう|聞こえ)",
  "[^。]{0,40}(劇|芝居|映画|ドラマ|ドキュメンタリー|小説|舞台|絵本|漫画|番組|作品)を\\s?[^。]{0,6}(見|観|読)(ました|た(?!\\s?(ら|とき|時|後|あと)))",
  "飛び(込|こ)(む|んだ)\\s?(ように|みたいに)|飛び(込|こ)み\\s?(大会|競技|台|選手|教室|イベント|営業)",
  "(虐待|ぎゃくたい|dv|自殺|じさつ|自死|いのち|こころ)[^。]{0,16}((電話|でんわ)\\s?(番号|ばんごう)|番号|ばんごう|ダイヤル|ホットライン)[^。]{0,20}(ポスター|チラシ|掲示|のせ|載せ|配布|資料|パンフ|リスト|一覧|広報|会報|回覧)",
  "[^.?]{0,60}(suicide|abuse|domestic violence|crisis)( prevention)? (hotline|helpline|help line|line)s?[^.?]{0,30}[.?]?[^.?]{0,60}(resource list|poster|flyer|leaflet|handout|newsletter)",
  "(?<=^|[。!?！？]\\s?)(?![^。]*(死|しに|しぬ|消え|きえ|命|いのち|生き|終わ|おわ|首|飛び|薬|くすり|遺書|いしょ|練炭|ロープ|決心|覚悟))[^。]{0,30}(気持ち|気分|心|気)(が|も)\\s?(楽|らく|軽く)に?\\s?(なりました|なった|なれました)",
  "[^。、]{0,12}(時代|中|頃|ころ|当時|昔|前)に?\\s?[「『][^」』]{0,20}[」』]\\s?(と|って)\\s?(書いた|書き込んだ|投稿した|つぶやいた|呟いた)\\s?(ブログ|日記|投稿|記事|ツイート|書き込み|文章)[^。、]*",
  "(しにたい|きえたい)\\s?(くらい|ほど|ぐらい)(?!\\s?(つら|辛|苦し|くるし|しんど|痛|いた|悲し|かなし))",
  "(リストカット|リスカ|自傷|自殺未遂|オーバードーズ)(を|から)\\s?[^。]{0,6}(やめられた|やめた|止められた|克服した|乗り越えた|抜け出した|立ち直った)\\s?(経験|体験|話|こと)",
  "[^。]{0,30}(dv|暴力|ぼうりょく)[^。]{0,20}(年前|昔|以前|とうに|とっくに)[^。]{0,30}[、,]\\s?(今|いま|現在)は\\s?(平穏|穏やか|おだやか|安全|落ち着い|元気|無事)",
  "(虐待|ぎゃくたい)(じゃない|じゃん|だよ|だね|でしょ|かも)\\s?[?？!！]?\\s?[(（]\\s?(笑|わら)[)）]|[^。]{0,30}[「『][^」』]{0,30}(虐待|ぎゃくたい)[^」』]{0,30}[」』]\\s?(と|って)\\s?(笑われ|わらわれ|笑って|わらって|からかわれ|騒いで|さわいで|騒ぐ|ふざけ|冗談)[^。、]*",
  "(虐待|ぎゃくたい)[^。]{0,8}(で|により|によって|のため)\\s?(昔|むかし|以前|かつて|幼い頃|小さい頃|子どもの頃|何年も前|(\\d+|[一二三四五六七八九十]+)年前)に?\\s?[^。]{0,8}(一時保護|保護|措置|入所)(されていた|されてた|された|していた)",
  "[^。]{0,20}(怒鳴って|どなって|叩いて|たたいて|手をあげて|手を上げて)しまう\\s?(自分|私|わたし|癖|くせ)を\\s?(変え|直し|なおし)(たくて|たい|ようと)[^。]{0,20}(講座|教室|カウンセリング|プログラム|トレーニング|相談)[^。]{0,30}(穏やか|おだやか|落ち着|おちつ|減り|へり|なくなり|よくなり|良くなり)",
  "stab(bed|s|bing)? (me|him|her|us|them|you) in the back(?! with)(?![^]{0,80}(bleed|blood|knife|hospital|ambulance))",
  "(拳銃|けんじゅう|ピストル|銃|刀|日本刀|ナイフ|包丁|刃物)を\\s?(持った|構えた|持つ|持って(い)?る)\\s?(俳優|役者|エキストラ|演者|コスプレ|人形|マネキン)",
  "(アナフィラキシー|けいれん|痙攣|発作|喘息|ショック)\\s?(を)?\\s?(起こした|おこした)\\s?(こと|経験)\\s?(の|が)\\s?(ある|あります|あって)",
  "(きょうだい|兄弟|姉妹)\\s?(げんか|喧嘩|けんか)|(けんか|喧嘩|ケンカ)の\\s?(けが|怪我|傷)(でも|も|は|に)\\s?[^。]{0,10}(使え|対象|保険|医療証|助成|請求)",
  "(?<=(詰ま|つま)[^]{0,30})(背中|せなか)(を)?\\s?(強く)?\\s?(叩|たた)(いても|いたら|いて|きました|いた)",
  "(?<=(飲んじゃ|飲んで|のんで|飲み込ん|のみこん|誤飲し|転んで|ころんで|落ちて|おちて|ぶつけて|やけどし|挟んで|はさんで)[^。]{0,16})(泣き叫|なきさけ)",
  // Twentieth round (false emergencies in the question sets), first because later cues blank
  // part of them; most blank an ordinary sentence whole, and none when it names a danger. A
  // neighbour's or a building site's noise that keeps one awake (上の階の足音が夜中まで響いて寝られ
  // ない); visits to the desk counted (五回目の来庁です) and the same papers brought again (今日もま
  // た同じ書類を); a house next door empty for years (裏の家は何年も誰も住んでいなくて); bills that
  // cannot be paid and a job lost (電気代が払えなくて; 契約を切られて); an unknown account or name in
  // one's record; a notice that came to the neighbours but not to us; a relative upset by the
  // desk's manner (窓口の対応がきつくて、父が落ち込んで帰ってきました); a lift or a service stopped
  // (エレベーターが止まっていて階段で); an age reached (七十五歳になりました) and the card used till
  // now no longer valid (今までの受給者証は使えない).
  `${QUIET_SENTENCE}[^。]{0,30}(音|おと|物音|足音|振動|騒音)(が|で|も)?\\s?[^。]{0,10}(して|する|し続け|響い|ひびい|鳴っ|なっ|聞こえ|きこえ|で)[^。]{0,12}(眠れ|ねむれ|寝られ|ねられ|寝れ|ねれ)(ない|なく|ません|ん)[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,20}((\\d+|[一二三四五六七八九十]+|何)\\s?(回|度)目?\\s?の\\s?(来庁|来所|訪問|窓口)|(\\d+|[一二三四五六七八九十]+|何)\\s?(回|度|べん)(も)?\\s?(来て|きて|来ました|きました|足を運|通っ|かよっ))[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,10}(今日|きょう|今回|こんかい)(も|もまた)[、,]?\\s?(また)?[、,]?\\s?(同じ|おなじ)\\s?[^。]{0,10}(書類|しょるい|申請書|用紙|届|証明書|資料|紙|かみ)[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,10}(隣|となり|近所|裏|うら|向かい|むかい)の\\s?(家|いえ)(が|は|、)?\\s?[^。、]{0,4}(何年も|なんねんも|長年|ずっと|長い間|(\\d+|[一二三四五六七八九十]+|数)\\s?年(以上)?)[^。、]{0,4}((誰|だれ)も\\s?(住んで|すんで)|人(が|の)\\s?(出入り|でいり|住んで|すんで))[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,20}(家賃|やちん|灯油|電気代|ガス代|水道代|光熱費|食費|生活費|税金|保険料|ローン|学費|給食費|携帯代|スマホ代)[^。]{0,6}\\s?(払えな|はらえな|払う(あて|当て|めど|目処)が|はらうあてが|かさ(んで|む|み)|足りな|たりな|足らな|滞納|たいのう)[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,10}(派遣|契約|雇用|仕事|しごと|バイト|パート)(を|が)\\s?(切られ|きられ|打ち切られ|うちきられ|なくなっ|無くなっ)[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,20}(口座|こうざ|住所|名前|番号|世帯|データ|情報|記録)(に|が|へ|で|の中に)\\s?[^。]{0,4}(知らない|しらない|見覚えのない|みおぼえのない|覚えのない|おぼえのない)\\s?(口座|こうざ|住所|名前|番号|人の名前|データ|情報|記録|銀行)[^。]*`,
  `(隣|となり|近所|友達|ともだち|友人|知り合い|同僚|同い年|ほか|他)の\\s?[^。、]{0,10}(人|ひと|方|かた|家|うち)(に|には|のところには)\\s?(もう|すでに)\\s?(来て|きて|届いて|とどいて)(い)?(ます|る)`,
  `(お知らせ|おしらせ|通知|案内|はがき|ハガキ|封筒|書類|券)(が)?\\s?[^。、]{0,8}(来ない|こない|来てない|きてない|届かない|とどかない)`,
  `(窓口|職員|担当|係|受付|役所|市役所|区役所)(の)?(人|ひと|方|かた|さん)?(の)?\\s?(言い方|いいかた|対応|態度|口調|説明)(が|は)[^。]{0,8}(冷た|つめた|きつ|ひど|乱暴|失礼|怖|こわ)[^。]{0,20}(泣いて|ないて|落ち込んで|おちこんで|怒って|しょんぼり)[^。]{0,6}(帰って|かえって)(き|来)(ました|た)`,
  `${QUIET_SENTENCE}[^。]{0,20}(エレベーター|エスカレーター|バス|電車|電気|水道|ガス|券売機|発券機)(が|も)?\\s?(止まって|とまって|止まった|とまった|停止し)[^。]*`,
  `${QUIET_SENTENCE}[^。]{0,20}(\\d+|[一二三四五六七八九十百]+)\\s?(歳|才|さい)に\\s?(なり|なっ)(ました|た)[^。]*`,
  "(今|いま)まで(の|使って(い)?た|つかって(い)?た)\\s?[^。、]{0,6}(保険証|ほけんしょう|カード|手帳|通帳|受給者証|証明書)[^。、]{0,4}(が|は)\\s?(もう)?\\s?(使えな|つかえな|無効|切れ)",
  // Twentieth round (red team 17 read), first because later cues blank part of them. Suicide as a
  // subject: a rate or a count (若者の自殺率), a death from overwork before a compensation board
  // (過労自殺の労災認定), a house where one happened (自殺があった家, 事故物件); a title in 『』 or
  // 《》 said to be a book with a word between (『…』という哲学の本; Korean 《…》라는 책); the scar of
  // a past cut (手首を切った跡, unless blood is flowing from it); a pet that jumped or fell; a lamp
  // that hangs from the ceiling; abuse as a subject (an inquiry's results, the duty to report,
  // fostering a child who was abused); a bruise found, then explained (…ぶつけたものでした, 転んで
  // できたものでした); a hit told as hearsay with no injury (叩かれたそうですが、けがはなく); a crime
  // of last year (昨年の強盗事件); shouting from a game (「…」と叫ぶゲームの声); news of an arrest; a
  // past choking as the reason for an errand (詰まらせたことがあるので); an illness that is over
  // (もう治りました; English "had a heart attack in October. He's home now and recovering").
  "(若者|高齢者|中高年|子ども|子供|全国|日本|市|県|国内|世界)?の?\\s?(自殺|自死)(率|者数|者の数|件数|統計|データ)",
  "(過労|いじめ|パワハラ)\\s?(自殺|自死)(の|で|による)?\\s?[^。]{0,6}(労災|認定|裁判|訴訟|和解|遺族)|(自殺|自死)の\\s?(労災|労災認定|遺族|遺族年金)",
  "(自殺|自死|孤独死|殺人|事件)(が|の)\\s?(あった|起きた|おきた)\\s?(家|部屋|物件|建物|空き家|アパート|マンション|土地)|事故物件",
  "[『《][^』》]{1,30}[』》](という|って|の)\\s?[^。、『』《》]{0,6}の\\s?(本|小説|絵本|作品|映画|漫画|まんが)|《[^》]{1,30}》\\s?(이?라는|이란)\\s?(책|소설|영화|드라마|노래|만화)",
  "(手首|腕|うで|てくび)[^。]{0,4}(を)?\\s?(切|き)(った|っていた|ってた)\\s?(跡|あと|傷跡|傷あと|きずあと|傷痕)(?![^。]{0,10}(血|ち)\\s?(が|を))",
  "(猫|ねこ|犬|いぬ|子猫|子犬|ペット|インコ|うさぎ|ハムスター|小鳥)(が|も)\\s?[^。]{0,16}(飛び降り|とびおり|転落し|落ち)",
  "(天井|てんじょう)から\\s?(吊る|つる|吊り下げ|つりさげ|吊り下げる|下げる)(す|る)?\\s?(タイプ|式|型|照明|ライト|電灯|器具|ランプ|シャンデリア|ファン)|吊り下げ(式|型)の\\s?(照明|ライト|電灯|器具|ランプ)",
  "(虐待|ぎゃくたい|dv|暴力)[^。]{0,20}(について|に関して|に関する|の)\\s?[^。]{0,10}(調査|統計|件数|実態|報告書|公表|データ)|(虐待|ぎゃくたい|dv)の\\s?(通報義務|早期発見|防止法|定義)",
  "(虐待|ぎゃくたい)を\\s?受けた\\s?(子|子ども|子供|こども|児童)(の|を)\\s?(受け入れ|うけいれ|養育|支援|ケア|里親)",
  "[^。]{0,60}(あざ|痣|傷|けが|怪我)[^。]{0,40}(ましたが|たが|たけど|ましたけど)[、,]?\\s?[^。]{0,20}(転んで|ころんで|ぶつけて|練習で|部活で|遊んで|あそんで|体育で)[^。]{0,10}(でき|つい|ぶつけ)たもの(でした|だった|です)",
  "[^。]{0,60}(叩|たた|殴|なぐ|蹴|け|押|お)(か|ら|さ)れた\\s?(そう|らしい|みたい|とのこと)(です|で)?(が|けど)[、,]?\\s?(けが|怪我|傷|あざ)(は|も)\\s?(なく|ない|ありません|なかった)",
  "(昨年|去年|先月|先々月|先週|以前|昔|むかし|(\\d+|[一二三四五六七八九十]+|数)(年|か月|ヶ月|カ月)前)の\\s?[^。、]{0,8}(強盗|殺人|傷害|放火|通り魔|ひったくり|暴行|刺傷)(事件|被害)",
  "[「『][^」』]{0,20}[」』]\\s?(と|って)\\s?[^。]{0,8}(ゲーム|テレビ|動画|配信|映画|ドラマ|アニメ)の\\s?(声|音|音声)|(ゲーム|テレビ|動画|配信)(の)?\\s?(声|音)で\\s?[「『][^」』]{0,20}[」』]",
  "[^。]{0,40}(逮捕|たいほ|捕ま|つかま)(された|った)\\s?(という|って|との)\\s?(ニュース|報道|記事|話)",
  "(もう|いまは|今は|すっかり)\\s?(治り|なおり|よくなり|良くなり)ました",
  "[^.?!]{0,60}(had|suffered) an? (heart attack|stroke|seizure|fall|operation|surgery)[^.?!]{0,30}(in (january|february|march|april|may|june|july|august|september|october|november|december)|last (week|month|year)|(weeks|months|years) ago)[.]\\s?[^.?!]{0,30}(home now|out of hospital|discharged)[^.?!]{0,20}(recovering|recovered|fine|better|well)",
  // Nineteenth round (red team 16 read), first because later cues blank part of them. A suicide
  // told as a death in the past (自死だったので, 自殺した作家) or a train held up by one; a crisis
  // followed by its recovery (…ましたが、輸血で助かって, 退院して今は元気); a wish said once and now
  // being treated (「消えたい」という気持ちが続いていたので…心療内科); violence "long past" or denied
  // (暴力はもう昔のこと, 暴力などはなく, けがはありません; Chinese and English); a shelter left for a
  // new flat; a stalking stopped by a warning; animals abused; a child hit by a schoolmate with the
  // matter settled; a bruise asked about and explained by sport; a crying child checked and found
  // ill; a claim the caller disputes (「孫に殴られた」と言っていますが…じゃれて); a show about
  // knives, knives in a cookery class; a threat imagined (「火をつけるぞ」とか言う人がいたら); a fire
  // months ago; hearsay of someone seen; a past choking (詰まらせたことがあって、それ以来); a past
  // matter settled (…た件で…退院); a condition named (息が苦しくなる病気); a stay in hospital in the
  // past; laughing till it hurt; time since an accident; a past stay in hospital in Chinese;
  // heat as hyperbole; an ambulance seen; a bruise from a fall; news of a suicide.
  "(自殺|自死)した\\s?(作家|歌手|俳優|芸能人|詩人|画家|小説家|漫画家|作曲家|政治家|偉人|有名人)|(自殺|自死)(だった|でした)(ので|ため|から|と|って|そう)",
  "[^。、]{0,10}(飛び込み|人身事故)(が|で)\\s?(あった|あって|ありました)(らしく|らしい|そう|ようで|みたいで|ので|ため|せいで)?",
  "[^。]{0,60}(ました|ていた|でした)(が|けど)[、,]?\\s?[^。]{0,24}(助かっ(?!て(い)?な)|助かり(?!ませ)|回復し(?!な|ませ)|退院し(?!な|ませ)|完治し|今は\\s?[^。]{0,8}(元気|仲良|穏やか|おだやか|落ち着|安定|家族と暮ら|普通に|ふつうに))",
  "[「『][^」』]{1,20}[」』]\\s?(という|って|と)[^。]{0,30}(ことが\\s?(ある|あり|あって|あった)|続いていた|続いてい(まし)?た)(?=[^]{0,80}(心療内科|精神科|カウンセリング|通院|治療|主治医|クリニック))",
  "(暴力|dv|家暴|虐待)[^。]{0,10}(は|も)\\s?(もう)?\\s?(昔|むかし|過去|以前)の\\s?(こと|話|はなし)",
  "(暴力|dv|けが|怪我|虐待)(など|とか|等|なんか)?\\s?(は|も)\\s?(一切|全く|まったく|特に)?\\s?(なく|ない|ありません|無く|無い|なかった)",
  "(以前|之前|过去|曾经|几年前|\\d+年前)[^。]{0,12}(家暴|被打|虐待|暴力)[^。]{0,6}[,，]\\s?(现在|如今)(已经)?[^。]{0,10}(离婚|分开|平静|安全|没事|很好|好了)",
  "(left|escaped|got out of|divorced) (an? |my |that )?(abusive|violent) (marriage|relationship|husband|partner|ex|home)(?=[^]{0,40}(in the past|years ago|behind me|all over|long ago))",
  "(dv|暴力)で\\s?(避難|逃げ)(していた|してきた|ていた|てきた)\\s?(シェルター|施設|避難先)から[^。]{0,20}(移り|移っ|引っ越|転居)",
  "[^。]{0,40}(つきまとい|付きまとい|ストーカー)[^。]{0,30}(警告|禁止命令)[^。]{0,20}(それ以来|それから|その後|以降)[^。]{0,6}(連絡|接触|何も|音沙汰|姿)(は|も)?\\s?(ない|ありません|なく|見せ)",
  "(犬|猫|ペット|動物|ねこ|いぬ|子猫|子犬|うさぎ|小鳥|ハムスター)(を|が|の)?\\s?(虐待|ぎゃくたい)|(虐待|ぎゃくたい)(を)?\\s?(受けていた|されていた|された|から保護された)\\s?(犬|猫|ペット|動物|子猫|子犬|ねこ|いぬ)|動物虐待",
  "[^。]{0,30}(友達|ともだち|友人|同級生|クラスメート|クラスメイト|上級生|先輩|相手の子|クラスの子|同じクラスの子|ほかの子|他の子|よその子)(に|から)\\s?(叩|たた|殴|なぐ|蹴|け)(か|ら)れた(そう|らしい|みたい|と聞|って|件|こと|[」』]\\s?(と|って))(?=[^]{0,80}(謝罪|謝って|あやまって|間に入|話が\\s?(つい|つき)|解決|仲直り|仲良く))",
  "[^。]{0,30}(殴られ|なぐられ|叩かれ|たたかれ|蹴られ|けられ|いじめられ)た\\s?ことが\\s?(ありました|あった|あります|ある)(?=[^]{0,60}(去年|昨年|以前|今は|いまは|解決|対応して))",
  "[^。]{0,30}(手を\\s?(あげ|上げ)|叩い|たたい|怒鳴っ|どなっ)て\\s?しまった\\s?ことが\\s?(あって|あり(まして)?|ある|あった)[、,]?\\s?(反省|後悔|悔や|くや)",
  "[^。]{0,30}(あざ|痣|傷|けが|怪我)[^。]{0,10}(について|のことで|を)\\s?(聞かれ|きかれ|尋ねられ|質問され|心配され)(?=[^]{0,40}(練習|部活|柔道|剣道|空手|サッカー|野球|ラグビー|転ん|ころん|遊ん|あそん|ぶつけ)[^。]{0,6}(でき|つい))",
  "[^。]{0,40}(泣いて|泣き声|なきごえ)[^。]{0,40}(相談|通報|連絡)したら[^。]{0,60}(だった|でした)(そう|らしい|とのこと|ようで|みたい)",
  "[「『][^」』]{0,20}[」』]\\s?(と|って)\\s?[^。]{0,8}(言って|いって|言いふらし|いいふらし|話して|はなして)(いますが|いるが|るけど|ますが|いて|て)(?=[^]{0,80}(じゃれ|ふざけ|遊びで|あそびで|冗談|笑い話|誤解|勘違い|ちゃんと\\s?(介護|世話|面倒)|事実では|本当では|作り話))",
  "(じゃれて|ふざけて|遊びで|あそびで|冗談で)\\s?[^。]{0,4}(叩|たた|殴|なぐ|蹴|け|押|お)(い|っ|し)?た\\s?だけ",
  "(刃物|ナイフ|包丁|殺人|暴力|虐待|自殺|事件)[^。]{0,12}の\\s?(ドラマ|映画|アニメ|小説|漫画|まんが|ゲーム|番組)",
  "(ナイフ|包丁|刃物)を\\s?(使う|使った|つかう|つかった|使って)\\s?[^。]{0,6}(料理|教室|講座|工作|授業|作業|調理)|(刃物|包丁|ナイフ)の\\s?(持ち込み|もちこみ|持込|使用|取り扱い|扱い|研ぎ|処分)",
  "[「『][^」』]{0,20}[」』]\\s?(とか|なんて|みたいな(こと)?(を)?|などと)\\s?(言う|いう)\\s?(人|客|相手|ひと)が\\s?(いたら|来たら|きたら|現れたら|あらわれたら)",
  "[^。、]{0,20}(放火|火事|火災)で\\s?(焼け|燃え)た\\s?[^。、]{0,10}(空き家|家|建物|アパート|倉庫)の\\s?(解体|片付け|撤去|跡)|(火事|火災|放火)(は|も|から)\\s?(もう)?\\s?(\\d+|[一二三四五六七八九十]+|何|数|半)\\s?(日|週間|か月|ヶ月|カ月|年)(前|経)",
  "[^。]{0,30}人を\\s?(見た|みた)(という|って|と)\\s?(話|はなし|噂|うわさ)",
  "[^。、]{0,20}(詰まらせ|つまらせ|倒れ|たおれ|おぼれ|溺れ|誤飲し|飲み込ん|のみこん)た\\s?ことが\\s?(あって|あり(まして)?|あった|ある|あります)(?=[、,]?\\s?(それ以来|それから|以来|その時|そのとき|あの時|ので|から))",
  "[^。]{0,40}(た|だ)\\s?件\\s?(で|は|について)[、,]?(?=[^]{0,60}(退院|回復し|完治|治りました|治って|取り出して|解決|話が\\s?つい|示談))",
  "(息が\\s?苦しく|いきがくるしく|胸が\\s?痛く|発作が\\s?起き|けいれんが\\s?起き|倒れ)(なる|る)\\s?(病気|持病|症状|体質|病)",
  "(脱水|熱中症|肺炎|骨折|脳梗塞|心筋梗塞)(症状)?\\s?(で|に\\s?なって)\\s?(入院|通院|手術)(した|して(い)?た|しました|していました)(ので|から|が|けど|こと)",
  "(胸|お腹|おなか|腹)が\\s?(痛く|いたく)\\s?なる\\s?(まで|ほど|くらい|ぐらい)\\s?(笑|わら)",
  "[^。、]{0,30}(事故|入院|手術|発症)から\\s?(もう)?\\s?(\\d+|[一二三四五六七八九十]+|半|何|数)\\s?(年|か月|ヶ月|カ月|週間)",
  "(上个月|上周|去年|之前|以前|前几天)[^。]{0,10}(住院|急救|抢救|晕倒)[^。]{0,6}[,，]\\s?(现在|如今)(已经)?\\s?(出院|好了|康复|没事)",
  "[「『][^」』]{0,20}[」』]\\s?(という|って|と\\s?いう)?\\s?(くらい|ぐらい|ほど)\\s?[^。]{0,4}(暑|あつ|寒|さむ|忙|いそが|眠|退屈|混|うるさ)",
  "[^。]{0,20}(救急車|消防車|パトカー)が\\s?[^。]{0,6}(止まって|停まって|来て|きて)(い)?(ました|た)(が|けど)[、,]?\\s?(何か|なにか)\\s?(あった|あり)",
  "(転んで|ころんで|ぶつけて|転倒して|落ちて)\\s?(あざ|痣|けが|怪我|傷|こぶ)(が|を)?\\s?(でき|し)",
  "(ニュース|テレビ|新聞|記事|ネット)で[、,]?\\s?[^。]{0,30}(自殺|自死|虐待|殺人|事件|事故|火事|火災|いじめ)の\\s?(件|こと|話|記事|報道|ニュース)",
  // Eighteenth round (red team 15 read), first because later cues blank part of them. Hyperbole
  // about a bill (税金が高いと、飛び降りたい気分), a theme named in quotes (テーマが「若者の自殺と
  // 地域」), children jumping into a river to play, a past suicide in Chinese, words said before by
  // someone who is well now (死にたいと言っていた友達は、今は元気), fear of heights (下を見ると足が
  // すくむ), DV left years ago with a comma after the years, regret for a past smack with no
  // injury, a term "という言葉", a report found to be a misunderstanding, being suspected of
  // abuse, a child once taken into care now fostered, "that was years ago" and Korean 예전에…지금은,
  // Vietnamese "not hit by anyone", study on a crisis topic, a stalking that stopped a year ago, a
  // noise checked and found to be the television, 暴力団, prevention talks, an ambulance ride and
  // recovery, a fright (心臓が止まりそうでした), an illness last month fully recovered, breathing
  // that stops in sleep as family say (言われて), a knock on the head found harmless.
  "[^。]{0,30}(税金|料金|家賃|保険料|請求|値段|物価|手続き|書類|仕事|残業)[^。]{0,12}(と|て|で)[、,]?\\s?[^。]{0,12}(飛び降り|とびおり|死に|しに|消え|きえ)たい\\s?(気分|気持ち|きもち|くらい|ぐらい|ほど)(だ|です|に|よ|な)?",
  "(テーマ|題名|タイトル|題|演題|論題|研究課題)(が|は|を|に|として)\\s?[「『][^」』]{1,30}[」』]",
  "(川|かわ|海|うみ|池|いけ|プール|湖|堤防|橋)(に|へ|から)\\s?(飛び込|とびこ)(んで|み|む)\\s?(遊|あそ|泳|およ|はしゃ)",
  "(去年|前年|以前|几年前|上个月|上月|\\d+年前|[一二三四五六七八九十]+年前)[^。，,？?]{0,8}(自杀|自尽|轻生)(了|身亡|去世)",
  "[^。]{0,30}(と|って)\\s?(言って|いって|話して|はなして)(い)?た\\s?[^。、]{0,10}(は|が|も)[、,]?\\s?(今|いま|現在)\\s?は\\s?[^。]{0,12}(元気|げんき|落ち着い|おちつい|大丈夫|だいじょうぶ|安定|仕事に|学校に)",
  "(高いところ|高い所|高所)(が|は)\\s?(苦手|怖|こわ|だめ|ダメ)|[^。、]{0,20}から\\s?(下|した)を\\s?(見|み)(ると|たら|るだけで|ても)[^。]{0,12}(足がすく|あしがすく|すくみ|すくむ|怖|こわ|めまい|目まい|くらくら)",
  "[^。]{0,30}(dv|暴力|虐待)[^。]{0,10}(で|から)\\s?(離婚|別居|別れ|わかれ|逃げ|避難)(して|し|て)[^。]{0,4}(\\d+|[一二三四五六七八九十]+|何|数)\\s?(年|か月|ヶ月|カ月)[、,]",
  "[^。]{0,30}(手を\\s?(あげ|上げ)|叩い|たたい|怒鳴っ|どなっ)て\\s?しまった\\s?(こと|の)\\s?を?\\s?(反省|後悔|悔や|くや)",
  "(ネグレクト|ねぐれくと|虐待|ぎゃくたい|dv|ドメスティック\\s?バイオレンス|ストーカー|自殺|自死|育児放棄)(という|って)\\s?(言葉|ことば|用語|単語)",
  // Thirty-ninth round (speed): tried only where a sentence starts (after 。 or at the start), the
  // only place the leading [^。]* can match from first; from every other place it read to the
  // sentence's end again, quadratic on a long text with no 。 (the same matches).
  "(?<![^。])[^。]*(誤解|勘違い|かんちがい|間違い|まちがい)(だった|でした|だ)?\\s?(と|って)\\s?(分か|わか)(って|り|った)",
  "(虐待|ぎゃくたい|dv|暴力|ネグレクト|育児放棄)(を|と|だと)\\s?(疑われ|うたがわれ|思われ|おもわれ|間違われ|誤解され|言われ|いわれ)",
  "(虐待|ぎゃくたい|dv|暴力)(で|により|から)\\s?(一時)?\\s?保護され(てい|て)た",
  "[^.?!]{0,120}(that|it|this) was (many |some |a few |several )?(years|months|decades|a long time) ago",
  "(예전에|옛날에|전에|몇 ?년 ?전에?|작년에|오래 ?전에?)[^.?!]{0,40}(지만|는데)[,]?\\s?지금은 ?(이혼|따로|괜찮|안전|헤어|혼자|잘 ?지내)",
  "không (hề )?bị (ai )?(đánh|đánh đập|ngược đãi|bạo hành)|[^.]{0,30}(tuần trước|tháng trước|năm ngoái)[^.]{0,30}(đã|bây giờ) (khỏe|ổn|bình phục)",
  "[^。]{0,30}(虐待|ぎゃくたい|dv|暴力|ネグレクト|自殺|自死|ストーカー|いじめ)[^。]{0,20}(について|に関して|に関する|にあたる|に当たる)[^。]{0,20}(勉強会|研修|講習|講座|学習会|資料|教材|講師|セミナー)",
  "[^。]{0,60}(いましたが|いたが|ありましたが|いたけど)[、,]?\\s?[^。]{0,30}(おさま|収ま|治ま|止ま|とま|解決し|なくな)って[^。]{0,12}(平穏|落ち着|おちつ|安心|何もな|なにもな)",
  "[^。]{0,60}(聞いてみたら|きいてみたら|見てみたら|みてみたら|確かめてみたら|話してみたら|尋ねてみたら)[、,]?[^。]{0,20}(テレビ|ゲーム|動画|映画|ドラマ|ラジオ|練習|遊び|ふざけ|冗談|勘違い|誤解|問題な|何でもな|なんでもな)",
  "暴力団",
  "(ストーカー|dv|虐待|暴力|自殺|自死|犯罪|詐欺)(被害)?\\s?の\\s?(防止|予防|対策|啓発)",
  "[^。]{0,40}(救急車|救急)[^。]{0,10}(運ばれ|搬送され)(ました|た)(が|けど)[、,]?\\s?[^。]{0,20}(回復|退院|元気|治り|治っ|無事)|救急車の\\s?(費用|料金|お金|代金)",
  "(心臓|息)が\\s?(止まり|とまり)そう(だった|でした|に\\s?なった|になりました)|(心臓|息)が\\s?(止まる|とまる)\\s?(くらい|ぐらい|ほど)",
  "[^.?!]{0,100}(last (week|month|year)|(weeks|months|years) ago)[^.?!]{0,60}(fully recovered|has recovered|have recovered|is fine now|is better now|is well now)",
  "(息|呼吸)が\\s?(止ま|とま)って(い)?(る|た)\\s?(と|って)[^。]{0,10}(言われ|いわれ|指摘され)",
  "(肩|かた|背中|せなか|腰|こし)を\\s?(叩|たた|揉|も)(いて|んで)\\s?(あげ|もら|くれ)",
  "(首|くび)に\\s?(タオル|たおる|手ぬぐい|てぬぐい|マフラー|スカーフ)を\\s?(巻い|まい|かけ|掛け)て[、,]?\\s?[^。]{0,6}(草むしり|くさむしり|庭|にわ|畑|はたけ|作業|さぎょう|散歩|さんぽ|仕事|しごと|掃除|そうじ)",
  "(漂白剤|洗剤|農薬|除草剤|殺虫剤|灯油|薬|くすり)を?\\s?(子ども|子供|こども|ペット|犬|猫)?(が)?\\s?(飲|の)んだら\\s?(危な|あぶな|大変|たいへん|困る|こまる)",
  "[^。]{0,30}(頭を打|あたまをう|転んで|ころんで|倒れ)[^。]{0,30}(検査|診察|病院|レントゲン|ct|mri)(で|の結果)?[、,]?\\s?(は)?\\s?(異常|問題)(なし|は?なかった|は?ありませんでした|は?ない|ありません)",
  // Seventeenth round (red team 14 read), first because later cues blank part of them. A title in
  // quotes borrowed or advertised (『自殺論』を延滞; 『生きるのがつらい』というテーマの講座), a term
  // explained (『ネグレクト』の説明), a past event told as hearsay (昔、首つりがあったと; 昔飛び降りが
  // あったという噂), DV left years ago (DVで離婚して五年), a friend who fled and is safe in a shelter,
  // a small smack reported and a parent asking how to stop (軽く叩いただけ…叩かない子育て), where to
  // report abuse (通報窓口の電話番号を掲示物に; posters about reporting abuse), a depiction in a book,
  // a past report (虐待かもしれないと通報した家), things for children (子ども用の自転車), a likeness (暴力
  // を振るわれたような気持ち, 脅されているような言い方, 怒鳴られたわけではない), blades put out or
  // sharpened, a past hurt settled (殴られて帰ってきたことがあって), a fire that burned the house, a
  // bird that nearly attacked, an injury treated, a past reaction (アナフィラキシーを起こしたことが),
  // food that does not stick in the throat, a death last year, a past fall now in rehabilitation.
  "[「『][^」』]{1,24}[」』]\\s?((という|って)\\s?(テーマ|タイトル|題名|題|名前|本|小説|映画|講座|講演|イベント|展示|歌|曲|チラシ)|を\\s?(延滞|返却|返し|かえし|借り|かり|予約し|読ん|よん|読み|よみ))",
  "[「『](ネグレクト|ねぐれくと|虐待|ぎゃくたい|dv|ドメスティック\\s?バイオレンス|ストーカー|自殺|自死|ヤングケアラー|育児放棄)[」』]\\s?(の|という|って)\\s?(説明|意味|定義|言い方|言葉|用語|ことば)",
  "[^。、]{0,16}(昔|むかし|以前|かつて|何年も前|(\\d+|[一二三四五六七八九十]+|何|数)十?年前)[、,]?\\s?[^。、]{0,12}(首つり|首吊り|くびつり|自殺|自死|飛び降り|とびおり|飛び込み|事件|殺人|火事|火災|孤独死)(が|も)\\s?(あった|あって|ありました|起き|おき)",
  "[^。]{0,30}(dv|暴力|虐待)[^。]{0,10}(で|から)\\s?(離婚|別居|別れ|わかれ|逃げ|避難)(して|し|て)[^。]{0,4}(\\d+|[一二三四五六七八九十]+|何|数)(年|か月|ヶ月|カ月)(に|が|経|た)[^。]*",
  "[^。]{0,60}(dv|暴力|虐待)[^。]{0,20}(逃げ(てき|た)|避難し)[^]{0,80}(シェルター|保護施設|避難先)[^。]{0,6}(に|で)\\s?(いて|おり|保護され)[^。]{0,6}(もう)?\\s?(安全|あんぜん|無事)[^。]*",
  "[^]{0,120}(軽く|かるく|ぺちっと|ぽんと|ちょっと)\\s?(叩|たた)いた(だけ|程度)[^]{0,60}((叩|たた)かない\\s?子育て|子育て(を|に)?\\s?(変え|見直))[^]*",
  "(虐待|ぎゃくたい|dv|暴力)[^。、]{0,6}(通報|相談)\\s?(窓口|先|ダイヤル|電話)[^。、]{0,10}(電話番号|番号|連絡先)(を)?[^。]{0,20}(載せ|のせ|掲示|貼|確認|教えて|知りたい|知っておき)",
  "(posters?|leaflets?|flyers?|brochures?|materials?|pamphlets?|signs?) (about|on|for) (reporting |preventing )?(child |elder |domestic )?(abuse|violence|neglect)",
  "(虐待|暴力|自殺|自死|殺人|性暴力|いじめ)の\\s?(描写|シーン|場面|表現)",
  "[^。]{0,20}(虐待|ぎゃくたい|dv|暴力)(かもしれない|かも|では|じゃないか|の疑い)[^。]{0,6}(と|って)?\\s?(通報|相談|連絡)し(た|まし)",
  "(子ども|子供|こども|幼児|キッズ|ベビー)(用|向け)の",
  "(暴力を\\s?(振る|ふる)われ|殴られ|なぐられ|叩かれ|たたかれ|蹴られ|脅され|おどされ|怒鳴られ|どなられ|責められ|殺され|刺され|襲われ|虐待され|いじめられ)(た|る|てる|ている|ていた)\\s?(ような|みたいな|かのような)\\s?(気持ち|気分|言い方|口調|態度|思い)|(怒鳴られ|どなられ|殴られ|叩かれ|蹴られ)た\\s?(わけ|訳)\\s?(では|じゃ)\\s?(ない|なく|ありません)",
  "(刃物|包丁|ナイフ|はさみ|カッター|鎌|かま|のこぎり|斧)((?!持|もっ|もち|向け|むけ|振|ふり|刺|さし|突き)[^。]){0,16}(捨て|すて|処分|しょぶん|ごみ|ゴミ|出せば|だせば|出し方|だしかた|出したら|回収)|(包丁|刃物)\\s?(研ぎ|とぎ)|刃物を?\\s?持ち込(んで|み|む)",
  "[^。、]{0,20}(殴られ|なぐられ|叩かれ|たたかれ|蹴られ|けられ|いじめられ)て\\s?(帰って(きた|来た)|きた)\\s?ことが\\s?(あって|あり|あった|ありました)",
  "[^。]{0,30}(火事|火災)(で|が)[^。]{0,24}(焼け|燃え)(ました|てしまいました|た)(?=[^]{0,60}(罹災|り災|証明|保険|今は|いまは|作り直|つくりなお|再発行|再交付|手数料|有料))",
  "(カラス|からす|鳩|ハト|はと|鳥|トンビ|とんび)に\\s?(襲|おそ)われ",
  "(けんか|喧嘩|事故|交通事故)で[^。]{0,20}(けが|怪我)(を)?\\s?(させられ|し)(て|た|ました)(?=[^]{0,40}(治療|治っ|なおっ|完治|通院)(は|が|も)?\\s?(終わ|済|おわ|して))",
  "(前に|以前|昔|過去に|小さい(頃|ころ)に?)[^。]{0,16}(アナフィラキシー|けいれん|痙攣|ひきつけ|発作)(を)?\\s?(起こした|おこした|起こして)\\s?(こと|事)(が|も)\\s?(ある|あり|あって)",
  "(喉|のど)に\\s?(詰まり|つまり|詰まら)(にく|やす|づら|ない(よう|ため))",
  "救急搬送(の)?\\s?(証明|記録)|(昨年|去年|先月|先々月|(\\d+|[一二三四五六七八九十]+|数)(年|か月|ヶ月|カ月)前)[、,]?\\s?[^。]{0,50}(亡くなりました|亡くなった|他界し|死去し)[^。]*",
  "[^。]{0,30}(転んで|ころんで|倒れて|たおれて)[^。]{0,12}(骨折|入院|手術)(して|し)[、,]?\\s?(今は|いまは|現在)[^。]{0,20}(病院|リハビリ|入院|施設)[^。]*",
  // Sixteenth round (red team 13 read), first because later cues blank part of them. A past
  // account closed by how things are now (…助けてもらいました。今は元気に働いています; …逃げてきま
  // した。今は安全です; I stayed in a shelter last year. I'm safe now): one or two sentences ending
  // in the past, then "now safe / well / elsewhere", blanked together, unless the earlier sentences
  // say it is recent (さっき, 今朝, 今も, まだ) or the "now" is someone's words (今は大丈夫って).
  "(?<=^|[。!?！？]\\s?)((?![^。]{0,80}(さっき|さきほど|先ほど|今朝|けさ|今日|きょう|今夜|こんや|今、|いま、|今も|いまも|まだ|また))[^。]{0,80}(た|だ|でした|ました|た(者|もの)です|たんです)\\s?。\\s?){1,2}[^。]{0,40}?(今|いま|現在)\\s?は\\s?(もう)?\\s?[^。、]{0,16}(安全|あんぜん|元気|げんき|大丈夫|だいじょうぶ|落ち着い|おちつい|平穏|穏やか|回復し|別の(アパート|家|部屋|場所|ところ|町|まち|所)|(仕事|就職先|住まい|住む(所|ところ)|部屋)(も|が)\\s?(決まり|きまり|決まっ|見つかり|見つかっ)|(別れ|わかれ|離婚し|りこんし)(ました|た)(?=\\s?。\\s?[^。]{0,8}(安全|あんぜん|元気|げんき|大丈夫|だいじょうぶ)))(?![^。]{0,6}(って|と\\s?(言|い|話|はな|聞|き)))[^。]*",
  "[^.?!]{0,120}(last (year|month|week|spring|summer|autumn|fall|winter)|years? ago|months? ago|used to)[^?]{0,80}(i'?m|i am|we'?re|we are|she'?s|he'?s|they'?re) (safe|fine|okay|ok|well|doing well) now|[^.?]{0,100}(đã|từng)[^.?]{0,80}bây giờ[^.?]{0,30}(an toàn|ổn|khỏe)",
  // A worry checked and found harmless (施設に聞いたら…マッサージしてもらったことでした; 見に行った
  // ら普通に散歩していました; 本人と話したら、自分で渡しているそうです), a rumour, a misunderstanding,
  // a harm said not to be there (暴力はありません; 危ない感じではない).
  "[^。]{0,60}(聞いたら|きいたら|話したら|はなしたら|見に行ったら|みにいったら|行ってみたら|いってみたら|確かめたら|確認したら|尋ねたら)[、,]?[^。]{0,30}(ことでした|ことだった|だけでした|だけだった|勘違い|かんちがい|誤解|問題(は)?な|何でもな|なんでもな|無事で|普通に|ふつうに|自分で[^。]{0,10}そう)[^。]*",
  "[^。、]{0,40}(と|って)\\s?[^。、]{0,12}(誤解|勘違い)(され|を(され|受け))|[^。]{0,40}(噂|うわさ)(に\\s?なって|を\\s?(聞い|きい))",
  "(虐待|ぎゃくたい|dv|暴力)(と|だと)\\s?(思われ|疑われ|間違われ|誤解され)|[^。]{0,40}(閲覧制限|支援措置)[^。]{0,6}(を)?\\s?(かけ|掛け|申請し|受け)(て(い)?(ます|る)|た|ました)",
  "(暴力|ぼうりょく|虐待|ぎゃくたい|手をあげる(こと)?|手を上げる(こと)?)(は|も)\\s?(ありません|ない(です|んです)?|なかった|ありませんでした)|([^。]{0,80}。\\s?)?[^。]{0,40}(危な|あぶな)(い|そうな)\\s?(感じ|様子|状況|雰囲気)(では|じゃ)(ない|なく|ありません)[^。]*",
  // Hyperbole about paperwork or the weather: 死んだ方がましって言いたくなるくらい (ややこしい).
  "[^。、]{0,24}(って|と)\\s?(言い|いい|叫び|さけび)たく\\s?(なる|なります)\\s?(くらい|ほど|ぐらい)(?=[、,]?\\s?[^。]{0,12}(ややこし|面倒|めんどう|複雑|忙し|いそがし|暑|あつ|寒|さむ|多い|おおい|長い|分かりにく|わかりにく|難し|むずかし))",
  // Material, talks and works on a crisis topic (虐待対応の手引き, DV被害者支援の講演会, 虐待を題材に
  // した昔の小説, 首を吊る場面がある映画, 预防儿童虐待的讲座), and an event in the neighbourhood
  // in the past (先月うちのマンションで飛び降りがあって).
  "(自殺|自死|虐待|暴力|dv|ストーカー|性暴力|心のケア)[^。、]{0,12}(手引き|てびき|マニュアル|ガイドブック|冊子|資料|教材|講演会|講演|講師|講座|研修|勉強会|セミナー)",
  "[^。、]{0,20}(場面|シーン|描写)(が|の)?\\s?(ある|あった|出てくる|でてくる|含まれる)\\s?(映画|ドラマ|小説|漫画|マンガ|アニメ|本|作品|劇|芝居|番組|ゲーム)|[^。、]{0,12}を(題材|テーマ)に(した|して)[^。]{0,8}(小説|映画|ドラマ|本|作品|漫画|マンガ|劇|演劇|芝居|番組)",
  "(预防|防止)[^。?？]{0,6}(虐待|家暴|自杀)|(虐待|家暴|自杀)[^。?？]{0,6}(讲座|培训|手册|讲习|宣传)",
  "(先月|去年|昨年|先週|先日|以前|この前|(\\d+|[一二三四五六七八九十]+|何|数|半)(年|か月|ヶ月|カ月)前)[^。]{0,16}(で|に)\\s?(飛び降り|とびおり|自殺|自死|事件|火事|火災)(が|も)\\s?(あって|あり|あった|ありました)",
  // Grown up with it (父に殴られて育った), blades put out as rubbish, a device so that a fall
  // would be noticed, a lasting condition from a past injury (昔…頭を打って、高次脳機能障害に
  // なりました), breathing that stops in sleep as others report it, a car broken into.
  "[^。、]{0,20}(殴られ|なぐられ|叩かれ|たたかれ|虐待され|暴力を受け|蹴られ|けられ|怒鳴られ)(て|ながら)\\s?育(っ|ち)",
  "(刃物|包丁|ナイフ|はさみ|カッター|カミソリ|剃刀|替え刃)(の|を|は)\\s?(ごみ|ゴミ|捨て|処分|出し方|分別|回収)",
  "(倒れ|たおれ|急変し|何かあっ)(ても|たら|た(とき|時)に?)\\s?[^。]{0,10}(分かる|わかる|気づける|気付ける|知らせ(る|られる)|通報(できる|される))\\s?ように",
  "(昔|むかし|以前|去年|昨年|数年前|(\\d+|[一二三四五六七八九十]+|何|数)(年|か月|ヶ月|カ月)前|(子ども|子供|こども)の(頃|ころ)|若い(頃|ころ))[、,]?((?!今|いま)[^。]){0,40}(になりました|になった|が残りました|が残った|と診断されました)",
  "(息|呼吸)が\\s?止ま[^。]{0,16}(と|って)[^。]{0,10}言われ(ます|る|ました)|睡眠時無呼吸|無呼吸症候群",
  "broke into (my|our|the|his|her) (car|van|truck|bike|bicycle|locker|shed|garage|mailbox|storage)",
  // A towel or scarf worn round the neck for a walk or work (タオルを首にかけて散歩), also with the
  // exercise said first (リハビリでタオルを首にかけて立つ練習).
  "(タオル|たおる|手ぬぐい|てぬぐい|マフラー|スカーフ)を\\s?(首|くび)に\\s?(かけ|掛け|巻い|まい)て\\s?[^。]{0,4}(散歩|さんぽ|歩|ある|運動|うんどう|作業|さぎょう|走|はし|ジョギング|仕事|しごと|畑|はたけ|出かけ|でかけ|体操|たいそう|ストレッチ)",
  "(リハビリ|りはびり|体操|たいそう|ストレッチ|運動|うんどう|練習|れんしゅう|散歩|さんぽ|畑仕事|庭仕事|草取り)(で|の(とき|時|間)(に|は)?|中(は|に)?)[、,]?\\s?(タオル|たおる|手ぬぐい|てぬぐい|マフラー|スカーフ)を\\s?(首|くび)に\\s?(かけ|掛け|巻い|まい)て",
  // First aid for choking is not a beating: the back slapped after food stuck in the throat
  // (餅を喉に詰まらせて、背中を叩いても出てこない) is read by the medical rule.
  "(?<=(詰まらせ|つまらせ|詰まっ|つまっ|詰まり|つまり)[^。]{0,20})(背中|せなか)を\\s?(叩|たた)(い|き|く|こう)(て|ても|た)?",
  // Fifteenth round (red team 12 read), first because later cues blank part of them. A past
  // harm or hard time told with how it ended (…ましたが、今は別れて実家に; 離婚が成立して; 回復
  // しました), a matter settled (話がついています, 解決しました, 謝ってくれて), a noise that turned
  // out to be the television, a harm only feared (刺されたら怖い, 詰まらせないか心配), a past stay in
  // hospital, a collapse seen and asked after, a fire survived and lived with, sympathy (胸が痛み
  // ますね), a drama about abuse, regret on the days one shouted, graffiti, building work.
  "[^。]{0,60}(ました|ていた|てきた|でした|った|いた)(が|けど|けれど|けれども)[、,]?\\s?[^。]{0,24}(今は|いまは|現在は|もう|すでに)?\\s?[^。]{0,16}(別れて|わかれて|離れて暮ら|離婚(が|も)?\\s?成立|穏やかに|おだやかに|落ち着いて(い|暮ら|通え)|回復し(まし)?た|立ち直|和解し|解決し|(問題|異常)(は|も)?\\s?(ない|なかった|なし|ありません)|(大丈夫|心配ない)(だ)?と言われ)[^。]*",
  "[^。]{0,80}(話がついて(い)?(ます|る)|話はついて(い)?(ます|る)|解決しました|解決済み|和解しました|話し合いました|謝って(くれ|もらい|もらっ)(て|ました|た))[^。]*",
  "[^。]{0,60}(聞いたら|きいたら|見たら|確かめたら|確認したら|行ってみたら|覗いたら|のぞいたら)[、,]?[^。]{0,12}(テレビ|ゲーム|動画|ドラマ|映画|ラジオ|猫|犬|カラス|鳥)(の(音|声))?(だった|でした|やった|らしい)[^。]*",
  "[^。、]{0,20}(刺され|噛まれ|かまれ|襲われ|おそわれ|殴られ|倒れ|たおれ|詰まらせ|つまらせ|溺れ|おぼれ|転ば|ころば|火事にな|燃え)(たら|ると|ないか|ないように|ないかと)[、,]?\\s?(怖|こわ|心配|しんぱい|不安|困る|こまる|大変)",
  "[^。、]{0,30}(で|して)入院した(こと|経験)(が|も)(あって|あり(まし)?て|あります|ある|ありました)",
  "[^。]{0,40}(倒れ|たおれ|運ばれ|はこばれ)[^。]{0,40}(ました|た)(が|けど)[、,]?\\s?(その後|あの後|そのあと|あのあと)[^。]{0,10}(大丈夫|だいじょうぶ|どう(なった|なり|され)|無事)[^。]*",
  "(火事|火災|かじ)で[^。]{0,30}[、,]\\s?(今は|いまは|現在は)\\s?[^。]{0,20}(仮住まい|住んで|暮らして|避難|借りて|身を寄せ)[^。]*",
  "胸が(痛|いた)みますね|胸が(痛|いた)むね|胸の(痛|いた)む(ニュース|話|事件|出来事)|心が(痛|いた)みます",
  "(虐待|自殺|dv|暴力|殺人|事件|いじめ)を(扱|描|題材に|テーマに)(った|いた|した)(ドラマ|映画|本|小説|番組|漫画|マンガ|アニメ|舞台|作品)",
  "[^。]{0,20}てしまった(日|とき|時|あと|後)(は|に|って)[^。]{0,20}(落ち込|反省|自己嫌悪|後悔)",
  "[「『][^」』]{0,16}[」』](って|と)?\\s?(落書き|らくがき)",
  "(工事|解体|リフォーム|建設)[^]{0,40}(叩|たた)(か|い)(れ|て)",
  "(床ずれ|褥瘡)[^。]{0,10}(予防|防止|ならない(よう|ため)|できない(よう|ため))",
  "(以前|曾经)[^。]{0,30}(现在|目前|已经)[^。]{0,20}(稳定|好了|没事|康复|好转)",
  // Fourteenth round, first because a later cue blanks its end: a caller annoyed that the answers
  // go round in circles (さっきから同じことばっかり言って、全然話にならない).
  "[^。]{0,12}(同じこと|おなじこと)(ばっかり|ばかり|ばっか)\\s?(言って|いって|言う)[、,]?\\s?(全然|ぜんぜん|まったく)?(?=\\s?(話|はなし)に\\s?なら)",
  // Fourteenth round (red team 11 read), first because later cues blank part of them: signs or a
  // way of helping learnt in a class (研修で…脳卒中のサインを習いました; 講座で…胸骨圧迫のやり方を
  // 教わりました), and a collapse that ended well (心筋梗塞で倒れましたが、手術がうまくいって今は安定).
  "([^。、]{0,12}(研修|講座|講習|教室|授業|セミナー|勉強会)で[^。]{0,60}(を|について)|[^。]{0,60}(やり方|サイン|症状|方法|見分け方|仕方|対処法|手順)を)\\s?(習いました|習った|ならいました|ならった|学びました|学んだ|まなびました|まなんだ|教わりました|教わった|おそわりました|おそわった)",
  "[^。]{0,30}(倒れ|たおれ|発作を起こし)(ました|た)(が|けど|けれど)[、,]?[^。]{0,24}(今は|いまは|もう)\\s?(安定|元気|回復|落ち着|大丈夫)",
  // Thirteenth round (crisis training set 5), first because later cues blank part of them: a
  // collapse told as the start of a death now being dealt with (父が倒れてそのまま亡くなって、葬祭費を),
  // a hard time or an event that is over and well now (…と思った時期もありました。今は娘のために
  // 頑張ってます; 倒れて見つかるのが遅れたことがあって、今は元気), and a day remembered (倒れた日の
  // ことを思い出すと; 煙の匂いを思い出します).
  "[^。、]{0,20}(倒れ|たおれ)て[、,]?\\s?(そのまま|それきり|その後|そのあと)?[^。]{0,6}(亡くな(った|って|りました)|他界し|息を引き取(った|って|りました))(?!\\s?(ら|しま|ちゃ|まう))",
  "[^。]{0,40}(時期|頃|ころ|こと|事)(が|も)(あって|あり(まし)?て|ありましたが|ありましたけど|あったけど|あったが|あった|ありました)[、,。]?\\s?(今は|いまは|現在は|もう)[^。]{0,12}(元気|げんき|大丈夫|落ち着|回復|平気|頑張|がんば|前向き)",
  "[^。]{0,30}(た|だ)(日|とき|時|頃|晩|夜)の(こと|事)を[^。]{0,4}(思い出|おもいだ|夢に見)|[^。!！]{0,30}(匂い|におい|臭い|音|声|光景|姿)を[^。]{0,4}(思い出|おもいだ)",
  // Thirteenth round (red team 10 read), first because later cues blank part of it: a time of
  // crisis that is over and well now (『死にたい』と言っていた時期があって、今は元気です).
  "[^。]{0,40}(時期|頃|ころ)(が|も)(あって|あり(まし)?て|ありましたが|あったけど|あったが|あった)[、,]?\\s?(今は|いまは|現在は|もう)[^。]{0,6}(元気|げんき|大丈夫|落ち着|回復|平気)",
  // Twelfth round (crisis training set 4), first because later cues blank part of it: a case seen
  // on the news or on television (テレビで見た、…老人が閉じ込められていた事件).
  "(ニュース|テレビ|新聞|記事|ネット)で[、,]?(見た|見ました|読んだ)?[、,]?[^。]{0,40}(事件|事故)",
  // Thirteenth round (red team 10 read): news of a crisis seen or heard (熱中症で倒れた人のニュースを見ま
  // した), and the heart aching at it (…を見て胸が痛みました: past, and right after seeing).
  "[^。、]{0,30}の(ニュース|報道|特集|記事|番組|映像|動画|中継)(を)?\\s?(見|観|聞|読)(ました|た|て)([、,]?\\s?胸が(痛|いた|苦し|くるし|締め|しめ)[^。、]{0,4})?",
  "(見|観|聞|読|知)(て|いて|んで|って)[、,]?\\s?胸が(痛|いた)(み|ん)(ました|だ)",
  // Twelfth round (red team 9 read), first because later cues blank part of it: what happened once,
  // dated in the past (去年…睡眠薬をたくさん飲んで入院したことがあります, 昔、父が暴れて…ことがあります).
  "(去年|昨年|以前|昔|むかし|若い(頃|ころ)|学生の(頃|ころ)|(子ども|子供)の(頃|ころ)|(\\d+|[一二三四五六七八九十]+|何|数|半)(年|か月|ヶ月|カ月)前)(に|は)?[、,]?((?!今|いま|じゃな|ではな)[^。]){0,40}(た|だ)(こと|事)(が|も)(あります|ありまして|あって|ある|あった|ありました)",
  // Eleventh round (crisis training set 3), first because later cues blank the time it names: what happened is dated in the
  // past (倒れたんは去年のこと, 落ちたのは先月で), a stalker met last year.
  "[^。、]{0,20}(た|だ)(の|ん)は(、)?.{0,4}(去年|昨年|以前|先月|先週|先日|この前|こないだ|昔|(\\d+|[一二三四五六七八九十]+|何|数|半)(年|か月|ヶ月|カ月|週間|日)前)",
  "(去年|昨年|以前|前に|昔|先月|数年前|(\\d+|[一二三四五六七八九十]+|何|数|半)(年|か月|ヶ月|カ月)前)(に|は)?(、|,)?.{0,8}(dv|暴力|ストーカー|つきまとい)(に|の被害に)(遭|あ)",
  // A death by hanging told for paperwork (首をつって亡くなりました): before 亡くなりました is blanked.
  "(首を(つ|吊)って|自ら命を(絶|断)って)[^。]{0,4}亡くな",
  // A game lost and a past stay in a shelter, before the game and shelter cues blank half of them.
  "(ゲーム|ボス|敵)[^。]{0,24}(殺され|ころされ)(て(い)?る|てます|た)[。、]?\\s?(もう)?|(dv|暴力|虐待)(で|から|のため)(以前|前に|昔|一時)[^。]{0,6}(シェルター|施設)",
  // Twelfth round: the hyperbole's whole phrase (死ぬほど忙しくて, もう死ぬかと思った), so the model
  // does not read what was left of it; not pain (胸が死ぬほど痛い keeps 痛い).
  "死ぬる?ほど((?!痛|いた|苦し|くるし|つら|辛|しんど|怖|こわ)[^。、!！?？]){0,6}|(もう|ほんま|ほんとに|本当に)?\\s?死ぬかと思(った|いました|うた)?|死にそうなくらい|死ぬ気で(頑張|がんば)",
  // Shame and idioms (消えてしまいたいくらい恥ずかしい, 清水の舞台から飛び降りる), jokes and fiction.
  "(消えてしまいたい|消えたい|死にたい|穴があったら入りたい)(くらい|ほど|ぐらい)|清水の舞台から飛び降り(る|た)?",
  "冗談(で|だけど|です|ですけど)[^。]{0,24}|(ドラマ|映画|アニメ|漫画|マンガ|小説|ゲーム)(で|の)[^。]{0,16}(シーン|場面)",
  // Someone's suicide or attempt in the past (兄が自殺しまして, 自殺未遂をしたことがあります).
  "(兄|姉|弟|妹|父|母|夫|妻|息子|娘|家族|友人|友達)が(自殺|自死)(し(まして|た|て)|を)|(自殺)?未遂(を)?した(こと|経験)(が|も)",
  // General questions about reporting and help (虐待の通報先を一般的に), care that never happened.
  "[^。?]{0,20}(一般的に|一般論|通報先|相談先|相談支援センター|配偶者暴力)[^。?]{0,12}|(叩|たた|殴|なぐ)いた(こと|事)(は|も)?(ない|ありません|なか)|暴力的な",
  // Emergencies weighed or prepared for, not happening (救急車を呼ぶほどではない, 火事のときの避難経路).
  "(救急車|119)(を)?呼ぶ(ほど|まで|べきか|か(どうか)?迷)[^。]{0,8}|(救急車|救急|火事|火災)(は|って)(119|#7119)|(虐待|暴力|dv)(かも(しれない)?|だ)と思(った|う)(ら|とき|時)|(火事|火災|地震|災害)(の|に)(とき|時|際)の|(溺れ|おぼれ|詰まらせ|倒れ)(た|ない)(とき|時)?(ため|よう)?の(浮き方|対策|予防|講座|教室|食事)|(溺れ|おぼれ)たときの",
  "(刃物|包丁|ナイフ|はさみ|カッター)(の|を)(捨て|処分|研|出し方)|(虫|ゴキブリ|害虫|ネズミ|ねずみ|雑草|ダニ)を殺す",
  "((dv|暴力)(で|から))?(避難|保護)(して(い)?た|されて(い)?た|した)(時期|とき|頃|こと|期間)|(虐待|暴力|dv)の(通報|通告)(って|は|の(仕方|方法|先))|(詰まらせ|溺れ|おぼれ|倒れ|転ば|ころば|落ち)ない(ため|よう)(の|に)",
  // Hyperbole about a fright: 心臓が止まるかと思った, 息が止まるくらい驚いた, 倒れるかと思った.
  "(心臓|息|呼吸)(が|も)?止まる(かと|か|くらい|ぐらい|ほど)|止まりそうな(くらい|ほど)|(倒れる|気を失う|気絶する)(かと|くらい|ぐらい|ほど)",
  "死亡(届|診断|証明)|亡くな(った|りました|って)|死去|相続|葬儀|火葬|埋葬|遺言|遺品",
  // Things that turned up (なくしたカードが出てきました), not blood or smoke coming out.
  "(書類|通帳|カード|手紙|写真|鍵|かぎ|財布|領収書|証書|印鑑|はんこ|免許証|保険証|通知|封筒|メモ|手帳|証明書|記録)(が|も)出て(き|こ)",
  // A worry about dementia is a care matter (父が認知症かもしれなくて), not an emergency.
  "認知症(かも(しれな(い|くて))?|の疑い|っぽい|の検査|の相談|の診断)",
  "火災保険|火災報知(器|機)(?!(が)?(鳴|な))|火事の?(罹災|り災)|(罹災|り災)証明|火災(共済|予防)|防火|消火器|煙(感知|探知)器",
  "(去年|昨年|以前|前に|昔|先月|先日|先週|この前|きのう|昨日|ゆうべ|昨夜|おととい|一昨日).{0,8}(火事|火災|かじ)",
  "火事(で|に)(あ|遭)?.{0,12}(燃えてしま|焼けてしま|燃えちゃ|焼けちゃ|燃えちま|焼けちま|燃えた|焼けた|焼け出され|なくな|失|焼失|紛失)|燃えてしま(った|いました)",
  "火事の(後|あと)",
  // A fire named among the ways a card can be lost (火事とか盗難でなくしたときは、再発行は).
  "(火事|火災|かじ)(とか|や|・|、)(盗難|災害|地震|水害|台風|紛失|空き巣)|(盗難|災害|地震|水害|台風|紛失)(とか|や|・|、)(火事|火災)",
  // A break-in found afterwards, now a matter of the stolen card (空き巣に入られてカードも盗まれた。
  // 作り直すのに手数料は): the burglar is gone; the caller asks about paperwork.
  "(空き巣|泥棒|どろぼう)(に|が)(入られ|はいられ|入つ)[^?？]{0,40}(再発行|作り直|つくりなお|再交付|手数料|手続き|止め(る|たい|て)|補助|修理|警察(に|には)(もう)?届け)",
  "(家|建物|塀|ブロック|木|電柱|看板|自転車|棚|小屋|空き家|空家|墓石)(が|も)倒れ(そう|かけ|た|て)",
  "倒れそうな",
  // A collapse in the past that led to care or a stay in hospital (倒れてから介護が必要に).
  "倒れ(てから|て以来|た後|たあと)(は)?.{0,12}(介護|入院|施設|リハビリ|要介護|後遺症|車(いす|椅子)|寝たきり|手続き|申請)",
  "[^。、]{0,8}倒れて(入院|手術)|[^。、]{0,8}倒れて[^。]{0,16}(病院|リハビリ)(に|で|中)",
  // Twenty-ninth round (red team 26 read): a crisis phrase quoted as what one searches
  // (「死にたい」と検索したときに出てくる), or as what one feels only when the sentence is about a
  // leaflet, a list or a poster to put up (「死にたい」と思ったときの相談窓口の一覧表を公民館に置きたい):
  // asked on its own (「死にたい」と思ったときの相談窓口はありますか) the caller may be the one, and the
  // crisis numbers are the safe answer; in a sentence with no now; a harm verb corrected away in speech (孫 を 叩く じゃ なくて 孫 に 太鼓 を); a harm as a
  // figure for a life (首を絞められるような暮らし); a mosquito's or a centipede's bite (no bee's: its
  // sting can choke); a near-drowning told of a person (夏に川で溺れかけた息子が).
  `[「『][^」』]{0,12}[」』]\\s?(と|って)\\s?(検索した|検索する|調べた|打ち込んだ|入力した)\\s?(とき|時|人|方)(の|に|は)${NO_NOW_IN_SENTENCE}`,
  `[「『][^」』]{0,12}[」』]\\s?(と|って)\\s?(思った|思う|感じた)\\s?(とき|時|人|方)(の|に|は)(?=[^。!?！？]{0,40}(一覧|ポスター|チラシ|リーフレット|パンフレット|冊子|掲示|載せ|置き|配り|配布|貼))${NO_NOW_IN_SENTENCE}`,
  "[^。、]{0,8}(叩|たた|殴|なぐ|蹴|け)(く|る)\\s?(じゃ|では)\\s?(なくて|なく)",
  "(首を\\s?(絞|締|し)め|殴|なぐ|叩|たた|刺|さ|蹴|け)(ら|か|さ)?れ(る|てる|ている)\\s?(ような|みたいな)\\s?(暮らし|くらし|生活|毎日|日々|家計)",
  "(蚊|ムカデ|むかで|ダニ|だに|ブヨ|ぶよ|ブユ|アブ|あぶ|毛虫|けむし|ノミ|のみ)\\s?(に|に\\s?足を|に\\s?腕を)?\\s?(刺|さ)され",
  "(溺れ|おぼれ)かけた\\s?(息子|娘|子ども|子供|こども|子|弟|妹|兄|姉|夫|妻|父|母|孫)(が|は|も)",
  // Twenty-ninth round (false emergencies in training question set 26 and blind-28): dialect's
  // worse (婆さんの物忘れがひどなって, しんどなって) is no one shouted at (どなって): its な is blanked;
  // an illness supposed in a question (熱中症になって病院行ったら、保険証として通る?).
  "(?<=(ひ|しん)\\s?ど)な(?=\\s?(っ|る|り))",
  "(熱中症|ねっちゅうしょう|脱水|だっすい|けが|怪我|骨折|急病|病気)\\s?(に|で)\\s?(なった\\s?(ら|場合|とき|時)|なって[^。、?？!！]{0,12}(?<!どう\\s?し)(たら|た場合|たとき|た時))(?=[^。!！?？]{0,40}[?？])",
  // A fall that led to a
  // stay in hospital (屋根から落ちて入院しました; 転落して入院している間に), like a collapse above.
  "[^。、]{0,8}(落ち|おち|転落し|転んで|ころんで|こけ)て\\s?(入院|手術)(し|中|を)",
  "(去年|昨年|以前|先月|先週|先日|数年前|半年前|(\\d+|一|二|三|何)(年|か月|ヶ月|カ月)前)(の(夏|冬|春|秋|暮れ|年末|年始|今(ごろ|頃)))?(に)?.{0,12}(倒れ|溺れ|おぼれ|詰まらせ|つまらせ)",
  // An illness of the past, now a matter of care or paperwork (3年前に脳梗塞をやって、今は要介護2).
  "(去年|昨年|以前|昔|先月|先週|数年前|半年前|(\\d+|一|二|三|四|五|何|数)(年|か月|ヶ月|カ月)前)(の(夏|冬|春|秋))?(に|は)?.{0,8}(脳梗塞|脳卒中|脳出血|心筋梗塞|くも膜下出血|熱中症|大けが|大怪我|骨折)",
  "(脳梗塞|脳卒中|脳出血|心筋梗塞)(で|の)(亡くな|後遺症|リハビリ|入院|既往|治療|手術|あと|後)",
  // Abuse or violence of the past, told for paperwork (子どもの頃に親に叩かれた, 去年DVで保護された).
  // Twelfth round: not when the caller says it is now (昔のことじゃない、いま夫に殴られてる).
  "(子どもの頃|子供の頃|こどもの頃|小さい頃|幼い頃|若い頃|学生の頃|昔|以前|(小学生|中学生|高校生|小学校|中学|高校|子ども|子供|こども)(の)?(頃|ころ|時|とき))(に|は)?((?!今|いま|じゃな|ではな)[^。]){0,12}((叩|たた)かれ|殴られ|蹴られ|虐待|暴力|dv)",
  "(去年|昨年|以前|前に|昔|先月|数年前|(\\d+|一|二|三|何|数)(年|か月|ヶ月|カ月)前)(、|,)?.{0,8}(dv|暴力|ストーカー)(で|から|を受け|の被害)",
  "(dv|ドメスティック(・)?バイオレンス|ストーカー|暴力|虐待)(の)?(被害(者)?)?(の|で|による)?.{0,12}(閲覧制限|支援措置|非開示|交付制限|証明書|相談窓口|パンフ)",
  // A past attempt, now in treatment (昔、首を吊ろうとしたことがあって、今は治療中).
  "[^。.!?]{0,16}(うと|ようと)した(こと|経験)(が|も)(あり|ある|あつ).{0,30}(今は|いまは|現在は)(治療|通院|落ち着|大丈夫|元気|回復)",
  // How things work, not what is happening (救急車で運ばれたとき保険証は使えますか).
  "(救急|きゅうきゅう)(車|しゃ)?(で|に)(運ばれ|はこばれ|搬送|はんそう)(た|る|され(た|る)?)?.{0,3}(とき|時|場合|際|ら|こと|ので|から)",
  "(けいれん|痙攣|てんかん|ひきつけ|ぜんそく|喘息|心臓|アナフィラキシー|アレルギー)の(持病|既往|薬|発作がある|ある(人|方|子)|経験|歴)|持病(が|で|の)",
  "熱中症(対策|予防|の(注意|予防|対策|パンフ))",
  "胸(が)?(痛|いた)(む|く(なる|なります))(ような|よう|話|ニュース|思い|出来事)",
  "(真っ青|まっさお|真っ白)(に)?な(る|った)(ほど|くらい|ぐらい|思い|気分)",
  "野焼き.{0,12}(煙|けむり)|(煙|けむり).{0,12}野焼き|たばこの煙|タバコの煙",
  "暴力団排除|殺虫|殺菌|息を殺|笑い死|笑死|首を長く|首を(突|つ)っこ",
  "(カード|アプリ|スマホ|機械|パソコン|システム|画面|サイト|端末|電話|リーダー|ライト|ランプ|エンジン|エレベーター|時計|プリンター|ドア|車|自転車|洗濯機|冷蔵庫|エアコン)(が|も)?.{0,8}(動かない|動かなく|反応(が)?ない|反応しない)",
  "(手続き|申請|作業|生活|暮らし|家計|仕事)(が|を)?.{0,4}楽になりたい",
  "(この|その)?(話|電話|説明|相談|件|手続き)(は|で|を)?(これで|もう)?(終わり|おしまい)に(したい|します|しましょう)",
  "(虐待|暴力|dv).{0,4}(の)?(研修|講演|統計|パンフ|ポスター|啓発|防止)",
  "(研修|講習|講座|勉強会|セミナー)(で|の|に).{0,10}(暴力|虐待|dv|自殺)",
  // Smoke that a fan or stove gives off as a rule (煙が出やすい), not a fire now.
  "(煙|けむり)が出(やすい|やすく|る(こと|の)が|ないように)",
  // Something that happened and is over (頭を打ったけど今は普通にしてます).
  "(頭を(強く)?打(っ)?|倒れ|落ち|転ん|ぶつけ|やけどし|火傷し|溺れ|おぼれ|けいれんし|ひきつけ|骨が折れ|血が出)(た|だ|ました)(ん(です|だ))?(けど|けれど|が|ものの)(、)?.{0,12}(今は|いまは|もう|本人は)?(普通|元気|大丈夫|平気|何ともな|なんともな|落ち着い)(です|でした|そう|にして|になり|になっ|みたい|て)",
  "(先日|昨日|先週|この前|以前)[^。]{0,10}(けいれん|痙攣|ひきつけ)(を)?起こし(まし)?た|(血が止まらない|血が出た)(って|と)[^。]{0,10}(騒|さわ)|ただの(鼻血|かすり傷)",
  "遺書(の)?(書き方|講座|セミナー|保管|作成|テンプレート|見本)|終活.{0,20}遺書|遺書.{0,20}終活|練炭(の)?(処分|捨て方|回収|販売|火鉢|こんろ|コンロ)",
  // How reports are handled (虐待の通報があった場合), a past cause (暴力が原因で離婚しました).
  "(虐待|暴力|dv|ストーカー)(の)?(通報|通告)(が)?あった(場合|とき|時|ら)|(暴力|dv|虐待)(が)?(原因|理由)で(離婚|別居|転居|引っ越)",
  // Aches that keep someone at home (腰が痛くて動けない), not an emergency.
  "(腰|膝|ひざ|足|肩)(が)?痛くて(動けな|歩けな|立てな|出かけられな)",
  // Someone who died by suicide (自殺した兄の遺品), and prevention asked for (首を吊るような事件がないよう).
  "(自殺|自死)(した(兄|姉|弟|妹|父|母|夫|妻|息子|娘|家族|友人|人|方|子|遺族)|で亡くな|された(方|人|遺族))|[^。、,]{0,12}(ような|みたいな)(事件|事故)(が|の)?",
  // Talks, campaigns and leaflets about a crisis topic (自殺対策の講演会, 自殺予防週間のポスター).
  "(自殺|自死|虐待|暴力|dv|ストーカー|性暴力)(の)?(対策|予防|防止)?(の)?.{0,4}(研修|講演|統計|パンフ|ポスター|啓発|週間|月間|セミナー|講座|条例|計画|キャンペーン|イベント)",
  "(abuse|violence|suicide|dv|stalking)( prevention| awareness)? (leaflet|pamphlet|brochure|poster|seminar|training|course|lecture|statistics|campaign|week)",
  // Idioms: 殺す気か (are you trying to kill me), 頭が爆発しそう, 火事場の馬鹿力.
  "殺す気か|(頭|あたま|怒り|ストレス)(が|も)?爆発|爆発的|火事場(の)?(馬鹿力|ばか力|泥棒)",
  // Chores to get over with (手続きを全部終わらせたい), not a life.
  "(手続き|申請|作業|用事|書類|届け|届|支払い|用件|宿題|引っ越し|引越し)(は|が|を|も)?.{0,6}終わ(り|ら)",
  // Alarms and detectors (ガス漏れ警報器), inspections.
  "(ガス|火災|煙|一酸化炭素|co)(漏れ)?(の)?(警報|報知|検知|感知|探知)(器|機)(?!(が)?(鳴|な))|ガス漏れ(の)?(点検|検査|対策|補助|保険)",
  "(fire|smoke|gas( leak)?|co|carbon monoxide) (alarm|detector|sensor)s?(?! (is |are |keeps )?(going off|ringing|sounding))|gas leak (check|inspection|insurance)|fire (insurance|drill|extinguisher|safety|prevention|station|department|brigade)",
  // English hyperbole and past events (I nearly had a heart attack; a fire last year).
  "(nearly|almost) (had|have|gave|give|got) (me )?a heart attack|(gave|give) me a heart attack",
  "(had|survived|suffered|after)( a| the| his| her| my| our)?( (small|big|kitchen|house|minor|little|bad))* (fire|stroke|heart attack|seizure)[^.?!]{0,30}(last (year|month|week|spring|summer|autumn|fall|winter)|years? ago|months? ago|weeks? ago)|(had|survived|after) (a|the|our)( (small|big|kitchen|house|minor|little|bad))* fire",
  // Fire insurance, drills and extinguishers in Chinese, Portuguese and Spanish.
  "(nasunog|nagkasunog|sunog)[^.?]{0,30}noong [^.?]{0,20}|(latihan|simulasi|asuransi|pencegahan) kebakaran|alat pemadam|火灾(保险|险|演习|报警器)|(seguro|simulacro|simulado|alarma|alarme|extintor)[a-z]* (de |contra )?(inc(ê|e)ndio|fuego|fogo)",
  // Korean and Vietnamese: a collapse last year; 'tired to death'.
  "(작년|지난 ?해|예전|전에|몇 ?년 ?전|지난달)에?.{0,8}쓰러(졌|지셨)|(mệt|đói|buồn ngủ|chán|nóng|lạnh) (muốn|gần) chết",
  // Bring a knife along (包丁研ぎの会に包丁を持ってきてください).
  "(包丁|ナイフ|はさみ|ハサミ|カッター)(を)?(持|も)って(き|来)て(ください|下さい|もいい|いい|ほしい)|包丁(研ぎ|とぎ)",
  "押し?入れ|押入",
  // Ordinary life and care: 生きてるうちに作っておきたい, 血圧の薬を飲んでいます, 隣の人に迷惑をかけられて.
  "(生|い)きて(い)?る(うち|間|あいだ)に|(血圧|高血圧|糖尿病?|持病|風邪|花粉症|痛み止め|ビタミン|胃|喘息|ぜんそく|アレルギー)の(薬|くすり)(を)?(毎日|ずっと|朝晩|定期的に)?(飲|の)んで(い)?(る|ま)|迷惑を(かけ|掛け)られ",
  // Complaints: 全然話にならない, 埒が明かない.
  "(?<!会)話にならな|(埒|らち)が(明|あ)かな",
  // Hyperbole: 宿題多すぎて死ぬ, 殺されるかと思った, 殺意わくレベル.
  "(すぎ|過ぎ|ほど)て?(死|し)ぬ|(殺|ころ)される?かと(思|おも)|殺意(が)?(わく|湧く|沸く)(レベル|くらい|ほど|わ)",
  // Over and done with, now well (昔…自殺を考えたが、今は元気; 倒れたのは去年; 火事はもう消えた).
  "(昔|むかし|以前|かつて|若い(頃|ころ)|学生(時代|の頃))[^。]{0,30}(が|けど|けれど|ものの)(、|,)?(今は|いまは|現在は)[^。]{0,12}(元気|大丈夫|回復|平気|落ち着|働)",
  "(去年|昨年|先月|先週|先日|以前|昔|(\\d+|一|二|三|何|数|半)(年|か月|ヶ月|カ月)前)(、|,)?[^。]{0,12}(命を(絶|断)|自殺|自死)",
  "倒れたのは.{0,4}(去年|昨年|以前|先月|先週|(\\d+|一|二|三|何|数)(年|か月|ヶ月|カ月)前)",
  "(火事|火災|ぼや|ボヤ)(が|は)?(あり|あっ)(まし)?た(が|けど)|(火|火事|火災)(は|も)?(もう|すでに)(消え|鎮火|消し止め)|(もう|すでに)(鎮火|消し止め)|(火事|火災)(で|に).{0,8}(半焼|全焼|焼失|焼け(て|た)|燃え(た|てしま))|(火事|火災)で(おりた|下りた|出た)保険",
  "(暴力|dv|虐待)から(逃れ|逃げ)て.{0,2}(\\d+|一|二|三|四|五|六|七|八|九|十|何|数)(年|か月|ヶ月|カ月)",
  "(ガス|煙|焦げ)(の)?(臭い|におい|匂い)(が)?(した|して)(ので|から|けど|が)[^。]{0,30}(直り|直っ|なおっ|修理|大丈夫|問題な)",
  // Questions in general, in speech recognition's kana (ぎゃくたい の そうだん さき).
  "[^。?]{0,20}(いっぱん ?てき|(そうだん|相談) ?(さき|先)|(つうほう|通報) ?(さき|先))[^。?]{0,12}",
  // A caseworker's client described by their past (夫の暴力から逃げてきた女性, 意識がないまま搬送された人).
  "[^。、,]{0,8}から.{0,10}(逃げて|逃げ出して|避難して)(き|来)た(人|女性|男性|方|お母さん|母子|世帯|ケース|利用者|子)|意識がない(まま|状態で)(救急)?(車で)?(搬送|運ばれ)",
  "飛び込みで|飛び込み(の|で)?(受付|来庁|申請)",
  // Hyperbole about work and deadlines (締め切りに殺されそう), jokes marked with 笑 (死にたい笑).
  "(締め切り|締切|〆切|しめきり|上司|仕事|宿題|課題|残業|ノルマ)[^。]{0,8}(殺|ころ)され(そう|るかも|る(わ|って|んで|ので|から))",
  "(死にたい|死ぬ|死んだ|殺され(そう|る|た))(笑|ｗ|w|\\(笑\\)|（笑）|草)|暴力的",
  // Fiction and games (ゲームでゾンビに殺されてる, 漫画の主人公が刺されて, 心霊スポットの伝説).
  "(ゲーム|漫画|マンガ|アニメ|ドラマ|映画|小説|時代劇|芝居|舞台|キャラ|主人公|聖地巡礼|ホラー)[^。]{0,24}(殺され|殺す|死ね|刺され|溺れ|おぼれ|死ん|死ぬ|撃たれ|首を(吊|絞)|シーン|場面)|推し(の|が)[^。]{0,12}|[^。]{0,12}(伝説|心霊スポット|怪談|肝試し)|「[^」]{0,16}」(って|という|っていう)?(歌詞|曲|歌|タイトル|セリフ|台詞)",
  // Drills, first-aid courses and prevention (避難訓練で火事の想定, 救命講習, 飛び降り防止のホームドア).
  `[^。]{0,20}(避難|防災|消防|救命|救急|防犯)(訓練|講習|講座|教室|研修)((で|の|では|を)(、)?${NOT_A_COLLAPSE}{0,30})?|(訓練|講習)(で|の|では)[^。]{0,20}|[^。]{0,12}(の)?(想定|実演)(を|が|で)`,
  "(飛び降り|飛び込み|転落|自殺|自死|虐待|暴力|dv|溺水|火災|火事|熱中症|孤独死)(の)?(防止|予防|対策|撲滅)",
  // Plans for a possible emergency (意識がないときのために保険証を持ち歩く).
  "(意識がない|倒れた|動けない|救急車で運ばれる)(とき|時|場合)(の|に)?(ため|用|備え)",
  // Over and now well (運ばれたけど、もう元気です; 十年前に…逃げて、今は穏やかに暮らしています).
  "[^。]{0,30}(た|だ|ました|かった|だった)(そう)?(けど|けれど|が|ので|で)(、)?[^。]{0,10}(今は|いまは|もう)(すっかり)?(普通|元気|大丈夫|平気|何ともな|なんともな|回復|治)",
  // Twenty-first round (red team 18 read): also 前に at the start of a clause (前に飛び降りようと
  // した友達が、今は) and a childhood (子どものころ…閉じ込められた物置、今は笑い話です).
  "((\\d+|一|二|三|四|五|六|七|八|九|十|何|数)(年|か月|ヶ月|カ月)前|昔|以前|去年|昨年|(?<=^|[。、,!?！？]\\s?)(前|まえ)に|(子ども|子供|こども|幼い|小さい|若い)(の)?(ころ|頃|時)|学生時代)[^。]{0,30}(、|,)(今は|いまは|現在は)",
  "[^。]{0,30}(けど|けれど|が)(、)?[^。]{0,12}(腫れ|痛み|熱|血)が(引|ひ|止ま|とま|下が|さが)(いた|きました|った|りました)",
  "足が棒に[^。]{0,20}|(すぎ|過ぎ)て爆発|(逃げ|逃れ|避難し)て(、)?(今は|いまは|現在は)",
  // Scars and a past overdose (リスカの跡, 自傷の痕).
  "(リスカ|リストカット|自傷|傷)(の)?(跡|あと|痕)",
  // Past stalking or violence behind a request to keep an address hidden.
  "(以前|前に|昔|去年|昨年)[^。]{0,12}(dv|暴力|ストーカー)(の)?被害|(過去|以前)の(dv|暴力|虐待)(歴|被害)|(dv|虐待|暴力)歴",
  "(primeiros socorros|first aid|primeros auxilios)|(tira|tirar|descart[a-z]*|bota|botar|jogar fora|throw away|dispose of)[^.?]{0,24}(cuchillo|faca|knife)",
  "(dv|ストーカー|暴力)[^。]{0,24}(住所|転居先|居場所)[^。]{0,10}(知られ|非公開|隠|教え|閲覧)",
  // Questions about cases in general (DVで別居している場合, 虐待の通告をした場合), news and programmes.
  "[^。、]{0,20}(して(い)?る|した|された|(?<!予定|つもり)の)場合|(dv|暴力|虐待|ストーカー)(の)?加害者(更生|プログラム|向け)",
  // Eleventh round: what the case was called comes first (首つり事件のニュース).
  "[^。、]{0,10}(事件|事故|心中)(の)?(ニュース|報道|記事|番組|特集)",
  "(虐待|暴力|事件|事故|自殺|火事|火災)(の)?(ニュース|報道|記事|番組|特集)[^。]{0,14}",
  // Idioms of anger, effort and laughter (血が沸騰しそう, 殺す気ですか, 骨が折れる作業).
  "血が(沸騰|煮えくり|のぼ|上)|(笑い|わらい)(すぎ|過ぎ)て[^。]{0,8}|死ぬ気で|殺す気(か|です|な)|殺意(が)?(わ|湧|沸)いた|骨(が|の)折れる(作業|仕事|こと|の|んで|ので|手続|書類|申請|話|用事|役目)|(本当に|ほんとに|なかなか|かなり|結構|けっこう|とても)骨(が|の)?折れ",
  // Case notes and calls about the past (過去にDV被害歴あり, 暴力を理由に離婚済み, 十年前に夫から逃げてこの市に来ました).
  "過去に[^。]{0,16}(dv|暴力|虐待|自殺|自傷|od)|(dv|暴力|虐待)(を)?理由に(離婚|別居|転居)|[^。、]{0,8}(別居|離婚|避難)して(、)?(今は|いまは|現在は)|(虐待|暴力|dv)(と|だと)(誤解|勘違い|疑われ|間違われ)|(逃げ|逃れ)て(この|こちらの)?(市|町|まち|街)に(来|き)",
  "(me pegaba|me golpeaba|me maltrataba|防止(虐待|暴力|自杀))",
  // An ambulance or a near-drowning in the past (救急車で運ばれて入院しました, 溺れかけたことがあって).
  "(救急車|救急)(で|に)(運ばれ|搬送され)て(入院|手術)|(救急車|119)を呼んだ(こと|経験)|(溺れ|おぼれ)(かけ)?た(こと|経験)",
  "[^。]{0,12}の(助け方|救助(の)?(方法|仕方)|対処法|応急手当)|(ニュース|話|記事)を(見|聞|読)[^。]{0,6}胸が(痛|いた)",
  "(学芸会|劇|脚本|台本|芝居)[^。]{0,20}|練炭(って|は)[^。]{0,6}(ごみ|ゴミ)",
  // Tenth round (red team 7 read as a development set). A fright compared (脅迫かと思うくらい),
  // dialect idioms of anger (市民ば殺す気ね).
  "(脅迫|殺され(る)?|襲われ(る)?|火事|爆発)かと思う(くらい|ぐらい|ほど)|殺す気(ね|やろ|なん|とや|じゃろ|やな)",
  // An alarm checked and found to be nothing (点検して異常なし).
  "[^。]{0,30}(点検|確認|調べ|見て(もら)?)[^。]{0,12}(異常|問題)(は)?(なし|な(かった|い|く)|ありませんでした)",
  // Once, last summer, in April: an illness or a near-drowning now over (溺れかけたけど助かりました,
  // 四月に脳梗塞をやって、今は退院して家に).
  "(一度|いちど|前に一度)(熱中症で)?倒れ|(夏|冬|春|秋)に(熱中症で)?(一度)?倒れ(た|ました)|(溺れ|おぼれ)(かけ|そうにな)(た|ました)(けど|が)?.{0,6}(助か|無事)",
  "(\\d+|[一二三四五六七八九十]+)月(に|の(初め|始め|終わり|末))?.{0,8}(脳梗塞|脳卒中|脳出血|心筋梗塞|くも膜下出血|熱中症|大けが|大怪我|骨折)[^。]{0,30}(退院|今は|いまは|家に(い|戻)|戻って)",
  "[^。]{0,40}(た|ました)(けど|けれど|が)(、)?(もう|今は|いまは)(家|うち|自宅)に(戻|帰|い)",
  // Prevention and training (虐待に気づくためのチェックリスト), news and games seen.
  "(虐待|暴力|dv|自殺)(に気(づ|付)く|を(防|ふせ)ぐ|の(早期発見|チェックリスト))",
  "([^。]{0,30}(と|って))?(ニュース|テレビ|動画|映像|新聞)(で)?(見た|観た|みた)[^。]{0,10}|(ゲーム|試合|対戦)で[^。]{0,4}(ぼこぼこ|ぼこ)に(され|し)",
  // Case notes and statistics of closed cases (ケース終結, 月次集計, 虐待なしと判断).
  // Thirty-ninth round (speed): from a sentence's start only, as the cue on 誤解 above.
  "(?<![^。])[^。]*(終結|集計|相談件数|支援終了|引き継ぎ済み|見守り解除)[^。]*|(虐待|暴力|dv)(は)?(なし|なかった|ではない)と(判断|確認)",
  // A card or an account that is still valid (あの札が生きとるように, 口座はまだ生きてる).
  // Twelfth round: with what follows in the clause (生きとるようにしといた方が), which the model misread.
  "(カード|札|証明書|番号|口座|契約|パスワード|アカウント)(が|は|も)?(まだ)?(生き|いき)(て|と)(る|い|お)[^。?？]{0,16}",
  // Crisis training set 2's look-alikes: training material quoting a crisis, fiction being written,
  // hyperbole, events long over, things that turned out harmless, drills and gear, records.
  "[「『](死にたい|消えたい|死ぬ)[」』](と|って)(打ち明けられ|言われ)(た)?(とき|時|場合)|登場人物[^。]{0,20}|(飛び降り|死ぬ|死ん)(る)?(くらい|ほど|ぐらい)の(気持ち|覚悟|思い)|(写り|写真)[^。]{0,8}(死にたく|死にそう)|[^。]{0,30}(っていうのは|というのは)(言い過ぎ|大げさ|冗談)",
  "倒れたのは.{0,4}半年前|(昔|以前|かつて)[、,]?[^。]{0,20}(していました|してた)。(今は|いまは)|(子どもの|子供の|こどもの|小さい)ころ[^。]{0,12}((叩|たた)かれ|殴られ|蹴られ|虐待|暴力)|[^。]{0,50}(異常|問題)(は)?なし(で|と)[^。]{0,12}(帰宅|帰って|退院|帰れ)|火事は[^。]{0,6}(年前|昔|以前)|(溺れ|おぼれ)かけて[^。]{0,12}(助けられ|助かっ)|[^。]{0,30}(したのは|のは)[^。]{0,6}(\\d+|[一二三四五六七八九十]+|何|数|半)(年|か月|ヶ月|カ月)前(の(話|こと))?",
  "[^。]{0,30}(と思ったら|かと思ったら)[^。]{0,12}(猫|犬|鳥|カラス|テレビ|ゲーム|鳴き声|だった)|[^。]{0,40}(全員|家族は?|みんな)無事|[^。]{0,30}(焚き火|たき火)[^。]{0,20}|(ボヤ|ぼや)[^。]{0,12}(もう)?(消え|消し止め)|練炭で(バーベキュー|焼肉|bbq)|救急車の(サイレン|音)|(ぴんぴん|ピンピン)して",
  "(アナフィラキシー|エピペン)[^。]{0,6}(の子|のため|預か|持参|処方)|(以前|前に|昔)(は)?(シェルター|施設)に(入って|いました)|[^。]{0,20}(って|という)(苦情|相談)の(対応|窓口)|(焼いたら|焼き魚|秋刀魚|サンマ|さんま)[^。]{0,10}(煙|けむり)|(首を(つ|吊)って|自ら命を)[^。]{0,4}亡くな|(蜂|ハチ|はち)の巣|[^。]{0,30}夜泣き(?!\\s?(かと|だと|と|って)\\s?(思|おも))[^。]{0,20}|(首\\s?)?(つり|吊り)\\s?(かわ|革)|(空き家|空家)[^。]{0,12}(割られ|入った跡)|殺意(が)?(わく|湧く|沸く)[。!]?$",
  "pernah [^.]{0,40}|broke in(to)?[^.]{0,30}(last (week|month|year)|ago|police already)|(report|reporting) a gas leak to|just asking|防止家暴|家暴的讲座",
  // A pet, not a person (うちの猫が息をしていなくて, インコが急に倒れて).
  "(猫|ねこ|犬|いぬ|インコ|ハムスター|うさぎ|ペット|金魚|小鳥|文鳥|カメ|亀)(が|は)(急に|暑さで|もう)?.{0,8}(息|いき|冷たく|倒れ|たおれ|動か|うごか|ぐったり|死ん|けいれん|痙攣|吐い|詰まらせ|つまらせ|熱中症)[^。]{0,24}",
  // Crisis training set 1's look-alikes. Idioms and hyperbole (血管が切れそう, マジで殺される、部長に,
  // 溺れそうなくらい書類が), a denial (死にたいとかじゃない), a slip corrected (遺書、いや遺言書).
  "血管が(切れ|きれ)(そう|る)|(マジで|まじで)(殺され|死ぬ)|(殺され|ころされ)(る|そう)[、,]?(上司|部長|課長|社長|先生|親|母|父|嫁|妻|夫)に|(溺れ|おぼれ)(そう|る)(な)?(くらい|ほど|ぐらい)|(死にたい|消えたい)(とか|わけ)(じゃ|では)(ない|なく|ありません)|遺書(、|,)?\\s?(いや|じゃなくて|ではなく)",
  // What if (もし地震で家具の下敷きになったら; もしも夜中に子どもがけいれんしたら).
  "(もし|もしも|万が一|万一)[^。]{0,30}(たら|れば|場合)",
  // Over, and now in hospital or well (倒れて今は入院中; 運ばれて、今は意識も戻って; 熱性けいれんを
  // 起こしたことがあって), long ago (殺すぞって言われたのは十年前の話), a fire already dealt with.
  "倒れて(、)?(今は|いまは|現在は)?(入院中|入院して)|(救急車|救急)?(で|に)?(運ばれ|搬送され)て(、)?(今は|いまは)|(脳梗塞|脳卒中|脳出血|心筋梗塞|くも膜下出血)で倒れて(、)?(今は|いまは|現在は)?(入院|手術|リハビリ)|(dv|暴力|ストーカー)(で|から)[^。]{0,6}(\\d+|[一二三四五六七八九十]+|何|数)(年|か月)前に(逃げ|避難)|(けいれん|痙攣)を起こした(こと|経験)|[^。]{0,30}(のは|のも)[^。]{0,6}(年前|昔|以前)の(話|こと)|(\\d+|[一二三四五六七八九十]+)年前に(逃げ|避難)|(されてた|されていた)(時期|こと|頃)(も)?(あった|ある)|火事(が)?あって[^。]{0,20}(見舞|補助|制度|罹災)|焼けたのは|(暴力|dv)で(離婚|別居)した",
  // Staff records of closed cases, headed as such (（ケース記録）…終結, 【引継ぎ】…退所済み).
  "^[（(【\\[]?(ケース記録|対応記録|引継ぎ|引き継ぎ|終結報告|記録)[^\\n]*(終結|済み|解除|完了|支援終了|と確認|終了|満了)[^\\n]*",
  // Support for the bereaved, news and reports read, films and stage props, drills, disposal.
  `自死遺族|自殺遺族|[^。]{0,10}(通報|相談)件数|[^。]{0,30}(と|って)(ニュース|テレビ|新聞|ネット)で(見|読|知)|再現ドラマ[^。]{0,30}|小道具(の)?[^。]{0,6}|(避難|防災)訓練${NOT_A_COLLAPSE}{0,30}|magtapon ng[^.?]{0,30}|[^.]{0,40}지금은 ?괜찮아요|(溺れ|おぼれ)た(子ども|子供|子|人)を(助け|救)`,
  // Eleventh round (red team 8 read as a development set). Hyperbole about a nuisance (収集車の音で
  // 殺されそう), a near miss over (お餅を詰まらせかけたけど、すぐ吐き出して), trouble that has ended (つきまと
  // いは…終わりました, ガス漏れは業者さんが直して), a worry about the future (倒れても誰にも気づかれない,
  // 火事が怖いので), what one did once (採血で気を失ったことがある), training and forms (ロールプレイ,
  // 自傷他害), the law and general questions (通告しないといけないって法律, 相談をされたら, 刃物を持ち
  // 歩くのって), a dream told, a prescription finished, a will's validity, a friend's scare story.
  "(音|騒音|におい|臭い|匂い|暑さ|寒さ|湿気|忙しさ|花粉|蚊|残業|仕事|宿題|書類|手続き|数字|体重|請求|値段|金額|物価|電気代|税金)(で|に)(殺|ころ)され(そう|かけ)|殺意を(覚え|おぼえ)(ます|る|た)",
  "[^。、]{0,20}(詰まらせ|つまらせ|溺れ|おぼれ)かけ(た|ました)(けど|けれど|が|ものの)(、)?[^。]{0,12}(吐き出|取れ|とれ|出て|助か|無事|大丈夫|異常(は)?な)",
  "(つきまとい|付きまとい|ストーカー|dv|暴力|嫌がらせ)(は|も)[^。]{0,24}(終わり|終わっ|おさま|収ま|なくな|止ま|やみ|解決)(ました|った|りました)",
  "(ガス漏れ|ガスもれ|水漏れ)(は|も)[^。]{0,24}((直し|なおし)て(もら|くれ)|(直|なお)(っ|り)(た|ました)|修理(して|され|済|が終わ)|(止め|とめ)て(もら|くれ)|(止ま|とま)(った|りました))",
  "(認知症|物忘れ|耳が遠|難聴)[^。]{0,30}(会話にならな|話が通じな|受け答えが(おかし|変|でき))",
  "[^。]{0,20}(倒れ|たおれ|急変し|死ん)(ても|たら|た(とき|時))[^。]{0,16}(気づ|気付)(かれ|いてもらえ)(ない|ず|なかった)",
  "(火事|火災|爆発|地震)(に(なる)?の)?(が|は)?(怖|こわ|心配|不安)(い|く|で|な)",
  "[^。]{0,20}爆発(しそう|するかも|しないか)[^。]{0,16}(捨て|処分|出し方|ごみ|ゴミ|回収|買い替え)",
  "(気を失|気絶し|失神し|倒れ)(っ)?た(こと|経験)(が|も|は)?(あ|な)",
  "[^。]{0,40}(ロールプレイ|ロールプレー|事例検討|事例研究)[^。]{0,20}|(自殺|自死)念慮のある(方|人|利用者|相談者)(への|に対する|の)(対応|支援|初期対応|接し方)",
  "自傷他害",
  "(虐待|暴力|dv)(を|に)(見つけ|みつけ|見かけ|気づい|気付い|知っ|発見し|疑っ)(たら|た(場合|とき|時))|[^。]{0,30}(って|という|っていう)(法律|決まり|ルール|義務)",
  "[^。、]{0,12}(相談|話)(を)?(され|受け|持ちかけられ|打ち明けられ)(たら|た(場合|とき|時))",
  "(刃物|包丁|ナイフ|カッター)(を)?(持ち歩|携帯|所持)(く|する)?(の|こと)(って|は|が)|銃刀法",
  "[^。「『]{0,20}(殴られ|なぐられ|殺され|ころされ|刺され|追いかけられ|叩かれ|襲われ|死ぬ|死んだ)(る|た)?夢",
  "(薬|くすり)(を|は)?(全部|ぜんぶ)?(飲み|のみ)(終わ|終え|切っ|きっ)(っ)?(た|て)(ので|から|けど|が)?[^。]{0,20}(次|処方|もらい|出して|病院|医療券|受診)",
  "遺書(って|は|の)[^。]{0,16}(書き方|無効|有効|効力|形式|法的|検認)",
  "(?<!(殺す|ころす|殺して|刺す|殴る|燃やす|死ね)(ぞ|からな|よ)?[」』]?)(って|と)(友達|友人|知人|同僚|先輩|周り|みんな)(に|から)(脅|おど)(さ|かさ)れ(た|て)",
  // Eleventh round, crisis training set 3 read. Prevention (誤飲しないための, 詰まらせんごと), a word
  // asked about (ODって何の略, ネグレクトという言葉の意味), a fall or a fright now over and well (落ちた
  // …けど泣いてすぐ元気, こないだ倒れたけど、もう退院した, 倒れたんは去年のこと, 怖かったけど、もう帰り
  // ました), a story told (…っていう怖い話), idioms (胸が苦しくなる映画, 消えたい、恥ずかしすぎて, 死にてえ
  // ぐらい寒い, 爆発しそう、怒りで, 市民が殺されるわ), a pet, a dream, a game, a habit (口癖, 飲むと暴れる
  // ので断酒会を), trouble already settled (保護命令が出ていて引っ越しも済んで, エレベーターに…もう出られ
  // ました), paperwork after a fire, leaflets, volunteering, mail from the city and a phone on hold.
  "[^。、]{0,16}(誤飲|飲み込ま|のみこま|詰まらせ|つまらせ)(し)?(ない|ん|ん?ごと)(ため|よう|ごと|ように)|(詰|つ)まらせ(ん|ない|なく)(ごと|よう)",
  "[^。、,]{0,12}(って|とは|という(言葉|ことば))(の)?\\s?(どういう|何の|なんの|意味)",
  "[^。]{0,30}(た|だ)[…\\.・]*(けど|けれど|が)(、)?[^。]{0,10}(すぐ|もう|今は|いまは)[^。]{0,4}(元気|退院|治っ|なおっ|治りかけ|なおりかけ)",
  "[^。]{0,30}(怖|こわ)かった(けど|けれど|が)(、)?[^。]{0,6}(もう|今は|いまは)|カスハラ|カスタマーハラスメント",
  "[「『][^」』]{0,30}[」』](って|という|っていう)[^。]{0,12}(怖い話|こわい話|都市伝説|怪談|噂|うわさ|昔話|作り話)",
  "胸(が)?(痛|いた|苦し|くるし)(む|く(なる|なります|なった))(ような|よう|話|ニュース|思い|出来事|映画|ドラマ|小説|本|曲|歌)",
  "(消えたい|死にたい|消えてしまいたい)(、|,)?\\s?(恥ずかし|はずかし)|(死|し)にて(え|ぇ)(くらい|ぐらい|ほど)",
  "爆発(しそう|する)[、,]?[^。]{0,4}(怒り|いかり|ストレス|イライラ)|(市民|住民|国民|年寄り|庶民|利用者)(が|は)(殺|ころ)される(わ|よ|ぞ|って|で)",
  "(猫|ねこ|犬|いぬ|インコ|ハムスター|うさぎ|ペット|金魚|小鳥|文鳥|カメ|亀|メダカ|鳥|カラス)(が|は|、|,)\\s?[^。]{0,10}((鳴|な)いて|息|いき|死ん|動か)[^。]{0,16}",
  "[^。「『]{0,20}(溺れ|おぼれ|落ちる|おちる|刺され|追われ)(る|た)?夢",
  "[^。「『]{0,20}[「『][^」』]{0,16}[」』](と|って)?(ゲーム|オンラインゲーム|配信|テレビ)(で|の中で)[^。]{0,8}|(ゲーム|配信|動画|テレビ)(で|の中で)(?![^。]{0,30}((屋上|おくじょう|橋|崖|がけ|線路|ベランダ)(から|で|に)|(手首|てくび|腕|うで)を\\s?(切|き)っ))[「『][^」』]{0,16}[」』][^。]{0,16}|(ゲーム|漫画|マンガ|アニメ|ドラマ|映画|小説|ホラー|脚本|作品)(で|の中で|の)?[^。]{0,20}(首(を)?(吊|つ)り|監禁|誘拐|殺人|事件)[^。]{0,12}",
  "[^。]{0,24}(と思ったら|かと思ったら)[^。]{0,12}(昼寝|寝て(た|いた|る)|居眠り|いびき)",
  "[「『][^」』]{0,12}[」』](って|と|とか)?(、)?[^。]{0,12}(口癖|くちぐせ)|(反抗期|口が悪)[^。]{0,6}[。、]?[^。]{0,24}|[^。]{0,20}(と|たら)(暴れ|あばれ)る(ので|から|んで)",
  "(暴力|dv|ストーカー|つきまとい)(は|も)(、|,)?(もう|すでに)[^。]{0,40}(済|す)(ん|み)(で|まし)|(閉じ込められ|とじこめられ)[^?？]{0,30}(もう|すでに|無事に?)(出られ|出(まし)?た|助け)",
  "(ドアノブ|ノブ|鍵|かぎ|錠)(が)?(壊れ|こわれ)[^。]{0,16}|(子ども|子供|こども)(が)?(怖がって|こわがって)(い)?(ます|る|ました|た)|騒音(の)?(苦情|相談|問題)",
  // Twelfth round (crisis training set 4): the past act may be told at length in spaced kana.
  "(まえ|前)に\\s?[^。]{0,40}(。)?\\s?(いま|今)\\s?は\\s?(なおっ|治っ|元気|げんき)[^。]{0,6}",
  "[^。]{0,20}(前回|前は|以前|この前|こないだ)[^。]{0,20}(治ま|おさま)(り|っ)(まし)?た|[^。]{0,20}(のは|のも)(昔|むかし|生まれつき|前)から",
  "(自殺|自死|飛び降り|身投げ)の名所|(首つり|首吊り|自殺|事件)(の)?(跡|あと)(が)?(ある|あった)",
  "(飲み|のみ)(忘れ|わすれ)|[^。]{0,12}(の)?(跡|あと)の(片付け|片づけ|かたづけ)|(煙|けむり)が出た(けど|が)(、)?[^。]{0,12}(でした|だった|だけ)",
  "迷惑を(かけ|掛け)たくない(ので|から)[^。]{0,12}(今のうちに|早めに)[^。]{0,16}(認定|申請|手続|準備|登録|相談)",
  "[^。]{0,40}(と|って)思(った|ってた|っていた)(けど|けれど|が)(、)?[^。]{0,6}(今は|いまは)[^。]{0,20}",
  "(119|110)(番)?(に)?(電話|通報)(する|の)(練習|仕方|方法|かけ方)",
  "(たすけて|助けて)[^。]{0,4}[、,]?[^。]{0,6}(暗証番号|パスワード|マイナ|手続き|申請|書類)",
  // Help asked for as a scheme (家賃が払えないとき助けてくれる制度), a lasting effect of an illness
  // that is over (脳梗塞で障害が残りました; 心筋梗塞の後遺症があって), and a building or tree that may
  // fall one day (台風が来たら裏の家が倒れてきそう), not someone collapsing.
  "(助けて|たすけて)(くれる|もらえる|いただける)\\s?(制度|しくみ|仕組み|ところ|所|窓口|支援|サービス|団体|場所|機関|人)",
  "(脳梗塞|のうこうそく|脳出血|脳卒中|心筋梗塞|くも膜下出血|事故|じこ)(で|の)[^。]{0,8}(障害|障がい|後遺症|麻痺|まひ)(が)?\\s?(残|のこ|あ|出)",
  "(家|建物|小屋|物置|塀|へい|ブロック|木|枝|看板|電柱|屋根|瓦|かわら|空き家|あきや)[^。]{0,16}((倒れ|たおれ|崩れ|くずれ)(て)?(き|来)?そう|(落ち|おち)て(き|来)そう)",
  // An empty house next door as a nuisance (隣の家がずっと空いてて; 隣の空き家が何年も放置), not a
  // person left alone: not when a person or an animal is named after it.
  "(隣|となり|近所|裏|向かい)の(家|いえ)(が|は)[^。、]{0,6}(空いて|空き家|あきや|誰も住んで|だれも住んで)",
  "((隣|となり|近所|裏|向かい)の)?(空き家|空家|あきや)(?![^。]{0,30}(子|こども|人|ひと|赤ちゃん|あかちゃん|犬|いぬ|猫|ねこ|老|おばあ|おじい|高齢))[^。]{0,30}(放置|ほうち)(されて(い)?(る|ます))?",
  // A neighbour's animal, tree or rubbish as a nuisance (隣の犬が夜中ずっと吠えて; 空き家の木が伸びて
  // 何年も放置), not a person left alone.
  "(犬|いぬ|猫|ねこ|鳥|カラス|からす|鳩|はと|木|枝|草|雑草|ごみ|ゴミ)(が|の|を)[^。、]{0,16}(吠え|ほえ|鳴い|鳴き|伸び|のび|生え|はえ|放置|散らか|臭)",
  "(ぎゃくたい|じさつ|ぼうりょく)\\s?(ぼうし|よぼう|たいさく)|(dv|暴力|虐待|自殺(予防)?|シェルター|いのちの電話)[^。]{0,12}ボランティア",
  "[^。]{0,20}泣いて(い)?る(の)?は[^。]{0,40}だけ",
  "(車|くるま|ドア|自転車)[^。]{0,10}(ぶつけられ|当てられ|こすられ)",
  // Training sets 1 and 2, read again: anger said as 殺意わく, a sting not yet had (刺される前に), a
  // general question about what happens after (その後どうなるんですか), an ambulance once called and
  // now well, a past stay in a shelter, a photo of a hunting gun, a fire already out, a matter
  // over (もう終わったことです), chores ended today, a visit to hospital, a bill, a game lost.
  "殺意(が)?(わく|湧く|沸く)[。!、]|(刺|さ)される前に|[^。]{0,60}(その後|一般的に)どうなる(んですか|のですか|の)",
  "[^。]{0,30}(救急車|119)(を)?呼んだ(けど|けれど|が)[^。]{0,12}(今は|いまは|もう)",
  "[^。]{0,12}(猟銃|銃)(を)?(持って(い)?る)[^。]{0,4}(写真|絵)|(猟銃|銃)[^。]{0,8}(許可証|所持許可)",
  "(ボヤ|ぼや|火事|火災)(が|は)?(あり|あっ)(まし)?た[。、]\\s?(もう|すでに)(消え|鎮火|消し止め)",
  "[^。]{0,16}(は|も)(もう)?終わった(こと|話)(です|だ|なので)。?|(片付け|片づけ|荷造り|掃除|作業|仕事)(は|が|も)[^。]{0,6}(今日|今夜|今晩)で(全部|すべて)?(終わり|おわり)",
  "(お)?見舞い(に)?(行|い)|(ガス|電気|水道)?\\s?(の)?\\s?請求\\s?書|無理ゲー|[^。]{0,12}(入院|通院)(して(い)?る|中)(から|ので|けど)",
  "[^。]{0,20}(市役所|役所|区役所|市)から[^。]{0,24}(封筒|封書|通知|はがき|ハガキ|郵便|書類|手紙)((が|も)?[^。]{0,8}(溜ま|たま)(って|つて)(い)?(ます|る))?|(督促|通知|封書|封筒)(のような|みたいな)",
  "(電話|でんわ)\\s?で\\s?[^。]{0,6}(待|ま)って|かけ\\s?なお(し|す)|(券|けん|通知|封筒|書類|はがき|カード)\\s?(が)?[^。]{0,8}(届|とど)いて(い)?\\s?(ない|な|ません)|(家|庭|空き家)(が|は)?[^。]{0,6}(荒れ放題|草ぼうぼう)",
  // Twelfth round (red team 9 read): a family bereaved by suicide (自死で亡くした家族の会), talks and
  // leaflets about a crisis topic in other words and languages (救急車の適正利用の出前講座, leaflets
  // about suicide prevention, phòng chống bạo lực, pencegahan bunuh diri), a crisis researched for
  // a novel, a scream explained as a game or a film, hyperbole about taxes and bosses (住民税に
  // 殺される, 課長に殺されるー😂), anger said as 殺意がわきます, a moving film (胸が締めつけられる).
  "(自死|自殺)(で|により)[^。]{0,8}(亡くし|失っ|失くし)|(自死|自殺)(遺族|遺児)|(救急車|救急|119番?)の(適正(な)?(利用|使用)|上手な(使い方|かかり方|呼び方)|正しい(使い方|呼び方))",
  "(自殺|自死|虐待|dv|暴力|救急|救命|心肺蘇生|aed|火災|防災|防犯)[^。]{0,12}(出前講座|講習会|勉強会|研修会|セミナー|リーフレット|チラシ)",
  "(leaflets?|pamphlets?|brochures?|posters?|flyers?|training|seminars?|courses?|workshops?|talks?|materials?) (about|on|for) (suicide|abuse|violence|dv|domestic violence|child abuse|elder abuse)( prevention| awareness)?|phòng (chống|ngừa) (bạo lực|tự tử|tự sát|xâm hại|ngược đãi)( gia đình)?|(pencegahan|penanggulangan) (bunuh diri|kekerasan)|preven(ç|c)(ã|a)o (ao|do|da|de|contra a) (suic(í|i)dio|viol(ê|e)ncia)|pag-iwas sa (pagpapakamatay|karahasan)",
  "(小説|ドラマ|映画|漫画|マンガ|論文|レポート|卒論|卒業論文|記事|作品|脚本|研究)(で|の中で|に|の)[^。]{0,16}(を扱|について(書|調べ)|(の|を)(取材|調査|テーマ))[^。]{0,20}|[^。]{0,30}(取材|調査|研究)のため",
  "[^。]{0,50}のは[、,]?[^。]{0,8}(ゲーム|テレビ|動画|配信|映画|ドラマ|アニメ)[^。]{0,10}(でした|だった|だと(分か|わか)|と(分か|わか))|(映画|上映|ホラー|ライブ|コンサート|お化け屋敷|肝試し|ゲーム|テレビ|カラオケ)[^。]{0,12}(悲鳴|叫び声|絶叫)",
  "(税|税金|保険料|年金|家賃|物価|電気代|ガス代|光熱費|ローン|請求|出費|医療費|学費|残業|仕事|忙しさ|暑さ|寒さ|締め切り|しめきり|宿題|ノルマ)[^。]{0,6}(で|に|て)\\s?(殺|ころ)され(る|ちゃう|てまう)(?!\\s?(と|って|かも))|(殺|ころ)され(る|そう|ちゃう)[うぅ]*\\s?(😂|🤣|😅|💦|笑|\\(笑\\)|w+)",
  "殺意(が|を)?(わ|湧|沸)(き|い|く)|胸(が)?(締め|しめ)(つけ|付け)られる((ような|よう)(な)?)?(映画|話|ドラマ|曲|小説|本|ニュース|思い|出来事|物語|場面|シーン)",
  // A matter settled (縛られていた件は…改善されました), a collapse seen yesterday and asked about
  // (待合室で倒れた男性がいましたよね), a pan fire put out, the bill for a past injury, a bite at
  // nursery dealt with, a complaint the caller's mother often makes, a drunk boss's slurred speech,
  // charcoal left over from camping.
  "[^。]{0,40}(件|こと)(は|も)[、,]?[^。]{0,20}(改善され|解決し(まし)?た|対応済|済みました|済んで(い)?(ます|る)(?!か)|終わりました|落ち着きました)",
  "[^。]{0,30}(倒れ|運ばれ)た(人|男性|女性|方|男の人|女の人|お客さん|利用者さん|お年寄り)(が)?(いました|いた|おられました)(よね|けど|けれど|が|ん(です|だ)けど)|救急車で運ばれ(る|て(いく|行く))(の|ところ)を見|[^。]{0,60}その後どうなった(か|の)",
  "(火|ひ|煙|けむり|炎)が(出|で|上が)(まし)?た(が|けど|けれど)[、,]?[^。]{0,16}(消え|消し|消火|鎮火|おさま|収ま)(まし)?た|[^。]{0,40}(けが|怪我|やけど|火傷|骨折|入院)(を)?した(とき|時|際)の",
  "(保育園|幼稚園|学校|園|学童)(で|の)[^。]{0,4}(噛みつき|かみつき)[^。]{0,40}|(もう|すでに)?(対応|話し合い|謝罪|手続き)(は|も)(もう|すでに)?[^。]{0,4}(済|す)(ん|み)[^。]{0,6}",
  "[^。]{0,40}(けど|けれど|が)[、,]?[^。]{0,10}(検査|診察|受診|病院|健診)で[^。]{0,6}異常(なし|は(ない|なかった|ありません))",
  "[「『][^」』死殺消]{0,12}[」』](と|って)(よく|いつも|しょっちゅう|たまに|時々|ときどき|毎日)(言|い)(う|い|って)|異常(なし|は(ない|ありません|なかった))",
  "ろれつ(も|が)?(回|まわ)らない(ほど|くらい|ぐらい)[^。]{0,8}(飲|酔)[^。]{0,10}|(忘年会|新年会|飲み会|宴会)で[^。]{0,10}(飲んで|酔って)(い)?(ました|た)|二日酔い",
  // Ordinary talk the n-gram model misread in the training sets and red team 3: a fright from a film
  // that keeps a child from sleeping, a neighbour's complaint about smoke, coming again tomorrow, a
  // grandfather well again after an operation.
  "(映画|ドラマ|アニメ|ゲーム|動画|テレビ|漫画|マンガ|怖い話|お化け|人形|ホラー)[^。]{0,20}(出てきて|出てきた|見て|見た)(から|ので|せいで)?[、,]?[^。]{0,16}(眠れなく|寝られなく|ねられなく|トイレに行けなく|一人で寝られな)[^。]{0,10}",
  "[^。]{0,12}(すごく|ひどく)て[、,]?[^。]{0,8}(隣|となり|近所)[^。]{0,6}(怒られ|苦情|文句|注意され)[^。]{0,4}|(明日|あした|来週)(また|改めて)(来|き)(ます|る)|(今日|きょう)は(もう)?(帰|かえ)(る|ります)(わ|ね|よ)?(?=[。、!！]|$)|(手術|しゅじゅつ|入院|にゅういん)\\s?(して|した|を受けて|しました)[^。]{0,12}(元気|げんき)\\s?(に)?\\s?(なっ|なり|です)",
  "(tirar|se tira|desechar|botar|descartar|jogar fora) (un |el |los |uma |um |o |a )?(viejo |velho )?(cuchillo|navaja|faca)|(練炭|炭|七輪)[^。]{0,6}(余り|残り|あまり|のこり|捨て方|処分)[^。]{0,10}|(キャンプ|バーベキュー|bbq)で使(った|う)",
  "(attempted|tried) suicide[^.;]{0,20}(years|months|long) ago|(scared|afraid|worried) (of|about) (burglars|break-ins|intruders|fires?)|(advice|tips) on (door )?locks|(prevenci(ó|o)n|folletos?)[^.]{0,20}(violencia|suicidio|abuso)|(自杀|家暴|虐待)(预防|防止)|宣传(单|册)",
  // Twelfth round (crisis training set 4): how the city handles a report, asked for homework
  // (虐待の通報を受けたあと、市はどんな流れで), a case seen on the news, a threat in spam mail, a
  // catchphrase or a song's lyric quoted, a cut that has stopped bleeding, medicine from a doctor, a
  // past self-harm now well, a haunted-house prop, a stranger at the door who was the courier, an
  // ambulance "that time", a pill organiser, a past beating in Tagalog, someone not waking who was
  // only wearing earphones, a drama's scene in Korean, "I thought I'd kill him" and made up, a novel,
  // a boss who blew up, away on a business trip, a gas smell the fitter has fixed.
  "[^。]{0,40}(あと|後|とき|時|場合)[、,]?\\s?(市|区|役所|行政|警察|児相|児童相談所)(は|では)(どんな|どういう|どのような)(流れ|手順|対応|対策|支援)",
  "[「『][^」』]{0,12}[」』][^。]{0,16}(迷惑メール|スパム|架空請求)|[「『][^」』]{0,30}[」』](って|という|っていう)[^。]{0,12}(流行|はや)(って|り)[^。]{0,6}(ネタ|言葉|フレーズ|ミーム)|(歌詞|曲名|タイトル|題名)(に|は|で)[「『][^」』]{0,20}[」』][^。]{0,24}",
  "(血|ち)(は|も)(もう)?(止ま|とま)(って(い)?(ます|る)|りました|った)|[^。]{0,30}(病院|薬局|クリニック|医者|お医者さん)で(薬|くすり)を(もら|出して|処方)((?!飲|のん|のみ|のま|全部|ぜんぶ)[^。]){0,20}|(i )?used to (self[- ]?harm|cut myself|overdose|be suicidal)|(i'?ve been|i have been) (fine|okay|ok|well|good) for (years|months)",
  "首(つり|吊り)(人形|のおもちゃ|の飾り)|(お化け屋敷|肝試し|ハロウィン)(の|で)[^。]{0,20}|[^。]{0,40}(けど|けれど|が|と思ったら)[、,]?[^。]{0,6}(宅配|配達|郵便|検針|点検|業者|隣の人|知り合い)(の人|さん|員)?(でした|だった)",
  "(その|あの)(とき|時)(は|に)?[^。]{0,10}(救急車|病院)で運ばれ|[「『]?(薬|くすり)(は|を)?[^。」』]{0,6}(\\d+|[一二三四五六七八九十]+)(週間|日)分[^。」』]{0,10}(ケース|カレンダー|ボックス|分けて|入れて)[^。」』]{0,6}[」』]?|(と|って)(言|い)って(い)?て[、,]?\\s?(安心|ほっと)(しました|した)|服薬支援|(?<![a-z])dati (po )?(akong|ako|siyang)[^.]{0,40}(pero|ngayon)",
  "[^。]{0,40}(見に行ったら|行ってみたら|のぞいたら|覗いたら)[、,]?[^。]{0,10}(イヤホン|ヘッドホン|音楽|ゲーム|寝てい|昼寝|居眠り|動画|スマホ)[^。]{0,16}|(드라마|영화|만화|게임|소설)(에서|의|속)[^.?]{0,30}장면",
  "[^。]{0,20}(殺す|殺してやる|ころす)(って|と)思(った|いました)(けど|が)[^。]{0,20}|(小説|ドラマ|映画|漫画|マンガ|物語|脚本|シナリオ)の中で[^。]{0,40}(話|物語|シーン|場面)|(キレて|切れて|怒りが|怒って|感情が)爆発",
  "(出張|転勤|単身赴任|入院|留学|帰省|旅行|里帰り)(で|のため|なので|に(行|い)く(ので|から))[^。]{0,4}(いなくな|いな(い|く)|留守)|[^。]{0,30}(業者|ガス会社|ガス屋|修理の人)(さん)?(を|に|が)[^。]{0,12}(もう)?(直|なお)(して|し)(もら|くれ|まし)",
  // Thirteenth round (red team 10 read): the cost of an ambulance asked about, a sting whose
  // swelling has gone down, a bruise from play or sport, what to do on finding someone (意識がない人
  // を見つけたらどうするか), the house or affairs of a relative who died by suicide, laughing till one
  // could not breathe, and where the DV help desk is, asked in Chinese, Portuguese and Spanish.
  "(救急車|救急)(の|は|って|を呼ぶ(の|と)?(に|は)?)[^。]{0,4}(費用|料金|お金|有料|無料|代金|お代)",
  // Also (thirteenth round, our own probes): someone seen collapsing on a past day and helped
  // then, bullying told about (the model read 子が…言って as abuse), a thing dropped from a balcony,
  // a swallowed coin or a fall dated in the past in Portuguese and Spanish.
  "(昨日|きのう|先日|先週|この前|こないだ|おととい|昨晩|ゆうべ)[^。]{0,12}(倒れ|たおれ|うずくま)[^。]{0,20}(見かけ|見つけ|みかけ|みつけ)[^。]{0,30}(呼びました|呼んだ|通報しました|通報した)",
  "[^。、]{0,12}いじめ(られ)?(て(い)?る)?(と|って)\\s?(言って|いって|相談|聞いて|話して)",
  "((ベランダ|窓|まど|二階|2階|屋上)から\\s?)?(布団|ふとん|洗濯物|せんたくもの|植木鉢|うえきばち|スマホ|鍵|かぎ|物干し)(を)?\\s?(落とし|おとし)(て|た|ちゃ|ちま)(しま(い|っ)(まし)?た)?",
  "[^.;?!]{0,60}(no ano passado|ano passado|m(ê|e)s passado|semana passada|h(á|a) (\\d+|dois|duas|tr(ê|e)s|uns|umas|alguns|algumas) (anos|meses|semanas)|el año pasado|el mes pasado|la semana pasada|hace (\\d+|dos|tres|unos|unas|varios|varias) (años|meses|semanas))",
  "[^。、]{0,16}(た|だ)(こと|経験)(が|の)(ある|あります)(人|方|ひと)(向け|のため|の(会|集い|グループ|自助))",
  "[^。]{0,40}(腫れ|はれ|痛み|熱|血|じんましん|ぶつぶつ)(も|が|は)(もう)?\\s?(引|ひ|止ま|とま|下が|さが|治ま|おさま|消え)(いた|い(て|た)|き(まし)?た|った|りました|えました|えた)",
  "(ごっこ|遊び|あそび|遊んで|あそんで|部活|試合|練習|スポーツ|サッカー|野球|柔道|空手|ラグビー)[^。]{0,12}(あざ|痣|たんこぶ|すり傷|擦り傷)",
  "[^。、]{0,20}(を)?(見つけ|みつけ|見かけ|発見し)たら(どう|何を|なにを|どこに|どこへ)",
  "(自殺|自死)した[^。、]{0,8}の(家|遺品|部屋|手続|相続|口座|土地|借金|保険|空き家|空家)",
  "[^。、]{0,10}(ほど|くらい|ぐらい)\\s?(笑|わら)(い|っ|え|う)",
  "(家暴|暴力|虐待|自杀)[^。?？]{0,2}(咨询|援助|支援|求助|相谈)(窗口|中心|热线|电话|机构|处)|(centro|central|servi(ç|c)o|n(ú|u)mero|telefone|linha|ventanilla|oficina|atendimento|atenci(ó|o)n|ajuda|ayuda|apoio|apoyo)( de atendimento| de atenci(ó|o)n| de ajuda| de ayuda| de apoio| de apoyo)? (sobre|de|contra|para|a) (la |a |v(í|i)c?timas de )?viol(ê|e)ncia( dom(é|e)stica| familiar| de g(ê|é|e)nero)?",
  // Thirteenth round (crisis training set 5). A near miss that ended well (脚立から落ちかけましたけ
  // ど、大丈夫でした; 溺れかけたけど、すぐ助けられて元気), a play with a stabbing and a prop knife, the DV
  // or abuse desk asked about (家庭内暴力の相談は男性でもできますか, DVから避難した人向けの住宅; where is
  // the DV consultation office), a song's title, something seen on television, a relative out of
  // hospital, a burglary in the past, insects killed, first aid taught, the worry of not noticing a
  // fall (倒れても気づけない), someone in hospital who cannot come to the desk, a knife thrown away
  // (Indonesian, Vietnamese, English, Chinese), and the help desk for a son who stays indoors.
  "[^。、]{0,20}(落ち|おち|転び|ころび|転げ落ち|倒れ|たおれ|溺れ|おぼれ|詰まらせ|つまらせ|轢かれ|ひかれ|はねられ)かけ(た|ました|て)(けど|けれど|が|ものの)?[、,]?[^。]{0,16}(大丈夫|だいじょうぶ|無事|助か|助けられ|助けてもら|元気|けがはな|怪我はな|何ともな|なんともな)",
  "(play|film|movie|drama|novel|story|scene|game|show|musical|skit)[^.?!]{0,20} where [^.?!]{0,40}(stabbed|killed|shot|dies|murdered|beaten)|(fake|prop|toy|plastic|rubber) (knife|knives|gun|guns|sword)",
  "(家庭内暴力|暴力|dv|虐待|ストーカー|つきまとい)(の|に関する|についての)?相談(は|って|に\\s?(乗|の)って)[^。?？]{0,12}(でき|受け付け|受付|可能|対象|いい|もらえ|いただけ)|(dv|暴力|虐待|ストーカー|被害)(から|を)(避難|逃げ)(した|てきた|ている)(人|方|者|世帯|女性|母子)(向け|のため|への|を対象|の(優先|支援|住宅|枠))|(dv|domestic violence|abuse|violence) (consultation|support|help|counsel(l)?ing|advice) (office|desk|center|centre|line|service|window)",
  "(歌詞|曲名|曲の題名|タイトル|題名|曲)(が|に|は|で)[「『][^」』]{0,20}[」』]",
  "(テレビ|tv|ニュース|動画|中継|試合|ユーチューブ|youtube|映画)で[^。]{0,40}(の|ところ)を(見|観|みて)(て|た|ました)",
  "[^。]{0,40}(が|は)[、,]?\\s?(やっと|ようやく|無事に?|もう)\\s?退院(しました|した|できました|して)",
  // Also last week or a few days ago (nineteenth round, training set 15: 先週空き巣に入られまして、
  // 警察の方にはもう来てもらいました).
  "(前に|以前|去年|昨年|先月|先日|この前|こないだ|先週|昨日|きのう|おととい|一昨日|(\\d+|[一二三四五六七八九十]|数)日前)[^。]{0,10}(空き巣|泥棒|どろぼう)(に|が)(入られ|はいられ|入っ|はいっ)",
  "(蜂|はち|スズメバチ|蚊|ハエ|はえ|蟻|アリ|シロアリ|カメムシ|毛虫|ムカデ|ゴキブリ|虫|害虫|ネズミ|ねずみ|雑草|ダニ)を(殺す|殺し|ころす|駆除)",
  "[^。、]{0,16}(人|方|ひと)の(手当て|手当|応急手当|応急処置|助け方|救助|介抱)[^。]{0,20}(講習|講座|教室|研修|習え|学べ|訓練|練習)|(応急手当|応急処置|救命)(の)?(講習|講座|研修)",
  "[^。]{0,20}(倒れ|たおれ|急変し|死ん)(ても|たら|た(とき|時))[^。]{0,16}(気づ|気付)(け|かれ|いてもらえ|いてあげられ)(ない|ず|なかった|ません)|(倒れ|たおれ)(たら|ても|ていないか|てないか)[^。]{0,16}(心配|不安)",
  "(入院中|入院して(い)?て)(で|なので|のため)?[、,]?\\s?(動け|来られ|来れ|行け|外出でき|出(られ|れ))(ない|ません)(ので|から|ため|んです|んで)",
  "(buang|membuang|dibuang) (pisau|gunting)|vứt (bỏ )?(dao|kéo)|(throw away|dispose of|get rid of|discard) (an? |my |the |our )?(old |kitchen |dull |broken )*(knife|knives)|(扔|丢|处理)(掉)?(菜刀|刀)",
  "(引きこもり|ひきこもり)(の|について)(相談|支援|家族会|窓口)",
  // Fourteenth round (red team 11 read). Someone choking who beats their own chest is not being
  // beaten (餅が詰まって、祖父が声も出せずに胸をたたいています): the choking is read by the medical rule.
  "(声も|声が|こえも|こえが)\\s?(出せず|だせず|出ず|でず|出なくて|でなくて)(に)?[、,]?\\s?(自分の|じぶんの|自分で)?\\s?(胸|むね|喉|のど)を\\s?(たたい|叩い|たたき|叩き|押さえ|おさえ)",
  // Signs learnt in a class or a class asked for (研修で…脳卒中のサインを習いました, 溺水を防ぐ講座),
  // an event of last year told for its paperwork (去年、夫が倒れたときに救急車を呼びました), a death by
  // suicide behind paperwork (自死で亡くなって半年), a collapse that ended well (倒れましたが、手術が
  // うまくいって今は安定; is stable now after her stroke), a title in 『』 (『屋上から飛び降りる前に』という
  // 小説), 殺す気で as "with all one's might", a noise that turned out normal, anger that "explodes",
  // "so that things are easier" or "get it all done" before an errand, a pupil's words whose matter
  // is settled, someone who went home well, an ambulance seen, "I thought… but it was juice", a
  // symptom only at a known time (…のは入れ歯を外しているときだけ), a drama's word asked about, a
  // feeling of being followed that comes now and then, campaigns against gangs, nobody stung, and
  // how to call an ambulance asked as something to learn.
  "[^。、]{0,20}を\\s?(防ぐ|ふせぐ|予防する)(ための)?\\s?(講座|講習|教室|研修|チラシ|パンフレット|ポスター|取り組み|対策|セミナー)",
  "(去年|昨年|先月|先週|以前|前に|この前|先日|[0-9]+\\s?(年|か月|ヶ月|カ月)前)[、,]?[^。]{0,20}(倒れ|たおれ|刺され|さされ|けがをし|怪我をし|ひきつけを起こし)(た)(とき|時|際)(に)?[^。]{0,20}(呼びました|呼んだ|言われました|言われた|行きました|運ばれました|かかりました)",
  "(自死|自殺)(で|により)(\\s?(亡くな|なくな)(って|り|った|りました)|(?=\\s))",
  "(とき|時|際)(に)?[、,]?\\s?(救急車|きゅうきゅうしゃ)を\\s?(呼びました|呼んだ|よびました|よんだ)",
  "(is|are) (stable|fine|well|recovering|better|home) now after (her|his|my|the|their) (stroke|heart attack|surgery|operation|seizure|overdose|accident|fall)",
  "『[^』]{1,30}』(という|って|の)?\\s?(小説|本|映画|ドラマ|漫画|マンガ|まんが|作品|絵本|歌|曲|詩|題名|タイトル|アニメ|舞台)",
  "殺す気で\\s?(守|まも|走|はし|練習|れんしゅう|やれ|やる|頑張|がんば|取り組|投げ|打て|行け|いけ|かかれ)",
  "[^。]{0,20}しそうな\\s?(音|おと)が\\s?(し(た|ました))(けど|けれど|が)[、,]?[^。]{0,16}(どおり|通り|大丈夫|問題な|普通|正常)",
  "(頭にきて|あたまにきて|怒りが|いかりが|イライラが|ストレスが|不満が|我慢が|がまんが)[^。]{0,6}(爆発し|ばくはつし)(そう|た|て)",
  "楽に(なりたい|なりたく)(ので|から)[、,]?\\s?[^。]{0,30}(取れる|とれる|できる|使える|済む|すむ)ように",
  "(全部|ぜんぶ|全て|すべて)\\s?(終わらせ|済ませ|片付け|かたづけ)たい(ので|から)[、,]?[^。]{0,30}(手続|てつづき|届|申請|窓口|まとめて|一度に|一回で|一括)",
  "[^。]{0,40}(件|こと)(は|も)[、,]?[^。]{0,40}(落ち着いて|おちついて|解決して|元気に(なって|して))(い)?(ます|る)",
  "[^。]{0,40}(が|けど|けれど)[、,]?[^。]{0,16}(元気に|無事に|歩いて)\\s?(帰られ|帰り|帰っ|かえられ|かえっ)(ました|た)",
  "(救急車|パトカー|消防車)が\\s?(来て|きて|止まって|とまって|走って)(い)?(ました|た)(が|けど|けれど)",
  "[^。、]{0,20}(と|かと)思ったら[、,]?\\s?[^。、]{0,16}(でした|だった)(笑|w|。|!|！)",
  "[^。、]{0,20}のは\\s?[^。、]{0,20}(とき|時)だけ(です|だ|で)",
  "(ドラマ|テレビ|映画|ニュース|漫画|マンガ|本)で\\s?(見た|観た|読んだ|知った)\\s?[「『]?[^。「『」』]{0,12}[」』]?(って|とは|という)|(虐待|暴力|dv)の\\s?(相談|窓口|支援|制度)(と|に)\\s?(関係|関連)",
  "(つけられ|見られ|狙われ|のぞかれ)て(い)?る\\s?(ような|みたいな)\\s?気が\\s?(する|します)\\s?(こと|とき)が\\s?(ある|あります)",
  "暴力団\\s?(追放|排除|対策|根絶)",
  "(刺され|さされ|かまれ|咬まれ|けがをし|怪我をし|倒れ|襲われ)た\\s?(人|方|者|ひと)は\\s?(い|お)(ません|ない|らん|ないです)",
  "(救急車|きゅうきゅうしゃ|119|いちいちきゅう)(番)?の\\s?(呼び方|よびかた|呼びかた|かけ方|かけかた)",
  // Then, for ordinary development lines the refitted model raised: "tonight is my death day (lol)",
  // "I want to finish" a tax return, a grown child who does not work, living on the pension alone,
  // a report made at the police box. (A matter that is over, above, now takes its full stop along:
  // the model read a sentence starting with 今 after it as "now".)
  "[^。]{0,20}(命日|めいにち)(です|だ)[^。]{0,2}[（(]?(笑|w)",
  "(今夜|今日|今週)(で|中に)\\s?終わりにしたい[、,]\\s?(この|あの)\\s?[^。]{0,10}(申告|手続|書類|作業|仕事|宿題|片付け)",
  "(息子|娘|子ども|子供)が\\s?(働かん|働かない|働かず|はたらかん|はたらかない|働いてくれ(ない|ん|へん))(で|くて)?[^。、]{0,12}[、,]?",
  "(年金|給料|収入|仕送り)(だけ|だけや|だけだ)(と|では|じゃ)\\s?[^。]{0,4}(生活|暮らし)(でけへん|できない|できん|が苦しい|が成り立たない)",
  "(交番|警察|警察署)(で|に)\\s?(届け|被害届|届|とどけ)を?\\s?(出して|出し|だして)",
  // Lines of the triage tests that the refitted model raised on its own: a door that does not open
  // when one tries to go in, futons beaten (a chore), a crossing passed as a landmark.
  "(入ろう|はいろう|開けよう|あけよう|出よう|でよう)と\\s?(すると|したら|しても)[^。]{0,12}(開かない|あかない|開きません|閉まる|しまる|鳴る|反応しない|動かない)",
  "[^。]{0,16}(布団|ふとん|じゅうたん|絨毯|ラグ|マット)を\\s?[^。]{0,6}(たたい|叩い|はたい|たたき|叩き)[^。]{0,6}(音|おと)が\\s?(うるさ|響|ひび|気にな)",
  // A waiting ticket held at the counter.
  "(整理券|番号札)[^。]{0,16}(持って|もって)(ます|います)[^?？]{0,30}(待って|まって)[^?？]{0,12}(いいですか|いい\\?|いい？)",
  "[^。]{0,12}(踏切|ふみきり|橋|線路|歩道橋)を\\s?(渡|わた|越え|こえ)(った|って)(ところ|所|先|すぐ)(の|にある)\\s?[^。、]{0,8}(店|みせ|スーパー|コンビニ|病院|駅|家|うち|建物|ビル|公園)",
  // Triage tests' lines the refitted model raised: "I'm looking for my glasses now", a visitation
  // pick-up, something that looks about to fall over.
  "(いま|今)\\s?[^。、]{0,10}を\\s?(探して|さがして)(る|います|ます)(ので|から)",
  "面会交流[^。]{0,30}(迎えに|むかえに)\\s?(来|き)(ます|て|る)",
  "(ろうそく立て|燭台|本棚|棚|タンス|家具|塀|ブロック塀|看板|木|電柱)が\\s?(倒れ|たおれ)(そう|かけ)",
  // Twenty-third round, false alarms found while testing: the baby kicking inside a pregnant
  // belly (not a partner kicking it), a futon or washing hung over a railing, a foot on a rail to
  // stretch.
  "(赤ちゃん|あかちゃん|胎児|お腹の子|おなかの子)が\\s?(よく|元気に|ぽこぽこ|ポコポコ|たまに|夜に|時々|ときどき|しょっちゅう)?\\s?(お腹|おなか)(の中)?を\\s?(蹴|け)(る|って|った|ります|りま)",
  "(布団|ふとん|洗濯物|せんたくもの|タオル|シーツ|毛布)を\\s?(手すり|てすり|柵)に\\s?(かけ|掛け|干し|ほし)|(手すり|てすり|柵)に\\s?(布団|ふとん|洗濯物|せんたくもの|タオル|シーツ|毛布)を\\s?(かけ|掛け|干し|ほし)[^。]{0,20}",
  // A noise at night told as a nuisance that wakes the household (毎晩ドンドン音がして、子どもが起きて
  // しまいます), in a sentence with no danger word.
  `${QUIET_SENTENCE}[^。!?！？]{0,30}(毎晩|毎日|夜中|夜な夜な|ずっと|いつも)[^。!?！？]{0,16}(音|おと)が\\s?(して|する)[^。!?！？]{0,20}(起きてしま|目が覚めてしま|眠れ|寝られ)[^。!?！？]*`,
  "(手すり|てすり|バー|鉄棒)に\\s?(足|脚|片足|かかと)を\\s?(かけ|掛け|乗せ|のせ)て\\s?(ストレッチ|柔軟|準備運動|体操|アキレス腱)",
  // Twenty-seventh round (red team 24 read), last, so that the older and narrower cues read the
  // words they need first (虐待を疑われたことが is theirs): a past told as a fact, an experience (入院したことのある子,
  // 通報されたことがあって, 中学の頃に自傷をしていたことを), a harm done long ago (昔刃物を向けられたことが, 戦時中の捕虜虐待の記録), someone helped
  // then (刺された人を助けたときに); a harm denied as an experience (叩かれたことはありません); an act heard of in the past
  // (怒鳴ってたと聞いて, 強盗に誘われたという高校生の話を聞いて); a bruise that was only a fall (転んだだけだった).
  "[^。、]{0,30}(た|だ)\\s?(こと|事|経験)\\s?(が|の|も)\\s?(ある|あり|あって|あった|あるん)",
  "[^。、]{0,30}(てい|でい|て|で)た\\s?(こと|事)\\s?(を|が)(?=\\s?[^。、]{0,12}(伝え|つたえ|言う|いう|話|はな|書|相談|知らせ|しらせ|気にな))",
  "(昔|むかし|以前|かつて|若い(頃|ころ)|(子ども|こども|中学|高校|小学校|学生)の\\s?(頃|ころ)(に)?|戦時中|戦争中)[、,]?\\s?[^。、]{0,24}((た|だ)\\s?(こと|事)|の\\s?(記録|資料|写真|証言|手記|歴史))",
  "[^。、]{0,24}を\\s?(助け|たすけ|救助し|介抱し|手当てし)た\\s?(とき|時|際)",
  "[^。、]{0,20}(た|だ)\\s?(こと|事)\\s?(は|も)\\s?(一度も|いちども|まだ)?\\s?(ない|ありません|ございません|ないです)",
  "[^。、]{0,30}(て|で)た\\s?(と|って)\\s?(聞いて|きいて|聞き|きき|聞いた|きいた)",
  "[^。、「」『』]{0,30}(た|だ)\\s?(という|との|っていう)\\s?[^。、]{0,8}(話|噂|うわさ|ニュース|報道|記事)(を|が|は|も)?\\s?(聞|き|読|よ|見|み)",
  "[^。]{0,60}(転んだ|ころんだ|こけた|ぶつけた|落ちた)\\s?だけ(だった|でした|です|だ|みたい|らしい)",
  // Twenty-seventh round (ordinary sentences of the team lead's): a burnt smell or a little smoke
  // already dealt with (少し焦げくさいにおいがしました。もう消しました; 少し煙が出たのですぐにコンセン
  // トを抜きました), unless something still burns or smokes after; a bruise from a quarrel with a
  // friend or a sibling (友だちとけんかして、顔にあざを作って帰ってきました), not one explained away.
  "((焦げ|こげ)\\s?(臭|くさ)|(少し|すこし|ちょっと|一瞬|いっしゅん|うっすら)\\s?(煙|けむり))(?=[^]{0,40}(もう|すぐ(に)?|すでに)\\s?[^。]{0,12}(消し|けし|止め|とめ|切り|きり|抜き|ぬき)(ました|た)(?![^]*(まだ|消えな|きえな|燃え|もえ|火が|ひが|煙が|けむりが|広が|ひろが)))",
  "(友だち|友達|ともだち|同級生|クラスの子|兄弟|きょうだい|兄|弟|姉|妹|いとこ)と\\s?(けんか|喧嘩|ケンカ)(して|になって|をして)[、,]?\\s?[^。]{0,12}(あざ|痣|たんこぶ|すり傷|擦り傷)(?![^。]*(と\\s?(言|い)|って\\s?(言|い)|本当は|ほんとは|うそ|嘘))",
  // Thirtieth round (red team 27 read): a risk called suicide as a figure (雪の中を原付で来るのは自殺
  // 行為だ); a jump off a bus to hurry (バスを飛び降りて走って来た); fainting or exploding as a figure
  // (気絶しそうになりました, 爆発しそうなくらい怒って); a near-drowning since which one cannot swim
  // (溺れかけてから); a lack of awareness of rules (分別の意識がない人); a pain corrected away in
  // speech (胸 が 痛い じゃ なくて); a crisis phrase searched for, asked about as a service.
  "自殺行為",
  "(バス|ばす|電車|でんしゃ|列車|タクシー|たくしー|車|くるま|自転車)(を|から)\\s?(飛び\\s?降り|とび\\s?おり)\\s?て\\s?(あの|えー|えっと)?\\s?(走|はし|急|いそ)",
  "(気絶|失神|きぜつ)しそうに\\s?(なりました|なった|なる)",
  "(爆発|ばくはつ)しそう(な)?\\s?(くらい|ぐらい|ほど)",
  "(溺れ|おぼれ)かけて\\s?(から|以来)",
  "(分別|ぶんべつ|ルール|マナー|衛生|防犯|危機|節電|節約|コスト)の\\s?意識(が|の)\\s?(ない|無い|低い|薄い)",
  "[^。、]{0,8}(痛|いた)い\\s?(じゃ|では)\\s?(なくて|なく)",
  "(死にたい|しにたい|消えたい|自殺)\\s?(と|って)\\s?(検索|けんさく)(する|すると|した(ら|とき|時|人))",
  // Things left in front of a door or the office (正面入口の前に自転車がたくさん置かれていて通れません):
  // the model reads …の前に…置かれて as a child left outside; a thing named is no child.
  "(入口|入り口|玄関|門|ドア|店|家|うち|駐車場|駐輪場|階段|通路|出口|窓口)の\\s?前に\\s?[^。、]{0,10}(自転車|じてんしゃ|バイク|車|くるま|荷物|にもつ|段ボール|ダンボール|ごみ|ゴミ|看板|植木鉢|傘|かさ|ベビーカー|ごみ袋|ゴミ袋|箱)(が|を|も)\\s?[^。]{0,10}(置かれ|おかれ|置きっぱなし|放置され|停められ|止められ|とめられ)",
  // Also: a harm since healed (なぐられた けど もう なおりました) or told of childhood in kana
  // (こどもの ころ おやに たたかれました) or Tagalog (noong bata ako); a bruise found to be a bump
  // (ぶつけていたとわかりました); a harm told as a story of wartime; a stalking stopped years ago; a
  // harm only seen so (縛りつけているように見えるかもしれませんが); abuse as a measure (虐待レベル) or
  // a topic in English (child abuse prevention); drowning in a thing that is no water (鼻水に溺れ
  // そう); an eyelid's twitch.
  "(こどもの|子どもの|子供の)\\s?ころ[、,]?\\s?[^。]{0,12}((叩|たた)かれ|(殴|なぐ)られ|(蹴|け)られ)",
  "noong bata (pa )?(ako|kami)[^.]{0,60}",
  "[^。]{0,60}(ぶつけ|転ん|ころん|こけ)て(い)?た\\s?(と|って)\\s?(わかり|分かり|わかっ|分かっ)",
  "(閉じ込められ|とじこめられ|(叩|たた)かれ|(殴|なぐ)られ)た\\s?(戦時中|戦争中|昔|むかし)の\\s?(話|はなし|体験)",
  "(つきまとい|付きまとい|ストーカー|暴力|dv)(は|が)[^。]{0,20}(止まって|とまって|終わって|おさまって|やんで)\\s?(\\d+|一|二|三|四|五|何|数)\\s?(年|か月|ヶ月|カ月)",
  "[^。、]{0,8}(ている|てる)\\s?(ように|みたいに)\\s?(見える|みえる)\\s?かも",
  "虐待\\s?(レベル|並み|なみ|級)",
  "(child |elder |domestic )?(abuse|violence) (prevention|awareness)",
  "(鼻水|はなみず|仕事|書類|宿題|借金|情報)に\\s?(溺れ|おぼれ)(そう|る|て)",
  "(まぶた|瞼|目の下|目元|頬|ほお|ほほ|ふくらはぎ)が?\\s?(ピクピク|ぴくぴく)\\s?(けいれん|痙攣)",
  // Thirty-first round (red team 28 read): a suicide told with how long ago (五年前に自ら命を絶ち
  // まして); a crisis word corrected away in speech (遺書 じゃ なくて 遺言書, 監禁 じゃ なくて 換金);
  // a fall or a death in a game or a dream (ゲームの中でキャラが飛び降りる, 線路に飛び込む夢を見た);
  // a jump as a figure of shame (飛び降りたくなるくらい恥ずかしい); a quoted title of a talk or a
  // course (「あの世に行く前に」っていう終活セミナー); abuse as what one is called or fears being
  // thought (虐待してると思われないか, 妹に虐待だって言われました, 「虐待じゃ」言うて騒ぐ, 「うちの
  // 親は虐待してくる」とふざけて言った); a past habit told as one (昔は…閉じ込められたもんです); a
  // bruise explained (あざは転んだときのものだと); threats said in play (「ぶっ殺す」とか言いながら
  // 戦隊ごっこ); a thing broken by something swung (振り回して障子破った); a stalking resolved;
  // heat stroke or a heart attack as a figure (熱中症で倒れそうやわ、ってくらい, casi me da un
  // infarto); an emergency told with when it was (運ばれたのはお正月でした); a knife thrown away in
  // Portuguese, Spanish or English.
  "(\\d+|一|二|三|四|五|六|七|八|九|十|何|数)\\s?(年|か月|ヶ月|カ月)前に\\s?[^。、]{0,6}(自ら命を\\s?絶|自殺|自死|じさつ)(ち|し|っ)",
  "(遺書|いしょ|監禁|かんきん|自殺|じさつ|誘拐|ゆうかい|虐待|ぎゃくたい|強盗|ごうとう|刺され|さされ)\\s?(じゃ|では|や)\\s?(なくて|なく|のうて)",
  "(ゲーム|げーむ|アニメ|漫画|マンガ|まんが|ドラマ|映画|動画|絵本|小説)の\\s?(中|なか)で\\s?[^。、]{0,12}(飛び降り|とびおり|飛び込|とびこ|自殺|死ぬ|しぬ|死ん|殺さ|殺す)",
  "[^。、]{0,16}(る|む|ぬ|た|だ)\\s?(夢|ゆめ)(を|ばかり|ばっかり|ばっか)\\s?(見|み)",
  "(飛び降り|とびおり|死に|しに|消え|きえ)たくなる\\s?(くらい|ぐらい|ほど)\\s?(恥ずかし|はずかし|情けな|なさけな)",
  "[「『][^」』]{0,20}[」』]\\s?(という|っていう|って|との)\\s?[^。、]{0,6}(セミナー|講座|講演|講習|本|映画|ドラマ|イベント|教室|展示|展)",
  "(虐待|ぎゃくたい)[^。」』]{0,8}[」』]?\\s?(と|って|言うて|いうて|ゆうて)?\\s?((言|い)(って|いながら)\\s?)?(思われ|おもわれ|言われ|いわれ|疑われ|うたがわれ|騒|さわ|ふざけ)",
  "(昔|むかし)は\\s?[^。]{0,24}(た|だ)\\s?(もん|もの)(です|だ|や|じゃ)?",
  "(あざ|痣|傷|きず|けが|怪我)は\\s?[^。]{0,16}(とき|時|際)の\\s?(もの|やつ)(だ|です|と)",
  "[「『][^」』]{0,12}[」』]\\s?(とか|など|って)?\\s?(言い|いい)ながら\\s?[^。]{0,12}(ごっこ|遊|あそ|ふざけ|ゲーム)",
  "(振り回|ふりまわ)して\\s?(障子|しょうじ|ふすま|襖|窓|まど|ガラス|壁|かべ|網戸|電気|照明|花瓶|テレビ)(を|が)?\\s?[^。]{0,4}(破|やぶ|割|わ|壊|こわ|穴)",
  "(つきまとい|付きまとい|ストーカー|dv|暴力)(の件)?(は|も)\\s?[^。]{0,20}(解決|かいけつ|おさま|収ま)(し|して|した|しま)",
  "(熱中症で\\s?)?(倒れ|たおれ|死に|しに)そう\\s?(やわ|だわ|よ|や|だ)?[、,]?\\s?(って)?\\s?(くらい|ぐらい|ほど)",
  "casi me (da|dio|dan) (un )?(infarto|ataque)|quase (tive|me deu) um (infarto|enfarte|ataque)|almost (had|gave me) a heart attack",
  "[^。]{0,40}(た|だ)の\\s?は\\s?(お正月|正月|去年|昨年|先月|先週|先日|年末|年始|\\d+\\s?月|[一二三四五六七八九十]+月|夏|冬|春|秋|以前)[^。]{0,8}(でした|だった|です|のこと)",
  "(jogo|jogar|deitar|descartar|tirar|tiro|botar) (fora )?[^.?]{0,12}(faca|cuchillo)|(throw away|dispose of|get rid of) (an? |the |my |old |some )*(kitchen )?knives?",
  // Thirty-first round (false emergencies of the question sets): people in a hot waiting room
  // named as a group in a complaint about its cooling (赤ちゃん連れの人もぐったりしてるし; the
  // cooling looked for behind the match only once it matched);
  // a thing fallen out of a pocket or a bag (ポケットから落ちたカード); a fall told with the weeks off work it cost
  // (脚立から落ちて腰の骨を折り、しばらく働けなくなりました).
  "(みんな|皆|みなさん|皆さん|[^。、]{0,6}(連れ|づれ)の\\s?(人|方)(たち)?|待って(いる|る)\\s?(人|方)(たち)?)(も|まで)\\s?ぐったり(?<=(クーラー|冷房|エアコン|扇風機|暑さ|暑い|あつい)[^]{0,240})",
  "(ポケット|ぽけっと|かばん|鞄|カバン|バッグ|財布|さいふ|袋|ふくろ|リュック)から\\s?(落ち|おち|こぼれ)",
  "[^。、]{0,8}(落ち|おち|転落し|転んで|ころんで|こけ)て[^。]{0,16}(?=(しばらく|当分|とうぶん|何か月|何ヶ月|数か月|数ヶ月)\\s?[^。]{0,6}(働け|はたらけ|仕事(が|に|を)\\s?(でき|行け|いけ|休)))",
  // Thirty-second round (red team 29 read, and the false emergencies of training set 29): a crisis
  // word said as the caller's false start and taken back in speech (とびおり あ いや 飛び石 連休,
  // けいれん あ いや 経歴, おぼれ あ いや おぼろげ), only one spaced word at the start of the text
  // (the rest is still read; not a wish to die or a call for help taken back, itself a sign); a blade or a fit corrected away (刃物 じゃなくて 鱧の); childhood harm
  // with 頃, said of being shut in too (子どもの頃は悪さしたら納屋に閉じ込められよった; not 子どもの
  // 頃から, which goes on); a wish to jump or die as a figure of shame (飛び降りたい気分ってくらい
  // 恥ずかしい); a suicide told with how long ago in English; a bruise explained as a bump (あざ
  // …遊具でぶつけたもので; not when what follows says it was said so); abuse as a figure of
  // paperwork (虐待だよ、こんなに書類が); a boss's "will kill me" over a small fault (not a
  // partner's threat); a heart stopping as a joke or a reaction to what one heard (心臓止まるわ、
  // 冗談やけど); a near-fall told as when a thing was damaged (船から落ちかけたときにカードが: the
  // model alone raised it, 0.91 on もう, て、, かけ).
  // Thirty-third round (red team 30 read): the same with two fillers before it, or broken off
  // with dots and taken back by あ alone (くびつり… あ 首都 圏から, りすかっと… あ いえ リスケ).
  "^\\s?((えっと|えー|あの|あ|その)\\s){0,2}(?!(死|し)にたい|(消|き)えたい|(助|たす)けて|(殺|ころ)され)[^\\s。、.]{1,8}(\\s(あ|あっ|え)\\s?(いや|いえ)|\\s?\\.{2,3}\\s?(あ|あっ|え)(\\s?(いや|いえ))?)(?=\\s)",
  // Thirty-fifth round (red team 32 read): an own goal (自殺点); a jump in skydiving or a bungee
  // (スカイダイビングの体験で飛び降りる); the idiom of a resolve as if to hang oneself, followed by
  // what it was for (首をくくる覚悟で店を開いた); a suicide or a death in the plot of a play or a
  // film in English (Madama Butterfly, where she kills herself at the end); a suicide years ago in
  // Chinese (二十年前跳河去世了); abuse said as a joke laughed at with others (虐待だよねって同僚と
  // 笑ってます); no one stung or bitten yet (まだ誰も刺されていません); an ambulance in a filming
  // (撮影で救急車の前を通行止め); a faint as a
  // figure (気絶しそうなくらい同じご飯); a heart attack years ago in Spanish or Portuguese (tuve un
  // infarto hace cinco años).
  // Thirty-fifth round (training set 32's two false emergencies): a card or a paper burnt in a fire
  // (カードを寮の火事で焼いてしまいました) or caught in a machine (胸ポケットのカードが機械に巻き込ま
  // れて), a thing's loss, not a person's harm.
  `${PINNED_THING}(を|が|も)\\s?[^。、]{0,8}(火事|かじ|火災)で\\s?(焼|や|燃|も)(いて|いた|けて|けた|えて|えた|やして|やした)`,
  `${PINNED_THING}(が|も)\\s?[^。、]{0,8}(機械|きかい|ローラー|ベルト|シュレッダー|洗濯機|せんたくき)に\\s?(巻き込|まきこ|挟|はさ)まれ`,
  // Thirty-fifth round, older development sets (red teams 25 and 26 read): a fire or a quake in a
  // dream (火事の夢を何度も見る); an ambulance that cannot get into a road, asked as a road's
  // matter (救急車が家の前の細い道に入れなかった); a condition one is prone to (アナフィラキシーを起こし
  // やすい); going somewhere cool before heat stroke fells one (熱中症で倒れる前に); an ambulance
  // shown to children (救急車の中を見学できますか).
  "(火事|かじ|火災|地震|じしん|事故|じこ)の\\s?(夢|ゆめ)",
  "(救急車|きゅうきゅうしゃ|消防車)が\\s?[^。、]{0,12}(道|路地|ろじ|通り|前)(に|へ|まで)\\s?(入れ|はいれ|通れ|とおれ)(ない|なかった|ません|ず)(?=[^。]{0,6}(ので|から|ため|のは|こと|[。、]))",
  "(アナフィラキシー|あなふぃらきしー|発作|ほっさ|けいれん|痙攣|ひきつけ|喘息発作|ぜんそく発作)を\\s?(起こし|おこし)(やすい|がち)",
  "(熱中症|ねっちゅうしょう)で\\s?(倒れ|たおれ)る\\s?(前|まえ)に",
  "(救急車|きゅうきゅうしゃ|消防車|パトカー)(の\\s?(中|なか))?\\s?を\\s?[^。、]{0,8}(見学|けんがく)|(救急車|きゅうきゅうしゃ|消防車)の\\s?(見学|けんがく|展示|てんじ)",
  "自殺\\s?(点|ゴール)",
  "(スカイダイビング|バンジー|パラシュート|パラグライダー|ハンググライダー|高飛び込み|飛び込み競技)[^。]{0,16}(飛び降り|とびおり|飛び込|とびこ)(る|り|ん|た)",
  "(首|くび)を\\s?(くく|括)る\\s?(覚悟|かくご|気|き|つもり)で\\s?(?=[^。]{0,12}(店|みせ|開|ひら|始|はじ|頑張|がんば|挑|いど|起業|開業|商売|勝負|臨|のぞ))",
  "(opera|play|film|movie|novel|story|drama|musical|book|show|ballet|scene)[^.]{0,60}(where|in which|when) (she|he|they|the [a-z]+|[a-z]+) (kills|killed|hangs|hanged|drowns|drowned|shoots|shot|stabs|stabbed) (herself|himself|themselves)",
  "([一二三四五六七八九十几多\\d]+|很多|好多)年前[^，。]{0,4}(跳河|跳楼|跳海|跳崖|跳桥|自杀|上吊|轻生)(去世|死|身亡|走)",
  "(虐待|ぎゃくたい)(だ|や|じゃん)?(よね|よな|だね|じゃね|やん)?\\s?(って|と)\\s?[^。、]{0,8}(と|で)\\s?(笑|わら)(って|い合|いあ|う)",
  "(まだ)?\\s?(誰|だれ)も\\s?(刺され|さされ|噛まれ|かまれ|襲われ|おそわれ)て?\\s?(い)?(ない|ません|へん|ず)",
  `(撮影|さつえい|ロケ)${NOT_A_COLLAPSE}{0,10}(救急車|きゅうきゅうしゃ|パトカー|消防車)`,
  "(気絶|きぜつ|失神|卒倒)(しそう|する)(な)?\\s?(くらい|ぐらい|ほど)",
  "(tuve|tuvo|tive|teve|sufr(í|i)|sufri(ó|o)) (un |uma? )?(infarto|derrame|ataque (al coraz(ó|o)n|card(í|i)aco))[^.;]{0,20}(hace|h(á|a)) [^.;]{0,12}(años|meses|anos|semanas)",
  "(刃物|はもの|包丁|ほうちょう|けいれん|痙攣|おぼれ|溺れ|飛び降り|とびおり)\\s?(じゃ|では)\\s?(なくて|なく)",
  "(こどもの|子どもの|子供の|小さい|ちいさい|幼い)\\s?(頃|ころ|時|とき)(は|に|、)\\s?[^。]{0,16}((叩|たた)かれ|(殴|なぐ)られ|(蹴|け)られ|閉じ込められ|とじこめられ|縛られ|しばられ)",
  "(飛び降り|とびおり|死に|しに|消え|きえ)たい\\s?(気分|きぶん|気持ち|きもち)?\\s?(って|という)?\\s?(くらい|ぐらい|ほど)\\s?(恥ずかし|はずかし|情けな|なさけな)",
  "(died|killed (himself|herself|themselves)) (by|of) suicide[^.]{0,20}(years|decades|months) ago|(years|decades|months) ago[^.]{0,30}(died|killed (himself|herself|themselves)) (by|of)? ?suicide",
  "(あざ|痣)[^。]{0,50}(ぶつけ|転ん|ころん|こけ|打っ)た\\s?(もの|やつ|ん)(で|です|だ)(?![^。]*(と\\s?(言|い)|って\\s?(言|い)|本当は|ほんとは|うそ|嘘))",
  "(虐待|ぎゃくたい)(だよ|やん|だわ|じゃん|やろ|でしょ|ですよ)[、,!！]?\\s?[^。]{0,6}(書類|手続き|てつづき|仕事|宿題|待ち時間|行列|枚数|暑さ|寒さ)",
  "(boss|manager|supervisor|teacher|coach) (will|is going to|'ll|is gonna|gonna) kill me if|(chefe|patr(ã|a)o|gerente|professor(a)?) vai me matar se|(jefe|patr(ó|o)n|gerente|profe(sor)?(a)?) me va a matar si",
  "(心臓|しんぞう)(が)?\\s?(止ま|とま)(る|りそう)(わ|やわ|よ|って)?[、,]?\\s?(冗談|じょうだん)|(聞い|きい|見|み)(た|とった|てた|ていた|とる)ら\\s?(心臓|しんぞう)(が)?\\s?(止ま|とま)(る|りそう)(?=\\s?(わ|やわ|かと|って|やった|だった|でした|なほど|な\\s?(くらい|ぐらい)))",
  "(落ち|おち|溺れ|おぼれ|転び|ころび|轢かれ|ひかれ)かけた\\s?(とき|時|際|拍子)(に)?",
  // Thirty-third round (red team 30 read): a quoted title of a novel, a song or a programme
  // (『…に身を投げた女』という推理小説); a jump called safe for play (飛び降りても大丈夫なトラ
  // ンポリン); someone on the tracks as the cause of a train's delay; the idiom of a bold purchase
  // (崖から飛び降りる気で宝くじ買うた); a storm or a feeling that "attacks" (台風に襲われた,
  // 睡魔に襲われて); a proverb of drowning; a fit of laughter, sneezing or hiccups; a suicide, a
  // wish to die or a faint as a figure in other languages (rush hour is suicide, es un suicidio,
  // 想死你了, almost fainted when I saw the bill); a suicide in a novel or a film in Vietnamese
  // and Nepali; a threat followed by "it is a joke" (me va a matar si…, pero es broma).
  "[「『][^」』]{0,20}[」』]\\s?(という|っていう|って|との)\\s?[^。、]{0,6}(小説|しょうせつ|絵本|漫画|マンガ|まんが|歌|曲|番組|劇|芝居|詩)",
  "(飛び降り|とびおり)ても\\s?(大丈夫|だいじょうぶ|平気|へいき|安全|あんぜん)な",
  "(線路|せんろ|ホーム)に\\s?(飛び込|とびこ)んだ\\s?(人|ひと|方)(が|の)\\s?[^。]{0,8}(?=[^。]{0,20}(遅れ|おくれ|止ま|とま|見合わせ|みあわせ|運休))",
  "(飛び降り|とびおり)る\\s?(気|き|つもり)で\\s?(?=[^。]{0,12}(買|こう|かっ|かう|決め|きめ|奮発|ふんぱつ|申し込|注文|払|はら))",
  "(台風|たいふう|地震|じしん|大雨|豪雨|竜巻|寒波|大雪|洪水|津波|睡魔|眠気|ねむけ|不安|恐怖|寂しさ|さびしさ)(に|が)\\s?(襲われ|おそわれ|襲っ|おそっ)",
  "(溺れ|おぼれ)る\\s?(者|もの)は\\s?(藁|わら)(をも|も)",
  "(笑い|わらい|くしゃみ|しゃっくり)の\\s?(発作|ほっさ)",
  "(is|was|would be|'s) (pure |total |basically |literally |just |plain )?(a )?suicide(?![a-z])|(es|sería|seria|é|seria) (un |um |una |uma )?(verdadero |verdadeiro |puro )?(suicidio|suicídio)",
  "想死(你|您|你们|我|他|她)了",
  "(almost|nearly) (fainted|passed out|died|had a heart attack)(?= (when|at|seeing|reading|after))",
  "(tiểu thuyết|truyện|phim|sách)[^.?]{0,40}(tự tử|tự sát)|(फिल्म|उपन्यास|किताब|कथा)[^।?]{0,40}आत्महत्या",
  "(me va a matar|me vai matar|vai me matar|will kill me|is going to kill me)[^.?!]{0,60}(es (una )?broma|(é|e) brincadeira|(just|only) (joking|kidding|a joke))",
  // Thirty-third round (crisis training set 6 and red team 25 read): an animal hurt, limp or dead
  // (うちの猫が喧嘩して耳けがしとった, けがした鳥がおって, 庭にタヌキが来て、ぐったり), not when it
  // bites or attacks someone; breath short from stairs or exercise (階段で三階まで上がって、息が
  // 切れました, 階段上がっただけで息が止まりそう); verbal abuse named as a matter for counselling.
  `${ANIMAL}(の\\s?(ひな|雛|子))?\\s?(が|も|は)\\s?((?!${ANIMAL_ATTACK})[^。]){0,24}(死ん|しん|けが|怪我|ケガ|ぐったり|弱っ|よわっ|動かな|うごかな|血|ち(?=が))`,
  `(けが|怪我|ケガ|弱っ|よわっ|ぐったり)\\s?(を)?\\s?(し)?(た|て(い)?る)\\s?${ANIMAL}`,
  "(階段|かいだん|坂|さか|運動|うんどう|走っ|はしっ|駆け|かけ)[^。]{0,16}(息|いき)が\\s?(切れ|きれ|上が|あが|止まりそう|とまりそう)(?=[^。]{0,12}(運動不足|うんどうぶそく|ました|た[。、]|です|ね))",
  "(言葉|ことば)の\\s?(暴力|ぼうりょく)",
  // Thirty-third round (false emergencies of training set 30): a collapse told with the year or
  // the season it came in and the work it stopped (今年は夫が倒れて稲刈りもできず、収入が…).
  "(今年|ことし|去年|きょねん|昨年|春|夏|秋|冬|先月|先週)(は|に|の)[、,]?\\s?[^。、]{0,8}(倒れ|たおれ)て[、,]?\\s?(?=[^。]{0,16}(できず|できなく|できません|できへん|働け|はたらけ|収入|しゅうにゅう|仕事|しごと))",
  // Thirty-fourth round (red team 31 read): the idiom of harming one's own cause (自分で自分の首を
  // 絞めるような申請; not 自分で首を絞めようとして, an act); a suicide as the subject of a story or a
  // play in Chinese (演一个跳河的故事); an animal kept shut in, asked about as abuse (うさぎをずっと
  // ケージに閉じ込めてるのは虐待なのかな), and a body part or a machine "abused" (目を虐待してる,
  // パソコンを虐待みたいに酷使); hitting a child named as a rule learnt (こども を たたく の は だめ); abuse
  // said by a child and laughed at (ぎゃくたいだっていったらママわらってた); a threat to kill in
  // Chinese or Tagalog followed by "a joke" (杀了我，哈哈，开玩笑的; papatayin … biro lang); how to
  // call an ambulance asked about (きゅうきゅうしゃ を よぶ とき の でんわ ばんごう を…おしえたい);
  // a false start of up to three spaced words broken off with dots (あの いしき が ない… あ 石 木).
  "(自分|じぶん)(で|の)\\s?((自分|じぶん)の)?\\s?(首|くび)を\\s?(絞|締|し)め(る|た|てる|ている)\\s?(ような|ように|みたいな|みたいに|ことに|結果|行為|羽目)",
  "(跳(河|楼|桥|海|崖)|自杀|轻生|割腕|上吊)的(故事|戏|剧|话剧|电影|场景|场面|情节|小说|桥段|镜头|角色)",
  `${ANIMAL}を\\s?((?!${ANIMAL_ATTACK})[^。]){0,24}(の|こと)\\s?(は|って|も)\\s?(虐待|ぎゃくたい)|(動物|どうぶつ|ペット)\\s?(への)?\\s?(虐待|ぎゃくたい)`,
  "(目|眼|胃|肝臓|喉|のど|耳|腰|肌|脳|パソコン|スマホ|車|くるま|機械|エンジン|電池|バッテリー)を\\s?(虐待|ぎゃくたい)(して|する|しすぎ|しとる|みたい|のよう)",
  "(子|子ども|こども|子供)を\\s?(叩|たた|殴|なぐ)く\\s?(の|こと)\\s?(は|が)\\s?(だめ|ダメ|駄目|いけない|よくない|良くない)",
  "(虐待|ぎゃくたい)(だ|や|じゃん)?\\s?(って|と)\\s?(言|い)(ったら|うたら)\\s?[^。、]{0,8}(笑|わら)(って|われ|い)",
  "(杀了我|打死我|弄死我|要我的命)[^。？?]{0,20}(哈哈|开玩笑|开个玩笑|说笑|闹着玩)|papatayin[^.?]{0,60}(biro lang|joke lang|charot|char lang)",
  "(救急車|きゅうきゅうしゃ)\\s?(を|の)\\s?(呼ぶ|よぶ|呼び|よび)\\s?(とき|時(?!間)|方|かた|場合|方法|練習|番号)(?=[^。]{0,30}(教え|おしえ|知り|しり|練習|れんしゅう|紙|かみ|ありますか|ですか))",
  "^\\s?((えっと|えー|あの|あ|その)\\s){0,2}(?![^。.]{0,24}((死|し)にたい|(消|き)えたい|(助|たす)けて|(殺|ころ)され))([^\\s。、.]{1,8}\\s){1,2}[^\\s。、.]{1,6}\\s?\\.{2,3}\\s?(あ|あっ|え)(\\s?(いや|いえ))?(?=\\s)",
  // Thirty-sixth round (red team 33 read): a hanging or a jump dated years or months back, told as
  // a house's or a room's history (母が十二年前に首を吊った離れを…空き家バンクに); a suicide dated
  // years back in Portuguese, Spanish, English or Nepali (se suicidou há quarenta anos, धेरै वर्ष
  // पहिले आत्महत्या गर्नुभएको थियो); "I'd rather jump off a cliff than" a chore; a game won
  // (our toddler beat me at snap; not beaten at home); a beating in one's childhood told as the past
  // (quando eu era criança … apanhava de chinelo da minha mãe).
  "(\\d+|[一二三四五六七八九十百数何]+)\\s?(年|か月|ヶ月|カ月)\\s?(前|まえ)に\\s?[^。、]{0,12}((首|くび)を\\s?(吊|つ)っ|(首|くび)(吊|つ)り\\s?(をし|し)|飛び降り|とびおり)(た)(?=\\s?(離れ|はなれ|家|いえ|部屋|へや|物件|建物|倉庫|納屋|場所|ところ|所|跡|あと))",
  "(se suicidou|suicidou-se|se matou|matou-se|cometeu suic(í|i)dio|se suicid(ó|o)|se mat(ó|o)|cometi(ó|o) suicidio) h(á|a) ([a-z0-9]+ ){1,2}(anos|a(ñ|n)os|d(é|e)cadas)|(se suicid(ó|o)|se mat(ó|o)) hace ([a-z0-9]+ ){1,2}a(ñ|n)os|(killed (himself|herself|themselves)|took (his|her|their) own life|committed suicide) ([a-z0-9]+ ){1,3}(years|decades) ago|(वर्ष|बर्ष|साल) ?(अघि|पहिले|अगाडि)[^।.,]{0,12}आत्महत्या ?(गर्नु|गरे|गरेको|गर्‍यो)[^।.,]{0,20}",
  "(i'?d|i would|we'?d|we would) (much |far )?rather (jump off [^.,]{0,20}|die|kill myself|be dead|drown( myself)?|shoot myself|throw myself [^.,]{0,20}) than",
  "(beat|beats|beaten|beating) (me|us|him|her|them|my [a-z]+|everyone|everybody)( again| easily| hollow)? at (?!(home|school|work|night|the|my|our|his|her|their)(?![a-z]))[a-z]+",
  "(quando|cuando) (eu |yo )?era (crian(ç|c)a|pequen[oa]|peque(ñ|n)[oa]|menin[oa]|niñ[oa]|novinh[oa])[^.]{0,60}(apanhava|apanhei|me batia|me batiam|me pegaba|me pegaban|me golpeaba)[^.;]{0,40}",
  // Thirty-sixth round (training set 33's false emergency): a gutter, a drain or a pipe clogged
  // (落ち葉が、うちの雨どいを詰まらせています), a thing's trouble, not a throat choked.
  "(雨どい|雨樋|あまどい|樋|排水口|はいすいこう|排水溝|排水管|配管|パイプ|トイレ|便器|下水|側溝|溝|どぶ|フィルター|掃除機|シンク|流し|換気扇|ダクト|ホース|プリンター|シュレッダー)(を|が)\\s?[^。、]{0,6}(詰|つ)まら(せ|し)",
  // Thirty-sixth round, older development sets (red team 26 read): a suicide told as last year's
  // or last month's (きょねん じさつ しました); whether a smack counts as abuse, asked as a question
  // of its own (お尻を叩くのは虐待になりますか。). A note found after a death and bees feared come first
  // in the list.
  "(去年|きょねん|昨年|さくねん|おととし|一昨年|先月|せんげつ)\\s?(に)?\\s?(自殺|じさつ|自死)\\s?(し|して)\\s?(ました|た)(?!\\s?(けど|が|ばかり))",
  "(叩|たた|ぶ)く\\s?(の|こと)\\s?(は|って)\\s?(虐待|ぎゃくたい)\\s?(に\\s?(なり|なる|入り|入る|あたり|当たり)|です)(ますか|か)(?=\\s?([。.?]|$))",
  // Thirty-seventh round (red team 34 read): a means of suicide named as rubbish to put out
  // (余った練炭と七輪、燃えないごみで出していいですか; una cuerda de tender la ropa … para tirar); a
  // drowning or a death as a play's scene (staging Hamlet, drowning scene and all); abuse said of
  // a pet's look or of plants (散歩に行かないのは虐待だって顔で, 虐待她的花); an abuse case dated
  // years back (二十年も前に近所で虐待事件があった); abuse as the subject of a course in Korean (아동학대
  // 신고 의무 교육); a threat shouted in one's sleep (寝言でぶっ殺すぞと叫んで); a game of fighting
  // (たたかいごっこ); a heart attack over a bill, choking as a course's subject
  // (an older cue blanks the first aid before it), a faint from boredom (Spanish), each a figure
  // or a topic.
  "(練炭|れんたん|七輪|しちりん|ロープ|ろーぷ|縄|なわ|ひも|紐)(と|や|の)?((?!買|か(っ|い|う)|用意|準備|持|もっ|積|つん|火|ひ|焚|車|くるま|部屋|へや|目張り|首|くび)[^。]){0,16}((燃えない|もえない|燃える|もえる|不燃|可燃|粗大|資源)\\s?(ごみ|ゴミ)|(捨て|すて|処分し|しょぶんし)(たい|て\\s?(いい|も)|方|かた))",
  "(cuerda|soga)s?( larga| vieja| rota)? (de|para) (tender|colgar|secar)( la ropa)?|(cuerda|soga)s?[^.?]{0,60}(para tirar|para botar|basura|desechar)",
  "(drowning|hanging|suicide|death|murder|stabbing|shooting|fight) scenes?(?![a-z])",
  "(虐待|ぎゃくたい)\\s?(だ|や)?\\s?(って|という|みたいな)\\s?(顔|かお|目|表情)|(花|植物|盆栽|観葉植物|多肉|鉢植え)を\\s?(虐待|ぎゃくたい)|虐待[^，。]{0,3}的?(花|植物|盆栽|多肉|草)",
  "(\\d+|[一二三四五六七八九十百数何]+)\\s?年\\s?(も)?\\s?(前|まえ)(に|の)?[^。]{0,16}(虐待|ぎゃくたい|殺人|さつじん|自殺|じさつ|監禁|誘拐|放火)\\s?(事件|じけん|騒ぎ|さわぎ)",
  "(아동 ?)?학대 ?(신고 ?)?(의무 ?)?(교육|예방|연수|강의|세미나)",
  "(寝言|ねごと)で\\s?[^。]{0,24}(と|って)\\s?(叫|さけ|言|い|わめ)",
  "(たたかい|戦い|闘い|けんか|喧嘩|プロレス|ちゃんばら|ヒーロー|戦隊|忍者)\\s?ごっこ(\\s?(を)?\\s?(して|し)\\s?(あそ|遊)(んだ|んで(た|る)?|ぶ|び))?",
  "(having|have|had|give me|giving me|gave me|get|getting) a (heart attack|stroke|seizure) (over|about|at|because of) (this|the|that|these|those|my|your|his|her|our|their|a|an|all)(?![a-z])",
  "(course|class|training|workshop|session|lesson)s?[^.?!]{0,30}(about|on|covering) (choking|cpr|drowning|burns|bleeding|heart attacks?|strokes?|seizures?)",
  "(desmay|morir|muero|muera|desmai|morr)[a-z]* (del?|of) (aburrimiento|t(é|e)dio|boredom|risa|riso|la risa|verg(ü|u)enza|vergonha)",
  // Thirty-eighth round (red team 35 read): a product's type named by a hanging (首を吊るタイプの鉢植えハンガー);
  // the idiom of a resolve as if to jump, followed by what was bought or begun (飛び降りる覚悟で家を買うた); a
  // false start broken off with dots and taken back with じゃなくて after the word restarted (とびおり…
  // とびおりる じゃなくて, けいれん… 経歴 証明 じゃなくて, or the restart already blanked by an older cue, U+3000; not a
  // wish to die or a call for help); a harm said and taken back with あ、いえ and made small (手首を切ったって、
  // あ、いえ、ガラスで少し切っただけ); a harm told as what happened in a game (…たたいたって、ゲームのなかでだよ); a noise likened
  // to a blow (頭を殴られたみたいに響く); a threat to kill as the measure of how many mosquitoes
  // (ぶち殺したろかってくらい); a thing about to fall off a roof (屋根から落ちそうな瓦); playing doctor and a stuffed toy
  // that is ill (おいしゃさんごっこ, ぬいぐるみがびょうき); a child's claim that a rule is abuse (my kids say it's
  // child abuse when, Vietnamese bảo bị ngược đãi vì không được ăn kẹo); a book or a film about a
  // death; a threat to kill a sibling laughed off (haha); teaching without hitting (Korean 때리지 않고);
  // beaten as a small child (Chinese 小时候被打过) or hit in a match with no harm (被打了一下头，没事); nearly
  // fainting at a bill (Portuguese quase desmaiei quando vi a conta).
  "(首|くび)を\\s?(吊|つ)る\\s?(タイプ|たいぷ|式|しき|形|かたち)の",
  "(清水の舞台から\\s?)?(飛び降り|とびおり)る\\s?(覚悟|かくご|つもり|気持ち)で\\s?(?=[^。]{0,12}(買|か(っ|う|い)|店|みせ|開|ひら|始|はじ|頑張|がんば|挑|起業|開業|勝負|決め|きめ|契約|申し込|注文))",
  "^\\s?((えっと|えー|あの|あ|その)\\s){0,2}(?!(死|し)にたい|(消|き)えたい|(助|たす)けて|(殺|ころ)され)[^\\s。、.]{1,8}\\s?\\.{2,3}\\s?(([^\\s。、.]{1,8}\\s){1,2}(じゃなくて|じゃなく|ではなくて|ではなく)|\\u3000)(?=\\s)",
  "^(?![^、]*((死|し)にたい|(消|き)えたい|(助|たす)けて|(殺|ころ)され))[^。、]{1,12}(って|と)?[、,]\\s?(あ|あっ|え)[、,]?\\s?(いや|いえ)[、,](?=[^。]{0,20}(だけ|少し|すこし|ちょっと))",
  "[^。、]{0,30}(って|と)[、,]?\\s?(ゲーム|げーむ|夢|ゆめ|漫画|まんが|アニメ|あにめ)の\\s?(なか|中)(で|の\\s?(話|はなし))(だよ|だった|です|の)?",
  "(殴られ|なぐられ|叩かれ|たたかれ)(た|てる|ている)?\\s?(みたいに|ように|みたいな|ような)\\s?(響|ひび|衝撃|しょうげき|ガンガン|がんがん|うるさ)",
  "(ぶち|ぶっ)?(殺|ころ)(し)?(たろ|たろう|てやろう|てやろ|したろ)(か|かな)?\\s?(って|と思う|とおもう)\\s?(くらい|ほど|ぐらい)",
  "[^。、]{0,8}から\\s?(落ち|おち)そうな\\s?(瓦|かわら|看板|かんばん|雪|ゆき|つらら|枝|えだ|トタン|板|植木鉢|アンテナ|外壁|タイル|ブロック)",
  "(おいしゃさん|お医者さん|おいしゃ|びょういん|病院|きゅうきゅうしゃ|救急車|かんごしさん|看護師さん)\\s?ごっこ(\\s?(を)?\\s?(して|し)\\s?(る|てる|ている|た|て)?(の)?)?|(ぬいぐるみ|にんぎょう|人形|おにんぎょう|お人形)(さん)?(が|は)\\s?(びょうき|病気|けが|ケガ|怪我)(なの|なん|です|だ|で)?",
  "(say|says|said|call|calls|called|think|thinks) (it'?s|it is|that'?s|that is|this is|it|me) (child |elder )?abuse (when|if|that|because)|(bảo|nói|kêu) (là )?bị ngược đãi vì (không được|bị cấm|phải)",
  "(novel|book|film|movie|play|story|documentary|podcast|memoir|series|musical|poem|song)s? (about|on) (a |an |the )?([a-z]+ ){0,2}(jumper|suicide|overdose|hanging|murder|killing|abuse|drowning|stabbing|shooting)s?",
  "(going to|gonna|will|i'?ll) kill (him|her|them|my (little |big |older |younger )?(brother|sister|husband|wife|son|daughter|kids?|dad|mum|mom))(?=[^.]{0,80}(haha|lol|lmao|just kidding|joking))",
  "때리지 ?(않고|않는|않은|말고|마세요|않기|않아도)",
  "(小时候|小的时候)[^，。]{0,6}被[^，。]{0,4}打过|被打[^，。]{0,8}[，,]\\s?(没事|没什么事|不要紧|没受伤)(?!吧)",
  "(quase|por pouco|casi|por poco) (me )?(desmai|desmay|morr|mor(í|i))[a-z]* (quando|cuando|ao ver|al ver)",
  // Thirty-eighth round (training set 35's false emergency TY204): the card holder in a hospital or
  // a home who cannot move (父が本土の病院に移されまして…本人は動けないんです), said of who can come
  // to the counter; the stay is read only behind the words (bounded).
  "本人(さん)?(は|が|も)\\s?(動け|うごけ)(ない|ません|なく|へん)(?<=(入院|病院|施設|寝たきり|ねたきり|ベッド|ホーム)[^]{0,80})",
  // Thirty-eighth round, older sets' look-alikes (red teams 25, 26 and 27 and crisis training set 6
  // read): a gas stove that will not light, with no gas smelt (Chinese 煤气灶点不着火，没有煤气味), a chimney's
  // smoke (煙突から黒い煙が), a hyperbole in speech recognition's spaced kana (もう しぬ ほど いそがしくて),
  // self-neglect (セルフネグレクト気味で), an ambulance nearly called for a performer (救急車呼ばれかけた), a burden
  // likened to abuse (虐待されてるようなもの), a disabled child's habit of hitting its own head (自分の頭を叩く癖), a
  // word taken back for an insect's sting (刺された って いうか 蚊に; the sting itself already blanked by an
  // older cue, U+3000).
  "(点|打)不着(火)?|没(有)?(闻到)?(煤气|燃气|天然气)(味|泄漏)",
  "(煙突|えんとつ)から\\s?[^。、]{0,6}(煙|けむり)",
  "(死|し)ぬる?\\s?ほど\\s?(いそがし|忙し|暇|ひま|眠|ねむ|疲れ|つかれ|好き|すき|うま|おいし|美味し|楽し|たのし)",
  "セルフ\\s?ネグレクト",
  "救急車\\s?(を|に)?\\s?(呼ばれ|よばれ|乗せられ|のせられ)かけ",
  "(虐待|ぎゃくたい)\\s?(されてる|されている|されて\\s?(い)?る|して(い)?る)?\\s?(ような|みたいな)\\s?(もの|もん)",
  "自分の\\s?(頭|あたま|顔|かお|手|腕)を\\s?(叩|たた|噛|か)(く|む)\\s?(癖|くせ)",
  "(刺され|さされ)(た|て)?\\s?(って\\s?いうか|というか)(?=\\s?(\\u3000|[^。]{0,6}(蚊|か|蜂|はち|虫|むし|ダニ|だに|ノミ|ブヨ|アブ)))",
  // Thirty-ninth round (red team 36 read): a false start broken off with dots at the start of a
  // short text and restarted as another word, a sound-alike, with no correction word said (遺書…
  // 衣装ケース, 監禁… 換金, 溺れ… お盆), when what follows names no danger, no water and no now
  // (the older cue asks for じゃなくて; a caller who stammers a crisis word and goes on to tell it
  // names it again or names the danger), in speech recognition's spaced words only; abuse said as a
  // joke about a burden, laughed off or called basic (虐待やで、ははは; is basically child abuse;
  // 简直是虐待…开玩笑的); killed or dying with laughter (Tagalog papatayin … sa tawa); drowning in a
  // pile of papers or work (書類の山に溺れそう); an ambulance as the measure of a laugh (救急車呼ばな
  // あかんくらい笑た); a drama about a
  // collapsed or a drowning person (English).
  `^\\s?((えっと|ええと|えー|あの|あのう|あのー|すいません|すみません|その|あ)[、,]?\\s?){0,2}(?!(死|し)にたい|(消|き)えたい|(助|たす)けて|(殺|ころ)され)[^\\s。、.]{1,6}\\s?\\.{2,3}(?=\\s[^\\s。、.]{1,8}\\s[^]{0,100}$)(?![^]{0,100}(${DANGER_WORDS}|溺|おぼれ|監禁|かんきん|自傷|じしょう|リスカ|りすか|自殺|沈|しず|流され|ながされ|川|かわ|海|うみ|プール|水|みず|今|いま|さっき|すぐ|早く|はやく|急|いそ))`,
  "(虐待|ぎゃくたい)\\s?(や|だ|じゃ)\\s?(で|わ|よ|ね|な)?[、,]?\\s?(は\\s?は|ハハ|(笑|わら)|w{1,3}(?![a-z]))",
  "(is|are|was|it'?s|that'?s) (basically|practically|literally|pretty much|kind of) (child |elder )?abuse|简直(是|就是)?虐待|虐待[^，。]{0,10}[，,]\\s?(开玩笑的|开个玩笑|哈哈|說笑的|开玩笑啦)",
  "(papatayin|pinatay|mamamatay|namatay|mamatay|patay) [^.]{0,30}sa (kakatawa|katatawa|tawa)",
  "(書類|しょるい|仕事|しごと|宿題|しゅくだい|メール|めーる|情報|課題|洗濯物|せんたくもの|借金)の\\s?(山|やま|海|うみ|波|なみ)に\\s?(溺れ|おぼれ|埋も|うも)",
  "(救急車|きゅうきゅうしゃ)\\s?(を)?\\s?(呼ば|よば|呼ぶ|よぶ|呼ん|よん)[^。]{0,10}(くらい|ほど|ぐらい)\\s?(笑|わら)",
  "(drama|film|movie|show|series|episode|novel|book|documentary)s? (about|on) (a |an |the )?(collapsed|drowning|dying|injured|stabbed|overdosing|drowned) [a-z]+",
  // Thirty-ninth round (the false emergencies of training set 36 and blind-38): a company, a shop or
  // a contractor that went under (下請けの会社が倒れて, 倒れ said of a business); a collapse told as
  // why an appointment was missed (熱中症で倒れてしまい、行けませんでした); 今からでも of a deadline
  // (今からでもまだ間に合う).
  "(会社|かいしゃ|店|みせ|工場|こうじょう|銀行|取引先|下請け|したうけ|元請け|もとうけ|勤め先|つとめさき|企業|きぎょう|事業所|メーカー)(が|も|は)\\s?(倒れ|たおれ|つぶれ|潰れ)",
  "[^。、]{0,30}(倒れ|たおれ)(てしまい|てしまって|ちゃって|て)[、,]?\\s?(行け|いけ|来られ|こられ|受け取れ|うけとれ|伺え|うかがえ)(ませんでした|なかった|ず)",
  "(今|いま)から\\s?でも\\s?(まだ)?\\s?(?=(間に合|まにあ|申し込|もうしこ|受け|うけ|受診|登録|手続|てつづき|予約|よやく))",
  // Fortieth round (red team 37 read): a false start restarted on a word that begins with the same
  // character (飛び降り… 飛び石連休, 首を… 首輪を), the danger looked for after that word (the older
  // cue read the restart's own 飛び or 首 as one); a place known by a name with a crisis word in it
  // (首吊りの木て呼ばれとった); nothing left undone, said after a joy (孫の結婚式…もう思い残すことは
  // なか); dying in a game and coming back to life (ゲームでしんだー…またいきかえった); a band, a
  // team or a book called by a name (a band called Jump Off …); the desk for reporting a crisis word
  // asked where it is (虐待の通報窓口がどこか); a harm heard and then found to be nothing, told as
  // such (よう聞いたら…だけやった); a class or a lesson about abuse (Vietnamese bài về bạo hành); a
  // plant likened to one not breathing
  // (息をしていないみたいに枯れて); an animal that fainted or fell (犬が気を失った). Dying in a game and
  // a sword swung in play are first in the list (above).
  `^\\s?((えっと|ええと|えー|あの|あのう|あのー|すいません|すみません|その|あ)[、,]?\\s?){0,2}(?!(死|し)にたい|(消|き)えたい|(助|たす)けて|(殺|ころ)され)(?<first>[^\\s。、.])[^\\s。、.]{0,5}\\s?\\.{2,3}(?=\\s\\k<first>[^\\s。、.]{1,7}\\s[^]{0,100}$)(?!\\s[^\\s。、.]{1,8}\\s[^]{0,100}(${DANGER_WORDS}|溺|おぼれ|監禁|かんきん|自傷|じしょう|リスカ|りすか|自殺|沈|しず|流され|ながされ|川|かわ|海|うみ|プール|水|みず|今|いま|さっき|すぐ|早く|はやく|急|いそ))`,
  "[^。、\\s]{1,8}\\s?(木|き|橋|はし|坂|さか|池|いけ|岩|いわ|崖|がけ|沼|ぬま|淵|ふち|トンネル|踏切|森|もり|屋敷|やしき|滝|たき)\\s?(と|って|て)\\s?(呼ばれ|よばれ)(て|と|た|る)",
  "(結婚式|けっこんしき|晴れ姿|はれすがた|花嫁姿|成人式|卒業式|入学式|孫の顔|ひ孫|ひまご)[^。]{0,30}(思い残す|おもいのこす)\\s?(こと|事)(は|も)?\\s?(ない|なか|ねえ|ねぇ|なし|あらへん|ありません)",
  "(band|team|club|song|album|book|film|movie|show|game|shop|cafe|restaurant|group)('s name)?( is| was)? (called|named|titled) [a-z0-9'\" -]{0,30}",
  "(高齢者|児童|障害者|子ども|こども)?(虐待|ぎゃくたい)の\\s?(通報|つうほう|相談|そうだん)\\s?(窓口|まどぐち|先|さき|ダイヤル|番号)(?=[^。]{0,20}(どこ|確認|かくにん|教え|おしえ|知り|しり))",
  "(?<![^。])[^。]{0,40}(けど|けれど|が)[、,]?\\s?(よう|よく)\\s?(聞いたら|きいたら|聞いてみたら|きいてみたら|見たら|みたら)[^。]{0,30}だけ\\s?(やった|だった|じゃった|でした|だっ|やっ)",
  "(bài|lớp|khóa học|buổi học|tài liệu|sách|chuyên đề)( học)? (về|nói về) (bạo hành|ngược đãi|tự tử|xâm hại)( trẻ em| trẻ| người già)?",
  "(息を\\s?して(い)?(ない|ません)|息してない|死んだ|しんだ)\\s?(みたい|よう)に\\s?(枯れ|かれ|しおれ|萎れ|しぼ|静か|しずか|眠|ねむ)[^。、]{0,8}",
  `${ANIMAL}(が|は)\\s?(急に|突然|きゅうに)?\\s?(気を\\s?失|きをうしな|倒れ|たおれ|意識を\\s?失)`,
  // Fortieth round (the false emergencies of training set 37 and blind-39): the day of a departure
  // or a move named as when an errand is done (出国の日の朝に…転出届を出しに寄る); the machine's answer
  // refused and a person asked for (ロボットの返事はもういいから、誰か人出して); the desk closed for
  // the day (今日はもう終わりって閉められた); a stroke's lasting harm named as the cause of a
  // disability that aid is asked for (脳梗塞で右手が動かなくなった母に…補助は); a parent with dementia
  // who has taken to wandering, and a care burden the family alone cannot carry (認知症の父が…歩き
  // 回るようになって、家族だけでは見きれません).
  "(出国|しゅっこく|出発|しゅっぱつ|引っ越し|引越し|ひっこし|退去|たいきょ|転居|てんきょ|入院|にゅういん)の\\s?(日|当日)の\\s?(朝|あさ|午前|夜|よる)(に)?[^。]{0,30}(つもり|予定|よてい)(で\\s?(いま|おりま)す)?",
  "(ロボット|機械|きかい|ai|自動音声|bot|ボット|チャットボット)の\\s?(返事|へんじ|回答|かいとう|答え|こたえ|案内|あんない)(は|も)?\\s?(もう)?\\s?(いい|結構|けっこう)(から|です|よ)?|誰か\\s?(人|ひと|担当|職員)(を|に)?\\s?(出して|だして|代わって|かわって|つないで|呼んで)",
  "(今日|きょう|本日)は\\s?(もう)?\\s?(終わり|おわり|終了|しゅうりょう|おしまい)(って|と|です(って)?)\\s?[^。]{0,6}(閉め|しめ|言われ|いわれ|断ら|ことわら)",
  "(脳梗塞|脳卒中|脳出血|心筋梗塞)(の後遺症)?で\\s?[^。]{0,10}(なった|なって(い)?る|なってしまった)\\s?(母|父|祖母|祖父|夫|妻|家族|人|方)(に|の|は|が)(?=[^。]{0,40}(補助|助成|支援|制度|申請|手続|サービス|給付|ありますか|使え))",
  "認知症の\\s?(父|母|祖母|祖父|夫|妻|家族|義母|義父)(が|は)[^。]{0,20}(歩き回る|徘徊する|はいかいする|出歩く)\\s?(ように\\s?なっ|ことが\\s?(ある|増え))|(家族|かぞく)\\s?(だけ)\\s?(で)?(は)?\\s?(見きれ|みきれ|面倒を\\s?見きれ|介護しきれ|かいごしきれ|支えきれ|ささえきれ)",
  // Forty-first round (red team 38 read): not wanting to die given as the reason to keep healthy
  // (死にたくないから歩くんだ); a festival's custom of jumping into a river (川に飛び込む夏祭りの
  // 行事); a war-time resolve to die told as an old story (戦争の頃はもう死ぬ覚悟やった); a wish
  // to die sooner than a change, said laughing (施設に入るくらいなら死んだ方がましだと笑って); a
  // fall or a jump seen in a drama (Chinese 电视剧里的人从楼上跳下去了); a stage prop (English the
  // old noose prop); a scolding called abuse by the one scolded (叱ったらすぐ虐待や言うて) or abuse
  // said in jest (Chinese 开玩笑说…虐待); a child hit by a friend and made up since (ともだちに
  // たたかれた…なかなおり; Vietnamese bị bạn đánh … đã làm lành); a small child who hits a parent
  // when tired (English); how to meet an armed intruder as a class's topic (刃物を持った不審者への
  // 対応); a shouting match over a chore, told as past, then a question (夫とごみの出し方で怒鳴り
  // 合いのけんかになりましたが); drowning named as what a class aims to prevent (溺れる子をなくす
  // ための); a heart attack had and got over (心筋梗塞やった兄貴も、もう畑に出とる); a sound likened
  // to an ambulance (きゅうきゅうしゃみたい); nearly fainting from a fright (Portuguese quase
  // desmaiei de susto); a neighbour's fire a year ago (Vietnamese).
  "(死|し)にたく\\s?(ない|なか|ねえ|ねぇ)\\s?(から|けん|けえ|ので)(?=[^。]{0,12}(歩|ある|運動|うんどう|体操|たいそう|鍛え|きたえ|健診|けんしん|検診|食べ|たべ|登|のぼ|散歩|さんぽ|通|かよ|続け|つづけ))",
  "(川|かわ|海|うみ|池|いけ|滝|たき)に\\s?(飛び込|とびこ)(む|み)\\s?(夏祭り|祭り|まつり|お祭り|行事|ぎょうじ|神事|しんじ|イベント|大会|たいかい|伝統|でんとう)",
  "(戦争|せんそう|戦時|せんじ|戦中|出征|しゅっせい|特攻|とっこう)[^。]{0,12}(もう\\s?)?(死|し)ぬ\\s?(覚悟|かくご)",
  "[^。、]{0,20}(くらい|ぐらい)\\s?なら\\s?(死|し)んだ\\s?(方|ほう)が\\s?(まし|マシ|いい|ええ)(だ|や)?(?=\\s?(と|って)\\s?(笑|わら))",
  "(电视剧|电影|动画|动画片|小说|节目|新闻)(里|中|里面)[^，。]{0,10}(跳下去|跳楼|自杀|死了|被杀)",
  "(noose|knife|gun|sword|dagger|pistol|rope)s? props?|(prop|fake|toy|plastic|rubber|stage) (noose|knife|gun|sword|dagger|pistol)",
  "(叱|しか|怒っ|おこっ|注意し|ちゅういし)[^。、]{0,6}(たら|と|ても)\\s?(すぐ|すぐに)?\\s?(虐待|ぎゃくたい)",
  "开玩笑(说|地说)?[^，。]{0,10}虐待",
  "(ともだち|友達|友だち|同級生|どうきゅうせい|クラスの子)\\s?(に|から)\\s?[^。]{0,6}(たたかれ|叩かれ|殴られ|なぐられ|蹴られ|けられ)(?=[^]{0,40}(なかなおり|仲直り))",
  "bị bạn( học| cùng lớp)? đánh(?=[^]{0,60}(làm lành|làm hòa))",
  "(my |our )?(toddler|baby|little one|two-year-old|three-year-old|preschooler) (keeps |is |was |has been |often )?(hitting|biting|kicking|slapping|scratching) (me|us)",
  "(刃物|はもの|ナイフ|凶器|きょうき)を\\s?(持った|もった)\\s?(不審者|ふしんしゃ|人|男)\\s?(へ|に)?\\s?(の|対する|たいする)\\s?(対応|たいおう|対処|たいしょ|備え|そなえ)",
  "(夫|妻|旦那|だんな|嫁|主人|家族|親|息子|娘)と\\s?[^。]{0,12}で\\s?(怒鳴り合い|どなりあい|口げんか|口喧嘩|言い合い|いいあい)(の)?\\s?(けんか|喧嘩|ケンカ)?\\s?(に\\s?なり|になっ|し)(ました|た)(が|けど)",
  "(溺れ|おぼれ)る\\s?(子|こども|子ども|人|事故)(を)?\\s?(なくす|無くす|減らす|へらす|防ぐ|ふせぐ)",
  "(心筋梗塞|脳梗塞|脳卒中|くも膜下出血)(やった|だった|じゃった|をした|になった)(?=[^。]{0,30}(もう|今は|いまは)[^。]{0,20}(出とる|でとる|出て|元気|げんき|働い|はたらい|心配な|しんぱいな))",
  "(救急車|きゅうきゅうしゃ|パトカー|サイレン)\\s?(みたい|のよう|みたく)(な|に)",
  "quase (desmaiei|desmaiou|morri|morreu) de (susto|medo|rir|vergonha)|casi me (desmayo|desmay(é|e)|muero) (del|de) (susto|miedo|risa|vergüenza)",
  "cháy nhà[^.]{0,20}(năm trước|năm ngoái|tháng trước|hồi trước|lần trước)",
  // Forty-second round (the false emergencies of training set 39 and blind-41): a stroke or a heart
  // attack named as the cause of a lasting state (uses a wheelchair after a stroke, paralysed since
  // her stroke), not as what happens now; a building or a structure said to be about to fall over
  // or give way (閉めた古い蔵が大雨で傾いてきて、倒れてきそう), with no one said to be in it or under
  // it.
  "(wheelchair|walker|walking frame|paraly[sz]ed|disabled|disability|rehab|rehabilitation|care home|nursing home|(can'?t|cannot|could not|couldn'?t) (walk|talk|speak) (well|properly|any ?more))[^.?!]{0,30}(after|since|because of|from) (a|his|her|my|their|the|our) (stroke|heart attack)(?![^.?!]{0,20}(just|right now|this morning|today|minutes? ago|an hour ago))",
  `(?<=^|[。!?！？、]\\s?)(?![^。]*(人|ひと|下敷き|したじき|閉じ込め|とじこめ|中に|なかに|けが|怪我|血|子))[^。]{0,12}(${FALLING_THING}|建物|たてもの|空き家|あきや|家屋|蔵|くら|納屋|なや|旅館|旅籠|はたご|ビル|工場|作業場|鳥居|とりい|灯籠|とうろう|ブロック塀)(が|も)\\s?[^。]{0,30}(倒れ|たおれ|崩れ|くずれ)(て)?\\s?(き|く)?\\s?(そう)`,
  // Forty-first round (the false emergency of training set 38): a thing that caught fire or burnt
  // down a week or more ago (the heater in our dorm caught fire last week), dated as past; not last
  // night, yesterday or today, when someone may still be hurt or missing.
  "(caught|catches|went up in) (on )?fire[^.?!]{0,24}(last (week|month|year|spring|summer|autumn|fall|winter)|(weeks?|months?|years?) ago)|(burned|burnt) down[^.?!]{0,24}(last (week|month|year)|(weeks?|months?|years?) ago)",
  // Forty-first round, spoken false starts: a crisis word broken off and restarted on a word that
  // begins with the same stem in kanji or in kana (殴られ … なぐさめ; くびつり … 首都), or taken back
  // with 違う between commas (飛び降り 、 違う 、 飛び入り), the greeting もしもし before it, when what
  // follows names no danger (the danger looked for after the restarted word, as in the cue above).
  `^\\s?((えっと|ええと|えー|あの|あのう|あのー|すいません|すみません|その|あ|もしもし)[、,]?\\s?){0,2}(?!(死|し)にたい|(消|き)えたい|(助|たす)けて|(殺|ころ)され)((殴|なぐ)[^\\s。、.]{0,5}\\s?\\.{2,3}(?=\\s(殴|なぐ))|(首|くび)[^\\s。、.]{0,5}\\s?\\.{2,3}(?=\\s(首|くび))|(飛び|とび)[^\\s。、.]{0,5}\\s?([、,]\\s?(違う|ちがう|ちゃう)\\s?[、,]|\\.{2,3})(?=\\s(飛び|とび)))(?=\\s[^\\s。、.]{1,8}\\s[^]{0,100}$)(?!\\s[^\\s。、.]{1,8}\\s[^]{0,100}(${DANGER_WORDS}|溺|おぼれ|監禁|かんきん|自傷|じしょう|リスカ|りすか|自殺|沈|しず|流され|ながされ|川|かわ|海|うみ|プール|水|みず|今|いま|さっき|すぐ|早く|はやく|急|いそ))`,
  // A child's game of pretend with a role in it (おままごとで、わるいおかあさんやく), a sentence with no
  // danger word blanked whole; a pet found dead and buried, told by a child in kana (きんぎょさんが
  // …しんじゃったの、おはかつくる).
  `${QUIET_SENTENCE}[^。]{0,30}(ままごと|ごっこ)[^。]{0,30}(やく|役)[^。]{0,30}`,
  `(${ANIMAL}|きんぎょ|めだか|メダカ|かぶとむし|カブトムシ|インコ|いんこ|かめ|カメ)(さん|ちゃん)?(が|は)[^。]{0,30}(しんじゃ|死んじゃ|しんで|死んで|しんだ|死んだ)[^。]{0,20}(おはか|お墓|はか|墓|うめ|埋め)[^。]{0,10}`,
];

/** The look-alikes as compiled: speech recognition's spaced words match too. */
export const CRISIS_NEGATIVE_CUES: readonly string[] = NEGATIVE_CUE_SOURCES.map(allowAsrSpaces);
