using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Boards;

/// <summary>Waiting stages are queues; working stages are where someone works the case (METRICS.md §2).</summary>
public enum StageKind
{
    Waiting,
    Working,
}

/// <summary>A column of a service's board, in order, with an optional WIP limit.</summary>
public sealed class Stage : ILocallyNamed
{
    public StageId Id { get; private set; }
    public ServiceId ServiceId { get; private set; }
    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    public string? NameSv { get; private set; }
    public string? NameEn { get; private set; }
    public StageKind Kind { get; private set; }
    public int? WipLimit { get; private set; }

    /// <summary>An archived stage is hidden from the board and takes no cases; its history stays.</summary>
    public DateTime? ArchivedAt { get; private set; }

    private Stage() { }

    public Stage(StageId id, ServiceId serviceId, int position, string name, StageKind kind, int? wipLimit)
    {
        Id = id;
        ServiceId = serviceId;
        Position = position;
        Name = name;
        Kind = kind;
        WipLimit = wipLimit;
    }

    internal void Change(string name, StageKind kind, int? wipLimit) => (Name, Kind, WipLimit) = (name, kind, wipLimit);

    /// <summary>The Swedish and English names; blank ones are not stored (the Finnish name is shown).</summary>
    internal Stage Translated(string? nameSv, string? nameEn)
    {
        (NameSv, NameEn) = (LocalName.Optional(nameSv), LocalName.Optional(nameEn));
        return this;
    }

    internal void MoveTo(int position) => Position = position;

    internal void Archive(DateTime at) => ArchivedAt = at;
}
