import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListType, ListVersionDetail } from '@zhifa/contracts';
import { Alert, Button, Card, Form, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { LoadError, PageHeader, SectionTitle } from '../../app/components';
import { feedback, showError, showFormError } from '../../app/feedback';
import { LIST_TYPE_LABELS } from '../../app/labels';
import { useHomeAgencyId } from '../../app/session';
import { AgencySelect } from '../agencies/selects';
import { ImportReport } from './ImportReport';
import { ListTypeSelect } from './parts';
import { type CatalogueImportView, catalogueKeys, importsBase, isListType, templateHref } from './queries';

interface UploadValues {
  agencyId: string;
  listType: ListType;
  file: UploadFile[];
}

/**
 * 导入: upload an Excel file of one list → the server checks it row by row (progress) → a Chinese report
 * (行号 / 列 / 问题) → 应用到草稿 puts only the valid rows into the open draft (created if there is none).
 */
export function CatalogueImportPage() {
  const [params] = useSearchParams();
  const homeAgencyId = useHomeAgencyId();
  const [target, setTarget] = useState<{ agencyId: string; listType: ListType; id: string } | null>(null);
  const [form] = Form.useForm<UploadValues>();
  const listType = (Form.useWatch('listType', form) as ListType | undefined) ?? 'ITEMS';
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const initialType = params.get('listType');

  const upload = useMutation({
    mutationFn: async (v: UploadValues) => {
      const file = v.file[0]?.originFileObj;
      if (!file) throw new Error('请选择文件');
      const body = new FormData();
      body.append('file', file, file.name);
      const view = await api.post<CatalogueImportView>(importsBase(v.agencyId, v.listType), body);
      return { view, agencyId: v.agencyId, listType: v.listType };
    },
    onSuccess: ({ view, agencyId, listType: type }) => {
      queryClient.setQueryData(catalogueKeys.import(view.id), view);
      setTarget({ agencyId, listType: type, id: view.id });
    },
    onError: (e) => showFormError(form, e),
  });

  const check = useQuery({
    queryKey: catalogueKeys.import(target?.id ?? ''),
    queryFn: () => api.get<CatalogueImportView>(`${importsBase(target!.agencyId, target!.listType)}/${target!.id}`),
    enabled: Boolean(target),
    refetchInterval: (q) => (q.state.data?.status === 'CHECKING' ? 500 : false),
    staleTime: 0,
  });

  const apply = useMutation({
    mutationFn: () =>
      api.post<ListVersionDetail>(`${importsBase(target!.agencyId, target!.listType)}/${target!.id}/apply`, {}),
    onSuccess: (draft) => {
      queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      feedback.success(`已将 ${draft.entryCount} 个条目应用到第 ${draft.version} 版草稿`);
      navigate(`/catalogue/lists/${draft.id}`);
    },
    onError: (e) => {
      showError(e);
      check.refetch();
    },
  });

  const reset = () => {
    setTarget(null);
    form.resetFields(['file']);
    upload.reset();
    apply.reset();
  };

  return (
    <>
      <PageHeader
        title="导入清单"
        extra={
          <Button icon={<DownloadOutlined />} href={templateHref(listType)} download>
            下载模板（{LIST_TYPE_LABELS[listType]}）
          </Button>
        }
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="上传后系统先逐行校验；只有点击“应用到草稿”后，校验通过的条目才会替换该清单草稿的条目（没有草稿时自动新建）。草稿须经审核、公布后才对外公示。"
      />
      {!target ? (
        <Card title={<SectionTitle>第一步：选择清单并上传文件</SectionTitle>}>
          <Typography.Paragraph>
            请先“下载模板”获取所选清单类型的 Excel 模板（.xlsx），每行填写一个条目；法律依据按模板说明填写，例如
            “《中华人民共和国食品安全法》第一百二十四条第一款第（一）项”。
          </Typography.Paragraph>
          <Form<UploadValues>
            form={form}
            layout="vertical"
            name="catalogue-import"
            style={{ maxWidth: 560 }}
            initialValues={{
              agencyId: params.get('agencyId') || homeAgencyId,
              listType: isListType(initialType) ? initialType : 'ITEMS',
            }}
            onFinish={(v) => upload.mutate(v)}
          >
            <Form.Item label="执法主体" name="agencyId" rules={[{ required: true, message: '请选择执法主体' }]}>
              <AgencySelect />
            </Form.Item>
            <Form.Item label="清单类型" name="listType" rules={[{ required: true, message: '请选择清单类型' }]}>
              <ListTypeSelect />
            </Form.Item>
            <Form.Item
              label="清单文件（.xlsx）"
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
        <ImportReport view={check.data} applying={apply.isPending} onApply={() => apply.mutate()} onCancel={reset} />
      )}
    </>
  );
}
