import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Flex, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useLaws } from '../laws/queries';
import { formatLegalRef, type LegalRefValue } from './entryMeta';

/**
 * Inputs whose value is exactly what the entry JSON holds (fen, string arrays, legal references), so that a
 * server field error `entries.3.basisApplied.0.article` lands on the form item named ['basisApplied', 0, 'article'].
 */

/** Shows 元 with two decimals; the value is integer fen (DESIGN §4: money is fen). */
export function YuanInput({
  value,
  onChange,
  id,
  placeholder,
}: {
  value?: number | null;
  onChange?: (fen: number | null) => void;
  id?: string;
  placeholder?: string;
}) {
  return (
    <InputNumber<number>
      id={id}
      value={typeof value === 'number' ? value / 100 : null}
      onChange={(yuan) => onChange?.(typeof yuan === 'number' ? Math.round(yuan * 100) : null)}
      min={0}
      precision={2}
      step={100}
      suffix="元"
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}

/** A list of short texts typed one by one (Enter or 、，; separate them). */
export function TagsInput({
  value,
  onChange,
  id,
  placeholder,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  id?: string;
  placeholder?: string;
}) {
  return (
    <Select
      id={id}
      mode="tags"
      value={value ?? []}
      onChange={(v: string[]) => onChange?.(v.map((s) => s.trim()).filter(Boolean))}
      tokenSeparators={['、', '，', ',', '；', ';']}
      open={false}
      suffixIcon={null}
      placeholder={placeholder ?? '输入后按回车添加'}
      style={{ width: '100%' }}
    />
  );
}

/** A law's name: pick one from the law library, or type a name not (yet) in it. */
export function LawNameInput({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const laws = useLaws();
  const q = (value ?? '').trim();
  const options = (laws.data ?? [])
    .filter((l) => !q || l.name.includes(q) || l.shortName.includes(q))
    .slice(0, 50)
    .map((l) => ({ value: l.name, label: l.name }));
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      options={options}
      placeholder="选择或输入法律法规名称"
      style={{ width: '100%' }}
    />
  );
}

const num = (min: number, max: number) => ({
  type: 'integer' as const,
  min,
  max,
  message: `应为 ${min}–${max} 的整数`,
});

/**
 * The legal references of one field (设定依据, 违反条款 …): law name + 条/款/项, previewed as a citation
 * 《…》第X条第X款第X项. `name` is the field's path in the entry form.
 */
export function LegalRefList({
  name,
  label,
  required,
}: {
  name: string | (string | number)[];
  label: string;
  required?: boolean;
}) {
  const path = Array.isArray(name) ? name : [name];
  return (
    <Form.List
      name={name}
      rules={
        required
          ? [
              {
                validator: async (_, v: unknown[] | undefined) => {
                  if (!v || v.length === 0) throw new Error(`请至少填写一条${label}`);
                },
              },
            ]
          : []
      }
    >
      {(fields, { add, remove }, { errors }) => (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px', minWidth: 0 }}>
          <legend style={{ fontSize: 14, fontWeight: 600, border: 0, margin: '0 0 8px', padding: 0 }}>
            {required ? <span style={{ color: '#cf1322' }}>* </span> : null}
            {label}
          </legend>
          {fields.map((field) => (
            <div
              key={field.key}
              style={{ background: '#fafafa', padding: '8px 12px 0', marginBottom: 8, borderRadius: 6 }}
            >
              <Flex gap={8} align="start" wrap>
                <Form.Item
                  name={[field.name, 'lawName']}
                  label="法律法规"
                  rules={[{ required: true, whitespace: true, message: '请填写法律法规名称' }]}
                  style={{ flex: '1 1 260px', marginBottom: 8 }}
                >
                  <LawNameInput />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'article']}
                  label="条"
                  rules={[{ required: true, message: '请填写条' }, num(1, 999)]}
                  style={{ width: 90, marginBottom: 8 }}
                >
                  <InputNumber<number> min={1} max={999} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'paragraph']}
                  label="款"
                  rules={[num(1, 99)]}
                  style={{ width: 80, marginBottom: 8 }}
                >
                  <InputNumber<number> min={1} max={99} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'item']}
                  label="项"
                  rules={[num(1, 99)]}
                  style={{ width: 80, marginBottom: 8 }}
                >
                  <InputNumber<number> min={1} max={99} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除${label}第 ${field.name + 1} 条`}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
              <Form.Item noStyle shouldUpdate>
                {(form) => {
                  const ref = form.getFieldValue([...path, field.name]) as Partial<LegalRefValue> | undefined;
                  const text = formatLegalRef(ref);
                  return text ? (
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                      引用：{text}
                    </Typography.Paragraph>
                  ) : null;
                }}
              </Form.Item>
            </div>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ lawName: '', paragraph: null, item: null })}
          >
            添加{label}
          </Button>
          <Form.ErrorList errors={errors} />
        </fieldset>
      )}
    </Form.List>
  );
}

type ProfileValue = string | number | boolean;

/** A jurisdiction parameter's value: text, number or yes/no (profileEntry.value). */
export function ProfileValueInput({
  value,
  onChange,
  id,
}: {
  value?: ProfileValue;
  onChange?: (v: ProfileValue) => void;
  id?: string;
}) {
  const kind = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        aria-label="取值类型"
        value={kind}
        style={{ width: 100 }}
        onChange={(k) => onChange?.(k === 'number' ? 0 : k === 'boolean' ? false : '')}
        options={[
          { value: 'string', label: '文本' },
          { value: 'number', label: '数字' },
          { value: 'boolean', label: '是/否' },
        ]}
      />
      {kind === 'number' ? (
        <InputNumber<number> id={id} value={value as number} onChange={(v) => onChange?.(v ?? 0)} style={{ flex: 1 }} />
      ) : kind === 'boolean' ? (
        <Flex align="center" style={{ padding: '0 12px', border: '1px solid #d9d9d9', borderLeft: 0, flex: 1 }}>
          <Switch
            id={id}
            checked={value === true}
            onChange={(v) => onChange?.(v)}
            checkedChildren="是"
            unCheckedChildren="否"
          />
        </Flex>
      ) : (
        <Input id={id} value={(value as string) ?? ''} onChange={(e) => onChange?.(e.target.value)} maxLength={200} />
      )}
    </Space.Compact>
  );
}
