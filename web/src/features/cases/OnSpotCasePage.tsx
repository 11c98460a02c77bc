import { CheckCircleFilled, FileTextOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@zhifa/contracts';
import { Button, Card, ConfigProvider, Flex, Form, Input, Progress, Radio, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError, Loading, PageHeader, SectionTitle } from '../../app/components';
import { feedback } from '../../app/feedback';
import { CollectionFields, type StepValues, SUMMARY } from './actionForms';
import { todayInBeijing } from './caseLabels';
import { PHONE_COLUMN } from './OnSpotNewPage';
import { PenaltyFields, penaltyText } from './PenaltyFields';
import { postAction, useCase, useCaseMutation } from './queries';
import { StepError } from './Refusal';

/** The on-the-spot steps in order; the case's state says which one is next. */
const STEPS: { state: string; title: string; button: string }[] = [
  { state: 'ON_SITE_FINDING', title: '出示执法证件', button: '已出示证件，适用简易程序' },
  { state: 'IDENTIFY', title: '告知', button: '已告知事实、理由、依据和权利' },
  { state: 'HEAR_PARTY', title: '听取陈述申辩', button: '已听取陈述申辩' },
  { state: 'ISSUE_FORM', title: '交付决定书', button: '填写并当场交付决定书' },
  { state: 'DELIVERED', title: '缴纳罚款', button: '' },
  { state: 'PAID_ON_SPOT', title: '报备案', button: '报所属行政机关备案' },
];
const STEP_OF: Record<string, number> = { AWAITING_PAYMENT: 5, RECORDED: 6, CONVERTED_TO_GENERAL: 6 };
const ACTION_OF: Record<string, string> = {
  ON_SITE_FINDING: 'start_on_spot',
  IDENTIFY: 'inform',
  HEAR_PARTY: 'hear',
  ISSUE_FORM: 'issue_form',
  PAID_ON_SPOT: 'file_with_agency',
  AWAITING_PAYMENT: 'file_with_agency',
};

const BIG = { height: 52, fontSize: 17 } as const;

function Summary({ c, decided }: { c: CaseDetail; decided: boolean }) {
  return (
    <Flex vertical gap={4} style={{ marginBottom: 12 }}>
      <Typography.Text>
        <Typography.Text type="secondary">案由：</Typography.Text>
        {c.cause}
      </Typography.Text>
      <Typography.Text>
        <Typography.Text type="secondary">当事人：</Typography.Text>
        {c.partySummary || '—'}
      </Typography.Text>
      <Typography.Text>
        <Typography.Text type="secondary">{decided ? '处罚：' : '拟处罚：'}</Typography.Text>
        {penaltyText(c.facts.penalty) || '—'}
      </Typography.Text>
      <Typography.Text>
        <Typography.Text type="secondary">执法人员：</Typography.Text>
        {c.officers.map((o) => `${o.name}（${o.certificateNumbers.join('、') || '无证件'}）`).join('，')}
      </Typography.Text>
    </Flex>
  );
}

function StepForm({ c, state }: { c: CaseDetail; state: string }) {
  const [form] = Form.useForm<StepValues>();
  const [pay, setPay] = useState<'collect' | 'bank'>('collect');
  const action = state === 'DELIVERED' ? (pay === 'collect' ? 'collect_on_spot' : 'await_payment') : ACTION_OF[state];
  const spec = SUMMARY[action] ?? {};
  const step = STEPS.find((s) => s.state === state);
  const send = useCaseMutation(c.id, (v: StepValues) => {
    const facts = spec.toFacts?.(v, c);
    return postAction(c.id, {
      action,
      version: c.version,
      date: todayInBeijing(),
      note: (v.note ?? '').trim(),
      facts: facts && Object.keys(facts).length > 0 ? facts : undefined,
    });
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form for each step.
  useEffect(() => {
    send.reset();
    form.resetFields();
    form.setFieldsValue({ note: '', ...(spec.initial?.(c) ?? {}) });
  }, [action]);

  const submit = (v: StepValues) =>
    send.mutate(v, { onSuccess: (d) => feedback.success(`已办理，进入"${d.stateLabel}"`) });

  return (
    <Form<StepValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      name="on-spot-step"
      // A refusal answers the values sent: once the officer changes them it no longer applies.
      onValuesChange={() => send.error && send.reset()}
    >
      {spec.hint ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {spec.hint}
        </Typography.Paragraph>
      ) : null}
      {state === 'ON_SITE_FINDING' ? <PenaltyFields name={['f', 'penalty']} onSpot large /> : null}
      {state === 'HEAR_PARTY' ? (
        <>
          <PenaltyFields name={['f', 'penalty']} onSpot large typesLabel="听取意见后拟作出的处罚" />
          <Form.Item label="陈述申辩要点" name="note">
            <Input.TextArea rows={3} maxLength={2000} placeholder="当事人未陈述申辩的，写明“未提出”" />
          </Form.Item>
        </>
      ) : null}
      {state === 'DELIVERED' ? (
        <>
          <Form.Item label="缴款方式">
            <Radio.Group
              value={pay}
              onChange={(e) => setPay(e.target.value)}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            >
              <Radio value="collect" style={{ minHeight: 44, alignItems: 'center' }}>
                当场收缴（出具财政票据）
              </Radio>
              <Radio value="bank" style={{ minHeight: 44, alignItems: 'center' }}>
                告知十五日内到指定银行或电子支付缴纳
              </Radio>
            </Radio.Group>
          </Form.Item>
          {pay === 'collect' ? <CollectionFields large /> : null}
        </>
      ) : null}
      <StepError error={send.error} />
      <Button type="primary" htmlType="submit" block loading={send.isPending} style={BIG}>
        {state === 'DELIVERED' ? (pay === 'collect' ? '确认当场收缴' : '确认到银行缴纳') : step?.button}
      </Button>
    </Form>
  );
}

/** 当场处罚 steps 2–7 on a phone: one card per step, one large button, refusals inline above it. */
export function OnSpotCasePage() {
  const { id = '' } = useParams();
  const query = useCase(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} retry={() => query.refetch()} />;
  const c = query.data;
  const index = STEP_OF[c.state] ?? STEPS.findIndex((s) => s.state === c.state);
  const done = c.state === 'RECORDED' || c.state === 'CONVERTED_TO_GENERAL';
  const decision = c.documents.find((d) => d.code === 'ONSPOT_DECISION') ?? c.documents[0];
  const title = done ? '已办结' : (STEPS[index]?.title ?? c.stateLabel);

  return (
    <div style={PHONE_COLUMN}>
      <PageHeader title="当场处罚" sub={`${c.caseNumber} · ${c.stateLabel}`} />
      <ConfigProvider componentSize="large">
        <Progress
          percent={done ? 100 : Math.round((index / STEPS.length) * 100)}
          showInfo={false}
          aria-label="办理进度"
        />
        <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0 12px' }}>
          {done ? '全部步骤已完成' : `第 ${Math.min(index + 1, STEPS.length)} 步（共 ${STEPS.length} 步）：${title}`}
        </Typography.Text>
        <Card title={<SectionTitle>{title}</SectionTitle>} style={{ marginBottom: 12 }}>
          <Summary c={c} decided={done || index >= 4} />
          {done ? (
            <Result
              status="success"
              icon={<CheckCircleFilled />}
              title={c.state === 'RECORDED' ? '当场处罚已办结并报备案' : '已转为普通程序'}
              style={{ padding: 12 }}
            />
          ) : (
            <StepForm key={c.state} c={c} state={c.state} />
          )}
        </Card>
        {decision ? (
          <Button
            block
            icon={<FileTextOutlined />}
            href={`/api/documents/${encodeURIComponent(decision.id)}/html`}
            target="_blank"
            rel="noopener"
            style={{ ...BIG, marginBottom: 12 }}
          >
            查看{decision.title}
          </Button>
        ) : null}
        <Link to={`/cases/${c.id}`}>
          <Button block style={BIG}>
            打开案件详情
          </Button>
        </Link>
      </ConfigProvider>
    </div>
  );
}
