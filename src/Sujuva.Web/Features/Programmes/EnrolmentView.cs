namespace Sujuva.Web.Features.Programmes;

/// <summary>An enrolment with its sessions, in time order.</summary>
public sealed record EnrolmentView(
    Guid Id, Guid CaseId, Guid TemplateId, int TemplateVersion, string ProgrammeName, Guid CoachId, DateOnly StartsOn, TimeOnly At,
    IReadOnlyList<SessionView> Sessions);
