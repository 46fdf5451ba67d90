import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../../src-main/fleet/schemas';
import { type CoreEvent, useLiveReload } from '../../api/events';
import { useQuery } from '../../api/useQuery';
import { QueryView } from '../../ui/QueryView';
import '../health/health.css';
import { ChecksPanel } from './ChecksPanel';
import { LatencyChart } from './LatencyChart';
import { MaintenancePanel } from './MaintenancePanel';
import './checks.css';

const liveTypes = ['health.changed', 'checks.results'] as const;
const PAGE = 500;

/**
 * A client's Checks tab: its bare-target checks (a website, a mail server, a VPN endpoint: on no
 * device), their latency, and the client's maintenance windows, which cover all its devices too.
 */
export function ClientChecks({ client }: { client: ClientSummary }) {
  const { t } = useTranslation();
  const checks = useQuery('checks.list', { clientId: client.id, bare: true, limit: PAGE });
  const ids = checks.data?.items.map((check) => check.id) ?? [];
  // Results matter for the checks listed; any state change may be a check of this client made or
  // edited elsewhere (another console, sync), and state changes are few.
  const concernsThese = (event: CoreEvent) => event.type !== 'checks.results' || event.truncated || event.checkIds.some((id) => ids.includes(id));
  useLiveReload(checks.reload, liveTypes, concernsThese);

  return (
    <div className="view__scroll">
      <QueryView query={checks}>
        {(data) => (
          <div className="health device-health">
            <ChecksPanel checks={data.items} total={data.total} owner={{ clientId: client.id }} empty={t('checks.noneBare')} />
            <MaintenancePanel scope={{ clientId: client.id }} timezone={client.timezone} />
            {data.items.length > 0 ? (
              <div className="health__wide">
                <LatencyChart checks={data.items} />
              </div>
            ) : null}
          </div>
        )}
      </QueryView>
    </div>
  );
}
