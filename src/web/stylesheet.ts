// The pages' one stylesheet, served from its own URL (the Content-Security-Policy allows no inline
// style). Its URL carries a hash of its text, so browsers may keep it for good and still see changes.
import { createHash } from 'node:crypto';

export const STYLESHEET = `
:root {
  --text: #1b1b1b; --muted: #4a4a4a; --bg: #ffffff; --panel: #f4f4f1; --line: #c9c9c2;
  --link: #0a4fb5; --mark: #ffe26a; --mark-text: #111111; --focus: #0a4fb5; --target: #b35c00;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #ececec; --muted: #bdbdbd; --bg: #161616; --panel: #222222; --line: #4a4a4a;
    --link: #8ab8ff; --mark: #ffd84d; --mark-text: #111111; --focus: #8ab8ff; --target: #ffb35c;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  overflow-wrap: anywhere;
}
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible,
pre:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
.visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
main:focus { outline: none; }
.skip-link {
  position: absolute; left: 0.5rem; top: -3rem; z-index: 10; padding: 0.5rem 0.75rem;
  background: var(--bg); color: var(--link); border: 2px solid var(--focus);
}
.skip-link:focus { top: 0.5rem; }
.site-header {
  display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center;
  padding: 0.6rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel);
}
.site-name { font-weight: 700; font-size: 1.1rem; text-decoration: none; color: var(--text); }
.site-search { display: flex; gap: 0.4rem; flex: 1 1 16rem; max-width: 32rem; }
.site-search input[type="search"] { flex: 1; min-width: 0; }
input, select, button { font: inherit; color: inherit; }
input[type="search"], select {
  padding: 0.4rem 0.5rem; border: 1px solid var(--muted); border-radius: 4px; background: var(--bg);
}
button {
  padding: 0.4rem 0.9rem; border: 1px solid var(--link); border-radius: 4px;
  background: var(--link); color: var(--bg); cursor: pointer;
}
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
.kind { color: var(--muted); font-size: 0.95rem; margin: 0; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 1rem 1rem; margin-bottom: 1rem; }
dl.facts { display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0.75rem 0 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
.article-meta { color: var(--muted); margin: 0.25rem 0 1rem; }
.article-text p { margin: 0 0 1em; white-space: pre-line; font-family: Georgia, "Times New Roman", serif; font-size: 1.08rem; }
mark { background: var(--mark); color: var(--mark-text); padding: 0.05em 0.1em; border-radius: 2px; scroll-margin: 30vh 0; }
mark:target { box-shadow: 0 0 0 2px var(--target); }
blockquote { margin: 0.75rem 0; padding: 0 0 0 0.9rem; border-left: 4px solid var(--line); }
.search-form { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: end; }
.search-form p { margin: 0.25rem 0; }
.search-form input[type="search"] { width: min(28rem, 80vw); }
.sources-cited { padding-left: 1.25rem; }
.citation pre {
  margin: 0.25rem 0 0.75rem; padding: 0.6rem 0.75rem; background: var(--bg); border: 1px solid var(--line);
  border-radius: 4px; white-space: pre-wrap; font-size: 0.9rem; user-select: all; -webkit-user-select: all;
}
.records-list { padding-left: 1.25rem; }
.records-list li { margin: 0.25rem 0; }
.records-list .when, .result .detail { color: var(--muted); }
[aria-current="page"] { font-weight: 700; }
.results { list-style: none; padding: 0; }
.result { padding: 0.6rem 0; border-bottom: 1px solid var(--line); }
.result a { font-weight: 600; }
.pager { display: flex; gap: 1rem; justify-content: space-between; align-items: center; margin: 1rem 0; }
.site-footer { max-width: 72rem; margin: 2rem auto 0; padding: 1rem; color: var(--muted); border-top: 1px solid var(--line); font-size: 0.9rem; }
@media (min-width: 64rem) {
  .record-page { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 2.5rem; align-items: start; }
  .record-page > .page-head { grid-column: 1 / -1; }
  .record-page > .article { grid-column: 1; grid-row: 2 / span 3; }
  .record-page > .record, .record-page > .cite, .record-page > .others { grid-column: 2; }
}
`;

const hash = createHash('sha256').update(STYLESHEET).digest('hex').slice(0, 12);

/** Where pages link the stylesheet. */
export const STYLESHEET_PATH = `/assets/style-${hash}.css`;
