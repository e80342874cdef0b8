/** Steps of the map's size key (the legend on the page and the standalone picture). */

/** Nice round values for the size key: the maximum and two smaller steps. */
export function sizeSteps(max: number): number[] {
  const mag = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  const top = Math.max(1, Math.floor(max / mag) * mag);
  return [...new Set([top, Math.round(top / 4), Math.round(top / 16)])].filter((n) => n >= 1);
}
