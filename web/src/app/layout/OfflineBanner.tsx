import { Alert } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { useOnlineStatus } from '../../lib/use-online-status';

/** Shown for as long as the browser is offline; deliberately not dismissable. */
export function OfflineBanner() {
  const online = useOnlineStatus();
  if (online) return null;
  return (
    <Alert
      role="alert"
      color="amber"
      variant="light"
      radius={0}
      icon={<IconWifiOff aria-hidden="true" />}
      title="You are offline"
    >
      Changes cannot be saved until the connection returns. Pages you opened before still show, but may be out
      of date.
    </Alert>
  );
}
