/**
 * Writes the sample manuals that are not plain text, from the readable sources in
 * samples/manuals-src/ (the texts are ours; the city is fictional):
 *
 * - `samples/manuals/<name>.pdf` for every `0N-*.md` source except the one meant for Word,
 *   with a Japanese font embedded as a subset (IPA Gothic, a TrueType font: fontkit subsets
 *   TrueType outlines reliably, CFF collections such as Noto CJK .ttc come out garbled);
 * - `samples/manuals/10-ichiji-fujo.docx` (a minimal WordprocessingML package);
 * - the bad-input fixtures in test/docs/fixtures/: an image-only "scanned" PDF, an encrypted
 *   PDF and a corrupt file.
 *
 * Run: `npx tsx scripts/make-sample-pdfs.ts` (font: MADOGUCHI_PDF_FONT or IPA Gothic).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { writeSampleDocx } from "./sample-docs/write-docx";
import { writeBadFixtures } from "./sample-docs/write-bad-fixtures";
import { renderManualPdf } from "./sample-docs/render-pdf";

const ROOT = join(__dirname, "..");
const SOURCE_DIR = join(ROOT, "samples", "manuals-src");
const OUT_DIR = join(ROOT, "samples", "manuals");
const FIXTURE_DIR = join(ROOT, "test", "docs", "fixtures");
const DOCX_SOURCES = new Set(["10-ichiji-fujo.md"]);
const FONT_CANDIDATES = [
  "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
  "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
];

function findFont(): Uint8Array {
  const path = [process.env.MADOGUCHI_PDF_FONT, ...FONT_CANDIDATES].find(
    (candidate): candidate is string => Boolean(candidate && existsSync(candidate)),
  );
  if (!path) {
    throw new Error(
      "No Japanese TrueType font found: apt-get install fonts-ipafont-gothic, or set MADOGUCHI_PDF_FONT",
    );
  }
  return readFileSync(path);
}

async function main(): Promise<void> {
  const fontBytes = findFont();
  mkdirSync(OUT_DIR, { recursive: true });
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const sources = readdirSync(SOURCE_DIR)
    .filter((file) => file.endsWith(".md"))
    .sort();
  for (const file of sources) {
    const source = readFileSync(join(SOURCE_DIR, file), "utf8");
    const base = file.replace(/\.md$/, "");
    if (DOCX_SOURCES.has(file)) {
      const bytes = await writeSampleDocx(source);
      writeFileSync(join(OUT_DIR, `${base}.docx`), bytes);
      console.log(`${base}.docx\t${bytes.length} bytes`);
      continue;
    }
    const { bytes, pages } = await renderManualPdf({ source, fontBytes, fontkit });
    writeFileSync(join(OUT_DIR, `${base}.pdf`), bytes);
    console.log(`${base}.pdf\t${pages} pages\t${bytes.length} bytes`);
  }
  for (const [name, bytes] of Object.entries(await writeBadFixtures())) {
    writeFileSync(join(FIXTURE_DIR, name), bytes);
    console.log(`fixtures/${name}\t${bytes.length} bytes`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
