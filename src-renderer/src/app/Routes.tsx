import { useTranslation } from 'react-i18next';
import { ClientPage } from '../features/clients/ClientPage';
import { ClientsView } from '../features/clients/ClientsView';
import { DevicePage } from '../features/devices/DevicePage';
import { DevicesView } from '../features/devices/DevicesView';
import { HealthView } from '../features/health/HealthView';
import { MyDayView } from '../features/myday/MyDayView';
import { PlanPage } from '../features/plans/PlanPage';
import { PlansView } from '../features/plans/PlansView';
import { TaskPage } from '../features/tasks/TaskPage';
import { TasksView } from '../features/tasks/TasksView';
import { SettingsView } from '../features/settings/SettingsView';
import { SlaPoliciesView } from '../features/sla-policies/SlaPoliciesView';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { navigate, useRouter } from './router';

export function Routes() {
  const route = useRouter((s) => s.route);
  switch (route.name) {
    case 'clients':
      return <ClientsView />;
    case 'client':
      return <ClientPage key={route.id} id={route.id} tab={route.tab} />;
    case 'devices':
      return <DevicesView />;
    case 'device':
      return <DevicePage key={route.id} id={route.id} tab={route.tab} />;
    case 'tasks':
      return <TasksView />;
    case 'task':
      return <TaskPage key={route.id} id={route.id} />;
    case 'myDay':
      return <MyDayView />;
    case 'plans':
      return <PlansView />;
    case 'plan':
      return <PlanPage key={route.id} id={route.id} />;
    case 'health':
      return <HealthView />;
    case 'settings':
      return <SettingsView />;
    case 'slaPolicies':
      return <SlaPoliciesView />;
    case 'notFound':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState icon="alert" title={t('shell.notFoundTitle')} actions={<Button onClick={() => navigate('#/clients')}>{t('shell.goToClients')}</Button>}>
      {t('shell.notFoundBody')}
    </EmptyState>
  );
}
