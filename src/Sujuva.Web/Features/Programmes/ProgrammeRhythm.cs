namespace Sujuva.Web.Features.Programmes;

/// <summary>How a programme's sessions follow each other from its start date.</summary>
public sealed record ProgrammeRhythm(RhythmKind Kind, IReadOnlyList<int>? WeekOffsets = null)
{
    /// <summary>The nominal day of session <paramref name="index"/> (0-based), before working days are looked at.</summary>
    public DateOnly Nominal(DateOnly start, int index) => Kind switch
    {
        RhythmKind.Weekly => start.AddDays(7 * index),
        RhythmKind.Monthly => start.AddMonths(index),
        _ => start.AddDays(7 * WeekOffsets![index]),
    };
}
