// Reading levels as teachers name them: the CEFR band the service estimates for an excerpt (A2–C2), with
// the UK school year and the US grade (Flesch–Kincaid) beside it. The estimate itself is the service's.

const BANDS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** The levels a lesson can target, easiest first. */
export function levels() {
  return BANDS.slice(1).map(band => ({ id: band, label: band }));
}

/** The label of an excerpt's level, e.g. "B2 (Year 10, US grade 8.3)". */
export function levelOf(readingLevel) {
  const grade = readingLevel.fleschKincaidGrade.toFixed(1);
  const details = [readingLevel.ukYearLabel, `US grade ${grade}`].filter(Boolean).join(', ');
  return { id: readingLevel.cefr, label: readingLevel.cefr ? `${readingLevel.cefr} (${details})` : `US grade ${grade}` };
}

/** Whether an excerpt reads harder than the target band. */
export function harderThan(readingLevel, target) {
  return BANDS.indexOf(readingLevel.cefr) > BANDS.indexOf(target);
}
