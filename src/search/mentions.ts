// What "Look up in Dossier" finds in a message: the actors it names and the events it retells.
import { FIELD_WEIGHT, type SearchDocument } from './documents.js';
import { STOP_WORDS, foldWord, foldedTokens } from './fold.js';
import type { KindIndex } from './kind-index.js';
import { stemWord } from './stem.js';
import { MATCH_QUALITY } from './word-index.js';
import { tokenize } from '../text/normalize.js';

/**
 * The actors a text names (any name or alias, as whole words) and the events whose titles it
 * mostly repeats: what "Look up in Dossier" shows for a message.
 */
export function mentionsIn(
  actors: KindIndex,
  events: KindIndex,
  text: string,
  limit: number,
): { actors: SearchDocument[]; events: { document: SearchDocument; share: number }[] } {
  const tokens = tokenize(text.slice(0, 4000));
  const words = tokens.map(foldWord);
  const found = new Map<number, number>();
  for (let start = 0; start < words.length; start++) {
    for (let length = 1; length <= 5 && start + length <= words.length; length++) {
      const key = words.slice(start, start + length).join(' ');
      for (const doc of actors.exactNames.find(key, (d) => actors.folded.of(d).keys.includes(key))) {
        if (!found.has(doc)) found.set(doc, found.size);
      }
    }
  }
  const actorDocuments = [...found.keys()].map((doc) => actors.documents[doc]!);
  // Events: count, through the word index, how many of each title's words the text repeats.
  const hits = new Map<number, number>();
  const distinct = new Map<string, string>();
  tokens.forEach((token, i) => {
    if (!STOP_WORDS.has(words[i]!) && !distinct.has(words[i]!)) distinct.set(words[i]!, token);
  });
  for (const [word, token] of distinct) {
    for (const { term, quality } of events.words.match(word, 'exact', word, stemWord(token))) {
      if (quality < MATCH_QUALITY.stem) continue;
      const docs = events.words.postingDocs(term);
      const weights = events.words.postingWeights(term);
      for (let i = 0; i < docs.length; i++) {
        if (weights[i] === FIELD_WEIGHT.name) hits.set(docs[i]!, (hits.get(docs[i]!) ?? 0) + 1);
      }
    }
  }
  const eventResults: { document: SearchDocument; share: number }[] = [];
  for (const [doc, shared] of hits) {
    const document = events.documents[doc]!;
    const share = Math.min(1, shared / Math.max(1, new Set(foldedTokens(document.label)).size));
    if (shared >= 2 && share >= 0.6) eventResults.push({ document, share });
  }
  eventResults.sort((a, b) => b.share - a.share);
  return { actors: actorDocuments.slice(0, limit), events: eventResults.slice(0, limit) };
}
