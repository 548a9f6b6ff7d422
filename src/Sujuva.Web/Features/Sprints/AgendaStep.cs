namespace Sujuva.Web.Features.Sprints;

/// <summary>One timed exercise of the agenda: its day (1–4), its half of the day (1 before lunch, 2 after) and minutes.</summary>
public sealed record AgendaStep(SprintExercise Exercise, int Day, int Half, int Minutes);
