import { useEffect } from 'react';
import { Logo } from '../Logo';
import { CreateBoardForm } from './CreateBoardForm';
import { RecentBoards } from './RecentBoards';

export function StartPage() {
  useEffect(() => {
    document.title = 'Planroom';
  }, []);

  return (
    <div className="start">
      <header className="start-head">
        <Logo />
        <p className="tagline">Live roadmaps for PMO workshops, kickoffs and stakeholders.</p>
      </header>
      <main className="start-main">
        <CreateBoardForm />
        <RecentBoards />
      </main>
    </div>
  );
}
