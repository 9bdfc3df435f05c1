// `npm run validate` and `npm run ask` as maintainers run them: field paths that name the record as
// the file numbers it, and scripts that refuse flags they do not know.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';

const exec = promisify(execFile);
const RECORDS = 'records/edm-1-24-karimov-moves-closer-to-russian-fold.json';
let scratch: string | undefined;

afterEach(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** A copy of the seed dataset with its record file edited. */
async function editedSeed(edit: (file: { events: Record<string, unknown>[] }) => void): Promise<string> {
  scratch = await mkdtemp(path.join(tmpdir(), 'dossier-validate-'));
  await cp('data', scratch, { recursive: true });
  const file = path.join(scratch, RECORDS);
  const json = JSON.parse(await readFile(file, 'utf8')) as { events: Record<string, unknown>[] };
  edit(json);
  await writeFile(file, JSON.stringify(json, null, 2));
  return scratch;
}

describe('validate: a record failing its schema does not shift the paths of later ones', () => {
  it('names events[2] for the third event when the second was dropped', async () => {
    const dir = await editedSeed((file) => {
      file.events[1]!.date = 'sometime';
      file.events[2]!.actors = ['nobody-at-all'];
    });
    const result = await loadDataset(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const unknown = result.problems.find((p) => /unknown actor/.test(p.message));
    expect(unknown).toMatchObject({ path: 'events[2].actors[0]' });
    expect(result.problems.some((p) => p.path?.startsWith('events[1].date'))).toBe(true);
  });
});

// Each case starts a script through npm and tsx: seconds on an idle machine, more on a busy one.
describe('scripts refuse unknown flags', { timeout: 90_000 }, () => {
  const npm = (args: string[]) =>
    exec('npm', ['run', '--silent', ...args], { timeout: 60_000 }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('npm run ask exists and answers one command', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.ask).toBeDefined();
    const { code, stdout } = await npm(['ask', '--', '/about', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).data.embeds[0].title).toBe('About Dossier');
  });

  it('ask -- --jsno: refused with the usage, not run without JSON', async () => {
    const { code, stdout, stderr } = await npm(['ask', '--', '/about', '--jsno']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Unknown option '--jsno'/);
    expect(stderr).toMatch(/Usage: npm run ask/);
  });

  it('validate -- --bogus: refused with the usage', async () => {
    const { code, stderr } = await npm(['validate', '--', '--bogus']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage: npm run validate/);
  });

  const tsx = (args: string[]) =>
    exec(process.execPath, ['--import', 'tsx', ...args], {
      timeout: 60_000,
      env: { ...process.env, DISCORD_TOKEN: '' },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  // Two processes only (each a tsx start, slow on a busy machine); the shared parsing is unit-tested.
  it('the bot and the benchmark: unknown flags and bad numbers refused with the usage', async () => {
    const cases: [string[], RegExp][] = [
      [['src/main.ts', '--jsno'], /Unknown option '--jsno'[\s\S]*Usage: npm start/],
      [['bench/run.ts', '--queries', '3OO'], /--queries must be a whole number from 1 to \d+, not “3OO”/],
    ];
    const results = await Promise.all(cases.map(([args]) => tsx(args)));
    for (const [i, { code, stdout, stderr }] of results.entries()) {
      const [args, message] = cases[i]!;
      expect(code, args.join(' ')).toBe(2);
      expect(stdout, args.join(' ')).toBe('');
      expect(stderr, args.join(' ')).toMatch(message);
    }
  });
});
