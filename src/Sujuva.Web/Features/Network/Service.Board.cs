using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Network;

/// <summary>An administrator's changes to a service and its board; each is one version and one event.</summary>
public sealed partial class Service
{
    public IEnumerable<Stage> ActiveStages => Stages.Where(s => s.ArchivedAt == null).OrderBy(s => s.Position);

    public Refusal? Rename(string name, string? nameSv, string? nameEn, UserId by, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(name)) return Refusal.Invalid("name", "Services.NameMissing", "A service needs a name.");
        (Name, NameSv, NameEn) = (name.Trim(), LocalName.Optional(nameSv), LocalName.Optional(nameEn));
        Version++;
        Record(new Event(new ServiceRenamed(Name), at, by, OrganisationId, Id, null, null, null));
        return null;
    }

    /// <summary>A new stage goes last; reorder to move it.</summary>
    public (Stage? Stage, Refusal? Refusal) AddStage(StageSpec spec, UserId by, DateTime at)
    {
        if (Check(spec) is { } refusal) return (null, refusal);
        var position = Stages.Count == 0 ? 0 : Stages.Max(s => s.Position) + 1;
        var stage = new Stage(new(Guid.CreateVersion7(at)), Id, position, spec.Name.Trim(), spec.Kind, spec.WipLimit)
            .Translated(spec.NameSv, spec.NameEn);
        Stages.Add(stage);
        RecordBoardChange("StageAdded", by, at);
        return (stage, null);
    }

    public Refusal? ChangeStage(StageId stageId, StageSpec spec, UserId by, DateTime at)
    {
        var stage = StageOf(stageId);
        if (stage is null) return Refusal.Invalid("stageId", "Boards.UnknownStage", "The service has no such stage.");
        if (Check(spec) is { } refusal) return refusal;
        stage.Change(spec.Name.Trim(), spec.Kind, spec.WipLimit);
        stage.Translated(spec.NameSv, spec.NameEn);
        RecordBoardChange("StageChanged", by, at);
        return null;
    }

    /// <summary>stageIds: every stage that is not archived, once, in the new order.</summary>
    public Refusal? ReorderStages(IReadOnlyList<Guid> stageIds, UserId by, DateTime at)
    {
        var active = ActiveStages.ToList();
        if (stageIds.Count != active.Count || stageIds.Distinct().Count() != active.Count
            || !stageIds.All(id => active.Any(s => s.Id.Value == id)))
            return Refusal.Invalid("stageIds", "Boards.OrderIncomplete", "Give every stage of the board exactly once.");
        // Archived stages keep their place behind the active ones.
        var next = 0;
        foreach (var id in stageIds) active.Single(s => s.Id.Value == id).MoveTo(next++);
        foreach (var archived in Stages.Where(s => s.ArchivedAt != null).OrderBy(s => s.Position)) archived.MoveTo(next++);
        RecordBoardChange("StagesReordered", by, at);
        return null;
    }

    /// <summary>Only an empty stage can go, and never the last one: a board needs a stage.</summary>
    public Refusal? ArchiveStage(StageId stageId, int openCasesInStage, UserId by, DateTime at)
    {
        var stage = StageOf(stageId);
        if (stage is null) return Refusal.Invalid("stageId", "Boards.UnknownStage", "The service has no such stage.");
        if (openCasesInStage > 0)
            return Refusal.Rule("stageId", "Boards.StageHasCases", "Move the stage's open cases elsewhere first.");
        if (ActiveStages.Count() == 1) return Refusal.Rule("stageId", "Boards.NoStages", "A board needs at least one stage.");
        stage.Archive(at);
        RecordBoardChange("StageArchived", by, at);
        return null;
    }

    private static Refusal? Check(StageSpec spec)
    {
        if (string.IsNullOrWhiteSpace(spec.Name)) return Refusal.Invalid("name", "Boards.StageNameMissing", "A stage needs a name.");
        if (spec.WipLimit is < 1) return Refusal.Invalid("wipLimit", "Boards.WipLimitTooSmall", "A WIP limit is at least 1.");
        return null;
    }

    private void RecordBoardChange(string change, UserId by, DateTime at)
    {
        Version++;
        Record(new Event(new BoardChanged(change, [.. ActiveStages.Select(BoardStage.Of)]), at, by, OrganisationId, Id,
            null, null, null));
    }
}
