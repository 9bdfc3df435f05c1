// `npm run bench:ingest:crossval [-- --feature-set rules|form|cues|full --threshold T --epochs N | --sweep]`:
// writer-grouped cross-validation of the learned event filter. For each writer's set of articles, a
// model is trained on every other set and scores that set; the skip rules score the same set. The
// rules were tuned on every set, so the comparison favours them. Prints events P/R per set and pooled,
// and whether the other classes moved. The defaults are the configuration chosen (ingest-folds.ts).
import { readFile } from 'node:fs/promises';
import { readRegistry } from '../ingest/files/registry.js';
import type { FeatureSet } from '../ingest/learn/candidate-features.js';
import type { EventModel } from '../ingest/learn/model.js';
import { draftArticle } from '../ingest/pipeline.js';
import type { BenchCase } from './ingest-cases.js';
import { predictionOf } from './ingest-cases.js';
import { candidateLevel, CHOSEN, inSet, train, WRITER_SETS, type Config } from './ingest-folds.js';
import { DATA_DIR, labelledCandidates, trainingCases, type LabelledCandidate } from './ingest-learn.js';
import {
  addScores,
  CATEGORIES,
  emptyScores,
  precision,
  recall,
  scoreArticle,
  type Scores,
} from './ingest-score.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function scoreSet(cases: readonly BenchCase[], model?: EventModel): Promise<Scores> {
  let total = emptyScores();
  const registry = await readRegistry(DATA_DIR);
  for (const c of cases) {
    const result = draftArticle(await readFile(c.textPath, 'utf8'), {
      registry,
      ...(model ? { eventFilter: 'learned' as const, eventModel: model } : {}),
    });
    const prediction = result.ok
      ? predictionOf(result.draft, registry)
      : { events: [], quotes: [], statements: [], actors: [], sources: [] };
    total = addScores(total, scoreArticle(c.gold, prediction));
  }
  return total;
}

const f1 = (s: Scores['events']) => {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const pr = (s: Scores['events']) =>
  `P ${precision(s).toFixed(2)} R ${recall(s).toFixed(2)} F ${f1(s).toFixed(2)}`;

/** Per set and pooled: the rules' and the learned filter's scores. */
async function crossValidate(
  cases: readonly BenchCase[],
  data: readonly LabelledCandidate[],
  config: Config,
  rulesBySet: readonly Scores[],
) {
  const rows: { set: string; rules: Scores; learned: Scores }[] = [];
  for (const [i, set] of WRITER_SETS.entries()) {
    const held = cases.filter((c) => inSet(set, c.name));
    const model = train(
      data.filter((d) => !inSet(set, d.article)),
      config,
    );
    rows.push({
      set: `${String(set[0]).padStart(2, '0')}–${String(set[1]).padStart(2, '0')}`,
      rules: rulesBySet[i] ?? emptyScores(),
      learned: await scoreSet(held, model),
    });
  }
  return rows;
}

const cases = await trainingCases();
const data = await labelledCandidates(cases, await readRegistry(DATA_DIR));
// `--candidates` scores the candidates' labels only (seconds); `--curve` adds a learning curve, and
// `--no-rules` leaves the rules' features out.
const CANDIDATES = process.argv.includes('--candidates');
const rulesBySet: Scores[] = [];
if (!CANDIDATES)
  for (const set of WRITER_SETS) rulesBySet.push(await scoreSet(cases.filter((c) => inSet(set, c.name))));
const pooled = (rows: readonly { rules: Scores; learned: Scores }[], key: 'rules' | 'learned') =>
  rows.reduce((a, r) => addScores(a, r[key]), emptyScores());

const noRules = process.argv.includes('--no-rules');
const configs: Config[] = process.argv.includes('--sweep')
  ? (['rules', 'form', 'cues', 'full'] as const).flatMap((featureSet) =>
      [5, 20].flatMap((epochs) =>
        [-1, 0, 1].map((threshold) => ({ featureSet, threshold, epochs, noRules })),
      ),
    )
  : [
      {
        featureSet: (arg('feature-set') ?? CHOSEN.featureSet) as FeatureSet,
        threshold: Number(arg('threshold') ?? CHOSEN.threshold),
        epochs: Number(arg('epochs') ?? CHOSEN.epochs),
        noRules,
      },
    ];
for (const config of configs) {
  if (CANDIDATES) {
    const shares = process.argv.includes('--curve') ? [0.25, 0.5, 0.75, 1] : [1];
    for (const share of shares)
      console.log(
        `${config.featureSet} ${config.threshold} ${config.epochs}${share < 1 ? ` (${share} of the other sets)` : ''}: ${candidateLevel(data, config, share)}`,
      );
    continue;
  }
  const rows = await crossValidate(cases, data, config, rulesBySet);
  const rules = pooled(rows, 'rules');
  const learned = pooled(rows, 'learned');
  const better = rows.filter((r) => f1(r.learned.events) > f1(r.rules.events) + 1e-9).length;
  const worse = rows.filter((r) => f1(r.learned.events) < f1(r.rules.events) - 1e-9).length;
  console.log(
    `\nfeatures ${config.featureSet}, threshold ${config.threshold}, epochs ${config.epochs}: learned better on ${better} sets, worse on ${worse}`,
  );
  if (configs.length === 1 || process.argv.includes('--tables')) {
    console.log(
      `${'set'.padEnd(8)} ${'events, rules'.padEnd(24)} ${'events, learned'.padEnd(24)} other classes`,
    );
    for (const r of rows) {
      const moved = CATEGORIES.filter(
        (c) => c !== 'events' && JSON.stringify(r.rules[c]) !== JSON.stringify(r.learned[c]),
      );
      console.log(
        `${r.set.padEnd(8)} ${pr(r.rules.events).padEnd(24)} ${pr(r.learned.events).padEnd(24)} ${moved.length === 0 ? 'unchanged' : `moved: ${moved.join(', ')}`}`,
      );
    }
  }
  console.log(`${'pooled'.padEnd(8)} ${pr(rules.events).padEnd(24)} ${pr(learned.events).padEnd(24)}`);
  const counts = (s: Scores['events']) =>
    `${s.tp} right of ${s.predicted} drafted, ${s.gold} gold, F1 ${f1(s).toFixed(3)}`;
  console.log(`  rules:   ${counts(rules.events)}\n  learned: ${counts(learned.events)}`);
}
