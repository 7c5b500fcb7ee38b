#!/usr/bin/env node
/**
 * Draws the Collect icon and writes assets/icon-{16,32,64,80,128}.png.
 *
 * The icon is a rounded green square with a white "C" whose opening holds a gold coin: cash
 * coming back in. Every pixel is the average of SUPERSAMPLE x SUPERSAMPLE point samples
 * (antialiasing), and the PNG is encoded here with node's zlib only (signature, IHDR, IDAT,
 * IEND, CRC-32), so the output is byte-for-byte deterministic for a given Node/zlib.
 *
 *   node scripts/make-icons.js          write the PNGs into assets/
 *   node scripts/make-icons.js --check  exit 1 if a PNG in assets/ differs from what this draws
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Pixel sizes the manifest and help page use (16/32/80 ribbon, 32/64 icon URLs, 128 help page). */
const ICON_SIZES = [16, 32, 64, 80, 128];

/** Point samples per pixel along each axis. */
const SUPERSAMPLE = 8;

/** Colours as straight RGB 0..255. Green matches the Excel family; gold reads as a coin. */
const COLOURS = {
  greenTop: [33, 163, 102],
  greenBottom: [14, 112, 58],
  white: [255, 255, 255],
  gold: [255, 200, 61],
  goldEdge: [214, 150, 20],
};

/** Geometry in units of the icon's side (0..1, y down). */
const SHAPE = {
  cornerRadius: 0.2,
  ringCentre: [0.47, 0.5],
  ringOuter: 0.315,
  ringInner: 0.175,
  /** Half-angle of the C's opening, in degrees either side of the +x axis. */
  openingHalfAngleDeg: 46,
  coinCentre: [0.725, 0.5],
  coinRadius: 0.085,
  coinRim: 0.022,
};

// ---------------------------------------------------------------- PNG encoding

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309 / PNG) of a byte buffer. crc32(Buffer.from("IEND")) === 0xae426082. */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC over type+data. */
function pngChunk(type, data) {
  const typeBytes = Buffer.from(type, "ascii");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBytes, data])), 0);
  return Buffer.concat([length, typeBytes, data, crc]);
}

/** Encodes straight-alpha RGBA pixels (width*height*4 bytes, row-major) as an 8-bit RGBA PNG. */
function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (stride + 1)] = 0; // filter type None for every scanline
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([
    signature,
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", idat),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- drawing

/** Signed distance from (x, y) to a rounded box centred at (cx, cy); negative inside. */
function roundedBoxDistance(x, y, cx, cy, halfSide, radius) {
  const qx = Math.abs(x - cx) - (halfSide - radius);
  const qy = Math.abs(y - cy) - (halfSide - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

/** True when (x, y) is on the white "C": a ring open to the right with round end caps. */
function isOnC(x, y) {
  const [cx, cy] = SHAPE.ringCentre;
  const dx = x - cx;
  const dy = y - cy;
  const r = Math.hypot(dx, dy);
  const halfOpening = (SHAPE.openingHalfAngleDeg * Math.PI) / 180;
  const angle = Math.abs(Math.atan2(dy, dx));
  if (r >= SHAPE.ringInner && r <= SHAPE.ringOuter && angle >= halfOpening) return true;
  const mid = (SHAPE.ringInner + SHAPE.ringOuter) / 2;
  const capRadius = (SHAPE.ringOuter - SHAPE.ringInner) / 2;
  const capX = cx + mid * Math.cos(halfOpening);
  const capDy = mid * Math.sin(halfOpening);
  return Math.hypot(x - capX, y - (cy - capDy)) <= capRadius || Math.hypot(x - capX, y - (cy + capDy)) <= capRadius;
}

/** Straight RGBA (0..1 alpha) of the icon at a sample point, or null where it is transparent. */
function sampleIcon(x, y, marginUnits) {
  const halfSide = 0.5 - marginUnits;
  if (roundedBoxDistance(x, y, 0.5, 0.5, halfSide, SHAPE.cornerRadius) > 0) return null;
  if (isOnC(x, y)) return COLOURS.white;
  const [coinX, coinY] = SHAPE.coinCentre;
  const coinDistance = Math.hypot(x - coinX, y - coinY);
  if (coinDistance <= SHAPE.coinRadius) {
    return coinDistance >= SHAPE.coinRadius - SHAPE.coinRim ? COLOURS.goldEdge : COLOURS.gold;
  }
  const t = Math.min(1, Math.max(0, (y - marginUnits) / (1 - 2 * marginUnits)));
  return COLOURS.greenTop.map((top, i) => top + (COLOURS.greenBottom[i] - top) * t);
}

/** Renders the icon at `size` x `size` pixels as straight-alpha RGBA bytes. */
function renderIcon(size) {
  // Whole-pixel margin so the square's straight edges land on pixel boundaries and stay crisp.
  const marginPx = Math.max(1, Math.round(size * 0.05));
  const marginUnits = marginPx / size;
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const colour = sampleIcon((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size, marginUnits);
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            covered += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        // Average of opaque samples = premultiplied mean / coverage, i.e. straight alpha colour.
        rgba[offset] = Math.round(r / covered);
        rgba[offset + 1] = Math.round(g / covered);
        rgba[offset + 2] = Math.round(b / covered);
        rgba[offset + 3] = Math.round((covered / samples) * 255);
      }
    }
  }
  return rgba;
}

/** The PNG bytes of the Collect icon at one size. */
function makeIconPng(size) {
  return encodePng(size, size, renderIcon(size));
}

function main(argv) {
  const check = argv.includes("--check");
  const assetsDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(assetsDir, { recursive: true });
  const stale = [];
  for (const size of ICON_SIZES) {
    const file = path.join(assetsDir, `icon-${size}.png`);
    const png = makeIconPng(size);
    if (check) {
      const current = fs.existsSync(file) ? fs.readFileSync(file) : null;
      if (!current || !current.equals(png)) stale.push(path.relative(process.cwd(), file));
    } else {
      fs.writeFileSync(file, png);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size}, ${png.length} bytes)`);
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(`Icons out of date: ${stale.join(", ")}. Run: node scripts/make-icons.js`);
      return 1;
    }
    console.log(`icons up to date (${ICON_SIZES.join(", ")} px)`);
  }
  return 0;
}

module.exports = { ICON_SIZES, crc32, encodePng, renderIcon, makeIconPng };

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
