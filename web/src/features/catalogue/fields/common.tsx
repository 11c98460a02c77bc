import { Form, Input } from 'antd';

/** A required text: the same Chinese message as the contract's `nonBlank`. */
export function required(label: string) {
  return { required: true, whitespace: true, message: `请填写${label}` };
}

const CODE_RE = /^[0-9A-Za-z_.-]{1,40}$/;

/** The entry's code: identifies it across versions, so it must be unique in the list. */
export function CodeField({ otherCodes, label = '编码' }: { otherCodes: string[]; label?: string }) {
  return (
    <Form.Item
      label={label}
      name="code"
      rules={[
        { required: true, whitespace: true, message: `请填写${label}` },
        { pattern: CODE_RE, message: '编码应为 1–40 位字母、数字、点、下划线或短横线' },
        {
          validator: async (_, v: string | undefined) => {
            if (v && otherCodes.includes(v.trim())) throw new Error(`编码"${v.trim()}"已被本清单的其他条目使用`);
          },
        },
      ]}
    >
      <Input maxLength={40} placeholder="如：SCJ-CF-001" />
    </Form.Item>
  );
}
