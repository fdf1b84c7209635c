/** A user of the local kintone server. */
export type LocalUser = {
  /** Login name, also the kintone user `code`. */
  readonly code: string;
  readonly name: string;
  /** Demo password: this is a local development server and these are not secrets. */
  readonly password: string;
  readonly isAdministrator: boolean;
};

/** The administrator: may change app settings, customizations, plugins and API tokens. */
export const ADMINISTRATOR: LocalUser = {
  code: "Administrator",
  name: "Administrator",
  password: "madoguchi",
  isAdministrator: true,
};

/** Ordinary staff users (fictional): read and write records, nothing else. */
export const STAFF_USERS: readonly LocalUser[] = [
  { code: "sato", name: "佐藤 花子", password: "sato-pass", isAdministrator: false },
  { code: "suzuki", name: "鈴木 一郎", password: "suzuki-pass", isAdministrator: false },
];

/** Every user of the local server, administrator first. */
export const USERS: readonly LocalUser[] = [ADMINISTRATOR, ...STAFF_USERS];

/** Finds a user by login name (exact match, like kintone's login). */
export function findUser(code: string): LocalUser | undefined {
  return USERS.find((user) => user.code === code);
}

/** The `{code, name}` shape kintone uses for users in records and comments. */
export function toUserEntity(code: string): { code: string; name: string } {
  return { code, name: findUser(code)?.name ?? code };
}
