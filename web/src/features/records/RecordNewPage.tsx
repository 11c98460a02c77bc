import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordDetail, RecordInput } from '@zhifa/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  Divider,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Steps,
  Switch,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../app/api';
import { PageHeader, SectionTitle } from '../../app/components';
import { feedback, showFormError } from '../../app/feedback';
import { OWNER_TYPE_LABELS, options, RECORD_KIND_LABELS, RETENTION_CLASS_LABELS } from '../../app/labels';
import { useHomeAgencyId, useSession } from '../../app/session';
import { AvFields, EvidenceFields } from './MetadataFields';
import { type MetadataFormValues, type RecordKind, toMetadataBody } from './metadata';
import { recordKeys } from './queries';
import { AUTO_KIND, UploadPanel } from './UploadPanel';
import { useTusUploads } from './useTusUploads';

interface RecordFormValues {
  kind: RecordKind;
  ownerType?: string;
  ownerId?: string;
  title?: string;
  retentionClass?: string;
  isPublic: boolean;
  restricted: boolean;
  metadata: MetadataFormValues;
}

export function RecordNewPage() {
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const homeAgencyId = useHomeAgencyId();
  const [form] = Form.useForm<RecordFormValues>();
  const [step, setStep] = useState(0);
  const [agencyId, setAgencyId] = useState<string | undefined>(homeAgencyId);
  const [fileKind, setFileKind] = useState(AUTO_KIND);
  const uploads = useTusUploads(session.csrfToken);
  const kind = Form.useWatch('kind', form) as RecordKind | undefined;

  /** The agencies of the user's own role grants: records are filed in one's own agency. */
  const agencyOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of session.user.roles) if (r.agencyId) seen.set(r.agencyId, r.agencyName ?? r.agencyId);
    return [...seen].map(([value, text]) => ({ value, label: text }));
  }, [session.user.roles]);

  const completed = uploads.items.filter((i) => i.status === 'complete' && i.uploadId);
  const busy = uploads.items.some((i) => ['preparing', 'uploading', 'verifying', 'paused'].includes(i.status));
  const failed = uploads.items.filter((i) => i.status === 'rejected' || i.status === 'error');
  const canContinue = completed.length > 0 && !busy;

  const goToMetadata = () => {
    if (!form.isFieldTouched('kind')) {
      const av = completed.some((i) => i.fileKind === 'VIDEO' || i.fileKind === 'AUDIO');
      form.setFieldValue('kind', av ? 'AV_RECORD' : 'EVIDENCE');
    }
    setStep(1);
  };

  const create = useMutation({
    mutationFn: (v: RecordFormValues) => {
      const body = {
        kind: v.kind,
        agencyId: agencyId ?? '',
        ownerType: v.ownerType,
        ownerId: (v.ownerId ?? '').trim(),
        title: (v.title ?? '').trim(),
        retentionClass: v.retentionClass,
        isPublic: v.isPublic,
        restricted: v.restricted,
        uploadIds: completed.map((i) => i.uploadId as string),
        metadata: toMetadataBody(v.kind, v.metadata ?? {}),
      } as RecordInput;
      return api.post<RecordDetail>('/api/records', body);
    },
    onSuccess: (record) => {
      feedback.success('已入库');
      queryClient.invalidateQueries({ queryKey: recordKeys.all });
      navigate(`/records/${record.id}`);
    },
    onError: (e) => showFormError(form, e),
  });

  return (
    <>
      <PageHeader title="上传入库" sub="文件上传完成、服务器计算出 SM3 与 SHA-256 摘要后，填写记录信息入库" />
      <Steps current={step} style={{ marginBottom: 16 }} items={[{ title: '上传文件' }, { title: '填写记录信息' }]} />
      <div style={{ display: step === 0 ? 'block' : 'none' }}>
        <UploadPanel
          agencyOptions={agencyOptions}
          agencyId={agencyId}
          onAgencyChange={setAgencyId}
          fileKind={fileKind}
          onFileKindChange={setFileKind}
          uploads={uploads}
        />
        {failed.length > 0 && completed.length > 0 && !busy ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={`${failed.length} 个文件未上传成功，不会随记录入库；可移除后继续`}
          />
        ) : null}
        <Flex gap={8} style={{ marginTop: 16 }}>
          <Button type="primary" disabled={!canContinue} onClick={goToMetadata}>
            下一步：填写记录信息
          </Button>
          <Button onClick={() => navigate('/records')}>取消</Button>
          {!canContinue && uploads.items.length > 0 ? (
            <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
              {busy ? '请等待全部文件上传并校验完成' : '没有上传成功的文件'}
            </Typography.Text>
          ) : null}
        </Flex>
      </div>
      <div style={{ display: step === 1 ? 'block' : 'none' }}>
        <Card title={<SectionTitle>记录信息</SectionTitle>}>
          <Typography.Paragraph type="secondary">
            随本记录入库的文件：{completed.map((i) => i.name).join('、')}
          </Typography.Paragraph>
          <Form<RecordFormValues>
            form={form}
            layout="vertical"
            scrollToFirstError
            initialValues={{
              kind: 'AV_RECORD',
              isPublic: false,
              restricted: false,
              retentionClass: 'CASE_EVIDENCE',
              ownerType: 'CASE',
              metadata: { deviceClockOffsetSeconds: 0, gaps: [] },
            }}
            onFinish={(v) => create.mutate(v)}
          >
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item label="记录类别" name="kind" rules={[{ required: true, message: '请选择记录类别' }]}>
                  <Radio.Group optionType="button" buttonStyle="solid" options={options(RECORD_KIND_LABELS)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item
                  label="标题"
                  name="title"
                  rules={[{ required: true, whitespace: true, message: '请填写标题' }]}
                >
                  <Input maxLength={100} placeholder="如：某超市现场检查执法记录仪视频" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item
                  label="所属对象类型"
                  name="ownerType"
                  rules={[{ required: true, message: '请选择所属对象类型' }]}
                >
                  <Select options={options(OWNER_TYPE_LABELS)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item
                  label="所属对象编号"
                  name="ownerId"
                  rules={[{ required: true, whitespace: true, message: '请填写所属对象编号' }]}
                >
                  <Input maxLength={80} placeholder="如案件编号" />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item
                  label="保管期限"
                  name="retentionClass"
                  rules={[{ required: true, message: '请选择保管期限' }]}
                >
                  <Select options={options(RETENTION_CLASS_LABELS)} />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item label="公开属性" name="isPublic">
                  <Radio.Group
                    options={[
                      { value: false, label: '不公开' },
                      { value: true, label: '公开' },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={3}>
                <Form.Item label="受限调阅" name="restricted" valuePropName="checked" tooltip="调阅受限记录须说明理由">
                  <Switch checkedChildren="是" unCheckedChildren="否" />
                </Form.Item>
              </Col>
            </Row>
            <Divider />
            <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
              {kind === 'EVIDENCE' ? '证据信息' : '音像记录信息'}
              <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginInlineStart: 8 }}>
                时间均按北京时间填写
              </Typography.Text>
            </Typography.Title>
            {kind === 'EVIDENCE' ? (
              <EvidenceFields prefix={['metadata']} agencyId={agencyId} />
            ) : (
              <AvFields prefix={['metadata']} agencyId={agencyId} />
            )}
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                提交入库
              </Button>
              <Button onClick={() => setStep(0)}>上一步</Button>
            </Flex>
          </Form>
        </Card>
      </div>
    </>
  );
}
