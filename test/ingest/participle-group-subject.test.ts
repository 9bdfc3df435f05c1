// ", saying that …" hangs on its clause's subject; when that subject is an unnamed group whose phrase
// holds a name ("Brandt's office distanced itself …, saying that …"), the group speaks, not the name.
import { describe, expect, it } from 'vitest';
import { article, reportedSpeakers } from './helpers.js';

describe('a participle after a clause whose subject is "X\'s office"', () => {
  it('gives ", saying that …" to the office', () => {
    const text = article([
      'Mayor Ivo Brandt flew to Riga on May 2. On May 3, Brandt’s office distanced itself from the raid, saying that the mayor had not been told about it.',
    ]);
    expect(reportedSpeakers(text)).toEqual(["Ivo Brandt's office"]);
  });

  it('gives ", adding that …" to a named minister’s aides', () => {
    const text = article([
      'Minister Anna Berzina left for Riga on May 2. On May 4, Berzina’s aides cancelled the meeting in Liepaja, adding that the minister was ill.',
    ]);
    expect(reportedSpeakers(text)).toEqual(["Anna Berzina's aides"]);
  });
});
