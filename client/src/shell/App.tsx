import { firstToken } from '../sync/tokenHandover';
import { BoardPage } from './BoardPage';
import { ErrorScreen } from './ErrorScreen';
import { useLocation } from './router';
import { StartPage } from './start/StartPage';

export function App() {
  const { route, token } = useLocation();
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'board':
      // keyed by the session's first token: an owner's own link reset keeps the page
      return (
        <BoardPage key={`${route.boardId}#${token ? firstToken(token) : ''}`} boardId={route.boardId} token={token} />
      );
    case 'not-found':
      return <ErrorScreen error={{ kind: 'not-found', code: 404 }} />;
  }
}
