import { allowAsrSpaces } from "./crisis-words";

/**
 * Look-alike phrases removed before the crisis patterns run (folded like the lexicon): idioms
 * (死ぬほど忙しい), paperwork about a death, a fire or a collapse in the past, questions about
 * how things work (救急車で運ばれたとき保険証は), a known condition (けいれんの持病), objects that
 * fell over or stopped working, and closets (押し入れ). Written from domain knowledge.
 */
const NEGATIVE_CUE_SOURCES: readonly string[] = [
  "死ぬる?ほど|死ぬかと思|死にそうなくらい|死ぬ気で(頑張|がんば)",
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
  "((dv|暴力)(で|から))?(避難|保護)(して(い)?た|されて(い)?た|した)(時期|とき|頃|こと|期間)|(虐待|暴力|dv)の(通報|通告)(って|は|の(仕方|方法|先))|(詰まらせ|溺れ|おぼれ)ない(ため|よう)(の|に)",
  // Hyperbole about a fright: 心臓が止まるかと思った, 息が止まるくらい驚いた, 倒れるかと思った.
  "(心臓|息|呼吸)(が|も)?止まる(かと|か|くらい|ぐらい|ほど)|止まりそうな(くらい|ほど)|(倒れる|気を失う|気絶する)(かと|くらい|ぐらい|ほど)",
  "死亡(届|診断|証明)|亡くな(った|りました|って)|死去|相続|葬儀|火葬|埋葬|遺言",
  "火災保険|火災報知(器|機)(?!(が)?(鳴|な))|火事の?(罹災|り災)|(罹災|り災)証明|火災(共済|予防)|防火|消火器|煙(感知|探知)器",
  "(去年|昨年|以前|前に|昔|先月|先日|先週|この前).{0,8}(火事|火災)",
  "火事(で|に)(あ|遭)?.{0,12}(燃えてしま|焼けてしま|燃えた|焼けた|焼け出され|なくな|失|焼失|紛失)|燃えてしま(った|いました)",
  "火事の(後|あと)",
  "(家|建物|塀|ブロック|木|電柱|看板|自転車|棚|小屋|空き家|空家|墓石)(が|も)倒れ(そう|かけ|た|て)",
  "倒れそうな",
  // A collapse in the past that led to care or a stay in hospital (倒れてから介護が必要に).
  "倒れ(てから|て以来|た後|たあと)(は)?.{0,12}(介護|入院|施設|リハビリ|要介護|後遺症|車(いす|椅子)|寝たきり|手続き|申請)",
  "倒れて(入院|手術)(し(た|て|まして|ており)|中)",
  "(去年|昨年|以前|先月|先週|先日|数年前|半年前|(\\d+|一|二|三|何)(年|か月|ヶ月|カ月)前)(の(夏|冬|春|秋|暮れ|年末|年始|今(ごろ|頃)))?(に)?.{0,12}倒れ",
  // An illness of the past, now a matter of care or paperwork (3年前に脳梗塞をやって、今は要介護2).
  "(去年|昨年|以前|昔|先月|先週|数年前|半年前|(\\d+|一|二|三|四|五|何|数)(年|か月|ヶ月|カ月)前)(の(夏|冬|春|秋))?(に|は)?.{0,8}(脳梗塞|脳卒中|脳出血|心筋梗塞|くも膜下出血|熱中症|大けが|大怪我|骨折)",
  "(脳梗塞|脳卒中|脳出血|心筋梗塞)(で|の)(亡くな|後遺症|リハビリ|入院|既往|治療|手術)",
  // Abuse or violence of the past, told for paperwork (子どもの頃に親に叩かれた, 去年DVで保護された).
  "(子どもの頃|子供の頃|こどもの頃|小さい頃|幼い頃|若い頃|学生の頃|昔|以前)(に|は)?.{0,12}((叩|たた)かれ|殴られ|蹴られ|虐待|暴力|dv)",
  "(去年|昨年|以前|前に|昔|先月|数年前|(\\d+|一|二|三|何|数)(年|か月|ヶ月|カ月)前)(、|,)?.{0,8}(dv|暴力|ストーカー)(で|から|を受け|の被害)",
  "(dv|ドメスティック(・)?バイオレンス|ストーカー|暴力|虐待)(の)?(被害(者)?)?(の|で|による)?.{0,12}(閲覧制限|支援措置|非開示|交付制限|証明書|相談窓口|パンフ)",
  // A past attempt, now in treatment (昔、首を吊ろうとしたことがあって、今は治療中).
  "[^。.!?]{0,16}(うと|ようと)した(こと|経験)(が|も)(あり|ある|あつ).{0,30}(今は|いまは|現在は)(治療|通院|落ち着|大丈夫|元気|回復)",
  // How things work, not what is happening (救急車で運ばれたとき保険証は使えますか).
  "(救急|きゅうきゅう)(車|しゃ)?(で|に)(運ばれ|はこばれ|搬送|はんそう)(た|る|され(た|る)?)?.{0,3}(とき|時|場合|際|ら|こと|ので|から)",
  "(けいれん|痙攣|てんかん|ひきつけ|ぜんそく|喘息|心臓)の(持病|既往|薬|発作がある|ある(人|方|子))|持病(が|で|の)",
  "熱中症(対策|予防|の(注意|予防|対策|パンフ))",
  "胸(が)?(痛|いた)(む|く(なる|なります))(ような|よう|話|ニュース|思い|出来事)",
  "(真っ青|まっさお|真っ白)(に)?な(る|った)(ほど|くらい|ぐらい|思い|気分)",
  "野焼き.{0,12}(煙|けむり)|(煙|けむり).{0,12}野焼き|たばこの煙|タバコの煙",
  "暴力団排除|殺虫|殺菌|息を殺|笑い死|笑死|首を長く|首を(突|つ)っこ",
  "(カード|アプリ|スマホ|機械|パソコン|システム|画面|サイト|端末|電話|リーダー)(が|も)?.{0,6}(動かない|動かなく|反応(が)?ない|反応しない)",
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
  "火灾(保险|险|演习|报警器)|(seguro|simulacro|simulado|alarma|alarme|extintor)[a-z]* (de |contra )?(inc(ê|e)ndio|fuego|fogo)",
  // Korean and Vietnamese: a collapse last year; 'tired to death'.
  "(작년|지난 ?해|예전|전에|몇 ?년 ?전|지난달)에?.{0,8}쓰러졌|(mệt|đói|buồn ngủ|chán|nóng|lạnh) (muốn|gần) chết",
  // Bring a knife along (包丁研ぎの会に包丁を持ってきてください).
  "(包丁|ナイフ|はさみ|ハサミ|カッター)(を)?(持|も)って(き|来)て(ください|下さい|もいい|いい|ほしい)|包丁(研ぎ|とぎ)",
  "押し?入れ|押入",
  "飛び込みで|飛び込み(の|で)?(受付|来庁|申請)",
];

/** The look-alikes as compiled: speech recognition's spaced words match too. */
export const CRISIS_NEGATIVE_CUES: readonly string[] = NEGATIVE_CUE_SOURCES.map(allowAsrSpaces);
