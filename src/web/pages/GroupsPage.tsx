// /groups: the directory. Every filter lives in the address, so a search can be bookmarked or
// shared, and Back/Forward move between searches.
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../components/Page';
import { DirectoryForm, directoryFormId } from '../features/directory/DirectoryForm';
import { SortField } from '../features/directory/SortField';
import { readFilters, writeFilters, type DirectoryFilters } from '../features/directory/filters';
import { Results } from '../features/directory/Results';
import { useDirectory } from '../features/directory/useDirectory';
import { useTaxonomy } from '../features/groups/useTaxonomy';
import { t } from '../i18n';

const BASE_LANGUAGES = ['en', 'es'];

export function GroupsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const taxonomy = useTaxonomy();
  const results = useDirectory(filters);

  const languages = useMemo(() => {
    const seen = [
      ...BASE_LANGUAGES,
      ...taxonomy.languages,
      ...filters.lists.language,
      ...results.groups.flatMap((group) => group.languages),
    ];
    return [...new Set(seen.map((code) => code.toLowerCase()))];
  }, [taxonomy.languages, filters.lists.language, results.groups]);

  // flushSync: a ticked box must show as ticked at once, not after a transition.
  function apply(next: DirectoryFilters, options: { push?: boolean } = {}) {
    setSearchParams(writeFilters(next), {
      replace: options.push !== true,
      preventScrollReset: true,
      flushSync: true,
    });
  }

  return (
    <Page title={t('directory.title')} heading={t('directory.heading')}>
      <div className="directory">
        <p className="lead">{t('directory.lead')}</p>
        <p>
          {t('directory.helpMeChoose')} <Link to="/find">{t('directory.helpMeChooseLink')}</Link>
        </p>
        <DirectoryForm
          filters={filters}
          taxonomy={taxonomy}
          languages={languages}
          onApply={apply}
        />
        <div className="directory__results">
          <SortField filters={filters} onApply={apply} form={directoryFormId} />
          <Results filters={filters} taxonomy={taxonomy} results={results} />
        </div>
      </div>
    </Page>
  );
}
