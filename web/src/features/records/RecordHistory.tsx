import type { RecordDetail, RecordVersionView } from '@zhifa/contracts';
import { Card, Descriptions, Empty, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { SectionTitle } from '../../app/components';
import { formatDateTime } from '../../app/format';
import { changedKeys, metadataItems, type RecordKind } from './metadata';
import { useAgencyOfficers } from './queries';

/** Officer ids kept in the metadata, shown as names (ids of officers not listed stay as they are). */
function useOfficerNames(agencyId: string): (id: string) => string {
  const officers = useAgencyOfficers(agencyId);
  const names = new Map((officers.data?.items ?? []).map((o) => [o.id, o.name]));
  return (id) => names.get(id) ?? id;
}

export function RecordMetadata({ record }: { record: RecordDetail }) {
  const officerName = useOfficerNames(record.agencyId);
  const kind = record.kind as RecordKind;
  return (
    <Card
      title={<SectionTitle>元数据</SectionTitle>}
      extra={<Typography.Text type="secondary">当前为第 {record.currentVersion} 版</Typography.Text>}
      style={{ marginTop: 16 }}
    >
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={metadataItems(kind, record.metadata, officerName)}
      />
    </Card>
  );
}

export function RecordVersions({ record }: { record: RecordDetail }) {
  const kind = record.kind as RecordKind;
  const byVersion = new Map(record.versions.map((v) => [v.version, v]));
  return (
    <Card title={<SectionTitle>版本记录</SectionTitle>} style={{ marginTop: 16 }}>
      <Table<RecordVersionView>
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={[...record.versions].sort((a, b) => b.version - a.version)}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
          {
            title: '修改内容',
            key: 'changes',
            render: (_: unknown, v) => {
              const prev = byVersion.get(v.version - 1);
              if (!prev) return <Tag>初始版本</Tag>;
              const keys = changedKeys(kind, prev.metadata, v.metadata);
              return keys.length ? (
                keys.map((k) => <Tag key={k}>{k}</Tag>)
              ) : (
                <Typography.Text type="secondary">仅标题</Typography.Text>
              );
            },
          },
          { title: '原因', dataIndex: 'reason', render: (v: string) => v || '—' },
          { title: '操作人', dataIndex: 'createdByName' },
          {
            title: '时间',
            dataIndex: 'createdAt',
            render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
          },
        ]}
      />
    </Card>
  );
}

/** 保管链: every capture, upload, view, download, share and export, each an entry of the tamper-evident log. */
export function CustodyTimeline({ record }: { record: RecordDetail }) {
  return (
    <Card
      title={<SectionTitle>保管链</SectionTitle>}
      extra={<Typography.Text type="secondary">时间为北京时间；每条记录均写入防篡改日志</Typography.Text>}
      style={{ marginTop: 16 }}
    >
      {record.custody.length === 0 ? (
        <Empty description="暂无保管记录" />
      ) : (
        <Timeline
          items={record.custody.map((e) => ({
            key: e.id,
            color:
              e.action === 'METADATA_EDIT' ? 'orange' : e.action === 'VIEW' || e.action === 'STREAM' ? 'gray' : 'blue',
            title: formatDateTime(e.occurredAt),
            content: (
              <div data-testid="custody-event">
                <Typography.Text strong>{e.label}</Typography.Text>
                <Typography.Text style={{ marginInlineStart: 8 }}>{e.actorName ?? '系统'}</Typography.Text>
                {e.ip ? (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    IP {e.ip}
                  </Typography.Text>
                ) : null}
                {e.reason ? <div>理由：{e.reason}</div> : null}
                <div>
                  <Tooltip title={e.hash}>
                    <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
                      哈希 {e.hash.slice(0, 16)}…
                    </Typography.Text>
                  </Tooltip>
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
