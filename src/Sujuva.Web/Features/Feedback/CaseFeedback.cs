using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Feedback;

public sealed record FeedbackLinkSummary(Guid Id, FeedbackEventKind EventKind, Guid ServiceId, string ServiceName,
    DateTime IssuedAt, DateTime ExpiresAt, FeedbackLinkState State);

public sealed record FeedbackAnswerView(Guid Id, FeedbackEventKind EventKind, Guid CaseId, Guid ServiceId,
    string ClientPseudonym, int Rating, int? Recommendation, string? Comment, string Language, DateTime AnsweredAt)
{
    public static FeedbackAnswerView From(FeedbackAnswer a) => new(a.Id.Value, a.EventKind, a.CaseId.Value,
        a.ServiceId.Value, a.ClientPseudonym, a.Rating, a.Recommendation, a.Comment, a.Language, a.AnsweredAt);
}

public sealed record CaseFeedbackView(List<FeedbackLinkSummary> Links, List<FeedbackAnswerView> Answers);

/// <summary>A case's feedback links and answers, for whoever sees the case (its team and the referral's other team).</summary>
public static class CaseFeedback
{
    /// <summary>GET /api/cases/{caseId}/feedback: 404 when the case is unknown or not visible.</summary>
    public static async Task<Outcome<CaseFeedbackView>> ReadAsync(
        Guid caseId, SujuvaDb db, CurrentUser user, TimeProvider clock, FeedbackOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        return await LoadAsync(db, user, new CaseId(caseId), clock.GetUtcNow().UtcDateTime, options.LinkLifetime, ct) is { } view
            ? view : Refusal.NotFound("caseId");
    }

    public static async Task<CaseFeedbackView?> LoadAsync(
        SujuvaDb db, CurrentUser user, CaseId id, DateTime now, TimeSpan lifetime, CancellationToken ct)
    {
        if (!await db.CasesVisibleTo(user).AnyAsync(c => c.Id == id, ct)) return null;
        var links = await db.Set<FeedbackLink>().AsNoTracking().Where(l => l.CaseId == id)
            .Join(db.Services, l => l.ServiceId, s => s.Id, (l, s) => new { Link = l, s.Name, s.NameSv, s.NameEn })
            .ToListAsync(ct);
        var answers = await db.Set<FeedbackAnswer>().AsNoTracking().Where(a => a.CaseId == id).ToListAsync(ct);
        return new CaseFeedbackView(
            [.. links.OrderByDescending(x => x.Link.IssuedAt).Select(x => new FeedbackLinkSummary(x.Link.Id.Value,
                x.Link.EventKind, x.Link.ServiceId.Value, LocalName.Pick(x.Name, x.NameSv, x.NameEn), x.Link.IssuedAt, x.Link.ExpiresAt(lifetime),
                x.Link.StateAt(now, lifetime)))],
            [.. answers.OrderByDescending(a => a.AnsweredAt).Select(FeedbackAnswerView.From)]);
    }
}
