import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initTheme } from './app/theme';
import { initI18n } from './i18n';
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/shell.css';
import './ui/ui.css';

initTheme();
initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
