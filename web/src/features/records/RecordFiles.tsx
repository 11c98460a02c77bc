import { DownloadOutlined, PlayCircleOutlined } from '@ant-design/icons';
import type { RecordDetail, RecordFileView } from '@zhifa/contracts';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { SectionTitle } from '../../app/components';
import { formatDateTime } from '../../app/format';
import { FILE_KIND_LABELS, label } from '../../app/labels';
import { Digest } from './Digest';
import { formatBytes } from './format';
import { withReason } from './queries';
import { FixityTag } from './tags';

const PLAYABLE = new Set(['VIDEO', 'AUDIO', 'IMAGE']);

/**
 * The player uses the browser's own elements with the file's content URL: the server answers HTTP Range
 * requests, so seeking in a long body-camera video fetches only the part needed.
 */
function Player({ file, reason }: { file: RecordFileView; reason: string }) {
  const src = withReason(file.contentUrl, reason);
  const style = { maxWidth: '100%', maxHeight: 480, background: '#000', display: 'block' } as const;
  if (file.fileKind === 'VIDEO') {
    // biome-ignore lint/a11y/useMediaCaption: original enforcement recordings carry no caption track; the metadata describes them
    return <video key={file.id} controls preload="metadata" src={src} style={style} aria-label={file.originalName} />;
  }
  if (file.fileKind === 'AUDIO') {
    // biome-ignore lint/a11y/useMediaCaption: original enforcement recordings carry no caption track; the metadata describes them
    return <audio key={file.id} controls preload="metadata" src={src} aria-label={file.originalName} />;
  }
  if (file.fileKind === 'IMAGE') {
    return <img key={file.id} src={src} alt={file.originalName} style={{ maxWidth: '100%', maxHeight: 480 }} />;
  }
  return (
    <Typography.Link href={src} target="_blank" rel="noreferrer">
      在新窗口中打开 {file.originalName}
    </Typography.Link>
  );
}

export function RecordFiles({ record, reason }: { record: RecordDetail; reason: string }) {
  const firstPlayable = record.files.find((f) => PLAYABLE.has(f.fileKind));
  const [selectedId, setSelectedId] = useState<string | null>(firstPlayable?.id ?? null);
  const selected = record.files.find((f) => f.id === selectedId) ?? null;

  return (
    <Card title={<SectionTitle>文件</SectionTitle>} style={{ marginTop: 16 }}>
      {selected ? (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">正在查看：{selected.originalName}</Typography.Text>
          <Player file={selected} reason={reason} />
        </Flex>
      ) : null}
      <Table<RecordFileView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={record.files}
        locale={{ emptyText: <Empty description="没有文件" /> }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: '文件',
            dataIndex: 'originalName',
            render: (v: string, f) => (
              <Flex vertical gap={2} style={{ maxWidth: 240 }}>
                <Typography.Text strong={f.id === selectedId} ellipsis={{ tooltip: v }}>
                  {v}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {label(FILE_KIND_LABELS, f.fileKind)} · {formatBytes(f.size)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: '摘要（SM3 / SHA-256）',
            key: 'digests',
            render: (_: unknown, f) => (
              <Flex vertical gap={2} style={{ whiteSpace: 'nowrap' }}>
                <Digest label="SM3" value={f.sm3} />
                <Digest label="SHA-256" value={f.sha256} />
              </Flex>
            ),
          },
          {
            title: '完整性',
            key: 'fixity',
            render: (_: unknown, f) => (
              <Flex vertical gap={2}>
                <span>
                  <FixityTag status={f.fixityStatus} />
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {f.lastFixityAt ? `核验于 ${formatDateTime(f.lastFixityAt)}` : '尚未核验'}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, f) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<PlayCircleOutlined />}
                  onClick={() => setSelectedId(f.id)}
                  aria-label={`查看 ${f.originalName}`}
                >
                  {f.fileKind === 'VIDEO' || f.fileKind === 'AUDIO' ? '播放' : '查看'}
                </Button>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  href={withReason(f.downloadUrl, reason)}
                  aria-label={`下载 ${f.originalName}`}
                >
                  下载
                </Button>
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
