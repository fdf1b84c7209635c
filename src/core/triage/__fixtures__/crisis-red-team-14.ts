// Crisis red team 14, frozen 2026-12-05.
// sha256 (body, from the FROZEN-BODY line to the end of the file): 6a6037f6c5fe3e21905bd69cb00fa5a8448e841b496e2d2e8029f234119594f9
// Check: sed -n '/^\/\/ FROZEN-BODY/,$p' src/core/triage/__fixtures__/crisis-red-team-14.ts | sha256sum
// (written by hand, then formatted with Prettier, which only rewraps lines; the hash is of the
// formatted file.)
//
// Written blind: only the first 50 lines of crisis-red-team-13.ts (header, method notes, format), the
// first 23 lines of crisis-red-team.ts (RedTeamKind and format), samples/departments.csv and
// ../shared/DESIGN.md were read; no lexicon, test, script, doc, other sample or red-team line was
// opened, git history was not read (git status was run once, on this file only, after it was frozen),
// the repository was not grepped for phrases, the __fixtures__ folder was not listed, the contents of
// tsconfig.json and .prettierrc were not seen, and neither the engine, the tests nor the madoguchi
// command was run (only Prettier and tsc --noEmit were run). The import of RedTeamKind from ./crisis-red-team is inferred from the
// format, not read from red team 13.
//
// 200 crisis lines (suicide and self-harm 60, abuse 40, violence 45, medical 55) and 200
// look-alikes. No stress theme: a third ward office's desk over another year, in plain words and
// natural proportions, written fresh, with other callers, errands and wordings than red teams 12
// and 13. 106 of the crisis lines begin as an ordinary errand (residence tax instalments, My Number
// card PIN and pick-up, a residence card address, moving in and out on behalf of a colleague or a
// roommate, seal registration, tax and seal certificates, light-vehicle and moped plates, property
// tax names and bills, hometown tax gifts, a nursery place and fees, child allowance, child medical
// cards, the single-parent status report, school entry, after-school club papers, maternity
// handbooks, antenatal vouchers and the birth lump sum, national health insurance, high-cost and
// ceiling certificates, elderly medical insurance, pension accounts and student deferral, funeral
// grants, long-term care reclassification, home alterations, equipment rental and watch-over
// registration, mental-health and disability certificates, rehabilitation cards, independence
// support, service cards at a sheltered workshop, welfare benefit days and a caseworker, the
// housing benefit, bulky, sorted and spray-can waste, a bin-area cleaning rota, bicycle parking,
// vacant-house grass and demolition, health checks, cancer screening and vaccinations, a
// neighbourhood circular, a noise complaint) and then say what is happening now; the rest are
// direct. Callers: the person at risk, spouses, parents, grandparents, adult children, siblings, a
// roommate, boyfriends and friends, neighbours, colleagues, a shop's bookkeeper, a delivery driver,
// a night guard, counter and tax staff, group-home, care-home, home-help and
// day-service staff, a care manager, a workshop, an after-school club, a nursery head, a special
// school teacher, a demolition contractor, a waste contractor, a pupil with a kids' phone, a
// second-year junior-high pupil. Suicide and self-harm: a dam road, a bridge rail, a multi-storey
// car park, a hospital window, a mountain road, a river, the sea wall and the sea, a level crossing
// and a platform, rooftops and balconies, a rope in a barn and a shed, an electric cord, gas taps,
// charcoal and sealed windows, kerosene, weed-killer, insecticide, a hunting gun, sleeping pills
// with shochu, a month of prescriptions, cutting wrists, arms and a throat, a carer's plan, a
// mother with her children in the car and with a baby on the balcony, posts and messages from
// friends and a boyfriend, a text-chat and a speech-transcribed line. Abuse: children shut in a
// closet, kicked at a nursery door, burnt with a cigarette, dragged to a car, out on a balcony in
// snow, held under bath water, a head struck on the floor, shaken, left alone, a stepfather at a
// girl's door; partners with a knife, strangling, confinement, a kicked pregnant belly, a
// husband scalded by his wife, an ex-husband stalking to the ward office; elders starved, locked out, beaten for a
// pension book, left cold, a pillow pressed by care staff seen on a camera, a son-in-law's knife
// over land papers; disabled people belted by staff, robbed by dorm mates, a blind caller caned by a
// nephew. Violence: a fight in the counter line, a cutter at the insurance desk, a kerosene threat
// at the tax desk, a caller threatening to stab a clerk, a golf club, a knife in a vacant house, a
// blade in a park, a crowbar at a door, a fake-official home invasion, a stabbing at a screening
// hall, a clothes pole on a waste worker, a knife at a nursery gate, a road-rage hammer, a till
// robbery, a chairman beaten, a snatch and a fall, an extortion at an apartment door, a random
// attacker at a station, an abduction into a van, a stranger at a door, a stabbing in a bar street,
// a broken bottle, a grandmother's window, a woman dragged by the hair, a threat to kill former
// colleagues, scissors on a bus, a blade at a school, lighters at a boy's clothes, stones at a
// window and at a homeless man, a delivery driver chased, a stun gun, a hatchet at a festival.
// Medical: a collapse in a queue and at a writing desk, placental bleeding, stroke signs, a long
// febrile fit, a crush under a chest of drawers, konjac jelly, dentures, heatstroke at a bin area
// and a building site, a park bench, low blood sugar, cookie anaphylaxis, a bee sting,
// a drug reaction, a bath drowning, a fall through a floor and from a roof in snow, a gas leak, a
// stove in a closed room, a button battery, waters breaking at 30 weeks, chest pain in dialect,
// a spinal fall, dishwasher detergent, a brush-cutter wound, a choking group-home resident, an
// old woman found on day three, thunderclap headache, a concealed birth in a toilet, a cold
// roommate, a spray-can fire, a collapse in a garden, a pale infant, slurred speech at a desk,
// black stools, a near-drowning, an asthma attack, a machine, a field ditch, a phone that goes
// silent, daffodil leaves taken for chives, binge drinking, a wanderer found in the cold, a road
// accident, post-partum bleeding, a grandmother's pills, scaffold and bathroom falls.
// 27 crisis and 23 look-alike lines are in English, Chinese, Korean, Vietnamese, Portuguese,
// Spanish, Tagalog, Indonesian, Nepali or Thai, or in easy Japanese. Look-alikes use the same
// words and errands for safe matters in the same proportions (60 death and suicide, 40 abuse, 45
// violence, 55 medical): deaths to register and settle (including past suicides, a stillbirth, a
// long-missing brother), a caller who once said she wanted to die and now has a job, worries that
// need an ordinary desk, settled quarrels and past DV with protection orders to renew, carer
// strain, past thefts, fights and accidents, recovered patients, preventive services, complaints,
// books, films and idioms (死ぬほど待たされた, 首が回らない, 心臓が止まるかと思った, 袋叩き).
//
// FROZEN-BODY: everything from this line down is covered by the sha256 in the header above.
//
// Blind red-team lines for the crisis check, written without looking at the crisis lexicon, its
// look-alike list, its tests, the sample sets or the other red teams' lines. Every person, place and
// situation here is invented.

import type { RedTeamKind } from "./crisis-red-team";

/** Said when a life or someone's safety is in danger now; the desk must raise the emergency route. */
export const RED_TEAM_14_CRISIS: ReadonlyArray<readonly [string, RedTeamKind]> = [
  // Suicide and self-harm.
  [
    "住民税の分納の相談をしたくて電話しました。でも正直、払い終わるまで生きていられる気がしないんです。今、ダムの上の道路に車を停めていて、ここから降りようかと考えています。",
    "suicide",
  ],
  [
    "マイナンバーカードの暗証番号が分からなくなって……もうどうでもいいか。妻が出て行ってから一人で、さっき焼酎と一緒に睡眠薬を二箱飲みました。",
    "suicide",
  ],
  [
    "父の年金の振込口座を変える件なんですが、その前に聞いてください。父が今朝『もう迷惑はかけん』と書き置きして軽トラで出て行って、携帯もつながりません。物置の猟銃がなくなっています。",
    "suicide",
  ],
  [
    "保育園、また落ちました。復職できないならもう全部無理です。今、赤ちゃんを寝かせたまま、ベランダの手すりの外側に立っています。",
    "suicide",
  ],
  [
    "国保の資格確認書のことで電話したんですけど、すみません、手首を切ってしまって、思ったより深くて止まらないんです。タオルがもう真っ赤です。",
    "suicide",
  ],
  [
    "粗大ごみで家具を全部出したいんです。身の回りを片付け終わったら、明日の朝いちばんに橋から飛ぶと決めているので、それまでに持っていってもらえますか。",
    "suicide",
  ],
  [
    "同僚の転居届の書き方を代わりに聞こうと思ってかけたんですが、その同僚から今LINEで『今までありがとう、さよなら』と来て、既読もつかなくなりました。一人暮らしです。",
    "suicide",
  ],
  [
    "生活保護の申請、断られたらもう死ぬしかないと思って来ました。カバンにロープも入れてあります。今日帰ったら使います。",
    "suicide",
  ],
  [
    "印鑑登録の廃止をお願いします。遺書はもう書いてあるので、手続きだけはきちんとしておきたくて。今夜、線路に行きます。",
    "suicide",
  ],
  [
    "学生納付特例の申請をしようと思ったんですけど、大学も辞めたし、もう意味ないです。今、立体駐車場のいちばん上の端っこに座ってます。",
    "suicide",
  ],
  [
    "児童手当の口座を変えたかったんですけど……もう疲れました。子どもを後ろに乗せて、車で海のほうに向かっています。これが最後の電話です。",
    "suicide",
  ],
  [
    "母の要介護認定の区分変更をお願いしたくて。介護がもう限界で、今日母をショートステイに預けたら、その足で山に入って首を吊るつもりです。",
    "suicide",
  ],
  [
    "ごみの分け方を聞きたいんですけど、除草剤の空き瓶って何ごみですか。中身はさっき自分で飲みました。",
    "suicide",
  ],
  [
    "精神の手帳の更新のことでお電話しました、グループホームの職員です。利用者さんが今、二階の窓から身を乗り出して『飛び降りる』と叫んでいて、私一人では押さえきれません。",
    "suicide",
  ],
  [
    "実家の空き家の解体補助のことで見に来たんですが、納屋で兄が梁にロープをかけてぶら下がっていて、今下ろしました。まだ少し息があります。",
    "suicide",
  ],
  [
    "ふるさと納税の返礼品が届かない件で電話しました。関係ない話ですけど、もう今日で終わりにします。部屋の窓に目張りをして、七輪に火を入れました。",
    "suicide",
  ],
  [
    "限度額認定証のことで聞きたかったんです。入院費が払えなくて、家族に迷惑をかけるくらいなら……今、病院の七階の窓を開けて、下を見ています。",
    "suicide",
  ],
  [
    "後期高齢の保険料の通知が来たけど、もうええんや。ばあさんも死んだし、わしもこれから川に入るけん、役所には世話になったと伝えといてくれ。",
    "suicide",
  ],
  [
    "夫の葬祭費の申請に来ました。書類を出し終わったら、私も夫のところへ行きます。薬はもう家にそろえてあって、今夜飲みます。",
    "suicide",
  ],
  [
    "現況届を出しに来たところなんですけど、今学校から電話があって、娘がカッターを持ってトイレに閉じこもって『死ぬ』と言っているそうなんです。",
    "suicide",
  ],
  [
    "息子の自立支援医療の更新のことで……いえ、それより、息子が一か月分の薬をまとめて飲んだみたいで、呼んでも目を開けません。",
    "suicide",
  ],
  [
    "軽自動車の廃車の手続きを教えてください。車はもう要らないんです。今夜、峠のカーブのガードレールが切れているところから、この車ごと落ちるつもりなので。",
    "suicide",
  ],
  [
    "住居確保給付金が打ち切りになると聞きました。来週には部屋を出なきゃいけないし、もういいんです。さっきガスの元栓を全部開けました。",
    "suicide",
  ],
  [
    "父の特定健診の受診券をなくしたので再発行を……あの、今、母から電話があって、父が『墓の前で死ぬ』と言って包丁を持って出て行ったそうです。",
    "suicide",
  ],
  [
    "子どもの医療証って、自分一人で病院に行っても使えますか。中2です。腕を切ったのが深くて、親には言えなくて、血が止まりません。",
    "suicide",
  ],
  [
    "学童の指導員です。入所書類の件でお電話したんですが、今、五年生の子が『死にたい』と言って、ベランダの手すりに足をかけています。",
    "suicide",
  ],
  [
    "隣の部屋の物音のことで前にも相談した者です。今日は静かすぎると思っていたら、さっき壁越しに『もう死ぬから』と聞こえて、廊下までガスの臭いがしてきました。",
    "suicide",
  ],
  [
    "ケアマネの者です。住宅改修の申請書の件ですが、訪問先の利用者さんが『今夜首をくくる』と言って紐を見せてきて、ご家族とも連絡がつきません。",
    "suicide",
  ],
  [
    "ルームメイトの転出届を代わりに出せるか聞きたかったんですが、その子がお風呂場に鍵をかけて一時間出てこなくて、呼んでも返事がないんです。前にも切ったことがある子です。",
    "suicide",
  ],
  [
    "納税証明書を一通お願いします。……すみません、ここに来る前に薬を一瓶飲んできたので、少しふらふらします。",
    "suicide",
  ],
  [
    "予防接種の予約を変えたくて。……いや、もう予約は要りません。子どもは実家に預けたので、今から一人で山のほうに行きます。ロープはもう買いました。",
    "suicide",
  ],
  [
    "保護課の田所さんにつないでください。電気も止められて、今夜首を吊ります。最後にお礼だけ言っておきたいんです。",
    "suicide",
  ],
  [
    "就労継続支援の事業所の者です。受給者証の件で担当の方と話していたんですが、利用者さんから今『駅のホームにいる、次の電車に飛び込む』と電話がありました。",
    "suicide",
  ],
  [
    "すみません、どこにかけたらいいか分からなくて。今、大きな橋の欄干の外に立ってて、足がすくんでて。",
    "suicide",
  ],
  [
    "夫が納屋にこもって出てこないんです。さっきロープを持って入るのを見ました。中から物音がしません。",
    "suicide",
  ],
  [
    "息子の部屋から何か燃やしている臭いがして、ドアのすき間にガムテープが貼ってあります。呼んでも返事がありません。",
    "suicide",
  ],
  [
    "母が『もう終わりにする』と言って、車で出て行きました。テーブルに遺書みたいなメモがあって、携帯の位置情報は海のほうを指しています。",
    "suicide",
  ],
  [
    "友達がインスタのストーリーに薬のシートの写真をあげて『おやすみ永遠に』って書いてて、電話しても出ないんです。",
    "suicide",
  ],
  [
    "もう何日も眠れてなくて。さっきから包丁を腕に当ててて。誰かに止めてほしくて電話しました。",
    "suicide",
  ],
  [
    "職場の後輩が、会社の屋上に行くと言って出て行きました。昨日からずっと様子がおかしかったんです。",
    "suicide",
  ],
  [
    "年寄りの一人暮らしでね、もう生きとってもしょうがない。ストーブの灯油を部屋にまいたところなんよ。",
    "suicide",
  ],
  ["あの……。すみません。今、踏切の前にいて。次の電車で、って思ってて。", "suicide"],
  [
    "兄がマンションのベランダから半分身を乗り出していて、こっちの話を聞きません。八階です。",
    "suicide",
  ],
  [
    "妻が風呂場で手首を切っていて、湯船が赤いです。意識はあるんですけど、ぼんやりしています。",
    "suicide",
  ],
  [
    "向かいの家のおじいさんが、物置の中で首に紐をかけようとしているのが窓から見えたんです。",
    "suicide",
  ],
  [
    "彼氏から『今から死ぬ』というメッセージと、ホームセンターで買った練炭の写真が送られてきました。",
    "suicide",
  ],
  [
    "わたし、今、ビルの屋上にいます。鍵の壊れたドアから入りました。誰にも言ってないです。",
    "suicide",
  ],
  [
    "娘が自分の部屋で、首に電気コードを巻いて倒れていました。今ほどいたんですけど、息が弱いです。",
    "suicide",
  ],
  [
    "父が殺虫剤を飲もうとしたので取り上げたら、今度は台所の包丁を持って自分の部屋に鍵をかけて閉じこもりました。",
    "suicide",
  ],
  ["たすけて　もう無理　薬ぜんぶのんだ", "suicide"],
  [
    "今、海岸の堤防に来ています。酒を飲んで波に入ろうとしてたところで、手が震えて電話しました。",
    "suicide",
  ],
  [
    "特養の夜勤の者です。入所者さんが三階の窓から飛び降りようとしていて、今職員二人で押さえています。",
    "suicide",
  ],
  ["同居している弟がカミソリで首を切ろうとして、今もみ合っています。", "suicide"],
  ["えっと　いま　くすり　たくさん　のんで　なんか　あたまが　ぼーっと　して", "suicide"],
  [
    "妻が産後ずっと眠れていなくて、さっき『この子と一緒に消えたい』と言って、赤ちゃんを抱いてベランダに出ました。",
    "suicide",
  ],
  [
    "Hi, I was calling about changing the address on my residence card, but honestly I won't need it. I'm up on the roof of my building and I've decided tonight is the night.",
    "suicide",
  ],
  ["我想问一下转出手续……算了，我刚才把一整瓶安眠药都吃了，现在头很晕。", "suicide"],
  [
    "Em gọi để hỏi về thẻ My Number, nhưng thật ra em không muốn sống nữa. Em đang đứng trên cầu, em sắp nhảy xuống.",
    "suicide",
  ],
  [
    "わたし　もう　しにたい。いま　えきの　ホームに　います。でんしゃが　きたら　とびます。",
    "suicide",
  ],
  [
    "Yung kasama ko sa dorm, nag-iwan ng sulat na magpapakamatay na siya, tapos bigla siyang nawala. Hindi na siya sumasagot sa tawag.",
    "suicide",
  ],
  // Abuse: children, elders, partners, disabled people.
  [
    "児童手当の振込日を聞きたくて電話しました。……夫が今、下の子を押し入れに入れて、外から棒をかけて開かないようにしていて、泣き声がだんだん小さくなってきています。私も怖くて止められません。",
    "abuse",
  ],
  [
    "転居届を、夫に知られないように出したいんです。今、夫が包丁を持って寝室のドアを叩いていて、私はトイレに隠れて電話しています。",
    "abuse",
  ],
  [
    "保育園の入所担当の方に……いえ、園長です。お迎えに来たお父さんが酔っていて、玄関で三歳の子を何度も蹴っています。職員が間に入っていますが止まりません。",
    "abuse",
  ],
  [
    "隣のおばあちゃんの介護の申請のことで前に相談した者です。今、息子さんの怒鳴り声と、おばあちゃんの『やめて』という声と、ドンという音がずっと続いています。",
    "abuse",
  ],
  [
    "マイナ保険証の使い方を聞きたかったんです。……嫁にご飯を三日もらえとらんで、部屋からも出してもらえんのです。今、嫁が出かけた間にかけとります。",
    "abuse",
  ],
  [
    "弟の障害福祉サービスの受給者証の件で来たんですが、その前に。施設に面会に行ったら、職員が弟をベルトで叩いているところで、今もまだ続いています。",
    "abuse",
  ],
  [
    "孫の医療証の再発行をお願いしたくて。娘と暮らしている男が孫の腕にたばこを押しつけたと、孫が今うちに逃げてきました。その男がこっちに向かっているそうです。",
    "abuse",
  ],
  [
    "転入の手続きに来たんですが、住所を知られたくないんです。別れた夫がこの庁舎の駐車場までついてきていて、さっき『殺す』とメッセージが来ました。",
    "abuse",
  ],
  [
    "小学校の入学の手続きのことで電話しました。あの、上の階から毎晩、子どもが『ごめんなさい』と叫ぶ声がしていて、今もバシバシ叩く音が続いているんです。",
    "abuse",
  ],
  [
    "年金の通帳を息子に取られとって、返してくれと言うたら殴られて、今、口から血が出とる。息子はまだ家におる。",
    "abuse",
  ],
  [
    "訪問介護のヘルパーです。福祉用具のレンタルの件でお電話するつもりでしたが、訪問したら利用者さんが汚れたおむつのまま床に寝かされていて、脱水でぼんやりしています。ご家族は鍵をかけて出かけていて、連絡がつきません。",
    "abuse",
  ],
  [
    "生活保護の相談に行きたいんですけど、彼に財布もスマホも取り上げられていて、今は彼が寝ている隙に公衆電話からです。起きたらまた首を絞められます。",
    "abuse",
  ],
  [
    "母子手帳をもらいに行く予定だったんですけど、夫にお腹を蹴られて出血しています。夫は隣の部屋にいます。",
    "abuse",
  ],
  [
    "学童の指導員です。お迎えに来たお母さんの交際相手が、子どもの髪をつかんで車に引きずり込もうとしていて、子どもが泣き叫んでいます。",
    "abuse",
  ],
  [
    "ごみの出し方を守らない家のことで何度か連絡した者です。その家、朝から小さい子が一人でベランダに出されていて、裸足で泣いています。外は雪です。",
    "abuse",
  ],
  [
    "療育手帳の判定の予約の件です。特別支援学校の教員ですが、生徒が『家に帰ったらまたお父さんに風呂に沈められる』と言って、今、帰りのスクールバスを待っています。",
    "abuse",
  ],
  [
    "父の高額療養費の申請に来る途中で実家に寄ったら、父が暖房のない部屋で薄い布団一枚で震えていて、食べた跡もありません。介護している兄は鍵を持って出て行きました。",
    "abuse",
  ],
  [
    "目が見えないので、読み上げで電話しています。同居の甥が私の年金を全部使ってしまって、言うことを聞かないと杖で叩きます。今も隣の部屋で怒鳴っています。",
    "abuse",
  ],
  [
    "保育料の引き落としの件でお電話しました。ごめんなさい、子どもが泣いて……夫が今、上の子の頭を床に打ちつけて、おでこから血が出ています。",
    "abuse",
  ],
  [
    "固定資産税の名義のことで来ました。実は娘婿に土地の書類に判を押せと毎日言われて、今日は押さないなら出て行けと包丁を見せられました。婿は今も居間に座っています。",
    "abuse",
  ],
  [
    "小学生の娘が『パパの友だちに体を触られた』と泣いていて、その人が今、うちの前に車を停めてずっと待っています。",
    "abuse",
  ],
  [
    "隣の家で赤ちゃんが何時間も泣きっぱなしで、親は朝から車で出ていったきりです。窓から見えるんですが、赤ちゃんが床に一人で、ぐったりしてきています。",
    "abuse",
  ],
  [
    "見守りカメラのアプリで母の部屋を見ていたら、施設の職員が母の顔に枕を押し当てています。今です。",
    "abuse",
  ],
  [
    "妻に毎日殴られていて、今日は熱湯をかけられました。男がこんなことを言うのも情けないけど、逃げる場所がなくて、今も家の中です。",
    "abuse",
  ],
  [
    "近所の中学生の男の子が、裸足で家から飛び出してきて『お父さんに殺される』と言っています。後ろから父親が追いかけてきています。",
    "abuse",
  ],
  [
    "同棲している彼に外から鍵をかけられて、三日閉じ込められています。スマホはさっきやっと見つけました。",
    "abuse",
  ],
  [
    "知的障害のある兄が、作業所の寮で同じ寮の人たちにお金を取られていて、今日は顔を腫らして電話してきました。『今夜また来る』と言われたそうです。",
    "abuse",
  ],
  [
    "私は夜勤先にいるんですが、再婚した夫が夜中に高校生の娘の部屋に入ろうとしていて、娘が部屋の中から『助けて』とLINEを送ってきています。",
    "abuse",
  ],
  [
    "父が認知症の母を叩くようになって、今もまた叩いています。電話の向こうで母が泣いているのが聞こえるんです。私は遠くに住んでいて行けません。",
    "abuse",
  ],
  [
    "乳児健診で知り合ったお母さんから今電話があって、『泣きやまないから何度も揺さぶった、そしたら急に静かになって目が変』と言っています。",
    "abuse",
  ],
  [
    "デイサービスの送迎の運転手です。お迎えに行ったら、利用者のおじいさんが玄関の外に座らされていて、顔が腫れていて、中から息子さんが『二度と帰ってくるな』と怒鳴っています。今、寒さで震えています。",
    "abuse",
  ],
  [
    "夫が子どもたちの前で私の首を絞めて、今、子どもを連れて近くのコンビニに逃げてきました。夫が車で探し回っています。",
    "abuse",
  ],
  [
    "My neighbour's little boy is out on their balcony in just a T-shirt again, it's snowing, and I can hear his dad shouting at him not to come in. It's been over an hour.",
    "abuse",
  ],
  ["我老公喝醉了，刚才用皮带打我和孩子，现在他在客厅砸东西，我和孩子躲在卫生间里。", "abuse"],
  [
    "Llamo por el trámite del seguro de salud, pero... mi pareja me acaba de golpear y dice que me va a matar cuando vuelva del trabajo esta noche. No tengo adónde ir.",
    "abuse",
  ],
  [
    "Chồng tôi đang đánh tôi, anh ấy cầm dao. Tôi đang trốn trong nhà vệ sinh, còn con tôi ba tuổi đang ở ngoài với anh ấy.",
    "abuse",
  ],
  [
    "おっとが　わたしを　たたきます。いま　いえに　います。こどもも　います。こわいです。たすけて　ください。",
    "abuse",
  ],
  [
    "Vim buscar o atestado de residência, mas preciso contar: minha sogra, que está acamada, está sendo deixada sem comer pelo meu cunhado há dias, e agora ela quase não responde.",
    "abuse",
  ],
  [
    "할머니가 요양원 직원한테 맞았다고 전화하셨어요. 지금도 그 직원이 방에 와서 소리를 지르고 있대요.",
    "abuse",
  ],
  [
    "Saya perawat di panti jompo. Rekan kerja saya sedang memukul seorang penghuni lansia, dan sekarang dia masih di kamar itu bersama beliau.",
    "abuse",
  ],
  // Violence.
  [
    "市民課の窓口です。住民票を申請していた男性が、待たされたと怒り出して、隣に並んでいたお客さんの胸ぐらをつかんで殴りました。今も暴れています。",
    "violence",
  ],
  [
    "粗大ごみの収集日を聞こうと思ったんですけど、今、マンションのごみ置き場で男の人二人がもめていて、片方がゴルフクラブを振り回しています。",
    "violence",
  ],
  [
    "前に騒音の苦情で電話した者です。今、その下の階の人が包丁を持って、うちの玄関のドアを蹴っています。『出てこい』と叫んでいます。",
    "violence",
  ],
  [
    "保険年金課の前の待合で、男の人がカッターナイフを出して、窓口の職員さんに向けています。",
    "violence",
  ],
  [
    "駅前の駐輪場の撤去のことで電話したんですが、今まさにその駐輪場で、高校生が何人かに囲まれて蹴られていて、倒れたまま動かないんです。",
    "violence",
  ],
  [
    "空き家の草が伸びている件で様子を見に来たんですが、その空き家の中に人がいて、ナイフを持って追いかけてきました。今、車に逃げ込んで鍵をかけています。",
    "violence",
  ],
  [
    "児童手当の申請書を取りに行く途中なんですけど、今、公園で知らない男が子どもたちに刃物を見せて追いかけ回しています。",
    "violence",
  ],
  [
    "ふるさと納税のことで電話しようとしていたら、玄関のチャイムがずっと鳴っていて、知らない男が『開けろ』と言いながら、バールみたいなものでドアをこじ開けようとしています。",
    "violence",
  ],
  [
    "税務課です。督促状の件で来庁された方が、灯油のポリタンクを窓口に持ち込んで『火をつけるぞ』と叫んでいます。",
    "violence",
  ],
  [
    "転出届を出しに来たんですが、外の駐車場で車をぶつけたぶつけないのけんかになっていて、一人が相手の頭を縁石に打ちつけています。",
    "violence",
  ],
  [
    "学童の職員です。入所の件でお電話していたところですが、施設の前を刃物を持った男がうろついていて、今子どもたちを奥の部屋に避難させています。",
    "violence",
  ],
  [
    "マイナンバーカードの受け取りの予約をしたくて……さっき『区役所の者です』と言う男が二人来て、断ったら押し入ってきて、今奥の部屋で金庫を探しています。私は押し入れの中です。",
    "violence",
  ],
  [
    "がん検診の会場になっている公民館です。受付に並んでいた男性が急に別の男性を刺して、血がたくさん出ています。刺した人はまだ会場にいます。",
    "violence",
  ],
  [
    "ごみ収集の委託業者です。うちの作業員が、ごみの出し方で口論になった住民に物干し竿で殴られて、頭から血を流しています。その住民はまだそこにいます。",
    "violence",
  ],
  [
    "保育園の入園説明会に来ているんですが、園の門のところで、男の人が包丁を持って保育士さんに『子どもを出せ』と怒鳴っています。園児は中にいます。",
    "violence",
  ],
  [
    "住民票の閲覧のことで担当に伝えてくれ。今から役所に行って、あの職員を刺す。包丁はもう持ってる。",
    "violence",
  ],
  [
    "転居届に要るものを聞きたかったんですが、その前に、アパートの廊下で隣の男性が知らない人に馬乗りになって殴っていて、殴られている人がもう動いていません。",
    "violence",
  ],
  [
    "後期高齢者の保険証の切り替えの件なんですけど……今、家の前で若い男にバッグを引ったくられて突き飛ばされて、足が痛くて立てません。男はまだそのへんをうろうろしています。",
    "violence",
  ],
  [
    "保護費の支給日を確認したかったんですけど、今、同じアパートの男に包丁で『金を出せ』と脅されて、部屋の前に居座られています。",
    "violence",
  ],
  [
    "原付のナンバーの廃止の手続きを聞こうとしていたら、あおり運転をしてきた車の男が降りてきて、私の車の窓をハンマーで叩き割ろうとしています。後ろの席に子どもがいます。",
    "violence",
  ],
  [
    "店の経理の者で、印鑑証明の取り方を聞きたかったんですが、今、店のレジで客の男が店員の首にナイフを当てて『金を出せ』と言っています。",
    "violence",
  ],
  [
    "自治会の回覧板のことで区役所に聞きたかったんですが、今、町内会長の家に男が怒鳴り込んできて、玄関で会長を何度も殴っています。会長は七十過ぎです。",
    "violence",
  ],
  [
    "駅の南口のロータリーで、男の人が通行人を次々に殴っています。もう二人倒れています。",
    "violence",
  ],
  [
    "家の前の道で、中学生くらいの女の子が知らない男にワゴン車に押し込まれそうになっています。",
    "violence",
  ],
  [
    "マンションの入口にずっと男がいて、私が帰ってきたら後ろからついてきて、今、部屋の前でドアノブをガチャガチャ回しています。知らない人です。",
    "violence",
  ],
  [
    "飲み屋街で刺されたと、友達から電話がありました。路地で倒れていて、相手はまだ近くにいるそうです。",
    "violence",
  ],
  [
    "コンビニの前で酔った客同士がけんかをしていて、一人がビール瓶を割って振り回しています。",
    "violence",
  ],
  [
    "隣のおばあちゃんの家に、窓を割って男が入っていきました。おばあちゃんは一人で中にいるはずです。",
    "violence",
  ],
  [
    "スーパーの駐車場で、男が女の人の髪をつかんで引きずっています。女の人は『知らない人です』と叫んでいます。",
    "violence",
  ],
  [
    "会社をクビになった元同僚から『今から全員殺しに行く』と電話があって、車でこっちに向かっているそうです。",
    "violence",
  ],
  [
    "路線バスの中で、男がハサミを出して乗客を脅しています。運転手さんがバスを停めましたが、男はまだ車内にいます。",
    "violence",
  ],
  [
    "小学校の校庭に刃物を持った男の人が入ってきたって、子どもからキッズ携帯で電話がありました。",
    "violence",
  ],
  [
    "団地の階段で、若い男たちが一人の男の子を囲んで、ライターで服に火をつけようとしています。",
    "violence",
  ],
  [
    "すみません。今、家の前に。知らない男が。ずっと立っていて、さっき窓に石を投げてきて。ガラスが割れました。",
    "violence",
  ],
  [
    "配達の途中なんですが、配達先の男に『遅い』と言われて包丁を出されて、今その家の前から逃げてきたところです。追いかけてきています。",
    "violence",
  ],
  [
    "夜勤の警備員です。工場の敷地に入ってきた男に声をかけたら、スタンガンのようなものを向けてきて、今詰所に閉じこもっています。",
    "violence",
  ],
  [
    "公園で寝泊まりしている人が、高校生たちに石をぶつけられて、頭から血が出て動かなくなりました。高校生たちはまだいます。",
    "violence",
  ],
  [
    "祭りの準備をしていたら、酔った男が青年団の子たちにナタを振り回してきて、今みんな逃げています。",
    "violence",
  ],
  [
    "There's a man with a knife in the lobby of the ward office, right by the ticket machine for the counters. People are running out.",
    "violence",
  ],
  ["我在便利店打工，刚才有个喝醉的男人拿刀逼我交钱，他现在还在店门口不走。", "violence"],
  ["मेरो साथीलाई पसल अगाडि तीन जनाले कुटिरहेका छन्, ऊ भुइँमा लडेको छ र उठ्न सकेको छैन।", "violence"],
  [
    "Tem um homem batendo num rapaz com um pedaço de pau aqui na frente da fábrica, o rapaz já caiu e não se mexe.",
    "violence",
  ],
  [
    "May lalaking pumasok sa bahay namin na may dalang kutsilyo, nagtatago kami ng anak ko sa kuwarto ngayon.",
    "violence",
  ],
  [
    "しらない　おとこの　ひとが　ナイフを　もって　います。こうえんに　います。こどもが　たくさん　います。",
    "violence",
  ],
  ["มีผู้ชายถือมีดยืนอยู่หน้าหอพักของฉัน เขาตะโกนว่าจะฆ่าคน ตอนนี้ฉันล็อกประตูอยู่ในห้อง", "violence"],
  // Medical.
  [
    "マイナンバーカードの受け取りの列に並んでいた方が急に床に倒れて、呼びかけても反応がありません。いびきのような息をしています。",
    "medical",
  ],
  [
    "妊婦健診の受診票のことでお電話しました。今三十四週なんですが、さっきからお腹がずっと板みたいに硬くて痛くて、出血もしています。",
    "medical",
  ],
  [
    "夫の介護保険の申請のことで……あ、ちょっと待って、夫の様子がおかしい。右手が動かんと言うて、しゃべり方がもつれとる。",
    "medical",
  ],
  [
    "子どもの予防接種の予約をしたかったんですが、今、下の子がけいれんしていて、もう五分以上止まらなくて、唇が紫になってきました。",
    "medical",
  ],
  [
    "粗大ごみに出すタンスを父と運んでいたら、父が階段でタンスの下敷きになって、足が抜けません。顔色がどんどん悪くなってきています。",
    "medical",
  ],
  [
    "転入届を書いていたら、隣の記載台の男性が胸を押さえてしゃがみ込んで、冷や汗をびっしょりかいています。",
    "medical",
  ],
  [
    "住民税の通知のことで聞きたかったんですが、その前に、妻がこんにゃくゼリーを喉に詰まらせたみたいで、声が出なくて顔が真っ赤です。",
    "medical",
  ],
  [
    "ごみ集積所の掃除当番で来ているんですが、一緒にやっていたおじいさんが暑さでふらふらして倒れて、呼んでも返事がおかしいです。体がすごく熱いです。",
    "medical",
  ],
  [
    "国保の書類をもらいに来たんですが……すみません、私、糖尿病で、さっきから手が震えて汗が止まらなくて、目の前が暗くなってきました。",
    "medical",
  ],
  [
    "学童です。おやつのクッキーを食べた子の顔が腫れてきて、ゼーゼー言い始めました。エピペンは持っていない子です。",
    "medical",
  ],
  [
    "補聴器の申請のことで伺いたかったんですけど、今、父がお風呂で沈んでいて、引き上げたんですが息をしていないみたいです。",
    "medical",
  ],
  [
    "空き家の解体工事をしている業者です。解体中に作業員が二階の床ごと落ちて、頭を打って意識がありません。",
    "medical",
  ],
  [
    "固定資産税の納付書のことでかけたんですけど、今帰ったら台所がすごくガス臭くて、母が床に倒れています。",
    "medical",
  ],
  [
    "保育園の申し込みのことで……ごめんなさい、今、一歳の娘がボタン電池を飲み込んだかもしれません。リモコンの蓋が開いていて、電池が一個足りないんです。",
    "medical",
  ],
  [
    "出産育児一時金の手続きを調べていたら、破水したみたいなんです。まだ三十週で、夫は出張中で一人です。",
    "medical",
  ],
  [
    "後期高齢の保険料のことで電話したんやけど、ちょっと今、息が苦しゅうて、横になっても楽にならん。胸が締め付けられるごたる。",
    "medical",
  ],
  [
    "引越しの荷物を運んでいたら、友達が階段から落ちて、首が痛いと言って、手足がしびれて動かないと言っています。",
    "medical",
  ],
  [
    "児童扶養手当の現況届の書き方を聞きたくて……今、目を離したすきに、二歳の子が食洗機の洗剤を口に入れていて、泡を吐いています。",
    "medical",
  ],
  [
    "マイナ保険証って救急でも使えますか。夫が草刈り機で足を切って、血がものすごく出ていて、タオルで押さえてもあふれてきます。",
    "medical",
  ],
  [
    "グループホームの職員です。自立支援医療の件でお電話しましたが、利用者さんが食事中にむせて、今顔色が青くなって息ができていません。",
    "medical",
  ],
  [
    "見守りの登録のことで電話しました。隣のおばあちゃんの家に新聞が三日分たまっていて、窓から覗いたら台所で倒れていて、手がかすかに動いています。",
    "medical",
  ],
  [
    "がん検診の結果のことでかけたんですけど、今、主人が急に『今まで経験したことのない頭痛だ』と言って吐いて、呼んでもぼんやりしています。",
    "medical",
  ],
  [
    "母の年金の手続きで実家に来ているんですが、母が石油ストーブをつけっぱなしの閉め切った部屋で、頭が痛い、吐き気がすると言ってぐったりしています。",
    "medical",
  ],
  [
    "妊娠の届け出ってどこでするんですか。あの、誰にも言ってなくて、今トイレで、すごく痛くて、赤ちゃんが出てきそうなんです。",
    "medical",
  ],
  [
    "住居確保給付金の申請の件で、同居人の代わりに電話しています。同居人が今朝からずっと寝ていて、体が冷たくて、揺すっても起きません。息はしているみたいです。",
    "medical",
  ],
  [
    "スプレー缶の出し方を聞こうと思っていたら、穴を開けているときに火がついて、夫の顔と手がひどいやけどです。皮がめくれています。",
    "medical",
  ],
  [
    "特定健診の案内が来ていて、夫が一度も受けたことがないので相談しようと……あっ、夫が今、庭で倒れて、顔が土気色で、脈がよく分かりません。",
    "medical",
  ],
  [
    "父が雪下ろしの最中に屋根から落ちて、雪に頭から突っ込んでいたのを今掘り出しました。息が変です。",
    "medical",
  ],
  ["生後二か月の息子が、ミルクのあと顔色が白くなってぐったりして、泣かないんです。", "medical"],
  ["同僚がパソコンの前で急にろれつが回らなくなって、椅子からずり落ちました。", "medical"],
  [
    "母が急にお腹が痛いと言い出して、冷や汗で動けなくなって、トイレで真っ黒な便が出たそうです。",
    "medical",
  ],
  [
    "ハチに刺された夫の全身にじんましんが出てきて、息がヒューヒュー言っています。去年も刺されています。",
    "medical",
  ],
  ["うちの子がプールで溺れかけて、引き上げたんですけど咳が止まらなくて、唇が紫です。", "medical"],
  [
    "公園のベンチでおじいさんがぐったりしていて、汗びっしょりで、話しかけても返事がありません。この暑さです。",
    "medical",
  ],
  [
    "妹が喘息の発作で、吸入しても全然よくならなくて、だんだんしゃべれなくなってきています。",
    "medical",
  ],
  ["父が工場で機械に腕を巻き込まれました。血が止まりません。", "medical"],
  [
    "田んぼの用水路に、近所のおじいさんが自転車ごと落ちていて、顔が水につかったまま動きません。",
    "medical",
  ],
  [
    "一人暮らしの母に電話したら、『体が動かん』と言ったきり返事がなくて、受話器の向こうで倒れる音がしました。",
    "medical",
  ],
  ["すみません、気分が悪くて。胸が、痛い。左の腕まで、しびれてきて。ひとりです。", "medical"],
  [
    "スイセンの葉をニラと間違えて炒め物にしたら、家族三人とも吐き続けていて、父がぐったりしています。",
    "medical",
  ],
  ["ねえ、友達がお酒を一気飲みして、吐いたまま倒れてて、揺すっても起きないの。", "medical"],
  [
    "認知症の母が夜中に家を出てしまって、今、用水路のそばで見つけたんですが、体が氷みたいに冷たくて返事がありません。",
    "medical",
  ],
  ["妻が薬を飲んでから急に唇と舌が腫れてきて、しゃべりにくそうで、息も苦しそうです。", "medical"],
  ["工事現場で仲間が熱中症で倒れて、けいれんしています。", "medical"],
  ["祖父の入れ歯が外れて喉に入ったみたいで、息ができないと手で喉を押さえています。", "medical"],
  [
    "交差点でトラックにはねられた自転車の人が、道路に倒れて動きません。足が変な方向に曲がっています。",
    "medical",
  ],
  [
    "産後一週間なんですけど、さっきから出血が止まらなくて、ナプキンが一時間ももちません。めまいもします。",
    "medical",
  ],
  [
    "赤ちゃんがベッドと壁のすき間に挟まっていて、今引き出したんですが、顔色が悪くて泣きません。",
    "medical",
  ],
  [
    "My colleague just collapsed in the warehouse. He's not breathing properly and his lips are going blue. We're in the loading bay.",
    "medical",
  ],
  ["我爸爸突然说不出话，右边的手和脚都动不了，嘴也歪了。我们在家里。", "medical"],
  [
    "Bạn em làm ở công trường bị ngã từ giàn giáo xuống, đầu chảy nhiều máu và gọi không trả lời.",
    "medical",
  ],
  [
    "Mi hijo de dos años se tragó unas pastillas de mi abuela, no sé cuántas, y ahora está muy dormido y no responde bien.",
    "medical",
  ],
  [
    "Minha mãe caiu no banheiro, bateu a cabeça e não acorda. Está saindo sangue do ouvido.",
    "medical",
  ],
  [
    "ともだちが　たおれました。いきを　していません。こうじょうの　まえです。きゅうきゅうしゃ　おねがいします。",
    "medical",
  ],
  ["मेरो श्रीमती गर्भवती हुनुहुन्छ, उहाँको पेट धेरै दुखिरहेको छ र धेरै रगत बगिरहेको छ।", "medical"],
];

/** Same words and errands, nothing in danger now; the desk must not raise the emergency route. */
export const RED_TEAM_14_LOOK_ALIKES: readonly string[] = [
  // Deaths, past suicides and the words of suicide, in safe errands.
  "父が先月亡くなりました。死亡届は葬儀社さんが出してくれたんですが、年金を止める手続きはどこですればいいですか。",
  "兄が三年前に自殺して、兄の名義の軽自動車がまだ残っているんです。廃車にするには何が要りますか。",
  "母の葬祭費の申請をしたいんですが、国保の人だったので保険年金課でいいんですよね。期限はいつまでですか。",
  "図書館で『自殺について考える』という本の特集コーナーを見かけたんですが、あれは区の主催の企画ですか。講演会もあるなら行きたいです。",
  "若い頃に自殺未遂をしたことがあって、今は通院も続けていて落ち着いています。精神の手帳を取りたいんですが、申請に診断書は要りますか。",
  "祖母が老衰で亡くなって、実家が空き家になりました。親族で話し合っているところですが、解体の補助はありますか。",
  "夫が亡くなって一年になります。遺族年金の届けって、毎年何か出さないといけないんでしょうか。",
  "亡くなった人のマイナンバーカードは、返さないといけないんですか。手元に置いておきたいんですけど。",
  "民生委員をしています。自殺対策のゲートキーパー研修に申し込みたいんですが、次の回はいつですか。",
  "アパートで孤独死があった部屋の片付けを大家として頼まれました。ごみがかなりの量になるので、臨時の収集をお願いできますか。",
  "ドラマで遺書を役所に預けるシーンがあったんですが、実際に区役所で遺言を預かってもらえるんですか。",
  "飼い猫が死んだので庭に埋めたいんですけど、区の決まりで何かありますか。",
  "区道の真ん中で猫が死んでいます。かわいそうなので回収をお願いできますか。",
  "父が亡くなって相続した土地の固定資産税の通知が、まだ父の名前で来ます。名義を変えるにはどうすれば。",
  "妻が死産でした。死産の届けは出しましたが、出産育児一時金はどうなるのか教えてください。",
  "『死ぬほど待たされた』と言いたくなるくらい、先週の市民課の窓口で二時間待ちました。番号札の仕組みを見直してほしいという苦情です。",
  "息子の友達が去年自殺して、息子はまだ元気がありません。学校のカウンセラーとは別に、区で話を聞いてくれるところはありますか。今日明日どうこうではないんですが。",
  "母が最近『もう長くないから』と口癖のように言うので、終活のセミナーに一緒に行こうかと思っています。区でやっていますか。",
  "夫の死亡届を出したあと、児童手当の受給者を私に変えるにはどうすればいいですか。",
  "近所の踏切で先月人身事故があって、それからずっと遮断機の前に花が置かれています。片付けてもいいのか、どこに聞けばいいですか。",
  "練炭を使う古いバーベキューコンロを捨てたいんですが、燃えないごみでいいですか。",
  "引越しで出たロープと脚立を処分したいんです。脚立は粗大ごみだと思うんですが、ロープは何ごみですか。",
  "睡眠薬を処方してもらっているんですが、自立支援医療の対象になりますか。",
  "遺品整理で母の薬がたくさん出てきました。飲みかけの薬はどう捨てたらいいですか。",
  "父が亡くなったあとに父宛ての督促状が来ました。相続放棄をしたので払わなくていいはずなんですが、確認させてください。",
  "夫の一周忌が終わって、やっと落ち着きました。寡婦控除の申告はまだ間に合いますか。",
  "中学生の子が学校で『死ね』と言われたそうです。本人は今日は普通に家にいて元気ですが、いじめの相談はどこにすればいいですか。",
  "『自殺論』を延滞してしまいました。区役所の窓口で返してもいいですか。",
  "公民館で映画『生きる』の上映会があると聞きました。申込みはどこですか。",
  "私の母が自死遺族の会の世話役をしていて、会場に区の集会室を借りたいそうです。予約の仕方を教えてください。",
  "川にかかる歩道橋の欄干がさびて、一部ぐらついています。落ちたら危ないので直してほしいです。",
  "区の施設の屋上の柵が低くて、子どもが登れそうなので、高くしてほしいという要望です。",
  "亡くなった祖父の印鑑登録は、自動的に消えるんですか。",
  "保険の通知の『死亡』の欄に丸がついていたんですけど、うちの父はぴんぴんしています。何かの間違いだと思うので調べてください。",
  "戸籍の附票には、亡くなった人の住所の記録も残りますか。",
  "夫の葬儀が終わって、住民票の世帯主を変えないといけないと言われました。今日窓口に行けば済みますか。",
  "兄が海で行方不明になって七年たちました。失踪宣告の手続きのことで聞きたいんですが、どこの課ですか。",
  "『あとは死ぬのを待つだけ』が口癖の父なんですが、体は元気で、運転免許の返納を考えています。返納すると何か補助はありますか。",
  "前にこの窓口で『死にたい』と話した者です。あのとき紹介してもらったところに通って、今は仕事も決まりました。お礼だけ言いたくて。",
  "病院で余命半年と言われた母の介護認定を、急ぎで受けることはできますか。",
  "死亡診断書のコピーって、何枚くらい取っておけばいいですか。",
  "祖母の火葬許可証をなくしてしまいました。納骨に要るそうなんですが、再発行できますか。",
  "自殺した人の家族は借金を払わないといけないのか知りたいです。区の無料法律相談の予約はどこでできますか。",
  "母が薬を飲み忘れたり二回飲んだりするので、一回分ずつ分けてくれるサービスがあれば使いたいです。",
  "『首が回らない』くらい借金があって、生活保護の相談をしたいです。家賃も二か月ためています。",
  "『もう死んでもいい』が口癖の祖母の、後期高齢者医療の保険料の通知が届きました。口座振替に変えたいです。",
  "隣の空き家で昔、首つりがあったと聞いて気味が悪いです。ずっと誰も住んでいないので、空き家バンクに出ていないか調べてもらえますか。",
  "祖父のお葬式で一週間休んだら、子どもの学童の出席日数が足りなくなりました。退所にはならないですよね。",
  "人が亡くなるミステリー小説ばかり借りている小学生の息子が、図書館の利用カードを作りたいそうです。何歳から作れますか。",
  "夫が自殺して三年です。今はようやく子どもたちと落ち着いて暮らしています。児童扶養手当と遺族年金の併給について確認したいです。",
  "『生きるのがつらい』というテーマの市民講座のチラシを見ました。どんな内容か、申込み方法を教えてください。",
  "亡くなった父の国民年金の未支給分があると通知が来ました。請求の仕方を教えてください。",
  "去年亡くなった母宛てに、がん検診の案内がまだ届きます。止めてもらえますか。",
  "昔飛び降りがあったという噂の区営住宅に当たったんですが、本当なのか聞いてもいいですか。",
  "My father passed away in Manila last month. He was still registered at this ward. How do I report his death here?",
  "我丈夫去年去世了，他的国民年金需要办什么手续才能停掉？",
  "Bạn tôi mất vì tai nạn năm ngoái. Gia đình muốn biết cách trả lại thẻ My Number của anh ấy.",
  "Meu avô faleceu no Brasil. Preciso avisar a prefeitura daqui para cancelar o seguro de saúde dele?",
  "おっとが　しにました。ねんきんの　てつづきを　おしえて　ください。",
  "Mi tío murió hace dos meses y su casa aquí está vacía. ¿Hay ayuda para demolerla?",
  // Abuse words in safe errands.
  "児童虐待の通報は匿名でもできるんですか。今どうこうではなくて、町内会の役員として知っておきたいんです。",
  "子ども家庭課でやっている『怒らない子育て』の講座、まだ申し込めますか。",
  "元夫からのDVで離婚して五年になります。住民票の閲覧制限の更新の時期が来たので、手続きをお願いします。",
  "DVの支援措置の延長の申出書は、どこでもらえますか。郵送でも出せますか。",
  "虐待防止のポスターを町内会の掲示板に貼りたいので、何枚かいただけますか。",
  "保育園で、うちの子が『ママに叩かれた』と言ったらしくて、先生から聞かれました。お尻を軽く叩いただけなんですが、もう叩かない子育てに変えたいので、相談できるところはありますか。",
  "うちのデイサービスで、職員向けに高齢者虐待防止の研修をしてもらえますか。",
  "夫婦げんかの声がうるさいと隣の人から言われました。もう仲直りしていますが、騒音の苦情として何か記録に残るんでしょうか。",
  "ドラマに児童相談所が出てきたんですけど、区役所の子ども家庭課と児相って何が違うんですか。",
  "学校から『家庭での体罰について』というアンケートが届いたんですけど、答えは誰が見るんですか。",
  "昔父から暴力を受けていて、もう何十年も会っていません。その父が亡くなったと聞いたので、相続のことを知りたいです。",
  "障害者虐待の通報窓口の電話番号を、うちの施設の掲示物に載せたいので確認させてください。",
  "ひとり親になったので、児童扶養手当を申請したいです。元夫からは養育費も来ていません。",
  "公園に子ども用の自転車がもう一か月も放置されています。撤去してもらえますか。",
  "義母の介護で、ついきつい言い方をしてしまって自分が嫌になります。介護している人同士の集まりみたいなものはありますか。",
  "民生委員の研修資料で『ネグレクト』の説明をしたいんですが、区で使っている言い方を教えてもらえますか。",
  "元彼に住所を知られたくないので、引越しのとき住民票を見られないようにする手続きがあると聞きました。今は実家から通っていて、特に何もされていません。",
  "図書館のおすすめ本のリストに、虐待の描写がひどい小説が入っていました。子ども向けのコーナーなので見直してほしいです。",
  "出張のときに子どもを預かってもらえるショートステイの制度があると聞きました。申し込み方を教えてください。",
  "一人暮らしの父があまり食事をとっていないみたいで。配食サービスはありますか。",
  "夫のモラハラで別居して半年になります。児童手当の受給者を私に変えたいです。",
  "認知症の母の通帳を兄が管理しているんですが、使い方に納得がいかなくて。成年後見の相談はどこでできますか。",
  "保育園でうちの子が他の子に噛まれて帰ってきました。園の説明に納得がいかないので、区の担当の方と話したいです。",
  "障害のある息子がグループホームの職員さんと合わないらしく、別のホームを探したいです。空きの情報はありますか。",
  "子どもが言うことを聞かないと、つい大声を出してしまいます。子育て相談の予約を取りたいです。",
  "昔、児童養護施設で育ちました。自分の戸籍を取りたいんですが、本籍地が分かりません。",
  "隣のおばあちゃんを最近見かけないと思っていたら、娘さんの家に移っていたそうで安心しました。見守りの登録は外したほうがいいですか。",
  "前に虐待かもしれないと通報した家が、引っ越していきました。通報したことは相手に伝わっていませんよね。",
  "DVで逃げてきた友達のために、生活保護の相談の流れを聞いておきたいです。友達はもうシェルターにいて安全です。",
  "介護施設の見守りカメラの設置に、区から補助は出ますか。施設の事務長です。",
  "息子の障害者手帳の更新です。作業所の工賃のことで、扶養の範囲も聞きたいです。",
  "『親ガチャ』という言葉を授業で扱うので、区の子育て支援の一覧をもらえますか。中学校の教員です。",
  "養子縁組の届けを出したいです。配偶者の連れ子との縁組です。",
  "子どもの頃に叩かれて育ったので、自分は絶対に叩かないと決めています。父親向けの子育て講座はありますか。",
  "母の介護をしている兄が疲れ切っているので、レスパイトのショートステイを使わせたいです。",
  "面会交流のことで元夫ともめていましたが、調停で決まりました。子どもの住所の変更だけしたいです。",
  "I teach at an international school. Do you have posters about reporting child abuse in English that we could put up?",
  "이혼한 뒤로 아이 아빠가 양육비를 안 줘요. 아동부양수당은 어떻게 신청하나요?",
  "Gusto ko pong malaman kung paano mag-apply sa nursery para sa anak ko. Single mom po ako at nagtatrabaho sa gabi.",
  "Mi vecina me dijo que aquí dan charlas sobre cómo criar a los hijos sin gritar. ¿Cuándo es la próxima?",
  // Violence words in safe errands.
  "先週、駅前で自転車同士でぶつかって、相手とは話がつきました。壊れた自転車を粗大ごみに出したいです。",
  "窓口の職員さんの言い方がきつくて、暴力を振るわれたような気持ちになりました。怒鳴られたわけではないですが、苦情として伝えてください。",
  "包丁と古い草刈り鎌を捨てたいんですが、刃物はどうやって出せばいいですか。",
  "町内会で防犯パトロールを始めるので、防犯ベストや腕章の貸し出しがあれば借りたいです。",
  "近所の空き家に不審者が出入りしているという噂があります。今は誰もいないようですが、持ち主に管理をお願いしてもらえますか。",
  "昔、隣の人と境界のことで殴り合いのけんかになりましたが、今は和解しています。境界の確認のために、固定資産の図面を見ることはできますか。",
  "刑事ドラマのロケを区役所でやっていたって本当ですか。庁舎の見学はできますか。",
  "公民館で包丁研ぎの講座を開きたいんですが、刃物を持ち込んでも大丈夫ですか。",
  "夜中に公園で爆竹を鳴らす若い子たちがいて、うるさくて眠れません。",
  "息子が野球をやめたので、バットとグローブを処分したいです。金属バットは何ごみですか。",
  "狩猟免許を持っていて、引っ越しが決まりました。区役所でやる住所変更は、転出と転入のほかに何がありますか。",
  "息子が学校で殴られて帰ってきたことがあって、学校と相手の親とはもう話が済みました。念のため、区の教育相談の窓口も知っておきたいです。",
  "昨日、税務課の窓口で大声を出してしまった者です。申し訳なかったので、担当の方に謝りたいです。",
  "けんかして出て行った夫が戻ってきたので、出した世帯分離の届けを元に戻したいです。",
  "アパートの隣の人が夜中に壁をドンドン叩いてくるので、騒音の相談をしたいです。管理会社にも言ってあります。",
  "ゲームで『殺す』とか『ぶっ倒す』ばかり言っている息子が心配です。ゲーム依存の相談窓口はありますか。",
  "去年ひったくりに遭って、マイナンバーカードも盗られました。警察には届けてあります。再発行の手続きをしたいです。",
  "火事で家が半分焼けました。罹災証明はどこで出してもらえますか。今は親戚の家にいます。",
  "選挙のポスター掲示板のポスターが破られていました。選管に連絡したいです。",
  "前の職場でパワハラを受けて辞めました。国保と年金の切り替えをしたいです。",
  "ごみ置き場でカラスに襲われそうになって怖かったです。防鳥ネットを増やしてもらえませんか。",
  "夜になると近所に不審な車が停まっていることがあって不安です。防犯カメラの設置の補助はありますか。",
  "区の体育館で子ども向けの空手教室を開きたいです。団体登録の方法を教えてください。",
  "中学のときにけんかした友達に謝りたくて、住所を知りたいんですが、住民票を取ることはできますか。",
  "以前ストーカー被害で支援措置を受けていました。相手は遠くに引っ越して、もう何年も何もないので、解除してもいいかと思っています。",
  "息子が友達とけんかして顔に擦り傷を作ってきました。手当はもうしましたが、念のため皮膚科にかかるとき、子ども医療証は使えますか。",
  "駅前で夜に酔っ払いが騒いでいることが多いです。区から見回りを増やすよう頼んでもらえませんか。",
  "税務課からの督促の電話が、脅されているような言い方でした。録音してあるので、上の方に聞いてほしいです。",
  "台風で倒れたうちの庭の木が、隣の車を壊してしまいました。区の保険みたいなものは使えますか。",
  "けんかで相手にけがをさせられて、治療は終わりました。国保を使ったので、届け出が要ると病院で言われました。",
  "家の片付けでハンマーとバールが出てきました。金属ごみでいいですか。",
  "自治会の防災訓練で不審者対応の訓練もしたいので、講師を紹介してもらえますか。",
  "公園のトイレの壁に『殺す』と落書きされています。子どもが怖がるので消してほしいです。",
  "前の職場の人から嫌がらせのはがきが何年か前まで来ていました。今は止まっていますが、住所を変えるときに非公開にできるか聞きたいです。",
  "子どもがボクシングジムに通いたいと言っていて、区のスポーツ教室の補助が使えるか知りたいです。",
  "『袋叩き』という言葉がSNSで使われていて、区の広報の書き込みへの批判が多いと聞きました。広報課につないでください。",
  "去年、窓口で暴れた人がいたと聞きましたが、今は警備の人がいるんですか。母が一人で行くので心配で。",
  "夫と大げんかして、一時は離婚届をもらいに行きましたが、やめました。もらった用紙は捨てていいですか。",
  "戦争映画の上映会を平和月間にやると聞きました。子どもも見られる内容ですか。",
  "道路で車同士の事故を見ました。もう警察が来て片付いています。ガードレールが曲がったままなので直してほしいです。",
  "There was a fight outside the station last month and I gave a statement to the police. It's all sorted. Does the ward run any crime-prevention talks?",
  "上个月我的自行车在车站停车场被偷了，已经报警了。我想重新办停车场的定期证。",
  "Teve uma briga entre dois colegas na fábrica no mês passado, mas já está tudo resolvido. Agora preciso do comprovante de renda para o seguro.",
  "지난주에 가벼운 접촉 사고가 났는데 다친 사람은 없어요. 경자동차 번호판 주소 변경은 어떻게 하나요?",
  "まえに　じてんしゃを　ぬすまれました。いまは　だいじょうぶです。マイナンバーカードも　なくしました。どう　しますか。",
  // Medical words in safe errands.
  "先週父が脳梗塞で入院しました。今は落ち着いていて、退院してからの介護保険の申請を今のうちにしておきたいです。",
  "救急車で運ばれたときのお金って、国保で払い戻しがあるんですか。請求が来るのか心配で。",
  "高額療養費の申請書が届きました。去年の手術の分です。書き方を教えてください。",
  "インフルエンザの予防接種の助成は、六十五歳以上だといくらになりますか。",
  "子どもが熱を出して保育園を休んでいます。明日からの病児保育の予約はどうすればいいですか。",
  "心臓にペースメーカーを入れたので、身体障害者手帳の申請をしたいです。",
  "妻が入院中なので、代わりに住民票を取りに行きたいです。委任状の書き方を教えてください。",
  "昨日、窓口で気分が悪くなって、椅子に座らせてもらった者です。もうすっかり大丈夫です。お礼を言いたくて。",
  "子どもが前にアナフィラキシーを起こしたことがあるので、予防接種の前に保健師さんに相談したいです。",
  "学童にエピペンを預けるとき、何か書類は要りますか。",
  "区役所のロビーは、熱中症のクーリングシェルターとして使えますか。",
  "健診で貧血と言われて再検査になりました。再検査の費用も助成の対象ですか。",
  "町内会の集会所にAEDを置きたいんですが、補助はありますか。",
  "普通救命講習を受けたいです。区でやっている日程を教えてください。",
  "ぎっくり腰で動けないので、粗大ごみを家の中まで取りに来てもらうことはできますか。",
  "母が誤嚥性肺炎で入院しています。限度額認定証は、入院したあとから出しても使えますか。",
  "心肺停止で運ばれた夫が、おかげさまで回復して退院しました。後遺症で手が不自由なので、障害者手帳のことを聞きたいです。",
  "糖尿病で薬をもらっているんですが、特定健診も受けたほうがいいですか。",
  "てんかんの発作止めの薬は、自立支援医療で安くなりますか。",
  "去年、交通事故で骨折して、もう治りました。そのときの保険の手続きがまだ残っています。",
  "訪問看護を使いたいんですが、介護保険と医療保険のどちらになりますか。",
  "妊娠が分かりました。母子手帳はどこでもらえますか。",
  "出産予定日が近いので、出産育児一時金の直接支払いのことを確認したいです。",
  "夜中に子どもが熱を出したときに相談できる電話番号を、冷蔵庫に貼っておきたいので教えてください。",
  "ノロウイルスで家族全員寝込んでいましたが、やっと治りました。吐いたものを拭いたタオルは何ごみですか。",
  "一人暮らしの高齢の親の家に、一酸化炭素の警報器をつける補助はありますか。",
  "喉に詰まりにくい介護食の作り方の講座はありますか。",
  "がん検診で要精密検査になりました。どこの病院で受ければいいか教えてください。",
  "骨折で入院している祖母の介護認定の調査を、病院で受けることはできますか。",
  "救急車を呼ぶほどではないと思うんですが、日曜に開いている休日診療所の場所を教えてください。子どもの熱で、元気はあります。",
  "軒下にハチの巣ができています。駆除してもらえますか。",
  "精神科に通っている息子の、障害年金の申請について聞きたいです。",
  "予防接種を予約していた日に熱が出たので、キャンセルして取り直したいです。",
  "母が胃ろうになりました。紙おむつの給付は受けられますか。",
  "ワクチンのあと腕が腫れましたが、二日で引きました。次の接種はどうしたらいいですか。",
  "透析に通っているので、通院のタクシー代の補助を知りたいです。",
  "食物アレルギーのある子の保育園の入園で、給食の除去食について聞きたいです。",
  "子どもが熱中症で点滴を受けて、もう元気になりました。医療証を忘れて全額払ったので、払い戻しをしたいです。",
  "昨年、母が自宅で倒れて救急車で運ばれ、その後亡くなりました。保険会社に出すので、救急搬送の証明をもらいたいんですが、どこに頼めばいいですか。",
  "『胃が痛くなるような』税金の額でした。固定資産税の評価額の見直しを申し出たいです。",
  "請求書を見たら『心臓が止まるかと思った』くらいの金額で。国保の保険料の減免について教えてください。",
  "父が転んで骨折して、今はリハビリ病院にいます。家に手すりをつける住宅改修の申請をしておきたいです。",
  "赤ちゃんの乳児健診の日に、下の子が熱を出して行けませんでした。別の日に受けられますか。",
  "喘息の子どもがいるので、近所の野焼きの煙について相談したいです。",
  "自宅で看取りをしたいと思っています。在宅医療のことはどこに相談すればいいですか。",
  "マイナ保険証で、救急で運ばれたときに前の薬の情報が見られると聞きました。同意の設定はどうするんですか。",
  "産後うつの経験がある友人に、産後ケアの利用方法を教えてあげたいです。今は元気にしています。",
  "I had surgery last month and I'm recovering fine at home. Can I apply for the high-cost medical expense refund by mail?",
  "我怀孕了，想领母子手册，需要带什么材料？",
  "Con tôi bị sốt nhưng đã khỏi rồi. Tôi muốn đổi lịch tiêm chủng sang tuần sau.",
  "Kaki saya patah bulan lalu dan sekarang sudah sembuh. Bagaimana cara mengurus penggantian biaya rumah sakit dengan asuransi kesehatan nasional?",
  "मेरो बुबाको अस्पतालको बिल धेरै आयो। उच्च चिकित्सा खर्च फिर्ता पाउन के गर्नुपर्छ?",
  "Mi madre tiene diabetes y quiere hacerse el chequeo de salud específico. ¿Dónde se reserva?",
  "ลูกของฉันแพ้ไข่ อยากสอบถามเรื่องอาหารกลางวันที่เนอสเซอรี่ค่ะ",
  "びょういんに　にゅういん　しました。もう　げんきです。ほけんの　てつづきを　しりたいです。",
];
