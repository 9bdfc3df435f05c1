// The features of one dated mention, for the learned event filter: which skip rules fire, the
// date's form, where it stands (a citation, a quotation, an interview's parts), the kind of clause,
// its tense and modal cues, speech and opinion verbs, the words before the date and the clause's
// main verb. Only lower-case words are features; a capitalised word is its shape, so no name is.
import { OPINION_VERB, SAYING } from '../stages/events/act-patterns.js';
import type { SkipContext } from '../stages/events/skip-context.js';
import { isTurn } from '../stages/segment.js';
import { lemmaOf, looksLikeVerb, shapeOf, wordsOf } from './words.js';

/**
 * The feature sets the cross-validation compares, each holding the one before: the rules that fire;
 * the date's form and place; the clause's kind, cues and speech verbs; `full` adds the words.
 */
export type FeatureSet = 'rules' | 'form' | 'cues' | 'full';

const CUES: readonly (readonly [string, RegExp])[] = [
  ['will', /\bwill\b/],
  ['would', /\bwould\b/],
  ['modal', /\b(?:could|might|may|should|must|can)\b/],
  ['is-to', /\b(?:is|are|was|were) to \p{Ll}/u],
  ['plans-to', /\b(?:plans?|planned|intends?|intended|expects?|expected|hopes?|agreed|promised) to\b/],
  ['due', /\b(?:is|are|was|were) (?:due|scheduled|set|expected)\b/],
  ['had-participle', /\bhad (?:been |already |not |never )?\p{Ll}+(?:ed|en)\b/u],
  ['has-participle', /\b(?:has|have) (?:been |already |not |never )?\p{Ll}+(?:ed|en)\b/u],
  ['passive', /\b(?:was|were) \p{Ll}+ed\b/u],
  ['negation', /\b(?:not|never|no longer)\b|n[’']t\b/],
  ['since', /\bsince\b/],
];

const RULE_FEATURES = /^(?:bias|rules?:)/;
const CUE_FEATURES = /^(?:clause:|cue:|speech:|opinion-verb$)/;
const FORM_FEATURES =
  /^(?:gran:|rel:|abs$|modifier$|planned$|span$|citation:|quoted$|interview:|day-drafted$|occasion$|sentence-start$)/;

/** The features of the `full` set that the smaller `set` holds. */
export function restrictFeatures(features: readonly string[], set: FeatureSet): string[] {
  if (set === 'full') return [...features];
  return features.filter(
    (f) =>
      RULE_FEATURES.test(f) ||
      (set !== 'rules' && FORM_FEATURES.test(f)) ||
      (set === 'cues' && CUE_FEATURES.test(f)),
  );
}

/** The clause kind the date stands in, from the clause's words before it. */
function clauseKind(beforeInClause: string): string {
  const sub = /\b(when|after|before|if|unless|until|since|while|because|once|although|though)\b[^,;]*$/i.exec(
    beforeInClause,
  );
  if (sub) return `sub:${sub[1]?.toLowerCase() ?? ''}`;
  if (/(?:, (?:which|who|whose|where)\b|\p{Ll} (?:which|who|that) \p{Ll}+)[^,]*$/u.test(beforeInClause))
    return 'relative';
  return 'main';
}

/** The clause's main verb as a crude lemma: after a modal its base form, else the first past form. */
function mainVerb(clause: string): string {
  const words = wordsOf(clause);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (/^(?:will|would|could|should|must|may|might)$/.test(w)) {
      const next = words.slice(i + 1).find((x) => !/^(?:not|be|have|been|also|then)$/.test(x));
      if (next && /^\p{Ll}+$/u.test(next)) return lemmaOf(next);
    }
    // ("the 2004 protest", "a closed hearing": a participle after an article is an adjective)
    if (looksLikeVerb(w) && !/^(?:the|a|an)$/.test(words[i - 1] ?? '')) return lemmaOf(w);
  }
  return '-';
}

function interviewPart(c: SkipContext): string {
  const { an, s, voice } = c;
  if (an.citations.some((x) => x.credit && x.sentence === c.d.sentence)) return 'credit';
  if (an.turns && isTurn(an.paragraphs[s.paragraph]?.text ?? '', an.turns, 'question')) return 'question';
  if (!voice) return 'none';
  if (voice.answers.has(s.paragraph)) return 'answer';
  return s.paragraph < Math.min(Infinity, ...voice.answers) ? 'intro' : 'after';
}

/** The features of the mention of `c`, given the skip rules that fire for it. */
export function candidateFeatures(
  c: SkipContext,
  firing: readonly string[],
  set: FeatureSet = 'full',
): string[] {
  const f = ['bias', firing.length > 0 ? 'rules:drop' : 'rules:keep', ...firing.map((n) => `rule:${n}`)];
  if (firing.length > 1) f.push('rules:several');
  if (set === 'rules') return f;
  const { d, spec, an, s } = c;
  const m = d.mention;
  f.push(`gran:${spec.start.length === 4 ? 'year' : spec.start.length === 7 ? 'month' : 'day'}`);
  f.push(m.relative ? `rel:${m.relative.unit}` : 'abs');
  if (m.modifier) f.push('modifier');
  if (d.planned) f.push('planned');
  if (spec.end) f.push('span');
  if (d.citation) f.push(`citation:${d.citation.kind}`);
  if (an.quotes.some((q) => q.parts.some((p) => p.start <= m.start && m.end <= p.end))) f.push('quoted');
  f.push(`interview:${interviewPart(c)}`);
  if (c.dayDrafted) f.push('day-drafted');
  if (c.atOccasion) f.push('occasion');
  if (f.includes('abs') && c.offset === 0) f.push('sentence-start');
  if (set === 'form') return f;
  const clauseAt = s.text.indexOf(c.clause);
  const beforeInClause = s.text.slice(clauseAt, c.offset);
  f.push(`clause:${clauseKind(beforeInClause)}`);
  for (const [name, re] of CUES) if (re.test(c.clause)) f.push(`cue:${name}`);
  if (SAYING.test(beforeInClause)) f.push('speech:before');
  if (SAYING.test(c.clause.slice(Math.max(0, c.offset - clauseAt)))) f.push('speech:after');
  if (OPINION_VERB.test(c.clause)) f.push('opinion-verb');
  if (set === 'cues') return f;
  const before = wordsOf(c.before).slice(-2).map(shapeOf);
  f.push(`w-1:${before.at(-1) ?? '^'}`, `w-2:${before.at(-2) ?? '^'}`);
  f.push(`w+1:${shapeOf(wordsOf(c.after)[0] ?? '$')}`);
  f.push(`verb:${mainVerb(c.clause)}`);
  return f;
}
