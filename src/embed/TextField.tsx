// One text field of the Embed dialog: its label, the input (left to right: dates and ids
// are Latin whatever the page's language), and under it an error, announced when it
// appears, or else its hint.
import type { InputHTMLAttributes } from 'preact';

type InputAttributes = Partial<Pick<InputHTMLAttributes, 'inputMode' | 'pattern' | 'placeholder' | 'maxLength' | 'spellcheck' | 'autoComplete'>>;

export interface TextFieldProps extends InputAttributes {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** What is wrong with the value typed (null: nothing); shown as `${id}-error`. */
  error: string | null;
  /** Shown as `${id}-hint` while there is no error. */
  hint?: string;
  /** Other elements that describe it (a hint shared by several fields). */
  describedBy?: string;
  class?: string;
}

export function TextField({ id, label, value, onInput, error, hint, describedBy, class: extra, ...input }: TextFieldProps) {
  const message = error ? `${id}-error` : hint ? `${id}-hint` : null;
  return (
    <div class={extra ? `embed-field ${extra}` : 'embed-field'}>
      <label for={id}>{label}</label>
      <input
        {...input}
        id={id}
        type="text"
        dir="ltr"
        value={value}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={[describedBy, message].filter(Boolean).join(' ') || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error ? (
        <span id={message!} class="embed-error" role="alert">
          {error}
        </span>
      ) : (
        hint && (
          <span id={message!} class="embed-hint">
            {hint}
          </span>
        )
      )}
    </div>
  );
}
