// The private answer to "Cite": the record's article in Chicago, APA and MLA styles and as BibTeX,
// and the passage's inline sources, each in a code block ready to copy.
import type { Dataset, DatasetRecord, DatasetSource } from '../dataset/types.js';
import { citationFormats, sourceOf } from './cite.js';
import { EPHEMERAL_FLAG, LIMITS, truncate } from './limits.js';
import { articleOfRecord } from './links.js';
import { ephemeralText, finalizeMessage, type MessagePayload } from './payload.js';

/** A code block of `text`: a backtick inside could end it early, so it becomes a look-alike (ˋ). */
export function codeBlock(text: string, language = ''): string {
  return `\`\`\`${language}\n${text.replace(/`/g, '\u02cb')}\n\`\`\``;
}

/** The inline sources a record's passage cites (none for an actor). */
export function sourcesOfRecord(dataset: Dataset, entry: DatasetRecord): DatasetSource[] {
  if (entry.type !== 'event' && entry.type !== 'quote') return [];
  return entry.record.sources.flatMap((id) => sourceOf(dataset, id) ?? []);
}

export function citationMessage(dataset: Dataset, entry: DatasetRecord): MessagePayload {
  const article = articleOfRecord(dataset, entry);
  if (!article) return ephemeralText('This record names no article to cite.');
  const formats = citationFormats(article, sourcesOfRecord(dataset, entry));
  const inline =
    formats.inline.length > 0
      ? codeBlock(formats.inline.join('\n'))
      : 'None: the article states this itself, citing no outlet.';
  const sections = [
    `**Chicago**\n${codeBlock(formats.chicago)}`,
    `**APA**\n${codeBlock(formats.apa)}`,
    `**MLA**\n${codeBlock(formats.mla)}`,
    `**BibTeX**\n${codeBlock(formats.bibtex, 'bibtex')}`,
    `**Inline source${formats.inline.length > 1 ? 's' : ''}** (as the article prints ${formats.inline.length > 1 ? 'them' : 'it'})\n${inline}`,
  ];
  const description = sections.join('\n');
  return finalizeMessage({
    embeds: [
      {
        title: truncate(`Cite “${article.title}”`, LIMITS.embedTitle),
        description,
        footer: { text: 'Copy a block: tap and hold it on a phone, or select it on a computer.' },
      },
    ],
    flags: EPHEMERAL_FLAG,
  });
}
