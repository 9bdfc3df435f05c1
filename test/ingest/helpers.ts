// Shared test helpers: a tiny article builder and a one-call draft.
import { draftArticle } from '../../ingest/pipeline.js';
import { indexActors } from '../../ingest/files/registry.js';
import type { Actor } from '../../src/dataset/schema.js';

export function article(
  paragraphs: string[],
  header = 'Publication: Eurasia Daily Monitor Volume: 9 Issue: 12 June 20, 2009',
): string {
  return `Test Title About Things\n\n${header}\n\n${paragraphs.join('\n\n')}\n`;
}

export function draftOf(text: string, actors: Actor[] = []) {
  const result = draftArticle(text, { registry: indexActors(actors) });
  if (!result.ok) throw new Error(result.report.items.map((i) => i.message).join('; '));
  return result;
}

/**
 * The draft of a short interview (Dina Kerey of the Ostrov Weavers Union, May 12, 2009) whose first
 * answer is `answer`: for tests of how an answer's "I", "we" and "me" are read.
 */
export function draftOfAnswer(answer: string) {
  return draftOf(
    article(
      [
        'Dina Kerey has chaired the Ostrov Weavers Union since 2004. Below, Kerey answers our questions.',
        'Q: What happened?',
        `A: ${answer}`,
        'Q: And now?',
        'A: The mill is closed.',
        'The interview was conducted by Ana Rus in Ostrov on May 12, 2009, and published in the Steppe Herald on May 14.',
      ],
      'Publication: Eurasia Daily Monitor Volume: 6 Issue: 90',
    ),
  ).draft;
}

/** The speakers' names of the reported statements drafted from `text`, in order. */
export function reportedSpeakers(text: string): string[] {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === 'reported')
    .map((q) => draft.actors.find((a) => a.id === q.speaker)?.name ?? q.speaker);
}

/** Every name (the actor's name, then its aliases) of each reported statement's speaker. */
export function reportedSpeakerForms(text: string): string[][] {
  const { draft } = draftOf(text);
  return draft.quotes
    .filter((q) => q.kind === 'reported')
    .map((q) => {
      const a = draft.actors.find((x) => x.id === q.speaker);
      return a ? [a.name, ...a.aliases] : [q.speaker];
    });
}

/** The reported statement of `draft` whose evidence (its sentences joined) matches `pattern`. */
export function statementMatching(draft: ReturnType<typeof draftOf>['draft'], pattern: RegExp) {
  return draft.quotes.find((q) => q.kind === 'reported' && pattern.test([q.evidence].flat().join(' ')));
}

/**
 * Drafting paragraphs under one header, and what the rounds' reading tests ask of the draft: the
 * speaker of the quotation holding `quoted` (`quoteSpeaker`: of a direct quotation only), the speaker
 * of the statement whose evidence matches a pattern, each actor's kind by name, each event's day, and
 * each event as "day actor, actor, …".
 */
export function draftsUnder(header: string) {
  const draft = (...paragraphs: string[]) => draftOf(article(paragraphs, header)).draft;
  type Drafted = ReturnType<typeof draft>;
  const nameOf = (d: Drafted, id: string | undefined) => d.actors.find((a) => a.id === id)?.name;
  return {
    draft,
    speakerOf: (quoted: string, ...paragraphs: string[]) => {
      const d = draft(...paragraphs);
      return nameOf(d, d.quotes.find((x) => x.text.includes(quoted))?.speaker);
    },
    quoteSpeaker: (quoted: string, ...paragraphs: string[]) => {
      const d = draft(...paragraphs);
      return nameOf(d, d.quotes.find((x) => x.kind === 'direct' && x.text.includes(quoted))?.speaker);
    },
    statementSpeaker: (pattern: RegExp, ...paragraphs: string[]) => {
      const d = draft(...paragraphs);
      return nameOf(d, statementMatching(d, pattern)?.speaker);
    },
    kinds: (...paragraphs: string[]): Record<string, string> =>
      Object.fromEntries(draft(...paragraphs).actors.map((a) => [a.name, a.kind])),
    eventsOn: (...paragraphs: string[]) => draft(...paragraphs).events.map((e) => e.date.start),
    eventActors: (...paragraphs: string[]) => {
      const d = draft(...paragraphs);
      return d.events.map((e) => `${e.date.start} ${e.actors.map((id) => nameOf(d, id)).join(', ')}`);
    },
  };
}
