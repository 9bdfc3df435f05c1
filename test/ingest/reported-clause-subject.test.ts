// The subject of a reported clause ("told X that Sadykhov had “…”") and a participle after the words
// ("“…,” adding that he was conscious") are no speakers of the quoted words.
import { describe, expect, it } from 'vitest';
import { article, draftOf } from './helpers.js';

const speakerOf = (paragraph: string, words: string) =>
  draftOf(article([paragraph])).draft.quotes.find((q) => q.kind === 'direct' && q.text.startsWith(words))
    ?.speaker;

describe('the subject of a reported clause', () => {
  it('is no speaker: "X told Radio Sahil the following day that Sadykhov had “…”"', () => {
    expect(
      speakerOf(
        'Prime Minister Rauf Sadykhov took over on February 12. The speaker of the assembly, Nodira Khakimova, told Radio Sahil the following day that Sadykhov had “seized power with a doctor’s certificate.”',
        'seized power',
      ),
    ).toBe('nodira-khakimova');
  });
});

describe('a person named inside what someone said', () => {
  it('is no speaker: "X told Dubpress that Batura’s account was “…”"', () => {
    expect(
      speakerOf(
        'Security chief Kirill Batura spoke on April 25. Foreign Minister Irina Volchek told Dubpress on April 28 that Batura’s account was “a fairy tale for domestic consumption.”',
        'a fairy tale',
      ),
    ).toBe('irina-volchek');
  });

  it('is no speaker of a second verb the first speaker shares: "X said that Y planned …, and insisted that “…”"', () => {
    expect(
      speakerOf(
        'Aibek Turgunbayev was arrested on April 5. At a press conference on April 26, Deputy Prosecutor-General Rashid Ismailov said investigators had established that Turgunbayev planned the tent camp weeks before the vote, and insisted that the case had “nothing to do with the election.”',
        'nothing to do',
      ),
    ).toBe('rashid-ismailov');
  });

  it('speaks when a verb of speech of their own follows: "X said that Y told him “…”"', () => {
    expect(
      speakerOf(
        'Aibek Turgunbayev was arrested on April 5. His lawyer Farid Ismailov said that Turgunbayev told him “I will not sign anything.”',
        'I will not sign',
      ),
    ).toBe('aibek-turgunbayev');
  });
});

describe('the person a charge is laid on', () => {
  it('is no speaker: "X accused Sardani of having “…”"', () => {
    expect(
      speakerOf(
        'President Aleko Sardani signed the protocol on September 6. Merab Zedgeni, leader of the opposition Mountain Alliance party, accused Sardani of having “hidden behind the drivers for seventy-three days.”',
        'hidden behind',
      ),
    ).toBe('merab-zedgeni');
  });
});

describe('a second reported clause after quoted words', () => {
  it('is the first speaker’s: "told parliament that her government “…,” and that Velimsky would be tried “…”"', () => {
    expect(
      speakerOf(
        'Captain Arkady Velimsky was held in Selmak. Foreign Minister Dinara Sarsenova told parliament that her government “will not pay a bond,” and that Velimsky would be tried “by a Karvasian judge, and nowhere else.”',
        'by a Karvasian judge',
      ),
    ).toBe('dinara-sarsenova');
  });
});

describe('a holder named after the body of his title', () => {
  it('speaks the words his participle gives: "Chairman of the Board of Gorvenian Railways Rezo Taramuri went further, warning that … “…”"', () => {
    expect(
      speakerOf(
        'Freight stopped on July 1. Chairman of the Board of Gorvenian Railways Rezo Taramuri went further, warning that the company would need a state loan “before the first snow.”',
        'before the first snow',
      ),
    ).toBe('rezo-taramuri');
  });
});

describe('the owner of a thing', () => {
  it('is no speaker: "Turgunbayev’s fate, the president told Tavrenia-1, is …; Chardak “…”"', () => {
    expect(
      speakerOf(
        'President Stanislav Vesnin broke his silence on April 28, after Aibek Turgunbayev was jailed. Turgunbayev’s fate, the president told Tavrenia-1, is a matter for the courts; Chardak “will be governed from Ostrel, and only from Ostrel.”',
        'will be governed',
      ),
    ).toBe('stanislav-vesnin');
  });

  it('speaks when the thing is words: "Haurylenka’s order to question “…”"', () => {
    expect(
      speakerOf(
        'President Mikalai Haurylenka met the security chiefs on April 12. Haurylenka’s order to the security services to question “everyone, the opposition included,” alarmed his critics.',
        'everyone',
      ),
    ).toBe('mikalai-haurylenka');
  });
});

describe('a participle after the quoted words', () => {
  it('leaves the words to the subject before them: "the ministry confirmed that the president had suffered “…,” adding that he was conscious"', () => {
    expect(
      speakerOf(
        'President Ilyas Tokhtarov fell ill on February 9. The next day, the Health Ministry confirmed that the president had suffered “an acute disorder of the cerebral circulation,” adding that his condition was stable and that he was conscious.',
        'an acute disorder',
      ),
    ).toBe('health-ministry');
  });
});

describe('quoted words standing alone in their sentence', () => {
  it('go on from the speaker of the sentence before', () => {
    expect(
      speakerOf(
        'The union’s code, Chairman of the Lendorian State Customs Service Viktor Brannik told deputies in Markhel before the accession, recognizes no such thing as a sealed transit wagon. “A sealed wagon is a wagon nobody has looked into” (Markhel Vedomosti, December 9, 2010).',
        'A sealed wagon',
      ),
    ).toBe('viktor-brannik');
  });

  it('run on from quoted words the sentence before gave: “…,” X told Y. “…”', () => {
    const { draft } = draftOf(
      article([
        'The ports are already counting. Chairman of the Management Board of Sillamäe Sadam Valeri Kuznetsov said that the port would handle about a third less cargo this year than it had planned. “We built this port for Russian cargo, with Russian partners,” Kuznetsov told Sillamäeski Vestnik (no. 23, 7 June). “Nobody in Moscow asked us about the statue, and nobody in Tallinn asked us about the railway.” At Muuga, Rein Kallaspoeg, a member of the management board of the Port of Tallinn, said that the port had lost a fifth of its oil.',
      ]),
    );
    const quotes = draft.quotes.filter((q) => q.kind === 'direct');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toMatch(/Russian cargo.*Nobody in Moscow/);
  });
});

describe('a comment on the quoted words after them', () => {
  it('is no attribution: "“…,” which Sarnavin’s family denies"', () => {
    expect(
      speakerOf(
        'The preacher Ilya Sarnavin was detained on March 25. An NSS spokesman, Colonel Timur Bagaryan, told Orvenia-1 TV that the preacher had “called on his flock to obey no law but God’s,” which Sarnavin’s family denies (Orvenia-1 TV, March 27).',
        'called on his flock',
      ),
    ).toBe('timur-bagaryan');
  });
});

describe('a pronoun opening a clause of speech after a name of the other gender', () => {
  it('is its own antecedent’s: "Nadira Eshmetova … visited Ilya Sarnavin …; she told reporters that she had found him “…”"', () => {
    expect(
      speakerOf(
        'The preacher Ilya Sarnavin has been held since March 25. On June 21, Human Rights Ombudsman Nadira Eshmetova spent a day in Gorzhan and visited Sarnavin in the Tulvar pre-trial detention center; she told reporters afterwards that she had found him “thin, calm and entirely lucid” (Radio Vashtar, June 21).',
        'thin, calm',
      ),
    ).toBe('nadira-eshmetova');
  });
});
