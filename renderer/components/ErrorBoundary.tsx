import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { i18n } from 'i18next';

/** Props of the error boundary: the i18n instance (it renders outside any hook) and the app. */
export interface ErrorBoundaryProps {
  i18n: i18n;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Catches a rendering failure anywhere below and shows a plain message with a way back (reload), never a blank
 * screen or a raw exception; the technical message goes to the console for diagnosis only.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Tuiyan: a part of the window failed to render', error.message, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = this.props.i18n.t.bind(this.props.i18n);
    return (
      <main className="fatal" role="alert">
        <h1>{t('fatal.title')}</h1>
        <p>{t('fatal.body')}</p>
        <div className="button-row">
          <button type="button" className="primary-button" onClick={() => this.setState({ failed: false })}>
            {t('fatal.retry')}
          </button>
          <button type="button" className="small-button" onClick={() => window.location.reload()}>
            {t('fatal.reload')}
          </button>
        </div>
      </main>
    );
  }
}
