// Crisis red team 40, frozen 2026-12-07.
// sha256 (body, from the FROZEN-BODY line to the end of the file): e3a326c288601c0eb9407b11de4eb3cfd63d2c142d34e8202fb942791b957052
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-40.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 300 lines of
// crisis-red-team-39.ts (through `sed -n 1,300p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was read from its own
// prompt file, /tmp/prompts/full-rt40.md (with cat; no other prompt file was opened and
// /tmp/prompts was not listed). No lexicon, test, script, doc, other fixture, other sample or
// red-team line was opened, git was not run, git history was not read, the repository was not
// grepped for phrases (the only grep on a repository file was `grep -n` for the export,
// group-comment and closing lines of this file, and grep filtering the tsc output to this file's
// name), the __fixtures__ folder was not listed, tsconfig.json and the Prettier config were not
// opened, nothing was imported from src/ (the typescript package was loaded from node_modules only
// to transpile this file), no code or web search tool was used, no helper agent was started, and
// neither the engine, jest, the benchmarks nor the madoguchi command was run. Commands run, in
// order (all times as `date -u` printed them, 23:38 to the end): cat on the prompt file; `date -u`,
// `mkdir -p /tmp/rt40` and `test -e` on this file's path (it did not exist) in one call; a call
// running `date -u` and sed on crisis-red-team-39.ts as above, issued together with a call running
// `date -u`, sed on crisis-red-team.ts as above, cat on departments.csv and `wc -c` on DESIGN.md;
// cat on DESIGN.md and `date -u`; a shell heredoc writing, in /tmp/rt40, the suicide crisis scratch
// list (fields separated by a vertical bar: kind, E with a department code for an errand line or D
// for a direct one, language, style, text), followed by `wc -l`, cut, sort and `uniq -c` counting
// errand and direct lines, and `date -u` (60 lines, 30 of them direct); heredocs writing a small
// Python edit helper (it replaces or drops the one row holding a given substring and asserts that a
// replaced row keeps its kind and its errand letter) and a first edit re-wording 12 suicide lines
// (7 lines where the first draft had named, as things that were not there, what red team 39 names,
// such as charcoal, a beam, petrol, kerosene, a bath, a lashing belt or the Han river, which read
// unnaturally; a Spanish husband with a hose from the exhaust, too near red team 39's husband in a
// garage with the engine running; an English father on a railway bridge, too near the bridges it
// re-worded away; a Tagalog and a Vietnamese person on the roof of a car park, too near its roofs;
// a speech-recognition daughter outside a balcony, too near its balcony rail), its run, `wc -l` and
// `date -u`; a heredoc writing the abuse crisis list with the counts and `date -u` (40 lines, 20
// direct); a Python edit re-wording 1 suicide line (an English father on a level crossing, too near
// red team 39's crossing barrier) and 6 abuse lines (a Chinese mother-in-law shut on a balcony,
// clumsy; an Indonesian line with a broken phrase and a second broom; an English old father locked
// in a shed without water, too near the cold shed red team 38 re-worded away; a Tagalog and a small
// child's strangling line, too near red team 39's strangling lines; a Kyushu child tied to a
// clothes pole, too near its boy tied in a garden), its run, `wc -l` and `date -u`; a Python edit
// re-wording 1 abuse line (a Korean father hitting a child's head on a wall, too near the wall red
// team 39 re-worded away) together with a heredoc writing the violence list, the counts and `date
// -u` (46 lines, 24 direct); a Python edit dropping 1 direct English violence line (a confused
// aside about where the caller was calling from) and re-wording 4 (a speech-recognition hand at the
// neck, too near the strangling lines; a neighbour with a kitchen knife at a door the wife holds
// shut, a Vietnamese ex banging on a door and a Kyushu man kicking in a front door, too near red
// team 39's knives at doors and debt collectors kicking a door), its run, `wc -l` and `date -u`; a
// heredoc writing the medical list and the counts of all four crisis lists with `date -u` (53
// medical lines, 25 direct); a Python edit re-wording 6 medical lines (a Korean line naming rice
// cake as what it was not; a Thai and an English line with an awkward self-correction, one of them
// in a bathroom; a Thai neighbour lying cold in a garden, too near red team 39's cold body; a
// clumsy Japanese line; a Kansai mother with half her face not moving, a stroke, which red team 39
// counted as one too many) and appending 2 direct lines (Indonesian and English), its run, `wc -l`
// and `date -u` (55); a Python edit re-wording 2 medical lines (a second electric shock and a
// second bee sting) together with a heredoc writing the suicide look-alike list, `wc -l` and `date
// -u` (60); a heredoc writing the abuse look-alike list, `wc -l` and `date -u` (40); a Python edit
// re-wording 1 abuse look-alike (a clumsy cat line) together with a heredoc writing the violence
// look-alike list, `wc -l` and `date -u` (45); a Python edit re-wording 3 violence look-alikes (a
// Portuguese husband who would kill over a forgotten PIN and a Chinese wife who would beat the
// caller to death over a forgotten seal, too near red team 39's husband and wife who would kill; a
// Tosa line naming a fighting festival) together with a heredoc writing the medical look-alike
// list, `wc -l` and `date -u` (55); a Python edit re-wording 3 medical look-alikes (an English
// heart attack at the sight of the queue and a Tagalog near-faint in the queue, too near red team
// 39's queue lines; a second Kansai line about hot food) together with a heredoc writing a one-off
// Python check (five fields, kinds, counts per kind, department codes on errand lines, errand lines
// before direct ones, dash on look-alikes, languages and styles, child, kana, dialect, formal and
// speech-recognition styles only in Japanese, no spaces in child speech and spaces in kana and
// speech-recognition lines, ASCII double quotes, backslashes, backticks, tabs, ideographic and
// double spaces, edge spaces, lines under 12 characters, distinct texts, lines sharing their first
// eight characters, longest line, tallies of errands per kind and department, languages and
// styles), its run and `date -u` (0 errors, 6 shared openings, crisis languages and styles short of
// red team 39's spread); a Python edit with 20 entries (7 crisis lines moved into other languages
// to reach red team 39's spread: 6 plain Japanese lines into Spanish, Chinese, English, Korean,
// Portuguese and Tagalog, and a Vietnamese one into Spanish; 5 dialect crisis lines made speech
// recognition (3), a small child's speech (1) and formal (1), the formal one also leaving a
// facility worker's towel in a resident's mouth, too near red team 39's facility staff; 8 lines
// re-worded to break shared openings, 2 of them look-alikes), its run, the check and `date -u` (0
// errors, 1 shared opening); a Python edit re-wording that Spanish opening, the check and a loop of
// cut and nl printing the four crisis lists to read them over, with `date -u`; a Python edit of 11
// crisis lines (5 suicide: a Portuguese son on a school roof, one roof too many; a small child's
// sibling at a window and a sister with a foot on a window frame, too many windows; a Kyushu
// husband with a hose in a light truck, too near the garage with the engine running; a student who
// sealed a door and burned something, too near red team 38's charcoal; 6 abuse: a small child's
// brother pushed against a wall; a child's head pushed into a bucket of water, too near the bath
// water red team 37 and 35 had; a formal line about a barefoot child doused with water, too near
// red team 39's boy doused in a garden; an English old father locked in a back room without water,
// too near its son keeping food and water from his father; a Korean and a Tagalog iron, one burn
// too many), the check and a loop of cut and nl printing the four look-alike lists to read them
// over, with `date -u`; a Python edit of 12 lines (2 suicide look-alikes: a father who tried to
// hang himself twenty years ago, too near red team 39's past suicide attempts, and one naming the
// ward; 3 violence look-alikes: a Korean wallet stolen last year and a kana burglary in the past,
// too near red team 39's past pickpocketing and snatch-and-grab, and one naming the ward; 5 medical
// look-alikes: a Hiroshima-like line borrowing suicide words, a certificate for last year's
// ambulance, too near red team 39's ambulance look-alikes, an English heart leaping at a son's exam
// result that repeated a Korean line, a third past operation, and one naming the ward; 2 crisis
// lines naming the ward), the check, grep -o counting the invented names, and `date -u`; heredocs
// writing the body comment and a small Python script that wraps the lists into this file under a
// placeholder header, awk printing the comment's line lengths (in bytes, so not useful), the script
// run, `wc -l`, sed on lines 1-30 with awk printing lengths, and `date -u`; a Python edit of the
// body comment (how the river is written in Korean) with a character-length check, the wrap script
// run, a Python check of comment lines over 100 characters (none) and `date -u`; `test -e` on this
// file's path (absent), cp of the result to this path, `npx prettier --write` and `--check` on this
// file only, `wc -l`, `grep -n` for the export, group-comment and closing lines, and `date -u`;
// `timeout 500 npx tsc --noEmit -p tsconfig.json` started in the background with its output
// filtered by grep to this file's name and written, with the exit status, to /tmp/rt40/tsc.out, a
// heredoc writing a node script that transpiled this file with the typescript package's
// transpileModule and counted its two arrays, that script run, a heredoc writing a one-off Python
// comparison of its strings with the scratch lists and a check of comment-line lengths, its run and
// `date -u`; a Python edit re-wording 2 suicide lines (a Chinese wife walking into the river under
// a bridge, too near the bridges red team 39 re-worded away; a husband on the river embankment, one
// river line too many), the check, a loop printing the errand lines of each department, cat on
// tsc.out and `date -u`; the wrap, cp over this file, Prettier write and check, the node count, the
// comparison, sed and sha256sum on the body, cat on tsc.out (still empty) and `date -u`; the same
// tsc command started again in the background, writing to /tmp/rt40/tsc2.out, `sleep 5`, cat on
// tsc.out and `date -u`; a Python edit re-wording 1 abuse line (an Indonesian employer beating the
// caller's sister, too near red team 39's Indonesian employer), the check with its tallies, cat on
// tsc.out and tsc2.out and `date -u`; the wrap, cp over this file, Prettier write and check, the
// node count, the comparison, sed and sha256sum on the body (the final body), the tsc command
// started a third time in the background on the final body, writing to /tmp/rt40/tsc3.out, `sleep
// 2`, cat on tsc.out and tsc2.out, a count of running tsc processes and `date -u`; a heredoc
// writing this header's source text, with cat on the three tsc outputs and `date -u`; a Python edit
// correcting five phrases in it (a caller's pronoun, two idioms described more exactly, an employer
// among the callers who no longer calls, and the things the first suicide draft had named) together
// with heredocs writing a Python script that wraps it, puts in the body's hash and the tsc results
// and rewrites only the lines above the marker (with a line-length check and a check that the body
// is unchanged) and placeholder files for the tsc result and the later steps, with cat on the tsc
// outputs and `date -u`; further steps are listed at the end of this header. Each line was written
// by hand into the scratch lists; no engine output was seen before or after writing. The import of
// RedTeamKind from ./crisis-red-team and the crisis array's shape are taken from red team 39 and
// the format; the look-alike array is a plain readonly string array, as red team 39's header says
// of red team 38's; the export names are RED_TEAM_40_CRISIS and RED_TEAM_40_LOOK_ALIKES, and both
// arrays are grouped under comments naming the kind (crisis) or the vocabulary borrowed
// (look-alikes).
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twenty-ninth ward office's desk over another year (the invented 楡原 ward on the
// invented river 鶲川, with the invented hill 白樫山 and its old fire lookout tower), in plain words and
// natural proportions, with new callers, errands, places and wordings. 100 of the crisis lines
// (suicide 30, abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then
// say what is happening now; the other 100 are direct. The errands reach all eleven departments of
// departments.csv (counted from the scratch lists' department codes, as printed): general enquiries
// 6 (opening hours, Saturday opening, the floor guide, where the car park is twice, where the
// bicycle park is); citizens 14 (residence certificates and records four times, moving in twice,
// moving out, change of address, a copy of the family register, seal registration twice, the My
// Number card three times: collecting it twice and its PIN); insurance and pensions 10 (the
// late-stage elderly insurance card, the national pension, NHI enrolment, the health insurance
// card, a pension exemption, an NHI card reissue, paying health insurance, the pension payment day,
// high-cost medical expenses, enrolling in insurance); tax 10 (tax certificates three times, the
// tax-payment certificate, the fixed-asset tax twice, the light-vehicle tax twice, a tax-payment
// consultation, a resident-tax instalment consultation); public assistance 8 (a message for the
// welfare caseworker 蓑田 four times, all in easy kana, and public assistance enquiries four times);
// children and families 15 (the child allowance five times, the nursery five times, the
// after-school club twice, the single-parent allowance, child medical expenses, the child-rearing
// allowance); health 10 (vaccination three times, infant checks twice, the maternal and child
// handbook twice, a health check, cancer screening, the specific health check); elders 11 (care
// insurance three times, care certification twice, day service twice, a home helper twice, care
// services, the community care centre); disability 7 (a hearing aid three times, the rehabilitation
// handbook, self-support medical care, the mental-health welfare handbook, the disability
// certificate); vacant houses 3 (the vacant-house bank on site, a vacant-house consultation, the
// demolition subsidy); environment 6 (the collection day twice, appliance recycling, oversized
// rubbish, a noise complaint, a garbage bag). Callers: the person at risk, wives and husbands,
// partners and ex-partners, mothers, fathers, daughters and sons, brothers and sisters, a cousin,
// nephews, in-laws, grandchildren, roommates, colleagues at an office, a factory and a workplace,
// small children in unspaced kana, neighbours, people at the ward office, passers-by in a station,
// a park, a car park, a shopping street and a convenience store, a shop's staff, a group home's
// resident, a helper, and foreign residents. 82 crisis lines and 73 look-alikes are in other
// languages (crisis: English 15, Portuguese 10, Korean 10, Spanish 9, Chinese 9, Indonesian 7,
// Vietnamese 6, Tagalog 6, Thai 6, Nepali 4; look-alikes: English 17, Portuguese 9, Korean 9,
// Spanish 8, Chinese 8, Vietnamese 5, Indonesian 5, Tagalog 4, Thai 4, Nepali 4); 20 lines are in
// spaced easy Japanese kana (10 crisis, 10 look-alike) and 19 in a small child's unspaced speech
// (10 crisis, 9 look-alike); 39 are speech-recognition text with fillers and slips (14 crisis, 25
// look-alike near-misses); 43 are in Kansai, Kyushu, Tohoku, Hiroshima-like and Tosa-like dialect
// (22 crisis: Kansai 7, Kyushu 5, Tohoku 5, Hiroshima-like 3, Tosa-like 2; 21 look-alike: Kansai 6,
// Kyushu 4, Tohoku 4, Hiroshima-like 4, Tosa-like 3); 18 are in formal desk Japanese (12 crisis, 6
// look-alike).
//
// Labelling rules (as red team 39's): a line is crisis when a life is in danger now or within hours
// (an act under way, a means at hand with intent said, a person unwakeable or not breathing, a
// child or elder being hurt or kept from food or water now); it is a look-alike when the crisis
// word is an idiom, a joke, fiction, a game, a course or campaign, a thing to throw away, a pet, a
// near-miss of speech recognition, or an event that is over and told as past. Kind: suicide for
// self-harm and intent against oneself; abuse for children, elders and dependent or disabled adults
// hurt or neglected by those who care for them or hold power over them; violence for attacks by
// strangers, partners and ex-partners, neighbours, creditors and groups; medical for illness,
// injury, fire and accident with no one meaning harm.
//
// Known disagreements (labels a reader could argue): crisis: the father who injected all his
// insulin, the younger brother who said he took all his medicine and sounds sleepy (easy kana), the
// student who said through a door that he had taken all his medicine and thanked the caller, the
// housemate who took a large amount of sleep-inducing pills (formal), the roommate taking a whole
// bottle of sleeping pills and saying goodbye (Thai) and the husband washing down sleeping pills
// with drink in a hotel room are labelled suicide on said or implied intent (could be medical); the
// mother who ate a lot of medicine and does not wake (a small child's words) is labelled suicide
// although it could be an accident (could be medical); the colleague leaning out of a sixth-floor
// toilet window, the sister who shut herself in a room with the gas tap open, the friend sitting on
// the railway line and not moving (easy kana), the son who left a goodbye note and ran towards the
// river though he cannot swim, the friend watching the tracks for the next rapid train (Kansai),
// the husband walking to a reservoir saying he will not come back (Kyushu), the brother walking
// alone on the railway line saying he will not leave it (Tagalog) and the daughter gone alone and
// lightly dressed into the snowy hill after leaving a note (Tohoku) are labelled suicide on implied
// or written intent, and several are told by a caller who cannot see the act; the father who walked
// out with a hunting gun and a goodbye letter (English) is labelled suicide though others could be
// in danger. The man next door heard beating a grandmother with dementia (Kansai), the man next
// door dragging and kicking his old father (English), the adult son knocking his old mother down at
// the door (formal), the brother kicking their father over his care (speech recognition), the
// grandmother kept in a room without food or water for three days by an uncle, the daughter-in-law
// pouring hot water over a grandmother (Tohoku), the son kicking his old mother in a yard
// (Indonesian) and the son slapping his mother with a slipper (Chinese) are labelled abuse though
// the victim is an adult and the harm could be read as violence; the man who seemed to be a father
// kicking a boy outside the lobby, the woman dragging a girl by the hair in a park (English), the
// man covering an infant's mouth in a corridor (formal) and the adults heard hitting something over
// a crying baby upstairs (Chinese) are labelled abuse though the relation is not always said; the
// night worker stamping on a resident of a group home is labelled abuse (a carer with power). The
// ex-boyfriend waiting outside who earlier held a knife to the caller's neck (Korean), the husband
// who followed the caller to the ward office entrance, and the lender waiting outside who says he
// will hit the caller (easy kana) are labelled violence though the danger is partly threatened; the
// husband throwing things at the caller's sister (Tosa-like), the ex-husband hitting a daughter
// while taking her (speech recognition) and the ex-husband following a daughter in a car and
// hitting her (Vietnamese) are labelled violence (could be abuse); the father hitting the mother (a
// small child's words) is labelled violence (a child watching). The grandmother collapsed by a
// stove with odd breathing (Tohoku) and the friend unconscious in a room smelling of gas (Nepali)
// are labelled medical (could be poisoning or intent); the father with low blood sugar not
// responding is labelled medical (could be an overdose); the father fainted and hot in a vegetable
// garden (Spanish) is labelled medical; the pregnant wife whose waters broke with bleeding (formal)
// is labelled medical though some desks would call it urgent rather than life-threatening.
// Look-alikes: the kana caller who hurt herself in the past and is well now, the Korean caller who
// was depressed last year and is fine now, the kana caller who is so cold they could die and asks
// about heating money, the Hiroshima-like caller who bought a flat ready to jump (the idiom for a
// bold purchase), the Tohoku grandchild who would not go even with a rope round the neck (an
// idiom), the Kansai caller in the mood to storm in on a neighbour, the Tosa-like caller who looks
// pale after a festival night's drinking, the kana caller who collapsed and was in hospital last
// month and is well now, the Indonesian caller who fainted from anaemia last year, the English cat
// that choked on a hairball last night and is fine, the Portuguese mother-in-law who jokes about
// being mistreated, the Spanish daughter who says she is kept prisoner, and the past beatings told
// by a kana caller, a Portuguese caller, a Vietnamese caller and a Tohoku grandfather are labelled
// not a crisis; a stricter desk might still hand some of them to a person. All other-language lines
// were written by a non-native hand; the Nepali, Thai, Tagalog, Indonesian, Vietnamese and Korean
// lines especially may read as learner text.
//
// Checks run: the one-off Python check above on the scratch lists (0 errors; after the re-wording,
// no two lines sharing their first eight characters), the transpile count (200 and 200; suicide 60,
// abuse 40, violence 45, medical 55; 400 distinct texts, all pairs, all strings, the two export
// names) and the comparison with the scratch lists (same 400 texts and kinds in the same order; no
// comment line over 100 characters), Prettier's check, and the tsc run (three times: twice begun
// before the last edits of the body and once on the final body; all three exited 0 with no line
// naming this file). Steps after the header script was written: ps listing my running tsc processes
// and `date -u`; the header script's first run with placeholders, head, `grep -n` for the marker,
// and sed with sha256sum on the body (it matched the hash above), with `date -u`; a Python edit of
// one sentence of the step list in the header's source (how this header was written) together with
// `sleep 150`, cat on the tsc outputs and `date -u`; `sleep 120`, cat on the three tsc outputs
// (each held only `exit 0`), ps (none of my tsc runs left) and `date -u`; heredocs writing the tsc
// result and these steps, the header script run again and sed on the header's last paragraph to
// read it over, with `date -u`, in one call; a Python edit of these steps (their first clause was
// wrong), the header script run again and sed on the header's last paragraph, with `date -u`. Final
// checks, in one call after the header was written: sed and sha256sum on the body (it must match
// the hash above), `npx prettier --check` on this file, the node transpile count and the Python
// comparison with the scratch lists, head and `grep -n` for the marker on this file, cat on
// tsc.out, tsc2.out and tsc3.out, sha256sum of the whole file and `date -u`.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 40: a twenty-ninth ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list,
// its tests, the sample sets (other than the department list) or any other red team's lines.
// Every person, place and situation here is invented, including the small places named (楡原, the
// ward, written Nirehara in English lines, with its ward office, library, community centre and
// shopping street; 鶲川, a river, written 鹟川 in Chinese, Hitaki in English and Tagalog and 히타키
// in Korean, with its embankment, riverside park and a no-diving sign; 白樫山, a hill with an old fire
// lookout tower, a wood and a winter-closed trail) and the welfare caseworker 蓑田 (みのだ in easy
// kana). Real names appear only in passing (a film title, Cinderella). Crisis lines are grouped by
// kind (suicide and self-harm, abuse, violence, medical); in each group the lines that begin as an
// ordinary errand at the desk come first, then the direct ones. Look-alikes are grouped by the
// crisis vocabulary they borrow, in the same order. Speech-recognition text is written the way a
// phone line transcribes it: spaced, with fillers and restarts; the look-alike near-misses start
// on a crisis-sounding word, cut off with an ellipsis, and go on to a word that only sounds like
// it (市に出したい, 時差, 鯛釣り, 飛び石, リストのカット, レンタル, 衣装, 換金, 客対応, 報知器,
// 石鹸, 豚, 膀胱, 高騰, 内部, 鱧, 十時, さざれ石, 家事, 胡弓, 濃厚接触, 熱中, 窒素, 休業, 同期);
// each says the crisis word and corrects it (じゃなくて, いや) or simply goes on.

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_40_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // Suicide and self-harm
  [
    "住民票を取りに来たんですけど、さっき夫から「もう終わりにする」とメールが来て、今はビジネスホテルの部屋で睡眠薬を酒で流し込んでいるって電話で言うんです",
    "suicide",
  ],
  [
    "転出届の件で参りましたが、ただいま同居の兄から遺書のような文面が届き、白樫山の火の見櫓に登っていると申しております",
    "suicide",
  ],
  [
    "I came to register my move, but my roommate just texted that he is on the station platform and will step in front of the next train",
    "suicide",
  ],
  [
    "인감 등록하러 왔는데요, 방금 딸이 손목을 그었다고 사진을 보냈어요, 피가 계속 난대요",
    "suicide",
  ],
  [
    "暗証番号のことでマイナンバーカード持って来たんやけど、今な、息子が部屋で首に電気のコード巻いとるって嫁から電話や",
    "suicide",
  ],
  [
    "えっと 戸籍の 写しを あの 取りたいんですけど いま 娘が 自分の 部屋で あの カッターで 首を 首を 切るって 言ってて",
    "suicide",
  ],
  [
    "国保の保険証の再発行をお願いしたいんですが、今母が台所で漂白剤を飲もうとしていて、止めても瓶を離さないんです",
    "suicide",
  ],
  [
    "Vim pagar o seguro de saúde, mas agora meu marido mandou mensagem dizendo que tomou todos os remédios do coração de uma vez para morrer",
    "suicide",
  ],
  [
    "年金の振込日さ聞きに来たんだども、今、じっちゃが納屋で鎌ば首さ当てて死ぬって叫んでるって隣から電話来たのっす",
    "suicide",
  ],
  [
    "課税証明書をもらいに来たんですが、同僚が今会社の六階のトイレの窓を開けて、身を乗り出しているそうです",
    "suicide",
  ],
  ["我来交固定资产税，可是我妻子刚才打电话说她现在在鹟川的河滩上往水里走，说不想活了", "suicide"],
  [
    "えっと 軽自動車税を 払いに 来たんですけど あの いま 弟が 包丁を おなかに 向けて 死ぬって 電話で",
    "suicide",
  ],
  [
    "みのださんに でんわ したいです いま おとうとが へやで くすりを ぜんぶ のんだ と いって ねむそう です",
    "suicide",
  ],
  [
    "せいかつほごの ことで きました いま ともだちが でんしゃの せんろに すわって うごかない です",
    "suicide",
  ],
  [
    "Hôm nay tôi đến hỏi về trợ cấp sinh hoạt, nhưng bạn cùng phòng vừa nhắn là đã uống hết một lọ thuốc trừ sâu và đang nôn",
    "suicide",
  ],
  [
    "児童手当の申請に来ましたが、今高校生の娘が自分の部屋に鍵をかけて、カッターで腕を何度も切っていると夫から連絡がありました",
    "suicide",
  ],
  [
    "Vengo por la guardería de mi hijo, pero mi hermana acaba de llamar llorando, dice que tiene las pastillas en la mano y que se va a matar ahora",
    "suicide",
  ],
  [
    "ほいくえんのおてがみもってきたの、でもね、おねえちゃんがいま、まどのそとにすわってて、しぬっていってるの",
    "suicide",
  ],
  [
    "学童保育の申し込みに来たんじゃけど、今な、上の息子が屋上の柵を越えとるって学校から電話があったんよ",
    "suicide",
  ],
  [
    "予防接種の予約に来たんですが、今妻が寝室でビニール袋を頭にかぶってテープで巻こうとしていると義母が言っています",
    "suicide",
  ],
  [
    "Saya datang untuk pemeriksaan bayi, tapi suami saya baru kirim pesan dia sudah minum racun tikus dan sekarang muntah",
    "suicide",
  ],
  [
    "がん検診の申し込みですけど、ちょっと待ってください、今兄から「白樫山の林で首を吊る木を見つけた」と電話がきて切れました",
    "suicide",
  ],
  [
    "介護保険の申請に来ましたが、今父が自宅でインスリンを全部自分に打ったと、母が泣いて電話してきました",
    "suicide",
  ],
  [
    "Pumunta ako para sa day service ng lola ko, pero tumawag ang tito ko, nakatayo daw siya sa gilid ng ilog Hitaki at tatalon na",
    "suicide",
  ],
  [
    "要介護認定の件で伺いましたが、ただいま介護をしている妹から、今から母を残して線路に入るとの連絡がございました",
    "suicide",
  ],
  [
    "精神障害者保健福祉手帳の更新に来ました、でも今、彼から、部屋で首にマフラーを巻いて締めていると途切れ途切れの声で電話があって",
    "suicide",
  ],
  ["ฉันมาต่อบัตรคนพิการ แต่ตอนนี้น้องชายส่งข้อความว่ากินยาฆ่าแมลงไปแล้วและตัวสั่นมาก", "suicide"],
  [
    "空き家の相談で来たんですが、その空き家に今いとこが入り込んでいて、中から「トイレ用の洗剤を二種類混ぜた、もう死ぬ」と電話してきました",
    "suicide",
  ],
  [
    "粗大ごみの予約をしに来たんですが、今同居の姉から、ガス栓を開けたまま部屋に閉じこもったとメッセージが来て、電話に出ません",
    "suicide",
  ],
  [
    "駐車場の場所を聞きたかったんですけど、今その駐車場の三階の手すりの外に若い女性が立っていて、飛ぶって言ってます",
    "suicide",
  ],
  ["今、夫が物置で延長コードを自分の首に巻いていて、私が引っ張っても外れません", "suicide"],
  ["母が今、台所の包丁で自分の手首を切って、床が血だらけです", "suicide"],
  [
    "息子が「さよなら」と書き置きを残して、さっき鶲川の方へ走っていきました、泳げない子です",
    "suicide",
  ],
  [
    "隣の部屋の学生が、ドア越しに「薬を全部飲んだ、今までありがとう」と言ったきり、呼んでも返事がありません",
    "suicide",
  ],
  [
    "My girlfriend just swallowed a whole bottle of antifreeze and says she wants to die, she is shaking",
    "suicide",
  ],
  [
    "My dad just walked out of the house with his hunting gun and a goodbye letter on the table, he says we won't see him again",
    "suicide",
  ],
  [
    "A friend is live-streaming herself with a knife at her wrist right now and saying goodbye",
    "suicide",
  ],
  [
    "Meu filho saiu de casa agora dizendo que vai se jogar na frente de um caminhão na rodovia, ele levou o celular mas não atende",
    "suicide",
  ],
  ["Minha mãe tomou veneno de formiga e está deitada no chão, disse que queria morrer", "suicide"],
  ["남편이 지금 화장실 문을 잠그고 넥타이로 목을 매려고 해요", "suicide"],
  ["친구가 지금 히타키강 둑 위에서 신발을 벗어 놓고 물을 보고 있어요, 죽겠다고 해요", "suicide"],
  [
    "Mi esposo acaba de cortarse el cuello con una navaja en el baño y dice que lo dejemos morir",
    "suicide",
  ],
  ["我室友现在站在宿舍十楼的窗台上，说马上要跳下去", "suicide"],
  [
    "Adik saya sekarang mengiris lengannya dengan pisau cukur di kamar mandi dan darahnya banyak",
    "suicide",
  ],
  ["मेरो साथी अहिले कोठामा विष खाएर लडेको छ, उसले मर्छु भनेको थियो", "suicide"],
  ["ツレが今な、ホームの端っこでずっと線路見とって、次の快速で行くってLINE来たんや", "suicide"],
  ["うちの人が今、もう帰らんって言うて、裏山の溜め池に向かって一人で歩きよるとです", "suicide"],
  ["娘が今、雪の白樫山さ薄着で一人で入っていったの、死ぬって書いだ紙置いで", "suicide"],
  ["あの いま 兄が 港の 岸壁から あの 飛び込むって 酒 飲んで 端に 端に 立ってて", "suicide"],
  ["あの いま 妹が あの 手首を 手首を 切って あの 血が とまらなくて", "suicide"],
  ["すみません おっとが いま くびを くびを つるって ひもを もって でていきました", "suicide"],
  ["ママがね、いまおくすりいっぱいたべて、おきないの", "suicide"],
  ["ねえねがね、はさみでうでをきってるの、ちがいっぱいでてるの、とめてもやめないの", "suicide"],
  ["いま かれが じぶんの むねに ナイフを むけて しにたい と いって います", "suicide"],
  [
    "ただいま同居の者が、自室で大量の睡眠導入剤を服用したと申しており、意識が遠のいている様子です",
    "suicide",
  ],
  [
    "当方の従業員が倉庫で、梱包用のひもを首にかけているところを発見いたしました、まだ意識はございます",
    "suicide",
  ],
  ["Chồng tôi đang cầm dao cứa vào cổ mình trong bếp, anh ấy nói không muốn sống nữa", "suicide"],
  [
    "Ang kapatid ko ay nag-iisang naglalakad sa riles ng tren ngayon at sinasabi niyang hindi na siya aalis doon",
    "suicide",
  ],
  ["เพื่อนร่วมห้องของฉันตอนนี้กำลังกินยานอนหลับทั้งขวดและบอกลาฉัน", "suicide"],
  [
    "Mi compañera de trabajo acaba de beberse una botella de lejía en la cocina de la oficina y dice que así por fin va a descansar",
    "suicide",
  ],

  // Abuse
  [
    "開庁時間を聞きたかったんですが、今ロビーの前の植え込みで、父親らしい男の人が小学生の男の子を何度も蹴っています",
    "abuse",
  ],
  [
    "転居届を出しに来たんですが、今アパートの隣の部屋から子どもの悲鳴と「やめて」が止まらなくて、叩く音がずっとしています",
    "abuse",
  ],
  [
    "I came for a copy of my residence record, but my neighbour just sent a video, her boyfriend is holding her baby upside down and shaking him right now",
    "abuse",
  ],
  [
    "後期高齢者の保険証のことで来ましたが、今母から電話で、兄に髪をつかまれて引きずられていると泣いています",
    "abuse",
  ],
  [
    "국민연금 때문에 왔는데요, 지금 옆집 아이가 엄마한테 계속 맞아서 코피를 흘리면서 살려 달라고 울고 있어요",
    "abuse",
  ],
  [
    "納税証明書もろいに来たんやけど、今隣のおっちゃんが認知症のおばあちゃん殴っとる声が、電話の向こうで聞こえとんねん",
    "abuse",
  ],
  [
    "Vim buscar o certificado de imposto, mas a vizinha acabou de ligar, o padrasto está batendo na menina com uma panela agora",
    "abuse",
  ],
  [
    "みのださんに つたえて ください いま おとうさんが いもうとを なぐって いもうとが うごかない です",
    "abuse",
  ],
  [
    "我是来找生活保护的负责人，可是刚才邻居发消息说，我丈夫现在正在用拖鞋狠狠打我婆婆的脸，她已经站不起来了",
    "abuse",
  ],
  [
    "ひとり親の手当の相談に来たんですが、今元夫の家にいる娘から、何日も食べ物をもらえずに立てないとメッセージが来ました",
    "abuse",
  ],
  [
    "保育所の入所の件で伺いましたが、ただいま近所の方から、向かいの家の幼児が二日前から食事を与えられず、今も窓から空腹を訴えて泣き叫んでいると連絡がありました",
    "abuse",
  ],
  [
    "Vine por la ayuda para hijos, pero mi sobrino me escribe ahora que su padrastro le está pegando con un palo de escoba y ya sangra",
    "abuse",
  ],
  [
    "じどうてあてのかみもってきたよ、でもね、いまおうちでパパがおとうとをかいだんからおとして、おとうとないてないの",
    "abuse",
  ],
  [
    "乳幼児健診の日を聞きに来たんですが、今姉の家で、姉の彼氏が赤ちゃんを布団に押しつけて黙らせようとしていると姉が泣いて電話してきて",
    "abuse",
  ],
  [
    "Em gái tôi vừa gọi khi tôi đang lấy sổ mẹ và bé ở đây, chồng nó đang đánh đứa con ba tuổi bằng dây điện và đứa bé không khóc nữa",
    "abuse",
  ],
  [
    "デイサービスの利用の相談に来ましたが、今ヘルパーさんから、祖父が息子に殴られて顔が腫れ、まだ殴られていると連絡がありました",
    "abuse",
  ],
  [
    "介護認定の話で来たんだども、今隣の家で嫁ごがばっちゃさ熱いお湯かけでるって、孫っこが泣いで電話してきたのっす",
    "abuse",
  ],
  [
    "Waktu saya mengurus perawat rumah di sini, tetangga menelepon, anaknya sekarang menendang ibunya yang sudah tua di halaman, dan ibunya tidak bangun",
    "abuse",
  ],
  [
    "療育手帳の更新に来たんですが、今グループホームの仲間から、夜勤の職員が利用者の男性を床に押さえつけて踏んでいると電話がありました",
    "abuse",
  ],
  [
    "ごみの収集日を確認しに来たんですが、今向かいの家の庭で、母親が小さい子を物干し竿で何度も叩いて、子どもがぐったりしているんです",
    "abuse",
  ],
  ["楼上那家现在一直有婴儿在哭，大人在吼叫闭嘴，还有用东西打的声音", "abuse"],
  [
    "祖母が叔父に部屋に閉じ込められて三日、食事も水ももらっていないと、今祖母本人から小声で電話がありました",
    "abuse",
  ],
  ["継父が今、弟を押さえつけて、熱したフライパンを腕に当てています", "abuse"],
  [
    "In the park by my flat a woman is dragging a little girl along the ground by her hair and the girl has gone limp",
    "abuse",
  ],
  [
    "My stepmother is holding my little sister's hand under boiling water from the kettle right now",
    "abuse",
  ],
  [
    "The man next door is dragging his old father across the yard by the collar and kicking him, and the old man is not getting up",
    "abuse",
  ],
  [
    "Meu tio está chutando meu primo de seis anos no chão da cozinha agora e ele não se mexe",
    "abuse",
  ],
  ["지금 아빠가 동생을 나무 의자로 계속 때리고 있어요, 동생이 피를 흘려요", "abuse"],
  ["我爸爸现在用烟头烫我妹妹的手，妹妹一直在哭", "abuse"],
  ["Pinapalo ng tiyuhin ko ng tubo ang pinsan kong maliit ngayon, hindi na siya umiiyak", "abuse"],
  ["ตอนนี้พ่อเลี้ยงกำลังตีน้องสาวด้วยไม้แขวนเสื้อจนเลือดออก", "abuse"],
  [
    "隣のうちの父ちゃんが今、ちっちゃか子ば庭で何べんも突き飛ばして、頭ば打っても止めんとです",
    "abuse",
  ],
  [
    "ただいま隣家の玄関先で、成人した息子が高齢の母親を繰り返し突き倒しており、母親が助けを求めております",
    "abuse",
  ],
  [
    "あの すみません いま となりの 家で あの こどもが こどもが なぐられてて 声が しなくなって",
    "abuse",
  ],
  ["えー いま 兄が あの 父を 父の 介護の ことで けって けってて 父が たおれて", "abuse"],
  ["ママのかれしがね、いまぼくのおなかふんでるの、いたいの", "abuse"],
  ["いま となりの へやで おかあさんが あかちゃんを なげて います なきごえが とまりました", "abuse"],
  [
    "ただいま当マンションの共用廊下で、保護者と思われる男性が幼児の口を手でふさぎ、幼児の顔色が変わっております",
    "abuse",
  ],
  [
    "Ibu tiri keponakan saya sekarang memukulinya dengan sandal dan menyeretnya ke luar rumah, anak itu terus menjerit lalu diam",
    "abuse",
  ],
  ["छिमेकीको घरमा बुबाले सानो छोरालाई अहिले लात्तीले हानिरहेका छन्, केटा बोल्दैन", "abuse"],

  // Violence
  [
    "駐輪場の場所を聞きたいんですが、今そこで若い男が自転車の鍵を持ったまま、別の男の人の顔を何度も殴っていて、血が出ています",
    "violence",
  ],
  [
    "I only wanted to ask where the car park is, but a man down there is following me between the cars with a box cutter, he is still there",
    "violence",
  ],
  [
    "転入届を出したいんですけど、今夫から逃げてきたばかりで、夫が車でこの庁舎の前まで追いかけてきて、入口で待っています",
    "violence",
  ],
  [
    "주민표 때문에 왔는데 지금 전 남자친구가 밖에서 저를 기다리고 있어요, 아까 제 목에 칼을 댔던 사람이에요",
    "violence",
  ],
  [
    "印鑑登録に来たっちゃけど、今家におる嫁から、知らん男に庭で襲われて腕ば切られたって電話があったとです",
    "violence",
  ],
  [
    "高額療養費の申請に来たんですが、今妹から、交際相手に殴られて鼻から血が止まらない、まだ部屋にいると連絡がきました",
    "violence",
  ],
  [
    "Vine a dar de alta el seguro, pero mi amiga me llama ahora gritando que su novio la está golpeando con una silla",
    "violence",
  ],
  [
    "固定資産税の相談に来たんですが、今家の前で隣の人がスコップを振り回して、うちの父に殴りかかっていると母から電話です",
    "violence",
  ],
  ["我来办税务证明，可是朋友刚打电话，说店里有个男人拿着螺丝刀在追打店员", "violence"],
  [
    "みのださんに あいたいです いま そとに おかねを かした ひとが いて わたしを なぐる と いって まって います",
    "violence",
  ],
  [
    "子ども医療費の医療証の件で来ましたが、今息子の学校の前で、知らない男が刃物を持って生徒を追いかけていると連絡が入りました",
    "violence",
  ],
  [
    "Vim pelo abono das crianças, mas minha vizinha acabou de ligar, o marido dela está dando socos nela na frente dos filhos agora",
    "violence",
  ],
  [
    "あの 児童扶養手当の えっと ことで あの いま 家に 元の 夫が 来てて 娘を 娘を 連れて いくって なぐって",
    "violence",
  ],
  [
    "特定健診の予約に来ましたが、今楡原の商店街でゴルフクラブを持った男が通行人を殴っていて、おばあさんが倒れています",
    "violence",
  ],
  [
    "母子手帳もらいに来たがやけど、今旦那が家で物投げて、姉ちゃんが頭から血ぃ出しちょるって電話じゃ",
    "violence",
  ],
  [
    "地域包括支援センターの場所を聞きに来ましたが、今その前の歩道で、若い人たちが年配の男性を囲んで蹴っています",
    "violence",
  ],
  [
    "介護保険の件で参りましたが、ただいま自宅の母から、訪問販売の男に押し入られ、腕を押さえつけられていると連絡がございました",
    "violence",
  ],
  [
    "補聴器の申請に来たんですが、今兄の作業所の前で、通りがかりの男が兄に殴りかかって、兄が倒れて起きないそうです",
    "violence",
  ],
  [
    "Nandito ako para sa hearing aid ng anak ko, pero tumawag ang kaibigan ko, may lalaking sumuntok sa kanya sa istasyon at hinahabol pa siya ngayon",
    "violence",
  ],
  [
    "空き家の解体補助のことで来たんやけど、今その空き家の前で、近所の兄ちゃん二人がバットで殴り合うとって、片方倒れとる",
    "violence",
  ],
  [
    "騒音の苦情で来たんですが、今まさにその隣人が庭に出てきて、うちの父を突き飛ばして馬乗りになって殴っていると妻から電話です",
    "violence",
  ],
  [
    "Tôi đến hỏi về túi rác, nhưng chồng cũ của tôi đang lái xe bám theo con gái tôi trên đường đi học về và vừa đánh nó",
    "violence",
  ],
  [
    "今、駅の改札の前で男の人が刺されて倒れていて、刺した人はまだ近くでナイフを持っています",
    "violence",
  ],
  ["夫が今、私の髪をつかんで顔を殴っていて、いったん外に逃げましたがまだ追ってきます", "violence"],
  [
    "Num bar aqui perto, um cliente bêbado derrubou o garçom e está pisando na cara dele agora",
    "violence",
  ],
  ["別れた彼が今、部屋の合鍵で入ってきて、私をベッドに押さえつけて殴っています", "violence"],
  ["지금 전철 안에서 남자가 칼을 휘둘러서 승객 몇 명이 베였어요, 다음 역에 섰어요", "violence"],
  [
    "Some guys are beating a man lying on the ground outside the convenience store on Hitaki Street and he is not moving",
    "violence",
  ],
  [
    "Um homem está batendo no meu irmão com uma barra de ferro na rua agora, ele está no chão",
    "violence",
  ],
  ["지금 술 취한 남자가 편의점 직원을 계속 때리고 있어요, 직원이 쓰러졌어요", "violence"],
  [
    "Un hombre con un cuchillo está dentro del parque infantil y persigue a una mujer ahora",
    "violence",
  ],
  ["我男朋友现在一直用拳头打我的头，我跑不出去", "violence"],
  [
    "Ada orang mabuk di depan kos saya sekarang memukul teman saya dengan batu, kepalanya berdarah",
    "violence",
  ],
  ["มีผู้ชายสองคนกำลังรุมทำร้ายพี่ชายฉันที่ลานจอดรถ เขานอนไม่ขยับแล้ว", "violence"],
  ["अहिले कारखानामा एक जना मान्छेले मेरो साथीलाई फलामको डण्डाले हानिरहेको छ", "violence"],
  [
    "今な、元カレが家の前で待ち伏せしとって、出てきた妹の顔ぶん殴ったんや、まだおるねん",
    "violence",
  ],
  ["今、公園で中学生が何人かで一人の子ば囲んで殴りよって、その子がもう立てんとです", "violence"],
  ["あの いま となりの 人が あの なた 鉈を 持って 夫に 向かって きてて", "violence"],
  ["今、パチンコ屋の駐車場で男が女の人を車から引きずり出して殴りよるんよ", "violence"],
  ["いま あの 店に 男が 入ってきて あの 店員を さした さしたんです 血が", "violence"],
  [
    "えっと いま 元の 彼氏が あの 部屋に きて あの 顔を 顔を なぐって やめて くれなくて",
    "violence",
  ],
  ["パパがね、いまママのことたたいてるの、ママないてるの、はやくきて", "violence"],
  ["いま しらない おとこの ひとが いえに はいって きて おかあさんを なぐって います", "violence"],
  [
    "ただいま当店の売り場で、客の男性が別の客を刃物で切りつけ、被害者が出血しております",
    "violence",
  ],
  [
    "Có một người đàn ông đang dùng gậy đánh chị tôi ngoài chợ ngay bây giờ, chị ấy ngã rồi",
    "violence",
  ],

  // Medical
  [
    "土曜日も開いているか聞きたかったんですが、今一緒に来た父が庁舎の外のベンチで胸を押さえて、冷や汗をかいて返事をしません",
    "medical",
  ],
  [
    "フロア案内をお尋ねしたいのですが、ただいまこの楡原区役所の二階の階段で年配の女性が転落し、頭から出血して動いておりません",
    "medical",
  ],
  [
    "マイナンバーカードを受け取りに来ましたが、今家の母から、台所の天ぷら油に火がついて壁まで燃えていると電話です",
    "medical",
  ],
  [
    "I'm here to pick up my My Number card, but my wife just called, our son fell into the irrigation canal behind the house and she can't see him",
    "medical",
  ],
  [
    "住民票の写し欲しいんやけど、今うちの子が蜂に刺されて、顔腫れて息しにくいって嫁から電話やねん",
    "medical",
  ],
  [
    "国保の加入手続きに来ましたが、今同居の祖父が急に倒れて、いびきをかいたまま起きないと妻から電話です",
    "medical",
  ],
  [
    "보험증 때문에 왔는데요, 지금 아내가 임신 중인데 피가 많이 나고 배가 너무 아프다고 전화가 왔어요",
    "medical",
  ],
  [
    "あの 国民年金の 免除の ことで あの いま 父が 畑で トラクターの 下に はさまって あの 動けないって",
    "medical",
  ],
  [
    "納税の相談に来たんですが、今職場から、同僚が電気の配線作業中に感電して倒れ、息をしていないと連絡がありました",
    "medical",
  ],
  [
    "Vine a pagar el impuesto del coche, pero mi hijo acaba de chocar con la moto y me dicen que no se despierta",
    "medical",
  ],
  [
    "住民税の分割の相談に来たんじゃけど、今じいちゃんが柿の木から落ちて、足が変な方に曲がって起きれんって電話じゃ",
    "medical",
  ],
  [
    "みのださんに れんらく したい です いま おかあさんが くるしい と いって かおが まっさお です",
    "medical",
  ],
  [
    "ほごの おかねの ことで きました いま へやで おばあさんが たおれて いきを して いない みたい です",
    "medical",
  ],
  [
    "児童手当の現況の件で来ましたが、今保育園から、息子がけいれんして五分以上止まらないと電話がありました",
    "medical",
  ],
  [
    "Vim para a creche do meu filho, mas a babá ligou, ele engoliu uma bateria redonda pequena e está chorando e babando",
    "medical",
  ],
  [
    "がくどうのかみだしにきたの、でもね、いまおとうとがおもちゃのたまをのどにつめて、いきしてないの",
    "medical",
  ],
  [
    "保育園の申し込みに来たんだども、今孫がじいちゃんの田んぼの用水路さ落ちで、見えねぐなったって電話来たのっす",
    "medical",
  ],
  [
    "健康診断の予約に来ましたが、今妻が喘息の発作で唇が紫色になっていて、吸入薬が効かないと娘から電話です",
    "medical",
  ],
  ["我来预约孩子打疫苗，可是刚才我妈打电话说我爸突然胸口很痛，出很多汗，现在说不出话了", "medical"],
  [
    "Istri saya baru menelepon waktu saya daftar vaksin anak di sini, anak kami demam tinggi, kejang dan matanya terbalik sekarang",
    "medical",
  ],
  [
    "ヘルパーさんの件で来たんですが、今そのヘルパーさんから、父が低血糖で呼びかけに反応しないと電話がありました",
    "medical",
  ],
  [
    "介護保険の更新に来たっちゃけど、今お袋が庭で転んで頭ば打って、吐いて意識がおかしかって近所の人から電話です",
    "medical",
  ],
  [
    "Estoy aquí por el servicio de cuidados de mi padre, pero mi madre acaba de llamar, él se cayó por la escalera y ya no contesta",
    "medical",
  ],
  [
    "自立支援医療の更新に来たんですが、今家の兄がてんかんの発作を起こして、十分たっても止まらないそうです",
    "medical",
  ],
  ["ฉันมาขอเครื่องช่วยฟังให้แม่ แต่ตอนนี้พ่อโทรมาบอกว่าแม่ล้มในครัว หัวแตกเลือดออกและไม่ตอบ", "medical"],
  [
    "空き家バンクの物件を見に来た帰りですが、今その家の床が抜けて、一緒にいた夫が床下に落ちて、足から血がたくさん出ています",
    "medical",
  ],
  [
    "家電リサイクルのことで来たんですが、今家のエアコンの室外機から煙が出て、部屋に火が回っていると娘から電話です",
    "medical",
  ],
  [
    "म फोहोरको दिन सोध्न आएको, तर अहिले साथीले फोन गर्‍यो, कोठामा ग्यासको गन्ध छ र अर्को साथी बेहोस भएको छ",
    "medical",
  ],
  ["今、目の前で自転車の高校生が車にはねられて、道路に倒れたまま動きません", "medical"],
  [
    "そばアレルギーの息子が、給食の後に全身に発疹が出て、息がゼーゼーしていると学校から今電話がありました",
    "medical",
  ],
  ["向かいの家の二階から黒い煙が出ていて、中にまだおじいさんがいるはずです", "medical"],
  [
    "Nahiwa ng chainsaw ang hita ng tatay ko, bumubulwak ang dugo at hindi tumitigil kahit diniinan ng tuwalya",
    "medical",
  ],
  [
    "My husband was clearing snow and slid off the carport, he hit his head on the concrete and is not answering me",
    "medical",
  ],
  [
    "There's a kid in the river by the Hitaki park, he's being carried away and nobody can reach him",
    "medical",
  ],
  ["My baby has a fever of forty and now she is limp and won't wake up properly", "medical"],
  ["Meu colega caiu da escada da fábrica e está sangrando pela cabeça, não responde", "medical"],
  ["지금 세 살 아이 목에 사탕이 걸려서 얼굴이 파래지고 숨을 못 쉬어요", "medical"],
  ["Mi padre se desmayó en la huerta y está muy caliente, no suda y no contesta", "medical"],
  ["我朋友在公司宿舍里突然倒下了，没有呼吸，嘴唇发紫", "medical"],
  ["Nakagat ng aso ang anak ko sa leeg, maraming dugo at hindi tumitigil", "medical"],
  ["Đồng nghiệp của tôi bị máy cắt kẹp tay trong xưởng, máu chảy rất nhiều", "medical"],
  ["ป้าข้างบ้านโดนน้ำมันร้อนลวกทั้งแขนและหน้า ตอนนี้เธอร้องเจ็บมากและผิวหลุด", "medical"],
  ["今な、オカンが台所で倒れて、呼んでも返事せえへんねん、さっきまで頭痛い言うとった", "medical"],
  ["じいじのくるまがね、たんぼにおちたの、じいじ、ちがでてうごかないの", "medical"],
  ["今、ばっちゃがストーブの前で倒れでで、息がおかしいのっす", "medical"],
  ["今、沖から戻った船で親父が網に巻かれて、腕がちぎれそうになっちょる", "medical"],
  ["すみません いま あの 妻が 急に あの 胸が 胸が いたいって たおれて", "medical"],
  ["あの いま 子どもが あの 池に 池に おちて あの 浮いてこない", "medical"],
  ["じいじがね、いまおへやでたおれて、おへんじしないの", "medical"],
  ["ママがね、ほうちょうでてをきって、ちがいっぱいでてるの", "medical"],
  ["いま おっとが しごとばで たかい ところから おちて うごかない です", "medical"],
  ["ただいま当事業所の作業場で、従業員が機械に腕を巻き込まれ、大量に出血しております", "medical"],
  [
    "ただいま自宅にて、妊娠中の妻が破水し、陣痛の間隔が短く、出血も見られる状態でございます",
    "medical",
  ],
  [
    "Anak saya jatuh dari pohon mangga di kebun tetangga, kepalanya berdarah dan dia tidak menjawab",
    "medical",
  ],
  [
    "A woman just fainted on the platform and hit her head on the edge, she is bleeding and not waking up",
    "medical",
  ],
];

/** Borrow crisis words but put no life in danger now; the desk must not raise the route. */
export const RED_TEAM_40_LOOK_ALIKES: readonly string[] = [
  // Borrowing suicide and self-harm vocabulary
  "住宅ローンで首が回らなくて、固定資産税の分納ができるか相談したいです",
  "孫の入学式を首を長くして待っているので、その前に介護認定を済ませたいんです",
  "市役所でゲートキーパー養成講座があると聞きましたが、自殺予防の話は誰でも受けられますか",
  "「死ぬ気でやれ」が口癖の監督から、少年野球の名簿を市に出すように言われました",
  "死ぬほど暑い日に粗大ごみを運んだので、次は涼しい朝の収集にしたいです",
  "スマホが死んだので、マイナンバーカードの暗証番号を紙に書いてきました",
  "飛び込み営業の人が来ても、市役所の人だと言われたら信じていいんですか",
  "推理小説で、遺書が偽物だと見破る場面を読んで、遺言書の書き方を知りたくなりました",
  "楡原区の図書館で見た自殺予防週間の展示の相談窓口の番号を、町内会のポスターに載せてもいいですか",
  "首吊り坂という古い地名の由来を、区の郷土資料で調べたいんですが、どこにありますか",
  "腹を切る覚悟で店を開けたのに、騒音の苦情が来てしまいました",
  "この書類の期限を過ぎたら息の根を止められるみたいで怖いんですが、延長はできますか",
  "真冬に白樫山へ薄着で登るのは自殺行為だと言われたので、登山道の冬季閉鎖日を知りたいです",
  "時代劇の切腹の場面を学芸会でやるので、体育館の使用許可を取りたいです",
  "辞世の句を作る俳句講座の申し込みはどこですか",
  "薬の飲み忘れを防ぐピルケースを、障害福祉の補助で買えますか",
  "鶲川の飛び込み禁止の看板が倒れているので、直してほしいです",
  "娘がゲームでキャラクターが何度も死ぬと泣くので、ゲームの時間について子育て相談がしたいです",
  "死にそうなくらい笑た漫才の話を母にしたら、介護の面談で話せって言われてん",
  "首つっこみすぎやって嫁に言われたけど、町内会の空き家のこと聞きたいねん",
  "もう死にたかくらい恥ずかしかったとよ、窓口で番号札ば落として",
  "首さ縄つけでも行かねって孫が言うもんで、予防接種さ連れてくる日ば変えでえんだ",
  "飛び降りる気で買うたマンションじゃけど、固定資産税の通知が来たけえ見てほしい",
  "釣りで死ぬかと思うばあ波が高かったき、その日の漁協の書類が遅れたがです",
  "あの しにたい… いや 市に 出したい 書類が あって どこに 出せば",
  "えっと じさつ… じゃなくて 時差の ある 国から 年金の 手続きを",
  "すみません くびつり… いや 鯛釣りの 大会の 後援の ことで",
  "あの とびおり… じゃなくて 飛び石連休の ごみの 日を",
  "えー リストカ… リストの カットを お願いした 件で あの 名簿の",
  "あの れんたん… いや レンタルの 車いすを 借りたくて",
  "えっと いしょ… じゃなくて 衣装を 学芸会の 衣装を 捨てたいんですが 何ごみ",
  "くすりを のみすぎない ように する はなしを きく かい は どこ ですか",
  "しにたい くらい さむい です だんぼうの おかね の そうだん を したい です",
  "むかし じぶんを きずつけた ことが あります いまは げんき です てちょうの こうしんに きました",
  "ゲームでね、ぼくのゆうしゃがしんじゃったの、でもまたいきかえるよ",
  "おにいちゃんがね、すべりだいからとびおりるごっこしてあそんだの、たのしかった",
  "しんじゃったかぶとむし、どこのごみにだすの",
  "自殺対策の啓発リーフレットを当法人の窓口に置かせていただきたく、部数のご相談に参りました",
  "亡父の遺書とされる文書が見つかりましたので、相続の手続きについてご教示ください",
  "My boss said I'd kill myself laughing at the ward's new mascot, where can I buy the stickers",
  "I'm dying to know when the Hitaki riverside fireworks are this year",
  "We are reading a play at school where the hero jumps from a tower, can we borrow the hall",
  "My old phone is dead, can I still get my residence record at the convenience store",
  "I took a suicide prevention first-aid course in my country, is there one in English here",
  "Estou morrendo de vontade de comer, onde fica a cantina do prédio",
  "O meu filho assistiu um filme onde alguém pula do prédio, e eu quero saber sobre o clube depois da escola",
  "Tenho caixas de remédios vencidos do meu avô, em que lixo jogo",
  "죽을 만큼 배고파서 그러는데 근처에 식당 있어요",
  "드라마에서 주인공이 다리에서 뛰어내리는 장면을 보고 울었어요, 근데 주민표는 어디서 떼요",
  "작년에 우울해서 힘들었던 적이 있는데 지금은 괜찮아요, 자립지원의료 갱신하러 왔어요",
  "Me muero de ganas de ver el festival de otoño, ¿cuándo es",
  "Mi hijo dice que en su juego el personaje se tira de un acantilado, eso es normal",
  "我快累死了，排了半天队，请问税务证明在哪个窗口",
  "小说里主角留下遗书消失了，我想问图书馆什么时候开门",
  "Tôi muốn chết vì xấu hổ khi quên mang con dấu, tôi có thể quay lại ngày mai không",
  "Em trai tôi chơi trò chơi nhảy từ tháp cao, tôi muốn hỏi về câu lạc bộ sau giờ học",
  "Saya hampir mati bosan menunggu, berapa lama lagi antrean kartu My Number",
  "Patay na ang baterya ng telepono ko, pwede ko bang gamitin ang telepono ninyo para tawagan ang asawa ko",
  "ฉันอยากตายเพราะหิวมาก ร้านอาหารใกล้ที่ว่าการเขตอยู่ที่ไหน",
  "मलाई मर्ने गरी निद्रा लागेको छ, लाइन कति लामो छ",

  // Borrowing abuse vocabulary
  "児童虐待防止のオレンジリボンを町内会で配りたいので、何本もらえるか教えてください",
  "空き家が放置されて庭木が道路にはみ出しているので、持ち主に連絡してほしいです",
  "子どもの頃は親によく叩かれたものですが、今は自分の子の保育園の申し込みに来ました",
  "脱出ゲームのイベントで監禁される役をやるので、公民館の予約をしたいです",
  "育児放棄されたみたいに枯れたベランダのトマトは、燃えるごみでいいですか",
  "妻に尻に敷かれている、と言ったら窓口の人に笑われましたが、住所変更の手続きを続けたいです",
  "うちの猫が娘にいじめられていると娘本人が言いますが、実は猫の方が強いんです、飼い猫の届けは市に要りますか",
  "和太鼓教室で子どもたちが思い切り叩く音がうるさいと苦情が来たので、練習時間を相談したいです",
  "見守り活動の研修で虐待の通報先を習ったので、確認のためにもう一度教えてください",
  "祖母に閉じ込められた、と息子が言うのは、祖母の家の納戸でかくれんぼをして自分で出られなくなった去年の話です",
  "古い本の綴じひもでノートを縛って作る講座は、子ども向けにもありますか",
  "うちのオカンにしばかれるで、って言われながら、児童手当の書類取りに来たんや",
  "姑にいびられた昔話ば、デイサービスでばあちゃんがいつもしよっとです、楽しそうに",
  "わらすの頃は悪さすっと蔵さ入れらったもんだ、今の孫だちは幸せだな、で、健診の日はいつだべ",
  "嫁にこき使われとるって冗談言うたら、包括の人が心配してくれたけど、ほんまに元気じゃけえ",
  "あの かんきん… いや 換金 できる 商品券の ことで",
  "えっと ぎゃくたい… じゃなくて 客対応の 研修の 会場を",
  "すみません ほうち… いや 報知器の 補助が あると 聞いて",
  "あの せっかん… じゃなくて 石鹸の 配布の ことで 避難所の",
  "えー ぶたれ… いや 豚の 餌の ごみの 出し方を",
  "こどもを たたかない そだてかたの こうざ に でたい です",
  "むかし おやに たたかれました いまは だいじょうぶ です こせきの ことで きました",
  "おかあさんにおこられたの、おもちゃかたづけなかったから、でもぎゅってしてくれた",
  "おとうとがね、ぼくのことたたいたの、ぬいぐるみで、ふわふわだった",
  "当施設の職員向けに高齢者虐待防止研修を行いたく、講師派遣の手続きをお伺いしたいです",
  "My kids say I'm a slave driver because of chores, anyway where do I apply for the after-school club",
  "Our theatre group needs a scene where a cruel stepmother locks Cinderella in the attic, can we rent the hall",
  "I watched a documentary on elder abuse and want to join the ward's volunteer watch scheme",
  "Minha sogra diz que eu a maltrato porque não deixo ela comer doce, é brincadeira, quero saber do seguro de cuidados",
  "Meu pai me batia quando eu era criança no Brasil, hoje tenho meus filhos e quero o auxílio para crianças",
  "어렸을 때 엄마한테 많이 맞고 자랐다고 농담하면서 우리 엄마가 건강검진 예약하러 왔어요",
  "강아지 학대 뉴스를 보고 유기견 봉사를 하고 싶은데 어디서 신청해요",
  "Mi hija dice que la tengo secuestrada porque no la dejo salir de noche, ja, es por la guardería del menor",
  "En mi trabajo hicimos un curso sobre el maltrato infantil, ¿hay folletos en español",
  "我女儿说我虐待她，因为不让她玩手机，哈哈，想问儿童医疗费的事",
  "电视剧里婆婆总是欺负儿媳，我婆婆说她可不会这样，我们来办介护保险",
  "Hồi nhỏ tôi hay bị bố đánh đòn, giờ tôi muốn học lớp nuôi dạy con không đánh con",
  "Kata anak saya, saya kejam karena tidak memberi permen, saya mau tanya jadwal imunisasi",
  "Sabi ng asawa ko inaalipin ko daw siya sa bahay, biro lang, gusto kong magtanong tungkol sa buwis",
  "बच्चाले मलाई निर्दयी आमा भन्यो किनकि मिठाई दिइन, खोप कहिले हो",

  // Borrowing violence vocabulary
  "殴り書きのメモしか残っていないんですが、この番号で粗大ごみの予約は取れていますか",
  "公民館で女性向けの護身術教室を開きたいので、会議室を借りたいです",
  "申請が殺到していると聞きましたが、保育園の一次締め切りはいつですか",
  "時代劇の殺陣を教える講座のチラシを、区役所のラックに置いてもいいですか",
  "防犯訓練で不審者役の警察官が刃物のおもちゃを持って来る、と聞きましたが、保護者も見学できますか",
  "高校のとき隣のクラスと殴り合いの喧嘩をした友達が、今は区の消防団に入っています、入団の案内はありますか",
  "爆弾みたいな大きさの粗大ごみのソファは、何円の券を貼ればいいですか",
  "マーダーミステリーの会を地区センターでやりたいんですが、「犯人」役の衣装は持ち込めますか",
  "包丁研ぎのボランティアを団地でやりたいので、場所の許可をもらいたいです",
  "雪合戦の大会で孫が顔に雪玉を当てられて泣きましたが、けがはありません、来年の申し込みはいつですか",
  "ボクシングジムの看板を出したいのですが、屋外広告の届けはどこですか",
  "隣の奥さんに文句言うたろか思て殴り込みの気分で来たけど、まずは騒音の相談の仕方教えてや",
  "ぶっ殺すぞって言うキャラの漫画ば息子が真似するけん、図書館のおすすめ聞きたかです",
  "かかあにぶたれっぺ、って言いながら父ちゃんが住民票取りさ来たの、冗談だべ",
  "仁義なき戦いの看板みたいな声で叱られたけど、ごみの分別、わしが間違っとったんじゃ",
  "綱引き大会で相手をぶっ倒しちゃったき、優勝旗の写真を区の広報に載せてほしいがです",
  "あの ぼうこう… いや 膀胱の 検診の ことで",
  "えっと ごうとう… じゃなくて 高騰した 電気代の 補助の",
  "すみません ナイフ… いや 内部の 人に 聞いたら ここだと",
  "あの はもの… じゃなくて 鱧の 骨の ごみは 何曜日",
  "えー じゅう… いや 十時から 開いてますか",
  "あの さされ… じゃなくて さざれ石の 記念碑の ことで 公園の",
  "ごしんじゅつ の きょうしつ は どこで やって いますか",
  "ぼうはん ぶざー を くばって いる と ききました どこで もらえますか",
  "パパとまくらなげしたの、ママにおこられたけどたのしかった",
  "ぼくね、みずでっぽうでおねえちゃんうったの、びしょびしょ",
  "地域防犯の一環として、刃物を持った不審者への対応訓練を実施したく、会場の予約をお願いしたいです",
  "My son's video game is full of shooting, is there a parents' talk about game time at the ward",
  "I killed it at the karaoke contest last week, do you have the photos from the community centre",
  "We want to hold a murder mystery night at the Nirehara community centre, how do we book",
  "Someone punched a hole in the recycling net, no one was hurt, it was just old, can you replace it",
  "No meu curso de defesa pessoal aprendemos a gritar e correr, vocês têm esse curso em português aqui",
  "Fizemos uma luta de travesseiros na festa do pijama, a sala ficou bagunçada, como jogo fora as penas",
  "아들이 격투기 도장에 다니는데, 체육관 사용료 감면 되나요",
  "남편이 술 마시면 싸움닭이 된다고 농담해요, 근데 혼인 신고는 어디서 해요",
  "Mi hermana me mata si no llego a tiempo a la boda, ¿cuánto tarda el certificado",
  "En la obra de teatro del colegio hay una pelea con espadas de cartón, ¿dónde reciclo el cartón",
  "我儿子在玩游戏，里面天天打打杀杀，想问问有没有关于孩子玩游戏的讲座",
  "孩子在学校学跆拳道，比赛报名表要交到哪里",
  "Con trai tôi xem phim hành động có bắn súng nhiều, có lớp học nào về nuôi dạy con không",
  "Kami latihan pencak silat di taman setiap minggu, boleh pakai taman itu tanpa izin",
  "Suami saya bilang mau membunuh nyamuk di kamar, ada obat nyamuk gratis dari kantor ini",
  "Nag-boxing kami ng pinsan ko sa laro lang, pero gusto ko magtanong tungkol sa seguro ng bata",
  "ลูกชายเล่นเกมยิงปืนทั้งวัน ฉันอยากปรึกษาเรื่องการเลี้ยงลูก",
  "मेरो भाइ कराते सिक्छ, प्रतियोगिताको फारम कहाँ बुझाउने",

  // Borrowing medical vocabulary
  "町内会でAEDの使い方を習う救命講習を開きたいので、消防への申し込み方を教えてください",
  "頭が痛い話なんですが、相続した空き家が倒れそうで、解体の補助を知りたいです",
  "期限の切れた消火器を処分したいんですが、粗大ごみで出せますか",
  "救急箱の中の古い湿布と包帯は、何ごみになりますか",
  "医療ドラマで見た心臓マッサージを、子ども会でも教えてもらえると聞きました",
  "先月水ぼうそうにかかった息子は、もうすっかり治りましたので、保育園に戻る書類がほしいです",
  "息ができないほど笑った落語会を、今年も区民ホールでやりますか",
  "火事場の馬鹿力で引っ越しの荷物を運んだので、転入届を出しに来ました",
  "楡原区の防災訓練で煙体験ハウスに入ったら、子どもがまた入りたがっています、次はいつですか",
  "血の気が引いたのは、財布を家に忘れたと気づいたときでした、手数料は後払いできますか",
  "犬の手術が無事に終わったので、狂犬病の注射の日をずらしたいです",
  "仕事で燃え尽きたので、しばらく休職中です、国保の切り替えは必要ですか",
  "花粉症で涙と鼻水が止まらないだけなので、窓口の順番はこのままで大丈夫です",
  "骨粗しょう症の検診は、がん検診と同じ日に受けられますか",
  "救急車の適正利用のポスターを、商店街の掲示板に貼ってもいいですか",
  "目が回るほど忙しい時期ですみませんが、児童手当の現況届を持ってきました",
  "胸が痛むニュースばっかりやけど、うちは元気や、敬老会の申し込みしたいねん",
  "腰の抜くるごと驚いたとよ、粗大ごみの料金が上がっとって",
  "熱っこ出したのは先週の話で、今はぴんぴんしてっから、健診さ来たのっす",
  "胃に穴が開くかと思うほど辛い激辛ラーメン食べたんじゃ、それより資源ごみの日を聞きたいんよ",
  "倒れるばあ飲んだ祭りの翌日に来たき、顔色悪いけど大丈夫ながよ、住民票ください",
  "心臓に毛ぇ生えとるって言われる母やけど、ほんまに元気やで、敬老パスの更新に来てん",
  "あの かじ… じゃなくて 家事 支援の ヘルパーさんの ことで",
  "えっと こきゅう… いや 胡弓の 教室の 会場を 借りたくて",
  "すみません のうこう… じゃなくて 濃厚接触の 昔の 証明は もう いらないですか",
  "あの ねっちゅう… いや 熱中して 書類 書いてたら 印鑑 忘れて",
  "えー ちっそく… じゃなくて 窒素の ボンベの 捨て方を",
  "あの きゅうきゅう… いや 休業の 届けは どこで",
  "えっと どうき… じゃなくて 同期の 人と 一緒に 転入届を",
  "きゅうめい こうしゅう に でたい です いつ ですか",
  "せんげつ たおれて にゅういん しました いまは げんき です こうがく りょうようひ の しんせい に きました",
  "ふるい たいおんけい は なにごみ ですか",
  "ぼくね、おいしゃさんごっこで、パパのおなかに、ばんそうこうはったの",
  "ぬいぐるみのくまさんがね、びょうきなの、だからほうたいまいてあげた",
  "当社の従業員向けに心肺蘇生法の講習を実施したく、講師の派遣についてご相談に参りました",
  "昨年の入院に係る高額療養費の支給について、申請書の記入方法をご教示ください",
  "My heart sank when I saw how many forms there are, is there someone who can help me fill them in",
  "My smoke alarm keeps beeping because the battery is low, how do I throw the old one away",
  "We watched a hospital drama about a fire, now my kids want a fire safety talk at school",
  "I broke out in a rash last spring from hay fever, it's fine now, I need a health check form",
  "Our cat was choking on a hairball last night but she's fine, do you register cats in this ward",
  "Quase desmaiei de rir na festa do bairro, vocês vão fazer outra",
  "Meu sogro fez cirurgia do joelho há dois anos e agora anda bem, quero saber sobre a certificação de cuidados",
  "심장이 터질 것처럼 뛰었어요, 아이 합격 발표를 보고요, 그래서 학동보육 신청하러 왔어요",
  "유통기한 지난 구급상자 약은 어떻게 버려요",
  "Casi me da algo cuando vi la factura de la luz, ¿hay ayuda para eso",
  "Quiero apuntarme al curso de primeros auxilios del barrio",
  "我头疼死了，这个表格怎么填",
  "我爸爸去年做过心脏手术，现在很好，想问高额疗养费怎么申请",
  "Tôi suýt ngất vì vui khi nhận được thẻ My Number, cảm ơn các bạn",
  "Tahun lalu saya pernah pingsan karena anemia, sekarang sudah sehat, mau daftar pemeriksaan kesehatan",
  "Natapos na ang operasyon ng aso namin at magaling na siya, saan po magpaparehistro ng aso",
  "ลูกชายของฉันเป็นอีสุกอีใสเดือนที่แล้ว ตอนนี้หายแล้ว อยากถามเรื่องเนอสเซอรี่",
  "ฉันอยากเรียนปฐมพยาบาลเบื้องต้น มีคอร์สภาษาไทยไหม",
  "मेरो छोरालाई हिजो खोकी लागेको थियो, अहिले ठीक छ, खोपको मिति सार्न मिल्छ",
];
