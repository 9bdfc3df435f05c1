// Namesakes: which of the people sharing a surname speaks, by a recent role noun or else by who was
// named last.
import type { ActorTable } from '../actors.js';
import type { Sentence } from '../segment.js';
import type { SpeakerResolution } from './mentions.js';
import { ROLE_REFERENCE } from './words.js';

/** Among namesakes, the one a recent role noun points to, else the one named most recently. */
export function disambiguate(
  table: ActorTable,
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly string[],
  at: number,
  sentence: number,
): SpeakerResolution {
  const windowStart = sentences[Math.max(0, sentence - 2)]?.start ?? 0;
  const window = text.slice(windowStart, at);
  for (const m of [...window.matchAll(ROLE_REFERENCE)].reverse()) {
    const noun = (m[2] ?? '').toLowerCase();
    const hit = candidates.filter((c) => table.actors.get(c)?.description?.toLowerCase().includes(noun));
    if (hit.length === 1 && hit[0]) return { actor: hit[0], how: 'role' };
  }
  const recent = table.mentions
    .filter((m) => m.end <= at && m.actors.length === 1 && candidates.includes(m.actors[0] ?? ''))
    .at(-1);
  if (recent?.actors[0]) {
    const name = table.actors.get(recent.actors[0])?.name;
    return {
      actor: recent.actors[0],
      how: 'surname',
      doubt: `shared surname resolved to the one named last (${name})`,
    };
  }
  return { how: 'none', doubt: 'a surname several people share' };
}
