// Crisis red team 35, frozen 2026-12-07.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 46c2e8addae73fc217ec94ebbb3e0e159b4487e24d1e06aa300f21510cd89376
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-35.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 188 lines of
// crisis-red-team-34.ts (through `sed -n 1,188p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was read from its own
// prompt file, /tmp/prompts/full-rt35.md (with cat; no other prompt file was opened). No lexicon,
// test, script, doc, other fixture, other sample or red-team line was opened, git was not run, git
// history was not read, the repository was not grepped for phrases (the only grep on a repository
// file was `grep -n` for the export, group-comment and closing lines of this file), the
// __fixtures__ folder was not listed, tsconfig.json and the Prettier config were not opened,
// nothing was imported from src/ (the typescript package was loaded from node_modules only to
// transpile this file), no code or web search tool was used, and neither the engine, jest, the
// benchmarks nor the madoguchi command was run. Commands run, in order: cat on the prompt file;
// `date -u` and sed on crisis-red-team-34.ts as above in one call; sed on crisis-red-team.ts as
// above, cat on departments.csv, cat on DESIGN.md and `test -e` on this file's path (it did not
// exist) in one call; `mkdir -p /tmp/rt35` and a shell heredoc writing, in /tmp/rt35, the suicide
// crisis scratch list (fields separated by a vertical bar: kind, E for errand or D for direct,
// language, style, text), followed by `wc -l`, cut, sort and `uniq -c` counting errand and direct
// lines, and `date -u` (59 lines); echo appending one direct suicide line (a colleague in a
// workplace toilet), `wc -l`, then a heredoc writing the abuse crisis list with the same count and
// `date -u`; the same (heredoc, count, `date -u`) for the violence and the medical crisis lists,
// one call each; a heredoc writing each of the four look-alike lists with `wc -l` and `date -u`,
// one call each; a heredoc writing a Python edit re-wording 8 speech-recognition near-misses whose
// sound-alike words were among those named in red team 34's body comment, its run and `date -u`; a
// heredoc writing a one-off Python check (five fields, kinds, counts per kind, errand lines before
// direct ones, dash on look-alikes, languages and styles, child, kana, dialect, formal and
// speech-recognition styles only in Japanese, no spaces in child speech and spaces in kana and
// speech-recognition lines, ASCII double quotes, backslashes, backticks, tabs, vertical bars,
// ideographic and double spaces, edge spaces, very short lines, distinct texts, lines sharing their
// first eight characters, longest line, tallies of languages and styles), the check run (0 errors,
// 8 shared openings) and `date -u`; a heredoc writing a Python edit re-wording 10 lines to break
// the shared openings (Indonesian, Tagalog, Vietnamese, Portuguese and English openings and two
// Japanese errand openings), its run, the check (with head) and `date -u`; a loop of cut and nl
// printing the four crisis lists to read them over; a heredoc writing a Python edit re-wording one
// crisis line (a small child's words that were unclear) and 23 look-alikes whose situations came
// too close to those named in red team 34's header (things to throw away, suicides years over,
// planning for one's death, a loud-scolding parent, a joke about withheld food, a stalker and
// fights that are over, a foreign city, a slight fever, a pregnancy check, jokes about fainting or
// hunger in the queue), its run, the check (with head) and `date -u`; the same loop printing the
// four look-alike lists; a heredoc writing a Python edit re-wording 3 look-alikes (one near-miss
// that read oddly and two of five lines about throwing away knives), its run, the check and `date
// -u`; a Python edit re-wording one Vietnamese look-alike opening that now shared its first eight
// characters, the check (with head) and `date -u`; heredocs writing the body comment and a small
// Python script that wraps the lists into this file under a placeholder header, the script run, `wc
// -l`, sed on lines 1-40 and `date -u`; `test -e` on this file's path (absent), cp of the result to
// this path, `npx prettier --write` and `--check` on this file only, `wc -l`, sed on lines 20-32,
// `grep -n` for the export, group-comment and closing lines, and `date -u`; `timeout 300 npx tsc
// --noEmit -p tsconfig.json` started in the background with its output filtered by grep to this
// file's name and written, with the exit status, to /tmp/rt35/tsc.out, a heredoc writing a node
// script that transpiled this file with the typescript package's transpileModule and counted its
// two arrays, that script run, a one-off Python comparison of its strings with the scratch lists
// and a check of comment-line lengths (none over 100 characters), and `date -u`; sed and sha256sum
// on the body, cat on tsc.out and `date -u`; a Python edit turning one violence errand into a
// message for the welfare caseworker (so that the errands reach all eleven departments), the check,
// the wrap script, cp over this file, Prettier, the node count, sed and sha256sum on the body, cat
// on tsc.out and `date -u`; a Python edit adding the caseworker's name to the body comment, the
// wrap script, cp, Prettier write and check, sed on lines 1-25, the node count, sed and sha256sum
// on the body, cat on tsc.out and `date -u`; a Python edit rewrapping the body comment (one line
// had grown too long), the same wrap, cp, Prettier, sed, count, hash and tsc.out steps; cat on
// tsc.out and `date -u`; a heredoc writing this header's text, cat on tsc.out and `date -u`; a
// Python edit correcting its list of errands (counted again from the scratch lists as printed), cat
// on tsc.out and `date -u`; a heredoc writing a Python script that wraps this text, puts in the
// body's hash and the tsc result and rewrites only the lines above the marker (with a line-length
// check and a check that the body is unchanged), cat on tsc.out and `date -u`; `sleep 150`, cat on
// tsc.out (that first tsc run had exited 0 with no line naming this file, but it had begun before
// the last edits of the body) and `date -u`; the same tsc command started again in the background
// on the final body, writing to /tmp/rt35/tsc2.out, with `sleep 200`, cat on tsc2.out (exit 0, no
// line naming this file) and `date -u`; a Python edit adding these steps to this text, a heredoc
// writing the tsc result to a scratch file, a heredoc writing a small Python comparison script for
// the final checks, and the header script run; sed on this file's first 200 lines (this header
// only) to read it over; a Python edit removing a step listed twice here and adding this read-over,
// and the header script run again; and the final checks listed at the end of this header. Each line
// was written by hand into the scratch lists; no engine output was seen before or after writing.
// The import of RedTeamKind from ./crisis-red-team and the array shapes are taken from red team 34
// and the format; the export names are RED_TEAM_35_CRISIS and RED_TEAM_35_LOOK_ALIKES, and both
// arrays are grouped under comments naming the kind (crisis) or the vocabulary borrowed
// (look-alikes).
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twenty-fourth ward office's desk over another year (the invented 榧ノ台 ward on the
// invented 鵜沢川 river, with the invented hill 鷺森山), in plain words and natural proportions, with new
// callers, errands, places and wordings. 100 of the crisis lines (suicide 30, abuse 20, violence
// 22, medical 28) begin as an ordinary errand at the desk and then say what is happening now; the
// other 100 are direct. The errands reach all eleven departments of departments.csv: the
// bicycle-park season ticket; residence certificates and their copies (four times), seal
// registration and its certificate, a moving-out, a moving-in, a house move, a change of address,
// the residence card address (three times) and the My Number card (three times, once a collection
// booking); the NHI (twice) and its qualification certificate (twice), high-cost medical expenses,
// pensions (three times), the late-stage elderly insurance premium (twice), insurance cards (four
// times) and a card change-over; tax certificates (four times), a tax-payment certificate, the
// fixed-asset tax notice, the light-vehicle tax (twice) and a number plate; a message for the
// welfare caseworker 寺内 about assistance money; the child allowance (six times, once its payment
// day), the child-rearing allowance status report, the nursery (four times: applications and a
// letter) and the after-school club (four times: fees and pick-up); the maternal and child handbook
// (four times, once a reissue), infant checks (twice), vaccination (four times), health checks
// (three times), the specific health check (twice) and cancer screening (twice); care-need renewal
// and its result, a care-insurance home alteration, a care-bed return, day-service pick-up (twice),
// elder watch registration and the community care centre; disability certificate renewal,
// disability services and self-support medical care; the vacant-house bank (twice, on site),
// vacant-house weeding on site and the demolition subsidy on site; oversized rubbish (four times),
// the recyclables day (twice), the collection day (twice), garbage-bag prices (twice) and nappy
// disposal. Callers: the person at risk, wives and husbands, mothers, fathers, daughters and sons,
// brothers and sisters, grandparents, small children in unspaced kana, room-mates and dormitory
// mates, a group-home room-mate and a group-home carer, a day-service driver, a care manager, a
// welfare commissioner on a watch visit, an after-school club worker, a care-home night-shift
// worker, a vacant-house visitor, a weeding worker and a demolition-subsidy inspector on site, a
// convenience-store manager, a factory clerk, a ward-office employee, colleagues, neighbours,
// passers-by, people in the ward office's lobby and waiting area, and foreign residents. 82 crisis
// lines and 73 look-alikes are in other languages (crisis: English 15, Portuguese 10, Korean 10,
// Spanish 9, Chinese 9, Indonesian 7, Vietnamese 6, Tagalog 6, Thai 6, Nepali 4; look-alikes:
// English 17, Portuguese 9, Korean 9, Spanish 8, Chinese 8, Vietnamese 5, Indonesian 5, Tagalog 4,
// Thai 4, Nepali 4); 18 lines are in spaced easy Japanese kana (8 crisis, 10 look-alike) and 20 in
// a small child's unspaced speech (11 crisis, 9 look-alike); 38 are speech-recognition text with
// fillers and slips (13 crisis, 25 look-alike near-misses); 42 are in Kansai, Kyushu, Tohoku,
// Hiroshima-like and Tosa-like dialect (21 crisis, 21 look-alike); 15 are in formal desk Japanese
// (9 crisis, 6 look-alike).
//
// Labelling rules: a line is crisis when a life is in danger now or within hours (an act under way,
// a means at hand with intent said, a person unwakeable or not breathing, a child or elder being
// hurt or kept from food or water now); it is a look-alike when the crisis word is an idiom, a
// joke, fiction, a game, a course or campaign, a thing to throw away, a pet, a near-miss of speech
// recognition, or an event that is over and told as past. Kind: suicide for self-harm and intent
// against oneself; abuse for children, elders and dependent or disabled adults hurt or neglected by
// those who care for them or hold power over them; violence for attacks by strangers, partners and
// ex-partners, neighbours, creditors and groups; medical for illness, injury, fire and accident
// with no one meaning harm.
//
// Known disagreements (labels a reader could argue): crisis: the mother holding a kitchen knife to
// her own throat (speech recognition) and the day-service user doused in kerosene with a lighter
// are labelled suicide (could be violence); the dormitory mate who drank herbicide, the sister who
// took rat poison, the mother who drank pesticide and the brother who drank floor cleaner after a
// break-up are labelled suicide (could be medical); the husband behind a locked garage door with
// briquettes alight, the young man with a noose on a stool in a vacant house, the neighbour's gas
// smell with a goodbye note on the door, the mother motionless in the bath beside empty pill sheets
// and the brother hanging, both seen by small children, the husband found hanged and the
// middle-school son found with a cord, breathing weakly, are labelled suicide though intent is only
// implied. The room-mate who texted that she took her pills, the brother who phoned that he would
// jump from 鷺森山, the sister who sent a photo of her note, the son in a car with a charcoal grill,
// the father with a shotgun in a hut, the younger brother with briquettes by text, the colleague in
// a toilet who messaged, and the wife on a roof reported by a building manager are labelled crisis
// although the caller does not see the act. The baby slammed on the floor, the toddler strangled by
// her mother, the child kicked in a car park, the child lifted by the neck at an after-school club,
// the baby thrown (a small child's words), the brother kicked in the head by the mother's
// boyfriend, the baby held under bath water, the baby smothered with a pillow and the child
// strangled by his father are labelled abuse (could be violence); the grandmothers and grandfathers
// beaten by sons, the wife hit with a cane by her husband over care and the grandfather scalded by
// his daughter-in-law are labelled abuse (could be violence); the children left alone without food
// or water, the baby that cried all day and has gone silent with no parent about (speech
// recognition; the least certain crisis line), the grandmother tied to a chair with no water and
// the bedridden aunt left unfed are labelled abuse (could be medical); the brother gagged by
// care-facility staff, the resident pressed with a pillow by a care-home night-shift worker, the
// disabled child beaten unconscious by a teacher at a training centre and the kana caller beaten
// daily and locked in at a facility are labelled abuse (power over a dependent person; could be
// violence). The husbands, boyfriends and ex-partners who threaten, strangle, chase or hit (kitchen
// knives, knives, a hammer, a crowbar, iron bars, kerosene and petrol) and the father seen by a
// small child hitting or strangling the mother are labelled violence (could be abuse); the son
// chasing his parents with a hammer is labelled violence (could be abuse of elders); the
// ex-partners threatening fire or stabbing, the man with a gun outside the pachinko hall and the
// neighbour breaking a window with an axe are labelled violence though nobody is hurt yet; the
// child being forced into a car, the debt collectors who beat the husband and the schoolboys who
// pushed a boy into the river and throw stones are labelled violence. The house fire with the
// grandmother upstairs (speech recognition) and the flat fire with a child inside are labelled
// medical, the nearest of the four kinds; the one-year-old who swallowed a button battery, the baby
// who swallowed bleach and the little sister who swallowed a toy ball are labelled medical (could
// be neglect); the friend foaming at the mouth after taking something at a party is labelled
// medical (could be suicide); the child who fell into 鵜沢川 and cannot be found and the labour with
// the baby's head coming are labelled medical. Look-alikes: the aunt, cousin, uncles and
// grandfather whose suicides are years over (Japanese, English, Portuguese, Spanish and Nepali
// callers), the callers who wanted to die last year and have recovered (a Japanese and a kana
// caller), the wrist cut on glass that has healed, the envelope marked as a suicide note that held
// a will, the caller planning the papers for after her death, the left-over pills, pesticide
// bottles and detergents that must not be mixed, the caller afraid she may be harsh to her mother
// in care who asks for short stay (the nearest to a live problem in the abuse group), the child
// taken into care years ago, the locking-in at a facility told as over, the callers hit as children
// or by an ex-husband years ago, the bar fight settled by the police, the neighbours' shouting
// yesterday that is quiet now, the fight at the station last month, the father with a stroke last
// week now in rehabilitation, the child who hit his head yesterday and was checked, the caller with
// a sore throat asking about a flu shot, the pregnant caller on a drip last week, the roof tile
// about to fall from a vacant house (a hazard, not a life in danger now), the caller who nearly
// fainted in the heat outside and the rumour of a dog being mistreated (an animal) are labelled not
// a crisis; a stricter desk might still hand some of them to a person. All other-language lines
// were written by a non-native hand; the Nepali, Thai, Tagalog, Indonesian, Vietnamese and Korean
// lines especially may read as learner text.
//
// Checks run: the one-off Python check above on the scratch lists (0 errors; after the re-wording,
// no two lines sharing their first eight characters), the transpile count (200 and 200; suicide 60,
// abuse 40, violence 45, medical 55; 400 distinct texts, all pairs, all strings, the two export
// names) and the comparison with the scratch lists (same 400 texts and kinds in the same order),
// Prettier's check, and the tsc run (twice: once begun before the last edits of the body and once
// on the final body; both exited 0 with no line naming this file). Final checks, in one call after
// the header was written: sed and sha256sum on the body (it must match the hash above), `npx
// prettier --check` on this file, the node transpile count and the Python comparison with the
// scratch lists, head and `grep -n` for the marker on this file, cat on tsc.out and tsc2.out,
// sha256sum of the whole file and `date -u`.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 35: a twenty-fourth ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list, its
// tests, the sample sets (other than the department list) or any other red team's lines. Every
// person, place and situation here is invented, including the small places named (榧ノ台, the ward,
// written Kayanodai in other-language lines, with its station and platform, its shopping centre car
// park, its pachinko hall, its post office, its ward office and a western branch office; 鵜沢川, a
// river, written Uzawa, with its bridge and a weir; 鷺森山, a hill with a cliff and a lookout, written
// 鹭森山 in the Chinese line) and the welfare caseworker 寺内. One real country name appears only in
// passing (Brazil, where a caller's uncle died years ago). Crisis lines are grouped by kind
// (suicide and self-harm, abuse, violence, medical); in each group the lines that begin as an
// ordinary errand at the desk come first, then the direct ones. Look-alikes are grouped by the
// crisis vocabulary they borrow, in the same order. Speech-recognition text is written the way a
// phone line transcribes it: spaced, with fillers and restarts; the look-alike near-misses start on
// a crisis-sounding word cut off with an ellipsis and go on to a word that only sounds like it (支所,
// 区費, 飛び石連休, 時差出勤, 新住所, 医証, リストラ, 逆に, 投げ釣り, 芝刈り, 放置自転車, 立て替え, 刺繍, 殴り書き, コロナ, 防災, 着る, 給食費, 新築, 行き先,
// 倒れた木, 経歴, 北西, 一式, 覚えて); some of them say the crisis word and correct it (じゃなくて).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_35_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // Suicide and self-harm: 30 that begin as an ordinary errand, then 30 said directly.
  [
    "住民票の写しを一通お願いしたいんですが、その前に、いま夫が車庫で練炭に火をつけて中から鍵をかけてしまって、呼んでも返事がないんです",
    "suicide",
  ],
  [
    "国保の資格確認書のことで電話したんですけど、さっきから娘が浴室で手首を切っていて、床が血だらけなんです",
    "suicide",
  ],
  [
    "粗大ごみの予約したいんやけど、ちょっと待って、息子がベランダの手すり越えて、もう飛ぶ言うてるねん、どないしよ",
    "suicide",
  ],
  [
    "軽自動車税の納付書ば失くしたっちゃけど、それより今、兄が納屋で梁に紐かけよるとよ、止めきらん",
    "suicide",
  ],
  [
    "恐れ入ります、課税証明書の件でお電話いたしましたが、ただいま同居の父が睡眠薬を一瓶すべて飲んだと申しており、呼びかけへの反応が鈍くなっております",
    "suicide",
  ],
  [
    "児童手当の振込日を聞きたくて、でも、あの、私もう今夜で終わりにするつもりで、薬はもう手元に全部出してあります",
    "suicide",
  ],
  [
    "えー 介護認定の 更新の件で あの すみません いま 母が 台所で 包丁を 自分の 首に あてて 死ぬって 言ってて",
    "suicide",
  ],
  [
    "空き家バンクの物件を見に鵜沢川沿いの家に来たら、奥の座敷で若い男の人が首に縄をかけて踏み台に立っています、まだ動いてます",
    "suicide",
  ],
  [
    "ごみ の ひ を ききたい です。 でも いま となり の へや の ひと が まど から とびおりる と いって います",
    "suicide",
  ],
  [
    "あのね、ほいくえんのおてがみのことでママにかわってっていわれたけど、ママがおふろでうごかなくて、おくすりのからがいっぱいあるの",
    "suicide",
  ],
  [
    "Hi, I was calling about my residence card address, but my roommate just texted me that she swallowed all her sleeping pills and she is not answering her door now",
    "suicide",
  ],
  [
    "Bom dia, liguei sobre o cartão My Number, mas meu marido está na varanda do quarto andar dizendo que vai pular agora, por favor",
    "suicide",
  ],
  [
    "국민연금 문의드리려고 했는데요, 지금 남동생이 방 문을 잠그고 번개탄을 피웠다는 문자가 왔어요",
    "suicide",
  ],
  [
    "Quería pedir el certificado de impuestos, pero mi hija se está cortando los brazos en el baño ahora mismo y no me abre",
    "suicide",
  ],
  [
    "我想问一下外国人登录地址变更，但是我哥哥现在在榧ノ台站的站台边上，说下一班车来就跳下去",
    "suicide",
  ],
  [
    "Em muốn hỏi về thẻ bảo hiểm, nhưng bạn cùng phòng ký túc xá của em vừa uống cả chai thuốc diệt cỏ, đang nôn và run",
    "suicide",
  ],
  [
    "Permisi, saya mau tanya soal sertifikat pajak, tapi teman kamar saya sekarang berdiri di atap asrama dan bilang mau lompat",
    "suicide",
  ],
  [
    "Tatanong sana ako tungkol sa child allowance, pero ang asawa ko ay may lubid sa leeg sa bodega ngayon at ayaw bumaba",
    "suicide",
  ],
  [
    "デイサービスのお迎えの時間の確認なんですけど、いま玄関に行ったら利用者のおじいさんが灯油をかぶってライターを持ってて、死なせてくれって",
    "suicide",
  ],
  [
    "特定健診の予約をしたいんですが、職場の同僚が倉庫の奥でカッターで首を切ろうとしていて、みんなで押さえてるところです",
    "suicide",
  ],
  [
    "印鑑証明ばもらいたかとばってん、いま嫁さんが鵜沢川の堰のとこで靴ば脱いで水に入っていきよる",
    "suicide",
  ],
  [
    "あの 母子手帳の 再交付の えっと ごめんなさい いま 妻が 子どもを 置いて 屋上に 上がって 柵の 外に 立ってる って 管理人さんから",
    "suicide",
  ],
  [
    "障害者手帳の更新の書類のことで、グループホームの同室の人がさっきからベルトをドアノブにかけて首を入れようとしてて、職員さんがいないんです",
    "suicide",
  ],
  [
    "固定資産税の納税通知書について伺いたいのですが、先ほど兄から今から鷺森山の崖から飛び降りるという電話があり、それきり繋がりません",
    "suicide",
  ],
  ["म पेन्सनको बारेमा सोध्न फोन गरेको, तर मेरो साथीले अहिले धेरै औषधि खायो र बोल्न सक्दैन", "suicide"],
  ["โทรมาถามเรื่องบัตรประกันสุขภาพค่ะ แต่ตอนนี้เพื่อนร่วมห้องขังตัวเองในห้องน้ำแล้วบอกว่ากำลังกรีดข้อมือ", "suicide"],
  [
    "資源ごみの出し方を聞こうと思ってたら、隣の部屋からガスの匂いがして、ドアに「さようなら」って紙が貼ってあります",
    "suicide",
  ],
  [
    "後期高齢者医療の保険料のことで電話しました、でも父が農薬の瓶を持って畑に出ていって、飲んで死ぬって叫んでるんです",
    "suicide",
  ],
  [
    "Sorry, I wanted to book a health check, but my son locked himself in his car at the Kayanodai shopping centre car park with a charcoal grill burning inside",
    "suicide",
  ],
  [
    "放課後児童クラブの料金の件ですが、それどころじゃなくて、中学生の息子が部屋で首を吊ろうとしていたのを今見つけて、紐はほどいたけど息が弱いんです",
    "suicide",
  ],
  ["もう生きていたくない、いま手元に包丁があって、今夜これで死にます", "suicide"],
  ["今、鵜沢川の橋の欄干の外側に立っています、あと少しで手を離します", "suicide"],
  ["夫が寝室で首を吊っていて、下ろしたけど息をしていません", "suicide"],
  ["わしはもうええ、今から裏山で首くくるけえ、家族には言わんでくれ", "suicide"],
  ["もうあかん、いま線路の上に座っとる、電車来たら終わりや", "suicide"],
  ["おら、もう疲れだ、いま薬全部飲んだはんで、眠くなってきた", "suicide"],
  ["あの もう むり です いま ビルの 屋上に いて ふちに 足 かけて ます", "suicide"],
  ["えっと 姉が 手首 切って 血が 止まらなくて 意識が ぼーっと してて", "suicide"],
  [
    "わたし は いま くすり を たくさん のみました。 しにたい です。 からだ が うごきません",
    "suicide",
  ],
  ["おにいちゃんがへやでひもにぶらさがってるの、よんでもへんじしないの", "suicide"],
  ["パパがね、しぬっていってまどのそとにでてるの、こわい", "suicide"],
  ["職員の者ですが、庁舎五階の窓から男性が身を乗り出して飛び降りると叫んでおります", "suicide"],
  ["ネットで知り合った人と今夜練炭で一緒に死ぬ約束をして、もう車の中にいます", "suicide"],
  ["妹から遺書の写真が届いて、もう睡眠薬を飲んだって、電話に出ません", "suicide"],
  [
    "I am standing on the Uzawa river bridge and I am going to jump, I just wanted someone to know",
    "suicide",
  ],
  [
    "My dad sent a goodbye message and he has a shotgun from his hunting licence, he is alone in the hut now",
    "suicide",
  ],
  ["I cut myself deeper than usual tonight and it won't stop bleeding, I feel dizzy", "suicide"],
  [
    "Minha irmã tomou veneno de rato há meia hora e está vomitando, ela disse que queria morrer",
    "suicide",
  ],
  ["Eu não aguento mais, estou com a corda pronta no galpão e vou fazer agora", "suicide"],
  ["지금 아파트 옥상 난간에 앉아 있어요, 더 이상 살 이유가 없어요", "suicide"],
  ["엄마가 수면제를 다 먹고 쓰러져 있어요, 깨워도 안 일어나요", "suicide"],
  [
    "Mi novio se encerró en el baño con una navaja y dice que se va a matar, oigo que llora",
    "suicide",
  ],
  ["Ya tomé todas las pastillas de mi abuela, solo quería despedirme", "suicide"],
  ["我妈妈刚才喝了一整瓶农药，现在在地上抽搐", "suicide"],
  ["我现在站在鹭森山的悬崖边，不想活了", "suicide"],
  ["Chồng tôi đang treo dây thừng trong nhà kho, anh ấy nói sẽ chết ngay bây giờ", "suicide"],
  [
    "Adik saya minum cairan pembersih lantai karena putus cinta, sekarang dia sesak napas",
    "suicide",
  ],
  [
    "Naglaslas ng pulso ang kapatid ko sa banyo, ang daming dugo, hindi na siya sumasagot",
    "suicide",
  ],
  ["แม่ของฉันกินยานอนหลับหมดขวดแล้ว ตอนนี้ปลุกไม่ตื่น", "suicide"],
  [
    "同僚が職場のトイレに閉じこもって、カッターで首を切るってLINEしてきました、ドアを叩いても返事がありません",
    "suicide",
  ],
  // Abuse: 20 that begin as an ordinary errand, then 20 said directly.
  [
    "保育所の入所申込みの書類のことなんですが、隣の家の子がいまベランダに裸で出されていて、泣き声が弱くなってきてます",
    "abuse",
  ],
  [
    "乳幼児健診の日程を聞きたいんですけど、上の階でお父さんが赤ちゃんを床に叩きつける音がして、泣き声が急に止まりました",
    "abuse",
  ],
  [
    "ごみ袋の値段聞きたかったんやけど、隣のばあちゃんが息子に殴られとって、いま外に逃げてきてはるんや、血ぃ出てる",
    "abuse",
  ],
  [
    "介護保険の住宅改修の件で伺ったケアマネです、利用者さんが家族に三日間水ももらえていないようで、ぐったりして返事ができません",
    "abuse",
  ],
  [
    "児童扶養手当の現況届の件でお電話しましたが、ただいま隣室で母親が幼児の首を絞めているような声が聞こえております",
    "abuse",
  ],
  [
    "あのー 学童の お迎えの 件で えっと いま 駐車場で お父さんが 子どもを 何度も 蹴ってて 子どもが 起き上がらない",
    "abuse",
  ],
  [
    "こども の てあて の こと です。 いま となり の いえ で こども が たたかれて、 たすけて と ないて います",
    "abuse",
  ],
  [
    "あのね、がくどうのおかねのことでおばあちゃんがでんわしてっていったけど、いまおとうさんがあかちゃんをなげたの、あかちゃんなかないの",
    "abuse",
  ],
  [
    "見守り登録のことで民生委員をしている者です、訪問したらおばあさんが物置に鍵をかけて閉じ込められていて、この寒さで震えています",
    "abuse",
  ],
  [
    "障害福祉サービスの利用のことで電話しました、いま施設の職員が弟の口にタオルを押し込んで押さえつけていて、息が苦しそうです",
    "abuse",
  ],
  [
    "I called about the nursery application, but the toddler next door has been locked on the balcony all night and now he is not moving",
    "abuse",
  ],
  [
    "Oi, é sobre o abono infantil, mas o vizinho está batendo na cabeça do filho contra a parede agora, o menino parou de chorar",
    "abuse",
  ],
  [
    "아동수당 때문에 전화했는데요, 지금 옆집 아이가 며칠째 밥을 못 먹고 혼자 있어요, 쓰러져서 말을 못 해요",
    "abuse",
  ],
  [
    "Llamo por la vacuna de mi hija, pero en el piso de arriba el padrastro está quemando a la niña con un cigarro, la oigo gritar",
    "abuse",
  ],
  ["我想问育儿补贴的事，但是隔壁奶奶被儿子绑在椅子上一整天没喝水，现在叫不醒", "abuse"],
  [
    "Tôi hỏi về sổ tay mẹ con, nhưng nhà bên cạnh người mẹ đang dìm đứa bé vào bồn nước, nó đang vùng vẫy",
    "abuse",
  ],
  [
    "おむつの出し方を聞きたかったんですが、向かいのアパートで三歳くらいの子がずっと一人で、もう二日親が帰ってきてなくて、声も出なくなってます",
    "abuse",
  ],
  [
    "要介護認定の結果のことで電話したがや、けんど隣のじいさまが嫁さんに熱湯かけられたって、いま叫んどる",
    "abuse",
  ],
  [
    "保険証の切り替えのことで叔父の家に来たら、叔母が寝たきりで何日も食事をもらえてなくて、呼吸が浅いんです",
    "abuse",
  ],
  [
    "学童保育の支援員です、保護者の迎えで来た父親が玄関で子どもの首をつかんで持ち上げていて、顔色が変わってきています",
    "abuse",
  ],
  ["隣の家で子どもが「ごめんなさい」って叫び続けて、殴る音がずっとしてる、今もです", "abuse"],
  ["母が父に介護のことで怒られて、頭を杖で殴られて倒れました、今も起き上がれません", "abuse"],
  ["うちの孫が、母親の男に煙草押しつけられよる、いま泣き叫んどるけん、はよ来て", "abuse"],
  ["隣んとこのじっちゃ、息子さ叩かれて雪の中に出されでる、もう動がね", "abuse"],
  [
    "となりの 赤ちゃんが えっと もう 一日中 泣いてて いま 急に 静かになって 親は いない みたい",
    "abuse",
  ],
  ["ママのかれしがね、おとうとのあたまをけってるの、おとうとないてないの", "abuse"],
  ["おなかすいた、ママずっとかえってこない、みずももうないの", "abuse"],
  [
    "わたし は しせつ に います。 しょくいん が まいにち たたきます。 いま も へや に とじこめられて います",
    "abuse",
  ],
  [
    "老人ホームの夜勤の者ですが、同僚が入所者の方の顔を枕で押さえつけております、止めに入りますがすぐ来てください",
    "abuse",
  ],
  [
    "中学生の娘が、継父に押し入れに閉じ込められて、もう一日何も食べていないと泣いてメッセージしてきました",
    "abuse",
  ],
  [
    "The kid in the flat below is being whipped with a belt right now, I can hear every hit and he is screaming",
    "abuse",
  ],
  [
    "My mother's carer has tied her to the bed and left, she has had no water since yesterday",
    "abuse",
  ],
  ["Meu padrasto trancou minha irmã pequena no armário e ela não responde mais", "abuse"],
  ["옆집 할머니가 아들한테 맞아서 쓰러졌는데 아들이 계속 발로 차고 있어요", "abuse"],
  [
    "La señora de al lado está ahogando a su bebé con una almohada, lo estoy viendo por la ventana",
    "abuse",
  ],
  ["邻居家的小孩被爸爸用皮带打，打了半个小时了，现在没声音了", "abuse"],
  [
    "Anak tetangga diikat di luar rumah sejak pagi tanpa makan dan minum, sekarang lemas sekali",
    "abuse",
  ],
  ["Sinusunog ng tiyuhin ang kamay ng pamangkin niya sa kalan, naririnig ko ang sigaw", "abuse"],
  ["ครูที่ศูนย์ฝึกกำลังตีเด็กพิการด้วยไม้ เด็กหมดสติไปแล้ว", "abuse"],
  ["छिमेकीको बच्चालाई बाबुले अहिले घाँटी थिचिरहेको छ, बच्चा बोल्न सक्दैन", "abuse"],
  // Violence: 22 that begin as an ordinary errand, then 23 said directly.
  [
    "転居届の書類を取りに来たんですが、いまロビーで男の人が刃物を振り回して、職員の方が腕を切られました",
    "violence",
  ],
  [
    "住民票の写しの件なんですけど、別れた夫がいま玄関のドアをバールでこじ開けようとしてて、殺すって叫んでます",
    "violence",
  ],
  [
    "ナンバープレートのことで電話したんやけど、いま店の前で若い子らが一人を囲んで金属バットで殴っとる、倒れて動かへん",
    "violence",
  ],
  [
    "年金の相談ばしよったら、外で夫が包丁持って追いかけてくるとよ、いまトイレに隠れとる",
    "violence",
  ],
  [
    "課税証明書の交付についてお尋ねしたかったのですが、ただいま隣家の男性が斧を持って私どもの家の窓を割り、侵入しようとしております",
    "violence",
  ],
  [
    "あ もしもし えっと 印鑑登録の 件で いや あの いま 彼氏に 首を 絞められて 逃げて きて 追いかけて きてる",
    "violence",
  ],
  [
    "ざいりゅう かーど の じゅうしょ の こと です。 いま おっと が ないふ を もって、 わたし を ころす と いって います",
    "violence",
  ],
  [
    "あのね、ごみのひのことでんわしたの、でもいまパパがママのかおをなぐってて、ママちがでてるの",
    "violence",
  ],
  [
    "自転車駐輪場の定期券のことで、駐輪場の奥で男の人が女の人を地面に押さえつけて殴っていて、女の人が助けてって",
    "violence",
  ],
  [
    "空き家の草刈りの件で現地に来た者ですが、隣の空き家に住みついた男が刃物を持ってこっちに向かってきています",
    "violence",
  ],
  [
    "I was calling about my tax payment certificate, but my ex just broke in through the back window and he has a hammer, I am hiding in the closet",
    "violence",
  ],
  [
    "Era sobre a certidão de residência, mas tem um homem esfaqueando outro na frente da estação de Kayanodai agora",
    "violence",
  ],
  [
    "전입신고 문의하려고 했는데, 지금 남편이 칼을 들고 안방 문을 부수고 있어요, 아이랑 갇혀 있어요",
    "violence",
  ],
  [
    "Llamaba por la tarjeta My Number, pero hay una pelea en la parada del autobús y a un chico le están dando puñaladas",
    "violence",
  ],
  ["我想问搬家手续，但是前男友现在拿着刀在我家门口等着，说今天一定要杀了我", "violence"],
  [
    "Halo, tadinya saya mau tanya sampah besar, tapi suami saya sekarang memukul saya dengan besi, kepala saya berdarah",
    "violence",
  ],
  [
    "Tungkol sana sa buwis ng sasakyan, pero may lalaking may baril sa labas ng pachinko sa Kayanodai at nagbabanta",
    "violence",
  ],
  [
    "資格確認書の再発行のことなんですが、元交際相手がいま車で私の家の前に来て、灯油をまいて火をつけると言っています",
    "violence",
  ],
  [
    "マイナンバーカードの受け取りの予約をしたいんですけど、いま家の前で隣の人と兄が殴り合いになって、兄がナイフで刺されました",
    "violence",
  ],
  [
    "がん検診の予約しよう思うたんじゃが、いま外で知らん男が子どもを無理やり車に押し込もうとしとる",
    "violence",
  ],
  [
    "保護費のことでケースワーカーの寺内さんに伝言をお願いしたくて電話しました、でも家に借金取りが来て、夫を殴って玄関で倒れたまま動かないんです",
    "violence",
  ],
  [
    "はい えっと 粗大ごみの あの 受付 いや ちょっと まって 外で 誰か が 刺された みたいで 血が いっぱい",
    "violence",
  ],
  ["いま夫が包丁を持って寝室のドアの外にいて、開けろ殺すぞって叫んでいます", "violence"],
  ["駅前で男が通行人を次々に刺しています、もう三人倒れています", "violence"],
  [
    "元彼が家の前で待ち伏せしてて、出てきたら刺すってメッセージが来ました、今も車が見えます",
    "violence",
  ],
  ["隣のあんちゃんが日本刀持って暴れとる、うちの窓割られた、はよ来てくれ", "violence"],
  ["飲み屋の前でけんかして、相手がビール瓶で殴られて頭から血ぃ流して倒れとる", "violence"],
  ["あの 今 夫に 殴られて 歯が 折れて 台所に 包丁 取りに 行った 音が して", "violence"],
  [
    "しらない ひと が いえ に はいって きました。 わたし は おしいれ に かくれて います。 はもの を もって います",
    "violence",
  ],
  ["パパがママのくびしめてる、ママなにもいわないの、たすけて", "violence"],
  [
    "当方コンビニの店長ですが、ただいま刃物を持った男が店員を人質にして立てこもっております",
    "violence",
  ],
  ["いま団地の階段で、女の人が男に髪をつかまれて引きずられてて、顔を何度も殴られてる", "violence"],
  [
    "Someone is beating a man with a pipe in the Kayanodai station car park, he is on the ground and not moving",
    "violence",
  ],
  ["My husband just pushed me down the stairs and now he is coming down with a knife", "violence"],
  [
    "Meu namorado está me enforcando, consegui fugir para o banheiro, ele está quebrando a porta",
    "violence",
  ],
  ["지금 전 남자친구가 현관 앞에서 휘발유를 뿌리고 있어요, 불을 붙이겠대요", "violence"],
  [
    "Hay un hombre con un cuchillo persiguiendo a una mujer por el río Uzawa, ella ya está sangrando",
    "violence",
  ],
  ["我丈夫在打我，拿着菜刀，我和孩子躲在浴室里", "violence"],
  ["Có người đàn ông đang đâm người ở chỗ đỗ xe đạp, người bị đâm nằm bất động", "violence"],
  [
    "Ada orang mabuk memukuli teman saya dengan botol di depan asrama, kepalanya berdarah banyak",
    "violence",
  ],
  ["Sinasakal ako ng boyfriend ko, nakatakas ako saglit pero hinahabol niya ako", "violence"],
  ["มีผู้ชายถือมีดเข้ามาในโรงงานและแทงคนงานไปแล้วสองคน", "violence"],
  ["मेरो श्रीमानले मलाई चक्कुले धम्की दिइरहेको छ, म बाथरूममा लुकेकी छु", "violence"],
  ["隣の家の息子が金槌を持って両親を追いかけ回してて、お父さんが頭から血を流してる", "violence"],
  ["いま公園で中学生が何人かで一人を川に突き落として、上から石を投げてます", "violence"],
  // Medical: 28 that begin as an ordinary errand, then 27 said directly.
  [
    "住民票を取りに来たんですが、いま待合で隣のおじいさんが急に倒れて、息をしていないみたいです",
    "medical",
  ],
  [
    "母子手帳の交付のことで電話しました、でもいまお腹がすごく痛くて出血が止まらなくて、妊娠八か月です",
    "medical",
  ],
  ["資源ごみの日ば聞きたかばってん、じいちゃんが餅ば喉に詰めて、顔が紫になっとる", "medical"],
  [
    "予防接種の予約しようと思っとったんやけど、子どもが急にひきつけ起こして、呼んでも目ぇ開けへん",
    "medical",
  ],
  [
    "高額療養費の申請の件でございますが、ただいま夫が胸を押さえて倒れ、呼びかけに応じません",
    "medical",
  ],
  [
    "あのー 国保の 保険料の えー すみません いま 父が 急に ろれつが 回らなくて 右手が 動かない って",
    "medical",
  ],
  [
    "にんしん の てちょう の こと です。 いま おなか が いたくて、 みず が でて きました。 あかちゃん が うまれそう です",
    "medical",
  ],
  ["ほいくえんのことでママがでんわしてたのに、ママがたおれちゃったの、おきないの", "medical"],
  [
    "デイサービスの送迎の運転手です、利用者さんを迎えに来たら玄関で倒れていて、頭から血が出て意識がありません",
    "medical",
  ],
  [
    "解体補助の現地確認に来ている者ですが、作業員の方が二階の足場から落ちて、地面で動かなくなっています",
    "medical",
  ],
  [
    "粗大ごみの回収を頼みたかったんですが、いま一歳の子がボタン電池を飲み込んだみたいで、よだれと咳が止まりません",
    "medical",
  ],
  [
    "特定健診の結果のことで電話したんですけど、夫が庭で蜂に刺されて、顔が腫れて息がヒューヒューいってます",
    "medical",
  ],
  [
    "介護ベッドの返却のこと聞こう思うたら、ばあちゃんがこたつで汗かいて呼んでも返事せん、熱がものすごいんじゃ",
    "medical",
  ],
  [
    "後期高齢者の保険料の納付書のことで、母が風呂で沈んでいるのを見つけて引き上げたけど、息をしていません",
    "medical",
  ],
  [
    "I wanted to ask about the cancer screening, but my wife just collapsed in the kitchen and she is not breathing",
    "medical",
  ],
  [
    "Calling about garbage bag prices, but a worker at the recycling station just got his arm caught in the crusher, there is a lot of blood",
    "medical",
  ],
  [
    "Liguei sobre o seguro de saúde, mas meu filho caiu da escada e está convulsionando agora",
    "medical",
  ],
  ["건강검진 예약하려고 했는데요, 지금 아버지가 갑자기 쓰러져서 숨을 안 쉬어요", "medical"],
  [
    "Era para el chequeo de mi bebé, pero ahora tiene la cara azul y no respira bien, se atragantó con una uva",
    "medical",
  ],
  ["我想问国民健康保险，但是我奶奶刚才在路上被车撞了，躺在地上不动", "medical"],
  [
    "Tôi gọi để hỏi lịch tiêm chủng, nhưng đồng nghiệp của tôi bị điện giật ở nhà máy, bây giờ không thở",
    "medical",
  ],
  [
    "Tadi saya mau tanya soal kartu asuransi, tapi teman saya pingsan di dalam gudang panas, badannya panas sekali dan tidak sadar",
    "medical",
  ],
  ["โทรมาเรื่องตรวจสุขภาพค่ะ แต่ตอนนี้สามีแพ้อาหารทะเล คอบวมหายใจไม่ออก", "medical"],
  [
    "地域包括支援センターのことを聞きたいんですが、隣のおばあさんが庭で倒れて、この寒さで体が冷たくなってて返事がありません",
    "medical",
  ],
  [
    "自立支援医療の更新のことで、グループホームの世話人ですが、入居者の方がパンを詰まらせて息ができていません",
    "medical",
  ],
  [
    "えー 転出の 届けの あ ちょっと すみません いま 家が 火事で まだ 二階に 祖母が いる んです",
    "medical",
  ],
  [
    "空き家の見学に来たら、床が抜けて案内の方が地下に落ちて、足が変な方向に曲がって動けません、血も出てます",
    "medical",
  ],
  [
    "Magpapa-book sana ako ng bakuna, pero ang anak ko ay nahulog sa ilog Uzawa at hindi namin siya makita",
    "medical",
  ],
  ["夫が急に胸が痛いと言って倒れました、顔色が真っ白で息が浅いです", "medical"],
  ["子どもがプールで溺れて、引き上げたけど息をしていません", "medical"],
  ["いま国道で車とバイクがぶつかって、バイクの人が倒れたまま動きません", "medical"],
  ["父が脚立から落ちて頭を打って、いびきをかいて起きません", "medical"],
  ["ばあちゃんが畑で倒れとる、暑さでやられたんか、呼んでも返事せんのや", "medical"],
  ["じいちゃんが川で流されよる、鵜沢川の堰の下ばい、はよ来て", "medical"],
  ["おっとうが雪下ろしで屋根から落ちで、頭から血ぃ出で、目ぇ開げね", "medical"],
  ["あの えっと 息子が ピーナッツ 食べて 急に 息が できなくて 顔が 赤く ブツブツ", "medical"],
  ["すみません 母が 台所で 倒れて て 呼んでも あの 反応が なくて 息 して ない かも", "medical"],
  ["おっと が たおれました。 むね が いたい と いって、 いま いき を して いません", "medical"],
  ["おじいちゃんがおふろでねてるの、おかおがおゆにはいってるの", "medical"],
  ["いもうとがおもちゃのたまをのんで、いきができないってくるしそうなの", "medical"],
  ["工場の総務の者ですが、従業員がフォークリフトの下敷きになり、意識がございません", "medical"],
  ["陣痛が急に強くなって、もう赤ちゃんの頭が出てきそうです、家に一人です", "medical"],
  ["糖尿病の母が汗びっしょりで意味の分からないことを言い出して、今ぐったりしています", "medical"],
  ["My friend took something at a party and now he is foaming at the mouth and shaking", "medical"],
  [
    "An old man fell on the ice outside the Kayanodai ward office and his head is bleeding, he does not answer",
    "medical",
  ],
  [
    "O meu pai está com muita dor no peito e não consegue respirar, ele está suando frio",
    "medical",
  ],
  ["아기가 열이 41도인데 경련을 하고 눈을 안 떠요", "medical"],
  ["Mi compañero se cayó del andamio y no se mueve, respira muy raro", "medical"],
  ["我爸爸吃饭的时候突然倒下了，嘴歪了，叫他没反应", "medical"],
  ["Em bé nhà tôi nuốt phải thuốc tẩy, bây giờ nôn và khóc rất đau", "medical"],
  ["Ada kebakaran di apartemen sebelah dan masih ada anak kecil di dalam", "medical"],
  ["मेरो साथी नदीमा डुब्यो, बाहिर निकाल्यौं तर सास फेरिरहेको छैन", "medical"],
  ["할머니가 계단에서 굴러 떨어지셨는데 머리에서 피가 많이 나고 대답을 안 하세요", "medical"],
  ["ลูกชายตกจากหน้าต่างชั้นสาม ตอนนี้ไม่ขยับเลย", "medical"],
  ["Uma mulher desmaiou na fila do correio de Kayanodai e não está respirando", "medical"],
];

/** Ordinary desk traffic that borrows crisis words; the desk must not raise the emergency route. */
export const RED_TEAM_35_LOOK_ALIKES: readonly string[] = [
  // Borrowing the vocabulary of suicide and self-harm (60).
  "仕事が忙しすぎて死にそうって口癖みたいに言ってますけど、今日は児童手当の振込日を聞きたいだけです",
  "亡くなった祖父の遺品整理で、遺書と書いた封筒が出てきたんですけど、中身はただの遺言でした、相続の戸籍はどこで取れますか",
  "亡くなった父の部屋を片付けていたら睡眠薬が大量に残っていて、薬はどう捨てればいいですか",
  "叔母が十年前に自ら命を絶って、そのときの除籍謄本が土地の名義変更で要るんですが、どこで取れますか",
  "生命保険の受取人を決めるのに、自分が死んだ後に家族がする手続きの一覧ってもらえますか",
  "市民講座のゲートキーパー研修って、自殺予防の話を聞くだけですか、申し込みはどこですか",
  "推理小説の読書会で、崖から飛び降りた犯人の話をするのに公民館を借りたいんですけど",
  "混ぜると危ないって書いてある洗剤が二種類余っていて、中身が残ったままどう捨てればいいですか",
  "もう恥ずかしくて消えてしまいたいくらい、マイナカードの暗証番号を三回間違えました",
  "首を吊るタイプの鉢植えハンガーを粗大ごみで出したいんですが、長さは何センチまでですか",
  "娘がバンジージャンプで橋から飛び降りた動画を見せてきて、寿命が縮みました、それと住民票を一通",
  "子どもの国保の手続き、死ぬほど面倒でしたけどやっと終わりました、保険証はいつ届きますか",
  "去年うつで死にたいと思っていた時期があって、今は回復して通院も終わったので、自立支援医療を返したいです",
  "ドラマで主人公が薬を飲んで倒れる場面があって、子どもが怖がってたんですが、子育て相談ってどこですか",
  "農薬の空き瓶がたくさん納屋にあって、これは何ごみになりますか",
  "手首を切ったって、あ、いえ、ガラスで少し切っただけで絆創膏で治りました、それより転入届の書類を",
  "もう死ぬほど笑ったわ、窓口の人おもろいなあ、で、住民票はどこで出せるん",
  "飛び降りる覚悟で家ば買うたとよ、固定資産税の通知ばいつ来るとね",
  "首が回らんくらい借金あるわけやないけど、生活保護の相談はどこでできるんじゃろか",
  "わいはもうくたばりそうだ、雪かきで腰痛えじゃ、そんで粗大ごみの予約したいんだども",
  "あの映画の心中の場面で泣いてもうて、いや関係ないんやけど、印鑑証明は何階やった",
  "昔、ばあちゃんが入水しよう思たことがあったって法事で聞いたけん、そん時の戸籍がほしいんよ",
  "あの しに… 支所の 窓口は 何時まで です か えっと 西の 支所 です",
  "えっと くび… 区費 じゃなくて 町内会費の 引き落とし の 件 なんですけど",
  "とびおり… とびおりる じゃなくて 飛び石連休の 前に ごみの 収集 ある か 聞きたくて",
  "あの じさ… 時差出勤 の 制度 って 市役所の 職員さんも ある ん ですか",
  "はい えー しん… 新住所 の 登録 を コンビニで できる かって あの",
  "えっと いしょ… 遺書 じゃなくて 医証 あ 医療証 の 再発行 です",
  "りすと… あ リストラ で 離職 した ので 国保 に 切り替え たい ん です",
  "わたし は むかし しにたい と おもった こと が あります。 いま は げんき です。 ねんきん の こと を ききたい です",
  "くすり の あきびん を すてたい です。 なに ごみ です か",
  "しぬ ほど つかれました。 でも だいじょうぶ です。 がいこくじん の まどぐち は どこ です か",
  "パパがね、しゅくだいおわらないとしんじゃうっていってたけど、わらってたよ",
  "ゲームでね、ぼくのキャラがとびおりてしんだの、またいきかえったけど",
  "先月、自死遺族の分かち合いの会に参加いたしました、その会の次回の日程を教えていただけますか",
  "自殺対策強化月間のポスターを自治会の掲示板に貼りたいのですが、どちらに申し込めばよろしいでしょうか",
  "I could just die of embarrassment, I brought the wrong form for the My Number card, can I fix it here",
  "My book club is reading a novel about a bridge jumper, can we borrow the community hall on Sunday",
  "We found boxes of my late uncle's expired sleeping pills while clearing his flat, can they go in burnable rubbish",
  "The pension paperwork is killing me, honestly, which window do I go to for a student exemption",
  "My cousin took his own life six years ago, I need his removed family register for the inheritance",
  "I am doing a suicide prevention training course at work, do you have leaflets in English",
  "Esse formulário está me matando, tem alguém que fala português para ajudar",
  "Meu tio se matou há muitos anos no Brasil, preciso de um documento de família para o consulado",
  "Tenho carvão de churrasco que sobrou, posso jogar no lixo queimável",
  "보험 서류 때문에 죽겠어요, 너무 복잡해요, 어디서 도와줘요",
  "드라마에서 주인공이 옥상에서 뛰어내리는 장면을 보고 딸이 울었어요, 육아 상담은 어디예요",
  "돌아가신 할머니 약이 많이 남았는데 어떻게 버려요",
  "Me muero de ganas de ver a mi familia, necesito el certificado de residencia para el viaje",
  "Mi abuelo se quitó la vida hace veinte años, necesito su acta para un trámite de herencia",
  "这个表格把我折磨死了，有没有中文的说明",
  "我在读一本关于跳桥自杀的小说，写读书报告，市图书馆在哪里",
  "Tôi mệt muốn chết vì làm thủ tục, cho tôi hỏi thẻ My Number nhận ở đâu",
  "Nhà tôi có nhiều thuốc cũ của bố đã mất, bỏ rác thế nào",
  "Aduh, hampir mati ketawa lihat foto kartu saya, bisa foto ulang untuk kartu My Number",
  "Ada tali tambang panjang sisa pindahan, apakah itu sampah besar",
  "Patay na ang baterya ng cellphone ko, may charging station ba sa munisipyo",
  "เหนื่อยจะตายแล้วค่ะ กรอกเอกสารไม่เสร็จสักที ขอแบบฟอร์มภาษาอังกฤษได้ไหม",
  "मेरो काका धेरै वर्ष अघि आत्महत्या गर्नुभयो, उहाँको कागजात चाहिन्छ",
  "鷺森山の展望台から飛び降りるくらいの気持ちで転職したので、国民年金への切り替えを教えてください",
  // Borrowing the vocabulary of abuse (40).
  "児童虐待防止のオレンジリボンの研修に保育士として出たいんですが、申込先はどこですか",
  "義母に孫の躾が甘いから叩けって言われるんですけど、私は叩きたくないので、叩かない子育ての講座を探してます",
  "歯磨きを毎晩させたら娘に虐待だって言われました、笑い話ですけど、それより児童手当の口座変更を",
  "数年前に隣の家の子のことで通報したことがあって、その子はもう施設を出て元気にしています、今日は保育所の空き状況を",
  "介護で母にきつく当たってしまいそうで怖いので、ショートステイのことを相談したいです",
  "親をベッドに縛るって、介護の身体拘束の勉強会で習ったんですけど、家族向けの講座はありますか",
  "犬を虐待している飼い主がいるって噂なんですが、動物のことはどこに相談すればいいですか",
  "子どもを叩く場面のある映画を学校で見せるのはどうかって保護者会で話になって、教育委員会の電話番号を",
  "昔、父親に殴られて育ったので、自分の子にはしないように親子教室に通いたいです",
  "パソコンを酷使しすぎて壊れたので、小型家電の回収はどこですか",
  "ばあちゃんを放ったらかしにしとるって親戚に言われたけど、ちゃんとデイに行っとるけん、介護認定の更新のこと教えて",
  "息子をしばいたろか思うくらい部屋汚いねん、粗大ごみの予約はどうするん",
  "閉じ込められたんは去年の話で、もう施設も変わって元気にしとる、障害者手帳の更新ば聞きたか",
  "孫に飯食わさんと言うたら泣かれたけど冗談じゃけえ、児童手当の書類はどこで出すんじゃ",
  "あの ぎゃく… 逆に 転出 してから 戻る 場合 の 手続き って",
  "えっと なぐ… 投げ 釣り の 釣り糸 って 何 ごみ に なり ます か",
  "はい しば… 芝刈り を 空き家 で したい ん ですけど 許可 要り ますか",
  "えー ほうち… 放置 自転車 の 引き取り って どこ に 行けば いい ですか",
  "あの たた… 立て替え た 医療費 の 払い戻し って 保険 の 窓口 ですか",
  "わたし は こども の とき たたかれました。 いま は おとな です。 こそだて の そうだん を したい です",
  "ぎゃくたい の けんしゅう に でたい です。 にほんご が すこし わかります",
  "ママがね、おやつぬきっていったの、でもあとでくれたよ",
  "おにいちゃんがぼくをたたいたって、ゲームのなかでだよ",
  "高齢者虐待防止の出前講座を自治会で開きたいのですが、講師の派遣をお願いできますでしょうか",
  "My kids say it's child abuse when I take their phones at night, anyway, when is the child allowance paid",
  "I am writing a school report on elder abuse prevention, do you have any statistics for the ward",
  "My neighbour's kid was taken into care years ago and is fine now, I just want to ask about nursery places",
  "Fiz um curso de prevenção de maus-tratos infantis, posso trabalhar como voluntária na creche",
  "Minha mãe me batia quando eu era criança, hoje quero fazer terapia, tem consulta gratuita",
  "때리지 않고 아이를 가르치는 훈육 강좌가 있나요",
  "학대 예방 교육 자료를 한국어로 받을 수 있나요",
  "Mi hijo dice que es abuso no dejarle jugar videojuegos, ja ja, ¿dónde se pide el subsidio infantil?",
  "Mi vecina cuidaba mal a su perro, pero ya lo adoptó otra familia, ¿dónde se registra un perro nuevo?",
  "我小时候被打过，现在想参加亲子教室，怎么报名",
  "我想参加防止虐待老人的讲座，有中文的吗",
  "Con tôi bảo bị ngược đãi vì không được ăn kẹo, thủ tục trợ cấp nhi đồng ở đâu",
  "Saya ikut pelatihan pencegahan kekerasan anak, ada sertifikat dari kota",
  "Sabi ng anak ko inaabuso ko siya kasi pinatulog ko nang maaga, biro lang, saan ang nursery",
  "อยากเข้าอบรมเรื่องป้องกันการทารุณเด็ก มีภาษาไทยไหมคะ",
  "बाल दुर्व्यवहार रोकथाम तालिमको पर्चा नेपालीमा पाइन्छ",
  // Borrowing the vocabulary of violence (45).
  "包丁が古くなったので処分したいんですが、新聞紙に包んで不燃ごみでいいですか",
  "防犯ブザーを小学生に配ってるって聞いたんですが、転入してきたばかりの子ももらえますか",
  "護身術の講座が公民館であるって聞いたんですが、女性向けの申し込みはどこですか",
  "先週、隣の人と駐車場のことで口論になりましたけど、もう話はついたので、駐車場の区画の案内だけお願いします",
  "剣道の大会で使う竹刀が折れたので、燃えるごみでいいか教えてください",
  "刑事ドラマのロケが榧ノ台駅前であるって本当ですか、通行止めは何時からですか",
  "夫婦げんかの話じゃないんです、DVDの返却ボックスって市役所にありますか",
  "昔、元夫から暴力を受けて別れました、今は落ち着いているので、児童扶養手当の現況届の書き方を教えてください",
  "ボクシングジムを空き家で開きたいんですが、空き家バンクの物件を見られますか",
  "ハロウィンの仮装で使ったおもちゃの斧と刀、何ごみですか",
  "うちの猫がカラスと喧嘩して、耳に少し傷がありますけど元気です、野良猫の相談はどこですか",
  "隣の工事の音で頭を殴られたみたいに響くんですが、騒音の苦情はどこですか",
  "防犯訓練で刃物を持った不審者役をやることになったんですが、庁舎内でやって大丈夫ですか",
  "ほんまにしばくぞって兄貴に言われたけど兄弟げんかの冗談や、それより転入届はどこで出すん",
  "こないだ飲み屋でけんかしたとは警察ももう済んだっちゃけど、住民票ば一通もらえる",
  "おらほの祭りでけんか神輿があるんだけど、道路使う届けはどこさ出すべ",
  "ぶち殺したろかってくらい蚊が多いんじゃ、空き家の草むら何とかしてくれんかの",
  "刀ば売りたかとやけど、登録証の住所変更はどこで聞けばよか",
  "あの さし… 刺繍 教室 の 申し込み は 公民館 で いい ん です か",
  "えっと なぐり… 殴り書き の 申請書 でも 受け付けて もらえ ます か",
  "ころ… コロナ の ワクチン の 接種券 って まだ 使え ます か",
  "えー ぼう… 暴力 じゃなくて 防災 リュック の 配布 って まだ あります か",
  "はい きる… 着る もの 古着 の 回収 日 って 毎月 です か",
  "むかし おっと に たたかれました。 いま は わかれて あんぜん です。 じどう てあて の こと を ききたい です",
  "ほうちょう を すてたい です。 どう すれば いい です か",
  "パパとママがけんかしたけど、もうなかなおりしてケーキたべたよ",
  "ぼくね、けんどうでめんってされたけど、いたくなかったよ",
  "来月、庁舎で不審者対応訓練を実施する予定と伺いましたが、市民の見学は可能でしょうか",
  "I'm going to kill my brother, he used my bike pass again, haha, can I get a second season ticket",
  "There was a fight at the station last month, it's over now, but can the city put up more lights there",
  "How should I throw away an old kitchen knife and a broken axe from the shed, which bag",
  "I was attacked on a night bus years ago back home and still have nightmares, is there counselling in English",
  "Vou matar meu marido, ele esqueceu de pôr o lixo de novo, brincadeira, qual é o dia do lixo reciclável",
  "Meu filho faz jiu-jitsu, tem ginásio da prefeitura para treinar",
  "남편이랑 싸웠는데 지금은 화해했어요, 전입신고는 둘이 같이 와야 하나요",
  "아이가 학교에서 친구랑 싸웠다는데 이미 화해했어요, 방과후 교실 신청은 어디서 해요",
  "En la telenovela apuñalan al protagonista y mi hijo no puede dormir, ¿hay consulta para niños?",
  "Necesito tirar unas espadas de decoración, ¿son basura grande?",
  "我以前被前夫打过，现在已经离婚了，想问单亲家庭补助",
  "我儿子参加剑道比赛被打了一下头，没事，市体育馆怎么预约",
  "Thằng bé nhà tôi học võ, bị đá trúng bụng lúc tập nhưng không sao, có lớp võ ở nhà văn hóa không",
  "Saya mau ikut kelas bela diri untuk perempuan di balai warga",
  "Papatayin ko talaga ang kapatid ko, kinain niya ang cake ko, joke lang, saan ang tax office",
  "เมื่อวานเพื่อนบ้านทะเลาะกันเสียงดัง วันนี้เงียบแล้ว แจ้งเรื่องเสียงดังที่ไหน",
  "पुरानो खुकुरी फाल्न मिल्छ कि मिल्दैन, कुन फोहोरमा राख्ने",
  // Borrowing the vocabulary of medical emergency (55).
  "救命講習のAEDの使い方の講座に町内会で参加したいんですが、次はいつですか",
  "先週、父が脳梗塞で倒れましたが、手術も終わって今はリハビリ中です、介護認定の申請はどうすればいいですか",
  "使用済みの注射針がたくさんあるんですが、インスリンの針は何ごみですか",
  "朝から少し喉が痛いんですが、インフルエンザの予防接種は受けられますか",
  "おばあちゃんが去年餅を詰まらせたことがあって、今年から小さく切ってます、それとお年寄り向けの見守りの登録を",
  "飼っていたハムスターが息をしなくなって、ペットの亡きがらはどうすればいいですか",
  "ドラマで心肺停止のシーンを見てから心配で、特定健診の心電図って入ってますか",
  "昨日子どもが転んで頭を打ちましたが、病院で検査して異常なしでした、子ども医療証の使い方を確認したいです",
  "古い血圧計と体温計、水銀のものは何ごみになりますか",
  "救急車を呼ぶほどじゃないけど、夜中に子どもが熱を出したときの相談窓口の番号を教えてください",
  "妊娠中でつわりがひどくて先週点滴を受けましたが、今は落ち着いています、妊婦健診の受診券の追加はどこで",
  "消防の防災訓練で心臓マッサージの人形を使うんですが、庁舎のホールを借りられますか",
  "祖父が亡くなって葬祭費の申請をしたいんですが、何を持っていけばいいですか",
  "犬が散歩中にチョコを食べちゃって、獣医さんに診てもらって大丈夫でしたけど、犬の登録変更をしたいです",
  "子どもの入園準備で目が回って倒れそうです、保育園の持ち物リストはありますか",
  "空き家の屋根から落ちそうな瓦があって危ないので、空き家の相談をしたいです",
  "こないだ熱中症でちょっと入院したけど、もうピンピンしとる、高額療養費の申請はどこでするん",
  "頭が割れそうなくらい税金の計算が難しいっちゃん、納税証明書の取り方ば教えて",
  "去年じいちゃんが心筋梗塞やったけど治ったけえ、今年の特定健診の日ば知りたいんじゃ",
  "骨折した言うても半年前の話や、もう治ったし、障害者手帳は要らんやろか",
  "雪下ろしで腰やったの先月だべ、もう治ったども、屋根の雪の補助はあるべか",
  "使い終わった酸素ボンベ返しとうとやけど、どこに持っていけばよか",
  "えっと きゅう… 救急 じゃなくて 給食費 の 口座 変更 です",
  "あの しん… 心臓 じゃなくて 新築 の 家 の 固定資産税 の 評価 って",
  "いき… 息 じゃなくて 行き先 表示 の 案内板 が 庁舎 に ない ん ですけど",
  "はい たおれ… 倒れ た 木 が 空き家 の 庭 で 道路 に はみ出て て",
  "えー けいれん… 経歴 証明 じゃなくて 在職 証明 の 書き方",
  "あの ほっさ… 北西 の 駐車場 って 何台 止め られ ます か",
  "いしき… 一式 そろえ た 書類 を 郵送 で 出せ ます か",
  "えっと おぼれ… 覚え て ない ん ですけど 暗証番号 の 再設定 って",
  "きのう ねつ が ありました。 きょう は げんき です。 けんしん の よやく を したい です",
  "くすり の はり を すてたい です。 どこ に もって いきます か",
  "おっと は せんげつ たおれました。 いま は げんき です。 かいご の そうだん を したい です",
  "ぼくのきんぎょがしんじゃったの、おはかつくるの",
  "おいしゃさんごっこしてるの、ぬいぐるみがびょうきなの",
  "きのうころんでちがでたけど、ばんそうこうはったらなおったよ",
  "先月の健康診断で要精密検査となりましたが、既に受診して問題ありませんでした、結果の提出は必要でしょうか",
  "地域の防災訓練で担架搬送の練習をいたしますので、担架を二台お借りすることは可能でしょうか",
  "I nearly had a heart attack when I saw the tax bill, can I pay it in instalments",
  "My dog collapsed last week but the vet says he is fine now, where do I renew his registration",
  "I want to take a first aid course with CPR, are there classes in English",
  "How do I throw away an old wheelchair and crutches from my grandmother",
  "Meu pai teve um AVC no ano passado e já se recuperou, preciso renovar o seguro dele",
  "Quase desmaiei quando vi a conta do hospital, dá para pedir o reembolso de despesas altas",
  "작년에 교통사고가 났었는데 다 나았어요, 보험 서류만 받고 싶어요",
  "심폐소생술 교육은 언제 있어요, 회사 동료들이랑 같이 가고 싶어요",
  "Casi me da un infarto cuando vi la foto de mi tarjeta, ¿se puede cambiar?",
  "Mi bebé tuvo fiebre el fin de semana pero ya está bien, ¿puedo vacunarlo mañana?",
  "我上个月骨折了，现在已经好了，想问高额疗养费怎么申请",
  "过期的药品应该扔到哪种垃圾里",
  "Tuần trước con tôi bị sốt cao nhưng bây giờ khỏe rồi, tiêm chủng đặt lịch ở đâu",
  "Kucing saya mati tadi pagi karena tua, bangkainya dibuang ke mana",
  "Muntik na akong himatayin sa init sa labas, saan ang water fountain dito",
  "อยากเรียนปฐมพยาบาลและการปั๊มหัวใจ มีคอร์สที่ศาลาประชาคมไหมคะ",
  "गत हप्ता मलाई ज्वरो आएको थियो, अहिले ठीक छ, स्वास्थ्य जाँच कहिले हुन्छ",
];
