import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { useQuery } from '../../api/useQuery';

/** The SLA policy a client is held to, by name, linking to the policies; null is the default's. */
export function ClientPolicy({ policyId }: { policyId: string | null }) {
  const { t } = useTranslation();
  const policies = useQuery('slaPolicies.list', {});
  const items = policies.data?.items ?? [];
  const policy = items.find((candidate) => candidate.id === policyId) ?? items.find((candidate) => candidate.isDefault);
  if (!policy) return null;
  return (
    <a href={href('/sla-policies')} title={t('slaPolicies.clientPolicyTitle')}>
      {t('slaPolicies.clientPolicy', { name: policy.name })}
    </a>
  );
}

/** The client form's choices: the default (named) for null, then every other policy. */
export function usePolicyOptions() {
  const { t } = useTranslation();
  const policies = useQuery('slaPolicies.list', {});
  return (policies.data?.items ?? []).map((policy) =>
    policy.isDefault ? { value: '', label: t('slaPolicies.defaultOption', { name: policy.name }) } : { value: policy.id, label: policy.name },
  );
}
