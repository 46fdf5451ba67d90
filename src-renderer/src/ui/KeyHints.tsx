import { Kbd } from './Kbd';

/** "↑ ↓ select · Enter open · N new": the keys a view answers to, shown where the eye already is. */
export function KeyHints({ hints }: { hints: { keys: string[]; label: string }[] }) {
  return (
    <span className="key-hints">
      {hints.map((hint) => (
        <span key={hint.label} className="key-hints__item">
          {hint.keys.map((key) => (
            <Kbd key={key}>{key}</Kbd>
          ))}
          {hint.label}
        </span>
      ))}
    </span>
  );
}
