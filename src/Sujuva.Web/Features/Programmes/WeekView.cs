namespace Sujuva.Web.Features.Programmes;

/// <summary>A week of sessions (Monday to Sunday, Finnish time): one coach's, or a team's with its coaches' names.</summary>
public sealed record WeekView(DateOnly Monday, IReadOnlyList<CoachSessionView> Sessions, IReadOnlyList<WeekCoach> Coaches);

public sealed record WeekCoach(Guid Id, string Name);
