// Checks that no single schema can: unique ids, known references, unambiguous aliases, and that
// every evidence sentence and quotation is the article's own text.
import { normalizeText } from '../text/normalize.js';
import { nearestPassage } from './passage.js';
import type { Actor, Article, EventRecord, Quote, Source } from './schema.js';
import type { DatasetProblem } from './types.js';

export interface ParsedRecordFile {
  readonly file: string;
  readonly article: Article;
  /** Undefined when the text file is missing (already reported). */
  readonly text: string | undefined;
  readonly sources: readonly Source[];
  readonly events: readonly EventRecord[];
  readonly quotes: readonly Quote[];
}

const PLACE_KINDS = new Set(['place', 'country']);
const PASSAGE_PREVIEW = 240;

function preview(text: string): string {
  return text.length > PASSAGE_PREVIEW ? `${text.slice(0, PASSAGE_PREVIEW - 1)}…` : text;
}

/** The "not in the article" message, with the nearest passage so the maintainer can fix it. */
function notVerbatim(what: string, needle: string, text: string, textPath: string): string {
  const nearest = nearestPassage(text, needle);
  const hint = nearest.passage ? `; nearest passage: "${preview(nearest.passage)}"` : '';
  return `${what} does not occur verbatim in ${textPath}: "${preview(needle)}"${hint}`;
}

export function crossCheck(
  actors: readonly { actor: Actor; file: string }[],
  recordFiles: readonly ParsedRecordFile[],
  unreadableArticles: ReadonlySet<string>,
  problems: DatasetProblem[],
): void {
  // Ids are unique across every record type, so a reply or a ledger can name any record by id alone.
  const seenIds = new Map<string, string>();
  const claimId = (id: string, file: string, path: string) => {
    const previous = seenIds.get(id);
    if (previous !== undefined) {
      problems.push({
        file,
        recordId: id,
        path,
        message: `duplicate id "${id}" (first defined in ${previous})`,
      });
    } else {
      seenIds.set(id, file);
    }
  };

  const actorsById = new Map<string, Actor>();
  const nameOwners = new Map<string, string>();
  actors.forEach(({ actor, file }) => {
    claimId(actor.id, file, 'id');
    actorsById.set(actor.id, actor);
    const names = new Set([actor.name, ...actor.aliases].map(normalizeText));
    for (const name of names) {
      if (name === '') {
        problems.push({
          file,
          recordId: actor.id,
          path: 'aliases',
          message: 'a name or alias has no letters',
        });
        continue;
      }
      const owner = nameOwners.get(name);
      if (owner !== undefined && owner !== actor.id) {
        problems.push({
          file,
          recordId: actor.id,
          path: 'aliases',
          message: `alias "${name}" is shared by actors "${owner}" and "${actor.id}": aliases must name one actor`,
        });
      } else {
        nameOwners.set(name, actor.id);
      }
    }
  });

  const articleTexts = new Map<string, { text: string | undefined; textPath: string }>();
  for (const { file, article, text } of recordFiles) {
    claimId(article.id, file, 'article.id');
    articleTexts.set(article.id, { text, textPath: article.textPath });
  }

  const checkActorRef = (id: string, file: string, recordId: string, path: string, kinds?: Set<string>) => {
    const actor = actorsById.get(id);
    if (!actor) {
      problems.push({ file, recordId, path, message: `unknown actor "${id}"` });
    } else if (kinds && !kinds.has(actor.kind)) {
      problems.push({
        file,
        recordId,
        path,
        message: `actor "${id}" is a ${actor.kind}, expected ${[...kinds].join(' or ')}`,
      });
    }
  };

  /**
   * Proves `needle` is the article's own text. Returns it as a slice of the article, which shares
   * the article's memory instead of holding a second copy (large datasets repeat every sentence).
   */
  const checkVerbatim = (
    what: string,
    needle: string,
    articleId: string,
    file: string,
    recordId: string,
    path: string,
  ): string => {
    const article = articleTexts.get(articleId);
    if (article?.text === undefined) return needle; // missing article or text: reported on its own
    const at = article.text.indexOf(needle);
    if (at !== -1) return article.text.slice(at, at + needle.length);
    problems.push({
      file,
      recordId,
      path,
      message: notVerbatim(what, needle, article.text, article.textPath),
    });
    return needle;
  };

  /** Checks each string of a record's list and keeps it as a slice of the article, in place. */
  const verifyEach = (
    what: string,
    texts: string[],
    articleId: string,
    file: string,
    recordId: string,
    path: string,
  ) => {
    texts.forEach((text, j) => {
      texts[j] = checkVerbatim(what, text, articleId, file, recordId, `${path}[${j}]`);
    });
  };

  actors.forEach(({ actor, file }) => {
    actor.evidence.forEach((evidence, i) => {
      if (unreadableArticles.has(evidence.article)) return; // its record file's own problem says why
      if (!articleTexts.has(evidence.article)) {
        problems.push({
          file,
          recordId: actor.id,
          path: `evidence[${i}].article`,
          message: `unknown article "${evidence.article}"`,
        });
        return;
      }
      evidence.text = checkVerbatim(
        'evidence',
        evidence.text,
        evidence.article,
        file,
        actor.id,
        `evidence[${i}].text`,
      );
    });
  });

  for (const { file, article, sources, events, quotes } of recordFiles) {
    const sourceIds = new Set<string>();
    sources.forEach((source, i) => {
      claimId(source.id, file, `sources[${i}].id`);
      sourceIds.add(source.id);
      if (source.outletActor !== undefined) {
        checkActorRef(source.outletActor, file, source.id, `sources[${i}].outletActor`, new Set(['media']));
      }
      if (source.kind === 'bracket') {
        source.raw = checkVerbatim(
          'raw citation',
          source.raw,
          article.id,
          file,
          source.id,
          `sources[${i}].raw`,
        );
      }
    });
    const checkSources = (ids: readonly string[], recordId: string, prefix: string) =>
      ids.forEach((id, j) => {
        if (!sourceIds.has(id)) {
          problems.push({
            file,
            recordId,
            path: `${prefix}.sources[${j}]`,
            message: `unknown source "${id}" (sources must be listed in the same article's file)`,
          });
        }
      });

    events.forEach((event, i) => {
      const prefix = `events[${i}]`;
      claimId(event.id, file, `${prefix}.id`);
      event.actors.forEach((id, j) => checkActorRef(id, file, event.id, `${prefix}.actors[${j}]`));
      event.places.forEach((id, j) =>
        checkActorRef(id, file, event.id, `${prefix}.places[${j}]`, PLACE_KINDS),
      );
      checkSources(event.sources, event.id, prefix);
      verifyEach('evidence', event.evidence, article.id, file, event.id, `${prefix}.evidence`);
    });

    quotes.forEach((quote, i) => {
      const prefix = `quotes[${i}]`;
      claimId(quote.id, file, `${prefix}.id`);
      checkActorRef(quote.speaker, file, quote.id, `${prefix}.speaker`);
      checkSources(quote.sources, quote.id, prefix);
      verifyEach('evidence', quote.evidence, article.id, file, quote.id, `${prefix}.evidence`);
      if (quote.kind !== 'direct') return;
      if (quote.parts) {
        verifyEach('quotation part', quote.parts, article.id, file, quote.id, `${prefix}.parts`);
      } else {
        quote.text = checkVerbatim('quotation', quote.text, article.id, file, quote.id, `${prefix}.text`);
      }
    });
  }
}
