// The Discord stand-in for end-to-end tests: see README.md in this folder.

export { startStandin, Standin } from './standin.js';
export type {
  AutocompleteSpec,
  ChatInputSpec,
  ComponentSpec,
  InvokeSpec,
  MessageCommandSpec,
  ModalSubmitSpec,
  OptionValue,
  RawInteractionSpec,
  SelectSpec,
  UserCommandSpec,
  WaitForMessageOptions,
} from './standin.js';
export { InteractionHandle } from './interactions.js';
export type { InteractionState } from './interactions.js';
export { Fault } from './http.js';
export { InteractionsEndpointClient } from './http-interactions.js';
export type { EndpointResult, SignedHeaders } from './http-interactions.js';
export type { FaultRule } from './http.js';
export type { SessionSelector } from './gateway.js';
export { snowflakeForShard, shardForGuild, snowflakeTimestamp } from './snowflake.js';
export { ALL_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS, resolvePermissions } from './permissions.js';
export { ChannelTypes } from './types.js';
export type * from './types.js';
