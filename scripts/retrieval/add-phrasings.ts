/**
 * Adds the training sets' citizen phrasings to the sample FAQ's keywords
 * (`npx tsx scripts/retrieval/add-phrasings.ts [--check]`; see `phrasings.ts`). Idempotent: a
 * phrasing already among an entry's keywords is not added again. Every other cell of the CSV is
 * written back as it was read. `--check` writes nothing and exits with 1 when a phrasing is missing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseQuestionsCsv } from "../../src/core";
import { readCsv } from "../../src/core/csv";
import { findRepoRoot } from "../repo-root";
import { PHRASING_SETS, selectPhrasings } from "./phrasings";

const samples = join(findRepoRoot(), "samples");
const FAQ_FILE = join(samples, "mynumber-faq.csv");

const csvCell = (value: string) =>
  /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;

function main(): void {
  const text = readFileSync(FAQ_FILE, "utf8");
  const { rows, errors } = readCsv(text);
  if (errors.length > 0) throw new Error(`${FAQ_FILE}: ${errors.length} CSV errors`);
  const [header, ...data] = rows.map((row) => [...row.fields]);
  if (!header) throw new Error(`${FAQ_FILE}: empty`);
  const idAt = header.indexOf("id");
  const keywordsAt = header.indexOf("keywords");
  const byId = new Map(data.map((fields) => [fields[idAt] ?? "", fields]));
  let added = 0;
  let present = 0;
  const unknown: string[] = [];
  for (const { file, foreign } of PHRASING_SETS) {
    const { questions } = parseQuestionsCsv(readFileSync(join(samples, file), "utf8"));
    for (const { faqId, keyword, rowId } of selectPhrasings(questions, { foreign })) {
      const fields = byId.get(faqId);
      if (!fields) {
        unknown.push(`${file} ${rowId}: ${faqId}`);
        continue;
      }
      const keywords = (fields[keywordsAt] ?? "").split(";").filter(Boolean);
      if (keywords.includes(keyword)) {
        present += 1;
        continue;
      }
      fields[keywordsAt] = [...keywords, keyword].join(";");
      added += 1;
    }
  }
  if (unknown.length > 0) throw new Error(`FAQ ids not in the FAQ:\n${unknown.join("\n")}`);
  console.log(`phrasings: ${present} present, ${added} missing`);
  if (process.argv.includes("--check")) {
    process.exitCode = added > 0 ? 1 : 0;
    return;
  }
  const out = [header, ...data].map((fields) => fields.map(csvCell).join(",")).join("\n") + "\n";
  writeFileSync(FAQ_FILE, out);
  console.log(`wrote ${FAQ_FILE}`);
}

main();
