import '@mantine/core/styles.css';
// After Mantine's defaults so the theme's variables win (see app/AppProviders.tsx for why static).
import './app/theme/mantine-theme.gen.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
