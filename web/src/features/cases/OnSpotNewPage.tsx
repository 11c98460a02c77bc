import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CaseCreateInput, type CaseDetail, caseCreate } from '@zhifa/contracts';
import { Button, Card, ConfigProvider, DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api } from '../../app/api';
import { PageHeader, SectionTitle } from '../../app/components';
import { feedback, showFormError } from '../../app/feedback';
import { CATEGORY_LABELS } from '../../app/labels';
import { useHomeAgencyId } from '../../app/session';
import { useAgency } from '../agencies/queries';
import { beijingToday, isFutureDay, todayInBeijing } from './caseLabels';
import { OfficerPicker, type OfficerPickValues, toCaseOfficers } from './OfficerPicker';
import { PARTY_DEFAULTS, PartyFields, type PartyFormValues, toPartyBody } from './PartyFields';
import { PenaltyFields, type PenaltyFormValues, toPenaltyFacts } from './PenaltyFields';
import { caseKeys } from './queries';
import { parseIntoForm } from './zodForm';

interface OnSpotValues extends OfficerPickValues {
  cause?: string;
  actDate?: Dayjs | null;
  party?: PartyFormValues;
  penalty?: PenaltyFormValues;
}

/** Column of one phone screen: full width on a phone, a phone-sized column on a desk. */
export const PHONE_COLUMN = { maxWidth: 480, margin: '0 auto' } as const;

/**
 * 当场处罚, step 1 on a phone: register the finding (案由, party, officers, intended penalty) as a
 * SUMMARY_PENALTY case; the following steps run on /cases/on-spot/:id.
 */
export function OnSpotNewPage() {
  const [form] = Form.useForm<OnSpotValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const agencyId = useHomeAgencyId();
  const agency = useAgency(agencyId);

  const create = useMutation({
    mutationFn: (body: CaseCreateInput) => api.post<CaseDetail>('/api/cases', body),
    onSuccess: (c) => {
      feedback.success(`已登记：${c.caseNumber}`);
      queryClient.invalidateQueries({ queryKey: caseKeys.all });
      navigate(`/cases/on-spot/${c.id}`);
    },
    onError: (e) => showFormError(form, e),
  });

  const submit = (v: OnSpotValues) => {
    const party = toPartyBody(v.party);
    const sector = agency.data?.sector;
    const body: CaseCreateInput = {
      procedure: 'SUMMARY_PENALTY',
      cause: (v.cause ?? '').trim(),
      source: 'INSPECTION',
      sourceDetail: '现场发现，适用简易程序',
      clueReceivedOn: todayInBeijing(),
      category: sector && sector in CATEGORY_LABELS ? sector : '',
      region: agency.data?.regionCode,
      parties: [party],
      officers: toCaseOfficers(v),
      facts: {
        violation: {
          actDate: v.actDate ? v.actDate.format('YYYY-MM-DD') : todayInBeijing(),
          harmedLifeHealthOrFinancialSafety: false,
        },
        penalty: toPenaltyFacts(v.penalty),
      },
    };
    // the form holds one party under `party`; the body lists it under `parties.0`
    const toName = (p: (string | number)[]) => (p[0] === 'parties' ? ['party', ...p.slice(2)] : p);
    if (parseIntoForm(form, caseCreate, body, toName)) create.mutate(body);
  };

  return (
    <div style={PHONE_COLUMN}>
      <PageHeader title="当场处罚" sub="简易程序：现场登记 → 出示证件 → 告知 → 听取陈述申辩 → 交付决定书 → 缴款" />
      <ConfigProvider componentSize="large">
        <Form<OnSpotValues>
          form={form}
          layout="vertical"
          scrollToFirstError
          initialValues={{ actDate: beijingToday(), party: PARTY_DEFAULTS, penalty: { types: ['FINE'] } }}
          onFinish={submit}
        >
          <Card title={<SectionTitle>违法事实</SectionTitle>} style={{ marginBottom: 12 }}>
            <Form.Item label="案由" name="cause" rules={[{ required: true, whitespace: true, message: '请填写案由' }]}>
              <Input maxLength={200} placeholder="如：占道经营" />
            </Form.Item>
            <Form.Item label="违法行为发生日期" name="actDate" rules={[{ required: true, message: '请填写日期' }]}>
              <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={isFutureDay} />
            </Form.Item>
          </Card>
          <Card title={<SectionTitle>当事人</SectionTitle>} style={{ marginBottom: 12 }}>
            <PartyFields form={form} name={['party']} path={['party']} />
          </Card>
          <Card title={<SectionTitle>拟处罚</SectionTitle>} style={{ marginBottom: 12 }}>
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              当场处罚限警告，或者对公民 200 元以下、对法人或者其他组织 3,000 元以下罚款（行政处罚法第五十一条）。
            </Typography.Paragraph>
            <PenaltyFields name={['penalty']} onSpot large />
          </Card>
          <Card title={<SectionTitle>执法人员</SectionTitle>} style={{ marginBottom: 12 }}>
            <OfficerPicker form={form} agencyId={agencyId} />
          </Card>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={create.isPending}
            style={{ height: 52, fontSize: 17 }}
          >
            登记并开始当场处罚
          </Button>
        </Form>
      </ConfigProvider>
    </div>
  );
}
