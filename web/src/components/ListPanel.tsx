import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { PaginatedTable, type PaginatedTableProps } from './PaginatedTable';
import type { PagedList } from './use-paged-list';

/** The table's own props; the list supplies its data, page, error and refreshing state. */
type TableProps<T> = Omit<
  PaginatedTableProps<T>,
  'data' | 'page' | 'onPageChange' | 'error' | 'onRetry' | 'refreshing'
>;

export interface ListPanelProps<T, R> extends TableProps<T> {
  title: string;
  /** One sentence under the title. */
  description?: ReactNode;
  /** Filters next to the Refresh button (a switch, a search box). */
  controls?: ReactNode;
  list: PagedList<T, R>;
  /** Above the table: a notice of what the last action did. */
  children?: ReactNode;
}

/**
 * One server list on a card: its heading, a Refresh button, and the paginated table with its
 * loading, empty and error states, so every queue and list of the app looks and behaves alike.
 */
export function ListPanel<T, R>({
  title,
  description,
  controls,
  list,
  children,
  ...table
}: ListPanelProps<T, R>) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb={description ? 4 : 'sm'}>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Group gap="md">
          {controls}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            onClick={() => void list.reload()}
            loading={list.refreshing}
          >
            Refresh
          </Button>
        </Group>
      </Group>
      {description && (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      )}
      {children}
      <PaginatedTable
        {...table}
        data={list.data}
        page={list.page}
        onPageChange={list.setPage}
        error={list.error}
        onRetry={() => void list.reload()}
        refreshing={list.refreshing}
      />
    </Paper>
  );
}
