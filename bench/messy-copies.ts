// Messy copies of an article, as users paste them: hard-wrapped by a mail client, one paragraph per
// line, Windows line ends, non-breaking spaces, straight quotes, ASCII dashes… Read by
// `npm run bench:ingest:messy` and by the layout tests.

/** The text as a mail client prints it: every line cut at `width` columns. */
export function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && `${current} ${word}`.length > width) {
          lines.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      return [...lines, current].join('\n');
    })
    .join('\n');
}

const onePerLine = (text: string) => text.replace(/\n\n+/g, '\n');

export const COPIES: Readonly<Record<string, (text: string) => string>> = {
  'clean (as annotated)': (t) => t,
  'hard-wrapped at 72': (t) => hardWrap(t, 72),
  'hard-wrapped at 60, indented': (t) =>
    hardWrap(t, 60)
      .split('\n')
      .map((l) => (l.trim() === '' ? l : `  ${l}`))
      .join('\n'),
  'one paragraph per line': onePerLine,
  'hard-wrapped, no blank lines': (t) => hardWrap(onePerLine(t), 72),
  'Windows line ends, BOM': (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`,
  'header as "X, Vol. N, No. M"': (t) =>
    t.replace(/^Publication: (.+?) Volume: (\d+) Issue: (\d+)/m, '$1, Vol. $2, No. $3'),
  'non-breaking spaces': (t) => t.replace(/ (?=\d)|(?<=\d) /g, '\u00a0'),
  'two spaces after a full stop': (t) => t.replace(/\. (?=\p{Lu})/gu, '.  '),
  'straight quotes': (t) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'),
  'ASCII dashes': (t) => t.replace(/ ?— ?/g, ' -- ').replace(/–/g, '-'),
};
