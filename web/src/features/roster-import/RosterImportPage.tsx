import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RosterImportView } from '@zhifa/contracts';
import { Alert, Button, Card, Form, Result, Table, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { LoadError, PageHeader, SectionTitle } from '../../app/components';
import { feedback, showError, showFormError } from '../../app/feedback';
import { useHomeAgencyId } from '../../app/session';
import { AgencySelect } from '../agencies/selects';
import { officerKeys } from '../officers/queries';
import { ImportProgress } from './ImportProgress';

interface UploadValues {
  agencyId: string;
  file: UploadFile[];
}

const COLUMNS: { name: string; note: string }[] = [
  { name: '执法主体', note: '留空则为下方所选执法主体' },
  { name: '姓名', note: '必填' },
  { name: '性别', note: '男 或 女' },
  { name: '身份证号码', note: '必填，18 位，请以文本格式填写（校验位须正确）' },
  { name: '手机号码', note: '选填' },
  { name: '内设机构', note: '选填，须与执法主体已有的内设机构名称一致' },
  { name: '职务', note: '选填' },
  { name: '法制审核人员', note: '是 或 否' },
  { name: '法律职业资格证书编号', note: '法制审核人员填写' },
  { name: '证件编号', note: '必填' },
  { name: '发证机关、发证日期、有效期起、有效期至', note: '日期格式 YYYY-MM-DD' },
  { name: '执法类别', note: '多个用顿号分隔，如：市场监管、卫生健康' },
  { name: '执法区域', note: '6 位行政区划代码，多个用顿号分隔；留空为主体所在区划' },
];

export function RosterImportPage() {
  const [importId, setImportId] = useState<string | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [form] = Form.useForm<UploadValues>();
  const queryClient = useQueryClient();
  const homeAgencyId = useHomeAgencyId();

  const upload = useMutation({
    mutationFn: (v: UploadValues) => {
      const file = v.file[0]?.originFileObj;
      if (!file) throw new Error('请选择文件');
      const body = new FormData();
      body.append('agencyId', v.agencyId);
      body.append('file', file, file.name);
      return api.post<RosterImportView>('/api/officers/imports', body);
    },
    onSuccess: (view) => {
      queryClient.setQueryData(['roster-import', view.id], view);
      setImportId(view.id);
    },
    onError: (e) => showFormError(form, e),
  });

  const check = useQuery({
    queryKey: ['roster-import', importId],
    queryFn: () => api.get<RosterImportView>(`/api/officers/imports/${importId}`),
    enabled: Boolean(importId),
    refetchInterval: (q) => (q.state.data?.status === 'CHECKING' ? 500 : false),
    staleTime: 0,
  });

  const confirm = useMutation({
    mutationFn: () => api.post<{ imported: number }>(`/api/officers/imports/${importId}/confirm`),
    onSuccess: (r) => {
      setImported(r.imported);
      queryClient.invalidateQueries({ queryKey: officerKeys.all });
      queryClient.invalidateQueries({ queryKey: ['agencies'] });
      feedback.success(`已导入 ${r.imported} 名执法人员`);
    },
    onError: (e) => {
      showError(e);
      check.refetch();
    },
  });

  const reset = () => {
    setImportId(null);
    setImported(null);
    form.resetFields();
    upload.reset();
    confirm.reset();
  };

  if (imported !== null) {
    return (
      <>
        <PageHeader title="名单导入" />
        <Result
          status="success"
          title={`导入完成：已导入 ${imported} 名执法人员`}
          extra={[
            <Link key="list" to="/officers">
              <Button type="primary">查看执法人员名单</Button>
            </Link>,
            <Button key="again" onClick={reset}>
              继续导入
            </Button>,
          ]}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="名单导入"
        extra={
          <Button icon={<DownloadOutlined />} href="/api/officers/import-template" download>
            下载模板
          </Button>
        }
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="上传后系统先逐行校验，校验结果确认无误并点击“确认导入”后才会写入名单；在此之前不会导入任何数据。"
      />
      {!importId ? (
        <Card title={<SectionTitle>第一步：选择执法主体并上传名单</SectionTitle>}>
          <Typography.Paragraph>
            请使用“下载模板”获取 Excel 模板（.xlsx），按以下列填写，每行一名执法人员：
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            dataSource={COLUMNS}
            style={{ marginBottom: 24, maxWidth: 820 }}
            columns={[
              { title: '列', dataIndex: 'name' },
              { title: '填写要求', dataIndex: 'note' },
            ]}
          />
          <Form<UploadValues>
            form={form}
            layout="vertical"
            style={{ maxWidth: 560 }}
            initialValues={{ agencyId: homeAgencyId }}
            onFinish={(v) => upload.mutate(v)}
          >
            <Form.Item label="执法主体" name="agencyId" rules={[{ required: true, message: '请选择执法主体' }]}>
              <AgencySelect manageableOnly />
            </Form.Item>
            <Form.Item
              label="名单文件（.xlsx）"
              name="file"
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
              rules={[{ required: true, type: 'array', min: 1, message: '请选择要导入的 Excel 文件' }]}
            >
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                maxCount={1}
                beforeUpload={() => false}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p>点击或拖拽 Excel 文件到此处</p>
              </Upload.Dragger>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={upload.isPending}>
              上传并校验
            </Button>
          </Form>
        </Card>
      ) : check.isError ? (
        <LoadError error={check.error} retry={() => check.refetch()} />
      ) : (
        <ImportProgress
          view={check.data}
          confirming={confirm.isPending}
          onConfirm={() => confirm.mutate()}
          onCancel={reset}
        />
      )}
    </>
  );
}
