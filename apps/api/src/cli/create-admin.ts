import { createInterface } from 'node:readline';
import { validateEnv } from '@boundary/config';
import { OrganisationRepository, createDataSource } from '@boundary/persistence';
import { hashNewPassword } from '../auth/password';
import { USERNAME } from '../organisation/organisation.dto';

/** Asks twice without echoing at a terminal; otherwise takes the first line of stdin (scripts, secrets files). */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const write = (terminal as unknown as { _writeToOutput(text: string): void })._writeToOutput;
      (terminal as unknown as { _writeToOutput(text: string): void })._writeToOutput = (text) =>
        write.call(terminal, text.startsWith(prompt) ? text : '');
      terminal.question(prompt, (answer) => {
        terminal.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('密码 / password: ');
  if ((await ask('再次输入 / again: ')) !== first)
    throw new Error('两次输入的密码不一致 / the passwords differ');
  return first;
}

/**
 * `npm run admin:create -- <username>`: the first administrator of a production installation, where no demo
 * account exists. The password follows the same rule as the API's; creating is audited (actor `cli`).
 */
async function main(): Promise<void> {
  const username = process.argv[2] ?? '';
  if (!USERNAME.test(username)) {
    throw new Error('用法 / usage: npm run admin:create -- <username> (3-64 letters, digits, . _ -)');
  }
  const config = validateEnv(process.env);
  const passwordHash = await hashNewPassword(await readPassword(), username, 'password').catch(
    (error: { details?: { problems: string[] }[] }) => {
      throw new Error(
        `密码不符合要求 / the password ${error.details?.[0]?.problems[0] ?? 'is not accepted'}`,
      );
    },
  );
  const dataSource = createDataSource({ url: config.databaseUrl, poolSize: 1 });
  await dataSource.initialize();
  try {
    const created = await new OrganisationRepository(dataSource).createUser(
      {
        username,
        displayName: '系统管理员',
        role: 'admin',
        jurisdiction: null,
        phone: null,
        passwordHash,
        // Whoever runs this chose the password and is the only one who knows it.
        mustChangePassword: false,
      },
      {
        actor: 'cli',
        action: 'user_create',
        target: `user:${username}`,
        ip: null,
        outcome: 'success',
        details: { role: 'admin' },
      },
    );
    if (!created) throw new Error(`用户 ${username} 已存在 / user ${username} exists`);
    process.stdout.write(`管理员 ${username} 已创建 / administrator ${username} created\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`✗ ${error.message}\n`);
  process.exit(1);
});
