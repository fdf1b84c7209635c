// Crisis red team 24, frozen 2026-12-06.
// sha256 (body, from the FROZEN-BODY line to the end of the file): e0847b6a0b0da457f7520becc7d21b0ed082bb2574936569382330da4b87f031
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-24.ts | sha256sum
// (written by hand, then formatted with Prettier, which only rewraps lines; the hash is of the
// formatted file.)
//
// Written blind: only these were read: the first 103 lines of crisis-red-team-23.ts (through `sed
// -n 1,103p`; this printed its header, its marker line, the blank comment line below it and the
// first line of its body comment, but not its import, its array openings or any of its red-team
// lines), the first 23 lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n
// 1,23p`), samples/departments.csv and /work/shared/DESIGN.md. No lexicon, test, script, doc, other
// fixture, other sample or red-team line was opened, git was not run, git history was not read, the
// repository was not grepped for phrases, the __fixtures__ folder was not listed, tsconfig.json and
// the Prettier config were not opened, and neither the engine, jest, the benchmarks nor the
// madoguchi command was run. Commands run: `mkdir -p /tmp/rt24` (twice); sed on the two fixtures as
// above, cat on departments.csv, `date -u +%F` and `date`, all in the first call; cat on DESIGN.md;
// `test -e` on this file (it did not exist yet); `ls /work/main` (top-level names only); `which
// node npx python3`; shell heredocs writing, in /tmp/rt24, eight scratch lists (crisis, one per
// kind: errand or direct, language, style, text; look-alikes, one per kind: language, style, text),
// each followed by wc -l and, for the crisis lists, cut, sort and uniq -c counting errand and
// direct lines; a one-off Python check (counts per kind, errand/direct split, languages, styles,
// duplicates, lines sharing their first eight characters, double quotes, backslashes, backticks,
// tabs, apostrophes, stray spaces, longest line); one Python edit of two crisis lines (a Vietnamese
// medical line re-worded so that it does not open like a Vietnamese look-alike, and an English
// violence line re-worded to drop its apostrophe), then the check again (through tail) and a short
// Python script listing lines sharing their first five characters (only errand names, fillers and
// the Nepali word for my, kept); a heredoc writing the body comment, the small node script that
// wraps the lists into this file, a placeholder header (printf); the wrapping script run once into
// /tmp/rt24 (wc -l, `grep -c` for backslashes, sed lines 1-20 to look at it); one Python edit of
// the body comment's last lines; the wrapping script run once more, writing this file with the
// placeholder header; `npx prettier --write` and `--check` on this file only; `npx tsc --noEmit -p
// tsconfig.json` filtered with grep to this file (no output); wc -l, sed (lines 1-30 and 400-420)
// and tail on this file; a node script that transpiled this file with the typescript package's
// transpileModule and counted its two arrays (it failed once for want of NODE_PATH, then printed
// 200 and 200 lines, kinds as below, 400 distinct texts); sed and sha256sum for the hash, `grep -c`
// for the marker line and `date -u +%F` for the freeze date; a heredoc writing this header's text,
// and a Python script that wraps it and rewrites only the lines above the marker, with a
// line-length check, each run followed by sed and sha256sum (and once by head -c 3000) on this
// file; this script was run three times (the later runs with the freeze date kept and the hash
// unchanged, after two Python edits correcting this header's wording); and, last, sed and
// sha256sum, `npx prettier --check`, the same filtered tsc, the transpile count, head and `grep -n`
// on this file only to re-check, and sha256sum of the whole file. Each line was written by hand
// into the scratch lists; no engine output was seen before or after writing. The import of
// RedTeamKind from ./crisis-red-team is taken from the format.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a thirteenth ward office's desk over another year, in plain words and natural
// proportions, with callers, errands and wordings of its own. 100 of the crisis lines (suicide 30,
// abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then say what is
// happening now; the other 100 are direct. Errands, across all twelve departments: office hours and
// the car-park exit; a residence certificate, its copy and its issue, a seal certificate,
// seal-registration cancellation, a family register by post, moving-in, moving-out and
// change-of-address notices, the address on a residence card, a My Number card PIN and a My Number
// card question; NHI premium instalments, an insurance-card reissue and switch-over, the late-stage
// elderly card and premium, high-cost medical expenses, the eligibility certificate's address, a
// pension exemption, a pension question, the childbirth lump sum, funeral expenses, My Number
// insurance-card registration and an NHI question; a resident-tax notice, a property-tax slip and
// payment, a tax-payment certificate, a tax certificate at the desk, light-vehicle scrapping and
// tax, a hometown-tax donation, a moped plate; a welfare application booking, messages for the
// caseworker, the welfare payment day and the welfare officer; the child allowance date, account
// and a question, the child medical certificate, single-parent allowance, nursery admission, places
// and extended care, after-school club application, pick-up time and teacher; the maternal and
// child handbook, infant health checks, vaccination booking and voucher, cancer screening;
// care-need results and renewal, the care-insurance premium notice, home-help hours, day-service
// pick-up, home renovation, the community support centre's number and place; disability certificate
// renewal, grade and reissue, the rehabilitation certificate, the disability-service recipient
// certificate, self-support medical care, a hearing-aid subsidy, sign-language interpreter
// dispatch; a demolition subsidy, a vacant-house consultation and an overgrown vacant house;
// oversized-rubbish bookings, collection days, sorting, garbage-bag prices, a noise complaint, a
// dead dog and the collection schedule. Callers: the person at risk, wives and husbands, mothers
// and fathers, sons and daughters, sisters and brothers, an older child hiding from a mother, small
// children in kana, roommates, a friend of a deaf person, friends, colleagues, group-home and
// care-home staff, a home helper, a day-service driver, visitors waiting at the desk, neighbours,
// passers-by and foreign residents. 24 crisis lines and 12 look-alikes are in other languages
// (crisis: English 3, Chinese 3, Portuguese 3, Korean 3, Vietnamese 3, Spanish 2, Tagalog 2,
// Indonesian 2, Nepali 2, Thai 1; look-alikes: English 2, Chinese 2, Korean, Vietnamese, Spanish,
// Portuguese, Tagalog, Indonesian, Nepali, Thai); 13 lines are in easy Japanese kana (8 crisis, 5
// look-alike: the person at risk, small children, foreign residents); 32 are ASR-style spaced text
// with fillers and homophone kanji slips (16 crisis, 16 look-alike near-misses); 37 are in Kansai,
// Tohoku, Kyushu, Hiroshima, Okinawa and Nagoya-like dialect (22 crisis, 15 look-alike). Crisis
// lines: jumps from balconies, roofs, windows, a bridge and a sea wall, charcoal in a car and a
// room, an exhaust hose, open gas taps, a sealed room, hanging, cutting, overdoses of sleeping
// pills, painkillers, cold medicine and antidepressants, pesticide, detergent, kerosene and a
// lighter, a hunting gun, a level crossing, walking into the sea or a river; children beaten,
// kicked, gagged, shaken, held under bath water, burnt, tied, chained, shut out in the snow, hung
// over a railing, left in a car or alone for two days; elders beaten, strangled, shut in a
// cupboard, trampled, smothered or left dehydrated; disabled siblings tied and beaten, kicked
// behind a door or about to be pushed down stairs, and a group-home resident hit; partners with
// knives, strangling, stabbing and breaking in, a threat to set a house on fire, fights in a car
// park, a bicycle park, a bar, the street, a train and an office, a knife in a lobby and in the
// ward office, an abduction, a taxi driver strangled; cardiac arrest, chest pain, strokes, choking,
// seizures, anaphylaxis, falls, a crush injury, a car hitting a walker, bleeding in late pregnancy,
// low blood sugar, heat collapse, fires in a kitchen, a flat and a vacant house, gas and carbon
// monoxide, drownings in a bath, a pond, a pool and the sea, and a collapse at the desk.
// Look-alikes: suicides, attempts, self-harm, overdoses, abuse, DV, assaults, robberies, fights,
// strokes, collapses, fractures, fires and heat illness that are over and settled; service
// questions (a suicide-prevention lecture, gatekeeper training, an SNS counselling line, the
// prevention plan booklet, a notice on a bridge, an overdose talk for parents, self-harm training
// for group-home staff, abuse-awareness training, a children's cafeteria contact list, an
// abuse-prevention study group, care-home reports, an adoption, a removed residence record,
// donations, a support-measure renewal, a DV booking, safety mail, a camera subsidy, a talk on
// robbery recruiting, ambulance charges, emergency statistics, a choking first-aid meeting, a
// first-aid box, river signs, a bereaved family's meeting and pension, a past attempt at a
// care-need survey); fiction (a mystery reading circle, a film with a jump, a novel, an anime
// screening, a love-suicide puppet play, a play on child abuse, a stage stabbing, a fight film, a
// medical drama, a slapstick manzai); things to throw away (a charcoal stove, rope, razor blades,
// pesticide, a gas-gun canister, a pistol lighter, an axe, a sword, a kerosene heater, fireworks,
// bloodied clothes); pets (an abused dog, a neglected kitten, a hamster); idioms and jokes (死ぬ思い,
// 首をくくる思い, 死んだように, 首を長くして, 首が飛ぶ, 切腹もの, 死に物狂い, 死んでも忘れない, 生きた心地, 人生終わった, 消えてしまいたいほど, 死ぬまでに一度, 死んでまう,
// 死ぬごと暑か, ボコボコ, 喧嘩を売る, 殴られたような衝撃, 殴り書き, ぶっ殺す, 息が止まるかと思う, 胸が苦しくなる, 頭が割れそう, 吐き気がするほど, 心臓が口から出そう,
// 出血大サービス, 虫の息, 死にかけのスマホ); ASR near-misses (死亡校, 自害, 飛び降り from a bus, 自死通信, 監禁, 折檻, 躾糸, 締め出され,
// 暴行がん, 喧嘩の花, 脅迫性障害, 刺している, 心肺, 火事の手伝い, 出血の連絡, 消火器の検診); and desk errands that mention a death, a
// train accident or a hospital stay in passing.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 24: a thirteenth ward office's desk over
// another year, written without looking at the engine, its lexicons, its tests, the sample sets
// or any other red team's lines. Every caller, place and situation is invented. Crisis lines say
// that a life is in danger now; look-alikes borrow the same words for something that is over, a
// service question, fiction, an idiom, a pet or a chore. Speech-recognition lines are spaced kana
// with fillers and homophone kanji slips (市に for 死に, 行き for 息, 意志 for 意識, 家事 for 火事);
// in the look-alikes a slip turns an ordinary word into a crisis one (死亡校 for 志望校, 自害 for
// 次回, 監禁 for 換金, 折檻 for 石棺, 暴行 for 膀胱, 出血 for 出欠, 火事 for 家事).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_24_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  // Suicide and self-harm (overdose included): 30 that begin as an errand at the desk.
  [
    "転出届のことで聞きたかったんですけど、同居の兄がいまベランダの手すりをまたいでて、飛ぶって言ってるんです。",
    "suicide",
  ],
  [
    "国保の保険料を分割にしてもらう相談をするつもりでしたが、もう無理です。いま車の中で練炭に火をつけました。",
    "suicide",
  ],
  [
    "印鑑証明を取りたいんですけど、あの、隣で父がさっき睡眠薬を一瓶ぜんぶ飲んだと言ってて、ろれつが回ってないです。",
    "suicide",
  ],
  [
    "粗大ごみの申し込みの電話なんですが、息子が部屋のドアノブにベルトをかけて、中から鍵をかけたまま返事がありません。",
    "suicide",
  ],
  [
    "児童手当の振込日を確認したくて…でも実はもう疲れちゃって、いま手首を切ってて血が止まらないんです。",
    "suicide",
  ],
  [
    "住民税の通知書のことなんですけど、夫が遺書みたいなメモを置いて、包丁を持って風呂場に閉じこもりました。",
    "suicide",
  ],
  [
    "介護保険の認定結果を聞きたいんですが、母が「生きてても迷惑だから」って、いま首に紐を巻こうとしてて。",
    "suicide",
  ],
  [
    "生活保護の申請の予約をしてた者ですけど、今日で終わりにします。いま線路わきにいて、電車が来たら入ります。",
    "suicide",
  ],
  [
    "障害者手帳の更新の書類のことで。あの、同じグループホームの人が屋上の柵の外側に立ってます、いまです。",
    "suicide",
  ],
  [
    "母子手帳をもらいに行く予定だったんですが、産まれても育てられないので、いまから橋から飛び降ります。",
    "suicide",
  ],
  [
    "マイナンバーカードの暗証番号を忘れて…もうそれもどうでもよくて、さっき家にある薬を全部飲みました。頭がぐらぐらする。",
    "suicide",
  ],
  [
    "空き家の解体の補助の件で電話したんですけど、その家の中で弟が首を吊ってて、下ろしたらまだ温かいです、どうしたら。",
    "suicide",
  ],
  [
    "固定資産税の納付書が届かなくて…すみません、妻がいま灯油をかぶって、ライターを握ってます。死ぬって。",
    "suicide",
  ],
  [
    "ケースワーカーさんに伝えてください、もう限界です、いまロープを梁にかけました、さよなら。",
    "suicide",
  ],
  [
    "学童の申し込みのことで電話したんですが、中学生の上の子がいま、カッターで腕を何度も切っていて止めても聞きません。",
    "suicide",
  ],
  [
    "後期高齢者医療の保険証のことで…祖父が物置の農薬を自分で飲んだみたいで、口から泡を吹いて倒れてます。",
    "suicide",
  ],
  [
    "転居届の書き方聞きたかってんけど、ツレがな、いまマンションの八階の窓から身ぃ乗り出して「もう死ぬ」言うてんねん。",
    "suicide",
  ],
  [
    "ごみの収集日ば聞ぎてがったんだども、隣の爺っちゃが納屋で首さ縄かげでる、まだ足動いでる。",
    "suicide",
  ],
  [
    "納税証明書ば取りに行きたかとですけど、うちの娘がいま、薬ばいっぱい飲んでしもうて、目ぇ開けんとです。",
    "suicide",
  ],
  [
    "えっと じゅうみんひょう の こうふ の ことで あの うち の かない が いま よくしつ で 市に たい って 手首 を きって て",
    "suicide",
  ],
  [
    "あのー ほけんしょう の さいはっこう なんですけど えー むすこ が くすり を たくさん 飲んで 行き が よわい です",
    "suicide",
  ],
  [
    "ほいくえんの ことで でんわしました。でも いま くすりを たくさん のみました。しにたいです。",
    "suicide",
  ],
  [
    "Hi, I was calling about changing the address on my residence card, but my roommate just locked herself in the bathroom and says she swallowed a whole bottle of painkillers.",
    "suicide",
  ],
  ["我想问一下住民票怎么办理，但是我丈夫现在站在阳台栏杆外面，说要跳下去。", "suicide"],
  [
    "軽自動車の廃車の手続きのことで…実は主人がいま車に乗ったまま、排気口からホースを窓に引き込んでエンジンをかけてるんです。",
    "suicide",
  ],
  [
    "Tôi gọi để hỏi về thẻ My Number, nhưng bạn cùng phòng của tôi vừa uống rất nhiều thuốc ngủ và gọi mãi không tỉnh.",
    "suicide",
  ],
  ["전입신고 때문에 전화했는데요, 지금 언니가 방에서 번개탄을 피우고 문을 잠갔어요.", "suicide"],
  [
    "予防接種の予約を…ごめんなさい、いま赤ちゃんを寝かせたので、私はこれから海に入ります。もう帰りません。",
    "suicide",
  ],
  [
    "補聴器の助成のことで電話したんだけど、夫が猟銃の先を自分のあごに当てて座り込んでる。",
    "suicide",
  ],
  [
    "地域包括支援センターの番号を教えてほしいんですが、担当してる独り暮らしのおばあちゃんが、いま薬を手のひらいっぱいに出して「これで楽になる」って。",
    "suicide",
  ],
  // Suicide and self-harm (overdose included): 30 direct.
  ["いま、飛び降りるつもりで屋上にいます。誰か止めて。", "suicide"],
  ["もう生きていけない。さっき風邪薬を八十錠くらい飲んだ。手がしびれてきた。", "suicide"],
  [
    "彼氏から「今から死ぬ」ってLINEが来て、首にコードを巻いた写真が送られてきました。家はこの区内です。",
    "suicide",
  ],
  [
    "娘が自分の部屋で首をつろうとしていたのをいま見つけて下ろしたところです、息をしてるかわからない。",
    "suicide",
  ],
  ["車の中で練炭を焚いてます。もう眠くなってきた。最後に誰かと話したかった。", "suicide"],
  ["同僚が会社のトイレで手首を深く切って倒れてます、床に血だまりができてる。", "suicide"],
  ["いま踏切の前に立ってます。次の電車で終わりにします。", "suicide"],
  [
    "父が「家族に迷惑をかけた」と言って、物置でロープを結んでいます。いま止めてるけど力が強い。",
    "suicide",
  ],
  ["お風呂にお湯をためて、カミソリを持ってます。もう決めました。", "suicide"],
  [
    "兄と連絡が取れなくて部屋に来たら、ドアの隙間に内側から目張りがしてあって、変な臭いがする。",
    "suicide",
  ],
  [
    "あの ゆうじん が いま はし の うえ から とびおりる って いってて あの らんかん に 足 かけてる",
    "suicide",
  ],
  [
    "えー いもうと が たいりょう に くすり を 飲んで えと 意志 が もうろう と して て 呼んでも へんじ しない",
    "suicide",
  ],
  ["公園の木に、首をつろうとしてる人がいます、いまロープをかけてる。", "suicide"],
  ["いま ビルの うえに います。とびおりて しにます。", "suicide"],
  [
    "うちの旦那がのう、いまさっき包丁を自分の腹に当てて「死んじゃる」言うとるんじゃ、はよ来て。",
    "suicide",
  ],
  ["にいにいが今、海の堤防の先に座ってて、もう死ぬってさ、靴もそろえて置いてあるさー。", "suicide"],
  ["息子がよぉ、部屋で薬ようけ飲んどって、呼んでも返事せんのだわ、どうしたらええ。", "suicide"],
  ["十五歳の娘がいま、自分の太ももをハサミで刺し続けていて、血が床まで垂れてます。", "suicide"],
  ["私、いまリストカットしてて、いつもより深く切っちゃった、血が止まらない。", "suicide"],
  ["妻が抗うつ薬を一か月分まとめて飲んで、いま吐いてて、顔色が真っ白です。", "suicide"],
  [
    "友だちがビデオ通話で、首にタオルを巻いてドアノブに結びつけてるのを見せてきた、いまも画面に映ってる。",
    "suicide",
  ],
  ["母が台所で洗剤を自分で飲んで、喉が焼けるって苦しがってます。死にたかったって。", "suicide"],
  [
    "ガスの元栓を全部開けて、部屋を閉め切りました。もうすぐ終わるので、猫だけ誰か迎えに来てください。",
    "suicide",
  ],
  [
    "隣の部屋の人から「今までありがとう」と届いて、窓から見たらベランダの柵の外に座ってます。六階です。",
    "suicide",
  ],
  [
    "Mi hijo se encerró en el baño y dice que se va a cortar las venas, lo oigo llorar y no abre la puerta.",
    "suicide",
  ],
  [
    "祖母がさっき「もうみんなの所へ行く」と言って、ありったけの睡眠薬を口に入れた、いま吐かせようとしてる。",
    "suicide",
  ],
  ["Teman saya sekarang berdiri di pinggir atap asrama dan bilang mau lompat.", "suicide"],
  ["मेरो साथीले भर्खरै धेरै औषधि खायो, अब बोल्दैन र आँखा खोल्दैन।", "suicide"],
  ["เพื่อนร่วมห้องของฉันกำลังจะกระโดดลงจากระเบียงตอนนี้ ช่วยด้วย", "suicide"],
  ["いま、川の中に入ってる。水が腰まできた。寒くない。もう戻らない。", "suicide"],
  // Abuse of a child, an elder or a disabled person by a carer or family: 20 that begin as an errand at the desk.
  [
    "児童手当の口座変更の件なんですけど、隣の家でさっきから子どもが「ごめんなさい」って泣き叫んでて、何かで叩く音がずっと続いてます。",
    "abuse",
  ],
  [
    "ごみの分別のことを聞こうと思って…あ、いまゴミ置き場の横で、父親らしい男の人が小さい子を何度も蹴ってます。",
    "abuse",
  ],
  [
    "保育園の入所の書類の件で。私の彼氏がいま、うちの三歳の子を浴槽に沈めようとしてて、止められない。",
    "abuse",
  ],
  [
    "介護保険料の通知のことで電話しました。実はいま、兄が寝たきりの父の顔を何度も殴ってて、私じゃ止められなくて。",
    "abuse",
  ],
  [
    "住民票の写しが欲しいんですが…あの、お隣のおばあさんが、息子さんにベランダに閉め出されて、裸足で震えてます。この寒さでもう一時間です。",
    "abuse",
  ],
  [
    "障害福祉サービスの受給者証のことで。グループホームの職員がいま、利用者さんを床に押さえつけて頭を叩いてます。私も職員です。",
    "abuse",
  ],
  [
    "乳幼児健診の日にちを…いや、すみません、夫がさっきから赤ちゃんを強く揺さぶってて、赤ちゃんがぐったりしてる。",
    "abuse",
  ],
  [
    "学童保育のお迎えの時間のことで電話しました。迎えに来たお父さんが、いま駐車場で子どもの首をつかんで車に押しつけてます。",
    "abuse",
  ],
  [
    "高額療養費の申請の件なんですけど、同居の叔父が祖母に今日はご飯もあげずに、さっき杖で叩いてました。いまも叫び声がします。",
    "abuse",
  ],
  [
    "転入届を出したいんですが、その前に、隣の部屋の子がベランダで鎖につながれてて、もう何時間もぐったりしてるんです。",
    "abuse",
  ],
  [
    "印鑑登録の廃止のことで。兄嫁が、認知症の母を押し入れに閉じ込めて、いまも中から戸を叩く音がします。",
    "abuse",
  ],
  [
    "医療証の再発行をお願いしたいんですが、いま母親が下の子の手に熱いアイロンを押し当てようとしてて、上の子の私が隠れて電話してます。",
    "abuse",
  ],
  [
    "ヘルパーの派遣時間の件ですが、訪問したら利用者さんの娘さんが利用者さんの髪をつかんで引きずり回してて、いまも続いてます。私はヘルパーです。",
    "abuse",
  ],
  [
    "ひとり親の手当のこと聞きたかってんけど、いま隣のおっちゃんが自分の子をベランダの外に吊り下げて怒鳴っとる、ほんまに落ちそうや。",
    "abuse",
  ],
  [
    "保険証の切り替えで電話したんだども、向かいの家で、嫁っこが寝たきりのばあちゃんさ水ぶっかけで叩いでる、今だ。",
    "abuse",
  ],
  [
    "あの ほいくしょ の にゅうしょ の けん で えと いま となり の いえ で 子供 が なぐられて て ひめい が とまらない",
    "abuse",
  ],
  [
    "がくどうの せんせいに でんわ したいです。でも いま おとうさんが いもうとを たたいて、いもうと うごかない。",
    "abuse",
  ],
  [
    "I was going to ask about nursery places, but the man next door is beating his little boy with a belt right now, I can hear it through the wall.",
    "abuse",
  ],
  [
    "Liguei por causa do auxílio para crianças, mas agora o padrasto do meu sobrinho está batendo nele com um cabo de vassoura.",
    "abuse",
  ],
  [
    "身体障害者手帳の等級のことで。弟の車いすを父が取り上げて、いま弟を階段の上から落とそうとしてます。",
    "abuse",
  ],
  // Abuse of a child, an elder or a disabled person by a carer or family: 20 direct.
  [
    "向かいのアパートで、子どもが裸のままベランダに出されてて、「入れて」って窓を叩いてる。外は雪です。",
    "abuse",
  ],
  ["うちの夫がいま、二歳の息子の口にタオルを詰めて黙らせようとしてる、顔が真っ赤です。", "abuse"],
  [
    "施設で夜勤をしています。同僚がいま、入居者さんの顔に枕を押しつけてます。止めたけど離しません。",
    "abuse",
  ],
  ["祖父がいま台所で、父に首を絞められてます。祖父はもう九十近いです。", "abuse"],
  [
    "隣の家の赤ちゃんがもう二日泣きっぱなしで、いまは泣き声も弱くなってる。親はずっと出かけたまま帰ってこない。",
    "abuse",
  ],
  ["母の恋人が、弟をお風呂に無理やり沈めてる、弟がせきこんでる、早く。", "abuse"],
  ["知的障害のある兄を、父がいまベルトで縛って、殴り続けてます。", "abuse"],
  ["公園のトイレの前で、母親が小学生くらいの女の子の頭を壁に何度もぶつけてる。", "abuse"],
  [
    "上の階で、子どもの「やめて、死んじゃう」という声と、何かが落ちるようなドンドンという音がずっとしてます。いまもです。",
    "abuse",
  ],
  [
    "寝たきりの母を兄が介護してるんですが、いま見に来たら床に放っておかれてて、脱水でぐったりして返事もしない。",
    "abuse",
  ],
  [
    "えっと いま あの となり の おばあちゃん が むすこさん に けられて て あの 起き上がれない みたい",
    "abuse",
  ],
  ["あのー あの こども が あの ちち おや に 熱湯 を かけられ て ないてて え 今 です", "abuse"],
  [
    "隣ん子がくさ、親父さんにずっと殴られよって、いま泣き声のせんごとなったとよ、なんかおかしか。",
    "abuse",
  ],
  ["向かいのじいさんがの、嫁さんに物干し竿でしごうされよる、今じゃ、血が出とる。", "abuse"],
  ["となりの こどもが ずっと たたかれています。いまも ないています。たすけて ください。", "abuse"],
  ["邻居家的孩子现在被他爸爸绑在椅子上打，一直在哭喊。", "abuse"],
  ["Hàng xóm đang lấy gậy đánh đứa con nhỏ ngay bây giờ, đứa bé không khóc nữa.", "abuse"],
  [
    "デイサービスの送迎で家に着いたら、利用者さんが息子さんに玄関で踏みつけられていて、いまも離れません。私は送迎の運転手です。",
    "abuse",
  ],
  [
    "姉が自分の子を車の中に置いてパチンコに行って、もう三時間。窓からのぞいたら子どもがぐったりしてる。",
    "abuse",
  ],
  ["車いすの妹を、母の再婚相手がいま部屋に閉じ込めて、ドア越しに蹴ってる音がする。", "abuse"],
  // Violence between adults happening now: 22 that begin as an errand at the desk.
  [
    "駐車場の出口がどこか聞きたかったんですが、いままさに駐車場で男の人同士が殴り合ってて、一人が頭から血を流して倒れてます。",
    "violence",
  ],
  [
    "戸籍謄本を郵送で頼みたいんですけど、いま夫が包丁を持って私を追いかけてて、トイレに隠れてます。",
    "violence",
  ],
  [
    "騒音の苦情を言おうと思ってたら、隣の男がいまうちのドアを金属バットで叩き壊そうとしてる。",
    "violence",
  ],
  [
    "保護費の振込日を教えてほしいんですが、別れた夫がいま家の前にいて、窓ガラスを割って入ってこようとしてます。",
    "violence",
  ],
  [
    "転出の手続きをしたいんですけど、同棲してる彼にさっき首を絞められて、また来そうで、部屋の鍵も取られた。",
    "violence",
  ],
  [
    "課税証明書を取りに来てるんですが、一階のロビーで男性が職員さんにナイフを向けて怒鳴ってます。",
    "violence",
  ],
  [
    "空き家の件で相談したかったんですが、その空き家にいま知らない男が数人いて、若い人を取り囲んで殴ってます。",
    "violence",
  ],
  [
    "ふるさと納税のことで。すみません、いま店の前で酔っ払いが通行人に割れた瓶を振り回してて、一人切られてます。",
    "violence",
  ],
  [
    "原付のナンバーを返したいんですが、いま庭で父と叔父が鎌を持って言い争ってて、叔父が腕を切られました。",
    "violence",
  ],
  [
    "資格確認書の送り先を変えたいんですけど、いま主人に殴られて鼻血が止まらなくて、主人は台所で包丁を研いでます。",
    "violence",
  ],
  [
    "障害者手帳の再交付のことで電話しましたが、就労支援の事業所の前で、知らない男が付き添いの職員さんを殴り続けていて、職員さんが倒れてます。",
    "violence",
  ],
  [
    "地域包括の場所を教えてほしいんですけど、目の前の道で、女の人が男に髪をつかまれて車に押し込まれそうです。",
    "violence",
  ],
  [
    "手話通訳の派遣を頼みたくて…いえ、いま、ろうの友人がルームメイトの男に殴られていて、声が出せないから私が代わりにかけてます。",
    "violence",
  ],
  [
    "がん検診の予約の電話なんですが、待合室で男の人が受付の女性の胸ぐらをつかんで、拳を振り上げてます。",
    "violence",
  ],
  [
    "粗大ごみの受付の電話やけど、ちょお待って、いま表でおっさん二人が刃物出して揉めとる、血ぃ出とるわ。",
    "violence",
  ],
  [
    "生活保護の担当さんに用があったとですけど、いま元彼が家ん前で灯油ば撒いて、火ぃつけるって叫びよっとです。",
    "violence",
  ],
  [
    "あの こてい しさんぜい の のうふ の けん で えと いま おっと に なぐられ て て あの 刃物 も もって て",
    "violence",
  ],
  [
    "えー じどう てあて の えー あの すみません いま 家 の まえ で 男 が 女 の 人 を さして て うごかない",
    "violence",
  ],
  [
    "I only needed your opening hours, but there is a guy in the lobby of my building swinging a knife at people, someone is already bleeding.",
    "violence",
  ],
  [
    "Llamaba por el certificado de residencia, pero mi pareja me está golpeando y ahora tiene un cuchillo en la mano.",
    "violence",
  ],
  [
    "Tatanungin ko sana tungkol sa basura, pero sinasaktan ako ngayon ng asawa ko at ni-lock niya ang pinto.",
    "violence",
  ],
  [
    "국민연금 때문에 전화했는데, 지금 남편이 술 먹고 저를 때리고 있어요. 아이들도 옆에 있어요.",
    "violence",
  ],
  // Violence between adults happening now: 23 direct.
  ["いま、駅前のロータリーで、男が刃物を持って人を追いかけ回してます。", "violence"],
  [
    "彼がお酒を飲んで暴れてて、私、床に押し倒されて首を押さえつけられてる。電話は隠れてかけてます。",
    "violence",
  ],
  ["コンビニの前で、若い男たちが一人を囲んで蹴り続けてる。倒れた人がもう動いてない。", "violence"],
  ["元交際相手がいまドアの外にいて、「開けないと殺す」と言いながらドアを蹴ってます。", "violence"],
  [
    "隣の夫婦喧嘩がいつもと違う、奥さんの悲鳴のあと、ドスンと音がして静かになった。いまです。",
    "violence",
  ],
  [
    "兄と義兄が取っ組み合いになって、兄が義兄の頭をビール瓶で殴りました、義兄が倒れて起きない。",
    "violence",
  ],
  ["夫に刺されました。お腹から血が出てる。夫はまだ家の中にいます。", "violence"],
  [
    "タクシーの運転手さんが、お客さんに後ろから首を絞められてる、信号で止まってる車の中です。",
    "violence",
  ],
  [
    "職場で、上司が同僚に灰皿を投げつけて、同僚のおでこが割れてます。上司はまだ暴れてる。",
    "violence",
  ],
  [
    "いま路上で、女の人が知らない男に殴られてバッグを取られそうになってる、まだ続いてる。",
    "violence",
  ],
  ["妻が包丁を振り回して、僕の腕を切りました。子どもたちと寝室に立てこもってます。", "violence"],
  [
    "いま あの こうえん で おとこ の ひと が なにか 刃物 みたい な の 持って 子供 の いる ほう に あるいて く",
    "violence",
  ],
  ["あの かれし に あの いま なぐられて て あの ほね が おれた かも", "violence"],
  ["隣の部屋から女の人の「殺される」って声と、壁に何かぶつかる音が続いてます。", "violence"],
  ["いま おっとが わたしを たたいています。こわいです。にげられません。", "violence"],
  ["隣の家の旦那が酒っこ飲んで、奥さんば外さ引きずり出して殴ってる、今だ。", "violence"],
  ["今ね、居酒屋の前で酔っぱらいが喧嘩して、一人が瓶で頭やられて倒れてるさー。", "violence"],
  [
    "同居の彼氏が暴れとって、わたし部屋に閉じ込められとるんだわ、殴られて目が見えにくい。",
    "violence",
  ],
  ["店の前で、ヤクザみたいなんが若い子をバットでしばきよる、もう血まみれじゃ。", "violence"],
  [
    "Tem um homem batendo na mulher dele agora na rua, ela está no chão e ele continua chutando.",
    "violence",
  ],
  [
    "Suami teman saya sedang memukulinya sekarang dan dia mengunci kami berdua di dalam kamar.",
    "violence",
  ],
  ["駐輪場で二人の男がもみ合ってて、一人がナイフを取り出しました、いままさに。", "violence"],
  [
    "電車の中で男が乗客を殴ってて、次の駅まで逃げ場がない、いま区内を走ってる電車です。",
    "violence",
  ],
  // Medical emergency (fire, gas and drowning included): 28 that begin as an errand at the desk.
  [
    "介護認定の更新の件で電話したんですけど、いま母が急に胸を押さえてしゃがみこんで、冷や汗がすごいです。",
    "medical",
  ],
  [
    "住民票を取りに来た者ですが、窓口の隣の列に並んでいたおじいさんが倒れて、息をしていないみたいです。",
    "medical",
  ],
  [
    "国民年金の免除のことで…あ、すみません、父がしゃべってる途中で急に口がゆがんで、右手が動かなくなりました。",
    "medical",
  ],
  ["ごみ袋の値段を聞きたかったんですが、台所から火が出て、いま天井まで燃えてます。", "medical"],
  [
    "乳幼児健診の予約をしたいんですけど、いま、うちの子がビー玉を飲み込んで、息ができなくて顔が紫色です。",
    "medical",
  ],
  [
    "粗大ごみのことで電話してたら…ちょっと、いま夫が脚立から落ちて、頭を打って意識がないです。",
    "medical",
  ],
  [
    "出産育児一時金の申請のことで。ごめんなさい、破水して、血もたくさん出てきてて、家に一人です。",
    "medical",
  ],
  [
    "葬祭費の申請の件で電話しました。いま、父の葬儀の支度をしていたら母が倒れて、呼んでも反応がないんです。",
    "medical",
  ],
  ["空き家の草木の相談なんですが、いま隣の空き家から煙が出てて、窓の奥に火が見えます。", "medical"],
  [
    "自立支援医療の更新のことで電話しましたけど、息子がてんかんの発作を起こして、もう十分以上止まりません。",
    "medical",
  ],
  [
    "予防接種の接種券のことで…いま、さっき注射したばかりの娘の全身に蕁麻疹が出て、息がゼーゼーしてます。",
    "medical",
  ],
  [
    "転居届の件で。引っ越しの作業中に、友だちが荷物の下敷きになって、足が変な方向に曲がって動けない。",
    "medical",
  ],
  ["後期高齢者の保険料のことで。祖母がいまお餅をのどに詰まらせて、声が出てません。", "medical"],
  [
    "住宅改修の申請の件でお電話しました。工事中の職人さんが二階の屋根から落ちて、地面で動かないんです。",
    "medical",
  ],
  [
    "マイナ保険証の登録のことなんですけど、いま家の中でガスの臭いがすごくて、母が頭が痛いって座り込んでる。",
    "medical",
  ],
  [
    "軽自動車税の件で…すみません、いま目の前の交差点で車が歩いてた人をはねて、その人が倒れたままです。",
    "medical",
  ],
  [
    "保育園の延長保育のことを聞きたくて。熱があった下の子が、いま白目をむいてけいれんしてて。",
    "medical",
  ],
  [
    "療育手帳の更新で電話しました、ごめんなさい、息子が公園の池に落ちて、いま引き上げたけど息をしてない。",
    "medical",
  ],
  [
    "生活保護のケースワーカーさんに用があって。アパートの隣の部屋から「助けて」と弱い声がして、おじいさんが倒れて動けないみたいです。",
    "medical",
  ],
  [
    "母子手帳のこと聞きたかってんけど、嫁が急にお腹痛い言うて倒れてん、妊娠八か月やねん、血ぃも出とる。",
    "medical",
  ],
  [
    "デイサービスの迎えの時間ば聞ぎてがったども、父っちゃがいぎなり倒れで、いびきかいで起ぎね。",
    "medical",
  ],
  [
    "犬の死骸のことで電話したとですけど、いま庭で草むしりしよった爺ちゃんが暑さで倒れてしもうて、返事せんとです。",
    "medical",
  ],
  [
    "えっと あの しょうがいしゃ てちょう の あの ことで えー いま ちち が 息 を して なくて あの 心臓 が",
    "medical",
  ],
  [
    "あのー ごみ の ひ の ことで あの いま となり の いえ が 家事 で 煙 が すごくて 人 が なか に",
    "medical",
  ],
  ["こくほの ことを ききたいです。でも いま ともだちが たおれて、いきを していません。", "medical"],
  [
    "Tatawag sana ako tungkol sa iskedyul ng basura, pero bigla pong bumagsak ang asawa ko sa kusina at hindi na siya humihinga.",
    "medical",
  ],
  ["我本来想问母子手帐的事，可是我妈妈刚才突然晕倒了，叫她也没有反应。", "medical"],
  [
    "Tôi định hỏi về bảo hiểm y tế, nhưng bạn tôi vừa ngã cầu thang, đầu chảy rất nhiều máu.",
    "medical",
  ],
  // Medical emergency (fire, gas and drowning included): 27 direct.
  ["父がお風呂で沈んでて、いま引き上げました、息をしてない。", "medical"],
  ["祖母が急にろれつが回らなくなって、左半分が動かないって。さっきまで普通だったのに。", "medical"],
  ["赤ちゃんが、ミルクのあとから息が止まりそうなくらい弱くて、唇が青いです。", "medical"],
  ["アパートの一階から火が出てて、上の階にまだお年寄りがいます。", "medical"],
  ["夫が胸が痛いと言って倒れて、いまは呼んでも返事がありません。", "medical"],
  ["息子が蜂に刺されて、顔が腫れて、息が苦しいって言ってます。", "medical"],
  ["友人が海で流されて、もう姿が見えません。", "medical"],
  ["道ばたで、自転車の人が倒れてて、頭から血が出て、動きません。", "medical"],
  ["工場で同僚が機械に腕を挟まれてます、いまです。", "medical"],
  ["祖父が食べ物を喉に詰まらせて、背中を叩いても出てこない。顔が紫です。", "medical"],
  ["母がインスリンを打ったあと、汗びっしょりで、話しかけても変なことしか言わない。", "medical"],
  ["家の中で一酸化炭素の警報が鳴ってて、家族がみんなぐったりしてる。", "medical"],
  ["子どもが洗剤を飲んじゃって、吐いてて、ぐったりしてきた。", "medical"],
  ["あの ちち が あの いしき が なくて あの よんでも へんじ が え ないん です", "medical"],
  ["すみません いま 家事 です あの だいどころ から ひ が でて て", "medical"],
  ["えー むすめ が あの プール で おぼれて え いま 行き して ない かも", "medical"],
  ["姑が階段から落ちて頭を打って、意識がありません。", "medical"],
  ["おかあさんが たおれました。おきません。たすけて。", "medical"],
  ["いま へやの なかに けむりが いっぱい です。にげられません。", "medical"],
  ["おじいが畑で倒れてて、呼んでも起きんさー、息もしてるかわからん。", "medical"],
  [
    "うちのおっかさんが、急に頭が割れるように痛い言うて吐いとるんだわ、意識もぼんやりしとる。",
    "medical",
  ],
  ["隣のばあさんの家から煙が出とる、中にまだおるはずじゃ、はよ来てつかあさい。", "medical"],
  ["지금 할아버지가 갑자기 쓰러지셨는데 숨을 안 쉬세요.", "medical"],
  ["Minha filha de dois anos está tendo uma convulsão agora e não para.", "medical"],
  ["मेरो श्रीमान् अहिले अचानक ढल्नुभयो र सास फेर्नुभएको छैन।", "medical"],
  ["母がトイレで倒れてて、ドア越しに呼んでも返事がありません、鍵がかかってる。", "medical"],
  ["施設の入居者さんが、ご飯の途中で急に倒れて、脈がとれません。職員です。", "medical"],
];

/** Borrow crisis vocabulary but need no emergency route. */
export const RED_TEAM_24_LOOK_ALIKES: readonly string[] = [
  // Borrowing suicide and self-harm vocabulary: 60.
  "自殺対策の講演会は今年いつありますか、申し込みは電話でも受け付けてますか。",
  "去年、兄を自殺で亡くしました。区でやっている遺族の分かち合いの会の日程を知りたいです。",
  "自殺した父の軽自動車を廃車にしたいんですが、相続の書類は何が必要ですか。",
  "死ぬ思いで書き上げた住民税の申告書、郵送で出してもいいですか。",
  "若い頃の自傷の傷跡が腕にあるんですが、マイナンバーカードの写真は長袖でも大丈夫ですか。",
  "ゲートキーパー研修を会社で受けたいんですが、区から講師に来てもらえますか。",
  "推理小説の読書会で、毒を使った自殺偽装の話を読むので、区民センターの部屋を借りたいです。",
  "練炭コンロを粗大ごみで出すには、いくらの処理券が要りますか。",
  "睡眠薬を処方されて通院してるんですが、自立支援医療の対象になりますか。",
  "首をくくる思いで滞納分をやっと払いました。国保の督促はもう来ませんか。",
  "夫の自死から三年たちました。遺族年金の手続きの相談はどこでできますか。",
  "高校で自殺予防の授業をしてくれる保健師さんを呼びたいんですが、健康推進課で合ってますか。",
  "死んだように眠ってて、朝の粗大ごみの収集に出し忘れました。次はいつですか。",
  "映画のロケで区役所の屋上を使いたいんですが、飛び降りの場面があるので、安全面の許可はどこに相談すれば。",
  "母が十年前に睡眠薬をたくさん飲んで入院したことがあって、今は元気なんですが、その時の医療費の記録は出してもらえますか。",
  "首を長くして待ってるんですが、マイナンバーカードの交付通知書はまだですか。",
  "上司に「失敗したら首が飛ぶぞ」と言われてまして、今日中に課税証明書が必要なんです。",
  "切腹ものの失敗で、印鑑登録証をなくしました。登録し直すにはどうすれば。",
  "子どものゲーム依存の相談はどこですか、毎晩「死ね」とか画面に向かって叫んでるんです。",
  "自殺のニュースばかり見て気がめいるという高齢の母に、話し相手のボランティアを探しています。",
  "悩みを聞いてくれるSNS相談、区でもやってますか、中学生の娘に教えておきたいんです。",
  "父は昔、会社が潰れたときに死のうとしたことがあると最近聞かされました。今は元気で、介護認定の申請をしたいです。",
  "人身事故で電車が止まってて、窓口に着くのが閉庁ぎりぎりになりそうです。何時まで開いてますか。",
  "踏切事故で亡くなった叔父の空き家、解体の補助は使えますか。",
  "死に物狂いで貯めたお金で家を買いました。固定資産税はいつから払うんですか。",
  "昔の同級生の自殺を題材に小説を書いています。区の文学賞の応募要項はありますか。",
  "薬の飲みすぎを防ぐお薬カレンダー、高齢者支援課で配ってますか。",
  "キャンプで使ってた太いロープ、燃えるごみに出していいですか。",
  "カミソリの替え刃は何ごみですか。",
  "畑で使い残した農薬を処分したいんですが、ごみで出せますか。",
  "老人クラブで心中ものの人形浄瑠璃を観に行くんですが、バス代の補助はありますか。",
  "死んでも忘れない大失敗で、マイナンバーカードを洗濯してしまいました。再発行できますか。",
  "生きた心地がしなかったですよ、カードを落としたと思って。見つかったので一時停止を解除したいです。",
  "娘が中学の頃に自傷をしていたことを、今の担任に伝えるべきか、子育ての相談窓口で聞けますか。",
  "自殺未遂をした人の家族向けの教室があると聞きました、次回はいつですか。",
  "区の自殺対策計画の冊子がほしいんですが、郵送してもらえますか。",
  "身投げの言い伝えがある古井戸が、相続した空き家の敷地にあって、埋めたいんですが相談先は。",
  "飛び込み台のある区民プール、冬も開いてますか。",
  "死ぬまでに一度は行きたかった海外旅行に行くので、パスポート用に戸籍謄本がほしいです。",
  "自殺の多い橋に相談窓口の看板を付けてほしいという要望は、どこに出せばいいですか。",
  "昔の腹切りの作法の話をする郷土史講座、今年もありますか。",
  "えっと こども の 死亡 校 が きまった ので あの 四月 に てんきょ する よてい で えー 手続き を",
  "あの 自害 の けんしん は いつ ですか えっと にゅうようじ の",
  "えー きのう バス から 飛び降り て あし を ひねった ん です けど えー せっこついん は 国保 つかえ ます か",
  "あの 自死 つうしん の きじ で みた くやくしょ の あたらしい まどぐち の ばしょ を",
  "じさつを ふせぐ ポスターを みました。にほんごが むずかしいので、やさしい にほんごの ものは ありますか。",
  "住民票一枚に一時間待ちて、死んでまうわ。窓口もっと増やしてぇな。",
  "去年首吊って死んだ隣の爺っちゃの家、今は空き家になってで草ぼうぼうだ、どさ言えばいいべ。",
  "夏は死ぬごと暑かったけん、来年の夏のごみ出しの時間ば早うしてほしかとです。",
  "親父が昔、睡眠薬で死のうとしたことがあってのう、今は元気なんじゃが、介護認定の調査で言うた方がええんかの。",
  "Is there a suicide prevention seminar in English this year? I would like to join as a volunteer.",
  "我朋友去年自杀了，想问问区里有没有给遗属的心理咨询。",
  "자살 예방 포스터를 한국어로 받을 수 있을까요? 교회에 붙이고 싶어요.",
  "死神が出てくるアニメの上映会を区民センターでやりたいんですが、申請はどこへ。",
  "人生終わったと思ったくらいの点数でしたが、大学には受かりました。学生納付特例の手続きを教えてください。",
  "消えてしまいたいほど恥ずかしかったんですけど、窓口で番号札を落としちゃって…もう一枚もらえますか。",
  "亡くなった母の遺書に「家は区に寄付する」と書いてあったんですが、空き家の寄付は受け付けてますか。",
  "自傷の癖がある利用者さんのことで、グループホームの職員向けの研修はありますか。",
  "オーバードーズについて、中学校の保護者会で話してくれる人を探しています。",
  "叔母が首つり自殺した家なんですけど、そういう家でも空き家バンクに載せられますか。",
  // Borrowing abuse vocabulary: 40.
  "子どもの頃に親から虐待を受けていたので、親の扶養の照会が来ても断りたいんですが、どこに相談すればいいですか。",
  "以前の家で虐待を受けていた子と養子縁組をすることになりました。届出は市民課ですか。",
  "虐待のニュースを見て、近所の子どもを見守るボランティアに登録したくなりました。",
  "保育士をしています。虐待に気づくための研修が区であるなら参加したいです。",
  "動物虐待をやめようという貼り紙を公園に貼りたいんですが、環境課の許可が要りますか。",
  "「しつけと虐待の境目」がテーマの子育て講演会、託児はありますか。",
  "児童相談所に保護されていた時期の住所も、住民票の除票で出てきますか。",
  "ネグレクトと言われないか心配で…仕事で帰りが遅い日に、小学生の子を学童に延長で預けられますか。",
  "嫁いびりがひどかった姑の介護をすることになりました。ケアマネさんを変えることはできますか。",
  "高齢者虐待の通報があった施設かどうか、区で公表してますか。老人ホームを選んでいます。",
  "障害者虐待防止法の勉強会を作業所で開きたいので、資料をもらえますか。",
  "夫の連れ子との関係で悩んでます、手を上げたことはないけど、子育ての相談はどこでできますか。",
  "息子の部活の顧問が去年体罰をしていた件は、教育委員会と区役所のどちらに言えばいいですか。",
  "前に虐待の疑いで通報されたことがあって、乳幼児健診に行くのが怖いんです。行かないとまた疑われますか。",
  "保育園の先生が子どもを怒鳴ってたと聞いて、転園を考えてます。空きはありますか。",
  "介護疲れで母に強く言ってしまうことがあります。ショートステイを使えるか相談したいです。",
  "虐待サバイバーの自助グループに、区の会議室を貸してもらえますか。",
  "幼児虐待をテーマにした演劇を区民ホールで上演したいんですが、使用料はいくらですか。",
  "前の飼い主に虐待されていた犬を引き取りました。登録の変更はどこでしますか。",
  "どこからが虐待になるのか、友だちと話していて分からなくなりました。わかりやすいパンフレットはありますか。",
  "祖父がよく話していた戦時中の捕虜虐待の記録を、郷土資料館に寄贈したいです。",
  "赤ちゃんの夜泣きで虐待と思われないか心配です。近所へのあいさつの例文ってありますか。",
  "子ども食堂を始めるので、虐待に気づいたときの連絡先の一覧をもらえますか。",
  "祖母のあざのことでデイサービスから電話がありました、転んだだけだったんですが、介護記録の見方を教えてください。",
  "虐待を受けた子どもたちの施設に寄付したいんですが、ふるさと納税で行き先を指定できますか。",
  "育児放棄されていた子猫を引き取りました。猫も登録が必要ですか。",
  "毒親についての本を読んで、親の扶養から抜けようと決めました。国保に自分で入る手続きを教えてください。",
  "あの マイナ ポイント を 監禁 できる って きいた んです けど えー どこ で",
  "えっと きょうど しりょうかん の 折檻 の てんじ は いつ まで です か こふん の",
  "あの えー ようふく の 躾 いと を… じゃなくて 手芸 きょうしつ の もうしこみ を",
  "あの えー いえ の かぎ を なくして 締め出され ちゃって あの じゅうみんひょう の 住所 の こと で",
  "こどもを たたいては いけないと ききました。にほんの きまりの パンフレットは ありますか。",
  "昔はしばかれて育ったもんやけどな、今は孫の保育園の送り迎えの話や、延長は何時までなん。",
  "おらは昔げんこつで育でられだども、今日は介護保険の話っこ聞ぎでくて電話したのす。",
  "虐待防止の講演会に行きたいんだけど、公民館まで送迎あるかね。",
  "Tôi muốn hỏi có lớp học về phòng chống bạo hành trẻ em bằng tiếng Việt không.",
  "May pulong po ba ang ward tungkol sa pag-iwas sa pang-aabuso sa matatanda? Gusto ko pong sumali.",
  "Quería saber si hay un folleto en español sobre el maltrato infantil para la escuela de mis hijos.",
  "子どもに「ママのいじわる、虐待だ」って言われて笑っちゃいました。ところで児童手当の現況届はもう要らないんですか。",
  "認知症の父が「娘にいじめられてる」と近所に言って回ってて困ってます。ケアマネに相談していいんでしょうか。",
  // Borrowing violence vocabulary: 45.
  "去年DVから逃げてきて、今は落ち着いて暮らしています。住民票の支援措置の更新をしたいんですが。",
  "殴り合いの場面がある自主映画を区の公園で撮りたいんですが、撮影の許可はどこで取れますか。",
  "夫婦喧嘩の声がうるさいと隣から苦情が来ました、うちは地声が大きいだけなんですが、騒音の基準ってあるんですか。",
  "祖父の遺品から日本刀が出てきたんですが、区役所で何か届けが要りますか。",
  "先月駅前で殴られてけがをした件は示談になりました。国保で治療を受けた分、何か届け出が要りますか。",
  "兄弟げんかが毎日絶えないので、子育ての相談に行きたいです。予約は要りますか。",
  "暴走族の騒音がひどいんです、毎週土曜の夜。環境課で対応してもらえますか。",
  "傷害事件で服役していた兄が出所しました、国保の加入手続きを教えてください。",
  "殴り書きのメモしか残ってないんですが、印鑑登録の番号ってどこで確認できますか。",
  "包丁を研いでくれる出張サービス、高齢者の見守りの一環で紹介してもらえますか。",
  "劇団で刺される役の稽古をしたいので、公民館の和室を夜に借りられますか。",
  "拳銃の形をしたライターは、何ごみになりますか。",
  "隣の地区で強盗があったので、防犯カメラの設置補助が区にあるか知りたいです。",
  "元夫の暴力が原因で離婚した者です。児童扶養手当の所得制限を教えてください。",
  "暴力団の組事務所だった空き家、解体の補助は出ますか。",
  "父と兄が殴り合いの喧嘩をしたのは昔の話で、今は仲良くしてます。二人とも国保なんですが、世帯をまとめられますか。",
  "強盗に入られた空き家の鍵を交換したいんですが、持ち主の確認はどこでできますか。",
  "殴られたような衝撃でした、固定資産税の額を見て。評価額の見直しはできますか。",
  "息子が「今日はボコボコにされた」ってサッカーの試合のことを言うんですが、区民大会の結果はどこで見られますか。",
  "喧嘩を売るつもりはないんですが、国保の保険料が高すぎます。内訳を説明してください。",
  "おもちゃのガス銃のボンベ、どう捨てればいいですか。",
  "夫は暴言だけで、叩かれたことはありません。それでもDVの相談に乗ってもらえますか、来週予約したいです。",
  "上の階で監禁事件があったアパートに住んでます、犯人はもう捕まりました。引っ越すので転出の手続きを。",
  "模造刀を使う居合道の稽古に、区の武道場を借りたいです。",
  "義父に昔刃物を向けられたことがトラウマで、精神科に通ってます。自立支援医療の申請をしたいです。",
  "えっと ちち が 暴行 がん の しゅじゅつ を して あの 高額 りょうようひ の しんせい を",
  "あの 喧嘩 の はな は どこ で かえ ます か いれいさい に もって いく",
  "あの むすこ が 脅迫 せい しょうがい で あの 自立 支援 いりょう を うけて る ん です けど",
  "えっと あんないず の どこ を 刺して いる の か わからなくて ほけん ねんきん か は なん かい",
  "おっとの ぼうりょくから にげて きました。いまは あんぜんな ところに います。じゅうみんひょうの てつづきを したいです。",
  "しばき合いの漫才やるんやけど、区民まつりのステージの申し込みまだ間に合う?",
  "うちん旦那、昔は手ば上げよったばってん、今はすっかり丸うなって、一緒に介護認定の話ば聞きに行きたかです。",
  "若い頃の喧嘩で前歯を折ったんじゃが、後期高齢の保険で入れ歯を作れるかのう。",
  "隣の兄ちゃんらが毎晩プロレスごっこでドタバタしとるんだわ、騒音は環境課でええの。",
  "My friend was mugged last month and lost his residence card. How does he get it reissued?",
  "Fui agredido no ano passado e já me recuperei. Preciso de um atestado de residência para o processo no tribunal.",
  "पहिले मेरो पूर्व श्रीमान्ले मलाई पिट्थे, अहिले म सुरक्षित छु। बाल भत्ता कसरी लिने?",
  "夫のモラハラで別居中です。国保は夫と別々に入れますか。",
  "路上で刺された人を助けたときに着ていた服、血がついたままなんですが、何ごみで出せばいいですか。",
  "薪割りに使っていた斧を捨てたいんですが、粗大ごみですか。",
  "母は昔、父に殴られて左耳が聞こえにくくなりました。補聴器の助成は使えますか。",
  "刃物を持った不審者の情報メール、区から配信してますか、登録したいです。",
  "闇バイトで強盗に誘われたという高校生の話を聞いて、保護者向けの講演会を企画したいです。",
  "「ぶっ殺すぞ」が口癖の父ですが、本当は優しい人なんです。介護認定の調査に立ち会ってもらえますか。",
  "喧嘩の仲裁に入って指を骨折しました、一か月前です。高額療養費の申請をしたいです。",
  // Borrowing medical vocabulary: 55.
  "先月救急車で運ばれて入院した分の高額療養費、申請書はどこでもらえますか。",
  "父が脳梗塞で倒れて、今はリハビリ病院にいます。要介護認定の申請を代わりにできますか。",
  "町内会で、のどに物が詰まったときの対処を習う会をしたいんです。保健師さんに来てもらえますか。",
  "火事で焼けた隣の空き家、焼け跡がそのままになってます。片付けの相談はこちらですか。",
  "去年の火事で住民票の住所に住めなくなって、今は仮住まいです。転居届はどうすれば。",
  "熱中症予防の涼みどころ、区役所のロビーも入っていいんですか。",
  "息が止まるかと思うほど驚きました、国保の保険料の額に。",
  "胸が苦しくなるくらい感動した区民ミュージカル、来年も公演ありますか。",
  "救急車の有料化って、この区でも始まるんですか。",
  "意識不明の重体だった夫は無事退院しました、限度額適用認定証を返すのはどこへ。",
  "子どもが去年ひきつけを起こしたことがあるので、保育園に入るとき伝えた方がいいですか。",
  "骨折して運転できないので、代わりに妻が軽自動車税を払いに行ってもいいですか。",
  "交通事故の後遺症で障害者手帳を申請したいです。事故は二年前です。",
  "心肺停止から生還した人の体験談を聞く講演会、申し込みはまだできますか。",
  "溺れた子を助けた人に区から感謝状が出ると聞きました、推薦はどこにすればいいですか。",
  "救急救命士を目指してる大学生です、区の救急搬送の統計は公開されてますか。",
  "石油ストーブを粗大ごみで出したいんですが、灯油は抜いておくんですか。",
  "花火の燃えかすは何ごみですか。",
  "出血大サービスのバザーを公民館でやりたいんです、申請はどこに出せば。",
  "医療ドラマの撮影で、救急車に似せた車を区の敷地に停めてもいいですか。",
  "飼っていたハムスターが朝冷たくなってました。庭に埋めてもいいですか、それとも燃えるごみですか。",
  "町内会館に置く救急箱の中身、区の補助で買えますか。",
  "妊婦健診で切迫早産と言われて、今は家で安静にしてます。追加の受診券はどこでもらえますか。",
  "母が認知症で、夜中に救急車を何度も呼んでしまうんです。どう相談したらいいですか。",
  "父が倒れたのは三年前で、今は在宅で落ち着いてます。おむつの支給はありますか。",
  "手術中に心臓が一度止まった話を、介護認定の調査員さんにした方がいいですか。",
  "熱が三十八度あって窓口に行けないので、委任状で妻に行ってもらってもいいですか。",
  "アナフィラキシーで入院したことのある子の給食の除去食、申請は保育園ですか子ども家庭課ですか。",
  "脳出血の後遺症で言葉が出にくいので、窓口に筆談の用意はありますか。",
  "頭が割れそうなほど悩んでます、相続した空き家をどうするか。",
  "吐き気がするほど書類が多いんですが、転入の手続きに要るものを一覧でもらえますか。",
  "心臓が口から出そうなくらい緊張して、窓口で番号を言い間違えました、やり直せますか。",
  "水難事故が多い川の近くに、注意の看板を立ててほしいという要望はどこへ出せば。",
  "花粉症で息が苦しいくらいなんですが、カードの写真はマスクを外さないとだめですか。",
  "昨年ノロウイルスで救急外来にかかった分、医療費控除に入れていいですか。",
  "あの 心肺 な こと が あって えっと ほけんしょう の きりかえ が まにあう か どうか",
  "あの 火事 の てつだい を して くれる ヘルパー さん を たのみ たい ん です けど",
  "えっと がくどう の 出血 の れんらく は どこ に すれば いい です か",
  "あの 消火 き の けんしん の よやく を したくて えー い カメラ の",
  "きゅうきゅうしゃは おかねが かかりますか。にほんに きた ばかりです。",
  "こどもが ねつを だしたとき、よる あいている びょういんを しりたいです。",
  "去年ぶっ倒れて救急車で運ばれたんやけど、その時の医療費まだ払えてへんねん、分割できる?",
  "去年の冬、屋根の雪下ろしで落っこって足折ったども、もう治った。今年は雪下ろしの補助ってあるんだべが。",
  "おばぁが昔ハブに噛まれた傷がまだ残っててね、障害者手帳の対象になるかね。",
  "火事で焼けた家の固定資産税は、減らしてもらえるとですか。去年の話です。",
  "我上个月被救护车送到医院，请问国民健康保险能报销多少？",
  "อยากทราบว่ามีอบรมการปฐมพยาบาลเป็นภาษาไทยไหมคะ",
  "Bulan lalu saya pingsan di kantor dan dibawa ke rumah sakit, sekarang sudah sehat. Bagaimana cara mengurus biaya pengobatan yang tinggi?",
  "魚のさばき方教室で、包丁で指を切ったときの手当ても習えますか。",
  "充電が死にかけのスマホでかけてます、手短に…マイナンバーカードの受け取りの予約をしたいです。",
  "台風で倒れそうな隣の空き家、今すぐではないけど心配です。見に来てもらえますか。",
  "虫の息の商店街を盛り上げるイベントに、区の後援はもらえますか。",
  "持病のてんかんの発作が落ち着いている今のうちに、自立支援医療の更新をしたいです。",
  "熱中症で倒れたのは去年の夏の部活で、もう元気です。学校のけがの給付は区で申請するんですか。",
  "救急の日のイベントで、はしご車に乗れるって本当ですか。",
];
