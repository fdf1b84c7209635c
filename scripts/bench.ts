/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ and prints its figures.
 * Each module exports `name` and `run(): Promise<void>` and prints its own table.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

type BenchModule = { name: string; run: () => Promise<void> };

async function main(): Promise<void> {
  const dir = join(__dirname, "bench");
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".js"))
    .sort();
  for (const file of files) {
    const bench = (await import(join(dir, file))) as BenchModule;
    if (typeof bench.run !== "function") continue;
    if (only.length > 0 && !only.includes(bench.name)) continue;
    console.log(`\n=== ${bench.name} ===`);
    await bench.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
