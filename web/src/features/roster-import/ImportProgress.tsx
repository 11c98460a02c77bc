import { DownloadOutlined } from '@ant-design/icons';
import type { RosterImportView, RosterRowError } from '@zhifa/contracts';
import { Alert, Button, Card, Flex, Progress, Result, Statistic, Table, Typography } from 'antd';
import { Loading, SectionTitle } from '../../app/components';
import { downloadCsv } from '../../app/format';

export function ImportProgress({
  view,
  confirming,
  onConfirm,
  onCancel,
}: {
  view: RosterImportView | undefined;
  confirming: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (!view) return <Loading tip="正在读取校验结果…" />;

  if (view.status === 'CHECKING') {
    const percent = view.totalRows > 0 ? Math.floor((view.checkedRows / view.totalRows) * 100) : 0;
    return (
      <Card title={<SectionTitle>第二步：校验名单</SectionTitle>}>
        <Typography.Paragraph>文件：{view.fileName}</Typography.Paragraph>
        <Progress percent={percent} status="active" aria-label="校验进度" />
        <Typography.Paragraph role="status">
          正在校验 {view.checkedRows} / {view.totalRows} 行
        </Typography.Paragraph>
        <Button onClick={onCancel}>取消</Button>
      </Card>
    );
  }

  if (view.status === 'FAILED') {
    return (
      <Result
        status="error"
        title="名单文件无法读取"
        subTitle={view.failure ?? '请检查文件是否为模板格式的 .xlsx 文件后重新上传。'}
        extra={
          <Button type="primary" onClick={onCancel}>
            重新上传
          </Button>
        }
      />
    );
  }

  if (view.status === 'CONFIRMED') {
    return (
      <Result
        status="info"
        title="该批名单已经导入"
        extra={
          <Button type="primary" onClick={onCancel}>
            导入其他名单
          </Button>
        }
      />
    );
  }

  const errorRows = new Set(view.errors.map((e) => e.row)).size;
  return (
    <Card title={<SectionTitle>第二步：核对校验结果</SectionTitle>}>
      <Typography.Paragraph>文件：{view.fileName}</Typography.Paragraph>
      <Flex gap={48} wrap style={{ marginBottom: 16 }}>
        <Statistic title="总行数" value={view.totalRows} />
        <Statistic title="可导入" value={view.validCount} styles={{ content: { color: '#389e0d' } }} />
        <Statistic
          title="错误"
          value={view.errors.length}
          suffix="条"
          styles={{ content: { color: view.errors.length ? '#cf1322' : undefined } }}
        />
      </Flex>
      <Alert
        type={view.errors.length ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        title={`共 ${view.totalRows} 行，可导入 ${view.validCount} 行，错误 ${view.errors.length} 条`}
        description={
          view.errors.length
            ? `有 ${errorRows} 行存在错误，这些行不会被导入。请修改文件后重新上传${view.validCount > 0 ? '，或仅导入校验通过的行' : ''}。`
            : '全部行校验通过。'
        }
      />
      {view.errors.length > 0 ? (
        <>
          <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
            <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
              错误报告
            </Typography.Title>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                downloadCsv(
                  `${view.fileName.replace(/\.xlsx$/i, '')}-错误报告.csv`,
                  ['行号', '字段', '问题'],
                  view.errors.map((e) => [e.row, e.field, e.message]),
                )
              }
            >
              下载错误报告
            </Button>
          </Flex>
          <Table<RosterRowError>
            size="small"
            rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
            dataSource={view.errors}
            pagination={{ pageSize: 10, showTotal: (t) => `共 ${t} 条`, showSizeChanger: true }}
            columns={[
              { title: '行号', dataIndex: 'row', width: 90 },
              { title: '字段', dataIndex: 'field', width: 200 },
              { title: '问题', dataIndex: 'message' },
            ]}
            style={{ marginBottom: 16 }}
          />
        </>
      ) : null}
      <Flex gap={8}>
        {view.validCount > 0 ? (
          <Button type="primary" loading={confirming} onClick={onConfirm}>
            确认导入（仅导入校验通过的 {view.validCount} 行）
          </Button>
        ) : null}
        <Button onClick={onCancel}>取消</Button>
      </Flex>
    </Card>
  );
}
