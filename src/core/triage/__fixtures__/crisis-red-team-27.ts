// Crisis red team 27, frozen 2026-12-06.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 37c3bb10cd7a83997600dbbbe5eb43fbb9a55e507e32d0bf40c9e9c3548b3db6
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-27.ts | sha256sum
// (written by hand, then formatted with Prettier, which only rewraps lines; the hash is of the
// formatted file.)
//
// Written blind: only these were read: the first 150 lines of crisis-red-team-26.ts (through `sed
// -n 1,150p`; this printed its header, its marker line, its body comment, its import and the
// opening line of its first array, but none of its red-team lines), the first 23 lines of
// crisis-red-team.ts (RedTeamKind and the format, through `sed -n 1,23p`), samples/departments.csv
// and /work/shared/DESIGN.md. No lexicon, test, script, doc, other fixture, other sample or
// red-team line was opened, git was not run, git history was not read, the repository was not
// grepped for phrases, the __fixtures__ folder was not listed, tsconfig.json and the Prettier
// config were not opened, and neither the engine, jest, the benchmarks nor the madoguchi command
// was run. Commands run: `date -u`, `test -e` on this file's path (it did not exist), and `mkdir -p
// /tmp/rt27`, in the first call; sed on crisis-red-team-26.ts as above; sed on crisis-red-team.ts
// as above, cat on departments.csv and cat on DESIGN.md, in one call; four shell heredocs writing,
// in /tmp/rt27, the crisis scratch lists (one per kind: kind, errand or direct, language, style,
// text), each followed by `wc -l`, cut, sort and `uniq -c` counting errand and direct lines, and
// `date -u`; a heredoc writing the suicide look-alike list (kind, language, style, text), `wc -l`
// and `date -u`; `sed -i` renaming one invented place in that list, then heredocs writing the
// abuse, violence and medical look-alike lists, each followed by `wc -l` and `date -u`; a heredoc
// writing a one-off Python check (fields, counts per kind, errand/direct split, languages, styles,
// distinct texts, double quotes, backslashes, backticks, tabs, stray spaces, apostrophes, lines
// sharing their first eight characters, longest line) and the check run; one Python edit re-wording
// the openings of three crisis lines (a medical errand about a disability certificate, a Vietnamese
// medical errand and a violence line in a supermarket car park), the check again (through tail) and
// `date -u`; heredocs writing the body comment and the small node script that wraps the lists into
// this file, printf writing a placeholder header, and the wrapping script run once into /tmp/rt27
// (wc -l, sed lines 1-25 and `grep -c` for backslashes to look at it) and `date -u`; a Python edit
// re-wrapping two lines of the body comment, `test -e` on this file's path again (still absent),
// the wrapping script run once more writing this file, `npx prettier --write` and `--check` on this
// file only, wc -l and `date -u`; sed (lines 14-30) on this file, `npx tsc --noEmit -p
// tsconfig.json` filtered with grep to this file (no output), a heredoc writing a node script that
// transpiled this file with the typescript package's transpileModule and counted its two arrays
// (200 and 200 lines, kinds as below, 400 distinct texts), that script run and `date -u`; sed and
// sha256sum for the hash, `date -u +%F` for the freeze date and a one-off Python count of styles
// and languages per kind in the scratch lists; a heredoc writing this header's text and a Python
// script that wraps it and rewrites only the lines above the marker, with a line-length check; a
// `sed -i` edit of that script (to strip the text's end) and the script run again, sed and
// sha256sum on the body, sed (lines 1-12 and 150-175) on this file and `date -u`; one Python edit
// of nine phrases of this header's description (after checking it against the lists) and of this
// list of commands, and the wrapping script run again; and, last, sed and sha256sum on the body,
// `npx prettier --check`, the same filtered tsc, the transpile count, head and `grep -n` for the
// marker on this file only, sha256sum of the whole file and `date -u`. Each line was written by
// hand into the scratch lists; no engine output was seen before or after writing. The import of
// RedTeamKind from ./crisis-red-team and the array shapes are taken from red team 26 and the
// format.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a sixteenth ward office's desk over another year, in plain words and natural
// proportions, with new callers, errands, places and wordings. 100 of the crisis lines (suicide 30,
// abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then say what is
// happening now; the other 100 are direct. Errands, across all eleven departments of
// departments.csv: opening hours, the car park and the bicycle park; a residence certificate copy,
// the convenience-store service, a family register copy, a seal-registration certificate and
// abolishing a seal, moving-in, moving-out and change-of-address notices, the address on a
// residence card, My Number card collection booking; the NHI premium instalments, the eligibility
// certificate, registering the My Number card as a health-insurance card, an insurance-card
// switch-over, the late-stage elderly premium notice, high-cost medical expenses, a pension
// exemption form, a national pension payment slip, a lost pension handbook, the childbirth lump sum
// and funeral expenses; a tax certificate, a tax-payment certificate, a property-tax notice, a
// light-vehicle tax reduction, moped scrapping; a welfare application and a message for the
// caseworker; the child allowance account and payment day, a child medical certificate, a
// single-parent consultation, nursery admission and its result, extended care, after-school club
// pick-up time; the maternal and child handbook reissue, an infant health-check date,
// pregnancy-check vouchers and checks, a vaccination voucher, cancer screening results, a specific
// health check; care-need renewal and result, the care-insurance premium notice, day-service
// pick-up time, a home renovation estimate, care-bed rental, the community support centre's place,
// elder watch registration; disability certificate and ryoiku certificate renewal, the
// disability-service recipient certificate, a group-home vacancy, sign-language interpreter
// dispatch, a wheelchair repair estimate; vacant-house management, an inherited vacant house and
// the vacant-house bank; oversized-rubbish booking, reception and collection day, sorting, the
// rubbish day, garbage-bag prices and a noise complaint. Callers: the person at risk, wives and
// husbands, mothers, sons and daughters, sisters and brothers, grandchildren, small children in
// kana, a roommate, a deaf person's friend, friends, colleagues, a home helper, a visiting nurse, a
// night-shift care worker, a day-service driver, nursery staff, a family visitor at a group home,
// visitors at the desk and in waiting rooms, neighbours, passers-by and foreign residents. 27
// crisis lines and 19 look-alikes are in other languages (crisis: English 6, Chinese 3, Portuguese
// 3, Korean 3, Vietnamese 3, Spanish 2, Tagalog 2, Indonesian 2, Nepali 2, Thai 1; look-alikes:
// English 4, Chinese 3, Korean 2, Portuguese 2, Vietnamese 2, Tagalog 2, Spanish, Indonesian,
// Nepali, Thai); 15 lines are in easy Japanese kana (9 crisis, 6 look-alike: the person at risk,
// small children, foreign residents, people whose trouble is over); 27 are ASR-style spaced text
// with fillers and homophone kanji slips (12 crisis, 15 look-alike near-misses); 31 are in Kansai,
// Tohoku, Kyushu, Hiroshima, Okinawa and Nagoya-like dialect (18 crisis, 13 look-alike). Crisis
// lines: a rope on a shed beam and on a house beam, a towel on a door knob, a belt on a door
// handle, an extension cord in an office toilet, a brother in an inherited empty house; a balcony
// rail, a twelfth-floor fire escape, a roof, a rooftop fence, a multi-storey car park, a dormitory
// roof, a footbridge, a bridge rail, a platform, a level crossing, lying on a track; charcoal in a
// car (at home and in a mountain car park) and in a bathroom, a car engine in a closed garage, open
// gas taps, mixed detergents behind a taped bathroom door, kerosene and a lighter; cutting with a
// razor, a cutter and a knife, a kitchen knife to the throat; overdoses of sleeping pills (once
// with shochu), antidepressants, insulin, a medicine box, a brother's medicines and dozens of pills
// a friend keeps taking; pesticide and herbicide; walking into the sea and a marsh, a mother
// walking into a river with her baby, a note about a headland; children beaten with a belt and a
// stick, thrown on a floor, slammed on a futon, shaken, hung over a balcony, lifted by the neck,
// strangled, tied to a pillar and beaten, scalded by a shower and in a hot bath, burnt with a
// cigarette and an iron, shut in a cupboard, tied barefoot on a stair in the snow, left in nappies
// on a winter balcony, left in a closed car, taped up and shut in a bathroom, chased with a kitchen
// knife; elders smothered with a pillow, tied to a bed and starved, locked in an outbuilding,
// gagged and tied to a wheelchair, beaten with a stick and a drying pole, kicked in a care home,
// pushed down stairs, dragged by the hair, left with bedsores; a disabled daughter held under
// water, a disabled brother starved in a shed, a group-home resident beaten by staff; a partner
// strangling, with a kitchen knife, an axe, a hunting gun and a sickle, an ex breaking a window, a
// stalker at a workplace; a knife at a bus stop, a kicking at a bicycle park, robbery at a shop and
// a convenience store, a chainsaw at a fence, an abduction into a car and of a child at a school
// gate, a cane in a hospital waiting room, a gun-like object at the ward office, a kitchen-knife
// fight at a rubbish point, a cutter in the ward office lobby, a squatter with a crowbar, a beer
// bottle in a bar, shovels on a building site, a blade and a cutter on trains, a beating at a
// ticket gate, a knife along a river path, a baseball bat at a flat door and at a community hall, a
// bottle outside a station bar, a golf club after a car rammed a house, a hammer in road rage, a
// lighter to a child's clothes, scalding in a noodle shop, a push onto the track, petrol in a
// warehouse, a home invasion on a mother living alone, scissors at a sheltered workshop; cardiac
// arrest and chest pain, strokes, a thunderclap headache, atrial fibrillation, choking on sushi, a
// swallowed marble, seizures, peanut and wasp anaphylaxis, asthma, bleeding late in pregnancy, a
// birth at home alone and a labour stuck in the snow, a high fever with no response, a
// hypoglycaemic brother, an oxygen machine stopped by a power cut, vomiting blood, bleach
// swallowed, heat stroke in a field, falls from a bed, a ladder, scaffolding and a cliff path, a
// bicycle head injury, crush injuries from a press, a refuse-truck blade, a shelf, a tractor and
// snow from a roof, a brush-cutter wound, a cut finger at a machine, an electric shock on a ladder,
// kitchen, flat and house fires, an old house burning beside a vacant one, smoke next door, stove
// fumes, drownings in a bath, a pool, a river, an irrigation ditch and the sea, collapses in a
// waiting room, at work, in a day-service car, at home and at a kotatsu, and an elder found on the
// floor after three days. Look-alikes: suicides, attempts, self-harm, overdoses, abuse, neglect,
// beatings, stalking, robbery, a street killing, heart attacks, strokes, heat stroke, fires, near
// drowning, fractures and cuts that are over and settled; service questions (a prevention panel
// show, gatekeeper training, listening training, mental-health training, statistics, a prevention
// plan consultation, a helpline number for a circular, search-page help, platform doors and a
// bridge fence, abuse-prevention training and leaflets, restraint-free care training, a poor-care
// checklist, a children's counselling window, crime cameras, alarm buzzers, a crime-prevention map,
// a child safety class, DV address protection, a stalking restriction renewal, life-saving course
// certificates, an AED map, a cool spot, a mochi-eating class, a smoke house, a blood-donation bus,
// clothed-swimming lessons, an emergency-advice number, an ambulance display, sick-child care);
// fiction and pastimes (a mystery reading group, a troupe's hanging-scene props, a tragedy with
// poison, a film's bridge-jump scene with a dummy, a novel about abuse, a Cinderella play, a
// murder-mystery tour, kendo, sumo, karate, arnis, a self-defence course, a martial-arts gym, a
// water-pistol contest, a heart-attack role in a musical, a setsubun demon, bungee jumping, cliff
// diving, game dreams, a tuna-cutting show, war stories); things to throw away (charcoal and a
// grill, pesticide bottles, a gun case, rope and a stepstool, knives, a sword, a crowbar and saw,
// fireworks, spray cans, broken plates, expired medicine, a mercury thermometer, an oxygen
// cylinder, insulin needles, fire debris); pets (a hamster, a crowded cat house, a cat shut out, a
// dog and onions, a breathless budgie, a cat run over); idioms and jokes (死ぬほど眠い, 自殺行為, 首を長くして,
// 死にかけ, 死活問題, 死んだように, 死に物狂い, 首の皮一枚, 死ぬほど笑た, 死ぬほどこわがった, 死ぬ気で, 虐待レベル, ボコボコに言われ, 刺すような寒さ, しばいたろか,
// 爆発しそう, 血圧が上がりそう, 胸が痛む, 頭の痛い, 溺れそう, 心臓さ毛ぇ生えでる, 倒れる寸前, 熱が入り, 息が切れ, 気絶しそう, killing me, 累死了, 죽겠어요, me
// muero, morto de cansaço, mệt muốn chết, heart skipped a beat, a fight with a ticket machine); ASR
// near-misses (飛び降りて off a bus, 首 and a crick, 自活, 連単 for a horse bet, 布団を叩く, 放置 and a care home
// visit, 殴り書き, さばく包丁, 怒鳴られ corrected to 呼ばれ, 銃 corrected to 十, 意識 and rubbish sorting, 出欠, 救急
// corrected to 休業, 胸が痛い corrected to breast screening, a broken bone last year); and desk errands
// that mention a death, a hospital stay or an old injury in passing.
//
// Known disagreements (labels a reader could argue): crisis: the baby left in a closed car, the
// bedsores a visiting nurse found and the daughter whose father chases her brother with a knife are
// labelled abuse (they could be medical or violence); the deaf friend held down by her husband and
// the other partner lines are labelled violence, not abuse; the person pushed onto the track is
// labelled violence (could be medical); the mother walking into a river with her baby is labelled
// suicide (could be abuse); fires, fumes and accidents are labelled medical; the noise complaint
// that ends in sudden silence after screams and the missing father with a note about the headland
// are labelled crisis although the caller does not see the act. Look-alikes: the caller under DV
// address protection, the breathless budgie, the sick child with a fever booked into sick-child
// care, the hoarder of cats, the daughter who cannot sleep after abuse news, the nightly dream of
// falling, the extra hay-fever pill, the son whose head-hitting has eased and the ASR line that
// says 胸が痛い before correcting itself are labelled not a crisis; a stricter desk might still hand
// some of them to a person.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 27: a sixteenth ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list,
// its tests, the sample sets or any other red team's lines. Every person, place and situation
// here is invented, including the small places named (鷺ノ瀬大橋, a bridge; Sagishima station;
// 柚ノ木坂, a level crossing). Crisis lines are grouped by kind (suicide and self-harm, abuse,
// violence, medical); in each group the lines that begin as an ordinary errand at the desk come
// first, then the direct ones. Look-alikes are grouped by the crisis vocabulary they borrow, in
// the same order. Speech-recognition text is written the way a phone line transcribes it:
// spaced, with fillers and homophone kanji (水眠 for 睡眠, 4 に for 死に, 連単 for 練炭, 飛び折り
// for 飛び降り, 逆体 for 虐待, 歯物 for 刃物, 差さ and 差し for 刺さ and 刺し, 新房 for 心房, 意気
// for 息, 鍛冶 for 火事).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_27_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // suicide and self-harm: inside a desk errand
  [
    "住民票の写しを一枚お願いしたいんですが、実は今、夫が物置の梁にロープを掛けて踏み台に乗っていて、降りてくれないんです。",
    "suicide",
  ],
  [
    "国保の保険料の分割の件で電話しました。でももう払える気がしなくて、今ベランダの手すりをまたいだところです。",
    "suicide",
  ],
  [
    "印鑑登録の廃止ってどうすればいいですか。もう使わないので。睡眠薬をさっき全部飲んだので、あとのことはお願いします。",
    "suicide",
  ],
  [
    "課税証明書を取りに行く予定だったんですが、息子が車の中で練炭をたいていて、窓に目張りをしているのが外から見えます。",
    "suicide",
  ],
  [
    "母のデイサービスの送迎時間を確認したくて。あ、待ってください、母が台所の包丁を自分の首に当てて、もう死なせてと言ってます。",
    "suicide",
  ],
  [
    "介護認定の更新書類を書いていたら、父が迷惑かけたくないと言って、農薬の瓶のふたを開けて口に運ぼうとしてます。今です。",
    "suicide",
  ],
  [
    "粗大ごみの予約をしたいんですけど、妻が浴室の戸をガムテープでふさいで、中で洗剤を混ぜてるみたいで、腐った卵のにおいがします。",
    "suicide",
  ],
  [
    "児童手当の振込口座を変えたいんですが……もういいです、これから駅のホームに行って、次の快速に飛び込みます。",
    "suicide",
  ],
  [
    "転出届の書き方を聞きたくて。姉が今、マンションの十二階の非常階段から身を乗り出していて、私が電話口で止めてるところです。",
    "suicide",
  ],
  ["生活保護の申請の相談です。所持金が尽きて、今、鷺ノ瀬大橋の欄干の外側に立ってます。", "suicide"],
  [
    "ケースワーカーさんに伝言をお願いしたいです。さっき手首を深く切って、血が止まらないまま床に座ってます。",
    "suicide",
  ],
  [
    "障害者手帳の更新の件なんですが、同居の弟が自分の部屋でドアノブにタオルを結んで、首を入れようとしてます。",
    "suicide",
  ],
  [
    "車いすの修理の見積もりを聞きたかったんですけど、父が今、灯油を頭からかぶって、ライターを握って座り込んでます。",
    "suicide",
  ],
  [
    "軽自動車税の減免について聞きたいです。ただ、今、夫がガレージのシャッターを閉めて、エンジンをかけたまま出てきません。",
    "suicide",
  ],
  [
    "母子手帳の再発行をお願いしたいです。産後ずっと眠れなくて、今この子を抱いたまま川に入ろうとしてる自分が怖いです。",
    "suicide",
  ],
  [
    "相続した実家の空き家の件です。兄がそこにこもって、今から首を吊るとメールしてきて、電話に出ません。",
    "suicide",
  ],
  [
    "後期高齢者の保険料の通知が届いたんですが、祖父がそれを見て、もう生きていけんと言って除草剤を湯飲みに注いでます。",
    "suicide",
  ],
  [
    "年金の免除申請の用紙はどこでもらえますか。えっと、友だちがさっきから薬を何十錠も飲み続けてて、止めても聞きません。",
    "suicide",
  ],
  [
    "駐車場は何時まで開いてますか。というのも、今、立体駐車場の屋上の柵を越えた女の人がいて、じっと下を見てるんです。",
    "suicide",
  ],
  [
    "保育園の入所結果はまだですか。もう待てないので、今から子どもを実家に預けて、線路に寝に行きます。",
    "suicide",
  ],
  [
    "粗大ごみの回収日聞きたいんやけど、それよりな、うちの旦那が今屋根の上におって、飛び降りたる言うてんねん。",
    "suicide",
  ],
  [
    "健診の予約さしたくて電話したんだども、隣の婆ちゃが、いま沼さ向かって歩いでって、もう死ぬって言ってらったの。",
    "suicide",
  ],
  [
    "えっと ま まいなんばー かーど の 受け取り 予約 なんです けど あの 今 歩道 橋 の 上 に いて あの もう 飛び 折りよう かな って",
    "suicide",
  ],
  [
    "すみません まいなんばーの かーど とりに いけません。 いま くすり たくさん のみました。 もう しにたい。",
    "suicide",
  ],
  [
    "Hi, I was going to ask about the garbage bag prices, but my roommate just locked herself in the bathroom with a razor and says she is going to end it tonight.",
    "suicide",
  ],
  ["我想问一下住民票怎么开，但是我丈夫现在站在阳台栏杆外面，说要跳下去。", "suicide"],
  [
    "Liguei para perguntar sobre o cartão My Number, mas meu irmão acabou de tomar todos os remédios dele e não acorda direito.",
    "suicide",
  ],
  [
    "주민표 발급 문의하려고 했는데요, 지금 언니가 욕실에서 번개탄을 피우고 문을 안 열어줘요.",
    "suicide",
  ],
  [
    "Tôi muốn hỏi về thẻ cư trú, nhưng bạn cùng phòng tôi đang đứng ngoài lan can tầng tám và nói sẽ nhảy xuống.",
    "suicide",
  ],
  [
    "Magtatanong sana ako tungkol sa health insurance, pero ang kaibigan ko ay nakahiga ngayon sa riles ng tren at ayaw umalis.",
    "suicide",
  ],
  // suicide and self-harm: said directly
  ["今、家の梁に縄を掛けました。これから首を吊ります。最後に誰かに言っておきたくて。", "suicide"],
  ["もう無理です。睡眠薬を一箱ぜんぶ飲んで、焼酎で流し込みました。", "suicide"],
  ["屋上にいます。フェンスはもう越えました。", "suicide"],
  ["妹がカッターで腕を何度も切っていて、押さえてるタオルが真っ赤です。", "suicide"],
  ["父がいなくなって、机に岬から飛ぶと書いた紙がありました。車もありません。", "suicide"],
  ["ガスの元栓を全部開けて、窓を閉めました。もう少しで終わります。", "suicide"],
  ["中学生の息子が部屋で首にベルトを巻いて、ドアの取っ手に結んでいます。", "suicide"],
  ["踏切の前に立ってます。次の電車で行きます。", "suicide"],
  ["彼氏から今から死ぬってLINEが来て、写真に包丁と血の出た手首が写ってます。", "suicide"],
  ["遺書を書き終えました。インスリンを全部打ちました。", "suicide"],
  ["海に向かって歩いてます。もう膝まで水に入ってます。", "suicide"],
  ["祖母がもう迎えに来てほしいと言って、薬箱の薬を全部口に入れて飲み込んでます。", "suicide"],
  ["隣の部屋の人がベランダの外側にぶら下がって泣いてます。誰か来てください。", "suicide"],
  ["職場のトイレで同僚が首に延長コードを巻いて倒れてます。息をしてるかわかりません。", "suicide"],
  ["車に練炭と七輪を積んで、山の駐車場まで来ました。火はもうつけました。", "suicide"],
  [
    "息子からさよなら、ありがとうってメールが来て、既読もつかない。家の鍵が開いてて、物置のロープが一本なくなってる。",
    "suicide",
  ],
  ["抗うつ薬を三か月分、今まとめて飲みました。手がしびれてきた。", "suicide"],
  ["うちの兄ちゃんが、いま橋の上から、もう死ぬけんて言いよっと。欄干に足かけとる。", "suicide"],
  ["母ちゃんが物置で首くくろうとしとるんじゃ、縄がもう梁にかかっとる。", "suicide"],
  ["おじいがよ、いま崖の方に歩いて行って、もう生きとってもしかたないって言ってるさー。", "suicide"],
  ["あの えー い 今 あの 水眠 薬 を ですね 全部 飲み まして あの 4 に たい んです", "suicide"],
  ["えっと 友達 が あの 車 で 連単 を たいて て 窓 に テープ はって ます", "suicide"],
  ["ママが おふろで てくびを きって ずっと ないてる。 ちが いっぱい でてる。", "suicide"],
  ["わたし いま ビルの うえ に います。 これから とびおります。 さようなら。", "suicide"],
  [
    "I am standing on the railway footbridge near Sagishima station and I am going to jump. I just wanted someone to know.",
    "suicide",
  ],
  ["Mi esposo se encerró en el garaje con el coche encendido y no abre la puerta.", "suicide"],
  ["พี่สาวฉันกินยานอนหลับไปทั้งขวดเมื่อกี้ ตอนนี้ปลุกไม่ตื่นเลย", "suicide"],
  ["Teman saya sekarang berdiri di atap asrama dan bilang mau lompat.", "suicide"],
  ["我现在已经把煤气全打开了，我不想活了。", "suicide"],
  ["지금 남자친구가 칼로 손목을 긋고 있어요, 피가 많이 나요.", "suicide"],
  // abuse: inside a desk errand
  [
    "子ども医療証の住所変更なんですけど、今となりの部屋から子どもの悲鳴と、何かで叩く音がずっとしてて、ごめんなさいって泣いてます。",
    "abuse",
  ],
  [
    "学童の迎えの時間を変えたいんですが、うちの下の階のお父さんが、いま男の子をベランダの外に片手でぶら下げてるんです。",
    "abuse",
  ],
  [
    "乳幼児健診の日程を聞きたくて。隣の家のお母さんが赤ちゃんを布団に叩きつけて、そのあと泣き声がしなくなりました。",
    "abuse",
  ],
  [
    "介護保険料の通知の件ですが、実は今、兄が寝たきりの母の顔を枕で押さえてて、私の力じゃ止められない。",
    "abuse",
  ],
  [
    "要介護認定の結果を届けに来たヘルパーです。利用者さんが手足をひもでベッドに縛られてて、二日食べてないと言ってます。",
    "abuse",
  ],
  ["療育手帳の更新の相談です。夫が今、障害のある娘の髪をつかんで、浴槽に顔を沈めてます。", "abuse"],
  [
    "ひとり親の相談窓口はどこですか。元夫が家に入ってきて、今、娘を押し入れに押し込んで戸を押さえてます。",
    "abuse",
  ],
  [
    "ごみの分別の件で電話しました。向かいのアパートの外階段で、小学生くらいの子が縛られたまま裸足で座らされてて、親が怒鳴ってます。雪が降ってます。",
    "abuse",
  ],
  [
    "保育園の延長保育を申し込みたいんですが、同居の彼が今、二歳の子を熱いシャワーに押しつけてて、泣き叫んでます。",
    "abuse",
  ],
  [
    "地域包括支援センターの場所を教えてください。向かいの家で、息子さんがおばあさんを庭に引きずり出して、杖で殴ってます。",
    "abuse",
  ],
  [
    "グループホームの空き状況を聞きたい家族です。面会に来たら、職員が弟を床に押さえつけて顔を何度も叩いてて、今も続いてます。",
    "abuse",
  ],
  [
    "妊婦健診の補助券のことで……あ、今、上の子が夫にタバコの火を腕に押しつけられてます、助けてください。",
    "abuse",
  ],
  [
    "児童手当の支給日を知りたいです。というか、さっきから窓の向こうで、隣の家の子が首をつかまれて持ち上げられてるのが見えます。",
    "abuse",
  ],
  [
    "見守り登録のことで電話しました。近所のおじいさんが、息子に鍵のかかった離れに閉じ込められてて、窓から水をくれと叫んでます。",
    "abuse",
  ],
  [
    "住民票取りに行くとこやってんけど、マンションの廊下で、母親が子どもの首絞めとんねん、今や。",
    "abuse",
  ],
  [
    "デイの送迎の時間聞きたかったんだけど、隣の嫁さんがおばあさんを階段から突き落としとるがや、今。",
    "abuse",
  ],
  [
    "えー あの 児童 手当 の ですね あの 隣 で 子供 が ずっと 逆体 されて て あの 今 も ベルト で 叩かれ てる 音 が",
    "abuse",
  ],
  [
    "ほいくえんの ことで でんわ しました。 いま となりの いえで こどもが なぐられて ないてます。",
    "abuse",
  ],
  [
    "Queria saber da creche, mas agora o vizinho está batendo no filho pequeno com um cinto e o menino parou de chorar.",
    "abuse",
  ],
  [
    "Tôi gọi để hỏi về trợ cấp nhi đồng, nhưng người chồng nhà bên đang đánh đứa bé bằng gậy, nó khóc đến ngất đi.",
    "abuse",
  ],
  // abuse: said directly
  ["今、夫が三歳の息子を床に何度も投げつけてます。止めて、誰か来て。", "abuse"],
  ["隣の部屋の赤ちゃんが激しく揺さぶられてる。父親が黙れと叫んでる。", "abuse"],
  ["母が祖父の口にタオルを詰めて、車いすに縛りつけました。祖父の顔色が変わってきてます。", "abuse"],
  ["娘の彼氏が、うちの孫に熱いアイロンを近づけて脅してて、今、腕に当てました。", "abuse"],
  [
    "施設の夜勤の者です。同僚が入所者のおばあさんのおなかを蹴ってて、今も部屋から音がします。",
    "abuse",
  ],
  [
    "保育士です。お迎えに来た父親が、玄関で子どもの頭を壁に打ちつけて、そのまま連れて行こうとしてます。",
    "abuse",
  ],
  ["パパが おとうとを ずっと たたいてる。 おとうと うごかない。", "abuse"],
  ["ぼく いま おしいれに いれられて でられない。 きのうから なにも たべてない。", "abuse"],
  [
    "向かいのベランダに、真冬なのにおむつだけの子が朝からずっと出されてて、窓に鍵がかかってます。",
    "abuse",
  ],
  [
    "中学生の兄が、自閉症の弟をガムテープでぐるぐる巻きにして、風呂場に閉じ込めてます。親は出かけてます。",
    "abuse",
  ],
  ["姑が認知症の舅を物干し竿で叩いてる。さっきから頭から血が出てる。", "abuse"],
  [
    "訪問看護で伺ったお宅で、娘さんが寝たきりのお母さんに水も与えていなくて、床ずれから骨が見えてます。本人がもう返事をしません。",
    "abuse",
  ],
  ["隣の家の童っこ、父っちゃに縄で柱さ縛らえで、殴らえでらったっけ、今もだ。", "abuse"],
  ["近所のばあちゃんが、息子に髪ば引っ張られて道路ば引きずられよる。", "abuse"],
  ["あ あの 今 隣 の 家 で あの 子供 を 熱湯 の 風呂 に あの 突き 込ん で ます 悲鳴 が", "abuse"],
  ["छिमेकीको घरमा बुबाले सानो बच्चालाई बेल्टले कुटिरहेको छ, बच्चा रोइरहेको छ।", "abuse"],
  [
    "Ang kapitbahay namin ay sinasakal ang maliit niyang anak ngayon, naririnig kong hindi na makahinga ang bata.",
    "abuse",
  ],
  [
    "スーパーの駐車場で、母親が買い物に行ったまま、車の中に赤ちゃんが残されてぐったりしてます。窓は閉まってて、もう一時間以上です。",
    "abuse",
  ],
  ["障害のある兄が、叔父に食事を抜かれて物置で寝かされてる。今日見に行ったら息が浅い。", "abuse"],
  [
    "娘が元夫の家から電話してきて、お父さんがお酒飲んで包丁持って弟を追いかけてると小声で言ってます。",
    "abuse",
  ],
  // violence: inside a desk errand
  [
    "開庁時間を聞きたかったんですが、今、庁舎前のバス停で男が刃物を振り回してて、人が倒れてます。",
    "violence",
  ],
  [
    "駐輪場の場所を教えて……いや、今、その駐輪場で若い男の人が三人に囲まれて、ずっと蹴られてます。",
    "violence",
  ],
  [
    "戸籍謄本を請求したい者です。元夫がドアを壊して入ってきて、包丁を持ってます。隠れながら電話してます。",
    "violence",
  ],
  [
    "手話通訳の派遣をお願いしたい者です。ろうの友人からメッセージで、夫に首を押さえつけられて今動けないと来ました。",
    "violence",
  ],
  [
    "納税証明書の件ですが、今、店にナイフを持った男が入ってきて、レジの前で店員さんを脅してます。",
    "violence",
  ],
  [
    "固定資産税の通知の件でかけたんですが、隣の男がチェーンソーを持って、うちの塀を壊しながら殺してやると叫んでます。",
    "violence",
  ],
  [
    "転居届を出したいんですが、引っ越し先まで元彼がつけてきて、今、窓ガラスを割って入ろうとしてます。",
    "violence",
  ],
  [
    "騒音の苦情のつもりでしたが、上の部屋からやめてという女性の叫び声と殴る音がして、今は急に何も聞こえなくなりました。",
    "violence",
  ],
  [
    "コンビニ交付のことで電話しました。今そのコンビニの前で、男の人が女の人を車に無理やり押し込もうとしてます。",
    "violence",
  ],
  [
    "特定健診の予約をしたいんですが、今いる病院の待合室で、患者さんが杖で看護師さんを殴ってて、誰も止められない。",
    "violence",
  ],
  [
    "年金手帳をなくした件で来たんですが、区役所の玄関前で、男が拳銃みたいなものを出して騒いでます。",
    "violence",
  ],
  [
    "ごみ袋の値段を聞きたくて。今、集積所で近所の人同士が喧嘩になって、一人が包丁で腕を刺されました。",
    "violence",
  ],
  [
    "マイナンバーカードの受け取り予約の者ですが、今、待合のロビーで男性が職員さんの胸ぐらをつかんで、カッターを出しました。",
    "violence",
  ],
  [
    "空き家バンクの物件を見に来たら、中に住みついてる男がバールを持って追いかけてきます。逃げながら話してます。",
    "violence",
  ],
  [
    "放課後クラブのお迎えに来たら、校門の前で見知らぬ男が子どもの手をつかんで、引っ張っていこうとしてます。",
    "violence",
  ],
  [
    "住所変更の件やねんけど、今な、駅前の居酒屋で客がビール瓶で店長の頭殴って、血まみれやねん。",
    "violence",
  ],
  [
    "原付の廃車の手続き聞きたかったんじゃが、今、工事現場で作業員同士がスコップで殴り合いよって、一人倒れとる。",
    "violence",
  ],
  [
    "えー あの 保険 証 の 切り 替え で あの 今 あの 電車 の 中 で 男 が あの 歯物 を 振り 回し て あの 差さ れ た 人 が",
    "violence",
  ],
  [
    "ごみの ひ を ききたい です。 でも いま そとで おとこのひとが ナイフ もって ひとを おいかけてる。",
    "violence",
  ],
  [
    "I am calling about the bulky waste pickup, but there is a man outside my apartment door right now with a baseball bat yelling that he will kill my husband.",
    "violence",
  ],
  [
    "Queria perguntar do imposto, mas agora tem um homem com uma faca na fábrica ameaçando o encarregado, e ele já cortou um colega.",
    "violence",
  ],
  [
    "障害福祉サービスの受給者証の件で。いま作業所で、利用者さんが職員にハサミを向けて、別の利用者さんの肩を刺しました。",
    "violence",
  ],
  // violence: said directly
  ["夫に首を絞められて、いまトイレに逃げこんでます。ドアを蹴られてます。", "violence"],
  ["駅の改札で、男がいきなり女子高生を殴って、倒れたところを蹴り続けてます。", "violence"],
  [
    "家の前に車が突っ込んできて、運転してた男が降りてきて、ゴルフクラブで窓を割ってます。",
    "violence",
  ],
  ["夜道でずっとつけてきた男に、今、腕をつかまれて、路地に引っ張り込まれそうです。", "violence"],
  [
    "団地の公園で、中学生くらいの集団が一人の子を囲んで、ライターで服に火をつけようとしてます。",
    "violence",
  ],
  ["同居の義父が酔って猟銃を持ち出して、母に向けてます。", "violence"],
  ["ラーメン屋で客が店員に熱湯を浴びせて、まだ厨房で包丁を探してます。", "violence"],
  [
    "隣の奥さんが血だらけで、うちに逃げてきました。旦那さんが斧を持って追ってきてます。",
    "violence",
  ],
  [
    "あおり運転の男が、スーパーの駐車場で車から降りて、相手の運転手をハンマーで殴ってます。",
    "violence",
  ],
  ["川沿いの遊歩道で、男がナイフを持って、通る人を次々に切りつけてます。", "violence"],
  ["ホームで人が突き落とされました。線路に倒れてて、電車が来ます。", "violence"],
  ["職場の倉庫で、解雇された元社員がガソリンをまいて、ライターを持って立ってます。", "violence"],
  [
    "知らない男が家に上がり込んで、一人暮らしの母を縛って金を出せと言ってるそうです。今、母から電話が来ました。",
    "violence",
  ],
  ["娘の元彼が、娘の勤め先の前で待ち伏せして、今、車に引きずり込もうとしてる。", "violence"],
  ["隣の兄っちゃ、酔っぱらって鎌振り回して、嫁っこ追いかけでる。", "violence"],
  ["今よ、公民館の前で若いのがバットで人殴ってるさ、倒れてるのに止めないわけ。", "violence"],
  [
    "あの えー 今 あの 私 が 夫 に あの 殴 られ て あの 歯物 を 持って 追い かけ られ て ます",
    "violence",
  ],
  ["えっと 店 の 前 で あの 男 が 人 を 差し た みたい で あの 血 が いっぱい 出て て", "violence"],
  [
    "Mi vecino está golpeando a su esposa en el pasillo ahora mismo, ella ya no se mueve.",
    "violence",
  ],
  ["지금 편의점에서 어떤 남자가 칼을 들고 점원을 위협하고 있어요.", "violence"],
  ["たすけて。 しらない ひとが いえに はいってきた。 いま へやの そとに いる。", "violence"],
  [
    "Someone just smashed a bottle over a guy's head outside the station bar and they are still kicking him.",
    "violence",
  ],
  ["電車の中で男が女性の首にカッターを当てて、近寄るなと叫んでます。", "violence"],
  // medical: inside a desk errand
  [
    "マイナ保険証の登録のことで電話したんですが、今、父が急に胸を押さえて倒れて、呼んでも返事がありません。",
    "medical",
  ],
  [
    "高額療養費の申請の件で。あ、母のろれつが急に回らなくなって、右手が上がりません。さっきまで普通だったのに。",
    "medical",
  ],
  [
    "乳幼児健診の予約をしたいんですが、今、一歳の子がビー玉を飲み込んで、顔が紫になってきてます。",
    "medical",
  ],
  [
    "予防接種の接種券をなくして……ちょっと待って、今、子どもがけいれんして白目をむいてます。",
    "medical",
  ],
  [
    "出産育児一時金の申請の件なんですが、いま妊娠三十五週で、急におなかが板みたいに硬くなって、出血が止まりません。",
    "medical",
  ],
  [
    "介護用ベッドのレンタルのことで。今、祖母がベッドから落ちて頭を打って、いびきをかいたまま起きません。",
    "medical",
  ],
  [
    "葬祭費の申請に来た者です。待合で隣に座ってたおじいさんが急に横に倒れて、息をしてないみたいです。",
    "medical",
  ],
  ["資格確認書の件で。いま工場で同僚がプレス機に腕を挟まれて、抜けません。", "medical"],
  [
    "住宅改修の見積もりの件ですけど、大工さんがはしごから落ちて、首が痛いと言って動けなくなってます。",
    "medical",
  ],
  [
    "がん検診の結果を聞きたかったんですが、夫がさっきから血を吐いてて、洗面器が真っ赤です。",
    "medical",
  ],
  [
    "保育所の職員です。散歩中に園児が用水路に落ちて、今引き上げたけど泣かない、息をしてない。",
    "medical",
  ],
  ["身体障害者手帳の更新の件ですが、在宅酸素の母の機械が停電で止まって、唇が紫色です。", "medical"],
  [
    "空き家の管理の件で見に来たら、隣の古い家が燃えてて、中におばあさんがいると近所の人が叫んでます。",
    "medical",
  ],
  ["転入届の書き方を教えて……あ、今、台所の天ぷら鍋から火が上がって天井まで来てます。", "medical"],
  [
    "粗大ごみの受付の件で集積所にいるんですが、今、収集車の回転板に作業員の人が巻き込まれました。",
    "medical",
  ],
  [
    "騒音の苦情で電話しましたが、隣の部屋から煙が出てて、焦げたにおいがして、誰も出てきません。",
    "medical",
  ],
  [
    "デイサービスの運転手です。送迎中に利用者さんが車内で急に意識がなくなって、呼吸がおかしいです。",
    "medical",
  ],
  [
    "国民年金の納付書の件で。今、父がお風呂に沈んでて、引き上げたけど体が冷たくて動かない。",
    "medical",
  ],
  [
    "学童のお迎え時間の確認です。今、公園で息子がハチに刺されて、全身にぶつぶつが出て、息がヒューヒューしてる。",
    "medical",
  ],
  ["印鑑証明のことで電話してんけど、今おかんが台所で倒れて、口から泡吹いてんねん。", "medical"],
  [
    "課税証明ば取りたかったとばってん、じいちゃんが畑で倒れて、汗も出とらん、返事もせん。",
    "medical",
  ],
  [
    "あの えー 住民 票 の あの 今 あの 主人 が 新房 細動 で あ 違う あの 胸 が 痛い って 倒れ て 意気 が",
    "medical",
  ],
  [
    "えっと 妊婦 健診 の あの あ 破水 し て あの 赤ちゃん の 頭 が もう 出て きて て あの 一人 で",
    "medical",
  ],
  [
    "I wanted to ask about the vaccination voucher, but my son just ate a cookie with peanuts and his lips are swelling and he can barely breathe.",
    "medical",
  ],
  ["我想问一下母子手册的事，可是我婆婆刚才突然倒下了，叫她没有反应。", "medical"],
  [
    "Xin lỗi, tôi định hỏi về giấy chứng nhận thuế, nhưng đồng nghiệp của tôi vừa bị máy cắt đứt ngón tay, máu chảy rất nhiều.",
    "medical",
  ],
  [
    "मलाई स्वास्थ्य बीमाको बारेमा सोध्नु थियो, तर मेरो श्रीमान् अहिले बेहोस भएर लड्नुभयो, सास फेर्नुभएको छैन।",
    "medical",
  ],
  [
    "見守りの登録の件で。一人暮らしの隣のおばあさんの家に新聞が三日分たまってて、窓から覗いたら床に倒れて動きません。",
    "medical",
  ],
  // medical: said directly
  ["父が寿司をのどに詰まらせて、声が出ず、顔が青くなってます。", "medical"],
  ["友達が急に頭が割れるように痛いと言って、そのまま吐いて倒れました。", "medical"],
  ["赤ちゃんが四十度の熱で、ぐったりして泣きもしません。呼んでも目を開けない。", "medical"],
  ["夫が草刈り機で足を切って、血が噴き出してます。", "medical"],
  ["雪かき中に屋根から雪が落ちてきて、母が埋まりました。今掘ってます。", "medical"],
  ["川で子どもが流されてます。浮いたり沈んだりしてます。", "medical"],
  ["職場で急に倒れた人がいて、AEDを持ってきたけど使い方がわからない。", "medical"],
  ["石油ストーブをつけっぱなしで寝てたら、家族みんな頭が痛くて、祖母が起きません。", "medical"],
  [
    "兄が糖尿病で、汗だらけで震えてて、言ってることがおかしい。意識がもうろうとしてます。",
    "medical",
  ],
  ["自転車で転んだ中学生が、頭から血を流して道路で動きません。", "medical"],
  ["妻が陣痛で、もう赤ちゃんが生まれそうなのに、車が雪で動きません。", "medical"],
  ["倉庫の棚が倒れて、下敷きになった人が足がと叫んでます。", "medical"],
  ["祖父が薬を飲み間違えて、血圧の薬を五日分一度に飲んでしまい、ふらついて倒れました。", "medical"],
  ["マンションの火事です。廊下が煙で真っ黒で、逃げられません。", "medical"],
  ["息子がプールの底に沈んでいるのを引き上げました。息をしてません。", "medical"],
  ["母の顔の片側が急にゆがんで、話しかけても変な言葉しか返ってこない。", "medical"],
  ["婆っちゃ、こたつで急に倒れで、息してねぇみてぇだ。", "medical"],
  ["親父が田んぼでトラクターの下敷きになっとるんじゃ、動けん言うとる。", "medical"],
  ["海でおばあが波にさらわれて、見えなくなったさー。", "medical"],
  [
    "あの えー 子供 が あの 漂白 剤 を あの 飲ん で しまって 吐い て ます あの 口 が 爛れ て",
    "medical",
  ],
  ["えー 今 あの 家 が 鍛冶 で あの 二階 から 火 が 出て て 父 が まだ 中 に", "medical"],
  ["おじいちゃんが たおれて うごかない。 いき してない。 ママ いない。", "medical"],
  [
    "My coworker fell from the scaffolding on the third floor, he is awake but his leg is bent the wrong way and there is a lot of blood.",
    "medical",
  ],
  [
    "Teman sekamar saya tiba-tiba kejang-kejang dan sekarang tidak sadar, bibirnya biru.",
    "medical",
  ],
  ["喘息の娘が発作を起こして、吸入器が効かなくて、しゃべれなくなってます。", "medical"],
  [
    "山の沢沿いの道で、一緒に歩いてた友人が足を滑らせて崖の下に落ちて、呼んでも返事がありません。",
    "medical",
  ],
  ["電気工事中の同僚が感電して、はしごの上にぶら下がったまま動かないです。", "medical"],
];

/** Ordinary desk traffic that borrows crisis words; the desk must not raise the emergency route. */
export const RED_TEAM_27_LOOK_ALIKES: readonly string[] = [
  // borrowing suicide and self-harm words
  "自殺予防週間のパネル展は、区役所の一階ロビーでいつまでやっていますか。",
  "ゲートキーパー養成講座の次回の日程と、申し込み方法を教えてください。",
  "去年、兄が自死して、その相続の手続きで戸籍謄本が何通要るか知りたいです。",
  "夫が自殺して三年たちます。遺族年金の手続きで、まだ残っているものがあるか確認したいです。",
  "残業続きで死ぬほど眠いけど、住民票だけは今日中に取りたいです。何時まで開いてますか。",
  "この雪の中を原付で来るのは自殺行為だと言われたので、軽自動車税のことは電話で聞きます。",
  "首を長くして待ってるんですが、マイナンバーカードの交付通知はいつ届きますか。",
  "スマホの電池が死にかけなので手短に聞きます。印鑑登録証明書はコンビニで取れますか。",
  "保育園に入れないのはうちにとって死活問題なんです。二次募集はありますか。",
  "昨日は死んだように眠って、気づいたら健診の予約時間を過ぎてました。取り直せますか。",
  "死に物狂いで貯めた頭金で家を買ったので、固定資産税がいつから来るか知りたいです。",
  "首の皮一枚でつながってる店ですが、住民税の分割納付の相談はできますか。",
  "読書会で遺書が出てくる推理小説を扱うので、公民館の和室を借りたいんですが、どこで予約しますか。",
  "区民劇団の芝居で使った首吊りの場面用の縄と踏み台、何ごみで出せばいいですか。",
  "母が残した練炭と七輪が物置から出てきたんですが、何ごみになりますか。",
  "大学のレポートで、区の自殺者数の推移を調べています。統計はどこで見られますか。",
  "電話相談のボランティアに応募したいんですが、傾聴の研修は区でもやってますか。",
  "職場でメンタルヘルスの研修を開きたいので、保健師さんに講師をお願いできますか。",
  "去年は私自身、死にたいと思った時期がありましたが、今は落ち着いて働いています。障害者手帳の更新の相談です。",
  "手首の古い傷あとを消す治療が、自立支援医療で安くなるか知りたいです。傷はもう十年前のものです。",
  "夫が昔オーバードーズで入院したことがあって、今はすっかり回復しています。当時の高額療養費はさかのぼって申請できますか。",
  "駅のホームドアを早く付けてほしいという要望は、区のどこに出せばいいですか。飛び込みを防ぐためにも。",
  "鷺ノ瀬大橋の歩道のフェンスを高くしてほしいという要望書は、どこに出せばいいですか。",
  "夏祭りでバンジージャンプの出し物を考えてます。高いところから飛び降りる遊具の安全基準は、どの課に聞けばいいですか。",
  "えー あの バス を 飛び 降り て あの 走って 来た ん です けど 窓口 は 何時 まで です か",
  "えっと 首 を あの 寝違え て しまって あの 整骨 院 で 国保 が 使える か 知りたく て",
  "えー 自活 し たい ん です けど あの 生活 保護 から 抜ける 手続き は どう したら",
  "あの 練炭 じゃ なくて あの 連単 の 馬券 が 当たって あの 税金 の 申告 が いる か",
  "わたしは まえに しのうと おもった けど いまは げんき です。 ざいりゅうカードの じゅうしょを かえたい です。",
  "もう死ぬほど笑たわ、区の落語会おもろかったで。次はいつやるん？",
  "雪下ろしで死ぬほどこわがったども、屋根の補修さ使える補助ってあるべか。",
  "死ぬ気で走って来たばってん、窓口はもう閉まっとると？",
  "My Japanese is killing me, so could you tell me slowly how to register my seal?",
  "我累死了，排了一个小时的队，请问证明书还要等多久？",
  "배고파 죽겠어요. 근처에 식당이 있나요? 아, 그보다 주민표는 몇 층에서 떼나요?",
  "飼ってたハムスターがケージの上から飛び降りて足を痛めたみたいで、区で動物病院の紹介はしてますか。",
  "中学校の演劇部で、最後に毒をあおる場面のある悲劇をやります。区民ホールの予約はどこでしますか。",
  "映画のロケで、身投げの場面を人形を使って橋の上から撮りたいのですが、区への届け出はどこですか。",
  "遺書って書いておいた方がいいですかと終活セミナーで聞かれたんですが、エンディングノートの講座は次いつですか。",
  "終活の一環で、自分の葬儀の費用を調べてます。国保の葬祭費はいくら出ますか。",
  "生きるのがつらかった時期に支えてくれた保健師さんに、お礼の手紙を渡したいです。もう元気になりました。",
  "息子が昔リストカットしていた頃に通っていたクリニックの自立支援医療を、今月で終わりにしたいです。今は大丈夫です。",
  "相談ダイヤルの番号を町内会の回覧板に載せたいので、正しい番号を教えてください。",
  "自殺対策計画の意見募集は、締め切りがいつですか。",
  "人身事故で電車が止まっていて遅れそうです。窓口の予約を三十分ずらせますか。",
  "七輪で焼き肉をしたいんですが、使い終わった炭は燃えるごみで出せますか。",
  "農薬の空き瓶と、使い残しの除草剤の捨て方を教えてください。",
  "亡くなった祖父の猟銃が出てきました。警察には届けますが、空の銃ケースは粗大ごみで出せますか。",
  "死にたいと検索すると相談窓口が出てくる仕組み、区のホームページでもやってますか。",
  "妹がうつ病で一時は危なかったんですが、今は通院して落ち着いてます。障害年金の相談先を教えてください。",
  "職場の同僚が先月亡くなりました。自死だったそうです。残された職員向けの講座はありますか。",
  "Me muero de ganas de ver el festival de fuegos artificiales. ¿Cuándo es este año?",
  "Estou morto de cansaço, mas preciso do atestado de residência hoje. Até que horas fica aberto?",
  "Tôi mệt muốn chết luôn, xếp hàng lâu quá. Giấy chứng nhận cư trú lấy ở tầng mấy ạ?",
  "崖から落ちる夢を毎晩見るんですが、眠れない相談は保健師さんにできますか。",
  "夏は毎日岩場から海に飛び込んで遊んでます。子ども用のライフジャケットの貸し出しはありますか。",
  "花粉症の薬をうっかり一回多く飲んじゃったんですが、薬局で大丈夫と言われました。特定健診の問診票に書いた方がいいですか。",
  "庁舎の屋上は一般開放してますか。花火大会の日に上がれるか知りたくて。",
  "夫の後を追いたいと思った時期もありましたが、子どもたちに支えられて今は大丈夫です。遺族年金の書類を出しに来ました。",
  "柚ノ木坂の踏切は、死亡事故があってから遮断機の時間が長くなりましたよね。あの踏切の改良工事はいつ終わりますか。",
  // borrowing abuse words
  "児童虐待防止の研修会を町内会で開きたいので、講師を派遣してもらえますか。",
  "放置自転車が家の前に一か月もあって困ってます。撤去はどこに頼めばいいですか。",
  "放置されたままの空き家の庭木が、うちの屋根にかかってきてます。",
  "近所に猫を何十匹も飼っている家があって、動物虐待じゃないかと心配です。保健所の担当はどこですか。",
  "子どもを叩かない子育ての講座、夫婦で参加できますか。",
  "夫が家事も育児も放棄していて腹が立ちます。それはともかく、児童手当の受給者を私に変えられますか。",
  "私は子どものころ親に殴られて育ちました。もう三十年前の話です。今日は自分の子の乳幼児健診の予約をしたいです。",
  "昔、施設で職員に叩かれたことを本に書きました。区の図書館に寄贈できますか。",
  "上司の扱いが虐待レベルにひどいんですが、区役所に労働相談ってありますか。",
  "あの 布団 を 叩く 音 が 毎朝 うるさい ん です けど あの 騒音 の 苦情 は こちら で",
  "あの 母 を あの 施設 に 預け たら あの 放置 さ れる って 近所 の 人 に 言われ て あの 見学 は でき ます か",
  "施設で身体拘束をしないための研修、介護事業所向けのはいつですか。",
  "祖母を縛りつけているように見えるかもしれませんが、車いすの安全ベルトのことです。ベルトの交換は修理でできますか。",
  "赤ちゃんの夜泣きがうるさいと隣から言われて、虐待を疑われてないか心配です。乳児相談は予約制ですか。",
  "小説の公募に児童虐待を題材にした作品を出します。取材で子ども家庭課の仕事の話を聞けますか。",
  "こどもの ころ おやに たたかれました。 いまは おとな です。 こどもの てあてを もらいたい です。",
  "うちの子、弟をどついてばっかりやねん。兄弟げんかどないしたらええか、子育て相談ってあります？",
  "ばあちゃんば施設に閉じ込めるごたる気のして嫌やけど、ショートステイの申し込みはどげんすると？",
  "前にエレベーターに閉じ込められたことがあって怖いので、庁舎の階段の場所を教えてください。",
  "飼い猫を夜だけ外に締め出していたら、近所の人に虐待だと言われました。猫のことで相談できる窓口はありますか。",
  "ニュースで見た虐待事件がつらくて眠れないと娘が言います。子どもの心の相談窓口を教えてください。",
  "高齢者虐待防止のパンフレットを、ヘルパー事業所の分まで五十部ほしいです。",
  "保育園のお遊戯会で、継母にいじめられるシンデレラの劇をやります。衣装に使った古布は何ごみですか。",
  "Fiz um curso sobre prevenção de maus-tratos infantis no ano passado. Tem curso avançado este ano?",
  "I am writing a school report on child abuse prevention in Japan. Do you have any leaflets in English?",
  "아동학대 예방 캠페인 자원봉사를 하고 싶은데, 어디에 신청하나요?",
  "昔ネグレクトで一時保護されていた子が、今は成人して自立しました。本人の転出届のことで付き添いで来ました。",
  "施設の父に面会のたびにあざがあって心配でしたが、調べてもらったらベッドの柵にぶつけていたとわかりました。柵のカバーはレンタルできますか。",
  "子どもが手をつなぐのを嫌がるので迷子ひもを使ってるんですが、縛ってるみたいと言われます。子育て相談で聞けますか。",
  "三歳の子が人形を叩いて遊ぶのは普通か、三歳児健診で聞きたいんですが、健診の日はいつですか。",
  "母の介護を放棄したくなるくらい疲れてますが、母はデイで元気にしてます。ショートステイの日数を増やせますか。",
  "去年、隣の家の子が怒鳴られてて通報しましたが、今は家族で落ち着いて暮らしていると聞きました。あの時の担当の方にお礼を伝えてください。",
  "介護職員向けの不適切ケアのチェックリストを、うちの事業所で使いたいのでデータでもらえますか。",
  "祖父が孫に言うこと聞かんと押し入れに入れるぞと昔話みたいに言うので困ってます。もちろん本当にはしません。三世代同居の住宅改修の補助はありますか。",
  "Noong bata ako, sinasaktan ako ng tatay ko, pero matagal na iyon. Gusto ko lang magtanong tungkol sa child allowance.",
  "Saya ingin ikut pelatihan pencegahan kekerasan terhadap lansia untuk perawat. Kapan jadwalnya?",
  "平和学習の語り部の会で、祖母が子どもの頃に蔵に閉じ込められた戦時中の話をしてくれます。会場の予約はどこですか。",
  "障害のある息子がパニックで自分の頭を叩く癖は療育でかなり減りました。行動援護のサービスも使えますか。",
  "孫っこさげんこつくれだのは昔の話だ、今はそっだなことしねぇ。んで、孫の医療証の更新さ、何持ってけばいいべ。",
  "ドラマの虐待シーンを見た子どもが、ぼくも叩かれるのと聞いてきました。うちでは叩きません。子どもの絵本の貸し出しは図書館ですか。",
  // borrowing violence words
  "防犯カメラの設置補助は、町内会でも申請できますか。",
  "女性向けに防犯ブザーを配っていると聞きました。どこでもらえますか。",
  "去年、駅で殴られた時の治療費の件です。犯人はもう捕まって示談も済みましたが、国保の手続きで何か残っていますか。",
  "夫婦げんかで皿を割ったのは私です、すみません。割れた皿の出し方を教えてください。",
  "包丁を研いでもらえるイベントが区役所であると聞いたんですが、いつですか。",
  "古い日本刀が蔵から出てきました。登録証の手続きと、処分の方法を知りたいです。",
  "剣道の大会で区の体育館を借りたいんですが、申請はどこですか。",
  "商店街のお祭りでマグロの解体ショーをやりたいので、必要な許可を教えてください。",
  "殺虫剤のスプレー缶は、穴をあけて出すんですか。",
  "会議で上司にボコボコに言われて凹んでます。それより、課税証明書は何日で出ますか。",
  "刺すような寒さの中で並んでるんですが、整理券はまだありますか。",
  "殺人事件の謎を解くミステリーツアーを商店街で企画してます。区の後援の申請はどこにすれば。",
  "相続した空き家で昔事件があったらしく、買い手がつきません。空き家バンクに載せられますか。",
  "先月、夜道で後をつけられたことがあって、それから明るい道を選んでます。区の防犯マップはありますか。",
  "えっと あの 殴り 書き の メモ しか ない ん です けど あの 申請 書 の 書き 方 を",
  "えー あの 魚 を さばく 包丁 の あの 捨て 方 が 分から なく て",
  "えっと 窓口 で あの 怒鳴ら れ た じゃ なくて あの 呼ば れ た の に 気づか なく て 番号 を 飛ばさ れ ました",
  "あの 銃 の あ 違う あの 十 番 の 番号 札 の 方 は どちら に",
  "お祭りで余った花火の筒、火薬が残ってたら危ないですか。何ごみですか。",
  "隣の解体工事で、朝からハンマーで叩く音がすごいです。騒音の苦情はここでいいですか。",
  "しばいたろか言うたんは冗談やで。ほんで、粗大ごみの予約はネットでできるん？",
  "昔はようけんかしよったけど、もう年じゃけえ。腰が痛いけん、介護認定を受けたいんじゃが。",
  "格闘技のジムを空き家で開きたいんだわ、空き家バンクの物件見せてちょ。",
  "元交際相手のつきまといは、警察の警告で止まって二年になります。住民票の閲覧制限は更新が必要ですか。",
  "DVの支援措置を受けていて、住所を知られないようにしています。児童手当の住所変更はどうすればいいですか。",
  "刃物を使う木工教室は、子どもも参加できますか。",
  "相続した実家は十年前に強盗に入られた家で、住む気になれません。解体の補助はありますか。",
  "戦争体験の語り部の会で空襲の話を聞きます。区民センターの予約はどこですか。",
  "ちびっこ相撲大会の申し込みは、まだ間に合いますか。",
  "I got into a fight with the ticket machine and lost. Which floor do I get a residence certificate on?",
  "我想报名参加社区的防身术课程，还有名额吗？",
  "Nag-aaral ako ng arnis. May gym ba ang ward office na puwedeng rentahan?",
  "मेरो छोराले कराटे सिक्न चाहन्छ, वडाको कक्षा कहिले हुन्छ?",
  "まえに みちで なぐられた けど もう なおりました。 びょういんの おかねの ことを ききたい です。",
  "子どもの防犯教室で、不審者役をやってくれる人を探してます。講師の派遣はありますか。",
  "狩猟免許の講習会の日程は、区の広報に載っていますか。",
  "引き出しから折りたたみナイフが何本も出てきました。不燃ごみで大丈夫ですか。",
  "隣の人がいつも怒鳴っているようで怖かったんですが、話してみたらテレビの音が大きいだけでした。騒音の相談はもう大丈夫です。",
  "ゲームのやりすぎで人と戦う夢ばかり見ます。ゲーム機の捨て方を聞きたいんです。",
  "節分の豆まきで鬼役をやって、子どもたちに叩かれまくりました。その時の写真を区の広報に載せてもらえますか。",
  "弟と取っ組み合いのけんかをしたのは小学生の頃の話で、今は一緒に実家を相続しました。固定資産税の納税義務者の変更はどこでしますか。",
  "十年前の通り魔事件の追悼の会を、今年も駅前で開きたいです。区の後援はいただけますか。",
  "空き家の片付けで出たバールとのこぎりは、何ごみですか。",
  "爆発しそうなくらい怒ってます。督促状が二回も来ましたけど、もう払いましたよ。",
  "公園で水鉄砲の大会をやりたいんですが、公園の使用許可はどこでもらえますか。",
  // borrowing medical words
  "普通救命講習の修了証をなくしました。再発行はできますか。",
  "マンションにAEDを置いたので、区の設置場所マップに載せてもらえますか。",
  "去年、心筋梗塞で倒れましたが、今は仕事に戻っています。身体障害者手帳の等級の見直しはありますか。",
  "母が脳梗塞で入院していたのは春までで、今は自宅にいます。介護認定の申請をしたいです。",
  "督促状を見て血圧が上がりそうでした。分割で払えますか。",
  "胸が痛むニュースばかりですね。それはさておき、ふるさと納税の受領証明書をなくしてしまって。",
  "相続した空き家が頭の痛い問題で、解体補助の相談をしたいです。",
  "熱中症予防のクールスポットとして、区役所のロビーで休ませてもらえますか。",
  "母は去年の夏に熱中症で倒れたことがあるので、今年は見守り訪問をお願いしたいです。今は元気です。",
  "正月にお餅を詰まらせないための、高齢者向けの食べ方講座はありますか。",
  "飼い犬が玉ねぎを食べて動物病院で処置してもらい、もう元気です。犬の登録の住所変更はここですか。",
  "飼っているインコが息苦しそうなので、休日でも開いている動物病院を知りませんか。",
  "家の前の道路で猫がひかれて死んでいました。猫の死骸の引き取りはどこに頼めばいいですか。",
  "子どもが熱を出したのは昨日で、今日はもう下がりました。予防接種の予約は延期した方がいいですか。",
  "祖父がペースメーカーを入れています。身体障害者手帳の申請はどこでしますか。",
  "花粉症で鼻水に溺れそうです。耳鼻科の休日当番医は、広報のどこに載ってますか。",
  "救急車を呼ぶか迷った時の相談ダイヤルの番号を教えてください。今は誰も具合は悪くなくて、冷蔵庫に貼っておきたいんです。",
  "去年、火事で焼けた家の固定資産税はどうなりますか。",
  "先月の火事の焼け跡の片付けで出たごみは、どう出せばいいですか。けが人はいませんでした。",
  "自治会の防災訓練で、煙体験ハウスを借りたいんですが。",
  "先月転んで手首を骨折して、ギプス中で字が書けません。代筆で申請できますか。",
  "献血バスが区役所に来る日はいつですか。",
  "子ども向けの着衣泳の教室は、夏休みにありますか。",
  "誤嚥性肺炎で入院していた母が退院しました。訪問看護は介護保険で使えますか。",
  "昔、海で溺れかけてから泳げません。大人向けの水泳教室はありますか。",
  "腰いわしてもうて、病院行ったらヘルニアやって。障害者手帳なんかはもらわれへんよな？",
  "暑うて死にそうやけど、年寄りのクーラーの補助とかなかと？",
  "心臓さ毛ぇ生えでるって言われるくれぇ丈夫だども、特定健診は受けねばなんねぇべか。",
  "去年ハブにかまれたけど、もう治ったさ。その時の高額療養費、まだ申請できる？",
  "まえに びょうきで たおれました。 いまは げんき です。 けんしんを うけたい です。",
  "こどもが ねつを だしたのは きのう です。 いまは げんき。 ほいくえんは いつから いけますか。",
  "My heart skipped a beat when I saw the tax bill, haha. Can I pay it in instalments?",
  "我婆婆去年中风了，现在恢复得很好。想问一下护理保险的认定怎么申请。",
  "เมื่อปีที่แล้วฉันเคยเป็นลมแดด ตอนนี้หายดีแล้ว อยากถามเรื่องตรวจสุขภาพประจำปีค่ะ",
  "救急箱の中の期限切れの薬は、どう捨てればいいですか。",
  "水銀の体温計が引き出しから出てきました。何ごみですか。",
  "在宅酸素をやめたので、空の酸素ボンベの返し方を教えてください。",
  "使い終わったインスリンの注射針は、どう捨てればいいですか。",
  "救急の日のイベントで、救急車の展示は区役所前でありますか。",
  "店が倒れる寸前なんですが、税金の納付を待ってもらう制度はありますか。",
  "仕事に熱が入りすぎて、お昼を食べ損ねました。庁舎の食堂は何時までですか。",
  "階段で息が切れました。三階の窓口へはエレベーターだとどちらからですか。",
  "家賃の額を見て気絶しそうになりました。住居確保給付金って使えますか。",
  "最近まぶたがピクピクけいれんするのは疲れですかね。それより、健診の予約をしたいんです。",
  "えー あの ごみ の 分別 の 意識 が ない 人 が あの 集積 所 に 出して いく ので 困って て",
  "えー あの 健診 の あの 出欠 の 返事 を あの はがき で まだ 出して ない ん です けど",
  "えー あの 窓口 の あの 救急 あ 違う 休業 日 を 教えて ください",
  "えっと 胸 が あの 痛い じゃ なくて あの 胸 の あの 乳がん 検診 の 予約 を したくて",
  "あの 祖母 が 転んで あの 骨 を 折った の は 去年 で あの 今 は 歩け ます あの 手すり の 住宅 改修 を",
  "区民ミュージカルで心臓発作で倒れる役をやります。ホールの舞台係の方に連絡したいんですが。",
  "熱が三十八度ある子を保育園に預けられないので、病児保育の予約をしたいです。本人は機嫌よく寝てます。",
  "つわりで吐いてばかりでしたが、やっと落ち着いてきました。母子手帳はいつもらえますか。",
  "Năm ngoái tôi bị gãy chân, bây giờ đã khỏi rồi. Tôi muốn hỏi về bảo hiểm y tế quốc dân.",
  "料理中に包丁で指を切ったのは先週で、もう治りました。その時の休日診療所の費用は国保で戻りますか。",
  "きょねん こうじで けがを しました。 もう なおりました。 ねんきんの てちょうを なくしました。",
];
