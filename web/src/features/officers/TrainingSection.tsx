import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfficerDetail } from '@zhifa/contracts';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../app/api';
import { SectionTitle } from '../../app/components';
import { feedback, showFormError } from '../../app/feedback';
import { officerKeys } from './queries';

export function TrainingSection({ officer }: { officer: OfficerDetail }) {
  const { training } = officer;
  const [recording, setRecording] = useState(false);
  return (
    <Card
      title={<SectionTitle>培训学时</SectionTitle>}
      style={{ marginTop: 16 }}
      extra={
        officer.abilities.recordTraining ? (
          <Button icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            登记培训
          </Button>
        ) : null
      }
    >
      <Flex align="center" gap={16} wrap style={{ marginBottom: 16 }}>
        <Typography.Text>
          {training.year} 年度：{training.hours} / {training.target} 学时
        </Typography.Text>
        <Progress
          percent={Math.min(100, training.percent)}
          status={training.met ? 'success' : 'active'}
          style={{ maxWidth: 360, flex: 1 }}
          aria-label={`${training.year} 年度培训完成比例`}
        />
        {training.met ? <Tag color="green">已达标</Tag> : <Tag color="orange">未达标</Tag>}
      </Flex>
      <Table
        rowKey="id"
        size="small"
        dataSource={training.records}
        pagination={training.records.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: '暂无培训记录' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '培训内容', dataIndex: 'course' },
          { title: '学时', dataIndex: 'hours', align: 'right', width: 80 },
          { title: '完成日期', dataIndex: 'completedOn', width: 120 },
          { title: '培训机构', dataIndex: 'provider', render: (v: string) => v || '—' },
        ]}
      />
      <TrainingModal open={recording} officerId={officer.id} onClose={() => setRecording(false)} />
    </Card>
  );
}

interface TrainingValues {
  course: string;
  hours: number;
  completedOn: Dayjs;
  provider?: string;
}

function TrainingModal({ open, officerId, onClose }: { open: boolean; officerId: string; onClose: () => void }) {
  const [form] = Form.useForm<TrainingValues>();
  const queryClient = useQueryClient();
  const record = useMutation({
    mutationFn: (v: TrainingValues) =>
      api.post(`/api/officers/${officerId}/training`, {
        course: v.course.trim(),
        hours: v.hours,
        completedOn: v.completedOn.format('YYYY-MM-DD'),
        provider: (v.provider ?? '').trim(),
      }),
    onSuccess: () => {
      feedback.success('培训记录已登记');
      queryClient.invalidateQueries({ queryKey: officerKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <Modal
      title="登记培训"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <Form<TrainingValues> form={form} layout="vertical" onFinish={(v) => record.mutate(v)}>
        <Form.Item
          label="培训内容"
          name="course"
          rules={[{ required: true, whitespace: true, message: '请填写培训内容' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label="学时"
          name="hours"
          rules={[
            { required: true, message: '请填写学时' },
            { type: 'number', min: 0.5, max: 200, message: '学时应在 0.5 到 200 之间' },
          ]}
        >
          <InputNumber min={0.5} max={200} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="完成日期" name="completedOn" rules={[{ required: true, message: '请选择完成日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="培训机构" name="provider">
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
