import type { ListVersionDetail } from '@zhifa/contracts';
import { Alert, Card, Empty, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { LoadError, Loading, SectionTitle } from '../../app/components';
import { LIST_STATUS_LABELS, label } from '../../app/labels';
import { type Entry, entryCode, entryTitle, fieldLabel } from './entryMeta';
import { useListDiff, useListVersion, useListVersions } from './queries';

type Change = { kind: 'added' | 'removed' | 'changed'; code: string; title: string; fields: string[] };

const KIND: Record<Change['kind'], { text: string; color: string }> = {
  added: { text: '新增', color: 'green' },
  removed: { text: '删除', color: 'red' },
  changed: { text: '修改', color: 'orange' },
};

/** 对比: what changed between this version and another one of the same list (ListDiff). */
export function DiffCard({ detail }: { detail: ListVersionDetail }) {
  const versions = useListVersions(detail.agencyId, detail.listType, 1, 200);
  const others = (versions.data?.items ?? []).filter((v) => v.id !== detail.id);
  const defaultAgainst =
    others.find((v) => v.status === 'PUBLISHED')?.id ?? others.find((v) => v.version < detail.version)?.id;
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const against = picked ?? defaultAgainst;
  const diff = useListDiff(detail.id, against);
  const other = useListVersion(against ?? '', Boolean(against));

  const titles = new Map<string, string>();
  for (const e of (other.data?.entries ?? []) as Entry[]) titles.set(entryCode(e), entryTitle(e));
  for (const e of detail.entries as Entry[]) titles.set(entryCode(e), entryTitle(e));

  const changes: Change[] = diff.data
    ? [
        ...diff.data.added.map((code) => ({ kind: 'added' as const, code, title: titles.get(code) ?? '', fields: [] })),
        ...diff.data.removed.map((code) => ({
          kind: 'removed' as const,
          code,
          title: titles.get(code) ?? '',
          fields: [],
        })),
        ...diff.data.changed.map((c) => ({
          kind: 'changed' as const,
          code: c.code,
          title: titles.get(c.code) ?? '',
          fields: c.fields,
        })),
      ]
    : [];

  return (
    <Card
      title={<SectionTitle>版本对比</SectionTitle>}
      extra={<Typography.Text type="secondary">比较的是已保存的内容</Typography.Text>}
      style={{ marginBottom: 16 }}
    >
      {others.length === 0 && !versions.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本清单只有这一个版本" />
      ) : (
        <>
          <Form layout="inline" style={{ marginBottom: 16 }}>
            <Form.Item label="对比版本" htmlFor="catalogue-diff-against">
              <Select
                id="catalogue-diff-against"
                style={{ width: 260 }}
                loading={versions.isPending}
                value={against}
                onChange={setPicked}
                options={others.map((v) => ({
                  value: v.id,
                  label: `第 ${v.version} 版（${label(LIST_STATUS_LABELS, v.status)}）`,
                }))}
              />
            </Form.Item>
          </Form>
          {diff.isError ? (
            <LoadError error={diff.error} retry={() => diff.refetch()} />
          ) : !diff.data ? (
            against ? (
              <Loading tip="正在对比…" />
            ) : null
          ) : changes.length === 0 ? (
            <Alert type="success" showIcon title={`与第 ${diff.data.from} 版相比没有变化`} />
          ) : (
            <>
              <Flex gap={16} style={{ marginBottom: 12 }} wrap>
                <Typography.Text>
                  第 {diff.data.from} 版 → 第 {diff.data.to} 版：
                </Typography.Text>
                <Typography.Text type="success">新增 {diff.data.added.length} 条</Typography.Text>
                <Typography.Text type="danger">删除 {diff.data.removed.length} 条</Typography.Text>
                <Typography.Text type="warning">修改 {diff.data.changed.length} 条</Typography.Text>
              </Flex>
              <Table<Change>
                size="small"
                rowKey={(c) => `${c.kind}-${c.code}`}
                dataSource={changes}
                pagination={changes.length > 20 ? { pageSize: 20 } : false}
                columns={[
                  {
                    title: '变化',
                    dataIndex: 'kind',
                    width: 80,
                    render: (k: Change['kind']) => <Tag color={KIND[k].color}>{KIND[k].text}</Tag>,
                  },
                  { title: '编码', dataIndex: 'code', width: 160, render: (c: string) => <code>{c}</code> },
                  { title: '名称', dataIndex: 'title', render: (t: string) => t || '—' },
                  {
                    title: '修改的字段',
                    dataIndex: 'fields',
                    render: (fields: string[]) =>
                      fields.length ? fields.map((f) => <Tag key={f}>{fieldLabel(detail.listType, f)}</Tag>) : '—',
                  },
                ]}
              />
            </>
          )}
        </>
      )}
    </Card>
  );
}
