import type { DemandRow } from "./demand.ts";
import { isoBrussels } from "@wijkwerk/domain";
import type { EnrollmentListRow, SessionRow, TrainingRow } from "./repository.ts";

/** Rows as the API shows them (schemas.ts): camelCase, instants with their Brussels offset. */

export function trainingOut(r: TrainingRow) {
  return { id: r.id, name: r.name, skillId: r.skill_id, description: r.description, durationMinutes: r.duration_minutes, createdAt: isoBrussels(r.created_at) };
}

export function sessionOut(r: SessionRow) {
  return {
    id: r.id,
    trainingId: r.training_id,
    trainingName: r.training_name,
    skillId: r.skill_id,
    startsAt: isoBrussels(r.starts_at),
    endsAt: isoBrussels(r.ends_at),
    location: r.location,
    capacity: r.capacity,
    trainer: r.trainer,
    enrolled: Number(r.enrolled),
    waitlisted: Number(r.waitlisted),
  };
}

export function enrollmentListItem(sessionId: string, r: EnrollmentListRow) {
  return {
    sessionId,
    workerId: r.worker_id,
    status: r.status,
    waitlistPosition: r.place === null ? null : Number(r.place),
    firstName: r.first_name,
    lastName: r.last_name,
    enrolledAt: isoBrussels(r.created_at),
  };
}

/** Payload of events/training.reminder and events/training.promoted (the notifications worker renders it). */
export function sessionPayload(s: SessionRow, workerId: string) {
  return {
    sessionId: s.id,
    trainingId: s.training_id,
    training: s.training_name,
    workerId,
    startsAt: isoBrussels(s.starts_at),
    endsAt: isoBrussels(s.ends_at),
    location: s.location,
  };
}

/** The training-demand report: a training is suggested where open klussen outnumber the workers who could do them. */
export function demandItems(rows: readonly DemandRow[]) {
  return rows.map((r) => {
    const openJobs = Number(r.open_jobs);
    const qualifiedWorkers = Number(r.qualified ?? 0);
    return {
      neighbourhoodId: r.neighbourhood_id,
      neighbourhoodName: r.neighbourhood_name,
      activityCode: r.activity_code,
      skillName: r.skill_name,
      skillId: r.skill_id,
      openJobs,
      qualifiedWorkers,
      suggestTraining: openJobs > qualifiedWorkers,
      trainingId: r.training_id,
      nextSessionId: r.next_session_id,
    };
  });
}
