import { LogoutOutlined, MenuOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Grid, Layout, Menu, Result, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { api, isApiError, lastServerActivity, setCsrfToken } from './api';
import { LoadError, Loading } from './components';
import { selectedMenuKey, visibleMenu } from './menus';
import { SessionProvider, sessionKey, useSessionQuery } from './session';

export const DEMO_BANNER = '演示环境：所有数据均为虚构，请勿录入真实个人信息';

export function SetupRequired({ message }: { message: string }) {
  return (
    <Result
      status="warning"
      title="系统尚未完成初始化"
      subTitle={message || '请系统管理员按照部署文档完成初始化后再访问。'}
    />
  );
}

/** The signed-in frame: demo banner, header with the user and sign-out, the menu built from abilities. */
export function Shell() {
  const location = useLocation();
  const sessionQuery = useSessionQuery();

  if (sessionQuery.isPending) return <Loading tip="正在验证登录状态…" />;
  if (sessionQuery.isError) {
    if (isApiError(sessionQuery.error, 'SETUP_REQUIRED')) return <SetupRequired message={sessionQuery.error.message} />;
    return <LoadError error={sessionQuery.error} retry={() => sessionQuery.refetch()} />;
  }
  const session = sessionQuery.data;
  if (!session) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }

  return (
    <SessionProvider value={session}>
      <Frame
        demo={session.mode === 'demo'}
        displayName={session.user.displayName}
        abilities={session.user.abilities}
        idleMinutes={session.idleMinutes}
      />
    </SessionProvider>
  );
}

/**
 * The server ends a session after `idleMinutes` without requests. Once that long has passed with no request,
 * ask the server: a 401 takes the user to the sign-in page with 会话已超时 instead of waiting for a click.
 */
function useIdleCheck(idleMinutes: number) {
  useEffect(() => {
    if (!idleMinutes || idleMinutes <= 0) return;
    const limit = idleMinutes * 60_000 + 5_000;
    const timer = window.setInterval(() => {
      if (Date.now() - lastServerActivity() > limit) api.get('/api/auth/session').catch(() => undefined);
    }, 30_000);
    return () => window.clearInterval(timer);
  }, [idleMinutes]);
}

function Frame({
  demo,
  displayName,
  abilities,
  idleMinutes,
}: {
  demo: boolean;
  displayName: string;
  abilities: string[];
  idleMinutes: number;
}) {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();
  // On a phone (on-the-spot penalties) the menu folds away to the left edge and opens over the page.
  const narrow = Grid.useBreakpoint().md === false;
  const entries = visibleMenu(abilities);
  useIdleCheck(idleMinutes);

  const logout = useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      navigate('/login', { replace: true });
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {demo ? <Alert banner type="warning" showIcon title={DEMO_BANNER} role="alert" /> : null}
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: narrow ? 12 : 24,
        }}
      >
        <Flex align="center" gap={8}>
          {narrow ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={collapsed ? '展开菜单' : '收起菜单'}
              aria-expanded={!collapsed}
              onClick={() => setCollapsed(!collapsed)}
            />
          ) : null}
          <Link to="/" style={{ color: token.colorText }}>
            <Flex align="center" gap={8}>
              <SafetyCertificateOutlined style={{ fontSize: 22, color: token.colorPrimary }} />
              <Typography.Text strong style={{ fontSize: 17 }}>
                {narrow ? '执法' : '执法 · 行政执法综合管理平台'}
              </Typography.Text>
            </Flex>
          </Link>
        </Flex>
        <Flex align="center" gap={narrow ? 8 : 16}>
          <Typography.Text ellipsis style={{ maxWidth: narrow ? 120 : undefined }}>
            <UserOutlined /> {displayName}
          </Typography.Text>
          <Button
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() => logout.mutate()}
            aria-label={narrow ? '退出登录' : undefined}
          >
            {narrow ? null : '退出登录'}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout style={{ position: 'relative' }}>
        <Layout.Sider
          theme="light"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="md"
          onBreakpoint={setCollapsed}
          collapsedWidth={narrow ? 0 : 80}
          trigger={narrow ? null : undefined}
          width={200}
          style={{
            borderRight: `1px solid ${token.colorBorderSecondary}`,
            ...(narrow ? { position: 'absolute', zIndex: 100, height: '100%', insetInlineStart: 0 } : {}),
          }}
        >
          <nav aria-label="主菜单">
            <Menu
              mode="inline"
              selectedKeys={[selectedMenuKey(location.pathname, entries)]}
              items={entries.map((m) => ({ key: m.path, icon: m.icon, label: <Link to={m.path}>{m.label}</Link> }))}
              onClick={() => narrow && setCollapsed(true)}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
