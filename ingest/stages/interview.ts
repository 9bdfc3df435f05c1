// Interviews printed as questions and answers ("Q: …" / "A: …", or the voices' own labels, "PO: …" /
// "Halangiu: …"): each answer is one quotation of the interviewee, though no quotation mark is
// printed. The interviewee is the person the introduction is about; the closing credit line ("The
// interview was conducted by X in Y on May 10, 2011, and published in the May 21 issue of Z", "… and
// first published in Z on May 21") is the source of every answer, names the interviewer, and dates
// the answers. The parts, under interview/:
//   credit-line.ts            the credit line as a citation, and the interview's day; its patterns
//                             in credit-patterns.ts
//   interviewee.ts            who answers, and whom the introduction is about when someone else does
//   named-interviewee.ts      the interviewee drafted under the full name an answer label or hand-over names
//   answers.ts                the answers' paragraphs, as quotations, and who "I" and "we" are there
//   retells.ts                whether an answer tells again what the introduction told
export { answerParagraphs, buildAnswers, interviewVoice } from './interview/answers.js';
export type { InterviewVoice } from './interview/answers.js';
export { findCreditLine } from './interview/credit-line.js';
export { interviewSubject } from './interview/interviewee.js';
export { addNamedInterviewee } from './interview/named-interviewee.js';
export { retells } from './interview/retells.js';
