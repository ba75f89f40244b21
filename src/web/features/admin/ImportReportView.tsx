// The report of an import, dry run or applied: counts, then one captioned table per category,
// and the records with errors or warnings by index (or CSV line), slug and field.
import type { ImportedGroup, ImportIssue, ImportReport } from '../../../contracts/imports';
import type { ReactNode } from 'react';
import { Alert } from '../../components/Alert';
import { t, type MessageKey } from '../../i18n';
import { TableRegion } from './TableRegion';

function GroupTable({ caption, groups }: { caption: string; groups: ImportedGroup[] }) {
  const showChanges = groups.some((g) => g.changes.length > 0);
  return (
    <TableRegion label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.slug')}</th>
            <th scope="col">{t('import.col.name')}</th>
            <th scope="col">{t('import.col.schedules')}</th>
            <th scope="col">{t('import.col.records')}</th>
            <th scope="col">{t('import.col.updated')}</th>
            {showChanges && <th scope="col">{t('import.col.changes')}</th>}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.slug}>
              <th scope="row">
                <code>{g.slug}</code>
              </th>
              <td className="cell--wrap">{g.name}</td>
              <td>{g.schedules}</td>
              <td className="cell--wrap">{g.records.join(', ')}</td>
              <td>{g.updated ?? ''}</td>
              {showChanges && (
                <td className="cell--wrap">
                  <ul className="import-changes">
                    {g.changes.map((c) => (
                      <li key={c.field}>
                        {t('import.change', { field: c.field, before: c.before, after: c.after })}
                      </li>
                    ))}
                  </ul>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function IssueTable({ caption, issues }: { caption: string; issues: ImportIssue[] }) {
  return (
    <TableRegion label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.record')}</th>
            <th scope="col">{t('import.col.slug')}</th>
            <th scope="col">{t('import.col.field')}</th>
            <th scope="col">{t('import.col.message')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={`${String(issue.index)}-${issue.field}-${String(i)}`}>
              <td>
                {issue.line === undefined
                  ? t('import.record', { index: issue.index })
                  : t('import.recordLine', { line: issue.line })}
              </td>
              <td>
                <code>{issue.slug ?? ''}</code>
              </td>
              <td>
                <code>{issue.field}</code>
              </td>
              <td className="cell--wrap">{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** Groups named by slug and name only: those to archive, and those kept from archiving. */
function NameTable({ caption, groups }: { caption: string; groups: ImportReport['removed'] }) {
  return (
    <TableRegion label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.slug')}</th>
            <th scope="col">{t('import.col.name')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.slug}>
              <th scope="row">
                <code>{g.slug}</code>
              </th>
              <td className="cell--wrap">{g.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

const COUNTS = ['added', 'changed', 'unchanged', 'removed', 'errors', 'warnings'] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const c = report.counts;
  const kept = report.kept.length;
  return (
    <section aria-labelledby="import-report-heading" className="import-report">
      <h2 id="import-report-heading">{t('import.reportHeading')}</h2>
      <p>{t('import.summary', { records: c.records, groups: c.groups, source: report.source })}</p>
      {kept > 0 && (
        // Said first and plainly: a broken file archives nothing, and the person should know why.
        <Alert tone="info">
          {t(kept === 1 ? 'import.keptOne' : 'import.keptMany', { count: kept })}
        </Alert>
      )}
      <dl className="details details--inline">
        {COUNTS.map((key) => (
          <div key={key}>
            <dt>{t(`import.count.${key}` as MessageKey)}</dt>
            <dd>{c[key]}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <Section id="import-errors" title={t('import.errors')}>
          <p>{t('import.errorsLead')}</p>
          <IssueTable caption={t('import.errors')} issues={report.errors} />
        </Section>
      )}
      {report.added.length > 0 && (
        <Section id="import-added" title={t('import.added')}>
          <GroupTable caption={t('import.added')} groups={report.added} />
        </Section>
      )}
      {report.changed.length > 0 && (
        <Section id="import-changed" title={t('import.changed')}>
          <GroupTable caption={t('import.changed')} groups={report.changed} />
        </Section>
      )}
      {report.removed.length > 0 && (
        <Section id="import-removed" title={t('import.removed')}>
          <NameTable caption={t('import.removed')} groups={report.removed} />
        </Section>
      )}
      {kept > 0 && (
        <Section id="import-kept" title={t('import.kept')}>
          <NameTable caption={t('import.kept')} groups={report.kept} />
        </Section>
      )}
      {report.warnings.length > 0 && (
        <Section id="import-warnings" title={t('import.warnings')}>
          <IssueTable caption={t('import.warnings')} issues={report.warnings} />
        </Section>
      )}
      {report.unchanged.length > 0 && (
        <Section id="import-unchanged" title={t('import.unchanged')}>
          <details>
            <summary>
              {t('import.count.unchanged')}: {report.unchanged.length}
            </summary>
            <GroupTable caption={t('import.unchanged')} groups={report.unchanged} />
          </details>
        </Section>
      )}
    </section>
  );
}
