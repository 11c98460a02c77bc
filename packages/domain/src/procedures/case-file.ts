/**
 * The electronic case file (电子卷宗, issue 5 §4): the standard order of its parts and the completeness check by
 * outcome. REC-SCOPE (GO118): every step is recorded and archived so that it can be traced; a file with missing
 * parts may not be closed or archived.
 */
import { documentName } from './document-names.js';

/** Parts of the file in the standard order (卷内文件排列顺序): each lists the document codes filed in it. */
export const CASE_FILE_SECTIONS: readonly { key: string; title: string; documents: readonly string[] }[] = [
  { key: 'cover', title: '案卷封面、卷内目录', documents: ['FILE_COVER'] },
  { key: 'filing', title: '案件来源与立案', documents: ['CASE_SOURCE_REG', 'CASE_TRANSFER_LETTER', 'FILING_APPROVAL'] },
  {
    key: 'investigation',
    title: '调查取证',
    documents: [
      'SITE_RECORD',
      'SERVICE_ADDR_CONFIRM',
      'INQUIRY_NOTICE',
      'INQUIRY_RECORD',
      'EVIDENCE_EXTRACT',
      'PROVIDE_MATERIALS',
      'ASSIST_REQUEST',
      'PRESERVE_NOTICE',
      'SAMPLING',
      'TEST_NOTICES',
      'COERCION_DECISION',
      'COERCION_EXTEND',
      'COERCION_RELEASE',
      'FREEZE_DECISION',
      'ORDER_CORRECT',
      'MATTER_APPROVAL',
    ],
  },
  { key: 'evidence', title: '证据材料', documents: [] },
  { key: 'av', title: '音像记录清单', documents: [] },
  { key: 'conclusion', title: '调查终结', documents: ['INVESTIGATION_END', 'CRIME_TRANSFER'] },
  {
    key: 'notice',
    title: '告知与陈述申辩',
    documents: ['PENALTY_PRENOTICE', 'HEARING_RIGHT_NOTICE', 'STATEMENT_RECORD'],
  },
  {
    key: 'hearing',
    title: '听证',
    documents: ['HEARING_APPLICATION', 'HEARING_NOTICE', 'HEARING_RECORD', 'HEARING_REPORT'],
  },
  { key: 'review', title: '法制审核意见', documents: ['LEGAL_REVIEW'] },
  { key: 'discussion', title: '集体讨论', documents: ['GROUP_DISCUSSION'] },
  {
    key: 'decision',
    title: '处理决定',
    documents: [
      'DECISION_APPROVAL',
      'PENALTY_DECISION',
      'ONSPOT_DECISION',
      'NO_PENALTY_DECISION',
      'CREDIT_REPAIR_NOTICE',
    ],
  },
  { key: 'service', title: '送达回证', documents: ['SERVICE_RECEIPT'] },
  {
    key: 'execution',
    title: '履行与执行',
    documents: ['DEFER_PAYMENT', 'PERFORM_REMINDER', 'EXEC_DECISION', 'COURT_EXEC_APP'],
  },
  { key: 'close', title: '结案', documents: ['CLOSE_APPROVAL'] },
];

/** The section a document code is filed in (unknown codes go with the investigation papers). */
export function sectionOf(code: string): string {
  return CASE_FILE_SECTIONS.find((s) => s.documents.includes(code))?.key ?? 'investigation';
}

export interface CaseFileFacts {
  procedure: string;
  /** Document codes in the file. */
  documents: readonly string[];
  /** Actions taken so far (the timeline). */
  actions: readonly string[];
  /** Documents every taken action should have produced (from the procedure definition). */
  producedByActions: readonly string[];
  evidenceCount: number;
  partyIsOrganisation: boolean;
  reviewRequired: boolean;
  hearingRequested: boolean;
}

export interface MissingPart {
  code: string;
  name: string;
  reason: string;
}

const need = (code: string, reason: string): MissingPart => ({ code, name: documentName(code), reason });

/**
 * What the file lacks for its outcome (REC-SCOPE, REC-TEXT). A penalty decision needs the filing approval, the
 * investigation report, the prior notice, the decision approval, the decision, its service receipt and the
 * evidence; a hearing adds its notice and record, a legal review its opinion (APL-58), an organisation party the
 * credit-repair notice served with the decision (两书同达); every document an action produced must be on file.
 */
export function caseFileMissing(f: CaseFileFacts): MissingPart[] {
  const have = new Set(f.documents);
  const missing: MissingPart[] = [];
  const want = (code: string, reason: string) => {
    if (!have.has(code) && !missing.some((m) => m.code === code)) missing.push(need(code, reason));
  };
  for (const code of f.producedByActions) want(code, '已办理事项应当制作的文书未归入案卷');
  const decided = f.actions.includes('decide');
  if (f.procedure === 'GENERAL_PENALTY' && (decided || f.actions.includes('decide_no_penalty'))) {
    want('FILING_APPROVAL', '立案审批（行政处罚法第五十四条）');
    // A case the police declined (SC310-10) went back to PROPOSAL without `conclude`: its investigation report
    // is the one attached to the transfer (涉嫌犯罪案件移送书 + 调查报告, SC310 Art. 6; DOMAIN §5.1 CRIME_TRANSFER).
    if (!have.has('CRIME_TRANSFER')) want('INVESTIGATION_END', '调查终结报告');
  }
  if (f.procedure === 'GENERAL_PENALTY' && decided) {
    want('PENALTY_PRENOTICE', '作出处罚决定前的告知（行政处罚法第四十四条）');
    want('DECISION_APPROVAL', '负责人审批（行政处罚法第五十七条）');
    want('PENALTY_DECISION', '行政处罚决定书（行政处罚法第五十九条）');
    want('SERVICE_RECEIPT', '决定书送达证明（行政处罚法第六十一条）');
    if (f.hearingRequested) {
      want('HEARING_NOTICE', '当事人申请听证（行政处罚法第六十四条）');
      want('HEARING_RECORD', '听证笔录（行政处罚法第六十四条）');
    }
    if (f.reviewRequired) want('LEGAL_REVIEW', '须经法制审核（行政处罚法第五十八条）');
    if (f.partyIsOrganisation)
      want('CREDIT_REPAIR_NOTICE', '对法人和其他组织的处罚决定书应同时送达信用修复告知书（两书同达）');
    if (f.evidenceCount === 0) {
      missing.push({ code: 'EVIDENCE', name: '证据材料', reason: '认定违法事实的证据（行政处罚法第四十条）' });
    }
  }
  if (f.procedure === 'SUMMARY_PENALTY' && f.actions.includes('issue_form')) {
    want('ONSPOT_DECISION', '当场行政处罚决定书（行政处罚法第五十二条）');
  }
  return missing;
}
