import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Client, clientFields } from '../../../../src-main/fleet/schemas';
import { mutate } from '../../api/mutate';
import { Button } from '../../ui/Button';
import { controlProps } from '../../ui/Field';
import { useForm } from '../../ui/form/useForm';
import { translateMessage } from '../../i18n/validation';

const schema = z.object({ notes: clientFields.notes });
type Values = { notes: string };
const validate = (values: Values) => schema.safeParse(values);

/** The client's notes, edited in place: what a technician should know before going on site. */
export function ClientNotes({ client }: { client: Client }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initial: { notes: client.notes },
    validate,
    async submit(values) {
      await mutate('clients.update', { id: client.id, notes: values.notes });
    },
  });
  const notes = form.field('notes');
  const dirty = form.values.notes !== client.notes;

  return (
    <form ref={form.formRef} className="notes" noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <label className="visually-hidden" htmlFor={notes.id}>
        {t('clients.tabs.notes')}
      </label>
      <textarea
        {...controlProps(notes)}
        className="input textarea notes__text"
        value={notes.value}
        readOnly={client.archivedAt !== null}
        placeholder={t('clients.notesPlaceholder')}
        onChange={(event) => notes.onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      {notes.error ? <div className="field__error">{translateMessage(t, notes.error)}</div> : null}
      <div className="notes__actions">
        <span className="muted">{dirty ? t('common.submitHint') : null}</span>
        <Button type="submit" variant="primary" disabled={!dirty} busy={form.submitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
