// Time shortcuts that work from anywhere on the page except where keys type
// text or already mean something (fields, the map's arrows, buttons' space).
export type TimeAction = 'previousDay' | 'nextDay' | 'previousChange' | 'nextChange' | 'togglePlay';

const KEYS: Record<string, TimeAction> = {
  ',': 'previousDay',
  '.': 'nextDay',
  '[': 'previousChange',
  ']': 'nextChange',
  ' ': 'togglePlay',
};

export const SHORTCUTS: Record<TimeAction, string> = {
  previousDay: ',',
  nextDay: '.',
  previousChange: '[',
  nextChange: ']',
  togglePlay: 'Space',
};

export function timeAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): TimeAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = KEYS[event.key];
  if (!action) return null;
  const target = event.target as Element | null;
  if (target && typeof target.closest === 'function') {
    if (target.closest('input:not([type="range"]), textarea, select, [contenteditable="true"]')) return null;
    if (action === 'togglePlay' && target.closest('button, a, summary, input, details')) return null;
  }
  return action;
}
