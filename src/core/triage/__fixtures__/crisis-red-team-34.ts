// Crisis red team 34, frozen 2026-12-07.
// sha256 (body, from the FROZEN-BODY line to the end of the file): f6421c46001ba597dfa1c8829973c82480aa8be7995656c42a50e3eb1344c029
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-34.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 197 lines of
// crisis-red-team-33.ts (through `sed -n 1,197p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was read from its own
// prompt file, /tmp/prompts/full-rt34.md (with cat; no other prompt file was opened). No lexicon,
// test, script, doc, other fixture, other sample or red-team line was opened, git was not run, git
// history was not read, the repository was not grepped for phrases, the __fixtures__ folder was not
// listed, tsconfig.json and the Prettier config were not opened, nothing was imported from src/
// (the typescript package was loaded from node_modules only to transpile this file), no code or web
// search tool was used, and neither the engine, jest, the benchmarks nor the madoguchi command was
// run. Commands run, in order: cat on the prompt file; `date -u` and sed on crisis-red-team-33.ts
// as above in one call; sed on crisis-red-team.ts as above, cat on departments.csv, cat on
// DESIGN.md, `test -e` on this file's path (it did not exist) and `date -u` in one call; `mkdir -p
// /tmp/rt34` and a shell heredoc writing, in /tmp/rt34, the suicide crisis scratch list (fields
// separated by a vertical bar: kind, E for errand or D for direct, language, style, text), followed
// by `wc -l`, cut, sort and `uniq -c` counting errand and direct lines, and `date -u`; the same
// (heredoc, count, `date -u`) for the abuse, the violence and the medical crisis lists, one call
// each; a heredoc writing the suicide look-alike list (59 lines), `wc -l` and `date -u`; echo
// appending one suicide look-alike (a nephew's slang), `wc -l`, a heredoc writing the abuse
// look-alike list, `wc -l` and `date -u`; a heredoc writing the violence look-alike list, `wc -l`
// and `date -u`; a heredoc writing the medical look-alike list, `wc -l` and `date -u`; a heredoc
// writing a one-off Python check (five fields, kinds, counts per kind, errand lines before direct
// ones, dash on look-alikes, languages and styles, child, kana, dialect, formal and
// speech-recognition styles only in Japanese, no spaces in child speech and spaces in kana and
// speech-recognition lines, ASCII double quotes, backslashes, backticks, tabs, ideographic and
// double spaces, edge spaces, distinct texts, lines sharing their first eight characters, longest
// line, tallies of languages and styles), the check run (0 errors, 14 shared openings) and `date
// -u`; a heredoc writing a Python edit re-wording 25 lines to break the shared openings (the errand
// openings of Vietnamese, Indonesian, Tagalog, Thai, Portuguese and Spanish lines, a kana line,
// four speech-recognition openings, a medical errand and an Indonesian look-alike), the edit run,
// the check (with head) and `date -u`; a loop of cut and nl printing the four crisis lists to read
// them over; the same for the four look-alike lists, and `date -u`; a Python edit re-wording one
// violence near-miss (the なぐさめ line, which was unclear), the check and `date -u`; heredocs writing
// the body comment and a small Python script that wraps the lists into this file under a
// placeholder header, the script run, `wc -l`, sed on lines 1-30 and `date -u`; a Python edit
// adding to the body comment the note on the two real place names, the script run, `test -e` on
// this file's path (absent) and `date -u`; cp of the result to this path, `npx prettier --write`
// and `--check` on this file only, `wc -l`, sed on lines 20-40, `grep -n` for the export,
// group-comment and closing lines, and `date -u`; a Python check of comment-line lengths (none over
// 100), a heredoc writing a node script that transpiled this file with the typescript package's
// transpileModule and counted its two arrays (200 and 200, kinds as below, 400 distinct texts, all
// pairs, all strings, the two export names), that script run, a one-off Python comparison of its
// strings with the scratch lists (same 400 texts and kinds in the same order) and `date -u`;
// `timeout 300 npx tsc --noEmit -p tsconfig.json` started in the background with its output
// filtered by grep to this file's name and written to /tmp/rt34/tsc.out, sed and sha256sum on the
// body and `date -u`; cat on tsc.out and `date -u`; heredocs writing this header's text and a
// Python script that wraps it, puts in the body's hash and rewrites only the lines above the marker
// (with a line-length check), echo, cat on tsc.out and `date -u`; a Python edit correcting details
// of this text (counts of errands, a caller's description), cat on tsc.out and `date -u`; `sleep
// 90`, cat on tsc.out (tsc had exited 0 with no line naming this file) and `date -u`; a Python edit
// adding that result and these steps to this text; the script run, with sed and sha256sum on the
// body in the same call; and the final checks listed at the end of this header. Each line was
// written by hand into the scratch lists; no engine output was seen before or after writing. The
// import of RedTeamKind from ./crisis-red-team and the array shapes are taken from red team 33 and
// the format; the export names are RED_TEAM_34_CRISIS and RED_TEAM_34_LOOK_ALIKES, and both arrays
// are grouped under comments naming the kind (crisis) or the vocabulary borrowed (look-alikes).
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twenty-third ward office's desk over another year (the invented 菫ヶ丘 ward on the
// invented 萩尾川 river, with the invented hill 鴫ヶ岳), in plain words and natural proportions, with new
// callers, errands, places and wordings. 100 of the crisis lines (suicide 30, abuse 20, violence
// 22, medical 28) begin as an ordinary errand at the desk and then say what is happening now; the
// other 100 are direct. Errands, across all eleven departments of departments.csv: the car park and
// the bicycle park (a season ticket and where it is); a residence certificate and its copy (three
// times), a family register copy, seal registration, its certificate and its abolition, a
// moving-out, a moving-in, an address procedure, the residence card address (twice) and the My
// Number card (collection booking, collection, and twice more); the NHI and its qualification
// certificate (three times), high-cost medical expenses, funeral expenses, the national pension, a
// student pension exemption and a pension exemption, the late-stage elderly insurance premium, an
// insurance card, a health-insurance question and an insurance premium; a tax certificate (twice),
// a tax-payment certificate, the fixed-asset tax slip, the light-vehicle tax (three times), the
// municipal tax reminder and a tax letter (twice); a message for the welfare caseworker 宇佐美; the
// child allowance (five times, once its payment day), the child-rearing allowance status report, a
// child medical certificate reissue, nursery application and papers (four times), after-school club
// fees and pick-up; the maternal and child handbook (three times, once a reissue), infant and child
// health checks (three times), an adult health check, vaccination booking (four times), a pregnancy
// check, cancer and breast-cancer screening (three times), the specific health check (twice);
// care-need renewal and its home-visit survey, care insurance, care-bed return, day-service pick-up
// (twice), elder watch registration; disability certificate renewal (twice), disability services,
// self-support medical care; the vacant-house bank on site, vacant-house weeding on site, the
// demolition subsidy (twice, once on site); oversized-rubbish booking (four times), recyclables day
// (twice), the collection day (four times) and garbage-bag prices (three times). Callers: the
// person at risk, wives and husbands, mothers, fathers, daughters and sons, brothers and sisters,
// grandchildren, small children in unspaced kana, a flatmate, a dormitory neighbour, a group-home
// room-mate and a group-home resident, a day-service driver, a care-home night-shift worker, a
// nursery worker, a welfare commissioner on a watch visit, a vacant-house visitor and a
// demolition-subsidy inspector on site, a warehouse firm, colleagues, neighbours, passers-by,
// people in the ward office's lobby and queue, and foreign residents. 95 crisis lines and 73
// look-alikes are in other languages (crisis: English 18, Portuguese 11, Korean 11, Spanish 11,
// Chinese 10, Indonesian 9, Vietnamese 8, Tagalog 7, Thai 6, Nepali 4; look-alikes: English 18,
// Portuguese 9, Korean 9, Spanish 8, Chinese 7, Vietnamese 5, Indonesian 5, Tagalog 4, Thai 4,
// Nepali 4); 18 lines are in spaced easy Japanese kana (10 crisis, 8 look-alike) and 17 in a small
// child's unspaced speech (9 crisis, 8 look-alike); 35 are speech-recognition text with fillers and
// slips (14 crisis, 21 look-alike near-misses); 41 are in Kansai, Kyushu, Tohoku and Hiroshima-like
// dialect (23 crisis, 18 look-alike); 12 are in formal desk Japanese (8 crisis, 4 look-alike).
//
// Labelling rules: a line is crisis when a life is in danger now or within hours (an act under way,
// a means at hand with intent said, a person unwakeable or not breathing, a child or elder being
// hurt or kept from food or water now); it is a look-alike when the crisis word is an idiom, a
// joke, fiction, a game, a course or campaign, a thing to throw away, a pet, a near-miss of speech
// recognition, or an event that is over and told as past. Kind: suicide for self-harm and intent
// against oneself; abuse for children, elders and dependent or disabled adults hurt or neglected by
// those who care for them or hold power over them; violence for attacks by strangers, partners and
// ex-partners, neighbours and groups; medical for illness, injury and accident with no one meaning
// harm.
//
// Known disagreements (labels a reader could argue): crisis: the husband stabbing his own belly
// (speech recognition) and the father holding a kitchen knife to his belly seen by a small child
// are labelled suicide (could be violence); the brother who drank rat poison and vomits blood and
// the wife drinking bleach are labelled suicide (could be medical); the daughter cutting her wrist
// deeply, the son burning charcoal in a sealed car, the husband burning briquettes behind a locked
// bathroom door, the man on a stool under a rope in a vacant house, the sixteen-year-old locked in
// with a rope and the brother whom a small child found with a string round his neck, not moving,
// are labelled suicide though intent is only implied (the last could be an accident); the flatmate
// who sent a photo of empty pill bottles, the wife who left for the 鴫ヶ岳 lookout with a rope, the
// father on the platform edge, the mother on the care-home roof and the friends on the 萩尾川 bridge
// are labelled crisis although the caller does not see the act. The baby alone in a shut car with
// no parent, the bedridden mother unfed a week with weeping bedsores, the grandfather and the old
// man kept without water, and the child unfed whose mother has not come home are labelled abuse
// (could be medical); the sister squeezed by the neck, the toddler held under bath water, the
// child's head pressed into a basin, the boy strangled by his father, the baby's head banged on a
// wall and the child kicked down the stairs are labelled abuse (could be violence); the elders
// beaten by sons and by an uncle, the grandmother tied to a chair by her family and beaten with a
// broom and the woman with dementia padlocked in a shed by the man a Kansai caller calls おっさん are
// labelled abuse (could be violence); the brother held down and slapped by work-centre staff, the
// friend locked in a storeroom by the group-home manager and the child locked in a store and hit
// with a ruler by a teacher are labelled abuse (power over a dependent person; could be violence).
// The husbands, boyfriends and exes who threaten, strangle, chase or hit (a hammer, kitchen knives,
// knives, an iron, a pistol, a car driven at her, a balcony rail) and the father seen by a small
// child chasing the mother with a knife are labelled violence (could be abuse); the neighbours
// hammering at doors with axes and the ex-boyfriend waiting below with a pistol are labelled
// violence though nobody is hurt yet; the girl being forced into a car is labelled violence. The
// fire with people still inside (speech recognition) is labelled medical, the nearest of the four
// kinds; the child who swallowed a button battery and the boy who drank kerosene are labelled
// medical (could be neglect); the quick labour with the baby coming is labelled medical.
// Look-alikes: the brothers whose suicides are years over (a Japanese and a Korean caller), the one
// who wants to tidy her things before she dies (終活), the razor blades and pills found in an empty
// house, the charcoal and stove, the pesticide and herbicide and the rope and ladder to throw away,
// the parent who gets loud when scolding and asks for a parenting appointment, the joke about no
// dinner until homework is done, the stalker and the neighbours' fight that are over, the argument
// at the office entrance already settled by the police, the visitor unwell this morning who has
// recovered, the caller with 37.2 degrees, the pregnant caller with slight bleeding last week that
// the doctor checked, the cat hit by a car last week, the child bitten by a dog yesterday who saw a
// doctor, and the callers about to faint of boredom or to fall over from hunger in the queue (the
// nearest to a live problem) are labelled not a crisis; a stricter desk might still hand some of
// them to a person. All other-language lines were written by a non-native hand; the Nepali, Thai,
// Tagalog, Indonesian, Vietnamese and Korean lines especially may read as learner text.
//
// Checks run: the one-off Python check above on the scratch lists (0 errors; after the re-wording,
// no two lines sharing their first eight characters), the transpile count and the comparison with
// the scratch lists (same 400 texts and kinds in the same order), Prettier's check, and the tsc run
// (exit 0, no line naming this file). Final checks, in one call after the header was written: sed
// and sha256sum on the body (it must match the hash above), `npx prettier --check` on this file,
// the node transpile count and the Python comparison with the scratch lists, head and `grep -n` for
// the marker on this file, cat on tsc.out, sha256sum of the whole file and `date -u`.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 34: a twenty-third ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list, its
// tests, the sample sets (other than the department list) or any other red team's lines. Every
// person, place and situation here is invented, including the small places named (菫ヶ丘, the ward,
// written Sumiregaoka in other-language lines, with its station, its bus terminal and pachinko
// hall, its shopping centre and car park, its western branch office and a ward hall; 萩尾川, a river,
// written Hagio, with its bridge, its river bed and a weir; 鴫ヶ岳, a hill with a lookout; 名草町, a
// district named only in a speech-recognition near-miss) and the welfare caseworker 宇佐美; two real
// place names appear only in passing (幕張, a word in a near-miss, and Lisbon, where a caller was
// robbed years ago). Crisis lines are grouped by kind (suicide and self-harm, abuse, violence,
// medical); in each group the lines that begin as an ordinary errand at the desk come first, then
// the direct ones. Look-alikes are grouped by the crisis vocabulary they borrow, in the same order.
// Speech-recognition text is written the way a phone line transcribes it: spaced, with fillers,
// restarts and, once, a misheard word (家事 for 火事); the look-alike near-misses start on a
// crisis-sounding word cut off with an ellipsis and go on to a word that only sounds like it (市の西部,
// 首都圏, 飛び入り, リスト化, 衣装, 寝台, 折半, 報知器, 流れ作業, 畳, 名草町, コロッケ, 差し押さえ, なぐさめ, 幕張, 地番, 心配, 求職者, 束ねた, お盆,
// 意識調査).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_34_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // suicide and self-harm: 30 errands, then 30 direct
  [
    "住民票の写しを取りたくて電話したんですが、今、隣の部屋で夫がドアノブにタオルを結んで首にかけようとしていて、手を離してくれません。",
    "suicide",
  ],
  [
    "マイナンバーカードの受け取り予約の件なんですけど、娘が今お風呂場でカミソリで手首を深く切っていて、血が止まらないんです。",
    "suicide",
  ],
  [
    "粗大ごみの予約したいんやけど、ちょっと待って、うちの兄貴がいま二階の窓の外に足出して座ってて、もう飛ぶ言うてるねん。",
    "suicide",
  ],
  [
    "国保の資格確認書のことで電話したっちゃけど、父ちゃんが納屋の梁に縄ば掛けて、いま脚立に上っとるとです。",
    "suicide",
  ],
  [
    "ごみの ひを ききたいです。 あと、 いま ともだちが ベランダの てすりを こえて、 しにたい と いって います。",
    "suicide",
  ],
  [
    "えっと あの 印鑑証明を えー とりたいんですが すいません いま 息子が 車の 中で 練炭 を たいて え 窓を 目張り してて 開けて くれないんです",
    "suicide",
  ],
  [
    "恐れ入ります、後期高齢者医療の保険料の件でお電話いたしましたが、只今、母が台所で包丁を胸に当てて死なせてくれと申しておりまして、取り上げることができません。",
    "suicide",
  ],
  [
    "Hi, I was calling about booking breast cancer screening, but my flatmate just sent me a photo of her empty pill bottles with the word goodbye, and now she won't answer her phone.",
    "suicide",
  ],
  [
    "Oi, liguei por causa do abono para crianças, mas meu marido está agora no telhado do prédio dizendo que vai pular, por favor me ajuda.",
    "suicide",
  ],
  [
    "재활용 쓰레기 버리는 날을 물어보려고 했는데요, 지금 남편이 욕실 문을 잠그고 번개탄을 피우고 있어요. 연기가 새어 나와요.",
    "suicide",
  ],
  [
    "Llamaba por el certificado de impuestos, pero mi hijo acaba de tragarse todas las pastillas de mi abuela, dice que quiere morir y se está quedando dormido.",
    "suicide",
  ],
  [
    "Cho tôi hỏi về thẻ cư trú... à không, bạn cùng phòng của tôi đang đứng trên cầu sông Hagio và nói sẽ nhảy xuống ngay bây giờ.",
    "suicide",
  ],
  ["我本来想问一下垃圾袋的价格，可是我丈夫现在拿着刀在割自己的脖子，流了很多血。", "suicide"],
  [
    "Saya mau tanya soal jadwal vaksin anak, tapi kakak saya sekarang mengunci diri di kamar dengan tali di lehernya, dia bilang mau mati.",
    "suicide",
  ],
  [
    "Tatanong sana ako tungkol sa buwis ng maliit na sasakyan, pero ang asawa ko ay nasa kusina ngayon at umiinom ng bleach, sabi niya ayaw na niyang mabuhay.",
    "suicide",
  ],
  [
    "介護認定の更新の書類なんですけど、それどころじゃなくて、いま母が施設の屋上のフェンスを乗り越えようとしていると職員さんから電話がありました。",
    "suicide",
  ],
  [
    "保育所の入所申込みで来たんですが、庁舎の前の歩道橋で若い男性が欄干にまたがって下の車道をじっと見ています。今にも飛び降りそうです。",
    "suicide",
  ],
  [
    "児童扶養手当の現況届を出しに行けなくて、というのも、妻がさっきロープを持って鴫ヶ岳の展望台へ行くとメモを残して車で出ていったんです。",
    "suicide",
  ],
  [
    "固定資産税の納付書のことで電話したんだけんど、いま婆ちゃんが井戸の縁さ立って、死ぬって言ってきかねえんだ。",
    "suicide",
  ],
  [
    "あ もしもし 駐輪場の えー 定期券の ことで あの すみません 夫が いま 包丁で 自分の おなかを 刺して あの 血が",
    "suicide",
  ],
  [
    "Hello, I need a copy of my family register, sorry, my dad just rang me from the platform edge at Sumiregaoka station to say sorry for everything, and I can hear a train coming.",
    "suicide",
  ],
  [
    "Queria marcar o exame de saúde do bebê, mas minha irmã acabou de cortar os pulsos no banheiro e tem sangue por todo lado.",
    "suicide",
  ],
  [
    "인감 등록 때문에 전화했는데, 지금 아버지가 베란다 난간 위에 올라서서 뛰어내리겠다고 하세요.",
    "suicide",
  ],
  [
    "Quería preguntar por la recogida de muebles grandes, pero mi amiga está ahora en el puente del río Hagio, al otro lado de la baranda, y no quiere bajar.",
    "suicide",
  ],
  ["我想问护理保险的事，但是我妈妈刚才把煤气打开了，关着门躺在厨房里说不想活了。", "suicide"],
  ["ฉันโทรมาเรื่องบัตรมายนัมเบอร์ แต่ตอนนี้แฟนของฉันปีนออกไปนอกระเบียงชั้นแปดและบอกว่าจะกระโดด", "suicide"],
  [
    "म मेरो बच्चाको खोपको बारेमा सोध्न फोन गरेको, तर मेरो दाइ अहिले कोठामा डोरी बाँधेर झुन्डिन खोज्दै हुनुहुन्छ।",
    "suicide",
  ],
  [
    "空き家バンクの物件を見に来た者ですが、隣の空き家の中で、中年の男性が梁にロープを掛けて踏み台に乗っているのが窓から見えます。",
    "suicide",
  ],
  [
    "障害者手帳の更新の件なんですが、グループホームで同じ部屋の人が今、割れたコップの破片で腕を何度も切っていて止まりません。",
    "suicide",
  ],
  [
    "特定健診の予約をしよう思うたんじゃけど、旦那が今ガレージで首に延長コード巻いて棚に結びよるんよ。",
    "suicide",
  ],
  ["今から死にます。家にあった薬は全部飲みました。誰にも言わないでください。", "suicide"],
  ["手首を切りました。血が床にたまってきて、頭がぼんやりしています。", "suicide"],
  [
    "萩尾川の橋の上にいます。もう柵の外側に立っています。最後に誰かと話したくて電話しました。",
    "suicide",
  ],
  ["ねえおにいちゃんがへやでくびにひもまいてうごかないのどうしたらいいの", "suicide"],
  ["おとうさんがほうちょうをおなかにあててしぬっていってないてるの", "suicide"],
  [
    "わたしの むすこが いま くすりを たくさん のみました。 しにたい と いって いました。 いきが よわいです。",
    "suicide",
  ],
  ["いま わたしは ビルの おくじょうに います。 もう いきて いたく ないです。", "suicide"],
  [
    "あの ぼく もう だめで いま 七輪に 火 つけました へやの すきま テープで ふさいで あの",
    "suicide",
  ],
  [
    "すいません えー 妻が 今 えー 浴槽で あの 手首から 血が 出てて え 遺書が 置いて あって",
    "suicide",
  ],
  ["嫁さんがな、今ベランダの手すりから身ぃ乗り出して、もう終わりにするて言うてるねん。", "suicide"],
  ["今、鴫ヶ岳の展望台におるとよ。柵ば越えたけん、もう戻らん。", "suicide"],
  [
    "職場の同僚が会議室の窓を開けて外へ身を乗り出し、死ぬと申しております。至急どなたかお願いいたします。",
    "suicide",
  ],
  [
    "寮の隣の部屋の学生が、今から首を吊るとネットで配信していて、部屋の鍵がかかっています。",
    "suicide",
  ],
  [
    "I took all of my antidepressants about twenty minutes ago. I don't want to be here anymore.",
    "suicide",
  ],
  [
    "My grandson is sitting on the railway crossing near the ward office and says he'll wait for the next train.",
    "suicide",
  ],
  [
    "There's a woman on the roof of the Sumiregaoka shopping centre car park, outside the barrier, crying and shouting that she wants to die.",
    "suicide",
  ],
  ["Eu estou na ponte agora e não aguento mais. Vou pular.", "suicide"],
  ["Meu filho de dezesseis anos está trancado no quarto com uma corda e não responde.", "suicide"],
  ["저 지금 손목을 그었어요. 피가 멈추지 않아요.", "suicide"],
  ["친구가 지금 하기오강 다리 난간 밖에 서 있다고 마지막 문자를 보냈어요.", "suicide"],
  ["Mi esposo se está ahorcando en el garaje, ya tiene la cuerda al cuello.", "suicide"],
  ["Me tomé todas las pastillas para dormir y ya no siento las manos.", "suicide"],
  ["Em tôi vừa uống thuốc diệt chuột và nói muốn chết, bây giờ em ấy nôn ra máu.", "suicide"],
  ["我现在站在楼顶上，真的不想活了。", "suicide"],
  ["我室友在浴室里割腕，门锁着，地上都是血。", "suicide"],
  ["Suami saya sedang berdiri di pinggir atap apartemen dan bilang mau lompat.", "suicide"],
  ["Saya sudah minum banyak obat tidur, saya tidak mau hidup lagi.", "suicide"],
  ["Ang anak kong babae ay naglaslas ng pulso ngayon lang, ang dami ng dugo.", "suicide"],
  ["พ่อของฉันกำลังผูกเชือกกับขื่อในโรงรถ เขาบอกว่าจะฆ่าตัวตาย", "suicide"],
  ["母が踏切の中に入って座り込んで、死なせてと言っています。遮断機が下りてきました。", "suicide"],
  // abuse: 20 errands, then 20 direct
  [
    "児童手当の振込日を聞きたいんですが、隣の部屋から今、男の人が子どもを殴る音と、やめてって泣く声がずっと聞こえています。",
    "abuse",
  ],
  [
    "要介護認定の訪問調査の日程の件ですが、今向かいの家で、息子さんがおばあさんを玄関の外に突き飛ばして鍵を閉めてしまいました。雨の中で倒れたままです。",
    "abuse",
  ],
  [
    "保育園の書類のことやねんけど、今、上の階のおかんが子どもの頭を水張った洗面器に押し付けてるのがベランダ越しに見えてん。",
    "abuse",
  ],
  [
    "こどもの けんしんの よやくを したいです。 となりの いえで いま おとうさんが こどもを ベルトで たたいて います。 こどもが ないて います。",
    "abuse",
  ],
  [
    "えー ごみ袋の 値段を えっと あの すみません となりの おばあちゃんが あの 息子さんに ずっと 殴られてて いま 声が しなく なって",
    "abuse",
  ],
  [
    "デイサービスの送迎の運転手です。迎えに来たら、利用者のおじいさんが真冬なのに縁側で肌着のまま柱に縛りつけられていて、家族が出てきません。",
    "abuse",
  ],
  [
    "子ども医療証の再発行の件でございますが、只今、隣家の母親が幼児の腕に熱したアイロンを押し当てており、悲鳴が続いております。",
    "abuse",
  ],
  [
    "介護ベッドの返却のことで電話したんだども、隣の家のじいちゃんが三日も水もらえねで、窓から助けてって言ってんだ。",
    "abuse",
  ],
  [
    "I was calling about the after-school club fees, but the boy next door is locked out on the balcony in his underwear in the snow, and his mum is laughing inside.",
    "abuse",
  ],
  [
    "Liguei por causa da caderneta materno-infantil, mas a vizinha está agora batendo a cabeça do bebê na parede, e o choro parou.",
    "abuse",
  ],
  [
    "예방접종 예약 문의인데요, 옆집에서 지금 아빠가 초등학생 아들 목을 조르고 있어요. 창문으로 보여요.",
    "abuse",
  ],
  [
    "Llamo por la ayuda por hijos, pero en el piso de arriba una madre está quemando las manos de su niña en el fogón, la niña grita.",
    "abuse",
  ],
  [
    "Tôi định hỏi về sổ tay mẹ và bé, nhưng nhà bên cạnh người cha đang dùng gậy đánh đứa con nhỏ, nó đã ngã và không dậy.",
    "abuse",
  ],
  ["我想问一下托儿所申请的事，但是楼下的爸爸现在正在用烟头烫孩子的手臂，孩子一直在哭喊。", "abuse"],
  [
    "Tadinya mau tanya soal surat pajak, tapi tetangga saya sedang mengikat nenek mereka di kursi dan memukulnya dengan sapu, dia berdarah.",
    "abuse",
  ],
  [
    "障害福祉サービスの受給者証のことなんですが、弟の通う作業所で、今職員が弟を床に押さえつけて顔を何度も叩いていると、弟本人から電話が来ました。",
    "abuse",
  ],
  [
    "見守りの登録に来た民生委員ですが、さっき訪ねたお宅で、寝たきりのお母さんが一週間何も食べさせてもらえず、床ずれから膿が出ていて、今も一人で寝かされています。",
    "abuse",
  ],
  [
    "乳幼児健診の日を聞きたいんじゃけど、隣の若い父親が赤ちゃんを布団に放り投げよるのが見えたんよ。今もずっと泣きよる。",
    "abuse",
  ],
  [
    "Tungkol sana sa child allowance ang tawag ko, pero ang kapitbahay namin ay ikinulong ang maliit na anak sa aparador nang dalawang araw na walang pagkain, naririnig ko siyang umiiyak ngayon.",
    "abuse",
  ],
  [
    "あの 駐車場の え 場所を 聞きたいん ですけど えっと いま 駐車場の 車の 中に 赤ちゃんが ひとりで ぐったり して あの 窓 しまってて 親が いなくて",
    "abuse",
  ],
  ["隣の家の子が、今ベランダに出されて、もう三時間裸足で泣いています。外は氷点下です。", "abuse"],
  [
    "施設の夜勤のヘルパーが、今、認知症の入居者の口にタオルを押し込んで殴っています。私は同じ夜勤の者です。",
    "abuse",
  ],
  ["ままがねいもうとのくびをぎゅってしてるのいもうとうごかないの", "abuse"],
  ["おとうさんがぼくのことたたいてちがでてるのいまおしいれにかくれてる", "abuse"],
  ["ごはんずっとたべてないのままかえってこないのおみずもないの", "abuse"],
  ["となりの おじいさんが むすこに なぐられて います。 いま ちが でて います。", "abuse"],
  [
    "もしもし えっと 上の 階で あの 子どもが ずっと え ごめんなさい ごめんなさいって 叫んでて どんって 音が して 静かに なりました",
    "abuse",
  ],
  ["隣ん家の子が、親父さんに階段から蹴り落とされたとよ。いま下で動かんと。", "abuse"],
  [
    "My neighbour is holding her toddler under the bath water, I can see it through the window, please send someone.",
    "abuse",
  ],
  [
    "The man who runs the group home I live in has locked my friend in the storeroom without food since Friday and he is begging to get out.",
    "abuse",
  ],
  [
    "Meu tio está batendo na minha avó com a bengala dela, ela tem noventa anos e está caída no chão.",
    "abuse",
  ],
  ["요양원에서 지금 직원이 할머니를 휠체어에 묶어 놓고 뺨을 때리고 있어요.", "abuse"],
  ["Mi padre le está quemando los brazos a mi hermanito con un cigarro ahora mismo.", "abuse"],
  [
    "Con tôi gọi về từ trường, nói cô giáo đang nhốt nó trong kho và đánh nó bằng thước, nó đang khóc.",
    "abuse",
  ],
  ["邻居家的老人被儿子锁在阳台上，已经两天没给水喝了，现在躺着不动。", "abuse"],
  [
    "Anak tetangga saya dipukuli ayahnya dengan kayu sekarang, dia sudah berhenti menangis.",
    "abuse",
  ],
  ["เพื่อนบ้านกำลังตีลูกสาวตัวเล็กด้วยเข็มขัดไม่หยุด เด็กร้องจนเสียงแหบแล้ว", "abuse"],
  ["छिमेकीको बुवाले अहिले सानो छोरालाई लठ्ठीले पिटिरहेका छन्, ऊ बेहोस जस्तो छ।", "abuse"],
  [
    "向かいの家のおっさんが、認知症のおかんを庭の物置に閉じ込めて、外から南京錠かけとんねん。中から叩く音してる。",
    "abuse",
  ],
  [
    "当方の勤務する保育施設にて、只今、保育士が園児の口を粘着テープでふさぎ、押し入れに閉じ込めております。",
    "abuse",
  ],
  // violence: 22 errands, then 23 direct
  [
    "印鑑登録の廃止の手続きなんですが、今、元夫が玄関のドアを金槌で叩き壊そうとしていて、殺すって叫んでいます。",
    "violence",
  ],
  [
    "転出届のことで電話しました。今、夫が包丁を持ったまま寝室の前にいて、子どもと私は中に閉じこもっています。",
    "violence",
  ],
  [
    "区役所の一階ロビーにいます。住民票の順番を待っていたら男がナイフを振り回して、もう一人刺されて倒れています。",
    "violence",
  ],
  [
    "資源ごみの日聞こう思てんけど、いま表の通りで若いのが五、六人でおっちゃん一人囲んで、バットでしばいとる。",
    "violence",
  ],
  [
    "市県民税の督促状のことで来たっちゃけど、駐車場で男が女の人の髪ば掴んで車に引きずり込もうとしよる。",
    "violence",
  ],
  [
    "じゅうしょの てつづきに きました。 いま そとで おとこの ひとが おんなの ひとを なんども なぐって います。",
    "violence",
  ],
  [
    "えっと 納税証明書の え 発行を あの すみません いま 外で 誰かが え 刃物 持って 追いかけて きてて 逃げて ます いま",
    "violence",
  ],
  [
    "恐れ入ります、がん検診の予約の件でしたが、只今、区役所二階の窓口前で男性が職員の首を絞めております。至急応援をお願いいたします。",
    "violence",
  ],
  [
    "空き家の草刈りの件で来たら、隣の空き家で男二人が一人ば鉄パイプで殴ってんだ。倒れた人がもう動かねぇ。",
    "violence",
  ],
  [
    "I'm at the desk to update my residence card address, and a man in the car park just smashed a car window and is dragging the driver out and punching her.",
    "violence",
  ],
  [
    "Sorry, I was calling about my pension exemption, but my ex-boyfriend is outside my door right now with a knife, saying he'll kill me if I don't open it.",
    "violence",
  ],
  [
    "Era sobre o imposto do carro, mas meu ex-marido acabou de quebrar a janela e está dentro de casa com uma faca.",
    "violence",
  ],
  [
    "전입신고 때문에 왔는데요, 구청 앞에서 지금 남자가 여자를 칼로 찔렀어요. 피를 많이 흘려요.",
    "violence",
  ],
  [
    "Necesito el certificado de residencia, pero en la calle de enfrente un hombre está golpeando a otro con una llave inglesa y no para.",
    "violence",
  ],
  [
    "Xin lỗi, việc phí bảo hiểm để sau, chồng tôi đang say và cầm dao đuổi tôi quanh nhà, tôi đang trốn trong nhà vệ sinh.",
    "violence",
  ],
  ["我想问大件垃圾的预约，可是楼上的男人现在拿着斧头砸邻居的门，说要杀了他们。", "violence"],
  [
    "Saya lagi antre ambil kartu My Number, dan di halte bus depan kantor ada orang yang menusuk penumpang dengan pisau.",
    "violence",
  ],
  [
    "Para sana sa health check ng buntis ang tanong ko, pero sinakal ako ng kinakasama ko kanina at nasa labas pa siya ng pinto ngayon, may hawak na martilyo.",
    "violence",
  ],
  [
    "国民年金の学生納付特例の件なんですが、今アパートの隣の部屋で男の人が女性を壁に叩きつけていて、もう声が聞こえなくなりました。",
    "violence",
  ],
  [
    "駐輪場の場所を聞きたかったんですが、駅の駐輪場で中学生くらいの子が大人数人に囲まれて蹴られ続けています。",
    "violence",
  ],
  ["म करको कागजको लागि फोन गरेको, तर मेरो श्रीमान् अहिले चक्कु लिएर मलाई मार्छु भन्दै हुनुहुन्छ।", "violence"],
  ["จะถามเรื่องวันเก็บขยะค่ะ แต่ตอนนี้ผู้ชายห้องข้างๆ กำลังทุบประตูห้องฉันด้วยขวาน บอกว่าจะฆ่า", "violence"],
  ["夫に首を絞められて、今トイレに逃げ込みました。外からドアを蹴っています。", "violence"],
  [
    "萩尾川の河川敷で、男の人が若者何人もに囲まれて殴られていて、川に突き落とされそうです。",
    "violence",
  ],
  ["コンビニの前で、男がスパナで店員さんを殴って、店員さんが血を流して倒れています。", "violence"],
  ["おとうさんがおかあさんのことほうちょうでおいかけてるのこわい", "violence"],
  ["しらないおじさんがおねえちゃんをくるまにむりやりのせてつれていこうとしてる", "violence"],
  ["いま わたしの いえに まえの おっとが はいって きました。 ナイフを もって います。", "violence"],
  ["あの いま 商店街で あの 男が え 通行人を 次々 殴って あ また 一人 倒れた", "violence"],
  [
    "すいません あの 彼氏が えー 今 ベランダから 私を 落とそうと して て 手すりに しがみついて て",
    "violence",
  ],
  ["隣の部屋で今、男が女の人の顔に熱湯ぶっかけよってん。叫び声ずっとしてる。", "violence"],
  ["飲み屋の前で男が割れた瓶で相手の首を切りよった。血がようけ出とる。", "violence"],
  [
    "只今、庁舎の正面玄関前で、男性が刃物を持って通行人を脅しており、一名負傷しております。",
    "violence",
  ],
  [
    "My husband just hit me with the iron, I'm bleeding from the head and he's still in the house looking for me.",
    "violence",
  ],
  [
    "Two men are stabbing each other outside the pachinko hall by the Sumiregaoka bus terminal.",
    "violence",
  ],
  [
    "A man on the bus just threw some liquid in a woman's face and she's screaming that it burns.",
    "violence",
  ],
  [
    "Meu namorado está batendo minha cabeça no chão, consegui pegar o telefone, por favor.",
    "violence",
  ],
  ["지금 술 취한 남자가 편의점 앞에서 사람을 벽돌로 내리치고 있어요.", "violence"],
  ["Mi exnovio me está esperando abajo con una pistola, dice que hoy me mata.", "violence"],
  [
    "Có một nhóm người đang đánh một người nước ngoài bằng gậy bóng chày ở công viên, anh ấy đã bất tỉnh.",
    "violence",
  ],
  ["我老公刚才用刀砍了我的手臂，现在还在客厅里，我躲在卧室。", "violence"],
  ["Pacar saya sedang mencekik teman saya di dapur, wajahnya sudah biru.", "violence"],
  [
    "May lalaking nananaksak ng mga tao sa loob ng tren papuntang Sumiregaoka, nandito ako sa kasunod na bagon.",
    "violence",
  ],
  [
    "自宅に知らない男が押し入ってきて、今父が包丁で刺されました。男はまだ家の中にいます。",
    "violence",
  ],
  ["DVで別れた夫が今、実家の前まで来ていて、車で私をひこうと何度もバックしてきます。", "violence"],
  // medical: 28 errands, then 27 direct
  [
    "高額療養費の申請のことで電話したんですが、いま主人が急に胸を押さえて倒れて、息をしていないみたいなんです。",
    "medical",
  ],
  [
    "ごみの収集日を聞きたくて。あ、ちょっと待って、父が急にろれつが回らなくなって、右手が動かないって言っています。",
    "medical",
  ],
  [
    "母子手帳の再交付に来たんですが、待合の長椅子で妊婦さんがたくさん出血して、床に座り込んでしまいました。",
    "medical",
  ],
  [
    "軽自動車税の納付のことやけど、ちょっと待って、じいちゃんが餅喉に詰めて顔真っ青になってる。",
    "medical",
  ],
  [
    "葬祭費の申請のことでかけたっちゃけど、いま婆ちゃんが風呂に沈んどったとよ。引き上げたけど息しとらん。",
    "medical",
  ],
  [
    "空き家の解体補助のこと聞きてがったんだども、雪下ろししてた父ちゃんが屋根から落ちて、頭から血ぃ出して動かねえんだ。",
    "medical",
  ],
  [
    "こんにちは。 マイナンバーカードの ことで でんわ しました。 でも いま おっとが たおれて めを あけません。",
    "medical",
  ],
  [
    "あの 保険証の ええと 資格確認書 あの すみません 子どもが いま けいれん して て えっと 白目 むいて 止まらない んです",
    "medical",
  ],
  [
    "予防接種の予約の件でお電話いたしましたが、只今、父が庭で蜂に刺されまして、全身に発疹が出て呼吸が苦しいと申しております。",
    "medical",
  ],
  [
    "えー 粗大ごみの 申し込み あの 冷蔵庫を えっと あっ 妻が 階段から 落ちて あの 頭から 血が 意識が ない です",
    "medical",
  ],
  [
    "Hi, I'm calling about the specific health check, but my colleague just collapsed at his desk and isn't breathing, someone's doing CPR.",
    "medical",
  ],
  [
    "Sorry, it's about the disability certificate renewal, but my son's lips are turning blue, he ate peanuts at a party and says his throat is closing.",
    "medical",
  ],
  [
    "Liguei sobre a inscrição da creche, mas meu filho caiu na piscina do prédio e não está respirando.",
    "medical",
  ],
  [
    "건강검진 예약하려고 했는데요, 지금 어머니가 갑자기 쓰러지셔서 말을 못 하시고 한쪽 얼굴이 처졌어요.",
    "medical",
  ],
  [
    "Perdón, iba a preguntar por la tarjeta del seguro, pero mi padre está en el suelo con un dolor de pecho muy fuerte y sudando frío.",
    "medical",
  ],
  [
    "Tôi gọi hỏi về giấy chứng nhận thuế, nhưng đồng nghiệp tôi vừa bị máy ép kẹp tay ở xưởng, máu chảy rất nhiều.",
    "medical",
  ],
  [
    "我想问一下国民健康保险的事，但我女儿刚才吞下了一颗纽扣电池，现在一直流口水，说喉咙痛。",
    "medical",
  ],
  [
    "Permisi, soal pemeriksaan kanker nanti saja, ibu mertua saya baru saja jatuh di kamar mandi dan tidak sadar.",
    "medical",
  ],
  [
    "Magtatanong lang sana ako tungkol sa pension, pero ang tatay ko ay hindi makahinga ngayon, inaatake siya ng hika at ubos na ang inhaler niya.",
    "medical",
  ],
  ["เรื่องประกันสุขภาพไว้ก่อนนะคะ ตอนนี้ลูกชายฉันโดนน้ำร้อนลวกทั้งตัว เขากรีดร้องอยู่", "medical"],
  [
    "デイサービスの迎えの時間の確認なんですが、いま送迎車の中で利用者のおばあさんが急に意識がなくなって、呼びかけても反応しません。",
    "medical",
  ],
  [
    "放課後クラブのお迎えに来たんですが、校庭の鉄棒から落ちた男の子が首が痛いと言って、ぐったりしています。",
    "medical",
  ],
  [
    "自立支援医療の更新の件で電話したんですが、今、隣の工事現場で足場が崩れて、作業員の人が下敷きになっています。",
    "medical",
  ],
  [
    "生活保護の担当の宇佐美さんに伝言をお願いしたかったんですが、今、母が低血糖で冷や汗をかいて、呼んでも返事がおかしいんです。",
    "medical",
  ],
  [
    "ごみ袋の値段聞こう思うたら、横で孫が熱出してひきつけ起こしとって、もう五分止まらんのよ。",
    "medical",
  ],
  [
    "아동수당 문의 때문에 전화했는데요, 지금 아내 진통이 너무 빨라서 아기가 나오고 있어요.",
    "medical",
  ],
  [
    "Quería saber los días de la basura, pero en la calle un camión acaba de atropellar a un niño en bicicleta y no se mueve.",
    "medical",
  ],
  [
    "解体補助の現地確認で空き家に来ている者ですが、解体中の家で作業員が二階から落ちて、息はあるけど返事がありません。",
    "medical",
  ],
  ["夫が息をしていません。さっきまで普通に話していたのに。", "medical"],
  ["娘が萩尾川で流されました。堰のあたりです。もう姿が見えません。", "medical"],
  ["父の家に来たら部屋がすごく暑くて、父が床に倒れていて、体が熱くて返事をしません。", "medical"],
  ["おばあちゃんがたおれてへんないびきしておきないの", "medical"],
  ["あかちゃんがいきしてないみたいかおがしろいの", "medical"],
  ["いま こうじょうで ともだちの てが きかいに はさまれました。 ちが とまりません。", "medical"],
  ["おっとが むねが いたいと いって たおれました。 あせが すごいです。", "medical"],
  [
    "もしもし 息子が あの 自転車で え 転んで 頭 打って あの 吐いて ます 意識が ぼーっと して",
    "medical",
  ],
  ["あの 家事 です あ 火事 です あの アパートの 二階から 煙が 出てて 中に まだ 人が", "medical"],
  ["おとんが草刈り機で足ざっくりいってもうて、血ぃ止まらへんねん。", "medical"],
  ["田んぼの用水路に軽トラごと落ちて、じいちゃんが中に閉じ込められとる。", "medical"],
  ["山菜採りさ行った母ちゃんが、毒キノコ食ったみてぇで、吐いてぐったりしてんだ。", "medical"],
  ["弊社の倉庫にて、従業員がフォークリフトの下敷きになり、意識がございません。", "medical"],
  [
    "My wife is eight months pregnant, she's bleeding heavily and says the baby has stopped moving.",
    "medical",
  ],
  [
    "My little boy drank kerosene from the heater pump and he's coughing and being sick.",
    "medical",
  ],
  [
    "An old man just fell down the escalator at Sumiregaoka station and hit his head, he's not moving.",
    "medical",
  ],
  ["Meu pai caiu da escada e está com o osso da perna para fora, sangrando muito.", "medical"],
  ["Minha bebê está com quarenta graus de febre e não acorda direito, está toda mole.", "medical"],
  ["아버지가 당뇨가 있으신데 지금 쓰러져서 식은땀을 흘리시고 말을 못 하세요.", "medical"],
  [
    "Hay un hombre tirado en el parque que no respira, ya empezamos a darle masaje en el pecho.",
    "medical",
  ],
  ["Vợ tôi bị dị ứng tôm, mặt và cổ đang sưng lên, không thở được.", "medical"],
  ["我爷爷在公园里突然倒下了，叫不醒，嘴唇发紫。", "medical"],
  ["Anak saya jatuh dari lantai dua rumah, kepalanya berdarah dan dia tidak menangis.", "medical"],
  [
    "Nahulog sa ilog ang kaibigan ko at hindi siya marunong lumangoy, inaanod siya ngayon.",
    "medical",
  ],
  ["คุณยายของฉันหายใจไม่ออก ริมฝีปากเขียวแล้ว", "medical"],
  ["मेरो श्रीमती अचानक ढल्नुभयो, बोल्नुहुन्न, सास मात्र अलिअलि छ।", "medical"],
  [
    "駅前の歩道で、自転車とぶつかったおじいさんが頭から血を流していて、呼びかけに答えません。",
    "medical",
  ],
];

/** Ordinary desk traffic that borrows crisis words; the desk must not raise the emergency route. */
export const RED_TEAM_34_LOOK_ALIKES: readonly string[] = [
  // borrowing suicide and self-harm words (60)
  "仕事が忙しくて死にそうなので、住民票はコンビニで取れるか教えてください。",
  "首が回らないくらい税金がたまってしまって、分割で納付できるか相談したいです。",
  "図書館で借りた推理小説、犯人が崖から飛び降りる結末だったんですけど、返却は区役所の窓口でもできますか。",
  "ゲートキーパー養成講座、自殺予防の研修ですね、あれの申込みはどこの課ですか。",
  "去年のキャンプで余った練炭と七輪、燃えないごみで出していいですか。",
  "物置に古い農薬と除草剤の残りがあるんですが、何ごみで出せばいいですか。",
  "遺書と遺言書の違いもよく分からないんですが、遺言書を預かってもらえる所はありますか。",
  "息子がゲームで、もう死んだ、また死んだって騒いでうるさいんですけど、それより児童手当の口座変更をお願いします。",
  "暑うて死ぬわ、ほんま。駐輪場の定期って今からでも買えるん？",
  "孫の運動会で笑い死ぬかと思ったばい。あ、そいで乳幼児健診の日ば聞きたかとです。",
  "腰痛くて死にそうだども、介護認定の申請ってどこでするんだべ。",
  "ゲームの なかで なんども しにました。 あはは。 マイナンバーカードの あんしょうばんごうを わすれました。",
  "ぼくのかぶとむしがしんじゃったのどうしたらいいの",
  "ゲームでまたしんじゃったのおにいちゃんがずるいの",
  "えっと あの し しに… 市の 西部 出張所 って 土曜日 も 開いて ますか",
  "あの もしもし くびつ… 首都圏 から 転入 して きた んですけど 手続き を",
  "あの とびお… 飛び入り で あの 健診 って 受け られ ますか",
  "えー りすとか… リスト化 された 空き家の 一覧 って 見られ ますか",
  "This paperwork is killing me. Which form do I need for the child-rearing allowance?",
  "I'm dying to know when the new bin bags go on sale at the supermarket.",
  "I'd like to sign up for the suicide-prevention gatekeeper course the city advertised in the newsletter.",
  "My goldfish died this morning. Can I bury it in the garden, or does it go out with burnable rubbish?",
  "Estou morrendo de fome, a que horas abre a cantina da prefeitura?",
  "Vi uma novela ontem em que a personagem se mata, chorei muito. Mas enfim, quero saber do seguro nacional de saúde.",
  "배고파 죽겠어요. 구청 식당은 몇 시까지 하나요?",
  "드라마에서 주인공이 다리에서 뛰어내리는 장면을 하기오강 다리에서 찍었다던데, 관광 안내는 어디서 하나요?",
  "Me muero de ganas de ver a mis nietos. ¿Cómo cambio la dirección en la tarjeta de residencia?",
  "Tengo una cuerda larga de tender la ropa y una escalera rota para tirar, ¿son basura grande?",
  "Tôi mệt muốn chết vì chuyển nhà, cho hỏi thủ tục chuyển đến làm ở đâu?",
  "我快累死了，搬家以后住民票要在几天之内办？",
  "我们公司想参加预防自杀的讲座，请问报名截止是哪天？",
  "Mau buang tali tambang bekas dan tangga lipat yang rusak, itu sampah apa?",
  "Patay na patay ako sa pagod, pero gusto ko lang itanong ang oras ng opisina bukas.",
  "ปลาทองของลูกตายแล้ว ต้องทิ้งเป็นขยะประเภทไหนคะ",
  "मेरो हजुरबुवा दस वर्ष अघि बित्नुभयो, अहिले उहाँको घर खाली छ, खाली घर बैंकमा दर्ता गर्न चाहन्छु।",
  "兄が五年前に自ら命を絶って、その時は大変お世話になりました。今日は母の介護保険料のことでお電話しました。",
  "高校の文化祭で心中ものの人形浄瑠璃を上演するので、市民ホールの予約の仕方を知りたいです。",
  "料理中に手首のあたりを包丁で切っちゃって、もう絆創膏で治りました。それより母子手帳の再交付をお願いしたいです。",
  "死亡届を出したあと、葬祭費の申請はどこに出せばいいですか。",
  "夫が亡くなって三年になります。遺族年金のことで相談したいです。",
  "吊り下げ式の物干しと古い物干しロープを捨てたいんですが、粗大ごみになりますか。",
  "ビルの屋上から飛び降りる場面のある映画のロケを市内でやるそうで、交通規制の問い合わせ先はどこですか。",
  "死ぬ前に身の回りを整理しておきたくて、終活ノートの配布はどの課でしているんでしょうか。",
  "薬局で薬を三か月分まとめてもらったら、保険証じゃなくて資格確認書を出してと言われました。",
  "自殺対策についての市民アンケートが届いたんですが、締切はいつでしょうか。",
  "うちの猫が昨日死んでしまって、亡骸は市で引き取ってもらえますか。",
  "死ぬほど笑うたわ、あんたの言い間違い。ほいで、国保の保険料の通知のことなんじゃけど。",
  "清水の舞台から飛び降りる思いで家買うたのに、固定資産税の納付書まだ来えへんねん。",
  "先般の自殺予防週間の啓発ポスターを当自治会の掲示板にも掲示いたしたく、配布をお願い申し上げます。",
  "あの いしょ… 衣装 ケース 二つ 粗大ごみで 出したい んですけど",
  "えっと しにたい… あ じゃなくて 寝台 あの ベッドの 処分 で 電話 しました",
  "ともだちの おかあさんが なくなりました。 そうぎの あと、 なにか てつづきが ありますか。",
  "ゲートキーパー けんしゅうに でたいです。 にほんごが すこし でも だいじょうぶ ですか。",
  "I found my late grandmother's old razor blades and a box of pills in her empty house. How do I throw them away safely?",
  "Our theatre group is staging Hamlet, drowning scene and all, and we need the ward hall for rehearsals.",
  "Meu cachorro morreu ontem de velhice. A prefeitura recolhe animais mortos?",
  "몇 년 전에 형이 스스로 목숨을 끊었을 때 도움을 받았어요. 오늘은 어머니 장기요양 건으로 전화했어요.",
  "El curso de prevención del suicidio para profesores, ¿todavía tiene plazas?",
  "Rasanya saya sudah mati rasa karena antre lama, tapi mau tanya dokumen untuk pindah alamat.",
  "My teenage nephew says I'm dead every time something is funny, it's so odd. Anyway, how do I apply for the after-school club?",
  // borrowing abuse words (40)
  "児童虐待防止の研修会、民生委員向けのものの日程を教えてください。",
  "オレンジリボンのバッジ、虐待防止キャンペーンの配布物をうちのお店にも置きたいんですが。",
  "上司にこき使われて虐げられてる毎日ですが、それはさておき納税証明書を一通お願いします。",
  "うちのトイプードルが、散歩に行かないのは虐待だって顔でこっちを見てます。ところで犬の登録は何課ですか。",
  "読書会で児童虐待を扱った小説を取り上げるので、子ども家庭課の方にお話をしてもらえないかと思って。",
  "母を施設に入れたら親戚に親を捨てたと言われて。施設の費用の軽減制度はありますか。",
  "去年、隣の家の子が児童相談所に保護されたことがあって、その家が今は空き家になっていて草が伸び放題なんです。",
  "兄弟げんかで弟が泣かされてばっかりで。あ、学童保育の申込み期限はいつですか。",
  "高齢者虐待防止法の改正について、ケアマネ向けの説明会はありますか。",
  "子どもを叱るときについ声が大きくなってしまうので、子育て相談の予約を取りたいんです。",
  "ネグレクトをテーマにした卒業論文を書いていて、市の統計資料を閲覧したいです。",
  "二十年も前に近所で虐待事件があったんですが、その跡地がずっと空き家のままで、どうにかならないでしょうか。",
  "保護犬を迎えたんですが、前の飼い主に虐待されていたらしくて。犬の鑑札はどこでもらえますか。",
  "祖母がデイサービスで閉じ込められたと言うので確かめたら、送迎車のチャイルドロックのことでした。送迎の時間を変えたいです。",
  "嫁はんの尻に敷かれて虐げられとるわ、ははは。で、印鑑証明ってなんぼ？",
  "孫がうちの猫ばいじめよるけん叱ったと。ところで孫の医療証の更新ばしたかです。",
  "盆栽ば放ったらかしにして枯らしたら、植木の虐待だって婆さんに言われたべ。ところで資源ごみの日は。",
  "宿題せんのなら晩ご飯抜きじゃ言うて脅したら、すぐやりよったわ。ほいで児童手当の現況届はもう要らんのん？",
  "弊社従業員向けに高齢者虐待の早期発見に関する研修を実施したく、講師派遣の可否をお伺いいたします。",
  "ほいくしの しかくを とりたいです。 ぎゃくたい ぼうしの べんきょうも ありますか。",
  "おねえちゃんがぼくのおやつとったのいじわるなの",
  "ままにおこられたのおもちゃかたづけなかったから",
  "あの せっか… 折半 で 払う って こと ですか あの 保育料 の",
  "えー ほうち… 放置 じゃなくて 報知器 あの 火災報知器 の 補助 は",
  "あの なぐら… 流れ 作業 の あの 就労 継続 支援 の 話 なんですけど",
  "あの こどもを たた… 畳 の 部屋で 預かって くれる 一時保育 って ありますか",
  "My kids say I'm abusing them by limiting screen time. Anyway, what documents do I need for the child allowance?",
  "We're running a child-protection awareness stall at the Sumiregaoka autumn fair; who should we talk to at the ward?",
  "The film society is screening a documentary about child labour and abuse; can we put a poster up in the lobby?",
  "Minha sogra diz que eu maltrato as plantas dela, rs. Mas quero saber do exame de saúde para gestantes.",
  "O meu filho chorou porque tirei o celular dele e disse que ia me denunciar, rs. Quero saber do abono para crianças.",
  "저희 학원 강사들이 아동학대 신고 의무 교육을 받아야 하는데, 신청 방법을 알려 주세요.",
  "시어머니가 저를 구박한다고 남편이 놀려요. 그건 그렇고 주민표 발급은 얼마예요?",
  "Mi hijo dice que lo maltrato porque no le compro un móvil. ¿Dónde se pide plaza en la guardería?",
  "Hồi nhỏ em trai tôi hay bị bạn bắt nạt, giờ nó đã lớn rồi. Tôi muốn hỏi về lương hưu quốc dân cho nó.",
  "我婆婆总说我虐待她的花，哈哈。我想问一下儿童补贴的事。",
  "Majikan kakak saya dulu jahat, tapi dia sudah pindah kerja dua tahun lalu. Sekarang saya mau tanya kartu asuransi.",
  "Sabi ng lola ko, inaabuso ko raw ang aircon, haha. Magkano po ang garbage bag?",
  "ลูกบอกว่าแม่ใจร้ายเพราะไม่ให้เล่นเกม ขอถามเรื่องเงินช่วยเหลือเด็กค่ะ",
  "हाम्रो विद्यालयका शिक्षकहरूका लागि बाल दुर्व्यवहार रोकथाम तालिम कहिले हुन्छ?",
  // borrowing violence words (45)
  "包丁とまな板を新しくしたので、古い包丁は何ごみで出せばいいですか。",
  "護身術の教室が公民館であると聞いたんですが、申込み先はどこですか。",
  "夫婦げんかは犬も食わないって言いますけど、世帯を分ける手続きってどこでできますか。",
  "息子が使っていた剣道の竹刀と防具を処分したいんですが、粗大ごみですか。",
  "刑事ドラマの撮影で区役所の前を使うそうですが、その日も来庁者の駐車場は使えますか。",
  "隣の夫婦が去年の春に大げんかして警察が来たことがありましたけど、もう引っ越していません。それとは別に、工事の騒音の苦情はどこですか。",
  "息子が格闘技のジムで毎日殴られて帰ってきます、スパーリングですけどね。あ、国保の加入手続きをしたいんです。",
  "殴り書きのメモしか残っていなくて、申請書の控えを再発行してもらえますか。",
  "血で血を洗う相続争いになってまして、相続した空き家の名義のことで相談したいです。",
  "防犯講習で、刃物を持った不審者役の警察官と訓練をするそうですが、参加申込みは何課ですか。",
  "昔ストーカーに悩まされていた時期に住民票の閲覧制限をかけていました。もう解決したので解除したいです。",
  "ボクシングジムの音が夜遅くまでうるさいので、苦情を言いたいです。",
  "夫が寝言でぶっ殺すぞと叫んで飛び起きたんです、夢の話ですけど。それより保険証が届かないんです。",
  "夏祭りの爆竹がバンバン鳴って銃声かと思いました。祭りのごみの持ち帰りルールってありますか。",
  "空き家の物置で草刈り機の刃と斧が出てきました。処分の方法を教えてください。",
  "しばいたろか、が口癖の上司がおってな、まあ冗談やけど。ほんで課税証明書ってどこで取れるん？",
  "祭りの喧嘩神輿でぶつかり合うとが楽しみやけん、その日も粗大ごみの収集はあると？",
  "熊よけのナタと鎌が古くなったから捨ててぇんだども、何ごみだべ。",
  "昨日の野球、ボコボコにやられたのう。ほいでマイナンバーカードの更新はどこ行きゃええん？",
  "先週、当庁舎の正面玄関付近で発生した口論の件は既に警察により解決済みですが、防犯カメラ映像の保存期間をご教示ください。",
  "むかし わたしの くにで せんそうが ありました。 いまは にほんで あんぜんです。 ざいりゅうカードの じゅうしょを かえたいです。",
  "ほうちょうを すてたいです。 なにごみ ですか。",
  "おにいちゃんとたたかいごっこしてあそんだのおもしろかった",
  "ぼくのけんのおもちゃこわれちゃったのすてていいの",
  "えっと なぐ… 名草町 の ほうの あの 収集日 を 教えて ください",
  "あの ころ… コロッケ の 移動販売 の 許可 って あの どこの 課 ですか",
  "もしもし えー さし… 差し押さえ の 通知 が 来て えっと 税金 の",
  "えー なぐり… なぐさめ の 会 って いう 敬老会 の 申込み は どちら",
  "あの ばくは… 幕張 から 転入 して きた んです けど",
  "I need to get rid of an old baseball bat and a bent golf club. Oversized or burnable?",
  "We watched a gangster film last night and now my son wants a toy gun. Anyway, when is the infant health check?",
  "I was mugged in Lisbon three years ago and lost my passport; now I just need a copy of my residence certificate.",
  "Meu marido e eu brigamos por causa do time de futebol, rs. Qual o horário do setor de impostos?",
  "Quero jogar fora uma espada de decoração antiga, é lixo grande?",
  "어제 드라마에서 칼싸움 장면이 멋있었어요. 그런데 전출 신고는 며칠 안에 해야 하나요?",
  "태권도장에서 아이가 겨루기하다 발에 맞았는데 괜찮대요. 아이 의료증 갱신하려고요.",
  "Mis vecinos discutieron a gritos hace un mes, pero ya se mudaron. ¿A quién le digo lo del ruido de la obra?",
  "Voy a tirar un cuchillo de cocina oxidado, ¿cómo lo envuelvo?",
  "Con trai tôi học karate, hay đấm đá với em trong lúc chơi. Cho hỏi về trợ cấp nuôi con.",
  "我昨天看了一部武侠电影，打得很精彩。想问一下电动自行车的停车场在哪里。",
  "家里有一把旧菜刀和一把生锈的斧头要扔，是什么垃圾？",
  "Saya dulu pernah dirampok di stasiun, sudah lama sekali. Sekarang mau tanya tentang pajak kendaraan ringan.",
  "Nanood kami ng boxing kagabi, grabe ang suntukan. Anyway, kailan ang araw ng basurang plastik?",
  "ฉันอยากทิ้งมีดทำครัวเก่ากับกรรไกร ต้องทิ้งแบบไหนคะ",
  "हिजो मेरो छोरा र छोरीले खेल्दा झगडा गरे, अहिले मिलिसके। बाल भत्ताको बारेमा सोध्न चाहन्छु।",
  // borrowing medical words (55)
  "心肺蘇生の講習会、普通救命講習ですね、市で申込みできますか。",
  "AEDは区役所の中のどこに置いてありますか。子ども会で施設見学をするので確認したくて。",
  "三年前に父が脳梗塞で倒れましたが、今はリハビリも終わって元気です。介護認定の更新のことでお電話しました。",
  "税金の額を見て息が止まるかと思いました。固定資産税の計算を確認したいです。",
  "心臓が止まりそうなほど高いですね、粗大ごみの料金。冷蔵庫一台でいくらですか。",
  "水銀の血圧計が壊れたので捨てたいんですが、何ごみになりますか。",
  "うちのハムスターが昨日から元気がなくて、動物病院を市で紹介してもらえますか。",
  "娘が昨日自転車で転んで膝をすりむいたので、子ども医療証が使えるか確認したいです。",
  "娘が鼻水を出しているだけなんですが、休日の夜に開いている診療所の場所を知っておきたいです。",
  "父の葬儀が終わったので、葬祭費の申請に必要なものを教えてください。",
  "隣に倒れそうな空き家があって、台風が来る前に何とかしてほしいんです。",
  "母が使っていたインスリンの注射器と針は、どうやって捨てればいいですか。",
  "救急箱の中の古い薬と壊れた体温計を捨てたいんです。",
  "献血バスが区役所に来る日を教えてください。",
  "病院ドラマで心臓マッサージの場面を見て、救命講習を受けてみたくなりました。",
  "骨折したときに使っていた松葉杖が要らなくなりました。粗大ごみですか。",
  "ぎっくり腰で動けないというほどでもないんですが、窓口まで行くのがつらいので郵送で申請できますか。",
  "インフルエンザの予防接種、高齢者の助成はいつからですか。",
  "空き家の庭にスズメバチの巣があって、刺される前に駆除をお願いしたいです。",
  "熱が三十七度二分あるんですが、明日の特定健診は受けられますか。",
  "笑いすぎて息でけへんかったわ。ほんで、住民票って土曜も取れるん？",
  "胃が痛かったけど、もう薬飲んで落ち着いたけん。がん検診の予約ばしたかです。",
  "去年の冬さ屋根から落ちて骨折ったども、もう治ったべ。空き家の雪下ろしの補助はあるんだべか。",
  "わしの腰はもう治ったんじゃけど、母の介護ベッドのレンタルの話を聞きたいんよ。",
  "腹ぺこで倒れそうやわ。庁舎の食堂って何時までやってるん？",
  "本日午前、当館で来館者が一時体調を崩されましたが、既に回復され帰宅されました。つきましてはAEDの点検時期をお伺いします。",
  "こどもが ねつが でて きのう びょういんに いきました。 いまは げんきです。 いりょうしょうの ことを ききたいです。",
  "きゅうきゅうしゃの よびかたを べんきょう したいです。 にほんごの れんしゅう です。",
  "ころんでひざからちがでたけどばんそうこうはったからもうだいじょうぶ",
  "くまのぬいぐるみのうでがとれちゃったのびょういんごっこしてなおすの",
  "えっと ちが… 違います あの 地番 の ことで 固定資産税 の",
  "あの しんぱい… 心肺 じゃなくて 心配 ごと の 相談 窓口 は どこ ですか",
  "もしもし あの きゅうきゅ… 求職者 向けの あの 住居確保給付金 の",
  "えー たおれ… 束ねた 段ボール って あの 何曜日 に 出せば",
  "あの おぼ… お盆 の 期間 の ごみ収集 は ありますか",
  "えっと いしき… 意識 調査 の あの アンケート が 届いた んですけど",
  "I'm having a heart attack over this tax bill! Just kidding. Can I pay it in instalments?",
  "My son broke his arm last month playing football. It's healed now, but can I still use the child medical card for last month's visits?",
  "Is there a first aid course this winter for parents, about choking and CPR for babies?",
  "Our cat was hit by a car last week and the vet saved him. What do I do with the old cat carrier, is it oversized rubbish?",
  "I cut my finger slicing onions this morning, it's fine now with a plaster. I'm calling about the recycling day.",
  "Quase tive um ataque cardíaco com o preço do aluguel, rs. Onde peço o auxílio para moradia?",
  "Há dois anos meu pai teve um AVC e já se recuperou. Quero renovar a avaliação de cuidados dele.",
  "작년에 아버지가 맹장 수술을 받으셨는데 지금은 건강하세요. 고액요양비 신청은 아직 가능한가요?",
  "아기가 어제 열이 났는데 지금은 내렸어요. 예방접종 날짜를 바꿔도 되나요?",
  "Me voy a desmayar del aburrimiento en esta fila, ¿cuánto falta para mi número?",
  "Mi abuelo usaba oxígeno en casa y ya falleció hace meses; ¿cómo devuelvo o tiro el tanque?",
  "Tôi muốn hỏi về khám thai, tuần trước tôi bị ra máu một chút nhưng bác sĩ nói đã ổn rồi.",
  "Con mèo nhà tôi bị ốm, mấy hôm nay không ăn. Gần Sumiregaoka có phòng khám thú y nào không?",
  "我上个月食物中毒住院了，现在已经好了，想问一下高额疗养费怎么申请。",
  "我想报名参加急救培训班，学心肺复苏。",
  "Kemarin anak saya digigit anjing tetangga, sudah ke dokter dan diberi vaksin. Saya mau tanya soal kartu medis anak.",
  "Muntik na akong himatayin sa tuwa nang makita ko ang apo ko! Paano po magparehistro ng bagong silang?",
  "ฉันอยากนัดตรวจมะเร็งเต้านม แม่ของฉันเคยเป็นเมื่อสิบปีก่อนแต่หายแล้ว",
  "मलाई खोकी लागेको थियो, अब निको भयो। स्वास्थ्य जाँचको मिति जान्न चाहन्छु।",
];
