/**
 * How callers ask for a person (or a call-back) and how they complain, across registers: plain,
 * keigo, blunt, Kyushu and Kansai dialect, speech-recognition kana, English. Written from domain
 * knowledge of desk calls, never from a test set. Sources are compiled through `foldForMatch`
 * like the crisis lexicon; do not use upper-case escapes.
 */

// Someone on the office's side the caller may ask for.
// 人 after a kanji or の is someone else (代理人, 家族の人), not staff. Speech recognition may write
// the words in kana (たんとう の かた).
const STAFF =
  "((?<![一-龯々の])(人|ひと)|人間(の(人|方|ひと))?|生身の人|職員(の(人|方|ひと|かた))?|係員|係の(人|方|ひと|かた)|担当(者|の(人|方|ひと|かた))?|窓口の(人|方|ひと|かた)|スタッフ|オペレーター|相談員|誰か|だれか|どなたか|どなた様か|詳しい(人|方)|分かる(人|方)|わかる(人|方)|課の(人|方)|たんとう(しゃ|の(ひと|かた))?|しょくいん(の(ひと|かた))?|かかりの(ひと|かた)|まどぐちの(ひと|かた))";
const PLEASE =
  "(ください|下さい|くれ|くれん|くれる|もらえ|もらい|ほしい|欲しい|いただけ|いただき|ちょうだい|よ|て|\\?)";

export const HUMAN_REQUEST_SOURCES: readonly string[] = [
  // さ is Tohoku's に (誰が人さ代わってけねぇべか).
  `${STAFF}(さん)?(と|に|を|さ)(お)?(話(し|す|せ|が|を)|はなし|つない|繋い|つなげ|繋げ|代わって|かわって|替わって|変わって|出して|呼んで|直接|相談(し|でき|を)|お願い)`,
  `${STAFF}(さん)?(と)(お)?(話|はな)`,
  "(誰か|だれか)(人|職員|分かる|わかる|詳しい|いませんか|いない|おらん|おらへん)",
  // 担当の課につないで / 保険年金課の方をお願いします
  "(課|係|部署|担当部署|担当課|担当窓口|部門)(の(人|方|担当(者)?))?(に|へ|を)(つな|繋|回し|まわし|転送|代わ|かわ|お願い)",
  `(つないで|繋いで|つなげて|転送して|回して|まわして)${PLEASE}`,
  `^(すみません|すいません|あの|ちょっと|じゃあ|では|もう|なら)?[、, ]?(代わって|かわって|替わって)${PLEASE}`,
  // Not 直接伺ってもよろしいでしょうか: whether a walk-in is fine asks how things work.
  "直接.{0,10}(話|はな|聞|相談|会っ|伺(?!っても|うもの|うの|うん))",
  // 有人チャットに切り替えて; あのひとにかわってもらえますか (あの人 is staff on the line).
  "有人(の)?(チャット|対応|窓口|オペレーター)",
  `(あの|その|ほかの|他の|別の)(人|ひと|方|かた)(に|と)(代わ|かわ|替わ|変わ)つて${PLEASE}`,
  // Someone described by what they can do (説明してくださる方に代わっていただけますか; 分かる人に
  // かわってもらえる?), or the word alone at the end of a hurried chat line (ﾁｮｯﾄ 人ｶﾞｲｲﾃﾞｽ 代ﾜｯﾃ).
  `(?<=[るたいすえけせて])(人|ひと|方|かた)(に|と)(代わ|かわ|替わ)つて${PLEASE}`,
  "(?<=[るたいすえけせて])(人|ひと|方|かた)と(お)?(話|はな)し(を)?(し)?(たい|させて|できれば)",
  `(代わつて|かわつて|替わつて)(${PLEASE})?[。.!?]*$`,
  // A clerk asked for by name (市民課の［氏名1］さんに代わってもらえますか), not a relative
  // (お母さんに代わって受け取る).
  // Also asked for outright (再交付の件でお世話になっている［氏名1］さんをお願いしたいのですが; …さんは
  // いらっしゃいますか).
  `(?<!(母|父|兄|姉|ばあ|じい|婆|爺|奥|嫁|娘|息子|叔母|伯母|叔父|伯父|おば|おじ|子|孫))(さん|様|さま)(に|を)((代わ|かわ|替わ)つて${PLEASE}|(つない|繋い|呼ん)で|お願い(したい|します|できま|でき(ない|ません)))`,
  "(?<!(母|父|兄|姉|ばあ|じい|婆|爺|奥|嫁|娘|息子|叔母|伯母|叔父|伯父|おば|おじ|子|孫|お客|皆|みな))(さん|様|さま)(は|って)(いらっしゃい|おられ|おいで)(ます|ません)?(か|でしょうか)",
  // The clerk who dealt with the caller before (先日対応してくださった方に、もう一度お話を).
  // Also the one who explained it, described (丁寧に教えてくださった年配の方に、もう一度お話を).
  "(対応|担当|説明|案内|教え)(して|て)?(くださつた|下さつた|いただいた|頂いた|くれた|もらつた)(年配の|若い|女性の|男性の|女の|男の)?(方|人|職員|係)(に|と|を|から)",
  `${STAFF}(さん)?(と)(話|はな)させて${PLEASE}`,
  "じかに(話|はな|聞|相談)",
  // Not a call-back declined (折り返しはいらないです; 折り返しは結構です).
  "折り返し(?![^。]{0,4}(いらない|要らない|いりません|要りません|不要|結構|けつこう|必要(ない|ありません)))",
  "かけ直して|かけなおして",
  "(電話|連絡)(を)?(ください|くれ|ほしい|欲しい|してほしい|してもらえ|いただけ|いただき|いただく|頂け|頂く|もらえ|もらう)",
  // Training set 8: indirect wishes to talk (声で説明していただけると; 詳しい方からご説明いただけますと;
  // 込み入った事情がありまして; 中の人; 担当の方にご相談できれば).
  "声で(説明|話|お話|教え)|(詳しい|分かる|わかる)(方|人)(から|に)(ご)?(説明|お話|話|教え|伺)|(詳しい|分かる|わかる)(方|人)と[^。?]{0,8}(打ち合わせ|お話|話|相談)|込み入った(事情|話|こと)|中の人|(担当|係|窓口)の(方|人)(に|と)(ご)?(相談|お話)(でき|させ|したい)|対応(いただいた|して(いただいた|くれた))(方|人)(に|と)",
  "(someone|somebody) (to )?(give me a call|call me|phone me)|give me a (call|ring)|(alguien|alguém)[^.?]{0,24}(orient|ayud|ajud|explic)|petugas|工作人员|(請|请)[^。?]{0,6}(帮我|幫我)",
  "(あとで|後で|後ほど|のちほど|改めて)(お)?(電話|連絡)",
  "電話(を)?(かけて|して)(きて)?(ほしい|欲しい|もらえ|ください|くれ|いただけ)",
  "(ロボット|機械|ai|自動音声|コンピュータ|録音)(じゃ|では|やなくて|じゃなくて|とは|と)(なく|ない|話|分から|わから|だめ|無理|らちが)",
  // Not someone's skill with machines (母は機械は全然だめで).
  "(ロボット|機械|ai|自動音声)(?!(は|が|も)(全然|全く|まったく|ぜんぜん|さっぱり|からっきし|苦手|にがて))(相手)?(じゃ|では|だと|やと)?.{0,6}(分から|わから|話にならない|らちがあかない|埒が明かない|無理|だめ)",
  `((?<![一-龯々の])人|人間|職員|担当者?|係の人|スタッフ|オペレーター|責任者|上の人)(さん)?(を|ば)?(出して|出せ|呼んで|呼べ|お願い)`,
  "(話せる|話のできる|話の分かる|英語の?話せる|英語ができる|日本語以外|通訳(の|できる))(人|方|職員|スタッフ)",
  // Someone who speaks plain Japanese (やさしい言葉で話してくれる人はいますか).
  "(やさしい|易しい|優しい|簡単な|かんたんな|わかりやすい|分かりやすい)(日本語|言葉|ことば)で(お)?(話|説明|はな)(し)?(て)?(くれる|くださる|もらえる|いただける|できる)?(人|方|職員)",
  // A caller who hears badly asking for things in writing at the counter (窓口では紙に書いてご説明
  // いただけますか; 大事なことは紙に書いてもらえると助かります): a clerk's help, not the FAQ's.
  "紙に書いて(ご|お)?(説明|伝え|教え|示し|見せ)[^。?]{0,8}(いただけ|いただき|いただく|くださ|下さ|もらえ|もらい|ほしい|欲しい|くれ|お願い)|紙に書いて(もらえ|いただけ|ください|下さい|くれ|ほしい|欲しい)",
  // Someone who speaks slowly, asked in keigo (ゆっくりお話しくださる方にお願いできますでしょうか).
  "ゆっくり(お話し|話し|話して)(くださる|いただける|してくれる|くれる|できる|てくれる)?(方|人|職員)",
  // English.
  "(speak|talk|chat) (to|with) (a |an |the |some)?(real |actual |live |human )?(person|human|someone|somebody|staff|agent|operator|representative|officer|clerk)",
  "(real|live|human|actual) (person|agent|operator|being)",
  "(transfer|connect|put) me (to|through|with)",
  "call me back",
  // Also with where and can (anyone at the ward office who can speak English), and with explain or
  // help in a language (anyone at the counter who can explain things in English?).
  "(someone|anyone|staff|somebody|a person)( [^.?]{0,30})? (who )?(can |could )?(speaks? |(explain|help|talk)( [^.?]{0,30})? in )(english|chinese|korean|portuguese|spanish|vietnamese|tagalog|nepali|indonesian|thai)",
  // Staff who speak the caller's language, asked in it (한국어 할 수 있는 직원분 계세요?; kausap na
  // nakakaintindi ng Tagalog; नेपाली भाषा बोल्ने कर्मचारी).
  "(한국어|중국어|영어|베트남어)(를|로)? ?(할 ?수 ?있는|하는|가능한|되는) ?(직원|분|사람)|kausap na (nakakaintindi|marunong|nagsasalita)|(नेपाली|अंग्रेजी) भाषा (बोल्ने|बुझ्ने) (कोही )?(कर्मचारी|मान्छे|व्यक्ति)|nhân viên (nào )?(nói|biết)( được)? tiếng|(有没有|有沒有)人(可以|能|会)?用(汉语|中文|漢語|英语|英文)|会(说|讲)(中文|汉语|英语)的(工作人员|职员|人)|(algu(é|e)m|funcion(á|a)rio) que (fale|saiba) (portugu(ê|e)s|ingl(ê|e)s)|alguien que hable (espa(ñ|n)ol|ingl(é|e)s)",
  "staff member",
  "operator|representative",
  // Keigo: ご担当の方におつなぎいただけますか; a reply asked for by e-mail (the AI sends none).
  "(お)?(つなぎ|繋ぎ)(いただけ|いただき|ください|下さい|願え|願い)|(担当|係|窓口)の(方|人)(に|へ).{0,8}(つな|繋)",
  "(メール|めーる|mail)(で|にて)(お)?(返事|返信|回答|連絡|ご連絡|ご回答|お知らせ)|(返事|返信|回答|連絡)(は|を)?.{0,30}(メール|めーる)(で|にて)|(返事|返信|回答|連絡)(は|を)[^。?]{0,4}\\[メールアドレス",
  // Polite wishes to talk in person or by phone, with no word for staff (training set 6): 一度お会い
  // してきちんと相談したい, 電話で話せませんか, 窓口で話を聞いていただけますか, 家まで来て説明して.
  "(お会いして|会って|顔を見て|対面で)[^。]{0,6}(相談|説明|話|お話|聞いて)|(時間を取って|時間をとって)(いただけ|もらえ|ください|くれ)",
  "(電話|お電話|でんわ)で(話|はな|伺|うかが|相談)(せ|し|い|さ)(ませんか|たい|ます|てもらえ|ていただけ)",
  "(窓口|まどぐち)で(話|はなし|相談|説明)(を)?(聞いて|きいて|して)(いただけ|もらえ|ください|ほしい)|(窓口|まどぐち)で(やって|やつて)(もろた|もらった|もらう|いただいた)(ほう|方)が",
  "(家|うち|自宅)(まで|に)(来て|きて)[^。]{0,4}(説明|話|手続き)|話の(通じる|分かる|わかる)(方|人)",
  "(チャット|機械|ai)(じゃ|では|で(は)?)(なく|なかなか|伝わら)",
  "(quero|queria|gostaria de|posso|poderia|pode) falar com (uma pessoa|algu(é|e)m|um atendente|um respons(á|a)vel|um funcion(á|a)rio)|(quiero|quisiera|puedo|podr(í|i)a) hablar con (una persona|alguien|un responsable|un encargado|un empleado)|makausap (ang|ng) (isang )?(tao|staff|empleyado)|may tumawag sa akin|(给我|给我们)回(个)?电话|回电话|disambungkan|sambungkan (saya )?ke|nói chuyện (trực tiếp )?với (người|nhân viên)|직접 ?(이야기|얘기|상담)|(상담원|직원)(과|하고|이랑) ?(통화|이야기|얘기)|call back",
  // The word alone, typed into a chat: オペレーター, 有人対応.
  "^(オペレーター|オペレータ|有人(対応|窓口)?|人間|担当者|職員)(さん)?(を|で|に)?(お願い|希望)?(します)?$",
];

/**
 * A complaint or request about a visit to this desk's counter (waiting there, being sent back,
 * being sent from desk to desk): it goes to the desk itself, not to the general desk, even when
 * no topic is named. Complaints about the phone line or the AI stay with the general desk.
 */
export const COUNTER_VISIT_SOURCES: readonly string[] = [
  "(窓口|役所|市役所|区役所|庁舎|支所|ここ)(に|へ|まで)(は)?(行|い|来|き)(つ|き|た|て)",
  "(何|なん|二|三|四|\\d+)(回|度|べん)(も)?(行(?!け(ん|ない|へん|ませ))|来(?!れ(ん|ない|へん|ませ)|られ(ん|ない|へん|ませ))|足を運|通)",
  "(待|ま)たされ(た|て|まし|る)|(座らされ|立たされ|並ばされ)(た|て|まし)|(予約|整理券).{0,8}(待|意味)",
  "(帰され|追い返|出直(せ|し|さ)|足を運)",
  "(書類|必要なもの|持ち物)(が)?(足りない|足らない|違う)(つて|と)",
  "たらい回し|盥回し|(別の|ほかの|他の|違う)(課|窓口|部署)(に|へ)(回さ|まわさ|行け|行つて)",
  // What counter staff said (職員に言われた通りにしたのに).
  "(職員|係の人|係員|窓口の人|担当の人|受付の人)(さん)?(に|から)(言われ|説明され|案内され)",
  "(窓口|カウンター|受付)(で|では)(言われ|いわれ|説明され|案内され|聞い)",
  // The staff met there (窓口の人の言い方がきつくて; 受付の若い人), as in English below.
  "(窓口|カウンター|受付)の(人|方|かた|職員|係|担当|若い|女性|男性|お姉さん|おばさん|おじさん)",
  "waited [^.?!]{0,30}at the (counter|desk|window|office)|(told|asked) (me )?to come back|sent (me )?(back|away|home)",
  // Staff met at the counter (the staff at the counter spoke very fast; the clerk at the card desk).
  "(staff|clerk|officer|person|people|woman|man|lady) (at|behind) the ([a-z]+ )?(counter|desk|window)",
  // The clerk named on their own (the clerk kept speaking fast Japanese to me).
  "(the|a|that|one) clerk (kept|spoke|talked|was|were|would|wouldn't|didn't|did not|refused|told|said|laughed|just)",
];
/**
 * The card desk's own errands, named in a complaint or a wish for a person (電話で聞いた更新の持ち物と
 * 窓口で言われたことが違った; 交付通知が来ないから問い合わせたら): with no other desk's word, the call
 * is the card desk's, not the general desk's.
 */
export const DESK_ERRAND_SOURCES: readonly string[] = [
  "更新|申請|交付|再発行|通知書|署名用|電子証明|受け取|受取|代理|本人確認",
  "はがき|ハガキ|葉書|封筒|持ち物|持っていくもの|持ってくもの|持ってく物|必要な書類|書類が(足りない|足らない|違う)",
  // Help at this desk's counter asked for (紙に書いて説明してほしい).
  "紙に書いて",
  "签名|证明书|서류|갱신|renewal|reissue|application form",
];
// The phone line or the AI, whose complaints stay with the general desk (ai as a word, not the ai
// of waited).
export const PHONE_LINE_SOURCE =
  "電話|でんわ|つなが|繋が|保留|(?<![a-z])ai(?![a-z])|ロボット|機械|自動音声";

// "Why", said as a reproach; not どうしても (no matter what: 子どもがどうしてもじっと座ってくれない).
const WHY = "(なんで|なぜ|どうして(?!も)|なして|何で)";

export const COMPLAINT_SOURCES: readonly string[] = [
  "ふざけ(るな|んな|てる|ている|とる|やがって)",
  "いい加減(に|すぎ|な(対応|仕事|説明))|いいかげん(に|すぎ)",
  "責任者|上司を|上の人(を|に|と)",
  "苦情|クレーム|文句|不満(が|です|だ|があ)|不愉快|不快|理不尽|不公平",
  // Blame asked for, or a card forced on the caller (情報漏れたら誰が責任取んの; 無理やり作らされた).
  "(誰|だれ)が責任(を)?(取|と)(る|ん|つて|れ|ります)|無理(やり|矢理)[^。]{0,8}(させられ|作らされ|つくらされ|やらされ|登録させられ)",
  "腹が立|腹立|頭にき|頭に来|怒って|怒ってる|むかつ|いらいら|うんざり|我慢(でき|の限界|ならん)",
  "(態度|言い方|口調|話し方|言葉(づ|遣)かい|言葉遣い|口の(利|き)き方|対応|応対|接客|仕事ぶり)(が|は|も)?.{0,6}(悪|ひど|酷|最低|失礼|横柄|偉そう|えらそう|冷た|雑|いい加減|不親切|なって(い)?ない|遅|きつ|キツ|怖|こわ|乱暴|高圧|威圧|上から)",
  // A visit or a booking that was for nothing (予約した意味がないじゃないですか).
  "意味(が)?(ない|ねえ|ありません|あらへん)(じゃない|じゃん|やん|やないか|でしょ|だろ|やろ|よね|ですよね)",
  "(失礼|無礼|横柄|偉そう|えらそう)(な|だ|です|すぎ|じゃ)",
  // Feedback on staff said gently (受付の方の言葉づかいが少し気になりまして).
  "(言葉(づ|遣)かい|言葉遣い|口調|態度|言い方|応対|対応)(が|は|も)?[^。]{0,6}(気になり|気になる|気になった|気になつ|引っかかり|ひっかかり)",
  "ひどい(対応|話|です|よ|な|じゃ|やろ)|不親切",
  // ひどすぎる as a verdict on the office (not 写真写りがひどすぎる).
  "(^|[、。,.!? ]|(対応|態度|説明|扱い|やり方|言い方|仕打ち|待遇|サービス|制度|役所|窓口|職員|これ|こんなの|それ|あまりに(も)?|本当に|ほんとに|まじで)(は|が|も)?)ひどすぎ",
  "たらい回し|盥回し|追い返|門前払い|あちこち回され",
  "(行|い)かされ(た|て)|来させられ|出直させ|書き直させ",
  // Not a rule about tries (3回間違えるとロックって聞いた).
  // Nor what the caller cannot do again (足が悪いけん何べんも来れんとよ).
  "(何|なん|二|三|四|\\d+)(回|度|べん|遍)(も)?((?!間違|まちが|入力|失敗|ミス|打ち)[^。]){0,10}(電話|問い合わせ|問合せ|聞い|言っ|言わ|来(?!れ(ん|ない|へん|ませ)|られ(ん|ない|へん|ませ))|行っ|行かされ|足を運|窓口|かけ|説明|書い|出し|同じ)",
  "訴え(る|ます|てやる)|税金泥棒|税金の無駄|給料泥棒",
  // 最悪 as a verdict on the office, not on a photo or the weather (写真写りが最悪).
  "(?<!(写り|うつり|写真|天気|体調|気分|顔|運|タイミング|景気|寝不足)(が|は|も|で)?)(?<!(写り|うつり)(が|は|も|で)?[^。]{0,4})最悪|最低(だ|です|や|じゃ|な)",
  "(馬鹿|ばか)にし|なめて|舐めて|なめとる|なめとん|なめてん|なめくさ",
  // Asking the office to do better (もうちっと考えてくれんかのう, 字が小さくて読めん).
  "考えて(くれ|もら|ほし)(ん|へん|ない|ませ|え)(か|かのう|かね|のか|ん)?|もう(ちょっと|ちっと|少し|すこし)(考え|工夫|なんとか|何とか|配慮)|(字|文字)が(小さ|小そ|ちいさ|ちいそ).{0,12}(読め(ん|ない|へん|ません)|見え(ん|ない|へん))",
  "話にならない|話にならん|役に立たない|役に立た(ん|へん)",
  "使えない(ai|機械|システム)",
  // A verdict on the automatic answers themselves (何聞いても的外れ, ちっとも答えにならん).
  "(自動応答|自動音声|ai|機械|ロボット|チャット|この(システム|電話|サービス))[^。]{0,16}(的外れ|見当違い|ポンコツ|ぽんこつ|使えん|使えへん|答えにならん|答えになって(い)?ない|意味(が)?ない)|(何|なに|なん)(を)?(聞いて|聞い)も.{0,6}(的外れ|見当違い|答えにならん|同じ)",
  "(やめて|止めて)しまえ|やめちまえ",
  // The scheme itself to be dropped (こんな制度、早くやめてほしい).
  "(こんな|そんな|あんな)(制度|仕組み|しくみ|システム|もの)[^。?]{0,12}(やめて|止めて|廃止して|なくして|無くして)(ほしい|欲しい|ください|くれ|もらいたい|いただきたい)",
  "待たせ(る|ん|すぎ|て)|待たされ(た|て|まし)|いつまで.{0,6}待た|待ち時間(が)?.{0,4}(長すぎ|ひど)",
  "納得(でき|いか|いきま)(ない|ません|ん)",
  // Not a change told of someone (同じことばっかり言うようになって: forgetfulness, 認知症).
  "同じこと(ばっかり|ばかり|ばっか)(?![^。]{0,3}(言う|いう|ゆう|聞く|きく)ようにな)",
  "勝手(すぎ|な(こと|話|制度|真似)|に決め|にやっ)",
  "何も考えて(い)?ない",
  "(そっち|そちら|役所|市役所|市|あんたら)の(ミス|せい|責任)",
  "(何とか|なんとか)(しろ|してよ|せえ|せい)",
  "遅すぎ|(遅い|のろい)(よ|んだ|ぞ|!)",
  "(ちゃんと|しっかり|まともに)(しろ|してよ|してくれ|しなさい|せえ|答え(ろ|て(よ|くれ))|説明(しろ|して(よ|くれ)))",
  "(説明|返事|回答)(しろ|せえ|せい|してみろ)",
  "(どない|どげん|どがん|どう|どや)(して)?くれ(る|ん|ると|っと|んねん|るん)|(払|はら)わされ|謝罪(しろ|して|を)|謝って(ください|よ|ほしい)|どうしてくれる|責任(を)?(取|と)(れ|って|る気)",
  "(何|なに|なん)(やって|しよる|しとる|やっと|してん)(ん|る|の)",
  "(はよ|早く|さっさと)(しろ|せえ|せい|してよ|して(くれ|ください)よ)",
  // 窓口で言われたことが全然違う: what the office said against what it wrote or did.
  "(話|説明|言ってること|言ってた(こと)?|聞いてた(話)?|言われた(こと|話)|聞いた(こと|話)|書いて(ある|あった)(こと)?)(と|が)(全然|ぜんぜん|まったく|全く|ぜんっぜん)?(違う|ちが)",
  // The two things set side by side first (書いてあることと窓口で言われることが違うのは困ります).
  "(書いて(ある|あった)|言われた|聞いた|聞いてた)(こと|話|内容)と[^。]{0,16}(こと|話|内容)(が|は)(全然|ぜんぜん|まったく|全く)?(違う|ちが)",
  "(全然|ぜんぜん|まったく|全く)(違う|ちがう)(じゃない|やないか|やん|じゃん|やろ|でしょ|だろ)",
  // 窓口で教えてくれないなんておかしくないですか; 郵便局のせいにされた; 恥をかいた.
  "なんて(おかしい|おかしく(ない|ありません)|ひどい|ありえない|あり得ない)|(の)?せいにされ|恥を(かい|かき|かかされ)|恥ずかしい思いを(し|させ)",
  // Disappointment said politely (training set 6): がっかりしました, 残念でした, 寂しい思いをしました;
  // answers that differ from person to person; letters nobody can follow; waiting in silence.
  "がっかり|残念(でした|です|だった|やった)|(寂しい|さみしい|悲しい|かなしい|つらい)思いを|(もう)?(疲れた|つかれた)(とよ|わ|よ|です)",
  "(おっしゃる|言う|いう)こと(が)?[^。]{0,4}(違|ちが|バラバラ|ばらばら)|(答え|回答|返事|説明)(が)?(全部|みんな|毎回|人によって|その都度)?[^。]{0,4}(違って|ちがって|バラバラ|ばらばら)|食い違",
  // Portuguese and Spanish: nobody explained, upset, came three times.
  "ningu(é|e)m (me )?(explic|ajud|atend|orient)|nadie (me )?(explic|ayud|atend|orient)|(chatead|irritad|enojad|molest|indignad|frustrad)(o|a)|(fui|vim|voltei|liguei|fomos|estive|vine|volví|llamé|he ido)[^.?]{0,40}(tr(ê|e)s|duas|quatro|tres|dos|cuatro|v(á|a)rias) (vezes|veces)|ainda n(ã|a)o entendi|todav(í|i)a no entiendo|reclama(r|ção|cao|ción|cion)|queja",
  "(different (things|answers))|bực mình|bực bội|tức giận|답변이.{0,4}달라|(每次|每回).{0,10}不一样|chờ rất lâu|cúp máy|(tiga|dua|empat) kali (datang|ke)|(去了|来了|跑了)(两|三|四|好几)次",
  "(ずっと|まだ)(お)?(返事|連絡|回答)(を)?(待って|まって)|(返事|連絡|回答)(を)?(ずっと|まだ)(待って|まって)|(時間|時間半)(も|以上|近く)?(待ち|待た|待っ)(ました|された|た)|(時間|時間半)(も|以上|近く)?(座らされ|立たされ|並ばされ)",
  "(\\d+|二|三|四|何)(回目|度目)(やで|です|だ|よ|なんです|や)|何回(行か|来|通わ)(な|ん)(あかん|いけない|きゃ)",
  "(から|と)[^。]{0,12}回され|何度(読んで|聞いて)も[^。]{0,12}(分から|わから|分かりま|わかりま|分かんな|わかんな)|結局[^。]{0,16}(もらえて(い)?ない|進んで(い)?ない|分からな|変わらな)",
  "(と|って)(聞いて|聞いた|言われて|言われた)(い)?た?のに[^。]{0,24}(と|って)(言われ|いわれ)|(途中で)?(諦め|あきらめ)(て)?しま",
  "(外国語|英語|やさしい日本語)の(お知らせ|案内|説明)(が)?(なく|ない)|(ここ|うち)じゃない[」』]?(と|って)(言われ|いわれ)",
  // 持っていったのに足りないと言われた: sent back from the counter with what it had asked for.
  "(持って(いった|行った|きた|来た)|出した|提出した)(のに|ら|けど).{0,16}(足りない|足らない|だめ|ダメ|違う|受け付けてもらえ)",
  "(電話|でんわ).{0,12}((つながら|繋がら)(ない|ん|なく|へん)|話し中)",
  "二度と.{0,12}(来ない|行かない|使わない|頼まない|来るか|行くか|来ん|行かん)",
  // Why the office did not do or say something, asked as a reproach (なんで前もって言ってくれないん
  // ですか; どうして誰も教えてくれんかったと?; なしていっつも名前を間違えて呼ぶんだべ; 予約が一か月先まで
  // 埋まってるって、どうなってるんですか; how many times do I have to come).
  `${WHY}[^。?]{0,30}((くれ|もらえ)(ない|なかった|へん|ん|ねえ|なか)|書いて(おか|お)ない|言わない|教えない|説明しない)`,
  `${WHY}[^。?]{0,12}(いつも|いっつも|誰も|だれも)`,
  `${WHY}[^。?]{0,12}(あんなに|こんなに)[^。?]{0,6}(分かりにく|わかりにく)`,
  "(って|とか)[、,](一体|いったい)?どうなって(る|ん)(んですか|の|ん|んや|んだ)",
  // Asked back as a reproach (…おかしくないですか; あんな言い方). なんで…わけ? is as often a question
  // about the rule (なんでスマホでできないわけ?).
  "(おかし|ひど)くない(ですか|\\?|か)|(あんな|そんな|こんな)(言い方|態度|対応|扱い)",
  "(何回|何度|いつまで)[^。?]{0,12}(来させ|来い|待たせ|かけさせ|通わせ|行かせ|来ればいい|来なあかん)",
  "how many times (do|must|should|will|have)|why (did|does|didn't|doesn't|has|hasn't|won't) (no ?one|nobody)|为什么没有人|왜 아무도|몇 ?번(을|이나)|sao không ai|por qu(é|e) (nadie|en cada)|por que ningu(é|e)m|किन कसैले",
  // 働け as an order, not 働けなくなって (the caller's brother can no longer work).
  "仕事(を)?しろ|仕事する気|やる気(ある|あん|ない)|働け(?![なずまるばてた])",
  "あんたら|あんたたち|お前ら|おまえら|てめえ|役人(ども|は|が|って)",
  "迷惑(なんだ|だ|です|してる|している|なんです|千万)",
  "ありえない|あり得ない|信じられない",
  "まともな(答え|回答|返事|説明|対応)(が|も|を)?.{0,8}(ない|こない|来ない|できない|しない|くれない)",
  "(ちゃんと|まともに)(答え|回答|対応|説明)(て|し|でき)?(くれない|ない|ません|ん)",
  "(職員|窓口|担当|係|電話|市|役所)(の(人|方))?.{0,6}(説明|案内|話|言うこと|言ったこと)(が|は|も)?.{0,4}(間違|違って|嘘|うそ|でたらめ)|二度手間",
  "(職員|窓口|電話口|担当|係)(の(人|方))?(に|から|で).{0,6}(怒鳴|どな(?!た)|叱られ|しかられ|馬鹿に|ばかに)|どういう教育",
  "使えない(役所|市役所|職員|窓口|人|やつ|奴)|感じ(が)?悪|(?<!(最|(写り|写真|天気|体調|気分|顔|運|タイミング|景気)(が|は|も)?))悪すぎ|不親切すぎ",
  "(市長|議員|上の人|マスコミ|新聞|テレビ|ネット)に(言いつけ|言い付け|訴え|言う|言います|書き込|通報|投書)",
  "(\\d+|何|数|一|二|三)(分|時間)(も|以上|近く)(お)?(待|かか)",
  // Training set 8: a wasted visit or call, said politely (何もできずに帰ってきました; あっちこっち回され;
  // 保留のまま…切れてしまいました; 最後まで分かりませんでした).
  "(何も|なにも|なんも)(でき|出来)(ず|ない)(に|まま)?[^。?]{0,6}(帰|かえ)|(帰され|かえされ|帰らされ)(て|た)|(あっちこっち|あちこち|あっちこっち|たらい)(に)?(回|まわ)され|保留(のまま|で|中)[^。?]{0,16}(切れ|切られ)|最後まで(分かり|わかり|読んでも)[^。?]{0,6}(ません|なかつ)|(\\d+|一|二|三)時間(待ち|まち)",
  "on hold[^.]{0,40}(went dead|cut off|hung up|dropped)|had to come (twice|back|again)|기다렸|돌려보냄|돌려보냈",
  "いつになったら",
  // More counters or staff demanded (もっと窓口を増やしてください; 予約枠ぐらい増やせないんですか).
  "(窓口|職員|人手|人員|予約枠|受付|スタッフ|係の人)(を|も|ぐらい|くらい)?(もっと|もう少し|もうちょっと|もうちょい)?(増やして|増やせ|ふやして|ふやせ)|(もっと|もう少し|もうちょっと)(窓口|職員|人|予約枠|枠|受付)(を)?(増や|ふや)",
  "おかしい(でしょ|だろ|じゃない|じゃろ|やろ)",
  // English.
  "inaceptable|inaceit(á|a)vel|inadmis(s)?(í|i)ve?l|complain|unacceptable|not acceptable|ridiculous|useless|terrible|awful|worst|disgusting|outrageous|incompetent|pathetic|rude|unpleasant",
  "(i am|i'm|we are|we're|so|really|very) (really |very |so )?(angry|furious|upset|annoyed|fed up|disappointed)",
  "(how|the way) (i was|we were|you) treat|treated (me )?(badly|rudely|poorly)",
  // Staff at the counter resented (the staff laughed at me; spoke very fast and didn't even try).
  "(laughed|shouted|yelled|sighed|snapped) at (me|us|my)|(spoke|talked) (too|very|so) (fast|quickly)[^.]{0,40}(didn't|did not|never|wouldn't)|(didn't|did not|wouldn't|would not) (even )?(try|bother|look at me|listen)|ignored (me|us|my)|went home without (finishing|getting|doing)",
  // Staff behaviour resented, in Korean (직원이 한숨을 쉬었어요. 정말 불쾌했습니다).
  "불쾌(했|하|합)|불친절|한숨을 ?(쉬|쉽)",
  // The same in Vietnamese (nói chuyện với tôi rất khó chịu: spoke to me very unpleasantly).
  "khó chịu|thô lỗ|bất lịch sự|thái độ (rất )?(tệ|kém|không tốt)",
  // The caller brushed off, or a secret said aloud for others to hear (コンビニで取ってくださいと
  // 突き放された; 暗証番号をほかの人にも聞こえる声で繰り返しました).
  "突き放され|(ほか|他|周り|まわり)の(人|方)(に|にも)[^。]{0,4}聞こえる(ような)?(大きな|大きい|大声)?(声)?で",
  "waste of (time|money)|fed up|sick of",
];
