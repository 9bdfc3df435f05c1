// `npm run validate [-- path/to/data] [--allow-drafts]`: the loader as a command for dataset
// maintainers and CI. Records still awaiting review are listed and fail the check (the gate must
// not pass while data/ holds a draft); `--allow-drafts` checks everything else while a review is
// under way.
import 'dotenv/config';
import { loadDataset, formatProblem } from '../src/dataset/load.js';
import { describeDataset } from '../src/dataset/summary.js';
import { UsageError, parseScriptArgs } from '../src/util/args.js';

const USAGE = 'npm run validate [-- path/to/data] [--allow-drafts]';

async function main(): Promise<number> {
  const { values, positionals } = parseScriptArgs(
    process.argv.slice(2),
    { 'allow-drafts': { type: 'boolean' } },
    USAGE,
  );
  if (positionals.length > 1) throw new UsageError('Give at most one data directory.', USAGE);
  const dataDir = positionals[0] ?? process.env.DATA_DIR ?? 'data';
  const result = await loadDataset(dataDir);
  if (!result.ok) {
    console.error(`${dataDir}: ${result.problems.length} problem(s):`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  console.log(`${dataDir}: valid. ${describeDataset(result.dataset)} Version ${result.version}.`);
  if (result.drafts.length === 0) return 0;
  const out = values['allow-drafts'] ? console.log : console.error;
  out(`${dataDir}: ${result.drafts.length} draft record(s) awaiting review (the bot does not serve them):`);
  for (const d of result.drafts) out(`  ${d.file} [${d.id}] ${d.type}: draft`);
  out('Review them with `npm run review -- <data dir>/records/<article-id>.json`.');
  return values['allow-drafts'] ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : `validate failed: ${String(error)}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
