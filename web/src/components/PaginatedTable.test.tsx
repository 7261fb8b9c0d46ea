import type { Page } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { type Column, PaginatedTable } from './PaginatedTable';
import { usePagedList } from './use-paged-list';

interface Fruit {
  id: string;
  name: string;
}

const ALL: Fruit[] = Array.from({ length: 23 }, (_, i) => ({ id: String(i + 1), name: `Fruit ${i + 1}` }));
const COLUMNS: Column<Fruit>[] = [
  { key: 'name', header: 'Name', cell: (f) => f.name },
  {
    key: 'actions',
    header: 'Actions',
    hideHeader: true,
    cell: (f) => <button type="button">Edit {f.name}</button>,
  },
];

function Harness({ fetchPage }: { fetchPage: (page: number, q: string) => Promise<Page<Fruit>> }) {
  const [q, setQ] = useState('');
  const list = usePagedList({
    queryKey: (page) => ['fruit', { q, page }],
    fetchPage: (page) => fetchPage(page, q),
    failureText: 'Fruit could not be loaded.',
  });
  return (
    <>
      <label>
        Filter
        <input value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      </label>
      <PaginatedTable
        label="Fruit"
        columns={COLUMNS}
        data={list.data}
        page={list.page}
        pageSize={10}
        onPageChange={list.setPage}
        rowKey={(f) => f.id}
        rowProps={(f) => ({ 'data-fruit': f.id })}
        empty="No fruit matches."
        loadingText="Loading fruit…"
        error={list.error}
        onRetry={() => void list.reload()}
        countText={(n) => `${n} fruit`}
      />
    </>
  );
}

function serve(page: number, q: string): Promise<Page<Fruit>> {
  const matching = ALL.filter((f) => f.name.includes(q));
  return Promise.resolve({
    items: matching.slice((page - 1) * 10, page * 10),
    total: matching.length,
    page,
    pageSize: 10,
  });
}

// Form-filling tests do many renders; a loaded two-core CI box needs more than the 5 s default.
describe('PaginatedTable', { timeout: 20_000 }, () => {
  test('pages through a list with named controls; a new filter starts again at page 1', async () => {
    const fetchPage = vi.fn(serve);
    renderWithProviders(<Harness fetchPage={fetchPage} />);
    expect(screen.getByRole('status').textContent).toBe('Loading fruit…');
    const table = await screen.findByRole('table', { name: 'Fruit' });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    expect(screen.getByText('23 fruit')).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Actions' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Fruit 11');
    fireEvent.click(screen.getByRole('button', { name: '3' }));
    await screen.findByText('Fruit 23');
    expect(screen.queryByText('Fruit 11')).toBeNull();
    expect(document.querySelector('tr[data-fruit="23"]')).not.toBeNull();

    fireEvent.change(screen.getByLabelText('Filter'), { target: { value: 'Fruit 2' } });
    await waitFor(() => expect(fetchPage).toHaveBeenLastCalledWith(1, 'Fruit 2'));
    await screen.findByText('Fruit 20');
    // 2, 20, 21, 22, 23: one page, so no page switcher.
    expect(screen.queryByRole('button', { name: 'Next page' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Filter'), { target: { value: 'kiwi' } });
    expect(await screen.findByText('No fruit matches.')).toBeTruthy();
  });

  test('a failed load says so and can be retried', async () => {
    let fail = true;
    const fetchPage = vi.fn((page: number, q: string) =>
      fail ? Promise.reject(new Error('offline')) : serve(page, q),
    );
    renderWithProviders(<Harness fetchPage={fetchPage} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Fruit could not be loaded.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Fruit 1')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('an answer for an older page never replaces the newer one', async () => {
    const pending: ((page: Page<Fruit>) => void)[] = [];
    const fetchPage = vi.fn(
      (page: number, q: string) =>
        new Promise<Page<Fruit>>((resolve) => {
          pending.push(() => void serve(page, q).then(resolve));
        }),
    );
    renderWithProviders(<Harness fetchPage={fetchPage} />);
    await waitFor(() => expect(pending).toHaveLength(1));
    pending[0]?.({ items: [], total: 0, page: 1, pageSize: 10 });
    await screen.findByText('Fruit 1');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(pending).toHaveLength(3));
    pending[2]?.({ items: [], total: 0, page: 3, pageSize: 10 });
    await screen.findByText('Fruit 21');
    pending[1]?.({ items: [], total: 0, page: 2, pageSize: 10 });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText('Fruit 11')).toBeNull();
    expect(screen.getByText('Fruit 21')).toBeTruthy();
  });
});
