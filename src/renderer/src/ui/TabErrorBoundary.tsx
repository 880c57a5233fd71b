import './tabErrorBoundary.css';
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { TechnicalDetails } from './TechnicalDetails';

type Props = { label: string; children: ReactNode };
type State = { error: Error | null; attempt: number };

/**
 * One tab's safety net: a bug while drawing the tab shows a plain message and a way to
 * draw it again, never a white window. The document lives in the workspace store, outside
 * React, so nothing typed is lost and saving goes on as before.
 */
export class TabErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever supports the user (the console of the window); the screen says it plainly.
    console.error(`The ${this.props.label} tab stopped:`, error, info.componentStack);
  }

  private readonly reload = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <section className="tab-crash" role="alert" aria-label={`${this.props.label} stopped`}>
        <h2>The {this.props.label} tab stopped working</h2>
        <p>
          Your workspace is safe: every change up to now is kept and saved as usual. Reload the tab to carry
          on; if it stops again, go Home and open the workspace again.
        </p>
        <TechnicalDetails text={error.message} />
        <button type="button" className="button button-primary" onClick={this.reload}>
          Reload this tab
        </button>
      </section>
    );
  }
}
