namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// What a decision's request points at: an existing programme template, a new one (NewTemplate), a board's stage
/// change (the service and the stage's id or name), and a test-further decision's first change date.
/// </summary>
public sealed record DecisionTarget(
    ProgrammeTemplateId? TemplateId = null, bool NewTemplate = false, ServiceId? BoardServiceId = null, StageId? StageId = null,
    string? StageName = null, DateOnly? ChangeDate = null)
{
    /// <summary>How many adoption targets are given: a template, a new template, a board.</summary>
    public int Count => (TemplateId is null ? 0 : 1) + (NewTemplate ? 1 : 0) + (BoardServiceId is null ? 0 : 1);

    public bool NamesStage => StageId is not null || !string.IsNullOrWhiteSpace(StageName);

    /// <summary>The field of the first target given, or of a stage without its board.</summary>
    public string FirstField => TemplateId is not null ? "templateId" : NewTemplate ? "template"
        : BoardServiceId is not null ? "boardServiceId" : StageId is not null ? "stageId" : "stageName";
}
