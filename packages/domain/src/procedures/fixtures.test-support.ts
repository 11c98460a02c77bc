// Shared test fixtures for the procedure tests (not exported from index.ts).
import type { CertificateFacts } from '../certificates.js';
import type { OfficerFacts } from './guards.js';

export const cert = (number: string, over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  number,
  status: 'VALID',
  validFrom: '2024-01-01',
  validUntil: '2029-12-31',
  categories: ['MARKET'],
  regions: ['110000'],
  ...over,
});

export const officer = (id: string, over: Partial<CertificateFacts> = {}): OfficerFacts => ({
  id,
  name: `执法人员${id}`,
  certificates: [cert(`C-${id}`, over)],
});

export const TWO_OFFICERS = [officer('o1'), officer('o2')];
