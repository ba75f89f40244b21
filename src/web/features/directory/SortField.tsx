// "Sort by": Best match appears when there are search words, Nearest when there is a place.
import { FieldFrame, fieldWiring } from '../../components/FieldFrame';
import { t } from '../../i18n';
import { effectiveSort, hasPlace, type DirectoryFilters, type Sort } from './filters';

interface SortFieldProps {
  filters: DirectoryFilters;
  onApply: (next: DirectoryFilters) => void;
  /** The id of the search form this select belongs to. */
  form: string;
}

export function SortField({ filters, onApply, form }: SortFieldProps) {
  const wiring = fieldWiring('sort');
  const sorts: Sort[] = [
    ...(filters.q !== '' ? (['relevance'] as const) : []),
    'next',
    ...(hasPlace(filters) ? (['nearest'] as const) : []),
    'name',
  ];
  return (
    <div className="sort-field">
      <FieldFrame id={wiring.id} label={t('directory.sort')}>
        <select
          {...wiring}
          name="sort"
          form={form}
          value={effectiveSort(filters)}
          onChange={(event) => {
            const value = sorts.find((sort) => sort === event.target.value);
            if (value) onApply({ ...filters, sort: value });
          }}
        >
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`directory.sort.${sort}`)}
            </option>
          ))}
        </select>
      </FieldFrame>
    </div>
  );
}
