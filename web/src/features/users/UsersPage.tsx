import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged, UserView } from '@zhifa/contracts';
import { Button, Card, Flex, Form, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, queryString } from '../../app/api';
import { LoadError, PageHeader } from '../../app/components';
import { feedback, showError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { label, ROLE_LABELS } from '../../app/labels';
import { GrantRoleModal, ResetPasswordModal } from './UserActionModals';
import { UserCreateModal } from './UserCreateModal';

export const userKeys = { all: ['users'] as const };

export function UsersPage() {
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<UserView | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);

  const users = useQuery({
    queryKey: [...userKeys.all, q, page, pageSize],
    queryFn: () => api.get<Paged<UserView>>(`/api/users${queryString({ q, page, pageSize })}`),
    placeholderData: keepPreviousData,
  });

  const refresh = () => queryClient.invalidateQueries({ queryKey: userKeys.all });
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onError: showError,
  });
  const run = (fn: () => Promise<unknown>, done: string) =>
    act.mutateAsync(fn).then(
      () => {
        feedback.success(done);
        refresh();
      },
      () => undefined,
    );

  const toggleStatus = (u: UserView) => {
    const status = u.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE';
    const verb = status === 'DISABLED' ? '停用' : '启用';
    feedback.confirm({
      title: `确定${verb}用户“${u.displayName}”吗？`,
      content: status === 'DISABLED' ? '停用后该用户将无法登录，已有会话随即失效。' : undefined,
      danger: status === 'DISABLED',
      okText: verb,
      onOk: () => run(() => api.patch(`/api/users/${u.id}`, { status }), `已${verb}`),
    });
  };

  const removeRole = (u: UserView, grant: UserView['roles'][number]) => {
    const text = `${label(ROLE_LABELS, grant.role)}${grant.agencyName ? ` @ ${grant.agencyName}` : ''}`;
    feedback.confirm({
      title: `确定撤销“${u.displayName}”的角色“${text}”吗？`,
      danger: true,
      okText: '撤销',
      onOk: () => run(() => api.delete(`/api/users/${u.id}/roles/${grant.id}`), '角色已撤销'),
    });
  };

  return (
    <>
      <PageHeader
        title="用户与角色"
        sub="账户管理与角色授予；系统、安全、审计三类管理员相互分立"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新增用户
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline">
          <Form.Item label="关键字" htmlFor="users-q">
            <Input.Search
              id="users-q"
              allowClear
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(v) => {
                setQ(v.trim());
                setPage(1);
              }}
              placeholder="用户名或姓名"
              enterButton="查询"
              style={{ width: 320 }}
            />
          </Form.Item>
        </Form>
      </Card>
      {users.isError ? (
        <LoadError error={users.error} retry={() => users.refetch()} />
      ) : (
        <Card>
          <Table<UserView>
            rowKey="id"
            loading={users.isFetching}
            dataSource={users.data?.items ?? []}
            scroll={{ x: 1200 }}
            pagination={{
              current: page,
              pageSize,
              total: users.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (t) => `共 ${t} 个用户`,
              onChange: (p, ps) => {
                setPage(p);
                setPageSize(ps);
              },
            }}
            columns={[
              { title: '用户名', dataIndex: 'username' },
              { title: '姓名', dataIndex: 'displayName' },
              {
                title: '状态',
                key: 'status',
                render: (_: unknown, u) => (
                  <Flex gap={4} wrap>
                    {u.status === 'ACTIVE' ? <Tag color="green">启用</Tag> : <Tag color="default">停用</Tag>}
                    {u.locked ? (
                      <Tag color="red" title={u.lockedUntil ? `锁定至 ${formatDateTime(u.lockedUntil)}` : undefined}>
                        已锁定
                      </Tag>
                    ) : null}
                  </Flex>
                ),
              },
              {
                title: '角色',
                key: 'roles',
                width: 340,
                render: (_: unknown, u) =>
                  u.roles.length === 0 ? (
                    '—'
                  ) : (
                    <Flex gap={4} wrap>
                      {u.roles.map((g) => (
                        <Tag
                          key={g.id}
                          color="blue"
                          style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
                          closable={{ 'aria-label': '撤销此角色' }}
                          onClose={(e) => {
                            e.preventDefault();
                            removeRole(u, g);
                          }}
                        >
                          {label(ROLE_LABELS, g.role)}
                          {g.agencyName ? ` @ ${g.agencyName}` : ''}
                        </Tag>
                      ))}
                    </Flex>
                  ),
              },
              { title: '最近登录', dataIndex: 'lastLoginAt', render: (v: string | null) => formatDateTime(v) },
              {
                title: '操作',
                key: 'actions',
                fixed: 'right',
                width: 200,
                render: (_: unknown, u) => (
                  <Flex gap={4} wrap>
                    <Button size="small" onClick={() => setGranting(u)}>
                      授予角色
                    </Button>
                    <Button size="small" danger={u.status === 'ACTIVE'} onClick={() => toggleStatus(u)}>
                      {u.status === 'ACTIVE' ? '停用' : '启用'}
                    </Button>
                    {u.locked ? (
                      <Button
                        size="small"
                        onClick={() => run(() => api.post(`/api/users/${u.id}/unlock`), '已解除锁定')}
                      >
                        解除锁定
                      </Button>
                    ) : null}
                    <Button size="small" onClick={() => setResetting(u)}>
                      重置密码
                    </Button>
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      )}
      <UserCreateModal open={creating} onClose={() => setCreating(false)} onCreated={refresh} />
      <GrantRoleModal user={granting} onClose={() => setGranting(null)} onDone={refresh} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
