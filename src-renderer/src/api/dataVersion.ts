import { create } from 'zustand';

/**
 * Bumped after every successful write. Every query on screen depends on it and refetches: at
 * this scale that is cheaper to get right than per-entity cache keys, and a list never shows a
 * row the user has just changed in its old shape.
 */
export const useDataVersion = create<{ version: number; bump(): void }>((set) => ({
  version: 0,
  bump: () => set((state) => ({ version: state.version + 1 })),
}));
