// Vitest global setup: compiles dist/ (scripts/build.mjs) once before any test file runs, so tests
// that start the bot as `npm start` does run today's code.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../scripts/build.mjs')], {
    stdio: 'inherit',
  });
}
