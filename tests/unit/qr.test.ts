/** The handout's QR encoder: known vectors from the standard's worked examples, and codes read back by jsQR. */
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import {
  dataCodewordsFor,
  encodeQr,
  formatBits,
  qrPath,
  reedSolomon,
  versionBits,
  versionFor,
  type QrMatrix,
} from "../../src/briefing/qr";

/** The code as a picture (4 px a module, a 4-module white quiet zone), read by an independent decoder. */
function decode(matrix: QrMatrix): string | null {
  const scale = 4;
  const quiet = 4;
  const side = (matrix.length + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
        }
    }),
  );
  return jsQR(pixels, side, side, { inversionAttempts: "dontInvert" })?.data ?? null;
}

const LINK =
  "https://tracker.example/?release=2024-11-15&from=2024-07-01&to=2024-12-31&sel=pardon:2024-11-07#pardon-timeline";

describe("QR encoder", () => {
  it("computes the Reed–Solomon codewords of the standard's 1-M example (HELLO WORLD)", () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(reedSolomon(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it("writes the format bits of level M for each mask, and the version bits from version 7", () => {
    const m = [
      "101010000010010",
      "101000100100101",
      "101111001111100",
      "101101101001011",
      "100010111111001",
      "100000011001110",
      "100111110010111",
      "100101010100000",
    ];
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((k) => formatBits(k).toString(2).padStart(15, "0"))).toEqual(m);
    expect(versionBits(7).toString(2).padStart(18, "0")).toBe("000111110010010100");
  });

  it("encodes bytes with mode, count, terminator and the 0xEC 0x11 padding", () => {
    const bytes = new TextEncoder().encode("hello");
    expect(dataCodewordsFor(bytes, 1)).toEqual([
      0x40, 0x56, 0x86, 0x56, 0xc6, 0xc6, 0xf0, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec,
    ]);
  });

  it("draws the finder patterns, timing and the dark module where the standard puts them", () => {
    const m = encodeQr("hello");
    expect(m.length).toBe(21);
    const row = (y: number, from: number, to: number) =>
      m[y]!.slice(from, to)
        .map((d) => (d ? 1 : 0))
        .join("");
    expect(row(0, 0, 7)).toBe("1111111");
    expect(row(2, 0, 7)).toBe("1011101");
    expect(row(7, 0, 8)).toBe("00000000");
    expect(row(6, 8, 13)).toBe("10101");
    expect(row(0, 14, 21)).toBe("1111111");
    expect(m[21 - 8]![8]).toBe(true);
  });

  it("picks the smallest version that holds the link, up to version 10", () => {
    expect(versionFor(14)).toBe(1);
    expect(versionFor(15)).toBe(2);
    expect(versionFor(213)).toBe(10);
    expect(versionFor(214)).toBeNull();
    expect(() => encodeQr("x".repeat(300))).toThrow(
      "The link is 300 bytes long, more than a QR code of version 10 holds (213 bytes).",
    );
  });

  it("is read back as the same text at every version from 1 to 10", () => {
    for (let v = 1; v <= 10; v++) {
      const length = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213][v - 1]!;
      const text = (LINK + "#" + "x".repeat(300)).slice(0, length);
      const m = encodeQr(text);
      expect(m.length, `version ${v}`).toBe(17 + 4 * v);
      expect(decode(m), `version ${v}`).toBe(text);
    }
  });

  it("is read back with each of the eight masks, and with non-Latin text", () => {
    for (let mask = 0; mask < 8; mask++) expect(decode(encodeQr(LINK, { mask })), `mask ${mask}`).toBe(LINK);
    expect(decode(encodeQr("https://tracker.example/?lang=be#Гродна"))).toBe("https://tracker.example/?lang=be#Гродна");
  });

  it("draws the dark modules as one SVG path, a rectangle per run, inside the quiet zone", () => {
    expect(qrPath([[true, true, false, true]], 4)).toBe("M4 4h2v1h-2zM7 4h1v1h-1z");
  });
});
