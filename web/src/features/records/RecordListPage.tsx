import { CloudUploadOutlined } from '@ant-design/icons';
import type { RecordSummary } from '@zhifa/contracts';
import { Button, Card, Flex, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadError, PageHeader } from '../../app/components';
import { formatDateTime } from '../../app/format';
import { label, OWNER_TYPE_LABELS, options, RECORD_KIND_LABELS, RETENTION_CLASS_LABELS } from '../../app/labels';
import { useAbility } from '../../app/session';
import { AgencySelect } from '../agencies/selects';
import { formatBytes } from './format';
import { type RecordFilters, useRecords } from './queries';
import { IntegrityTag, LegalHoldTag, RestrictedTag } from './tags';

const FILTER_KEYS = ['agencyId', 'kind', 'ownerType', 'ownerId', 'q'] as const;

function readFilters(params: URLSearchParams): RecordFilters {
  const f: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f as RecordFilters;
}

export function RecordListPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20));
  const records = useRecords(filters, page, pageSize);
  const canCreate = useAbility('record.create');
  const [keyword, setKeyword] = useState(filters.q ?? '');
  const [ownerId, setOwnerId] = useState(filters.ownerId ?? '');

  useEffect(() => setKeyword(filters.q ?? ''), [filters.q]);
  useEffect(() => setOwnerId(filters.ownerId ?? ''), [filters.ownerId]);

  /** Filters live in the URL: a changed filter goes back to page 1. */
  const update = (changes: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="执法记录"
        sub="证据与音像记录集中存储，文件以摘要寻址，任何修改都留痕可查"
        extra={
          canCreate ? (
            <Link to="/records/new">
              <Button type="primary" icon={<CloudUploadOutlined />}>
                上传入库
              </Button>
            </Link>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label="执法主体" htmlFor="record-filter-agency">
            <AgencySelect
              id="record-filter-agency"
              value={filters.agencyId}
              onChange={(v) => update({ agencyId: v })}
              style={{ width: 240 }}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item label="记录类别" htmlFor="record-filter-kind">
            <Select
              id="record-filter-kind"
              allowClear
              value={filters.kind}
              onChange={(v) => update({ kind: v })}
              options={options(RECORD_KIND_LABELS)}
              style={{ width: 120 }}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item label="所属对象" htmlFor="record-filter-owner-type">
            <Space.Compact>
              <Select
                id="record-filter-owner-type"
                aria-label="所属对象类型"
                allowClear
                value={filters.ownerType}
                onChange={(v) => update({ ownerType: v })}
                options={options(OWNER_TYPE_LABELS)}
                style={{ width: 120 }}
                placeholder="类型"
              />
              <Input.Search
                aria-label="所属对象编号"
                allowClear
                value={ownerId}
                onChange={(e) => setOwnerId(e.target.value)}
                onSearch={(v) => update({ ownerId: v.trim() })}
                placeholder="编号"
                style={{ width: 180 }}
              />
            </Space.Compact>
          </Form.Item>
          <Form.Item label="关键字" htmlFor="record-filter-q">
            <Input.Search
              id="record-filter-q"
              allowClear
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(v) => update({ q: v.trim() })}
              placeholder="标题或文件名"
              enterButton="查询"
              style={{ width: 260 }}
            />
          </Form.Item>
          <Form.Item>
            <Button
              onClick={() => {
                setKeyword('');
                setOwnerId('');
                setParams(new URLSearchParams());
              }}
            >
              重置
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {records.isError ? (
        <LoadError error={records.error} retry={() => records.refetch()} />
      ) : (
        <Card>
          <Table<RecordSummary>
            rowKey="id"
            loading={records.isFetching}
            dataSource={records.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page,
              pageSize,
              total: records.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (t) => `共 ${t} 条`,
              onChange: (p, ps) => update({ page: p, pageSize: ps }),
            }}
            columns={[
              {
                title: '标题',
                dataIndex: 'title',
                fixed: 'left',
                render: (title: string, r) => (
                  <Flex vertical gap={2} style={{ maxWidth: 360 }}>
                    <Flex gap={4} align="center" wrap>
                      <Link to={`/records/${r.id}`}>{title}</Link>
                      {r.status === 'DISPOSED' ? <Tag color="default">已处置</Tag> : null}
                      {r.legalHold ? <LegalHoldTag /> : null}
                      {r.restricted ? <RestrictedTag /> : null}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {label(RECORD_KIND_LABELS, r.kind)} · {label(OWNER_TYPE_LABELS, r.ownerType)} {r.ownerId}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { title: '执法主体', dataIndex: 'agencyName' },
              {
                title: '文件',
                key: 'files',
                align: 'right',
                render: (_: unknown, r) => (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {r.fileCount} 个 · {formatBytes(r.totalSize)}
                  </span>
                ),
              },
              {
                title: '完整性',
                dataIndex: 'integrity',
                render: (v: string, r) => (r.status === 'DISPOSED' ? '—' : <IntegrityTag integrity={v} />),
              },
              {
                title: '保管期限',
                dataIndex: 'retentionClass',
                render: (v: string) => label(RETENTION_CLASS_LABELS, v),
              },
              {
                title: '入库时间',
                dataIndex: 'createdAt',
                render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}
