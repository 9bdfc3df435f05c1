// `npm run deploy-commands`: registers the registry's commands, to DISCORD_GUILD_ID when set
// (instant, for development), else globally (may take a while to show up everywhere).
// `npm run deploy-commands -- --clear` removes the commands of that scope instead.
import 'dotenv/config';
import { commandDefinitions } from '../commands/index.js';
import { ConfigError, parseConfig } from '../src/config/env.js';
import { deployFromConfig } from '../src/discord/deploy.js';
import { redact } from '../src/log.js';
import { UsageError, parseScriptArgs } from '../src/util/args.js';

async function main(): Promise<void> {
  const { values } = parseScriptArgs(
    process.argv.slice(2),
    { clear: { type: 'boolean' } },
    'npm run deploy-commands [-- --clear]',
    false,
  );
  const config = parseConfig(process.env);
  const result = await deployFromConfig(config, commandDefinitions(), { clear: values.clear === true });
  const names = result.commands.map((c) => c.name).join(', ');
  const where = result.scope === 'guild' ? `to guild ${result.guildId}` : 'globally';
  console.log(`Registered ${result.commands.length} command(s) ${where}: ${names}`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof UsageError;
  const message = known ? error.message : `Deploy failed: ${String(error)}`;
  console.error(redact(message, [process.env.DISCORD_TOKEN]));
  process.exitCode = 1;
});
