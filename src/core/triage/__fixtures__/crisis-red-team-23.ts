// Crisis red team 23, frozen 2026-12-06.
// sha256 (body, from the FROZEN-BODY line to the end of the file): e9eb30763b221585eeede82d84146b34c23cd97117584a0851d71aa89d492009
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-23.ts | sha256sum
// (written by hand, then formatted with Prettier, which only rewraps lines; the hash is of the
// formatted file.)
//
// Written blind: only these were read: the first 96 lines of crisis-red-team-22.ts (through `sed -n
// 1,96p`; this printed its header, its marker line and the blank comment line below it, but not its
// body comment's text, its import, its array openings or any of its red-team lines), the first 23
// lines of crisis-red-team.ts (RedTeamKind and the format, through `sed -n 1,23p`),
// samples/departments.csv and /work/shared/DESIGN.md. No lexicon, test, script, doc, other fixture,
// other sample or red-team line was opened, git was not run, git history was not read, the
// repository was not grepped for phrases, the __fixtures__ folder was not listed, tsconfig.json and
// the Prettier config were not opened, and neither the engine, jest, the benchmarks nor the
// madoguchi command was run. Commands run: `mkdir -p /tmp/rt23`; `date` and `date -u +%F` (in the
// same call as the first sed, and `date -u +%F` again when freezing); sed on the two fixtures as
// above; cat on departments.csv and DESIGN.md; `test -e` on this file (it did not exist yet); `ls
// /work/main` (top-level names only); `which node npx python3`; shell heredocs writing, in
// /tmp/rt23, the two scratch lists (crisis: kind, errand or direct, language, style, text, written
// in two parts; look-alikes: kind, language, style, text), the body comment, a one-off Python check
// (counts per kind, errand/direct split, languages, styles, duplicates, shared openings, double
// quotes, backslashes, backticks, tabs, apostrophes, stray spaces, line length), the small node
// script that wraps the lists into this file, a placeholder header (printf), this header's text and
// the node script that writes it; awk and a Python one-liner checking the header's line lengths;
// wc, cut, sort and uniq counting the lists; one Python edit of the crisis list (two foreign lines
// re-worded so that no two lines share an opening, and one violence line re-worded so that the
// fight is between two adult men, not a son and his father), then the check again (through tail);
// the wrapping script, run once, writing this file with the placeholder header; `npx prettier
// --write` and `--check` on this file only; `npx tsc --noEmit -p tsconfig.json` filtered with grep
// to this file (no output); sed (lines 1-25 and 440-460), tail and wc -l on this file; a node
// script that transpiled this file with the typescript package's transpileModule and counted its
// two arrays (200 and 200 lines, kinds as below, 400 distinct texts); sed and sha256sum for the
// hash and `grep -c` for the marker line; the header script, rewriting only the lines above the
// marker (run three times, the later runs with the freeze date kept and the hash unchanged, after
// this paragraph was completed and then rewrapped with Python edits, each followed by the
// line-length check); and, last, sed and sha256sum, `npx prettier --check`, the same filtered tsc,
// the transpile count, head and `grep -n` on this file only to re-check, and sha256sum of the whole
// file. Each line was written by hand into the scratch list; no engine output was seen before or
// after writing. The import of RedTeamKind from ./crisis-red-team is taken from the format.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: a twelfth ward office's desk over another year, in plain words and natural
// proportions, with callers, errands and wordings of its own. 100 of the crisis lines (suicide 30,
// abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then say what is
// happening now; the other 100 are direct. Errands, across all twelve departments: office hours,
// the car-park exit and the bicycle park; a residence certificate and its copy, seal-registration
// cancellation, a seal certificate, moving-in, moving-out online and change-of-address notices, a
// My Number card PIN reset, an income certificate at a convenience store; NHI premium instalments,
// a premium reduction, the NHI card switch-over, a pension exemption, a pension account change and
// payment amount, the late-stage elderly card and ceiling amount; a property-tax slip, a
// resident-tax slip, light-vehicle scrapping, a tax-payment certificate, a tax-return booking, a
// tax consultation; a welfare application booking, the welfare payment day, the caseworker, the
// housing-security benefit; the child allowance date and account, the child-rearing allowance
// status report, the child medical subsidy and certificate, nursery admission, results and
// extended care, after-school club forms, absence and pick-up, single-parent support; the maternal
// and child handbook, pregnancy-check vouchers, infant health checks, vaccination bookings, cancer
// screening, the specific health check voucher and results, a health check booking; care-need
// renewal and survey dates, a care-insurance premium notice, home-help times, day-service pick-up,
// care-bed return, home renovation, the community support centre's number; disability
// certificate grade and reissue, a rehabilitation certificate renewal and assessment, a
// disability-service recipient certificate, self-support medical care, a hearing-aid subsidy,
// orthosis repair, sign-language interpreter dispatch; the vacant-house bank, an overgrown vacant
// house, a demolition subsidy, a site visit; collection days, oversized-rubbish bookings, resource
// rubbish, household rubbish, garbage-bag prices, door-to-door collection, appliance recycling and
// the collection calendar. Callers: the person at risk, wives and husbands, mothers and fathers,
// sons and daughters, sisters and brothers, grandchildren, small children in kana, roommates and a
// flatmate, friends, a dormitory neighbour, colleagues, group-home and care-home staff, a home
// helper, a day-facility worker, an after-school club instructor, someone who booked an
// interpreter, visitors waiting at the desk, neighbours, passers-by and foreign residents. 24
// crisis lines and 12 look-alikes are in other languages (crisis: English 3, Chinese 3, Portuguese
// 3, Korean 3, Vietnamese 3, Spanish 2, Tagalog 2, Indonesian 2, Nepali 2, Thai 1; look-alikes:
// English 2, Chinese 2, Korean, Vietnamese, Spanish, Portuguese, Tagalog, Indonesian, Nepali,
// Thai); 12 lines are in easy Japanese kana (7 crisis, 5 look-alike: the person at risk, small
// children, foreign residents); 26 are ASR-style spaced text with fillers and homophone kanji slips
// (12 crisis, 14 look-alike near-misses); 30 are in Kansai, Tohoku, Kyushu, Hiroshima, Nagoya and
// Okinawa-like dialect (17 crisis, 13 look-alike). Look-alikes: suicides, attempts, self-harm,
// overdoses, child abuse, DV, a snatch theft, fights, heart attacks, strokes, heatstroke,
// fractures, near-drownings, a fall from a roof and fires that are over and settled; service
// questions (a suicide-prevention lecture and lesson, gatekeeper training, prevention-week
// posters, bereaved families' meetings, statistics, a night counselling line, phone-line
// volunteers, pamphlets in Vietnamese and Chinese, an end-of-life notebook, a will-writing class,
// platform fences; orange ribbons, foster parents, no-smacking parenting classes, shaken-baby
// leaflets, elder-abuse and disability-abuse reporting and training, records of past protection,
// restraint in care homes, financial abuse and guardianship, a left-in-car sticker; address
// secrecy after DV, DV shelters, stalking, self-defence classes, crime-prevention buzzers, a
// shooting-licence renewal, a patrol vest, a memorial after a street attack; AED, CPR dummies,
// first-aid and life-saving courses, an emergency medical information kit, the emergency advice
// line, ambulance transport records, a smoke house, lifeguard volunteers, CO alarms, seizure
// suppositories at nursery, an EpiPen at the club); fiction, dramas, films, kabuki, a mystery
// reading circle, a school play, a yakuza film, a gang film and stage sword-fighting; charcoal,
// sleeping pills, climbing rope, razor blades, kitchen knives, kendo armour, pepper spray, a
// fire extinguisher, a gas alarm and tempura oil to throw away; karate, boxing, judo, jiu-jitsu,
// fighting games, wrestling, a dead dog and a goldfish; idioms and jokes (死ぬかと思った, 死ぬほど,
// 死ぬ気で, 死にそう, 首が回らない, 清水の舞台から飛び降りる, 飛び降りたいくらい, 崖っぷち, 笑い死に, 心が折れそう, 殴り込み,
// ぶん殴りたくなる, けんか腰, しばいたろか, 血の気が引く, 息が詰まる, 頭が痛い, 火事場の馬鹿力, 火の車, 骨折り損, 卒倒しそう,
// 心臓止まるか, 意識が飛ぶ, me muero de hambre); ASR near-misses (市に, しにせ, 死亡届, 首がつって, 放置, 虐待防止,
// 暴力団排除, 殺到, 刺身包丁, 家事代行, 息苦しい, 意識調査, 救急車のサイレン); and desk errands that mention a death,
// a hospital stay, a train accident or a police report in passing.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 23: a twelfth ward office's desk over another
// year. Written without seeing the engine, its lexicons, its tests or any other set's lines; every
// person, place and situation here is invented. Speech-recognition lines are spaced kana with
// fillers and homophone kanji slips (釣る for 吊る, 着って for 切って, 市に for 死に, 意気 and 行き for 息,
// 逆対 for 虐待, 包町 for 包丁, 凪って for 殴って, 新造 for 心臓, 家事 for 火事, 球急車 for 救急車).

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_23_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  [
    "住民票の写しを一通お願いしたくて電話したんですけど、実はいま夫が車庫で練炭に火をつけて中から鍵をかけてしまって、呼んでも返事がないんです。",
    "suicide",
  ],
  [
    "国保の保険料の分納の相談なんですが、もう払えないので、この電話を切ったら今から橋から飛び降ります。",
    "suicide",
  ],
  [
    "印鑑登録の廃止のことで聞きたいんですが、横で母が台所の包丁を自分の首に当てて、もう死なせてと言って離してくれません。",
    "suicide",
  ],
  [
    "児童手当の振込日を確認したかったんですけど、今、手首を深く切ってしまって血が止まらなくて、床が真っ赤です。",
    "suicide",
  ],
  [
    "えっと そだいごみの よやく ばんごう ききたくて あの となりの へやで あにが どあのぶに べると かけて 首を 釣ろうと してて こえが きこえるんです",
    "suicide",
  ],
  [
    "要介護認定の更新の書類が届いたんですが、父がさっき薬を一か月分まとめて飲んだと言っていて、いま呼んでも目を開けません。",
    "suicide",
  ],
  [
    "転出届はネットでも出せますか。いや、その前に、いま娘からマンションの屋上にいる、もう飛ぶってメッセージが来ました。",
    "suicide",
  ],
  [
    "障害者手帳の等級変更のことで電話しました。彼が風呂場で睡眠薬の空き瓶を並べていて、ろれつが回らなくなってきています。",
    "suicide",
  ],
  [
    "固定資産税の納付書を再発行してほしいんですが、横にいる妻が灯油をかぶって、ライターを握ったまま死ぬと叫んでいます。",
    "suicide",
  ],
  [
    "生活保護の申請の予約をしたかったんです。でももう部屋の目張りをして七輪に炭を入れてあって、今から火をつけます。",
    "suicide",
  ],
  [
    "空き家バンクに登録したい実家のことなんですが、その家に今、叔父が入り込んで梁にロープを掛けてるって近所の人から知らせが来て。",
    "suicide",
  ],
  [
    "課税証明書がコンビニで取れなかったので…すみません、今、手元に錠剤を百錠くらい出してあって、これから全部飲むつもりです。",
    "suicide",
  ],
  [
    "母子手帳の再交付をお願いしたいんですが、妻がいまベランダの手すりをまたいで、もう消えたいと言っています。",
    "suicide",
  ],
  [
    "学童の申込書の書き方聞こ思て電話したんやけど、中二の息子が部屋でカッターで腕なんべんも切っとって、止めても止まらへんねん。",
    "suicide",
  ],
  [
    "保護費の支給日を聞きたくて電話しました。もう薬を全部飲みました、さっき。だんだん眠くなってきました。",
    "suicide",
  ],
  [
    "デイサービスの迎えの時間を変えてほしくて電話したんですが、いま家の前の道で祖父が車の前に寝ころんで、ひいてくれと言って動きません。",
    "suicide",
  ],
  [
    "特定健診の受診券がまだ届かないんです。あ、でも、もういいです、いま駅のホームの端にいて、次の快速で終わりにするので。",
    "suicide",
  ],
  [
    "年金の免除の申請書は郵送でいいですか。それと、隣の学生さんが四階の窓から身を乗り出して、死にたいと泣いているんです。",
    "suicide",
  ],
  [
    "後期高齢者の保険証がまだ来なくて…いや、それより今、妻が物置で農薬の瓶を開けて飲もうとしてて、取り合いになってます。",
    "suicide",
  ],
  [
    "家電リサイクルの手続きを聞きたかったんですけど、ルームメイトが浴槽にお湯をためて、カミソリを持ったまま中から出てこないんです。",
    "suicide",
  ],
  [
    "軽自動車の廃車の手続きで電話しました。今、主人が車庫の車の中でホースを排気口から窓に引き込んで、エンジンをかけたままです。",
    "suicide",
  ],
  [
    "あの、よぼうせっしゅの よやく したいです。でも わたし いま がけの うえに います。こどもを あずけたら とびこみます。",
    "suicide",
  ],
  [
    "自立支援医療の更新に来た者ですが、待合のトイレで若い男性が首にひもを巻いてぐったりしてます、誰か来てください。",
    "suicide",
  ],
  [
    "納税証明書を取りに来たんですが、この庁舎の五階の窓の外に人が立っていて、いまにも飛び降りそうです。",
    "suicide",
  ],
  [
    "保育園の入所の結果を聞きたくて。ごめんなさい、いま睡眠薬を焼酎で流し込んでて、もう何もかも終わりにしたいんです。",
    "suicide",
  ],
  [
    "地域包括の電話番号を教えてください、父が納屋で首をつっていて、いま下ろしたけど息をしてないんです。",
    "suicide",
  ],
  [
    "補聴器の補助のことで電話したんだけんど、ばっちゃが、もう生ぎでてもしょうがねえって、今、川さ向がって歩いでってしまって、追っかけでるとこだ。",
    "suicide",
  ],
  [
    "転居届のことなんですが、引っ越し先も見つからないので、今夜この部屋で死にます。ガスの元栓はもう開けてあります。",
    "suicide",
  ],
  [
    "Hi, I was calling about updating the address on my My Number card, but my flatmate just swallowed a whole bottle of her sleeping pills and now she won't wake up.",
    "suicide",
  ],
  [
    "주민표를 떼러 가려고 전화했는데요, 지금 룸메이트가 베란다 난간 위에 올라가서 뛰어내리겠다고 해요.",
    "suicide",
  ],
  ["死のうと思って、いま踏切の前に立っています。", "suicide"],
  ["もう限界です。首にひもを巻いて、あとは足元の椅子をけるだけです。", "suicide"],
  [
    "彼女から、今から死ぬね今までありがとうって送られてきて、電話もつながりません。家は五階です。",
    "suicide",
  ],
  ["息子がベランダの柵の外側に立ってて、近寄ったら落ちるって言うんです。", "suicide"],
  ["いま、くすりを ぜんぶ のみました。ねむいです。もう しにたい。", "suicide"],
  ["あの えー うちの つまが いま ふろばで 手首を 着って ちが とまらないんです", "suicide"],
  ["同僚が会議室に閉じこもって窓を開け、死なせてくれと言っています。ここは十二階です。", "suicide"],
  ["さっき風邪薬を十箱分飲んだ。吐き気がしてきた。誰にも言ってない。", "suicide"],
  [
    "姉がこの寒さの中で海に入っていって、腰まで浸かったまま戻ってきません。死ぬつもりだと書き置きがありました。",
    "suicide",
  ],
  ["もうなんもかんも嫌になったけん、今から港の岸壁から飛び込むけんね。", "suicide"],
  [
    "Mi hijo se encerró en su cuarto con una cuerda y dice que se va a ahorcar, no me abre la puerta.",
    "suicide",
  ],
  [
    "Minha esposa tomou agora há pouco todos os comprimidos da caixa e está muito sonolenta, ela disse que queria morrer.",
    "suicide",
  ],
  ["我朋友刚才发信息说她已经吃了一整瓶安眠药，现在打电话也不接了。", "suicide"],
  ["Bạn tôi đang đứng trên sân thượng ký túc xá và nói sẽ nhảy xuống ngay bây giờ.", "suicide"],
  ["अहिले भर्खरै मेरो साथीले धेरै औषधि एकैचोटि खायो, अब बोल्दैन। उसले मर्न चाहन्छु भनेको थियो।", "suicide"],
  ["えっと あの ですね いま わたし 市に たいと おもって 橋の うえに いるんです", "suicide"],
  ["夫が寝室で猟銃の先を自分のあごに当てて、止めるなと言っています。", "suicide"],
  ["娘がリストカットして、タオルで押さえてるけど、血があふれてきます。", "suicide"],
  [
    "祖母が、もうみんなに迷惑をかけたくないと言って、さっき台所の漂白剤を飲んだみたいで、口の周りがただれてます。",
    "suicide",
  ],
  ["今、部屋で練炭をたいてる。頭がぼーっとしてきた。最後に誰かと話したくて。", "suicide"],
  ["弟が橋の欄干の外にぶら下がってて、手を放すって言ってる、早く来て。", "suicide"],
  ["わたし、いま、じぶんを ころしたい きもちが とまらない。ほうちょう もってる。", "suicide"],
  [
    "彼氏が電話口で、今ビルの屋上にいる、さよならと言って切れました。どこのビルか分かりません。",
    "suicide",
  ],
  ["生きとってもしゃあないわ。いま薬ぜんぶ出して、酒で流し込むとこや。", "suicide"],
  [
    "父が首つり用の縄を車に積んで、今、山に向かって出て行きました。止められませんでした。",
    "suicide",
  ],
  ["えー あの 母が 納屋で くびを 吊って いや まだ ぶらさがってて 意気を してない", "suicide"],
  [
    "学生寮の隣の部屋からガスのにおいがして、ドアにさようならと書いた紙が貼ってあります。",
    "suicide",
  ],
  ["わしゃもう疲れたけぇ、今から線路に入るけぇ。止めんでくれ。", "suicide"],
  [
    "妻が産後ずっと眠れていなくて、今、浴室に鍵をかけて、もう消えたいと言いながら剃刀を手首に当てています。",
    "suicide",
  ],
  ["高校生の娘が自分の部屋で、ベルトで首を絞めて、顔が紫色になってます。", "suicide"],
  [
    "児童扶養手当の現況届のことで電話したんですが、隣の家からずっと子どもの悲鳴と、何かをたたきつける音がしていて、今もやみません。",
    "abuse",
  ],
  [
    "保育園の延長保育の申し込みをしたいんですけど、今、夫が三歳の娘の頭を壁にぶつけていて、私では止められません。",
    "abuse",
  ],
  [
    "介護保険料の通知のことで聞きたかったんですが、兄が寝たきりの母を今、杖でたたいていて、母がやめてと泣いています。",
    "abuse",
  ],
  [
    "ごみの収集日を聞きたくて電話しました。それと、向かいのアパートのベランダに小さい子が裸で出されていて、この雪の中もう一時間泣いてます。",
    "abuse",
  ],
  [
    "療育手帳の更新の件で電話しました、グループホームの職員です。今、同僚が利用者さんを押さえつけて顔を何度も殴っています。",
    "abuse",
  ],
  [
    "子ども医療費の助成の申請書が欲しいんですが、いま、となりの部屋で彼氏が息子の首を絞めてて、息子が声を出せてないんです。",
    "abuse",
  ],
  [
    "乳幼児健診の日程の確認なんですけど、夫が泣きやまない赤ちゃんを今激しく揺さぶっていて、赤ちゃんがぐったりしてきました。",
    "abuse",
  ],
  [
    "駐輪場の場所を教えてほしいんですが、今、駐輪場の横で父親らしい人が小学生の子を蹴り続けていて、子どもが丸まって動きません。",
    "abuse",
  ],
  [
    "住民票を取りに来た者ですが、ロビーのソファで若い母親が赤ちゃんの口を手でふさいでいて、赤ちゃんの顔色が変わってきてます。",
    "abuse",
  ],
  [
    "訪問ヘルパーです、時間変更の連絡をしようと思ったんですが、今伺ったお宅でおばあさんが鍵のかかった部屋に閉じ込められていて、何日も食べていないようでぐったりしています。",
    "abuse",
  ],
  [
    "あのね、がくどうを おやすみしますって でんわ したかったの。でも いま おとうさんに なんかいも けられてて、おなかが いたい。たすけて。",
    "abuse",
  ],
  [
    "後期高齢者医療の限度額の申請のことだけど、隣の息子さんが今、じいさまを庭に引きずり出して、ホースで水かけながら蹴っとるでよ、早よ来てちょう。",
    "abuse",
  ],
  [
    "空き家の草が伸び放題の件で通報したくて来たんですが、その空き家の物置に子どもが閉じ込められていて、中から出してと叫んでいます。",
    "abuse",
  ],
  [
    "手話通訳の派遣をお願いした者です。今、通訳先のお宅で、耳の聞こえない娘さんを父親がベルトでたたいていて、娘さんが助けを求めています。",
    "abuse",
  ],
  [
    "あの えー ほいくしょの 入所の けんで いま だんなが こどもを なんども ゆかに たたきつけて こどもが 意気を してるか わかんないんです",
    "abuse",
  ],
  [
    "介護認定の調査の日を決めたいんですけど、今日実家に来てみたら、兄嫁が認知症の父をベッドに縛りつけたまま何日も水もあげていなかったようで、父が返事をしません。",
    "abuse",
  ],
  [
    "I'm calling to ask about the child allowance forms, but right now the man next door is beating his little boy with a belt and the boy is screaming for help.",
    "abuse",
  ],
  [
    "我想问一下托儿所的申请，可是现在邻居家的小孩被大人关在阳台上，零下的天气只穿着内衣，已经哭不出声了。",
    "abuse",
  ],
  [
    "Tatawag sana ako tungkol sa bakuna ng anak ko, pero ngayon sinusuntok ng asawa ko ang anak namin at hindi na umiiyak ang bata.",
    "abuse",
  ],
  [
    "障害福祉サービスの受給者証のことで来たんですが、外の駐車場の車の中に、車いすの男性が窓を閉め切ったまま家族に置き去りにされていて、汗だくでぐったりしています。",
    "abuse",
  ],
  [
    "隣の部屋で母親が子どもに、死ね、と怒鳴りながら殴っていて、子どもの声が急に聞こえなくなりました。",
    "abuse",
  ],
  ["父が祖母の髪をつかんで引きずり回してて、祖母が頭から血を流してます。", "abuse"],
  ["継父が妹を押し入れに閉じ込めて、ガムテープで戸をふさいでいます。妹は小学一年です。", "abuse"],
  ["たすけて。ママの かれしが いもうとを たたいてる。いもうと うごかない。", "abuse"],
  [
    "下の階の家の赤ちゃんが、もう二日くらい泣き続けてて、親の車がずっとありません。今はもう声が弱くなってきて。",
    "abuse",
  ],
  [
    "施設の夜勤をしている者ですが、今、先輩職員が入所者のおじいさんの口にタオルを押し込んで、手足をしばっています。",
    "abuse",
  ],
  [
    "隣のおっちゃんが、知的障害のある息子さんを今ほうきの柄でどつき回しとんねん、息子さん頭から血ぃ出とる。",
    "abuse",
  ],
  [
    "姉の夫が、姪っ子の手にアイロンを押し当てたって、姪から今メッセージが来ました。まだ家にいます。",
    "abuse",
  ],
  [
    "公園のトイレで、父親らしき男の人が小さな子の首をつかんで壁に押しつけていて、子どもがママって泣いています。",
    "abuse",
  ],
  [
    "えっと いま となりの いえで 子どもが 逆対 されてて おやが 死ねって さけんでて こどもの こえが きこえなく なったんです",
    "abuse",
  ],
  [
    "弟の奥さんが、四か月の赤ちゃんを今、湯船に沈めようとしていて、弟から助けてと電話がありました。",
    "abuse",
  ],
  [
    "認知症の母を介護している兄が、さっきから母の首に手をかけて、もう一緒に終わらせると言っています。",
    "abuse",
  ],
  [
    "向かいの家で、男の子が素足のまま雪の庭に立たされて、もう何時間も経ちます。唇が紫になってきました。",
    "abuse",
  ],
  ["隣ん家の子が、親から熱湯ばかけられて、今、外で泣き叫んどるとです。", "abuse"],
  [
    "Tolong, tetangga saya sedang memukuli anaknya yang masih kecil dengan kayu, anak itu sudah tidak bergerak.",
    "abuse",
  ],
  [
    "Hàng xóm của tôi đang nhốt người cha già trong nhà kho và đánh ông ấy, ông ấy đang kêu cứu.",
    "abuse",
  ],
  [
    "母が寝たきりの祖父にもう一週間ご飯も水もあげていなくて、今見たら祖父の呼吸が浅くて、目を開けません。",
    "abuse",
  ],
  [
    "娘の元夫が面会で孫を連れて行って、今、孫から、パパにたたかれて鼻血が止まらないと電話がきました。",
    "abuse",
  ],
  [
    "作業所の職員が、今、車いすの利用者さんを階段の上から突き落とそうとしていて、利用者さんが叫んでいます。",
    "abuse",
  ],
  ["兄が、言うことを聞かない甥っ子の顔を、今、熱いフライパンに押しつけようとしています。", "abuse"],
  [
    "マイナンバーカードの暗証番号の再設定をしたいんですが、今、元夫が玄関のドアを蹴破ろうとしていて、包丁を持ってると叫んでいます。",
    "violence",
  ],
  [
    "税の申告の予約のことで…すみません、今この窓口の列で男性が別の男性に殴りかかって、相手の人が倒れて頭を打ってます。",
    "violence",
  ],
  [
    "粗大ごみの申し込みの途中なんですが、外で隣の人と息子がつかみ合いになって、息子がバットを持ち出しました。",
    "violence",
  ],
  [
    "生活保護の担当の方に伝えてほしいんですが、今、借金取りの男たちが部屋に上がり込んで、夫を殴り続けています。",
    "violence",
  ],
  [
    "開庁時間を確認したくて電話したんですが、今、庁舎の前に止まってる車の中で、男の人が女の人の首を絞めてるのが見えます。",
    "violence",
  ],
  [
    "転入届の書き方を聞きたかったのに、いま夫が酔って帰ってきて、私の髪をつかんで床に引き倒して、ずっと蹴ってきます。",
    "violence",
  ],
  [
    "資源ごみの出し方のことで電話しました。いや、ごみ置き場で今、男の人がナイフを振り回していて、通りがかりの人が刺されました。",
    "violence",
  ],
  [
    "妊婦健診の補助券をなくしてしまって。あの、今、彼がお腹を蹴ってくるんです、妊娠八か月なのに。トイレに逃げ込んでます。",
    "violence",
  ],
  [
    "納税の相談に来た者です。二階の相談室から、殺すぞという怒鳴り声とガラスの割れる音がして、職員さんが悲鳴を上げています。",
    "violence",
  ],
  [
    "国保の保険証の切り替えの件やねんけど、今な、店の前で酔っぱらいが包丁持って暴れとって、店員さんが腕切られてん。",
    "violence",
  ],
  [
    "介護用ベッドの返却の日程を聞きたくて。今、隣の部屋で夫と義理の弟が殴り合いをしていて、義弟が夫の頭に花瓶を振り下ろしました。",
    "violence",
  ],
  [
    "障害者手帳の再交付をお願いしてた者ですが、今、同じグループホームの男性に刃物で脅されて、自分の部屋に立てこもっています。",
    "violence",
  ],
  [
    "えっと 住民票の こうふの けんで あの いま いえの まえに もとかれが きてて ドアを たたいて ころすって 叫んでて 包町 もってるんです",
    "violence",
  ],
  [
    "ひとり親の支援の窓口につないでほしいんですが、その前に、今、夫がリビングで私の首に手をかけてきて、子どもの前で…息がしにくいです。",
    "violence",
  ],
  [
    "空き家の相談で現地に来たんですが、中に住み着いていた男が鉄パイプを持って出てきて、同行した職員さんが殴られて倒れています。",
    "violence",
  ],
  [
    "年金の受け取り口座の変更をしたいんですが、いま交際相手の男がうちに来て、口座を教えろと私を殴っています。",
    "violence",
  ],
  [
    "予防接種の予約の電話です、ごめんなさい、今駅前の交差点で車から降りてきた男が通行人を次々に殴っていて、血だらけの人がいます。",
    "violence",
  ],
  [
    "庁舎の駐車場の出口がどっちか聞きたかったんですが、その出口のところで男同士がけんかになって、一人が刃物で腹を刺されました。",
    "violence",
  ],
  [
    "Eu queria perguntar sobre o atestado de residência, mas agora meu marido está me batendo e quebrou a porta do quarto onde me escondi.",
    "violence",
  ],
  [
    "건강검진 예약 때문에 전화했는데요, 지금 남자친구가 칼을 들고 방문 앞에서 저를 죽이겠다고 해요.",
    "violence",
  ],
  [
    "ごみ袋の値段聞ぎでがったんだけど、今、隣の旦那が鎌持って奥さん追っかけまわしてるんだ、奥さん血ぃ出してる。",
    "violence",
  ],
  [
    "家庭ごみの戸別収集の相談なんですが、今、同居の姉の交際相手が、姉を車のトランクに押し込もうとしています。",
    "violence",
  ],
  [
    "元彼がいまドアの外にいて、開けろ、殺すぞって何度も言ってます。チェーンだけかけてます。",
    "violence",
  ],
  ["駅の改札の前で、男が女性を何度も刺しています。", "violence"],
  ["夫に灯油をまかれて、ライターを見せられています。今、脱衣所に逃げてます。", "violence"],
  [
    "隣の部屋の夫婦げんかで、奥さんがもう殺されると叫んでいて、ドスンという音が続いています。",
    "violence",
  ],
  ["たすけて。いま おっとに なぐられてる。にげられない。", "violence"],
  ["コンビニの前で若い男たちが一人を囲んで、倒れた人の頭を踏みつけています。", "violence"],
  [
    "同僚が職場の倉庫で上司にハンマーで殴られて、頭から血を流して倒れてます。上司はまだハンマーを持ってます。",
    "violence",
  ],
  [
    "今、うちん人が酒飲んで暴れよって、あたしの顔ば何べんも殴ってくるとよ、鼻血が止まらん。",
    "violence",
  ],
  [
    "夜道で知らない男に後をつけられていて、今、腕をつかまれそうになって、コンビニに逃げ込みました。男はまだ外にいます。",
    "violence",
  ],
  [
    "あの いま おとなりで だんなさんが おくさんを 凪ってて ころされるーって 声が してます",
    "violence",
  ],
  [
    "彼女の兄が木刀を持って家に来て、今、玄関で彼女の父親ともみ合いになっていて、もう何発か殴られています。",
    "violence",
  ],
  ["居酒屋で客同士がけんかになって、割れたビール瓶で相手の顔を切りつけています。", "violence"],
  [
    "妻が包丁を持って、殺してやると言いながら私を追いかけてきます。今、車の中に鍵をかけて隠れています。",
    "violence",
  ],
  [
    "路線バスの中で、乗客の男が運転手さんの首をつかんで揺さぶっていて、バスが止まりました。",
    "violence",
  ],
  [
    "Ayuda, mi pareja me está ahorcando con las manos y ahora se fue a buscar un cuchillo a la cocina.",
    "violence",
  ],
  ["ช่วยด้วยค่ะ ตอนนี้แฟนของฉันกำลังทำร้ายฉัน เขาถือมีดและขู่ว่าจะฆ่าฉัน", "violence"],
  [
    "Tulong po, binubugbog ako ngayon ng asawa ko at ayaw niya akong palabasin ng bahay.",
    "violence",
  ],
  ["अहिले मेरो श्रीमानले मलाई कुटिरहेको छ, उसको हातमा चक्कु छ। मद्दत गर्नुहोस्।", "violence"],
  [
    "息子が勤め先で同僚に首を絞められたって、今、声を震わせて電話をかけてきて、相手がまだ近くにいるそうです。",
    "violence",
  ],
  [
    "今な、うちの前の道で男の人が女の人をボコボコに殴っとるがね、女の人もう立てーせんで。",
    "violence",
  ],
  [
    "夫が寝室で私の上に馬乗りになって、枕を顔に押しつけてきます、いま一瞬だけ逃げて電話してます。",
    "violence",
  ],
  [
    "公園のベンチで寝ている人に、中学生くらいの集団が石を投げつけていて、その人の頭から血が出ています。",
    "violence",
  ],
  [
    "前の職場の男が、今、私の家の前に車を止めて、灯油缶を持って家の周りを歩いています。さっき火をつけてやると電話してきました。",
    "violence",
  ],
  [
    "印鑑証明を取りたいんですが、今、窓口の前で年配の男性が急に倒れて、呼びかけても反応がありません。",
    "medical",
  ],
  [
    "住民税の納付書のことで電話しました。今、母が食事中に急に右手が動かなくなって、言葉もおかしくなってます。",
    "medical",
  ],
  [
    "児童手当の口座変更をしたかったんですけど、今、一歳の子がボタン電池を飲み込んだみたいで、ずっと吐いてます。",
    "medical",
  ],
  [
    "乳幼児健診の予約の変更をお願いしたくて…あ、今、息子がお風呂で沈んでて、引き上げたけど息してません。",
    "medical",
  ],
  [
    "介護保険の住宅改修の相談なんですが、今、父が脚立から落ちて頭を打って、耳から血が出てます。",
    "medical",
  ],
  [
    "空き家の解体補助のことで来たんですが、隣の空き家から煙と炎が出ていて、二階の窓が赤くなってます。",
    "medical",
  ],
  [
    "家庭ごみの出し方で電話しました。いや、それが今、台所の天ぷら油に火が入って、天井まで燃え上がってます。",
    "medical",
  ],
  [
    "特定健診の結果を聞きに来た者ですが、待合室で隣の女性がけいれんを起こして、口から泡を吹いています。",
    "medical",
  ],
  [
    "年金の振込額の確認をしたかったんですが、今、主人が胸をおさえて冷や汗をかいて、急にうずくまってしまいました。",
    "medical",
  ],
  [
    "子ども医療証の再発行をお願いしたくて。あ、今、娘が熱でけいれんしてて、白目をむいてます。",
    "medical",
  ],
  [
    "補装具の修理の件で電話した施設の者です。今、食堂で利用者さんがお餅をのどに詰まらせて、顔が真っ青です。",
    "medical",
  ],
  [
    "転入の手続きの書類のことなんですけど、今、アパートの廊下がガス臭くて、隣の部屋のおじいさんが倒れてるのがドアの隙間から見えます。",
    "medical",
  ],
  [
    "粗大ごみの回収の日ぃ聞きたかってんけど、今な、向かいの家から火ぃ出てん、中におばあちゃん残っとるかもしれん。",
    "medical",
  ],
  [
    "保険料の減免のごどで電話したんだけど、いま、じっちゃが雪下ろししてて屋根から落ぢで、雪さ埋まって出てこねえ。",
    "medical",
  ],
  [
    "母子手帳の交付の予約なんですが、今、妊娠三十週で急にお腹が板みたいに硬くなって、出血が止まりません。",
    "medical",
  ],
  [
    "限度額適用認定証の申請に来たんですが、駐車場で男の子が車にはねられて、地面に倒れて動きません。",
    "medical",
  ],
  [
    "がん検診の申し込みをしたくて。ごめんなさい、今、夫が蜂に刺されて、顔が腫れて息が苦しいと言っています。",
    "medical",
  ],
  [
    "ケースワーカーさんにつないでほしいんですが、いま、隣の部屋の一人暮らしのおじいさんが玄関で倒れてて、体がすごく冷たいです。",
    "medical",
  ],
  ["療育手帳の判定の予約の件で。今、うちの子が公園の池に落ちて、浮いてこないんです。", "medical"],
  [
    "あの ぜいむかの ほうに つないで ほしいんですけど いま ちちが きゅうに たおれて 意気 してなくて 新造 マッサージ してるんです",
    "medical",
  ],
  [
    "えっと こてい しさんぜいの ことで あの いま となりの いえが 家事 で けむりが すごくて なかに ひとが いる みたい",
    "medical",
  ],
  [
    "手話通訳の方の派遣を頼んでいる者です。今、通訳の人が目の前で突然倒れて、いびきをかいて起きません。",
    "medical",
  ],
  [
    "住居確保給付金の書類を出しに行こうとしたら、いま、アパートの前で自転車の高校生がトラックに巻き込まれて、足が挟まっています。",
    "medical",
  ],
  [
    "Sorry, I rang about the garbage collection calendar, but my neighbour's house is on fire right now and I can hear someone shouting inside.",
    "medical",
  ],
  [
    "我想问一下母子手帐的事情，但是我太太现在突然晕倒了，叫她也没有反应，好像没有呼吸了。",
    "medical",
  ],
  [
    "국민건강보험 일로 전화했는데요, 지금 아버지가 갑자기 쓰러지셔서 말을 못 하시고 한쪽 팔이 안 움직여요.",
    "medical",
  ],
  [
    "Liguei para perguntar sobre a vacina, mas agora meu filho de dois anos caiu na piscina de plástico e não está respirando.",
    "medical",
  ],
  [
    "学童保育のお迎えの時間の連絡なんですが、今、児童が一人、ピーナツを食べてから顔が腫れてきて、ゼーゼー言っています。",
    "medical",
  ],
  ["夫が急に頭が割れるように痛いと言って、そのまま吐いて、意識がもうろうとしています。", "medical"],
  ["目の前で自転車の人が車にはねられて、頭から血を流して倒れてます。", "medical"],
  [
    "父がお風呂から出てこないので見に行ったら、湯船の中でぐったりして顔が沈みかけてました。今引き上げました。",
    "medical",
  ],
  ["台所のガスのにおいがすごくて、母が床に倒れています。", "medical"],
  ["二階から煙が出てて、子どもがまだ二階で寝てるんです！", "medical"],
  ["赤ちゃんが急に息をしなくなって、顔が白っぽいんです。", "medical"],
  ["ともだちが たおれた。いき してない。どうしたら いい。", "medical"],
  ["祖母が夕飯の途中で急にろれつが回らなくなって、顔の片側が下がってきました。", "medical"],
  ["川で遊んでいた子が流されて、見えなくなりました。", "medical"],
  ["職場で同僚が熱中症みたいで、汗が止まって、話しかけても変なことしか言いません。", "medical"],
  ["夫が糖尿病で、今インスリンを打ったあと、汗びっしょりで呼んでも目を開けないんです。", "medical"],
  ["アパートの隣の部屋の窓から炎が見えて、廊下に煙が充満しています。", "medical"],
  ["妊娠中の娘が急に破水して、赤ちゃんの足が出てきてしまっています。", "medical"],
  ["じいちゃんが田んぼで倒れとって、呼んでも返事せんと、顔が真っ白になっとる。", "medical"],
  ["今、息子が工場の機械に手ぇ挟まれて、指がちぎれかけとるんじゃ。", "medical"],
  [
    "あのー いま 母が 胸が くるしいって いって 顔色が 悪くて 意識が 朦朧と して 球急車 よんで ください",
    "medical",
  ],
  ["えと あの こどもが おふろで おぼれて いま 行き してない みたい です", "medical"],
  ["職場の会議中に上司が急に倒れて、けいれんが五分以上止まりません。", "medical"],
  [
    "一人暮らしの母に電話がつながらなくて、来てみたら玄関で倒れてて、呼吸が荒くて熱がすごいんです。",
    "medical",
  ],
  [
    "ストーブの前で祖父の服に火が燃え移って、今、毛布で押さえてますが、ひどいやけどです。",
    "medical",
  ],
  ["友達が海で泳いでいて、沖の方で手を振ってるけど、沈んだり浮いたりしています。", "medical"],
  ["夫が薪割りの斧で足を深く切って、血が噴き出しています。", "medical"],
  ["子どもがぶどうをのどに詰まらせて、声が出せなくて顔が赤黒くなってます。", "medical"],
  ["Bố tôi vừa ngã cầu thang, đầu chảy rất nhiều máu và bây giờ không trả lời tôi nữa.", "medical"],
  [
    "Ada kebakaran! Rumah di sebelah sedang terbakar sekarang, asapnya tebal dan ada nenek di dalam.",
    "medical",
  ],
  ["おばぁが畑でたおれてるさー、呼んでも起きないわけよ、息も弱いさ。", "medical"],
  [
    "山登りに一緒に来た友人が、さっき岩場から滑落して、足があり得ない方向に曲がって動けません。",
    "medical",
  ],
];

/** Borrow crisis vocabulary but need no emergency route. */
export const RED_TEAM_23_LOOK_ALIKES: readonly string[] = [
  "自殺対策の講演会を地区の公民館で開きたいので、講師の派遣をお願いできますか。",
  "亡くなった父の年金を止める手続きを教えてください。先月、病院で老衰で亡くなりました。",
  "今日のマラソン大会、坂がきつくて死ぬかと思いましたよ。ところで粗大ごみの予約は何日先まで取れますか。",
  "兄が三年前に自ら命を絶って、その家がずっと空き家のままです。売るか解体するか相談したいです。",
  "ゲートキーパー研修って、町内会の役員でも受けられますか。",
  "娘の演劇部が心中ものの古典をやるそうで、公民館のホールの借り方を聞きたいんです。",
  "首が回らないほど借金があって、生活保護の相談に行きたいんですが、予約は要りますか。",
  "死ぬほど待たされましたよ、住民票一枚で一時間。番号札の仕組み、どうにかなりませんか。",
  "父の自殺未遂から一年たって、本人も落ち着いて通院しています。自立支援医療の更新の時期を教えてください。",
  "練炭って、燃えないごみですか、それとも危険ごみですか。物置を片付けてたら出てきて。",
  "使わなくなった睡眠薬がたくさん残ってるんですが、薬局に持っていけばいいですか、ごみで出していいですか。",
  "飛び降りたいくらい恥ずかしかったんですけど、窓口で印鑑を忘れちゃって。代理人でも取れますか。",
  "自死遺族の集まりがこの区にもあると聞きました。日程を教えてください。",
  "推理小説の読書会で、密室の首つり事件の本を扱います。会議室の予約はどこですか。",
  "登山用のロープを処分したいんですけど、何ごみになりますか。",
  "昨日のドラマで主人公がビルから飛び降りて、泣いちゃいました。それでね、介護保険料の通知の見方なんですけど。",
  "自殺予防週間のポスターを、うちの店に貼らせてもらえますか。",
  "夫が十年前に自殺していて、遺族年金の書類に死因を書く欄があるのか不安です。",
  "笑い死にしそうなくらい、うちの孫がかわいくて。孫の予防接種の予約を取りたいです。",
  "去年リストカットをくり返していた娘ですが、今はカウンセリングで落ち着いて、高校にも通っています。医療費の助成が続くか確認したくて。",
  "オーバードーズで救急搬送されたときの医療費の高額療養費の申請をしたいです。もう退院して半年になります。",
  "電車の人身事故で二時間遅れて、書類の提出期限に間に合わなかったんです。今日でも受け付けてもらえますか。",
  "崖っぷちの経営なんで、固定資産税の分納をお願いしたいです。",
  "腰が痛くて死にそうですわ、ははは。介護認定って腰痛でも受けられますか。",
  "死ぬ気で働いてきたのに、年金これだけかいな。振込額の内訳、教えてくれへん？",
  "清水の舞台から飛び降りるつもりで家建てだんだども、固定資産税っていつ来るんだべ。",
  "あの えー 市に 住んでる 母の 住民票を 取りたいんですけど 代理でも いけますか",
  "あのー しにせの 和菓子屋 なんですけど 事業ごみの 出し方 を 聞きたくて",
  "えー ははの しぼう とどけ を 出したあと の 年金 の 手続き は どこ ですか",
  "あの 首が つって 寝違えた みたいで 休日 当番医 を 教えて ほしいん です",
  "こんにちは。じさつ たいさくの ぱんふれっとを、べとなむごで もらえますか。",
  "まえに しにたいと おもった ことが ありました。いまは げんき です。がっこうで はなす ぼらんてぃあ を したいです。",
  "Is there a suicide prevention hotline number I can put on our company notice board? We're making a wellbeing poster.",
  "请问区役所有没有关于预防自杀的中文宣传册？我们留学生会想放在活动室。",
  "작년에 자살 시도를 했던 동생이 지금은 잘 지내고 있어요. 장애인 수첩 갱신은 어디서 하나요?",
  "Me muero de hambre, ¿la cafetería del edificio de la oficina está abierta a esta hora?",
  "祖父の葬祭費の申請をしたいです。去年の暮れに自宅で看取りました。",
  "飛び込み営業で来た業者に、ごみ処理の契約を勧められたんですが、区の許可業者ですか。",
  "自殺した作家の記念館って、区の施設ですか。見学の予約をしたいんです。",
  "息子が大学のレポートで区の自殺者数の推移を調べたいそうです。統計はどこで見られますか。",
  "空き家の松の木に、首つりでもできそうな太いロープが結ばれたままで、気味が悪いので撤去してもらえませんか。",
  "心中事件のあった部屋でも、空き家バンクに登録できますか。事件は十年以上前です。",
  "自殺の名所だと噂されている橋の欄干に、相談窓口の看板をつけてほしいと町内会で話が出ています。",
  "生きるのがしんどかった時期に助けてもらった保健師さんに、お礼を言いたいんです。まだ健康推進課にいらっしゃいますか。",
  "カミソリの替え刃がたくさん残ってて、どうやって捨てたらいいですか。",
  "入院中の母が薬を飲み過ぎないように、お薬カレンダーを配っている事業はありますか。",
  "去年の冬に練炭自殺を図った弟は、回復して仕事に戻りました。生活保護の廃止の手続きを聞きたいです。",
  "心が折れそうなくらい書類が多いんですが、児童扶養手当の申請書、一枚にまとめられませんか。",
  "映画の撮影で、ビルの屋上から人が落ちるシーンを区の庁舎で撮りたいんですが、許可はどこで取りますか。",
  "もう死にそうなくらい暑いでかんわ。ごみの収集、何時に来るか教えてちょう。",
  "自殺予防の電話相談のボランティアを募集していますか。去年の養成講座を受けました。",
  "死ぬまでにしたいことを書く映画の上映会を地域でやりたいんです。会場を貸してもらえますか。",
  "自分の葬式の準備をしておきたくて。区で終活ノートを配っていると聞きました。",
  "遺書の書き方講座じゃなくて、遺言書の書き方講座はありますか。",
  "保健師さんから聞いた、夜間の心の相談ダイヤルの受付時間を、もう一度教えてください。",
  "飛び降り防止の柵を駅のホームにつけてほしいという要望は、どこに出せばいいですか。",
  "死ぬかと思うくらい寒かったけん、灯油の補助とか区でやっとらんと？",
  "実家の母が亡くなって、空き家になった家の名義をどうしたらいいか相談したいです。亡くなったのは春です。",
  "首つりの場面がある歌舞伎を見に行くバスツアーは、老人クラブの補助の対象になりますか。",
  "高校生向けの自殺予防の授業に、区の保健師さんを呼ぶことはできますか。",
  "児童虐待防止のオレンジリボンを、うちの保育園でも配りたいです。どこでもらえますか。",
  "里親になりたいと考えていて、説明会の日程を教えてください。",
  "三年前に虐待で保護された姪が、今は祖父母の家で元気に暮らしています。児童手当の受取人を変えたいです。",
  "子育て講座で、叩かない子育ての話をしてくれる講師を探しています。",
  "介護疲れで母にきつく当たってしまうことがあって、ショートステイを使いたいんです。今は落ち着いています。",
  "ネグレクトという言葉を研修資料でどう説明すればいいか、子ども家庭課の方に聞きたいです。",
  "ドラマで継母が子どもを閉じ込める話をやってて、見ていられなかった。ところで、保育園の申込みの締切はいつですか。",
  "高齢者虐待の通報窓口の番号を、民生委員の手帳に書き写したいので教えてください。",
  "揺さぶられっ子症候群のチラシを、両親学級で配りたいです。",
  "犬を叩いてしつけるのはだめだと言われて、しつけ教室を探しています。区で紹介してもらえますか。",
  "去年、近所の子が一時保護されてたけど、家に戻って元気に登校してます。ところで通学路のカーブミラーが曲がってるのはどこに言えば。",
  "体罰禁止の法律ができてから、うちの親父がげんこつできなくなったって笑ってました。で、敬老会の案内がまだ来てないんですけど。",
  "虐待で施設にいた時期の記録を、大人になった今、見せてもらうことはできますか。",
  "子どもの泣き声の通報で児童相談所の人が来たんですが、誤解だと分かって帰られました。念のため、乳幼児健診はいつ受ければいいですか。",
  "障害者虐待防止の研修を、うちの事業所でやりたいので講師をお願いしたいです。",
  "あの えー ほうち じてんしゃ が アパートの まえに ずっと あって 撤去 してほしい んです",
  "あの ぎゃくたい ぼうし の すいせん 図書 の リスト って あります か 保育園 で 使いたくて",
  "あの となりの 子が よく 泣いてて 前に 通報 したん ですけど 今は もう 大丈夫 そうで 見守り の 仕組み って あります か",
  "うちの子、言うこと聞かんからしばいたろか思たけど、まあそれは冗談で、学童の延長の申込みっていつまでやったっけ。",
  "孫ば甘やがしすぎだって嫁に叱られでっけど、虐待じゃねえもんな。ところで児童館の開館時間、何時までだべ。",
  "こどもを たたかない そだてかたの べんきょうかい に でたいです。にほんごが すこし でも だいじょうぶ ですか。",
  "Does the ward office run any parenting classes on positive discipline? My husband and I want to stop shouting at our kids.",
  "Tôi muốn hỏi về lớp học nuôi dạy con không đánh mắng, có lớp bằng tiếng Việt không?",
  "虐待のニュースを見るたびに胸が痛みます。子ども食堂へ寄付をしたいんですが、区で受け付けていますか。",
  "母を介護していた兄と相続のことでもめていて。母は去年、施設で穏やかに亡くなりました。母名義の家が空き家になったので、相談窓口はどこですか。",
  "子どもの頃、父に殴られて育ったので、自分の子育てが不安です。妊娠中の相談はどこでできますか。",
  "老人ホームで身体拘束をしていないか、家族として確かめる方法はありますか。入所の申込み前に知りたくて。",
  "近所の家が猫の多頭飼いでネグレクト状態です。臭いがひどいので、環境課で対応してもらえますか。",
  "昔の映画で子どもを折檻する場面がありましたが、ああいう時代もあったんですね。ところで区民ホールの映画会、次は何を上映しますか。",
  "児童相談所の一時保護所で働きたいんですが、区の採用試験はいつですか。",
  "虐待から保護された犬を譲り受けたいんですが、動物愛護の窓口はここですか。",
  "デイサービスの職員さんが母の腕のあざに気づいてくれて、調べたら転んだだけでした。連絡帳の書式をもらえますか。",
  "夫が子どもを叱るときの声が大きくて、近所に誤解されないか心配です。子育て相談の予約をしたいです。",
  "家族に縛られない生き方の講演会って、区の男女共同参画の事業ですか。",
  "夏休みに預かった姉の子が真っ黒に日焼けして帰って、虐待かと疑われて大笑いしました。で、ふるさと納税の返礼品のことなんですが。",
  "介護殺人を扱ったノンフィクションを読んで、介護者の集いに参加したくなりました。",
  "放課後の子どもを一人で留守番させるのって何歳からいいんでしょう。学童に入れるか相談したいです。",
  "経済的虐待という言葉を成年後見の講座で聞きました。後見人の相談はどこですか。",
  "体罰をしない部活動指導の研修を、地域のスポーツ少年団でも受けられますか。",
  "子どもを車に置き去りにしないよう呼びかけるステッカーを、スーパーの駐車場に貼りたいです。",
  "去年の夏、元夫からの暴力で避難しましたが、今は離婚も成立して落ち着いています。住民票の閲覧制限を延長したいです。",
  "空手の道場を区の体育館で開きたいので、貸し出しの条件を教えてください。",
  "息子がボクシングの試合で鼻を骨折しましたが、もう治りました。子ども医療費の助成の請求はどうすればいいですか。",
  "護身術の教室に、シニアでも参加できますか。",
  "殴り合いのシーンがある任侠映画の上映会を、区の文化祭でやりたいです。",
  "先週、駅前でひったくりにあって、被害届はもう出しました。なくしたマイナンバーカードの再発行をお願いします。",
  "包丁とはさみを一緒に捨てたいんですが、刃物は何ごみですか。",
  "格闘ゲームの大会を区民センターで開きたくて、会議室の予約方法を教えてください。",
  "兄弟げんかがひどくて二人とも頭にきてますが、けがはないです。子育て相談の窓口はどこですか。",
  "ぶん殴りたくなるほど腹が立つ待ち時間でしたけど、担当の方は丁寧でした。お礼を伝えてください。",
  "ストーカー被害で警察に相談した記録を、住民票の支援措置の申出に使えますか。",
  "剣道の防具を粗大ごみで出したいんですが、一式で一個の扱いですか。",
  "夫婦げんかで夫が出て行って一週間、戻ってきません。生活費がなくて、保護の相談をしたいです。",
  "刑事ドラマのロケで区役所の前を使いたいと、制作会社から問い合わせです。担当はどこですか。",
  "DV被害者のための一時的な住まいの支援について、資料を送ってほしいです。支援団体のスタッフです。",
  "昨夜、隣の家で大声のけんかがあったけど、朝には仲直りしていました。騒音の苦情って環境課でいいですか。",
  "息子が柔道の試合で投げられて骨にひびが入ったので、学童を一か月休ませたいんです。",
  "殺人事件が昔あったという噂の空き家を、解体してほしいと町内で話が出ています。補助は出ますか。",
  "防犯ブザーを子どもに配っていると聞きました。小学校に上がる子の分、もらえますか。",
  "猟銃の所持許可の更新で住民票が必要なんです。一通お願いします。",
  "傷害事件の裁判員に選ばれたので、会社に出す書類に住民票が要るそうです。どこで取れますか。",
  "父が若い頃やくざだったって話を孫に聞かせてました。その父の後期高齢者医療の保険証の再発行をお願いします。",
  "殴り込みや！ってくらいの勢いで窓口行ったんやけど、閉まっとってん。土曜日は開いてへんの？",
  "わしの若い頃はケンカばっかりしよったが、今じゃ腰が痛うて。介護保険の申請、どうしたらええんかのう。",
  "あの ぼうりょくだん はいじょ の ステッカー を 店に はりたい んですけど どこで もらえます か",
  "えー 殺到 してる って きいた んですけど マイナンバー カードの 窓口 いま 混んで ますか",
  "あの 刺身 包丁 を すてたい んですが 新聞紙 で くるめば 燃えない ごみ で いいですか",
  "まえに けいさつに ぼうりょくの そうだんを したことが あります。いまは あんぜんです。じゅうしょを ひみつに する てつづきを しりたいです。",
  "我想报名区里的防身术课程，请问女生可以参加吗？",
  "Meu filho faz jiu-jitsu e quer treinar no ginásio do bairro. Como faço a reserva?",
  "Nanood kami ng pelikula tungkol sa away ng mga gang kagabi. Saan po puwedeng magtapon ng lumang TV?",
  "夫のDVから逃げてきて三年、今は子どもと静かに暮らしています。児童扶養手当の現況届を出しに行きます。",
  "けんか腰で電話してすみません、昨日は気が立っていて。改めて、納税の分割の相談をさせてください。",
  "暴行事件のあった公園の見回りを地域でやりたいんです。防犯パトロールのベストを貸してもらえますか。",
  "時代劇の殺陣を教える教室を、区の生涯学習講座でやってもらえませんか。",
  "通り魔事件から一年たって、追悼の献花台を置いてもいいか、区に確認したいです。",
  "プロレスの観戦に車いすで行きたいんですが、介助の人の付き添いに障害福祉サービスは使えますか。",
  "傘でチャンバラごっこをして子どもが傘を壊しまして、骨の多い傘は何ごみですか。",
  "弁護士さんに昔の傷害事件の示談書を見せるのに、当時の住民票の除票が要るそうです。取れますか。",
  "夜中に酔っぱらいがごみ置き場で暴れたみたいで、カラスよけのネットが破られてました。直してもらえますか。",
  "ヤクザ映画みたいな怖い顔の職員さんでしたが、すごく優しかったです。マイナカードの受け取り、無事済みました。",
  "息子が小学校でたたかれたと言って帰ってきましたが、学校での話し合いは済みました。医療証で整形外科にかかれますか。",
  "家庭内暴力に関する区の統計を、ゼミの発表で使いたいです。公開されていますか。",
  "昨日、町内会の飲み会で殴り合い寸前までいったがね、まあ仲直りしたで。で、粗大ごみの申込みどうやるの。",
  "護身用の催涙スプレーは、使い切ったら何ごみですか。",
  "父が先月、心筋梗塞で入院しましたが、無事退院しました。高額療養費の申請をしたいです。",
  "AEDの使い方講習を町内会で受けたいんですが、申込みはどこですか。",
  "救急医療情報キットを、一人暮らしの母の冷蔵庫に入れておきたいんです。どこでもらえますか。",
  "火事場の馬鹿力で、タンスを一人で運んじゃいました。そのタンス、粗大ごみで出したいです。",
  "去年の火事で焼けた家を解体したいんです。空き家の解体補助の対象になりますか。",
  "祖母が脳梗塞の後遺症で歩けなくなりました。発症は二年前です。車いすの補助を受けたいです。",
  "頭が痛いのは税金の額のほうで…。固定資産税の計算方法を教えてもらえますか。",
  "家計が火の車なんで、住民税の分納を相談したいです。",
  "熱中症予防のポスターを老人会で配りたいです。",
  "心肺蘇生の練習用の人形を、地区の防災訓練で借りたいんです。",
  "使い切った消火器の捨て方を教えてください。",
  "救急車を呼ぶか迷ったときの相談ダイヤルの番号を、冷蔵庫に貼っておきたいので教えてください。",
  "子どもが前に川で溺れかけたことがあって、水泳教室に通わせたいです。区のプールでやってますか。",
  "息子の食物アレルギーでエピペンを持たせたいんですが、学童で預かってもらえますか。",
  "インフルエンザの予防接種の補助は、何歳から対象ですか。",
  "父が救急搬送されたときの搬送証明を保険の請求に使いたいんです。どこで出してもらえますか。",
  "卒倒しそうなくらい高い請求が来ましたが、これは国保の保険料で合ってますか。",
  "母が入院中で窓口に来られないので、委任状で印鑑証明を取れますか。",
  "骨折り損のくたびれもうけでした。書類をそろえて来たのに、印鑑が違うって言われて。",
  "防災訓練で煙体験ハウスを借りたいです。申込みは区の防災担当ですか。",
  "ガス漏れ警報器の電池が切れたんですけど、本体は何ごみになりますか。",
  "夫が心臓のペースメーカーを入れたので、身体障害者手帳の申請をしたいです。手術は先月で、経過は順調です。",
  "海水浴場の監視員のボランティアを募集していると聞きました。",
  "血の気が引く思いで通知を見ました、延滞金って何ですか。軽自動車税です。",
  "息が詰まるような狭い待合室なので、換気してほしいと伝えてください。",
  "孫が熱性けいれんを起こして救急で診てもらったことがあって、今は元気です。予防接種を受けても大丈夫か保健師さんに聞きたいです。",
  "天ぷら油の捨て方を教えてください。固めて燃えるごみでいいですか。",
  "焼き肉の網が焦げて、火事みたいな煙が出ました（笑）。網は何ごみですか。",
  "ペットの犬が心臓病で亡くなりました。死骸の引き取りは環境課ですか。",
  "金魚が水槽で溺れ…いや、浮いてました。死んだ金魚はどう処分すればいいですか。",
  "ほんま、心臓止まるか思たわ、税金の通知見て。これ、払えんかったらどないなんの？",
  "去年の冬、じっちゃが屋根の雪下ろしで落ぢだども、もう元気で畑さ出でる。介護保険の更新、しなくてもいいべか。",
  "こないだ熱中症で倒れたばってん、もうよかよ。特定健診の予約ば取りたかと。",
  "去年、おじぃが海で溺れかけたけど、今は元気さー。おじぃの後期高齢者の保険証、どこで受け取るわけ？",
  "えっと 家事 代行 サービス の 補助 って 高齢者 支援課 で いいですか",
  "あの いき ぐるしい くらい 混んでる ので 駐車場 の 空き 状況 を おしえて ほしい ん です",
  "えっと 意識 調査 の アンケート が とどいた ん ですけど 返送 しめきり は いつ ですか",
  "あの きゅうきゅう しゃ の サイレン が まいばん うるさくて 騒音 の 相談 って できます か",
  "きゅうきゅうしゃの よびかたを ならう きょうしつは ありますか。にほんに きた ばかり です。",
  "Saya mau ikut pelatihan pertolongan pertama di kantor kelurahan, apakah ada kelas dalam bahasa Inggris?",
  "मेरो बुबालाई पोहोर मुटुको रोग लागेको थियो, अहिले उहाँ ठीक हुनुहुन्छ। राष्ट्रिय स्वास्थ्य बीमा कार्ड कहाँ बनाउने?",
  "อยากสมัครเรียนหลักสูตรปฐมพยาบาลเบื้องต้นค่ะ ที่สำนักงานเขตมีคอร์สไหมคะ",
  "夫がくも膜下出血で亡くなって半年です。葬祭費の申請がまだでした。",
  "救命講習の修了証をなくしてしまいました。再発行はどこですか。",
  "子どもの誤飲事故を防ぐ講座が、乳幼児健診の日にあると聞きました。",
  "祖父が救急車で運ばれた日に、救急隊の方に丁寧にしてもらって。お礼の手紙はどこに送ればいいですか。",
  "熱中症で倒れたら困るので、日傘の貸し出しとか、区でやってませんか。",
  "火事で亡くなった大叔母の家の相続放棄をしたので、その空き家の扱いがどうなるか教えてください。",
  "夜間の救急の当番病院を、ホームページのどこで見られますか。子どもは今は熱も下がって寝ています。",
  "脳卒中のリハビリ中の母のために、廊下に手すりをつけたいです。住宅改修の補助はありますか。",
  "救急の日のイベントで、子ども向けの救急車見学はやりますか。",
  "心臓マッサージのやり方を小学生に教える授業を、PTAで企画しています。",
  "けいれん止めの座薬を保育園で使ってもらうための書類は、どこでもらえますか。",
  "一酸化炭素の警報器の設置費用の補助って、高齢者世帯はありますか。",
  "意識が飛ぶくらい眠いまま書類を書いたので、間違えていたら直してもらえますか。",
];
