// The short facts under a group's name in a list: how it meets, who leads it, languages, the
// place (online groups say "Online" as their format) and how far away it is.
import type { GroupSummary } from '../../../contracts/groups';
import { t } from '../../i18n';
import { attributeLabel, languageName } from './labels';

const miles = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function distanceText(distance: number): string {
  const rounded = Math.round(distance * 10) / 10;
  return rounded === 1
    ? t('groups.mileAway')
    : t('groups.milesAway', { miles: miles.format(rounded) });
}

export function GroupFacts({ group }: { group: GroupSummary }) {
  const facts = [
    group.format ? attributeLabel('format', group.format) : null,
    attributeLabel('leadership', group.leadership),
    group.languages.map(languageName).join(', ') || null,
    // "Online" is already said by the format; a place is named when there is one.
    group.place,
    group.distanceMiles === null ? null : distanceText(group.distanceMiles),
  ].filter((fact): fact is string => fact !== null && fact !== '');
  return (
    <ul className="facts" aria-label={t('groups.facts')}>
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  );
}
