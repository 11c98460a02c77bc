import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Result, Statistic, Table, Typography } from 'antd';
import { Loading, SectionTitle } from '../../app/components';
import { downloadCsv } from '../../app/format';
import type { CatalogueImportView, ImportRowError } from './queries';

/** Step 2 of a list import: progress while the server checks the rows, then the Chinese row-level report. */
export function ImportReport({
  view,
  applying,
  onApply,
  onCancel,
}: {
  view: CatalogueImportView | undefined;
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  if (!view) return <Loading tip="正在读取校验结果…" />;

  if (view.status === 'CHECKING') {
    const percent = view.totalRows > 0 ? Math.floor((view.checkedRows / view.totalRows) * 100) : 0;
    return (
      <Card title={<SectionTitle>第二步：校验清单</SectionTitle>}>
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
        title="清单文件无法读取"
        subTitle={view.failure ?? '请检查文件是否为模板格式的 .xlsx 文件后重新上传。'}
        extra={
          <Button type="primary" onClick={onCancel}>
            重新上传
          </Button>
        }
      />
    );
  }

  if (view.status === 'APPLIED') {
    return (
      <Result
        status="info"
        title="该文件已经应用到草稿"
        extra={
          <Button type="primary" onClick={onCancel}>
            导入其他文件
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
        <Statistic title="可导入条目" value={view.validEntries} styles={{ content: { color: '#389e0d' } }} />
        <Statistic
          title="有错误的行"
          value={errorRows}
          styles={{ content: { color: errorRows ? '#cf1322' : undefined } }}
        />
      </Flex>
      <Alert
        type={view.errors.length ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        title={`共 ${view.totalRows} 行，校验通过 ${view.validEntries} 个条目，错误 ${view.errors.length} 处`}
        description={
          view.errors.length
            ? `有 ${errorRows} 行存在错误，这些行不会进入草稿。请修改文件后重新上传${view.validEntries > 0 ? '，或先把校验通过的条目应用到草稿，再在草稿中补充' : ''}。`
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
                  ['行号', '列', '问题'],
                  view.errors.map((e) => [e.row, e.column, e.message]),
                )
              }
            >
              下载错误报告
            </Button>
          </Flex>
          <Table<ImportRowError>
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            dataSource={view.errors}
            pagination={{ pageSize: 10, showTotal: (t) => `共 ${t} 条`, showSizeChanger: true }}
            columns={[
              { title: '行号', dataIndex: 'row', width: 90 },
              { title: '列', dataIndex: 'column', width: 200, render: (c: string) => c || '—' },
              { title: '问题', dataIndex: 'message' },
            ]}
            style={{ marginBottom: 16 }}
          />
        </>
      ) : null}
      {view.warnings.length > 0 ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            提示（不影响导入）
          </Typography.Title>
          <Table<ImportRowError>
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            dataSource={view.warnings}
            pagination={view.warnings.length > 10 ? { pageSize: 10 } : false}
            columns={[
              { title: '行号', dataIndex: 'row', width: 90 },
              { title: '列', dataIndex: 'column', width: 200, render: (c: string) => c || '—' },
              { title: '提示', dataIndex: 'message' },
            ]}
            style={{ marginBottom: 16 }}
          />
        </>
      ) : null}
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title="应用后，该清单草稿（没有草稿时自动新建）的条目将被替换为校验通过的条目；草稿仍需提交审核、公布后才对外公示。"
      />
      <Flex gap={8}>
        {view.validEntries > 0 ? (
          <Button type="primary" loading={applying} onClick={onApply}>
            应用到草稿（仅校验通过的 {view.validEntries} 个条目）
          </Button>
        ) : null}
        <Button onClick={onCancel}>取消</Button>
      </Flex>
    </Card>
  );
}
