import type { CaseDetail } from '@zhifa/contracts';
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../app/api';
import { feedback } from '../../app/feedback';
import { beijingToday, EXTENSION_APPROVER_LABELS, isFutureDay } from './caseLabels';
import { casePath, useCaseMutation } from './queries';
import { StepError } from './Refusal';
import { clockRuleName } from './tags';

const PAUSE_KIND_LABELS: Record<string, string> = {
  HEARING: '听证',
  PUBLIC_NOTICE: '公告',
  TESTING: '检测',
  APPRAISAL: '检验、鉴定',
  SUSPENSION: '案件中止',
  TENDER_AUCTION: '招标、拍卖',
  EXPERT_REVIEW: '专家评审',
};

interface ClockValues {
  days?: number;
  approvedBy?: string;
  approvedOn?: Dayjs;
  kind?: string;
  range?: [Dayjs, Dayjs];
  reason?: string;
}

const opts = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));
const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD') ?? '';

/** Approved extension (延长) or a pause (中止: hearing, testing …) of one clock; the server recomputes the due date. */
export function ClockModal({
  c,
  clock,
  onClose,
}: {
  c: CaseDetail;
  clock: { rule: string; mode: 'extend' | 'pause' } | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ClockValues>();
  const extend = clock?.mode === 'extend';
  const send = useCaseMutation(c.id, (v: ClockValues) =>
    extend
      ? api.post<CaseDetail>(`${casePath(c.id)}/clocks/extensions`, {
          rule: clock?.rule,
          days: v.days,
          approvedBy: v.approvedBy,
          approvedOn: day(v.approvedOn),
          reason: (v.reason ?? '').trim(),
        })
      : api.post<CaseDetail>(`${casePath(c.id)}/clocks/pauses`, {
          rule: clock?.rule,
          kind: v.kind,
          from: day(v.range?.[0]),
          to: day(v.range?.[1]),
          reason: (v.reason ?? '').trim(),
        }),
  );
  const close = () => {
    send.reset();
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={clock !== null}
      title={clock ? `${extend ? '延长' : '中止'}期限：${clock.rule} ${clockRuleName(clock.rule)}` : ''}
      okText="提交"
      cancelText="取消"
      destroyOnHidden
      onCancel={close}
      okButtonProps={{ loading: send.isPending, htmlType: 'submit', form: 'case-clock' }}
    >
      <Form<ClockValues>
        form={form}
        id="case-clock"
        layout="vertical"
        initialValues={{ approvedBy: 'HEAD', approvedOn: beijingToday(), kind: 'TESTING' }}
        onFinish={(v) =>
          send.mutate(v, {
            onSuccess: () => {
              feedback.success(extend ? '已登记延长期限' : '已登记期限中止');
              close();
            },
          })
        }
      >
        <StepError error={send.error} />
        {extend ? (
          <>
            <Form.Item label="延长天数" name="days" rules={[{ required: true, message: '请填写延长天数' }]}>
              <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label="批准方式" name="approvedBy" rules={[{ required: true, message: '请选择批准方式' }]}>
              <Select options={opts(EXTENSION_APPROVER_LABELS)} />
            </Form.Item>
            <Form.Item label="批准日期" name="approvedOn" rules={[{ required: true, message: '请选择批准日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item label="中止事由" name="kind" rules={[{ required: true, message: '请选择中止事由' }]}>
              <Select options={opts(PAUSE_KIND_LABELS)} />
            </Form.Item>
            <Form.Item label="起止日期" name="range" rules={[{ required: true, message: '请选择起止日期' }]}>
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item
          label={extend ? '延长理由' : '中止理由'}
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
