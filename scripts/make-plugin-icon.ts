/**
 * Draws the plug-in icon (plugin/image/icon.png, 112×112 for sharp display at kintone's 56 px):
 * a blue rounded square with a white speech bubble holding a four-pane window (窓口).
 * Run: npx tsx scripts/make-plugin-icon.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const SIZE = 112;
const BLUE = [0x34, 0x98, 0xdb] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

function pixel(x: number, y: number): readonly [number, number, number, number] {
  const inside = (cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const corner = 20;
  const clampedX = Math.min(Math.max(x, corner), SIZE - 1 - corner);
  const clampedY = Math.min(Math.max(y, corner), SIZE - 1 - corner);
  if (!inside(clampedX, clampedY, corner)) return [0, 0, 0, 0];
  const bubble = x >= 22 && x <= 90 && y >= 22 && y <= 76;
  const tail = y > 76 && y <= 92 && x >= 34 && x <= 34 + (92 - y) * 1.2;
  if (bubble || tail) {
    const pane = x >= 36 && x <= 76 && y >= 32 && y <= 66;
    const bar = Math.abs(x - 56) <= 2 || Math.abs(y - 49) <= 2;
    return pane && !bar ? [...BLUE, 255] : [...WHITE, 255];
  }
  return [...BLUE, 255];
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows: Buffer[] = [];
for (let y = 0; y < SIZE; y += 1) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let x = 0; x < SIZE; x += 1) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
  rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(Buffer.concat(rows))),
  chunk("IEND", Buffer.alloc(0)),
]);
writeFileSync(join(__dirname, "..", "plugin", "image", "icon.png"), png);
console.log(`plugin/image/icon.png: ${png.length} bytes`);
