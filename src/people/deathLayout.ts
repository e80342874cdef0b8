/**
 * Layout of the deaths strip: a time scale from the first year with a death to the release date, and
 * lanes so that marks close in time stack instead of overlapping. Pure: (deaths, width) → positions.
 */
import { utcYear } from "d3-time";
import { utcScale, type UtcScale } from "../charts/common/scale";
import { firstDay, lastDay, periodStart, precisionOf } from "../data/dates";
import type { DeathView } from "./model";

export interface DeathMark {
  view: DeathView;
  x: number;
  /** End of the uncertain period when the date is known only to the month or year. */
  xUncertain: number | null;
  /** Where the first later "reported" date falls, if any. */
  xReported: number | null;
  lane: number;
  y: number;
}

export interface DeathLayout {
  x: UtcScale;
  marks: DeathMark[];
  height: number;
  axisY: number;
  ticks: Date[];
}

// 18: room for half a year label ("2021") either side of the axis.
export const MARGIN = { left: 18, right: 18, top: 22 };
const LANE = 24;
const MIN_GAP = 18;

export function layoutDeaths(views: readonly DeathView[], width: number, asOf: string): DeathLayout {
  const starts = views.map((v) => firstDay(v.death.died[0]!.date));
  const first = starts.length ? starts.reduce((a, b) => (a < b ? a : b)) : asOf;
  const x = utcScale(
    [utcYear.floor(periodStart(first)), periodStart(asOf)],
    [MARGIN.left, Math.max(MARGIN.left + 40, width - MARGIN.right)],
  );
  const laneEnds: number[] = [];
  const marks = views.map((view): DeathMark => {
    const died = view.death.died[0]!.date;
    const mx = x(periodStart(firstDay(died)));
    const reported = view.reportedLater[0]?.claim.date;
    let xUncertain: number | null = null;
    if (precisionOf(died) !== "day") {
      const end = lastDay(died);
      xUncertain = x(periodStart(reported && reported < end ? reported : end < asOf ? end : asOf));
    }
    const xReported = reported ? x(periodStart(reported)) : null;
    const right = Math.max(mx, xUncertain ?? mx, xReported ?? mx);
    let lane = laneEnds.findIndex((end) => end < mx - MIN_GAP);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = right;
    return { view, x: mx, xUncertain, xReported, lane, y: MARGIN.top + lane * LANE };
  });
  const lanes = Math.max(1, laneEnds.length);
  const axisY = MARGIN.top + (lanes - 1) * LANE + 16;
  const years = x.domain()[1].getUTCFullYear() - x.domain()[0].getUTCFullYear();
  const every = width < 420 && years > 4 ? 2 : 1;
  return { x, marks, height: axisY + 22, axisY, ticks: x.ticks(utcYear.every(every)!) };
}
