// In-sentence sources spoken or written through: "in an address broadcast by Temir TV", "speaking on X".
import { MEDIA_AFTER, MEDIUM, MEDIUM_BEFORE, NAME } from './outlet-patterns.js';
import { dateAt, inSentenceCitation, type SentenceScan } from './sentence-scan.js';
import type { Citation } from './types.js';

// "in an address broadcast by Temir TV on March 25", "in an interview with Novaya Vest"
const SPEECH_ACT = new RegExp(
  `\\b[Ii]n an? (?:\\w+ )?(?:address|interview|speech|statement|broadcast|appearance|article|op-ed|commentary|briefing)(?: (?:broadcast|published|aired|given|carried|printed))? (?:by|on|to|with|in) (?:the )?(${NAME})(?:${MEDIA_AFTER})?`,
  'gu',
);

// "Speaking on Temir TV the same day", "Speaking by telephone to the opposition weekly Ostrov"
const SPEAKING_ON = new RegExp(
  `\\b(?:[Ss]peaking|[Ww]riting|[Aa]ppearing)(?: by (?:tele)?phone)? (?:on|to|in|with) (?:the )?(?:(?:\\p{Ll}+ ){0,2}(?:${MEDIUM}|television) )?(${NAME})`,
  'gu',
);

// "argued in Delovoi Kurs on October 20", "wrote in Vostochny Kuryer on August 8": words an outlet
// carried (a known outlet only: "said in Moscow" names a city).
const SAID_IN = new RegExp(
  `\\b(?:argued|wrote|claimed|suggested|noted|warned|insisted|complained|said) in (?:the )?(${NAME})(?:${MEDIA_AFTER})?(?= on \\p{Lu})`,
  'gu',
);

// Both forms name the outlet a person spoke through; they are recorded alike.
// "In an interview with Moldpres on June 4": an interview given to a name that is no person.
const INTERVIEW_WITH = new RegExp(
  `\\b[Ii]n an? (?:\\w+ )?interview (?:with|to) (?:the )?(${NAME})(?:${MEDIA_AFTER})?(?= on \\p{Lu})`,
  'gu',
);

/** The outlets the sentence's speech acts went out through, each marked as a speech act. */
export function speechActSources(scan: SentenceScan): Citation[] {
  const { text, sentence, dates, know } = scan;
  const found: Citation[] = [];
  for (const pattern of [SPEECH_ACT, SPEAKING_ON, INTERVIEW_WITH, SAID_IN]) {
    for (const m of sentence.text.matchAll(pattern)) {
      const outlet = m[1] ?? '';
      // ("to the opposition weekly X": the medium says what the name is.)
      const described = MEDIUM_BEFORE.test(m[0].slice(0, m[0].lastIndexOf(outlet)));
      const interview = pattern === INTERVIEW_WITH && !know.isPerson(outlet);
      if (!know.isOutlet(outlet) && !interview && !described) continue;
      const start = sentence.start + m.index;
      let end = start + m[0].length;
      const date = dateAt(dates, text, end);
      if (date) end = date.end;
      found.push(
        inSentenceCitation(scan, start, end, outlet, { speechAct: true, ...(date ? { date } : {}) }),
      );
    }
  }
  return found;
}
