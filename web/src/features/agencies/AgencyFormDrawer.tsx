import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgencyDetail, agencyInput } from '@zhifa/contracts';
import { Button, Col, DatePicker, Drawer, Flex, Form, Input, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { AGENCY_KIND_LABELS, CATEGORY_LABELS, options } from '../../app/labels';
import { agencyKeys } from './queries';
import { AgencySelect, RegionSelect } from './selects';

type AgencyBody = z.input<typeof agencyInput>;
type FormValues = Omit<AgencyBody, 'entrustmentFrom' | 'entrustmentUntil'> & {
  entrustmentFrom?: Dayjs | null;
  entrustmentUntil?: Dayjs | null;
};

function toForm(a: AgencyDetail): FormValues {
  return {
    name: a.name,
    shortName: a.shortName,
    creditCode: a.creditCode ?? '',
    regionCode: a.regionCode,
    kind: a.kind as AgencyBody['kind'],
    sector: a.sector,
    isSupervisor: a.isSupervisor,
    parentId: a.parentId,
    entrustingAgencyId: a.entrustingAgencyId,
    entrustmentScope: a.entrustmentScope ?? '',
    entrustmentFrom: a.entrustmentFrom ? dayjs(a.entrustmentFrom) : null,
    entrustmentUntil: a.entrustmentUntil ? dayjs(a.entrustmentUntil) : null,
    address: a.address,
    postcode: a.postcode,
    phone: a.phone,
    website: a.website,
    supervisionPhone: a.supervisionPhone,
    complaintChannel: a.complaintChannel,
    legalReviewUnitId: a.legalReviewUnitId,
  };
}

function toBody(v: FormValues): AgencyBody {
  const entrusted = v.kind === 'ENTRUSTED_ORG';
  return {
    name: v.name,
    shortName: v.shortName,
    creditCode: v.creditCode ?? '',
    regionCode: v.regionCode,
    kind: v.kind,
    sector: v.sector,
    isSupervisor: Boolean(v.isSupervisor),
    parentId: v.parentId ?? null,
    entrustingAgencyId: entrusted ? (v.entrustingAgencyId ?? null) : null,
    entrustmentScope: entrusted ? (v.entrustmentScope ?? '') : '',
    entrustmentFrom: entrusted && v.entrustmentFrom ? v.entrustmentFrom.format('YYYY-MM-DD') : null,
    entrustmentUntil: entrusted && v.entrustmentUntil ? v.entrustmentUntil.format('YYYY-MM-DD') : null,
    address: v.address ?? '',
    postcode: v.postcode ?? '',
    phone: v.phone ?? '',
    website: v.website ?? '',
    supervisionPhone: v.supervisionPhone ?? '',
    complaintChannel: v.complaintChannel ?? '',
    legalReviewUnitId: v.legalReviewUnitId ?? null,
  };
}

/** Create (agency = null) or edit an agency: the `agencyInput` fields. */
export function AgencyFormDrawer({
  open,
  agency,
  onClose,
}: {
  open: boolean;
  agency: AgencyDetail | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (agency) form.setFieldsValue(toForm(agency));
  }, [open, agency, form]);

  const save = useMutation({
    mutationFn: (v: FormValues) =>
      agency
        ? api.patch<AgencyDetail>(`/api/agencies/${agency.id}`, toBody(v))
        : api.post<AgencyDetail>('/api/agencies', toBody(v)),
    onSuccess: (saved) => {
      feedback.success(agency ? '执法主体已保存' : '执法主体已新增');
      queryClient.invalidateQueries({ queryKey: agencyKeys.all });
      onClose();
      if (!agency && saved?.id) navigate(`/agencies/${saved.id}`);
    },
    onError: (e) => showFormError(form, e),
  });

  const text = (name: keyof FormValues, title: string, rules: object[] = [], max?: number) => (
    <Form.Item label={title} name={name} rules={rules}>
      <Input maxLength={max} />
    </Form.Item>
  );

  return (
    <Drawer
      title={agency ? `编辑执法主体：${agency.name}` : '新增执法主体'}
      open={open}
      onClose={onClose}
      size={720}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Flex>
      }
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'ADMIN_ORGAN', isSupervisor: false }}
        onFinish={(v) => save.mutate(v)}
      >
        <Row gutter={16}>
          <Col span={16}>
            {text('name', '执法主体名称', [{ required: true, whitespace: true, message: '请填写执法主体名称' }], 100)}
          </Col>
          <Col span={8}>
            {text('shortName', '简称', [{ required: true, whitespace: true, message: '请填写简称' }], 30)}
          </Col>
          <Col span={12}>
            {text(
              'creditCode',
              '统一社会信用代码',
              [{ pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$|^$/, message: '统一社会信用代码应为 18 位' }],
              18,
            )}
          </Col>
          <Col span={12}>
            <Form.Item label="行政区划" name="regionCode" rules={[{ required: true, message: '请选择行政区划' }]}>
              <RegionSelect />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="主体类别" name="kind" rules={[{ required: true, message: '请选择主体类别' }]}>
              <Select options={options(AGENCY_KIND_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="执法领域" name="sector" rules={[{ required: true, message: '请选择执法领域' }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={options(CATEGORY_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="上级主体" name="parentId">
              <AgencySelect excludeId={agency?.id} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="司法行政（监督）机关" name="isSupervisor" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          {agency ? (
            <Col span={12}>
              <Form.Item label="法制审核机构" name="legalReviewUnitId">
                <Select allowClear options={agency.units.map((u) => ({ value: u.id, label: u.name }))} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        {kind === 'ENTRUSTED_ORG' ? (
          <Row gutter={16}>
            <Col span={24}>
              <Form.Item
                label="委托机关"
                name="entrustingAgencyId"
                rules={[{ required: true, message: '请选择委托机关' }]}
              >
                <AgencySelect excludeId={agency?.id} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label="委托事项和权限"
                name="entrustmentScope"
                rules={[{ max: 2000, message: '不能超过 2000 个字' }]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="委托期限起" name="entrustmentFrom">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="委托期限至" name="entrustmentUntil">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        <Row gutter={16}>
          <Col span={16}>{text('address', '地址', [], 200)}</Col>
          <Col span={8}>
            {text('postcode', '邮政编码', [{ pattern: /^(\d{6})?$/, message: '邮政编码应为 6 位数字' }], 6)}
          </Col>
          <Col span={12}>{text('phone', '联系电话', [], 40)}</Col>
          <Col span={12}>{text('supervisionPhone', '监督电话', [], 40)}</Col>
          <Col span={24}>{text('website', '网站', [], 200)}</Col>
          <Col span={24}>
            <Form.Item
              label="投诉举报渠道"
              name="complaintChannel"
              rules={[{ max: 500, message: '不能超过 500 个字' }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
