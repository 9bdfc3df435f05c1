// `npm run validate`: the loader as a command for dataset maintainers and CI. Records still awaiting
// review are listed and fail the check (the gate must not pass while data/ holds a draft);
// `--allow-drafts` checks everything else while a review is under way.
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { loadDataset, formatProblem } from '../src/dataset/load.js';
import { describeDataset } from '../src/dataset/summary.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'allow-drafts': { type: 'boolean' } },
});
const dataDir = positionals[0] ?? process.env.DATA_DIR ?? 'data';
const result = await loadDataset(dataDir);
if (result.ok) {
  console.log(`${dataDir}: valid. ${describeDataset(result.dataset)} Version ${result.version}.`);
  if (result.drafts.length > 0) {
    const out = values['allow-drafts'] ? console.log : console.error;
    out(`${dataDir}: ${result.drafts.length} draft record(s) awaiting review (the bot does not serve them):`);
    for (const d of result.drafts) out(`  ${d.file} [${d.id}] ${d.type}: draft`);
    out('Review them with `npm run review -- <data dir>/records/<article-id>.json`.');
    if (!values['allow-drafts']) process.exitCode = 1;
  }
} else {
  console.error(`${dataDir}: ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
