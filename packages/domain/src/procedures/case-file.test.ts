import { describe, expect, it } from 'vitest';
import { CASE_FILE_SECTIONS, type CaseFileFacts, caseFileMissing, sectionOf } from './case-file.js';
import { DOCUMENT_NAMES } from './document-names.js';

const decided: CaseFileFacts = {
  procedure: 'GENERAL_PENALTY',
  documents: [
    'FILING_APPROVAL',
    'INVESTIGATION_END',
    'PENALTY_PRENOTICE',
    'SERVICE_RECEIPT',
    'DECISION_APPROVAL',
    'PENALTY_DECISION',
  ],
  actions: [
    'verify',
    'file',
    'conclude',
    'propose_penalty',
    'serve_prenotice',
    'close_statements',
    'decide',
    'serve_later',
  ],
  producedByActions: ['FILING_APPROVAL', 'INVESTIGATION_END', 'PENALTY_PRENOTICE', 'SERVICE_RECEIPT'],
  evidenceCount: 2,
  partyIsOrganisation: false,
  reviewRequired: false,
  hearingRequested: false,
};

describe('e-case file completeness by outcome (REC-SCOPE)', () => {
  it('a complete penalty file for a natural person lacks nothing', () => {
    expect(caseFileMissing(decided)).toEqual([]);
  });
  it('REC-SCOPE: missing decision, evidence, review and hearing papers are listed with reasons', () => {
    const m = caseFileMissing({
      ...decided,
      documents: decided.documents.filter((d) => d !== 'PENALTY_DECISION'),
      evidenceCount: 0,
      reviewRequired: true,
      hearingRequested: true,
    });
    expect(m.map((x) => x.code)).toEqual([
      'PENALTY_DECISION',
      'HEARING_NOTICE',
      'HEARING_RECORD',
      'LEGAL_REVIEW',
      'EVIDENCE',
    ]);
    expect(m[0].name).toBe('行政处罚决定书');
    expect(m[0].reason).toContain('第五十九条');
  });
  it('REC-SCOPE / SC310-10: after the police declined, the report attached to the transfer is the investigation report', () => {
    const declined = {
      ...decided,
      documents: [...decided.documents.filter((d) => d !== 'INVESTIGATION_END'), 'CRIME_TRANSFER'],
      actions: ['verify', 'file', 'transfer_criminal', 'police_declined', 'propose_penalty', 'decide'],
      producedByActions: decided.producedByActions.filter((d) => d !== 'INVESTIGATION_END'),
    };
    expect(caseFileMissing(declined)).toEqual([]);
    const neither = { ...declined, documents: declined.documents.filter((d) => d !== 'CRIME_TRANSFER') };
    expect(caseFileMissing(neither).map((x) => x.code)).toEqual(['INVESTIGATION_END']);
  });
  it('两书同达: an organisation party needs the credit-repair notice', () => {
    expect(caseFileMissing({ ...decided, partyIsOrganisation: true }).map((x) => x.code)).toEqual([
      'CREDIT_REPAIR_NOTICE',
    ]);
  });
  it('documents produced by actions must be on file; a not-filed case needs only its approval', () => {
    expect(
      caseFileMissing({
        ...decided,
        actions: ['verify', 'not_file'],
        documents: [],
        producedByActions: ['FILING_APPROVAL'],
      }).map((x) => x.code),
    ).toEqual(['FILING_APPROVAL']);
  });
  it('on-the-spot cases need the on-spot decision form', () => {
    expect(
      caseFileMissing({
        ...decided,
        procedure: 'SUMMARY_PENALTY',
        actions: ['issue_form'],
        documents: [],
        producedByActions: [],
      }).map((x) => x.code),
    ).toEqual(['ONSPOT_DECISION']);
  });
  it('every section document has a Chinese name and sections are in the standard order', () => {
    for (const s of CASE_FILE_SECTIONS) for (const d of s.documents) expect(DOCUMENT_NAMES[d], d).toBeTruthy();
    expect(CASE_FILE_SECTIONS[0].key).toBe('cover');
    expect(CASE_FILE_SECTIONS.at(-1)?.key).toBe('close');
    expect(sectionOf('PENALTY_DECISION')).toBe('decision');
    expect(sectionOf('UNKNOWN')).toBe('investigation');
  });
});
