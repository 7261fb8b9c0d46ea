import { Alert, Button, Group, Text } from '@mantine/core';
import type { VisitPaymentStatus } from '@modern-emr/domain';
import { IconLock, IconRefresh } from '@tabler/icons-react';
import { waitingAdvice, waitingReason } from '../visits/payment-status';

interface PaymentLockedProps {
  paymentStatus: VisitPaymentStatus;
  onCheckAgain: () => void;
  checking: boolean;
}

/** The consultation is locked by the payment gate; say why in words and what unlocks it. */
export function PaymentLocked({ paymentStatus, onCheckAgain, checking }: PaymentLockedProps) {
  return (
    <Alert
      color="amber"
      variant="light"
      icon={<IconLock aria-hidden="true" />}
      title={waitingReason(paymentStatus)}
      data-testid="payment-locked"
    >
      <Text size="sm" mb="sm">
        The consultation cannot start until the visit is paid for or authorised.{' '}
        {waitingAdvice(paymentStatus)}
      </Text>
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} aria-hidden="true" />}
          onClick={onCheckAgain}
          loading={checking}
        >
          Check again
        </Button>
      </Group>
    </Alert>
  );
}
