// Crisis red team 32, frozen 2026-12-07.
// sha256 (body, from the FROZEN-BODY line to the end of the file): dcc2939933daa9a876201731786b75e3dbb00fc14dfb59313d8861c3b3484efd
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-32.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 211 lines of
// crisis-red-team-31.ts (through `sed -n 1,211p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was read from its own
// prompt file, /tmp/prompts/full-rt32.md (with cat; no other prompt file was opened). No lexicon,
// test, script, doc, other fixture, other sample or red-team line was opened, git was not run, git
// history was not read, the repository was not grepped for phrases, the __fixtures__ folder was not
// listed, tsconfig.json and the Prettier config were not opened, nothing was imported from src/
// (the typescript package was loaded from node_modules only to transpile this file), no code or web
// search tool was used, and neither the engine, jest, the benchmarks nor the madoguchi command was
// run. Commands run, in order: cat on the prompt file; `date -u` and sed on crisis-red-team-31.ts
// as above in one call; `mkdir -p /tmp/rt32`, `test -e` on this file's path (it did not exist), sed
// on crisis-red-team.ts as above, cat on departments.csv, cat on DESIGN.md and `date -u` in one
// call; four shell heredocs writing, in /tmp/rt32, the crisis scratch lists (one per kind, fields
// separated by a vertical bar: kind, E for errand or D for direct, language, style, text), each
// followed by `wc -l`, cut, sort and `uniq -c` counting errand and direct lines (after the fourth
// also languages and styles of all four) and `date -u`; a heredoc appending two direct medical
// lines (the direct medical lines were two short), `wc -l`, the same count and `date -u`; a heredoc
// writing the suicide look-alike list (61 lines), `wc -l` and `date -u`; a Python edit dropping one
// of them (a shop's slow-selling goods) and re-wording one ASR near-miss, `wc -l` and `date -u`; a
// heredoc writing the abuse look-alike list, `wc -l` and `date -u`; a Python edit re-wording six
// abuse look-alikes whose idiom or topic red team 31's header names or that it re-worded away from
// (スパルタ, げんこつ, いびり, 鬼嫁, the Korean and English slave jokes), `wc -l` and `date -u`; a heredoc
// writing the violence look-alike list, `wc -l` and `date -u`; a Python edit re-wording two
// violence look-alikes about karate (named in red team 31's header) as aikido and taekwondo, a
// heredoc writing the medical look-alike list, `wc -l` and `date -u`; a Python edit re-wording one
// medical look-alike (a betta fish, named in red team 31's header, as a turtle) and appending one
// Thai medical look-alike (the list was one short), a heredoc writing a one-off Python check (five
// fields, kinds, counts per kind, errand and direct split with errand lines first, dash on
// look-alikes, styles, dialect, kana, child and ASR styles only in Japanese, double quotes,
// backslashes, backticks, tabs, double and edge spaces, distinct texts, lines sharing their first
// eight characters, longest line, languages and styles), the check run and `date -u`; a Python edit
// re-wording twelve openings that shared their first eight characters, the check (its output cut to
// three lines with tail) and `date -u`; a loop of cut and nl printing the four crisis lists to read
// them over; a Python edit re-wording three crisis lines (an abuse line told as this morning, made
// present, and two crisis ASR lines given homophone slips), the check (cut to its last line) and a
// loop printing the four look-alike lists; a Python edit re-wording four look-alikes (three whose
// topic red team 31's header names: a mother afraid of being reported, a dog kennel and chain, a
// playpen and harness; and a brother's hanging three years ago, made an aunt's seven years ago),
// the check and `date -u`; heredocs writing the body comment and a small Python script that wraps
// the lists into this file under a placeholder header, the script run into /tmp/rt32 (`wc -l`, sed
// on lines 1-35, `grep -c` for backslashes) and `date -u`; a Python edit making the script rewrap
// the body comment to 100 characters, the script run again, a Python check of comment-line lengths
// in characters (none over 100), sed on lines 1-22 and `date -u`; `test -e` on this file's path
// (absent), cp of the result to this path, `npx prettier --write` and `--check` on this file only,
// `wc -l` and `date -u`; sed and cut on lines 1-30 and `grep -n` for the array and group-comment
// lines on this file, and `date -u`; a heredoc writing a node script that transpiled this file with
// the typescript package's transpileModule and counted its two arrays (200 and 200 lines, kinds as
// below, 400 distinct texts, all strings, all pairs, the two export names), that script run, a
// one-off Python comparison of the strings in this file with the scratch lists (same 400 texts and
// kinds in the same order) and `date -u`; `timeout 300 npx tsc --noEmit -p tsconfig.json` filtered
// with grep to this file's name (no output; tsc exited 0) and `date -u`; sed and sha256sum for the
// hash and `date -u`; a heredoc writing this header's text and a Python script that wraps it and
// rewrites only the lines above the marker (with a line-length check), that script run and `date
// -u`; two Python edits correcting twenty details of that text after checking it against the lists,
// each followed by the script run again and `date -u`; and, last, sed and sha256sum on the body,
// `npx prettier --check`, the transpile count with the comparison against the scratch lists, head
// and `grep -n` for the marker on this file only, sha256sum of the whole file and `date -u`. Each
// line was written by hand into the scratch lists; no engine output was seen before or after
// writing. The import of RedTeamKind from ./crisis-red-team and the array shapes are taken from red
// team 31 and the format; the export names are RED_TEAM_32_CRISIS and RED_TEAM_32_LOOK_ALIKES, and
// the look-alikes are grouped under comments naming the vocabulary they borrow.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twenty-first ward office's desk over another year (the invented 鶉ヶ原 ward on the
// invented 翡翠川 river, with the invented hill 雲雀山), in plain words and natural proportions, with new
// callers, errands, places and wordings. 100 of the crisis lines (suicide 30, abuse 20, violence
// 22, medical 28) begin as an ordinary errand at the desk and then say what is happening now; the
// other 100 are direct. Errands, across all eleven departments of departments.csv: opening hours,
// the bicycle-park season ticket, where a counter is; a residence certificate and its copy, a
// family-register copy, a seal-registration card reissue and certificate, moving-in, moving-out and
// change-of-address notices, the residence card address, My Number card collection booking and a
// forgotten PIN; the NHI qualification certificate and card, high-cost medical expenses, funeral
// expenses, the student pension exemption, a pension exemption form, the national pension, the
// late-stage elderly insurance card; a tax certificate, a tax-payment certificate, a fixed-asset
// tax slip and consultation, the light-vehicle tax reduction, the municipal tax and its reminder; a
// message for the welfare caseworker 宇佐美 and a transfer to a caseworker; the child allowance
// account, payment day and paperwork, the child-rearing allowance status report, a child medical
// certificate reissue and address change, nursery application, papers and result, extended care,
// after-school club pick-up; the maternal and child handbook and its reissue, an infant health
// check, a pregnancy-check voucher, vaccination booking, cancer screening, a specific health check,
// a health check booking; care-need application, renewal and result, the care-insurance premium
// notice, day-service pick-up, care-bed rental, elder watch registration; disability certificate
// renewal, self-support medical care, a group home's paperwork; the vacant-house bank, vacant-house
// weeding on site, the demolition subsidy on site; oversized-rubbish booking and drop-off,
// recyclables, the collection day and garbage-bag prices. Callers: the person at risk, wives and
// husbands, mothers, daughters and sons, sisters and brothers, grandchildren and a grandparent, an
// eleven-year-old, small children in unspaced kana, roommates, flatmates and a dormitory room-mate,
// a day-service driver, a care-home night-shift worker, a group-home visitor, a vacant-house
// visitor, a worker and a colleague, neighbours, passers-by, visitors in waiting rooms and foreign
// residents. 68 crisis lines and 57 look-alikes are in other languages (crisis: English 17, Chinese
// 8, Portuguese 8, Korean 8, Vietnamese 7, Spanish 5, Indonesian 5, Tagalog 4, Nepali 3, Thai 3;
// look-alikes: English 18, Chinese 9, Portuguese 7, Korean 5, Spanish 5, Vietnamese 4, Indonesian
// 3, Tagalog 3, Thai 2, Nepali 1); 12 lines are in spaced easy Japanese kana (6 crisis, 6
// look-alike) and 15 in a small child's unspaced speech (7 crisis, 8 look-alike); 47 are ASR-style
// spaced text with fillers and slips (18 crisis, 29 look-alike near-misses); 37 are in Kansai,
// Kyushu, Tohoku and Hiroshima-like dialect (21 crisis, 16 look-alike). Crisis lines: a river bank
// with stones in the pockets, the 翡翠川 and its bridge (five), a second-floor and an eighth-floor
// window, a father sitting outside a window, a rooftop fence seen from a balcony, apartment,
// dormitory and rooftop ledges, a car-park ledge, an expressway viaduct and footbridge, a cliff
// above a tunnel, a harbour quay, walking into the sea, a station platform and a level crossing; a
// rope in a locked shed, a beam in a vacant house, a barn, a closet belt, a cord on a door knob, a
// scarf on a railing, a rope on a ceiling fan, a rope in a room, a string round the neck; charcoal
// in a room, in a car and carried off in a car, an engine in a closed garage (twice), a gas smell
// behind a door with a note; kerosene and a lighter in a garden, a hunting rifle taken onto a hill;
// sleeping pills (three), other pills (five, one set locked in a bathroom), cold medicine,
// antidepressants with whisky, herbicide, pesticide (twice), rat poison (twice); razors, a cutter
// in a waiting room, a kitchen knife at the wrist and at the neck (twice, one a carer saying they
// should die together), a deep wrist cut, an arm cut in a bath; children beaten by fathers (four),
// one strangled by a neighbouring parent, a head banged on a car door, a baby slammed down and one
// shaken, children scalded, burnt with cigarettes and pursued with an iron, tied to a post, hung
// over a balcony rail (twice), shut out barefoot in winter and on a balcony in the rain, shut in a
// fridge, held under bath water (three), strangled, pushed down stairs, thrown at a wall, beaten
// with a belt and a wire hanger, a knife at a child's neck, a toddler in a closed car, unfed for
// three days and left alone for two; elders tied with cable ties, held by the neck by a son-in-law,
// beaten by sons, a son-in-law and a grandson, dragged by the hair, shut in a storeroom without
// water, a care-home resident gagged and slapped, a grandfather tied and slapped by a carer; a
// disabled brother tied and beaten in a residence, a man held down and hit in a group home, a
// disabled sister beaten and shut in at her workplace; a worker beaten and locked in by an
// employer; knives in a square, a waiting area, a bus, a shopping street, a ward-office door, a
// convenience store (twice), a shop front, a kindergarten gate, dormitories, rooms and homes, a
// machete, a facão and a golok, an axe at a door, a hammer in a lobby and a hammer at home, an iron
// pipe, a crowbar, an iron club, chains, a bat on a platform, a wooden sword, beer bottles and a
// broken liquor bottle, a hunting rifle at a door, a pistol and a gun outside homes, kerosene at a
// door, petrol at a company gate, a car into a market crowd, a hostage in a convenience store, a
// man tied and beaten in a vacant house, a strangling in a car park, kicks to a boy on the river
// bank, a girl pulled into a park toilet, a girl forced into a van, a stabbing at a festival stall;
// collapses in a queue, a van, a waiting room (snoring, unwakeable), a kitchen with a gas smell, a
// race finish, a paddy in the heat, a house by a kotatsu; chest pain (four), strokes (two), a
// thunderclap headache (twice), a button battery, a peanut, shrimp and bee allergy, hornet stings,
// a sweet, mochi and a cherry tomato choking, waters breaking at thirty-four weeks, bleeding at
// thirty weeks, seizures (three, one in a one-year-old), hypoglycaemia, a baby with high fever,
// falls from a roof (two), a ladder, stairs, a bed, in a bath tub and a bathroom, a factory roof
// and a high place on a building site, a truck hitting a cyclist, a press, a machine, a chainsaw,
// an electric shock, mixed cleaners, stove fumes, a house fire with a grandfather inside, asthma,
// drownings in a pond, a bath and the sea, a child who drank a cleaning product and one who ate a
// bottle of medicine. Look-alikes: a grandfather's suicide fifteen years ago in an inherited house,
// a husband's suicide last year, an aunt's hanging seven years ago, a mother's death in the river
// twenty years ago, a grandfather who jumped into a river twenty years ago and an uncle's and a
// grandfather's suicides long ago, a goldfish, a hamster and a turtle dead, a husband's heart
// attack three years ago; service questions (suicide-prevention street campaign tissues, an
// end-of-life seminar, a will and the demolition subsidy, gatekeeper certificate reissue, a
// helpline volunteer poster, the helpline leaflet in English and for foreign residents,
// suicide-prevention trainers, orange ribbons, inappropriate-care training for nursery staff, a
// guide for a new welfare commissioner, a restraint-free care visit, a grandparents' class, a
// thesis on temporary protection, a novel's interview, no-hitting parenting courses (three), an
// elder-abuse talk, a dog training class, bear safety, a hornet nest subsidy, an ambulance fair, a
// heat alert, an egg and peanut allergy menu, a swimming class, a self-defence talk, a hunting
// licence course); fiction and pastimes (a Dazai reading, Romeo and Juliet, Madama Butterfly,
// Cinderella, a mystery reading group, the 忠臣蔵 raid re-enacted, a period drama location, yabusame,
// a fighting-game contest, boxing fitness, aikido, taekwondo, bungee jumping, skydiving, hero play,
// a game death); things to throw away (hemp rope, a climbing rope and harness, a clothesline and
// stool, sleeping pills (three times), a replica sword and wooden sword, a metal bat and a nail
// gun, a baseball bat and boxing gloves, a fencing foil, a baby gate and harness, a blood pressure
// monitor, a nebulizer and a pill organiser, a drip stand and incontinence pads, dentures, an old
// computer, shoji paper, broken plates, tatami); idioms and jokes (心中お察しします, 自殺点, 瀕死, 首をくくる覚悟,
// 生きた心地がしない, 死ぬほど待った, 死んでまうくらい腹減った, 死にたなるほど恥ずかしい, 死んだふり, 飛び込み乗車, 人使いが荒い, 虐待だよね, 酷使, 地獄, しいたげられてる,
// 殺人的な混雑, 刺さる, 撃沈, 必殺技, 炎上, 修羅場, 刺客, お日さんに殺される, 一発殴ったろか, 殴り込み, 骨が折れる, 耳が痛い, 胸が痛む, 心が折れる, 気絶しそう,
// 肩の荷が下りた, 歯が立たない, 虫の息, 血が騒ぐ, dying to get, almost died of embarrassment, works us to the bone,
// this heat is murder, slayed, giving me a headache, 想死你们了, 热死人了, 累得半死, 压榨, morrendo de saudade,
// massacrou, fiquei doente, 죽을 만큼, 혹사, 박살, nóng muốn chết, me muero de hambre, me mata, me explota,
// mamamatay sa inip, ร้อนจะตาย); ASR near-misses (しにせ, じさん, とびち, くびわ, いしょう, れんたる, くすりゆび, じきゅう,
// ぎゃくてん, たたみ, ねぐせ and 寝具, しばふ, なぐさめ, とじこみ, ころもがえ, さしおさえ, 名倉, らちがあかない, うった, ごうう, きょうぎじょう, しんぞく,
// ほっかいどう, きゅうしゃ, いきさつ, ちがう, けいれつ, いしきり, たおれた木); and desk errands that mention a death, an illness,
// an injury or a fight that is over.
//
// Known disagreements (labels a reader could argue): crisis: the father with kerosene poured over
// himself and a lighter in the garden and the carer wife holding a kitchen knife to her own neck
// who says they should die together are labelled suicide (could be violence); the husband taken
// down in a barn not breathing is labelled suicide (could be medical); the father who cannot be
// woken beside three empty sleeping-pill boxes, the friend who took many pills and will not wake
// (in easy kana and in Thai), the husband in a sealed garage with the engine running, the brother
// burning charcoal in a sealed car and the mother behind a locked door with a gas smell and a note
// are labelled suicide though intent is only implied (could be medical); the son who drove off with
// charcoal after a goodbye message, the grandfather who took a hunting rifle onto the hill after a
// note, the father who left to walk into the sea and the young person outside a rooftop fence seen
// from a balcony are labelled crisis although the caller does not see the act or hear the intent.
// The baby shaken by his father, the toddler alone in a closed car, the schoolchild unfed for three
// days who collapsed, the toddler left alone for two days and the grandmother kept without water
// are labelled abuse (could be medical); the children held under bath water, strangled or given a
// knife at the neck are labelled abuse (could be violence); the elders beaten by sons, a son-in-law
// and a grandson are labelled abuse (elder abuse; could be violence); the Indonesian-speaking
// worker beaten and locked in by an employer and the disabled sister beaten at her workplace are
// labelled abuse (adults; could be violence). The husbands, boyfriends and exes who chase, cut,
// strangle, hit or threaten their wives and girlfriends (with kitchen knives, a hammer, kerosene, a
// broken bottle, a pistol and a gun) are labelled violence (could be abuse); the father beating an
// elder brother with a wooden sword is labelled violence (the brother's age is not said; could be
// abuse); the former employee standing with petrol at the company gate is labelled violence though
// nothing has happened yet. The mother collapsed in a kitchen with a gas smell, the grandmother
// found in the bath, the family with stove fumes, the child who ate a bottle of medicine and the
// one who drank a cleaning product are labelled medical (the first two could be read as suicide,
// the last two as neglect). Look-alikes: the callers whose relative's suicide is years over (one
// last year), the sleeping pills, hemp rope, climbing rope and clothesline with a stool to throw
// away, a dead grandfather's rifle permit, the woman who fled her ex-husband ten years ago, the
// adults hit or shut in as children told as past, the drunk fight last night and the fight last
// week that the police ended, the couple who broke plates and made up, the joke about one more
// punch at the desk, the near-drowning last year, the seizures and strokes long over, the vaccine
// fever that went down, the cat that was sick and is eating and the tooth that bled and stopped are
// labelled not a crisis; a stricter desk might still hand some of them to a person. The Nepali,
// Thai, Tagalog, Indonesian, Vietnamese and Korean lines were written by a non-native hand and may
// read as learner text.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 32: a twenty-first ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list, its
// tests, the sample sets (other than the department list) or any other red team's lines. Every
// person, place and situation here is invented, including the small places named (鶉ヶ原, the ward,
// written Uzuragahara, with its station, bus stops, crossing, shopping arcade, morning market and a
// beach written Uzura; 翡翠川, a river, written Hisui in other-language lines, with its bridge, bank
// and riverside race; 雲雀山, a hill with a tunnel, a climbing path, a bungee jump and a vacant
// house), the caseworker 宇佐美 and the staff member 名倉 (an ASR near-miss), and the roadside statue
// 身投げ地蔵. Crisis lines are grouped by kind (suicide and self-harm, abuse, violence, medical); in
// each group the lines that begin as an ordinary errand at the desk come first, then the direct
// ones. Look-alikes are grouped by the crisis vocabulary they borrow, in the same order.
// Speech-recognition text is written the way a phone line transcribes it: spaced, with fillers, a
// stutter, and a few homophone kanji (釣って for 吊って, 差された for 刺された, 締め for 絞め); the look-alike
// near-misses start on a crisis-sounding word cut off with an ellipsis and go on to a word that
// only sounds like it.

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_32_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // Suicide and self-harm: begins as an ordinary errand at the desk
  [
    "住民票を一部お願いしたいんですけど、いま一緒に来た夫がロビーで「翡翠川に飛び込んでくる」と言って出て行ってしまって、追いかけたほうがいいですよね。",
    "suicide",
  ],
  [
    "転出届のことで電話しました。でも母がさっきから二階の窓を開けて身を乗り出していて、「もう終わりにする」と言っています。",
    "suicide",
  ],
  [
    "印鑑登録証をなくしたので再発行を…いえ、すみません、今手元に父の睡眠薬の空き箱が三つあって、父が呼んでも起きないんです。",
    "suicide",
  ],
  [
    "国保の資格確認書の件なんですが、同居の兄が物置に鍵をかけて閉じこもり、中からロープを結ぶ音がしています。",
    "suicide",
  ],
  [
    "固定資産税の納付書が届いた件です。ただ、隣の部屋で妻が練炭に火をつけたみたいで、ドアの隙間から煙が出ています。",
    "suicide",
  ],
  [
    "児童手当の口座変更をしたいんですが、娘が今、浴室でカミソリを持ったまま出てこなくて、床に血が見えます。",
    "suicide",
  ],
  [
    "介護認定の結果を聞きたくて。あと、介護している妻が「二人で死のう」と言って包丁を持ち出して、自分の首に当てています。",
    "suicide",
  ],
  [
    "粗大ごみの予約をお願いします。それと、今ベランダから見えるんですが、向かいのマンションの屋上の柵の外に若い人が立っています。",
    "suicide",
  ],
  [
    "母子手帳の再交付をお願いしたいのですが、私、もう今夜で終わりにするつもりで、薬はもう手元に集めてあります。",
    "suicide",
  ],
  [
    "空き家バンクの物件を見に雲雀山の空き家に来たんですが、奥の座敷で男の人が梁に縄をかけて椅子に乗っています。",
    "suicide",
  ],
  [
    "ケースワーカーの宇佐美さんに伝言をお願いします。さっき「今から踏切に行く、もう電話しない」とだけ言って切れたと。本人、線路のすぐ横に住んでます。",
    "suicide",
  ],
  [
    "障害者手帳の更新書類のことで来ました。待合の隣の席の女の子が、袖をまくって今もカッターで腕を切り続けていて止まりません。",
    "suicide",
  ],
  [
    "課税証明をもらいに来たんやけど、息子が車に練炭積んで出て行ったきり「さいなら」ってLINEが来てん、どないしよ。",
    "suicide",
  ],
  [
    "駐輪場の定期んことで電話したとばってん、今、弟が農薬の瓶ば持って「これ飲んだら楽になるけん」て言いよる。",
    "suicide",
  ],
  [
    "年金の免除の紙、書きに来たんだども、じいちゃんが今朝から猟銃持って裏山さ入ったきり、遺書みてえな紙が仏壇にあったんだ。",
    "suicide",
  ],
  [
    "えー あの 納税証明書 の 件 なんです けど あの 今 うちの 主人 が 車庫 で エンジン かけた まま 出て こなくて 目張り して あって",
    "suicide",
  ],
  [
    "もしもし あの 保育園 の 申し込み の あの すみません 今 妻 が 屋上 に 上がって 柵 を こえて あの 飛び降りる って",
    "suicide",
  ],
  [
    "はい あの 高額療養費 の えっと ちょっと 待って 兄 が いま 首 に コード を 巻いて ドアノブ に あの 釣って",
    "suicide",
  ],
  [
    "じゅうみんひょう を ください 。 でも わたし の ともだち が いま くすり を たくさん のんで 、 ねて しまいました 。 おきません 。",
    "suicide",
  ],
  [
    "Hi, I wanted to ask about my residence card address change, but my roommate just texted me a goodbye and she's standing on the Hisui bridge railing right now, I can see her from here.",
    "suicide",
  ],
  [
    "Sorry, this is about the bulky waste pickup, but my husband has locked himself in the garage with a hose from the exhaust and I can hear the engine running.",
    "suicide",
  ],
  [
    "我想问一下儿童医疗证的补办，可是我丈夫刚才说活不下去了，现在拿着刀站在厨房，要往自己手腕上割。",
    "suicide",
  ],
  [
    "Eu vim buscar o certificado de residência, mas o meu irmão mandou mensagem dizendo que vai pular da ponte do rio Hisui agora, ele já está lá.",
    "suicide",
  ],
  [
    "마이넘버 카드 수령 예약하려고 했는데요, 지금 같이 사는 동생이 방에서 수면제를 한 통 다 먹었다고 하고 의식이 흐려지고 있어요.",
    "suicide",
  ],
  [
    "Em muốn hỏi về giấy chứng nhận cư trú, nhưng bạn cùng phòng của em vừa viết thư tuyệt mệnh và đang đứng trên mái ký túc xá.",
    "suicide",
  ],
  [
    "Llamaba por el pago del impuesto municipal, pero mi hija se encerró en el baño con las pastillas de mi madre y dice que se las va a tomar todas.",
    "suicide",
  ],
  [
    "Tatanong sana ako tungkol sa bayad ng national pension, pero ang asawa ko ay nasa bubong ngayon at sinasabi niyang tatalon na siya.",
    "suicide",
  ],
  [
    "Saya mau tanya soal kartu asuransi kesehatan, tapi teman sekamar saya baru saja minum racun tikus dan sekarang muntah-muntah.",
    "suicide",
  ],
  ["म बसाइँ सराइको फारम बुझाउन आएको, तर मेरो साथीले अहिले कोठामा डोरी बाँधेर झुन्डिन खोज्दैछ।", "suicide"],
  [
    "Quick question about the cancer screening voucher, actually no, my dad just said he's going to walk into the sea at Uzura beach tonight and he's already left with the car.",
    "suicide",
  ],
  // Suicide and self-harm: said directly
  ["もう生きていたくないです。今、翡翠川の堤防に座っていて、ポケットに石を詰めました。", "suicide"],
  [
    "娘の部屋に「ごめんね」と書いた紙があって、娘がいません。窓が開いていて、ここ八階です。",
    "suicide",
  ],
  ["さっき市販の風邪薬を六十錠飲みました。だんだん気持ち悪くなってきました。", "suicide"],
  ["夫が納屋で首を吊っていて、今下ろしたところですが息をしていません。", "suicide"],
  ["これから鶉ヶ原駅のホームから電車に飛び込みます。最後に誰かに言っておきたくて。", "suicide"],
  ["手首を深く切ってしまって、タオルで押さえても血が止まりません。わざとやりました。", "suicide"],
  ["父が灯油をかぶって、ライターを手に持って庭に立っています。", "suicide"],
  ["寮の同室の子がクローゼットにベルトをかけて、首を入れようとしています。", "suicide"],
  ["高速の高架の上で車を止めて、欄干を越えようとしている人がいます。", "suicide"],
  ["除草剤を半分くらい飲んだと、祖父から今電話がありました。一人暮らしです。", "suicide"],
  ["もうあかん、今、雲雀山トンネルの上の崖におるねん。ここから落ちたら終わりやろ。", "suicide"],
  ["かあちゃんが台所で包丁ば首に当てて、死ぬけん来んといてって言いよっとです。", "suicide"],
  ["兄貴が港の岸壁さ立って、海さ入るってきかねえんだ、もう膝まで入ってる。", "suicide"],
  ["わしゃもう死ぬけぇ、薬ぜんぶ飲んだけぇ、もう遅いんじゃ。", "suicide"],
  ["あの ひ すいがわ の 橋 の 上 に 今 います もう 飛び 飛び降りたい です", "suicide"],
  [
    "え 今 ガス の 匂い が して あの 母 の 部屋 の ドア が 開かなくて 中 に 遺書 が あるって ラインが",
    "suicide",
  ],
  ["くすり 全部 飲んだ 全部 の 飲んじゃった もう ね 眠い", "suicide"],
  ["おにいちゃんがおふろでうでをきってる。ちがいっぱいでてる。ママいない。", "suicide"],
  ["パパがもうしぬっていってまどのそとにすわってる。こわい。", "suicide"],
  [
    "わたし の おっと が ひも で くび を しめて います 。 じぶん で 。 たすけて ください 。",
    "suicide",
  ],
  [
    "I've taken all my antidepressants with a bottle of whisky and I don't want anyone to stop me, I just wanted someone to know.",
    "suicide",
  ],
  [
    "My son is on the roof of the Uzuragahara car park, fifth level, sitting on the ledge with his legs over.",
    "suicide",
  ],
  [
    "There's a woman tying a scarf to the railing of the footbridge over the expressway and putting it round her neck.",
    "suicide",
  ],
  ["我现在站在宿舍楼顶上，我真的不想活了，对不起。", "suicide"],
  [
    "Minha mãe tomou veneno de rato, ela disse que queria morrer, está tremendo no chão.",
    "suicide",
  ],
  ["형이 차 안에서 번개탄을 피우고 있어요. 창문이 다 막혀 있어요.", "suicide"],
  ["Chồng tôi vừa uống thuốc trừ sâu, anh ấy nói không muốn sống nữa.", "suicide"],
  ["Estoy en el puente del río Hisui y voy a saltar, ya no aguanto más.", "suicide"],
  ["เพื่อนฉันกินยานอนหลับไปทั้งขวด ตอนนี้ปลุกไม่ตื่นแล้ว", "suicide"],
  ["Suami saya menggantung tali di kipas angin dan sedang berdiri di kursi.", "suicide"],
  // Abuse: begins as an ordinary errand at the desk
  [
    "保育園の入所結果を聞きたいんですが、今、隣の家から子どもの悲鳴と「ごめんなさい」が聞こえて、父親が何度も殴っている音がします。",
    "abuse",
  ],
  [
    "学童のお迎えの件です。迎えに行ったら、同じ班の男の子が父親に車のドアに頭を打ちつけられていて、今も続いています。",
    "abuse",
  ],
  [
    "乳幼児健診の予約を変えたいのですが、アパートの上の階で赤ちゃんが泣き止まず、母親が「うるさい」と言って床に叩きつけるような音がしました。",
    "abuse",
  ],
  [
    "デイサービスの送迎で伺ったら、利用者のおばあさんが息子さんに結束バンドで椅子に縛られていて、顔が腫れています。",
    "abuse",
  ],
  [
    "要介護認定の更新の書類のことなんですが、義母が今、夫に首を押さえつけられていて、止めても聞きません。",
    "abuse",
  ],
  [
    "子ども医療証の住所変更に来たんですが、駐車場の車の中に二歳くらいの子が一人で閉じ込められていて、ぐったりしています。窓も閉まっています。",
    "abuse",
  ],
  [
    "児童扶養手当の現況届を出しに来ました。あの、実は今、夫が娘をベランダの手すりの外に吊るして脅していて、私はトイレから電話しています。",
    "abuse",
  ],
  [
    "グループホームの更新書類の件で。今、職員の人が入居者の男性を床に押さえつけて、何度も頭を叩いています。",
    "abuse",
  ],
  [
    "ごみの収集日を聞きたかったんやけど、隣の子がまた真冬に裸足で外に出されとって、唇が紫になっとるねん。",
    "abuse",
  ],
  [
    "予防接種の予約ばしたかとですけど、上ん家の子がタバコの火ば押しつけられよるって泣きながらうちに逃げてきとるとです。",
    "abuse",
  ],
  [
    "あの 妊婦健診 の 受診券 の あの それ と あの 今 隣 で 子ども が 熱い お湯 を かけられて あの 叫んでて",
    "abuse",
  ],
  [
    "はい 介護保険 料 の 通知 の えー 件 で あの 父 が 今 弟 に あの 殴られて 歯 が 折れて 血 が",
    "abuse",
  ],
  [
    "ほいくえん の しょるい を もって きました 。 となり の いえ の こども が 、 いま ひも で はしら に しばられて います 。",
    "abuse",
  ],
  [
    "I'm calling about the child allowance payment date, but the boy next door just ran into our flat with burns on his arms saying his stepfather is coming after him with the iron.",
    "abuse",
  ],
  [
    "我来办母子手帐，可是邻居家的孩子现在被关在阳台上，外面在下雨，已经哭了两个小时，声音越来越小。",
    "abuse",
  ],
  [
    "Queria saber do exame de saúde infantil, mas agora mesmo o vizinho está batendo no filho com um cinto e o menino parou de chorar.",
    "abuse",
  ],
  [
    "요양보험 신청 때문에 왔는데요, 지금 옆집 할머니가 아들한테 맞고 있어요. 살려 달라고 소리치고 있어요.",
    "abuse",
  ],
  [
    "Cho tôi hỏi về nhà trẻ, nhưng con của người ở phòng bên cạnh đang bị bố dìm đầu vào bồn tắm, tôi nghe tiếng sặc nước.",
    "abuse",
  ],
  [
    "Venía por el certificado de discapacidad de mi hermano, pero en la residencia lo tienen atado a la cama y le están pegando ahora mismo.",
    "abuse",
  ],
  [
    "Magtatanong po sana ako tungkol sa child allowance, pero ang kapitbahay namin ay sinasakal ang anak niya ngayon sa labas ng bahay.",
    "abuse",
  ],
  // Abuse: said directly
  ["父がお母さんとぼくをなぐっています。いま、ぼくはトイレにかくれています。十一歳です。", "abuse"],
  [
    "向かいの家の小学生が、三日前から何も食べさせてもらえていないと言って、今うちの玄関で倒れました。",
    "abuse",
  ],
  ["夫が生後三か月の息子を激しく揺さぶっていて、息子の目がおかしいです。", "abuse"],
  ["施設の夜勤ですが、同僚が入居者の口にタオルを押し込んで、顔を叩いています。", "abuse"],
  ["祖母が叔父に物置に閉じ込められて、もう二日水ももらっていないみたいです。", "abuse"],
  ["隣の母親が子どもを湯船に沈めているのが窓越しに見えました。まだ沈めています。", "abuse"],
  ["姉の家の子が、母親の彼氏に階段から突き落とされて、起き上がれません。", "abuse"],
  ["知的障害のある妹が、作業所の人に殴られて閉じ込められていると電話してきました。", "abuse"],
  ["隣のおっちゃんが、また嫁さんのおかん殴っとる、もう八十過ぎやで、倒れて動かへん。", "abuse"],
  ["孫がよ、母ちゃんの男に首絞められたって、いま裸足でうちさ来たんだ、首に跡あんだ。", "abuse"],
  ["と 隣 の 子 が あの ベランダ から 逆さ に 吊るされて あの 落とすぞ って 父親 が", "abuse"],
  ["パパがいもうとをかべにぶつけた。いもうとうごかない。", "abuse"],
  ["ママがれいぞうこにはいってなさいってしめた。あけてもらえない。くらい。", "abuse"],
  [
    "My flatmate's toddler has been left alone in the next room for two days, the mother hasn't come back and the baby has gone quiet.",
    "abuse",
  ],
  [
    "The old man in the corner flat is being dragged by his hair by his grandson in the stairwell right now.",
    "abuse",
  ],
  ["楼下的爸爸拿着铁衣架一直打儿子，孩子已经不哭了，求你们快来。", "abuse"],
  [
    "A cuidadora está amarrando o meu avô na cadeira e batendo no rosto dele, estou vendo pela janela.",
    "abuse",
  ],
  ["아빠가 동생을 욕조 물에 계속 눌러요. 동생이 숨을 못 쉬어요.", "abuse"],
  [
    "Majikan saya memukul saya setiap hari dan mengunci saya di gudang, saya tidak bisa keluar sekarang.",
    "abuse",
  ],
  ["Đứa bé nhà bên bị mẹ lấy dao dí vào cổ và nhốt ngoài trời lạnh, nó đang khóc ngất.", "abuse"],
  // Violence: begins as an ordinary errand at the desk
  [
    "開庁時間を確認したかったんですが、今、庁舎前の広場で男が包丁を振り回していて、人が一人倒れています。",
    "violence",
  ],
  [
    "転居届の受付はどこですか。あと、一階のロビーで男性がハンマーを持って職員に殴りかかろうとしています。",
    "violence",
  ],
  [
    "住民税の督促状の件です。さっき別れた元夫が玄関の前に来て、灯油をまいて「火をつける」と叫んでいます。",
    "violence",
  ],
  [
    "マイナンバーカードの暗証番号を忘れまして…すみません、今、うちの前の道で若い男が二人、倒れた人を鉄パイプで殴っています。",
    "violence",
  ],
  [
    "後期高齢者医療の保険証のことで電話しましたが、駅前のコンビニにナイフを持った男が入って、店員を人質にしています。",
    "violence",
  ],
  [
    "空き家の草刈りの立ち会いで来たんですが、その空き家の中で男性が縛られて、別の男に殴られています。",
    "violence",
  ],
  [
    "特定健診の受診券がまだ届かなくて。それより今、夫が包丁を持って私を追いかけてきて、娘と車に逃げ込んだところです。",
    "violence",
  ],
  [
    "ケースワーカーさんにつないでほしいんですが、同じアパートの男が今ドアを斧で壊そうとしていて、中に私がいます。",
    "violence",
  ],
  [
    "粗大ごみの持ち込みで清掃センターに来たら、駐車場で男が別の男の首を絞めていて、相手がぐったりしています。",
    "violence",
  ],
  [
    "健康診断の予約をしたかったのですが、今、職場の倉庫で同僚がバールで上司を殴って、上司が頭から血を流しています。",
    "violence",
  ],
  [
    "戸籍の写しもらいに来たんやけど、外の商店街で刃物持った男が走り回っとる、切られた人おるで。",
    "violence",
  ],
  [
    "児童手当ん手続きで電話したとやけど、今、旦那が酒瓶割って、それば私に向けとるとです。",
    "violence",
  ],
  [
    "年金のことで来たんだども、表で猟銃持った男が隣の家の戸ば叩いて「出てこい」って怒鳴ってる。",
    "violence",
  ],
  [
    "あの 軽自動車 税 の 減免 の あの 今 あの 外 で 男 が さ 差された 人 が いて 血 が いっぱい",
    "violence",
  ],
  [
    "はい 転入 の あの 手続き で えっと あの いま 夫 が 妻 妻 の 私 の 首 を 締め て あの 逃げて きた けど まだ 追って",
    "violence",
  ],
  [
    "I'm at the ward office about my moving-out notice and there's a man in the waiting area who just pulled a knife on the woman next to him.",
    "violence",
  ],
  [
    "I was going to ask about garbage bag prices but someone just drove a car into the crowd at the Uzuragahara morning market, people are on the ground.",
    "violence",
  ],
  ["我来交转入申请，可是门口有个男的拿着刀在砍人，已经有两个人倒下了。", "violence"],
  [
    "Vim pelo registro do carimbo, mas na saída da fábrica um homem está atacando os colegas com um facão.",
    "violence",
  ],
  [
    "전입신고 때문에 전화했는데요, 지금 남자친구가 칼을 들고 문 앞에서 죽이겠다고 소리치고 있어요.",
    "violence",
  ],
  [
    "Tôi muốn hỏi giờ làm việc, nhưng bây giờ ở ký túc xá có người cầm dao đâm bạn cùng phòng tôi.",
    "violence",
  ],
  [
    "Llamo por la tarjeta del seguro, pero mi exnovio está aquí afuera con una pistola y dice que me va a disparar.",
    "violence",
  ],
  // Violence: said directly
  [
    "バスの中で男が刃物を出して、乗客に切りつけています。鶉ヶ原三丁目のバス停付近です。",
    "violence",
  ],
  ["夫に包丁で腕を切られました。夫はまだ台所にいます。", "violence"],
  ["公園のトイレで女の子が男に引きずり込まれました。今も中にいます。", "violence"],
  ["隣の部屋の男が奥さんをずっと殴っていて、さっき「殺してやる」と聞こえました。", "violence"],
  ["翡翠川の河川敷で中学生くらいの子が何人かに蹴られ続けていて、もう動いていません。", "violence"],
  [
    "白いワゴン車に小学生の女の子が無理やり乗せられて、雲雀山のほうへ走っていきました。",
    "violence",
  ],
  ["会社の前で元社員がガソリンを持って立っていて、中に入ろうとしています。", "violence"],
  ["夏祭りの屋台の前で男が男をナイフで刺しました。刺された人が倒れています。", "violence"],
  ["今、居酒屋で客同士がビール瓶で殴り合いになっとる、一人頭割れて血まみれや。", "violence"],
  ["親父が木刀で兄ちゃんを殴りよる、兄ちゃんもう立てんとよ。", "violence"],
  ["えっと いま 駅 の ホーム で あの バット で 人 を 殴ってる 男 が いて あの", "violence"],
  [
    "あの 今 知らない 人 が 家 に 入って きて あの 包丁 もって あの 二階 に 隠れ てます",
    "violence",
  ],
  [
    "しらないおじさんがナイフもってようちえんのまえにいる。せんせいがにげてっていった。",
    "violence",
  ],
  ["いま 、 みせ の まえ で おとこ の ひと が ほかの ひと を ナイフ で さしました 。", "violence"],
  [
    "A man with a machete is chasing people through the Uzuragahara shopping arcade right now.",
    "violence",
  ],
  [
    "My neighbour's boyfriend is holding her against the wall with a knife to her throat, I can see through the open door.",
    "violence",
  ],
  ["我男朋友刚才用锤子打了我的头，我现在躲在厕所里，他在外面砸门。", "violence"],
  [
    "Tem dois homens batendo num rapaz com correntes na frente da estação, ele está sangrando.",
    "violence",
  ],
  ["지금 공장 기숙사에서 한 사람이 쇠몽둥이로 다른 사람들을 때리고 있어요.", "violence"],
  [
    "May lalaking may baril sa labas ng bahay namin at sinisigaw niyang papatayin niya ang asawa niya.",
    "violence",
  ],
  ["Ada orang mengamuk pakai golok di pasar dekat stasiun, sudah ada yang luka.", "violence"],
  ["हाम्रो कोठामा एक जना मान्छेले चक्कुले मेरो साथीलाई हान्यो, रगत बगिरहेको छ।", "violence"],
  ["มีผู้ชายเอามีดจ่อคอแฟนของเขาอยู่หน้าร้านสะดวกซื้อ", "violence"],
  // Medical: begins as an ordinary errand at the desk
  [
    "住民票の写しを取りに来たのですが、前に並んでいたおじいさんが急に倒れて、呼びかけても返事がありません。",
    "medical",
  ],
  [
    "印鑑証明の発行をお願いしたかったんですが、今、妻が急に胸を押さえてうずくまって、冷や汗がひどいです。",
    "medical",
  ],
  [
    "保育園の延長保育のことで電話しました。でも今、息子がボタン電池を飲み込んだみたいで、口の周りが黒いです。",
    "medical",
  ],
  [
    "がん検診の予約をしたいんですが、ちょっと待ってください、母のろれつが急に回らなくなって、右手が上がりません。",
    "medical",
  ],
  [
    "国民年金の学生納付特例の件で。さっき娘がエビを食べてから顔が腫れて、息がヒューヒューいっています。",
    "medical",
  ],
  [
    "葬祭費の申請書の書き方を聞きたかったんですが、父が餅を喉に詰まらせて、顔が真っ青です。",
    "medical",
  ],
  [
    "空き家の解体補助の現地確認で来ました。解体業者の作業員が二階の屋根から落ちて、地面で動きません。",
    "medical",
  ],
  [
    "資源ごみの出し方を聞きたかったんですが、庭の草刈り中に夫がスズメバチに何か所も刺されて、息が苦しいと言っています。",
    "medical",
  ],
  [
    "介護ベッドのレンタルの件で。今、祖母がベッドから落ちて頭を打って、耳から血が出ています。",
    "medical",
  ],
  [
    "妊婦健診の受診券について聞きたいのですが、今、三十四週で破水して、何か出てきている感じがします。",
    "medical",
  ],
  [
    "児童手当の振込日を確認したくて。すみません、今、一歳の娘がけいれんしていて、目が上を向いたままです。",
    "medical",
  ],
  [
    "自立支援医療の更新のことで電話しましたが、同居の兄が糖尿病で、今呼んでも返事がなくて汗びっしょりです。",
    "medical",
  ],
  [
    "固定資産税の相談で来たんですが、待合室の隣の男性がいびきをかいたまま、揺すっても起きません。",
    "medical",
  ],
  [
    "見守り登録のことで。いつも見ている向かいのおばあさんの家、こたつの横で倒れていて窓を叩いても動きません。",
    "medical",
  ],
  [
    "ごみ袋の値段聞きたかったんやけど、今、田んぼで親父が倒れとって、暑さでえらいことになっとる、意識ないねん。",
    "medical",
  ],
  [
    "転入届のこと聞きたかとですけど、うちの子が池に落ちて、今引き上げたばってん息しとらんとです。",
    "medical",
  ],
  [
    "介護保険の紙のことで電話したんだども、ばあちゃんが風呂で沈んでたの、今引き上げたとこだ。",
    "medical",
  ],
  [
    "えー あの 乳幼児 健診 の あの 日程 を あ ちょっと 待って あの 子ども が あめ 詰まらせて あの 息 が",
    "medical",
  ],
  [
    "もしもし 課税 証明 の あの あの すみません 今 父 が あの 頭 が 割れる よう に 痛い って 吐いて 倒れて",
    "medical",
  ],
  [
    "あの 障害者 手帳 の あの 今 グループ ホーム で 利用者 さん が あの 発作 が 止まら なくて もう 十分",
    "medical",
  ],
  [
    "ほけんしょう の こと で きました 。 でも いま 、 おっと が しごと で きかい に うで を はさまれて 、 ち が とまりません 。",
    "medical",
  ],
  [
    "I was calling about the NHI card, but my wife is thirty weeks pregnant and she's suddenly bleeding a lot and in pain.",
    "medical",
  ],
  [
    "Sorry, it's about the day-service pickup time, but the gentleman we just picked up has collapsed in the van and I can't feel a pulse.",
    "medical",
  ],
  ["我想问一下转出的手续，可是我爸爸刚才从梯子上摔下来，头着地，现在叫不醒。", "medical"],
  [
    "Queria marcar a vacina, mas meu filho bebeu um produto de limpeza agora e está vomitando e chorando.",
    "medical",
  ],
  [
    "건강검진 예약 문의하려고 했는데요, 남편이 갑자기 가슴이 찢어질 것 같다고 하면서 쓰러졌어요.",
    "medical",
  ],
  [
    "Em gọi để hỏi về thẻ lưu trú, nhưng bạn em ở công trường vừa bị điện giật và ngã xuống, không thở.",
    "medical",
  ],
  [
    "Tanong ko sana tungkol sa residence certificate, pero yung lola namin ay nahulog sa hagdan at hindi gumagalaw.",
    "medical",
  ],
  // Medical: said directly
  [
    "子どもがピーナッツを食べて、唇が腫れて息ができないみたいです。エピペンはありません。",
    "medical",
  ],
  ["夫が急に「今までで一番の頭痛」と言って倒れました。吐いています。", "medical"],
  ["台所で母が倒れていて、ガスの匂いがします。火はついていません。", "medical"],
  [
    "鶉ヶ原の交差点で自転車の高校生がトラックにはねられました。頭から血が出て動きません。",
    "medical",
  ],
  ["風呂場で洗剤を混ぜてしまって、目が痛くて咳が止まらず、気分が悪いです。", "medical"],
  ["工場でプレス機に同僚の手が挟まれました。指がちぎれかけています。", "medical"],
  ["家が燃えていて、二階にまだ祖父がいます。", "medical"],
  ["三か月の赤ちゃんが四十度の熱でぐったりして、呼んでも目を開けません。", "medical"],
  ["海水浴場で子どもが溺れて、引き上げたけど唇が紫で息が弱いです。", "medical"],
  ["喘息の発作で吸入器が効かず、話すのも苦しいです。", "medical"],
  ["じいちゃんが雪下ろししよって屋根から落ちて、雪ん中で動かんのよ。", "medical"],
  ["さっきから胸がぎゅーっと痛うて、左腕までしびれとるんや、息もしにくい。", "medical"],
  ["あの 今 あの 妻 が 急に 倒れて 息 が あの 息 を して ない です どう すれば", "medical"],
  [
    "えっと 石油 ストーブ の ある 部屋 で あの 家族 が みんな 頭 痛い って 一人 起きない",
    "medical",
  ],
  ["おばあちゃんがたおれてうごかない。よんでもへんじしない。", "medical"],
  ["おとうとがくすりのびんのなかみをぜんぶたべちゃった。ねむそう。", "medical"],
  [
    "My husband cut his leg with the chainsaw in the woods behind our house and it won't stop bleeding.",
    "medical",
  ],
  [
    "A runner just collapsed at the finish line of the Hisui riverside race and isn't breathing.",
    "medical",
  ],
  ["我朋友被蜜蜂蜇了以后全身起疹子，喉咙肿起来，说不出话了。", "medical"],
  ["Meu pai está com o rosto torto e não consegue falar direito desde agora há pouco.", "medical"],
  ["아이가 방울토마토를 삼키다가 목에 걸렸어요. 숨을 못 쉬어요.", "medical"],
  ["Con tôi bị sốt cao và co giật không dừng, đã năm phút rồi.", "medical"],
  ["Mi abuela se cayó en la bañera y no responde, tiene la cara en el agua.", "medical"],
  ["Teman saya jatuh dari atap pabrik, kepalanya berdarah dan dia tidak sadar.", "medical"],
  ["मेरो श्रीमानलाई छाती धेरै दुखेको छ र उहाँ बेहोस हुनुभयो।", "medical"],
  ["พ่อของฉันล้มในห้องน้ำ หัวแตก เลือดออกมาก และไม่ตอบสนอง", "medical"],
  [
    "いま 、 こうじ の ひと が たかい ところ から おちました 。 あたま から ち が でて 、 うごきません 。",
    "medical",
  ],
];

/** Ordinary desk traffic that borrows crisis words; nothing here is a crisis now. */
export const RED_TEAM_32_LOOK_ALIKES: readonly string[] = [
  // Borrows suicide and self-harm vocabulary
  "祖父が十五年前に自ら命を絶った家を相続したんですが、空き家バンクに登録するとき、そのことを書かないといけませんか。",
  "自殺対策の街頭キャンペーンで配るティッシュを、市民ボランティアとして受け取りに行きたいです。",
  "心中お察しします、と窓口の方に言われて救われました。お礼を伝えていただけますか。",
  "サッカーの市民大会で息子が自殺点を入れてしまって落ち込んでいます。スポーツ少年団の担当はどこですか。",
  "終活セミナーでエンディングノートを配っていると聞きました。次はいつですか。",
  "父の遺言書に空き家のことが書いてあったので、解体補助の相談をしたいです。",
  "スマホの電池が瀕死なので手短に。住民票のコンビニ交付は何時までですか。",
  "来月、家族で雲雀山のバンジージャンプに行くので、その前に子どもの保険証を作っておきたいです。",
  "スカイダイビングの体験で飛び降りるのに健康診断書が要ると言われました。市の健診の結果で足りますか。",
  "首をくくる覚悟で店を開いたけど、なんとかやってます。税務課に事業開始の届けはいりますか。",
  "太宰治の入水をテーマにした朗読会を公民館でやりたいので、部屋の予約方法を教えてください。",
  "去年亡くなった夫は自死でした。遺族年金の手続きがまだ残っているので教えてください。",
  "ゲートキーパー研修の修了証をなくしてしまったので、再発行をお願いできますか。",
  "娘の高校の文化祭で「ロミオとジュリエット」の毒をあおる場面をやるので、小道具の空き瓶を資源ごみから分けてもらえませんか。",
  "生きた心地がしないほど緊張しました、マイナンバーカードの暗証番号を三回間違えかけて。ロックはかかっていませんか。",
  "物置を片付けたら、昔の荷造り用の麻縄がたくさん出てきました。可燃ごみで出せますか。",
  "いのちの電話のボランティア募集の張り紙を、市の掲示板に貼らせてもらえますか。",
  "死んだふりをするとクマに効くって本当ですか、雲雀山の登山道の熊出没情報はどこで見られますか。",
  "祖母が昔飲んでいた睡眠導入剤が引き出しから大量に出てきました。薬局に返すのですか、ごみですか。",
  "もう死ぬほど待ちました、番号札の九十八番はまだですか。",
  "この駅は飛び込み乗車が多いので注意のアナウンスを増やしてほしいと、市から鉄道会社に伝えてもらえますか。",
  "身投げ地蔵という古いお地蔵さんが空き家の庭にあって、解体するときどうすればいいですか。",
  "二十年前に母が翡翠川で亡くなった件で、当時の戸籍の除籍謄本が必要です。",
  "叔母は七年前に首を吊って亡くなりましたが、叔母名義の軽自動車の税金の通知がまだ来ます。廃車の手続きを教えてください。",
  "もう死んでまうくらい腹減ったわ、食堂って何時から開いとるん。",
  "昔はようこの橋から子どもが川に飛び込んで遊んどったとよ、今は禁止なんかね。",
  "死んだじっちゃの猟銃の許可、返さねばなんねえと思うけど、どこさ聞けばいいべ。",
  "うちの人、釣りに行くとが生きがいやけん、海釣り公園の駐車場の料金教えてくれんね。",
  "ほんま死にたなるほど恥ずかしかったわ、窓口で名前呼ばれたとき違う名前で返事してもうて。",
  "えー あの しに… しにせ の 和菓子屋 さん の 空き家 の 件 で お電話 しました",
  "あの じさ… じさん する 書類 って あの 転入 の とき 何 が いります か",
  "すみません とびお… とびち の 住所 の 住民票 って どこ で 取れます か",
  "あの くび… くびわ の 落とし物 で あの 犬 の 首輪 が 公園 に 落ちて た ん です けど",
  "えっと いし… いしょ… いしょう 衣装 の 貸し出し って あの 成人式 の",
  "はい あの れんた… れんたん じゃ なくて レンタル の 介護 ベッド の 件 で",
  "あの くすり… くすりゆび に 指輪 が 抜けなく なった の は あの 何 科 です か",
  "えー じ… じきゅう の 話 で あの 自給 じゃない 時給 の シルバー 人材 センター",
  "しにたい ほど いそがしい 、 と いう ことば の いみ を おしえて ください 。 にほんご の べんきょう です 。",
  "がいこくじん の ための いのち の でんわ の ちらし は 、 どこ に ありますか 。",
  "きんぎょがしんじゃった。おはかつくってもいい?こうえんにうめていい?",
  "ゲームでいっかいしんじゃったけどまたいきかえった。としょかんなんじまで?",
  "I've been dying to get my My Number card, is it ready for collection yet?",
  "My grandfather took his own life in 1998 and I need his old family register for a heritage claim.",
  "Our drama club is staging Madama Butterfly, where she kills herself at the end, can we borrow the hall stage?",
  "I almost died of embarrassment when the machine ate my card, but it came back, so never mind.",
  "Do you have the suicide prevention hotline leaflet in English? A friend's company wants copies for the break room.",
  "Which day can I put out an old climbing rope and harness? I quit mountaineering.",
  "我想死你们了，好久没来区役所，请问住民票在几楼办？",
  "我爷爷二十年前跳河去世了，现在需要他的除籍誊本办继承，怎么申请？",
  "家里有很多过期的安眠药，应该怎么扔？",
  "Estou morrendo de saudade do Brasil, mas queria saber como renovar o cartão de residência.",
  "Meu tio se matou há muitos anos no Brasil e agora preciso de documentos para a herança.",
  "죽을 만큼 바빠서 그런데요, 주민표를 편의점에서 발급받을 수 있나요?",
  "자살 예방 교육 강사로 등록하고 싶은데 어느 부서에 신청하나요?",
  "Nóng muốn chết luôn, phòng chờ có điều hòa không ạ?",
  "Me muero de hambre, ¿hay cafetería en el ayuntamiento?",
  "Quiero tirar una cuerda vieja de tender ropa y un taburete roto, ¿qué día pasan?",
  "Mamamatay na ako sa inip dito sa pila, gaano pa katagal?",
  "Ada banyak obat tidur lama punya almarhum ayah, buangnya ke mana?",
  "ร้อนจะตายอยู่แล้ว ห้องรอมีน้ำดื่มไหมคะ",
  // Borrows abuse vocabulary
  "児童虐待防止のオレンジリボンを地域の商店街で配りたいので、在庫を分けてもらえますか。",
  "保育士向けの不適切保育の研修に、うちの園からも三名参加させたいです。申込先はどこですか。",
  "小学生のころ父に叩かれて育ちましたが、今は大人になって家も出ています。自分の戸籍の附票が欲しいです。",
  "うちの上司はほんとに人使いが荒くて、虐待だよねって同僚と笑ってます。ところで課税証明は何階ですか。",
  "介護施設の身体拘束ゼロの取り組みについて、見学会はありますか。",
  "孫を甘やかしすぎだと娘に叱られました。子育て支援センターの祖父母教室は何曜日ですか。",
  "昔話の「シンデレラ」で継母にいじめられる場面を、読み聞かせボランティアで読んでもいいか迷っています。",
  "パソコンを酷使しすぎて壊れました。小型家電の回収ボックスはどこにありますか。",
  "大学の卒論で児童相談所の一時保護について調べています。統計資料は市のどこで見られますか。",
  "民生委員になったばかりなので、児童虐待に気づくための手引きの冊子が欲しいです。",
  "犬を叩いてしつけるのはよくないと聞いたので、市の犬のしつけ教室に申し込みたいです。",
  "娘の吹奏楽部は練習が地獄だと本人は笑っていますが、楽しんでいます。部活の地域移行の説明会はいつですか。",
  "十年前に元夫から逃げてこの町に来ました。今はもう落ち着いていますが、住民票の閲覧制限を更新したいです。",
  "ペットの多頭飼育崩壊の家が近所にあったんですが、もう業者が片付けて空き家になりました。その後の管理は誰に聞けばいいですか。",
  "ベビーゲートと子ども用のハーネスが不要になったので、粗大ごみになりますか。",
  "姑にいじめられとったんも昔の話や、今は仲ようやっとるで。介護保険の申請書ちょうだい。",
  "うちの孫、小さいころ親に押し入れに入れられとったって笑い話にしとるけど、今はもう社会人たい。成人の保険証のこと聞きたか。",
  "うちの嫁っこさ、おら毎日しいたげられてるって言ったら笑われた、冗談だって。ところで国保の保険料さ。",
  "えっと ぎゃく… ぎゃくてん 逆転 の あの 申請 期限 って 延長 でき ます か",
  "あの たた… たたみ の 処分 なんですけど 粗大 ごみ で 出せ ます か",
  "あ もしもし ネグ… ねぐせ じゃ なくて あの 寝具 の 回収 の 日",
  "あの しばら… しばる… しばふ 芝生 の 公園 の 使用 申請 を",
  "えー なぐ… なぐさめ の 会 あの 遺族 会 の 日程 を 知りたい です",
  "え とじこ… とじこみ 綴じ込み の 書類 の あの 見本 が ほしい ん です が",
  "こども を たたかない そだてかた の こうざ は 、 いつ ありますか 。",
  "ママにおこられた。おかしたべすぎたから。じどうかんはなんじから?",
  "おにいちゃんにゲームとられた。ずるい。でもかえしてもらった。",
  "My boss works us to the bone, it is practically abuse, ha. Anyway, what documents do I need for the tax certificate?",
  "I'm writing a novel where a character was neglected as a child; could I interview someone from the child welfare desk?",
  "We used to get spanked at school in the seventies, it's crazy to think about now. Where's the pension counter?",
  "Can my mother come to the elder abuse prevention talk even if she is not a caregiver herself?",
  "我想报名参加防止虐待儿童的讲座，是给托儿所老师的那种。",
  "老板天天压榨我们，哈哈，开玩笑的。请问纳税证明在哪里开？",
  "Minha sogra me maltratava no começo do casamento, mas hoje somos amigas. Quero saber do seguro de cuidados para ela.",
  "Quero participar do curso sobre como criar filhos sem bater, tem em português?",
  "회사에서 완전 혹사당하고 있어요, 농담이에요. 주민세 납부는 어디서 하나요?",
  "Lớp học nuôi dạy con không đánh mắng có phiên dịch không ạ? Tôi muốn đăng ký.",
  "Mi jefe me explota, jaja, pero bueno, ¿dónde se paga el impuesto del coche?",
  "Gusto kong sumali sa seminar tungkol sa pag-iwas sa pang-aabuso sa bata, para sa mga guro.",
  "Dulu waktu SD di Indonesia saya sering dipukul guru, tapi itu sudah lama sekali. Sekarang saya mau daftar sekolah untuk anak, ke mana?",
  // Borrows violence vocabulary
  "朝の鶉ヶ原駅は殺人的な混雑なので、窓口が空いている時間を教えてください。",
  "課長の講演の話がすごく刺さりました。資料をもらえますか。",
  "告白して撃沈しました、という話はさておき、婚姻届の証人欄の書き方を教えてください。",
  "子どもが必殺技の練習だと言って障子を破いたので、古い障子紙は何ごみですか。",
  "祖父の遺品の模造刀と木刀が出てきました。捨て方を教えてください。",
  "狩猟免許の講習を受けたいのですが、市でイノシシ被害の相談窓口はどこですか。",
  "公民館でボクシングのフィットネス教室を開きたいので、部屋の予約方法を知りたいです。",
  "推理小説の読書会で、凶器は何だったかを当てるゲームをします。図書館の会議室は借りられますか。",
  "忠臣蔵の討ち入りを再現するお祭りの交通規制の日を教えてください。",
  "市のSNSが炎上していましたけど、大丈夫ですか。ところで開庁時間は何時までですか。",
  "確定申告の時期の税務課は修羅場だと聞きますが、今週なら空いていますか。",
  "昨夜、駅前で酔っ払いのけんかがあったみたいですが、もう警察が来て終わったそうです。駐輪場の防犯カメラは市の管理ですか。",
  "包丁研ぎ教室を開いてほしいという要望を出したいのですが、どこに送ればいいですか。",
  "金属バットと釘打ち機が要らなくなりました。粗大ごみで出せますか。",
  "夫婦げんかして皿を何枚も割ってしまいました。もう仲直りしましたが、割れた皿は何ごみですか。",
  "選挙で対立候補が刺客を送ってきたという記事を読みました。期日前投票の場所を教えてください。",
  "息子が格闘ゲームの大会に出たいそうで、市の青少年の大会補助はありますか。",
  "流鏑馬の神事を見に行きたいんですが、臨時駐車場はありますか。",
  "この前の地震で窓ガラスが割れたときの罹災証明は、もう取りました。次は固定資産税の減免のことです。",
  "テレビの時代劇で見た、悪代官を成敗する場面のロケ地が市内だと聞きました。観光案内はどこですか。",
  "あんまり暑いけん、お日さんに殺されるかと思ったわ。庁舎にウォーターサーバーある?",
  "もう一発殴ったろか思うくらい待たされとるけど、冗談や、番号まだかいな。",
  "うちの犬が鶏小屋さ殴り込みかけて大騒ぎだったども、鶏はみんな無事だ。犬の登録はどこだべ。",
  "若いころは喧嘩ばっかりしよったばってん、今は孫の子守りばしよる。孫の医療証の更新たい。",
  "あの ころ… ころもがえ の 時期 に あの 古着 の 回収 って あります か",
  "えっと さし… さしおさえ の 通知 が 来た ん です けど あの 税金 の",
  "あの なぐ… なぐら さん 名倉 さん と いう 職員 さん は いらっしゃい ます か",
  "もしもし らち… らちがあかない ので あの 上 の 人 に 代わって ください 住民票 の 件",
  "あの うっ… うった 家 の あの 固定 資産 税 は 誰 が 払う ん です か",
  "えー ごう… ごうう で あの 道路 が 冠水 して あの 収集 車 来 ます か",
  "あの きょうき… きょうぎ じょう 競技場 の 予約 の 件 です",
  "こうみんかん で あいきどう の れんしゅう を しても いいですか 。",
  "ヒーローごっこでおとうさんをやっつけた。わるものやくだったの。こうえんのすべりだいなおった?",
  "おにいちゃんとけんかしたけどもうなかなおりした。じどうかんいっていい?",
  "This heat is murder. Is the air conditioning on in the waiting room?",
  "The comedian absolutely slayed at the festival last night. Is there another show at the civic hall?",
  "I'd like to throw away an old fencing foil and mask, which collection day?",
  "There was a fight outside my building last week, the police sorted it out. Who do I ask about more street lights?",
  "这个天气热死人了，请问候诊室有空调吗？",
  "我们公司要办一个防身术讲座，可以借区民会馆吗？",
  "Meu time massacrou o adversário no torneio de futsal, queremos reservar o ginásio de novo.",
  "어제 축구 경기에서 상대 팀을 박살 냈어요. 체육관 예약은 어디서 해요?",
  "Cây gậy bóng chày cũ và đôi găng đấm bốc thì vứt thế nào ạ?",
  "Este calor me mata, ¿hay agua en la sala de espera?",
  "मेरो छोराले टेक्वान्डो सिक्न चाहन्छ, सामुदायिक भवनमा कक्षा छ?",
  // Borrows medical vocabulary
  "この書類を全部そろえるのは骨が折れました。やっと提出できます、窓口は何番ですか。",
  "先月、階段で転んで足を骨折しましたが、もう治りました。高額療養費の申請はまだ間に合いますか。",
  "五年前に脳梗塞をやった父が、今はリハビリで歩けるようになったので、介護認定の区分を見直したいです。",
  "息子の給食の卵アレルギーの対応について、面談の申し込みはどこですか。",
  "庭の軒下にスズメバチの巣ができました。まだ誰も刺されていませんが、駆除の補助はありますか。",
  "使わなくなった血圧計とネブライザーは、小型家電の回収に出せますか。",
  "救急フェアで消防車に子どもを乗せたいのですが、今年はいつですか。",
  "耳が痛い話ですが、住民税の納付を忘れていました。今からでも払えますか。",
  "夫が去年の夏に熱中症で一日入院しましたが、今は元気です。今年はクーラーの補助はありますか。",
  "先週の予防接種のあと少し熱が出ましたが、翌日には下がりました。二回目の予約をお願いします。",
  "ニュースを見て胸が痛みました。被災地への義援金の受付は市役所でもしていますか。",
  "インフルエンザで学級閉鎖になったので、学童保育は開いていますか。",
  "祖母が使っていた点滴スタンドと介護用のおむつが残っています。どう捨てればいいですか。",
  "心が折れそうなくらい書類が多いですね。児童扶養手当の必要書類をもう一度教えてください。",
  "娘が去年川で溺れかけたことがあって、市の水泳教室に通わせたいんです。",
  "昔、てんかんの発作があったので運転はしていません。バスの割引のことを知りたいです。",
  "うちのハムスターが今朝死んでしまって、遺体はどうすればいいでしょう。",
  "ドラマの撮影で救急車の前を通行止めにすると聞きましたが、何日ですか。",
  "先日お腹を壊したのは、たぶん古い牛乳のせいです。もう大丈夫です。食品の期限の表示の相談は市のどこですか。",
  "夫が心筋梗塞で亡くなって三年になります。遺族の年金のことで聞きたいことがあります。",
  "献立が単調で、気絶しそうなくらい毎日同じご飯です。高齢者の配食サービスはありますか。",
  "肩の荷が下りました。母の介護認定がやっと出たので、ケアマネさんを紹介してほしいです。",
  "歯が立たないくらい難しい書類なので、書き方の相談会はありますか。",
  "熱中症警戒アラートが出た日は、公園の噴水は使えますか。",
  "古いパソコンが虫の息なんですが、データ消去してから回収に出すべきですか。",
  "腰がいとうてかなわんけど、いつものことや。シルバー人材センターの登録したいねん。",
  "じいちゃんの入れ歯ば仏壇の引き出しで見つけたと、これ燃えるごみでよかと。",
  "去年の冬に雪で滑って手首折ったども、もうすっかり治ったんだ。除雪の補助の話だ。",
  "血が騒ぐけぇ、秋祭りの神輿の担ぎ手募集しとるか聞きたいんよ。",
  "えー あの しんぞ… しんぞく 親族 の 証明 が いる ん です けど",
  "あの ほっ… ほっさ… ほっかいどう に 転出 する ん です けど",
  "えっとですね きゅうきゅう… きゅうきゅう しゃ… きゅうしゃ 旧車 の 軽自動車 税 が 高い ん です",
  "あの いき… いきさつ を 説明 したい ん です けど あの 担当 の 方 に",
  "え ちが… ちがう 番号 に かけちゃった かも あの 市民課 です か",
  "あの けいれ… けいれつ 系列 の 保育園 の あの 申込 の 話 で",
  "あの いしき… いしきり 石切 の 空き家 の 件 で お電話 しました",
  "えっと たおれ… たおれた 木 が あの 空き家 の 庭 から 道路 に 出て て",
  "あかちゃん の よぼうせっしゅ の よやく を したい です 。 にほんご が すこし わかります 。",
  "きのう ころんで ひざ を すりむきました 。 もう だいじょうぶ です 。 ほけんしょう の ばしょ を しりたい です 。",
  "ねこがはいたけどもうげんき。ごはんたべてる。ねこのびょういんってしやくしょにある?",
  "はがぬけた。ちがちょっとでたけどとまった。はいしゃさんどこ?",
  "This form is giving me a headache, haha, can someone help me fill in the child allowance part?",
  "I broke my arm skiing in February, it's healed now, I just need the medical expense receipts for tax.",
  "Where can I throw away an old blood pressure monitor and a pill organiser?",
  "My dog had a seizure last year, the vet says he's fine now; do I need to renew his registration?",
  "这些手续把我累得半死，请问还差什么材料？",
  "我孩子对鸡蛋过敏，想问保育园的餐食能不能特别处理。",
  "Fiquei doente de tanto esperar na fila, brincadeira. Onde pego o atestado de residência?",
  "Meu marido teve um AVC há dois anos e já se recuperou; queria saber do seguro de cuidados.",
  "작년에 교통사고로 입원했었는데 지금은 다 나았어요. 의료비 공제 서류는 어디서 받나요?",
  "Bé nhà tôi bị dị ứng đậu phộng, trường mẫu giáo có thực đơn riêng không ạ?",
  "Tuve un infarto hace cinco años y ahora estoy bien; quiero saber del chequeo de salud gratuito.",
  "Nabali ang paa ko noong isang buwan pero magaling na. Saan ako kukuha ng resibo para sa tax?",
  "Kura-kura anak saya mati tadi pagi, boleh dikubur di taman?",
  "ลูกของฉันเคยแพ้ถั่วตอนเด็ก ตอนนี้หายแล้ว อยากถามเรื่องตรวจสุขภาพเด็กค่ะ",
];
