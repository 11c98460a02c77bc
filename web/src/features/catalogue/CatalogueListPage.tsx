import { DownloadOutlined, GlobalOutlined, UploadOutlined } from '@ant-design/icons';
import type { ListVersionSummary } from '@zhifa/contracts';
import { Alert, Button, Card, Form, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { LoadError, PageHeader } from '../../app/components';
import { formatDate, formatDateTime } from '../../app/format';
import { LIST_STATUS_LABELS, LIST_TYPE_LABELS, label } from '../../app/labels';
import { useAbility, useHomeAgencyId } from '../../app/session';
import { AgencySelect } from '../agencies/selects';
import { ListTypeSelect, NewVersionButton, StatusTag } from './parts';
import { exportHref, isListType, portalHref, templateHref, useListVersions } from './queries';

const OPEN = new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED']);

/** 事前公示清单: the versions of one list of one agency, and where a new version starts. */
export function CatalogueListPage() {
  const [params, setParams] = useSearchParams();
  const homeAgencyId = useHomeAgencyId();
  const agencyId = params.get('agencyId') || homeAgencyId;
  const rawType = params.get('listType');
  const listType = isListType(rawType) ? rawType : 'ITEMS';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20));
  const versions = useListVersions(agencyId, listType, page, pageSize);
  const canEdit = useAbility('catalogue.edit');

  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const items = versions.data?.items ?? [];
  // the server says whether this user may start a version here; older answers without abilities fall back
  // to the session's ability (which the server checks again)
  const mayEdit = versions.data?.abilities?.newVersion ?? versions.data?.abilities?.edit ?? canEdit;
  const published = items.find((v) => v.status === 'PUBLISHED');
  // one open (unpublished) version per list at a time: it is continued, not started again
  const open = items.find((v) => OPEN.has(v.status));
  const typeName = LIST_TYPE_LABELS[listType];

  return (
    <>
      <PageHeader
        title="事前公示清单"
        sub="谁执法谁公示：清单经法制审核、机关负责人决定后公布，公布的版本不可更改"
        extra={
          agencyId ? (
            <>
              {mayEdit && !open ? <NewVersionButton agencyId={agencyId} listType={listType} type="primary" /> : null}
              {mayEdit ? (
                <Link to={`/catalogue/import?agencyId=${agencyId}&listType=${listType}`}>
                  <Button icon={<UploadOutlined />}>导入 Excel</Button>
                </Link>
              ) : null}
              {mayEdit ? (
                <Button icon={<DownloadOutlined />} href={templateHref(listType)} download>
                  下载模板
                </Button>
              ) : null}
              <Button
                icon={<DownloadOutlined />}
                href={published ? exportHref(published.id, 'xlsx') : undefined}
                disabled={!published}
                title={published ? `导出已公布的第 ${published.version} 版` : '尚无已公布的版本'}
              >
                导出
              </Button>
              <Button icon={<GlobalOutlined />} href={portalHref(agencyId, listType)} target="_blank">
                门户公示页
              </Button>
            </>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label="执法主体" htmlFor="catalogue-agency">
            <AgencySelect
              id="catalogue-agency"
              allowClear={false}
              value={agencyId}
              onChange={(v: string) => update({ agencyId: v })}
              style={{ width: 280 }}
              placeholder="请选择执法主体"
            />
          </Form.Item>
          <Form.Item label="清单类型" htmlFor="catalogue-list-type">
            <ListTypeSelect
              id="catalogue-list-type"
              value={listType}
              onChange={(v) => update({ listType: v })}
              style={{ width: 300 }}
            />
          </Form.Item>
        </Form>
      </Card>
      {!agencyId ? (
        <Alert type="info" showIcon title="请选择执法主体" />
      ) : versions.isError ? (
        <LoadError error={versions.error} retry={() => versions.refetch()} />
      ) : (
        <Card>
          {open ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={
                <>
                  第 {open.version} 版尚未公布（{label(LIST_STATUS_LABELS, open.status)}），
                  <Link to={`/catalogue/lists/${open.id}`}>
                    {open.status === 'DRAFT' || open.status === 'RETURNED' ? '继续编辑' : '查看'}
                  </Link>
                </>
              }
            />
          ) : null}
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
            {typeName} · 版本
          </Typography.Title>
          <Table<ListVersionSummary>
            rowKey="id"
            loading={versions.isFetching}
            dataSource={items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: `尚未建立${typeName}` }}
            pagination={{
              current: page,
              pageSize,
              total: versions.data?.total ?? 0,
              showTotal: (t) => `共 ${t} 个版本`,
              onChange: (p, ps) => update({ page: p, pageSize: ps }),
            }}
            columns={[
              {
                title: '版本',
                dataIndex: 'version',
                width: 90,
                render: (v: number, r) => <Link to={`/catalogue/lists/${r.id}`}>第 {v} 版</Link>,
              },
              { title: '状态', dataIndex: 'status', width: 100, render: (s: string) => <StatusTag status={s} /> },
              { title: '施行日期', dataIndex: 'effectiveFrom', width: 120, render: formatDate },
              { title: '条目数', dataIndex: 'entryCount', width: 80, align: 'right' },
              { title: '修订说明', dataIndex: 'changeReason', render: (t: string) => t || '—' },
              { title: '起草人', dataIndex: 'createdByName', width: 100 },
              {
                title: '公布时间',
                dataIndex: 'publishedAt',
                width: 170,
                render: (t: string | null) => formatDateTime(t),
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}
