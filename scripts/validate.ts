// `npm run validate`: the loader as a command for dataset maintainers and CI.
import 'dotenv/config';
import { loadDataset, formatProblem } from '../src/dataset/load.js';
import { describeDataset } from '../src/dataset/summary.js';

const dataDir = process.argv[2] ?? process.env.DATA_DIR ?? 'data';
const result = await loadDataset(dataDir);
if (result.ok) {
  console.log(`${dataDir}: valid. ${describeDataset(result.dataset)}`);
} else {
  console.error(`${dataDir}: ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
