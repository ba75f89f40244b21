// Wide tables scroll sideways on small screens; the scroll box is focusable and labelled so
// keyboard users can scroll it too.
import type { ReactNode } from 'react';
import { t } from '../../i18n';

export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      className="table-region"
      role="region"
      aria-label={t('admin.tableRegion', { name: label })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
