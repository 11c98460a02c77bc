import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CaseDocumentView, signatureInput } from '@zhifa/contracts';
import { Checkbox, Form, Input, List, Modal, Select, Tag, Typography } from 'antd';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { label, options } from '../../app/labels';
import { SIGNATURE_ROLE_LABELS } from './caseLabels';
import { parseIntoForm } from './zodForm';

/** The signatures part of GET /api/documents/:id (the documents module's DocumentView). */
interface DocumentSignatures {
  signatures: {
    id: string;
    role: string;
    personName: string;
    method: string;
    refused: boolean;
    note: string;
    signedAt: string;
  }[];
}

interface SignatureValues {
  role?: string;
  personName?: string;
  method?: string;
  refused?: boolean;
  note?: string;
}

const METHOD_LABELS: Record<string, string> = { HANDWRITTEN_SCAN: '手写签名（扫描件）', E_SIGNATURE: '电子签名' };

/**
 * Signatures on a paper document (officers, party, witness …) or the party's refusal to sign, recorded with the
 * circumstances (拒签的，注明情况) — append-only, listed above the form.
 */
export function SignatureModal({ doc, onClose }: { doc: CaseDocumentView | null; onClose: () => void }) {
  const [form] = Form.useForm<SignatureValues>();
  const queryClient = useQueryClient();
  const key = ['documents', doc?.id ?? ''];
  const meta = useQuery({
    queryKey: key,
    queryFn: () => api.get<DocumentSignatures>(`/api/documents/${encodeURIComponent(doc?.id ?? '')}`),
    enabled: doc !== null,
  });
  const refused = Form.useWatch('refused', form);
  const sign = useMutation({
    mutationFn: (body: SignatureValues) =>
      api.post<DocumentSignatures>(`/api/documents/${encodeURIComponent(doc?.id ?? '')}/signatures`, body),
    onSuccess: (d) => {
      queryClient.setQueryData(key, d);
      feedback.success(refused ? '已登记拒绝签名' : '已登记签名');
      form.resetFields();
    },
    onError: (e) => showFormError(form, e),
  });
  const submit = (v: SignatureValues) => {
    const body = {
      role: v.role,
      personName: (v.personName ?? '').trim(),
      method: v.method ?? 'HANDWRITTEN_SCAN',
      refused: Boolean(v.refused),
      note: (v.note ?? '').trim(),
    };
    if (!parseIntoForm(form, signatureInput, body)) return;
    if (body.refused && !body.note) {
      form.setFields([{ name: 'note', errors: ['请注明拒绝签名的情况（如在场见证人、时间）'] }]);
      return;
    }
    sign.mutate(body);
  };

  return (
    <Modal
      open={doc !== null}
      title={doc ? `签名登记：${doc.title}` : ''}
      okText="登记"
      cancelText="关闭"
      destroyOnHidden
      onCancel={onClose}
      okButtonProps={{ loading: sign.isPending, htmlType: 'submit', form: 'document-signature' }}
    >
      <List
        size="small"
        loading={meta.isPending}
        dataSource={meta.data?.signatures ?? []}
        locale={{ emptyText: '尚未登记签名' }}
        style={{ marginBottom: 16 }}
        renderItem={(s) => (
          <List.Item key={s.id}>
            <span>
              {label(SIGNATURE_ROLE_LABELS, s.role)} {s.personName}
              {s.refused ? (
                <Tag color="red" style={{ marginInlineStart: 6 }}>
                  拒绝签名
                </Tag>
              ) : null}
              {s.note ? <Typography.Text type="secondary">（{s.note}）</Typography.Text> : null}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(s.signedAt)}
            </Typography.Text>
          </List.Item>
        )}
      />
      <Form<SignatureValues>
        form={form}
        id="document-signature"
        layout="vertical"
        initialValues={{ role: 'PARTY', method: 'HANDWRITTEN_SCAN', refused: false }}
        onFinish={submit}
      >
        <Form.Item label="签名人身份" name="role" rules={[{ required: true, message: '请选择签名人身份' }]}>
          <Select options={options(SIGNATURE_ROLE_LABELS)} />
        </Form.Item>
        <Form.Item
          label="签名人"
          name="personName"
          rules={[{ required: true, whitespace: true, message: '请填写签名人' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="签名方式" name="method">
          <Select options={options(METHOD_LABELS)} />
        </Form.Item>
        <Form.Item name="refused" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>拒绝签名</Checkbox>
        </Form.Item>
        <Form.Item label={refused ? '拒签情况' : '备注'} name="note" required={Boolean(refused)}>
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder={refused ? '如：当事人拒绝签名，由见证人某某在场见证' : ''}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
