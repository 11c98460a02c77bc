import { Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../app/components';
import { label, ROLE_LABELS } from '../../app/labels';
import { visibleMenu } from '../../app/menus';
import { useSession } from '../../app/session';

export function HomePage() {
  const { user } = useSession();
  const links = visibleMenu(user.abilities).filter((m) => m.path !== '/');

  return (
    <>
      <PageHeader title="工作台" />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ marginTop: 0, fontSize: 18 }}>
          欢迎，{user.displayName}
        </Typography.Title>
        <Typography.Paragraph type="secondary">用户名：{user.username}</Typography.Paragraph>
        <Typography.Text strong>我的角色：</Typography.Text>
        {user.roles.length === 0 ? (
          <Typography.Text type="secondary">尚未授予角色，请联系安全管理员。</Typography.Text>
        ) : (
          <Flex wrap gap={8} style={{ marginTop: 8 }}>
            {user.roles.map((r) => (
              <Tag key={r.id} color="blue">
                {label(ROLE_LABELS, r.role)}
                {r.agencyName ? ` @ ${r.agencyName}` : ''}
              </Tag>
            ))}
          </Flex>
        )}
      </Card>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        常用入口
      </Typography.Title>
      {links.length === 0 ? (
        <Empty description="暂无可用功能" />
      ) : (
        <Row gutter={[16, 16]}>
          {links.map((m) => (
            <Col key={m.path} xs={24} sm={12} lg={8}>
              <Link to={m.path}>
                <Card hoverable>
                  <Card.Meta
                    avatar={<span style={{ fontSize: 24 }}>{m.icon}</span>}
                    title={m.label}
                    description={m.description}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
