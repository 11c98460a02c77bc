import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfficerDetail, officerUpdate } from '@zhifa/contracts';
import { Col, Form, Input, Modal, Radio, Row, Select, Switch } from 'antd';
import { useEffect } from 'react';
import type { z } from 'zod';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { useAgency } from '../agencies/queries';
import { officerKeys } from './queries';

type UpdateBody = z.input<typeof officerUpdate>;

interface EditValues {
  unitId?: string | null;
  name: string;
  phone?: string;
  post?: string;
  isLegalReviewer: boolean;
  legalQualificationNo?: string;
  employmentStatus: 'ACTIVE' | 'LEFT';
}

/** 编辑 → PATCH /api/officers/:id with the officerUpdate fields. The phone is sent only when re-entered. */
export function OfficerEditModal({
  open,
  officer,
  onClose,
}: {
  open: boolean;
  officer: OfficerDetail;
  onClose: () => void;
}) {
  const [form] = Form.useForm<EditValues>();
  const queryClient = useQueryClient();
  const agency = useAgency(open ? officer.agencyId : null);
  const isReviewer = Form.useWatch('isLegalReviewer', form);

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      unitId: officer.unitId,
      name: officer.name,
      phone: '',
      post: officer.post,
      isLegalReviewer: officer.isLegalReviewer,
      legalQualificationNo: officer.legalQualificationNo ?? '',
      employmentStatus: officer.employmentStatus,
    });
  }, [open, officer, form]);

  const save = useMutation({
    mutationFn: (v: EditValues) => {
      const body: UpdateBody = {
        unitId: v.unitId ?? null,
        name: v.name.trim(),
        post: (v.post ?? '').trim(),
        isLegalReviewer: v.isLegalReviewer,
        legalQualificationNo: v.isLegalReviewer ? (v.legalQualificationNo ?? '').trim() : '',
        employmentStatus: v.employmentStatus,
      };
      if (v.phone?.trim()) body.phone = v.phone.trim();
      return api.patch(`/api/officers/${officer.id}`, body);
    },
    onSuccess: () => {
      feedback.success('执法人员信息已保存');
      queryClient.invalidateQueries({ queryKey: officerKeys.all });
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <Modal
      title={`编辑执法人员：${officer.name}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      width={680}
      forceRender
    >
      <Form<EditValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="内设机构" name="unitId">
              <Select
                allowClear
                loading={agency.isFetching}
                options={(agency.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="手机号码" name="phone" extra={`当前：${officer.phoneMasked ?? '未登记'}；留空则不修改`}>
              <Input maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="职务" name="post">
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="在职状态" name="employmentStatus">
              <Radio.Group
                options={[
                  { value: 'ACTIVE', label: '在职' },
                  { value: 'LEFT', label: '离职' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="法制审核人员" name="isLegalReviewer" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          {isReviewer ? (
            <Col xs={24} md={12}>
              <Form.Item label="法律职业资格证书编号" name="legalQualificationNo">
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Modal>
  );
}
