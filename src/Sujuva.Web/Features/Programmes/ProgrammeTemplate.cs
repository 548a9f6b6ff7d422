using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// A coaching programme a service offers (issue 16): its sessions' rhythm, topics, lengths and modes, one-to-one or
/// a group of up to Capacity clients. Every change raises Version; a programme already running keeps the version it
/// was enrolled on, so changing a template never changes anyone's sessions. Its name is in Finnish (the event log's)
/// and, optionally, Swedish and English.
/// </summary>
public sealed class ProgrammeTemplate : ILocallyNamed
{
    public ProgrammeTemplateId Id { get; private set; }
    public ServiceId ServiceId { get; private set; }
    public string Name { get; private set; } = "";
    public string? NameSv { get; private set; }
    public string? NameEn { get; private set; }
    public ProgrammeRhythm Rhythm { get; private set; } = new(RhythmKind.Weekly);
    public List<SessionPlan> Sessions { get; private set; } = [];
    public bool Group { get; private set; }

    /// <summary>Clients per session of a group programme; null for one-to-one.</summary>
    public int? Capacity { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public UserId CreatedBy { get; private set; }
    public DateTime ChangedAt { get; private set; }
    public int Version { get; private set; }

    private ProgrammeTemplate() { }

    public static Outcome<ProgrammeTemplate> Create(ServiceId service, string name, ProgrammeRhythm rhythm,
        IReadOnlyList<SessionPlan> sessions, bool group, int? capacity, UserId by, DateTime at, string? nameSv = null, string? nameEn = null)
    {
        if (ProgrammeTemplateRules.Check(name, rhythm, sessions, group, capacity) is { } refusal) return refusal;
        return new ProgrammeTemplate
        {
            Id = new(Guid.CreateVersion7(at)), ServiceId = service, Name = name.Trim(), NameSv = LocalName.Optional(nameSv),
            NameEn = LocalName.Optional(nameEn), Rhythm = rhythm, Sessions = [.. sessions],
            Group = group, Capacity = group ? capacity : null, CreatedAt = at, CreatedBy = by, ChangedAt = at, Version = 1,
        };
    }

    public Refusal? Edit(string name, ProgrammeRhythm rhythm, IReadOnlyList<SessionPlan> sessions, bool group, int? capacity, DateTime at,
        string? nameSv = null, string? nameEn = null)
    {
        if (ProgrammeTemplateRules.Check(name, rhythm, sessions, group, capacity) is { } refusal) return refusal;
        (Name, Rhythm, Sessions, Group, Capacity, ChangedAt) = (name.Trim(), rhythm, [.. sessions], group, group ? capacity : null, at);
        (NameSv, NameEn) = (LocalName.Optional(nameSv), LocalName.Optional(nameEn));
        Version++;
        return null;
    }
}
