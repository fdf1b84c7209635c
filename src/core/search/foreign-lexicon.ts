import type { VariantTable } from "./variants";

// Foreign residents' words (en, pt, es, vi, ko, zh, tl, ne in Devanagari and romanized, id) for
// the FAQ's concepts: "|"-joined stems, longest first; a word that holds another concept's alias
// maps to itself (feel ⊃ fee). Stems are checked not to sit inside unrelated words.
const LISTS: Record<string, string> = {
  外国人:
    "foreign|exchange student|student|work visa|trainee|permanent resident|thực tập sinh|estrangeir|extranjer|brasileir|lipin|philippine|người nước ngoài|du học sinh|외국인|外籍|dayuhan|warga negara asing|orang asing|विदेशी|bideshi|videshi",
  在留期間:
    "period of stay|status of residence|residence status|immigration|visto|thị thực|tư cách lưu trú|thời hạn lưu trú|비자|체류|签证|在留期间|居留期限|在留资格|izin tinggal|masa tinggal|भिसा|bhisa",
  在留カード:
    "zairyu|resident card|cartão de residen|tarjeta de residen|thẻ cư trú|thẻ lưu trú|재류카드|재류 카드|체류카드|在留卡|居留卡|kartu izin tinggal|रेसिडेन्स कार्ड",
  帰国: "my country|home country|back to japan|meu país|voltar para|mi país|volver a mi|regresar a mi|về nước hẳn|về nước|귀국|uwi|pulang ke|kembali ke negara|देश फर्क|desh farki",
  // Leaving Japan for good (về nước hẳn, voltar de vez).
  国外転出:
    "for good|permanently|về hẳn|de vez|para siempre|영구 귀국|永久回国|回国定居|for good na|selamanya",
  海外: "foreign country|other country|outside japan|leave japan|leaving japan|exterior|el extranjero|ibang bansa|luar negeri|विदेश|bidesh",
  // Moving: out of the city, into it, house to house.
  転出: "move out|moving out|moved out|moving-out|move-out|moving away|move away|moved away|转出|전출|chuyển đi|pindah keluar",
  転入: "moved here|moved in|moving in|move-in|moving-in|转入|전입|pindah masuk",
  転居: "relocat|new address|change of address|mudei|me mud|mudar para|mudar de casa|mudanza|cambio de domicilio|nuevo domicilio|chuyển đến|đổi địa chỉ|搬到|lumipat|lipat|pindah|ठेगाना परिवर्तन|thegana",
  // Lost, stolen, broken.
  紛失: "missing|can't find|cannot find|misplace|extravi|perdeu|làm mất|bị mất|弄丢|不见了|找不到|nawala|naiwala|hilang|हराएको|हरायो|harayo|haraeko",
  盗難: "stole|robb|theft|pickpocket|roubad|roubar|robaron|robar|bị lấy cắp|mất cắp|훔쳐|被偷|偷走|ninakaw|dicuri|kecurian|pencurian|चोरी|chori",
  破損: "crack|broke|scratch|quebr|danificad|rachad|rompi|dañad|hỏng|bị gãy|bị nứt|파손|깨졌|깨진|坏|nasira|nabasag|rusak|retak|patah|बिग्रियो|bigriyo",
  // PIN: forgotten, locked, wrong, reset, changed.
  忘れた: "forget|remember|esquec|olvid|quên|잊|생각이 안|忘记|忘了|limutan|lupa|बिर्स|birse|birsi",
  ロック: "bloque|bị khoá|잠금|잠겨|锁|被锁|terkunci|diblokir|लक भयो",
  解除: "unlock|unblock|desbloque|remov|deregist|opt out|opt-out|mở khóa|mở khoá|hủy đăng|hủy bỏ|해제|취소|解锁|kansel|buka blokir|batal|रद्द",
  間違え:
    "incorre|mistake|errad|errei|errou|equivoc|nhập sai|틀렸|틀리|잘못|输错|错误|nagkamali|salah|गलत|galat",
  再設定: "redefin|restablec|đặt lại|재설정|重置|重新设置|atur ulang",
  変更: "alterar|alteraç|trocar|cambi|thay đổi|변경|바꾸|바꿀|바꿔|更改|改成|换成|palitan|baguhin|ganti|mengubah|ubah|परिवर्तन|badal",
  暗証番号: "mã số bí mật|kata sandi|पासवर्ड|पिन नम्बर",
  署名用:
    "signature|long password|assinatura|firma electrónica|firma digital|chữ ký|서명|签名|tanda tangan|हस्ताक्षर",
  // Expiry and renewal.
  有効期限:
    "expir|runs out|run out|venc|caduc|hiệu lực|thời hạn|만료|유효 기간|기한|过期|到期|kedaluwarsa|kadaluwarsa|kadaluarsa|masa berlaku|म्याद|myad",
  失効: "invalid|no longer valid|stop working|stopped working|not working|no longer work|não funciona|no funciona|không dùng được|사용할 수 없|不能用|hindi gumagana|tidak berlaku",
  更新: "renov|续签|续期|换新|làm mới|perpanjang|memperbarui|pembaruan|नवीकरण|nawikaran|nabikaran",
  延長: "exten|prolong|prorrog|연장|延长",
  再発行:
    "replac|reissu|duplicate|segunda via|reemiss|reemit|reposici|duplicad|cấp lại|재발행|补发|重新办|penggantian|ganti kartu|पुनः जारी|प्रतिलिपि",
  特急発行:
    "quickly|hurry|fast|urgen|urgênc|rápid|rapid|com pressa|prisa|khẩn cấp|빨리|긴급|급히|加急|尽快|赶快|着急|apurahan|segera|mendesak|cepat|छिटो|chhito|तुरुन्त",
  期間: "quanto tempo|cuánto tiempo|bao lâu|얼마나 걸|多长时间|多久|gaano katagal|berapa lama|कति समय|kati samaya",
  // Applying, and how: online, by mail, photos.
  申請: "applied|solicit|pedir o cart|tramitar|nộp đơn|xin cấp|xin thẻ|발급|mengajukan|pengajuan|permohonan|bikin kartu|membuat kartu|आवेदन|निवेदन|aawedan|awedan|nibedan",
  オンライン: "internet|trực tuyến|trên mạng|qua mạng|온라인|인터넷|网上|在线|线上|अनलाइन",
  郵送: "pelo correio|por correio|correo postal|gửi qua bưu điện|우편으로|우송|邮寄|寄送|lewat pos|melalui pos|via pos|हुलाक|hulak",
  郵便局: "post office|correios|oficina de correos|bưu điện|우체국|邮局|kantor pos",
  状況: "processed|processing|andamento|en trámite|estado de mi|xử lý|tình trạng|진행 상황|처리 상황|进度|proseso|proses|प्रगति|प्रक्रिया",
  顔写真:
    "foto|ảnh thẻ|chụp ảnh|tấm ảnh|bức ảnh|hình thẻ|chụp hình|사진|照片|相片|照相|litrato|larawan|फोटो|तस्बिर",
  証明写真機:
    "photo booth|photobooth|cabine de foto|cabina de foto|máy chụp ảnh|즉석 사진|自助照相|mesin foto|photo box",
  自撮り: "selfi|自拍|셀카|tự chụp",
  撮り直し: "retake|re-take|another photo",
  スカーフ:
    "hijab|headscarf|scarf|turban|véu|hiyab|khăn trùm|히잡|스카프|头巾|talukbong|jilbab|kerudung|हिजाब",
  // Collecting the card, by a proxy, people who cannot come.
  受け取り:
    "pick|receiv|retirar|receb|recoger|recib|đi nhận|lấy thẻ|받으러|찾으러|领卡|取卡|kunin|ambil|menerima|penerimaan|कार्ड लिन|card lina",
  交付通知書:
    "postcard|pickup notice|cartão postal|tarjeta postal|bưu thiếp|엽서|교부통지서|明信片|kartu pos|पोस्टकार्ड",
  通知カード:
    "notification card|cartão de notifica|tarjeta de notificaci|thẻ thông báo|통지카드|通知卡|kartu pemberitahuan|सूचना कार्ड",
  お知らせ:
    "notice|notification|aviso|avisa|thông báo|안내문|통지서|알림|通知书|abiso|pemberitahuan|सूचना|suchana",
  届かない:
    "n't receiv|not receiv|not arriv|n't arriv|never came|não cheg|não receb|no ha llegado|no llega|no recib|chưa nhận|chưa đến|chưa tới|안 왔|못 받|没收到|没有收到|还没到|hindi pa dumat|hindi dumat|hindi natanggap|hindi ko natanggap|belum sampai|belum datang|belum menerima|belum terima|आएको छैन|पाएको छैन|aayeko chaina|aaeko chaina",
  持ち物:
    "bring|document|what do i need|levar|llevar|qué necesito|que necesito|o que preciso|giấy tờ|cần mang|mang theo|서류|준비물|가져가|지참|带什么|需要带|需要什么|dalhin|dokumento|dokumen|persyaratan|bawa|कागजात|kagajat|के चाहिन्छ|लैजानु",
  本人確認書類:
    "photo id|valid id|identity|identida|identificaci|identitas|giấy tờ tùy thân|căn cước|신분증|신분 증명|身份|परिचयपत्र|परिचय पत्र|parichaya|parichay",
  パスポート: "passport|passaporte|pasaporte|hộ chiếu|여권|护照|paspor|राहदानी|पासपोर्ट|rahadani",
  運転免許証:
    "license|licence|carteira de motorista|licencia|carnet de conducir|bằng lái|운전면허|면허증|驾照|驾驶证|lisensya|लाइसेन्स",
  代理人:
    "behalf|instead of|family member|someone else|procuraç|no meu lugar|representante|en mi lugar|apoderad|thay cho|thay mặt|nhận hộ|lấy hộ|làm hộ|đi hộ|대신|代办|替我|sa ngalan|kinatawan|mewakili|perwakilan|wakil|atas nama|प्रतिनिधि|सट्टामा|pratinidhi|sattama",
  子ども:
    "daughter|newborn|infant|toddler|my son|filh|criança|bebê|bebé|hijo|hija|niño|niña|trẻ em|em bé|con trai|con gái|trẻ sơ sinh|자녀|아기|아들|딸아이|小孩|婴儿|儿子|女儿|anak|sanggol|bayi|balita|बच्चा|छोरा|छोरी|शिशु|bachha|baccha|chhora|chhori",
  外出困難:
    "bedridden|in the hospital|hospitaliz|nursing home|care home|wheelchair|housebound|can't go|cannot go|can't walk|internad|acamad|não posso ir|não pode ir|no puedo ir|no puede ir|en el hospital|nằm viện|không đi được|không thể đi|입원|거동|갈 수 없|住院|卧床|行动不便|去不了|不能去|nasa ospital|naka-ospital|hindi makapunta|rawat inap|dirawat|tidak bisa datang|अस्पताल भर्ना",
  // Where and when.
  予約: "appointment|reserv|agendar|agendamento|cita previa|una cita|pedir cita|đặt lịch|đặt hẹn|hẹn trước|예약|预约|janji temu",
  予約なし: "walk-in|without an appointment|without appointment|sin cita|sem agendamento",
  休日: "saturday|sunday|sábado|domingo|fim de semana|fin de semana|feriado|festivo|thứ bảy|chủ nhật|cuối tuần|ngày nghỉ|주말|토요일|일요일|공휴일|周末|星期六|星期天|星期日|假日|sabado|sabtu|hari minggu|akhir pekan|hari libur|शनिबार|आइतबार|shanibar|aaitabar",
  夜間: "evening|at night|after work|à noite|noite|por la noche|noche|buổi tối|ban đêm|저녁|야간|퇴근 후|晚上|下班后|sa gabi|malam|बेलुका|राति|beluka",
  受付時間:
    "hours|what time|clock|horári|horario|que horas|qué hora|a que hora|mấy giờ|giờ làm việc|giờ mở cửa|몇 시|운영 시간|영업시간|几点|营业时间|办公时间|anong oras|jam berapa|jam buka|jam kerja|jam operasional|कति बजे|kati baje",
  窓口: "office|municipal|prefeitura|ayuntamiento|tòa thị chính|văn phòng|quầy|시청|구청|창구|窗口|市政府|munisipyo|balai kota|kantor kota|loket|नगरपालिका|कार्यालय|nagarpalika",
  // Money.
  手数料:
    "price|pay|charge|custa|cuesta|pagar|precio|tarifa|cobra|tiền|phí|bao nhiêu|얼마예|얼마인|얼마에|钱|付费|要钱|magkano|bayad|presyo|biaya|bayar|harga|शुल्क|पैसा|कति पर्छ|shulka|paisa",
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
    "residence certificate|certificate of residence|residence record|juminhyo|jūminhyō|certificado de residencia|atestado de residência|comprovante de residência|giấy chứng nhận cư trú|phiếu cư trú|주민표|居民证明|surat keterangan domisili|domisili|बसोबास प्रमाणपत्र",
  コンビニ:
    "konbini|kombini|7-eleven|seven-eleven|lawson|familymart|family mart|ministop|convenienc|conveniênc|cửa hàng tiện lợi|편의점|세븐일레븐|便利店|便利商店|minimarket|कन्भिनी",
  電子証明書:
    "certificado digital|digital certificate|e-certificate|chứng thư|전자증명|电子证|sertifikat|प्रमाणपत्र",
  健康保険証:
    "insurance|seguro de|seguro médico|seguro saúde|plano de saúde|hoken|bảo hiểm|보험|保险|医保|asuransi|bpjs|बीमा|bima",
  医療機関:
    "doctor|medical|médic|bệnh viện|phòng khám|bác sĩ|병원|진료|医院|诊所|看医生|ospital|doktor|klinik|dokter|rumah sakit|अस्पताल|क्लिनिक|डाक्टर|aspatal",
  口座: "account|bank|conta bancária|cuenta bancaria|cuenta de banco|banco|tài khoản|ngân hàng|계좌|은행|银行|账户|bangko|rekening|बैंक|खाता",
  登録: "register|registr|cadastr|inscrib|등록|登记|注册|绑定|rehistro|daftar|दर्ता",
  スマートフォン:
    "phone|cellphone|mobile|celular|móvil|điện thoại|휴대폰|핸드폰|스마트폰|아이폰|手机|selpon|ponsel|handphone|मोबाइल|स्मार्टफोन",
  マイナポータル: "portal|login|log in|sign in|로그인|登录|đăng nhập|लगइन",
  マイナンバーカード:
    "kartu my number|kartu|cartão|tarjeta|카드|卡|कार्ड|माइ नम्बर कार्ड|माइनम्बर कार्ड",
  確認: "revisa|verific|consultar|kiểm tra|xác nhận|확인|确认|查询|查看|tingnan|periksa|mengecek|जाँच",
  義務: "obrigatóri|obligatori|bắt buộc|의무|必须|wajib|अनिवार्य",
  メリット: "advantage|vantag|ventaj|lợi ích|장점|혜택|好处|keuntungan|manfaat|फाइदा",
  QRコード: "qr code|código qr|mã qr|qr코드|二维码",
  ping: "",
  pina: "",
  feel: "",
  close: "",
  remembered: "",
};

export const FOREIGN_CONCEPTS: VariantTable = Object.fromEntries(
  Object.entries(LISTS).map(([canonical, list]) => [canonical, list ? list.split("|") : []]),
);
