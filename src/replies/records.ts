// Cited embeds for single records: an event, a quotation or statement, an actor.
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { formatDateSpec } from '../dataset/dates.js';
import type { Dataset, DatasetActor, DatasetEvent, DatasetQuote, DatasetSource } from '../dataset/types.js';
import { actorName, articleOf, citationLine, describeArticle, describeSource, sourceOf } from './cite.js';
import { LIMITS, blockQuote, truncate } from './limits.js';

const STATUS_LABEL = { happened: '', planned: ' (planned)', reported: ' (reported, unconfirmed)' } as const;

function sourcesOf(dataset: Dataset, ids: readonly string[]): DatasetSource[] {
  return ids.flatMap((id) => sourceOf(dataset, id) ?? []);
}

/** The fields every record shares: where it comes from, and how to cite it. */
function citationFields(
  dataset: Dataset,
  articleId: string,
  sources: readonly DatasetSource[],
): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  if (sources.length > 0) {
    fields.push({
      name: sources.length > 1 ? 'Sources' : 'Source',
      value: sources.map(describeSource).join('\n'),
    });
  } else {
    fields.push({ name: 'Source', value: 'The article itself (no inline citation for this passage).' });
  }
  const article = articleOf(dataset, articleId);
  if (article) {
    fields.push({ name: 'Article', value: describeArticle(article) });
    fields.push({ name: 'Cite as', value: citationLine(article, sources) });
  }
  return fields;
}

function evidenceQuote(evidence: readonly string[], room: number): string {
  return blockQuote(evidence.join(' … '), room);
}

export function eventEmbed(dataset: Dataset, event: DatasetEvent): APIEmbed {
  const description = `${event.summary}\n\n${evidenceQuote(event.evidence, LIMITS.embedDescription - event.summary.length - 2)}`;
  const fields: APIEmbedField[] = [
    { name: 'Date', value: formatDateSpec(event.date) + STATUS_LABEL[event.status], inline: true },
  ];
  if (event.actors.length > 0) {
    fields.push({
      name: 'Actors',
      value: event.actors.map((id) => actorName(dataset, id)).join(', '),
      inline: true,
    });
  }
  if (event.places.length > 0) {
    fields.push({
      name: 'Places',
      value: event.places.map((id) => actorName(dataset, id)).join(', '),
      inline: true,
    });
  }
  fields.push(...citationFields(dataset, event.article, sourcesOf(dataset, event.sources)));
  return { title: event.title, description, fields, footer: { text: `Dossier · event · ${event.id}` } };
}

export function quoteEmbed(dataset: Dataset, quote: DatasetQuote): APIEmbed {
  const speaker = dataset.byId.get(quote.speaker);
  const speakerActor = speaker?.type === 'actor' ? speaker.record : undefined;
  const name = speakerActor?.name ?? quote.speaker;
  const description =
    quote.kind === 'direct'
      ? `${blockQuote(`“${quote.text}”`, 3000)}\n— ${name}`
      : `${quote.text}\n\n${evidenceQuote(quote.evidence, 3000)}`;
  const fields: APIEmbedField[] = [
    {
      name: 'Speaker',
      value: speakerActor?.description ? `${name}, ${speakerActor.description}` : name,
      inline: true,
    },
  ];
  if (quote.date) fields.push({ name: 'Date', value: formatDateSpec(quote.date), inline: true });
  if (quote.context) fields.push({ name: 'Context', value: quote.context });
  if (quote.kind === 'direct') {
    fields.push({ name: 'In the article', value: evidenceQuote(quote.evidence, LIMITS.fieldValue) });
  }
  fields.push(...citationFields(dataset, quote.article, sourcesOf(dataset, quote.sources)));
  return {
    title: quote.kind === 'direct' ? `${name}, quoted` : `${name}, reported statement`,
    description,
    fields,
    footer: { text: `Dossier · ${quote.kind === 'direct' ? 'quotation' : 'statement'} · ${quote.id}` },
  };
}

/** How an actor's kind reads to people (the web pages use it too). */
export const KIND_LABEL = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  place: 'Place',
  media: 'Media outlet',
} as const;

/** One line per record: "June 2, 2004 — Russian Duma backs ...", a quote's speaker on request. */
export function recordLine(
  record: DatasetEvent | DatasetQuote,
  dataset: Dataset,
  withSpeaker = false,
): string {
  const when = record.date ? formatDateSpec(record.date) : 'undated';
  if ('title' in record) return `${when} — ${record.title}`;
  const words = record.kind === 'direct' ? `“${record.text}”` : record.text;
  return `${when} — ${withSpeaker ? `${actorName(dataset, record.speaker)}: ` : ''}${words}`;
}

/** Lines that fit one field value, with "and N more" when they do not all fit. */
export function linesWithin(lines: readonly string[], max: number, more: (n: number) => string): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = truncate(lines[i]!, 200);
    const tail = i + 1 < lines.length ? `\n${more(lines.length - i - 1)}` : '';
    if ((out ? out.length + 1 : 0) + line.length + tail.length > max)
      return `${out}\n${more(lines.length - i)}`.trim();
    out = out ? `${out}\n${line}` : line;
  }
  return out;
}

export function actorEmbed(dataset: Dataset, actor: DatasetActor): APIEmbed {
  const records = dataset.byActor.get(actor.id);
  const events = records?.events ?? [];
  const quotes = records?.quotes ?? [];
  const about = [
    actor.description ? `**${actor.description}**` : KIND_LABEL[actor.kind],
    actor.aliases.length > 0 ? `Also written: ${actor.aliases.join(', ')}` : undefined,
    actor.disambiguation,
  ].filter((line): line is string => line !== undefined);
  const fields: APIEmbedField[] = [{ name: 'Kind', value: KIND_LABEL[actor.kind], inline: true }];
  const more = (n: number) => `…and ${n} more (use the buttons below)`;
  fields.push({
    name: `Events (${events.length})`,
    value:
      events.length > 0
        ? linesWithin(
            events.map((e) => recordLine(e, dataset)),
            LIMITS.fieldValue,
            more,
          )
        : 'None in the dataset.',
  });
  fields.push({
    name: `Quotations and statements (${quotes.length})`,
    value:
      quotes.length > 0
        ? linesWithin(
            quotes.map((q) => recordLine(q, dataset)),
            LIMITS.fieldValue,
            more,
          )
        : 'None in the dataset.',
  });
  const firstEvidence = actor.evidence[0];
  const article = firstEvidence ? articleOf(dataset, firstEvidence.article) : undefined;
  if (firstEvidence && article) {
    fields.push({
      name: 'Named in',
      value: `${blockQuote(firstEvidence.text, 600)}\n${describeArticle(article)}`,
    });
  }
  return {
    title: actor.name,
    description: about.join('\n'),
    fields,
    footer: { text: `Dossier · actor · ${actor.id}` },
  };
}
