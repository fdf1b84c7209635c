// Crisis red team 31, frozen 2026-12-06.
// sha256 (body, from the FROZEN-BODY line to the end of the file): ba4a165e0874925fe48e0e9d31ba29a232e9ac9e92eac45fd3b2d198ac53c2fb
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-31.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 215 lines of
// crisis-red-team-30.ts (through `sed -n 1,215p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was given in the brief of
// the session that started this one; no prompt file was opened. No lexicon, test, script, doc,
// other fixture, other sample or red-team line was opened, git was not run, git history was not
// read, the repository was not grepped for phrases, the __fixtures__ folder was not listed,
// tsconfig.json and the Prettier config were not opened, nothing was imported from src/, no code or
// web search tool was used, and neither the engine, jest, the benchmarks nor the madoguchi command
// was run. Commands run, in order: `date -u`, `mkdir -p /tmp/rt31` and `test -e` on this file's
// path (it did not exist) in one call; sed on crisis-red-team-30.ts as above; sed on
// crisis-red-team.ts as above, cat on departments.csv and cat on DESIGN.md in one call; four shell
// heredocs writing, in /tmp/rt31, the crisis scratch lists (one per kind, fields separated by a
// vertical bar: kind, E for errand or D for direct, language, style, text), each followed by `wc
// -l`, cut, sort and `uniq -c` counting errand and direct lines (after the fourth also languages
// and styles) and `date -u`; a heredoc appending two direct medical lines (two short), `wc -l` and
// `date -u`; heredocs writing the suicide, abuse and violence look-alike lists (kind, a dash,
// language, style, text), each followed by `wc -l` and `date -u`; a Python script of ten
// find-and-replace edits on look-alikes whose idiom or topic red team 30's header names (殺到, スパルタ,
// げんこつ, me va a matar, secuestrada, dying to know, and four kitchen knives to throw away, re-worded
// as 殺気立って, a tough coach, being scolded, a cut-off head, presa, dead on my feet, a sickle, a
// sickle and an axe, an axe and a Muay Thai class), `wc -l` and `date -u`; a heredoc writing the
// medical look-alike list, `wc -l` and `date -u`; a Python edit re-wording three medical
// look-alikes (a CPR and AED course, an ambulance leaflet and a febrile seizure, all topics red
// team 30's header names), a heredoc writing a one-off Python check (five fields, kinds, counts per
// kind, errand and direct split with errand lines first, dash on look-alikes, styles, dialect,
// kana, child and ASR styles only in Japanese, double quotes, backslashes, backticks, tabs, double
// and edge spaces, distinct texts, lines sharing their first eight characters, longest line,
// languages and styles), the check run and `date -u`; a Python edit re-wording sixteen openings
// that shared their first eight characters, the check and `date -u`; a sed edit re-wording one more
// opening, the check (its output cut to three lines with head), a loop of cut and nl printing all
// eight lists to read them over and `date -u`; a Python edit re-wording five lines (one Vietnamese
// crisis opening, one ASR look-alike, and three crisis ASR lines given homophone slips), the check
// and `date -u`; heredocs writing the body comment and a small Python script that wraps the lists
// into this file, printf writing a placeholder header, the script run into /tmp/rt31 (`wc -l`, sed
// on lines 1-25, `grep -c` for backslashes and tail to look at it) and `date -u`; a sed edit
// shortening the look-alikes doc comment in the script, `grep -n` to see it, the script run again,
// awk and `grep -c` counting long comment lines (awk counted bytes, so this was redone below),
// `test -e` on this file's path (absent), cp of the result to this path, `npx prettier --write` and
// `--check` on this file only, `wc -l` and `date -u`; a Python check of comment-line lengths in
// characters (none over 100), sed and cut on lines 18-32 and `grep -n` for the array and
// group-comment lines on this file, and `date -u`; a heredoc writing a node script that transpiled
// this file with the typescript package's transpileModule and counted its two arrays (200 and 200
// lines, kinds as below, 400 distinct texts, all strings, all pairs), that script run, a one-off
// Python comparison of the strings in this file with the scratch lists (same 400 texts and kinds in
// the same order), `timeout 300 npx tsc --noEmit -p tsconfig.json` filtered with grep to this
// file's name (no output) and `date -u`; sed and sha256sum for the hash and `date -u`; a heredoc
// writing this header's text and a Python script that wraps it and rewrites only the lines above
// the marker (with a line-length check), that script run and `date -u`; a Python edit correcting
// fourteen details of that text after checking it against the lists, the script run again and `date
// -u`; and, last, sed and sha256sum on the body, `npx prettier --check`, the transpile count with
// the comparison against the scratch lists, head and `grep -n` for the marker on this file only,
// sha256sum of the whole file and `date -u`. Each line was written by hand into the scratch lists;
// no engine output was seen before or after writing. The import of RedTeamKind from
// ./crisis-red-team and the array shapes are taken from red team 30 and the format; the export
// names are RED_TEAM_31_CRISIS and RED_TEAM_31_LOOK_ALIKES, and the look-alikes are grouped under
// comments naming the vocabulary they borrow.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twentieth ward office's desk over another year (the invented 鵯台 ward on the
// invented 鶺鴒川 river, with the invented hill 鷺坂), in plain words and natural proportions, with new
// callers, errands, places and wordings. 100 of the crisis lines (suicide 30, abuse 20, violence
// 22, medical 28) begin as an ordinary errand at the desk and then say what is happening now; the
// other 100 are direct. Errands, across all eleven departments of departments.csv: opening hours,
// the bicycle-park season ticket, transfer to the tax division; a residence certificate and its
// copy, a seal-registration certificate, moving-in, moving-out and change-of-address notices, the
// residence card address, My Number card collection booking and a forgotten PIN; the NHI
// qualification certificate, high-cost medical expenses, funeral expenses, a pension exemption
// form, the national pension, the late-stage elderly insurance card; a tax certificate, a
// tax-payment certificate, fixed-asset tax, the light-vehicle tax reduction, the municipal tax; a
// message for the welfare caseworker; the child allowance account and payment day, the
// child-rearing allowance status report, a child medical certificate reissue, nursery admission
// papers and result, extended care, after-school club pick-up; the maternal and child handbook
// reissue, an infant health check, a pregnancy-check voucher, a vaccination booking, cancer
// screening, a specific health check, a health check voucher; care-need application, renewal and
// result, the care-insurance premium notice, day-service pick-up, care-bed rental, elder watch
// registration; disability certificate and ryoiku certificate renewal, self-support medical care, a
// group home's paperwork; the vacant-house bank, vacant-house weeding on site, the demolition
// subsidy on site; oversized-rubbish booking and drop-off, sorting, the collection day and
// garbage-bag prices. Callers: the person at risk, wives and husbands, mothers, daughters and sons,
// sisters and brothers, a grandmother, grandchildren, a twelve-year-old, small children in unspaced
// kana, flatmates and roommates, a girlfriend's partner, a group-home worker, a care manager, a
// day-service driver, a care-home night-shift colleague, a vacant-house visitor, workmates,
// neighbours, passers-by, visitors in waiting rooms and foreign residents. 69 crisis lines and 50
// look-alikes are in other languages (crisis: English 16, Chinese 9, Portuguese 8, Korean 8,
// Vietnamese 8, Spanish 6, Tagalog 5, Indonesian 4, Nepali 3, Thai 2; look-alikes: English 13,
// Chinese 8, Portuguese 5, Korean 5, Spanish 5, Vietnamese 4, Tagalog 4, Indonesian 3, Nepali 2,
// Thai 1); 16 lines are in spaced easy Japanese kana (9 crisis, 7 look-alike) and 11 in a small
// child's unspaced speech (7 crisis, 4 look-alike); 41 are ASR-style spaced text with fillers and
// slips (18 crisis, 23 look-alike near-misses); 36 are in Kansai, Kyushu, Tohoku and Hiroshima-like
// dialect (22 crisis, 14 look-alike). Crisis lines: an estate water tower, a shrine tree, bridge
// railings, a multi-storey car-park roof, apartment, dormitory and fifteenth-floor roofs, a
// second-floor window, a twelfth-floor hotel window, a balcony rail, an expressway viaduct and
// shoulder, a fishing-port quay, a ferry deck, a cliff above a tunnel, a pylon, a level crossing,
// lying on the track, an irrigation pond in winter, a river bank with stones in a rucksack, walking
// into snow, driving to the sea; a rope, a barn beam, a lintel, a closet belt, a warehouse crane, a
// door cord, a ceiling fan; charcoal taken in a car, an engine in a closed garage, a gas smell
// behind a door; kerosene and matches in a shed, a hunting rifle taken into woods; sleeping pills,
// painkillers, pills in a locked bathroom, herbicide, pesticide, rat poison; razors, blades, a
// cutter at the throat, a kitchen knife at the neck, a knife in a bathroom; children beaten by a
// father and by an adult next door, kicked down stairs, a child's head banged on a car window,
// shaken in a waiting room, thrown on the floor and against a wall, strangled by a father, held
// under bath water, scalded, burnt with a cigarette, a stove and fire tongs, hung over a balcony,
// tied to a clothes pole and a post and belted, shut out barefoot in winter and on a balcony in
// rain, locked in a dead fridge and in a car in the sun, left alone or unfed (three times); elders
// with an arm twisted, beaten nightly, strangled, teeth broken, left without water, tied with cable
// ties, a care-home resident gagged, one tied and slapped and one slapped in view of a window, a
// mother-in-law locked in a storeroom; a disabled brother beaten and shut in at a facility, a
// disabled daughter shut in; a worker beaten and locked in by an employer; knives in the lobby, the
// square, a shopping street, outside a shop, a factory gate, a dormitory, a convenience store, a
// station front and at home, a machete, an axe, a hammer, a crowbar, iron pipes, a bat on a
// platform, a wooden sword, a broken bottle and a broken mug, chains, a club, a stick, a rifle at a
// door, a gun at home, petrol at a door, kerosene poured on care staff, spray and a cutter on a
// bus, a forklift, an assault in a park toilet, abductions into cars (twice), kicks to a boy
// outside a convenience store and to a man on the street, a stabbing at a festival stall, a man
// tied and beaten in a vacant house, a wife threatened with a kitchen knife, a golok in a factory;
// collapses in queues, waiting rooms, a park, a rice field and a mochi-pounding event, strokes
// (twice), chest pain (three), a thunderclap headache (twice), a button battery, peanut (twice) and
// shrimp allergies, hornet stings, a cherry tomato, a sweet and mochi choking, waters breaking with
// a cord showing at thirty-five weeks, bleeding at thirty-two weeks, seizures (twice) and a febrile
// fit, hypoglycaemia, heat stroke on a bench and in a paddy, falls from scaffolding, a factory
// roof, a bed, stairs, a stepladder, a snowy roof and in a bathroom, a truck and a car hitting
// people, a press, an axe, a digger, an electric shock, mixed cleaners, stove fumes, a house fire
// with a grandmother inside, asthma, a baby with high fever, drownings in a pond, a river, a bath
// (twice), a child who drank perfume, a scald from a pot, and an old neighbour found cold by a
// kotatsu. Look-alikes: a death in a flat twenty years ago, a brother's suicide three years ago, an
// uncle's suicide in 2009, a brother's overdose two years ago, a caller who wanted to die ten years
// ago, a fatal rail accident this morning, a goldfish, a cat, a dog, a beetle and a betta fish
// dead, a father's and a grandmother's deaths and a husband's heart attack years ago; service
// questions (a suicide-prevention leaflet, gatekeeper training, prevention-week posters, volunteer
// trainers, orange ribbons, abuse-spotting training for nursery staff, a parent-training course, a
// restraint-free briefing, a school questionnaire on smacking, an elder-abuse talk for a company, a
// thesis interview, a film screening on neglect, a self-defence pole subsidy, blood-donation buses,
// AED places and an AED subsidy, a holiday clinic, fire-brigade sign-up, a heat-stroke talk, a
// smoke house for a drill, stretcher filming); fiction and pastimes (a Chikamatsu love-suicide
// play, a mystery with a cliff, a poet who drowned, a river-jump play, a suicide scene to be
// filmed, a murder-mystery night, sword-fight workshops, a re-enacted battle, Macbeth, an idol shot
// on stage, a hospital drama, karate, judo, capoeira, pencak silat, Muay Thai, hero play); things
// to throw away (old sleeping pills, rope and a stepladder, charcoal and a stove, sashimi knives, a
// sickle, an axe, kendo gear, air guns, insecticide cans, a boar carcass, a dog kennel and chain,
// cot rails and a baby sling, a microwave, a crane ornament, needles, an oxygen cylinder, a mercury
// thermometer, a first-aid box, crutches, wheelchairs, dentures, inhalers and medicine); idioms and
// jokes (死ぬ気で, 必死, 死にそう, 首を長くして, 首が回らない, 首を絞める, 腹を切る, 息も絶え絶え, 死に物狂い, 殺風景, 飛び込み営業, 生きとるのか死んどるのか,
// 半殺し, 殺気立って, 袋叩き, 凶悪なまでの暑さ, 殴り書き, しばかれる, 鬼, こき使われて, 奴隷, 嫁いびり, 目が回る, 喉から手が出る, 頭が痛い, 心臓が止まるか,
// 血の気が引いた, 足が棒, 熱を上げる, dead on my feet, killing me, abuse the microwave, battlefield, heart skipped
// a beat, 累死了, 要杀了我, morto de cansaço, escrava, quase tive um infarto, 배고파 죽겠어요, mệt muốn chết, me
// muero de ganas, me corta la cabeza, presa en casa, patay na patay sa pagod, papatayin daw,
// kejam); ASR near-misses (市に対して, 鶴, 二冊目, 飛び石, 医書, くすりの野村, 壱岐, 逆に, しばらく, ネグレスコ, 閉じ込められる心配のないエレベーター,
// 鱧, 指された, ころすけ, 名久井, 住所, 心配で停止, 覚えた, 石木, 梶原, 経歴書, タオル, 休日急患); and desk errands that mention a
// death, an illness, an injury or a fight that is over.
//
// Known disagreements (labels a reader could argue): crisis: the man who poured kerosene over
// himself in a shed and the father who took a hunting rifle into the woods after a note are
// labelled suicide (could be violence); the husband found hanging and taken down not breathing and
// the mother asleep in a red bath (told by a child) are labelled suicide (could be medical); the
// husband in a closed garage with the engine running, the girlfriend who swallowed painkillers, the
// wife who cannot be woken after pills and the student with a gas smell behind a death note are
// labelled suicide though intent is only implied (could be medical); the husband who drove off with
// charcoal, the sister who drove to the sea, the son on the expressway shoulder, the son who walked
// into the snow and the friends on roofs are labelled crisis although the caller does not see the
// act. The twelve-year-old chased with a kitchen knife, the small child's sister strangled by their
// father and the boy held under water are labelled abuse (could be violence or medical); the elders
// beaten, strangled or twisted by sons and brothers are labelled abuse (elder abuse; could be
// violence); the toddlers left alone unfed, the children locked in a car in the sun and the father
// kept without water are labelled abuse (could be medical); the man shaking a baby in a waiting
// room is labelled abuse though the caller does not say he is the parent; the Indonesian worker
// beaten and locked in by her employer is labelled abuse (an adult; could be violence). The
// husbands who cut, chase, strangle or beat their wives, the ex at the door with petrol or a knife
// and the husband with a gun who threatens to shoot his wife and then himself are labelled violence
// (could be abuse, and the last could be suicide); the kerosene poured on care staff is labelled
// violence. Fires, fumes, mixed cleaners, electric shock, machines and accidents are labelled
// medical, and the ASR line whose slip writes 撃って (shot) for 打って (hit his head) is labelled medical
// although its words read as violence. Look-alikes: the callers whose own or a relative's suicide
// attempt or suicide is years over, the sleeping pills, rope, stepladder and charcoal to throw away
// (one set found in a dead father's room), the fatal rail accident this morning, the mother who
// fears neighbours will report her crying baby, the DV escape ten years ago, the couples who fought
// and made up, the street fight last night that is over, the jokes about being killed, the
// near-choking on mochi last week that came out at once and the children whose fever is gone are
// labelled not a crisis; a stricter desk might still hand some of them to a person. The Nepali,
// Thai, Tagalog, Indonesian and Vietnamese lines were written by a non-native hand and may read as
// learner text.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 31: a twentieth ward office's desk over another
// year, written without looking at the engine, its crisis lexicon, its look-alike list, its tests,
// the sample sets or any other red team's lines. Every person, place and situation here is
// invented, including the small places named (鵯台, the ward, written Hiyodoridai, with its station,
// estate water tower, shopping street, plaza and castle ruins; 鶺鴒川, a river, written Sekirei in
// English lines, with 鶺鴒大橋, its bridge, and an old bridge nicknamed 身投げ橋; 鷺坂, a hill with a tunnel
// and a forest road), the staff names 名久井 and 梶原, the pharmacy 野村 and the dog ころすけ.
// Crisis lines are grouped by kind (suicide and self-harm, abuse, violence, medical); in each group
// the lines that begin as an ordinary errand at the desk come first, then the direct ones.
// Look-alikes are grouped by the crisis vocabulary they borrow, in the same order.
// Speech-recognition text is written the way a phone line transcribes it: spaced, with fillers,
// kana where the phone line gave no kanji, a stutter, and a few homophone kanji (指して for 刺して, 閉められ
// for 絞められ, 撃って for 打って); the look-alike near-misses start on a crisis-sounding word cut off with
// an ellipsis and go on to a word that only sounds like it.

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_31_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // suicide and self-harm: begun as a desk errand, then direct
  [
    "住民票の写しを一枚お願いしたいんですが、その前に、兄が今さっき「もう終わりにする」と電話してきて、鵯台団地の給水塔の梯子を登っていると言うんです。",
    "suicide",
  ],
  [
    "転出届の書き方を聞きに来たんですけど、隣にいる主人がポケットにロープを入れていて、帰りに裏山の神社の木で首を吊るって小声で言ってるんです。",
    "suicide",
  ],
  [
    "印鑑登録証明書を取りたいんですが、妻から「さよなら、子どもたちをよろしく」とメールが来て、いま鶺鴒大橋の欄干の外に立っている写真が送られてきました。",
    "suicide",
  ],
  [
    "マイナカードの受け取りを予約したいんですが、それどころじゃなくて、息子が部屋で睡眠薬を全部飲んだと言って、呼んでもろれつが回ってないんです。",
    "suicide",
  ],
  [
    "国保の資格確認書が届かないので電話したんですが、実は母が今、台所で包丁を首に当てて「もう生きていたくない」と言って離さないんです。",
    "suicide",
  ],
  [
    "固定資産税の納付書のことで来ました。あの、父がさっき納屋から出てこなくて、覗いたら梁に縄をかけて踏み台に乗っていたんです、今も中にいます。",
    "suicide",
  ],
  [
    "生活保護の担当の方に伝言をお願いしたいんですが、もう家賃も払えないし、今から鵯台駅の踏切に行って電車に飛び込むので、それで終わりにします。",
    "suicide",
  ],
  [
    "児童手当の振込日を確認したかったんですけど、いまベランダの柵をまたいでいるところで、子どもを誰かに頼みたくて電話しました。",
    "suicide",
  ],
  [
    "介護認定の更新の書類を出しに来た者です。夫が車に練炭と七輪を積んで、一人で鷺坂の林道の方へ出ていったきり電話に出ません。",
    "suicide",
  ],
  [
    "グループホームの世話人で、手帳の更新の件で電話しましたが、入居者の方がトイレに鍵をかけてカミソリで手首を深く切っていて、血が床に広がっています。",
    "suicide",
  ],
  [
    "粗大ごみの申し込みしたいんやけど、ちょっと待って、うちの嫁はんが二階の窓から身を乗り出して「もう死ぬ」言うてるねん、どないしよ。",
    "suicide",
  ],
  [
    "納税証明書ば取りに来たとですけど、弟が漁港の岸壁の先に立っとって、「このまま海に入る」ってさっき電話してきよったとです。",
    "suicide",
  ],
  [
    "空き家バンクの件で電話したんだども、おら、もう疲れだ。いま物置で灯油かぶったところで、マッチも持ってる。",
    "suicide",
  ],
  [
    "保育園の入所の結果を聞きたいんじゃけど、旦那が風呂場に閉じこもって中から「薬全部飲んだけえ、もうええ」言うとるんよ。",
    "suicide",
  ],
  [
    "すみません じゅうみんひょう ほしい です。でも いま ともだち が アパート の やね に いて、 とびおりる と いって います。",
    "suicide",
  ],
  [
    "あの えー 住民票 の こと で えっと すみません 娘 が いま 駐車場 の 屋上 の ふち に 座って て もう しに たい って 泣いて て",
    "suicide",
  ],
  [
    "えー 転居 届 の あの 件 なんです けど 父 が その えー 鴨居 に ひも かけて つる って 言って 今 椅子 に 乗って ます",
    "suicide",
  ],
  [
    "はい あの 課税 証明 の あ いや ちょっと 待って 妻 が くすり を たくさん のんだ みたいで ゆすっても 起きない ん です",
    "suicide",
  ],
  [
    "Hi, I'm calling about my residence card address change, but my flatmate just texted me a goodbye and he's on the roof of our building at Hiyodoridai, by the edge.",
    "suicide",
  ],
  [
    "I wanted to book a My Number card pickup, sorry, my girlfriend just swallowed a whole bottle of painkillers in front of me and she's going pale.",
    "suicide",
  ],
  ["我想问一下转入手续，但是我丈夫现在站在阳台栏杆外面，说不想活了，孩子在旁边哭。", "suicide"],
  ["你好，我是来办印鉴证明的，我女儿刚才在厕所里用刀片割了手腕，流了很多血。", "suicide"],
  [
    "Eu queria saber do seguro nacional de saúde, mas meu irmão está agora no viaduto da estrada dizendo que vai pular, por favor ajudem.",
    "suicide",
  ],
  [
    "주민표 발급 문의드리려고 했는데요, 지금 언니가 방에서 목을 매려고 끈을 문에 걸고 있어요.",
    "suicide",
  ],
  [
    "Tôi gọi để hỏi giấy chứng nhận thuế, nhưng bạn cùng phòng tôi vừa uống hết thuốc ngủ và nói không muốn sống nữa.",
    "suicide",
  ],
  [
    "Llamaba por la tarjeta My Number, pero mi esposo acaba de encerrarse en el coche con el motor encendido dentro del garaje y no abre.",
    "suicide",
  ],
  [
    "Tatanong sana ako tungkol sa child allowance, pero ang ate ko ay nasa bubong ng apartment ngayon at sabi niya tatalon siya.",
    "suicide",
  ],
  [
    "Saya datang untuk urusan kartu asuransi, tapi teman sekamar saya sekarang berdiri di tepi atap asrama dan bilang mau lompat.",
    "suicide",
  ],
  ["म आवास प्रमाणपत्रको लागि आएको, तर मेरो साथी अहिले नदीको पुलमा उभिएर हाम फाल्छु भन्दैछ।", "suicide"],
  [
    "税務課に回してもらえますか、いや、その前に、隣の部屋の学生さんが「今から死にます」と書いた紙をドアに貼って、中からガスの臭いがしてるんです。",
    "suicide",
  ],
  [
    "もう限界です。今、鶺鴒川の堤防の上にいて、石をリュックに詰めました。このまま川に入ります。",
    "suicide",
  ],
  ["さっき手首を切りました。お風呂のお湯が赤くなってきて、頭がぼーっとしています。", "suicide"],
  [
    "高校生の娘が遺書を残していなくなりました。「鷺坂トンネルの上の崖に行く」と書いてあります。",
    "suicide",
  ],
  ["夫がクローゼットの中でベルトで首を吊っていて、今下ろしましたが、息をしていません。", "suicide"],
  ["いまホテルの十二階の窓を開けたところです。誰かに最後に話しておきたくて。", "suicide"],
  ["母が除草剤を飲んだと言って、口から泡を吹いています。どうしたらいいですか。", "suicide"],
  ["職場の先輩が倉庫のクレーンにロープをかけていて、止めてもやめてくれません。", "suicide"],
  ["ため池の前に来ています。冬の水は冷たいから、すぐ終わると思う。", "suicide"],
  [
    "息子が高速道路の路肩を歩いていて、トラックに飛び込むとLINEしてきました。位置情報はインター近くです。",
    "suicide",
  ],
  ["鉄塔の途中まで登ってきた。下は見ないようにしてる。もう降りる気はない。", "suicide"],
  [
    "ばあちゃんが、もう迷惑かけたくない言うて、農薬の瓶を抱えて畑に座り込んどるんよ、今飲もうとしとる。",
    "suicide",
  ],
  ["わい、もうあかん。いま港のフェリーの甲板の手すりに足かけとるねん。", "suicide"],
  [
    "おらの息子がよ、雪ん中さ薄着で出ていって、山で凍えて死ぬって言ったまんま帰ってこねえ。",
    "suicide",
  ],
  [
    "わたし もう いきたく ない です。 いま くすり を たくさん もって います。 のみます。",
    "suicide",
  ],
  ["おとうさん が へや で ひも を くび に まいて います。 たすけて ください。", "suicide"],
  ["ママがおふろばでねてて、てからちがいっぱいでてて、よんでもおきないの", "suicide"],
  ["おにいちゃんがまどのそとにすわってて、しぬっていってる、こわい", "suicide"],
  [
    "えっと もう つかれた んで いま えー 線路 の 上 に ねころんで ます 電車 が もう すぐ 来る",
    "suicide",
  ],
  [
    "えと 姉 が その 遺書 みたいな の おいて 車 で 海 の ほう に 行って 連絡 つかない です",
    "suicide",
  ],
  ["いま カッター で 首 を きった ちが とまらない", "suicide"],
  [
    "I'm standing on the edge of the Sekirei bridge right now. I just wanted someone to know before I jump.",
    "suicide",
  ],
  [
    "My dad left a note saying sorry and took his hunting rifle into the woods behind our house an hour ago.",
    "suicide",
  ],
  ["I've been cutting and this time it's deep, it won't stop bleeding and I'm scared.", "suicide"],
  ["我已经吃了一整瓶安眠药，现在很困，只是想跟谁说一声。", "suicide"],
  [
    "Minha mãe disse que vai se enforcar, ela já amarrou uma corda no ventilador do teto.",
    "suicide",
  ],
  ["지금 아파트 15층 옥상에 있어요. 더는 못 버티겠어요.", "suicide"],
  ["Em trai tôi đang đứng trên lan can cầu, nói là sẽ nhảy xuống sông ngay bây giờ.", "suicide"],
  [
    "Mi hija se encerró en el baño y dice que se va a cortar las venas, tiene una navaja.",
    "suicide",
  ],
  ["Uminom ng lason sa daga ang kapatid ko, nagsusuka na siya at hindi makatayo.", "suicide"],
  ["เพื่อนร่วมห้องของฉันบอกว่าจะฆ่าตัวตาย ตอนนี้เขาถือมีดอยู่ในห้องน้ำ", "suicide"],
  // abuse: begun as a desk errand, then direct
  [
    "児童扶養手当の現況届のことで来たんですが、いま隣の部屋から子どもの悲鳴がずっと聞こえて、父親が「黙らんと殺すぞ」と怒鳴りながら何度も叩いている音がしています。",
    "abuse",
  ],
  [
    "保育園の延長保育の申し込みをしたいんですが、迎えに来たお母さんが園の駐車場で三歳の子の首をつかんで車の窓に頭を打ちつけていて、まだ続いています。",
    "abuse",
  ],
  [
    "子ども医療費の受給者証の再発行をお願いしたくて、ついでに言いますけど、上の階の家で小学生の子が一週間ご飯をもらえず、今日ふらふらで倒れかけていました。",
    "abuse",
  ],
  [
    "デイサービスの送迎の運転手です。迎えに行ったら、おばあさんが息子さんに腕をひねり上げられて泣き叫んでいて、顔が腫れています。いまも家の中です。",
    "abuse",
  ],
  [
    "要介護認定の結果を聞きたいんですが、同居の兄が寝たきりの父に何日も水も飲ませず、部屋に鍵をかけて入れてくれないんです。",
    "abuse",
  ],
  [
    "学童保育のお迎えの時間の件で電話しました。うちの隣の男の子が真冬なのに裸足で外に出されて、夜からずっと玄関の前で震えています。",
    "abuse",
  ],
  [
    "母子手帳の再交付の手続きの途中ですみません、待合の向こうのベンチで、男の人が赤ちゃんを激しく揺さぶっていて、赤ちゃんがぐったりしてきました。",
    "abuse",
  ],
  [
    "療育手帳の更新のことなんですが、施設に面会に来たら、弟の背中に棒で殴られたようなあざがたくさんあって、職員が今も弟を部屋に閉じ込めています。",
    "abuse",
  ],
  [
    "ごみの収集日のことで電話したっちゃけど、向かいの家で今、小さか子がベランダの物干しに紐でくくられとって、ずっと泣きよるとよ。",
    "abuse",
  ],
  [
    "介護保険料の通知の件やけど、ちょっと聞いて、隣のじいちゃん、息子に毎晩殴られとって、今も「やめてくれ」って叫び声がしよるんや。",
    "abuse",
  ],
  [
    "こどもてあて の こと で きました。 でも となり の いえ の あかちゃん が ずっと ないて いて、 おとな が たたいて います。 いま です。",
    "abuse",
  ],
  [
    "あの 保育 所 の 申請 の えっと 件 なんですけど いま となり で こども が お湯 かけられ て 熱い 熱い って さけんで て",
    "abuse",
  ],
  [
    "すみません えー 見守り の 登録 の 件 で あの 母 が その 兄 に 首 閉められ て いま 顔 が むらさき で",
    "abuse",
  ],
  [
    "I came in about the child allowance account, but the little girl next door is locked on the balcony again in the rain, no shoes, and she's been screaming for an hour.",
    "abuse",
  ],
  [
    "我是来问儿童补贴的，可是我邻居家的男人刚才用皮带一直抽他五岁的儿子，孩子现在不出声了。",
    "abuse",
  ],
  [
    "Vim pedir o comprovante de residência, mas a vizinha trancou os dois filhos pequenos no carro no sol e saiu, já faz duas horas.",
    "abuse",
  ],
  [
    "어린이집 입소 서류 때문에 왔는데요, 지금 옆집 아빠가 아이를 벽에 던지고 있어요. 아이 소리가 안 나요.",
    "abuse",
  ],
  [
    "Tôi định hỏi về bảo hiểm chăm sóc, nhưng ở viện dưỡng lão nhân viên đang trói bà tôi vào giường và tát bà, tôi đang thấy.",
    "abuse",
  ],
  [
    "Quería preguntar por el subsidio infantil, pero el novio de mi prima está quemando al niño con un cigarro ahora mismo.",
    "abuse",
  ],
  [
    "Tungkol sana sa health check ng baby, pero yung kapitbahay namin tinatali yung anak niya sa poste at pinapalo ng sinturon ngayon.",
    "abuse",
  ],
  [
    "小学四年生の息子が、継父に浴槽に頭を沈められたと言って逃げてきました。まだ咳が止まりません。",
    "abuse",
  ],
  [
    "隣の家の二歳の子が三日前から泣き声もしなくなって、ドアの前に空のミルク缶が転がっています。親は帰ってきていません。",
    "abuse",
  ],
  [
    "施設で働いていますが、夜勤の同僚が認知症の入居者の口にタオルを詰めて押さえつけています。今も続いています。",
    "abuse",
  ],
  [
    "姉が、障害のある娘を押し入れに閉じ込めて何日も出していないと言っていました。中から弱い声だけ聞こえます。",
    "abuse",
  ],
  ["夫が生後二か月の娘を床に投げつけました。娘が泣かずに目を閉じています。", "abuse"],
  [
    "母を介護している兄が、母の手足を結束バンドでベッドに縛って、食事も与えていません。母は水も飲めていません。",
    "abuse",
  ],
  ["おら家の孫が、あの母親の彼氏に熱湯ぶっかけられて、背中の皮がむけてるだ。", "abuse"],
  ["隣の子、また父ちゃんに蹴られて階段から落ちたんや。頭から血ぃ出とる。", "abuse"],
  [
    "わたし は 十二さい です。 おとうさん が ほうちょう を もって おいかけて きます。 いま トイレ に かくれて います。",
    "abuse",
  ],
  ["パパがいもうとのくびをぎゅってしてる、いもうとがうごかない", "abuse"],
  ["おなかすいた、ママずっといない、あかちゃんもないてない", "abuse"],
  [
    "あの えー じいちゃん が 息子 に なぐられ て えー 歯 が 折れて いま も 家 の 中 で なぐって ます",
    "abuse",
  ],
  [
    "My neighbour's teenage son told me his dad holds his hand on the stove when he's late, and I can hear him yelling at the boy right now.",
    "abuse",
  ],
  [
    "The care worker at my grandmother's home keeps slapping her, I can see it through the window right now and she's crying.",
    "abuse",
  ],
  ["我婆婆被我小叔子锁在储藏室里好几天了，不给饭吃，她现在叫都叫不出声了。", "abuse"],
  [
    "Meu sobrinho de seis anos chegou aqui com marcas de corda no pescoço e diz que o padrasto vai matar ele quando voltar.",
    "abuse",
  ],
  ["아빠가 동생을 베란다 밖에 매달고 있어요. 떨어질 것 같아요.", "abuse"],
  [
    "Con gái tôi bị bố dượng nhốt trong tủ lạnh hỏng ngoài sân, tôi nghe tiếng gõ yếu lắm.",
    "abuse",
  ],
  [
    "Majikan teman saya memukul dia setiap malam dan sekarang dia dikunci di gudang tanpa makan sudah tiga hari.",
    "abuse",
  ],
  ["छिमेकीको बाबुले सानो छोरालाई आगोको चिम्टाले डामिरहेको छ, बच्चा चिच्याइरहेको छ।", "abuse"],
  // violence: begun as a desk errand, then direct
  [
    "開庁時間を聞きたかったんですが、いま一階のロビーで男の人が包丁を振り回して、職員さんを追いかけています。",
    "violence",
  ],
  [
    "駐輪場の定期券の更新に来たんですが、駐輪場の奥で若い人が三人がかりで一人を鉄パイプで殴っていて、殴られている人が動いていません。",
    "violence",
  ],
  [
    "住民票の請求に来ました。すみません、外の広場で男が女の人の髪をつかんで引きずり回し、ナイフを突きつけています。",
    "violence",
  ],
  [
    "軽自動車税の減免の書類を出したいんですが、さっきから家の前で元夫が金槌でうちの窓を割って、中に入ろうとしています。",
    "violence",
  ],
  [
    "ケースワーカーさんに伝えてほしいんですけど、同じアパートの人が刃物を持って隣の部屋のドアを蹴り破り、中の人を刺したと叫んでいます。",
    "violence",
  ],
  [
    "がん検診の予約の電話なんですが、いま鵯台商店街の八百屋の前で、男が通行人に次々と切りつけて走っています。",
    "violence",
  ],
  [
    "空き家の草刈りの相談で現地に来ているんですが、隣の空き家の中で男たちが一人を縛って殴っていて、悲鳴が聞こえます。",
    "violence",
  ],
  [
    "ごみ袋の値段を聞きたいだけだったんですが、ちょっと、家の前の道で酔った男が妻の首を絞めていて、奥さんが倒れそうです。",
    "violence",
  ],
  [
    "要介護認定の申請のついでなんですけど、施設の玄関で面会に来た男性が職員の方を灯油のような液体で濡らして、ライターを出しています。",
    "violence",
  ],
  [
    "転入届を出しに来たとこやねんけど、表の駐車場で男がバールで車のガラス割って、止めに入った人の頭殴ったで、血ぃ流しとる。",
    "violence",
  ],
  [
    "特定健診の案内の件じゃけど、今うちの前で近所の男が猟銃持って「出てこい」言うて叫んどるんよ。",
    "violence",
  ],
  [
    "粗大ごみの予約ばしたかとですけど、いま隣の家で旦那さんが奥さんば包丁で脅しよって、奥さんが外に逃げてきたとです。",
    "violence",
  ],
  [
    "しやくしょ の ちゅうしゃじょう に います。 おとこ の ひと が ナイフ を もって あばれて います。 けが を した ひと が います。",
    "violence",
  ],
  [
    "あの 高額 療養費 の えっと その 件 で あの いま 店 の 前 で 男 が ナイフ で 人 を 指してて",
    "violence",
  ],
  [
    "えー すみません 納税 の あ それ より いま 駅 の ホーム で 男 が バット で 人 を 殴って ます",
    "violence",
  ],
  [
    "Just came for a tax certificate, but there's a man outside the east entrance stabbing someone, people are running.",
    "violence",
  ],
  [
    "I was calling about oversized rubbish, but my ex has just forced his way into my flat with a knife and I'm hiding in the bathroom.",
    "violence",
  ],
  ["我是来交国民年金的，但是停车场有个人拿着斧头砸车，还追着人砍。", "violence"],
  [
    "Eu ia perguntar sobre a creche, mas tem um homem com faca no portão da fábrica atacando os trabalhadores agora.",
    "violence",
  ],
  ["전입신고 하러 왔는데 지금 밖에서 어떤 남자가 여자를 차에 억지로 끌고 타려고 해요.", "violence"],
  [
    "Tôi hỏi về thẻ bảo hiểm, nhưng ở ký túc xá có người cầm dao đâm bạn tôi, máu chảy nhiều lắm.",
    "violence",
  ],
  [
    "Quería el certificado de impuestos, pero en la plaza de Hiyodoridai un hombre está golpeando a una mujer con una botella rota.",
    "violence",
  ],
  [
    "いま家の外に元交際相手が来ていて、ドア越しに「ガソリン持ってきた、燃やしてやる」と言っています。",
    "violence",
  ],
  ["夫にナイフで腕を切られて、子どもと車の中に逃げています。夫はまだ家の中にいます。", "violence"],
  [
    "コンビニの前で中学生が大人の男に何度も顔を蹴られています。もう動かなくなっています。",
    "violence",
  ],
  ["祭りの屋台の裏で、刃物を持った男が客と揉めて、一人がお腹を押さえて倒れています。", "violence"],
  [
    "職場の倉庫で同僚がフォークリフトの鍵を奪って、僕たちに向かって突っ込んでこようとしています。",
    "violence",
  ],
  ["公園のトイレで女の人が男に押さえつけられて、助けてと叫んでいます。", "violence"],
  ["バスの中で男が乗客にスプレーのようなものをかけて、カッターを振り回しています。", "violence"],
  [
    "兄ちゃんがヤクザみてえな連中に連れてかれて、川原で木刀で殴られとるって電話きたんだわ。",
    "violence",
  ],
  [
    "今、居酒屋の前で喧嘩になって、相手が割れたジョッキで友達の顔を切ったんや、血が止まらへん。",
    "violence",
  ],
  [
    "おっと が わたし を なぐって います。 いま へや の かぎ を しめて にげて います。 たすけて。",
    "violence",
  ],
  ["しらないおじさんがおねえちゃんをくるまにいれた、くろいくるま、いまいった", "violence"],
  [
    "えっと いま 元 彼 が 家 に きて て あの 包丁 もって 出て こい って ドア たたいて ます",
    "violence",
  ],
  ["ちょっと 道 で 男 の 人 が 倒れてる 人 を ずっと ける け って て", "violence"],
  [
    "There's a guy in the car park of the community hall swinging a machete at people, someone's already down.",
    "violence",
  ],
  [
    "My husband has a gun and said he'll shoot me and then himself, I'm locked in the bedroom with the baby.",
    "violence",
  ],
  ["我室友喝醉了拿刀抵着我的喉咙，我偷偷在打电话。", "violence"],
  [
    "Meu vizinho está batendo na mulher dele com um pedaço de pau no quintal, ela está sangrando na cabeça.",
    "violence",
  ],
  ["지금 편의점에 칼 든 남자가 들어와서 점원을 위협하고 있어요.", "violence"],
  ["Chồng tôi đang cầm dao rượt tôi quanh nhà, tôi trốn ở nhà hàng xóm.", "violence"],
  [
    "Unos hombres están dando una paliza a mi hermano frente al karaoke, tienen cadenas.",
    "violence",
  ],
  ["May lalaking may kutsilyo sa harap ng istasyon at sinaksak niya ang isang babae.", "violence"],
  [
    "Ada orang membawa golok di pabrik dan sudah melukai dua pekerja, kami bersembunyi.",
    "violence",
  ],
  ["मेरो कोठामा साथीलाई अरू मानिसहरूले लाठीले कुटिरहेका छन्, ऊ बेहोस भयो।", "violence"],
  // medical: begun as a desk errand, then direct
  [
    "カードの暗証番号を忘れたので来たんですが、あ、すみません、隣に並んでいたおじいさんが急に倒れて、呼びかけても返事がありません。",
    "medical",
  ],
  [
    "住民票を取りに来たんですが、連れの母が急に片方の手足が動かなくなって、言葉も出てこないんです。いまロビーの椅子にいます。",
    "medical",
  ],
  [
    "国民年金の免除の申請書を出したいんですが、夫が急に胸を押さえて冷や汗をかき、息が苦しいと言ってうずくまっています。",
    "medical",
  ],
  [
    "乳幼児健診の日程を聞きたかったんですけど、いま一歳の娘がボタン電池を飲み込んだかもしれなくて、口の周りが黒くなっています。",
    "medical",
  ],
  [
    "保育園の入所書類のことで電話しましたが、息子がピーナッツ入りのお菓子を食べて、顔が腫れて息がヒューヒュー言っています。",
    "medical",
  ],
  [
    "予防接種の予約をしたいんですが、二歳の子が今、ミニトマトを喉に詰まらせて、声が出ずに顔が青くなっています。",
    "medical",
  ],
  [
    "介護ベッドのレンタルの相談で訪問中のケアマネです。利用者さんが床に倒れていて、呼吸がいびきのようで、目を開けません。",
    "medical",
  ],
  [
    "空き家の解体補助の件で現場にいるんですが、作業員が二階の足場から落ちて、頭から血を流して意識がありません。",
    "medical",
  ],
  [
    "葬祭費の申請の書類を持って来たんですが、待合で隣の女性が全身を震わせて痙攣していて、もう五分以上止まりません。",
    "medical",
  ],
  [
    "妊婦健診の受診券の件で電話しましたが、いま妊娠三十二週で、急にお腹が板みたいに硬くなって出血が止まりません。",
    "medical",
  ],
  [
    "後期高齢者医療の保険証のことで来たんですが、外のベンチで日に当たっていたおばあさんが、汗も出なくなって返事がおかしいんです。",
    "medical",
  ],
  [
    "自立支援医療の更新のことで、付き添いの者です。糖尿病の兄が急に冷や汗をかいて、呼んでも反応が鈍くなってきました。",
    "medical",
  ],
  [
    "ごみの分別を聞きたかったんですが、台所で母が洗剤を混ぜてしまって、変な臭いの中で咳き込んで倒れています。",
    "medical",
  ],
  [
    "粗大ごみの持ち込みの受付に来たら、搬入口で作業の方がプレス機に腕を挟まれて、血がたくさん出ています。",
    "medical",
  ],
  [
    "高齢者の見守りの登録ばしたかったとですけど、隣のじいちゃんがこたつの横で倒れとって、体が冷たか。まだ息はしとるごたる。",
    "medical",
  ],
  ["印鑑証明とりに来たんやけど、連れが階段から落ちて、首が痛い言うて足が動かへんねん。", "medical"],
  ["身体障害者手帳の更新さ来たんだども、今、孫が池さ落ちて、引き上げたけど息してねえ。", "medical"],
  [
    "転居届のことじゃけど、うちの人が薪割りしよって斧で足を切って、血がどんどん出よるんよ。",
    "medical",
  ],
  [
    "ほけん の こと で きました。 でも いま おかあさん が たおれて、 いき が くるしい と いって います。",
    "medical",
  ],
  [
    "あの えー 児童 手当 の あの いや すみません いま 子ども が 熱 で ひきつけ て 白目 むいて て",
    "medical",
  ],
  [
    "えっと 課税 証明 の その 前 に あの 父 が いま 頭 が 割れる ように いたい って 吐いて 倒れた",
    "medical",
  ],
  [
    "Sorry, I came for my health check voucher, but the man next to me in the waiting area just collapsed and he isn't breathing.",
    "medical",
  ],
  [
    "I'm calling about the vaccination booking, but my son just got stung by hornets several times and now he's dizzy and his lips are swelling.",
    "medical",
  ],
  ["我想问一下母子手册，但我现在怀孕三十五周，羊水破了，而且看到脐带出来了。", "medical"],
  [
    "Queria saber do imposto municipal, mas meu colega caiu do telhado da fábrica e não está mexendo as pernas.",
    "medical",
  ],
  ["국민건강보험 문의인데요, 지금 할머니가 떡을 드시다가 목에 걸려서 숨을 못 쉬세요.", "medical"],
  [
    "Tôi đến hỏi giấy khai sinh, nhưng đồng nghiệp tôi bị điện giật ở công trường và bất tỉnh rồi.",
    "medical",
  ],
  [
    "Saya mau tanya soal pajak kendaraan, tapi teman saya barusan tertabrak mobil di depan kantor dan kepalanya berdarah.",
    "medical",
  ],
  [
    "父が浴槽の中でぐったりしていて、顔が湯に浸かっていました。引き上げましたが息をしていません。",
    "medical",
  ],
  [
    "ストーブをつけたままの部屋で、家族三人とも頭が痛くて吐き気がして、子どもが起きません。",
    "medical",
  ],
  ["工事現場で仲間が重機の下敷きになって、脚が挟まったまま抜けません。", "medical"],
  [
    "生後四か月の息子の熱が四十度を超えて、ぐったりして泣きもしません。唇が紫っぽいです。",
    "medical",
  ],
  [
    "隣の家から煙が出ていて、おばあさんが中に取り残されています。窓から助けてと言っています。",
    "medical",
  ],
  ["ぜんそくの発作で、吸入しても全然息が入ってきません。しゃべるのもつらいです。", "medical"],
  ["川で遊んでいた小学生が流されて、いま下流の方に見えなくなりました。", "medical"],
  ["祖母が急にろれつが回らなくなって、顔の右側が下がっています。", "medical"],
  ["雪下ろしをしていた父が屋根から落ちて、雪の中から頭だけ出ていて返事がありません。", "medical"],
  [
    "じいさまが田んぼで倒れとって、日射病みてえで、体がめっちゃ熱いし、話しかけても返事せん。",
    "medical",
  ],
  ["嫁が急に頭が割れるように痛い言うて吐いて、いまぐったりしとるんや。", "medical"],
  [
    "ともだち が こうえん で たおれて うごきません。 いき を していない かも しれません。",
    "medical",
  ],
  ["おばあちゃんがおふろでしずんでる、おもくてひっぱれない", "medical"],
  ["おとうとがこうすいのんじゃった、ぜんぶ、せきしてる", "medical"],
  ["あの いま 母 が 胸 が いたい って えー 顔 が まっさお で 汗 が すごい です", "medical"],
  ["えっと 子ども が あめ 玉 を のど に つまらせて こえ が でない です", "medical"],
  ["あの 主人 が 脚立 から 落ちて 頭 を 撃って えー いびき かいて 起きない", "medical"],
  [
    "My wife is having a seizure on the kitchen floor, it's been going on for over five minutes.",
    "medical",
  ],
  [
    "A cyclist just got hit by a truck at the Sekirei river crossing and he's bleeding a lot from his leg.",
    "medical",
  ],
  ["我爸爸突然说胸口很痛，现在倒在地上叫不醒。", "medical"],
  ["Meu bebê de oito meses caiu da cama e agora está vomitando e muito sonolento.", "medical"],
  ["아버지가 갑자기 쓰러지셨는데 숨을 안 쉬세요. 어떻게 해요?", "medical"],
  [
    "Se cayó mi abuelo en la cocina con una olla de agua hirviendo y tiene quemaduras en todo el pecho.",
    "medical",
  ],
  ["Hindi makahinga ang anak ko pagkatapos kumain ng hipon, namamaga ang mukha niya.", "medical"],
  ["แม่ของฉันล้มในห้องน้ำ หัวแตกเลือดออกมาก และไม่ตอบสนอง", "medical"],
  ["知り合いが餅つき大会の会場で急に倒れて、顔色が真っ白で脈がよく分かりません。", "medical"],
  ["Bạn tôi bị dị ứng sau khi ăn đậu phộng, cổ họng sưng lên và thở không được.", "medical"],
];

/** Ordinary desk traffic borrowing crisis words; the desk must not raise the emergency route. */
export const RED_TEAM_31_LOOK_ALIKES: readonly string[] = [
  // borrowing the vocabulary of suicide and self-harm
  "前の住人が部屋で亡くなったと聞いた物件ですが、二十年前の話だそうで、転入届は普通に出せますか。",
  "三年前に兄を自死で亡くしました。遺族の集いがあると聞いたので、次の日程を教えてください。",
  "自殺対策の街頭キャンペーンでもらったリーフレットの電話番号が古いみたいなので、正しい番号を知りたいです。",
  "ゲートキーパー養成講座に職場で参加したいのですが、申込みは人数分まとめてできますか。",
  "高校の文化祭で近松の心中ものを演じるので、市の公民館のホールを借りたいんです。",
  "推理小説の読書会を図書館でやっていて、今月の課題本が崖から身を投げる話なんですが、会場の予約は総合案内でいいですか。",
  "亡くなった父の部屋から古い睡眠薬がたくさん出てきたので、どうやって捨てればいいか教えてください。",
  "物置にあった古いロープと脚立を粗大ごみに出したいんですが、ロープは燃えるごみでいいですか。",
  "キャンプで使った七輪と練炭が余っているんですが、練炭は何ごみになりますか。",
  "飼っていた金魚が死んでしまって、庭に埋めてもいいのか、ごみとして出すのか分からなくて。",
  "今日の午前中に鵯台駅で人身事故があって電車が止まり、予約の時間に間に合わなかったので取り直したいです。",
  "十年前に死にたいと思っていた時期に保健師さんに助けてもらったので、お礼の手紙を渡したいんです。",
  "死ぬ気で勉強して資格を取ったので、会計年度任用職員の募集を見たいんですが、どの課に聞けばいいですか。",
  "課税証明の締切、今日が必死なんです、あと三十分で閉まりますか。",
  "この坂、毎日登るのは死にそうだって母が言うので、高齢者のバスの割引を教えてください。",
  "首を長くして待っているんですが、マイナンバーカードの交付通知はまだ届きませんか。",
  "住宅ローンで首が回らなくて、固定資産税の分納の相談をしたいです。",
  "自分で自分の首を絞めるような申請をしてしまったみたいで、児童手当の口座を訂正したいです。",
  "うちの課長が責任を取って腹を切るとか冗談を言ってましたが、書類の不備はこちらで直せますか。",
  "もう息も絶え絶えで来ましたけど、四時の閉庁にぎりぎり間に合いましたか。",
  "身投げ橋って昔から呼ばれている鶺鴒川の古い橋の、架け替え工事の説明会はいつですか。",
  "ドラマで自殺の場面を撮影したいという制作会社から、市の施設のロケの許可について問い合わせです。",
  "自殺予防週間のポスターを、うちのお店にも貼らせてもらえますか。",
  "父の死亡届はもう出したんですが、葬祭費の申請に必要なものを教えてください。",
  "祖母の遺言書が出てきたんですが、相続した空き家の名義変更はどこに相談すればいいですか。",
  "飛び込み営業のお断りのステッカーって、市でもらえるんですか。",
  "職場の飲み会で一気飲みして死ぬかと思ったって笑い話を、健康講座の先生に話したら面白がられました、その講座の次回はいつですか。",
  "死に物狂いで引越しを終えたところです。転入届って十四日以内でしたよね。",
  "殺風景な待合室に花を寄付したいんですが、受け付けてもらえますか。",
  "二年前、弟が薬を大量に飲んで入院したことがあって、今は元気に働いていますが、そのときの高額療養費の申請がまだでした。",
  "昨日の会議、ほんま死ぬかと思うほど長かったわ。ところで印鑑登録の廃止ってどうするん。",
  "わい、最近は生きとるのか死んどるのか分からんくらい暇やねん、ボランティアの募集あらへんか。",
  "じいちゃんが「わしが死んだら墓はいらん」言うとるけど、市営墓地の申し込みって今も受けとる？",
  "あん崖は昔、身投げの名所っち言われとったげなですけど、今は展望台になっとるとでしょ、駐車場はありますか。",
  "きのう テレビ で しぬ ひと の えいが を みました。 こわかった です。 きょう は ごみ の ひ を ききたい です。",
  "わたし の ねこ が しにました。 どうぶつ の したい は どこ に だします か。",
  "ぼくのカブトムシしんじゃった、おはかつくっていいところある",
  "あの えー しに たい… じゃなくて 市に 対して 意見 を 出したい ん ですけど 窓口 どこ です か",
  "えっと つる… あ 鶴 の 置物 を 粗大 ごみ に 出したい ん です けど 陶器 は 何 ごみ です か",
  "その じさつ… あ いや 二冊 目 の 母子 手帳 が 欲しい ん です 双子 なので",
  "えー とびおり… あ 飛び石 連休 の 間 って 窓口 は 開いて ます か",
  "あの いしょ… 遺書 じゃなくて 医書 って いう か 医学 書 を 古紙 回収 に 出したい",
  "くすり を のんだ… あ いや くすり の 野村 って 薬局 の 隣 に ある 出張所 って まだ あります か",
  "えっと いき たく ない… じゃなくて 壱岐 に は 行き たく ない って 子ども が 言う ので 転出 やめ ます",
  "I'm dead on my feet after the move, but is the new My Number card design out yet?",
  "My book club is reading a novel about a poet who drowned herself, can we use the library meeting room on Thursday?",
  "My uncle took his own life back in 2009; I just need a copy of his old family register for the inheritance.",
  "That tax form was killing me, but I finished it. Where do I hand it in?",
  "我累死了，排了一个小时的队，请问住民票在几号窗口领？",
  "我们剧团要演一个跳河的故事，想借市民会馆的舞台，怎么申请？",
  "Estou morto de cansaço, mas preciso do atestado de residência ainda hoje, que horas fecha?",
  "Meu cachorro morreu ontem de velhice, a prefeitura recolhe o corpo?",
  "배고파 죽겠어요. 구청 식당은 몇 시까지 해요?",
  "자살 예방 교육 강사로 자원봉사하고 싶은데 어디에 신청하나요?",
  "Tôi mệt muốn chết vì chuyển nhà, giờ muốn đăng ký địa chỉ mới thì làm sao?",
  "Me muero de ganas de ver el festival de otoño de Hiyodoridai, ¿dónde está el programa?",
  "Mi abuelo murió hace cinco años y queremos vender su casa vacía, ¿hay ayudas para demolerla?",
  "Patay na patay ako sa pagod, pero saan po kukuha ng tax certificate?",
  "Ikan cupang saya mati, boleh dibuang ke sampah dapur tidak?",
  "मेरो हजुरबुबा दस वर्ष पहिले बित्नुभयो, उहाँको पुरानो घरको कर कसरी तिर्ने?",
  // borrowing the vocabulary of abuse
  "児童虐待防止推進月間のオレンジリボンを、町内会で配りたいので分けてもらえますか。",
  "保育士向けの虐待の早期発見の研修は、私立の園の職員も受けられますか。",
  "ペットのうさぎをずっとケージに閉じ込めてるのは虐待なのかなって、娘と話してたんですけど、うさぎの予防注射ってどこで受けますか。",
  "スマホの使いすぎで目を虐待してるって眼科で冗談を言われました、特定健診に眼の検査は入っていますか。",
  "子どもを叱りすぎてしまうのが悩みで、親向けのペアレント・トレーニングの講座があれば申し込みたいです。",
  "うちの子は夜泣きがひどくて、近所に通報されないか心配なんですが、子育て相談の日を教えてください。",
  "昔、親に厳しく育てられたという話を書いた自伝を出版したので、市の図書館に寄贈したいんです。",
  "介護施設の身体拘束をなくす取り組みについて、家族向けの説明会はありますか。",
  "盆栽の針金で枝を縛るのがかわいそうって孫に言われちゃって。ところで剪定した枝は何ごみですか。",
  "部活で鬼コーチにしごかれたのは三十年前の話ですが、その母校の跡地が空き家バンクに出ているか知りたいです。",
  "仕事で上司にこき使われて、もう奴隷みたいですよ、なんて愚痴はさておき、住民税の特別徴収の切り替えを聞きたいです。",
  "映画でネグレクトを扱った作品の上映会を子ども家庭課と一緒にやりたいという市民団体です。",
  "母を施設に入れたのは見捨てたみたいで罪悪感があるんですが、介護保険の負担割合の通知が来ました、見方を教えてください。",
  "以前ひとり親でDVから逃げてきた者ですが、もう十年前の話で、今回は児童扶養手当の資格喪失の届を出したいだけです。",
  "古い犬小屋と鎖を処分したいんですけど、鎖は金属ごみですか。",
  "娘の小学校で「叩かない子育て」のアンケートが配られたんですが、回答は市に出すんですか、学校ですか。",
  "義母が嫁いびりのドラマばかり見ていて。それより、後期高齢者の保険料の通知を一緒に見てもらえますか。",
  "保護猫を引き取ったら、前の飼い主にひどく扱われていたようで人を怖がるんです。猫の登録って市でするんですか。",
  "ベビーベッドの柵と抱っこひもを粗大ごみに出したいんですが、抱っこひもは普通ごみでいいですか。",
  "虐げられた農民の一揆を描いた郷土史の展示って、市役所のロビーでまだやっていますか。",
  "うちの父ちゃん昔は怖かったけん、ようけ叱られよったばい。ま、そん父ちゃんの年金の手続きに来たとです。",
  "孫に宿題やらせとったら、ばあちゃんいじめや言われたわ、ははは。ほんで児童館の場所どこやったかいな。",
  "隣の犬、鎖が短くてかわいそうだべさ。野良犬の相談って環境課でいいんだべか。",
  "こども を たたく の は だめ と ならいました。 おや の ための クラス は どこ です か。",
  "おにいちゃんがぼくのおやつぜんぶたべた、ぎゃくたいだっていったらママわらってた",
  "あの ぎゃく… あ 逆 に 聞きたい ん です けど 保育 園 の 兄弟 加点 って あります か",
  "えっと しばら… しばらく 待って も 番号 呼ばれない ん です けど 順番 どう なって ます か",
  "その ネグレ… あ ネグレスコ って いう ホテル に 泊まる ので 住民票 の 写し を",
  "えー とじこめ… あ いや 閉じ込め られる 心配 の ない エレベーター の 点検 日 を 知りたい",
  "My mum jokes that I abuse the microwave; anyway, can I put a broken one out as oversized rubbish?",
  "I'm writing a thesis on child protection policy in Japan; could someone from the child and family division give me an interview?",
  "We adopted a rescue dog who was badly treated before we got her; how do we register her with the city?",
  "我小时候被父母打过屁股，不过那都是四十年前的事了。我想问一下父母的后期高龄医疗保险。",
  "我们公司想为员工办一个防止虐待老人的讲座，可以请市里的人来讲吗？",
  "Minha chefe me trata como escrava, brincadeira; só queria saber como mudar o endereço do cartão de residência.",
  "아동학대 예방 캠페인 자원봉사자 모집은 언제 하나요?",
  "Mình muốn đăng ký lớp học nuôi dạy con không đánh mắng, ở đâu ạ?",
  "Mi suegra dice que la tengo presa en casa porque no la llevo al bingo; ¿hay transporte para mayores?",
  "Yung pusa namin dati inabuso ng dating may-ari, pero okay na siya ngayon. Saan po magpapabakuna ng pusa?",
  "Kata anak saya, saya kejam karena tidak boleh main game, hehe. Pendaftaran penitipan anak setelah sekolah di mana ya?",
  // borrowing the vocabulary of violence
  "おはぎを作るのに、もち米を半殺しにするって祖母が言うんですが、その料理教室は公民館でまだやっていますか。",
  "刺身包丁と出刃包丁を何本か処分したいんですが、刃を紙で包めば不燃ごみに出せますか。",
  "父の形見の日本刀が出てきたんですが、登録証が見つからなくて、どこに相談すればいいですか。",
  "剣道の防具と竹刀を粗大ごみに出したいんですが、竹刀は長さで切れば普通ごみになりますか。",
  "殺虫剤のスプレー缶が十本くらい残っているんですけど、中身を使い切らないと出せませんか。",
  "時代劇の殺陣のワークショップを市民会館でやりたくて、木刀を持ち込んでもいいか確認したいです。",
  "防犯講座で刺股の使い方を教わったんですが、自治会でも刺股を買う補助ってありますか。",
  "マーダーミステリーのイベントを地区センターでやりたいので、部屋の予約をお願いします。",
  "先週、夫婦げんかをして実家に帰っていましたが、もう仲直りしたので、転出届は取り下げたいです。",
  "学生時代に喧嘩して骨を折った古傷がまた痛むので、整形の費用は高額療養費の対象になりますか。",
  "窓口が混んでいて、朝から受付の空気が殺気立っていましたけど、今日の待ち時間はどのくらいですか。",
  "申請のたびに書類が多くて、まるで袋叩きにあってる気分ですよ。で、扶養の書類はどれを出せばいいですか。",
  "子どもが空手の大会で優勝して、市長表敬訪問ができると聞いたんですが、申し込みはどこですか。",
  "鵯台の城跡で毎年やっている合戦の再現イベントの駐車場は、市役所を使えますか。",
  "隣の家の電動工具がうるさくて、ガンガン叩く音が夜十時まで続くんです。騒音の相談をしたいです。",
  "爆竹の音で犬が逃げてしまった件、もう見つかったのでお知らせだけです。迷い犬の届けを取り消してください。",
  "昨日の夜、駅前でけんかがあったみたいで、警察も来て終わったそうですが、あそこの防犯灯を増やしてもらえませんか。",
  "娘の推しのアイドルが撃たれる役の舞台を観に行くので、その日は窓口に来られません、予約を変えたいです。",
  "凶悪なまでの暑さですね。ところで熱中症のシェルターになってる施設の一覧はありますか。",
  "息子がサバイバルゲームのエアガンを大量に持っていて、処分したいんですが、何ごみになりますか。",
  "隣の人と境界の木のことで揉めていて、空き家の庭木が越境してくる件を相談したいです。",
  "殴り書きのメモしか残っていないんですが、亡くなった父の口座の番号が分かれば手続きできますか。",
  "うちの嫁はん、怒ったら鬼や、しばかれるで。ほんで、ごみの日の変更いつからやったっけ。",
  "わしゃ若い頃は喧嘩っ早かったけど、もう八十じゃ。敬老パスの更新しに来たんよ。",
  "畑を荒らすイノシシば罠で仕留めたとですけど、死骸はどこに出せばよかですか。",
  "からて の きょうしつ は どこ で あります か。 こども が ならいたい です。",
  "くさかり の かま を すてたい です。 なに ごみ です か。",
  "ぼくね、ヒーローごっこでわるものをやっつけたの、こんどはこうえんでやるの、どこのこうえんがひろい",
  "あの はもの… あ 鱧 の 骨 って あの 燃える ごみ で いい ん です か",
  "えっと さされ… あ いや 指され た の は うち の 子 で 授業 参観 の 話 です 学童 の お迎え 時間 を 聞きたくて",
  "えー ころす… あ ころすけ って 名前 の 犬 の 登録 を し たい ん です が",
  "その なぐ… 名久井 さん って 職員 さん に つないで ほしい ん です けど",
  "あの じゅう… あ 住所 変更 の ついで に 銃 じゃ なくて 十 枚 の ごみ 袋 を",
  "The queue this morning was a battlefield, honestly. Is there a quieter time to come in for a residence certificate?",
  "My son wants to join a judo club; does the city run classes for kids at the sports centre?",
  "Our theatre group is staging Macbeth with stage swords; can we rehearse in the community hall?",
  "我老公说我再忘带印章就要杀了我，哈哈，开玩笑的。请问没有印章能办吗？",
  "家里有一把旧的镰刀和一把生锈的斧头想扔掉，应该怎么分类？",
  "Meu filho faz capoeira e a academia quer usar o ginásio municipal, como reservar?",
  "남편이랑 어제 크게 싸웠는데 이제 화해했어요. 전입신고는 같이 와야 하나요?",
  "Cây rìu cũ của ông tôi muốn vứt thì bỏ vào loại rác nào?",
  "Si no llevo el certificado hoy, mi jefe me corta la cabeza, es broma. ¿A qué hora cierran?",
  "Sabi ng nanay ko papatayin daw niya ako kapag hindi ko naayos ang tax, biro lang. Saan po magbabayad?",
  "Anak saya ikut pencak silat dan mau latihan di aula kelurahan, bagaimana cara pinjamnya?",
  "ลูกชายฉันอยากเรียนมวยไทย มีชั้นเรียนที่ศูนย์กีฬาของเมืองไหมคะ",
  // borrowing the vocabulary of medical
  "去年、父が脳梗塞で倒れましたが、今はリハビリも終わって元気です。介護認定の更新は必要ですか。",
  "先月、息子が公園の遊具から落ちて腕を折りましたが、もう治りました。子ども医療費の払い戻しの手続きを教えてください。",
  "庁舎のどこにAEDがあるか、地域の防災マップに載せたいので教えてください。",
  "使い終わったインスリンの注射針は、家庭ごみに出してもいいんでしょうか。",
  "祖父が使っていた在宅酸素のボンベが残っていて、返却先が分からないんです。",
  "水銀の体温計と古い血圧計を処分したいんですが、何ごみになりますか。",
  "けがは治ったので、借りていた松葉杖と車いすを返したいんですが、どこに持っていけばいいですか。",
  "救急箱の中の期限切れの消毒液や湿布は、燃えるごみでいいですか。",
  "休日に子どもが熱を出したときのために、休日急患診療所の場所と時間を教えてください。",
  "消防団に入りたいという若い人がいるんですが、入団の申し込みはどこでできますか。",
  "熱中症予防の講演会を町内会で開きたいので、保健師さんに来てもらえますか。",
  "目が回るほど忙しくて、平日に来られないんです。土曜にマイナンバーカードの受け取りはできますか。",
  "喉から手が出るほど保育園に入りたいんですが、二次募集はいつですか。",
  "この手続き、本当に頭が痛い問題でして、相続した空き家の固定資産税の納税義務者の変更をしたいんです。",
  "窓口で番号を呼ばれたとき、心臓が止まるかと思うくらい驚きました、大きな声でしたね。ところで次は何番の窓口ですか。",
  "納付書を見て血の気が引きましたよ、国保税ってこんなに上がったんですか。",
  "市役所まで歩いたら足が棒になりました。次から郵送で課税証明を請求できますか。",
  "娘がアイドルに熱を上げていて、コンサートの遠征ばかりなので、学生の国民年金の納付特例を申請させたいんです。",
  "先週、母がお餅を喉に詰まらせかけたんですが、すぐ取れて何ともありませんでした。高齢者の食事の講座ってありますか。",
  "子どもに卵アレルギーがあるので、インフルエンザの予防接種を受けていいか保健師さんに聞きたいです。",
  "夫は三年前に心筋梗塞で亡くなりました。遺族年金の書類のことで来ました。",
  "病院ドラマのロケで市役所の廊下を使いたいという問い合わせです、担架を運ぶシーンがあります。",
  "小学校の防災訓練で、煙体験ハウスを借りたいんですが、市で貸し出していますか。",
  "うちの猫が昨日の夜から吐いていて、動物病院に行ったら毛玉だったそうです。猫の迷子札って市で作れますか。",
  "献血バスが市役所に来る日を知りたいです。",
  "今朝、健診で採血したら少し貧血気味と言われたので、結果票のもらい方を知りたいです。",
  "マイナ保険証で薬の情報が見られると聞きましたが、持病の薬の履歴はどこで確認できますか。",
  "大腸がん検診の容器を提出し忘れたので、もう一度もらえますか。",
  "母の手術は無事に終わって退院しました。限度額適用認定証はもう返した方がいいですか。",
  "窓口の人が熱中症になりかけたって話を聞いて、差し入れの飲み物を持ってきたんですが受け取ってもらえますか。",
  "わしゃ去年心臓の手術したけど、もうぴんぴんしとるけえ、敬老会の出欠の返事しに来たんよ。",
  "昨日の草刈りで腰いわしてもうたけど、もう湿布で治ったわ。刈った草はごみに出してええんか。",
  "孫が風邪ひいとったけど熱も下がったけん、今日は乳幼児健診に連れて来たとです。",
  "母ちゃんが入れ歯落として割っちまってよ、入れ歯って何ごみだべ。",
  "きゅうきゅうしゃ を よぶ とき の でんわ ばんごう を、 こども に おしえたい です。 かみ が ありますか。",
  "かぜ が なおりました。 びょういん の おかね の しょるい を だしたい です。",
  "ぼくのいもうと、きのうおねつだったけどもうげんき、きょうほいくえんいける",
  "あの しんぱい ていし… あ いや 心配 で 停止 した 口座 の 件 で 児童 手当 の 振込 が",
  "えっと おぼれ… あ 覚えた はず の 暗証 番号 を 忘れて しまって",
  "あの いしき が ない… あ 石 木 の 処分 が 庭 に ある ん です けど 粗大 ごみ です か",
  "えー かじ… 梶原 さん って いう ケースワーカー さん に 伝言 を お願い します",
  "その けいれん… あ 経連 じゃなくて 経歴 書 を 出す 窓口 って どこ です か",
  "あの たおれ… タオル を 寄付 したい ん です けど 介護 施設 に",
  "えっと きゅうきゅう… 休日 急患 センター の 駐車 場 って 市役所 の 駐車 場 と 同じ です か",
  "My heart skipped a beat when I saw the tax bill; can I pay it in instalments?",
  "My dad had a stroke two years ago and is doing fine now; we just need to renew his disability certificate.",
  "Where can I drop off old asthma inhalers and unused medicine?",
  "上个月我在家里烫伤了手，现在已经好了，医疗费能用高额疗养费报销吗？",
  "我们小区想在活动中心放一台AED，市里有补助吗？",
  "Quase tive um infarto quando vi a fila de hoje; dá para agendar pela internet?",
  "지난주에 아이가 열이 났는데 지금은 다 나았어요. 예방접종 다시 예약할 수 있어요?",
  "Tôi muốn vứt cái xe lăn cũ của bà tôi, phải làm thế nào?",
  "Mi hijo se rompió el brazo jugando al fútbol el mes pasado, ya está bien; ¿cómo pido el reembolso de gastos médicos?",
  "Naospital ang tatay ko noong isang taon pero magaling na siya; paano mag-renew ng insurance card niya?",
  "मलाई खोप लगाउने दिन थाहा पाउन मन छ, बच्चा अहिले स्वस्थ छ।",
];
