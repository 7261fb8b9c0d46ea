import { Alert, type MantineSpacing } from '@mantine/core';

/** What the last action achieved, in words, until the user dismisses it; nothing when there is none. */
export function SuccessNotice({
  notice,
  onDismiss,
  mb,
}: {
  notice: string | null;
  onDismiss: () => void;
  mb?: MantineSpacing;
}) {
  if (!notice) return null;
  return (
    <Alert
      role="status"
      color="green"
      variant="light"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
      {...(mb ? { mb } : {})}
    >
      {notice}
    </Alert>
  );
}
