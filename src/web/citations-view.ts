// How to cite the article a record comes from, each format in a block ready to copy.
import type { DatasetArticle, DatasetSource } from '../dataset/types.js';
import { citationLine, formatSource } from '../replies/cite.js';
import { markup, type Html } from './html.js';

interface CitationFormat {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

function formatsOf(article: DatasetArticle, sources: readonly DatasetSource[]): CitationFormat[] {
  const formats: CitationFormat[] = [
    { id: 'cite-line', name: 'Cite as', text: citationLine(article, sources) },
  ];
  if (sources.length > 0)
    formats.push({ id: 'cite-inline', name: 'Inline source', text: sources.map(formatSource).join('; ') });
  return formats;
}

export function citationsHtml(article: DatasetArticle, sources: readonly DatasetSource[]): Html {
  const blocks = formatsOf(article, sources).map(
    (f) => markup`<div class="citation">
<h3 id="${f.id}-name">${f.name}</h3>
<pre aria-labelledby="${f.id}-name" tabindex="0"><code id="${f.id}">${f.text}</code></pre>
</div>
`,
  );
  return markup`${blocks}`;
}
