// Crisis red team 22, frozen 2026-12-05.
// sha256 (body, from the FROZEN-BODY line to the end of the file): f8b12dc884b6d737740952ba7c9c7d2d43062550a37b710a32e4684d9b550d48
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-22.ts | sha256sum
// (written by hand, then formatted with Prettier, which only rewraps lines; the hash is of the
// formatted file.)
//
// Written blind: only these were read: the first 89 lines of crisis-red-team-21.ts (through `sed -n
// 1,89p`; this printed its header, its marker line and the blank comment line below it, but not its
// import, its array openings or any of its red-team lines), the first 23 lines of
// crisis-red-team.ts (RedTeamKind and the format, through `sed -n 1,23p`), samples/departments.csv
// and /work/shared/DESIGN.md. No lexicon, test, script, doc, other fixture, other sample or
// red-team line was opened, git was not run, git history was not read, the repository was not
// grepped for phrases, the __fixtures__ folder was not listed, tsconfig.json and the Prettier
// config were not opened, and neither the engine, jest, the benchmarks nor the madoguchi command
// was run. Commands run: `mkdir -p /tmp/rt22`; sed on the two fixtures as above; cat on
// departments.csv and DESIGN.md; `date -u` and `date -u +%F` (in four calls); `test -e` on
// this file (it did not exist yet); `ls /work/main` (top-level names only); `which node npx
// python3`; shell heredocs writing, in /tmp/rt22, the two scratch lists (crisis: kind, errand or
// direct, language, style, text; look-alikes: kind, language, style, text), the body comment, the
// small node script that wraps them, a placeholder header, this header text and the node script
// that writes it; awk, sort, uniq and wc counting the lists; one `echo >>` adding a medical
// look-alike to the list (it was one short); a one-off Python check (counts per kind, errand/direct
// split, languages, styles, duplicates, shared openings, double quotes, backslashes, backticks,
// tabs, apostrophes, line length) and a second one counting kana, ASR and dialect lines; the
// wrapping script, run once, writing this file with the
// placeholder header; `npx prettier --write` and `--check` on this file only; `npx tsc --noEmit -p
// tsconfig.json` filtered with grep to this file (no output); head (sed), wc -l and `grep -n` on
// this file; a node one-liner that transpiled this file with the typescript package's
// transpileModule and counted its two arrays (200 and 200 lines, kinds as below, 400 distinct
// texts); sed and sha256sum for the hash and `grep -c` for the marker line; the header script,
// rewriting only the lines above the marker (run twice, the second time with the freeze date kept
// and the hash unchanged, after this paragraph was corrected with a Python edit); and, last, after
// each run, sed and sha256sum, `npx prettier --check`,
// the same filtered tsc, the transpile count, sed, head and tail on this file only to re-check, and
// sha256sum of the whole file. Each line was written by hand into the scratch list; no engine
// output was seen before or after writing. The import of RedTeamKind from ./crisis-red-team is
// taken from the format.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes (by the vocabulary they borrow: suicide 60, abuse 40, violence 45, medical 55). No
// stress theme: an eleventh ward office's desk over another year, in plain words and natural
// proportions, with callers, errands and wordings of its own. 100 of the crisis lines (suicide 30,
// abuse 20, violence 22, medical 28) begin as an ordinary errand at the desk and then say what is
// happening now; the other 100 are direct. Errands, across all eleven departments: a residence
// certificate and its copy, a seal-registration card reissue and a seal certificate, moving-in,
// moving-out (online) and change-of-address notices, a My Number card PIN reset, a residence
// address change, a national-pension exemption, the student payment special rule, NHI card loss
// and switch-over, an NHI premium reduction, late-stage elderly medical premiums and card, the
// ceiling amount and a high-cost medical expense form, the childbirth lump sum, the funeral
// expenses grant, a light-vehicle tax slip, payment and number-plate return, property-tax direct
// debit, an income certificate at a convenience store, a tax-payment certificate, a tax-return
// booking, a welfare consultation booking, a welfare caseworker, the housing-security benefit, the
// child allowance claim and bank account, the child-rearing allowance status report, a child
// medical certificate reissue and the child medical subsidy, nursery admission and extended care,
// after-school club forms, the maternal and child handbook, pregnancy check vouchers, postnatal
// care, infant health checks, vaccination bookings, cancer screening, the specific health check
// voucher and results, a care-need survey date and result, a care-insurance premium slip,
// home-help times, day-service pick-up, welfare-equipment rental return, the community support
// centre's number, a disability certificate renewal and grade, a rehabilitation certificate
// renewal, a disability-service recipient certificate, self-support medical care renewal, a
// hearing-aid subsidy, wheelchair repair, sign-language interpreter dispatch, the vacant-house
// bank, an overgrown vacant house, a vacant-house demolition subsidy, garbage sorting and
// collection days, oversized-rubbish bookings, resource rubbish, garbage bags and a retailer's
// registration for them, appliance recycling, the office's car park and bicycle park, and a queue
// at the tax desk. Callers: the person at risk, wives and husbands, mothers and fathers, sons and
// daughters, sisters and brothers, grandchildren, small children in kana, a roommate, friends, a
// dormitory student, colleagues, a vacant-house owner, a shopkeeper, group-home staff, a
// sign-language interpreter, a day-service driver, a home helper, an after-school club
// instructor, visitors waiting at the desk, neighbours, passers-by and foreign residents. 24
// crisis lines and 12 look-alikes are in other languages (crisis: English 3, Chinese 3, Portuguese
// 3, Korean 3, Vietnamese 2, Spanish 2, Tagalog 2, Indonesian 2, Nepali 2, Thai 2; look-alikes:
// English 2, Chinese 2, Korean, Vietnamese, Spanish, Portuguese, Tagalog, Indonesian, Nepali,
// Thai); 13 lines are in easy Japanese kana (the person at risk, small children, foreign
// residents); 27 are ASR-style spaced text with fillers and homophone kanji slips (14 crisis, 13
// look-alike near-misses); 25 are in Kansai, Tohoku, Kyushu, Hiroshima, Nagoya and Okinawa-like
// dialect. Look-alikes: suicides, attempts, self-harm, overdoses, child and elder abuse, neglect,
// DV, assaults, a snatch theft, a robbery, fights, heart attacks, strokes, heatstroke, fractures,
// drownings and fires that are over and settled; service questions (gatekeeper training,
// prevention weeks and posters, the suicide-prevention plan, bereaved families' meetings,
// statistics, a school talk, a chat line's hours, phone-line volunteers, temporary protection,
// foster children, parenting and abuse-prevention courses, shaken-baby leaflets, a
// left-in-car poster, DV support measures, stalking and address secrecy, victim support, a
// crime-prevention course and buzzers, a shooting licence, AED, life-saving and first-aid
// courses, an emergency medical information kit, the emergency advice line, blood donation,
// CPR dummies, a water-safety talk); fiction, films, plays, rakugo, bunraku, a reading circle, a
// musical, kamishibai, a yakuza film and stage sword-fighting; charcoal, pesticide bottles,
// sleeping-pill bottles, razor blades, climbing rope, sickles and saws, a dumbbell, shinai and a
// fire alarm to throw away; karate, boxing, judo, kendo, fencing, martial arts for children,
// fighting games and pets; idioms and jokes (死ぬほど, 死ぬ気で, 首が回らない, 首をくくる思いで, 清水の舞台から飛び降りる,
// 崖っぷち, 笑い死に, 死んだ方がまし, ぶん殴りたくなる, けんか腰, 血の気が引く, 息が詰まる, 頭が痛い, 火事場の馬鹿力, 火の車, 尻に火がつく,
// 骨折り損, 卒倒しそう, 死にかけた, me muero de risa); ASR near-misses (市に, 殺到, 暴力団排除, 家事, 棟, 意識調査, 放置,
// ネグレクト/ネックレス); and desk errands that mention a death, a hospital stay, a train accident or a
// police report in passing.
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, round 22: an eleventh ward office's desk over
// another year. Written without seeing the engine, its lexicons, its tests or any other set's
// lines; every caller, place and situation is invented. Crisis lines are [text, kind]; the
// look-alikes are grouped by the vocabulary they borrow (suicide, abuse, violence, medical).
// Speech-recognition lines are spaced, with fillers and homophone kanji slips: 市に and 四に for
// 死に, 社交 for 車庫, 飛び折りる for 飛び降りる, 無いて for 泣いて, 地 for 血, 外語 for 介護,
// 放鳥 for 包丁, 差されて for 刺されて, 二げた for 逃げた, 棟 for 胸, 萌えて for 燃えて, 一式 for
// 意識, 生き for 息.

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_22_CRISIS: readonly (readonly [text: string, kind: RedTeamKind])[] = [
  [
    "住民票の写しを一通お願いしたいんですけど、実はさっき姉から「今までありがとう、もう橋の上にいる」ってメッセージが来て、電話もつながらないんです。",
    "suicide",
  ],
  [
    "国民年金の免除の書類を取りに来たんですが、もう何もかも終わりにしたくて、カバンに練炭を買って入れてあります。今夜やるつもりです。",
    "suicide",
  ],
  [
    "児童手当の振込口座を変えたいんですけど…隣の部屋で夫が首にベルトを巻いてドアノブに掛けようとしていて、止めても聞かないんです。",
    "suicide",
  ],
  [
    "介護保険の認定調査の日にちを変えてほしくて電話しました。ごめんなさい、母の介護に疲れてしまって、今ベランダの手すりの外側に立っています。",
    "suicide",
  ],
  [
    "粗大ごみの申し込みをしたいんですが、同居の弟が「これ飲んだら楽になる」って睡眠薬を一箱全部飲んでしまって、今ろれつが回っていません。",
    "suicide",
  ],
  [
    "軽自動車税の納付書をなくしたので再発行を…あ、すみません、今息子が部屋に鍵をかけて「死ぬから入ってくるな」と叫んでいます。",
    "suicide",
  ],
  [
    "空き家バンクに登録した家の件で電話しました。様子を見に来たら、知らない若い男性が梁にロープを掛けて踏み台に乗っているんです。",
    "suicide",
  ],
  [
    "保育園の入所申込みの締切を聞きたかったんですが、もう限界で、今手首を何度も切ってしまって血が止まりません。",
    "suicide",
  ],
  [
    "課税証明書をコンビニで取れるか聞きたくて。あと、同僚が朝から「今日で最後」と言っていて、今さっき会社の屋上に上がっていくのが見えました。",
    "suicide",
  ],
  [
    "障害者手帳の更新の件でお電話しました。グループホームの職員ですが、利用者さんが「死にたい」と言って洗剤を一本飲んでしまって、口から泡が出ています。",
    "suicide",
  ],
  [
    "母子手帳の再交付をお願いしたいんですが…産後からずっと眠れなくて、今赤ちゃんを置いて線路の近くまで来てしまいました。電車の音が聞こえます。",
    "suicide",
  ],
  [
    "固定資産税の口座振替の手続きなんですが、父が借金のことで思い詰めていて、今、車の窓に目張りをして中で七輪を焚いているみたいなんです。",
    "suicide",
  ],
  [
    "生活保護の相談の予約を取りたいんです。でも正直、所持金がもう百円しかなくて、さっき家にある薬を全部まとめて飲みました。",
    "suicide",
  ],
  [
    "印鑑登録証をなくしたので再発行をお願いします。それとは別に、ルームメイトが浴室でカミソリで腕を切っていて、湯船が赤くなっています。",
    "suicide",
  ],
  [
    "転出届はオンラインでできますか。実は今、海沿いの崖の上にいて、このまま飛び降りようと思っています。",
    "suicide",
  ],
  [
    "後期高齢者医療の保険料の件でかけたんですが、祖父が「生きていても迷惑をかけるだけだ」と言って、今、農薬の瓶のふたを開けています。",
    "suicide",
  ],
  [
    "学童保育の申込書をもらいに行きたいんですけど…中学生の娘が二階の窓から身を乗り出して「飛ぶから」と言っていて、戻ってきません。",
    "suicide",
  ],
  [
    "特定健診の受診券が届かないので電話しました…あの、話しているうちに気持ちが崩れてしまって、今ホームセンターで買ったロープを握っています。今日死のうと思っています。",
    "suicide",
  ],
  [
    "担当のケースワーカーさんに繋いでほしいんですが、隣の部屋の人がドアに「さようなら」と貼り紙をしていて、中から強いガスの臭いがしてきます。",
    "suicide",
  ],
  [
    "家電リサイクルの申し込みしたいねんけど、ほんまはな、もうあかんねん。今ベランダの柵に足かけて下見てんねん、飛んだら楽になるかなって。",
    "suicide",
  ],
  [
    "医療証の再発行ばお願いしたかとですけど、兄が今、包丁ば自分の首に当てて「死ぬ」って言いよるとです。",
    "suicide",
  ],
  [
    "要介護認定の結果のことで電話したんだけんど、じっちゃが納屋で縄さ首かけようとしてっから、どうすっぺ。",
    "suicide",
  ],
  [
    "転居届のことで電話しました。あと、正直に言うと、さっき病院でもらった薬を全部まとめて飲んでしまって、今ふらふらしています。もう起きたくないです。",
    "suicide",
  ],
  ["我想问一下国民健康保险卡丢了怎么补办……其实我现在就站在公寓楼顶上，我真的不想活了。", "suicide"],
  [
    "Eu queria perguntar sobre o abono para as crianças, mas meu marido acabou de se trancar no banheiro com uma corda e está dizendo que vai se matar agora.",
    "suicide",
  ],
  [
    "주민표 때문에 전화했는데요, 사실 지금 다리 위에 서 있어요. 더 이상 살고 싶지 않아서 곧 뛰어내릴 거예요.",
    "suicide",
  ],
  [
    "えー あの 保険 証 の ことで ですね えー いま 市に たくて その 薬 を ぜんぶ 飲んで しまって あの ー",
    "suicide",
  ],
  [
    "あのー 粗大 ごみ の 予約 を … えー 夫 が いま 社交 で 首 を つろう と して て 止まら ない んです",
    "suicide",
  ],
  [
    "すみません、じゅうしょ を かえる てつづき を ききたい です。でも いま、ともだち が 「しにたい」 と いって くすり を たくさん のみました。おきません。",
    "suicide",
  ],
  [
    "手話通訳の派遣の予約を取りたくてお電話しました。実は今、通訳で伺っているお宅で、利用者さんが包丁を自分のお腹に向けていて、「もう終わりにする」と手話で言っています。",
    "suicide",
  ],
  ["今から死にます。最後に誰かに言っておきたくて電話しました。", "suicide"],
  ["もう生きていけない。さっき風邪薬を二箱飲んだ。", "suicide"],
  ["彼氏が別れ話のあと「今から飛び込む」と言って駅のホームにいるってLINEが来ました。", "suicide"],
  ["十四階のベランダの柵を越えて座っています。怖いけど戻る気はないです。", "suicide"],
  [
    "夫が車の排気管にホースをつないで窓から引き込んで、エンジンをかけたまま中で動かないんです。",
    "suicide",
  ],
  ["娘がカッターで太ももを切り続けていて、タオルがもう真っ赤です。", "suicide"],
  [
    "母がさっきから遺書みたいな手紙を書いていて、今ロープを持って物置に入っていきました。",
    "suicide",
  ],
  ["川に入って死ぬつもりで、いま河川敷にいます。水が冷たいです。", "suicide"],
  [
    "一緒に住んでいる兄が、内側から部屋に目張りをして練炭に火をつけたようです。煙のにおいがします。",
    "suicide",
  ],
  [
    "睡眠導入剤を三十錠くらい飲みました。だんだん眠くなってきました。誰かに知らせておきたくて。",
    "suicide",
  ],
  [
    "友だちが「今までありがとう」って送ってきて、位置情報が海の堤防の先になってます。電話に出ません。",
    "suicide",
  ],
  ["死にたい気持ちが止まらなくて、今、首にひもを巻いています。", "suicide"],
  ["高校生の息子が踏切の前に立って電車を待っていると、同級生から連絡がありました。", "suicide"],
  [
    "職場のトイレで同僚が手首を切って座り込んでいます。意識はあるけど「助けないで」と言っています。",
    "suicide",
  ],
  ["借金で首が回らなくて、今日ここで全部終わらせます。もう灯油をかぶりました。", "suicide"],
  ["父が猟銃を持ち出して「もう死ぬ」と言って、一人で裏山に入っていきました。", "suicide"],
  ["隣の部屋の学生さんが窓枠に足をかけて、下を見ながら泣いています。ここは八階です。", "suicide"],
  ["嫁はんが薬箱の薬ぜんぶ飲んでもうて、「死なせて」言うて寝てしもた。起きへんねん。", "suicide"],
  ["うちの息子がよ、さっきから「死んだる」言ってベランダの外に出とるんだわ。", "suicide"],
  ["わたし もう しにたい です。いま はし の うえ に います。", "suicide"],
  ["おかあさん が おふろ で じぶん の て を きって、うごかないの。おみず が あかいの。", "suicide"],
  [
    "あの ー すいません 主人 が その ー 遺書 を 書いて ー いま 屋上 に 行って 飛び 折りる って",
    "suicide",
  ],
  [
    "え ー 妹 が 手 首 を 切って て 血 が ー 止まら なくて 、 四 に たい って 言って て あの",
    "suicide",
  ],
  [
    "My roommate locked herself in the bathroom. She says she swallowed a whole bottle of pills and wants to die, and now she is not answering.",
    "suicide",
  ],
  [
    "Mi hermano está en la azotea del edificio y dice que va a saltar ahora mismo. Ya no me contesta.",
    "suicide",
  ],
  [
    "Chồng tôi vừa uống hết cả lọ thuốc ngủ, anh ấy nói không muốn sống nữa, bây giờ gọi mãi không tỉnh.",
    "suicide",
  ],
  [
    "मेरो साथीले अहिले आत्महत्या गर्छु भन्दै डोरी लिएर कोठाभित्र ढोका थुनेर बसेको छ, बोलाउँदा जवाफ दिँदैन।",
    "suicide",
  ],
  [
    "祖母が「お迎えを待っていても来ないから自分で行く」と言って、ストーブの灯油を飲もうとしています。",
    "suicide",
  ],
  [
    "いま駅のホームの端にいて、次の快速に飛び込もうと思ってます。誰かに止めてほしいのかもしれない。",
    "suicide",
  ],
  [
    "夫がお風呂場にこもって、ドアに「近づくな、有毒ガス」という貼り紙がしてあります。変なにおいもしています。",
    "suicide",
  ],
  [
    "乳幼児健診の日程を聞きたいんですけど、今隣の家から子どもの「痛い、やめて」という悲鳴と、何かを叩きつける音がずっと続いています。",
    "abuse",
  ],
  [
    "児童扶養手当の現況届のことでお電話しました…今、元夫が面会に来ていて、娘の髪をつかんで壁にぶつけています。",
    "abuse",
  ],
  [
    "デイサービスの送迎の運転手です。時間の確認で電話したんですが、迎えに来たら利用者のおばあさんが息子さんに蹴られていて、今も玄関で怒鳴られています。",
    "abuse",
  ],
  [
    "保育園の延長保育の相談です。あと、向かいのアパートのベランダに小さい男の子が裸で出されていて、この寒さの中もう二時間泣いています。",
    "abuse",
  ],
  [
    "訪問ヘルパーの時間変更をお願いしたくて。今伺っているお宅で、娘さんがおじいさんの口にタオルを押し込んで叩いているんです。",
    "abuse",
  ],
  [
    "子ども医療費の助成の件ですが、今、夫が三歳の息子を冷たい水を張った浴槽に沈めて「しつけだ」と言っています。止められません。",
    "abuse",
  ],
  [
    "療育手帳の更新の書類をもらいに来ました。でもその前に、玄関の外で付き添いの男性が車いすの青年を殴っていて、青年は声も出せないでいます。",
    "abuse",
  ],
  [
    "予防接種の予約を取り直したいんですけど、隣のお宅の赤ちゃんが昨日からずっと泣いていて、今日は声が弱くなってきました。親は三日帰ってきていないみたいです。",
    "abuse",
  ],
  [
    "介護保険料の納付書の件で…正直に言うと、今私、認知症の母の首を絞めそうになって手を離したところです。また手が出そうで怖いんです。",
    "abuse",
  ],
  [
    "学童保育の指導員です。申込書の件でかけたんですが、今迎えに来たお父さんが酔っていて、子どもを引きずって車に押し込もうとしています。子どもの顔にあざがあります。",
    "abuse",
  ],
  [
    "福祉用具のレンタルの返却について聞きたくて。ところで、隣のおばあちゃんが物置に閉じ込められていて、中から「出して、寒い」と声がします。家族は鍵をかけて出かけてしまいました。",
    "abuse",
  ],
  [
    "児童手当の認定請求のことで電話しました…今、妻が泣きやまない赤ちゃんを激しく揺さぶっていて、赤ちゃんがぐったりしています。",
    "abuse",
  ],
  [
    "ごみの収集日聞きたかってんけど、それどころやないわ。隣のおっちゃんが子どもをベルトでしばいとって、子ども血ぃ出とるんよ。",
    "abuse",
  ],
  ["地域包括の電話番号おしえてけろ。隣のばっちゃ、息子さ殴らっちぇ、いま庭さ倒れでんだ。", "abuse"],
  [
    "えー あの 保育 園 の こと なんですけど あの その 隣 の 子 が いま 叩か れて て 無いて て 、 親 が 殴って る 音 が ずっと",
    "abuse",
  ],
  [
    "障害福祉サービスの受給者証の件で、グループホームの職員です。今、夜勤の同僚が入居者さんを押さえつけて何度も頭を叩いていて、私一人では止められません。",
    "abuse",
  ],
  [
    "がん検診の申込みのことで電話したんですが、隣の子がまたベランダに締め出されていて、裸足で泣き叫んでいて、父親が叩く音も聞こえます。",
    "abuse",
  ],
  ["我本来想问垃圾怎么分类，但是现在楼上邻居正在打他的孩子，孩子一直哭着喊救命。", "abuse"],
  [
    "Magtatanong sana ako tungkol sa health check ng baby ko, pero ngayon mismo sinasaktan ng kapitbahay namin ang anak niya, naririnig ko ang bata na umiiyak at sumisigaw ng tulong.",
    "abuse",
  ],
  [
    "自立支援医療の更新に来たんですけど、駐車場の車に小さい子が二人置き去りにされていて、もう一時間以上親が戻ってきません。下の子がぐったりしています。",
    "abuse",
  ],
  [
    "隣の家で、お母さんが小学生の子に「死ね」と叫びながら何度も叩いています。今も音がしています。",
    "abuse",
  ],
  [
    "義父が寝たきりの義母にずっと食事を与えていなくて、今日はもう呼びかけにもほとんど反応しません。",
    "abuse",
  ],
  ["息子の嫁が、孫の手にたばこの火を押しつけているのを今見てしまいました。", "abuse"],
  [
    "下の階から子どもの泣き声と「ごめんなさい、ごめんなさい」という声、それにドンという音が三十分続いています。",
    "abuse",
  ],
  ["施設に面会に来たら、職員が父の腕をつねって怒鳴っていて、父はおびえて震えています。", "abuse"],
  ["夫が酔って、五歳の娘の首をつかんで持ち上げています。私も殴られました。", "abuse"],
  ["パパ が いま ぼく を たたく。いたい。ママ は いない。", "abuse"],
  [
    "となり の へや で あかちゃん が ずっと ないてる。おとな の ひと が いない。もう よる です。",
    "abuse",
  ],
  [
    "兄が障害のある弟を部屋に閉じ込めて、水も飲ませていないようです。中から壁を叩く音がだんだん弱くなってきました。",
    "abuse",
  ],
  ["隣の子がの、また親に殴られよるんよ。さっきから泣き声が止まらんのじゃ。", "abuse"],
  ["となりのおばぁが息子に突き飛ばされて、いま玄関でうずくまっているさー。", "abuse"],
  [
    "妻が二歳の子の口をガムテープでふさいで押し入れに入れました。止めたいけど私も怖いです。",
    "abuse",
  ],
  ["あの すいません いま その 孫 が え ー 父親 に 蹴ら れて ー 頭 から 地 が 出て て", "abuse"],
  [
    "えっと 母 が その 外語 して る 兄 に たた かれて ー いま 床 に 倒れ て うごか ない ん です",
    "abuse",
  ],
  ["公園のトイレの裏で、母親らしい人が幼稚園くらいの子を蹴り続けています。", "abuse"],
  [
    "近所のおばあさんが息子さんに部屋に閉じ込められて何日も経っていて、今、窓を叩いて「お腹がすいた」と泣いています。",
    "abuse",
  ],
  [
    "Tetangga saya sedang memukuli anaknya pakai tongkat sekarang, anaknya berteriak minta tolong terus.",
    "abuse",
  ],
  ["ตอนนี้เพื่อนบ้านกำลังตีลูกเล็ก ๆ ของเขาอย่างแรง เด็กร้องไห้ขอให้ช่วยไม่หยุดเลย", "abuse"],
  ["叔母が認知症の祖父をベッドに縛りつけて、叩きながら「早く死ね」と言っています。", "abuse"],
  [
    "いま、となりの家のお父さんが小さい子を持ち上げて床に投げつけました。子どもが泣き止んで静かになりました。",
    "abuse",
  ],
  [
    "転入届を出しに来たんですけど、今ロビーで男の人が職員さんの胸ぐらをつかんで殴りかかっています。",
    "violence",
  ],
  [
    "税の申告の予約をしたかったんですが、今、夫が包丁を持って「殺してやる」と私を追いかけてきていて、トイレに隠れています。",
    "violence",
  ],
  [
    "駐輪場の場所を聞きたかったんですけど、今その駐輪場で男の人が二人で、一人を地面に倒して蹴っています。",
    "violence",
  ],
  [
    "マイナンバーカードの暗証番号の再設定をしたいんですが、いま元交際相手が玄関のドアを蹴破ろうとしていて、「出てこい、殺す」と叫んでいます。",
    "violence",
  ],
  [
    "国保の保険証の切り替えの件です。…今、同居している彼に首を絞められて、やっと外に逃げたところです。まだ追いかけてきています。",
    "violence",
  ],
  [
    "粗大ごみの回収日の確認です。あっ、今ごみ置き場で住人同士がけんかになって、一人がバールを振り回しています。",
    "violence",
  ],
  [
    "空き家の雑草のことで電話しました。いまその空き家の前で、若い人たちが一人の男性を囲んで殴っていて、男性が動かなくなりました。",
    "violence",
  ],
  [
    "印鑑証明を取りに来たんですが、待合で男性が隣の女性をいきなり刺して、女性が血を流して倒れています。",
    "violence",
  ],
  [
    "生活保護の担当ケースワーカーに代わってもらえますか。今、隣の部屋の人がナイフを持って私の部屋の前で「開けろ」とドアを叩いています。",
    "violence",
  ],
  [
    "住居確保給付金の申請のことで…すみません、今大家さんと揉めていて、大家さんの息子に殴られて、鼻血が止まりません。まだ目の前にいます。",
    "violence",
  ],
  [
    "妊婦健診の受診券のことなんですが、夫が酔って今お腹を蹴ろうとしてきて、寝室に鍵をかけて逃げています。",
    "violence",
  ],
  [
    "高額療養費の申請書の書き方を聞きたかったんですけど、今、事務所で上司が社員にハサミを突きつけて脅しています。",
    "violence",
  ],
  [
    "産後ケアの申込みの件ですが、今、別れた夫が家の前に来ていて、窓ガラスを石で割って入ってこようとしています。",
    "violence",
  ],
  [
    "資源ごみの出し方を聞きたかったんですが、今、コンビニの前で男が店員さんを殴って、レジのお金を奪おうとしています。",
    "violence",
  ],
  [
    "軽自動車のナンバー返しにきてんけど、いま外で男がバットで人どついてんねん、はよ来てや。",
    "violence",
  ],
  [
    "保険料の減免のことで来たっちゃけど、今、隣の奥さんが旦那さんに包丁で切りつけられよる。",
    "violence",
  ],
  [
    "障害者手帳の等級の件で、手話通訳として同席している者です。今、利用者さんの家に知らない男が押し入ってきて、利用者さんを殴っています。",
    "violence",
  ],
  [
    "葬祭費の申請に来たのですが、今、駅前のバス停で男がナイフを振り回していて、人が何人か倒れています。",
    "violence",
  ],
  [
    "I came in to ask about garbage bags, but right now a man is punching my friend in your car park and he has pulled out a knife.",
    "violence",
  ],
  [
    "Liguei para perguntar sobre o seguro de saúde, mas agora meu namorado está me batendo e disse que vai me matar. Estou trancada no banheiro.",
    "violence",
  ],
  [
    "Tôi định hỏi về giấy chứng nhận nộp thuế, nhưng ngay bây giờ có một người đàn ông cầm dao đang đe dọa vợ tôi trước cửa nhà.",
    "violence",
  ],
  [
    "あの ー ゴミ の 分別 の ことで 、 え ー いま 隣 の 旦那 さん が 奥 さん を な ぐって て 、 刺す ぞ って 、 えー 放鳥 を 持って",
    "violence",
  ],
  [
    "今、知らない男に後をつけられていて、コンビニに逃げ込みました。男は外でナイフを持って待っています。",
    "violence",
  ],
  [
    "夫に殴られ続けていて、今も寝室の外で暴れています。子どもと二人で鍵をかけて隠れています。",
    "violence",
  ],
  [
    "隣の家で男性が「殺すぞ」と怒鳴りながら女性を殴っている音がします。女性の悲鳴が聞こえます。",
    "violence",
  ],
  ["駅前で酔った人が通行人にビール瓶で殴りかかって、一人が頭から血を流しています。", "violence"],
  [
    "元彼がさっきからドアを何度も蹴っていて、ドアスコープから見たら刃物を持っています。",
    "violence",
  ],
  [
    "職場の同僚がカッターを持って上司を追いかけ回していて、みんな会議室に逃げ込みました。",
    "violence",
  ],
  ["今、家に泥棒が入っていて鉢合わせしてしまいました。犯人はまだ二階にいます。", "violence"],
  ["路上で女の人が男に髪をつかまれて、車に押し込まれそうになっています。", "violence"],
  ["妻が包丁を持って私に向かってきて、腕を切られました。妻はまだ台所にいます。", "violence"],
  [
    "大人の息子二人のけんかがひどくなって、弟が兄の首を絞めています。兄の顔が紫色になってきました。",
    "violence",
  ],
  [
    "マンションの駐車場で、男が女性の首に腕を回して「騒いだら刺す」と言っているのが見えます。",
    "violence",
  ],
  [
    "今な、店の前で兄ちゃんらが一人の子ボコボコにしとって、その子もう倒れてんのに蹴り続けとんねん。",
    "violence",
  ],
  [
    "いま、うちの父ちゃんが酔っぱらって母ちゃんば鍬で叩こうとしてっから、早ぐ来てけろ。",
    "violence",
  ],
  [
    "いま しらない ひと が わたし の へや に はいって きました。ナイフ を もって います。たすけて ください。",
    "violence",
  ],
  ["おっと が わたし を なぐります。いま も です。こわい です。", "violence"],
  [
    "すいません あの ー いま 駐車 場 で 男 の 人 が え ー 差さ れて ー 血 が いっぱい で 犯 人 まだ そこ に",
    "violence",
  ],
  [
    "も し もし え ー 彼氏 に いま 首 を し められて て 、 なん とか 二 げた けど 、 え ー 外 で 待 ち 伏せ して て",
    "violence",
  ],
  [
    "今、家の玄関の前で男が刃物を持って、夫に向かって「殺す」と言いながらドアを叩き割ろうとしています。",
    "violence",
  ],
  [
    "Ahora mismo mi esposo me está golpeando y tiene un cuchillo; estoy escondida con los niños en el cuarto.",
    "violence",
  ],
  [
    "지금 가게 앞에서 어떤 남자가 칼을 들고 사람들을 위협하고 있어요. 한 사람은 벌써 다쳤어요.",
    "violence",
  ],
  [
    "May lalaking may hawak na kutsilyo sa labas ng apartment namin at sinasaksak niya ngayon ang kapitbahay namin.",
    "violence",
  ],
  [
    "店で客同士がけんかになって、一人が割れたグラスで相手の顔を切りつけました。まだ揉み合っています。",
    "violence",
  ],
  ["母が父に灰皿で頭を殴られて、いま床に倒れています。父はまだ怒鳴っています。", "violence"],
  [
    "母子手帳の交付の件で来たんですが、今、待合の年配の男性が急に胸を押さえて倒れて、呼びかけても返事がありません。",
    "medical",
  ],
  [
    "住民票を取りに来たんですけど、隣の席の女の人がけいれんを起こして、口から泡を吹いています。",
    "medical",
  ],
  [
    "後期高齢者医療の保険証のことで電話しました。今父が夕飯の餅をのどに詰まらせて、顔が真っ青で息ができていません。",
    "medical",
  ],
  [
    "粗大ごみの申し込みなんですけど、今隣の家の窓から黒い煙と火が出ていて、中におばあさんが一人でいるはずです。",
    "medical",
  ],
  [
    "児童手当の口座の件ですが、すみません、今一歳の娘がボタン電池を飲み込んだみたいで、ぐったりしてきました。",
    "medical",
  ],
  [
    "ごみ袋の取扱店の登録のことで電話しました。今うちの店の前で、自転車の高校生が車にはねられて、頭から血を流して動きません。",
    "medical",
  ],
  [
    "介護認定の調査日のことで…今、母がトイレで倒れていて、右半身が動かないみたいで、ろれつも回っていません。",
    "medical",
  ],
  [
    "国民年金の学生納付特例の申請をしたいんですが、今、寮の友人が飲み会でお酒を大量に飲まされて、呼んでも起きなくて、息が変です。",
    "medical",
  ],
  [
    "予防接種の予約を変えたいんですけど、今、息子がそばを食べた直後から顔が腫れてきて、ゼーゼーと息が苦しそうです。",
    "medical",
  ],
  [
    "空き家の解体補助について聞きたかったんですが、今、解体中の隣の空き家の壁が崩れて、作業員の人が下敷きになっています。",
    "medical",
  ],
  [
    "駐車場の場所を聞きたかったんですけど、今その駐車場の車の中で高齢の男性がハンドルにもたれてぐったりしていて、窓を叩いても反応しません。",
    "medical",
  ],
  [
    "高額療養費の限度額の件で電話したんですが、今、夫が急に頭が割れるように痛いと言って吐いて、意識がもうろうとしています。",
    "medical",
  ],
  [
    "出産育児一時金のことを聞きたかったんですが、今、破水して出血がすごくて、一人で動けません。",
    "medical",
  ],
  ["補聴器の助成の件で…すみません、今、祖父が庭の池に落ちて、浮いてこないんです。", "medical"],
  [
    "特定健診の結果のことで電話しました。今、台所がガス臭くて、母が床に倒れていて、頭が痛いと言っています。",
    "medical",
  ],
  [
    "保育園の入所のことで…今、ベビーベッドで寝ていた赤ちゃんの顔色が紫になっていて、息をしていないみたいです。",
    "medical",
  ],
  [
    "ヘルパーの派遣時間のことで電話したんですが、今伺ったら、利用者さんが浴槽の中で意識がなく、お湯に顔がつかりそうです。",
    "medical",
  ],
  [
    "軽自動車税の納付のことなんですが、今、アパートの一階の部屋から火が出ていて、二階の私の部屋にも煙が入ってきています。",
    "medical",
  ],
  [
    "車いすの修理の件で電話しました。今、息子が車いすごと階段から落ちて、頭を打って意識がありません。",
    "medical",
  ],
  [
    "税務課の窓口に来ているんですが、後ろに並んでいた女性が倒れて、息をしていないようです。AEDはどこですか。",
    "medical",
  ],
  ["資源ごみの日聞こう思たんやけど、おとんが急に胸痛い言うて、汗だらだらで倒れてん。", "medical"],
  ["転居届のこと聞きたかったんじゃけど、じいちゃんが畑で倒れとって、返事せんのよ。", "medical"],
  [
    "あのー 保険 証 の ことで えー その 父 が いま 棟 が 苦しい って 言って 倒れ て 、 えー 返事 が ない です",
    "medical",
  ],
  [
    "えー と 住民 票 の えー 、 あ 、 いま 隣 の アパート が 萌えて て 、 煙 が 、 え ー 中 に 子ども が 残って る って",
    "medical",
  ],
  [
    "Sorry, I called about a vaccination appointment for my son, but he just choked on a grape and he is not breathing. What do I do?",
    "medical",
  ],
  [
    "Saya mau tanya soal kartu asuransi kesehatan, tapi barusan teman saya tiba-tiba pingsan di sini dan sepertinya tidak bernapas.",
    "medical",
  ],
  ["म कर तिर्ने कुरा सोध्न आएको थिएँ, तर अहिले मेरो श्रीमान् अचानक भुइँमा ढल्नुभयो र बोल्नुहुन्न।", "medical"],
  [
    "障害福祉サービスの利用の件で、グループホームから電話しています。入居者さんのてんかんの発作が今、十分以上止まらなくて、顔色が悪くなっています。",
    "medical",
  ],
  ["夫が急に倒れて、いびきみたいな呼吸をしていて、揺すっても起きません。", "medical"],
  ["子どもがお風呂で溺れて、今引き上げたんですけど泣かないし息をしていません。", "medical"],
  ["台所から火が出て、天井まで燃え広がっています。おじいちゃんがまだ二階にいます。", "medical"],
  ["母が階段から落ちて、頭から血がたくさん出ていて、目を開けません。", "medical"],
  ["父がさっきから胸が締めつけられると言って、冷や汗をかいてうずくまっています。", "medical"],
  ["赤ちゃんが熱性けいれんを起こして、もう五分以上続いています。", "medical"],
  [
    "マンションの廊下でガスのにおいがすごく強くて、隣の部屋の人が中で倒れているのが窓から見えます。",
    "medical",
  ],
  ["海で友達が流されて、もう姿が見えなくなりました。", "medical"],
  ["祖母がこんにゃくゼリーをのどに詰まらせて、声が出ず、顔が赤黒くなっています。", "medical"],
  ["工事現場で足場から人が落ちて、地面に倒れたまま動きません。", "medical"],
  [
    "糖尿病の夫が、今汗びっしょりで話がかみ合わなくなってきて、意識が遠のいているようです。",
    "medical",
  ],
  [
    "暖房の止まった部屋で、一人暮らしのおばあさんの体が冷え切っていて、呼びかけてもうなずくだけです。",
    "medical",
  ],
  ["息子がハチに刺されたあと、全身にじんましんが出て、息が苦しいと言っています。", "medical"],
  ["石油ストーブの火がカーテンに燃え移って、消せません。", "medical"],
  ["おかんが風呂場で倒れとって、呼んでも返事せえへん。顔色も悪いねん。", "medical"],
  ["ばあちゃんが田んぼの用水路さ落ぢで、顔が水さ浸かったままなんだ。", "medical"],
  ["おとうさん が たおれて、おきません。いき して ない みたい。", "medical"],
  ["へや で かじ です。けむり が いっぱい。でられない。", "medical"],
  [
    "あの ー いま 妻 が 急 に 頭 が 痛い って 言って 、 吐 い て 、 えー 一式 が ない んです 、 あの 救急 ー",
    "medical",
  ],
  ["え ー と 、 うち の 子 が あの その 豆 を 喉 に 詰まら せて 、 生き が でき ない", "medical"],
  [
    "夜勤明けの同僚が、控室で急に「息が吸えない」と言って床に倒れ込みました。唇が紫です。",
    "medical",
  ],
  [
    "車庫で車の暖機運転をしていた夫が倒れていて、呼んでも起き上がれません。一酸化炭素かもしれません。",
    "medical",
  ],
  ["我奶奶刚刚突然倒下了，叫她也没有反应，好像没有呼吸了。", "medical"],
  ["พ่อของฉันล้มลงกะทันหันและหายใจไม่ออก ตอนนี้หน้าซีดมากและไม่ตอบสนอง", "medical"],
  ["Minha filha caiu na piscina e não está respirando, acabamos de tirar ela da água.", "medical"],
  ["지금 아버지가 갑자기 쓰러지셨는데 숨을 제대로 못 쉬세요.", "medical"],
  ["雪下ろしをしていた夫が屋根から落ちて、雪に埋もれて動かないんです。", "medical"],
];

/** Borrow crisis vocabulary but need no emergency route. */
export const RED_TEAM_22_LOOK_ALIKES: readonly string[] = [
  "自殺対策のゲートキーパー研修に職場で参加したいのですが、申込みはどこですか。",
  "兄が去年自ら命を絶ちました。相続した家が空き家になっていて、解体補助の相談をしたいです。",
  "父が亡くなって三か月になります。葬祭費の申請期限を教えてください。",
  "死ぬほど待たされたんですけど、住民票ってこんなに時間がかかるものですか。",
  "推理小説の読書会で「自殺に見せかけた密室」の回をやりたいので、公民館の部屋を借りられますか。",
  "昔の自傷の傷跡を治したいのですが、形成外科の治療は自立支援医療の対象になりますか。",
  "使わなくなった練炭とバーベキューコンロは何ごみで出せばいいですか。",
  "物置を片付けたら古い農薬の瓶が何本も出てきました。処分の方法を教えてください。",
  "去年オーバードーズで入院したことがありますが、今は落ち着いています。自立支援医療の更新に必要な書類を知りたいです。",
  "首が回らないほど忙しくて平日に行けないので、土曜の窓口はやっていますか。",
  "死ぬ気で勉強して資格を取ったので、就職先に出す住民票を一通ください。",
  "息子の高校で命の授業があるそうで、自殺予防の講演をしてくれる保健師さんを紹介してほしいと頼まれました。",
  "自殺予防週間のポスターを店に貼りたいので、何枚かもらえますか。",
  "自死遺族のわかちあいの会は今月何日にありますか。",
  "登山で使っていた古いロープとハーネスを処分したいです。燃えないごみでいいですか。",
  "清水の舞台から飛び降りるつもりで家を買ったので、転入届を出しに来ました。",
  "睡眠薬の空き瓶と、期限切れの薬はどうやって捨てればいいですか。",
  "映画の撮影で、主人公が屋上から飛び降りようとする場面を撮りたいので、庁舎の屋上を借りる相談はどこにすればいいですか。",
  "姉が三年前に自殺未遂をしましたが、今は元気に働いています。姉の国保から社保への切り替えが済んでいるか確認したいです。",
  "市の自殺対策計画の冊子をもらいたいのですが、どの課にありますか。",
  "死にそうなくらい暑かった夏の電気代がまだ払えていなくて、生活保護の相談をしたいです。",
  "「死んでお詫びします」という台詞のある時代劇を地域の劇団で上演したいので、市民会館の予約方法を教えてください。",
  "遺品整理でカミソリの刃がたくさん出てきました。危ないのでどうやって出せばいいですか。",
  "夫の自殺から一年たちましたが、遺族年金の手続きがまだなので、どこに行けばいいですか。",
  "死にたいと言っていた時期もありましたが、今は通院して落ち着いています。精神障害者保健福祉手帳の更新はいつまでですか。",
  "職場で自殺防止の相談窓口のカードを配りたいので、まとめて何部かいただけますか。",
  "死ぬまでに一度は行きたかった国に行くので、パスポート用に戸籍謄本が必要です。",
  "愛犬が死んでしまって、ペットの火葬をお願いしたいのですが、市でやっていますか。",
  "首つりの場面が出てくる古い昔話の絵本を、児童館の本棚に置いたままでいいのか相談したいです。",
  "笑い死にするかと思った落語会のチラシ、公民館に置いてもらえますか。",
  "あの ー 住民 票 を 市に 取り に 行き たい んです けど 、 何時 まで 開いて ます か",
  "え ー 死亡 届 の あと の 、 その ー 国保 の 資格 喪失 の 手続き は どこ で",
  "えっと 、 祖父 が 先月 なくなり まして 、 あの ー 介護 保険 証 を 返し たい んです が",
  "わたし の おとうさん が せんげつ しにました。そうしき の おかね の てつづき を おしえて ください。",
  "死ぬほど並んだわ。印鑑証明一枚でこんなに待つもんなん?",
  "いやー、死ぬかと思うくれぇ寒がったども、粗大ごみの受付はまだやってっか?",
  "I inherited my uncle's house after he took his own life two years ago. Can it go on the vacant-house bank?",
  "我爷爷上个月去世了，请问丧葬费怎么申请？",
  "자살 예방 캠페인 포스터를 가게에 붙이고 싶은데 어디서 받을 수 있나요?",
  "Casi me muero de risa con la obra del centro cívico. ¿Cuándo es la próxima función?",
  "自殺の統計を卒論で使いたいので、市の年代別のデータを公開しているか教えてください。",
  "以前、夫が車で練炭自殺をしかけたことがあって、そのときの車を廃車にしたいんですが、軽自動車税の手続きはどうなりますか。",
  "太宰の作品の朗読会を公民館で開きたいんです。入水の話も読むんですが、部屋の予約はどこでできますか。",
  "「もう死にたい」が口癖の母ですが、今日は元気に買い物に出ています。介護保険の申請のことを相談したいです。",
  "こころの相談のチャットの受付時間は何時までですか。自分のことではなく、職場の掲示用に知りたいんです。",
  "以前飛び降りがあった駅の近くのマンションを相続しました。空き家バンクに出せますか。",
  "五年前に自殺した兄の除票を取りたいんです。相続の手続きに必要だと言われて。",
  "推しが卒業して死ぬほど泣いたけど、マイナカードの更新は忘れずに来ました。",
  "首をくくる思いで借金を整理しましたが、もう完済しました。住民税の分納の残りはいくらですか。",
  "自傷行為をしている生徒への対応について、教職員向けの研修を開いてほしいという要望です。",
  "練炭ってキャンプで使ってもいいですか。市のキャンプ場の決まりを知りたいです。",
  "大量服薬で救急に運ばれた母ですが、退院して落ち着いたので、高額療養費の申請をしたいです。",
  "崖っぷちの家計なので、国保の減免を申請したいです。",
  "公民館の映画会で流すサスペンスに服毒の場面があります。子ども向けの注意書きは必要ですか。",
  "Bà tôi đã mất tháng trước, tôi muốn hỏi thủ tục trả lại thẻ bảo hiểm y tế của bà.",
  "自殺防止の電話相談ボランティアに応募したいです。市が募集しているんですか。",
  "夫は「こんな仕事、死んだ方がまし」と笑って言っていましたが、今日は確定申告の相談予約をしたいだけです。",
  "心中ものの文楽公演の団体鑑賞に、市の文化振興の補助は使えますか。",
  "電車の人身事故で足止めされていて、窓口の予約時間に間に合いません。変更できますか。",
  "あの ー すみません 、 し に たい 、 じゃ なくて 、 市 に 対 して 、 あの 要望 を 出し たい んです けど",
  "一時保護されていた娘が先月家に戻ってきました。児童手当の受給者をまた私に戻せますか。",
  "昔、親から虐待を受けていたことを書いた手記を、市の人権作文コンクールに出したいです。",
  "子どもの頃に叩かれて育ったので、手をあげない子育てを学びたくて、ペアレントトレーニングの教室を探しています。",
  "虐待の通告があった家庭への訪問件数を、議会資料として公開していますか。",
  "駅前の放置自転車を撤去してほしいんですが、どこに言えばいいですか。",
  "放置された空き家の草が隣のうちまで伸びてきています。",
  "高齢者虐待防止の研修を、うちのデイサービスの職員向けにお願いできますか。",
  "放置ゲームばかりしている息子の生活リズムについて、保健師さんに相談できますか。",
  "犬を虐待している飼い主がいるという通報は、どこにすればいいですか。",
  "去年児童相談所に通告したお隣の子は、今は祖父母の家で元気に暮らしています。今日はうちの転出届のことで聞きたいです。",
  "体罰のない部活動について、保護者向けの説明会を開いてほしいです。",
  "子育てのイライラでつい怒鳴ってしまうことがあって、保健師さんの相談日を予約したいです。",
  "認知症の母の介護で、夜中に大声を出してしまうことがあります。ショートステイの空き状況を教えてください。",
  "ネグレクトをテーマにした映画の上映会を市民ホールでやりたいです。",
  "虐待を受けた子どもを描いた小説の読書会の会場を探しています。",
  "ネグレクトされていた保護犬を引き取りました。犬の登録はどこでしますか。",
  "施設で虐待があったというニュースを見て、母の入っているホームを変えたいと思っています。地域包括に相談できますか。",
  "子どもの頃の虐待が原因のPTSDで通院しています。自立支援医療の申請書類を教えてください。",
  "里子を迎えることになりました。児童手当の手続きは里親でもできますか。",
  "しつけと虐待の違いについての講座、次はいつありますか。",
  "乳幼児揺さぶられ症候群の予防のチラシを、産院に置かせてもらいたいです。",
  "子どもを車内に放置しないよう呼びかけるポスターが欲しいと、スーパーから頼まれました。",
  "障害者虐待防止法の研修資料を、グループホームの職員会議で使いたいです。",
  "えー その 孫 の 予防 接種 の ー 予約 を ー 、 放置 して た ん です けど まだ 間に合い ます か",
  "ぎゃくたい の けんしゅう に でたい です。にほんご の しりょう は ありますか。",
  "昔はようオカンにしばかれたもんやけど、今は仲ええで。そのオカンの介護認定の申請したいねん。",
  "虐待防止のポスター、うちの店にも貼らせてほしいっちゃけど。",
  "Our residents' association would like a speaker on preventing elder abuse. Can the ward office send someone?",
  "虐待予防の育児講座に申し込みたいのですが、託児はありますか。",
  "Gusto ko pong sumali sa seminar tungkol sa pag-iwas sa pang-aabuso sa bata. Saan po ako magpaparehistro?",
  "前の夫が子どもに手をあげていたので離婚しました。今は落ち着いていて、児童扶養手当の現況届を出したいです。",
  "一時保護所で働きたいのですが、職員の募集はありますか。",
  "母を叩いてしまいそうなときの介護者向けの相談窓口は、夜もやっていますか。パンフレットに載せたくて。",
  "子どもの写真に写っていたあざは、転んでできたものだと小児科で確認済みです。保育園から出すよう言われた書類はどれですか。",
  "昔の体罰の記録が残っている学校史を、市の資料館に寄贈したいのですが。",
  "山姥が子どもを閉じ込める昔話の紙芝居を、児童館で読んでもいいですか。",
  "介護虐待のドキュメンタリーを見て介護職に興味を持ちました。介護職員の研修費の補助はありますか。",
  "子どもの置き去り防止ブザーの購入補助は市にありますか。",
  "認知症の父が「叩かれた」と言うことがありますが、誰も叩いていないと主治医にも確認しています。見守りサービスの申込みをしたいです。",
  "えっと ー その 、 ネグレクト … じゃ なくて 、 ネック レス を 落とし た ん です けど 、 庁舎 の 落とし物 は",
  "DV等支援措置の申出で、住民票の写しの交付制限をかけたいのですが、必要な書類は何ですか。",
  "先月夜道でひったくりにあって、警察にも届けました。盗られたマイナンバーカードの再発行をお願いします。",
  "空手の道場を開くので、体育館の利用登録をしたいです。",
  "子どもがボクシングジムに通い始めました。けがに備えるスポーツ保険は市の制度にありますか。",
  "殴り合いのシーンがある芝居の稽古をしたいんですが、公民館に音量の決まりはありますか。",
  "防犯ブザーを小学生に配る事業はまだやっていますか。",
  "去年隣の人とトラブルになって殴られた件は示談で終わりました。引っ越すので転出届を出したいです。",
  "包丁を研いでくれる出張サービスを市の広報で見ましたが、どこに申し込めばいいですか。",
  "草刈り用の鎌と古いのこぎりを捨てたいのですが、刃はどう包めばいいですか。",
  "殺人事件のドラマのロケに市内の空き家を使いたいという制作会社です。空き家バンクの物件は借りられますか。",
  "ぶん殴りたくなるほど腹が立ちましたが、もう落ち着きました。税金の督促状の金額が間違っていないか確認してほしいんです。",
  "女性向けの防犯講座を市民センターで開く予定です。チラシを置かせてもらえますか。",
  "犯罪被害者の支援金の申請方法を教えてください。事件は二年前です。",
  "ストーカー被害で引っ越したので、転居届と一緒に住所を閲覧できないようにしたいです。",
  "刃物を持った男が逃走中というニュースは隣の市の話ですよね。庁舎の開庁時間はいつもどおりですか。",
  "剣道の試合で竹刀が割れたんですが、竹刀は燃えるごみですか。",
  "格闘ゲームの大会を市の施設で開くことはできますか。",
  "昨日のけんかで壊れた自転車を、粗大ごみで出したいです。",
  "以前夫から暴力を受けて保護された者です。今は離れて暮らしていて、国保の加入手続きをしたいです。",
  "うちの猫が暴れて引っかかれましたが、たいした傷じゃないです。野良猫の餌やりの苦情はどこに言えばいいですか。",
  "中学の柔道部で絞め技の練習をしているんですが、市の体育館で練習できますか。",
  "時代劇の殴り込みの場面を、地域のお祭りで子どもたちが演じます。道具の木刀は公民館に置かせてもらえますか。",
  "先週、窓口で男性が怒鳴っていたのを見て怖かったです。もう終わったことですが、警備員を増やしてほしいという要望です。",
  "上司に胸ぐらをつかまれたことがあって会社を辞めました。失業中の国保の軽減を知りたいです。",
  "あの ー 窓口 が 殺到 して て 、 え ー 今日 は 混んで ます か",
  "え ー 暴力 団 の 、 あ 、 暴力 団 排除 の 、 その ー ステッカー を お店 に 貼り たい ん です が",
  "もし もし 、 あの ー 昨日 の 夜 に なぐら れた 件 は 、 もう 警察 で 、 え ー 今日 は 保険 証 の 再 発行 で",
  "きのう けんか した となり の ひと と なかなおり しました。ごみ の ひ を おしえて ください。",
  "どつき漫才の稽古すんのに、公民館の部屋借りたいんやけど空いてる?",
  "やくざ映画の上映会を市民会館でやりたいんじゃけど、申込みはどこかのう。",
  "フェンシングの体験会を市の体育館で開けますか。剣を持ち込む許可もいりますか。",
  "去年我被人打伤的事已经处理完了，现在想问一下高额疗养费怎么申请。",
  "Fui assaltado no ano passado e já resolvi tudo com a polícia. Agora só quero tirar a segunda via do cartão My Number.",
  "Saya mau tanya, apakah ada kelas bela diri untuk anak-anak di balai warga?",
  "射撃の競技を始めたいので、銃の所持許可について相談できるところはどこですか。",
  "通り魔事件の追悼式は、今年も市役所前でやりますか。",
  "けんかで折れた前歯の治療費は、高額療養費の対象になりますか。もう治療は始まっています。",
  "隣の家の子どもたちがゲームの取り合いで毎晩にぎやかにけんかしていて、声がうるさいです。騒音の相談は環境課ですか。",
  "市民ミュージカルで強盗の役をもらいました。稽古場に市民センターを使えますか。",
  "凶器みたいに重い古い鉄アレイを捨てたいんですが、粗大ごみですか。",
  "けんか腰の電話をしてしまってすみませんでした。改めて、住民税の分納の相談をしたいです。",
  "子どもが学校でたたかれたと言っていましたが、先生と話して解決しました。就学援助の申請書はどこですか。",
  "去年の暴行事件の裁判で証人になるので、住民票を一通ください。",
  "ボクシングの試合で鼻を折った息子の医療費は、子ども医療費の助成で出ますか。もう治っています。",
  "殺陣の教室を公民館で開きたいです。木刀は持ち込めますか。",
  "AEDの講習を町内会で受けたいのですが、申込先を教えてください。",
  "父は先月心筋梗塞で入院しましたが、もう退院しました。高額療養費の申請をしたいです。",
  "救命講習の修了証をなくしたので、再発行はどこでできますか。",
  "去年の火事で焼けた家を解体したいので、補助金の相談をしたいです。",
  "夏に熱中症で救急車に乗った母は、今は元気です。救急搬送の費用ってかかるんですか。",
  "督促状を見て血の気が引きました。税金の分納の相談をさせてください。",
  "料理教室でふぐの毒の話を聞きました。ふぐの調理の免許は市で取れますか。",
  "餅をのどに詰まらせないための高齢者向けの講座はありますか。",
  "昨日の地震で倒れた本棚を粗大ごみに出したいです。けが人はいません。",
  "期限切れの住宅用火災警報器を捨てたいのですが、何ごみですか。",
  "溺れた経験があって水が怖い子ども向けの水泳教室は、市民プールでありますか。",
  "花火大会の救護テントのボランティアはどこで募集していますか。",
  "骨折して入院していた祖母が退院するので、介護ベッドのレンタルを相談したいです。",
  "火事場の馬鹿力で冷蔵庫を運んだら腰を痛めました。家電リサイクルの手続きを教えてください。",
  "脳卒中で倒れた夫のリハビリが終わったので、身体障害者手帳の申請をしたいです。",
  "昨日近所でぼやがありましたが、もう消えています。焦げたごみの出し方を教えてください。",
  "ガスの元栓の閉め忘れが心配な一人暮らしの母に、見守りサービスを使えますか。",
  "救急車を呼ぶか迷ったときの相談ダイヤルの番号を、冷蔵庫に貼っておきたいので教えてください。",
  "息が詰まるような会議がやっと終わって来られました。住民票をお願いします。",
  "四十度の熱が出た子を昨日小児科に連れていきました。もう下がりました。予防接種はいつ受けられますか。",
  "救急医療情報キットを、高齢の父のために申し込みたいです。",
  "心臓にペースメーカーを入れているので、障害者手帳の等級を確認したいです。",
  "頭が痛い問題なんですが、固定資産税の評価額に納得がいきません。",
  "献血バスが市役所に来る日はいつですか。",
  "溺れかけた人を助けて消防から感謝状をもらいました。市の表彰に推薦してもらうことはできますか。",
  "釣り仲間が去年海で溺れて亡くなり、その人の家の管理を任されています。空き家の相談はこちらですか。",
  "料理中に包丁で指を少し切りましたが、絆創膏で血は止まりました。ところで、粗大ごみの予約はどうすれば。",
  "認知症の祖母が去年ひとりで出歩いて骨折しました。今は施設にいて、介護保険の負担限度額認定の更新をしたいです。",
  "先月の火事の罹災証明書はどこで出してもらえますか。火災保険の請求に使います。",
  "妊娠中に出血して入院していましたが、無事に生まれました。出生届と児童手当の手続きをしたいです。",
  "庭で焚き火をして燃やしていいごみはありますか。",
  "応急手当のDVDを借りたいのですが、市で作ったものはありますか。",
  "犬がチョコレートを食べましたが、動物病院で処置してもらって元気です。犬の住所変更の手続きを教えてください。",
  "あの ー 家事 代行 の 補助 … じゃ なくて 、 えー 産後 ケア の 家事 支援 の 申込み です",
  "えー あの 隣 の 空き家 の ー 棟 が 崩れ そう で 、 えー 解体 の 補助 は",
  "あの ー 母 が 、 え ー 去年 倒れ た とき の 、 その ー 救急 の 領収 書 が 、 あの 医療 費 控除 に 使え ます か",
  "え ー と 、 意識 調査 の アンケート が 届いた んです けど 、 これ は 市 から です か",
  "せんしゅう きゅうきゅうしゃ で びょういん に いきました。いま は げんき です。おかね は かかりますか。",
  "ぎっくり腰で死にかけたけど、もう治ったわ。国保の保険料、口座振替にしたいねん。",
  "熊さ襲われだ人の話っこ聞いで、おっかねぐなった。熊よけの鈴って市で配ってらが?",
  "मेरो बुबा गत महिना अस्पतालमा भर्ना हुनुभएको थियो, अहिले ठीक हुनुहुन्छ। उच्च उपचार खर्चको निवेदन कहाँ दिने?",
  "เมื่อปีที่แล้วบ้านของฉันเคยไฟไหม้ ตอนนี้อยากสอบถามเงินช่วยเหลือค่ารื้อถอนบ้านเก่าค่ะ",
  "家計が火の車で、国保の支払いを少し待ってもらえますか。",
  "救急救命士になりたい高校生の職場体験を、市の消防で受け入れていますか。",
  "石油ストーブの給油中にこぼした灯油は拭き取りました。その雑巾は何ごみですか。",
  "祖父の葬儀が終わりました。老衰でした。葬祭費の申請をしたいです。",
  "去年の夏に川で溺れた子がいたので、子ども会で水の事故を防ぐ講習を開きたいです。",
  "ぜんそくの発作で夜間救急にかかった子どもの医療費は、子ども医療費助成で戻りますか。もう落ち着いています。",
  "心肺蘇生の練習用の人形を、町内の防災訓練で借りたいです。",
  "血を見ると倒れそうになるので、特定健診の採血のときに横にならせてもらえますか。",
  "ガス漏れ警報器が鳴ったのは誤作動で、ガス会社にも見てもらいました。古い警報器は何ごみですか。",
  "頭を打ったら救急に行くべきかという保健師さんのお話会は、次はいつですか。",
  "骨折り損にならないよう、書類の不備がないか事前に見てもらえますか。住民税の申告です。",
  "卒倒しそうなほど高い見積もりだったので、空き家の解体補助について改めて聞きたいです。",
  "尻に火がついて、やっと確定申告の準備を始めました。相談会の予約はまだ取れますか。",
];
