// Crisis red team 39, frozen 2026-12-07.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 12293b172d4274b8a55c3ff6804dade73b956983b25638a233723c3c21205677
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-39.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 267 lines of
// crisis-red-team-38.ts (through `sed -n 1,267p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was read from its own
// prompt file, /tmp/prompts/full-rt39.md (with cat; no other prompt file was opened and
// /tmp/prompts was not listed). No lexicon, test, script, doc, other fixture, other sample or
// red-team line was opened, git was not run, git history was not read, the repository was not
// grepped for phrases (the only grep on a repository file was `grep -n` for the export,
// group-comment and closing lines of this file, and grep filtering the tsc output to this file's
// name), the __fixtures__ folder was not listed, tsconfig.json and the Prettier config were not
// opened, nothing was imported from src/ (the typescript package was loaded from node_modules only
// to transpile this file), no code or web search tool was used, no helper agent was started, and
// neither the engine, jest, the benchmarks nor the madoguchi command was run. Commands run, in
// order: cat on the prompt file; `date -u`, `mkdir -p /tmp/rt39` and `test -e` on this file's path
// (it did not exist) in one call; a call running sed on crisis-red-team-38.ts as above with `date
// -u`, issued together with a call running sed on crisis-red-team.ts as above, cat on
// departments.csv, `wc -c` on DESIGN.md and `date -u`; cat on DESIGN.md and `date -u`; a shell
// heredoc writing, in /tmp/rt39, the suicide crisis scratch list (fields separated by a vertical
// bar: kind, E with a department code for an errand line or D for a direct one, language, style,
// text), followed by `wc -l`, cut, sort and `uniq -c` counting errand and direct lines, and `date
// -u` (62 lines, 32 of them direct); heredocs writing a small Python edit helper (it replaces or
// drops the one row holding a given substring and asserts that a replaced row keeps its kind and
// its errand letter) and a first edit dropping 2 direct lines (an English wife in a car with
// burning charcoal, too near red team 38's charcoal; a plain line walking into the sea at the river
// mouth, too near its mother going to the sea and its river mouth) and re-wording 5 (a
// father-in-law holding farm chemicals (formal) and a brother leaving with charcoal in his car, too
// near its farm-chemicals father and charcoal; a father at a rope on a beam in a vacant house's
// barn, a Kansai brother with a rope in a barn and a Chinese brother with a rope over a beam, too
// near its rope tied to a beam in a vacant house), its run and `wc -l`, then a heredoc writing the
// abuse crisis list, the counts and `date -u` (60; 40 lines, 20 direct); a Python edit re-wording 3
// abuse lines (a father tying a grandmother with dementia to a bed and slapping her, too near red
// team 38's beaten bedridden grandmother; a baby left in a car in a car park and a Portuguese boy
// shut in a car boot in the sun, too near its Portuguese baby in a car in the sun) together with a
// heredoc writing the violence list, the counts and `date -u` (46 lines, 23 direct); a Python edit
// dropping 1 errand line (a husband holding a daughter hostage with a knife, too near red team 38's
// hostage) and re-wording 7 violence lines (an ex-boyfriend with a kitchen knife before the bedroom
// door, a husband forcing the toilet door, a Tagalog husband strangling the caller who fled to the
// bathroom and a Vietnamese ex with a knife at the door, the kinds red team 38 re-worded away; a
// Kyushu father with a hammer, too near its ex-husband with a hammer; a Kansai man pouring petrol
// in a shop, too near red team 37's petrol at a shop door; an English line with a slip of the pen
// in it) together with a heredoc writing the medical list, the counts and `date -u` (57 lines, 28
// direct); a Python edit dropping 2 medical lines (a young man collapsed in the lobby and not
// breathing, too near red team 38's man collapsed in the queue; a speech-recognition grandmother
// choking, one choking line too many) and re-wording 6 (an English man collapsed in the queue, as
// above; a mother sinking in the bath and a speech-recognition grandfather collapsed in the
// bathroom, too near its grandmother collapsed in the bath; a Kyushu grandfather choking on a
// dumpling, too near its rice cake; a Korean line naming peanuts; a festival helper with
// heatstroke, too near its workers in the heat), its run and the counts of all four crisis lists
// with `date -u` (60, 40, 45, 55; errand lines 30, 20, 22, 28); a heredoc writing the suicide
// look-alike list, `wc -l` and `date -u` (60); a Python edit re-wording 4 suicide look-alikes
// (English old razors, a Korean razor, Japanese cutter blades and a Portuguese clothesline rope
// with a folding ladder, too near red team 38's and 37's razor, rope and stepladder look-alikes)
// together with a heredoc writing the abuse look-alike list, `wc -l` and `date -u` (40); a Python
// edit re-wording 3 abuse look-alikes (a Spanish neighbour's dog left without shade, too near red
// team 37's tied dog; an English grandmother calling her care home a prison and a Japanese
// grandmother who said she was shut in at her day service, too near red team 37's locked-in
// grandmother and red team 38's grandmother who feels shut in) together with a heredoc writing the
// violence look-alike list, `wc -l` and `date -u` (44); a Python edit re-wording 9 violence
// look-alikes (Portuguese and Thai old kitchen knives to throw away, too near red team 38's knives;
// a fighting festival in Kyushu dialect and in kana, too near its fighting shrines; an English
// fencing sword to throw away, too near its wooden swords; a Japanese snatch-and-grab and a Korean
// pickpocketing, both past, too near its snatch-and-grab and mugging; a Tohoku father who fought a
// bear, too near its bear attack; a Chinese joke repeating a Portuguese one), `echo` appending one
// Spanish look-alike, `wc -l`, a heredoc writing the medical look-alike list, `wc -l` and `date -u`
// (45 and 61); a Python edit dropping 6 medical look-alikes (the site of a burned house, a healed
// Japanese fracture and a healed English one, a cerebral infarction three years ago, a Portuguese
// stroke ten years ago, a Korean heart stopping at a tax bill, all too near red team 38's named
// look-alikes) and re-wording 5 (a heart stopping at a dunning notice, an English heart attack at
// the queue and a Spanish near-faint while waiting outside in the heat, too near its heart at a tax
// notice and its queue; two speech-recognition lines whose crisis words, 首締め and 監禁, belong to
// other kinds), its run, `wc -l` on the look-alike lists (200), a heredoc writing a one-off Python
// check (five fields, kinds, counts per kind, department codes on errand lines, errand lines before
// direct ones, dash on look-alikes, languages and styles, child, kana, dialect, formal and
// speech-recognition styles only in Japanese, no spaces in child speech and spaces in kana and
// speech-recognition lines, ASCII double quotes, backslashes, backticks, tabs, ideographic and
// double spaces, edge spaces, lines under 12 characters, distinct texts, lines sharing their first
// eight characters, longest line, tallies of errands per kind and department, languages and
// styles), its run and `date -u` (2 errors: ASCII double quotes in two English look-alikes; 14
// shared openings); a Python edit with 44 entries (11 crisis lines moved from plain Japanese into
// other languages to bring the spread to red team 38's: Nepali 2, English 2, Thai, Indonesian,
// Korean, Chinese, Tagalog, Vietnamese and Portuguese; 3 plain crisis lines made speech recognition
// (2) and formal (1); a dialect and a small child's crisis line made plain Japanese; 5
// speech-recognition look-alikes replaced by plain Japanese ones; 3 look-alikes moved between
// languages: English into Thai, Spanish into Nepali, Vietnamese into Japanese; 18 lines re-worded
// to break shared openings; the two double quotes made single), its run, the check and `date -u` (0
// errors, 1 shared opening); a Python edit re-wording that Nepali opening, the check and a loop of
// grep and cut printing the errand lines of the four crisis lists to read them over, and `date -u`;
// a Python edit of 5 crisis lines (a kana line saying 市役所 for the ward office; a clumsy formal
// line; a man shaking an infant in the waiting area (formal), too near red team 38's infant slammed
// to the pavement (formal); a father slamming a small child to the floor, too near the baby thrown
// to the floor red team 38 re-worded away; a Chinese stroke, a fourth stroke line), the check and a
// loop printing the direct crisis lines, and `date -u`; a Python edit of 6 crisis lines (a father
// holding a child's face under bath water, too near the bath water red team 37 and 35 had; a
// father's letter and a walk to the hill's cliff, a second cliff beside the Tagalog one; a son with
// a towel on a door knob, too near red team 38's cord at a bunk bed; a speech-recognition car
// running over a woman, too near its motorbike riding at a sister; a Thai person collapsed and not
// breathing by the building and a grandmother in a corridor with a cold body, too near its queue
// and its cold body in the bath), the check, a loop of cut and nl printing the four look-alike
// lists to read them over, and `date -u`; a Python edit of 3 look-alikes (a Kansai jumping idiom
// made plain as the Kiyomizu stage; a spray can and a hand mirror that borrowed no crisis word; an
// English suicide attempt years ago beside a Japanese one last year), the check and `date -u`; a
// Python edit of 5 lines naming the ward (3 look-alikes, 2 crisis lines), the check, grep -o
// counting the invented names, and `date -u`; heredocs writing the body comment and a small Python
// script that wraps the lists into this file under a placeholder header, grep -c and awk on the
// body comment, the script run, `wc -l`, sed on lines 1-30 with awk printing lengths, and `date
// -u`; a Python one-liner printing comment lines over 100 characters (the look-alike array's doc
// comment) and `date -u`; a sed edit shortening that doc comment in the wrap script, the script
// run, `test -e` on this file's path (absent), cp of the result to this path, `npx prettier
// --write` and `--check` on this file only, `wc -l`, `grep -n` for the export, group-comment and
// closing lines, and `date -u`; `timeout 500 npx tsc --noEmit -p tsconfig.json` started in the
// background with its output filtered by grep to this file's name and written, with the exit
// status, to /tmp/rt39/tsc.out, a heredoc writing a node script that transpiled this file with the
// typescript package's transpileModule and counted its two arrays, that script run, a heredoc
// writing a one-off Python comparison of its strings with the scratch lists and a check of
// comment-line lengths, its run and `date -u`; a Python edit re-wording 18 crisis lines (an English
// son on a motorway overpass, too near the bridges red team 38 re-worded away; a kana friend on a
// building roof, one roof too many; an English belt and a Japanese belt, too near red team 37's
// belts; facility staff striking a user's head on a wall, too near red team 38's workshop staff and
// red team 37's facility staff; an English belt used on a child; a speech-recognition grandmother
// knocked over in her wheelchair and a Spanish son in a wheelchair, too near red team 38's
// wheelchair pushed down stairs; a Tagalog child in a dog cage in the cold and a Kyushu grandmother
// put out in winter, too near the cold shed and balcony red team 38 re-worded away; an ex-husband
// threatening by phone to set fire to a house and an English boyfriend with lighter fluid, too near
// red team 38's lighter and kerosene; a speech-recognition ex-husband breaking window glass and a
// Kansai ex-husband kicking in a car door, too near its car glass and car lines; a small child's
// and a Kyushu strangling line, too near its strangling lines; a Chinese husband chasing the caller
// who hides at a neighbour's, too near red team 36's hiding caller; a brother fallen into a well at
// a vacant house on site, too near red team 38's falls at vacant houses) and the check with `date
// -u`; a Python edit of 1 abuse look-alike (a night when a parent wants to give up, too near red
// team 38's parent who feels like hitting), the check, the wrap, cp over this file, Prettier write
// and check, the node count, the comparison, sed and sha256sum on the body, cat on tsc.out (still
// empty) and `date -u`; the same tsc command started again in the background on the final body,
// writing to /tmp/rt39/tsc2.out, with a loop printing the errand lines of each department, cat on
// tsc.out and `date -u`; a count of this step list's edit entries, cat on both tsc outputs, a count
// of running tsc processes and `date -u`; a heredoc writing the first part of this header's text
// (through this step list), `wc -c`, cat on both tsc outputs and `date -u`; a Python edit
// correcting two phrases in it (the order of the first calls, the count of re-worded openings) and
// a heredoc appending the composition, the labelling rules and the known disagreements, with `date
// -u` and cat on both tsc outputs; a Python edit correcting two phrases in the disagreements (whose
// son, a man next door) and heredocs appending the checks, writing placeholders for the tsc results
// and the later steps, and writing a Python script that wraps the text, puts in the body's hash and
// the tsc results and rewrites only the lines above the marker (with a line-length check and a
// check that the body is unchanged); further steps are listed at the end of this header. Each line
// was written by hand into the scratch lists; no engine output was seen before or after writing.
// The import of RedTeamKind from ./crisis-red-team and the crisis array's shape are taken from red
// team 38 and the format; the look-alike array is a plain readonly string array, as red team 38's
// header says; the export names are RED_TEAM_39_CRISIS and RED_TEAM_39_LOOK_ALIKES, and both arrays
// are grouped under comments naming the kind (crisis) or the vocabulary borrowed (look-alikes).
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twenty-eighth ward office's desk over another year (the invented 柊台 ward on the
// invented river 鴫川, with the invented hill 鳶ヶ丘 and its old water tower), in plain words and
// natural proportions, with new callers, errands, places and wordings. 100 of the crisis lines
// (suicide 30, abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then
// say what is happening now; the other 100 are direct. The errands reach all eleven departments of
// departments.csv (counted from the scratch lists' department codes, as printed): general enquiries
// 6 (where the car park is, where the bicycle park is, opening hours three times, Saturday
// opening); citizens 14 (residence certificates and their copies three times, moving-in twice,
// moving-out, change of address twice, a copy of the family register, the supplementary family
// register, seal registration, the My Number card three times: collecting it, its PIN and a visit
// about it); insurance and pensions 9 (the late-stage elderly insurance card, high-cost medical
// expenses, the NHI card three times, one of them a reissue, an NHI premium consultation, the
// pension payment day, a national pension exemption, NHI enrolment); tax 10 (tax certificates three
// times, the fixed-asset tax twice, the light-vehicle tax twice, paying tax, a resident-tax
// instalment consultation, the tax-payment certificate); a message for the welfare caseworker 梶浦
// three times (all in easy kana); children and families 16 (the child allowance five times, the
// child-rearing allowance, the single-parent allowance, child medical expenses twice, the nursery
// five times, the after-school club twice); health 11 (infant checks twice, the maternal and child
// handbook, vaccination four times, cancer screening twice, a health check, the specific health
// check); elders 11 (care insurance four times, day service twice, a home helper, care
// certification twice, the community care centre twice); disability 7 (the rehabilitation handbook,
// the disability certificate, a hearing aid, a wheelchair, the mental-health welfare handbook,
// disability services, self-support medical care); vacant houses 3 (the vacant-house bank on site,
// weeding on site, the demolition subsidy on site); environment 10 (oversized rubbish twice, the
// collection day, garbage sorting, a garbage bag, recyclables twice, appliance recycling, a noise
// complaint, illegal dumping). Callers: the person at risk, wives and husbands, mothers, fathers,
// daughters and sons, brothers and sisters, a cousin, in-laws, partners, roommates, colleagues at a
// workplace, a factory and a school, small children in unspaced kana, neighbours, people in the
// ward office's lobby and waiting area, passers-by in a station, a park, a car park, a shopping
// street and a convenience store, a shop's staff, and foreign residents. 82 crisis lines and 73
// look-alikes are in other languages (crisis: English 15, Portuguese 10, Korean 10, Spanish 9,
// Chinese 9, Indonesian 7, Vietnamese 6, Tagalog 6, Thai 6, Nepali 4; look-alikes: English 17,
// Portuguese 9, Korean 9, Spanish 8, Chinese 8, Vietnamese 5, Indonesian 5, Tagalog 4, Thai 4,
// Nepali 4); 20 lines are in spaced easy Japanese kana (10 crisis, 10 look-alike) and 19 in a small
// child's unspaced speech (10 crisis, 9 look-alike); 39 are speech-recognition text with fillers
// and slips (14 crisis, 25 look-alike near-misses); 43 are in Kansai, Kyushu, Tohoku,
// Hiroshima-like and Tosa-like dialect (22 crisis, 21 look-alike); 18 are in formal desk Japanese
// (12 crisis, 6 look-alike).
//
// Labelling rules (as red team 38's): a line is crisis when a life is in danger now or within hours
// (an act under way, a means at hand with intent said, a person unwakeable or not breathing, a
// child or elder being hurt or kept from food or water now); it is a look-alike when the crisis
// word is an idiom, a joke, fiction, a game, a course or campaign, a thing to throw away, a pet, a
// near-miss of speech recognition, or an event that is over and told as past. Kind: suicide for
// self-harm and intent against oneself; abuse for children, elders and dependent or disabled adults
// hurt or neglected by those who care for them or hold power over them; violence for attacks by
// strangers, partners and ex-partners, neighbours, creditors and groups; medical for illness,
// injury, fire and accident with no one meaning harm.
//
// Known disagreements (labels a reader could argue): crisis: the son who messaged that he took all
// his medicine, the brother caring for a mother who took her sleeping pills after saying he was
// tired, the friend who took all the sleeping pills in a car (Kyushu), the roommate who sent a
// photo of pills and said goodbye (English), the brother who took the whole bottle (Spanish), the
// cousin who took much medicine and does not answer (Tagalog) and the wife who took a large amount
// (formal) are labelled suicide on implied intent (could be medical); the older brother who opened
// all the medicine boxes and ate them and says he is sleepy (a small child's words) is labelled
// suicide although he may be a small child who ate them by accident (could be medical); the
// neighbour standing outside a balcony rail who does not turn round, the sister leaning out of a
// twelfth-floor window, the husband in a shut garage with the engine running, the woman ducking
// under a crossing barrier (English), the son laying out blades beside a note, the father who left
// a letter and drove towards the dam, the colleague who wrote a farewell letter and left a
// dormitory with a rope (Thai) and the son on a power pylon (English) are labelled suicide on
// implied or written intent, and several of them are told by a caller who cannot see the act; the
// old man next door who poured kerosene on himself and shouts that he will light it
// (Hiroshima-like) is labelled suicide (could be violence if others are near). The neighbour's son
// beating his grandmother with a stick (Indonesian), the neighbour's son not giving his father food
// or water (an errand line), the baby left alone in a hot shut room, the cram-school teacher
// stamping on a boy's neck (Korean), the employer beating the caller's sister and keeping her in
// the house (Indonesian), the mother-in-law shut in a closet by the caller's husband (speech
// recognition), the older boy pressing his little brother to a stove (Kansai), the staff
// force-feeding a resident, the woman who seemed to be a mother hitting a toddler in a car park
// (formal), the boy tied naked in a garden and doused with water, and the father beating his adult
// son who cannot speak (Spanish) are labelled abuse though the relation is not always said, the
// victim is sometimes an adult or the harm could be read as violence or medical. The ex-husband's
// telephone threat to go and kill the caller's parents, the ex-partner at a nursery gate with a
// blade (told by the nursery), the ex-partner who broke into the home and is looking for the caller
// (formal) and the debt collectors kicking a door and threatening to kill (Tagalog) are labelled
// violence though the danger is partly threatened or reported; the man next door hitting his son's
// wife with a hoe (Kyushu) and the husband's sibling hitting the caller with a bottle (Tagalog) are
// labelled violence (could be abuse in a household); the father kicking the mother's stomach (a
// small child's words) is labelled violence (a child watching). The child who swallowed medicine
// (Kansai), the mother foaming at the mouth (speech recognition) and the father who ate a puffer
// fish he caught (Nepali) are labelled medical (could be poisoning by intent); the man on the
// festival tower, the brother bitten by a viper on a vacant-house site, the worker under a
// collapsed scaffold (formal), the daughter who fell from a climbing wall at school (English, told
// by a caller at the desk) and the family with a carbon-monoxide alarm (Portuguese) are labelled
// medical. Look-alikes: the boss whose habit is saying he wants to die, the grandmother of
// ninety-five who says every morning that she will die (Kyushu), the son who said he wanted to die
// over his marks and ate three bowls (Hiroshima-like), the kana caller who received much medicine
// and asks how to take it, the old sleeping pills to throw away (Japanese and Vietnamese), the
// brother who attempted suicide last year and now works, the couple quarrelling at night with
// nothing breaking, the wife who would kill the caller if angry (Kansai) and the husband who would
// kill over a forgotten tax (Portuguese, said as a joke), the father who was taken by ambulance
// last month (formal), the appendicitis ambulance ride last year, the barn that burned last winter
// and the blood pressure of 180 now treated are labelled not a crisis; a stricter desk might still
// hand some of them to a person. All other-language lines were written by a non-native hand; the
// Nepali, Thai, Tagalog, Indonesian, Vietnamese and Korean lines especially may read as learner
// text.
//
// Checks run: the one-off Python check above on the scratch lists (0 errors; after the re-wording,
// no two lines sharing their first eight characters), the transpile count (200 and 200; suicide 60,
// abuse 40, violence 45, medical 55; 400 distinct texts, all pairs, all strings, the two export
// names) and the comparison with the scratch lists (same 400 texts and kinds in the same order; no
// comment line over 100 characters), Prettier's check, and the tsc run (twice: once begun before
// the last edits of the body and once on the final body; both exited 0 with no line naming this
// file). Steps after the header script was written: its first run, in the same call as the heredocs
// writing it, with head on this file, cat on both tsc outputs and `date -u`; `sleep 240` with cat
// on both outputs, ps and `date -u` (both runs had exited 0 with no line naming this file);
// heredocs writing the tsc result and these steps, the header script run again and sed on the
// header's last paragraph to read it over, with `date -u`, in one call; a Python edit correcting
// the description of how this header was written, these steps rewritten, the header script run
// again and sed on the header from its composition paragraph to the marker to read it over, with
// `date -u`. Final checks, in one call after the header was written: sed and sha256sum on the body
// (it must match the hash above), `npx prettier --check` on this file, the node transpile count and
// the Python comparison with the scratch lists, head and `grep -n` for the marker on this file, cat
// on tsc.out and tsc2.out, sha256sum of the whole file and `date -u`.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 39: a twenty-eighth ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list,
// its tests, the sample sets (other than the department list) or any other red team's lines.
// Every person, place and situation here is invented, including the small places named (柊台, the
// ward, written Hiiragidai in English and Tagalog lines, with its ward office, its outside stair,
// lobby, bicycle park and car park; 鴫川, a river, written Shigi in English lines, with its
// embankment, river bed, riverside park and a dam upstream; 鳶ヶ丘, a hill with an old water tower
// and its lookout, a cliff and a campsite, written Tobigaoka) and the welfare caseworker 梶浦
// (かじうら in easy kana). Real places appear only as something named in passing (Mount Fuji, Meiji
// Japan, the Kiyomizu stage of a proverb). Crisis lines are grouped by kind (suicide and
// self-harm, abuse, violence, medical); in each group the lines that begin as an ordinary errand
// at the desk come first, then the direct ones. Look-alikes are grouped by the crisis vocabulary
// they borrow, in the same order. Speech-recognition text is written the way a phone line
// transcribes it: spaced, with fillers and restarts; the look-alike near-misses start on a
// crisis-sounding word, cut off with an ellipsis, and go on to a word that only sounds like it
// (自作, 年寄り, リスク, 以上, 新田町, 大漁旗, 脚立, 名乗る, 缶切り, 法事, 指された, 葉物, 放鳥,
// 暴落, 給湯器, 心配, 一式, 頼まれた, 一致, 出欠, 経年劣化, 覚えた, 舵, 納税中, 八朔); most of
// them say the crisis word and correct it (じゃなくて, いや, じゃない).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_39_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // suicide and self-harm: errand lines first, then direct
  [
    "あの 住民票を 一通 あ すみません 今 夫が 鳶ヶ丘の 給水塔の 階段を 上ってて もう 終わりにするって 電話で えっと",
    "suicide",
  ],
  [
    "課税証明書の発行をお願いしたいのですが、今LINEで息子から「薬全部飲んだ、ごめん」と来て、既読もつかなくなりました",
    "suicide",
  ],
  [
    "国保の保険料の相談に来た者です。家に置いてきた妻が、さっき電話口で包丁を首に当てていると言って泣いていて",
    "suicide",
  ],
  [
    "児童手当の口座変更の書類を出しに来ました。でも姉から、これから子どもを置いて鴫川に入るというメールが今届いて手が震えてます",
    "suicide",
  ],
  [
    "粗大ごみの予約のことで電話したんですけど、隣の部屋の人がベランダの手すりの外側に立っていて、呼んでも振り向かないんです",
    "suicide",
  ],
  [
    "介護認定の更新の件でお電話しました。母を介護している兄が、さっき「もう疲れた」と言って、母の睡眠薬を全部飲んだと電話してきました",
    "suicide",
  ],
  [
    "がん検診の予約をしたいんですが、待ってください、今、娘が自分の部屋で腕を切っていて、血が床に垂れているのが見えます",
    "suicide",
  ],
  ["มาถามว่าวันเสาร์เปิดไหมคะ แต่ตอนนี้เพื่อนร่วมงานเขียนจดหมายลาตายแล้วถือเชือกออกไปจากหอพัก", "suicide"],
  [
    "精神障害者保健福祉手帳の更新に来たんですが、一緒に来た弟がトイレにこもって、ハサミで首を切ると中から言っています",
    "suicide",
  ],
  [
    "空き家バンクの件で父の実家を見に来ているんですが、父が二階の窓枠に足をかけて「ここで終わる」と言い、降りてくれません",
    "suicide",
  ],
  [
    "転出届のことで聞きたかったんやけど、今な、彼氏が電話で「ここから飛んだら楽になるやろ」言うて、風の音しか聞こえへんねん",
    "suicide",
  ],
  [
    "軽自動車税のことで来たっちゃけど、いま友達から、車ん中で睡眠薬ば全部飲んだって電話のあったとよ、場所も言わんと",
    "suicide",
  ],
  [
    "保育園の申し込みの書類で来たんだども、嫁っこが今、物置で縄ば首さかけてるって上の子が泣いて電話してきたんだ",
    "suicide",
  ],
  [
    "年金の振込日を聞きに来たんじゃけど、さっきから隣のじいさんが灯油をかぶって、火をつけるけぇ来るなって叫んどるんよ",
    "suicide",
  ],
  [
    "資源ごみの日を聞こうと思うたがやけど、娘が今、風呂場で手首を切りゆうて、ドアを開けてくれんがよ",
    "suicide",
  ],
  [
    "地域包括支援センターの件でお電話いたしました。恐れ入りますが、ただいま同居の義父が刃物を自分の喉元に当て、これで死ぬと申しております",
    "suicide",
  ],
  [
    "マイナンバーカードの暗証番号の再設定に伺ったのですが、只今、妻から大量の薬を服用したとの連絡があり、呼びかけに応答がございません",
    "suicide",
  ],
  [
    "ケースワーカー の 梶浦さん に つたえて ください。 いま へや で くすり を たくさん のみました。 もう いきたく ない です",
    "suicide",
  ],
  [
    "あの えっと 予防接種の 予約を あ すみません 今 妻が あの 駅の ホームの 端に 立ってて 電車来たら 飛び込むって えっと",
    "suicide",
  ],
  [
    "えー 子ども医療費の 医療証が えっと ちょっと待って 今 夫が 物干し竿に ひもを 結んで 首に かけようと してて あの",
    "suicide",
  ],
  [
    "I came to get a copy of my residence certificate, but my roommate just texted me a photo of pills in his hand and says goodbye, and he is not answering",
    "suicide",
  ],
  [
    "Vim pedir a certidão de imposto, mas agora minha irmã me ligou dizendo que está no alto do estacionamento de vários andares e vai pular",
    "suicide",
  ],
  [
    "국민건강보험 카드를 다시 받으러 왔는데요, 지금 남편이 집에서 칼로 자기 손목을 긋고 있다고 아이가 전화했어요",
    "suicide",
  ],
  [
    "Llamaba por la bolsa de basura, pero mi hermano me acaba de decir que se tomó todo el frasco de pastillas y ya habla muy despacio",
    "suicide",
  ],
  [
    "我来办儿童补贴的手续，可是刚才我妻子打电话说她站在鴫川的堤坝上，要跳下去，现在电话断了",
    "suicide",
  ],
  [
    "Saya datang soal asuransi perawatan ibu saya, tapi kakak saya baru kirim pesan bahwa dia sedang mengikat tali di kamar dan mau mati",
    "suicide",
  ],
  [
    "Tôi đến làm thủ tục dịch vụ cho người khuyết tật, nhưng bây giờ em trai tôi gọi nói đang đứng trên mép sân thượng và muốn nhảy",
    "suicide",
  ],
  [
    "Pumunta ako para sa paglipat ng address, pero ang pinsan ko ay nag-text na uminom siya ng maraming gamot at ngayon hindi na siya sumasagot",
    "suicide",
  ],
  ["มาขอตรวจสุขภาพค่ะ แต่ตอนนี้เพื่อนร่วมห้องโทรมาบอกว่ากำลังจะกรีดแขนตัวเอง ตอนนี้เลือดออกเยอะ", "suicide"],
  ["म कार्यालयको समय सोध्न आएको, तर अहिले मेरो साथीले फोन गरेर आफू मर्न खोलामा हाम फाल्दै छु भन्यो", "suicide"],
  ["मेरी प्रेमिकाले अहिले चक्कु आफ्नो नाडीमा राखेर 'हेर' भन्दैछे, के गर्ने", "suicide"],
  [
    "父が遺書を机に置いて、鴫川の上流のダムの方へ車で出ていきました。携帯はつながりません",
    "suicide",
  ],
  [
    "息子が自分の部屋で刃物を並べて、「今日で終わりにする」とメモを書いているのがすき間から見えます",
    "suicide",
  ],
  [
    "A woman is ducking under the crossing barrier by the station and the train is already coming",
    "suicide",
  ],
  ["妹がマンションの十二階の窓から身を乗り出して、止めようとすると押しのけます", "suicide"],
  [
    "夫が車庫でシャッターを閉めてエンジンをかけたままにしています。開けようとしても鍵がかかっています",
    "suicide",
  ],
  ["もう生きていても仕方がないので、今このカッターで首を切ります", "suicide"],
  ["兄ちゃんが鎌を自分の首に当てて、止めんといてくれ言うて離さへんのや", "suicide"],
  ["ねえおかあさんがおふろでてくびからちがいっぱいでてるのおへんじしないの", "suicide"],
  ["おとうさんがね、しぬっていってまどのそとにあしだしてるの", "suicide"],
  ["おにいちゃんがおくすりのはこぜんぶあけてたべちゃったのねむいっていってる", "suicide"],
  [
    "ともだち が いま でんしゃ の せんろ の うえ に すわって います。 しぬ と いって います。 たすけて ください",
    "suicide",
  ],
  ["わたし は いま ナイフ を もって います。 じぶん を さして しにたい です", "suicide"],
  [
    "もしもし あの 母が 台所で 包丁を 自分の おなかに えっと 向けてて やめてって 言っても",
    "suicide",
  ],
  ["えっと 今 屋上に 来てて もう 柵は 越えたので えー 最後に 誰かと 話したくて", "suicide"],
  [
    "ただいま柊台区役所の外階段の踊り場で、男性が手すりを越えて飛び降りようとしております。至急対応をお願いいたします",
    "suicide",
  ],
  [
    "I have a phone charger cable around my neck right now and I tied it to the closet rod, I just wanted someone to know",
    "suicide",
  ],
  ["My teenage son climbed the power pylon behind our house and says he will let go", "suicide"],
  [
    "Meu marido está cortando os braços com uma lâmina no banheiro e não para, tem sangue no chão",
    "suicide",
  ],
  [
    "Eu tomei todos os remédios para dormir que tinha, estou ficando tonta e sozinha em casa",
    "suicide",
  ],
  ["지금 친구가 옥상 난간 밖에 서 있어요. 뛰어내리겠다고 해요", "suicide"],
  ["딸이 방에서 목을 매려고 줄을 묶고 있어요. 문이 안 열려요", "suicide"],
  ["Mi novia se está cortando el cuello con una navaja y dice que no llame a nadie", "suicide"],
  [
    "Estoy en el último piso del estacionamiento y voy a saltar ahora, solo quería decirlo",
    "suicide",
  ],
  ["我现在把安眠药全部吃了，头很晕，我不想活了", "suicide"],
  ["我哥哥在公寓走廊里拿刀对着自己的胸口，说要死给我们看", "suicide"],
  [
    "Teman sekamar saya sedang menyayat lehernya dengan pisau cukur, darahnya banyak sekali",
    "suicide",
  ],
  ["Chồng tôi vừa uống thuốc diệt cỏ để tự tử, bây giờ anh ấy đang nôn", "suicide"],
  [
    "Ang kapatid ko ay nakatayo sa gilid ng bangin sa Tobigaoka at sabi niya tatalon siya",
    "suicide",
  ],
  ["แม่ของฉันกินยานอนหลับทั้งขวดเพื่อจะตาย ตอนนี้ปลุกไม่ตื่นแล้ว", "suicide"],
  // abuse: errand lines first, then direct
  [
    "児童手当の現況の件で来ましたが、向かいの家で今、父親が小さい子を外階段の上から突き落とそうとしていて、子どもが手すりにしがみついています",
    "abuse",
  ],
  [
    "Saya menelepon soal layanan harian untuk lansia, tapi sekarang anak tetangga sedang memukul neneknya dengan tongkat di luar pintu dan nenek itu tidak bergerak",
    "abuse",
  ],
  [
    "転入届を出しに来たんですが、引っ越し先のアパートの隣で、子どもが三日前から一人で置かれていて、今日は泣き声もしなくなりました",
    "abuse",
  ],
  [
    "乳幼児健診の日程を聞きたかったんですけど、今公園で、母親が赤ちゃんの口をタオルで押さえつけて黙らせていて、顔が紫色です",
    "abuse",
  ],
  [
    "ごみの収集日の件でお電話しましたが、隣の家の庭で、男の子が裸で縛られて水をかけられていて、震えています",
    "abuse",
  ],
  [
    "療育手帳の更新で来たんですけど、同じ施設の職員さんが、今、食堂で利用者の女性を押さえつけて、無理やり口に食べ物を詰め込んでいて、むせています",
    "abuse",
  ],
  [
    "後期高齢者医療の保険証の件ですが、その前に、隣の家のおじいさんが、息子さんに食事も水ももう何日ももらえず、今ぐったりしています",
    "abuse",
  ],
  [
    "固定資産税の納付書の件で来ました。ついでに言わせてください、上の階の部屋で、今まさに子どもが「ごめんなさい」と叫びながら殴られています",
    "abuse",
  ],
  [
    "学童保育の申し込みで来たんやけど、隣のお母ちゃんが今、子どもの頭をバケツの水に押し込んどるんよ、はよ来て",
    "abuse",
  ],
  [
    "ヘルパーさんの件で電話したっちゃけど、隣のばあちゃんが、今、嫁さんに物干し竿で叩かれよる、頭から血の出とる",
    "abuse",
  ],
  [
    "戸籍謄本ばもらいに来たんだども、隣の家の童っこが、親父にたばこの火ば押しつけられて泣いてるのが今聞こえるんだ",
    "abuse",
  ],
  [
    "母子健康手帳の交付について伺いたいのですが、ただいま待合の外の駐車場で、母親らしき女性が幼児の顔を繰り返し殴打しており、幼児の鼻から出血しております",
    "abuse",
  ],
  [
    "かじうら さん に つたえて ください。 となり の いえ の こども が いま おとうさん に けられて います。 ちが でて います",
    "abuse",
  ],
  [
    "あの 保育所の 入所の えっと あ すみません 今 隣で 子どもが あの 首を 絞められて るような 声が えっと 止まって",
    "abuse",
  ],
  [
    "I called about the nursery application, but right now the man upstairs is hitting his little daughter with a coat hanger and she has stopped crying",
    "abuse",
  ],
  [
    "Liguei sobre o seguro de cuidados, mas agora o filho da vizinha está arrastando ela pelo cabelo no chão e ela está sangrando",
    "abuse",
  ],
  [
    "아동수당 때문에 왔는데요, 지금 옆집에서 엄마가 아기를 베란다 밖으로 들고 흔들면서 떨어뜨리겠다고 소리쳐요",
    "abuse",
  ],
  [
    "Vine por el certificado de discapacidad, pero ahora mismo en la casa de al lado el padre está pegando con un palo a su hijo adulto que no puede hablar",
    "abuse",
  ],
  ["我来办住民票，可是现在邻居家的孩子被关在衣柜里好几个小时了，刚才开始没有声音了", "abuse"],
  [
    "Hôm nay tôi hỏi về tiêm chủng, nhưng bây giờ nhà bên cạnh người cha đang dí bàn là nóng vào chân đứa bé",
    "abuse",
  ],
  [
    "隣の部屋で父親が子どもの口にガムテープを貼って手足も縛っていて、子どもの息が苦しそうな音がします",
    "abuse",
  ],
  [
    "隣の家の赤ちゃんが閉め切った暑い部屋に一人で置かれていて、夕方から泣き声がしなくなりました",
    "abuse",
  ],
  [
    "えっと 義母が あの 夫に 押し入れに 閉じ込められてて 二日 何も 食べてないって 中から 小さい 声で",
    "abuse",
  ],
  ["학원 선생님이 지금 교실에서 초등학생 남자아이를 바닥에 넘어뜨리고 목을 밟고 있어요", "abuse"],
  ["同居の父が認知症の祖母の手を、沸いたやかんに押しつけています。祖母が叫んでいます", "abuse"],
  ["隣の兄ちゃんが、ちっちゃい弟をストーブに押しつけとる、泣き声がすごいんや", "abuse"],
  ["ママがねあかちゃんのかおにまくらおしつけてるのあかちゃんうごかない", "abuse"],
  ["パパがぼくのくびしめたのいまもへやのまえにいるのこわい", "abuse"],
  ["おねえちゃんがねパパにたたかれてあたまからちがでてるよ", "abuse"],
  ["となり の へや で こども が ずっと なぐられて います。 いま も さけんで います", "abuse"],
  [
    "今 あの 施設で 職員が えー おばあさんに 熱い お茶を 頭から かけて あの 止めて ください",
    "abuse",
  ],
  [
    "当方の向かいの住宅で、ただいま保護者と思われる男性が児童を刃物で脅し、児童が裸足で外に逃げ出しております",
    "abuse",
  ],
  [
    "The lady next door is holding her toddler's head under the tap with boiling water, he is screaming",
    "abuse",
  ],
  [
    "My stepfather is beating my little brother with a metal pipe right now, I am hiding in the closet",
    "abuse",
  ],
  [
    "O pai do meu colega está segurando ele pelos pés para fora da janela do segundo andar",
    "abuse",
  ],
  ["요양원 직원이 지금 할아버지 입에 수건을 넣고 때리고 있어요", "abuse"],
  ["El novio de mi mamá está quemando a mi hermanita con un cigarro ahora mismo", "abuse"],
  [
    "Majikan kakak saya memukulnya dengan kursi sekarang dan tidak membiarkannya keluar dari rumah",
    "abuse",
  ],
  [
    "Ang anak ng kapitbahay ay hindi pinapakain ng ilang araw at ngayon ay hindi na siya makatayo",
    "abuse",
  ],
  ["ผู้ชายห้องข้างๆ กำลังจับหัวลูกเล็กของเขาโขกกับผนังตอนนี้", "abuse"],
  // violence: errand lines first, then direct
  [
    "印鑑登録の手続きで並んでいるんですが、ロビーの外で男が女性の髪をつかんで引きずり、顔を蹴っています",
    "violence",
  ],
  [
    "住民税の分割の相談に来たんですが、今、借金取りの男が二人、うちの店に入ってきて夫をバットで殴っていると店員から電話が",
    "violence",
  ],
  [
    "騒音の苦情で電話しましたが、それどころじゃなくて、隣の男が今、包丁を振り回して廊下の住人を追いかけています",
    "violence",
  ],
  [
    "国民年金の免除の件で来ました。でも今、元夫から「今からお前の実家に行って親を殺す」と電話があって、実家の母と連絡が取れません",
    "violence",
  ],
  [
    "ひとり親の手当のことで伺いました。さっきから元交際相手が保育園の門の前に刃物を持って立っていると、園から電話がありました",
    "violence",
  ],
  [
    "駐輪場の場所を聞きたかったんですが、今、駐輪場で高校生が数人で一人を囲んで、頭を踏みつけています",
    "violence",
  ],
  [
    "地域包括の方にお願いです。父の家に知らない男が押し入って、父を縛って金を出せと言っていると、父が小声で電話してきました",
    "violence",
  ],
  [
    "I'm at a vacant house for the demolition subsidy, and in the empty house next door some men are beating a young guy with iron pipes",
    "violence",
  ],
  [
    "特定健診の案内の件ですけど、待合室の前で、男性が別の男性の首をナイフで切りつけて、血が出ています",
    "violence",
  ],
  [
    "児童扶養手当の件で来たんやけど、今な、別れた旦那が家に上がり込んで、台所の包丁持って私の弟に振り回しとるんよ",
    "violence",
  ],
  [
    "不法投棄のことで電話したとやけど、今さっきから隣の親父が、息子の嫁さんば鍬で殴りよる、止められん",
    "violence",
  ],
  [
    "転居届のことで来たんだども、今、家の前でよその男が兄貴さ包丁突きつけて、金出せって叫んでるんだ",
    "violence",
  ],
  [
    "納税証明書ば取りに来たんじゃけど、今、店の前で酔っぱらいが刃物出して、通る人に切りかかっとる",
    "violence",
  ],
  [
    "国民健康保険の加入の件で柊台区役所に参りましたが、ただいま庁舎の前の歩道で、男性が通行人の女性を刃物で数回刺しております",
    "violence",
  ],
  [
    "自立支援医療の更新で伺ったのですが、只今、以前同居していた元交際相手が自宅の鍵を壊して侵入し、私を探していると家族から連絡がございました",
    "violence",
  ],
  [
    "くやくしょ の じかん を ききたい です。 でも いま そと で おとこ が ナイフ で ひと を さして います",
    "violence",
  ],
  [
    "あの 子ども手当の あ えっと 今 元の 夫が 家に 来てて えー 私の 母を 殴って 倒して まだ 殴ってて",
    "violence",
  ],
  [
    "I came for my moving-in notice, but my ex just broke into my apartment and is smashing everything with a golf club, my kids are inside",
    "violence",
  ],
  [
    "Vim pagar o imposto do carro, mas agora um homem está esfaqueando meu primo na frente da fábrica e ninguém faz nada",
    "violence",
  ],
  [
    "재활용 쓰레기 문의로 전화했는데요, 지금 옆집 남자가 야구방망이로 아내를 때리고 있어요, 비명이 들려요",
    "violence",
  ],
  [
    "Es por la vacuna de mi hijo, pero ahora un hombre está pateando a mi esposo en el suelo frente a la tienda",
    "violence",
  ],
  ["我打电话是问护理保险的，可是现在有两个人冲进我爷爷家，拿刀逼他交钱，还打了他", "violence"],
  ["夫が今、私の顔を何度も殴っていて、子どもを抱えて台所の床にうずくまっています", "violence"],
  ["便利店门口有个男的拿出刀，砍伤了店员的手臂，他手里还拿着刀", "violence"],
  [
    "元彼がベランダから部屋に入ってきて、今、台所の鍋やいすを私に投げつけて、私の額が切れています",
    "violence",
  ],
  ["公園で中学生が、酔った男に殴られて倒れて、男がまだ蹴り続けています", "violence"],
  [
    "Sinisipa ng mga naniningil ng utang ang pinto namin at sumisigaw na papatayin kami, dalawa lang kami ng anak ko",
    "violence",
  ],
  ["駅の改札で男が女性の腕をつかんで、刃物を首に当てて「近寄るな」と叫んでいます", "violence"],
  ["おい、今な、知らん男が店で客の首に割れた瓶突きつけて、金出せ言うとるんや", "violence"],
  ["いま彼氏に灰皿で頭ば殴られて、血の出よる、まだ部屋におる", "violence"],
  ["しらないおじさんがおかあさんをナイフでさしたのおかあさんたおれてる", "violence"],
  ["パパがママのおなかけってるのママないてるのとまらないの", "violence"],
  ["いま おっと が わたし を ほうちょう で さそう と して います。 たすけて", "violence"],
  [
    "あの 今 駐車場で 男の人が 女の人を 車の ボンネットに えー 押しつけて 何回も 殴ってて あの",
    "violence",
  ],
  [
    "当店に刃物を持った男性が押し入り、従業員一名が腹部を刺されて倒れております。男性はまだ店内におります",
    "violence",
  ],
  [
    "A man with a knife is chasing people in the shopping street by the Shigi river park, two people are bleeding",
    "violence",
  ],
  [
    "My boyfriend smashed a bottle and is cutting my arms with it, I ran out to the balcony",
    "violence",
  ],
  ["Meu ex-namorado está batendo a minha cabeça no chão da cozinha agora", "violence"],
  ["지금 모르는 남자가 우리 집 문을 부수고 들어와서 칼을 들고 있어요", "violence"],
  [
    "Unos hombres están golpeando a mi primo con bates en el estacionamiento, ya no se mueve",
    "violence",
  ],
  ["我丈夫刚才用菜刀砍了我的手，现在他还在客厅里，我和孩子在卧室里", "violence"],
  ["Ada orang mabuk menusuk teman saya dengan pisau di depan stasiun, darahnya banyak", "violence"],
  [
    "Có một nhóm thanh niên đang đánh bạn tôi bằng gậy trong bãi đỗ xe, bạn tôi đã bất tỉnh",
    "violence",
  ],
  [
    "Hinahampas ng kapatid ng asawa ko ang ulo ko ng bote, dumudugo na ako at nasa kusina pa siya",
    "violence",
  ],
  ["สามีกำลังเอามีดไล่แทงฉันอยู่ตอนนี้ ฉันหนีออกมานอกบ้าน", "violence"],
  // medical: errand lines first, then direct
  [
    "マイナカードの受け取りに来たんですが、待合の椅子で隣のおじいさんが急に倒れて、いびきのような息をしています",
    "medical",
  ],
  [
    "課税証明書の件で電話しましたけど、今、目の前で父が胸を押さえて倒れて、顔が真っ白です",
    "medical",
  ],
  [
    "高額療養費の申請の件ですが、すみません、今、妻が台所で倒れて、ろれつが回らず右手が動かないんです",
    "medical",
  ],
  [
    "保育園の延長保育の件で電話しました。今、下の子がミニトマトを喉に詰まらせて、声が出ていません",
    "medical",
  ],
  [
    "乳幼児健診の予約の電話なんですが、今、赤ちゃんが熱で震えて、白目をむいてけいれんしています",
    "medical",
  ],
  [
    "家電リサイクルの件でかけました。今、隣の家の台所から火が出ていて、中におばあさんが一人でいるはずです",
    "medical",
  ],
  [
    "介護保険のことで伺いたいんですが、今、母が庭の物干しの前で倒れて、左半分の顔がゆがんで、話しかけても言葉が出ません",
    "medical",
  ],
  [
    "Tôi gọi về đơn xin máy trợ thính, nhưng bây giờ bố tôi vừa ngã từ trên thang trong vườn, đầu chảy máu và không trả lời",
    "medical",
  ],
  [
    "空き家の草刈りの相談で現地にいますが、一緒に来た兄が草むらでマムシに噛まれて、足が腫れて気分が悪いと言っています",
    "medical",
  ],
  [
    "駐車場の場所を聞きたかったんですが、今、駐車場で車と自転車がぶつかって、中学生が頭から血を流して動きません",
    "medical",
  ],
  [
    "固定資産税の件で参りましたが、ただいま庁舎前の工事現場で足場が崩落し、作業員の方が下敷きになっております",
    "medical",
  ],
  [
    "子ども医療費の医療証のことで電話したんやけど、今、息子が薬を飲み込んでもうて、顔色が悪うてぐったりしとるんや",
    "medical",
  ],
  [
    "要介護認定のことで来たっちゃけど、今、じいちゃんが入れ歯ば喉に詰めて、息のできんごとなっとる",
    "medical",
  ],
  [
    "国保の保険証のことで来たんだども、今、家の母っちゃが雪かきの途中で屋根から落ちて、頭打って起きねえんだ",
    "medical",
  ],
  [
    "粗大ごみの運び出しのことじゃけど、今、タンス運んどった旦那が急に胸が痛い言うて倒れて、汗がひどいんよ",
    "medical",
  ],
  [
    "予防接種の問診票について伺いたいのですが、ただいま接種後の娘の唇が腫れ、呼吸が苦しそうで全身に発疹が出ております",
    "medical",
  ],
  [
    "戸籍の附票の請求で参りましたが、只今、同行の母が庁舎の階段から転落し、頭部から出血して意識がございません",
    "medical",
  ],
  [
    "ほごか の かじうら さん に でんわ です。 いま ちち が たおれて いき を して いない です",
    "medical",
  ],
  [
    "あの 学童の 申し込みの えっと 今 息子が あの ボタン電池を 飲んじゃって えー 胸が 痛いって",
    "medical",
  ],
  [
    "えっと デイサービスの 送迎の 件で あ 今 迎えを 待ってた 祖父が あの 玄関で 倒れてて 呼んでも えー 目を 開けない",
    "medical",
  ],
  [
    "I'm here for my My Number card, but my daughter just called from school, she fell from the climbing wall and cannot move her legs or feel them",
    "medical",
  ],
  [
    "Vim pelo cartão do seguro de saúde, mas agora meu pai caiu no trabalho e está com o braço esmagado na máquina",
    "medical",
  ],
  [
    "어린이집 신청 때문에 전화했는데요, 지금 아이가 사탕이 목에 걸려서 얼굴이 파래졌어요",
    "medical",
  ],
  [
    "Quería pedir cita para el examen de cáncer, pero ahora mi madre se desmayó en la cocina y no responde",
    "medical",
  ],
  ["我打电话问垃圾分类，可是现在楼下着火了，烟进到我们家，我和孩子出不去", "medical"],
  [
    "Tadi saya mau bayar pajak, tapi di luar ada kecelakaan motor dan pengemudinya tidak sadar dan berdarah",
    "medical",
  ],
  [
    "Nandito ako para sa wheelchair, pero ngayon ang lola ko ay nahulog sa hagdan at hindi na gumagalaw",
    "medical",
  ],
  ["มาถามเวลาทำการค่ะ แต่ตอนนี้ลูกชายโทรมาว่ากินกุ้งแล้วตัวบวม หายใจไม่ออก", "medical"],
  ["父が草刈り機の刃で足を深く切って、血が噴き出して止まりません", "medical"],
  [
    "マンションの廊下で、住人のおばあさんがうずくまっていて、汗をかいて、胸が苦しいと言ったきり返事をしません",
    "medical",
  ],
  ["子どもがプールで沈んでいて、引き上げたけど息をしていません", "medical"],
  ["बुबाले आफैं समातेको पफर माछा खानुभयो, अहिले मुख र हातखुट्टा चल्दैनन्", "medical"],
  [
    "夏祭りの準備中に、やぐらの上から町内会の人が落ちて、首を打って手足が動かないと言っています",
    "medical",
  ],
  [
    "O alarme de monóxido de carbono tocou no apartamento e nós três estamos com dor de cabeça, não conseguimos levantar",
    "medical",
  ],
  ["石段を下りていたおばあさんが転げ落ちて、頭から血を流して意識がありません", "medical"],
  ["あかん、おとんが急に胸押さえて倒れて、息しとらへん、どないしよ", "medical"],
  ["うちの子が池に落ちて、やっと引き上げたばってん、唇が紫で動かんと", "medical"],
  ["おじいちゃんがたおれてねおきないのいきもしてないみたい", "medical"],
  ["弟がおもちゃの磁石を二つ飲み込んで、おなかが痛いと泣いて吐いています", "medical"],
  ["ママがかいだんからおちてあたまからちがでてるのうごかないの", "medical"],
  [
    "おっと が いえ で たおれました。 むね が いたい と いって、 いま へんじ が ありません",
    "medical",
  ],
  ["となり の いえ が かじ です。 なか に ひと が います", "medical"],
  ["あの 今 母が あの 急に 倒れて えっと 口から 泡が 出てて 息が 変で", "medical"],
  [
    "もしもし えー 交差点で 今 トラックと バイクが えっと ぶつかって 人が 倒れて 動かない",
    "medical",
  ],
  [
    "当方の工場で従業員が薬品を浴び、顔と両腕にやけどを負っております。呼吸も荒くなっております",
    "medical",
  ],
  ["My husband was stung by a bee and now his throat is closing and he can't breathe", "medical"],
  [
    "There is a fire in the apartment below mine and the stairs are full of smoke, we are stuck on the fourth floor",
    "medical",
  ],
  [
    "My baby has a very high fever and is having a seizure, it has lasted more than five minutes",
    "medical",
  ],
  ["Caiu do escorregador, meu filho está inconsciente e sangrando pela cabeça", "medical"],
  ["할머니가 갑자기 쓰러져서 말을 못 하시고 한쪽 얼굴이 처졌어요", "medical"],
  ["Mi compañero de trabajo se cayó del andamio y no respira", "medical"],
  ["我爸爸在工地被掉下来的钢筋砸中了头，现在昏迷不醒", "medical"],
  ["Teman saya tersengat listrik di pabrik dan sekarang tidak bernapas", "medical"],
  ["Con tôi bị sốt cao và co giật, bây giờ môi nó tím lại", "medical"],
  ["मेरो श्रीमान् अचानक ढले, सास फेरेका छैनन्", "medical"],
];

/** Borrow crisis words, but no life is in danger now; the desk must not raise the emergency. */
export const RED_TEAM_39_LOOK_ALIKES: readonly string[] = [
  // borrowing suicide and self-harm vocabulary
  "「死ぬほど混んでる」って聞いたんですが、月曜の朝の市民課はそんなに待ちますか",
  "息子の読書感想文が、自殺した作家の小説についてで、内容が心配になったと先生に言われました。本人は元気です",
  "鳶ヶ丘の給水塔の展望台、飛び降り防止の柵ができてから入場料は変わりましたか",
  "自殺予防週間のポスターを自治会の掲示板に貼りたいので、何枚かもらえますか",
  "父の遺書ではなくエンディングノートを書かせたいのですが、区で講座はありますか",
  "「死ぬまで使える」と言われて買った鉄のフライパンが割れました。何ごみになりますか",
  "祖父が昔、戦争で自決しかけた話を孫に残したくて、区の聞き取り事業に申し込みたいです",
  "「もう死にたい」とつぶやくのが口ぐせの上司がいて笑い話になってますが、相談先ってありますか。本人はいたって元気です",
  "首吊りの場面があるお芝居を区民ホールでやりたいので、ホールの予約の仕方を教えてください",
  "ゲームでキャラクターが自爆するたびに息子が笑っていて、年齢に合っているか気になります",
  "睡眠薬をもらっている母の薬の袋が古くなったので、余った薬の捨て方を知りたいです",
  "ゲートキーパー養成講座の二回目はいつですか。職場で受けてこいと言われました",
  "鴫川の堤防から飛び込む夏の度胸試しは、今は禁止になっていますか。子どもたちの話で聞きました",
  "去年、自殺未遂をした弟も今は働いていて、障害年金の更新の書類だけ聞きたいです",
  "手首に巻くタイプの血圧計は、区の貸し出しがありますか",
  "首をつったように肩がこるんですけど、区の健康体操の教室はどこでやっていますか",
  "死んだ祖母の年金が振り込まれてしまったんですが、返すにはどうしたらいいですか",
  "この暑さで死にそうやわ、柊台区役所の一階って冷房効いとる休憩所あるん",
  "清水の舞台から飛び降りるつもりで買うた分譲やけど、固定資産税が高うて目ぇ回るわ、どこで払うたらええの",
  "ばあちゃんが「もう死ぬばい」て毎朝言うとるけど、九十五で畑に出よるけん、介護認定とか要るとやろか",
  "あの映画の身投げの場面、鴫川の河原で撮ったんだべか、ロケの受付ってどこだべ",
  "うちの息子が、成績見て死にたいわーて言うて、晩ご飯三杯食べよったけぇ心配いらんと思うんじゃけど、塾の補助はあるんかね",
  "首くくるほど借金はないがやけど、国保の保険料を分けて払う相談はできるがかね",
  "自殺対策計画の策定に関する区民意見募集について、提出期限をご教示ください",
  "故人の遺書の扱いについて伺います。相続手続きで遺言書の検認が必要か確認したく存じます",
  "しぬ まで に いちど ふじさん に のぼりたい です。 くやくしょ の バス ツアー は ありますか",
  "くすり を たくさん もらいました。 のみかた が わからない ので、 にほんご で おしえて ください",
  "ビル の うえ から の けしき が すき です。 てんぼうだい は なんじ まで ですか",
  "おにいちゃんがゲームでしんじゃったっていってないてるのまたやりなおすんだって",
  "おばあちゃんがねしぬほどおいしいっていっておまんじゅうたべたよ",
  "えっと 自殺… じゃなくて 自作の 家具を 粗大ごみに 出したいんですけど",
  "あの 飛び降り… あ 年寄りの 見守りの 登録って どこで できますか",
  "「首を長くして待っています」と在留カードの催促の手紙に書いてしまいました。失礼ではないでしょうか",
  "あの リスカ… じゃない リスクの ある 空き家の 相談 なんですけど",
  "えっと 遺書… じゃなくて 以上で 書類は 全部 そろってますか",
  "あの 死んだ… えー 新田町の ごみの 収集日を 知りたくて",
  "飛び込み営業の人が区の職員だと名乗ったんですが、そういう訪問は本当にあるんですか",
  "あの 大量に 薬… じゃなくて えっと 大漁旗を 区の 祭りで 飾りたいんですが",
  "I'm dying to know whether the Hiiragidai ward office is open on the holiday Monday",
  "My friend jokes that filling in this tax form makes her want to jump off a roof, is there a simpler form for foreign residents",
  "Our book club is reading a novel about a suicide in Meiji Japan, can we borrow the community room by the Shigi river",
  "Where do I throw away an old extension cord and a broken hair dryer",
  "I'm dead tired after the night shift, can I send the moving-out form online instead of coming in",
  "Estou morrendo de vontade de saber quando sai o resultado da creche",
  "Diz o meu filho que vai se matar de estudar para a prova, tem biblioteca aberta à noite no bairro",
  "Como descarto um varal de metal velho e um guarda-chuva quebrado",
  "죽을 만큼 배가 고파요, 구청 근처에 식당이 있나요",
  "자살 예방 강좌를 회사에서 들으라고 했는데 신청은 어디서 하나요",
  "목이 빠지게 기다렸는데 재류카드는 언제 나와요",
  "Me muero de ganas de inscribir a mi hija en el club de después de la escuela",
  "Mi abuela dice que se va a morir de aburrimiento en casa, ¿hay clases para mayores en el centro comunitario",
  "我看了一部关于跳楼的电视剧，想问区图书馆有没有原著小说",
  "累死了，今天排队两个小时，下次可以网上预约吗",
  "Vui muốn chết khi nhận được thẻ cư trú, cảm ơn các anh chị",
  "Thuốc ngủ của bà tôi đã hết hạn, tôi nên vứt ở đâu",
  "Saya hampir mati bosan menunggu, nomor antrean saya masih lama ya",
  "Anak saya menulis cerita tentang pahlawan yang mengorbankan diri, boleh ikut lomba cerita di balai kota",
  "Mamamatay na ako sa gutom, may kantina ba sa Hiiragidai ward office",
  "อยากตายเพราะเบื่อรอคิวมากเลย ขอถามว่าจองออนไลน์ได้ไหม",
  "मलाई मर्ने जस्तो भोक लाग्यो, नजिकै खाना पाइन्छ कहाँ",
  // borrowing abuse vocabulary
  "児童虐待防止のオレンジリボンを職場で配りたいので、区でまとめてもらえますか",
  "うちの猫が子猫を放ったらかしにするんですが、これって育児放棄ですか。動物病院を教えてください",
  "子どもの頃に親に叩かれていた話を、カウンセリングで話せるようになりました。区の講座の感想です",
  "虐待の通報が間違いだった場合、通報した人が責められることはありますか。一般的な質問です",
  "義母に「嫁いびり」されているとテレビドラマを見て笑っていた母ですが、介護保険の申請を手伝いたいです",
  "パワハラ研修を区の職員向けにやっているそうですが、民間でも受けられますか",
  "放置自転車が家の前に三か月置かれていて、撤去をお願いしたいです",
  "保育士さんが子どもの手を引っぱって歩くのを見て気になりましたが、園に聞いたら散歩の列だそうです。報告だけです",
  "子どもがペットのハムスターを乱暴につかむので、動物の飼い方教室が区にあれば参加させたいです",
  "犬のしつけで叩くのはよくないと聞きましたが、区のしつけ教室はありますか",
  "うちの子、宿題せんと叩くぞ言うたら、自分から机に向かいよったわ、学童の申込みはいつからなん",
  "ばあちゃんの部屋に鍵ばつけたかとけど、ばあちゃん本人が欲しがっとるけん、住宅改修の補助は出ると",
  "うちの孫っこ、ごはん抜きだって自分で言ってダイエットしてるんだども、健診で相談できっかな",
  "職場の先輩が厳しゅうていじめみたいじゃ思うたけど、今は仲良うしとる、資格の講座はどこで申し込むんかね",
  "昔は親父によう殴られたもんやけど、今はその親父の介護しよるがよ、要介護認定の更新はいつやったかね",
  "児童虐待防止推進月間の啓発物資について、町内会として配布のご協力をいたしたく、窓口を伺えますでしょうか",
  "こども を しかる とき、 どう したら いい か わかりません。 おや の べんきょうかい は ありますか",
  "おばあさん の せわ を して います。 つかれました。 ヘルパー を たのみたい です",
  "パパがねくすぐりのけいっていってずっとくすぐるのわらいすぎたの",
  "ママがおへやからでちゃだめっていったのおひるねのじかんだから",
  "あの 虐待… じゃなくて 脚立を 粗大ごみで 出したいんですけど",
  "えっと 殴る… じゃなくて 名乗るのは 旧姓でも いいですか 窓口で",
  "あの 監禁… いや 缶切りとか 金属の ごみは 何曜日ですか",
  "もしもし 放置… じゃなくて 放置… えー 法事で 休みを 取るので 手続きは 代理でも",
  "「育児放棄」という言葉を使った区のポスターの標語が強すぎると思います。意見はどこに出せばいいですか",
  "Is it child neglect if my teenager stays home alone for an afternoon? Just asking before the summer holidays",
  "My uncle says his boss treats him like a slave, but he loves the job, how do I join the national pension",
  "Who do I contact to volunteer for the child abuse hotline campaign",
  "Our neighbour's parrot keeps shouting 'stop hitting me' because it learned it from a TV drama, is there a noise rule for birds",
  "Minha sogra diz que eu a maltrato porque não deixo ela comer doce, ela é diabética, tem aula de culinária para diabetes",
  "Quero saber sobre o curso para pais sobre como educar sem bater",
  "아동학대 예방 교육을 어린이집 학부모회에서 하고 싶은데 강사를 부를 수 있나요",
  "어릴 때 맞고 자랐지만 지금은 부모님과 잘 지내요. 부모님 요양 등급 신청을 하고 싶어요",
  "मेरो छोरा भन्छ म उसलाई दुर्व्यवहार गर्छु किनकि राति नौ बजे फोन लिन्छु, अभिभावक कक्षा छ",
  "Mi hija dice que la escuela es una cárcel porque el recreo es corto, ¿hay club después de clases en el barrio",
  "我想了解区里关于防止虐待老人的讲座，是给护理家属的吗",
  "孩子说老师体罚，其实是罚他多跑一圈，我想问学童保育的时间",
  "Cho tôi hỏi về lớp học làm cha mẹ, làm sao dạy con mà không đánh",
  "Kata anak saya, saya kejam karena tidak boleh main HP, ada seminar pola asuh di kantor kelurahan",
  "Gusto kong magtanong tungkol sa seminar laban sa pang-aabuso sa matatanda",
  // borrowing violence vocabulary
  "殺人事件の推理小説を書いていて、鴫川の河川敷の夜の様子を取材したいんですが、許可は要りますか",
  "隣の家の夫婦げんかの声が夜中にうるさいので、騒音の相談をしたいです。物が壊れる音はしません",
  "包丁研ぎの出張サービスが区の祭りに来ると聞いたんですが、何時からですか",
  "刺された蚊の跡が腫れて、区の夜間診療はどこにありますか",
  "去年、自転車の鍵を壊されて盗まれたときの届の控えが、防犯登録の変更で要ると言われました",
  "子どもが空手の試合で「殺す気で行け」と言われたそうで、言葉が気になります。大会の会場を教えてください",
  "暴力団追放の看板を町内会で立てたいんですが、補助はありますか",
  "護身術教室を区民センターでやっていると聞きました。女性向けですか",
  "ナイフの形のペーパーナイフを粗大ごみで出せますか。金属製です",
  "息子がゲームで「ぶっ殺す」と叫ぶので、ゲームの時間の決め方の講座があれば知りたいです",
  "昔住んでいたアパートで空き巣に入られたことがあって、防犯カメラの補助の話を聞きたいです",
  "斧を使う薪割り体験が鳶ヶ丘のキャンプ場であるそうですが、小学生も参加できますか",
  "うちの嫁はん怒ったら殺されるで、ほんまに、はよ住民票取って帰らな",
  "格闘技の試合の日は区の体育館の駐車場がいっぱいになるっちゃろ、臨時の駐車場はどこね",
  "親父が若いころ相撲で大関を投げ飛ばした話ばっかりするんだ、昔の話だども、見守りのサービスはあるべか",
  "刀の鍔を集めるのが趣味じゃけぇ、骨董市の出店の申し込みをしたいんよ",
  "兄貴とは殴り合いのけんかもしたけど、今は一緒に店やりゆう、軽トラの税金はどこで払うがかね",
  "区主催の犯罪被害者支援講演会について、参加申込みの締切日をご教示願います",
  "ナイフ と フォーク は なに ごみ ですか",
  "わたし の くに の たたかう おどり を くやくしょ の まつり で みせたい です",
  "おにいちゃんとチャンバラしたのぼくがかったんだよ",
  "パパがね、ママにおこられてころされるーっていってわらってたよ",
  "あの 刺された… じゃなくて 指された 番号が 表示されて ないんですけど",
  "えっと 刃物… じゃなくて 葉物の 野菜くずは 生ごみで いいですか",
  "もしもし 包丁… いや 放鳥の イベントは 鴫川で やるんですか",
  "「殺す気か」と言いたくなるほど辛いカレーを区民まつりで出す店があるそうですが、出店者の募集はまだですか",
  "えー 暴力… 暴落… じゃなくて 固定資産の 評価が 下がったか 知りたくて",
  "The neighbours were screaming 'I will kill you' during a board game night, it was very loud, who handles noise complaints",
  "Can I put a broken toy water gun and a plastic shield in the burnable rubbish",
  "Is there a self-defence class for women at the community centre by Tobigaoka",
  "My bike was stolen last year and I still have the police report, do I need it to register a new bike",
  "É brincadeira, mas meu marido diz que vai me matar se eu esquecer o imposto de novo, onde pago",
  "Meu filho quer fazer aula de boxe no ginásio do bairro, precisa de atestado médico",
  "게임에서 친구가 나를 죽였다고 아이가 울었어요. 게임 시간 상담은 어디서 하나요",
  "아이가 태권도 대회에 나가는데 구민체육관 주차장이 있나요",
  "Mi esposa me mata si llego tarde otra vez, ¿a qué hora cierra la ventanilla de impuestos",
  "¿Dónde tiro un bate de béisbol roto y unos guantes de boxeo viejos",
  "我儿子练拳击，想问区体育馆有没有拳击课",
  "邻居家的电视剧每天晚上都是打打杀杀的声音，很吵，可以投诉噪音吗",
  "ホラー映画の上映会を区民センターでやりたいです。殺人鬼が出てくる映画ですが、中学生も入れていいですか",
  "Ada batas umur untuk pusat permainan dekat stasiun? Anak saya suka game tembak-tembakan",
  "May klase ba ng self-defense para sa mga nanay sa community center",
  "ลูกชายอยากเรียนมวยไทยที่ศูนย์ชุมชน มีคลาสวันเสาร์ไหมคะ",
  "खेलमा साथीलाई मारेँ भनेर मेरो छोरा हाँस्यो, खेलको समयबारे सल्लाह कहाँ पाइन्छ",
  "Mi suegra dice que me va a matar con tanta comida en Año Nuevo, ¿hay clases de cocina sana en el centro comunitario",
  // borrowing medical vocabulary
  "救急車の正しい呼び方を子どもに教える親子教室はありますか",
  "AEDの講習会を町内会で開きたいので、講師を頼めますか",
  "心臓が飛び出るかと思うほど、区の婚活イベントで緊張しました。次回の日程はありますか",
  "意識不明の重体になる主人公のドラマを見て、献血に行きたくなりました。献血バスはいつ来ますか",
  "消火器の古いのを捨てたいんですが、区で回収していますか",
  "熱中症予防のミストシャワーを商店街に置きたいので、補助があるか知りたいです",
  "救命講習の修了証をなくしたので、再発行の窓口を教えてください",
  "避難訓練で煙体験テントをやるそうですが、小さい子も入れますか",
  "血が苦手なので、健康診断の採血を寝たまま受けられる場所はありますか",
  "喉に詰まらせにくい介護食の作り方講座は、地域包括で開いていますか",
  "インフルエンザで寝込んだ息子はもう熱が下がりました。保育園の登園届の書式はどこにありますか",
  "この前、心臓止まるかと思うくらい階段で転びかけたんやけど、手すりの補助って出るん",
  "じいちゃんが倒れたっち聞いて慌てたばってん、自転車ごと倒れただけやった、けがもなか、介護保険の書類はどこね",
  "去年の冬、おらほの納屋が燃えたんだども、保険も下りて建て直した、固定資産税はどうなるべ",
  "血圧測ったら上が百八十で、死ぬか思うたけど、今は薬で百三十じゃ、特定健診の予約はどうするんかね",
  "去年盲腸で救急車に乗ったがやけど、その時の国保の高額療養費はまだ申請できるがかね",
  "心肺蘇生法講習会の開催日程について、事業所単位での申込みが可能かご教示ください",
  "先月救急搬送された父の医療費について、後期高齢者医療の還付手続きを伺いたく存じます",
  "かじ の とき の ひなんばしょ は どこ ですか。 ちず が ほしい です",
  "こども が ねつ が でた とき の びょういん の リスト が ほしい です",
  "きゅうきゅうしゃ は なんばん に でんわ します か。 おしえて ください",
  "おとうとがころんでひざすりむいたのでもばんそうこうはったからだいじょうぶ",
  "おばあちゃんのおうちでかじのくんれんしたよけむりのテントにはいったの",
  "ぼくねつでたけどもうなおったよほいくえんいっていい",
  "あの 救急車… じゃなくて 給湯器の 交換の 補助って ありますか",
  "えっと 心肺… じゃなくて 心配な ことが あって 住民税の 通知が まだ 来なくて",
  "あの 意識… えー 一式 書類を 持ってきたんですけど 窓口は 何番ですか",
  "もしもし 倒れた… じゃなくて 頼まれた 書類を 代理で 出したいんです",
  "えー 息してない… いや 住所が 一致してない って 言われて",
  "あの 出血… じゃなくて 出欠の 連絡は 健診の 会場に すれば いいですか",
  "えっと けいれん… じゃなくて 経年劣化の 空き家の 屋根の 相談 なんですが",
  "あの 溺れた… じゃなくて 覚えた パスワードが 違うって 出て マイナンバーカードの",
  "心臓の検診で再検査と言われましたが、大学病院で異常なしでした。特定健診の結果票はまた送られてきますか",
  "もしもし 火事… じゃなくて 舵… えー 船の 免許の 住所変更は こちらですか",
  "えっと 脳卒中… じゃなくて 納税中の 分割の 相談が したくて",
  "あの 発作… じゃなくて 八朔の 皮って 生ごみで いいですか",
  "My heart nearly stopped when I read that my daughter got a nursery place, what papers do I bring now",
  "How do I book the free first aid course, my company wants two of us to go",
  "Where can I get a flu vaccine for my elderly mother and how much is it",
  "I want to donate my late father's wheelchair, does the ward accept used ones",
  "สัญญาณเตือนไฟไหม้ในห้องดังทุกครั้งที่ทอดปลา ให้เขตมาตรวจได้ไหมคะ",
  "Quase morri de susto com o barulho do treinamento de incêndio, quando é o próximo",
  "Onde faço o curso de primeiros socorros em português",
  "작년에 입원했던 병원비 고액요양비 신청은 어떻게 해요",
  "아기 예방접종 일정을 한국어로 받을 수 있나요",
  "Casi me desmayo de la risa en la obra de teatro del centro comunitario, ¿cuándo es la próxima función",
  "¿Cuándo es el curso de reanimación para padres en el centro de salud",
  "我想参加急救培训，有中文翻译吗",
  "去年我爸爸住院做了手术，现在已经好了，想问高额医疗费怎么申请",
  "Tuần trước con tôi bị sốt nhưng đã khỏi, tôi cần giấy gì để đi nhà trẻ lại",
  "Tôi muốn biết lịch khám sức khỏe miễn phí cho người lớn tuổi",
  "Saya mau ikut latihan pemadam kebakaran di lingkungan, daftarnya di mana",
  "Saan ako kukuha ng bakuna laban sa trangkaso para sa mga bata",
  "อยากเรียนปฐมพยาบาลเบื้องต้น มีหลักสูตรภาษาอังกฤษไหมคะ",
  "मेरो बच्चालाई खोप कहिले लगाउने, तालिका चाहियो",
];
