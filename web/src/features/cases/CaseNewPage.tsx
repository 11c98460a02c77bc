import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CASE_SOURCE_LABELS, type CaseCreateInput, type CaseDetail, caseCreate } from '@zhifa/contracts';
import { Button, Card, Checkbox, Col, DatePicker, Divider, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { PageHeader, SectionTitle } from '../../app/components';
import { feedback, showFormError } from '../../app/feedback';
import { CATEGORY_LABELS, options } from '../../app/labels';
import { useHomeAgencyId } from '../../app/session';
import { useAgency } from '../agencies/queries';
import { RegionSelect } from '../agencies/selects';
import { beijingToday, isFutureDay, PROCEDURE_OPTIONS } from './caseLabels';
import { OfficerPicker, type OfficerPickValues, toCaseOfficers } from './OfficerPicker';
import { PARTY_DEFAULTS, PartyFields, type PartyFormValues, toPartyBody } from './PartyFields';
import { caseKeys } from './queries';
import { parseIntoForm } from './zodForm';

interface CaseFormValues extends OfficerPickValues {
  procedure: CaseCreateInput['procedure'];
  cause?: string;
  source?: CaseCreateInput['source'];
  sourceDetail?: string;
  clueReceivedOn?: Dayjs | null;
  matterCode?: string;
  category?: string;
  region?: string;
  unitId?: string;
  parties?: PartyFormValues[];
  violation?: { actDate?: Dayjs | null; endedOn?: Dayjs | null; harmed?: boolean };
}

const PENALTY_PROCEDURES = new Set(['GENERAL_PENALTY', 'SUMMARY_PENALTY']);
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

function toBody(v: CaseFormValues): CaseCreateInput {
  const body: CaseCreateInput = {
    procedure: v.procedure,
    cause: (v.cause ?? '').trim(),
    source: v.source as CaseCreateInput['source'],
    sourceDetail: (v.sourceDetail ?? '').trim(),
    clueReceivedOn: day(v.clueReceivedOn),
    matterCode: (v.matterCode ?? '').trim() || undefined,
    category: v.category ?? '',
    region: v.region || undefined,
    unitId: v.unitId || undefined,
    parties: (v.parties ?? []).map(toPartyBody),
    officers: toCaseOfficers(v),
  };
  // APL-36: the date of the act drives the 2-year (5-year) limitation check at filing and proposal.
  if (PENALTY_PROCEDURES.has(v.procedure) && v.violation?.actDate) {
    const violation: Record<string, unknown> = {
      actDate: day(v.violation.actDate),
      harmedLifeHealthOrFinancialSafety: Boolean(v.violation.harmed),
    };
    if (v.violation.endedOn) violation.endedOn = day(v.violation.endedOn);
    body.facts = { violation };
  }
  return body;
}

export function CaseNewPage() {
  const [form] = Form.useForm<CaseFormValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const agencyId = useHomeAgencyId();
  const agency = useAgency(agencyId);
  const procedure = Form.useWatch('procedure', form);

  // The agency's region and sector are the usual region and category of its cases.
  useEffect(() => {
    if (!agency.data) return;
    if (!form.getFieldValue('region')) form.setFieldValue('region', agency.data.regionCode);
    if (!form.getFieldValue('category') && agency.data.sector in CATEGORY_LABELS)
      form.setFieldValue('category', agency.data.sector);
  }, [agency.data, form]);

  const create = useMutation({
    mutationFn: (body: CaseCreateInput) => api.post<CaseDetail>('/api/cases', body),
    onSuccess: (c) => {
      feedback.success(`案件已登记：${c.caseNumber}`);
      queryClient.invalidateQueries({ queryKey: caseKeys.all });
      navigate(`/cases/${c.id}`);
    },
    onError: (e) => showFormError(form, e),
  });

  const submit = (v: CaseFormValues) => {
    const body = toBody(v);
    if (parseIntoForm(form, caseCreate, body)) create.mutate(body);
  };

  return (
    <>
      <PageHeader title="登记案件" sub="登记案源后，经核查报负责人审批立案；带 * 的为必填项" />
      <Form<CaseFormValues>
        form={form}
        layout="vertical"
        scrollToFirstError
        initialValues={{
          procedure: params.get('procedure') ?? 'GENERAL_PENALTY',
          source: 'INSPECTION',
          clueReceivedOn: beijingToday(),
          parties: [PARTY_DEFAULTS],
          violation: { harmed: false },
        }}
        onFinish={submit}
      >
        <Card title={<SectionTitle>案源</SectionTitle>} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="程序类型" name="procedure" rules={[{ required: true, message: '请选择程序类型' }]}>
                <Select options={PROCEDURE_OPTIONS} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                label="案由"
                name="cause"
                rules={[{ required: true, whitespace: true, message: '请填写案由' }]}
              >
                <Input maxLength={200} placeholder="如：涉嫌销售过期食品" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="案件来源" name="source" rules={[{ required: true, message: '请选择案件来源' }]}>
                <Select options={options(CASE_SOURCE_LABELS)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="案源登记日期" name="clueReceivedOn" rules={[{ required: true, message: '请填写日期' }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="执法事项编码" name="matterCode">
                <Input maxLength={50} placeholder="执法事项清单中的编码（可不填）" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label="来源说明" name="sourceDetail">
                <Input.TextArea rows={2} maxLength={500} showCount placeholder="如：举报人、移送机关、检查任务" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="执法类别" name="category" rules={[{ required: true, message: '请选择执法类别' }]}>
                <Select showSearch={{ optionFilterProp: 'label' }} options={options(CATEGORY_LABELS)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="执法区域" name="region" extra="默认为本机关所在行政区划">
                <RegionSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="承办机构" name="unitId">
                <Select
                  allowClear
                  placeholder="请选择内设机构"
                  options={(agency.data?.units ?? [])
                    .filter((u) => u.kind === 'ENFORCEMENT')
                    .map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        {PENALTY_PROCEDURES.has(procedure) ? (
          <Card title={<SectionTitle>违法行为</SectionTitle>} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">
              违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，延长至五年（行政处罚法第三十六条）。
            </Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item label="违法行为发生日期" name={['violation', 'actDate']}>
                  <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="连续或继续状态终了日期" name={['violation', 'endedOn']}>
                  <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label=" " name={['violation', 'harmed']} valuePropName="checked">
                  <Checkbox>涉及生命健康安全、金融安全且有危害后果</Checkbox>
                </Form.Item>
              </Col>
            </Row>
          </Card>
        ) : null}

        <Card title={<SectionTitle>当事人</SectionTitle>} style={{ marginBottom: 16 }}>
          <Form.List name="parties">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <div key={field.key}>
                    {i > 0 ? <Divider /> : null}
                    <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                      <Typography.Text strong>当事人 {i + 1}</Typography.Text>
                      <Button size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                        移除
                      </Button>
                    </Flex>
                    <PartyFields form={form} name={[field.name]} path={['parties', field.name]} />
                  </div>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add(PARTY_DEFAULTS)}>
                  添加当事人
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card title={<SectionTitle>办案人员</SectionTitle>} style={{ marginBottom: 16 }}>
          <OfficerPicker form={form} agencyId={agencyId} />
        </Card>

        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            登记
          </Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Flex>
      </Form>
    </>
  );
}
