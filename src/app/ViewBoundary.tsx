import { Component, type ErrorInfo, type ReactNode } from 'react';
import { downloadText, xmlFileName } from '../features/export/download.ts';
import { useStudioStore, type StudioStore } from '../store/index.ts';

interface ViewBoundaryProps {
  /** What the view is called, e.g. "Graph" or "Export". */
  name: string;
  /** Offer deleting the open document (the Documents list lives in the Export tab). */
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
 * says what failed and offers the ways out: reload the view, download the text, and (where the
 * Documents list is inside the failed view) delete the open document.
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

  private download = () => {
    const state = this.props.store.getState();
    const name = state.documents.find((d) => d.id === state.activeId)?.name ?? 'dialplan';
    downloadText(xmlFileName(name), state.text);
  };

  private deleteOpen = () => {
    const state = this.props.store.getState();
    state.deleteDocument(state.activeId);
    this.reload();
  };

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <ViewAttempt key={attempt}>{this.props.children}</ViewAttempt>;
    return (
      <div role="alert" className="view-failed">
        <p>
          <strong>The {this.props.name} view failed</strong> ({error.message}). The rest of the
          studio works, and your text is safe.
        </p>
        <div className="view-failed-actions">
          <button type="button" onClick={this.reload}>
            Reload this view
          </button>
          <button type="button" onClick={this.download}>
            Download the text
          </button>
          {this.props.offerDelete && (
            <button type="button" onClick={this.deleteOpen}>
              Delete the open document
            </button>
          )}
        </div>
      </div>
    );
  }
}

/** Only a keyed wrapper, so that "Reload this view" remounts the view. */
function ViewAttempt({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
