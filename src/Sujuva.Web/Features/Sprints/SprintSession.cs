namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// One meeting of a sprint: a whole agenda day (Half 0) or, in half-day mode, one half of it (1 the morning's
/// exercises, 2 the afternoon's), on a date from a local start time.
/// </summary>
public sealed record SprintSession(int Day, int Half, DateOnly Date, TimeOnly Start);
