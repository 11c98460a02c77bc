import {
  CaretRightOutlined,
  CheckCircleOutlined,
  CloseCircleOutlined,
  DeleteOutlined,
  InboxOutlined,
  PauseOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Form, List, Progress, Row, Select, Tag, Typography, Upload } from 'antd';
import { SectionTitle } from '../../app/components';
import { FILE_KIND_LABELS, label, options } from '../../app/labels';
import { Digest } from './Digest';
import { formatBytes, formatDuration, formatSpeed } from './format';
import { guessFileKind, type UploadItem, type useTusUploads } from './useTusUploads';

export const AUTO_KIND = 'AUTO';

interface Props {
  agencyOptions: { value: string; label: string }[];
  agencyId: string | undefined;
  onAgencyChange: (id: string) => void;
  fileKind: string;
  onFileKindChange: (kind: string) => void;
  uploads: ReturnType<typeof useTusUploads>;
}

/** Step 1 of 上传入库: where the files belong, then the files themselves, each with its own progress. */
export function UploadPanel({ agencyOptions, agencyId, onAgencyChange, fileKind, onFileKindChange, uploads }: Props) {
  const started = uploads.items.length > 0;
  return (
    <Card title={<SectionTitle>选择并上传文件</SectionTitle>}>
      <Form layout="vertical">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="执法主体"
              htmlFor="upload-agency"
              required
              extra={started ? '已开始上传的文件归属于所选执法主体；如需更改，请先移除已选文件' : undefined}
            >
              <Select
                id="upload-agency"
                value={agencyId}
                onChange={onAgencyChange}
                options={agencyOptions}
                disabled={started}
                placeholder="请选择执法主体"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="文件类型"
              htmlFor="upload-kind"
              extra="服务器按文件内容核对类型，与所选类型不符的文件将被拒绝"
            >
              <Select
                id="upload-kind"
                value={fileKind}
                onChange={onFileKindChange}
                options={[{ value: AUTO_KIND, label: '按文件自动识别' }, ...options(FILE_KIND_LABELS)]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="文件" htmlFor="upload-files" style={{ marginBottom: 0 }}>
          <Upload.Dragger
            id="upload-files"
            aria-label="选择要上传的文件"
            multiple
            disabled={!agencyId}
            showUploadList={false}
            fileList={[]}
            beforeUpload={(file) => {
              if (agencyId) {
                uploads.add([file], {
                  agencyId,
                  fileKindOf: (f) => (fileKind === AUTO_KIND ? (guessFileKind(f) ?? 'VIDEO') : fileKind),
                });
              }
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击选择或将文件拖到此处（可多选）</p>
            <p className="ant-upload-hint">
              支持视频、音频、图片、PDF、OFD、Word；大文件分块上传，网络中断或关闭页面后重新选择同一文件即可继续上传
            </p>
          </Upload.Dragger>
        </Form.Item>
      </Form>
      {uploads.items.length > 0 ? (
        <List
          style={{ marginTop: 16 }}
          bordered
          dataSource={uploads.items}
          renderItem={(item) => <UploadRow item={item} uploads={uploads} />}
        />
      ) : null}
    </Card>
  );
}

function StatusTag({ item }: { item: UploadItem }) {
  switch (item.status) {
    case 'preparing':
      return <Tag>准备中</Tag>;
    case 'uploading':
      return <Tag color="processing">上传中</Tag>;
    case 'paused':
      return <Tag color="warning">已暂停</Tag>;
    case 'verifying':
      return <Tag color="processing">正在校验</Tag>;
    case 'complete':
      return (
        <Tag color="success" icon={<CheckCircleOutlined />}>
          上传完成
        </Tag>
      );
    case 'rejected':
      return (
        <Tag color="red" icon={<CloseCircleOutlined />}>
          已拒绝
        </Tag>
      );
    default:
      return <Tag color="red">上传中断</Tag>;
  }
}

function UploadRow({ item, uploads }: { item: UploadItem; uploads: ReturnType<typeof useTusUploads> }) {
  const percent = item.size ? Math.floor((item.uploaded / item.size) * 100) : 100;
  const shownPercent = item.status === 'complete' ? 100 : Math.min(percent, 99);
  const remaining = item.speed > 0 ? (item.size - item.uploaded) / item.speed : Number.NaN;
  const active = item.status === 'uploading' || item.status === 'preparing';
  return (
    <List.Item
      data-testid="upload-item"
      data-status={item.status}
      data-upload-id={item.uploadId ?? ''}
      actions={[
        active ? (
          <Button key="pause" size="small" icon={<PauseOutlined />} onClick={() => uploads.pause(item.key)}>
            暂停
          </Button>
        ) : null,
        item.status === 'paused' || item.status === 'error' ? (
          <Button key="resume" size="small" icon={<CaretRightOutlined />} onClick={() => uploads.resume(item.key)}>
            继续
          </Button>
        ) : null,
        <Button
          key="remove"
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={`移除 ${item.name}`}
          onClick={() => uploads.remove(item.key)}
        >
          移除
        </Button>,
      ].filter(Boolean)}
    >
      <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong ellipsis style={{ maxWidth: 420 }}>
            {item.name}
          </Typography.Text>
          <Tag>{label(FILE_KIND_LABELS, item.fileKind)}</Tag>
          <StatusTag item={item} />
        </Flex>
        {item.resumedFromPercent !== null && item.status !== 'complete' ? (
          <Alert
            type="info"
            showIcon
            title={`检测到未完成的上传，将从 ${item.resumedFromPercent}% 继续`}
            style={{ padding: '2px 8px' }}
          />
        ) : null}
        <Progress
          percent={shownPercent}
          status={
            item.status === 'rejected' || item.status === 'error'
              ? 'exception'
              : item.status === 'complete'
                ? 'success'
                : 'active'
          }
          aria-label={`${item.name} 上传进度`}
        />
        <Typography.Text type="secondary" data-testid="upload-progress" data-percent={shownPercent}>
          已上传 {formatBytes(item.uploaded)} / {formatBytes(item.size)}（{shownPercent}%）
          {item.status === 'uploading'
            ? ` · 速度 ${formatSpeed(item.speed)} · 预计剩余 ${formatDuration(remaining)}`
            : ''}
        </Typography.Text>
        {item.message ? (
          <Typography.Text type={item.status === 'complete' ? 'secondary' : 'danger'}>{item.message}</Typography.Text>
        ) : null}
        {item.status === 'complete' ? (
          <Flex vertical gap={2}>
            <Digest label="SM3" value={item.sm3} />
            <Digest label="SHA-256" value={item.sha256} />
          </Flex>
        ) : null}
      </Flex>
    </List.Item>
  );
}
