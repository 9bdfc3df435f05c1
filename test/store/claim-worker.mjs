// Run as a separate process by claim-race.test.ts, on plain node with the compiled store (the tests'
// global setup builds dist/), so eight of them start quickly: opens the shared store, waits until
// every worker has, claims every server-day of the race in its own shuffled order, prints the ones
// it won.
/* global process, setTimeout -- a Node script */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '../../dist/src/store/store.js';

const [location, barrier, workers, name, days] = process.argv.slice(2);
if (!location || !barrier || !workers || !name || !days) {
  throw new Error('usage: claim-worker <store> <barrier dir> <workers> <name> <days>');
}
const store = await openStore(location);
const keys = Array.from({ length: Number(days) }, (_, i) => i);
// Each worker goes through the days in its own order, so workers collide all over the range.
let seed = [...name].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 2147483648, 7);
for (let i = keys.length - 1; i > 0; i -= 1) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  const j = seed % (i + 1);
  [keys[i], keys[j]] = [keys[j], keys[i]];
}
// A barrier: say this worker is ready, then wait until every worker is, however slowly they started.
writeFileSync(path.join(barrier, name), '');
while (readdirSync(barrier).length < Number(workers)) await new Promise((resolve) => setTimeout(resolve, 2));
const won = [];
for (const key of keys) {
  const claim = await store.ledger.claim({
    guildId: `g-race-${key % 250}`,
    localDate: `2026-06-0${1 + Math.floor(key / 250)}`,
    channelId: `c-${name}`,
    nonce: `n-${key}`,
    now: Date.now(),
    leaseMs: 600_000,
  });
  if (claim) won.push(key);
}
await store.close();
process.stdout.write(JSON.stringify({ name, won }));
