// Whether a date found in a sentence modifies a noun ("the March rally", "the Saturday market")
// rather than telling when something happened; absolute and relative dates both ask.

export function isModifier(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 20);
  // "asked for the lists for the period from May 2 to May 9": the span a thing covers, not a time.
  if (/\b(?:for|over|covering) the period (?:of )?$/i.test(text.slice(Math.max(0, start - 30), start)))
    return true;
  // "announced that from May 1 the fee would double": a date opened by a preposition modifies no noun.
  if (/^(?:from|between)\b/i.test(text.slice(start, end))) return false;
  return (
    /\b(?:the|its|their|this|that|his|her|a)\s$/i.test(before) &&
    /^[ -]\p{Ll}/u.test(after) &&
    !/^ (?:to|and|or|when|until|through|as|of|in|on)\b/.test(after) &&
    // ("on the Friday they let me go": a subject opens the clause a weekday leads.)
    !(
      /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(text.slice(start, end)) &&
      /^ (?:they|we|he|she|it|you|I)\b/.test(after)
    )
  );
}
