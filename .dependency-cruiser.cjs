// Which way dependencies may point (run by `npm test` through `npm run deps`). Why: see
// docs/decisions (one-way dependencies).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'src-not-to-commands',
      comment:
        'src/ is the core: it never imports the command modules. Entry points (src/main.ts, scripts/, ' +
        'tests) import the registry and pass it in (boot, deployCommands).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main\\.ts$' },
      to: { path: '^commands/' },
    },
    {
      name: 'discord-js-only-in-the-runtime',
      comment:
        'Loading discord.js costs about 0.6 s; core modules and commands take Discord types and enums ' +
        'from discord-api-types/v10. Only the Discord runtime (src/discord/) and the sharding manager ' +
        '(src/shard.ts) use discord.js.',
      severity: 'error',
      from: { path: '^(src|commands)/', pathNot: '^src/(discord/|shard\\.ts$|main\\.ts$)' },
      to: { path: '^discord\\.js$|node_modules/discord\\.js/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only ones included: they hide which module owns what.',
      severity: 'error',
      from: { path: '^(src|commands|scripts|ingest)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
