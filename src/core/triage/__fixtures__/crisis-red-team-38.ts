// Crisis red team 38, frozen 2026-12-07.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 77c30c3d25c92edab4da3e9d434f999a067abbb3c59497d52a39cb820be4443d
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-38.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 265 lines of
// crisis-red-team-37.ts (through `sed -n 1,265p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was read from its own
// prompt file, /tmp/prompts/full-rt38.md (with cat; no other prompt file was opened and
// /tmp/prompts was not listed). No lexicon, test, script, doc, other fixture, other sample or
// red-team line was opened, git was not run, git history was not read, the repository was not
// grepped for phrases (the only grep on a repository file was `grep -n` for the export,
// group-comment and closing lines of this file, and grep filtering the tsc output to this file's
// name), the __fixtures__ folder was not listed, tsconfig.json and the Prettier config were not
// opened, nothing was imported from src/ (the typescript package was loaded from node_modules only
// to transpile this file), no code or web search tool was used, no helper agent was started, and
// neither the engine, jest, the benchmarks nor the madoguchi command was run. Commands run, in
// order: cat on the prompt file; `date -u`, `mkdir -p /tmp/rt38` and `test -e` on this file's path
// (it did not exist) in one call, issued together with a call running sed on crisis-red-team-37.ts
// as above; sed on crisis-red-team.ts as above, cat on departments.csv, cat on DESIGN.md and `date
// -u` in one call; a shell heredoc writing, in /tmp/rt38, the suicide crisis scratch list (fields
// separated by a vertical bar: kind, E for errand or D for direct, language, style, text), followed
// by `wc -l`, cut, sort and `uniq -c` counting errand and direct lines, and `date -u` (61 lines, 31
// of them direct); a Python edit dropping one direct line (an English brother on an apartment roof,
// one roof too many beside red team 37's roof lines) and re-wording one Portuguese errand line (a
// factory dormitory roof, too near red team 37's factory roof fence), together with a heredoc
// writing the abuse crisis list, the counts and `date -u` (60 and 40 lines, 20 abuse lines direct);
// a Python edit re-wording 5 abuse lines (a Korean baby thrown to the floor, the line red team 37
// kept in a small child's words; a Tohoku grandson's face pushed into river water, the situation
// red team 37 found too near red team 35's bath water; a Chinese stepmother shutting a child on a
// balcony and a winter shed, too near red team 37's balcony at minus five; a coach, too near red
// team 37's wrestling coach) together with a heredoc writing the violence list, the counts and
// `date -u` (45 lines, 23 direct); a Python edit re-wording 6 violence lines (a Chinese
// ex-boyfriend with a knife at the door and a boyfriend with a knife at the bedroom door, the kind
// red team 37 found too near red team 36's door and ex-partner knife lines; a Thai husband
// strangling the caller in the bathroom and a partner kicking the toilet door, too near the
// strangling and door-kicking lines; an English ex with a crowbar and a kana intruder while the
// caller hides, too near red team 36's hiding caller) together with a heredoc writing the medical
// list, the counts and `date -u` (55 lines, 27 direct); a Python edit re-wording 12 medical lines
// (a Portuguese boy fallen off a bicycle and a speech-recognition boy fallen down stairs, both
// vomiting, too near red team 37's bicycle and window falls; a Vietnamese child who drank toilet
// cleaner, which red team 37 had re-worded away; a Korean line naming peanuts; four pregnancy lines
// with bleeding or fits (Nepali, a small child's words, an errand line, English), too near red team
// 37's pregnant women; a delivery man with heatstroke, too near its workers in the heat; a husband
// choking on rice cake, too near its look-alike; a grandfather fallen into an irrigation channel,
// too near its light truck; a father who trod through a vacant house's stairs, too near its
// vacant-house floor), together with a heredoc writing the suicide look-alike list, `wc -l` and
// `date -u` (60); a Python edit re-wording 2 suicide look-alikes (a grandmother's old razor to
// throw away and a hanging tree, too near red team 37's razor blades and willow) together with a
// heredoc writing the abuse look-alike list, `wc -l` and `date -u` (40); a Python edit re-wording 3
// abuse look-alikes (a neighbour's dog kept tied, a grandmother who feels shut in at a home and a
// mother angry then kind, too near red team 37's tied dog, locked-in grandmother and mother scary
// when angry) together with a heredoc writing the violence look-alike list, `wc -l` and `date -u`
// (44); a Python edit re-wording 3 violence look-alikes (rusty kitchen knives to throw away,
// fighting portable shrines and a quarrel with a neighbour made up over a drink, too near red team
// 37's knives, shrines and quarrel) and adding one Tagalog line, together with a heredoc writing
// the medical look-alike list, `wc -l` and `date -u` (56); a Python edit dropping one Nepali
// look-alike and re-wording 10 (three healed fractures in all, a cerebral infarction last year, a
// minor stroke, a recovered father taken by ambulance (formal), a heart stopping at a tax notice
// (Japanese and Korean), a heart skipping at a queue and a faint in a queue, all too near red team
// 37's or its predecessors' named look-alikes, and a Tagalog eye operation beside an English
// cataract), with `wc -l` (55) and a heredoc writing a one-off Python check (five fields, kinds,
// counts per kind, errand lines before direct ones, dash on look-alikes, languages and styles,
// child, kana, dialect, formal and speech-recognition styles only in Japanese, no spaces in child
// speech and spaces in kana and speech-recognition lines, ASCII double quotes, backslashes,
// backticks, tabs, ideographic and double spaces, edge spaces, very short lines, distinct texts,
// lines sharing their first eight characters, longest line, tallies of languages and styles), the
// check run (0 errors and 14 shared openings, then a crash in its tally code) and `date -u`; a
// Python edit fixing the tally code and the check run again with tail; a heredoc writing a Python
// edit (a helper replacing the one row that holds a given substring, asserting that its kind and
// errand field stay the same) with 47 entries: 20 crisis lines moved between languages to bring the
// spread to red team 37's (16 from Japanese into other languages, 4 from English into Korean,
// Chinese, Tagalog and Thai), 4 crisis lines moved between Japanese styles (a formal line into
// plain Japanese, three plain lines into kana, a small child's speech and speech recognition), 16
// lines re-worded to break shared openings (11 crisis, 5 look-alike) and 7 look-alikes moved
// between languages (3 English into Japanese, English into Spanish, Chinese and Thai, and
// Portuguese into Nepali); its run, the check and `date -u` (0 errors, 3 shared openings); a Python
// edit re-wording those 3 openings (Indonesian, English, Nepali), the check and a loop of grep and
// cut printing the errand lines of the four crisis lists to read them over, and `date -u`; a Python
// edit of 9 lines (a kana errand about a school form, not a desk errand, made the child allowance;
// two clumsy errand lines; a hunting gun to dispose of, too near red team 37's old air gun; a sword
// from a grandfather's house, moved to an inherited vacant house's storehouse; petrol poured at a
// door, too near red team 37's petrol at a shop door; a Portuguese belt, too near its belt lines;
// an English neighbour heard through a wall, too near its English line; a Tagalog uncle, too near
// its Portuguese uncle), the check, a loop of cut and nl printing the four look-alike lists to read
// them over, and `date -u`; a Python edit of 8 lines (a small child's wording, a dialect line
// mixing Kyushu and Tohoku, a Spanish brother cutting his neck, a daughter's wrists in the bath
// beside the formal bath line, a Nepali friend who took pills and cannot speak, a Vietnamese line
// with sleeping pills, a small child's mother who took medicine and will not wake, and an
// Indonesian rope on a ceiling fan, all too near red team 37's named lines), the check and `date
// -u`; a Python edit of 7 lines (facility staff stepping on a brother's face and a group home's
// night staff with a brother, too near red team 37's group-home staff and stamping lines; an
// ex-husband with a hammer, a husband's hands on the caller's neck, an ex-boyfriend breaking car
// glass and a hostage (formal), too near its hammer, strangling, axe and hostage lines; a tractor,
// too near its light truck), the check and `date -u`; heredocs writing the body comment and a small
// Python script that wraps the lists into this file under a placeholder header, the script run, `wc
// -l`, sed on lines 1-40 with awk printing lengths, and `date -u`; a sed and a Python edit
// shortening the look-alike array's doc comment in the wrap script, the script run, `test -e` on
// this file's path (absent), cp of the result to this path, `npx prettier --write` and `--check` on
// this file only, `wc -l`, `grep -n` for the export, group-comment and closing lines, and `date
// -u`; `timeout 500 npx tsc --noEmit -p tsconfig.json` started in the background with its output
// filtered by grep to this file's name and written, with the exit status, to /tmp/rt38/tsc.out, a
// heredoc writing a node script that transpiled this file with the typescript package's
// transpileModule and counted its two arrays, that script run, a heredoc writing a one-off Python
// comparison of its strings with the scratch lists and a check of comment-line lengths, its run and
// `date -u`; a Python edit re-wording 2 suicide lines (a Tagalog husband on a river bridge and a
// Korean friend on a bridge, too near red team 37's railway bridge), the check, the wrap, cp over
// this file, Prettier write and check, the node count, the comparison, sed and sha256sum on the
// body, cat on tsc.out (still empty) and `date -u`; the same tsc command started again in the
// background on the final body, writing to /tmp/rt38/tsc2.out, with cat on tsc.out and `date -u`; a
// heredoc writing this header's text and a Python script that wraps it, puts in the body's hash and
// the tsc results and rewrites only the lines above the marker (with a line-length check and a
// check that the body is unchanged), with cat on both tsc outputs and `date -u`; further steps are
// listed at the end of this header. Each line was written by hand into the scratch lists; no engine
// output was seen before or after writing. The import of RedTeamKind from ./crisis-red-team and the
// crisis array's shape are taken from red team 37 and the format; the look-alike array is a plain
// readonly string array, as red team 37's header says; the export names are RED_TEAM_38_CRISIS and
// RED_TEAM_38_LOOK_ALIKES, and both arrays are grouped under comments naming the kind (crisis) or
// the vocabulary borrowed (look-alikes).
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twenty-seventh ward office's desk over another year (the invented 蓼原 ward on the
// invented river 鶚川 and its coast, with the invented hill 狐塚 and its television tower), in plain
// words and natural proportions, with new callers, errands, places and wordings. 100 of the crisis
// lines (suicide 30, abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and
// then say what is happening now; the other 100 are direct. The errands reach all eleven
// departments of departments.csv (counted from the scratch lists as printed): general enquiries 4
// (opening hours three times, which floor handles seal registration); citizens 15 (residence
// certificates and their copies five times, a seal certificate, seal registration, moving-in twice,
// moving-out, the address procedure, the supplementary family register, the residence card's
// address, the My Number card twice); insurance and pensions 14 (the NHI qualification certificate,
// an NHI card reissue, NHI enrolment, insurance cards and NHI questions five times, the national
// pension three times: payment day, documents and a pension claim, a pension exemption, high-cost
// medical expenses, the late-stage elderly insurance premium); tax 11 (tax certificates four times,
// the tax-payment certificate, the resident tax twice, the fixed-asset tax, the light-vehicle tax
// twice, a tax-payment consultation); a message for the welfare caseworker 楢崎; children and
// families 15 (the child allowance five times, the child-rearing allowance, child medical expenses
// twice, the nursery six times, the after-school club); health 11 (cancer screening three times,
// infant checks twice, the specific health check, vaccination twice, the maternal and child
// handbook twice, a health check); elders 9 (care insurance renewal, care certification twice, care
// insurance, the community care centre twice, a home helper, day-service transport twice);
// disability 5 (the disability certificate twice, self-support medical care, disability services
// twice); vacant houses 4 (the vacant-house bank twice on site, weeding on site, the demolition
// subsidy on site); environment 11 (oversized rubbish three times, garbage bags and sorting three
// times, recyclables and recycling days four times, appliance recycling). Callers: the person at
// risk, wives and husbands, mothers, fathers, daughters and sons, brothers and sisters,
// grandchildren, small children in unspaced kana, partners, roommates, colleagues at a workplace, a
// factory and a building site, a caller visiting the house next door, neighbours, passers-by in
// streets, a station, a park, a car park and a convenience store, people in the ward office's queue
// and lobby, a branch office's staff, and foreign residents. 82 crisis lines and 73 look-alikes are
// in other languages (crisis: English 15, Portuguese 10, Korean 10, Spanish 9, Chinese 9,
// Indonesian 7, Vietnamese 6, Tagalog 6, Thai 6, Nepali 4; look-alikes: English 17, Portuguese 9,
// Korean 9, Spanish 8, Chinese 8, Vietnamese 5, Indonesian 5, Tagalog 4, Thai 4, Nepali 4); 20
// lines are in spaced easy Japanese kana (10 crisis, 10 look-alike) and 19 in a small child's
// unspaced speech (10 crisis, 9 look-alike); 39 are speech-recognition text with fillers and slips
// (14 crisis, 25 look-alike near-misses); 43 are in Kansai, Kyushu, Tohoku, Hiroshima-like and
// Tosa-like dialect (22 crisis, 21 look-alike); 18 are in formal desk Japanese (12 crisis, 6
// look-alike).
//
// Labelling rules (as red team 37's): a line is crisis when a life is in danger now or within hours
// (an act under way, a means at hand with intent said, a person unwakeable or not breathing, a
// child or elder being hurt or kept from food or water now); it is a look-alike when the crisis
// word is an idiom, a joke, fiction, a game, a course or campaign, a thing to throw away, a pet, a
// near-miss of speech recognition, or an event that is over and told as past. Kind: suicide for
// self-harm and intent against oneself; abuse for children, elders and dependent or disabled adults
// hurt or neglected by those who care for them or hold power over them; violence for attacks by
// strangers, partners and ex-partners, neighbours, creditors and groups; medical for illness,
// injury, fire and accident with no one meaning harm.
//
// Known disagreements (labels a reader could argue): crisis: the husband who opened the gas taps to
// die with the children (errand line) is labelled suicide (could be abuse or violence); the
// girlfriend who swallowed a bottle of antidepressants (English), the friend who took a whole box
// of medicine (Indonesian), the mother who took dozens of painkillers (Vietnamese) and the caller
// who took all the medicine and whose hands are going numb (speech recognition) are labelled
// suicide though no intent is said (could be medical); the stranger tying a rope to a beam in a
// vacant house, the son winding a cord round his neck at a bunk bed, the grandfather tying a
// necktie above a door (Tagalog), the father holding a bottle of farm chemicals, the mother who
// went to the sea barefoot leaving a letter (a small child's words) and the brother who lit
// charcoal in a shut room (Nepali) are labelled suicide on implied or written intent; the brother
// past the television tower's fence, the friend on a coastal cliff (Korean), the husband on an old
// roof (Chinese), the mother calling from the river, the son in his car on the embankment, the
// daughter at the end of the breakwater and the brother at the lookout (Tosa-like) are labelled
// crisis although the caller may not see the act. The man gripping a boy's neck against a wall who
// seemed to be his father, the man thought to be a guardian who slammed an infant to the pavement
// (formal), the man next door holding a girl by the neck at a fence (English), the neighbour
// beating a bedridden grandmother and the father removing his bedridden son's oxygen tube are
// labelled abuse though the relation is not always said or the victim is an adult; the workshop
// staff beating a user with a broom, the cousin pushing a grandfather's wheelchair down stairs
// (Tagalog), the former nursery worker hitting a child in a car (the caller heard it from a parent)
// and the team manager running a boy without water until he collapsed (English; could be medical)
// are labelled abuse (could be violence); the baby left in a car in the sun (Portuguese), the baby
// in a plastic bag at a rubbish point (Korean) and the child shut in a shed in summer heat (Nepali)
// are labelled abuse (could be medical). The husband pressing a hot frying pan on the caller's arm,
// the ex-boyfriend on a motorbike riding at a sister, the ex-partner pushing a daughter into a car
// (formal) and the strange man who took a sister into a car (a small child's words) are labelled
// violence; the ex-husband coming with a lighter and a spray can, the ex-husband ramming a door
// with his car, the ex-boyfriend pouring kerosene at the door (speech recognition) and the
// ex-boyfriend waiting in a car park after cutting an arm (Chinese) are labelled violence though
// the danger is partly threatened; the secondary-school pupils trying to hold a boy under river
// water (Spanish) are labelled violence (could be abuse by no one with power over him). The mother
// who took the wrong medicine and does not answer (formal) is labelled medical (could be suicide);
// the grandmother collapsed in the bath with a cold body (Kansai) and the man collapsed in the
// queue who seems not to breathe are labelled medical although the person may already be dead; the
// father fallen from a stepladder in a vacant house (on site), the grandfather kicked by a cow, the
// cowshed on fire with a grandfather inside (Tohoku), the boy who touched a fallen wire
// (Portuguese), the car sinking in the river (English) and the child swept away in the river and
// not found (Tagalog) are labelled medical. Look-alikes: the parent who sometimes feels like
// hitting a child but has not, the grandmother who said she was kept from meals at her home (she
// had declined them), the grandmother who would rather die than go into a home (said laughing), the
// pension too small to live on (a desk would hand it to the welfare caseworker but no life is in
// danger), the rope and stepladder, the charcoal brazier, the noose prop, the old Japanese sword
// and the wooden swords to dispose of, the brother's threat to kill over a game, the brother's
// heart attack, the back strain, the bear attack, the snatch-and-grab and the mugging (all past),
// the burned vacant house (a hazard, half a year on) and the father whose tummy sounded like an
// ambulance (a small child's words) are labelled not a crisis; a stricter desk might still hand
// some of them to a person. All other-language lines were written by a non-native hand; the Nepali,
// Thai, Tagalog, Indonesian, Vietnamese and Korean lines especially may read as learner text.
//
// Checks run: the one-off Python check above on the scratch lists (0 errors; after the re-wording,
// no two lines sharing their first eight characters), the transpile count (200 and 200; suicide 60,
// abuse 40, violence 45, medical 55; 400 distinct texts, all pairs, all strings, the two export
// names) and the comparison with the scratch lists (same 400 texts and kinds in the same order; no
// comment line over 100 characters), Prettier's check, and the tsc run (twice: once begun before
// the last edit of the body and once on the final body; both exited 0 with no line naming this
// file). Steps after the header script was written: a Python edit correcting this text (the errand
// counts per department checked again against the scratch lists as printed, the callers, and this
// step list) with cat on both tsc outputs, a count of running tsc processes and `date -u`; `sleep
// 90` with cat on both outputs and `date -u`; `sleep 150` with cat on both outputs, ps and `date
// -u` (both runs had exited 0 with no line naming this file); heredocs writing the tsc result and
// these steps, the header script run and sed on the header to read it over, with `date -u`, in one
// call; a Python edit correcting two phrases found on that read-over (a caller visiting the house
// next door, not a helper; a caller whose sex is not said) and putting in this step, and the header
// script run again with `date -u`. Final checks, in one call after the header was written: sed and
// sha256sum on the body (it must match the hash above), `npx prettier --check` on this file, the
// node transpile count and the Python comparison with the scratch lists, head and `grep -n` for the
// marker on this file, cat on tsc.out and tsc2.out, sha256sum of the whole file and `date -u`.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 38: a twenty-seventh ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list,
// its tests, the sample sets (other than the department list) or any other red team's lines.
// Every person, place and situation here is invented, including the small places named (蓼原, the
// ward, written Tadehara in English lines, with its ward office, lobby, bicycle park, branch
// office, community hall and fire station; 鶚川, a river, written Misago in other languages, with
// its embankment, river bed, park, middle-reach bridge, river mouth and breakwater on the coast;
// 狐塚, a hill with a television tower and its lookout, a park, a hiking trail and a shopping mall
// at its foot, written Kitsunezuka) and the welfare caseworker 楢崎. Real places appear only as
// where a caller's family lives or something happened long ago (Osaka, Brazil, Peru, the
// Philippines). Crisis lines are grouped by kind (suicide and self-harm, abuse, violence,
// medical); in each group the lines that begin as an ordinary errand at the desk come first, then
// the direct ones. Look-alikes are grouped by the crisis vocabulary they borrow, in the same
// order. Speech-recognition text is written the way a phone line transcribes it: spaced, with
// fillers and restarts; the look-alike near-misses start on a crisis-sounding word, most of them
// cut off with an ellipsis, and go on to a word that only sounds like it (視察, しいたけ, 志望,
// 首都, 衣装, 真珠, 飛び入り, 連単, 逆さ, 換金, 融解, 慰め, 膀胱, 差し入れ, 札, 鱧, 献血, 放課後,
// 強迫性障害, 新排水路, 石, 家事, 登記, 帆走, 新停止線); some of them say the crisis word and
// correct it (じゃなくて, 違う).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_38_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // Suicide and self-harm (errand lines first, then direct ones)
  [
    "住民票を一通お願いしたいんですが、いま一緒に来た夫が駐車場の車の中で練炭に火をつけようとしていて、鍵をかけて出てきません。",
    "suicide",
  ],
  [
    "粗大ごみの申し込みの電話なんですけど、隣の部屋で兄が物干し竿にロープを掛けて、もう終わりにするって言って台に上がってます。",
    "suicide",
  ],
  [
    "課税証明書を取りに来たのですが、母から今から鶚川に入って死ぬと電話があって、後ろで水の音がしています。",
    "suicide",
  ],
  [
    "児童手当の現況の件でかけたんですが、娘が自分の部屋で腕を何度も切っていて、タオルが真っ赤になっていて止まりません。",
    "suicide",
  ],
  [
    "介護保険の更新の書類のことなんですが、父が今、農薬の瓶を手に持って、これを飲んで楽になると言っています。",
    "suicide",
  ],
  [
    "国保の資格確認書の件で来ました。でも今、弟からさよならってメッセージが来て、狐塚のテレビ塔の柵を越えたって書いてあります。",
    "suicide",
  ],
  [
    "Saya mau tanya harga kantong sampah, tapi teman saya di telepon bilang dia sudah minum satu kotak obat dan sekarang pusing sekali.",
    "suicide",
  ],
  [
    "障害者手帳の更新で来たんですが、付き添いの息子がトイレに入ったまま、死にたいと言って包丁を持ち込んで出てきません。",
    "suicide",
  ],
  [
    "年金の振込日を確認したくて電話しました、あの、妻がさっきから五階のベランダの手すりに腰かけて、下を見たまま動かないんです。",
    "suicide",
  ],
  [
    "空き家バンクの件で現地の家に来たら、中で知らない若い人が梁に縄を結んでいて、声をかけても首にかけようとしています。",
    "suicide",
  ],
  ["我想问一下开放时间，可是我旁边的同事现在拿着美工刀抵着脖子，哭着说活不下去了。", "suicide"],
  [
    "保育所の入所の申し込みの件ですが、夫がいま台所でガスの元栓を全部開けて、子どもと一緒に死ぬと言って部屋を閉めています。",
    "suicide",
  ],
  [
    "印鑑証明取りに来たんやけど、姉ちゃんがさっきから電話で、もう薬ぎょうさん飲んだ、あとは寝るだけやって言うとるねん。",
    "suicide",
  ],
  [
    "軽自動車税のことで聞きたかったっちゃけど、いま息子が車で鶚川の堤防に来とって、このまま川に突っ込むって言いよる。",
    "suicide",
  ],
  [
    "がん検診の予約ばしようと思うたけど、じいちゃんが納屋で猟銃ば出して、自分に向けとるとよ、早よ来て。",
    "suicide",
  ],
  [
    "ケースワーカーの楢崎さんに伝言お願いしたいんじゃけど、今うちの人が包丁を腹に当てて、もう死ぬけえ止めるなって言いよる。",
    "suicide",
  ],
  [
    "恐れ入ります、転出届の件でお電話いたしましたが、ただいま同居の妹が浴室で手首を切っており、湯船が赤く染まっております。",
    "suicide",
  ],
  [
    "失礼いたします、高額療養費の申請についてお伺いしたいのですが、只今、上司が屋上の縁に立ち、飛び降りると申しております。",
    "suicide",
  ],
  [
    "じゅうみんひょう の ことで きました 。 でも いま ともだち が でんわ で 、 くすり を たくさん のんだ 、 しにたい と いって います 。",
    "suicide",
  ],
  [
    "ごみ の だしかた を ききたい です 。 でも となり の へや の おとこのひと が 、 ひも を くび に まいて 、 いま から しぬ と さけんで います 。",
    "suicide",
  ],
  [
    "えっと あの 固定資産税 の 納付書 の 件 で … すみません 今 妻 が 台所 で 包丁 を 自分 の お腹 に 向けて て 死ぬ って",
    "suicide",
  ],
  [
    "もしもし あの 乳幼児健診 の 日 を … ごめんなさい 今 わたし 、 もう 薬 を 全部 飲んで しまって 、 手 が しびれて きた",
    "suicide",
  ],
  [
    "I'm calling about my residence card address, but my roommate just locked herself in the bathroom with a razor and says she wants to die.",
    "suicide",
  ],
  [
    "Sorry, I wanted to ask about the recycling days, but my husband is standing on the Misago river embankment saying he will jump in tonight, he is there now.",
    "suicide",
  ],
  [
    "I came for the child medical certificate, but my teenage son just texted me a photo of pills in his hand and wrote goodbye mom.",
    "suicide",
  ],
  [
    "Queria saber sobre o imposto de residente, mas meu irmão está agora no último andar do estacionamento do supermercado dizendo que vai pular.",
    "suicide",
  ],
  [
    "Vim pedir o cartão do seguro, mas minha mãe ligou chorando, disse que tomou veneno de rato e que está com dor na barriga.",
    "suicide",
  ],
  [
    "Llamo por la vacuna de mi hija, pero mi esposo acaba de entrar al garaje con una cuerda y dice que ya no aguanta más, está cerrado.",
    "suicide",
  ],
  [
    "마이넘버 카드 때문에 왔는데요, 지금 친구가 문자로 바닷가 절벽 끝에 서 있다고, 이제 뛰어내린다고 보냈어요.",
    "suicide",
  ],
  [
    "我是来办转入手续的，可是我老公刚才打电话说他在蓼原的旧楼顶上，要跳下去，现在风很大。",
    "suicide",
  ],
  ["いま妹が二階の窓枠に足をかけて、飛び降りるって叫んでいます、誰か来てください。", "suicide"],
  ["พ่อขึ้นไปยืนบนหลังคาบ้าน บอกว่าจะกระโดดเอาหัวลง ตอนนี้ยังยืนอยู่ที่ขอบ", "suicide"],
  [
    "여자친구가 전화로 건물 비상계단 꼭대기에 있다고, 지금 떨어진다고 말하고 조용해졌어요.",
    "suicide",
  ],
  ["息子が首に電気コードを巻いて、二段ベッドの柱に結ぼうとしているのを今見つけました。", "suicide"],
  [
    "あの 夫 が 遺書 を 机 に 置いて 、 えっと 除草剤 を 持って 裏山 に 行って 、 電話 に 出ない ん です",
    "suicide",
  ],
  [
    "Mẹ tôi nói đã uống mấy chục viên thuốc giảm đau, bây giờ đang nôn trên sàn, mặt trắng bệch.",
    "suicide",
  ],
  [
    "Ang lolo ko ay nagtatali ng kurbata sa itaas ng pinto ngayon, sabi niya ayaw na niyang maging pabigat.",
    "suicide",
  ],
  [
    "娘が鶚川の河口の防波堤の先まで歩いていって、このまま海に入ると電話してきました、波が高いです。",
    "suicide",
  ],
  ["あかん、彼氏がいま線路に下りて座り込んどる、電車来るのに動かへんねん。", "suicide"],
  ["おっかあが井戸の蓋ば開けて、飛び込むって言うて足ば掛けとる、はよ来てけろ。", "suicide"],
  ["弟が崖の上の展望台から、もう死ぬきって電話してきて、風の音しか聞こえんがよ。", "suicide"],
  ["おにいちゃんがほうちょうでじぶんのてをきってる、ちがいっぱいでてる、とめて。", "suicide"],
  [
    "ママがうみにいくっていって、くつぬいでいっちゃった、しぬってかいたてがみおいてった。",
    "suicide",
  ],
  ["わたし いま はし の うえ に いる 。 もう いきる の が つらい 。 とびおりる 。", "suicide"],
  [
    "あの 、 今 家 の 中 に いて 、 手 に カッター が あって 、 もう 切って しまい そう で … 止まらない",
    "suicide",
  ],
  [
    "あの ですね 夫 が 、 ロープ を 持って 山 に 、 えっと 狐塚 の 山 に 死に に 行く って 出て いった ん です 今",
    "suicide",
  ],
  [
    "至急お願いいたします。職員の一人が会議室で、ロープを窓の金具に掛け、首を入れようとしております。",
    "suicide",
  ],
  [
    "My girlfriend just swallowed a whole bottle of antidepressants and she is slurring her words, please help.",
    "suicide",
  ],
  [
    "My dad is sitting in his car at the Kitsunezuka lookout with the engine running and a hose from the exhaust.",
    "suicide",
  ],
  ["我拿着刀一直在割自己的手臂，越割越深，停不下来，不想活了。", "suicide"],
  [
    "Meu marido bebeu inseticida agora há pouco e está vomitando, ele disse que queria morrer.",
    "suicide",
  ],
  ["Minha filha está com uma faca no pescoço trancada no quarto, diz que vai se matar.", "suicide"],
  [
    "Mi hermano se tomó una botella de lejía en el baño y dice que quiere morir, está vomitando.",
    "suicide",
  ],
  ["언니가 지금 베란다 난간 밖에 서 있어요, 죽겠다고 소리치고 있어요.", "suicide"],
  ["我朋友刚喝了一整瓶农药，现在躺在地上抽筋，他说不想活了。", "suicide"],
  [
    "Teman sekamar saya sedang berdiri di tengah jalan tol dan bilang mau ditabrak truk, saya melihatnya dari jembatan.",
    "suicide",
  ],
  ["Em trai tôi vừa uống cả gói thuốc chuột vì chuyện nợ nần, bây giờ đang co giật.", "suicide"],
  [
    "Ang asawa ko ay umakyat sa tuktok ng tore ng kuryente sa Kitsunezuka at sinasabing tatalon na siya.",
    "suicide",
  ],
  ["เพื่อนของฉันกำลังกรีดแขนตัวเองด้วยมีดอยู่ตอนนี้ เลือดออกเยอะมาก", "suicide"],
  ["मेरो दाइले कोठामा कोइला बालेर ढोका बन्द गर्यो, ढकढक गर्दा पनि बोल्दैन।", "suicide"],
  // Abuse (errand lines first, then direct ones)
  [
    "児童扶養手当の書類を出しに来ましたが、今アパートの隣の部屋で母親が子どもを殴り続けていて、泣き声がだんだん弱くなっています。",
    "abuse",
  ],
  [
    "रिसाइकल फोहोरको दिन सोध्न फोन गरेको, तर अगाडिको घरमा आमाबुबाले सानो बच्चालाई गर्मीमा भण्डारमा थुनेको तीन घण्टा भयो।",
    "abuse",
  ],
  [
    "ヘルパーさんの件で電話しましたが、今ちょうど隣の家を訪ねたら、息子さんがお母さんの顔を何度も殴っていて、お母さんが動きません。",
    "abuse",
  ],
  [
    "自立支援医療の更新の件ですが、いま作業所で、職員が利用者の男の人をほうきで何度も叩いていて、男の人が頭を抱えてうずくまっています。",
    "abuse",
  ],
  [
    "学童保育の迎えの時間のことで電話しましたが、いま道で、父親らしい人が男の子の首をつかんで壁に打ちつけています。",
    "abuse",
  ],
  [
    "空き家の草刈りの件で現地に来たら、隣の家の庭で子どもが鎖で木につながれていて、水も与えられずぐったりしています。",
    "abuse",
  ],
  [
    "マイナンバーカードの受け取りに来たんですが、待合の外で母親が赤ちゃんの口をふさいで、顔が紫色になってきています。",
    "abuse",
  ],
  [
    "予防接種の問診票のことなんですが、隣の家の継父が女の子の髪をつかんで風呂場に引きずっていき、悲鳴が止まりません。",
    "abuse",
  ],
  [
    "転居届のことで来たっちゃけど、いま表で母親が小さか子ば何回も蹴りよる、子どもが丸うなって動かん。",
    "abuse",
  ],
  [
    "デイサービスの送迎のことで電話したんやけど、隣の嫁さんがばあちゃんを縛って、三日もご飯あげてへんみたいで、声もせえへん。",
    "abuse",
  ],
  [
    "恐れ入ります、後期高齢者医療の保険料の件でございますが、ただいま訪問先で、介護者がご本人の首を絞めている様子が見えております。",
    "abuse",
  ],
  [
    "突然申し訳ございません、納税証明書の件で伺いましたが、庁舎前の歩道で、保護者と思われる男性が幼児を地面に叩きつけております。",
    "abuse",
  ],
  [
    "ほいくえん の ことで でんわ しました 。 でも いま となり の いえ で 、 おとうさん が こども を たたいて 、 こども が うごきません 。",
    "abuse",
  ],
  [
    "あの 戸籍 の 附票 を … すいません いま 隣 で お母さん が 子ども の 頭 を 、 なんか 鍋 で 、 何回 も 叩いて て",
    "abuse",
  ],
  [
    "I called about the disability service plan, but from my window I can see the man next door holding his little girl by the neck against the fence, she has stopped crying.",
    "abuse",
  ],
  [
    "국민연금 면제 서류 때문에 왔는데요, 옆 요양원 직원이 또 할아버지 뺨을 때리고 있어요, 입에서 피가 나요.",
    "abuse",
  ],
  [
    "Liguei sobre o abono infantil, mas a vizinha trancou o bebê sozinho no carro no sol há duas horas e ele não se mexe.",
    "abuse",
  ],
  [
    "Vengo por el certificado de impuestos, pero mi cuñado está pateando a mi sobrino de cinco años en el pasillo ahora mismo.",
    "abuse",
  ],
  [
    "어린이집 입소 신청 때문에 전화했는데요, 지금 옆집 아빠가 아이를 담뱃불로 지지고 있어요, 아이가 비명을 질러요.",
    "abuse",
  ],
  [
    "Tôi gọi về thẻ bảo hiểm, nhưng bây giờ ông chủ nhà đang đánh đứa con gái nhỏ bằng gậy, con bé ngất rồi.",
    "abuse",
  ],
  [
    "Anak di lantai atas bilang sudah dua hari tidak diberi makan, sekarang dia menangis lemas di balkon.",
    "abuse",
  ],
  ["義理の父が弟の腹を何度も蹴っていて、弟が血を吐きました、今も続いています。", "abuse"],
  [
    "祖母がベッドに縛られたまま、熱が出ているのに家族が誰も水をあげず、外出してしまいました。",
    "abuse",
  ],
  [
    "隣の家の父親が、寝たきりの息子さんの酸素の管を外して、苦しがっているのに笑って見ています。",
    "abuse",
  ],
  ["แม่ข้างบ้านเอาลูกอ่อนไปรองน้ำร้อนจากฝักบัวไม่หยุด เด็กร้องกรี๊ดอยู่ตลอด", "abuse"],
  ["わいの孫が親父に野球のバットで背中ば叩かれとる、もう立てねえ、早ぐ来てけろ。", "abuse"],
  ["隣のおっちゃんが、寝たきりのおばあを叩いとる音がずっとしよる、もう声も出よらん。", "abuse"],
  ["パパがいもうとのくびをぎゅってしてる、いもうとがなかなくなった。", "abuse"],
  ["ママがぼくをたたいて、あしからちがでてる、いまもおこってる、こわい。", "abuse"],
  [
    "わたし は こども です 。 いま おとうさん が けって きます 。 おなか が いたい 。 たすけて 。",
    "abuse",
  ],
  [
    "すいません 隣 の 家 で 、 あの 、 おばあちゃん が 息子 に 殴られて て 、 倒れた 音 が して 今 も 怒鳴って る",
    "abuse",
  ],
  [
    "保育園の元職員が園児を車に連れ込んで叩いていると、いま保護者の方から聞きました、車は役所の裏に停まっています。",
    "abuse",
  ],
  [
    "My mother's new boyfriend is holding my little brother under the kitchen tap with boiling water, please come.",
    "abuse",
  ],
  [
    "My son's baseball team manager is making him run with no water in this heat and he just collapsed, the man says get up.",
    "abuse",
  ],
  [
    "O padrasto está batendo na minha irmã de seis anos com um cabo de vassoura agora, ela está sangrando.",
    "abuse",
  ],
  ["La cuidadora está golpeando a mi abuela en la cama y mi abuela no responde.", "abuse"],
  [
    "옆집 엄마가 아기를 비닐봉지에 넣어서 쓰레기장에 두고 갔어요, 지금 봉지 안에서 아기가 울어요.",
    "abuse",
  ],
  ["邻居的继母把小孩锁在衣柜里已经一整天，不给饭吃，孩子现在不出声了。", "abuse"],
  [
    "Majikan saya mengunci anak saya di gudang tanpa makan dua hari, dia lemas sekali sekarang.",
    "abuse",
  ],
  [
    "Ang pinsan ko ay itinutulak pababa ng hagdan ang lolo kong naka-wheelchair ngayon, sumisigaw ang lolo.",
    "abuse",
  ],
  // Violence (errand lines first, then direct ones)
  [
    "住民票の写しを取りに来たんですが、元夫がいま庁舎の駐輪場で待ち伏せしていて、ライターとスプレー缶を持ってこちらに向かってきます。",
    "violence",
  ],
  ["我来拿垃圾分类表，可是外面街上有个男的一直在捅一个女的，女的已经倒下了。", "violence"],
  [
    "国民年金の書類のことで電話しましたが、今、借金の取り立ての男たちが玄関を壊して入ってきて、夫を殴っています。",
    "violence",
  ],
  [
    "がん検診の結果の件なんですが、いま家の前で隣の人が鉄パイプを振り回して、主人の頭を殴りました、血が出ています。",
    "violence",
  ],
  [
    "乳幼児健診の持ち物を聞きたかったんですが、今、彼氏が私をベランダから突き落とそうとして、手すりにしがみついています。",
    "violence",
  ],
  [
    "家電リサイクルのエアコンの件で電話しましたが、すみません、今コンビニの前で若い人たちが一人を囲んで蹴り続けています。",
    "violence",
  ],
  [
    "空き家の解体補助について現地で相談していたら、隣の男が斧を持って出てきて、業者さんに切りかかってきました。",
    "violence",
  ],
  [
    "子ども医療費の医療証の件でかけたんですが、夫がいま熱したフライパンを私の腕に押しつけてきて、やけどしています、隙を見てかけています。",
    "violence",
  ],
  [
    "要介護認定の結果のことで来たんですが、ロビーの外で男性が別の男性にナイフを突きつけて、財布を出せと脅しています。",
    "violence",
  ],
  [
    "母子手帳もらいに来たんやけど、外で元彼がバイクでうちの妹をはねよとしとって、妹が足から血出しとんねん。",
    "violence",
  ],
  [
    "納税の相談で来たとばってん、駐車場で男同士が殴り合うとって、一人が頭から血ば流して倒れとる。",
    "violence",
  ],
  [
    "地域包括のことで電話したんやけど、隣の兄ちゃんがうちの旦那にスコップで殴りかかってきよって、今も暴れとる。",
    "violence",
  ],
  [
    "お手数をおかけします、転入届の件で参りましたが、ただいま窓口の列で、男性が職員に刃物を向けて大声を上げております。",
    "violence",
  ],
  [
    "お忙しいところ恐縮です、児童手当の件でお電話しましたが、ただいま自宅の前で、元交際相手が娘の腕をつかんで車に押し込もうとしており、娘が叫んでおります。",
    "violence",
  ],
  [
    "こくほ の ことで きました 。 でも いま そと で おとこ が ナイフ を もって 、 わたし を おいかけて きます 。 こわい です 。",
    "violence",
  ],
  [
    "あの 開庁 時間 を … ちょっと 待って 、 今 外 で 、 男 が 女 の 人 を 、 刺して る 、 刺して ます 、 血 が",
    "violence",
  ],
  [
    "I wanted to ask which floor handles the seal registration, but a man outside the station just punched my friend to the ground and keeps stamping on his head.",
    "violence",
  ],
  [
    "Sorry to bother you about the oversized rubbish pickup, but my ex just broke in through the back door with a crowbar and is smashing everything, shouting my name.",
    "violence",
  ],
  [
    "Vim por causa da creche, mas o ex-namorado da minha colega está lá fora com um facão ameaçando matar ela.",
    "violence",
  ],
  [
    "Quería preguntar por el seguro nacional, pero hay un hombre en el parque del río Misago apuñalando a otro, hay sangre por todas partes.",
    "violence",
  ],
  [
    "장애인 수첩 갱신 문의로 전화했는데요, 지금 남편이 야구방망이로 저를 때리고 있어요, 팔이 부러진 것 같아요.",
    "violence",
  ],
  [
    "Permisi, saya tanya soal kartu asuransi, tapi sekarang ada orang mabuk memukul teman saya pakai botol di depan asrama, kepalanya berdarah.",
    "violence",
  ],
  ["いま駅の改札で男が刃物を振り回していて、二人が刺されて倒れています。", "violence"],
  [
    "別れた夫が車で家の前に来て、子どもを返せと叫びながら、車で玄関に何度も突っ込んでいます。",
    "violence",
  ],
  [
    "May lalaking pumasok sa bahay, tinali ang nanay ko at sinusuntok siya, humihingi ng pera.",
    "violence",
  ],
  ["パパがゴルフのぼうでママのあたまたたいた、こんどはおねえちゃんのへやにいった。", "violence"],
  ["छिमेकी चक्कु लिएर करिडोरमा मलाई पर्खिरहेको छ, म कोठाबाट निस्कन सक्दिन।", "violence"],
  ["同棲相手が沸かしたやかんのお湯を私の背中にかけて、もう一度お湯を沸かしています。", "violence"],
  [
    "En la orilla del río Misago unos chicos de secundaria están intentando hundir a otro en el agua.",
    "violence",
  ],
  ["あかん、うちの店に包丁持った男が入ってきて、店長が刺されてもうた。", "violence"],
  ["狐塚の公園で、酔うたもんが石で人の頭ば殴りよる、もう倒れとるのに止めんとよ。", "violence"],
  ["しらないおじさんがおねえちゃんをくるまにつれてった、おねえちゃんないてた。", "violence"],
  ["パパがママをナイフでさした、ママがうごかない、たすけて。", "violence"],
  [
    "いま みせ に おとこ が きて 、 おかね を だせ と 、 てんいん を なぐって います 。 てんいん は たおれて います 。",
    "violence",
  ],
  [
    "えっと 今 、 元 彼 が 、 家 の 前 に いて 、 あの 、 灯油 を 玄関 に まいて て 、 火 を つける って",
    "violence",
  ],
  [
    "すみません 今 目 の 前 で 、 車 が 歩道 に わざと 突っ込んで きて 、 人 が 何人 も 、 倒れて て",
    "violence",
  ],
  [
    "緊急のご連絡です。支所の受付に男が押し入り、職員を殴打のうえ刃物で脅しております。",
    "violence",
  ],
  [
    "May namamaril sa paradahan ng mall malapit sa Kitsunezuka, apat na putok ang narinig ko at nagtatakbuhan ang mga tao.",
    "violence",
  ],
  [
    "My husband has a kitchen knife and has cut my arm, the kids are screaming upstairs.",
    "violence",
  ],
  ["Tem um homem com uma faca na loja de conveniência atacando as pessoas agora.", "violence"],
  [
    "Mi exnovio me está siguiendo en su coche y acaba de intentar atropellarme en la calle.",
    "violence",
  ],
  ["술 취한 남자가 깨진 유리병으로 제 친구 얼굴을 찔렀어요, 피가 많이 나요.", "violence"],
  ["我前男友在超市里一直跟着我，刚才拿出刀划了我的手臂，现在还在停车场等我。", "violence"],
  ["Có mấy người đang đánh anh tôi bằng gậy sắt ở công trường, anh ấy bất tỉnh rồi.", "violence"],
  ["สามีผลักฉันตกบันได แล้วตอนนี้ยังเตะท้องฉันอยู่ ฉันลุกไม่ได้", "violence"],
  // Medical (errand lines first, then direct ones)
  [
    "住民票の件で窓口に並んでいたら、前の男性が胸を押さえて倒れて、呼んでも返事がなく、息をしていないようです。",
    "medical",
  ],
  [
    "粗大ごみの回収の日のことで電話しましたが、いま父が庭で急にろれつが回らなくなって、右手が動かないと言っています。",
    "medical",
  ],
  [
    "保育所の申し込みのことで来たんですが、抱っこしていた息子が急にけいれんして、唇が青くなってきました。",
    "medical",
  ],
  [
    "国保の保険証の再発行をお願いしたいんですが、その前に、いま母が台所で倒れて頭から血を流していて、意識がありません。",
    "medical",
  ],
  [
    "課税証明書の件なんですが、ちょっと待ってください、隣の家の窓から黒い煙が出ていて、中におばあさんがいるはずです。",
    "medical",
  ],
  [
    "介護認定の調査の日程のことで電話したんですが、今、夫がこんにゃくゼリーを喉に詰まらせて、顔が真っ青で声が出ません。",
    "medical",
  ],
  [
    "がん検診の申し込みに来たんですが、外の横断歩道で自転車の子が車にはねられて、道に倒れたまま動きません。",
    "medical",
  ],
  [
    "母子手帳の交付に来たんですが、一緒に来た姉が急にお腹を押さえて倒れて、汗びっしょりで返事が弱くなっています。",
    "medical",
  ],
  [
    "空き家バンクの物件を見に来たんですが、一緒に来た父が屋根裏を見ようとして脚立から落ち、首を打って手足が動かないと言っています。",
    "medical",
  ],
  [
    "障害福祉サービスの相談で来ましたが、付き添いの兄が発作を起こして、もう十分以上けいれんが止まりません。",
    "medical",
  ],
  [
    "児童手当の口座変更の件ですが、いま娘がそばで蜂に刺されて、顔がパンパンに腫れて、息が苦しいと言っています。",
    "medical",
  ],
  [
    "開庁日を確認したくて電話しましたが、同僚が工場で機械に腕を挟まれて、血が止まらず顔が真っ白です。",
    "medical",
  ],
  [
    "印鑑登録のことで来たんやけど、外で配達のにいちゃんがバイクで転んで、ヘルメット割れて呼んでも反応あらへん。",
    "medical",
  ],
  [
    "軽自動車税の話やったけど、いまじいちゃんが牛に蹴られて、胸ば押さえてうずくまって息が苦しかって言いよる。",
    "medical",
  ],
  [
    "デイサービスの迎えのこと聞きたかったんじゃけど、ばあちゃんが急に胸が苦しい言うて、冷や汗かいて倒れたんよ。",
    "medical",
  ],
  [
    "資源ごみのことで電話したんだども、今、隣の牛舎が燃えでて、中さ爺っちゃがいるみてえなんだ。",
    "medical",
  ],
  [
    "恐れ入ります、特定健診の件でお電話いたしましたが、ただいま当家の祖父が入浴中に意識を失い、湯船に沈みかけております。",
    "medical",
  ],
  [
    "お世話になっております、年金の受給手続きで参りましたが、待合の高齢の女性が椅子から崩れ落ち、呼吸が止まっているように見えます。",
    "medical",
  ],
  [
    "申し訳ございません、地域包括支援センターの件でしたが、ただいま母が薬を取り違えて服用し、呼びかけに反応しなくなりました。",
    "medical",
  ],
  [
    "じどうてあて の てつづき で きました 。 でも いま こども が ねつ が たかくて 、 ひきつけて 、 め を あけません 。",
    "medical",
  ],
  [
    "あの 住民 税 の 、 えっと … すいません 今 父 が 、 トイレ で 倒れて て 、 いびき かいて て 起きない ん です",
    "medical",
  ],
  [
    "もしもし 介護 保険 の 件 で … あ ちょっと 待って 、 おばあちゃん が 、 息 してない かも 、 顔 が 白い",
    "medical",
  ],
  [
    "I came to ask about the recycling calendar, but my daughter just ate a cookie with nuts and her throat is closing up, she can barely breathe.",
    "medical",
  ],
  [
    "Apologies, this was about the NHI enrolment, but my coworker fell from the scaffolding at the site and isn't moving, there is blood from his ear.",
    "medical",
  ],
  [
    "Estou aqui pelo certificado de residência, mas meu pai desmaiou na fila e não está respirando.",
    "medical",
  ],
  [
    "Llamaba por la guardería, pero mi bebé se atragantó con una uva y se está poniendo morado.",
    "medical",
  ],
  ["세금 증명서 때문에 전화했는데, 지금 아버지가 갑자기 쓰러지셔서 숨을 안 쉬세요.", "medical"],
  [
    "Tumawag ako tungkol sa health check, pero ang anak ko ay nahulog sa ilog Misago at hindi pa namin makita.",
    "medical",
  ],
  [
    "マンション の さんがい から ひ が でて います 。 ベランダ で こども が たすけて と いって います 。",
    "medical",
  ],
  ["夫が急に頭が割れるように痛いと言って吐いて、今はいびきをかいて起きません。", "medical"],
  ["川で遊んでいた子が流されて、もう姿が見えません、鶚川の中流の橋の下です。", "medical"],
  ["祖母がストーブの火が服に燃え移って、背中が焼けて、叫んでいます。", "medical"],
  [
    "Con gái hai tháng tuổi của tôi sau khi nôn sữa thì mặt tái, mềm nhũn và không khóc nữa.",
    "medical",
  ],
  ["工地的墙倒了，两个工人被压在下面了，一个还在叫，一个没有声音。", "medical"],
  [
    "Kaki ayah saya kena pisau mesin potong rumput, darahnya menyembur dan tidak berhenti.",
    "medical",
  ],
  ["あかん、ばあちゃんが風呂場で倒れとって、体が冷とうなっとる。", "medical"],
  ["隣の家が燃えよる、二階にまだ子どもがおるって、母親が叫びよる。", "medical"],
  ["おじいちゃんがたおれて、いきしてないみたい、よんでもおきない。", "medical"],
  ["おとうとがプールでしずんじゃった、いまおとながひっぱってるけどうごかない。", "medical"],
  ["ママがかいだんからおちて、あたまからちがでて、ねたままおきない。", "medical"],
  [
    "いま みち で おばあさん が たおれて います 。 いき を して いません 。 どう したら いい です か 。",
    "medical",
  ],
  [
    "あの 今 、 台所 から 火 が 、 天ぷら 油 が 燃えて て 、 天井 まで 火 が いって て 、 消えない",
    "medical",
  ],
  [
    "えー 救急 、 あ 、 すいません 、 息子 が 公園 の 遊具 から 落ちて 、 首 が 痛い って 、 足 が 動かない って 言って て",
    "medical",
  ],
  [
    "救急車の手配を至急お願いいたします。庁舎の三階会議室で来庁者の男性が倒れ、脈が確認できない状態です。",
    "medical",
  ],
  [
    "Suddenly my mother has a terrible headache and blurred vision and now she is shaking all over.",
    "medical",
  ],
  [
    "There is a car in the Misago river near the Tadehara bridge, it is sinking and someone is inside.",
    "medical",
  ],
  ["พ่อเป็นเบาหวาน ตอนนี้เหงื่อออกเยอะ สับสน และปลุกไม่ตื่นแล้ว", "medical"],
  [
    "Meu filho encostou num fio elétrico caído na rua depois da tempestade e está desacordado.",
    "medical",
  ],
  ["Mi abuelo se desmayó en el baño y no respira, estoy sola con él.", "medical"],
  ["아들이 새우를 먹고 온몸에 두드러기가 나고 지금 숨을 못 쉬어요.", "medical"],
  ["我父亲在田里被拖拉机压住了腿，流了很多血，人快晕过去了。", "medical"],
  ["Teman saya tersengat listrik di pabrik dan sekarang tidak bernapas.", "medical"],
  ["Chồng tôi bị rắn cắn ở ruộng, chân sưng to và bây giờ bắt đầu khó thở.", "medical"],
  ["แม่ของฉันล้มลงในครัว พูดไม่ได้ แขนขวาขยับไม่ได้", "medical"],
  ["मेरो बुबा खेतमा काम गर्दा अचानक लड्नुभयो, अहिले सास फेर्न सक्नुहुन्न।", "medical"],
];

/** Borrow crisis words, but no life is in danger now; the desk must not raise the alarm. */
export const RED_TEAM_38_LOOK_ALIKES: readonly string[] = [
  // Borrowing suicide and self-harm vocabulary
  "死ぬほど待たされたって言っても冗談ですけど、住民票の窓口は今日どれくらい混んでいますか。",
  "住宅ローンで首が回らないので、固定資産税の分割納付ができるか相談したいです。",
  "飛び降りるつもりで家を買ったんですが、相続した空き家の解体補助の条件を教えてください。",
  "推理小説の読書会を市民センターで開きたいのですが、毒殺の話ばかりでも部屋は借りられますか。",
  "ゲームの中でキャラクターが何度も死ぬので子どもが泣くんですけど、子育て相談はどこでできますか。",
  "父が亡くなって二年になります、遺族年金の手続きがまだ済んでいないので書類を教えてください。",
  "使わなくなった登山用のロープと古い脚立は、粗大ごみと普通ごみのどちらで出せばいいですか。",
  "金魚が死んでしまったので、庭に埋めてもいいのか、ごみとして出すのか教えてください。",
  "職場の健康診断で、自殺予防の研修を受けるように言われたのですが、市でも講座をやっていますか。",
  "狐塚のテレビ塔の展望台は、高すぎて足がすくむと聞きましたが、冬でも開いていますか。",
  "課題が終わらなくて死にそうだと娘が言っていますが、学童保育は何時まで預かってもらえますか。",
  "母が、死にたくないから歩くんだと笑って毎朝狐塚に登っています、高齢者向けのウォーキング教室はありますか。",
  "練炭を使う七輪で庭でさんまを焼きたいのですが、煙の苦情が来ないか環境課に聞きたいです。",
  "鶚川に飛び込む夏祭りの行事は、今年も子どもが参加できますか。",
  "もう笑い死にしそうやったわ、区役所の寸劇、来年もやるんか聞きたいねん。",
  "年金だけじゃ首が回らんけん、保護のことケースワーカーの楢崎さんに聞きたいとよ。",
  "おら死ぬまでに一回は狐塚の初日の出ば見たいんだども、元日はバス出るべか。",
  "ひい爺ちゃんが、戦争の頃はもう死ぬ覚悟やったっちゅう昔話ばっかりしよるけん、介護認定の結果はいつ届くと。",
  "腹切りの場面がある時代劇の撮影が、鶚川の土手であるって聞いたけんど、通行止めになるんか。",
  "わし、あの世に行く前に墓じまいしたいんじゃが、どこに相談したらええかのう。",
  "恐れ入ります、亡くなった母の介護保険証の返却について、手続きをお伺いできますでしょうか。",
  "お尋ねいたします、自死遺族の会の会場として、区役所の会議室を予約することは可能でしょうか。",
  "わたし の ねこ が しにました 。 どうぶつ の したい は どこ に だします か 。",
  "にほんご の じゅぎょう で 、 しぬ と いう ことば を ならいました 。 しやくしょ の にほんご きょうしつ は いつ です か 。",
  "ぼく の かぶとむし が しんで しまった 。 むし は もえる ごみ です か 。",
  "おにいちゃんがゲームでしんだっていってる、もういっかいやるって。",
  "きんぎょさんがおなかうえにしてる、しんじゃったの、おはかつくる。",
  "ぼくねむくてしにそう、ママまだおわらないの、まどぐちながいね。",
  "あの じさつ … じゃなくて 視察 の 件 で 、 議員 さん が 来る 日 を 確認 したい ん です けど",
  "えっと しにたい … しいたけ の 原木 を 、 燃える ごみ で 出して も いい です か",
  "あの 死亡 … 志望 動機 を 書く 紙 が 、 市 の 職員 採用 で 必要 って 聞いて",
  "もしもし くびつり … 首都 圏 から 転入 する ん です けど 何 を 持って いけば",
  "あの 遺書 … いしょう 、 衣装 です 、 お祭り の 衣装 を 粗大 ごみ に 出したい",
  "しんじゅう … 真珠 の ネックレス 落とし物 で 届いて ない です か 庁舎 で",
  "えー 飛び降り 、 違う 、 飛び入り で 盆踊り に 参加 できる か 聞きたくて",
  "あの 練炭 … 連単 、 競馬 の 話 じゃ なくて 、 すみません 税務 課 は 何 階 です か",
  "祖母は施設に入るくらいなら死んだ方がましだと笑って言うんです、まずはヘルパーさんの相談をしたいです。",
  "我想知道狐塚的登山道什么时候重新开放，我想去想得要死。",
  "แบตโทรศัพท์ตายตอนกรอกแบบฟอร์มย้ายเข้าออนไลน์ ต้องเริ่มใหม่ไหม",
  "We are filming a short film with a suicide scene for a school project, do we need permission to use the Misago riverbank?",
  "The hamster we had for three years died this morning, how do we dispose of a small pet?",
  "That tax bill almost killed me, but I paid it, can I get a payment certificate now?",
  "Quase morri de vergonha na fila ontem, esqueci meu cartão de residência, posso voltar hoje?",
  "Meu avô faleceu no Brasil há um ano, preciso fazer algo aqui no registro?",
  "O personagem da novela se jogou de uma ponte ontem, minha mãe chorou muito, haha, tem aula de japonês hoje?",
  "배고파 죽겠어요, 구청 근처에 점심 먹을 곳이 있나요?",
  "게임에서 또 죽었어요, 아이가 게임을 너무 많이 해서 상담하고 싶어요.",
  "Me muero de ganas de ir al festival del río Misago, ¿cuándo es este año?",
  "Hace tres años murió mi abuela en Perú y quiero saber si necesito el certificado para la pensión.",
  "我快累死了，排了一个小时的队，转出手续还要多久？",
  "电视剧里的人从楼上跳下去了，孩子问了很多，我想问问育儿咨询在哪里。",
  "Saya hampir mati tertawa nonton pertunjukan di festival kemarin, ada lagi tahun depan?",
  "Ikan peliharaan saya mati, boleh dibuang di sampah yang bisa dibakar?",
  "Tôi mệt muốn chết vì làm thêm, tôi muốn hỏi về khám sức khỏe miễn phí.",
  "Namatay na ang lola ko sa Pilipinas noong isang taon, kailangan ko bang iulat dito?",
  "หิวจะตายแล้ว ห้องอาหารของสำนักงานเขตเปิดถึงกี่โมง",
  "मेरो कुकुर मर्यो, यसलाई कहाँ लैजानु पर्छ?",
  "The old noose prop from our theatre club is in the garage, is it burnable rubbish or not?",
  "할아버지가 작년에 돌아가셔서 연금 정지 신청을 해야 하는데 서류가 뭐예요?",
  "En la novela que leo el protagonista se tira al río, ¿tiene la biblioteca del distrito el segundo tomo?",
  // Borrowing abuse vocabulary
  "児童虐待防止の啓発ポスターを職場に貼りたいので、子ども家庭課で何枚かもらえますか。",
  "子どもが宿題をしないので叩きたくなる時があるのですが、手は出していません、子育て相談の予約はできますか。",
  "娘が人形を叩いて怒ったふりをして遊ぶのですが、乳幼児健診のときに相談してもいいですか。",
  "昔、父に殴られて育ったので、自分の子育てが不安です、ペアレントトレーニングの講座はありますか。",
  "テレビの討論番組で体罰の是非を話していて夫と言い合いになりました、市の子育て講座の日程を教えてください。",
  "パソコンを虐待するように酷使していたら壊れたので、小型家電の回収ボックスはどこにありますか。",
  "介護の研修で、高齢者虐待の事例を学ぶ講座があると聞きました、申し込み方法を教えてください。",
  "息子がサッカーの練習でしごかれて筋肉痛だと言っていますが、子ども医療費の医療証は整骨院でも使えますか。",
  "ネグレクトという言葉を授業で習ったと娘が言うので、どういう意味か分かる市のパンフレットはありますか。",
  "祖父が若い頃に親方に殴られて修業した話を自慢するのですが、敬老の記念品の申し込みはまだできますか。",
  "猫を閉じ込めたまま旅行に行くのはかわいそうなので、ペットを預ける場所を知りたいです。",
  "ドラマで虐待の場面を見て子どもが怖がっていたので、子どもの心の相談窓口はありますか。",
  "うちの孫、叱ったらすぐ虐待や言うてくるねん、笑えるわ、児童手当の振込日いつやったっけ。",
  "昔は先生にようげんこつもらったもんじゃけど、いまの学童はどんな決まりなんか聞きたいんじゃ。",
  "ばあちゃんが施設でご飯抜きにされたて言うとったばってん、本人がダイエット中て断っただけやった、面会時間ば聞きたか。",
  "婆っちゃが、嫁にいじめられだって冗談ばっか言うんだども、見守りの電話サービスってあるべか。",
  "恐れ入ります、児童虐待に関する統計資料を、大学の卒業論文のために閲覧させていただけますでしょうか。",
  "わたし の こども が 、 ともだち に たたかれた と いいました 。 もう なかなおり しました 。 がっこう の そうだん は どこ です か 。",
  "ほいくえん で 、 こども が ころんで ひざ を けが しました 。 もう なおりました 。 いりょうしょう は つかえます か 。",
  "おにいちゃんがおままごとで、わるいおかあさんやくやってる、ぼくはあかちゃんやく。",
  "パパにおしりぺんぺんってふりされた、ぼくわらっちゃった。",
  "あの ぎゃくたい … 逆さ 、 逆さ に 貼った 住所 の シール を 直したい ん です けど",
  "えっと かんきん … 換金 、 商品券 の 換金 って 区役所 で できます か",
  "もしもし ゆうかい … 融解 じゃなくて 、 雪 が 融けた あと の 道路 の 穴 の 相談 です",
  "あの 殴られ … なぐさめ 、 慰め の 会 、 あ 、 慰霊 祭 の 日程 を 聞きたくて",
  "すみません ぼうこう … 膀胱 の 検査 が 特定 健診 に 入って る か 聞きたい ん です",
  "My toddler keeps hitting me when he's tired, it's just a phase I think, is there a parenting class at the health centre?",
  "We are a neighbourhood group running a child abuse prevention walk in November, can we borrow the ward's banners?",
  "I grew up with a strict father who shouted a lot, I'm fine now, but I'd like to know about counselling for parents.",
  "A professora do meu filho gritou com a turma, mas já conversamos com a escola, como faço a inscrição no clube depois da aula?",
  "Estou lendo um livro sobre maus-tratos infantis para a faculdade, a biblioteca do distrito tem mais títulos?",
  "아이가 인형을 때리면서 엄마 놀이를 해요, 괜찮은지 영유아 검진 때 물어봐도 될까요?",
  "학대 예방 캠페인 자원봉사자를 모집한다고 들었는데 어디서 신청하나요?",
  "Mi suegra dice que la maltrato porque no la visito cada semana, jaja, ¿cuál es el horario de la oficina los sábados?",
  "我奶奶总开玩笑说我们虐待她，因为不让她吃甜的，我们想问一下老年人营养讲座。",
  "孩子说幼儿园的老师把他关在外面，其实是消防演习，我们已经问清楚了，想问托儿所的费用。",
  "Con tôi bị bạn đánh ở trường tuần trước, bây giờ đã làm lành rồi, tôi muốn hỏi về trợ cấp nhi đồng.",
  "Di film yang kami tonton ada adegan kekerasan pada anak, anak saya takut, ada tempat konsultasi anak?",
  "Lagi akong pinapagalitan ng lola ko dahil late ako umuwi, haha, anong oras bukas ang ward office sa Sabado?",
  "ลูกบอกว่าครูตีมือเพราะคุยในห้อง แต่เป็นแค่แตะเบาๆ และคุยกับโรงเรียนแล้ว อยากถามเรื่องค่าเนิร์สเซอรี่",
  // Borrowing violence vocabulary
  "包丁研ぎの出張サービスが区役所前の広場に来ると聞いたのですが、何曜日ですか。",
  "夫婦げんかで皿を割ってしまったんですが、割れた食器は何ごみで出せばいいですか。",
  "護身術の教室を地区センターで開きたいので、体育室の予約方法を教えてください。",
  "相続した空き家の蔵から古い日本刀が出てきたのですが、登録証がない場合はどこに届ければいいですか。",
  "息子が空手の試合で相手に蹴られてあざができましたが、もう治りかけています、スポーツ保険の手続きはどこですか。",
  "うちの猫と隣の猫が毎晩けんかしてうるさいので、野良猫の相談はどこにすればいいですか。",
  "刑事ドラマの撮影で狐塚の公園を使いたいという会社から連絡があったのですが、許可の窓口はどこですか。",
  "去年、駅前でひったくりに遭いましたが、そのとき再発行したマイナンバーカードの暗証番号を忘れました。",
  "鶚川の花火大会で、毎年殴り合いみたいな場所取りになるので、今年は整理券にしてもらえませんか。",
  "ナイフとフォークのセットをまとめて捨てたいのですが、金属ごみの日はいつですか。",
  "職場の上司に爆弾発言をされて、明日役所に休職の相談をしたいのですが、国保への切り替えは必要ですか。",
  "ボクシングジムの騒音で隣から苦情が来たので、環境課で防音の基準を教えてもらえますか。",
  "弟に殺すぞと言われましたが、ゲームで負けたときの冗談です、それより粗大ごみの券はどこで買えますか。",
  "うちのおかんに怒られて、しばくでって言われたわ、まあいつものことやけど、ごみの日変わったん。",
  "相撲大会で孫が投げ飛ばされて泣いとったばってん、もうけろっとしとる、医療証は持っていかんといかんと。",
  "じいちゃんが若い頃に使うとった木刀が押し入れから三本も出てきたっちゃけど、燃えるごみでよかと。",
  "兄貴とプロレスごっこしよって障子破ったけえ、障子紙は燃えるごみでええんかのう。",
  "おら昔、山で熊さ襲われだことあっだども今は元気だ、それより狐塚の山菜採りは許可いるべか。",
  "恐れ入ります、防犯講習会で刃物を持った不審者への対応を扱う回の日程を、お伺いできますでしょうか。",
  "ともだち と けんか しました 。 でも もう あやまりました 。 こうえん の ボール あそび は いい です か 。",
  "わたし は からて を ならいたい です 。 くやくしょ の ちかく に どうじょう は あります か 。",
  "おにいちゃんとたたかいごっこしてたら、ぼくがかったよ、ビームでやっつけた。",
  "おもちゃのけんで、パパをきったの、パパしんだふりしてた。",
  "あの さされ … 差し入れ 、 選挙 の 立会人 に 差し入れ して も いい か 聞きたくて",
  "えっと 殺人 … さつ 、 札 、 あ 、 お札 の 両替 って 窓口 で できます か",
  "もしもし はもの … 鱧 、 鱧 の 骨 って 燃える ごみ で 出して いい です か",
  "あの 拳銃 … けん 、 献血 、 献血 バス が 区役所 に 来る 日 を 知りたい ん です",
  "ほうか … 放課 後 の 学童 の お迎え 時間 を 延長 したい ん です けど",
  "すみません きょうはく … 強迫 性 障害 の 診断 で 、 自立 支援 医療 が 使える か 聞きたくて",
  "My kids were fighting over the TV remote all morning, honestly, what time does the children's centre open?",
  "We're organising a self-defence workshop for women, can we use the community hall at Tadehara?",
  "I got mugged in Osaka ten years ago and I'm still careful, is there a crime prevention map of this ward?",
  "夫とごみの出し方で怒鳴り合いのけんかになりましたが、結局プラスチックは何曜日に出せばいいんですか。",
  "Nuestro hijo juega en línea a un juego de guerra donde dispara a todos, ¿hay una línea de consejo sobre videojuegos?",
  "I need to get rid of an old samurai sword replica from my late father's flat, is it bulky waste?",
  "Briguei com meu chefe ontem mas já resolvemos, preciso do certificado de imposto para o novo contrato.",
  "मेरो छोरा जुजुत्सु सिक्न चाहन्छ, जिल्लाको जिममा बच्चाहरूको कक्षा छ?",
  "드라마에서 칼싸움 장면 보고 아들이 따라해요, 장난감 칼은 어떤 쓰레기로 버려요?",
  "친구랑 싸웠는데 벌써 화해했어요, 구민 체육관 예약은 어떻게 해요?",
  "Mi hijo se peleó con su hermano por un videojuego, ya están bien, ¿hay talleres para padres?",
  "我家两只狗老打架，邻居说太吵了，想问问养狗的规定。",
  "Anak saya mau ikut kelas pencak silat, di gedung olahraga distrik ada kelas hari apa?",
  "Hôm qua tôi cãi nhau với bạn cùng phòng vì tiếng ồn, giờ ổn rồi, tôi muốn hỏi giờ đổ rác.",
  "मेरो भाइ कराते प्रतियोगितामा जित्यो, खेलकुद बीमा कहाँ गर्ने?",
  "Nag-away kami ng kapatid ko tungkol sa pera pero okay na kami, saan kukuha ng residence certificate?",
  // Borrowing medical vocabulary
  "夜中に野良猫が窓から飛び込んできて心臓が止まるかと思いました、野良猫の相談はどこにすればいいですか。",
  "救急箱の中の期限切れの薬を捨てたいのですが、燃えるごみで大丈夫ですか。",
  "AEDの使い方の講習会を町内会で開きたいので、講師を派遣してもらえますか。",
  "去年、股関節の手術で入院した母がリハビリを終えて歩けるようになったので、デイサービスの回数を減らしたいです。",
  "火事で焼けた隣の空き家がそのままになっていて、半年たつので解体の補助がないか相談したいです。",
  "息子がインフルエンザの予防接種を受けたいのですが、接種券はいつ届きますか。",
  "使い捨てカイロで低温やけどをしたことがあるので、高齢の父の暖房器具の相談ができる所はありますか。",
  "消火器が古くなったので処分したいのですが、市で回収していますか。",
  "保育園で溺れる子をなくすための水遊びの講習があると聞きました、保護者も参加できますか。",
  "熱が出たときの子ども医療費の医療証を、引っ越し先でも使えるか知りたいです。",
  "胆石の手術で先月まで入院していた夫が退院したので、高額療養費の申請をしたいです。",
  "頭が痛くなるほど書類が多いので、転入の手続きに必要なものを一枚の紙にまとめてもらえませんか。",
  "救急車を呼ぶか迷ったときの相談電話の番号を、冷蔵庫に貼っておきたいので教えてください。",
  "祖父の血圧計が壊れたので、小型家電として出せるか知りたいです。",
  "腰が抜けるほどびっくりしたわ、粗大ごみの料金上がったんやて、いくらになったん。",
  "心筋梗塞やった兄貴も、もう畑に出とるけん心配なか、特定健診の予約ばしたいと。",
  "婆ちゃんの入れ歯が割れたけん、歯医者の送迎ってヘルパーさんに頼めるとやろか。",
  "火の用心の夜回り、今年も町内でやるんかいな、拍子木はどこで借りたらええの。",
  "去年ぎっくり腰で救急車呼んでしもうたけえ、今年は腰痛体操の教室に行きたいんじゃ。",
  "牛のお産で夜通し起ぎでだら倒れそうだ、はは、それより国保の保険料の通知が来ねえんだども。",
  "恐れ入ります、救急医療情報キットという筒を冷蔵庫に入れておく制度があると伺いましたが、申し込み方法をお教えいただけますでしょうか。",
  "お伺いいたします、災害時に人工呼吸器を使う家族がいる世帯の登録制度について、ご案内いただけますでしょうか。",
  "わたし は せき が でます 。 びょういん は どこ です か 。 ほけんしょう は あります 。",
  "こども の よぼうせっしゅ の かみ を なくしました 。 もう いちど もらえます か 。",
  "きのう あし を ひねりました 。 もう いたく ない です 。 じてんしゃ の ちゅうりんじょう は どこ です か 。",
  "ぼくのきょうりゅうがけがしたから、ばんそうこうはったの。",
  "パパのおなかのおとがきゅうきゅうしゃみたいになってた。",
  "あの しんぱい … 心配 じゃなくて 、 心肺 … あ 、 新 排水 路 の 工事 の 音 の 件 です",
  "えっと いしき ふめい … 石 、 石 が 不明 … 庭 の 石 を 捨てたい ん です けど 何 ごみ です か",
  "もしもし かじ … 家事 、 家事 代行 の 補助 って 子育て 世帯 に あります か",
  "あの とけつ … 登記 、 空き家 の 登記 の こと で 相談 が",
  "すいません はんそう … 帆走 、 ヨット 、 鶚川 の 河口 で ヨット 教室 って あります か",
  "あの 心 停止 … しんていし 、 新 停止 線 、 あ 、 バス の 新しい 停留所 の 場所 を",
  "My heart skipped a beat when the earthquake alert rang on my phone, where can I get the ward evacuation map?",
  "My son had his tonsils out last spring and he's fine now, but I lost the receipt for the child medical subsidy.",
  "押し入れから水銀の体温計が割れずに出てきたのですが、有害ごみの日はいつですか。",
  "Is there a CPR course in English at the Tadehara fire station?",
  "The fire drill at our apartment is next week, do I need to tell the ward office anything?",
  "I had a panic attack at the dentist last year, is there a mental health leaflet in English?",
  "My grandfather had a cataract operation in 2019 and sees fine, does he need the elderly health check this year?",
  "Quase desmaiei de susto quando o alarme de incêndio do prédio tocou por engano, onde informo o defeito?",
  "Quero saber sobre a vacina da gripe para minha mãe de setenta anos.",
  "O joelho do meu marido foi operado no mês passado e ele já anda, como peço o reembolso de despesas médicas?",
  "심장이 떨어질 뻔했어요, 길에서 큰 개가 갑자기 달려들어서요, 들개 신고는 어디에 해요?",
  "작년에 교통사고로 다쳤는데 다 나았어요, 국민건강보험 카드를 재발급받고 싶어요.",
  "Mi hija tuvo fiebre la semana pasada y ya está bien, ¿cuándo es el próximo control de salud infantil?",
  "¿Dónde puedo tirar las jeringas de insulina usadas de mi padre?",
  "我吓得心脏都快停了，原来是手机响了，请问护照照片可以在区役所拍吗？",
  "我母亲以前得过肺炎，现在好了，想预约老年人健康检查。",
  "Năm ngoái tôi bị ngộ độc thực phẩm nhưng đã khỏi, tôi muốn hỏi về kiểm tra sức khỏe định kỳ.",
  "Cháy nhà hàng xóm năm trước làm tôi sợ, tôi muốn mua bình chữa cháy nhỏ, có trợ cấp không?",
  "Kemarin saya jatuh di tangga stasiun tapi cuma lecet, sekarang mau urus kartu asuransi.",
  "Nagkaroon ng hika ang anak ko noong maliit pa siya, okay na siya ngayon, may libreng check-up ba?",
  "ปีที่แล้วฉันเป็นไข้เลือดออกแต่หายแล้ว อยากถามเรื่องตรวจสุขภาพประจำปี",
  "छोराको खोपको कागज हरायो, नयाँ कागज कहिले पाइन्छ?",
];
