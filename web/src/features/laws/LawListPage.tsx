import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { LawSummary } from '@zhifa/contracts';
import { Button, Card, Form, Input, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadError, PageHeader } from '../../app/components';
import { formatDate } from '../../app/format';
import { LAW_LEVEL_LABELS, label } from '../../app/labels';
import { useAbility } from '../../app/session';
import { LawFormModal, LawImportModal } from './LawModals';
import { useLaws } from './queries';

/** The version in force today (the latest that has started), else the latest. */
export function currentVersion(law: LawSummary): LawSummary['versions'][number] | undefined {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const started = law.versions.filter(
    (v) => v.effectiveFrom <= today && (!v.effectiveUntil || v.effectiveUntil >= today),
  );
  const sorted = (started.length ? started : law.versions).toSorted((a, b) =>
    b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  return sorted[0];
}

/** 法律法规库: the laws the catalogue cites, each with its versions (APL-37 picks between them). */
export function LawListPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [keyword, setKeyword] = useState(q);
  const laws = useLaws(q);
  const canManage = useAbility('law.manage');
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);

  useEffect(() => setKeyword(q), [q]);

  return (
    <>
      <PageHeader
        title="法律法规库"
        sub="清单、裁量基准和文书引用的法律依据；条文按版本保存，已录入的版本不可更改"
        extra={
          canManage ? (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
                新增法律法规
              </Button>
              <Button icon={<ImportOutlined />} onClick={() => setDialog('import')}>
                导入
              </Button>
            </>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline">
          <Form.Item label="关键字" htmlFor="law-q">
            <Input.Search
              id="law-q"
              allowClear
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
              placeholder="名称或简称"
              enterButton="查询"
              style={{ width: 320 }}
            />
          </Form.Item>
        </Form>
      </Card>
      {laws.isError ? (
        <LoadError error={laws.error} retry={() => laws.refetch()} />
      ) : (
        <Card>
          <Table<LawSummary>
            rowKey="id"
            loading={laws.isFetching}
            dataSource={laws.data ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 部` }}
            columns={[
              {
                title: '名称',
                dataIndex: 'name',
                render: (name: string, l) => <Link to={`/laws/${l.id}`}>{name}</Link>,
              },
              { title: '简称', dataIndex: 'shortName' },
              {
                title: '效力层级',
                dataIndex: 'level',
                width: 130,
                render: (v: string) => <Tag>{label(LAW_LEVEL_LABELS, v)}</Tag>,
              },
              { title: '制定机关', dataIndex: 'issuer' },
              {
                title: '现行版本',
                key: 'current',
                render: (_, l) => {
                  const v = currentVersion(l);
                  return v ? `${v.label}（${formatDate(v.effectiveFrom)} 起施行）` : '—';
                },
              },
              {
                title: '条文数',
                key: 'provisions',
                align: 'right',
                render: (_, l) => currentVersion(l)?.provisions ?? 0,
              },
            ]}
          />
        </Card>
      )}
      <LawFormModal open={dialog === 'create'} onClose={() => setDialog(null)} />
      <LawImportModal open={dialog === 'import'} onClose={() => setDialog(null)} />
    </>
  );
}
