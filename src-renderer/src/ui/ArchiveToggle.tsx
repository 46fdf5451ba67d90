import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';

interface ArchiveToggleProps {
  archived: boolean;
  /** Already translated, with the record's name in them. */
  text: { archiveTitle: string; archiveBody: string; restoreTitle: string; restoreBody: string };
  onArchive(): Promise<unknown>;
  onRestore(): Promise<unknown>;
  compact?: boolean;
}

/** Archive or restore, always behind a confirmation that says what happens and how to undo it. */
export function ArchiveToggle({ archived, text, onArchive, onRestore, compact = false }: ArchiveToggleProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const label = archived ? t('common.restore') : t('common.archive');
  return (
    <>
      <Button variant={compact ? 'ghost' : 'secondary'} icon={archived ? 'restore' : 'archive'} onClick={() => setConfirming(true)}>
        {label}
      </Button>
      {confirming ? (
        <ConfirmDialog
          title={archived ? text.restoreTitle : text.archiveTitle}
          body={archived ? text.restoreBody : text.archiveBody}
          confirmLabel={label}
          danger={!archived}
          onConfirm={archived ? onRestore : onArchive}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}
