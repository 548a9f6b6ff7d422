namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Enrol a case's client: the service's template, the coach (a member of the team), the first session's day and
/// local time. MoveOnClash: move a session that clashes with the coach's others to the next free slot instead of refusing.
/// </summary>
public sealed record EnrolRequest(Guid TemplateId, Guid CoachId, DateOnly StartsOn, TimeOnly At, bool MoveOnClash = false);
