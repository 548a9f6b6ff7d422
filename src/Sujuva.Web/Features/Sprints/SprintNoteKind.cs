namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// What a note records: what an expert said, a "How might we" question (grouped into themes and voted on), a
/// lightning demo, or a note of any other exercise.
/// </summary>
public enum SprintNoteKind
{
    ExpertInterview,
    HowMightWe,
    LightningDemo,
    Other,
}
