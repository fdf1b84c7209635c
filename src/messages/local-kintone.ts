import type { MessageEntry } from "./format";

/**
 * Messages of the local kintone server. Error texts follow what kintone itself answers
 * (Japanese by default, English when the request prefers it) so that tools behave the same.
 */
export const LOCAL_KINTONE_MESSAGES = {
  E_LK_CB_AU01: { ja: "ログインしてください。", en: "Please login." },
  E_LK_CB_WA01: {
    ja: "パスワード認証に失敗しました。ログイン名とパスワードを確認してください。",
    en: "Password authentication failed. Please check your login name and password.",
  },
  E_LK_GAIA_IA02: {
    ja: "指定されたAPIトークンは、アプリで生成されたAPIトークンと一致しません。",
    en: "The specified API token does not match the API token generated via an app.",
  },
  E_LK_GAIA_NO01: {
    ja: "このAPIトークンでは、指定したAPIを実行できません。",
    en: "Using this API token, you cannot run the specified API.",
  },
  E_LK_CB_NO02: { ja: "権限がありません。", en: "No privilege to proceed." },
  E_LK_CB_IL02: {
    ja: "不正なリクエストです。リクエストトークンを確認してください。",
    en: "Illegal request. Check the request token.",
  },
  E_LK_CB_VA01: { ja: "入力内容が正しくありません。", en: "Missing or invalid input." },
  E_LK_CB_IJ01: { ja: "不正なJSON文字列です。", en: "Invalid JSON string." },
  E_LK_CB_NF01: {
    ja: "指定したAPI（{path}）は見つかりません。",
    en: "The specified API ({path}) is not found.",
  },
  E_LK_GAIA_RE01: {
    ja: "指定したレコード（id: {id}）が見つかりません。",
    en: "The specified record (ID: {id}) is not found.",
  },
  E_LK_GAIA_RE02: {
    ja: "指定したコメントが存在しません。削除された可能性があります。",
    en: "The specified comment does not exist. The comment may have been deleted.",
  },
  E_LK_GAIA_AP01: {
    ja: "指定したアプリ（id: {id}）が見つかりません。削除されている可能性があります。",
    en: "The app (ID: {id}) not found. The app may have been deleted.",
  },
  E_LK_GAIA_BL01: {
    ja: "指定したファイル（id: {id}）が見つかりません。",
    en: "The specified file (id: {id}) not found.",
  },
  E_LK_GAIA_CO02: {
    ja: "指定したrevisionは最新ではありません。ほかのユーザーがレコードを更新した可能性があります。",
    en: "The revision is not the latest. Someone may update a record.",
  },
  E_LK_GAIA_IQ03: {
    ja: "{field}フィールドのフィールドタイプには演算子{operator}を使用できません。",
    en: "The operator {operator} cannot be used for the field type of {field}.",
  },
  E_LK_GAIA_IQ07: {
    ja: "テーブル内のフィールド（{field}）には演算子{operator}を使用できません。「in」または「not in」を使用してください。",
    en: "The operator {operator} cannot be used for a field in a table ({field}). Use in or not in.",
  },
  E_LK_GAIA_IQ11: {
    ja: "指定されたフィールド（{field}）が見つかりません。",
    en: "The specified field ({field}) not found.",
  },
  E_LK_GAIA_IQ23: {
    ja: "指定した日にち（{value}）は無効です。1から31までの整数で指定します。",
    en: "The specified day ({value}) is invalid. Specify an integer from 1 to 31.",
  },
  E_LK_GAIA_IQ25: {
    ja: "FROM_TODAY()の第2引数には、「DAYS」「WEEKS」「MONTHS」「YEARS」のいずれかを指定します。",
    en: "The second argument of FROM_TODAY() must be DAYS, WEEKS, MONTHS or YEARS.",
  },
  E_LK_GAIA_IL08: { ja: "クエリの指定が不正です。", en: "The query is invalid." },
  E_LK_GAIA_QU01: {
    ja: "limit には 500 以下の値を指定してください。",
    en: "The limit must be 500 or less.",
  },
  E_LK_GAIA_QU02: {
    ja: "offset には 10,000 以下の値を指定してください。",
    en: "The offset must be 10,000 or less.",
  },
  E_LK_GAIA_TM12: {
    ja: "作成できるカーソルの上限に達しています。不要なカーソルを削除してください。",
    en: "The maximum number of cursors has been reached. Delete cursors you no longer need.",
  },
  E_LK_GAIA_CU01: {
    ja: "指定したカーソル（id: {id}）が見つかりません。期限が切れた可能性があります。",
    en: "The specified cursor (ID: {id}) is not found. It may have expired.",
  },
  E_LK_GAIA_PL01: {
    ja: "指定したプラグイン（id: {id}）が見つかりません。",
    en: "The specified plug-in (ID: {id}) is not found.",
  },
  E_LK_GAIA_PL02: {
    ja: "プラグインファイルが正しくありません: {detail}",
    en: "The plug-in file is invalid: {detail}",
  },
  E_LK_GAIA_PL03: {
    ja: "プラグイン（id: {id}）はすでにインストールされています。",
    en: "The plug-in (ID: {id}) is already installed.",
  },
  E_LK_INTERNAL: {
    ja: "ローカルkintoneサーバーで予期しないエラーが発生しました: {detail}",
    en: "An unexpected error occurred in the local kintone server: {detail}",
  },
  // Messages inside `errors` (field and parameter validation).
  E_LK_V_REQUIRED: { ja: "必須です。", en: "Required." },
  E_LK_V_REQUIRED_PARAM: { ja: "必須です。", en: "Required field." },
  E_LK_V_MIN_1: { ja: "最小でも1以上です。", en: "must be greater than or equal to 1" },
  E_LK_V_INTEGER: { ja: "整数でなければなりません。", en: "must be an integer." },
  E_LK_V_ENUM: {
    ja: "Enum値のいずれかでなければなりません。",
    en: "must be one of the enum value",
  },
  E_LK_V_UNIQUE: {
    ja: "値がほかのレコードと重複しています。",
    en: "This value already exists in another record.",
  },
  E_LK_V_MAX_LENGTH: {
    ja: "{limit}文字より短くなければなりません。",
    en: "Enter less than {limit} characters.",
  },
  E_LK_V_MIN_LENGTH: {
    ja: "{limit}文字より長くなければなりません。",
    en: "Enter more than {limit} characters.",
  },
  E_LK_V_MAX_VALUE: {
    ja: "{limit}以下である必要があります。",
    en: "The value must be {limit} or less.",
  },
  E_LK_V_MIN_VALUE: {
    ja: "{limit}以上である必要があります。",
    en: "The value must be {limit} or more.",
  },
  E_LK_V_NUMBER: { ja: "数字でなければなりません。", en: "Only numbers are allowed." },
  E_LK_V_OPTION: {
    ja: '"{value}"は選択肢にありません。',
    en: 'The value, "{value}", is not in options.',
  },
  E_LK_V_DATE: {
    ja: "日付の形式が正しくありません。",
    en: "The date format is invalid.",
  },
  E_LK_V_TIME: { ja: "時刻の形式が正しくありません。", en: "The time format is invalid." },
  E_LK_V_DATETIME: {
    ja: "日時の形式が正しくありません。",
    en: "The date and time format is invalid.",
  },
  E_LK_V_USER: {
    ja: "指定したユーザー（code: {value}）が見つかりません。",
    en: "The user (code: {value}) not found.",
  },
  E_LK_V_FILE: {
    ja: "指定したファイル（fileKey: {value}）が見つかりません。",
    en: "The file (fileKey: {value}) not found.",
  },
  E_LK_V_QUERY: { ja: "クエリ記法が間違っています。", en: "The query syntax is wrong." },
  E_LK_V_BULK_LIMIT: {
    ja: "一度に{min}件から{max}件まで指定できます。",
    en: "Between {min} and {max} items can be specified at one time.",
  },
  E_LK_V_FIELD_EXISTS: {
    ja: "フィールドコード（{value}）が重複しています。",
    en: "The field code ({value}) is duplicated.",
  },
  E_LK_V_FIELD_UNKNOWN: {
    ja: "指定したフィールド（code: {value}）が見つかりません。",
    en: "The field (code: {value}) not found.",
  },
  E_LK_V_FIELD_TYPE: {
    ja: "フィールドタイプ（{value}）は指定できません。",
    en: "The field type ({value}) cannot be used.",
  },
  E_LK_V_UPDATE_KEY: {
    ja: "重複禁止が設定された文字列（1行）または数値フィールドを指定してください。",
    en: "Specify a text or number field that is set to prohibit duplicate values.",
  },
  E_LK_V_INVALID: { ja: "値が正しくありません。", en: "The value is invalid." },
  // The `madoguchi kintone serve` and `madoguchi start` commands.
  M_LK_SERVE_STARTED: {
    ja: "ローカルkintoneサーバーを起動しました: {url}",
    en: "The local kintone server is running at {url}",
  },
  M_LK_SERVE_NOTICE: {
    ja: "これは開発・デモ・テスト用のローカルサーバーで、kintoneではありません。",
    en: "This is a local development server for development, demos and tests. It is not kintone.",
  },
  M_LK_SERVE_DATA: { ja: "データ: {dataDir}", en: "Data: {dataDir}" },
  M_LK_SERVE_LOGINS: { ja: "デモ用ログイン:", en: "Demo logins:" },
  M_LK_SERVE_STOP: { ja: "Ctrl-C で停止します。", en: "Press Ctrl-C to stop." },
  M_LK_SERVE_STOPPED: { ja: "サーバーを停止しました。", en: "The server has stopped." },
  E_LK_SERVE_PORT: {
    ja: "ポート{port}で起動できませんでした: {detail}",
    en: "Could not listen on port {port}: {detail}",
  },
} as const satisfies Record<string, MessageEntry>;
