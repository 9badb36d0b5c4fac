import { BoardPage } from './board/BoardPage';
import { ErrorScreen } from './board/ErrorScreen';
import { useLocation } from './lib/router';
import { StartPage } from './start/StartPage';

export function App() {
  const { route, token } = useLocation();
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'board':
      return <BoardPage key={`${route.boardId}#${token ?? ''}`} boardId={route.boardId} token={token} />;
    case 'not-found':
      return <ErrorScreen error={{ kind: 'not-found', code: 404 }} />;
  }
}
