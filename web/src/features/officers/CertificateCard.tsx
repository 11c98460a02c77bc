import { SwapOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CertificateView } from '@zhifa/contracts';
import { Button, Card, Col, Descriptions, Flex, Form, Input, Modal, Row, Select, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import {
  CATEGORY_LABELS,
  CERTIFICATE_ACTION_LABELS,
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_TYPE_LABELS,
  label,
} from '../../app/labels';
import { useRegionNames } from '../agencies/queries';
import { officerKeys } from './queries';
import { CertificateStatusTag } from './tags';

export function CertificateCard({ officerId, certificate: c }: { officerId: string; certificate: CertificateView }) {
  const regionName = useRegionNames();
  const [changing, setChanging] = useState(false);

  return (
    <Card
      type="inner"
      title={
        <Flex gap={8} align="center" wrap>
          <span>证件编号 {c.number}</span>
          <CertificateStatusTag status={c.displayStatus} />
        </Flex>
      }
      extra={
        c.abilities.changeStatus && c.abilities.allowedActions.length > 0 ? (
          <Button icon={<SwapOutlined />} onClick={() => setChanging(true)}>
            变更状态
          </Button>
        ) : null
      }
    >
      <Row gutter={24}>
        <Col xs={24} lg={16}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'type', label: '证件类型', children: label(CERTIFICATE_TYPE_LABELS, c.type) },
              { key: 'issuer', label: '发证机关', children: c.issuer },
              { key: 'issuedOn', label: '发证日期', children: c.issuedOn },
              { key: 'validity', label: '有效期', children: `${c.validFrom} 至 ${c.validUntil}` },
              {
                key: 'categories',
                label: '执法类别',
                children: c.categories.map((x) => label(CATEGORY_LABELS, x)).join('、') || '—',
              },
              { key: 'regions', label: '执法区域', children: c.regions.map(regionName).join('、') || '—' },
            ]}
          />
          <Typography.Title level={3} style={{ fontSize: 14, marginTop: 16 }}>
            变更记录
          </Typography.Title>
          {c.events.length === 0 ? (
            <Typography.Text type="secondary">暂无记录</Typography.Text>
          ) : (
            <Timeline
              items={c.events.map((e) => ({
                key: e.id,
                content: (
                  <>
                    <Typography.Text strong>{label(CERTIFICATE_ACTION_LABELS, e.action)}</Typography.Text>{' '}
                    <Typography.Text>
                      {e.fromStatus ? `${label(CERTIFICATE_STATUS_LABELS, e.fromStatus)} → ` : ''}
                      {label(CERTIFICATE_STATUS_LABELS, e.toStatus)}
                    </Typography.Text>
                    <div>原因：{e.reason || '—'}</div>
                    <Typography.Text type="secondary">
                      {e.actorName ?? '系统'} · {formatDateTime(e.occurredAt)}
                    </Typography.Text>
                  </>
                ),
              }))}
            />
          )}
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical align="center" gap={8}>
            <img
              src={`data:image/svg+xml;utf8,${encodeURIComponent(c.qrSvg)}`}
              alt="证件核验二维码"
              width={160}
              height={160}
            />
            <a href={c.publicCheckUrl} target="_blank" rel="noreferrer">
              公开核验页面
            </a>
          </Flex>
        </Col>
      </Row>
      <StatusChangeModal open={changing} officerId={officerId} certificate={c} onClose={() => setChanging(false)} />
    </Card>
  );
}

interface StatusValues {
  action: string;
  reason: string;
}

function StatusChangeModal({
  open,
  officerId,
  certificate,
  onClose,
}: {
  open: boolean;
  officerId: string;
  certificate: CertificateView;
  onClose: () => void;
}) {
  const [form] = Form.useForm<StatusValues>();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (v: StatusValues) =>
      api.post(`/api/certificates/${certificate.id}/status`, { action: v.action, reason: v.reason.trim() }),
    onSuccess: () => {
      feedback.success('证件状态已变更');
      queryClient.invalidateQueries({ queryKey: officerKeys.detail(officerId) });
      queryClient.invalidateQueries({ queryKey: ['officers', 'list'] });
      form.resetFields();
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <Modal
      title={`变更证件状态：${certificate.number}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认变更"
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Form<StatusValues> form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
        <Form.Item label="操作" name="action" rules={[{ required: true, message: '请选择操作' }]}>
          <Select
            options={certificate.abilities.allowedActions.map((a) => ({
              value: a,
              label: label(CERTIFICATE_ACTION_LABELS, a),
            }))}
          />
        </Form.Item>
        <Form.Item
          label="原因"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请填写变更原因' },
            { max: 500, message: '变更原因不能超过 500 个字' },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
