import { useQueryClient } from '@tanstack/react-query';
import type { CaseActionView, CaseDetail } from '@zhifa/contracts';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { isApiError } from '../../app/api';
import { feedback } from '../../app/feedback';
import { actionForm, type StepValues } from './actionForms';
import { beijingToday, isFutureDay } from './caseLabels';
import { caseKeys, isStale, postAction, useCaseMutation } from './queries';
import { readableReason, StepError } from './Refusal';

/**
 * The step form of one action: the date of the act (today by default, never in the future), a note, and the
 * facts this action's guards need. Sent with the version the user saw; the server's refusal (rule ID and Chinese
 * reason) or a concurrent change is shown in the form, not as a passing toast.
 */
export function ActionModal({
  c,
  action,
  onClose,
}: {
  c: CaseDetail;
  action: CaseActionView | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<StepValues>();
  const queryClient = useQueryClient();
  const spec = action ? actionForm(c.procedure, action.action) : {};
  const send = useCaseMutation(c.id, (v: StepValues) => {
    const facts = spec.toFacts?.(v, c);
    return postAction(c.id, {
      action: action?.action ?? '',
      version: c.version,
      date: (v.date as Dayjs | undefined)?.format('YYYY-MM-DD'),
      note: (v.note ?? '').trim(),
      facts: facts && Object.keys(facts).length > 0 ? facts : undefined,
    });
  });

  // A fresh form for each action opened; `spec.initial` drafts the facts from the case.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another action is opened.
  useEffect(() => {
    if (!action) return;
    send.reset();
    form.resetFields();
    form.setFieldsValue({ date: beijingToday(), note: '', ...(spec.initial?.(c) ?? {}) });
  }, [action?.action]);

  const submit = (v: StepValues) =>
    send.mutate(v, {
      onSuccess: (d) => {
        feedback.success(`已办理：${action?.label}，案件进入"${d.stateLabel}"`);
        onClose();
      },
      onError: (e) => {
        if (isStale(e)) queryClient.invalidateQueries({ queryKey: caseKeys.detail(c.id) });
        if (isApiError(e, 'VALIDATION')) {
          form.setFields(
            e.fields
              .filter((f) => f.path === 'date' || f.path === 'note')
              .map((f) => ({ name: f.path, errors: [f.message] })),
          );
        }
      },
    });

  return (
    <Modal
      open={action !== null}
      title={action ? `办理：${action.label}` : ''}
      okText="确认办理"
      cancelText="取消"
      width={720}
      destroyOnHidden
      onCancel={onClose}
      okButtonProps={{ loading: send.isPending, htmlType: 'submit', form: 'case-step' }}
    >
      {action ? (
        <Form<StepValues>
          form={form}
          id="case-step"
          name="case-step"
          layout="vertical"
          onFinish={submit}
          // A refusal answers the values sent: once the officer changes them it no longer applies.
          onValuesChange={() => send.error && send.reset()}
          // A legal act is taken by the button only: Enter in a field (e.g. confirming a typed date) does not submit.
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
          }}
        >
          <StepError error={send.error} />
          {spec.hint ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {spec.hint}
            </Typography.Paragraph>
          ) : null}
          {!action.allowed && action.refusals.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="按当前记录，本事项尚不能办理；补充下列事实或改变办理日期后可再次提交"
              description={action.refusals
                .map((r) => `${r.rule ? `${r.rule}：` : ''}${readableReason(r.message, r.rule)}`)
                .join('；')}
            />
          ) : null}
          <Form.Item
            label="办理日期"
            name="date"
            rules={[{ required: true, message: '请选择办理日期' }]}
            extra="默认为今天；补录的，填写实际办理日期"
          >
            <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
          </Form.Item>
          {spec.fields?.(c)}
          <Form.Item
            label={spec.noteLabel ?? '办理意见'}
            name="note"
            rules={spec.noteRequired ? [{ required: true, whitespace: true, message: `请填写${spec.noteLabel}` }] : []}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
