// Planned dates: whether the clause around a date speaks of the future ("are due to meet on April
// 20", "would reopen on October 15", "On Friday the council meets"), or of a plan put off.
import { SPEECH_VERBS } from '../../language/lexicon.js';
import { PUT_OFF_TO } from './words.js';

// "announced that the bridge would reopen on October 15": reported speech's "would" is a plan; so is
// what someone has asked others to do ("I have asked the council to meet on Friday"); what holds
// "until" a day in the present tense ("the price is guaranteed only until July 1"); a summit a
// country "hosts" in a month; "a fourth
// installment was announced for September 3"; "set the hearing on the merits for September 14–18".
const PLANNED_CUE =
  /\b(?:will|shall|would(?! have)|is due|are due|due to|due in|due on|due by|due before|set for|set to|scheduled|fixed for|(?:set|fixed) (?:the|a|an|its|their|his|her) (?:[\w'’-]+ ){0,4}?for(?=\s*$)|(?:announced|promised|expected|booked|called) for|plans? to|planned for|planning to|intends? to|intention to|expected to|(?:is|are|was|were) to (?!be\b)\w+|(?:is|are) to be \w+(?:ed|en)(?=[^,]*$)|to be held|could be|may be|might|upcoming|forthcoming|(?<!\b(?:had|has|have|having) )(?:takes?|comes?|enters?) (?:effect|into force)|(?:offered|agreed|promised|pledged|proposed|threatened|vowed) to (?!an?\b|the\b)\w+|(?:have|has) (?:asked|urged|invited|called on|instructed) (?:[\w'’-]+ ){1,4}?to (?!an?\b|the\b)\w+|(?:is|are) (?:\w+ ){0,2}?(?:guaranteed|valid|frozen|fixed|suspended|extended|in force) (?:only )?until|hosts? (?:the|a|an|its|their) (?:[\w'’-]+ ){0,3}?(?:summit|meeting|conference|forum|talks|games|championship))\b/i;

/** "On November 14, whatever is signed in X, some of us will …": the future after an aside. */
function futureAfterAside(after: string): boolean {
  const m = /^,\s[^,;.]{1,40},\s((?:[\p{L}-]+\s){0,3})(?:will|shall)\b/u.exec(after);
  return !!m && !SAID_BEFORE_WILL.test(m[1] ?? '');
}
const SAID_BEFORE_WILL = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);

/** True when the clause leading up to the date speaks of the future ("are due to meet on April 20"). */
export function isPlannedAt(sentence: string, offsetInSentence: number, mentionText: string): boolean {
  if (/^(?:(?:early|late) )?(?:next|the coming)\b/i.test(mentionText)) return true;
  const before = sentence.slice(0, offsetInSentence);
  // "idle since June": a state's start lies behind, whatever the clause promises.
  if (/^since\b/i.test(mentionText) || /\bsince\s$/i.test(before)) return false;
  if (PUT_OFF_TO.test(before)) return true;
  // (An abbreviation's point ends no clause: "in St. Petersburg in July", "George W. Bush will".)
  const masked = before.replace(
    /\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|No|Gen|Col|Lt|\p{Lu})\.(?= )/gu,
    (m) => `${m.slice(0, -1)}_`,
  );
  const clauseStart = Math.max(
    before.lastIndexOf(';'),
    masked.lastIndexOf('. '),
    before.lastIndexOf(': '),
    before.lastIndexOf('—'),
    before.lastIndexOf('–'),
  );
  const words = before
    .slice(clauseStart + 1)
    .split(/\s+/)
    .slice(-14)
    .join(' ');
  // "on Monday we will open": the future follows the date.
  const after = sentence.slice(
    offsetInSentence + mentionText.length,
    offsetInSentence + mentionText.length + 80,
  );
  // "Talks planned for July 24, were called off on July 22": the plan's fate is told in the past.
  const cues = [...words.matchAll(new RegExp(PLANNED_CUE.source, 'gi'))];
  const sinceCue =
    cues.length > 0 ? words.slice((cues.at(-1)?.index ?? 0) + (cues.at(-1)?.[0].length ?? 0)) : '';
  if (/,\s(?:was|were|had been|has been|have been)\s\p{Ll}+(?:ed|en)\b/u.test(sinceCue)) return false;
  return (
    PLANNED_CUE.test(words) ||
    // "On Monday I am due in court again": "due" after the date is as much a plan as before it.
    // (Not the main verb after an aside the date ends: "mineral water, added on May 5, will outlast".)
    // ("In January the Parliamentary Assembly of the Council of Europe will decide": a name as subject.)
    /^(?:,\s(?:[\p{L}-]+\s){1,3}|\s(?:[\p{L}-]+\s){0,3}|,?\s(?:the\s)?\p{Lu}[\p{L}’'-]*\s(?:(?:\p{Lu}[\p{L}’'-]*|of|the|for|and|on|in)\s){0,8})(?:will|shall|is to|are to|(?:am|is|are) due)\b/u.test(
      after,
    ) ||
    // "And on November 14, whatever is signed in X, some of us will be standing at the gates": an aside
    // between the date and the future (not reported future: "…, Medvedev said Russia will …").
    futureAfterAside(after) ||
    // "confirmed January 12 as the date of the repeat election": a day named for what is to come.
    /^\s(?:as|for)\s(?:the\s)?(?:new\s)?(?:date|day)\s(?:of|for)\s/u.test(after) ||
    // "On Friday the council meets in special session": a sitting's present tense is its schedule.
    /^,?\s(?:the\s)?(?:\p{Ll}+\s)?(?:meets|sits|convenes|opens|reconvenes)\b/u.test(after) ||
    // "On Monday the talks begin again in Kamengrad": a plural subject's schedule too.
    /^,?\s(?:the|our|their)\s(?:\p{Ll}+\s)?(?:talks|hearings|negotiations|sessions|exams|examinations|trials?)\s(?:begin|start|open|resume|reopen|continue)\b/u.test(
      after,
    ) ||
    // "His trial opens on September 12", "The trial of Nadiya Savchenko opens on September 22", "The
    // first hearing is on June 6": a proceeding's present tense is its schedule.
    /\b(?:trial|hearing|session|talks|negotiations|congress|summit|conference|round|vote|referendum|election|campaign|visit)(?:\s(?:of|against)\s\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2})?\s(?:(?:\p{Ll}+\s)?(?:opens|begins|starts|resumes|reopens|ends|closes)(?:\s(?:here|there|again))?(?:\s(?:in|at)\s\p{Lu}[\p{L}-]*)?|is)\s(?:on|in)\s$/u.test(
      `${words.trimEnd()} `,
    ) ||
    // "the assembly rises for the summer in mid-July", "the lease expires in 2011": so is its end.
    // "before the ministers meet in X on June 9", "voters, who elect a new parliament on November 30"
    // (not an infinitive: "flew to Ankara to meet Erdogan on February 12").
    /\b(?<!\bto )(?:meets|meet|sits|convenes|reconvenes|rises|adjourns|expires|lapses|elect|elects)\b[^,;]{0,40}$/u.test(
      words,
    ) ||
    // "before the next heating season begins in October": a start awaited (not "The story begins on").
    /\b(?:before|until|till|once)\b[^,;]{0,40}\b(?:begins|starts|resumes)\b[^,;]{0,40}$/u.test(words) ||
    // "a tribunal whose first hearing is expected in September", "Bilyak, who faces a presidential
    // election on January 17": the date the expectation or the contest is set for.
    /\bexpected (?:in|on|by|before) $/.test(before) ||
    /\bfaces (?:an?|the|its|his|her) (?:[\w'’-]+ ){0,3}?(?:election|elections|vote|referendum|deadline|hearing|trial|congress|summit) (?:on|in) $/.test(
      before,
    ) ||
    // "who faces re-election in December", "Kuvandia holds parliamentary elections in November": a
    // contest told in the present is the calendar's.
    (/\b(?:faces|face|holds|hold|goes to the polls)(?: (?:[\w'’-]+ ){0,2}?(?:re-?elections?|elections?|polls|referendum))? (?:on|in) $/.test(
      before,
    ) &&
      /\b(?:re-?elections?|elections?|polls|referendum)\b/.test(before.slice(-45)) &&
      // (Not a habit: "holds parliamentary elections in November every four years".)
      !/^\s*(?:every|each|once every)\b/.test(after)) ||
    // "the minister flies to Beijing again in March": a journey told in the present is its itinerary
    // (not a habit: "flies there every March").
    (/\b(?:flies|travels|returns|heads|sails) (?:back )?(?:to|for)\b[^,;]{0,40}$/u.test(words) &&
      !/\b(?:every|each|usually|often|always)\b/.test(words)) ||
    // "announced that from May 1 the fee would double": the future of reported words.
    (/\bthat\s$/.test(before) && /^,?\s(?:[\p{L}'’-]+\s){0,4}would\b/u.test(after))
  );
}
