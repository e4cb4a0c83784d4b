/**
 * Corrections to the `chinese-days` calendar. Each year, when the State Council (国务院办公厅)
 * publishes next year's holiday schedule and the package has not caught up yet, add the public
 * holidays under `holidays` and the make-up working days (调休上班) under `workdays`, e.g.
 *   holidays: { '2027-01-01': '元旦' },
 *   workdays: { '2027-02-06': '春节调休' },
 * Entries here win over the package.
 */
export const workingDayOverrides: { holidays: Record<string, string>; workdays: Record<string, string> } = {
  holidays: {},
  workdays: {},
}
