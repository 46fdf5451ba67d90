import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priorities, type PolicyListItem } from '../../../../src-main/sla-policies/schemas';
import { href } from '../../app/router';
import { useKey } from '../../app/shortcuts';
import { useIsStaff } from '../../api/session';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { DataTable } from '../../ui/table/DataTable';
import type { Column } from '../../ui/table/columns';
import { formatDuration, summarizeHolidays, summarizeHours } from './policyText';
import { SlaPolicyForm } from './SlaPolicyForm';
import './sla-policies.css';

/** Every SLA policy with its calendar and targets; staff create and edit them, technicians read them. */
export function SlaPoliciesView() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const mayEdit = useIsStaff();
  const policies = useQuery('slaPolicies.list', {});
  const [editing, setEditing] = useState<PolicyListItem | 'new' | null>(null);
  const startCreating = useCallback(() => setEditing('new'), []);
  useKey('n', mayEdit ? startCreating : null);
  const open = useCallback((policy: PolicyListItem) => (mayEdit ? setEditing(policy) : undefined), [mayEdit]);

  const columns = useMemo<Column<PolicyListItem>[]>(
    () => [
      {
        id: 'name',
        label: t('slaPolicies.columns.name'),
        width: 'minmax(120px, 1.6fr)',
        cell: (policy) => (
          <span className="sla-name">
            <span className="truncate strong" title={policy.name}>
              {policy.name}
            </span>
            {policy.isDefault ? <Badge>{t('slaPolicies.default')}</Badge> : null}
          </span>
        ),
      },
      {
        id: 'timezone',
        label: t('slaPolicies.columns.timezone'),
        width: 'minmax(90px, 0.8fr)',
        cell: (policy) => (
          <span className="truncate muted" title={policy.timezone}>
            {policy.timezone}
          </span>
        ),
      },
      {
        id: 'hours',
        label: t('slaPolicies.columns.hours'),
        width: 'minmax(160px, 2.4fr)',
        cell: (policy) => (
          <span className="truncate" title={summarizeHours(i18n.language, policy.hours)}>
            {summarizeHours(i18n.language, policy.hours)}
          </span>
        ),
      },
      {
        id: 'holidays',
        label: t('slaPolicies.columns.holidays'),
        width: 'minmax(90px, 1fr)',
        cell: (policy) => (
          <span className="truncate muted" title={summarizeHolidays(t, policy.holidays)}>
            {summarizeHolidays(t, policy.holidays)}
          </span>
        ),
      },
      ...priorities.map(
        (priority): Column<PolicyListItem> => ({
          id: priority,
          label: priority,
          // "24:00/120:00" (the default P4) is the widest common pair; the slash keeps only a hair of space.
          width: '92px',
          cell: (policy) => (
            <span className="mono sla-target" title={t('slaPolicies.targetTitle', { priority })}>
              {formatDuration(policy.targets[priority]!.responseMinutes)}
              <span className="sla-target__slash">/</span>
              {formatDuration(policy.targets[priority]!.resolveMinutes)}
            </span>
          ),
        }),
      ),
      { id: 'clients', label: t('slaPolicies.columns.clients'), width: '56px', align: 'end', cell: (policy) => <span className="mono">{format.number(policy.clientCount)}</span> },
    ],
    [t, i18n.language, format],
  );

  return (
    <div className="view">
      <PageHeader
        above={<Breadcrumbs label={t('nav.breadcrumbs')} items={[{ label: t('settings.title'), href: href('/settings') }, { label: t('slaPolicies.title') }]} />}
        title={t('slaPolicies.title')}
      />
      <div className="toolbar">
        <span className="toolbar__count">{policies.data ? t('slaPolicies.count', { count: policies.data.items.length }) : null}</span>
        <span className="muted sla-legend">{mayEdit ? t('slaPolicies.legend') : t('slaPolicies.readOnly')}</span>
        <div className="toolbar__end">
          {mayEdit ? (
            <Button variant="primary" icon="plus" shortcut="N" onClick={startCreating}>
              {t('slaPolicies.new')}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="view__body">
        <QueryView query={policies}>
          {({ items }) =>
            items.length > 0 ? (
              <DataTable label={t('slaPolicies.title')} columns={columns} rows={items} rowKey={(policy) => policy.id} onOpen={open} />
            ) : (
              <EmptyState icon="inbox" title={t('slaPolicies.none')}>
                {t('slaPolicies.noneHint')}
              </EmptyState>
            )
          }
        </QueryView>
      </div>
      {editing ? <SlaPolicyForm policy={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
