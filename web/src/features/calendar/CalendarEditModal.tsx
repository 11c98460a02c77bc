import { DeleteOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CalendarYearInput } from '@zhifa/contracts';
import { Button, Col, DatePicker, Flex, Form, Input, InputNumber, Modal, Row, Select, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { CALENDAR_DAY_KIND_LABELS, options } from '../../app/labels';
import { type CalendarYearView, calendarKeys } from './queries';

interface DayValues {
  date?: Dayjs | null;
  kind?: 'HOLIDAY' | 'MAKEUP_WORKDAY';
  name?: string;
}

interface EditValues {
  year: number;
  sourceNotice: string;
  sourceUrl?: string;
  days: DayValues[];
}

function toForm(v: {
  year: number;
  sourceNotice?: string;
  sourceUrl?: string | null;
  days: { date: string; kind: string; name?: string }[];
}): EditValues {
  return {
    year: v.year,
    sourceNotice: v.sourceNotice ?? '',
    sourceUrl: v.sourceUrl ?? '',
    days: v.days.map((d) => ({
      date: dayjs(d.date, 'YYYY-MM-DD'),
      kind: d.kind === 'MAKEUP_WORKDAY' ? 'MAKEUP_WORKDAY' : 'HOLIDAY',
      name: d.name ?? '',
    })),
  };
}

/** Reads `{ year, sourceNotice, sourceUrl, days: [{ date, kind, name }] }` from a JSON file chosen by the user. */
function parseScheduleJson(text: string): EditValues {
  const data = JSON.parse(text) as Record<string, unknown>;
  if (!data || typeof data !== 'object') throw new Error('文件内容不是 JSON 对象');
  const year = Number(data.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new Error('缺少有效的 year（年份）');
  if (!Array.isArray(data.days)) throw new Error('缺少 days（日期列表）');
  const days = data.days.map((d: unknown, i: number) => {
    const day = d as Record<string, unknown>;
    if (typeof day?.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day.date)) {
      throw new Error(`第 ${i + 1} 项的 date 应为 YYYY-MM-DD`);
    }
    if (day.kind !== 'HOLIDAY' && day.kind !== 'MAKEUP_WORKDAY') {
      throw new Error(`第 ${i + 1} 项的 kind 应为 HOLIDAY 或 MAKEUP_WORKDAY`);
    }
    return { date: day.date, kind: day.kind, name: typeof day.name === 'string' ? day.name : '' };
  });
  return toForm({
    year,
    sourceNotice: typeof data.sourceNotice === 'string' ? data.sourceNotice : '',
    sourceUrl: typeof data.sourceUrl === 'string' ? data.sourceUrl : '',
    days,
  });
}

export function CalendarEditModal({
  open,
  initial,
  suggestedYear,
  onClose,
  onSaved,
}: {
  open: boolean;
  initial: CalendarYearView | null;
  suggestedYear: number;
  onClose: () => void;
  onSaved: (year: number) => void;
}) {
  const [form] = Form.useForm<EditValues>();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      initial
        ? toForm(initial)
        : { year: suggestedYear, sourceNotice: '', sourceUrl: '', days: [{ kind: 'HOLIDAY', name: '' }] },
    );
  }, [open, initial, suggestedYear, form]);

  const save = useMutation({
    mutationFn: (v: EditValues) => {
      const body: CalendarYearInput = {
        sourceNotice: v.sourceNotice.trim(),
        sourceUrl: (v.sourceUrl ?? '').trim(),
        days: v.days.map((d) => ({
          date: d.date ? d.date.format('YYYY-MM-DD') : '',
          kind: d.kind ?? 'HOLIDAY',
          name: (d.name ?? '').trim(),
        })),
      };
      return api.put(`/api/calendar/${v.year}`, body);
    },
    onSuccess: (_r, v) => {
      feedback.success(`${v.year} 年节假日安排已保存`);
      queryClient.invalidateQueries({ queryKey: calendarKeys.overview });
      onSaved(v.year);
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <Modal
      title="导入/编辑 年度安排"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      width={820}
      forceRender
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
        <Typography.Text type="secondary">
          按国务院办公厅通知逐日录入放假日和调休上班日；普通周末无需录入。
        </Typography.Text>
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            file
              .text()
              .then((text) => {
                form.setFieldsValue(parseScheduleJson(text));
                feedback.success(`已从文件读取 ${file.name}，请核对后保存`);
              })
              .catch((e: unknown) => feedback.error(`JSON 文件格式不正确：${e instanceof Error ? e.message : ''}`));
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<FileTextOutlined />}>从 JSON 文件导入</Button>
        </Upload>
      </Flex>
      <Form<EditValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item label="年份" name="year" rules={[{ required: true, message: '请填写年份' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} disabled={Boolean(initial)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item
              label="通知文号"
              name="sourceNotice"
              rules={[{ required: true, whitespace: true, message: '请填写通知文号或名称' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="网址" name="sourceUrl" rules={[{ type: 'url', message: '网址格式错误' }]}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List
          name="days"
          rules={[
            {
              validator: (_, days: unknown[]) =>
                days && days.length > 0 ? Promise.resolve() : Promise.reject(new Error('请至少录入一天')),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item
                    label={`第 ${i + 1} 天 日期`}
                    name={[field.name, 'date']}
                    rules={[{ required: true, message: '请选择日期' }]}
                  >
                    <DatePicker />
                  </Form.Item>
                  <Form.Item
                    label="类型"
                    name={[field.name, 'kind']}
                    rules={[{ required: true, message: '请选择类型' }]}
                  >
                    <Select options={options(CALENDAR_DAY_KIND_LABELS)} style={{ width: 130 }} />
                  </Form.Item>
                  <Form.Item label="名称" name={[field.name, 'name']}>
                    <Input maxLength={20} style={{ width: 180 }} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                    删除
                  </Button>
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'HOLIDAY', name: '' })}
                disabled={fields.length >= 120}
              >
                添加一天
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
