import {
  Alert,
  Button,
  Group,
  Loader,
  Pagination,
  Table,
  type TableProps,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { HTMLAttributes, ReactNode } from 'react';
import classes from './PaginatedTable.module.css';

export interface Column<T> {
  /** Stable React key for the column. */
  key: string;
  header: ReactNode;
  /** The header is announced to screen readers but not drawn (an "Actions" column). */
  hideHeader?: boolean;
  cell: (row: T) => ReactNode;
}

/** Row attributes that tests and e2e selectors hook onto, e.g. `data-username`. */
type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | undefined };

export interface PaginatedTableProps<T> {
  /** The table's accessible name. */
  label: string;
  columns: readonly Column<T>[];
  /** null while the first page is loading. */
  data: { items: readonly T[]; total: number } | null;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  rowKey: (row: T) => string;
  rowProps?: (row: T) => RowAttributes;
  /** Shown in place of rows when a page has none. */
  empty: ReactNode;
  /** "Loading users…" */
  loadingText: string;
  error?: string | null;
  onRetry?: () => void;
  /** A later page is on its way while the current one stays visible. */
  refreshing?: boolean;
  /** "3 accounts"; above the table. */
  countText?: (total: number) => string;
  tableProps?: Omit<TableProps, 'children'>;
}

/** Names the arrow buttons of Mantine's pagination for screen readers. */
function paginationLabel(control: 'first' | 'previous' | 'last' | 'next') {
  const labels = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' };
  return { 'aria-label': labels[control] };
}

function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * One page of a server-paginated list (`{ items, total, page, pageSize }`) with its loading,
 * error and empty states and the page switcher, so every list in the app behaves alike.
 */
export function PaginatedTable<T>({
  label,
  columns,
  data,
  page,
  pageSize,
  onPageChange,
  rowKey,
  rowProps,
  empty,
  loadingText,
  error,
  onRetry,
  refreshing = false,
  countText,
  tableProps,
}: PaginatedTableProps<T>) {
  const pages = data ? pageCount(data.total, pageSize) : 1;
  return (
    <div>
      {error && (
        <Alert role="alert" color="red" variant="light" mb="md" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}{' '}
          {onRetry && (
            <Button variant="subtle" size="compact-sm" onClick={onRetry}>
              Try again
            </Button>
          )}
        </Alert>
      )}
      {!data && !error && (
        <Group justify="center" p="xl">
          <Loader size="sm" aria-hidden="true" />
          <Text role="status">{loadingText}</Text>
        </Group>
      )}
      {data && (
        <>
          {countText && (
            <Text size="sm" c="dimmed" mb="sm" role="status">
              {countText(data.total)}
              {refreshing ? ' · updating…' : ''}
            </Text>
          )}
          <div className={classes.wrap}>
            <Table
              verticalSpacing="sm"
              {...tableProps}
              aria-label={label}
              aria-busy={refreshing || undefined}
            >
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Th scope="col" key={column.key}>
                      {column.hideHeader ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={columns.length}>
                      <Text c="dimmed" ta="center" py="md">
                        {empty}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {data.items.map((row) => (
                  <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
                    {columns.map((column) => (
                      <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </>
      )}
      {pages > 1 && (
        <Group justify="flex-end" mt="md">
          <Pagination
            total={pages}
            value={page}
            onChange={onPageChange}
            getControlProps={paginationLabel}
            aria-label={`Pages of ${label}`}
          />
        </Group>
      )}
    </div>
  );
}
