import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfficerDetail } from '@zhifa/contracts';
import { Form, Modal } from 'antd';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import {
  CERTIFICATE_DEFAULTS,
  CertificateFields,
  type CertificateFormValues,
  toCertificateBody,
} from './CertificateFields';
import { officerKeys } from './queries';

/** 核发证件 → POST /api/officers/:id/certificates */
export function IssueCertificateModal({
  open,
  officer,
  onClose,
}: {
  open: boolean;
  officer: OfficerDetail;
  onClose: () => void;
}) {
  const [form] = Form.useForm<CertificateFormValues>();
  const queryClient = useQueryClient();
  const issue = useMutation({
    mutationFn: (v: CertificateFormValues) =>
      api.post(`/api/officers/${officer.id}/certificates`, toCertificateBody(v)),
    onSuccess: () => {
      feedback.success('执法证件已核发');
      queryClient.invalidateQueries({ queryKey: officerKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <Modal
      title={`核发执法证件：${officer.name}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="核发"
      confirmLoading={issue.isPending}
      width={760}
      destroyOnHidden
    >
      <Form<CertificateFormValues>
        form={form}
        layout="vertical"
        initialValues={CERTIFICATE_DEFAULTS}
        onFinish={(v) => issue.mutate(v)}
      >
        <CertificateFields />
      </Form>
    </Modal>
  );
}
