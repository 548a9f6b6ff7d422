using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;
using System.ComponentModel.DataAnnotations;
using Sujuva.Web.Platform.Input;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Network;

public sealed record StageSpec([Text(TextLimits.Name)] string Name, StageKind Kind, [Range(1, 1000)] int? WipLimit = null,
    [Text(TextLimits.Name)] string? NameSv = null, [Text(TextLimits.Name)] string? NameEn = null);

/// <summary>A service an organisation offers, worked by one team, with a board of ordered stages.</summary>
public sealed partial class Service : Entity, ILocallyNamed
{
    public ServiceId Id { get; private set; }
    public OrganisationId OrganisationId { get; private set; }
    public TeamId TeamId { get; private set; }
    public string Name { get; private set; } = "";
    public string? NameSv { get; private set; }
    public string? NameEn { get; private set; }
    public DateTime? ArchivedAt { get; private set; }
    public List<Stage> Stages { get; private set; } = [];

    /// <summary>Optimistic concurrency for the service and its board: an edit based on an older version gets 409.</summary>
    public int Version { get; private set; }

    private Service() { }

    public static (Service? Service, Refusal? Refusal) Create(
        Team team, string name, IReadOnlyList<StageSpec> stages, UserId by, DateTime at, string? nameSv = null,
        string? nameEn = null)
    {
        if (string.IsNullOrWhiteSpace(name)) return (null, Refusal.Invalid("name", "Services.NameMissing", "A service needs a name."));
        if (stages.Count == 0) return (null, Refusal.Invalid("stages", "Boards.NoStages", "A board needs at least one stage."));
        for (var i = 0; i < stages.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(stages[i].Name))
                return (null, Refusal.Invalid($"stages[{i}].name", "Boards.StageNameMissing", "A stage needs a name."));
            if (stages[i].WipLimit is < 1)
                return (null, Refusal.Invalid($"stages[{i}].wipLimit", "Boards.WipLimitTooSmall", "A WIP limit is at least 1."));
        }

        var service = new Service
        {
            Id = new(Guid.CreateVersion7(at)), OrganisationId = team.OrganisationId, TeamId = team.Id, Name = name,
            NameSv = LocalName.Optional(nameSv), NameEn = LocalName.Optional(nameEn),
        };
        for (var i = 0; i < stages.Count; i++)
        {
            var s = stages[i];
            service.Stages.Add(new Stage(new(Guid.CreateVersion7(at)), service.Id, i, s.Name, s.Kind, s.WipLimit)
                .Translated(s.NameSv, s.NameEn));
        }
        service.Record(new Event(new ServiceCreated(name, team.Id.Value, [.. service.Stages.Select(BoardStage.Of)]),
            at, by, service.OrganisationId, service.Id, null, null, null));
        return (service, null);
    }

    public Stage? StageOf(StageId id) => Stages.SingleOrDefault(s => s.Id == id && s.ArchivedAt == null);

    public Stage FirstStage => Stages.Where(s => s.ArchivedAt == null).OrderBy(s => s.Position).First();

    public Refusal? Archive(UserId by, DateTime at)
    {
        if (ArchivedAt is not null) return Refusal.Rule("serviceId", "Services.Archived", "The service is already archived.");
        ArchivedAt = at;
        Version++;
        Record(new Event(new ServiceArchived(), at, by, OrganisationId, Id, null, null, null));
        return null;
    }
}
