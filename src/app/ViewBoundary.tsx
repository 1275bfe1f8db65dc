import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { useStudioStore, type StudioStore } from '../store/index.ts';

// What a failed view shows is needed only when one fails: a lazy chunk, kept out of start-up.
const ViewFailed = lazy(() => import('./ViewFailed.tsx').then((m) => ({ default: m.ViewFailed })));

interface ViewBoundaryProps {
  /** What the view is called, e.g. "Graph" or "Export". */
  name: string;
  /** Offer deleting the open document (a view whose failure may come from the document itself). */
  offerDelete?: boolean;
  children: ReactNode;
}

interface BoundaryProps extends ViewBoundaryProps {
  store: StudioStore;
}

interface ViewBoundaryState {
  error: Error | undefined;
  /** Bumped by "Reload this view": a new key mounts the view afresh. */
  attempt: number;
}

/**
 * Catches a view that fails while rendering, so one failing pane or tab never blanks the studio. It
 * says what failed and offers the ways out: reload the view, download the text, and (where asked)
 * delete the open document.
 */
export function ViewBoundary(props: ViewBoundaryProps) {
  return <Boundary {...props} store={useStudioStore()} />;
}

class Boundary extends Component<BoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: undefined, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ViewBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The ${this.props.name} view failed`, error, info.componentStack);
  }

  private reload = () => this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <ViewAttempt key={attempt}>{this.props.children}</ViewAttempt>;
    return (
      <Suspense fallback={<p role="alert">The {this.props.name} view failed.</p>}>
        <ViewFailed
          name={this.props.name}
          error={error}
          store={this.props.store}
          offerDelete={this.props.offerDelete ?? false}
          onReload={this.reload}
        />
      </Suspense>
    );
  }
}

/** Only a keyed wrapper, so that "Reload this view" remounts the view. */
function ViewAttempt({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
