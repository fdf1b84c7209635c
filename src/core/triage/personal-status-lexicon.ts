/**
 * How callers ask about their own case, which only staff with the records can answer (私のカードは
 * もうできていますか, 先月申請したのにまだ届かない, 登録されてるか見てもらえますか). Written from
 * domain knowledge of desk calls, never from a test set. Like the crisis lexicon, sources are
 * compiled through `foldForMatch` (katakana, hiragana, width and long vowels fold together); do
 * not use upper-case escapes.
 *
 * The line between an own case and a general question: a general question asks how things work
 * (申請からどのくらいで届きますか, 届かない場合はどうすれば, 登録できているか確認する方法); an own
 * case says something already happened to this caller, or asks staff to look it up.
 */

// The caller, and the family members whose cases callers ask about.
const SELF = "私|わたし|あたし|自分|うち|僕|ぼく|俺|おれ|わし";
const FAMILY = "母|父|妻|夫|主人|家内|嫁|息子|娘";
// Who the case belongs to; ] ends a masked name (［氏名1］の申請).
const WHO = `(${SELF}|${FAMILY}|子ども|子供|こども|祖母|祖父|親|\\])`;
// Whose circumstances a decision is asked for: the caller or a named person of theirs (not 子どもの,
// which also names a class of people: 子どもの場合は代理で受け取れますか asks how things work).
const WHOSE = `(${SELF}|おら|${FAMILY}|祖母|祖父|兄|姉|弟|妹|はは|ちち|おっと|つま|むすこ|むすめ|おかん|おとん|ばあちゃん|じいちゃん|母ちゃん|父ちゃん|この(方|かた|人|ひと|学生|子|患者さん|利用者さん|お客様)|その(方|かた|人))`;
// A favour asked in the negative (もらえませんか, いただけないでしょうか, もらわれへん?, もらえんと?),
// not もらえないんですか, which asks whether the rule allows it.
const PLEA =
  "((もらえ|もらわれ|いただけ|頂け)(ない|ません|ん|へん|ねえ|ね)(です)?(か|かね|かな|でしょうか|と|やろか|ろうか|じゃろか|じゃろうか|やろうか|かのう|べか|だべか|\\?)|(くれ|ください)(ませんか|ないか|へんか|んか)|(もらう|いただく)こと(は|って)?(でき|出来)(ない|ません|ん|へん)(です)?(か|かね|でしょうか|と|\\?))";
// What makes a request a condition, just before it (なくしたら再発行してもらえますか; 行けないときは
// 予約をお願いできますか ask how things work).
const CONDITION = "たら|れば|なら|場合(は|に)?|とき(は|に)?|時(は|に)?";
// Words that make an utterance a question (…割れたんですが、どうすれば; 手数料はいくら?; …過ぎた
// 場合は): an own case told "with no question" must have none of them.
const QUESTION_WORDS =
  "(\\?|ですか|ますか|でしょうか|のか|かな|かね|かの|どう|なん|いい|なる|んか|いくら|何を|なにを|教えて|たら(?!し)|場合)";
const PLEA_OR_ASK = `(${PLEA}|(もらえ|いただけ)(ます)?(か|\\?))`;
// Things of the caller's that have a state only the records know.
const THING =
  "(カード|マイナンバーカード|マイナカード|申請|申請書|手続き|分|通知書|交付通知書|はがき|封筒|書類|保険証|資格確認書|電子証明書|登録|予約|口座|住所変更|届け?出|再発行|再交付)";
// "Has not arrived / is not done yet", including dialect (届かん, 来とらん, できとらん).
// 来ない in kana too (speech recognition writes まだ こない), not …されてこない (転送されてこない).
const NOT_YET =
  "(届か(ない|ん|へん|ず|なく)|(?<!て)こ(ない|なく|うへん|ーへん)|届いて(い)?(ない|なく|ません|へん)|届いとらん|届きません|来(ない|ん|へん|ません)|来て(い)?(ない|ません)|き(てない|ていない|とらん|よらん|ません)|来とらん|でき(てない|ていない|とらん|てへん|ていません|あがってない)|出来(てない|ていない)|連絡(が|も)?(ない|来|こ|あり(ませ|まへ))|返事(が|も)?(ない|来)|音沙汰(が|も)?(ない|なし|あり(ませ|まへ))|反映(され)?(て)?(い)?(ない|ません))";
// A state word: arrived, done, where it is, how far along.
const STATE =
  "(でき(てい|てま|てる|とる|とう|てん|た(か|の)|たやろ|ました(か|\\?)|あが)|出来(て|上が)|届(いてい|いてま|いてる|きま(した|せん)|か)|来(てい|てま|てる|ま(した|せん)|な)|状況|状態に(なって|なっと|なりま)|どうなって|どうなった|どこまで|進ん|進捗|発送|反映|受け付けられ|受付され|処理され|終わって|済んで|登録(され|でき)て|まだ(届|来|き|でき|出来|連絡|返事|反映|終わ|です|なん|なの|か|\\?)|いつ(頃|ごろ)?(でき|届|来|受け取れ|もらえ))";
// The caller already did it (申請した, 送りました, お願いしてる).
const DONE =
  "(した|しました|しており|してい(ます|る)|してる|して(から|、|,)|出した|出しました|送った|送りました|頼んだ|お願いした|お願いしました)";
// After these the sentence asks how things work, not about the caller (届かない場合は…).
const NOT_GENERAL = "(?!.{0,3}(場合|とき|時|なら|人|方|こと|ケース))";

/**
 * Staff asked to look something up on the caller's record or papers (調べてもらえますか, in keigo
 * ご確認いただけますか, or put as whether it can be done: 先に見てもらうことはできますか); not
 * 本人確認してもらえる, which asks how identity is checked.
 */
export const STAFF_LOOKUP_SOURCE =
  "(調べて|(?<!本人)確認して|確かめて|見て|(?<![てで])みて|照会して|チェックして|見てみて)(もらえ|もらい|いただけ|いただき|ください|下さい|くれ|ほしい|欲しい|ちょうだい|くれん|(もらう|いただく)こと(は|って)?(でき|出来|可能))|(?<!本人)(ご)?確認(いただけ|頂け|願え|お願いでき)|お調べ(いただけ|頂け|願え|お願いでき|くださ|下さ)";

export const PERSONAL_STATUS_SOURCES: readonly string[] = [
  // 私のカードはもうできていますか / 母の申請、どこまで進んでますか
  `${WHO}の.{0,6}${THING}.{0,20}${STATE}`,
  // うちの分はどうなってますか
  "(うち|私|わたし|自分)の分(は|が|って|も)?.{0,16}(どう|まだ|届|来|でき(て|た|あが)|いつ|発送|終わ)",
  // 先月申請したのに、まだ届かない / 手続きしたはずなんですけど反映されてない
  // Also a request whose answer the caller awaits (番号を変えてもらう請求を出したんですが、結果は
  // いつごろ分かりますか).
  `(申請|手続き|届け?出|届け|提出|郵送|送付|返送|予約|更新|変更|登録|停止|解除|依頼|お願い|発行|交付|請求)(を)?${DONE}(?!ら)(?<!して)(?<!して[、,]).{0,6}(のに|けど|けれど|が|ところ|はず|ん(です|だ)|から|、|,).{0,30}(${NOT_YET}|まだ(?!.{0,8}うちに)|どうなっ|どうなり|状況|進ん|大丈夫|いつ(頃|ごろ)?(届|来|でき)|(結果|返事|回答|通知)(は|が)?.{0,4}いつ)`,
  // 2か月前に申請して / 3週間たつのに
  // Not the time since an expiry (期限が切れてもう2か月たってる。まだ窓口で何とかなる?): the FAQ's.
  `(?<!(生後|生まれて|切れて|切れてから|過ぎて|過ぎてから|失効して|失効してから)(もう|すでに|既に)?)(\\d+|一|二|三|四|五|六|何|半|数|ひと|ふた)(日|週間|週|か月|ヶ月|カ月|ケ月|ヵ月|年)(前|以上|も|近く|ほど|くらい|ぐらい)?.{0,12}(申請|申し込ん|申込ん|手続き|届け?出|出した|送った|予約|経つ|たつ|たった|経った|過ぎ|たって|経って).{0,30}(${NOT_YET}|まだ(?!.{0,8}(し|やっ|出し|行っ|手続きし)て(い)?(な|ませ)|.{0,2}(使え|大丈夫|間に合|有効))|どうなっ|状況|進ん|いつ(頃|ごろ)?(届|来|でき))`,
  `(先月|先週|先日|去年|昨年|この前|こないだ|昨日|おととい|一昨日|年明け|今年の(春|夏|秋|冬)|(\\d+|[一二三四五六七八九十]+)月(の(初め|始め|終わり|末|中旬|半ば))?)(に|の)?.{0,14}(申請|申し込ん|申込ん|手続き|届け?出|出した|送った|予約|お願いし).{0,30}(${NOT_YET}|まだ(?!.{0,8}(し|やっ|出し|行っ|手続きし)て(い)?な)|どうなっ|状況|進ん|いつ(頃|ごろ)?(届|来|でき)|もう\\s?(でき|出来)(上が|あが)?(っ)?て(い)?(ます|る)か)`,
  // まだ届かないんですけど (not 「届かない場合は」)
  // What the caller's own application or enrolment produces (not reminders such as 更新のお知らせ,
  // which are not needed to act).
  `(交付通知書|カード|はがき|ハガキ|封筒|書類|保険証|資格確認書|受給者証|医療証)(が|は|も)?${NOT_YET}${NOT_GENERAL}`,
  `(まだ|いまだに|全然|一向に|いつまで(たって|経って)も)(に)?.{0,8}${NOT_YET}${NOT_GENERAL}`,
  // (こん as a verb, not the こん of パソコン, リモコン or エアコン: 家にはパソコンしかありません.)
  `(うち|私|わたし|自分|家)(のところ)?(に|へ)?(だけ|には).{0,20}(届|来|こな|(?<![そもあ])こん(?=の(に|で|や|よ|じゃ)|けど|けん|ばい|です|かった|[しよねわや、。,.!?\\s]|$)|とどか)`,
  // Staff asked to look something up or act on the caller's record.
  STAFF_LOOKUP_SOURCE,
  // A matter already under way asked after as it stands now (先月お手続きいたしました母の代理受取の件
  // ですが、その後どのようになっておりますでしょうか; その後どうなってますか); not その後どうなりますか,
  // which asks what happens next.
  "その後[、,]?\\s?(どう|どのよう(に)?|いかが)(なつて|なつと)(い|お)?(る|ます|ますか|ります|りま|ん)",
  // (Not ひったくりにあってカードも: the か ends the question.)
  "(合って|あって|正しい|間違って(い)?ない)(ます|いる|る|です)?(かどうか|か(?=[ねなしもよ]|[^ぁ-ゖァ-ヺー]|$))",
  "(ちゃんと|きちんと|無事(に)?).{0,14}(てますか|ていますか|てるか|てるの|てる\\?|ているか|ているでしょうか|てるでしょうか|確認|届いて|できて|され)",
  "もう.{0,8}(受け付け|受付|処理|手続き)(られて|されて|して)(い)?(ます|る)",
  "(申請書|書類|届け?|郵便|封筒).{0,10}(そちら|そっち|窓口|市役所|役所|機構).{0,6}届いて(い)?(ます|る)(か|かな|\\?)",
  "(もう|そろそろ).{0,4}(届い|でき|出来|来)て(も|いい)",
  `${WHO}の(申請|手続き|届け?出|申請書|書類)(は|って)?.{0,4}(どうなる|どうなり)`,
  "(もう|まだ)(発送|送付|郵送)(され|し)",
  "(申請|手続き|審査|発行|交付|登録)の?(状況|進捗|進み具合)(を|が|は)?(教え|分かり|わかり|どうなって|知りたい|見て|調べ)",
  // 先週申請したカードの進み具合; 代理で申し込んだ件はどうなっとるんか; 郵送で出した申請書、届いとるか.
  "(申請した|申請しました|申し込んだ|申込んだ|手続きした|出した|送った).{0,12}(の|件|分|やつ|カード)(の)?(進み具合|進捗|状況|状態)",
  "(申請|申し込|申込|手続き|お願い|頼)(し|ん)(た|だ)(件|分|やつ|の)(は|って|が)?.{0,4}(どうなっと|どうなって|どがんなっと|どげんなっと)",
  "(申請書|書類|郵便|封筒|申込書)(が|は|って)?.{0,12}(届いと|届いて|着いと|着いて)(る|いる|ります|います)(か|かな|\\?|の)",
  // Other languages: 신청이 어떻게 진행되고 있는지, 申请进度, andamento do meu pedido.
  "(신청|발급).{0,12}(진행|어떻게 ?되)|(申请|办理).{0,6}(进度|怎么样了|到哪)|(andamento|situa(ç|c)(ã|a)o) do meu (pedido|cart(ã|a)o)|estado de mi (solicitud|tarjeta)|hồ sơ của tôi.{0,20}(đến đâu|thế nào)",
  // Arrangements only staff can make: a booking, a change of date, a stop.
  // Not after a condition (なくしたら再発行してもらえますか asks how things work).
  // Nor after where (窓口で手続きしてもらえますか asks whether the desk does it).
  `(?<!(${CONDITION}|ても|でも)[、, ]?)(?<!(窓口|役所|支所|そちら)で)(予約|手続き|登録|停止|キャンセル|変更)を?(取って|とって|して|入れて|取り消して|変えて)(もらえ|もらい|いただけ|ください|ほしい|欲しい|くれ)(?!る(もの|ん(でしょう|です)か))`,
  // Not the general case (予約の日時を変えたい場合は).
  "(受け取り|受取|予約|来庁)の?(日|日にち|日時|時間)(を)?(変え|変更|ずら)(?!(たい|る|られる|す|し|したい)?[^。?]{0,2}(場合|とき|時|なら))",
  // 予約してた受け取りの日、都合悪くなったんで変えたい.
  "(予約|予約して(い)?た|予約した)(受け取り|受取|来庁)?の?(日|日にち|日時|時間)(を|は|、|,)?.{0,16}(変え|変更|ずら|キャンセル)(たい|て|ても|られ)(?![^。?]{0,2}(場合|とき|時|なら))",
  "(予約|受け取りの日|受取日)(を)?.{0,6}(キャンセル|取り消|変更|変え)(したい|して|を(お願い|したい))",
  `${WHO}の(申請|手続き|届け?出|申請書|書類|写真).{0,10}(不備|問題|エラー|却下|差し戻|返送|戻って)`,
  // Also with the card named between (私のカードの申請がなぜか差し戻されたみたいで).
  `${WHO}の(カード|マイナカード|マイナンバーカード)の(申請|申請書|写真).{0,10}(不備|却下|差し戻|返送|戻って)`,
  // A letter asking the caller to apply again or retake the photo, and what was wrong (再申請して
  // くださいとあるんですが、何がだめだったんでしょうか).
  // Not why such letters are sent (撮り直してくださいと言われる理由には).
  "(再申請|申請し直|撮り直|とりなお)(して|し)?(ください|下さい)(と|って)(ある|あり|書いて|書かれて|言われた|言われまし|来た|きた)[^。?]{0,30}((何が|どこが)(だめ|いけな|悪|まず)|理由|なぜ|なんで|どうして)",
  // The caller's card refused somewhere, told as what was said there (病院でカードが読み取れないと言わ
  // れました; かーどの きんいろの ところが さびたみたいで よみとれないって いわれました); not a
  // question about such a case (使えないと言われたら, 言われた場合).
  "(カード|チップ|保険証|マイナ)[^。?]{0,30}(読み取れ|よみとれ|読め|よめ|使え|つかえ)(ない|ません|ん|へん)(って|と|っち|て)\\s?(言われ|いわれ)(ました|た|まして|て|ます|る)(?!ら|.{0,2}場合)",
  // Papers the office sent, or was to send, that the caller cannot find (照会書が送られてるはずなんです
  // が、いくら探してもない; 書類が送られたそうですが、郵便受けが飛ばされていて見当たりません).
  `(送られ|届い|郵送され|発送され)(て(い)?る|た)(はず|そう)[^。?]{0,8}(が|けど|けれど|のに)[^。?]{0,40}(ない|なくて|(見当た|見つか)(ら|りま)|ありません)${NOT_GENERAL}`,
  // The caller's papers sent back, or a letter about them, and why (申請書が戻ってきた、なんで;
  // 私の写真の何がいけなかった): only the record says.
  "(申請書|書類|カード|通知|手紙|郵便|封筒|はがき|写真)(が|は|も)?.{0,8}(戻つて|返つて|返送され|差し戻され)(き|来|こ).{0,24}(なんで|なぜ|どうして|理由|何が|どこが)",
  `${WHO}の(写真|申請|申請書|書類)の?(何|どこ)が(いけな|だめ|ダメ|悪|問題|まず)`,
  // Papers sent back, said as what happened (申請書を郵送したら写真が不適当で返ってきました).
  "(申請書|申請|書類|写真|申し込み|申込み|もうしこみ)(が|は|も|を)?[^。?]{0,16}(で|として|のため)?(返つて|戻つて|もどつて|返送されて|差し戻されて)\\s?(き|来)(ました|た(?!ら|場合|とき)|ちゃ(った|いました|って(?!も|から)))",
  // Papers handed in, and the record still not right, or to be taken back (転居届は出したのに住所が
  // 古いまま; 転出届を出したけど引越しが中止に、取り消しは).
  "(届|届け|届出|申請書|書類)(は|を|も)?(出した|出しました|提出した|提出しました|送った)(のに|けど|んですけど|んですが|が)[^。?]{0,30}(古いまま|変わって(い)?ない|反映され(て)?(い)?ない|直って(い)?ない|取り消|取消|撤回|キャンセル|(引っ越さ|引越さ|越さ|移ら)ない(こと)?に(なり|なっ))",
  // The caller's card or papers said to lack what should be written on them (裏に新しい住所が書かれて
  // いない気がします), not the general case (書かれていない場合は).
  `(裏|追記欄|券面|表面|カード)(に|には|の)[^。?]{0,12}(住所|名前|氏名|旧姓|旧氏|生年月日|部屋の番号|部屋番号)[^。?]{0,4}(書かれて|書いて|記載されて|載って|印字されて|入って|入っと|載っと)(い)?(ない|なかった|ません|らん|らへん)${NOT_GENERAL}`,
  // A certificate the caller printed still shows the old address (コンビニで住民票を出したら前の住所が
  // 出てきた); not papers or a card left as they were (申請書の住所が前のままですが), which the FAQ
  // answers.
  "(前の|古い|以前の|引っ越す前の|引越し前の)(住所|名字|名前)が(出て|出た|表示され|印字され)",
  // The caller's card damaged, told and not asked (カードが真っ二つに割れていました; 熱でぐにゃりと
  // 反ってしまいました); not 割れてしまったら, 割れた場合, or a question about what to do.
  // Also said after a story (カード、車に置いといたら、暑さで曲がってまった; 草刈り機で真っ二つに
  // なったとよ), or as a mark found on it (チップに小さなへこみがある; かびが はえちゃって).
  `(カード|かーど)[^。?]{0,30}(割れ|(?<![言い])われ|壊れ|こわれ|曲が|まが|反っ|ひびが入|欠け|折れ|溶け|ぐにゃ|真っ二つ|まっぷたつ)[^。?]{0,6}(て(い)?(ます|る|た|ました)|てしま(いました|った(?!ら))|ちゃ(った(?!ら)|いました)|ちゃって|た(?!ら|場合|とき|時)|たんよ|たんや|たんです)(?!.*${QUESTION_WORDS})`,
  `(カード|かーど)[^。?]{0,30}(へこみ|凹み|ひび|亀裂|傷|キズ|きず|かび|カビ|ゆがみ|歪み)(が|の)\\s?(ある|あります|あって|入って|ついて|生え|はえ|できて|出来て)(?![^。?]{0,4}(場合|とき|時|なら|たら))(?!.*${QUESTION_WORDS})`,
  // The new card printed with the old photo (撮り直したのに前の写真が刷ってある), or without what the
  // caller asked for (旧姓も載せてほしいと頼んだのに、今の名字しかありません).
  "(前の|古い|以前の|昔の)写真(が[^。?]{0,4}(刷って|刷られ|印刷されて|載って)|のまま(刷|印刷|作|でき|出来))(?![^。?]{0,4}(ても|でも|場合|なら))",
  "(頼んだ|頼みました|お願いした|お願いしました|お願いしておいた)のに[^。?]{0,30}(ありません|(い)?ない(ん|です|よ|けど|[。、]|$)|なかった|載って(い)?(ない|ません)|入って(い)?(ない|ません)|しか)",
  // Left at the desk for a renewal, and nothing since (古いカードを窓口に預けてから、もう一か月以上).
  "(窓口|役所|区役所|市役所)に(預けて|渡して|出して)から[^。]{0,16}(たつ|経つ|たった|経った|以上|ない状態|なくて|まだ)",
  // The desk rang the caller about their papers (本人確認が通らないと窓口から電話が来ました), not
  // a question whether such calls are real (詐欺).
  "(窓口|市民課|区役所|市役所)(の[^。?、]{0,6})?から(何度か|何回か|何度も|何回も)?(電話|連絡|着信)(が)?(来|き|あり|入って(い)?(ました|た|まして))(ました|た|まして)?(?!.{0,60}(詐欺|本物|本当|怪し|あやし|不審))",
  // What became of what the caller has just told, asked on its own (…カードが区役所に戻ったみたいなんです。
  // どうなってますか?); not the phone line that does not answer (何回かけてもつながらない。どうなってんの).
  "(?<!(電話|でんわ|つなが|繋が|話し中)[^。]{0,40})(^|[。!?、])\\s?(いま|今|それで|で)?[、]?(これ|それ|あれ|この件|その件)?(は|って)?どうなって(ます|います|る|いる)(か|の|\\?|$)",
  // What becomes of the caller's or a family member's card after what was just told (本人はもう寮に
  // 入っちゃってて。息子のカード、どうなるんでしょう); not after a condition (夫が帰国したら、夫の
  // カードはどうなりますか), a plan (国に帰る予定です) or a death (亡くなった父のカードは), which the
  // FAQ answers.
  `(?<!(たら|なら|場合|とき|時|ば)[^。]{0,30})(?<!(亡くな|なくな|死ん|他界|葬儀|予定|つもり|帰国|帰る|かえる|出国)[^?]{0,60})${WHO}の(カード|マイナンバーカード|マイナカード)[、,]?\\s?(は|って)?(どうなる|どうなり|どうなっ)`,
  // What became of a matter the caller raised before (断られた件、その後どうなってますか).
  "(件|こと)(、|は|って|,)?(その後|あれから|それから)[^。?]{0,8}(どうなって|どうなり|どうなつ|進ん)",
  // The caller's own card stopped, kept or waiting (私のはもう廃止になってますか; 私のカードはまだ
  // 置いてあるやろか).
  `${WHO}の(は|って|カード(は|って)?|分(は|って)?)[^。?]{0,8}(廃止|失効|停止|無効)(に)?(なって|され)`,
  `${WHO}の(カード|分)(は|って)?[^。?]{0,6}(置いて|保管|預かって)(ある|あり|もらえ|くれ|る|い)`,
  // Whether a particular card still waits at the office (まだそちらに置いてありますか).
  "(まだ|今も|いまも)?(そちら|そっち|窓口|役所|区役所|市役所)(に|で)(置いて|保管して|保管されて|預かって)(あり(ます)?|ある|もらえ(ます)?|くれ|い(ます|る))(か|\\?|やろ|かな|の)",
  // Long since the caller applied (申し込んでだいぶ経つ).
  "(申請|申し込|申込)(し|ん)(て|で)(から)?(だいぶ|けっこう|結構|かなり|ずいぶん|随分|しばらく|もう|大分)[^。]{0,4}(経|た)(つ|ち|った|って)",
  // The caller's booking: its day or time forgotten, or a day they can no longer come
  // (予約したの何時だったか; 予約を取ってたんですけど、その日に行けなくなりました).
  "(予約|よやく)[^。?]{0,16}(何日|何時|いつ|何曜)(だった|でした)(か|っけ)",
  "(予約|よやく)(を)?(取って|とって|入れて|して)(た|い)[^。]{0,16}(行けなく|いけなく|来られなく|都合が(悪|わる)く)",
  // Also said in the plain past, and not as a case in general (予約した日に行けなくなりました; not
  // 予約した日に行けなくなったら).
  "(予約|よやく)(を)?(した|取った|とった|入れた)[^。]{0,16}(行けなく|いけなく|来られなく|来れなく|都合が(悪|わる)く)(?!な(つた|った|る)(ら|場合|とき|時))",
  // The caller's booking moved to another day or hour, said as a wish or a request, with or without
  // a word for having made it (受け取りを予約していたんですが、熱が出たので日にちを変えたいんです;
  // 窓口の予約を3日の月曜から5日の水曜に移したい; 予約が法事と重なったので別の日にしてほしい;
  // 予約を一日早めてほしい); not asked as a condition (予約を変えたいときは; 変えたい場合は), nor
  // as a question about moving bookings in general (予約を遅くしてもらうことはできますか stays an
  // answer's question).
  "(予約|よやく)[^。?]{0,34}(変え|変更し|ずらし|移し|動かし|別の日にし|前倒しし|遅くし|早くし|早め|遅らせ)(たい|て(もらえ|もらい|ほしい|欲しい|いただ|くださ|下さ|くれ))(?![^。?]{0,4}(場合|とき|時|なら|ら))",
  "(予約|よやく)(を|は)?[^。?]{0,16}((前倒し|後ろ倒し|繰り上げ|繰り下げ|早く|遅く|早め|遅め)(に)?(して|し)|早めて|遅らせて)(もらいたい|もらえ(る|ます|ません)?(か|\\?)?$|いただけ|ほしい|欲しい|くれ|くださ)",
  // A booking the caller missed or lost, told after the day: not come, the hour gone by, or the
  // booking called off (予約の日に法事が入って結局行けませんでした; 予約の時間を寝過ごして過ぎ
  // ちゃった; 大雪で予約が取り消しになって); not a condition (行けなかったら, 過ぎた場合), which
  // the FAQ answers.
  "(予約|よやく)[^。?]{0,40}(行けなかった|いけなかった|行けませんでした|いけませんでした|来られなかった|来れなかった|(過ぎ|すぎ)て(しま(いました|った)|いました|た)|(過ぎ|すぎ)ちゃ(った|いました)|すっぽかし(ちゃ|て|まし|た)|寝過ごし(ちゃ|て|まし|た)|(取り消し|とりけし|取消|キャンセル)に(なって|なりました|なった)|取り消され(て|た|ました))(?!ら|場合|とき|時)",
  // The caller's card or papers, still kept at the office (受取期限を過ぎたけど、まだ区役所に残って
  // いますか; 取りに行けなかった分、まだ窓口に置いてあります?).
  "まだ[^。?]{0,12}(区役所|市役所|役所|窓口|そちら|支所)(に|で)(残って|保管(され|し)て|置いて|預かって|取って(おい|お)て)(い)?(ます|る|あります|ある|もらえ)",
  // A payment of the caller's, to be looked up (払った手数料の記録って残ってますか).
  "(払った|支払った|納めた|払い込んだ)[^。?]{0,8}(記録|履歴|控え)(は|が|って|も)?[^。?]{0,8}(残って|確認(でき|して|を)|分かり|わかり|調べ)",
  // Training set 6 (own cases said without 私の). A booking of a named day or time, to be moved,
  // made, or met late (来週火曜の10時の予約、木曜に変えられますか; 予約だけ取ってもらえん?).
  "^(?=.*((\\d+|[一二三四五六七八九十]+)(日|時)|(月|火|水|木|金|土|日)曜|来週|明日|あした|今週|今日|きょう))(?=.*(予約|よやく|来庁予定|来庁日)).*(変えられ|変えて(もらえ|もらう|ください|ほしい|いただけ|いただく)|変更(でき|したい|して|を?お願い)|ずらせ|ずらし|にしてもら|別の日に|遅れそう|遅れ(ます|る))",
  "(予約|よやく)(だけ)?(を)?(先に|さきに)?(取って|とって|入れて|いれて)(もらえ|ください|くれ|ほしい|いただけ)|(予約|よやく)[^。]{0,30}(空き|空いて|あいて)(は|って)?(あり|ある|い(ます|る)|\\?)|(予約|よやく)(を)?(した|入れた|取った)(もの|者)です",
  // Time passed since the caller applied (申し込んだんですけど、もう3週間たちます).
  "(申請|申し込|申込|出した|送った)[^。]{0,30}(もう)?(\\d+|一|二|三|四|五|六|何|数|ひと|ふた)(日|週間|週|か月|ヶ月|カ月)(が)?(たち|経ち|たって|経って|たつ|経つ|たった|過ぎ|になる|になります|になり)(?![^。]{0,10}(受け取つ|受け取り(まし|ま)|受取つ|もらつ|もらいまし|届いた|届きまし|交付され))",
  "(申請|申し込)(を)?(して|した|しました)[^。]{0,8}(\\d+|一|二|三|何|数)(日|週間|か月|ヶ月|カ月)[^。]{0,8}(連絡|音沙汰|返事)(が|も)?(なし|ない|来ない|こない)|(出した|送った|提出した)のが[^。]{0,6}(\\d+|一|二|三|何|数)(日|週間|か月|ヶ月|カ月)前",
  // A letter about the caller's papers (不備のお知らせが来た; 出し直してくださいという手紙).
  "(不備|出し直|再提出|撮り直)[^。]{0,16}(手紙|通知|お知らせ|メール|はがき)(が|を|って)?[^。]{0,4}(来|き|届)|(手紙|通知|お知らせ|メール|はがき)(が|で)?[^。]{0,8}(不備|出し直し|申請できません)",
  // A matter staff took up and the caller waits on (後日連絡しますと言われたきり; 出張申請の件、日程は).
  "(と|って)言われた(きり|まま)|(と|って)言われた[^。]{0,20}(なっても|過ぎても|たっても|経っても|明けても)[^。]{0,8}(連絡|電話|はがき|通知)(が)?(ありません|ない|来ない|来ません)|(送ります|送る|お送りします|おくります|おくる)(と|って)(言われ|いわれ)[^。]{0,20}(いつ|まだ)|(電話|連絡)(します|する|を差し上げ)[」』]?(と|って|ね)[^。]{0,12}(言|い)(われ|って)[^。]{0,24}(まだ|ない|なくて|来な)|(件|分)[、,]?[^。]{0,12}(いつになり|決まり)(まし|ます)",
  // Just received, and wrong (受け取ったばかりのカード、振り仮名が一文字違う).
  "(受け取った|書いてもらった|もらった)(ばかりの)?[^。]{0,6}(?<!通知)(カード|住所)[^。]{0,30}(違う|ちがう|ずれ|間違)",
  // In the languages of foreign residents: applied, and nothing yet.
  "applied (at|on|in|for|last)[^.]{0,60}(still|yet|no |not )|申请.{0,30}(还没|仍未|尚未)(收到|到|做好)|신청했는데.{0,20}아직|(đã nộp|nộp đơn).{0,40}(vẫn chưa|chưa nhận)|(fiz o pedido|pedi|solicitei).{0,60}ainda n(ã|a)o|sudah (pesan|daftar|mengajukan).{0,90}(bisa diganti|belum)|(we|i) (booked|reserved|made an appointment)[^.]{0,60}(move|change|reschedule)",
  // The caller's booking to be moved, asked after the reason (… a funeral that week. Could you move
  // my booking?).
  "(could|can|would) you (please )?(move|change|reschedule|postpone) (my|our) (booking|appointment|reservation|pickup)",
  // Twentieth round (blind-19 read): applied at a time the caller names, then asked whether it can
  // be collected or will still arrive (我上个月申请了…现在可以去领了吗; I applied for my card in
  // September … will it still reach me?).
  "我[^。?]{0,16}申请了[^。?]{0,30}(可以|能)[^。?]{0,6}(领|拿|取)(了)?吗|i applied for my (card|my number card|application)[^.?]{0,20}(in (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|last (week|month|year)|on [a-z]+day|(about|around) (a|one|two|three|\\d+) (week|month))[^?]{0,80}(will|has|is|can i)",
  // Eighteenth round, from blind-17 read. Why the caller's own card or certificate is in a bad state
  // (私のはどうして失効してたんですか; うちのカード、なんで使えなくなったん): only the record says.
  `${WHO}の(は|も|って|(カード|証明書|電子証明書|保険証|申請|登録)(は|が|って|も)?)[^。?]{0,12}(どうして|なんで|なぜ|何で)[^。?]{0,16}(失効|止ま|止められ|使えな|ロック|無効|エラー|取り消|却下|返され|届かな|来な)`,
  // Whether the caller's own card still works after something happened (住所を移したのに書き換えを
  // 忘れてて…私のカードはまだ使えますか; 私のこのカード、解除したらまだ使える?), not how to find
  // out.
  `${WHO}の(この)?(カード|マイナンバーカード|マイナカード|保険証|資格確認書|電子証明書|証明書)(は|って|も)?([、,]\\s?)?([^。?、]{0,8}(たら|ても|けど)[、,]?)?(まだ|今も|今でも|いまも|いまでも)(使え|有効|大丈夫)(?![^。]{0,6}(確認|調べ|確かめ|方法|分か|わか))`,
  // Nineteenth round, from blind-18 read. What the caller's own card holds (俺のカードって電子証明書
  // 入ってる?): only the record says; whether cards hold one in general is the FAQ's.
  `${WHO}の(カード|マイナンバーカード|マイナカード)(って|は|に(は)?|には)?[、,]?[^。?]{0,6}(電子証明書|証明書|署名用|利用者証明用)(は|が|って|も)?[^。?]{0,2}(入つて|はいつて|ついて|付いて|載つて|のつて|搭載され)(る|ます|い|ん)`,
  // A letter received and what it means for the caller (はがきが来たんだけど宛名が弟の名前。どういうこと?;
  // 届いた手紙に不備がありますって書いてある。何がだめだったんですか).
  "(はがき|葉書|通知|手紙|てがみ|封筒|書類|お知らせ|おしらせ)(が|を)?[^。?]{0,8}(来た|きた|届いた|とどいた|もらつた)[^?]{0,50}(どういうこと|なんで(?!す|しよ)|なぜ|どうして|何が(だめ|ダメ|いけな|悪)|なにが(だめ|ダメ|いけな|わる))",
  "(届いた|とどいた|来た|きた)(はがき|葉書|通知|手紙|てがみ|お知らせ|封筒|書類)(に|で|には|を見たら)[^?]{0,40}(って|と)(書いて|かいて|書かれて)[^?]{0,30}(何が|なにが|どこが|なんで(?!す|しよ)|どうして|なぜ|どういうこと)",
  // What a letter the caller received says of their case, and why (届いたはがき、受け取り場所が違う
  // 区役所になってる。なんで): only the record says.
  "(届いた|来た|きた|送られてきた)(はがき|ハガキ|通知|案内|手紙|封筒|書類)[^。?]{0,30}(違う|ちがう|間違|なって(る|いる|ます|た))[^。?]{0,16}(なんで|なぜ|どうして|理由)",
  // A card never collected, still waiting? (取りに行かんかったカード、まだ置いてある).
  "(取りに|受け取りに|もらいに)(行か|いか|来|こ)(ん|ない|なかつ|んかつ|ず).{0,16}(カード|分).{0,16}(まだ|置いて|保管|あ(る|り))",
  // The caller's own number, read out by staff (マイナンバーをもう一回読み上げて).
  "(マイナンバー|個人番号)(を|、|,)?((もう一(回|度)|もういつかい|もういちど)(読み上げ|読ん|言つ|教え)|読み上げ)(て|で)(もらえ|ください|下さい|くれ|ほしい)",
  "(マイナンバー|個人番号)[^。]{0,20}(聞き取れ|聞こえ)(なかつ|ん)[^。]{0,12}(もう一(回|度)|もういつかい|もういちど)",
  // Something staff did for the caller before, and its state now (止めてもらったカード、いまどういう状態).
  `(て|で)(もらつた|いただいた)${THING}.{0,24}(どう(いう|なって|なつと)|状態|状況)`,
  `${THING}(が|は|って)?.{0,12}(いま|今)(どういう|どんな|どの)(状態|状況)`,
  // Training set 8: what went wrong with the caller's card or record, told as a story. What the
  // card says is wrong (カードの名前の漢字が違う, 生年月日が一日ずれて).
  // Not the old paper notification card (通知カード), whose entries are never updated.
  "(?<!通知)(カード|券面|印字|かど)[^。?]{0,20}(名前|氏名|なまえ|漢字|かんじ|(?<![文数])字|生年月日|性別|住所|(?<!(個人|暗証|暗唱|電話))番号|ふりがな|振り仮名|つづり|ローマ字)(欄|の欄)?(が|の|は)[^。?]{0,16}(違|ちが|間違|まちが|ずれ|誤|じゃなくて|ではなく|足りな|になって(い)?(まし)?た)(?![^。?]{0,8}(でも|ても)(大丈夫|いい|良い|構わ|かまわ))(?![^。?]{0,5}(たら|場合|とき|なら))",
  "(名前|氏名|漢字|生年月日|性別|住所)(が|の)?[^。?]{0,10}(違|ちが|間違|ずれ|誤)[^。?]{0,20}(カード|券面|印字)",
  // Registered one way, printed another (はしごの方の字で届けてあるのに、普通の字になっています;
  // 旧姓で登録したのに新しい姓で載っている).
  "(で|と)(届け?出|届け|登録し|申請し|書い)(て(い)?る|てある|てあった|た|ました)のに[、,]?[^。?]{0,24}(に|で)(なって|変わって|印字され|書かれ|載って|作られ)",
  // A paper the caller got, and an entry on it that is wrong, said as what happened (届いた資格確認書の
  // 生年月日が一年ずれていて; ハガキを見たら名前の漢字が一文字ちがっていました), not as a question about
  // what to do if it were (違っていたら).
  "(住民票|資格確認書|はがき|通知|証明書|保険証|書類|写し|控え|受給者証|カード|券面)[^。?]{0,24}(名前|氏名|なまえ|漢字|かんじ|生年月日|誕生日|性別|住所|番地|ふりがな|振り仮名|旧姓|本籍|続柄|世帯主)(欄)?(が|の|は|も)[^。?]{0,12}(違つ|ちがつ|間違つ|まちがつ|誤つ|ずれ)(て|と)(?!(い)?(たら|る場合|るとき|た場合|たとき|ても|れば))",
  // A certificate printed with the old record (住民票を取ったら前の住所のまま出てきた).
  "(前の|古い|旧|昔の|以前の)(住所|名前|氏名|姓|苗字|本籍)(の)?まま(で)?(出て|でて|印字|記載|載つ|なつて|届|発行)",
  // Someone else's card, data or papers handed to the caller (知らない人のカードでした).
  "(知らない|別の|べつの|他の|ほかの|違う|ちがう)(人|ひと|女性|男性|方|かた)(の)?(カード|かど|名前|記録|情報|暗証番号|写真|しやしん|でした|だ(った|った))",
  "(しゃしん|写真)(が)?[^。?]{0,4}(ちがう|違う)(ひと|人)",
  "(is|was|were|are) (someone else's|somebody else's|another person's|not mine)|是别人的|别人的(卡|名字)|thẻ[^.?]{0,20}của người khác|(é|era) de outra pessoa|(es|era) de otra persona",
  // A booking that vanished (予約が消えてる, 予約が入っていないと言われました); not a day the caller
  // can no longer come (予約した日に行けなくなったら).
  "(予約|よやく)[^。?]{0,30}(消え|きえ|(?<![けれ])なくなつ|入って(い)?(ない|なかつ)|はいって(い)?(ない|なかつ)|入つて(い)?(ない|なかつ)|ない(と|って)(言|い)われ)",
  "(booking|appointment|reservation)[^.]{0,60}(no booking|no record|not there|disappeared|vanished|gone)|(no|not any) (booking|appointment|reservation)",
  // Letters about the caller sent to a former or wrong address (前の住所に届いた).
  "(前の|まえの|旧|以前の|昔の)(住所|じゅうしょ|アパート|家|いえ)(に|へ|あて|宛)[^。?]{0,12}(届|送|行|い(つ|っ)|き|来)",
  "(番地|住所|部屋番号)(が)?[^。?]{0,6}(違|ちが|間違)[^。?]{0,16}(届|送|持って)",
  "(예전|이전) ?주소로",
  // Charged twice, kept and thrown away without a word (二回取られていた, もう廃棄したと言われた).
  "(二回|2回|二重に|ダブルで)[^。?]{0,6}(取られ|払わされ|払って|請求され|引き落とされ)",
  "(廃棄|破棄|処分)(した|された|しました)(と|って)(言|い)われ",
  // Something staff set for the caller that is wrong (職員さんが入れてくれた暗証番号が違っていた).
  "(職員|係の人|窓口の人)(さん)?(が)?[^。?]{0,10}(入れて|設定して|書いて)(くれ|もら)[^。?]{0,16}(違|ちが|間違|使えません|使えない)",
  // Letters to a place the caller left, a neighbour's door (前に住んでいたアパートに送られた,
  // 住所の番地が違っていたそうです), returned to the post office.
  "(前に|以前)住んで(い)?た(住所|アパート|家|ところ|部屋)(に|へ)",
  "(番地|住所|部屋番号)(が)?(違って|間違って|ちがって)(い)?(た|ました)(そう|みたい|らしい|んです)",
  "(郵便局|差出人|役所|区役所|市役所)(に|へ)(戻|もど)(って|され|っちゃ)|(郵便局|差出人)(に|へ)返送され",
  // Papers handed in or a change made, and the record still not right (転入の届けをしたのに前の市の住所
  // のまま; 書き換えてもらったのに旧姓のまま).
  "(届|届け|届出|手続き)(は|を|も)?(した|しました|済ませた|済ませました)(のに|けど|んですけど|んですが|が)[^。?]{0,40}(古いまま|前の[^。?]{0,8}まま|変わって(い)?ない|反映され(て)?(い)?ない)",
  "(て|で)(もらった|もらいました|いただいた)(のに|んですが|んですけど|けど)[^。?]{0,40}(まま(に)?なって|反映され(て)?(い)?ない|変わって(い)?ない)",
  // Whether something was really done (本当に済んでいるのか分からない).
  "本当に(済ん|終わっ|でき|手続きでき)(て)?(い)?(る|ます)(のか|か)",
  // Nothing at all has come (はがきも何も来ていなくて); what was registered without the caller
  // knowing (登録した覚えのない); insurance shown as not valid (資格がないって出た).
  "(何も|なにも|なんにも)(来|届|き)て(い)?(ない|なく|ません)",
  "(登録|申請|契約|申し込ん|届け出)(した)?覚えの(ない|無い)",
  "(資格|しかく)(が)?(ない|なし|無し|無効|確認できない)(って|と|で)?[^。?]{0,4}(出|で|言われ|表示)",
  // Money the caller waits for (還付のお知らせが来てからずっと振り込まれていない).
  "(振り込まれ|ふりこまれ|入金され|振込まれ)(て)?(い)?(ない|ません|なく)",
  // A family member's papers in the caller's envelope (夫の袋に妻の暗証番号の控えが入っていました).
  "(夫|妻|母|父|娘|息子|主人|家内)の(袋|封筒)に[^。?]{0,6}(妻|夫|母|父|娘|息子|主人|家内|別の人|他人)の",
  // English, Spanish, Indonesian: a wrong entry on the card; a card not here since applying.
  "(spelled|spelt|printed|written|recorded) (wrong|incorrectly)|(wrong|incorrect) (name|spelling|date of birth|birthday|gender|address) on|is wrong on (the|my) card|(está|esta) equivocad|(está|esta) mal escrit|errad[oa] no cart",
  "(where's|wheres|where is) (it|my card|my application)|nothing (came|arrived|has come|has arrived)|can you check|check where (her|his|my|our|their) (application|card)|(mendaftar|mengajukan)[^.?]{0,60}belum (sampai|datang|diterima)",
  // A professional calling about a particular client (ケアマネです。利用者さんが…).
  "^(?=.*(ケアマネ|ソーシャルワーカー|訪問看護|司法書士|相談支援専門員|民生委員|ヘルパー|施設の(職員|者)|social worker|care manager|caseworker))(?=.*(利用者|患者|入所者|被後見人|その方|patient|client)).*(相談|確かめ|確認|進め|進み具合|流れ|受け取れ|arrange|check|collect)",
  // Twelfth round, from training set 9. A decision on the caller's own circumstances (私の場合は代理の
  // 理由になりますか; うちの母の状況だと対象に入りますか; この方の件でご相談を): staff decide.
  `${WHOSE}の(場合|ばあい|ケース|状況)(は|って|だと|では|でも|で|に|を|、|,)?`,
  "(この|その)(方|かた|人|学生|子|患者さん|利用者さん|お客様)の(件|こと|ご案内|案内|手続き)|(この|その)件(で|について)(ご)?(相談|確認|お願い)",
  `${WHOSE}の(件|こと)で(ご)?相談(したい|させ|を|に)`,
  "제 경우|저희 (어머니|아버지|남편|아내|아이)의 경우|我的情况|我(妈妈|爸爸|丈夫|妻子)的情况|(in )?my (case|situation)|(his|her|their) case|mi caso|meu caso|trường hợp của (tôi|em|anh|chị|mẹ|bố)|kasus (saya|beliau|dia|ibu saya)",
  // A favour to make something possible (はがき無しで今日受け取れるようにしてもらえませんか), or to
  // do it by phone (暗証番号の再設定を電話で済ませてもらえませんか), or a wish said as relief
  // (それまでに受け取れると本当に助かるんですが).
  `(る|れる)よう(に)?(して|お願いして)?${PLEA}|よう(に)?お願いでき(ません|ない)(か|でしょうか)`,
  `(電話|郵送|メール|オンライン|ネット|FAX|ファックス|ファクス)(だけ|のみ)?で[^。?]{0,16}(済ませて|済まして|すませて|やって|受け付けて|外して|解除して|手続きして|再設定して|再発行して|して)${PLEA}`,
  "(それ|これ|そっち|こっち)で(受け付けて|受けつけて|受け取って|済ませて|すませて)(くれ|もらえ)(ない|ません|へん|ん)(か|\\?)?",
  // Done for the caller today, at once (代理で母の更新を今日済ませてもらえませんか).
  `(今日|きょう|今すぐ|すぐに|この場で|今日中に)[^。?]{0,8}(済ませて|すませて|やって|受け付けて|して)${PLEA}`,
  // Favours and judgements on one's own case in other languages: whether it counts as a reason, to
  // accept without a signature, not to pay, an evening slot, the caller's card kept valid.
  "(would|does|will|could) (that|this|it|my (case|situation)) (count|qualify|be accepted|be enough)|(podem|pode|pueden|puede) aceptar sin|(podem|pode) aceitar sem|puwede po bang hindi|cho tôi hẹn[^.?]{0,40}không|kartu saya (tetap|masih) berlaku",
  // Favours said very politely (受け取らせていただくわけにはまいりませんか); not the urgent issue the
  // FAQ explains (急ぎで作ってもらうわけには).
  "(?<!(急ぎで|急いで|至急|早く|特急で)[^。?]{0,6})(て|で)(いただく|もらう)(わけ|訳)(には|に)(まいり|参り|いき|いか)(ません|ない)",
  // The same favour in the languages of foreign residents (by phone only, mailed instead).
  "(could|can|would) you (just )?(mail|post|send) (my|the|her|his) card|(by|over the) phone (only|instead)|instead of (coming|going) in|lewat telepon saja|(kirim|dikirim)[^.?]{0,30}(pos|saja)|전화로만|주실 수 없나요|보내 주시면 안|có thể gửi[^.?]{0,40}được không|lấy đi giúp[^.?]{0,20}được không|ช่วยส่ง[^?]{0,40}ได้ไหม|फोनबाट मात्र|pode(ria)? (me )?mandar[^.?]{0,20}pelo correio|¿?(podrían|pueden) envi(ar|árme)",
  "(れると|えると|けると)[^。?]{0,6}(本当に|ほんとに|すごく|大変)?助かる(んですが|のですが|んですけど|のですけど)",
  // Another desk's letter not come, or the caller's record shown wrong, told as what happened
  // (特定健診の受診券が今年は届いていないんです; 予防接種の記録が空っぽで; 課税証明書の金額がおかしい
  // んです): only that desk's records say why.
  `(受診券|接種券|納付書|納税通知書|保険料の通知|受給者証|医療証)(が|は|も)?[^。?]{0,8}${NOT_YET}${NOT_GENERAL}`,
  "(記録|結果|金額|続柄|表示|内容|データ|情報|税額|保険料|区分|割合)(が|は|も)[^。?]{0,14}(空っぽ|からっぽ|空で|おかしい|おかしく|出てこない|出てこなく|出てきません|表示されない|載って(い)?(ない|なく|ません))(んです|のです|んですけど|んですが|ので|て|で|し|[。、,]|$)",
  // Thirteenth round, from blind set 12. Something the caller did, and a record or paper that shows
  // otherwise, told as what happened: done but not shown (確定申告をしたのに住民税に反映されてない;
  // 転居届を出したのに追記欄に書かれてなかった), shown as done when it was not (解約したのに振り込まれた
  // ことになってる), missing or wrong when looked at (記録を見たら麻しんの分が抜けてた; 証明書を出したら
  // 所得が0円になってるんですけど; 開いたら行ったことのない病院の記録が入ってました). A question after it
  // (…になってるけど、これってどういう意味?) asks how things work.
  "(た|だ|つ|ない|ん|ません|ております)(のに|とに|はずなのに)[、,]?[^。?]{0,40}(抜けて(い)?(た|る|ます|ました)|反映され(て)?(い)?(ない|なかった|ません)|書かれて(い)?(ない|なかった|ません)|載って(い)?(ない|なかった|ません)|ことになって(い)?(る|た|ます|ました)|(って|と)言われ|(まだ|いまだに)[^。?]{0,16}(表示され|出る|出ます|出て|なって|届|来))",
  // Staff did it for the caller, and somewhere the caller was told it is not so (窓口で更新して
  // もらったんですけど、病院で証明書が入ってないって言われた).
  "(て|で)(もらった|もらいました|いただいた|いただきました|もろた)(ん(です|だ)|の)?(けど|けれど|が|のに)[、,]?[^。?]{0,40}(ない|ません|(さ)?れて(い)?る|なって(い)?る|切れて(い)?る|止まって(い)?る|無効|使えん)(って|と)(言われ|いわれ)",
  // The record says something happened that did not (受け取ったことになってるって言われた; 転出した
  // ことになっとる).
  "(た|だ)ことになっ(て(い)?(る|た|ます|ました)|と(る|う|ん))(?![^。?]{0,6}(場合|とき|なら|たら))",
  // What the caller's case should be, against what was shown (1割のはずなのに3割と出ました; 1,000円の
  // はずが2,000円になってました; 要介護2のはずなのに要支援と書いてあります).
  "のはず(が|なのに|なんですが|やのに|だったのに)[、,]?[^。?]{0,30}(になって|(と|って)(出|書いて|表示|言われ))",
  // Letters for someone who died or moved away (主人は亡くなっておりますのに、主人あての案内が;
  // 出ていった息子あての通知書がうちに届いた), or for the one who lived there before.
  "(亡くな|死ん|もう住んで(い)?ない|住んどらん|出ていった|出て行った)[^。?]{0,20}(あて|宛て|宛)(に|の)?[^。?]{0,30}(届|来|き|送られ)",
  "(前に|以前)[^。?]{0,8}(住んで(い)?た|いた|おった)(人|方|かた)(あて|宛て|宛|の)",
  // An entry that is not the caller's (違う番号が載ってた; ちゃう字で作られて; 番地が一つ違ってました;
  // 使っていない夜中のログインが残っていました; 予防接種と記録が合わねえ).
  "(違う|ちゃう|ちがう|別の)(番号|字|漢字|名前|名字|住所|生年月日)(が|で)[^。?]{0,8}(載|作られ|書かれ|印字|出|なって)",
  "(番地|号|名前|漢字|生年月日|住所|名字)(が)?[^。?]{0,6}(違って|ちがって|間違って|ずれて)(い)?(ました|た|る|ます)(?!ら|場合)",
  "(使って|行って|受けて|して)(い)?ない[^。?]{0,10}(ログイン|記録|履歴|受診|利用|請求)(が|の)?[^。?]{0,8}(残って|あり|ある|載って|入って)",
  "(記録|情報|内容|データ|番号|名前)(が|と)[^。?]{0,8}(合わない|合わねえ|合わん|合って(い)?ない|一致しない|一致しません|食い違)",
  // In the languages of foreign residents: moved, and still the old address; a name misspelled.
  "(still|yet) (shows?|has|lists|says|sends)[^.?]{0,40}(old|previous|former)|(shows|has|says) the wrong|아직 예전 주소|masih (dikirim|tertulis|muncul|ada)[^.?]{0,40}(lama|alamat)|ainda aparece[^.?]{0,30}(antigo|anterior)|अझै पुरानो|mali ang spelling|bị viết sai|写错了|สะกดผิด|ขึ้นว่าไม่มีสิทธิ์|(mas|pero) (no|en el) (mynaportal|portal)[^.?]{0,30}(continua|sigue|ainda|todav)",
  // Still old after a change (更新してもらったのに前の期限のままなんです), unless the caller asks what
  // to do about it (…前のままです。何か手続きが要りますか: a rule the FAQ explains).
  "(た|だ|つ|ない|ん|ません|ております)(のに|とに|はずなのに)[、,]?[^。?]{0,40}((古い[^。?]{0,8}|前の[^。?]{0,8}|(とき|時|頃|ころ)の)まま(なん|です|で|に|だ|や|[。、]|$)|変わって(い)?(ない|ません))(?![^?]{0,30}(手続き|必要|要り|いり|要る|すれば|したら)[^?]{0,8}(か|\\?))",
  // The card itself still showing the old name or address, told (名字が変わりましたが、カードの名前は
  // 前の名字のままです; カードの裏の住所が、まだ引っ越す前のところになっているんですが). Not the
  // notification card or a form (通知カードの住所が前のまま; 申請書の住所が前のまま), and not asked
  // what to do (…前のままですが、このまま使えますか), which the FAQ answers.
  "(?<!通知)(カード|かーど)(の|に書いてある|の裏の|の表の|の券面の)(名前|なまえ|名字|苗字|みょうじ|氏名|住所|じゅうしょ|姓)(は|が|も)?[、,]?[^。?]{0,14}(前の|まえの|旧|古い|ふるい|以前の|元の|もとの|結婚前の|引っ越す前の|引越し前の|引越前の)[^。?]{0,10}(まま|まんま|ところ|とこ)(なん|です|で|だ|や|に|[。、]|$)(?![^?]{0,40}(\\?|ですか|ますか|でしょう|どう|場合|なら|いい|大丈夫|使え|かまわ|構わ))",
  // What the caller says they did (口座振替にしたはずなんです; お願いしたはずなんですが): only the
  // record says whether it was done. Not "if" (申請したはずなのに届かない場合は).
  "(した|しました|出した|届けた|払った|納めた|申し込んだ|登録した|お願いした|頼んだ|送った)はず(なん|です|だ|なの|や|なのに|でござい)(?![^。?]{0,30}(場合|とき|なら|たら))",
  "(たら|ると)[、,]?[^。?]{0,40}(抜けて(い)?(た|る|ます|ました)|入って(い)?ました|ことになって(い)?(る|た|ます|ました)|になって(い)?(る|ます)(んです|んですけど|けど|のですが|んですが)|になって(い)?(ました|た(んです|んですけど|けど)))(?![^。?]{0,30}(\\?|ですか|ますか|どう|でしょう))",
  // After something was done, the old address or name still shown or the new one missing
  // (住民票を取ったら前の住所が出てきた; 更新したら旧姓が載っていなかった), told, not asked.
  "(たら|ても|たのに|だのに)[、,]?[^。?]{0,40}((前の|旧|以前の|引つ越す前の|引越し前の|引越前の)(住所|名前|氏名|姓|苗字)(が|の)?(まま(なん|です|で|だ|や|[。、]|$)|(出て|載って|表示され|書いて|印字され))|(載って|のって|入って|書いて|記載されて|反映されて|印字されて)(い)?(なかった|ない(ん|[。、]|$)|ません(でした)?))(?![^?]{0,40}(\\?|ですか|ますか|どう|でしょう|場合|なら|必要|要り|いり|要る|すれば|したら))",
  // A dunning letter that came to the caller (そのうちに督促状が来てしまいました); a result shown for the
  // caller's own case (オンラインでやろうとしたら、うちは対象外と出ました); the caller's share to be
  // checked (うちの分を確認したいです); permission asked for one's own arrangement (夫のカードを私が
  // 受け取るのは認めてもらえますか); a judgement on a case just described (この場合代理で受け取れる
  // でしょうか).
  "督促(状)?(が|も|の通知が)[^。?]{0,6}(来|き|届)(て|た|ま)",
  "(対象外|非該当|該当しない|該当なし)(と|って|だと)[^。?]{0,4}(出|表示|言われ)",
  `${WHO}の分(を|は)[^。?]{0,4}(確認|調べ)(し)?(たい|て(ほしい|もらい|ください))`,
  // Not a reason put as a rule (仕事が忙しいという理由で…受け取ってもらうことは認めてもらえますか).
  "(?<!(という|って|との)理由で[^。?]{0,40})(のは|のを|ことを|ことは)(認めて|許可して)(もらえ|いただけ)(ます|る)?(か|\\?)",
  "(この|こういう|そういう)(場合|ケース)(は|って|だと|でも|、)?[^。?]{0,12}(代理|受け取れ|認め|対象|該当|当てはま)",
  // What the caller never did, on their record (行ったことのない病院; 受けた覚えのない).
  "(行った|受けた|受診した|使った|頼んだ|契約した|利用した|借りた|申し込んだ|した|住んだ)(こと|覚え)(の|が|も)?(ない|無い|ありません)",
  // A letter addressed to, or a record still under, someone who died or moved (宛名が去年亡くなった
  // 祖母の名前になってました; 世帯主が亡くなった夫のまま).
  "(宛名|あて名|名義|世帯主)(が|は)[^。?]{0,20}(亡くなった|死んだ|別の|前の|違う)[^。?]{0,12}(になって|のまま)",
  // What the caller's case should be, against what was shown (3割って出たけど、うちは1割のはず).
  `${WHOSE}(は|って|の場合は)[^。?]{0,12}はず(なん|です|だ|や|なの|なのに|じゃ)`,
  // Mail for a former resident or tenant (前の入居者宛ての交付通知書がうちのポストに).
  "(前の|以前の|昔の)(入居者|住人|住民|居住者|持ち主|借り主|所有者)(さん)?(宛て|あて|宛|の)[^。?]{0,20}(届|来|入って|きて)",
  // Staff asked whether they can check it there (暗証番号は…で合ってたか、そっちで確認できますか).
  "(そっち|そちら|そちらさん|窓口|役所)(で|の方で|のほうで)(確認|調べ|照会)(でき|られ|れ)(ます|る|ません)?(か|\\?)",
  // The same with the records named, a state asked, or in dialect (そちらの記録で確認できますか;
  // そっちで見られる?; そっちで分かる?; そっちで見てけねが; そちらでお調べいただけますでしょうか).
  "(そっち|そちら|そちらさん)(の記録|の方|のほう)?(で|から)[^。?]{0,4}(確認|調べ|お調べ|照会|見|分か|わか)(でき|られ|れ|る|いただけ|て(もらえ|いただけ|くれ|け))",
  "제 ?(카드|신청|신청서|마이넘버 ?카드)[^.?]{0,40}확인해 ?(주실|주시|줄|주세요)|(voc(ê|e)s|voc(ê|e)) (podem|pode|poderiam|poderia) (verificar|checar|conferir|ver) (o |a )?(meu|minha)|(bisa|tolong)[^.?]{0,12}(dicek|dicheck|cek|periksa)|(pwede|puwede)[^.?]{0,24}(tingnan|i-check|alamin) kung|(帮我|幫我)(查|看|确认)|(can|could) you tell me (if|whether) my|(pueden|puede|podr(í|i)an|podr(í|i)a) (revisar|verificar|comprobar|extender|ver) (mi|la fecha de mi)|मेरो (कार्ड|आवेदन)[^?]{0,40}(कहिले|तयार|आयो)|你们(那边|那里)?(能|可以)?(查|确认|看)|그쪽에서[^.?]{0,6}확인|i-check (ninyo|mo)|(can|could) you (check|look up|see) (if|whether|my|when)|तपाईंहरूले[^?]{0,40}जाँच",
  // A booking for the caller's own papers on a near day (うちの分を今日の午後に予約できますか).
  `${WHO}の分(を|は|も)?[^。?]{0,16}予約(でき|取れ|とれ|入れ|して)`,
  "(今日|きょう|明日|あした|あす)の?(午前|午後|朝|夕方|夕|\\d+時)?[^。?]{0,6}(に|で)?予約(でき|取れ|とれ|入れられ)",
  // A booking asked of the desk as a favour, with a day or without (連休明けの7日に受け取りの予約を
  // お願いできますでしょうか; 予約をおねがいできませんか). Not after a condition or a means (行けない
  // ときは予約をお願いできますか; 電話で予約をお願いできますか ask how booking works).
  `(?<!(${CONDITION}|電話で|ネットで|メールで|窓口で)[、, ]?)(予約|よやく)(を)?\\s?(お願い|おねがい)(でき|出来)(ます|ません|ない)?(か|でしょうか|ですか|\\?)`,
  // Favours: without coming in (窓口に行かずに電話で再設定してもらうことはできませんか), or to count the
  // caller in (事情があるので対象にしてもらえませんか).
  `(行かずに|行かないで|来庁せずに|来庁しないで|出向かずに|来ずに|行けないので)[^。?]{0,40}${PLEA}`,
  `(対象に|特例に|例外に|有効に|間に合ったことに|扱いに)(して)?${PLEA}`,
  // An exception asked for the caller alone, "just this once" (今回だけ俺が代わりに受け取っていい?;
  // 私が受け取ってもいいでしょ。今回だけ): only the desk can weigh it. Not a rule asked about this time
  // (手続きは今回だけでいいんですか; 今回だけ無料でもらえるんですか).
  `(今回|今度|こんかい|こんど)(だけ|限り|かぎり)[^。?]{0,40}((て|つて)(も)?(いい|ええ|よか|かまわ|構わ)|${PLEA_OR_ASK}|(認め|許し|見逃し)て|お願い(します|できませんか|できないでしょうか))`,
  `((て|つて)(も)?(いい|ええ|よか)(でしょ|だろ|よね|じゃろ|やろ)|${PLEA})[^?]{0,6}[。、,]?\\s?(今回|今度|こんかい|こんど)(だけ|限り|かぎり)`,
  // The caller's card made faster, pleaded for (その前にカードを急いで作ってもらうことはできませんか;
  // 私の分を特急発行にしていただけませんか): only the desk can weigh the case. Not asked how it
  // works (早く作ってもらえる方法はありますか; 特急で作ってもらえますか), which the FAQ answers.
  `(急いで|急ぎで|いそいで|至急|早く|早めに|最短で|特急で)[^。?]{0,12}(作つて|作り直して|発行して)${PLEA}`,
  `特急(発行)?(に|で)(して|作つて|出して|発行して)${PLEA}`,
  // The caller's card or letter kept at the office until they can come, asked as a favour (息子が
  // 帰省するまでカードを預かっていただけませんでしょうか; 受験が終わるまで娘のカードを保管しておいて
  // もらえますか). Not how long it is kept (届いた場合、いつまで保管してもらえますか), which the FAQ
  // answers.
  `^(?!.*(いつまで|何日|何か月|何ヶ月|場合|とき|なら))[^?]*(カード|かーど|はがき|通知書)[^。?]{0,24}(預かつて|あずかつて|保管して|取つておいて|とつておいて|置いておいて|おいておいて)(おいて)?(${PLEA_OR_ASK}|ほしい|欲しい|ください)`,
  // Something old reused for the caller (前のカードの写真をそのまま新しいカードにも使ってもらえませんか).
  // Also with what should be made from it (免許証の写真をそのまま使ってカードを作ってもらえませんか).
  `(そのまま|流用|使い回|使いまわ)[^。?]{0,20}(使つて|流用して|使い回して|使いまわして)([^。?]{0,12}(作つて|発行して|申請して))?${PLEA}`,
  // Identity taken from the caller's face instead of papers (身分証はないけど、顔を見て本人だと
  // 分かってもらえれば渡してもらえますよね).
  "顔(を)?(見て|見れば|見たら|見てもらえれば|見てもらったら)[^。?]{0,16}(本人|分か|わか)",
  // Served before the others in the queue (5分で済むから先にやってもらえませんか).
  `(先に|さきに|順番を(先に|早めて|早く)|割り込ませて|優先して)[^。?]{0,4}(やつて|して|受け付けて|対応して|呼んで|見て|入れて)?${PLEA}`,
  // What the caller has, let through as it is (写真に背景が写ってるけど、これで通してもらえませんか).
  `(これで|このまま|この(写真|書類|状態|まま)で)[^。?]{0,8}(通して|受け付けて|受けつけて|受理して)${PLEA_OR_ASK}`,
  // A request the caller made, its result awaited (番号を変えてほしいと申し出たのが先月ですが、結果は
  // いつ).
  "(申し出|申し込ん|頼ん|お願いし|請求し)(た|だ)の(が|は)[^。?]{0,12}(ですが|ですけど|けど|が|、)[^。?]{0,24}(結果|返事|回答|通知|連絡)(は|が)?[^。?]{0,6}いつ",
  // Done at the counter, yet the caller's service still fails or shows the old state (更新してもらった
  // のに、使えないって出る; 更新をお願いしましたが、前の期限が表示されたまま).
  "(更新|解除|再設定|変更|手続き|申請|書き換え|設定)(を|は|も)?(した|しました|いたしました|お願いした|お願いしました|お願いいたしました|してもらった|してもらいました|していただいた|していただきました|済ませた|済ませました)(のに|けど|んですけど|んですが|のですが|が|ところ)[、,]?[^。?]{0,40}((使えない|使えません|できない|できません|ない|ありません)(って|と)(出|言われ|表示)|(前|以前|古い|元|もと)の[^。?]{0,8}(が|のまま)[^。?]{0,8}(表示|出て|出る|書かれ|のまま|残って))",
  // The day of the caller's booking is no good for them (受け取りの日が二十日になってるんですけど、その
  // 日は…), or its deadline passed already, told and not asked (受け取りの期限が、入院中に過ぎて
  // しまっていました; はがきの期日、とうに過ぎてしもうたんよ; not …過ぎてしまったんですが、もう受け取れ
  // ないんでしょうか).
  "(受け取り|受取|予約|交付)の[^。?]{0,6}日[^。?]{0,24}(けど|が|ですが)[、,]?[^。?]{0,6}その日(は|って)",
  `(受け取り|受取|交付|はがき|葉書|ハガキ|通知書)の(期限|期日)[^。?]{0,24}(過ぎ|すぎ|切れ)て(しま(って(い)?(ました|た|る)|いました|った(?!ら))|しもう(た|とる)|しもた|いました|ました|た(?!ら))(?!.*${QUESTION_WORDS})`,
  // A loss told as what happened, searched for and not found, with no question anywhere (買い物の
  // 帰りにカードをなくして、家じゅう探しても出てきません; さいふごと おとして まだ みつからなくて):
  // the card is to be stopped on the caller's record. Not the same loss with a question (なくして
  // 見つからないので作り直したい、手数料はいくら?), which the FAQ answers.
  `^(?!.*${QUESTION_WORDS})[^?]*(落とし|おとし|なくし|無くし|失くし|紛失し)(た|て|ちゃ|ちま)[^。?]{0,30}((見つから|みつから|見当たら|見あたら|出てこ|でてこ)(ない|なく|ず|ん|へん|ません)|(見つかり|みつかり|見当たり|見あたり|出てき)ません)`,
  // The caller's letter sent again (お知らせをもう一度送っていただけますか; 寮のほうへ送り直してほしい;
  // not after a condition: はがきをなくしたら、送り直してもらえますか asks how things work), and the
  // caller served now, without a booking (これから窓口に行って再設定してもらえますか).
  "(もう一(回|度|ぺん)|もういっぺん|再度|改めて)[^。?]{0,4}(送って|送り直して|郵送して|発送して|お送り)(もらえ|いただけ|頂け|ください|下さい|くれ|ほしい|欲しい)|(?<!(たら|場合|なら)[^。?]{0,30})(送り直し(て|を)?|(再送|再発送)(して|を)?)(もらえ|いただけ|頂け|ください|下さい|くれ|ほしい|欲しい|お願い)",
  "(今から|これから|今日)[^。?]{0,8}(行って|伺って|窓口に行って|そちらに行って)[^。?]{0,24}(もらえ|いただけ|頂け)(ます|る)?(か|\\?)",
  // What the caller meant to have done, not found done (切り替えてもらったつもりでしたが、どこにも
  // 記載がありません; 登録は先月済ませたつもりなんです); the application shown at one step for long
  // (「交付準備中」のまま年を越して).
  "(もらった|いただいた|した|出した|頼んだ|済ませた|やった|入れた)つもり(でした|だった|なん|です|なのに|でいた|やった|やけど|だけど)",
  "(準備中|審査中|申請中|処理中|受付中|確認中)(」)?(の)?まま",
  // A move given up after its notice was filed (ネットで転出届を出したけど、転勤がなしになって).
  "(転出届|転入届|転居届)[^。?]{0,10}(出し|提出し|済ませ)(た|ました|ちゃっ|てしまっ|て(?!な))[^。?]{0,24}(転勤|引っ越し|引越し|転居|異動|就職|入学|移住)(の話)?(が|は|も)?[^。?]{0,4}(なしに|中止に|取りやめに|取り止めに|なくなっ|延期に|白紙に|キャンセルに)",
  // …or put off (海外転出の届けは出してあるんですが、出発が秋まで延びてしまって; not …延びたら、
  // どうなりますか, which asks how things work).
  "(転出|転入|転居)(の)?(届|届け|届出)[^。?]{0,10}(出し|提出し|済ませ)(て)?(た|ました|ちゃっ|てしまっ|てある|てあります|てい(ます|る))[^。?]{0,30}(延びて|延び(ました|た)|のびて|伸びて|延期に|ずれ込|ずれて)(?!ら|[^。?]{0,8}(たら|場合|なら))",
  // The caller's own attempt left in an unknown state (途中でエラーになって、今どうなっているのか
  // 分かりません).
  "(今|いま)(どう|どんな(状態|こと)に)なって(い)?(る|ます)(のか|か)[^。?]{0,4}(分かり|わかり|分から|わから)",
  // The day of a visit to the caller to be fixed (家まで来てもらう日を決めたい).
  "(来て|お越し|訪問して|来られる)(もらう|いただく)?日(を|の|に)?[^。?]{0,4}(決め|予約|相談|調整)",
  // A favour cut down to its least (更新だけでもしてもらうことはできませんか), the card brought to
  // the caller (カードをここまで持ってきてもらえんじゃろうか), an old photo let through (前に撮った
  // 写真を使わせてください).
  `だけでも[^。?]{0,16}${PLEA}`,
  `(持って(きて|来て)|届けて|持ってって)${PLEA}`,
  "写真[^。?]{0,12}使わせて(ください|下さい|もらえ|いただけ|頂け|くれ)",
  // The caller's card never worked once (受け取ったんですけど一回も使えてないです), and a request
  // filed and nothing heard since (請求を十一月に出しました。その後どうなっていますか).
  "一(回|度|遍|ぺん)も\\s?(使え|つかえ)(て(い)?)?(ない|ません|へん|ん)",
  "(申請|請求|届け?出|手続き|申し込み)を[^。?]{0,8}(出しました|出した|しました|した)[。、,]?[^。?]{0,6}(その後|それから|あれから)[^。?]{0,8}(どう|音沙汰|連絡|何も|なにも)",
  // A few more days asked for the caller's own deadline (期限を過ぎちゃったんですけど、あと一週間だけ
  // 待ってもらえますか).
  `あと(一週間|二週間|[一二三四五六七八九十0-9]+日|数日|少し|ちょっと|もう少し)(だけ)?(待って|延ばして|のばして|延長して|取っておいて|置いておいて)${PLEA_OR_ASK}`,
  // The caller's place in the queue at the desk (番号札が…番で。あとどれくらいで呼ばれそうですか).
  "(番号札|整理券|受付番号)(が|は)[^。?]{0,12}番[^?]{0,24}(あと|まだ)[^。?]{0,8}(どれくらい|どのくらい|どんくらい|何分|何人|なんぷん|なんにん)",
  // The desk asked to open for the caller on a day or at an hour it is shut (更新だけ、土曜日にやって
  // もらえないかな; 開く前にちょっと渡してもらえない?).
  `(土曜|日曜|土日|休日|祝日)(日)?(に|でも|だけ)[^。]{0,6}(やって|して|開けて|対応して|受け付けて|渡して)${PLEA_OR_ASK}`,
  // Also in the lunch hour (昼休みの時間にちゃちゃっと渡してもらえない?).
  `((開く|開庁する|開庁の|始まる)(前|まえ)|昼休み(の時間|の間|中)?)に[^。]{0,12}(渡して|出して|やって|受け取らせて)${PLEA_OR_ASK}`,
  // Staff asked to come to the caller, as a favour (自宅までお越しいただいてお受けいただくことはできま
  // せんでしょうか).
  `(自宅|家|うち|病院|施設)(まで|に)[^。?]{0,6}(来て|お越し|出張|訪問|伺って)[^。?]{0,24}${PLEA}`,
  // Own cases in the languages of foreign residents: whether the caller's card is ready, kept or
  // still valid (¿mi tarjeta todavía no está bloqueada, verdad?; giữ thẻ của tôi; 我的卡是不是;
  // Thẻ của tôi đã làm xong chưa; O meu cartão ainda vale?; not 我的卡丢了,可以…吗, a general question
  // after the news), or its state told (Kartu saya sudah habis masa berlakunya; 我的卡在便利店一直
  // 显示错误; ayaw tanggapin … ang card ko).
  "(meu|minha) (cart(ã|a)o|pedido)[^.?]{0,40}(pronto|pronta|ficou)|(meu|o meu|minha) cart(ã|a)o[^.?]{0,60}ainda (vale|(é|e|est(á|a)) v(á|a)lido|funciona|serve)|thẻ của (tôi|mình)[^.?]{0,40}(xong chưa|làm xong|đã [^.?]{0,20}chưa|còn (dùng|sử dụng|hiệu lực))|kartu saya[^.?]{0,30}(sudah habis|sudah tidak berlaku|tidak bisa|belum)|我的卡[^。?，,]{0,16}(错误|不能用|用不了|无法使用|失效|过期了)|(ayaw|hindi)[^.?]{0,60}(card|kard) ko\\b|(mi|su) (solicitud|tarjeta)[^.?]{0,40}(lista|listo|verdad)|revisar si (mi|su)|check (whether|if) (the|my)[^.?]{0,30}(card|address|application)|thẻ của (tôi|mẹ|bố|chồng|vợ|con)[^.?]{0,40}(phải không|đúng không)|giữ thẻ của|我的卡[^。?,，、]{0,20}(是不是|吗)|(제|저희)[^.?]{0,20}카드[^.?]{0,30}(거죠|죠|맞죠)|kartu (saya|anak saya|ibu saya|suami saya)[^.?]{0,40}(kan|ya)\\?|บัตรของ(ฉัน|แม่|สามี|ลูก|พ่อ)[^?]{0,40}ใช่ไหม",
  // The same state told with nothing asked after it (my card expired last week; mi tarjeta se
  // dobló; kartu saya sudah rusak; 我的卡弯了，芯片也裂开了); asked after (…what should I do?), it
  // is a general question the FAQ answers.
  "(my (my ?number |individual number |new )?card (has |had |is |was |got |just )?(already )?(expired|broke|broken|bent|damaged|cracked|snapped|stolen|locked|stopped working|(does not|doesn't|won't|will not) (work|read)|can't be read|got wet)|my (pickup |collection )?(notice|letter|postcard) (has |had )?(already )?expired|mi tarjeta (ya )?(se )?(venci(o|ó)|ha vencido|caduc(o|ó)|rompi(o|ó)|dobl(o|ó)|moj(o|ó)|bloque(o|ó)|est(a|á) (vencida|rota|doblada|bloqueada)|no funciona|fue robada)|(meu|minha|o meu) cart(ã|a)o (j(a|á) )?(venceu|expirou|quebrou|dobrou|molhou|bloqueou|est(a|á) (vencido|quebrado|bloqueado)|n(ã|a)o funciona|foi roubado)|kartu (my ?number )?saya (sudah |telah )?(rusak|patah|retak|dicuri|kedaluwarsa|terblokir|diblokir|basah|bengkok)|thẻ (my ?number )?của (tôi|mình|em) (đã )?(bị )?(gãy|hỏng|hư|nứt|cong|hết hạn|khóa|ướt)|我的(个人编号)?卡[^。?]{0,8}(坏了|断了|裂开了|裂了|弯了|折了|过期了|被偷了|锁住了|湿了)|(제|내) (마이넘버 ?)?카드(가|는) [^.?]{0,10}(부러졌|깨졌|고장 났|만료됐|잠겼|휘었|젖었)|card ko (ay )?(sira|nasira|nabali|na-expire|nabasa|baluktot|na-lock))(?!.*(\\?|¿|what (now|should|do|can)|how (do|can|should)|怎么|吗|어떻게|bagaimana|apa yang|làm sao|thế nào|paano|ano ang|como (posso|fa(ç|c)o|puedo|hago)|qu(e|é) (hago|debo|tengo)))",
  "(私|わたし|うち|こちら)の(事情|都合|状況)で(判断|決め)|判断して(ほしい|もらえ|いただけ|ください|くれ)|ご判断(いただけ|ください|を)",
  // A rule bent for the caller, asked as a favour (今回だけ電話で外してもらえません?; 委任状なしで
  // 受け取らせてもらえないでしょうか; 手数料をまけてもらえないですかね): only staff can grant it. A
  // plea asks in the negative (もらえませんか); もらえますか and もらえないんですか ask about the rule.
  `(今回だけ|今回に限り|今日だけ|その日だけ|当日だけ|その時だけ|特別に|例外的に|例外として|融通を(利か|きか)せ)[^。?]{0,30}${PLEA}`,
  // …で(も)いいですか asked of the exception itself (今回だけ特別に、妻が代わりに受け取るのでよか?).
  "(今回だけ|今回に限り|今日だけ|特別に|例外的に|例外として)[^。?]{0,30}(もらえ|もらわれ|いただけ|ください|くれ|お願い|でき|で(も)?(いい|よか|ええ|よろし|かまわ|構わ)(です|でしょう|っす)?(か|\\?|ね))",
  // An exception's permission asked with て-も, or its prohibition (今回だけ私が受け取ってもいいですよね;
  // 今回だけ代わりに受け取っちゃだめですか).
  "(今回だけ|今回に限り|今日だけ|特別に|例外的に|例外として)[^。?]{0,30}((て|で)も(いい|よか|ええ|よろし|かまわ|構わ|大丈夫)|(ちゃ|じゃ|ては|では)(だめ|いけ(ない|ません)))",
  `(何とか|なんとか|なんとが|どうにか)[^。?]{0,24}(${PLEA}|ならない(かしら|でしょうか|ですか|かな|か)|なりませんか|なりませんかね|なんねべか|ならんか|ならへんか|なりまへんか|いけ(ません|ない|ん|へん)(か|かね|でしょうか))`,
  // Also contracted (電話で先に名前言っとくんで順番取っといてもらえます?).
  `((置いて|取つて|とつて|預かつて)(おいて|おいとい|とい)|(置い|取つ|とつ|預かつ)といて)${PLEA_OR_ASK}`,
  `(無料|ただ|タダ)(に|で)[^。?]{0,8}${PLEA}|(まけて|おまけして|免除して|負けて|安くして)${PLEA_OR_ASK}|(支払い|お支払い)を[^。?]{0,12}(次回|後日|あとで)`,
  `(ない|なし|無し)で[^。?]{0,16}(受け取らせ|受けとらせ|受け付け|受付|受け取れるように|受け取れるよう|やらせ|通して)(て)?${PLEA_OR_ASK}`,
  `(受け取らせ|受けとらせ|やらせ|更新させ|手続きさせ|申請させ|書かせ|通させ|行かせ|来させ|取りに行かせ)(て|で)?(${PLEA}|(もらう|いただく)(の|こと)(は|って)(だめ|ダメ|無理|難し))`,
  `(認めて|受け付けて|受けつけて|許して|許可して)${PLEA}|(いいことにして|ええことにして|ことにして)(もらえ|もらわれ|いただけ|ください|くれ|ほしい)|ことに(でき|出来)(ません|ない|へん|ん)(か|でしょうか|\\?)`,
  // A booked day or time moved for the caller (調査の日にちを土曜日にずらしてもらえませんか).
  `(日にち|日程|日時|時間|曜日|訪問日|調査日)(を)?[^。?]{0,12}(ずらして|変えて|変更して)${PLEA_OR_ASK}`,
  `(郵送|郵便|宅配)で[^。?]{0,8}(送って|お送り|届けて)(いただく|もらう)?(こと|の)?(は)?${PLEA}|(郵送|郵便)で[^。?]{0,8}お送り(いただく|いただける)こと(は)?(かない|でき)(ません|ない)|(家|うち|自宅|施設|病院)(まで|に)[^。?]{0,6}(持って(き|来)|届けて)(て)?(もらう|もらえ|いただけ|くれ)(わけ|訳)(には|に)(いか|参ら)`,
  `(開けて|あけて|開庁して|延長して)(${PLEA}|もら(う|って)(とか|の|受け取))|後日(お)?持ち(する|します|いたします)(ということで|ので)`,
  "(just this once|this one time|make an exception|waive (the|my) fee)|(esta vez|solo esta vez|só desta vez|desta vez)|(特别允许|通融|破例)|lần này thôi",
  // Whether a named person's card is in a state, asked as a confirmation (うちのはもうできてる
  // ってことでいいんですよね; 母の分はまだ止まってないってことですか): only the record says.
  `^(?=.*${WHOSE}(の|は|って|、))(?!.*(場合|とき|なら|たら))[^。?]*(つて|という|ちゅう|っちゅう)(こと|ごど|事)(です|でいい|でええ|でよか|で(よろし|ようござ)|なん|やろ|っちゃ|だべ|じゃな|だよね|ですね|ですよね|か|\\?|$)`,
  // An organisation calling about one of its people (会社の総務です。従業員の…; 薬局です。患者さんの
  // …この方の件; ホテルの者ですが、お客様のカードの忘れ物が).
  "^(?=.*(会社|施設|病院|薬局|銀行|学校|大学|ホテル|事務所|総務|人事|管理会社|大家|センター|タクシー|工場|派遣|school|company|hospital|facility|公司|panti|công ty)(課|部)?(の)?(者|もの|方|事務|総務|人事|相談室)?(です|でございます|やけど|ですけど|ですが|ですけれど|なんですけど|なんですが|や|の者|から|,|、|。))(?=.*(従業員|社員(?!証)|お客様|客室|持ち主|落とし主|患者|入所者|利用者|入居者|学生(?!証)|留学生|実習生|スタッフ|教員|先生|teacher|staff|intern|实习生|penghuni|thực tập sinh)).*(相談|(?<!本人)確認|連絡|案内|手配|調整|まとめて|出張|打ち合わせ|お願い|教えて|扱|どうしたら|どうすれば|help|check|安排|kiểm tra|kasus)",
  // Another person's case, asked by the caller for them (想具体问一下他的情况; 個別に相談).
  "(具体|个别)(问|咨询)[^。?]{0,6}(他|她)的情况|個別に(相談|ご相談|確認)",
  // Twenty-sixth round (blind-25 and training set 23 read). No news since the caller applied, said
  // without naming the application (うんともすんとも音沙汰あらへん), not the general case.
  `(音沙汰|うんともすんとも)(が|も)?\\s?(ない|なし|無し|あり(ませ|まへ)|あらへん|ねえ|ねぇ|ございませ|言わ)${NOT_GENERAL}`,
  // A request made earlier, asked after in keigo (お願いしておりましたが、その後どのようになって
  // おりますでしょうか).
  "(お願い|依頼|申請|申し込み|申込|請求|届け?出)(を)?(して|いたして)?(おりました|いました|おった|ました|た|てた)(が|けど|けれど|けれども)[、,]?\\s?(その後|あれから|それから)[^。?]{0,8}(どう|どの(よう|様)に|いかが)(なって|なり|なっと|でしょう)",
  // The caller's own, still not here, asked in a word (頼んでから3週間たつけど、私のはまだ?).
  `(${SELF})の(は|分(は)?|やつ(は)?)\\s?まだ(\\?|か|なの|なん(です|でしょう)?か|です(か)?\\?|やろ|かな|かいな|なんか)`,
  // Favours only staff can grant: a deadline pushed back (期限を延ばしてもらえますか), a booking
  // cancelled (取り消しといてくれん?), the desk kept open for the caller (七時くらいまで待っとって
  // もらえんやろか), a day set for the caller (受け取りを十五日の午前にしてもらえますか; 更新を夜に
  // やってもらえないでしょうか; a shut day is the rule above). Not after a condition (在留期限が延びたら、カードの期限も延ばしてもらえますか asks how things work).
  `(?<!(たら|場合|なら)[^。?]{0,30})期限(を|も)?[^。?]{0,8}(延ば|のば|伸ば|延長)(し)?て(${PLEA_OR_ASK}|ほしい|欲しい|ください|くれ)`,
  `(取り消して|取り消し(と|とい)て|取消して|キャンセルして|キャンセルし(と|とい)て)(おいて)?(${PLEA_OR_ASK}|くれ|ください|ほしい|ちょうだい)`,
  `(時|時半|時頃|時ごろ|時くらい|時ぐらい|まで)[^。?]{0,8}(待って(い)?て|待って|待っと(っ)?て|待っちょって|まって(て)?)${PLEA}`,
  // The same when the caller says first that they will be late for the closing time and asks the
  // favour after it, even in the next sentence or in the plain form (五時ちょっと過ぎちゃいそうなん
  // だけど、窓口開けて待っててもらえない?; 5時過ぎちゃいそう。ちょっとだけ待っててもらえる?); not a
  // question whether such a service exists (待っててもらえる制度).
  `(時(半|[0-9一二三四五六七八九十]{1,2}分)?(を|に|には|まで|までに)?[^。?]{0,10}(過ぎ|すぎ|回(る|り|っ)|間に合(わ|いそうに|いそうも)|遅れ|着く|着き|になる|になり)|閉ま(る|って|っちゃ|った|り)|閉庁|ぎりぎり)[^?]{0,40}(待って(い)?て|待っと(っ)?て|待っちょって|開けて(おいて)?)(もらえ(ない|ません|ん|へん|る|ます)|いただけ(ない|ません|ます)|くれ(ない|ん|へん|る|ませんか)|ください|ほしい|欲しい)(?![^。?]{0,4}(制度|サービス|仕組み|場合|こと|ところ|所))`,
  `(受け取り|受取|予約|更新|手続き)(の日|日|日時)?を[^。?]{0,12}(日|午前|午後|朝|夕方)に(して|入れて)${PLEA_OR_ASK}`,
  `(更新|受け取り|受取|手続き|申請)を[^。?]{0,6}(夜|晩|夕方)に(やって|して)${PLEA}`,
  // What was written on the caller's card wrong or left out (追記欄に書かれた住所の、坂の名前のところ
  // がすっぽり抜け落ちています).
  "(追記欄|裏面|券面|カードの裏|裏書き)[^。?]{0,30}(抜け|間違|違って|漏れ|ずれ)(?![^。?]{0,8}(たら|場合|とき|時|なら|ていれば))",
  // A booking made and never confirmed (予約は電話で入れたんです。でも確認の連絡が一切なくて).
  "予約(は|を)?[^。?]{0,12}(入れた|取った|取りました|入れました|した|しました)[^?]{0,24}(確認の)?(連絡|メール|めーる|返事|はがき)(が|も)?(一切|全然|何も|なにも|まだ)?(なく|ない|来な|来ま|こな)",
  // English.
  // "My Number card" is the card's name, not "my … card".
  "(my|our)(?! number card)( my number| \\w+'?s?)? (application|card|certificate|notice|documents?|registration).{0,40}(ready|status|arrived|arrive|received|yet|processed|progress|when|(?<!(can|could|may|do) (i|we) )still|done|come)",
  "(has|have|did) (you|the office|my|our) .{0,30}(received|processed|arrived|sent)",
  // The caller's card asked to be kept past its day (could you keep my card until then; ¿me guardan
  // la tarjeta hasta que vuelva?).
  "(keep|hold|save) (my|our|the) (my ?number )?card (for|until|till|a (few|little))|(guardar|guardan|guarden|guarda)(me)? (mi|la) tarjeta|(guardar|guardem|guarda|guardam) (o )?meu cart(ã|a)o",
  // Whether the office got the caller's papers (did you receive it?, 收到了吗, ¿recibieron mi solicitud?).
  "did (you|the office|the ward office|they) (receive|get) (it|my|our|the)|(你们|您们|区役所)?收到了(吗|没有)|(recibieron|recibi(ó|o)) (mi|la|nuestra) solicitud|(mi|la) solicitud[^?.]{0,20}ya lleg(ó|o)|(receberam|recebeu) (o )?meu (pedido|formul(á|a)rio)",
  "check (my|on my|the status)",
  // A favour in English: the caller's card brought or sent to them (Could someone bring my card to…).
  "(could|can|would) (someone|somebody|anyone|you) (bring|deliver|send|mail|post) (me )?(my|our|the) (card|notice)",
  "(i|we) (applied|sent|submitted|registered|requested|mailed).{0,50}(yet|still|not|n't|no )",
  "(haven't|have not|hasn't|has not|didn't|did not|never) (received|arrived|got|gotten|come|heard)",
  // The same "has not come yet" in other languages (아직 안 왔어요, 还没收到, vẫn chưa nhận được).
  "아직 ?(안 ?(왔|와|나왔|도착)|못 ?받|오지 않|도착하지 않)|(还没|还没有|尚未)(收到|寄到|寄来)|vẫn chưa (nhận được|đến|tới)|ainda n(ã|a)o (chegou|recebi|veio)|todav(í|i)a no (ha llegado|me ha llegado|me lleg(ó|o)|he recibido|recib(í|i))|hindi pa (dumarating|dumadating|natatanggap)",
  // Still waiting since the application (sigo esperando, até agora nada, 신청했는데 언제 나와요).
  "(sigo|seguimos|sigue) esperando|(at(é|e) agora|ainda) (nada|estou esperando|estamos esperando)|신청했는데[^.?]{0,20}언제",
  // Someone (a friend, a colleague, the caller) let in at the counter to interpret for the caller
  // (通訳として一緒に窓口に入ってもいいですか; can my friend come with me to translate?): a favour
  // the desk grants. Sign language is the disability desk's service and is left to its keyword.
  `(?<!手話)(?<!手話の)通訳(として|で|に|を|さん|の(人|方|かた|さん))?[^。?]{0,16}(一緒に|窓口|同席|付き添|つきそ|同伴)[^。?]{0,16}((て|で)も(いい|よろし|かまわ|構わ|大丈夫)|(でき|出来)(ます|ません|ない|る)|可能|もらえ|いただけ|ください|くれ)`,
  "phiên dịch[^.?]{0,40}(đi cùng|dẫn theo|cùng (vào|đi|tôi|em))|(đi cùng|dẫn theo)[^.?]{0,40}phiên dịch",
  "(interpret|translat)[^.?]{0,60}((come|go)( to the counter)? with me|accompany me)|((come|go)( to the counter)? with me|accompany me|bring (a|my) [^.?]{0,20}(friend|colleague|coworker))[^.?]{0,60}(interpret|translat)",
  "(samahan|sasamahan|kasama)[^.?]{0,40}(mag-?translate|mag-?interpret|magsalin)|(mag-?translate|mag-?interpret|magsalin)[^.?]{0,40}(samahan|sasamahan|kasama)",
  "(menerjemahkan|penerjemah)[^.?]{0,40}(menemani|ikut|bersama)|(menemani|ikut|bersama)[^.?]{0,40}(menerjemahkan|penerjemah)",
  "(翻译|翻譯)[^。？?]{0,20}(陪|一起|一同|同行)|(陪|一起|一同|同行)[^。？?]{0,20}(翻译|翻譯)",
  "통역[^.?]{0,20}(같이|함께|동행)|(같이|함께|동행)[^.?]{0,20}통역",
  "(traduzir|traducir|int[ée]rprete)[^.?]{0,40}(acompanh|acompañ|junto|conmigo|comigo)|(acompanh|acompañ|junto|conmigo|comigo)[^.?]{0,40}(traduzir|traducir|int[ée]rprete)",
];

/**
 * A way to look the state up oneself (自分で調べる方法, 確かめる方法はありますか, 確認のしかた):
 * however the caller's own case is worded, the question is how things work, so the FAQ answers
 * it. A request to staff (調べてもらえますか) is not this.
 */
export const SELF_SERVICE_SOURCES: readonly string[] = [
  // Also in the potential form (ネットで見られるページってありますか).
  "(調べ|確かめ|確認す|確認でき|チェックす|見)(られ|れ)?る(方法|やり方|手段|サイト|ページ|ところ|場所|仕組み|しくみ|システム|サービス)",
  "(調べ|確かめ|確認の?し|見)方",
  // Also with where (自分でネットで見れたりする?).
  "自分で([^。?、]{0,8}(で|から))?(調べ|確認|確かめ|チェック|見)(る|られ|れ|て|ら)",
  "(how|where) (can|do) (i|we) (check|see|find out|look up)",
  // How long it usually takes (普通どのくらいかかる), whatever the caller's own case.
  "(普通|ふつう|一般的に|通常|だいたい|大体|たいてい)(は|って|で)?.{0,6}(どのくらい|どれくらい|どれぐらい|どんくらい|何日|何週間|何か月|何ヶ月|いつ頃|いつごろ)",
  // Whether two names mean the same thing (個人番号カードってマイナカードのことで合ってますか).
  "(の)?ことで(合|あ)つて(ます|る|いますか)?",
  // A reminder that has not come yet, and whether one may go before it (期限の通知がまだ来ないけど、
  // 先に更新しに行っていい?): reminders are not needed to act, so the FAQ answers.
  "(期限|更新|有効期限)(の)?(通知|お知らせ|案内|はがき)(書)?[^。]{0,12}(来|届|き)[^。]{0,24}(先に|前に|なくても|なしで|無しで|待って(い)?(れば|たら|た方|たほう))",
  // The same asked as "can I still renew" (通知の封筒が来てないけど、それでも更新できる?).
  "(通知|お知らせ|案内|はがき|封筒)[^。]{0,12}(来|届(か|い)?|き)(て)?(い)?(ない|なかっ|ません|ん|へん)[^。]{0,16}(それでも|でも|先に|前に|なくても|なしで|こちらから|こつちから|自分から)[^。]{0,8}(更新|申請|手続き|行つ|行け|受け取)",
  // A residence-status application pending at immigration, and the card meanwhile (在留期間の
  // 更新申請中に期限が来る): the special extension the FAQ explains, not a record at this desk.
  "(visa|residence status|status of residence|period of stay|在留期間|在留資格|ビザ|签证|비자|visto|thị thực)[^。.]{0,40}(extension|renew|renova|更新|延長|申請中|appl)",
  // The same with the renewal said first (renovação do visto, renewal of my visa).
  "(renova(ç|c)(ã|a)o|renovaci(ó|o)n|renewal|extension|gia hạn)( (do|de|del|of))?( (meu|mi|my|la|o|a))? (visto|visa|residence card|thị thực)",
  // What to bring, how to collect it, whether it still works: how things work.
  "(what|which) (should|do|must) (i|we) (bring|take|need)|how (do|can|should) (i|we) (pick|collect|get)|is it still (valid|usable|ok|good)",
  // Where the caller can see it (利用登録ができているかは、どこで見られますか).
  "(どこで|どうやって|どこから)(見|確認|調べ|確かめ)(られ|れ|でき)",
  // How to check, said with どうやったら/どうすれば (どうやったら確かめられますか).
  "(どうやつたら|どうやれば|どうすれば|どうしたら|どのようにすれば|どのようにしたら)(自分で)?(見|確認|調べ|確かめ)(られ|れ|でき|する)",
  // Whether it can be seen online at all (申請したあと、いまどこまで進んでるかってネットで見られたりする?);
  // not ネットで見られない, which tells the caller's own trouble.
  "(ねつと|おんらいん|すまほ|あぷり|ぽーたる|ほーむぺーじ|さいと|web|うぇぶ)(で|から|上で)(見|確認|調べ|確かめ|ちえつく)(られ|れ|でき)(?!な|ませ|ん|へん|ず)",
  // Checking it oneself (自分でチェックできる?).
  "自分で(確認|チェック)(でき|する(には|方法))",
  // Whether that is how it goes (すぐには変わらないものですか): how things work, not "because"
  // (ものですから).
  "(もの|もん)(なん)?(です|でしょう)か(?!ら)|(もの|もん)なの[?？]",
];
