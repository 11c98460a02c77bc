import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { OfficerListItem } from '@zhifa/contracts';
import { Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { queryString } from '../../app/api';
import { LoadError, PageHeader } from '../../app/components';
import { CATEGORY_LABELS, CERTIFICATE_STATUS_LABELS, GENDER_LABELS, label, options } from '../../app/labels';
import { AgencySelect } from '../agencies/selects';
import { type OfficerFilters, useOfficers } from './queries';
import { CertificateStatusTag } from './tags';

const FILTER_KEYS = ['agencyId', 'unitId', 'q', 'certificateStatus', 'legalReviewer'] as const;

function readFilters(params: URLSearchParams): OfficerFilters {
  const f: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f as OfficerFilters;
}

export function OfficerListPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20));
  const officers = useOfficers(filters, page, pageSize);
  const [keyword, setKeyword] = useState(filters.q ?? '');

  useEffect(() => setKeyword(filters.q ?? ''), [filters.q]);

  /** Filters live in the URL: a changed filter goes back to page 1. */
  const update = (changes: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: false });
  };

  const abilities = officers.data?.abilities;
  const exportHref = `/api/officers/export${queryString({ ...filters })}`;

  return (
    <>
      <PageHeader
        title="执法人员"
        extra={
          <>
            {abilities?.create ? (
              <Link to="/officers/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  新增执法人员
                </Button>
              </Link>
            ) : null}
            {abilities?.import ? (
              <Link to="/officers/import">
                <Button icon={<UploadOutlined />}>导入名单</Button>
              </Link>
            ) : null}
            {abilities?.export ? (
              <Button icon={<DownloadOutlined />} href={exportHref} download>
                导出 Excel
              </Button>
            ) : null}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label="执法主体" htmlFor="officer-filter-agency">
            <AgencySelect
              id="officer-filter-agency"
              value={filters.agencyId}
              onChange={(v) => update({ agencyId: v, unitId: undefined })}
              style={{ width: 260 }}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item label="关键字" htmlFor="officer-filter-q">
            <Input.Search
              id="officer-filter-q"
              allowClear
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(v) => update({ q: v.trim() })}
              placeholder="姓名或证件编号"
              enterButton="查询"
              style={{ width: 280 }}
            />
          </Form.Item>
          <Form.Item label="证件状态" htmlFor="officer-filter-status">
            <Select
              id="officer-filter-status"
              allowClear
              value={filters.certificateStatus}
              onChange={(v) => update({ certificateStatus: v })}
              options={options(CERTIFICATE_STATUS_LABELS, ['EXPIRED'])}
              style={{ width: 140 }}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item label="法制审核人员" htmlFor="officer-filter-reviewer">
            <Select
              id="officer-filter-reviewer"
              allowClear
              value={filters.legalReviewer}
              onChange={(v) => update({ legalReviewer: v })}
              options={[
                { value: 'true', label: '是' },
                { value: 'false', label: '否' },
              ]}
              style={{ width: 100 }}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item>
            <Button
              onClick={() => {
                setKeyword('');
                setParams(new URLSearchParams());
              }}
            >
              重置
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {officers.isError ? (
        <LoadError error={officers.error} retry={() => officers.refetch()} />
      ) : (
        <Card>
          <Table<OfficerListItem>
            rowKey="id"
            loading={officers.isFetching}
            dataSource={officers.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page,
              pageSize,
              total: officers.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (t) => `共 ${t} 人`,
              onChange: (p, ps) => update({ page: p, pageSize: ps }),
            }}
            columns={[
              {
                title: '姓名',
                dataIndex: 'name',
                fixed: 'left',
                render: (name: string, o) => (
                  <>
                    <Link to={`/officers/${o.id}`}>{name}</Link>
                    {o.isLegalReviewer ? (
                      <Tag color="blue" style={{ marginInlineStart: 6 }}>
                        法制审核
                      </Tag>
                    ) : null}
                    {o.employmentStatus === 'LEFT' ? (
                      <Tag style={{ marginInlineStart: 6 }} color="default">
                        离职
                      </Tag>
                    ) : null}
                  </>
                ),
              },
              { title: '性别', dataIndex: 'gender', width: 64, render: (v: string) => label(GENDER_LABELS, v) },
              { title: '执法主体', dataIndex: 'agencyName' },
              { title: '内设机构', dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
              { title: '职务', dataIndex: 'post', render: (v: string) => v || '—' },
              {
                title: '身份证号',
                dataIndex: 'idNumberMasked',
                render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
              },
              {
                title: '证件编号',
                dataIndex: 'certificateNumber',
                render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v ?? '—'}</span>,
              },
              {
                title: '证件状态',
                dataIndex: 'certificateStatus',
                render: (v: string | null) => (v ? <CertificateStatusTag status={v} /> : <Tag>无证件</Tag>),
              },
              {
                title: '执法类别',
                dataIndex: 'categories',
                render: (v: string[]) => (v.length ? v.map((c) => label(CATEGORY_LABELS, c)).join('、') : '—'),
              },
              { title: '本年培训学时', dataIndex: 'trainingHours', align: 'right' },
            ]}
          />
        </Card>
      )}
    </>
  );
}
