// "Ivan Petrov of the Institute for Energy (in Moscow) argues that …": the person before "of the
// <body>" speaks, however many words the body's name has and wherever the body sits.
import { describe, expect, it } from 'vitest';
import { article, reportedSpeakers } from './helpers.js';

describe('a member of a body speaks', () => {
  it('after a body of several words', () => {
    const text = article(['Ivan Petrov of the Institute for Energy said that the rate is too low.']);
    expect(reportedSpeakers(text)).toEqual(['Ivan Petrov']);
  });

  it('after a body placed by its city', () => {
    const text = article(['Ivan Petrov of the Carnegie Center in Moscow argues that the rate is too low.']);
    expect(reportedSpeakers(text)).toEqual(['Ivan Petrov']);
  });

  it('after a long body placed by its city', () => {
    const text = article([
      'Olena Savchuk of the Institute for Energy and Finance in Kyiv warned that the pipes would run empty.',
    ]);
    expect(reportedSpeakers(text)).toEqual(['Olena Savchuk']);
  });
});
