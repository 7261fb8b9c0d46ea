import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { OfflineBanner } from './OfflineBanner';

function setOnline(online: boolean): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('OfflineBanner', () => {
  test('appears when the connection drops and goes away when it returns', () => {
    renderWithProviders(<OfflineBanner />);
    expect(screen.queryByRole('alert')).toBeNull();

    setOnline(false);
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('You are offline');
    expect(banner.textContent).toContain('Changes cannot be saved until the connection returns.');
    expect(screen.queryByRole('button', { name: /close|dismiss/i })).toBeNull();

    setOnline(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('is already shown when the app starts offline', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderWithProviders(<OfflineBanner />);
    expect(screen.getByRole('alert').textContent).toContain('You are offline');
  });
});
