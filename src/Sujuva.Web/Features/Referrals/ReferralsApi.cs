using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Referrals;

public static class ReferralsApi
{
    public static void MapReferralsApi(this IEndpointRouteBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Referrals");
        referrals.MapPost("/", SendReferral.HandleAsync);
        referrals.MapGet("/", ListAsync);
        referrals.MapGet("/{referralId}", GetAsync);
        referrals.MapPost("/{referralId}/accept", AcceptReferral.HandleAsync);
        referrals.MapPost("/{referralId}/decline", DeclineReferral.HandleAsync);
    }

    /// <summary>Direction "incoming" (to my teams) or "outgoing" (from my teams); both if omitted.</summary>
    public static async Task<Results<Ok<List<ReferralView>>, ProblemHttpResult>> ListAsync(
        string? direction, ReferralStatus? status, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        if (direction is not (null or "" or "incoming" or "outgoing"))
            return Problems.BadField("direction", "Referrals.UnknownDirection", "Use incoming or outgoing.");
        var query = db.ReferralsVisibleTo(user).AsNoTracking();
        var teams = user.Teams.ToList();
        if (direction == "incoming") query = query.Where(r => teams.Contains(r.ToTeamId));
        if (direction == "outgoing") query = query.Where(r => teams.Contains(r.FromTeamId));
        if (status is { } s) query = query.Where(r => r.Status == s);
        var list = await query.OrderByDescending(r => r.SentAt).Take(500)
            .GroupJoin(db.ReferralConsents, r => r.Id, c => c.ReferralId, (r, c) => new { r, c })
            .SelectMany(x => x.c.DefaultIfEmpty(), (x, c) => new { x.r, Override = c == null ? null : c.OverrideReason })
            .ToListAsync(ct);
        return TypedResults.Ok(list.Select(x => ReferralView.From(x.r, x.Override)).ToList());
    }

    public static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> GetAsync(
        Guid referralId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var id = new ReferralId(referralId);
        var r = await db.ReferralsVisibleTo(user).AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Problems.NotFound("referralId");
        var consent = await db.ReferralConsents.AsNoTracking().SingleOrDefaultAsync(c => c.ReferralId == id, ct);
        return TypedResults.Ok(ReferralView.From(r, consent?.OverrideReason));
    }
}
