import { useMemo } from 'react';
import { Grid, Space, Steps, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { MarkerType, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './process-flow.css';
import type { AuditEvent } from '../api/orders';
import { nextStatuses, processGrid, processMoves, road, travelled } from '../order-process';

const columnWidth = 140;
const rowHeight = 70;

/**
 * The order's process as a read-only flowchart (loaded on its own: @xyflow/react is big):
 * every status of the state machine, the current one highlighted, the statuses and moves
 * the order's history shows already travelled. On a tablet the chart runs top to bottom; on a
 * phone, where a whole chart would shrink past reading, it is a list of the steps taken.
 */
export default function ProcessFlow({ status, events, narrow }: { status: string; events: AuditEvent[]; narrow: boolean }) {
  const phone = !Grid.useBreakpoint().sm;
  return phone ? <ProcessSteps status={status} events={events} /> : <ProcessChart status={status} events={events} narrow={narrow} />;
}

/** The road travelled as steps, oldest first, ending at the current status, and where the order can go from there. */
function ProcessSteps({ status, events }: { status: string; events: AuditEvent[] }) {
  const { t } = useTranslation();
  const steps = useMemo(() => road(events, status), [events, status]);
  const next = nextStatuses(status);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="process-steps">
      <Typography.Text type="secondary">{t('units.flow.road')}</Typography.Text>
      <Steps
        orientation="vertical"
        size="small"
        current={steps.length - 1}
        items={steps.map((step, index) => ({
          title: t(`status.${step}`),
          status: index === steps.length - 1 ? 'process' : 'finish',
          content: index === steps.length - 1 ? t('flow.current') : undefined,
        }))}
      />
      {next.length > 0 && (
        <Space wrap size={4} data-testid="process-next">
          <Typography.Text type="secondary">{t('units.flow.next')}</Typography.Text>
          {next.map((to) => (
            <Tag key={to} variant="outlined" style={{ borderStyle: 'dashed' }}>
              {t(`status.${to}`)}
            </Tag>
          ))}
        </Space>
      )}
    </Space>
  );
}

function ProcessChart({ status, events, narrow }: { status: string; events: AuditEvent[]; narrow: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const path = useMemo(() => travelled(events, status), [events, status]);

  const nodes = useMemo<Node[]>(
    () =>
      Object.entries(processGrid).map(([id, cell]) => {
        const current = id === status;
        const visited = path.statuses.has(id);
        return {
          id,
          position: narrow ? { x: cell.row * 120, y: cell.column * 90 } : { x: cell.column * columnWidth, y: cell.row * rowHeight },
          data: { label: t(`status.${id}`) },
          sourcePosition: narrow ? Position.Bottom : Position.Right,
          targetPosition: narrow ? Position.Top : Position.Left,
          className: current ? 'process-current' : visited ? 'process-travelled' : 'process-ahead',
          style: {
            width: narrow ? 104 : 116,
            fontSize: 12,
            padding: 6,
            fontWeight: current ? 600 : 400,
            color: current ? token.colorWhite : visited ? token.colorText : token.colorTextTertiary,
            background: current ? token.colorPrimary : visited ? token.colorSuccessBg : token.colorBgContainer,
            border: `1px ${visited ? 'solid' : 'dashed'} ${current ? token.colorPrimary : visited ? token.colorSuccessBorder : token.colorBorder}`,
            boxShadow: current ? `0 0 0 4px ${token.colorPrimaryBg}` : undefined,
          },
        };
      }),
    [narrow, path, status, t, token],
  );

  const edges = useMemo<Edge[]>(
    () =>
      processMoves().map(({ from, to }) => {
        const taken = path.moves.has(`${from}>${to}`);
        const colour = taken ? token.colorSuccess : to === 'cancelled' ? token.colorBorderSecondary : token.colorBorder;
        return {
          id: `${from}>${to}`,
          source: from,
          target: to,
          type: 'smoothstep',
          className: taken ? 'process-taken' : undefined,
          markerEnd: { type: MarkerType.ArrowClosed, color: colour },
          style: { stroke: colour, strokeWidth: taken ? 2.5 : 1, strokeDasharray: to === 'cancelled' ? '4 4' : undefined },
          zIndex: taken ? 1 : 0,
        };
      }),
    [path, token],
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="process-flow">
      <Space wrap size={4}>
        <Tag color="blue">{t('flow.current')}</Tag>
        <Tag color="green">{t('flow.travelled')}</Tag>
        <Tag variant="outlined" style={{ borderStyle: 'dashed' }}>
          {t('flow.ahead')}
        </Tag>
      </Space>
      <div className="process-flow" style={{ height: narrow ? 940 : 320, width: '100%', border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          fitView
          fitViewOptions={{ padding: 0.08 }}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          zoomOnScroll={false}
          preventScrolling={false}
          panOnDrag={!narrow}
          minZoom={0.3}
        />
      </div>
    </Space>
  );
}
