// The list of problems at the top of a long form. It takes focus after a failed save so the
// problems are read out at once; each links to (and focuses) the field that needs fixing.
import type { Ref } from 'react';
import { fieldId } from './fieldId';

interface ErrorSummaryProps {
  title: string;
  lead: string;
  /** Field path → message, in form order; '' is a message about the whole form. */
  errors: Record<string, string>;
  labelFor: (path: string) => string;
  ref?: Ref<HTMLDivElement>;
}

export function ErrorSummary({ title, lead, errors, labelFor, ref }: ErrorSummaryProps) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <p>{lead}</p>
      <ul>
        {entries.map(([path, message]) => {
          const label = labelFor(path);
          const text = label ? `${label}: ${message}` : message;
          if (path === '') return <li key="form">{text}</li>;
          const id = fieldId(path);
          return (
            <li key={path}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  const target = document.getElementById(id);
                  if (!target) return;
                  event.preventDefault();
                  target.scrollIntoView({ block: 'center' });
                  target.focus();
                }}
              >
                {text}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
