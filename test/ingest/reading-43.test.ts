// Fixes found by reading why statements of our articles were missed (session 43): a relative clause
// with a quotation between a speaker and the saying, "she" after a semicolon, the attribution after
// the words "after the meeting", a reported clause closed by "until “…”".
import { describe, expect, it } from 'vitest';
import { draftsUnder } from './helpers.js';

const { statementSpeaker } = draftsUnder('Publication: Eurasia Daily Monitor Volume: 12 Issue: 48');

describe('statements whose speaker is parted from the saying', () => {
  it('a relative clause that quotes someone: "X, who had dismissed it as “…,” announced that …"', () => {
    const text =
      'Pregorsk Governor Viktor Lagutin, who a month earlier had dismissed the inspections as “a bureaucratic sport,” announced on March 3 that a ferry service would carry fuel to the exclave by the end of May.';
    expect(statementSpeaker(/ferry service would carry fuel/, text)).toBe('Viktor Lagutin');
  });
  it('"“…,” said X, coordinator of Doroga, a Moscow group; she warned that …": "she" after the semicolon', () => {
    const text =
      '“The center is full,” said Svetlana Kirsanova, coordinator of Doroga, a Moscow group; she warned that two detainees had been taken to hospital.';
    expect(statementSpeaker(/two detainees had been taken/, text)).toBe('Svetlana Kirsanova');
  });
  it('"…, X said, with his counterpart Y": an aside before a name is still no speaker', () => {
    const text = 'The deal, signed on May 3 with his counterpart Ivan Petrov, was praised by the press.';
    expect(statementSpeaker(/was praised/, text)).toBeUndefined();
  });
});

describe('attributions after the words', () => {
  it('"…, he told journalists after the meeting": the time of the telling is read past', () => {
    const text =
      'Nikolai Dronov met them on July 30. Only workers without valid permits had been held, he told journalists after the meeting.';
    expect(statementSpeaker(/Only workers/, text)).toBe('Nikolai Dronov');
  });
  it('"…, he told journalists after the meeting, and “…”": his own quotation may close the sentence', () => {
    const text =
      'Nikolai Dronov met them on July 30. Only workers without valid permits had been held, he told journalists after the meeting, and “Russian law is the same for everyone.”';
    expect(statementSpeaker(/Only workers/, text)).toBe('Nikolai Dronov');
  });
  it('"X, he told journalists after the session, had “answered …”": the words run into a quotation, which alone reports them', () => {
    const text =
      'Ruben Melikov spoke on May 4. Ekerot, he told journalists after the session, had “answered every question except the ones we asked.”';
    expect(statementSpeaker(/every question/, text)).toBeUndefined();
  });
});

describe('a reported clause closed by a quoted condition', () => {
  it('"said that it was freezing the program until “…”": a statement as well as a quotation', () => {
    const text =
      'Volgamet, the Russian metals group, said on April 13 that it was freezing a $300 million modernization program at Berkut until “the social situation is normalized.”';
    expect(statementSpeaker(/freezing a \$300 million/, text)).toBe('Volgamet');
  });
});
