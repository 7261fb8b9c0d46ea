import { Text, type TextProps } from '@mantine/core';
import { formatMoney } from '@modern-emr/domain';
import { clinicDisplay } from '../lib/format';
import classes from './money.module.css';

export interface MoneyTextProps extends Omit<TextProps, 'children' | 'component'> {
  /** Integer minor units (kobo); negative for a credit. */
  minor: number;
  /** ISO 4217; the clinic's currency (settings) unless given. */
  currency?: string;
  /** Block-level when it stands on its own line (a summary cell), inline by default. */
  block?: boolean;
}

/**
 * An amount as the clinic reads it everywhere ("₦ 12,500.00"), from the same formatter as
 * receipts, so screen and paper agree. Digits are tabular so columns of amounts line up.
 */
export function MoneyText({
  minor,
  currency = clinicDisplay().currency,
  block = false,
  className,
  size,
  ...rest
}: MoneyTextProps) {
  const classNames = className ? `${classes.amount} ${className}` : classes.amount;
  return (
    <Text
      component={block ? 'p' : 'span'}
      className={classNames}
      // Inline amounts take the surrounding text's size unless told otherwise.
      inherit={size === undefined}
      size={size}
      {...rest}
    >
      {formatMoney(minor, currency)}
    </Text>
  );
}
