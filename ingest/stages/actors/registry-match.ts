// Article actors that the registry already holds: matched by name or alias, a lone surname by a
// registered person's surname, then by spelling (noted for review). Several matches are noted and
// the actor drafted as new.
import { nameKey } from '../../../src/search/fold.js';
import { normalizeText } from '../../../src/text/normalize.js';
import type { Registry } from '../../files/registry.js';
import type { ArticleActor } from './types.js';

/** Point article actors at registry actors with the same name, alias or spelling. */
export function matchRegistry(actors: Map<string, ArticleActor>, registry: Registry, notes: string[]): void {
  for (const actor of actors.values()) {
    const forms = [actor.name, ...actor.aliases];
    const candidates = new Set<string>();
    for (const f of forms) for (const id of registry.byName.get(normalizeText(f)) ?? []) candidates.add(id);
    let matched = [...candidates]
      .map((id) => registry.actors.find((a) => a.id === id))
      .filter((a) => a && (a.kind === actor.kind || actor.kindCue === 'weak'))
      // ("National Assembly" printed "Talvaria’s National Assembly" is not the registry's "National
      // Assembly" printed "Merkesia’s National Assembly": a state body of another state.)
      .filter((a) => a && !otherStates(forms, [a.name, ...a.aliases]));
    if (matched.length === 0 && actor.kind === 'person' && !actor.name.includes(' ')) {
      matched = registry.actors.filter(
        (a) => a.kind === 'person' && nameKey(a.name.split(' ').at(-1) ?? '') === nameKey(actor.name),
      );
    }
    let bySpelling = false;
    if (matched.length === 0) {
      for (const id of registry.bySpelling.get(nameKey(actor.name)) ?? []) {
        const a = registry.actors.find((x) => x.id === id);
        if (a && a.kind === actor.kind) matched.push(a);
      }
      bySpelling = matched.length > 0;
    }
    if (matched.length === 1 && matched[0]) {
      actor.registryId = matched[0].id;
      actor.kind = matched[0].kind;
      if (bySpelling)
        notes.push(
          `"${actor.name}" matched registry actor ${matched[0].id} ("${matched[0].name}") by spelling; check`,
        );
    } else if (matched.length > 1) {
      notes.push(
        `"${actor.name}" could be any of ${matched.map((a) => a?.id).join(', ')} in the registry; drafted as a new actor`,
      );
    }
  }
}

/** The states a body's printed forms name it by: "Merkesia’s National Assembly" → Merkesia. */
function owningStates(forms: readonly string[]): Set<string> {
  return new Set(forms.flatMap((f) => /^(\p{Lu}[\p{L}-]+)[’']s \p{Lu}/u.exec(f)?.[1] ?? []));
}

/** Both sides name their body by a state's possessive, and no state is the same. */
function otherStates(mine: readonly string[], theirs: readonly string[]): boolean {
  const a = owningStates(mine);
  const b = owningStates(theirs);
  return a.size > 0 && b.size > 0 && ![...a].some((s) => b.has(s));
}
