// Run as a separate process by claim-race.test.ts: opens the shared store and claims one day,
// starting at the same instant as its siblings, then prints whether it won.
import { openStore } from '../../src/store/store.js';

const [file, startAt, name] = process.argv.slice(2);
if (!file || !startAt || !name) throw new Error('usage: claim-worker <file> <startAt> <name>');
const store = openStore(file);
while (Date.now() < Number(startAt)) {
  // spin until the common start so the claims really race
}
const claim = store.ledger.claim({
  guildId: 'g-race',
  localDate: '2026-06-02',
  channelId: `c-${name}`,
  nonce: 'n-race',
  now: Date.now(),
  leaseMs: 60_000,
});
store.close();
process.stdout.write(JSON.stringify({ name, won: claim !== undefined }));
