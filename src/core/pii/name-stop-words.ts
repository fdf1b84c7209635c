/**
 * Ordinary words that take honorifics or cues like names (市民課さん, お客様, 皆様, 担当者, 宮司さん),
 * written for madoguchi; things a caller lost or left, said with です like a name (手袋です). A candidate equal to one of these, or ending in an organisation or
 * role suffix, is not a person's name.
 */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set(
  `皆 客 母 父 兄 姉 弟 妹 奥 嫁 婿 娘 息子 子 孫 爺 婆 祖父 祖母 叔父 叔母 伯父 伯母 主人 旦那 大家 隣 近所
  担当 職員 受付 窓口 相手 先方 本人 家族 皆様 神 仏 王 姫 親 親御 保護者 私 僕 俺 自分 彼 彼女 他 各位 方 人
  大工 看護 先生 運転 管理人 同僚 友達 友人 知人 上司 部下 彼氏 親戚 お隣 赤 坊 子供 子ども 患者 利用 依頼 相談
  市民 区民 住民 町民 村民 国民 県民 皆さま 皆さん 全員 各自 誰 何方 貴方 あなた 先輩 後輩 新人 常連 本部 本庁
  必須 不要 必要 記入 変更 確認 記載 任意 省略 不明 未定 自由 同じ 同一 欄 漢字 読み 正式 通称 旧姓 登録 申請 届出
  業者 医者 歯医者 配達 郵便 宅配 警察 消防 救急 役所 市役所 区役所 市民課 税務 年金 福祉 保健 介護 窓口様 御中
  一緒 中央 本町 大通 証明 証明用 署名用 手続 設定 本当 大丈夫 結構 以上 了解 無料 有料 土地 上手 下手 正直 大切
  大事 元気 平日 今日 明日 一人 二人 三人 本名 実名 名字 苗字 名前 氏名 宛名 名義 名義人 口座 同姓 同名 代理 本籍 住所 電話 番号
  長男 長女 次男 次女 三男 三女 夫 妻 嫁 婿 姪 甥 義母 義父 義兄 義姉 叔父 叔母 伯父 伯母 家内 父親 母親 祖父母 両親 夫婦
  市外 市内 県外 県内 都内 都外 府内 府外 道内 道外 区内 区外 町内 町外 村内 国内 国外 海外 地元 近く 遠方 実家 自宅
  職場 会社 学校 施設 病院 入院 留守 不在 休み 出張 単身 同居 別居 全角 半角 大文字 小文字
  小学生 中学生 高校生 大学生 学生 留学生 一生 半生 出生 平生 新生 衛生 後生 大学 中学 入学 健康
  理由 内容 方法 安心 希望 原則 後見 介助 本日 今朝 午前 午後 正月 大小 前後 左右 上下 内外 東西
  匿名 匿名希望 非公開 通訳 翻訳 至急 大至急 急用 緊急 南北 中間 中心 近辺 原本 正本 副本 年少 年中 年長 年配 学年 王道 洪水 金利 香典 修理代 特典 式典
  結婚 離婚 再婚 婚姻
  月曜 火曜 水曜 木曜 金曜 土曜 日曜 月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 週末 平日中 祝日 休日
  国保 国年 厚年 社保 健保
  宮司 禰宜 神主 巫女 住職 和尚 坊主 神父 駐在 棟梁 親方 女将 板前 番頭 若旦那
  携帯 運転免許 免許 免許証 外国人 外国籍 有効期限 期限 在留 旅券 手帳 通帳
  手袋 水筒 財布 帽子 眼鏡 鞄 上着 長靴 弁当 落とし物 忘れ物`.split(/\s+/),
);

/**
 * Suffixes of organisations and roles: 市民課さん, 区役所様, 運転手さん, 八百屋さん; a funeral
 * company acting for a family (…典礼, …葬祭); where someone lives or comes from (久留米在住).
 */
export const ORG_SUFFIX =
  /(課|係|部|局|室|所|署|店|屋|院|校|会|社|者|員|長|師|士|手|官|庁|館|園|苑|科|班|省|府|県|市|区|町|家|業|協|隊|組|団|商事|銀行|病院|協会|不動産|薬局|建設|運送|工業|産業|電気|設備|典礼|葬祭|斎場|在住|在勤|出身|センター|機構|法人|株式会社|事務所|一同|各位|方々|たち|達|ら|殿)$/u;

/**
 * Katakana words that take さん: ヘルパーさん, ケアマネさん; illnesses said after a kin word like a
 * name (子どもがインフルエンザで).
 */
export const KATAKANA_STOP_WORDS: ReadonlySet<string> = new Set(
  `ヘルパー ケアマネ ケアマネージャー オペレーター ドライバー スタッフ ママ パパ ワーカー ケースワーカー マネージャー
  サポーター ボランティア オーナー リーダー コーチ カウンセラー ホスト ゲスト ユーザー メンバー コンシェルジュ ガイド
  ナース ドクター センター サービス カスタマー クライアント パートナー トレーナー アドバイザー コーディネーター
  フルネーム カタカナ ローマジ アルファベット ニックネーム ペンネーム サイン ソフト アプリ カード マイナンバー
  ポータル スーパー コンビニ ストップ ワン サイト ネット オンライン ショップ ストア ポイント マイナ
  メモ ガス バス ゴミ ケア ミス ヨガ ネコ イヌ パン ペン ピン ベル ドア カギ ゴム ガム パス ピザ ナビ ガン ケガ
  ボケ ツボ シミ ハコ ヒモ カゴ ハンコ カメラ テレビ ラジオ スマホ タオル マスク トイレ ハガキ ポスト クスリ
  ミルク オムツ バイク ボタン タダ フル
  インフルエンザ インフル アレルギー アトピー コロナ ノロ ウイルス ワクチン マイコプラズマ`.split(
    /\s+/,
  ),
);

/** Hiragana words before さん/ちゃん that are family or general terms. */
export const HIRAGANA_STOP_WORDS: ReadonlySet<string> = new Set(
  `みな みんな おかあ おとう おにい おねえ おばあ おじい おく おこ あか だんな おじ おば ねえ にい ばあ じい おまわり
  おきゃく おとなり おいしゃ みなさま おじょう ぼっ かあ とう おっ ねぇ にぃ おね おに
  おかげ おつかれ ごくろう おたがい ごちそう おまちどお おまちどう ごしゅうしょう おせわ おきのどく おあいにく
  おそまつ おだいじ おじゃま ゆうちょ ちゃん おやじ おふくろ`.split(/\s+/),
);

/**
 * Roles before a Han name (本人西舘, 担当田中): never the start of a surname, unlike 母 or 兄. The
 * welfare visitors too (民生委員塙さん, 保健師森さん): a note glues their post to the surname.
 */
const ROLE_PREFIX_WORDS =
  "本人|担当|係長|課長|部長|主任|職員|弁護士|医師|同僚|友人|知人|隣人|申請者|代理人|世帯主|名義人|契約者|相談者|民生委員|児童委員|保健師|相談員|支援員|通報|通報者|調査員|通訳";
export const ROLE_PREFIX = new RegExp(`^(?:${ROLE_PREFIX_WORDS})$`, "u");
/**
 * Kin words before a Han name that start no surname either (長男景山, 娘福間): unlike 母 (母里), 妻
 * (妻木) or 孫 (a Chinese surname).
 */
export const KIN_PREFIX =
  /^(?:長男|長女|次男|次女|三男|三女|息子|娘|甥|姪|元夫|元妻|亡夫|亡妻|亡父|亡母)$/u;
/** Words before a Han name that are titles or relations, not part of the name (担当田中さん). */
export const NAME_PREFIXES = new RegExp(
  `^(${ROLE_PREFIX_WORDS}|元夫|元妻|夫|妻|長男|長女|次男|次女|三男|三女|父|母|兄|姉|弟|妹|祖父|祖母|叔父|叔母|伯父|伯母|甥|姪|息子|娘|孫|故|亡夫|亡妻|亡父|亡母|亡|旧姓)`,
  "u",
);

/** Last kanji of most surnames; common words ending in 口, 本, 上, 内, 辺, 所 are left out on purpose. */
export const SURNAME_FINAL =
  /[田川木村井藤原野島嶋沢澤崎﨑山谷橋森林池岡尾塚浦江宮城永水寺坂松杉浜瀬倉畑]$/u;
/** Places that end like surnames: not names after です. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  "福岡",
  "静岡",
  "岡山",
  "横浜",
  "川崎",
  "小倉",
  "八幡",
  "戸畑",
  "宮崎",
  "長崎",
  "高松",
  "松山",
  "富山",
  "和歌山",
  "香川",
  "石川",
  "神奈川",
  "埼玉",
  "秋田",
  "山形",
  "新潟",
  "群馬",
  "沖縄",
  "登山",
  // もしもし、スキー場のそばの雪原ですけど: landscapes shaped like surnames (a kanji and 原 or 山).
  "雪原",
  "雪山",
  "雪国",
  "草原",
  "湿原",
  "氷原",
  "火山",
  "沢山",
  "贅沢",
  "分野",
  "視野",
  "天井",
  "電池",
  "末尾",
  "日本",
  "世田",
  "東京",
  "大阪",
  "京都",
  "名古屋",
  "札幌",
  "盛岡",
  "那覇",
  "鹿児島",
  "仙台",
  "広島",
  "神戸",
  "九州",
  "北九州",
  "門司",
  "若松",
  "黒崎",
  "折尾",
  "博多",
  "天神",
  "関東",
  "関西",
  "四国",
  "海外",
  "中国",
  "韓国",
  "台湾",
]);
