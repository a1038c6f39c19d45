import type { ComponentChildren } from 'preact';

interface Props {
  kind: string;
  title: string;
  text?: string;
  children?: ComponentChildren;
}

/** The common frame of every non-result state: a heading, one line of what to do, an action. */
export function StatePanel({ kind, title, text, children }: Props) {
  return (
    <section class={`pl-state pl-state-${kind}`} aria-labelledby="pl-state-title">
      <h1 id="pl-state-title" class="pl-state-title">{title}</h1>
      {text && <p class="pl-state-text">{text}</p>}
      {children}
    </section>
  );
}
