// How to cite the article a record comes from: the formats of the Cite button (src/replies/cite.ts),
// each in a block ready to copy, so the page and the Discord reply give the same text.
import type { DatasetArticle, DatasetSource } from '../dataset/types.js';
import { citationFormats } from '../replies/cite.js';
import { markup, type Html } from './html.js';

interface CitationBlock {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

function blocksOf(article: DatasetArticle, sources: readonly DatasetSource[]): CitationBlock[] {
  const formats = citationFormats(article, sources);
  const blocks: CitationBlock[] = [
    { id: 'cite-chicago', name: 'Chicago', text: formats.chicago },
    { id: 'cite-apa', name: 'APA', text: formats.apa },
    { id: 'cite-mla', name: 'MLA', text: formats.mla },
    { id: 'cite-bibtex', name: 'BibTeX', text: formats.bibtex },
  ];
  if (formats.inline.length > 0) {
    const name = formats.inline.length > 1 ? 'Inline sources (as printed)' : 'Inline source (as printed)';
    blocks.push({ id: 'cite-inline', name, text: formats.inline.join('\n') });
  }
  return blocks;
}

export function citationsHtml(article: DatasetArticle, sources: readonly DatasetSource[]): Html {
  const blocks = blocksOf(article, sources).map(
    (f) => markup`<div class="citation">
<h3 id="${f.id}-name">${f.name}</h3>
<pre aria-labelledby="${f.id}-name" tabindex="0"><code id="${f.id}">${f.text}</code></pre>
</div>
`,
  );
  return markup`${blocks}`;
}
