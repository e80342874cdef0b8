/**
 * Width bands of the script-less iframe code: band i covers container widths from BAND_STARTS[i] up to the next
 * start. The first band (0) is also the iframe's inline height, so it is the one that must fit the narrowest
 * column measured (280 px: a 320 px phone with 20 px margins). scripts/embed-heights.ts measures them.
 */
export const BAND_STARTS = [0, 320, 360, 400, 480, 560, 640, 800, 1000] as const;

/** The tallest height measured in each band (in the order of `bandStarts`), in CSS px, without margin. */
export type BandHeights = number[];

/** The shape of src/embed/heights.json. */
export interface EmbedHeights {
  note: string;
  /** The Chromium the heights were measured in. */
  chromium: string;
  /** The container widths measured. */
  widths: number[];
  bandStarts: number[];
  /** widget → lang → bands, the tallest over every published release measured. */
  all: Record<string, Record<string, BandHeights>>;
  /** release → widget → lang → bands. */
  releases: Record<string, Record<string, Record<string, BandHeights>>>;
}
