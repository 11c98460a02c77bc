/**
 * Official State Council holiday schedules (DOMAIN §10.2), usable as seed data and as test fixtures.
 * Each year is transcribed from the notice named in `source`; add a year only from its official notice.
 */
import type { CalendarYear } from './calendar.js';
import { addDays, type IsoDate } from './dates.js';

function span(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** CAL2025: 国办发明电〔2024〕12号 (2024-11-12). */
export const SCHEDULE_2025: CalendarYear = {
  year: 2025,
  source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
  holidays: [
    '2025-01-01', // 元旦, no make-up
    ...span('2025-01-28', '2025-02-04'), // 春节
    ...span('2025-04-04', '2025-04-06'), // 清明节
    ...span('2025-05-01', '2025-05-05'), // 劳动节
    ...span('2025-05-31', '2025-06-02'), // 端午节
    ...span('2025-10-01', '2025-10-08'), // 国庆节、中秋节
  ],
  makeupWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

/** CAL2026: notice of 2025-11-04. */
export const SCHEDULE_2026: CalendarYear = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
  holidays: [
    ...span('2026-01-01', '2026-01-03'), // 元旦
    ...span('2026-02-15', '2026-02-23'), // 春节
    ...span('2026-04-04', '2026-04-06'), // 清明节
    ...span('2026-05-01', '2026-05-05'), // 劳动节
    ...span('2026-06-19', '2026-06-21'), // 端午节
    ...span('2026-09-25', '2026-09-27'), // 中秋节
    ...span('2026-10-01', '2026-10-07'), // 国庆节
  ],
  makeupWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

export const OFFICIAL_SCHEDULES: readonly CalendarYear[] = [SCHEDULE_2025, SCHEDULE_2026];
