import { DownloadOutlined, EditOutlined, FileTextOutlined, LinkOutlined } from '@ant-design/icons';
import { avExemptionInput, type CaseDetail, type CaseDocumentView, recordLinkInput } from '@zhifa/contracts';
import { Button, Card, Col, Flex, Form, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { SectionTitle } from '../../app/components';
import { feedback, showFormError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { AV_ACTIVITY_LABELS, label, options, RECORD_KIND_LABELS } from '../../app/labels';
import { useAbility, useSession } from '../../app/session';
import { casePath, useCaseMutation } from './queries';
import { SignatureModal } from './SignatureModal';
import { parseIntoForm } from './zodForm';

/** Documents issued in the case: the A4 print view in a new tab and the Word file. */
export function DocumentsCard({ c, readOnly }: { c: CaseDetail; readOnly: boolean }) {
  const canAct = useAbility('case.act') && !readOnly;
  const [signing, setSigning] = useState<CaseDocumentView | null>(null);
  return (
    <Card title={<SectionTitle>文书</SectionTitle>} style={{ marginBottom: 16 }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.documents}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚未制作文书' }}
        columns={[
          {
            title: '文书',
            dataIndex: 'title',
            render: (v: string, d) => (
              <Flex vertical gap={2}>
                <span>
                  {v}
                  {d.sealed ? (
                    <Tag color="red" style={{ marginInlineStart: 6 }}>
                      已签章
                    </Tag>
                  ) : null}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.number || '—'} · 模板第 {d.templateVersion} 版
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: '制作时间',
            dataIndex: 'issuedAt',
            render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
          },
          {
            title: '查看',
            key: 'open',
            render: (_: unknown, d) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  type="link"
                  icon={<FileTextOutlined />}
                  href={`/api/documents/${encodeURIComponent(d.id)}/html`}
                  target="_blank"
                  rel="noopener"
                  aria-label={`打印 ${d.title}`}
                >
                  打印
                </Button>
                <Button
                  size="small"
                  type="link"
                  icon={<DownloadOutlined />}
                  href={`/api/documents/${encodeURIComponent(d.id)}/docx`}
                  download
                  aria-label={`下载 ${d.title} Word`}
                >
                  Word
                </Button>
                {canAct ? (
                  <Button
                    size="small"
                    type="link"
                    icon={<EditOutlined />}
                    onClick={() => setSigning(d)}
                    aria-label={`签名登记 ${d.title}`}
                  >
                    签名
                  </Button>
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
      <SignatureModal doc={signing} onClose={() => setSigning(null)} />
    </Card>
  );
}

interface LinkValues {
  recordId?: string;
  activity?: string;
}
interface ExemptionValues {
  activity?: string;
  reason?: string;
}

/**
 * Evidence and audio-video records linked to the case (by record ID from 执法记录) for an activity, and the
 * approved reasons where a mandatory recording is missing (REC-AV-FULL).
 */
export function EvidenceCard({ c, readOnly }: { c: CaseDetail; readOnly: boolean }) {
  const canAct = useAbility('case.act') && !readOnly;
  const isHead = useSession().user.roles.some((r) => r.role === 'UNIT_HEAD' || r.role === 'AGENCY_HEAD');
  const [linkForm] = Form.useForm<LinkValues>();
  const [exForm] = Form.useForm<ExemptionValues>();
  const link = useCaseMutation(c.id, (body: LinkValues) => api.post<CaseDetail>(`${casePath(c.id)}/records`, body));
  const exempt = useCaseMutation(c.id, (body: ExemptionValues) =>
    api.post<CaseDetail>(`${casePath(c.id)}/av-exemptions`, body),
  );
  const approve = useCaseMutation(c.id, (id: string) =>
    api.post<CaseDetail>(`${casePath(c.id)}/av-exemptions/${encodeURIComponent(id)}/approve`),
  );
  const activityOptions = options(AV_ACTIVITY_LABELS);

  const submitLink = (v: LinkValues) => {
    const body = { recordId: (v.recordId ?? '').trim(), activity: v.activity ?? '' };
    if (!parseIntoForm(linkForm, recordLinkInput, body)) return;
    link.mutate(body, {
      onSuccess: () => {
        feedback.success('已关联执法记录');
        linkForm.resetFields();
      },
      onError: (e) => showFormError(linkForm, e),
    });
  };
  const submitExemption = (v: ExemptionValues) => {
    const body = { activity: v.activity ?? '', reason: (v.reason ?? '').trim() };
    if (!parseIntoForm(exForm, avExemptionInput, body)) return;
    exempt.mutate(body, {
      onSuccess: () => {
        feedback.success('已提交未音像记录的理由，待负责人批准');
        exForm.resetFields();
      },
      onError: (e) => showFormError(exForm, e),
    });
  };

  return (
    <Card title={<SectionTitle>证据与音像记录</SectionTitle>} style={{ marginBottom: 16 }}>
      <Table
        rowKey={(r) => `${r.recordId}-${r.activity}`}
        size="small"
        pagination={false}
        dataSource={c.records}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚未关联证据或音像记录' }}
        columns={[
          {
            title: '记录',
            dataIndex: 'title',
            render: (v: string, r) => <Link to={`/records/${r.recordId}`}>{v}</Link>,
          },
          { title: '类别', dataIndex: 'kind', render: (v: string) => label(RECORD_KIND_LABELS, v) },
          { title: '执法活动', dataIndex: 'activity', render: (v: string) => label(AV_ACTIVITY_LABELS, v) },
          { title: '关联时间', dataIndex: 'linkedAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
      {canAct ? (
        <Form form={linkForm} layout="vertical" onFinish={submitLink} style={{ marginTop: 16 }} name="case-record-link">
          <Row gutter={12} align="bottom">
            <Col xs={24} md={11}>
              <Form.Item label="执法记录编号" name="recordId" extra="在“执法记录”中上传入库后复制记录编号">
                <Input maxLength={36} autoComplete="off" placeholder="记录编号（UUID）" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="执法活动" name="activity">
                <Select options={activityOptions} placeholder="请选择" />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item label=" ">
                <Button htmlType="submit" icon={<LinkOutlined />} loading={link.isPending} block>
                  关联
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      ) : null}

      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 8 }}>
        未音像记录的理由
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.avExemptions}
        locale={{ emptyText: '无' }}
        columns={[
          { title: '执法活动', dataIndex: 'activity', render: (v: string) => label(AV_ACTIVITY_LABELS, v) },
          { title: '理由', dataIndex: 'reason' },
          {
            title: '状态',
            dataIndex: 'approved',
            render: (ok: boolean, e) =>
              ok ? (
                <Tag color="green">已批准</Tag>
              ) : isHead && canAct ? (
                <Button
                  size="small"
                  loading={approve.isPending}
                  onClick={() => approve.mutate(e.id, { onError: (err) => showFormError(exForm, err) })}
                >
                  批准
                </Button>
              ) : (
                <Tag color="gold">待批准</Tag>
              ),
          },
        ]}
      />
      {canAct ? (
        <Form
          form={exForm}
          layout="vertical"
          onFinish={submitExemption}
          style={{ marginTop: 16 }}
          name="case-av-exemption"
        >
          <Row gutter={12} align="bottom">
            <Col xs={24} md={7}>
              <Form.Item label="执法活动" name="activity">
                <Select options={activityOptions} placeholder="请选择" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="未音像记录的理由" name="reason">
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item label=" ">
                <Button htmlType="submit" loading={exempt.isPending} block>
                  提交理由
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      ) : null}
    </Card>
  );
}
