import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawColorIcon, drawOutlineIcon, encodePng, TEAMS_MANIFEST_DIR } from '../../tools/teams-icons.js';

interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  pixels: Buffer;
}

/** Reads the IHDR and, for 8-bit RGBA, inflates and unfilters the IDAT data. */
function decodePng(png: Buffer): DecodedPng {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const bitDepth = png[24]!;
  const colorType = png[25]!;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  if (bitDepth !== 8 || colorType !== 6) return { width, height, bitDepth, colorType, pixels: Buffer.alloc(0) };
  const raw = inflateSync(Buffer.concat(idat));
  const bpp = 4;
  const stride = width * bpp;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? pixels[y * stride + x - bpp]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, bitDepth, colorType, pixels };
}

describe('the Teams icons', () => {
  const color = readFileSync(resolve(TEAMS_MANIFEST_DIR, 'color.png'));
  const outline = readFileSync(resolve(TEAMS_MANIFEST_DIR, 'outline.png'));

  it('color.png is a 192×192 full-colour PNG', () => {
    const png = decodePng(color);
    expect([png.width, png.height]).toEqual([192, 192]);
    expect([2, 6]).toContain(png.colorType);
    const colours = new Set<number>();
    for (let i = 0; i < png.pixels.length; i += 4) colours.add(png.pixels.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(2);
  });

  it('outline.png is a 32×32 PNG with only white or fully transparent pixels, and some of each', () => {
    const png = decodePng(outline);
    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([32, 32, 8, 6]);
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < png.pixels.length; i += 4) {
      const [r, g, b, a] = png.pixels.subarray(i, i + 4);
      if (a === 0) transparent++;
      else expect([r, g, b], `pixel ${i / 4}`).toEqual([255, 255, 255]);
      if (a === 255) opaque++;
    }
    expect(opaque).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(300);
  });

  it('are what tools/teams-icons.ts draws', () => {
    // Buffer.equals, not toEqual: a deep comparison of 147 456 bytes one by one takes seconds on a busy machine.
    expect(decodePng(encodePng(drawColorIcon())).pixels.equals(decodePng(color).pixels)).toBe(true);
    expect(decodePng(encodePng(drawOutlineIcon())).pixels.equals(decodePng(outline).pixels)).toBe(true);
  });
});
