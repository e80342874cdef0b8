import "virtual:i18n/en/people";
import { memo } from "react";
import { sameContextButRange } from "../widgets/sameView";
import type { WidgetContext } from "../widgets/types";
import { DeathEntry } from "./DeathEntry";
import { DeathStrip } from "./DeathStrip";
import { DeathsLegend } from "./legends";
import { deathsFor, dialogOwner, selectedPerson, type DeathView } from "./model";
import { PersonDialog } from "./PersonDialog";
import { deathsSummary } from "./summaries";
import "./people.css";

/** Deaths in custody: a time strip of focusable marks above a chronological list with every detail and source. */
export function DeathsTimeline({ ctx }: { ctx: WidgetContext }) {
  return <DeathsBody ctx={ctx} views={deathsFor(ctx.release, ctx.range)} />;
}

/** Drawn again only when the deaths in the range change (deathsFor keeps the array while they do not). */
const DeathsBody = memo(DeathsContent, (a, b) => a.views === b.views && sameContextButRange(a.ctx, b.ctx));

function DeathsContent({ ctx, views }: { ctx: WidgetContext; views: DeathView[] }) {
  const selected = selectedPerson(ctx.selection);
  return (
    <div className="people-widget deaths-timeline">
      {views.length === 0 ? (
        <p className="empty">{ctx.t("people.deaths.none")}</p>
      ) : (
        <>
          <DeathStrip ctx={ctx} views={views} label={deathsSummary(ctx)} />
          <DeathsLegend ctx={ctx} views={views} />
          <ol className="deaths-list">
            {views.map((v) => (
              <DeathEntry key={v.death.id} view={v} ctx={ctx} />
            ))}
          </ol>
        </>
      )}
      {selected && dialogOwner(ctx.release, selected) === "deaths-in-custody" && (
        <PersonDialog ctx={ctx} personId={selected} />
      )}
    </div>
  );
}
