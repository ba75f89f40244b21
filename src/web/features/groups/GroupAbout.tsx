// The facts a newcomer checks before going: topics, who leads it, who may attend, who it is
// especially for, languages, accessibility, cost and size.
import type { ReactNode } from 'react';
import type { GroupDetail } from '../../../contracts/groups';
import { t, type MessageKey } from '../../i18n';
import { attributeLabel, languageName } from './labels';

function list(items: readonly string[]): ReactNode {
  if (items.length === 0) return t('group.none');
  if (items.length === 1) return items[0];
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function GroupAbout({ group }: { group: GroupDetail }) {
  const rows: [MessageKey, ReactNode][] = [
    ['group.topics', list(group.topics.map((topic) => topic.label))],
    ['group.leadership', attributeLabel('leadership', group.leadership)],
    ['group.attendance', attributeLabel('attendance', group.attendance)],
    ['group.audiences', list(group.audiences.map((a) => attributeLabel('audience', a)))],
    ['group.languages', list(group.languages.map(languageName))],
    ['group.accessibility', list(group.accessibility.map((a) => attributeLabel('access', a)))],
    ['group.cost', attributeLabel('cost', group.cost)],
  ];
  if (group.capacity !== null) {
    rows.push(['group.capacity', t('group.capacityValue', { n: group.capacity })]);
  }
  return (
    <section aria-labelledby="group-about">
      <h2 id="group-about">{t('groups.facts')}</h2>
      <dl className="details details--stacked">
        {rows.map(([label, value]) => (
          <div key={label} className="details__row">
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
