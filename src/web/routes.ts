// Mounts the web pages on the bot's HTTP server (src/http/): the search page, each record's
// read-in-context page (/records/<id>), the stylesheet, and an HTML 404 page for every other path.
import type { HttpReply, HttpRequest, Router } from '../http/router.js';
import { handleWebRequest, type WebDeps } from './handler.js';
import { STYLESHEET_PATH } from './stylesheet.js';
import { SEARCH_PATH } from './urls.js';

export function mountWebPages(router: Router, deps: WebDeps): void {
  // The handler reads the request target as sent (req.url), not the router's parsed URL: it does
  // its own strict reading, and a path like //host/x is not taken for a host.
  const serve = ({ req, method }: HttpRequest): Promise<HttpReply> =>
    handleWebRequest({ method, target: req.url ?? '/' }, deps);
  router
    .get('/', serve)
    .get(SEARCH_PATH, serve)
    .get(STYLESHEET_PATH, serve)
    // Record pages come through the fallback: a `:id` route would have the router answer a path
    // that is not valid percent-encoding with a plain 400, where a hostile path gets the 404 page.
    // The fallback also answers every path no route claims, whatever the method, with that page.
    .notFound(({ req, method }) =>
      handleWebRequest({ method: method === 'HEAD' ? 'HEAD' : 'GET', target: req.url ?? '/' }, deps),
    );
}
