import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeviceView } from '@zhifa/contracts';
import { Col, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { DEVICE_TYPE_LABELS, options } from '../../app/labels';
import { useHomeAgencyId, useSession } from '../../app/session';
import { useAgency } from '../agencies/queries';
import { OfficerSelect } from '../records/MetadataFields';
import { deviceKeys } from './queries';

interface DeviceValues {
  agencyId?: string;
  type?: string;
  serialNo?: string;
  model?: string;
  ownerUnitId?: string | null;
  custodianOfficerId?: string | null;
}

/** 登记设备: the device register of REC-AV-MGMT (集中管理). */
export function DeviceFormModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (d: DeviceView) => void;
}) {
  const [form] = Form.useForm<DeviceValues>();
  const queryClient = useQueryClient();
  const session = useSession();
  const homeAgencyId = useHomeAgencyId();
  const agencyId = Form.useWatch('agencyId', form);
  const agency = useAgency(open ? agencyId : null);

  const agencyOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of session.user.roles) if (r.agencyId) seen.set(r.agencyId, r.agencyName ?? r.agencyId);
    return [...seen].map(([value, text]) => ({ value, label: text }));
  }, [session.user.roles]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ agencyId: homeAgencyId });
  }, [open, form, homeAgencyId]);

  const create = useMutation({
    mutationFn: (v: DeviceValues) =>
      api.post<DeviceView>('/api/devices', {
        agencyId: v.agencyId,
        type: v.type,
        serialNo: (v.serialNo ?? '').trim(),
        model: (v.model ?? '').trim(),
        ownerUnitId: v.ownerUnitId ?? null,
        custodianOfficerId: v.custodianOfficerId ?? null,
      }),
    onSuccess: (device) => {
      feedback.success('设备已登记');
      queryClient.invalidateQueries({ queryKey: deviceKeys.all });
      onCreated(device);
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <Modal
      title="登记设备"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="登记"
      confirmLoading={create.isPending}
      width={680}
      forceRender
    >
      <Form<DeviceValues>
        form={form}
        name="device-new"
        layout="vertical"
        onValuesChange={(changed) => {
          if ('agencyId' in changed) form.setFieldsValue({ ownerUnitId: null, custodianOfficerId: null });
        }}
        onFinish={(v) => create.mutate(v)}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="执法主体" name="agencyId" rules={[{ required: true, message: '请选择执法主体' }]}>
              <Select options={agencyOptions} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="设备类型" name="type" rules={[{ required: true, message: '请选择设备类型' }]}>
              <Select options={options(DEVICE_TYPE_LABELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="设备编号"
              name="serialNo"
              rules={[
                { required: true, whitespace: true, message: '请填写设备编号' },
                { pattern: /^[0-9A-Za-z_-]{3,40}$/, message: '设备编号应为 3–40 位字母、数字、下划线或短横线' },
              ]}
            >
              <Input maxLength={40} placeholder="如：ZFJLY-2026-001" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="型号" name="model">
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="所属内设机构" name="ownerUnitId">
              <Select
                allowClear
                disabled={!agencyId}
                loading={agency.isFetching}
                placeholder="可选"
                options={(agency.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="保管人" name="custodianOfficerId">
              <OfficerSelect agencyId={agencyId} placeholder="可选" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
