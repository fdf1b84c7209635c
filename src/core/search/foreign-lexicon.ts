import type { VariantTable } from "./variants";

// Foreign residents' words (en, pt, es, vi, ko, zh, tl, ne in Devanagari and romanized, id, th) for
// the FAQ's concepts: "|"-joined stems, longest first; a word that holds another concept's alias
// maps to itself (feel ⊃ fee). Stems are checked not to sit inside unrelated words.
const LISTS: Record<string, string> = {
  外国人:
    "foreign|exchange student|student|work visa|trainee|permanent resident|thực tập sinh kỹ năng|thực tập sinh|estrangeir|extranjer|brasileir|lipin|philippine|người nước ngoài|du học sinh|외국인|外籍|dayuhan|warga negara asing|orang asing|विदेशी|bideshi|videshi|ต่างชาติ|영주권|영주자|永住|residente permanente|thường trú|hindi ako hapon|hindi hapon|bukan orang jepang|não sou japon|no soy japon|不是日本人|일본 사람이 아니|không phải người nhật|peruan|bolivian|paraguai|paraguay|colombian|vietnamita|filipin|nepalí|nepalês|language school|japanese school|japanese-language school|escola de japonês|escola de língua|escuela de japonés|escuela de idiomas|trường tiếng nhật|trường nhật ngữ|语言学校|日语学校|어학원|어학교|sekolah bahasa|भाषा विद्यालय|भाषा स्कुल|实习生|워킹홀리데이",
  在留期間:
    "period of stay|status of residence|residence status|immigration|visto|renovar mi residencia|renovar la residencia|permiso de residencia|thị thực|tư cách lưu trú|thời hạn lưu trú|비자|체류|签证|在留期间|居留期限|在留资格|izin tinggal|masa tinggal|भिसा|bhisa|วีซ่า",
  在留カード:
    "zairyu|resident card|cartão de residen|tarjeta de residen|thẻ cư trú|thẻ lưu trú|재류카드|재류 카드|체류카드|在留卡|居留卡|kartu izin tinggal|रेसिडेन्स कार्ड",
  帰国: "my country|home country|back to japan|meu país|voltar para|mi país|volver a mi|regresar a mi|về nước hẳn|về nước|귀국|uwi|pulang ke|kembali ke negara|देश फर्क|desh farki|voltei para o japão|voltei ao japão|voltei pro japão|volté a japón|regresé a japón|voltei|voltamos|came back to japan|returned to japan|moved back to japan|trở lại nhật|quay lại nhật|回到日本|回日本|kababalik|로 돌아가",
  // Leaving Japan for good (về nước hẳn, voltar de vez).
  国外転出:
    "for good|permanently|về hẳn|de vez|para siempre|영구 귀국|永久回国|回国定居|for good na|selamanya|definitivamente",
  海外: "foreign country|other country|outside japan|leave japan|leaving japan|exterior|el extranjero|ibang bansa|luar negeri|विदेश|bidesh|al extranjero|en el extranjero|del extranjero|ao exterior|no exterior|nước ngoài|해외|me voy de japón|irme de japón|salir de japón|sair do japão",
  // Moving: out of the city, into it, house to house.
  転出: "move out|moving out|moved out|moving-out|move-out|moving away|move away|moved away|转出|전출|chuyển đi|pindah keluar|voy a vivir a|vamos a vivir a|irme a vivir|vou morar n|vou morar em|vamos morar n|vamos morar em|ir morar n|ir morar em",
  転入: "moved here|moved in|moving in|move-in|moving-in|转入|전입|pindah masuk|đã đăng ký cư trú|đăng ký cư trú|đăng ký tạm trú|đăng ký địa chỉ",
  転居: "registered my new address|registered my address|registered our new address|register my new address|register my address|registered my move|register my move|registered the move|register the move|relocat|new address|change of address|mudei|me mud|mudar para|mudar de casa|mudanza|cambio de domicilio|nuevo domicilio|chuyển đến|đổi địa chỉ|搬到|lumipat|lipat|pindah|ठेगाना परिवर्तन|thegana|सरेपछि|सरें|सरेको|सर्दा|बसाइँ सर|सारें|सारेँ|घर सार|सर्दै",
  // Lost, stolen, broken.
  // Forty-second round: thrown away already (threw away, lo tiré), as 捨ててしまった; may I throw
  // it away (throw away) stays 返納.
  紛失: "missing|can't find|cannot find|misplace|extravi|perdeu|làm mất|bị mất|弄丢|不见了|找不到|nawala|naiwala|hilang|हराएको|हरायो|harayo|haraeko|หาย|ทำหาย|threw away|threw out|thrown away|thrown out|threw it away|joguei fora|lo tiré|la tiré|lo boté|la boté|lỡ vứt|vứt mất|扔掉了|不小心扔了",
  盗難: "stole|robb|theft|pickpocket|roubad|roubar|robaron|robar|bị lấy cắp|mất cắp|훔쳐|被偷|偷走|ninakaw|dicuri|kecurian|pencurian|चोरी|chori",
  破損: "crack|broke|scratch|quebr|danificad|rachad|rompi|dañad|hỏng|bị gãy|bị nứt|파손|깨졌|깨진|坏|nasira|nabasag|rusak|retak|patah|बिग्रियो|bigriyo|เสียหาย|ชำรุด",
  // PIN: forgotten, locked, wrong, reset, changed.
  忘れた:
    "forget|remember|esquec|olvid|quên|잊|생각이 안|忘记|忘了|limutan|lupa|बिर्स|birse|birsi|ลืม",
  ロック: "bloque|bị khoá|잠금|잠겨|锁|被锁|terkunci|diblokir|लक भयो",
  解除: "unlock|unblock|desbloque|remov|deregist|opt out|opt-out|mở khóa|mở khoá|hủy đăng|hủy bỏ|해제|취소|解锁|kansel|buka blokir|batal|रद्द",
  間違え:
    "incorre|mistake|errad|errei|errou|equivoc|nhập sai|틀렸|틀리|잘못|输错|错误|nagkamali|salah|गलत|galat",
  暗証番号を教える:
    "tell my pin|tell the pin|tell someone my pin|tell him my pin|tell her my pin|tell them my pin|asked for my pin|asking for my pin|asks for my pin|share my pin|share the pin|give my pin|give out my pin|contar a senha|contar minha senha|decir mi contraseña|decirle mi contraseña|告诉别人密码|把密码告诉|비밀번호를 알려|cho người khác biết mã",
  個人番号通知書:
    "number notification letter|notification letter|letter that told me my number|letter with my number|giấy thông báo số|thư thông báo số|번호 안내문|번호 통지서|个人编号通知书|个人番号通知书|号码通知书|carta com o número|carta con el número",
  手続きなし:
    "without doing anything|without doing the procedure|without any procedure|without doing any|didn't do anything|did nothing|sem fazer nada|sin hacer nada|không làm thủ tục|mà không làm gì|什么手续都没办|没办手续|没有办手续|아무 절차 없이|아무것도 안 하고|walang ginawa|tanpa melakukan apa|tanpa mengurus",
  再設定: "redefin|restablec|đặt lại|재설정|다시 설정|초기화|重置|重新设置|重新设定|atur ulang",
  変更: "alterar|alteraç|trocar|cambi|thay đổi|변경|바꾸|바꿀|바꿔|更改|改成|换成|palitan|baguhin|ganti|mengubah|ubah|परिवर्तन|badal",
  暗証番号: "mã số bí mật|kata sandi|पासवर्ड|पिन नम्बर|รหัส",
  署名用:
    "signature|long password|long-password|assinatura|firma electrónica|firma digital|chữ ký|서명|签名|tanda tangan|हस्ताक्षर|tax return|file my taxes|e-filing|declaração de imposto|declaración de la renta|declaración de impuestos|quyết toán thuế|khai thuế|세금 신고|연말정산|报税|纳税申报|lapor pajak",
  // Expiry and renewal.
  有効期限:
    "expir|runs out|run out|venc|caduc|hiệu lực|thời hạn|만료|유효 기간|기한|过期|到期|kedaluwarsa|kadaluwarsa|kadaluarsa|masa berlaku|म्याद|myad|유효기간|có hạn|hạn đến|หมดอายุ|hạn của|hạn sử dụng|hết hạn|until when can i use|how long can i use|hanggang kailan magagamit|hanggang kailan ko magagamit|hanggang kailan puwede|até quando posso usar|hasta cuándo puedo usar|dùng được đến khi nào|sampai kapan bisa|कहिलेसम्म चल",
  // An expiry that has passed (see 期限切れ in everyday-lexicon.ts).
  期限切れ:
    "expired|vencid|venció|expirou|expirad|caducad|đã hết hạn|hết hạn rồi|หมดอายุแล้ว|已经过期|已过期|만료됐|만료되었|만료된|nag-expire|na-expire|sudah kedaluwarsa|sudah kadaluarsa|sudah kadaluwarsa|म्याद सकियो|म्याद सकिएको",
  失効: "invalid|no longer valid|stop working|stopped working|not working|no longer work|não funciona|no funciona|không dùng được|사용할 수 없|不能用|hindi gumagana|tidak berlaku|doesn't work|does not work|won't work|no longer works|work anymore|失效|mất hiệu lực|hết hiệu lực",
  更新: "renov|续签|续期|换新|làm mới|perpanjang|memperbarui|pembaruan|नवीकरण|nawikaran|nabikaran|ต่ออายุ",
  延長: "exten|prolong|prorrog|연장|延长|mudar a validade|alterar a validade|atualizar a validade|cambiar la validez|cambiar la vigencia|change the expiry|change the validity|update the expiry|有效期变更|变更有效期|更改有效期|有效期的变更|延长有效期|म्याद बढाउ|म्याद थप|बढाउन|badhaun",
  再発行:
    "replac|reissu|duplicate|segunda via|reemiss|reemit|reposici|duplicad|cấp lại|재발행|补发|重新办|penggantian|ganti kartu|पुनः जारी|प्रतिलिपि|kukuha ng bago|makakuha ng bago|bagong card|fazer de novo|fazer outro|hacer de nuevo|hacer otra|hacerla de nuevo|make a new one|make it again|make another|다시 만들|重新做|gawin ulit|gawa ulit|gumawa ulit|menerbitkan ulang|terbitkan ulang|diterbitkan ulang|buat ulang|buat baru|bikin baru|cetak ulang|makakuha ulit|kumuha ulit",
  特急発行:
    "quickly|hurry|fast|urgen|urgênc|rápid|rapid|com pressa|prisa|khẩn cấp|빨리|긴급|급히|加急|尽快|赶快|着急|apurahan|segera|mendesak|cepat|छिटो|chhito|तुरुन्त|快点|快一点|早点|尽早|快速|mapabilis|pabilisin|bilisan",
  用途: "what can i do with|what can i actually do with|what can i use|what can i actually use|what can it be used for|what is it used for|what is the card for|what's the card for|use it for|use the card for|para que serve|para qué sirve|para que sirve|para qué se usa|para que se usa|用来做什么|能做什么|可以做什么|能干什么|有什么用|dùng để làm gì|dùng làm gì|dùng vào việc gì|어디에 쓰|어디에 사용|무엇을 할 수|뭘 할 수|무엇에 쓰|para saan|untuk apa|के काम|actually good for|what is it good for|what's it good for|good for apart from|good for besides|good for other than",
  "1歳未満":
    "under one year|under 1 year|under a year|less than a year old|menos de 1 ano|menor de 1 año|dưới 1 tuổi|1세 미만|不满一岁|不满1岁|未满一岁|未满1岁|0岁",
  期間: "quanto tempo|cuánto tiempo|bao lâu|얼마나 걸|多长时间|多久|多少天|gaano katagal|berapa lama|कति समय|kati samaya|how many days|how long does it take|quantos dias|cuántos días|mấy ngày|bao nhiêu ngày|며칠|几天|ilang araw|berapa hari|कति दिन|นานเท่าไหร่|นานเท่าไร",
  // Applying, and how: online, by mail, photos.
  申請: "applied|solicit|pedir o cart|pedido|tramitar|nộp đơn|xin cấp|xin thẻ|발급|mengajukan|pengajuan|permohonan|bikin kartu|membuat kartu|आवेदन|निवेदन|aawedan|awedan|nibedan|application form|formulário|formulario|đơn đăng ký|申请表|신청서|formulir|ghi vào đơn|điền vào đơn|trên đơn|trong đơn|first time applying|lần đầu làm|처음 만들|처음 발급|pertama kali membuat",
  オンライン: "internet|trực tuyến|trên mạng|qua mạng|온라인|인터넷|网上|在线|线上|अनलाइन",
  郵送: "pelo correio|por correio|correo postal|gửi qua bưu điện|우편으로|우송|邮寄|寄送|lewat pos|melalui pos|via pos|हुलाक|hulak|ทางไปรษณีย์",
  郵便局: "post office|correios|oficina de correos|bưu điện|우체국|邮局|kantor pos",
  状況: "processed|processing|andamento|en trámite|estado de mi|xử lý|tình trạng|진행 상황|처리 상황|进度|proseso|proses|प्रगति|प्रक्रिया",
  顔写真:
    "foto|ảnh thẻ|chụp ảnh|tấm ảnh|bức ảnh|hình thẻ|chụp hình|사진|照片|相片|照相|litrato|larawan|फोटो|तस्बिर",
  証明写真機:
    "photo booth|photobooth|cabine de foto|cabina de foto|máy chụp ảnh|즉석 사진|自助照相|mesin foto|photo box|证件照相|自动照相|照相机|사진 부스|ตู้ถ่ายรูป|ตู้ถ่ายภาพ",
  背景: "background|fundo liso|fundo branco|fondo liso|fondo blanco|phông nền|nền trắng|배경|latar belakang",
  自撮り: "selfi|自拍|셀카|tự chụp",
  撮り直し: "retake|re-take|another photo",
  スカーフ:
    "hijab|headscarf|scarf|turban|véu|hiyab|khăn trùm|히잡|스카프|头巾|talukbong|jilbab|kerudung|हिजाब",
  // Collecting the card, by a proxy, people who cannot come.
  受け取り:
    "pick|receiv|retirar|receb|recoger|recib|đi nhận|lấy thẻ|받으러|찾으러|领卡|取卡|拿到|领到|kunin|ambil|menerima|penerimaan|कार्ड लिन|card lina|buscar o cart|buscar a tarjeta|buscar la tarjeta|받을 수|받을수|수령|领取|รับบัตร|kumuha|makuha",
  交付通知書:
    "postcard|pickup notice|cartão postal|tarjeta postal|bưu thiếp|엽서|교부통지서|明信片|kartu pos|पोस्टकार्ड|bưu thiếp thông báo|carta de notifica|carta de aviso",
  通知カード:
    "notification card|cartão de notifica|tarjeta de notificaci|thẻ thông báo|통지카드|通知卡|kartu pemberitahuan|सूचना कार्ड",
  お知らせ:
    "notice|notification|aviso|avisa|thông báo|안내문|통지서|알림|通知书|abiso|pemberitahuan|सूचना|suchana|blue envelope|envelope azul|sobre azul|asul na sobre|phong bì màu xanh|파란 봉투|蓝色信封|amplop biru|미리 알려|미리 연락|통보",
  届かない:
    "n't receiv|not receiv|not arriv|n't arriv|never came|não cheg|não receb|no ha llegado|no llega|no recib|chưa nhận|chưa đến|chưa tới|안 왔|못 받|没收到|没有收到|还没到|hindi pa dumat|hindi dumat|hindi natanggap|hindi ko natanggap|belum sampai|belum datang|belum menerima|belum terima|आएको छैन|पाएको छैन|aayeko chaina|aaeko chaina",
  持ち物:
    "bring|document|what do i need|levar|llevar|qué necesito|que necesito|o que preciso|giấy tờ|cần mang|mang theo|서류|준비물|가져가|지참|带什么|需要带|需要什么|dalhin|dokumento|dokumen|persyaratan|bawa|कागजात|kagajat|के चाहिन्छ|लैजानु|准备什么|要带什么|需要准备|要准备|뭐가 필요|무엇이 필요|cần những gì|cần gì|ano ang kailangan|apa yang perlu|필요한 게|필요한 것|필요한 거|ต้องใช้อะไร|ต้องเตรียมอะไร|ต้องเอาอะไรไป",
  本人確認書類:
    "photo id|valid id|identity|identida|identificaci|identitas|giấy tờ tùy thân|căn cước|신분증|신분 증명|身份|परिचयपत्र|परिचय पत्र|parichaya|parichay|documento de identidade|documento de identidad|证件|身份证明",
  パスポート: "passport|passaporte|pasaporte|hộ chiếu|여권|护照|paspor|राहदानी|पासपोर्ट|rahadani",
  運転免許証:
    "license|licence|carteira de motorista|licencia|carnet de conducir|bằng lái|운전면허|면허증|驾照|驾驶证|lisensya|लाइसेन्स",
  代理人:
    "behalf|instead of|family member|someone else|procuraç|no meu lugar|representante|en mi lugar|apoderad|thay cho|thay mặt|nhận hộ|lấy hộ|làm hộ|đi hộ|대신|代办|替我|sa ngalan|kinatawan|mewakili|perwakilan|wakil|atas nama|प्रतिनिधि|सट्टामा|pratinidhi|sattama|meu marido|minha esposa|my husband|my wife|mi esposo|mi esposa|chồng tôi|vợ tôi|남편|아내가|아내의|asawa ko|suami saya|istri saya|代领|代取|家属|pamilya",
  子ども:
    "daughter|toddler|my son|filh|criança|hijo|hija|niño|niña|trẻ em|con trai|con gái|자녀|아들|딸아이|小孩|儿子|女儿|anak|balita|बच्चा|छोरा|छोरी|bachha|baccha|chhora|chhori|con tôi|của con|grandchild|grandson|granddaughter|my child|child's|孙子|孙女|손자|손녀",
  // A baby (see 乳児 in variants.ts), also 子ども (BROADER_CONCEPTS).
  乳児: "newborn|infant|just born|bebê|bebé|recém-nascid|recién nacid|em bé|trẻ sơ sinh|mới sinh|아기|갓난|婴儿|宝宝|刚出生|sanggol|bayi|शिशु|जन्मियो|जन्मेको|जन्मिइ|जन्मिए",
  外出困難:
    "bedridden|in the hospital|hospitaliz|nursing home|care home|wheelchair|housebound|can't go|cannot go|can't walk|internad|acamad|não posso ir|não pode ir|no puedo ir|no puede ir|en el hospital|nằm viện|không đi được|không thể đi|입원|거동|갈 수 없|住院|卧床|行动不便|去不了|不能去|nasa ospital|naka-ospital|hindi makapunta|rawat inap|dirawat|tidak bisa datang|अस्पताल भर्ना|养老院|敬老院|来不了|过不来",
  // Where and when.
  予約: "appointment|reserv|agendar|agendamento|cita previa|una cita|pedir cita|đặt lịch|đặt hẹn|hẹn trước|예약|预约|janji temu",
  予約なし: "walk-in|without an appointment|without appointment|sin cita|sem agendamento",
  休日: "saturday|sunday|sábado|domingo|fim de semana|fin de semana|feriado|festivo|thứ bảy|chủ nhật|cuối tuần|ngày nghỉ|주말|토요일|일요일|공휴일|周末|星期六|星期天|星期日|假日|sabado|sabtu|hari minggu|akhir pekan|hari libur|शनिबार|आइतबार|shanibar|aaitabar|วันหยุด|เสาร์อาทิตย์",
  // A day of the week named (see 曜日 in everyday-lexicon.ts); "weekdays" as such is left out,
  // as 平日 is in Japanese.
  曜日: "monday|tuesday|wednesday|thursday|friday|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunes|martes|miércoles|jueves|viernes|월요일|화요일|수요일|목요일|금요일|星期一|星期二|星期三|星期四|星期五|周一|周二|周三|周四|周五|senin|selasa|kamis|jumat",
  夜間: "evening|at night|after work|à noite|noite|por la noche|noche|buổi tối|ban đêm|저녁|야간|퇴근 후|晚上|下班后|sa gabi|malam|बेलुका|राति|beluka",
  受付時間:
    "hours|what time|clock|horári|horario|que horas|qué hora|a que hora|mấy giờ|giờ làm việc|giờ mở cửa|몇 시|운영 시간|영업시간|几点|营业时间|办公时间|anong oras|jam berapa|jam buka|jam kerja|jam operasional|कति बजे|kati baje|in the morning|early morning",
  窓口: "office|municipal|prefeitura|ayuntamiento|tòa thị chính|văn phòng|quầy|시청|구청|창구|窗口|市政府|munisipyo|balai kota|kantor kota|kantor ward|kantor kecamatan|kuyakusho|shiyakusho|loket|नगरपालिका|कार्यालय|nagarpalika|ศาลาว่าการ",
  // Money.
  手数料:
    "price|pay|charge|custa|cuesta|pagar|precio|tarifa|cobra|tiền|phí|bao nhiêu|얼마예|얼마인|얼마에|钱|付费|要钱|magkano|bayad|presyo|biaya|bayar|harga|शुल्क|पैसा|कति पर्छ|shulka|paisa|手续费|费用|收费|rẻ hơn|cheaper|mais barato|más barato|더 싸|便宜|mas mura|lebih murah",
  無料: "free|gratuit|grátis|gratis|miễn phí|không mất tiền|không tốn tiền|무료|공짜|免费|不要钱|不收费|libre|tanpa biaya|cuma-cuma|निःशुल्क|निशुल्क|nishulka|sittai",
  外国語:
    "english|foreign language|language|interpret|intérprete|translat|tradu|inglês|inglés|idioma|tiếng|phiên dịch|thông dịch|영어|통역|번역|英语|中文|翻译|sa ingles|wikang|bahasa|penerjemah|भाषा|दोभाषे|dobhase|bhasa|bhasha",
  フリーダイヤル:
    "call center|phone line|phone number|telephone|toll|free dial|hotline|helpline|help line|telefon|teléfono|llamar|gọi điện|đường dây nóng|số điện thoại|전화|콜센터|电话|热线|客服|tawag|tumawag|telepon|menelepon|फोन गर",
  // Names and family events.
  氏名変更:
    "marri|surname|last name|family name|changed my name|change my name|casad|casei|casament|sobrenome|apellido|casé|matrimonio|cambio de nombre|kết hôn|đổi tên|결혼|성이 바뀌|이름 변경|개명|结婚|姓氏|kasal|apelyido|nikah|विवाह|बिहे|बिहा|bihe|bibaha|bivaha|थर परिवर्तन|maiden name|previous name|former name|birth name|nome de solteira|apellido de soltera|nombre de soltera|tên cũ|họ cũ|결혼 전 성|婚前姓|娘家姓|pagkadalaga|nama gadis",
  死亡: "passed away|deceased|died|death|faleceu|falecid|morreu|falleci|murió|qua đời|돌아가셨|사망|去世|过世|namatay|pumanaw|meninggal|wafat|मृत्यु|बित्नुभयो|mrityu",
  返納: "return my|return the|give back|hand back|surrender|devol|trả lại thẻ|hoàn trả|반납|归还|退还|交还|isauli|ibalik|kembalikan|फिर्ता|phirta",
  // Certificates, insurance, accounts, portal.
  住民票:
    "residence certificate|certificate of residence|residence record|juminhyo|jūminhyō|certificado de residencia|atestado de residência|comprovante de residência|giấy chứng nhận cư trú|phiếu cư trú|주민표|居民证明|surat keterangan domisili|domisili|surat keterangan tempat tinggal|keterangan tempat tinggal|बसोबास प्रमाणपत्र|जुमिनह्यो|जुमिन्ह्यो|ใบรับรองถิ่นที่อยู่|ทะเบียนบ้าน",
  コンビニ:
    "konbini|kombini|7-eleven|seven-eleven|lawson|familymart|family mart|ministop|convenienc|conveniênc|cửa hàng tiện lợi|편의점|세븐일레븐|便利店|便利商店|minimarket|कन्भिनी|कन्भिनियन्स|ร้านสะดวกซื้อ|เซเว่น",
  電子証明書:
    "certificado digital|digital certificate|e-certificate|chứng thư|전자증명|电子证|sertifikat|प्रमाणपत्र|certificado eletr|certificado electr|electronic certificate|chứng thư điện tử|ใบรับรองอิเล็กทรอนิกส์|ใบรับรอง",
  健康保険証:
    "insurance|seguro de|seguro médico|seguro saúde|plano de saúde|hoken|bảo hiểm|보험|保险|医保|asuransi|bpjs|बीमा|bima|làm thẻ bảo hiểm",
  医療機関:
    "doctor|medical|médic|bệnh viện|phòng khám|bác sĩ|병원|진료|医院|诊所|看医生|ospital|doktor|klinik|dokter|rumah sakit|अस्पताल|क्लिनिक|डाक्टर|aspatal|看病|就医|หาหมอ|โรงพยาบาล|คลินิก",
  口座: "account|bank|conta bancária|cuenta bancaria|cuenta de banco|banco|tài khoản|ngân hàng|계좌|은행|银行|账户|bangko|rekening|बैंक|खाता",
  登録: "register|registr|cadastr|inscrib|등록|登记|注册|绑定|rehistro|daftar|दर्ता|đã được đăng ký|đã đăng ký",
  仕事が忙しい:
    "busy with work|busy at work|busy working|sibuk kerja|sibuk bekerja|bận ca làm|bận làm việc|bận đi làm|bận công việc|일 때문에 바쁘|일이 바빠|일이 바쁘|工作忙|工作很忙|忙于工作|trabalha muito|trabajo mucho|ocupado con el trabajo|ocupada con el trabajo|abala sa trabaho",
  // Not registered (MN-143, MN-144), as the Japanese 未登録: said before the verb, so it wins there.
  未登録:
    "haven't registered|have not registered|not registered|not yet registered|didn't register|did not register|não registrei|não cadastrei|no he registrado|no registré|chưa đăng ký|등록하지 않|등록을 하지 않|등록 안 했|등록을 안 했|没有登记|没登记|还没登记|没有注册|belum mendaftar|belum terdaftar|belum didaftarkan",
  スマートフォン:
    "phone|cellphone|mobile|celular|móvil|điện thoại|휴대폰|핸드폰|스마트폰|아이폰|手机|selpon|ponsel|handphone|मोबाइल|स्मार्टफोन|โทรศัพท์|มือถือ|สมาร์ทโฟน",
  マイナポータル: "portal|login|log in|sign in|로그인|登录|đăng nhập|लगइन",
  マイナンバーカード:
    "kartu my number|kartu|cartão|tarjeta|카드|卡|कार्ड|माइ नम्बर कार्ड|माइनम्बर कार्ड|บัตรมายนัมเบอร์|个人番号卡|บัตร",
  確認: "revisa|verific|consultar|kiểm tra|xác nhận|확인|确认|查询|查看|tingnan|periksa|mengecek|जाँच",
  義務: "obrigatóri|obligatori|bắt buộc|의무|必须|wajib|अनिवार्य|optional|have to get|have to have one|have to make one|need to get one",
  メリット:
    "advantage|vantag|ventaj|lợi ích|장점|혜택|好处|keuntungan|manfaat|फाइदा|what do i gain|what would i gain|what will i gain|gain by|gain from",
  // An e-mail address (online applications ask for one, MN-013).
  メールアドレス: "email|e-mail|电子邮箱|邮箱|이메일|correo electrónico|alamat email",
  QRコード: "qr code|código qr|mã qr|qr코드|二维码",
  // Concepts of the Japanese tables that had no foreign words.
  印鑑登録証明書:
    "seal certificate|seal registration certificate|印章登记证明|印鉴登记证明|印鉴证明|印章证明|인감증명|인감 증명|certificado de registro de sello|giấy chứng nhận con dấu",
  印鑑: "personal seal|name seal|hanko|inkan|carimbo|sello personal|con dấu|인감|도장|印章|印鉴|stempel",
  国民健康保険:
    "national health insurance|seguro nacional de saúde|seguro nacional de salud|seguro de salud nacional|bảo hiểm y tế quốc dân|bảo hiểm quốc dân|국민건강보험|국민 건강 보험|国民健康保险|asuransi kesehatan nasional|kokuho|kokumin kenko|ประกันสุขภาพแห่งชาติ",
  資格確認書:
    "资格确认书|资格确认证|certificate of eligibility|eligibility certificate|giấy xác nhận tư cách|자격확인서|자격 확인서",
  公金受取口座:
    "public benefit account|benefit account|government payment|government benefit|conta para benefícios|cuenta para beneficios|tài khoản nhận tiền công|공금 수령|공금수령|公金账户|公金收款|rekening penerimaan dana|dana publik|dana pemerintah|uketori kouza|uketori koza|koukin uketori|kokin uketori",
  児童手当:
    "child allowance|child benefit|abono familiar|trợ cấp nuôi con|아동수당|아동 수당|儿童补贴|儿童津贴|tunjangan anak",
  統合: "bank merged|banks merged|merged with another bank|bank merger|branch merged|bergabung|sáp nhập|합병|合并|fusión|fusão|fusionó",
  複数: "two accounts|two bank|more than one|multiple|mais de uma|más de una|nhiều tài khoản|hai tài khoản|두 개|两个|多个|dua rekening",
  課税証明書:
    "tax certificate|taxation certificate|课税证明|纳税证明|과세증명|certificado de impuestos|giấy chứng nhận thuế",
  所得証明書:
    "income certificate|proof of income|收入证明|所得证明|소득증명|comprovante de renda|constancia de ingresos|giấy chứng nhận thu nhập|surat keterangan penghasilan",
  戸籍: "family register|koseki|registro familiar|hộ tịch|가족관계|호적|户籍|户口本",
  他の市:
    "another city|other city|different city|outra cidade|otra ciudad|thành phố khác|다른 시|다른 도시|别的城市|其他城市|另一个城市|ibang lungsod|kota lain|अर्को सहर|नयाँ सहर",
  // Forty-second round: the same town too (cùng thị trấn, parehong bayan), as 同じ町.
  市内: "same ward|within the ward|cùng một quận|cùng quận|trong quận|같은 구|同一个区|same city|within the city|mesma cidade|misma ciudad|cùng thành phố|trong thành phố|같은 시|같은 도시|同一个市|parehong lungsod|kota yang sama|dalam kota|भित्रै|same town|within the town|cùng thị trấn|trong thị trấn|parehong bayan|同一个镇",
  記載: "printed|impreso|impresso|in lên|ghi trên|적혀|기재|写在|印在|nakasulat|dicetak|tercantum",
  ふりがな: "furigana|读音|reading of my name|name reading|cách đọc|읽는 법|cara baca",
  不要: "don't want|do not want|no quiero|não quero|không muốn|원하지 않|不想要|不需要|tidak mau|ayoko",
  旧住所:
    "old address|previous address|endereço antigo|dirección anterior|dirección antigua|địa chỉ cũ|이전 주소|예전 주소|旧地址|原来的地址|alamat lama",
  カードリーダー:
    "card reader|leitor de cart|lector de tarjeta|máy đọc thẻ|카드 리더|카드리더|读卡器|刷卡|pembaca kartu",
  停止: "suspension|suspendo|suspender|suspensión|suspens|khóa thẻ|khoá thẻ|정지|停用|暂停|冻结|ระงับ|อายัด|หยุดใช้|หยุด",
  // A first card (MN-009 is free), as against one made again; the making itself is 申請.
  初回: "first time|first card|my first|primeira vez|primera vez|lần đầu|처음으로|第一次|unang beses|pertama kali|पहिलो पटक|unang paggawa|unang gawa",
  法定代理人:
    "legal guardian|guardian|tutor legal|curador|người giám hộ|giám hộ|후견인|법정대리인|监护人|法定代理人|tagapag-alaga|wali",
  // Two cards made into one (see 一体化 in everyday-lexicon.ts).
  一体化:
    "into one|a single card|one single card|virar um só|virar um cartão só|juntar os dois|unificar|unificad|en una sola|gộp lại|gộp thành|hợp nhất|하나로|합쳐|合二为一|合成一张|变成一张|pinagsama|isang card na lang|digabung|disatukan|menjadi satu|एउटै कार्ड",
  // A lock that has happened (see ロック中 in everyday-lexicon.ts).
  ロック中:
    "is locked|got locked|was locked|been locked|now locked|card locked|pin locked|está bloquead|foi bloquead|ficou bloquead|quedó bloquead|se bloqueó|đã bị khóa|đã bị khoá|bị khóa rồi|bị khoá rồi|잠겨 버|잠겨버|잠겼어|被锁了|锁住了|na-lock",
  // A visitor's short stay (MN-117), before "travel" below: a tourist is not a trip abroad.
  短期滞在:
    "tourist|turista|turismo|visto de turista|visa de turista|khách du lịch|visa du lịch|관광객|관광 비자|관광비자|游客|旅游签证|观光签证|wisatawan|turis|पर्यटक",
  旅行: "travel|a trip|my trip|the trip|viaje|viagem|du lịch|여행|旅游|biyahe|liburan",
  聴覚障害:
    "hearing impair|hard of hearing|surdo|sordo|khiếm thính|청각장애|청각 장애|听力障碍|bingi|tunarungu|बहिरा",
  災害: "nasunog|sunog|house fire|burned down|burnt|incêndio|incendio|hỏa hoạn|bị cháy|화재|불이 나|火灾|烧毁|kebakaran|terbakar|banjir|flood|inundação|inundación|lũ lụt|홍수|洪水|earthquake|terremoto|động đất|지진|gempa",
  古い写真:
    "old photo|older photo|taken a year ago|taken last year|taken years ago|tirada há|tomada hace|chụp cách đây|一年前拍|去年拍的|diambil tahun lalu|foto antiga|foto vieja|foto antigua|ảnh cũ|옛날 사진|예전 사진|旧照片|以前的照片|lumang litrato|kinuha noong isang taon|foto lama",
  条件: "rules|requirements|reglas|regras|requisitos|yêu cầu|quy định|규격|조건|要求|规定|kondisyon|syarat",
  必要か:
    "perlu|precisa de|preciso|necesita|có cần|필요한가|필요해요|필요합니까|需要吗|kailangan ba",
  受け取った日:
    "day i received|date i received|day i got the card|dia em que recebi|día en que recibí|día que recibí|ngày nhận thẻ|받은 날|领卡那天|领取那天|tanggal menerima",
  起算日:
    "count from|counted from|calculated from|start counting|contar a partir|contado desde|cuenta desde|tính từ|부터 계산|从哪天开始算|开始算|dihitung dari|dihitung sejak",
  // A child below an age line, 15 or 18 (see 年少 in everyday-lexicon.ts).
  "15歳未満":
    "under 15|under fifteen|under the age of 15|未满15岁|15岁以下|15세 미만|dưới 15 tuổi|menos de 15",
  年少: "elementary school|primary school|tiểu học|초등학생|junior high|middle school|10 years old|11 years old|12 years old|13 years old|14 years old|10 tuổi|11 tuổi|12 tuổi|13 tuổi|14 tuổi|học sinh cấp 2|10岁|11岁|12岁|13岁|14岁|初中|중학생|10살|11살|12살|13살|14살|ensino fundamental|escola primária|primaria|secundaria",
  // A review still pending at immigration (see 審査中 in everyday-lexicon.ts).
  審査中:
    "under review|being reviewed|being processed|still processing|still in process|still pending|is pending|waiting for the result|waiting for the decision|aguardando o resultado|esperando o resultado|esperando el resultado|esperando la respuesta|đang chờ kết quả|chờ kết quả|đang xét duyệt|심사 중|심사중|결과를 기다|审查中|审核中|审批中|还在审|等待结果|等结果|menunggu hasil|sedang diproses|नतिजा आएको छैन|नतिजा आउन बाँकी|नतिजा पर्खि|还没批|没批下来|还没有批|尚未批准|not yet approved|not been approved|hasn't been approved|still not approved|स्वीकृत भएको छैन|स्वीकृत भइसकेको छैन|chưa được duyệt|belum disetujui|hindi pa naaaprubahan",
  // Forty-second round: a change of job (MN-147), as 会社が変わった.
  転職: "changed jobs|changed my job|change jobs|switched jobs|mudei de emprego|troquei de emprego|cambié de trabajo|đổi công ty|đổi việc|chuyển việc|换了工作|跳槽|换公司|nagpalit ng trabaho|lumipat ng trabaho|pindah kerja|ganti kerja|이직",
  入手: "pedir um novo|pedir outro|pedir otro|get another form|get a new form|xin đơn mới|xin lại đơn|lấy đơn",
  ping: "",
  pina: "",
  feel: "",
  close: "",
  remembered: "",
};

export const FOREIGN_CONCEPTS: VariantTable = Object.fromEntries(
  Object.entries(LISTS).map(([canonical, list]) => [canonical, list ? list.split("|") : []]),
);
