import { DownloadOutlined, ExportOutlined, GlobalOutlined, UploadOutlined } from '@ant-design/icons';
import type { ListVersionDetail } from '@zhifa/contracts';
import { Alert, Button, Card, Col, Descriptions, Dropdown, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError, Loading, PageHeader, SectionTitle } from '../../app/components';
import { formatDate, formatDateTime } from '../../app/format';
import { LIST_TYPE_LABELS } from '../../app/labels';
import { DiffCard } from './DiffCard';
import { EntriesEditor } from './EntriesEditor';
import { EntryDetails, entryColumns, tableColumns } from './EntryDetails';
import type { Entry } from './entryMeta';
import { NewVersionButton, StatusTag } from './parts';
import { exportHref, portalHref, useListVersion } from './queries';
import { CommentsTimeline, WorkflowButtons } from './Workflow';

const EDITABLE = new Set(['DRAFT', 'RETURNED']);

function ReadOnlyEntries({ detail }: { detail: ListVersionDetail }) {
  const rows = detail.entries as Entry[];
  return (
    <Card title={<SectionTitle>条目（{rows.length} 条）</SectionTitle>} style={{ marginBottom: 16 }}>
      <Table<Entry>
        size="small"
        rowKey={(e, i) => `${String(e.code)}-${i}`}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showTotal: (t) => `共 ${t} 条` } : false}
        expandable={{ expandedRowRender: (e) => <EntryDetails listType={detail.listType} entry={e} /> }}
        columns={[
          { title: '序号', key: 'no', width: 64, render: (_, e) => rows.indexOf(e) + 1 },
          ...tableColumns<Entry>(entryColumns(detail.listType), (e) => e),
        ]}
      />
    </Card>
  );
}

/** 清单版本: one version of one list — its entries (editable while a draft), workflow, comments and diff. */
export function CatalogueVersionPage() {
  const { id = '' } = useParams();
  const version = useListVersion(id);
  const [dirty, setDirty] = useState(false);

  if (version.isPending) return <Loading />;
  if (version.isError) return <LoadError error={version.error} retry={() => version.refetch()} />;
  const d = version.data;
  const editable = d.abilities.edit && EDITABLE.has(d.status);
  const typeName = LIST_TYPE_LABELS[d.listType] ?? d.listType;

  return (
    <>
      <PageHeader
        title={`${typeName} · 第 ${d.version} 版`}
        sub={
          <>
            {d.agencyName} <StatusTag status={d.status} />
          </>
        }
        extra={
          <>
            <WorkflowButtons detail={d} dirty={dirty} />
            {editable ? (
              <Link to={`/catalogue/import?agencyId=${d.agencyId}&listType=${d.listType}`}>
                <Button icon={<UploadOutlined />}>导入 Excel</Button>
              </Link>
            ) : null}
            <Dropdown
              menu={{
                items: [
                  { key: 'xlsx', label: <a href={exportHref(d.id, 'xlsx')}>Excel（.xlsx）</a> },
                  { key: 'csv', label: <a href={exportHref(d.id, 'csv')}>CSV</a> },
                ],
              }}
            >
              <Button icon={<DownloadOutlined />}>导出</Button>
            </Dropdown>
            <Button icon={<GlobalOutlined />} href={portalHref(d.agencyId, d.listType)} target="_blank">
              门户公示页 <ExportOutlined />
            </Button>
            {d.abilities.newVersion ? <NewVersionButton agencyId={d.agencyId} listType={d.listType} /> : null}
          </>
        }
      />
      <Typography.Paragraph>
        <Link to={`/catalogue?agencyId=${d.agencyId}&listType=${d.listType}`}>← 返回{typeName}的全部版本</Link>
      </Typography.Paragraph>
      {d.status === 'RETURNED' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="本版本已被退回修改"
          description={[...d.comments].reverse().find((c) => c.action === 'RETURN')?.body}
        />
      ) : null}
      {d.status === 'PUBLISHED' || d.status === 'SUPERSEDED' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="已公布的版本不可更改；如需修改，请新建版本并写明修订理由。"
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card title={<SectionTitle>版本信息</SectionTitle>} style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              styles={{ label: { whiteSpace: 'nowrap' } }}
              items={[
                { key: 'agency', label: '执法主体', children: d.agencyName },
                { key: 'status', label: '状态', children: <StatusTag status={d.status} /> },
                { key: 'from', label: '施行日期', children: formatDate(d.effectiveFrom) },
                { key: 'count', label: '条目数', children: d.entryCount },
                { key: 'by', label: '起草人', children: d.createdByName },
                { key: 'at', label: '创建时间', children: formatDateTime(d.createdAt) },
                { key: 'published', label: '公布时间', children: formatDateTime(d.publishedAt), span: 2 },
                { key: 'reason', label: '修订说明', children: d.changeReason || '—', span: 2 },
                {
                  key: 'hash',
                  label: '内容摘要（SM3）',
                  span: 2,
                  children: d.contentHash ? (
                    <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                      {d.contentHash}
                    </Typography.Text>
                  ) : (
                    '—'
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={<SectionTitle>审核记录</SectionTitle>} style={{ marginBottom: 16 }}>
            <CommentsTimeline comments={d.comments} />
          </Card>
        </Col>
      </Row>
      {editable ? (
        <EntriesEditor key={`${d.id}:${d.status}`} detail={d} onDirtyChange={setDirty} />
      ) : (
        <ReadOnlyEntries detail={d} />
      )}
      <DiffCard detail={d} />
    </>
  );
}
