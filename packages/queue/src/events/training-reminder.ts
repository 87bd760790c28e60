import { TrainingSession } from "./shared.ts";

/** `events/training.reminder`: The evening before a training session: remind the enrolled worker. */
export const TrainingReminder = TrainingSession;
