/** What every handler may use; built once per worker instance (tests build several). */
import type { Analysis, AnalyzeInput } from '../classifier/types';
import type { UiLang } from '../shared/i18n';
import type { SettingsStore } from '../shared/settings/store';
import type { TabCache } from './tab-cache';

export interface WorkerContext {
  settings: SettingsStore;
  cache: TabCache;
  analyze: (input: AnalyzeInput) => Analysis;
  /** The interface language now: the user's choice, else the browser's. */
  lang(): UiLang;
  now(): number;
}
