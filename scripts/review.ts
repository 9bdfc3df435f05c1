// `npm run review -- path/to/records/<article-id>.json`: the review page (see ingest/review/).
import 'dotenv/config';
import { runReview } from '../ingest/review/cli.js';

const result = await runReview(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  dataDir: process.env.DATA_DIR ?? 'data',
});
if (typeof result === 'number') process.exitCode = result;
else
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void result.close().then(() => process.exit(0)));
