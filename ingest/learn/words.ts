// Words as features: a capitalised word or a number becomes its shape (no proper name or figure
// is ever a feature), and a verb becomes a crude lemma ("signed" → "sign", "met" → "meet").

/** Words that open a sentence with a capital but are no names: their lower-case form is the feature. */
const FUNCTION_WORDS = new Set(
  'a an the on in at by of for from to with since until till after before during between when while if unless as once then later earlier last next this that these those it he she they we i his her its their our there here but and yet so also however meanwhile'.split(
    ' ',
  ),
);

/** A token's feature form: lower-case words as they are (and a capitalised function word), others by shape. */
export function shapeOf(word: string): string {
  if (/^\p{Ll}[\p{Ll}’'-]*$/u.test(word)) return word;
  if (FUNCTION_WORDS.has(word.toLowerCase())) return word.toLowerCase();
  if (/^\p{Lu}/u.test(word)) return 'Xx';
  if (/^\d/.test(word)) return '9';
  return '#';
}

/** The words of a text, in order, punctuation left out. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\d][\p{L}\d’'-]*/gu) ?? [];
}

const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say',
  told: 'tell',
  met: 'meet',
  began: 'begin',
  begun: 'begin',
  took: 'take',
  taken: 'take',
  held: 'hold',
  went: 'go',
  gone: 'go',
  came: 'come',
  left: 'leave',
  made: 'make',
  gave: 'give',
  given: 'give',
  sent: 'send',
  won: 'win',
  lost: 'lose',
  fell: 'fall',
  rose: 'rise',
  broke: 'break',
  broken: 'break',
  struck: 'strike',
  fled: 'flee',
  shot: 'shoot',
  became: 'become',
  spoke: 'speak',
  spoken: 'speak',
  wrote: 'write',
  written: 'write',
  ran: 'run',
  found: 'find',
  brought: 'bring',
  bought: 'buy',
  sold: 'sell',
  built: 'build',
  kept: 'keep',
  stood: 'stand',
  sat: 'sit',
  led: 'lead',
  paid: 'pay',
  saw: 'see',
  seen: 'see',
  drew: 'draw',
  flew: 'fly',
  threw: 'throw',
  chose: 'choose',
  froze: 'freeze',
  frozen: 'freeze',
  laid: 'lay',
  hung: 'hang',
  sought: 'seek',
  fought: 'fight',
  caught: 'catch',
  thought: 'think',
  knew: 'know',
  grew: 'grow',
  got: 'get',
  did: 'do',
  done: 'do',
  had: 'have',
  has: 'have',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  been: 'be',
};
/** Past forms that are verbs though they end in neither -ed nor -en. */
const PAST_WORDS = new Set(
  Object.keys(IRREGULAR).filter((w) => !['had', 'has', 'was', 'were', 'is', 'are', 'been'].includes(w)),
);
/** Words in -ed that are no past verbs. */
const NOT_VERBS = new Set([
  'need',
  'red',
  'hundred',
  'bed',
  'shed',
  'united',
  'limited',
  'so-called',
  'armed',
  'speed',
  'seed',
  'feed',
  'breed',
  'proceed',
  'indeed',
]);

/** A crude lemma of a verb form: irregular forms looked up, -ied, -ed and -ing stripped. */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (/ied$/.test(w)) return w.replace(/ied$/, 'y');
  const stem = w.replace(/(?:ed|ing)$/, '');
  if (stem === w || stem.length < 3) return w;
  // "stopped" → "stop" (and "closed" → "clos": crude, but the same for every form)
  if (/([bdfgklmnprtv])\1$/.test(stem) && !/(?:ll|ss)$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/** Whether a lower-case word looks like a verb in the past or a participle. */
export function looksLikeVerb(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || NOT_VERBS.has(word)) return false;
  return PAST_WORDS.has(word) || /\p{Ll}{2,}ed$/u.test(word);
}
