import { Typography } from 'antd';

/** A digest in monospace with a copy button; long values wrap rather than widen the layout. */
export function Digest({ label, value }: { label?: string; value: string | null | undefined }) {
  if (!value) {
    return (
      <Typography.Text type="secondary">
        {label ? `${label}：` : ''}
        {'—'}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text style={{ fontSize: 12 }}>
      {label ? <Typography.Text type="secondary">{label}：</Typography.Text> : null}
      <Typography.Text
        code
        copyable={{ text: value, tooltips: ['复制', '已复制'] }}
        style={{ wordBreak: 'break-all', fontSize: 12, fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
        data-digest={label}
      >
        {value}
      </Typography.Text>
    </Typography.Text>
  );
}
