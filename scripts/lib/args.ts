/** Command-line arguments of the data scripts: positional values, `--name value` options and `--flag`s. */
export function parseArgs(
  argv: readonly string[],
  valueOptions: readonly string[],
  flags: readonly string[] = [],
): { positional: string[]; options: Record<string, string | undefined>; flags: Set<string> } {
  const positional: string[] = [];
  const options: Record<string, string | undefined> = {};
  const set = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith("--") ? arg.slice(2).split("=")[0]! : undefined;
    if (name && valueOptions.includes(name)) {
      options[name] = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
    } else if (name && flags.includes(name)) {
      set.add(name);
    } else if (name) {
      const known = [...valueOptions, ...flags].map((n) => `--${n}`).join(", ") || "none";
      throw new Error(`unknown option ${arg} (known: ${known})`);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options, flags: set };
}
