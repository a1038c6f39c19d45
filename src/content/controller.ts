/**
 * One page's content script: detection, the worker round-trip, marks, tooltip.
 * Each analysis is a unit of work with its own AbortController; navigation or
 * new settings abort it and everything it put on the page.
 */
import type { AnalyzeTrigger, PageReport } from '../shared/messages';
import { sendToWorker } from './runtime';
import type { ResolvedSiteSettings } from '../shared/settings/schema';
import { decideCandidate, firstPass, VOCABULARY_SAMPLE_CHARS, type Detection } from './detect';
import { extractText, rangeForOffsets, type Extraction } from './extract';
import { createHighlighter, type Highlighter } from './highlight/highlighter';
import { buildMarks, type Mark } from './marks';
import { watchText } from './page-watch';
import { installInteraction, scrollToRange } from './tooltip/interaction';
import { Tooltip } from './tooltip/tooltip';

const MAX_LATE_RUNS = 3;

export interface ControllerDeps {
  doc: Document;
  /** False once the extension context is gone; the controller then tears itself down. */
  alive: () => boolean;
  onDead: () => void;
}

export class ContentController {
  private settings: ResolvedSiteSettings | null = null;
  private extraction: Extraction | null = null;
  private report: PageReport | null = null;
  private marks: Mark[] = [];
  private highlighter: Highlighter | null = null;
  private tooltip: Tooltip | null = null;
  private work: AbortController | null = null;
  private interaction: AbortController | null = null;
  /** Re-analyses caused by late text on this page; capped so a restless page cannot loop us. */
  private lateRuns = 0;
  /** Bumped by restart and destroy: a settings answer for an older page is dropped. */
  private generation = 0;
  detection: Detection | null = null;

  constructor(private readonly deps: ControllerDeps) {}

  /** The cheap pass; on a candidate, the automatic flow. Returns whether the page is a candidate. */
  start(): boolean {
    const { doc } = this.deps;
    const first = firstPass(doc, doc.location.href);
    if (first.verdict === 'negative') {
      this.detection = decideCandidate(first, '');
      return false;
    }
    const sample = first.verdict === 'inconclusive';
    const extraction = extractText(doc, sample ? { maxChars: VOCABULARY_SAMPLE_CHARS, sample: true } : {});
    this.detection = decideCandidate(first, extraction.text);
    if (!this.detection.candidate) return false;
    void this.autoFlow(sample ? null : extraction);
    return true;
  }

  /** An analysis is running or its result is on the page. */
  get active(): boolean {
    return this.work !== null || this.report !== null;
  }

  /** 'content.analyzeNow': the user asked, whatever the detector said. */
  analyzeNow(): { started: boolean } {
    void this.analyze('manual');
    return { started: true };
  }

  /** 'content.showSentence': scroll to the evidence sentence and flash it. */
  showSentence(index: number): { found: boolean } {
    const evidence = this.report?.evidence.find((item) => item.index === index);
    if (!evidence || !this.extraction) return { found: false };
    const range = rangeForOffsets(this.deps.doc, this.extraction, evidence.start, evidence.end);
    if (!range) return { found: false };
    scrollToRange(range);
    this.ensureHighlighter().flash(range);
    return { found: true };
  }

  /** 'content.applySettings': the user changed this site's switches. */
  applySettings(settings: ResolvedSiteSettings): { applied: boolean } {
    this.settings = settings;
    if (!settings.enabled) this.resetPage();
    else if (!this.active && settings.autoAnalyze && this.detection?.candidate) void this.analyze('auto');
    else this.display();
    return { applied: true };
  }

  /** Navigation or late content: drop what belongs to the old page, then look again. */
  restart(): void {
    this.generation++;
    this.resetPage();
    this.extraction = null;
    this.lateRuns = 0;
    this.start();
  }

  destroy(): void {
    this.generation++;
    this.resetPage();
    this.highlighter?.destroy();
    this.highlighter = null;
    this.tooltip?.destroy();
    this.tooltip = null;
    this.extraction = null;
  }

  private async autoFlow(extraction: Extraction | null): Promise<void> {
    const generation = this.generation;
    const settings = await this.loadSettings();
    if (generation !== this.generation || !settings?.enabled || !settings.autoAnalyze) return;
    await this.analyze('auto', extraction);
  }

  private async loadSettings(): Promise<ResolvedSiteSettings | null> {
    try {
      this.settings = await sendToWorker('site.settings', { url: this.deps.doc.location.href });
    } catch {
      if (!this.deps.alive()) this.deps.onDead();
    }
    return this.settings;
  }

  /** One unit of work. `extraction`: text already read by the first pass, else read now. */
  private async analyze(trigger: AnalyzeTrigger, extraction: Extraction | null = null): Promise<void> {
    const { doc } = this.deps;
    this.resetPage();
    const work = new AbortController();
    this.work = work;
    extraction ??= extractText(doc);
    this.extraction = extraction;
    let report: PageReport;
    try {
      report = await sendToWorker('page.analyze', {
        url: doc.location.href,
        title: doc.title.slice(0, 2000),
        text: extraction.text,
        totalChars: extraction.totalChars,
        truncated: extraction.truncated,
        trigger,
      });
    } catch {
      if (!this.deps.alive()) this.deps.onDead();
      return;
    }
    if (work.signal.aborted) return;
    this.report = report;
    if (!this.settings) await this.loadSettings();
    if (work.signal.aborted) return;
    this.display();
    if (extraction.root && (report.isPolicy || trigger === 'manual')) this.watchLateText(extraction, trigger, work.signal);
  }

  /** Expanders and lazy sections: re-analyse when the text grew or shrank by a tenth. */
  private watchLateText(extraction: Extraction, trigger: AnalyzeTrigger, signal: AbortSignal): void {
    if (!extraction.root || this.lateRuns >= MAX_LATE_RUNS) return;
    watchText(
      extraction.root,
      () => {
        if (this.lateRuns >= MAX_LATE_RUNS || !this.checkAlive()) return;
        const fresh = extractText(this.deps.doc);
        if (Math.abs(fresh.text.length - extraction.text.length) < extraction.text.length / 10) return;
        this.lateRuns++;
        void this.analyze(trigger, fresh);
      },
      signal,
    );
  }

  /** Marks and tooltip per the report and the site's settings. */
  private display(): void {
    this.interaction?.abort();
    this.interaction = null;
    this.tooltip?.hide();
    const { report, extraction, settings } = this;
    const wanted = report && extraction && settings?.enabled && settings.highlights && (report.isPolicy || report.trigger === 'manual');
    if (!wanted) {
      this.marks = [];
      this.highlighter?.clear();
      return;
    }
    this.marks = buildMarks(this.deps.doc, extraction, report, settings.highlightLevels);
    this.ensureHighlighter().show(this.marks);
    if (this.marks.length === 0) return;
    const interaction = new AbortController();
    this.interaction = interaction;
    this.tooltip ??= new Tooltip(this.deps.doc, {
      openPopup: (index) => {
        sendToWorker('ui.openPopup', { index }).catch(() => {
          if (!this.deps.alive()) this.deps.onDead();
        });
      },
    });
    installInteraction({ doc: this.deps.doc, tooltip: this.tooltip, marks: () => this.marks, signal: interaction.signal, alive: this.checkAlive });
  }

  private readonly checkAlive = (): boolean => {
    if (this.deps.alive()) return true;
    this.deps.onDead();
    return false;
  };

  private ensureHighlighter(): Highlighter {
    this.highlighter ??= createHighlighter(this.deps.doc);
    return this.highlighter;
  }

  /** Removes everything the current unit of work put on the page. */
  private resetPage(): void {
    this.work?.abort();
    this.work = null;
    this.interaction?.abort();
    this.interaction = null;
    this.report = null;
    this.marks = [];
    this.highlighter?.clear();
    this.tooltip?.hide();
  }
}
