import { CheckOutlined, RollbackOutlined, SendOutlined, SoundOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ListVersionDetail } from '@zhifa/contracts';
import { Alert, Button, Form, Input, Modal, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { feedback, showFormError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { LIST_ACTION_LABELS, label } from '../../app/labels';
import { catalogueKeys } from './queries';

type Action = 'submit' | 'return' | 'approve' | 'publish';

const ACTIONS: Record<Action, { label: string; done: string; hint: string; commentRequired: boolean }> = {
  submit: {
    label: '提交审核',
    done: '已提交审核',
    hint: '提交后由法制审核机构审核，审核期间不能修改条目。',
    commentRequired: false,
  },
  return: {
    label: '退回修改',
    done: '已退回修改',
    hint: '请写明需要修改的内容，起草人将据此修改后重新提交。',
    commentRequired: true,
  },
  approve: {
    label: '审核通过',
    done: '已审核通过',
    hint: '审核通过后由机关负责人决定公布。',
    commentRequired: false,
  },
  publish: {
    label: '公布',
    done: '已公布',
    hint: '公布后本版本在门户网站公开并不可更改，此前公布的版本将标记为“已被替代”。公布记入防篡改日志。',
    commentRequired: false,
  },
};

/** The workflow buttons the server allows (abilities), each with a comment dialog. */
export function WorkflowButtons({ detail, dirty }: { detail: ListVersionDetail; dirty: boolean }) {
  const [action, setAction] = useState<Action | null>(null);
  const a = detail.abilities;
  const open = (next: Action) => {
    if (dirty && next === 'submit') {
      feedback.error('有未保存的修改，请先保存草稿再提交审核');
      return;
    }
    setAction(next);
  };
  return (
    <>
      {a.submit ? (
        <Button type="primary" icon={<SendOutlined />} onClick={() => open('submit')}>
          提交审核
        </Button>
      ) : null}
      {a.review ? (
        <>
          <Button danger icon={<RollbackOutlined />} onClick={() => open('return')}>
            退回修改
          </Button>
          <Button type="primary" icon={<CheckOutlined />} onClick={() => open('approve')}>
            审核通过
          </Button>
        </>
      ) : null}
      {a.publish ? (
        <Button type="primary" icon={<SoundOutlined />} onClick={() => open('publish')}>
          公布
        </Button>
      ) : null}
      <WorkflowModal detail={detail} action={action} onClose={() => setAction(null)} />
    </>
  );
}

function WorkflowModal({
  detail,
  action,
  onClose,
}: {
  detail: ListVersionDetail;
  action: Action | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ comment: string }>();
  const queryClient = useQueryClient();
  const spec = action ? ACTIONS[action] : null;
  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);
  const run = useMutation({
    mutationFn: (v: { comment?: string }) =>
      api.post<ListVersionDetail>(`/api/catalogue/lists/${detail.id}/${action}`, { comment: (v.comment ?? '').trim() }),
    onSuccess: () => {
      feedback.success(spec?.done ?? '操作成功');
      queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });
  return (
    <Modal
      title={spec ? `${spec.label}：第 ${detail.version} 版` : ''}
      open={action !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={spec ? `确认${spec.label}` : '确定'}
      okButtonProps={{ danger: action === 'return' }}
      confirmLoading={run.isPending}
      forceRender
    >
      {spec ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={spec.hint} /> : null}
      <Form form={form} name="catalogue-workflow" layout="vertical" onFinish={(v) => run.mutate(v)}>
        <Form.Item
          label={spec?.commentRequired ? '退回意见' : '意见'}
          name="comment"
          rules={spec?.commentRequired ? [{ required: true, whitespace: true, message: '请填写退回意见' }] : []}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={spec?.commentRequired ? '' : '选填'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Who did what with this version, oldest first. */
export function CommentsTimeline({ comments }: { comments: ListVersionDetail['comments'] }) {
  if (comments.length === 0) return <Typography.Text type="secondary">暂无审核记录</Typography.Text>;
  return (
    <Timeline
      items={comments.map((c, i) => ({
        key: `${c.at}-${i}`,
        color: c.action === 'RETURN' ? 'red' : c.action === 'PUBLISH' ? 'green' : 'blue',
        content: (
          <>
            <Typography.Text strong>{label(LIST_ACTION_LABELS, c.action)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              {c.authorName} · {formatDateTime(c.at)}
            </Typography.Text>
            {c.body ? <Typography.Paragraph style={{ margin: '4px 0 0' }}>{c.body}</Typography.Paragraph> : null}
          </>
        ),
      }))}
    />
  );
}
