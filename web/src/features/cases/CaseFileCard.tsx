import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { CaseDetail } from '@zhifa/contracts';
import { Alert, Button, Card, Collapse, List, Tag, Typography } from 'antd';
import { api } from '../../app/api';
import { SectionTitle } from '../../app/components';
import { formatDateTime } from '../../app/format';
import { casePath } from './queries';

/** The e-case file as the server assembles it (GET /api/cases/:id/file): sections in the standard order. */
interface CaseFileView {
  caseId: string;
  caseNumber: string;
  sections: {
    key: string;
    title: string;
    entries: { kind: string; id: string; title: string; number: string | null; date: string; detail: string }[];
  }[];
  complete: boolean;
  missing: { code: string; name: string; reason: string }[];
}

/**
 * 电子卷宗: what is on file, section by section, and what is still missing for the case's outcome — the same
 * check that refuses closing and archiving (REC-SCOPE) until the file is complete.
 */
export function CaseFileCard({ c }: { c: CaseDetail }) {
  const file = useQuery({
    // a new version of the case may have added documents or records
    queryKey: ['cases', 'file', c.id, c.version, c.records.length],
    queryFn: () => api.get<CaseFileView>(`${casePath(c.id)}/file`),
    refetchOnWindowFocus: false,
  });
  const f = file.data;
  return (
    <Card
      title={<SectionTitle>电子卷宗</SectionTitle>}
      style={{ marginBottom: 16 }}
      loading={file.isPending}
      extra={
        <Button size="small" icon={<DownloadOutlined />} href={`${casePath(c.id)}/file/bundle`} download>
          导出电子卷宗
        </Button>
      }
    >
      {file.isError ? <Typography.Text type="secondary">电子卷宗暂不可用</Typography.Text> : null}
      {f ? (
        <>
          {f.complete ? (
            <Alert type="success" showIcon style={{ marginBottom: 12 }} title="案卷材料齐全" />
          ) : (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="案卷尚缺以下材料，补齐后方可结案、归档（REC-SCOPE）"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {f.missing.map((m) => (
                    <li key={m.code}>
                      {m.name}：{m.reason}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <Collapse
            size="small"
            items={f.sections.map((s) => ({
              key: s.key,
              label: (
                <span>
                  {s.title} <Tag style={{ marginInlineStart: 4 }}>{s.entries.length}</Tag>
                </span>
              ),
              children:
                s.entries.length === 0 ? (
                  <Typography.Text type="secondary">无</Typography.Text>
                ) : (
                  <List
                    size="small"
                    dataSource={s.entries}
                    renderItem={(e) => (
                      <List.Item key={e.id}>
                        <span>
                          {e.title}
                          {e.number ? <Typography.Text type="secondary">（{e.number}）</Typography.Text> : null}
                        </span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatDateTime(e.date)}
                        </Typography.Text>
                      </List.Item>
                    )}
                  />
                ),
            }))}
          />
        </>
      ) : null}
    </Card>
  );
}
