namespace Sujuva.Web.Features.Pulse;

/// <summary>
/// One anonymous staff pulse answer: team and ISO week only. No user id, no timestamp, and a random
/// (version 4) id, because a time-ordered id would carry the moment of answering.
/// </summary>
public sealed class PulseAnswer
{
    public const int MaxComment = 1000;

    public Guid Id { get; private set; }
    public TeamId TeamId { get; private set; }
    public int IsoYear { get; private set; }
    public int IsoWeek { get; private set; }

    /// <summary>"How satisfied are you with your work this week?" 1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int JobSatisfaction { get; private set; }

    /// <summary>Optional: "How manageable was your workload?" 1 (not at all) to 5 (fully).</summary>
    public int? Workload { get; private set; }

    public string? Comment { get; private set; }

    private PulseAnswer() { }

    public static PulseAnswer Of(TeamId team, PulseWeek week, int jobSatisfaction, int? workload, string? comment) => new()
    {
        Id = Guid.NewGuid(), TeamId = team, IsoYear = week.Year, IsoWeek = week.Week, JobSatisfaction = jobSatisfaction,
        Workload = workload, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
    };
}

/// <summary>
/// Proof that someone answered for a team this week: a keyed hash of (user, team), kept only for the
/// current week. Nothing in it points to an answer; it is written in its own transaction, first.
/// </summary>
public sealed class PulseReceipt
{
    public byte[] Hash { get; private set; } = [];
    public int IsoYear { get; private set; }
    public int IsoWeek { get; private set; }

    private PulseReceipt() { }

    public PulseReceipt(byte[] hash, PulseWeek week) => (Hash, IsoYear, IsoWeek) = (hash, week.Year, week.Week);
}

/// <summary>A random key per week for the receipts' hashes, deleted with the week's receipts.</summary>
public sealed class PulseWeekKey
{
    public int IsoYear { get; private set; }
    public int IsoWeek { get; private set; }
    public byte[] Key { get; private set; } = [];

    private PulseWeekKey() { }

    public PulseWeekKey(PulseWeek week, byte[] key) => (IsoYear, IsoWeek, Key) = (week.Year, week.Week, key);
}
