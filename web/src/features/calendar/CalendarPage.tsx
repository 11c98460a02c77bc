import { EditOutlined, ImportOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { CalendarOverview, CalendarYearSummary } from '@zhifa/contracts';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../app/api';
import { LoadError, PageHeader, SectionTitle } from '../../app/components';
import { formatDateTime } from '../../app/format';
import { CALENDAR_SOURCE_LABELS, label } from '../../app/labels';
import { CalendarEditModal } from './CalendarEditModal';
import { CalendarYearDetail } from './CalendarYearDetail';
import { calendarKeys, useCalendarYear } from './queries';

export function CalendarPage() {
  const overview = useQuery({
    queryKey: calendarKeys.overview,
    queryFn: () => api.get<CalendarOverview>('/api/calendar'),
  });
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ year: number | null } | null>(null);
  const detail = useCalendarYear(selected);

  if (overview.isError) return <LoadError error={overview.error} retry={() => overview.refetch()} />;
  const data = overview.data;
  const canEdit = data?.abilities.edit ?? false;

  return (
    <>
      <PageHeader
        title="节假日日历"
        sub="依据国务院办公厅每年发布的节假日安排计算法定期限中的工作日"
        extra={
          canEdit ? (
            <Button type="primary" icon={<ImportOutlined />} onClick={() => setEditing({ year: null })}>
              导入/编辑 年度安排
            </Button>
          ) : null
        }
      />
      {data && data.missing.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`以下年份尚未导入国务院节假日安排，涉及这些年份的期限无法计算：${data.missing.join('、')}`}
        />
      ) : null}
      <Card title={<SectionTitle>已导入的年度安排</SectionTitle>}>
        <Table<CalendarYearSummary>
          rowKey="year"
          loading={overview.isPending}
          dataSource={[...(data?.years ?? [])].sort((a, b) => b.year - a.year)}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          onRow={(y) => ({ onClick: () => setSelected(y.year), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: '年份',
              dataIndex: 'year',
              render: (year: number) => (
                <Button
                  type="link"
                  style={{ padding: 0 }}
                  onClick={(e) => {
                    e.stopPropagation();
                    setSelected(year);
                  }}
                >
                  {year} 年
                </Button>
              ),
            },
            {
              title: '来源文件',
              dataIndex: 'sourceNotice',
              render: (v: string, y) =>
                y.sourceUrl ? (
                  <a href={y.sourceUrl} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}>
                    {v}
                  </a>
                ) : (
                  v
                ),
            },
            {
              title: '来源',
              dataIndex: 'source',
              render: (v: string) => <Tag>{label(CALENDAR_SOURCE_LABELS, v)}</Tag>,
            },
            { title: '导入时间', dataIndex: 'loadedAt', render: (v: string) => formatDateTime(v) },
            { title: '休息日天数', dataIndex: 'holidays', align: 'right' },
            { title: '调休上班天数', dataIndex: 'makeupWorkdays', align: 'right' },
          ]}
        />
      </Card>
      {selected !== null ? (
        <Card
          style={{ marginTop: 16 }}
          title={<SectionTitle>{selected} 年节假日安排</SectionTitle>}
          extra={
            canEdit && detail.data ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing({ year: selected })}>
                编辑此年度
              </Button>
            ) : null
          }
        >
          {detail.isError ? (
            <LoadError error={detail.error} retry={() => detail.refetch()} />
          ) : (
            <CalendarYearDetail view={detail.data} loading={detail.isPending} />
          )}
        </Card>
      ) : null}
      <CalendarEditModal
        open={editing !== null}
        initial={editing?.year !== null && editing?.year === selected ? (detail.data ?? null) : null}
        suggestedYear={data?.missing[0] ?? new Date().getFullYear() + 1}
        onClose={() => setEditing(null)}
        onSaved={(year) => setSelected(year)}
      />
    </>
  );
}
