// Crisis red team 20, frozen 2026-12-05.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 63a8200c8069f35f325ca0e2e9ce8b2123cdcd3b3823814e33d643b88f8f858b
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-20.ts | sha256sum
// (written by hand, then formatted with Prettier, which only rewraps lines; the hash is of the
// formatted file.)
//
// Written blind: only these were read: the first 81 lines of crisis-red-team-19.ts (through `sed -n
// 1,81p`, after `grep -n` had shown its marker line at 79; this printed its header, its marker
// line, the blank comment line below it and the first line of its body comment, but not its import,
// its array openings or any of its red-team lines), the first 23 lines of crisis-red-team.ts
// (RedTeamKind and format), samples/departments.csv and /work/shared/DESIGN.md. No lexicon, test,
// script, doc, other fixture, other sample or red-team line was opened, git was not run, git
// history was not read, the repository was not grepped for phrases, the __fixtures__ folder was not
// listed, tsconfig.json and the Prettier config were not opened, and neither the engine, jest, the
// benchmarks nor the madoguchi command was run. Commands run: date; `test -e` on this file (it did
// not exist yet); `grep -n` for the marker line of crisis-red-team-19.ts; sed and cat on the four
// files above; mkdir and shell heredocs writing, in /tmp/rt20, the scratch list (kind, errand or
// direct, language, text), this header text and the small node scripts used below;
// awk/sort/uniq/wc/grep counting that list; one-off Python checks (counts per kind, errand/direct
// split, non-Japanese lines, duplicates, quote characters) and Python string edits of that list, of
// this header text and of the wrapping script; cat joining its parts; a one-off node script that
// only wrapped the list into the two arrays below and wrote this header (run twice: in the first
// run a wrapped header line began with the marker text, so this header was reworded and the file
// written again); `npx prettier --write` and `--check` on this file only; `npx tsc --noEmit -p
// tsconfig.json` filtered with grep to this file (no output); sed, cut and sha256sum for the hash;
// node edits writing the hash into this header and, last, a node script rewriting only the header
// above the marker from the edited header text (one more edit script failed and changed nothing);
// node one-liners reading this file (counting kinds, checking bytes); and grep, sed, tail, wc, awk,
// cat -A and a no-op head on this file only. Each line was written by hand into the scratch list;
// no engine output was seen before or after writing. The import of RedTeamKind from
// ./crisis-red-team is taken from the format.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a ninth ward office's desk over another year, in plain words and natural
// proportions, with callers, errands and wordings of its own. 100 of the crisis lines (suicide 30,
// abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then say what is
// happening now; the other 100 are direct. Errands: a lost seal-registration card, a seal
// certificate, a national-pension premium exemption, oversized-rubbish pickup and oversized-rubbish
// tickets, an income certificate, the child-rearing allowance status report, a care-need
// certification renewal and a care-need survey date, a locked My Number card PIN and a My Number
// card pick-up booking, temporary childcare and extended nursery hours, an NHI premium reduction,
// NHI premiums in instalments and joining the NHI, the vacant-house bank, a vacant house's
// overgrown garden and a vacant-house demolition subsidy, an earthquake-resistance check subsidy,
// the seniors' celebration money and the seniors' gathering, a disability certificate renewal, a
// residence-card address change, the furusato-nozei deduction, the maternal and child health
// handbook, self-support medical care renewal, a crematorium booking, the after-school club and its
// summer sign-up, the benefit for resident-tax-exempt households, Silver Human Resources Centre
// registration, a late change-of-address notice, family-support registration, a home-modification
// pre-application, late-stage elderly medical premiums, sick-child care registration, a
// child-allowance bank account change, a care-insurance card reissue and a care-insurance premium
// slip, a child medical certificate renewal, a rubbish collection point, the school-entry health
// check, a surname change, a childcare subsidy, the specific health check, a cat-neutering subsidy,
// an after-school day-service recipient certificate, a special nursing-home application, a
// residence certificate copy, an upstairs-noise complaint, an illegal-dumping report, a
// depreciable-assets declaration for a shop, a help mark, joining the neighbourhood association, a
// disaster-radio complaint, fridge recycling, a moving-out notice, park graffiti, garbage days and
// sorting, a library card address change, a Maina insurance eligibility certificate, a colon-cancer
// screening booking and screening results, a nursery application, a high-cost long-term care
// refund, a dementia cafe, a guardianship consultation and a child's vaccination. Callers: the
// person at risk, wives and husbands, parents, sons and daughters, brothers and sisters, a
// high-school grandchild, a small child in kana, a niece or nephew, friends and roommates,
// colleagues, a shop owner, a delivery worker, a homeroom teacher, an after-school club instructor,
// a home helper, a day-service driver, night-shift care-home staff, a watch volunteer, visitors in
// the counter queue, a bus passenger, neighbours, passers-by, an 85-year-old man and foreign
// residents. 24 crisis lines and 12 look-alikes are in other languages (crisis: English 4, Chinese
// 3, Portuguese 3, Korean 2, Vietnamese 2, Spanish 2, Tagalog 2, Indonesian 2, Nepali 2, Thai 2;
// look-alikes: English 4, Chinese 2, Vietnamese 2, Korean, Spanish, Indonesian, Portuguese); a few
// lines are in easy Japanese kana (the person at risk, a small child, foreign residents, a widow);
// several are ASR-style spaced kana with fillers and homophone kanji slips; others are in Kansai,
// Tohoku and western (Hiroshima-like) dialect or an old man's words. Look-alikes: suicides,
// attempts, self-harm, child abuse, DV, elder care strain, assaults, thefts, bullying, illnesses,
// fires and accidents that are over and settled; service questions (hotlines, prevention weeks and
// posters, gatekeeper and mental-health first-aid training, statistics, AED and first-aid courses,
// foster care, child guidance centre visits, DV shelters and victim support, crime-prevention
// classes, poison and food-safety courses, a carbon-monoxide alarm); fiction, drama, essays,
// classical love-suicide plays, a school play and a reading circle; rope, charcoal, leftover
// sleeping pills, razor blades, pesticide bottles, kitchen knives, an axe, an old sword and expired
// first-aid supplies to throw away or hand in; cooking, sport, martial arts, games, festivals and
// pets; idioms and jokes (死ぬほど, 首が回らない, 崖っぷち, 殺す気か, 殺生な, 心臓が止まるかと,
// 骨が折れる, 窒息しそうな, 意識が遠のく, dying to, killing me, me muero de ganas); ASR
// near-misses; and desk errands that mention a death, a hospital stay or a police report in
// passing.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 20, written without looking at the crisis
// lexicon, its look-alike list, its tests, the sample sets or any earlier red-team line. Every
// person, place and situation here is invented. Speech-recognition lines are written the way a
// phone line transcribes them: kana with spaces and fillers, and homophone kanji slips (市に for
// 死に, 粋 for 息, 指されて for 刺されて).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_20_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  [
    "印鑑登録証をなくしたので再発行をお願いしたいんですが、もうどうでもよくなってきて、今ベランダの柵をまたいでいるところです。",
    "suicide",
  ],
  [
    "国民年金の免除申請の書類を書いてたんですけど、途中で手が止まって、いま閉め切った台所で練炭に火をつけました。",
    "suicide",
  ],
  [
    "粗大ごみでソファを出したいって相談なんですが、あの、同居の兄が「もう終わりにする」って車に閉じこもって、排気ガスのホースを窓から引き込んでるんです。",
    "suicide",
  ],
  [
    "課税証明書を取りに行くはずだった娘から、さっき「ありがとう、さよなら」ってLINEが来て、橋の上から撮った川の写真が付いてました。電話に出ません。",
    "suicide",
  ],
  [
    "児童扶養手当の現況届を出しに行けなくてすみません。もう生きていく気力がなくて、さっき睡眠薬を一箱全部飲みました。",
    "suicide",
  ],
  [
    "介護認定の更新のことで電話しました。母の介護に疲れ果てて、いま手に包丁を持っていて、自分の手首に当てています。",
    "suicide",
  ],
  [
    "マイナンバーカードの暗証番号がロックされたんですけど…いや、それより、夫が物置の梁にロープをかけているのが窓から見えるんです、どうしたら。",
    "suicide",
  ],
  [
    "一時保育を予約したかったんですが、子どもはもう実家に預けてきました。いま駅のホームにいて、次に来る快速に飛び込むつもりです。",
    "suicide",
  ],
  [
    "えーと こくほの げんめんの ことで あの… しごと くびに なって もう 市にたくて いま ビルの おくじょうに きてます",
    "suicide",
  ],
  [
    "空き家バンクに登録しようと思っていた実家に、いま弟が一人で入り込んで、「灯油をまいた、火をつけて家と一緒に燃える」と電話してきました。",
    "suicide",
  ],
  [
    "住宅の耐震診断の補助のことで…あの、ごめんなさい、いまお風呂場でカミソリで腕を切っていて、血が床にたまってきています。",
    "suicide",
  ],
  [
    "敬老祝い金の件で伺いたいのですが、隣で一人暮らしのおじいさんが「もう長く生きすぎた、今夜死ぬ」と言って、庭で灯油を頭からかぶっています。",
    "suicide",
  ],
  [
    "障害者手帳の更新で電話しましたけど、もういいです。さっき納屋の農薬を飲んだので、手帳はいりません。",
    "suicide",
  ],
  [
    "Tatawag sana ako tungkol sa pagpapalit ng address sa residence card, pero ang kasama ko sa kuwarto ay nakatayo ngayon sa bintana ng ikapitong palapag at sabi niya tatalon na siya.",
    "suicide",
  ],
  [
    "I'm calling about my health insurance premium reduction, but honestly I can't do this anymore. I've taken all my sleeping pills and I'm sitting in my car by the river.",
    "suicide",
  ],
  [
    "ふるさと納税の控除の件で電話しました。…すみません、いま妻が車で出ていって、「子どもをお願い、崖から落ちます」と言って電話を切りました。",
    "suicide",
  ],
  [
    "我想问一下母子手帐怎么领，可是我丈夫刚才发信息说他已经在公司楼顶上了，要跳下去，现在电话打不通。",
    "suicide",
  ],
  [
    "自立支援医療の更新の書類が届いたんですけど、もう通院もやめます。いま、首を吊るためのロープを持って裏山に来ています。",
    "suicide",
  ],
  [
    "火葬場の予約をしたいんですけど、…自分のです。これから車ごと岸壁から海に飛び込みます。",
    "suicide",
  ],
  [
    "学童保育の申込みに来たお母さんが待合でずっと泣いていて、いま「帰りに死ぬから」と言って、カバンから薬の瓶を出して一気に飲み始めました。",
    "suicide",
  ],
  [
    "住民税非課税世帯の給付金のことを聞きたくて。あと、同居の父がさっきから「迷惑かけたくない」と言って、ベルトを首に巻いてドアノブに結ぼうとしてます。",
    "suicide",
  ],
  [
    "粗大ごみ処理券て どこで買えるんかな…いや、ちゃうねん、うちの旦那がな、いま二階の窓から身ぃ乗り出して「飛び降りたる」言うてんねん。",
    "suicide",
  ],
  [
    "シルバー人材センターの登録の件で電話したんですが、実はさっきから死にたい気持ちが止まらなくて、いまも台所で包丁を首に当てています。",
    "suicide",
  ],
  [
    "転居届を出しそびれていた者です。明日から住むところもなくて、今夜ここで終わりにしようと、公園の木にひもを結んでいます。",
    "suicide",
  ],
  [
    "ファミリーサポートの登録の件で伺いました。あの、同じマンションの高校生の子が、さっきから屋上のフェンスの外側に座っていて、声をかけても戻ってくれないんです。",
    "suicide",
  ],
  [
    "住宅改修の事前申請の書類のことで電話しました。母がさっきトイレにこもって「もう死ぬから」と言って薬をたくさん飲んだみたいで、呼んでも返事がありません。",
    "suicide",
  ],
  [
    "後期高齢者医療の保険料のことじゃがの。…わし、もう疲れた。さっき、ありったけの薬を焼酎で流し込んだ。もうええんじゃ。",
    "suicide",
  ],
  [
    "외국인등록 주소 변경 때문에 전화했는데요, 지금 룸메이트가 욕실에서 번개탄을 피우고 문을 잠가 버렸어요.",
    "suicide",
  ],
  [
    "病児保育の登録のことで電話したんですが、いま職場の後輩から「今から電車に飛び込みます、今までありがとうございました」ってメッセージが来て、既読もつかないんです。",
    "suicide",
  ],
  [
    "国保に入る手続きを聞きたかったんですが、会社をクビになって、もう生きていけない。いま手首を深く切りました。",
    "suicide",
  ],
  ["もう限界です。いま、マンションの十二階の外廊下で、手すりの外側に立っています。", "suicide"],
  ["死にたいです。さっきから首に延長コードを巻いて、少しずつ締めています。", "suicide"],
  [
    "息子が部屋に鍵をかけて「死んでやる」と叫んでいて、中からガムテープでドアの隙間をふさぐ音がしています。",
    "suicide",
  ],
  [
    "妻が「海に行きます、探さないで」と書き置きを残して、車でいなくなりました。いま探していますが見つかりません。",
    "suicide",
  ],
  [
    "職場の同僚が、昼休みからずっと非常階段の踊り場で手すりに片足をかけたまま動かないんです。",
    "suicide",
  ],
  [
    "いま薬を四十錠ぐらい飲みました。だんだん眠くなってきました。最後に誰かと話したくて。",
    "suicide",
  ],
  ["わたし もう いきたく ない です。いま くすりを たくさん のみました。", "suicide"],
  [
    "あの すいません いま はしの うえに いて もう とびおりようと おもって それで えっと でんわ しました",
    "suicide",
  ],
  [
    "高校生の娘が自分の部屋でカッターで腕を何度も切っていて、止めようとしても刃を離しません。",
    "suicide",
  ],
  [
    "友だちから「今から死ぬ」ってビデオ通話がかかってきて、画面の向こうで首にひもをかけてるんです。",
    "suicide",
  ],
  [
    "隣の部屋からガスの臭いがしてきて、住人の方が、ドア越しに「一人で死なせてくれ」と言っています。",
    "suicide",
  ],
  ["父が猟銃を持ち出して「自分で始末をつける」と言い、納屋に鍵をかけてこもりました。", "suicide"],
  [
    "踏切で、中年の男性がさっきから何度も遮断機をくぐろうとしています。いま目の前で、電車が近づいています。",
    "suicide",
  ],
  ["おら、もう生きでる意味ねぇ。今、川の土手さ来てる。このまま入るべと思ってる。", "suicide"],
  ["リストカットが止まらなくて、今日はいつもより深く切ってしまって、手が震えています。", "suicide"],
  [
    "施設の三階です。利用者さんが窓を開けて外に出ようとしていて、職員二人で押さえていますが、「死なせて」と暴れています。",
    "suicide",
  ],
  [
    "Minha irmã trancou a porta do quarto e disse que tomou todos os remédios dela para morrer. Ela não responde mais.",
    "suicide",
  ],
  [
    "夫からさっき「ガレージで首を吊る」とメッセージが来ました。いま家に向かっていますが、電話に出ません。",
    "suicide",
  ],
  ["मेरो साथी अहिले छतको किनारमा उभिएको छ र 'म मर्छु' भन्दैछ। कृपया छिटो मद्दत गर्नुहोस्।", "suicide"],
  ["เพื่อนร่วมห้องของฉันขังตัวเองอยู่ในห้องน้ำ บอกว่าจะฆ่าตัวตาย ตอนนี้มีกลิ่นถ่านไหม้ออกมาจากใต้ประตู", "suicide"],
  [
    "今日で全部終わりにします。遺書は机の上に置きました。ロープを持って、いまから家を出ます。",
    "suicide",
  ],
  [
    "夫が酔って「死ぬ」と言いながら、ベランダの手すりから片足を外に出しています。ここ八階です。",
    "suicide",
  ],
  [
    "中学生の息子が「学校に行くくらいなら死ぬ」と言って、いま台所で漂白剤のボトルを口に当てています。",
    "suicide",
  ],
  [
    "駅のトイレの個室から、若い人が「薬を全部飲んだ」と書いたメモをドアの下から出してきました。ノックしても返事がありません。",
    "suicide",
  ],
  [
    "母が、洗剤を混ぜてガスを出して死ぬと言って浴室にこもりました。ドアの隙間から鼻を突く臭いがしています。",
    "suicide",
  ],
  [
    "さっきから自分の首を絞めたくなって、もうタオルを巻いてしまいました。どうしたらいいか分かりません。",
    "suicide",
  ],
  [
    "配達先のお宅のドアが少し開いていて、中で人がぶら下がっているのが見えました。まだ足が動いています。",
    "suicide",
  ],
  ["父は本気です。いま「これで楽になる」と言って、刺身包丁をお腹に当てています。", "suicide"],
  ["兄からさっき「樹海に来た、もう帰らない」と電話があって、それきりつながりません。", "suicide"],
  [
    "私は担任です。生徒が放課後の教室の窓から身を乗り出して「もう無理」と言っていて、いまそばで声をかけています。",
    "suicide",
  ],
  [
    "児童手当の振込口座の変更のことで電話したんですけど、いま隣の部屋で夫が上の子を壁に叩きつけていて、泣き声が急に止まったんです。",
    "abuse",
  ],
  [
    "保育園の延長保育の申込みをしたいんですが…いま夫が帰ってきて、私の髪をつかんで床を引きずり回しています、電話を取り上げられそう。",
    "abuse",
  ],
  [
    "介護保険証の再発行をお願いしたくて。あ、ちょっと待って、弟がまた父を殴ってる、やめて、お父さん口から血が出てる。",
    "abuse",
  ],
  [
    "子ども医療証の更新のことでかけました。隣の家で、いままさに子どもが「ごめんなさい、痛い」と泣き叫んでいて、叩く音がずっと続いています。",
    "abuse",
  ],
  [
    "ごみ集積所の場所を聞きたかったんですが、向かいのアパートのベランダに、この寒さの中、裸足の小さい子が二時間以上出されたままで、いま震えて座り込んでいます。",
    "abuse",
  ],
  [
    "一時保育の予約をと思ったんですが、いま玄関の外で彼がドアを蹴っていて、「開けないと殺す」と怒鳴っています。さっきも首を絞められました。",
    "abuse",
  ],
  [
    "地域包括支援センターの場所を聞きたいんですが、私はヘルパーで、訪問先でいま、娘さんが寝たきりのお母さんの顔を何度も平手で叩いているんです。",
    "abuse",
  ],
  [
    "就学時健診の案内が届いたことで電話したんですけど、うちの子がいま父親にベルトで叩かれていて、私じゃ止められないんです。",
    "abuse",
  ],
  [
    "あの こども の いりょうしょう の ことで… いま だんな が こども を けって て あの たすけて ください",
    "abuse",
  ],
  [
    "氏の変更の手続きを聞きたくて。離婚届を書いてるのを夫に見つかって、包丁を向けられて、いまトイレに逃げて鍵をかけています。",
    "abuse",
  ],
  [
    "Hi, I wanted to ask about the childcare subsidy, but my husband is hitting me right now. He's in the next room and says he'll break my arm. Please send someone.",
    "abuse",
  ],
  [
    "Liguei para perguntar sobre o abono infantil, mas agora o meu vizinho está espancando o filho pequeno, dá para ouvir os gritos através da parede.",
    "abuse",
  ],
  [
    "敬老会の案内のことでお電話しました。同じ団地のおばあさんが、いま外の通路で息子さんに突き飛ばされて、倒れたところを蹴られています。",
    "abuse",
  ],
  [
    "特定健診の日程を聞きに来たんですが、待合のソファで、お母さんが二歳くらいの子の口と鼻を手でふさいでいて、子どもの顔色が変わってきています。",
    "abuse",
  ],
  [
    "猫の不妊手術の助成を聞きたくて電話しました…あの、隣の男の子が、いま父親に首根っこをつかまれて、頭を床に打ちつけられてます。窓越しに見えてます。",
    "abuse",
  ],
  [
    "放課後等デイサービスの受給者証の更新のことで。いま施設の中で、職員が男の子を床に押さえつけて、何度もお腹を殴っているのを見てしまいました。",
    "abuse",
  ],
  ["我想问一下儿童补贴的事…对不起，我丈夫现在正在用皮带打我，孩子也在哭，我躲在厕所里。", "abuse"],
  [
    "母子手帳の交付をお願いしたいんです。でも、妊娠したって言ったら彼がお腹を蹴ってきて、いまも部屋の外で怒鳴ってます。",
    "abuse",
  ],
  [
    "介護認定の調査日を変えてほしくて。同居の兄が認知症の母にご飯をやらずに、いまも手を縛って部屋に閉じ込めていて、母がぐったりしてるんです。",
    "abuse",
  ],
  [
    "特別養護老人ホームの入所申込みのことで聞きたかったんですが、いま面会に来たショートステイ先で、職員が父を怒鳴りながら髪を引っぱって車いすから引きずり下ろしています。",
    "abuse",
  ],
  [
    "隣のアパートで、男の人が「殺すぞ」と怒鳴りながら子どもを叩く音がずっと続いていて、子どもの声がだんだん弱くなってきました。",
    "abuse",
  ],
  [
    "夫に殴られて鼻血が止まりません。いま子どもを連れて車に逃げ込みましたが、夫が外で窓を叩いています。",
    "abuse",
  ],
  [
    "母が、認知症の祖母を「言うことを聞かない」と言って、いまベッドに紐でしばって叩いています。私は孫で、高校生です。",
    "abuse",
  ],
  ["おとうさんが おかあさんを なぐってる。おかあさん うごかない。たすけて。", "abuse"],
  [
    "娘の彼氏が娘を部屋に閉じ込めて、さっきから殴る音がしています。娘からは「たすけて」とだけメールが来ました。",
    "abuse",
  ],
  [
    "向かいの家の庭で、小学生くらいの子が縄で木につながれていて、もう真っ暗なのに家に入れてもらえず泣いています。",
    "abuse",
  ],
  [
    "デイサービスの送迎でお宅に来ています。いま目の前で、ご家族が利用者さんの足にやかんのお湯をかけようとしています。",
    "abuse",
  ],
  [
    "すいません あの となり の いえ で あかちゃん が なきやまなくて おとこ の ひと が ゆさぶって なげる おと が して いま しずか に なって",
    "abuse",
  ],
  [
    "夫が酔って暴れて、ついさっき私の首を絞めました。まだ家の中にいて、二階で物を壊しています。",
    "abuse",
  ],
  [
    "学童の指導員です。迎えに来た父親が、その場で子どもの頭を何度も殴って、いま駐車場の車に無理やり押し込もうとしています。",
    "abuse",
  ],
  [
    "Chồng tôi đang đánh tôi và con, anh ấy cầm gậy, tôi đang trốn trong nhà vệ sinh. Xin hãy giúp tôi.",
    "abuse",
  ],
  [
    "Mi vecino está golpeando a su madre anciana, la escucho gritar y pedir ayuda ahora mismo.",
    "abuse",
  ],
  [
    "同居の息子に毎日殴られとって、いまも台所から包丁を持ってこっちに来よる。わしは八十五じゃ。",
    "abuse",
  ],
  [
    "夫が、泣きやまない赤ちゃんを湯船に沈めようとしています。やめてと言っても聞きません、いまです。",
    "abuse",
  ],
  [
    "隣の家のおじいさんが、孫らしい若い男に杖で叩かれて、庭に倒れたまま動かなくなりました。",
    "abuse",
  ],
  [
    "いま公園のトイレの前で、母親が小さな子の髪をつかんで、地面に何度も顔を打ちつけています。",
    "abuse",
  ],
  [
    "妻が、寝たきりの義母の口に無理やり食べ物を詰め込んでいて、義母がむせて苦しんでいるのに押さえつけています。",
    "abuse",
  ],
  ["元夫が家に押し入ってきて、いま私を殴りながら子どもを連れて行こうとしています。", "abuse"],
  [
    "下の部屋から、母親の「死ね」という叫び声と、子どもが「もうしません」と泣く声、叩く音がさっきからずっと聞こえています。",
    "abuse",
  ],
  [
    "同棲相手にスマホを取られて外に出してもらえず、さっきタバコの火を腕に押しつけられました。いまトイレから友達の携帯で電話しています。",
    "abuse",
  ],
  [
    "粗大ごみの収集日を聞きたくて電話したんですが、いま集積所で近所の男の人二人が殴り合いになって、一人が頭から血を流して倒れています。",
    "violence",
  ],
  [
    "住民票の写しを取りに来たんですけど、いま隣の窓口の前で男性が刃物を出して、職員さんに「金を出せ」と叫んでいます。",
    "violence",
  ],
  [
    "空き家の草木の相談で来たんですけど、ちょっと待って、その空き家の前で若い人たちが一人を囲んで蹴ってます、いまです。",
    "violence",
  ],
  [
    "上の階の騒音の苦情で電話したんですけど、その男がいまうちの玄関に来て、バールでドアをこじ開けようとしています。",
    "violence",
  ],
  [
    "不法投棄の通報のつもりだったんですが、捨てていた男に注意したら、ナイフを出して追いかけてきて、いまコンビニに逃げ込んでいます。",
    "violence",
  ],
  [
    "国民年金の免除の件でかけたんですが、いまコンビニの前で、男が店員さんの首をつかんで殴り続けています。私は通りがかりです。",
    "violence",
  ],
  [
    "マイナンバーカードの受け取りの予約の件ですが、いま庁舎の駐車場で、知らない男が女の人を車から引きずり出して殴っています。",
    "violence",
  ],
  [
    "償却資産の申告の件で電話しました。あ、すみません、店にいま目出し帽の男が入ってきて、レジの前で包丁を突きつけられてます。",
    "violence",
  ],
  [
    "ヘルプマークをもらいたくて庁舎に向かう途中なんですが、いまバスの中で、男性が座っている車いすの方を何度も蹴っていて、誰も止められません。",
    "violence",
  ],
  [
    "Hi, I was going to ask about garbage days, but there's a man outside my apartment smashing cars with a baseball bat, and he just hit a guy who tried to stop him.",
    "violence",
  ],
  [
    "주민표 떼러 왔는데요, 지금 구청 앞에서 어떤 남자가 칼을 들고 사람들한테 휘두르고 있어요.",
    "violence",
  ],
  [
    "自治会の加入について聞きたかったんですが、いま自治会長さんが、ごみ当番のことで揉めた人に鉄パイプで殴られて倒れています。",
    "violence",
  ],
  [
    "防災無線が聞こえないという苦情のつもりだったんですが、それどころじゃなくて、隣の家に知らない男が窓を割って入って、中から悲鳴が聞こえます。",
    "violence",
  ],
  [
    "家電リサイクルの冷蔵庫のことで電話したんやけど…ちょっと、いま下の道で若いのがバット振り回して、通る人どついとるわ。",
    "violence",
  ],
  [
    "転出届のことで相談したかったんですが、前の職場の上司が家の前に来て、灯油缶を持って「出てこないと火をつけるぞ」と叫んでいます。",
    "violence",
  ],
  [
    "敬老祝い金の件で電話したんですが、いまスーパーの駐車場で、ぶつけたぶつけないで揉めた人が、相手をボンネットに押さえつけて殴り続けています。",
    "violence",
  ],
  [
    "あの しょうめいしょ の こと で… あ いま そと で おとこ が ほうちょう もって さけんで て こども たち が にげて ます",
    "violence",
  ],
  [
    "公園の落書きの件で電話しました。その公園で今、中学生が上級生たちに押さえつけられて、ライターで服に火をつけられそうになっています。",
    "violence",
  ],
  [
    "国保の保険料の分割の相談なんですが、借金の取り立ての男がいまも家の前にいて、「娘をどうにかしてやる」と言いながらドアを蹴り続けています。",
    "violence",
  ],
  ["我想问一下垃圾怎么分类…啊，现在楼下有个男的拿着刀追着一个女的跑，她在喊救命。", "violence"],
  [
    "図書館カードの住所変更の…いや、いま図書館の中で、男が職員さんに殴りかかって、消火器を振り回しています。",
    "violence",
  ],
  [
    "火葬場の予約をしたいのですが、いま斎場で親族がもめて、叔父が持ち込んだ包丁で従兄に切りつけました。",
    "violence",
  ],
  ["駅前のロータリーで男が刃物を振り回していて、もう一人倒れています。", "violence"],
  [
    "境界のことで揉めている隣の人が仲間を三人連れてきて、いま「出てこい、殺すぞ」と玄関を蹴っています。",
    "violence",
  ],
  [
    "職場に辞めさせられた元社員の男が入ってきて、床に灯油をまいてライターを持っています。いまみんなで逃げています。",
    "violence",
  ],
  [
    "居酒屋で客同士がけんかになって、割れたビール瓶で一人の顔を切りつけました。いまも暴れています。",
    "violence",
  ],
  [
    "見守りボランティアです。登校中の子どもたちの列に、男が「ぶっ殺す」と叫びながら近づいてきています。",
    "violence",
  ],
  [
    "隣の家に強盗が入ったみたいで、奥さんが縛られているのが窓から見えます。男はまだ中にいます。",
    "violence",
  ],
  [
    "いま こうえん で ひと が 指されて あの たおれて て まだ その おとこ が いて けいさつ を",
    "violence",
  ],
  [
    "夕方から家の周りを知らない男がうろうろしていて、いま庭に入ってきて、窓ガラスを石で割りました。",
    "violence",
  ],
  [
    "店に来たお客さんが、店員の女の子に熱いコーヒーを投げつけて、いま胸ぐらをつかんで殴っています。",
    "violence",
  ],
  [
    "駅のホームで、男性が知らない女性を線路の方へ突き飛ばそうとしていて、周りの人が必死に押さえています。",
    "violence",
  ],
  ["団地の階段で、酔った男が住人を次々に殴っていて、いま三階まで上がってきています。", "violence"],
  [
    "Tem um homem com uma faca na frente da escola agora, ameaçando as crianças. Por favor, mandem alguém rápido.",
    "violence",
  ],
  [
    "Ada orang mabuk memukul teman saya dengan botol di depan asrama, kepalanya berdarah dan dia masih terus memukul.",
    "violence",
  ],
  [
    "いま隣の畑で兄弟げんかが始まって、弟の方が鎌持って兄貴さ切りかかってる。早ぐ来てけろ。",
    "violence",
  ],
  [
    "ずっともめている近所の人が、いま猟銃を持って庭に出てきて、こっちの窓に向けています。",
    "violence",
  ],
  [
    "May lalaking may hawak na kutsilyo sa labas ng pabrika at sinaksak niya ang katrabaho ko. Nandito pa siya ngayon.",
    "violence",
  ],
  [
    "駐輪場で、中学生くらいの子が大人の男に胸ぐらをつかまれて、カッターを顔に当てられています。",
    "violence",
  ],
  [
    "マンションのエントランスに刃物を持った男が居座っていて、住人を脅して、誰も外に出られません。",
    "violence",
  ],
  [
    "自転車がぶつかって口論になった相手がずっと後をつけてきて、さっき後ろから頭を殴られました。まだすぐ近くにいます。",
    "violence",
  ],
  [
    "夜の公園で若い男たちが、ベンチで寝ている人にロケット花火を打ち込んだり蹴ったりしています。",
    "violence",
  ],
  [
    "会社の倉庫で、同僚がフォークリフトの運転手と揉めて、いまハンマーで殴りかかっています。",
    "violence",
  ],
  [
    "隣の男が、うちの犬がうるさいと言って、包丁を持って庭に入ってきました。いま窓の外にいます。",
    "violence",
  ],
  [
    "塾帰りの娘から、知らない男に腕をつかまれて車に乗せられそうになっているって、いま電話が来ました。",
    "violence",
  ],
  [
    "粗大ごみの予約をしたいんですが、いま一緒にタンスを運んでいた父が急に倒れて、呼んでも返事がなくて、息をしていないみたいなんです。",
    "medical",
  ],
  [
    "マイナ保険証の資格確認書のことで聞きたくて…あ、母が、お昼の雑煮の餅を詰まらせて、顔が紫になってます。",
    "medical",
  ],
  [
    "大腸がん検診の予約をしようと電話したら、隣で夫が胸を押さえて冷や汗をかいて、うずくまってしまいました。",
    "medical",
  ],
  [
    "空き家の解体補助のことで現地を見に来たんですが、一緒に来た業者さんが二階の床を踏み抜いて下に落ちて、頭から血を流して動きません。",
    "medical",
  ],
  [
    "印鑑証明を取りに来たんですけど、待合の椅子のおじいさんが急にガクッとなって、いま床に倒れていびきみたいな息をしています。",
    "medical",
  ],
  [
    "敬老会の申込みの件で電話したんですが、一人暮らしの母の家に寄ったら、こたつの横で倒れていて、体が冷たくて、かすかにしか息をしていません。",
    "medical",
  ],
  [
    "保育園の入園申込みの書類の件ですが、いま一歳の息子がボタン電池を飲み込んだみたいで、よだれが止まらなくて苦しそうにしています。",
    "medical",
  ],
  [
    "特定健診をどこの病院で受けられるか聞きたくて…すいません、いま父がろれつが回らなくなって、右手が動かないって言ってます。",
    "medical",
  ],
  [
    "家電リサイクルで冷蔵庫を運び出していたら、主人が階段から落ちて、足が変な方向に曲がっていて、意識がもうろうとしています。",
    "medical",
  ],
  [
    "学童保育の夏休みの申込みの件でかけたんですが、いま学童から、息子が川遊びで溺れて引き上げられたけど意識がないって連絡が来て…",
    "medical",
  ],
  [
    "自立支援医療の更新のことで電話しました。同居の弟がさっきてんかんの発作を起こして、もう十分以上けいれんが止まらないんです。",
    "medical",
  ],
  [
    "高額介護サービス費の申請書のことで電話しました。いま母が薬を取り違えて、父の血圧の薬を十錠くらい一度に飲んでしまって、ぐったりしています。",
    "medical",
  ],
  [
    "えっと じゅうみんひょう の こと で あの… おっと が いま きゅうに たおれて ぜんぜん おきなくて 粋 してる か わかんない です",
    "medical",
  ],
  [
    "国保に入る手続きの件ですが、いま職場の炎天下の現場で、同僚が熱中症みたいで、けいれんして呼びかけに応えません。",
    "medical",
  ],
  [
    "Tôi muốn hỏi về thẻ My Number, nhưng đồng nghiệp của tôi vừa bị máy cắt vào tay ở nhà máy, máu chảy rất nhiều, không cầm được.",
    "medical",
  ],
  [
    "Llamaba por el certificado de residencia, pero mi padre se cayó en el baño, no se mueve y tiene sangre en la cabeza.",
    "medical",
  ],
  [
    "म मेरो बच्चाको खोपको बारेमा सोध्न चाहन्थें, तर अहिले मेरी श्रीमतीलाई सास फेर्न धेरै गाह्रो भइरहेको छ र ओठ निलो भएको छ।",
    "medical",
  ],
  [
    "認知症カフェの場所を聞きたかったんですが、いま母の姿が見えなくて、探したら物置で石油ストーブの煙の中に倒れていました。",
    "medical",
  ],
  [
    "ごみの分別のことで聞きたくて。さっき台所の掃除で塩素系と酸性の洗剤が混ざってしまって、子どもが咳き込んで吐いています。",
    "medical",
  ],
  [
    "住宅改修の申請の件ですが、手すりを付けに来た業者さんが屋根から落ちて、いま庭で動けなくなっています。息が浅いです。",
    "medical",
  ],
  [
    "児童扶養手当の件で…すいません、赤ちゃんがミルクを吐いたあと、ぐったりして顔が真っ白で、呼んでも反応しません。",
    "medical",
  ],
  [
    "がん検診の結果のことで電話してたら、夫がトイレで倒れた音がして、見に行ったらいびきをかいて目を開けません。",
    "medical",
  ],
  [
    "粗大ごみ処理券の値段を聞きに来たら、庁舎前の歩道で年配の女性が自転車にはねられて、頭を打って倒れたまま動きません。",
    "medical",
  ],
  [
    "病児保育の登録をしようと思ってたんですが、子どもの熱が四十度を超えて、いまけいれんして白目をむいています。",
    "medical",
  ],
  [
    "償却資産の件で電話しました。いま厨房でスタッフが揚げ油をかぶって、腕から胸にひどいやけどをして、泣き叫んでいます。",
    "medical",
  ],
  [
    "介護保険料の納付書のことで来たんやけど、連れ合いがな、いまそこの階段で転んで、頭打って血ぃがようけ出とるんや。",
    "medical",
  ],
  [
    "成年後見の相談の予約をしたいんですが、叔父の家に来てみたら、窓を閉め切った蒸し暑い部屋で叔父が倒れていて、体がすごく熱くて汗も出ていないんです。",
    "medical",
  ],
  [
    "母子手帳をもらいに行く予定だったんですが、いま急にお腹が激しく痛くなって、出血が止まりません。",
    "medical",
  ],
  ["父が急に倒れました。息をしていません。いま心臓マッサージをしています。", "medical"],
  ["子どもがピーナッツを喉に詰まらせて、声が出ません。背中を叩いても出てきません。", "medical"],
  [
    "あの、わたし ベトナムじん です。ともだち が いま たおれました。へんじ しない。いき よわい。たすけて ください。",
    "medical",
  ],
  ["工事現場で作業員が足場から落ちて、意識がありません。", "medical"],
  [
    "祖父が庭の草むしりの途中で倒れて、体がすごく熱くて、話しかけてもおかしなことしか言いません。",
    "medical",
  ],
  ["娘が蜂に刺されたあと、顔が腫れてきて、息がゼーゼーしてきました。", "medical"],
  ["夫が包丁で指の付け根を深く切って、タオルで押さえても血があふれてきます。", "medical"],
  [
    "あの きゅうきゅうしゃ を おばあちゃん が おふろ で しずんで て いま ひきあげた けど いしき が なくて",
    "medical",
  ],
  [
    "二歳の子が、流しの下にあった漂白剤を飲んでしまったかもしれません。口のまわりが赤くなって泣いています。",
    "medical",
  ],
  ["母が食後に急に胸が苦しいと言って、顔が真っ青で、いま床に座り込んでしまいました。", "medical"],
  ["職場の倉庫で同僚が崩れた荷物の下敷きになって、動けません。足から血が出ています。", "medical"],
  [
    "道で自転車のおじいさんが転んで、頭から血を流して、呼びかけても目を開けません。私は通りがかりです。",
    "medical",
  ],
  ["父がお風呂でのぼせて、湯船に顔が沈みかけていたのを引き上げました。呼吸が弱いです。", "medical"],
  ["寝ている赤ちゃんの様子を見たら、顔色が紫っぽくて、息をしていないみたいです。", "medical"],
  ["じいちゃんが餅、喉さ詰まらせで、いま顔色悪ぐなってる。どうすっぺ。", "medical"],
  [
    "My coworker just collapsed in the warehouse. He's not breathing and we can't find a pulse.",
    "medical",
  ],
  ["แม่ของฉันล้มในห้องน้ำ หัวฟาดพื้น ตอนนี้ไม่รู้สึกตัวและหายใจแรงมาก", "medical"],
  [
    "Teman saya tiba-tiba kejang dan tidak sadar di dapur asrama, bibirnya biru. Tolong kirim ambulans.",
    "medical",
  ],
  ["家が火事です。二階に母が取り残されていて、煙がすごくて出てこられません。", "medical"],
  [
    "息子がアレルギーのあるエビを食べてしまって、全身にじんましんが出て、息が苦しそうです。",
    "medical",
  ],
  [
    "糖尿病の夫が、さっきから汗だくで震えていて話がかみ合わず、いまソファで意識がなくなりかけています。",
    "medical",
  ],
  [
    "マラソン大会のゴールの近くで、走っていた人が倒れて動きません。いまAEDを取りに行ってもらっています。",
    "medical",
  ],
  [
    "石油ストーブをつけた部屋で、祖母が頭が痛いと言ったあとぐったりして起きません。部屋の空気がおかしいです。",
    "medical",
  ],
  [
    "介護施設の夜勤中です。入居者さんが食事を詰まらせて、吸引しても取れず、顔色が悪くなってきています。",
    "medical",
  ],
  [
    "川で釣りをしていた小学生が流されて、いま岸に引き上げたんですが、ぐったりして息をしていません。",
    "medical",
  ],
  [
    "隣のおばあさんが外の階段から落ちたみたいで、寒い中で倒れていて、いま見つけたんですが腰を打って動けず、唇が紫です。",
    "medical",
  ],
  [
    "今朝から父が頭が割れるように痛いと言っていて、さっき吐いて、いま呼んでも返事がありません。",
    "medical",
  ],
];

/** Ordinary calls that borrow the vocabulary; the desk must not raise the emergency route. */
export const RED_TEAM_20_LOOK_ALIKES: readonly string[] = [
  "自殺予防週間のポスターを自治会の掲示板に貼りたいので、何枚かいただけますか。",
  "こころの相談ダイヤルの番号が変わったと聞いたんですが、町内会の会報に載せたいので新しい番号を教えてください。",
  "去年、兄が自死しまして、兄名義のままの軽自動車の名義変更をしたいのですが、何を持っていけばいいですか。",
  "ゲートキーパー養成講座を職場で開きたいんですが、講師を派遣してもらえますか。",
  "区の自殺者数の推移を卒業論文で使いたいので、過去十年分の統計がどこで見られるか教えてください。",
  "首が回らないくらい出費が続いていて、国保の保険料を分けて払わせてもらえないかと思いまして。",
  "死ぬほど忙しくて平日に来られないんですが、土曜日に住民票を取れる窓口はありますか。",
  "同人誌に首吊りのトリックが出てくる推理小説を書いたんですが、区の文学賞にも応募できますか。",
  "引越しで荷造り用のロープがたくさん余ったんですが、何ごみで出せばいいですか。",
  "七輪で練炭を使って焼き鳥をするのが趣味なんですが、燃え残った練炭は燃えないごみでいいですか。",
  "亡くなった母が飲んでいた睡眠薬がたくさん残っていて、どこに持っていけば処分してもらえますか。",
  "十年前の自殺未遂で残った手のしびれがあって、障害者手帳の等級を見直してもらえるか聞きたいです。",
  "区民劇で崖から飛び降りる場面があるので、区民ホールの舞台の奥行きと高さを教えてください。",
  "崖っぷちの経営で、お店の償却資産の申告を少し待ってもらうことはできますか。",
  "飛び込みの訪問販売が多くて困っているんですが、区で何か注意喚起はしていますか。",
  "飛び込みで行っても、予約なしで保健師さんに相談できますか。",
  "三年前に夫が自殺を図って入院したことがありますが、今はすっかり回復して働いています。障害年金の更新の書類のことで聞きたいです。",
  "人身事故で電車が止まって受付時間に間に合わなかったんですが、明日の朝一番で来てもいいですか。",
  "自殺未遂から立ち直った方の講演会を区が主催すると聞いたのですが、日程と場所を教えてください。",
  "ハロウィンの飾りで首吊りのがいこつ人形を玄関に下げていたら苦情が来ました、ああいうのは控えたほうがいいんでしょうか。",
  "死んだふりが得意な犬なんですが、しつけ教室の発表会に出てもいいですか。",
  "息子が「この宿題まじで死ぬ」と言っているんですが、区の無料の学習支援教室はどこでやっていますか。",
  "薬の飲みすぎに注意というチラシを薬局の待合に置きたいのですが、区で作ったものはありますか。",
  "自殺対策計画の市民委員の公募に応募したいのですが、締め切りはいつですか。",
  "遺書…というか、エンディングノートの書き方講座は次はいつありますか。",
  "使い終わったカミソリの刃は、どうやって捨てればいいですか。",
  "公園の展望台の柵が低くて、子どもが乗り出すと危ないので、高くしてもらえませんか。",
  "「死んでもいい」と思うほどおいしいラーメン屋が区の特集に載っていたんですが、あの冊子はどこでもらえますか。",
  "亡くなった父の葬祭費の申請をしたいんですが、父は自ら命を絶ったので、何か別の書類が要りますか。",
  "近松の心中ものを読む古典講座が公民館であるそうなんですが、申込みはどこですか。",
  "息子の高校で、自殺予防の出前授業をしてもらえると聞いたのですが、どこにお願いすればいいですか。",
  "図書館の読書会で『人間失格』を読むそうですが、参加の申込みはどこでしますか。",
  "若い人の自殺が増えているというニュースを見て、ボランティアで何かできることはないかと思ってお電話しました。",
  "前に「死にたい」と電話した者です。あのときは話を聞いてくださってありがとうございました。仕事も決まって落ち着いたので、お礼が言いたくて。",
  "一年前に自死があった実家が空き家になっていて、売りたいんですが、空き家バンクに登録できますか。",
  "死ぬまでに一度は行きたい場所、っていう老人会のバス旅行の企画に申し込みたいんです。",
  "「消えたい」という歌詞の合唱曲を区の合唱祭で歌うんですが、区の後援名義は申請できますか。",
  "キャンプのロープワーク教室の講師を探しています、区の生涯学習の講師名簿にいますか。",
  "使わなくなった農薬の瓶が納屋にたくさんあるのですが、回収はしてもらえますか。",
  "公園の高い遊具から飛び降りて遊ぶ子が多くて危ないので、注意の看板を付けてもらえますか。",
  "Do you have suicide prevention hotline flyers in English? I run a language school and would like to put some in our lobby.",
  "我想报名参加心理急救培训，就是学习怎么帮助有自杀念头的人的那个课程，什么时候开始报名？",
  "작년에 형이 스스로 목숨을 끊었는데, 형 명의로 된 국민연금 문제로 상담하고 싶어요.",
  "Me muero de ganas de ver los fuegos artificiales del festival del barrio. ¿Dónde puedo ver la fecha?",
  "えーと あの しぬ ほど さむい いえ で あの だんねつ の かいしゅう の ほじょきん って ありますか",
  "首吊りの…ちゃうちゃう、首から下げる名札のホルダー、区役所の売店で売ってへん？",
  "亡くなった祖母の部屋から「死にたい」と書いた若い頃の日記が出てきました。家族で読んで気持ちの整理はつきました。遺品の処分のことで相談です。",
  "演劇部で自殺をテーマにした脚本を上演するので、観客に相談窓口の案内を配りたいんです。パンフレットをもらえますか。",
  "冬のあいだ雪かきが死ぬほどしんどくて、年寄りの除雪を手伝ってくれる制度はあるべか。",
  "駅のホームドアはいつ付くんでしょう。飛び込み防止にもなると思うんですが。",
  "会社のストレスチェックに「死にたいと思うことがある」という項目があったんですが、区の健康相談でも同じような検査を受けられますか。",
  "『命を絶たないで』という区の啓発動画を学校の集会で流したいので、データをいただけますか。",
  "自殺の名所と言われていた橋に、今年から相談電話の看板が付いたそうですね。設置したのは区ですか、県ですか。",
  "首つり自殺の場面があるからと、映画の上映会が区の施設で断られたんですが、基準を教えてください。",
  "兄の自殺から五年がたちました。兄の国民年金の未支給年金をまだ請求していなかったことに気づいたんですが、今からでもできますか。",
  "鉄棒から飛び降りて着地する練習をしたいので、体育館の器械体操の器具を借りられますか。",
  "睡眠薬がないと眠れないのがつらいので、区で睡眠の相談ができる保健師さんはいますか。",
  "笑い死にしそうになった区の落語会、第二弾はいつやるんですか。",
  "去年亡くなった夫の遺書に、家は甥に譲ると書いてありました。名義を変えるのに区役所で取る書類は何ですか。",
  "夫が首を痛めて湿布を貼っているので、代わりに私が転居届を出しに行きます。委任状は要りますか。",
  "里親制度の説明会はいつありますか。夫婦で里親になりたいと考えています。",
  "児童虐待防止のオレンジリボンを職場で配りたいので、まとめて注文できますか。",
  "子どもの頃に親から虐待を受けていたことで今もカウンセリングに通っていますが、自立支援医療の対象になりますか。",
  "DVで別居して三年、やっと離婚が成立しました。旧姓に戻ったので、マイナンバーカードの氏名を変えたいです。",
  "高齢者虐待防止の研修を施設の職員向けにやりたいので、区の資料をお借りできますか。",
  "児童相談所の見学はできますか。大学のゼミで子ども家庭福祉を勉強しています。",
  "「しつけと虐待の違い」を話してくれる子育て講座があると聞いたので、申し込みたいです。",
  "以前、夫の暴力から逃げるときに助けていただいた者です。今は元気にしています。引越したので、住民票の閲覧制限の更新をしたいんですが。",
  "娘が舞台で虐待される子どもの役をやることになって、地方公演の間の学校の欠席のことで相談したいです。",
  "近所で犬を虐待しているって噂になっていた家、飼い主さんが引っ越して、犬は保護団体に引き取られたそうです。あの子の登録はどうなるんでしょう。",
  "体罰によらない子育てのパンフレットを、保育園の保護者会で配りたいんです。",
  "わしらは親父にぶん殴られて育った世代じゃけど、孫の世話で嫁ともめんための祖父母講座ってあるんかね。",
  "モラハラ夫が出てくる小説を書いています。取材として、区のDV相談がどんな流れで進むのか教えてもらえますか。",
  "虐待の通報をしたら名前は伏せてもらえるのか、と町内会で質問が出たので、説明会に来ていただけませんか。",
  "元夫と子どもは月に一回面会交流をしています。児童扶養手当の現況届に、そのことを書く欄はありますか。",
  "I'm a registered foster parent and just moved to this ward. How do I transfer my foster care registration?",
  "Tôi muốn đăng ký lớp học về phòng chống bạo lực gia đình dành cho người nước ngoài, lớp đó có tiếng Việt không?",
  "もぐらたたきの古いゲーム機を捨てたいんですが、小型家電の回収に出せますか。",
  "母の介護をしている姉が疲れていて、手を上げてしまう前に家族の集いに行きたいと言っています。次の介護者のつどいはいつですか。",
  "児童虐待の相談件数が増えているという記事を見ました。この区の件数を教えてください。",
  "一時保護されていた息子が家に戻ってきて、もう半年、落ち着いて暮らしています。保育園にまた入れる手続きを教えてください。",
  "夫婦げんかで皿を何枚も割ってしまいました、割れた食器は何ごみですか。",
  "介護施設の身体拘束をなくすための勉強会、現場の介護職員も参加できますか。",
  "子ども食堂を始めたいんですが、ネグレクトが心配な子に気づいたときの連絡先もあらかじめ知っておきたいです。",
  "去年、隣の子の泣き声がひどくて虐待の通報をしたら、結局ただの夜泣きでした。ご近所と気まずくなってしまって、どう謝ればいいでしょう。",
  "元夫の暴力が原因で離婚した場合でも、児童扶養手当の所得の計算は同じですか。",
  "あの ぎゃくたい ぼうし の ひょうご の ぼしゅう の しめきり って いつ でしたっけ",
  "孫にせがまれてプロレスごっこで毎日投げ飛ばされとります。腰が痛いんで、介護予防の体操教室に入りたいんじゃが。",
  "姑にいびられた若い頃の話をエッセイにしたので、区の文芸賞に応募したいです。",
  "育児放棄を描いた映画の上映会を公民館でやりたいのですが、何か許可は要りますか。",
  "DV防止法が変わってから、区の相談窓口の対応で何か変わったことはありますか。",
  "子育てに悩む友人に教えてあげたいので、夜もつながる子育ての相談電話の番号を教えてください。",
  "父は昔、母に手を上げる人でしたが、先月亡くなりました。母の遺族年金の手続きを教えてください。",
  "うちの猫が子猫の育児放棄をしてしまって、ミルクのあげ方を教えてくれる動物の相談窓口はありますか。",
  "子どもが保育園で「パパにぶたれた」と言ったそうなんですが、おもちゃのハンマーで遊んでいた話で、園とも話がついています。連絡帳のことで一つ確認したいだけです。",
  "児童養護施設にランドセルを寄付したいのですが、区を通してできますか。",
  "DV被害者のシェルターを支えるボランティアに登録したいです。",
  "夫の暴力から逃げた女性が主人公のドラマの原作の朗読会が、図書館であると聞きました。",
  "お年寄りへの虐待に気づいたら、まずどこに連絡するのか、民生委員の研修で確認したいです。",
  "わたし は むかし おっと に たたかれて いました。いまは ひとり で げんき です。こども の ほいくえん の もうしこみ を したい です。",
  "殺す気か、ってくらい辛いカレーの店が区のグルメマップに載っていました。あのマップはどこでもらえますか。",
  "先月、自転車を盗まれて警察に被害届を出しました。新しい自転車の防犯登録は区役所でもできますか。",
  "包丁研ぎのボランティアさんが公民館に来る日はいつですか。",
  "剣道の大会で区の体育館を借りたいのですが、竹刀の打ち合いで床を傷めないか心配で。",
  "空手教室の子どもたちの型の演武を、区民まつりのステージで披露したいです。",
  "去年、家の前であったけんかの目撃者として警察に話をしました。もう終わった件ですが、あれ以来、防犯カメラを付けたくて、補助金について聞きたいです。",
  "刺殺事件が出てくる推理劇を公民館で上演するので、模造刀の持ち込みが許可されるか教えてください。",
  "鎌で土手の草刈りをするボランティアに参加したいのですが、道具は貸してもらえますか。",
  "ボクシングジムを開くので、サンドバッグを殴る音がどれくらい響いていいのか、騒音の基準を教えてください。",
  "隣の家の子がチャンバラごっこで木の棒を振り回して、うちの植木が折れました。穏便に伝えるにはどこに相談すればいいですか。",
  "昔、通り魔事件があった公園ですが、今は明るくなって安心して歩けます。あそこの花壇のボランティアに登録したいです。",
  "古い包丁が五本あるんですが、刃物はどうやって捨てればいいですか。",
  "爆竹の音が苦手な犬がいるので、地区の春節のお祭りの日程を教えてください。",
  "ハンマー投げの練習ができる区の競技場はありますか。",
  "上司に冗談で「殺すぞ」と言われるのがパワハラになるのか、労働相談はどこでやっていますか。",
  "This new job is killing me, I can barely get to the ward office on a weekday. Can I request my residence certificate online?",
  "我想问一下，去年我被人打了报过警，那个案子已经结束了，现在想申请犯罪被害人的援助，可以吗？",
  "Saya mau tanya, apakah ada kelas bela diri untuk anak-anak di pusat olahraga kecamatan?",
  "弓道場の一般の利用時間を教えてください。",
  "兄弟げんかで子どもが窓ガラスを割ってしまいました。割れたガラスは何ごみで出せばいいですか。",
  "殴り書きのメモしか手元にないんですが、この内容で住民票の郵送請求はできますか。",
  "犯罪被害者の支援窓口の電話番号を教えてください。友人に伝えてあげたいので。",
  "刺されるような腰の痛みで整形外科に通っていますが、その医療費で高額療養費の申請はできますか。",
  "区民劇で強盗の役をやるんですが、目出し帽みたいな衣装を貸してもらえますか。",
  "防犯教室で刺股の使い方を教えてもらえると聞いて、町内会で申し込みたいです。",
  "息子が格闘ゲームの大会で優勝したので、区の広報で紹介してもらえませんか。",
  "一昨年ひったくりにあったときの被害届の控えが要るんですが、区役所では出せませんよね、警察ですよね。",
  "区民まつりでマグロの解体ショーをやりたいので、大きな包丁を持ち込んでいいか確認したいです。",
  "不審者情報のメール配信に登録したいです。",
  "前に、釘を打つ音がうるさいと隣の人に怒鳴り込まれたことがあって、もう仲直りしたんですが、日曜日の大工仕事の時間の決まりを教えてください。",
  "けんか神輿で有名な祭りに子ども会で参加したいんですが、行事の保険はどうなりますか。",
  "薪割り用の斧を処分したいんですが、刃物は粗大ごみとは別ですか。",
  "主人が「ぶっ飛ばす」って言うのはゴルフの話です(笑)。区のゴルフ練習場の回数券はどこで買えますか。",
  "殺生やわぁ、この書類の多さ。相続の手続きって、戸籍は全部いるん？",
  "去年、車上荒らしにあって警察に届けました。そのときに盗まれたマイナンバーカードの再発行がまだなんですが。",
  "女性向けの護身術講座、区でやっていますか。",
  "釣ってきた魚の頭を出刃包丁で落とすのが苦手で、公民館の料理教室で教えてもらえますか。",
  "戦争体験を語る会で、空襲のときに目の前で人が撃たれた話をしてくださる語り部の方を、学校に紹介してもらえますか。",
  "蔵の片付けをしていたら古い日本刀が出てきたんですが、どこに届ければいいですか。",
  "あの こども が けんか して あいて に けが させた けん もう あやまり に いって かいけつ して て あの その とき の ほけん の こと で",
  "妹がいじめで殴られた件は、学校と話し合いがついて解決しました。その件で休んだ分、給食費の引き落としを止められるか聞きたいです。",
  "殺陣の体験教室を区民まつりのプログラムに入れてもらうには、どこに申し込めばいいですか。",
  "人を殴ったことなんてない温厚な父が、今度の町内会の将棋大会で「相手をたたきのめす」と張り切っています。申込書はどこですか。",
  "撃退したいのはカラスです。ごみ集積所のカラスよけネット、区で貸してもらえますか。",
  "犯罪統計のうち、区内の暴行事件の件数を自治会の防犯会議で使いたいので、資料がほしいです。",
  "AED講習会の申込みはどこでできますか。町内会で十人くらい受けたいです。",
  "先月、父が脳梗塞で入院しましたが、無事に退院しました。介護保険の申請をしたいです。",
  "熱中症対策のクールシェルターって、区役所のロビーもそうなんですか。",
  "心臓が止まるかと思いましたよ、住民税の通知が去年の倍の金額で。中身を説明してもらえますか。",
  "骨が折れる作業でしたが、やっと相続の書類がそろいました。あと足りない戸籍の請求をしたいです。",
  "町内で餅つき大会をやるので、喉に詰まらせたときの対処を教えてくれる出前講座を頼めますか。",
  "救急箱の中の期限切れの消毒液や湿布は、何ごみで出せばいいですか。",
  "胃カメラのがん検診、区の助成で受けられる病院を教えてください。",
  "子どもが喘息で、小児慢性特定疾病の医療費助成の更新をしたいです。",
  "去年、火事で家が焼けて、今は仮住まいです。り災証明書の発行のことで相談があります。",
  "救急車の上手な使い方についての区のチラシ、外国語版はありますか。",
  "救命講習の修了証をなくしてしまったので、再発行してもらえますか。",
  "犬がチョコを食べてしまったときの対処法を、動物愛護の窓口で教えてもらえますか。いえ、今回は食べていません、念のためです。",
  "祖母が九十八で大往生しまして、後期高齢者医療の葬祭費の申請をしたいです。",
  "I'm dying to know when the next first-aid course in English is. My company wants all of us trained.",
  "Tuần trước con tôi bị ngã gãy tay, bây giờ đã bó bột và ổn rồi. Tôi muốn hỏi về trợ cấp chi phí y tế cho trẻ em.",
  "Meu marido teve um infarto no ano passado e já se recuperou. Quero saber como renovar a carteira de deficiente dele.",
  "熱中症で倒れた人を助けた中学生を表彰してあげたいんですが、区長表彰の推薦はどうすればいいですか。",
  "えっと あの ちが とまらない… じゃなくて ちかてつ の とまる えき から くやくしょ まで の いきかた を",
  "胸が苦しくなるほど感動した区の合唱祭、記録のDVDは買えますか。",
  "ドラマで心肺停止の患者の役をもらったので、救急隊の動きを見学させてもらえませんか。",
  "料理中にちょっと指を切りましたけど、もう絆創膏で止まりました。ところで、資源ごみの日って何曜日でしたっけ。",
  "高齢の父が去年の冬に浴室で倒れて、今は施設にいます。空いた実家を空き家バンクに登録したいです。",
  "農薬を誤って飲む事故が多いと聞いたので、老人会で勉強会を開きたいです。",
  "体育館の熱中症対策で、大型の扇風機を貸してもらえますか。",
  "窒息しそうなくらい満員のコミュニティバス、増便できませんか。",
  "救急医療情報キット、冷蔵庫に入れておくあれは区で配っていますか。",
  "父が餅を喉に詰まらせて亡くなったのは三年前で、今年三回忌を済ませました。父名義の口座の解約に除籍謄本が要ると言われました。",
  "区民センターの給湯室の湯沸かし器、やけどしそうなくらい熱いお湯しか出ないので、直してもらえますか。",
  "薬の飲み合わせの相談ができる薬剤師さんの窓口は区にありますか。",
  "救急の日のイベントで、はしご車に子どもを乗せてもらえると聞きました。",
  "去年の夏、母が熱中症で救急車で運ばれました。救急車の費用の請求書って後から来たりしませんよね、念のため確認です。",
  "意識が遠のくくらい待ちました。番号札の呼び出しの仕組み、どうにかなりませんか。",
  "骨粗しょう症検診の案内がうちにだけ来ないんですが。",
  "腰いわしてもうてな、いやもう治ってんけど、介護予防の体操教室ってまだ間に合う？",
  "区の寸劇で転んで骨折したおばあさんの役をやるので、三角巾を貸してもらえますか。",
  "猫がおもちゃを誤飲して、病院で取ってもらって無事でした。ついでに、猫の不妊手術の助成はまだ受付していますか。",
  "一酸化炭素の警報器を付けたいんですが、補助金はありますか。",
  "督促状の赤い封筒、心臓に悪いですよ。払ったはずなんですが、確認してもらえますか。",
  "気絶するほど痛い親知らずを抜いたんですが、国保の保険証が資格確認書に変わっても、同じ歯医者でそのまま使えますか。",
  "保育士向けのエピペンの講習って、区でやっていますか。",
  "区民まつりでかき氷を出すので、食中毒予防の講習を受けたいです。",
  "ドクターヘリが降りる公園、使えない日があったら教えてください。",
  "応急手当の本を図書館にもっと置いてほしいです。",
  "夫が去年、工場で指を機械に挟んで切断しましたが、労災の手続きも終わりました。障害者手帳が取れるか聞きたいです。",
  "夏の犬の散歩で熱中症にさせないための講座、動物愛護センターでやっていますか。",
  "毒キノコの見分け方の講座、区の自然観察会でやっていますか。",
  "フグの毒についての講習、区の保健所でやっていますか。料理店を開く予定です。",
  "人工呼吸の練習人形を、町内会の防災訓練で借りたいです。",
  "去年の花火大会でやけどをした人が出たそうなので、今年の救護テントの場所を教えてください。",
  "熱中症で運ばれた人の数、この区では毎年どれくらいですか。",
  "手術で入院しているので、代わりに妻が住民票を取りに行きます。委任状の書き方を教えてください。",
  "せんげつ おっと が びょういん で なくなりました。ねんきん の てつづき を おしえて ください。",
  "じいちゃん、去年の正月に餅詰まらせたけど、おかげさんで元気だ。今年の敬老祝いの品はいつ届くべ。",
  "息が切れるほど坂の多い地区なので、ごみ集積所をもう少し下に移してもらえませんか。",
];
