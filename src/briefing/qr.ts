/**
 * A small QR code encoder (ISO/IEC 18004) for the handout's links, made here so a printed briefing
 * needs no network and no third-party code: byte mode (UTF-8), error correction level M (about 15 %
 * of the code may be damaged or covered), versions 1 to 10 (up to 213 bytes, far more than a link to
 * one view needs), Reed–Solomon error correction, the eight masks scored by the standard's penalty
 * rules, format and version information. Pure; tested by decoding with an independent reader.
 */

/** Dark modules, `[y][x]`, without the quiet zone. */
export type QrMatrix = boolean[][];

export const MAX_VERSION = 10;

/**
 * Level M block structure per version (the standard's table 9): error-correction codewords per
 * block, then [blocks, data codewords per block] for the one or two groups.
 */
const BLOCKS_M: readonly (readonly [number, number, number, number, number])[] = [
  [0, 0, 0, 0, 0],
  [10, 1, 16, 0, 0],
  [16, 1, 28, 0, 0],
  [26, 1, 44, 0, 0],
  [18, 2, 32, 0, 0],
  [24, 2, 43, 0, 0],
  [16, 4, 27, 0, 0],
  [18, 4, 31, 0, 0],
  [22, 2, 38, 2, 39],
  [22, 3, 36, 2, 37],
  [26, 4, 43, 1, 44],
];

/** Level M's two format bits (L = 01, M = 00, Q = 11, H = 10). */
const FORMAT_M = 0b00;

// GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1, as exponent and logarithm tables.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let x = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
}
const mul = (a: number, b: number) => (a && b ? EXP[LOG[a]! + LOG[b]!]! : 0);

/** The generator polynomial (x − α⁰)(x − α¹)…(x − α^(degree−1)), highest power first. */
function generator(degree: number): number[] {
  let g = [1];
  for (let i = 0; i < degree; i++) {
    const next = new Array<number>(g.length + 1).fill(0);
    g.forEach((c, j) => {
      next[j]! ^= c;
      next[j + 1]! ^= mul(c, EXP[i]!);
    });
    g = next;
  }
  return g;
}

/** The error-correction codewords of one block: the remainder of data·x^n divided by the generator. */
export function reedSolomon(data: readonly number[], n: number): number[] {
  const gen = generator(n);
  const rem = new Array<number>(n).fill(0);
  for (const byte of data) {
    const factor = byte ^ rem.shift()!;
    rem.push(0);
    for (let j = 0; j < n; j++) rem[j]! ^= mul(gen[j + 1]!, factor);
  }
  return rem;
}

const dataCodewords = (v: number) => {
  const [, b1, d1, b2, d2] = BLOCKS_M[v]!;
  return b1 * d1 + b2 * d2;
};
/** Byte mode's character count field: 8 bits up to version 9, 16 from version 10. */
const countBits = (v: number) => (v < 10 ? 8 : 16);

/** The smallest version whose data codewords hold this many bytes; null when even version 10 cannot. */
export function versionFor(byteLength: number): number | null {
  for (let v = 1; v <= MAX_VERSION; v++) {
    if (4 + countBits(v) + 8 * byteLength <= dataCodewords(v) * 8) return v;
  }
  return null;
}

/** Mode, count, bytes, terminator and padding: the data codewords of a version. */
export function dataCodewordsFor(bytes: Uint8Array, version: number): number[] {
  const capacity = dataCodewords(version) * 8;
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, countBits(version));
  bytes.forEach((b) => put(b, 8));
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  for (let pad = 0xec; out.length < capacity / 8; pad ^= 0xec ^ 0x11) out.push(pad);
  return out;
}

/** Data split into blocks, each followed by its error correction, interleaved as the symbol reads them. */
function interleave(data: readonly number[], version: number): number[] {
  const [ec, b1, d1, b2, d2] = BLOCKS_M[version]!;
  const blocks: number[][] = [];
  let at = 0;
  for (let i = 0; i < b1 + b2; i++) {
    const length = i < b1 ? d1 : d2;
    blocks.push(data.slice(at, at + length));
    at += length;
  }
  const out: number[] = [];
  for (let i = 0; i < Math.max(d1, d2); i++) for (const b of blocks) if (i < b.length) out.push(b[i]!);
  const ecs = blocks.map((b) => reedSolomon(b, ec));
  for (let i = 0; i < ec; i++) for (const e of ecs) out.push(e[i]!);
  return out;
}

/** Centres of the alignment patterns along one axis. */
function alignmentPositions(version: number, size: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const out = [6];
  for (let pos = size - 7; out.length < count; pos -= step) out.splice(1, 0, pos);
  return out;
}

const MASKS: readonly ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** The 15 format bits for level M and a mask: BCH(15,5), XORed with 101010000010010. */
export function formatBits(mask: number): number {
  const data = (FORMAT_M << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** The 18 version bits (versions 7 and up): BCH(18,6). */
export function versionBits(version: number): number {
  let rem = version;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (version << 12) | rem;
}

class QrSymbol {
  readonly size: number;
  readonly dark: boolean[][];
  readonly fixed: boolean[][];

  constructor(readonly version: number) {
    this.size = version * 4 + 17;
    this.dark = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
    this.fixed = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
  }

  set(x: number, y: number, dark: boolean) {
    this.dark[y]![x] = dark;
    this.fixed[y]![x] = true;
  }

  drawFunctionPatterns() {
    const { size } = this;
    for (let i = 0; i < size; i++) {
      this.set(6, i, i % 2 === 0);
      this.set(i, 6, i % 2 === 0);
    }
    for (const [cx, cy] of [
      [3, 3],
      [size - 4, 3],
      [3, size - 4],
    ] as const) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const x = cx + dx;
          const y = cy + dy;
          const d = Math.max(Math.abs(dx), Math.abs(dy));
          if (x >= 0 && x < size && y >= 0 && y < size) this.set(x, y, d !== 2 && d !== 4);
        }
      }
    }
    const align = alignmentPositions(this.version, size);
    const last = align.length - 1;
    align.forEach((cx, i) =>
      align.forEach((cy, j) => {
        // Not where a finder pattern is.
        if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
        for (let dy = -2; dy <= 2; dy++)
          for (let dx = -2; dx <= 2; dx++) this.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }),
    );
    this.drawFormat(0); // reserves the format areas; drawn again with the chosen mask
    if (this.version >= 7) {
      const bits = versionBits(this.version);
      for (let i = 0; i < 18; i++) {
        const bit = ((bits >>> i) & 1) === 1;
        const a = size - 11 + (i % 3);
        const b = Math.floor(i / 3);
        this.set(a, b, bit);
        this.set(b, a, bit);
      }
    }
  }

  drawFormat(mask: number) {
    const { size } = this;
    const bits = formatBits(mask);
    const bit = (i: number) => ((bits >>> i) & 1) === 1;
    // Around the top-left finder.
    for (let i = 0; i <= 5; i++) this.set(8, i, bit(i));
    this.set(8, 7, bit(6));
    this.set(8, 8, bit(7));
    this.set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(i));
    // The copy split between the other two finders.
    for (let i = 0; i < 8; i++) this.set(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) this.set(8, size - 15 + i, bit(i));
    this.set(8, size - 8, true); // the dark module
  }

  /** Codeword bits in the standard's zigzag, two columns at a time, upwards then downwards. */
  drawCodewords(codewords: readonly number[]) {
    const { size } = this;
    let i = 0;
    for (let right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5; // skip the vertical timing pattern
      for (let vert = 0; vert < size; vert++) {
        for (let j = 0; j < 2; j++) {
          const x = right - j;
          const upward = ((right + 1) & 2) === 0;
          const y = upward ? size - 1 - vert : vert;
          if (this.fixed[y]![x] || i >= codewords.length * 8) continue;
          this.dark[y]![x] = ((codewords[i >>> 3]! >>> (7 - (i & 7))) & 1) === 1;
          i++;
        }
      }
    }
  }

  applyMask(mask: number) {
    const test = MASKS[mask]!;
    for (let y = 0; y < this.size; y++)
      for (let x = 0; x < this.size; x++) if (!this.fixed[y]![x] && test(x, y)) this.dark[y]![x] = !this.dark[y]![x];
  }

  /** The standard's four penalty rules: runs, 2×2 blocks, finder-like patterns, dark/light balance. */
  penalty(): number {
    const { size, dark } = this;
    let score = 0;
    const lines: boolean[][] = [...dark, ...dark.map((_, x) => dark.map((row) => row[x]!))];
    const finderLike = [true, false, true, true, true, false, true];
    for (const line of lines) {
      let run = 1;
      for (let i = 1; i <= size; i++) {
        if (i < size && line[i] === line[i - 1]) run++;
        else {
          if (run >= 5) score += run - 2;
          run = 1;
        }
      }
      // 1:1:3:1:1 with four light modules on one side (outside the symbol counts as light).
      const at = (i: number) => (i >= 0 && i < size ? line[i]! : false);
      for (let i = -4; i < size; i++) {
        if (!finderLike.every((d, k) => at(i + k) === d)) continue;
        const lightBefore = [1, 2, 3, 4].every((k) => !at(i - k));
        const lightAfter = [7, 8, 9, 10].every((k) => !at(i + k));
        if (lightBefore || lightAfter) score += 40;
      }
    }
    for (let y = 0; y < size - 1; y++)
      for (let x = 0; x < size - 1; x++) {
        const c = dark[y]![x];
        if (c === dark[y]![x + 1] && c === dark[y + 1]![x] && c === dark[y + 1]![x + 1]) score += 3;
      }
    const darkCount = dark.reduce((n, row) => n + row.filter(Boolean).length, 0);
    const total = size * size;
    score += Math.floor(Math.abs(darkCount * 20 - total * 10) / total) * 10;
    return score;
  }
}

/**
 * The QR code of a text. `mask` forces one of the eight masks (for tests); by default the one with the
 * lowest penalty is used, as the standard asks. Throws when the text does not fit version 10.
 */
export function encodeQr(text: string, options: { mask?: number } = {}): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  const version = versionFor(bytes.length);
  if (version === null)
    throw new Error(
      `The link is ${bytes.length} bytes long, more than a QR code of version ${MAX_VERSION} holds (213 bytes).`,
    );
  const symbol = new QrSymbol(version);
  symbol.drawFunctionPatterns();
  symbol.drawCodewords(interleave(dataCodewordsFor(bytes, version), version));
  let mask = options.mask;
  if (mask === undefined) {
    let best = Infinity;
    for (let m = 0; m < 8; m++) {
      symbol.applyMask(m);
      symbol.drawFormat(m);
      const p = symbol.penalty();
      if (p < best) [best, mask] = [p, m];
      symbol.applyMask(m); // XOR again: undone
    }
  }
  symbol.applyMask(mask!);
  symbol.drawFormat(mask!);
  return symbol.dark;
}

/** An SVG path drawing the dark modules, one unit per module, offset by the quiet zone. */
export function qrPath(matrix: QrMatrix, quiet = 4): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    // One rectangle per horizontal run keeps the path short.
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      parts.push(`M${x + quiet} ${y + quiet}h${end - x + 1}v1h${-(end - x + 1)}z`);
      x = end;
    }
  });
  return parts.join("");
}
