import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeviceView } from '@zhifa/contracts';
import { Button, Descriptions, Drawer, Flex, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { LoadError, Loading } from '../../app/components';
import { feedback, showFormError } from '../../app/feedback';
import { formatDateTime, text } from '../../app/format';
import { DEVICE_STATUS_COLORS, DEVICE_STATUS_LABELS, DEVICE_TYPE_LABELS, label } from '../../app/labels';
import { OfficerSelect } from '../records/MetadataFields';
import { deviceKeys, useDevice } from './queries';

type Loan = DeviceView['loans'][number];

function CheckoutModal({ device, open, onClose }: { device: DeviceView; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ officerId?: string; purpose?: string }>();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const checkout = useMutation({
    mutationFn: (v: { officerId?: string; purpose?: string }) =>
      api.post(`/api/devices/${device.id}/checkout`, { officerId: v.officerId, purpose: (v.purpose ?? '').trim() }),
    onSuccess: () => {
      feedback.success('已登记领用');
      queryClient.invalidateQueries({ queryKey: deviceKeys.all });
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title={`领用设备：${device.serialNo}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认领用"
      confirmLoading={checkout.isPending}
      forceRender
    >
      <Typography.Paragraph type="secondary">
        领用前请检查设备电量、存储空间和系统日期时间是否准确。
      </Typography.Paragraph>
      <Form form={form} name="device-checkout" layout="vertical" onFinish={(v) => checkout.mutate(v)}>
        <Form.Item label="领用人" name="officerId" rules={[{ required: true, message: '请选择领用人' }]}>
          <OfficerSelect agencyId={device.agencyId} placeholder="请选择执法人员" />
        </Form.Item>
        <Form.Item label="用途" name="purpose" rules={[{ required: true, whitespace: true, message: '请填写用途' }]}>
          <Input maxLength={200} placeholder="如：某超市食品安全现场检查" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReturnModal({ device, open, onClose }: { device: DeviceView; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ note?: string }>();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const giveBack = useMutation({
    mutationFn: (v: { note?: string }) => api.post(`/api/devices/${device.id}/return`, { note: (v.note ?? '').trim() }),
    onSuccess: () => {
      feedback.success('已登记归还');
      queryClient.invalidateQueries({ queryKey: deviceKeys.all });
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title={`归还设备：${device.serialNo}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认归还"
      confirmLoading={giveBack.isPending}
      forceRender
    >
      <Form form={form} name="device-return" layout="vertical" onFinish={(v) => giveBack.mutate(v)}>
        <Form.Item label="归还说明" name="note">
          <Input.TextArea rows={2} maxLength={200} placeholder="如：设备完好，音像资料已上传" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A device with its use ledger (REC-AV-MGMT: who took it, when, returned when). */
export function DeviceDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const device = useDevice(id);
  const [dialog, setDialog] = useState<'checkout' | 'return' | null>(null);
  const d = device.data;
  return (
    <Drawer
      title={d ? `设备 ${d.serialNo}` : '设备详情'}
      open={Boolean(id)}
      onClose={onClose}
      size="large"
      extra={
        d?.abilities.manage ? (
          <Flex gap={8}>
            {d.status === 'AVAILABLE' ? (
              <Button type="primary" onClick={() => setDialog('checkout')}>
                领用
              </Button>
            ) : null}
            {d.status === 'CHECKED_OUT' ? <Button onClick={() => setDialog('return')}>归还</Button> : null}
          </Flex>
        ) : null
      }
    >
      {device.isPending && id ? <Loading /> : null}
      {device.isError ? <LoadError error={device.error} retry={() => device.refetch()} /> : null}
      {d ? (
        <>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'type', label: '设备类型', children: label(DEVICE_TYPE_LABELS, d.type) },
              { key: 'serial', label: '设备编号', children: d.serialNo },
              { key: 'model', label: '型号', children: text(d.model) },
              { key: 'agency', label: '执法主体', children: d.agencyName },
              { key: 'unit', label: '所属内设机构', children: text(d.ownerUnitName) },
              { key: 'custodian', label: '保管人', children: text(d.custodianName) },
              {
                key: 'status',
                label: '状态',
                children: <Tag color={DEVICE_STATUS_COLORS[d.status]}>{label(DEVICE_STATUS_LABELS, d.status)}</Tag>,
              },
              ...(d.currentLoan
                ? [
                    {
                      key: 'loan',
                      label: '当前领用',
                      children: `${d.currentLoan.officerName}，${formatDateTime(d.currentLoan.checkedOutAt)} 领用，用途：${d.currentLoan.purpose}`,
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Title level={3} style={{ fontSize: 15, marginTop: 24 }}>
            使用台账
          </Typography.Title>
          <Table<Loan>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.loans}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '暂无领用记录' }}
            columns={[
              { title: '领用人', dataIndex: 'officerName' },
              { title: '用途', dataIndex: 'purpose' },
              {
                title: '领用时间',
                dataIndex: 'checkedOutAt',
                render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
              },
              {
                title: '归还时间',
                dataIndex: 'returnedAt',
                render: (v: string | null) =>
                  v ? (
                    <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>
                  ) : (
                    <Tag color="blue">未归还</Tag>
                  ),
              },
              { title: '归还说明', dataIndex: 'returnNote', render: (v: string | null) => v || '—' },
            ]}
          />
          <CheckoutModal device={d} open={dialog === 'checkout'} onClose={() => setDialog(null)} />
          <ReturnModal device={d} open={dialog === 'return'} onClose={() => setDialog(null)} />
        </>
      ) : null}
    </Drawer>
  );
}
