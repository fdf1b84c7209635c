// Crisis red team 33, frozen 2026-12-07.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 8bda6689e4c93159fd86bc097d1ede2481eb91bbadcabd6e4c996fcb7a3ff2ed
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-33.ts | sha256sum
// (written by hand into scratch lists, wrapped into this file by a small script, then formatted
// with Prettier, which only rewraps the array lines; the hash is of the formatted file.)
//
// Written blind: only these were read in the repository: the first 232 lines of
// crisis-red-team-32.ts (through `sed -n 1,232p`; this printed its header, its marker line, its
// body comment, its import and the opening line of its first array, but none of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. The task was read from its own
// prompt file, /tmp/prompts/full-rt33.md (with cat; no other prompt file was opened). No lexicon,
// test, script, doc, other fixture, other sample or red-team line was opened, git was not run, git
// history was not read, the repository was not grepped for phrases, the __fixtures__ folder was not
// listed, tsconfig.json and the Prettier config were not opened, nothing was imported from src/
// (the typescript package was loaded from node_modules only to transpile this file), no code or web
// search tool was used, and neither the engine, jest, the benchmarks nor the madoguchi command was
// run. Commands run, in order: cat on the prompt file; `date -u` and sed on crisis-red-team-32.ts
// as above in one call; sed on crisis-red-team.ts as above, cat on departments.csv, cat on
// DESIGN.md and `test -e` on this file's path (it did not exist) in one call; `mkdir -p /tmp/rt33`
// and a shell heredoc writing, in /tmp/rt33, the suicide crisis scratch list (fields separated by a
// vertical bar: kind, E for errand or D for direct, language, style, text), followed by `wc -l`,
// cut, sort and `uniq -c` counting errand and direct lines, and `date -u`; a heredoc writing the
// abuse and violence crisis list, the same count and `date -u`; sed re-wording one Thai abuse line
// (a clothes hanger, close to a wire hanger named in red team 32's header, made a broom handle), a
// heredoc writing the medical crisis list, `wc -l`, the errand and direct count and the languages
// and styles of all crisis lines, and `date -u`; a heredoc writing the suicide look-alike list (59
// lines), `wc -l` and `date -u`; sed re-wording one of them (a Dazai play, a topic red team 32's
// header names, made Chekhov's The Seagull), echo appending one line (a bicycle left in a blind
// spot), `wc -l`, `grep -c` and `date -u`; a heredoc writing the abuse look-alike list, `wc -l` and
// `date -u`; sed re-wording one abuse look-alike (training for nursery staff, named in red team
// 32's header, made abuse-prevention training for disability-service staff), tail, a heredoc
// writing the violence look-alike list, `wc -l` and `date -u`; a Python edit re-wording two
// violence look-alikes (a muddled speech-recognition near-miss, and a woman who fled her husband
// ten years ago, named in red team 32's header, made a former husband eight years ago), `wc -l`, a
// heredoc writing the medical look-alike list, `wc -l` and `date -u`; sed correcting one medical
// look-alike (a fixed-asset tax notice said to come from the tax office made to come from the
// city), a heredoc writing a one-off Python check (five fields, kinds, order and counts per kind,
// errand lines before direct ones, dash on look-alikes, styles, kana, child, dialect, formal and
// speech-recognition styles only in Japanese, spaces in kana and speech-recognition lines and none
// in child speech, ASCII double quotes, backslashes, backticks, tabs, double and edge spaces,
// distinct texts, lines sharing their first eight characters, longest line, languages and styles),
// the check run and `date -u`; `grep -n` for the four shared openings; a Python edit re-wording six
// openings that shared their first eight characters (two Spanish, two Indonesian, a Nepali and a
// Vietnamese line), grep, the check (cut with tail) and `date -u`; sed correcting the Indonesian
// wording of two of those lines, the check (cut with grep) and a loop of cut and nl printing the
// three crisis lists to read them over; sed re-wording one medical errand (a caller who had dialled
// the wrong counter, given the light-vehicle tax reduction as errand), `grep -c`, heredocs writing
// the body comment and a small Python script that wraps the lists into this file under a
// placeholder header, the script run into /tmp/rt33, `wc -l`, sed on lines 1-40, a Python check of
// comment-line lengths in characters (none over 100) and `date -u`; a Python edit of the list of
// near-miss words in the body comment, the script run, the length check, sed on lines 15-22, `test
// -e` on this file's path (absent) and `date -u`; cp of the result to this path, `npx prettier
// --write` and `--check` on this file only, `wc -l`, sed on lines 20-40, `grep -n` for the export,
// group-comment and closing lines, and `date -u`; two rounds of shortening the look-alikes' doc
// comment in the script (sed), each with the script run, cp, Prettier write and check, a
// line-length check (grep and awk, then Python) and `date -u`; a heredoc writing a node script that
// transpiled this file with the typescript package's transpileModule and counted its two arrays
// (200 and 200, kinds as below, 400 distinct texts, all pairs, all strings, the two export names),
// that script run, a one-off Python comparison of its strings with the scratch lists (same 400
// texts and kinds in the same order) and `date -u`; `timeout 300 npx tsc --noEmit -p tsconfig.json`
// started in the background with its output written to /tmp/rt33/tsc.out, sed and sha256sum on the
// body and `date -u`; a loop of cut and nl printing the four look-alike lists to read them over,
// and cat on tsc.out; a Python edit re-wording four look-alikes (a Spanish play that named Romeo
// first, a Kansai 死ぬほど待った idiom named in red team 32's header, a muddled axe-throwing line and an
// unclear child's line, made a child saying his father teases him), the check, the script run, cp,
// Prettier write and check, the node count, cat on tsc.out and `date -u`; `sleep 60`, cat on
// tsc.out and `date -u`; a heredoc writing this header's text and a Python script that wraps it and
// rewrites only the lines above the marker (with a line-length check), then, in one call, sed,
// sha256sum and cut taking the body's hash, that script run (it stopped at its own length check,
// which the hash line fails, before writing), cat on tsc.out and `date -u`; cat on tsc.out again
// (tsc had exited 0 with no output at all) and `date -u`; a Python edit exempting the hash and
// check lines from the length check and correcting details of this text (counts of errands, the
// weapons list, a caller's description), the script run, sed on lines 1-8 and `date -u`; and the
// final checks listed at the end of this header. Each line was written by hand into the scratch
// lists; no engine output was seen before or after writing. The import of RedTeamKind from
// ./crisis-red-team and the array shapes are taken from red team 32 and the format; the export
// names are RED_TEAM_33_CRISIS and RED_TEAM_33_LOOK_ALIKES, and both arrays are grouped under
// comments naming the kind (crisis) or the vocabulary borrowed (look-alikes).
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twenty-second ward office's desk over another year (the invented 鷺ノ森 ward on the
// invented 瑠璃川 river, with the invented hill 鳩ノ峰), in plain words and natural proportions, with new
// callers, errands, places and wordings. 100 of the crisis lines (suicide 30, abuse 20, violence
// 22, medical 28) begin as an ordinary errand at the desk and then say what is happening now; the
// other 100 are direct. Errands, across all eleven departments of departments.csv: opening hours,
// the bicycle-park season ticket; a residence certificate and its copy, seal registration and its
// certificate, a moving-out, a change-of-address notice, the residence card address and the My
// Number card (a parent's card, card collection booking); the NHI qualification certificate and
// card, high-cost medical expenses, funeral expenses, a pension exemption form, the national
// pension, the late-stage elderly insurance card and a call about late-stage elderly care; a tax
// certificate, a tax-payment certificate, a fixed-asset tax slip, the light-vehicle tax and its
// reduction, the municipal tax reminder, a payment; a message for the welfare caseworker 早乙女; the
// child allowance, its account and payment day, the child-rearing allowance status report, a child
// medical certificate, nursery application, papers and result, extended care, after-school club
// pick-up; the maternal and child handbook and its reissue, an infant health check, a child's
// health check, vaccination booking (twice) and a vaccination voucher, cancer and breast-cancer
// screening, a specific health check; care-need result, renewal and home-visit survey, the
// care-insurance premium notice, day-service pick-up (twice), care-bed rental, elder watch
// registration (twice); disability certificate renewal (twice), self-support medical care,
// disability services; the vacant-house bank on site, vacant-house weeding on site, the demolition
// subsidy on site; oversized-rubbish booking (four), recyclables day, the collection day and
// garbage-bag prices (three times). Callers: the person at risk, wives and husbands, mothers,
// daughters and sons, a sister, grandchildren, small children in unspaced kana, a dormitory
// room-mate, flatmates and friends, a group-home resident, a day-service driver, a care-home
// night-shift worker, a care-home visitor, a vacant-house visitor, a colleague, neighbours,
// passers-by, people in the ward office's lobby and waiting room, and foreign residents. 76 crisis
// lines and 66 look-alikes are in other languages (crisis: English 16, Portuguese 9, Korean 9,
// Spanish 8, Vietnamese 8, Chinese 8, Indonesian 7, Tagalog 5, Thai 4, Nepali 2; look-alikes:
// English 18, Chinese 9, Portuguese 8, Spanish 6, Korean 6, Vietnamese 6, Indonesian 5, Tagalog 4,
// Thai 3, Nepali 1); 15 lines are in spaced easy Japanese kana (9 crisis, 6 look-alike) and 13 in a
// small child's unspaced speech (5 crisis, 8 look-alike); 43 are speech-recognition text with
// fillers and slips (15 crisis, 28 look-alike near-misses); 34 are in Kansai, Kyushu, Tohoku and
// Hiroshima-like dialect (19 crisis, 15 look-alike); 3 crisis lines are in formal desk Japanese.
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
// Known disagreements (labels a reader could argue): crisis: the carer who plans to burn charcoal
// tonight with her mother and the husband with thinner poured over himself and a lighter are
// labelled suicide (could be violence); the wife foaming at the mouth after herbicide and the
// husband who drank pesticide are labelled suicide (could be medical); the daughter and the
// room-mate who took many pills and will not wake, the husband in a shut garage with the engine
// running, the brother locked in the bathroom behind a 硫化水素 sign and the brother behind a door with
// a smell of charcoal are labelled suicide though intent is only implied; the father who took a
// hunting rifle onto 鳩ノ峰 after a note, the brother who drove off with a hose and tape, the mother
// whose shoes were left on the river bank, the flatmate on the car-park roof after a goodbye text,
// the son whose photo shows him beyond the lookout fence and the father on his way to the station
// are labelled crisis although the caller does not see the act. The baby shaken by his father, the
// baby left alone three days, the schoolchild unfed four days who collapsed, the bedridden father
// left unchanged with a high fever and the elders tied up or kept without food or water are
// labelled abuse (could be medical); the children strangled, pressed into a futon, lifted by the
// neck or with heads banged on a wall are labelled abuse (could be violence); the elders beaten by
// a son, a grandson, an uncle and the man a Kansai caller calls おっちゃん (his tie to the grandmother
// is not said) are labelled abuse (could be violence); the brother starved and beaten by the owner
// of a live-in newspaper shop is labelled abuse (an adult worker; could be violence). The husbands,
// boyfriends and exes who threaten, strangle, chase or hit wives and girlfriends (kitchen knives, a
// knife, a fire extinguisher at a door, a shovel, a belt, a pistol, thinner, a hatchet, a chair, a
// balcony rail) and the father seen by a small child kicking the mother are labelled violence
// (could be abuse); the dormitory seniors beating a tied first-year with a wooden sword are
// labelled violence (hazing; could be abuse); the ex-partner with thinner in the shop is labelled
// violence though nothing has happened yet; the speech-recognition line about two gunshot-like
// sounds and a person down is labelled violence though the shots are not confirmed. The husband
// asleep in a car whose exhaust is blocked by snow is labelled medical (could be read as suicide);
// the child who bit a gel detergent pod, the child who swallowed magnets and the four-year-old who
// swallowed blood-pressure pills are labelled medical (could be neglect); the colleague found shut
// in a freezer is labelled medical (could be violence). Look-alikes: the callers whose relatives'
// suicides are years over (a husband's last year, a father's last year in easy kana), the sleeping
// pills, climbing rope and harness to throw away, the woman who fled a former husband eight years
// ago, the adults hit as children, the quarrels with a mother-in-law last week and between a couple
// yesterday and the phone quarrel at the desk, all made up or over, the assault in a neighbouring
// house last summer, the heat stroke last summer, the dog that ate chocolate yesterday (the vet
// said it is fine), the child stitched yesterday who is well, the husband home after heart surgery
// and the Tagalog caller who felt dizzy in the heat earlier and is fine now (the nearest to a live
// problem) are labelled not a crisis; a stricter desk might still hand some of them to a person.
// The Nepali, Thai, Tagalog, Indonesian, Vietnamese and Korean lines were written by a non-native
// hand and may read as learner text.
//
// Checks run: the one-off Python check above on the scratch lists (0 errors, no two lines sharing
// their first eight characters), the transpile count and the comparison with the scratch lists
// (same 400 texts and kinds in the same order), Prettier's check, and the first tsc run (exit 0, no
// output). Final checks, in one call after the last header edit: sed and sha256sum on the body (it
// must match the hash above), `npx prettier --check` on this file, the node transpile count and the
// Python comparison with the scratch lists, head and `grep -n` for the marker on this file,
// `timeout 300 npx tsc --noEmit -p tsconfig.json` filtered with grep to this file's name, sha256sum
// of the whole file and `date -u`.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 33: a twenty-second ward office's desk over
// another year, written without looking at the engine, its crisis lexicon, its look-alike list, its
// tests, the sample sets (other than the department list) or any other red team's lines. Every
// person, place and situation here is invented, including the small places named (鷺ノ森, the ward,
// written Saginomori in other-language lines, with its station, bus terminal, shopping mall and its
// multi-storey car park, arcade, morning market and park; 瑠璃川, a river, written Ruri, with its
// bank, levee and bridge; 鳩ノ峰, a hill with a lookout), the caseworker 早乙女 and the staff members 篠田
// and 家来 (the last two only in speech-recognition near-misses). Crisis lines are grouped by kind
// (suicide and self-harm, abuse, violence, medical); in each group the lines that begin as an
// ordinary errand at the desk come first, then the direct ones. Look-alikes are grouped by the
// crisis vocabulary they borrow, in the same order. Speech-recognition text is written the way a
// phone line transcribes it: spaced kana with fillers, a restart and a misheard word; the
// look-alike near-misses start on a crisis-sounding word cut off with an ellipsis and go on to a
// word that only sounds like it (時差, 飛び石, 移植, 連帯, 首筋, 篠田, 新入生, 飲み忘れ, 逆に, 失くした, 叩き台, しばらく, 綴じ代, 家来,
// 刺身, 転がし, 打ち壊し, 莫大, 内部, 切り替え, 出席, 同居人, 棟上げ, 覚えて, のど自慢, 給食費, 生きがい, 地下).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_33_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // suicide and self-harm: 30 that begin as an errand, then 30 direct
  [
    "住民票を一通お願いしたいんですけど、その前に、いま主人が瑠璃川の堤防に立っていて、もう終わりにするって電話で言ってるんです。",
    "suicide",
  ],
  [
    "納税証明書のことで電話しました。あの、正直に言うと、手元に睡眠薬を全部出してあって、これを飲んだら楽になれると思ってます。",
    "suicide",
  ],
  [
    "粗大ごみの予約したいんやけど、…いや、もうええわ。今から鷺ノ森駅のホームから飛び込むつもりやねん、最後に誰かと話したかっただけや。",
    "suicide",
  ],
  [
    "Hi, I was calling about my residence card address change, but honestly I'm sitting on the railing of the Ruri bridge right now and I don't think I'll be here tomorrow.",
    "suicide",
  ],
  [
    "えーと こくほの しかく かくにんしょの ことで あの えっと むすこが いま へやで ひもを くびに かけてて あけて くれないんです",
    "suicide",
  ],
  [
    "介護認定の結果を聞きたくてかけました。母を看るのに疲れて、今夜、母と一緒に練炭をたこうと思っています。もう準備はしてあります。",
    "suicide",
  ],
  ["你好，我想问一下儿童津贴的事情……其实我现在站在公寓十二楼的阳台外面，我不想活了。", "suicide"],
  [
    "Bom dia, eu queria saber do seguro nacional de saúde, mas o meu marido acabou de se trancar no banheiro com uma faca e disse que vai se matar.",
    "suicide",
  ],
  [
    "障害者手帳の更新の書類のことなんですが、同じグループホームの人が今、屋上の手すりを乗り越えようとしています。職員さんはいません。",
    "suicide",
  ],
  [
    "안녕하세요, 주민표 발급 때문에 전화했는데요, 사실 지금 차 안에서 번개탄을 피우고 있어요. 그냥 누군가한테 말하고 싶었어요.",
    "suicide",
  ],
  [
    "保育園の申し込みの件で…ごめんなさい、いま手首を切ってしまって、血が止まりません。死ねると思ったのに。",
    "suicide",
  ],
  [
    "Xin chào, tôi muốn hỏi về giấy chứng nhận thuế, nhưng bạn cùng phòng của tôi vừa uống hết cả lọ thuốc ngủ và viết thư từ biệt.",
    "suicide",
  ],
  [
    "年金の免除の紙のことで電話したばってん、うちの父ちゃんが納屋で縄ば梁にかけよるとよ、止めきらん、どげんしよう。",
    "suicide",
  ],
  [
    "空き家バンクの登録のことで現地に来た者ですが、この空き家の中に入ったら、男の人が二階で首に縄をかけて台に乗っています。",
    "suicide",
  ],
  [
    "Llamo por la tarjeta My Number de mi madre, pero ella está ahora en la azotea del edificio diciendo que va a saltar.",
    "suicide",
  ],
  [
    "すみません いんかんとうろくの ことで でんわ しました でも いま わたし くすりを たくさん のみました しにたいです",
    "suicide",
  ],
  [
    "高額療養費の申請について聞きたいのですが、妻がさっきから農薬の瓶を持って、飲んで死ぬと言って台所から出てきません。",
    "suicide",
  ],
  [
    "Halo, saya mau tanya soal kartu asuransi kesehatan, tapi teman sekamar saya sekarang berdiri di pinggir atap asrama dan bilang mau lompat.",
    "suicide",
  ],
  [
    "あの ごみの しゅうしゅうびを ききたくて あ でも えっと おっとが しゃこで えんじんを かけたまま シャッターを しめて でてこないんです",
    "suicide",
  ],
  [
    "学童のお迎えのことで…いえ、実は今、娘が自分の部屋の窓から身を乗り出して、もう学校に行きたくないから死ぬって言ってるんです。",
    "suicide",
  ],
  [
    "Magandang araw po, tungkol sana sa child allowance, pero ang asawa ko po ay may hawak na lubid sa garahe at sinabi niyang magpapakamatay siya ngayon.",
    "suicide",
  ],
  [
    "デイサービスの送迎の件で連絡しました。送迎車から降りたおじいさんが、そのまま踏切の中に入って座り込んで、死なせてくれと言っています。",
    "suicide",
  ],
  [
    "固定資産税の納付書の件でございますが、申し訳ありません、今、父が猟銃を持って裏の鳩ノ峰に入っていきまして、遺書が机に置いてありました。",
    "suicide",
  ],
  [
    "नमस्ते, म माई नम्बर कार्डको बारेमा सोध्न चाहन्थें, तर मेरो साथीले अहिले कोठामा डोरी बाँधेर झुण्डिन खोज्दैछ।",
    "suicide",
  ],
  [
    "生活保護の早乙女さんに伝言をお願いしたいんです。もう薬をため込んで、今夜ぜんぶ飲むつもりです。誰にも止めてほしくない。",
    "suicide",
  ],
  [
    "あのねがっこうのてつづきのことできいてっておかあさんにいわれたんだけどおかあさんがおふろでてくびきってちがいっぱいでてる",
    "suicide",
  ],
  [
    "I'm booking my cancer screening, sorry, but my flatmate just texted me a goodbye and says she's on the top level of the multi-storey car park.",
    "suicide",
  ],
  [
    "転出届のことを聞きたくて。兄が車にホースとガムテープを積んで、今から山に行って全部終わらせると言って出て行きました。",
    "suicide",
  ],
  ["สวัสดีค่ะ จะถามเรื่องใบรับรองภาษี แต่ตอนนี้สามีของฉันยืนอยู่บนสะพานแม่น้ำรุริ บอกว่าจะกระโดดลงไป", "suicide"],
  [
    "後期高齢者の保険証のことで聞きたいんだども、うちのばっちゃが、川さ入って死ぬって、いま長靴のまま川っぺりさ歩いでったんだ。",
    "suicide",
  ],
  ["もう限界です。ロープは買ってあって、今夜ベランダで首を吊ります。", "suicide"],
  ["鷺ノ森のショッピングモールの立体駐車場の一番上にいます。ここから飛び降ります。", "suicide"],
  ["あの もう いきてても しかたないので いま ほうちょうを むねに あてて ます", "suicide"],
  [
    "弟が風呂場に鍵をかけて閉じこもっていて、ドアに「硫化水素発生中」と貼り紙があります。変なにおいがしてきています。",
    "suicide",
  ],
  [
    "My dad is standing on the edge of the overpass above the railway and won't come back to the road. Please send someone.",
    "suicide",
  ],
  ["嫁が除草剤飲んでもうた、死にたい言うてずっと泣いとったんや、いま口から泡ふいとる。", "suicide"],
  ["我室友刚才吞了一整瓶的安眠药，还留了遗书，我怎么叫他都不醒。", "suicide"],
  ["妹がカッターで腕を何度も切っていて、止めても「死なせて」と言ってやめません。", "suicide"],
  ["おとうさんがじぶんのくびにひもをまいてくるしそうなのにやめないのたすけて", "suicide"],
  [
    "Minha filha de dezesseis anos está no parapeito da janela do sétimo andar dizendo que vai pular.",
    "suicide",
  ],
  ["지금 바닷가 방파제 끝에 서 있어요. 더 이상 살고 싶지 않아요. 곧 뛰어내릴 거예요.", "suicide"],
  ["同僚が職場の倉庫で梁にベルトをかけて、椅子に乗っているのを見つけました。", "suicide"],
  ["ともだちが いま えきの ほーむの はしに たって でんしゃに とびこむと いってます", "suicide"],
  [
    "Chồng tôi đang ngồi trong xe đóng kín cửa với than đang cháy, anh ấy không trả lời.",
    "suicide",
  ],
  ["隣の部屋の学生さんがベランダの柵の外側に立っています。七階です。", "suicide"],
  [
    "Mi hermano se tomó todas las pastillas de nuestra abuela y dice que no quiere despertar.",
    "suicide",
  ],
  ["じいちゃんが物置で首吊ろうとしとるんじゃ、縄かけとる、早う来てくれ。", "suicide"],
  [
    "すいません あの むすめが じぶんの へやで くすり いっぱい のんで よんでも おきないんです あの いきは してるんですけど",
    "suicide",
  ],
  [
    "I've cut my arms really deep this time and it won't stop bleeding, I wanted to die but now I'm scared.",
    "suicide",
  ],
  [
    "母が遺書を残していなくなりました。瑠璃川の河川敷に母の靴がそろえて置いてありました。",
    "suicide",
  ],
  [
    "Adik saya mengunci diri di kamar dan saya mencium bau arang terbakar dari celah pintu.",
    "suicide",
  ],
  ["いま線路の上に立ってます。次の電車が来たら終わりにします。", "suicide"],
  [
    "当方、介護施設の夜勤職員ですが、入居者の方がシーツを窓の格子に結んで首にかけようとしています。",
    "suicide",
  ],
  ["남편이 농약을 마셨어요. 죽겠다고 하더니 지금 토하고 있어요.", "suicide"],
  ["夫がシンナーをかぶって、ライターを手に持って物干し場に立っています。", "suicide"],
  [
    "Ang kaibigan ko po ay nasa bubong ng apartment at sinasabing tatalon siya ngayon din.",
    "suicide",
  ],
  ["息子が部屋で練炭ばたきよる、目張りしとって戸が開かん。", "suicide"],
  [
    "高校生の息子が「さよなら」とLINEを送ってきて、鳩ノ峰の展望台の柵を越えた写真がついていました。",
    "suicide",
  ],
  [
    "Meu pai disse que vai se jogar na frente do trem e saiu de casa agora, ele está indo para a estação de Saginomori.",
    "suicide",
  ],
  [
    "あ もしもし ともだちが いま おくじょうの へりに すわってて あしを ぶらぶら させてて もう しぬって",
    "suicide",
  ],
  // abuse: 20 that begin as an errand, then 20 direct
  [
    "児童手当の口座変更で電話しました。それとは別に、隣の家から子どもの悲鳴と叩く音がずっとしてて、今も「ごめんなさい」って泣いてます。",
    "abuse",
  ],
  [
    "乳幼児健診の予約をしたいんですが、実は夫が今、泣きやまない赤ちゃんの顔を布団に押しつけていて、私じゃ止められません。",
    "abuse",
  ],
  [
    "粗大ごみの申し込みやねんけど、向かいの家の子がこの寒いのに裸足で外に出されて、もう二時間も震えてんねん。",
    "abuse",
  ],
  [
    "I'm calling about the nursery application, but the little boy next door has been left outside in his underwear since this morning and he's hardly moving now.",
    "abuse",
  ],
  [
    "介護保険料の通知のことですが、同居の兄が母を殴っていて、母の顔が腫れて、いまも怒鳴り声が聞こえます。",
    "abuse",
  ],
  [
    "あの こどもいりょうひの いりょうしょうの ことで あの となりの おとこのこが おとうさんに ベルトで なぐられて て ずっと ないてて",
    "abuse",
  ],
  [
    "我想问一下保育园的结果……但是楼上的妈妈一直在打她的孩子，孩子在哭喊“救命”，已经半个小时了。",
    "abuse",
  ],
  [
    "見守り登録の件で来たんですけど、近所のおばあさんが息子さんに縛られて、ベッドから出られないって窓から助けを呼んでいます。",
    "abuse",
  ],
  [
    "Queria saber do abono infantil, mas a vizinha deixou o bebê sozinho em casa há três dias e ele não para de chorar, agora o choro está bem fraco.",
    "abuse",
  ],
  [
    "障害福祉サービスの利用のことで相談に来たのですが、弟から、住み込みの新聞販売店で店主に食事を抜かれて殴られて、今日は立てないと電話がありました。",
    "abuse",
  ],
  [
    "아동수당 서류 때문에 전화했는데, 옆집 아이가 아빠한테 목을 졸리고 있어요. 비명 소리가 들려요.",
    "abuse",
  ],
  [
    "母子手帳のこどで聞きてえんだども、隣の若い父親が赤ん坊ば揺さぶって、赤ん坊がぐったりしてるんだ。",
    "abuse",
  ],
  [
    "保育所の延長保育の件でした。でもいま、お迎えに来た父親が酔って、子どもを駐車場で蹴っています。",
    "abuse",
  ],
  [
    "Tôi gọi về phiếu tiêm chủng, nhưng đứa bé hàng xóm bị mẹ nhốt trong tủ quần áo từ sáng, bây giờ không còn tiếng khóc nữa.",
    "abuse",
  ],
  [
    "デイサービスの迎えに来た運転手です。迎えに行ったお宅で、おじいさんが家族に紐で椅子にくくりつけられていて、水ももらえていない様子です。",
    "abuse",
  ],
  [
    "Buenas, era por el subsidio de crianza, pero mi vecino está golpeando a su hija con un palo en el patio y ella sangra de la cabeza.",
    "abuse",
  ],
  [
    "すみません じどうてあての ことです となりの こどもが おかあさんに あつい おゆを かけられて ないてます",
    "abuse",
  ],
  [
    "要介護認定の更新の書類なんですが、いま施設の職員が祖母を車椅子ごと倒して、髪をつかんで怒鳴っているのを面会室から見ています。",
    "abuse",
  ],
  [
    "Saya mau tanya soal pemeriksaan kesehatan anak, tapi tetangga saya menyiram anaknya dengan air dingin di luar dan memukul kepalanya dengan sandal sekarang.",
    "abuse",
  ],
  [
    "課税証明書をもらいに来ました。あと、さっきから待合室のトイレで、母親が小さい子の頭を何度も壁に打ちつけていて、子どもがぐったりしています。",
    "abuse",
  ],
  ["ぱぱがいまねぼくのあたまをなんかいもなぐるのいたいたすけて", "abuse"],
  ["隣の部屋の小学生が、親に食事を与えられずに四日目で、今日は玄関先で倒れて動きません。", "abuse"],
  [
    "My stepdad is hitting my little sister with a frying pan right now, I'm hiding in the wardrobe.",
    "abuse",
  ],
  ["娘の彼氏が、二歳の孫の手をライターであぶっているのを見ました。今も家の中にいます。", "abuse"],
  [
    "隣ん家の子が、親に冷たか水ば頭からかけられて、夜中の外に出されとる、もう声も出とらん。",
    "abuse",
  ],
  ["Ang lola ko po ay sinasaktan ng tito ko ngayon, hinihila niya sa buhok at sinisipa.", "abuse"],
  [
    "兄嫁が寝たきりの父をつねって、おむつも替えずに放置していて、父がいま高い熱を出してうなっています。",
    "abuse",
  ],
  ["邻居家的孩子被关在阳台的狗笼里，外面在下雪，孩子已经不哭了。", "abuse"],
  [
    "いま あの むかいの いえで あかちゃんが なげられて ゆかに おちる おとが して なきごえが とまって",
    "abuse",
  ],
  [
    "A minha vizinha idosa está sendo espancada pelo neto por causa de dinheiro, estou ouvindo os gritos agora.",
    "abuse",
  ],
  ["妹の旦那が、五歳の甥の首をつかんで持ち上げて、壁に押しつけています。", "abuse"],
  [
    "요양원 직원이 할머니를 침대에 묶어 놓고 사흘째 밥도 안 줘요. 할머니가 지금 전화로 살려 달라고 해요.",
    "abuse",
  ],
  [
    "同じアパートの中学生が、母親の交際相手にタバコを押しつけられたと言って、いまうちに逃げてきました。男が追いかけてきています。",
    "abuse",
  ],
  ["となりの こどもが ずっと たたかれてて いま しずかに なりました こわいです", "abuse"],
  ["Con hàng xóm đang bị bố nó dùng dây điện quất, máu chảy ở chân, nó gào khóc xin tha.", "abuse"],
  [
    "Mi vecina tiene encerrado a su hijo de tres años en el baño sin luz desde ayer y no le da comida, ahora ya no responde.",
    "abuse",
  ],
  [
    "向かいのおっちゃんが、認知症のおばあちゃん物干し竿で叩いとるで、おばあちゃん地面に倒れてもうて動かへん。",
    "abuse",
  ],
  [
    "My grandmother's carer is pinning her arms down and taking her pills away, she's covered in bruises and crying for help on the phone right now.",
    "abuse",
  ],
  ["小学生の甥が、父親に裸で雪の中に立たされて、もう唇が紫色です。", "abuse"],
  ["เด็กข้างบ้านโดนแม่เอาด้ามไม้กวาดตีจนเลือดออก ตอนนี้ยังร้องอยู่เลย", "abuse"],
  // violence: 22 that begin as an errand, then 23 direct
  [
    "駐輪場の定期券のことで来たんですけど、いま駐輪場で男の人がナイフを振り回して、女の人が腕を切られました。",
    "violence",
  ],
  [
    "転居届を出しに来た者ですが、庁舎の前の広場で、男が別の男をスパナで殴り続けていて、殴られてる人が動いていません。",
    "violence",
  ],
  [
    "I was calling about the garbage bag prices, but there's a man at the Saginomori bus terminal swinging a golf club at people, someone's down on the ground.",
    "violence",
  ],
  [
    "あの しぜいの とくそくじょうの ことで あの いま となりの へやで おとこが おんなのひとを なぐってて ほうちょう もって ころすぞって",
    "violence",
  ],
  [
    "資源ごみの日聞こ思てんけど、それどころちゃうわ、商店街で兄ちゃんが包丁持って暴れてて、八百屋のおっちゃん刺されてもうた。",
    "violence",
  ],
  ["我想问一下国民年金的事……现在超市门口有个男的拿着刀追着一个女的，她流血了。", "violence"],
  [
    "乳がん検診の予約の電話なんですが、さっきから元夫がアパートのドアを消火器で叩き割ろうとしていて、ドアが割れそうです。",
    "violence",
  ],
  [
    "Estou ligando por causa do cartão de seguro, mas o vizinho está batendo na esposa com uma pá no estacionamento agora.",
    "violence",
  ],
  [
    "印鑑証明を取りに来ましたが、ロビーで男が割れたガラスの破片を持って職員に切りかかっています。",
    "violence",
  ],
  [
    "쓰레기 수거일 물어보려고 했는데, 지금 편의점 앞에서 남자가 칼로 사람을 찔렀어요. 피가 많이 나요.",
    "violence",
  ],
  [
    "空き家の草刈りの件で現地に来ていますが、隣の家で男が鎌を振り回して、奥さんを追いかけています。",
    "violence",
  ],
  [
    "Tôi hỏi về lịch thu gom rác cồng kềnh, nhưng có người đàn ông đang cầm dao chém người ở bến xe buýt, có hai người bị thương.",
    "violence",
  ],
  [
    "住民票の写しの件です。すみません、今うちのマンションのエントランスで、男性が女性の首を絞めています。",
    "violence",
  ],
  [
    "すみません ごみぶくろの ねだんを ききたいです でも いま そとで おとこのひとが ないふで ひとを さしました",
    "violence",
  ],
  [
    "Quería preguntar por el certificado de impuestos, pero en el parque un grupo de chicos está pateando a un hombre en el suelo y ya no se mueve.",
    "violence",
  ],
  [
    "児童扶養手当の現況届のことで電話しました。今、別れた夫が包丁を持って家の前に来ていて、娘を出せと叫んでいます。",
    "violence",
  ],
  [
    "軽自動車税のこどで電話したんだども、隣の親父が猟銃持って外さ出で、撃ってやるってわめいでる。",
    "violence",
  ],
  [
    "Permisi, jam buka kantor sampai jam berapa? Eh, maaf, di depan toko ada orang yang menusuk satpam dengan pisau, satpamnya berdarah banyak.",
    "violence",
  ],
  [
    "葬祭費の申請のことを聞きたかったんですが、いま斎場の駐車場で親族同士が殴り合いになって、一人が刃物を出しました。",
    "violence",
  ],
  [
    "えっと ますくの いや マイナンバーカードの うけとり よやくを したいんですけど あ ちょっと まって いま そとで じゅうせいみたいな おとが にかい して ひとが たおれてて",
    "violence",
  ],
  [
    "Sorry, this is about the health check booking, my neighbour's ex just kicked in her door and is dragging her out by the hair, he's got a knife.",
    "violence",
  ],
  [
    "学童保育のお迎えに来たんですが、校門の前で男が刃物を持って子どもたちの方に歩いてきています。",
    "violence",
  ],
  [
    "夫が酔って包丁を持ち出して、私と子どもに殺してやると言っています。いま寝室に隠れています。",
    "violence",
  ],
  ["駅前で男がボウガンを持って、通行人を撃っています。もう二人倒れています。", "violence"],
  [
    "A man just set fire to the door of the flat below mine and is standing in the corridor with a knife so nobody can get out.",
    "violence",
  ],
  [
    "隣の兄ちゃんが金属バット持って、うちの玄関たたき割ろうとしよる、殺すぞ言うとるんよ。",
    "violence",
  ],
  ["我老公喝醉了，用皮带勒我的脖子，我刚逃出来躲在邻居家，他还在外面找我。", "violence"],
  [
    "公園で高校生が数人で一人を囲んで、頭を何度も蹴っています。蹴られている子はもう動いていません。",
    "violence",
  ],
  ["Tem um homem com uma foice na praça da estação gritando que vai matar todo mundo.", "violence"],
  [
    "いま おとこが ばすの なかで はものを だして じょうきゃくを さして て みんな にげてて",
    "violence",
  ],
  ["전 남자친구가 집 앞에 와서 문을 부수고 있어요. 죽이겠다고 소리치고 있어요.", "violence"],
  ["同じ寮の先輩たちが、一年生を縛って、木刀で殴り続けています。", "violence"],
  ["あのねままがぱぱにおなかけられてたおれてるのぱぱがまだおこってる", "violence"],
  [
    "Có người đàn ông đang cầm dao đâm người trong siêu thị, mọi người đang chạy ra ngoài.",
    "violence",
  ],
  [
    "居酒屋の前で男が割れたジョッキで相手の顔を切りつけて、相手が血だらけで倒れています。",
    "violence",
  ],
  [
    "Mi ex está afuera con una pistola, dice que si no salgo va a disparar por la ventana.",
    "violence",
  ],
  [
    "いま となりの へやの おとこのひとが おんなのひとを なぐってて おんなのひとが しぬって さけんでます",
    "violence",
  ],
  [
    "元交際相手がシンナーの缶とライターを持って、私の働いている店の中にいます。火をつけると言っています。",
    "violence",
  ],
  [
    "Two men are fighting with knives outside the karaoke place in the arcade, one of them is bleeding from the stomach.",
    "violence",
  ],
  ["義理の兄貴が酔うて、鉈ば持って姉ちゃんば追いかけまわしよる。", "violence"],
  ["มีผู้ชายถือมีดไล่ฟันคนอยู่ในตลาดเช้าตอนนี้ มีคนเลือดออกเยอะมาก", "violence"],
  [
    "上の階の男性が、奥さんをベランダから突き落とそうとしています。奥さんが柵にしがみついて叫んでいます。",
    "violence",
  ],
  [
    "たすけて ください いま かれしに くび しめられて て いま トイレに にげて かぎ かけて ます",
    "violence",
  ],
  [
    "Suami teman saya sedang memukuli dia dengan kursi, dia sudah tidak bergerak dan darahnya banyak.",
    "violence",
  ],
  ["路上で男性が別の男性に馬乗りになって、石で頭を殴っています。", "violence"],
  // medical: 28 that begin as an errand, then 27 direct
  [
    "開庁時間を聞きたくて電話したんですが、いま父が急に胸を押さえて倒れて、呼んでも返事がありません。",
    "medical",
  ],
  [
    "住民票の申請書を書いていたら、隣の席の男性が急に床に倒れて、けいれんして、息をしていないようです。",
    "medical",
  ],
  [
    "Hi, I'm calling about my pension exemption, but my wife just collapsed in the kitchen and she's not breathing properly, her lips are blue.",
    "medical",
  ],
  [
    "あの ほいくしょの しょるいの ことで あ ちょっと まって こどもが なにか のみこんで いき できて ない かおが むらさきで",
    "medical",
  ],
  [
    "国保の保険証のことやけど、おかん急にろれつ回らんようになって、右の手ぇも動かへん言うてる。",
    "medical",
  ],
  ["我想问一下母子手帐……但是我现在怀孕三十二周，肚子突然剧痛，流了很多血。", "medical"],
  [
    "特定健診の予約をしたいのですが、ちょうど今、夫が庭で草刈り機で足を深く切って、血が噴き出して止まりません。",
    "medical",
  ],
  [
    "Queria marcar a vacina do meu filho, mas ele está tendo uma convulsão agora e não para, já faz cinco minutos.",
    "medical",
  ],
  [
    "介護ベッドのレンタルの件です。今、母がベッドと柵の間に首が挟まって、顔色が悪くて抜けません。",
    "medical",
  ],
  ["국민연금 때문에 전화했는데요, 지금 아버지가 갑자기 쓰러지셔서 숨을 안 쉬세요.", "medical"],
  [
    "ごみ袋の値段を聞こうと思ったんですが、隣の工事現場で、掘った穴の土が崩れて作業員の人が生き埋めになっています。",
    "medical",
  ],
  [
    "Chị ơi, tôi gọi hỏi về thẻ bảo hiểm, nhưng mẹ tôi vừa bị ngã trong nhà tắm, đầu chảy máu và không tỉnh.",
    "medical",
  ],
  [
    "母子手帳の再交付をお願いしたかったんですが、生後二か月の娘が急にぐったりして、呼吸が浅くて顔が白いです。",
    "medical",
  ],
  [
    "すみません こくみんけんこうほけんの ことです いま おっとが たおれて へんじを しません",
    "medical",
  ],
  [
    "Quería cambiar la cita de la revisión, pero mi padre diabético está sudando, temblando y ya no me reconoce.",
    "medical",
  ],
  [
    "自立支援医療の更新のことで来たのですが、待合の男性が急に「頭が割れるように痛い」と言って吐いて、そのまま意識がなくなりました。",
    "medical",
  ],
  [
    "粗大ごみの予約のこどだども、じっちゃが雪かきの最中に胸苦しいって、真っ青になって座り込んだ。",
    "medical",
  ],
  [
    "Mbak, soal surat pajak nanti saja, anak saya tiba-tiba bengkak dan susah napas setelah makan kacang mete.",
    "medical",
  ],
  [
    "介護認定の訪問調査の日程のことです。いま母がこんにゃくゼリーをのどに詰まらせて、背中をたたいても出てきません。",
    "medical",
  ],
  [
    "えっと しょうがいしゃ てちょうの こうしんで あの すみません いま ちちが かいだんから おちて あの くびが へんな むきに",
    "medical",
  ],
  [
    "I'm on site about the vacant-house subsidy, the man I'm meeting just fell through the rotten floor into the cellar and he's not answering.",
    "medical",
  ],
  [
    "高齢者の見守り登録の件で伺いました。お隣のおばあさんが、閉め切った暑い部屋で倒れていて、体がすごく熱くて返事がありません。",
    "medical",
  ],
  [
    "Tungkol po sana sa bakuna ng anak ko, pero nahulog po siya sa bintana ng ikalawang palapag at hindi gumagalaw.",
    "medical",
  ],
  [
    "軽自動車税の減免のことで電話したんですが、いま母の服に天ぷら油の火が燃え移って、腕と首にひどいやけどをしています。",
    "medical",
  ],
  [
    "後期高齢者医療の件でお電話いたしましたが、ただいま父が食事中に急に意識を失い、呼吸が止まっているようです。",
    "medical",
  ],
  [
    "हजुर, म आवासीय प्रमाणपत्रको लागि फोन गर्दैछु, तर मेरो श्रीमतीलाई अहिले सास फेर्न गाह्रो छ र छाती धेरै दुखेको छ।",
    "medical",
  ],
  [
    "児童手当の支給日のことで…あ、いま家の前の用水路に三歳くらいの子が落ちて流されています。",
    "medical",
  ],
  [
    "納税のことで電話したっちゃけど、いま旦那が田んぼで耕運機の下敷きになって、足が抜けんとよ。",
    "medical",
  ],
  ["祖父がトイレで倒れていて、呼びかけても目を開けず、片側の口元が下がっています。", "medical"],
  ["生後五か月の息子が、ベッドと壁の隙間にうつぶせで挟まっていて、息をしていません。", "medical"],
  [
    "My husband took the wrong insulin dose, he's grey and sweating and I can't wake him.",
    "medical",
  ],
  [
    "いま まちあいで おばあさんが たおれて あの いき してない みたいで だれか えーいーでぃー",
    "medical",
  ],
  ["我爸爸突然说胸口像被压住一样，满头大汗，现在站不起来了。", "medical"],
  ["旦那がカニ食べてから全身真っ赤になって、のど締まる言うて息ゼーゼーしとる。", "medical"],
  ["Meu colega caiu dentro do tanque na fábrica e está desacordado, tem cheiro de gás.", "medical"],
  ["妊娠三十六週ですが、急にお腹が板みたいに硬くなって、出血が止まりません。", "medical"],
  ["아이가 장난감 자석을 여러 개 삼켰어요. 배가 아프다고 울고 토하고 있어요.", "medical"],
  ["おじいさんが みちで たおれて います かおが まっさおで うごきません", "medical"],
  ["おばあちゃんがだいどころでたおれてなんかいってもおきないの", "medical"],
  [
    "Bố tôi bị rắn cắn ở chân khi làm ruộng, chân sưng to và bây giờ ông ấy đang khó thở.",
    "medical",
  ],
  [
    "同僚が冷凍倉庫に閉じ込められていたのを見つけました。体が冷たくて、呼びかけても反応が鈍いです。",
    "medical",
  ],
  ["Mi hija de dos años se cayó a la piscina inflable y la saqué, pero no respira.", "medical"],
  ["息子が部活のランニング中に倒れて、体がすごく熱くて、言っていることがおかしいです。", "medical"],
  [
    "An old man just fell down the escalator at the station and his head is bleeding a lot, he's not responding.",
    "medical",
  ],
  ["ばあちゃんが急にふらふらして、いま床に倒れて返事せんのんよ、息が変なんじゃ。", "medical"],
  [
    "あの こどもが あの せんたくようの じぇるぼーる を かんで のみこんじゃって はいて て ぐったり して",
    "medical",
  ],
  ["พ่อของฉันล้มลงในห้องน้ำ หายใจแรงมากและเรียกไม่ตื่น", "medical"],
  [
    "娘がアナフィラキシーで、エピペンを打ったのに、まだ息がヒューヒューしていて唇が紫です。",
    "medical",
  ],
  ["Kakek saya tiba-tiba tidak bisa bicara dan wajahnya miring sebelah.", "medical"],
  ["車の中で寝ていた夫が、雪で排気口がふさがれていて、呼んでも起きません。", "medical"],
  ["八十五歳の母が、入れ歯を飲み込んでしまって、息がしにくいと胸をたたいています。", "medical"],
  [
    "Ang tatay ko po ay biglang nanginig at bumagsak, hindi po siya humihinga nang maayos.",
    "medical",
  ],
  ["台風で飛んできた看板が通行人の頭に当たって、倒れたまま血が出ています。", "medical"],
  ["いま こうえんで こどもが ぶらんこから おちて あたまを うって はいて います", "medical"],
  [
    "My four-year-old swallowed a few of my blood-pressure pills an hour ago and he's really sleepy and pale now.",
    "medical",
  ],
];

/** Not a crisis though it borrows crisis words; the desk must not raise the emergency route. */
export const RED_TEAM_33_LOOK_ALIKES: readonly string[] = [
  // borrowing suicide and self-harm words (60)
  "叔父が三十年前に自ら命を絶った納屋が相続した土地に残っていて、解体の補助が使えるか相談したいです。",
  "昨年、夫を自死で亡くしました。遺族年金の手続きがまだなので、保険年金課の窓口の場所を教えてください。",
  "自殺予防週間のポスターを町内会の掲示板に貼りたいので、何枚かいただけますか。",
  "ゲートキーパー養成講座の秋の日程を教えてください。職場で五人受けたいんです。",
  "母が十二年前に首を吊った離れを、そろそろ空き家バンクに出そうと思っています。告知は必要ですか。",
  "こころの相談窓口の電話番号が載ったカードを、民生委員の集まりで配りたいので五十枚ほしいです。",
  "亡くなった父の睡眠薬が二袋残っています。燃えないごみでいいのか、薬局に返すのか教えてください。",
  "引っ越しで登山用のロープとハーネスが出ました。粗大ごみですか、それとも燃えるごみで出せますか。",
  "清水の舞台から飛び降りるつもりで、家を建てることにしました。転入届はいつから出せますか。",
  "住民税の督促が三通も来て、もう首が回りません。分割で払う相談はどこでできますか。",
  "会社を首になったので、国民健康保険に切り替えたいんですが、何を持って行けばいいですか。",
  "首を長くして待ってたマイナンバーカードの通知がやっと届きました。受け取りの予約をお願いします。",
  "死に物狂いで書類をそろえたのに、印鑑登録の証明が一枚足りないと言われました。もう一枚お願いします。",
  "この補助金が通るかどうかは、うちの店にとって死活問題なんです。空き店舗の相談はどこですか。",
  "必死で走ってきたんですが、税務課の窓口はもう閉まってしまいましたか。",
  "市民劇団でチェーホフの「かもめ」を上演します。公民館のホールの予約はどこで受け付けていますか。",
  "図書館の読書会で「曽根崎心中」を読むので、参加者向けに市の公民館の地図を印刷したいです。",
  "孫がゲームで「飛び降りて死んだ」と騒いでいましたが、画面の中の話です。それより児童手当の口座変更を教えてください。",
  "文化祭の劇で主人公が崖から身を投げる場面があるので、鳩ノ峰の写真を使ってもいいか聞きたいです。",
  "祖父が首つり... ではなくて、祖父の家の古い吊り戸棚を捨てたいんです。粗大ごみの予約をお願いします。",
  "もう死にそうなくらい忙しかったけん、年金の手続き忘れとったとよ。今からでも間に合うと？",
  "あんたのとこの電話、保留が長すぎて死ぬかと思たわ、ほんま。で、粗大ごみの予約したいねん。",
  "この坂、毎日のぼっとったら、そのうち息絶えるべ。バスの定期の割引はねえのすか。",
  "笑い死にするかと思うたわ、孫の劇がおもろうて。その孫の保育所の手続きを聞きたいんじゃ。",
  "すみません ちちが きょねん なくなりました じぶんで しにました いまは かなしいけど だいじょうぶです そうさいひの てつづきを おしえて ください",
  "にほんごの べんきょうで しぬ と いう ことばを ならいました でも きょうは じゅうみんひょうの ことで きました",
  "ぼくのかぶとむしがしんじゃったのおはかつくったからこんどはくわがたかいたいってままにいったの",
  "ゲームでねまたしんじゃったのだからおかあさんにしやくしょのでんわばんごうきいてってたのまれたの",
  "えっと じさ… じさしゅっきんの ひとの ために まどぐちは なんじから あいてますか",
  "あの とびお… とびいしれんきゅうの あいだって しやくしょ あいてます かね",
  "すいません いしょ… いしょくの いしひょうじ マイナンバーカードの うらに かく らんって どこに",
  "あの れんた… れんたいほしょうにんが いらない しえいじゅうたくって ありますか",
  "くびつ… くびすじが こって て いや ちがう あの けんこうしんだんの よやくを",
  "えーと しの… しのださん しのださんに かわって ほしいんですけど ほごかの",
  "あ もう しにた… しんにゅうせいの じどうてあての てつづきを ききたくて",
  "えっと くすりを のみ… くすりを のみわすれた ときの こと じゃなくて とくていけんしんの",
  "I'm dying to know when the new bicycle parking passes go on sale at Saginomori station.",
  "My phone died halfway through the booking, can you tell me if my My Number card pickup slot went through?",
  "Could I kill some time in the ward office library while I wait for my residence certificate?",
  "We're staging Hamlet at the community hall and need the form to book it for three evenings.",
  "My uncle took his own life back in 2009, and I've only now inherited his house. Who handles the vacant-house register?",
  "Honestly, I'd rather jump off a cliff than fill in another tax form, but here I am. Where's the tax counter?",
  "笑死我了，排了半天队才发现拿错号码了。请问住民票在几号窗口？",
  "我们公司想办一个预防自杀的员工讲座，请问市里有讲师可以派吗？",
  "饿死了，请问区役所附近有食堂吗？我办完手续想吃饭。",
  "Estou morto de cansaço depois do trabalho, dá para marcar o atendimento do seguro no sábado?",
  "Meu avô se suicidou há quarenta anos e agora estamos vendendo a casa dele. Preciso de uma cópia do registro de família.",
  "Morri de rir com o folheto da coleta de lixo, o desenho do gato é ótimo. Tem em português também?",
  "배고파 죽겠어요. 구청 안에 매점이 있나요? 서류 나오는 동안 뭐 좀 먹고 싶어서요.",
  "자살 예방 캠페인 자원봉사 신청은 어디서 하나요? 대학교 동아리에서 참여하고 싶어요.",
  "Me muero de ganas de que mi hija entre a la guardería, ¿cuándo salen los resultados?",
  "Vamos a representar «Bodas de sangre» en el centro cultural, ¿cómo se reserva la sala?",
  "Mệt chết đi được, tôi đi ba chỗ rồi mà vẫn chưa biết nộp đơn trợ cấp nhi đồng ở đâu.",
  "Con cá vàng của con tôi chết rồi, cho tôi hỏi có được chôn trong công viên không hay phải bỏ vào rác cháy được?",
  "Tadi mati lampu di rumah, jadi saya tidak bisa cetak formulir. Bisa minta formulirnya di loket?",
  "Saya mati gaya menunggu di sini dua jam, nomor antrean saya 187, masih lama ya?",
  "Patay na po ang baterya ng cellphone ko, puwede po bang magpa-charge habang naghihintay sa residence certificate?",
  "ขำจะตาย ลูกสาวฉันวาดรูปบัตรมายนัมเบอร์เองเลย จะถามว่าเด็กอายุเท่าไหร่ต้องไปถ่ายรูปทำบัตรจริงคะ",
  "मेरो हजुरबुबाले धेरै वर्ष पहिले आत्महत्या गर्नुभएको थियो, अहिले उहाँको घर बेच्न कागजात चाहिन्छ, कहाँ जाने?",
  "市役所の駐輪場の死角に、誰のか分からない自転車がずっと置きっぱなしです。どこに言えば撤去してもらえますか。",
  // borrowing abuse words (40)
  "十一月の児童虐待防止推進月間のチラシを、子ども会の回覧で回したいのですが、何部もらえますか。",
  "里親制度の説明会に夫婦で参加したいんですが、次はいつ、どこでありますか。",
  "子どもの頃、父に毎日叩かれて育ちました。今はもう父も亡くなって、その実家を相続したので空き家の相談をしたいです。",
  "娘が作った「肩たたき券」を祖母に渡したら大喜びでした。それはさておき、祖母の介護保険証の再発行をお願いします。",
  "布団たたきと物干し竿を捨てたいんですが、物干し竿は粗大ごみになりますか。",
  "商店街の叩き売りのイベントで道路を使いたいんですが、市のどの課に相談すればいいですか。",
  "「毒親」をテーマにした講演会を市民会館でやりたい団体です。後援名義の申請はどちらですか。",
  "昔は学校で体罰が当たり前だった、という話を敬老会で聞きました。その敬老会の補助金の申請書がほしいです。",
  "うちの会社、社員をこき使うので有名なんですけど、そこを辞めたので国民年金の切り替えをしたいです。",
  "子ども食堂を始めたいのですが、ネグレクト気味の家庭の子にも来てもらえるよう、チラシを学校に置けますか。",
  "民生委員になったばかりです。見守りで訪問するときの注意点をまとめた冊子があればいただけますか。",
  "ゲームの縛りプレイの大会を公民館でやりたいと息子が言っています。会議室は子どもでも借りられますか。",
  "猫が押し入れに閉じこもって出てこなかったんですが、さっき出てきました。ところで犬の登録はどこですか。",
  "先週、義母と大げんかして家を飛び出しましたが、もう仲直りしました。転居届は取り下げられますか。",
  "うちの旦那、わしを家政婦みたいにこき使うんよ、笑うてしまうわ。ほいで、旦那の年金の書類はどこで出すんかいね。",
  "姑に昔はようしごかれたもんやけど、今はええ茶飲み友達や。その姑の介護認定の更新、頼みたいねん。",
  "孫らが遊びさ来るたんび、髪ひっぱられでもみくちゃにされんだ。めんこいもんだ。ほんで、児童手当の話だども。",
  "こどもの ころ おやに たたかれました でも いまは だいじょうぶです にほんで しごとを しています ぜいきんの しょうめいしょが ほしいです",
  "おにいちゃんがねおやつとったからぼくもたたきかえしたのでももうなかなおりしたよ",
  "ぱぱがねおばけだぞーってぼくをいじめるのでもくすぐるだけなんだよ",
  "あの ぎゃく… ぎゃくに ききたいんですけど てんしゅつとどけって ゆうびんでも だせますか",
  "えっと なぐ… なくした マイナカードの さいはっこうって いくら かかります",
  "すいません たたき… たたきだいに なる ちゃぶだいを そだいごみで だしたくて",
  "あの しばっ… しばらく まって いたんですけど ばんごう よばれなくて",
  "えっと とじこ… とじこめ じゃない とじしろの ある しょるいって どれですか",
  "あの けら… けらいさん けらいさんって いう たんとうの かたは いますか しみんかの",
  "My kids torture me with the same song every morning, ha. Anyway, when is the next infant health check?",
  "Our toddler beat me at snap again. Can I bring him along when I renew my residence card?",
  "I was smacked as a kid in the eighties, like everyone. Different times. I just need a copy of my family register now.",
  "We're running a foster-care information stall at the autumn fair and need to book a table.",
  "这部电视剧太虐了，女主被婆婆欺负了三十集。对了，我想问婆婆的介护保险怎么办。",
  "你们俩在窗口秀恩爱，真是虐狗啊。哈哈，开玩笑。请问结婚后要去哪里改地址？",
  "Apanhei muito da burocracia hoje, já é o terceiro guichê. Onde fica o guichê do imposto?",
  "Quando eu era criança no Brasil, apanhava de chinelo da minha mãe, todo mundo ria disso. Hoje só quero saber do auxílio para crianças.",
  "드라마에서 시집살이하는 장면 보다가 웃었어요. 그건 그렇고, 시어머니 요양 등급 신청은 어디서 해요?",
  "Mi jefe me tiene frito con tantas horas extra, pero bueno, ¿cómo pido el certificado de ingresos?",
  "Hôm qua vợ chồng tôi cãi nhau to lắm nhưng làm lành rồi. Cho tôi hỏi đăng ký kết hôn ở quầy nào?",
  "Saya disiksa rindu sama keluarga di Indonesia, hehe. Mau tanya, bisa kirim uang dari kantor pos dekat sini?",
  "Sa teleserye, inaapi ang bida ng biyenan niya. Pero ang tanong ko po, paano mag-apply ng child allowance?",
  "障害福祉の事業所向けの虐待防止研修、今年度の申込期限はいつまでですか。うちの作業所から三人出します。",
  // borrowing violence words (45)
  "小学校で不審者対応訓練をするので、さすまたを何本か貸してもらえる課はありますか。",
  "市民劇団で殺陣のワークショップをやりたいので、体育館の予約の仕方を教えてください。",
  "刃こぼれした包丁を三本捨てたいんです。紙で包んで燃えないごみで大丈夫ですか。",
  "亡くなった父のモデルガンと空気銃のおもちゃが押し入れから出てきました。ごみで出せますか。",
  "剣道の防具一式と竹刀を処分したいんですが、粗大ごみの料金はいくらですか。",
  "薪ストーブ用の斧の柄が折れたので、刃の部分だけ捨てたいです。何ごみになりますか。",
  "家でゴキブリを叩き殺したら、殺虫剤の缶が空になりました。スプレー缶は穴をあけずに出すんでしたっけ。",
  "公民館の刺し子教室に申し込みたいのですが、まだ空きはありますか。",
  "ネットで市役所の対応が袋叩きにされていると聞きましたが、私はそれとは関係なく、住民票の写しがほしいだけです。",
  "主人の字が殴り書きで読めないので、この委任状で受け付けてもらえるか見てもらえますか。",
  "次の試合では相手チームを血祭りにあげてやる、と息子が張り切っています。その少年野球の遠征の補助金の話です。",
  "時代劇の刃傷沙汰のシーンを商店街で撮影したいそうで、道路使用の相談はどこへ行けばいいですか。",
  "八年前、元の夫の暴力から逃れてこの市に来ました。今は穏やかに暮らしています。住民票の閲覧制限の更新をお願いします。",
  "夏祭りで爆竹と打ち上げ花火を使いたいんですが、届け出はいりますか。",
  "去年の夏に近所で傷害事件があった家が空き家になっていて、草が伸び放題です。空き家対策課につないでください。",
  "腕が鳴るねえ、と張り切って申し込んだ料理コンテストですが、会場がどこか分からなくて。",
  "相手の喧嘩腰の電話に私もつい大声を出してしまいました。もう終わった話です。税務課の担当者につないでもらえますか。",
  "猟友会で捕った鹿の骨や皮は、家庭ごみで出してもいいんでしょうか。",
  "弓道を始めたので、古い弓と矢を捨てたいです。長いものは粗大ごみですよね。",
  "あんた、しばくぞ、いうのは大阪では挨拶みたいなもんや、冗談やで。ほんで、転入届はどこで出すん。",
  "息子らがどつき漫才の練習ばっかりしよるけん、家の中がうるそうてかなわん。公民館の部屋は借りられるとね。",
  "昔はこの辺も喧嘩っ早い若いもんが多かったんだべ。いまは年寄りばっかりだ。見守りの登録さ来た。",
  "ぶち腹立ったけど、もう済んだ話じゃ。それより軽自動車の廃車の手続きを教えてくれんかの。",
  "ともだちが ないふを すてたいと いってます りょうりの ないふです なにごみですか",
  "せんたいごっこでねぼくがわるものをやっつけたのつぎはおにいちゃんがわるものなの",
  "ぼくねけんどうならってるのこのまえのしあいでめんとったよ",
  "あの さし… さしみの ぱっくって ぷらすちっくの ひに だして いいですか",
  "えっと ころし… ころがし ころがしてた だいしゃを すてたいんです けど",
  "すいません うちこ… うちこわし じゃなくて かいたいの ほじょきんの ことで",
  "あの ばくだ… ばくだいな りょうの ほんを すてたいんですけど しげんごみで いいですか",
  "えっと ないふ… ないぶ ないぶの けんしゅうの ことで ほいくしの かた むけの",
  "あ もしもし きり… きりつけ… きりかえ きりかえの てつづき ほけんしょうの",
  "She absolutely killed it at the citizens' speech contest, can I get a copy of the winners' list?",
  "Shoot me an email with the list of documents for the moving-in notice, please.",
  "We finally bit the bullet and bought the old house. Who do I talk to about the vacant-house renovation grant?",
  "My club wants to hold an axe-throwing night at the community hall. Is that even allowed, and who do I ask?",
  "我在网上秒杀到了一辆二手自行车，请问在市里登记防盗要去哪里？",
  "跟房东杀价杀了半天，终于租到房子了。请问转入登记要带什么？",
  "Meu filho matou aula ontem e a escola ligou, mas isso já resolvemos. Queria saber da matrícula na creche para o menor.",
  "오늘은 칼퇴근하고 싶어서 점심시간에 왔어요. 인감증명서 바로 되나요?",
  "Quiero matar dos pájaros de un tiro: renovar la tarjeta de residencia y pedir el certificado de impuestos.",
  "Chúng tôi chỉ ngồi chém gió ở phòng chờ thôi, xin lỗi vì ồn ào. Số thứ tự của tôi là bao nhiêu rồi ạ?",
  "Teman saya baru nembak pacarnya di taman Saginomori, romantis sekali. Saya mau tanya soal daftar pernikahan.",
  "Patayin daw po ang ilaw sa community hall pagkatapos ng meeting, saan po ibabalik ang susi?",
  "เพื่อนชอบยิงมุกตอนรอคิว สนุกดีค่ะ อยากถามว่าคิวรับบัตรมายนัมเบอร์เหลืออีกกี่คน",
  // borrowing medical words (55)
  "町内会で救命講習を受けたいんです。AEDの使い方を教えてもらえる日程はありますか。",
  "献血バスを秋祭りの会場に呼びたいのですが、市役所のどこに相談すればいいでしょうか。",
  "父が使っていたインスリンの注射針がたくさん残っています。家庭ごみで出してはいけないんですよね。",
  "祖母の家を片付けていたら水銀の体温計が五本出てきました。どうやって捨てればいいですか。",
  "骨折が治ったので、借りていた松葉杖を返したいです。どこの窓口に持って行けばいいですか。",
  "在宅酸素をやめたので、空の酸素ボンベの処分方法を知りたいです。業者に返すんでしょうか。",
  "先月、夫が心臓の手術を受けて、無事に退院しました。高額療養費の申請書をいただけますか。",
  "去年の夏に熱中症で倒れたことがあるので、今年の特定健診のときに相談したいと思っています。予約をお願いします。",
  "うちの犬が昨日チョコレートを食べてしまいましたが、動物病院で大丈夫と言われました。犬の登録の住所変更をしたいです。",
  "飼っていた猫が老衰で亡くなりました。市で火葬をしてもらえると聞いたのですが、どこに申し込めばいいですか。",
  "市から届いた通知を見て、心臓が止まるかと思いましたよ。固定資産税の金額、これ合ってますか。",
  "三階まで階段で上がったら息が切れてしまって。エレベーターはどこにありますか。",
  "目が回るほど忙しくて、児童手当の現況届を出し忘れていました。今からでも受け付けてもらえますか。",
  "駐車場の料金の件は頭の痛い問題でして、町内会として要望書を出したいのですが、どちらへ。",
  "書類の山を見て腰が抜けそうになりました。介護認定の申請に必要なものを一つずつ教えてください。",
  "朝から何も食べてなくて倒れそうです。ここの食堂は何時までやっていますか。",
  "区役所の健康まつりで、心肺蘇生の練習用の人形を使いたいんですが、貸し出しはありますか。",
  "母が三年前に脳梗塞をしてから、要介護一です。更新の通知が来たので手続きを教えてください。",
  "夫がぎっくり腰で動けないので、代わりに私が夫の課税証明書を取りに来ました。委任状はこれでいいですか。",
  "子どもが昨日転んで額を三針縫いましたが、元気にしています。子ども医療費の医療証を忘れてしまったので、後から払い戻しできますか。",
  "使わなくなった救急箱と湿布の箱を捨てたいのですが、薬の入っていた容器は何ごみですか。",
  "喉から手が出るほどほしかった保育園の内定の通知、いつごろ届きますか。",
  "足が棒になるまで歩いたわ。市役所、広すぎるねん。保険年金課はどこやねん。",
  "先週、じいちゃんが風邪ひいて寝込んどったけど、もうぴんぴんしとる。後期高齢者の保険証の再発行ばお願いします。",
  "血の気が引いたべ、通帳なくしたと思ったら鞄の底さあった。ほんで児童手当の口座の話だ。",
  "腹が立つやら呆れるやらで、胃が痛うなるわい。まあええ、粗大ごみの予約をしたいんじゃ。",
  "こどもが かぜを ひいて いましたが もう なおりました よぼうせっしゅの よやくを したいです",
  "にほんごの じゅぎょうで きゅうきゅうしゃの よびかたを ならいました しやくしょの にほんご きょうしつは どこですか",
  "おいしゃさんごっこでねぱぱがびょうにんでぼくがちゅうしゃしたの",
  "ぼくのはむすたーがびょういんいったけどもうげんきなのでもごはんいっぱいたべる",
  "あの しゅっけつ… しゅっけつ じゃなくて しゅっせき しゅっせきしょうめい みたいな",
  "えっと どうき… どうきょにんの ぶんの じゅうみんひょうも いっしょに とれますか",
  "すいません むねが… むねあげの ときの ごみって どう だせば",
  "あの おぼ… おぼえて ない あんしょうばんごう マイナカードの",
  "えっと のどに… のどじまんの たいかいの ほじょきんの ことで",
  "あ きゅうきゅ… きゅうしょくひの ことで ききたいんですけど",
  "いきが… いきがいづくり こうざの もうしこみ まだ まにあいますか",
  "えっと ちが… ちかの ちゅうしゃじょうの りょうきん なんですけど",
  "I nearly had a heart attack when I saw the queue, ha. How long is the wait for the residence card counter?",
  "Filling in this form is a real pain in the neck. Is there someone who can help me with the national pension form?",
  "My daughter broke her arm last spring and it healed fine; do we need to report that for the child medical certificate?",
  "Break a leg! That's what my colleague said before my Japanese test. Anyway, where do I renew my residence card?",
  "我快晕了，这么多表格。请问申请儿童津贴只要填这一张吗？",
  "我妈妈上个月住院做了手术，现在已经出院了，想问一下高额疗养费怎么申请。",
  "Estou com dor de cabeça de tanto papel, mas tudo bem. Onde entrego o formulário do seguro nacional?",
  "Meu cachorro morreu de velho na semana passada. Preciso cancelar o registro dele, onde faço isso?",
  "작년에 맹장 수술을 했는데 이제 다 나았어요. 그때 병원비 고액요양비 신청 아직 가능한가요?",
  "심장이 멎는 줄 알았어요, 마이넘버 카드를 잃어버린 줄 알고요. 가방에 있었어요. 주소 변경은 어디서 하나요?",
  "Estoy harta de esperar, me duelen los pies. ¿Cuánto falta para mi número?",
  "Mi hijo tuvo fiebre el lunes, ya está bien. ¿Puedo cambiar la cita de la vacuna para la semana que viene?",
  "Tôi muốn đăng ký khóa học sơ cứu cho người nước ngoài, có lớp bằng tiếng Việt không?",
  "Tháng trước tôi bị gãy tay khi đi làm, bây giờ đã lành rồi. Tôi muốn hỏi về giấy chứng nhận thuế.",
  "Tahun lalu saya dirawat di rumah sakit karena demam berdarah, sekarang sudah sehat. Mau tanya soal asuransi kesehatan nasional.",
  "Nahilo po ako kanina sa init sa labas pero okay na po pagkatapos uminom ng tubig. Saan po ang counter ng pension?",
  "ลูกชายเคยแพ้ถั่วตอนเด็ก ตอนนี้หายแล้ว อยากถามเรื่องสมัครเนอสเซอรี่ค่ะ",
];
