namespace Sujuva.Web.Features.Programmes;

public enum RhythmKind
{
    Weekly,
    Monthly,

    /// <summary>Session k on the week WeekOffsets[k] counted from the start week (0 = the start date).</summary>
    WeekOffsets,
}
