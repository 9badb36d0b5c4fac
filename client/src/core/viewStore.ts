import { Value } from '../ui/signals';
import { formatView, parseView, type ViewState } from './viewState';

/**
 * The view state of the open board, read from and written to the query string with
 * `history.replaceState` (a view change is not a page to go back to). Path and
 * `#token=…` fragment stay as they are.
 */
export class ViewStore {
  readonly view = new Value<ViewState>(parseView(location.search));

  constructor() {
    window.addEventListener('popstate', this.onPopState);
  }

  dispose(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  get = (): ViewState => this.view.get();

  update(patch: Partial<ViewState>): void {
    const next = { ...this.view.get(), ...patch };
    this.view.set(next);
    const search = formatView(next, location.search);
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  /** Takes someone else's view whole, from its query string (following them). */
  setQuery(search: string): void {
    const next = parseView(search);
    this.view.set(next);
    const own = formatView(next, location.search);
    if (own !== location.search) history.replaceState(history.state, '', `${location.pathname}${own}${location.hash}`);
  }

  /** This view as a query string others can take with setQuery. */
  query(): string {
    return formatView(this.view.get(), '');
  }

  private readonly onPopState = () => this.view.set(parseView(location.search));
}
