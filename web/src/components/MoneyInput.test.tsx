import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { renderWithProviders } from '../test/render';
import { MoneyInput } from './MoneyInput';
import { MoneyText } from './MoneyText';

function Harness({
  initial = null,
  max,
  allowZero,
}: {
  initial?: number | null;
  max?: number;
  allowZero?: boolean;
}) {
  const [value, setValue] = useState<number | null>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <MoneyInput
        label="Amount"
        required
        value={value}
        max={max}
        allowZero={allowZero}
        onChange={(minor, why) => {
          setValue(minor);
          setProblem(why);
        }}
      />
      <output data-testid="kobo">{value === null ? 'none' : String(value)}</output>
      <output data-testid="problem">{problem ?? ''}</output>
      <button type="button" onClick={() => setValue(750_000)}>
        Prefill
      </button>
    </>
  );
}

function type(text: string) {
  const input = screen.getByLabelText(/Amount/);
  fireEvent.change(input, { target: { value: text } });
  return input as HTMLInputElement;
}

describe('MoneyInput', () => {
  test('naira text with thousands commas becomes kobo, tidied on leaving the field', () => {
    renderWithProviders(<Harness />);
    const input = type('12500.5');
    expect(screen.getByTestId('kobo').textContent).toBe('1250050');
    fireEvent.blur(input);
    expect(input.value).toBe('12,500.50');
    type('1,250');
    expect(screen.getByTestId('kobo').textContent).toBe('125000');
  });

  test.each([
    ['12.345', 'Use at most 2 decimal places.'],
    ['-500', 'Enter the amount without a minus sign.'],
    ['₦500', 'Enter an amount in naira, for example 12,500.00.'],
    ['1,25,00', 'Enter an amount in naira, for example 12,500.00.'],
    ['0', 'The amount must be more than zero.'],
    ['', 'Enter an amount.'],
    ['20000000000', 'The amount cannot be more than ₦ 10,000,000,000.00.'],
  ])('refuses %j with a sentence once the field is left, and yields no amount', (text, message) => {
    renderWithProviders(<Harness initial={100} />);
    const input = type(text);
    expect(screen.getByTestId('kobo').textContent).toBe('none');
    expect(screen.getByTestId('problem').textContent).toBe(message);
    // Not while typing: "1,2" on the way to "1,234" must not flash an error.
    expect(screen.queryByText(message, { selector: '.mantine-InputWrapper-error' })).toBeNull();
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(message, { selector: '.mantine-InputWrapper-error' })).toBeTruthy();
  });

  test('a ceiling refuses more and accepts exactly the ceiling; zero when allowed', () => {
    renderWithProviders(<Harness max={500_000} allowZero />);
    type('5,000.01');
    expect(screen.getByTestId('problem').textContent).toBe('The amount cannot be more than ₦ 5,000.00.');
    type('5000');
    expect(screen.getByTestId('kobo').textContent).toBe('500000');
    type('0');
    expect(screen.getByTestId('kobo').textContent).toBe('0');
  });

  test('an amount set from outside replaces the text', () => {
    renderWithProviders(<Harness />);
    type('12');
    fireEvent.click(screen.getByRole('button', { name: 'Prefill' }));
    expect((screen.getByLabelText(/Amount/) as HTMLInputElement).value).toBe('7,500.00');
  });
});

describe('MoneyText', () => {
  test('shows kobo as formatted naira', () => {
    renderWithProviders(<MoneyText minor={1_250_000} />);
    expect(screen.getByText('₦ 12,500.00')).toBeTruthy();
  });
});
