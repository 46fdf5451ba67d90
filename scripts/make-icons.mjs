// Draws Presidio's icon (a white shield with a check mark on a blue rounded square) and writes
// the PNGs electron-builder takes from resources/icons: icon.png (512, from which it derives the
// macOS .icns and the Windows .ico) and NxN.png for Linux. Plain node:zlib, no image library:
//   node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const outDir = new URL('../resources/icons/', import.meta.url);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); // filter 0 per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1), so every size is drawn from the same geometry.
const inRoundedSquare = (x, y) => {
  const margin = 0.04;
  const radius = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - margin - radius), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - margin - radius), 0);
  return dx * dx + dy * dy <= radius * radius;
};
const inShield = (x, y) => {
  const top = 0.2;
  const shoulder = 0.5;
  const bottom = 0.84;
  const half = 0.27;
  if (y < top || y > bottom) return false;
  if (y <= shoulder) return Math.abs(x - 0.5) <= half;
  const t = (y - shoulder) / (bottom - shoulder);
  return Math.abs(x - 0.5) <= half * Math.sqrt(1 - t * t);
};
const nearSegment = (x, y, [ax, ay], [bx, by], width) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width / 2;
};
const inCheck = (x, y) => nearSegment(x, y, [0.37, 0.49], [0.47, 0.6], 0.075) || nearSegment(x, y, [0.47, 0.6], [0.65, 0.39], 0.075);

function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  if (inShield(x, y)) return inCheck(x, y) ? [31, 111, 84] : [255, 255, 255];
  const shade = 1 - 0.25 * y; // a light vertical gradient
  return [Math.round(34 * shade), Math.round(84 * shade), Math.round(140 * shade)];
}

function draw(size) {
  const samples = 4; // 4×4 supersampling for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        rgba[offset] = Math.round(r / a);
        rgba[offset + 1] = Math.round(g / a);
        rgba[offset + 2] = Math.round(b / a);
        rgba[offset + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return png(size, rgba);
}

mkdirSync(outDir, { recursive: true });
const big = draw(512);
writeFileSync(new URL('icon.png', outDir), big);
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(new URL(`${size}x${size}.png`, outDir), size === 512 ? big : draw(size));
}
console.log(`Icons written to ${outDir.pathname}`);
