import { localIsoDate, toDayNumber } from '@planroom/shared';
import { useEffect, useState } from 'react';

/** Today's day number as the person at this screen sees it; moves on at midnight. */
export function useToday(): number {
  const [today, setToday] = useState(() => toDayNumber(localIsoDate(new Date())));
  useEffect(() => {
    const timer = setInterval(() => setToday(toDayNumber(localIsoDate(new Date()))), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
