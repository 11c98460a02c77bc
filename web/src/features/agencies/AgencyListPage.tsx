import { PlusOutlined } from '@ant-design/icons';
import type { AgencySummary } from '@zhifa/contracts';
import { Button, Card, Input, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { LoadError, PageHeader } from '../../app/components';
import { AGENCY_KIND_LABELS, CATEGORY_LABELS, label } from '../../app/labels';
import { useAbility } from '../../app/session';
import { AgencyFormDrawer } from './AgencyFormDrawer';
import { useAgencies } from './queries';

type Row = AgencySummary & { children?: Row[] };

/** Agencies as a tree by parentId; an agency whose parent the user cannot see becomes a root. */
function buildTree(list: AgencySummary[]): Row[] {
  const byId = new Map<string, Row>(list.map((a) => [a.id, { ...a }]));
  const roots: Row[] = [];
  for (const row of byId.values()) {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (!parent) {
      roots.push(row);
      continue;
    }
    parent.children = parent.children ?? [];
    parent.children.push(row);
  }
  return roots;
}

export function AgencyListPage() {
  const agencies = useAgencies();
  const canManage = useAbility('agency.manage');
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);

  const rows = useMemo(() => {
    const list = agencies.data ?? [];
    const term = q.trim();
    if (!term) return buildTree(list);
    return list.filter((a) => a.name.includes(term) || a.shortName.includes(term));
  }, [agencies.data, q]);

  if (agencies.isError) return <LoadError error={agencies.error} retry={() => agencies.refetch()} />;

  return (
    <>
      <PageHeader
        title="执法主体"
        sub="行政机关、法律法规授权组织和受委托组织"
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新增执法主体
            </Button>
          ) : null
        }
      />
      <Card>
        <Input.Search
          aria-label="按名称搜索执法主体"
          placeholder="输入名称或简称"
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ maxWidth: 360, marginBottom: 16 }}
        />
        <Table<Row>
          rowKey="id"
          loading={agencies.isPending}
          dataSource={rows}
          pagination={q.trim() ? { pageSize: 20, showTotal: (t) => `共 ${t} 个` } : false}
          expandable={{ defaultExpandAllRows: true }}
          key={q.trim() ? 'flat' : `tree-${agencies.dataUpdatedAt}`}
          columns={[
            {
              title: '名称',
              dataIndex: 'name',
              render: (name: string, a) => (
                <>
                  <Link to={`/agencies/${a.id}`}>{name}</Link>
                  {a.isSupervisor ? (
                    <Tag color="purple" style={{ marginInlineStart: 8 }}>
                      司法行政
                    </Tag>
                  ) : null}
                </>
              ),
            },
            { title: '简称', dataIndex: 'shortName' },
            { title: '主体类别', dataIndex: 'kind', render: (v: string) => label(AGENCY_KIND_LABELS, v) },
            { title: '执法领域', dataIndex: 'sector', render: (v: string) => label(CATEGORY_LABELS, v) },
            { title: '行政区划', dataIndex: 'regionName', render: (v: string, a) => v || a.regionCode },
            { title: '执法人员', dataIndex: 'officerCount', align: 'right' },
          ]}
        />
      </Card>
      <AgencyFormDrawer open={creating} agency={null} onClose={() => setCreating(false)} />
    </>
  );
}
