import { useQueryClient } from '@tanstack/react-query';
import type { Deck } from '@shared/present/deck';
import { useApiMutation } from '../../api/hooks';
import { presentKeys } from './queries';

/** Deck edits answer with the new deck, so the sorter updates before the change event arrives. */
function useSetDeck() {
  const queryClient = useQueryClient();
  return (deck: Deck) => queryClient.setQueryData(presentKeys.deck(), deck);
}

export function useSaveSlide() {
  const setDeck = useSetDeck();
  return useApiMutation('present.saveSlide', { onSuccess: setDeck });
}

export function useMoveSlide() {
  const setDeck = useSetDeck();
  return useApiMutation('present.moveSlide', { onSuccess: setDeck });
}

export function useAddTextSlide() {
  return useApiMutation('present.addTextSlide', { invalidates: [presentKeys.deck()] });
}

export function useDeleteSlide() {
  return useApiMutation('present.deleteSlide', { invalidates: [presentKeys.deck()] });
}

export function useAddSlide() {
  return useApiMutation('present.addSlide', { invalidates: [presentKeys.deck()] });
}
