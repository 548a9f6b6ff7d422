namespace Sujuva.IntegrationTests.Access;

public sealed record PersonalDto(Guid Id, string Pseudonym, string FirstName, string LastName,
    Guid? GrantedByCaseId, Guid? GrantedByReferralId);

public sealed record ServiceClientDto(Guid CaseId, Guid ClientId, string Pseudonym, string FirstName, string LastName,
    Guid? GrantedByCaseId, Guid? GrantedByReferralId);

public sealed record AuditEntryDto(long Id, DateTime At, string Kind, Guid? UserId, Guid? ClientId, List<string> Fields,
    Guid? CaseId, Guid? ReferralId, Guid? SubjectUserId, string? Detail, string? Ip, string? Source);

public sealed record AuditPageDto(List<AuditEntryDto> Entries, int Page, int PageSize, int Total);

public sealed record AccessReportLineDto(DateTime At, Guid? UserId, string? UserName, List<string> Fields,
    Guid? CaseId, string? CaseService, Guid? ReferralId, string? Ip);

public sealed record AccessReportDto(Guid ClientId, string Pseudonym, List<AccessReportLineDto> Reads);

public sealed record MeDto(Guid Id, string? Email);

public sealed record ReferralConsentDto(Guid Id, string Status, bool ClientConsented, string? ConsentOverrideReason,
    Guid? NewCaseId, int Version);
