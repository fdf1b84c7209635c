// Crisis red team 37, frozen 2026-12-07.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 042dc4f5ace6c89981c9b81ca2b764ed20232c28fbf618c57781c5924e39656a
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-37.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 246 lines of
// crisis-red-team-36.ts (through `sed -n 1,246p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was read from its own
// prompt file, /tmp/prompts/full-rt37.md (with cat; no other prompt file was opened and
// /tmp/prompts was not listed). No lexicon, test, script, doc, other fixture, other sample or
// red-team line was opened, git was not run, git history was not read, the repository was not
// grepped for phrases (the only grep on a repository file was `grep -n` for the export,
// group-comment and closing lines of this file, and grep filtering the tsc output to this file's
// name), the __fixtures__ folder was not listed, tsconfig.json and the Prettier config were not
// opened, nothing was imported from src/ (the typescript package was loaded from node_modules only
// to transpile this file), no code or web search tool was used, no helper agent was started, and
// neither the engine, jest, the benchmarks nor the madoguchi command was run. Commands run, in
// order: cat on the prompt file; `date -u`, `mkdir -p /tmp/rt37` and `test -e` on this file's path
// (it did not exist) in one call, issued together with a call running sed on crisis-red-team-36.ts
// as above; sed on crisis-red-team.ts as above, cat on departments.csv, cat on DESIGN.md and `date
// -u` in one call; a shell heredoc writing, in /tmp/rt37, the suicide crisis scratch list (fields
// separated by a vertical bar: kind, E for errand or D for direct, language, style, text), followed
// by `wc -l`, cut, sort and `uniq -c` counting errand and direct lines, and `date -u` (60 lines, 30
// of them direct); the same for the abuse crisis list (40 lines, 20 direct); a Python edit
// re-wording 4 abuse lines (a baby thrown to the floor in speech recognition, the same as a small
// child's line; a kana caller's friend pushed into a pond again and again, too near red team 35's
// baby under bath water and red team 36's dropped sink line; a child hung outside a balcony in
// speech recognition, the same as a Chinese line; an employer kicking his own child (Indonesian),
// too near red team 36's employer beating a child), with `wc -l` and `date -u`; a heredoc writing
// the violence list with the same counts and `date -u` (45 lines, 23 direct); a Python edit
// re-wording 2 violence lines (a Korean caller hiding from a boyfriend with a knife, too near red
// team 36's intruder with a knife while the caller hides; a Thai ex-partner's knife at the caller's
// throat, too near red team 36's dropped ex-partner knife lines) together with a heredoc writing
// the medical list, the counts and `date -u` (53 lines, 25 direct); a Python edit re-wording 2
// medical lines (a child who drank toilet cleaner (Vietnamese), too near the disinfectant named in
// red team 36's header, and a clumsy formal line) and adding 2 direct ones (Thai, Nepali), with the
// counts and `date -u` (55 lines); a heredoc writing the suicide look-alike list with `wc -l` and
// `date -u`; a Python edit re-wording one Nepali suicide look-alike (a third dead fish) together
// with a heredoc writing the abuse look-alike list, `wc -l` and `date -u`; a Python edit re-wording
// one abuse look-alike (a speech-recognition near-miss on 法事, a word in red team 36's list)
// together with a heredoc writing the violence look-alike list, `wc -l` and `date -u`; a Python
// edit re-wording 3 violence look-alikes (a muddled speech-recognition line and two of four insect
// bites) together with a heredoc writing the medical look-alike list, `wc -l` and `date -u`; a
// Python edit re-wording 8 medical look-alikes (a heart bypass, a heart operation and a cardiac
// catheter, too near red team 36's heart operation three years ago; a heart stopping at a tax bill,
// a heart attack over the rent and a fright at a queue, too near red team 36's heart attack over a
// bill and red team 34's tiring queue; a second 敬老会 near-miss; a third healed fracture), together
// with a heredoc writing a one-off Python check (five fields, kinds, counts per kind, errand lines
// before direct ones, dash on look-alikes, languages and styles, child, kana, dialect, formal and
// speech-recognition styles only in Japanese, no spaces in child speech and spaces in kana and
// speech-recognition lines, ASCII double quotes, backslashes, backticks, tabs, ideographic and
// double spaces, edge spaces, very short lines, distinct texts, lines sharing their first eight
// characters, longest line, tallies of languages and styles), the check run (1 error, an ASCII
// double quote round a game's name; 12 shared openings) and `date -u`; a heredoc writing a Python
// edit (a helper replacing the one row that holds a given substring, keeping its kind and errand
// field) with 30 entries: 16 crisis lines moved from other languages into Japanese (3 into a small
// child's speech, 4 into speech recognition, 2 into dialect, 1 into kana and 6 into plain Japanese,
// to bring the spread of languages to red team 36's), 4 crisis lines re-worded to break shared
// openings (Indonesian twice, Tagalog, Thai), and 10 look-alikes (3 Vietnamese and 1 Portuguese
// openings re-worded, 5 lines moved between languages to match red team 36's spread: one Portuguese
// into Tagalog, one English into Chinese, one into Nepali and two into Japanese, and the English
// line with the double quotes re-worded without them); its run, the check (with tail) and `date
// -u`; a Python edit re-wording 2 more shared openings, the check and a loop of grep and cut
// printing the errand lines of the four crisis lists to read them over, and `date -u`; a Python
// edit re-wording 6 crisis lines (an abuse errand line that said the caller had come to the office
// while standing at her parents' house; a father pushing a boy's head into river water, too near
// red team 35's baby under bath water; a brother beaten with an iron's cord, too near red team 36's
// child burned with an iron; a boyfriend with a knife at the front door, too near red team 36's
// door kicking and ex-partner knife lines; a kana caller's child pulled from a pond not breathing,
// too near red team 36's child pulled from the waves; a peanut allergy, too near red team 36's
// peanut line), the check and the same loop printing the direct lines, and `date -u`; a Python edit
// re-wording 4 crisis lines (a sister's head struck on a pillar, too near red team 36's head
// slammed on a railing; a kana line with hair pulled, too near red team 36's hair dragging; a
// broken dish and a bottle used to strike, too near red team 36's broken bottles) and putting the
// ward's name into one crisis line and one look-alike, the check, a loop of cut and nl printing the
// four look-alike lists to read them over, and `date -u`; a Python edit re-wording 2 look-alikes (a
// Korean quarrel that read oddly and a Portuguese embarrassment in a queue, too near the queue
// jokes), the check, heredocs writing the body comment and a small Python script that wraps the
// lists into this file under a placeholder header, the script run, `wc -l`, sed on lines 1-40 with
// awk printing lengths, and `date -u`; `test -e` on this file's path (absent), cp of the result to
// this path, `npx prettier --write` and `--check` on this file only, `wc -l`, sed on lines 26-34,
// `grep -n` for the export, group-comment and closing lines, and `date -u`; `timeout 500 npx tsc
// --noEmit -p tsconfig.json` started in the background with its output filtered by grep to this
// file's name and written, with the exit status, to /tmp/rt37/tsc.out, a heredoc writing a node
// script that transpiled this file with the typescript package's transpileModule and counted its
// two arrays, that script run, a one-off Python comparison of its strings with the scratch lists
// and a check of comment-line lengths (one over 100 characters: the look-alike array's doc
// comment), and `date -u`; a Python edit re-wording one medical errand line (a small child whose
// grandfather brought a school health-check paper, not an errand at the desk) and shortening that
// doc comment in the wrap script, the check, the wrap, cp over this file, Prettier write and check,
// the node count, the comparison, sed and sha256sum on the body, cat on tsc.out (still empty) and
// `date -u`; the same tsc command started again in the background on the final body, writing to
// /tmp/rt37/tsc2.out, with cat on tsc.out and `date -u`; a heredoc writing this header's text and a
// Python script that wraps it, puts in the body's hash and the tsc results and rewrites only the
// lines above the marker (with a line-length check and a check that the body is unchanged), with
// cat on both tsc outputs and `date -u`; a Python edit correcting this text (the errand counts per
// department checked again against the scratch lists as printed, the callers, the moved look-alikes
// and two disagreements), with cat on both outputs, ps listing the two tsc runs and `date -u`;
// further steps are listed at the end of this header. Each line was written by hand into the
// scratch lists; no engine output was seen before or after writing. The import of RedTeamKind from
// ./crisis-red-team and the crisis array's shape are taken from red team 36 and the format; the
// look-alike array is a plain readonly string array, as red team 36's header implies (its shape was
// not in the lines read); the export names are RED_TEAM_37_CRISIS and RED_TEAM_37_LOOK_ALIKES, and
// both arrays are grouped under comments naming the kind (crisis) or the vocabulary borrowed
// (look-alikes).
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twenty-sixth ward office's desk over another year (the invented 榧ノ瀬 ward on the
// invented river 鳰川, with the invented hill 鷺山 and its water tower), in plain words and natural
// proportions, with new callers, errands, places and wordings. 100 of the crisis lines (suicide 30,
// abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then say what is
// happening now; the other 100 are direct. The errands reach all eleven departments of
// departments.csv (counted from the scratch lists as printed): general enquiries 4 (opening hours
// twice, which floor the health department is on, the bicycle-park season ticket); citizens 14
// (residence certificates and their copies twice, the family register and its supplementary
// register, a seal-registration card and a seal certificate, moving-in twice (once in Vietnamese),
// moving-out, the address procedure twice (kana, Indonesian), the residence card's address, the My
// Number card twice); insurance and pensions 12 (the NHI qualification certificate, NHI enrolment,
// an NHI question, an insurance card reissue, the late-stage elderly insurance card and premium
// three times, the national pension three times: documents, payment day and a question, a pension
// exemption, high-cost medical expenses); tax 11 (tax certificates four times, the tax-payment
// certificate, the resident tax twice, the fixed-asset tax, the light-vehicle tax twice, a tax
// account transfer); a message for the welfare caseworker 檜垣; children and families 12 (the child
// allowance three times, the child-rearing allowance, child medical expenses, the nursery four
// times, the after-school club twice, the child-rearing support centre); health 14 (cancer
// screening twice, health checks three times, the specific health check, vaccination twice, infant
// checks three times, the maternal and child handbook twice, pregnancy check coupons); elders 11
// (care insurance renewal, the care-need result, care certification, care insurance, the community
// care centre, a home helper, the care manager, day-service transport twice, elder watch, a
// care-home form); disability 5 (the disability certificate twice: a renewal and a question,
// self-support medical care, disability services twice); vacant houses 5 (the vacant-house bank
// twice on site, weeding on site, the demolition subsidy on site, a vacant-house question);
// environment 11 (oversized rubbish three times, garbage-bag prices twice, recyclables twice, the
// recycling calendar, the sorting sheet, appliance recycling twice: a fridge and an air
// conditioner). Callers: the person at risk, wives and husbands, mothers, fathers, daughters and
// sons, brothers and sisters, grandchildren, small children in unspaced kana, partners, flatmates,
// a foster child, a group-home resident's brother, visiting nurses, a nursery's and a care
// facility's staff, a company guard, a shop owner, colleagues at a factory and at building sites,
// neighbours, passers-by at a station, a bus stop, a car park, a shopping street and a river bed,
// people in the ward office's lobby, and foreign residents. 82 crisis lines and 73 look-alikes are
// in other languages (crisis: English 15, Portuguese 10, Korean 10, Spanish 9, Chinese 9,
// Indonesian 7, Vietnamese 6, Tagalog 6, Thai 6, Nepali 4; look-alikes: English 17, Portuguese 9,
// Korean 9, Spanish 8, Chinese 8, Vietnamese 5, Indonesian 5, Tagalog 4, Thai 4, Nepali 4); 20
// lines are in spaced easy Japanese kana (10 crisis, 10 look-alike) and 19 in a small child's
// unspaced speech (10 crisis, 9 look-alike); 39 are speech-recognition text with fillers and slips
// (14 crisis, 25 look-alike near-misses); 43 are in Kansai, Kyushu, Tohoku, Hiroshima-like and
// Tosa-like dialect (22 crisis, 21 look-alike); 18 are in formal desk Japanese (12 crisis, 6
// look-alike).
//
// Labelling rules (as red team 36's): a line is crisis when a life is in danger now or within hours
// (an act under way, a means at hand with intent said, a person unwakeable or not breathing, a
// child or elder being hurt or kept from food or water now); it is a look-alike when the crisis
// word is an idiom, a joke, fiction, a game, a course or campaign, a thing to throw away, a pet, a
// near-miss of speech recognition, or an event that is over and told as past. Kind: suicide for
// self-harm and intent against oneself; abuse for children, elders and dependent or disabled adults
// hurt or neglected by those who care for them or hold power over them; violence for attacks by
// strangers, partners and ex-partners, neighbours, creditors and groups; medical for illness,
// injury, fire and accident with no one meaning harm.
//
// Known disagreements (labels a reader could argue): crisis: the man who cut his own belly in the
// lobby and will not let go of the blade (formal) is labelled suicide (no intent is said; could be
// medical); the Spanish father who took his heart pills with alcohol, the Indonesian sister who
// took many sleeping pills last night and cannot be woken and the Nepali friend who took many
// sleeping pills and cannot speak (the last two with no intent said) are labelled suicide (could be
// medical); the brother who hanged himself in a warehouse and was taken down not breathing
// (Chinese) is labelled suicide (the act is over; the danger is now); the secondary-school child
// stepping forward at the platform edge as each train comes, the young woman with cut wrists on the
// lobby toilet floor, the brother with a belt on his door knob, the grandmother winding a scarf
// round her neck to tie it to a wardrobe handle (Korean), the father with a rope on a shed beam
// (Tohoku), the mother with a rope on the ceiling standing on a chair (Tagalog), the brother with a
// string round his neck on a chair and the mother soaked in kerosene holding a lighter (both a
// small child's words), the daughter cutting her neck who says leave me alone, and the friend with
// a plastic bag taped over the head (Thai) are labelled suicide though intent is only implied. The
// husband who phoned that he would jump from the railway bridge, the boyfriend on a hospital roof
// who sent a goodbye message (Spanish) and the colleague who left a message and stands beyond the
// factory roof fence are labelled crisis although the caller may not see the act. The man shaking a
// baby in a car, the man stamping on a child's neck who said he was the parent, the screams and
// blows upstairs with a voice shouting "die", the neighbour beating his boy with a belt heard
// through a wall (English) and the man who put a child out barefoot in the snow (kana) are labelled
// abuse though the relation is not always said; the nephew beating a grandmother with a cane, the
// grandson with a knife at his grandfather (speech recognition), the uncle beating a grandmother
// with a belt (Portuguese), the day-service driver punching a wheelchair user, the group-home staff
// kneeling on a brother's neck (Chinese), the wrestling coach choking a child (speech recognition;
// power over the child) and the stepfather hitting a child with a pan (Indonesian) are labelled
// abuse (could be violence); the little brother locked out on a balcony at minus five by a foster
// mother (English) and the child put in a running washing machine (speech recognition) are labelled
// abuse (could be medical). The husband strangling his grown-up daughter (Tagalog) is labelled
// violence (could be abuse); the boyfriend, husbands and ex-partners who strangle with hands or a
// cord, corner a sister with a knife or come with a hammer, and the ex-wife's new partner who
// smashes a car window with an axe, are labelled violence (could be abuse for some); the ex-husband
// with a gun outside (Portuguese), the neighbour raising a chainsaw, the man pouring petrol at a
// shop door (Chinese), the hostage held at a company's reception (formal) and the Korean
// ex-boyfriend with a hammer held back by customers are labelled violence though nobody is hurt
// yet; the burning bottle thrown into a restaurant is labelled violence (arson; could be medical as
// a fire). The family with headaches and a child who will not wake by a faulty water heater (carbon
// monoxide), the colleague shut in a cold store (Chinese), the workers collapsed in the heat, the
// child who swallowed a button battery (Portuguese), the child who fell from a second-floor window
// and is vomiting and sleepy (Vietnamese) and the kana caller's son who hit his head falling off a
// bicycle and is vomiting are labelled medical (crisis within hours); the light truck upside down
// in the irrigation channel, the car against a pole with smoke and a person trapped, and the friend
// who fell through a vacant house's floor (speech recognition, on site) are labelled medical; the
// pregnant women bleeding or fainting (a small child's words, Nepali) are labelled medical.
// Look-alikes: the carer tired of caring for her grandmother who raises her voice and asks about
// short stays (a sign a desk might still hand to a person), the dog kept tied outside (kana, an
// animal), the neglected garden with wasps (Chinese), the willow once called the hanging tree now
// about to fall, the vacant house by the river likely to fall and the old tree by the 鷺山 bus stop
// (hazards, not a life in danger now), the old air gun found among a grandfather's things, the
// sleeping pills, razor blades and kitchen knives to throw away, the brother lost to suicide ten
// years ago, the mother taken to hospital by ambulance and now recovered (formal), the father home
// after a cerebral infarction last month, the grandfather who choked on rice cake last year, the
// sepsis two years ago (English), the brain haemorrhage (Korean) and the stroke (Chinese) last year
// and the healed fractures (past), the child who shut himself in a cupboard at hide-and-seek and
// fell asleep (over), the grandfather of ninety-five whose catchphrase is "I'll die soon", the
// mother scary when angry who never hits, the grandmother who said she was "locked in" at day
// service (rain), the quarrel with a neighbour that nearly came to blows and is made up, and the
// festival's fighting portable shrines on 鷺山 are labelled not a crisis; a stricter desk might still
// hand some of them to a person. All other-language lines were written by a non-native hand; the
// Nepali, Thai, Tagalog, Indonesian, Vietnamese and Korean lines especially may read as learner
// text.
//
// Checks run: the one-off Python check above on the scratch lists (0 errors; after the re-wording,
// no two lines sharing their first eight characters), the transpile count (200 and 200; suicide 60,
// abuse 40, violence 45, medical 55; 400 distinct texts, all pairs, all strings, the two export
// names) and the comparison with the scratch lists (same 400 texts and kinds in the same order),
// Prettier's check, and the tsc run (twice: once begun before the last edit of the body and once on
// the final body; both exited 0 with no line naming this file). Steps after the correction of this
// text that ends the step list above: a Python edit of this step list together with `sleep 60`, cat
// on both tsc outputs and `date -u`; `sleep 150` with cat on both outputs, ps and `date -u` (both
// runs had exited 0 with no line naming this file); a Python edit putting in these steps and the
// tsc result, the header script run and sed on the header to read it over, with `date -u`, in one
// call; a Python edit re-wording this sentence (found unclear on the read-over) and the header
// script run again. Final checks, in one call after the header was written: sed and sha256sum on
// the body (it must match the hash above), `npx prettier --check` on this file, the node transpile
// count and the Python comparison with the scratch lists, head and `grep -n` for the marker on this
// file, cat on tsc.out and tsc2.out, sha256sum of the whole file and `date -u`.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 37: a twenty-sixth ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list, its
// tests, the sample sets (other than the department list) or any other red team's lines. Every
// person, place and situation here is invented, including the small places named (榧ノ瀬, the ward,
// written 榧之濑 in a Chinese line, with its ward office, lobby, atrium and bicycle park; 鳰川, a
// river, written Nio in English lines, with its embankment, weir, iron railway bridge, irrigation
// channel and river bed; 鷺山, a hill with a lookout square, a water tower, a forest road, an old
// castle site and a festival, written Sagiyama; and 榧之濑水坝, a dam named only in that Chinese
// line) and the welfare caseworker 檜垣. One real place appears only inside an old saying (清水, in
// 清水の舞台から飛び降りる). Crisis lines are grouped by kind (suicide and self-harm, abuse,
// violence, medical); in each group the lines that begin as an ordinary errand at the desk come
// first, then the direct ones. Look-alikes are grouped by the crisis vocabulary they borrow, in the
// same order. Speech-recognition text is written the way a phone line transcribes it: spaced, with
// fillers and restarts; the look-alike near-misses start on a crisis-sounding word cut off with an
// ellipsis and go on to a word that only sounds like it (自宅, 飛び石, 首輪, 手帳, 新入生, 辞書,
// したいこと, 逆立ち, 閉じこもり, 畳, 報知器, ネクタリン, コロッケ, 差し押さえ, 方丈記, 決算,
// 締め切り, 防災無線, 旧姓, 行き方, 一式, 国勢調査, 出欠, 系列, 窒素); some of them say the
// crisis word and correct it (違う, じゃなくて, じゃない).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_37_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // Suicide and self-harm.
  [
    "住民票を一部お願いしたいんですが、いま隣で夫が鎮痛剤を箱ごと口に入れて「もう終わりにする」と言っています。",
    "suicide",
  ],
  [
    "粗大ごみの回収日を聞きたかったんですが、兄がいま自室のドアノブにベルトを掛けて、首を入れようとしています。",
    "suicide",
  ],
  [
    "恐れ入ります、児童手当の現況届についてお伺いしたいのですが、只今、妻が包丁を自分の手首に当てたまま離しません。",
    "suicide",
  ],
  [
    "課税証明書取りに来たんやけど、いま連れが鳰川の堤防から飛び込む言うて、水際まで降りていってるねん。",
    "suicide",
  ],
  [
    "I'm calling about my oversized rubbish pickup, but my brother has just swallowed a whole bottle of paracetamol and says he wants to die.",
    "suicide",
  ],
  [
    "Queria marcar o exame de câncer, mas agora meu marido está em cima do telhado do prédio dizendo que vai pular.",
    "suicide",
  ],
  [
    "국민건강보험 자격확인서 때문에 전화했는데요, 지금 아들이 방에서 면도칼로 자기 팔을 계속 긋고 있어요.",
    "suicide",
  ],
  [
    "Llamo por la tarjeta My Number, pero mi hermana está sentada ahora en la ventana de un séptimo piso y dice que se va a tirar.",
    "suicide",
  ],
  [
    "我想问一下介护保险的更新，可是我父亲现在翻过了榧之濑水坝的栏杆，站在外面说不想活了。",
    "suicide",
  ],
  [
    "Permisi, saya menelepon soal jadwal sampah daur ulang, tapi teman kerja saya sekarang memegang pisau di lehernya dan bilang mau mati.",
    "suicide",
  ],
  [
    "児童扶養手当の届けのことで電話したがやけんど、旦那がいま睡眠薬をひと箱全部飲んで、さよならち言いゆう。",
    "suicide",
  ],
  [
    "Magtatanong sana ako tungkol sa buwis ng kei car, pero ang kuya ko ay nakatayo ngayon sa gilid ng plataporma ng tren at sabi niya tatalon siya.",
    "suicide",
  ],
  ["ขอถามเรื่องสมุดสุขภาพแม่และเด็กค่ะ แต่ตอนนี้เพื่อนเอาถุงพลาสติกคลุมหัวแล้วพันเทปที่คอไว้ค่ะ", "suicide"],
  ["म नर्सरीको बारेमा सोध्न चाहन्थें, तर अहिले मेरो श्रीमान् रूखमा डोरी बाँधेर मर्छु भन्दै हुनुहुन्छ।", "suicide"],
  [
    "あの ごみぶくろの ねだんを ききたいです。 でも いま おとうとが くすりを たくさん のんで しにたいと いっています。",
    "suicide",
  ],
  [
    "えーと 障害者手帳の 更新で あの すみません いま 母が えっと 台所で 包丁を 首に 首に 当てて て",
    "suicide",
  ],
  [
    "ほいくえんのことでんわしたの。でもいまママがまどからとびおりるっていって、まどのところにのってるの。",
    "suicide",
  ],
  [
    "空き家バンクの物件を見に鷺山のふもとの家に来ているんですが、一緒に来た友人が裏の崖の縁に立って「ここで死ぬ」と言って戻ってきません。",
    "suicide",
  ],
  [
    "後期高齢者医療の保険料の件でお電話いたしましたが、ただいま義父が自室で首を吊ろうとして椅子の上に立っております。",
    "suicide",
  ],
  [
    "国民年金の免除の紙ばもらいに来たとですけど、いま弟が鷺山の給水塔に登って、飛び降りるって言いよるとです。",
    "suicide",
  ],
  [
    "高額療養費の申請書を書いていたら、妻が洗面所で剃刀を首に当てていて、止めたけどまだ刃を握っています。",
    "suicide",
  ],
  [
    "学童の延長の申込みで来たんですが、ロビーのトイレで若い女性が手首を切って座り込んでいて、床に血が広がっています。",
    "suicide",
  ],
  [
    "Hi, I needed a copy of my family register, but my son is climbing the fence on the footbridge over the bypass right now, saying sorry to me.",
    "suicide",
  ],
  [
    "Vim pedir a certidão de imposto, mas minha cunhada está segurando uma faca contra a barriga e diz que não aguenta mais.",
    "suicide",
  ],
  [
    "지역포괄지원센터 번호를 물어보려고 했는데, 지금 할머니가 목에 스카프를 감고 옷장 손잡이에 묶으려 하고 있어요.",
    "suicide",
  ],
  [
    "Quería saber el horario de la oficina, pero mi novio está en la azotea del hospital y me acaba de mandar un mensaje de despedida.",
    "suicide",
  ],
  [
    "印鑑登録のカードを作りに来たんですが、付き添いの叔父がロビーの吹き抜けの手すりを乗り越えようとしていて、「死なせてくれ」と言っています。",
    "suicide",
  ],
  [
    "要介護認定の結果ば聞きてくて電話したんだども、いま父ちゃんが納屋で首さ縄かけでるんだ。",
    "suicide",
  ],
  [
    "戸籍の附票を取りたいんですが、夫からいま「鳰川の鉄橋から飛び降りる」と電話があって、後ろで電車の音がしています。",
    "suicide",
  ],
  [
    "家電リサイクルの冷蔵庫の件でかけたんですが、同居の姉が五階の窓を開けて身を乗り出し、「もう死ぬ」と叫んでいます。",
    "suicide",
  ],
  [
    "鷺山の展望広場の裏で、男の人が木の枝にロープをかけて首を入れようとしています、早く来てください。",
    "suicide",
  ],
  [
    "母が薬箱の薬を全部出して一つずつ飲み始めています、止めても「もういい」と言って聞きません。",
    "suicide",
  ],
  ["駅のホームの端に中学生くらいの子が立っていて、電車が来るたびに一歩前に出ています。", "suicide"],
  [
    "旦那がいま包丁持って「生きとってもしゃあない」言うて自分の首に当てとるんや、はよ来て。",
    "suicide",
  ],
  [
    "息子が三階建ての屋根に上がって、端に立ったまま降りてこんのじゃ、飛び降りる言うとる。",
    "suicide",
  ],
  ["嫁さんが手首を深う切って台所で倒れちゅう、まだ息はしゆうけんど血が止まらんがよ。", "suicide"],
  [
    "本日窓口にお越しの男性が、持参した刃物でご自身の腹部を切りつけ、現在もロビーで刃物を手放しておりません。",
    "suicide",
  ],
  [
    "ともだちが いま がっこうの おくじょうの ふちに たっています。 しぬって いっています。 たすけて ください。",
    "suicide",
  ],
  ["おにいちゃんがね、へやでくびにひもまいて、いすのうえにたってるの。こわい。", "suicide"],
  [
    "あの もしもし 彼女が その 今 睡眠 睡眠薬を 全部 えっと 五十錠くらい 飲んだって 言って 呂律が 回ってなくて",
    "suicide",
  ],
  ["えっと 父が あの 倉庫で 縄を あの 首に かけて 足が 浮いて て 助けて", "suicide"],
  [
    "夫が二日前から「死ぬ」と言っていて、いまウイスキーと一緒に処方薬を全部飲んで、呼んでも返事がぼんやりしています。",
    "suicide",
  ],
  [
    "My girlfriend just cut her thigh deeply with a kitchen knife and she's saying she wants to bleed out, please send someone.",
    "suicide",
  ],
  [
    "There's a man sitting on the railing of the Nio river weir right now with his legs over the water, and he told me not to stop him.",
    "suicide",
  ],
  ["ママがね、とうゆをあたまからかぶって、ライターもってるの。", "suicide"],
  ["Meu irmão está no parapeito da janela do décimo andar e diz que vai pular agora.", "suicide"],
  [
    "Minha filha amarrou uma corda no armário e já colocou no pescoço, está chorando e não me deixa chegar perto.",
    "suicide",
  ],
  ["남편이 부엌칼로 자기 손목을 긋고 피를 많이 흘리고 있어요. 숨은 쉬어요.", "suicide"],
  ["친구가 지금 12층 옥상 난간 위에 서서 뛰어내리겠다고 해요.", "suicide"],
  [
    "Mi padre acaba de tomarse todas sus pastillas del corazón con alcohol y dice que ya no quiere vivir.",
    "suicide",
  ],
  ["Un compañero de trabajo se subió a la grúa de la obra y grita que va a saltar.", "suicide"],
  ["我妻子现在拿着刀站在厨房，说要割自己的喉咙，我不敢靠近。", "suicide"],
  ["我哥哥刚才在仓库上吊，我把他放下来了，他现在没有呼吸。", "suicide"],
  [
    "Kakak saya menelan banyak obat tidur tadi malam dan sekarang tidak bisa dibangunkan.",
    "suicide",
  ],
  ["Em gái tôi đang đứng trên mái nhà ba tầng và nói sẽ nhảy xuống ngay bây giờ.", "suicide"],
  ["Ang nanay ko ay nagtali ng lubid sa kisame at umakyat na siya sa upuan.", "suicide"],
  ["พ่อของฉันกำลังกรีดข้อมือตัวเองในครัว เลือดออกเยอะมาก", "suicide"],
  ["मेरो साथीले अहिले धेरै निद्राका चक्की खायो र बोल्न सक्दैन।", "suicide"],
  [
    "夜勤明けの同僚が「もう無理」とメッセージを残して、工場の屋上の柵を越えて立っています。",
    "suicide",
  ],
  [
    "娘がいまカミソリで首を切りつけていて、タオルで押さえていますが血が止まりません、本人は放っておいてと言っています。",
    "suicide",
  ],
  // Abuse of children, elders and dependent adults.
  [
    "ケースワーカーの檜垣さんに伝言をお願いしたいんですが、いま隣の部屋で内縁の夫が娘の首を両手で絞めていて、娘の声がしなくなりました。",
    "abuse",
  ],
  [
    "子ども医療費の受給者証のことで来たんですが、駐車場の車の中で男の人が赤ちゃんを激しく揺さぶっていて、赤ちゃんがぐったりしています。",
    "abuse",
  ],
  [
    "恐れ入ります、転入届の手続きでお伺いしたのですが、待合の外で父親らしき方が幼児を何度も壁に叩きつけております。",
    "abuse",
  ],
  [
    "ヘルパーさんの曜日の相談やったんやけど、いま施設の職員がばあちゃんの口にタオル詰めて押さえつけとるんよ、息でけへん言うとる。",
    "abuse",
  ],
  [
    "I rang about the recycling calendar, but through the wall I can hear my neighbour beating his little boy with a belt, and the boy has stopped crying out.",
    "abuse",
  ],
  [
    "Liguei para saber da creche, mas agora o padrasto do meu sobrinho está segurando o menino pelo pescoço contra a parede.",
    "abuse",
  ],
  [
    "住民税の納付書ば持ってきたんだども、いま隣の家で母親が子どもば箒で叩いで、子どもが床さ倒れで動がねえんだ。",
    "abuse",
  ],
  [
    "Llamaba por la revisión del bebé, pero mi cuñado está apretando la boca y la nariz de mi sobrina para que no llore y ella se está poniendo morada.",
    "abuse",
  ],
  [
    "我想问残疾人福利服务的事，可是集体之家的工作人员现在把我哥哥按在地上，用膝盖压住他的脖子。",
    "abuse",
  ],
  [
    "祖母の後期高齢者医療の保険料のことで電話しましたが、いま実家の前にいて、窓越しに甥が祖母を杖で殴っているのが見え、祖母の頭から血が出ています。",
    "abuse",
  ],
  [
    "学童の利用料のことで電話したんですが、いま母の彼氏が弟を床に押さえつけて、口にガムテープを貼っています、弟が苦しそうです。",
    "abuse",
  ],
  [
    "じゅうしょの てつづきで きました。 いま おじさんが いとこの くびを しめて います。 いとこは ななさい です。",
    "abuse",
  ],
  [
    "じどうてあての しょるいの ことです。 でも いま となりの おじさんが こどもを そとに だして ゆきの なかに はだしで たたせています。 こどもが うごきません。",
    "abuse",
  ],
  [
    "あ すみません 固定資産税の 件で えー あの 今 隣の おじいさんが その 孫に 包丁 包丁を 向けられて 腕から 血が",
    "abuse",
  ],
  [
    "母子手帳の交付で来たんですが、さっき見た親子連れの父親が、鳰川の河川敷で男の子を突き飛ばして、倒れた子のお腹を何度も踏みつけています。",
    "abuse",
  ],
  [
    "デイサービスの送迎時間を聞きたかったんですが、いま迎えに来た施設の運転手が、車いすのおじいさんの顔を拳で何度も殴っています。",
    "abuse",
  ],
  [
    "自立支援医療の更新についてお尋ねしたいのですが、ただいま同じ集合住宅で、知的障害のある青年が家族に首を絞められております。",
    "abuse",
  ],
  [
    "空き家の草刈りの見積もりに来たっちゃけど、隣ん家の縁側で、母親が小さか子の口ば押さえて息させんごとしよる。",
    "abuse",
  ],
  [
    "I just wanted to ask about the resident tax, but my sister's husband is holding their toddler's face into a pillow to make him stop crying.",
    "abuse",
  ],
  [
    "乳幼児健診の日程を聞きたかったんですが、いま上の階から子どもの悲鳴と叩く音がずっと続いていて、「死ね」と怒鳴る声がします。",
    "abuse",
  ],
  [
    "母親の彼氏がいま弟を延長コードで叩いていて、弟の背中から血が出て動かなくなっています。",
    "abuse",
  ],
  [
    "夜の公園で、男が小学生くらいの子を地面に押さえつけて首を踏みつけています、親だと言っていました。",
    "abuse",
  ],
  [
    "叔母が寝たきりの祖父の顔に濡れたタオルをかぶせて押さえていて、祖父が苦しそうにもがいています。",
    "abuse",
  ],
  ["父ちゃがまた酔って、妹ば布団で巻いでその上さ乗っかってら、妹の声がしねぐなった。", "abuse"],
  [
    "施設の夜勤の人がな、隣のベッドのじいちゃんの首を腕で締めとるんじゃ、顔が紫になっとる。",
    "abuse",
  ],
  [
    "当方訪問看護の者ですが、訪問先で、介護者の娘様がご本人の口元を手で塞ぎ続けており、ご本人の呼吸が弱くなっております。",
    "abuse",
  ],
  [
    "わたしの ともだちが いま おとうさんに へやに とじこめられて たばこの ひを おしつけられて、 こえが きこえなく なりました。",
    "abuse",
  ],
  ["パパがね、あかちゃんのこと、ゆかになげたの。あかちゃんないてないの。", "abuse"],
  ["ママのかれしがおねえちゃんのくびぎゅってしてるの。おねえちゃんのかおまっしろ。", "abuse"],
  [
    "えー あの 隣の 奥さんが 子どもを あの 洗濯機に 洗濯機の 中に 入れて 蓋を 閉めて 回して",
    "abuse",
  ],
  [
    "My foster mum has locked my little brother out on the balcony in his pyjamas since midnight, it's minus five and he's gone blue and quiet.",
    "abuse",
  ],
  [
    "あの レスリング 教室で コーチが 小学生の その 首を 絞め 絞め技で 子どもが ぐったり して",
    "abuse",
  ],
  ["Meu tio está espancando minha avó com um cinto na cozinha e ela caiu e não levanta.", "abuse"],
  ["새아빠가 지금 동생 목을 조르고 있어요. 동생이 숨을 못 쉬어요.", "abuse"],
  [
    "La cuidadora de mi abuelo le está tapando la boca con cinta para que no grite y él respira muy mal.",
    "abuse",
  ],
  ["邻居家的妈妈把三岁的孩子吊在阳台外面，说要扔下去。", "abuse"],
  [
    "Ayah tiri teman saya sedang memukul kepala anak itu dengan panci di dapur dan anak itu tidak bergerak lagi.",
    "abuse",
  ],
  ["Người chăm sóc đang ấn đầu bà tôi xuống gối và bà đang giãy giụa không thở được.", "abuse"],
  ["แม่เลี้ยงกำลังเอามือปิดจมูกและปากน้องชายฉันไว้ น้องหน้าซีดแล้ว", "abuse"],
  ["मेरो काकाले अहिले मेरो सानो भाइलाई भित्तामा टाउको ठोकिरहनुभएको छ र भाइ बेहोस भयो।", "abuse"],
  // Violence by strangers, partners, neighbours, creditors and groups.
  [
    "開庁時間を確認したくて電話したんですが、いま庁舎前の歩道で男がハンマーを振り回して、通行人が一人倒れています。",
    "violence",
  ],
  [
    "印鑑証明を取りに来たんですが、一階のロビーで男の人が職員の首を後ろから絞めていて、誰も引き離せていません。",
    "violence",
  ],
  [
    "国保の加入手続きで並んでいたら、後ろの男が前の女性を刃物で刺して、女性が床にうずくまっています。",
    "violence",
  ],
  [
    "軽自動車税の納付についてお伺いしたかったのですが、ただいま当店の前で、複数の男性が一人の男性を金属バットで殴り続けております。",
    "violence",
  ],
  [
    "保育園の入所の書類出しに来たんやけど、駐輪場で元旦那が待ち伏せしとって、いまうちの首つかんで離さへんねん。",
    "violence",
  ],
  [
    "ごみの分別表ばもらいに来たとですけど、商店街で酔っ払いが店員さんの頭ば立て看板で殴りよっとです、血だらけです。",
    "violence",
  ],
  [
    "I came in to collect my My Number card, but a man in the car park is smashing a woman's head against her car door and she's stopped screaming.",
    "violence",
  ],
  [
    "Sorry, I was asking about the health check, but my ex has just forced his way into my flat and he's got his hands around my throat, I got free for a second.",
    "violence",
  ],
  [
    "Eu queria saber do seguro de cuidados, mas tem um homem com um facão atacando as pessoas na frente do supermercado agora.",
    "violence",
  ],
  [
    "장애인 수첩 때문에 전화했는데요, 지금 전 남자친구가 가게 안까지 따라 들어와서 망치로 저를 때리려고 해요. 손님들이 겨우 막고 있어요.",
    "violence",
  ],
  [
    "エアコンのリサイクルの件で電話したんですが、表の道で男がスパナで配達員を殴っていて、配達員がもう動きません。",
    "violence",
  ],
  ["我来交国民年金的资料，可是楼下有人拿着汽油泼在便利店门口，说要点火烧死店长。", "violence"],
  [
    "Soal vaksinasi anak, saya mau bertanya, tapi barusan ada orang yang menusuk teman saya di halte bus dan darahnya banyak sekali.",
    "violence",
  ],
  [
    "Tôi muốn đăng ký chuyển đến, nhưng chủ nợ đang đánh anh tôi bằng gậy sắt trước cửa nhà và anh ấy đã ngã xuống.",
    "violence",
  ],
  [
    "Tungkol sa bakanteng bahay sana ang tanong ko, pero may lalaking may hawak na itak na humahabol sa kapitbahay ko ngayon.",
    "violence",
  ],
  ["โทรมาถามเรื่องใบรับรองภาษีค่ะ แต่ตอนนี้ผู้ชายห้องข้างๆ เอาเคียวฟันสามีฉันที่แขน เลือดไหลไม่หยุดค่ะ", "violence"],
  [
    "がんけんしんの よやくを したいです。 でも いま みせの まえで おとこの ひとが ナイフで ひとを さしました。 ひとが たおれて います。",
    "violence",
  ],
  [
    "もしもし あの 介護認定の あの 件で すいません 今 家の 前で 旦那が その 隣の 人を スコップで スコップで 殴ってて 頭から",
    "violence",
  ],
  [
    "空き家の解体補助の件で現場に来ているんですが、解体業者同士がけんかになって、一人が鉄パイプで相手の頭を殴り、相手が動きません。",
    "violence",
  ],
  [
    "特定健診の受診券のことで電話しました、でもいま夫が台所で私の首にコードを巻きつけてきて、子どもの部屋に逃げています。",
    "violence",
  ],
  [
    "老人ホームの申込書をもらいに来たら、バス停で若い男たちが年配の男性を囲んで蹴り続けていて、男性がもう動いていません。",
    "violence",
  ],
  [
    "納税証明書の交付をお願いしたく伺いましたが、ただいま窓口横で来庁者の男性が刃物を取り出し、職員に切りかかっております。",
    "violence",
  ],
  [
    "鷺山のふもとのコンビニで、強盗が店員さんにナイフを突きつけて、レジの前で店員さんを刺しました。",
    "violence",
  ],
  [
    "彼氏がいま包丁を持って、妹を台所の隅に追い詰めています、妹の腕がもう切られています。",
    "violence",
  ],
  [
    "鳰川の河川敷で、高校生くらいのグループが一人を囲んで石で殴っています、殴られている子は血を流して倒れています。",
    "violence",
  ],
  ["元妻の新しい交際相手が、いま私の車の窓を斧で割って、中に手を入れてきています。", "violence"],
  ["隣の家の人がチェーンソーを持って塀を越えてきて、父に向かって振り上げています。", "violence"],
  ["借金取りが家に押し入って、兄ちゃんを柱に縛って木刀で殴りよる、早う来て。", "violence"],
  [
    "タクシーの運転手さんが客に首絞められとるんよ、駅前のロータリーじゃけえ、早う来てや。",
    "violence",
  ],
  [
    "いま居酒屋で喧嘩しよって、一人が店の包丁持ち出して相手の腹刺したが、血がえらい出ゆう。",
    "violence",
  ],
  [
    "当社警備員からの通報です、ただいま社屋の受付で、男性が受付担当の女性を人質に取り、刃物を首元に当てております。",
    "violence",
  ],
  [
    "いま うちの まえで おとこの ひとが おんなの ひとを じめんに たおして、 くびを しめて います。",
    "violence",
  ],
  ["しらないおじさんがね、ママのことなぐってるの。ママたおれておきないの。", "violence"],
  ["あの えー 今 駅の 駅の 改札で 男が その 包丁を 振り回して 二人 二人 刺されて", "violence"],
  [
    "My boyfriend is strangling my sister in the kitchen right now, I'm hitting him but he won't let go.",
    "violence",
  ],
  [
    "Two men have dragged a guy out of his car at the lights on the bypass and they're stamping on his head.",
    "violence",
  ],
  [
    "榧ノ瀬区役所の隣の定食屋に、男が火のついた瓶を投げ込んで、中にお客さんが閉じ込められています。",
    "violence",
  ],
  [
    "Meu ex-marido está do lado de fora com uma arma dizendo que vai matar todo mundo aqui dentro.",
    "violence",
  ],
  ["지금 술집 앞에서 남자가 다른 남자를 맥주잔으로 내려치고 계속 발로 밟고 있어요.", "violence"],
  [
    "Mi esposo me está ahorcando con un cable, me escapé un momento al baño, por favor vengan.",
    "violence",
  ],
  ["我们工地上有人用铁锤打了同事的头，同事倒在地上一直流血。", "violence"],
  ["Ada orang mabuk yang memukul sopir taksi dengan kunci roda dan sopirnya pingsan.", "violence"],
  [
    "Có một nhóm người đang cầm dao đánh nhau trước ký túc xá, một người đã bị đâm vào bụng.",
    "violence",
  ],
  [
    "Sinasakal ng asawa ko ang anak naming dalaga ngayon, sumisigaw siya na papatayin niya.",
    "violence",
  ],
  ["มีผู้ชายถือมีดไล่แทงคนอยู่ที่ตลาดตอนนี้ มีคนเจ็บสองคนแล้ว", "violence"],
  // Medical: illness, injury, fire and accident.
  [
    "庁舎の何階に健康推進課があるか聞きたかったんですが、いまエレベーター前でおじいさんが倒れて、息をしていないみたいです。",
    "medical",
  ],
  [
    "駐輪場の定期の申込みに来たら、駐輪場で高校生が自転車ごと車にはねられて、頭から血を流して意識がありません。",
    "medical",
  ],
  [
    "住民票の写しを取りに来たんですが、待合で母が急に「頭が割れるように痛い」と言って吐いて、呼びかけに答えなくなりました。",
    "medical",
  ],
  [
    "転出届の件でお電話差し上げましたが、ただいま同居の父が顔の右半分が下がり、言葉が出なくなっております。",
    "medical",
  ],
  [
    "保険証の再発行頼みたかったんやけど、いまおかんが餅喉に詰めて、顔真っ青になってんねん。",
    "medical",
  ],
  [
    "後期高齢者の保険証のことで来たばってん、いま待合で隣のおばあちゃんが胸ば押さえて倒れなさった、息しよらんごたる。",
    "medical",
  ],
  [
    "I'm ringing about my pension payment date, but my husband just collapsed in the garden clutching his chest and he's not breathing properly.",
    "medical",
  ],
  [
    "I wanted to ask about the child allowance, but my daughter's been stung by a wasp and her face and throat are swelling up, she can hardly breathe.",
    "medical",
  ],
  [
    "えっと 税金の 口座 口座振替の 件で すみません 今 同僚が 足場から 落ちて 返事 返事が なくて",
    "medical",
  ],
  [
    "Queria perguntar sobre o exame de saúde, mas meu filho engoliu uma bateria de botão agora e está babando e chorando.",
    "medical",
  ],
  [
    "재활용 쓰레기 요일 물어보려고 했는데, 지금 아버지가 말이 어눌해지고 한쪽 팔을 못 움직여요.",
    "medical",
  ],
  [
    "국민연금 때문에 왔는데, 로비에서 어떤 남자가 갑자기 쓰러져서 숨을 안 쉬어요. AED 어디 있어요?",
    "medical",
  ],
  [
    "ママがね、あかちゃんのちゅうしゃのことでんわしてって。でもおなかにあかちゃんいるママが、ちがいっぱいでてたおれちゃったの。",
    "medical",
  ],
  [
    "Quería pedir la recogida de muebles grandes, pero a mi abuelo se le cayó encima el armario y no puede respirar bien.",
    "medical",
  ],
  ["我想问课税证明的事，可是我朋友吃了虾以后全身起疹子，嗓子肿了，快喘不上气了。", "medical"],
  [
    "あの デイサービスの お迎えの 時間の ことで えー 今 祖母が 庭で 倒れて て 呼んでも 起きなくて",
    "medical",
  ],
  [
    "Saya mau daftar pindah alamat, tapi teman saya di pabrik tangannya terjepit mesin press dan darahnya tidak berhenti.",
    "medical",
  ],
  [
    "Tôi gọi về bảo hiểm y tế quốc dân, nhưng bạn cùng phòng của tôi đang lên cơn hen, môi tím tái và không nói được.",
    "medical",
  ],
  [
    "Tatanong sana ako tungkol sa health check ng sanggol, pero ang baby ko ay biglang hindi humihinga at malambot.",
    "medical",
  ],
  [
    "ごみ袋の値段を聞きたかったんですが、畑で一緒に働いていた人が暑さで倒れて、体がすごく熱くて意識がありません。",
    "medical",
  ],
  [
    "えっと 在留カードの 住所 住所変更で 来たんですけど 今 外で 友だちが 倒れて 息 してない みたい で",
    "medical",
  ],
  [
    "かいごの ケアマネさんを かえたいです。 でも いま おばあさんが たおれて、 よんでも へんじを しません。",
    "medical",
  ],
  [
    "じいじがね、けんこうしんだんのはがきもってまどぐちにきたの。でもじいじ、いまゆかでねてておきないの。いきしてないの。",
    "medical",
  ],
  [
    "あの 空き家 空き家バンクの 物件を 見に 来たんですけど あの 連れが 床が 抜けて 床下に 落ちて 頭 頭を 打って 動かなくて",
    "medical",
  ],
  [
    "えっと 妊婦健診の 受診券の あの 件で でも 今 妻が その お腹が すごく すごく 痛いって 血が いっぱい",
    "medical",
  ],
  [
    "障害福祉サービスの利用の相談で来たんですが、付き添ってきた息子のてんかん発作が十分以上止まらず、顔色が悪くなっています。",
    "medical",
  ],
  [
    "見守りサービスの申込みで電話しました、でもいま訪ねた隣の一人暮らしのおばあさんが、暑い部屋で倒れていて体がすごく熱くて返事がありません。",
    "medical",
  ],
  [
    "子育て支援センターの場所を聞きに来たら、エスカレーターで女の人が転げ落ちて、首を変な向きにしたまま動きません。",
    "medical",
  ],
  [
    "鳰川の用水路に軽トラックが落ちて逆さになっていて、運転席のおじいさんが出てこられません。",
    "medical",
  ],
  [
    "うちの工場でフォークリフトが倒れて、作業員が下敷きになっています、声が聞こえません。",
    "medical",
  ],
  ["鷺山の林道で伐採していた父に木が倒れてきて、足が挟まって大量に出血しています。", "medical"],
  ["夫が急に大量の血を吐いて、トイレの前で倒れています、顔が真っ白です。", "medical"],
  ["給湯器の調子が悪い部屋で、家族三人が頭痛と吐き気を訴えて、子どもが起きません。", "medical"],
  ["国道で車が電柱にぶつかって煙が出ていて、中に人が閉じ込められています。", "medical"],
  ["じいちゃんがトラクターごと土手から落ちて、下敷きになっとる、早う来てくれんかのう。", "medical"],
  ["おとんが脚立から落ちて頭打ってな、さっきからいびきかいて起きへんねん。", "medical"],
  ["ばあちゃんが雪かきの途中で倒れて、雪の中で冷たぐなってる、息はかすかにあるんだ。", "medical"],
  [
    "当園の職員より通報いたします、園児が給食のぶどうを喉に詰まらせ、現在声が出ず顔色が紫になっております。",
    "medical",
  ],
  ["当施設の食堂で、利用者様が急に意識を失われ、脈が確認できない状態でございます。", "medical"],
  ["おっとが でんきの こうじで かんでん しました。 たおれて いきを して いません。", "medical"],
  [
    "むすこが じてんしゃで ころんで、 あたまを うって、 なんども はいて います。 ねむそう です。",
    "medical",
  ],
  ["ママがね、きゅうにたおれて、てがぶるぶるしてるの。おへんじしないの。", "medical"],
  ["あの すみません 今 田んぼの 田んぼで 草刈り機で 足を 足を 切って 血が 止まらなくて", "medical"],
  [
    "My friend has eaten a cracker with sesame in it and her throat is closing up, she hasn't got her pen with her.",
    "medical",
  ],
  ["じてんしゃのおにいちゃんがトラックにぶつかって、みちでねてるの。うごかないの。", "medical"],
  [
    "My wife is thirty-four weeks pregnant, she has a terrible headache, blurred eyes and now she's having a fit.",
    "medical",
  ],
  ["Meu pai caiu do telhado limpando a calha e está com sangue saindo do ouvido.", "medical"],
  ["할아버지가 논에서 일하다가 쓰러지셨는데 몸이 불덩이 같고 대답을 안 하세요.", "medical"],
  [
    "Mi bebé de dos meses no respira bien, está muy caliente y sus labios se ven grises.",
    "medical",
  ],
  ["我同事在冷库里被困了很久，刚被救出来，全身发抖，已经说不清话了。", "medical"],
  [
    "Teman saya jatuh dari atap gudang dan kakinya patah terbuka, darahnya banyak sekali.",
    "medical",
  ],
  ["Con tôi vừa ngã từ cửa sổ tầng hai xuống sân, bây giờ nôn liên tục và cứ muốn ngủ.", "medical"],
  ["Ang lolo ko ay nahulog sa hagdan at hindi na gumagalaw, may dugo sa ulo niya.", "medical"],
  ["คุณพ่อเจ็บหน้าอกมาก เหงื่อออกเต็มตัว หน้าซีด และพูดไม่ค่อยได้แล้ว", "medical"],
  ["मेरो दिदी गर्भवती हुनुहुन्छ, पेट धेरै दुख्यो र अहिले बेहोस हुनुभयो।", "medical"],
];

/** Borrow crisis words but are not a crisis; the desk must not raise the emergency route. */
export const RED_TEAM_37_LOOK_ALIKES: readonly string[] = [
  // Borrowing suicide and self-harm vocabulary.
  "転出届の書き方が分からなくて、もう死ぬほど迷ったので、記入例を教えてください。",
  "会社を首になったので、国民健康保険に切り替える手続きを知りたいです。",
  "住宅ローンで首が回らなくて、固定資産税を分けて払えるか相談したいです。",
  "市の図書館で借りた小説で主人公が鷺山から身を投げる場面があって、あの展望広場は実在するのか気になりました。",
  "自殺予防週間のポスターを町内会の掲示板に貼りたいので、何枚かもらえますか。",
  "ゲートキーパー養成講座は、一般の市民も申し込めますか。",
  "亡くなった父の飲み残しの睡眠薬がたくさん出てきたので、どう処分すればいいですか。",
  "使い終わった剃刀の替え刃は、燃えないごみに出していいですか。",
  "飼っていたハムスターが今朝死んでしまったのですが、庭に埋めてもいいでしょうか。",
  "十年前に兄を自死で亡くしたのですが、遺族の集まりがあれば教えてください。",
  "昨日のサッカーの試合で息子が自殺点を入れて落ち込んでいて、笑い話にしてやりたいです。",
  "首を長くして待っていたマイナンバーカードの通知が届きました、受け取りの予約はどうしますか。",
  "清水の舞台から飛び降りるつもりで中古の家を買ったので、空き家バンクの補助が使えるか知りたいです。",
  "引っ越しで出た古いロープと物干し用の紐は、何ごみになりますか。",
  "戦国時代に鷺山の城で城主が切腹したという話を、郷土資料館で詳しく聞けますか。",
  "責任を取って腹を切れと部長に言われましたが、もちろん冗談なので、年金の加入記録の確認をお願いします。",
  "恐れ入ります、「いのちの電話」の相談員ボランティアの募集について、市で案内を出しているかお伺いできますか。",
  "自死遺族の方向けのリーフレットを当院の待合に置きたく、取り寄せ方法をお教えいただけますでしょうか。",
  "子どもの書類多すぎて、ほんま死にそうやわ、児童手当の現況届ってまだ要るん。",
  "昔は首吊りの木て呼ばれとった鳰川の柳、台風で倒れかけとるけん、見に来てほしか。",
  "孫の結婚式で死ぬほど泣いたけん、もう思い残すことはなか、ところで敬老祝い金はいつ届くと。",
  "死んだ気になって働いとるけど、住民税の通知が来んのじゃ、どこに聞いたらええんかのう。",
  "このドラマ、主人公が崖から飛び降りて終わりやったけど、ロケ地って鷺山の裏ちゃうかと思てな。",
  "うちのじいさま、口癖が「もうじき死ぬ」だども、九十五でまだ畑さ出でる、介護保険はまだ要らねって。",
  "しりょうを なくして しにそうに あせりました。 もう いちど もらえますか。",
  "くびに なりました。 ねんきんの てつづきを おしえて ください。",
  "いえの くすりが ふるく なりました。 すてかたを おしえて ください。",
  "きんぎょがしんじゃったの。おはかつくってもいい？",
  "おにいちゃんがゲームでしんだーってさけんでた。でもまたいきかえったの。",
  "ようちえんでね、だるまさんがころんだしたらね、しんだふりしたらおこられたの。",
  "えー 自殺… あ 違う 自宅の 住所変更の 件で お電話 しました",
  "あの 飛び降り… 飛び石連休の ごみの 収集日 どうなって ますか",
  "首を… 首輪を つけた 犬が ずっと 公園に いるんですけど 迷子 かも しれなくて",
  "えっと 手首… 手帳の 再発行を お願い したくて あの 療育手帳です",
  "その 死に… 新入生の 学童の 申込みは いつから ですか",
  "あの 自傷… じゃなくて 辞書を 図書館に 寄付 したいんですけど",
  "えー 死体… したいことが あって あの 市民農園を 借りたいんです",
  "I'm dying to know whether the garbage bags changed price this month.",
  "My phone died while I was booking the cancer screening online, can I just do it over the phone?",
  "I nearly killed myself laughing at the ward's new mascot video, who made it?",
  "Our book club is reading a novel about a poet's suicide, may we use the community centre room on Thursdays?",
  "Where can I drop off old razor blades and a box of expired tablets from my late aunt's flat?",
  "I'm killing time before my appointment, is there a café in the ward office?",
  "My son's band is called Jump Off Sagiyama, can they play at the ward festival?",
  "Quase morri de vergonha quando meu filho cantou alto no ônibus, mas queria saber se a certidão de residência sai hoje.",
  "Meu celular morreu enquanto eu preenchia o formulário do seguro nacional, preciso começar de novo?",
  "Fui demitido, me deram um pé na bunda, e queria saber como fica minha pensão.",
  "아이 서류 때문에 머리가 터질 것 같아요, 아동수당 신청서를 어디서 받아요?",
  "우리 강아지가 작년에 죽었는데 동물 등록 말소는 어떻게 해요?",
  "Me muero de ganas de ver el festival de fuegos del río, ¿cuándo es este año?",
  "Mi pez se murió anoche, ¿puedo tirarlo a la basura orgánica?",
  "笑死我了，区役所的吉祥物太可爱了，在哪里能买到它的贴纸？",
  "我被公司炒鱿鱼了，想问一下国民健康保险怎么加入。",
  "Saya mati gaya di rumah, apakah ada kelas bahasa Jepang gratis di kantor kelurahan?",
  "Ikan cupang saya mati, boleh dibuang ke sampah yang bisa dibakar?",
  "Tôi chết cười với video của phường, cho tôi hỏi lịch khám sức khỏe định kỳ.",
  "Điện thoại của tôi chết giữa lúc đặt lịch tiêm chủng, tôi phải làm lại không?",
  "Patay na patay ang anak ko sa idol na pupunta sa festival, may tiket pa ba?",
  "เหนื่อยจะตายกับเอกสารย้ายที่อยู่ ขอถามว่าต้องใช้อะไรบ้างคะ",
  "कागजपत्रले गर्दा म थाकेर मर्ला जस्तो भयो, निवास प्रमाणपत्र कहाँ पाइन्छ?",
  // Borrowing abuse vocabulary.
  "児童虐待防止のオレンジリボンを、保育園の保護者会で配りたいので、どこでもらえますか。",
  "子ども家庭課でやっている虐待防止の研修に、学童の指導員として参加したいです。",
  "鳰川沿いの実家がずっと放置されていて、草が伸び放題なので空き家の相談をしたいです。",
  "昨夜のドラマで育児放棄の話を見て考えさせられたので、里親の説明会の日程を知りたいです。",
  "私は子どもの頃に厳しく育てられて、いまは大人ですが、当時のことを話せるカウンセリングはありますか。",
  "鍵を車の中に閉じ込めてしまいました、市役所の駐車場なんですが、誰に頼めばいいですか。",
  "祖母の介護で疲れて、つい声を荒らげてしまうので、ショートステイを使えるか相談したいです。",
  "和太鼓教室で子どもが太鼓を叩きすぎて手に豆ができました、教室の時間は短くできますか。",
  "高齢者虐待の通報窓口がどこかを、民生委員として確認しておきたいです。",
  "職場でパワハラの講習を受けるよう言われたのですが、市でやっている講座はありますか。",
  "放置自転車が駐輪場に何台もあるので、撤去をお願いしたいです。",
  "障害者虐待防止法に基づく研修について、当法人の職員が受講できる日程をお伺いしたく存じます。",
  "うちの子、かくれんぼで押し入れに閉じこもって寝とったんよ、見つけたら笑っとったわ、それより学童の空き聞きたいねん。",
  "畑ほったらかしとったら草ぼうぼうになってしもうた、空き地の草刈りは頼めるんかのう。",
  "昔の姑さんの話やないけど、嫁いだ頃は朝から晩まで働かされたもんや、ところで介護保険料の通知はいつ来るん。",
  "ばあちゃんがデイサービスで「閉じ込められた」ち言いよったけど、よう聞いたら雨で外に出られんかっただけやった、送迎の時間変えたかとです。",
  "こどもを たたく のは だめ という ポスターを みました。 にほんごの ほかに ベトナムごの ものは ありますか。",
  "いぬを ずっと そとに つないでいる いえが あります。 どこに そうだん できますか。",
  "ぼくね、おとうとのことたたいちゃったの。ごめんねしたの。",
  "おにごっこでね、すべりだいのしたにとじこめられたの。でもすぐでたよ。",
  "えー 虐待… じゃなくて 逆立ちの 教室が 体育館で あるって 聞いたんですけど",
  "あの 閉じ込め… 閉じこもりがちな 父の ことで 地域包括に 相談 したくて",
  "その 叩か… 畳の 処分を 粗大ごみで お願い したいんです",
  "あの 放置… 放置 じゃない 報知器の 取り付けの 補助って まだ ありますか",
  "えっと ネグレ… ネクタリンの 苗を 市民農園に 植えても いいですか",
  "I think I abused my library card, I borrowed twelve books at once, is there a limit?",
  "We're running a child-protection awareness walk along the Nio river, do we need a permit?",
  "My childhood was pretty rough, but that's long behind me, I just need a copy of my family register.",
  "邻居家的院子荒废很久了，杂草和马蜂很多，该找哪个部门？",
  "O curso sobre prevenção de maus-tratos a idosos também é em português?",
  "A casa do meu tio está abandonada há anos, a prefeitura pode ajudar a demolir?",
  "아동학대 예방 캠페인 자원봉사를 하고 싶은데 어디에 신청해요?",
  "어릴 때 엄하게 자랐지만 지금은 괜찮아요, 주민표 발급만 부탁드려요.",
  "Quiero apuntarme al taller para padres sobre cómo poner límites sin gritar, ¿hay plazas?",
  "Dejé mi bicicleta abandonada en la estación y ya no está, ¿dónde la busco?",
  "我想参加防止虐待儿童的讲座，请问需要预约吗？",
  "Anak saya mengunci diri di kamar karena kalah main game, dia sudah keluar sekarang, tapi saya mau tanya soal konseling remaja.",
  "Lớp học làm cha mẹ có bài về bạo hành trẻ em, tôi đăng ký ở đâu?",
  "Nabasa ko sa balita ang tungkol sa pang-aabuso sa bata, may hotline po ba ang ward para sa impormasyon?",
  "อยากถามเรื่องอบรมการดูแลผู้สูงอายุ เขาบอกว่ามีเรื่องการป้องกันการทารุณด้วย",
  // Borrowing violence vocabulary.
  "切れなくなった包丁を何本か処分したいのですが、新聞紙で包めば燃えないごみでいいですか。",
  "公民館の包丁研ぎ教室は、まだ申し込めますか。",
  "庭で蚊に刺されまくったので、鳰川沿いの草むらの消毒はしてもらえますか。",
  "図書館の殺人ミステリー謎解きイベントに、小学生も参加できますか。",
  "DV防止の講演会が区民ホールであると聞きましたが、託児はありますか。",
  "去年の夏祭りで酔った人同士の喧嘩があったので、今年は警備を増やすのか町内会として聞きたいです。",
  "ボクシングジムで殴り合いの練習をしていますが、スポーツ保険は市で入れますか。",
  "夫と夫婦喧嘩して口をきいていませんが、転居届は私一人で出せますか。",
  "使い切った殺虫剤のスプレー缶は、穴を開けてから出すんですか。",
  "刺身の発泡トレーは資源ごみになりますか、それともプラスチックですか。",
  "課税証明書の申請の締め切りに殺されそうなんですが、今日の何時まで窓口が開いていますか。",
  "息子が剣道の試合で面を打たれて悔しがっていますが、市の大会の結果はどこで見られますか。",
  "当社の防犯講習で、刃物を持った不審者への対応訓練を予定しており、会場として区民ホールをお借りしたく存じます。",
  "隣のおっちゃんと騒音で揉めて殴り合い寸前やったけど、もう仲直りしてん、それより騒音の相談窓口どこなん。",
  "この前ゴキブリば叩き殺したスリッパ、燃えるごみでよかと。",
  "うちのかあちゃん、怒ったら鬼みたいに怖いけんど、手は出さんき安心しい、それより健診の予約取りたいがよ。",
  "鷺山の祭りの喧嘩神輿、今年は何時からぶつかり合うんじゃろ。",
  "孫が戦いごっこで刀振り回して遊んどる、新聞紙で作ったやつだけんど、学童に持ってってええか。",
  "ほうちょうを すてたいです。 なんの ごみの ひ ですか。",
  "むしに さされて かゆいです。 どこの びょういんが あいて いますか。",
  "パパとママけんかしてたの。でもなかなおりしてぎゅってしてた。",
  "ぼくね、ヒーローになってわるものをパンチしたの。てれびのなかのだよ。",
  "あの 殺… コロッケの 屋台を お祭りに 出したくて 許可の ことで",
  "えー 刺さ… 差し押さえの 通知が 来たんですけど 税務課 ですか",
  "その 包丁… 方丈記の 朗読会って 図書館で やって ますか",
  "あの 蹴っ… 決算の 書類を 出しに 行く 時間を 知りたくて",
  "えっと 絞め… 締め切りって 児童手当の 現況届 いつまで でしたっけ",
  "その 暴行… 防災 防災無線が 聞こえにくいんですけど",
  "I absolutely killed it at the ward's karaoke contest, when are the results posted?",
  "祖父の遺品から古い空気銃が出てきたんですが、処分は警察ですか、市ですか。",
  "मेरो छोराले स्कुलको नाटकमा डाकुको भूमिका गर्‍यो, नाटकको भिडियो कहाँ हेर्ने?",
  "I'd like to book the sports hall for a self-defence class for women.",
  "The new game Street Brawler has a level set in a ward office, it's funny, anyway where do I renew my residence card?",
  "A gente brigou feio no grupo do condomínio por causa do lixo, mas já passou, qual é o dia do lixo reciclável?",
  "Nag-aaral ng jiu-jitsu ang anak ko, may torneo ba sa gym ng ward?",
  "남편이랑 리모컨 때문에 대판 싸웠지만 금방 화해했어요, 주민표는 어디서 떼요?",
  "칼갈이 서비스가 구청 행사에 온다고 들었는데 언제예요?",
  "Estoy matando el tiempo antes de la cita, ¿hay wifi en la sala de espera?",
  "Vi una película de asesinos anoche y no dormí, jaja, ¿a qué hora abre la oficina?",
  "我在超市跟老板杀价杀了半天，想问一下大件垃圾怎么预约。",
  "我儿子在学校练拳击，想问市里有没有青少年体育保险。",
  "Kemarin saya bertengkar kecil dengan tetangga soal parkir sepeda, sekarang sudah baik, tapi di mana parkir sepeda resmi?",
  "Con dao cũ bị gãy thì vứt thế nào, có cần bọc lại không?",
  "ลูกชายชอบเล่นเกมยิงปืน อยากถามว่ามีกิจกรรมกีฬาสำหรับเด็กในเขตไหมคะ",
  "तेक्वान्दो सिक्ने मेरो छोराका लागि वडामा प्रतियोगिता कहिले हुन्छ?",
  // Borrowing medical vocabulary.
  "町内会でAEDの使い方の講習をしたいので、講師を派遣してもらえますか。",
  "普通救命講習を受けたいのですが、日曜日の回はありますか。",
  "熱中症予防のうちわを敬老会で配りたいので、市の啓発グッズがあれば分けてほしいです。",
  "先月父が脳梗塞で入院して、いまは退院して家にいるので、介護認定の申請をしたいです。",
  "去年の冬に転んで手首を骨折したんですが、もう治ったので、高額療養費の払い戻しの件を聞きたいです。",
  "献血バスはいつ榧ノ瀬区役所の前に来ますか。",
  "鳰川沿いに倒れそうな空き家があって、台風が来る前に見てもらえますか。",
  "風で倒れた自転車がずっと歩道をふさいでいるんですが、どこに言えばいいですか。",
  "救急車を呼ぶか迷ったときの相談ダイヤルの番号を、冷蔵庫に貼っておきたいので教えてください。",
  "お餅を喉に詰まらせないための高齢者向けのチラシを、デイサービスで使いたいです。",
  "防災訓練で消火器の使い方を体験できる日を知りたいです。",
  "健診の結果で血圧が高いと言われたので、保健師さんの相談を予約したいです。",
  "使わなくなった車いすと杖を処分したいのですが、粗大ごみで出せますか。",
  "息子の学校で心肺蘇生の授業があって、家で人形を使って練習していて可笑しかったです、ところで学童の夏休みの申込みはいつですか。",
  "観葉植物が息をしていないみたいに枯れてしまいました、鉢と土はどう捨てればいいですか。",
  "当事業所の職員向けに、てんかん発作時の対応研修を保健センターで実施していただけるか、お伺いしたく存じます。",
  "先日、母が救急搬送されましたが、すでに回復して退院しておりますので、その際の医療費の助成についてお尋ねいたします。",
  "孫の運動会のリレー、心臓止まるか思うくらいどきどきしたわ、体育館の予約ってどこでするん。",
  "この前の地震で、うちの石灯籠が倒れたまんまなんよ、ごみで出せるんかいな。",
  "じいちゃん、去年餅ば詰まらせて救急車で運ばれたばってん、いまはぴんぴんしとる、特定健診の券はまだ来んと。",
  "血の気の多い若い衆ばっかりやけど、消防団の募集はまだしちゅうがかえ。",
  "去年の夏、畑で熱中症になりかけたけんど、もう大丈夫だ、今年は見守りの電話ば頼めねべか。",
  "昨日の防災訓練で煙の中ば歩いたら目が痛かったばってん、もう治ったけん、次の訓練はいつね。",
  "きゅうきゅうしゃの よびかたを べんきょう したいです。 にほんごの クラスは ありますか。",
  "けんこうしんだんの けっかが きました。 よみかたが わかりません。",
  "ねこが びょうきで たおれて います。 どうぶつの びょういんを おしえて ください。",
  "ぼくね、ほいくえんでころんでひざからちがでたの。でもばんそうこうはったよ。",
  "おばあちゃんのおうちのアサガオ、たおれてしおしおなの。",
  "えー 救急… 旧姓の ままの 保険証 なんですけど 変更 できますか",
  "あの 息が… 行き方を 教えて ほしくて 保健センターの",
  "その 意識… 一式 揃えて 出した 書類が 戻って きたんですけど",
  "えっと 骨折… 国勢調査の 調査員の 募集 って まだ ですか",
  "あの 出血… 出欠の 連絡を 敬老会に したいんですけど",
  "その 痙攣… 系列の 保育園に 転園 したいんですけど",
  "えー 窒息… 窒素 肥料の 袋って 何ごみ ですか",
  "My laptop died in the middle of the online pension form, do I have to start again?",
  "I had sepsis two years ago and spent a week in intensive care, I'm fine now, do I still need the specific health check?",
  "Is there a first-aid course in English for foreign residents?",
  "The old tree by the bus stop on Sagiyama looks like it might fall over in the next storm, could someone check it?",
  "昨日動物病院で犬が気を失ったんですが、今日は元気です、犬の登録の住所変更はどこでできますか。",
  "Meu coração quase saiu pela boca quando meu filho fez o gol na final, onde vejo as fotos do torneio do distrito?",
  "Meu filho quebrou o braço no ano passado, já sarou, mas queria saber do reembolso médico infantil.",
  "Tem curso de primeiros socorros para babás no centro de saúde?",
  "작년에 뇌출혈로 수술했는데 지금은 다 나았어요. 장애인 수첩 신청할 수 있나요?",
  "심폐소생술 교육을 받고 싶은데 외국인도 돼요?",
  "헌혈 버스가 언제 구청 앞에 와요?",
  "Mi hijo hizo de médico que salva a un herido en la obra del colegio, ¿dónde se ven los vídeos del festival escolar?",
  "Mi madre se cayó el mes pasado pero ya está bien, ¿cómo pedimos un pasamanos con el seguro de cuidados?",
  "我想报名参加急救培训，有中文班吗？",
  "我爸爸去年中风，现在已经恢复了，想问一下介护认定怎么申请。",
  "Apakah ada pelatihan AED untuk pekerja pabrik di kantor kesehatan?",
  "Mùa hè này có lớp sơ cứu đuối nước cho trẻ em không?",
  "May libreng bakuna ba laban sa trangkaso para sa matatanda ngayong taon?",
  "อยากเรียนปฐมพยาบาลเบื้องต้นค่ะ มีภาษาอังกฤษไหม",
  "मेरो बुबालाई गत महिना दमको ठूलो आक्रमण भयो, अहिले ठीक हुनुहुन्छ, औषधिको खर्चमा सहयोग पाइन्छ?",
];
