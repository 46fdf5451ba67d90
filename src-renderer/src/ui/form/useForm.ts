import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../api/client';

export type FieldErrors = Readonly<Record<string, string>>;

/** What a field component needs from the form: its value, its error, and how to change it. */
export interface Binding<V> {
  id: string;
  value: V;
  error: string | undefined;
  /** Indices of invalid items, for list fields (tags, networks) whose errors name `field.index`. */
  invalidItems: ReadonlySet<number>;
  onChange(value: V): void;
  onBlur(): void;
}

interface FormOptions<V> {
  initial: V;
  /** Runs the shared zod schema on what would be sent, so the user sees the core's rules before sending. */
  validate(values: V): { success: boolean; error?: z.ZodError };
  submit(values: V): Promise<void>;
}

function issuesByPath(error: z.ZodError | undefined): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

const errorFor = (errors: FieldErrors, name: string) =>
  errors[name] ?? Object.entries(errors).find(([path]) => path.startsWith(`${name}.`))?.[1];

/**
 * Form state for every create/edit form. A field shows its error once it has been left or the
 * form submitted; server errors (`invalid_input`, `conflict` naming a field, e.g. a duplicate
 * code) land under their field and clear when that field changes.
 */
export function useForm<V extends Record<string, unknown>>({ initial, validate, submit }: FormOptions<V>) {
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  // Submit reads the latest values from here: a list field commits its draft in the same key press.
  const latest = useRef(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  const clientErrors = useMemo(() => issuesByPath(validate(values).error), [validate, values]);

  useEffect(() => {
    if (focusRequest) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  function field<K extends keyof V & string>(name: K): Binding<V[K]> {
    const shown = submitted || touched.has(name) ? errorFor(clientErrors, name) : undefined;
    const errors = { ...serverErrors, ...clientErrors };
    const invalidItems = new Set(
      Object.keys(submitted || touched.has(name) ? errors : serverErrors)
        .filter((path) => path.startsWith(`${name}.`))
        // The name may itself be a path ("holidays.dates"): the index is the part after it.
        .map((path) => Number(path.slice(name.length + 1).split('.')[0])),
    );
    return {
      id: `${formId}-${name}`,
      value: values[name],
      error: shown ?? errorFor(serverErrors, name),
      invalidItems,
      onChange(value) {
        latest.current = { ...latest.current, [name]: value };
        setValues(latest.current);
        setServerErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => path !== name && !path.startsWith(`${name}.`))));
      },
      onBlur() {
        setTouched((current) => (current.has(name) ? current : new Set(current).add(name)));
      },
    };
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    setSubmitted(true);
    setFormError(null);
    if (!validate(latest.current).success) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setSubmitting(true);
    try {
      await submit(latest.current);
    } catch (error) {
      if (error instanceof ApiError && error.body.fields?.length) {
        setServerErrors(Object.fromEntries(error.body.fields.map((f) => [f.path, f.message])));
        setFocusRequest((n) => n + 1);
      } else {
        setFormError(error);
      }
    } finally {
      setSubmitting(false);
    }
  }

  return { formRef, values, field, handleSubmit, submitting, formError };
}

export type Form<V extends Record<string, unknown>> = ReturnType<typeof useForm<V>>;
