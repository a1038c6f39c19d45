import type { Light } from '../classifier/types';

/** A different shape per level, so the light reads without colour too; the word sits beside it. */
export function LightIcon({ light }: { light: Light }) {
  return (
    <svg class={`pl-icon pl-icon-${light}`} viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      {light === 'red' && <polygon points="7,1 17,1 23,7 23,17 17,23 7,23 1,17 1,7" />}
      {light === 'amber' && <polygon points="12,1 23,22 1,22" />}
      {light === 'green' && <circle cx="12" cy="12" r="11" />}
      {light === 'unknown' && <rect x="2" y="2" width="20" height="20" rx="4" />}
      <text x="12" y={light === 'amber' ? 19 : 17} text-anchor="middle" class="pl-icon-mark">
        {{ red: '!', amber: '!', green: '✓', unknown: '?' }[light]}
      </text>
    </svg>
  );
}
