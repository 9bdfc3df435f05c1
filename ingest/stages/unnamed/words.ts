// The nouns unnamed speakers are called by: people who speak for someone, people described by what
// they did, and bodies that speak without a name of their own.
/** People who speak for someone: singular nouns make a person, the rest a group (organisation). */
export const SINGLE =
  'spokesman|spokeswoman|spokesperson|lawyer|adviser|advisor|aide|press secretary|diplomat';
const GROUP =
  'aides|office|press service|press office|lawyers|advisers|advisors|officials|representatives|allies|entourage|staff|critics|opponents|supporters|campaign staff|campaign|defen[cs]e team|defen[cs]e|legal team|people|camp|team';
export const FOR_SOMEONE = `${SINGLE}|${GROUP}`;
/** People an article may describe by what they did instead of naming them ("the plant manager said …"). */
export const DESCRIBED_PEOPLE =
  'police|officer|policeman|policewoman|soldier|sergeant|guard|official|investigator|prosecutor|judge|commandant|driver|manager|clerk|witness|resident|farmer|worker|engineer|doctor|teacher|mother|father|man|woman|counsellor|counselor|attaché|attache|secretary|consul|inspector|lieutenant|nurse|dispatcher|major|captain|colonel|commander|delegate';
/** Bodies that speak without a name of their own: "the printing house in Veloran". */
export const UNNAMED_BODY =
  'printing house|publishing house|company|firm|plant|factory|bank|agency|hospital|university|school|mine|station|publisher|printer';
/** Where a described speaker stood when speaking, not part of the name: "the guard on the far bank called". */
export const WHERE_THEY_STOOD = '(?:on|across|by|behind) (?:the|a|an) (?:[a-z]+ ){0,2}[a-z]+';
/** Words called out to someone: "called across to me", "called out". */
export const CALLED_OUT = 'called (?:out|across|back)';
/**
 * Words cried out, right before the quotation marks that print them: "shouted at them, “…”",
 * "whispered, “…”" (not "shouted slogans": only before the words themselves).
 */
export const CRIED_OUT =
  '(?:shouted|yelled|whispered|snapped|barked|muttered)(?=(?: (?:at|to) (?:me|us|him|her|them))?[,:]? [“"])';
