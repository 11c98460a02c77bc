import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Input, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError, Loading, PageHeader, SectionTitle } from '../../app/components';
import { formatDate } from '../../app/format';
import { LAW_LEVEL_LABELS, label } from '../../app/labels';
import { useAbility } from '../../app/session';
import { chineseNumeral } from '../catalogue/entryMeta';
import { LawVersionModal } from './LawModals';
import { type LawProvisionView, type LawVersionView, useLaw } from './queries';

/** 第五十一条第一款第二项 */
function position(p: LawProvisionView): string {
  let s = `第${chineseNumeral(p.article)}条`;
  if (p.paragraph) s += `第${chineseNumeral(p.paragraph)}款`;
  if (p.item) s += `第${chineseNumeral(p.item)}项`;
  return s;
}

function VersionProvisions({ version }: { version: LawVersionView }) {
  const [q, setQ] = useState('');
  const rows = version.provisionList.filter((p) => !q || p.text.includes(q) || position(p).includes(q));
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'doc', label: '公布文件', children: version.issuingDocument },
          { key: 'on', label: '公布日期', children: formatDate(version.promulgatedOn) },
          { key: 'from', label: '施行日期', children: formatDate(version.effectiveFrom) },
          {
            key: 'until',
            label: '失效日期',
            children: version.effectiveUntil ? formatDate(version.effectiveUntil) : '现行有效',
          },
        ]}
      />
      <Input.Search
        allowClear
        aria-label="在条文中查找"
        placeholder="在条文中查找，如：罚款、第五十一条"
        onSearch={(v) => setQ(v.trim())}
        onChange={(e) => !e.target.value && setQ('')}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      <Table<LawProvisionView>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={{ pageSize: 50, showTotal: (t) => `共 ${t} 条`, showSizeChanger: true }}
        columns={[
          { title: '条', dataIndex: 'article', width: 60, align: 'right' },
          { title: '款', dataIndex: 'paragraph', width: 60, align: 'right', render: (v: number | null) => v ?? '—' },
          { title: '项', dataIndex: 'item', width: 60, align: 'right', render: (v: number | null) => v ?? '—' },
          {
            title: '条文',
            dataIndex: 'text',
            render: (t: string, p) => (
              <>
                <Typography.Text strong style={{ marginInlineEnd: 8 }}>
                  {position(p)}
                </Typography.Text>
                <span style={{ whiteSpace: 'pre-wrap' }}>{t}</span>
              </>
            ),
          },
        ]}
      />
    </>
  );
}

/** A law with its versions (newest first) and the articles of each. */
export function LawDetailPage() {
  const { id = '' } = useParams();
  const law = useLaw(id);
  const canManage = useAbility('law.manage');
  const [adding, setAdding] = useState(false);

  if (law.isPending) return <Loading />;
  if (law.isError) return <LoadError error={law.error} retry={() => law.refetch()} />;
  const l = law.data;
  const versions = [...l.versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));

  return (
    <>
      <PageHeader
        title={l.name}
        sub={
          <>
            {l.shortName} · {l.issuer} <Tag>{label(LAW_LEVEL_LABELS, l.level)}</Tag>
          </>
        }
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              新增版本
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph>
        <Link to="/laws">← 返回法律法规库</Link>
      </Typography.Paragraph>
      <Card title={<SectionTitle>版本与条文</SectionTitle>}>
        {versions.length === 0 ? (
          <Empty description="尚未录入版本和条文" />
        ) : (
          <Tabs
            items={versions.map((v) => ({
              key: v.id,
              label: `${v.label}（${v.effectiveFrom} 起${v.effectiveUntil ? `，${v.effectiveUntil} 止` : ''}）`,
              children: <VersionProvisions version={v} />,
            }))}
          />
        )}
      </Card>
      <LawVersionModal lawId={l.id} lawName={l.name} open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
