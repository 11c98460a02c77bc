import { Alert, Flex, Tag, Typography } from 'antd';
import { isApiError } from '../../app/api';
import { label } from '../../app/labels';
import { REFUSAL_CODE_LABELS } from './caseLabels';
import { isStale, STALE_MESSAGE } from './queries';

/** A refusal as the user reads it: the rule ID the server appends in brackets is dropped where it is shown beside. */
export function readableReason(message: string, rule?: string | null): string {
  return rule && message.endsWith(`（${rule}）`) ? message.slice(0, -rule.length - 2) : message;
}

/**
 * Why a step was not taken, shown in the step form: the law's refusal (the Chinese reason and its rule ID, so the
 * officer can look the rule up), a concurrent change, or any other error.
 */
export function StepError({ error }: { error: unknown }) {
  if (!error) return null;
  if (isApiError(error, 'REFUSED')) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="refusal"
        style={{ marginBottom: 16 }}
        title={
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>依法不能办理</Typography.Text>
            {error.rule ? (
              <Tag color="red" data-testid="refusal-rule" style={{ fontSize: 14 }}>
                {error.rule}
              </Tag>
            ) : null}
          </Flex>
        }
        description={<span style={{ fontSize: 15 }}>{readableReason(error.message, error.rule)}</span>}
      />
    );
  }
  if (isStale(error)) {
    return <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={STALE_MESSAGE} />;
  }
  if (isApiError(error, 'VALIDATION') && error.fields.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        title={error.message}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {error.fields.map((f) => (
              <li key={f.path}>{f.message}</li>
            ))}
          </ul>
        }
      />
    );
  }
  const text = isApiError(error) ? error.message : '操作失败，请稍后重试';
  return <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={text} />;
}

/** One reason an action is not available now: the rule ID first, then the Chinese message. */
export function ReasonLine({ code, rule, message }: { code: string; rule?: string; message: string }) {
  return (
    <Flex gap={6} align="baseline">
      {rule ? (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {rule}
        </Tag>
      ) : (
        <Tag style={{ marginInlineEnd: 0 }}>{label(REFUSAL_CODE_LABELS, code)}</Tag>
      )}
      <Typography.Text>{readableReason(message, rule)}</Typography.Text>
    </Flex>
  );
}
