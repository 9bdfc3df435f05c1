// Checks that no single schema can: unique ids, known references, unambiguous aliases, and that
// every evidence sentence and quotation is the article's own text. Record files are checked one at a
// time as they are read, so an article's text is held only while its own file is checked.
import { normalizeText } from '../text/normalize.js';
import { nearestPassage } from './passage.js';
import { isDraft, type Actor, type Article, type EventRecord, type Quote, type Source } from './schema.js';
import type { DatasetProblem } from './types.js';

export interface ParsedRecordFile {
  readonly file: string;
  /** The file's JSON text, as read. */
  readonly json: string;
  readonly article: Article;
  /** Undefined when the text file is missing (already reported). */
  readonly text: string | undefined;
  readonly sources: readonly Source[];
  readonly events: readonly EventRecord[];
  readonly quotes: readonly Quote[];
  /** Each record's index in the file as written (records failing their schema were dropped). */
  readonly positions?: {
    readonly sources: readonly number[];
    readonly events: readonly number[];
    readonly quotes: readonly number[];
  };
}

/** An actor of the registry, with its file and (when known) its index in that file's list. */
export interface RegistryActor {
  readonly actor: Actor;
  readonly file: string;
  readonly index?: number;
}

const PLACE_KINDS = new Set(['place', 'country']);
const MEDIA_KINDS = new Set(['media']);
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

export class CrossChecker {
  /** Ids are unique across every record type, so a reply or a ledger can name any record by id alone. */
  private readonly seenIds = new Map<string, string>();
  private readonly actorsById = new Map<string, Actor>();
  /** Actors' evidence sentences, waiting for their article's text. */
  private readonly pendingEvidence = new Map<string, { actor: Actor; file: string; index: number }[]>();

  constructor(private readonly problems: DatasetProblem[]) {}

  private claimId(id: string, file: string, path: string): void {
    const previous = this.seenIds.get(id);
    if (previous !== undefined) {
      this.problems.push({
        file,
        recordId: id,
        path,
        message: `duplicate id "${id}" (first defined in ${previous})`,
      });
    } else {
      this.seenIds.set(id, file);
    }
  }

  /**
   * The actor registry: unique ids, and names and aliases that name one actor each, unless every
   * actor sharing one is a namesake with a note telling it apart (`disambiguation`). Call before
   * any file.
   */
  checkActors(actors: readonly { actor: Actor; file: string }[]): void {
    const nameOwners = new Map<string, Actor>();
    for (const { actor, file } of actors) {
      this.claimId(actor.id, file, 'id');
      this.actorsById.set(actor.id, actor);
      const names = new Set([actor.name, ...actor.aliases].map(normalizeText));
      for (const name of names) {
        if (name === '') {
          this.problems.push({
            file,
            recordId: actor.id,
            path: 'aliases',
            message: 'a name or alias has no letters',
          });
          continue;
        }
        const owner = nameOwners.get(name);
        if (owner === undefined) nameOwners.set(name, actor);
        else if (owner.id !== actor.id) this.checkNamesake(name, owner, actor, file);
      }
      actor.evidence.forEach((evidence, index) => {
        const waiting = this.pendingEvidence.get(evidence.article);
        if (waiting) waiting.push({ actor, file, index });
        else this.pendingEvidence.set(evidence.article, [{ actor, file, index }]);
      });
    }
  }

  /** Two actors go by one name: namesakes, each with a note saying which one it is, or a mistake. */
  private checkNamesake(name: string, owner: Actor, actor: Actor, file: string): void {
    const missing = [owner, actor].filter((a) => a.disambiguation === undefined).map((a) => `"${a.id}"`);
    if (missing.length === 0) return;
    this.problems.push({
      file,
      recordId: actor.id,
      path: actor.disambiguation === undefined ? 'disambiguation' : 'aliases',
      message:
        `"${name}" names both "${owner.id}" and "${actor.id}": namesakes need a disambiguation note each ` +
        `(missing on ${missing.join(' and ')}), otherwise a name or alias must name one actor`,
    });
  }

  /**
   * Checks a reference to an actor and returns the registry's own copy of the id, so the stored
   * dataset holds one string per actor however often it is referred to.
   */
  private checkActorRef(
    id: string,
    file: string,
    recordId: string,
    path: string,
    fromDraft: boolean,
    kinds?: Set<string>,
  ): string {
    const actor = this.actorsById.get(id);
    if (!actor) {
      this.problems.push({ file, recordId, path, message: `unknown actor "${id}"` });
      return id;
    }
    // The bot leaves drafts out: a record it serves must not point at one.
    if (!fromDraft && isDraft(actor)) {
      this.problems.push({
        file,
        recordId,
        path,
        message: `actor "${id}" is still a draft: accept it (npm run review) before an accepted record refers to it`,
      });
    }
    if (kinds && !kinds.has(actor.kind)) {
      this.problems.push({
        file,
        recordId,
        path,
        message: `actor "${id}" is a ${actor.kind}, expected ${[...kinds].join(' or ')}`,
      });
    }
    return actor.id;
  }

  /** One record file: its ids, references, sources, and every quoted text against its article. */
  checkFile(parsed: ParsedRecordFile): void {
    const { file, article, text, sources, events, quotes, positions } = parsed;
    /** `events[i]` as the file numbers it, whatever records before it were dropped. */
    const at = (list: 'sources' | 'events' | 'quotes', i: number) => `${list}[${positions?.[list][i] ?? i}]`;
    this.claimId(article.id, file, 'article.id');
    const draftArticle = isDraft(article);

    /** Proves `needle` is the article's own text (unless the text is missing: reported on its own). */
    const checkVerbatim = (
      what: string,
      needle: string,
      recordFile: string,
      recordId: string,
      path: string,
    ) => {
      if (text === undefined || text.includes(needle)) return;
      this.problems.push({
        file: recordFile,
        recordId,
        path,
        message: notVerbatim(what, needle, text, article.textPath),
      });
    };
    const verifyEach = (what: string, texts: readonly string[], recordId: string, path: string) =>
      texts.forEach((part, j) => checkVerbatim(what, part, file, recordId, `${path}[${j}]`));

    for (const { actor, file: actorFile, index } of this.pendingEvidence.get(article.id) ?? []) {
      checkVerbatim('evidence', actor.evidence[index]!.text, actorFile, actor.id, `evidence[${index}].text`);
    }
    this.pendingEvidence.delete(article.id);

    const sourceIds = new Set<string>();
    sources.forEach((source, i) => {
      this.claimId(source.id, file, `${at('sources', i)}.id`);
      sourceIds.add(source.id);
      if (source.outletActor !== undefined) {
        source.outletActor = this.checkActorRef(
          source.outletActor,
          file,
          source.id,
          `${at('sources', i)}.outletActor`,
          draftArticle,
          MEDIA_KINDS,
        );
      }
      if (source.kind === 'bracket') {
        checkVerbatim('raw citation', source.raw, file, source.id, `${at('sources', i)}.raw`);
      }
    });
    const checkSources = (ids: readonly string[], recordId: string, prefix: string) =>
      ids.forEach((id, j) => {
        if (!sourceIds.has(id)) {
          this.problems.push({
            file,
            recordId,
            path: `${prefix}.sources[${j}]`,
            message: `unknown source "${id}" (sources must be listed in the same article's file)`,
          });
        }
      });

    events.forEach((event, i) => {
      const prefix = at('events', i);
      this.claimId(event.id, file, `${prefix}.id`);
      const draft = draftArticle || isDraft(event);
      event.actors.forEach(
        (id, j) =>
          (event.actors[j] = this.checkActorRef(id, file, event.id, `${prefix}.actors[${j}]`, draft)),
      );
      event.places.forEach(
        (id, j) =>
          (event.places[j] = this.checkActorRef(
            id,
            file,
            event.id,
            `${prefix}.places[${j}]`,
            draft,
            PLACE_KINDS,
          )),
      );
      checkSources(event.sources, event.id, prefix);
      verifyEach('evidence', event.evidence, event.id, `${prefix}.evidence`);
    });

    quotes.forEach((quote, i) => {
      const prefix = at('quotes', i);
      this.claimId(quote.id, file, `${prefix}.id`);
      const draft = draftArticle || isDraft(quote);
      quote.speaker = this.checkActorRef(quote.speaker, file, quote.id, `${prefix}.speaker`, draft);
      checkSources(quote.sources, quote.id, prefix);
      verifyEach('evidence', quote.evidence, quote.id, `${prefix}.evidence`);
      if (quote.kind !== 'direct') return;
      if (quote.parts) verifyEach('quotation part', quote.parts, quote.id, `${prefix}.parts`);
      else checkVerbatim('quotation', quote.text, file, quote.id, `${prefix}.text`);
    });
  }

  /**
   * After the last file: actors' evidence citing an article no file holds. Articles whose file was
   * too broken to read are left out: that file's own problem says why.
   */
  finish(unreadableArticles: ReadonlySet<string>): void {
    for (const [article, waiting] of this.pendingEvidence) {
      if (unreadableArticles.has(article)) continue;
      for (const { actor, file, index } of waiting) {
        this.problems.push({
          file,
          recordId: actor.id,
          path: `evidence[${index}].article`,
          message: `unknown article "${article}"`,
        });
      }
    }
    this.pendingEvidence.clear();
  }
}
