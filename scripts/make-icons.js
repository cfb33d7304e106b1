#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-<size>.png) with nothing but Node's zlib, so they are
 * reproducible from source: a blue rounded square (a sheet) with a white check mark.
 *
 *   node scripts/make-icons.js          write assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.js --check  exit 1 if a committed icon differs from what this draws
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Buffer } = require('buffer');

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.join(__dirname, '..', 'assets');
const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255];

/** Signed distance from (px, py) to the rounded square covering the unit box with corner radius r. */
function roundedSquareDistance(px, py, r) {
  const qx = Math.abs(px - 0.5) - (0.5 - r);
  const qy = Math.abs(py - 0.5) - (0.5 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance from (px, py) to the segment a-b. */
function segmentDistance(px, py, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - a[0] - t * dx, py - a[1] - t * dy);
}

/** Coverage in [0, 1] of a shape at signed distance d, anti-aliased over one pixel. */
function coverage(d, pixel) {
  return Math.max(0, Math.min(1, 0.5 - d / pixel));
}

/** RGBA pixels of the icon at the given size, row by row. */
function drawIcon(size) {
  const pixel = 1 / size;
  const check = [
    [0.26, 0.52],
    [0.43, 0.69],
    [0.75, 0.33],
  ];
  const halfStroke = Math.max(0.075, 1.2 / size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) / size;
      const py = (y + 0.5) / size;
      const sheet = coverage(roundedSquareDistance(px, py, 0.18), pixel);
      const stroke = Math.min(
        segmentDistance(px, py, check[0], check[1]),
        segmentDistance(px, py, check[1], check[2]),
      );
      const mark = coverage(stroke - halfStroke, pixel);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BLUE[c] + (WHITE[c] - BLUE[c]) * mark);
      rgba[i + 3] = Math.round(255 * sheet);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) of the icon at the given size. */
function encodePng(size) {
  const rgba = drawIcon(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main(argv) {
  const checkOnly = argv.includes('--check');
  let stale = 0;
  for (const size of SIZES) {
    const file = path.join(ASSETS, `icon-${size}.png`);
    const png = encodePng(size);
    if (checkOnly) {
      const same = fs.existsSync(file) && fs.readFileSync(file).equals(png);
      if (!same) {
        console.error(`stale: ${path.relative(process.cwd(), file)} (run node scripts/make-icons.js)`);
        stale++;
      }
    } else {
      fs.mkdirSync(ASSETS, { recursive: true });
      fs.writeFileSync(file, png);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${png.length} bytes)`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { SIZES, encodePng };
