/** Parsed `--name value` and `--flag` options; unknown names are reported, not ignored. */
export type ParsedOptions = {
  readonly values: Readonly<Record<string, string>>;
  readonly flags: ReadonlySet<string>;
  readonly unknown: readonly string[];
};

/** Parses argv against the option names a command accepts. */
export function parseCliOptions(
  argv: readonly string[],
  spec: { readonly values: readonly string[]; readonly flags: readonly string[] },
): ParsedOptions {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const unknown: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const [name, inline] = arg.startsWith("--")
      ? arg.slice(2).split(/=(.*)/s, 2)
      : [arg, undefined];
    if (name && spec.flags.includes(name) && inline === undefined) flags.add(name);
    else if (name && spec.values.includes(name)) {
      const value = inline ?? argv[index + 1];
      if (value === undefined) unknown.push(arg);
      else values[name] = value;
      if (inline === undefined) index += 1;
    } else unknown.push(arg);
  }
  return { values, flags, unknown };
}
