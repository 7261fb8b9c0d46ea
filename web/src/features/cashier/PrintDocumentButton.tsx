import { Anchor, Button, type ButtonProps, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../lib/api';
import { openPdf } from './pdf-documents';

interface PrintDocumentButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  /** API path of the PDF. */
  path: string;
  label: string;
}

/**
 * Opens a receipt or invoice PDF in a new tab. If the browser blocks the tab, a link to the same
 * document is offered instead; if the server refuses, its words are shown under the button.
 */
export function PrintDocumentButton({ path, label, ...buttonProps }: PrintDocumentButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);

  const open = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setBlockedUrl(await openPdf(path));
    } catch (cause) {
      setError(errorMessage(cause, 'The document could not be opened.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} aria-hidden="true" />}
        {...buttonProps}
        loading={busy}
        onClick={() => void open()}
      >
        {label}
      </Button>
      {blockedUrl && (
        <Text size="sm" mt={4}>
          The browser blocked the new tab.{' '}
          <Anchor href={blockedUrl} target="_blank" rel="noopener">
            Open {label.toLowerCase()}
          </Anchor>
        </Text>
      )}
      {error && (
        <Text size="sm" c="red.9" mt={4} role="alert">
          {error}
        </Text>
      )}
    </div>
  );
}
