import type { CaseDetail } from '@zhifa/contracts';
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { isFutureDay } from './caseLabels';
import { penaltyText } from './PenaltyFields';

/** The items APL-59 requires in a penalty decision (the seal is applied by the system when it is issued). */
export interface DecisionFormValues {
  partyNameAndAddress?: string;
  factsAndEvidence?: string;
  penaltyAndLegalBasis?: string;
  performanceMannerAndDeadline?: string;
  remedyRouteAndDeadline?: string;
  agencyName?: string;
  discussedOn?: Dayjs | null;
}

const ITEMS: { key: keyof DecisionFormValues; label: string; rows: number }[] = [
  { key: 'partyNameAndAddress', label: '当事人的姓名或者名称、地址', rows: 2 },
  { key: 'factsAndEvidence', label: '违反法律、法规、规章的事实和证据', rows: 3 },
  { key: 'penaltyAndLegalBasis', label: '行政处罚的种类和依据', rows: 2 },
  { key: 'performanceMannerAndDeadline', label: '行政处罚的履行方式和期限', rows: 2 },
  { key: 'remedyRouteAndDeadline', label: '申请行政复议、提起行政诉讼的途径和期限', rows: 2 },
  { key: 'agencyName', label: '作出决定的行政机关名称', rows: 1 },
];

/** Drafts of the decision items from the case, for the head to check and complete. */
export function decisionDefaults(c: CaseDetail): DecisionFormValues {
  const saved = (c.facts.decision ?? {}) as Record<string, string>;
  const penalty = penaltyText(c.facts.proposedPenalty ?? c.facts.penalty);
  const fine = /罚款/.test(penalty);
  return {
    partyNameAndAddress:
      saved.partyNameAndAddress ?? c.parties.map((p) => `${p.name}（${p.address || '地址不详'}）`).join('；'),
    factsAndEvidence: saved.factsAndEvidence ?? '',
    penaltyAndLegalBasis: saved.penaltyAndLegalBasis ?? (penalty ? `${penalty}。依据：` : ''),
    performanceMannerAndDeadline:
      saved.performanceMannerAndDeadline ??
      (fine
        ? '自收到本决定书之日起十五日内，到指定银行或者通过电子支付系统缴纳罚款；到期不缴纳的，每日按罚款数额的百分之三加处罚款'
        : ''),
    remedyRouteAndDeadline:
      saved.remedyRouteAndDeadline ??
      '如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼',
    agencyName: c.agencyName,
  };
}

export function toDecisionFacts(
  v: DecisionFormValues | undefined,
  c: CaseDetail,
  date: string,
): Record<string, unknown> {
  const t = (s: string | undefined) => (s ?? '').trim();
  const facts: Record<string, unknown> = {
    decision: {
      partyNameAndAddress: t(v?.partyNameAndAddress),
      factsAndEvidence: t(v?.factsAndEvidence),
      penaltyAndLegalBasis: t(v?.penaltyAndLegalBasis),
      performanceMannerAndDeadline: t(v?.performanceMannerAndDeadline),
      remedyRouteAndDeadline: t(v?.remedyRouteAndDeadline),
      agencyNameAndDate: t(v?.agencyName) ? `${t(v?.agencyName)}，${date}` : '',
    },
  };
  if (c.facts.complexOrMajor && v?.discussedOn)
    facts.collectiveDiscussionRecordedOn = v.discussedOn.format('YYYY-MM-DD');
  return facts;
}

export function DecisionFields({ c }: { c: CaseDetail }) {
  return (
    <>
      {ITEMS.map((item) => (
        <Form.Item
          key={item.key}
          label={item.label}
          name={['f', 'decision', item.key]}
          rules={[{ required: true, whitespace: true, message: `决定书须载明${item.label}` }]}
        >
          {item.rows > 1 ? <Input.TextArea rows={item.rows} maxLength={2000} /> : <Input maxLength={100} />}
        </Form.Item>
      ))}
      {c.facts.complexOrMajor ? (
        <Form.Item
          label="负责人集体讨论日期"
          name={['f', 'decision', 'discussedOn']}
          extra="情节复杂或者重大违法行为，应当由行政机关负责人集体讨论决定（APL-57）"
        >
          <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
        </Form.Item>
      ) : null}
    </>
  );
}
