import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './AppModal.module.css';

interface AppModalProps {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: ModalRootProps['size'];
  children: ReactNode;
}

/**
 * Mantine's Modal with the app's defaults: centred; no scroll lock (react-remove-scroll writes a
 * <style> element, which the production CSP blocks); a named close button for screen readers; and
 * its title bar on a <div>, because Mantine's <header> there, portalled beside the page, counts as
 * a second page banner to assistive technology (axe: landmark-no-duplicate-banner).
 */
export function AppModal({ opened, onClose, title, size, children }: AppModalProps) {
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size} lockScroll={false} centered>
      <Modal.Overlay />
      <Modal.Content>
        <div className={classes.header}>
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </div>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
