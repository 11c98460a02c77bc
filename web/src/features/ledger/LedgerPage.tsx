import { LinkOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckpointView, Paged } from '@zhifa/contracts';
import { Button, Card, Col, Descriptions, Row, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../app/api';
import { LoadError, Loading, PageHeader, SectionTitle } from '../../app/components';
import { feedback, showError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { CHECKPOINT_KIND_LABELS, label } from '../../app/labels';
import { useSession } from '../../app/session';

interface LedgerStatus {
  treeSize: number;
  auditEvents: number;
  /** audit events not yet sequenced into the tree */
  unsequenced?: number;
  lastCheckpoint: CheckpointView | null;
  keyId?: string;
}

const ledgerKeys = {
  status: ['ledger', 'status'] as const,
  checkpoints: (page: number, pageSize: number) => ['ledger', 'checkpoints', page, pageSize] as const,
};

function Mono({ value }: { value: string }) {
  return (
    <Typography.Text
      code
      copyable={{ text: value, tooltips: ['复制', '已复制'] }}
      style={{ wordBreak: 'break-all', fontSize: 12 }}
    >
      {value}
    </Typography.Text>
  );
}

/** 存证核验: the state of the tamper-evident log and its signed checkpoints. */
export function LedgerPage() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  // 三员分立: only the system administrator makes a checkpoint by hand
  const isSystemAdmin = session.user.roles.some((r) => r.role === 'SYSTEM_ADMIN');

  const status = useQuery({ queryKey: ledgerKeys.status, queryFn: () => api.get<LedgerStatus>('/api/ledger/status') });
  const checkpoints = useQuery({
    queryKey: ledgerKeys.checkpoints(page, pageSize),
    queryFn: () => api.get<Paged<CheckpointView>>(`/api/ledger/checkpoints?page=${page}&pageSize=${pageSize}`),
    placeholderData: keepPreviousData,
  });
  const sign = useMutation({
    mutationFn: () => api.post<{ checkpoint: CheckpointView | null }>('/api/ledger/checkpoints'),
    onSuccess: (res) => {
      const cp = res?.checkpoint;
      feedback.success(cp ? `已签署检查点，树大小 ${cp.treeSize}` : '日志为空，暂无可签署的内容');
      queryClient.invalidateQueries({ queryKey: ['ledger'] });
    },
    onError: showError,
  });

  const last = status.data?.lastCheckpoint ?? null;

  return (
    <>
      <PageHeader
        title="存证核验"
        sub="全部审计与保管记录组成 SM3 默克尔树，定时以 SM2 签署检查点并公开发布"
        extra={
          <>
            <Button icon={<LinkOutlined />} href="/transparency" target="_blank">
              透明度公开页面
            </Button>
            {isSystemAdmin ? (
              <Button
                type="primary"
                icon={<SafetyCertificateOutlined />}
                loading={sign.isPending}
                onClick={() => sign.mutate()}
              >
                立即签署检查点
              </Button>
            ) : null}
          </>
        }
      />
      {status.isPending ? <Loading /> : null}
      {status.isError ? <LoadError error={status.error} retry={() => status.refetch()} /> : null}
      {status.data ? (
        <>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Card>
                <Statistic title="树大小（日志条目数）" value={status.data.treeSize} groupSeparator="," />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card>
                <Statistic
                  title="审计事件"
                  value={status.data.auditEvents}
                  groupSeparator=","
                  suffix={
                    status.data.unsequenced ? (
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        （{status.data.unsequenced} 条待入树）
                      </Typography.Text>
                    ) : null
                  }
                />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card>
                <Statistic
                  title="最近检查点"
                  value={last ? formatDateTime(last.signedAt) : '尚未签署'}
                  styles={{ content: { fontSize: 20 } }}
                />
              </Card>
            </Col>
          </Row>
          <Card title={<SectionTitle>最近检查点</SectionTitle>} style={{ marginTop: 16 }}>
            {last ? (
              <Descriptions
                bordered
                size="small"
                column={1}
                items={[
                  { key: 'size', label: '树大小', children: last.treeSize },
                  { key: 'root', label: '根哈希（SM3）', children: <Mono value={last.rootHash} /> },
                  { key: 'sig', label: 'SM2 签名', children: <Mono value={last.signature} /> },
                  { key: 'key', label: '密钥标识', children: <Mono value={last.keyId} /> },
                  { key: 'kind', label: '类型', children: label(CHECKPOINT_KIND_LABELS, last.kind) },
                  { key: 'time', label: '签署时间', children: formatDateTime(last.signedAt) },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">尚未签署检查点。</Typography.Text>
            )}
          </Card>
        </>
      ) : null}
      <Card title={<SectionTitle>如何独立核验</SectionTitle>} style={{ marginTop: 16 }}>
        <Typography.Paragraph>
          {'从执法记录详情页导出的“电子证据包”包含原始文件、SM3 与 SHA-256 摘要清单、保管链、默克尔包含证明和签名检查点。' +
            '任何人无需访问本系统即可核验：安装 Node.js 后在命令行运行'}
        </Typography.Paragraph>
        <Typography.Paragraph>
          <Typography.Text code copyable>
            npx zhifa-verify 包.zip
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {'核验程序重新计算每个文件的摘要、核对保管链与包含证明，并用平台公钥验证检查点签名；任一项不符时会指出具体的文件或条目。' +
            '检查点同时在'}
          <Typography.Link href="/transparency">透明度公开页面</Typography.Link>
          公布，可对照根哈希确认证据包未被替换。
        </Typography.Paragraph>
      </Card>
      <Card title={<SectionTitle>检查点</SectionTitle>} style={{ marginTop: 16 }}>
        {checkpoints.isError ? (
          <LoadError error={checkpoints.error} retry={() => checkpoints.refetch()} />
        ) : (
          <Table<CheckpointView>
            rowKey={(c) => `${c.treeSize}-${c.signedAt}`}
            size="small"
            loading={checkpoints.isFetching}
            dataSource={checkpoints.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page,
              pageSize,
              total: checkpoints.data?.total ?? 0,
              showTotal: (t) => `共 ${t} 个`,
              onChange: (p, ps) => {
                setPage(p);
                setPageSize(ps);
              },
            }}
            columns={[
              {
                title: '签署时间',
                dataIndex: 'signedAt',
                render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
              },
              { title: '树大小', dataIndex: 'treeSize', align: 'right' },
              { title: '类型', dataIndex: 'kind', render: (v: string) => label(CHECKPOINT_KIND_LABELS, v) },
              {
                title: '根哈希',
                dataIndex: 'rootHash',
                render: (v: string) => (
                  <Typography.Text code copyable={{ text: v }} style={{ fontSize: 12 }}>
                    {v.slice(0, 24)}…
                  </Typography.Text>
                ),
              },
              {
                title: '密钥标识',
                dataIndex: 'keyId',
                render: (v: string) => <Typography.Text code>{v.slice(0, 16)}</Typography.Text>,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
