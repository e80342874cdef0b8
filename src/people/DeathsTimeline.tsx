import "virtual:i18n/en/people";
import { memo } from "react";
import { sameContextButRange } from "../widgets/sameView";
import type { WidgetContext } from "../widgets/types";
import { DeathEntry } from "./DeathEntry";
import { DeathStrip } from "./DeathStrip";
import { DeathsLegend } from "./legends";
import { dialogOwner, selectedPerson } from "./model";
import { PersonDialog } from "./PersonDialog";
import type { DeathsModel } from "./widgets";
import "./people.css";

/**
 * Deaths in custody: a time strip of focusable marks above a chronological list with every detail and source.
 * Drawn again only when the deaths in the range change (the model keeps the array while they do not).
 */
export const DeathsTimeline = memo(
  DeathsContent,
  (a, b) => a.model.items === b.model.items && sameContextButRange(a.ctx, b.ctx),
);

function DeathsContent({ ctx, model }: { ctx: WidgetContext; model: DeathsModel }) {
  const views = model.items;
  const selected = selectedPerson(ctx.selection);
  return (
    <div className="people-widget deaths-timeline">
      {views.length === 0 ? (
        <p className="empty">{ctx.t("people.deaths.none")}</p>
      ) : (
        <>
          <DeathStrip ctx={ctx} views={views} label={model.summary} />
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
