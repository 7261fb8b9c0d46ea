import { parseArgs } from 'node:util';
import { staffRoleSchema, usernameSchema } from '@modern-emr/domain';
import { z } from 'zod';
import type { Database } from '../db/database';
import { AppError } from '../http/app-error';
import { systemContext } from '../modules/audit';
import { createStaffAccount } from '../modules/identity';

const argsSchema = z.object({
  username: usernameSchema,
  roles: z.array(staffRoleSchema).min(1, 'give at least one --role'),
  fullName: z.string().trim().min(1).max(200),
});

export class UsageError extends Error {}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        username: { type: 'string' },
        role: { type: 'string', multiple: true },
        'full-name': { type: 'string' },
        temporary: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/**
 * `user:create --role ADMIN --username ada [--role CASHIER] [--full-name "Ada Obi"] [--temporary]`.
 * The password is never an argument (it would sit in shell history and `ps`): it is read by
 * `readPassword`, from a hidden prompt or from stdin. Without `--temporary` it is permanent,
 * because the person typing it is the one who will use it (the first administrator).
 */
export async function userCreateCommand(
  database: Pick<Database, 'db'>,
  argv: string[],
  readPassword: () => Promise<string>,
): Promise<{ id: string; username: string; roles: string[] }> {
  const values = parseArguments(argv);
  const roles = (values.role ?? []).flatMap((r) => r.split(',')).map((r) => r.trim().toUpperCase());
  const parsed = argsSchema.safeParse({
    username: values.username,
    roles: [...new Set(roles)],
    fullName: values['full-name'] ?? values.username,
  });
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('\n'),
    );
  }
  const password = await readPassword();
  try {
    const id = await createStaffAccount(
      database.db as Database['db'],
      { ...parsed.data, password, mustChangePassword: values.temporary ?? false },
      systemContext('cli:user:create'),
      'password',
    );
    return { id, username: parsed.data.username, roles: parsed.data.roles };
  } catch (err) {
    if (err instanceof AppError) {
      const details = Array.isArray(err.details)
        ? (err.details as { message: string }[]).map((d) => `\n  - password ${d.message}`).join('')
        : '';
      throw new UsageError(`${err.message}${details}`);
    }
    throw err;
  }
}
