// The frame every page shares: language, viewport, stylesheet, a skip link, the site header with
// its search form, the main landmark and a footer.
import { markup, type Html } from './html.js';
import { STYLESHEET_PATH } from './stylesheet.js';

export interface PageFrame {
  /** The document title (the site name is added). */
  readonly title: string;
  readonly body: Html;
  /** The search page has its own form; the header's is left out there. */
  readonly searchInHeader?: boolean;
  /** Extra class of <main> (the record page's grid). */
  readonly mainClass?: string;
}

export function renderPage(frame: PageFrame): string {
  const search =
    frame.searchInHeader === false
      ? ''
      : markup`<form class="site-search" role="search" action="/search" method="get">
<label class="visually-hidden" for="site-q">Search the dataset</label>
<input id="site-q" type="search" name="q" placeholder="Search events, quotations, people" maxlength="200">
<button type="submit">Search</button>
</form>`;
  const mainClass = frame.mainClass ? markup` class="${frame.mainClass}"` : '';
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${frame.title} · Dossier</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-name" href="/search">Dossier</a>
${search}
</header>
<main id="main" tabindex="-1"${mainClass}>
${frame.body}
</main>
<footer class="site-footer">
<p>Dossier: facts and quotations from current-affairs analysis, each with the article sentence it rests on.</p>
</footer>
</body>
</html>
`.markup;
}
