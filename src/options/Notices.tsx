import { useT } from './translate';

/** What loading the settings had to repair; the user should know a part was reset. */
export function Notices({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <section class="pl-notices" role="status" aria-labelledby="pl-notices-title">
      <h2 id="pl-notices-title">{t('options_notices_heading')}</h2>
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{notice}</li>
        ))}
      </ul>
      <button type="button" class="pl-button" onClick={onDismiss}>{t('options_notices_dismiss')}</button>
    </section>
  );
}
