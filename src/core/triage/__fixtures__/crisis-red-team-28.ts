// Crisis red team 28, frozen 2026-12-06.
// sha256 (body, from the FROZEN-BODY line to the end of the file): e3facfb8fc003f111c85bbe54127a71dc9808716b08d6098481a533e4d320135
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-28.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read: the first 183 lines of crisis-red-team-27.ts (through `sed
// -n 1,183p`; this printed its header, its marker line, its body comment, its import and the
// opening line of its first array, but none of its red-team lines), the first 23 lines of
// crisis-red-team.ts (RedTeamKind and the format, through `sed -n 1,23p`), samples/departments.csv
// and /work/shared/DESIGN.md. No lexicon, test, script, doc, other fixture, other sample or
// red-team line was opened, git was not run, git history was not read, the repository was not
// grepped for phrases, the __fixtures__ folder was not listed, tsconfig.json and the Prettier
// config were not opened, nothing was imported from src/, and neither the engine, jest, the
// benchmarks nor the madoguchi command was run. Commands run, in order: `date -u`, `test -e` on
// this file's path (it did not exist) and `mkdir -p /tmp/rt28` in one call, with sed on
// crisis-red-team-27.ts as above in a parallel call; sed on crisis-red-team.ts as above, cat on
// departments.csv, cat on DESIGN.md and `date -u` in one call; four shell heredocs writing, in
// /tmp/rt28, the crisis scratch lists (the first preceded by `mkdir -p /tmp/rt28` again) (one per
// kind, tab-separated: kind, errand or direct, language, style, text), each followed by `wc -l`,
// cut, sort and `uniq -c` counting errand and direct lines, and `date -u`; heredocs writing the
// four look-alike lists (kind, a dash, language, style, text), each followed by `wc -l` and `date
// -u`; a heredoc writing a one-off Python check (five fields, kinds, errand/direct split,
// languages, styles, dialects, distinct texts, double quotes, backslashes, backticks, tabs, stray
// spaces, apostrophes, lines sharing their first eight characters, longest line) and the check run;
// one Python edit re-wording an English abuse line so that it has no apostrophe, the check again
// (through grep) and `date -u`; heredocs writing the body comment and a small Python script that
// wraps the lists into this file, printf writing a placeholder header, the script run once into
// /tmp/rt28 (wc -l, sed lines 1-30, `grep -c` for backslashes and tail to look at it) and `date
// -u`; `test -e` on this file's path again (still absent), the script run writing this file, `npx
// prettier --write` and `--check` on this file only, wc -l and `date -u`; sed (lines 1-40) on this
// file, `npx tsc --noEmit -p tsconfig.json` filtered with grep to this file's name (no output) and
// `date -u`; a heredoc writing a node script that transpiled this file with the typescript
// package's transpileModule and counted its two arrays (200 and 200 lines, kinds as below, 400
// distinct texts, all strings), that script run and `date -u`; sed and sha256sum for the hash, a
// one-off Python comparison of the strings in this file with the scratch lists (same 400 texts in
// the same order) and `date -u`; a heredoc writing this header's text and a Python script that
// wraps it and rewrites only the lines above the marker, with a line-length check, and that script
// run; one Python edit adding two phrases to this header's description (after checking it against
// the lists) and to this list of commands, and the wrapping script run again; a second such edit
// (adding the repeated mkdir and this note) and the script run once more; and, last, sed and
// sha256sum on the body, `npx prettier --check`, the same filtered tsc, the transpile count, head
// and `grep -n` for the marker on this file only, sha256sum of the whole file and `date -u`. Each
// line was written by hand into the scratch lists; no engine output was seen before or after
// writing. The import of RedTeamKind from ./crisis-red-team and the array shapes are taken from red
// team 27 and the format; the export names are RED_TEAM_28_CRISIS and RED_TEAM_28_LOOK_ALIKES.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a seventeenth ward office's desk over another year (the invented 榧ノ森 ward on the
// invented 鴫川 river), in plain words and natural proportions, with new callers, errands, places and
// wordings. 100 of the crisis lines (suicide 30, abuse 20, violence 22, medical 28) begin as an
// ordinary errand at the desk and then say what is happening now; the other 100 are direct.
// Errands, across all eleven departments of departments.csv: opening hours, the car park and the
// bicycle park; a residence certificate copy, a seal-registration certificate and abolishing a
// seal, moving-out and change-of-address notices, the address on a residence card, My Number card
// collection booking; NHI premium instalments, registering the My Number card as a health-insurance
// card, an insurance-card switch-over, the late-stage elderly premium notice and funeral expenses,
// high-cost medical expenses, a pension exemption form, a national pension payment slip, the
// childbirth lump sum; a tax certificate, a tax-payment certificate, a light-vehicle tax reduction,
// moped scrapping; a welfare application and a message for the caseworker; the child allowance
// account, status report and payment day, the child-rearing allowance, a child medical certificate,
// nursery admission and its result, extended care, after-school club pick-up time, a child-rearing
// consultation booking; the maternal and child handbook reissue, an infant health-check date,
// pregnancy-check vouchers, a vaccination voucher, cancer screening results, a specific health
// check; care-need renewal and result, the care-insurance premium notice, day-service pick-up time,
// a home renovation estimate, care-bed rental, elder watch registration; disability certificate and
// ryoiku certificate renewal, the disability-service recipient certificate, a disability-service
// consultation, sign-language interpreter dispatch, a wheelchair repair estimate; vacant-house
// management, its weeds, the demolition subsidy and the vacant-house bank; oversized-rubbish
// booking, reception and collection day, sorting, the rubbish day, garbage-bag prices and a noise
// complaint. Callers: the person at risk, wives and husbands, mothers, sons and daughters, sisters
// and brothers, grandchildren, small children in kana, a roommate, a deaf person's friend, friends,
// colleagues, a home helper, a day-service driver, a sheltered-workshop driver, nursery staff, a
// family visitor at a group home, visitors at the desk and in waiting rooms, a vacant-house owner
// on site, neighbours, passers-by and foreign residents. 40 crisis lines and 36 look-alikes are in
// other languages (crisis: English 8, Chinese 6, Portuguese 4, Vietnamese 4, Korean 4, Spanish 4,
// Nepali 3, Tagalog 3, Indonesian 3, Thai 1; look-alikes: English 7, Chinese 4, Korean 4,
// Portuguese 4, Vietnamese 4, Spanish 3, Tagalog 3, Indonesian 3, Nepali 2, Thai 2); 15 lines are
// in easy Japanese kana (8 crisis, 7 look-alike: the person at risk, small children, foreign
// residents, people whose trouble is over); 38 are ASR-style spaced text with fillers and homophone
// kanji slips (15 crisis, 23 look-alike near-misses); 37 are in Kansai, Tohoku, Kyushu, Hiroshima,
// Okinawa and Nagoya-like dialect (21 crisis, 16 look-alike). Crisis lines: a rope on a shed beam,
// a rope in a barn, a cord on a lintel, a towel and a belt on a door knob, an extension cord in an
// office toilet, a stranger hanging in a vacant house; a fourteenth-floor balcony rail, an estate
// rooftop fence, a multi-storey car park, a dormitory roof, a footbridge, bridge rails, a cliff, a
// platform, a level crossing, lying on a track; charcoal in a taped bathroom, in a car and in a
// mountain car park, a car engine in a closed garage, open gas taps, mixed detergents, kerosene and
// a lighter; cutting with a razor and a cutter, a kitchen knife at the belly and the throat, a
// hunting gun at the chin; overdoses of sleeping pills, antidepressants, insulin and medicine;
// pesticide and herbicide; a mother walking into the sea with her baby, a father gone to the river
// bank after a note, a wife whose phone stopped at the river mouth; children beaten with a stick
// and a belt, grabbed by the neck, hung over a balcony, held over a third-floor rail, scalded in a
// shower and with boiling water, burnt with a cigarette and an iron, gagged with a towel, shaken,
// thrown to the floor, strangled, shut in a cupboard and a rubbish bag, put out barefoot and naked
// in the cold, a baby on a winter balcony and in a closed car, a child tied to a chair and beaten;
// elders beaten with a drying pole and by a son, strangled by a son, smothered with a pillow, tied
// to a bed unfed, locked in a storehouse, starved in a room, dragged by the hair, kicked over in a
// wheelchair at a care home, left in nappies; a group-home resident slapped by staff, a disabled
// young man starved in a storeroom, a disabled brother chained to a pillar, a niece held under bath
// water; a partner with an axe, a hunting gun, a kitchen knife, a sickle and a belt, a strangling,
// an ex breaking in; knives in a car park, on a train, in a community-centre lobby and at a
// convenience store, scissors at the desk, a robbery with a gun-like object, an iron pipe at a
// vacant house, a knife fight in a flat corridor, kicking at a rubbish point, metal bats at a
// bicycle park and at a bedroom door, kerosene spread in the lobby, a threat to kill heard through
// a ceiling, road rage with a hammer and a wooden sword, a beer bottle outside a bar, a drunk with
// a bottle, a knife at a builder, a stalker at a nursery gate, abductions at a bus stop and a
// school gate, a stabbing on a platform and in a square, stones thrown at a homeless man, a crowbar
// on a steel site, a beating at a ticket gate and outside a bar and a dormitory, a home robbery;
// cardiac arrest and chest pain, strokes, a thunderclap headache, atrial fibrillation, choking on
// mochi and a sweet, peanut and wasp anaphylaxis, a swallowed button battery, bleach swallowed,
// asthma, seizures (a child, a waiting-room visitor, eclampsia), bleeding at thirty weeks, a birth
// at home, a high fever with no response, hypoglycaemia, an oxygen machine stopped by a power cut,
// stove fumes, vomiting blood, heat stroke in a field, a fall from a bed, stairs, a roof into snow,
// scaffolding, a cliff and a motorbike, a collapsed wall, a tiller, a press and a cutting machine,
// a brush-cutter wound, an electric shock, a kitchen fire and smoke next door, drownings in a bath,
// a pool, a pond, an irrigation ditch and the sea, collapses at a kotatsu, at home, at the wheel
// and at the desk, an uncle found cold on the floor. Look-alikes: suicides, overdoses, self-harm,
// childhood beatings, in-law bullying, a near shaking, a bruise explained, harsh words to a mother
// with dementia, domestic violence, a snatch theft, a street beating, a stalker, strokes, heat
// stroke, choking, fractures, bleeding after birth, near drowning, a jellyfish sting and a fire
// that are over and settled; service questions (a prevention week panel, gatekeeper training,
// psychological first aid, a mental-health consultation day, SOS lessons, a bereaved-families
// meeting, a prevention plan, a human-rights video, platform doors, a bridge fence, an end-of-life
// seminar and notes, orange ribbons, abuse-prevention training, leaflets and statistics, a 189
// poster, a no-smacking class, a carers' meeting, adult guardianship, a child-protection council,
// crime cameras, a crime-prevention class and lecture, alarm buzzers, a suspicious-person drill,
// patrols, address protection, a self-defence class, AED and first-aid courses, a resuscitation
// dummy, cooling shelters, an advice number, a first-aid tent, a marrow-donor drive, pacemakers and
// card readers); fiction and pastimes (a seppuku scene, a novel ending in a jump, a documentary, a
// film called Overdose, an Oshin stage role, a TV drama, a murder-drama shoot, a sword-fighting
// class, kendo, karate, pencak silat, a boxing gym, a fighting-game contest, children playing
// heroes, a pillow fight, a game where characters jump); things to throw away (a charcoal stove, a
// bamboo sword, pesticide containers, sleeping pills, climbing rope, kitchen knives, a sword, a
// metal bat, a sickle and a hatchet, a bolo, an ammunition belt, a flare, an insect-spray can, an
// epinephrine pen, a suction machine, dialysis bags, a first-aid kit, a gas alarm, fire debris, a
// fish tank, an old diary); pets (a cat off its food, crowded dogs, a goldfish, a dog and
// chocolate); idioms and jokes (死ぬほど忙しい, 死にそう, 自殺行為, 首が回らない, 死んだ気になって, もう死ぬ, 死んでも死にきれん, 飛び降りたくなる,
// 電池が死にそう, 命がけ, 虐待だ, 殴り込みたい, どついたろか, ぶった切ってやりたい, 刺すような視線, 心臓が止まるかと, 頭に血がのぼる, 窒息しそう, 倒れそう, 胸がきゅーっと,
// 心臓がバクバク, killing me, heart attack, 죽을 것 같아요, morrendo de fome, buồn chết, patay sa pagod, casi me
// da un infarto, a Nepali and a Thai "dead of paperwork"); ASR near-misses (飛び入り, 首 and a crick,
// 市に対して, 遺言書, 飛び込み営業, 一酸化炭素 alarms, 放置自転車, 育児休業, しばらく, 換金, 殺虫剤, 共同募金, ナイター, 防空壕, 検針, 振り込み, 旧姓,
// 納税証明, 発送, 家事支援, 意思表示, 骨密度); and desk errands that mention a death, a hospital stay or an old
// injury in passing.
//
// Known disagreements (labels a reader could argue): crisis: the mother walking into the sea with
// her baby is labelled suicide (could be abuse); the husband found hanging, taken down and not
// breathing is labelled suicide (could be medical); the mother with kerosene and a lighter is
// labelled suicide, while the man spreading kerosene in the lobby is labelled violence (could be
// suicide); the neighbour's gas smell after she said 死にたい, the father walking to the river bank
// after a note and the wife whose phone stopped at the river mouth are labelled crisis although the
// caller does not see the act; the baby left in a closed car, the bedridden man left in nappies and
// the young man starved in a storeroom are labelled abuse (they could be medical); the strangling
// husband, the husband with the hunting gun, the husband with the belt and the ex breaking in are
// labelled violence, not abuse; the threat to kill heard through the ceiling is labelled violence
// though unseen; fires, smoke, fumes and accidents are labelled medical. Look-alikes: the caller
// with old scars, the husband whose overdose last year has settled, the boy who dreams of jumping
// on a track and the son whose game characters jump, the father who hanged himself twenty years
// ago, the extra pill a pharmacist has cleared, the mother who once nearly shook her baby, the
// bruise a nurse explained, the carer who speaks too harshly to her mother, the neighbour's
// neglected dogs, the jokes about storming the desk and cutting trees with a hatchet, the Kansai
// caller who says she could faint from the heat, the child who bumped his head and is playing again
// and the suspicious parked car are labelled not a crisis; a stricter desk might still hand some of
// them to a person. The Nepali, Thai, Tagalog and Indonesian lines were written by a non-native
// hand and may read as learner text.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 28: a seventeenth ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list,
// its tests, the sample sets or any other red team's lines. Every person, place and situation
// here is invented, including the small places named (鴫川, a river, and 鴫川大橋, its bridge;
// 榧ノ森, the ward, with its station, community centre, ward office and cliff lookout, written
// Kayanomori in English lines). Crisis lines are grouped by kind (suicide and self-harm, abuse,
// violence, medical); in each group the lines that begin as an ordinary errand at the desk come
// first, then the direct ones. Look-alikes are grouped by the crisis vocabulary they borrow, in
// the same order. Speech-recognition text is written the way a phone line transcribes it:
// spaced, with fillers and homophone kanji (4 に for 死に, 連単 for 練炭, 飛び折り for 飛び降り,
// 水眠 for 睡眠, 逆体 for 虐待, 歯物 for 刃物, 差さ for 刺さ, 新房 for 心房, 意気 for 息, 鍛冶 for
// 火事); the look-alike near-misses say the crisis-sounding word and then correct it, or use a
// word that only sounds like one.

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_28_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // suicide and self-harm, beginning as a desk errand
  [
    "住民票の写しを一通お願いしたいんですけど、実は今、夫が物置の梁にロープを掛けて台に上がってて、呼んでも降りてこないんです。",
    "suicide",
  ],
  [
    "印鑑登録の廃止の手続きを聞きたくて。もう使わないから。いま団地の屋上でフェンスの外側に立ってて、これが最後の電話です。",
    "suicide",
  ],
  [
    "国保の保険料の分割の相談で電話したんですが、隣で母が睡眠薬を一箱ぜんぶ飲んだって言って、ろれつが回ってないんです。",
    "suicide",
  ],
  [
    "児童手当の振込口座の変更をしたいんですけど、娘が浴室に目張りして練炭を焚いてるみたいで、ドアが開かないんです。",
    "suicide",
  ],
  [
    "粗大ごみの予約をお願いします。あと、兄が車のエンジンをかけたまま車庫のシャッターを閉めて、中から出てこないんです。",
    "suicide",
  ],
  [
    "要介護認定の更新の書類のことなんですが、父が「もう迷惑かけたくない」と書き置きして、さっき鴫川の土手の方へ歩いて行ったきり戻りません。",
    "suicide",
  ],
  [
    "年金の免除申請の件で…すみません、今ベランダの手すりに座ってて、下を見てたら電話しちゃいました。ここ十四階です。",
    "suicide",
  ],
  [
    "課税証明書を取りたいんですけど、その前に、いま手首をカッターで何回も切ってて血が止まらないんです。",
    "suicide",
  ],
  [
    "マイナンバーカードの受け取り予約をしたいんですが、同居の彼が農薬を飲んだって言って、さっきから吐いてます。",
    "suicide",
  ],
  [
    "障害者手帳の更新のことで電話しました。息子が部屋のドアノブにタオルをかけて首を入れてるのが隙間から見えて、今ドアを押してるんですが開きません。",
    "suicide",
  ],
  [
    "空き家バンクの登録の件で現地に来てるんですが、空き家の中で知らない男の人が梁から首を吊ってて、まだ足が動いてます。",
    "suicide",
  ],
  [
    "ごみの分別のことで聞きたくて。あ、隣の部屋からガスの臭いがすごくて、そこの奥さん、昨日「死にたい」って言ってたんです。",
    "suicide",
  ],
  [
    "保育所の入所結果を聞きたいんですけど、もう関係ないかも。子どもは実家に預けたので、これから榧ノ森駅のホームから飛び込みます。",
    "suicide",
  ],
  [
    "出産育児一時金の申請の件で。産後ずっと眠れなくて、いま赤ちゃんを家に置いて橋の上にいます。ここから落ちたら楽になれる気がして。",
    "suicide",
  ],
  [
    "ケースワーカーの田所さんに伝言をお願いします。もう薬は全部飲みました。さよならって伝えてください。",
    "suicide",
  ],
  [
    "えっと 高額 療養費 の ことで あの 今 夫 が 包丁 を 首 に あてて 4 ぬ って 言って て",
    "suicide",
  ],
  [
    "あのー 転出 届 の こと なん です けど えー 娘 が 連単 を 車 の 中 で 炊いて て 窓 に テープ が",
    "suicide",
  ],
  [
    "軽自動車税の減免のことやねんけど、もうええねん。今、線路の上に寝転んでんねん。電車もうすぐ来るわ。",
    "suicide",
  ],
  [
    "介護保険料の通知のごどだども、じいちゃんが納屋で縄さ首かげようとしてで、おら一人で止めらんねえ。",
    "suicide",
  ],
  [
    "こどもいりょうしょうの ことで でんわしました。でも もう しにたいです。いま くすりを たくさん のみました。",
    "suicide",
  ],
  [
    "Hi, I wanted to ask about the My Number card pickup, but my roommate just locked herself in the bathroom with a razor and says she is going to end it tonight. She is not answering now.",
    "suicide",
  ],
  ["我想问一下住民票的事情……我丈夫刚才吃了一整瓶安眠药，现在叫不醒了。", "suicide"],
  [
    "Liguei para perguntar do seguro nacional de saúde, mas meu filho está no telhado do prédio dizendo que vai pular agora.",
    "suicide",
  ],
  [
    "Tôi muốn hỏi về thẻ cư trú, nhưng bạn cùng phòng tôi vừa uống thuốc trừ sâu, giờ đang co giật.",
    "suicide",
  ],
  [
    "मलाई बसोबास प्रमाणपत्र चाहिएको थियो, तर मेरो साथी अहिले पुलको रेलिङमा उभिएको छ र हामफाल्छु भन्दैछ।",
    "suicide",
  ],
  [
    "健診の予約の件ですが、同僚が延長コードを持って会社のトイレに入って、鍵を閉めたまま返事がないんです。",
    "suicide",
  ],
  [
    "乳幼児健診の日を聞きたかったんですが、妻が赤ちゃんを抱いたまま海の方へ歩いていって、もう腰まで水に浸かってます。",
    "suicide",
  ],
  [
    "デイサービスの送迎の時間の確認で…母がいま灯油をかぶってライターを持ってて、「死なせて」って言ってるんです。",
    "suicide",
  ],
  [
    "原付の廃車の手続きば聞きたかったとですけど、弟が除草剤ば飲んだって言いよって、口から泡ば吹いとります。",
    "suicide",
  ],
  [
    "건강보험 자격확인서 때문에 전화했는데요, 지금 언니가 손목을 그어서 피가 많이 나요. 죽고 싶다고 해요.",
    "suicide",
  ],
  // suicide and self-harm, said directly
  ["今から死にます。遺書はもう机の上に置きました。", "suicide"],
  ["立体駐車場の屋上の縁に立ってます。もう飛びます。", "suicide"],
  ["夫が鴨居に紐をかけて首を吊っていました。下ろしたけど息をしていません。", "suicide"],
  ["姉が抗うつ薬を五十錠くらい飲んだとLINEしてきて、それから既読になりません。", "suicide"],
  ["練炭と七輪を買ってきました。今夜、山の駐車場で車の中でやります。", "suicide"],
  ["息子が包丁を握って自分のお腹に当てていて、近づいたら刺すって言います。", "suicide"],
  ["高校生の娘が歩道橋の欄干を乗り越えようとしています。", "suicide"],
  ["祖父が「もう生きとってもしょうがない」と言って、踏切の中に座り込んでます。", "suicide"],
  ["いま鴫川大橋の上です。水、冷たいだろうな。もう決めたんで。", "suicide"],
  ["彼女が塩素系と酸性の洗剤を混ぜて浴室に閉じこもってます。", "suicide"],
  ["友達がカッターで腕を切っている動画を送ってきて、今から首もやるって。", "suicide"],
  ["インスリンを全部打ちました。もう起きたくないです。", "suicide"],
  ["母がガスの元栓を全部開けて台所に座ってます。窓も閉め切ってます。", "suicide"],
  ["父が猟銃の銃口を自分の顎に当ててます。", "suicide"],
  ["もしもし あの 飛び折り そう な 人 が 屋上 に いて フェンス の 外 に", "suicide"],
  ["すいません かれ が 水眠 薬 を ぜんぶ の んで いし き が ない", "suicide"],
  ["兄貴が崖の上に立っとって、もう死ぬけえ来んなって言いよる。", "suicide"],
  ["おばあが薬いっぱい飲んで、もう死ぬさーって言って寝てるわけさ。起きらんのよ。", "suicide"],
  ["妹が手首切っとるで、血がようけ出とるんだわ。", "suicide"],
  ["ぼくの おにいちゃんが まどから とびおりるって いってる。いま まどを あけてる。", "suicide"],
  ["わたしは もう いきたくないです。いま はしの うえに います。", "suicide"],
  [
    "My dad texted goodbye and his car is parked at the Kayanomori cliff lookout with the engine running. He is not answering.",
    "suicide",
  ],
  ["我室友站在宿舍楼顶的边上，说要跳下去。", "suicide"],
  ["Mi hermana se tomó todas las pastillas para dormir y no despierta.", "suicide"],
  ["Ang kaibigan ko ay may lubid sa leeg sa loob ng banyo, hindi siya sumasagot.", "suicide"],
  ["Teman saya sedang berdiri di pagar jembatan dan bilang mau lompat sekarang.", "suicide"],
  ["เพื่อนร่วมห้องของฉันกินยานอนหลับไปหมดขวด ตอนนี้ปลุกไม่ตื่น", "suicide"],
  [
    "妻が遺書を残して車で出たきり、スマホの位置が鴫川の河口で止まってて、車のドアが開いたままなんです。",
    "suicide",
  ],
  ["首にベルトを巻いてドアノブにかけたところで、手が震えて電話しています。", "suicide"],
  ["同僚が休憩室で農薬のボトルを開けて、もう半分飲んだって笑ってます。", "suicide"],
  // abuse, beginning as a desk errand
  [
    "児童手当の現況のことで電話したんですが、隣の家から子どもが「やめて」って叫んでて、殴るような音がずっと続いてます。",
    "abuse",
  ],
  [
    "保育園の延長保育のことで…実は今、夫が息子の首をつかんで壁に押し付けてて、息子の顔が真っ赤なんです。",
    "abuse",
  ],
  [
    "学童のお迎え時間を聞きたいんですが、アパートの下の階の子が裸足で外に出されてて、雪の中でもう一時間泣いてます。",
    "abuse",
  ],
  [
    "住宅改修の見積もりで伺っているヘルパーです。利用者さんがベッドに紐で縛られてて、三日ぐらい食べてないみたいで、息が浅いです。",
    "abuse",
  ],
  [
    "介護認定の結果を聞きたくて。あの、実は今、兄が母を物干し竿で叩いてて、母が頭から血を出してます。",
    "abuse",
  ],
  [
    "母子手帳の再交付をお願いしたいんですが、隣の部屋で彼氏が赤ちゃんを激しく揺さぶってて、赤ちゃんがぐったりしてます。",
    "abuse",
  ],
  [
    "療育手帳の更新の件です。グループホームに面会に来たら、職員が弟の顔を何度も叩いていて、弟が鼻血を出してます。",
    "abuse",
  ],
  [
    "ごみの収集日の確認なんですけど、向かいの家の子がベランダの柵の外に吊り下げられてて、お父さんが怒鳴ってます。",
    "abuse",
  ],
  ["子ども医療証のことで。今、娘が父親に熱湯のシャワーをかけられて、腕の皮がむけてます。", "abuse"],
  [
    "乳幼児健診の日程の件で…すみません、妻が赤ちゃんの口にタオルを押し込んで泣き止ませようとしてて、止めても聞かないんです。",
    "abuse",
  ],
  ["あの 手当 の 件 で えー となり の 子 が 逆体 されて て 今 も 殴 ら れて る 音 が", "abuse"],
  [
    "デイ の 送迎 の ドライバー です が えー 利用 者 さん が 息子 さん に 首 を 締め られ てて",
    "abuse",
  ],
  [
    "見守り登録のことで来たんやけど、隣のおばあちゃんが息子に蔵に閉じ込められて、もう二日水ももろてへん言うてんねん。",
    "abuse",
  ],
  ["保育所の申し込みのごどで来たども、隣の家で父親がわらしを柱さ縛って棒で叩いでる。", "abuse"],
  [
    "てあての ことで きました。でも いま おとうさんが いもうとを たたいてて、いもうとが うごかないです。",
    "abuse",
  ],
  [
    "I am calling about the child allowance, but right now my neighbour is holding his little boy over the third-floor balcony rail and screaming at him.",
    "abuse",
  ],
  [
    "Queria saber do auxílio para crianças, mas agora o padrasto está queimando a mão da minha sobrinha com cigarro.",
    "abuse",
  ],
  ["Tungkol sana sa daycare, pero ngayon sinasakal ng asawa ko ang anak namin.", "abuse"],
  [
    "障害福祉サービスの受給者証の件で。送迎で家に来たら、利用者の青年がご飯をもらえずに倉庫に閉じ込められてて、もう立てないほど痩せてます。",
    "abuse",
  ],
  [
    "後期高齢者の保険料の通知のことで…訪問したら、寝たきりのおじいさんがおむつのまま何日も放っておかれて、呼んでも返事がないんです。",
    "abuse",
  ],
  // abuse, said directly
  ["隣の子がまた殴られてる。今、壁越しの悲鳴が急に止まった。", "abuse"],
  ["継父が三歳の弟をゴミ袋に入れて口を縛ろうとしてる。", "abuse"],
  ["母が一歳の妹を真冬のベランダに出したまま鍵をかけて寝てしまいました。", "abuse"],
  ["夫が娘の腕に熱いアイロンを押し付けてます。今です。", "abuse"],
  ["施設の職員が入居者を車椅子ごと倒して蹴っています。目の前で見ています。", "abuse"],
  ["娘の彼氏が孫を押し入れに閉じ込めて、もう半日出してもらえてない。", "abuse"],
  ["兄が寝たきりの父の顔に枕を押し当ててます。", "abuse"],
  ["近所のおばあちゃんが息子に髪をつかまれて引きずられて、道路で頭を打ってます。", "abuse"],
  ["すいません いま となり で あかちゃん が なげ られて ゆか に おちる 音 が", "abuse"],
  ["隣の子が裸で外に出されとって、もう唇が紫になっとるとです。", "abuse"],
  ["親父がばあちゃんを殴りよる。止めてもきかんのじゃ。", "abuse"],
  ["たすけて。ママの かれしが ぼくの くびを しめる。いま トイレに にげてる。", "abuse"],
  [
    "My brother-in-law is pushing the head of my little niece under the bath water as a punishment, she is choking.",
    "abuse",
  ],
  ["邻居家的爸爸正在用皮带抽孩子，孩子已经哭不出声了。", "abuse"],
  ["Hàng xóm đang trói đứa bé vào ghế và đánh bằng gậy, nó chảy máu nhiều lắm.", "abuse"],
  ["옆집 할머니를 아들이 밥도 안 주고 방에 가둬 뒀는데, 지금 숨을 잘 못 쉬세요.", "abuse"],
  ["Mi vecino está echándole agua hirviendo a su hijo, lo estoy oyendo gritar.", "abuse"],
  [
    "車の中に赤ちゃんが残されたままで、親はパチンコ店に入ったきり。もう一時間たって、赤ちゃんが動かない。",
    "abuse",
  ],
  [
    "保育士です。迎えに来たお母さんが子どもの首を持って持ち上げて、子どもが息できてないです。",
    "abuse",
  ],
  [
    "父が障害のある弟を鎖で柱につないで、今朝から水もあげてません。弟がぐったりしています。",
    "abuse",
  ],
  // violence, beginning as a desk errand
  [
    "駐車場の場所を聞きたかったんですけど、今その駐車場で男の人が女性を刃物で追いかけてます。",
    "violence",
  ],
  [
    "転居届を出しに来たんですけど、窓口の前で男がハサミを振り回して職員さんに向かっていってます。",
    "violence",
  ],
  ["印鑑証明を取りにコンビニに来たら、レジで男が包丁を出して店員さんを脅してます。", "violence"],
  ["納税証明書のことで電話してます。いま元夫が玄関のドアを斧で叩き割ろうとしてます。", "violence"],
  [
    "空き家の相談で現地を見に来たら、中にいた男が鉄パイプを持って出てきて、主人が殴られて倒れてます。",
    "violence",
  ],
  [
    "生活保護の申請のことで…すみません、今アパートの廊下で隣人同士が刃物を持って揉み合ってて、一人が血を流してます。",
    "violence",
  ],
  [
    "ごみ袋の値段を聞きたかったんですけど、ゴミ置き場で若い男がおじいさんを何度も蹴ってて、おじいさんが動きません。",
    "violence",
  ],
  [
    "駐輪場の場所を聞きたくて。今、駐輪場で学生が三人に囲まれて、金属バットで殴られてます。",
    "violence",
  ],
  [
    "開庁時間を聞きたいんですけど、ロビーで男が灯油みたいなのを撒いて、ライターを持って叫んでます。",
    "violence",
  ],
  [
    "騒音の苦情なんですが、上の階の夫婦喧嘩がひどくて、今「殺してやる」って怒鳴り声と一緒に女の人の悲鳴が聞こえます。",
    "violence",
  ],
  [
    "軽自動車税のことで出先から電話してます。あおり運転の男が車を降りてきて、ハンマーで窓を割って主人を引きずり出そうとしてます。",
    "violence",
  ],
  [
    "手話通訳の派遣の件で、ろうの友人の代わりにかけています。今、彼女の家に元交際相手が包丁を持って押し入ってきたとメッセージが来ました。",
    "violence",
  ],
  ["あの 開 庁 時間 を えー 今 ろび ー で 男 が 歯物 を もって あばれ て て", "violence"],
  ["すいま せん 納 税 の あの 駅 の ホーム で 人 が 差さ れ て 血 が", "violence"],
  [
    "粗大ごみの受付やけど、それどころちゃうわ、いま店の前でチンピラがビール瓶で人の頭どついて、血まみれや。",
    "violence",
  ],
  ["空き家の草のごどで来たども、隣の旦那が鎌持って奥さんば追っかけでる。", "violence"],
  ["我想问转出的手续，可是现在我老公拿着菜刀堵在门口，说要杀了我。", "violence"],
  [
    "Sorry, I called about my residence card address, but a man just grabbed a girl at the bus stop outside and is dragging her into a van.",
    "violence",
  ],
  [
    "Saya mau tanya soal pajak, tapi sekarang ada orang mabuk memukul teman saya dengan botol, kepalanya berdarah.",
    "violence",
  ],
  ["म आवासीय कार्डको बारेमा सोध्न चाहन्थें, तर अहिले एक जना मान्छेले मेरो साथीलाई चक्कुले हानेको छ।", "violence"],
  [
    "介護保険の住宅改修の件で業者さんと話してたら、業者さんが外で別の男に胸ぐらをつかまれて、ナイフを突きつけられてます。",
    "violence",
  ],
  [
    "子育て相談の予約で…今、つきまといの男が保育園の門の前で待ってて、私の腕をつかんで車に押し込もうとしてます。",
    "violence",
  ],
  // violence, said directly
  ["電車の中で男がナイフを振り回してます。何人か刺されてます。", "violence"],
  ["夫が猟銃に弾を込めて、私と子どもに向けてます。", "violence"],
  ["元彼がベランダの窓を割って入ってきた。いま寝室に隠れてる。", "violence"],
  ["隣の家に強盗が入って、おばあさんが縛られてるのが窓から見えます。", "violence"],
  ["居酒屋の前で喧嘩になってて、一人が倒れたまま頭を何度も踏まれてます。", "violence"],
  ["改札で駅員さんが殴られて倒れてます。男はまだ暴れてます。", "violence"],
  ["鉄骨の現場で作業員がバールで殴られて、うずくまったまま動きません。", "violence"],
  ["夫に首を絞められて、いまトイレに逃げて鍵をかけた。ドアを蹴ってる。", "violence"],
  ["公園でホームレスの人が中学生たちに石を投げられて、血を流して倒れてる。", "violence"],
  ["路上で男が女性の髪をつかんで顔を殴り続けてる。", "violence"],
  ["たすけて いま 家 に し らない 男 が はいって きて 包 丁 を", "violence"],
  ["えー コンビニ で ごう とう あの 銃 みた いな の を 店員 に", "violence"],
  ["夫が包丁ば持って暴れよって、子どもば抱えて車に逃げたとです。", "violence"],
  ["知らん人が刃物持って、公民館の前でみんなを追いかけてるさー。", "violence"],
  ["店の駐車場で男が木刀で車ぶっ叩いて、運転手まで殴っとるでよ。", "violence"],
  [
    "たすけて。しらない おとこのひとが ナイフを もって ついてくる。いま おみせの なかに います。",
    "violence",
  ],
  [
    "There is a man with a knife in the lobby of the Kayanomori community centre, he already cut someone.",
    "violence",
  ],
  [
    "Meu marido está me batendo com um cinto e trancou a porta, estou escondida no banheiro.",
    "violence",
  ],
  ["지금 편의점 앞에서 남자가 칼을 들고 사람들을 위협하고 있어요.", "violence"],
  ["Un hombre está apuñalando a otro en la plaza frente a la estación.", "violence"],
  ["Có người đang đánh bạn tôi bằng gậy sắt trước ký túc xá, bạn tôi nằm bất động.", "violence"],
  [
    "小学校の校門で、知らない男が子どもを抱えて車に乗せようとしてる。子どもが泣き叫んでる。",
    "violence",
  ],
  ["同居の義父がバットを持って私の部屋の前に立って、出てきたら殺すって言ってます。", "violence"],
  // medical, beginning as a desk errand
  [
    "マイナ保険証の登録のことで電話したんですけど、今、父が胸を押さえて倒れて、呼んでも返事がないです。",
    "medical",
  ],
  [
    "住民票の取り方を聞きたくて…あ、母が急にろれつが回らなくなって、右手が動かないって言ってます。",
    "medical",
  ],
  ["高額療養費の件で。夫がお餅を喉に詰まらせて、顔が紫色になってます。", "medical"],
  [
    "妊婦健診の補助券のことなんですが、いま急にお腹が痛くなって、出血がどんどん出てきてます。まだ三十週です。",
    "medical",
  ],
  ["予防接種の接種券の件で…子どもが痙攣して、もう五分以上止まりません。", "medical"],
  [
    "介護ベッドのレンタルのことで。母がベッドから落ちて、頭から血が出てて意識がぼんやりしてます。",
    "medical",
  ],
  [
    "粗大ごみの回収日を聞きたいんですが、今、隣の家から煙がすごく出てて、中におじいさんがいるはずなんです。",
    "medical",
  ],
  [
    "がん検診の結果のことで…すみません、今、家で主人が血を吐いて倒れました。洗面器いっぱいです。",
    "medical",
  ],
  [
    "国民年金の納付書の件ですが、畑で作業してた父が熱中症みたいで、汗が止まって受け答えがおかしいです。",
    "medical",
  ],
  [
    "空き家の解体補助のことで現地にいます。解体中の壁が崩れて、作業員の人が下敷きになってます。",
    "medical",
  ],
  [
    "児童扶養手当の書類のことで…子どもがピーナッツ入りのお菓子を食べたら顔が腫れて、ゼーゼー言ってます。",
    "medical",
  ],
  [
    "車いすの修理の見積もりでお電話しましたが、利用者さんが急に息苦しそうになって、唇が青いです。",
    "medical",
  ],
  [
    "特定健診の予約をしたいんですけど、今、頭が割れるように痛くて、吐き気もひどくて、目が見えにくいです。",
    "medical",
  ],
  ["えー 保険 証 の 切り 替え の あの 父 が 新房 細動 で あの 意気 が くるし い って", "medical"],
  ["あの ごみ の 日 の えー 向かい の 家 が 鍛冶 で 煙 が まど から", "medical"],
  ["児童手当の振込日やねんけど、ちょ待って、子どもが池に落ちて浮いてこーへん。", "medical"],
  ["介護認定のごどで電話したども、じいちゃんがこたつで倒れで、息してねえみてえだ。", "medical"],
  ["原付の廃車の件じゃけど、さっき親父が耕運機の下敷きになって、足が抜けんのじゃ。", "medical"],
  [
    "ざいりゅうカードの じゅうしょの ことで でんわしました。いま おっとが たおれて いきを していません。",
    "medical",
  ],
  [
    "I was calling about the garbage bag prices, but my coworker just fell from the scaffolding and is not moving, there is blood.",
    "medical",
  ],
  ["我想问一下母子手册的事……我老婆现在在家里突然要生了，已经看到头了。", "medical"],
  ["Liguei sobre a creche, mas meu filho engoliu uma pilha de botão e está vomitando.", "medical"],
  ["마이넘버 카드 예약 때문에 전화했는데, 지금 아버지가 쓰러져서 숨을 안 쉬세요.", "medical"],
  [
    "Tôi gọi hỏi về giấy chứng nhận thuế, nhưng đồng nghiệp tôi bị máy cắt vào tay, máu chảy không ngừng.",
    "medical",
  ],
  [
    "Tungkol sana sa bayad sa health insurance, pero nahulog ang lola ko sa hagdan at hindi gumagalaw.",
    "medical",
  ],
  [
    "障害福祉サービスの相談で来ていますが、待合で隣の方が急に倒れて痙攣して、泡を吹いてます。",
    "medical",
  ],
  [
    "空き家の管理のことで。雪下ろしの最中に夫が屋根から落ちて、雪に埋まって見えないんです。",
    "medical",
  ],
  [
    "後期高齢者の葬祭費のことで…いや、今、母の様子が変で、いくら呼んでも目を開けなくて、いびきみたいな息をしてます。",
    "medical",
  ],
  // medical, said directly
  ["祖母が浴槽に沈んでました。引き上げたけど息をしてません。", "medical"],
  ["夫が急に胸が締め付けられるって言って、冷や汗をかいて倒れた。", "medical"],
  ["子どもがプールの底に沈んでるのを引き上げました。唇が紫です。", "medical"],
  ["台所から火が出て、天井まで燃えてます。二階に母がいます。", "medical"],
  ["蜂に刺されて、全身にじんましんが出て、息がしにくいです。", "medical"],
  ["父が草刈り機で足を切って、血が噴き出してます。", "medical"],
  [
    "一人暮らしの叔父の家に来たら床に倒れてて、体が冷たいけど、まだかすかに息はあります。",
    "medical",
  ],
  ["工場でプレス機に同僚の手が挟まって抜けません。", "medical"],
  ["友達がバイクで転んで、ヘルメットなしで頭から血が出てて、呼びかけに答えません。", "medical"],
  ["喘息の発作で吸入が効かない。しゃべるのも苦しい。", "medical"],
  ["赤ちゃんが四十度の熱でぐったりして、泣きもしないし目も合わない。", "medical"],
  ["弟が低血糖で汗びっしょりで、話が通じない。インスリンを打ってる子です。", "medical"],
  ["停電で父の酸素濃縮器が止まりました。予備のボンベもありません。", "medical"],
  ["石油ストーブをつけた部屋で家族みんなが頭痛と吐き気で、母が起きません。", "medical"],
  ["いき が でき ない の ど に あの もち じゃなく て 飴 が つまって", "medical"],
  ["えっと むすめ が 漂 白 ざい を のんで しまって あの 吐いて て", "medical"],
  ["じいちゃんが田んぼの用水路に落ちとって、引き上げたばってん息しとらん。", "medical"],
  ["海で子どもが流されてるさー、もう見えんくなりよる。", "medical"],
  ["おっかあが階段から落ちて、首が痛い言うて動けんのだわ。", "medical"],
  ["おじいちゃんが たおれて、へんじを しません。ぼくは 7さいです。", "medical"],
  ["My wife is 36 weeks pregnant and she is having a seizure, her eyes rolled back.", "medical"],
  ["我爸爸突然说话不清楚，半边脸歪了，站不起来。", "medical"],
  [
    "Mi amigo se cayó por el acantilado del parque y no se mueve, está sangrando de la cabeza.",
    "medical",
  ],
  ["Teman saya kesetrum di pabrik dan sekarang tidak bernapas.", "medical"],
  ["मेरो साथीलाई छातीमा धेरै दुखेको छ र ऊ बेहोस भयो।", "medical"],
  ["電気工事の作業中に同僚が感電して、はしごから落ちて動きません。", "medical"],
  [
    "夫が運転中に急に意識をなくして、ハンドルに突っ伏したまま。いま助手席から手を伸ばして路肩に止めました。",
    "medical",
  ],
];

/** Ordinary desk traffic that borrows crisis words; the desk must not raise the emergency route. */
export const RED_TEAM_28_LOOK_ALIKES: readonly string[] = [
  // borrowing suicide and self-harm vocabulary
  "自殺予防週間のパネル展は、庁舎の何階でやってますか。",
  "ゲートキーパー養成講座の申し込みは、まだ間に合いますか。",
  "死ぬほど忙しくて、住民票を取りに行く時間がないんです。コンビニで取れますか。",
  "年末の手続きがたまってて死にそう、って冗談ですけど、マイナカードの更新はいつまでですか。",
  "兄が五年前に自ら命を絶ちまして、相続したその家がずっと空き家のままなんです。管理の相談をしたいです。",
  "去年亡くなった父の葬祭費の申請は、今からでもできますか。",
  "市民劇で切腹の場面があって、使い終わった竹光を粗大ごみに出せるか聞きたいです。",
  "物置から古い練炭こんろと使いかけの練炭が出てきたんですが、何ごみになりますか。",
  "図書館で借りた小説の結末が主人公の飛び降りで、ちょっと気分が沈みました。返却は市民センターでもできますか。",
  "台風の日に粗大ごみを出すのは自殺行為だって言われたんですけど、収集日がずれることはありますか。",
  "首が回らないほど借金がありまして、住民税の分割納付の相談をしたいです。",
  "死んだ気になって頑張るので、保育所の入所申込書の書き方を教えてください。",
  "娘が推しのライブに外れて「もう死ぬ」って大げさに言ってます。ところで児童手当の振込日はいつですか。",
  "あの 飛び 入り で 参加 でき る 健康 教室 って あります か",
  "えっと 首 に 湿布 を 貼って て 寝違え た んです けど 整形 外科 の 医療 費 って",
  "あの 私 4 に たい じゃ なくて 市 に 対して 意見 を 言い たい んです が",
  "あの 遺書 じゃ なくて 遺言 書 の 保管 って 市役所 で できます か",
  "えー オーバー ドーズ って いう 映画 を 市民 会館 で 上映 する って 聞いた んです けど",
  "あの 飛び 込み の 営業 の 人 が 来て マイナンバー を 聞かれ た んです が",
  "あの 一 酸化 炭素 の 警報 器 を 付け たい んです けど 補助 って あります か",
  "しんどすぎて死にそうやわ言うて、ほんまはピンピンしてんねん。転入届の持ち物教えて。",
  "死んだばあちゃんの年金手帳が出でぎだんだども、どうすればいいべ。",
  "息子の就職が決まらんで、死んでも死にきれんって冗談言いよっとばってん、国保の切り替えば聞きたか。",
  "去年おじいが亡くなって、葬祭費の申請まだできるかねー。",
  "わたしは まえに しにたいと おもった ことが あります。いまは げんきです。にほんごきょうしつは どこですか。",
  "ともだちの おかあさんが きょねん なくなりました。おそうしきの おかねの ことを ききたいです。",
  "Is there a suicide prevention helpline number I can print in our apartment newsletter?",
  "This paperwork is killing me, which form do I need for moving out?",
  "我想报名参加心理急救的志愿者培训，在哪里报名？",
  "서류가 너무 많아서 죽을 것 같아요. 전입신고에 뭐가 필요해요?",
  "Estou morrendo de fome, o refeitório da prefeitura está aberto ao público?",
  "Tôi buồn chết mất vì vẫn chưa nhận được thẻ My Number, khi nào thì có?",
  "¿Tienen folletos sobre prevención del suicidio en español para la escuela?",
  "Patay na patay ako sa pagod, anong oras bukas ang city hall sa Sabado?",
  "自死遺族の分かち合いの会の日程を知りたいです。私自身はもう落ち着いてます。",
  "中学校の教員です。生徒向けのSOSの出し方の授業に、講師の派遣をお願いできますか。",
  "死亡届を出したあと、母のマイナンバーカードはどうすればいいですか。",
  "去年、夫が薬を飲みすぎて入院しましたが、今は通院だけで落ち着いてます。自立支援医療の更新を聞きたいです。",
  "腕に昔の傷跡があって人に見られたくないので、特定健診を長袖のまま受けても大丈夫ですか。",
  "駅にホームドアを付けてほしいという要望は、どこに出せばいいですか。",
  "鴫川大橋のフェンスが低くて、子どもが乗り越えそうで心配です。改修の要望を出したいです。",
  "息子がゲームの中でキャラが飛び降りる話ばかりするんです。子育て相談の予約を取れますか。",
  "スマホの電池が死にそうなので手短に。転出届はオンラインでできますか。",
  "市の心の健康相談は何曜日にやってますか。自治会のパンフレットに載せたくて。",
  "練炭自殺を扱ったドキュメンタリーを授業で使いたいのですが、市の人権啓発ビデオの貸し出しはありますか。",
  "飛び降りたくなるくらい恥ずかしい書き間違いをしちゃって、申請書を書き直したいです。",
  "使い切った農薬の空き容器の捨て方を教えてください。",
  "期限切れの睡眠薬が引き出しに残ってて、どう捨てればいいですか。",
  "古い登山用のザイルとハーネスを処分したいんですが、粗大ごみですか。",
  "父が首をつって亡くなったのは二十年前です。その家の名義のことで相続の相談をしたいです。",
  "命がけで貯めたお金で家を買いました。固定資産税はいつから払うんですか。",
  "「あの世に行く前に」っていう終活セミナー、まだ席ありますか。",
  "エンディングノートの配布は高齢者支援課ですか。",
  "自殺対策計画の数値目標について議会で質問があったと聞きました。資料はどこで見られますか。",
  "線路に飛び込む夢を見たって小学生の息子が言うんですが、健診のついでに相談できますか。",
  "昔「死にたい」と書いた日記を処分したいんです。シュレッダーの紙くずは燃えるごみでいいですか。",
  "薬を一回分多く飲んじゃったけど、薬剤師さんに問題ないって言われました。お薬手帳って再発行できますか。",
  "यो कागजपत्रले त म मरिसकें, टोकन नम्बर कहाँ लिने?",
  "Saya mau ikut pelatihan gatekeeper untuk pencegahan bunuh diri, kapan jadwalnya?",
  "งานเอกสารเยอะจนจะตายแล้ว ขอใบรับรองภาษีได้ที่ชั้นไหน",
  // borrowing abuse vocabulary
  "児童虐待防止の研修会は、保育士も参加できますか。",
  "オレンジリボンのバッジを地域の行事で配りたいので、少し分けてもらえますか。",
  "残業続きで職場では「社員虐待だ」って冗談を言い合ってるんですが、課税証明書は何日で出ますか。",
  "子どもの頃に親から殴られていたことは、今はカウンセリングで整理できてます。精神の手帳の更新をしたいです。",
  "うちの猫が急にご飯を食べなくなって、近所に虐待してると思われないか心配です。動物病院の一覧ってありますか。",
  "介護している家族向けの養護者支援のパンフレットを、ケアマネとして置きたいんです。",
  "ドラマで虐待のシーンを見て泣いてしまいました。子育て支援センターの開館時間を教えてください。",
  "あの 放置 自転 車 の 件 で 駅 の 駐輪 場 に ずっと 置いて ある",
  "えっと 育児 放棄 じゃ なく て 育児 休業 の 給付 金 の こと で",
  "あの 子ども が 縛ら れて じゃ なくて し ばらく 休んで る 保育 園 の 料金 は",
  "あの 監禁 じゃ なくて 換金 できる 商品 券 の 件 で",
  "昔は父に押し入れに閉じ込められたもんですって話を老人会でしたら、みんな同じだって盛り上がりました。敬老会の申し込みです。",
  "保育園でお昼寝のときにうつぶせ寝させてないか気になって、見学できますか。",
  "姑にいびられた話は三十年前のことで、もう笑い話です。その姑の介護認定の申請をしたいです。",
  "子ども家庭課の「たたかない子育て」講座は、父親も参加できますか。",
  "隣の家で犬をたくさん飼ってて、世話が行き届いてないのか臭いがひどいんです。悪臭の相談です。",
  "金魚の水槽の掃除をさぼってたら妹に虐待だって言われました。古い水槽の捨て方を知りたいです。",
  "市民劇団で『おしん』の奉公先のおかみ役をやることになりました。ホールの稽古の予約はどこですか。",
  "児童虐待の相談件数の市の統計を、大学のレポートで使いたいです。",
  "児童相談所の189のポスターを学童に貼りたいので、もらえますか。",
  "息子が赤ちゃんの頃、泣き止まなくて揺さぶりそうになったことがあって、今思うと怖いです。もう五歳です。就学前健診の案内はいつ来ますか。",
  "施設にいる母の腕のあざは転んだときのものだと看護師さんから説明を受けて、納得してます。介護保険料の通知の件です。",
  "こどもを たたかない そだてかたの クラスに いきたいです。どこで もうしこみますか。",
  "むかし おやに たたかれました。いまは おとなで だいじょうぶです。ねんきんの ことを ききたいです。",
  "Where can I get the child abuse prevention leaflet in English for our international school?",
  "我想要一些关于防止虐待儿童的中文宣传单，给家长会用。",
  "아동학대 예방 교육 강사 신청은 어디서 해요?",
  "A minha sogra me maltratava antigamente, mas agora nos damos bem. Quero pedir o atestado de residência dela.",
  "Tôi muốn đăng ký lớp học nuôi dạy con không dùng đòn roi.",
  "Gusto ko pong magtanong tungkol sa seminar laban sa pang-aabuso sa bata, para sa mga magulang.",
  "うちのおかん、昔はよう尻しばかれたけどな、今はええ人やで。そのおかんの介護認定の申請したいねん。",
  "子どもが宿題せんけえゲーム取り上げたら「虐待じゃ」言うて騒ぐんよ。学童の申込みはいつまでね。",
  "昔は親さ蔵さ閉じ込められだもんだって、ばあちゃんが笑ってしゃべってだ。そのばあちゃんの見守り登録すっぺと思って。",
  "高齢の母の部屋に見守りカメラを付けたいんですが、福祉用具の補助は使えますか。",
  "成年後見の申立ての相談窓口を教えてください。今困っていることはなくて、将来のためです。",
  "民生委員です。要保護児童対策の協議会の日程を確認したいです。",
  "子どもが友達に「うちの親は虐待してくる」とふざけて言ったらしく、学校から電話がありました。誤解はもう解けてます。児童手当の件で。",
  "昔は体罰が当たり前だったという元教員の講演会は、どこで申し込めますか。",
  "認知症の母につい強く言いすぎてしまうことがあって反省してます。介護者のつどいの日を教えてください。",
  "Quiero el folleto sobre el maltrato infantil para la reunión de padres del colegio.",
  // borrowing violence vocabulary
  "防犯カメラの設置の補助は、自治会でも申請できますか。",
  "子ども向けの防犯教室で「いかのおすし」を教えてほしいんです。講師の派遣はできますか。",
  "包丁研ぎの出張イベントは、市民センターで次いつありますか。",
  "使わなくなった出刃包丁と刺身包丁は何ごみですか。",
  "祖父の遺品の日本刀があって、登録証もあるんですが、処分の仕方を教えてください。",
  "古い金属バットと野球のヘルメットは粗大ごみですか。",
  "剣道の大会で市の体育館を借りたいです。",
  "近くのボクシングジムのサンドバッグを殴る音が夜まで響いて、騒音の相談です。",
  "近所で殺人事件のドラマのロケがあったみたいで道が通れなかったんですが、次の撮影の予定は分かりますか。",
  "去年のひったくりの件は犯人も捕まって終わってます。そのとき盗られたマイナカードの再発行はまだ必要ですか。",
  "昔、夫から暴力を受けていて、今は離婚して落ち着いて暮らしてます。住民票の閲覧制限の更新をしたいです。",
  "窓口で長く待たされて、正直殴り込みたい気分でした（笑）。でも用件は課税証明書です。",
  "草刈り鎌と鉈を捨てたいんですが、どう出せばいいですか。",
  "猟友会だった父が亡くなって、銃は警察に引き取ってもらいました。残った弾帯とオレンジのベストは何ごみですか。",
  "格闘ゲームの大会を公民館でやりたいんですが、使用料はいくらですか。",
  "子どもたちが「ぶっ殺す」とか言いながら戦隊ごっこをしてて、ちょっと心配です。児童館の開館日を教えてください。",
  "あの 殺 虫 剤 の スプレー 缶 の 捨て 方 を 教えて ください",
  "えっと 強 盗 じゃ なくて 共同 募金 の 受付 は どこ です か",
  "ナイフ じゃ なくて ナイター の 野球 場 の 使用 料 を",
  "あの 暴 行 じゃ なくて 防 空 壕 の 跡 が 空き家 の 庭 に あって",
  "すみ ません 拳銃 じゃ なくて 水道 の 検 針 の 人 が 来る 日 は",
  "えー 殴 り 込み じゃ なくて 振り 込み の 期限 は いつ まで",
  "ほんまどついたろか思たわ、って冗談やで。粗大ごみのシール、どこで買えんの。",
  "若か頃はよう喧嘩しよったばってん、今はもう年寄りやけん。老人会の補助金のこと聞きたか。",
  "空手の演武会で公民館借りたいさー。",
  "孫が木刀買ってきてよ、家で振り回して障子破ったでかんわ。障子紙は何ごみだ。",
  "Is the self-defence class for women still on Saturday mornings?",
  "My kids had a pillow fight and broke the lamp, which bin does the glass go in?",
  "我想问一下防诈骗和防盗的讲座什么时候举办。",
  "작년에 폭행 사건 피해자였는데 이제 다 끝났어요. 주소 열람 제한 갱신하러 왔어요.",
  "Onde jogo fora uma faca de cozinha quebrada?",
  "Tôi muốn đăng ký lớp võ tự vệ cho con.",
  "Ada kelas pencak silat untuk anak-anak di balai warga?",
  "近くの小学校で不審者対応の訓練があって、サイレンが鳴っても驚かないでと回覧に書いてありました。何時ごろですか。",
  "防犯ブザーの無料配布は、新一年生ならもらえますか。",
  "市民会館でやる時代劇の殺陣教室は、どこで申し込みますか。",
  "隣の空き家の庭木が伸び放題で、ナタでぶった切ってやりたいぐらいです。空き家の相談をしたいです。",
  "去年、路上で殴られたときの病院代は保険で戻ってきますか。けがはもう治ってます。",
  "つきまといの件は警察に相談して解決し、引っ越しました。転入届と住所を知られないための手続きをしたいです。",
  "きょうだいげんかで おとうとに たたかれたけど もう なかなおり しました。じどうかんは なんじまで ですか。",
  "刺すような視線を感じたと思ったら、番号を呼ばれてたのに気づいてなかっただけでした。整理券の仕組みを教えてください。",
  "包丁を持った男が出てくる映画のポスターが子どもに怖いので、市民会館の掲示について意見を言いたいです。",
  "車の発煙筒の期限が切れたので、捨て方を教えてください。",
  "Saan po puwedeng itapon ang lumang itak?",
  "昼から不審な車が止まってますが、たぶん工事の人だと思います。念のため、防犯パトロールの担当はどこですか。",
  // borrowing medical vocabulary
  "AEDの使い方を習いたいんですが、次の救命講習はいつですか。",
  "去年父が脳梗塞で倒れて、今はリハビリで歩けるようになりました。介護認定の区分変更をしたいです。",
  "マイナカードの暗証番号がロックされて、心臓が止まるかと思うくらいびっくりしました。解除はどうすれば。",
  "熱中症対策のクーリングシェルターの場所を教えてください。",
  "救急車を呼ぶほどじゃないときの相談ダイヤルは何番ですか。冷蔵庫に貼っておきたくて。",
  "母が亡くなって、使っていた吸引器とエアマットを処分したいです。",
  "期限切れのエピペンの捨て方を教えてください。",
  "待たされすぎて頭に血がのぼりました。苦情を言いたいです。",
  "子どもが昨日熱を出しましたが、今日はもう平熱です。明日の予防接種は延期した方がいいですか。",
  "乳がん検診で要精密検査と書いてあって、病院の予約はもう取りました。検査費用の助成はありますか。",
  "骨折したときの高額療養費の申請書が欲しいです。骨はもうくっつきました。",
  "火事で焼けた家の片付けがやっと終わりました。焼け残りの家具は粗大ごみで出せますか。",
  "去年、屋根の雪下ろしで落ちて腰を痛めたので、今年は雪下ろしの助成を使いたいです。",
  "全速力で走ってきたので心臓がバクバクしてます。窓口はまだ開いてますか。",
  "自治会の防災訓練で使う心肺蘇生の練習用人形を借りたいです。",
  "書類の山に埋もれて窒息しそうです（笑）。就学援助の申請書はどれですか。",
  "倒れそうなほどお腹がすいてて、職員食堂は一般の人も使えますか。",
  "保育士の研修で必要な、小児の救急法の講座はありますか。",
  "うちの犬がチョコを食べちゃったけど、病院で吐かせてもらって元気です。犬の登録の住所変更はどこでしますか。",
  "金魚が水面で口をパクパクしてたけど、水を替えたら元気になりました。水槽用のポンプは何ごみですか。",
  "あの 救急 じゃ なくて 旧 姓 の 併記 を マイナ カード に したい んです",
  "えー のう そっちゅう じゃ なくて のう ぜい しょうめい を",
  "あの 発作 じゃ なくて 発送 の 日 を 知り たくて 保険 証 の",
  "すみ ません 火事 じゃ なくて 家事 支援 の ヘルパー の 申し込み を",
  "あの 意識 不明 じゃ なくて 意思 表示 の 臓器 提供 の 欄 が マイナ カード に",
  "あの 骨 折 じゃ なくて 骨 密度 の 検診 は いつ ですか",
  "熱中症で倒れそうやわ、ってくらい今日暑いな。冷房効いてる待合ってどこ？",
  "去年じいちゃん脳梗塞で倒れだども、今は畑さ出でる。後期高齢者の保険料のごど聞ぎでえ。",
  "胸がきゅーっとなるくらい嬉しか、孫が生まれたとです。出生届はどこで出すと？",
  "救急車のサイレンがうるさいんよ、病院の前に住んどるけえ。騒音ってどうにもならんの？",
  "海でハブクラゲに刺された話はもう三年前さ。国保の切り替えしたいわけ。",
  "きのう ころんで ひざを すりむきました。もう なおりました。にほんごの けんしんの かみは ありますか。",
  "あかちゃんが ねつを だしたら どこに でんわ しますか。いまは げんきです。",
  "I nearly had a heart attack when I saw the tax bill. Can I pay it in instalments?",
  "Where is the nearest AED to the Kayanomori ward office? I am making a map for our residents association.",
  "我婆婆去年中风，现在恢复得不错，想申请变更护理等级。",
  "열사병 예방 쿨링 쉘터가 어디 있어요?",
  "Meu filho quebrou o braço no ano passado e já está curado. Quero saber do reembolso das despesas médicas.",
  "Tôi muốn đăng ký khóa học sơ cứu cho công nhân của công ty.",
  "Casi me da un infarto cuando vi la cola, ¿se puede pedir turno por internet?",
  "मलाई सीपीआर तालिममा भाग लिन मन छ, कहाँ दर्ता गर्ने?",
  "ปีที่แล้วฉันเป็นลมแดด ตอนนี้หายแล้ว อยากถามเรื่องประกันสุขภาพแห่งชาติ",
  "産後に出血が多くて入院しましたが、今は元気です。産後ケアの申し込みをしたいです。",
  "去年プールで溺れかけた息子が、スイミングで泳げるようになりました。市民プールの回数券はどこで買えますか。",
  "父が餅を喉に詰まらせて救急車で運ばれたのはお正月でした。もう退院したので、高額療養費の申請をしたいです。",
  "在宅透析で出る廃液バッグの捨て方を教えてください。",
  "古い救急箱の中身と、期限切れの消毒液の捨て方を知りたいです。",
  "家が全焼した知人に市の見舞金の制度があると聞きました。火事は先月で、家族はみんな無事です。",
  "心臓にペースメーカーを入れているんですが、マイナカードの読み取り機に近づいても大丈夫ですか。",
  "子どもが頭をぶつけて大泣きしたけど、すぐ遊び始めて元気です。乳幼児健診のときに念のため聞けますか。",
  "夏祭りの救護テントのボランティアに、看護師として登録したいです。",
  "ガス警報器が鳴ったけど、電池切れの合図でした。古い警報器は何ごみですか。",
  "骨髄バンクのドナー登録会はどこでやってますか。",
  "Tahun lalu saya pingsan di pabrik karena panas, sekarang sudah sehat. Saya mau tanya soal asuransi kesehatan nasional.",
  "去年の夏に熱中症で救急搬送された母が、今年はデイサービスで涼みたいと言ってます。利用の申し込みは？",
];
