import { describe, expect, it } from 'vitest';
import { languageWarning } from './language';

describe('languageWarning', () => {
  it('warns on a German posting', () => {
    const de =
      'Wir suchen eine erfahrene Pflegekraft für unsere Intensivstation. Sie betreuen Patientinnen und Patienten, ' +
      'dokumentieren die Pflege im Krankenhausinformationssystem und arbeiten eng mit dem ärztlichen Dienst zusammen. ' +
      'Voraussetzung ist eine abgeschlossene Ausbildung zur Pflegefachkraft sowie Erfahrung in der Intensivpflege. ' +
      'Wir bieten eine unbefristete Stelle, flexible Arbeitszeiten und ein engagiertes Team.';
    expect(languageWarning(de)).toMatch(/not look like English/);
  });

  it('stays quiet on English and on short texts', () => {
    const en =
      'We are looking for an experienced intensive care nurse to join our team. You will care for patients, document care in ' +
      'the hospital information system and work closely with the physicians on the unit. You need a nursing degree and ' +
      'experience in intensive care. We offer a permanent position, flexible hours and a committed team.';
    expect(languageWarning(en)).toBeNull();
    expect(languageWarning('Kubernetes, Docker')).toBeNull();
  });
});
