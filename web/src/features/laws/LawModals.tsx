import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { lawInput, lawVersionInput } from '@zhifa/contracts';
import {
  Alert,
  Button,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { ApiError, api, isApiError } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { LAW_LEVEL_LABELS, options } from '../../app/labels';
import { lawKeys } from './queries';

type LawBody = z.input<typeof lawInput>;
type VersionBody = z.input<typeof lawVersionInput>;
type VersionValues = Omit<VersionBody, 'promulgatedOn' | 'effectiveFrom' | 'effectiveUntil'> & {
  promulgatedOn?: Dayjs;
  effectiveFrom?: Dayjs;
  effectiveUntil?: Dayjs | null;
};

const required = (label: string) => ({ required: true, whitespace: true, message: `请填写${label}` });

/** 新增法律法规 (lawInput); its articles come as a version afterwards, on the law's page. */
export function LawFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<LawBody>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const create = useMutation({
    mutationFn: (v: LawBody) => api.post<{ id: string }>('/api/laws', v),
    onSuccess: (law) => {
      feedback.success('已新增，请继续录入版本和条文');
      queryClient.invalidateQueries({ queryKey: lawKeys.all });
      onClose();
      if (law?.id) navigate(`/laws/${law.id}`);
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title="新增法律法规"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={create.isPending}
      width={640}
      forceRender
    >
      <Form<LawBody> form={form} name="law-create" layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item label="法律法规名称" name="name" rules={[required('法律法规名称')]}>
          <Input maxLength={100} placeholder="如：中华人民共和国食品安全法" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="简称" name="shortName" rules={[required('简称')]}>
              <Input maxLength={40} placeholder="如：食品安全法" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="效力层级" name="level" rules={[{ required: true, message: '请选择效力层级' }]}>
              <Select options={options(LAW_LEVEL_LABELS)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="制定机关" name="issuer" rules={[required('制定机关')]}>
          <Input maxLength={100} placeholder="如：全国人民代表大会常务委员会" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 新增版本 (lawVersionInput): the issuing document, effective dates and the articles row by row. */
export function LawVersionModal({
  lawId,
  lawName,
  open,
  onClose,
}: {
  lawId: string;
  lawName: string;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<VersionValues>();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const add = useMutation({
    mutationFn: (v: VersionValues) =>
      api.post(`/api/laws/${lawId}/versions`, {
        label: v.label,
        issuingDocument: v.issuingDocument,
        promulgatedOn: v.promulgatedOn?.format('YYYY-MM-DD') ?? '',
        effectiveFrom: v.effectiveFrom?.format('YYYY-MM-DD') ?? '',
        effectiveUntil: v.effectiveUntil ? v.effectiveUntil.format('YYYY-MM-DD') : null,
        provisions: (v.provisions ?? []).map((p) => ({
          article: p.article,
          paragraph: p.paragraph ?? null,
          item: p.item ?? null,
          text: (p.text ?? '').trim(),
        })),
      } satisfies VersionBody),
    onSuccess: () => {
      feedback.success('已新增版本');
      queryClient.invalidateQueries({ queryKey: lawKeys.all });
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title={`新增版本：${lawName}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={add.isPending}
      width={900}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="版本保存后不可修改。修订后的法律请作为新版本录入，旧版本继续用于“从旧兼从轻”的判断。"
      />
      <Form<VersionValues>
        form={form}
        name="law-version"
        layout="vertical"
        initialValues={{ provisions: [{ article: 1, text: '' }] }}
        onFinish={(v) => add.mutate(v)}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label="版本名称" name="label" rules={[required('版本名称')]}>
              <Input maxLength={60} placeholder="如：2021年修订" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label="公布文件" name="issuingDocument" rules={[required('公布文件')]}>
              <Input maxLength={200} placeholder="如：中华人民共和国主席令第七十号" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="公布日期" name="promulgatedOn" rules={[{ required: true, message: '请选择公布日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="施行日期" name="effectiveFrom" rules={[{ required: true, message: '请选择施行日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="失效日期" name="effectiveUntil">
              <DatePicker style={{ width: '100%' }} placeholder="现行有效则留空" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          条文
        </Typography.Title>
        <Form.List name="provisions">
          {(fields, { add: addRow, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="start">
                  <Form.Item
                    name={[f.name, 'article']}
                    label={f.name === 0 ? '条' : undefined}
                    rules={[{ required: true, message: '请填写条' }]}
                    style={{ width: 80 }}
                  >
                    <InputNumber<number> aria-label="条" min={1} max={999} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'paragraph']} label={f.name === 0 ? '款' : undefined} style={{ width: 70 }}>
                    <InputNumber<number> aria-label="款" min={1} max={99} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'item']} label={f.name === 0 ? '项' : undefined} style={{ width: 70 }}>
                    <InputNumber<number> aria-label="项" min={1} max={99} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'text']}
                    label={f.name === 0 ? '条文' : undefined}
                    rules={[required('条文')]}
                    style={{ flex: 1 }}
                  >
                    <Input.TextArea aria-label="条文" autoSize={{ minRows: 1, maxRows: 6 }} maxLength={5000} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除第 ${f.name + 1} 行条文`}
                    onClick={() => remove(f.name)}
                    style={{ marginTop: f.name === 0 ? 30 : 0 }}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => {
                  const rows = (form.getFieldValue('provisions') ?? []) as { article?: number }[];
                  const last = rows[rows.length - 1]?.article ?? 0;
                  addRow({ article: last + 1, text: '' });
                }}
              >
                添加条文
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

const EXAMPLE_MD = `# 中华人民共和国食品安全法
简称：食品安全法
层级：法律
制定机关：全国人民代表大会常务委员会

## 2021年修正
公布文件：中华人民共和国主席令第八十一号
公布日期：2021-04-29
施行日期：2021-04-29

第一百二十二条　违反本法规定，未取得食品生产经营许可从事食品生产经营活动……`;

interface ImportResult {
  law: { id: string; name: string };
  created: boolean;
  versionsAdded: number;
  versionsSkipped: number;
}

/**
 * 导入: one law with its versions and articles, as Markdown (the format of LAW_IMPORT.md) or as JSON
 * `{ "law": {…}, "versions": [{…, "provisions": […]}] }`. Problems come back per line (Markdown) or per field.
 */
export function LawImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ format: 'markdown' | 'json'; text: string }>();
  const [problems, setProblems] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useEffect(() => {
    if (open) {
      form.resetFields();
      setProblems([]);
    }
  }, [open, form]);
  const run = useMutation({
    mutationFn: (v: { format: 'markdown' | 'json'; text: string }) => {
      if (v.format === 'markdown') return api.post<ImportResult>('/api/laws/import', { markdown: v.text });
      let body: unknown;
      try {
        body = JSON.parse(v.text);
      } catch {
        throw new ApiError('VALIDATION', 'JSON 格式错误，请检查括号、引号和逗号', 400, [
          { path: 'text', message: 'JSON 格式错误' },
        ]);
      }
      return api.post<ImportResult>('/api/laws/import', body);
    },
    onSuccess: (r) => {
      const skipped = r.versionsSkipped ? `，${r.versionsSkipped} 个版本已存在未重复导入` : '';
      feedback.success(`${r.created ? '已新增' : '已更新'}《${r.law.name}》：导入 ${r.versionsAdded} 个版本${skipped}`);
      queryClient.invalidateQueries({ queryKey: lawKeys.all });
      onClose();
      navigate(`/laws/${r.law.id}`);
    },
    onError: (e) => {
      setProblems(isApiError(e) ? e.fields.filter((f) => f.path !== 'text').map((f) => f.message) : []);
      showFormError(form, isApiError(e) ? { ...e, fields: e.fields.filter((f) => f.path === 'text') } : e);
    },
  });
  return (
    <Modal
      title="导入法律法规"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="导入"
      confirmLoading={run.isPending}
      width={820}
      forceRender
    >
      <Typography.Paragraph type="secondary">
        粘贴一部法律法规的 Markdown 文本（格式见 LAW_IMPORT.md：“# 名称”、简称 / 层级 / 制定机关，“##
        版本名称”、公布文件 / 公布日期 / 施行日期，然后“第X条 …”逐条录入）或 JSON
        文本。已有的法律法规按名称匹配，新版本追加，已录入的版本不会被覆盖。
      </Typography.Paragraph>
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="导入失败，请修改后重试"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 200, overflow: 'auto' }}>
              {problems.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Form
        form={form}
        name="law-import"
        layout="vertical"
        initialValues={{ format: 'markdown' }}
        onFinish={(v) => run.mutate(v)}
      >
        <Form.Item label="格式" name="format">
          <Radio.Group
            options={[
              { value: 'markdown', label: 'Markdown' },
              { value: 'json', label: 'JSON' },
            ]}
          />
        </Form.Item>
        <Form.Item label="内容" name="text" rules={[required('导入内容')]}>
          <Input.TextArea rows={14} placeholder={EXAMPLE_MD} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
