import { useEffect, useState } from 'react';

/** Copies to the clipboard and says so for two seconds ("Copied" or why it failed). */
export function useCopy(): { copy: (text: string) => void; status: string } {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (status === '') return;
    const timer = setTimeout(() => setStatus(''), 2000);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = (text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setStatus('Copied'),
      () => setStatus('Copy failed: the browser refused clipboard access'),
    );
  };
  return { copy, status };
}
