// `npm run build`: compiles the TypeScript of the bot (src/, commands/) and of the benchmark
// (bench/, and the Discord stand-in its burst test drives) to plain JavaScript under dist/, one file per module in the same layout, so the bot
// starts on Node alone. Running TypeScript through tsx costs about half a second at every start.
// Plain JavaScript (not TypeScript) so it runs before anything is compiled.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The .ts files (tests left out) of a directory, walking into subdirectories when `deep`. */
function sources(dir, deep) {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return deep ? sources(relative, deep) : [];
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative] : [];
  });
}

await build({
  absWorkingDir: ROOT,
  // bench/out holds generated datasets: only the benchmark's own code and its adapters.
  entryPoints: [
    ...sources('src', true),
    ...sources('commands', true),
    ...sources('bench', false),
    ...sources('bench/adapters', false),
    ...sources('test/standin', false),
  ],
  outdir: 'dist',
  outbase: '.',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
