import type { CaseActionView, CaseDetail } from '@zhifa/contracts';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { SectionTitle } from '../../app/components';
import { useAbility } from '../../app/session';
import { ReasonLine } from './Refusal';

/**
 * The next steps from the current state: those the law allows now as buttons, and the others with every reason
 * why not (为什么不能办理). A step refused only for facts or dates can still be opened: its form may supply the
 * missing facts or an earlier date. A step refused for the user's role cannot.
 */
export function ActionsPanel({ c, onAct }: { c: CaseDetail; onAct: (a: CaseActionView) => void }) {
  const canAct = useAbility('case.act');
  const allowed = c.actions.filter((a) => a.allowed);
  const refused = c.actions.filter((a) => !a.allowed);
  // Facts and the date of the act are what a step form can supply; a role, a missing document or a missing
  // recording it cannot.
  const fixable = (a: CaseActionView) =>
    a.refusals.every((r) => r.code === 'GUARD' && r.rule !== 'DOC-REQUIRED' && r.rule !== 'REC-AV-FULL');

  return (
    <Card title={<SectionTitle>办理</SectionTitle>} style={{ marginBottom: 16 }} data-testid="actions-panel">
      {c.actions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本案已办结，没有后续办理事项" />
      ) : null}
      {allowed.length > 0 ? (
        <>
          <Typography.Text type="secondary">可以办理：</Typography.Text>
          <Flex gap={8} wrap style={{ margin: '8px 0 16px' }}>
            {allowed.map((a) => (
              <Button key={a.action} type="primary" disabled={!canAct} onClick={() => onAct(a)}>
                {a.label}
                {a.avRequired ? <Tag style={{ marginInlineStart: 6 }}>须音像记录</Tag> : null}
              </Button>
            ))}
          </Flex>
        </>
      ) : null}
      {refused.length > 0 ? (
        <>
          <Typography.Text type="secondary">为什么不能办理：</Typography.Text>
          <List
            size="small"
            data-testid="refused-actions"
            dataSource={refused}
            renderItem={(a) => (
              <List.Item
                key={a.action}
                actions={
                  !fixable(a) || !canAct
                    ? []
                    : [
                        <Button
                          key="try"
                          size="small"
                          onClick={() => onAct(a)}
                          aria-label={`补充事实后办理：${a.label}`}
                        >
                          补充事实后办理
                        </Button>,
                      ]
                }
              >
                <Flex vertical gap={4}>
                  <Typography.Text strong>{a.label}</Typography.Text>
                  {a.refusals.map((r) => (
                    <ReasonLine
                      key={`${r.code}-${r.rule ?? ''}-${r.message}`}
                      code={r.code}
                      rule={r.rule}
                      message={r.message}
                    />
                  ))}
                </Flex>
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Card>
  );
}
