import { readPassword } from './read-password';
import { runCli } from './run-cli';
import { UsageError, userCreateCommand } from './user-create-command';

// Works on a production database too: this is how a clinic's first administrator is created.
await runCli('user:create', async (_config, database) => {
  await database.migrate();
  try {
    const user = await userCreateCommand(database, process.argv.slice(2), readPassword);
    process.stdout.write(`user:create: ${user.username} created with roles ${user.roles.join(', ')}\n`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`user:create: ${err.message}`);
    console.error(
      'usage: npm run user:create -- --role ADMIN --username ada [--full-name "Ada Obi"] [--temporary]',
    );
    process.exitCode = 2;
  }
});
