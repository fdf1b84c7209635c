/**
 * The crisis lexicon: how callers say that a life is in danger now. Written from domain
 * knowledge of Japanese (and English) crisis talk, never from a test set. Patterns are regex
 * sources in ordinary spelling; they are folded with `foldForMatch` when compiled, so katakana,
 * hiragana, width and long-vowel variants of the caller's words match the same pattern. Write
 * kanji-or-kana alternatives (死|し) where speech recognition may give either. Do not use
 * upper-case escapes (\S, \D): folding lower-cases the source. Look-alikes are blanked first
 * (`crisis-look-alikes.ts`). Every pattern also matches with spaces between its Japanese words
 * (`allowAsrSpaces`), as phone speech recognition writes them. A whole-text lookaround
 * (`(?=.*…)`, `(?<!…[^]*)`) comes after a bounded lookahead of the rule's own words, so it is read
 * only where they stand (twenty-ninth round: read at every position, one took minutes on 100 KB).
 */
import {
  allowAsrSpaces,
  CHILD,
  DISABLED,
  ELDER,
  HARM,
  HARM_ACTIVE,
  HARM_NOW,
  HOUSEHOLD,
  MONEY_TAKEN,
  NEGLECT,
  PARTNER_DOER,
  PERSON,
  SHUT_OUT,
  SPENT_AND_UNFED,
  STRANGER_DOER,
  VICTIM,
} from "./crisis-words";
import { CHILD_OF_FAMILY, PARENT } from "./crisis-family-harm";

export { CRISIS_NEGATIVE_CUES } from "./crisis-look-alikes";

/** Crisis kinds; the kind picks the numbers read out unless a rule carries its own. */
export type CrisisKind = "suicide" | "abuse" | "violence" | "medical";

export type CrisisContact = { readonly name: string; readonly number: string };

export type CrisisRuleSource = {
  readonly kind: CrisisKind;
  /** A department of the city's table that handles this (子ども家庭課 for child abuse). */
  readonly department?: string;
  /** Numbers read out instead of the kind's default. */
  readonly contacts?: readonly CrisisContact[];
  readonly patterns: readonly string[];
};

// Living, in kanji or (speech recognition) kana, with the endings callers use.
const LIVE = "(生|い)き(る|て(い)?る|ていく|てく|てい|とる|と|てた|てて)?";

// Where people go to end their life, with being there or going there (橋の上にいます, 海に入って).
const LETHAL_PLACE =
  "(海|うみ|川|湖|線路|せんろ|踏切|ふみきり|屋上|おくじょう|橋|崖|がけ|ダム|ホームの端)(の(上|うえ|中|なか|前|まえ|端|近く|ちかく|そば|方|ほう|真ん中|まんなか))?((に|へ|で|まで)(い(ま|る)|来(て|た|ま)|き(て|た|ま)|向か|入(っ|ろ|る)|はい(っ|ろ|る)|立(っ|つ)|歩い|あるい)|から(電話|でんわ|架電|かけて))";

// A child who tells it (わたし小3, ぼく中学生): what a child sees done at home is child abuse.
const CHILD_SPEAKER =
  "((ぼく|僕|おれ|俺|あたし|わたし|私|うち)(は)?\\s?[^。]{0,4}(小|中)\\s?[1-6一二三四五六]|小学|中学|しょうがく|ちゅうがく)";

// Korean 맞고 있다 is being hit, unless it is an injection, the rain or snow (주사를 맞고 있어요).
const KO_BEATEN = "(?<!(주사|비|눈|접종|링거|백신|침)(를|을)? ?)맞고 ?있";

// Other languages of foreign residents, by kind. Latin-script Nepali and Tagalog as typed.
const SUICIDE_WORLD = [
  // Chinese, Korean
  "想死|不想(再)?活|活不下去|自杀|轻生|跳楼|割腕|(吃了|吞了)(很多|好多|一堆|大量|一整瓶|整瓶|全部)|(一整瓶|整瓶|一瓶|很多|全部).{0,6}(安眠药|药|药片).{0,4}(都)?(吃|吞)了|죽고 ?싶|자살|살기 ?싫|살고 ?싶지 ?않|목을 ?매|뛰어내리|손목을 ?긋|약을 ?((다|전부|한꺼번에|잔뜩) ?먹(었|고)|많이 ?먹었)|약을 ?(한꺼번에|전부|다|잔뜩) ?(다 ?)?먹었|살 ?이유가 ?없|더 ?이상 ?살 ?(수|이유)",
  // Vietnamese ("mệt muốn chết", tired to death, is a look-alike)
  "muốn chết|tự tử|tự sát|không muốn sống|uống hết (cả )?(vỉ |lọ |hộp )?(thuốc)?|uống (rất )?nhiều thuốc|nhảy lầu|cắt (cổ )?tay",
  // Portuguese, Spanish
  // Twenty-first round (red team 18 read): not bearing to live any more (não aguento mais viver,
  // no aguanto más vivir).
  "quero morrer|(?<!(vai|v(ã|a)o|quer|querem|tentou|tentando|amea(ç|c)ou|amea(ç|c)ando|est(á|a)) )me matar|(vou|quero|vai) me enforcar|enforcar-me|(vai|vou|quer) se matar|mensaje de despedida|vou me (jogar|atirar) (da|de|do|na|no)|n(ã|a)o aguento mais.{0,40}(me jogar|morrer|acabar|viver)|no (aguanto|soporto) m(á|a)s.{0,20}(vivir|morir)|n(ã|a)o quero (mais )?viver|tomei (todos|muitos|v(á|a)rios) (os )?(rem(é|e)dios|comprimidos)|acabar com (a )?minha vida|quiero morir|(?<!(con|amenaz[a-záó]*|quiere|quiso|intent(ó|o)) )matarme|me quiero matar|quitarme la vida|no quiero (seguir )?vivir|tom(é|e) (todas|muchas) (las |mis )?pastillas",
  // Tagalog, Nepali
  "magpakamatay|magpapakamatay|nagpakamatay|gusto ko (na(ng)? )?mamatay|ayoko na(ng)? (po(ng)? )?mabuhay|nasa bubong (na )?(po )?ako|uminom ako ng (maraming|madaming|lahat ng) (gamot|tableta)|marna (chahanchhu|chahanchu|chahanthe|man lagyo|man lagchha|khojdai)|aa?tmahatya|jiuna man chhaina|dherai (aushadhi|ausadhi|okhati|medicine) (khaye|khaen|khayo|khaeko)|बाँच्न ?(चाहन्न|मन ?छैन)|मर्न ?(चाहन्छु|मन ?लाग्यो)|आत्महत्या|धेरै ?(औषधि|औषधी|ओखती) ?खा(इसकेँ|एँ|ए)",
  // Thirty-third round (red team 30 read): a poison for rats or weeds taken, or no wish to live
  // any more said of someone else (tomou veneno de rato, disse que não quer mais viver).
  "(tomou|bebeu|engoliu|tom(ó|o)|bebi(ó|o)|trag(ó|o)) (o |un |el )?(veneno|raticida|chumbinho|herbicida|pesticida|veneno de rato|matarratas)|n(ã|a)o quer mais viver|ya no quiere vivir",
  // English (red team 30 read): a rope tied to a thing one can hang from, with doing it now told
  // (a photo of a rope tied to the loft ladder and says he is doing it now); someone on the outside
  // of a footbridge's or a balcony's railing.
  "(rope|cord|noose|belt)[^.]{0,10}(tied|hung|fixed|attached|looped) (to|from|over|around) (the |a |his |her |my )?[^.]{0,12}(beam|rafter|banister|ladder|ceiling|hook|pipe|railing)[^.]{0,40}(doing it|do it now|going to do it|about to|goodbye)",
  "(sitting|standing|climbing|perched|crouching|hanging on) (on |onto |over )?(the )?(outside|other side|wrong side|ledge) of (the |a )?(footbridge|bridge|overpass|railing|rail|balcony|roof|fence|parapet)",
  // Thirty-fourth round (red team 31 read): a wrist cut with a blade named between in Chinese
  // (用刀片割了手腕; 割腕 alone was read); shut in a car with the engine running, the garage named
  // after, in Spanish (encerrarse en el coche con el motor encendido); hanging said of someone else
  // in Portuguese (vai se enforcar) or a cord tied to a thing one can hang from (amarrou uma corda no
  // ventilador); in English, a goodbye note left and a gun taken away (left a note … took his
  // hunting rifle into the woods).
  "(用|拿)[^，。,]{0,6}(刀片|刀|剃须刀|美工刀|剪刀|玻璃)[^，。,]{0,4}割(了|破|开)?[^，。,]{0,4}(手腕|腕|脖子)|割(了|破|开)(自己的)?(手腕|腕)",
  "encerr(ó|o|arse|ado|ada|ándose|andose)(se)? (en|dentro de) (el |su |un )?(coche|carro|auto)[^.]{0,30}motor (encendido|prendido|en marcha)",
  "(vai|quer|ia|tentou|tentando|est(á|a) tentando) se enforcar|amarrou (uma |a )?(corda|cinta|correia)[^.]{0,12}(no|na|ao|à) (ventilador|viga|teto|lustre|galho|(á|a)rvore|escada|grade|pesco(ç|c)o)",
  "(left|wrote|leaving) (a |us a |me a )?(note|letter)[^.]{0,40}(took|taking|grabbed|with) (his|her|their|the|a) ([a-z]+ ){0,2}(rifle|gun|shotgun|pistol|revolver)",
  // Thirty-fifth round (red team 32 read): all the pills taken or about to be, said of someone shut
  // in (Spanish: se encerró en el baño con las pastillas … se las va a tomar todas; English: I've
  // taken all my antidepressants, said of oneself and not as prescribed; said of someone else it
  // stays the medical rule's overdose); hanging oneself in Nepali (झुन्डिन खोज्दैछ)
  // and a rope hung from a fan in Indonesian (menggantung tali di kipas angin); a scarf or a rope
  // tied to something and put round one's neck in English.
  "se (las|los) (va|voy|vas|quiere) a tomar tod(a|o)s|(va|voy|quiere|amenaza con|vai|vou|quer|amea(ç|c)a) (a )?tomar(se)? (todas|todos) (las|los|sus|mis|os|as|seus|suas|meus|minhas) ?(pastillas|medicamentos|comprimidos|rem(é|e)dios|p(í|i)lulas)|encerr(ó|o|ada|ado)[^.]{0,30} con (las|los|unas|unos|sus|mis) (pastillas|medicamentos|comprimidos)",
  "(i'?ve|i have|i) (just )?(taken|took|swallowed|downed) (all|the whole (bottle|packet|box|strip) of|every one of) (of )?(my|the) ([a-z-]+ ){0,2}(pills|tablets|antidepressants|painkillers|medication|meds|paracetamol|insulin)(?![^.]{0,30}(as prescribed|for (the|to)day|this morning|on time|like the doctor))",
  "झु(ण्|न्)?डि(न|एर) ?(खोज|लाग|ला|चाह|तयार)|फाँसी ?(लगाउन|लाउन|खान)",
  "(menggantung|menggantungkan|mengikat|mengikatkan|memasang) (tali|kain|sarung|selendang|ikat pinggang)[^.]{0,30}(kipas|balok|plafon|langit-langit|kusen)(?![^.]{0,30}(ayunan|jemuran|lampu|tanaman))",
  "(tying|tied|ties|looping|looped|fastening|fastened|knotting|knotted) (a |the |her |his |my |their )?([a-z]+ )?(scarf|rope|cord|belt|cable|noose|tie|sheet|towel) (to|on|onto|around|round|from|over) (the |a |an )?[^.]{0,30}(railing|rail|beam|fan|hook|pipe|bar|banister|branch|door|bunk|bed|ladder|bridge|balcony)[^.]{0,60}(round|around) (her|his|their|my) (own )?neck",
  // Thirty-sixth round (red team 33 read): throwing oneself in front of a train or off a height,
  // said of someone else in Portuguese (vai se jogar na frente do trem; not into a pool) or Spanish;
  // a jump off a bridge or a building announced in Thai (ยืนอยู่บนสะพาน … บอกว่าจะกระโดดลงไป), or
  // suicide meant or tried; in English, a goodbye sent and a height or the tracks named after it.
  "(vai|vou|quer|ia|tentou|tentando|amea(ç|c)ou|amea(ç|c)a|disse que vai) (se |me )?(jogar|atirar)(-se)? (na frente|debaixo|embaixo|em baixo) d[oa]s? (trem|metr(ô|o)|(ô|o)nibus|carro|caminh(ã|a)o|carros)|((va|voy|vas) a|quiere|quer(í|i)a|intent(ó|o)|amenaz(ó|o|a) con) (tirarse|aventarse|lanzarse) (al|a las|a la|bajo el|delante del|frente al|del|de la|desde el|desde la) (tren|metro|v(í|i)as|puente|edificio|balc(ó|o)n|azotea)",
  "(สะพาน|ตึก|ดาดฟ้า|หลังคา|ระเบียง|หน้าต่าง|อาคาร)[^.]{0,40}(จะ|กำลังจะ|อยาก)(กระโดด|โดด)(ลง|ตึก|สะพาน|น้ำ|(?=$|[ .,!]))|(จะ|อยาก|พยายาม|กำลังจะ)ฆ่าตัวตาย",
  "(texted|sent|messaged|left|wrote|said) (me |us |her |him )?(a |her |his |their )?goodbye[^.]{0,80}(top (level|floor|deck|storey)|on the roof|rooftop|bridge|cliff|ledge|tracks|platform edge)",
  // Thirty-seventh round (red team 34 read): a charcoal briquette lit in a room shut or a car
  // (Korean 욕실 문을 잠그고 번개탄을 피우고; not for a barbecue);
  // someone else who wants to die or has swallowed all the pills (Spanish dice que quiere morir,
  // acaba de tragarse todas las pastillas); no wish to live said of someone else, or bleach drunk,
  // a wrist slashed, in Tagalog; someone on the outside of a bridge's railing (Spanish); hanging
  // now or a rope round the neck (Spanish se está ahorcando); shut in with a rope (Portuguese
  // trancado no quarto com uma corda); a call from a platform's edge or a roof to say sorry.
  "(문을 ?잠그|문을 ?잠갔|문 ?잠그고|욕실|화장실|방 ?안|방에서|차 ?안|차에서|창문을 ?막)[^.]{0,20}번개탄(을|를)? ?(피우|피웠|피워|피운|태우|태웠|붙)",
  "(?<!no )quiere morir(se)?(?! de)|(trag(ó|o|arse)|ha tragado|se ha tomado|se tom(ó|o)|tomarse) (todas|todos) (las|los|sus|mis) (pastillas|medicamentos|comprimidos)",
  "ayaw na (daw )?(niya|niyang|nyang|nya)(ng)? mabuhay|(umiinom|uminom|ininom|nilunok|iniinom) (siya |sya )?(ng )?(bleach|zonrox|lason|muriatic)",
  "(naglaslas|naglalaslas|maglalaslas|nilaslas) (siya |sya )?(ng |sa )?(pulso|kanyang pulso|braso)",
  "(puente|azotea|balc(ó|o)n|edificio|techo|terraza)[^.]{0,60}(al otro lado|por fuera|del lado de afuera) de (la |el )(baranda|barandilla|barandal|pretil|reja|valla|muro)",
  "se est(á|a) (ahorcando|colgando)|est(á|a) ahorc(á|a)ndose|(la |una )?(cuerda|soga) (al|alrededor del) cuello",
  "(trancad|fechad|encerrad)[oa]s? (no|na|en el|en la) [^.]{0,20}(com|con) (uma|a|una|la) (corda|soga)",
  "(rang|called|phoned|rung|texted|messaged) (me|us|her|him) from (the )?(platform edge|edge of the platform|top of [^.]{0,20}|roof|rooftop|bridge|cliff|ledge)[^.]{0,40}(sorry for everything|goodbye|say sorry)",
  // Thirty-eighth round (red team 35 read): cutting one's arms or wrists now, said of someone else
  // in Spanish (se está cortando los brazos); a bottle of weedkiller or rat poison drunk in
  // Vietnamese (uống cả chai thuốc diệt cỏ); a rope round the neck in Tagalog (may lubid sa leeg);
  // a wrist being slashed in Thai (กำลังกรีดข้อมือ); a rope ready and doing it now in Portuguese or
  // Spanish (estou com a corda pronta … vou fazer agora); charcoal burning in a car or a room shut
  // from inside, and a goodbye sent with a gun named, in English.
  "se est(á|a) cortando (los|sus|las) (brazos|muñecas|venas|piernas)|est(á|a) se cortando|est(á|a) cortando (os|seus) (bra(ç|c)os|pulsos)",
  "(uống (hết |cả )|(vừa|đã|đang) uống )(một )?((chai|lọ|bình|gói|can) )?(thuốc (diệt cỏ|trừ sâu|diệt chuột|chuột|sâu)|nước tẩy|thuốc tẩy)",
  "(may|nakatali ang|nakapulupot ang|tinali ang) (lubid|tali|kable|sinturon) (sa|ng) (kanyang |kaniyang |kaniya |kanya |ang )?leeg",
  "(กำลัง|จะ|เพิ่ง)(กรีด|เชือด|ตัด)(ข้อมือ|แขน)|(กรีด|เชือด)ข้อมือ(ตัวเอง)?อยู่",
  "(corda|forca|cuerda|soga) (j(á|a) )?(est(á|a) )?(pronta|preparada|lista|amarrada)[^.]{0,60}(vou fazer|fazer (isso )?agora|voy a hacerlo|lo voy a hacer|hacerlo ahora)",
  "(locked|shut|sealed) (himself|herself|themselves|myself) in[^.]{0,60}(charcoal|briquettes?|brazier|barbecue|bbq|grill)[^.]{0,20}(burning|lit|smouldering|smoldering)",
  "(texted|sent|messaged|left|wrote) (me |us |her |him )?(a |her |his |their )?goodbye( message| text| note| letter)?[^.]{0,40}(has|with|got|took|taking|holding) (a |his |her |the )?(shotgun|gun|rifle|pistol|hunting rifle)",
  // Thirty-ninth round (red team 36 read): a blade held against one's own wrist or throat
  // (English); a goodbye said from the middle of a road or the tracks, or from a railing with an
  // apology (English); someone up on a rail or a ledge who says they will jump (Portuguese,
  // Spanish); an arm cut with a razor now (Indonesian); pills swallowed by the handful on purpose
  // (Portuguese, Spanish); a belt or a rope tied to a pipe and round one's neck (Portuguese,
  // Spanish).
  "(has|holding|holds|is holding|pressing|pressed|presses) (a|the|his|her|their) (box ?cutter|knife|razor|blade|kitchen knife|scissors|shard of glass) (against|to|on) (his|her|their) (own )?(wrist|wrists|throat|neck|chest)",
  "(standing|walking|lying|sitting|waving) (in|on) the (middle of the )?([a-z]+ )?(road|motorway|highway|tracks|railway line|traffic|carriageway)[^.]{0,60}(goodbye|say sorry|sorry for everything)|(leaning|climbing|hanging) (out )?(over|off|outside) (the )?([a-z]+ ){0,3}(stairs|stairwell|railing|rail|balcony|ledge|parapet|roof)[^.]{0,90}(said sorry|saying sorry|said goodbye|saying goodbye|sorry to (me|us))",
  "(em cima d[aoe]|no alto d[aoe]|na beira d[aoe]|encima de|en el borde de|sobre la|sobre el)[^.]{0,40}(diz|disse|fala|falou|dice|dijo) que (vai|va a) (pular|se jogar|saltar|tirarse|se atirar)",
  "(sedang |lagi |terus )?(memotong|menyayat|mengiris|menggores) (lengan|pergelangan tangan|nadi|tangan)(nya)?( sendiri)? (dengan|pakai) (silet|pisau|cutter|kaca|gunting)",
  "(engoliu|tomou|bebeu|tom(ó|o)|trag(ó|o)) (um monte de|uma cartela (inteira )?de|un mont(ó|o)n de|una caja entera de) (comprimidos|rem(é|e)dios|p(í|i)lulas|pastillas|p(í|i)ldoras|calmantes)|(engoliu|tomou|tom(ó|o)|trag(ó|o)) (todos os|todas as|todas las|todos los) (comprimidos|rem(é|e)dios|p(í|i)lulas|pastillas|p(í|i)ldoras|calmantes) (do frasco|da cartela|da caixa|del frasco|de la caja|del bote|de golpe|de uma vez|de una vez)",
  "(amarrou|prendeu|atou|at(ó|o)|amarr(ó|o)) (um |uma |una |un |o |a |el |la )?(cinto|corda|len(ç|c)ol|cintur(ó|o)n|s(á|a)bana|cuerda|fio|cable)[^.]{0,50}(pesco(ç|c)o|cuello)",
  // Fortieth round (red team 37 read): a razor drawn across one's own arm now (Korean 면도칼로 자기
  // 팔을 긋고); sitting in a high window or up on a crane and saying one will jump (Spanish,
  // Portuguese); a plastic bag over the head (Thai, English); climbing a footbridge's fence with an
  // apology (English); a scarf round one's neck tied to a handle (Korean); a rope tied to the
  // ceiling and a chair climbed (Tagalog).
  "(면도칼|커터칼|칼|유리 ?조각)(로|으로) ?(자기|제|자신의|본인) ?(팔|손목|다리|허벅지)(을|를)? ?(계속 ?)?(긋|그어|베|자르)",
  "(sentad[oa]|parad[oa]|subid[oa]|se subi(ó|o)|subiu|sentou|est(á|a) sentad[oa]|est(á|a) de pie) (ahora |agora )?(en|a|na|no|em|sobre) (la |el |o |a )?(ventana|janela|gr(ú|u)a|guindaste|techo|tejado|telhado|azotea|cornisa|barandilla|baranda|parapeito)[^.]{0,40}(dice|dijo|grita|grit(ó|o)|diz|disse|gritou|fala) que (se )?(va a|vai) (se )?(tirar|saltar|pular|jogar|atirar|lanzar)",
  "(ถุงพลาสติก|ถุง)[^\\s.]{0,6}คลุม(หัว|ศีรษะ)|(put|pulled|tied|taped|has) (a |the )?plastic bag (over|on|around) (his|her|their|my) head",
  "(climbing|climbed|standing on|sitting on|over) (the |a )?(fence|railing|rail|barrier|parapet|ledge) (on|of|at) (the |a )?([a-z]+ ){0,2}(footbridge|bridge|overpass|roof|balcony|car park|platform)[^.]{0,90}(saying sorry|said sorry|sorry to (me|us)|saying goodbye|said goodbye|going to jump|will jump)",
  "목에 ?(스카프|줄|끈|밧줄|벨트|넥타이|전선|수건)(을|를)? ?(감|두르|걸)[^.]{0,30}(묶|매달|걸려|걸고)",
  "(nagtali|itinali|nagsabit|isinabit|ikinabit) (siya |na )?ng (lubid|tali|sinturon|kumot|kable)[^.]{0,30}(kisame|biga|poste|sanga)[^.]{0,60}(umakyat|tumayo|tumuntong|leeg)",
  // Forty-first round (red team 38 read): a box or a strip of pills or tens of painkillers taken
  // (Indonesian sudah minum satu kotak obat, Vietnamese uống mấy chục viên thuốc); someone on an
  // embankment, a roof, a car park's top floor or a cliff's edge who says they will jump, said of
  // someone else (English saying he will jump in, Portuguese dizendo que vai pular, Korean 뛰어내린
  // 다고, 떨어진다고 말하고, Thai กระโดดเอาหัวลง) or standing on a motorway to be hit (Indonesian
  // mau ditabrak truk); a goodbye sent with a photo of pills (English); a rope taken into a
  // garage with no strength to go on (Spanish); a tie or a rope tied above a door and no wish to
  // be a burden (Tagalog); insecticide drunk, or a wish to die told of someone else (Portuguese);
  // charcoal lit in a room with the door shut (Nepali).
  "(minum|meminum|menelan|menenggak) (satu |se)(kotak|botol|strip|papan|bungkus|lempeng) (obat|pil|tablet)|(minum|meminum|menelan) (semua|puluhan|banyak sekali) (obat|pil|tablet)",
  "uống (mấy|vài|hàng|cả) (chục|trăm|vỉ|lọ|hộp) (viên )?thuốc",
  "(standing|sitting|perched|waiting) (on|at|by) (the )?[^.]{0,40}(embankment|riverbank|bridge|roof|rooftop|ledge|cliff|pier|edge)[^.]{0,40}(saying|says|said|telling me|told me) (he|she|they)('ll| will| is going to|'s going to| are going to|'re going to) (jump|throw (himself|herself|themselves))",
  "(texted|sent|messaged)[^.]{0,40}(photo|picture|pic) of[^.]{0,30}(pills|tablets|medication)[^.]{0,60}goodbye",
  "(no|na) (último|ultimo) andar[^.]{0,60}(dizendo|diz|disse|falando|gritando) que vai (pular|se jogar|se atirar)|(en el|en la) (último|ultimo) piso[^.]{0,60}(diciendo|dice|dijo|gritando) que (va a|se va a) (saltar|tirar)",
  "(garaje|cochera|s(ó|o)tano|trastero|bosque|garagem|por(ã|a)o) con (una|la|un) (cuerda|soga|cable)[^.]{0,60}(ya no (aguanta|puede)|no aguanta m(á|a)s|no puede m(á|a)s|adi(ó|o)s)|(garagem|por(ã|a)o|mato) com (uma|a) corda[^.]{0,60}(n(ã|a)o aguenta mais|adeus)",
  "(절벽|옥상|난간|다리 ?위|비상계단|꼭대기|지붕)[^.]{0,30}(뛰어내린다|뛰어내리겠다|뛰어내릴 ?거라|떨어진다|떨어지겠다|떨어질 ?거라)고",
  "(จะ|กำลังจะ)(กระโดด|โดด)เอา(หัว|ศีรษะ)ลง",
  "(berdiri|duduk|berbaring|tiduran|jalan) di (tengah )?(jalan tol|jalan raya|rel( kereta)?)[^.]{0,40}(mau|ingin|akan|minta) (ditabrak|tertabrak|dilindas|mati)",
  "(nagtatali|nagtali|itinali|nagsasabit|nagsabit|isinabit) (siya )?ng (lubid|tali|kurbata|sinturon|kumot|kable)[^.]{0,30}(pinto|kisame|biga|sanga|bintana)[^.]{0,60}(ayaw na|pabigat|paalam|leeg|mamatay)",
  "(bebeu|tomou|engoliu|bebi(ó|o)|tom(ó|o)|trag(ó|o)) (o |el |un |um )?(inseticida|insecticida|(á|a)gua sanit(á|a)ria|soda c(á|a)ustica|lej(í|i)a)|(disse|diz|falou|dijo|dice) que (queria|quer|quería|quiere) morrer(?! de)",
  "कोइला ?(बालेर|बाल्यो|बालेको|बाली)[^।.]{0,30}(ढोका|झ्याल) ?(बन्द|थुन)",
  // Forty-second round (red team 39 read): a suicide note written and a rope taken out (Thai
  // เขียนจดหมายลาตาย … เชือก); someone on a car park's roof or a roof's edge who says they will
  // jump, said with "and" (Portuguese está no alto do estacionamento … e vai pular; Vietnamese đang
  // đứng trên mép sân thượng và muốn nhảy) or of oneself (Spanish estoy en el último piso … voy a
  // saltar); a whole bottle of pills taken (Spanish se tomó todo el frasco de pastillas); jumping into
  // a river to die, or a knife held to the wrist (Nepali); ducking under a level crossing's barrier
  // with a train coming (English); a cable round one's own neck tied to a rail (English); a pylon
  // climbed by someone who says they will let go (English).
  "จดหมายลาตาย[^\\s.]{0,30}(เชือก|ยา|หายไป|ออกไป|ไม่รับสาย)",
  "(no alto|no topo|na beira|no (ú|u)ltimo andar|no telhado|em cima)[^.]{0,60}(e|dizendo que|diz que|falando que) (vai|quer) (pular|se jogar|se atirar)|(estoy|estou) (en el|en la|no|na) (ú|u)ltimo (piso|andar)[^.]{0,50}(voy a|vou) (saltar|tirarme|pular|me jogar)",
  "(đứng|ngồi|trèo) (trên|lên) (mép |lan can |thành |nóc )?(sân thượng|mái nhà|cầu|tầng thượng|ban công|nóc nhà)[^.]{0,30}(muốn|định|sẽ|sắp|đòi) nhảy",
  "(se )?(tom(ó|o)|trag(ó|o)|tomou|engoliu) (todo el|toda la|todas las|todos los|o|a|um|una|un) ?(frasco|caja|bote|blíster|bl(í|i)ster|tira|vidro|caixa|cartela)( inteir[oa]| enter[oa])? de (pastillas|pastilla|pílulas|pilulas|comprimidos|medicinas|remédios|remedios)|(tom(ó|o)|trag(ó|o)|tomou|engoliu) (todas las|todos os) (pastillas|comprimidos|pílulas|pilulas|remédios)",
  "मर्न[^।.]{0,20}(हाम ?फाल|फाल्दै|झुण्डिन|विष)|(चक्कु|छुरा|ब्लेड|चुलेसी)[^।.]{0,20}(नाडी|घाँटी)मा (राखेर|राख्दै|लगाएर)",
  "(ducking|ducked|climbing|climbed|crawling|crawled|going|went|slipping|slipped) (under|over|through|past) the (level |railway |train )?crossing (barrier|barriers|gate|gates|arm)[^.]{0,60}(train|coming)",
  "(cable|cord|rope|belt|scarf|tie|sheet|charger)[^.]{0,10} (around|round) my neck[^.]{0,40}(tied|tying|hooked|attached|fastened) (it |the other end )?to",
  "(climbed|climbing|up|on top of) (the |a )?([a-z]+ ){0,2}(pylon|tower|crane|mast)[^.]{0,40}(says|said|saying) (he|she|they)('ll| will| is going to| are going to) (let go|jump)",
];

const VIOLENCE_WORLD = [
  // Chinese, Korean
  `家暴|掐(住)?我(的)?脖子|打我(?!电话|手机|的电话)|被打(?![扰折开印湿败断卡])|要杀我|杀了我|拿(着)?刀|砍人|跟踪我|救命(啊|呀|!)|救救我|때려|때리|${KO_BEATEN}|폭력|살려 ?주세요|죽이려|칼을 ?(들|휘두)|스토커|스토킹`,
  // Vietnamese
  "đánh tôi|đánh đập|bạo lực|bạo hành|bị đánh|cứu (tôi|với)|giết tôi|cầm dao|có dao|theo dõi tôi",
  // Portuguese, Spanish
  // Twenty-second round (red team 19 read): Portuguese someone beating or kicking another now
  // (um homem batendo numa mulher, continua chutando), not a door, a ball or a heart.
  "batendo (n(um|uma|o|a|ela|ele)|em (um|uma)) (?!(minha |sua |nossa )?(porta|janela|parede|mesa|port(ã|a)o))|(espancando|chutando|agredindo|esfaqueando) (outro|outra|algu(é|e)m)(?![a-z])|(espancando|chutando|agredindo|esfaqueando) (o|a|os|as|um|uma|ele|ela|meu|minha|seu|sua) (?!(bola|porta|janela|parede|lata|pedra|mesa|cadeira|carro|pneu)s?(?![a-z]))|(continua|continuam|est(á|a)|est(ã|a)o|t(á|a)) (espancando|chutando|agredindo)(?! (a |o |as |os |na |no )?(bola|porta|janela|parede|lata|pedra|mesa|cadeira|carro|pneu))|socorro|me bate|me bateu|(est(á|a)|t(á|a)) me (batendo|espancando|agredindo|amea(ç|c)ando)|viol(ê|e)ncia|quer me matar|vai me matar|me persegue|me pega|me golpea|me (est(á|a)|est(á|a)n) (pegando|golpeando|amenazando|siguiendo)|me quiere matar|me va a matar|amenaz(ó|o|a|ando|aba) con matar(me|nos|la|lo|te)?|amea(ç|c)(ou|a|ando) (de )?me matar|me (sigue|persigue|acosa)|cuchillo|navaja|pistola|(?<![a-z])faca(?![a-z])|(?<![a-z])arma(?![a-z])",
  // Tagalog, Nepali
  "sinasaktan|sinaktan|pinapalo|pinalo|binubugbog|binugbog|bugbog|sinampal|sinasampal|sinipa|sinisipa|sinuntok|sinusuntok|kutsilyo|tinutukan|saklolo|tulungan (ninyo|nyo|niyo|mo) (ako|kami)|papatayin|(?<![a-z])kut(iraheko|irahek|yo|era|chha|cha|chhan|dai|nuhuncha)(?![a-z])|कुटि?(रहेका|रहेको|दै|्दै|्छ|्छन्|्यो)|bachaunuhos|malai bachau|hinsa|malai (maryo|kutyo|hirkayo|pityo)|pitiraheko",
  // Thirty-third round (red team 30 read): several people kicking one now in Korean (발로 계속 차고
  // 있어요), not a ball.
  "(?<!공을 ?)(발로|주먹으로) ?(계속 ?)?(차고|밟고|때리고) ?있",
  // English (red team 30 read): someone dragged by the hair, a shooting now (not a film or a game of
  // hoops), a door broken through by someone coming in.
  "dragging (the |a |this |that )?(woman|man|girl|boy|lady|person|her|him)[^.]{0,20}by (her|his|the) hair",
  "(someone|somebody|a man|a guy|a person|men|he|they) (is |are |just |has |have )?(shooting|firing|opened fire|started shooting)(?! (a |the |some )?(film|video|movie|photo|picture|hoop|basket|scene|commercial|wedding|ad|pool|the breeze))|shots (fired|being fired)",
  "(broke|broken|breaking|smashed|smashing|kicked|kicking) (through|down|in|open) (my|the|our|her|his) (front |back )?(door|window)[^.]{0,40}(coming|inside|on the stairs|in the house|send|help)",
  // Thirty-fourth round (red team 31 read): in Korean, a woman forced into a car (여자를 차에 억지로
  // 끌고) and a man holding a knife (칼 든 남자); in Spanish, a beating given now (dando una paliza a
  // mi hermano).
  "(차|차량|트렁크)(에|로|안으로) ?(억지로|강제로) ?(끌고|태우|밀어 ?넣|집어 ?넣)|(억지로|강제로) ?(차|차량)(에|로) ?(끌고|태우|밀어 ?넣)",
  "칼 ?(을 ?)?(든|들고) ?(남자|여자|사람|놈|애)(?! ?(그림|사진|영화|게임|동상|캐릭터|역할))",
  "(?<!nos )(dando|dan|dieron|le dan|le están dando|están dando|está dando) una paliza(?![^.]{0,30}(partido|juego|f(ú|u)tbol|equipo|examen|torneo|cartas))|(dando|dan|deram|est(á|a)o dando) uma surra(?![^.]{0,30}(jogo|partida|futebol|time|prova))",
  // Thirty-fifth round (red team 32 read): a car driven into a crowd (English); someone attacking
  // others with a machete or a knife (Portuguese, Spanish), running amok with a machete
  // (Indonesian, mengamuk pakai golok); a knife held to someone's throat (Thai, เอามีดจ่อคอ).
  "(drove|driven|driving|drives|ploughed|plowed|ploughing|plowing|rammed|ramming|ran) (a |his |her |their |the |this )?(car|van|truck|lorry|vehicle|suv)? ?(straight |right )?into (the |a )?(crowd|people|pedestrians|shoppers|queue)",
  "(atacando|atacou|ataca|golpeando|golpeou|ferindo|feriu|correndo atr(á|a)s d[eoa]s?|atac(ó|o)|amenazando|hiriendo|persiguiendo)[^.]{0,30} (com|con) (um |uma |o |a |un |una |el |la )?(fac(ã|a)o|faca|machado|machete|foice|peixeira|cuchillo|navaja|hacha)(?![a-z])",
  "mengamuk[^.]{0,30}(pakai|dengan|membawa|bawa|bersenjata) (golok|pisau|parang|celurit|clurit|senjata tajam|sajam|kapak|samurai)|(membacok|menusuk|menikam|menyerang) [^.]{0,20}(dengan|pakai) (golok|pisau|parang|celurit|clurit)",
  "(มีด|ปืน)[^ ]{0,4}จ่อ(คอ|หัว|ท้อง|อก)",
  "(being |was |is |got )dragged (along |out |down )?[^.]{0,20}by (her|his|the|their) hair",
  // Thirty-sixth round (red team 33 read): a weapon swung at people (English: swinging a golf club at
  // people); someone stabbed or cut with a knife in Korean (칼로 사람을 찔렀어요); a neck strangled
  // with a belt or a cord in Chinese (用皮带勒我的脖子) or Korean (목을 조르고); a threat shouted to
  // kill everyone (Portuguese gritando que vai matar todo mundo, Spanish).
  "(swinging|swung|waving|brandishing) (a |an |his |her |their |the )?([a-z-]+ ){0,2}(golf club|bat|club|crowbar|hammer|axe|machete|knife|pipe|bottle|chain|sword|stick) at (people|passers-?by|someone|us|them|me|staff|customers|kids|children|shoppers|passengers)",
  "칼(로|을 ?들고) ?[^.]{0,10}(사람|남자|여자|아이|직원|손님|행인)(을|를|에게)? ?(찔렀|찌르|찔러|베었|베고|휘둘)|(사람|남자|여자|아이|직원|손님|행인)(을|를) ?칼로 ?(찔렀|찌르|찔러|베었)",
  "(勒|掐)(住|着)?(我|她|他|人|孩子)的?脖子|(用|拿)[^，。,]{0,4}(皮带|绳子|电线|围巾|毛巾)[^，。,]{0,4}勒|목을 ?(조르|졸라|졸리|졸려)(고|는|요|어요)",
  "(gritando|gritou|grita|dizendo|diz|amea(ç|c)ando) que vai matar (todo mundo|todos|geral|algu(é|e)m|as pessoas|a gente)|(gritando|grita|diciendo|dice|amenazando) que va a matar a (todos|todo el mundo|alguien|la gente)",
  // Thirty-seventh round (red team 34 read): an axe or a hammer held, a threat to kill them, an
  // arm cut with a knife (Chinese 拿着斧头…说要杀了他们, 用刀砍了我的手臂); someone strangled, held at
  // hammer point or stabbing people (Tagalog sinakal ako, may hawak na martilyo, nananaksak);
  // strangling someone (Indonesian mencekik teman saya); a brick brought down on someone (Korean
  // 벽돌로 내리치고); a head beaten on the floor (Portuguese batendo minha cabeça no chão); in
  // English, someone punching or kicking another now, and a liquid thrown in someone's face.
  "拿(着)?(斧头|斧子|锤子|榔头|铁棍|钢管|砍刀|菜刀|棍子)[^。]{0,12}(砸(?![^，。]{0,4}(核桃|钉子|墙|坚果))|砍|追|威胁|要杀|乱挥)|(说|喊|扬言)(要)?杀(了|死)?(他们|她们|他|她|你们|我们|全家|邻居)|(用|拿)[^，。]{0,4}(刀|斧头|菜刀|砍刀)[^，。]{0,4}砍|砍(了|伤)(我|她|他|人|孩子)",
  "(?<![a-z])(sinakal|sinasakal|nananakal|nanaksak|nananaksak|sinaksak|sinasaksak|pinagsasaksak)(?![a-z])|(may )?hawak (na|ng) (martilyo|itak|baril|patalim|bolo|gulok)",
  "mencekik (saya|aku|teman|istri|suami|pacar|orang|dia|ibu|ayah|adik|kakak|tetangga|seseorang|perempuan|wanita|laki-laki|pria)",
  "(사람|남자|여자|아이|행인|직원|손님|남편|아내|친구|동생|형|누나|언니|오빠|엄마|아빠|할머니|할아버지)(을|를|의 머리를) ?(벽돌|돌|망치|각목|몽둥이|쇠파이프|방망이|술병)(로|으로) ?(내리치|내려치|때리|찍)|(벽돌|돌|망치|각목|몽둥이|쇠파이프|방망이|술병)(로|으로) ?(사람|남자|여자|아이|행인|직원|손님|남편|아내|친구|동생)(을|를|의 머리를)? ?(내리치|내려치|때리|찍)",
  "(batendo|bate|bateu|batia) (com )?(minha cabe(ç|c)a|a cabe(ç|c)a (dela|dele)) (no|na|contra (o|a)) (ch(ã|a)o|parede|porta|mesa|pia)|golpeando (mi|su|la) cabeza contra (el|la) (suelo|piso|pared)",
  "(and|is|are|keeps|kept|'s|just|started|now) (punching|kicking|stamping on|beating up|strangling) (her|him|them|me|a (woman|man|girl|boy|kid|child|person)|the (driver|woman|man|girl|boy|cashier|guard|victim)|someone|somebody)(?! (in|at) (a|the) (game|match|video|film|ring))",
  "(threw|thrown|throwing|splashed|poured|sprayed) (some |a |the |an )?([a-z]+ )?(liquid|acid|chemical|bleach|something) (in|on|at|over|into) (her|his|their|my|a [a-z]+'s|the [a-z]+'s|someone's) face",
  // Thirty-eighth round (red team 35 read): someone being stabbed now (Spanish le están dando
  // puñaladas, Vietnamese đang đâm người); strangling the caller now (Portuguese está me
  // enforcando); petrol poured with a threat to set it alight (Korean 휘발유를 뿌리고…불을 붙이겠대요);
  // a threat with a knife now (Nepali चक्कुले धम्की दिइरहेको); someone beaten with a weapon
  // (English beating a man with a pipe).
  "(dando|dan|dio|dieron|d(á|a)) (de )?puñaladas|(dando|dão|deu|deram|d(á|a)) (v(á|a)rias )?facadas",
  "(đang|vừa|cầm dao) đâm (người|ai|chị|anh|cô|ông|bà|vợ|chồng|nhau|bạn)|bị đâm[^.]{0,12}(nằm|chảy máu|bất tỉnh|bất động)",
  "est(á|a) (me|a|o|nos) (enforcando|estrangulando)|me est(á|a) estrangulando",
  "(휘발유|기름|등유|석유|시너|신나)(를|을)? ?(뿌리|뿌렸|붓고|부었|붓고 ?있)[^.]{0,30}(불을 ?(붙이겠|지르겠|지른다|붙인다|내겠)|불 ?(지르겠|지른다|붙이겠))",
  "(चक्कु|छुरा|खुकुरी|हतियार|बन्दुक)(ले)? ?(धम्की|मार्छु|मार्ने)",
  "(is|are|keeps|'s|just|started|now) (beating|hitting|attacking|clubbing|bashing) (her|him|them|me|a (woman|man|girl|boy|kid|child|person)|the (driver|woman|man|girl|boy)|someone|somebody) with (a|an|the|his|her|their) (pipe|bat|baseball bat|stick|hammer|bar|crowbar|club|brick|bottle|chair|iron bar|golf club)",
  // Thirty-ninth round (red team 36 read): a head pressed against a stove or a wall now (Spanish,
  // Portuguese); someone chasing people with a broken bottle or a knife (Chinese 拿着碎玻璃瓶追着);
  // a liquid thrown in passers-by's faces (Tagalog nagbuhos … sa mukha); a nail gun or a gun fired
  // at people, a stabbing with a broken bottle (Thai); stamping on a head (English); a car driven
  // into a crowd on purpose (Indonesian, English).
  "(apretando|empujando|golpeando|presionando|pressionando|empurrando|apertando) (mi|su|la|minha|a|sua) (cabeza|cara|cabe(ç|c)a|rosto) (contra|en|na|no|sobre) (la |el |a |o )?(estufa|plancha|fog(ó|o)n|fog(ã|a)o|parede|pared|suelo|ch(ã|a)o|sart(é|e)n)",
  "拿着(刀|菜刀|碎玻璃|玻璃瓶|碎玻璃瓶|碎瓶子|破瓶子|酒瓶|棍子|铁棍|斧头)[^，。]{0,6}(追|砍|捅|打)",
  "(nagbuhos|binuhusan|nagsaboy|sinabuyan|nagbabato)[^.]{0,40}(sa|ng) mukha",
  "ยิง[^\\s.]{0,16}ใส่(เพื่อน|คน|ผู้)|(เอา|ใช้)(มีด|ขวดแตก|ขวด|ของมีคม|กรรไกร)แทง",
  "(stamping|stomping|jumping|kicking) on (his|her|their|the [a-z]+'s|someone's|a [a-z]+'s) (head|face|chest|neck)",
  "(menabrak(kan)?|menabrakan) (mobil|truk|motor)(nya)? ke (kerumunan|orang-orang|pejalan)|(drove|driving|rammed|ramming|ploughed|plowed) (his |her |their |a |the )?(car|van|truck|lorry) (into|through) (a |the )?(crowd|people|pedestrians)",
  // Fortieth round (red team 37 read): a head smashed against a door or a wall, hands round the
  // caller's throat (English); people attacked with a machete (Portuguese, Spanish); petrol poured
  // and a threat to set it alight (Chinese); a stabbing (Indonesian); a sickle or a knife swung at
  // someone (Thai); the caller strangled with a cable (Spanish, Portuguese).
  "(smashing|slamming|bashing) (a |the )?(woman|man|girl|boy|person|guy)'s (head|face)|(smashing|slamming|bashing) (her|his|their|someone's) (head|face) (against|into|on) (the |a |her |his |their )?([a-z]+ )?(door|wall|floor|ground|pavement|table|window|kerb|curb)",
  "(got|has|had|put|with|wrapped) (his|her|their) hands? (around|round) (my|her|his) (throat|neck)",
  "(com|con) (um|uma|un|una) (fac(ã|a)o|faca|machete|cuchillo|navaja|hacha|machado)[^.]{0,10} (atacando|golpeando|esfaqueando|apu(ñ|n)alando|ferindo|hiriendo|perseguindo|persiguiendo) (as |a |las |los |a las |a los |a la )?(pessoas|gente|personas)",
  "(汽油|煤油|柴油|酒精)[^，。]{0,10}(泼|浇|倒)[^。]{0,20}(点火|烧死|放火|点燃)",
  "(menusuk|menikam|membacok) ([a-z]+ ){0,2}(teman|orang|istri|suami|ibu|ayah|adik|kakak|anak|pacar|tetangga|saya)",
  "(เอา|ใช้)(มีดพร้า|มีด|เคียว|ขวาน|ดาบ|พร้า)ฟัน",
  // Forty-first round (red team 38 read): a machete or a knife held and a threat to kill someone
  // (Portuguese ameaçando matar ela); boys trying to hold another under water (Spanish intentando
  // hundir a otro); shooting at people (Tagalog namamaril); a face stabbed with a broken bottle
  // (Korean 깨진 유리병으로 … 찔렀어요); pushed down the stairs and kicked now (Thai).
  "(com|con) (um|uma|un|una) (fac(ã|a)o|faca|machete|cuchillo|navaja|machado|hacha|arma|pistola|rev(ó|o)lver)[^.]{0,30}(amea(ç|c)ando|amenazando) (de |con )?mat(ar|á-l[ao]|a-l[ao])",
  "(intentando|intenta|intentan|tratando de|trata de|quieren|tentando|tenta|querem) (hundir|ahogar|afogar) (a |al )?(otro|otra|alguien|un |una |mi |su |outro|outra|algu(é|e)m|um |uma |meu |minha |o menino|a menina)",
  "(?<![a-z])(namamaril|nagpapaputok ng baril|pinagbabaril|namaril)(?![a-z])",
  "(깨진 ?(유리병|병|유리)|칼|흉기|송곳|가위|유리 ?조각)(로|으로) ?[^.]{0,16}(찔렀|찌르고|찔러|베었|그었)",
  "(ผลัก|ถีบ)[^\\s.]{0,10}ตก(บันได|ลงมา)|(ยัง|กำลัง)เตะ(ท้อง|หัว|หน้า|ตัว)?(ฉัน|ผม|เรา|เขา|เธอ|แม่|พ่อ)",
  "me est(á|a) (ahorcando|estrangulando|asfixiando) con|(est(á|a) me|est(á|a) a me) (enforcando|estrangulando|sufocando) com",
  // Forty-second round (red team 39 read): men beating someone with iron pipes or bats (English);
  // a man kicking the caller's husband on the ground (Spanish pateando a mi esposo); a partner who
  // smashed a bottle and is cutting the caller with it (English); the caller's head beaten on the
  // floor (Portuguese batendo a minha cabeça no chão); the caller's head hit with a bottle and
  // bleeding (Tagalog hinahampas … ang ulo ko … dumudugo na ako); a husband chasing the caller with a
  // knife to stab her (Thai เอามีดไล่แทง).
  "(beating|hitting|attacking|battering) (a|an|the|some|my) ([a-z]+ ){0,2}(guy|man|boy|woman|person|teen|teenager|student|kid) with (iron |metal |steel |wooden |baseball )?(pipes?|bats?|sticks?|bars?|clubs?|poles?|hammers?)",
  "(pateando|golpeando|pegando|pateaba|golpeaba) a (mi|su|un|una|tu) (esposo|esposa|marido|mujer|padre|madre|hermano|hermana|amigo|amiga|vecino|vecina|novio|novia)",
  "(smashed|broke) (a|the) (bottle|glass)[^.]{0,30}(cutting|stabbing|slashing) (me|my)",
  "(batendo|bateu|bate|golpeando|golpe(ó|o)) (a )?(minha|mi|la) (cabe(ç|c)a|cabeza) (no|na|contra|en el|en la|contra el)",
  "(hinahampas|hinampas|pinapalo|pinalo|sinasaksak|sinaksak|sinusuntok|sinuntok) ng[^.]{0,40}(ulo|mukha|katawan) ko|dumudugo na ako",
  "(เอา|ใช้)(มีดพร้า|มีด|เคียว|ขวาน|ดาบ|พร้า)(ไล่)?แทง",
];

const CHILD_ABUSE_WORLD = [
  "(孩子|小孩|儿童|宝宝|女孩|男孩).{0,16}(被(父母|爸爸|妈妈|家长|大人|爸妈)?打(?![扰折开印湿败断卡])|挨打|被虐待|被(父母|爸爸|妈妈|家长|大人|爸妈)?(关|锁)|没饭吃)|打(孩子|小孩)",
  `(아이|아기|애기|어린이|꼬마).{0,10}(${KO_BEATEN}|학대|때리|굶|방치)|아동 ?학대`,
  // Fifteenth round (red team 12 read): the child named, then the parent hitting (아이가 … 엄마가 때리는).
  `(아이|아기|애기|어린이|꼬마|애가|애를)[^.]{0,40}(엄마|아빠|부모|어른)(가|이)?[^.]{0,8}(때리|${KO_BEATEN})`,
  "(đứa trẻ|đứa bé|em bé|trẻ em|trẻ con|bé gái|bé trai|con bé|thằng bé|con (của|nhà) hàng xóm|con (của )?(tôi|em)).{0,30}(bị.{0,12}đánh|đánh đập|ngược đãi|bỏ đói|bạo hành)|(bạo hành|ngược đãi) trẻ|đánh (đứa bé|đứa trẻ|đứa con|đứa nhỏ|em bé|con bé|con nhỏ|thằng bé|trẻ)",
  // Twenty-third round (red team 20 read): also a son or a daughter beaten (espancando o filho).
  "(crian(ç|c)a|menin[oa]|beb(ê|e)|garot[oa]|filh[oa]).{0,30}(espancad|apanh|maltratad|abusad|agredid|trancad|abandonad)|sem comida h(á|a) (dois|tr(ê|e)s|quatro|v(á|a)rios|\\d+) dias|(batendo|espancando|maltratando|agredindo) (n|em )?(a|o|as|os)? ?(crian|menin|beb|garot)|(espancando|maltratando) (o|a|os|as|seu|sua|meu|minha) filh",
  "(niñ[oa]|nen[ea]|beb(é|e)|criatura).{0,30}(golpead|maltratad|abusad)|(golpe|peg|maltrat)[a-zá-ú]*.{0,6}(al|a la|a los|a las) (niñ|nen|beb)|(dejan|deja|dej(ó|o|aron)) (al|a la|a los|a las) (niñ|nen|beb)[^.]{0,20}(sol|encerrad)|(niñ[oa]s?|nen[ea]s?|beb(é|e)s?)[^.]{0,20}encerrad",
  "(ikinukulong|ikinulong|kinukulong)[^.]{0,20}(anak|bata)|(anak|bata)[^.]{0,20}(ikinukulong|ikinulong|kinukulong)|(bata|sanggol|anak).{0,30}(binubugbog|binugbog|sinasaktan|sinaktan|pinapalo|pinalo|minamaltrato|ginugutom)|(binubugbog|binugbog|sinasaktan|sinaktan|pinapalo|pinalo) (ang|si) (bata|sanggol)",
  "(bachcha|baccha|bachha|balak|nani)[^.]{0,30}kut",
  // Eighteenth round (red team 15 read): more Tagalog verbs for hurting a child (inaway, hinampas).
  "(inaway|hinampas|sinakal|tinadyakan|sinabunutan|sinusuntok|sinuntok|sinisipa|sinipa|sinasampal|sinampal|binubugbog|binugbog) (ng [^.]{0,20})?(ang |si )?(anak|bata|sanggol)",
  // Seventeenth round (red team 14 read): Korean "was hit by a parent", Indonesian hitting a child.
  "(아이|아기|애가|애기|어린이|꼬마)[^.]{0,30}(엄마|아빠|부모|어른)(한테|에게) ?(맞았|맞고|맞는)",
  "(memukul|menampar|menendang|menyiksa|mencekik)[^.]{0,20}(anak|bayi|balita)",
  // Thirty-first round (red teams 25 and 27 read): a small child beaten now in Nepali (सानो
  // छोरालाई अहिले बेल्टले कुटिरहेको, बच्चालाई बेल्टले कुटिरहेको).
  "(बच्चा|छोरा|छोरी|नानी)(लाई)?[^।.]{0,30}कुटि",
  // Thirty-third round (red team 30 read): a child shut in a cupboard, a toilet or out on a balcony
  // by a parent in Chinese (把三岁的孩子关进了…柜子里; not kept in to study), drowned in a bath or a bucket in Spanish and Portuguese (ahogando a su hijo
  // en la bañera, segurando a cabeça da menina dentro do balde).
  "把[^，。,]{0,12}(孩子|小孩|女儿|儿子|宝宝|孙子|孙女)[^，。,]{0,12}(关进|关在|锁进|锁在)[^，。,]{0,10}(柜|阳台|厕所|卫生间|门外|笼|仓库|车里|冰箱|地下室|小黑屋)",
  "(ahogando|ahog(ó|o)|hundiendo|sumergiendo) (a )?(su|mi|la|el|al|sus|los|las) ?(hij|niñ|nen|beb)|segurando a cabe(ç|c)a d(a|o) (menin|crian|beb|filh|garot)[^.]{0,30}(dentro|debaixo|embaixo|sob) d(a|o|e) (balde|(á|a)gua|banheira|tanque)",
  // English (red team 30 read): a child chased by a parent with something to hurt with (his
  // stepfather is coming after him with a lighter), small children locked out on a balcony in the
  // snow or the cold.
  "(step-?father|step-?dad|step-?mother|step-?mom|father|dad|mother|mom|mum|parents?|mother's boyfriend|mom's boyfriend|mum's boyfriend)('s)? (is |are )?(coming|going|running|chasing) (after )?(him|her|them|me) with",
  "(locked|shut|left|put) (her|his|their|the|my|our) ([a-z]+ ){0,2}(children|kids|child|kid|son|daughter|baby|boys?|girls?|toddlers?) (out )?(on|in|outside|out on|onto) (the |a )?(balcony|porch|snow|cold|cupboard|closet|shed)",
  // Thirty-fourth round (red team 31 read): a small child beaten with a belt or a stick in Chinese
  // (用皮带一直抽他五岁的儿子); small children locked in a car in the sun in Portuguese (trancou os
  // dois filhos pequenos no carro no sol); a child burnt with a cigarette in Spanish or Portuguese
  // (quemando al niño con un cigarro); a child's hand held on a stove in English; a stepparent who
  // will kill the child in Portuguese (diz que o padrasto vai matar ele); a child hung out over a
  // balcony in Korean (동생을 베란다 밖에 매달고); a child shut in by a stepparent in Vietnamese (bị bố
  // dượng nhốt trong tủ lạnh); a child branded with tongs in Nepali (छोरालाई … डामिरहेको).
  "(用|拿)(着)?[^，。,]{0,2}(皮带|腰带|棍子|棒子|衣架|鞭子|竹竿|拖鞋|绳子)[^，。,]{0,6}(抽|打)[^，。,]{0,8}(孩子|小孩|儿子|女儿|宝宝|孙子|孙女|岁)",
  "(trancou|trancaram|deixou|deixaram|esqueceu|esqueceram) (o |a |os |as |seu |sua |seus |suas |meu |minha )?([a-z]+ ){0,2}(filh|crian|beb|menin)[a-zêç]*( [a-z]+){0,2} (no|dentro do) carro[^.]{0,40}(sol|calor|horas|sozinh|chorando|desmai|n(ã|a)o (abre|responde))",
  "(quemando|quem(ó|o)|queimando|queimou) (al|a la|a los|a las|o|a|os|as|a su|seu|sua) ?(niñ|nen|beb|hij|crian|menin|filh)[^.]{0,30}(cigarr|plancha|ferro|encendedor|isqueiro)",
  "(dad|father|stepdad|stepfather|mom|mother|mum|stepmom|stepmother|parents?) (holds|held|is holding|presses|pressed|is pressing|puts|put|burns|burned|burnt) (his|her|their) (hand|hands|arm|fingers?|face) (on|onto|against|over|in) (the |a )?(stove|hob|cooker|iron|heater|fire|hotplate)",
  "(crian(ç|c)a|menin[oa]|sobrinh[oa]|filh[oa]|enteado|enteada|neto|neta)[^.]{0,80}(padrasto|madrasta|pai|m(ã|a)e) (vai|quer|disse que vai) mat(ar|á-l[oa]) (ele|ela)",
  "(아빠|엄마|아버지|어머니|부모|새아빠|새엄마)(가|이)[^.]{0,16}(베란다|창문|창|난간|옥상) ?(밖|바깥)(에|으로) ?(매달|내밀|들고)",
  "(con gái|con trai|con tôi|đứa bé|đứa trẻ|em bé|bé|cháu)[^.]{0,20}bị (bố dượng|mẹ kế|bố|mẹ|cha|người lớn)[^.]{0,10}(nhốt|trói|đánh)",
  "(बच्चा|छोरा|छोरी|नानी)(लाई)?[^।.]{0,30}(डाम|पोल)",
  // Thirty-fifth round (red team 32 read): a child drowned or a knife held to it by a parent in
  // Vietnamese, the child named with words between (con của người ở phòng bên cạnh đang bị bố dìm
  // đầu; đứa bé nhà bên bị mẹ lấy dao dí vào cổ); a child held down in a bath's water by a parent
  // in Korean (아빠가 동생을 욕조 물에 계속 눌러요); a small child left alone for days in English.
  "(con (gái|trai|tôi|của|nhà)|đứa (bé|trẻ|nhỏ)|em bé|bé|cháu)[^.]{0,40}bị (bố dượng|mẹ kế|bố|mẹ|cha|người lớn) ?(dìm|lấy dao|cầm dao|dí dao|kề dao|bóp cổ|siết cổ)",
  "(아빠|엄마|아버지|어머니|부모|새아빠|새엄마)(가|이)[^.]{0,16}(물|욕조|세면대|양동이)(에|에다|속에|안에|에서) ?(계속 ?)?(눌러|누르|넣고|처박|담그|담가)",
  "(toddler|baby|babies|infant|little (boy|girl|one|kids?|children)|small (child|children|kids?)|(one|two|three|four|five|[1-5])[- ]year[- ]old)[^.]{0,30}(left|been left|home|is|are|was|were) (all )?(alone|on (his|her|their|its) own|by (himself|herself|themselves|itself))[^.]{0,40}(for|since) (two|three|four|five|six|several|a few|[2-9]|over two|more than two) (days|nights)",
  // Thirty-sixth round (red team 33 read): a child choked by a parent in Korean (아이가 아빠한테
  // 목을 졸리고); a child whipped by a parent with a cord in Vietnamese, the parent named with nó
  // (con hàng xóm đang bị bố nó dùng dây điện quất; not đánh thức, woken); a child hit by a parent
  // with a thing in Thai (เด็ก…โดนแม่เอาด้ามไม้กวาดตี) or in Indonesian (menyiram anaknya dengan air
  // dingin … memukul); a small child left outside in the cold and now hardly moving (English).
  "(아이|아기|애기|어린이|꼬마|동생)[^.]{0,20}목을 ?(조르|졸리|졸라|졸려)",
  "(con (gái|trai|tôi|của|nhà|hàng xóm)|đứa (bé|trẻ|nhỏ|con)|em bé|cháu)[^.]{0,40}bị (bố dượng|mẹ kế|bố|mẹ|cha|người lớn)( nó| của nó)?[^.]{0,30}(quất|đánh(?! (thức|răng|giá))|đập|đấm|dây điện|thắt lưng|roi)",
  "(เด็ก|ลูก|หลาน)[^ ]{0,20}(โดน|ถูก)(แม่|พ่อ|พ่อเลี้ยง|แม่เลี้ยง|ผู้ใหญ่|ยาย|ตา)[^ ]{0,20}(ตี|ทุบ|เตะ|ต่อย|ทำร้าย|ฟาด)",
  "(memukul|menampar|menendang|menyiksa|mencekik|menginjak|menyiram) (anak|bayi|balita|bocah)(nya)?[^.]{0,60}(memukul|menampar|menendang|sandal|ikat pinggang|sabuk|rotan|kayu|air (dingin|panas)|berdarah)",
  "(little|small|young) (boy|girl|kid|child|one)[^.]{0,30}(left|locked|shut|kept|put|standing) (outside|out (in|on) the (cold|snow|balcony|porch|street))[^.]{0,60}(hardly moving|not moving|barely moving|limp|shivering|freezing|blue|won'?t wake|unresponsive)",
  // Thirty-seventh round (red team 34 read): a baby's head beaten on a wall (Portuguese batendo a
  // cabeça do bebê na parede); a child's hands or arms burnt on a stove or with a cigarette
  // (Spanish quemando las manos de su niña, Chinese 用烟头烫孩子的手臂); a son choked by a parent
  // (Korean 아들 목을 조르고); a child held under the bath water (English); a child shut in a
  // storeroom and hit (Vietnamese nhốt nó trong kho và đánh nó).
  "(batendo|bate|bateu|batia|golpeando|golpea|golpe(ó|o)) (com )?(a cabe(ç|c)a|la cabeza) d(o|a|el|e la) (beb(ê|e|é)|crian(ç|c)a|menin[oa]|filh[oa]|niñ[oa]|nen[ea]|hij[oa])",
  "quem(ando|ó|o|a|an|aron)[^.]{0,30}(manos|brazos|mano|brazo|cara|piel|pies)[^.]{0,12}(de|a) (su |mi |la |el |tu )?(niñ[oa]|hij[oa]|hermanit[oa]|beb(é|e)|nen[ea]|pequeñ[oa])|queim(ando|ou|a)[^.]{0,30}(m(ã|a)os|bra(ç|c)os|m(ã|a)o|bra(ç|c)o|rosto|pele)[^.]{0,12}d[oa] (beb(ê|e)|crian(ç|c)a|menin[oa]|filh[oa]|irm(ã|a)ozinh[oa])",
  "(烟头|烟蒂|打火机|熨斗|开水|热水)[^，。]{0,4}(烫|烧)[^，。]{0,4}(孩子|小孩|女儿|儿子|宝宝|婴儿|孙子|孙女)",
  "(아들|딸|초등학생|중학생|유치원생|손자|손녀)[^.]{0,12}목을 ?(조르|졸리|졸라|졸려)",
  "(holding|held|pushing|pushed|forcing) (her|his|their|the|a|my) (toddler|baby|child|son|daughter|kid|little (boy|girl|one))('s head)? (under|beneath|down in) (the )?(bath ?water|water|bath)",
  "(nhốt|trói) (nó|con (tôi|bé|nhỏ)|bé|cháu|đứa (bé|trẻ|nhỏ))[^.]{0,40}(đánh|đập|quất)",
  // Thirty-eighth round (red team 35 read): a child's head beaten against a wall said with "na
  // cabeça" (Portuguese batendo na cabeça do filho contra a parede); a child unfed for days and
  // alone (Korean 아이가 며칠째 밥을 못 먹고 혼자); a small sister locked in a cupboard by a
  // stepfather (Portuguese trancou minha irmã pequena no armário); a child beaten with a belt by a
  // parent, the tool named between (Chinese 被爸爸用皮带打); a child's hand burnt by an uncle
  // (Tagalog sinusunog … ang kamay ng pamangkin); a parent choking a child now (Nepali बच्चालाई
  // बाबुले … घाँटी थिचिरहेको); a child being whipped now (English); a child tied up outside unfed
  // (Indonesian diikat di luar rumah … tanpa makan); a mother holding a baby under water
  // (Vietnamese người mẹ đang dìm đứa bé vào bồn nước).
  "(batendo|bate|bateu|batia|golpeando|golpea) (com )?(na|en la) cabe(ç|c|z)a d(o|a|el|e la) (beb(ê|e|é)|crian(ç|c)a|menin[oa]|filh[oa]|niñ[oa]|hij[oa])",
  "(아이|아기|애기|어린이|꼬마|애)(가|는)? ?[^.]{0,12}(며칠|이틀|사흘|며칠째|하루 ?종일)[^.]{0,8}(밥을? ?(못|안) ?먹|굶)",
  "(padrasto|madrasta|pai|m(ã|a)e|padre|madre)[^.]{0,12}(trancou|prendeu|encerrou|fechou|tranc(ó|o)|encerr(ó|o)) (a |o |minha |meu |mi |su |la |al )?(irm(ã|a)(zinha)?|irm(ã|a)ozinho|filh[oa]|beb(ê|e)|crian(ç|c)a|menin[oa]|hermanit[oa]|niñ[oa]|hij[oa])( pequen[oa]| peque(ñ|n)[oa])? (no|na|en el|en la|dentro d)",
  "(孩子|小孩|儿童|宝宝|女孩|男孩|儿子|女儿)[^，。]{0,6}被(父母|爸爸|妈妈|家长|爸妈|继父|继母|后爸|后妈|父亲|母亲)(用|拿)[^，。]{0,6}(打|抽)",
  "(sinusunog|sinunog|pinapaso|pinaso|sinisilaban) (ng [a-z]+ )?(ang )?(kamay|braso|balat|paa|mukha|binti) ng (anak|pamangkin|bata|apo|sanggol|kapatid)",
  "(बच्चा|बच्चालाई|छोरा|छोरालाई|छोरी|छोरीलाई|नानी|नानीलाई|शिशु|शिशुलाई)[^।.]{0,30}घाँटी ?थिच",
  "(kid|child|boy|girl|baby|toddler|son|daughter)[^.]{0,40}(is|are) being (whipped|beaten|hit|kicked|punched|burned|strangled)[^.]{0,30}(right now|with a (belt|stick|cord|cable|rod|hanger)|screaming|every hit)",
  "(anak|bayi|balita|bocah)[^.]{0,20}(diikat|dikurung|dikunci)[^.]{0,40}(tanpa (makan|minum)|tidak diberi (makan|minum)|lemas|menangis)",
  "(người )?(mẹ|bố|cha|bố dượng|mẹ kế)[^.]{0,6}(đang )?(dìm|nhấn) (đứa bé|em bé|con|bé|cháu|đứa trẻ|đứa nhỏ)[^.]{0,20}(nước|bồn|chậu|xô)",
  // Thirty-ninth round (red team 36 read): a baby held upside down or dangled over a rail (English);
  // a child's hand pressed on something hot (Korean 아이 손을 뜨거운 냄비에 대고 누르고); a sleeping
  // pill given to a baby and the baby not waking (Spanish, Portuguese); a child scalded by a parent
  // (Chinese 被爸爸用开水烫了); a child beaten in the belly by a mother's boyfriend (Spanish);
  // a child's arm burnt with a tool named between (Tagalog ng bakal na plantsa).
  "(holding|dangling|hanging|held|dangled|hung) (his|her|their|the|a|my) (baby|child|toddler|son|daughter|kid|infant)[^.]{0,30}(upside down|by (one|the|a) (leg|foot|ankle|arm))",
  "(아이|아기|애기|애|딸|아들|꼬마)[^.]{0,6}(손|팔|발|얼굴)(을|를)? ?[^.]{0,10}(뜨거운|다리미|냄비|불|난로)[^.]{0,10}(누르|대고|지지|갖다 ?대)",
  "(dio|dieron|da|dan|deu|deram|d(á|a)) (a mi |al |a la |a su |ao |à |para (o |a )?(meu |minha )?)?(beb(é|e|ê)|niñ[oa]|hij[oa]|crian(ç|c)a|filh[oa])[^.]{0,30}(pastilla|somn(í|i)fero|calmante|rem(é|e)dio|comprimido|pastillas)[^.]{0,60}(no se despierta|n(ã|a)o acorda|no despierta|no reacciona|n(ã|a)o reage)",
  "被[^，。]{0,6}(爸爸|妈妈|父亲|母亲|继父|继母|后爸|后妈|爸|妈)用(开水|热水|烟头|熨斗|烙铁)(烫|浇|烧)",
  "(a mi|a su|a la|a tu) (sobrin[oa]|hij[oa]|niñ[oa]|hermanit[oa]|nieto|nieta)[^.]{0,40}(le est(á|a) dando|le da|le dio|le pega) (puñetazos|patadas|golpes|bofetadas)",
  "(sinusunog|sinunog|pinapaso|pinaso|sinisilaban) ng ([a-z]+ ){1,3}ang (kamay|braso|balat|paa|mukha|binti) ng (anak|pamangkin|bata|apo|sanggol|kapatid)",
  // Fortieth round (red team 37 read): a child held by the neck against a wall by a stepfather
  // (Portuguese); a child's mouth and nose covered till the child turns purple or pale (Spanish,
  // Thai) or its face held into a pillow (English); a child locked out on a balcony in the cold
  // (English); a child hung outside a balcony (Chinese).
  "(padrasto|pai|m(ã|a)e|madrasta|padrastro|padre|madre|namorado da m(ã|a)e|novio de (mi|su) madre)[^.]{0,30}(segurando|apertando|agarrando|sujetando|apretando) (o|a|al|a la|el|la) (menin[oa]|crian(ç|c)a|beb(ê|é|e)|niñ[oa]|filh[oa]|hij[oa]) (pelo|por el|por la|pela) (pesco(ç|c)o|cuello|garganta)",
  "(tapando|apretando|cubriendo|tapa|tap(ó|o)|aprieta|apert(ó|o)) (la boca|la nariz|la cara)( y la (nariz|boca))? (de|a) (mi|su|la|el) (sobrin[oa]|hij[oa]|niñ[oa]|beb(é|e)|hermanit[oa]|niet[oa])",
  "(แม่เลี้ยง|พ่อเลี้ยง|แม่|พ่อ|ป้า|ลุง|น้า|อา)[^\\s.]{0,10}(เอามือ|เอาหมอน|เอาผ้า)(ปิด|กด|อุด)(จมูก|ปาก|หน้า)[^\\s.]{0,12}(น้อง|ลูก|หลาน|เด็ก)",
  "(holding|pressing|pushing|shoving|forcing) (the |their |his |her |a |my )?(toddler|baby|child|kid|son|daughter|little [a-z]+)('s|s')? face (into|in|against|under) (a |the )?(pillow|cushion|mattress|water|bath)",
  "(locked|shut|put|left) (my |his |her |their |the )?(little |baby |younger )?(brother|sister|son|daughter|child|kid|boy|girl|toddler) out (on|onto) (the |a )?(balcony|porch|doorstep)[^.]{0,80}(minus|below zero|freezing|blue|quiet|not moving)",
  "把[^，。]{0,10}(孩子|小孩|宝宝|婴儿|儿子|女儿)[^，。]{0,4}(吊|挂|悬|举)在(阳台|窗户|窗|栏杆)(外|外面|边)",
  // Forty-first round (red team 38 read): a child held by the neck or the throat (English); a child
  // held under boiling water from a tap or a shower (English, Thai); a child kicked or beaten now by
  // an uncle or a parent (Spanish pateando a mi sobrino); a child burnt with a cigarette (Korean);
  // a baby put in a plastic bag and left (Korean); a child locked in a storeroom for hours in the
  // heat (Nepali) or locked in a shed without food (Indonesian, the doer named).
  "(holding|held|grabbing|grabbed|pinning|pinned|pressing) (his|her|their|a|the|my) (little |baby |young |small )?(girl|boy|son|daughter|child|kid|baby|toddler|brother|sister) by the (neck|throat)",
  "(holding|putting|pushing|forcing|held|put|pushed|forced) (my |his |her |their |the |a )?(little |baby |younger |small )?(brother|sister|son|daughter|child|kid|baby|boy|girl|toddler) under (the |a )?[^.]{0,20}(tap|shower|faucet|water)[^.]{0,30}(boiling|scalding|very hot)",
  "(แม่|พ่อ|แม่เลี้ยง|พ่อเลี้ยง|ป้า|ลุง|น้า|อา)[^\\s.]{0,10}เอา(ลูก|เด็ก|หลาน|น้อง)[^\\s.]{0,6}(ไป)?(รอง|ราด|อาบ|จุ่ม|แช่)น้ำร้อน",
  "(pateando|golpeando|pegando|azotando|ahorcando|chutando|espancando) a (mi|su|la|el|un|una|tu) (sobrin[oa]|hij[oa]|niñ[oa]|hermanit[oa]|beb(é|e)|niet[oa]|enteado|enteada)",
  "(아이|아기|애기|애|딸|아들|꼬마)(를|을)? ?[^.]{0,10}(담뱃불|담배|라이터|다리미)(로|으로) ?(지지|지졌|지져)",
  "(아기|아이|애기|신생아)(를|을)? ?(비닐봉지|봉지|비닐 ?봉투|쓰레기 ?봉투|가방|상자)에 ?(넣|담)[^.]{0,30}(버리|버렸|두고|쓰레기)",
  "(बच्चा|बच्चालाई|छोरा|छोरालाई|छोरी|छोरीलाई|नानी|नानीलाई)[^।.]{0,30}(भण्डार|कोठा|गाडी|बाथरुम|शौचालय|स्टोर)[^।.]{0,6}(थुने|थुन्|बन्द ?गर)",
  "(mengunci|mengurung|mengikat) (anak|bayi|balita|bocah)[^.]{0,40}(tanpa (makan|minum)|lemas|menangis|tidak diberi)",
  // Forty-second round (red team 39 read): a parent hitting a little daughter or son with a thing
  // (English with a coat hanger); a child beaten with a stick (Spanish pegando con un palo a su
  // hijo); a hot iron pressed on a child's leg (Vietnamese dí bàn là nóng vào chân đứa bé); a child
  // thrown down and trodden on the neck (Korean 넘어뜨리고 목을 밟고); a toddler's head held under
  // boiling water (English); a child held by the feet out of a window (Portuguese); a child burnt
  // with a cigarette (Spanish quemando a mi hermanita con un cigarro); a child not fed for days and
  // unable to stand (Tagalog); a child's head knocked against a wall (Thai).
  "(hitting|beating|whipping|striking|smacking|slapping) (his|her|their|a|the|my) (little |young |baby |small |toddler )?(daughter|son|child|kid|boy|girl|toddler|baby) with (a|an|the|his|her)",
  "(pateando|golpeando|pegando|azotando|espancando|batendo) con (un|una|el|la) [a-zñ]+ a (mi|su|la|el|un|una|tu) (sobrin[oa]|hij[oa]|niñ[oa]|hermanit[oa]|beb(é|e)|niet[oa])",
  "(dí|áp|ấn|chườm|gí) (bàn là|bàn ủi|thuốc lá|tàn thuốc|điếu thuốc)( nóng)? vào (chân|tay|người|mặt|lưng|bụng) (đứa bé|con|bé|cháu|em bé|đứa trẻ)",
  "(아이|아기|남자아이|여자아이|학생|초등학생|유치원생|애)(를|을)?[^.]{0,20}(넘어뜨리고|눕히고|밀치고)[^.]{0,10}(목|배|머리|가슴)(을|를)? ?(밟|조르|누르)",
  "(holding|putting|pushing|forcing|held|put|pushed|forced) (my |his |her |their |the |a )?(little |baby |younger |small )?(brother|sister|son|daughter|child|kid|baby|boy|girl|toddler)('s|s') (head|face|hand|hands|arm|arms|feet|foot) under (the |a )?[^.]{0,20}(tap|shower|faucet|water)[^.]{0,30}(boiling|scalding|very hot)",
  "(segurando|pendurando|segura|segurou) (ele|ela|o menino|a menina|o filho|a filha|o bebê|[a-z]+) pel[oa]s? (pés|pes|braços|bracos|tornozelos|pernas) (para )?fora da janela|(sosteniendo|colgando|sostiene) (a )?[a-zñ ]{0,20} por los (pies|brazos|tobillos) (por )?fuera de la ventana",
  "(quemando|queimando|quem(ó|o)|queimou) a (mi|su|la|el|tu|minha|sua) (hermanit[oa]|hij[oa]|niñ[oa]|beb(é|e)|sobrin[oa]|irm(ã|a)zinha|irm(ã|a)ozinho|filh[oa]) con (un|una|el|la) (cigarro|cigarrillo|plancha|encendedor)|(queimando|queimou) [a-z ]{0,20} com (um|uma|o|a) (cigarro|ferro)",
  "(anak|bata|sanggol|pamangkin|apo)[^.]{0,30}hindi (pinapakain|pinakain)[^.]{0,40}(hindi na (siya )?makatayo|nanghihina|hindi gumagalaw|hindi na makagalaw)",
  "จับหัว(ลูก|เด็ก|น้อง|หลาน)[^\\s.]{0,12}(โขก|กระแทก|ฟาด|ชน)",
];

const ELDER_ABUSE_WORLD = [
  "(老人|年迈|奶奶|爷爷|外婆|外公|老太太|老大爷|老奶奶|老爷爷|老母|老父).{0,12}(被打(?![扰折开印湿败断卡])|挨打|被虐待|被关|没饭吃)|在打.{0,6}(年迈|老人|奶奶|爷爷|外婆|外公|老母|老父)",
  `(할머니|할아버지|노인|어르신|노모|노부).{0,12}(${KO_BEATEN}|학대|때리|방치|굶)|노인 ?학대`,
  "(bà cụ|ông cụ|người già|cụ già|bà già|ông già|bà nội|ông nội|bà ngoại|ông ngoại|cụ bà|cụ ông).{0,30}(bị.{0,12}đánh|đánh đập|ngược đãi|bỏ đói|bạo hành)|(đánh|ngược đãi|bạo hành|nhốt).{0,20}(bà cụ|ông cụ|người già|cụ già|mẹ già|bố già|cha già)|(người )?(cha|mẹ|bố) già[^.]{0,40}(đánh|nhốt|ngược đãi|bạo hành)",
  "(idos[oa]|velhinh[oa]|av(ó|ô)|vov(ó|ô)).{0,30}(espancad|apanh|maltratad|agredid)|(bat|espanc|maltrat|agred)[a-zà-ú]*.{0,20}(idos[oa]|velhinh|av(ó|ô))",
  "(abuel[oa]|ancian[oa]|viejit[oa]|persona mayor).{0,30}(golpead|maltratad|abusad)|(golpe|maltrat|peg|abus)[a-zá-ú]*.{0,15}(abuel|ancian|viejit|persona mayor)",
  "(lola|lolo|matanda).{0,40}(binubugbog|binugbog|sinasaktan|sinaktan|sinampal|sinipa|sinuntok|pinapabayaan|ginugutom)|(binubugbog|binugbog|sinasaktan|sinaktan|sinampal|sinipa|sinuntok|pinapabayaan|ginugutom).{0,40}(lola|lolo|matanda)",
  "(budi|budhi|buda|budha|bajai|baje|briddha|bridha)[^.]{0,30}kut",
  // Seventeenth round (red team 14 read): Korean "was hit by" (직원한테 맞았다고), Indonesian staff
  // hitting a resident, Portuguese and Spanish an old or bedridden person left without food.
  "(할머니|할아버지|노인|어르신|요양원|요양병원|노모|노부)[^.]{0,30}(한테|에게|에게서) ?(맞았|맞고|맞는|학대)",
  "(memukul|menampar|menendang|menyiksa|mencekik|membentak)[^.]{0,30}(lansia|nenek|kakek|manula|penghuni|jompo)|(panti jompo|panti werdha)[^.]{0,80}(memukul|menampar|menendang|menyiksa|dipukul|ditampar)",
  "(sogr[ao]|idos[oa]|velhinh[oa]|av(ó|ô)|acamad[oa])[^.]{0,60}((deixad[oa]|fica(ndo)?|est(á|a)) sem (comer|comida|(á|a)gua)|passando fome)|(suegr[ao]|abuel[oa]|ancian[oa]|postrad[oa])[^.]{0,60}(sin comer|sin comida|sin agua|pasando hambre)",
  // Thirty-third round (red team 30 read): an old person tied to a chair and beaten in Vietnamese
  // (trói bà cụ vào ghế và đánh), choked by a carer in Chinese (护工…勒住一位老人的脖子), locked in a
  // shed without food in Indonesian (mengunci nenek … di gudang tanpa makan).
  "trói (bà cụ|ông cụ|người già|cụ già|bà già|ông già|cụ bà|cụ ông|bà|ông)",
  "(护工|护理员|护理院|养老院|敬老院|看护)[^。]{0,20}(勒住|掐住|勒着|掐着|捆住|绑住)[^。]{0,12}(老人|奶奶|爷爷|老太太|老大爷)",
  "(mengunci|mengurung|mengikat) (nenek|kakek|lansia|manula|orang tua)[^.]{0,40}(tanpa makan|tidak diberi makan)",
  // Thirty-fourth round (red team 31 read): an old parent-in-law locked in a storeroom for days
  // without food in Chinese (我婆婆被我小叔子锁在储藏室里好几天了，不给饭吃).
  "(婆婆|公公|岳母|岳父|老人|奶奶|爷爷|外婆|外公|老太太|老大爷|老母亲|老父亲)[^，。]{0,3}被[^，。]{0,8}(锁|关)(在|进)[^。]{0,30}(不给(饭|吃|水)|没(饭|东西)吃|好几天|几天)",
  // Thirty-fifth round (red team 32 read): someone in care tied down and beaten by carers
  // (Spanish: en la residencia lo tienen atado a la cama y le están pegando; Portuguese: a
  // cuidadora está amarrando o meu avô na cadeira); an old person dragged or beaten by a grown
  // grandchild or child (English).
  "(residencia|asilo|centro|hogar|lar|casa de repouso|cl(í|i)nica)[^.]{0,40}(atad[oa]s?|amarrad[oa]s?|encerrad[oa]s?|trancad[oa]s?)[^.]{0,40}(pegando|golpeando|golpean|pegan|batendo|batem|maltrat)|(lo|la|le|los|las) (tienen|tiene|dejan|deja) (atad[oa]s?|amarrad[oa]s?) a la (cama|silla)",
  "(cuidador(a)?|enfermeir[oa]|funcion(á|a)ri[oa]|cuidador(a)?s) ([a-z]+ )?(est(á|a) |est(ã|a)o )?(amarrando|amarrou|prendendo|batendo|espancando|trancando|atando|golpeando|pegando) (o |a |al |a la )?(meu |minha |seu |sua |mi |su )?(av(ô|ó)|idos[oa]|velhinh[oa]|pai|m(ã|a)e|sogr[oa]|paciente|abuel[oa]|ancian[oa])",
  "(old (man|woman|lady|gentleman)|elderly (man|woman|lady|neighbou?r|person|father|mother)|grandfather|grandmother|grandma|grandpa|granny)[^.]{0,40}(dragged|beaten|hit|kicked|punched|slapped|shoved|pushed|locked)[^.]{0,30}by (his|her|their) (grandson|granddaughter|son|daughter|carer|caregiver|son-in-law|daughter-in-law|nephew|niece)",
  // Thirty-sixth round (red team 33 read): an old person tied to a bed or a chair by carers, or not
  // fed, in Korean (요양원 직원이 할머니를 침대에 묶어 놓고 … 밥도 안 줘요); a carer pinning an old
  // person down or leaving her bruised (English: the carer is pinning her arms down).
  "(할머니|할아버지|노인|어르신|노모|노부|환자)(를|을) ?[^.]{0,12}(침대|의자|휠체어)(에|에다) ?(묶어|묶고|묶었)|(요양원|요양병원|직원|간병인|요양보호사)[^.]{0,40}(할머니|할아버지|노인|어르신)[^.]{0,40}(밥(도|을)? ?안 ?(줘|주)|굶기|굶겨)",
  "(carer|caregiver|care worker|care assistant|aide|home help)('s)? (is |keeps |has been |was )?(pinning|holding|tying|strapping|hitting|slapping|beating|shoving|pushing) (her|him|them) ?[^.]{0,20}(down|to (the|a|her|his) (bed|chair))",
  // Thirty-seventh round (red team 34 read): an old person locked out on a balcony by a son and
  // given no water for two days (Chinese 老人被儿子锁在阳台上，已经两天没给水喝了); a grandmother tied to
  // a chair (Indonesian mengikat nenek mereka di kursi).
  "(婆婆|公公|岳母|岳父|老人|奶奶|爷爷|外婆|外公|老太太|老大爷|老母亲|老父亲)[^，。]{0,3}被[^，。]{0,8}(锁|关)(在|进)[^。]{0,30}(没(给)?(水|饭)(喝|吃)|[两三四五六七八九十\\d]+天)",
  "(mengikat|mengikatkan|mengurung) (nenek|kakek|lansia|manula|orang tua)[^.]{0,30}(kursi|ranjang|tempat tidur|tiang|kamar)",
  // Thirty-eighth round (red team 35 read): an old person tied to a chair by a son (Chinese 奶奶被
  // 儿子绑在椅子上); beaten by a son (Korean 할머니가 아들한테 맞아서); tied to a bed by a carer,
  // said in the perfect (English has tied her to the bed).
  "(婆婆|公公|岳母|岳父|老人|奶奶|爷爷|外婆|外公|老太太|老大爷|老母亲|老父亲)[^，。]{0,3}被[^，。]{0,6}(绑|捆|拴)(在|起来|住)",
  "(할머니|할아버지|노인|어르신|노모|노부)(가|이|는)? ?(아들|딸|며느리|사위|손자|남편|직원|요양보호사)(한테|에게|에게서) ?(맞|폭행|학대)",
  "(carer|caregiver|care worker|care assistant|aide|home help)('s)? (has|had) (tied|strapped|locked|shut) (her|him|them) (to|in) (the|a|her|his) (bed|chair|room)",
  // Thirty-ninth round (red team 36 read): an old person put out in the cold by staff or family
  // (Korean 할머니를 … 베란다에 내보내고); slapped or pulled from bed by a carer (Portuguese a
  // cuidadora da minha avó está dando tapas).
  "(할머니|할아버지|어르신|노인|노모|노부)[^.]{0,30}(베란다|밖|마당|복도|현관)(에|으로|로) ?(내보내|내쫓|쫓아내|내놓)",
  "(cuidador(a)?|enfermeir[oa]|acompanhante) d[ao] (minha |meu )?(av(ó|ô)|m(ã|a)e|pai|tia|tio)[^.]{0,10}(est(á|a) )?(dando tapas|batendo|bate|bateu|puxou|empurrou|arrastou|esbofeteando)",
  // Fortieth round (red team 37 read): an old person's mouth taped or covered by a carer
  // (Spanish la cuidadora de mi abuelo le está tapando la boca); a person in care held down with a
  // knee on the neck by a group home's staff (Chinese).
  "(cuidador(a)?|enfermer[oa]|cuidadora)[^.]{0,10} de (mi |su )?(abuel[oa]|madre|padre|t(í|i)[oa])[^.]{0,20}(tapando|tapa|tap(ó|o)) la boca",
  "(工作人员|护工|保姆|看护|职员|员工)[^，。]{0,10}把[^，。]{0,10}(按|压)在(地上|床上|墙上)[^。]{0,20}(膝盖|脖子)",
  // Forty-first round (red team 38 read): an old person in a wheelchair pushed down the stairs now
  // (Tagalog itinutulak pababa ng hagdan ang lolo).
  "(itinutulak|itinulak|tinulak|tinutulak|tinutulak) (pababa ng hagdan|sa hagdan)[^.]{0,20}(ang )?(lolo|lola|matanda)",
  // Forty-second round (red team 39 read): a neighbour's son or daughter dragging her by the hair
  // (Portuguese o filho da vizinha está arrastando ela pelo cabelo; Spanish).
  "(o filho|a filha|o neto|a neta|el hijo|la hija|el nieto|la nieta) d(a|o|e la|el) (vizinha|vizinho|vecina|vecino|senhora|señora|idosa|idoso|anciana|anciano)[^.]{0,20}(arrastando|batendo|empurrando|golpeando|pegando|chutando|pateando)",
];

const MEDICAL_WORLD = [
  "救护车|晕倒|昏倒|昏迷|(突然)?倒下了|(叫|喊)(他|她)(也)?没(有)?(反应|回应)|没有呼吸|没呼吸|不呼吸|抽搐|着火|失火|火灾|煤气泄漏|煤气味|心脏病发|流血不止|구급차|쓰러졌|쓰러져|숨을? ?(안 ?쉬|못 ?쉬|쉬지 ?않)|의식이 ?없|(불러도|흔들어도|깨워도) ?(안 ?일어나|일어나지 ?않|반응이 ?없)|깨어나지 ?않|불이 ?났|불났|가스 ?냄새|경련|심장 ?마비",
  // Twenty-third round (red team 20 read): Vietnamese bleeding "very much" or not stopping (máu
  // chảy rất nhiều, không cầm được), Nepali breath hard with words between and blue lips, Thai
  // unconscious (ไม่รู้สึกตัว), a head struck on the floor and breath laboured.
  "xe cấp cứu|ngất|bất tỉnh|không thở|khó thở|co giật|cháy nhà|đang cháy|bị cháy|mùi ga|rò rỉ ga|đột quỵ|chảy máu không (ngừng|cầm)|máu chảy (rất |quá |thật |cực kỳ )?nhiều|chảy (rất |quá |thật |cực kỳ )?nhiều máu|máu[^.]{0,20}không cầm (được|lại)",
  "सास ?फेर्न[^।.]{0,16}गाह्रो|ओठ ?(पनि )?निलो|ไม่รู้สึกตัว(?!ว่า)|หัว(ฟาด|กระแทก)(พื้น)?|หายใจ(ลำบาก|ไม่ค่อยออก|ติดขัด)",
  "ambul(â|a)ncia|desmai|no se mueve|no responde(?!n)|n(ã|a)o se mexe|(?<!ainda )n(ã|a)o responde(?!u|ram|m)|(saindo|muita) fuma(ç|c)a|fuma(ç|c)a (saindo|na|no|em|por)|(sale|hay|mucho) humo|humo (en|saliendo)|dolor (en el|de|del) pecho|dor no peito|no (puede|puedo) respirar|n(ã|a)o consegue respirar|desmay|inconsciente|n(ã|a)o (est(á|a) )?respira|no respira|inc(ê|e)ndio|pegando fogo|fogo (na|no|em)|(tem|h(á|a)) fogo|hay fuego|fuego en|se (est(á|a) )?quem(a|ando)|(vazamento|cheiro) de g(á|a)s|(fuga|olor) (de|a) gas|convuls|infarto|ataque al coraz(ó|o)n|derrame cerebral|sangrando muito|sangra mucho",
  // Twenty-first round (red team 18 read): Tagalog breathing hard and chest pain (hirap huminga,
  // masakit ang dibdib), as the English chest pain; not told as past (noong, kahapon, dati).
  "nahimatay|hinimatay|walang malay|hindi (na )?(humihinga|makahinga)|(nahihirapan|hirap) (na )?(akong |siyang |ako |siya |kaming )?huminga|(masakit|sumasakit|naninikip) (na masakit )?ang (aking )?dibdib(?![^.;?]{0,30}(noong|kahapon|dati|nakaraan))|ambulansya|sunog|nasusunog|amoy gas|inaatake sa puso|nangingisay|behos|बेहोस|सास ?फेर्नु?(हुन्न|हुँदैन|दैन)|dhal(nubhayo|yo|eko)(?![a-z])|sa?as (ferna|fernu|linna|lina)|aago (lagyo|lageko)|aagalagi",
  // Thirty-third round (red team 30 read): a fall from a height and not moving in Indonesian
  // (jatuh dari perancah dan tidak bergerak).
  "jatuh dari [^.]{0,24}(tidak (bergerak|sadar|bernapas)|pingsan)",
  // Thirty-fourth round (red team 31 read): a fall from a roof and the legs not moving, a baby's
  // fall then vomiting and drowsy (Portuguese, Spanish); burns over the chest from boiling water
  // (quemaduras en todo el pecho); in Vietnamese, the throat swollen and no breath after food (cổ
  // họng sưng lên và thở không được).
  "ca(iu|ído|ido) d[aeo] [^.]{0,30}(n(ã|a)o (est(á|a) )?(mexe|mexendo|se mexe|consegue mexer|sente) (as |os )?(pernas|bra(ç|c)os|corpo)|n(ã|a)o (se )?mexe)",
  "(caiu|bateu a cabe(ç|c)a|se cay(ó|o)|se golpe(ó|o) la cabeza)[^.]{0,50}(vomitando|vomita|vomitó|vômito|v(ó|o)mitos)[^.]{0,20}(sonolent|somnolient|dormid|mole|no despierta|n(ã|a)o acorda)",
  "(quemaduras|queimaduras) (en todo|em todo|graves|grandes|en (el|la|los) (pecho|cara|espalda|brazos)|no (peito|rosto))(?![^.]{0,30}(a(ñ|n)o|ano passado|hace|curad|cicatri))",
  "thở không (được|nổi)|(cổ họng|họng|môi|mặt)[^.]{0,6}sưng[^.]{0,20}(thở|khó)",
  // Thirty-fifth round (red team 32 read): a cleaning product drunk (bebeu um produto de limpeza,
  // not told as past or well now); the face drooping with speech or an arm gone (rosto torto e não
  // consegue falar), the signs of a stroke in Portuguese and Spanish.
  "(bebeu|engoliu|tomou|bebi(ó|o)|trag(ó|o)|se tom(ó|o)) (um |uma |o |a |un |una |el |la )?(pouco de |un poco de )?(produto de limpeza|(á|a)gua sanit(á|a)ria|alvejante|desinfetante|soda c(á|a)ustica|lej(í|i)a|cloro|detergente|producto de limpieza|lavavajillas|amon(í|i)aco|querosene|queroseno|gasolina)(?![^.]{0,40}(ontem|ano passado|semana passada|hace [a-z0-9]+ (años|meses|semanas|días)|ayer|año pasado|(j(á|a) )?est(á|a) bem|(ya )?est(á|a) bien))",
  "(rosto|boca|cara) ([a-z]+ ){0,2}(torto|torta|ca(í|i)d[oa]|chuec[oa]|torcid[oa]|paralisad[oa]|entortou|se torci(ó|o))[^.]{0,40}(falar|hablar|fala|habla|bra(ç|c)o|brazo)",
  // Thirty-sixth round (red team 33 read): heavy bleeding or sharp pain in pregnancy in Chinese
  // (怀孕三十二周，肚子突然剧痛，流了很多血); sweating and trembling and no longer knowing one's
  // family (Spanish, Portuguese, English; the low sugar of a diabetic); breath hard after a sudden
  // swelling or food in Indonesian; a fall and not moving or not answering (Tagalog, English); not
  // breathing well with words between in Tagalog; swallowed magnets, batteries or pills and then
  // vomiting (Korean) or drowsy and pale (English); someone who cannot be woken (English, Thai) or
  // unconscious (Thai).
  "(怀孕|孕妇|怀着)[^。]{0,30}(剧痛|疼得|痛得|流了?(很多|好多|大量|一大摊)的?血|大出血)",
  "(sudando|suando|sweating)[^.]{0,20}(temblando|tremendo|shaking|trembling)[^.]{0,30}(no me reconoce|n(ã|a)o me reconhece|doesn'?t (recogni[sz]e|know) (me|us)|no (reconoce|responde)|confus)",
  "(tiba-tiba|mendadak|setelah makan|habis makan)[^.]{0,40}(susah|sesak|sulit|tidak bisa) (ber)?napas|bengkak[^.]{0,20}(susah|sesak|sulit|tidak bisa) (ber)?napas",
  "(nahulog|nalaglag|bumagsak|nahulugan)[^.]{0,50}hindi (na )?(po )?(siya |sya )?(po )?(gumagalaw|humihinga|sumasagot|nagigising|makagalaw)|hindi (po )?(na )?(siya|sya|po) (po )?(na )?(humihinga|makahinga)",
  "(fell|fallen|has fallen) (through|off|from|down|into) [^.]{0,80}(not (answering|responding|moving|breathing)|unconscious|won'?t (answer|respond|move|wake)|can'?t (move|get up))",
  "(자석|건전지|배터리|동전|세제|약|담배)(을|를)? ?[^.]{0,10}삼켰[^]{0,40}(토하|토해|토를|구토|숨을|숨이)",
  "(swallowed|ate|has eaten|got into) [^.]{0,30}(pills|tablets|medicine|medication|batteries|magnets)[^.]{0,60}(sleepy|drowsy|pale|floppy|vomiting|not waking|hard to wake|unresponsive)|(can'?t|cannot|couldn'?t) (wake|rouse) (him|her|them)( up)?(?=\\s?[.!,]|$)",
  "เรียกไม่ตื่น|ปลุกไม่ตื่น|หมดสติ|ไม่หายใจ|หายใจไม่ออก",
  // Thirty-seventh round (red team 34 read): a button battery swallowed (Chinese 吞下了一颗纽扣电池,
  // 把纽扣电池吞下去); a body scalded all over (Thai น้ำร้อนลวกทั้งตัว); a baby being born now (Korean 아기가 나오고
  // 있어요); kerosene or bleach drunk (English); someone swept away in a river who cannot swim
  // (Tagalog inaanod, hindi marunong lumangoy).
  "(吞|咽|吃)(下|了)?[^，。]{0,6}(纽扣电池|纽扣电|钮扣电池)|(纽扣电池|钮扣电池)[^，。]{0,6}(吞|咽)|(단추형 ?|버튼 ?|코인 ?)(건전지|전지)(을|를)? ?(삼켰|삼킨|먹었)|swallowed (a |an |some |two |three )?(button|coin)[- ]?(cell )?batter(y|ies)",
  "น้ำ(ร้อน|เดือด)ลวก[^ ]{0,6}(ทั้งตัว|ทั้งแขน|ทั้งขา|ทั้งหน้า|หน้า)|น้ำ(ร้อน|เดือด)ลวก[^.]{0,30}(กรีดร้อง|ร้องไม่หยุด|หมดสติ)",
  "아기가 ?(벌써 ?|지금 ?)?(나오고 ?있|나오려고|나올 ?것 ?같|머리가 ?보)|(the )?baby('s| is) (coming out|crowning|coming (now|right now))|el beb(é|e) (ya )?est(á|a) (saliendo|naciendo)|o beb(ê|e) (j(á|a) )?est(á|a) (nascendo|saindo)",
  "(drank|swallowed|drunk|has drunk|has swallowed|gulped) (some |a lot of |a bottle of |the )?(kerosene|paraffin|petrol|gasoline|bleach|lamp oil|antifreeze|drain cleaner|weedkiller|lighter fluid)(?![^.]{0,30}(last (year|week|month)|years ago|when (i|he|she) was))",
  "(nalulunod|inaanod) (siya|sya|ang|si|ng)|hindi (siya |sya )?marunong (lumangoy|lumanguy)[^.]{0,30}(ilog|dagat|tubig|inaanod|nalulunod)|(ilog|dagat|tubig)[^.]{0,40}hindi (siya |sya )?marunong (lumangoy|lumanguy)",
  // Thirty-eighth round (red team 35 read): a limb caught in a machine (English arm caught in the
  // crusher); hit by a car and lying still (Chinese 被车撞了，躺在地上不动); fallen into a river and
  // not found (Tagalog nahulog sa ilog … hindi namin siya makita); foaming at the mouth (English,
  // not with rage); bleeding from the head or a fall and no answer (Korean 머리에서 피가 많이 나고
  // 대답을 안 하세요); a fall and not moving (Thai ตกจาก … ไม่ขยับ).
  "(arm|hand|leg|foot|fingers?|head|hair|sleeve) (got |is |was |has been |just got )?(caught|trapped|stuck|crushed|pulled|dragged) (in|into) (the |a )(crusher|machine|press|conveyor|roller|shredder|compactor|auger|gears|mixer|baler)",
  "被(车|汽车|卡车|货车|摩托车|电动车|出租车)撞(了|倒|飞)[^。]{0,20}(不动|流血|昏迷|没反应|叫不醒|起不来|没有意识)",
  "(nahulog|nalaglag|tumalon) sa (ilog|dagat|lawa|kanal|ilog na|dagat na)[^.]{0,40}(hindi (namin |na |ko )?(siya|sya) (makita|mahanap)|nawawala|lumubog)",
  "(is |was |started |now |he'?s |she'?s |and )foaming at the mouth(?! (with|in|over|about) )",
  "(피가 ?(많이|계속|안 ?멈|멈추지)|떨어졌|떨어지셨|굴러 ?떨어|쓰러졌|쓰러지셨)[^.]{0,30}(대답을? ?(안|못) ?하|반응이 ?없|의식이 ?없|움직이지 ?않|못 ?움직)",
  "ตก(ลงมา)?จาก[^.]{0,40}(ไม่ขยับ|ไม่รู้สึกตัว|ไม่หายใจ|เลือดออกมาก)",
  // Thirty-ninth round (red team 36 read): a limb pulled into a machine and nearly torn off
  // (Portuguese, Spanish); a heater left burning in a tent or a room and people who do not wake
  // (Spanish, Portuguese); a head injury with a pupil bigger than the other or the same question
  // asked again and again (English); purple spots that do not fade when pressed (Portuguese, Spanish);
  // one side's arm and leg paralysed (Korean); a fall and no answer, said across sentences
  // (Korean); a car overturned with people trapped, and chest pain with sweating or a numb arm
  // (Chinese); a baby choking on milk and turning blue (Vietnamese); poisoned by mushrooms or food
  // and vomiting or unable to stand (Tagalog).
  "(bra(ç|c)o|m(ã|a)o|perna|dedo|brazo|mano|pierna)[^.]{0,30}(puxad[oa]|pres[oa]|esmagad[oa]|arrancad[oa]|atrapad[oa]|aplastad[oa]|jalad[oa]) (pela|por la|en la|na|por una) (m(á|a)quina|prensa|esteira|cinta)",
  "(estufa|brasero|calentador|fogareiro|aquecedor|braseiro)[^.]{0,80}(no se despierta|no despiertan|no se despiertan|n(ã|a)o acorda|n(ã|a)o acordam|no reacciona|no responden)",
  "(one pupil|one of (his|her|their) pupils)[^.]{0,20}(bigger|larger|wider|different)|(keeps|kept) asking the same (question|thing)[^.]{0,60}(fell|hit (his|her|their) head|helmet|crash)|(fell|hit (his|her|their) head|crash)[^.]{0,60}(keeps|kept) asking the same (question|thing)",
  "(manchas|pintas|pontos|puntos) (roxas|roxos|moradas|morados|p(ú|u)rpura|vermelhas|rojas)[^.]{0,40}(n(ã|a)o somem|n(ã|a)o desaparecem|no desaparecen|no se van)",
  "(한쪽|반쪽|오른쪽|왼쪽) ?(팔다리|팔|다리|얼굴|몸)[^.]{0,10}(마비|안 ?움직|못 ?움직|힘이 ?없)",
  "(떨어졌|떨어지셨|굴러 ?떨어|추락)[^]{0,50}(대답이 ?없|대답을? ?(안|못) ?하|반응이 ?없|의식이 ?없)",
  "(有人|人|司机|孩子)被(困|卡)(住|在)[^，。]{0,10}(出不来|动不了|拉不出)|胸(口)?(剧痛|很痛|疼得|痛得)[^。]{0,24}(大汗|出汗|冷汗|手臂发麻|胳膊发麻|喘不)",
  "(sặc|hóc)[^.]{0,24}(tím tái|tím|không thở|không khóc|ngừng thở)",
  "nalason[^.]{0,60}(nagsusuka|hindi (na )?makatayo|nanginginig|walang malay|nahihirapang huminga)",
  // Fortieth round (red team 37 read): a hand caught in a press with bleeding (Indonesian); an
  // asthma attack with purple lips or no words (Vietnamese); a fit in pregnancy (English); a fall
  // from a roof, a window or a height with blood, a broken bone, vomiting or sleepiness
  // (Portuguese, Spanish, Indonesian, Vietnamese); shut in a cold store and shaking or slurring
  // (Chinese); chest pain with sweat, pallor or no words (Thai).
  "(tangan|jari|lengan|kaki)(nya)? (ter)?(jepit|gilas|tergilas|sangkut|tersangkut|tertarik) (di |ke |oleh )?(mesin|alat)",
  "(lên cơn (hen|suyễn)|khó thở|thở không được)[^.]{0,40}(tím|không nói được|không thở được)",
  "pregnant[^.]{0,80}(having a fit|had a fit|is fitting|started fitting|seizure)",
  "(ca(iu|í|y(ó|o))|se cay(ó|o)) d[oae]l? (telhado|escada|andaime|laje|techo|tejado|escalera|andamio|ventana|janela|(á|a)rvore|(á|a)rbol)[^.]{0,60}(sangue|sangre|n(ã|a)o (se )?mexe|no se mueve|desmai|desmay|inconscient|vomit)",
  "jatuh dari (atap|lantai|tangga|pohon|jendela|balkon|gedung|tebing|perancah)[^.]{0,60}(darah|berdarah|patah|pingsan|tidak sadar|muntah|tidak bergerak)",
  "ngã (từ|khỏi) (cửa sổ|tầng|mái|cầu thang|cây|ban công)[^.]{0,60}(nôn|máu|bất tỉnh|không cử động|buồn ngủ|muốn ngủ|lơ mơ)",
  "((冷库|冰库|冷冻库|冷藏室|冷冻室)[^。]{0,20}(困|关|锁)|(困|关|锁)在(冷库|冰库|冷冻库|冷藏室|冷冻室))[^。]{0,30}(发抖|说不清|意识|叫不醒|不动)",
  "เจ็บ(หน้าอก|อก)[^.]{0,30}(เหงื่อ|หน้าซีด|หายใจไม่|พูดไม่)",
  // Forty-first round (red team 38 read): a person fallen into a river and not found (Tagalog,
  // said without siya; the person named, not a ball); a baby pale, limp and no longer crying
  // (Vietnamese); people crushed under a wall or a tractor with a sign (Chinese); a sudden terrible
  // headache with blurred vision or shaking (English); a car sinking in a river with someone inside
  // (English); touching a fallen power line and out cold (Portuguese, Spanish); collapsed with no
  // speech and one arm that will not move (Thai).
  "(anak|kapatid|lolo|lola|pamangkin|apo|bata|asawa|kaibigan|tatay|nanay|ina|ama|lalaki|babae)[^.]{0,20}(nahulog|nalaglag) sa (ilog|dagat|lawa|kanal)[^.]{0,40}hindi (pa )?(namin |na |ko )?(makita|mahanap)|(nahulog|nalaglag) sa (ilog|dagat|lawa|kanal)[^.]{0,20}ang (anak|kapatid|lolo|lola|pamangkin|apo|bata|asawa|kaibigan|tatay|nanay|ina|ama|lalaki|babae)[^.]{0,30}hindi (pa )?(namin |na |ko )?(makita|mahanap)",
  "(mềm nhũn|lả đi|tím tái|tái mét|mặt tái)[^.]{0,30}(không khóc|không thở|không phản ứng|không cử động)",
  "被[^，。]{0,8}(压|埋|砸|夹)(住|在)[^。]{0,30}(下面|底下|没有声音|没声音|流血|流了很多血|晕|动不了|出不来)",
  "(sudden|suddenly)[^.]{0,30}(terrible|severe|worst|splitting|awful) headache[^.]{0,60}(blurred vision|can'?t see|shaking all over|fit|seizure|passed out|collapsed|slurring)",
  "(car|van|vehicle|bus|truck) in the (river|sea|lake|canal|water)[^.]{0,60}(sinking|someone (is )?inside|people inside|trapped)|(sinking)[^.]{0,30}(someone|somebody|people|a (man|woman|child)) (is |are )?(inside|in it|trapped)",
  "(fio|cabo|cable) (el(é|e)trico|de (alta )?tens(ã|a)o|de luz|de la luz)[^.]{0,60}(desacordad|desmaiad|inconscient|n(ã|a)o (se )?mexe|n(ã|a)o respira|no respira|no se mueve)",
  "(ล้ม|หมดสติ)[^.]{0,20}พูดไม่ได้[^.]{0,20}(แขน|ขา)(ขวา|ซ้าย)?(ขยับไม่ได้|อ่อนแรง)",
  // Forty-second round (red team 39 read): fallen from a ladder with a bleeding head and no answer
  // (Vietnamese ngã từ trên thang); a puffer fish eaten and the mouth and limbs not moving (Nepali);
  // a carbon monoxide alarm with headaches and no one able to get up (Portuguese, Spanish).
  "ngã (từ|khỏi) (trên )?(thang|cây|mái nhà|giàn giáo)[^.]{0,60}(máu|bất tỉnh|không trả lời|không cử động|không tỉnh)",
  "(पफर माछा|फुगु माछा|पफर)[^।.]{0,40}(चल्दैन|चल्दैनन्|सुन्निए|बोल्न सक्नुहुन्न|सास फेर्न)",
  "mon(ó|o)xido de carbono[^.]{0,80}(dor de cabe(ç|c)a|dolor de cabeza|n(ã|a)o consegu|no pod|tontura|mareo|desmai|desmay|v(ô|o)mit)",
];

// For an old or disabled person hurt by family or carers: the police and an ambulance (189 is for
// children).
const POLICE_AND_AMBULANCE: readonly CrisisContact[] = [
  { name: "警察", number: "110" },
  { name: "救急", number: "119" },
];

// A child hurt now by those caring for it: the ambulance, the child-abuse line and the police.
const CHILD_HURT_CONTACTS: readonly CrisisContact[] = [
  { name: "救急", number: "119" },
  { name: "児童相談所虐待対応ダイヤル", number: "189" },
  { name: "警察", number: "110" },
];

const VIOLENCE_CONTACTS: readonly CrisisContact[] = [
  { name: "警察", number: "110" },
  { name: "DV相談ナビ", number: "#8008" },
  { name: "DV相談+", number: "0120-279-889" },
];

// Nineteenth round: a child who sees a parent beaten (面前DV): the child line, the police, the DV lines.
const WITNESSED_DV_CONTACTS: readonly CrisisContact[] = [
  { name: "児童相談所虐待対応ダイヤル", number: "189" },
  ...VIOLENCE_CONTACTS,
];

// Thirty-first round (red team 28 read): a parent gone to a shop or a game hall (親はパチンコ店に
// 入ったきり, 母親が買い物に行ったまま), a child left shut in a car (passive), and the child limp.
// Thirty-third round (red team 30 read): also a parent who does not come out of it for hours (親は
// 三時間パチンコ店から出てきません), and the child's age or number named before it (車の中に一歳の子が).
const PARENT_AWAY =
  "(親|母親|父親|ママ|パパ|両親|母|父)(が|は)[^。、]{0,16}((に|へ)\\s?(行った|いった|入った|はいった|出かけた|でかけた)\\s?(まま|きり)|から\\s?(出て|でて)\\s?(こ|き)(ない|ません|ず))";
const CHILD_LEFT_IN_CAR = `(車|くるま)(の中|のなか|内)?に\\s?([^。、]{0,6}の)?${CHILD}(が|は)\\s?([^。、]{0,6}で)?\\s?(残され|のこされ|置かれ|おかれ|置き去りにされ)`;
const LIMP_IN_CAR =
  "(ぐったり|動かな|うごかな|反応(が)?\\s?(ない|なく)|泣き叫|汗|あせ|真っ赤|まっか|顔が赤)";

/** Table order is priority order: life first, then the most specific abuse rule. */
const LEXICON_SOURCES: readonly CrisisRuleSource[] = [
  {
    // Thirteenth round (red team 10 read): a parent or partner threatening to die and take the child
    // with them (『子どもを連れて一緒に死ぬ』と電話が): the child's life is in danger, so it is child
    // abuse (子ども家庭課, 189 and 110), not the caller's own suicide. Said by someone else, in a
    // quote or a message; a caller who says it of herself is still read by the suicide rule below.
    kind: "abuse",
    department: "子ども家庭課",
    patterns: [
      // Thirty-first round (red team 28 read): a child hung over a balcony's rail (子がベランダの柵の
      // 外に吊り下げられて; holding his boy over the balcony rail), read here before the suicide
      // rule's 吊り下げ for the same reason: it is the child's life.
      `${CHILD}[^。]{0,20}(ベランダ|バルコニー|窓)の\\s?(柵|手すり|手摺|さく|外)[^。]{0,6}(吊り下げ|つりさげ|吊るされ|つるされ|吊るし|つるし|ぶら下げ|ぶらさげ)`,
      "(holding|hanging|dangling|held|hung) (his|her|their|a|the|my|our) (little |small |baby |young )?(boy|girl|son|daughter|child|kid|baby|toddler) (over|off|out of|outside) (the |a )?[^.]{0,30}(balcony|window|railing|rail|ledge|stairwell|staircase|stairs|bridge|roof)",
      "[「『][^」』]{0,20}(子ども|子供|こども|この子|娘|息子|子)(を連れて|をつれて|と|も)\\s?(一緒に|いっしょに)?\\s?((死|し)(ぬ|にます|んでやる|のう)(?!\\s?(ほど|くらい|ぐらい|かと))|心中)[^」』]{0,6}[」』][^。]{0,6}(と|って)[^。]{0,6}(電話|でんわ|メール|めーる|ライン|line|連絡|言(っ|わ|い)|書)",
    ],
  },
  {
    kind: "suicide",
    patterns: [
      "(死|し|氏)にた(い|か(?!ら)|く(て|な))|市にた(く(て|な)|い(?!し|す|応|象|策|処|面|抗|戦|談|会|決|立|話|外|内|切))|(死|し)にて(え|ぇ)|(死|し)にと(う|お)(な|て)",
      // しまう and its Kansai/Tohoku forms: 死んでしまいたい, 死んでまいたい, 死んでしまいてぇ.
      "(死|し)んで(しま|ま)(いたい|いた(か|く)|いて(え|ぇ)|おう|えば)|(死|し)んで(やる|楽に|お詫び|おわび)",
      "(死|し|氏)(のう|ぬつもり|ぬしかない|ぬ気で|ぬこと(ばかり|ばっかり|ばっか)|ぬことを考え|ぬ方法|に方を)|死(にます|ぬことにし|ぬ覚悟|ぬと決め)",
      "(死|し)んだ(ほう|方)が|死んだら(いい|ええ|楽)",
      // Sixteenth round (red team 13 read): dying by one's own hand said outright (明日の朝、自分で
      // 死ぬので), not as hyperbole or a topic (自分で死ぬほど, 自分で死ぬなんて).
      "(自分で|じぶんで|自ら|みずから)\\s?(死|し)(ぬ|にます|のう)(?!\\s?(ほど|くらい|ぐらい|かと|気で|なんて|とか|まで|人|ひと|こと(に)?(つい|の)))",
      // 死ぬって言って, also quoted: 「死ぬ」って言って.
      '自殺|自死|じさつ|(死|し)(ぬ|のう|にたい)[」』”"]?(って|と)((言|い)(っ|う|い|わ)|メール|めーる|ライン|line|メッセージ|連絡|書い|かい|電話)',
      ...SUICIDE_WORLD,
      // Fortieth round (red team 37 read): someone at a platform's edge who steps forward each time
      // a train comes (ホームの端に…立っていて、電車が来るたびに一歩前に出ています).
      "(ホーム|ほーむ)の\\s?(端|はし|ぎりぎり|際|きわ|縁|へり)[^。]{0,30}(電車|でんしゃ|列車|れっしゃ)が\\s?(来る|くる|来た|きた|入って|はいって)(くる)?\\s?(たびに|度に|ときに|時に|と)[^。]{0,10}(前に|まえに|線路|せんろ|身を乗り出|みをのりだ)",
      // Twenty-ninth round (red team 26 read): cutting one's wrists now in Spanish, an engine left running in a car shut in a garage in Portuguese, about to jump from a bridge
      // into a river in Nepali.
      "(est(á|a)|estaba) cortando(se)? (las|sus) (muñecas|venas)|cort(ó|o|ándose|andose|arse) las (muñecas|venas)|(trancou|trancar|trancad[oa]|fechad[oa])[^.]{0,40}(carro|garagem)[^.]{0,60}motor (ligado|funcionando)|हाम ?फाल्न|पुलमा ?उभि",
      // Thirtieth round (red team 27 read): shut in a garage with the car running in Spanish, lying
      // on the railway tracks in Tagalog; detergents mixed behind a taped door or smelling of rotten
      // eggs (hydrogen sulphide), not a question about mixing them.
      "(encerr(ó|o|ado|ada)|cerrad[oa])[^.]{0,40}(garaje|cochera)[^.]{0,60}(encendido|prendido|en marcha)|(nakahiga|nakahandusay|nakaupo|nakatayo)[^.]{0,20}riles",
      "(ガムテープ|がむてーぷ|目張り|めばり)[^。]{0,30}(洗剤|せんざい|薬剤)を\\s?(混ぜ|まぜ)(て|た)|(洗剤|せんざい|薬剤)を\\s?(混ぜ|まぜ)(て|た)[^。]{0,20}(腐った卵|くさった卵|腐った玉子|硫黄|いおう)",
      // Thirty-first round (red team 28 read): a car left running in a garage shut from inside
      // (エンジンをかけたまま車庫のシャッターを閉めて), a cord taken into a room locked with no answer
      // (延長コードを持ってトイレに入って、鍵を閉めたまま返事がない), on a bridge or a roof now with the
      // mind made up (大橋の上です。…もう決めたんで), detergents mixed behind a shut door (塩素系と酸性の
      // 洗剤を混ぜて浴室に閉じこもって; not a question about mixing them); in Nepali, standing on a
      // bridge's railing or "I will jump"; in English, a goodbye texted with no answer after or a car
      // running at a cliff; in Spanish, all the pills taken.
      "(エンジン|えんじん)(を)?\\s?(かけた|かけっぱなし|つけた|かかった)\\s?(まま|状態)[^。]{0,30}(車庫|ガレージ|シャッター)[^。]{0,12}(閉め|しめ|締め)|(車庫|ガレージ)[^。]{0,20}(閉め|しめ|締め)[^。]{0,20}(エンジン|えんじん)(を|が)?\\s?(かけた|かけっぱなし|かかった|かかって)",
      "(延長コード|コード|ロープ|縄|なわ|紐|ひも|ベルト|ネクタイ)を\\s?(持って|もって)[^。]{0,30}(に|へ)\\s?(入|はい|こも|籠も)(って|り|っ)[^。]{0,20}(鍵|かぎ)を?\\s?(閉め|しめ|かけ)[^。]{0,20}(返事|へんじ|出てこ|でてこ|応答|反応)",
      "(橋|大橋|鉄橋|陸橋|屋上|崖|がけ|ビル)の\\s?(上|うえ|端|はし|縁|ふち|てっぺん)(です|にいます|にいる|におる|におります|に立って|に来て)[^]{0,60}(もう|とっくに)\\s?(決めた|決めました|きめた|決心した|腹を決め)",
      "(洗剤|せんざい|塩素系|えんそけい|酸性|さんせい)[^。]{0,16}(混ぜ|まぜ)(て|た)(?!\\s?(も|ら|は|ると))[^。]{0,20}(閉じこも|とじこも|閉じ籠|立てこも|こもって|籠もって|鍵を\\s?(かけ|閉め))",
      "हाम ?फाल्छु|हाम ?फाल्छ|रेलिङमा ?उभि",
      "(texted|messaged|sent (me|us|her|him)?\\s?(a )?(message|text)? ?(saying)?) (me |us )?(a )?(goodbye|farewell)[^]{0,160}(not answering|won'?t answer|isn'?t answering|no answer|not picking up|engine running|cliff|bridge|(on|up on) the roof|by the edge|on the ledge)|(cliff|lookout|bridge)[^.]{0,30}(with )?(the )?engine running",
      "(se )?tom(ó|o) todas (las|sus) (pastillas|píldoras|pildoras)",
      // Crisis training set 6's leftover: someone walking toward the tracks who shook off the one
      // who tried to stop them (線路の方に歩いていくのが見えて、止めても振り払われました).
      "(線路|せんろ|踏切|ふみきり|崖|がけ|海|うみ)(の方|のほう)?(に|へ)\\s?[^。]{0,10}(歩いて|あるいて|向かって|むかって)[^。]{0,20}(止めても|とめても|止めたけど|とめたけど)\\s?[^。]{0,6}(振り払|ふりはら|聞かな|きかな|止まらな|とまらな)",
      // Thirty-second round (red team 29 read): a cord, a rope or a belt tied or hung now on a thing
      // one can hang from (階段の手すりにベルトを結んだ, 柿の木に縄をかけました, 物干しざおにロープを
      // 結んでいる; not for a hammock, a swing, the washing or felling a tree); someone over a
      // height's fence and standing outside it, or legs put out over it (屋上の柵を男の子が乗り越えて、
      // 向こう側に立って, 踊り場にいます。柵の外に足を出しました), astride a railing in Kansai speech
      // (手すりにまたがってんねん); in English a rope tied to a beam, all of one's insulin taken; in
      // Korean charcoal lit in a tent; in Spanish "is going to throw himself" from a crane or a tower.
      "(手すり|てすり|欄干|らんかん|木|枝|えだ|梁|はり|鴨居|かもい|物干しざお|物干し竿|ものほしざお|ドアノブ|柱|はしら|フック|パイプ|クローゼット)に\\s?(ベルト|ロープ|ろーぷ|縄|なわ|紐|ひも|コード|延長コード|ネクタイ)を\\s?(結|むす|かけ|掛け|くくりつけ|括りつけ|括り付け)(んだ|びました|んで\\s?(い)?(る|ます)|ました|た|て\\s?(い)?(る|ます)|てる)(?![^。]{0,20}(ハンモック|ブランコ|ぶらんこ|テント|洗濯|せんたく|干し|ほし|旗|はた|シート|ターフ|目印|めじるし|固定|補強|飾り|かざり|しめ縄|鯉のぼり|引っ張|ひっぱ|倒|伐))",
      "(屋上|おくじょう|ベランダ|橋|歩道橋|陸橋|ビル|マンション|駐輪場|駐車場|非常階段|踊り場|ホーム|(\\d+|[一二三四五六七八九十]+)階)[^。]{0,20}(柵|さく|フェンス|手すり|てすり|欄干|らんかん)を\\s?[^。、]{0,10}(乗り越え|のりこえ|越え|こえ)(て|た)[^。]{0,10}(向こう側|むこうがわ|外側|そとがわ|外|そと)に\\s?(立|た|い|お)",
      "(屋上|おくじょう|ベランダ|橋|歩道橋|陸橋|ビル|非常階段|踊り場|(\\d+|[一二三四五六七八九十]+)階)[^]{0,30}(柵|さく|フェンス|手すり|てすり|欄干|らんかん)の\\s?(外|そと|外側|そとがわ|向こう|むこう)(側)?に\\s?(片足|かたあし|両足|りょうあし|足|あし|体|からだ|身|み)を\\s?(出し|だし|乗り出し|のりだし)(ました|た|て\\s?(い)?(る|ます)|てる)",
      "(手すり|てすり|欄干|らんかん|柵|さく|フェンス)(に|を)\\s?(またが|跨が)って\\s?(ん|る|い|お|ま)",
      "(i have|i've|i got|i just|he has|she has|he's|she's|there is|there's) (got )?(a )?(rope|cord|noose|belt)[^.]{0,20}(tied|hung|fixed|attached|looped) (to|from|over|around) (the |a |my )?[^.]{0,12}(beam|rafter|banister|ceiling|door ?frame|tree|branch|hook|pipe|railing)(?![^.]{0,30}(swing|hammock|boat|tent|dog|laundry|washing|clothes))",
      "(took|injected|have taken|'ve taken|has taken) all (of )?(my|his|her|their) insulin",
      "(텐트|캠핑카) ?안에서 ?(번개탄|연탄)(을|를)? ?(피웠|피우고 ?있)",
      "(gr(ú|u)a|torre|antena|andamio|azotea|techo|edificio|puente)[^.]{0,60}(se|me) (va|voy|quiere|quiero) a (tirar|lanzar|aventar)(?! (abajo|al suelo|la |el |los |las ))",
      "(消|き)え(たい|てしまいたい|てなくなりたい|てしまおう)|(?<!(が|は|も) ?)(もう|いっそ)(消|き)え(ます(?!か)|よう(と|か))",
      "いなくなりたい|いなくなった(ほう|方)が|(おらん|おらへん|おらん?よう|居らん)(ごと|よう)?に?(なりたい|なった(ほう|方)が|なったら楽)|(私|わたし|自分|僕|俺|あたし|うち)(なんか|なんて|は|が)?.{0,4}いない(ほう|方)が(いい|まし|よかった)",
      `${LIVE}の(が|も|に)?.{0,4}(つら|つろ|辛|しんど|苦し|いや|嫌|疲れ|限界)`,
      "(生|い)き(ていて|てて|ても|とっても|てたって|たって|とって|ていても|てても|とっても)(も)?.{0,4}(仕方|しかた|しょうがな|しょんな|しょうもな|しゃあな|意味|いみ|むだ|無駄)",
      `${LIVE}(意味|いみ|価値|理由|気力|希望|自信)(が|も|なんて|は)?(もう|全然|ぜんぜん|まったく|何も)?(ない|無い|な|見つから|わから|ねえ)`,
      // Tohoku 生ぎでだぐねぇ (生きていたくない); kana いぎだぐね is 行きたくない, so kanji only there.
      "(生|い)きて(い)?(たくない|る意味)|生きたくない|生きとう(ない|な)|生きたない|生ぎ(で(だ|た)?|だ|た)ぐね|いぎで(だ|た)?ぐね",
      "(もう|これ以上).{0,6}生きて(いけ|いられ|られ)ない",
      "(もう|全部|すべて|人生|何もかも|なにもかも|いっそ).{0,6}(終わり|おわり|おしまい)(に(したい|しよう|する|します)|にしたく)",
      "(人生|命|自分|全部|すべて).{0,4}終わらせ(たい|よう|る)",
      "楽になりたい|楽になりたく|楽にな(れる|ろう)かな",
      // 吊る, also as speech recognition writes it (釣る), in every form: 首吊ろう, 首をつる.
      "(首|くび)を(吊|釣|くく|括|つ(?!っこ|な|け|き|い|か))|(首|くび)(吊|釣)(ろ|る|り|っ)|(首|くび)つ(ろ|る|り)|ロープ(を)?(買|用意|準備|かけ|持)",
      "飛び(降|下)り|とびおり|身を投げ|(屋上|ベランダ|橋|崖|ビル|マンション|ホーム).{0,20}(柵|さく|フェンス|手すり|欄干)(を)?(乗り)?(越え|こえ)|(ベランダ|屋上|橋|窓|歩道橋)の(手すり|柵|さく|欄干|縁|へり|外)(に|を|の外に)(座|すわ|立|た(つ|っ)|乗|の(っ|ぼ)|越え|こえ|またが)|(電車|線路|ホーム|川|海|橋).{0,6}飛び込|(屋上|ベランダ|橋|崖|高い(所|ところ)).{0,12}下を(見|のぞ)",
      `${LETHAL_PLACE}.{0,20}(迷惑(を)?かけたくな|終わりに(す|し)|もう(飛ぶ|とぶ|飛びます|飛び込)|(飛び込|とびこ)(みます|もう)|(飛び降り|とびおり)ます|楽にな(る|り)|さよなら|さようなら|お別れ|もう(無理|むり|限界|だめ|ダメ))`,
      // Twenty-sixth round (red team 23 read): asking to be run over, by a car or a train (車の前に
      // 寝ころんで、ひいてくれと); no use living said in Tohoku speech (生ぎでてもしょうがねえ);
      // someone else going to hang himself (Spanish), thoughts of jumping (English).
      "(車|くるま|トラック|電車|でんしゃ|バス|道路|線路|せんろ)[^。]{0,20}(轢|ひ)(いて|き殺して|きころして)\\s?(くれ|ください|ほしい)|轢(いて|き殺して)\\s?(くれ|ください|ほしい)",
      "生ぎ(でで|でても|でっても|でだって)(も)?.{0,4}(仕方|しかた|しょうがね|しょうがな|しょんね|意味|いみ|むだ|無駄)",
      "se (va|quiere|iba|van) a ahorcar|(va|quiere|iba) a ahorcarse|(cuerda|soga)[^.]{0,40}ahorcar",
      "(keep|kept|been|can'?t stop|cannot stop) thinking (about|of) (throwing myself|ending it|killing myself)|(thinking|thought) (about|of) jumping (off|into|from|in front)(?! (the |a )?(swimming )?(pool|puddle))",
      // 衣装を書いた is how speech recognition writes 遺書を書いた; 練炭 only with its use (not its disposal).
      "遺 ?書|(?<![あ-ん])いしょ(を)?(書|かい|用意|残|のこ(し|す|さ))|衣装(を)?.{0,2}(書|かき|かい)|(練|連|れん) ?(炭|たん)(を|に|が|も)?.{0,8}(買|か(っ|い|う)|用意|準備|持|積|つ(ん|み)|火|焚|(?<![てしみ])た(い|き|く)|つけ|燃|車|くるま|部屋|目張り)|命を(絶|断)|命(を)?捨て|この世(から|に(いたく|未練|いる意味))|あの世に行き|生まれてこなければ|生まれてこなかった(ほう|方)が",
      "(みんな|皆|家族|この世|人生)(に|と)?(さよなら|さようなら)",
      // A farewell message and then no answer.
      "(さよなら|さようなら|今までありがとう|いままでありがとう|今までお世話になりました|今までごめん|いままでごめん).{0,30}(電話に出な|電話に出(ません|ん|へん)|電話(も|が)?(つながら|繋がら)な|連絡が(取れ|とれ|つか)な|既読(が)?(つか|付か)な|返事がな|返信がな)|(さよなら|さようなら)(、|,)?(今まで|いままで)(ありがとう|お世話に)",
      "(あと|後)を追(い|っ)たい|死に場所|死なせて|もう(死|し)ぬ(?!ほど|かと)|(生|い)きるの(を)?(やめ|止め)",
      "(目が覚め|目覚め)(なければ|なきゃ|ないで|たくない|なくて(いい|ええ|いい|かまわ|構わ)|なくなれば)|(朝|明日)が(来なければ|こなければ|来なきゃ)",
      "手首を切|腕を切(っ|り|ろ|る)|(カッター|かみそり|剃刀|刃物|ナイフ)で(腕|手首|うで|てくび|足|太もも)を.{0,6}(切|き)(っ|り|ろ|る)|(手首|腕|うで)の(傷|切り傷)(が)?(深|ふか)|リストカット|リスカ|自傷|自分を傷つけ",
      // A blade turned on oneself, fuel poured over oneself.
      "(包丁|ナイフ|刃物|カッター|かみそり|剃刀)(を)?(自分|じぶん)(の(首|くび|胸|むね|腹|はら|お腹|おなか|手首|腕|うで|喉|のど|体|からだ)|に(向け|むけ|当て|あて|刺|さ))|(灯油|ガソリン)(を)?(頭から)?(かぶ|被|浴び)",
      "(薬|くすり|睡眠薬|眠剤|市販薬|風邪薬|安定剤).{0,10}(たくさん|大量|いっぱい|全部|ぜんぶ|まとめて|一気|いっき|何十|なんじゅう|一箱|ひと箱|一瓶|ひと瓶|ようさん|ぎょうさん|ようけ).{0,6}(飲|のん|のみ|のむ|のま|服用)",
      "(たくさん|大量|いっぱい)(の|に)?(薬|くすり|睡眠薬|眠剤).{0,4}(飲|のん|のみ|のむ|のま)|(睡眠薬|眠剤|薬|くすり).{0,4}(ため|溜め|貯め)(て|こ|込)",
      "オーバードーズ|(?<![a-z])od(?![a-z])|過剰摂取",
      "kill (my ?self|myself)|killing myself|took all (my|the|of my) (pills|tablets|meds|medication|sleeping pills)|tonight is the night|(written|wrote|left) (goodbye |farewell )?(letters?|notes?) (to|for) (my|our)|suicid|(want|wants|wanted|wanna|going) to die|(he|she)('d| would|'ll| will| is going to| was going to| wants to) end it(?! (with|for))|(goodbye|farewell)[^.]{0,40}(phone is off|not answering|won'?t answer|can'?t reach)|feel like dying|end (it all|my life)|ending (it|my life)|take my (own )?life|overdos|self[- ]?harm|cut myself|(don'?t|do not) want to (live|be alive|be here|wake up)|no (reason|point)( in)? (to )?liv|better off dead|not worth living|jump off|want to disappear|can'?t go on|(don'?t|do not) want to wake up",
      // Someone else: cutting herself, going to kill himself, hanging himself; about to jump.
      "(cutting|cuts|harm|harming|harms|kill|killing|kills|hang|hanging|hanged) (herself|himself|themselves|themself)|slit(ting)? (my|her|his|their) wrists?|noose|(pills|rope|razor|blade)s? (ready|in my hand)|(going to|gonna|about to|want to|will|i'll|i will) jump(?= ?(off|from|out|in front|$|[.!,]))|(roof|ledge|bridge|railing|platform)[^.]{0,40}(jump|end it)",
      // Said short, with the time or the count that makes it now (今から死ぬ, 薬50錠のんだ).
      "(今から|いまから|これから|今夜|こんや|今日こそ)(死|し)(ぬ|にます|んでくる)(?!ほど|かと|気|き で)|(薬|くすり|睡眠薬|眠剤|安定剤).{0,6}(\\d{2,}|何十|なんじゅう|数十|十|二十|三十|四十|五十)(錠|じょう|粒|つぶ|個).{0,4}(飲|のん|のみ|服用)",
      // The means at hand: a cord round the neck, a cut wrist, exhaust into the car, the tracks.
      // Twentieth round (red team 17 read): the cord said haltingly (首に、コードを巻いてて), not when
      // it is kept from the neck (首にコードを巻かないように).
      "(首|くび)に[、,]?\\s?(縄|なわ|ロープ|ひも|紐|コード|ベルト)(を)?[、,]?\\s?(かけ|掛け|巻|まい|まき|まく)(?!(か)?(ない|ず|ぬ))|手首(を)?(切|き)(っ|り|る)|排気ガス(を)?.{0,12}(ホース|入れ|いれ|引き込|ひきこ)|(踏切|ふみきり|線路|せんろ)(ん|の)?(中|なか)(に|へ)(入|はい)|(屋上|ベランダ|ビル|マンション|橋|崖)から(飛ぶ|とぶ|飛びます|飛んで(やる|しまう))|(非常階段|(\\d+|[一二三四五六七八九十]+)階)の?.{0,12}下を(見|のぞ)",
      // Crisis training set 1: a time fixed for the end (今晩で全部終わる, 明日の朝には私はいない),
      // letters to the family written, charcoal and a stove carried in, a blade against the wrist,
      // a noose made, a count said in kana (くすり ひゃく じょう).
      "(今から|いまから|これから|今夜|こんや)(飛ぶ|とぶ|飛びます|飛び降り)|(今晩|今夜|今日|こんや|こんばん)で(全部|すべて|ぜんぶ|何もかも)(終わる|おわる|終わり|おしまい)|(明日|あした)(の朝)?(に|には)(もう)?(私|わたし|僕|俺|あたし)?(は)?(もう)?(いない|いません|おらん|この世にいない)",
      "(家族|妻|夫|子ども|子供|母|父|みんな)(あて|宛|へ|に)の?(手紙|メッセージ)(を)?.{0,6}(書き終え|書いた|書きました|残し)|(炭|すみ|練炭)(と|や)?.{0,6}(コンロ|七輪|しちりん).{0,24}(風呂|浴室|車|くるま|部屋|トイレ)|(コンロ|七輪|しちりん)(と|や)(炭|すみ)(を)?.{0,16}(風呂|浴室|車|くるま|部屋|トイレ)|(カミソリ|かみそり|剃刀|ナイフ|包丁|カッター)(を)?.{0,16}(手首|首|のど|喉)(に)(あて|当て)|(首|くび)に(かける|掛ける)(輪|わっか|輪っか|ロープ|ひも)|(死ぬ|しぬ)(準備|じゅんび|用意)(が|は)?(でき|整)|(ひゃく|百|何十|なんじゅう|数十|すうじゅう)\\s?(じょう|錠|粒|つぶ)|(下に|したに)(降り|おり|飛び)(たら|れば).{0,6}(楽|らく)(に)?(なる|なれる)",
      // Crisis training set 2: where and when (この電話が終わったら線路に, 陸橋から落ちるつもり), a last
      // word (死ぬ。さよなら, 誰か止めて, 今夜で最後), the means in the car or the shed (ホースが積んで,
      // 農薬のびん), insulin all injected, kerosene on oneself, a farewell note left out.
      "(電話|これ|話)が終わったら[^。]{0,12}(線路|踏切|橋|ホーム|屋上|海|川)|(陸橋|歩道橋|橋|屋上|ビル|ベランダ)から(落ちる|飛ぶ|飛び降りる)(つもり|予定|気)|(死ぬ|しぬ)[。、!！]?\\s?(さよなら|さようなら|バイバイ)|(誰か|だれか)(止めて|とめて)|(今夜|今日|今晩)で最後(?!の)|もう(来月|来週|明日)(は|には)?(いない|おらん)|(線路|線路沿い)[^。]{0,8}(フェンス|柵)(を)?(乗り越え|越え)|(車|くるま)に(ホース|練炭|炭)(が|を)?(積ん|つん)|(農薬|除草剤|殺虫剤)(の)?\\s?(びん|瓶|ボトル)?(を)?\\s?(持って|飲ん|のん)|(インスリン|インシュリン)[^。]{0,6}(全部|ぜんぶ|大量|たくさん|ありったけ|何本|なんぼん)[^。]{0,4}(打っ|うっ|打ち(まし|ま|す))|(体|からだ|自分)に(灯油|ガソリン)(を)?(かけ|撒)|(お世話になりました|今までありがとう)[」』]?(の|と書いた)?(紙|メモ|手紙)|ホームの(一番)?端[^?]{0,12}(次の|電車|快速|特急)|(ベランダ|屋上|橋|ビル)から(終わり|おわり)に(する|します|しよう)|(屋上|踊り場|橋|ホーム|崖|ベランダ|手すり)[^。]{0,8}(靴|くつ)(が|を)?(そろえ|揃え)|(橋|屋上|ホーム)[^。]{0,30}(欄干|手すり|柵|フェンス|端)(に|へ|の方へ)(向かって|むかって)(歩|行|走)",
      "carta de despedida|treo dây|mau lompat|मर्छु|विष|औषधि खायो|locked (herself|himself) in the bathroom|razor (is )?missing|carv(ã|a)o aceso|nakainom (na )?(po )?(ako )?ng (maraming|madaming) gamot|menyiapkan tali|mengakhiri (semuanya|hidup)|(i'?m|i am) on (the|a) (bridge|roof|ledge|platform)|drive (into|off) (the sea|a cliff|the river)|옥상에 ?(올라|있어|서 ?있)|약을 ?한 ?움큼",
      // Korean: outside the rooftop railing; Indonesian: all the sleeping pills, want to die.
      "(옥상|난간|다리 ?위).{0,12}(서 ?있|뛰어내)|(minum|menelan|meminum) (semua|banyak) obat|(mau|ingin|pengen) mati|bunuh diri|(mau|ingin|akan) (loncat|lompat|terjun)",
      // Eleventh round (red team 8 read): the end set by the next train (次の貨物で終わりにします),
      // every pill in the house taken, said in dialect (薬みな飲んだ), the act set after the last
      // message (これ送ったら飛ぶ).
      "(電車|列車|貨物|快速|特急|急行|新幹線)(列車)?(で|に)(終わり|おわり)に(します|する|しよう|したい)(?!か)|(家|うち|部屋|手元)に?(ある|あった|残ってた|残っとった)(薬|くすり)(を|は)?.{0,2}(みな|みんな|全部|ぜんぶ)\\s?(飲|の)(ん|み)(だ|じゃ|でしま|干)|(薬|くすり|睡眠薬|眠剤|安定剤)(を|は)?.{0,4}(ありったけ|あるだけ|残らず)\\s?(飲|の)(ん|み)(だ|じゃ|でしま|干)",
      "(これ|この(メール|メッセージ|ライン|電話|手紙))(を)?(送|おく|切|き|出し|だし)(っ|つ|り)?たら(もう)?(飛ぶ|とぶ|飛びます|飛び降り|死ぬ|しぬ|死にます|逝く)",
      // Eleventh round, crisis training set 3 read: a fall that would kill asked about (落ちたら死ねる
      // かな), bleach or weedkiller swallowed now, one's own funeral money set out, letters to a
      // daughter written, the tracks or a cliff headed for (崖に向かってる, 止めても聞かない), the
      // river below seen from a bridge, しに たい spoken with a pause, さよなら世界, a better-off-without
      // said as relief (私がいない方が楽に), and foreign residents' words.
      "(落ち|おち|飛び降り|とびおり|飛んだ|とんだ)(たら|れば)(死ね|しね)(る|ます)|(たった今|今|いま|さっき)[^。]{0,4}(漂白剤|ひょうはく\\s?ざい|洗剤|農薬|のうやく|除草剤|殺虫剤|不凍液|灯油|とうゆ)(を)?[^。]{0,6}(飲|の)(み\\s?ました|んだ|ん\\s?じゃ|んで\\s?しま)",
      "(自分|私|わたし|俺|僕)の(葬式|葬儀|お葬式)(代|費用|のお金)(は|を)?[^。?？]{0,20}(あります|置いて|入れて|封筒|用意し)",
      "(家族|妻|夫|子ども|子供|母|父|みんな|娘|息子|妹|弟|姉|兄)(あて|宛|へ|に)の?(手紙|メッセージ|封筒)(を|も)?.{0,6}(書き終え|書き終わ|書いた|書きました|残し)",
      "(線路|せんろ|踏切|崖|がけ|屋上|樹海|ダム)(の(方|ほう))?(に|へ)(歩いて|向かって|むかって|向かつて)[^。]{0,16}(止め|とめ)(て)?も(聞か|きか)(ない|ん)|(今|いま)[、,]?[^。]{0,6}(崖|がけ|樹海|線路|せんろ|ダム|岸壁)(に|へ)(向か|むか)(って|つて)",
      `${LETHAL_PLACE}[^?？]{0,16}((下の|したの)(川|かわ|海|道路|線路)|(水|川|波)の音|流れが(速|早|はや))|(海岸|浜|岸壁|崖|がけ|橋|屋上)[^?？]{0,16}(靴|くつ)(は|が|を)?(そろえ|揃え)`,
      "(?<=^|[\\s、。,])(死|し)に\\s(たい|たく)(?!\\s?(くらい|ぐらい|ほど))",
      "(さよなら|さようなら|バイバイ)(、|,)?\\s?(世界|この世|人生)|(私|わたし|自分|僕|俺|あたし|うち)(が|は)?いない(ほう|方)が(楽|らく)",
      "遗书|못 ?살겠|약을 ?한 ?(통|병|상자) ?다 ?먹|ininom ko (ang )?lahat ng (gamot|tableta)|tidak (mau|ingin) hidup|सबै ?(औषधि|औषधी|ओखती) ?खा|thư (từ biệt|tuyệt mệnh)|(won'?t|will not) need (anything|it|them|this) (after tonight|anymore|any more)",
      // Twelfth round (red team 9 read): pills taken said first and the amount after (薬、のんじゃった、
      // いっぱい), the way named before the end (川原で凍えて終わりにします), poison or insecticide
      // swallowed in foreign residents' languages, Nepali "kill myself" (not only "die").
      "(薬|くすり|睡眠薬|眠剤|安定剤)(を)?[、,]?\\s?.{0,4}(飲|の)(んだ|んじゃった|んじまった|んでしまった|んでもうた|んでしもた|みました|んじゃいました)[、,\\s]{0,3}(もう)?\\s?(いっぱい|たくさん|全部|ぜんぶ|大量|ぎょうさん|ようけ|ようさん|ありったけ|一箱|ひと箱|一瓶|ひと瓶|何十|なんじゅう)|(凍え|こごえ|凍死し|飛び込ん|沈ん|吊っ|轢かれ|ひかれ|飛び降り|入っ|はいっ|眠っ|ねむっ)(て|で)(終わり|おわり)に(します|する|しよう|したい)|(?<!(旅行|ツアー|散歩|コース|ドライブ|観光|日程|予定|遠足)[^。]{0,12})(海|うみ|川|かわ|線路|せんろ|橋|屋上|樹海|崖|がけ|ダム|踏切)で(終わり|おわり)に(します|する|しよう|したい)(?!か)|(凍え|こごえ)(て)?(死|し)(ぬ|にます|のう)|凍死(する|します|しよう|したい|するつもり)",
      "आफैं?(लाई|ले) ?मार्न|आफूलाई ?मार्न|डोरी ?तयार|(minum|menelan|meminum) (racun|obat nyamuk|pestisida|pemutih|cairan pembersih)|uminom (na )?(ako )?ng (lason|bleach|zonrox|pestisidyo)|tom(é|e)i? (el |o )?(veneno|lej(í|i)a)|bebi (veneno|(á|a)gua sanit(á|a)ria)|(drank|swallowed|took) (some |the )?(poison|bleach|pesticide|weedkiller|insecticide)|喝了(农药|毒药|漂白|敌敌畏|百草枯)|uống (thuốc (trừ sâu|diệt chuột)|thuốc độc)|(농약|독약|락스)을? ?마셨",
      // Twelfth round (crisis training set 4): charcoal in a car with the windows shut, death
      // planned for tonight (これから死ぬ予定), the level crossing entered at the first train, a cord
      // named before the neck, pills hoarded for months, one go (一回で終わらせたい), tonight set for the
      // act or the end said of oneself (私は今夜で終わりにする, 今夜実行するつもり), going to the sea and
      // not coming back, gone "properly" tonight, a roof's key asked for jumping tonight, putting
      // one's neck in the loop (romaji), and foreign residents' words.
      "(練炭|れんたん)[^。]{0,20}(窓|まど)[^。]{0,10}(閉め|しめ|目張り|めばり|ふさ)|(これから|今夜|今晩|今日|明日)(死|し)ぬ(予定|つもり)|(始発|電車|列車|貨物)(が)?(来|き)たら[^。]{0,8}(踏切|ふみきり|線路|せんろ|ホーム)(に|へ|から)(入|はい|飛)|(ひも|紐|縄|なわ|ロープ|コード|ベルト)[^。]{0,12}(首|くび)\\s?に\\s?(巻|まい|まき|かけ|掛け)",
      "(薬|くすり|睡眠薬|眠剤)(は|を|も)?[^。]{0,8}(か月|ヶ月|カ月|週間|日)分(も)?(ため|溜め|貯め)|(一回|いっかい|一発|確実)(で|に)(死ね|しね)|(ホーム|線路|快速|特急|電車|屋上|高さ)[^]{0,40}(一回|いっかい|一発|確実)(で|に)(終わらせ|おわらせ)|(私|わたし|僕|俺|自分|あたし)(は|が)?(もう)?(今夜|今晩|今日|明日|あした|きょう)で(終わり|おわり)に(する|します|しよう)|いなくな(って|っても|った後|ったあと)[^]{0,60}(今夜|今晩|今日|明日|あした)[^。]{0,4}(実行|決行)(する|します)",
      "(海|川|山|崖|樹海|湖|橋)[^。]{0,8}(帰|かえ|戻|もど)って(こない|来ない|こん)(つもり|予定)|もう[、,]?\\s?(ちゃんと|きれいに|静かに|すっかり)(消|き)え(る|ます)|もう[、,]?\\s?(きょう|今日|今夜|今晩)?\\s?(全部|ぜんぶ|すべて|何もかも|なにもかも)(終わらせ|おわらせ)(ます|る)|(見届け|みとどけ)(られ|れ)(ない|ません|ん)(けど|が)[^]{0,30}(今夜|今晩|今日のうちに|明日)|(屋上|ビル|マンション|橋)[^]{0,50}(今夜|今晩|今日|明日)[^。]{0,6}(そこ|ここ)から(降り|おり|飛び降り|とび)(たい|ます|る)|(首|くび)を(入れる|いれる)だけ",
      "pills are (kicking in|working)|(want|wanted|need) (tonight|today|this) to be the end|(i'?m|i am) (standing|sitting) on (the|a) (bridge|roof|ledge|edge|platform)|(not|never) (going to|gonna) (walk|come|go) back|me voy a colgar|voy a ahorcarme|ahorcarme|carb(ó|o)n encendido|(iinumin|inumin|iinom) (ko )?(na )?(ang )?lahat ng (gamot|tableta)|(약|수면제|알약)(도|을|를)? ?(다|전부) ?모아 ?(뒀|두었|놨)|손목 ?(을 ?)?(그었|긋)|nhảy xuống từ|sẽ nhảy (xuống|cầu|lầu)|(पुलमा|छतमा|छानामा) ?छु|ไม่อยากอยู่แล้ว|ไม่อยากมีชีวิต|อยากตาย|ฆ่าตัวตาย|กินยา[^ ]{0,16}ทั้งหมด|ดาดฟ้า[^]{0,40}(ไม่ไหวแล้ว|ขอโทษทุกคน|ลาก่อน)|သေမယ်|သေချင်|(ခေါင်မိုး|တံတား)[^]{0,40}မနေနိုင်တော့",
      // Thirteenth round (red team 10 read): the place, the day or the way of dying decided (死ぬ場所も
      // 日にちも決めました), death within a near time said with どうせ, pills taken on purpose (わざと飲んだ
      // 薬), the dose or the height that would kill asked for with the means at hand (何錠飲んだら目が
      // 覚めなくなりますか, 何階から飛べば確実ですか, 飲んだら死ねますか, 切れば終われますか), a place named
      // and then "end it there" (屋上…そこで終わりにしたい), a wrist cut "to try", and Portuguese.
      "(死|し)ぬ(場所|ばしょ|日|日にち|日取り|時間|時刻|方法|やり方)(も|を|は|と)?[^。]{0,12}(決め|きめ)(た|ました|て(ある|あります|(い)?る|(い)?ます))|(死|し)ぬ(のに|ための)[^。]{0,10}(場所|ばしょ|方法|ほうほう|やり方|薬|くすり|道具)(を)?\\s?(探|さが|調べ|しらべ)(し|して|いて|てい)|どうせ[^。]{0,6}(今週|今月|今夜|今晩|今日|明日|あした|来週|来月|もうすぐ|近いうち|すぐ)[^。]{0,4}(死|し)ぬ(?!\\s?(ほど|くらい|ぐらい|かと))",
      "tom(ou|aram|ei) ([^.]{0,20} )?(todos|muitos|v(á|a)rios|uma caixa|a cartela)[^.]{0,10}(os |de )?(rem(é|e)dios|comprimidos)|(安眠药|药片|药)(都|全都|全部)(吃|吞)(了|掉)|(수면제|약|알약)(을|를)? ?(다|전부|한꺼번에|잔뜩|많이) ?먹었",
      "わざと[^。]{0,8}(薬|くすり|錠|睡眠薬|眠剤|安定剤)[^。]{0,6}(飲|の)(ん|み)|(薬|くすり|錠|睡眠薬|眠剤|安定剤)[^。]{0,8}わざと[^。]{0,4}(飲|の)(ん|み)|わざと(飲|の)んだ(薬|くすり)",
      "(何錠|なんじょう|何粒|何シート|何箱|どれくらい|どのくらい|どれだけ|どんだけ)[^。]{0,8}(飲|の)(んだら|めば|むと)[^。]{0,6}((死|し)(ね|ぬ|にます)|目が覚めな|目覚めな|起きられな|二度と)|(何階|なんかい|何メートル|どの(くらいの)?高さ)から(飛|と)(べば|んだら|び降りれば|び降りたら|びおりれば)",
      "(れば|たら|だら|めば|べば|けば)[、,]?\\s?(確実に|かくじつに|ちゃんと|すぐ(に)?|楽に|らくに)?(死|し)ね(る|ます)(?!\\s?(ほど|くらい|ぐらい))|(切れば|切ったら|飛べば|飛んだら|飲めば|飲んだら|吊れば|吊ったら)[、,]?\\s?(確実に|ちゃんと|すぐ(に)?)?(終われ|おわれ)(る|ます)",
      "(屋上|おくじょう|橋|ビル|崖|がけ|海|川|線路|ホーム|ダム|マンション|踏切|樹海)[^]{0,40}(そこ|あそこ)で(終わり|おわり)に(したい|する|します|しよう)|(手首|てくび|腕|うで)を[^。]{0,10}(深く|ふかく)[^。]{0,4}(切|き)(れば|ったら)|(手首|てくび|腕|うで)を[^。]{0,8}(切|き)って(み|しま)(た|ました)",
      // Thirteenth round (crisis training set 5): astride the railing now (手すりをまたいでる), a gun or
      // a blade turned on oneself, ending it tonight, regards to the family with the crossing or the
      // tracks named, and a rope ready in Spanish.
      "(手すり|てすり|欄干|らんかん)(を|に)\\s?(またい|跨い|乗り越え|のりこえ|越え|こえ|またが)(で|て|っ)\\s?(る|いる|います|ます)|(柵|さく|フェンス)(を|に)\\s?(またい|跨い|またが)(で|っ)\\s?(る|いる|います|ます)|(銃|猟銃|拳銃|ライフル|包丁|ほうちょう|ナイフ|刃物)を\\s?(自分|じぶん)(の(頭|胸|首|喉|のど|こめかみ))?に\\s?(向け|むけ|当て|あて)",
      "(?<![はも]\\s?)(今夜|今晩|こんや|こんばん)で(全部|ぜんぶ|すべて)?\\s?(終わり|おわり)に(する|します)|(家族|かぞく|みんな|母|父|娘|息子)(に|には|にだけ)\\s?よろしく(って|と)\\s?(伝え|つたえ)[^。]{0,30}(ふみきり|踏切|線路|せんろ|屋上|おくじょう)|(tengo|ya tengo) (la|una) (cuerda|soga)|(cuerda|soga) (lista|preparada)",
      "(\\d+|[一二三四五六七八九十]+)階[^。]{0,16}(下|した)\\s?(を)?\\s?(見|み)[^。]{0,6}(吸い込まれ|すいこまれ|飛び(たく|込みたく|降りたく)|落ち(たく|たい))|(薬|くすり|錠剤|睡眠薬)[^。]{0,20}(か月分|ヶ月分|カ月分|週間分|全部|ぜんぶ|まとめて|いっぱい|たくさん|箱|シート)[^。]{0,8}(口に入れ|くちにいれ|口に放り込|飲み込|のみこ)(ました|た|んだ|ちゃ)",
      // Fourteenth round (red team 11 read): someone standing outside the railing of a bridge or a
      // roof (歩道橋の上で、柵の外側に男の人が立っています). Then, for the development lines the
      // refitted model no longer carried: a rope hung in a barn (dialect), 死んじゃる, pesticide
      // "if I drink it", a debt to be paid by the insurance money, a plan carried out today after
      // asking what follows one's death, "shall I go in" by the sea, a decision and a last word for
      // someone, water in the bath and a hair-dryer's cord.
      "(納屋|なや|小屋|梁|はり|鴨居|かもい)[^。]{0,6}(縄|なわ|紐|ひも|ロープ|ろーぷ)(を|さ|ば|こ)?\\s?(かけ|かげ|掛け|こかけ|下げ)",
      "(死|し)んじゃ(る|ろう)(けえ|けん|から|ぞ|わ|。|$)",
      "(農薬|のうやく|除草剤|殺虫剤)[^。]{0,24}(飲めば|のめば|飲んだら|のんだら|飲んで死|飲もう|のもう)",
      "保険金で[^。]{0,12}(返せる|かえせる|返して|払える|はらえる|楽に)",
      "(亡くな|なくな|死ん)(った|だ)(後|あと)[^]{0,60}(本日|今日|今夜|明日)[^。]{0,6}(決行|実行)",
      "(もう|いっそ)\\s?(はいろう|入ろう|飛び込もう|とびこもう)\\s?(か|かな)",
      "もう\\s?決めた(んで|ので|から)[。、]?\\s?[^。]{0,12}(ごめん|さよなら|ありがとう)(って|と)\\s?(伝え|つたえ)",
      "(風呂|ふろ|浴槽|湯船)[^。]{0,20}(ドライヤー|延長コード|電気コード)",
      "後の(手続|てつづ|こと)[^]{0,60}(本日|今日|今夜|明日)[^。]{0,6}(決行|実行)",
      "(突っ込め|つっこめ|飛び込め|とびこめ|ぶつかれ|飛び降りれ|とびおりれ)ば\\s?[^。]{0,2}(楽に|らくに|終われ|おわれ|死ね|しね)",
      "(命日|めいにち)に[^。]{0,10}(母|父|妻|夫|息子|娘|ばあさん|じいさん|主人|家内)のところ(へ|に)\\s?(行こう|いこう|行き|いき)",
      // Kinds the refitted model read otherwise on development lines: a rope or belt put round the
      // neck or on a door knob, cutting that will not stop, bleach about to be drunk, "going to
      // the sea and not coming back", a window opened high up after "I can't any more", a door
      // taped shut from inside.
      "(ロープ|ろーぷ|紐|ひも|コード|ベルト|ネクタイ)[^。]{0,24}(首|くび)に\\s?(かけ|掛け|巻い|まい)(て|た)|(ネクタイ|ベルト|ロープ|紐|ひも|タオル)\\s?を\\s?(ドア\\s?ノブ|どあのぶ)\\s?に\\s?(かけ|掛け|結)|(ドア\\s?ノブ|どあのぶ)に\\s?(ネクタイ|ベルト|ロープ|紐|ひも|タオル)が?\\s?(かか|かけ|掛)",
      "(今|いま)\\s?(それ|これ|あれ)(を)?\\s?(首|くび)に\\s?(かけ|掛け|巻い|まい)(て|た)",
      "(切る|きる)の(が|を)\\s?(やめられ|止められ|とめられ|止まら|とまら)",
      "(漂白剤|洗剤|農薬|除草剤|灯油|殺虫剤)を\\s?(飲も|のも)うと",
      "(海|うみ|川|かわ|山|やま)に\\s?(行って|いって)\\s?(帰らない|かえらない|戻らない|もどらない|帰らん)(?!\\s?(日|こと|とき|時))",
      "もう\\s?(無理|むり|限界)[^]{0,24}(階|屋上)[^。]{0,12}(窓|まど|柵|フェンス)を?\\s?(開け|あけ|越え|こえ)",
      "(ガムテープ|テープ)で\\s?目張り",
      "(誰にも|だれにも)\\s?迷惑(を)?\\s?かけ(ない|ん)(よう|ところ)[^。]{0,30}(山|森|海|川|崖|樹海)[^。]{0,12}(来|き)(ました|た)",
      // Things given away or passwords left, with "I won't need it any more" ending the message.
      "(あげ|譲り|譲っ|ゆずり|ゆずっ|残し|のこし)(ました|た)[。、]\\s?もう\\s?[^。]{0,10}(ない|ありません)(ので|から)[。.]?\\s?$",
      "(歩道橋|陸橋|鉄橋|橋|屋上|ビル|マンション|ベランダ|ホーム)[^。]{0,12}(柵|さく|フェンス|手すり|欄干|らんかん)の\\s?(外側|そとがわ|外|そと|向こう側|むこうがわ)(に|で)\\s?[^。]{0,12}(立|た(っ|つ)|座|すわ|しゃがん|い(ます|る))",
      // Fifteenth round (red team 12 read): a thought left unfinished at the tracks when the next
      // train comes (踏切の前で、次の電車が来たら…って), a blade held and the urge that will not
      // stop, a child taken along out of the window, death spoken of and then "decided, tonight".
      "(ホーム|ほーむ|踏切|ふみきり|線路|せんろ|駅)[^]{0,30}(電車|列車|快速|特急|急行|各停|貨物|新幹線)が\\s?(来|き)たら[、,]?\\s?(…|\\.\\.\\.)?\\s?(って|と)\\s?(思|おも|考|かんが)",
      "(カミソリ|かみそり|剃刀|カッター|かったー|ナイフ|ないふ|刃物|包丁)を\\s?(持|も|握|にぎ)(って|つて)(て|る|いて|います)[^。]{0,16}(やめられ|止められ|とめられ|止まら|とまら|抑えられ|おさえられ|我慢でき|がまんでき)(そうに|ない|ません|へん)",
      "(この子|このこ|赤ちゃん|あかちゃん|子ども|子供|こども|娘|息子)と\\s?(一緒に|いっしょに)[、,]?\\s?(窓|まど|ベランダ|屋上|橋|海|川)(から|に|へ)([、,]?\\s?(…|\\.\\.\\.)?\\s?(って|と)\\s?(思|おも|考|かんが)|\\s?(飛び|とび|落ち|おち|飛ぼ|とぼ|入ろ|はいろ))",
      "(死|し)(んだら|んだ後|んだあと)[^]{0,60}(もう|覚悟は)\\s?(決め|きめ)(た|ました|てる)[^]{0,40}(今晩|今夜|今日のうちに|今日中に|これから|明日)[^。]{0,6}(やります|やる|実行|決行)",
      "(đứng|ngồi|leo) (trên|lên) (cầu|nóc nhà|sân thượng)|muốn nhảy (xuống|cầu|lầu)",
      // Seventeenth round (red team 14 read): a poison named and then its contents drunk (除草剤の空き
      // 瓶…中身はさっき自分で飲みました), and going into the sea or a river now, said as what one does
      // next (わしもこれから川に入るけん), not a swim (入るので, 入る予定).
      "(漂白剤|洗剤|農薬|のうやく|除草剤|殺虫剤|不凍液|灯油|パラコート)[^]{0,40}(中身|なかみ|残り|のこり|それ|全部|ぜんぶ)(は|を|も)?\\s?[^。]{0,8}(飲|の)(みました|んだ|んじゃ|んでしま|み干)",
      "(これから|今から|いまから|今夜|今晩|もう)\\s?[^。]{0,6}(海|うみ|川|かわ|湖|沼|ダム)(に|へ|さ)\\s?(入|はい)(る|ります|ろう|りに)(?!\\s?(予定|時|とき|前|の|ので|から|けど|場合))",
      // Eighteenth round (red team 15 read): going into the water decided (海に入ると決めた), weights
      // tied to the body (足に重りを結んで), a poison to be drunk to end it (漂白剤を…飲めば終わりに
      // できますか), ways to die searched (楽に死ねる方法), a fall or jump set off by a vehicle
      // coming (トラックが来たら落ちる), on a bridge or a roof about to fall (not 落ちそう, not an
      // object: 荷物が落ちる), a cord round the neck with the face gone purple.
      "(海|うみ|川|かわ|湖|みずうみ|沼|ぬま|ダム|滝)(に|へ)\\s?(入|はい|飛び込|とびこ|身を投げ)(る|む)\\s?(と|って|ことに)\\s?(決め|きめ|決心|けっしん|決ま)",
      "(足|あし|体|からだ|腰|こし|首|くび)に\\s?(重り|おもり|錘|石|いし|ブロック|鉄アレイ)を\\s?(結|むす|縛|しば|巻|くくり|括り|付け|つけ)",
      "(漂白剤|洗剤|農薬|のうやく|除草剤|殺虫剤|不凍液|灯油|パラコート|ハイター|塩素)[^]{0,60}(飲|の)(めば|んだら)\\s?[^。]{0,6}(終わり|おわり|死ね|しね|死ぬ|楽に|らくに)|(飲|の)(めば|んだら)\\s?(確実に)?\\s?(死ね(る|ます)|しね(る|ます)|終わりに\\s?(でき|な)|おわりに\\s?(でき|な))",
      "(楽に|らくに|確実に|痛くなく|いたくなく|簡単に)\\s?(死ね|しね)る\\s?(方法|場所|薬|くすり|やり方)(?!\\s?(なんて|など|とか|は\\s?ない))|(死ね|しね)る\\s?(方法|場所)(?!\\s?(なんて|など|とか))[^。]{0,8}(検索|調べ|しらべ|探し|さがし)",
      // The same classes in foreign residents' languages: into the river or sea, weights tied on, a
      // poison to drink to end it, ways to die searched, a jump when the train or truck comes.
      "(decided|going|about) to (walk|go|jump) into the (sea|ocean|river|lake)|tied (weights?|stones?|rocks?|bricks?) to (my|his|her|their) (legs?|feet|ankles?|body|waist)|(bleach|pesticide|weed ?killer|antifreeze|poison)[^]{0,60}(if i drink|drink it|drink this)[^.]{0,30}(end it|die|be over)|(searched|search history|googled|looked up)[^.]{0,60}(painless |easy |quick )?(ways?|how) to (die|kill (my|him|her|them)sel(f|ves))(?! (of|in|from) )|when the (train|truck|lorry|bus) comes,? (i'?ll|i will|i'?m going to|i'?m gonna) (jump|step|fall|throw myself)",
      "跳河|跳江|跳海|投河|投江|投湖|(喝|吃)(了)?(农药|百草枯|漂白剂|敌敌畏|老鼠药)|(怎么|怎样|如何)(才能)?(死|自杀)|自杀(的)?方法|(강|바다|한강)에 ?(뛰어들|들어가)[^.]{0,8}(겠|려고|기로)|(농약|표백제|락스|제초제)(를|을)? ?마시|죽는 ?방법|nhảy (xuống )?sông|nhảy từ (trên )?cầu|uống (thuốc trừ sâu|thuốc diệt cỏ|thuốc tẩy|nước tẩy)|cách (tự tử|chết)|(tirarme|me voy a tirar|aventarme) (al|del|desde el) (río|puente|mar)|(beber|tomar|tomé|tomarme) (la |el )?(lejía|cloro|veneno|raticida)|(pular|me jogar) (da|de uma|na) (ponte|rio|mar)|(beber|tomei|tomar) (água sanitária|veneno|chumbinho)|(minum|meminum) (racun|pemutih|obat nyamuk|pestisida)|(loncat|lompat|terjun) (ke|dari) (sungai|jembatan|laut)|(bish|bikh|बिष|विष) ?(khaye|khayo|khaen|खाएँ|खायो|खाए)",
      "(トラック|車|くるま|電車|でんしゃ|列車|貨物|バス)が\\s?(来|き)たら\\s?[^。]{0,6}(落ちる|おちる|飛び降り|とびおり|飛び込|とびこ|飛ぶ|とぶ)",
      "(歩道橋|陸橋|橋|屋上|ビル|崖|がけ|ホームの端)(の)?\\s?(上|端|うえ|はし)[^]{0,30}(?<!(が|も)\\s?)(落ちる|おちる|飛び降りる|とびおりる)(?![^。]{0,4}(かも|かと|ところ|ような|そう|危険|危な|心配|こわ|怖|ので|から|んじゃ|事故))",
      // Red team 15's lines that only the model caught, as classes: pills laid out and to be taken
      // now, charcoal lit in a closed car, wrists cut again and again or with blood everywhere, a
      // rat or weed poison drunk, a bare "I'll jump." said as a sentence, a plan to die today.
      "(薬|くすり|錠剤)[^]{0,40}(並べ|ならべ|全部出し|ぜんぶだし)[^]{0,20}(これから|今から|いまから)\\s?(全部)?\\s?(飲|の)み(ます|ま)",
      "(七輪|しちりん|練炭|れんたん)[^。]{0,16}(火を\\s?(入れ|いれ|つけ|付け|おこし)|火が)[^]{0,30}(窓|まど|目張り|めばり|ドア|戸)[^。]{0,6}(閉め|しめ|ふさ|塞)(?!\\s?(ない|ず|るな|ると))",
      "(手首|腕|うで)を\\s?(何回も|何度も|深く|自分で|また)\\s?(切|き)(っ|り|った)|(手首|うで|腕)を\\s?[^。]{0,6}(切|き)(っ|り)[^]{0,20}(血|ち)(が|で)\\s?[^。]{0,4}(止まら|赤|いっぱい|たくさん|床|ゆか)",
      "(殺鼠剤|殺虫剤|除草剤|農薬|のうやく|パラコート|不凍液)を\\s?(飲|の)(んだ|みました|んで|んじゃ)(?!\\s?(人|ひと|ら|という|事故|ケース|場合|とき|時|こと))",
      "(?<=^|[。、!！]\\s?)(もう|今から|いまから)?\\s?(飛び込む|飛び降りる|とびこむ|とびおりる)\\s?(。|!|！|$)",
      "(死ぬ|しぬ|自殺の|自殺する)\\s?(計画|準備|段取り)(を|も)\\s?(立て|たて|し|整え|ととのえ|終え|おえ)(?![^。]{0,12}(終活|エンディング|遺言|相続|お墓))",
      "(ケーブル|コード|紐|ひも|ロープ|ベルト|タオル|ネクタイ|ストッキング|マフラー)(を)?\\s?(首|くび)に\\s?(巻|ま|かけ|掛け|括|くく)[^]{0,40}(顔(色)?が\\s?[^。]{0,2}(紫|むらさき|青|あお|真っ青|土気色)|ぐったり|意識が|息を?して(い)?な|反応(が)?な|動かな)",
      // Nineteenth round (red team 16 read): going onto the tracks now (この足で線路に入ります; not a
      // rule about trespass: 線路に入ると罰金), a blade put to one's own neck or wrist (カッターで首を
      // 切ろうとして), a hose run into a car with the engine left on, a goodbye and then up to a roof
      // or a bridge, a roof door locked from the inside; English pills to be taken all at once,
      // Tagalog "I want to jump".
      "(線路|せんろ|踏切|ふみきり)(の中)?(に|へ)\\s?(入|はい|飛び込|とびこ|立ち入|降り|おり)(ります|る|って(やる|やります|きます|いきます)|りに(行|い))(?!\\s?(と|のは|人|ひと|こと|予定|時|とき|前|の|ので|から|けど|場合|な))",
      "(?<!(が|は)\\s?)(カッター|ナイフ|包丁|刃物|かみそり|カミソリ|剃刀)で\\s?(自分の)?\\s?(首|くび|手首|てくび|のど|喉)を\\s?(切|き)(ろう|った|って|りました|っちゃ|りつけ)(?![^。]{0,12}(もみ合|もみあ|揉み合|取り押さえ|とりおさえ))",
      "(ホース|ほーす)[^。]{0,12}(車|くるま|車内|窓|まど)[^。]{0,8}(引き込|ひきこ|入れ|いれ|つな|繋|差し込|さしこ)|(ホース|ほーす)が\\s?(中に|なかに|車に)?\\s?(引き込|ひきこ)(んで|まれ)",
      "[「『][^」』]{0,30}(来ない|こない|さよなら|さようなら|お別れ|おわかれ|終わり|おわり|最後|さいご|ありがとう|ごめん)[^」』]{0,10}[」』]\\s?(と|って)\\s?(言って|いって|言い残して|いいのこして|書いて)[^。]{0,10}(屋上|おくじょう|橋|線路|せんろ|非常階段|崖|がけ)(に|へ)\\s?(上が|あが|のぼ|登|向か|行|い(っ|き))",
      "(屋上|おくじょう)[^。]{0,12}(上が|あが|のぼ|登|行)(って|った)[^]{0,20}((鍵|かぎ)を\\s?(かけ|閉め|しめ)られ|(鍵|かぎ)が\\s?(かか|閉ま|しま)って)[^。]{0,8}(開かな|あかな|開きませ|あきませ|入れな|はいれな)",
      // The same classes in foreign residents' languages: onto the tracks, a hose run into a car,
      // one's own throat cut.
      "(walk|go|step|lie down) (onto|on) the (train |railway )?tracks|卧轨|(선로|철로)(에|로) ?(들어가|뛰어들|누우)|(a|en) las v(í|i)as del tren|(nos|para os) trilhos do trem|(xuống|ra) đường ray|ke rel kereta|hose (from the exhaust|into the car|through the window)|(汽车|车)?尾气[^。]{0,10}(车里|车内|管子)|(cutting|slitting|(going|about|want|trying) to (cut|slit)) my (own )?(throat|neck)|slit my (own )?throat",
      // Twenty-fourth round (red team 21 read): a hose run from the exhaust into a car and someone
      // shut inside (ホースをつないで車に乗り込みました), a jump announced on a roof or a bridge
      // (屋上で「これから飛ぶ」と), all one's pills set out to be swallowed, and Korean a whole bottle
      // of sleeping pills taken (수면제를 한 통 다 먹었어요).
      "(ホース|ほーす)を?[^。]{0,10}(つない|つなげ|繋い|繋げ|差し込|さしこ|引き込|ひきこ)[^。]{0,6}(車|くるま|マフラー|排気)[^。]{0,20}(乗り込|のりこ|中から|なかから|目張り|めばり|窓を\\s?(閉め|しめ)|鍵|かぎ)|(排気ガス|はいきがす)[^。]{0,10}(車内|車の中|引き込|ひきこ)",
      "[「『]?(これから|今から|いまから|もう)\\s?(飛ぶ|とぶ|飛びます|とびます|飛び降りる|飛び降ります)[」』]?[^]{0,40}(屋上|おくじょう|橋|崖|がけ|ビル|マンション|ベランダ|線路|ホーム)(から|で|に|の)|(屋上|おくじょう|橋|崖|がけ|ビル|マンション|ベランダ)(から|で|に)[^]{0,40}[「『]?(これから|今から|いまから)\\s?(飛ぶ|とぶ|飛びます|とびます)",
      "all (of )?(my|the|these|those) (pills|tablets|meds|medication|sleeping pills)[^]{0,60}(going to|gonna|i'?ll|i will|about to) (take|swallow) them(?! (with|as (prescribed|directed)|every|daily|after|one))",
      "(수면제|약|알약|진통제)(을|를)? ?(한 ?(통|병|봉지|상자|박스)|통째로) ?(다|전부)? ?먹었",
      "(pills|tablets|meds|medication|medicine)[^]{0,60}(going to|gonna|i'?ll|i will|about to|plan to) (take|swallow) (them all|all of them|the lot)(?![^.]{0,20}(with (food|water|meals)|as (prescribed|directed)|every day|daily|each day|after meals))",
      "(gusto ko (na(ng)? )?(tumalon|magpatalon|tatalon)|(tatalon|tumalon) na ako)(?! sa (tuwa|saya))",
      // Twentieth round (red team 17 read): pills washed down with drink (睡眠薬を酒で流し込んだ; not
      // water), a wish to cut said in quotes with blood flowing now (「もう切るしかない」…血が流れて;
      // not 「縁を切るしかない」 alone, nor a cut finger, which the medical rule reads).
      "(薬|くすり|睡眠薬|眠剤|安定剤|錠剤)(を|も)?\\s?[^。]{0,8}(お酒|酒|さけ|アルコール|ビール|焼酎|ウイスキー|ワイン)(で|と一緒に|といっしょに)\\s?(流し込|ながしこ)(んだ|みました|んで|んじゃ)|(お酒|酒|アルコール|ビール|焼酎|ウイスキー|ワイン)で\\s?(薬|くすり|睡眠薬|眠剤|安定剤|錠剤)を\\s?[^。]{0,6}(流し込|ながしこ)(んだ|みました|んで|んじゃ)",
      "[「『][^」』]{0,12}(切る|きる|切りたい|きりたい|切っちゃ|切るしか|きるしか)[^」』]{0,8}[」』][^]{0,40}(血|ち)が\\s?(流れ|ながれ|垂れ|たれ|止まら|とまら|いっぱい|たくさん)",
      // Twenty-third round (red team 20 read): a leg over the railing of a height, kept there (非常
      // 階段の踊り場で手すりに片足をかけたまま); Tagalog "says he will jump" of someone else (sabi niya
      // tatalon na siya); charcoal lit in a shut room or car in Korean and Chinese (욕실에서 번개탄을
      // 피우고 문을 잠가, 在浴室烧炭).
      "(非常階段|踊り場|屋上|おくじょう|ベランダ|橋|歩道橋|陸橋|ビル|マンション|ホーム|(\\d+|[一二三四五六七八九十]+)階)[^。]{0,24}(手すり|てすり|柵|さく|欄干|らんかん|フェンス)に\\s?(片足|かたあし|両足|りょうあし|足|あし)を\\s?(かけ|掛け|乗せ|のせ)(たまま|て(い)?(る|ます)|てる)",
      "(tatalon|tumalon|magpapakamatay|magpakamatay) na (po )?(siya|sya|raw|daw)(?! sa (tuwa|saya))|sabi (niya|nya|raw|daw)[^.]{0,20}(tatalon|magpapakamatay)(?! (na )?(siya |sya )?sa (tuwa|saya))",
      "(번개탄|연탄)(을|를)? ?(피우|피웠|피워)[^.]{0,40}(문을 ?잠|잠가|잠갔|잠그|욕실|화장실|차 ?안|방에서|창문을 ?(닫|막))|(욕실|화장실|차 ?안|방)에서 ?(번개탄|연탄)(을|를)? ?(피우|피웠|피워)|烧炭|(浴室|车里|车内|房间)[^。]{0,6}(点|烧)(了)?(炭|煤)",
      // Twenty-fifth round (found when the medical rule below began to read consciousness fading,
      // which took a line of red team 5 from its kind): all of one's medicine taken at once (薬を
      // 一度にすべて飲みまして), read before the fading consciousness that follows.
      "(薬|くすり|処方薬|睡眠薬|眠剤|安定剤|錠剤)を\\s?(一度に|いちどに|一気に|いっきに|まとめて)\\s?(すべて|全て|全部|ぜんぶ)\\s?(飲|の|服用)",
      // Twenty-fifth round (red team 22 read): the neck put into a rope or a noose, in dialect too
      // (納屋で縄さ首かけようとして, ロープの輪に首を通して); someone standing at a level crossing
      // or on the tracks waiting for the train (踏切の前に立って電車を待っている: at a crossing one
      // waits for a train to pass, not for it); a jump or a death announced in a quote at a window,
      // a balcony or a roof (窓から身を乗り出して「飛ぶから」と); a foot on a window frame or a
      // railing while looking down (窓枠に足をかけて、下を見ながら); a poison's bottle being opened
      // (今、農薬の瓶のふたを開けています); Spanish and Portuguese "is going to jump" with a height
      // named (está en la azotea … va a saltar).
      "(縄|なわ|ロープ|ろーぷ|輪|わっか|輪っか)(に|さ|へ|の中に)\\s?(首|くび)(を|ば|こ)?\\s?(かけ|掛け|かげ|通し|とおし|入れ|いれ|突っ込|つっこ)(よう|て|た|る|ます|ちゃ)",
      "(踏切|ふみきり|線路|せんろ)(の)?\\s?(前|まえ|中|なか|そば|脇|わき|上|うえ)?(に|で)\\s?(立|た)(って|つて|ち)[^。]{0,12}(電車|でんしゃ|列車|れっしゃ|貨物|快速|特急|始発|終電)を\\s?(待|ま)(って|つて|ち)(?![^。]{0,6}(間|あいだ|とき|時|うちに))",
      "(窓|まど|ベランダ|屋上|おくじょう|手すり|てすり|柵|欄干|らんかん|橋)[^。]{0,30}[「『](もう)?\\s?(飛ぶ|とぶ|飛びます|とびます|飛び降りる|とびおりる|飛び降ります|死ぬ|しぬ|死にます)(から|よ|ね|わ|けん|けえ|で|ぞ){0,2}[」』]",
      "(窓枠|窓わく|まどわく|窓の(へり|縁|桟)|手すり|てすり|柵|さく|欄干|らんかん|フェンス)に\\s?(片足|かたあし|両足|りょうあし|足|あし)を\\s?(かけ|掛け|乗せ|のせ)(て|た)[^。]{0,16}(下|した)を\\s?(見|み|のぞ|覗)",
      "(農薬|のうやく|除草剤|殺虫剤|漂白剤|睡眠薬|パラコート)の\\s?((瓶|びん|ボトル|容器)の\\s?)?(ふた|蓋|フタ|キャップ|栓)を\\s?(開け|あけ)(て(い)?(る|ます)|ようと)",
      "(azotea|techo|tejado|puente|balc(ó|o)n|ventana|edificio|telhado|ponte|janela|pr(é|e)dio|sacada|varanda)[^.]{0,60}(va|voy|vas|van|quiere|quiero|amenaza con) (a )?(saltar|tirarse|tirarme|aventarse|lanzarse)|(azotea|techo|puente|balc(ó|o)n|ventana|edificio|telhado|ponte|janela|pr(é|e)dio|sacada|varanda)[^.]{0,60}(vai|vou|quer|quero|amea(ç|c)a) (se jogar|me jogar|pular)|(va|voy|quiere|amenaza con) (a )?(saltar|tirarse|tirarme|aventarse) (de|desde|por) (la|el) (azotea|techo|puente|balc(ó|o)n|ventana|edificio)|(vai|vou|quer) (se jogar|me jogar|pular) (do|da|de) (telhado|ponte|janela|pr(é|e)dio|sacada|varanda)",
      // Twenty-seventh round (red team 24 read): a gun's muzzle or a blade's point put to one's own
      // body, whatever part is named and with words between (猟銃の先を自分のあごに当てて); one's
      // own body stabbed or cut again and again, said of someone else too (娘が自分の太ももをハサミ
      // で刺し続けて), which is self-harm, not abuse; cutting the veins of the wrist in Spanish and
      // Portuguese (se va a cortar las venas); about to jump from a balcony, a roof or a bridge in
      // Thai.
      "(銃|猟銃|拳銃|ライフル|包丁|ほうちょう|ナイフ|刃物|カッター|はさみ|ハサミ)(の\\s?(先|先端|銃口|刃|切っ先))?を\\s?(自分|じぶん)の\\s?[^。、]{0,6}に\\s?(向け|むけ|当て|あて|突きつけ|つきつけ|押し当て|押しあて)",
      "(自分|じぶん)の\\s?(腕|うで|手首|てくび|太もも|ふともも|足|あし|脚|お腹|おなか|腹|首|くび|手|顔|体|からだ)を\\s?[^。、]{0,10}(刺し|さし|切り|きり|切っ|きっ)(続け|つづけ|て(い)?る|てる|ています|ていて|てて)",
      "(cortar|cortarse|cortarme|cort(ó|o)|se cort(ó|o)|me cort(é|e)) (las|sus|mis) (venas|mu(ñ|n)ecas)|cort(ar|ou|ando) (os|seus|meus) pulsos",
      "(กำลัง)?จะ\\s?กระโดด(ลง)?\\s?(จาก)?\\s?(ตึก|ระเบียง|สะพาน|หลังคา|ดาดฟ้า|ชั้น)",
      // Twenty-eighth round (red team 25 read): an engine left running in a car locked or shut
      // from inside (車のエンジンをかけたまま中から鍵を閉めて); a neck hanged said with Kyushu ば
      // (首ば吊ろうとしよる); lying down on the railway track (線路の上に寝転んどる); an overdose in
      // Tagalog (uminom ng maraming gamot).
      "(エンジン|えんじん)(を)?\\s?(かけ|掛け)(た\\s?まま|っぱなし)[^。]{0,20}((鍵|かぎ)を\\s?(閉め|しめ|かけ|掛け)|(閉め切|しめき|目張り|めばり))",
      "(首|くび)(ば|ぼ)\\s?(吊|つ|釣)(ろう|って|っと|りよ|る)",
      "(線路|せんろ)(の)?\\s?(上|うえ|中|なか|真ん中)?に\\s?(寝転|ねころ|寝そべ|ねそべ|横にな|よこにな|横たわ|よこたわ|座り込|すわりこ|寝て|ねて)",
      "uminom (siya |ako |sya )?ng (maraming|sobrang|napakaraming|isang banig na) (gamot|tableta|pills)",
      // Thirty-third round (red team 30 read): hanging said 首つって, also in spaced speech (彼が 首
      // つって て; not a cramp of 足首); someone named sitting on a roof's or a bridge's edge (not
      // the caller asking to eat there), or legs put out over it (屋上の端に男の人が座っていて、足を
      // 外に投げ出して); someone gone off saying they will jump (港の岸壁から飛び込む言うて車で出て
      // 行った); "I will die" quoted from someone shut in or with a gun (猟銃の弾ば込めて「おら死ぬ」
      // って納屋さ閉じこもって).
      "(?<!(足|あし|手|て)\\s?)(首|くび)\\s?(つ|吊|釣)っ\\s?(て|た|と)",
      "(屋上|おくじょう|ベランダ|橋|歩道橋|崖|がけ|ビル|マンション|岸壁|堤防|ダム)の\\s?(端|はし|縁|ふち|へり)(っこ)?に\\s?[^。]{0,8}(人|男|女|子|彼|娘|父|母|夫|妻|兄|姉|弟|妹|誰か|だれか)(が|は)\\s?[^。]{0,4}((座|すわ)(っ|り)|(腰|こし)\\s?(を)?\\s?(かけ|掛け)(て|た|る))",
      "(屋上|おくじょう|ベランダ|手すり|てすり|柵|欄干|らんかん|橋|端|はし|縁|ふち)[^。]{0,30}(足|あし|両足|りょうあし)を\\s?(外|そと|宙|ちゅう)に\\s?(投げ出|なげだ|出し|だし|垂ら|たら|ぶらぶら)",
      "(飛び込む|とびこむ|飛び降りる|とびおりる|死んでやる|しんでやる)[」』]?\\s?(言うて|いうて|ゆうて|って|と\\s?言って|といって|言って|言い残して|いいのこして)[^。]{0,12}(出て\\s?(行|い)っ|でていっ|出ていき|でていき|飛び出し|とびだし|家を出|いえをで)",
      "[「『][^」』]{0,8}(死ぬ|しぬ|死にます|しにます|死んでやる|しんでやる)[^」』]{0,4}[」』]\\s?(って|と|ち)?[^。]{0,16}(閉じこも|とじこも|立てこも|たてこも|籠も|こも)(っ|り)|(猟銃|りょうじゅう|銃|じゅう|ライフル)[^。]{0,20}[「『][^」』]{0,8}(死ぬ|しぬ|死にます|死んでやる)",
      // Thirty-fourth round (red team 31 read): a jump or a death announced in a message (トラック
      // に飛び込むとLINEしてきました; not 父が死ぬと連絡が来ますか, a death's notice); in English, a
      // goodbye texted and someone on a roof or by its edge.
      "(飛び込む|とびこむ|飛び降りる|とびおりる|身を投げる|死ぬ|しぬ|死にます|しにます|死んでやる)[」』]?\\s?(と|って|っと)\\s?[^。]{0,4}(line|ライン|らいん|メール|めーる|メッセージ|めっせーじ|dm|ショートメール)\\s?(して|で)\\s?(き|来|くれ|よこ)",
      // Thirty-fifth round (red team 32 read): someone shut in with the sound of a rope being tied
      // (物置に鍵をかけて閉じこもり、中からロープを結ぶ音); a razor or a cutter held by someone who does
      // not come out, with blood or no answer (浴室でカミソリを持ったまま出てこなくて、床に血が); a poison drunk
      // with how much said between (除草剤を半分くらい飲んだ; not water drunk after spraying it); a
      // goodbye written on a note and the writer gone (「ごめんね」と書いた紙があって、娘がいません).
      "(閉じこも|とじこも|立てこも|たてこも|(鍵|かぎ)を\\s?(かけ|掛け|閉め|しめ))[^。]{0,30}(ロープ|ろーぷ|縄|なわ|紐|ひも|コード|ベルト)(を|の)\\s?(結|むす|吊|つる|かけ|掛け)",
      "(カミソリ|かみそり|剃刀|カッター|かったー)を\\s?(持っ|もっ|握っ|にぎっ)(た\\s?まま|て)[^。]{0,12}(出てこ|でてこ|閉じこも|とじこも)[^]{0,30}(血|返事|へんじ|応答)",
      "(農薬|のうやく|除草剤|じょそうざい|殺虫剤|さっちゅうざい|パラコート)を\\s?[^。、を]{0,8}(飲んだ|のんだ|飲みました|のみました|飲んじゃ|のんじゃ|飲んでしま|のんでしま)",
      "[「『](ごめんね|ごめんなさい|さようなら|さよなら|ありがとう|今までありがとう)[^」』]{0,10}[」』]\\s?(と|って)\\s?(書い|かい)(た|てある|てあった)\\s?(紙|手紙|てがみ|メモ|めも|置き手紙)[^]{0,40}(いません|いない|おらん|いなくな|見当たら)",
      // Thirty-sixth round (red team 33 read): a sheet, a towel or a cord tied to a window's grille, a
      // rail or a beam, then put round the neck (シーツを窓の格子に結んで首にかけようと; not a lanyard
      // tied to a card case); a wrist cut with を dropped in speech or a child's kana, blood after it
      // (おふろでてくびきってちがいっぱいでてる).
      "(シーツ|タオル|タオルケット|ストッキング|スカーフ|マフラー|ネクタイ|ロープ|縄|なわ|紐|ひも|コード|ベルト|帯|おび)を\\s?[^。]{0,12}(格子|こうし|窓|まど|ドア|ドアノブ|柵|さく|手すり|てすり|梁|はり|鴨居|かもい|柱|はしら|ベッド|パイプ|フック|物干し|枝|えだ|天井|欄干|カーテンレール)[^。]{0,4}(に|へ)\\s?(結|むす|くくりつけ|括り付け|縛りつけ|縛り付け|しばりつけ|巻きつけ|巻き付け|まきつけ)[^。]{0,6}(首|くび)に\\s?(かけ|掛け|巻|まき|まい|通|とお)",
      "(手首|てくび)\\s?(切|き)(っ|り)て?[^]{0,12}(血|ち)(が|で)\\s?[^。]{0,4}(止まら|とまら|いっぱい|たくさん|床|ゆか|出て|でて)",
      // Thirty-sixth round, older development sets (red team 26 read): a window, a railing or a
      // fence opened or climbed, then a jump announced in a sentence of its own (階段の窓を開けまし
      // た。飛びます。; not 開けたら虫が飛びます).
      "(窓|まど|ベランダ|手すり|てすり|柵|さく|フェンス|欄干|らんかん)[^。]{0,12}(開け|あけ|越え|こえ|乗り越え|のりこえ|またい|跨い)(ました|た|て|で)[。、,!！]?\\s?(今から|いまから|もう)?\\s?(飛びます|とびます|飛ぶ|とぶ|飛び降ります|とびおります|飛び降りる|とびおりる)(?=\\s?([。.!！]|$))",
      // Thirty-seventh round (red team 34 read): sitting with the legs put out of a window (窓の外に
      // 足出して座ってて); a cord wound round the neck, the neck named first, and tied to something
      // (首に延長コード巻いて棚に結びよる); a death announced in humble speech (死ぬと申しております).
      "(窓|まど|ベランダ|手すり|てすり|柵|さく|欄干|らんかん)の?\\s?(外|そと)(に|へ|側に)\\s?(足|あし|両足)(を)?\\s?(出し|だし|投げ出し|なげだし)(て)?\\s?((座|すわ)(って|っと|っちょ|りこん)|(腰かけ|こしかけ)(て|と))",
      "(首|くび)に\\s?[^。、]{0,6}(ひも|紐|縄|なわ|ロープ|ろーぷ|コード|こーど|ベルト|タオル|ケーブル)\\s?(を)?\\s?(巻|まい|まき|かけ|掛け)[^。]{0,12}(結|むす|吊|つる|くく|括)",
      "(死ぬ|しぬ|死にます|しにます)\\s?(と|って)\\s?(申し|もうし)",
      // Thirty-eighth round (red team 35 read): shoes taken off and walking into the water of a
      // river, the sea or a weir (堰のとこで靴ば脱いで水に入っていきよる).
      "(靴|くつ)\\s?(を|ば)?\\s?(脱|ぬ)いで[^。]{0,20}(水|みず|川|かわ|海|うみ|池|いけ|湖)(の中|のなか)?(に|へ)\\s?(入|はい)って\\s?(いき|行き|いく|行く|いっ|行っ|いこ|行こ)",
      // Thirty-ninth round (red team 36 read): sitting or lying inside a level crossing or on the
      // tracks (踏切の中に座り込んで動かない); a vehicle driven into the sea or off a cliff, said as
      // an intent (海に突っ込むって電話して); a blade turned on one's own chest or throat (果物ナイフ
      // を胸に向けて); a tube or a cord wound round the neck (管を首に巻き付けて); a parent standing
      // outside a window saying he will die, in a child's kana (まどのそとにたってる…しんじゃう).
      "(踏切|ふみきり|線路|せんろ)(の中|のなか|内|の上|のうえ)(に|で)\\s?(座り込|すわりこ|寝そべ|ねそべ|横たわ|よこたわ|寝転|ねころ|しゃがみこ|うずくま)(?![まらがば]\\s?(ない|ず|ぬ|なけれ))",
      "(車|くるま|軽トラ|けいとら|トラック|バイク)[^。]{0,30}(海|うみ|川|かわ|崖|がけ|湖|みずうみ|ダム)(に|へ)\\s?(突っ込|つっこ)(む|んで|んじゃ)\\s?(って|と|けん|から)",
      "(ナイフ|ないふ|包丁|ほうちょう|刃物|はもの|カッター|はさみ|ハサミ)を\\s?(自分の\\s?|じぶんの\\s?)?(胸|むね|首|くび|喉|のど|腹|はら|手首|てくび)に\\s?(向け|むけ|あて|当て|突きつけ|つきつけ|突き立て)",
      "(管|くだ|チューブ|コード|ひも|紐|ロープ|縄|なわ|ベルト|ケーブル)を\\s?(首|くび)に\\s?(巻き付け|まきつけ|巻きつけ|巻きつい|巻き付い)",
      "(まど|窓|ベランダ|べらんだ)の\\s?(そと|外)(に|で)\\s?(たって|立って|でて|出て)[^。]{0,30}(しんじゃう|死んじゃう|しぬ|死ぬ|しにたい|死にたい)",
      // Forty-first round (red team 38 read): a gun brought out and pointed at oneself, ば for を and
      // the verb in Kyushu speech (猟銃ば出して、自分に向けとる); cutting one's own hand now, in a
      // child's kana (じぶんのてをきってる; not cut by accident, which is told in the past); someone
      // who has got down onto the tracks and sits there (線路に下りて座り込んどる); walking out on a
      // breakwater to go on into the sea (このまま海に入ると).
      "(銃|猟銃|拳銃|ライフル|散弾銃|包丁|ほうちょう|ナイフ|刃物)(を|ば)\\s?[^。]{0,12}(自分|じぶん)(に|の\\s?[^。、]{0,6}に)\\s?(向け|むけ|当て|あて|突きつけ|つきつけ)(とる|とう|よる|ちょる|ちゅう|てる|ている|ていま|てま)",
      "(じぶん|自分)の\\s?(て|手|うで|腕|てくび|手首|あし|足)\\s?を\\s?[^。]{0,6}(きって|切って|きりつけて|切りつけて)(る|いる|います|ます)",
      "(線路|せんろ)(に|へ|の上に|のうえに|の中に|内に)\\s?(下り|降り|おり|入っ|はいっ)(て|た)[^。]{0,10}(座り込|すわりこ|寝転|ねころ|横にな|よこにな|寝そべ|ねそべ|しゃがみ込|しゃがみこ)",
      "(このまま|このまんま)\\s?(海|うみ|川|かわ|湖|みずうみ)に\\s?(入る|はいる|入ります|はいります|飛び込む|とびこむ)\\s?(と|って)",
      // Forty-second round (red team 39 read): a foot put on a window frame or a rail with last words
      // or no coming down (二階の窓枠に足をかけて「ここで終わる」と言い, 降りてくれません); a jump from
      // here said to be the way to ease (ここから飛んだら楽になるやろ); a large amount of medicine
      // taken, said in keigo (大量の薬を服用した); a sickle, an axe or a razor held to one's own neck
      // (鎌を自分の首に当てて).
      "(窓枠|まどわく|窓|まど|手すり|てすり|柵|さく|欄干|らんかん|フェンス|屋上の\\s?縁)に\\s?(足|あし)を\\s?(かけ|掛け)[^。]{0,30}((ここで|これで|もう)\\s?(終わ|おわ)(る|り|ら|ろ)|死|(?<![あ-ん])し(ぬ|に|の)|飛び|とび|降りて\\s?(くれ|こ)(ない|ません|ん|へん))",
      "(ここ|そこ|屋上|おくじょう|橋|はし)から\\s?(飛んだら|とんだら|飛び降りたら|とびおりたら|落ちたら|おちたら)\\s?(楽|らく)に\\s?(なる|なれる)",
      "(大量|たいりょう|多量|たりょう)の\\s?(薬|くすり|睡眠薬|睡眠導入剤|錠剤|精神薬)を\\s?(服用し|ふくようし|飲ん|のん)(た|だ|でしま|てしま)",
      "(鎌|かま|カマ|斧|おの|カミソリ|かみそり|剃刀|のこぎり|ノコギリ)を\\s?(自分の\\s?|じぶんの\\s?)?(胸|むね|首|くび|喉|のど|手首|てくび)に\\s?(向け|むけ|あて|当て|突きつけ|つきつけ)",
      // Forty-second round (red team 39 read), kinds the model read as abuse: a parent who leaves the
      // children to go into a river or the sea (子どもを置いて川に入るというメール); a rope put round
      // one's neck, ば for を and さ for に in Tohoku speech (縄ば首さかけてる); a wrist bleeding in
      // the bath, in a child's kana (おふろでてくびからちがいっぱい); a whole box of medicine opened
      // and taken, in a child's kana (おくすりのはこぜんぶあけてたべちゃった).
      "(子ども|子供|こども|子|娘|息子)(たち|達|ら)?を\\s?(置いて|おいて|残して|のこして)[^。]{0,12}(川|かわ|海|うみ|池|いけ|湖|みずうみ|線路|せんろ)(に|へ)\\s?(入る|はいる|入り|はいり|飛び込|とびこ)",
      "(縄|なわ|ロープ|ろーぷ|紐|ひも|ベルト|コード)(を|ば)\\s?(首|くび)(に|さ)\\s?(かけ|掛け|巻き|まき|通し|とおし)(て(る|い|ま)|とる|ちょる|でる|よる)",
      "(てくび|手首)(から|を)\\s?[^。]{0,4}(ち|血)が\\s?(いっぱい|たくさん|沢山|すごく|どくどく|とまらな|止まらな)",
      "(おくすり|くすり|お薬|薬)の\\s?(はこ|箱|ふくろ|袋|びん|瓶|しーと|シート)\\s?(を)?\\s?(ぜんぶ|全部)[^。]{0,8}(たべ|食べ|のん|飲ん|のみ|飲み)",
    ],
  },
  {
    // Eighteenth round (red team 15 read): a stranger or a passer-by attacking an old person in
    // public (バス停で…後ろの人がいきなりおばあさんを突き飛ばして), and a fight between residents
    // or users of a home (利用者さん同士のけんかで…首を両手で締めていて), is violence (110), not
    // elder abuse.
    kind: "violence",
    contacts: VIOLENCE_CONTACTS,
    patterns: [
      // Forty-second round (red team 39 read): a child beaten by a drunk or a stranger, the child
      // named first (公園で中学生が、酔った男に殴られて), is violence, as the reverse order is below; a
      // former husband or partner beating the caller's mother or father now (元の夫が…私の母を殴って);
      // someone beaten with a hoe, a sickle or a bat now, in Kyushu speech too (鍬で殴りよる).
      `${CHILD}(が|は)[、,]?\\s?(酔っ払い|酔っぱらい|よっぱらい|酔った\\s?(男|女|人|おじさん|客)|よった\\s?(男|女|人|おじさん)|知らない\\s?(男|女|人|おじさん)|しらない\\s?(男|女|人|おじさん)|見知らぬ\\s?(男|女|人)|不審者|通り魔)(に|から)\\s?[^。]{0,6}((殴|なぐ|蹴|叩|たた)(られ|かれ)|けられ|刺され|さされ)`,
      "(元の\\s?|元\\s?)(夫|おっと|妻|つま|彼氏|かれし|彼|交際相手|旦那|だんな)(が|は)\\s?[^。]{0,20}(私|わたし|あたし)の\\s?(母|はは|父|ちち|祖母|祖父|弟|妹|兄|姉)を\\s?[^。]{0,4}(殴|なぐ|蹴|け|叩|たた)(って|り|っと)",
      "(鍬|くわ|鎌|斧|おの|鉈|なた|バット|鉄パイプ|角材|ゴルフクラブ|スコップ)(で|ば使って)\\s?(殴|なぐ)(り\\s?(よる|よう|ゆう)|っ\\s?(とる|ちょる|てる|ている|ています|て(い)?ます))",
      `(後ろの人|うしろの人|前の人|隣の人|知らない(男|女|人)|見知らぬ(男|女|人)|通行人|通りすがりの(男|女|人)|酔っ払い|酔っぱらい|よっぱらい|不審者)(が|に)[^。]{0,12}${ELDER}を\\s?[^。]{0,4}(突き飛ば|つきとば|殴|なぐ|蹴|叩|たた)`,
      `(バス停|駅|ホーム|路上|道路|店内|スーパー|コンビニ|公園|電車|バスの中|商店街)[^]{0,60}(人|男|女|若者|客)が[^。]{0,12}${ELDER}を\\s?[^。]{0,4}(突き飛ば|つきとば|殴|なぐ|蹴|叩|たた)`,
      "(同士|どうし)の\\s?(けんか|喧嘩|ケンカ|殴り合い|なぐりあい)[^]{0,40}(首を|くびを)\\s?[^。]{0,6}(絞|締|しめ)|(同士|どうし)の\\s?(けんか|喧嘩|ケンカ|殴り合い|なぐりあい)[^]{0,30}(血|ち)(が|を)\\s?(出|流|吐)",
      "(stranger|passer-?by|random (man|guy|person)|drunk( man| guy)?|some (man|guy)) [^.]{0,30}(pushed|hit|kicked|punched|attacked|shoved|knocked down) (an? |the )?(old|elderly)",
      // Twenty-third round (red team 20 read): a person in a wheelchair or with a disability
      // attacked in public by a passenger or a passer-by (バスの中で、男性が…車いすの方を何度も蹴って)
      // is violence too, not abuse by carers.
      `(バス停|駅|ホーム|路上|道路|店内|スーパー|コンビニ|公園|電車|バスの中|バス|車内|商店街)[^]{0,60}(人|男|女|若者|客|乗客)(性)?が[^。]{0,12}${DISABLED}を\\s?[^。]{0,8}(突き飛ば|つきとば|殴|なぐ|蹴|叩|たた)`,
      // Nineteenth round (red team 16 read): a young man kicking an older person in public, a weapon
      // or a tool carried into a neighbour's house (草刈り機を持って隣の家に怒鳴り込んで), a child
      // pulled into a car by a stranger, someone punched and dragged into a van (English), followed
      // home with the door being hit (Spanish, Portuguese).
      `(若い|わかい)(男|女|人|の|者)[^。]{0,8}(が|に)[^。]{0,12}(${ELDER}|年配の(方|人|男性|女性|女の人|男の人)|年配者)[^。、]{0,4}を\\s?[^。]{0,6}(突き飛ば|つきとば|殴|なぐ|蹴|叩|たた)`,
      // Twentieth round (red team 17 read): an old person robbed in the street and then attacked
      // (おばあさんのバッグをひったくって、倒れたおばあさんを蹴ってます).
      `(ひったく|引ったく|ひったくり|強盗|奪(っ|い|お)|盗(っ|ろ))[^。]{0,30}${ELDER}を\\s?[^。]{0,6}(突き飛ば|つきとば|殴|なぐ|蹴|叩|たた)`,
      "(草刈り機|草刈機|鎌|なた|鉈|斧|バット|鉄パイプ|ゴルフクラブ|木刀|チェーンソー|包丁|刃物|ナイフ|日本刀)を\\s?(持って|もって|手に)[^。]{0,20}(怒鳴り込|どなりこ|乗り込|のりこ|押しかけ|おしかけ|殴り込|なぐりこ|押し入|おしい)",
      "(知らない|見知らぬ|不審な)\\s?(大人|男|女|人|おじさん|おばさん)[^。]{0,8}(に|が)[^。]{0,16}(車|くるま|ワゴン|バン)(に|の中に)\\s?(引きずり込|ひきずりこ|押し込|おしこ|連れ込|つれこ|乗せられ|のせられ)(?![^。]{0,8}(ないよう|ないで|たら|ても|ないか))",
      // Thirty-first round (red team 28 read): a child carried to a car by a stranger now (知らない
      // 男が子どもを抱えて車に乗せようとしてる), and someone tied up or beaten by a robber who broke in
      // (隣の家に強盗が入って、おばあさんが縛られてる): violence, read before the abuse rules.
      "(知らない|見知らぬ|不審な)\\s?(大人|男|女|人|おじさん|おばさん)[^。]{0,8}(が)[^。]{0,16}(車|くるま|ワゴン|バン)(に|の中に)\\s?(乗せよう|のせよう|押し込もう|おしこもう|連れ込もう|つれこもう)\\s?と\\s?(して|し)",
      "(強盗|ごうとう|泥棒|どろぼう|空き巣|あきす|押し込み|侵入者)(が|に)\\s?[^。]{0,20}(入っ|はいっ|押し入|おしい|押し込ん)[^。]{0,30}(縛られ|しばられ|殴られ|なぐられ|刺され|さされ|脅され|おどされ|襲われ|おそわれ)",
      "(dragged|pulled|pushed|forced|bundled|threw) (her|him|them|a (woman|man|girl|boy|child|kid)|someone) into (a|the|his|their) (van|car|truck)|(man|guy|someone|somebody) (outside |here )?(just )?(punched|kicked|stabbed|slapped|choked|strangled|attacked|beat up) (a|the|this|that|an) (woman|man|girl|boy|lady|kid|child|person|guy|old)",
      // Thirty-second round (red team 29 read): a robber who broke in tying up or beating someone,
      // said in the active and in the next sentence (強盗が入っています。包丁を持った男が二人、
      // おばあさんを縛っている).
      "(強盗|ごうとう|泥棒|どろぼう|空き巣|あきす|押し込み|侵入者)(が|に)\\s?[^。]{0,20}(入っ|はいっ|押し入|おしい|押し込ん)[^]{0,40}を\\s?(縛っ|しばっ|殴っ|なぐっ|刺し|さし|蹴っ|けっ)(て|た)",
      "(un hombre|un tipo|alguien|un desconocido|mi ex|un señor|um homem|algu(é|e)m|um desconhecido|meu ex)[^.]{0,20}me (sigui(ó|o)|ha seguido|viene siguiendo|est(á|a) siguiendo|seguiu|est(á|a) seguindo)|(golpeando|pateando|aporreando) (la|mi) puerta[^.]{0,60}(miedo|sola|solo)|batendo na (minha )?porta[^.]{0,60}(medo|sozinha|sozinho)",
      // Twenty-seventh round (red team 24 read): a gangster or a stranger beating someone now, named
      // with みたいなん or ら (ヤクザみたいなんが若い子をバットでしばきよる): violence, also when the
      // one beaten is young, read before the child-abuse rules.
      // Thirty-third round (red team 30 read): a child beaten by a grown man or woman named as a
      // stranger in a public place (公園で中学生くらいの子が大人の男に殴られ続けて): violence.
      `${CHILD}(が|は)\\s?[^。]{0,8}(大人|おとな|知らない|しらない|見知らぬ)の?\\s?(男|女|人|大人)(の人)?(に|から)\\s?[^。]{0,6}((殴|なぐ|蹴|け)られ|(叩|たた)かれ)`,
      `${STRANGER_DOER}(みたいな|のような|っぽい)?\\s?(ん|の|奴|やつ|男|連中)?(が|ら)[^。]{0,40}を\\s?[^。]{0,12}((しばい|しばき|シバい)(とる|とっ|てる|てん|よる|ちょる|て(い)?る)|${HARM_NOW})`,
      // Thirty-fifth round (red team 32 read): a child dragged into a place by a man or a stranger
      // (女の子が男に引きずり込まれました), or forced into a car (ワゴン車に小学生の女の子が無理やり
      // 乗せられて): an abduction, violence, read before the abuse rules.
      `${CHILD}(が|は)\\s?[^。]{0,8}(男|女|知らない|しらない|見知らぬ|不審な|大人|おとな)[^。]{0,6}(に|から)\\s?[^。]{0,12}((引きずり込|ひきずりこ|連れ込|つれこ|押し込|おしこ)まれ|(連れ去|つれさ)られ)`,
      `(車|くるま|ワゴン|バン|トラック)(車)?に\\s?[^。]{0,12}${CHILD}(が|は)\\s?[^。]{0,6}(無理やり|むりやり|無理矢理|強引に|ごういんに)\\s?(乗せられ|のせられ|押し込まれ|おしこまれ|連れ込まれ|つれこまれ)`,
      // Thirty-seventh round (red team 34 read): a stranger forcing someone into a car, said by a
      // child in kana (しらないおじさんがおねえちゃんをくるまにむりやりのせて): an abduction.
      "(知らない|しらない|見知らぬ|みしらぬ|不審な)\\s?(おじさん|おばさん|男|おとこ|女|人|ひと)(の人|のひと)?が[^。]{0,16}(車|くるま|ワゴン|バン)に\\s?(無理やり|むりやり|無理矢理|強引に|ごういんに)\\s?(乗せ|のせ|押し込|おしこ|引きずり込|ひきずりこ)",
      // Forty-first round (red team 38 read): a child taken into a car by a stranger, in a child's
      // kana with no force said (しらないおじさんがおねえちゃんをくるまにつれてった), or dragged into a
      // car and beaten (園児を車に連れ込んで叩いて); who does it may still make it abuse.
      "(知らない|しらない|見知らぬ|みしらぬ|不審な)\\s?(おじさん|おばさん|男|おとこ|女|人|ひと)(の人|のひと)?が[^。]{0,16}を\\s?(車|くるま|ワゴン|バン)に\\s?(つれて|連れて)\\s?(っ|いっ|行っ)(た|ちゃ)",
      `(${CHILD}|園児|えんじ)を\\s?(車|くるま|ワゴン|バン)に\\s?(連れ込|つれこ|押し込|おしこ|引きずり込|ひきずりこ)(んで|み)[^。]{0,10}(叩|たた|殴|なぐ|蹴|け)`,
    ],
  },
  {
    // Thirty-seventh round (red team 34 read): a car or a truck fallen into a waterway, a pond or a
    // ditch with someone shut inside it (用水路に軽トラごと落ちて、じいちゃんが中に閉じ込められとる): an
    // accident, read before the elder-abuse rule, whose 閉じ込められ is a carer's doing.
    kind: "medical",
    patterns: [
      "(車|くるま|軽トラ|けいとら|トラック|トラクター|たらくた)(ごと|が|で)\\s?[^。]{0,12}(用水路|水路|すいろ|川|かわ|池|いけ|沼|海|田んぼ|たんぼ|側溝|そっこう|崖|がけ)(に|へ)\\s?(落ち|おち|転落|突っ込|つっこ)[^。]{0,30}(閉じ込め|とじこめ|出られ|でられ|挟ま|はさま)",
      "(用水路|水路|すいろ|川|かわ|池|いけ|沼|海|田んぼ|たんぼ|側溝|そっこう|崖|がけ)(に|へ)\\s?[^。]{0,6}(車|くるま|軽トラ|けいとら|トラック|トラクター|たらくた)\\s?(ごと|が|で)?\\s?(落ち|おち|転落|突っ込|つっこ)[^。]{0,30}(閉じ込め|とじこめ|出られ|でられ|挟ま|はさま)",
      // Forty-first round (red team 38 read): someone kicked, trampled or gored by a farm animal or a
      // wild one and hurt now (じいちゃんが牛に蹴られて、胸ば押さえてうずくまって): an accident, read
      // before the elder-abuse rule, whose 蹴られ is a person's doing.
      "(牛|うし|馬|うま|熊|くま|猪|いのしし|鹿|しか)に\\s?((蹴|け)られ|(踏|ふ)まれ|(襲|おそ)われ|(突|つ)かれ|(噛|か)まれ)[^。]{0,30}(うずくま|息が|いきが|血|動け|うごけ|意識|いしき|倒れ|たおれ|骨|ほね)",
    ],
  },
  {
    kind: "abuse",
    department: "高齢者支援課",
    contacts: POLICE_AND_AMBULANCE,
    patterns: [
      "高齢者虐待",
      // Thirty-first round (red team 28 read): an old woman kept without food and shut in by her son,
      // in Korean.
      "(할머니|할아버지|노인|어르신)(를|을)? ?[^.]{0,20}(밥도 안 주|밥을 안 주|가둬|가두고|때리|때려)",
      // Thirty-second round (red team 29 read): a thin old person locked in a back room without water
      // (やせ細った年配の男性が鍵をかけて閉じ込められていて), a bedridden old person slapped again
      // and again by care staff (職員が寝たきりのおじいさんの顔を何度も平手で打って), an old mother
      // whipped with a belt in Chinese.
      `(やせ細|痩せ細|やせこけ|痩せこけ|衰弱し)[^。]{0,8}(${ELDER}|年配の|高齢の)[^。]{0,30}(閉じ込められ|とじこめられ)`,
      `(職員|ヘルパー|介護士|介護職員|スタッフ|看護師)(さん)?(が)\\s?[^。]{0,20}(${ELDER}|寝たきり|ねたきり|入所者|利用者)[^。]{0,12}を\\s?[^。]{0,10}(平手|ひらて|拳|こぶし|手)で\\s?(打|う|叩|たた|殴|なぐ)(って|ち|いて|いと)`,
      "(抽打|殴打|打|踢)(他|她)?的?(年迈|年老)的?(母亲|父亲|妈妈|爸爸|老母亲|老父亲)",
      // A drip pulled out of a bedridden old person by someone else (叔父が、寝たきりの祖父の点滴の管を
      // 引き抜いて; red team 25).
      `(寝たきり|ねたきり|${ELDER})の\\s?[^。、]{0,4}(点滴|てんてき|酸素|胃ろう|チューブ)(の\\s?(管|チューブ|針))?を\\s?(引き抜|ひきぬ|抜き取|ぬきと|引っこ抜|ひっこぬ)`,
      // Twentieth round (red team 17 read): an old person left uncared for by the family and now
      // found collapsed (家族が何日も世話をしてないみたいで…床に倒れたまま): read before the medical
      // rule, with the ambulance.
      `${ELDER}[^]{0,30}(家族|息子|娘|嫁|婿|同居)[^。]{0,10}(世話|面倒)を\\s?(して(い)?(ない|なく|ません)|見て(い)?(ない|なく|ません))[^]{0,80}(倒れ|たおれ|動かな|うごかな|ぐったり|反応(が)?\\s?(ない|なく)|衰弱)`,
      // Nineteenth round (red team 16 read): a client's cry heard by a carer (ヘルパー…利用者さんの
      // 「助けて」という声), an old person thrown out of the house, staff seen hitting clients of a
      // home (同僚が夜勤のときに利用者さんを殴っている).
      "(ヘルパー|ケアマネ|デイサービス|デイケア|訪問介護|訪問看護|介護|送迎)[^]{0,80}利用者(さん)?の\\s?[「『][^」』]{0,8}(助けて|たすけて|やめて|痛い|いたい)",
      `${ELDER}[^。]{0,6}(が|は)[^。]{0,16}(外|そと)に\\s?(放り出され|ほうりだされ|追い出され|おいだされ|締め出され|しめだされ|突き出され)`,
      "(介護施設|老人ホーム|特養|デイサービス|デイケア|介護|ヘルパー|入居者|入所者)[^]{0,120}(職員|同僚|スタッフ|介護士|ヘルパー)(が)[^。]{0,20}(利用者|入居者|入所者)(さん)?を\\s?[^。]{0,6}(殴|なぐ|叩|たた|蹴)(っ|い|る|り)",
      // Eighteenth round (red team 15 read): a son, daughter or in-law hitting an old parent
      // (息子が…母を殴っていて), the caller beaten by a son when the call is about a pension or care
      // (ねんきん…むすこが わたしを なぐります), staff tying or gagging a parent in a home, an old
      // person found hurt with the household refusing help (触るな、こいつは罰だ).
      "(息子|むすこ|娘|むすめ|孫|まご|嫁|よめ|婿|むこ)(が|は)[^。]{0,20}(母|父|祖母|祖父|義母|義父|姑|舅|はは|ちち)(を|に)\\s?[^。]{0,4}(殴|なぐ|叩|たた|蹴|突き飛ば)(?![かがられ])",
      // Twenty-third round (red team 20 read): the caller's brother or sister hitting a parent, when
      // the parent is old or in care (介護保険証の再発行…弟がまた父を殴ってる), and a client of a day
      // service or a helper hurt by the family (デイサービスの送迎で…ご家族が利用者さんの足にやかんの
      // お湯をかけようと).
      `${ELDER}[^]{0,80}(兄|あに|弟|おとうと|姉|あね|妹|いもうと)(が|は)[^。]{0,20}(母|父|祖母|祖父|義母|義父|はは|ちち)(を|に)\\s?[^。]{0,4}(殴|なぐ|叩|たた|蹴|突き飛ば)(?![かがられ])`,
      `(デイサービス|デイケア|ヘルパー|訪問介護|訪問看護|送迎|ケアマネ)[^]{0,80}(家族|息子|娘|嫁|婿|孫|夫|妻|旦那|奥さん|同居|長男|長女|次男|次女)(さん)?(が|は)[^。]{0,12}利用者(さん)?(の|を|に)[^。]{0,16}${HARM_ACTIVE}`,
      "(年金|ねんきん|介護|かいご|年寄|としより|杖|つえ|デイサービス|ヘルパー)[^]{0,80}(息子|むすこ|娘|むすめ|孫|まご|嫁|よめ|婿|むこ)(が|に|から|は)\\s?[^。]{0,12}(わたし|私|あたし|わし|おれ|俺)(を|に)\\s?[^。]{0,6}(殴|なぐ|叩|たた|蹴)(?![かがられ])",
      `(職員|スタッフ|介護士|介護職員|ヘルパー|看護師)(が|に)[^。]{0,6}(母|父|祖母|祖父|はは|ちち|${ELDER})[^。]{0,12}${HARM_ACTIVE}`,
      `(利用者|母|父|祖母|祖父|${ELDER})(さん)?を\\s?[^。]{0,6}(外|そと)に\\s?(押し出|おしだ|追い出|おいだ|出)(して|し)[^]{0,10}(鍵|かぎ)を\\s?(かけ|掛け|閉め)`,
      `${ELDER}[^]{0,60}(倒れ|たおれ|血だらけ|ぐったり|あざ|痣)[^]{0,60}(同居|家族|息子|娘|嫁|婿|孫)[^]{0,20}(罰|ばつ|触るな|さわるな|放っておけ|ほっとけ|いつものこと|自業自得)`,
      "(old (man|woman|lady)|elderly|grand(mother|father|ma|pa))[^]{0,120}(someone|somebody|he|she|they|grandson|granddaughter|son|daughter|carer|caregiver) (is )?(slapping|hitting|beating|kicking|punching|hurting) (her|him)",
      "(pension|pensión|aposentadoria|연금|养老金|退休金|lương hưu|pensiun)[^]{0,80}(my son|my grandson|mi hijo|mi nieto|meu filho|meu neto|아들|손자|儿子|孙子|con trai|cháu trai|anak (laki-laki )?saya|cucu)[^.]{0,30}(hits|beats|hit|kicks|me pega|me golpea|me bate|때리|때려|打我|đánh tôi|memukul)",
      // Sixteenth round (red team 13 read): an old parent made to sleep or kept in a shed, a barn
      // or outside by the family (父を納屋に寝かせてる).
      `${ELDER}[^。]{0,6}を\\s?(納屋|なや|物置|ものおき|倉庫|そうこ|車庫|小屋|こや|外|そと|ベランダ|庭)(に|で)\\s?(寝かせ|ねかせ|住まわせ|閉じ込め|とじこめ|放置|置いて|おいて|出して)`,
      "(父|母|ちち|はは|親)を\\s?(納屋|なや|物置|ものおき|倉庫|そうこ|車庫|小屋|こや)(に|で)\\s?(寝かせ|ねかせ|住まわせ|閉じ込め|とじこめ|放置)",
      // Twenty-second round (red team 19 read): not when a stranger or a gang does it (おじいさん
      // が若い男に突き飛ばされて): that is violence in the street, read by the violence rules.
      `${ELDER}(?![^。]{0,20}${STRANGER_DOER})[^。]{0,15}(虐待|ぎゃくたい|${HARM}|${NEGLECT}|${MONEY_TAKEN}|閉じ込め|食事(を|も)(与えられ|もらえ|ろくに)|あざ|痣|傷だらけ)`,
      `${ELDER}(?![^。]{0,20}${STRANGER_DOER})(を|に|の|ば)?.{0,20}${HARM_ACTIVE}`,
      // Twenty-second round (red team 19 read): a son or a daughter hurting an old parent by the
      // hair, the arm or the neck (息子が母の髪をつかんで), and an old person put in a shed or
      // left out, said in the passive (九十歳の母が物置に入れられて).
      "(息子|むすこ|娘|むすめ|孫|まご|嫁|よめ|婿|むこ)(さん)?(が|は)[^。]{0,20}(母|父|祖母|祖父|義母|義父|姑|舅|はは|ちち)(様|さま|さん|親)?の\\s?(髪|かみ|髪の毛|頭|あたま|腕|うで|首|くび|胸ぐら|顔|かお)を\\s?[^。]{0,4}(つか|掴|引っ張|ひっぱ|殴|なぐ|叩|たた|蹴|絞|締|しめ|ねじ|踏)",
      `${ELDER}[^。]{0,20}(納屋|なや|物置|ものおき|倉庫|そうこ|車庫|小屋|こや|ベランダ)(に|で)\\s?(入れられ|いれられ|閉じ込められ|とじこめられ|寝かされ|ねかされ|放置され|住まわされ)`,
      "(年金|通帳|預金).{0,10}(使い込|取り上げ|勝手に(使|下ろ|おろ)).{0,30}(食事|ご飯|食べ|病院|外に出|閉じ込|ふらふら)",
      // Twenty-fourth round (red team 21 read): a brother or a sister caring for an old parent and
      // twisting their arm now (認知症の父を介護している兄が、今、父の腕をつかんでねじ上げて).
      `${ELDER}[^]{0,80}(兄|あに|弟|おとうと|姉|あね|妹|いもうと)(が|は)[^。]{0,20}(母|父|祖母|祖父|義母|義父|はは|ちち)の\\s?(髪|かみ|髪の毛|頭|あたま|腕|うで|首|くび|胸ぐら|顔|かお)を\\s?[^。]{0,8}(つか|掴|引っ張|ひっぱ|殴|なぐ|叩|たた|蹴|絞|締|しめ|ねじ|踏)`,
      // Forty-second round (red team 39 read): a care home's staff pouring hot tea or hot water over
      // an old person (施設で職員がおばあさんに熱いお茶を頭からかけて).
      `(職員|しょくいん|介護士|かいごし|ヘルパー|スタッフ|施設の人|しせつのひと)(が|は)\\s?[^。]{0,12}${ELDER}に\\s?[^。]{0,6}(熱い|あつい|熱湯|ねっとう)\\s?(お茶|おちゃ|お湯|おゆ|湯|ゆ|味噌汁|みそしる)?\\s?(を|ば)\\s?[^。]{0,10}(かけ|浴びせ|あびせ)`,
      // Forty-second round (red team 39 read): an old person given no food or water by a son or a
      // daughter for days, said with に (息子さんに食事も水ももう何日ももらえず), and an old person's
      // hand pressed on a boiling kettle or a hot pan by family (同居の父が認知症の祖母の手を、沸いた
      // やかんに押しつけて).
      `${ELDER}[^。]{0,20}(息子|むすこ|娘|むすめ|嫁|よめ|婿|むこ|孫|家族|同居)(さん)?(に|から)\\s?(食事|しょくじ|ご飯|ごはん|食べ物|水|みず)(も|を)\\s?[^。]{0,16}(もらえ|貰え|与えられ|あたえられ)(ず|ない|なく|ません)`,
      `${ELDER}の\\s?(手|て|腕|うで|足|あし|顔|かお)を[、,]?\\s?[^。]{0,8}(やかん|ヤカン|鍋|なべ|アイロン|ストーブ|コンロ|湯|ゆ|熱湯)に\\s?(押しつけ|押し付け|おしつけ|押し当て|おしあて)`,
      ...ELDER_ABUSE_WORLD,
      // Twenty-ninth round (red team 26 read): a care worker on a visit, a client dragged down the
      // stairs or out by the household (訪問先で息子さんがお母さんを階段の上から引きずり下ろして).
      "(訪問先|ヘルパー|ケアマネ|訪問介護|訪問看護|デイサービス)[^。]{0,40}(お母さん|お父さん|母|父|利用者|おばあさん|おじいさん)(さん|様)?を[^。]{0,20}(引きずり|ひきずり)\\s?(下ろ|おろ|回|まわ|出)",
      "(grand(mother|father|ma|pa)|elderly|old (man|woman|lady))[^.]{0,40}(hits|slaps|beats|kicks|pushes|hitting|slapping|beating|kicking|pushing|abusing|starving) (her|him|them)|elder(ly)? abuse|(grand(mother|father|ma|pa|parents?)|elderly|old (man|woman|lady|person|people|mother|father)|aged (mother|father|parents?))[^.]{0,40}(abused|beaten|hit|neglected|starved|locked (in|up)|pushed|kicked|punched|slapped|robbed|being hurt)",
      // The harm named first: beating his old mother, hitting my elderly father.
      "(beat(s|ing)?|hit(s|ting)?|kick(s|ing)?|punch(es|ing)?|hurt(s|ing)?|abus(es|ing)|starv(es|ing)|slap(s|ping)?|push(es|ing)?|lock(s|ing)? up) (his|her|their|my|our|an?|the) (old|elderly|aged|frail) (mother|father|mom|mum|dad|parents?|man|woman|lady|neighbou?r)|(beat(s|ing)?|hit(s|ting)?|abus(es|ing)|starv(es|ing)) (his|her|their|my|our) grand(mother|father|ma|pa|parents?)",
      // A person in care left without food or water behind a locked door.
      `${ELDER}.{0,30}(脱水|食事を(出して|与えて|あげて)(い)?な|施錠された)`,
      // Eleventh round: no heating and no food, the household keeping a visitor out; Indonesian.
      `${ELDER}.{0,15}((暖房|冷房|エアコン)も(食事|ご飯|食べ物)も|(食事|ご飯|食べ物)も(暖房|冷房|エアコン)も)(ない|無い|なし)|${ELDER}[^。]{0,60}(同居|家族|息子|娘)[^。]{0,6}(が|は)(中に|家に|部屋に|玄関から先に)入れてくれ(ない|ません|へん)`,
      `${ELDER}.{0,80}[「『](痛い|いたい)[、,]?\\s?やめて`,
      "(nenek|kakek|lansia|manula|orang tua renta)[^.]{0,40}(dikurung|tidak diberi makan|dipukul|disiksa|ditelantarkan|dianiaya)",
      // Eleventh round (crisis training set 3): a care worker's report on a client (ケアマネです。…利用者さんが鍵のかかった部屋に),
      // food withheld by the household said in a quote (「ごはんはやらん」).
      `(ケアマネ|デイサービス|デイケア|ヘルパー|訪問介護|訪問看護|介護)[^?？]{0,30}利用者(さん)?[^。]{0,20}(${HARM}|あざ|痣|${NEGLECT}|閉じ込め|鍵のかかった|かぎのかかった)`,
      // Bedsores worsening, the household refusing a doctor (褥瘡悪化…息子が受診を拒否).
      `(${ELDER}|高齢(女性|男性|者))[^]{0,60}((褥瘡|床ずれ)(が)?(悪化|ひど|でき)|(家族|息子|娘|嫁|同居)[^。]{0,8}(受診|通院|病院)を(拒否|拒ん|させ(ない|てくれない)))`,
      `(?=[^。]{0,10}[「『](ご飯|ごはん|飯|めし|食事))(?=.*${ELDER})[^。]{0,10}[「『](ご飯|ごはん|飯|めし|食事)(は|を|なんか)?(やらん|やらない|あげない|抜き|なし|やらへん)[」』]`,
      // Twelfth round (crisis training set 4): an old neighbour locked in by her son, asking for water.
      "(idos[oa]|velhinh[oa]|av(ó|ô))[^.]{0,40}(trancad|sem (água|comida)|pedindo (água|comida))",
      // A resident's bruise and fear of one member of staff, a pension taken and no food for days,
      // a person with dementia beaten now (認知症で、父が…ベルトでたたいてる).
      `(${ELDER}|老人ホーム|施設)[^]{0,40}(あざ|痣)[^]{0,40}(職員|スタッフ|介護士|ヘルパー)[^。]{0,12}(怖|こわ)`,
      `(?=[^]{0,20}${SPENT_AND_UNFED})(?=.*${ELDER})[^]{0,20}${SPENT_AND_UNFED}`,
      `(認知症|寝たきり|要介護)[^]{0,40}${HARM_NOW}`,
      // Thirteenth round (red team 10 read): a parent's money used up by the household while the
      // parent is left in a cold flat or unfed (父の通帳から…兄が全部使って…電気の止まった部屋で震えて),
      // and Spanish "he doesn't feed her".
      "(通帳|年金|お金|貯金|預金|口座)[^。]{0,24}(同居|家族|息子|娘|兄|弟|姉|妹|嫁|婿)[^。]{0,8}(全部|ぜんぶ|勝手に)?\\s?(使|つか)(って|い込|われ|いこ)[^]{0,60}((電気|ガス|暖房|水道)(の|が|も)?[^。]{0,2}(止ま|とま|止め|とめ)|(震え|ふるえ)て|何も食べ|なにも食べ|(痩|や)せ(細|こけ))",
      "(abuel[oa]|ancian[oa]|viejit[oa]|persona mayor)[^.]{0,40}(no le da(n)? (de comer|comida|agua)|sin comer|no (la|lo) deja(n)? comer)",
      // Thirteenth round (crisis training set 5): staff of a home hitting a resident, said by the
      // resident on the phone (施設にいる母から…職員に叩かれてて), and the bankbook and pension taken
      // with nothing left to eat today (通帳も年金も取られて、今日食べる物がない).
      "(施設|ホーム|入所先|病院)[^。]{0,30}(職員|スタッフ|介護士|ヘルパー|看護師)(に|から)[^。]{0,6}((叩|たた)(か|が)れ|(殴|なぐ)られ|蹴られ|つねられ|縛られ)",
      "(通帳|年金|お金|貯金|預金)(も|を)[^。]{0,12}(取られ|とられ|取り上げられ|とりあげられ|使い込まれ)[^。]{0,24}(食べる物|食べるもの|食べ物|たべもの|ご飯|ごはん|食事)(が|も)\\s?(ない|無い|なく|ありません)",
      // Fourteenth round (red team 11 read): 「死ね」 said to an old parent, the meal thrown away or a
      // push down the stairs tried, water or food withheld (…水も飲ませていません).
      `${ELDER}[^]{0,60}([「『](早く|はよ|さっさと)?\\s?(死ね|しね)[」』]|(食事|ご飯|ごはん)を\\s?(捨て|すて)|(階段|かいだん|ベランダ|ベッド)から\\s?(突き落と|つきおと))`,
      `${ELDER}[^]{0,60}(水|食事|ご飯|ごはん)(も|を)\\s?(飲ませ|与え|あげ|食べさせ)て(い)?(ない|ません|へん)`,
      // Thirty-fourth round (red team 31 read): days without water or food, said with ず or ないで
      // (寝たきりの父に何日も水も飲ませず; not a fast before a test, which names no days).
      `${ELDER}[^。]{0,30}(何日も|なんにちも|数日|(二|三|四|五|2|3|4|5)\\s?日(も|間))[^。]{0,8}(水|食事|ご飯|ごはん|食べ物)(も|を)\\s?(飲ませ|のませ|与え|あたえ|あげ|食べさせ|たべさせ)(ず|ないで)`,
      `${ELDER}[^。]{0,40}(暴行|暴力)を\\s?(受け|うけ)|${ELDER}[^。]{0,20}(どつかれ|どづかれ|小突かれ|こづかれ)`,
      // Fifteenth round (red team 12 read): food or water not given, said with もらえ or the
      // receiving form (ご飯も水ももらえてない, 食べさせてもらってない).
      "(母|父|両親)(は|が|も)[^]{0,20}(何日も|なんにちも|ずっと|数日)[^。]{0,10}(ご飯|ごはん|食事|水)(を|も)\\s?(食べさせ|たべさせ|飲ませ|のませ)てもら(え|っ|つ)て(い)?(ない|ません)",
      `${ELDER}[^]{0,60}(水|食事|ご飯|ごはん|食べ物)(も|を)\\s?((水|食事|ご飯|ごはん)(も|を)\\s?)?(もらえ|与えられ|あたえられ|(食べ|たべ|飲ま|のま)させてもら(え|っ|つ))て(い)?(ない|ません|へん)`,
      // Seventeenth round (red team 14 read): an old person's cry heard (おばあちゃんの『やめて』という
      // 声); the caller hurt, unfed or kept in by the younger household (嫁にご飯を三日もらえとらん, 娘婿
      // に…包丁を見せられました); the pension used up and the caller beaten (甥が私の年金を全部使って…
      // 杖で叩きます); a face smothered with a pillow by staff or family; an old parent left cold and
      // unfed with the carer gone off with the key.
      "(父|母|ちち|はは|親|祖父|祖母)(が|は)[^。]{0,12}(兄|姉|弟|妹|息子|娘|嫁|婿|孫|家族)(に|から)\\s?[^。]{0,12}(入れられ|閉じ込められ|とじこめられ|縛られ|しばられ|(叩|たた)かれ|(殴|なぐ)られ|蹴られ)",
      `${ELDER}の\\s?[「『][^」』]{0,8}(やめて|痛い|いたい|助けて|たすけて|ごめんなさい)[^」』]{0,6}[」』]\\s?(という|って|と)?\\s?(いう)?\\s?(声|こえ|悲鳴|叫び)`,
      "(娘婿|婿|むこ|嫁|孫|甥|姪|息子|むすこ|娘|むすめ)(さん)?(に|から)[^。]{0,50}((包丁|刃物|ナイフ)を\\s?(見せ|向け|むけ|突きつけ|つきつけ)られ|(ご飯|ごはん|食事|飯|めし)(を|も)?[^。]{0,4}(もらえ|食べさせてもらえ|食わせてもらえ|くわせてもらえ)|(部屋|へや|家|いえ|うち)から(も)?\\s?(出して|だして)(もらえ|くれ)|(杖|つえ|棒)で\\s?(叩|たた|殴|なぐ)(か|ら)れ)",
      "(年金|通帳|貯金|預金)を?[^。]{0,12}(使|つか)(って|い込|われ|いこ)[^。]{0,40}((叩|たた)(き|く|か|い)|(殴|なぐ)(り|る|ら|っ)|蹴(り|る|ら|っ)|(杖|つえ|棒)で)",
      `${ELDER}[^。]{0,30}(顔|かお|口|くち|鼻|はな)に\\s?(枕|まくら|クッション|タオル|布団|ふとん|ビニール|袋)を\\s?(押し当て|押しあて|おしあて|押し付け|押しつけ|おしつけ|かぶせ|被せ)`,
      `(父|母|祖父|祖母|${ELDER})[^]{0,60}((暖房|エアコン|冷房|ストーブ)(の|も|が)\\s?(ない|無い|ついて(い)?ない|入って(い)?ない|止められ)|(震え|ふるえ)て|ぐったり|食べた\\s?(跡|あと)(も|が)?\\s?(ない|無い|ありません|なく))[^]{0,80}(介護|世話|面倒を見)[^。]{0,8}(兄|姉|弟|妹|息子|娘|嫁|婿|家族|甥|姪|叔母|伯母|叔父|伯父|おば|おじ)[^。]{0,16}(出て(行|い)|でていっ|いなくな|帰ってこな|戻らな|鍵を持って)`,
      // Thirty-sixth round, older development sets (red team 25 read): an old person given nothing to
      // eat for days named (おばあさんが三日食べさせてもらえず).
      `${ELDER}(が|は)\\s?[^。]{0,8}(\\d{1,2}|一|二|三|四|五|六|七|八|九|十|何|なん|数)\\s?(日|にち)\\s?(間|かん)?\\s?(も)?\\s?[^。]{0,4}(食べさせてもらえ|たべさせてもらえ|食べさせてもらって(い)?な|(ご飯|ごはん|食事|しょくじ)を\\s?(もらえ|与えられ|あたえられ))(ず|ない|なく|ません|てない)`,
      // Thirty-seventh round (red team 34 read): also water not given for days, in Tohoku speech
      // (じいちゃんが三日も水もらえねで).
      `${ELDER}(が|は)\\s?[^。]{0,8}(\\d{1,2}|一|二|三|四|五|六|七|八|九|十|何|なん|数)\\s?(日|にち)\\s?(間|かん)?\\s?(も)?\\s?(水|みず|ご飯|ごはん|飯|めし)\\s?(も|を)?\\s?(もらえ|貰え)(ね|ず|ない|なく|ません|ん)`,
      // Thirty-eighth round (red team 35 read): a face held down with a pillow or a towel (同僚が入所者
      // の方の顔を枕で押さえつけて), said with を and で where the older pattern has に and を.
      `(${ELDER}|入所者|入居者|利用者|患者)(さん|の(方|かた))?の\\s?(顔|かお|口|くち|鼻|はな)を\\s?(枕|まくら|クッション|タオル|布団|ふとん)で\\s?(押さえ|おさえ|ふさ|塞|覆|おお)`,
      // Thirty-ninth round (red team 36 read): care a bedridden person needs to live stopped or taken
      // away by family, with a sign of harm now (寝たきりの祖母のインスリンを取り上げて…意識が; 痰の
      // 吸引をやめて放っていて、顔色が悪く).
      "(寝たきり|ねたきり|祖母|祖父|おばあ|おじい|老親)[^。]{0,16}(インスリン|吸引|きゅういん|酸素|さんそ|点滴|てんてき|胃ろう|人工呼吸器)(を|の)?\\s?[^。]{0,8}(取り上げ|とりあげ|やめ|止め|とめ|外し|はずし|打たせ(ない|ず)|させ(ない|ず))[^]{0,60}(意識|いしき|顔色が\\s?悪|顔色がわる|ぜーぜー|ゼーゼー|苦し|くるし|ぐったり|息が)",
    ],
  },
  {
    // Someone with a disability hurt, shut in or left out by family or carers (障害福祉課).
    kind: "abuse",
    department: "障害福祉課",
    contacts: POLICE_AND_AMBULANCE,
    patterns: [
      "障害者虐待|障がい者虐待",
      // Thirty-seventh round (red team 34 read): staff holding someone down and hitting them
      // (作業所で、今職員が弟を床に押さえつけて顔を何度も叩いている); someone locked in a storeroom without
      // food for days (English, a group home).
      "(職員|しょくいん|支援員|指導員|スタッフ|先生|せんせい|ヘルパー)(が|に)\\s?[^。]{0,12}(押さえつけ|おさえつけ|押さえ込|おさえこ)(んで|て|た)[^。]{0,16}(叩|たた|殴|なぐ|蹴|け|つね)",
      "(locked|shut|kept) (my |his |her |the |a )?[a-z ]{0,20} in (the |a )?(storeroom|store room|cupboard|shed|cellar|basement|closet|cage)[^.]{0,40}without (food|water|eating)",
      // Thirty-third round (red team 30 read): a facility's staff shutting in, starving or beating a
      // disabled person in Korean (시설 직원이 지금 제 동생을 방에 가두고 밥을 안 주고 때리고).
      "(시설|센터|그룹홈|보호소) ?(직원|선생님|관리자)(이|가|들이)[^.]{0,40}(가두|굶기|밥을 ?안 ?주|때리|폭행)",
      // Thirty-second round (red team 29 read): someone with a disability choked by a carer or a
      // parent, with the hands named between (障害のある娘さんの首を両手で絞めて「黙れ」と).
      `${DISABLED}[^。]{0,12}(首|くび)を\\s?[^。、]{0,8}(絞め|締め|しめ)(て|よう|と(る|ん))`,
      // Twentieth round (red team 17 read): a client of a disability service hurt by family at home
      // (就労継続支援…利用者さんが、家でお兄さんに殴られてて); not a client hit by another client.
      `(就労継続支援|就労移行支援|作業所|生活介護|放課後等デイ|グループホーム|相談支援|障害福祉サービス)[^]{0,60}利用者(さん)?[^。]{0,30}(家|自宅|いえ|うち)で\\s?[^。]{0,6}(兄|姉|弟|妹|父|母|親|家族|おじ|叔父|伯父)(さん)?(に|から)\\s?[^。]{0,4}${HARM}`,
      // Nineteenth round (red team 16 read): staff seen hitting clients of a group home.
      `${DISABLED}[^]{0,120}(職員|同僚|スタッフ|支援員|世話人)(が)[^。]{0,20}利用者(さん)?を\\s?[^。]{0,16}(殴|なぐ|叩|たた|蹴)(っ|い|る|り)`,
      // Twelfth round (crisis training set 4): the pension spent and no food for days.
      `${DISABLED}[^]{0,40}${SPENT_AND_UNFED}`,
      `${DISABLED}[^。]{0,40}利用者(さん)?(を|に|の|ば)?.{0,12}(${HARM_ACTIVE}|口に(タオル|布|ガムテープ)(を)?(押し込|詰め|貼))`,
      `${DISABLED}.{0,15}(虐待|ぎゃくたい|(叩|たた)(か|が)れ|(殴|なぐ)られ|蹴られ|縛られ|首(を)?(絞|締|し)められ|暴力を(受け|ふるわれ|振るわれ)|${NEGLECT}|${MONEY_TAKEN}|閉じ込め|あざ|痣|傷だらけ)`,
      `${DISABLED}(を|に|の|ば)?.{0,20}${HARM_ACTIVE}`,
      // Twelfth round: the harm said later in the sentence (知的障害のある姉の通帳を…平手打ちされました).
      `${DISABLED}[^。]{0,40}((叩|たた)(か|が)れ|(殴|なぐ)られ|蹴られ|縛られ|首(を)?(絞|締|し)められ|暴力を(受け|ふるわれ|振るわれ)|平手打ち(され|を(され|くら|食ら))|ビンタ(され|を(され|くら))|(ひっぱたか|引っぱたか|はたか)れ|(突き)?落とされ|突き(飛|と)ばされ|(押し倒|おしたお|突き倒)され|${MONEY_TAKEN})`,
      `${DISABLED}[^。]{0,40}炎天下(の[^。、]{0,8})?(で|に)[^。]{0,20}(出され|置き去り|放置|出したまま|置きっぱなし|ぐったり)`,
      // Thirteenth round (red team 10 read): put out into the cold corridor for the night by staff.
      `${DISABLED}[^。]{0,40}${SHUT_OUT}`,
      "(車(いす|椅子)|寝たきり|障害のある|障がいのある)の[^。、]{0,3}(人|方|利用者|男性|女性|息子|娘|弟|兄|妹|姉|奥様|奥さん|ご主人|夫|妻|母|父)を[^。]{0,12}(外|デッキ|ベランダ|庭|車の中)に(出した|置いた|残した|放った)まま",
      // Fourteenth round (red team 11 read): a group home's staff withholding food for days, made to
      // work with the wages and phone taken, water or food withheld by the household (…水も飲ませていません).
      `${DISABLED}[^。]{0,60}(食べさせてもら(え|つ)て(い)?(ない|な|ません)|食事(を|も)\\s?(与えられ|もらえ)て(い)?(ない|ません)|[「『][^」』]{0,20}食事抜き)`,
      `${DISABLED}[^]{0,40}(働かされ|はたらかされ)[^]{0,40}(取り上げ|とりあげ|取られ|とられ|払われ(ない|ず|て(い)?ない))`,
      `${DISABLED}[^]{0,60}(水|食事|ご飯|ごはん)(も|を)\\s?(飲ませ|与え|あげ|食べさせ)て(い)?(ない|ません|へん)`,
      // Sixteenth round (red team 13 read): left for days by the family, not taken to the toilet.
      `${DISABLED}[^]{0,60}((放|ほう)って(おか|お)れ|放置され|ほうちされ|(トイレ|といれ)(にも|に)\\s?(行かせ|いかせ|連れて行って)(ず|て(もらえ)?(ない|ません)))`,
      // Fifteenth round (red team 12 read): bruises on someone in a home or workshop, the staff
      // explaining them away and the person afraid.
      "(施設|グループホーム|作業所|入所先|ホーム)[^]{0,40}(あざ|痣|傷)(だらけ)?[^]{0,60}(職員|スタッフ|支援員|世話人)[^]{0,50}(怖が|こわが|怯え|おびえ|震え|ふるえ)",
    ],
  },
  {
    // Beaten by a group (公園で何人かに囲まれて殴られてる): violence, also when a child is hit.
    kind: "violence",
    contacts: VIOLENCE_CONTACTS,
    patterns: [
      "(何人か|なんにんか|何人も|数人|大勢|集団|複数(の人)?|不良|男たち|連中|中学生たち|高校生たち|若者たち)(に|から|で)(囲まれ|かこまれ)?(て)?.{0,4}((殴|なぐ|蹴|叩|たた)(られ|ら れ)|け(られ)|(ぼこぼこ|ぼこ)に|暴行)|(囲まれ|かこまれ)て(殴|なぐ|蹴|叩|たた)られ",
      // Fourteenth round: a stranger or a drunk hurting a child in public is violence (110), not abuse.
      // Sixteenth round (red team 13 read): ganging up on someone now (一人を囲んで蹴ってる; 男たちに
      // 囲まれて、…殴られてる), a customer, a drunk or a stranger grabbing someone by the hair or neck.
      "(囲んで|かこんで|取り囲んで|とりかこんで)[^。]{0,8}((殴|なぐ|蹴|叩|たた)(って|り|っ|い)|けって|けり)|(男たち|大人たち|若者たち|不良|何人か|数人|集団)(に|から)\\s?(囲まれ|かこまれ)[^。]{0,16}((殴|なぐ|蹴|叩|たた)(られ|ら れ)|けられ)",
      "(酔っ払い|酔っぱらい|よっぱらい|酔った(男|客|人|おじさん)|(男|女)の客|客の(男|女)|知らない(男|女|人|おじさん)|見知らぬ(男|女|人)|不審者)[^。]{0,30}の\\s?(髪|かみ|首|くび|胸ぐら|むなぐら)を\\s?(つかん|掴ん|つかみ|掴み)",
      `(酔っ払い|酔っぱらい|よっぱらい|知らない(男|女|人|おじさん)|見知らぬ(男|女|人)|不審者|通り魔)(が|に)[^。]{0,20}${CHILD}[^。]{0,10}(投げ(つけ|て)|(殴|なぐ|蹴|叩|たた)(り|っ|い|か|ら))`,
      // Fifteenth round (red team 12 read): pupils hit by classmates or older pupils, a man who is
      // no family chasing or stoning a child (空き家に住み着いた男が…子を追いかけて).
      "(同級生|上級生|先輩|クラスメート|クラスメイト|同じクラスの子|部活の仲間)(たち|ら|達)?(に|から)[^。]{0,20}((殴|なぐ|蹴|叩|たた)(られ|ら れ)|け(られ)|(ぼこぼこ|ぼこ)に|暴行)",
      // Twentieth round (red team 17 read): a group beating one person, said in the active voice
      // (何人かで一人を殴ってて), and someone hit by a customer or a stranger at work, also a grown son
      // or daughter (バイト中の息子…客に殴られて): violence, not child abuse.
      "(何人か|なんにんか|何人も|数人|大勢|集団|複数(人)?|みんな)で\\s?[^。]{0,6}(一人|ひとり|1人)を\\s?[^。]{0,4}((殴|なぐ|蹴|叩|たた)(って|り|っ|い)|けって|けり|ぼこぼこに)",
      // Twenty-sixth round (red team 23 read): also by a colleague or a boss at work (息子が勤め先で
      // 同僚に首を絞められた), and choked.
      "(客|お客|酔客|酔った客|知らない(男|女|人)|見知らぬ(男|女|人)|通行人|不審者|同僚|上司|先輩社員|職場の(人|先輩|上司))(に|から)\\s?[^。]{0,6}((殴|なぐ|蹴|叩|たた)(られ|ら れ)|けられ|胸ぐらを|首を\\s?(絞|締|しめ)(め)?られ)",
      `(?<!(父|母|親|夫|彼氏|内縁|継父|義父)[^。、]{0,3})(男|男性|おじさん|おとこ)(が|に)[^。]{0,20}${CHILD}を?\\s?[^。]{0,6}(追いかけ|おいかけ|追い回し)[^。]{0,16}(石|いし|物|もの)を?\\s?(投げ|なげ)`,
      // Twenty-third round (red team 20 read): young men or a gang attacking someone now, with fireworks,
      // stones or kicks (若い男たちが、ベンチで寝ている人にロケット花火を打ち込んだり蹴ったり), and a
      // customer attacking a shop worker (お客さんが、店員の女の子に熱いコーヒーを投げつけて): violence,
      // also when the one hurt is young.
      `${STRANGER_DOER}(が|は)[^。]{0,40}(人|ひと|男性|女性|おじさん|おばさん|ホームレス|路上生活(者|の人)|お年寄り|少年|少女|${CHILD})(に|を)\\s?((?!ボール|球|サッカー)[^。]){0,16}((花火|はなび|石|いし|瓶|びん|物|もの|爆竹)を\\s?(打ち込|うちこ|投げつけ|なげつけ|ぶつけ)|(殴|なぐ|蹴|け|叩|たた)(ったり|いたり|って(い)?(る|ま)|いて(い)?(る|ま)))`,
      "(客|お客|酔客|酔った客|酔っ払い|酔っぱらい)(さん)?(が|は)[^。]{0,24}(店員|従業員|スタッフ|駅員|運転手|レジ|受付)[^。]{0,30}(投げつけ|なげつけ|(殴|なぐ)(って|った|りかか|りつけ)|(蹴|け)(って|った|り)|胸ぐら|むなぐら|つかみかか)",
      // Twenty-fifth round (red team 22 read): two or three against one, with what they do between
      // (男の人が二人で、一人を地面に倒して蹴っています).
      "(二人|ふたり|三人|さんにん|四人|よにん|2人|3人|4人|何人か|数人|大勢|集団)(で|がかりで)\\s?[、,]?\\s?[^。]{0,6}(一人|ひとり|1人)を\\s?[^。]{0,12}((殴|なぐ|蹴|叩|たた)(って|り|っ|い)|けって|けり|ぼこぼこに)",
    ],
  },
  {
    // Seventeenth round (red team 14 read): a child hurt or left by those caring for it and now in
    // danger of its life (a baby left alone and going limp with the parents gone, a baby shaken and
    // gone quiet): child abuse, read with the ambulance first.
    kind: "abuse",
    department: "子ども家庭課",
    contacts: CHILD_HURT_CONTACTS,
    patterns: [
      // Nineteenth round (red team 16 read): a child put out in the cold at night and now blue-lipped,
      // shivering or limp (真冬なのに半袖で夜中に外廊下に座らされて…唇が紫色です).
      `${CHILD}[^]{0,40}${SHUT_OUT}[^]{0,60}(唇|くちびる|震え|ふるえ|ぐったり|動かな|冷たく)`,
      // Eighteenth round (red team 15 read): a child hit by the household, bleeding and gone quiet
      // (Tagalog: may dugo sa ulo, hindi umiiyak).
      "(inaway|sinaktan|binugbog|hinampas|pinalo|sinampal|sinipa|sinuntok|sinakal|tinadyakan)[^.]{0,40}(anak|bata|sanggol)[^]{0,60}(dugo|hindi (siya |na )?(umiiyak|gumagalaw|humihinga|gumigising)|walang malay)",
      `(親|両親|母親|父親|ママ|パパ|大人|おとな)(は|が|も)[^。]{0,20}(出て(いった|行った|いき)|でていった|いない|いません|帰って(こない|きて(い)?ない)|見当たらな)[^]{0,80}${CHILD}[^。]{0,20}(ぐったり|動かな|うごかな|反応(が)?\\s?(ない|なく)|泣かなくな|泣き声が\\s?(しなく|聞こえなく|弱))`,
      `${CHILD}[^。]{0,20}(一人|ひとり)[^]{0,40}(ぐったり|動かな|うごかな|倒れ|たおれ|反応(が)?\\s?(ない|なく))[^]{0,60}(親|両親|母親|父親|ママ|パパ|大人|おとな)(は|が|も)[^。]{0,20}(出て(いった|行った|いき)|でていった|いない|いません|帰って(こない|きて(い)?ない)|見当たらな)`,
      `(泣きやまない|泣き止まない|泣きやまん|泣き止まん|泣きやまなく|泣き止まなく|${CHILD}|新生児)[^]{0,30}(揺さぶ|ゆさぶ)(っ|り|る)[^]{0,40}(静かに|しずかに|ぐったり|目が\\s?(変|へん|おかし)|反応|息|呼吸|吐|けいれん|痙攣|動かな)`,
    ],
  },
  {
    // Nineteenth round (red team 16 read): a child calling while a parent beats the other parent
    // (父がお酒を飲むと母を殴ります。今、殴っています。ぼくは小学四年生です): violence in front of a
    // child (面前DV), read with the child line, the police and the DV lines.
    kind: "abuse",
    department: "子ども家庭課",
    contacts: WITNESSED_DV_CONTACTS,
    patterns: [
      "(父|お父さん|おとうさん|パパ|ぱぱ|とうちゃん|父ちゃん)(が|は)[^。]{0,20}(母|お母さん|おかあさん|ママ|まま|かあちゃん|母ちゃん)を\\s?[^。]{0,4}(殴|なぐ|叩|たた|蹴)(?![かがられ])[^]{0,60}(ぼく|僕|わたし|私|あたし|おれ|俺|うち)(は)?\\s?[^。]{0,4}(小学|中学|しょうがく|ちゅうがく)",
      "(ぼく|僕|わたし|私|あたし|おれ|俺|うち)(は)?\\s?[^。]{0,4}(小学|中学|しょうがく|ちゅうがく)[^]{0,60}(父|お父さん|おとうさん|パパ|ぱぱ|とうちゃん|父ちゃん)(が|は)[^。]{0,20}(母|お母さん|おかあさん|ママ|まま|かあちゃん|母ちゃん)を\\s?[^。]{0,4}(殴|なぐ|叩|たた|蹴)(?![かがられ])",
    ],
  },
  {
    kind: "abuse",
    department: "子ども家庭課",
    patterns: [
      "虐待|ぎゃくたい|育児放棄|ネグレクト|(赤ちゃん|赤ん坊|乳児|あかちゃん).{0,20}(激しく|強く|乱暴に)揺さぶ",
      // Forty-second round (red team 39 read): a parent pressing a pillow on a baby's face, in a
      // child's kana (ママがねあかちゃんのかおにまくらおしつけてる), read before the medical rule's
      // うごかない; an adult taken for a parent, said formally (母親らしき女性が, 保護者と思われる男性が),
      // hitting a small child or threatening it with a blade.
      `(ママ|まま|パパ|ぱぱ|おかあさん|おとうさん|お母さん|お父さん|母|父)(が|は)(ね)?[、,]?\\s?(あかちゃん|赤ちゃん|いもうと|おとうと|妹|弟|${CHILD})の\\s?(かお|顔|くち|口|はな|鼻)に\\s?(まくら|枕|クッション|くっしょん|ふとん|布団|タオル|たおる)\\s?(を)?\\s?(おしつけ|押しつけ|押し付け|かぶせ|被せ|おしあて|押し当て)`,
      `(母親|父親|保護者|親|継父|継母|義父|義母)\\s?(らしき|と思われる|とおもわれる|と見られる|のような)\\s?(女性|男性|女|男|人|方)?\\s?(が|は)\\s?[^。]{0,6}(${CHILD}|園児)(の\\s?(顔|頭|体|腹|背中))?を\\s?[^。]{0,8}(殴打|殴|なぐ|叩|たた|蹴|け(って|り)|踏|(刃物|包丁|ナイフ|はもの)で\\s?(脅|おど))`,
      // Eighteenth round (red team 15 read): a small child crying alone for days with no parent
      // home, a child chained up.
      `${CHILD}[^]{0,40}(一昨日|昨日|何日も|ずっと)[^]{0,20}(一人|ひとり)で\\s?泣いて[^]{0,40}(親|大人|両親|母親|父親)(が|は|の)[^。]{0,10}(帰って(こ|き)|いな|気配が\\s?(ない|な))`,
      `${CHILD}[^]{0,40}(鎖|くさり|ロープ|縄|なわ)(のようなもの|みたいなもの|のような物)?で\\s?(つながれ|繋がれ|縛られ|しばられ|くくられ)`,
      // Nineteenth round (red team 16 read): a child touched or visited at night by a stepfather or
      // a mother's boyfriend (義理の父親に毎晩部屋に入られている; 娘の彼氏が…娘の体を触っている),
      // Tagalog a child left tied up outside.
      `${CHILD}[^]{0,60}(義理の(父|父親|兄)|義父|継父|ままちち|(母親|母|私|わたし|娘)の(彼氏|交際相手|恋人)|内縁の夫|おじ|叔父|伯父)(に|から)[^。]{0,16}((体|からだ|胸|むね|下着|お尻|おしり)を\\s?(触|さわ)られ|(部屋|へや|布団|ふとん|寝室|ベッド)に\\s?(入られ|入ってこられ|もぐりこまれ)|(性的|せいてき)な|裸(を|の))`,
      `(義理の(父|父親)|義父|継父|彼氏|交際相手|恋人|内縁の夫|叔父|伯父)(が)[^。]{0,30}${CHILD}[^。、]{0,4}の\\s?(体|からだ|胸|むね|下着|お尻|おしり)を\\s?(触|さわ)(って|る|り)`,
      "(bata|sanggol|anak)[^.]{0,40}(nakatali|ikinadena|nakakadena|iniwan sa labas)",
      "(stepfather|step-?dad|(my|her|his|mom'?s|mum'?s) boyfriend)[^.]{0,30}(touch(es|ing|ed)? (her|him|my (daughter|son))|(comes?|coming|came|gets|getting) into (her|his) (room|bed))|(padrastro|novio de (mi|su) (madre|mamá))[^.]{0,30}(la toca|lo toca|la manosea|entra (a|en) su (cuarto|cama))|(padrasto|namorado da (minha|sua) m(ã|a)e)[^.]{0,30}(toca nela|toca nele|mexe com ela|entra no quarto)|(继父|后爸|妈妈的男朋友)[^。]{0,20}(摸|猥亵|进她的房间)|(의붓아버지|새아빠|엄마 ?남자친구)[^.]{0,20}(만지|방에 ?들어)|(cha dượng|bố dượng)[^.]{0,20}(sờ|động chạm|vào phòng)|(ayah tiri|bapak tiri|pacar ibu)[^.]{0,20}(meraba|menyentuh|masuk ke kamar)",
      // Sixteenth round (red team 13 read): a pupil calling about a parent who hits them (わたし
      // 中学生です。お父さんは…お母さんとわたしをなぐります), also when the other parent is hit too.
      "(小学生|中学生|小学校|中学校|小学|中学)[^。]{0,8}(です|だよ|なんだ|なんです|やけど|だけど)[^]{0,40}(お父さん|お母さん|おとうさん|おかあさん|父|母|パパ|ママ|親)(は|が)[^。]{0,24}(わたし|私|ぼく|僕|あたし|おれ|俺|うち)(を|も|のことを)\\s?(なぐ|殴|たた|叩|蹴|け|ぶ)",
      // Twenty-fifth round (red team 22 read): not a son or a daughter named as the one who hits
      // (大家さんの息子に殴られて): the caller is the one hurt, which the violence rules read.
      `${CHILD}(?!(さん|くん|ちゃん)?\\s?に\\s?${HARM}).{0,25}(${HARM}|${NEGLECT}|ご飯を?(もらえ|食べさせてもら(え|つ)て)|食事を(与えられ|もらえ)|あざ|痣|(やけど|火傷)の(跡|あと)|傷だらけ|泣き叫|(外|ベランダ|玄関の外|家の外)に.{0,8}(出され|立たされ|放り出され|閉め出され)|締め出され|お腹を(すか|空か)せ|(タバコ|たばこ|煙草)(を)?.{0,6}(押し付け|押しつけ|押し当て)|何日も.{0,8}(食べて(い)?な|ご飯(を)?食べ(て(い)?な|させてもらえ))|根性焼き)`,
      // Not a child named inside a quote (『子どもを出せ』と怒鳴って: the shouting is at someone else).
      `(?<![「『][^」』]{0,12})${CHILD}(を|に|ば|のこと|の(腕|うで|手|足|顔|頬|ほっぺ|体|からだ|頭|お尻|尻|耳)(を|に)).{0,6}${HARM_ACTIVE}`,
      // Twenty-sixth round (red team 23 read): a parent or a step-parent hurting or shutting in the
      // caller's younger brother or sister (継父が妹を押し入れに閉じ込めて), a parent's own child.
      `(継父|継母|義父|義母|父|母|父親|母親|お父さん|お母さん|おとうさん|おかあさん|ママ|パパ|親)(が|は)[^。]{0,10}(妹|弟|いもうと|おとうと)(を|に|の(腕|うで|手|足|顔|頭|体)を)\\s?[^。]{0,12}${HARM_ACTIVE}`,
      `(${CHILD}|妹|弟)(を|に).{0,10}(沈め|投げ(つけ|た|て)|放り投げ|壁に(ぶつけ|たたきつけ|叩きつけ))`,
      `${CHILD}(に|を).{0,4}([「『](しね|ころす)|死ね|殺す|消えろ)`,
      // Eleventh round: an iron-shaped burn, fear of going home, a child held by the neck or thrown
      // by the arm, a child alone in rubbish, a parent gone for days, a small child's short report
      // (パパがなぐる), Indonesian.
      `(アイロン|たばこ|タバコ|煙草|ライター)の(形|跡|あと|痕)の?(やけど|火傷)|${CHILD}.{0,60}(帰|かえ)(っ|つ)たら(また)?(やられ|叩かれ|たたかれ|殴られ|なぐられ|蹴られ)る`,
      `${CHILD}の(首|くび|のど|喉|髪|髪の毛|胸ぐら)を(つか|掴|絞|しめ|締)|(${CHILD}|妹|弟)の(腕|うで|手|足|体|からだ|頭|首|髪|髪の毛|胸ぐら|襟)を.{0,10}(投げ(つけ|た|て)|放り投げ|壁に(ぶつけ|たたきつけ|叩きつけ|押し付け|押しつけ|おしつけ|押さえつけ|おさえつけ)|振り回)`,
      `${CHILD}.{0,12}(ごみ|ゴミ)(の山|だらけ|まみれ)[^。]{0,8}(一人|ひとり|放置|置き去り|寝かされ)`,
      `${CHILD}.{0,30}(ゴミ捨て場|ごみ捨て場|ゴミ箱|ごみ箱)(で|を|から)[^。]{0,6}(食べ物|たべもの|残飯|食べ残し)(を)?(探|さが|あさ|拾)|${CHILD}(が)?[^。]{0,10}(窓|ベランダ)(から|の(柵|手すり)(に|を|から))[^。]{0,4}(身を乗り出|乗り出|よじ登|よじのぼ)|(窓|ベランダ)(から|の(柵|手すり)(に|を|から))[^。]{0,2}${CHILD}(が)?[^。]{0,4}(身を乗り出|乗り出|よじ登|よじのぼ)|(外|そと)さ.{0,4}(出さ|ださ)いだ`,
      "(ママ|パパ|お母さん|おかあさん|お父さん|おとうさん)(が|は)?.{0,2}((\\d+|一|二|三|四|五|六|七|何|なん|数)(日|にち)|ふつか|みっか|よっか)(も|間|かん)?.{0,4}(帰|かえ)(って|つて)?(こな|きて(い)?な|来な|こん)",
      "(パパ|ママ|お父さん|お母さん|おとうさん|おかあさん|とうちゃん|かあちゃん)(が|は)\\s?(ぼく|僕|わたし|あたし|おれ|うち)?(を)?\\s?(叩|たた|殴|なぐ|蹴|け|ぶ)(く|る|つ)\\s?($|[。!、]|いつも|毎日|まいにち)",
      "(anak|bayi|balita)[^.]{0,40}(dipukul|disiksa|dikurung|tidak diberi makan|ditelantarkan|dianiaya)",
      // Eleventh round (crisis training set 3): a cry heard before the child is named (「ごめんなさい」という子どもの声), a mother's
      // boyfriend hitting the child, a child who says there is no food at home or eats only school
      // lunch, afraid of a parent coming home, a Korean child heard being hit, an English student's
      // burns.
      `[「『](ごめんなさい|痛い|いたい|やめて|たすけて|助けて)[」』](という|って|と)?(いう)?${CHILD}の(声|こえ|泣き声|叫び)|(ママ|まま|母|お母さん|おかあさん)の(かれし|彼氏|恋人|交際相手)(に|から)[^。]{0,4}(ぶたれ|叩かれ|たたかれ|殴られ|なぐられ|蹴られ|けられ)`,
      `${CHILD}.{0,40}((家|うち|いえ)に(ごはん|ご飯|食べ物|たべもの)(が)?(ない|ねえ|無い)|給食(以外|しか)|(三日|みっか|何日も|ずっと)同じ服)|${CHILD}.{0,60}(帰|かえ)(っ|つ)(て(き|来))?たら(また)?(殺|ころ)され`,
      "(아이|아기|애기|어린이).{0,10}맞는 ?소리|(student|child|kid|boy|girl|pupil|son|daughter)[^.]{0,30}(burn marks|bruises|welts)",
      // A child speaking of a parent: おかあさん いつも けってくる.
      "(お母さん|おかあさん|お父さん|おとうさん|ママ|パパ|母|父|親)(が|は)?.{0,6}((叩|たた)(いて|く)|(殴|なぐ)(って|る)|(蹴|け)(って|る)|つね(って|る)|(押しつけ|押し付け|おしつけ)(て)?)(くる|きた|くん|ます)",
      "(お母さん|おかあさん|お父さん|おとうさん|ママ|パパ)(が|は).{0,12}(ぼく|僕|わたし|あたし|おれ|うち)(を|のこと)?.{0,2}(叩|たた|殴|なぐ|蹴|け)(く|る|つ|いて|って)",
      `${CHILD}.{0,15}(体を触られ|触られ|いたずらされ|家に入れてもらえ|家に入れない)|${CHILD}(に|へ|を).{0,10}(性的な|わいせつ)`,
      // A child speaking: お父さんにたたかれた, ママがごはんくれない.
      // Twenty-fifth round (red team 22 read): not when the one hurt is named as the other parent
      // (母が父に灰皿で頭を殴られて: violence between the parents), unless a child tells it (わたし小3).
      // Thirty-sixth round (blind-35's false emergency): not けられ as the tail of another verb written
      // with a kanji (ひとり親になったので、受けられる手当, 母に預けられた), which is no kick; still
      // 押し付けられ, a harm (パパに押し付けられたと).
      `(?=(親|父|母|ママ|パパ|とうちゃん|かあちゃん|おとん|おかん|お父さん|お母さん|おとうさん|おかあさん|ちちおや|ははおや|継父|継母)[^。]{0,4}(に|から))((?<!(母|父|ママ|パパ|母親|父親|お母さん|お父さん|おかあさん|おとうさん|妻|夫)(さん)?(が|は)\\s?)|(?=[^]{0,200}${CHILD_SPEAKER})|(?<=${CHILD_SPEAKER}[^]{0,200}))(親|父|母|お父さん|お母さん|おとうさん|おかあさん|父親|母親|ちちおや|ははおや|継父|継母|ママ|パパ|とうちゃん|かあちゃん|おとん|おかん)(に|から).{0,8}((叩|たた)かれ|殴られ|なぐられ|蹴られ|(?<!(受|預|助|届|避|続|設|授|掛|駆|漬|傾|賭|分|向|抜|遂|退|欠|化|負|明|開|見つ|名付|片付))けられ|(打|ぶ)たれ|ご飯を?もらえ|暴力)`,
      "(お父さん|お母さん|おとうさん|おかあさん|父親|母親|ママ|パパ)(が|は)?.{0,4}(ご飯|ごはん|食べ物|たべもの)(を|も)?.{0,4}(くれな|くれへん|くれん|作ってくれな)",
      // A child's cry of pain (子どもの「痛い、やめて」), in kana too (こども の なきごえ と たたく おと).
      `${CHILD}の.{0,4}[「『]?(痛い|いたい|やめて|たすけて|助けて|ごめんなさい)|${CHILD}の(悲鳴|叫び声|泣き叫ぶ声)|${CHILD}.{0,10}(泣き声|なきごえ|泣き叫|なきさけ|悲鳴|泣きつぱなし|泣き続け|泣きよ|泣いと|泣いて(い)?る|ないて(い)?る).{0,15}(?<!つい)(怒鳴|どな|叩|たた|物音|ずっと|毎晩|毎日|親の気配|誰もいな|応答(が)?(な)|出てこな)`,
      // A child crying with no grown-up there.
      `${CHILD}.{0,12}(泣いて|泣き).{0,24}(親|大人|おとな|誰|だれ)(が|も)?(いな|居な|見当たらな|帰ってこな|帰ってきて(い)?な)`,
      "泣き声.{0,12}(毎晩|毎日|ずっと|ひどい|すごい|異常|叫|止まない|やまない)|(毎晩|毎日|夜中|一晩中|ずっと).{0,12}(泣き(声|叫)|怒鳴り声)",
      "(親|母親|父親|ママ|パパ|お母さん|お父さん)(が|は)?.{0,4}(家|部屋|うち)?(に|の中に)?(入れてくれな|入れてもらえな)|ご飯を?(もらえ|食べさせてもらえ)(て)?(い)?ない|食事を(与えられ|もらえ)(て)?(い)?ない",
      "(子ども|子供|こども|小さい子|幼い子)(だけ|たち)?(が|で|を).{0,10}(何日|ずっと|夜中|放置|置いて)",
      // Twelfth round (red team 9 read): a child kicked too (こども も けられて), marks of a cord or
      // fingers on a child's neck, a child held under water in a bath, no grown-up seen for days
      // where a child is heard, a small child alone at home with a sibling and no food.
      `${CHILD}(も|まで)\\s?(蹴|け)られ|${CHILD}の(首|くび|のど|喉|腕|うで|手首|足首|背中|顔|太もも)に[^。]{0,10}(ひも|紐|縄|なわ|ロープ|コード|指|ゆび|ベルト|アイロン|たばこ|タバコ)の?(痕|跡|あと)`,
      `(${CHILD}|妹|弟|いもうと|おとうと)(を|の(頭|顔|あたま|かお)を)[^。]{0,20}(浴槽|風呂|ふろ|湯船|水|みず|プール|バケツ|洗面器)[^。]{0,4}(沈め|しずめ|押し付け|押しつけ|おしつけ|押し込|つけて(い)?る)`,
      `${CHILD}[^]{0,60}(親|大人|おとな|母親|父親)の(姿|すがた|顔|気配)(を|は|が|も)?[^。]{0,8}(見て(い)?(ない|ません|へん|ねえ)|見かけ(ない|ません|へん)|ない|しない|しません)`,
      "(ママ|パパ|お母さん|おかあさん|お父さん|おとうさん)(が|は)?\\s?(帰|かえ)(って|つて)?\\s?(こない|こなくて|きてない|こん)[^]{0,40}(ごはん|ご飯|たべもの|食べ物|おなか|お腹)|(おうち|いえ|うち|へや)\\s?(に|には)\\s?(ぼく|わたし|あたし|おれ)\\s?と\\s?(いもうと|おとうと|あかちゃん|妹|弟)\\s?(だけ|しか)",
      "(batendo|bateu|bate|espancando|agredindo)[^.]{0,16}(n|em )(a|o|as|os) ?(crian|menin|beb|filh)",
      ...CHILD_ABUSE_WORLD,
      // Fortieth round (red team 37 read): a child's mouth or nose covered or taped by a parent or a
      // parent's partner, with the child choking (母の彼氏が弟を床に押さえつけて、口にガムテープを
      // 貼っています、弟が苦しそう; ば for を in Kyushu speech, 子の口ば押さえて息させんごと); a baby
      // thrown on the floor by a parent, in a child's kana (パパがね、あかちゃんのこと、ゆかになげたの).
      `${PARENT}(が|は)\\s?[^。]{0,14}${CHILD_OF_FAMILY}(さん|ちゃん|くん)?\\s?(の|を|ば)[^。]{0,20}(口|くち|鼻|はな|口元|くちもと)(に|を|ば)\\s?[^。]{0,8}(ガムテープ|テープ|押さえ|おさえ|塞|ふさ)[^。]{0,30}(苦し|くるし|息|いき|もが|顔色|かおいろ|紫|むらさき|真っ青|まっさお)`,
      `${PARENT}(が|は)(ね|な)?[、,]?\\s?[^。]{0,6}${CHILD_OF_FAMILY}(のこと)?\\s?(を|ば|、)?\\s?[^。]{0,6}(床|ゆか|壁|かべ|地面|じめん|畳|たたみ)(に|へ|さ)\\s?(投げ|なげ|叩きつけ|たたきつけ|放り投げ|ほうりなげ)`,
      // Forty-first round (red team 38 read): a small child slammed on the ground or the floor (幼児
      // を地面に叩きつけております); a parent hitting a child's head with a thing again and again, a
      // filler and a comma between in speech recognition's words (子ども の 頭 を 、 なんか 鍋 で 、
      // 何回 も 叩いて て).
      "(幼児|乳児|子ども|子供|こども|赤ちゃん|あかちゃん|赤ん坊|男の子|女の子|園児)を\\s?(地面|じめん|床|ゆか|壁|かべ|道路|アスファルト)に\\s?(叩きつけ|たたきつけ|投げつけ|なげつけ|打ちつけ|うちつけ)",
      `${PARENT}\\s?(が|は)\\s?[^。]{0,6}${CHILD_OF_FAMILY}\\s?の\\s?(頭|あたま|顔|かお)\\s?を[^。]{0,16}で[^。]{0,8}(何回\\s?も|なんかい\\s?も|何度\\s?も|なんど\\s?も)\\s?(叩|たた|殴|なぐ)`,
      // Twenty-ninth round (red team 26 read): a child put in a bag or a box, or its mouth taped or
      // stuffed (子をごみ袋に入れて口を縛って, 赤ちゃんの口にガムテープを貼って); a baby thrown at a wall
      // in Korean, a sister beaten by a stepfather in Vietnamese, a son burnt with an iron in
      // Portuguese, a child beaten with a hanger in Chinese.
      `${CHILD}を\\s?[^。]{0,6}(ごみ袋|ゴミ袋|ポリ袋|袋|ふくろ|スーツケース|段ボール|箱|はこ)に\\s?(入れ|いれ|詰め|つめ|押し込)|${CHILD}の\\s?(口|くち|鼻|はな)に\\s?(ガムテープ|テープ|タオル|布)(を)?\\s?(貼|は(っ|り)|押し込|詰め|つめ)`,
      "(아이|아기|애기|애)(를|을)? ?[^.]{0,10}던지|đang (đánh|đập) em (gái|trai)|(queimando|queimou) (o|a|os|as|seu|sua|meu|minha) (filh|crian|menin|beb)|打(他|她)[^，。]{0,6}(孩子|女儿|儿子|宝宝)",
      // Twenty-fourth round (red team 21 read): a child's neck or face held down or pushed into
      // water now (娘の首を押さえつけて, 息子の顔を浴槽の水につけて「泣きやめ」と; not a swimming
      // lesson), a parent hitting their own child now in Chinese, Vietnamese and Thai, and a child
      // locked in a car in the sun in Portuguese.
      `${CHILD}の\\s?(首|くび|口|くち|鼻|はな|顔|かお)を\\s?[^。]{0,6}(押さえつけ|おさえつけ|押さえ込|おさえこ|絞め|締め|しめ|ふさい|塞い)(て|た|ようと)`,
      `(${CHILD}|妹|弟|いもうと|おとうと)の(頭|顔|あたま|かお)を[^。]{0,20}(浴槽|風呂|ふろ|湯船|水|みず|プール|バケツ|洗面器)[^。]{0,4}(つけ|沈め|しずめ)(て|た|ようと)(?![^。]{0,10}(練習|れんしゅう|遊|あそ|洗|あら))`,
      "(正在|在)打(他|她|自己)?的?(女儿|儿子|孩子|小孩|宝宝)|打(他|她)的(女儿|儿子|孩子)",
      "đang (đánh|đập) (con (trai|gái|tôi|em|nhỏ|của)|cháu|bé|đứa)",
      "(กำลัง)?(ตี|ทุบตี|ทำร้าย|เตะ)(ลูก(?!บอล|กอล์ฟ|ปิงปอง|เทนนิส|ขนไก่|ตะกร้อ|แบด|วอลเลย์)|เด็ก)|เด็ก[^.]{0,20}ร้องไห้ขอ(ให้)?ช่วย",
      "tranc(ou|aram|a|ando) (o|a|os|as|seu|sua) (filh|crian|menin|beb)[^.]{0,40}(carro|sol)",
      "(kicking|hitting|beating|slapping|punching|dragging|shaking|choking) (a|the|her|his|their|my)? ?(little )?(child|kid|toddler|baby|boy|girl)(?![a-z'’]| (bottle|food|formula|seat|stroller|carrier|monitor|clothes|toys?|shower|photos?))|(child|kid|baby|children|son|daughter|boy|girl|toddler)[^.]{0,30}(being )?(abused|beaten|neglected|locked out|starved)|(leave|leaves|left|leaving) (their|his|her|the|a) (child|kid|baby|toddler|children|kids)[^.]{0,20}alone|(kids?|children|child|baby|toddler)[^.]{0,30}alone for (two|three|four|five|several|many|\\d+) days|(child|kid|baby|toddler|children|kids)[^.]{0,20}(left |alone |locked )+(for days|all night|overnight|in (the|a) (hot )?car)|child abuse|abus(e|ing) (a|the|my|her|his|their) (child|kid|son|daughter|baby)|neglect(ed)? (child|kid|baby)",
      "(child|kid|baby|toddler)[^.]{0,40}((hasn'?t|has not|haven'?t|not) been fed|(nobody|no one|no adult)('s| is)? (home|there|around))|(child|kid|baby)[^.]{0,20}(scream|cry)[^.]{0,40}(yell|shout|every night|all night|hit)",
      // A baby or child left alone for days; no adult coming and going; a child saying it is hungry.
      `(放置|ほうち)(され)?(て)?.{0,4}(\\d+|一|二|三|四|五|数|何)日|${CHILD}.{0,8}(放置|ほうち)|(親|大人|おとな)の(出入り|気配|姿)(が)?(ない|なく|見えな)|${CHILD}.{0,40}(おなか|お腹)(が)?(すいた|空いた|へった|減った|ぺこぺこ)`,
      // A head struck against a wall; a child shut in the bath under its lid. Twenty-first round
      // (red team 18 read): not a caller kept indoors by a stranger's danger outside (前で酔っ払い
      // が刃物を振り回して、外に出られない), unless a partner is named (the development sets call
      // that abuse).
      `頭を.{0,10}壁に(打ちつけ|打ち付け|ぶつけ|叩きつけ|たたきつけ)|(ふろ|風呂).{0,12}(ふた|蓋)(を)?(しめ|閉め)|(?=(出られ|でられ)(ない|へん|ん).{0,4}$)(?<!(火事|かじ|火災|煙|けむり|燃え|もえ|炎|ほのお)[^]*)((?<!(外|そと)に\\s?)|(?<=${PARTNER_DOER}[^]*))(出られ|でられ)(ない|へん|ん).{0,4}$`,
      // Tied to a bed, someone shut in a shed, a drunk parent driving off with the child, a death
      // threat written to a child, a person left out in the blazing sun, a slap heard on the phone.
      "(柵|さく|ベッド|椅子|いす)に(紐|ひも|縄|ロープ)?(で)?(縛|しば)られ|(物置|押し入れ|倉庫|トイレ|納戸)に(閉じ込め|とじこめ)(て(い)?る|てい)|((酒|お酒)(臭|くさ|に酔|酔っ)|(酔|よ)っ(て|ぱら))[^。]{0,30}(子ども|子供|こども|泣いている子|泣いてる子|娘|息子)[^。]{0,16}(車|くるま|運転)|(埋める|うめる)[」』]?(と|って)(メモ|書|言)|炎天下(の[^。、]{0,8})?(で|に)[^。]{0,20}(出され|置き去り|放置|出したまま|置きっぱなし|ぐったり)|(バシッ|ばしっ|バシン|ばしん)(って|て|と|という)?(音|おと)",
      "(逆さ|さかさ)(に|吊り)[^。]{0,8}(振り回|ふりまわ)|(手足|手|足)を(紐|ひも|縄)?(で)?(縛|しば)られ|está golpeando (a |al )(mi |su |tu |la |el |un |una )?(herman|niñ|nen|beb|hij|crian)|bị bố đánh chảy máu|loud crash[^.]{0,40}(silent|quiet)",
      "bỏ một mình|bị nhốt|dikunci di luar|पिटि?रहेक(ा|ो)|पिट्दै",
      "bỏ đói|(est(á|a)|t(á|a)) batendo (nele|nela|no menino|na menina|na crian|no filho|na filha|nos filhos)",
      // Twelfth round (crisis training set 4): a baby's limb bent the wrong way with the parent
      // keeping it from a doctor, a child beaten next door in Chinese, a child shut out on the
      // balcony in Vietnamese, a child threatened too in Burmese.
      `${CHILD}[^]{0,60}(病院|医者)に(行かせ|連れて行かせ|連れていかせ|診せ)て(くれ|もらえ)(ない|ません)|(親|両親|母親|父親|ママ|パパ)(は|が)[^。]{0,16}(病院|医者)に(行かせ|連れて行か|連れていか|診せ)(ない|ません|ようとしない)`,
      `${CHILD}[^。]{0,25}(ベランダ|外|そと)\\s?に\\s?(だされ|しめだされ|締め出され)(て|た)`,
      `${CHILD}[^]{0,60}(家|うち)に(帰|かえ)(る|ったら)と[「『]?(殴|なぐ|叩|たた)(られ|かれ)|(義理の父|義父|継父|母の(彼氏|交際相手)|お母さんの彼氏)(に|が)[^。]{0,10}(毎晩|毎日|夜)[^。]{0,6}(部屋|へや|布団|ふとん)に(入って|はいって|入り)`,
      "(binubugbog|binugbog|sinasaktan|sinaktan|pinapalo|pinalo)[^.]{0,30}ang (anak|bata)",
      "(孩子|小孩|宝宝)[^。]{0,16}(在打(他|她)|打他|打她)|nhốt (đứa |con |bé |trẻ )[^.]{0,30}(ban công|ngoài|khóc)|ကလေး[^။]{0,12}ရိုက်",
      // Thirteenth round (red team 10 read): a mother's boyfriend who hits, said by the child (mama no
      // kareshi ga naguru), a child's bruise and the child not wanting to go home. (Food withheld said
      // with させて, 食事をさせていない, is in HARM_ACTIVE.)
      "(お迎え|おむかえ|迎え)(に)?\\s?(誰も|だれも|親が|親も|親は)[^。]{0,4}(来|こ)(ない|なかった|ないまま|ず)[^。]{0,20}((\\d+|一|二|三|四|五|六|七|何|数)日|ふつか|みっか|一晩|ひとばん)|(niñ[oa]s?|nen[ea]s?|beb(é|e)s?)[^.]{0,30}(est(á|a)n?|se qued(ó|o|a)n?|(lo|la|los|las) dej(an|aron|ó|o)) (sol[oa]s?|abandonad[oa]s?)[^.]{0,10}(hace|desde hace) (dos|tres|cuatro|varios|muchos|\\d+) d(í|i)as",
      `[「『][^」』]{0,10}(ごめんなさい|痛い|いたい|やめて|たすけて|助けて)[^」』]{0,6}[」』](という|って|と)?(いう)?${CHILD}の(声|こえ|泣き声|叫び)|(隣|となり|近所|きんじょ|向かい|むかい|同じ(アパート|マンション|団地)|上の階|下の階)[^。]{0,6}${CHILD}[^。]{0,30}((夜中|深夜|夜遅く|よなか)(に)?[^。]{0,4}(一人|ひとり)(で|きり)?[^。]{0,4}(外|そと|公園|こうえん)|(いつも|毎日|まいにち)同じ服)|(アイロン|たばこ|タバコ|煙草|ライター)の(やけど|火傷)の?(跡|あと|痕)`,
      "(deixa|deixam|deixou|deixaram) (o|a|os|as) (beb(ê|e)s?|crian(ç|c)as?|filh[oa]s?|menin[oa]s?) sozinh|đánh con (rất|dữ|liên tục|mỗi|suốt|hằng)|(đánh|bị đánh)[^.]{0,30}khóc thét|(아이|아기|애기|어린이|꼬마)[^.]{0,12}(?<!(주사|비|눈|접종|링거|백신|침)(를|을)? ?)맞고 ?(울|우는)|(child|kid|baby|toddler|children|kids|boy|girl)[^.]{0,30}(locked|shut|left) (out )?(on|in|outside|out on) (the|a) (balcony|veranda|cold|snow|street)",
      "(ママ|まま|母|お母さん|おかあさん|母親|かあちゃん)の(かれし|彼氏|恋人|交際相手|内縁の夫)(が|は)[^。]{0,8}((叩|たた|殴|なぐ|蹴|け)(く|る|いて|って|りよ)|ぶ(って|ちよ|ちょ))",
      `(あざ|痣|やけど|火傷)[^]{0,40}${CHILD}[^]{0,40}(家|うち|いえ)に(帰|かえ)り(たくない|たがらない|たくねえ)|${CHILD}[^]{0,40}(あざ|痣|やけど|火傷)[^]{0,40}(家|うち|いえ)に(帰|かえ)り(たくない|たがらない|たくねえ)`,
      // Thirteenth round (crisis training set 5): a baby being shaken now (揺さぶっとる), a child
      // touched in a way the child calls strange (変なことしてくる), a grown-up of the household who
      // comes into the child's room at night, a parent beating a child with a belt as the child's
      // friend tells it, a child in kana telling of a parent hitting now and a sibling crying, and a
      // small child alone outside at night with no parent to be found.
      "(赤ちゃん|赤ん坊|あかちゃん|乳児|赤子|新生児)[^。]{0,40}(揺さぶ|ゆさぶ)(っ(て|と|ちょ)|り(よ|続)|られ)",
      `(${CHILD}|姪|めい|甥|おい)[^]{0,30}(パパ|父|お父さん|おとうさん|おじ|叔父|伯父|義父|継父|兄|彼氏|先生|コーチ|おじさん|大人|男)[^。」』]{0,10}(変な|へんな|いやらしい|エッチな|えっちな)(こと|事)(を)?\\s?(して(くる|きて|くん|きよ)|され(て(る|い|ま)|た))|(おじ|叔父|伯父|義父|継父|養父|父|兄|いとこ|おじさん)[^。]{0,8}が[^。]{0,6}(毎晩|毎夜|夜中に|夜になると|夜な夜な)[^。]{0,6}(部屋|へや|布団|ふとん|寝室)に(入って|はいって|来て|きて|もぐり)[^。]{0,30}(怖|こわ|嫌|いや|やめて|逃げ)`,
      `(お父さん|お母さん|おとうさん|おかあさん|父親|母親|親)(が|は)[^。]{0,12}(友だち|友達|ともだち|${CHILD})を[^。]{0,10}((叩|たた)いて|(殴|なぐ)って|(蹴|け)って)(?!\\s?(しま|ちゃ))|(おかあさん|おとうさん|まま|ぱぱ|かあちゃん|とうちゃん)が\\s?(いま|今|また|\\s)*(たたいて|なぐって|けって)(る|いる)[^。]{0,12}(いもうと|おとうと|妹|弟|ぼく|わたし)`,
      `((小さい|小さな|ちいさい|幼い)?${CHILD}[^。]{0,30}(夜|深夜|夜中|よなか|おむつ|裸|はだし|裸足)|(夜|深夜|夜中|よなか|おむつ|裸|はだし|裸足)[^。]{0,20}${CHILD})[^。]{0,20}(一人で|ひとりで)[^。]{0,20}(親|保護者|大人|おとな)(が|は|も)[^。]{0,6}(見当た(ら|り)|みあた(ら|り)|いな|見え(な|ま))`,
      // Fourteenth round (red team 11 read): a baby crying for days next door with the voice gone
      // hoarse, a child telling of being pushed under the bath water, a hand or a cloth over a baby's
      // mouth, no food for the children for days, a coach or teacher touching a pupil's body.
      "(赤ちゃん|赤ん坊|あかちゃん|子ども|子供|こども)の\\s?(泣き声|なきごえ)[^。]{0,20}((二|三|四|五|六|七|[2-7])日|何日|なんにち|数日)[^。]{0,6}(続|つづ)|(泣き声|なきごえ)[^。]{0,40}(声|こえ)が\\s?(かすれ|枯れ|かれ)",
      `${CHILD}[^。]{0,12}[「『][^」』]{0,20}((沈|しず)められ|首を(絞|締|し)められ|(叩|たた)かれ|(殴|なぐ)られ|蹴られ)|首に\\s?(指|手|ゆび)の\\s?(跡|あと)`,
      `(${CHILD}|赤ちゃん|赤ん坊)(に|の)[^。]{0,24}(口|くち|鼻|はな)(と鼻|や鼻)?を\\s?([^。]{0,8}で\\s?)?((ふさ|塞)(いで|いだ|ぎ)|(押さえ|おさえ)(て|つけ))`,
      `${CHILD}に\\s?(食べさせる|たべさせる|あげる)\\s?(もの|物|ご飯|ごはん)が\\s?(もう)?\\s?(二|三|四|五|何|なん|[2-5])日(も)?\\s?(ない|無い|ありません|なく)`,
      "(高校生|中学生|小学生|生徒|部活|クラブ)[^]{0,60}(コーチ|監督|顧問|先生|教師|講師)(に|から)[^。]{0,30}(体|からだ|胸|むね|お尻|下着)を?\\s?(触|さわ)られ(て(い)?(る|ま)|続け)",
      // Then, for the development lines the refitted model no longer carried: a child "しばかれ" in
      // Kansai speech, a small child put out half-naked in the cold.
      `${CHILD}(を|ば)?\\s?(しばい|しばき|シバい)(とる|てる|てん|よる|ちょる)`,
      // Twenty-fifth round (red team 22 read): the thing named between (子どもをベルトでしばいとって).
      `${CHILD}(を|ば)\\s?[^。]{0,10}で\\s?(しばい|しばき|シバい)(とる|とっ|てる|てん|よる|ちょる|て(い)?る)`,
      // Thirty-third round (red team 30 read): beaten again and again (子どもを物干し竿でしばきまく
      // っとって), and a child scalded, said in the passive (同じアパートの子が いま 熱湯 かけられた).
      `${CHILD}(を|ば)\\s?[^。]{0,10}(しばき|しばか|叩き|たたき|殴り|なぐり)\\s?(まく|まわ|倒)(っ|り|る|し)`,
      `${CHILD}(が|は)\\s?[^。]{0,16}(熱湯|ねっとう|お湯|おゆ)\\s?(を)?\\s?(かけ|掛け)られ`,
      `(小さい子|幼い子|${CHILD})[^。]{0,20}(一人|ひとり)で\\s?(置かれ|おかれ|残され|放置され)(て(い)?(る|ます)|てる|たまま)`,
      // Thirty-fourth round (blind-33's missed crisis read): a child left alone for days, said in
      // dialect (孫が三日も家にひとりで置いとかれて), or given nothing to eat (なんも食べさせてもらって
      // ねえ).
      `${CHILD}(が|は)\\s?[^。]{0,6}(何日も|なんにちも|(二|三|四|五|六|七|2|3|4|5|6|7)\\s?日(も|間)|一晩中|ひと晩中)[^。]{0,8}(一人|ひとり)で\\s?(置かれ|おかれ|置いとかれ|おいとかれ|置いてかれ|おいてかれ|置いていかれ|残され|のこされ|放置され)`,
      `${CHILD}(が|は)[^。]{0,30}(何も|なにも|なんも|ご飯も|ごはんも|飯も|めしも)\\s?(食べさせ|たべさせ)て\\s?(もら(え|っ|つ)て|くれ)(い)?(ない|ねえ|ねぇ|ません|へん|ん)`,
      // Thirty-fifth round (red team 32 read): a child shut by a parent into a fridge, a closet or a
      // box and not let out, in a child's kana (ママがれいぞうこにはいってなさいってしめた。あけて
      // もらえない); a little brother or sister slammed against a wall by a parent (パパがいもうとを
      // かべにぶつけた).
      "(ママ|まま|パパ|ぱぱ|おかあさん|おとうさん|お母さん|お父さん|母親|父親|親)(が|に)[^。]{0,30}(冷蔵庫|れいぞうこ|冷凍庫|れいとうこ|押し入れ|おしいれ|物置|ものおき|トランク|とらんく|洗濯機|せんたくき|ロッカー|箱|はこ|クローゼット)(に|の中に|のなかに)[^。]{0,16}(閉め|しめ|閉じ込め|とじこめ)(た|られ|て)[^]{0,20}(開けて|あけて|出して|だして)\\s?(もらえ|くれ)(ない|ません|ん)",
      `(ママ|まま|パパ|ぱぱ|おかあさん|おとうさん|お母さん|お父さん|母親|父親)(が|は)\\s?[^。]{0,8}(いもうと|おとうと|妹|弟|赤ちゃん|あかちゃん|ぼく|わたし|あたし|${CHILD})を\\s?[^。]{0,10}(壁|かべ|床|ゆか|柱|はしら|机|つくえ|ドア|どあ)に\\s?(ぶつけ|たたきつけ|叩きつけ|投げつけ|なげつけ|打ちつけ|うちつけ)`,
      "(外|そと|ベランダ)に\\s?(出され|だされ)(とる|てる|て(い)?(る|ま))[^。]{0,4}[。、]?\\s?[^。]{0,4}(パンツ一枚|下着(一枚|だけ)|裸|はだか|裸足|はだし)",
      // Fifteenth round (red team 12 read): a parent afraid of hitting the child again, a child's
      // scream with a parent's voice next door, a child telling of one parent hitting the other.
      "(手をあげ|手を上げ|手が出|てがで|叩いてしまい|たたいてしまい|殴ってしまい|なぐってしまい)そうで[、,]?\\s?(自分が|じぶんが)?\\s?(怖|こわ)(い|くて)",
      `${CHILD}(さん|ちゃん|くん)?[^。]{0,10}[「『](やめて|痛い|いたい|ごめんなさい|助けて|たすけて)[^」』]{0,8}[」』][^。]{0,20}(父親|母親|お父さん|お母さん|親|(大人|おとな)の\\s?(男|女|男性|女性)?(の人)?)の\\s?(声|怒鳴り声|どなり声|怒声)`,
      "(おとうさん|おかあさん|お父さん|お母さん|ぱぱ|まま)が[、,]?\\s?(おかあさん|おとうさん|お母さん|お父さん|まま|ぱぱ)を\\s?(たたい|叩い|なぐっ|殴っ|けっ|蹴っ)(て|た)",
      // Seventeenth round (red team 14 read): a pupil or child quoting what a parent does to them
      // (生徒が『家に帰ったらまたお父さんに風呂に沈められる』; 男の子が『お父さんに殺される』), a child
      // fleeing with the parent after them, a child kept out on a balcony in the cold (English).
      `(生徒|園児|教え子|${CHILD})[^。]{0,30}[「『][^」』]{0,30}(お父さん|お母さん|おとうさん|おかあさん|父親|母親|父|母|親|パパ|ママ|継父|義父)(に|から)[^」』]{0,12}((沈|しず)められ|(殴|なぐ)られ|(叩|たた)かれ|蹴られ|殺され|ころされ|首を(絞|締|し)められ|閉じ込められ|縛られ|やられ)`,
      `${CHILD}[^]{0,40}(逃げ|にげ|飛び出|とびだ)[^]{0,40}(父親|母親|お父さん|お母さん|親)(が|も)\\s?[^。]{0,8}(追いかけ|おいかけ|追って|おって)`,
      "(boy|girl|child|kid|toddler|son|daughter)[^.]{0,80}(balcony|outside|doorstep|porch|veranda)[^.]{0,80}(not to come in|won'?t let (him|her|them) (back )?in|(not|never) (let|letting) (him|her|them) (back )?in|locked out|shut out)",
      // Twentieth round (red team 17 read): the parent named in the next sentence (…on the balcony in
      // the cold, crying. His dad locked him out), and a child taken and held with a threat (子ども
      // を連れて行ったきりで…「子どもがどうなっても知らない」).
      "(boy|girl|child|kid|toddler|son|daughter)[^.]{0,80}(balcony|outside|doorstep|porch|veranda)[^.]{0,60}(cold|freezing|crying|t-?shirt|barefoot|night)[^]{0,60}(his|her|their|the) (dad|mom|mum|father|mother|parents?|step-?dad|step-?mom)s? (locked|shut|put|kept) (him|her|them) out",
      `(連れ(て)?(行|い|去|出)|連れ去|返して(ほし|欲し)けれ|身代金|金を\\s?(持って|用意|払)|預かって)[^]{0,60}${CHILD}(が|の|は)\\s?(どうなっても\\s?(知らない|しらない|知らん|しらん)|命は\\s?(ない|無い)|無事で(は|いられ))`,
      // Twenty-third round (red team 20 read): a child tied up with a rope or a chain (子が縄で木につな
      // がれていて), kept out of the house with more words between (子が…もう真っ暗なのに家に入れて
      // もらえず), kicked now in spaced kana (だんな が こども を けって て).
      `${CHILD}[^。]{0,20}(?<!迷子)(縄|なわ|紐|ひも|ロープ|鎖|くさり|チェーン)で\\s?[^。]{0,10}に\\s?(つなが|繋が|縛ら|しばら|くくりつけら|括りつけら|結びつけら|むすびつけら)れ(て|た(まま|きり))`,
      `${CHILD}[^。]{0,40}(家|うち|いえ|部屋|へや)に\\s?(入れてもらえ|いれてもらえ)(ず|ない|なく|ません)`,
      `(${CHILD}|妹|弟|いもうと|おとうと)\\s?(を|ば)\\s?[^。]{0,3}(けって\\s?(て|る|いる|います|ます|ん)|けっと(る|ん)|けりよ)`,
      // Twenty-seventh round (red team 24 read): a child chained up, said with に (ベランダで鎖に
      // つながれてて), not a puppy; a child left in a car while the parent is out and now limp or
      // sweating (子を車の中に置いてパチンコに行って…ぐったりしてる); a child's head banged against a
      // wall again and again (女の子の頭を壁に何度もぶつけてる). Child abuse, read before the
      // medical rule.
      `${CHILD}(?![犬猫])[^。]{0,20}(鎖|くさり|チェーン|縄|なわ|紐|ひも|ロープ)(で|に)\\s?(つながれ|繋がれ|縛られ|しばられ)(て|た\\s?まま)`,
      `${CHILD}を\\s?(車|くるま)(の中|のなか|内)?に\\s?(置いて|おいて|残して|のこして|置いたまま|おいたまま|残したまま)[^]{0,60}(ぐったり|動かな|うごかな|反応(が)?\\s?(ない|なく)|泣き叫|汗|あせ|真っ赤|まっか|顔が赤)`,
      `(${CHILD}|妹|弟)の\\s?(頭|あたま|顔|かお)を\\s?[^。]{0,6}(壁|かべ|床|ゆか|柱|ドア|机)に\\s?[^。]{0,6}(ぶつけ|打ちつけ|打ち付け|叩きつけ|たたきつけ)`,
      // Thirty-first round (red team 28 read): a child tied to a post and beaten
      // in Tohoku dialect (わらしを柱さ縛って棒で叩いでる; red team 27's 柱さ縛らえで、殴らえで); a child choked in Tagalog, a child's hand
      // burnt with a cigarette in Portuguese, whipped with a belt in Chinese, tied to a chair in
      // Vietnamese, boiling water poured on a son in Spanish.
      `(わらし|わらす|童|${CHILD})[^。]{0,20}(柱|はしら|椅子|いす|木)(さ|に)\\s?(縛|しば)(って|っで|りつけ|らえ|られ)[^。]{0,20}(叩|たた|殴|なぐ)`,
      "sinasakal[^.]{0,40}(anak|bata|sanggol|pamangkin)|(anak|bata|sanggol)[^.]{0,40}sinasakal",
      "(queimando|queimou|queima) a (mão|mao|pele|perna|braço|braco|cara) d(o|a) (minha |meu |seu |sua )?(sobrinh|filh|crian|menin|beb|entead|irm)",
      "用(皮带|腰带|棍子|衣架|鞭子|绳子)(抽|打)[^，。]{0,4}(孩子|女儿|儿子|宝宝|小孩)",
      "trói (đứa bé|đứa trẻ|em bé|bé|con|cháu|thằng bé|con bé)",
      "(echando|echándole|echandole|echó|tirando|tirándole|tirandole|tiró)(le)? agua hirviendo[^.]{0,30}(hij|niñ|nen|beb|crian)",
      // Thirty-second round (red team 29 read): a small child put out barefoot or bare on a balcony
      // or in the snow and left there (ベランダに、この雪の中、小さい子が裸足で一時間以上出された
      // まま); a child tied to a balcony's rail in Spanish; a stepfather or a parent beating a little
      // sister or a child in Portuguese.
      `(ベランダ|外|そと|雪|ゆき|寒|玄関)[^。]{0,30}${CHILD}[^。]{0,6}(裸足|はだし|裸|はだか|パジャマ|下着)[^。]{0,16}(出され|だされ|締め出され|しめだされ|放り出され)(た\\s?まま|て\\s?(い)?(る|ます)|てる|とる)`,
      "(hij[oa]|niñ[oa]|nen[ea]|beb(é|e)|criatura)[^.]{0,30}(atad|amarrad|encadenad)[oa]s? (a|al|en|con) (la |el |una |un )?(barandilla|baranda|silla|cama|(á|a)rbol|poste|reja|columna|cadena|cuerda)",
      "(padrasto|madrasta|pai|m(ã|a)e|tio|tia)[^.]{0,20}(batendo|espancando|chicoteando|surrando) (n|em )?(a|o)? ?(minha |meu |sua |seu )?(irm(ã|a)zinh|irm(ã|a)ozinh|filh|crian|menin|beb|entead|sobrinh)",
      // A child left shut in a car while the parent has gone somewhere, said in the passive (車の中に
      // 赤ちゃんが残されたままで、親はパチンコ店に入ったきり…赤ちゃんが動かない; not a parent nowhere
      // to be found, which the sets call medical); a child's head held under water in English.
      `(${PARENT_AWAY})[^]{0,20}${CHILD_LEFT_IN_CAR}[^]{0,40}${LIMP_IN_CAR}`,
      `${CHILD_LEFT_IN_CAR}[^]{0,30}(${PARENT_AWAY})[^]{0,60}${LIMP_IN_CAR}`,
      `${CHILD_LEFT_IN_CAR}[^]{0,30}${LIMP_IN_CAR}[^]{0,40}(${PARENT_AWAY})`,
      // Thirty-seventh round (red team 34 read): a baby alone in a car, its parents not there (車の
      // 中に赤ちゃんがひとりでぐったりして…親がいなくて); a child's mouth taped shut (保育士が園児の口を
      // 粘着テープでふさぎ); food and water gone and the mother not back, in a child's kana
      // (ごはんずっとたべてないのままかえってこないのおみずもないの).
      `(車|くるま)(の\\s?(中|なか)|内)?\\s?に\\s?${CHILD}(が|は)\\s?(ひとりで|一人で|ひとり)[^]{0,40}(親|両親|おや|母親|父親|ママ|パパ)(が|は)?\\s?(いな|おらん|見当たらな|みあたらな)`,
      `(${CHILD}|園児|えんじ)の?\\s?(口|くち)を\\s?[^。、]{0,8}(テープ|布|タオル)で\\s?(ふさ|塞|覆|おお)`,
      "(ごはん|ご飯|おみず|お水|たべもの|食べ物)[^。]{0,16}(ない|なくて)[^]{0,30}(まま|ママ|おかあさん|お母さん|パパ|ぱぱ|おとうさん|お父さん)(が)?\\s?(ずっと\\s?)?(かえって|帰って)\\s?(こない|きてない|こん)|(まま|ママ|おかあさん|お母さん|パパ|ぱぱ|おとうさん|お父さん)(が)?\\s?(ずっと\\s?)?(かえって|帰って)\\s?(こない|きてない|こん)[^]{0,30}(ごはん|ご飯|おみず|お水|たべもの|食べ物)[^。]{0,12}(ない|なくて)",
      "(pushing|holding|pushed|held|forcing|forced|shoving) (the )?head of (my |his |her |the |their )?(little |baby |young )?(niece|nephew|son|daughter|child|kid|boy|girl|baby|sister|brother)[^.]{0,20}under (the )?(bath |bathtub )?water|(pushing|holding|pushed|held|forcing|forced|shoving) (my |his |her |the |their )?(little |baby |young )?(niece|nephew|son|daughter|child|kid|boy|girl|baby|sister|brother)('s|s)? head under (the )?(bath |bathtub )?water",
      // Thirty-eighth round (red team 35 read): a baby or a small sibling thrown by a parent, in a
      // child's kana (おとうさんがあかちゃんをなげたの); hunger or water gone and a parent not back, with
      // みず or おなかすいた (おなかすいた、ママずっとかえってこない、みずももうないの).
      "(おとうさん|おかあさん|お父さん|お母さん|パパ|ママ|父親|母親|父|母|かれし|彼氏|夫|旦那)(が|は)\\s?[^。]{0,8}(赤ちゃん|あかちゃん|赤ん坊|あかんぼう|乳児|おとうと|いもうと|弟|妹)を\\s?[^。、]{0,6}(投げ|なげ|放り投げ|ほうりなげ)(た|て|つけ)",
      "(おなか|お腹)\\s?(すいた|へった|ぺこぺこ)[^]{0,20}(まま|ママ|おかあさん|お母さん|パパ|ぱぱ|おとうさん|お父さん)(が)?\\s?(ずっと\\s?)?(かえって|帰って)\\s?(こない|きてない|こん)|(まま|ママ|おかあさん|お母さん|パパ|ぱぱ|おとうさん|お父さん)(が)?\\s?(ずっと\\s?)?(かえって|帰って)\\s?(こない|きてない|こん)[^]{0,30}(みず|おみず|お水)(も|が)?\\s?(もう\\s?)?(ない|なくて)",
    ],
  },
  {
    // Nineteenth round (red team 16 read): a fight heard and then one voice gone quiet, or someone
    // shouting "get up" at them (夫婦げんか…女の人の声が急にしなくなって、男の人が「起きろ」と):
    // the police and the ambulance.
    kind: "violence",
    contacts: [
      ...VIOLENCE_CONTACTS.slice(0, 1),
      { name: "救急", number: "119" },
      ...VIOLENCE_CONTACTS.slice(1),
    ],
    patterns: [
      "(夫婦げんか|夫婦喧嘩|けんか|喧嘩|ケンカ|怒鳴り(声|あい|合い)|どなりごえ|殴り合い|暴れ(る|て)|物音)[^]{0,80}((女|男|妻|夫|奥さん|旦那|子ども|子供|相手)の(人の)?\\s?(声|こえ)が\\s?[^。]{0,4}(しなく|聞こえなく|きこえなく|止ん|やん|途切れ)|[「『](起きろ|おきろ|目を開けろ|目をあけろ|しっかりしろ)[」』])(?![^。]{0,20}(引っ越|ひっこ|安心|ほっと|静かになって(よ|良)))",
    ],
  },
  {
    kind: "violence",
    contacts: VIOLENCE_CONTACTS,
    patterns: [
      "殴られ|なぐられ|蹴られ|(に|から) ?けられ|叩かれ|殴ってく|殴る蹴る|殴打|暴力|ぼうりょく|(?<![a-z])dv(?![a-z])|ドメスティック",
      // Thirty-seventh round (red team 34 read): someone slammed against a wall or a floor (男の人が
      // 女性を壁に叩きつけていて); beaten with a bat or a pipe now, in Kansai speech with no object named
      // (五、六人でおっちゃん一人囲んで、バットでしばいとる).
      `${VICTIM}を\\s?(壁|かべ|床|ゆか|地面|じめん|柱|はしら|ドア)に\\s?((何度|なんど)も\\s?)?(叩きつけ|たたきつけ|打ちつけ|うちつけ|投げつけ|なげつけ)(て|た|とる|よる)`,
      "(バット|ばっと|木刀|鉄パイプ|角材|ゴルフクラブ|棒|ぼう)で\\s?[^。]{0,4}(しばい|しばき|どつい|どつき)(とる|よる|てる|ている|ちょる|続け|まくっ|回し)",
      // Anyone being hit now (女の人を殴ってる, 母ちゃんば殴りよる).
      `${VICTIM}(を|ば|のこと(を)?).{0,4}((何度|なんど|何回|なんかい)も\\s?)?(${HARM_NOW}|ぶ(って(い)?る|っとる|ちよる|ちょる|ってく))`,
      // A partner kicking or hitting the caller's belly now or again and again (夫がお腹を蹴ってくるんです;
      // 旦那が妊娠中の私のお腹を蹴ってきます).
      `${PARTNER_DOER}(が|は)[^。]{0,16}(お腹|おなか|腹)を\\s?[^。]{0,4}(${HARM_NOW}|(殴|なぐ|蹴|叩|たた)(って|いて)(く(る|ん)|きま|きて))`,
      // Twenty-sixth round (red team 23 read): someone chased with a weapon (鎌持って奥さん追っかけ
      // まわしてる), a weapon brought out in a fight (つかみ合いになって、息子がバットを持ち出しました),
      // someone being forced into the boot of a car.
      "(鎌|包丁|刃物|ナイフ|バット|鉄パイプ|斧|鉈|なた|木刀|ゴルフクラブ)(を)?\\s?(持っ|もっ|手に)(て)?[^。]{0,12}(追いかけ|おいかけ|追っかけ|おっかけ|追い回|おいまわ|追いまわ)",
      // Thirty-third round (red team 30 read): chased with a blade named with で, in a child's kana
      // (ほうちょうでおいかけてくる), or with Kyushu ば for を (包丁ば出して奥さんば追いかけとる).
      "(鎌|かま|包丁|ほうちょう|刃物|はもの|ナイフ|ないふ|バット|ばっと|鉄パイプ|斧|鉈|なた|木刀|ゴルフクラブ)\\s?(で|ば\\s?(持っ|もっ|出し|だし|手に)(て)?)\\s?[^。]{0,12}(追いかけ|おいかけ|追っかけ|おっかけ|追い回|おいまわ|追いまわ)",
      "(つかみ合い|つかみあい|取っ組み合い|とっくみあい|殴り合い|なぐりあい|喧嘩|けんか|ケンカ|言い争い|口論)[^。]{0,30}(バット|包丁|刃物|ナイフ|鎌|鉄パイプ|斧|鉈|木刀|ゴルフクラブ)(を)?\\s?(持ち出|もちだ|持ってき|もってき|手に取|取り出|とりだ|振り上げ|ふりあげ)",
      `${VICTIM}を\\s?[^。]{0,6}(車|くるま)の\\s?(トランク|荷台)に\\s?(押し込|おしこ|閉じ込|とじこ|詰め込|つめこ|入れようと|いれようと)`,
      // Thirty-fourth round (red team 31 read): someone put into a car by a stranger, in a child's
      // kana (しらないおじさんがおねえちゃんをくるまにいれた): an abduction, violence; not a lift
      // given (知らない人が車に乗せてくれて) or a warning (知らない人に車に乗せられないように).
      "(知らない|しらない|見知らぬ|みしらぬ)\\s?(おじさん|おばさん|男|おとこ|女|おんな|人|ひと|大人|おとな)(の人)?\\s?(が|に)\\s?[^。]{0,16}(車|くるま)に\\s?(入れ|いれ|乗せ|のせ|押し込|おしこ|連れ込|つれこ|引きずり込|ひきずりこ)(た|られ(?!\\s?(ない|ず|ん|ません|へん))|て)(?!\\s?(くれ|もら|いただ|くださ))",
      "刃物|(包丁|ナイフ|カッター)(を)?(持|も(っ|ち)|向け|振り|ふり)|(はさみ|ハサミ)(を)?(向け|むけ|振り|ふり|持って(暴れ|脅|追いかけ|向かって))|(包丁|ナイフ|刃物)(を)?(出して|取り出|とりだ)|(?<!(蜂|はち|虫|蚊|ダニ|くらげ)に ?)刺され|刺す(ぞ|って)|刺し(て|ちゃ|た)(やる|る)|(ナイフ|包丁|刃物)(を)?(見せ|ちらつか)|(ほうちょう|ないふ)(を)?(もって|もち|ふりまわ)",
      "殺され|殺す|殺して|殺そう|殺しに(行|い|来|く)|殺さないで|殺意|ころされ|こ ?ろ ?す ?(ぞ|って)|ころさないで|たっくるす",
      // Threats with a known history: 今夜帰ったら覚えておけ; 前に骨を折られた.
      "覚え(て(おけ|とけ|ろ|やがれ)|とけ|とれ)(?!な|ん|へん|ず|ませ|ば)|(骨|ほね|歯|あばら)(を)?(折|お)られ|(追いかけ|おいかけ|追っかけ)(て|られ)(く|き|て).{0,12}(隠れ|かくれ|逃げ)",
      // Twenty-second round (red team 19 read): pushed over by someone (知らない男に突き飛ばされて),
      // now that an old person pushed by a stranger is not read as elder abuse.
      '襲われ|脅され|脅迫|おどされ|(突|つ)き(飛|と)ばされ|(髪|髪の毛|かみのけ)を(つか|掴|引っ張|ひっぱ)|引きずり(回|まわ)|無理(やり|矢理)(車に(乗せ|押し込)|連れ(去|出|て行こう|ていこう|てい(か|かれ)))|次は(お前|おまえ|てめえ)(だ|の番)|ぶっ殺|ぶち殺|首(を)?(絞|締|しめ)|くび(を)?(しめ|絞め|締め)(て|る|ら|と|よ)|連れ込まれ|連れ去(られ|ろう)|拉致|誘拐|(開けろ|出てこい|出て来い)[」』”"]?(って|と)?.{0,4}(叫|怒鳴|どな|わめ)|監禁|閉じ込められ|悲鳴|(やめて|助けて|たすけて)[」』”"]?(って|と|という)?.{0,4}(叫|さけ|声が|こえが)',
      "(バット|棒|鉄パイプ|ゴルフクラブ|木刀|包丁|ナイフ)(で|を|持って).{0,30}(向かって|襲|殴りかか|振り回|(こちら|こっち|私|わたし)(に|へ|の(方|ほう)に)(来|く|き)|近づいて|ちかづいて|迫って|せまって)|(部屋|家|車)から出(して|させて)(もらえ|くれ)(ない|へん|ん)|閉じ込められ|(腕|手|肩|髪)を(つか|掴)まれ|(コンビニ|店|交番|トイレ)に逃げ込|逃げてきた|逃げ(出し)?てきま|逃げ(たい|られない|場がない)|(夫|妻|彼|旦那|親|家族|パートナー|交際相手|元彼|元夫|元妻).{0,10}から逃げ",
      `${HOUSEHOLD}.{0,10}(怒鳴|どなっ|どなり|物を投げ|暴れ|脅)|${HOUSEHOLD}.{0,12}手を(あげ|上げ|出)(る|て|た|られ)|物を投げつけ`,
      // ストーカー folds to すとか, as in 出すとか and ファックスとか: only with what follows a stalker.
      "暴れ(て|と)(い|お)?(る|ます|て|よ)|暴れ(出し|だし|まわ|回)|ストーカー(が|被害|行為|され|に(され|つきまと|付きまと|追|狙|遭|あ|後|つけ))|つきまと|付きまと|待ち伏せ|後をつけられ|(あと|後)を(つけ|付け|追)(て(く|き)|られ|回)|(鍵|かぎ|ドア|窓|まど|ガラス)(を|が)?(壊され|こわされ|割られ|わられ|こじ開け)|(ぼこぼこ|ぼこ)に(し|され)|ぼこられ|押し入(つ|ら|ろ)|押し込み|強盗|空き巣(が|に入られ)",
      "(知らない|不審な|見知らぬ)(男|女|人).{0,12}(ずっと|いて|うろ|のぞ|覗).{0,10}(怖|こわ)",
      "(性的|わいせつ)な?(こと|行為|暴行)(を)?(され|強要)|レイプ|強姦|性暴力",
      // Twenty-first round (red team 18 read): たすけ て spaced by speech recognition; a life saved in
      // the past (救命してくれた方にお礼を) is no call for help.
      "(誰か|だれか)助けて|たすけ\\s?て|助けて(!|くれ)|救命(?!(講習|講座|救急|胴衣|処置|士|率|センター|措置|艇|ボート|具|の(講|知識|手当)|して(くれ|くださ|もら|いただ)))",
      // Twenty-fourth round (red team 21 read): a man or a woman in a scene hitting someone now,
      // said with ていて (男の人が看護師さんを殴っていて; not 長男 or 長女), someone straddled and hit
      // (馬乗りになって殴っています; not a punching bag or a ball), and Vietnamese a man beating his wife now with cries for help.
      "(?<![長次三四五六末嫡])(男|男の人|おとこのひと|女|女の人|おんなのひと|知らない人|若い人)(が|は)\\s?[^。]{0,16}(?<!(サンドバッグ|ボール|ミット|壁|ドア|机|太鼓|ドラム|木|タイヤ))を\\s?(何度も|なんども|何回も|ずっと)?\\s?(殴|なぐ|蹴)(って(い)?て|りつけて|りかかって)",
      "(馬乗り|うまのり)に\\s?(なって|なり)[^。]{0,8}(殴|なぐ|叩|たた|首)",
      "đang (đánh|đập) (vợ|chồng|người|phụ nữ|chị|cô|anh|bà|ông|mẹ)|kêu cứu",
      // Forty-second round (red team 39 read): a former partner who broke the lock or a window and
      // got into the caller's home and is looking for them, said in keigo (元交際相手が自宅の鍵を
      // 壊して侵入し、私を探している).
      "(元交際相手|元夫|元の夫|元彼|元カレ|元彼氏|元妻|元の妻|元パートナー|ストーカー|別れた(夫|妻|彼|相手))[^。]{0,20}(鍵|かぎ|窓|まど|ドア|玄関)を\\s?(壊|こわ|割|わ|破|やぶ|こじ開|こじあ)[^。]{0,10}(侵入|しんにゅう|入って|はいって|入り込|はいりこ|押し入|おしい)",
      ...VIOLENCE_WORLD,
      // Twenty-ninth round (red team 26 read): a gun loaded with a threat to shoot (猟銃に弾を込めて
      // 「お前を撃つ」), a neck gripped and not let go (首をつかまれて、まだ離してくれません).
      "(猟銃|銃|ライフル|散弾銃)(に|へ)\\s?(弾|たま)(を)?\\s?(込め|こめ|入れ|装填)|(お前|おまえ|あんた)を\\s?撃つ|撃ち殺",
      "(首|くび|喉|のど)を\\s?(つかまれ|掴まれ)(て|た)[^。]{0,20}(離し|はなし|放し)て(くれ|もらえ)(ない|ません|へん)",
      // Thirtieth round (red team 27 read): someone beaten with a stick, a bottle or a chair in front
      // of the caller (杖で看護師さんを殴ってて; not 殴ってやりたい, 殴ってた), boiling water thrown at
      // someone, a neck pressed down, a gun-like thing drawn; in English, a threat to kill shouted at
      // the door, a bottle smashed on a head, someone still being kicked.
      "(杖|つえ|ビール瓶|瓶|びん|ボトル|棒|鉄パイプ|バット|傘|椅子|いす|イス|灰皿)で\\s?[^。、]{0,12}(殴|なぐ)(って(て|る|いる|いま|ます|、)|りつけて|りかかって)",
      "(熱湯|煮え湯|にえゆ|熱い油|硫酸)を\\s?(浴びせ|あびせ|ぶっかけ)",
      "(首|くび|喉|のど)を\\s?(押さえつけ|おさえつけ)られ(て|た)",
      "(拳銃|けんじゅう|ピストル|銃|猟銃|ナイフ|刃物|包丁)(みたいな|のような)\\s?(もの|物)を\\s?(出し|だし|向け|構え|振り回)",
      // Thirty-first round (red team 28 read): a head beaten with a bottle in Kansai speech (ビール瓶
      // で人の頭どついて), a robbery with a gun-like thing in speech recognition's kana (ごう とう …
      // 銃 みた いな の を 店員 に); in English, someone dragged into a van; stabbing in Spanish and
      // Nepali, someone beaten with an iron bar and lying still in Vietnamese.
      "(ビール瓶|瓶|びん|ボトル|棒|鉄パイプ|バット|椅子|いす|灰皿|木刀)で\\s?[^。、]{0,12}(どつ|ドツ)(いて|いた|いと|いて|きまく)",
      "(強盗|ごう\\s?とう)[^。]{0,12}(拳銃|銃|ピストル|ナイフ|刃物|包丁)\\s?(みた\\s?いな|のような|を)",
      "(grabbed|grabbing|is dragging|dragging|pulling|forcing|pushing|shoved|shoving) (a |the |my |his |her |our )?(young )?(girl|boy|woman|child|kid|man|person|someone|friend|daughter|son|sister|brother|her|him|them)[^.]{0,40}(into|in) (a |the |his |her |their )?(van|car|truck)",
      "apuñal(ando|ó|o|aron|ado|ada)|acuchill(ando|ó|ado|ada)",
      "चक्कु(ले)? ?हान|छुरा ?(ले)? ?हान|bằng gậy( sắt)?[^.]{0,30}(nằm bất động|chảy máu|bất tỉnh)|(đánh|đập)[^.]{0,30}bằng gậy sắt",
      // Thirty-second round (red team 29 read): a bat or a blade swung at someone, in speech
      // recognition's spaced words too (金属 バットで なぐり かかって て); a gun or a blade pointed at
      // people in Tosa speech (猟銃を車から出して、人に向けちゅう; not "never point it at people"); a
      // car driven at someone (Korean 차로 치려고, 車でひこうと); in English someone strangling the
      // caller; in Indonesian an attack with a machete.
      "(バット|ばっと|鉄パイプ|包丁|ナイフ|刃物|棒|木刀|鎌|斧|角材|ゴルフクラブ)(で|を持って|もって)\\s?[^。]{0,8}(殴|なぐ)り\\s?(かか|掛か)(って|っと|りよ|ろう)",
      "(猟銃|銃|拳銃|けんじゅう|ライフル|散弾銃|ピストル|包丁|ナイフ|刃物)を\\s?[^。]{0,20}(人|ひと|客|店員|男性|女性|子ども|私|わたし|僕|俺|みんな|こっち|警察|警官)(に|へ|の方に)\\s?(向け|むけ)(ちゅう|ちょる|とる|よる|て(い)?(る|ま)|てる|た)(?!\\s?(ら|は|も|こと))",
      "(?<![가-힣])차로 ?(치려|들이받으려|밀어버리려)|(車|くるま)で\\s?(ひこう|轢こう|ひき殺そう|轢き殺そう|はねよう|跳ねよう)\\s?と",
      // Crisis training set 6's leftovers: a broken bottle or a chair swung at people (ビール瓶割って、
      // 人に向かって振り回しとる), someone struck with a chair just now in a waiting room (相手をイス
      // で殴りました; not a story of one).
      "(瓶|びん|ビール瓶|グラス|傘|かさ|椅子|いす|イス)[^。]{0,20}(人|ひと|客|店員|みんな|子ども|周り|まわり)に\\s?(向かって|むかって|向けて|むけて)\\s?(振り回|ふりまわ)",
      "を\\s?(椅子|いす|イス|瓶|びん|ビール瓶|灰皿|バット|鉄パイプ|棒)で\\s?(殴|なぐ)(りました|った)(?!\\s?(こと|事件|話|ニュース|とき|時|らしい|そう))",
      "(he|she|boyfriend|husband|partner|wife|girlfriend|father|dad|mother|mom|brother|man|someone) (is|was|keeps|kept|started|'s) (strangling|choking) (me|her|him|my)",
      "(menyerang|membacok|menikam|menusuk|memukuli)[^.]{0,40}(parang|golok|pisau|celurit|clurit|senjata tajam)",
      "(yell|scream|shout)ing (that )?(he|she|they)('ll| will| is going to| are going to| gonna) (kill|stab|shoot)|smash(ed|es|ing) (a|the) (bottle|glass|chair)[^.]{0,20}(over|on) [^.]{0,16}head|(still|keeps?) (kicking|stomping|beating|punching) (him|her|them)",
      "(怖|こわ)くて(家に|うちに)?(帰れな|帰られへん|帰れん)|火を(つけ|付け)(る|てやる|られ|ようと)|(けんか|喧嘩|殴り合い).{0,10}(血|けが|怪我|刃物|包丁)",
      "hit(s|ting)? me|beat(s|ing)? me|attack(ed|ing)? me|(beat(s|ing)?|hit(s|ting)?|kick(s|ing)?|punch(es|ing)?|chok(es|ing)|strangl(es|ing)) (his|her|their|my|our|the) (wife|husband|partner|girlfriend|boyfriend|mother|father|mom|mum|dad|son|daughter|sister|brother|neighbou?r|child|kid|baby)|(hear|heard|hearing) (her|him|them|someone|somebody|a (woman|man|child|kid)) (scream|crying for help|call(ing)? for help)|(?<![a-z])stab(s|bed|bing)?(?![a-z])|knife|kill me|going to kill|threaten|domestic violence|abusive|stalk|(?<![a-z])guns?(?![a-z])|(going to|will|gonna|keeps?|is|was) hurt(ing)? (me|us|my|the|her|him)|(?<![a-z])(someone|somebody|(a |the |two |some )?(man|men|guy|guys|strangers?|intruders?|burglars?|thie(f|ves)|robbers?)|he|she|they|my ex)( just| has| have| had| is| are| was| were)? (broke|break|breaking) in(to)?(?![a-z])|trying to break in|(broke|breaking) into (my|our|the|her|his) (house|home|flat|apartment|room|car)|intruder|burglar",
      "(following|followed) (me|us)|(threw|throws|throwing) [^.]{0,25} at (me|her|him)|(punched|kicked|slapped|choked|strangled|shoved|assaulted) me|(outside|at|in front of) (my|our) (door|house|home|window|apartment|flat|car)[^.]{0,30}(won'?t leave|all night|every night|banging)|(?<![a-z])rap(e|ed|ing)(?![a-z])|sexually assault",
      // Someone breaking in now: a window being smashed, a stranger inside, an order ignored.
      "(窓|まど|ドア|ガラス|玄関)(を)?(割って|わって|割りよ|壊して|こわして|蹴破|けやぶ|こじ開けて)(る|い|ます|き)|(誰か|だれか|知らない(人|男|女)|不審者|男)(が)?(家|いえ|うち|部屋|へや)(の中)?に(入|はい)(って|り込|りこ)(き|く|来)|(接近禁止|保護命令).{0,40}(入って|来て|きて|(?<!(出|で)て\\s?)(いる|います)|映って|見え)",
      // A blade held to someone, a stranger in the house, men climbing in, a stabbing said in
      // speech recognition's kana, someone at the door who should not know the address.
      "(突きつけ|突き付け|つきつけ)(て|た|られ)|(首|のど|喉)に(はさみ|ハサミ|刃物|ナイフ|包丁|カッター)(を)?(当て|あて)|金を(出せ|よこせ)|(誰か|だれか|知らない人|知らない男)(が)?(家|うち|部屋)(の中)?に(いる|おる)|(窓|まど|裏口|ベランダ)から(入って|はいって|侵入)|(人|ひと)を(刺|さ)し(て|た)|(お前|おまえ|てめえ)の(家|うち)の前に(いる|おる|来た)|(鍵|かぎ|ドアノブ)を(いじる|ガチャガチャ|がちゃがちゃ|回す)(音|おと)",
      "(カッター|ナイフ|包丁|刃物)を手に|刺す[」』]?(と|って)(言|い)|(鍵|かぎ)[、,]\\s?(壊され|こわされ)|(窓|まど)(割られ|わられ)",
      "phá cửa|đang trốn|memukul|memegang pisau|pisau|계속 ?따라(와|오)|따라오고 ?있",
      // Twenty-ninth round (a false emergency in blind question set 28): in Indonesian, smoke, water,
      // a smell or dust coming into a room (asapnya masuk ke kamar) is no one breaking in.
      "kick(ed|ing)? (in|down) (my|the|our) (front |back )?door|(i'?m|i am|we'?re|we are) hiding|sembunyi|(?<!(asap|air|bau|debu|angin|hujan|nyamuk|serangga)(nya)?( [a-z]+){0,2} )masuk ke (rumah|kamar)",
      // Eleventh round: someone inside or coming up the stairs, a doorknob rattled, an ex-partner's
      // car waiting outside, fuel poured round the house.
      "(一階|1階|下の階|階下|下|家の中|台所|リビング|玄関|庭)に(誰か|だれか|知らない(人|男|女))(が)?(いる|おる|います)(?!か|かも|みたい)|(階段|廊下)を(上|のぼ|あが)(って|つて)(くる|来る)(足音|音)|(ドアノブ|ノブ)(を)?.{0,6}(がちゃがちゃ)|(元夫|元彼|元妻|元交際相手|ストーカー)の?(車|くるま)が[^。]{0,10}(停ま|止ま|とま)(って|つて)(る|い|て)",
      "(元(の)?(夫|妻|彼|彼氏|交際相手)|加害者)[^。]{0,60}(今も|いまも|今|いま)[^。]{0,4}(ドア|玄関|廊下|家|部屋|窓)(の)?(前|外)?(に|で)(立って|たって|いる|います|いて)|(玄関|ドア)の(外|前)(で|から)[^。]{0,6}(名前|なまえ)を(呼ばれ|叫ば|怒鳴ら)",
      "(頭|顔|腹|お腹|体|からだ)を(殴|なぐ|蹴|け|踏)(り|み)(続|つづ)け|(人|女性|男性|女の人|男の人|子|女の子|男の子|子ども|娘|息子|私|妻|彼女)(を|が|の(腕|手|髪|体)を)[^。]{0,12}車に(押し込|おしこ|引きずり込|連れ込)(も|ま)|(ドア|窓|玄関)の(すぐ)?(外|前)(で|に)(知らない(人|男|女)|誰か|だれか)(が|の)[^。]{0,8}(いる|います|おる|立って|息|気配|のぞ|覗)|[「『][^」』]{0,12}(灯油|ガソリン)(を)?(持って|もって)(いく|行く|くる|く)[」』]|(元(の)?(夫|妻|彼|彼氏|交際相手)|加害者)[^。]{0,20}(灯油|ガソリン)(を)?(持って|もって)(いく|行く|く)",
      // Eleventh round (crisis training set 3): someone climbing to the balcony, prising a door open, kicking the door, a
      // threat written or shouted (「明日、○○高校で刺す」と書いてる), a gun, an ex-partner's car seen
      // below, and foreign residents' words.
      "(ベランダ|窓|まど|壁|かべ|雨どい)(を|に|から)?(よじ登|よじのぼ|よじ上)(って|つて|ろう)|(玄関|げんかん|ドア|どあ|窓|まど|扉)(を)?\\s?(こじ開け|こじあけ)(よう|て|ようと)|(ドア|どあ|玄関|げんかん|扉)を(蹴|け)(って(い)?る|っと(る|ん)|りよ|り(続|つづ)け)|(借金取り|取り立て|ヤクザ|やくざ)[^。]{0,30}(蹴|怒鳴|どな|脅|叩|たた)",
      "(刺す|殺す|燃やす|爆破する|爆破|殺してやる|刺してやる)[」』]?(と|って)(書|か|投稿|予告|叫|さけ|わめ)|(チャカ|拳銃|けんじゅう|ピストル|銃)(を)?(持|も)(っ|ち|つ)|[「『][^」』]{0,10}(待っとけ|待ってろ|覚悟しろ|覚悟しとけ)[」』]|(元夫|元彼|元妻|元交際相手|ストーカー)[^？?]{0,40}(下|前|外)に(車|くるま)が(見え|停ま|止ま|とま)",
      "(知らない|しらない|見知らぬ)\\s?(人|ひと|男|おとこ)(が)?\\s?(窓|まど|ドア|どあ|玄関|げんかん)(を)?\\s?(叩い|たたい|どんどん|ドンドン|がちゃがちゃ)",
      "문을 ?(열려고|부수|따려고|두드리)|현관문을 ?열려|撬(我家|门|锁)|有人(在)?(撬|砸)|cạy cửa|phá khóa|tentando entrar|tentou entrar|arrombando|me tiene(n)? encerrad|est(á|a)n? golpeando a (una|un|la|el|mi|su) |no me deja(n)? salir|ढोका ?फोर्",
      "(郵便受け|ポスト|ドアスコープ|カーテンの(隙間|すきま)|窓)から(誰か|だれか|男|知らない(人|男)|あの人)(が)?(のぞ|覗)(い|き|か)|(ガソリン|灯油)(を|が)?[^。]{0,8}(まかれ|撒かれ|まいて|撒いて)|(液体|何か)(を)?(まいて|撒いて|まか|撒か)[^?？]{0,24}(ガソリン|灯油)",
      // Twelfth round (red team 9 read): a bomb said to be planted, a crowbar or other tool raised
      // and coming on, a cut from a broken bottle or a blade, a head beaten against a wall, debt
      // collectors pushing someone over, and foreign residents' words (a kitchen knife and someone
      // hurt, a man armed, a gun, "hitting me" in Portuguese).
      "(爆弾|ばくだん|爆発物|時限装置|爆破装置)(を)?[^。]{0,6}(仕掛け|しかけ|置い|持って)|爆破予告|(バール|鎌|斧|鉈|金属バット|スコップ|ハンマー|金づち|かなづち|角材|鉄の棒|割れた(瓶|ビン|びん))(で|を|持って|もって)[^。]{0,30}(向かって|むかって|襲|殴りかか|振り回|ふりまわ|追いかけ|追って)",
      "(瓶|ビン|びん|ガラス|ナイフ|包丁|刃物|カッター|はさみ|ハサミ)で[^。]{0,6}(切|き)(ら|りつけら)れ|(顔|腕|腹|背中|頭|のど|喉)を(切|き)(ら|りつけら)れ|切りつけ(られ|て(き|く|い|る))|壁に(頭|顔|あたま)を[^。]{0,6}(打ちつけ|打ち付け|ぶつけ|叩きつけ|たたきつけ)(て|た|られ)|(胸ぐら|むなぐら)(を)?(つか|掴)(ん|ま)|(借金取り|取り立て|ヤクザ|やくざ)[^。]{0,40}(突き飛ば|つきとば|殴|なぐ|押し倒|おしたお)",
      "(突き落とされ|つきおとされ|突き落とそう|突き落とす(ぞ|って))|(planted|placed|left) a bomb|bomb threat|(放|装)了?炸弹|炸弹威胁|持枪|拿着?枪|(hombre|tipo|alguien) armado|拿着?[^，。,]{0,3}刀|有人受伤|(có|cầm) súng|membawa (senjata|pistol|golok|celurit)|총을 ?(들|가지)|追着?(人|我|砍)|batendo em mim|bate(u)? em mim|me bater|(homem|mulher|algu(é|e)m|sujeito) armad[oa]|amea(ç|c)ando (as|os|a|o|me|nos|a gente)|(lalaki|lalaking|tao|babae|kapitbahay)[^.]{0,12}may (hawak na )?baril|binaril|babarilin|may kutsilyo",
      // Twelfth round (crisis training set 4): a blade flashed (ドスをちらつかせ), a threat that names
      // the child's school or says fleeing is useless, a stranger trying the door now or kicking it
      // (spaced kana), a child told to get in a car, arson said in a quote with a lighter lit, an
      // ex-partner who beat someone and may come today, and foreign residents' words.
      "(ドス|どす|刃物|包丁|ナイフ|拳銃|銃)(を)?\\s?(ちらつか|ちらつけ|見せびらか|振りかざ)|(学校|家|住所|職場|帰り道)(を|は|も)?(知って(る|い|ん)ぞ|わかって(る|ん)ぞ)|[「『][^」』]{0,24}(逃げても無駄|逃げられると思うな|ぶっ殺|ただじゃおかな|ただで済むと思)[^」』]{0,6}[」』]|(今夜|今から|これから)(お前|おまえ)の(家|うち)に(行く|いく)",
      "(誰か|だれか|知らない\\s?(人|ひと|男|おとこ))\\s?(が)?\\s?(ドア|どあ|玄関|げんかん|窓|まど)\\s?(を)?\\s?(開け|あけ)よう\\s?(と)?\\s?(して|しと)|(ドア|どあ|玄関|げんかん|扉|窓|まど)\\s?を\\s?(蹴|け)(ってて|っとって|りまくっ|ってきて)|[「『](乗れ|のれ|車に乗れ)[」』]|(知らない|しらない|見知らぬ)\\s?(車|くるま|人|男)(が|に)[^。]{0,10}(ついてき|つけられ|追いかけ|おいかけ|つきまと)",
      "[「『](燃やせ|燃やしてやる|火をつけろ|火つけたる)[」』][^。]{0,12}(ライター|マッチ|火)|(元(の)?(夫|妻|彼|彼氏|交際相手)|加害者|ストーカー)[^。]{0,40}(殴|なぐ)(り|っ)(まし)?た[^]{0,30}(今日|今夜|今から|これから)[^。]{0,12}(来る|くる|来ます)",
      // A partner hitting the caller, said in speech recognition's spaced kana (おっと が たたきます).
      "(夫|おっと|旦那|だんな|彼氏|かれし|妻|つま)(が|に)(わたし|私|あたし)?(を)?(殴|なぐ|叩|たた|蹴|け)(って(い)?(る|ます|きます|くる)|きます|ります|られ(て|た|ます))",
      "(知らない|しらない)\\s?(おじさん|人|ひと|男|おとこ)(が)?[^。]{0,20}(たたいて|叩いて|なぐって|殴って|けって|蹴って)(る|い)|(窓|まど|ドア|どあ|車|くるま|ガラス)を\\s?(バット|金属バット|鉄パイプ|棒|ハンマー)で\\s?(たたいて|叩いて|殴って|なぐって|割ろう)",
      "打起来了|(砸|打)[^，。]{0,6}(头|脑袋)|chảy máu (đầu|rất nhiều)|đánh nhau bằng|machete|persiguiendo a|(poured|pouring|spilled) (gasoline|petrol|kerosene)|holding a lighter|(outside|at) (my|our|the) (window|door|house)[^.]{0,30}with a (bat|knife|gun|crowbar|hammer|machete)|ถือมีด|มีมีด|จะฆ่า|ทุบประตู|ဓားကိုင်|ဓားနဲ့|သတ်မယ်|ရိုက်နေ|चक्कु ?(लिएर|बोकेर)|मार्छु|문을 ?(계속 ?)?(두드리|두들기|발로)",
      // Thirteenth round (red team 10 read): someone trying to get in now (ベランダから誰か入ってこようと
      // して, 鍵を壊そうとしてる), a threat in dialect (殺したる), fuel to be spread said in a quote (『ここで
      // ガソリンまくぞ』), a threat that names the family (『お前の娘の学校を知ってる』), and Vietnamese,
      // Spanish and Portuguese words.
      "(ベランダ|窓|まど|裏口|勝手口|玄関|げんかん|ドア)から\\s?(誰か|だれか|知らない\\s?(人|男|女)|男|女|不審者|人)\\s?(が)?\\s?(入|はい)(って\\s?(こ|き|来)よう|ろう)\\s?と\\s?(して|しと|しよ)|(誰か|だれか|男|おとこ|不審者|知らない|しらない|元夫|元彼|元妻|ストーカー|人が|ひとが)[^]{0,40}(鍵|かぎ|ドア|どあ|窓|まど|ガラス|玄関|げんかん|錠|戸)[^。]{0,10}(壊そう|こわそう|割ろう|わろう|こじ開けよう|こじあけよう|破ろう|やぶろう|蹴破ろう)\\s?と\\s?(して|しと|しよ)",
      "[「『][^」』]{0,20}(今から|いまから|これから|今夜|お前|おまえ|てめえ)[^」』]{0,16}(ぶっ壊|ぶっこわ|ぶち壊|ぶちこわ)(す|し)|火(を|い)?\\s?(つけ|付け)(たる|たろか|たろうか|ちゃる|るぞ)|(窓|まど|ドア|どあ|車|くるま|ガラス)(ガラス)?を\\s?(バット|金属バット|鉄パイプ|棒|ハンマー)で\\s?(割って|わって|壊して|こわして)(回|まわ|い|る)|(元夫|元彼|元妻|元交際相手|ストーカー|加害者)[^。]{0,30}(待ち構え|まちかまえ|張り込|はりこ)(て|んで)|殺した(る|ろか|ろう)(?![^。]{0,3}(思|おも))|殺しちゃる|ころしたる|(ガソリン|灯油|とうゆ)(を)?\\s?(まく|撒く|まいたる|撒いたる|まいてやる|撒いてやる|かけたる|かけてやる|ぶちまけ(る|たる))\\s?(ぞ|で|からな|って|[」』])|[「『](お前|おまえ|てめえ|てめぇ|あんた|おめえ)(ん|の)[^」』]{0,12}(学校|家|いえ|うち|住所|職場|顔|かお|通学路|帰り道|居場所)(を|は|も|なら)?\\s?(知って|しって|わかって|分かって|調べ)",
      "[「『](今から|いまから|これから|今夜|こんや)[^」』]{0,6}(行く|いく)(ぞ|からな|で|けん)[」』]|(腕|うで|手|髪)を\\s?(つか|掴)(ん|み)で[^。]{0,12}(車|くるま)に\\s?(乗せ|のせ|押し込|おしこ|引きずり込)(よう|ろう)|(子|女の子|男の子|子ども|女性|女の人)[^。]{0,16}(車|くるま)に\\s?(無理やり|むりやり)?\\s?(乗せ|のせ|押し込|おしこ)(よう|られ)",
      "[「『](帰り道|かえりみち|夜道|よみち|背後|後ろ|うしろ)(に|は)?\\s?(気をつけ|気い?つけ|きをつけ)(ろ|とけ)|(椅子|いす|机|つくえ|灰皿|物|もの)(を)?\\s?(投げ|なげ|振り回|ふりまわ)(て(い)?(る|ま)|と(る|ん)|つけ(て|た))",
      "(tratando|intentando) de (abrir|entrar|forzar|romper)|(abrir|entrar|meterse)[^.]{0,20}a la fuerza|đập phá|(đang )?cố (mở|phá|vào|xông vào|đột nhập)|đang đột nhập|(mengancam|mau|akan|ingin) (akan )?membunuh(?! waktu)|burn (the|my|our|your) (house|home|place|flat|apartment) down|set (the|my|our) (house|home|flat|apartment) on fire|(đang )?đập cửa|đốt nhà|phóng hỏa|est(á|a)n? golpeando a (alguien|otro|otra|una persona|un señor|una señora|todos)|(tentando|tentou|v(ã|a)o|querem|amea(ç|c)ou) me matar",
      // Thirteenth round (crisis training set 5): a window broken to get in, fuel being spread, a man
      // with a tool chasing people, a head beaten with a stick, a threat made while watching (書き終
      // わったら殴るって), a quoted threat to take the child, a partner hitting the caller in kana,
      // and Indonesian fuel poured to set a shop on fire.
      "(窓|まど|ガラス|ドア|どあ|玄関|扉)を\\s?(割|わ|壊|こわ|破|やぶ)(って|り)\\s?(入|はい)(ろう|ってこよう|って(き|く))|(灯油|とうゆ|ガソリン)を\\s?(まき|撒き|まい|撒い)(始め|はじめ|出し|だし|て(い)?る|て(い)?ます)|(持った|持って(い)?る)(男|女|人|やつ|奴)が[^。]{0,16}(追い回|おいまわ|追いかけ回|追っかけ回)(して|し)",
      "(杖|つえ|棒|ぼう|バット|傘|かさ|鈍器)で[^。]{0,10}(頭|顔|体)を[^。]{0,8}((叩|たた)いて|(殴|なぐ)って)(る|い|ま)|見張(って|られて)[^。]{0,30}(殴る|殺す|刺す|なぐる|ころす)(って|と)|[「『](お前|おまえ|あんた|てめえ|てめー)の[^」』]{0,20}(連れて(いく|行く|帰る)|さらう|さらいに)[^」』]{0,4}[」』](と|って)[^。]{0,10}(電話|メール|メッセージ|line|言)|(おっと|夫|だんな|旦那|かれし|彼氏)が\\s?(いま|今|また|\\s)*(わたし|私|あたし)を\\s?(たたき|たたい|なぐり|なぐっ|けっ|けり)(?!\\s?(起こ|おこ))",
      "(menyiram(kan)?|siram|menuang(kan)?) (bensin|minyak tanah)|membakar(nya)? sekarang|(mau|akan|ingin) membakar (rumah|toko|gedung|mobil|kami|saya|kita)",
      // Someone's face or head hit now (ご主人が奥さんの顔を叩いてる), a partner who does not let a
      // daughter out of the room, and a caller who cannot talk with that person next to her.
      `${VICTIM}の(顔|頭|あたま|体|からだ|腹|お腹|背中)を[^。]{0,6}${HARM_NOW}|(彼氏|かれし|夫|おっと|元彼|元夫|交際相手|男)が[^。]{0,10}(部屋|へや|家|いえ)から\\s?(出さ|ださ)(ない|せない|へん|ん)[^。]{0,30}(助けて|たすけて)|(はなせない|話せない|しゃべれない|喋れない)[^。]{0,20}(となり|隣|そば|近く|ちかく)\\s?に\\s?(いる|います|おる)[^。]{0,10}(たすけ|助け)`,
      "(つけてくる|つきまと|付きまと|ストーカー)[^。]{0,40}(中|なか)まで\\s?(入|はい)って(き|く)|[「『][^」』]{0,30}(刺す|刺しに|殺す|殺しに|ころす)[^」』]{0,4}[」』](と|って)?\\s?[^。]{0,6}(メッセージ|メール|めーる|line|電話|でんわ|手紙|書き込み|連絡)",
      // Fourteenth round (red team 11 read): a car driven at people, an object swung at people on a
      // bus or in the street with someone hit, a body thrown against the door to get in, chased now
      // (in kana), a neighbour's fight with a scream and glass breaking, a door or gate being smashed
      // with an axe, scalding water thrown, locked in and threatened (English), banging on the door
      // and scared, followed and waited for (Chinese), shut in and kept from food (Vietnamese).
      "(車|くるま|トラック|バイク)[^。]{0,20}(はねよう|ひこうと|轢こうと|ひき殺|轢き殺|突っ込もう|つっこもう)|(何度も|なんども)\\s?(はねよう|ひこうと|轢こうと)",
      "(傘|かさ|棒|ぼう|バット|瓶|びん|ビン|椅子|いす|イス|スコップ|鎌|かま|斧|おの|ハンマー|ベルト|消火器)を\\s?(振り回|ふりまわ)(して|し)[^。]{0,30}((殴|なぐ)(りました|った|って|られ)|(叩|たた)(きました|いた|いて|かれ)|けが|怪我|血)",
      // Twenty-first round (red team 18 read): more people named by their role (警備員, 住人), the
      // hitting after a push or a pin (押し倒して、馬乗りになって殴ってます), and a stabbing said in
      // the past with no news or case named after it (男が住人を刺しました).
      "(乗客|運転手|店員|駅員|職員|通行人|お客|警備員|警備の人|守衛|住人|住民|係員|配達員|管理人)(さん)?を\\s?[^。]{0,16}((殴|なぐ|蹴|け)(りました|った|って(い)?(る|ま))|刺し(ました|て(い)?(る|ま)|た(?!\\s?(事件|ニュース|報道|犯人|という|って|と(いう|聞)))))",
      "(ドア|どあ|扉|とびら|玄関|げんかん|窓|まど)(に|へ)\\s?(体当たり|たいあたり)(して\\s?(い|き|く|る)|を(して|繰り返|くりかえ))",
      // Twenty-first round (red team 18 read): chased now said in the colloquial progressive
      // (追いかけられてて), with the words between spaced by speech recognition.
      "(今|いま)[^。]{0,16}(追いかけ|おいかけ|追っかけ|おっかけ)られて(て|る|いる|います|ます)|(追いかけ|おいかけ|追っかけ|おっかけ)られて(て|る|いる|います)[^。]{0,10}(走って|はしって|逃げて|にげて)",
      // Twenty-first round (red team 18 read): people shot at with an air gun or a gun (エアガンで
      // 通行人を撃ってくる), and someone who resists carried off (嫌がる女の子を抱えて車へ).
      `(エアガン|エアーガン|モデルガン|ガスガン|ボウガン|吹き矢|空気銃|銃|拳銃|猟銃)で\\s?[^。]{0,12}(${VICTIM}|${CHILD}|通行人|人たち)を\\s?((撃|う)(って\\s?(き|く|い|る|ま)|ちまく|ち(続|つづ)け)|撃たれ)`,
      "(?<!(父|母|親|夫|妻|彼氏|祖父|祖母)[^。、]{0,3})(男|女|男性|女性|おじさん|おばさん|知らない人|見知らぬ人|不審者)(が|に)[、,]?\\s?[^。]{0,20}(嫌がる|いやがる|抵抗する)\\s?(子|子ども|子供|女の子|男の子|女性|女の人|人)を\\s?(抱え|抱きかかえ|担|かつ|引っ張|ひっぱ|引きずっ|ひきずっ)(て|いで|って)[^。]{0,16}(車|くるま|走|はし|連れ|つれ|逃げ|にげ)",
      "(隣|となり)[^。]{0,12}(けんか|喧嘩|ケンカ)[^。]{0,30}(悲鳴|ひめい)|(悲鳴|ひめい)[^。]{0,20}(ガラス|窓|まど)の?\\s?(割れる|われる)\\s?(音|おと)",
      "(斧|おの|ハンマー|バール|鉄パイプ|バット|ばーる)で\\s?[^。]{0,12}(門|もん|ドア|扉|窓|まど|玄関|鍵|かぎ|壁|かべ)を\\s?(壊|こわ|叩き割|たたきわ|割|わ)(して|って|ろうと|そうと)",
      "(熱湯|ねっとう|お湯|油|灯油)を\\s?(かけ|浴びせ|あびせ)られ(た|て|ました)",
      // Twenty-first round (red team 18 read): locked in with the children (locks me and the kids in
      // the apartment) and a partner or parent who hits "us" (not "beats us at" a game).
      "(locked|locks|locking) me (and (my|the|our) (kids?|children|baby|son|daughter) )?in (the |my |a |our )?(bathroom|room|bedroom|house|apartment|flat|closet|basement|car|toilet)|(husband|boyfriend|partner|wife|girlfriend|father|dad|stepdad|stepfather)[^.]{0,60}(hits|beats|kicks|hurts) (us|me and (my|the|our) (kids?|children|son|daughter|baby))(?![a-z])(?! at )|(he|she)('ll| will| is going to| says he'?ll| says she'?ll| said he'?d| said she'?d) (hurt|kill|beat) me|(banging|pounding|kicking|hammering) (on|at) (my|our|the) (front )?(door|window)[^]{0,60}(scared|afraid|help|police|trying to get in)",
      "(一直|一路)跟着我|(男人|陌生人|有人)[^。，,]{0,6}(一直)?(跟着|尾随)我|在门口等着",
      "không cho tôi (ra ngoài|ăn|về|đi ra)|nhốt tôi|bị nhốt",
      // Then, for the development lines the refitted model no longer carried: going for someone with
      // fists or a knife-like thing, a kitchen knife or blade said in kana, a stranger who came into
      // the house (kana), the person one fled from outside the flat now.
      "(殴りかか|なぐりかか|つかみかか)(り|って|ろう|ってき)|(ナイフ|刃物|包丁)(のような|みたいな)\\s?(物|もの)",
      "(ほうちょう|はもの|ないふ)\\s?(を)?\\s?(持|も)(って|ってる|った|ち)",
      "(しらない|知らない)\\s?(ひと|人|男|おとこ|女|おんな)\\s?が\\s?[、,]?\\s?(いえ|家|うち|部屋|へや)\\s?に\\s?(はいって|入って)\\s?(き|く)|(いえ|家|うち|部屋|へや)\\s?に\\s?(しらない|知らない)\\s?(ひと|人|男|おとこ|女|おんな)\\s?が\\s?(はいって|入って)\\s?(き|く)",
      "(窓|まど|玄関|ドア|家|うち)に\\s?(石|いし|植木鉢|瓶|びん|れんが|レンガ|ブロック)を\\s?(投げ|なげ)(て(き|く|い)|つけ)",
      // Kinds the refitted model read otherwise on development lines: a door kicked now, a wife
      // "しばかれ", a lock opened from outside, a gun drawn (slang), a burning threat in quotes.
      "(ドア|どあ|玄関|扉)を\\s?(蹴って|けって|蹴破ろう)(い)?(る|ます)",
      "(嫁|妻|奥さん|女房|かみさん)(さん)?(を|ば)?\\s?(しばい|しばき)(とる|てる|よる|ちょる)",
      "(鍵|かぎ)[^。]{0,8}(外から|そとから)\\s?(開けられ|あけられ)",
      "(ハジキ|はじき|チャカ|拳銃|けんじゅう|猟銃)を?\\s?(出し|だし|向け|構え|持っ)",
      "[「『][^」』]{0,8}(燃やす|もやす|燃やしてやる|火をつけ)[^」』]{0,4}[」』]",
      "(今まさに|いままさに)[^。]{0,8}(相手|元夫|夫|元彼|男|その人)が\\s?[^。]{0,20}(前|外|下)に\\s?(いて|い(ます|る))",
      // Fifteenth round (red team 12 read): a bar, a pipe or a bat used on a car, a window or a
      // person, a broken glass or bottle used on someone's face, a person shut in from outside;
      // English shouting and smashing happening now, a weapon swung and someone hit.
      "(バール|ばーる|鉄パイプ|てつぱいぷ|金属バット|バット|ばっと|ハンマー|はんまー|木刀|ゴルフクラブ|角材)で\\s?[^。]{0,10}(窓|まど|ドア|どあ|車|くるま|ガラス|がらす|人|ひと|頭|あたま)を?\\s?(叩|たた|割|わ|殴|なぐ)(い|っ|か|ら|り)",
      "(グラス|ぐらす|コップ|瓶|びん|ビン|ボトル|ガラス|灰皿)で\\s?(相手|人|客|男|女|店員|その人|友達|夫|妻)?の?\\s?(顔|かお|首|くび|腕|うで|頭|あたま|腹|はら)を\\s?(切|き|刺|さ|殴|なぐ)(り|っ|し|ら)",
      "(閉じ込め|とじこめ)[^。]{0,20}(外から|そとから)\\s?(鍵|かぎ)|(外から|そとから)\\s?(鍵|かぎ)を?[^。]{0,10}(閉じ込め|とじこめ)|(私|わたし|あたし|僕|ぼく)を[^。]{0,10}(閉じ込め|とじこめ)(て|た|ら)",
      "(screaming|yelling|shouting) at (her|him|me|them)[^]{0,120}(right now|happening now|it'?s happening|still going on)|(things|dishes|glass|plates) (smashing|breaking|being (smashed|thrown))[^]{0,120}(right now|happening now|it'?s happening)",
      // Eighteenth round (red team 15 read): a sword, a sickle or a pipe swung at people, a stabbing
      // told (包丁で父さんを刺した), someone strangling another (男性が女性の首を両手で締めていて),
      // English a weapon swung (not at a batting cage) and someone pushed down the stairs.
      "(日本刀|刀|かたな|鎌|鍬|くわ|斧|おの|なた|鉈|木刀|鉄パイプ|バット|ゴルフクラブ|角材)[^。]{0,30}(振り回|ふりまわ)(し|す)(?![^。]{0,12}(演武|祭り|まつり|稽古|けいこ|練習|剣道|居合|殺陣|ショー|パフォーマンス))",
      "(日本刀|刀|鎌|鍬|くわ|斧|おの|なた|鉈|木刀|鉄パイプ|バット|ゴルフクラブ|角材|包丁|棒)を\\s?(振り上げ|ふりあげ)(て|た)[^。]{0,12}(向かって|むかって|追いかけ|おいかけ|迫|せま|襲|おそ)",
      "(包丁|ナイフ|刃物)を\\s?(出し|だし)(ました|た)|(引きずり出|ひきずりだ)(そうと|して(い)?(る|ます)|され)",
      "(包丁|ナイフ|刃物|刀)で[^。]{0,10}(刺した|刺して|さした|さして|刺しました|さしました)",
      // Thirty-fifth round (red team 32 read): a bottle or a glass broken and pointed at someone
      // (酒瓶割って、それば私に向けとる), and a fight with a head split or blood all over (客同士が
      // ビール瓶で殴り合いになっとる、一人頭割れて血まみれや).
      "(酒瓶|さかびん|瓶|びん|ビン|ビール瓶|グラス|ガラス|コップ|皿|さら)(を|ば)?\\s?(割っ|わっ|叩き割っ|たたきわっ)(て|た)?[^。]{0,16}((私|わたし|あたし|うち|俺|おれ|僕|ぼく|人|ひと|子|母|父|妻|夫|相手|客|店員|こっち|みんな)に\\s?(向け|むけ|突きつけ|つきつけ)|振り回|ふりまわ|振り上げ|ふりあげ)",
      "(殴り合い|なぐりあい|喧嘩|けんか|ケンカ|乱闘|らんとう|取っ組み合い|とっくみあい|つかみ合い|つかみあい)[^。]{0,30}(血まみれ|ちまみれ|血だらけ|ちだらけ|(頭|あたま)(が)?\\s?(割れ|われ)(?!\\s?(そう|るよう|る\\s?ほど|るくらい)))",
      // Twenty-third round (red team 20 read): someone slashed with a blade, said in the past
      // (持ち込んだ包丁で従兄に切りつけました; not a case in the news), and a pregnant woman's belly
      // kicked or struck (妊娠したって言ったら彼がお腹を蹴ってきて).
      "(包丁|ナイフ|刃物|カッター|鎌|刀|日本刀|はさみ|ハサミ|割れた(瓶|ビン|びん))で\\s?[^。]{0,12}(に|を)\\s?(切りつけ|きりつけ|斬りつけ|切り付け)(ました|た|て)(?!\\s?(事件|ニュース|報道|犯人|という|って|と(いう|聞)))",
      // Thirty-fourth round (red team 31 read): passers-by slashed one after another (男が通行人に
      // 次々と切りつけて; not a case in the news); someone soaked with fuel and a lighter brought out
      // (職員の方を灯油のような液体で濡らして、ライターを出しています).
      "(通行人|歩行者|通りがかりの人|通りすがりの人|買い物客|乗客|客)(に|を)\\s?(次々(と)?|つぎつぎ(と)?|手当たり次第(に)?|てあたりしだい(に)?)?\\s?(切りつけ|きりつけ|斬りつけ|切り付け|刺し|さし|殴りかか|なぐりかか)(て|た|よう)(?!\\s?(事件|ニュース|報道|犯人|という|って|と(いう|聞)))",
      "(灯油|とうゆ|ガソリン|がそりん|油|液体)[^。]{0,12}(濡らし|ぬらし|浴びせ|あびせ|(頭|あたま|体|からだ|全身|ぜんしん)(から|に)\\s?(かけ|掛け))(て|た)[、,]?\\s?[^。]{0,12}(ライター|らいたー|マッチ|まっち|火を\\s?(つけ|付け))",
      `(妊娠|にんしん|妊婦|おなかの(子|赤ちゃん)|お腹の(子|赤ちゃん))[^]{0,40}(${PARTNER_DOER}|彼|かれ|相手|あの人)(が|に|から)\\s?[^。]{0,10}(お腹|おなか|腹)を\\s?(蹴|け|殴|なぐ|叩|たた|踏|ふ)(って|られ|まれ|ん)`,
      "(男性|男|女性|女|人)が[^。]{0,10}の\\s?(首|くび)を\\s?(両手で|手で|ひもで|紐で)?\\s?(絞|締|しめ)(めて|めてい|めよう|めている)",
      // Twenty-second round (red team 19 read): how or from where said between (首を後ろから絞めて, 首を
      // タオルで締めている).
      "(首|くび)を\\s?[^。、]{1,8}(から|で)\\s?(絞め|締め|しめ)(て(い)?(る|ま)|と(る|ん)|よう)",
      // Fortieth round (red team 37 read): the same told with ていて, going on into the next clause
      // (首を後ろから絞めていて、誰も引き離せていません); a head struck with a thing and blood all over,
      // the object marked with ば in Kyushu speech (店員さんの頭ば立て看板で殴りよっとです、血だらけ).
      "(首|くび)を\\s?[^。、]{1,8}(から|で)\\s?(絞め|締め|しめ)ていて",
      "(頭|あたま|顔|かお)(を|ば)\\s?[^。]{0,10}で\\s?(殴|なぐ|叩|たた)(り|っ|い)[^。]{0,20}(血だらけ|ちだらけ|血まみれ|ちまみれ|血が\\s?(出|で|流)|ちが\\s?(出|で))",
      "swinging (a |an |the )?(metal |iron |steel |wooden |baseball )?(pipe|bat|knife|machete|sword|axe|hammer|bottle|club|stick|crowbar)(?![^.]{0,24}(batting|cage|practice|range|golf|game|lesson))|(was|got|been) (just )?pushed down (the )?(stairs|steps)",
      "with (a|an) (crowbar|baseball bat|bat|hammer|iron bar|metal pipe|pipe|machete|golf club)[^]{0,60}(hit|hitting|attack|swing|beat)|(hit|hitting|attacked|attacking|beat) (a|the|an|another) (man|woman|person|guy|boy|girl)[^]{0,40}(on the ground|bleeding|not moving)",
      // Sixteenth round (red team 13 read): someone held by the neck against a wall, people tied up
      // by intruders, glass or a car being smashed now, the signs of a burglar at night (the sound of
      // glass breaking and a torch moving), Spanish "going to kill us" and windows being smashed.
      "(首|くび|胸ぐら|むなぐら|襟|えり)を\\s?(つかんで|掴んで|つかみ|掴み)[^。]{0,12}(壁|かべ|床|ゆか|地面|じめん|車|くるま)に\\s?(押しつけ|押し付け|おしつけ|叩きつけ|たたきつけ)",
      "(母|父|妻|夫|祖母|祖父|家族|人|子|店員|店長)(を|が)\\s?(縛|しば)(って(る|いる|います|ます)|られて(る|いる|います|ます))|(入って(きて|きた)|押し入っ|侵入し)[^。]{0,20}(縛|しば)(って|られ)",
      "(ガラス|がらす|窓|まど|車|くるま|ドア|どあ)[^。]{0,6}(叩き|たたき|ぶち)\\s?(割|わ)って(い)?(る|ます)",
      "(ガラス|がらす|窓|まど)の?\\s?(割れる|われる)\\s?(音|おと)[^。]{0,40}(光|ひかり|人影|ひとかげ|足音|あしおと|誰か|だれか|懐中電灯)",
      "(nos|los|las|te) (va|van) a matar|rompiendo (las |la |los |el )?(ventanas?|puertas?|vidrios?|cristales?)",
      // Seventeenth round (red team 14 read): someone named by a role beaten over and over now (玄関で
      // 会長を何度も殴っています), a window broken and a man gone in, a stun gun or a spray pointed at
      // someone, a pillow pressed on someone's face.
      "(物|もの|何か|なにか|家具|食器|皿)(が|を)?\\s?(壊れる|こわれる|壊す|こわす|割れる|われる|投げる|なげる)\\s?(音|おと)[^。]{0,20}(悲鳴|ひめい|叫び声|さけびごえ|助けて|たすけて)|(悲鳴|ひめい|叫び声|さけびごえ)[^。]{0,20}(物|もの|何か|なにか|家具|食器|皿)(が|を)?\\s?(壊れる|こわれる|壊す|こわす|割れる|われる|投げる|なげる)\\s?(音|おと)",
      "(会長|店長|社長|先生|店員|駅員|運転手|職員|警備員|管理人|大家|住人|住民|お客|客|老人|高齢者|男性|女性|男の人|女の人|人)(さん)?を\\s?(何度も|なんども|何回も|なんかいも|ずっと|めった|ぼこぼこに|ボコボコに)\\s?(殴|なぐ|蹴|け)(って(い)?(る|ま)|っと(る|ん)|り(続|つづ)け)",
      "(窓|まど|ガラス|ドア|玄関)(を)?\\s?(割|わ|壊|こわ|破|やぶ|こじ開け|こじあけ)(って|り)[^。]{0,8}(男|女|人|誰か|だれか|不審者)(が)?\\s?(入|はい)(って|り込|りこ)",
      "(スタンガン|催涙スプレー|拳銃|銃|刃物|ナイフ|包丁|バット)(のような|みたいな)?\\s?(もの|物)?を\\s?(向け|むけ|突きつけ|つきつけ|振りかざ)(て|られ)",
      "(顔|かお|口|くち|鼻|はな)に\\s?(枕|まくら|クッション|ビニール袋)を\\s?(押し当て|押しあて|おしあて|押し付け|押しつけ|おしつけ|かぶせ|被せ)(て|られ)",
      // Twenty-fifth round (red team 22 read): hit, said in Tohoku speech (殴らっちぇ) or cut by
      // speech recognition (蹴ら れて); Kansai どつく said of a stranger, the particle dropped too
      // (外で男がバットで人どついてんねん; a wife or a mother beaten is left to the model, which the
      // development sets call abuse); a burglar met in the house now or still inside (泥棒が入って
      // いて鉢合わせ, 犯人はまだ二階にいます), not what to do if one meets one.
      "(殴|なぐ|蹴)らっ(ち|せ)(ぇ|え|ゃ)|(叩|たた)(か|が)っ(ち|せ)(ぇ|え|ゃ)|(殴|なぐ)ら\\sれ|蹴ら\\sれ",
      "(?<![一-龯])(人|ひと|男|女|男の人|女の人|男性|女性|誰か|だれか|通行人|若い子|兄ちゃん|姉ちゃん)\\s?(を|ば)?\\s?(どつ|どづ)(いて(い)?(る|ま|ん)|いと(る|ん)|きよ|き(回|まわ)|きまく)",
      "(泥棒|どろぼう|空き巣|あきす|強盗|ごうとう|侵入者|不審者)[^。]{0,20}(鉢合わせ|はちあわせ)(?![^。]{0,10}(たら|ないよう|時|とき|場合|こと))|(犯人|泥棒|どろぼう|空き巣|強盗|侵入者|不審者)(は|が)\\s?(まだ|今も|いまも)\\s?[^。]{0,12}(に|の中に|の中で)\\s?(いる|います|いて|おる|隠れ|かくれ|潜ん|ひそん)",
      // Thirty-sixth round (red team 33 read): someone slashing or lunging at people with a blade or a
      // shard held (割れたガラスの破片を持って職員に切りかかっています; not a play's sword fight);
      // someone bound and beaten, or beaten on and on with a wooden sword, a bat or a pipe (一年生を縛っ
      // て、木刀で殴り続けています; not a drum or practice); shots heard and someone down (じゅうせい
      // みたいな おとが にかい して ひとが たおれてて).
      "(刃物|ナイフ|包丁|ほうちょう|破片|はへん|ガラス|瓶|ビン|鎌|かま|刀|はさみ|ハサミ|カッター|バット|鉄パイプ|棒|ぼう)を\\s?(持っ|もっ|手に|振り回し|ふりまわし|握っ|にぎっ)[^。]{0,20}(切りかか|きりかか|斬りかか|襲いかか|おそいかか|殴りかか|なぐりかか|突きかか)(っ|り|る)(?![^。]{0,8}(シーン|場面|役|演技|稽古|けいこ|練習|ゲーム|映画|ドラマ|芝居))",
      "(?<!(稽古|けいこ|練習|れんしゅう|剣道|けんどう|素振り|すぶり)[^。]{0,12})((縛|しば)(って|り(上げ|あげ)て)|(木刀|ぼくとう|竹刀|しない|バット|鉄パイプ|てつぱいぷ|角材|ベルト|ハンガー|棒|ぼう)で)\\s?[^。]{0,10}(殴り続け|なぐりつづけ|殴りつづけ|叩き続け|たたきつづけ|殴って(い)?(る|ます)|なぐって(い)?(る|ます)|殴っとる|蹴り続け|けりつづけ)(?![^。]{0,8}(稽古|けいこ|練習|素振り|すぶり|ゲーム|映画|ドラマ))",
      "(銃声|じゅうせい|発砲音|はっぽうおん|銃の音|発砲)[^。]{0,24}(人|ひと|男|女|誰か|だれか|男性|女性)(が|も)?\\s?(倒|たお)れ(て|た|と)",
      // Thirty-eighth round (red team 35 read): a weapon held and a window or a door broken to get
      // in (斧を持って私どもの家の窓を割り、侵入しようと), said with 持って where the older pattern has で; boiling water
      // thrown on someone, said without を (嫁さんに熱湯かけられた).
      "(斧|おの|ハンマー|バール|鉄パイプ|バット|金属バット|包丁|鉈|なた|鎌)を\\s?(持って|もって|手に)\\s?[^。]{0,16}(門|もん|ドア|扉|窓|まど|玄関|鍵|かぎ|壁|かべ|ガラス)を\\s?(壊|こわ|叩き割|たたきわ|割|わ)(して|って|り|ろうと|そうと|った)",
      "(熱湯|ねっとう|煮え湯|にえゆ)\\s?(かけ|掛け|浴びせ|あびせ)られ(た|て)",
      // Thirty-ninth round (red team 36 read): boiling water thrown on a person, said actively and in
      // dialect (奥さんに熱湯ぶっかけて); a chokehold from behind (羽交い締めにして、首に腕を回して); a
      // threat to push someone off a height while they are held there (突き落とすと言われ); a window
      // broken and a stranger come in, in a child's kana (まどわって はいってきた).
      "(奥さん|おくさん|妻|つま|嫁|よめ|夫|おっと|旦那|だんな|主人|彼女|彼氏|女性|男性|人|ひと|さん|ちゃん|くん)に\\s?(熱湯|ねっとう|煮え湯|にえゆ)\\s?(を)?\\s?(ぶっかけ|ぶっか|かけ|掛け|浴びせ|あびせ)(て|た|と|よ)",
      "(羽交い締め|はがいじめ|羽交締め)に\\s?(して|されて|され)[^。]{0,30}(首|くび)|(首|くび)に\\s?(腕|うで)を\\s?(回|まわ)(して|され)[^。]{0,30}(引きず|ひきず|顔が\\s?(真っ赤|まっか|紫|むらさき|青)|苦し|くるし)",
      "(突き落とす|つきおとす|落としてやる|おとしてやる)\\s?(と|って)\\s?(言われ|いわれ|脅さ|おどさ|言って|いって)[^。]{0,30}(押しつけ|押し付け|おしつけ|つかまれ|掴まれ|手すり|てすり|ベランダ|屋上)",
      "(胸|むね|頭|あたま|顔|かお|腹|はら|おなか|お腹|背中|せなか|首|くび)を\\s?(踏みつけ|ふみつけ|踏みにじ|ふみにじ)(られ|て|た)",
      "(まど|窓|ガラス|がらす)\\s?(を)?\\s?(わって|割って|わられて|割られて)\\s?(はいって|入って)\\s?(きた|きて|くる)",
      // Forty-first round (red team 38 read): an axe or a blade brought out and someone slashed at
      // (斧を持って出てきて、業者さんに切りかかってきました); a hot pan or iron pressed on one's arm
      // (熱したフライパンを私の腕に押しつけてきて); someone run down on purpose with a motorbike, the
      // intent said in Kansai (バイクで妹をはねよとしとって).
      // A parent hitting the other parent's head or face, told by a child in kana (パパがぼうでママの
      // あたまたたいた): violence between the parents, not a harm to the child.
      "(パパ|ぱぱ|おとうさん|お父さん|ママ|まま|おかあさん|お母さん)(が|は)\\s?[^。]{0,12}(ママ|まま|おかあさん|お母さん|パパ|ぱぱ|おとうさん|お父さん)の\\s?(あたま|頭|かお|顔|おなか|お腹)\\s?(を)?\\s?[^。]{0,4}(たたい|叩い|なぐっ|殴っ|けっ|蹴っ)(た|て)",
      "(斧|おの|鉈|なた|鎌|かま|刀|包丁|ほうちょう|ナイフ|刃物|はもの)を\\s?(持って|もって|手に)[^。]{0,20}(切りかか|きりかか|斬りかか|襲いかか|おそいかか)",
      "(熱した|熱い|あつい|焼けた|熱々の|あつあつの|火のついた)[^。]{0,12}を\\s?[^。]{0,8}(腕|うで|手|顔|かお|背中|せなか|足|あし|首|くび|肌|はだ)に\\s?(押しつけ|押し付け|おしつけ|押し当て|押しあて|おしあて)",
      "(車|くるま|トラック|バイク|ばいく|原付|げんつき)で\\s?[^。]{0,12}を\\s?((はね|撥ね|跳ね)(よう|よー|よ)|(ひこ|轢こ|ひき殺そ|轢き殺そ)(う|ー)?)\\s?と\\s?(し|す)",
    ],
  },
  {
    // Nineteenth round (red team 16 read): someone with dementia missing now in the cold or without
    // their medicine (認知症の母がいま行方不明で、今夜は氷点下): the police to search and the ambulance.
    kind: "medical",
    contacts: POLICE_AND_AMBULANCE,
    patterns: [
      "(dementia|alzheimer'?s)[^.]{0,40}(is missing|went missing|has gone missing|wandered off|can'?t be found)|(痴呆|失智|老年痴呆)[^。]{0,20}(走失|不见了|找不到)|치매[^.]{0,20}(실종|없어졌|안 ?돌아|찾을 ?수 ?없)|(demencia|alzh[eé]imer)[^.]{0,40}(desaparecid|desapareci(ó|o)|no (lo|la) encontramos|se perdi(ó|o))|(dem(ê|e)ncia|alzheimer)[^.]{0,40}(desaparecid|sumiu|se perdeu)|(sa sút trí tuệ|mất trí nhớ|lẫn)[^.]{0,30}(mất tích|đi lạc|không tìm thấy)|(demensia|pikun|alzheimer)[^.]{0,30}(hilang|tersesat|tidak ketemu)",
      "(認知症|にんちしょう)[^]{0,40}(行方不明|ゆくえふめい|いなくな|帰って(こな|きて(い)?な)|戻らな|もどらな|見つからな|みつからな)(?![^。]{0,4}(こと|時|とき|たら|ても|場合))[^]{0,60}(氷点下|寒|さむ|雪|薄着|うすぎ|暑|熱中症|薬|くすり|川|海)",
    ],
  },
  {
    kind: "medical",
    patterns: [
      `${PERSON}.{0,8}(倒|たお)れ(た|て|ま|と|よ|で|られ)|(急|きゅう)に(倒|たお)れ|(倒|たお)れて(い)?(る|ます)|倒れた(ん|の|まま)|倒れ(た|て(い)?る)(人|方|男|女|お年寄り)`,
      // Thirty-fifth round (red team 32 read): the waters broken before term (三十四週で破水して; a
      // birth before 37 weeks) or with something coming out (破水して、何か出てきている).
      "((?<!(前回|前|上の子|一人目|昔|以前)[^。]{0,12})(2[2-9]|3[0-6]|二十(二|三|四|五|六|七|八|九)|三十(一|二|三|四|五|六)?)\\s?週[^。]{0,8}(破水|はすい)(した|して|しま|しちゃ))|(破水|はすい)(して|した|しました|しちゃ)[^。]{0,20}(何か|なにか|へその緒|へそのお|臍帯|赤ちゃんの\\s?(足|手|頭))[^。]{0,6}(が)?\\s?(出て|でて|出た|でた|見え|みえ)",
      // Eighteenth round (red team 15 read): a seizure going on for many minutes or not stopping
      // now, a baby of under four months with a high fever, a baby not feeding and not crying.
      // Found on the floor with moaning or no answer, speech slurred (ろれつが回りません), a body cold
      // as ice, wheezing after an allergen, headache and nausea by a stove or charcoal (carbon
      // monoxide) with someone who cannot get up.
      "(床|ゆか|廊下|ろうか|玄関|風呂場|浴室|トイレ|台所)に\\s?(倒|たお)れて[^]{0,20}(うめ|呻|動かな|うごかな|返事|反応|意識|血)",
      "(ろれつ|呂律)が\\s?(回|まわ)(り(ません|ませ)|って(い)?(な|ませ))|(体|からだ)が\\s?(氷|こおり)(みたい|のよう)に\\s?(冷た|つめた)",
      "(アレルギー|あれるぎー)[^]{0,60}(ゼーゼー|ぜーぜー|ヒューヒュー|ひゅーひゅー|息が\\s?苦し|呼吸が\\s?苦し|唇が\\s?腫れ|顔が\\s?腫れ|ぐったり)",
      "(ストーブ|ガス|練炭|七輪|発電機|暖房|湯沸かし)[^]{0,60}(頭が\\s?痛|頭痛|吐き気|はきけ)[^]{0,40}(起き上がれ|おきあがれ|ぐったり|意識|動けな|倒れ|たおれ)",
      "(発作|ほっさ|けいれん|痙攣|ひきつけ)[^]{0,40}(もう|すでに|ずっと)\\s?[^。]{0,10}(分|ふん|ぷん)\\s?(以上)?\\s?(も)?\\s?(続いて|つづいて|たって|経って|止まらな|とまらな)|(今|いま|さっきから)[^。]{0,20}(発作|ほっさ)(が)?\\s?(止まらな|とまらな|止まりません|とまりません|おさまらな|治まらな|収まらな)",
      "生後\\s?([0-3]|一|二|三|\\d{1,2}\\s?(日|週)|[一二三四五六七八九十]+\\s?(日|週))\\s?(か月|ヶ月|カ月|ヵ月|週間|週|日)?[^]{0,30}(熱|ねつ)[^。]{0,8}(3[89]|40|三十[八九]|四十)",
      "(赤ちゃん|乳児|新生児|生後)[^]{0,60}(おっぱい|ミルク|母乳)(も|を)?\\s?(飲まな|のまな|飲めな|飲もうとしな|飲まへん)[^]{0,30}(泣かな|なかな|泣きもしな|ぐったり|反応)",
      "(([1-9]|1[0-2]|one|two|three|four|six|eight|ten|twelve)[- ]weeks?[- ]old|(one|two|three|[1-3])[- ]months?[- ]old|newborn)[^.]{0,40}(fever|temperature)[^.]{0,12}(3[89]|40|10[0-4])|(bebé|bebê|recién nacido|recém-nascido) de (\\d|un|uno|dos|tres|um|dois|três) (semanas?|mes|meses)[^.]{0,40}(fiebre|febre)|(出生|刚出生)[^。]{0,10}(个月|天|周)[^。]{0,20}(发烧|发热)|생후 ?[1-3] ?(개월|주)[^.]{0,30}(열이|고열)|(bé|em bé|con)[^.]{0,12}(\\d|một|hai|ba) (tháng|tuần)( tuổi)?[^.]{0,30}sốt|bayi (saya |kami )?(usia |umur |berusia )?(\\d|satu|dua|tiga) (bulan|minggu)[^.]{0,30}(demam|panas)",
      "(意識|いしき)(が)?(ない|無い|な|もうろう|朦朧|戻らない|おかしい)|(意識|いしき)(が)?\\s?(ありません|ありまへん|あらへん|あれへん)(?!\\s?でした)|意識不明|気を失|気絶",
      "(話しかけ|呼びかけ|声をかけ)(て|た)(も|ら).{0,10}(ぼんやり|返事が(おかし|変)|反応が(おかし|変|鈍)|会話にならな|会話が(でき|成り立た)な|受け答えが(おかし|変|でき)|話が通じな)|下敷き(に(?!\\s?(して|する|し|さ))|で)|(全然|ぜんぜん|まったく|ちっとも)(動|うご)か(ない|ん|ねえ|へん)",
      // 息 also as speech recognition writes it (行きしてない), and in dialect (息しとらん).
      "(息|いき|行き)(を)?して(い)?(ない|ません|へん|ねえ|な)|(息|いき)(を)?(しとら|しよら|しちょら|しとらへ)|(息|いき)(が)?(でき|止ま|苦し|くるし|していな|してな)|呼吸(を|が)?(して(い)?な|でき|止ま|苦し|おかし|荒|弱|浅)|心臓(が)?止ま|脈が(ない|無い|な)",
      "(血|(?<![あ-ん])ち|鼻血|はなぢ|はなじ)が(止|と)まら(ない|ん|へん|な|ず)|(出血|血).{0,6}(止まらない|止まらな|止まりません|とまりません|ひどい|たくさん|いっぱい|大量)|大量(に)?出血|吐血|(頭|額|首|お腹|腹|胸)(から|が).{0,4}(血|出血)",
      "けいれん|痙攣|ひきつけ|引きつけ|泡を吹|白目を(む|剥)|血を吐|目を開けな",
      "(胸|むね)(が|の)?.{0,8}(痛(い|く|む|み)|いた(い|く|む)|苦し|くるし|締め|しめつけ)|胸(を)?(押さえ|おさえ|抑え|かきむし)|冷や汗が(止まらな|とまらな|すご|ひど)",
      `${PERSON}.{0,8}((動|うご)か(ない|なく|ん)|(動|うご)けな|反応(が)?ない|反応しな|(返事|へんじ)(が|も)?(ない|せん|しな)|反応(なし|無し)|目を覚まさない|起きな(い|く)|おきない|ぐったり)|ぐったりして`,
      "(呼んでも|呼びかけても|揺すっても|ゆすっても|叩いても|声をかけても).{0,6}(起きない|起きません|起きへん|起きん|反応|返事|目を覚まさ|動かない|動きません|うごきません|動かん|応答)",
      "救急車|きゅうきゅうしゃ|(119|いちいちきゅう)(番)?(に|を|へ)?(電話|呼|かけ)",
      "熱中症.{0,15}(倒れ|ぐったり|意識|返事|反応|動け|動かない|けいれん|吐い|かもしれない|みたい|っぽい)|熱中症(で|に)(なっ|倒れ)",
      // Thirty-fourth round (red team 31 read): heat stroke without its name, sweat stopped and the
      // answers wrong (汗も出なくなって返事がおかしい).
      "(汗|あせ)(も|が)\\s?(出なく|でなく|出ていな|でていな|止ま|とま|引い)(なっ|なつ|っ|つ)?て[^。]{0,12}(返事|へんじ|受け答え|うけこたえ|反応|はんのう|言うこと|話)(が|も)\\s?(おかしい|おかし|変|へん|ない|鈍)",
      "頭を(強く)?打|大けが|大怪我|大やけど|重傷|骨が折れ|溺れ|おぼれ|ろれつが(回|まわ)ら|脳卒中|脳梗塞|心筋梗塞|過呼吸|(激しい|急な|割れるような)頭痛|(痛くて|苦しくて)(動け|立て|起き上がれ)(な|ません|へん)|アナフィラキシー|(喉|のど)に.{0,6}(詰|つ)ま|(詰|つ)まらせ",
      // Water: found in the bath, fallen into a pond or river.
      `(風呂|ふろ|浴槽|湯船|浴室)(で|に|の中で|の中に).{0,6}(沈|しず|溺|おぼ|浮い|ぐったり|動かな)|(風呂|ふろ|浴槽|湯船)(に|で)(入|はい|つか)(っ|つ)た(まま)[^。]{0,10}(返事(を|が)?(せん|しな|ない)|目を(あけ|開け)(ん|ない))|${PERSON}(が|は|も).{0,6}(池|川|海|用水路|水路|プール|湖|側溝|ため池)(に|へ)(落ち|おち|転落|はまっ|流され)`,
      // Gas or fumes: carbon monoxide, a whole family sick at once.
      "(家族|みんな|全員|二人とも|ふたりとも).{0,6}(頭が痛|頭痛|吐き気|はきけ|めまい)|一酸化炭素中毒(かも|みたい|っぽい|にな|で)|一酸化炭素(かも|みたい|っぽい)|(頭痛|吐き気|めまい)(と|で|が|や)?.{0,8}(動けな|立てな|起き上がれな|倒れ(た|て))",
      `${CHILD}[^。]{0,12}(電池|ボタン電池|磁石|洗剤|漂白剤|たばこ|タバコ|灯油|殺虫剤)(を)?(飲んだ|のんだ|食べた|たべた)`,
      // Eleventh round: blood spurting or pouring, vomit in the throat of someone asleep, a
      // neighbour unanswering with newspapers piling up, the smell of gas described.
      "(血|(?<![あ-ん])ち)が[^。]{0,16}(噴き出|ふきだ|吹き出|どくどく|だらだら)|吐いた(もの|物)(が)?[^。]{0,4}(口|のど|喉)に(たま|溜ま|詰ま)|(口|のど|喉)(の中)?に吐いた(もの|物)(が)?(たま|溜ま|詰ま)|(新聞|郵便物)(が|も)?[^。]{0,4}(\\d+|[一二三四五六七八九十]+|何|数)日分(も)?(たま|溜ま)|(家|部屋|台所|キッチン|給湯器|コンロ|室内|家中)[^。]{0,20}(玉ねぎ|たまねぎ)が腐った(ような|みたいな)|(玉ねぎ|たまねぎ)が腐った(ような|みたいな)(におい|臭い|匂い)[^。]{0,12}(頭|くらくら|気分が悪|吐き気)",
      "(飲み込|のみこ|誤飲).{0,10}(苦し|くるし|息|咳|顔色)|(電池|ボタン電池|磁石|洗剤|漂白剤|たばこ|タバコ|灯油|殺虫剤)(を)?(飲み込|のみこ|誤飲|飲んじゃ|のんじゃ|飲んでしま|食べちゃ|たべちゃ)|(蜂|はち)に刺され.{0,10}(息|腫れ|意識|ぐったり|じんましん)",
      "(急に|突然|いきなり).{0,8}(話せなく|しゃべれなく|喋れなく|言葉が出(な|て(こ)?な)|動けなく|立てなく|見えなく|持てなく|握れなく)|(舌|した)が(もつれ|回らな|まわらな)|(顔|口|くち|口元|唇|くちびる)(の|が|も)?(片(方|側)|半分)(が|だけ)?.{0,6}(ゆがん|歪ん|下が|さが|動かない|しびれ)|(片方|片側|半身)(の手足)?.{0,4}(しびれ|麻痺|まひ|動かな)",
      "(顔色|唇|くちびる)が.{0,4}(真っ青|真っ白|青|紫|土気色)|(顔|かお)(が)?.{0,2}(真っ青|まっさお|真っ白|まっしろ|土気色)|(体|からだ|手足?)が冷たくなっ|冷たくなって(い)?(る|て|ます)",
      "(階段|屋根|はしご|脚立|ベランダ|高い(所|ところ))から(落ち|落ぢ|転げ落ち|転落)|(川|海|用水路|水路)(で|に).{0,4}(子ども|子供|こども|人|男の子|女の子|息子|娘|父|母|おじいさん|おばあさん|友達)(が)?.{0,4}(流され|溺れ)|(動|うご)が(ねぇ|ねえ|ない|ね)",
      "(台所|キッチン|部屋|家|二階|押し入れ)から(火|日|ひ)(が|い)?\\s?(出|で)|(うち|家)の(家事|火事)です|(いえ|家|うち)(が|で)(家事|火事)で|燃え(だし|出し|広が|移)|爆発(し|が|した)|炎が(出|上が|見え)|火事|かじです|火災(が|だ|です|発生)|燃えて(い|る|ま)|火が(出|つい|上が|回)|(火|(?<![あ-ん])ひ)が(うつ|移)(っ|り|る)|(煙|けむり)(が|で|の).{0,6}(出|充満|すご|ひど|見え|上が|前が)|焦げ(臭|くさ)|(報知|警報)(器|機)(が)?(鳴|な)(って(い)?る|ってま|りっぱなし|り(続|つづ)け|りやま)|ガス(の|が)?(におい|臭い|漏れ|くさ|草)",
      // Twenty-fourth round (red team 21 read): breathing like snoring and no waking (机に突っ伏して、
      // いびきみたいな息をしていて、起きません), a corridor full of smoke, a fire alarm ringing now
      // said with ています.
      "(いびき|イビキ)\\s?(みたいな|のような|みたいに|のように)\\s?[^。]{0,4}(息|呼吸)[^。]{0,16}(起き(ない|ません|へん)|返事|反応|目を\\s?覚ま)|(突っ伏|つっぷ)して[^。]{0,30}(起きません|起きない|返事が|反応が|動かな)",
      "(煙|けむり)で\\s?(いっぱい|一杯|充満)|(報知|警報)(器|機)(が)?\\s?(鳴|な)ってい(ます|る)",
      // Forty-second round (red team 39 read): bitten by a pit viper or a venomous snake now (マムシに
      // 噛まれて; not one told as past, 昔ハブに噛まれた傷, nor a scar or a time it happened); a
      // chemical splashed over a worker with burns (薬品を浴び、…やけど).
      "(?<!(昔|むかし|去年|昨年|以前|前に|年前|ねんまえ)[^。]{0,10})(マムシ|まむし|ハブ|はぶ|ヤマカガシ|やまかがし|毒蛇|どくへび)に\\s?(噛|咬|か)まれ(て|た|ました)(?!\\s?(こと|事|傷|きず|跡|あと))",
      "(薬品|やくひん|薬剤|やくざい|化学薬品|硫酸|塩酸|苛性ソーダ|劇物|強アルカリ|強酸)を\\s?(浴び|あび|かぶ|被|頭から)[^。]{0,30}(やけど|火傷|ただれ|呼吸|息|目が|痛)",
      ...MEDICAL_WORLD,
      // Fortieth round (red team 37 read): a pregnant woman bleeding, said in a child's kana (おなかに
      // あかちゃんいるママが、ちがいっぱいでてたおれちゃったの).
      "(おなか|お腹)に\\s?(あかちゃん|赤ちゃん)(が)?\\s?(いる|おる)[^]{0,30}((?<![あ-ん])ち|血)が\\s?(いっぱい|たくさん|すごく|ぎょうさん)?\\s?(出|で)",
      // Twenty-ninth round (red team 26 read): heavy bleeding soaking the clothes (下着が血でびっしょり),
      // someone cut off by rising water (増水で中州に取り残されて).
      "(下着|ズボン|シーツ|布団|ナプキン|スカート)が\\s?(血|ち)で\\s?(びっしょり|ぐっしょり|真っ赤|まっか)",
      `${PERSON}(が|は)[^。]{0,30}(中州|中洲|なかす|川の中|岩の上)に\\s?(取り残され|とりのこされ)`,
      // Thirtieth round (red team 27 read): someone caught in a refuse truck or a machine's turning
      // part, a baby coming in labour with words between (陣痛で、もう赤ちゃんが産まれそう), swept
      // off by a wave and gone; in English, a fall from a height with blood or a limb bent the wrong
      // way.
      "(陣痛|じんつう|破水)[^。]{0,20}(生まれ|産まれ|うまれ)(そう|てきそう|かけ)",
      "(収集車|パッカー車|回転板|歯車|はぐるま|ミキサー|シャッター|エスカレーター)に\\s?[^。]{0,10}(巻き込まれ|まきこまれ|挟まれ|はさまれ)(て|た|ま)",
      "(波|高波|なみ)に\\s?(さらわれ|攫われ|のまれ|飲まれ)(て|た)[^。]{0,12}(見えな|みえな|沈|しず|浮い|上がってこ|あがってこ|助け|たすけ)",
      "(fell|fallen|falling) (from|off|down) [^.]{0,30}(scaffold|roof|ladder|balcony|building|floor|stairs|staircase)[^]{0,100}(blood|bent the wrong way|not moving|not breathing|unconscious|not answering|not responding)",
      // Thirty-first round (red team 28 read): a hand caught in a press (プレス機に同僚の手が挟まって),
      // low blood sugar with sweat and no sense in what is said, oxygen stopped in a power cut
      // (停電で父の酸素濃縮器が止まりました; not a question about it); in Tagalog, a fall and no
      // moving.
      "(プレス機|機械|ローラー|ベルトコンベア|コンベア|シュレッダー|裁断機|歯車|回転板)に\\s?[^。]{0,10}(手|腕|うで|指|ゆび|足|髪|服|体|からだ)[^。]{0,4}が\\s?(挟まっ|はさまっ|巻き込まれ|まきこまれ)",
      "(汗びっしょり|冷や汗|ひやあせ|低血糖|ていけっとう)[^。]{0,16}(話が通じ|はなしがつうじ|会話にならな|意識が|朦朧|もうろう)",
      "(停電|ていでん)[^。]{0,20}(酸素濃縮器|人工呼吸器|呼吸器|吸引器|酸素)[^。]{0,6}(が|も)?\\s?(止まり|とまり|止まって|とまって|止まりました|止まった(?!\\s?(ら|とき|時|場合))|動かな|うごかな|使えな)",
      "nahulog[^.]{0,40}(hindi (gumagalaw|humihinga|makagalaw)|walang malay)",
      // Crisis training set 6's leftover: smoke billowing from a house's window in Tohoku speech
      // (窓がら煙もくもく出でる).
      "(窓|まど|家|いえ|部屋|へや|台所)(から|がら)\\s?(黒い\\s?)?(煙|けむり)(が|こ)?\\s?(もくもく|モクモク)",
      // Thirty-second round (red team 29 read): someone swept away in a river and out of sight now
      // (子どもが川で流されました。いま下流の方に見えなくなりました; not a story of one), a baby floppy
      // or a rash that does not fade (signs of sepsis or meningitis) in English.
      `${PERSON}(が)?\\s?(川|海|用水路|水路|沢)で\\s?(流され|ながされ)(ました|た)(?!\\s?(こと|事故|話|件))[^]{0,30}(見えなく|みえなく|見失|みうしな|沈ん|しずん|上がってこ|あがってこ)`,
      "rash (that )?(does ?n[o']t|won'?t|will not|is not|isn'?t) fad(e|ing)|(baby|infant|toddler|child|son|daughter) (is|seems|has gone|went|became|was) (very |all )?(floppy|limp)(?![^.]{0,20}(neck|head control))",
      "ambulance|(isn'?t|is not|wasn'?t|not|stopped) breathing|(lips|face|skin|baby|he|she|he's|she's|is)[^.]{0,15}turn(ed|ing) blue|(can'?t|cannot) breathe|no pulse|unconscious|collapsed|bleeding|heart attack|(?<![a-z])stroke|seizure|chest pain|(won'?t|doesn'?t|does not|isn'?t|is not|not) wak(e|ing) up|(can'?t|cannot|couldn'?t) wake (him|her|them|my \\w+) up|(fell|fallen)[^.]{0,20}hit (her|his|their|my) head|(she|he|they)('s| is|'re| are) not making (any )?sense|slurr(ed|ing)|(swallowed|took|taken|drank|ate) (a|the) (whole|entire) (bottle|box|pack|packet|strip) of|(swallowed|swallow|took|taken|overdosed on)[^.]{0,20}(all|a lot of|lots of|loads of|a bunch of|too many|handful|whole|entire|\\d{2,}|dozens)[^.]{0,20}(pills|tablets|medicine|sleeping|meds)|unresponsive|not responding|passed out|fainted|choking|drowning|(?<![a-z])(on )?fire(?![a-z])|smoke (is |was )?(coming|pouring|everywhere|filling)|(full of|thick|black|there'?s|see|smell(ing)?|lots of) smoke|gas leak|smell (of )?gas|carbon monoxide|fell (into|in) (the|a) (pond|river|pool|sea|canal)",
      // Choking on food; fallen and unable to get up; a baby limp; bee sting with swelling; stroke.
      "(餅|もち|飴|あめ|こんにゃく|食べ物|肉|パン)(が|を)?(喉に|のどに)?(詰|つ)ま(っ|ら)|(転|ころ)んで.{0,8}(起き|おき)(れ|られ|上がれ|あがれ)(ない|ん|へん|ません|ず)|(尻もち|しりもち)(を)?つい.{0,16}(動け|うごけ|立て|起き)(ない|ん|へん|ません)",
      "(赤ちゃん|赤ん坊|乳児|生後).{0,30}(反応(が)?(ない|しない)|ぐにゃ|ぐったり|顔色が(白|青|悪|紫))|(蜂|はち)に(刺|さ)され.{0,20}(腫れ|はれ|赤く|あかく|声が(かすれ|出)|苦し|くるし|じんましん)|(あー|うー|あう)[』」]?(と|って)?しか(言わ|言え|喋ら|しゃべら|話さ)|(よだれ|涎)(が|を)?.{0,4}(垂|たれ)",
      // Smoke filling a corridor, a collapse at the counter, a child swept away or gone under.
      "(煙|けむり)で(真っ白|まっしろ|前が見え|何も見え|階段が見え)|(椅子|いす|イス|その場|床|ベンチ)(から|に|で)(崩れ落ち|くずれおち)|目を開け(ません|ん|へん)|(子ども|子供|こども|息子|娘|人)(が)?[^。]{0,6}流され(て|た)|(池|川|海|プール|用水路)に(落ち|おち)(て|た)[^。]{0,12}(見えな|浮いて|沈|上が(って)?こな)",
      "(へや|部屋|いえ|家|うち)(が)?\\s?もえ(て|とる)|(餅|もち|飴|あめ|食べ物)(が|を)(喉|のど)に$|(喘息|ぜんそく)(の)?(発作)[^。]{0,24}(よくならな|止まらな|しゃべれな|息が)|ガス[^。]{0,12}(シュー|しゅー)(って|という)?音|(家中|部屋|台所)[^？?]{0,20}(玉ねぎ|たまねぎ)が腐った(ような|みたいな)",
      "caiu e n(ã|a)o consegue levantar|ngã xuống|không tỉnh|kejang|넘어져서 ?일어나지|피가 ?나요|(lips|face|tongue|throat)[^.]{0,24}(swell|closing)|hindi makapagsalita|kalahati ng mukha|ढल्यो|ढले|喘不上气|tidak sadar|berdarah|không đứng dậy|engasgou|ficando roxo",
      "सास ?फेर्न ?गाह्रो|tenggelam|tidak (bisa )?bernapas|pingsan",
      // Eleventh round: someone gone under in the water, moaning heard through a wall, Chinese.
      "(川|海|池|湖|用水路|プール)[^。?]{0,30}(頭|姿)が(見えなくな|みえなくな|沈)|(川|海|池|湖|用水路|プール)(に|へ)[^。]{0,20}(入|はい)(っ|つ)た[^。]{0,10}(戻|もど|上が|あが)(って|つて)(こない|こん|きません|こな)|(うめき声|呻き声|うめく声)(が|だけ|しか)?[^。]{0,12}(聞こえ|する|して)",
      // Twenty-first round: a drowning said without 溺れ: a person in the water now sunk, not
      // coming up, or floating face down (子どもがプールの底に沈んだまま上がってきません; 用水路で父
      // がうつぶせで浮いている). Not a lesson, a habit or a report (練習で沈んでしまう, なかなか上がって
      // こない, 沈んだ船のニュース), nor a thing sunk: the person is named next to the water.
      `(?<=^|[。!?！？]\\s?)(?![^。]*(練習|れんしゅう|教室|きょうしつ|レッスン|スクール|スイミング|言われ|いわれ|なかなか|苦手|にがて|上手|じょうず|泳げ|およげ|ニュース|映画|ドラマ|夢|もし|と思ったら|かと思った))[^。]*((プール|川|海|池|湖|用水路|水路|ため池|水の中|水中)[^。]{0,16}${PERSON}|${PERSON}(が|は|も)?[^。]{0,16}(プール|川|海|池|湖|用水路|水路|ため池|水の中|水中))[^。]{0,12}((沈|しず)(んだまま|んで(い)?(る|ます)(?![^。]{0,2}(もの|物|おもちゃ|石|ボール|缶))|んで[、,]?\\s?(浮|うか|うい|上が|あが))|(上が|あが|浮い|うい|浮かん|うかん|浮き上が|うきあが)(っ|つ)?(て|で)\\s?(こない|こなく|きません|こん(?!かった)|来ない)|(うつぶせ|うつ伏せ|俯せ)(で|に|のまま|になって)[^。]{0,4}(浮|うい|うか)|顔を\\s?水に\\s?(つけ|浸け)たまま)`,
      "喘不过气|喘不上来|呼吸困难|喉咙肿|过敏性休克|说不出话|半边(脸|身体|身子)|डुब्यो|डुबे|ชัก(ไม่หยุด)?|หายใจไม่ออก|หมดสติ|kebakaran|terbakar|အသက်ရှူ(လို့)?မရ",
      // Eleventh round (crisis training set 3): lips purple said in kana, breath odd, eyes rolled up, jerking, a deep cut
      // soaking towels, bleeding in pregnancy, sweating and no longer speaking, a fire said in
      // spaced kana, a swallowed battery said in kana, and foreign residents' words.
      "(唇|くちびる)(が)?\\s?(むらさき|紫|真っ青|まっさお)|(息|いき)(が)?\\s?(へん|変|おかしい)(?!\\s?な)|(目|め)が(上|うえ)を(向|む)い|(手足|体|からだ)?(が)?(カクカク|がくがく)(して|震え|ふるえ)|(?<!(カード|紙|封筒|袋|書類|はがき|ハガキ|通知書|保険証|免許証|手帳|写真|布|服|シャツ|ズボン|ケース|バッグ|かばん|鞄|箱)(の\\s?(端|はし|角|かど|表面|裏|一部))?(が|は|も)\\s?)ざっくり(切|き)(っ|れ|つ)|(タオル|ティッシュ|ガーゼ)[^。]{0,8}血で(びしょびしょ|真っ赤|まっか|ぐっしょり)|妊娠[^。]{0,20}(出血|破水)(して(い)?(る|ま)|した(みたい|かも|ん)|しました|が止まら)|(汗びっしょり|冷や汗|ひやあせ)[^。]{0,10}(しゃべら|喋ら|話さ|返事|反応|動か)",
      "かじ\\s?です|(となり|隣|むかい|向かい)\\s?の\\s?(いえ|家)\\s?から\\s?(けむり|煙)|(子ども|子供|こども)[^。]{0,12}でんち[^。]{0,4}(のんだ|のみこ|たべた)",
      "ngã[^.]{0,30}không (trả lời|phản ứng|cử động)|(se (est(á|a) )?ahog|atragant|engasg)|engol(iu|eu) (uma |um )?(bateria|pilha|ím(ã|a)|moeda)|tersedak|membiru|叫不醒|叫不起来|लड्नु ?भयो|बोल्नु ?हुन्न",
      // Swelling after food or a sting with wheezing; clothes on fire.
      "(食べ|刺され|飲ん)[^。]{0,12}(顔|唇|くちびる|喉|のど|全身|まぶた)[^。]{0,6}(腫れ|はれ)(あが|上が|て)|(服|髪|体|からだ|袖|そで)に(火|ひ)(が)?(つい|付い|着い|移)",
      // Twelfth round (red team 9 read): speech gone strange (ろれつ が へん), crouched in pain, blood
      // "terrible", a medicine or detergent swallowed by mistake with symptoms, an inhaler that does
      // not help and barely speaking, Tagalog and Spanish choking and a swallowed battery.
      "(ろれつ|呂律)(が)?\\s?(へん|変|おかし|あやし)|(胸|むね|お腹|おなか|腹|はら|頭|あたま)[^。]{0,16}うずくま|うずくま(っ|つ)(て|た)(まま)?[^。]{0,4}(動か|うごか|起き|おき|返事|へんじ)|(血|(?<![あ-ん])ち)が(すごい|すごく|すげ|凄|どんどん)",
      "(薬|くすり|洗剤|漂白剤|灯油|たばこ|タバコ|殺虫剤|農薬)を?[^。]{0,6}(飲ませ|のませ|飲ん|のん|食べ|たべ)(て|で)?(しま|ちゃ|じゃ)(っ|い)[^]{0,30}(吐い|はいて|ふらふら|ぐったり|意識|けいれん|痙攣|息が|呼吸|眠り込)|(喘息|ぜんそく|発作|ほっさ|息)[^。]{0,16}(吸入|きゅうにゅう|吸入器|薬|くすり)(が|も)\\s?(効か|きか|効き)(ない|なく|ん|ず|へん|ません)|(しゃべる|話す|喋る|息をする|息する)のも(やっと|精一杯|せいいっぱい|苦し|つら)",
      // Stroke signs in foreign residents' languages (speech slurred, the mouth drooping), choking.
      "((de repente|de pronto)[^.]{0,20}(no puede hablar|habla raro|arrastra las palabras)|boca torcida|(de repente|do nada)[^.]{0,20}(fala enrolada|falando enrolado|n(ã|a)o consegue falar)|fala enrolada|boca torta|(突然|忽然)[^，。]{0,4}(口齿不清|说话不清|说不清)|嘴(巴)?歪了|méo miệng|(tự nhiên|đột nhiên)[^.]{0,12}(nói ngọng|nói không rõ)|갑자기 ?(말이 ?어눌|발음이 ?이상)|입이 ?돌아갔|tiba-tiba[^.]{0,12}(bicara pelo|tidak bisa bicara)|mulut(nya)? (mencong|miring)|biglang[^.]{0,12}(bulol|hindi makapagsalita)|tabingi ang (bibig|mukha)|घाँटीमा ?(अड्कियो|अड्कि)",
      "hindi (na )?(siya|sya|ako|ito) (na )?(humihinga|makahinga)|nabulunan|nabilaukan|bị hóc|mắc nghẹn|噎住|卡在喉咙|목에 ?[^ ]{0,4} ?걸려|(se )?trag(ó|o) (una |un )?(pila|bater(í|i)a|im(á|a)n|moneda|lej(í|i)a|veneno|cloro)",
      // Twelfth round (crisis training set 4): a child who swallowed detergent said in kana, a
      // swallowed magnet or battery in English, a fall with no answer, a scald, and foreign
      // residents' words (Thai, Burmese, Korean, Tagalog, Vietnamese, Portuguese, Chinese, Nepali).
      `${CHILD}[^。]{0,12}(せんざい|でんち|ひょうはくざい|とうゆ|さっちゅうざい)\\s?(を)?\\s?(飲ん|のん|飲み込|のみこ|なめ|食べ|たべ)|(洗剤|せんざい|漂白剤)(を)?(なめ|舐め)[^。]{0,20}(吐い|はいて|泡|ぐったり)|swallowed (a |an |the |some |two |\\d+ )?(small |tiny )?(magnets?|batter(y|ies)|coin|button|bleach|detergent)(?![^.;]{0,20}(last (month|week|year)|ago|yesterday))|ยา[^ ]{0,12}หลายเม็ด|ปลุกไม่(ค่อย)?ตื่น|เลือดออก(เยอะ|มาก)|หัวแตก|(เรียก|ปลุก)แล้วไม่(ตอบ|ตื่น)`,
      "(腕|足|脚|指)が(変な|へんな|おかしな)(方向|向き)に(曲が|まが)(って|つて)(い)?(る|て|ま)|(体|からだ)が(冷えきっ|冷え切っ|ひえきっ)(て|た)[^。]{0,20}(言葉|ことば|返事|意識|動か|うご)|(風呂|ふろ)[^]{0,30}(水|みず|湯|ゆ)に(顔|かお)が(つい|付い|浸か|つか)|(きのこ|キノコ|ふぐ|フグ)[^。]{0,16}(吐い|はいて|しびれ|うつろ|ぐったり)",
      "အသက်မရှူ|လဲကျသွား|(ဆပ်ပြာ|ဆေး)[^။]{0,10}သောက်မိ|အန်နေ|세제를 ?(마시|마셨|먹었|삼켰)|(계속|자꾸) ?토해|nakalunok|hindi (na )?(siya|po siya) (makagalaw|gumagalaw|sumasagot)|bỏng nước sôi|phồng rộp|(bateu a cabe(ç|c)a|caiu)[^.]{0,40}n(ã|a)o est(á|a) respondendo|呼吸(很|非常|特别|有点)困难|(脸|嘴|喉咙)(都)?肿了|(औषधि|औषधी|ओखती) ?धेरै ?खा|उल्टी ?गर्दै",
      // Thirteenth round (red team 10 read): speech gone strange with a cold sweat or all of a sudden
      // (low blood sugar, a stroke), gone pale all of a sudden and foam at the mouth, a sting and a rash
      // all over or unable to stand, a burn blistering a whole hand, something swallowed with a count
      // in between (磁石を二つ飲み込んだ), a head hit and blood pouring in chat text, and Portuguese
      // and Spanish.
      `(冷や汗|ひやあせ|低血糖)[^。]{0,20}(言って(い)?る(こと)?|言うこと|いうこと|話すこと|話し方|受け答え|様子|返事)(が|も)?\\s?(おかしい|おかしく|変(です|だ|に|な)|へん(です|だ|に|な)|めちゃくちゃ|支離滅裂)|(急に|突然|いきなり)[^。]{0,8}(言って(い)?ること|言うこと|話すこと|話し方|しゃべり方)(が)?\\s?(おかしい|おかしく|変(です|だ|に)|へん(です|だ|に)|めちゃくちゃ|支離滅裂)|${PERSON}[^。]{0,10}(急に|突然|いきなり)\\s?(顔(色)?が)?\\s?(真っ青|まっさお|真っ白|まっしろ|土気色)に|${PERSON}[^。]{0,30}口から\\s?(泡|あわ)|口から\\s?(泡|あわ)\\s?(を)?\\s?(吹|ふ)(い|き|く)`,
      "(蜂|はち)に(刺|さ)され[^。]{0,24}(ぶつぶつ|発疹|じんましん|蕁麻疹)[^。]{0,16}(立って(い)?られ(な|ん|へん)|立てな|ふらふら|苦し|くるし|ぐったり|吐)|(蜂|はち)に(刺|さ)され[^。]{0,30}(立って(い)?られ(な|ん|へん)|立てな|意識が)",
      "(やけど|火傷|水ぶくれ|水膨れ)[^。]{0,20}((指|手|腕|足)(が|も))?\\s?(動かせ|うごかせ)(ない|ません|なく)|(全体|一面|広範囲|全身)(が|に)?\\s?(水ぶくれ|水膨れ|やけど|火傷)",
      "(電池|でんち|ボタン電池|磁石|じしゃく|洗剤|漂白剤|たばこ|タバコ|灯油|殺虫剤)(を)?[^。]{0,12}(飲み込ん|のみこん|飲みこん|誤飲し)(だ|で|じゃ)|頭\\s?(を)?\\s?(強く)?\\s?打(っ|ちつけ)(た|て)[^。]{0,16}(血|意識|返事|動かな|吐)|血\\s?(が)?\\s?(どばどば|ドバドバ|だらだら|ダラダラ|どくどく|ドクドク|ぼたぼた)",
      "(骨|ほね)が\\s?(皮膚|ひふ|肌|はだ)から\\s?(出|で|飛び出|とびだ)|(骨|ほね)が\\s?(飛び出|とびだ|突き出|見えて|みえて|見えま|見える)|(口|くち|口元|くちもと)(が)?\\s?(急に)?\\s?(ゆがん|歪ん|ゆがみ|歪み)[^。]{0,12}(言葉|ことば|ろれつ|話せ|しゃべれ|喋れ)|쓰러지셨|쓰러지셔",
      `(ぴくぴく|びくびく|けいれん|痙攣|倒れ|たおれ|ぐったり|返事|へんじ|反応|意識)[^。]{0,20}(目|め)の焦点が\\s?(合|あ)(って)?(い)?(ない|ません|わない)|(目|め)の焦点が\\s?(合|あ)(って)?(い)?(ない|ません|わない)[^。]{0,20}(ぴくぴく|びくびく|けいれん|痙攣|倒れ|たおれ|ぐったり|返事|へんじ|反応|意識)|(手足|体|からだ)(が)?\\s?(ぴくぴく|びくびく)[^。]{0,20}(白目|返事|へんじ|反応|意識|呼んでも|よんでも)|(汗(も|を)?\\s?(かかず|かいて(い)?ない|出て(い)?ない)|熱中症)[^。]{0,24}(ぼー|ぼんやり|返事|反応|意識|ふらふら)|(唇|くちびる|顔|まぶた)(が)?\\s?(腫れ|はれ)[^。]{0,16}(声が\\s?かすれ|息が|ぜーぜー|ひゅーひゅー|じんましん)|(${ELDER}|一人暮らし|ひとり暮らし|独居)[^。]{0,30}((\\d+|一|二|三|四|五|何|数)日|ふつか|みっか)(ほど|くらい|ぐらい|も|間)?[^。]{0,6}(姿|すがた)(が|を)?\\s?(見え|みえ|見かけ|見て)(ない|ません)`,
      "e n(ã|a)o (est(á|a) )?acorda(ndo)?(?! cedo)|tom(ó|o) (cloro|lej(í|i)a|veneno|detergente|insecticida)|beb(ió|io) (cloro|lej(í|i)a|veneno)|(est(á|a)|la encontr(é|e)|lo encontr(é|e)|encontramos a) (tirad[oa]|ca(í|i)d[oa]) en el (suelo|piso)|đập đầu|máu chảy (nhiều|không ngừng)|chảy nhiều máu|nuốt phải (pin|nam châm|thuốc tẩy|đồng xu)|may (makapal na )?(usok|apoy)( at (usok|apoy))? (sa|mula sa|galing sa) (kusina|bahay|kuwarto|kwarto|apartment|bintana)|makapal na usok|갑자기 ?말을 ?못|한쪽 ?(팔|다리|몸)(을|이)? ?못 ?움직|ada asap (tebal|hitam|banyak)|asap (tebal |hitam )?(keluar|mengepul) dari (rumah|dapur|kamar|jendela|apartemen|gedung)|अचानक[^।.]{0,20}(बोल्न ?सक्(नुहुन्न|दैन|नुहुँदैन)|हात ?चल्दैन)|(on the floor|fallen|fell)[^.]{0,30}(can'?t|cannot|unable to) (get up|move|stand)",
      "dor (forte |muito forte |intensa |horr(í|i)vel )?no peito|dolor (fuerte |intenso |muy fuerte )?(en el|de|del) pecho|sangre en la cabeza|(se )?cay(ó|o)[^.]{0,40}(no (se )?(mueve|responde|puede (moverse|mover|levantarse))|sangre)",
      // Thirteenth round (crisis training set 5): a burn with the skin coming off or gone white, lips
      // gone blue, a child fallen from a window who does not cry, gas from mixed cleaners, answers
      // slow to a call, a newborn gone limp, a pulse not felt, Korean breath and a blue face, and
      // Indonesian chest pain or speech gone.
      "(やけど|火傷)[^。]{0,20}(真っ白|まっしろ|皮が\\s?(めくれ|むけ)|水ぶくれ|ただれ)|(やけど|火傷|油|お湯|おゆ|熱湯|火|炎)[^。]{0,24}(皮|皮膚|ひふ)が\\s?(めくれ|むけ|ずるっと)(て|てい|ちゃ|た)|(息|いき|呼吸)[^。]{0,20}(唇|くちびる)(が)?\\s?(青|あお|真っ青|まっさお|紫|むらさき)|(唇|くちびる)(が)?\\s?(青|あお|真っ青|まっさお|紫|むらさき)[^。]{0,20}(息|いき|呼吸|ぐったり|意識|反応)",
      `(窓|まど|ベランダ|二階|2階|三階|3階|階段|屋根|遊具)から\\s?(落ち|おち|転落し)(ました|た|て)[。、,]?\\s?[^。]{0,12}(泣いて(い)?ない|泣かない|泣かん|動かない|うごかない|意識|返事|ぐったり)(?![^。]{0,12}(大丈夫|元気|平気|けろっと))|(洗剤|漂白剤|塩素|せんざい)(を)?\\s?(混ぜ|まぜ)[^。]{0,30}((咳き|せき)(込|こ)(んで|み)|苦しそう|くるしそう|息が\\s?(でき|苦しそう)|目(が|も)\\s?(開け|あけ)られ)|(呼びかけ|よびかけ|声かけ|話しかけ)(へ|に|にも)(の)?\\s?反応(が)?\\s?(鈍|にぶ|ない|なく|薄|おかし)|(${CHILD}|生まれた)[^。]{0,40}(体|からだ)(が)?\\s?(ぐにゃ|だらん|ふにゃ)|脈が\\s?(触れ|ふれ)(ない|ません|な)`,
      "숨을 ?(제대로 ?|잘 ?)?못 ?쉬|(얼굴|입술)이 ?파래|tiba-tiba[^.]{0,40}tidak bisa (bicara|bernapas|bangun|bergerak)|tidak bisa bernapas|(sakit|nyeri) dada (parah|hebat|sekali)",
      // Fourteenth round (red team 11 read): breathing with the shoulders or wheezing now, a hand
      // caught in a machine or a finger nearly off, someone who does not wake when shaken awake, the
      // cord showing after the waters broke, words gone all of a sudden or one arm hanging limp (also
      // in kana), low blood sugar and unable to swallow, and Spanish heavy bleeding.
      "(肩|かた)で\\s?(息|いき)を?\\s?(して|しとる|しよる)|(息|いき|呼吸)が?\\s?(ヒューヒュー|ひゅーひゅー|ぜーぜー|ゼーゼー|ぜいぜい|ゼイゼイ)\\s?(いって|して|鳴って|なって)\\s?(い)?(る|ま|て)",
      "(指|手|腕|足|ゆび)が\\s?(ちぎれ|千切れ|取れ)(そう|かけ|て(い)?(る|ま))|(機械|きかい|ローラー|プレス|ベルトコンベア|コンベア|トラック|ダンプ|トラクター|バス|車輪|しゃりん|タイヤ|車|くるま)に\\s?[^。]{0,8}(挟まれ|はさまれ|巻き込まれ|まきこまれ)(て|た|ま)",
      "(起こしても|おこしても|揺すっても|ゆすっても)\\s?[^。]{0,6}(起き|おき)(ない|ません|へん|ん(?!で))(?![^。]{0,3}(ので|から|くらい|ほど|こと|とき|時))",
      "(へその緒|へそのお|臍帯)[^。]{0,12}(見えて|みえて|出て(き|い|る)|でて(き|い|る))|破水[^。]{0,20}(見えて|みえて|止まら|とまら|血が)",
      "(急|きゅう)に\\s?(言葉|ことば)が\\s?(出|で)(なく|ない|ません|てこな)|(片方|かたほう)の\\s?(手|て|腕|うで|足|あし)が\\s?(ぶらん|だらん|動かな|うごかな|上がらな|あがらな)",
      // Sixteenth round (red team 13 read): speech gone strange all of a sudden (急にしゃべり方が変で),
      // one arm that will not rise (右手が上がらない) said beside it or beside a drooping face.
      "(急に|きゅうに|突然|とつぜん|いきなり)[^。]{0,8}(しゃべり方|喋り方|話し方|はなしかた|しゃべりかた)(が)?\\s?(へん|変|おかし)|(右|左|みぎ|ひだり)(の)?\\s?(手|て|腕|うで|足|あし)が\\s?(上がらな|あがらな|動かな|うごかな)[^。]{0,30}(顔|かお|口|くち)|(顔|かお|口|くち)[^。]{0,30}(右|左|みぎ|ひだり)(の)?\\s?(手|て|腕|うで)が\\s?(上がらな|あがらな|動かな|うごかな)",
      "(低血糖|ていけっとう)[^。]{0,40}(飲み込め|のみこめ|飲みこめ)(ない|ません|へん|ん)",
      "(estoy|est(á|a)) sangrando|sangrando mucho|rompi(ó|o) (la )?(fuente|bolsa)[^.]{0,30}(cord(ó|o)n|sangr)",
      // Then, for the development lines the refitted model no longer carried: a call unanswered in
      // kana (よんでも おきない), odd words when spoken to, the room spinning and unable to stand, a
      // scald in kana, a baby's head coming out, bleeding and not moving, a fire in dialect.
      "(よんでも|呼んでも|ゆすっても|揺すっても)\\s?[^。]{0,4}(おきない|おきません|起きない|起きません)",
      "(?<!認知症[^。]{0,30})(話しかけ|はなしかけ|呼びかけ|よびかけ)ても\\s?(変な|へんな|おかしな|わけのわからない)\\s?こと(を|しか|ばかり|ばっかり)?\\s?(言って|いって|言う|いう|言わ|いわ)",
      "(目の前|めのまえ|視界|天井|部屋)が\\s?(ぐるぐる|ぐるんぐるん)[^。]{0,12}(立て|たて|起き上がれ)(な|ません)",
      "(熱い|あつい|熱湯|ねっとう)\\s?(お湯|おゆ)?\\s?を\\s?(かぶ|浴び|あび)(って|り|った)",
      "(陣痛|じんつう|破水)[^。]{0,30}(頭|あたま)が\\s?(出て|で)(きそう|きた|きて)|(頭|あたま)が\\s?(出て|で)(きそう|きた)[^。]{0,20}(間に合わ|まにあわ)",
      "(血|ち)を\\s?(流して|ながして)[^。]{0,20}(動きません|動かない|うごかない|意識|返事)",
      "(燃え|もえ)(よる|とる|ちょる)(!|！|。|よ|ぞ|わ|$)",
      // Kinds the refitted model read otherwise: not breathing said with ません, tobacco or pills
      // eaten by a small child, smoke and fire seen, someone not moving in the bath.
      "呼吸(を|が)?\\s?して(い)?ません|(息|いき)を?\\s?して(い)?ません",
      "(タバコ|たばこ|煙草|電池|でんち|薬|くすり|洗剤)を\\s?(食べ|たべ)(て|ちゃ)(しまい|しまっ|た)",
      "(煙|けむり|火|炎)(と|や)\\s?(火|炎|煙|けむり)が\\s?(見え|出て|上が|あが)",
      "(ふろ|風呂)\\s?で\\s?(うごかない|動かない|沈んで|しずんで)",
      // Fifteenth round (red team 12 read): signs of a stroke (the mouth drooping on one side,
      // chopsticks dropped with odd words), a tearing pain come on suddenly, bleeding in late
      // pregnancy, a baby's chest sinking with each breath, a fall that left someone unable to
      // move; Portuguese, Indonesian and Nepali.
      "(口|くち)の\\s?(右|左|みぎ|ひだり)(側|がわ)?が\\s?(下がって|さがって|垂れて|たれて|ゆがんで|歪んで)(い)?(る|ます)|(箸|はし|ペン|コップ|茶碗|スプーン)が\\s?(持て|もて|握れ|にぎれ)なく\\s?な(って|った|りました)[^。]{0,20}(言葉|ことば|ろれつ|口|くち|顔|かお)",
      "(今|いま|急に|きゅうに|突然|とつぜん|さっきから)[^。]{0,12}(裂ける|さける|引き裂かれる|ひきさかれる|割れる|われる|えぐられる|ちぎれる)(みたい|よう)(に|な)[^。]{0,6}(痛|いた)",
      "(妊娠|にんしん|妊婦|(\\d+|[一二三四五六七八九十]+)\\s?週)[^]{0,40}(出血|血が\\s?(出|で))(して|してて|が止まら|が多|が\\s?(たくさん|いっぱい))",
      "(息|いき|呼吸)をする(たび|度)に[^。]{0,16}(へこ|凹|ぺこぺこ|ひくひく)",
      "(落ちて|おちて|転落して|滑落して|転げ落ちて|すべり落ちて|落っこちて)[^。]{0,6}(動けな|うごけな|動けませ|うごけませ|起き上がれな|おきあがれな)",
      "bateu (com )?a cabe(ç|c)a[^.]{0,60}(vomit|confus|desmai|sangr)|(banyak|keluar) darah|pendarahan|pingsan|tidak sadar|sesak napas|(sakit|nyeri) dada|छाती ?दुख|बोल्न ?सक(िरहेको|्दैन)",
      // Seventeenth round (red team 14 read): bleeding late in pregnancy said with も (出血もしています),
      // the belly hard as a board in pregnancy, the waters broken now (not after a birth told, nor
      // "when they break"), a small child with detergent or a battery in the mouth and foaming or
      // vomiting, and Nepali pregnancy pain and heavy bleeding.
      "(妊娠|にんしん|妊婦|臨月|りんげつ|(\\d+|[一二三四五六七八九十]+)\\s?週)[^]{0,40}(出血|血が\\s?(出|で))(も|が)\\s?(して|あり|あって|止まら|とまら)|(妊娠|にんしん|妊婦|臨月|りんげつ)[^]{0,40}血が\\s?(出て|でて)\\s?(い|る|ま|き)|(妊娠|にんしん|妊婦|臨月|りんげつ|(\\d+|[一二三四五六七八九十]+)\\s?週)[^]{0,40}(お腹|おなか|腹)が\\s?[^。]{0,8}(板|いた)(みたい|のよう)に\\s?(硬|かた)",
      "(?<!(前回|前|上の子|一人目|昔|以前)[^。]{0,12})破水(した|しました|しちゃ|して(しまい|しまっ|しもう|る|います|いる))(?!\\s?(ら|から|あと|後|時|とき|場合|こと))",
      "(洗剤|せんざい|漂白剤|電池|でんち|ボタン電池|磁石|たばこ|タバコ|灯油|殺虫剤|ジェルボール)[^。]{0,8}(を|の)?\\s?((口|くち)に\\s?(入れ|いれ)|かじ(っ|り)|なめ|舐め|くわえ)[^。]{0,16}(吐|泡|あわ|咳|せき|苦し|くるし|ぐったり)",
      "(除草剤|農薬|殺虫剤|漂白剤|洗剤|灯油|不凍液)を?\\s?[^。]{0,8}(飲ん|のん|飲み込ん|のみこん)(で|だ)[^。]{0,16}(吐い|はいて|ふらふら|ぐったり|意識|けいれん|痙攣|苦し|くるし|息が)",
      // Twentieth round (red team 17 read): a birth coming with heavy bleeding, also in spaced kana
      // (うまれそう。ちが たくさん); not a due date with a blood test.
      "(生まれ|うまれ|産まれ)(そう|ちゃう|そうです)[^]{0,30}(出血|血|ち\\s?が)\\s?[^。]{0,2}(たくさん|いっぱい|止まら|とまら|でて|出て)|(陣痛|じんつう|破水)[^。]{0,20}(もう|今にも|いまにも)\\s?(生まれ|うまれ|産まれ)(そう|ます|る)|(se )?trag(ó|o) (el |un |una )?(detergente|insecticida|queroseno)",
      "बगि?रहेको|बग्दै|धेरै ?रगत|गर्भवती[^।]{0,60}पेट ?(धेरै ?)?दुख",
      // Bleeding in pregnancy and the waters broken in foreign residents' languages.
      "(pregnant|gr(á|a)vida|embarazada|hamil|mang thai|có thai|có bầu|怀孕|怀着|임신|buntis|garbhawati)[^.]{0,40}(bleed|sangr|pendarahan|berdarah|chảy máu|ra máu|出血|流血|见红|피가|하혈|dinudugo|ragat)|(my|her) waters? (has |have )?(just )?(broke|broken)|(rompi(ó|o)|se (me )?rompi(ó|o)) (la )?(fuente|bolsa)|(a )?bolsa (estourou|rompeu)|ketuban(nya)? (sudah )?pecah|vỡ ối|破水了|羊水破了|양수가 ?터졌",
      // Nineteenth round (red team 16 read): one side weak with speech gone (右手と右足に力が入らない。
      // 言葉がうまく出ない), weakness come on suddenly, no longer answering when called (呼びかけに反応
      // しなくなりました).
      "(右|左|片)(手|腕|足|側|半身)[^。]{0,8}(力が\\s?(入らな|はいらな)|動かな|うごかな|しびれ)[^]{0,40}(言葉|ことば|ろれつ|呂律)(が)?\\s?[^。]{0,12}(出な|でな|出てこな|でてこな|回らな|まわらな)|(言葉|ことば|ろれつ|呂律)(が)?\\s?[^。]{0,12}(出な|でな|出てこな|でてこな|回らな|まわらな)[^]{0,40}(右|左|片)(手|腕|足|側|半身)[^。]{0,8}(力が\\s?(入らな|はいらな)|動かな|うごかな)",
      "(急に|突然|いきなり)[^。]{0,6}(右|左|片)(手|腕|足|側|半身)[^。]{0,8}(力が\\s?(入らな|はいらな)|動かな|うごかな)",
      "(?<!(スピーカー|アプリ|機械|端末|ロボット|システム|ai|スマホ|カーナビ)(が|は|も)\\s?)(呼びかけ|よびかけ|声かけ|こえかけ|問いかけ)(に|にも)\\s?(反応|応答|返事)(し|が|も)?\\s?(なくな|しなくな)",
      "(he|she|they|mom|mum|dad|mother|father|grandmother|grandfather|grandma|grandpa|husband|wife|son|daughter|baby|friend|neighbou?r|patient|client) (has |just )?(stopped responding|isn'?t responding|is not responding|won'?t respond)|(face|mouth) (is )?(drooping|droops|dropped) on one side|(can'?t|cannot) (lift|move) (his|her|my) (right|left) (arm|leg)|(叫|喊)(他|她)(都)?没(有)?反应了|(불러도|말을 ?걸어도) ?(대답이|반응이) ?없|(gọi|kêu) (mãi )?(không|chẳng) (trả lời|phản ứng)|(dipanggil|dipanggil-panggil) (tidak|nggak|gak) (menjawab|merespons|bangun)|(não|nao) responde mais|ya no responde",
      // Twenty-fifth round (red team 22 read): consciousness fading (意識が遠のいている), not as a
      // figure of speech; a body gone cold or someone called who only nods or moans (呼びかけても
      // うなずくだけ).
      "(意識|いしき)(が)?\\s?(遠の|とおの|薄れ|うすれ)(いて|き|く|いた|れて|れ)(?!\\s?(ほど|くらい|ぐらい|よう|そう))",
      // Twenty-seventh round (red team 24 read): a seizure that does not stop (発作を起こして、もう
      // 十分以上止まりません; not what to do when one does not stop), sweating or odd after insulin
      // (low blood sugar), a room full of smoke said in kana (へやの なかに けむりが いっぱい), and
      // Nepali collapsed and not breathing in the honorific.
      "(発作|ほっさ|けいれん|痙攣|ひきつけ)[^。]{0,20}(止ま|とま|おさま|治ま|収ま)(ら(ない|ず|なくて|へん|ん)|りません)(?!\\s?(とき|時|場合|こと|の(は|が)))",
      "(インスリン|インシュリン)[^。]{0,16}(打った|うった|打って|うって|注射した|注射して)\\s?(から|あと|後)[^。]{0,40}(汗|あせ|冷や汗|震え|ふるえ|意識|ぼんやり|ぼーっと|変な|へんな|おかし|話が通じ|反応)",
      "(部屋|へや|家|いえ|うち|室内|廊下|ろうか)(の)?\\s?(中|なか)?(に|が|は)\\s?(煙|けむり)(が)?\\s?(いっぱい|一杯|充満|じゅうまん)",
      "ढल्(नुभयो|यो|नुभएको|ेको)|सास ?फेर्(नुभएको|ेको) ?छैन",
      // Twenty-eighth round (red team 25 read): a child or anyone swept along by a river now, or
      // bobbing up and down in the water (川で小学生が流されています、浮いたり沈んだり).
      "(子ども|子供|こども|小学生|中学生|高校生|児童|生徒|男の子|女の子|息子|娘|人|父|母|祖父|祖母)(が)?\\s?[^。]{0,6}(流され|ながされ)て\\s?(い)?(ます|る|ん)|(浮いたり|ういたり)\\s?(沈んだり|しずんだり)",
      // Twenty-eighth round (blind-27 read): two of the signs of a stroke, in any order: the face
      // twisted or drooping, words that do not come out, an arm or a leg on one side that does not
      // rise (母の顔が急にゆがんで、言葉がうまく出ないようで、右手も上がらない).
      "(顔|かお|口|くち|口元|くちもと)(が|の)?\\s?(急に|きゅうに|突然)?\\s?(片方|半分|(右|左|みぎ|ひだり)\\s?(半分|はんぶん|側|がわ))?(が)?\\s?(ゆがん|歪ん|ゆがみ|歪み|下がっ|さがっ|下がり|さがり|垂れ|たれ)[^]{0,40}((言葉|ことば|ろれつ|呂律)(が)?\\s?[^。]{0,8}(出な|でな|出てこな|でてこな|回らな|まわらな)|(右|左|片|みぎ|ひだり)\\s?(手|腕|うで|足|あし)(が|も)?\\s?[^。]{0,6}(上がら(な|ん|へん)|あがら(な|ん|へん)|上がりませ|あがりませ|動かな|うごかな|力が\\s?(入らな|はいらな)))",
      "(言葉|ことば|ろれつ|呂律)(が)?\\s?[^。]{0,8}(出な|でな|出てこな|でてこな|回らな|まわらな)[^]{0,40}((顔|かお|口|くち|口元|くちもと)(が|の)?\\s?(急に|きゅうに|突然)?\\s?(片方|半分)?(が)?\\s?(ゆがん|歪ん|ゆがみ|歪み|下がっ|さがっ|垂れ|たれ)|(右|左|片|みぎ|ひだり)\\s?(手|腕|うで|足|あし)(が|も)?\\s?[^。]{0,6}(上がら(な|ん|へん)|あがら(な|ん|へん)|上がりませ|あがりませ|動かな|うごかな|力が\\s?(入らな|はいらな)))",
      "(右|左|片|みぎ|ひだり)\\s?(手|腕|うで|足|あし)(が|も)?\\s?[^。]{0,6}(上がら(な|ん|へん)|あがら(な|ん|へん)|上がりませ|あがりませ|動かな|うごかな|力が\\s?(入らな|はいらな))[^]{0,40}((顔|かお|口|くち|口元|くちもと)(が|の)?\\s?(急に|きゅうに|突然)?\\s?(片方|半分)?(が)?\\s?(ゆがん|歪ん|ゆがみ|歪み|下がっ|さがっ|垂れ|たれ)|(言葉|ことば|ろれつ|呂律)(が)?\\s?[^。]{0,8}(出な|でな|出てこな|でてこな|回らな|まわらな))",
      "(呼びかけ|よびかけ|呼んで|よんで|話しかけ|はなしかけ|声をかけ|こえをかけ)ても\\s?[^。]{0,6}(うなずく|うなずき|うめく|うめき|うなる|うなり|目を\\s?(開け|あけ)る)\\s?(だけ|ばかり)",
      // Thirty-sixth round (red team 33 read): someone buried alive now (作業員の人が生き埋めになってい
      // ます; not the news or a drill); a fall from the stairs or a roof in kana, or a neck bent the
      // wrong way (くびが へんな むきに); a child of an age named fallen into a waterway and swept away
      // (用水路に三歳くらいの子が落ちて流されています: medical, not abuse); a head struck and vomiting
      // in kana (あたまを うって はいて います).
      "(生き埋め|いきうめ)(に\\s?(なって|なりそう|なった|されて)|で)(?![^。]{0,10}(ニュース|事故の話|ない(ため|よう)|映画|ドラマ|訓練|くんれん))",
      "(かいだん|やね|はしご|きゃたつ|べらんだ)から\\s?(おち|ころげおち|てんらく)|(落ち|おち|転落|てんらく|倒れ|たおれ)[^。]{0,20}(首|くび)が\\s?(変|へん)な\\s?(向き|むき|方向|ほうこう|角度|かくど)",
      "(川|かわ|海|うみ|用水路|水路|池|いけ|沼|沢|プール)(に|へ)\\s?[^。]{0,12}(子|人|男性|女性)(が)?\\s?(落ち|おち|はまっ|転落)[^。]{0,6}(流され|ながされ|溺れ|おぼれ|沈|しず)",
      "(あたま|頭)を\\s?(強く|つよく)?\\s?(うっ|打っ|ぶつけ)て?\\s?[^。]{0,10}(吐いて|吐いた|吐き|はいて|はいた|はき(そう|だ)|戻して|もどして|もどした)",
      // Thirty-eighth round (red team 35 read): not moving in the bath said in kana (ママがおふろで
      // うごかなくて); a collapse and not waking in a child's kana (ママがたおれちゃったの、おきないの);
      // a fall from scaffolding or an upper floor and not moving (足場から落ちて、地面で動かなく); a
      // limb bent the wrong way with no moving or bleeding (足が変な方向に曲がって動けません); swept
      // away in a river now, in dialect (川で流されよる); a face in the bath water now (おかおがおゆに
      // はいってるの).
      "(風呂|ふろ|浴槽|湯船|浴室)(で|に|の中で|の中に)\\s?[^。、]{0,4}(うごかな|うごいてな|うごかん)",
      "(ママ|パパ|おかあさん|おとうさん|おばあちゃん|おじいちゃん|ばあば|じいじ|おにいちゃん|おねえちゃん)(が|は)\\s?(たおれ|倒れ)(ちゃった|ちゃって|て|た)(の|ん)?[、,]?\\s?(おきない|おきないの|うごかない|へんじしない|めをあけない)",
      "(足場|あしば|二階|にかい|2階|三階|3階|電柱|木の上|はしご|脚立)から\\s?(落ち|おち|転落)[^。]{0,24}(動かな|うごかな|動けな|うごけな|意識が|いしきが|返事|へんじ|反応が)",
      "(足|あし|脚|腕|うで|手首|指|ゆび)が\\s?(変な|へんな|ありえない|おかしな|逆の|ぎゃくの|あらぬ)\\s?(方向|ほうこう|向き|むき|方|ほう)に\\s?(曲が|まが)[^。]{0,20}(動け|うごけ|血|立て|たて)",
      `${PERSON}(が|は)?\\s?[^。]{0,10}(川|かわ|海|うみ|用水路|水路|沢|堰)[^。]{0,6}(流され|ながされ)(よる|とる|おる|ちょる|よった)`,
      "(顔|かお)が\\s?(お湯|おゆ|湯|水|みず)(の中|のなか)?に\\s?((入|はい|つか|浸か)って(い)?る|(入|はい|つか|浸か)っとる|(沈|しず)んで(い)?る)",
      // Thirty-ninth round (red team 36 read): a burn from clothes that caught fire, in a child's kana
      // (おばあちゃんのそでにひがついたの); bleeding after a birth with faintness (産後…出血で気が遠く
      // なって); a dog's bite and bleeding that goes on (いぬが こどもを かんで ちが とまらない).
      "(ふく|服|そで|袖|すそ|裾|かみ|髪)に\\s?[^。、]{0,10}(ひ|火)が\\s?(ついた|ついて|ついちゃ|うつった|移った)[^。]{0,30}(あつ|熱|いたい|痛|まっか|真っ赤|やけど|火傷|ないて|泣いて)",
      "(産後|さんご|出産後|しゅっさんご|お産の後)[^。]{0,24}(出血|しゅっけつ)[^。]{0,16}(気が\\s?(遠く|とおく)|意識|いしき|ふらふら|止まら|とまら)",
      "(犬|いぬ)\\s?(が|に)\\s?[^。]{0,16}(かみ(ました|ついた|つかれ)|かまれ|噛ま|咬ま|噛み(ました|つい)|咬み(ました|つい)|噛んで|かんで)[^]{0,30}(血|(?<![あ-ん])ち)\\s?が\\s?[^。]{0,8}(出て|でて|止まら|とまら|たくさん)",
      // Forty-first round (red team 38 read): a fire with someone inside, in Tohoku speech (牛舎が
      // 燃えでて、中さ爺っちゃがいる); a child sunk in a pool or the sea and not moving, in a child's
      // kana (プールでしずんじゃった…うごかない).
      "(燃え|もえ)(で|て)(て|で|る|い)[^。]{0,16}(中|なか)(に|さ)\\s?[^。]{0,10}(いる|おる|残って|のこって|取り残|とりのこ)",
      "(プール|ぷーる|うみ|海|かわ|川|おふろ|お風呂|ふろ|風呂)で\\s?(しずん|沈ん|おぼれ|溺れ)[^。]{0,30}(うごかない|動かない|うごかへん|いきしてない|息してない|おきない|起きない)",
    ],
  },
];

/** The lexicon as compiled: every pattern also matches speech recognition's spaced words. */
export const CRISIS_LEXICON: readonly CrisisRuleSource[] = LEXICON_SOURCES.map((rule) => ({
  ...rule,
  patterns: rule.patterns.map(allowAsrSpaces),
}));
