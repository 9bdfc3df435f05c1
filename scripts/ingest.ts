// `npm run ingest -- path/to/article.txt`: draft an article's records for review (see ingest/cli.ts).
import 'dotenv/config';
import { parseConfig } from '../src/config/env.js';
import { runIngest } from '../ingest/cli.js';

const config = parseConfig(process.env);
process.exitCode = await runIngest(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  dataDir: config.dataDir,
});
