// The ingest command end to end, in-process: bad inputs, --json, --out, idempotence, --force, and
// a draft written next to the seed data that the loader accepts.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { runIngest } from '../../ingest/cli.js';
import { REPO_ROOT } from '../../bench/ingest-cases.js';
import { article } from './helpers.js';

const SAMPLE = article([
  'On May 12, 2009, Kazakhstan’s Foreign Minister Marat Tazhin met his Russian counterpart, Sergei Lavrov, in Astana (Interfax-Kazakhstan, Astana, May 12). “We see no obstacles,” Tazhin declared, “to a common market by next year.”',
  'The Collective Security Treaty Organization (CSTO) is due to hold exercises in Kazakhstan in August. Lavrov described the talks as productive (Kazinform, May 13).',
]);

let dir: string;
let dataDir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) =>
  runIngest(argv, { out: (t) => out.push(t), err: (t) => err.push(t), dataDir });

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-'));
  dataDir = path.join(dir, 'data');
  await cp(path.join(REPO_ROOT, 'data'), dataDir, { recursive: true });
  await writeFile(path.join(dir, 'sample.txt'), SAMPLE);
  out = [];
  err = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function listing(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const sub of ['articles', 'records', 'actors']) {
    try {
      for (const f of await readdir(path.join(root, sub))) files.push(`${sub}/${f}`);
    } catch {
      // absent
    }
  }
  return files.sort();
}

describe('npm run ingest', () => {
  it('writes the draft next to the curated data, and the dataset still loads', async () => {
    expect(await run(path.join(dir, 'sample.txt'))).toBe(0);
    const files = await listing(dataDir);
    expect(files).toContain('records/edm-9-12-test-title-about-things.json');
    expect(files).toContain('articles/edm-9-12-test-title-about-things.txt');
    expect(files).toContain('actors/edm-9-12-test-title-about-things.json');
    const loaded = await loadDataset(dataDir);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    // Registry actors are matched, not drafted again.
    const actors = JSON.parse(
      await readFile(path.join(dataDir, 'actors/edm-9-12-test-title-about-things.json'), 'utf8'),
    ) as { actors: { id: string }[] };
    expect(actors.actors.map((a) => a.id)).not.toContain('russia');
    expect(actors.actors.map((a) => a.id)).not.toContain('csto');
  });

  it('is idempotent, and never overwrites a curated record without --force', async () => {
    expect(await run(path.join(dir, 'sample.txt'))).toBe(0);
    const record = path.join(dataDir, 'records/edm-9-12-test-title-about-things.json');
    const first = await readFile(record, 'utf8');
    expect(await run(path.join(dir, 'sample.txt'))).toBe(0);
    expect(await readFile(record, 'utf8')).toBe(first);
    expect(out.join('\n')).toMatch(/unchanged/);

    const curated = first.replace('"happened"', '"reported"');
    await writeFile(record, curated);
    expect(await run(path.join(dir, 'sample.txt'))).toBe(1);
    expect(err.join('\n')).toMatch(/--force/);
    expect(await readFile(record, 'utf8')).toBe(curated);

    expect(await run(path.join(dir, 'sample.txt'), '--force')).toBe(0);
    expect(await readFile(record, 'utf8')).toBe(first);
  });

  it('refuses to overwrite the seed article’s curated records', async () => {
    const seed = path.join(dataDir, 'articles/edm-1-24-karimov-moves-closer-to-russian-fold.txt');
    const before = await readFile(
      path.join(dataDir, 'records/edm-1-24-karimov-moves-closer-to-russian-fold.json'),
      'utf8',
    );
    expect(await run(seed)).toBe(1);
    expect(
      await readFile(
        path.join(dataDir, 'records/edm-1-24-karimov-moves-closer-to-russian-fold.json'),
        'utf8',
      ),
    ).toBe(before);
  });

  it('--out writes elsewhere and leaves the data directory alone', async () => {
    const before = await listing(dataDir);
    const elsewhere = path.join(dir, 'drafts');
    expect(await run(path.join(dir, 'sample.txt'), '--out', elsewhere)).toBe(0);
    expect(await listing(dataDir)).toEqual(before);
    expect(await listing(elsewhere)).toContain('records/edm-9-12-test-title-about-things.json');
  });

  it('--json prints the draft and writes nothing', async () => {
    const before = await listing(dataDir);
    expect(await run(path.join(dir, 'sample.txt'), '--json')).toBe(0);
    expect(await listing(dataDir)).toEqual(before);
    const draft = JSON.parse(out.join('\n')) as Record<string, unknown[]>;
    expect(Object.keys(draft)).toEqual([
      'article',
      'actors',
      'events',
      'quotations',
      'statements',
      'sources',
      'report',
    ]);
    expect(draft.quotations).toEqual([
      expect.objectContaining({
        text: 'We see no obstacles, to a common market by next year.',
        speaker: 'marat-tazhin',
      }),
    ]);
    expect(draft.statements).toEqual([expect.objectContaining({ speaker: 'sergei-lavrov' })]);
  });

  describe('bad input', () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['an empty file', '', /empty/],
      ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /not text/],
      ['text in another encoding', new Uint8Array([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]), /UTF-8/],
      ['a PDF', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n', /PDF document/],
      ['an HTML page', '<!DOCTYPE html>\n<html><body><p>Tashkent</p></body></html>\n', /HTML/],
      ['a Word file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /zip archive/],
      [
        'a missing header line',
        'A Title\n\nOn May 3, 2009, something happened in Minsk (Interfax, May 3).\n',
        /Publication/,
      ],
    ];
    for (const [name, content, message] of cases) {
      it(`${name}: a clear message, exit 1, nothing written`, async () => {
        await writeFile(path.join(dir, 'bad.txt'), content);
        const before = await listing(dataDir);
        expect(await run(path.join(dir, 'bad.txt'))).toBe(1);
        expect(err.join('\n')).toMatch(message);
        expect(await listing(dataDir)).toEqual(before);
      });
    }

    it('a missing header can be supplied on the command line', async () => {
      await writeFile(
        path.join(dir, 'bare.txt'),
        'Minsk Talks\n\nOn May 3, 2009, President Alexander Lukashenko met envoys in Minsk (Interfax, May 3).\n',
      );
      expect(
        await run(
          path.join(dir, 'bare.txt'),
          '--json',
          '--publication',
          'Eurasia Daily Monitor',
          '--volume',
          '6',
          '--issue',
          '88',
        ),
      ).toBe(0);
      expect(JSON.parse(out.join('\n'))).toMatchObject({
        article: { id: 'edm-6-88-minsk-talks', volume: 6, issue: 88 },
      });
    });

    it('unbalanced quotation marks: a best-effort draft with the problem in the report', async () => {
      await writeFile(
        path.join(dir, 'quotes.txt'),
        article([
          'On May 3, 2009, Lukashenko said “we will never agree. Then he left Minsk (Interfax, May 3).',
        ]),
      );
      expect(await run(path.join(dir, 'quotes.txt'), '--json')).toBe(0);
      expect(err.join('\n')).toMatch(/unbalanced quotation marks/);
    });

    it('a missing file and usage errors', async () => {
      expect(await run(path.join(dir, 'nope.txt'))).toBe(1);
      expect(err.join('\n')).toMatch(/does not exist/);
      expect(await run()).toBe(2);
      expect(await run(path.join(dir, 'sample.txt'), '--volume', 'x', '--json')).toBe(2);
    });

    // (How fast is measured in no unit test: the test's own timeout only guards against a hang.)
    it('an article of 200,000 characters: drafted, the length in the report', async () => {
      const paragraph =
        'On May 3, 2009, Belarusian President Alexander Lukashenko met Russian Prime Minister Vladimir Putin in Minsk (Interfax, Minsk, May 3). "We agree on gas," Lukashenko said.';
      const long = article(Array.from({ length: Math.ceil(200_000 / paragraph.length) }, () => paragraph));
      expect(long.length).toBeGreaterThan(200_000);
      await writeFile(path.join(dir, 'long.txt'), long);
      expect(await run(path.join(dir, 'long.txt'), '--out', path.join(dir, 'long'))).toBe(0);
      expect(err.join('\n')).toMatch(/very long/);
    }, 90_000);
  });
});

describe('an article already ingested', () => {
  it('is refused when its text is in the data under another id, nothing written', async () => {
    const seedText = await readFile(
      path.join(dataDir, 'articles/edm-1-24-karimov-moves-closer-to-russian-fold.txt'),
      'utf8',
    );
    await writeFile(path.join(dir, 'again.txt'), seedText);
    const before = await listing(dataDir);
    expect(await run(path.join(dir, 'again.txt'), '--id', 'edm-1-24-karimov-again')).toBe(1);
    expect(err.join('\n')).toMatch(/already ingested as edm-1-24-karimov-moves-closer-to-russian-fold/);
    expect(await listing(dataDir)).toEqual(before);
  });

  it('is refused when its records were reviewed, saying so', async () => {
    const seed = path.join(dataDir, 'articles/edm-1-24-karimov-moves-closer-to-russian-fold.txt');
    expect(await run(seed)).toBe(1);
    expect(err.join('\n')).toMatch(
      /already ingested: records\/edm-1-24-karimov-moves-closer-to-russian-fold\.json holds its reviewed records/,
    );
  });
});

describe('npm run ingest -- FOLDER', () => {
  async function folder(): Promise<string> {
    const folderDir = path.join(dir, 'batch');
    await mkdir(folderDir);
    await writeFile(path.join(folderDir, 'a.txt'), SAMPLE);
    await writeFile(path.join(folderDir, 'b.txt'), '');
    await writeFile(
      path.join(folderDir, 'c.txt'),
      article(
        ['On June 1, 2009, Sergei Lavrov met Marat Tazhin again in Almaty (Kazinform, June 2).'],
        'Publication: Eurasia Daily Monitor Volume: 9 Issue: 13',
      ),
    );
    await writeFile(path.join(folderDir, 'notes.md'), '# not an article');
    return folderDir;
  }

  it('drafts every article, reuses the actors of the earlier ones, and prints one summary', async () => {
    const progress: string[] = [];
    const code = await runIngest([await folder()], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      dataDir,
      progress: { isTTY: false, write: (t: string) => progress.push(t) },
    });
    expect(code).toBe(1); // b.txt is empty
    expect(err).toEqual(['[1/3] a.txt: written', '[2/3] b.txt: refused', '[3/3] c.txt: written']);
    const summary = out.join('\n');
    expect(summary).toMatch(/Ingest summary: 3 article\(s\)/);
    expect(summary).toMatch(/refused\s+b\.txt: the file is empty/);
    expect(summary).toMatch(/2 written, 0 unchanged, 1 refused, 0 failed/);
    expect(progress).toEqual([]);
    // The second article's Tazhin is the first one's, not a new actor.
    const second = JSON.parse(
      await readFile(path.join(dataDir, 'records/edm-9-13-test-title-about-things.json'), 'utf8'),
    ) as { events: { actors: string[] }[] };
    expect(second.events[0]?.actors).toContain('marat-tazhin');
    const secondActors = await readFile(
      path.join(dataDir, 'actors/edm-9-13-test-title-about-things.json'),
      'utf8',
    ).catch(() => '');
    expect(secondActors).not.toContain('"marat-tazhin"');
  });

  it('draws a progress bar on a terminal', async () => {
    const progress: string[] = [];
    await runIngest([await folder()], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      dataDir,
      progress: { isTTY: true, write: (t: string) => progress.push(t) },
    });
    expect(err).toEqual([]);
    expect(progress[0]).toMatch(/^\r\[-{24}\] 0\/3 a\.txt/);
    expect(progress.at(-1)).toMatch(/^\r\[#{24}\] 3\/3 done/);
  });

  it('refuses options meant for one article', async () => {
    expect(await run(await folder(), '--id', 'x')).toBe(2);
    expect(await run(path.join(dir, 'nothing-here'))).toBe(1);
  });
});
