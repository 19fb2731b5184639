import { type Child, h } from '../dom/element.js';

interface FieldOptions {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

function group(options: FieldOptions, control: HTMLElement, extra: Child[] = []): HTMLElement {
  const described = [options.hint && `${options.id}-hint`, options.error && `${options.id}-error`]
    .filter(Boolean)
    .join(' ');
  if (described) control.setAttribute('aria-describedby', described);
  return h('div', { class: `govuk-form-group${options.error ? ' govuk-form-group--error' : ''}` }, [
    h('label', { class: 'govuk-label govuk-label--s', for: options.id }, [options.label]),
    options.hint && h('div', { class: 'govuk-hint', id: `${options.id}-hint` }, [options.hint]),
    options.error &&
      h('p', { class: 'govuk-error-message', id: `${options.id}-error` }, [
        h('span', { class: 'govuk-visually-hidden' }, ['Error: ']),
        options.error,
      ]),
    control,
    ...extra,
  ]);
}

/**
 * A GOV.UK text input with its label, hint and error message.
 *
 * @example
 * textInput({ id: 'home', label: 'Home postcode sector', value: 'LS6 1' })
 */
export function textInput(
  options: FieldOptions & { value?: string; width?: 5 | 10 | 20; type?: string; inputmode?: string },
): HTMLElement {
  const input = h('input', {
    class: `govuk-input${options.width ? ` govuk-input--width-${options.width}` : ''}${options.error ? ' govuk-input--error' : ''}`,
    id: options.id,
    name: options.id,
    type: options.type ?? 'text',
    value: options.value,
    inputmode: options.inputmode,
    spellcheck: 'false',
  });
  return group(options, input);
}

/**
 * A GOV.UK select with its label and hint.
 *
 * @example
 * select({ id: 'sex', label: 'Sex', options: [['female', 'Female']], value: 'female' })
 */
export function select(
  options: FieldOptions & { options: readonly (readonly [string, string])[]; value?: string | undefined },
): HTMLElement {
  const control = h(
    'select',
    { class: `govuk-select${options.error ? ' govuk-select--error' : ''}`, id: options.id, name: options.id },
    options.options.map(([value, text]) => h('option', { value, selected: value === options.value }, [text])),
  );
  return group(options, control);
}

/**
 * GOV.UK checkboxes in a fieldset with a legend.
 *
 * @example
 * checkboxes({ name: 'risks', legend: 'Risks', items: [['going-missing', 'Going missing']] })
 */
export function checkboxes(options: {
  name: string;
  legend: string;
  hint?: string;
  items: readonly (readonly [string, string])[];
  checked?: readonly string[];
  small?: boolean;
}): HTMLElement {
  const hintId = `${options.name}-hint`;
  return h('div', { class: 'govuk-form-group' }, [
    h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': options.hint ? hintId : undefined }, [
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, [options.legend]),
      options.hint && h('div', { class: 'govuk-hint', id: hintId }, [options.hint]),
      h(
        'div',
        {
          class: `govuk-checkboxes${options.small ? ' govuk-checkboxes--small' : ''}`,
          'data-module': 'govuk-checkboxes',
        },
        options.items.map(([value, text], i) => {
          const id = `${options.name}-${i}`;
          return h('div', { class: 'govuk-checkboxes__item' }, [
            h('input', {
              class: 'govuk-checkboxes__input',
              id,
              name: options.name,
              type: 'checkbox',
              value,
              checked: options.checked?.includes(value),
            }),
            h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, [text]),
          ]);
        }),
      ),
    ]),
  ]);
}

/**
 * A GOV.UK file upload with its label and hint.
 *
 * @example
 * fileUpload({ id: 'files', label: 'SSDA903 CSV files', multiple: true })
 */
export function fileUpload(options: FieldOptions & { multiple?: boolean; accept?: string }): HTMLElement {
  const input = h('input', {
    class: `govuk-file-upload${options.error ? ' govuk-file-upload--error' : ''}`,
    id: options.id,
    name: options.id,
    type: 'file',
    multiple: options.multiple,
    accept: options.accept,
  });
  return group(options, input);
}

/**
 * A GOV.UK button.
 *
 * @example
 * button('Find placements')
 */
export function button(
  text: string,
  options: { secondary?: boolean; type?: 'submit' | 'button'; id?: string } = {},
) {
  return h(
    'button',
    {
      type: options.type ?? 'submit',
      class: `govuk-button${options.secondary ? ' govuk-button--secondary' : ''}`,
      'data-module': 'govuk-button',
      id: options.id,
    },
    [text],
  );
}

/**
 * The GOV.UK date input: day, month and year fields in a fieldset (ids `<id>-day`, `<id>-month`, `<id>-year`).
 *
 * @example
 * dateInput({ id: 'dob', legend: 'Date of birth', value: '2011-09-01' })
 */
export function dateInput(options: {
  id: string;
  legend: string;
  hint?: string;
  value?: string;
  error?: string;
}) {
  const [year, month, day] = (options.value ?? '').split('-');
  const described = [options.hint && `${options.id}-hint`, options.error && `${options.id}-error`]
    .filter(Boolean)
    .join(' ');
  const part = (name: 'day' | 'month' | 'year', label: string, value: string | undefined, width: 2 | 4) =>
    h('div', { class: 'govuk-date-input__item' }, [
      h('div', { class: 'govuk-form-group' }, [
        h('label', { class: 'govuk-label govuk-date-input__label', for: `${options.id}-${name}` }, [label]),
        h('input', {
          class: `govuk-input govuk-date-input__input govuk-input--width-${width}${options.error ? ' govuk-input--error' : ''}`,
          id: `${options.id}-${name}`,
          name: `${options.id}-${name}`,
          type: 'text',
          inputmode: 'numeric',
          value: value ? String(Number(value)) : undefined,
        }),
      ]),
    ]);
  return h('div', { class: `govuk-form-group${options.error ? ' govuk-form-group--error' : ''}` }, [
    h('fieldset', { class: 'govuk-fieldset', role: 'group', 'aria-describedby': described || undefined }, [
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, [options.legend]),
      options.hint && h('div', { class: 'govuk-hint', id: `${options.id}-hint` }, [options.hint]),
      options.error &&
        h('p', { class: 'govuk-error-message', id: `${options.id}-error` }, [
          h('span', { class: 'govuk-visually-hidden' }, ['Error: ']),
          options.error,
        ]),
      h('div', { class: 'govuk-date-input', id: options.id }, [
        part('day', 'Day', day, 2),
        part('month', 'Month', month, 2),
        part('year', 'Year', year, 4),
      ]),
    ]),
  ]);
}

/**
 * Reads a GOV.UK date input back as an ISO date, or undefined when it is not a real date.
 *
 * @example
 * readDateInput(form, 'dob') // '2011-09-01'
 */
export function readDateInput(form: HTMLFormElement, id: string): string | undefined {
  const value = (part: string) => form.querySelector<HTMLInputElement>(`#${id}-${part}`)?.value.trim() ?? '';
  const [d, m, y] = [Number(value('day')), Number(value('month')), Number(value('year'))];
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y) || y < 1900 || y > 2100)
    return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}
