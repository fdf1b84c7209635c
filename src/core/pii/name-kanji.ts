import { NAME_STOP_WORDS } from "./name-stop-words";
import { GIVEN_NAMES, SURNAMES } from "./surnames";

/**
 * Kanji that surnames outside the built-in list are usually written with (帆足, 鳥越, 鶴見,
 * 江頭), written for madoguchi from general knowledge of Japanese surnames. Together with the
 * kanji of the built-in surnames and given names they make a cheap test for an unknown
 * surname after a self-introduction (はい、帆足です), where a dictionary cannot be complete.
 */
const EXTRA_NAME_KANJI = `
帆足鳥越蒲鶴見柳頭我江永岩堤浦宇佐美喜多嶋畑梶芦泉渕淵門脇栗須賀瀬戸尻溝槙槇榊桐椎柏梅桃
楠樋鬼熊猪鹿鷹鷲亀鯉牧駒羽秋冬春夏雪霧朝旭曽曾沼湯浅深淡澄滝瀧波汐潮湊津渡舟船梁塚堀垣城館
宮寺稲穂麦粟米麻綿紫紅緑青白黒赤金銀鈴釜矢弓玉珠巻坂阪峰峯嶺岳丘谷沢澤淀湖沖浜磯岬碕埼洲砂
石磐土野原畠郷邑葉菅萩荻蓮蔵藤葛蛭蜂蟹鶯鴨鳩雁鶴鷺熊笠篠筒箕籠簗築竹笹杜森林椋栃樫檜桧楢楓
萬万千百十九八七六五四三二一壱弐仁吉福寿幸喜徳富豊栄繁盛勝武文正直真誠信義孝忠良和平安康
尾崎碓氷串柿栗梨杏桑柴薄菊蘭芳花桜櫻松杉檀柳荒新古今中上下前後左右東西南北内外奥端角境辺
邊邉渡部阿伊加小大太高長広廣宗宇久比知照陣牛占城庭香井手戸河川沢池関辻菱服部
庄﨑髙齋齊濱邊嶌舘桝檜柿葦蘆茅萱菖蒔蓑藪蔦薮麓嵐崇巌彌冨實眞廣德惠竜龍辰寅虎丑午巳酉
之々園薗苑柏樽堂宍戸岐阜隈陶窪貝鎌鍋鉢湧泊潟灘岸崎嵜埜畔浦汲叶
犬養狩鴨鴇蛇鰐猿鶉雉鳶雀燕鮫鮎鯨蛯蔦榎椚楡栂樺欅榛楢栃櫛杣椙錦纐纈勅能登
`;

/** Kanji of given names that are almost never part of a surname (悠人, 一緒 via 緒方 aside). */
// Round 6: kanji of listed names that are also in everyday words (時間, 目的, 実施, 当日, 都合); a
// listed name needs no shape test, and an unlisted one rarely uses them.
const NOT_SURNAME_KANJI = new Set([
  ..."人緒子郎",
  ..."院布具切迫施当数児時延目的積都開設集品科置老世家楽及干押才倍形壁空政治民己",
]);

/** Kanji that surnames are written with. */
export const NAME_KANJI: ReadonlySet<string> = new Set(
  [
    ...EXTRA_NAME_KANJI.replace(/\s/g, ""),
    ...[...SURNAMES.keys()].join(""),
    ...[...GIVEN_NAMES].join(""),
  ].filter((c) => /\p{Script=Han}/u.test(c) && !NOT_SURNAME_KANJI.has(c)),
);

/** Whether every kanji of a 2–3 kanji word is a name kanji (帆足 yes; 証明, 手続 no). */
export function isNameShaped(word: string): boolean {
  if (word.length < 2 || word.length > 3) return false;
  for (const c of word) if (!NAME_KANJI.has(c)) return false;
  return true;
}

/** Kanji of listed given names (芽生, 小春, 日葵) that everyday words are full of (出生, 小学, 日生). */
const NOT_GIVEN_KANJI = new Set([..."生日出小"]);

/**
 * Kanji that given names are written with: those of the built-in given names and a few more
 * frequent ones (written for madoguchi from general knowledge of Japanese given names).
 */
export const GIVEN_KANJI: ReadonlySet<string> = new Set(
  [
    ...[...GIVEN_NAMES].join(""),
    ..."一二三真秀雅英俊敏孝忠義信智知晃光昭明朗郎夫男雄子美恵江枝代香奈菜乃佳華花里理紀希未由友有優裕悠祐佑宏弘浩洋博寛輝彦治司史志士也哉人斗翔大太健賢謙康泰靖安保久寿順純潤淳和正昌将勝克功幸広千",
    ..."沙紗梨莉璃凛鈴鶴亜愛綾彩絢絵詩織紬澄清静雪蘭桜萌芽葵陽晴春夏秋冬朝夕虹海航颯蒼碧湊拓翼羽音琴響源栄蔵吉平助輔介弥勇武剛毅亮涼諒遼瑛瑞珠玲怜礼麗舞結唯衣依那央遥陸睦侑悟慎晋伸紳尚直貴隆崇剛哲徹達龍竜虎",
    ..."四五六七八九十百万重辰寅卯巳亀松竹梅菊藤富冨留登喜嘉",
    // Older given names (貞子, 民子) and those of Korean residents (英淑, 美姫), modern ones (叶翔, 凪).
    ..."貞淑姫珍玉福禄民叶凪椿",
    // Round 6: modern names (柚葉, 煌, 琥珀) and older ones (勘助, 朝徳, 甚平, 兵衛).
    ..."徳勘汰惟央旭暖碧翠柚柊煌琥珀椛奏乃澪雫渚燈灯晄昊紬結絆穂稔稀想心萌芽菫梢桂栞茜朱緋藍紫琉瑠璃玖珠瑞環玲瑛晶曜暁昂昴虹雅甚庄兵政兼頼繁穣譲巌鉄錦善秀駿敏慧延惇篤厚温彰顕照耀充満均",
    // Round 19: name kanji of women's and men's names the lists lacked (冴子, 汐里, 紘一, 稜太).
    ..."冴汐紘稜琳伶漣晏絃",
    // Round 25: 歩 (歩美, 歩夢).
    ..."歩",
  ].filter((c) => /\p{Script=Han}/u.test(c) && !NOT_GIVEN_KANJI.has(c)),
);

/** Endings that mark a given name (由美子, 俊介, 和彦, 晴人, 柚月); with given-name kanji only. */
const GIVEN_FINAL =
  /[子美恵代江枝郎夫雄男也哉介助輔樹彦沙紗奈菜香花華佳乃里理絵希紀実穂帆音羽衣依那鶴鈴平太斗翔真馬之典生輔弥蔵吉次朗志司史悟琴咲璃凛八衛人月汰]$/u;
/**
 * Words written with given-name kanji and ending like a given name (…人, …月) that are ordinary
 * words: people (大人, 知人, 夫人) and months (正月, 半月). Counts (二人, 三月) are left out by
 * their numeral.
 */
const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `大人 美人 知人 友人 達人 成人 詩人 夫人 善人 法人 義人 愛人 賢人 貴人 文人 武人 町人 有人 恩人 聖人 主人
  本人 個人 他人 住人 老人 故人 婦人 正月 半月 明月 満月 新月 睦月 卯月 文月 月月 光月 生月 来月 今月 先月 毎月`.split(
    /\s+/,
  ),
);
const NUMERAL_HEAD = /^[一二三四五六七八九十百千万]/u;

/** Unknown 2–3 kanji words written like a given name (妻の由美子も, 息子は晴人). */
export function looksLikeGivenName(flat: string): boolean {
  if (flat.length < 2 || flat.length > 3 || !GIVEN_FINAL.test(flat)) return false;
  if (NAME_STOP_WORDS.has(flat)) return false;
  // 代理人, 保証人, 十二月: three-kanji words ending in 人 or 月 are roles and dates.
  if (
    /[人月]$/u.test(flat) &&
    (flat.length > 2 || NOT_GIVEN_NAMES.has(flat) || NUMERAL_HEAD.test(flat))
  )
    return false;
  return [...flat].every((c) => GIVEN_KANJI.has(c));
}
