// Source records: one per citation, dated when its date resolved, its outlet linked to the media actor.
import type { Source } from '../../../src/dataset/schema.js';
import { normalizeText } from '../../../src/text/normalize.js';
import type { Analysis } from '../../analysis.js';
import type { Ids } from '../../ids.js';
import { slugify } from '../../language/words.js';
import type { ReviewReport } from '../../report.js';
import type { Citation } from '../sources.js';

/** A source record per citation, its outlet linked to the media actor of that name. */
export function assembleSources(
  an: Analysis,
  prefix: string,
  ids: Ids,
  keyToId: (key: string) => string | undefined,
  report: ReviewReport,
) {
  const sourceId = new Map<number, string>();
  const sources: Source[] = [];
  for (const c of an.citations) {
    if (c.noOutlet) continue;
    const date = an.citationDates.get(c.start);
    const outletActorOf = [...an.table.actors.values()].find(
      (a) =>
        a.kind === 'media' &&
        [a.name, ...a.aliases, ...a.forms.keys()].some((n) => normalizeText(n) === normalizeText(c.outlet)),
    );
    const outletKey = outletActorOf?.key;
    // "(EBC, Brennholt, May 2)" after "Eskarian Broadcasting (EBC)": an outlet cited by the abbreviation
    // the article declared for it is recorded under its full name.
    const outlet =
      outletActorOf &&
      /^\p{Lu}{2,6}$/u.test(c.outlet) &&
      outletActorOf.name.includes(' ') &&
      outletActorOf.aliases.has(c.outlet)
        ? outletActorOf.name
        : c.outlet;
    const id = ids.take(`${prefix}-src-${slugify(outlet, 20)}${date ? `-${date.start}` : ''}`);
    sourceId.set(c.start, id);
    const outletActor = outletKey ? keyToId(outletKey) : undefined;
    sources.push({
      id,
      kind: c.kind,
      raw: c.raw,
      outlet,
      ...(outletActor ? { outletActor } : {}),
      ...(c.place ? { place: c.place } : {}),
      ...(date ? { date: date.start, dateYearInferred: date.yearInferred } : { dateYearInferred: false }),
      ...(c.page ? { page: c.page } : {}),
      ...(c.number ? { number: c.number } : {}),
      ...(c.author ? { author: c.author } : {}),
      ...(c.note ? { note: c.note } : {}),
    });
    if (c.date && !date)
      report.add('warning', 'source', `citation date "${c.date.text}" could not be resolved`, c.raw);
  }
  const sourceIds = (list: readonly Citation[]) => [
    ...new Set(list.map((c) => sourceId.get(c.start)).filter((x): x is string => !!x)),
  ];
  return { sources, sourceIds };
}
