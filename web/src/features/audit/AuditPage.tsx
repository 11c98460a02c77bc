import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEventView, Paged } from '@zhifa/contracts';
import { Button, Card, DatePicker, Form, Input, Select, Table, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, queryString } from '../../app/api';
import { LoadError, PageHeader } from '../../app/components';
import { formatDateTime } from '../../app/format';

interface AuditFilterValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  eventType?: string;
  actor?: string;
  subjectType?: string;
  subjectId?: string;
}

type AuditFilters = Record<'from' | 'to' | 'eventType' | 'actor' | 'subjectType' | 'subjectId', string | undefined>;

function toFilters(v: AuditFilterValues): AuditFilters {
  return {
    from: v.range?.[0]?.toISOString(),
    to: v.range?.[1]?.toISOString(),
    eventType: v.eventType || undefined,
    actor: v.actor?.trim() || undefined,
    subjectType: v.subjectType?.trim() || undefined,
    subjectId: v.subjectId?.trim() || undefined,
  };
}

function compact(payload: unknown): string {
  if (payload === null || payload === undefined) return '';
  try {
    return JSON.stringify(payload);
  } catch {
    return String(payload);
  }
}

export function AuditPage() {
  const [form] = Form.useForm<AuditFilterValues>();
  const [filters, setFilters] = useState<AuditFilters>(toFilters({}));
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);

  const eventTypes = useQuery({
    queryKey: ['audit', 'event-types'],
    queryFn: () => api.get<{ type: string; label: string }[]>('/api/audit/event-types'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const events = useQuery({
    queryKey: ['audit', 'events', filters, page, pageSize],
    queryFn: () => api.get<Paged<AuditEventView>>(`/api/audit${queryString({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title="审计日志"
        sub="所有操作均记录在不可篡改的审计日志中，每条记录以哈希串联"
        extra={
          <Button icon={<DownloadOutlined />} href={`/api/audit/export${queryString(filters)}`} download>
            导出 Excel
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<AuditFilterValues>
          form={form}
          layout="inline"
          style={{ rowGap: 12 }}
          onFinish={(v) => {
            setFilters(toFilters(v));
            setPage(1);
          }}
        >
          <Form.Item label="时间范围" name="range">
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              allowEmpty={[true, true]}
            />
          </Form.Item>
          <Form.Item label="事件类型" name="eventType">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={eventTypes.isPending}
              options={(eventTypes.data ?? []).map((t) => ({ value: t.type, label: t.label }))}
              style={{ width: 200 }}
            />
          </Form.Item>
          <Form.Item label="操作人" name="actor">
            <Input style={{ width: 140 }} maxLength={40} />
          </Form.Item>
          <Form.Item label="对象类型" name="subjectType">
            <Input style={{ width: 140 }} maxLength={40} />
          </Form.Item>
          <Form.Item label="对象编号" name="subjectId">
            <Input style={{ width: 220 }} maxLength={80} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
          </Form.Item>
          <Form.Item>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters(toFilters({}));
                setPage(1);
              }}
            >
              重置
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {events.isError ? (
        <LoadError error={events.error} retry={() => events.refetch()} />
      ) : (
        <Card>
          <Table<AuditEventView>
            rowKey="id"
            size="small"
            loading={events.isFetching}
            dataSource={events.data?.items ?? []}
            scroll={{ x: 1400 }}
            pagination={{
              current: page,
              pageSize,
              total: events.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (t) => `共 ${t} 条`,
              onChange: (p, ps) => {
                setPage(p);
                setPageSize(ps);
              },
            }}
            columns={[
              { title: '时间', dataIndex: 'occurredAt', width: 170, render: (v: string) => formatDateTime(v) },
              { title: '事件', dataIndex: 'eventLabel', width: 160, render: (v: string, e) => v || e.eventType },
              { title: '操作人', dataIndex: 'actorName', width: 110, render: (v: string | null) => v ?? '系统' },
              {
                title: '对象',
                key: 'subject',
                width: 260,
                render: (_: unknown, e) => (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {e.subjectType}
                    {e.subjectId ? `：${e.subjectId}` : ''}
                  </Typography.Text>
                ),
              },
              { title: 'IP', dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? '—' },
              {
                title: '请求编号',
                dataIndex: 'requestId',
                width: 150,
                render: (v: string | null) =>
                  v ? <Typography.Text copyable={{ text: v }}>{v.slice(0, 12)}</Typography.Text> : '—',
              },
              {
                title: '摘要',
                dataIndex: 'payload',
                render: (p: unknown) => {
                  const s = compact(p);
                  return s ? (
                    <Tooltip title={<pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{s}</pre>}>
                      <Typography.Text code ellipsis style={{ maxWidth: 320 }}>
                        {s}
                      </Typography.Text>
                    </Tooltip>
                  ) : (
                    '—'
                  );
                },
              },
              {
                title: '哈希',
                dataIndex: 'hash',
                width: 120,
                render: (v: string) => (
                  <Typography.Text code title={v}>
                    {v.slice(0, 12)}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}
