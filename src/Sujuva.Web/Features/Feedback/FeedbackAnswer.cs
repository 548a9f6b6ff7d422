namespace Sujuva.Web.Features.Feedback;

/// <summary>
/// A client's answer: rating 1–5, optional recommendation 0–10, optional comment (plain text,
/// at most 1,200 characters, always shown escaped). Copies the link's binding so figures need no join.
/// </summary>
public sealed class FeedbackAnswer
{
    public const int MaxComment = 1200;

    public FeedbackAnswerId Id { get; private set; }
    public FeedbackLinkId LinkId { get; private set; }
    public FeedbackEventKind EventKind { get; private set; }
    public CaseId CaseId { get; private set; }
    public ServiceId ServiceId { get; private set; }
    public TeamId TeamId { get; private set; }
    public string ClientPseudonym { get; private set; } = "";
    public int Rating { get; private set; }
    public int? Recommendation { get; private set; }
    public string? Comment { get; private set; }
    public string Language { get; private set; } = "fi";
    public DateTime AnsweredAt { get; private set; }

    private FeedbackAnswer() { }

    public static FeedbackAnswer For(FeedbackLink link, int rating, int? recommendation, string? comment, string language,
        DateTime at) => new()
        {
            Id = new(Guid.CreateVersion7(at)), LinkId = link.Id, EventKind = link.EventKind, CaseId = link.CaseId,
            ServiceId = link.ServiceId, TeamId = link.TeamId, ClientPseudonym = link.ClientPseudonym, Rating = rating,
            Recommendation = recommendation, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            Language = language, AnsweredAt = at,
        };
}
