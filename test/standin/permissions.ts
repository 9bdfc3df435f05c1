// Permission bits and Discord's permission computation (base from roles, then channel overwrites).

import { PermissionFlagsBits } from 'discord.js';

/** Anything that names a set of permissions: a bigint, a decimal string, a number, or a list of flags. */
export type PermissionInput =
  bigint | string | number | readonly (bigint | keyof typeof PermissionFlagsBits)[];

export const ALL_PERMISSIONS: bigint = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** Roughly what @everyone gets in a new Discord server. */
export const DEFAULT_EVERYONE_PERMISSIONS: bigint = [
  PermissionFlagsBits.CreateInstantInvite,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.Stream,
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.MentionEveryone,
  PermissionFlagsBits.UseExternalEmojis,
  PermissionFlagsBits.Connect,
  PermissionFlagsBits.Speak,
  PermissionFlagsBits.UseVAD,
  PermissionFlagsBits.ChangeNickname,
  PermissionFlagsBits.UseApplicationCommands,
  PermissionFlagsBits.RequestToSpeak,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.CreatePrivateThreads,
  PermissionFlagsBits.UseExternalStickers,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.UseEmbeddedActivities,
  PermissionFlagsBits.SendVoiceMessages,
  PermissionFlagsBits.SendPolls,
  PermissionFlagsBits.UseExternalApps,
].reduce((all, bit) => all | bit, 0n);

/** What an app may do in a DM with its bot (Discord reports a fixed set there). */
export const DM_PERMISSIONS: bigint = [
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.UseExternalEmojis,
  PermissionFlagsBits.UseApplicationCommands,
  PermissionFlagsBits.UseExternalStickers,
  PermissionFlagsBits.SendVoiceMessages,
  PermissionFlagsBits.SendPolls,
].reduce((all, bit) => all | bit, 0n);

export function resolvePermissions(input: PermissionInput): bigint {
  if (typeof input === 'bigint') return input;
  if (typeof input === 'number') return BigInt(input);
  if (typeof input === 'string') return BigInt(input);
  let bits = 0n;
  for (const flag of input) bits |= typeof flag === 'bigint' ? flag : PermissionFlagsBits[flag];
  return bits;
}

export interface OverwriteState {
  id: string;
  /** 0 = role, 1 = member. */
  type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

/**
 * Discord's algorithm: owner and Administrator get everything; otherwise @everyone | member roles,
 * then @everyone overwrite, the member's role overwrites together, then the member overwrite.
 */
export function computePermissions(args: {
  guildId: string;
  ownerId: string;
  userId: string;
  everyone: bigint;
  memberRoles: readonly { id: string; permissions: bigint }[];
  overwrites: readonly OverwriteState[];
}): bigint {
  if (args.userId === args.ownerId) return ALL_PERMISSIONS;
  let base = args.everyone;
  for (const role of args.memberRoles) base |= role.permissions;
  if ((base & PermissionFlagsBits.Administrator) !== 0n) return ALL_PERMISSIONS;
  let perms = base;
  const everyoneOverwrite = args.overwrites.find((o) => o.type === 0 && o.id === args.guildId);
  if (everyoneOverwrite) perms = (perms & ~everyoneOverwrite.deny) | everyoneOverwrite.allow;
  let allow = 0n;
  let deny = 0n;
  const roleIds = new Set(args.memberRoles.map((r) => r.id));
  for (const o of args.overwrites) {
    if (o.type === 0 && roleIds.has(o.id)) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  perms = (perms & ~deny) | allow;
  const memberOverwrite = args.overwrites.find((o) => o.type === 1 && o.id === args.userId);
  if (memberOverwrite) perms = (perms & ~memberOverwrite.deny) | memberOverwrite.allow;
  // Without View Channel, nothing in the channel is allowed.
  if ((perms & PermissionFlagsBits.ViewChannel) === 0n) return 0n;
  return perms;
}
