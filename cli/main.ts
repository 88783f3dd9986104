import { parseArgs } from 'node:util';
import { phrasedSkills, scoreMatch, type MatchResult } from '../lib/match';
import { extractSkills } from '../lib/skills';
import { CliError, loadJobs, loadResumes, readDocument } from './documents';
import { recruiterCommand } from './recruiter';

const USAGE = `Usage:
  rolefit skills FILE [--resume]                      skills a posting (or, with --resume, a resume) names
  rolefit match --job JOB_FILE --resume RESUME_FILE   score one resume against one posting, with evidence
  rolefit rank --job JOB_FILE RESUME_FILE...          rank resumes for a posting, best first
  rolefit rank --resume RESUME_FILE JOB_FILE...       rank postings for a resume, best first
  rolefit recruiter create --email EMAIL [--password PASSWORD]
                                                      add a recruiter account to the app's database
  rolefit recruiter delete --email EMAIL              delete one for good, with the postings that were theirs

FILE may be .pdf, .docx, .txt or .md. Output is JSON on stdout; errors go to stderr.
Settings: DATA_DIR (vector cache, default ./data), MODEL_DIR and MODEL_ID (embedding model).
recruiter create and delete open the database in DATA_DIR (or DATABASE_URL): stop the server first when it uses the same
DATA_DIR, since the embedded database allows one process. The password comes from --password, else the
ROLEFIT_PASSWORD variable, else standard input (typed without echo on a terminal).`;

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function summary(result: MatchResult) {
  return {
    score: result.score,
    band: result.band,
    skills: phrasedSkills(result.skills),
    breakdown: result.breakdown,
    reasons: result.reasons,
    gaps: result.gaps,
  };
}

async function skillsCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { resume: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new CliError('skills takes one FILE');
  const text = await readDocument(file);
  print({ skills: extractSkills(text, { kind: values.resume ? 'resume' : 'posting' }) });
}

async function matchCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { job: { type: 'string' }, resume: { type: 'string' } } });
  if (!values.job || !values.resume)
    throw new CliError('match needs --job JOB_FILE and --resume RESUME_FILE');
  const [[job], [resume]] = await Promise.all([loadJobs([values.job]), loadResumes([values.resume])]);
  const result = scoreMatch(job!.profile, resume!.profile);
  print({
    job: values.job,
    resume: values.resume,
    title: job!.prepared.title,
    ...summary(result),
    requirements: result.requirements,
    warnings: [...job!.prepared.warnings, ...resume!.prepared.warnings],
  });
}

async function rankCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { job: { type: 'string' }, resume: { type: 'string' } },
  });
  if (!positionals.length) throw new CliError('rank needs at least one file to rank');
  if (values.job && !values.resume) {
    const [[job], resumes] = await Promise.all([loadJobs([values.job]), loadResumes(positionals)]);
    const ranked = resumes.map((r) => ({ file: r.file, result: scoreMatch(job!.profile, r.profile) }));
    print(sortRanked(ranked).map(({ file, result }) => ({ file, ...summary(result) })));
  } else if (values.resume && !values.job) {
    const [[resume], jobs] = await Promise.all([loadResumes([values.resume]), loadJobs(positionals)]);
    const ranked = jobs.map((j) => ({
      file: j.file,
      title: j.prepared.title,
      result: scoreMatch(j.profile, resume!.profile),
    }));
    print(sortRanked(ranked).map(({ file, title, result }) => ({ file, title, ...summary(result) })));
  } else {
    throw new CliError('rank needs exactly one of --job JOB_FILE or --resume RESUME_FILE');
  }
}

function sortRanked<T extends { result: MatchResult }>(items: T[]): T[] {
  return items.sort((a, b) => b.result.exact - a.result.exact);
}

async function recruiterCli(args: string[]): Promise<void> {
  print(await recruiterCommand(args));
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  skills: skillsCommand,
  match: matchCommand,
  rank: rankCommand,
  recruiter: recruiterCli,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`rolefit: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    await run(rest);
    return 0;
  } catch (err) {
    const message =
      err instanceof CliError ||
      (err instanceof Error &&
        'code' in err &&
        String((err as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))
        ? err.message
        : err instanceof Error
          ? (err.stack ?? err.message)
          : String(err);
    process.stderr.write(`rolefit: ${message}\n`);
    return 1;
  }
}
