import { describe, expect, it } from 'vitest';
import { layoutPage, type TextRun } from './pdf-layout';

const SIZE = 10;
const CHAR_WIDTH = 5;
const LETTER = { x0: 0, x1: 612 };

function run(text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun {
  return { text, x, y, width: text.length * CHAR_WIDTH, size: SIZE, ...extra };
}

describe('layoutPage', () => {
  it('builds lines from baselines and sorts runs left to right', () => {
    const runs = [run('world', 100, 700), run('Hello', 60, 700), run('Next line', 60, 688)];
    expect(layoutPage(runs, LETTER)).toEqual(['Hello world', 'Next line']);
  });

  it('inserts spaces from gaps, or where pdf.js reported a whitespace run', () => {
    const runs = [
      run('Kuber', 60, 700),
      run('netes', 85, 700),
      run('and', 60, 688),
      run('Docker', 75.5, 688, { spaceBefore: true }),
    ];
    expect(layoutPage(runs, LETTER)).toEqual(['Kubernetes', 'and Docker']);
  });

  it('keeps a right-aligned date on the same line as its title', () => {
    const runs = [
      run('Senior Engineer, Acme', 60, 700),
      run('2019 – 2022', 480, 700),
      run('Built things', 60, 688),
    ];
    expect(layoutPage(runs, LETTER)).toEqual(['Senior Engineer, Acme 2019 – 2022', 'Built things']);
  });

  it('marks a paragraph break where the vertical gap is clearly larger than the line pitch', () => {
    const runs = [
      run('Line one', 60, 700),
      run('Line two', 60, 688),
      run('Line three', 60, 676),
      run('New block', 60, 650),
    ];
    expect(layoutPage(runs, LETTER)).toEqual(['Line one', 'Line two', 'Line three', '', 'New block']);
  });

  it('reads interleaved two-column content column by column', () => {
    const left = ['SKILLS', 'Telemetry', 'IV therapy', 'Wound care', 'Epic charting', 'Patient education'];
    const right = [
      'EXPERIENCE at Banner Medical Center',
      'Cared for six cardiac patients per shift',
      'Precepted new graduate nurses each year',
      'Led the falls prevention project on unit',
      'Titrated heparin and insulin drips safely',
      'Charted assessments in Epic every shift',
    ];
    const runs: TextRun[] = [run('Maria Alvarez, Registered Nurse and Educator', 40, 740)];
    left.forEach((text, i) => {
      runs.push(run(text, 40, 700 - i * 12), run(right[i]!, 220, 700 - i * 12));
    });
    const lines = layoutPage(runs, LETTER);
    expect(lines[0]).toBe('Maria Alvarez, Registered Nurse and Educator');
    expect(lines.filter((line) => line !== '').slice(1)).toEqual([...left, ...right]);
  });

  it('does not split a single-column page whose lines merely end early', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 8; i++) {
      runs.push(
        run(
          i % 2 === 0 ? 'A long line of body text that spans most of the page width ok' : 'Short',
          60,
          700 - i * 12,
        ),
      );
    }
    expect(layoutPage(runs, LETTER)).toHaveLength(8);
    expect(layoutPage(runs, LETTER)[1]).toBe('Short');
  });
});

describe('layoutPage on crafted pages', () => {
  const left = ['SKILLS', 'Patient education', 'Telemetry', 'IV therapy', 'Wound care', 'Epic charting'];
  const right = [
    'Cared for six cardiac patients per shift',
    'Precepted new graduate nurses each year',
    'Led the falls prevention project on unit',
    'Titrated heparin and insulin drips safely',
    'Charted assessments in Epic every shift',
    'Trained staff on the new infusion pumps',
  ];
  const columns = (): TextRun[] =>
    left.flatMap((text, i) => [run(text, 40, 700 - i * 12), run(right[i]!, 220, 700 - i * 12)]);

  it('reads a page a billion points wide as it reads a letter page', () => {
    const lines = layoutPage(columns(), { x0: 0, x1: 1e9 });
    expect(lines).toEqual(layoutPage(columns(), LETTER));
    expect(lines.filter((line) => line !== '')).toEqual([...left, ...right]);
  });

  it('reads the columns when the page box is inverted, empty or not a number', () => {
    for (const page of [{ x0: 612, x1: 0 }, { x0: 0, x1: 0 }, { x0: NaN, x1: Infinity }, undefined])
      expect(layoutPage(columns(), page).filter((line) => line !== '')).toEqual([...left, ...right]);
  });

  it('leaves out runs whose position or size is not a finite number', () => {
    const runs = [
      run('Hello', 60, 700),
      run('ghost', Infinity, 700),
      run('ghost', 60, NaN),
      run('ghost', Number.MAX_VALUE, 700, { width: Number.MAX_VALUE }),
      run('world', 90, 700),
    ];
    expect(layoutPage(runs, LETTER)).toEqual(['Hello world']);
  });
});
