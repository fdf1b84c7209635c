import type { CrisisKind } from "./crisis-lexicon";

/**
 * Rule tables for triage (the crisis lexicon is in crisis-lexicon.ts). Each pattern is matched
 * against the folded-for-display text (NFKC, lower case); the matched words become the evidence.
 * Keep entries general (how people say things), never copies of test utterances.
 */

export type { CrisisKind } from "./crisis-lexicon";

/** Numbers to call per crisis kind (checked against public sources; see docs/engine.md). */
export const CRISIS_CONTACTS: Readonly<
  Record<CrisisKind, readonly { name: string; number: string }[]>
> = {
  suicide: [
    { name: "よりそいホットライン", number: "0120-279-338" },
    { name: "いのちの電話", number: "0120-783-556" },
    { name: "救急", number: "119" },
  ],
  abuse: [
    { name: "児童相談所虐待対応ダイヤル", number: "189" },
    { name: "警察", number: "110" },
  ],
  violence: [{ name: "警察", number: "110" }],
  medical: [{ name: "救急・火事", number: "119" }],
};

export const INJECTION_PATTERNS = [
  /(これまで|今まで|以前|前|上)の(指示|命令|ルール|設定).{0,6}(無視|忘れ)/u,
  /(指示|命令|ルール|制約|制限).{0,4}(無視|忘れ|解除)して/u,
  /システムプロンプト/u,
  /プロンプトを(表示|教え|出力)/u,
  /開発者モード/u,
  /脱獄/u,
  /あなたは(今から|これから).{0,20}(です|として|になって)/u,
  /になりきって/u,
  /ignore (all |any |the )?(previous|prior|above|earlier)/u,
  /system prompt/u,
  /jailbreak/u,
  /developer mode/u,
  /disregard (all|the|your)/u,
  /you are now/u,
  // Claimed roles and requests for other people's data or internal material.
  /^(システム|system|管理者|admin)\s*[:：]/u,
  /(管理者|開発者|運営者|システム担当)(です|だ|として)/u,
  /(他の|ほかの|さっきの|前の|別の).{0,10}(人|利用者|相談者|電話)の.{0,12}(名前|氏名|電話番号|住所|個人情報|番号)/u,
  /(内部|非公開|社外秘).{0,12}(出力|表示|教え|見せ)/u,
  /全文を?(出力|表示)/u,
  /プロンプト/u,
  /(回答|答え|返答|返事)の?(最後|最初|冒頭|末尾)に/u,
  /と(付け|つけ|書)(ること|なさい|ろ)/u,
  /(設定|指示|命令)(の内容)?を(教え|見せ|表示|出力)/u,
  /ルール(を|は)(無視|破)/u,
  /制限(なし|を外)/u,
] as const;

export const HUMAN_REQUEST_PATTERNS = [
  /(人|人間|職員|担当者?|係の人|窓口の人|オペレーター)(さん)?(と|に)(話|代わ|かわ|つな|繋)/u,
  /(人間|職員|担当の方|担当者|オペレーター)(を|に)(出|お願い|代わ|かわ)/u,
  /(誰か|だれか)(人|わかる人|分かる人)/u,
  /直接.{0,10}(話|聞|相談)/u,
  /(窓口|職員|担当)の(人|方)(に|と)(相談|話|聞)/u,
  /(担当|係|課)(の課|の方|の人|者)?(に|へ)(つない|繋い|回して|代わって|かわって)/u,
  /折り返し/u,
  /かけ直して/u,
  /(電話|連絡)(を)?(ください|くれ|ほしい|欲しい|してほしい|してもらえ|いただけ)/u,
  /(詳しい|わかる|分かる)(人|方)(に|と|を)/u,
  /ロボット(じゃ|では)(なく|ない)/u,
  /機械(じゃ|では)(なく|ない)/u,
  /aiじゃなく/u,
  /(real|human|live) (person|agent|operator)/u,
  /speak (to|with) (a |someone|staff)/u,
  /talk to (a |someone|staff|somebody)/u,
  /operator/u,
] as const;

export const COMPLAINT_PATTERNS = [
  /ふざけ(るな|んな)/u,
  /いい加減に/u,
  /責任者/u,
  /上司を/u,
  /苦情/u,
  /クレーム/u,
  /腹が立/u,
  /頭にき/u,
  /怒って/u,
  /ひどい対応/u,
  /対応が(悪|ひど|遅)/u,
  /たらい回し/u,
  /何(回|度)(も)?(電話|言って|かけ)/u,
  /訴え(る|ます)/u,
  /税金泥棒/u,
  /最悪/u,
  /馬鹿にし/u,
  /ばかにし/u,
  /なめて/u,
  /話にならない/u,
  /役に立たない/u,
  /使えない(ai|機械|システム)/u,
  /(やめて|止めて)しまえ/u,
  /待たせ(る|ん|すぎ)/u,
  /待たされ/u,
  /納得(でき|いか)ない/u,
  /同じこと(ばっかり|ばかり)/u,
  /勝手に決め/u,
  /何も考えて(い)?ない/u,
  /(そっち|そちら|役所|市役所|市)のミス/u,
  /(何とか|なんとか)(しろ|してよ|せえ)/u,
  /文句/u,
  /遅すぎ/u,
  /ひどい(話|対応|です|よ|な)/u,
  /不親切/u,
  /complain/u,
  /unacceptable/u,
  /ridiculous/u,
  /useless/u,
] as const;

/** The caller asks about their own case, which only staff with the records can answer. */
export const PERSONAL_STATUS_PATTERNS = [
  /(私|わたし|自分|うち|僕|俺|母|父|妻|夫|主人|家内|息子|娘|子ども|子供)の(カード|かーど|かど|申請|マイナンバーカード|まいなんばーかーど|分|手続き?).{0,15}(でき|届|状況|どうなって|どうなる|終わ|進|まだ|いつ)/u,
  /(調べて|確認して|照会して)(もらえ|いただけ|ください|ほしい|欲しい)/u,
  /(合って|あって|正しい)(ますか|いますか|るか|か)/u,
  /ちゃんと.{0,12}(てますか|ていますか|てるか|確認)/u,
  /もう.{0,8}(受け付け|受付|処理|手続き)(られて|されて|して)(い)?(ます|る)/u,
  /(申請|手続き?|更新|登録|届け?出)(を)?した(カード|もの|分|のに|けど|んですが|のですが|んだけど).{0,25}(まだ|届か|届き|来な|来ま|連絡|発送|反映|できて|でき(た|ま))/u,
  /(うち|私|わたし|自分|僕|俺)(のところ)?(に)?だけ.{0,20}(届|来)/u,
  /(もう|まだ)(発送|送付|郵送)(され|し)/u,
  /いつになったら/u,
  /(予約|手続き|登録|停止|再発行)を?(取って|とって|して|入れて)(もらえ|いただけ|ください|ほしい|欲しい)/u,
  /(my|our) (application|card).{0,30}(ready|status|arrived|yet)/u,
] as const;

/** Words that carry no question on their own (greetings, fillers, acknowledgements). */
export const FILLER_PATTERN =
  /もしもし|聞こえ(て)?ますか|聞こえる\?|ちょっと待って(ください|くださいね|ね)?|少々お待ちください|うーん|こんにちは|こんばんは|おはようございます|お世話になって(い)?ます|お世話になります|よろしくお願いします|よろしく|ありがとうございました|ありがとうございます|ありがとう|わかりました|分かりました|了解(しました|です)?|以上です|また(電話|かけ)します|失礼しました|すみません|すいません|失礼します|えーと|えっと|えー|あのー|あの|その|はい|ええ|うん|あー|んー|hello|hi|thanks|thank you/gu;

/**
 * Words that mark an utterance as being about the My Number card and its services (the topic of
 * this desk's FAQ). A department keyword containing one of them (マイナ保険証) is about the card
 * too and does not, by itself, send the call elsewhere. Cities can replace the list.
 */
export const DEFAULT_DESK_TOPIC_TERMS = [
  "マイナ",
  "個人番号",
  "カード",
  "電子証明書",
  "暗証番号",
  "暗唱番号",
  "交付通知書",
  "公金受取口座",
  "コンビニ",
  // Health-insurance questions at this desk are about the card used as one (マイナ保険証).
  "保険証",
  "資格確認書",
  "my number",
] as const;
