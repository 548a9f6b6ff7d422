namespace Sujuva.Web.Features.Audit;

public sealed record AuditEntryView(long Id, DateTime At, AuditKind Kind, Guid? UserId, Guid? ClientId,
    IReadOnlyList<string> Fields, Guid? CaseId, Guid? ReferralId, Guid? SubjectUserId, string? Detail, string? Ip,
    string? Source, Guid? PageViewId = null)
{
    public static AuditEntryView From(AuditEntry e) => new(e.Id, e.At, e.Kind, e.UserId?.Value, e.ClientId?.Value,
        e.Fields is { Length: > 0 } f ? f.Split(',') : [], e.CaseId?.Value, e.ReferralId?.Value,
        e.SubjectUserId?.Value, e.Detail, e.Ip, e.Source, e.PageViewId);
}

/// <summary>Newest first; Total counts every entry matching the filter.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryView> Entries, int Page, int PageSize, int Total);

/// <summary>Who read one client's personal data (a subject-access request): reader, when, fields, why.</summary>
public sealed record AccessReport(Guid ClientId, string Pseudonym, IReadOnlyList<AccessReportLine> Reads);

public sealed record AccessReportLine(DateTime At, Guid? UserId, string? UserName, IReadOnlyList<string> Fields,
    Guid? CaseId, string? CaseService, Guid? ReferralId, string? Ip);
