import {
  AuditOutlined,
  DeleteOutlined,
  EditOutlined,
  ExportOutlined,
  SafetyOutlined,
  ShareAltOutlined,
} from '@ant-design/icons';
import type { RecordDetail } from '@zhifa/contracts';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api';
import { LoadError, Loading, PageHeader, SectionTitle } from '../../app/components';
import { formatDateTime } from '../../app/format';
import {
  DISPOSAL_STATUS_LABELS,
  label,
  OWNER_TYPE_LABELS,
  RECORD_KIND_LABELS,
  RETENTION_CLASS_LABELS,
} from '../../app/labels';
import { Digest } from './Digest';
import { formatBytes } from './format';
import { needsAccessReason, useRecord, withReason } from './queries';
import { RecordFiles } from './RecordFiles';
import { CustodyTimeline, RecordMetadata, RecordVersions } from './RecordHistory';
import { DisposalDecisionModal, EditMetadataModal, ReasonModal } from './RecordModals';
import { IntegrityTag, LegalHoldTag, RestrictedTag } from './tags';

type Dialog = 'edit' | 'hold' | 'dispose' | 'decide' | 'share' | null;

/** A restricted record is shown only after the reader states why (the reason goes into the access register). */
function AccessReasonForm({ onSubmit }: { onSubmit: (reason: string) => void }) {
  return (
    <Card style={{ maxWidth: 560, margin: '48px auto' }} title={<SectionTitle>调阅受限记录</SectionTitle>}>
      <Typography.Paragraph type="secondary">
        本记录为受限调阅记录。请说明调阅理由，理由将与您的姓名、时间和 IP 地址一并记入调阅登记。
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={(v: { reason: string }) => onSubmit(v.reason.trim())}>
        <Form.Item
          label="调阅理由"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写调阅理由' }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          确认调阅
        </Button>
      </Form>
    </Card>
  );
}

function Tombstone({ record }: { record: RecordDetail }) {
  const t = record.tombstone;
  if (!t) return null;
  return (
    <Card title={<SectionTitle>处置记录（墓碑）</SectionTitle>} style={{ marginTop: 16 }}>
      <Alert
        type="warning"
        showIcon
        title={`本记录已于 ${formatDateTime(t.disposedAt)} 经审批处置，文件已删除`}
        description={`处置原因：${t.reason}。以下摘要永久保留，可用于核对曾经存在的文件。`}
        style={{ marginBottom: 16 }}
      />
      <Table
        rowKey={(f) => f.sha256}
        size="small"
        pagination={false}
        dataSource={t.files}
        columns={[
          {
            title: '摘要',
            key: 'd',
            render: (_: unknown, f) => (
              <Flex vertical gap={2}>
                <Digest label="SM3" value={f.sm3} />
                <Digest label="SHA-256" value={f.sha256} />
              </Flex>
            ),
          },
          { title: '大小', dataIndex: 'size', align: 'right', render: (v: number) => formatBytes(v) },
        ]}
      />
    </Card>
  );
}

function IntegritySummary({ record }: { record: RecordDetail }) {
  const bad = record.files.filter((f) => f.fixityStatus === 'MISMATCH' || f.fixityStatus === 'MISSING');
  if (record.integrity === 'MISMATCH' || bad.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        title={`完整性核验异常：记录 ${record.id}`}
        description={`以下文件与入库时的摘要不一致或已缺失：${bad.map((f) => f.originalName).join('、') || '见文件列表'}。请立即报告系统管理员并保全现场。`}
      />
    );
  }
  if (record.integrity === 'OK') {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        title="完整性核验通过：全部文件与入库时的 SM3 / SHA-256 摘要一致"
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title="入库时已计算 SM3 / SHA-256 摘要；文件尚待定期完整性核验（系统按计划重新计算摘要并比对）"
    />
  );
}

export function RecordDetailPage() {
  const { id = '' } = useParams();
  const [reason, setReason] = useState('');
  const record = useRecord(id, reason);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (record.isPending) return <Loading />;
  if (record.isError) {
    if (needsAccessReason(record.error)) {
      return (
        <>
          <PageHeader title="执法记录" />
          <AccessReasonForm onSubmit={setReason} />
        </>
      );
    }
    return <LoadError error={record.error} retry={() => record.refetch()} />;
  }
  const r = record.data;
  const disposed = r.status === 'DISPOSED';
  const pending = r.disposal && r.disposal.status === 'PENDING' ? r.disposal : null;
  const close = () => setDialog(null);
  const base = `/api/records/${encodeURIComponent(r.id)}`;

  return (
    <>
      <PageHeader
        title={r.title}
        sub={
          <>
            {label(RECORD_KIND_LABELS, r.kind)} · {r.agencyName} · {label(OWNER_TYPE_LABELS, r.ownerType)} {r.ownerId}
          </>
        }
        extra={
          disposed ? null : (
            <>
              {r.abilities.editMetadata ? (
                <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                  修改元数据
                </Button>
              ) : null}
              {r.abilities.exportPackage ? (
                <Button icon={<ExportOutlined />} href={withReason(`${base}/evidence-package`, reason)} download>
                  导出电子证据包
                </Button>
              ) : null}
              <Button icon={<ShareAltOutlined />} onClick={() => setDialog('share')}>
                共享登记
              </Button>
              {r.abilities.setLegalHold ? (
                <Button icon={<SafetyOutlined />} onClick={() => setDialog('hold')}>
                  {r.legalHold ? '解除诉讼保全' : '诉讼保全'}
                </Button>
              ) : null}
              {r.abilities.requestDisposal && !pending ? (
                <Button danger icon={<DeleteOutlined />} onClick={() => setDialog('dispose')}>
                  申请处置
                </Button>
              ) : null}
              {r.abilities.approveDisposal && pending ? (
                <Button danger icon={<AuditOutlined />} onClick={() => setDialog('decide')}>
                  审批处置
                </Button>
              ) : null}
            </>
          )
        }
      />
      {disposed ? null : <IntegritySummary record={r} />}
      {pending ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`处置申请${label(DISPOSAL_STATUS_LABELS, pending.status)}：${pending.requestedByName} 于 ${formatDateTime(pending.requestedAt)} 申请`}
          description={`处置原因：${pending.reason}。须由申请人以外的人员审批。`}
        />
      ) : null}
      <Card title={<SectionTitle>基本信息</SectionTitle>}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'id', label: '记录编号', children: <Typography.Text copyable>{r.id}</Typography.Text> },
            { key: 'kind', label: '类别', children: label(RECORD_KIND_LABELS, r.kind) },
            { key: 'agency', label: '执法主体', children: r.agencyName },
            {
              key: 'owner',
              label: '所属对象',
              children: (
                <Link to={`/records?ownerType=${r.ownerType}&ownerId=${encodeURIComponent(r.ownerId)}`}>
                  {label(OWNER_TYPE_LABELS, r.ownerType)} {r.ownerId}
                </Link>
              ),
            },
            { key: 'retention', label: '保管期限', children: label(RETENTION_CLASS_LABELS, r.retentionClass) },
            { key: 'until', label: '保管至', children: r.retainUntil ? r.retainUntil.slice(0, 10) : '随案保存或永久' },
            { key: 'public', label: '公开属性', children: r.isPublic ? '公开' : '不公开' },
            {
              key: 'flags',
              label: '状态',
              children: (
                <Flex gap={4} wrap>
                  {disposed ? <Tag>已处置</Tag> : <IntegrityTag integrity={r.integrity} />}
                  {r.legalHold ? <LegalHoldTag /> : null}
                  {r.restricted ? <RestrictedTag /> : null}
                </Flex>
              ),
            },
            { key: 'created', label: '入库时间', children: formatDateTime(r.createdAt) },
            ...(r.legalHold
              ? [{ key: 'hold', label: '诉讼保全原因', children: r.legalHoldReason ?? '—', span: 3 }]
              : []),
          ]}
        />
      </Card>
      {disposed ? <Tombstone record={r} /> : <RecordFiles record={r} reason={reason} />}
      <RecordMetadata record={r} />
      <RecordVersions record={r} />
      <CustodyTimeline record={r} />

      <EditMetadataModal open={dialog === 'edit'} onClose={close} record={r} />
      <DisposalDecisionModal open={dialog === 'decide'} onClose={close} record={r} />
      <ReasonModal
        open={dialog === 'hold'}
        onClose={close}
        record={r}
        title={r.legalHold ? '解除诉讼保全' : '设置诉讼保全'}
        okText={r.legalHold ? '解除' : '设置'}
        reasonLabel="原因"
        description={r.legalHold ? undefined : '诉讼保全期间，记录不得处置。'}
        send={(v) => api.post(`${base}/legal-hold`, { hold: !r.legalHold, reason: v.reason })}
        done={r.legalHold ? '已解除诉讼保全' : '已设置诉讼保全'}
        formName="legal-hold"
      />
      <ReasonModal
        open={dialog === 'dispose'}
        onClose={close}
        record={r}
        title="申请处置"
        okText="提交申请"
        reasonLabel="处置原因"
        danger
        description="处置（销毁）须经申请人以外的人员审批；批准后仅保留文件摘要、处置原因与时间。"
        send={(v) => api.post(`${base}/disposal`, { reason: v.reason })}
        done="处置申请已提交，等待审批"
        formName="disposal-request"
      />
      <ReasonModal
        open={dialog === 'share'}
        onClose={close}
        record={r}
        title="共享登记"
        okText="登记"
        reasonLabel="共享理由"
        withRecipient
        description="向其他机关或人员提供本记录时，登记共享对象与理由，记入保管链。"
        send={(v) => api.post(`${base}/share`, { to: v.to, reason: v.reason })}
        done="已登记共享"
        formName="share"
      />
    </>
  );
}
