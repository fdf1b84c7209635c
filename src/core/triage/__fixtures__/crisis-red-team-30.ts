// Crisis red team 30, frozen 2026-12-06.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 69bafc73740d4763fbd5141bf48130dd7848812b15f531f0e24c65b39585979a
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-30.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 231 lines of
// crisis-red-team-29.ts (through `sed -n 1,231p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was given in the brief of
// the session that started this one; no prompt file was opened. No lexicon, test, script, doc,
// other fixture, other sample or red-team line was opened, git was not run, git history was not
// read, the repository was not grepped for phrases, the __fixtures__ folder was not listed,
// tsconfig.json and the Prettier config were not opened, nothing was imported from src/, and
// neither the engine, jest, the benchmarks nor the madoguchi command was run. Commands run, in
// order: `date -u`, `test -e` on this file's path (it did not exist) and `mkdir -p /tmp/rt30` in
// one call; sed on crisis-red-team-29.ts as above; sed on crisis-red-team.ts as above, cat on
// departments.csv and `wc -c` on DESIGN.md in one call; cat on DESIGN.md and `date -u`; four shell
// heredocs writing, in /tmp/rt30, the crisis scratch lists (one per kind, fields separated by a
// vertical bar: kind, E for errand or D for direct, language, style, text), each followed by `wc
// -l`, cut, sort and `uniq -c` counting errand and direct lines (after the fourth also languages
// and styles) and `date -u`; a heredoc writing the suicide look-alike list (kind, a dash, language,
// style, text), `wc -l` and `date -u`; a one-off Python edit replacing one of its ASR lines and
// adding one line, `wc -l` and `date -u`; heredocs writing the abuse and violence look-alike lists,
// each followed by `wc -l` and `date -u`; a sed edit re-wording one Indonesian violence look-alike
// (a martial art already named in red team 29's header), `grep -c` to see it, a heredoc writing the
// medical look-alike list, `wc -l`, counts of languages and styles and `date -u`; sed deleting one
// medical look-alike (one too many; its topic was named in red team 29's header), `wc -l`, a
// heredoc writing a one-off Python check (five fields, kinds, counts per kind, errand and direct
// split, dash on look-alikes, styles, dialect, kana and ASR styles only in Japanese, double quotes,
// backslashes, backticks, tabs, stray and double spaces, distinct texts, lines sharing their first
// eight characters, longest line), the check run and `date -u`; a loop of grep and cut finding the
// lines that shared their first eight characters; a Python edit re-wording seven openings, the
// check and `date -u`; a sed edit re-wording one more opening, the check and `date -u`; a loop of
// cut and nl printing the crisis lists to read them over; a Python script of 27 find-and-replace
// edits (nine ASR lines given new homophone slips because red team 29's body comment names the ones
// first used, three look-alike near-misses whose words red team 29's header names, and fifteen
// look-alikes whose idiom or topic red team 29's header names, such as 死ぬほど, 虐待だよ, childhood
// smacking, old cutting scars, a fruit knife, an ambulance poster, first-aid courses and bleeding
// after birth), the check and `date -u`; a loop of cut and nl printing the look-alike lists; a
// Python edit re-wording three more look-alikes (a bridge fence and childhood smacking, both named
// in red team 29's header, and a weak Nepali line), the check and `date -u`; heredocs writing the
// body comment and a small Python script that wraps the lists into this file, printf writing a
// placeholder header, the script run once into /tmp/rt30 (`wc -l`, sed and cut on lines 1-30, `grep
// -c` for backslashes and tail to look at it) and `date -u`; cut, sort and `uniq -c` counting
// languages and styles, `grep -c` counting errand lines per kind, awk and Python line-length checks
// on the body comment and `date -u`; two Python rewraps of the body comment (one of its lines was
// past 100 characters), each followed by sed or tail to look at it and `date -u`; one call that ran
// `test -e` on this file's path (absent) and then the wrapping script from the wrong folder, which
// failed before writing anything, and `date -u`; `test -e` again (still absent), the script run
// writing this file with the placeholder header, `npx prettier --write` and `--check` on this file
// only, `wc -l` and `date -u`; sed and cut (lines 18-40) and `grep -n` for the array and
// group-comment lines on this file, `timeout 300 npx tsc --noEmit -p tsconfig.json` filtered with
// grep to this file's name (no output) and `date -u`; a heredoc writing a node script that
// transpiled this file with the typescript package's transpileModule and counted its two arrays
// (200 and 200 lines, kinds as below, 400 distinct texts, all strings, all pairs), that script run,
// a one-off Python comparison of the strings in this file with the scratch lists (same 400 texts
// and kinds in the same order) and `date -u`; sed and sha256sum for the hash and `date -u`; a
// heredoc writing this header's text and `date -u`; a one-off Python edit correcting thirteen
// details of that text after checking it against the lists, a heredoc writing a Python script that
// wraps it and rewrites only the lines above the marker (with a line-length check below the three
// top lines), that script run and `date -u`; a Python edit adding these words to this list, the
// script run again and `date -u`; and, last, sed and sha256sum on the body, `npx prettier --write`
// and `--check`, the same filtered tsc, the transpile count with the comparison against the scratch
// lists, head and `grep -n` for the marker on this file only, sha256sum of the whole file and `date
// -u`. Each line was written by hand into the scratch lists; no engine output was seen before or
// after writing. The import of RedTeamKind from ./crisis-red-team and the array shapes are taken
// from red team 29 and the format; the export names are RED_TEAM_30_CRISIS and
// RED_TEAM_30_LOOK_ALIKES, and the look-alikes are grouped under comments naming the vocabulary
// they borrow.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a nineteenth ward office's desk over another year (the invented 鴫ノ森 ward on the
// invented 鷭川 river), in plain words and natural proportions, with new callers, errands, places and
// wordings. 100 of the crisis lines (suicide 30, abuse 20, violence 22, medical 28) begin as an
// ordinary errand at the desk and then say what is happening now; the other 100 are direct.
// Errands, across all eleven departments of departments.csv: opening hours, the car park, a
// bicycle-park season ticket; a residence certificate and its copy, a seal-registration
// certificate, moving-in, moving-out and change-of-address notices, the residence card address, My
// Number card collection booking, card renewal and a forgotten PIN; NHI premium instalments and the
// qualification certificate, high-cost medical expenses, funeral expenses, a pension exemption
// form, the national pension, the late-stage elderly notice; a tax certificate, a tax-payment
// certificate, the resident-tax slip, fixed-asset tax, the light-vehicle tax reduction; a message
// for the welfare caseworker; the child allowance account and payment day, the child-rearing
// allowance, the single-parent status report, a child medical certificate, nursery admission, its
// papers and result, extended care, after-school club pick-up; the maternal and child handbook
// reissue, an infant health check, a pregnancy-check voucher, a vaccination booking, cancer
// screening results, a specific health check; care-need renewal and result, the care-insurance
// premium notice, day-service pick-up, a home renovation estimate, care-bed rental, elder watch
// registration, a message for the care manager; disability certificate and ryoiku certificate
// renewal, self-support medical care, sign-language interpreter dispatch; the vacant-house bank,
// vacant-house weeding and management on site, the demolition subsidy; oversized-rubbish booking
// and drop-off, sorting, the collection day and garbage-bag prices. Callers: the person at risk,
// wives and husbands, mothers, daughters and sons, sisters and brothers, a niece's aunt or uncle,
// grandchildren, a fourteen-year-old, small children in kana, roommates, a deaf person's companion,
// friends, colleagues, an Indonesian-speaking live-in carer, someone picking up for day service, a
// renovation estimator, a family visitor at a care home, a vacant-house owner on site, visitors in
// waiting rooms, neighbours, passers-by and foreign residents. 63 crisis lines and 55 look-alikes
// are in other languages (crisis: English 13, Chinese 9, Portuguese 8, Korean 7, Vietnamese 6,
// Spanish 6, Tagalog 5, Indonesian 5, Nepali 4; look-alikes: English 14, Chinese 9, Vietnamese 5,
// Portuguese 5, Korean 5, Spanish 5, Tagalog 4, Indonesian 4, Thai 2, Nepali 2); 15 lines are in
// spaced easy Japanese kana (9 crisis, 6 look-alike) and 9 in a small child's unspaced speech (5
// crisis, 4 look-alike); 48 are ASR-style spaced text with fillers and homophone slips (20 crisis,
// 28 look-alike near-misses); 39 are in Kansai, Kyushu, Tohoku, Hiroshima-like and one Okinawa-like
// dialect (24 crisis, 15 look-alike). Crisis lines: a railing outside a bridge, a footbridge over
// an expressway, an estate stairwell on the eleventh floor, a building fire escape on the eighth
// floor, ninth and tenth-floor balconies, apartment, factory, dormitory and school roofs, a dam
// road, a quay, a cape, a cliff, a river bank with stones in the pockets, a level crossing, a
// platform, lying on the track, driving into the sea; a garage rope, a necktie on a door knob, a
// shed beam, a beam in a vacant house, a loft ladder, a bathroom, an extension cord on a
// stepladder, a cord on a bedroom door; charcoal in a car, a room and a motel, a car engine in a
// closed garage, an open gas tap; kerosene and a lighter, a hunting gun in a barn; sleeping pills,
// sleeping pills with drink, heart pills, two boxes of pills, pills and cut wrists, herbicide,
// pesticide, rat poison, insecticide; a cutter in a waiting room and a bedroom, a bath, a kitchen
// knife at the belly; children shut out naked on a balcony below freezing, hung over a balcony
// rail, banged against a wall, beaten with a drying pole, a belt, a stick, burnt with an iron, a
// cigarette and a lighter, scalded, shaken, drowned in a bath and a bucket, smothered with a
// pillow, strangled by a father and a mother's boyfriend, chased with a knife, tied in a bag on a
// balcony, shut in a cupboard, chained to a post, pushed into a car boot, left in a car outside a
// pachinko parlour, locked on a snowy balcony; elders tied to a bed unfed, tied to a chair,
// padlocked in a shed, locked in a storeroom unfed, kicked while bedridden, beaten with a cane and
// a belt, smothered and strangled by care staff; a group-home resident gagged, a disabled sibling
// beaten and starved in a facility, a disabled sister shut in a closet; knives in a lobby, a
// shopping street, a festival ground, a station front, a shop, a dormitory, a factory dormitory, a
// car park and at doors, a machete, an axe, a hammer, a golf club, a baseball bat, iron pipes and
// an iron bar, a spanner, a wooden sword, a broken bottle, a crowbar, petrol at a front door, a
// shooting outside a bar, an abduction at a convenience store, a home invasion, a man pushing
// people on a platform, a strangling by a boyfriend and a husband, kicks outside a convenience
// store and a beating in a park; collapses and arrest in a waiting room, a queue and at home,
// strokes, a heart attack and chest pain, a thunderclap headache, a toy and mochi (twice) choking,
// peanut and soba allergy, a bee sting, waters breaking at thirty-four weeks, bleeding at thirty
// weeks, a long seizure, a febrile fit in a baby, hypoglycaemia, heat stroke in a field and a room,
// a fall from a kerb in a wheelchair, stairs, scaffolding and a roof in snow, a road accident, a
// rubbish-truck and a press accident, a chainsaw, a brush-cutter, a cow, a button battery, bleach,
// stove fumes, a tempura-oil fire and house fires, drownings in a nursery pool, a pond, a river and
// a bath, an electric shock, a baby not breathing after milk, a feverish baby with a purple rash,
// asthma, and an elder found cold on the floor, and heavy bleeding with belly pain at the desk.
// Look-alikes: a former owner's suicide fifteen years ago, a father's suicide last year, a
// brother's and a brother-in-law's attempts years ago, a grandfather's suicide decades ago, a
// caller who once wanted to die, thanks to a health nurse three years on, a train delayed by
// someone else earlier, a dead hamster, a rescued dog once set for euthanasia; service questions (a
// staff listening course, a school life lesson, suicide-prevention street campaign tissues, a faded
// life sign on the river bank, a prevention course for foreigners, a child-guidance staff course, a
// physical-restraint briefing, a corporal-punishment lecture, a school questionnaire on hitting, an
// anti-abduction safety class, a CCTV subsidy for a nursery, an elder-abuse course for care
// workers, parenting classes, bed rails, a doctor-heliport show, a ventilator on the disaster list,
// organ-donor choice, cord blood, dialysis transport); fiction and pastimes (novels with a
// drowning, a jump from a lighthouse and a jump from a bridge, a bunraku love-suicide play, a
// school play with a poisoning, a film with a suicide, an orphanage play, an escape room, a period
// drama, a mystery, a stage-fighting workshop, a re-enacted raid, werewolf and murder board games,
// water pistols, paintball, Vovinam, kempo, sword play); things to throw away (old pesticide, a
// kerosene can and a charcoal grill, darts and an awl, dumbbells, an ice pick, kitchen knives, a
// washing machine, a fridge, plant pots, a moped with a dead engine); idioms and jokes
// (清水の舞台から飛び降りる, 死守, 首ったけ, 死んでる, 死語, 死に体, 命からがら, 死ぬ前に一度は, 死んだ魚みたいな目, 死に目, 首の皮一枚, 拷問じゃ, 縛られて, スパルタ,
// げんこつ, 相殺, 殺到, 殺処分, 殺人的な暑さ, 瞬殺, 息を殺して, 刺さる, 撃沈, 襲われる, 暴れる, どつき倒す, ぶっ殺す, 出血大サービス, 骨折り損, 火事場の馬鹿力,
// 心臓に毛, 窒息しそう, 溺愛, 溺れる者は藁をもつかむ, 弱音を吐く, 意識高い, 笑いの発作, 腰が抜ける, 煙たがられる, die of embarrassment, dying to
// know, suicide to drive, murder, almost fainted, prison guard, 笑死我了, 想死你了, 头都要炸了, morrendo de
// saudade, carrasco, matança, chết cười, 죽을 맛, 잡아먹을 듯이, es un suicidio, me va a matar, secuestrada,
// mamamatay sa hiya, napatay ang halaman, nakakulong, mati gaya, คิดถึงจะตาย); ASR near-misses (品田,
// 自室, 飛び乗り, 首都, 連単, 市外, 新宿, リスケ, 逆上がり, 畳, 柴田, 法事, せっかく, 放鳥, 膀胱, 十, 名倉, 今日来, 内部, 家事, 出欠, 胡弓, 究明, 遺跡,
// 新造, 北佐, 農耕, 焼け跡); and desk errands that mention a death, an illness or a fight that is over.
//
// Known disagreements (labels a reader could argue): crisis: the father with kerosene over his head
// and a lighter and the grandfather loading a hunting gun in a barn are labelled suicide (could be
// violence); the wife who left her baby and walked to the level crossing is labelled suicide (could
// be abuse); the father found hanging and taken down not breathing, and the mother asleep in a bath
// with bleeding wrists (told by a child), are labelled suicide (could be medical); the roommate who
// took sleeping pills with drink, the husband who swallowed his heart pills and locked the
// bathroom, the father in a closed garage with the engine running and the mother with the gas tap
// open are labelled suicide though no intent is said (could be medical); the wife who drove off
// with charcoal, the husband heading for the quay and the cape, the brother on the factory roof and
// the flatmates who texted are labelled crisis although the caller does not see the act; the
// fourteen-year-old strangled with a belt and the child chased with a knife by a mother's boyfriend
// are labelled abuse (could be violence); the son beating his mother with dementia, the grandson
// beating his grandmother with a cane and the in-law kicking a bedridden grandfather are labelled
// abuse (elder abuse; could be violence); the one-year-old left in a car for three hours, the
// disabled sister shut in unfed and the old men locked in a shed and a storeroom are labelled abuse
// (could be medical); the husband chasing his wife with a knife, the husband who strangled his wife
// and followed her to the office, the Portuguese wife beaten and the drunken son beating his mother
// (the caller's wife) with a golf club are labelled violence (could be abuse), the ex with petrol
// at the door is labelled violence (could be suicide), and the man pushing people on a platform is
// labelled violence though the person on the track needs medical help; fires, smoke, fumes,
// electric shock and accidents are labelled medical. Look-alikes: the callers whose own or a
// relative's suicide attempt is years over, the kana caller who once wanted to die, the train
// delayed by a death earlier that day, the pesticide and the kerosene can with a charcoal grill
// found in a dead grandfather's room, the mother who fears the neighbours think her crying baby is
// abused, the neighbour's child who cries over piano practice, the wife who left a verbally abusive
// husband eight years ago, the couple who fought last week, the old man's fights sixty years ago,
// the Spanish joke about being killed over a seal, the febrile seizure two days ago and the father
// who nearly got hypothermia are labelled not a crisis; a stricter desk might still hand some of
// them to a person. The Nepali, Thai, Tagalog, Indonesian and Vietnamese lines were written by a
// non-native hand and may read as learner text.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 30: a nineteenth ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list, its
// tests, the sample sets or any other red team's lines. Every person, place and situation here is
// invented, including the small places named (鴫ノ森, the ward, written Shiginomori, with its
// station, shopping street and hill, and 身投げ岩, a rock on a hiking course there; 鷭川, a river,
// written Bangawa in English lines, and 鷭川大橋, its bridge) and the two book titles quoted.
// Crisis lines are grouped by kind (suicide and self-harm, abuse, violence, medical); in each group
// the lines that begin as an ordinary errand at the desk come first, then the direct ones.
// Look-alikes are grouped by the crisis vocabulary they borrow, in the same order.
// Speech-recognition text is written the way a phone line transcribes it: spaced, with fillers and
// homophone kanji (錬炭 for 練炭, 四に for 死に, 客体 for 虐待, 歯物 for 刃物, 差され for 刺され, 地 for 血,
// 域 for 息, 鍛冶 for 火事) or kana where the phone line gave no kanji; the look-alike near-misses
// start on a crisis-sounding word and then correct it to a word that only sounds like one.

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_30_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // suicide and self-harm: 30 inside a desk errand, then 30 direct
  [
    "住民票を一通お願いしたいんですが、その前に、夫が今、鷭川大橋の欄干の外側に立っていて「もう終わりにする」と電話で言ってるんです。",
    "suicide",
  ],
  [
    "印鑑登録の証明書を取りに来たんですけど、弟から今「ガレージで首を吊る、ロープはもう掛けた」とメッセージが来て、家に誰もいないんです。",
    "suicide",
  ],
  [
    "転出届のことで伺いたかったんですが、娘がさっき団地の十一階の踊り場の手すりをまたいで、今も降りてこないと管理人さんから電話がありました。",
    "suicide",
  ],
  [
    "国保の保険料の分割の件で来ました。ただ今朝、妻が車に練炭を積んで出て行って、車内で火を付けたと写真を送ってきたんです、場所は鴫ノ森の山の駐車場です。",
    "suicide",
  ],
  [
    "マイナンバーカードの受け取り予約の変更をしたいんですが、息子が部屋に鍵をかけて、ドアノブにネクタイを掛けているのが隙間から見えて、返事がありません。",
    "suicide",
  ],
  [
    "児童手当の口座変更の書類を持ってきました。それと、隣で待っている女の人が、さっきからカッターで手首を何度も切っていて、床に血が落ちています。",
    "suicide",
  ],
  [
    "生活保護のケースワーカーさんに伝言をお願いしたくて。父が灯油を頭からかぶって、ライターを握ったまま台所に座り込んでいるんです、今です。",
    "suicide",
  ],
  [
    "要介護認定の更新の書類の件なんですが、母が「薬を全部飲んだ」と言って、空になった薬の袋が三十枚くらい枕元にあって、ろれつが回っていません。",
    "suicide",
  ],
  [
    "粗大ごみの予約をしたいんですけど、今、向かいのアパートの屋上の端に男の人が座っていて、足を外に投げ出して下を見ています。誰か来てください。",
    "suicide",
  ],
  [
    "納税証明書を取りに来たんですが、同居の兄が除草剤の瓶を持って畑に行ったきりで、「さよなら」と置き手紙がありました。",
    "suicide",
  ],
  [
    "保育所の入所の結果を聞きたかったんですが、妻が赤ちゃんを置いて踏切の方へ歩いて行って、「電車に飛び込む」って言ってたんです、今、踏切の前に立ってます。",
    "suicide",
  ],
  [
    "課税証明書をもらいに来たんやけど、うちの旦那がな、今、港の岸壁から飛び込む言うて車で出て行ったんよ、ほんまに止めてほしいねん。",
    "suicide",
  ],
  [
    "空き家バンクの登録のことで来たっちゃけど、実家の空き家に兄ちゃんがこもって、梁に縄ば掛けとるって近所の人から電話のあったとよ、今。",
    "suicide",
  ],
  [
    "介護保険料の通知のことで来たんだけんど、じっちゃが猟銃の弾ば込めて「おら死ぬ」って納屋さ閉じこもってしまったんだ、今だ。",
    "suicide",
  ],
  [
    "えーと あの 転居届の ことで あのー 主人が いま 駅の ほーむの 端で 「とびこむ」って ずっと 言ってて えっと 電車が もうすぐ 来るんです",
    "suicide",
  ],
  [
    "あの 母子手帳の さいこうふを えっと お願い したくて あと あの 妹が いま 風呂場で 手首を 切って 血が 止まらなくて 包丁 持ったまま なんです",
    "suicide",
  ],
  [
    "もしもし えー がんけんしんの 結果を 聞きたいんですけど あの 夫が 車の 中で 錬炭を たいて 窓に ガムテープ 貼って るって いま",
    "suicide",
  ],
  [
    "あの、じゅうみんひょうを もらいに きました。でも わたし、きょう しにたくて、かばんに くすりを たくさん もってきて いま のもうと してます。",
    "suicide",
  ],
  [
    "Hi, I came to collect my residence card address update, but my roommate just texted me a photo of a rope tied to the loft ladder and says he is doing it now.",
    "suicide",
  ],
  [
    "I wanted to ask about the pension exemption form, but my friend is standing on the railing of the Bangawa bridge right now and she will not get down.",
    "suicide",
  ],
  [
    "我来办国民健康保险的手续，但是我丈夫刚才打电话说他已经吃了一整瓶安眠药，现在在车里，说话越来越不清楚。",
    "suicide",
  ],
  ["我想问一下儿童津贴的事，可是我女儿现在站在公寓十楼的阳台栏杆外面，说要跳下去。", "suicide"],
  [
    "Vim pedir a declaração de imposto, mas meu irmão acabou de me ligar dizendo que está no telhado do prédio da fábrica e vai pular agora.",
    "suicide",
  ],
  [
    "Tôi đến để hỏi về thẻ My Number, nhưng bạn cùng phòng của tôi vừa uống rất nhiều thuốc ngủ với rượu, bây giờ gọi không tỉnh.",
    "suicide",
  ],
  [
    "마이넘버 카드 예약 때문에 왔는데요, 남편이 지금 욕실에서 목을 매려고 줄을 걸어놨다고 아들이 전화했어요.",
    "suicide",
  ],
  [
    "Vengo por el certificado de residencia, pero mi hermana está ahora en el puente con una nota y dice que se va a tirar al río.",
    "suicide",
  ],
  [
    "म आवासीय प्रमाणपत्र लिन आएको हुँ, तर मेरो साथी अहिले कोठामा डोरी झुण्ड्याएर मर्छु भन्दै छ, ढोका खोल्दैन।",
    "suicide",
  ],
  [
    "Magpapa-renew sana ako ng card, pero ang asawa ko ay nasa bubong ngayon ng apartment at sinasabi niyang tatalon na siya.",
    "suicide",
  ],
  [
    "Saya mau tanya soal kartu asuransi, tapi teman sekamar saya barusan minum racun serangga dan sekarang muntah-muntah di kamar.",
    "suicide",
  ],
  [
    "障害者手帳の更新に来たんですが、付き添いの妹が今トイレにこもって、中から「もう薬を二箱飲んだ、来ないで」と言ってます。",
    "suicide",
  ],
  ["今、鴫ノ森駅前のビルの八階の非常階段にいます。柵を越えました。もう飛びます。", "suicide"],
  [
    "部屋の中で練炭に火を付けました。目張りもしてあります。最後に誰かに言っておきたくて電話しました。",
    "suicide",
  ],
  [
    "さっき睡眠薬を六十錠くらい飲みました。だんだん眠くなってきて、もう起きたくありません。",
    "suicide",
  ],
  [
    "父が物置の梁に縄を掛けて首を吊っているのを今見つけました。下ろしたけど息をしていません。",
    "suicide",
  ],
  ["友達が鷭川の堤防から川に入って行って、胸まで水につかって、戻ってこようとしません。", "suicide"],
  [
    "娘が自分の部屋でカッターで腕を深く切っていて、タオルが真っ赤です。まだ切ろうとしています。",
    "suicide",
  ],
  ["夫が車ごと海に突っ込むと言って、今、岬の方へすごい速さで走っていきました。", "suicide"],
  ["もう生きていけません。今ベランダの手すりに腰かけています。ここは九階です。", "suicide"],
  ["祖母が農薬を飲んだと言って倒れていて、口から泡を吹いています。", "suicide"],
  [
    "同僚が会社の倉庫で延長コードを首に巻いて、脚立の上に立っています。今、私が下から呼びかけています。",
    "suicide",
  ],
  ["わし、もうあかん。今、ダムの上の道に車止めて、柵の前に立っとるんじゃ。", "suicide"],
  [
    "なあ聞いて、うちの子が今、線路の上に寝転がっとるんよ、動かんのよ、電車来るけん早う。",
    "suicide",
  ],
  ["おらの息子が包丁で自分の腹ば刺そうとして、今、台所で押さえとるんだ。", "suicide"],
  ["なんくるないって言うてたのに、兄さんが今、崖の上から飛ぶって電話してきたさー。", "suicide"],
  ["えっと あのー いま 彼が 首 つって て 下ろせ なくて どうしたら いいですか", "suicide"],
  ["あの もう 四に たい です いま 薬 ぜんぶ 飲んで あの 手首も 切りました", "suicide"],
  ["すいません あの 母が いま ガスの 元栓 あけて 部屋に こもって て 匂いが して ます", "suicide"],
  ["ぼく もう しにたい。いま がっこうの おくじょうの フェンスの そとに いるの。", "suicide"],
  ["おかあさんが おふろで てから ちが いっぱい でてて、ねむったまま おきないの。", "suicide"],
  ["ママがね、ひもをへやのドアにかけてね、くびにまいてるの。こわいよ。", "suicide"],
  [
    "I am on the roof of my apartment block right now. I have decided to jump and I just wanted someone to know.",
    "suicide",
  ],
  [
    "My husband swallowed all of his heart pills about ten minutes ago and locked himself in the bathroom.",
    "suicide",
  ],
  [
    "There is a young man sitting on the outside of the footbridge over the expressway, holding on with one hand.",
    "suicide",
  ],
  ["我现在在河边，已经把石头装进口袋里了，我不想活了。", "suicide"],
  [
    "Minha mãe tomou veneno de rato agora há pouco, disse que não quer mais viver, está vomitando.",
    "suicide",
  ],
  ["Em trai tôi đang đứng trên mái nhà ký túc xá và nói sẽ nhảy xuống ngay bây giờ.", "suicide"],
  ["친구가 지금 모텔 방에서 번개탄을 피웠다고 문자를 보냈어요. 주소는 알아요.", "suicide"],
  ["Mi padre se encerró en el garaje con el coche encendido y no abre la puerta.", "suicide"],
  [
    "Ang kaibigan ko ay nakatali na ang lubid sa leeg niya sa kuwarto, tulungan ninyo kami ngayon.",
    "suicide",
  ],
  ["Kakak saya sedang berdiri di pinggir jembatan dan bilang mau lompat sekarang juga.", "suicide"],
  // abuse: 20 inside a desk errand, then 20 direct
  [
    "学童保育の迎えの時間を変えたいんですが、隣の部屋からずっと子どもの悲鳴と「ごめんなさい」が聞こえて、ドンドン叩く音が今も続いています。",
    "abuse",
  ],
  [
    "乳幼児健診の日程を聞きたいんですけど、今、待合の前の廊下で父親が二歳くらいの子の頭を壁に何度も打ちつけています。",
    "abuse",
  ],
  [
    "ごみの収集日のことで電話しました。ついさっき、下の階の人が小さい子を裸のままベランダに出して、鍵をかけて、子どもが泣き叫んでいます。氷点下です。",
    "abuse",
  ],
  [
    "デイサービスの送迎の時間を確認したいんですが、迎えに行ったら、おばあちゃんが息子さんにベッドの柵に手を縛られていて、三日食べていないと言っています。",
    "abuse",
  ],
  [
    "療育手帳の更新のことで来ました。それと、グループホームの職員が今、利用者の男性の口にタオルを押し込んで押さえつけているのを見てしまいました。",
    "abuse",
  ],
  [
    "子どもの医療証の再発行をお願いします。あと、姪が母親の彼氏にアイロンを押しつけられたって今泣きながら電話してきて、その人がまだ家にいるんです。",
    "abuse",
  ],
  [
    "住宅改修の見積もりで伺ったお宅で、おじいさんが物置に閉じ込められていて、外から南京錠が掛かっています。今、中から弱い声がします。",
    "abuse",
  ],
  [
    "ひとり親の現況届を出しに来ました。向かいの家の男の子が、いま父親に首をつかまれて車のトランクに押し込まれました。",
    "abuse",
  ],
  [
    "保育園の入所の書類のことで来たんやけど、隣のおっちゃんが今、子どもを物干し竿でしばきまくっとって、子どもがぐったりしとるんよ。",
    "abuse",
  ],
  [
    "介護認定の結果ば聞きに来たとですが、隣のばあちゃんが孫に杖で叩かれよって、いま庭で倒れとるとです。",
    "abuse",
  ],
  [
    "あの 児童扶養手当の ことで えっと 隣の 家で いま 赤ちゃんが 客体 されてて あの ずっと 叩く 音と 泣き声が して て",
    "abuse",
  ],
  [
    "えー すいません 高額療養費の 件で あと あの 同じ アパートの 子が いま 熱湯 かけられた って 裸足で 逃げて きて 皮が むけて ます",
    "abuse",
  ],
  [
    "あの、こどものいりょうしょうを なくしました。それと、おとうさんが いま ぼくの いもうとを たたいてて、いもうとが うごかないの。",
    "abuse",
  ],
  [
    "I came about the child allowance payment, but the boy next door just ran into our flat with a burnt hand and says his stepfather is coming after him with a lighter.",
    "abuse",
  ],
  [
    "我是来办保育园申请的，可是邻居家的妈妈现在把三岁的孩子关进了冰箱旁边的柜子里，孩子在里面哭叫。",
    "abuse",
  ],
  [
    "Vim falar do auxílio para crianças, mas agora a vizinha está batendo no bebê com um cinto e ele parou de chorar.",
    "abuse",
  ],
  [
    "Về thẻ bảo hiểm thì tôi muốn hỏi, nhưng chủ nhà đang trói bà cụ vào ghế và đánh bà ấy, tôi nghe thấy bây giờ.",
    "abuse",
  ],
  [
    "장애인 수첩 갱신하러 왔는데요, 시설 직원이 지금 제 동생을 방에 가두고 밥을 안 주고 때리고 있어요.",
    "abuse",
  ],
  [
    "Vine por la guardería, pero ahora mismo el vecino está ahogando a su hijo en la bañera, oigo cómo grita.",
    "abuse",
  ],
  [
    "空き家の草刈りのことで現地に来ているんですが、隣の家の庭で、やせ細った子どもが鎖で柱につながれていて、今も動けずにいます。",
    "abuse",
  ],
  [
    "隣の家のお母さんが、今、赤ちゃんを激しく揺さぶっていて、赤ちゃんの首がぐらぐらしています。",
    "abuse",
  ],
  ["お父さんが弟をお風呂の水に顔ごと沈めていて、弟が暴れなくなりました。助けてください。", "abuse"],
  ["施設に面会に来たら、夜勤の職員が母の顔を枕で押さえつけていました。今もやめません。", "abuse"],
  ["義父が寝たきりの祖父を蹴っていて、祖父の口から血が出ています。今、目の前です。", "abuse"],
  [
    "車の中に一歳の子が一人で残されていて、ぐったりしています。親は三時間パチンコ店から出てきません。",
    "abuse",
  ],
  [
    "兄が障害のある妹を押し入れに閉じ込めて、もう二日ご飯をあげていないと妹がスマホで知らせてきました。",
    "abuse",
  ],
  [
    "母の新しい彼氏が、今、私の首をベルトで締めてきて、台所に逃げて電話しています。私は十四歳です。",
    "abuse",
  ],
  [
    "隣の子、また今ベランダの外に吊り下げられとるんや、手すりの外でぶら下げられて泣いとる。",
    "abuse",
  ],
  [
    "息子が認知症の母ちゃんばベルトで殴りよって、母ちゃん頭から血ぃ流しとるとよ、早う来て。",
    "abuse",
  ],
  ["あの いま 隣の 子が 煙草の 火を 押し付け られて て 叫んで て えっと 腕に やけど が", "abuse"],
  [
    "えっと お父さんが いま 赤ちゃんを 袋に 入れて くちを しばって ベランダに 置いた んです",
    "abuse",
  ],
  [
    "おかあさんが わたしの かおに まくらを おしつけて くるの。いま おしいれに かくれてる。",
    "abuse",
  ],
  ["パパがね、いまおとうとのくびをしめてるの、おとうとのかおがむらさきなの。", "abuse"],
  ["せんせい、あのね、ママのかれしがね、いまわたしのことほうちょうでおいかけてくるの。", "abuse"],
  [
    "My neighbour has locked her two small children on the balcony in the snow for hours and they have stopped crying.",
    "abuse",
  ],
  ["我在护理院看到护工正在用毛巾勒住一位老人的脖子，老人已经不动了。", "abuse"],
  [
    "O padrasto está segurando a cabeça da menina dentro do balde de água agora, por favor venham.",
    "abuse",
  ],
  [
    "Ang kapitbahay namin ay pinapalo ang anak niya ng kahoy ngayon at dumudugo na ang ulo ng bata.",
    "abuse",
  ],
  ["छिमेकीले आफ्नो सानो छोरालाई अहिले पेटीले कुटिरहेको छ, बच्चा बेहोस भयो।", "abuse"],
  [
    "Majikan saya mengunci nenek yang saya rawat di gudang tanpa makan, dan sekarang nenek tidak menjawab.",
    "abuse",
  ],
  // violence: 22 inside a desk errand, then 23 direct
  [
    "開庁時間を聞きたかったんですが、今、一階のロビーで男が包丁を振り回していて、警備の人が腕を切られました。",
    "violence",
  ],
  [
    "駐車場の場所を教えてほしいんですけど、その駐車場で今、二人の男が鉄パイプで一人を殴っていて、倒れた人が動きません。",
    "violence",
  ],
  [
    "転入届を出しに来ました。でもさっきから元夫が外で待ち伏せしていて、窓口を出たら刺すとメールが来て、今ドアの前に立っています。",
    "violence",
  ],
  [
    "マイナカードの暗証番号を忘れたんですが、今、窓口の隣の列の男の人が、女性職員の髪をつかんで殴りかかっています。",
    "violence",
  ],
  [
    "自立支援医療の更新に来ました。家を出る前、夫が私の首を両手で締めて、今も車で後をついてきて、庁舎の前で待っています。",
    "violence",
  ],
  [
    "粗大ごみの持ち込みに来た者ですが、受付で男が職員に金づちを振り上げていて、周りの人が逃げています。",
    "violence",
  ],
  [
    "空き家の解体補助の相談で現地を見に来たら、空き家の中で若い人たちが一人を囲んで木刀で殴っていて、血だらけです。",
    "violence",
  ],
  [
    "後期高齢者医療の通知のことで電話しました。今、家の外で隣の息子さんが斧でうちの玄関を叩き割ろうとしています。",
    "violence",
  ],
  [
    "保護課の担当さんにつないでほしいんですが、今、同じアパートの男が包丁を持ってうちのドアを蹴っていて、殺すと叫んでいます。",
    "violence",
  ],
  [
    "特定健診の予約をしたいんですけど、今、公園で中学生くらいの子が大人の男に殴られ続けていて、地面に倒れて動かないんです。",
    "violence",
  ],
  [
    "駐輪場の定期のことで来たんやけど、いま駅前でな、男がナイフ持って通行人に切りかかっとるんや、二人倒れとる。",
    "violence",
  ],
  [
    "ごみ袋の値段ば聞きたかったっちゃけど、いま隣で夫婦げんかが始まって、旦那が包丁ば出して奥さんば追いかけとるとよ。",
    "violence",
  ],
  [
    "納税の件で電話したんだども、いま店の前で酔っぱらいが瓶割って、人の顔さ切りつけてるんだ。",
    "violence",
  ],
  [
    "あのー 住民税の 納付書の 件で えっと いま 外で 男の人が 歯物 持って 暴れてて あの 人が 差され ました",
    "violence",
  ],
  [
    "えっと 年金の ことで あの いま 職場で 同僚が スパナで 殴られて 頭から 地が 出て て",
    "violence",
  ],
  [
    "あの、じどうてあての ことで きました。でも いま そとで しらない おとこのひとが ナイフで ひとを さしてます。",
    "violence",
  ],
  [
    "I was calling about the bulky rubbish booking, but a man just smashed the window of the car next to mine and is dragging the woman out by her hair.",
    "violence",
  ],
  ["我来咨询护理保险，但是外面停车场有人拿着刀在追一个女人，她已经流血了。", "violence"],
  [
    "Vim renovar o cartão, mas lá fora um homem está batendo na cabeça de outro com uma barra de ferro agora.",
    "violence",
  ],
  [
    "Tôi gọi để hỏi về ngày đổ rác, nhưng bây giờ ở ký túc xá có người đang cầm dao đâm bạn tôi.",
    "violence",
  ],
  [
    "국민연금 때문에 왔는데, 지금 밖에서 어떤 남자가 칼을 들고 아이 엄마를 위협하고 있어요.",
    "violence",
  ],
  [
    "Llamé por el impuesto, pero ahora mismo un hombre con un cuchillo entró en la tienda de abajo y está amenazando a todos.",
    "violence",
  ],
  [
    "今、鴫ノ森商店街で男が刃物を持って走り回っていて、女性が背中を刺されて倒れています。",
    "violence",
  ],
  [
    "夫が包丁を持って寝室に入ってきて、今トイレに鍵をかけて隠れています。ドアを叩いています。",
    "violence",
  ],
  ["コンビニの前で男が女の子を無理やり車に押し込んで、今走り去ろうとしています。", "violence"],
  ["彼氏に首を絞められて、今やっと逃げて外にいます。まだ追いかけてきます。", "violence"],
  ["隣の部屋の男が「今から殺しに行く」と叫んで、バットを持って廊下に出てきました。", "violence"],
  ["工事現場で作業員同士がけんかになって、一人がハンマーで頭を殴られて倒れました。", "violence"],
  [
    "知らない男が家に押し入ってきて、母を縛って、今二階を荒らしています。私は押し入れの中です。",
    "violence",
  ],
  ["駅のホームで男が人を次々に突き飛ばしていて、一人が線路に落ちました。", "violence"],
  ["いま家の前で、元彼がガソリンまいて、火ぃつけるぞ言うて叫んどるんよ。", "violence"],
  ["お祭りの会場でな、男が刃物振り回しよるけん、子どもが何人か切られとるばい。", "violence"],
  ["息子が酔っぱらって、ゴルフクラブでおらの嫁ば殴ってるんだわ、止めらんね。", "violence"],
  [
    "あの いま 路上で 男性が 殴られ て て えっと 蹴られ て 頭から 血が 出て 意識が ない です",
    "violence",
  ],
  [
    "すみません いま 夫が 包丁 持って あの 殺すって 言って て 子どもと 車に 逃げ て ます",
    "violence",
  ],
  [
    "いま おとなりの おじさんが ほうちょうで おばさんを さしました。おばさん たおれてる。",
    "violence",
  ],
  ["ねえ、いまおみせにナイフのひとがきてね、おかあさんとかくれてるの。", "violence"],
  [
    "Someone is shooting outside the bar on the corner of the shopping street right now, two people are down.",
    "violence",
  ],
  [
    "My ex-boyfriend broke through my door with a crowbar and he is on the stairs coming up, please send someone.",
    "violence",
  ],
  ["工厂宿舍里两个人打起来了，一个人拿着刀捅了另一个人，流了很多血。", "violence"],
  [
    "Meu marido está me batendo e disse que vai me matar hoje, estou trancada no banheiro com meu filho.",
    "violence",
  ],
  [
    "지금 편의점 앞에서 남자 여러 명이 한 사람을 발로 계속 차고 있어요. 그 사람 움직이지 않아요.",
    "violence",
  ],
  [
    "Un hombre con un machete está golpeando la puerta de mi apartamento y gritando que nos va a matar.",
    "violence",
  ],
  [
    "May lalaking may hawak na kutsilyo sa labas ng bahay namin, sinaksak niya ang kapatid ko.",
    "violence",
  ],
  ["होस्टलमा एक जनाले चक्कु लिएर मेरो साथीलाई धम्काउँदैछ, अहिले नै आउनुहोस्।", "violence"],
  // medical: 28 inside a desk errand, then 27 direct
  [
    "住民票の写しを取りに来たんですが、今、待合のベンチでおじいさんが急に倒れて、呼んでも返事がなくて、息もしていないみたいです。",
    "medical",
  ],
  [
    "国保の資格確認書のことで来ました。連れの父が今、急に右手と右足が動かなくなって、しゃべる言葉がおかしいんです。",
    "medical",
  ],
  [
    "妊婦健診の受診券のことで電話しました。でも今、破水して、お腹がずっと張っていて、赤ちゃんの頭が出てきそうなんです。まだ三十四週です。",
    "medical",
  ],
  [
    "予防接種の予約を変えたいんですが、今、息子が口に入れたおもちゃを詰まらせて、顔が青くなって声が出ません。",
    "medical",
  ],
  [
    "介護用ベッドのレンタルのことで来たんですが、家を出るとき母が急に胸を押さえて苦しみ出して、冷や汗をかいて倒れたと今ヘルパーさんから連絡がありました。",
    "medical",
  ],
  [
    "手話通訳の派遣の件で来た友人の付き添いです。その友人が今、窓口の前でけいれんを起こして、もう五分以上止まりません。",
    "medical",
  ],
  [
    "葬祭費の申請に来ました。それと、一緒に来た叔母がさっき食べたピーナッツのあと、顔が腫れて息がヒューヒューしています。",
    "medical",
  ],
  [
    "軽自動車税の減免の書類を持ってきたんですが、駐車場で車椅子の方が段差から落ちて、頭から血がたくさん出ていて、意識がもうろうとしています。",
    "medical",
  ],
  [
    "空き家の管理のことで現地に来ています。今、隣の家から黒い煙がもくもく出ていて、中におばあさんがいると近所の人が言っています。",
    "medical",
  ],
  [
    "資源ごみの分別のことで聞きたかったんですが、今、収集所の横で作業員の人が収集車に腕を挟まれて、叫んでいます。",
    "medical",
  ],
  [
    "見守りの登録のことで電話しました。いま一人暮らしの父の家に来たら、床に倒れていて、体が冷たくて、呼びかけてもうなるだけです。",
    "medical",
  ],
  [
    "児童手当の支給日を聞きたかったんですが、今、一歳の娘がボタン電池を飲み込んだみたいで、よだれに血が混じっています。",
    "medical",
  ],
  [
    "保育園の延長保育のことで電話したんですが、今お迎えに来たら、園庭のプールで子どもが浮かんでいて、先生が引き上げたけど息をしていません。",
    "medical",
  ],
  [
    "ケアマネさんに連絡したいんやけど、今おかんが餅を喉に詰まらせて、顔が真っ青になっとるんや。",
    "medical",
  ],
  [
    "固定資産税のことで電話したっちゃけど、今、じいちゃんが畑で熱中症で倒れて、汗も出んで体が熱かとです。",
    "medical",
  ],
  [
    "年金のことで来たんだども、さっきから父ちゃんが頭が割れるように痛いって言って、吐いて倒れてしまったんだ。",
    "medical",
  ],
  [
    "ごみ出しの日のこと聞きたかったんじゃけど、隣のおばあが階段から落ちて、頭打って起き上がれんのじゃ。",
    "medical",
  ],
  [
    "あの 乳幼児健診の ことで えっと いま 赤ちゃんが ひきつけ 起こして あの 域を して なくて 唇が 紫 です",
    "medical",
  ],
  [
    "えっと 粗大ごみの 予約 なんですけど あの いま 隣で 鍛冶 です 煙が すごくて 人が 中に いる みたいで",
    "medical",
  ],
  [
    "もしもし 障害者手帳の ことで あの 兄が いま 低血糖 で 汗 だらだらで 呼んでも 返事が なくて",
    "medical",
  ],
  [
    "あの、じゅうしょへんこうに きました。でも おなかが すごく いたくて、ちが いっぱい でて、たって いられないです。",
    "medical",
  ],
  [
    "I am here for my tax certificate, but the man behind me in the queue has just collapsed and he is not breathing, can someone bring the AED?",
    "medical",
  ],
  ["我想问介护保险的事，但是我爷爷现在突然说不出话来，嘴歪了，一边的手也抬不起来。", "medical"],
  [
    "Vim buscar o cartão, mas minha filha foi picada por uma abelha e está com a garganta fechando, não consegue respirar.",
    "medical",
  ],
  [
    "Tôi hỏi về bảo hiểm y tế, nhưng đồng nghiệp của tôi vừa bị điện giật ở nhà máy và đang nằm bất tỉnh.",
    "medical",
  ],
  [
    "건강검진 예약하려고 했는데, 지금 아버지가 가슴이 너무 아프다고 하시더니 쓰러지셨어요.",
    "medical",
  ],
  [
    "Magtatanong sana ako tungkol sa bata, pero ngayon ang anak ko ay nahulog sa ilog at hindi humihinga.",
    "medical",
  ],
  [
    "Jadwal vaksin anak saya mau saya tanyakan, tapi sekarang teman saya jatuh dari perancah dan tidak bergerak.",
    "medical",
  ],
  ["今、道の真ん中でおばあさんが車にはねられて倒れています。意識がありません。", "medical"],
  [
    "夫が急に胸が苦しいと言って倒れて、呼吸が止まっています。今、心臓マッサージをしています。",
    "medical",
  ],
  ["子どもが池に落ちて、引き上げたけど水を吐かなくて、ぐったりしています。", "medical"],
  ["家のストーブの部屋で母と祖母が倒れていて、頭が痛いし、部屋がガス臭いです。", "medical"],
  ["父がチェーンソーで太ももを深く切って、血が噴き出していて止まりません。", "medical"],
  ["赤ちゃんが四十度の熱で、呼んでも目を開けなくて、体に紫の斑点が出てきました。", "medical"],
  ["台所で天ぷら油に火が付いて、壁まで燃え移っています。まだ父が中にいます。", "medical"],
  ["雪下ろし中に兄が屋根から落ちて、雪に埋まって見えなくなりました。", "medical"],
  ["母が急にろれつが回らなくなって、顔の半分が垂れ下がっています。", "medical"],
  [
    "息子がそばアレルギーなのに間違って食べてしまい、全身に発疹が出て、息が苦しそうです。",
    "medical",
  ],
  ["じいちゃんが風呂で沈んどったんや、今引き上げたけど、息しとらんねん。", "medical"],
  ["牛舎で親父が牛に踏まれて、胸ば押さえて息ができんって言うとるばい。", "medical"],
  ["おっかあが草刈り機で足ば切って、血が止まらねえんだ、真っ白な顔してる。", "medical"],
  ["えっと あの いま 父が しんきん 梗塞 かも しれなくて 胸を 押さえて 倒れて ます", "medical"],
  ["あの すいません いま 赤ちゃんが ミルク 吐いて いき してなくて 顔色が 悪くて", "medical"],
  ["あー いま 階段 から 祖母が 落ちて あの 足が 変な 方向に 曲がって て 意識が", "medical"],
  ["おじいちゃんが たおれて、いきを してないの。からだが つめたいの。", "medical"],
  ["あのね、おにいちゃんがね、かわにおちてね、みえなくなったの。", "medical"],
  [
    "My wife is thirty weeks pregnant and she is bleeding heavily and has terrible pain in her belly right now.",
    "medical",
  ],
  [
    "A worker fell from the scaffolding at the building site next to the station and he is lying there not moving.",
    "medical",
  ],
  ["我妈妈刚才吃年糕噎住了，现在脸发紫，说不出话来。", "medical"],
  [
    "Meu colega caiu na máquina de prensa na fábrica e a mão dele ficou presa, está sangrando muito.",
    "medical",
  ],
  ["Bạn tôi đang lên cơn hen rất nặng, không thở được, thuốc xịt không còn tác dụng.", "medical"],
  ["할머니가 더운 방에서 쓰러지셨는데, 몸이 불덩이처럼 뜨겁고 대답을 안 하세요.", "medical"],
  ["Mi hijo tomó lejía de la botella y ahora está vomitando y llorando de dolor.", "medical"],
  ["मेरो साथी खेतमा बेहोस भएर लडेको छ, सास फेरिरहेको छैन।", "medical"],
  ["Ada orang tua jatuh di tangga stasiun, kepalanya berdarah banyak dan tidak sadar.", "medical"],
];

/** Ordinary desk traffic that borrows crisis words; nobody is in danger now, so no emergency. */
export const RED_TEAM_30_LOOK_ALIKES: readonly string[] = [
  // borrows suicide and self-harm words (60)
  "空き家バンクに登録したい実家なんですが、十五年前に前の持ち主が家の中で自殺しています。登録のとき、そのことは書かないといけませんか。",
  "父は去年の春に自死で亡くなりました。もう一年たつので、そろそろ葬祭費の申請の期限が気になっています。まだ間に合いますか。",
  "清水の舞台から飛び降りるつもりで家を買ったので、固定資産税がいくらになるか先に知っておきたいんです。",
  "転出届の締め切りは何としても死守したいので、月末の土曜日に窓口が開いているか教えてください。",
  "図書館の読書会で『鷭川に身を投げた女』という推理小説を読むんですが、会場の公民館の予約はこちらでできますか。",
  "文楽の心中物の公演を市民会館でやると聞きました。高齢者割引のチケットは高齢者支援課で扱っていますか。",
  "鴫ノ森の山にある身投げ岩のハイキングコースの地図は、どこの課でもらえますか。",
  "職場の研修で、窓口で「死にたい」と言われたときの聞き方を習いました。その資料を同僚にも配りたいので、保健師さんの連絡先を教えてください。",
  "古い農薬の瓶が納屋から三本出てきました。中身が残っているんですが、ごみの日には出せないですよね。処分の仕方を教えてください。",
  "亡くなった祖父の部屋から、使いかけの灯油のポリタンクと七輪が出てきました。粗大ごみで出せますか。",
  "首ったけの彼と入籍するので、婚姻届と一緒に住所の変更もしたいです。何を持っていけばいいですか。",
  "マイナカードの電子証明書が死んでるみたいで、コンビニで住民票が取れません。更新はどこでできますか。",
  "弟は二十歳のときに首を吊ろうとしたことがありますが、今は結婚して子どももいて元気です。その弟の戸籍の附票を取りたいんです。",
  "三年前、死にたいと電話したときに話を聞いてくれた保健師さんに、お礼を言いたいんです。今は仕事もしていて元気です。まだこちらにいらっしゃいますか。",
  "夫の命日なので、午前中だけ休みを取りました。その足で遺族年金の書類を出しに行きたいんですが、何時から開いていますか。",
  "死語かもしれませんが、「ナウい」窓口ってどこですか、と母が言っています。とにかく、母の介護保険証を再発行したいんです。",
  "課の統廃合でうちの部署は死に体です、なんて冗談はさておき、人事異動後の担当者の名前を教えてください。",
  "命からがら引っ越してきたという感じで、まだ段ボールだらけです。転入届は十四日以内でしたよね。",
  "飛び降りても大丈夫なトランポリンを公園に置いてほしい、と子どもたちが言っています。要望はどこに出せますか。",
  "子どもの学校で命の授業があって、自殺予防の話を聞いてきたそうです。家でも話したいので、親向けのパンフレットはありますか。",
  "死ぬ前に一度は行きたいと言っていた旅行に、やっと母を連れて行けました。帰ってきたので、介護の一時中断の届けを取り下げたいです。",
  "鷭川の河川敷にある「命を大切に」の看板が色あせているので、塗り直してほしいです。どこの課に言えばいいですか。",
  "線路に飛び込んだ人がいて電車が一時間遅れたので、窓口の予約の時間に遅れそうです。予約は取り直せますか。",
  "自殺対策の街頭キャンペーンで配るティッシュを、町内会でも置かせてほしいんですが、何部までもらえますか。",
  "みんな死んだ魚みたいな目ぇして待っとるわ、ほんま窓口の待ち時間長いなあ。マイナンバーカードの予約って電話でもできるん？",
  "こないだ崖から飛び降りる気で宝くじ買うたら外れたわ、笑うてな。ほんで、住民税の納付書どこで再発行してくれるん？",
  "ばあちゃんの死に目には間に合わんかったけど、葬式は無事すんだけん、今日は年金を止める手続きに来たとです。",
  "もう首の皮一枚でつながっとるような畑やけど、固定資産税の評価額を見てみたいんじゃ。",
  "あの しにたい… あ いえ 品田 さん 宛ての 郵便が うちに 届いて て 転居 された か どうか 知りたくて",
  "えっと じさつ… じゃなくて 自室の 番号 って あの 住民票の 住所に 入れる んですか 寮 なんです けど",
  "あの とびおり… あ 飛び乗り で バスに 乗ったら 定期を 落として 駐輪場の 近く なんですけど 届いて ますか",
  "えー くびつり… あ 首都 圏から 転入 して きたんですけど あの 手続きの 順番を 教えて ください",
  "もしもし えっと れんたん… 連単の 話は あとで いいから って 夫が 言ってて あの 国保の 保険料の 話 です",
  "あの じがい… じゃなくて 市外に 引っ越す 場合の 転出届 です えっと 郵送で できますか",
  "えっと しんじゅう… あ 新宿に 転勤 で 引っ越す ので あの 児童手当の 手続きを",
  "あの えっと りすかっと… あ いえ リスケ です 予防接種の 予約を リスケ したくて 来週に",
  "むかし しにたいって おもったこと あるけど、いまは だいじょうぶ です。きょうは こどもの いりょうしょうの ことを ききたいです。",
  "うちの ハムスターが きのう しんじゃいました。にわに うめても いいですか。",
  "あのね、ぼく、かくれんぼでしんだふりしたの。ママがね、しやくしょのとしょかんいくって。",
  "I could just die of embarrassment, I brought the wrong seal to register. Can I come back tomorrow with the right one?",
  "My book club is reading a novel where the heroine throws herself off a lighthouse. Can we book the community centre room on Thursdays?",
  "I am dying to know when my residence card will be ready, the office said two weeks and it has been three.",
  "My grandfather took his own life in the eighties, long before I was born. I need his old family register for an inheritance.",
  "Taking the expressway at rush hour is suicide, so can I park at the ward office car park on Saturday instead?",
  "笑死我了，我把印章忘在家里了。明天还能来办印鉴登记吗？",
  "我想死你了，妈妈明天从中国来日本，她的住民登记需要什么材料？",
  "我爷爷几十年前自杀去世了，现在要办继承手续，需要他的户籍资料。",
  "Estou morrendo de saudade da minha família, vou passar três meses no Brasil. Preciso avisar a prefeitura sobre o seguro?",
  "Meu cunhado tentou se matar há seis anos, hoje está ótimo e trabalha comigo. Vim só trocar o endereço dele no cartão.",
  "Tôi chết cười khi thấy ảnh thẻ My Number của mình. Có thể chụp lại ảnh không?",
  "Tiểu thuyết tôi đang đọc có cảnh nhân vật nhảy cầu tự tử. Thư viện có bản tiếng Nhật không?",
  "죽을 맛이에요, 서류가 너무 많아서요. 전입신고에 필요한 서류만 알려 주세요.",
  "자살 예방 교육을 받고 싶은데, 외국인도 참가할 수 있는 강좌가 있나요?",
  "Rellenar este formulario a mano es un suicidio. ¿Hay una versión en línea para el seguro?",
  "En la obra de teatro del colegio mi hija hace de una mujer que se envenena. ¿Dónde se alquila el salón de actos?",
  "Mamamatay na ako sa hiya, nakalimutan ko ang residence card ko. Puwede bang bumalik bukas?",
  "Saya mati gaya pakai jas ke kantor. Mau tanya, foto untuk kartu My Number boleh pakai jas?",
  "मैले हेरेको फिल्ममा नायकले आत्महत्या गर्छ, त्यो फिल्मको DVD पुस्तकालयमा पाइन्छ?",
  "คิดถึงแม่จะตายอยู่แล้ว แม่จะมาจากไทยเดือนหน้า ต้องแจ้งย้ายที่อยู่ที่ชั้นไหนคะ",
  "保健所で安楽死させられそうになっていた犬を引き取って、もう元気に走り回っています。犬の登録の住所変更はどこでできますか。",
  // borrows abuse words (40)
  "隣の家が毎朝七時に布団をバンバン叩く音がうるさくて、眠れません。騒音の相談はどちらですか。",
  "古新聞をひもで縛って出すのは資源ごみの日でいいんですよね。雑誌も一緒に縛って大丈夫ですか。",
  "子どもが学校から「おうちの人に叩かれていませんか」というアンケートを持って帰ってきました。市でやっている調査なら、目的を教えてください。",
  "介護施設で身体拘束をしてはいけない決まりについて、家族向けの説明会はありますか。母の入所を考えていて、事前に知っておきたいんです。",
  "空き家を十年も放置してしまい、庭が荒れ放題です。ネグレクトと言われても仕方ないですね。草刈りの業者を紹介してもらえますか。",
  "市民会館の脱出ゲームで「監禁された部屋から六十分で脱出せよ」というのをやるそうですが、小学生も参加できますか。",
  "時代劇の折檻の場面が怖くて、子どもが夜泣きするようになりました。夜泣きの相談は保健師さんにできますか。",
  "うちの娘が夜中に二時間も泣き続けるので、近所から虐待と思われないか心配です。子育て相談の予約を取りたいです。",
  "昔のスパルタ塾みたいに、部活でしごかれた話を息子がしていましたが、もう卒業しました。学生納付特例の申請に来ました。",
  "児童相談所の職員向けの研修に、民生委員も参加できるか知りたいです。去年は満員で入れませんでした。",
  "エレベーターに三十分閉じ込められたのは先月のことで、けが人もなく済みました。市営住宅の管理の窓口を教えてください。",
  "規則に縛られてばかりの仕事なので、転職して引っ越すことにしました。転出届は二週間前から出せますか。",
  "認知症の母がベッドから落ちないように、柵を付けたいと思っています。福祉用具のレンタルで借りられますか。",
  "昔、元夫から暴言を受けていましたが、離婚して八年たち、今は落ち着いています。旧姓に戻したマイナンバーカードの手続きです。",
  "児童養護施設で育った者ですが、今は会社員です。自分の戸籍謄本をもらいたいので、本籍地の出し方を教えてください。",
  "体罰をテーマにした市民講座の講師が変わったと聞きました。会場と日時は同じですか。",
  "お隣の子が毎晩ピアノの練習で泣かされているみたいで、少しうるさいです。でも怒鳴り声や物音はなく、ただ練習が長いだけです。騒音の相談はどこですか。",
  "祖母を施設に預けっぱなしでひどい孫だと自分を責めていますが、施設の方は良くしてくれています。面会の予約方法を知りたいです。",
  "うちのばあちゃんに「こんなに食わされたら拷問じゃ」って笑われたんよ、毎日ご飯多いけん。配食サービスの量って減らせるんかね。",
  "子どもの頃はよう親父にげんこつもろうたけど、今はええ思い出よ。その親父の介護保険の認定調査の日ば聞きたかと。",
  "孫が「ばあちゃんに閉じ込められた」って言うとるけど、トイレの鍵が壊れとっただけやけん、もう直したんよ。鍵の修理って住宅改修に入るん？",
  "あの ぎゃくたい… あ いえ 逆上がり の 練習 用の 鉄棒 を 公園に 付けて ほしい ん ですけど",
  "えっと たたかれ… あの 畳の 張り替えの 補助 って あの 住宅改修で 出ますか",
  "あの しばって… じゃなくて 柴田 さん という 空き家 担当の 方に 折り返し お願い したくて",
  "えっと ほうち… あ 放置 じゃなくて 法事 で 来週 休む ので あの 介護認定の 調査の 日を ずらしたくて",
  "もしもし あの せっかん… せっかく 来たので ついでに 印鑑証明 も お願い したくて",
  "わたし むかし おやに たたかれて いたけど、いまは ひとりで すんでいます。ひっこしの てつづきを しりたいです。",
  "あのね、ママがね、おやつたべすぎっておこったの。だからね、いまはおりこうにしてるの。",
  "My kids call me a prison guard because homework comes before games. Anyway, when does the after-school club close on Fridays?",
  "I was in foster care as a child and I am now a social worker myself. Is there a training day on child protection for new staff?",
  "The play at the civic hall is about a Victorian orphanage with cruel masters. Are there still tickets for Sunday?",
  "我想给孩子报名防止被拐骗的安全教室，外国人的孩子也可以参加吗？",
  "邻居每天早上拍打被子，声音很大，可以投诉噪音吗？",
  "Meu filho diz que sou um carrasco porque não deixo jogar videogame. Quero saber os horários da creche no sábado.",
  "Tôi muốn tham gia lớp học về phòng chống bạo hành trẻ em dành cho phụ huynh. Lớp có phiên dịch không?",
  "학대 예방 차원에서 어린이집에 CCTV를 달고 싶은데, 설치 보조금이 있나요?",
  "Mi abuela dice que la tenemos secuestrada porque no la dejamos cocinar. ¿Hay un centro de día con taller de cocina?",
  "Nakakulong daw ako sa trabaho sabi ng asawa ko, sobrang overtime. Pero gusto ko lang magtanong tungkol sa child allowance.",
  "Saya ikut pelatihan pencegahan kekerasan terhadap lansia untuk pekerja perawatan. Apakah ada sertifikatnya?",
  "बच्चाहरूलाई कुटपिट नगर्ने बारे अभिभावक कक्षा कहिले हुन्छ? म जान चाहन्छु।",
  // borrows violence words (45)
  "去年の住民税と還付金を相殺できると聞きました。その手続きは税務課ですか。",
  "保育園の申し込みが初日に殺到したと聞きましたが、二次募集はいつからですか。",
  "野良猫が殺処分されないように、地域猫の活動を始めたいです。環境課で相談できますか。",
  "殺人的な暑さなので、収集車が来る前にごみを出すのは何時までならいいですか。",
  "コンサートのチケットが瞬殺で、市民会館の抽選の仕組みを教えてほしいです。",
  "公民館の殺陣のワークショップで、模造刀は自分で持っていく必要がありますか。",
  "図書館で『鴫ノ森連続殺人事件』というミステリーを予約していたんですが、貸出カードの住所変更もここでできますか。",
  "蚊に刺されたところが少し腫れているだけなので大丈夫です。それより、側溝の蚊の駆除をお願いしたいんです。",
  "刺繍教室の案内が市の広報に載っていたんですが、申し込みはどちらの課ですか。",
  "息を殺して見ていた将棋の市民大会、あれの来年の日程は決まっていますか。",
  "夫婦げんかが先週ありましたが、もう仲直りしました。それで、夫の扶養に入る手続きについて聞きたいです。",
  "去年の秋、うちに空き巣が入りましたが、犯人はもう捕まりました。そのとき壊れた窓の修理は住宅改修の補助の対象になりますか。",
  "使わなくなったダーツの矢と千枚通しを捨てたいのですが、危ないので何かで包んでから出せばいいですか。",
  "鉄アレイは燃えないごみですか、それとも粗大ごみですか。",
  "水鉄砲で遊ぶ夏祭りを町内会でやりたいので、公園の使用許可を取りたいです。",
  "人狼ゲームの大会で「今夜は誰を襲う」とか言うので、公民館の隣の部屋に迷惑にならないか心配です。防音の部屋はありますか。",
  "台風に襲われた去年の秋、屋根が壊れた空き家の解体補助はまだ申請できますか。",
  "洗濯機が脱水のときに暴れて、床がへこんでしまいました。大型家電の処分方法を教えてください。",
  "試験に撃沈したので、来年また受けるまで学生納付特例を続けたいです。",
  "あの先生の言葉が心に刺さったので、講演会の録画がないか聞きたいです。",
  "猟友会に入っている父の猟銃の所持許可の住所変更は、市役所ではなく警察ですよね。一応確認させてください。",
  "忠臣蔵の討ち入りを再現する冬の行事に、子ども会で参加したいんですが、申し込みはどこですか。",
  "ほんま、あのおっちゃんの冗談はいっつも人をどつき倒すような勢いやねん。ほんで、町内会の集会所の鍵ってどこで借りるん？",
  "昔はようけんかして、血ぃ流したもんじゃけど、もう六十年前の話よ。今日は後期高齢者の保険証のことで来たんじゃ。",
  "刺身包丁と出刃ば三本、研ぎに出すつもりやったけど、もう捨てようと思うと。金物はどの日に出すと？",
  "うちの孫、ゲームで「ぶっ殺す」ばっか言いよるけど、画面の中の話じゃけん。ほいで、児童館の開いとる時間は？",
  "あの ほうちょう… あ 放鳥 の イベントで ハトを 放す のに 公園の 許可が 要る か 聞きたくて",
  "えっと ぼうこう… あ 膀胱 がん の 検診 って あの がん検診の 中に 入って ますか",
  "あの じゅう… あ 十 枚 ほしいんです 住民票を 十 枚 あの 会社に 出すので",
  "えっと なぐら… 名倉 さん という ケースワーカー さんに あの 伝言を お願い したくて",
  "あの きょうき… 今日 来 られない ので あの 予約を あした に 変更 したい です",
  "えー ないふ… 内部 の 手続き で あの 課税証明書が 会社から 要る って 言われて",
  "むかし どろぼうに はいられた ことが あるけど、いまは もう だいじょうぶ。かぎの ことで そうだん したいです。",
  "きのうね、おにいちゃんとチャンバラしたの。ぼくのかち。じどうかん、あしたもあいてる？",
  "My son plays paintball with his friends on weekends. Is there a public field in the ward where they can book a slot?",
  "The new tax form is murder, honestly. Can someone at the desk help me fill in the deductions part?",
  "We had a burglary two years ago and the police caught the man. I just need a copy of my residence certificate for the insurance claim.",
  "我儿子在玩杀人游戏的桌游社团，想借公民馆的房间，需要提前多久预约？",
  "我想扔掉一把旧的冰锥，尖的东西要怎么包装才能扔？",
  "O jogo de ontem foi uma matança, perdemos de sete. Mas eu queria saber do horário do ginásio municipal.",
  "Con trai tôi tập võ Vovinam, có lớp nào ở nhà văn hóa phường không?",
  "시어머니가 저를 잡아먹을 듯이 보셨지만 다 잘 풀렸어요. 전입신고만 하면 돼요.",
  "Mi marido dice que me va a matar si olvido otra vez el sello, pero es broma. ¿Puedo registrar el sello hoy?",
  "Napatay ko ang lahat ng halaman sa balkonahe, hindi ko naalagaan. Saan puwedeng itapon ang mga paso?",
  "Putra saya ikut latihan bela diri kempo dan suka pura-pura menyerang, tapi saya mau tanya jadwal imunisasi adiknya.",
  // borrows medical words (55)
  "燃えるごみの日が年末年始でずれると聞きました。最後の収集日はいつですか。",
  "駐輪場で私の自転車が風で倒れていて、かごが曲がっていました。駐輪場の管理の担当はどこですか。",
  "空き家の塀が倒れそうで通学路なので心配です。持ち主に連絡してもらえますか。",
  "出血大サービスの商店街の売り出しに、市の商品券は使えますか。",
  "骨折り損にならないように、確定申告の前に課税証明書の内容を確認したいです。",
  "火事場の馬鹿力で冷蔵庫を一人で運び出しました。その冷蔵庫、家電リサイクルに出したいんです。",
  "去年、心筋梗塞で手術を受けて、今は毎日散歩できるくらい元気です。身体障害者手帳の等級の見直しの時期を知りたいです。",
  "先月、父が脳出血で入院しましたが、もう退院してリハビリに通っています。介護認定の申請はいつ出せばいいですか。",
  "おととい子どもがけいれんを起こして救急で診てもらい、熱性けいれんで心配ないと言われました。そのときの医療費は子ども医療費の対象ですか。",
  "冬山で低体温症になりかけた父は、もうすっかり回復しています。そのとき使った救急車の費用は請求されないんですよね。",
  "ドクターヘリが来る防災フェスの見学会に、子ども連れでも行けますか。",
  "心臓に毛が生えているような人だと言われる私でも、がん検診は怖いです。予約は電話でできますか。",
  "満員電車で窒息しそうだったので、自転車通勤に変えます。駐輪場の定期券はどこで買えますか。",
  "溺愛している孫のために、児童手当の口座を娘から私に変えることはできますか。",
  "溺れる者は藁をもつかむ気持ちで、家計の相談に来ました。生活保護の話を聞くだけでもいいですか。",
  "弱音を吐いてばかりですが、介護の相談にのってもらえる窓口を教えてください。",
  "意識高い系のセミナーではなく、普通の健康講座を探しています。市の健康教室の日程を教えてください。",
  "笑いの発作が止まらなくて、窓口で失礼しました。で、母子手帳の再交付をお願いします。",
  "ストーブの点検を頼みたいので、一人暮らしの高齢者向けの安全点検の制度があるか教えてください。",
  "人工透析のために週三回通院しています。その通院にかかる交通費の助成はありますか。",
  "ドラマで主人公が意識不明になる場面を見て、臓器提供の意思表示欄がマイナンバーカードにあると知りました。どこに書けばいいですか。",
  "人工呼吸器を使っている母を、災害時の避難行動要支援者名簿に載せてほしいんです。どこの課ですか。",
  "双子は早産で三週間保育器に入っていましたが、今はすくすく育っています。産後ケアの利用は今からでもできますか。",
  "煙たがられるのを承知で言いますが、隣の家の庭の焚き火の煙が洗濯物につきます。野焼きの苦情はどこですか。",
  "祖母は先週、老衰で静かに息を引き取りました。後期高齢者医療の資格喪失の届けを出したいです。",
  "献血じゃなくて、へその緒の血を寄付する臍帯血のことを知りたいんですが、健康推進課ですか。",
  "エンジンが止まって動かない原付を廃車にしたいです。ナンバープレートはどこに返せばいいですか。",
  "もう腰が抜けるかと思うたわ、税金の額見て。ほんで、分割で払えるんか聞きたいんよ。",
  "去年脳梗塞やったけど、もうぴんぴんしとるよ。デイサービスの曜日を増やしたいっちゃん。",
  "足ば骨折したとは三年前で、もう走れるくらい治っとるばい。障害者手帳は返さないかんと？",
  "こたつで寝とったら喉がからっからでな、風邪ひいただけやけど、特定健診の日にち変えられるかのう。",
  "あの かじ… あ 家事 代行 の サービス って あの 介護保険 で 使え ますか",
  "えっと しゅっけつ… 出欠 の 連絡 です あの 明日の 乳幼児健診 を 欠席 します",
  "あの こきゅう… あ 胡弓 の 教室 が 公民館で ある って 聞いたん ですけど",
  "えっと きゅうめい… 原因 究明 の 結果 を あの 水道 の 濁り の 件で 聞き たくて",
  "はい あの いせき… 遺跡 の 見学 会 の 申し込み って あの どこの 課 ですか",
  "あの しんぞう… 新造 の 市営 住宅 の 入居 募集 って もう 始まって ますか",
  "えっと ほっさ… あ 北佐 地区 の ごみ の 収集日 が 変わった って 聞いて",
  "あの のうこうそく… いえ 農耕 用の 車の 軽自動車税 の 件 です",
  "えっと やけど… あ 焼け 跡の 片付け は 終わって て あの 火事 は 去年 の 話 で り災 証明 を もう一度",
  "きょねん たおれて にゅういん したけど、いまは げんき です。かいごの てつづきを ききたいです。",
  "こどもが ねつを だしたけど、もう さがりました。よぼうせっしゅの ひを かえたいです。",
  "あのね、ころんでひざからちがでたの。でもばんそうこうはったからもういたくないよ。",
  "I almost fainted when I saw the tax bill, so can I pay it in instalments?",
  "My father had a stroke five years ago and is doing fine now. I want to renew his disability certificate.",
  "We are running a first-aid relay for charity at the sports ground. Do we need a permit from the ward office?",
  "我去年做了心脏手术，现在已经恢复了，想问一下高额疗养费还能申请吗？",
  "我被这些表格搞得头都要炸了，请问转入手续需要哪些材料？",
  "Meu pai desmaiou de calor no mês passado, mas já está bem. Quero saber se o seguro cobre a consulta.",
  "Con tôi bị sốt hôm qua nhưng đã khỏi rồi. Tôi muốn đổi ngày khám sức khỏe trẻ em.",
  "작년에 교통사고로 다리를 다쳤는데 지금은 다 나았어요. 보험료 감면 신청이 끝났는지 알고 싶어요.",
  "Mi madre tuvo un infarto hace tres años y está bien. Necesito cambiar su dirección en la tarjeta.",
  "Nahimatay ang tatay ko noong isang taon pero magaling na siya. Paano mag-apply ng long-term care?",
  "Anak saya pernah kejang demam tahun lalu, sekarang sehat. Saya mau tanya jadwal vaksin campak.",
  "ปีที่แล้วพ่อเป็นลมในที่ทำงานแต่ตอนนี้หายดีแล้ว อยากถามเรื่องตรวจสุขภาพประจำปีค่ะ",
];
