import type { OfficerListItem } from '@zhifa/contracts';
import { Col, Form, type FormInstance, Row, Select, Typography } from 'antd';
import { CERTIFICATE_STATUS_LABELS, label } from '../../app/labels';
import { useAgencyOfficers } from '../records/queries';

export interface OfficerPickValues {
  officerIds?: string[];
  leadId?: string;
}

/** The picked officers as the API wants them: the lead (主办) first, the others assisting (协办). */
export function toCaseOfficers(v: OfficerPickValues): { officerId: string; role: 'LEAD' | 'ASSISTANT' }[] {
  const ids = v.officerIds ?? [];
  const lead = v.leadId && ids.includes(v.leadId) ? v.leadId : ids[0];
  return ids.map((officerId) => ({ officerId, role: officerId === lead ? 'LEAD' : 'ASSISTANT' }));
}

function officerLabel(o: OfficerListItem): string {
  const cert = o.certificateNumber
    ? `证号 ${o.certificateNumber}${o.certificateStatus && o.certificateStatus !== 'VALID' ? `（${label(CERTIFICATE_STATUS_LABELS, o.certificateStatus)}）` : ''}`
    : '无执法证';
  return `${o.name} · ${cert}${o.unitName ? ` · ${o.unitName}` : ''}`;
}

/**
 * Picks the case's officers from the agency's serving officers (at least two, APL-42) and the lead among them.
 * Officers without a valid certificate stay listed (with the reason) so the user sees why they do not count.
 */
export function OfficerPicker({ form, agencyId }: { form: FormInstance; agencyId: string | undefined }) {
  const officers = useAgencyOfficers(agencyId);
  const active = (officers.data?.items ?? []).filter((o) => o.employmentStatus === 'ACTIVE');
  const picked = (Form.useWatch('officerIds', form) as string[] | undefined) ?? [];
  const byId = new Map(active.map((o) => [o.id, o]));

  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item
          label="办案人员"
          name="officerIds"
          required
          extra="执法人员不得少于两人，且须持有覆盖本案执法类别和区域的有效执法证件（行政处罚法第四十二条）"
          rules={[
            {
              validator: async (_, v: string[] | undefined) => {
                if (!v || v.length < 2) throw new Error('执法人员不得少于两人，请至少选择两名执法人员');
              },
            },
          ]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={officers.isPending}
            placeholder="选择两名以上执法人员"
            notFoundContent={officers.isError ? '执法人员加载失败' : '无匹配的执法人员'}
            options={active.map((o) => ({
              value: o.id,
              label: officerLabel(o),
              disabled: o.certificateStatus !== 'VALID',
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="主办人员" name="leadId" dependencies={['officerIds']}>
          <Select
            allowClear
            placeholder="默认为第一位"
            options={picked.map((id) => ({ value: id, label: byId.get(id)?.name ?? id }))}
          />
        </Form.Item>
      </Col>
      {officers.isError ? (
        <Col xs={24}>
          <Typography.Text type="danger">执法人员名单加载失败，请刷新重试</Typography.Text>
        </Col>
      ) : null}
    </Row>
  );
}
