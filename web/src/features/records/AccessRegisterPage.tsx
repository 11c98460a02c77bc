import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccessRegisterEntry, Paged } from '@zhifa/contracts';
import { Button, Card, DatePicker, Form, Input, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, queryString } from '../../app/api';
import { LoadError, PageHeader } from '../../app/components';
import { formatDateTime } from '../../app/format';
import { useAbility } from '../../app/session';
import { beijingIso } from './format';

export type AccessEntry = AccessRegisterEntry;

interface FilterValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  recordId?: string;
  actor?: string;
}

type Filters = Record<'from' | 'to' | 'recordId' | 'actor', string | undefined>;

function toFilters(v: FilterValues): Filters {
  return {
    from: v.range?.[0] ? beijingIso(v.range[0]) : undefined,
    to: v.range?.[1] ? beijingIso(v.range[1]) : undefined,
    recordId: v.recordId?.trim() || undefined,
    actor: v.actor?.trim() || undefined,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 调阅登记: every view, play, download, share and export of a record by staff (supervisor, audit admin). */
export function AccessRegisterPage() {
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<Filters>(toFilters({}));
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const canOpen = useAbility('record.read');

  const entries = useQuery({
    queryKey: ['access-register', filters, page, pageSize],
    queryFn: () => api.get<Paged<AccessEntry>>(`/api/access-register${queryString({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title="调阅登记"
        sub="工作人员每一次调阅、播放、下载、共享和导出执法记录，均记录操作人、时间、IP 与理由"
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<FilterValues>
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
          <Form.Item label="操作人" name="actor">
            <Input style={{ width: 140 }} maxLength={40} />
          </Form.Item>
          <Form.Item label="记录编号" name="recordId" rules={[{ pattern: UUID, message: '记录编号格式错误' }]}>
            <Input style={{ width: 320 }} maxLength={36} />
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
      {entries.isError ? (
        <LoadError error={entries.error} retry={() => entries.refetch()} />
      ) : (
        <Card>
          <Table<AccessEntry>
            rowKey="id"
            size="small"
            loading={entries.isFetching}
            dataSource={entries.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page,
              pageSize,
              total: entries.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (t) => `共 ${t} 条`,
              onChange: (p, ps) => {
                setPage(p);
                setPageSize(ps);
              },
            }}
            columns={[
              {
                title: '时间',
                dataIndex: 'occurredAt',
                render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
              },
              { title: '操作', dataIndex: 'label', render: (v: string, e) => <Tag>{v || e.eventType}</Tag> },
              { title: '操作人', dataIndex: 'actorName', render: (v: string | null) => v ?? '系统' },
              { title: 'IP 地址', dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
              {
                title: '记录',
                dataIndex: 'recordTitle',
                render: (v: string | null, e) =>
                  e.recordId && canOpen ? <Link to={`/records/${e.recordId}`}>{v ?? e.recordId}</Link> : (v ?? '—'),
              },
              { title: '执法主体', dataIndex: 'agencyName', render: (v: string | null) => v ?? '—' },
              { title: '理由', dataIndex: 'reason', render: (v: string | null) => v || '—' },
            ]}
          />
        </Card>
      )}
    </>
  );
}
