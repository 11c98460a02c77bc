import type { CaseDetail } from '@zhifa/contracts';
import { Alert, Checkbox, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { AgencyOfficerSelect } from './AgencyOfficerSelect';
import { isFutureDay, SERVICE_METHOD_LABELS } from './caseLabels';
import { DecisionFields, type DecisionFormValues, decisionDefaults, toDecisionFacts } from './DecisionFields';
import { PenaltyFields, penaltyFormValues, toPenaltyFacts } from './PenaltyFields';

/**
 * What each step asks for beyond date and note, per procedure action: the facts its guards read (DOMAIN §12).
 * Keys the system records itself (service dates, deadlines, review results, e-service consent) are never asked:
 * the server refuses them (cases.facts.ts). Actions without an entry get the generic form (date and note).
 */

// biome-ignore lint/suspicious/noExplicitAny: per-action values differ; each entry reads only its own keys.
export type StepValues = Record<string, any>;

export interface ActionForm {
  /** Shown above the fields: what the step does in law. */
  hint?: string;
  noteLabel?: string;
  noteRequired?: boolean;
  fields?: (c: CaseDetail) => ReactNode;
  initial?: (c: CaseDetail) => StepValues;
  toFacts?: (v: StepValues, c: CaseDetail) => Record<string, unknown> | undefined;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** APL-36 facts, asked at 核查 / 立案 when registration did not record them. */
function ViolationFields({ c, required }: { c: CaseDetail; required: boolean }) {
  if (c.facts.violation) return null;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          label="违法行为发生日期"
          name={['f', 'actDate']}
          rules={[{ required, message: '请填写违法行为发生日期（判断追责时效）' }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label=" " name={['f', 'harmed']} valuePropName="checked">
          <Checkbox>涉及生命健康安全、金融安全且有危害后果（五年时效）</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
const violationFacts = (v: StepValues, c: CaseDetail) =>
  c.facts.violation || !v.f?.actDate
    ? undefined
    : { violation: { actDate: day(v.f.actDate), harmedLifeHealthOrFinancialSafety: Boolean(v.f.harmed) } };

/** General procedure: the proposed penalty (types, fine in fen) is what the prenotice notifies (APL-44). */
const proposedInitial = (c: CaseDetail) => ({ f: { penalty: penaltyFormValues(c.facts.proposedPenalty) } });

function ConsentInfo({ c }: { c: CaseDetail }) {
  const consented = c.parties.filter((p) => p.serviceAddress?.eServiceConsent).map((p) => p.name);
  return (
    <Alert
      type={consented.length > 0 ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      title={
        consented.length > 0
          ? `已签署送达地址确认书并同意电子送达：${consented.join('、')}`
          : '当事人未签署同意电子送达的送达地址确认书，不得采用传真、电子邮件等方式送达（行政处罚法第六十一条）'
      }
    />
  );
}

const GENERAL: Record<string, ActionForm> = {
  verify: {
    hint: '核查案源材料，判断是否有违法事实、是否属于本机关管辖',
    noteLabel: '核查意见',
    fields: (c) => <ViolationFields c={c} required={false} />,
    toFacts: violationFacts,
  },
  file: {
    hint: '立案须在追责时效内（APL-36），且有两名以上持有效执法证件的执法人员（APL-42）',
    noteLabel: '审批意见',
    fields: (c) => <ViolationFields c={c} required />,
    toFacts: violationFacts,
  },
  not_file: { noteLabel: '不予立案理由', noteRequired: true },
  conclude: { noteLabel: '调查终结报告要点', hint: '调查终结后提出处理意见' },
  propose_penalty: {
    hint: '提出拟给予的行政处罚；罚款按元填写，系统以分保存。送达事先告知书时，以此作为告知的处罚',
    noteLabel: '处理意见',
    initial: proposedInitial,
    fields: () => (
      <>
        <PenaltyFields name={['f', 'penalty']} />
        <Form.Item name={['f', 'complexOrMajor']} valuePropName="checked">
          <Checkbox>情节复杂或者重大违法行为（须集体讨论决定，APL-57）</Checkbox>
        </Form.Item>
      </>
    ),
    toFacts: (v) => ({ proposedPenalty: toPenaltyFacts(v.f?.penalty), complexOrMajor: Boolean(v.f?.complexOrMajor) }),
  },
  propose_no_penalty: { noteLabel: '不予处罚的理由和依据', noteRequired: true },
  serve_prenotice: {
    hint: '送达行政处罚事先告知书，告知拟作出处罚的内容及事实、理由、依据和陈述申辩权；办理日期为送达日期',
  },
  serve_prenotice_with_hearing_right: {
    hint: '拟作出的处罚属于听证范围：同时告知要求听证的权利（五个工作日内提出）；办理日期为送达日期',
  },
  record_statement: {
    noteLabel: '陈述申辩要点',
    noteRequired: true,
    fields: () => (
      <Form.Item name={['f', 'waived']} valuePropName="checked">
        <Checkbox>当事人书面放弃陈述申辩权利</Checkbox>
      </Form.Item>
    ),
    toFacts: (v) => (v.f?.waived ? { preNotice: { waivedInWriting: true } } : undefined),
  },
  request_hearing: { hint: '办理日期为当事人提出听证申请的日期', noteLabel: '申请内容' },
  close_statements: { hint: '陈述申辩期限届满（或当事人书面放弃）后，对陈述申辩进行复核' },
  serve_hearing_notice: {
    hint: '听证通知书应在举行听证的七个工作日前送达（APL-64-2）；听证主持人不得由本案调查人员担任（APL-64）',
    fields: (c) => (
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label="听证日期"
            name={['f', 'hearingDate']}
            rules={[{ required: true, message: '请选择听证日期' }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="听证主持人"
            name={['f', 'hostId']}
            rules={[{ required: true, message: '请选择听证主持人' }]}
          >
            <AgencyOfficerSelect agencyId={c.agencyId} excludeIds={c.officers.map((o) => o.officerId)} />
          </Form.Item>
        </Col>
      </Row>
    ),
    toFacts: (v) => ({ hearing: { date: day(v.f?.hearingDate), hostId: v.f?.hostId } }),
  },
  hold_hearing: { noteLabel: '听证笔录要点' },
  record_hearing_absence: { noteLabel: '缺席或退场情况', noteRequired: true },
  complete_review: {
    hint: '复核陈述申辩意见后确定拟作出的处罚；不得因当事人陈述申辩而加重处罚（APL-45）',
    noteLabel: '复核意见',
    initial: proposedInitial,
    fields: () => <PenaltyFields name={['f', 'penalty']} typesLabel="复核后拟作出的处罚" />,
    toFacts: (v) => ({ proposedPenalty: toPenaltyFacts(v.f?.penalty) }),
  },
  renotify: { noteLabel: '重新告知的理由', noteRequired: true },
  submit_review: { noteLabel: '送审说明' },
  review_issues_found: { noteLabel: '法制审核意见', noteRequired: true },
  review_approved: { noteLabel: '法制审核意见' },
  decide: {
    hint: '行政处罚决定书应当载明行政处罚法第五十九条规定的事项，由系统加盖本机关电子印章',
    noteLabel: '负责人意见',
    initial: (c) => ({ f: { decision: decisionDefaults(c) } }),
    fields: (c) => <DecisionFields c={c} />,
    toFacts: (v, c) => toDecisionFacts(v.f?.decision as DecisionFormValues, c, day(v.date) ?? ''),
  },
  decide_no_penalty: {
    noteLabel: '负责人意见',
    fields: (c) =>
      c.facts.complexOrMajor ? (
        <Form.Item label="集体讨论日期" name={['f', 'discussedOn']}>
          <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
        </Form.Item>
      ) : null,
    toFacts: (v) => (v.f?.discussedOn ? { collectiveDiscussionRecordedOn: day(v.f.discussedOn) } : undefined),
  },
  serve_on_spot: { hint: '决定书宣告后当场交付当事人；办理日期为交付日期' },
  serve_later: {
    hint: '当事人不在场的，应当在七个工作日内送达（APL-61）',
    initial: () => ({ f: { method: 'IN_PERSON' } }),
    fields: (c) => (
      <>
        <ConsentInfo c={c} />
        <Form.Item label="送达方式" name={['f', 'method']} rules={[{ required: true, message: '请选择送达方式' }]}>
          <Select options={Object.entries(SERVICE_METHOD_LABELS).map(([value, text]) => ({ value, label: text }))} />
        </Form.Item>
      </>
    ),
    toFacts: (v) => ({ service: { method: v.f?.method } }),
  },
  approve_deferral: {
    hint: '当事人确有经济困难的，经当事人申请和行政机关批准，可以暂缓或者分期缴纳（APL-66）',
    noteLabel: '审批意见',
    fields: () => (
      <Form.Item
        label="暂缓（分期）缴纳截止日期"
        name={['f', 'until']}
        rules={[{ required: true, message: '请选择截止日期' }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    ),
    toFacts: (v) => ({ deferral: { until: day(v.f?.until) } }),
  },
  pay_in_full: { noteLabel: '缴款凭证' },
  file_remedy: {
    fields: () => (
      <Form.Item label="救济途径" name={['f', 'remedy']} rules={[{ required: true, message: '请选择救济途径' }]}>
        <Select
          options={[
            { value: 'RECONSIDERATION', label: '申请行政复议' },
            { value: 'LITIGATION', label: '提起行政诉讼' },
          ]}
        />
      </Form.Item>
    ),
    toFacts: (v) => ({ remedy: { kind: v.f?.remedy } }),
  },
  remedy_overturned: {
    fields: () => (
      <Form.Item name={['f', 'redo']} valuePropName="checked">
        <Checkbox>复议机关或法院责令重新作出行政行为</Checkbox>
      </Form.Item>
    ),
    toFacts: (v) => ({ remedyRedo: Boolean(v.f?.redo) }),
  },
  close: { noteLabel: '结案报告要点' },
  archive: { hint: '归档前系统检查案卷完整性；归档后案卷不可更改' },
};

/** On-the-spot steps (简易程序, DOMAIN §12.2); the phone form uses the same map. */
export const SUMMARY: Record<string, ActionForm> = {
  start_on_spot: {
    hint: '违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，可以当场作出处罚决定（APL-51）',
    initial: (c) => ({ f: { penalty: penaltyFormValues(c.facts.penalty) } }),
    fields: (c) => (
      <>
        {/* the limit depends on who the party is: the system takes it from the registered parties */}
        {c.parties.length === 0 ? (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="请先在“当事人”中添加当事人" />
        ) : null}
        <PenaltyFields name={['f', 'penalty']} onSpot />
      </>
    ),
    toFacts: (v) => ({ penalty: toPenaltyFacts(v.f?.penalty) }),
  },
  inform: {
    hint: '向当事人告知违法事实、处罚理由和依据，以及陈述、申辩的权利；系统记录所告知的处罚',
  },
  hear: {
    hint: '听取当事人的陈述、申辩；不得因当事人陈述申辩而加重处罚（APL-45）',
    noteLabel: '陈述申辩要点',
    initial: (c) => ({ f: { penalty: penaltyFormValues(c.facts.penalty) } }),
    fields: () => <PenaltyFields name={['f', 'penalty']} onSpot typesLabel="听取意见后拟作出的处罚" />,
    // the penalty now intended; the system compares it with the one told at 告知 (APL-45)
    toFacts: (v) => ({ penalty: toPenaltyFacts(v.f?.penalty) }),
  },
  issue_form: {
    hint: '填写预定格式、编有号码的当场行政处罚决定书，当场交付当事人（APL-52）',
  },
  collect_on_spot: {
    hint: '当场收缴限于一百元以下罚款或事后难以执行等情形（APL-68/69），须出具财政部门统一制发的专用票据（APL-70）',
    fields: () => <CollectionFields />,
    toFacts: (v) => ({ collection: collectionFacts(v.f?.collection) }),
  },
  await_payment: { hint: '告知当事人自收到决定书之日起十五日内到指定银行或者通过电子支付系统缴纳罚款（APL-67）' },
  file_with_agency: { hint: '当场处罚决定书报所属行政机关备案（APL-52）' },
  convert_to_general: { noteLabel: '转为普通程序的理由', noteRequired: true },
};

export interface CollectionValues {
  fiscalReceiptNo?: string;
  hardToCollectLater?: boolean;
  remoteArea?: boolean;
  partyRequested?: boolean;
}

export function collectionFacts(c: CollectionValues | undefined): Record<string, unknown> {
  return {
    fiscalReceiptNo: (c?.fiscalReceiptNo ?? '').trim(),
    hardToCollectLater: Boolean(c?.hardToCollectLater),
    remoteArea: Boolean(c?.remoteArea),
    partyRequested: Boolean(c?.partyRequested),
  };
}

export function CollectionFields({ large = false }: { large?: boolean }) {
  return (
    <>
      <Form.Item
        label="财政票据号码"
        name={['f', 'collection', 'fiscalReceiptNo']}
        rules={[{ required: true, whitespace: true, message: '请填写财政部门统一制发的罚没款票据号码' }]}
      >
        <Input size={large ? 'large' : undefined} maxLength={40} autoComplete="off" />
      </Form.Item>
      <Typography.Text type="secondary">罚款超过一百元的，须符合下列情形之一：</Typography.Text>
      <Form.Item name={['f', 'collection', 'hardToCollectLater']} valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>不当场收缴事后难以执行</Checkbox>
      </Form.Item>
      <Form.Item name={['f', 'collection', 'remoteArea']} valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>边远、水上、交通不便地区</Checkbox>
      </Form.Item>
      <Form.Item name={['f', 'collection', 'partyRequested']} valuePropName="checked">
        <Checkbox>当事人提出当场缴纳</Checkbox>
      </Form.Item>
    </>
  );
}

const FORMS: Record<string, Record<string, ActionForm>> = { GENERAL_PENALTY: GENERAL, SUMMARY_PENALTY: SUMMARY };

export function actionForm(procedure: string, action: string): ActionForm {
  return FORMS[procedure]?.[action] ?? {};
}
