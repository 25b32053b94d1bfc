import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { createI18n } from './i18n/setup';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

const i18n = createI18n('zh-CN');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary i18n={i18n}>
          <App i18n={i18n} />
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  );
}
