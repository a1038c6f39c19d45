/**
 * The hover/focus explanation of one evidence sentence. One host element with a
 * CLOSED shadow root: page scripts cannot reach its content and page CSS cannot
 * style it. Every word is set with textContent, never as HTML.
 */
import type { Level } from '../../classifier/types';
import { LEVELS } from '../../classifier/types';
import { markOwnUi } from '../extract';
import { LEVEL_ICONS, categoryName, levelName, t } from '../i18n';
import type { Mark } from '../marks';
import { tooltipCss } from './tooltip-css';

const GAP = 8;
const MARGIN = 8;

export interface TooltipActions {
  openPopup(index: number): void;
}

export class Tooltip {
  private host: HTMLElement | null = null;
  private tip: HTMLElement | null = null;
  private list: HTMLUListElement | null = null;
  private shown: Mark | null = null;
  private readonly clicks = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly actions: TooltipActions,
  ) {}

  get mark(): Mark | null {
    return this.shown;
  }

  /** True for events whose target is our host (the closed root retargets everything inside to it). */
  isOwnTarget(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  show(mark: Mark, anchor: DOMRect): void {
    const tip = this.ensure();
    if (this.shown !== mark) this.fill(mark);
    this.shown = mark;
    tip.hidden = false;
    this.place(tip, anchor);
  }

  hide(): void {
    this.shown = null;
    if (this.tip) this.tip.hidden = true;
  }

  destroy(): void {
    this.clicks.abort();
    this.host?.remove();
    this.host = null;
    this.tip = null;
    this.list = null;
    this.shown = null;
  }

  private ensure(): HTMLElement {
    if (this.tip && this.host?.isConnected) return this.tip;
    const doc = this.doc;
    const host = doc.createElement('div');
    markOwnUi(host);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = tooltipCss();
    const tip = doc.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'status');
    tip.setAttribute('aria-live', 'polite');
    tip.hidden = true;
    const brand = doc.createElement('p');
    brand.className = 'brand';
    brand.textContent = t('content_tooltip_label');
    const list = doc.createElement('ul');
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = t('content_show_all');
    button.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted || !this.shown) return;
        this.actions.openPopup(this.shown.evidence.index);
      },
      { signal: this.clicks.signal },
    );
    tip.append(brand, list, button);
    root.append(style, tip);
    doc.documentElement.append(host);
    this.host = host;
    this.tip = tip;
    this.list = list;
    return tip;
  }

  private fill(mark: Mark): void {
    const list = this.list;
    if (!list) return;
    list.replaceChildren();
    const findings = [...mark.evidence.findings].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
    for (const finding of findings) {
      const item = this.doc.createElement('li');
      item.className = finding.level satisfies Level;
      const head = this.doc.createElement('div');
      head.className = 'head';
      const icon = this.doc.createElement('span');
      icon.className = 'icon';
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = LEVEL_ICONS[finding.level];
      const words = this.doc.createElement('span');
      words.textContent = `${categoryName(finding.category)} · ${levelName(finding.level)}`;
      head.append(icon, words);
      const reason = this.doc.createElement('p');
      reason.className = 'reason';
      reason.textContent = finding.reason;
      item.append(head, reason);
      list.append(item);
    }
  }

  private place(tip: HTMLElement, anchor: DOMRect): void {
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const box = tip.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top = below + box.height > height - MARGIN && anchor.top - GAP - box.height >= MARGIN ? anchor.top - GAP - box.height : below;
    const left = Math.max(MARGIN, Math.min(anchor.left, width - box.width - MARGIN));
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }
}
