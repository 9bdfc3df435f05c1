import { readFile } from 'node:fs/promises';
import { draftArticle } from '../ingest/pipeline.js';
import { readRegistry } from '../ingest/files/registry.js';
const text = await readFile(process.argv[2]!, 'utf8');
const r = draftArticle(text, { registry: await readRegistry('data') });
if (!r.ok) { console.log(r); process.exit(1); }
console.log(Object.keys(r.draft));
console.log(Object.keys(r)); console.log(JSON.stringify((r as any).report ?? (r as any).review, null, 1));
