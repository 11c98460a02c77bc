import { useMutation } from '@tanstack/react-query';
import type { UserView } from '@zhifa/contracts';
import { Form, Input, Modal } from 'antd';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { RoleFields, toGrant } from './RoleFields';

/** 授予角色 → POST /api/users/:id/roles */
export function GrantRoleModal({
  user,
  onClose,
  onDone,
}: {
  user: UserView | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ role: string; agencyId?: string | null }>();
  const grant = useMutation({
    mutationFn: (v: { role: string; agencyId?: string | null }) => api.post(`/api/users/${user?.id}/roles`, toGrant(v)),
    onSuccess: () => {
      feedback.success('角色已授予');
      form.resetFields();
      onDone();
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title={`授予角色：${user?.displayName ?? ''}`}
      open={Boolean(user)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="授予"
      confirmLoading={grant.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => grant.mutate(v)}>
        <RoleFields path={[]} />
      </Form>
    </Modal>
  );
}

interface ResetValues {
  password: string;
  confirm: string;
}

/** 重置密码 → POST /api/users/:id/password */
export function ResetPasswordModal({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const [form] = Form.useForm<ResetValues>();
  const reset = useMutation({
    mutationFn: (v: ResetValues) => api.post(`/api/users/${user?.id}/password`, { password: v.password }),
    onSuccess: () => {
      feedback.success('密码已重置');
      form.resetFields();
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title={`重置密码：${user?.displayName ?? ''}`}
      open={Boolean(user)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="重置"
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Form<ResetValues> form={form} layout="vertical" onFinish={(v) => reset.mutate(v)}>
        <Form.Item label="新密码" name="password" rules={[{ required: true, message: '请填写新密码' }]}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || v === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
