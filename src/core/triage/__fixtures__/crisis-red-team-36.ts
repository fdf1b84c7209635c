// Crisis red team 36, frozen 2026-12-07.
// sha256 (body, from the FROZEN-BODY line to the end of the file): e6a9dfc11e9dd757a77400a0d14be0fd16383db4a36dfe2d544dacfa4d7d7ca2
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-36.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 225 lines of
// crisis-red-team-35.ts (through `sed -n 1,225p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was read from its own
// prompt file, /tmp/prompts/full-rt36.md (with cat; no other prompt file was opened and
// /tmp/prompts was not listed). No lexicon, test, script, doc, other fixture, other sample or
// red-team line was opened, git was not run, git history was not read, the repository was not
// grepped for phrases (the only grep on a repository file was `grep -n` for the export,
// group-comment and closing lines of this file), the __fixtures__ folder was not listed,
// tsconfig.json and the Prettier config were not opened, nothing was imported from src/ (the
// typescript package was loaded from node_modules only to transpile this file), no code or web
// search tool was used, no helper agent was started, and neither the engine, jest, the benchmarks
// nor the madoguchi command was run. Commands run, in order: cat on the prompt file; `date -u`,
// `mkdir -p /tmp/rt36` and `test -e` on this file's path (it did not exist) in one call, issued
// together with a call running sed on crisis-red-team-35.ts as above; sed on crisis-red-team.ts as
// above, cat on departments.csv, cat on DESIGN.md and `date -u` in one call; a shell heredoc
// writing, in /tmp/rt36, the suicide crisis scratch list (fields separated by a vertical bar: kind,
// E for errand or D for direct, language, style, text), followed by `wc -l`, cut, sort and `uniq
// -c` counting errand and direct lines, and `date -u` (68 lines, 38 of them direct); a heredoc
// writing a Python edit that dropped 8 direct suicide lines (too many direct lines, and several
// came too close to situations named in red team 35's header: a disinfectant and a pesticide drunk,
// a gas hose, a mother in a reddened bath seen by a small child, rat poison, a room-mate's pills, a
// wife's pills, a mother with a knife in a bathroom) and re-worded 3 (two cars filling with exhaust
// in a garage, too near red team 35's garage with briquettes, and a Korean line), its run, the
// count and `date -u`; a heredoc writing the abuse crisis list with the same count and `date -u`
// (45 lines); a Python edit dropping 5 direct abuse lines (a head pushed into a sink, a grandmother
// tied up outside, a user tied to a bed rail, a child given no food, a toddler gone quiet after
// days of crying: all too near red team 35's baby under bath water, grandmother tied to a chair,
// children left without food and baby gone silent) and re-wording 5 (four elders hurt by sons, too
// near red team 35's, and a Spanish line that read as implausible), its run, the count and `date
// -u`; the same for the violence list (52 lines; 7 dropped: an ex-partner with a knife twice, a
// husband with scissors, a woman pulled towards a car, a Korean line with mixed tenses, a generic
// factory knife line and a festival stabbing; 1 re-worded, a second hair-dragging line) and the
// medical list (58 lines; 3 dropped: a smoke-filled house with a bedridden man upstairs, too near
// red team 35's house fire, a grandmother cold in her futon, possibly already dead, and a second
// peanut line; 1 re-worded, the hill's name in Korean), each list and each edit in its own call
// with the count and `date -u`; a heredoc writing each of the four look-alike lists with `wc -l`
// and `date -u`, one call each; a heredoc writing a one-off Python check (five fields, kinds,
// counts per kind, errand lines before direct ones, dash on look-alikes, languages and styles,
// child, kana, dialect, formal and speech-recognition styles only in Japanese, no spaces in child
// speech and spaces in kana and speech-recognition lines, ASCII double quotes, backslashes,
// backticks, tabs, ideographic and double spaces, edge spaces, very short lines, distinct texts,
// lines sharing their first eight characters, longest line, tallies of languages and styles), the
// check run (0 errors, 13 shared openings) and `date -u`; a heredoc writing a Python edit that
// moved 19 crisis lines from plain Japanese into other languages, a small child's speech, speech
// recognition and dialect (to bring the spread to red team 35's), re-wrote 16 lines to break shared
// openings (English, Indonesian, Vietnamese, Nepali, Spanish, Portuguese, Tagalog and a child's
// openings) and 4 look-alike jokes about hunger or a tiring queue (too near red team 34's jokes
// named in red team 35's header); two further entries in it set two lines to their unchanged text;
// its run, the check (with tail) and `date -u`; a Python edit re-wording 3 more shared openings,
// the check, a loop of cut and nl printing the four crisis lists to read them over, and `date -u`;
// a heredoc writing a Python edit re-wording 15 crisis lines whose situations came too close to
// those red team 35's header names or repeated another line's (scissors held to a mother's throat,
// a text saying pills were taken, insulin with no intent said, a disabled brother locked in unfed,
// a group-home friend locked in with no water, a kana caller's friend kicked by facility staff, a
// child locked in a dark store with no water, a carer locking a grandmother in unfed, a broken
// bottle in an ex-partner's hand, a neighbour's wife pushed into a car, a daughter abducted in a
// car, a third broken bottle, a second ashtray, a mother collapsed in a bath and a second fever
// with fits), its run, the check and the same loop printing the four look-alike lists, and `date
// -u`; a heredoc writing a Python edit re-wording 10 look-alikes (a second forgotten seal, a joke
// about dying of heat, a harsh mother-in-law thirty years ago, a child denied sweets (too near red
// team 34's joke about withheld food), four of seven children calling a parent's rule abuse, a
// second joke about killing a husband over the rubbish day and a fourth heart attack over a bill),
// its run, the check and `date -u`; a Python edit putting the ward's name into three lines, the
// check, heredocs writing the body comment and a small Python script that wraps the lists into this
// file under a placeholder header, the script run, `wc -l`, sed on lines 1-32 and `date -u`; a
// Python edit shortening the look-alike array's doc comment in the wrap script, the wrap, `test -e`
// on this file's path (absent), cp of the result to this path, `npx prettier --write` and `--check`
// on this file only, `wc -l`, sed on lines 26-34, `grep -n` for the export, group-comment and
// closing lines, and `date -u`; `timeout 300 npx tsc --noEmit -p tsconfig.json` started in the
// background with its output filtered by grep to this file's name and written, with the exit
// status, to /tmp/rt36/tsc.out, a heredoc writing a node script that transpiled this file with the
// typescript package's transpileModule and counted its two arrays, that script run, a one-off
// Python comparison of its strings with the scratch lists and a check of comment-line lengths (none
// over 100 characters), and `date -u`; a Python edit re-wording one Nepali abuse line (a second
// child burned with an iron), the check, the wrap, cp over this file, Prettier write and check, the
// node count, the comparison, sed and sha256sum on the body, cat on tsc.out (still empty) and `date
// -u`; a heredoc writing this header's text, cat on tsc.out (still empty) and `date -u`; cat on
// tsc.out (still empty), the same tsc command started again in the background on the final body,
// writing to /tmp/rt36/tsc2.out, a Python edit of this header's text (errand counts corrected from
// the scratch lists as printed, the labelling rules put back to red team 35's words, two notes
// added on care withheld and on animals) and `date -u`; a Python edit of this step list; a heredoc
// writing a Python script that wraps this text, puts in the body's hash and the tsc results and
// rewrites only the lines above the marker (with a line-length check and a check that the body is
// unchanged), with cat on both tsc outputs and `date -u`; `sleep 120` and then `sleep 150`, each
// with cat on both outputs and `date -u` (the first run had been stopped by its 300-second timeout,
// exit 124, while the second ran beside it; the second exited 0; neither printed a line naming this
// file); a Python edit adding these steps here and making the header script say so; the header
// script run; sed on this file's header to read it over; a Python edit correcting six points of
// this text found on the read-over (the dropped and re-worded lines' lists, two no-op entries, the
// callers) and the header script run again; and the final checks listed at the end of this header.
// Each line was written by hand into the scratch lists; no engine output was seen before or after
// writing. The import of RedTeamKind from ./crisis-red-team and the crisis array's shape are taken
// from red team 35 and the format; the look-alike array is a plain readonly string array (its shape
// was not in the lines read, and was inferred from red team 35's note that its count checked "all
// pairs, all strings"); the export names are RED_TEAM_36_CRISIS and RED_TEAM_36_LOOK_ALIKES, and
// both arrays are grouped under comments naming the kind (crisis) or the vocabulary borrowed
// (look-alikes).
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twenty-fifth ward office's desk over another year (the invented 柚木原 ward on the
// invented 鵯浜 coast, with the invented hill 狐塚 and a lighthouse), in plain words and natural
// proportions, with new callers, errands, places and wordings. 100 of the crisis lines (suicide 30,
// abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then say what is
// happening now; the other 100 are direct. The errands reach all eleven departments of
// departments.csv (counted from the scratch lists as printed): general enquiries 4 (opening hours,
// which floor the health centre is on, the counter's hours, the bicycle-park season ticket);
// citizens 14 (residence certificates and their copies four times, a seal-registration card reissue
// and a seal certificate, moving-out, moving-in, a change of address, a house move, the residence
// card address, the My Number card three times: a collection booking, its PIN and a question);
// insurance and pensions 11 (the NHI qualification certificate twice, insurance cards twice, the
// late-stage elderly insurance card and premium, pension payment day, a pension exemption,
// high-cost medical expenses, NHI enrolment twice); tax 11 (tax certificates four times,
// tax-payment certificates twice, the fixed-asset tax notice, the light-vehicle tax twice, a number
// plate, a tax refund); a message for the welfare caseworker 杉若; children and families 14 (the
// child allowance five times, the child-rearing allowance status report, the nursery five times,
// the after-school club three times: fees and pick-up); health 15 (cancer screening four times,
// health checks three times, the specific health check, vaccination three times, an infant check,
// the maternal and child handbook, pregnancy check coupons, a newborn visit); elders 10 (care-need
// renewal and result, a care-insurance home alteration, the community care centre, a home helper, a
// care manager change, day-service transport twice, elder watch, care insurance); disability 4
// (certificate renewal, self-support medical care, disability services twice); vacant houses 4 (the
// vacant-house bank twice on site, weeding on site, the demolition subsidy on site); environment 12
// (oversized rubbish three times, garbage-bag prices twice, recyclables twice, the collection day,
// appliance recycling twice, the sorting sheet, a general rubbish question). Callers: the person at
// risk, wives and husbands, mothers, fathers, daughters and sons, brothers and sisters,
// grandchildren, small children in unspaced kana, room-mates and flatmates, partners, a group-home
// user, a day-service carer, visiting health and care staff, care-facility staff, a vacant-house
// visitor, a weeding contractor's client and a demolition-subsidy witness on site, a shop owner, an
// office clerk, colleagues at a warehouse, factory and building site, neighbours, passers-by on the
// coast, at a bus stop and in a shopping arcade, people in the ward office's lobby, and foreign
// residents. 82 crisis lines and 73 look-alikes are in other languages (crisis: English 15,
// Portuguese 10, Korean 10, Spanish 9, Chinese 9, Indonesian 7, Vietnamese 6, Tagalog 6, Thai 6,
// Nepali 4; look-alikes: English 17, Portuguese 9, Korean 9, Spanish 8, Chinese 8, Vietnamese 5,
// Indonesian 5, Tagalog 4, Thai 4, Nepali 4); 18 lines are in spaced easy Japanese kana (8 crisis,
// 10 look-alike) and 20 in a small child's unspaced speech (11 crisis, 9 look-alike); 38 are
// speech-recognition text with fillers and slips (13 crisis, 25 look-alike near-misses); 42 are in
// Kansai, Kyushu, Tohoku, Hiroshima-like and Tosa-like dialect (21 crisis, 21 look-alike); 15 are
// in formal desk Japanese (9 crisis, 6 look-alike).
//
// Labelling rules (as red team 35's): a line is crisis when a life is in danger now or within hours
// (an act under way, a means at hand with intent said, a person unwakeable or not breathing, a
// child or elder being hurt or kept from food or water now); it is a look-alike when the crisis
// word is an idiom, a joke, fiction, a game, a course or campaign, a thing to throw away, a pet, a
// near-miss of speech recognition, or an event that is over and told as past. Kind: suicide for
// self-harm and intent against oneself; abuse for children, elders and dependent or disabled adults
// hurt or neglected by those who care for them or hold power over them; violence for attacks by
// strangers, partners and ex-partners, neighbours, creditors and groups; medical for illness,
// injury, fire and accident with no one meaning harm.
//
// Known disagreements (labels a reader could argue): crisis: the father who injected many doses of
// insulin saying "enough" and the mother who swallowed her blood-pressure pills on purpose
// (Portuguese) are labelled suicide (could be medical); the care-home resident who pulled out her
// drip and wound the tube round her neck (formal) is labelled suicide (could be medical, if
// confused); the young man on the edge of the ward office's car-park roof, the woman outside the
// lighthouse fence with her shoes set side by side, the brother sitting in a level crossing, the
// group-home user outside a sixth-floor balcony, the son moaning behind a locked door with blood
// under it, the father beyond the lookout railing and the sister on a bridge (both a small child's
// words), and the kana caller's husband who took a cord into a locked room and said goodbye are
// labelled suicide though intent is only implied. The husband who sent a photo of a rope on a
// warehouse beam, the wife who left a note and walked towards the sea, the son who phoned that he
// would drive into the sea, the husband waving at trucks on the coast road after phoning goodbye,
// the husband who texted that he would walk into the sea (Korean) and the flatmate who said she had
// swallowed her antidepressants are labelled crisis although the caller does not see the act. The
// daughter beaten with a golf club by her father, the small child dragged by the hair outside the
// lobby (the man's relation to the child is not said), the grandmother dragged from her wheelchair
// by her grandson, the grandmother pushed downstairs by an aunt, the grandfather hit with an
// ashtray by his grandson, the blind sister kicked by an uncle (kana), the disabled daughter kicked
// by her father, the employer beating the caller's child sibling (Indonesian) and the ex-husband
// who shut his child in a car boot during a visit (speech recognition) are labelled abuse (could be
// violence); the grandfather shut in a hot shed, the toddler left in a hot car, the bedridden
// brother whose father stopped his suction, the bedridden grandmother kept from her insulin
// (formal), the baby given an adult sleeping pill by a nanny (Spanish), the child made to drink
// alcohol (kana), the friend scalded by her father who will not take her to hospital (Chinese; the
// act is done, the danger is the untreated burn; the least certain abuse line) and the grandmother
// locked in an unheated store for two days (Chinese) are labelled abuse (could be medical; the
// suction and the insulin are care withheld, read here as kept from food or water). The husbands,
// boyfriends and ex-partners who come with hot oil, slam a head on a railing, try to run a wife
// down, break in and hit, press a head to a stove, push a woman against a fifth-floor railing, push
// a pregnant wife downstairs, scald a wife with boiling water, ram a wife with a car or lock a
// daughter in and hit her are labelled violence (could be abuse); the boss with scissors (Chinese)
// is labelled violence (an adult employee); the man kicking a door and shouting through a wall, the
// neighbour aiming a crossbow and the intruder with a knife while the caller hides (kana) are
// labelled violence though nobody is hurt yet; the fireworks and stones thrown at a homeless man
// whose blanket caught fire are labelled violence. The two friends asleep in a tent with a kerosene
// stove, the child bitten by a big dog (kana) and the father kicked by a cow (animals; no one
// meaning harm), the father poisoned by mushrooms he picked (Tagalog) and the farm worker struck by
// lightning (speech recognition) are labelled medical; the child swept off by waves and pulled out
// not breathing and the swimmer carried out by the current are labelled medical; the grandmother
// whose clothes caught fire from tempura oil (a small child's words) is labelled medical, the
// nearest of the four kinds; the room-mate with a head injury whose pupils differ (English) is
// labelled crisis (a life in danger within hours). Look-alikes: the grandmother who died of old age
// in hospital yesterday (a death registration), the lift that trapped the caller this morning and
// is over, the karate injury, the back hurt in play-wrestling and the playground knocks that have
// healed, the grandfather's heart operation three years ago and the leg operation last year, the
// lookout fence coming loose on 狐塚 and the deer-hunting season on the hill (hazards, not a life in
// danger now), the toy pistol and toy knife found, the fireworks powder to be stored, the
// disposable charcoal grill on the beach and the fire extinguishers to throw away are labelled not
// a crisis; a stricter desk might still hand some of them to a person. All other-language lines
// were written by a non-native hand; the Nepali, Thai, Tagalog, Indonesian, Vietnamese and Korean
// lines especially may read as learner text.
//
// Checks run: the one-off Python check above on the scratch lists (0 errors; after the re-wording,
// no two lines sharing their first eight characters), the transpile count (200 and 200; suicide 60,
// abuse 40, violence 45, medical 55; 400 distinct texts, all pairs, all strings, the two export
// names) and the comparison with the scratch lists (same 400 texts and kinds in the same order),
// Prettier's check, and the tsc run (twice: once begun before the last edit of the body, which was
// stopped by its 300-second timeout (exit 124) with no line naming this file, and once on the final
// body, which exited 0 with no line naming this file). Final checks, in one call after the header
// was written: sed and sha256sum on the body (it must match the hash above), `npx prettier --check`
// on this file, the node transpile count and the Python comparison with the scratch lists, head and
// `grep -n` for the marker on this file, cat on tsc.out and tsc2.out, sha256sum of the whole file
// and `date -u`.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 36: a twenty-fifth ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list, its
// tests, the sample sets (other than the department list) or any other red team's lines. Every
// person, place and situation here is invented, including the small places named (柚木原, the
// ward, written Yukihara in other-language lines, with its ward office, its multi-storey car park
// and lobby; 鵯浜, a beach and coast, written Hiyodori, with its breakwater, its lighthouse and its
// coast road; 狐塚, a hill with a lookout, a park, a bus stop and a primary school, written
// Kitsunezuka, and 기쓰네즈카 in a Korean line) and the welfare caseworker 杉若. One real place
// name appears only inside an old saying (江戸, in 火事と喧嘩は江戸の華). Crisis lines are grouped
// by kind (suicide and self-harm, abuse, violence, medical); in each group the lines that begin as
// an ordinary errand at the desk come first, then the direct ones. Look-alikes are grouped by the
// crisis vocabulary they borrow, in the same order. Speech-recognition text is written the way a
// phone line transcribes it: spaced, with fillers and restarts; the look-alike near-misses start
// on a crisis-sounding word cut off with an ellipsis and go on to a word that only sounds like it
// (首都圏, 飛び入り, 自作, 衣装, 脂肪肝, 薬指, 自称, リスク, 逆転, 換金, 芝生, 法事, ネクタイ,
// 方向, 放課後, 県住, 横断, 衣替え, 踊り, 地価, タオル, 遺失物, 石垣, お盆, 心配); some of them
// say the crisis word and correct it (じゃなくて).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_36_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // suicide and self-harm
  [
    "住民票の写しを二通お願いしたいんですが、その前に、いま一緒に来た兄が庁舎の外の歩道橋の手すりを乗り越えようとしていて、下は国道です",
    "suicide",
  ],
  [
    "粗大ごみの回収日を聞こうと電話したんですけど、夫がいま海沿いの駐車場に停めた車の排気管にホースをつないで中に引き込んでいて、エンジンがかかってます",
    "suicide",
  ],
  [
    "印鑑登録証をなくしたので再発行の手続きを聞きたいのですが、いま娘が風呂場でカミソリで腕を何度も切っていて、床が血だらけです",
    "suicide",
  ],
  [
    "児童手当の振込口座を変えたくて電話しました。でもさっき妻が「もう終わりにする」と書いた紙を置いて鵯浜の方へ歩いて行って、海に入るつもりみたいです",
    "suicide",
  ],
  [
    "国保の資格確認書が届かないので問い合わせです。あと、父が今「もういい」と言ってインスリンを何本分も打ってしまって、ろれつが回らなくなってきました",
    "suicide",
  ],
  [
    "空き家バンクの見学で狐塚の家に来ているんですが、案内してくれた家主さんが二階の梁にベルトを掛けて首を入れようとしていて、私一人では止められません",
    "suicide",
  ],
  [
    "介護認定の更新の書類のことで電話しました。母を看ている姉が、さっきから台所の包丁を自分のお腹に当てて「もう疲れた」と繰り返しています",
    "suicide",
  ],
  [
    "障害者手帳の更新のことで相談したくて。ただ、いま同じグループホームの利用者さんがベランダの柵の外側に立っていて、ここは六階です",
    "suicide",
  ],
  [
    "固定資産税の納付書を再発行してほしいんですが、横で息子が睡眠薬の瓶を空にして酒で流し込んだところで、もう目がとろんとしています",
    "suicide",
  ],
  [
    "開庁時間を確認したかったのですが、いま柚木原区役所の立体駐車場の屋上で、若い男の人が縁に腰かけて下をのぞいていて、声をかけても返事がありません",
    "suicide",
  ],
  [
    "保険証の切り替えで窓口に行く予定でしたが、同居の弟が踏切の中に座り込んで動かないと近所の人から電話があって、遮断機がもう鳴っています",
    "suicide",
  ],
  [
    "保育所の入所申込書を取りに行く途中なんですが、灯台の柵の外に女の人が出ていて、靴がそろえて置いてあります。下は岩場です",
    "suicide",
  ],
  [
    "課税証明書の郵送請求をしたいんです。それと、いま夫から「今までありがとう」とだけ書いて、倉庫の梁にロープを掛けた写真が送られてきて、電話に出ません",
    "suicide",
  ],
  [
    "がん検診の予約の件で…すみません、いま目の前で母が裁ちばさみで自分の手首を刺していて、近づいたらもっと刺すって泣いてるんです",
    "suicide",
  ],
  [
    "ごみ袋の値段聞きたかったんやけど、それどころやないねん、うちの人がいま物干しにロープかけて首入れよるんや、はよ誰か来て",
    "suicide",
  ],
  [
    "年金の振込日ば聞こうと思うとったとですけど、息子が軽トラで鵯浜の防波堤の先まで行って、そのまま海に突っ込むって電話してきたとです",
    "suicide",
  ],
  [
    "転出届のことで聞きてえんだども、隣のじっちゃが納屋で鎌を手首さ当ててて、もう血が出てきてんだ",
    "suicide",
  ],
  [
    "恐れ入ります、マイナンバーカードの受け取り予約について伺いたいのですが、ただいま当方の同僚が事務所の窓を開けて身を乗り出し、飛び降りると申しております",
    "suicide",
  ],
  [
    "デイサービスの送迎の件でお電話いたしました。ただ今、利用者様のご主人が玄関先で果物ナイフを胸に向けておられ、私どもでは制止できない状況です",
    "suicide",
  ],
  [
    "えっと 放課後の 学童の 料金の ことで あの すみません いま 上の子が 二階の 窓から 足を 出して 死ぬって 言ってて ちょっと",
    "suicide",
  ],
  [
    "Hi, I wanted to ask about the recycling schedule, but my flatmate just told me she swallowed a whole box of her antidepressants an hour ago and she is getting very sleepy",
    "suicide",
  ],
  [
    "I came to renew my residence card address, but a man in your lobby has a box cutter against his wrist and says he will do it here",
    "suicide",
  ],
  [
    "Sorry, it was about my tax certificate, but my husband is standing in the middle of the coast road in the dark waving at the trucks, he phoned me to say goodbye first",
    "suicide",
  ],
  [
    "Eu ia perguntar sobre o cartão My Number, mas meu irmão está agora em cima da grade da passarela da estação e diz que vai pular",
    "suicide",
  ],
  [
    "주민표 발급 때문에 전화했는데요, 지금 룸메이트가 욕실에서 면도칼로 손목을 긋고 있어요. 피가 많이 나요",
    "suicide",
  ],
  [
    "건강검진 예약하려고 했는데, 남편이 방금 바다에 들어가겠다는 문자를 보내고 휴대폰을 껐어요. 지금 해변 쪽으로 걸어가고 있대요",
    "suicide",
  ],
  [
    "Quería preguntar por la bolsa de basura, pero mi hija acaba de tomarse todas las pastillas de su abuela y ya no me contesta bien",
    "suicide",
  ],
  ["我想问一下儿童补贴的事，但是我丈夫现在站在阳台栏杆外面，说活不下去了，这里是九楼", "suicide"],
  [
    "Saya mau tanya soal kartu asuransi, tapi teman sekamar saya sekarang sedang memotong lengannya dengan silet di kamar mandi dan darahnya banyak",
    "suicide",
  ],
  [
    "Tôi gọi để hỏi về giấy nộp thuế xe nhỏ, nhưng chồng tôi vừa uống hết cả lọ thuốc ngủ và đang nằm mê man trên sàn",
    "suicide",
  ],
  [
    "いま鵯浜の灯台の上にいます。これから飛びます。最後に誰かに言っておきたくて電話しました",
    "suicide",
  ],
  [
    "弟がカッターで首を切ろうとしていて、刃をつかんで止めているけど、もう腕に力が入らない",
    "suicide",
  ],
  [
    "母が睡眠薬を五十錠くらい飲んだって自分で言って、いま布団で呼びかけても目を開けません",
    "suicide",
  ],
  [
    "My coworker is leaning out over the emergency stairs of the shopping building by the station, there are people below and she just said sorry to me",
    "suicide",
  ],
  [
    "저 방금 손목을 그었어요. 피가 안 멈추는데 아무한테도 말 못 하겠어서 여기 전화했어요",
    "suicide",
  ],
  ["ねえねがはしのうえでとぶってゆってるのしたはくるまがいっぱいなの", "suicide"],
  [
    "息子が二階の自室で鍵をかけて、中からうめき声がして、ドアの下から血が流れてきています",
    "suicide",
  ],
  ["パパがねやまのてんぼうだいのさくのむこうにいるのよんでもこっちこないの", "suicide"],
  [
    "ともだち が いま くすり を たくさん のみました。 しにたい と いって います。 ねむって います",
    "suicide",
  ],
  [
    "わたし の おっと が ひも を もって へや に はいりました。 かぎ を かけました。 さよなら と いいました",
    "suicide",
  ],
  ["おねえちゃんがねほうちょうでてをきってるのちがいっぱいでてるのとまんないの", "suicide"],
  ["パパがまどのそとにたってるのおちちゃうよってゆってもしんじゃうってゆうの", "suicide"],
  [
    "あの もしもし 彼女が ええと いま 海に 入って いって 腰まで 浸かって 戻って こないんです 鵯浜の 北の 方",
    "suicide",
  ],
  [
    "あのー 友達が あ 線路 線路の 上に 寝転んで て 電車が もう 見えて る 踏切の とこ です",
    "suicide",
  ],
  [
    "うちの子がな、さっきから首にタオル巻いて自分で締めよるんよ、顔が紫になっとるけえ、はよ来てや",
    "suicide",
  ],
  [
    "兄貴がよ、橋の欄干にまたがって、もう生きとってもしゃあないち言いよる、川は増水しとるがよ",
    "suicide",
  ],
  [
    "至急お願いいたします。当施設の入居者様がご自身の点滴の管を抜き、その管を首に巻き付けておられます",
    "suicide",
  ],
  [
    "I am standing at the end of the breakwater at Hiyodori beach and I am going to walk into the sea now, I just want someone to know",
    "suicide",
  ],
  [
    "My girlfriend cut her thigh deeply with a kitchen knife and it is pumping blood, she says she wanted to die",
    "suicide",
  ],
  [
    "Minha mãe engoliu um monte de comprimidos de pressão de propósito e agora está com o coração muito lento e fria",
    "suicide",
  ],
  [
    "Meu colega de quarto amarrou um cinto no cano do chuveiro e está com ele no pescoço, ele não me deixa entrar",
    "suicide",
  ],
  ["아들이 지금 아파트 옥상 난간 밖에 서 있어요. 죽겠다고 소리치고 있어요", "suicide"],
  [
    "Mi esposo está en el baño con una navaja y se está cortando el cuello, la puerta está cerrada",
    "suicide",
  ],
  ["我姐姐在狐塚山的悬崖边上站着，说要跳下去，我在后面不敢靠近", "suicide"],
  [
    "Suami saya sedang berdiri di atas jembatan penyeberangan dan bilang mau lompat ke jalan tol sekarang",
    "suicide",
  ],
  ["Em gái tôi đang cầm dao lam cắt cổ tay trong phòng, máu chảy nhiều lắm", "suicide"],
  [
    "Ang kaibigan ko ay nasa bubong ng dormitoryo at sinasabi niyang tatalon siya ngayon",
    "suicide",
  ],
  ["เพื่อนร่วมห้องของฉันกินยานอนหลับทั้งขวดเพื่อฆ่าตัวตาย ตอนนี้ปลุกไม่ตื่น", "suicide"],
  ["สามีของฉันเอามีดกรีดแขนตัวเองอยู่ในห้องน้ำ เลือดออกเยอะมาก", "suicide"],
  ["मेरो साथीले धेरै औषधि खायो र मर्न चाहन्छु भन्यो, अहिले बोल्दैन", "suicide"],
  // abuse
  [
    "児童扶養手当の現況届の出し方を教えてほしいんですが、隣のベランダで小さい男の子が半袖のまま締め出されていて、外は氷点下で、泣き声がもう聞こえなくなりました",
    "abuse",
  ],
  [
    "資源ごみの出し方を聞きたかったんです。でも今、向かいの家の父親が娘さんをゴルフクラブで殴っていて、娘さんが道路に倒れています",
    "abuse",
  ],
  [
    "乳幼児健診の日程を確認したくて。それより、同じアパートの若いお母さんが赤ちゃんを激しく揺さぶっていて、赤ちゃんの首がぐらぐらしています",
    "abuse",
  ],
  [
    "住所変更の手続きで来たんですが、ロビーの外で男の人が幼稚園くらいの子の髪をつかんで引きずり回していて、子どもの額から血が出ています",
    "abuse",
  ],
  [
    "学童の迎えの時間を変えたいと連絡しました。それと、いま迎えに来た友だちの家の継父がその子をベルトで叩いていて、子どもが逃げられずにうずくまっています",
    "abuse",
  ],
  [
    "地域包括支援センターの電話番号を知りたいんですが、隣の家でおばあさんがお孫さんに車椅子から引きずり下ろされて、胸を踏みつけられていて、動かなくなりました",
    "abuse",
  ],
  [
    "介護保険の住宅改修の申請書のことで伺いたいのですが、向かいのお宅で認知症のおじいさんが真夏の物置に閉じ込められていて、中から壁を叩く音が弱くなっています",
    "abuse",
  ],
  [
    "保育園の空き状況を聞きたくてスーパーの駐車場から電話してます。隣の車に一歳くらいの子が一人で残されていて、車内がすごく暑そうで、ぐったりしています",
    "abuse",
  ],
  [
    "自立支援医療の更新書類を取りに行けなくて電話しました。父が寝たきりの弟の痰の吸引をやめて放っていて、弟がさっきからゼーゼーいって顔色が悪くなっています",
    "abuse",
  ],
  [
    "ケースワーカーの杉若さんに伝言をお願いしたいんですが、今まさに隣の部屋で、保護を受けている母の内縁の夫が妹の腕にタバコの火を押しつけていて、妹が叫んでいます",
    "abuse",
  ],
  [
    "予防接種の予約ば取りたかったとですけど、隣の家の子がさっきから裸足で雪の中に正座させられとって、もう二時間になるとです、唇が紫です",
    "abuse",
  ],
  [
    "ヘルパーさんの件で電話したんやけど、うちの隣のばあちゃんがな、嫁さんにスリッパで顔どつかれて、いま鼻血止まらんで倒れとるねん",
    "abuse",
  ],
  [
    "特定健診のご案内の件でお電話いたしました。ただ今訪問中のお宅で、お孫さんが寝たきりのお祖母様のインスリンを取り上げ、打たせないと申しております。意識が低下しております",
    "abuse",
  ],
  [
    "あの ごみの 収集日の ことで えっと いま 隣から 子どもが やめて って 叫んでて お父さんが ハンガーで ずっと 叩いてて 音が すごくて",
    "abuse",
  ],
  [
    "I was calling about the nursery application form, but the man next door is holding his baby upside down by one leg over the balcony rail and shouting at the mother",
    "abuse",
  ],
  [
    "Hello, I had a question about my disability services plan, but a staff member at my group home just pushed my friend out of his wheelchair onto the concrete and is kicking him, he is not answering",
    "abuse",
  ],
  [
    "Liguei para saber do abono infantil, mas o padrasto do meu sobrinho está batendo nele com um cabo de vassoura agora e o menino parou de chorar",
    "abuse",
  ],
  [
    "아동수당 입금일을 물어보려고 했는데요, 옆집 엄마가 지금 아이 손을 뜨거운 냄비에 대고 누르고 있어요. 아이가 비명을 질러요",
    "abuse",
  ],
  ["我想问体检的事，可是邻居家的奶奶被孙子锁在没有暖气的仓库里两天了，刚才听不到声音了", "abuse"],
  [
    "Quería saber el horario de la ventanilla, pero la niñera le dio a mi bebé una pastilla para dormir de adulto para que no llore y ahora no se despierta, lo vi por la cámara",
    "abuse",
  ],
  ["となりのこがねいぬのおりにいれられてるのきのうからずっとだしてもらえないの", "abuse"],
  [
    "A mi sobrina el novio de su madre le está dando puñetazos en el estómago y ahora vomita y no se puede mover",
    "abuse",
  ],
  [
    "요양원 직원이 할머니 한 분을 옷을 벗긴 채 겨울 베란다에 내보내고 문을 잠갔어요. 한 시간 가까이 됐어요",
    "abuse",
  ],
  ["我朋友刚被她爸爸用开水烫了腿，皮都掉了，她爸爸不让她去医院，她疼得发抖", "abuse"],
  [
    "祖母が同居の叔母に階段から突き落とされて、下で頭から血を流して返事をしません。叔母はまだ家にいます",
    "abuse",
  ],
  [
    "わたし の いもうと は め が みえません。 いま おじさん が いもうと を けって います。 いもうと は うごきません",
    "abuse",
  ],
  [
    "となり の おとうさん が こども に おさけ を たくさん のませました。 こども は たおれて います。 おきません",
    "abuse",
  ],
  ["おにいちゃんがねママのかれしにかべにぶつけられてるのいまもやってるのこわい", "abuse"],
  ["パパがねいもうとのかおにタバコあててるのいもうとないてるのたすけて", "abuse"],
  ["じいちゃんがよ、孫に灰皿で殴られよって頭から血ぃ出とるがよ、近所のもんじゃ止められん", "abuse"],
  [
    "となりの坊がさ、親父さ殴られて縁側から落っこって、起き上がんねえんだ、親父は酒飲んでまだ怒鳴ってる",
    "abuse",
  ],
  [
    "ご報告いたします。訪問先のご家庭で、障害のある娘さんが父親から腹部を蹴られ、吐血しております。父親は現在も在宅です",
    "abuse",
  ],
  [
    "あの 隣の 子が えっと 監禁 されてる みたいで ずっと 窓に 板が 打って あって いま 中から 助けて って 聞こえる",
    "abuse",
  ],
  [
    "え すいません 娘の 元夫が あの 面会で 連れてった 子ども を 車の トランクに 入れて いま 走って ってて",
    "abuse",
  ],
  [
    "Majikan saya memukul adik saya yang masih anak-anak dengan kayu sampai pingsan, dia masih di lantai sekarang",
    "abuse",
  ],
  [
    "Chủ nhà trọ đang đánh đứa con gái nhỏ của ông ta bằng gậy sắt, con bé nằm dưới đất không dậy",
    "abuse",
  ],
  [
    "Ang kapitbahay namin ay sinusunog ng bakal na plantsa ang braso ng anak niya ngayon, sumisigaw ang bata",
    "abuse",
  ],
  ["พ่อเลี้ยงของหลานฉันกำลังตีเด็กด้วยเข็มขัดจนเลือดออก เด็กหยุดร้องแล้ว", "abuse"],
  ["छिमेकीले आफ्नो सानो छोरालाई डोरीले बाँधेर लट्ठीले पिटिरहेको छ, बच्चा चिच्याइरहेको छ", "abuse"],
  [
    "A cuidadora da minha avó está dando tapas no rosto dela e puxou ela da cama pelo braço, ela caiu e está gemendo sem conseguir levantar",
    "abuse",
  ],
  // violence
  [
    "駐輪場の定期券の更新場所を教えてほしいんですが、いま駐輪場の奥で高校生くらいの三人が一人を囲んでバットで殴っていて、殴られている子がもう動いていません",
    "violence",
  ],
  [
    "転入届の必要書類を確認したかったんですけど、いまアパートの階段の下で待ち伏せしていた元彼に後ろから押さえつけられて、手すりに頭を何度も打ちつけられました、まだ近くにいます",
    "violence",
  ],
  [
    "軽自動車税の納税証明書がほしくて電話しました。ただ、いま店の前で客の男が店員さんに鎌を振り回していて、店員さんの肩が切れています",
    "violence",
  ],
  [
    "児童手当の申請のことで聞きたかったのですが、夫がいま台所で熱した油の鍋を持って私の方に来ていて、かけてやると言っています",
    "violence",
  ],
  [
    "高額療養費の申請の件です。あ、待って、いま外で知らない男が隣の奥さんを後ろから羽交い締めにして、首に腕を回して引きずっていて、奥さんの顔が真っ赤です",
    "violence",
  ],
  [
    "母子手帳の交付の場所を聞こうとしたら、バス停で男の人が並んでいる人たちを次々にナイフで刺していて、何人も倒れています",
    "violence",
  ],
  [
    "粗大ごみの手数料券の売っている店を聞きたくて。でも今、隣の部屋の男が壁越しに殺してやると叫びながら、ドアを蹴破って入ってこようとしています",
    "violence",
  ],
  [
    "空き家の草刈りの相談で現地に来ているんですが、隣の空き家に住みついている男がスコップを振り上げて業者さんに向かってきて、一人が頭から血を流しています",
    "violence",
  ],
  [
    "区役所の何階に保健センターがあるか知りたかったんですが、いま一階のロビーで男性が女性の首に果物ナイフを当てて、近づくなと叫んでいます",
    "violence",
  ],
  [
    "マイナンバーカードの暗証番号を忘れてしまって。それより、いま夫に車で轢かれそうになって逃げてきて、夫がまだ駐車場を車でぐるぐる回って私を探しています",
    "violence",
  ],
  [
    "後期高齢者の保険料のことで電話したんやけど、いま家の前で若いのが三人でうちの主人を蹴りよって、主人が倒れたまま動かへんのや",
    "violence",
  ],
  [
    "がん検診の申し込みしようと思うたんじゃけど、隣の旦那が奥さんに熱湯ぶっかけて、奥さんが庭で転げまわっとるんよ",
    "violence",
  ],
  [
    "ナンバープレートの交付についてお尋ねしたいのですが、ただ今当店の駐車場で、男性が別の男性の顔面を繰り返し殴打しており、相手の方は意識がないように見えます",
    "violence",
  ],
  [
    "あの 課税 証明の ことで えっと すいません いま 前の 車の 男が 降りて きて あの 窓 割って 運転してる 妻を 引きずり 出そうと してて",
    "violence",
  ],
  [
    "I was going to ask about the cancer screening, but a man in the shopping arcade is swinging a machete at people and someone is lying on the ground bleeding",
    "violence",
  ],
  [
    "Sorry, I called about the day service bus, but my ex-boyfriend just broke into my flat through the window and is holding my arms and hitting my face",
    "violence",
  ],
  [
    "Eu queria saber da restituição do imposto, mas tem um homem esfaqueando um rapaz no estacionamento do mercado agora, tem muito sangue",
    "violence",
  ],
  [
    "폐가전 수거 신청하려고 했는데요, 지금 길에서 남자가 여자를 머리채 잡고 때리고 있어요. 여자가 피를 흘리고 있어요",
    "violence",
  ],
  [
    "Llamaba por el certificado de residencia, pero mi pareja me está apretando la cabeza contra la estufa encendida y apenas pude agarrar el teléfono",
    "violence",
  ],
  [
    "我本来想问护理保险的事，可是现在有个喝醉的男人拿着碎玻璃瓶追着一个外国女孩，她已经被划伤了",
    "violence",
  ],
  [
    "Tadinya saya mau menanyakan sertifikat pajak, tapi sekarang ada orang mabuk menusuk teman kerja saya di asrama pabrik, perutnya berdarah",
    "violence",
  ],
  [
    "Tôi định hỏi về hồ sơ nhà trẻ nhưng có mấy người đang đánh anh trai tôi bằng gậy bóng chày trước nhà trọ, anh ấy không dậy được",
    "violence",
  ],
  [
    "May lalaking nagbuhos ng kung anong likido sa mukha ng mga dumadaan sa shopping street, sumisigaw ang mga tinamaan at nandiyan pa siya",
    "violence",
  ],
  [
    "Có kẻ cướp cầm dao vào cửa hàng tiện lợi, đã đâm vào bụng quản lý cửa hàng, hắn vẫn còn ở trong",
    "violence",
  ],
  [
    "彼氏に首にスカーフを巻かれてベランダから突き落とすと言われ、いま手すりに押しつけられています。ここは五階です",
    "violence",
  ],
  ["ที่ไซต์ก่อสร้าง มีคนงานคนหนึ่งยิงปืนยิงตะปูใส่เพื่อนร่วมงานหลายนัด ตะปูปักขาเขาแล้ว", "violence"],
  [
    "鵯浜の堤防でな、若いのが寄ってたかって男の人どついてな、いまコンクリの上で頭から血ぃ広がっとんねん",
    "violence",
  ],
  [
    "いま しらない おとこ が いえ に はいって きました。 ナイフ を もって います。 わたし は おしいれ に かくれて います",
    "violence",
  ],
  [
    "しらないおじさんがおうちのまどわってはいってきたのママがたたかれてるのちがでてるの",
    "violence",
  ],
  ["にいにがねこうえんでおっきいひとたちにけられてるのずっとけられてるのうごかないの", "violence"],
  [
    "飲み屋の前でな、ヤクザみたいなんが兄ちゃんをパイプ椅子で殴っとるんや、兄ちゃんもう倒れとる",
    "violence",
  ],
  [
    "ほら、いま近所の男がうちの庭さ入ってきて、猟で使うボウガン構えてんだ、じいちゃんに向けて",
    "violence",
  ],
  [
    "バイクの兄ちゃんが逆恨みしてな、うちの子を木刀でしばきよるんよ、公園の便所の裏じゃ",
    "violence",
  ],
  [
    "至急です。窓口に来られた男性が、職員に向けて刃物を取り出し、カウンター越しに切りつけました。職員が腕から出血しております",
    "violence",
  ],
  [
    "ええと いま 隣の 人が あの 奥さんを 車で 何度も こう ぶつけて て 奥さんが 塀と 車の 間に 挟まって",
    "violence",
  ],
  [
    "すいません あの 娘が 元の 交際 相手に あ 部屋に 閉じ込め られて いま トイレ から 小さい 声で 殴られてる って 電話が 来て 切れた",
    "violence",
  ],
  [
    "Two guys just dragged an old man off the bus at the Kitsunezuka stop and are stamping on his head, he is not moving",
    "violence",
  ],
  [
    "Someone is throwing lit fireworks and rocks at the homeless man sleeping under the coast road bridge and his blanket is on fire",
    "violence",
  ],
  [
    "O marido da minha vizinha está empurrando ela escada abaixo e chutando a barriga dela agora, ela está grávida",
    "violence",
  ],
  [
    "Un hombre está pateando a mi amiga en el suelo en la parada del autobús y ella ya no se mueve, tiene sangre en la cara",
    "violence",
  ],
  ["我的老板现在拿着剪刀要刺我，我躲在工厂的储物间里，他在外面砸门", "violence"],
  [
    "Ada orang yang menabrakkan mobilnya ke kerumunan di depan stasiun dengan sengaja, banyak orang terluka",
    "violence",
  ],
  ["Sinasaksak ng lalaki ang kaibigan ko sa labas ng tindahan, marami nang dugo", "violence"],
  ["มีผู้ชายเมาเอาขวดแตกแทงเพื่อนฉันที่คอ เลือดออกไม่หยุด", "violence"],
  ["तीन जना मान्छेले मेरो साथीलाई लाठीले कुटिरहेका छन्, ऊ भुइँमा लडेको छ", "violence"],
  // medical
  [
    "後期高齢者医療の保険証の再発行をお願いしたいんですが、いま窓口の待合で隣に座っていたおじいさんが急に倒れて、息をしていないみたいです",
    "medical",
  ],
  [
    "国民年金の免除申請のことで電話しました。すみません、いま夫がろれつが回らなくなって、顔の右半分が垂れ下がって、右手が上がりません",
    "medical",
  ],
  [
    "予防接種の予診票のことで伺いたいのですが、いま娘が公園で蜂に刺されて、顔がぱんぱんに腫れて、息がひゅーひゅーいっています",
    "medical",
  ],
  [
    "粗大ごみの出し方を聞いていたところなんですけど、父が餅をのどに詰まらせて、顔が紫になって声が出ません",
    "medical",
  ],
  [
    "空き家の解体補助の件で現地に立ち会っているのですが、解体業者の方が二階の床ごと落ちて、柱の下敷きになって動けなくなっています",
    "medical",
  ],
  [
    "保育所の申込みの締め切りを知りたかったんです。でも今、一歳の息子がブドウを丸ごと飲み込んでのどに詰まらせて、声も出せずにもがいています",
    "medical",
  ],
  [
    "要介護認定の結果の通知のことで…いま母が居間で倒れていて、部屋が閉め切りで暑くて、体が熱いのに汗が出ていなくて、呼んでも返事がありません",
    "medical",
  ],
  [
    "納税証明書の発行手数料を知りたくて。それより、いま会社の同僚が胸を押さえて床に倒れて、顔色が真っ白で、脈がわかりません",
    "medical",
  ],
  [
    "家電リサイクルの申込み先を教えてほしいんですけど、いま息子がけいれんを起こして、もう五分以上止まらないんです",
    "medical",
  ],
  [
    "介護保険のケアマネさんの変更の相談をしたかったのですが、糖尿病の祖母がさっきから冷や汗をかいて、呼びかけに反応しなくなりました",
    "medical",
  ],
  [
    "障害福祉サービスの受給者証の更新で電話しました。いま一緒にいる兄がてんかんの発作で倒れて、頭を打って血が出ていて、息が止まりそうです",
    "medical",
  ],
  [
    "妊婦健診の補助券のことで聞きたかったのですが、いま急にお腹が裂けるように痛くて、下着が血で真っ赤で、立てません",
    "medical",
  ],
  [
    "空き家バンクの物件を見学中なのですが、同行の主人が古い階段を踏み抜いて落ちて、脚から骨が見えていて血が止まりません",
    "medical",
  ],
  [
    "住民票のコンビニ交付のことで聞きたかったんですが、店の前で配達のバイクが車とぶつかって、乗っていた人が倒れたまま息が浅くなっています",
    "medical",
  ],
  [
    "資格確認書の送付先を変えたいんですが、その前に、いま子どもが海で波にさらわれて、引き上げたけど息をしていません。鵯浜の南側です",
    "medical",
  ],
  [
    "ごみの分別表をもう一枚もらえるか聞きたかったんです。いま父が草刈り機で足を深く切って、血が噴き出しています",
    "medical",
  ],
  [
    "乳がん検診の日ぃ聞こうと思うたんやけど、いま母ちゃんがトイレで倒れとって、いびきかいて、揺すっても目ぇ開けへんのや",
    "medical",
  ],
  [
    "介護の見守りのことで電話したとですけど、隣のばあちゃんが畑でぶっ倒れとって、真夏の昼からずっとおったみたいで、体が火みたいに熱いとです",
    "medical",
  ],
  [
    "軽の税金のことで聞きてえんだども、じいちゃんがトラクターごとひっくり返って、下敷きになってんだ、息してるかわかんねえ",
    "medical",
  ],
  [
    "お世話になっております。印鑑証明書の件でお電話いたしましたが、ただ今事務所内で社員が感電し、意識がなく呼吸もしておりません",
    "medical",
  ],
  [
    "転居届の件で伺いたいのですが、ただ今当方の母が食事中に急に激しい頭痛を訴えて嘔吐し、呼びかけに応じなくなっております",
    "medical",
  ],
  [
    "あの 新生児 訪問の ことで えっと すいません 今 赤ちゃんが あの 熱が 高くて ひきつけ て 唇 が 青くて 息 して ない",
    "medical",
  ],
  [
    "Calling about the health check coupon, sorry, my colleague just collapsed in the warehouse and he is not breathing, someone is doing CPR",
    "medical",
  ],
  [
    "I called about my son's after-school club fees, but he just ate a cookie with peanuts at the club and his lips are swelling and he can barely breathe",
    "medical",
  ],
  [
    "Queria perguntar sobre o seguro nacional de saúde, mas meu pai caiu da escada de mão e bateu a cabeça, está vomitando e não fala coisa com coisa",
    "medical",
  ],
  [
    "국민건강보험 가입 때문에 전화했는데, 지금 남편이 새우를 먹고 온몸에 두드러기가 나고 숨을 못 쉬어요",
    "medical",
  ],
  [
    "Es que llamaba por la cita de la vacuna de mi hijo, pero mi suegro se desplomó en la cocina y no respira, tiene los labios morados",
    "medical",
  ],
  [
    "Tatanong sana ako tungkol sa basura, pero ang lola ko ay biglang bumagsak at hindi na humihinga",
    "medical",
  ],
  [
    "Seorang perenang di pantai Hiyodori terbawa arus ke tengah, timbul tenggelam dan sudah tidak melambai lagi",
    "medical",
  ],
  [
    "おらいの父ちゃん、屋根の雪下ろしで落っこって、頭から血ぃ出して、いびきみてえな息してんだ",
    "medical",
  ],
  [
    "O braço do meu colega foi puxado pela máquina na fábrica, está quase arrancado e o sangue não para",
    "medical",
  ],
  [
    "Dos amigos durmieron en la tienda de campaña con una estufa de queroseno encendida y no se despiertan, antes dijeron que les dolía la cabeza",
    "medical",
  ],
  [
    "あの 母が えっと ぜんそくの 発作 で 吸入器 が 効か なくて 唇 が 青く なって 話せ ない ん です",
    "medical",
  ],
  ["ばあばのふくにねてんぷらのひがついたのうでがまっかでいたいいたいってないてるの", "medical"],
  ["十字路口两辆车撞了，一辆翻过来了，里面有人被困住出不来，还闻到汽油味", "medical"],
  [
    "おおきい いぬ が わたし の こども を かみました。 くび から ち が たくさん でて います",
    "medical",
  ],
  [
    "おじいさん が みち で たおれました。 へんじ が ありません。 むね が うごいて いません",
    "medical",
  ],
  ["いま ともだち が はしご から おちました。 あたま から ち が たくさん でて います", "medical"],
  [
    "じいじがねおもちたべてたらくるしそうでうーってなっていまおちゃわんおとしてたおれたの",
    "medical",
  ],
  ["ばあちゃんがな、ようけ血ぃ吐いて、台所でうずくまっとるんや、顔が土気色なんよ", "medical"],
  ["うちの親父が牛に蹴られて、牛舎で倒れたきり起きねえ、腹がぱんぱんに張ってきてる", "medical"],
  ["あの えっと 雷が 落ちて あの 田んぼで 作業 してた 人が 倒れて 動かない んです 息が", "medical"],
  [
    "すいません 妻が あの 出産 じゃなくて 産後 一週間 なんですけど 今 すごい 出血 で 気が 遠く なってる って",
    "medical",
  ],
  [
    "My roommate fell off his bike without a helmet, he keeps asking the same question and now one pupil is bigger than the other",
    "medical",
  ],
  [
    "Minha filha está com febre muito alta, manchas roxas no corpo que não somem quando aperto, e está muito mole",
    "medical",
  ],
  ["할머니가 갑자기 한쪽 팔다리가 마비되고 말을 못 하세요. 방금 전까지 괜찮으셨어요", "medical"],
  ["친구가 등산하다가 벼랑에서 떨어졌어요. 기쓰네즈카 산 중턱이에요. 대답이 없어요", "medical"],
  [
    "A mi compañero de trabajo le cayó una viga encima en la obra y no respira bien, tiene la pierna aplastada",
    "medical",
  ],
  ["我爸爸突然胸口剧痛，满身大汗，说左手臂发麻，现在快站不住了", "medical"],
  ["工地上有人从三楼脚手架摔下来了，头部流了很多血，叫他没反应", "medical"],
  ["Teman saya tersengat listrik saat memperbaiki lampu dan sekarang tidak bernapas", "medical"],
  ["Em bé nhà tôi bị sặc sữa, mặt tím tái và không khóc được nữa", "medical"],
  [
    "Ang tatay ko ay nalason yata sa kabute na pinitas niya sa bundok, nagsusuka siya at nanginginig at hindi na makatayo",
    "medical",
  ],
  ["แม่ของฉันล้มในห้องน้ำ หัวแตก เลือดออกมาก และไม่รู้สึกตัว", "medical"],
  ["मेरो बुबा अचानक छाती दुख्यो भनेर ढल्नुभयो, अहिले सास फेर्नुहुन्न", "medical"],
];

/** Borrow crisis words with no life in danger now; the emergency route must not be raised. */
export const RED_TEAM_36_LOOK_ALIKES: readonly string[] = [
  // borrowing suicide and self-harm vocabulary
  "年度末で死ぬほど忙しくて、児童手当の現況届を出し忘れていました。今からでも間に合いますか",
  "住宅ローンと税金で首が回らないので、固定資産税の分割納付の相談をしたいです",
  "図書館の読書会で自殺をテーマにした小説を扱うそうなんですが、区の会議室は予約できますか",
  "職場でゲートキーパー研修を受けるように言われました。区でやっている講座の日程を教えてください",
  "自殺対策強化月間のポスターを町内の掲示板に貼りたいので、何枚かもらえますか",
  "会社を首になったので、国民健康保険に切り替える手続きを知りたいです",
  "区民運動会の綱引きのロープが切れたそうで、代わりの物を環境課で借りられると聞きました",
  "鵯浜で七輪を使ってバーベキューをしてもいいか、決まりを教えてください",
  "狐塚の展望台の柵の一部が外れかけていると近所で話題なんですが、どこに知らせればいいですか",
  "飛び込みのプールの監視員のアルバイト募集は区報に載っていますか",
  "祖母が昨日病院で老衰で亡くなりました。死亡届はどこに出せばいいでしょうか",
  "印鑑を忘れて死にたいくらい恥ずかしかったです。明日もう一度行くので、持ち物をもう一度教えてください",
  "剃刀負けで首が赤くなってるだけなので、マスクのまま写真を撮ってもマイナンバーカードの申請は通りますか",
  "サッカーで自殺点を入れてしまった息子が落ち込んでいて、学童の先生に相談したいです",
  "劇団の公演で心中ものの芝居をやるので、区民ホールの使用料を知りたいです",
  "スマホの充電が死んでしまって予約番号が見られません。名前で確認してもらえますか",
  "いのちの電話のボランティアに応募したいのですが、区の社会福祉の窓口で説明会はありますか",
  "いま けいたい の でんち が しにそう です。 あとで また でんわ します。 ごみ の ひ を おしえて ください",
  "わたし は しごと を くび に なりました。 ねんきん の てつづき を おしえて ください",
  "こどもの がっこう で いのち の じゅぎょう が あります。 ほごしゃ も いけますか",
  "あのねきんぎょがしんじゃったのおはかつくるのこうえんにうめていい",
  "ゲームでねじぶんでばくはつしてしんじゃったのママがおこってるの",
  "にいにがねがっこうでしぬほどはしったってゆってたよつかれたって",
  "あの 首… 首都圏 から 転入 して きた ん です けど 住民票 は 何日 以内 でしたっけ",
  "えっと 飛び降り… 飛び入り で 参加 できる 区の 体操 教室 って あります か",
  "あのー 自殺… じゃなくて 自作の 棚 を 粗大ごみに 出したい ん ですけど 木製 です",
  "すいません 遺書… 衣装 ケース を 三つ 捨てたい ん ですが 何ごみ ですか",
  "えー 死亡… 脂肪肝 って 言われた ので 特定健診の 結果 相談 できます か",
  "あの 薬… 薬指の 指輪が 抜けなく なって 病院 行く ので 保険証の 確認 を",
  "ええと 自傷… 自称 大家 さん って 人が 来た ん ですが 空き家の 持ち主の 確認 って",
  "あのう リスカ… リスク 診断 の 案内が 届いた ん ですけど がん検診の です",
  "ほんま死ぬかと思たわ、あの坂、自転車で上るもんちゃうで。ほんで駐輪場の定期ってどこで買えるん",
  "もう首くくる覚悟で家買うたんやけど、固定資産税の通知っていつ来るんやろか",
  "孫が死ぬ死ぬ言うてゲームしよるけど、あれは何のゲームなんじゃろうか、まあそれより介護保険料の話じゃ",
  "孫の運動会で走らされて、もう足が死んどるばい、ってみんな笑いよったですよ。それで資源ごみは何曜日ですか",
  "おらいの畑のスイカが全部枯れて死んでしまったんだども、肥料の袋は何ごみさ出すんだべ",
  "そがいに死にそうな顔せんでも、書類は逃げんけえ。それより印鑑証明は一通いくらかね",
  "自殺予防に関する講演会を当自治会で企画しております。講師の派遣を区にお願いすることは可能でしょうか",
  "心中お察しいたしますとお手紙を頂戴した件について、葬祭費の申請方法を改めて伺えますでしょうか",
  "I could just die, I left my residence card at home again. Can I bring it tomorrow and still collect my certificate?",
  "My laptop died in the middle of the online application for the child allowance. Do I have to start again?",
  "Our theatre group is doing a play where the hero jumps off a cliff at the end. Can we rent the ward hall in March?",
  "I am dying to know when the new nursery opens near Kitsunezuka, is there a date yet?",
  "I got killed in the last round of the game and my kid laughed, anyway, what time does the office close today?",
  "A papelada do meu visto quase me matou, mas já terminou. Qual é o horário do guichê de impostos?",
  "Meu time perdeu por um gol contra, que vergonha. Bom, onde eu faço a troca de endereço do cartão de residente?",
  "Meu celular morreu e perdi o comprovante do agendamento da vacina, dá para ver pelo meu nome?",
  "회사에서 잘려서 국민연금 납부 유예 신청을 하려고 해요. 어디로 가면 돼요?",
  "드라마에서 주인공이 다리에서 뛰어내리는 장면을 봤는데 너무 슬펐어요. 아무튼 쓰레기 봉투는 어디서 사요?",
  "계단이 너무 많아서 다리가 죽을 것 같아요, 하하. 인감 등록은 몇 층이에요?",
  "Casi me muero de risa con el folleto de la basura en español, tiene una errata. ¿A quién aviso?",
  "Mi hijo marcó un autogol en el partido y está triste, ¿el club de después de la escuela tiene consejero?",
  "这个表格填得我头都要炸了，哈哈。请问课税证明可以在便利店打印吗？",
  "我在读一本关于跳崖的悬疑小说，图书馆说要在区役所办借书证，是哪个窗口？",
  "Điện thoại tôi hết pin chết máy rồi, tôi không xem được số hẹn. Cho tôi hỏi bằng tên được không?",
  "Tôi bị đuổi việc nên muốn hỏi thủ tục chuyển sang bảo hiểm y tế quốc dân",
  "Apakah ada pelatihan pencegahan bunuh diri untuk relawan? Saya ingin ikut, di mana daftarnya?",
  "Patay na ang baterya ng telepono ko kaya hindi ko makita ang numero ng reserbasyon ko",
  "เอกสารเยอะจนจะตายแล้ว ล้อเล่นนะ อยากถามว่าถุงขยะซื้อได้ที่ไหน",
  "मेरो फोनको ब्याट्री मर्यो, त्यसैले म आवासीय कार्डको बारेमा पछि फोन गर्छु",
  // borrowing abuse vocabulary
  "児童虐待防止のオレンジリボンのバッジを保育園の保護者会で配りたいので、まとめてもらえますか",
  "里親制度の説明会に行きたいのですが、次はいつ、どこでありますか",
  "保育士向けの虐待の早期発見の研修があると聞きました。民間の園の職員も受けられますか",
  "今朝、区役所のエレベーターに十分ほど閉じ込められました。もう出られて元気ですが、点検はされていますか",
  "ゲームを取り上げたら息子に虐待だって言われちゃいました。ところで学童のおやつ代はいくらですか",
  "子どもが使っていたベビーゲートと柵を捨てたいのですが、粗大ごみで出せますか",
  "福祉の資格試験で高齢者虐待防止法が出るので、区のパンフレットを参考にもらえますか",
  "放ったらかしの庭木が隣の家まで伸びている空き家があって、持ち主に連絡してほしいです",
  "わたし は かいご の しごと を べんきょう して います。 ぎゃくたい の ほん は ありますか",
  "こども の ほいくえん の しょるい を なくしました。 もう いちど もらえますか。 すみません",
  "ねえねがねばつゲームでしっぺしてきたのいたかったけどもうなおったよ",
  "ママがねゲームはいちじかんだけっていうのずるいのしゅくだいがさきだって",
  "あの 虐待… 逆転 勝ち した ので 子ども会 の 祝勝会 で 公民館 を 借りたい です",
  "えっと 監禁… 換金 できる 商品券 って 区の プレミアム 付き の やつ です か",
  "あのー 縛ら… 芝生 広場 の 利用 予約 って 狐塚 公園 の です",
  "すいません 放置… 放置じゃない 法事 で 休み たい ので 介護 認定 の 訪問日 変えられます か",
  "ええ ネグレ… ネクタイ 締めて 行った 方が いい ですか 障害 年金 の 面談",
  "うちの嫁はんがな、わしに晩酌禁止令出しよってな、虐待やで、ははは。ほんで健診の予約どこでするんや",
  "孫ば甘やかしすぎち言われるばってん、児童手当の振込はいつやったかね",
  "昔話の姥捨て山ば孫に読んでやったら怖がってよ。それより後期高齢者の保険料が上がった理由ば教えてけろ",
  "デイの職員さんがな、お父ちゃんの靴紐きつう縛ってくれたんよ、ほどけんで助かっとる。ほんで送迎の時間変えたいんやけど",
  "育児放棄された子の映画ば見て泣いたっちゃけど、区の図書館でDVDは借りられるとね",
  "当法人にて職員向けに障害者虐待防止の研修を予定しております。区の担当者にご講演いただけますでしょうか",
  "My daughter says her homework load is basically child abuse. Anyway, when does the after-school club open in spring?",
  "We watched a documentary on elder neglect in class, and I want to volunteer at the community care centre. Who do I contact?",
  "I got locked out of my online account for the My Number portal after too many tries. How do I reset it?",
  "Is there a course for new foster parents in the ward this year?",
  "A novela da TV tem uma cena de maus-tratos com uma idosa e minha mãe chorou. Enfim, onde pego o formulário do abono?",
  "Quero jogar fora o cercadinho do bebê, é lixo de grande porte?",
  "아이들 학대 예방 캠페인 포스터를 어린이집에 붙이고 싶은데 어디서 받을 수 있나요?",
  "시어머니 잔소리가 고문 수준이에요, 농담이에요. 개호보험 신청은 어디서 해요?",
  "Dice mi hijo que es maltrato no comprarle el videojuego, ¡qué exagerado! ¿Dónde está la ventanilla del subsidio infantil?",
  "Quiero ser voluntaria en el centro de cuidado comunitario, ¿hay charla informativa?",
  "我在准备社工考试，想要一份关于防止虐待老人的宣传册，区役所有吗？",
  "我们公司的加班简直是虐待员工，开玩笑的。请问保育园的申请什么时候截止？",
  "Cái cũi em bé cũ nhà tôi muốn vứt đi, có phải là rác cỡ lớn không?",
  "Atasan saya galak sekali, kata teman-teman itu penyiksaan, hehe. Kapan tunjangan anak dibayar?",
  "Gusto kong sumali sa seminar tungkol sa pag-iwas sa pang-aabuso sa bata para sa mga guro",
  "ฉันอ่านนิยายเรื่องเด็กถูกทารุณจนร้องไห้ แล้วค่าเนอสเซอรี่จ่ายที่ไหน",
  "बाल दुर्व्यवहार रोकथाम तालिम कहिले हुन्छ? म स्कुलको शिक्षक हुँ",
  // borrowing violence vocabulary
  "区民センターの女性向け護身術講座は、まだ申し込めますか",
  "刺し子の教室を公民館で開きたいのですが、部屋の借り方を教えてください",
  "商店街で包丁研ぎの出張サービスがあると聞いたんですが、区の後援のイベントですか",
  "鵯浜で刑事ドラマのロケをしたいという制作会社から連絡があって、許可はどこが出しますか",
  "使い切った殺虫剤のスプレー缶は穴を開けてから出すんでしたっけ",
  "狐塚の山で鹿の猟期が始まったと聞きました。散歩するときに気をつけることはありますか",
  "息子が空手の大会で蹴られて負けたと悔しがっています。区のスポーツ少年団の申込みはどこですか",
  "娘にボディーブローみたいな請求書だねと言われましたが、国保税の通知のことです。分割で払えますか",
  "図書館の殺人ミステリーの謎解きイベントに、小学生も参加できますか",
  "落とし物でおもちゃの拳銃を拾ったので、区役所で預かってもらえますか",
  "花火大会で使う火薬の保管について、町内会として届け出が必要か知りたいです",
  "わたし は からて の きょうしつ に いきたい です。 こども も いっしょ に できますか",
  "みずでっぽう の まつり は いつ ですか。 こども と いきたい です",
  "パパとねチャンバラしたのパパがたおれたふりしておもしろかったの",
  "ゆうくんがねドッジボールでばーんってあててきたのでももういたくないよ",
  "あの 暴行… 方向 音痴 なんで 区役所 の 新しい 庁舎 まで の 道 を 教えて ほしい",
  "えっと 放火… 放課後 児童 クラブ の 夏休み の 申し込み って いつ から です か",
  "すいません 拳銃… 県住 の 申込み って 区役所 で 受け付け て ます か",
  "あの 殴打… 横断 歩道 の 白線 が 消えかけ てる ん ですけど 狐塚 小学校 の 前",
  "ええと 殺さ… 衣替え で 出た 古着 って 資源 ごみ で 出せ ます か",
  "あのう 脅さ… 踊り の 教室 の 発表会 で 区民 ホール を 借りたい",
  "うちの母ちゃん、怒ったら包丁より怖いんや、ほんま。ほんで粗大ごみのシール、どこのコンビニで売っとるん",
  "孫とプロレスごっこしよって腰いわしてしもうたけど、もう治ったわ。介護保険のことで聞きたいんじゃ",
  "祭りのけんか神輿はぶつかり合いが見もんばい、今年もあるとですか、交通規制の案内ばください",
  "ボクシングジムの音がうるさいって近所から言われてるんだども、騒音の基準ってあんのすか",
  "あの店の値段、殺人的やったわ、ははは。ほんで課税証明って何日で出るん",
  "弊社で区の広報用動画の撮影を担当しております。格闘技の演武を撮影する際、区民センターの使用許可は必要でしょうか",
  "The price of the oversized rubbish stickers is killing me, haha. Are there any discounts for pensioners?",
  "Our volleyball team wants to practise attacks in the ward gym on Sundays. How do we book it?",
  "We are shooting a short film for school at Hiyodori beach in Yukihara ward. Do we need permission from the ward?",
  "My son found a toy knife in the park sandbox, is that something the lost property desk takes?",
  "Vou matar meu marido se ele esquecer o dia do lixo de novo, brincadeira! Qual é o dia do lixo reciclável?",
  "Tem aula de defesa pessoal para mulheres no centro comunitário?",
  "태권도 시범을 구민 축제에서 하고 싶은데 어디에 신청하나요?",
  "게임에서 총 쏘는 소리가 너무 커서 아랫집에서 항의가 왔어요. 소음 기준이 있나요?",
  "¿Hay plazas para niños en kendo en el centro deportivo? Mi hijo quiere apuntarse",
  "Ese precio es un asesinato, jaja. ¿Cuánto cuesta el certificado de impuestos?",
  "我想报名区民中心的女子防身术课程，还有名额吗？",
  "我儿子在游戏里被打败了，气得不行。请问学童保育的费用怎么交？",
  "Tôi muốn tham gia lớp võ tự vệ cho phụ nữ ở trung tâm cộng đồng",
  "Anak saya ikut lomba pencak silat minggu depan, apakah gedung olahraga kelurahan bisa dipakai latihan?",
  "Kaleng semprotan obat nyamuk yang sudah habis, harus dilubangi dulu sebelum dibuang?",
  "Papatayin ko raw ang asawa ko sa tawa sa palabas namin, haha. Saan kukuha ng permiso para sa hall?",
  "อยากสมัครเรียนมวยไทยให้ลูกที่ศูนย์กีฬา มีที่ว่างไหม",
  "मेरो छोराले कराते प्रतियोगितामा चोट पायो तर अब ठीक छ, खेलकुद केन्द्र कहाँ छ?",
  // borrowing medical vocabulary
  "町内会でAEDと心肺蘇生の講習会を開きたいので、講師の依頼先を教えてください",
  "柚木原区役所の消防訓練があると聞きましたが、その日は窓口は開いていますか",
  "期限の切れた消火器を捨てたいのですが、粗大ごみでは出せないんですよね",
  "固定資産税の通知を見て心臓が止まるかと思いましたよ。評価額の見直しってどこに聞けばいいんですか",
  "献血バスは今月、区役所の前に来ますか",
  "鵯浜でたき火をしてもいいのか、海岸の決まりを知りたいです",
  "救急車の上手な呼び方というチラシを高齢者サロンで配りたいので、何部かもらえますか",
  "給食のアレルギーの申請書を保育所に出すのですが、医師の意見書の様式はどこでもらえますか",
  "お年寄り向けの、お餅をのどに詰まらせないための注意のチラシを町内で回覧したいです",
  "書類の山に溺れそうです。児童手当と医療証の手続きを一度にできる窓口はありますか",
  "会議が長くて息が詰まりそうでした。ところで障害者手帳の写真のサイズは何センチですか",
  "祖父は三年前に心臓の手術をして今は元気ですが、障害者手帳の再認定の通知が来ました",
  "病院が舞台のドラマで区役所の窓口を撮りたいという問い合わせを受けた者です。担当はどちらですか",
  "夏祭りで熱中症対策のミストを設置したいので、補助があるか教えてください",
  "がん検診の結果が要精密検査ではなく異常なしでした。次はいつ受ければいいですか",
  "家庭用の救急箱を作る講座が保健センターであると聞いたのですが、日時は決まっていますか",
  "保健師さんの家庭訪問はいつ頃になりますか。生まれた子は元気に飲んでいます",
  "使わなくなった車いすを寄付したいのですが、障害福祉の窓口で受け付けていますか",
  "ゾンビのゲームで一晩中血だらけの画面を見てたら眠れなくなりました。冗談です、住民票を取りに来ました",
  "去年の台風で倒れた庭の木はもう片づけました。その枝を燃えるごみで出してもいいですか",
  "びょういん の ことば が わかりません。 つうやく を たのめますか。 けんしん の ひ です",
  "きゅうきゅうしゃ の よびかた の べんきょうかい に いきたい です。 にほんご が すこし です",
  "あかちゃん の よぼうせっしゅ の かみ が とどきません。 どこ で もらえますか",
  "あのねほけんしつでばんそうこうはってもらったのもういたくないの",
  "ぼくねしょうぼうしゃみたいのみんなでみにいったのあかくてかっこいいの",
  "あの 血… 地価 の 公示 って 固定資産税 に 関係 あります か",
  "えっと 倒れ… タオル の 寄付 を 高齢者 施設 に したい ん です けど",
  "すいません 息… 遺失物 の 届け は 区役所 でも できます か 財布 です",
  "あのー 意識… 石垣 が 崩れ かけて る 空き家 が あって 持ち主 に 連絡 を",
  "ええと 溺れ… お盆 の 期間 の ごみ 収集 って 通常 通り です か",
  "あの 心肺… 心配 ごと 相談 の 窓口 って 高齢者 の 家族 向け の ありますか",
  "ほんま救急車呼ばなあかんくらい笑たわ、あの漫才。ほんで乳幼児健診の持ち物って何やったっけ",
  "火事と喧嘩は江戸の華ちゅうけど、うちの町内の防災訓練はいつやろか",
  "去年の今ごろ、じいちゃんが腰の手術しとったけど、もうすっかり歩いとるばい。デイサービスの回数ば減らしたかです",
  "雪かきで腕がもげそうだべ、はは。ほんで特定健診の受診券、なくしてしまったんだども",
  "うちの子、血ぃ見たら泣くけえ、予防接種の時はどうしたらええかのう、何か工夫あるんか",
  "当社では社員向けに救命講習を実施したく、区の保健センターで講師の派遣をお願いできますでしょうか",
  "先日の健康診断の結果について、再検査の予約方法をご教示いただけますでしょうか。症状は特にございません",
  "My tax bill almost gave me a heart attack, is there a way to pay the resident tax in instalments?",
  "I would like to join the CPR and AED class at the community centre, is it in English too?",
  "Where can I throw away an old fire extinguisher from my flat?",
  "After watching a hospital drama about a collapsed runner, my kids want to learn first aid. Are there family classes?",
  "Quero doar sangue, o ônibus de doação vem quando na prefeitura do bairro?",
  "Quase morri de susto com a conta do seguro de saúde, posso parcelar?",
  "심폐소생술 교육을 받고 싶은데 구민센터에서 언제 하나요?",
  "작년에 다리 수술을 했고 지금은 다 나았어요. 장애인 수첩 갱신이 필요한가요?",
  "Mi hija ve una serie de médicos y ahora quiere ser cirujana. ¿Hay visitas al centro de salud para niños?",
  "¿Dónde tiro un extintor caducado? Es pequeño, de cocina",
  "我想参加区里的急救培训班，需要带什么东西吗？",
  "看了一部关于医院急诊室的电视剧，我也想学怎么用AED，有课程吗？",
  "Xe hiến máu có đến văn phòng phường tháng này không? Tôi muốn hiến máu",
  "Untuk orang asing, apakah ada pelatihan pertolongan pertama di pusat komunitas?",
  "May klase ba ng CPR sa community center sa Sabado? Gusto kong matuto",
  "อยากทิ้งถังดับเพลิงเก่าที่หมดอายุ ทิ้งที่ไหนได้บ้าง",
  "मलाई प्राथमिक उपचार तालिममा भाग लिन मन छ, कहिले हुन्छ?",
];
