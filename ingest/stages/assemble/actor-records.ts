// Actor records: registry actors reused by id, the rest new records under name slugs, their aliases
// unique across the registry.
import type { Actor } from '../../../src/dataset/schema.js';
import { normalizeText } from '../../../src/text/normalize.js';
import type { Analysis } from '../../analysis.js';
import type { Registry } from '../../files/registry.js';
import type { Ids } from '../../ids.js';
import { slugify } from '../../language/words.js';
import type { ReviewReport } from '../../report.js';
import { draftReview } from './review.js';
import type { ActorRef } from './types.js';

/** Registry ids for known actors, new ids (name slugs) and records for the rest. */
export function assembleActors(
  an: Analysis,
  articleId: string,
  ids: Ids,
  registry: Registry,
  report: ReviewReport,
) {
  const actorId = new Map<string, string>();
  const newActors: Actor[] = [];
  const refs: ActorRef[] = [];
  for (const a of an.table.actors.values()) {
    if (a.registryId) {
      actorId.set(a.key, a.registryId);
      const reg = registry.actors.find((r) => r.id === a.registryId);
      // ("US" printed and "American" voting for the United States: two names, one registry actor.)
      if (refs.some((r) => r.id === a.registryId)) continue;
      refs.push({ id: a.registryId, name: reg?.name ?? a.name, kind: reg?.kind ?? a.kind, registered: true });
      continue;
    }
    const id = ids.take(slugify(a.name, 60) || 'actor');
    actorId.set(a.key, id);
    const aliases: string[] = [];
    const seen = new Set([normalizeText(a.name)]);
    for (const alias of a.aliases) {
      const f = normalizeText(alias);
      if (f === '' || seen.has(f)) continue;
      // Aliases are unique across the registry: a shared surname never becomes anyone's alias.
      if (
        registry.byName.has(f) ||
        newActors.some((n) => [n.name, ...n.aliases].some((x) => normalizeText(x) === f))
      ) {
        report.add('check', 'actor', `alias "${alias}" of ${a.name} left out: another actor already uses it`);
        continue;
      }
      seen.add(f);
      aliases.push(alias);
    }
    newActors.push({
      id,
      kind: a.kind,
      name: a.name,
      aliases,
      ...(a.description ? { description: a.description } : {}),
      evidence: [{ article: articleId, text: an.sentences[a.evidenceSentence]?.text ?? a.name }],
      review: draftReview([a.kindCue === 'weak' && `kind "${a.kind}" is a guess from context`, a.inferred]),
    });
    refs.push({ id, name: a.name, kind: a.kind, registered: false });
    if (a.kindCue === 'weak')
      report.add('check', 'actor', `${a.name}: kind "${a.kind}" is a guess from context`);
  }
  return { actorId, newActors, refs };
}
