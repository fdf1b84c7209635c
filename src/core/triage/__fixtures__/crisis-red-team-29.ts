// Crisis red team 29, frozen 2026-12-06.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 371a5060fd189da3ddff77cf78e21f67865b6e9e2d40becd4bcdf64e1cf00d73
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-29.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 186 lines of
// crisis-red-team-28.ts (through `sed -n 1,186p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. Outside the repository the task file
// /tmp/prompts/full-rt29.md was read; in the same first call `ls /tmp/prompts/` listed the names of
// the prompt files there (no other prompt file was opened). No lexicon, test, script, doc, other
// fixture, other sample or red-team line was opened, git was not run, git history was not read, the
// repository was not grepped for phrases, the __fixtures__ folder was not listed, tsconfig.json and
// the Prettier config were not opened, nothing was imported from src/, and neither the engine,
// jest, the benchmarks nor the madoguchi command was run. Commands run, in order: cat on the task
// file and `ls /tmp/prompts/` in one call; `date -u`, `test -e` on this file's path (it did not
// exist) and sed on crisis-red-team-28.ts as above in one call; sed on crisis-red-team.ts as above,
// cat on departments.csv and cat on DESIGN.md in one call; four shell heredocs writing, in
// /tmp/rt29, the crisis scratch lists (the first preceded by `mkdir -p /tmp/rt29`) (one per kind,
// fields separated by a vertical bar: kind, errand or direct, language, style, text), each followed
// by `wc -l`, cut, sort and `uniq -c` counting errand and direct lines (after the fourth also
// languages and styles) and `date -u`; echo appending one more medical line, `wc -l` and `date -u`;
// heredocs writing the four look-alike lists (kind, a dash, language, style, text), each followed
// by `wc -l` and `date -u`, with a one-off Python edit re-wording two violence look-alike ASR lines
// (`grep -c` and `date -u` after it); a one-off Python edit re-wording ten lines (six suicide and
// three abuse crisis lines, one look-alike) and `date -u`; a heredoc writing a one-off Python check
// (five fields, kinds, errand/direct split, languages, styles, distinct texts, double quotes,
// backslashes, backticks, tabs, apostrophes, stray and double spaces, ASR lines only in Japanese,
// lines sharing their first eight characters, longest line) and the check run, and `date -u`; a
// Python edit re-wording three lines for variety of openings, the check again (through grep) and
// `date -u`; cut, nl and head printing the crisis scratch lists to read them over; a Python edit
// re-wording fourteen lines (new homophone slips, and look-alike near-misses that were not already
// named in red team 28's header), the check through grep, cut and nl printing the look-alike lists,
// and `date -u`; a heredoc writing a Python script of 54 find-and-replace edits that re-worded 54
// look-alike lines whose topic or idiom red team 28's header already names (its prevention panel,
// platform doors, end-of-life notes, psychological first aid, charcoal stove, climbing rope,
// sleeping pills, sword, metal bat, sickle, bolo, crime cameras, alarm buzzers, suspicious-person
// drill, self-defence class, fighting-game contest, pencak silat, murder-drama shoot, snatch theft,
// first-aid kit, gas alarm, epinephrine pen, pacemakers, resuscitation dummy, advice number,
// goldfish and idioms such as 死ぬほど忙しい, 死にそう, 自殺行為, 首が回らない, 死んだ気になって, 電池が死にそう, どついたろか, 刺すような,
// 心臓が止まるかと, 頭に血がのぼる, 胸がきゅーっと, 倒れそう, killing me and patay sa pagod), that script run, the check
// through grep and `date -u`; heredocs writing the body comment and a small Python script that
// wraps the lists into this file, printf writing a placeholder header, the script run once into
// /tmp/rt29 (wc -l, sed lines 1-30, `grep -c` for backslashes and tail to look at it) and `date
// -u`; `test -e` on this file's path again (still absent), the script run writing this file, `npx
// prettier --write` and `--check` on this file only, wc -l and `date -u`; sed (lines 1-40) on this
// file, `timeout 300 npx tsc --noEmit -p tsconfig.json` filtered with grep to this file's name (no
// output) and `date -u`; a heredoc writing a node script that transpiled this file with the
// typescript package's transpileModule and counted its two arrays (200 and 200 lines, kinds as
// below, 400 distinct texts, all strings, all pairs), that script run, a one-off Python comparison
// of the strings in this file with the scratch lists (same 400 texts and kinds in the same order),
// sed and sha256sum for the hash and `date -u`; the check again and a one-off Python count of
// dialect, kana, ASR and foreign-language lines, and `date -u`; `grep -c` on the 54-edit script (to
// count its edits) and `date -u`; a heredoc writing this header's text and a Python script that
// wraps it and rewrites only the lines above the marker (with a line-length check), sed and
// sha256sum on the body and `date -u`; a one-off Python edit of the body comment's list of places
// (an old ward building named there no longer appears in any line) and of this header's text
// (details checked against the lists), the wrapping script run again writing this file with the
// placeholder header, `npx prettier --write` and `--check` on this file only, sed and sha256sum for
// the new hash and `date -u`; a Python rewrap of the body comment (one of its lines had grown past
// 100 characters), the wrapping script run again writing this file, `npx prettier --write` and
// `--check`, sed (lines 1-20), sed and sha256sum for the hash and `date -u`; a one-off edit of this
// list of commands and the header script run (it stopped at its own line-length check on the hash
// line), a sed edit of that script so that the check skips the three top lines, grep -n to see the
// edit, the script run again, a one-off edit adding these words to this list and the script run
// once more; and, last, sed and sha256sum on the body, `npx prettier --check`, the same filtered
// tsc, the transpile count with the comparison against the scratch lists, head and `grep -n` for
// the marker on this file only, sha256sum of the whole file and `date -u`. Each line was written by
// hand into the scratch lists; no engine output was seen before or after writing. The import of
// RedTeamKind from ./crisis-red-team and the array shapes are taken from red team 28 and the
// format; the export names are RED_TEAM_29_CRISIS and RED_TEAM_29_LOOK_ALIKES.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: an eighteenth ward office's desk over another year (the invented 椋ノ台 ward on the
// invented 鶉川 river), in plain words and natural proportions, with new callers, errands, places and
// wordings. 100 of the crisis lines (suicide 30, abuse 20, violence 22, medical 28) begin as an
// ordinary errand at the desk and then say what is happening now; the other 100 are direct.
// Errands, across all eleven departments of departments.csv: opening hours, the car park, a
// bicycle-park season ticket; a residence certificate copy, a seal-registration certificate,
// moving-out, moving and change-of-address notices, the address on a residence card, My Number card
// collection booking and card appointment; NHI premium instalments, the qualification certificate,
// registering the My Number card as a health-insurance card, high-cost medical expenses, funeral
// expenses, the childbirth lump sum, a pension exemption form, a national pension payment slip, the
// late-stage elderly notice; a tax certificate, a tax-payment certificate, the resident-tax payment
// slip, the light-vehicle tax reduction and payment, moped scrapping; a welfare application and a
// message for the caseworker; the child allowance account and payment day, the child-rearing
// allowance, the single-parent status report, a child medical certificate, nursery admission, its
// papers and result, extended care, after-school club pick-up and fees, a child-rearing
// consultation booking; the maternal and child handbook reissue, an infant health-check date, a
// pregnancy-check voucher, a vaccination voucher, cancer screening results, a specific health
// check; care-need renewal, result and application, the care-insurance premium notice, day-service
// pick-up time, a home renovation estimate, care-bed and welfare-equipment rental, elder watch
// registration; disability certificate and ryoiku certificate renewal, self-support medical care,
// sign-language interpreter dispatch, a wheelchair repair estimate, a group-home visit; the
// vacant-house bank, vacant-house weeds and management on site, the demolition subsidy;
// oversized-rubbish booking, reception and drop-off, sorting, the collection day, garbage-bag
// prices and a noise complaint. Callers: the person at risk, wives and husbands, mothers, daughters
// and sons, sisters and brothers, a niece's visitor, grandchildren, small children in kana, a
// roommate and a flatmate, a deaf person's friend, friends, colleagues, a home helper, an
// Indonesian-speaking care worker, a day-service driver, a renovation contractor, a family visitor
// at a group home, visitors in waiting rooms, a vacant-house heir on site, neighbours, passers-by
// and foreign residents. 55 crisis lines and 53 look-alikes are in other languages (crisis: English
// 13, Chinese 8, Portuguese 6, Vietnamese 5, Korean 5, Spanish 5, Nepali 4, Tagalog 4, Indonesian
// 4, Thai 1; look-alikes: English 12, Chinese 8, Korean 6, Portuguese 5, Vietnamese 5, Spanish 4,
// Tagalog 4, Indonesian 4, Nepali 3, Thai 2); 15 lines are in easy Japanese kana (7 crisis, 8
// look-alike: the person at risk, small children, people whose trouble is over); 41 are ASR-style
// spaced text with fillers and homophone kanji slips (16 crisis, 25 look-alike near-misses); 41 are
// in Kansai, Tohoku, Kyushu, Hiroshima, Okinawa, Nagoya, Hokkaido and Tosa-like dialect (25 crisis,
// 16 look-alike). Crisis lines: a cord on a loft ladder, a belt on a stairwell rail, a rope on a
// persimmon tree, a drying pole and a lintel, a shed beam, a curtain rail, a loft beam, a dormitory
// bathroom; a dam, a power pylon on the river bank, a multi-storey bicycle-park roof, a highway
// footbridge, a tenth-floor fire escape, a twelfth-floor balcony, a company roof, a school roof, a
// building edge, a bridge rail, a breakwater, a quay, a ferry deck, a cliff over the sea, a
// construction crane, a platform, walking onto a motorway, a frozen lake, a snowy mountain past a
// ski lift; charcoal behind a taped door, in a car and in a tent, kerosene and matches in a
// mother's room; a cutter, a razor, a kitchen knife at the neck and in the belly, wrist cutting in
// a bath and on a live stream; overdoses of painkillers, cold medicine with shochu, sleeping pills
// with whisky, a father's medicines, insulin pens, pills with alcohol; pesticide, herbicide and
// bleach; children beaten with a hanger, a belt, a bamboo stick, a stick and an electric cord, hung
// upside down, head banged against a wall, beaten while the mother listens on the phone, dragged by
// the hair, put out barefoot in snow, tied to a balcony rail in snow, shaken, held over a
// stairwell, held out over a rail by the neck, burnt with a lighter and a cigarette, scalded,
// strangled with an iron cord, mouth and nose covered, head pushed into a washing machine, drowned
// in a bath, shut in a shed, an old fridge and a rubbish bag, a baby left in a parked car, a baby
// unfed for two days; elders tied to a bed unfed and to a chair, beaten with a drying pole, a cane,
// a walking stick and a belt, kicked in the ribs, smothered under a futon, dragged by the hair,
// locked in a shuttered room and a storeroom, slapped by night staff, beaten by an employer; a
// group-home resident gagged by staff, a disabled daughter strangled in a waiting room, a disabled
// niece chained to a pillar; knives at a bus stop, at a station front, in a lobby, at a bedroom
// door, in a wife's hands and a husband's (Nepali), on a festival ground, at a station square, in a
// dormitory, a flat and a car park, scissors on a train, a machete in a lobby, a parang at a
// factory dormitory, spanners in a car park, an axe at a front door, an iron bar at a vacant house,
// an iron pipe in an office, an ex with kerosene at the door, a cutter at the rubbish desk, a
// strangling in a waiting room, a pregnant wife kicked, a crowbar through a deaf friend's window,
// an old man stamped on at a door, petrol in a corridor, a hammer on a demolition site and in a
// street, a metal bat, beer bottles, kicks at a community centre, a hunting gun in a car park, a
// shooting outside a bar, a car chasing a woman, a home robbery, an abduction at a convenience
// store and at a nursery gate, a stranger with a knife in a flat, a boyfriend strangling, a beating
// with a wooden sword, iron bars behind a factory, a homeless man kicked, a boy beaten in a park;
// cardiac and respiratory arrest in a waiting room, a kitchen and a toilet, a thunderclap headache,
// strokes, a heart attack, a button battery, rice dumplings and mochi, soba and peanut anaphylaxis,
// a wasp sting, bleeding and a hard belly at thirty-two weeks, a birth at home, an oxygen machine
// stopped by a power cut, a fall from a roof, a ward-office staircase, scaffolding and stairs, a
// foot under heavy machinery, a near drowning in a bath, a truck in an irrigation channel,
// drownings at a pool, a river, a pond and the sea, a long seizure, a collapse from hunger, smoke
// next door and a house fire, hypoglycaemia, a child left in a hot car, snow from a roof, a
// brush-cutter wound, a feverish baby with a rash, an electric shock, heat stroke in a field and a
// room, a kotatsu stroke, stove fumes, vomiting blood, a hand in a press, a baby not breathing face
// down, asthma, a cooking-oil fire, a cow's kick, a tiller, bleach swallowed by a baby, a collapse
// at a factory and a scald from a pan. Look-alikes: a suicide, a suicide attempt, an overdose and
// cutting that are long over, a grandfather who hanged himself long ago, a cat that nearly died,
// childhood smacking, in-law bullying, a bruise explained twice, a carer who raises her voice,
// domestic violence three years ago, a street beating and a mugging that are settled, old fights,
// strokes, choking, heat stroke, a seizure, a fall, a fracture, bleeding after birth, a near
// drowning and a fire that are over; service questions (prevention-week banners, gatekeeper
// training, a bereaved-families meeting, a lifeline volunteer course, a mental-health talk, a
// consultation day, SOS lessons, a prevention plan, a bridge fence, grave relocation, orange
// ribbons, elder-abuse training, a 189 poster, a no-smacking class, a carers' meeting, adult
// guardianship, a child-protection council, neglect training, foster parents, leaflets in other
// languages, a watch-team vest, a flyer on criminal part-time jobs, a sasumata for a nursery, an
// anti-gang sign, a crime-prevention class, AED and first-aid courses, a CPR outreach class,
// emergency information kits, an ambulance poster, cooling shelters, a blood-donation bus, a
// marrow-donor drive); fiction and pastimes (a novel with a jump from a cliff and one from a
// bridge, a play with a hanging scene, a film called 遺書, a photo show on neglect, a poisoning scene
// at a reading, a drama about abuse, a heart-rending film, kendo, karate, boxing friends,
// taekwondo, judo, tai chi sword, wrestling, children's sumo, a fighting festival); things to throw
// away (a towing rope, a clothesline, charcoal briquettes, a dead mother's medicines, headache
// pills, kitchen knives, scissors and a fruit knife, a bow and arrows, nunchaku and a model gun,
// pruning shears, an axe and a chainsaw, scissors and a saw, a display sword, a broken wooden
// sword, oxygen cylinders, insulin needles, a blood-pressure monitor, compresses and a mercury
// thermometer, a fire extinguisher, fire debris, an ostomy pouch, a diary); pets (a cat and lilies,
// a rescued dog, a dog with heat stroke, an ageing parakeet); idioms and jokes (死に物狂い, 死んだように眠る,
// 死角, 首になる, 死活問題, 首を長くして, 死ぬかと思った, 死んでもよか, くたばりそう, 飛び降りたい気分, 死ぬほど寒い, 虐待だよ, しばいたろか, ぶち殺されるかと,
// 殺されるかと思うくらい叱られ, 怒鳴り込んでやろうか, 刃傷沙汰, 心臓に悪い, 血の気が引く, 胸が張り裂けそう, 息が詰まりそう, 心臓止まるわ, dead tired, my boss
// will kill me (in English and Portuguese), my heart nearly stopped, 累得要死, 배고파 죽겠어요, 심장이 멎는 줄,
// morto de sono, quase tive um infarto, mệt muốn chết, me muero de ganas, casi me muero del susto,
// nakakamatay ang init, a Nepali boss joke, ร้อนจะตาย); ASR near-misses (飛び石連休, 衣装, 老舗, 首位, 連帯納付,
// 睡眠時間, 逆に, 報知器, 芝刈り, 捨てごみ, 脚立, 笹の葉, 無くして, 殴り書き, はもの, 殺菌, 信金, 一斉回収, 給食, 経歴, 壱岐, やっぱり, 農耕車, 地積,
// おぼろげ); and desk errands that mention a death, a hospital stay or an old injury in passing.
//
// Known disagreements (labels a reader could argue): crisis: the sister who poured kerosene in her
// mother's room saying they will die together is labelled suicide (could be abuse or violence); the
// mother on the bridge who left her baby at home is labelled suicide (could be abuse); the roommate
// who swallowed dozens of cold pills with shochu is labelled suicide though no intent is said
// (could be medical); the daughter, the sister and the dormitory roommate found hanging, taken down
// and not breathing, and the husband who stabbed his own belly, are labelled suicide (could be
// medical); the husband at the dam, the wife on the pylon, the son driving into the sea, the
// brother who took his father's medicines, the flatmate who sent a photo of pills, the daughter on
// the school roof, the husband at the breakwater and the father walking into the snow are labelled
// crisis although the caller does not see the act; the pregnant wife kicked by her husband, the ex
// with kerosene at the door and the man pouring petrol in a corridor are labelled violence (the
// first could be abuse or medical, the others suicide); the threat to kill heard from the floor
// above is labelled violence though unseen; the old father beating the mother with a cane is
// labelled abuse (elder abuse; it could be violence between partners); the child left in a hot car
// (Kansai) is labelled medical, while the baby a neighbour locked in a parked car and walked away
// from (Portuguese) is labelled abuse; the baby unfed for two days, the old man locked in a
// shuttered room unfed and the thin man locked in a storeroom are labelled abuse (they could be
// medical), and the friend who collapsed from hunger at the welfare desk is labelled medical;
// fires, smoke, fumes and accidents are labelled medical. Look-alikes: the kana caller who once
// wanted to die, the caller with old cutting scars, the caller whose overdose last year has
// settled, the husband whose suicide attempt was five years ago, the cat that nearly died of
// lilies, the carer who raises her voice at her mother, the bruises explained by a playground and a
// fall at day care, the two callers who fled domestic violence years ago, the man who took sick
// leave after being scolded so hard he thought he would be killed, the neighbourhood meeting that
// nearly came to blows, the pub beating last month, the Kansai and Hiroshima jokes, the foster
// child who had a hard time before and the ageing parakeet are labelled not a crisis; a stricter
// desk might still hand some of them to a person. The Nepali, Thai, Tagalog, Indonesian and
// Vietnamese lines were written by a non-native hand and may read as learner text.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 29: an eighteenth ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list, its
// tests, the sample sets or any other red team's lines. Every person, place and situation here is
// invented, including the small places named (鶉川, a river, written Uzuragawa in English lines, and
// 鶉川橋, its bridge; 椋ノ台, the ward, written Mukunodai, with its dam, station, estate, shopping
// street, community centre, library and river bank). Crisis lines are grouped by kind (suicide and
// self-harm, abuse, violence, medical); in each group the lines that begin as an ordinary errand at
// the desk come first, then the direct ones. Look-alikes are grouped by the crisis vocabulary they
// borrow, in the same order. Speech-recognition text is written the way a phone line transcribes
// it: spaced, with fillers and homophone kanji (連炭 for 練炭, 氏に for 死に, 攣って for 吊って, 逆対 for 虐待, 葉物
// for 刃物, 指され for 刺され, 新筋 for 心筋, 粋 for 息, 加持 for 火事); the look-alike near-misses start on a
// crisis-sounding word and then correct it, or use a word that only sounds like one.

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_29_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // Suicide and self-harm: errands first, then direct.
  [
    "住民票の写しを一通お願いしたいんですけど、その前に、いま兄から「ロフトのはしごに紐をかけた、もう終わりにする」とメッセージが来て、電話に出ないんです。",
    "suicide",
  ],
  [
    "印鑑登録証明書を取りに来たのですが、夫が今朝「ダムに行ってくる」と遺書を残して車で出ていって、いま位置情報が椋ノ台ダムの堤の上で止まっています。",
    "suicide",
  ],
  [
    "国保の保険料の分割のことで電話しました。あの、正直に言うと、いま台所で痛み止めを一箱ぶん全部並べていて、これを飲んだら楽になれると思ってます。",
    "suicide",
  ],
  [
    "児童手当の口座変更の書類を書いていたら、隣に座った奥さんが手首をカッターで切り始めて、床に血がたまっています。止めてください。",
    "suicide",
  ],
  [
    "粗大ごみの収集の予約をしたいのですが……実はいま、団地の階段の手すりにベルトを結んだところです。誰かに言っておきたくて電話しました。",
    "suicide",
  ],
  [
    "要介護認定の更新の件でお電話しました。母の介護をしている姉が、さっき「一緒に死ぬ」と言って母の部屋に灯油をまいて、マッチを持って立てこもっています。",
    "suicide",
  ],
  [
    "駐輪場の定期の手続きに来たんですが、立体駐輪場の屋上の柵を男の子が乗り越えて、向こう側に立っています。下は道路です。",
    "suicide",
  ],
  [
    "課税証明書を取りたいんですけど、その、父が昨日から部屋にこもっていて、いまドアの下から練炭の煙のにおいがしています。ドアは目張りされてて開きません。",
    "suicide",
  ],
  [
    "障害者手帳の更新の相談の予約です。それと、いま同居の弟が風呂場で手首を切って湯船につかっていて、お湯が真っ赤です。",
    "suicide",
  ],
  [
    "空き家バンクの登録の件で、いま相続した実家に来ているんですが、奥の座敷で叔父が鴨居にひもをかけて首を入れようとしています。",
    "suicide",
  ],
  [
    "母子手帳の再交付をお願いしたくて。あの、夜中からずっと赤ちゃんを置いて橋の上にいて、鶉川に飛び込もうか迷ってます。いまも橋の上です。",
    "suicide",
  ],
  [
    "ケースワーカーさんに伝言をお願いします。いま家の前の柿の木に縄をかけました。保護費の件はもういいです、ありがとうございましたと伝えてください。",
    "suicide",
  ],
  [
    "転出届の書き方を聞きたかったんですけど、ルームメイトが風邪薬を何十錠も焼酎で飲んで、いまろれつが回らなくなってます。",
    "suicide",
  ],
  [
    "デイサービスの迎えの時間を確認したかったのですが、迎えに行った利用者さんのご主人が、ベランダの物干しざおにロープを結んでいるのが見えます。いま止めに入れるのは私だけです。",
    "suicide",
  ],
  [
    "えーと ねんきんの めんじょの しょるいの ことで あの いま 車の中で 連炭に 火を つけちゃって あの 窓は しめてます",
    "suicide",
  ],
  [
    "ごみの 分別の ことで あ いや すみません いま 氏にたくて 漂白剤 を あの 飲んで しまって 喉が 焼ける みたいに いたいです",
    "suicide",
  ],
  [
    "あの 保育所の 入所の けっか なんですけど あ はい あの いま 駅の ほーむの はしに たってて つぎの 特急で 飛び込もうと 思って ます",
    "suicide",
  ],
  [
    "マイナカードの受け取りの予約したいねんけど、その前に聞いて。いま連れが高速の歩道橋の上から下のぞいて「ここから飛ぶわ」言うてて、手すりにまたがってんねん。",
    "suicide",
  ],
  [
    "介護保険料の通知のことで電話したんだども、うちのじいちゃんが今朝、農薬の瓶持って田んぼさ出てったきり、いま畦で瓶空けて倒れでるんだ。",
    "suicide",
  ],
  [
    "軽自動車税の減免のことで来たとですけど、いま息子から「もう生きとられん、港の岸壁から車ごと海に入る」て電話があって、いま港におるて言いよります。",
    "suicide",
  ],
  [
    "特定健診の日を聞きたかったんじゃけど、いま嫁が包丁を自分の首に当てて「もう死ぬけえ来んといて」言うとるんよ。",
    "suicide",
  ],
  [
    "Hi, I am calling about my residence card address change, but my flatmate just sent me a photo of pills and a goodbye message, and she is not answering the door.",
    "suicide",
  ],
  [
    "I came to ask about the child-rearing allowance, but a man is standing on the outside of the railing of the Uzuragawa bridge right now and he says he will jump.",
    "suicide",
  ],
  ["我想问一下垃圾袋的价格……其实我现在在公寓的十二楼阳台，已经跨过栏杆了，我不想活了。", "suicide"],
  [
    "我是来办理转居手续的，可是刚才我丈夫发微信说他在港口防波堤的尽头，要跳海，说对不起孩子。",
    "suicide",
  ],
  [
    "Vim pedir o atestado de residência, mas meu irmão acabou de me mandar mensagem dizendo que tomou todos os remédios do pai e vai dormir para sempre. Ele mora sozinho.",
    "suicide",
  ],
  [
    "Tôi gọi để hỏi về thẻ bảo hiểm, nhưng bạn cùng phòng của tôi vừa uống thuốc trừ sâu, bây giờ nó đang nôn và không nói được.",
    "suicide",
  ],
  [
    "주민표를 떼러 왔는데요, 지금 남편이 창고에서 목을 매려고 밧줄을 걸고 있다고 딸이 전화했어요.",
    "suicide",
  ],
  [
    "Llamo por la cita de la tarjeta My Number, pero mi hija me acaba de escribir que está en la azotea del colegio y que va a saltar. No contesta.",
    "suicide",
  ],
  [
    "म कर प्रमाणपत्रको लागि आएको हुँ, तर मेरो साथीले अहिले कोठामा डोरी बाँधेर मर्छु भन्दैछ, ढोका खोल्दैन।",
    "suicide",
  ],
  [
    "いま非常階段の十階の踊り場にいます。柵の外に足を出しました。最後に誰かに聞いてほしくて。",
    "suicide",
  ],
  [
    "妻が「ごめんね」とだけ書いた紙を残して出ていき、いま「鶉川の土手の送電鉄塔に登っている、もう下りない」とメッセージが来ました。",
    "suicide",
  ],
  [
    "いま睡眠薬を六十錠とウイスキーを飲みました。だんだん眠くなってきました。子どもたちにごめんと言っておいてください。",
    "suicide",
  ],
  [
    "娘が自分の部屋のカーテンレールに制服のリボンを結んでいて、ぶら下がってます。おろしたけど息をしていません。",
    "suicide",
  ],
  [
    "父がスキー場のリフトの終点から雪山の奥に一人で歩いていきました。薄着で、「もう帰らない」と言っていました。",
    "suicide",
  ],
  [
    "いま夫が包丁で自分のおなかを刺しました。まだ包丁が刺さったままで、座り込んでいます。",
    "suicide",
  ],
  [
    "同僚が会社の屋上のフェンスの外側に立っています。昼休みに上がったら、靴がそろえてありました。",
    "suicide",
  ],
  [
    "私、いまフェリーの後ろのデッキにいます。夜の海を見ていたら、もう飛び込んでしまおうと思って、手すりを越えました。",
    "suicide",
  ],
  [
    "息子がガレージで除草剤を飲んだと言って倒れています。口のまわりが青くて、吐いています。",
    "suicide",
  ],
  [
    "隣のおばあさんが、物置の梁にひもをかけて踏み台に乗っているのが窓から見えます。声をかけても返事がありません。",
    "suicide",
  ],
  [
    "友達が配信で「これで最後です」と言って、いま手首を切っているところを映しています。場所は椋ノ台の団地だと思います。",
    "suicide",
  ],
  ["いまから高速道路に歩いて入ります。インターの合流のところの路肩に立っています。", "suicide"],
  [
    "いま ほうちょうを もっています。もう しにたいです。てが ふるえて います。だれか きて ください。",
    "suicide",
  ],
  [
    "おかあさんが おふろで うごかない。おくすりの からが いっぱい おちてる。おねえちゃんは いません。",
    "suicide",
  ],
  [
    "あの 妹が ふろばで あの 首を つって あ 攣って いま おろしたんですけど いきが ない です",
    "suicide",
  ],
  [
    "もう むりです いま ビルの 屋上で えっと とびおり あ 飛び降りる つもりで ふちに 座って ます",
    "suicide",
  ],
  [
    "うちのおとうが、さっきから崖の上に立ってて、「もう生きてもしょうがない」って、下は海さぁ。はやく来てよ。",
    "suicide",
  ],
  [
    "いま、うちの旦那がトイレに鍵かけてまって、中で「もう死ぬでよ」言っとるんだわ。カミソリ持って入っとるもんで。",
    "suicide",
  ],
  [
    "兄貴がさ、いま凍った湖の真ん中まで歩いてって、氷割ってるんだわ。「ここで終わりにする」って電話あったんだわ。",
    "suicide",
  ],
  [
    "I have a rope tied to the loft beam and I am standing on a chair. I just wanted someone to know.",
    "suicide",
  ],
  [
    "My son locked himself in the bathroom with a razor and there is blood coming under the door. He will not answer me.",
    "suicide",
  ],
  [
    "I took all of my insulin pens an hour ago. I am shaking and sweating and I do not want to be found.",
    "suicide",
  ],
  ["我妈妈刚才在厨房里喝了一大瓶农药，现在在地上抽搐，嘴里有白沫。", "suicide"],
  ["我朋友站在天桥的栏杆外面，说要跳下去，他已经喝了很多酒。", "suicide"],
  [
    "지금 캠핑장 텐트 안에서 번개탄을 피웠어요. 지퍼는 다 닫았어요. 엄마한테 미안하다고 전해 주세요.",
    "suicide",
  ],
  [
    "Anh trai tôi đang đứng trên lan can cầu và nói sẽ nhảy xuống sông. Tôi đang ở bên cạnh nhưng anh ấy không nghe.",
    "suicide",
  ],
  [
    "Ang asawa ko ay uminom ng maraming sleeping pills at alak. Hindi na siya magising. Tulungan ninyo kami.",
    "suicide",
  ],
  [
    "Teman sekamar saya menggantung diri di kamar mandi asrama. Kami sudah menurunkannya tapi dia tidak bernapas.",
    "suicide",
  ],
  [
    "Mi esposo se subió a la grúa de la obra y dice que se va a tirar. Está borracho y ya está arriba.",
    "suicide",
  ],
  ["แม่ของฉันกินยานอนหลับไปทั้งขวด ตอนนี้ปลุกไม่ตื่นแล้ว ช่วยด้วย", "suicide"],
  // Abuse: errands first, then direct.
  [
    "保育所の延長保育の申し込みに来ました。あと、いま隣の部屋から男の子の「やめて、痛い」という声と、ハンガーでたたく音がずっと続いています。",
    "abuse",
  ],
  [
    "学童のお迎えの時間の確認です。それと、いまお迎えに来たお父さんが、車の前で女の子の髪をつかんで地面に引きずっています。",
    "abuse",
  ],
  [
    "子ども医療証の住所変更なんですが、同じアパートの二階のベランダに、この雪の中、小さい子が裸足で一時間以上出されたまま泣いています。",
    "abuse",
  ],
  [
    "乳幼児健診の日程を聞きたいんですが……実は、うちの夫がいま、泣きやまない赤ちゃんを激しく揺さぶっていて、私では止められません。",
    "abuse",
  ],
  [
    "介護ベッドのレンタルのことで伺ったヘルパーです。訪問先のおばあさんが、息子さんに手足をビニールひもでベッドに縛られて、三日何も食べていないと言っています。",
    "abuse",
  ],
  [
    "見守り登録の件でお電話しました。近所のおじいさんが、いま孫に庭で物干しざおで何度もたたかれていて、頭から血が出ています。",
    "abuse",
  ],
  [
    "グループホームの面会に来た家族です。いま職員が兄の口にタオルを押し込んで、車いすごと壁に押し付けています。",
    "abuse",
  ],
  [
    "療育手帳の更新で来たんですが、待合で隣のお母さんが、障害のある娘さんの首を両手で絞めて「黙れ」と言っています。",
    "abuse",
  ],
  [
    "ひとり親の手当の現況届を出しに来ました。それと、いま元夫が子どもを連れ出して、電話の向こうで子どもを殴る音が聞こえています。",
    "abuse",
  ],
  [
    "住宅改修の見積もりで伺っている業者ですが、この家の奥の納戸に、やせ細った年配の男性が鍵をかけて閉じ込められていて、水もないようです。",
    "abuse",
  ],
  [
    "あの 子育ての 相談の 予約を あ はい あの となりの 家で いま 子どもが 逆対 されて あの ライターで やけど させられてる 声が して",
    "abuse",
  ],
  [
    "えっと 介護認定の 結果の ことで あ そうです あの いま 父が 母を 杖で なぐって て 母が たおれて うごかない",
    "abuse",
  ],
  [
    "ごみの収集日聞きたいんやけど、それよりいま向かいの家の子が、おっちゃんに水張った洗濯機のそばで頭押さえつけられてんねん。はよ来て。",
    "abuse",
  ],
  [
    "児童手当の振込日ば聞きたかったとですけど、いま隣ん子が、物置に鍵かけて閉じ込められて、もう半日出してもらえんで泣きよります。",
    "abuse",
  ],
  [
    "デイの送迎の運転手だども、迎えさ来たら、ばあちゃんが玄関で息子に蹴られで、あばら押さえてうずくまってるんだ。",
    "abuse",
  ],
  [
    "I wanted to ask about the after-school club fees, but right now my neighbour is holding his little boy over the stairwell by one arm and shouting.",
    "abuse",
  ],
  [
    "Vim perguntar sobre a creche, mas agora a vizinha trancou o bebê sozinho no carro no estacionamento e foi embora. O bebê está vermelho e chorando.",
    "abuse",
  ],
  ["我是来交护理保险费的，可是刚才在走廊看见一个男人用皮带抽打他年迈的母亲，她一直在哭。", "abuse"],
  [
    "Nandito ako para sa child allowance, pero ngayon sinasakal ng kapitbahay ko ang anak niya gamit ang kurdon ng plantsa. Naririnig ko ang sigaw.",
    "abuse",
  ],
  [
    "म बालबालिका भत्ताको बारेमा सोध्न आएको, तर अहिले छिमेकीले आफ्नो सानो छोरीलाई लठ्ठीले पिटिरहेको छ, ऊ रोइरहेकी छ।",
    "abuse",
  ],
  [
    "いま、お父さんにお湯をかけられて腕が真っ赤になってます。またかけるって言ってて、押し入れに隠れてます。",
    "abuse",
  ],
  [
    "隣の家のお母さんが、三歳くらいの子の口と鼻を手でふさいで、子どもがぐったりしています。窓から見えています。",
    "abuse",
  ],
  [
    "認知症の母が、兄に布団をかぶせられて上から押さえつけられています。母の声がしなくなりました。",
    "abuse",
  ],
  [
    "施設で、夜勤の職員が寝たきりのおじいさんの顔を何度も平手で打っています。いまも続いています。",
    "abuse",
  ],
  ["団地の踊り場で、男の人が小学生の男の子の首をつかんで手すりの外に突き出しています。", "abuse"],
  [
    "障害のある姪が、叔父に物置の柱に鎖でつながれていて、今日で三日目だと言っています。いま会いに来て見つけました。",
    "abuse",
  ],
  [
    "赤ちゃんがもう二日ミルクをもらえていません。母親は出ていったきりで、いま部屋でぐったりして泣かなくなっています。",
    "abuse",
  ],
  [
    "うちの夫が、いま娘をゴミ袋に入れて口をしばろうとしています。私はけがをして動けません。",
    "abuse",
  ],
  [
    "おとうさんが いま ぼくを ベルトで たたいてる。かおから ちが でてる。いま トイレに にげてる。",
    "abuse",
  ],
  ["ママが いもうとを おふろに しずめてる。いもうと ないてない。はやく きて。", "abuse"],
  [
    "隣の 家で あの 子どもが あ 逆さ に 吊るされて あの 竹の 棒 で たたかれて て さけび声が ずっと して ます",
    "abuse",
  ],
  [
    "となりのばあちゃんが、いま嫁さんに髪つかまれて廊下引きずられよる。顔から血ぃ出とるんよ。",
    "abuse",
  ],
  ["となりのわらばーが、いま親にたばこの火押しつけられてて、ずっと泣いてるさ。", "abuse"],
  [
    "My grandfather is tied to his chair and my uncle is hitting him with a walking stick. I am hiding in the kitchen.",
    "abuse",
  ],
  ["옆집 아이가 지금 아빠한테 맞고 있어요. 벽에 머리를 계속 부딪치는 소리가 나요.", "abuse"],
  [
    "Hàng xóm của tôi đang nhốt đứa bé trong tủ lạnh cũ ngoài ban công. Tôi nghe tiếng đập cửa rất yếu.",
    "abuse",
  ],
  [
    "Mi vecino tiene a su hijo de cinco años atado a la barandilla del balcón, bajo la nieve, desde hace horas. Ya no llora.",
    "abuse",
  ],
  [
    "Majikan saya sedang memukul nenek yang saya rawat dengan tongkat. Dia berdarah dan tidak bisa bangun.",
    "abuse",
  ],
  [
    "Meu padrasto está batendo na minha irmãzinha com um fio elétrico agora. Ela tem seis anos.",
    "abuse",
  ],
  [
    "向かいの家のじいさまが、息子に雨戸閉めた部屋に閉じ込められて、三日食べさせてもらえんで、いま声がせんようになっとるんだわ。",
    "abuse",
  ],
  // Violence: errands first, then direct.
  [
    "開庁時間を聞きたかったんですけど、いま市役所の前のバス停で、男が包丁を振り回して、並んでいた人が一人刺されて倒れています。",
    "violence",
  ],
  [
    "駐車場の場所を教えてほしいんですが、その駐車場でいま男の人が二人、スパナで殴り合っていて、一人が動かなくなりました。",
    "violence",
  ],
  [
    "転居届を出しに来たんですが、DVで別れた夫がいまロビーに入ってきて、「見つけた、殺してやる」とナイフを出しています。",
    "violence",
  ],
  [
    "住民税の納付書をなくしたので再発行を……あの、それどころじゃなくて、いま外で夫が玄関のドアを斧でたたき割ろうとしています。",
    "violence",
  ],
  [
    "空き家の草刈りの件で現地に来ているんですが、隣の空き家に入り込んでいる男が、鉄の棒を持ってこちらに向かってきます。",
    "violence",
  ],
  [
    "粗大ごみの受付の窓口で、前に並んでいた男性が職員さんの胸ぐらをつかんで、カッターを突きつけています。",
    "violence",
  ],
  [
    "がん検診の結果を聞きに来たんですが、待合室で男が隣の女性の首を後ろから絞めています。誰も止められません。",
    "violence",
  ],
  [
    "出産育児一時金の申請のことです。その、いま夫が酔って帰ってきて、私のおなかを何度も蹴ってきて、いまトイレに逃げ込んで電話しています。",
    "violence",
  ],
  [
    "手話通訳の派遣をお願いしたいろう者の友人の代わりに電話しています。いまその友人の家に、元交際相手がバールで窓を割って入ってきたとメールが来ました。",
    "violence",
  ],
  [
    "車いすの修理の見積もりを取りに来たのですが、入口の自動ドアのところで、若い男がお年寄りを突き飛ばして、倒れた人を何度も踏みつけています。",
    "violence",
  ],
  [
    "国民年金の納付書の件でお電話しました。いま隣の部屋で、男が「火をつけてやる」と叫びながら廊下にガソリンをまいています。",
    "violence",
  ],
  [
    "空き家の解体補助の相談で来ました。解体現場でいま、職人さん同士がけんかになって、一人がハンマーで頭を殴られて倒れています。",
    "violence",
  ],
  [
    "あ もしもし ごみ袋の 値段を あ いや いま 駅前で あの 男の 人が 葉物 持って 人を 追いかけて て 何人か 指されて",
    "violence",
  ],
  [
    "えっと 後期高齢者の 通知の ことで あの いま 家の 前で 息子が 近所の 人に 金属 バットで なぐり かかって て",
    "violence",
  ],
  [
    "原付の廃車の手続きやねんけど、いま店の前でチンピラが兄ちゃんを囲んで、ビール瓶で頭どついて、兄ちゃん血ぃ流して倒れとんねん。",
    "violence",
  ],
  [
    "予防接種の券のことで来たとですけど、いま公民館の前で、酔っ払いが女の人ば殴りよって、倒れた人の頭ば蹴りよります。",
    "violence",
  ],
  [
    "納税証明書を取りに来たがやけど、いま表の駐車場で男が猟銃を車から出して、人に向けちゅうがよ。",
    "violence",
  ],
  [
    "I am here about the vacant-house bank, but there is a man in the lobby right now swinging a machete and people are running.",
    "violence",
  ],
  [
    "我是来问保育园入园结果的，现在楼下有个男的拿着刀在追一个女人，她已经被砍伤了，在流血。",
    "violence",
  ],
  [
    "Vim por causa do seguro de saúde, mas agora no estacionamento um homem está esfaqueando outro. Tem muito sangue.",
    "violence",
  ],
  [
    "Tôi đến hỏi về thuế xe máy, nhưng bây giờ ở ký túc xá có người cầm dao đâm bạn tôi, bạn tôi chảy nhiều máu.",
    "violence",
  ],
  [
    "건강검진 날짜를 물어보려고 했는데요, 지금 아파트 주차장에서 남자가 여자를 차로 치려고 계속 쫓아가고 있어요.",
    "violence",
  ],
  [
    "いま夫に包丁を突きつけられています。子どもと寝室に鍵をかけてこもっています。ドアを蹴っています。",
    "violence",
  ],
  [
    "コンビニの前で、男が女性を車に無理やり押し込もうとしています。女性が叫んでいます。ナンバーは見えません。",
    "violence",
  ],
  ["電車の中で、男がハサミで乗客を刺しています。いま次の駅に着くところです。", "violence"],
  [
    "公園で、中学生くらいの子が何人かに囲まれて、バットで殴られています。もう倒れていて動きません。",
    "violence",
  ],
  [
    "隣の家に強盗が入っています。包丁を持った男が二人、おばあさんを縛っているのが窓から見えます。",
    "violence",
  ],
  [
    "元彼がいま家の前にいて、灯油をまいてライターを持っています。「出てこないと火をつける」と言っています。",
    "violence",
  ],
  [
    "祭りの会場で、男がナイフを振り回して、浴衣の女の子が刺されました。人が逃げ回っています。",
    "violence",
  ],
  [
    "いま会社の事務所に元社員が押しかけてきて、社長を鉄パイプで殴っています。社長が血を流して倒れています。",
    "violence",
  ],
  ["妻がいま包丁を持って私を追いかけてきます。腕を切られました。外に逃げています。", "violence"],
  ["路上で、男がホームレスの人を何人かで蹴っています。その人はもう動いていません。", "violence"],
  [
    "つきまとっていた男が、いま保育園の門の前で娘の手をつかんで連れていこうとしています。",
    "violence",
  ],
  [
    "いま へやに しらない ひとが はいってきて ナイフを もってる。わたしは クローゼットに かくれてる。",
    "violence",
  ],
  [
    "いま えっと 上の 階で あの 殺すぞ って こえと あの なにか 殴る 音と ひめい が ずっと",
    "violence",
  ],
  ["いま、店の前で男が刃物持って暴れよる。店員さんが腕切られて血まみれなんよ。", "violence"],
  [
    "いま、うちの前で車から降りてきた男が、木刀でうちの旦那を殴っとるんだわ。旦那が倒れとるもんではよ来て。",
    "violence",
  ],
  [
    "Someone just shot at the people outside the bar with what looks like a real gun. Two people are on the ground.",
    "violence",
  ],
  [
    "My boyfriend is strangling me, I got away into the bathroom but he is breaking the door.",
    "violence",
  ],
  ["有个男的在车站广场拿刀乱砍，已经有好几个人倒在地上了。", "violence"],
  [
    "Un hombre está golpeando a una mujer con un martillo en la calle, delante de la estación de Mukunodai.",
    "violence",
  ],
  [
    "Ada orang yang menyerang teman saya dengan parang di depan asrama pabrik. Tangannya hampir putus.",
    "violence",
  ],
  ["मेरो श्रीमानले अहिले चक्कु लिएर मलाई मार्छु भन्दैछन्, म बच्चासँग बाथरुममा लुकेकी छु।", "violence"],
  [
    "May lalaking may kutsilyo na pumasok sa apartment namin at sinaksak ang kasama ko. Marami siyang dugo.",
    "violence",
  ],
  [
    "Dois homens estão batendo num rapaz com barras de ferro atrás da fábrica. Ele não se mexe mais.",
    "violence",
  ],
  // Medical: errands first, then direct.
  [
    "マイナ保険証の登録のことで来たのですが、いま待合の椅子で隣のおじいさんが急に倒れて、呼びかけても反応がなく、息もしていないようです。",
    "medical",
  ],
  [
    "住民票を取りに来たんですが、母がいま急に「頭が割れるように痛い」と言ってうずくまって、吐いています。",
    "medical",
  ],
  [
    "高額療養費の申請の件で電話しました。いま父の顔の右半分が急に垂れて、言葉がもつれて、右手が上がりません。",
    "medical",
  ],
  [
    "保育園の入所の書類のことで……すみません、いま一歳の子がボタン電池を飲み込んだみたいで、よだれが止まらず苦しそうです。",
    "medical",
  ],
  [
    "葬祭費の申請をしたいんですが、その前に、いま祖母が白玉だんごをのどに詰まらせて、顔が紫色になっています。",
    "medical",
  ],
  [
    "児童扶養手当の書類の件です。それと、いま息子がそばを食べたあと全身にじんましんが出て、息がヒューヒューいっています。",
    "medical",
  ],
  [
    "妊婦健診の受診券のことで電話しました。いま三十二週なんですが、急におなかが板みたいに硬くなって、出血が止まりません。",
    "medical",
  ],
  [
    "福祉用具のレンタルのことでお電話しました。在宅酸素の機械が停電で止まって、夫の唇が紫になってきています。",
    "medical",
  ],
  [
    "空き家の管理の件で、いま現地に来ています。一緒に来た兄が屋根の点検中に落ちて、頭から血を出して意識がありません。",
    "medical",
  ],
  [
    "粗大ごみの持ち込みに来た者ですが、いま搬入口で作業員さんが重機に足を挟まれて、ものすごく出血しています。",
    "medical",
  ],
  [
    "要介護認定の結果を聞きたかったのですが、いま母が浴槽の中で沈みかけていて、引き上げたけど息をしていません。",
    "medical",
  ],
  [
    "軽自動車税の納付のことでお電話しました。実はいま、田んぼの用水路に軽トラごと父が落ちて、水の中で動いていません。",
    "medical",
  ],
  [
    "自立支援医療の更新の相談です。いま息子がてんかんの発作を起こして、もう十分以上けいれんが止まりません。",
    "medical",
  ],
  [
    "開庁時間の確認です。あと、いま庁舎の二階の階段で、女性が足を踏み外して転げ落ちて、首が変な向きになっています。",
    "medical",
  ],
  [
    "生活保護の申請のことで来ました。一緒に来た友達が、ここ数日何も食べていなくて、いま玄関で倒れて、体が冷たくて返事をしません。",
    "medical",
  ],
  [
    "騒音の苦情でお電話したんですが、うるさかった隣の部屋から、いま黒い煙が出ていて、中から人のうめき声がします。",
    "medical",
  ],
  [
    "デイサービスの送迎の時間の確認で電話しました。いま父が低血糖で、冷や汗をかいて、呼んでもぼんやりして答えません。",
    "medical",
  ],
  [
    "あの 国保の 資格確認書の ことで あ はい あの いま 夫が 胸が くるしい って 冷や汗 かいて あの 新筋 梗塞 かも",
    "medical",
  ],
  [
    "えー 特定健診の 予約を あの すみません いま 母が 倒れて 粋 を して なくて あの 心臓 マッサージ して ます",
    "medical",
  ],
  ["住民票の あの 写しを あ いや いま 家が 加持 で あの 二階に 祖父が まだ いて 煙が", "medical"],
  [
    "印鑑証明取りに来てんけど、いま駐車場で車の中に子ども残されとって、ぐったりして汗も出てへんねん。この暑さやで。",
    "medical",
  ],
  [
    "介護保険の申請さ来たんだども、いま外で雪下ろししてたじいさんが屋根から落ちで、雪さ埋まって出てこねえんだ。",
    "medical",
  ],
  [
    "年金の手続きで来たとですけど、いま畑で親父が草刈り機で足ば切って、血が噴き出しよります。",
    "medical",
  ],
  [
    "I came for the child health check date, but my baby is floppy, has a very high fever and a purple rash that does not fade.",
    "medical",
  ],
  ["我是来问垃圾分类的，可是我婆婆刚才吃年糕噎住了，现在说不出话，脸都发紫了。", "medical"],
  [
    "Vim pela inscrição na creche, mas meu marido caiu do andaime na obra e não está respondendo. Tem sangue na cabeça.",
    "medical",
  ],
  [
    "Tôi muốn hỏi về phiếu tiêm chủng, nhưng bây giờ bạn tôi bị điện giật ở nhà máy và không thở nữa.",
    "medical",
  ],
  [
    "Mau tanya jadwal pemeriksaan kesehatan, tapi teman saya pingsan di ladang karena panas, badannya sangat panas dan tidak sadar.",
    "medical",
  ],
  [
    "父がこたつで寝たまま、いびきをかいて起きません。揺すっても目を開けず、片方の手がだらんとしています。",
    "medical",
  ],
  ["いま家で陣痛が来て、赤ちゃんの頭が出てきています。病院まで間に合いません。", "medical"],
  ["子どもが川で流されました。いま下流の方に見えなくなりました。椋ノ台の河川敷です。", "medical"],
  ["夫がハチに刺されて、いま顔がはれ上がって、息ができないと言って倒れました。", "medical"],
  [
    "石油ストーブをつけたまま寝ていた祖母が、頭が痛いと言ってもうろうとしています。部屋が息苦しいです。",
    "medical",
  ],
  ["母が血を大量に吐いて、洗面器いっぱいになっています。顔が真っ白です。", "medical"],
  ["プールで小学生が沈んでいるのを引き上げました。息をしていません。", "medical"],
  ["工場でプレス機に同僚の手が挟まれて、指がちぎれそうです。血が止まりません。", "medical"],
  ["赤ちゃんがうつぶせで寝ていて、いま見たら顔色が真っ青で、息をしていないみたいです。", "medical"],
  ["喘息の息子が吸入しても全然よくならず、唇が紫で、話せなくなっています。", "medical"],
  ["夫がトイレで倒れて、胸を押さえたまま動きません。脈がわかりません。", "medical"],
  ["台所で油に火が入って、母が腕と顔にやけどをして、服に火が燃え移りました。", "medical"],
  ["おばあちゃんが たおれて うごかない。よんでも へんじ しない。いえには わたしだけ。", "medical"],
  ["ともだちが いけに おちた。うかんで こない。いま いけの そばに いる。", "medical"],
  [
    "あの いま 祖父が もち を 喉に つまら せて あ 背中 たたいて る けど 出なく て 意識 が",
    "medical",
  ],
  ["えっと むすこが あの 階段 から おちて あの 頭 うって けいれん して て 呼んで も", "medical"],
  ["いま海でおじいが溺れて、引き上げたけど息してないさ。ビーチの駐車場のとこ。", "medical"],
  [
    "いま牧場で親父が牛に蹴られて、腹押さえて倒れてるんだわ。顔色真っ白でしゃべれないんだわ。",
    "medical",
  ],
  [
    "うちのばあさまが熱中症でにゃあかと思うんだわ、部屋で倒れとって体が熱うて、呼んでも返事せんのだわ。",
    "medical",
  ],
  ["いま、じいちゃんが耕運機の下敷きになっちゅう。足が抜けんし、息が苦しそうながよ。", "medical"],
  [
    "My wife just collapsed in the kitchen, she is not breathing and I cannot feel a pulse.",
    "medical",
  ],
  [
    "My daughter ate some peanuts at a party and now her throat is closing, we do not have an epinephrine pen.",
    "medical",
  ],
  ["아버지가 갑자기 쓰러졌어요. 말을 못 하고 한쪽 팔다리가 안 움직여요.", "medical"],
  ["Ang lolo ko ay nahulog sa hagdan at hindi gumagalaw. May dugo sa ulo niya.", "medical"],
  ["Mi bebé tragó lejía hace unos minutos y está vomitando y llorando mucho.", "medical"],
  ["मेरो साथी कारखानामा बेहोस भयो, सास फेर्दैन, के गर्ने?", "medical"],
  [
    "二歳の子がコンロの鍋をひっくり返して、胸から下に熱湯をかぶりました。皮がむけて、泣き声が弱くなってきています。",
    "medical",
  ],
];

/** Ordinary desk traffic that borrows crisis words; the desk must not raise the emergency route. */
export const RED_TEAM_29_LOOK_ALIKES: readonly string[] = [
  // Borrowing suicide and self-harm words.
  "自殺予防週間にあわせて、椋ノ台の商店街でのぼり旗を立てたいのですが、市から旗を借りられますか。",
  "ゲートキーパー養成講座の二回目に申し込みたいのですが、土曜の部はまだ空きがありますか。",
  "兄が三年前に自死しました。遺族の分かち合いの会が区でもあると聞いたので、次の日程を教えてください。",
  "父が亡くなって葬祭費の申請をしたいです。自宅で亡くなったので、死亡診断書ではなく死体検案書になっていますが、それでも大丈夫ですか。",
  "去年、薬を多めに飲んでしまって入院したことがあります。いまは通院して落ち着いていて、自立支援医療の更新の手続きを聞きたいです。",
  "昔リストカットしていた跡が腕にあって、マイナカードの写真を撮るとき半袖だと写りますか。長袖で撮っても問題ないですか。",
  "車の牽引ロープを捨てたいんですけど、燃えるごみでいいですか、粗大ですか。",
  "こたつ用の豆炭が物置にたくさん残っています。何ごみになりますか。",
  "亡くなった母の薬が大量に残っていて、捨て方がわかりません。薬局に持っていけばいいんでしょうか。",
  "死に物狂いで引っ越しの準備をしていて、転出届を出しに行く時間がないんです。郵送でもできますか。",
  "確定申告が終わると毎年死んだように眠ります。課税証明書はいつから今年の分が出ますか。",
  "庁舎の駐車場の出口が死角になっていて危ないので、ミラーをつけてほしいです。",
  "会社を首になったので、国保に入る手続きと、保険料の減免の相談をしたいです。",
  "死活問題なんです、児童手当の振込が遅れると。今月の振込日はいつですか。",
  "首を長くして待っているんですが、マイナカードの交付通知はまだですか。",
  "娘の中学校で命の大切さを学ぶ授業があり、市のSOSの出し方教室の講師を頼みたいと先生が言っています。どこに頼めばいいですか。",
  "小説で主人公が崖から身を投げる場面を書いています。取材で地域の相談窓口の仕組みを教えてもらうことはできますか。",
  "劇団の公演で、首をつる場面のある芝居をやります。公民館のホールの使用申請はどこに出しますか。",
  "いのちの電話のボランティア相談員の養成講座が、市内であるか知りたいです。",
  "鶉川橋に転落防止の柵を高くしてほしいという要望書を町内会で出したいのですが、受付はどこでしょうか。",
  "祖父は二十年前に首をつって亡くなりました。その家を相続したので、空き家バンクに登録したいです。",
  "終活の相談です。お墓の引っ越しの許可は、どこの課で出してもらえますか。",
  "「遺書」という題の古い映画の上映会を公民館でやりたいので、ホールの予約方法を教えてください。",
  "心の健康相談の日は、保健師さんと話せると聞きました。予約は何日前までですか。",
  "もう飛び降りたい気分ってくらい恥ずかしい間違いをしました。転居届の住所を一文字間違えたんですが、直せますか。",
  "昨日の夜は本当に死ぬかと思うくらいお腹が痛かったけど、もう治りました。特定健診の予約は取れますか。",
  "うちの猫が先週ユリの花を食べて死にかけましたが、獣医さんのおかげで元気です。ペットの死骸の引き取りって本来はどこですか、念のため聞いておきたくて。",
  "夫は五年前に自殺未遂をしましたが、いまは元気に働いています。遺族年金ではなく、夫の年金記録の確認をしたいです。",
  "自殺対策計画のパブリックコメントはいつまで受け付けていますか。",
  "職場でメンタルヘルスの研修をしたいので、保健師さんの出前講座をお願いできますか。",
  "まえに しにたいと おもったことが あります。いまは だいじょうぶです。びょういんの おかねの てつづきを ききたいです。",
  "きのう しぬほど さむかったです。だんぼうの おかねの たすけは ありますか。",
  "とびおり あ いや 飛び石 連休 の 間 って 窓口 は あいて ます か",
  "いしょ あ いや いしょう です 衣装 あの 公民館 の 劇 の 衣装 を 借り られ ますか",
  "しにせ あ 老舗 の お店 の 営業 許可 じゃ なくて 商店街 の 補助 の こと で",
  "すいみん やく あ いや すいみん じかん が みじかい ので とくてい けんしん で そうだん できます か",
  "くびに あ いや 首位 に なった 少年 野球 チーム の 表彰 の こと で",
  "練炭 あ いや 連単 あの 競馬 の 話 じゃ なくて 税金 の 連帯 納付 の こと です",
  "もう死ぬかと思たわ、区役所の階段しんどいねん。エレベーターどこにあるん？",
  "死んでもよかくらい腹いっぱい食べたばってん、特定健診の前の日は何時から食べたらいかんとですか。",
  "じいちゃんが死んでからもう七回忌だども、相続した田んぼの固定資産税の通知ば、どこさ聞けばいいべ。",
  "仕事が多すぎてくたばりそうじゃけえ、コンビニ交付で住民票取れるか教えてくれん？",
  "I am dead tired after the night shift. Can I get the residence certificate at a convenience store instead?",
  "I am writing a crime novel where a character jumps from a bridge. Is there a ward library where I can read about the local river history?",
  "My grandfather died by suicide many years ago in my home country. I now need his death record translated for my pension. Which desk handles that?",
  "Where can I sign up for the suicide prevention gatekeeper course in English?",
  "我累得要死，想问一下周六能不能办理转入手续。",
  "我想扔掉旧的晾衣绳，应该按哪种垃圾处理？",
  "我爷爷去世了，想申请丧葬费，需要带什么材料？",
  "배고파 죽겠어요. 구청 근처에 식당이 있나요? 오후 창구는 몇 시에 열어요?",
  "자살 예방 캠페인 포스터를 우리 가게에 붙이고 싶은데 어디서 받을 수 있나요?",
  "Estou morto de sono depois do turno da noite. O cartão My Number pode ser retirado no sábado?",
  "Meu tio morreu no ano passado no Brasil. Preciso mudar os dados do seguro de saúde aqui. Como faço?",
  "Tôi mệt muốn chết. Xin hỏi thủ tục chuyển nhà có thể làm vào cuối tuần không?",
  "Tôi muốn vứt dây phơi quần áo cũ, nó là rác gì?",
  "Me muero de ganas de saber si ya salió el resultado de la guardería.",
  "Nakakamatay ang init ngayon. Saan po ang cooling shelter malapit sa opisina?",
  "Saya mau buang obat sakit kepala lama milik almarhum ayah saya. Bagaimana cara membuangnya?",
  "मेरो हजुरबुबाको धेरै वर्ष पहिले मृत्यु भयो, अहिले पेन्सनको कागज चाहियो, कुन काउन्टर जानु?",
  "ร้อนจะตายแล้ว ในสำนักงานเขตมีที่นั่งพักไหมคะ",
  // Borrowing abuse words.
  "児童虐待防止のオレンジリボンを、うちの保育園の玄関に飾りたいので、まとめて五十個ほどいただけますか。",
  "子どもの頃に親からたたかれて育ちました。もう四十年前の話で、いまは自分が子育て中です。子育て相談の予約を取りたいです。",
  "高齢者虐待防止の研修を、介護事業所向けに今年もやりますか。去年は椋ノ台公民館でしたよね。",
  "189の番号が書かれたポスターを、町内会の掲示板に貼りたいので、何枚かもらえますか。",
  "昔、姑にいびられていた話を日記に書いていたんですが、もう読み返さないので、その日記帳を燃えるごみに出していいですか。",
  "息子の足のあざのことで保育園の先生に聞かれましたが、公園の遊具でぶつけたもので、小児科でも診てもらいました。念のため医療証の使い方を教えてください。",
  "母の介護でつい声を荒げてしまうことがあって反省しています。介護者のつどいはいつありますか。",
  "虐待だよ、こんなに書類が多いなんて。児童手当の現況届ってまだ紙で出すんですか。",
  "体罰によらない子育て講座のチラシを見ました。申し込みは電話でいいですか。",
  "成年後見制度の説明会に行きたいです。親が認知症になったときに備えたいので。",
  "要保護児童対策地域協議会の委員の任期はいつまでですか。町内会長として名前が挙がっているそうです。",
  "うちの犬がほかの犬にいじめられていた子で、保護犬として引き取りました。犬の登録はどこですか。",
  "ドラマで児童虐待を扱った回を見て、里親に関心を持ちました。里親の説明会はありますか。",
  "ネグレクトという言葉を研修で習いました。保育士向けの子どもの権利の研修は、市でもやっていますか。",
  "「育児放棄」をテーマにした写真展を公民館のギャラリーでやりたいのですが、借りられますか。",
  "虐待防止のリーフレットを外国語版で欲しいです。ベトナム語とネパール語はありますか。",
  "祖母がデイサービスで転んで手首にあざができましたが、職員さんから連絡をもらって、病院で診てもらって問題ありませんでした。介護保険の福祉用具で手すりを借りたいです。",
  "むかし おやに たたかれました。いまは ひとりで くらしています。しょうがいしゃてちょうの こうしんを したいです。",
  "こどもの ほいくえんの おかねの ことを ききたいです。たたかない こそだての ほんは どこで もらえますか。",
  "えっと ぎゃく たい あ いや 逆に 大丈夫 です か ね あの 児童 手当 の 振込 日 って",
  "あの ほうち あ いや 報知 器 の 古い 火災 報知 器 を 捨てたい ん です",
  "しばって あ いや 芝 刈って もらえ ない か と 空き家 の 庭 の 芝 が",
  "すてご あ いや 捨て ごみ じゃ なくて 資源ごみ の 日 は 何曜 です か",
  "虐待 じゃ なくて 脚立 を あの 粗大ごみ に 出したい ん です けど",
  "うちのおかん、昔は怒るとすぐ物差しでしばいてきてん、今となっては笑い話やけどな。ほんで母子手帳の再発行ってどこ？",
  "子どもの頃は悪さしたら納屋に閉じ込められよったばい、昔はどこもそうやったけん。空き家になったその納屋ば壊す補助はあるとですか。",
  "昔はおじいによくげんこつもらったさぁ。いまは仏壇のことで相続の書類がいるんだけど、戸籍はどこでとれる？",
  "Is the child abuse prevention training for nursery staff held in English as well?",
  "My mother-in-law used to be harsh with me years ago, but we get along fine now. I need to add her to my health insurance as a dependent. Where do I go?",
  "我想要一些防止虐待儿童的宣传单，给我们中文学校的家长看。",
  "我小时候被父母打过，现在都过去了。我想问问怎么办理育儿补贴。",
  "아동학대 예방 강의를 학부모회에서 듣고 싶은데 강사를 부를 수 있나요?",
  "Quero um cartaz sobre prevenção de maus-tratos infantis para a igreja. Tem em português?",
  "Tôi muốn tham gia lớp học nuôi dạy con không đánh con. Đăng ký ở đâu ạ?",
  "Mi abuela sufrió mucho en su juventud, pero ya falleció hace años. Necesito su registro familiar para la herencia.",
  "Saan po pwedeng kumuha ng leaflet tungkol sa pang-aabuso sa matatanda, para sa aming caregiver class?",
  "Saya perawat lansia. Apakah ada pelatihan pencegahan kekerasan terhadap lansia bulan depan?",
  "昔の嫁いびりの話なんてもう昔話だべ。姑も亡くなったし、その家さ空き家バンクに出してえんだ。",
  "子どもが遊びで「ぎゃくたいだー」と言ってふざけるんですが、幼稚園で覚えたみたいです。それとは別に、予防接種の予診票をなくしました。",
  "里親として預かっている子の医療証は、どこで手続きしますか。前の家で大変な思いをした子ですが、いまはうちで元気にしています。",
  // Borrowing violence words.
  "使わなくなった包丁を三本捨てたいんです。新聞紙で包んで不燃ごみでいいですか。",
  "祖父の遺品の弓道の弓と矢を捨てたいです。弓は二メートル以上あります。",
  "息子が集めていたヌンチャクとモデルガンを捨てたいです。何ごみですか。",
  "園芸用の剪定ばさみとノコギリを捨てたいです。刃の部分はどう包めばいいですか。",
  "防犯教室を町内会で開きたいので、講師を紹介してもらえますか。",
  "通学路の見守り隊のベストと腕章を、新しく入った人の分もらいたいです。",
  "闇バイトの注意を呼びかけるチラシを、高校の保護者会で配りたいです。",
  "剣道の少年団の練習で区の体育館を借りたいです。竹刀を使うので床の保護が必要か聞きたいです。",
  "ミステリー小説の朗読会で、毒殺の場面を読みます。椋ノ台図書館の集会室の予約はどこですか。",
  "先月、駅前で酔っ払いに絡まれて殴られましたが、けがは治って、警察への届けも済んでいます。そのときの診断書の費用は医療費控除になりますか。",
  "元夫からのDVで三年前に避難しました。いまは落ち着いていますが、住民票の閲覧制限の更新の時期を教えてください。",
  "隣の人とけんかしたのは去年の話で、もう和解しています。その人の家の騒音の件ではなく、ごみの出し方の件で相談です。",
  "窓口で怒鳴り込んでやろうかと思うくらい待たされましたが、もう終わりました。番号札は何番まで呼ばれていますか。",
  "上司に殺されるかと思うくらい叱られたので、休職します。国保に切り替える手続きを教えてください。",
  "娘が空手の大会で優勝しました。市のスポーツ表彰の推薦はどこでしょうか。",
  "刃傷沙汰になりそうなくらい町内会の会議がもめましたが、結局まとまりました。集会所の予約はどこですか。",
  "保育園で刺股を買うのに使える補助はありますか。",
  "子ども相撲大会を公民館の広場でやってもいいですか。土俵は仮設です。",
  "空き家にスズメバチの巣があるので駆除したいです。業者に頼むときの補助はありますか。",
  "暴力団追放の看板を町内に立てたいのですが、どこでもらえますか。",
  "夫が昔ぶん殴られた相手というのは、実は高校のボクシング部の先輩で、いまは仲のいい友達です。その先輩が転入してきたので、住民票のことを聞きたいそうです。",
  "まえの いえで おっとに たたかれて にげました。いまは あんぜんです。じゅうみんひょうを みせないように する てつづきを ききたいです。",
  "こどもが けんどうの ぼくとうを こわしました。すてかたを おしえて ください。",
  "あの 刺さ あ いや ささ の 葉 っぱ を 七夕 の あと 燃える ごみ で",
  "なぐって あ いや なくして しまって あの 印鑑 登録 証 を 再発行 したい ん です",
  "なぐり がき あ 殴り書き みたいな 字 で 申請書 書いちゃった ん です けど 書き直し できます か",
  "はもの あ 刃物 じゃなくて はものの 天ぷら を 出す お店 の 営業 許可 って 市 ですか",
  "さつじん あ いや さっきん あの 殺菌 スプレー の 空き缶 は 何 ごみ です か",
  "しばいたろかと思うくらい腹立ったけど、もう済んだ話や。それより粗大ごみの券どこで売ってんの？",
  "ぶち殺されるかと思うほど嫁に怒られたわい。住民票の住所、一文字間違えとったんよ、直せる？",
  "ケンカ祭りの山車の練習で公民館の駐車場使いたいんだわ。申し込みはどこだがね。",
  "昔は喧嘩ばっかりしよった兄貴と、今は一緒に空き家の片付けしよります。解体の補助の書類はどこでもらうとですか。",
  "I want to throw away an old axe and a chainsaw. Which collection do they go to?",
  "My boss will kill me if I am late again. What time does the ward office open on Monday?",
  "I was mugged near the station last year, but it is all settled now. I just need to update the address on my residence card.",
  "我想把家里旧的剪刀和水果刀扔掉，用报纸包好可以当不可燃垃圾吗？",
  "我们武术协会想借区里的体育馆练太极剑，怎么申请？",
  "태권도 시범 공연을 구민 축제에서 하고 싶은데 신청은 어디서 하나요?",
  "Meu chefe vai me matar se eu faltar de novo. A prefeitura abre no sábado?",
  "Nhà tôi có một cây kéo cũ và cái cưa muốn vứt. Là rác gì và cần gói thế nào?",
  "Quiero inscribir a mi hijo en la clase de judo del centro comunitario.",
  "Gusto ko pong itapon ang lumang espada ng lolo ko na pang-display lang. Paano po?",
  "मेरो हाकिमले मलाई मार्छ होला यदि ढिलो भएँ भने, मजाक हो। कार्यालय कति बजे खुल्छ?",
  "Anak saya ikut lomba gulat. Apakah ada bantuan biaya dari kota?",
  "ฉันอยากทิ้งมีดทำครัวเก่าๆ ต้องห่อยังไงคะ",
  // Borrowing medical words.
  "AEDの使い方の講習会は、町内会単位で申し込めますか。十人くらいです。",
  "普通救命講習の修了証をなくしました。再発行は消防ですか、区役所ですか。",
  "子ども会で心臓マッサージを体験させたいので、消防の出前講座を頼みたいです。",
  "父は去年の冬に脳梗塞で倒れましたが、リハビリをして、いまは杖で歩けています。要介護認定の更新の書類を送ってもらえますか。",
  "先月、子どもがミニトマトをのどに詰まらせかけましたが、すぐ吐き出して元気です。乳幼児健診で誤嚥のことを聞けますか。",
  "夏に熱中症で救急車を呼んだことがある母のために、クーリングシェルターの場所を一覧で欲しいです。",
  "使わなくなった在宅酸素のボンベは、業者が回収するんでしょうか、それとも市のごみですか。",
  "インスリンの注射針は何ごみで出せばいいですか。",
  "使わなくなった血圧計と血糖測定器を捨てたいです。電池は抜いてあります。",
  "使い終わった湿布薬と、古い水銀の体温計を捨てたいです。",
  "心臓に悪いです、保険料の通知の金額が高くて。通知の見方を教えてください。",
  "息が詰まりそうなほど混んでいました、先週の月曜の窓口。今週は空いていますか。",
  "血の気が引きました、マイナカードをなくしたかと思って。でも見つかりました。念のため一時停止は必要ですか。",
  "引っ越しの荷造りで熱が出そうなくらい忙しいです。転出届は引っ越しの何日前から出せますか。",
  "胸が張り裂けそうな映画でした、と娘が言っています。ところで、子ども医療費の助成は何歳までですか。",
  "人工肛門の装具の使用済みのものは、何ごみで出せばいいですか。",
  "うちの犬が散歩中に熱中症っぽくなって、動物病院で点滴してもらって回復しました。犬の登録の住所変更をしたいです。",
  "飼っているインコが年で弱ってきました。もし死んでしまったら、庭に埋めてもいいですか、それとも何ごみですか。",
  "去年、田んぼで熱中症になって救急搬送されましたが、もう治っています。そのときの医療費が高額療養費になるか知りたいです。",
  "母が先週骨折して入院しましたが、手術も終わって来週退院です。退院後に使える介護サービスを知りたいです。",
  "出産のとき大量出血しましたが、いまは母子ともに元気です。出産育児一時金の残りの請求はどうすればいいですか。",
  "子どもが川で溺れかけたのは去年の夏で、いまはスイミングに通っています。水難事故防止の教室はありますか。",
  "救急医療情報キットを冷蔵庫に入れておくとよいと聞きました。どこでもらえますか。",
  "献血バスが区役所に来る日はいつですか。",
  "骨髄バンクのドナー登録会は、今年も区役所でありますか。",
  "火事で焼けた物置のがれきを片付けたいです。火事は半年前で、けが人はいませんでした。",
  "古い消火器を捨てたいです。十年以上前のものです。",
  "救急車の適正利用のポスターを、うちの診療所の待合に貼りたいので、何枚かいただけますか。",
  "きのう ころんで ひざを けがしました。もう なおりました。びょういんの おかねを かえして もらえますか。",
  "まえに びょうきで たおれました。いまは げんきです。けんこうしんだんを うけたいです。",
  "えっと しんきん あ いや 信金 の 口座 で 児童 手当 を 受け取り たい ん です けど",
  "あの 一酸化 あ いや 一斉 回収 の 日 は いつ です か 資源 ごみ の",
  "きゅうきゅう しゃ あ じゃなくて きゅうしょく の 費用 の こと で 就学 援助 の",
  "けいれん あ いや 経歴 じゃ なくて あの 年金 の 加入 記録 を 見たい ん です",
  "いき が あ いや 壱岐 が 本籍 なん です けど 戸籍 は 郵送 で",
  "やけど あ いや やっぱり あの 焼け 残った 家 の 解体 補助 じゃ なくて 空き家 の 管理 の 話 です",
  "のうこう あ いや のうこうそく じゃ なくて 農耕 車 の ナンバー の こと で 税務課 です か",
  "ちっそく あ いや 地積 の 測量 図 の こと で 固定資産税 の",
  "おぼれ あ いや おぼろげ に しか 覚えて ない ん です けど 基礎 年金 番号 が",
  "あんたの説明聞いとったら心臓止まるわ、冗談やけどな。ほんで特定健診の券はいつ届くん？",
  "去年、屋根から落っこちて骨折ったけども、もうすっかりいいんだ。雪下ろしの補助はねえべか。",
  "こないだ熱出してひっくり返っとったばってん、もう治ったけん、がん検診の予約ばしたかとです。",
  "おばぁは前に倒れたけど、いまはデイサービスで元気にしてるさ。送迎の時間を変えたいんだけど。",
  "My heart nearly stopped when I saw the tax bill. Can I pay it in instalments?",
  "Is there a first-aid course in English where I can learn how to use an AED?",
  "My son had a seizure last year and is fine now on medication. Does the child medical subsidy cover his monthly check-ups?",
  "我想参加心肺复苏的培训，有中文的课程吗？",
  "작년에 쓰러져서 입원했었는데 지금은 괜찮아요. 그때 병원비 환급 신청을 하고 싶어요.",
  "심장이 멎는 줄 알았어요, 세금 고지서 보고요. 분할 납부가 되나요?",
  "Quase tive um infarto quando vi a conta de água, mas isso não é com vocês, né? Onde pago o imposto do carro?",
  "Năm ngoái tôi bị ngất vì nắng nóng, bây giờ khỏe rồi. Tôi muốn hỏi về khám sức khỏe định kỳ.",
  "Casi me muero del susto con el recibo del seguro. ¿Puedo pagarlo en cuotas?",
  "Nasaan po ang first aid training para sa mga caregiver?",
  "Saya mau buang jarum suntik insulin bekas. Masuk sampah apa?",
  "गत वर्ष म बिरामी भएर अस्पताल भर्ना भएँ, अहिले ठीक छु। स्वास्थ्य बीमाको कागज कहाँ बुझाउने?",
];
