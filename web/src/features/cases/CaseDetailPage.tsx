import { ReloadOutlined } from '@ant-design/icons';
import type { CaseActionView, CaseDetail } from '@zhifa/contracts';
import { CASE_SOURCE_LABELS } from '@zhifa/contracts';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadError, Loading, PageHeader, SectionTitle } from '../../app/components';
import { CATEGORY_LABELS, label } from '../../app/labels';
import { ActionModal } from './ActionModal';
import { ActionsPanel } from './ActionsPanel';
import { DocumentsCard, EvidenceCard } from './CaseEvidence';
import { CaseFacts } from './CaseFacts';
import { CaseFileCard } from './CaseFileCard';
import { ClocksCard, OfficersCard, PartiesCard, TimelineCard } from './CaseSections';
import { isTerminalState } from './caseLabels';
import { useCase } from './queries';
import { StateTag, UrgencyBadge } from './tags';

/** The procedure's flowchart (一图) with the case's state highlighted, drawn by the server from the definition. */
function Flowchart({ c }: { c: CaseDetail }) {
  const [failed, setFailed] = useState(false);
  const src = `/api/public/procedures/${encodeURIComponent(c.procedure)}/flowchart.svg?current=${encodeURIComponent(c.state)}`;
  return (
    <Card
      title={<SectionTitle>流程图</SectionTitle>}
      style={{ marginBottom: 16 }}
      extra={
        failed ? null : (
          <a href={src} target="_blank" rel="noopener">
            放大查看
          </a>
        )
      }
    >
      {failed ? (
        <Typography.Text type="secondary">流程图暂不可用</Typography.Text>
      ) : (
        // the whole chart fits beside the case; 放大查看 opens it full size
        <img
          src={src}
          alt={`${c.procedureName}流程图，当前环节：${c.stateLabel}`}
          style={{ width: '100%', maxHeight: 'calc(100vh - 140px)', objectFit: 'contain', display: 'block' }}
          onError={() => setFailed(true)}
        />
      )}
    </Card>
  );
}

export function CaseDetailPage() {
  const { id = '' } = useParams();
  const query = useCase(id);
  const [acting, setActing] = useState<CaseActionView | null>(null);

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} retry={() => query.refetch()} />;
  const c = query.data;
  // The open step follows the case's current view of that action (its refusals change after each step).
  const current = acting ? (c.actions.find((a) => a.action === acting.action) ?? acting) : null;
  // A closed or archived case is read only; its remaining clocks (e.g. the party's remedy periods) are no alarm.
  const terminal = isTerminalState(c.procedure, c.state);

  return (
    <>
      <PageHeader
        title={c.cause}
        sub={
          <Flex gap={8} align="center" wrap component="span">
            <span data-testid="case-number">{c.caseNumber}</span>
            <span>·</span>
            <span>{c.procedureName}</span>
            <span data-testid="case-state">
              <StateTag label={c.stateLabel} terminal={terminal} />
            </span>
            {terminal ? null : <UrgencyBadge urgency={c.urgency} rule={c.nextDueRule} dueOn={c.nextDueOn} />}
          </Flex>
        }
        extra={
          <Button icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => query.refetch()}>
            刷新
          </Button>
        }
      />
      {c.reviewFlag ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="本案须经法制审核后方可作出决定（APL-58）"
          description={c.reviewFlag.reasons.join('；')}
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <ActionsPanel c={c} onAct={setActing} />
          <Card title={<SectionTitle>案件信息</SectionTitle>} style={{ marginBottom: 16 }}>
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'num', label: '案件编号', children: c.caseNumber },
                { key: 'agency', label: '执法主体', children: c.agencyName },
                { key: 'proc', label: '程序', children: c.procedureName },
                { key: 'state', label: '办理环节', children: c.stateLabel },
                { key: 'source', label: '案件来源', children: label(CASE_SOURCE_LABELS, c.source) },
                { key: 'clue', label: '案源登记日期', children: c.clueReceivedOn },
                { key: 'cat', label: '执法类别', children: label(CATEGORY_LABELS, c.category) },
                { key: 'region', label: '执法区域', children: c.region },
                ...(c.sourceDetail ? [{ key: 'detail', label: '来源说明', children: c.sourceDetail, span: 2 }] : []),
              ]}
            />
            <CaseFacts c={c} />
          </Card>
          <ClocksCard c={c} readOnly={terminal} />
          <PartiesCard c={c} readOnly={terminal} />
          <OfficersCard c={c} />
          <DocumentsCard c={c} readOnly={terminal} />
          <EvidenceCard c={c} readOnly={terminal} />
          <CaseFileCard c={c} />
          <TimelineCard c={c} />
        </Col>
        <Col xs={24} xl={8}>
          {/* beside the case while scrolling: the flowchart shows where the case stands */}
          <div style={{ position: 'sticky', top: 16 }}>
            <Flowchart c={c} />
          </div>
        </Col>
      </Row>
      <ActionModal c={c} action={current} onClose={() => setActing(null)} />
    </>
  );
}
