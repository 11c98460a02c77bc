import { EditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError, Loading, PageHeader, SectionTitle } from '../../app/components';
import { text } from '../../app/format';
import { EMPLOYMENT_LABELS, GENDER_LABELS, label } from '../../app/labels';
import { CertificateCard } from './CertificateCard';
import { IssueCertificateModal } from './IssueCertificateModal';
import { OfficerEditModal } from './OfficerEditModal';
import { useOfficer } from './queries';
import { TrainingSection } from './TrainingSection';

export function OfficerDetailPage() {
  const { id = '' } = useParams();
  const officer = useOfficer(id);
  const [editing, setEditing] = useState(false);
  const [issuing, setIssuing] = useState(false);

  if (officer.isPending) return <Loading />;
  if (officer.isError) return <LoadError error={officer.error} retry={() => officer.refetch()} />;
  const o = officer.data;

  return (
    <>
      <PageHeader
        title={o.name}
        sub={
          <>
            {o.agencyName}
            {o.unitName ? ` · ${o.unitName}` : ''}
            {o.post ? ` · ${o.post}` : ''}
          </>
        }
        extra={
          <>
            {o.abilities.issueCertificate ? (
              <Button icon={<SafetyCertificateOutlined />} onClick={() => setIssuing(true)}>
                核发证件
              </Button>
            ) : null}
            {o.abilities.update ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                编辑
              </Button>
            ) : null}
          </>
        }
      />
      <Card title={<SectionTitle>基本信息</SectionTitle>}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'name', label: '姓名', children: o.name },
            { key: 'gender', label: '性别', children: label(GENDER_LABELS, o.gender) },
            {
              key: 'status',
              label: '在职状态',
              children: (
                <Tag color={o.employmentStatus === 'ACTIVE' ? 'green' : 'default'}>
                  {label(EMPLOYMENT_LABELS, o.employmentStatus)}
                </Tag>
              ),
            },
            { key: 'id', label: '身份证号码', children: o.idNumberMasked },
            { key: 'phone', label: '手机号码', children: text(o.phoneMasked) },
            { key: 'post', label: '职务', children: text(o.post) },
            { key: 'agency', label: '执法主体', children: <Link to={`/agencies/${o.agencyId}`}>{o.agencyName}</Link> },
            { key: 'unit', label: '内设机构', children: text(o.unitName) },
            {
              key: 'reviewer',
              label: '法制审核人员',
              children: o.isLegalReviewer ? <Tag color="blue">是</Tag> : '否',
            },
            ...(o.isLegalReviewer
              ? [{ key: 'qualification', label: '法律职业资格证书编号', children: text(o.legalQualificationNo) }]
              : []),
          ]}
        />
      </Card>
      <Card title={<SectionTitle>执法证件</SectionTitle>} style={{ marginTop: 16 }}>
        {o.certificates.length === 0 ? (
          <Empty description="尚未核发执法证件" />
        ) : (
          <Flex vertical gap={16}>
            {o.certificates.map((c) => (
              <CertificateCard key={c.id} officerId={o.id} certificate={c} />
            ))}
          </Flex>
        )}
      </Card>
      <TrainingSection officer={o} />
      <OfficerEditModal open={editing} officer={o} onClose={() => setEditing(false)} />
      <IssueCertificateModal open={issuing} officer={o} onClose={() => setIssuing(false)} />
    </>
  );
}
