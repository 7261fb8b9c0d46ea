import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import classes from './money.module.css';
import { currencySymbol, minorToMajorText, readMoneyText } from './money-input-text';

export interface MoneyInputProps
  extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'type' | 'inputMode'> {
  /** Minor units (kobo), or null for no valid amount. */
  value: number | null;
  /**
   * Called on every keystroke with the amount in minor units (null when the text is empty or not
   * an amount) and, when it is not acceptable, the sentence saying why, so a form can refuse to
   * submit with the same words the field shows.
   */
  onChange: (minor: number | null, problem: string | null) => void;
  currency?: string;
  allowZero?: boolean;
  /** Inclusive ceiling in minor units. */
  max?: number;
}

/**
 * Money typed in major units ("12,500.50" naira), handed back as integer minor units (1250050
 * kobo). Text is never rounded: more decimals than the currency has, signs and symbols are
 * refused with a sentence, shown once the person leaves the field (not while half-typed).
 */
export function MoneyInput({
  value,
  onChange,
  currency = 'NGN',
  allowZero = false,
  max,
  required = false,
  error,
  onBlur,
  classNames,
  ...rest
}: MoneyInputProps) {
  const limits = { currency, required, allowZero, max };
  const [text, setText] = useState(() => (value === null ? '' : minorToMajorText(value, currency)));
  const [touched, setTouched] = useState(false);
  const reading = readMoneyText(text, limits);

  // A new amount from outside (a pre-filled balance, a reset form) replaces the text; our own
  // echoes do not, so half-typed text is never rewritten under the cursor.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an outside change of value counts
  useEffect(() => {
    if (value !== reading.minor) {
      setText(value === null ? '' : minorToMajorText(value, currency));
      setTouched(false);
    }
  }, [value, currency]);

  const shownError = error ?? (touched ? reading.problem : null);

  return (
    <TextInput
      {...rest}
      required={required}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      leftSection={<span aria-hidden="true">{currencySymbol(currency)}</span>}
      classNames={{ input: classes.amount, ...(typeof classNames === 'object' ? classNames : {}) }}
      error={shownError || undefined}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const result = readMoneyText(next, limits);
        onChange(result.minor, result.problem);
      }}
      onBlur={(event) => {
        setTouched(true);
        // Tidy a good amount into the way it will be printed ("12500" → "12,500.00").
        if (reading.minor !== null) setText(minorToMajorText(reading.minor, currency));
        onBlur?.(event);
      }}
    />
  );
}
