import { FileAddOutlined, MobileOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CaseSummary, Paged } from '@zhifa/contracts';
import { Button, Card, Flex, Form, Input, Radio, Select, Switch, Table, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadError, PageHeader } from '../../app/components';
import { formatDateTime } from '../../app/format';
import { useAbility, useSession } from '../../app/session';
import { isTerminalState, PROCEDURE_OPTIONS, stateOptions } from './caseLabels';
import { type CaseFilters, useCases, useUnitAlerts } from './queries';
import { StateTag, UrgencyBadge } from './tags';

const FILTER_KEYS = ['q', 'procedure', 'state', 'mine', 'urgency', 'sort'] as const;

function readFilters(params: URLSearchParams): CaseFilters {
  const f: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f as CaseFilters;
}

function CaseTable({
  query,
  page,
  pageSize,
  onPage,
}: {
  query: UseQueryResult<Paged<CaseSummary>>;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}) {
  if (query.isError) return <LoadError error={query.error} retry={() => query.refetch()} />;
  return (
    <Table<CaseSummary>
      rowKey="id"
      loading={query.isFetching}
      dataSource={query.data?.items ?? []}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '没有符合条件的案件' }}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (t) => `共 ${t} 件`,
        onChange: onPage,
      }}
      columns={[
        {
          title: '案件',
          dataIndex: 'caseNumber',
          fixed: 'left',
          render: (num: string, c) => (
            <Flex vertical gap={2} style={{ maxWidth: 380 }}>
              <Link to={`/cases/${c.id}`}>{c.cause}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {num} · {c.procedureName}
              </Typography.Text>
            </Flex>
          ),
        },
        { title: '当事人', dataIndex: 'partySummary', render: (v: string) => v || '—' },
        {
          title: '办理环节',
          dataIndex: 'stateLabel',
          render: (v: string, c) => <StateTag label={v} terminal={isTerminalState(c.procedure, c.state)} />,
        },
        {
          title: '期限预警',
          key: 'urgency',
          render: (_: unknown, c) =>
            isTerminalState(c.procedure, c.state) ? (
              '—'
            ) : (
              <UrgencyBadge urgency={c.urgency} rule={c.nextDueRule} dueOn={c.nextDueOn} />
            ),
        },
        {
          title: '最近更新',
          dataIndex: 'updatedAt',
          render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
        },
      ]}
    />
  );
}

export function CaseListPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const view = params.get('view') === 'unit' ? 'unit' : 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20));
  const canCreate = useAbility('case.create');
  const isUnitHead = useSession().user.roles.some((r) => r.role === 'UNIT_HEAD');
  const cases = useCases(filters, page, pageSize, view === 'all');
  const alerts = useUnitAlerts(page, pageSize, view === 'unit' && isUnitHead);
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
    setParams(next);
  };
  const onPage = (p: number, ps: number) => update({ page: p, pageSize: ps });

  const filterCard = (
    <Card style={{ marginBottom: 16 }}>
      <Form layout="inline" style={{ rowGap: 12 }}>
        <Form.Item label="程序" htmlFor="case-filter-procedure">
          <Select
            id="case-filter-procedure"
            allowClear
            value={filters.procedure}
            onChange={(v) => update({ procedure: v, state: undefined })}
            options={PROCEDURE_OPTIONS}
            style={{ width: 240 }}
            placeholder="全部"
          />
        </Form.Item>
        <Form.Item label="办理环节" htmlFor="case-filter-state">
          <Select
            id="case-filter-state"
            allowClear
            disabled={!filters.procedure}
            value={filters.state}
            onChange={(v) => update({ state: v })}
            options={stateOptions(filters.procedure)}
            style={{ width: 160 }}
            placeholder={filters.procedure ? '全部' : '先选程序'}
          />
        </Form.Item>
        <Form.Item label="期限预警">
          <Radio.Group
            aria-label="期限预警"
            optionType="button"
            value={filters.urgency ?? ''}
            onChange={(e) => update({ urgency: e.target.value })}
            options={[
              { value: '', label: '全部' },
              { value: 'RED', label: '红灯' },
              { value: 'YELLOW', label: '黄灯' },
              { value: 'GREEN', label: '绿灯' },
            ]}
          />
        </Form.Item>
        <Form.Item label="我的案件" htmlFor="case-filter-mine">
          <Switch
            id="case-filter-mine"
            checked={filters.mine === 'true'}
            onChange={(on) => update({ mine: on ? 'true' : undefined })}
          />
        </Form.Item>
        <Form.Item label="排序" htmlFor="case-filter-sort">
          <Select
            id="case-filter-sort"
            value={filters.sort ?? 'urgency'}
            onChange={(v) => update({ sort: v === 'urgency' ? undefined : v })}
            options={[
              { value: 'urgency', label: '按紧急程度' },
              { value: 'updated', label: '按更新时间' },
            ]}
            style={{ width: 130 }}
          />
        </Form.Item>
        <Form.Item label="关键字" htmlFor="case-filter-q">
          <Input.Search
            id="case-filter-q"
            allowClear
            value={keyword}
            onChange={(e) => setKeyword(e.target.value)}
            onSearch={(v) => update({ q: v.trim() })}
            placeholder="案号、案由或当事人"
            enterButton="查询"
            style={{ width: 280 }}
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
  );

  const allView = (
    <>
      {filterCard}
      <Card>
        <CaseTable query={cases} page={page} pageSize={pageSize} onPage={onPage} />
      </Card>
    </>
  );

  return (
    <>
      <PageHeader
        title="办案"
        sub="按期限紧急程度排列；红灯为已超期或今日到期，黄灯为即将到期"
        extra={
          canCreate ? (
            <>
              <Link to="/cases/on-spot">
                <Button icon={<MobileOutlined />}>当场处罚</Button>
              </Link>
              <Link to="/cases/new">
                <Button type="primary" icon={<FileAddOutlined />}>
                  登记案件
                </Button>
              </Link>
            </>
          ) : null
        }
      />
      {isUnitHead ? (
        <Tabs
          activeKey={view}
          onChange={(k) => setParams(k === 'unit' ? new URLSearchParams({ view: 'unit' }) : new URLSearchParams())}
          items={[
            { key: 'all', label: '案件列表', children: allView },
            {
              key: 'unit',
              label: '本部门红黄灯案件',
              children: (
                <Card>
                  <CaseTable query={alerts} page={page} pageSize={pageSize} onPage={onPage} />
                </Card>
              ),
            },
          ]}
        />
      ) : (
        allView
      )}
    </>
  );
}
