// `npm run review -- path/to/records/<article-id>.json` (or the article's .txt, or its id): serves
// the review page for one drafted article on 127.0.0.1 until stopped.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startReviewServer, type ReviewServer } from './server.js';
import { ReviewSession } from './session.js';

export const REVIEW_USAGE = `Usage: npm run review -- DATA_DIR/records/ARTICLE-ID.json [--port N]
       npm run review -- ARTICLE-ID          (looked up under DATA_DIR, default data/)

Serves a page on 127.0.0.1 to review an ingested article's drafts: accept, edit, reject, merge a
drafted actor into a registry actor. Every change is validated before it is written.`;

/** The data directory and article id a review argument names. */
export function resolveTarget(arg: string, dataDir: string): { dataDir: string; articleId: string } {
  const base = path.basename(arg).replace(/\.(json|txt)$/, '');
  const parent = path.basename(path.dirname(arg));
  if ((parent === 'records' || parent === 'articles') && /\.(json|txt)$/.test(arg))
    return { dataDir: path.dirname(path.dirname(arg)), articleId: base };
  return { dataDir, articleId: base };
}

export async function runReview(
  argv: readonly string[],
  io: { out(text: string): void; err(text: string): void; dataDir: string },
): Promise<ReviewServer | number> {
  let values: { port?: string | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${REVIEW_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(REVIEW_USAGE);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (positionals.length !== 1 || !Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(REVIEW_USAGE);
    return 2;
  }
  const target = resolveTarget(positionals[0] ?? '', io.dataDir);
  if (!existsSync(path.join(target.dataDir, 'records', `${target.articleId}.json`))) {
    io.err(
      `No records/${target.articleId}.json in ${target.dataDir}. Ingest the article first (npm run ingest).`,
    );
    return 1;
  }
  let session: ReviewSession;
  try {
    session = await ReviewSession.open(target.dataDir, target.articleId);
  } catch (error) {
    io.err(`Cannot review ${target.articleId}: ${(error as Error).message}`);
    return 1;
  }
  const server = await startReviewServer(session, port);
  io.out(`Reviewing ${target.articleId} (${target.dataDir}). Open ${server.url}\nStop with Ctrl+C.`);
  return server;
}
