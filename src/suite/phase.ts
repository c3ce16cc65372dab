/** What a command is doing, in the user's words: the phases its progress names. */
export type Phase = 'loading' | 'validating' | 'training' | 'estimating' | 'evaluating' | 'scoring';

/** Told when a phase starts (`detail`: what it is on). */
export type OnPhase = (phase: Phase, detail?: string) => void;
