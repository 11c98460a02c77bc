import { Button, Flex, Result, Spin, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';
import { isApiError } from './api';
import { useAbility } from './session';

/** The page's one heading, with actions on the right; also sets the document title. */
export function PageHeader({ title, extra, sub }: { title: string; extra?: ReactNode; sub?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · 执法`;
  }, [title]);
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
          {title}
        </Typography.Title>
        {sub ? <Typography.Text type="secondary">{sub}</Typography.Text> : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}

/** A section heading (h2) sized for card titles. */
export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
      {children}
    </Typography.Title>
  );
}

export function Loading({ tip = '正在加载…' }: { tip?: string }) {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin tip={tip} size="large">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}

/** Shows a failed load. "Not found" and "not allowed" look the same, as the server sends them. */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  if (isApiError(error, 'NOT_FOUND') || isApiError(error, 'FORBIDDEN')) {
    return (
      <Result
        status="404"
        title="记录不存在或无权访问"
        subTitle={error.message}
        extra={
          <Link to="/">
            <Button type="primary">返回工作台</Button>
          </Link>
        }
      />
    );
  }
  if (isApiError(error, 'UNAUTHENTICATED')) return <Loading tip="正在跳转到登录页…" />;
  const text = isApiError(error) ? error.message : '加载失败，请稍后重试';
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={text}
      extra={
        retry ? (
          <Button type="primary" onClick={retry}>
            重试
          </Button>
        ) : null
      }
    />
  );
}

export function Forbidden() {
  return (
    <Result
      status="403"
      title="没有访问此页面的权限"
      subTitle="如需使用此功能，请联系安全管理员授予相应角色。"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}

/** Renders children only for users holding `ability` (the server enforces it again on every request). */
export function RequireAbility({ ability, children }: { ability: string; children: ReactNode }) {
  return useAbility(ability) ? children : <Forbidden />;
}

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在，请检查地址是否正确。"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}
