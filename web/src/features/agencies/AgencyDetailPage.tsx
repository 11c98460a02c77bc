import { EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import type { AgencyDetail } from '@zhifa/contracts';
import { Button, Card, Col, Descriptions, Progress, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError, Loading, PageHeader, SectionTitle } from '../../app/components';
import { text } from '../../app/format';
import { AGENCY_KIND_LABELS, CATEGORY_LABELS, label, UNIT_KIND_LABELS } from '../../app/labels';
import { AgencyFormDrawer } from './AgencyFormDrawer';
import { useAgencies, useAgency } from './queries';
import { UnitModal } from './UnitModal';

export function AgencyDetailPage() {
  const { id = '' } = useParams();
  const agency = useAgency(id);
  const [editing, setEditing] = useState(false);
  const [addingUnit, setAddingUnit] = useState(false);

  if (agency.isPending) return <Loading />;
  if (agency.isError) return <LoadError error={agency.error} retry={() => agency.refetch()} />;
  const a = agency.data;

  return (
    <>
      <PageHeader
        title={a.name}
        sub={`${label(AGENCY_KIND_LABELS, a.kind)} · ${a.regionName || a.regionCode}`}
        extra={
          <>
            {a.abilities.readOfficers ? (
              <Link to={`/officers?agencyId=${a.id}`}>
                <Button icon={<TeamOutlined />}>查看执法人员</Button>
              </Link>
            ) : null}
            {a.abilities.createUnit ? (
              <Button icon={<PlusOutlined />} onClick={() => setAddingUnit(true)}>
                新增内设机构
              </Button>
            ) : null}
            {a.abilities.update ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                编辑
              </Button>
            ) : null}
          </>
        }
      />
      <Stats agency={a} />
      <Card title={<SectionTitle>基本信息</SectionTitle>} style={{ marginTop: 16 }}>
        <BasicInfo agency={a} />
      </Card>
      <Card title={<SectionTitle>内设机构</SectionTitle>} style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={a.units}
          locale={{ emptyText: '暂无内设机构' }}
          columns={[
            {
              title: '机构名称',
              dataIndex: 'name',
              render: (name: string, u) => (
                <>
                  {name}
                  {u.id === a.legalReviewUnitId ? (
                    <Tag color="blue" style={{ marginInlineStart: 8 }}>
                      法制审核机构
                    </Tag>
                  ) : null}
                </>
              ),
            },
            { title: '机构类别', dataIndex: 'kind', render: (v: string) => label(UNIT_KIND_LABELS, v) },
            { title: '电话', dataIndex: 'phone', render: (v: string) => text(v) },
          ]}
        />
      </Card>
      <AgencyFormDrawer open={editing} agency={a} onClose={() => setEditing(false)} />
      <UnitModal open={addingUnit} agencyId={a.id} onClose={() => setAddingUnit(false)} />
    </>
  );
}

function BasicInfo({ agency: a }: { agency: AgencyDetail }) {
  const agencies = useAgencies();
  const parentName = a.parentId ? (agencies.data?.find((x) => x.id === a.parentId)?.name ?? a.parentId) : null;
  const reviewUnit = a.units.find((u) => u.id === a.legalReviewUnitId)?.name ?? null;
  const entrusted = a.kind === 'ENTRUSTED_ORG';
  const items = [
    { key: 'name', label: '执法主体名称', children: a.name },
    { key: 'shortName', label: '简称', children: a.shortName },
    { key: 'creditCode', label: '统一社会信用代码', children: text(a.creditCode) },
    { key: 'kind', label: '主体类别', children: label(AGENCY_KIND_LABELS, a.kind) },
    { key: 'sector', label: '执法领域', children: label(CATEGORY_LABELS, a.sector) },
    { key: 'region', label: '行政区划', children: `${a.regionName} (${a.regionCode})` },
    { key: 'parent', label: '上级主体', children: text(parentName) },
    { key: 'supervisor', label: '司法行政（监督）机关', children: a.isSupervisor ? '是' : '否' },
    { key: 'review', label: '法制审核机构', children: text(reviewUnit) },
    ...(entrusted
      ? [
          { key: 'entrusting', label: '委托机关', children: text(a.entrustingAgencyName) },
          {
            key: 'period',
            label: '委托期限',
            children: `${text(a.entrustmentFrom)} 至 ${text(a.entrustmentUntil)}`,
          },
          { key: 'scope', label: '委托事项和权限', span: 3, children: text(a.entrustmentScope) },
        ]
      : []),
    { key: 'address', label: '地址', children: text(a.address) },
    { key: 'postcode', label: '邮政编码', children: text(a.postcode) },
    { key: 'phone', label: '联系电话', children: text(a.phone) },
    { key: 'website', label: '网站', children: text(a.website) },
    { key: 'supervisionPhone', label: '监督电话', children: text(a.supervisionPhone) },
    { key: 'complaint', label: '投诉举报渠道', children: text(a.complaintChannel) },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}

function Stats({ agency: a }: { agency: AgencyDetail }) {
  const { stats } = a;
  const ratio = stats.reviewerRatio;
  const trainingPercent = stats.officers > 0 ? Math.round((stats.trainingMet / stats.officers) * 100) : 0;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} xl={6}>
        <Card>
          <Statistic title="执法人员" value={stats.officers} suffix="人" />
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card>
          <Statistic title="有效执法证件" value={stats.validCertificates} suffix="张" />
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card>
          <Statistic title="法制审核人员" value={stats.reviewers} suffix="人" />
          <Typography.Text>
            占比 {ratio.percentText}（要求不低于 5%）{' '}
            {ratio.met ? <Tag color="green">达标</Tag> : <Tag color="red">未达标，尚缺 {ratio.shortfall} 人</Tag>}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card>
          <Statistic
            title={`${stats.trainingYear} 年度培训达标（60 学时）`}
            value={stats.trainingMet}
            suffix={`/ ${stats.officers} 人`}
          />
          <Progress percent={trainingPercent} size="small" aria-label="培训达标比例" />
        </Card>
      </Col>
    </Row>
  );
}
