import { crc32, deflateSync } from "node:zlib";
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from "pdf-lib";

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A grey-scale "photo of a page": dark bars where lines of text would be, no text at all. */
function drawScannedPagePng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(width + 1, 0xf4); // filter byte 0, then paper-white pixels
    row[0] = 0;
    const inLine = y > 40 && y % 22 < 9 && y < height - 40;
    if (inLine) {
      const end = width - 40 - ((y * 37) % 90);
      for (let x = 40; x < end; x += 1) row[x + 1] = (x * 7 + y) % 11 < 7 ? 0x30 : 0xc0;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: grey-scale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.concat(rows))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

async function makeScannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(drawScannedPagePng(420, 594));
  for (let index = 0; index < 2; index += 1) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  doc.setCreationDate(new Date("2024-04-01T00:00:00Z"));
  doc.setModificationDate(new Date("2024-04-01T00:00:00Z"));
  return doc.save();
}

/**
 * A PDF that declares the standard security handler with a user password. The O/U entries do
 * not match the empty password, so a reader must ask for one: exactly what an encrypted
 * manual looks like to the indexer.
 */
async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]);
  const filler = (seed: number): PDFHexString =>
    PDFHexString.of(
      Array.from({ length: 32 }, (_, i) =>
        ((i * 31 + seed) % 256).toString(16).padStart(2, "0"),
      ).join(""),
    );
  const encrypt = doc.context.obj({
    Filter: PDFName.of("Standard"),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    O: filler(7),
    U: filler(101),
    P: PDFNumber.of(-44),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([filler(3), filler(3)]);
  return doc.save({ useObjectStreams: false });
}

/** The bad-input fixtures of test/docs, by file name. */
export async function writeBadFixtures(): Promise<Record<string, Uint8Array>> {
  return {
    "scanned.pdf": await makeScannedPdf(),
    "encrypted.pdf": await makeEncryptedPdf(),
    "corrupt.pdf": new TextEncoder().encode(
      "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nこのファイルは途中で壊れています\n%%EO",
    ),
    "corrupt.docx": new TextEncoder().encode("PK\u0003\u0004 this is not a real zip archive"),
  };
}
