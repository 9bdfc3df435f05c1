// Fixes found by reading the held-back articles 199–216 (after their unread score was taken), each a
// form other writers use too.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const HEADER = 'Publication: Eurasia Daily Monitor Volume: 11 Issue: 120';
const draft = (...paragraphs: string[]) => draftOf(article(paragraphs, HEADER)).draft;
const speakerOf = (quoted: string, ...paragraphs: string[]) => {
  const d = draft(...paragraphs);
  const q = d.quotes.find((x) => x.text.includes(quoted));
  return q ? d.actors.find((a) => a.id === q.speaker)?.name : undefined;
};
const kinds = (...paragraphs: string[]) =>
  Object.fromEntries(draft(...paragraphs).actors.map((a) => [a.name, a.kind]));

describe('quotations introduced as the possessor’s words', () => {
  it('gives "His verdict was brief: “…”" to the man named before', () => {
    expect(
      speakerOf(
        'Nobody left the room',
        'Halmarian Foreign Minister Miklos Varady was careful not to oversell the result. His verdict at the closing press conference was brief: “Nobody left the room. In this dispute, that is progress.” (Halmarian Radio, Vessen, July 8)',
      ),
    ).toBe('Miklos Varady');
  });
  it('gives "Its statement put the matter plainly: “…”" to the body that acted', () => {
    expect(
      speakerOf(
        'A quota we can trust',
        'The Lahtisaari Fishermen’s Union, whose members booed the captain in May, welcomed the treaty on July 1. Its statement put the matter plainly: “A quota we can trust is worth more than a licence we cannot.”',
      ),
    ).toBe('Lahtisaari Fishermen’s Union');
  });
});

describe('a participle that carries a quotation', () => {
  it('gives ", announcing repairs that would last “…”" to the clause’s subject', () => {
    expect(
      speakerOf(
        'at least until the summer',
        'The decisive step came on March 18, when the Zaretian Transport Ministry closed the Tresna bridge to freight, announcing repairs that would last “at least until the summer” (ZTV-1, Korodin, March 18).',
      ),
    ).toBe('Zaretian Transport Ministry');
  });
});

describe('an appositive after an abbreviation', () => {
  it('describes "X (SCOC), the Western-led consortium", so "the consortium" is X', () => {
    const d = draft(
      'On March 21, the State Revenue Committee froze the accounts of the Sarydag Caspian Operating Company (SCOC), the Western-led consortium that produces most of the country’s oil (Arzhinform, March 21).',
      'The consortium lodged its request for arbitration in Geneva on February 9, arguing that the bill had been drawn up “without a single audit” (Caspian Energy Bulletin, February 10).',
    );
    const scoc = d.actors.find((a) => a.name === 'Sarydag Caspian Operating Company');
    expect(scoc?.description).toBe('the Western-led consortium');
    expect(d.quotes.find((q) => q.text === 'without a single audit')?.speaker).toBe(scoc?.id);
  });
});

describe('a person’s post named after a country word', () => {
  it('keeps "Simon Aldridge, Northline’s country manager" a person, and his split quotation', () => {
    const paragraph =
      'Northline Petroleum dismissed 212 of the strikers. "We regret every one of these decisions," said Simon Aldridge, Northline\'s country manager, "but a terminal that does not load tankers is not a terminal" (Caspian Energy Bulletin, April 22).';
    expect(kinds(paragraph)['Simon Aldridge']).toBe('person');
    expect(speakerOf('We regret', paragraph)).toBe('Simon Aldridge');
  });
});

describe('whose quotation a clause names', () => {
  it('gives "what the Russian Foreign Ministry called “…”" to the ministry, not the envoy before it', () => {
    expect(
      speakerOf(
        'consultations on regional security',
        'Russian Deputy Foreign Minister Arkady Solntsev arrived in Orkhalyk on May 29 for what the Russian Foreign Ministry called “consultations on regional security,” and China’s envoy landed the next morning.',
      ),
    ).toBe('Russian Foreign Ministry');
  });
  it('reads "“…,” the most open challenge to the NSS chairman so far" as a comment, not an attribution', () => {
    expect(
      speakerOf(
        'will not accept a regent',
        'NSS chairman Rustam Kaipov spoke on June 1.',
        'On June 5, the governor of Zhetysar region, Aidar Kaipov (no relation to the security chief), told a gathering of regional elders that the south “will not accept a regent from Kyrsoy,” the most open challenge to the NSS chairman so far (Steppe Wire, June 6).',
      ),
    ).toBe('Aidar Kaipov');
  });
  it('gives the quoted terms of a decision to the body that decided, not the body named last', () => {
    expect(
      speakerOf(
        'until the president returns',
        'Two days later, the presidential administration cancelled the state visit to China and postponed the spring session of the Mejlis, due to open on May 22, “until the president returns to work” (SarInform, May 17).',
      ),
    ).toBe('presidential administration');
    // (Someone who says them keeps them.)
    expect(
      speakerOf(
        'until the end of March',
        'Talks resume on February 11, and Toivo Haavel says his plants can burn fuel oil “until the end of March, and not a day longer” (IRT, January 31).',
      ),
    ).toBe('Toivo Haavel');
  });
});

describe('a country the article never names by its adjective', () => {
  it('is a country by what a ruler rules, or by its presidential election', () => {
    expect(
      kinds('Tokhtarov, who has ruled Sarystan since independence, was taken to a clinic on May 14.')
        .Sarystan,
    ).toBe('country');
    expect(
      kinds(
        'On August 15, the movement nominated him for Sarystan’s early presidential election, called for October 7.',
      ).Sarystan,
    ).toBe('country');
  });
});
