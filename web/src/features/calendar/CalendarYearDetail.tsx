import { Descriptions, Table, Tag } from 'antd';
import { weekday } from '../../app/format';
import { CALENDAR_DAY_KIND_LABELS, CALENDAR_SOURCE_LABELS, label } from '../../app/labels';
import type { CalendarYearView } from './queries';

export function CalendarYearDetail({ view, loading }: { view: CalendarYearView | undefined; loading: boolean }) {
  const days = [...(view?.days ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      {view ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'notice', label: '通知文号', children: view.sourceNotice },
            {
              key: 'url',
              label: '网址',
              children: view.sourceUrl ? (
                <a href={view.sourceUrl} target="_blank" rel="noreferrer">
                  {view.sourceUrl}
                </a>
              ) : (
                '—'
              ),
            },
            { key: 'source', label: '来源', children: label(CALENDAR_SOURCE_LABELS, view.source) },
          ]}
        />
      ) : null}
      <Table
        rowKey="date"
        size="small"
        loading={loading}
        dataSource={days}
        pagination={false}
        locale={{ emptyText: '该年度没有节假日或调休安排' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 140 },
          { title: '星期', dataIndex: 'date', key: 'weekday', width: 100, render: (d: string) => weekday(d) },
          {
            title: '类型',
            dataIndex: 'kind',
            width: 120,
            render: (k: string) => (
              <Tag color={k === 'HOLIDAY' ? 'red' : 'blue'}>{label(CALENDAR_DAY_KIND_LABELS, k)}</Tag>
            ),
          },
          { title: '名称', dataIndex: 'name', render: (v: string) => v || '—' },
        ]}
      />
    </>
  );
}
