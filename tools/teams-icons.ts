/**
 * Draws the Teams app icons and writes them to `manifests/teams/`:
 *
 * - `color.png`: 192×192, a white speech bubble with a check mark on the accent colour;
 * - `outline.png`: 32×32, the same bubble as a white outline with the check mark, on a
 *   transparent background. Every pixel is pure white (255, 255, 255); only the alpha varies,
 *   from fully transparent to opaque at the anti-aliased edges, as Teams asks.
 *
 * Regenerate with `npx tsx tools/teams-icons.ts` (the PNGs are committed; this script is
 * only needed after a change to the drawing). Pure Node: shapes are signed distance functions,
 * sampled 4×4 per pixel, and the PNG is encoded with `node:zlib`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/** The manifest's `accentColor`, the Slack app's background colour. */
export const ACCENT_COLOR = '#1d4f91';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** An RGBA image, 8 bits per channel, rows top to bottom. */
export interface RgbaImage {
  width: number;
  height: number;
  /** `width * height * 4` bytes. */
  data: Uint8Array;
}

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  out.set(body, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/** Encodes an RGBA image as a PNG: colour type 6, 8 bits, no interlace, filter 0 on every row. */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, data } = image;
  if (data.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${data.length}`);
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
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

// --- Shapes: signed distance functions in unit coordinates (0..1 across the icon), < 0 inside. ---

type Sdf = (x: number, y: number) => number;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Sdf {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** A convex or concave polygon, given as [x, y] corners. */
function polygon(points: ReadonlyArray<readonly [number, number]>): Sdf {
  return (x, y) => {
    let distance = Infinity;
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [ax, ay] = points[j]!;
      const [bx, by] = points[i]!;
      distance = Math.min(distance, segmentDistance(x, y, ax, ay, bx, by));
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
    }
    return inside ? -distance : distance;
  };
}

/** A thick polyline with round caps and joins. */
function stroke(points: ReadonlyArray<readonly [number, number]>, width: number): Sdf {
  return (x, y) => {
    let distance = Infinity;
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      distance = Math.min(distance, segmentDistance(x, y, ax, ay, bx, by));
    }
    return distance - width / 2;
  };
}

const union =
  (...shapes: Sdf[]): Sdf =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)));

/** The band of width `width` just inside a shape's edge. */
const ring =
  (shape: Sdf, width: number): Sdf =>
  (x, y) => {
    const d = shape(x, y);
    return Math.max(d, -d - width);
  };

const SAMPLES = 4;

/** The fraction (0..1) of each pixel that lies inside the shape, from SAMPLES×SAMPLES samples. */
function coverage(size: number, shape: Sdf): Float64Array {
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (shape(x, y) <= 0) hits++;
        }
      }
      out[py * size + px] = hits / (SAMPLES * SAMPLES);
    }
  }
  return out;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** The full-colour icon: a white speech bubble with an accent-coloured check mark, on the accent colour. */
export function drawColorIcon(size = COLOR_ICON_SIZE, accent = ACCENT_COLOR): RgbaImage {
  const bubble = union(
    roundedRect(0.17, 0.2, 0.83, 0.68, 0.11),
    polygon([
      [0.3, 0.62],
      [0.48, 0.62],
      [0.26, 0.83],
    ]),
  );
  const check = stroke(
    [
      [0.35, 0.44],
      [0.45, 0.54],
      [0.65, 0.33],
    ],
    0.075,
  );
  const white = coverage(size, bubble);
  const mark = coverage(size, check);
  const [ar, ag, ab] = hexToRgb(accent);
  const data = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    // Accent background, white bubble over it, accent check mark over that.
    const w = white[i]! * (1 - mark[i]!);
    data[i * 4] = Math.round(ar + (255 - ar) * w);
    data[i * 4 + 1] = Math.round(ag + (255 - ag) * w);
    data[i * 4 + 2] = Math.round(ab + (255 - ab) * w);
    data[i * 4 + 3] = 255;
  }
  return { width: size, height: size, data };
}

/** The outline icon: the bubble's edge and the check mark in white, the rest transparent. */
export function drawOutlineIcon(size = OUTLINE_ICON_SIZE): RgbaImage {
  const px = 1 / size;
  const bubble = union(
    roundedRect(0.04, 0.08, 0.96, 0.74, 0.17),
    polygon([
      [0.2, 0.66],
      [0.44, 0.66],
      [0.12, 0.96],
    ]),
  );
  const check = stroke(
    [
      [0.3, 0.41],
      [0.44, 0.55],
      [0.7, 0.27],
    ],
    2.5 * px,
  );
  const cover = coverage(size, union(ring(bubble, 2 * px), check));
  const data = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    data[i * 4] = 255;
    data[i * 4 + 1] = 255;
    data[i * 4 + 2] = 255;
    data[i * 4 + 3] = Math.round(255 * cover[i]!);
  }
  return { width: size, height: size, data };
}

export const TEAMS_MANIFEST_DIR = fileURLToPath(new URL('../manifests/teams/', import.meta.url));

/** Writes `color.png` and `outline.png` into `dir`. */
export function writeIcons(dir = TEAMS_MANIFEST_DIR): string[] {
  const files = [
    [resolve(dir, 'color.png'), encodePng(drawColorIcon())],
    [resolve(dir, 'outline.png'), encodePng(drawOutlineIcon())],
  ] as const;
  for (const [file, png] of files) writeFileSync(file, png);
  return files.map(([file]) => file);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of writeIcons()) console.log(`geschreven / written: ${file}`);
}
