import { PlusOutlined } from '@ant-design/icons';
import type { DeviceView } from '@zhifa/contracts';
import { Button, Card, Form, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { LoadError, PageHeader } from '../../app/components';
import { formatDateTime } from '../../app/format';
import { DEVICE_STATUS_COLORS, DEVICE_STATUS_LABELS, DEVICE_TYPE_LABELS, label } from '../../app/labels';
import { useAbility } from '../../app/session';
import { AgencySelect } from '../agencies/selects';
import { DeviceDrawer } from './DeviceDrawer';
import { DeviceFormModal } from './DeviceFormModal';
import { type DeviceFilters, useDevices } from './queries';

/** 执法记录仪 and other recording equipment: the register and who holds each device now. */
export function DeviceListPage() {
  const [filters, setFilters] = useState<DeviceFilters>({});
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const canManage = useAbility('device.manage');
  const devices = useDevices(filters, page, pageSize);

  const update = (changes: DeviceFilters) => {
    setFilters((f) => ({ ...f, ...changes }));
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title="执法记录仪"
        sub="执法记录仪等音像记录设备的登记与使用台账（领用人、领用时间、归还时间）"
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记设备
            </Button>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label="执法主体" htmlFor="device-filter-agency">
            <AgencySelect
              id="device-filter-agency"
              value={filters.agencyId}
              onChange={(v) => update({ agencyId: v })}
              style={{ width: 260 }}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item label="关键字" htmlFor="device-filter-q">
            <Input.Search
              id="device-filter-q"
              allowClear
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(v) => update({ q: v.trim() || undefined })}
              placeholder="设备编号或型号"
              enterButton="查询"
              style={{ width: 280 }}
            />
          </Form.Item>
        </Form>
      </Card>
      {devices.isError ? (
        <LoadError error={devices.error} retry={() => devices.refetch()} />
      ) : (
        <Card>
          <Table<DeviceView>
            rowKey="id"
            loading={devices.isFetching}
            dataSource={devices.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page,
              pageSize,
              total: devices.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (t) => `共 ${t} 台`,
              onChange: (p, ps) => {
                setPage(p);
                setPageSize(ps);
              },
            }}
            columns={[
              {
                title: '设备编号',
                dataIndex: 'serialNo',
                fixed: 'left',
                render: (v: string, d) => (
                  <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(d.id)}>
                    {v}
                  </Button>
                ),
              },
              { title: '设备类型', dataIndex: 'type', render: (v: string) => label(DEVICE_TYPE_LABELS, v) },
              { title: '型号', dataIndex: 'model', render: (v: string) => v || '—' },
              { title: '执法主体', dataIndex: 'agencyName' },
              { title: '所属内设机构', dataIndex: 'ownerUnitName', render: (v: string | null) => v ?? '—' },
              { title: '保管人', dataIndex: 'custodianName', render: (v: string | null) => v ?? '—' },
              {
                title: '状态',
                dataIndex: 'status',
                render: (v: string) => <Tag color={DEVICE_STATUS_COLORS[v]}>{label(DEVICE_STATUS_LABELS, v)}</Tag>,
              },
              {
                title: '当前领用',
                dataIndex: 'currentLoan',
                render: (l: DeviceView['currentLoan']) =>
                  l ? `${l.officerName}（${formatDateTime(l.checkedOutAt)}）` : '—',
              },
            ]}
          />
        </Card>
      )}
      <DeviceDrawer id={openId} onClose={() => setOpenId(null)} />
      <DeviceFormModal open={creating} onClose={() => setCreating(false)} onCreated={(d) => setOpenId(d.id)} />
    </>
  );
}
