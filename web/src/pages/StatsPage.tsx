import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useState } from 'react';
import type { Stats } from '../api';
import { type StatsPeriod, queries } from '../queries';
import { startOfDay } from '../time';
import { Chart } from '../components/Chart';
import { Loaded } from '../components/Feedback';
import { PageCard } from '../components/PageCard';
import { PeriodFilterForm } from '../components/PeriodFilterForm';
import { type ResponsiveColumn, ResponsiveTable } from '../components/ResponsiveTable';
import { type Cell, downloadCsv } from '../csv';
import { type Translate, labelOf, useI18n } from '../i18n';

/** The calendar days picked (2026-03-01), both included. */
interface Period {
  from?: string;
  to?: string;
}

/** The days are the user's, in the user's zone; the API takes instants, `to` exclusive. */
const toQuery = ({ from, to }: Period, zone: string): StatsPeriod => ({
  from: from ? startOfDay(from, zone) : undefined,
  to: to ? startOfDay(to, zone, 1) : undefined,
});

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

function bar(labels: string[], values: number[], name: string): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, bottom: 8, top: 24, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name, data: values, barMaxWidth: 40 }],
  };
}

/** A count (bars, left axis) against a mean (line, right axis) per item. */
function barAndLine(
  labels: string[],
  bars: { name: string; data: (number | null)[] },
  line: { name: string; data: (number | null)[] },
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    // Below the plot, so it never sits on the axis names above it.
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, bottom: 32, top: 40, containLabel: true },
    xAxis: { type: 'category', data: labels },
    // Each axis name runs inwards from its axis: centred, a long one is cut off at the edge of a phone.
    yAxis: [
      { type: 'value', name: bars.name, nameTextStyle: { align: 'left' } },
      { type: 'value', name: line.name, nameTextStyle: { align: 'right' } },
    ],
    series: [
      { type: 'bar', name: bars.name, data: bars.data, barMaxWidth: 40 },
      { type: 'line', name: line.name, data: line.data, yAxisIndex: 1, connectNulls: true },
    ],
  };
}

function chartsOf(stats: Stats, t: Translate) {
  const { cases, townships, incidents } = stats;
  return {
    byStatus: bar(
      cases.byStatus.map((row) => labelOf(t, 'status', row.status)),
      cases.byStatus.map((row) => row.count),
      t('count'),
    ),
    byTier: {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          data: cases.byTier.map((row) => ({ name: labelOf(t, 'tier', row.tier), value: row.count })),
        },
      ],
    },
    byCategory: bar(
      cases.byCategory.map((row) => labelOf(t, 'category', row.category)),
      cases.byCategory.map((row) => row.count),
      t('count'),
    ),
    townships: barAndLine(
      townships.map((row) => row.name),
      { name: `${t('metShare')} %`, data: townships.map((row) => percent(row.deadlineMetShare)) },
      { name: t('meanDays'), data: townships.map((row) => row.meanDaysToAgreement) },
    ),
    severities: barAndLine(
      incidents.bySeverity.map((row) => labelOf(t, 'severity', row.severity)),
      { name: t('count'), data: incidents.bySeverity.map((row) => row.count) },
      { name: t('meanMinutes'), data: incidents.bySeverity.map((row) => row.meanMinutesToAcknowledge) },
    ),
  };
}

function csvRows(stats: Stats, t: Translate): Cell[][] {
  const { cases, townships, incidents } = stats;
  return [
    [t('dimension'), t('item'), t('count')],
    ...cases.byStatus.map((row) => [t('status'), labelOf(t, 'status', row.status), row.count]),
    ...cases.byTier.map((row) => [t('tier'), labelOf(t, 'tier', row.tier), row.count]),
    ...cases.byCategory.map((row) => [t('category'), labelOf(t, 'category', row.category), row.count]),
    [],
    [
      t('township'),
      t('jurisdiction'),
      t('deadlinesMet'),
      t('deadlinesMissed'),
      `${t('metShare')} %`,
      t('agreements'),
      t('meanDays'),
      t('findingsClosedOnTime'),
      t('findingsOverdue'),
      `${t('patrolCoverage')} %`,
    ],
    ...townships.map((row) => [
      row.name,
      row.jurisdiction,
      row.deadlinesMet,
      row.deadlinesMissed,
      percent(row.deadlineMetShare),
      row.agreements,
      row.meanDaysToAgreement,
      row.findingsClosedOnTime,
      row.findingsOverdue,
      percent(row.patrolCoverage),
    ]),
    [],
    [t('severity'), t('count'), t('acknowledged'), t('meanMinutes')],
    ...incidents.bySeverity.map((row) => [
      labelOf(t, 'severity', row.severity),
      row.count,
      row.acknowledged,
      row.meanMinutesToAcknowledge,
    ]),
  ];
}

/**
 * A chart in a card headed by its title, which also labels the chart: half the width on a large screen, all of it
 * on a smaller one.
 */
function ChartCard({ title, option }: { title: string; option: EChartsCoreOption }) {
  return (
    <Col xs={24} lg={12}>
      <Card title={title} size="small">
        <Chart option={option} label={title} />
      </Card>
    </Col>
  );
}

type TownshipRow = Stats['townships'][number];

/** One row a township, named first (the card's title on a phone); the figures are the caller's. */
function TownshipTable({
  townships,
  columns,
}: {
  townships: TownshipRow[];
  columns: ResponsiveColumn<TownshipRow>[];
}) {
  const { t } = useI18n();
  return (
    <ResponsiveTable<TownshipRow>
      size="small"
      rowKey={(row) => row.jurisdiction}
      dataSource={townships}
      columns={[{ title: t('township'), dataIndex: 'name', phone: 'title' }, ...columns]}
    />
  );
}

function StatsView({ stats, period }: { stats: Stats; period: Period }) {
  const { t, language } = useI18n();
  const charts = useMemo(() => chartsOf(stats, t), [stats, t]);
  const exportCsv = () =>
    downloadCsv(
      `${language === 'zh' ? '统计' : 'statistics'}_${period.from ?? 'all'}_${period.to ?? 'all'}.csv`,
      csvRows(stats, t),
    );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={16} align="middle">
        <Col>
          <Statistic title={t('casesTotal')} value={stats.cases.total} />
        </Col>
        <Col>
          <Statistic title={t('incidentsTotal')} value={stats.incidents.total} />
        </Col>
        <Col flex="auto" style={{ textAlign: 'right' }}>
          <Button onClick={exportCsv}>{t('exportCsv')}</Button>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <ChartCard title={t('casesByStatus')} option={charts.byStatus} />
        <ChartCard title={t('casesByTier')} option={charts.byTier} />
        <ChartCard title={t('casesByCategory')} option={charts.byCategory} />
        <ChartCard title={t('incidentsBySeverity')} option={charts.severities} />
        <Col span={24}>
          <Card title={t('townshipPerformance')} size="small">
            <Chart option={charts.townships} label={t('townshipPerformance')} />
            <TownshipTable
              townships={stats.townships}
              columns={[
                { title: t('deadlinesMet'), dataIndex: 'deadlinesMet' },
                { title: t('deadlinesMissed'), dataIndex: 'deadlinesMissed' },
                {
                  title: t('metShare'),
                  dataIndex: 'deadlineMetShare',
                  render: (share: number | null) => (share === null ? '—' : `${percent(share)}%`),
                },
                { title: t('agreements'), dataIndex: 'agreements' },
                {
                  title: t('meanDays'),
                  dataIndex: 'meanDaysToAgreement',
                  render: (days: number | null) => days ?? '—',
                },
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('assessment')} size="small">
            <TownshipTable
              townships={stats.townships}
              columns={[
                { title: t('findingsClosedOnTime'), dataIndex: 'findingsClosedOnTime' },
                { title: t('findingsOverdue'), dataIndex: 'findingsOverdue' },
                {
                  title: t('patrolCoverage'),
                  dataIndex: 'patrolCoverage',
                  render: (share: number | null, row) =>
                    share === null
                      ? '—'
                      : `${percent(share)}% (${row.patrolMarkersChecked}/${row.patrolMarkersPlanned})`,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

export function StatsPage() {
  const { t, timeZone } = useI18n();
  const [period, setPeriod] = useState<Period>({});
  const stats = useQuery(queries.stats(toQuery(period, timeZone)));
  const day = (value?: Dayjs) => value?.format('YYYY-MM-DD');

  return (
    <PageCard title={t('stats')}>
      <PeriodFilterForm<{ from?: Dayjs; to?: Dayjs }>
        name="stats-period"
        onFinish={(values) => setPeriod({ from: day(values.from), to: day(values.to) })}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph type="secondary">{t('scopeNote')}</Typography.Paragraph>
      <Loaded query={stats}>{(data) => <StatsView stats={data} period={period} />}</Loaded>
    </PageCard>
  );
}
