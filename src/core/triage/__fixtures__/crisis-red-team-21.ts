// Crisis red team 21, frozen 2026-12-05.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 4769638d8b23b0c3448e008b332741c86db9582730700baf03d0a795d29a90f2
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-21.ts | sha256sum
// (written by hand, then formatted with Prettier, which only rewraps lines; the hash is of the
// formatted file.)
//
// Written blind: only these were read: the first 87 lines of crisis-red-team-20.ts (through `sed -n
// 1,87p`; this printed its header, its marker line, the blank comment line below it and the first
// line of its body comment, but not its import, its array openings or any of its red-team lines),
// the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n 1,23p`),
// samples/departments.csv and /work/shared/DESIGN.md. No lexicon, test, script, doc, other fixture,
// other sample or red-team line was opened, git was not run, git history was not read, the
// repository was not grepped for phrases, the __fixtures__ folder was not listed, tsconfig.json and
// the Prettier config were not opened, and neither the engine, jest, the benchmarks nor the
// madoguchi command was run. Commands run: date; `test -e` on this file (it did not exist yet); `ls
// /work/main` (top-level names only); `which node npx python3`; `mkdir -p /tmp/rt21`; sed on the
// two fixtures as above; cat on departments.csv and DESIGN.md, and `wc -l` on DESIGN.md; shell
// heredocs writing, in /tmp/rt21, the two scratch lists (crisis: kind, errand or direct, language,
// text; look-alikes: kind, language, text), the small node script that wraps them, this header text
// and the node script that writes it; awk, sort, uniq and wc counting the lists; one Python edit of
// the look-alike list (one medical look-alike too many was dropped); one-off Python checks (counts
// per kind, errand/direct split, languages, duplicates, shared openings, double quotes,
// backslashes, tabs, apostrophes, line length); the wrapping script, run once, writing this file
// with a placeholder header; `npx prettier --write` and `--check` on this file only; `npx tsc
// --noEmit -p tsconfig.json` filtered with grep to this file (no output); sed and sha256sum for the
// hash and `grep -c` for the marker line; a node one-liner that transpiled this file with the
// typescript package's transpileModule and counted its two arrays (200 and 200 lines, kinds as
// below, 400 distinct texts); head and wc on this file; the header script, rewriting only the lines
// above the marker (run twice, the second time after this header was reworded with a Python edit);
// and, last, sed and sha256sum, `npx prettier --check`, the same filtered tsc, `grep -n` and sed on
// this file only to re-check (after each header run), and sha256sum of the whole file. Each line
// was written by hand into the scratch list; no engine output was seen before or after writing. The
// import of RedTeamKind from ./crisis-red-team is taken from the format.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a tenth ward office's desk over another year, in plain words and natural
// proportions, with callers, errands and wordings of its own. 100 of the crisis lines (suicide 30,
// abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then say what is
// happening now; the other 100 are direct. Errands, across all eleven departments: a
// family-register transcript, a seal-registration card reissue, a residence certificate and its
// copy, moving-in, moving-out and change-of-address notices, the electronic certificate on a My
// Number card, a student pension-payment exemption and a national-pension exemption, pension
// premiums, NHI premiums, an NHI premium reduction, a lost NHI card, the ceiling-amount
// certificate, a high-cost medical expense claim, the childbirth lump sum, the funeral expenses
// grant, late-stage elderly medical premiums, a light-vehicle tax reminder and payment slip, a
// property-tax slip, resident tax in instalments, an income certificate at a convenience store, a
// tax-payment certificate, a tax-return consultation booking, moped deregistration, a welfare
// application, a welfare caseworker, a medical coupon, the housing-security benefit, the child
// allowance bank account, the child-rearing allowance and its status report, a child medical
// certificate reissue and the child medical subsidy, nursery admission, an after-school club
// application, the maternal and child health handbook, pregnancy check vouchers, postnatal care,
// infant health checks, a child's vaccination voucher and booking, the specific health check, a
// care-need certification result and survey date, a care-insurance co-payment certificate and
// premium notice, home-help visit times, day-service pick-up times, welfare-equipment rental and
// return, the community support centre's number, a disability certificate renewal and grade, a
// disability-service recipient certificate, self-support medical care renewal, a hearing-aid
// subsidy, prosthetic-device repair, sign-language interpreter dispatch and booking, the
// vacant-house bank, an overgrown vacant house, a vacant-house demolition subsidy, garbage sorting
// and collection days, oversized-rubbish pickup, resource rubbish, garbage bags and a retailer's
// registration for them, appliance recycling, and the office's car park and bicycle park. Callers:
// the person at risk, wives and husbands, mothers, sons and daughters, sisters and brothers, a
// granddaughter, small children in kana, friends, a roommate, colleagues, a landlord, a care
// manager, a newspaper deliverer, a piano teacher, a home helper, group-home staff, a junior-high
// homeroom teacher, a day-service driver, a convenience-store clerk, a sign-language interpreter,
// visitors waiting at the desk, a taxi driver, an apartment manager, a postal carrier, a nursery
// teacher, neighbours, passers-by and foreign residents. 24 crisis lines and 12 look-alikes are in
// other languages (crisis: English 3, Chinese 3, Portuguese 3, Vietnamese 3, Korean 2, Spanish 2,
// Tagalog 2, Indonesian 2, Nepali 2, Thai 2; look-alikes: English 3, Chinese 2, Korean, Vietnamese,
// Spanish, Portuguese, Tagalog, Thai, Nepali); some lines are in easy Japanese kana (the person at
// risk, small children, foreign residents); 18 are ASR-style spaced kana with fillers and homophone
// kanji slips (11 crisis, 7 look-alike near-misses); others are in Kansai, Tohoku and
// Hiroshima-like dialect. Look-alikes: suicides, attempts, self-harm, overdoses, child and elder
// abuse, neglect, DV, assaults, a robbery, fights, heart attacks, strokes, choking, fractures,
// fires and heatstroke that are over and settled; service questions (gatekeeper training,
// prevention weeks, posters and plans, bereaved families' meetings, statistics, school talks,
// foster care, orange-ribbon badges, abuse-prevention training, parenting classes, DV support
// measures, victim support, self-defence classes, crime-prevention buzzers, hunting-gun permits,
// AED, first-aid and life-saving courses, cool shelters, a carbon-monoxide leaflet, a gas alarm's
// flat battery); fiction, plays, rakugo, a mystery circle, a reading circle, a K-drama and a stage
// fight club; rope, charcoal, sleeping pills, pesticide bottles, cutter blades, kitchen knives, a
// hatchet and an axe, an old sword and a fire extinguisher to throw away or register; cooking,
// kendo, karate, boxing, diving, shooting, games and pets; idioms and jokes (死ぬほど, 首が回らない, 死ぬ気で,
// 死んだつもりで, 殺す気か, 殴り書き, しばいたろか, 心臓が止まるかと, 骨が折れる, 窒息しそうな, 意識が飛ぶ, 気絶するほど, 血を吐くような, dying to, me muero
// de ganas); ASR near-misses (市に, 家事, 行き先, 指され, ぎゃくに); and desk errands that mention a death, a
// hospital stay or a police report in passing.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 21, written without looking at the crisis
// lexicon, its look-alike list, its tests or any other set's lines. Every person, place and
// situation here is invented. Speech-recognition lines are kana, spaced, with fillers and
// homophone kanji as a phone line may transcribe them (市に for 死に, 行き for 息, 釣る for 吊る,
// 地 for 血, 指され for 刺され).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_21_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // Suicide, self-harm and overdose: 30 begin with an errand at the desk, 30 are direct.
  [
    "戸籍謄本を一通取りたくて電話したんですけど、正直もうどうでもよくて、今ベランダの手すりの外側に立ってます。",
    "suicide",
  ],
  [
    "国民年金の学生納付特例の書類のことで聞きたかったんですが、今、手元に睡眠薬を全部出してあって、電話を切ったら飲むつもりです。",
    "suicide",
  ],
  [
    "住居確保給付金の申請、もう間に合わないですよね。家賃も払えないし、さっき練炭に火をつけて、部屋の目張りも済ませました。",
    "suicide",
  ],
  [
    "軽自動車税の督促状が来た件なんですが、それはもういいんです。今、車の中で、排気ホースを窓から引き込んでエンジンをかけています。",
    "suicide",
  ],
  [
    "夫の高額療養費の申請に行く予定だったんですが、夫が今朝から物置に閉じこもって「ロープならある」と言って、出てこないんです。",
    "suicide",
  ],
  [
    "母の要介護認定の結果を聞きたいんですけど、今、母が台所で包丁を自分の手首に当てていて、離してくれません。",
    "suicide",
  ],
  [
    "生活保護の申請をしたいんですが、さっき一か月分の薬をまとめて飲んでしまって、頭がぐらぐらしています。",
    "suicide",
  ],
  [
    "アパートの大家です。空き家バンクに別の物件を載せる件でしたが、それより、今うちの店子さんから「これから死にます、部屋を汚してすみません」とメールが来て、ドアを叩いても返事がないんです。",
    "suicide",
  ],
  [
    "I'm calling about the electronic certificate on my My Number card, but honestly I have all my pills lined up on the table and I'm going to swallow them as soon as I hang up.",
    "suicide",
  ],
  ["我本来想问一下转出登记的手续，可是我现在站在河边的大桥栏杆外面，已经不想活了。", "suicide"],
  [
    "ほいくえんの もうしこみを ききたいです。でも もう つかれました。いま くすりを たくさん のみました。",
    "suicide",
  ],
  [
    "えーと あの こくほ の ほけんりょう の はなし で えー もう いきて いけない ので いまから 市にます あの ひも は よういして あります",
    "suicide",
  ],
  [
    "固定資産税の納付書のことで電話したんやけど、もうええわ。今な、ビルの屋上の柵越えたとこにおんねん。",
    "suicide",
  ],
  [
    "同僚の転入届の件で代わりに聞きたいことがあったんですが、その同僚が今、工場の更衣室で手首を切って、床が血だらけなんです。",
    "suicide",
  ],
  [
    "障害者手帳の更新のことで…ごめんなさい、今また腕をカッターで切ってしまって、血が止まらないんです。",
    "suicide",
  ],
  [
    "ごみの分別を聞きたかったんだけど、いま部屋で灯油をかぶって、ライターを持ってる。もう終わりにしたい。",
    "suicide",
  ],
  [
    "学童保育の申し込みのことで母に頼まれて電話したんですけど、お母さんがさっきから風呂場に鍵をかけて、洗剤を混ぜて「もう死ぬ」って言ってます。",
    "suicide",
  ],
  [
    "Queria saber sobre o seguro nacional de saúde, mas agora estou no telhado do prédio e vou pular, não aguento mais.",
    "suicide",
  ],
  [
    "ケアマネの者です。福祉用具のレンタル変更の件でお電話しましたが、今、訪問先の利用者さんが、ベルトをドアノブに掛けて首を入れようとしています。",
    "suicide",
  ],
  [
    "課税証明書をコンビニで取ろうとしたらエラーになって…もうそれもどうでもいい。今、線路の脇にいて、次の電車に飛び込もうと思ってます。",
    "suicide",
  ],
  [
    "子ども医療証の再発行をお願いしたいんですが、高校生の息子が今、部屋で首を吊ろうとしていたのを見つけて、ひもはほどいたけど息が弱いんです。",
    "suicide",
  ],
  [
    "국민연금 납부 문제로 전화했는데요, 사실 방금 수면제를 한 통 다 먹었어요. 눈이 자꾸 감겨요.",
    "suicide",
  ],
  [
    "母子手帳をもらいに行く予定だったけど、妊娠のことを誰にも言えなくて、今、駅のホームの端に立っています。もう消えたい。",
    "suicide",
  ],
  [
    "粗大ごみの申し込みのついでに言いますが、隣の部屋のおじいさんが、さっきから窓を開けて「ここから飛び降りる」と叫んでいます。四階です。",
    "suicide",
  ],
  [
    "新聞配達の者です。庁舎の駐車場の場所を聞くつもりでしたが、配達先の家の車庫で、車の中に七輪が置いてあって、中で人がぐったりしています。",
    "suicide",
  ],
  [
    "Tôi gọi để hỏi về phiếu tiêm chủng của con, nhưng tôi vừa uống hết cả lọ thuốc ngủ rồi, tôi không muốn sống nữa.",
    "suicide",
  ],
  [
    "葬祭費の申請さ行ぐつもりだったんだども、婆さまいねぐなって、おら もうだめだ。今、納屋で縄っこ掛げだとこだ。",
    "suicide",
  ],
  [
    "児童扶養手当の現況届について聞きたかったんですけど、妹が今LINEで「さよなら、ありがとう」って送ってきて、電話に出ないんです。一人暮らしで、前にも薬を大量に飲んだことがあります。",
    "suicide",
  ],
  [
    "住民税の分割の相談をしたくて。でも正直、借金で首が回らないどころじゃなくて、今、海が見える崖の上に来ています。ここから落ちれば楽になれる。",
    "suicide",
  ],
  [
    "Llamo por la ayuda para el audífono de mi padre, pero ahora mismo mi hermano se encerró en el baño con una navaja y dice que se va a cortar las venas.",
    "suicide",
  ],
  [
    "今、睡眠薬と風邪薬を合わせて五十錠くらい飲みました。止めてほしいわけじゃないけど、誰かに言っておきたくて。",
    "suicide",
  ],
  ["マンションの十二階の外廊下から、ずっと下を見ています。今夜で終わりにします。", "suicide"],
  ["父が今、車庫でホースをつないで車に乗り込みました。中から鍵を閉められて開きません。", "suicide"],
  [
    "彼氏が電話の向こうで「今、首にタオルを巻いた」と言っていて、声が苦しそうです。住所は分かります。",
    "suicide",
  ],
  ["自分の腕を切るのが止められない。今日はいつもより深くて、タオルが真っ赤になってる。", "suicide"],
  ["あのー えっと いま あに が へや で くび 釣って て うごかない です はやく", "suicide"],
  ["娘が学校の屋上にいると、友達から連絡がありました。フェンスの外に出ているそうです。", "suicide"],
  ["妻が農薬を飲んだと言っています。口から泡が出ていて、瓶が空っぽです。", "suicide"],
  ["いま はしの うえ。 かわ みてる。 もう いい。 さよなら。", "suicide"],
  [
    "Ang kapatid ko ay uminom ng maraming gamot ngayon lang at sinasabi niyang gusto na niyang mamatay. Tulungan ninyo kami.",
    "suicide",
  ],
  [
    "夫が遺書を置いて出ていきました。「樹海に行く」と書いてあって、さっき電話したら電車の音がしていました。",
    "suicide",
  ],
  ["私、ガスの元栓を開けたまま窓を閉め切ってます。少しにおいがしてきました。", "suicide"],
  [
    "息子が部屋にこもって「もう生きてる意味ない」と言いながら、ドアの向こうでガムテープを貼る音がしています。",
    "suicide",
  ],
  ["おかんが今、包丁持って「もう死ぬ」言うて風呂場に立てこもっとるんです。はよ来て。", "suicide"],
  ["友達が駅前の歩道橋で手すりをまたいでます。今、私もすぐ後ろにいます。", "suicide"],
  ["血が止まらない。自分で首の横を切った。ちょっと怖くなって電話してる。", "suicide"],
  ["え もしもし あの わたし いま 市のう と おもって くすり のんで ます ぜんぶ", "suicide"],
  ["祖母が今、物干しざおにひもを掛けて、踏み台を持ってきました。止めても聞きません。", "suicide"],
  [
    "彼女が今、私の目の前で頭痛薬の瓶を空けて全部飲み込みました。三十錠以上あったと思います。",
    "suicide",
  ],
  ["自分で自分を終わらせたい。今、ロープの輪ができたところです。", "suicide"],
  ["高校二年の弟が、配信で「これから飛ぶ」と言って、屋上からライブ中継しています。", "suicide"],
  ["夫が猟銃を出して、自分のあごに向けています。弾が入っているか分かりません。", "suicide"],
  ["今日で最後にするつもりで、練炭を買って車の中にいます。まだ火はつけていません。", "suicide"],
  [
    "じいちゃんが、もう生きとってもしょうがない言うて、今、ため池の中に歩いて入って行きよるんじゃ。",
    "suicide",
  ],
  [
    "隣の部屋から「さよなら」と叫ぶ声がして、ベランダの窓が開いて、人が手すりに腰かけています。",
    "suicide",
  ],
  ["母が今、インスリンを全部打ってしまったと言っています。もう立てないみたいです。", "suicide"],
  ["遺書はもう書きました。今、包丁を握っていて、これで終わりにします。", "suicide"],
  [
    "Teman sekamar saya sekarang berdiri di pinggir atap asrama dan bilang mau lompat. Tolong cepat.",
    "suicide",
  ],
  ["死のうと思って飲んだ薬が効いてきて、手がしびれてきました。やっぱり怖いです。", "suicide"],
  ["मेरो साथीले भर्खरै धेरै औषधि खायो र मर्न चाहन्छु भनिरहेको छ, अहिले राम्रोसँग बोल्न सकिरहेको छैन।", "suicide"],
  // Abuse of a child, an elder or a disabled person by a carer or family member: 20 begin with an errand at the desk, 20 are direct.
  [
    "児童手当の振込口座を変えたいんですが…それと、今となりの家から子どもが「ごめんなさい、やめて」と泣き叫んでいて、ずっと叩く音がしています。",
    "abuse",
  ],
  [
    "保育所の入所申請のことで来ました。あの、今この待合の廊下で、お父さんが三歳くらいの子の髪をつかんで引きずっています。",
    "abuse",
  ],
  [
    "ヘルパーです。訪問介護の時間変更の件で電話しましたが、今訪問したら、利用者のおばあさんが息子さんに柱にひもで縛られていて、手首が紫色です。",
    "abuse",
  ],
  [
    "ピアノ教室をしている者です。空き家の相談で電話したんですが、今レッスンに来た小学生の背中にやけどの跡がたくさんあって、「帰ったらまたやられる、帰りたくない」と震えています。",
    "abuse",
  ],
  [
    "転居届を出したいんですけど、その前に、アパートの上の階で今、赤ちゃんが何時間も泣きっぱなしで、親が怒鳴って何かを投げつける音が続いています。",
    "abuse",
  ],
  [
    "介護保険の負担割合証のことで聞きたくて。あと、今祖父の家に来たら、伯父が祖父を蹴っていて、祖父が床から起き上がれません。",
    "abuse",
  ],
  [
    "グループホームの職員です。受給者証の更新で電話しましたが、今、夜勤の同僚が入居者さんの顔を平手で何度も叩いているのを見て、止めに入ったところです。",
    "abuse",
  ],
  [
    "乳幼児健診の日程を知りたかったんですが、今、隣の部屋の母親がベランダに二歳の子を裸のまま出して、鍵を閉めています。外は雪です。",
    "abuse",
  ],
  [
    "I wanted to ask about the child medical subsidy, but right now my neighbour is beating his little boy with a belt in the yard and the boy is screaming.",
    "abuse",
  ],
  [
    "中学の担任です。別件でお電話しましたが、今、生徒が「昨日から家でご飯をもらえてない、今日帰ったら殴られる」と言っていて、腕に新しいあざがあります。",
    "abuse",
  ],
  [
    "あの すみません その ごみ の しゅうしゅうび の こと なんです けど あの となり で こども が ずっと たたかれて て いま も ないて ます",
    "abuse",
  ],
  [
    "デイサービスの送迎の者です。送迎時間の変更の件でしたが、お迎えに行ったら、おじいさんが家に鍵をかけて閉じ込められていて、二日食べていないと言っています。ご家族は留守です。",
    "abuse",
  ],
  [
    "生活保護の担当の方に連絡したくて。あと、今、うちの夫が娘の首を押さえつけて「静かにしろ」と言っていて、娘の顔が赤くなっています。",
    "abuse",
  ],
  [
    "我想问一下儿童抚养津贴的事情，但是现在隔壁的爸爸正在打他的女儿，孩子一直在哭着喊救命。",
    "abuse",
  ],
  [
    "コンビニの店員です。ごみ袋の取扱店の件で電話しましたが、今、店に小学生の女の子が裸足で逃げてきて、「お母さんの彼氏に殴られた、追いかけてくる」と言っています。",
    "abuse",
  ],
  [
    "補聴器の補助のことで電話したんやけど、ちょっと聞いて。今、隣のお兄ちゃんが障害のある弟さんを怒鳴りつけて、壁にぶつけてる音がずっとしとるんや。",
    "abuse",
  ],
  [
    "Tôi muốn hỏi về phiếu khám thai, nhưng bây giờ chồng tôi đang đánh con trai năm tuổi bằng gậy, tôi không ngăn được.",
    "abuse",
  ],
  [
    "後期高齢者の保険料の通知のことで。それより、今、母が寝たきりの祖母に「早く死ね」と言いながら、口にタオルを押し込んでいます。",
    "abuse",
  ],
  [
    "こどもの いりょうしょうの こと ききたい です。でも いま パパが おねえちゃんを なぐってる。こわい。",
    "abuse",
  ],
  [
    "手話通訳の派遣をお願いしている者です。今、通訳で伺ったお宅で、耳の聞こえないお子さんが父親に押し入れに閉じ込められて、外からつっかえ棒をされています。",
    "abuse",
  ],
  [
    "今、向かいの家で子どもが「痛い、痛い」と叫んでいて、大人の男の怒鳴り声と、ドンという音が何回もしています。",
    "abuse",
  ],
  [
    "隣のおばあちゃんが、息子さんに今、外へ引きずり出されて、地面に倒れたまま蹴られています。",
    "abuse",
  ],
  [
    "友達の家に遊びに来たら、友達のお父さんが友達の頭を床に何度も打ちつけていて、私はトイレに隠れて電話しています。",
    "abuse",
  ],
  [
    "あのー いま うえ の へや で あかちゃん が なげられた みたい な おと が して なきごえ が とまった ん です",
    "abuse",
  ],
  ["妹が継父に今、部屋で殴られています。私も中学生で、止められません。", "abuse"],
  [
    "施設に面会に来たら、職員が母をベッドに押さえつけて、顔を叩いていました。今もやめていません。",
    "abuse",
  ],
  [
    "今、隣の家のお母さんが、小学生の男の子の腕に熱いアイロンを押しつけていて、男の子が叫んでいます。",
    "abuse",
  ],
  [
    "夫が今、二歳の息子の顔を浴槽の水につけて「泣きやめ」と言っています。私は殴られて動けません。",
    "abuse",
  ],
  [
    "公園で、母親が五歳くらいの子の首をつかんで激しく揺さぶっています。子どもがぐったりしています。",
    "abuse",
  ],
  ["障害のある兄が、父にベルトで叩かれて、今、背中から血が出ています。", "abuse"],
  [
    "隣の家のわらしが、今も外さ出されで泣いでる。親が鍵かげで、もう二時間だ。夜は零下だべ。",
    "abuse",
  ],
  [
    "認知症の父を介護している兄が、今、父の腕をつかんでねじ上げて、父が悲鳴を上げています。",
    "abuse",
  ],
  [
    "Meu vizinho trancou o filho pequeno dentro do carro no sol desde cedo e agora a criança parou de chorar. O pai grita com quem se aproxima.",
    "abuse",
  ],
  [
    "今、娘の同級生がうちに逃げてきて、「お父さんが包丁を持って追いかけてきた」と泣いています。顔が腫れています。",
    "abuse",
  ],
  ["生後三か月の子を、夫が今ものすごく強く揺さぶっていて、子どもの目の動きが変です。", "abuse"],
  [
    "隣の家で、寝たきりのおじいさんが何日も放っておかれていて、今、窓からのぞいたら床に倒れて動いていません。家族は旅行中みたいです。",
    "abuse",
  ],
  ["ตอนนี้เพื่อนบ้านกำลังตีลูกเล็กๆ ของเขาด้วยไม้ เด็กร้องไห้ขอให้ช่วย", "abuse"],
  [
    "もしもし えー いま むかい の いえ で こども が ちちおや に けられて て えー うごか なく なり ました",
    "abuse",
  ],
  [
    "母が、知的障害のある妹を今、ベランダの物置に閉じ込めて、外から鍵をかけました。中から叫び声がします。",
    "abuse",
  ],
  [
    "ヘルパーで伺っているお宅で、今、奥さんが、おじいさんの乗った車いすを階段の上から押そうとしています。",
    "abuse",
  ],
  // Assault, threats and DV between adults: 22 begin with an errand at the desk, 23 are direct.
  [
    "印鑑登録証をなくしたので再発行したいんですが、実は今、外で元夫が玄関のドアを蹴っていて、「出てこないと殺す」と叫んでいます。",
    "violence",
  ],
  [
    "住民票を取りに来て待っている者です。今、市民課の待合で、番号札のことで揉めた男性が職員さんの胸ぐらをつかんで殴りかかっています。",
    "violence",
  ],
  [
    "駐輪場の場所を聞きたかったんですが、今その駐輪場で、若い男の人が二人がかりで一人を蹴り続けていて、蹴られている人が動きません。",
    "violence",
  ],
  [
    "国保の保険料の減免について…ごめんなさい、今、夫が台所で包丁を持って、私に「死ね」と言いながら近づいてきます。",
    "violence",
  ],
  [
    "タクシーの運転手です。原付の廃車の件で電話しかけていたんですが、今、乗せたお客さんにナイフを突きつけられて、車の外に逃げました。客はまだ車内でナイフを振り回しています。",
    "violence",
  ],
  [
    "住民票の写しを取りに来ました。ちょっと待って、今、庁舎の入口で、男が女性の髪をつかんで地面に引き倒して殴っています。",
    "violence",
  ],
  [
    "空き家の草の件で電話したんですが、今その空き家に知らない男たちが入り込んでいて、中から「やめろ」という悲鳴と殴る音がしています。",
    "violence",
  ],
  [
    "Llamo por el certificado de impuestos, pero ahora mismo mi pareja me está pegando y cerró la puerta con llave. Estoy escondida en el baño.",
    "violence",
  ],
  [
    "マンションの管理人です。資源ごみの出し方の件でしたが、今、五階の廊下で男性が女性を壁に押しつけて首を絞めています。",
    "violence",
  ],
  [
    "えー あの のうぜい しょうめい の こと で あ ちょっと まって いま そと で おとこ が かたな ふりまわして ます ひと が にげて る",
    "violence",
  ],
  [
    "介護認定の調査の日にちの件ですが、今、家の前で隣の息子さんが金属バットで父の車を叩き割っていて、父に向かってきています。",
    "violence",
  ],
  [
    "保護課のケースワーカーさんに伝えたいことがあって電話しました。今、私の部屋に元彼が押しかけてきて、ドアチェーンを切ろうとしています。",
    "violence",
  ],
  [
    "転出届の書き方を聞きたくて。いや、それどころじゃない、今、隣の部屋で夫婦げんかが始まって、奥さんが「殺される」と叫んでいます。",
    "violence",
  ],
  [
    "Tumatawag ako tungkol sa health insurance, pero ngayon sinasaktan ako ng asawa ko at may hawak siyang kutsilyo. Nagtatago ako sa kwarto.",
    "violence",
  ],
  [
    "軽自動車税の納付書のことやけど、ちょっと待って、今、店の前で酔っぱらいが瓶割って、通行人に切りかかっとる。",
    "violence",
  ],
  [
    "特定健診の予約をしたいんですが、今、病院の駐車場で、男の人が看護師さんを殴っていて、看護師さんが倒れました。",
    "violence",
  ],
  [
    "福祉用具の返却の件ですが…今、家に強盗が入ってきて、私は二階の押し入れに隠れています。下で物を壊す音がします。",
    "violence",
  ],
  [
    "郵便の配達員です。空き家の件で空き家対策課さんに連絡するつもりでしたが、今、配達先の家の庭で、男が女性に馬乗りになって殴っています。",
    "violence",
  ],
  ["我想问一下生活保护的申请，但是现在我丈夫喝醉了，拿着刀说要杀了我，我躲在厕所里。", "violence"],
  [
    "児童扶養手当の書類を出しに行こうとしてたんですが、今、元交際相手が車で家の前に来て、ガソリンみたいなものを玄関にまいています。",
    "violence",
  ],
  [
    "葬祭費の手続きのことじゃけど、ちいと待って、今、葬式の席でおじ同士が殴り合いになって、一人が頭から血を流しとるんじゃ。",
    "violence",
  ],
  [
    "手話通訳の予約をしたいんですけど、その前に、今、作業所の前で利用者さんが知らない男に殴られて、財布を取られそうになっています。",
    "violence",
  ],
  ["今、駅前のロータリーで男が包丁を振り回していて、何人か切られています。", "violence"],
  ["夫に今、首を絞められて、やっと振りほどいて外に出ました。夫が追いかけてきます。", "violence"],
  [
    "隣の部屋の男性が、今、ベランダ越しにこっちへ「火をつけてやる」と叫んで、ライターをかちかち鳴らしています。",
    "violence",
  ],
  ["コンビニの前で、高校生くらいの子が五、六人に囲まれて殴られています。", "violence"],
  ["あの もしもし いま おっと が ほうちょう もって て あの さされ そう です", "violence"],
  ["彼氏が今、部屋のドアを壊して入ってこようとしています。前にも骨を折られました。", "violence"],
  ["父と兄が今、台所で取っ組み合いになって、兄が包丁を取り出しました。", "violence"],
  [
    "電車の中で、男が女性客を何度も殴っていて、誰も止められません。次の駅まで三分です。",
    "violence",
  ],
  [
    "지금 남편이 술에 취해서 저를 때리고 있어요. 아이들과 방에 숨어 있는데 문을 부수려고 해요.",
    "violence",
  ],
  ["家の外に知らない男がいて、窓を割って入ってこようとしています。一人暮らしです。", "violence"],
  ["今、畑で隣の爺様と親父が鎌持って喧嘩してる。親父の腕から血ぃ出でる。", "violence"],
  [
    "別れた妻の今の夫が、今、うちの店に来て、カウンター越しに私を殴って、店の物を壊しています。",
    "violence",
  ],
  [
    "Suami saya sedang memukul saya sekarang dan mengancam akan membunuh saya dengan pisau. Saya bersembunyi di kamar mandi.",
    "violence",
  ],
  ["公園のトイレの前で、男が女の子を無理やり車に押し込もうとしています。", "violence"],
  [
    "今、同居人に部屋に閉じ込められて、スマホも取り上げられました。隠していた古い携帯からかけています。",
    "violence",
  ],
  [
    "道で私をつけてきた男が、今も後ろにいて、さっき腕をつかまれました。近くの店に逃げ込んだところです。",
    "violence",
  ],
  [
    "Bây giờ có một người đàn ông đang đánh vợ ngoài hành lang chung cư, chị ấy đang kêu cứu và mũi chảy máu.",
    "violence",
  ],
  ["居酒屋の前でけんかがあって、一人が倒れたまま頭を何度も踏まれています。", "violence"],
  ["息子が今、私に灰皿を投げつけて、額が切れました。まだ暴れています。", "violence"],
  ["मेरो श्रीमानले अहिले मलाई कुटिरहेको छ र चक्कु देखाएर मार्छु भनिरहेको छ।", "violence"],
  [
    "職場の倉庫で、先輩が後輩をバールで殴っています。後輩が頭を押さえてうずくまっています。",
    "violence",
  ],
  [
    "えっと いま まえ の いえ で おくさん が だんな に はな から 地 が でる まで なぐられて ます",
    "violence",
  ],
  ["今、家の前にいる男に「今から刺す」と言われて、ドアを必死で押さえています。", "violence"],
  // Medical emergencies, fire, gas and drowning: 28 begin with an errand at the desk, 27 are direct.
  [
    "限度額適用認定証の申請について聞きたいんですが…あ、今、隣にいる父が急に胸を押さえて倒れて、呼んでも返事がありません。",
    "medical",
  ],
  [
    "出産育児一時金の書類のことで電話してます。あの、まだ三十二週なんですけど、今破水したみたいで、出血も多いです。",
    "medical",
  ],
  [
    "庁舎の駐車場の料金を聞きたかったんですが、今その駐車場で、車の中の年配の男性がぐったりしていて、窓を叩いても反応がありません。エンジンも止まっています。",
    "medical",
  ],
  [
    "乳幼児健診の予約を取りたくて。待ってください、今、一歳の子がボタン電池を飲み込んだみたいで、苦しそうにしています。",
    "medical",
  ],
  [
    "障害者手帳の等級の件で…すみません、今、母がおもちを喉に詰まらせて、顔が紫になっています。",
    "medical",
  ],
  [
    "ごみの収集日のことですが、今、隣の家の窓から煙がもくもく出ていて、中におばあさんがいるはずです。",
    "medical",
  ],
  [
    "空き家の解体補助について聞きたいんですけど、今、その隣の空き家から火が出ています。うちの壁にも燃え移りそうです。",
    "medical",
  ],
  [
    "産後ケアの申し込みをしたくて。あの、今、自分がすごく出血していて、ナプキンが一時間ももたないんです。めまいもします。",
    "medical",
  ],
  ["国民年金の免除の件で…今、夫が風呂場で倒れていて、顔をお湯につけたまま動きません。", "medical"],
  [
    "Liguei para perguntar sobre o cartão My Number, mas meu pai acabou de cair da escada, está sangrando muito na cabeça e não responde.",
    "medical",
  ],
  [
    "税の申告の相談を予約したいんですが、あ、今、職場の同僚が机に突っ伏して、いびきみたいな息をしていて、起きません。",
    "medical",
  ],
  [
    "保育園の保育士です。入所の書類の件でしたが、今、園児がプールで沈んでいたのを引き上げました。息をしていません。",
    "medical",
  ],
  [
    "I was calling to ask about garbage bags, but my husband just collapsed in the kitchen and he isn't breathing. What do I do?",
    "medical",
  ],
  [
    "しょうがいしゃの てちょうの こと ききたい。でも いま おかあさん たおれた。へんじ しない。",
    "medical",
  ],
  [
    "地域包括支援センターの電話番号を教えてください。あ、今、母が急にろれつが回らなくなって、右手が動かないと言っています。",
    "medical",
  ],
  [
    "医療券の発行のことでケースワーカーさんに…今、アパートの隣の部屋がガスのにおいでいっぱいで、中で人が倒れています。",
    "medical",
  ],
  [
    "えーと こくほ の げんど がく の あのー いま ちち が しょくじ ちゅう に のど に つまらせて 行き が できて ない です",
    "medical",
  ],
  [
    "介護保険料の通知のことで…父が今、糖尿病の薬を飲んだあと冷や汗をかいて、話しかけても目がうつろです。",
    "medical",
  ],
  [
    "粗大ごみの受付の件やけど、ちょっと待って、今うちの旦那が脚立から落ちて、頭打って動かへんねん。",
    "medical",
  ],
  [
    "納税証明書を取りに来た者です。今、庁舎の階段で年配の男性が倒れて、息をしていないみたいです。AEDはどこですか。",
    "medical",
  ],
  ["ฉันโทรมาถามเรื่องประกันสุขภาพ แต่ตอนนี้แม่ของฉันล้มลงและหายใจไม่ออก", "medical"],
  [
    "自立支援医療の更新で電話しましたが、今、息子が蜂に刺されて、全身にじんましんが出て、息がヒューヒューしています。",
    "medical",
  ],
  [
    "原付の廃車手続きのことですが、今、目の前の交差点でバイクとトラックがぶつかって、人が倒れたまま動きません。",
    "medical",
  ],
  [
    "予防接種の予約をしたくて。今、子どもが四十度の熱でけいれんしていて、もう五分以上止まりません。",
    "medical",
  ],
  [
    "補装具の修理の件ですが、今、施設のお風呂で利用者さんが湯船に沈んでいて、引き上げたけど意識がありません。",
    "medical",
  ],
  [
    "家電リサイクルの件で電話しました。あ、今、マンションの廊下が煙でいっぱいで、火災報知器が鳴っています。",
    "medical",
  ],
  [
    "国保の保険証なぐしたんだども、あっ、今、婆ちゃんが畑で倒れで、返事ねぇ。この暑さだ。",
    "medical",
  ],
  [
    "転入届の件で電話したんですけど、今、引っ越しの荷物を運んでいた弟が階段でタンスの下敷きになって、息が苦しいと言っています。",
    "medical",
  ],
  ["祖父が今、お風呂で意識がなくなっていて、湯船から引き上げられません。", "medical"],
  ["川で子どもが流されています。今、橋の下あたりです。", "medical"],
  ["夫が急に頭が割れるように痛いと言って吐いて、今、呼びかけに答えません。", "medical"],
  ["台所から火が出て、天井まで燃えています。子どもが二階にいます。", "medical"],
  ["赤ちゃんが今、ミルクを吐いてから顔色が真っ青で、息をしていないみたいです。", "medical"],
  ["あの いま はは が たおれて て えー 行き を して ない みたい です", "medical"],
  ["母が草刈り機で足を切って、血が噴き出しています。", "medical"],
  ["娘がピーナッツを食べたら唇が腫れてきて、今、息が苦しいと言っています。", "medical"],
  ["アパートの部屋から強いガスのにおいがしてきて、隣の人が出てきません。", "medical"],
  ["工事現場で作業員が足場から落ちて、頭から血を流して動きません。", "medical"],
  ["熱中症だと思います。今、グラウンドで生徒が倒れて、けいれんしています。", "medical"],
  ["用水路に三歳の子が落ちて、今引き上げたけど、泣かないし息もしていません。", "medical"],
  ["父が今、脚立から落ちて、首が痛い、手足がしびれると言っています。", "medical"],
  [
    "妻が妊娠中なんですが、今、急におなかが板のように固くなって、ものすごく痛がっていて、出血もあります。",
    "medical",
  ],
  ["仕事中に同僚が機械に腕を挟まれて、今も抜けません。", "medical"],
  ["友人が飲み会で何か錠剤を飲まされたみたいで、今、意識がなくて唇が青くなっています。", "medical"],
  ["隣の家の子が、今、二階の窓から落ちて、下のコンクリートに倒れています。", "medical"],
  ["母が糖尿病で、今、呼んでもうなるだけで、汗びっしょりになっています。", "medical"],
  ["じいちゃんが餅を喉に詰めて、今、息ができんのんよ。背中叩いても出てこん。", "medical"],
  ["駅の階段で女性が倒れて、頭から血が出ていて、意識がありません。", "medical"],
  ["海で泳いでいた友達が、今、沖のほうで手を振って沈みかけています。", "medical"],
  [
    "家の中で石油ストーブが倒れて、カーテンに火が移りました。祖母が寝たきりで動けません。",
    "medical",
  ],
  ["今、雪下ろし中に屋根から落ちた父が、雪に埋もれて見えません。", "medical"],
  ["父が今、急に胸をかきむしるように苦しがって、床に倒れました。", "medical"],
  ["子どもが洗剤を飲んだみたいです。口の周りが泡だらけで、今、吐いています。", "medical"],
  ["いま へやで ガスの においが すごい。あたま いたい。たてない。", "medical"],
  [
    "工場の倉庫で人が倒れていて、近くの機械から煙が出ています。ほかにも二人、せきこんでいます。",
    "medical",
  ],
];

/** Borrow crisis vocabulary but need no emergency route. */
export const RED_TEAM_21_LOOK_ALIKES: readonly string[] = [
  // Borrowing suicide and self-harm words (60).
  "去年、兄が自殺しました。相続の手続きで戸籍謄本が何通いるか教えてください。",
  "自殺対策の講演会を地区の公民館で開きたいので、講師を派遣してもらえるか知りたいです。",
  "「死にたい」と打ち明けられたときの聞き方を学ぶゲートキーパー研修は、次はいつありますか。",
  "十年前にリストカットしていた跡が腕に残っていて、形成外科の治療に使える医療費の助成があるか知りたいです。",
  "歩道橋に飛び降り防止のフェンスを付けてほしいという要望は、どこに出せばいいですか。",
  "母が昔もらっていた睡眠薬が大量に残っていて、捨て方が分からないので教えてください。",
  "死ぬほど待たされたんですけど、マイナンバーカードの受け取りは今日中にできますか。",
  "練炭こたつの燃えかすは燃えるごみで出していいですか。",
  "劇団で近松の心中ものを上演するので、区民ホールの予約方法を知りたいです。",
  "息子が自殺未遂をしたのは三年前で、今は元気に働いています。精神障害者保健福祉手帳を返したいのですが、どうすればいいですか。",
  "自殺予防週間のポスターを自治会の掲示板に貼りたいので、何枚かもらえますか。",
  "去年、夫を自死で亡くしました。今は落ち着いていますが、心の健康相談は予約制ですか。",
  "自死遺族の分かち合いの会があると聞きました。次の日程を教えてください。",
  "あの えー いまから 市に いきます ので じゅうみんひょう に ひつよう な もの を おしえて ください",
  "息子が死神の仮装で区民まつりのパレードに出たいと言っています。仮装の決まりはありますか。",
  "首が回らないほど税金がたまっていて、分割で払う相談をしたいです。",
  "死んだほうがましだと思うくらい歯が痛いんです。日曜に開いている歯医者を教えてください。",
  "自殺に関する統計を卒業論文で使いたいので、区の資料を閲覧できるか知りたいです。",
  "納屋から農薬の空き瓶がたくさん出てきたんですが、有害ごみの日に出せますか。",
  "倉庫に使わなくなったロープが大量にあって、粗大ごみで出したいです。",
  "先月、友人がオーバードーズで入院しましたが、もう退院しました。同じような人のための相談先を教えてもらえますか。",
  "死んだ祖父の軽自動車の名義変更はどこでできますか。",
  "娘の作文に「消えたい」とあって驚きましたが、よく読んだら消しゴムになったつもりで書いた話でした。授業参観の日程を知りたいです。",
  "昔、自殺を考えたことがある者として、電話相談のボランティアをやってみたいんです。募集はありますか。",
  "死亡届を出したあと、国保の葬祭費の申請はいつまでにすればいいですか。",
  "I read that the ward runs suicide-prevention gatekeeper classes in English. Is there one next month?",
  "我在写一篇关于日本自杀率的报告，想借阅一些区里的统计资料。",
  "예전에 자살 시도를 한 적이 있지만 지금은 괜찮아요. 자립지원의료 갱신은 어디서 하나요?",
  "Me muero de ganas de ver el festival de otoño del barrio. ¿Dónde se compran las entradas?",
  "推理小説のサークルで、密室の首吊り事件のトリックを考えています。区の会議室を借りたいです。",
  "カッターの替え刃が大量に出てきました。捨てるときは何ごみですか。",
  "死ぬ気で勉強して大学に合格したので、入学金の減免に使う非課税証明書がほしいです。",
  "落語の「死神」を区民ホールでやりたいんです。借りられる日を教えてください。",
  "夫が「疲れて死にそう」と毎晩言うのは口ぐせで、元気です。特定健診の日程を教えてください。",
  "十五年前に父が首を吊って亡くなった家を、ようやく解体しようと思っています。補助金はありますか。",
  "高校で自殺予防教育の出前授業をしてほしいと校長先生に頼まれました。申し込み先はどこですか。",
  "あの えー し に そう な くらい いそがしく て あの よる の まどぐち は あいて ます か",
  "飼っていた金魚が水槽から飛び出して死んでしまいました。生き物の死骸は燃えるごみで出していいですか。",
  "睡眠薬を出してもらっている心療内科の医療費を、自立支援医療にできるか知りたいです。",
  "兄がビルから飛び降りたのは二年前で、ようやく遺品整理が終わりました。ごみが多いので臨時収集をお願いできますか。",
  "区の自殺対策計画の冊子がホームページで見つかりません。紙でもらえますか。",
  "心中天網島の公演チケットが当たったので、その日の訪問介護の時間を変更したいです。",
  "娘が高飛び込みの選手です。飛び込み台のある区のプールはありますか。",
  "「死ぬまでにしたいことリスト」を書く高齢者向けの講座に、まだ空きはありますか。",
  "先週、駅で人身事故があって電車が止まり、転入届の提出が期限を過ぎてしまいました。今からでも大丈夫ですか。",
  "上司に「死ぬ気でやれ」と言われるのがつらくて、休職中です。労働相談の窓口を知りたいです。",
  "空き家の中に、前の住人が使っていた古い物干しロープと脚立が残っています。解体の前に自分で処分していいですか。",
  "死んだつもりで一からやり直したいので、生活保護から抜けて働くための相談をしたいです。",
  "入院していた妹は、もう自傷もなくなって退院しました。障害年金の手続きを教えてください。",
  "祖母の遺書が仏壇の引き出しから出てきました。相続の手続きに使えるか知りたいです。",
  "息子の高校で生徒が自殺したという噂がありますが、学校から何の説明もありません。教育委員会の連絡先を教えてください。",
  "韓国ドラマで主人公が橋から飛び降りる場面を見て泣きました。ところで、韓国語の通訳ボランティアの登録はどこですか。",
  "あのー この まえ 市に でんわ した けど その あと 市 から へんじ が ない ん です",
  "睡眠薬を飲みすぎたのは一昨年のことで、それからずっと通院しています。限度額適用認定証を更新したいです。",
  "死ぬほどおもろい漫才の大会が区民センターであるって聞いたんやけど、申し込みどこ?",
  "溶けて消えたいくらい暑い日が続くので、高齢の母の部屋のエアコン設置に補助があるか知りたいです。",
  "亡くなった夫は自殺でしたが、保険会社に出す死亡届の記載事項証明書がもう一通必要です。どこで取れますか。",
  "婆っちゃが「もう死んでもええ」って笑ってらったのは百歳の祝いの席だ。敬老祝い金の申請さ来ました。",
  "娘の学校で命の授業があって、自殺についての話を聞いてきたそうです。区の相談先カードをもっともらえますか。",
  "ともだちが まえに しにたいと いっていました。いまは げんきです。そうだんする ところを おしえて ください。",
  // Borrowing abuse words (40).
  "虐待を受けた子どもを預かる専門里親について、説明を聞きたいです。",
  "児童虐待防止のオレンジリボンのバッジを、職場の全員分ほしいです。",
  "子どものころ親から虐待を受けていて、今は縁を切っています。住民票の閲覧制限をかけられますか。",
  "介護疲れで母に手を上げそうになったのは去年のことで、今はショートステイを使って落ち着いています。利用日数を増やせますか。",
  "虐待かもしれないと思って通報した家は、児童相談所の人が確認してくれて、何もなかったそうです。お礼を伝えたいんですが。",
  "叩くしつけをやめたいので、子育て講座に申し込みたいです。",
  "近所の家で犬が虐待されているようなんですが、動物のことはどこに相談すればいいですか。",
  "相続した実家がネグレクトされた空き家みたいだと近所に言われて、気になっています。管理の相談をしたいです。",
  "娘が保育園で先生に叩かれたと言っていた件は、園長先生と話して誤解だと分かりました。転園の手続きはもう要りません。",
  "高齢者虐待防止の研修資料を、うちの介護事業所で使ってもいいですか。",
  "「ママに怒られた」と泣いていた隣の子は、そのあとお母さんと笑って買い物に行きました。一応、子育て相談の窓口を教えてください。",
  "Our NGO wants to translate the ward's child-abuse prevention leaflet into English. Who should we contact?",
  "Tôi muốn tham gia lớp học nuôi dạy con không dùng đòn roi của phường. Đăng ký ở đâu ạ?",
  "介護殺人を扱ったノンフィクションの読書会をするので、地域包括の方にお話をお願いできませんか。",
  "児童相談所の一時保護から、甥が先月家に戻りました。児童手当の受け取りを元に戻す手続きを知りたいです。",
  "シンデレラの劇で継母の役をやる娘が、いじめる演技がうますぎて家族で笑っています。学童の発表会はいつですか。",
  "パン生地を台に叩きつけてこねる教室が公民館であるそうですが、子連れでも参加できますか。",
  "車内に子どもを置き去りにしないよう呼びかけるステッカーを、スーパーの駐車場に貼らせてもらえますか。",
  "障害のある息子がグループホームで職員に乱暴な言葉を言われた件は、施設と話し合って担当が替わりました。受給者証の住所変更をしたいです。",
  "祖母のあざを見て虐待を疑われたことがありますが、あれは転んだ跡でした。介護用ベッドのレンタルを申し込みたいです。",
  "えっと あの こども の もうしこみ で ぎゃく に たずねたい ん です けど ほいくえん の あき は ある ん です か",
  "認知症の父が夜中に外へ出てしまうので玄関に鍵を付けたいのですが、身体拘束にあたりますか。ケアマネさんに聞く前に知りたくて。",
  "三十年前に施設で受けた虐待の経験を本にまとめました。区の図書館に寄贈できますか。",
  "悪いことをしたら押し入れに入れるなんて、昔のしつけですよね。今の子育て講座の案内がほしいです。",
  "親に育児放棄されて、今は祖父母と暮らしている高校生です。奨学金に出す非課税証明書はどこで取れますか。",
  "子どもが骨折したときに病院から児相に連絡が行きましたが、事情を説明して誤解は解けました。子ども医療費の払い戻しを申請したいです。",
  "高齢者の見守りボランティアに登録したいです。虐待のサインの見分け方も教えてもらえますか。",
  "中学生の息子が、授業で子どもの権利と虐待について発表するそうで、区のパンフレットがほしいと言っています。",
  "「叩かない子育て」のポスターを保育園で見ました。あれは区で作っているんですか。",
  "近所の家で猫が二十匹以上飼われていて、世話をされずに放置されているみたいです。においもひどいので相談したいです。",
  "介護施設で虐待があったというニュースを見て、母が入っている施設のことが気になりました。施設の評価を調べられるところはありますか。",
  "児童相談所の職員を目指している大学生です。子ども家庭課でインターンはできますか。",
  "姉がDVから子どもを連れて逃げたのは五年前で、今は落ち着いています。住民票の支援措置を延長したいそうです。",
  "発達障害のある息子が、学校で「家で虐待されてる」と冗談を言ってしまい、先生から電話がありました。本人も反省しています。療育手帳の更新時期を知りたいです。",
  "うちの子、にんじん食べさせたら「ぎゃくたいや!」言うて泣くねん。離乳食教室ってまだやってはる?",
  "うちの団地で、夕方いつも一人で公園にいる子がいて、放置子という言葉を思い出しました。民生委員さんに相談したいです。",
  "高齢者サロンで姥捨て山の昔話の朗読会をやりたいんです。場所を貸してもらえますか。",
  "子どもを怒鳴りつけてしまう自分が嫌で、子育て相談を予約したいです。子どもは今、隣で昼寝をしています。",
  "母の介護を放棄していると親戚に責められましたが、ちゃんと施設を探している最中です。特別養護老人ホームの申し込みはどこですか。",
  "虐待防止の講演で使った資料を、配布用にもう少し印刷してもらえますか。",
  // Borrowing violence words (45).
  "夫の暴力で別居したのは三年前です。離婚が成立したので、旧姓に戻す手続きを教えてください。",
  "刃渡りの長い包丁が何本も出てきたので処分したいのですが、何ごみで出せますか。",
  "竹刀で打ち合う剣道の大会に、区の体育館を使いたいです。予約方法を教えてください。",
  "昨日、駅前で男性が殴られる事件があったそうですが、犯人はもう捕まったと聞きました。防犯カメラの設置に補助はありますか。",
  "祖父の形見の日本刀の登録証が見つかりません。どこに相談すればいいですか。",
  "息子がボクシングジムで殴られて鼻血を出して帰ってきましたが、練習だから平気だそうです。子ども医療証は整骨院でも使えますか。",
  "区民まつりで空手の演武をするので、瓦割りで割った瓦の捨て方も教えてください。",
  "刺し身包丁で魚をさばく料理教室が、区民センターであるそうですね。",
  "殺人事件がテーマの推理劇を公民館でやります。血のりを使ってもいいですか。",
  "犯罪被害者の支援について知りたいです。事件は去年のことで、裁判も終わりました。",
  "DV防止の研修を職場でやりたいんですが、講師の派遣はありますか。",
  "昨夜、隣の部屋から怒鳴り声がしましたが、今朝はご夫婦で仲良くごみを出していました。騒音の相談はここでいいですか。",
  "夫婦げんかで割れた食器がたくさんあるんですが、陶器は何ごみでしょうか。",
  "殴り書きのメモしかなくて、申請書を書き直したいです。用紙をもう一枚もらえますか。",
  "刺し子の教室は、区民センターでまだやっていますか。",
  "猟友会に入っている父の猟銃の所持許可の更新は、区役所ですか、警察ですか。",
  "強盗に入られたのは去年で、犯人も捕まりました。盗まれたマイナンバーカードの再発行を申請したいです。",
  "子どもが戦いごっこで友達を叩いてしまい、相手の親御さんとはもう話しました。学童のお迎えの時間を変えたいです。",
  "我想参加区里的防身术讲座，请问还有名额吗？",
  "Meu filho foi agredido na escola no mês passado, mas já está tudo resolvido. Quero saber como transferi-lo para outra escola.",
  "Gusto kong sumali sa seminar ng ward tungkol sa karahasan sa tahanan para sa mga boluntaryo. Kailan po ito?",
  "「殺す気か」と言いたくなるほど辛いカレーの店が、商店街マップに載っていません。",
  "あのー はい ばんごう を 指され たら まどぐち に いけば いい ん です か",
  "不審者に襲われたときのための防犯ブザーを小学一年生に配っていると聞きましたが、うちの子はまだもらっていません。",
  "プロレスごっこで腕を痛めた小学生の息子の整骨院代は、子ども医療費の対象ですか。",
  "元夫からの暴力はもうありません。保護命令の期限が切れたあとも、住民票の閲覧制限は続けられますか。",
  "夜中に暴走族のバイクが走っていて眠れません。騒音の苦情はどこに言えばいいですか。",
  "時代劇の殺陣を練習するサークルが区民センターで場所を探しています。木刀は持ち込めますか。",
  "職場で怒鳴られてばかりでパワハラの相談先を探しています。今は休職して実家にいます。",
  "亡くなった祖父の物置から、鉈と斧が出てきました。金属ごみで出せますか。",
  "兄弟げんかで障子を破られました。障子紙は燃えるごみですか。",
  "「ぶん殴るぞ」が口ぐせの職人の父ですが、本当は優しい人です。介護保険の住宅改修で手すりを付けたいです。",
  "殴り合いのけんかで有名だった居酒屋が閉店しました。その空き店舗の活用について相談できますか。",
  "人を刺して服役していた弟が出所しました。住民票を私の家に移す手続きを教えてください。",
  "「しばいたろか」って冗談で言うたら窓口の人にびっくりされたわ。印鑑証明はここでええの?",
  "射撃のオリンピック選手が来る講演会に、まだ申し込めますか。",
  "銃声みたいな音がしたと思ったら、花火大会の試し打ちでした。花火大会の日程を教えてください。",
  "格闘ゲームの大会を区民センターで開きたいんですが、ゲーム機を持ち込んでも大丈夫ですか。",
  "昔、通り魔に刺された傷が今も痛むので、身体障害者手帳の対象になるか知りたいです。",
  "鶏をしめてさばく食育の体験イベントの参加費を教えてください。",
  "不審者に声をかけられたという話が学校から回ってきましたが、警察が見回りを強化しているそうです。通学路の街灯を増やしてほしいです。",
  "暴力団の事務所だった空き家が売りに出ているそうです。空き家バンクに載っているのはそれですか。",
  "脅迫状みたいな封筒が届いてびっくりしましたが、ただの固定資産税の督促でした。納付の期限はいつですか。",
  "彼氏とのけんかで警察を呼んだのは半年前で、もう別れて引っ越しました。転居届をお願いします。",
  "父が若いころにけんかで前歯を折った話ばかりします。後期高齢者の歯科健診は無料ですか。",
  // Borrowing medical, fire, gas and drowning words (55).
  "去年、父が心筋梗塞で倒れましたが、手術をして今は元気です。限度額の認定証を更新したいです。",
  "AEDの使い方を学ぶ講習会は、子どもも参加できますか。",
  "心臓が止まるかと思うくらい高い保険料の通知が国保から来たので、内訳を知りたいです。",
  "息が止まるほどきれいな夕焼けを撮ったので、区の写真コンテストに応募したいです。",
  "火事で焼けた家の解体費用に補助はありますか。火事はもう二か月前です。",
  "消火器の使用期限が切れたので、捨て方を教えてください。",
  "ガス漏れ警報器に電池切れの表示が出ました。ガスのにおいはしません。古い警報器は何ごみですか。",
  "熱中症対策のクールシェルターになっている施設を知りたいです。",
  "救急車を呼ぶか迷ったときの相談電話の番号を冷蔵庫に貼っておきたいです。何番でしたっけ。",
  "先週、餅を喉に詰まらせた祖母は、すぐ取れて今は元気です。飲み込みやすい介護食の講座はありますか。",
  "川で溺れかけた子どもを助けた大学生に、区から感謝状を出してもらえませんか。",
  "心肺蘇生の練習人形を、自治会の防災訓練で借りたいのですが、貸し出しはありますか。",
  "夫がぎっくり腰で動けないんです。痛がっていますが命に別状はありません。代わりに私が住民票を取ってもいいですか。",
  "救急車で運ばれたときの医療費は、高額療養費の対象になりますか。入院はもう終わりました。",
  "あの えーと 火事 じゃ なくて 家事 の ヘルパー さん を おねがい したい ん です",
  "燃え尽きたみたいに疲れているので、保健師さんの健康相談を予約したいです。",
  "血を吐くような思いで書いた申請書を、郵送で出してもいいですか。",
  "料理教室でふぐの毒の話を聞いてから、魚をさばくのが怖くなりました。食品衛生の講座の日程を教えてください。",
  "隣の空き家が今にも倒れそうに傾いていますが、すぐ崩れる様子ではありません。空き家の相談をしたいです。",
  "一昨日、祖父が脳梗塞で救急搬送されましたが、今は病院で落ち着いています。介護保険の申請は入院中でもできますか。",
  "心臓の手術のあと、身体障害者手帳の申請ができると聞きました。診断書の様式はどこでもらえますか。",
  "I'm dying to know when the ward's free health check for people over forty starts this year.",
  "ฉันอยากสมัครเรียนหลักสูตรปฐมพยาบาลและการใช้เครื่อง AED ของเขต ต้องสมัครอย่างไร",
  "मेरो बुबालाई गत महिना हृदयाघात भएको थियो, अहिले उहाँ ठीक हुनुहुन्छ। उपचार खर्चको सहायताबारे कहाँ सोध्ने?",
  "息子がサッカーで骨折したのは春で、もう治りました。子ども医療費の領収書の出し先を教えてください。",
  "フライパンの油に火が入ったけど、すぐ濡れタオルで消しました。けがもありません。コンロの安全装置に補助はありますか。",
  "防災訓練で、煙の中を歩く体験ができるテントを借りたいです。",
  "毒きのこの見分け方の講座は、秋にありますか。",
  "熱が出て頭が割れそうなので、今日は市販薬を飲んで寝ます。明日の予防接種は延期したほうがいいですか。",
  "子どもが卵でアナフィラキシーを起こしたことがあるので、保育園の給食で卵を除いてほしいです。診断書は要りますか。",
  "骨が折れる手続きだと聞きましたが、相続登記の前に戸籍を集めたいです。",
  "祖母が亡くなって三日たちました。葬祭費の申請に必要な物を教えてください。",
  "救命講習の修了証をなくしたので、再発行してほしいです。",
  "気絶するほど長い行列でしたが、やっとマイナンバーカードを受け取れました。暗証番号の変更はどこでできますか。",
  "ガスの元栓を閉め忘れて外出しましたが、家族に見てもらって大丈夫でした。高齢の母のためのガスの見守りサービスはありますか。",
  "息止まるかと思うくらい笑ったわ、区の落語会。次はいつやるん?",
  "水難事故を防ぐための看板を、川沿いの公園に増やしてほしいです。",
  "夜中に救急車のサイレンが多くて眠れませんが、病院の近くなので仕方ないとは思っています。騒音の相談はできますか。",
  "点滴を受けながら病室から電話しています。入院中の国保の保険料の支払いを少し延ばしてもらえますか。",
  "窒息しそうなくらい満員のバスで通っています。区役所の駐車場は来庁者も使えますか。",
  "救急箱に入っていた古い薬の捨て方を知りたいです。",
  "意識が飛ぶほど眠いので、窓口の混まない時間を教えてください。",
  "健診で血圧が少し高いと言われました。特定健診の結果の相談はできますか。",
  "飼い犬がチョコを食べてしまいましたが、動物病院で診てもらって大丈夫でした。ついでに犬の登録の住所変更をしたいです。",
  "魚を焦がして部屋が煙だらけになりましたが、もう換気しました。火災報知器の点検の案内が来ていたので、日程を知りたいです。",
  "熱中症で倒れた人を見たことがあるので、町内会で経口補水液を配りたいです。区から補助は出ますか。",
  "えっと あの いき さき の ばしょ が わからない ん です けど その ほけん センター は なんかい です か",
  "妊娠中で、先週出血して病院に行きましたが、問題ないと言われました。妊婦健診の補助券をもう一冊ほしいです。",
  "てんかんのある息子の自立支援医療の更新です。発作は今年は一度も出ていません。",
  "ドラマを見て息子が救急救命士になりたいと言っています。消防の職場体験はありますか。",
  "一酸化炭素中毒を防ぐために、石油ストーブの使い方の注意を回覧板で回したいです。チラシはありますか。",
  "高校の部活で熱中症が出て救急車が来たのは去年の夏です。今年の予防のポスターがほしいです。",
  "去年、雪下ろしで屋根から落ぢだ爺様は、もうすっかり治った。今年は除雪の補助があるが聞ぎてぇ。",
  "隣の家の煙突から煙が出ていますが、薪ストーブだそうです。においの苦情はどこに言えばいいですか。",
  "きゅうきゅうしゃの よびかたを べんきょう したいです。にほんごの きょうしつは ありますか。",
];
