import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Select } from 'antd';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { options, UNIT_KIND_LABELS } from '../../app/labels';
import { agencyKeys } from './queries';

interface UnitValues {
  name: string;
  kind: 'ENFORCEMENT' | 'LEGAL_REVIEW' | 'OFFICE' | 'OTHER';
  phone?: string;
}

/** 新增内设机构 → POST /api/agencies/:id/units */
export function UnitModal({ open, agencyId, onClose }: { open: boolean; agencyId: string; onClose: () => void }) {
  const [form] = Form.useForm<UnitValues>();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (v: UnitValues) =>
      api.post(`/api/agencies/${agencyId}/units`, { name: v.name, kind: v.kind, phone: v.phone ?? '' }),
    onSuccess: () => {
      feedback.success('内设机构已新增');
      queryClient.invalidateQueries({ queryKey: agencyKeys.detail(agencyId) });
      form.resetFields();
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <Modal
      title="新增内设机构"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<UnitValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'ENFORCEMENT' }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item
          label="机构名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请填写机构名称' }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label="机构类别" name="kind" rules={[{ required: true, message: '请选择机构类别' }]}>
          <Select options={options(UNIT_KIND_LABELS)} />
        </Form.Item>
        <Form.Item label="电话" name="phone">
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
