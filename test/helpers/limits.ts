// Asserts a payload fits every Discord limit and can mention nobody: used across the suites.
import { expect } from 'vitest';
import { LIMITS } from '../../src/replies/limits.js';
import type { Response } from '../../src/interactions/types.js';

export function expectWithinDiscordLimits(response: Response): void {
  if (response.type === 'choices') {
    expect(response.choices.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
    for (const choice of response.choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
      expect(choice.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
    }
    return;
  }
  const payload = response.payload;
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  expect((payload.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  const embeds = payload.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  let total = 0;
  for (const embed of embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footerText);
    expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
    total +=
      (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length;
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      total += field.name.length + field.value.length;
    }
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  const rows = payload.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(LIMITS.actionRows);
  for (const row of rows) {
    for (const component of row.components) {
      if ('custom_id' in component) expect(component.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      if ('options' in component && Array.isArray(component.options)) {
        expect(component.options.length).toBeLessThanOrEqual(LIMITS.selectOptions);
        for (const option of component.options) {
          expect(option.label.length).toBeLessThanOrEqual(LIMITS.selectLabel);
          expect(option.value.length).toBeLessThanOrEqual(LIMITS.selectValue);
          expect((option.description ?? '').length).toBeLessThanOrEqual(LIMITS.selectDescription);
        }
      }
    }
  }
  // Echoed user text must not be able to mention: no raw @everyone/@here or <@...> outside code.
  const text = JSON.stringify(payload);
  expect(text).not.toMatch(/@(everyone|here)(?!\u200b)/);
  expect(text).not.toMatch(/<@[!&]?\d+>/);
}
