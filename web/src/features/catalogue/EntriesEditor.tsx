import { DeleteOutlined, EditOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ListVersionDetail } from '@zhifa/contracts';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { api, isApiError } from '../../app/api';
import { SectionTitle } from '../../app/components';
import { feedback, showError, showFormError, toNamePath } from '../../app/feedback';
import { EntryDetails, entryColumns, tableColumns } from './EntryDetails';
import { EntryDrawer, type EntryError } from './EntryDrawer';
import { describeFieldPath, type Entry, entryCode, entryTitle } from './entryMeta';
import { catalogueKeys } from './queries';

interface EntryRow {
  key: string;
  entry: Entry;
}

interface MetaValues {
  effectiveFrom: Dayjs | null;
  changeReason: string;
}

const NO_ERRORS: EntryError[] = [];

/** The save answer: the saved version and problems that do not block it (e.g. a benchmark code not found). */
type SavedDetail = ListVersionDetail & { warnings?: { path: string; message: string }[] };

interface EntryWarning {
  where: string;
  message: string;
}

/**
 * The entries of a draft (or returned) version: edited locally in a table and a drawer per entry, then sent
 * as a whole with the effective date and the reason of the change (PUT /api/catalogue/lists/:id). The
 * server validates every entry against the list type's schema and answers `entries.N.field` errors, shown
 * here on the row (第 N+1 条) and, when the drawer is opened, on the field.
 */
export function EntriesEditor({
  detail,
  onDirtyChange,
}: {
  detail: ListVersionDetail;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const listType = detail.listType;
  const queryClient = useQueryClient();
  const counter = useRef(0);
  const toRows = (entries: Entry[]) => entries.map((entry) => ({ key: `r${counter.current++}`, entry }));
  const [rows, setRows] = useState<EntryRow[]>(() => toRows(detail.entries));
  const [errors, setErrors] = useState<Map<string, EntryError[]>>(new Map());
  const [listErrors, setListErrors] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<EntryWarning[]>([]);
  const [editing, setEditing] = useState<{ key: string | null } | null>(null);
  const [dirty, setDirtyState] = useState(false);
  const [form] = Form.useForm<MetaValues>();

  const setDirty = (d: boolean) => {
    setDirtyState(d);
    onDirtyChange(d);
  };

  const save = useMutation({
    mutationFn: (v: MetaValues) =>
      api.put<SavedDetail>(`/api/catalogue/lists/${detail.id}`, {
        effectiveFrom: v.effectiveFrom ? v.effectiveFrom.format('YYYY-MM-DD') : '',
        changeReason: (v.changeReason ?? '').trim(),
        entries: rows.map((r) => r.entry),
      }),
    onSuccess: (saved) => {
      setErrors(new Map());
      setListErrors([]);
      setDirty(false);
      const savedRows = saved && Array.isArray(saved.entries) ? toRows(saved.entries) : rows;
      setRows(savedRows);
      setWarnings(
        (saved?.warnings ?? []).map((w) => {
          const m = /^entries\.(\d+)(?:\.(.*))?$/.exec(w.path);
          const i = m ? Number(m[1]) : -1;
          const where = i >= 0 ? `第 ${i + 1} 条（${entryCode(savedRows[i]?.entry ?? {}) || '无编码'}）` : '';
          return { where, message: w.message };
        }),
      );
      queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      feedback.success(`草稿已保存（共 ${rows.length} 条）`);
    },
    onError: (e) => {
      if (!isApiError(e) || e.fields.length === 0) {
        showError(e);
        return;
      }
      // entries.N.… → the row's errors; anything else belongs to the effective date / reason form
      const byRow = new Map<string, EntryError[]>();
      const general: string[] = [];
      const metaFields: typeof e.fields = [];
      for (const f of e.fields) {
        const m = /^entries(?:[.[](\d+)\]?)?(?:\.(.*))?$/.exec(f.path);
        if (!m) {
          metaFields.push(f);
          continue;
        }
        const row = m[1] === undefined ? null : rows[Number(m[1])];
        if (!row) {
          general.push(f.message);
          continue;
        }
        const list = byRow.get(row.key) ?? [];
        list.push({ path: m[2] ?? '', message: f.message });
        byRow.set(row.key, list);
      }
      setErrors(byRow);
      setListErrors(general);
      if (metaFields.length) showFormError(form, { ...e, fields: metaFields } as typeof e);
      else showError(e);
    },
  });

  const editingRow = editing?.key ? rows.find((r) => r.key === editing.key) : undefined;
  const editingIndex = editingRow ? rows.indexOf(editingRow) : -1;
  const editingErrors = (editingRow && errors.get(editingRow.key)) || NO_ERRORS;
  const otherCodes = useMemo(
    () => rows.filter((r) => r.key !== editing?.key).map((r) => entryCode(r.entry)),
    [rows, editing],
  );

  const errorRows = rows.map((r, i) => ({ r, i, list: errors.get(r.key) ?? [] })).filter((x) => x.list.length > 0);

  const remove = (key: string) => {
    setRows((rs) => rs.filter((r) => r.key !== key));
    setErrors((m) => {
      const next = new Map(m);
      next.delete(key);
      return next;
    });
    setDirty(true);
  };

  return (
    <Card
      title={<SectionTitle>条目（{rows.length} 条）</SectionTitle>}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing({ key: null })}>
          新增条目
        </Button>
      }
      style={{ marginBottom: 16 }}
    >
      <Form<MetaValues>
        form={form}
        layout="vertical"
        name="catalogue-draft"
        initialValues={{ effectiveFrom: dayjs(detail.effectiveFrom), changeReason: detail.changeReason }}
        onValuesChange={() => setDirty(true)}
        onFinish={(v) => save.mutate(v)}
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item label="施行日期" name="effectiveFrom" rules={[{ required: true, message: '请选择施行日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item
              label="修订说明"
              name="changeReason"
              rules={[{ required: true, whitespace: true, message: '请填写修订说明' }]}
            >
              <Input maxLength={500} placeholder="如：根据新修订的《食品安全法实施条例》调整事项" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {listErrors.length || errorRows.length ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={`保存失败：${errorRows.length} 个条目有问题，请逐条修改后再保存`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {listErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
              {errorRows.map(({ r, i, list }) => (
                <li key={r.key}>
                  <Typography.Link onClick={() => setEditing({ key: r.key })}>
                    第 {i + 1} 条（{entryCode(r.entry) || '无编码'} {entryTitle(r.entry)}）
                  </Typography.Link>
                  ：
                  {list
                    .map((e) =>
                      e.path ? `${describeFieldPath(listType, toNamePath(e.path))}：${e.message}` : e.message,
                    )
                    .join('；')}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {warnings.length ? (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setWarnings([])}
          style={{ marginBottom: 16 }}
          title="草稿已保存，但请注意以下提示"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {warnings.map((w) => (
                <li key={`${w.where}-${w.message}`}>
                  {w.where ? `${w.where}：` : ''}
                  {w.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Table<EntryRow>
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showTotal: (t) => `共 ${t} 条` } : false}
        onRow={(r) => (errors.has(r.key) ? { style: { background: '#fff1f0' } } : {})}
        expandable={{
          expandedRowRender: (r) => <EntryDetails listType={listType} entry={r.entry} />,
        }}
        columns={[
          {
            title: '序号',
            key: 'no',
            width: errors.size ? 96 : 64,
            render: (_, r) =>
              errors.has(r.key) ? (
                <Flex vertical align="start" gap={2}>
                  {rows.indexOf(r) + 1}
                  <Tag color="error" style={{ marginInlineEnd: 0 }}>
                    {errors.get(r.key)?.length} 个问题
                  </Tag>
                </Flex>
              ) : (
                rows.indexOf(r) + 1
              ),
          },
          ...tableColumns<EntryRow>(entryColumns(listType), (r) => r.entry),
          {
            title: '操作',
            key: 'actions',
            width: 160,
            render: (_, r) => (
              <Flex gap={4} align="center">
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing({ key: r.key })}>
                  编辑
                </Button>
                <Button
                  size="small"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() =>
                    feedback.confirm({
                      title: `删除条目“${entryTitle(r.entry)}”？`,
                      content: '删除后需保存草稿才会生效。',
                      okText: '删除',
                      danger: true,
                      onOk: () => remove(r.key),
                    })
                  }
                >
                  删除
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <Flex justify="end" align="center" gap={12} style={{ marginTop: 16 }}>
        {dirty ? <Typography.Text type="warning">有未保存的修改</Typography.Text> : null}
        <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => form.submit()}>
          保存草稿
        </Button>
      </Flex>
      <EntryDrawer
        listType={listType}
        open={editing !== null}
        row={editingIndex >= 0 ? editingIndex + 1 : null}
        entry={editingRow?.entry ?? null}
        otherCodes={otherCodes}
        errors={editingErrors}
        onClose={() => setEditing(null)}
        onDone={(entry) => {
          if (editingRow) {
            const key = editingRow.key;
            setRows((rs) => rs.map((r) => (r.key === key ? { key, entry } : r)));
            setErrors((m) => {
              const next = new Map(m);
              next.delete(key);
              return next;
            });
          } else {
            setRows((rs) => [...rs, { key: `r${counter.current++}`, entry }]);
          }
          setDirty(true);
          setEditing(null);
        }}
      />
    </Card>
  );
}
