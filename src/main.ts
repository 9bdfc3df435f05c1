// `npm start`: parse the configuration, load the dataset, then run the bot (Discord with a token,
// the console without one).
import 'dotenv/config';
import { ConfigError, parseConfig } from './config/env.js';
import { formatProblem, loadDataset } from './dataset/load.js';
import { describeDataset } from './dataset/summary.js';

async function main(): Promise<number> {
  const config = parseConfig(process.env);
  const result = await loadDataset(config.dataDir);
  if (!result.ok) {
    console.error(`The dataset in ${config.dataDir} has ${result.problems.length} problem(s):`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  console.log(`Dossier: loaded ${config.dataDir}: ${describeDataset(result.dataset)}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Dossier failed to start: ${String(error)}`);
    process.exitCode = 1;
  },
);
