import { TrainingSession } from "./shared.ts";

/** `events/training.promoted`: A place in a training session came free: tell the worker who waited longest. */
export const TrainingPromoted = TrainingSession;
