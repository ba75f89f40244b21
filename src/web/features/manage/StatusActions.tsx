// Pause, archive or reactivate a group. Each is one PATCH; the result is announced.
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { GroupStatus } from '../../../contracts/groups';
import { api, messageFor } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { t, type MessageKey } from '../../i18n';

const ACTIONS: { to: GroupStatus; label: MessageKey; from: GroupStatus[] }[] = [
  { to: 'paused', label: 'editor.pause', from: ['active'] },
  { to: 'archived', label: 'editor.archive', from: ['active', 'paused'] },
  { to: 'active', label: 'editor.reactivate', from: ['paused', 'archived'] },
];

interface StatusActionsProps {
  id: string;
  status: GroupStatus;
  onChanged: (status: GroupStatus) => void;
}

export function StatusActions({ id, status, onChanged }: StatusActionsProps) {
  const [busy, setBusy] = useState<GroupStatus | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  // The pressed button goes away with the old status; focus returns to this section's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function change(to: GroupStatus) {
    setBusy(to);
    setNotice(null);
    try {
      const detail = await api.changeGroupStatus(id, to);
      const name = t(`manage.status.${detail.status}`);
      flushSync(() => {
        onChanged(detail.status);
        setNotice({ tone: 'success', text: t('editor.statusChanged', { status: name }) });
        setBusy(null);
      });
      headingRef.current?.focus();
    } catch (error) {
      setNotice({ tone: 'error', text: messageFor(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="editor-section" aria-labelledby="status-heading">
      <h2 id="status-heading" ref={headingRef} tabIndex={-1}>
        {t('editor.statusHeading')}
      </h2>
      <p>{t('editor.statusNow', { status: t(`manage.status.${status}`) })}</p>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <ul className="actions">
        {ACTIONS.filter((action) => action.from.includes(status)).map((action) => (
          <li key={action.to}>
            <Button
              variant="secondary"
              busy={busy === action.to}
              onClick={() => void change(action.to)}
            >
              {t(action.label)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
