// "Skip to content": the first stop for keyboard users. Moves focus to <main> without
// adding a history entry.
import { t } from '../i18n';

export const mainId = 'main';

export function SkipLink() {
  return (
    <a
      className="skip-link"
      href={`#${mainId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(mainId)?.focus();
      }}
    >
      {t('app.skipLink')}
    </a>
  );
}
