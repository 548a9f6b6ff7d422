using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Pulse;

public sealed record AnswerPulseRequest(Guid TeamId, int JobSatisfaction, int? Workload = null,
    [Text(PulseAnswer.MaxComment, Multiline = true)] string? Comment = null);

/// <summary>
/// A team member's anonymous answer for this ISO week (POST /api/pulse and the pulse page): null when stored,
/// else refused as a Conflict when they already answered for that team this week, Forbidden for a team they are not in.
/// </summary>
public static class AnswerPulse
{
    public static async Task<Refusal?> ApplyAsync(AnswerPulseRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, PulseOptions options, CancellationToken ct)
    {
        var team = new TeamId(request.TeamId);
        if (!user.Teams.Contains(team))
            return Refusal.Forbidden("teamId", "Forbidden", "You answer only for your own teams.");
        if (request.JobSatisfaction is < 1 or > 5)
            return Refusal.Invalid("jobSatisfaction", "Pulse.OutOfRange", "Choose 1 to 5.");
        if (request.Workload is < 1 or > 5)
            return Refusal.Invalid("workload", "Pulse.OutOfRange", "Choose 1 to 5, or leave it empty.");
        if (request.Comment is { Length: > PulseAnswer.MaxComment })
            return Refusal.Invalid("comment", "Pulse.CommentTooLong", $"A comment is at most {PulseAnswer.MaxComment} characters.");
        if (InputRules.Refuse(request) is { } broken) return broken;  // the pulse page answers here without the API's input contract

        var week = PulseWeek.Of(clock.GetUtcNow().UtcDateTime);
        var secret = string.IsNullOrWhiteSpace(options.ReceiptKey) ? null : Convert.FromBase64String(options.ReceiptKey);
        if (!await PulseReceipts.TryWriteAsync(db, user.Id, team, week, secret, ct))
            return Refusal.Conflict("teamId", "Pulse.AlreadyAnswered", "You have already answered for this team this week.",
                "Already answered.");

        // A second transaction: the answer shares nothing with the receipt but the week.
        db.ChangeTracker.Clear();
        db.Add(PulseAnswer.Of(team, week, request.JobSatisfaction, request.Workload, request.Comment));
        await db.SaveChangesAsync(ct);
        return null;
    }
}
