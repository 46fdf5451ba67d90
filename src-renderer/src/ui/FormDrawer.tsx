import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { errorMessage } from './errorMessage';

interface FormDrawerProps {
  title: string;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit(event: FormEvent): void;
  onClose(): void;
  submitting: boolean;
  formError: unknown;
  submitLabel: string;
  children: ReactNode;
}

/** Every create/edit form: a drawer with the fields in a grid, Save and Cancel, Ctrl/Cmd+Enter to save. */
export function FormDrawer({ title, formRef, onSubmit, onClose, submitting, formError, submitLabel, children }: FormDrawerProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose} variant="drawer">
      <form
        ref={formRef}
        className="drawer-form"
        noValidate
        onSubmit={onSubmit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.requestSubmit();
          }
        }}
      >
        <div className="drawer-form__body form-grid">{children}</div>
        <footer className="dialog__footer">
          {formError ? (
            <p className="form-error" role="alert">
              {errorMessage(t, formError)}
            </p>
          ) : (
            <span className="dialog__hint">{t('common.submitHint')}</span>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={submitting}>
            {submitting ? t('common.saving') : submitLabel}
          </Button>
        </footer>
      </form>
    </Dialog>
  );
}

/** A titled group of fields inside a form grid. */
export function FormSection({ title }: { title: string }) {
  return <h3 className="form-section">{title}</h3>;
}
