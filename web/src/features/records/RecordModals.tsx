import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordDetail } from '@zhifa/contracts';
import { Alert, Col, Form, Input, Modal, Radio, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { AvFields, EvidenceFields } from './MetadataFields';
import { fromMetadata, type MetadataFormValues, type RecordKind, toMetadataBody } from './metadata';

/**
 * After a change the server answers with the record as it now is: show that rather than fetching again,
 * since every fetch of a record is itself written into the access register.
 */
function useRefreshRecord(id: string) {
  const queryClient = useQueryClient();
  return (res: unknown) => {
    const detail =
      res && typeof res === 'object' && 'custody' in res
        ? (res as RecordDetail)
        : res && typeof res === 'object' && 'record' in res
          ? (res as { record: RecordDetail }).record
          : null;
    if (detail) queryClient.setQueriesData({ queryKey: ['records', 'detail', id] }, detail);
    else queryClient.invalidateQueries({ queryKey: ['records', 'detail', id] });
    queryClient.invalidateQueries({ queryKey: ['records', 'list'] });
  };
}

interface ReasonValues {
  reason: string;
  to?: string;
}

/**
 * An action on a record that needs a reason (诉讼保全, 申请处置, 共享登记): the reason is written into the
 * record's custody log, so it is always required.
 */
export function ReasonModal({
  open,
  onClose,
  record,
  title,
  okText,
  reasonLabel,
  description,
  withRecipient,
  danger,
  send,
  done,
  formName,
}: {
  open: boolean;
  onClose: () => void;
  record: RecordDetail;
  title: string;
  okText: string;
  reasonLabel: string;
  description?: string;
  withRecipient?: boolean;
  danger?: boolean;
  send: (v: ReasonValues) => Promise<unknown>;
  done: string;
  /** unique on the page: field ids (and so label links) derive from it */
  formName: string;
}) {
  const [form] = Form.useForm<ReasonValues>();
  const refresh = useRefreshRecord(record.id);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const submit = useMutation({
    mutationFn: (v: ReasonValues) => send({ reason: v.reason.trim(), to: v.to?.trim() }),
    onSuccess: (res) => {
      feedback.success(done);
      refresh(res);
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      okButtonProps={{ danger }}
      confirmLoading={submit.isPending}
      forceRender
    >
      {description ? <Typography.Paragraph type="secondary">{description}</Typography.Paragraph> : null}
      <Form<ReasonValues> form={form} name={formName} layout="vertical" onFinish={(v) => submit.mutate(v)}>
        {withRecipient ? (
          <Form.Item
            label="共享对象"
            name="to"
            rules={[{ required: true, whitespace: true, message: '请填写共享对象' }]}
          >
            <Input maxLength={100} placeholder="如：县人民法院行政审判庭" />
          </Form.Item>
        ) : null}
        <Form.Item
          label={reasonLabel}
          name="reason"
          rules={[{ required: true, whitespace: true, message: `请填写${reasonLabel}` }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface DecisionValues {
  approve: boolean;
  note?: string;
}

/** 审批处置: the approver must be someone other than the requester (the server enforces it). */
export function DisposalDecisionModal({
  open,
  onClose,
  record,
}: {
  open: boolean;
  onClose: () => void;
  record: RecordDetail;
}) {
  const [form] = Form.useForm<DecisionValues>();
  const refresh = useRefreshRecord(record.id);
  const request = record.disposal;
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const decide = useMutation({
    mutationFn: (v: DecisionValues) =>
      api.post(`/api/records/${record.id}/disposal/${request?.id ?? ''}/decision`, {
        approve: v.approve,
        note: (v.note ?? '').trim(),
      }),
    onSuccess: (res, v) => {
      feedback.success(v.approve ? '已批准处置，记录已销毁并留存摘要' : '已驳回处置申请');
      refresh(res);
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title="审批处置申请"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="提交审批"
      confirmLoading={decide.isPending}
      forceRender
    >
      {request ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${request.requestedByName} 于 ${formatDateTime(request.requestedAt)} 申请处置`}
          description={`处置原因：${request.reason}。批准后文件将被删除，仅保留摘要、处置原因与时间；审批人须为申请人以外的人员。`}
        />
      ) : null}
      <Form<DecisionValues> form={form} name="disposal-decision" layout="vertical" onFinish={(v) => decide.mutate(v)}>
        <Form.Item label="审批结果" name="approve" rules={[{ required: true, message: '请选择审批结果' }]}>
          <Radio.Group
            options={[
              { value: true, label: '同意处置' },
              { value: false, label: '驳回' },
            ]}
          />
        </Form.Item>
        <Form.Item label="审批意见" name="note">
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface EditValues {
  title: string;
  reason: string;
  metadata: MetadataFormValues;
}

/** 修改元数据: a new version is made; old versions stay and show in 版本记录. */
export function EditMetadataModal({
  open,
  onClose,
  record,
}: {
  open: boolean;
  onClose: () => void;
  record: RecordDetail;
}) {
  const [form] = Form.useForm<EditValues>();
  const refresh = useRefreshRecord(record.id);
  const kind = record.kind as RecordKind;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ title: record.title, reason: '', metadata: fromMetadata(record.metadata) });
  }, [open, record, form]);
  const save = useMutation({
    mutationFn: (v: EditValues) =>
      api.patch(`/api/records/${record.id}/metadata`, {
        reason: v.reason.trim(),
        title: v.title.trim(),
        metadata: toMetadataBody(kind, v.metadata ?? {}),
      }),
    onSuccess: (res) => {
      feedback.success('元数据已修改，已生成新版本');
      refresh(res);
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title="修改元数据"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存为新版本"
      confirmLoading={save.isPending}
      width={900}
      forceRender
    >
      <Form<EditValues> form={form} name="metadata-edit" layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="修改原因"
              name="reason"
              rules={[{ required: true, whitespace: true, message: '请填写修改原因' }]}
            >
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'EVIDENCE' ? (
          <EvidenceFields prefix={['metadata']} agencyId={record.agencyId} />
        ) : (
          <AvFields prefix={['metadata']} agencyId={record.agencyId} />
        )}
      </Form>
    </Modal>
  );
}
