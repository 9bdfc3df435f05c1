// A pass for the people around a person named: "people close to President Vrabec told …".
import type { Sentence } from '../segment.js';
import { type UnnamedScan, draftUnnamed, nameOf } from './draft.js';

/**
 * "people close to President Vrabec told Kanal 5 …", "sources close to the prime minister": the people
 * around a person named, not the person.
 */
export function findPeopleCloseTo(scan: UnnamedScan, s: Sentence): void {
  const { text, table } = scan;
  for (const m of s.text.matchAll(
    /\b(?:(?:[Ss]ome|[Ss]everal|[Mm]any) )?([Pp]eople|[Ss]ources|[Tt]hose|[Aa]ssociates|[Aa]llies|[Ff]riends|[Ss]omeone|[Aa] source|[Aa] person) close to (?:(?:the )?\p{Lu}[\p{L}-]*(?: |(?=[,.;]))){1,5}/gu,
  )) {
    const start = s.start + m.index;
    const person = table.mentions.find(
      (x) =>
        x.sentence === s.index &&
        x.actors.length === 1 &&
        x.start > start + m[0].indexOf(' close to ') &&
        x.start < start + m[0].length &&
        table.actors.get(x.actors[0] ?? '')?.kind === 'person',
    );
    const principal = person ? nameOf(table, person.actors[0] ?? '') : undefined;
    if (!person || !principal) continue;
    // ("Sources close to Vrabec": already drafted by findOfficialsOf, which reads "close to" too.)
    if (table.mentions.some((x) => x.via === 'group' && x.start < person.end && start < x.end)) continue;
    const noun = (m[1] ?? '').toLowerCase();
    const one = /^(?:someone|a source|a person)$/.test(noun);
    draftUnnamed(
      scan,
      s,
      start,
      person.end,
      text.slice(start, person.end).replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
      one ? 'person' : 'organization',
      `unnamed ${noun} close to ${principal}`,
    );
  }
}
