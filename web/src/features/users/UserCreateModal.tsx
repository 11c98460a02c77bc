import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { RoleFields, toGrant } from './RoleFields';

interface CreateValues {
  username: string;
  displayName: string;
  password: string;
  roles?: { role: string; agencyId?: string | null }[];
}

/** 新增用户 → POST /api/users */
export function UserCreateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const [form] = Form.useForm<CreateValues>();
  const create = useMutation({
    mutationFn: (v: CreateValues) =>
      api.post('/api/users', {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        password: v.password,
        roles: (v.roles ?? []).map(toGrant),
      }),
    onSuccess: () => {
      feedback.success('用户已新增');
      form.resetFields();
      onCreated();
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <Modal
      title="新增用户"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={create.isPending}
      width={720}
      destroyOnHidden
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        onFinish={(v) => create.mutate(v)}
        initialValues={{ roles: [] }}
      >
        <Form.Item
          label="用户名"
          name="username"
          rules={[
            { required: true, message: '请填写用户名' },
            {
              pattern: /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/,
              message: '用户名为 3–32 位字母、数字、下划线、点或短横线，以字母开头',
            },
          ]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          rules={[{ required: true, message: '请填写初始密码' }]}
          extra="请通过安全渠道告知用户，并提醒其首次登录后修改密码。"
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 15 }}>
          角色
        </Typography.Title>
        <Form.List name="roles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={12} align="start" wrap>
                  <RoleFields path={[field.name]} listPath={['roles']} inline />
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  >
                    移除
                  </Button>
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                添加角色
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
