// The finder's state: answers, the current step and the last reply. Kept in this module's
// memory so that opening a suggested group and coming Back shows the same results; a reload
// or closing the tab forgets everything. Nothing is written to storage.
import { useState } from 'react';
import { api, messageFor } from '../../api/client';
import type { FinderReply } from '../../api/groupTypes';
import { currentLocale } from '../../i18n';
import { emptyAnswers, stepsFor, toBody, type FinderAnswers } from './answers';

interface FinderMemory {
  answers: FinderAnswers;
  step: number;
  reply: FinderReply | null;
}

let memory: FinderMemory = { answers: emptyAnswers(), step: 0, reply: null };

export function useFinder() {
  const [state, setStateRaw] = useState<FinderMemory>(memory);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function setState(next: FinderMemory) {
    memory = next;
    setStateRaw(next);
  }

  const steps = stepsFor(state.answers);
  const step = Math.min(state.step, steps.length - 1);

  async function search() {
    setBusy(true);
    setError(null);
    try {
      const reply = await api.finder(toBody(state.answers, currentLocale()));
      setState({ ...state, reply });
    } catch (failure) {
      setError(messageFor(failure));
    } finally {
      setBusy(false);
    }
  }

  return {
    answers: state.answers,
    reply: state.reply,
    steps,
    step,
    busy,
    error,
    setAnswers: (answers: FinderAnswers) => setState({ ...state, answers }),
    goTo: (index: number) => setState({ ...state, step: index, reply: null }),
    restart: () => setState({ answers: emptyAnswers(), step: 0, reply: null }),
    search,
  };
}
