import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@zhifa/contracts';
import { Alert, Button, Card, Flex, Form, Input, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, isApiError, setCsrfToken } from '../../app/api';
import { toNamePath } from '../../app/feedback';
import { DEMO_BANNER } from '../../app/Shell';
import { type MetaInfo, sessionKey, useMeta, useSessionQuery } from '../../app/session';

interface LoginValues {
  username: string;
  password: string;
}

/** Only same-app paths, never another origin. */
function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

export function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const timedOut = params.get('reason') === 'timeout';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LoginValues>();
  const [error, setError] = useState<string | null>(null);
  const meta = useMeta();
  const session = useSessionQuery();

  useEffect(() => {
    document.title = '登录 · 执法';
  }, []);

  const login = useMutation({
    mutationFn: (values: LoginValues) =>
      api.post<SessionInfo>('/api/auth/login', values, { allowUnauthenticated: true }),
    onSuccess: (info) => {
      setCsrfToken(info.csrfToken);
      queryClient.setQueryData(sessionKey, info);
      navigate(next, { replace: true });
    },
    onError: (e) => {
      setError(isApiError(e) ? e.message : '登录失败，请稍后重试');
      if (isApiError(e) && e.fields.length > 0) {
        form.setFields(e.fields.map((f) => ({ name: toNamePath(f.path) as [keyof LoginValues], errors: [f.message] })));
      }
    },
  });

  if (session.data) return <Navigate to={next} replace />;

  const demo = meta.data?.mode === 'demo';

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: '#f0f4fa' }}>
      {demo ? <Alert banner type="warning" showIcon title={DEMO_BANNER} style={{ width: '100%' }} /> : null}
      <main style={{ width: '100%', maxWidth: 760, padding: '48px 16px' }}>
        <Flex vertical align="center" gap={8} style={{ marginBottom: 24 }}>
          <SafetyCertificateOutlined style={{ fontSize: 40, color: '#1f5fbf' }} />
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
            行政执法综合管理平台
          </Typography.Title>
          <Typography.Text type="secondary">执法 · 工作人员登录</Typography.Text>
        </Flex>
        <Card title="登录" style={{ maxWidth: 420, margin: '0 auto' }}>
          {timedOut ? <Alert type="info" showIcon title="会话已超时，请重新登录" style={{ marginBottom: 16 }} /> : null}
          {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} /> : null}
          <Form<LoginValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => {
              setError(null);
              login.mutate(values);
            }}
          >
            <Form.Item
              label="用户名"
              name="username"
              rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              登录
            </Button>
          </Form>
        </Card>
        {demo && meta.data ? (
          <DemoAccounts
            accounts={meta.data.demoAccounts}
            onPick={(a) => {
              form.setFieldsValue({ username: a.username, password: a.password });
              setError(null);
            }}
          />
        ) : null}
      </main>
    </Flex>
  );
}

type DemoAccount = MetaInfo['demoAccounts'][number];

function DemoAccounts({ accounts, onPick }: { accounts: DemoAccount[]; onPick: (a: DemoAccount) => void }) {
  return (
    <Card title="演示账户" style={{ marginTop: 24 }}>
      <Typography.Paragraph type="secondary">点击一行即可填入用户名和密码。</Typography.Paragraph>
      <Table<DemoAccount>
        size="small"
        rowKey="username"
        pagination={false}
        dataSource={accounts}
        onRow={(a) => ({ onClick: () => onPick(a), style: { cursor: 'pointer' } })}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '密码', dataIndex: 'password' },
          { title: '角色', dataIndex: 'roleLabel' },
          { title: '所属机构', dataIndex: 'agencyName', render: (v: string) => v || '—' },
          {
            title: '操作',
            key: 'pick',
            render: (_: unknown, a) => (
              <Button
                size="small"
                type="link"
                onClick={(e) => {
                  e.stopPropagation();
                  onPick(a);
                }}
              >
                填入
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
