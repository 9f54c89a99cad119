// Draws the extension's 128x128 icon (media/icon.png): two columns of text lines, the translation bright and
// the English dimmed, on a rounded tile. Run with `node client/tools/makeIcon.mjs`; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 128;
const scale = 4; // supersampling for smooth edges

const background = [31, 59, 87];
const bright = [255, 255, 255];
const dim = [120, 170, 210];
const accent = [255, 196, 61];

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Shapes in 128-unit coordinates, last one wins. */
const shapes = [
  { color: background, rect: [4, 4, 124, 124, 22] },
  // translation column
  ...[[24, 28, 60], [24, 44, 56], [24, 60, 60], [24, 76, 48], [24, 92, 58]]
    .map(([x, y, w]) => ({ color: bright, rect: [x, y, x + w - 24, y + 7, 3.5] })),
  // English column
  ...[[70, 28, 104], [70, 44, 98], [70, 60, 104], [70, 76, 92], [70, 92, 102]]
    .map(([x, y, w]) => ({ color: dim, rect: [x, y, w, y + 7, 3.5] })),
  // divider
  { color: accent, rect: [62.5, 22, 65.5, 106, 1.5] },
];

const rgba = Buffer.alloc(size * size * 4);
for (let py = 0; py < size; py++) {
  for (let px = 0; px < size; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < scale; sy++) {
      for (let sx = 0; sx < scale; sx++) {
        const x = px + (sx + 0.5) / scale;
        const y = py + (sy + 0.5) / scale;
        let color;
        for (const shape of shapes) {
          if (insideRoundedRect(x, y, ...shape.rect)) color = shape.color;
        }
        if (color) {
          sum[0] += color[0]; sum[1] += color[1]; sum[2] += color[2]; sum[3] += 255;
        }
      }
    }
    const samples = scale * scale;
    const covered = sum[3] / 255;
    const offset = (py * size + px) * 4;
    rgba[offset] = covered ? Math.round(sum[0] / covered) : 0;
    rgba[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
    rgba[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
    rgba[offset + 3] = Math.round(sum[3] / samples);
  }
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) {
  raw[y * (size * 4 + 1)] = 0; // no filter
  rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../../media/icon.png', import.meta.url), png);
console.log(`media/icon.png: ${png.length} bytes`);
