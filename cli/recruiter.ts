import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { closeDb } from '../db/client';
import { UserError } from '../lib/http/errors';
import { createRecruiter, deleteRecruiterAccount } from '../services/auth';
import { CliError } from './documents';

export interface CliIo {
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

const defaultIo = (): CliIo => ({ stdin: process.stdin, stderr: process.stderr, env: process.env });

/**
 * `rolefit recruiter create --email EMAIL [--password PASSWORD]`: adds a recruiter account to the database in
 * DATA_DIR (or DATABASE_URL). The password comes from --password, else ROLEFIT_PASSWORD, else standard input
 * (typed without echo on a terminal). `rolefit recruiter delete --email EMAIL` deletes one for good, with the
 * postings that were theirs alone. The embedded database allows one process: stop the server first.
 */
export async function recruiterCommand(
  args: string[],
  io: CliIo = defaultIo(),
): Promise<{ id: string; email: string; deleted?: true }> {
  const [sub, ...rest] = args;
  if (sub !== 'create' && sub !== 'delete')
    throw new CliError(
      'recruiter takes a subcommand: create --email EMAIL [--password PASSWORD], or delete --email EMAIL',
    );
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, password: { type: 'string' } },
  });
  if (!values.email) throw new CliError(`recruiter ${sub} needs --email EMAIL`);
  try {
    if (sub === 'delete') return { ...(await deleteRecruiterAccount(values.email)), deleted: true };
    const password = values.password ?? io.env.ROLEFIT_PASSWORD ?? (await readPassword(io));
    return await createRecruiter({ email: values.email, password });
  } catch (err) {
    if (err instanceof ZodError) throw new CliError(err.issues.map((i) => i.message).join(' '));
    if (err instanceof UserError) throw new CliError(err.message);
    throw err;
  } finally {
    await closeDb();
  }
}

async function readPassword(io: CliIo): Promise<string> {
  if (!io.stdin.isTTY) return (await readAll(io.stdin)).replace(/\r?\n$/, '');
  const first = await promptHidden(io, 'Password: ');
  const again = await promptHidden(io, 'Repeat the password: ');
  if (first !== again) throw new CliError('the two passwords differ');
  return first;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts).toString('utf8');
}

/** Reads one line from the terminal with echo off, so the password never shows on screen. */
function promptHidden(io: CliIo, prompt: string): Promise<string> {
  const { stdin, stderr } = io;
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new CliError('cancelled'));
          return;
        }
        value = ch === '\u007f' || ch === '\b' ? value.slice(0, -1) : value + ch;
      }
    };
    stdin.on('data', onData);
  });
}
