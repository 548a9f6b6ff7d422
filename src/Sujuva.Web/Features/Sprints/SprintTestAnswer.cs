namespace Sujuva.Web.Features.Sprints;

/// <summary>How an interview answered a sprint question.</summary>
public enum SprintVerdict
{
    Positive,
    Negative,
    Neutral,
}

/// <summary>
/// One cell of the test grid: one customer interview (1–5) on one sprint question, a row of its own so that edits
/// of different cells never conflict. ByCustomer: the interviewee answered it through their link (AuthorId none).
/// </summary>
public sealed class SprintTestAnswer
{
    public const int Interviews = 5;
    public const int MaxNotes = 1000;

    public SprintTestAnswerId Id { get; private set; }
    public SprintId SprintId { get; private set; }
    public int Interview { get; private set; }
    public Guid QuestionId { get; private set; }
    public SprintVerdict Verdict { get; private set; }
    public string Notes { get; private set; } = "";
    public bool ByCustomer { get; private set; }
    public UserId? AuthorId { get; private set; }
    public DateTime At { get; private set; }
    public int Version { get; private set; }

    private SprintTestAnswer() { }

    public static SprintTestAnswer Of(SprintId sprint, int interview, Guid question, SprintVerdict verdict, string? notes,
        UserId? by, DateTime at) => new()
        {
            Id = new(Guid.CreateVersion7(at)), SprintId = sprint, Interview = interview, QuestionId = question, Verdict = verdict,
            Notes = notes?.Trim() ?? "", ByCustomer = by is null, AuthorId = by, At = at,
        };

    public void Change(SprintVerdict verdict, string? notes, UserId by, DateTime at)
    {
        (Verdict, Notes, AuthorId, At) = (verdict, notes?.Trim() ?? "", by, at);
        Version++;
    }
}
