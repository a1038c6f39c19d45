import type { UiLang } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { ResultView } from './ResultView';
import { AnalysingState } from './states/AnalysingState';
import { DisabledState } from './states/DisabledState';
import { ErrorState } from './states/ErrorState';
import { IdleState } from './states/IdleState';
import { NotPolicyState } from './states/NotPolicyState';
import { RestrictedState } from './states/RestrictedState';
import { UnsupportedLanguageState } from './states/UnsupportedLanguageState';

export interface StateActions {
  analyse(): void;
  enableSite(): void;
  retry(): void;
}

/** One designed view per TabState; the switch is exhaustive so a new state cannot be forgotten. */
export function StateView({ state, tabId, lang, actions }: { state: TabState; tabId: number; lang: UiLang; actions: StateActions }) {
  switch (state.kind) {
    case 'idle':
      return <IdleState onAnalyse={actions.analyse} />;
    case 'analysing':
      return <AnalysingState />;
    case 'not-policy':
      return <NotPolicyState onAnalyse={actions.analyse} />;
    case 'unsupported-language':
      return <UnsupportedLanguageState language={state.language} />;
    case 'result':
      return <ResultView tabId={tabId} report={state.report} lang={lang} />;
    case 'restricted':
      return <RestrictedState />;
    case 'disabled':
      return <DisabledState host={state.host} onEnable={actions.enableSite} />;
    case 'error':
      return <ErrorState message={state.message} onRetry={actions.retry} />;
    default: {
      const never: never = state;
      return never;
    }
  }
}
