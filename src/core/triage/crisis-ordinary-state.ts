import { foldForMatch } from "../text";
import type { CrisisModel } from "./crisis-model";
import { scoreCrisisModel } from "./crisis-model";
import { DANGER_WORDS } from "./crisis-words";

/**
 * A guard on the crisis model for a sentence that tells an ordinary cause and a mild, ongoing or
 * finished state (隣の家から毎晩大きな音楽が聞こえて眠れません, 息子が部活でけがをして、包帯を巻い
 * ています, 車同士がぶつかって…けが人はいないそうです). The model weighs the kana of a told "now"
 * (て、, います, ました。) toward a crisis, and a short sentence of daily life has little else, so
 * such sentences were raised. The guard is the model's, not the lexicon's: the rules are still
 * read on every text.
 */

// The caller's family and relatives, for a quarrel at home.
const FAMILY =
  "(夫|妻|旦那|主人|嫁|彼氏|彼女|母|父|親|兄|姉|弟|妹|息子|娘|姑|舅|義母|義父|親戚|母ちゃん|父ちゃん|かあちゃん|とうちゃん)";

// No one hurt (けが人はいないそうです, 誰もけがしてません, みんな無事).
const NO_ONE_HURT_SOURCE =
  "(けが人|怪我人|けがにん|負傷者)(は|も)\\s?(い|お)(ない|ません|なく|なかっ|らん)|(けが|怪我)(は|も)\\s?(ない|なかっ|ありません|なし)|(誰|だれ)も\\s?(けが|怪我)(を)?\\s?し(て(い)?)?(ない|ません|なかっ)|(みんな|全員|お互い|おたがい)\\s?(無事|ぶじ)";

// A heater, a pot or a plug already put out or switched off (もう消しました, すぐにコンセントを抜きました).
const SWITCHED_OFF_SOURCE =
  "(もう|すぐ(に)?|すでに)\\s?([^。、]{0,8}(ストーブ|コンロ|火|ひ|ガス|電源|スイッチ|コンセント|プラグ|ブレーカー|元栓|水道|蛇口)(を|は|も)\\s?(消し|けし|止め|とめ|切り|きり|抜き|ぬき|閉め|しめ)|消し|けし|止め|とめ)(ました|た)(?![^]*(まだ|消えな|きえな|広が|ひろが))";

// A strained or scraped limb (腰を痛めて, 膝をすりむいた, 足が痛くなりました).
const STRAINED_LIMB_SOURCE =
  "(腰|こし|足|あし|膝|ひざ|手首|足首|肩|指|腕)を\\s?(痛め|いため|ひね|くじ|すりむ|擦りむ)|(足|あし|腰|こし|膝|ひざ)が\\s?(痛く|いたく)\\s?な(り|っ)";

// A call passed from desk to desk or hung up on (たらい回しにされて、最後は切られました); its しに is
// no death word.
const CALL_PASSED_AROUND_SOURCE =
  "(たらい回し|たらいまわし|盥回し)(に)?|(電話|でんわ)(を|は|も)\\s?(一方的に|途中で|いきなり)?\\s?(切られ|きられ)|(最後|さいご)は\\s?(切られ|きられ)";

// Thirty-fifth round (red team 25 read): a child scared sleepless by what it saw (映画で主人公が…
// 場面があって、子どもが怖がって眠れないと言ってます; the model alone raised it, medical on 言っ, と言っ,
// 言って, the film's jump blanked as a look-alike): 怖がる is said of someone frightened, not of
// one in danger, and its 怖 is no danger word here.
const SCARED_SLEEPLESS_SOURCE =
  "(怖が|こわが)(って|り)\\s?[^。、]{0,4}(眠れ|ねむれ|寝られ|ねられ|寝れ|ねれ)(ない|ません|なく|ず|へん)";

// Mild, ongoing or finished states of daily life, each said of a thing, a nuisance or a small
// injury being cared for; none of them says anyone's life is at stake.
const MILD_STATE_SOURCES: readonly string[] = [
  // Sleep or a morning lost to a nuisance (眠れません, 子どもが起きてしまいます).
  "(眠れ|ねむれ|寝られ|ねられ|寝れ|ねれ)(ない|ません|なく|ず|へん)|(起き|おき)て\\s?しま|目が\\s?(覚め|さめ)て\\s?しま",
  // An errand or an appointment missed (今日は行けません).
  "(今日|きょう|明日|あした|来週|予約|手続|窓口)[^。]{0,10}(に|へ|は)\\s?(行け|伺え|うかがえ|来られ)(ません|ない|なく)",
  // A small injury being cared for (包帯を巻いて, 病院で診てもらいました).
  "包帯|ほうたい|絆創膏|ばんそうこう|湿布|しっぷ|ギプス|(病院|医者|整形外科|接骨院|動物病院)で\\s?(診て|みて)\\s?もら",
  NO_ONE_HURT_SOURCE,
  SWITCHED_OFF_SOURCE,
  // Over or fine now (もう平気です, 今は何ともありません).
  "(もう|すっかり)\\s?(平気|へいき|大丈夫|だいじょうぶ|治っ|なおっ)|(今は|いまは)\\s?(何とも|なんとも|平気|大丈夫)",
  // Damage to a thing (天井にしみができて, 床が水浸しに).
  "(しみ|シミ|カビ|かび|ひび|ヒビ|汚れ|よごれ|水浸し|みずびたし|雨漏り|あまもり)(が|に|も)?\\s?(でき|なっ|入っ|はいっ|出て|でて)",
  // Pests and weeds (草がすごくて、虫も出てきました).
  "(虫|むし|蚊|ハエ|はえ|ゴキブリ|ネズミ|ねずみ|草|雑草)(が|も)\\s?[^。]{0,6}(出て|でて|わい|湧い|すご|伸び|のび|生え|はえ)",
  // Staying somewhere safe for now (いま実家にいます, ネットカフェに泊まって).
  "(実家|友達の家|友だちの家|ともだちのいえ|姉の(家|とこ)|兄の(家|とこ)|親戚の家|ホテル|ネットカフェ)(に|で|さ)\\s?(い(ます|る)|泊ま|とま)",
  // Shut in one's room for a long time (仕事を辞めてから、ずっと部屋にこもっています).
  "(ずっと|半年|何か月|何ヶ月|何年|辞めてから|やめてから)[^。]{0,12}(部屋|へや|自室)に\\s?(こも|閉じこも|とじこも)",
  STRAINED_LIMB_SOURCE,
  // A while before one is well again (しばらく歩けそうにありません).
  "(しばらく|当分|とうぶん)[^。、]{0,12}(そうに|ません|ない)",
  // A nuisance said as one (うるさいんです, 困っています, 憂うつです, もうくたくたです).
  "(うるさ|困って|こまって|気にな|きにな|憂うつ|ゆううつ|くたくた|へとへと|ヘトヘト|汗だく)",
  // A pot burnt, its smell left and the room aired (鍋を焦がして…こげたにおいが残って…換気しました).
  "(焦が|こが)し(て|ちゃ|ちま)|(焦げ|こげ)(た)?\\s?(におい|臭い|匂い)が\\s?(残|のこ)|換気\\s?(しました|した)",
  // Twenty-eighth round (false emergencies in training question set 25): a chore too big to
  // finish (ごみが打ち上げられて、片付けきれません), and a call passed from desk to desk or hung up on
  // (三つの課をたらい回しにされて、最後は切られました).
  "(片付け|かたづけ|片づけ|掃除|そうじ|処分|しょぶん|運び|はこび)\\s?(し)?(きれ|切れ|られ|でき)(ない|ません|ず|へん|ん)",
  CALL_PASSED_AROUND_SOURCE,
  // Twenty-ninth round (false emergencies in training question set 26): a day or a trip wasted
  // (整理券が配り終わっていて、一日無駄にしました), and a change that comes over days, not now
  // (雪をかけなくなって、外に出られない日が増えています).
  "(一日|いちにち|半日|はんにち|時間|じかん|休み|有給)\\s?(を|が)?\\s?(無駄|むだ)\\s?(に|足)|無駄足|むだあし",
  "(日|ひ|こと|回数|時間)\\s?(が|も)\\s?(増え|ふえ|多く|おおく)(て|ま|た)",
  // Thirty-first round (false emergencies in training question set 28, red team 28 read): an
  // income gone (来月から収入がまったくありません), a matter of money, not of a life; a misunderstanding
  // or a trouble already cleared up (誤解はもう解けてます: the model read もう…てます).
  "(誤解|ごかい|問題|トラブル|とらぶる|揉め事|もめごと)(は|が|も)\\s?(もう|すでに|無事)?\\s?(解け|とけ|解決|かいけつ|片付い|かたづい|済ん|すん)",
  "(収入|しゅうにゅう|稼ぎ|かせぎ|給料|仕事)(が|も)\\s?(まったく|全然|ぜんぜん|ほとんど|もう)?\\s?(ない|無い|ありません|なくな|途絶え|とだえ)",
  // A quarrel in the family (夫とけんかして家を出てきました, 夫婦喧嘩のあと); not one of strangers
  // in the street (客同士が喧嘩して、片方がビール瓶を割って).
  `(${FAMILY}(と|ど)\\s?|夫婦|兄弟|きょうだい|親子)(けんか|喧嘩|ケンカ|げんか|口論|言い合い|いいあい|揉め|もめ)(して|になって|になり|の(あと|後))`,
  // Thirty-second round (false emergencies of training set 29): a paper thrown out with the
  // rubbish (母ちゃんがはがきを古新聞と一緒に出しちゃったみたいで; the model alone raised it, 0.86
  // medical on てる, んが, 出て), a matter of a lost paper, not of a life.
  "(古新聞|新聞|古紙|ごみ|ゴミ|資源ごみ|チラシ|雑誌)と\\s?(一緒に|いっしょに)\\s?(出し|だし|捨て|すて|処分)",
  // Thirty-third round (false emergencies of training set 30; the model alone raised each): a
  // thing broken and not repaired for weeks (トイレが壊れたまま、何週間も直っていません: 0.93 on
  // いれ, いま, ん。, せん。), a phone line busy or not getting through (何度かけても話し中で: 0.91
  // on かけ, いま, から; and what it leaves, a card not yet stopped: まだ止められていません), and an old person's habit of going out of late (祖父がこのごろ夜中に家を
  // 出て: 0.89 on て、, 父が, 中に).
  "(壊れ|こわれ|故障し|こしょうし|割れ|われ)(た|て)\\s?まま|(直|なお)って\\s?(い|お)?(ない|ません|へん)|(修理|しゅうり)(され|して\\s?もらえ)(てい)?(ない|ません|ず)",
  "(話し中|話中|はなしちゅう|通話中)|まだ\\s?(止め|とめ)られて\\s?(い|お)?(ない|ません|へん)|(電話|でんわ|フリーダイヤル|ダイヤル|コールセンター)[^。]{0,10}(つなが|繋が)ら(ない|ず|なく)",
  "(このごろ|この頃|近頃|ちかごろ|最近|さいきん|毎晩|まいばん|夜な夜な|よなよな)[^。、]{0,20}(出て|でて|出か|でか|出歩|であ|歩き回|あるきまわ|徘徊|はいかい)",
  // Thirty-fourth round (red team 31 read; the model alone raised it, abuse on にい, んが, ぜん): a
  // child's snack or toy eaten or taken by a brother or a sister (おにいちゃんがぼくのおやつぜんぶ
  // たべた), a squabble, not a harm.
  "(おやつ|お菓子|おかし|ケーキ|けーき|プリン|ぷりん|アイス|あいす|ゲーム|げーむ|おもちゃ|玩具)(を)?\\s?[^。、]{0,6}(食べ|たべ|取っ|とっ|取られ|とられ|食べられ|たべられ)(た|ちゃ|られ)",
  // Thirty-seventh round (red team 34 read; the model alone raised each): a game told as fun by a
  // child (おにいちゃんとたたかいごっこしてあそんだのおもしろかった: medical on にい, んだ, てあ, the game
  // itself blanked as a look-alike); and a facility's amenity missing, said as a complaint about a
  // building (training set 34's TX231, 庁舎のトイレに赤ちゃんのおむつを替える台がひとつもありません:
  // abuse on 赤ち, 赤ちや), a thing lacking, not a child.
  "(あそん|遊ん)(だ|で)[^。]{0,8}(おもしろ|面白|たのし|楽し)",
  "(台|だい|ベッド|ベンチ|椅子|いす|設備|せつび|スペース|コーナー|スロープ|エレベーター|授乳室|おむつ替え|駐車場|駐輪場)(が|は|も)\\s?(ひとつも|一つも|一台も|どこにも|全然|ぜんぜん|まったく)?\\s?(ない|無い|ありません|なかった|ございません)",
  // Thirty-eighth round (training set 35's false emergency TY171; the model alone raised it, abuse
  // on 部屋): a thing stolen from a wallet, a bag or a room (財布からカードが抜き取られていました), a
  // loss of property, not a harm to anyone.
  "(財布|さいふ|かばん|鞄|カバン|バッグ|ロッカー|引き出し|ひきだし|ポケット|封筒|郵便受け|ポスト)(から|の中から|のなかから)\\s?[^。、]{0,10}(抜き取られ|ぬきとられ|盗まれ|ぬすまれ|盗られ|とられ)",
  // Thirty-eighth round, crisis training set 6 and red team 35 read (the model alone raised each):
  // someone well now (その子はもう施設を出て元気にしています), someone back home (今朝はもう帰ってきてます), a mood at home
  // (家の中の空気が重いです), stuck at a machine (さっきから立ち往生してます), a quarrel over a matter and years apart
  // (親戚と土地のことで揉めてて、もう何年も会ってません).
  "(帰って|かえって)\\s?(き|来)て\\s?(ます|いる|います|る)(?!\\s?(けど|が))",
  "(空気|くうき|雰囲気|ふんいき)が\\s?(重|おも|悪|わる|ピリピリ)",
  "立ち往生|たちおうじょう",
  "(元気|げんき)に\\s?(して|やって|暮らして|くらして)\\s?(い|お)?(ます|る|ると)",
  `${FAMILY}(と|ど)\\s?[^。、]{0,12}(のことで|で)\\s?(けんか|喧嘩|ケンカ|揉め|もめ)(て|して)`,
  "(何年も|なんねんも|長いこと|ながいこと|何か月も)\\s?(会って|あって|口を\\s?きいて|連絡(を)?\\s?(取って|とって|して))\\s?(い|お)?(ない|ません|へん)",
  // Thirty-ninth round (training set 36's false emergency TZ010; the model alone raised it, medical
  // on んだ of ベランダ): things fallen or blown onto a balcony, a garden, a roof or a car (ベランダに
  // 花火の燃えかすが落ちてきました), a nuisance to a property, not a fall of anyone.
  "(ベランダ|庭|にわ|屋根|やね|車|くるま|駐車場|玄関|敷地|畑|はたけ)(に|へ|の上に)\\s?[^。、]{0,16}(落ちて|おちて|飛んで|とんで|降って|ふって)\\s?(き|く)",
].map(foldForMatch);

// Where a sentence is an accident's, and no one was hurt in it, it is as mild (家の前で車同士が
// ぶつかって、警察が来ています。けが人はいないそうです); so is one of a smell, where the thing that
// gave it was put out or switched off (少し焦げくさいにおいがしました。もう消しました).
const NO_ONE_HURT = new RegExp(foldForMatch(NO_ONE_HURT_SOURCE), "u");
const ACCIDENT = new RegExp(foldForMatch("(ぶつか|ぶつけ|衝突|追突|接触|事故|じこ)"), "u");
const SWITCHED_OFF = new RegExp(foldForMatch(SWITCHED_OFF_SOURCE), "u");
const SMELL = new RegExp(foldForMatch("(におい|匂い|臭い|くさい|臭う|におう)"), "u");
// The police already there are no danger of their own in such a sentence.
const HELP_THERE = foldForMatch(
  "(警察|けいさつ|パトカー)(が|も)\\s?(もう\\s?)?(来て|きて|来ました|きました)",
);
// Thirty-ninth round (training set 36's TZ010): a fireworks show or its remains name no fire of
// danger (花火大会の後, 花火の燃えかす).
const FIREWORKS_SHOW = foldForMatch(
  "(花火|はなび)\\s?(大会|たいかい|の\\s?(燃えかす|もえかす|燃えがら|もえがら))",
);
// Things one may hurt someone with that DANGER_WORDS does not list (口論して鎌持って出ていった).
const WEAPONS =
  "(瓶|びん)を\\s?割|鎌|かま(?=\\s?(を|持))|斧|おの(?=\\s?(を|持))|バット|木刀|金づち|ハンマー|猟銃|銃";

const MILD_STATE = new RegExp(MILD_STATE_SOURCES.join("|"), "u");
// The mild states whose own words are danger words (腰を痛めて, 火を消しました, 警察が来ています,
// たらい回しに, 怖がって眠れない): set aside before the text is read for a danger, and only they (しばらく息をしてい
// ない keeps 息を).
const EXCUSED = new RegExp(
  [STRAINED_LIMB_SOURCE, SWITCHED_OFF_SOURCE, CALL_PASSED_AROUND_SOURCE, SCARED_SLEEPLESS_SOURCE]
    .map(foldForMatch)
    .concat(HELP_THERE, FIREWORKS_SHOW)
    .join("|"),
  "gu",
);
const DANGER = new RegExp(`${foldForMatch(DANGER_WORDS)}|${foldForMatch(WEAPONS)}`, "u");
const SENTENCE = /[^。!?！？\n]+[。!?！？\n]?/gu;
const CLAUSE_END = /[、,]/u;

/**
 * The text with every sentence blanked up to the end of its last mild clause, when the text
 * names no danger once its excused words are set aside (腰を痛めて names no pain of a danger). What
 * follows the last mild clause is kept (…ずっと部屋にこもっていて、さっき「みんなありがとう、さようなら」とメールが来ました).
 */
function blankOrdinaryStates(folded: string): string {
  if (DANGER.test(folded.replace(EXCUSED, "　"))) return folded;
  const noOneHurt = NO_ONE_HURT.test(folded);
  const switchedOff = SWITCHED_OFF.test(folded);
  return folded.replace(SENTENCE, (sentence) => {
    if ((noOneHurt && ACCIDENT.test(sentence)) || (switchedOff && SMELL.test(sentence))) {
      return "　".repeat(sentence.length);
    }
    const clauses = sentence.split(CLAUSE_END);
    let end = -1;
    clauses.forEach((clause, i) => {
      if (MILD_STATE.test(clause)) end = i;
    });
    if (end < 0) return sentence;
    const cut = clauses.slice(0, end + 1).join("、").length;
    return "　".repeat(cut) + sentence.slice(cut);
  });
}

/**
 * Whether the model's yes on a folded text rests on ordinary states only: with every sentence
 * that tells an ordinary cause and a mild, ongoing or finished state (and names no danger, see
 * `DANGER_WORDS`) blanked, the model would not raise it. A crisis said in another sentence or
 * after the mild clause keeps the yes.
 */
export function raisedByOrdinaryState(model: CrisisModel, folded: string): boolean {
  const calm = blankOrdinaryStates(folded);
  return calm !== folded && !scoreCrisisModel(model, calm).raised;
}
