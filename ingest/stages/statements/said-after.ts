// Attributions that come after the words or inside them: "…, officials in Dushanbe said.", "The
// agreement, Aliyev said, would last ten years.", and "…, an allegation the ministry denied".
import type { Analysis } from '../../analysis.js';
import { WEEKDAY_PATTERN } from '../../language/months.js';
import { bodyByNoun, pronounAntecedent, resolveSpeaker } from '../speakers.js';
import { mentionBefore, namedIn } from './speaker-mentions.js';
import { statementIn } from './statement-in.js';
import type { StatementDraft } from './types.js';

/**
 * When or where words were said, after the verb of an attribution: "on May 3", "on Monday", "last
 * week", "afterwards", "the next day", "in a statement", "at a press conference", "at the close of
 * the meeting", "on state television", "in Baku".
 */
const WHEN_OR_WHERE = String.raw` on \p{Lu}\p{Ll}+ \d{1,2}| on (?:${WEEKDAY_PATTERN})| (?:last|this|next) (?:week|month|year|${WEEKDAY_PATTERN})| (?:yesterday|today|afterwards?|later|earlier|at the time)| that (?:day|evening|morning|afternoon|night)| the (?:next|same|following|previous) (?:day|evening|morning|week)| in (?:a|an|its|his|her|their) (?:[\p{Ll}-]+ )?(?:statement|communiqu[eé]|interview|letter|press release)| at (?:a|an|the|his|her|its|their) (?:[\p{Ll}-]+ ){0,2}(?:press conference|news conference|briefing|meeting|session|hearing|rally)| (?:at|after) the (?:close|end|start|opening) of (?:a|an|the|its|their) (?:[\p{Ll}-]+ ){0,2}(?:meeting|session|talks|summit|conference|hearing|visit)| (?:after|before|during) (?:the|a|an|his|her|its|their) (?:[\p{Ll}-]+ ){0,2}(?:meeting|session|talks|summit|conference|hearing|visit|vote|ceremony|briefing)| on (?:state |national )?(?:television|radio|TV)| in \p{Lu}[\p{L}-]+\b(?! \p{Lu})`;
/**
 * ", Aliyev said, would …", ", he argued, is …", ", the finance minister went on, would …", ",
 * Ukrainian officials say, is …", ", he told reporters the next day, would …": an attribution between
 * commas inside the words.
 */
// ("The plant, he explained, was for sale": any verb that reports a claim may stand inside it.)
export const PARENTHETICAL = new RegExp(
  String.raw`, ((?:\p{Lu}[\p{L}'’-]+ ){0,3}\p{Lu}[\p{L}'’-]+|he|she|it|the (?:\p{Ll}+ )?\p{Ll}+|the (?:\p{Lu}[\p{L}'’-]+ ){0,3}\p{Lu}[\p{L}'’-]+|\p{Lu}\p{Ll}+ \p{Ll}+s|(?:people|officials|sources|diplomats) (?:at|in|from) the \p{Ll}+) ` +
    String.raw`(?:said|says|say|added|adds|noted|notes|argued|argues|insisted|insists|claimed|claims|warned|warns|believes|explained|explains|stressed|admitted|conceded|maintained|maintains|went on|continued|told (?:reporters|journalists|me|us|him|her|\p{Lu}[\p{L}\p{N}-]+(?: \p{Lu}[\p{L}\p{N}-]+){0,2}))` +
    String.raw`(?:${WHEN_OR_WHERE}){0,2}, (?=\p{Ll})`,
  'u',
);
/**
 * "…, officials in Dushanbe said.", "…, its head, Vilen Sadykhov, told Radio Tverdograd on July 17.",
 * "…, Vostokgaz, the state gas company, said.", "…, the ministry said in a brief statement.": the
 * attribution after the words, with an optional role in apposition before or after the name, an
 * optional hearer, and an optional time or medium. Not a clause of its own after ", and" ("…, and a
 * captain asked me what Petrov had said.").
 */
const SAID_AFTER = new RegExp(
  String.raw`, (?!(?:and|but|or|so|which|who|what|as)\s)((?:(?:its|his|her|their|the) [\p{Ll} -]{2,40}, )?[^,;“”"]{2,60}?(?:, (?:the|a|an|its) [^,;“”"]{2,60})?),? ` +
    String.raw`(?:said|says|(?<!\b(?:could|would|can|will|may|might|must|should|ever|not|to|did|do|does) )say|added|noted|claimed|insisted|confirmed|announced|warned|argued|stressed|explained|maintained|admitted|conceded|acknowledged|told (?:reporters|journalists|the (?:agency|newspaper|paper)|\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,3}))` +
    String.raw`(?:${WHEN_OR_WHERE}| when asked about [^,;“”"]{2,60}|,(?= when asked\b)){0,3}` +
    // ("…, Ergashev told Karsakia-1 TV on March 16, while the number at the border kept rising.": a
    // time or contrast clause may close the sentence after the attribution, unless it reports words
    // of its own: "…, but the union said it would picket …".)
    // ("…, he told journalists after the meeting, and “…”": his own quotation may close it.)
    String.raw`(?:,? and [“"][^“”"]{2,200}[”"])?` +
    String.raw`(?:\s*\([^()]*\))?(?:, (?:while|whereas|as|although|though|but) (?![^;“”"]*\b(?:said|says|told|tells|claimed|insisted|argued|warned|added|announced)\b)[^;“”"]{4,160}?)?\.?$`,
  'u',
);
/** "…, an allegation the ministry denied on July 19": a denial told in a relative clause after the claim. */
const CLAIM_DENIED =
  /,\s(?:an?|the) (?:allegation|claim|accusation|charge|report) (?:that |which )?((?:the )?[\p{L}'’ -]{2,60}?) (?:denied|rejected|disputed)\b/u;

/** "…, X said.": statements attributed after their words, added to `out` where a sentence has none. */
export function addSaidAfter(an: Analysis, out: StatementDraft[]): void {
  // "…, officials in Dushanbe said.": the attribution after the words it reports.
  for (const s of an.sentences) {
    if (out.some((o) => o.sentence === s.index)) continue;
    // ("…, Rustamli told reporters the next day; he expected …": the attribution may close a clause
    // before a semicolon, not only the sentence.)
    const clauses = [...s.text.matchAll(/[^;]+(?:;|$)/g)];
    const found = clauses
      .map((c) => ({ from: c.index, m: SAID_AFTER.exec(c[0].replace(/;$/, '')) }))
      .find((c) => c.m?.[1]);
    const m = found?.m;
    if (!found || !m?.[1]) continue;
    const at = s.start + found.from + m.index + 2;
    // "the Latvian ministry said": the one body of that name (the last part: "…, and a crew was
    // turned back, the company said").
    const body = /^the (?:(\p{Lu}\p{Ll}+) )?(\p{Ll}+)$/u.exec(m[1].split(', ').at(-1) ?? '');
    // ("…, he insisted.": the person the pronoun means.)
    const pronoun = /^(?:he|she)$/.test(m[1]);
    const actor = pronoun
      ? pronounAntecedent(an.table, an.sentences, at, s.index, an.text, true).actor
      : (namedIn(an, at, at + m[1].length) ??
        mentionBefore(an, at + m[1].length + 1) ??
        (body?.[2] ? bodyByNoun(an.table, body[2], body[1]) : undefined));
    const how = pronoun ? 'pronoun' : 'name';
    if (actor) out.push(statementIn(an, s, { actor, how }, at, /[\s,.]+$/, s.start + found.from));
  }
}

/** "The deal, X said, would last.": statements attributed inside their words, added to `out`. */
export function addParenthetical(an: Analysis, out: StatementDraft[]): void {
  // "The agreement, Aliyev said, would last ten years.": the attribution set inside the words.
  for (const s of an.sentences) {
    const m = PARENTHETICAL.exec(s.text);
    // (Not inside a quotation's attribution: "“The deal,” he said, “would last.”" is the quotation's; a
    // quotation after it is the speaker's own: "Observers are welcome, he added, but only “…”".)
    if (!m?.[1] || out.some((o) => o.sentence === s.index) || /[“”"]/.test(s.text.slice(0, m.index)))
      continue;
    // ("X, he told journalists, had “answered every question …”": a predicate that runs into a
    // quotation to the end is that quotation only; not "…, he added, but only those “…”".)
    const rest = s.text.slice(m.index + m[0].length);
    if (/^(?!(?:but|and|or|only)\b)(?:\p{Ll}+ ){0,2}[“"][^“”"]+[”"][\s.]*$/u.test(rest)) continue;
    const at = s.start + m.index + 2;
    const region = { start: at, end: at + m[1].length };
    const res = resolveSpeaker(an.table, an.text, an.sentences, region, s.index);
    // "Naftogaz reported that …, enough, it claimed, to …": "it" is the body that opens the sentence.
    const body = an.table.mentions.find(
      (x) =>
        x.start >= s.start &&
        x.end <= at &&
        x.actors.length === 1 &&
        /^(?:organization|media)$/.test(an.table.actors.get(x.actors[0] ?? '')?.kind ?? ''),
    );
    // "X rejected …; no ship, he added, was in port": the words start after the semicolon.
    const semicolon = s.text.slice(0, m.index).lastIndexOf('; ');
    const from = semicolon >= 0 ? s.start + semicolon + 2 : s.start;
    // "Mamytov, he claimed, had crossed …": the person the words open with, right before the aside, is
    // whom "he" speaks of, not who speaks; "he" is then someone the sentences before name.
    const spokenOf =
      /^(?:he|she)$/.test(m[1]) &&
      an.table.mentions.some(
        (x) => x.start === from && x.end >= at - 3 && x.actors.includes(res.actor ?? ''),
      );
    const before = spokenOf
      ? pronounAntecedent(an.table, an.sentences, at, s.index, an.text, true)
      : undefined;
    const actor =
      m[1] === 'it'
        ? body?.actors[0]
        : spokenOf
          ? before?.actor
          : (res.actor ?? namedIn(an, region.start, region.end));
    if (actor) out.push(statementIn(an, s, { ...res, actor }, at, /[\s,.]+$/, from));
  }
}

/** "…, an allegation the ministry denied": the denier's statement, added to `out` unless one follows it. */
export function addClaimDenied(an: Analysis, out: StatementDraft[]): void {
  for (const s of an.sentences) {
    const m = CLAIM_DENIED.exec(s.text);
    if (!m?.[1]) continue;
    const at = s.start + m.index + 2;
    if (out.some((o) => o.sentence === s.index && o.verbAt >= at)) continue;
    const who = at + m[0].indexOf(m[1], 2);
    const actor = namedIn(an, who, who + m[1].length);
    if (actor) out.push(statementIn(an, s, { actor, how: 'name' }, at, /[\s,.]+$/, at));
  }
}
