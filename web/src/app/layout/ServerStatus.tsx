import { Group, Text } from '@mantine/core';
import classes from './ServerStatus.module.css';
import { type ServerHealth, useServerHealth } from './use-server-health';

const LABELS: Record<ServerHealth, string> = {
  checking: 'Connecting…',
  ok: 'Connected',
  unreachable: 'Server unreachable',
  offline: 'Offline',
};

/** A small connection indicator; the words carry the meaning, the dot only repeats it. */
export function ServerStatus() {
  const health = useServerHealth();
  return (
    <Group gap={6} wrap="nowrap" className={classes.status} data-health={health}>
      <span className={classes.dot} aria-hidden="true" />
      <Text size="sm" c="dimmed" className={classes.label}>
        {LABELS[health]}
      </Text>
    </Group>
  );
}
