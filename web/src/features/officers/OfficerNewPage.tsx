import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfficerDetail, officerInput } from '@zhifa/contracts';
import { Button, Card, Col, Divider, Flex, Form, Input, Radio, Row, Select, Switch, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { api } from '../../app/api';
import { PageHeader } from '../../app/components';
import { feedback, showFormError } from '../../app/feedback';
import { useHomeAgencyId } from '../../app/session';
import { useAgency } from '../agencies/queries';
import { AgencySelect } from '../agencies/selects';
import {
  CERTIFICATE_DEFAULTS,
  CertificateFields,
  type CertificateFormValues,
  toCertificateBody,
} from './CertificateFields';
import { officerKeys } from './queries';

type OfficerBody = z.input<typeof officerInput>;

interface NewOfficerValues {
  agencyId: string;
  unitId?: string | null;
  name: string;
  gender: 'M' | 'F';
  idNumber: string;
  phone?: string;
  post?: string;
  isLegalReviewer?: boolean;
  legalQualificationNo?: string;
  certificate?: CertificateFormValues;
}

function toBody(v: NewOfficerValues): OfficerBody {
  const body: OfficerBody = {
    agencyId: v.agencyId,
    unitId: v.unitId ?? null,
    name: v.name.trim(),
    gender: v.gender,
    idNumber: v.idNumber.trim(),
    phone: (v.phone ?? '').trim(),
    post: (v.post ?? '').trim(),
    isLegalReviewer: Boolean(v.isLegalReviewer),
    legalQualificationNo: v.isLegalReviewer ? (v.legalQualificationNo ?? '').trim() : '',
  };
  if (v.certificate?.number?.trim()) body.certificate = toCertificateBody(v.certificate);
  return body;
}

/** Units of the chosen agency. */
function UnitSelect({
  agencyId,
  ...props
}: {
  agencyId?: string;
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const agency = useAgency(agencyId);
  return (
    <Select
      allowClear
      disabled={!agencyId}
      loading={agency.isFetching}
      placeholder={agencyId ? '请选择内设机构' : '请先选择执法主体'}
      options={(agency.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
      {...props}
    />
  );
}

export function OfficerNewPage() {
  const [form] = Form.useForm<NewOfficerValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const homeAgencyId = useHomeAgencyId();
  const agencyId = Form.useWatch('agencyId', form);
  const isReviewer = Form.useWatch('isLegalReviewer', form);

  const create = useMutation({
    mutationFn: (v: NewOfficerValues) => api.post<OfficerDetail>('/api/officers', toBody(v)),
    onSuccess: (officer) => {
      feedback.success('执法人员已新增');
      queryClient.invalidateQueries({ queryKey: officerKeys.all });
      navigate(`/officers/${officer.id}`);
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <>
      <PageHeader title="新增执法人员" />
      <Card>
        <Form<NewOfficerValues>
          form={form}
          layout="vertical"
          scrollToFirstError
          initialValues={{
            agencyId: params.get('agencyId') ?? homeAgencyId,
            gender: 'M',
            isLegalReviewer: false,
            certificate: CERTIFICATE_DEFAULTS,
          }}
          onValuesChange={(changed) => {
            if ('agencyId' in changed) form.setFieldValue('unitId', null);
          }}
          onFinish={(v) => create.mutate(v)}
        >
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
            基本信息
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="执法主体" name="agencyId" rules={[{ required: true, message: '请选择执法主体' }]}>
                <AgencySelect manageableOnly />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="内设机构" name="unitId">
                <UnitSelect agencyId={agencyId} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="性别" name="gender" rules={[{ required: true, message: '请选择性别' }]}>
                <Radio.Group
                  options={[
                    { value: 'M', label: '男' },
                    { value: 'F', label: '女' },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="身份证号码"
                name="idNumber"
                rules={[{ required: true, whitespace: true, message: '请填写身份证号码' }]}
              >
                <Input maxLength={18} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="手机号码"
                name="phone"
                rules={[{ pattern: /^[\d+\- ]*$/, message: '手机号码只能包含数字' }]}
              >
                <Input maxLength={20} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="职务" name="post">
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="法制审核人员" name="isLegalReviewer" valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            {isReviewer ? (
              <Col xs={24} md={6}>
                <Form.Item label="法律职业资格证书编号" name="legalQualificationNo">
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
            ) : null}
          </Row>
          <Divider />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            执法证件
          </Typography.Title>
          <CertificateFields prefix={['certificate']} optional />
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              保存
            </Button>
            <Button onClick={() => navigate(-1)}>取消</Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
