// The directory's search form: a real GET form (Enter submits; every filter has its URL name).
// Ticking a box or picking from a list applies at once; typed words and places apply on submit.
// On phones the filters sit behind a "Filters" disclosure that shows how many are chosen. The
// sort control sits with the results and joins this form through its `form` attribute.
import { useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import type { TaxonomyReply } from '../../api/groupTypes';
import { Button } from '../../components/Button';
import { FieldFrame, fieldWiring } from '../../components/FieldFrame';
import { t } from '../../i18n';
import { countActive, emptyFilters, type DirectoryFilters } from './filters';
import { FilterChoices } from './FilterChoices';
import { PlaceFields } from './PlaceFields';
import { resultsHeadingId } from './Results';
import { useDraft } from './useDraft';

export const directoryFormId = 'directory-form';

interface DirectoryFormProps {
  filters: DirectoryFilters;
  taxonomy: TaxonomyReply;
  languages: readonly string[];
  onApply: (next: DirectoryFilters, options?: { push?: boolean }) => void;
}

export function DirectoryForm({ filters, taxonomy, languages, onApply }: DirectoryFormProps) {
  const [q, setQ] = useDraft(filters.q);
  const [near, setNear] = useDraft(filters.near);
  const [radius, setRadius] = useDraft(filters.radius);
  const [open, setOpen] = useState(false);
  const count = countActive(filters);
  const qWiring = fieldWiring('q', t('directory.qHint'));
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  /** On a phone, submitting from inside the open panel closes it and goes to the results. */
  function closePanelIfPhone() {
    const toggle = toggleRef.current;
    const fromPanel = panelRef.current?.contains(document.activeElement) ?? false;
    if (!toggle || !fromPanel || getComputedStyle(toggle).display === 'none') return;
    flushSync(() => setOpen(false));
    document.getElementById(resultsHeadingId)?.focus();
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const place = near.trim();
    onApply(
      {
        ...filters,
        q: q.trim(),
        near: place,
        lat: place === '' ? filters.lat : '',
        lng: place === '' ? filters.lng : '',
        radius,
      },
      { push: true },
    );
    closePanelIfPhone();
  }

  return (
    <form
      id={directoryFormId}
      method="get"
      action="/groups"
      role="search"
      aria-label={t('directory.searchLabel')}
      className="directory-form"
      onSubmit={submit}
    >
      <div className="search-row">
        <FieldFrame id={qWiring.id} label={t('directory.q')} hint={t('directory.qHint')}>
          <input
            {...qWiring}
            name="q"
            type="search"
            enterKeyHint="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </FieldFrame>
        <Button type="submit">{t('directory.search')}</Button>
      </div>
      <div className="filters">
        <button
          ref={toggleRef}
          type="button"
          className="filters__toggle button button--secondary"
          aria-expanded={open}
          aria-controls="filters-panel"
          onClick={() => setOpen(!open)}
        >
          {t('directory.filters')}
          {count > 0 && (
            <span className="filters__count"> ({t('directory.filtersChosen', { count })})</span>
          )}
        </button>
        <div ref={panelRef} id="filters-panel" className="filters__panel" data-open={open}>
          <FilterChoices
            filters={filters}
            taxonomy={taxonomy}
            languages={languages}
            onApply={onApply}
          />
          <PlaceFields
            filters={filters}
            near={near}
            onNearChange={setNear}
            radius={radius}
            onRadiusChange={setRadius}
            onApply={onApply}
          />
          <div className="filters__actions">
            <Button type="submit">{t('directory.showResults')}</Button>
            {count > 0 && (
              <Button
                variant="quiet"
                onClick={() => onApply({ ...emptyFilters(), q: filters.q, sort: filters.sort })}
              >
                {t('directory.clearAll')}
              </Button>
            )}
          </div>
        </div>
      </div>
    </form>
  );
}
