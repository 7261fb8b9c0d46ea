import { Modal, type ModalProps } from '@mantine/core';

/**
 * Mantine's Modal with the app's defaults: no scroll lock (react-remove-scroll writes a <style>
 * element, which the production CSP blocks) and a named close button for screen readers.
 */
export function AppModal(props: ModalProps) {
  return <Modal lockScroll={false} closeButtonProps={{ 'aria-label': 'Close' }} centered {...props} />;
}
