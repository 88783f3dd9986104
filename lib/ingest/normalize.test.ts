import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

describe('normalizeText', () => {
  it('folds ligatures, including ones PDF extraction split off as separate words', () => {
    expect(normalizeText('ﬁnance ﬂow oﬃce baﬄe staﬀ')).toBe('finance flow office baffle staff');
    expect(normalizeText('the ﬁ rst e ﬃ cient staﬀ members')).toBe('the first efficient staff members');
  });

  it('repairs UTF-8 that was decoded as Windows-1252', () => {
    expect(normalizeText('Iâ€™m a CafÃ© manager â€“ rÃ©sumÃ© â€œquotedâ€\u009d')).toBe(
      'I’m a Café manager – résumé “quoted”',
    );
    expect(normalizeText('eï¬ƒcient and ï¬\u0081nished')).toBe('efficient and finished');
  });

  it('repairs the truncated sequences left when an undefined byte was dropped', () => {
    expect(normalizeText('Company Name ï¼ City , State')).toBe('Company Name - City , State');
    expect(normalizeText('Customer ServiceÂ \nResponsible forÂ allÂ payments')).toBe(
      'Customer Service\nResponsible for all payments',
    );
  });

  it('repairs soft hyphens and micro signs that lost their second byte', () => {
    expect(normalizeText('twentyÂseven crews, multiÂmillion budget, ÂμPG 101')).toBe(
      'twenty-seven crews, multi-million budget, µPG 101',
    );
  });

  it('leaves correct accented text alone', () => {
    const text = 'José Müller, naïve café owner in Zürich – Ärzte & Âge';
    expect(normalizeText(text)).toBe(text);
  });

  it('turns bullet glyphs at the start of a line into "- "', () => {
    const raw = [
      '• Python',
      '●Docker',
      '▪ AWS',
      '\uf0b7 SQL',
      '\uf0a7 Airflow',
      '◦ Node.js',
      '* C++',
      '· Excel',
    ].join('\n');
    expect(normalizeText(raw)).toBe('- Python\n- Docker\n- AWS\n- SQL\n- Airflow\n- Node.js\n- C++\n- Excel');
  });

  it('keeps markdown emphasis and mid-line bullets as they are', () => {
    expect(normalizeText('**Skills**\nPython • Docker')).toBe('**Skills**\nPython • Docker');
  });

  it('attaches a bullet glyph on its own line to the text below it and drops an empty one', () => {
    expect(normalizeText('•\nLed the team\n•\n\nNext')).toBe('- Led the team\n\nNext');
  });

  it('rejoins words hyphenated across a line break but keeps real compounds', () => {
    expect(normalizeText('Led the engi-\nneering team')).toBe('Led the engineering\nteam');
    expect(normalizeText('A cross-\nfunctional and detail-\noriented lead')).toBe(
      'A cross-functional\nand detail-oriented\nlead',
    );
    expect(normalizeText('SAP (SyteLine-\nmanufacturing)')).toBe('SAP (SyteLine-manufacturing)');
    // A right half that appears on its own elsewhere is a real word, so the hyphen stays.
    expect(normalizeText('Reviewed code daily; wrote peer-\nreviewed papers')).toBe(
      'Reviewed code daily; wrote peer-reviewed\npapers',
    );
  });

  it('drops the hyphen when the joined word appears elsewhere in the document', () => {
    expect(normalizeText('Built the data-\nbase layer.\nOwned the database.')).toBe(
      'Built the database\nlayer.\nOwned the database.',
    );
  });

  it('normalises CRLF, CR, form feeds and odd spaces', () => {
    expect(normalizeText('one\r\ntwo\rthree\ffour')).toBe('one\ntwo\nthree\nfour');
    expect(normalizeText('New\u00a0York\u2002City\u3000NY')).toBe('New York City NY');
  });

  it('removes zero-width characters, soft hyphens and control characters', () => {
    expect(normalizeText('Kuber\u200bnetes Type\ufeffScript pro\u00adgram\u0007ming')).toBe(
      'Kubernetes TypeScript programming',
    );
    expect(normalizeText('engi\u00ad\nneering')).toBe('engineering');
  });

  it('drops NUL and marks half a UTF-16 pair as U+FFFD, keeping whole pairs', () => {
    expect(normalizeText('Py\u0000thon\u0000')).toBe('Python');
    expect(normalizeText('a\ud800b \udc00c 🚀')).toBe('a\ufffdb \ufffdc 🚀');
    expect(normalizeText('end\ud83d')).toBe('end\ufffd');
  });

  it('collapses spaces, trims lines and keeps at most one blank line between paragraphs', () => {
    expect(normalizeText('\n\n  Summary  \t here \n\n\n\n\nSkills   \n\n')).toBe('Summary here\n\nSkills');
  });

  it('joins letter-spaced headings', () => {
    expect(normalizeText('S K I L L S\nP R O F E S S I O N A L   S U M M A R Y\nE x p e r i e n c e')).toBe(
      'SKILLS\nPROFESSIONAL SUMMARY\nExperience',
    );
    expect(normalizeText('Grades: A B C')).toBe('Grades: A B C');
  });

  it('keeps skill names intact', () => {
    const skills = 'Kubernetes, C++, C#, Node.js, .NET, CI/CD, scikit-learn, Excel™, ASP.NET Core, R, Go';
    expect(normalizeText(skills)).toBe(skills);
    expect(normalizeText('ＡＷＳ and Ｐｙｔｈｏｎ')).toBe('AWS and Python');
  });

  it('is idempotent', () => {
    const raw = '• Led engi-\nneering\r\n\r\n\r\nâ€œGreatâ€\u009d ﬁ rst   year';
    const once = normalizeText(raw);
    expect(normalizeText(once)).toBe(once);
  });
});
