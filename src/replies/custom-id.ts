// Message components carry their state in the custom id: what to do, for whom, since when.
// Format: action:owner:issuedAt(base36 seconds):arg... (at most 100 characters).
import { LIMITS } from './limits.js';

/** Components older than this answer "expired" instead of acting. */
export const COMPONENT_TTL_MS = 15 * 60 * 1000;

export interface ComponentRef {
  readonly action: string;
  /** The user who may use it, or undefined for anyone. */
  readonly owner: string | undefined;
  readonly issuedAt: number;
  readonly args: readonly string[];
}

export function encodeCustomId(ref: ComponentRef): string {
  const id = [ref.action, ref.owner ?? '-', Math.floor(ref.issuedAt / 1000).toString(36), ...ref.args].join(
    ':',
  );
  if (id.length > LIMITS.customId) throw new Error(`custom id too long (${id.length}): ${ref.action}`);
  return id;
}

/** Parses a custom id; undefined for anything that is not one of ours (a forged or stale format). */
export function decodeCustomId(customId: string): ComponentRef | undefined {
  const [action, owner, issued, ...args] = customId.split(':');
  if (!action || !owner || !issued || !/^[a-z-]+$/.test(action) || !/^[0-9a-z]+$/.test(issued))
    return undefined;
  if (owner !== '-' && !/^\d{1,20}$/.test(owner)) return undefined;
  return { action, owner: owner === '-' ? undefined : owner, issuedAt: parseInt(issued, 36) * 1000, args };
}

export function isExpired(ref: ComponentRef, now: number): boolean {
  return now - ref.issuedAt > COMPONENT_TTL_MS;
}
