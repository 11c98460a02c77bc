import { describe, expect, it } from 'vitest';
import * as domain from './index.js';

describe('public API', () => {
  it('exports the names the server relies on', () => {
    const names = [
      'isValidIsoDate', 'addDays', 'dayOfWeek', 'compareDates', 'daysBetween', 'addMonths', 'addYears',
      'todayInShanghai', 'yearOf', 'CalendarNotLoadedError', 'WorkingCalendar', 'calendarYearFromDays',
      'validateCalendarYear', 'validateResidentIdNumber', 'convertIdNumber15To18', 'ageOn',
      'validateUnifiedSocialCreditCode', 'computeUsccCheckCharacter', 'computeIdCheckDigit', 'validateMobileNumber',
      'validateRegionCode', 'regionContains', 'parseYuanToFen', 'formatFenAsYuan', 'fenToChineseCapital',
      'MoneyFormatError', 'maskIdNumber', 'maskPhone', 'maskName', 'maskBankAccount', 'maskAddress',
      'checkPasswordPolicy', 'ROLES', 'ROLE_LABELS', 'ADMIN_ROLES', 'BUSINESS_ROLES', 'checkRoleAssignment',
      'CERTIFICATE_STATUSES', 'CERTIFICATE_STATUS_LABELS', 'CERTIFICATE_ACTIONS', 'CERTIFICATE_ACTION_LABELS',
      'applyCertificateAction', 'mayOfficerAct', 'certificateDisplayState', 'TRAINING_HOURS_TARGET',
      'trainingProgress', 'REVIEWER_RATIO_TARGET', 'reviewerRatio', 'AGENCY_KINDS', 'AGENCY_KIND_LABELS',
      'validateEntrustment', 'ENFORCEMENT_CATEGORIES',
    ]; // biome-ignore format: compact list
    for (const n of names) expect(domain, n).toHaveProperty(n);
  });
});
