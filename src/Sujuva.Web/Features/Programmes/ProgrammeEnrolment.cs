using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// A client's case enrolled in a programme: the template and the version it was enrolled on (later edits of the
/// template change nothing here), its name then, the coach, and the first session's day and local time.
/// </summary>
public sealed class ProgrammeEnrolment
{
    public EnrolmentId Id { get; private set; }
    public CaseId CaseId { get; private set; }
    public ServiceId ServiceId { get; private set; }
    public ProgrammeTemplateId TemplateId { get; private set; }
    public int TemplateVersion { get; private set; }
    public string ProgrammeName { get; private set; } = "";
    public string? ProgrammeNameSv { get; private set; }
    public string? ProgrammeNameEn { get; private set; }

    /// <summary>The programme's name in the user interface language (Finnish when not given in it).</summary>
    public string LocalProgrammeName => LocalName.Pick(ProgrammeName, ProgrammeNameSv, ProgrammeNameEn);
    public UserId CoachId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public TimeOnly At { get; private set; }
    public DateTime EnrolledAt { get; private set; }
    public UserId EnrolledBy { get; private set; }
    public int Version { get; private set; }

    private ProgrammeEnrolment() { }

    public ProgrammeEnrolment(CaseId caseId, ProgrammeTemplate template, UserId coach, DateOnly startsOn, TimeOnly at, UserId by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(template);
        Id = new(Guid.CreateVersion7(now));
        (CaseId, ServiceId, TemplateId, TemplateVersion, ProgrammeName) = (caseId, template.ServiceId, template.Id, template.Version, template.Name);
        (ProgrammeNameSv, ProgrammeNameEn) = (template.NameSv, template.NameEn);
        (CoachId, StartsOn, At, EnrolledAt, EnrolledBy, Version) = (coach, startsOn, at, now, by, 1);
    }
}
