namespace Sujuva.Web.Components.Pages.Feedback;

/// <summary>The client's form: rating 1–5 (required), recommendation 0–10 and a comment (optional).</summary>
public sealed class FeedbackFormModel
{
    public int? Rating { get; set; }

    public int? Recommendation { get; set; }

    public string? Comment { get; set; }
}
