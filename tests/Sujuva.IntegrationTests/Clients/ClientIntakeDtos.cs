namespace Sujuva.IntegrationTests.Clients;

public sealed record RegisteredDto(Guid Id, string Pseudonym, Guid? CaseId);

public sealed record ClientDataDto(Guid Id, string FirstName, string LastName, DateOnly? BirthDate, string? IdentityCode,
    string? Language);

public sealed record DuplicateDto(bool Registered, Guid? ClientId, string? Pseudonym, string? Name);

public sealed record CaseLinkDto(Guid CaseId, Guid ServiceId, string ServiceName, DateTime OpenedAt, DateTime? ClosedAt);

public sealed record ClientHitDto(Guid ClientId, string Pseudonym, string FirstName, string LastName, DateOnly? BirthDate,
    List<CaseLinkDto> Cases);

public sealed record NoteDto(string Kind, string Text);
