/**
 * The tooltip's styles, all inside its closed shadow root. `all: initial` with
 * !important on :host wins over any page rule aimed at the host (inner-context
 * important declarations beat outer ones), so page CSS cannot hide or restyle it.
 */
import { LEVEL_COLOURS } from '../highlight/styles';

export function tooltipCss(): string {
  const { red, amber, green } = LEVEL_COLOURS;
  return `:host{all:initial!important;display:block!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;z-index:2147483647!important;pointer-events:none!important;visibility:visible!important;opacity:1!important}
.tip{position:fixed;box-sizing:border-box;max-width:min(24rem,calc(100vw - 16px));padding:10px 12px;border-radius:8px;background:#fff;color:#1f2328;border:1px solid #d0d7de;box-shadow:0 6px 24px #0003;font:13px/1.45 system-ui,sans-serif;pointer-events:auto}
.tip[hidden]{display:none}
p{margin:2px 0 0}
.brand{font-size:11px;font-weight:600;opacity:.75;margin:0 0 6px}
ul{list-style:none;margin:0;padding:0}
li{margin:0 0 8px;padding-left:8px;border-left:4px solid}
.head{font-weight:600}
.icon{display:inline-block;width:1.2em}
.red{border-left-color:${red.line}}.red .icon{color:${red.line}}
.amber{border-left-style:dashed;border-left-color:${amber.line}}.amber .icon{color:${amber.line}}
.green{border-left-style:dotted;border-left-color:${green.line}}.green .icon{color:${green.line}}
button{font:inherit;font-weight:600;padding:4px 10px;border-radius:6px;border:1px solid #8c959f;background:#f6f8fa;color:inherit;cursor:pointer}
button:focus-visible{outline:2px solid #0969da;outline-offset:2px}
@media (prefers-color-scheme:dark){.tip{background:#1c2128;color:#e6edf3;border-color:#444c56}button{background:#2d333b;border-color:#636e7b}}`;
}
