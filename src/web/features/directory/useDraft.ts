// A text the person is typing that starts from, and follows, a value in the address: when the
// address changes (Back, a shared link, "Remove a filter"), the draft is replaced.
import { useState } from 'react';

export function useDraft(value: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(value);
  const [source, setSource] = useState(value);
  if (source !== value) {
    setSource(value);
    setDraft(value);
  }
  return [draft, setDraft];
}
