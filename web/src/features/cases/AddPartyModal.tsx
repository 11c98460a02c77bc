import type { CaseDetail } from '@zhifa/contracts';
import { partyInput } from '@zhifa/contracts';
import { Form, Modal } from 'antd';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { PARTY_DEFAULTS, PartyFields, type PartyFormValues, toPartyBody } from './PartyFields';
import { casePath, useCaseMutation } from './queries';
import { parseIntoForm } from './zodForm';

/** Adds a party to a registered case (POST /api/cases/:id/parties), validated with the same schema first. */
export function AddPartyModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ party: PartyFormValues }>();
  const send = useCaseMutation(c.id, (body: ReturnType<typeof toPartyBody>) =>
    api.post<CaseDetail>(`${casePath(c.id)}/parties`, body),
  );
  const close = () => {
    form.resetFields();
    onClose();
  };
  const submit = (v: { party: PartyFormValues }) => {
    const body = toPartyBody(v.party);
    if (!parseIntoForm(form, partyInput, body, ['party'])) return;
    send.mutate(body, {
      onSuccess: () => {
        feedback.success('已添加当事人');
        close();
      },
      onError: (e) => showFormError(form, e, ['party']),
    });
  };
  return (
    <Modal
      open={open}
      title="添加当事人"
      okText="添加"
      cancelText="取消"
      width={760}
      destroyOnHidden
      onCancel={close}
      okButtonProps={{ loading: send.isPending, htmlType: 'submit', form: 'case-party' }}
    >
      <Form form={form} id="case-party" layout="vertical" initialValues={{ party: PARTY_DEFAULTS }} onFinish={submit}>
        <PartyFields form={form} name={['party']} path={['party']} />
      </Form>
    </Modal>
  );
}
