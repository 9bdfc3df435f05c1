import { describe, expect, it } from 'vitest';
import { LIMITS, escapeUserText, truncate } from '../../src/replies/limits.js';
import { finalizeMessage } from '../../src/replies/payload.js';
import { decodeCustomId, encodeCustomId, isExpired } from '../../src/replies/custom-id.js';
import { expectWithinDiscordLimits } from '../helpers/limits.js';

describe('truncate', () => {
  it('keeps short text and cuts long text with an ellipsis, never splitting an emoji', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('a'.repeat(300), 256);
    expect(cut).toHaveLength(256);
    expect(cut.endsWith('…')).toBe(true);
    const emoji = truncate('😀'.repeat(10), 5);
    expect(emoji.length).toBeLessThanOrEqual(5);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('escapeUserText', () => {
  it('neutralises mentions and markdown', () => {
    const escaped = escapeUserText('@everyone @here <@123> <@&456> <#789> **bold** `code` [x](http://y)');
    expect(escaped).not.toMatch(/@everyone|@here/);
    expect(escaped).not.toMatch(/<@&?\d+>|<#\d+>/);
    expect(escaped).toContain('\\*\\*bold\\*\\*');
    expect(escaped).toContain('\\`code\\`');
    expect(escaped).toContain('\\[x\\]');
  });
});

describe('finalizeMessage', () => {
  it('enforces every embed limit and the 6000-character total', () => {
    const huge = 'x'.repeat(10_000);
    const payload = finalizeMessage({
      content: huge,
      embeds: Array.from({ length: 12 }, () => ({
        title: huge,
        description: huge,
        footer: { text: huge },
        fields: Array.from({ length: 30 }, () => ({ name: huge, value: huge })),
      })),
    });
    expectWithinDiscordLimits({ type: 'reply', payload });
  });

  it('always turns mentions off and never sends an empty message', () => {
    const payload = finalizeMessage({});
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload.content).toBeTruthy();
  });

  it('fills empty field names and values, which Discord rejects', () => {
    const payload = finalizeMessage({ embeds: [{ fields: [{ name: '', value: '' }] }] });
    expect(payload.embeds?.[0]?.fields?.[0]?.name).not.toBe('');
    expect(payload.embeds?.[0]?.fields?.[0]?.value).not.toBe('');
  });
});

describe('custom ids', () => {
  it('round-trip, stay within 100 characters and expire', () => {
    const id = encodeCustomId({
      action: 'pick',
      owner: '123456789012345678',
      issuedAt: 1_700_000_000_000,
      args: ['actor', 'o'],
    });
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    const ref = decodeCustomId(id)!;
    expect(ref).toMatchObject({ action: 'pick', owner: '123456789012345678', args: ['actor', 'o'] });
    expect(isExpired(ref, 1_700_000_000_000 + 60_000)).toBe(false);
    expect(isExpired(ref, 1_700_000_000_000 + 16 * 60_000)).toBe(true);
  });

  it('rejects forged or foreign ids', () => {
    for (const id of ['', 'x', 'pick', 'PICK:-:abc', 'pick:notanumber:abc:x', 'pick:-:!!:x']) {
      expect(decodeCustomId(id)).toBeUndefined();
    }
  });
});
