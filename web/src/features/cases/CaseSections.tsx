import { PlusOutlined } from '@ant-design/icons';
import type { CaseClockView, CaseDetail } from '@zhifa/contracts';
import { ID_TYPE_LABELS, OFFICER_CASE_ROLE_LABELS, PARTY_KIND_LABELS } from '@zhifa/contracts';
import { Button, Card, Flex, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { SectionTitle } from '../../app/components';
import { formatDateTime, text } from '../../app/format';
import { GENDER_LABELS, label } from '../../app/labels';
import { useAbility } from '../../app/session';
import { AddPartyModal } from './AddPartyModal';
import { ClockModal } from './ClockModal';
import {
  CLOCK_KIND_LABELS,
  CLOCK_LEVEL_COLORS,
  CLOCK_LEVEL_LABELS,
  CLOCK_STATUS_LABELS,
  EXTENSION_APPROVER_LABELS,
} from './caseLabels';

function ClockStatus({ clock }: { clock: CaseClockView }) {
  if (clock.status !== 'RUNNING') return <Tag>{label(CLOCK_STATUS_LABELS, clock.status)}</Tag>;
  return <Tag color={CLOCK_LEVEL_COLORS[clock.level]}>{label(CLOCK_LEVEL_LABELS, clock.level)}</Tag>;
}

/** Every legal clock of the case with its rule ID, due date, and how pauses and extensions moved it. */
export function ClocksCard({ c, readOnly }: { c: CaseDetail; readOnly: boolean }) {
  const canAct = useAbility('case.act') && !readOnly;
  const [clock, setClock] = useState<{ rule: string; mode: 'extend' | 'pause' } | null>(null);
  return (
    <Card title={<SectionTitle>期限</SectionTitle>} style={{ marginBottom: 16 }}>
      <Table<CaseClockView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.clocks}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚无计时中的期限' }}
        rowClassName={(k) => (k.status === 'RUNNING' && k.level === 'OVERDUE' ? 'case-clock-overdue' : '')}
        columns={[
          { title: '规则', dataIndex: 'rule', render: (v: string) => <Tag>{v}</Tag> },
          {
            title: '期限',
            dataIndex: 'label',
            render: (v: string, k) => (
              <Flex vertical gap={2} style={{ minWidth: 120, maxWidth: 220 }}>
                <span>{v}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {k.source}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: '起算日', dataIndex: 'startedOn' },
          {
            title: '届满日',
            dataIndex: 'dueOn',
            render: (v: string | null, k) => (
              <Flex vertical gap={2}>
                <span style={{ whiteSpace: 'nowrap' }}>
                  {v ?? '—'}
                  {v && k.kind === 'EARLIEST' ? (
                    <Typography.Text type="secondary">（{label(CLOCK_KIND_LABELS, k.kind)}）</Typography.Text>
                  ) : null}
                </span>
                {k.extensions.map((e) => (
                  <Typography.Text key={`${e.approvedOn}-${e.days}`} type="secondary" style={{ fontSize: 12 }}>
                    延长 {e.days} 日（{label(EXTENSION_APPROVER_LABELS, e.approvedBy)}，{e.approvedOn}）
                  </Typography.Text>
                ))}
                {k.pauses.map((p) => (
                  <Typography.Text key={`${p.from}-${p.kind}`} type="secondary" style={{ fontSize: 12 }}>
                    中止 {p.from} 至 {p.to}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
          { title: '状态', key: 'status', render: (_: unknown, k) => <ClockStatus clock={k} /> },
          ...(canAct
            ? [
                {
                  title: '操作',
                  key: 'ops',
                  render: (_: unknown, k: CaseClockView) =>
                    k.status === 'STOPPED' || k.kind !== 'DEADLINE' ? null : (
                      <Flex vertical gap={0}>
                        <Button size="small" type="link" onClick={() => setClock({ rule: k.rule, mode: 'extend' })}>
                          延长
                        </Button>
                        <Button size="small" type="link" onClick={() => setClock({ rule: k.rule, mode: 'pause' })}>
                          中止
                        </Button>
                      </Flex>
                    ),
                },
              ]
            : []),
        ]}
      />
      <ClockModal c={c} clock={clock} onClose={() => setClock(null)} />
    </Card>
  );
}

/** Parties with identifiers masked as the server sends them. */
export function PartiesCard({ c, readOnly }: { c: CaseDetail; readOnly: boolean }) {
  const canAct = useAbility('case.act') && !readOnly;
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={<SectionTitle>当事人</SectionTitle>}
      style={{ marginBottom: 16 }}
      extra={
        canAct ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            添加当事人
          </Button>
        ) : null
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.parties}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚未登记当事人' }}
        columns={[
          {
            title: '当事人',
            dataIndex: 'name',
            render: (v: string, p) => (
              <Flex vertical gap={2}>
                <span>{v}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {label(PARTY_KIND_LABELS, p.kind)}
                  {p.gender ? ` · ${label(GENDER_LABELS, p.gender)}` : ''}
                  {p.birthDate ? ` · ${p.birthDate} 出生` : ''}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: '证件',
            key: 'id',
            render: (_: unknown, p) =>
              p.kind === 'NATURAL_PERSON' ? (
                `${label(ID_TYPE_LABELS, p.idType)} ${text(p.idNumberMasked)}`
              ) : (
                <Flex vertical gap={2}>
                  <span>统一社会信用代码 {text(p.creditCode)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    法定代表人（负责人）{text(p.legalRepresentative)}
                  </Typography.Text>
                </Flex>
              ),
          },
          {
            title: '住址（住所）',
            dataIndex: 'address',
            render: (v: string, p) => (
              <Flex vertical gap={2} style={{ maxWidth: 240 }}>
                <span>{text(v)}</span>
                {p.phoneMasked ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    电话 {p.phoneMasked}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          {
            title: '送达地址确认书',
            dataIndex: 'serviceAddress',
            render: (s: CaseDetail['parties'][number]['serviceAddress']) =>
              s ? `${s.signedOn} 签署${s.eServiceConsent ? '，同意电子送达' : ''}` : '未签署',
          },
        ]}
      />
      <AddPartyModal c={c} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

export function OfficersCard({ c }: { c: CaseDetail }) {
  return (
    <Card title={<SectionTitle>办案人员</SectionTitle>} style={{ marginBottom: 16 }}>
      <Table
        rowKey={(o) => `${o.officerId}-${o.role}`}
        size="small"
        pagination={false}
        dataSource={c.officers}
        locale={{ emptyText: '尚未指定办案人员' }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (v: string, o) => <Link to={`/officers/${o.officerId}`}>{v}</Link>,
          },
          { title: '角色', dataIndex: 'role', render: (v: string) => label(OFFICER_CASE_ROLE_LABELS, v) },
          {
            title: '执法证号',
            dataIndex: 'certificateNumbers',
            render: (v: string[]) =>
              v.length > 0 ? v.join('、') : <Typography.Text type="danger">无有效证件</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}

/** The case's timeline: every action with its date of act, who did it, and the state it led to. */
export function TimelineCard({ c }: { c: CaseDetail }) {
  const events = [...c.events].sort((a, b) => b.seq - a.seq);
  return (
    <Card title={<SectionTitle>办理记录</SectionTitle>} style={{ marginBottom: 16 }}>
      {events.length === 0 ? (
        <Typography.Text type="secondary">尚无办理记录</Typography.Text>
      ) : (
        <Timeline
          items={events.map((e) => ({
            key: e.seq,
            content: (
              <Flex vertical gap={2}>
                <span>
                  <Typography.Text strong>{e.label}</Typography.Text>
                  <Typography.Text type="secondary"> → {e.toStateLabel}</Typography.Text>
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.occurredOn} · {e.actorName} · 记录于 {formatDateTime(e.occurredAt)}
                </Typography.Text>
                {e.note ? <Typography.Text>{e.note}</Typography.Text> : null}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
