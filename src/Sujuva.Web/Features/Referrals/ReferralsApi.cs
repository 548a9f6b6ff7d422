using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
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
    public static Task<Results<Ok<List<ReferralView>>, ProblemHttpResult>> ListAsync(
        string? direction, ReferralStatus? status, SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        AuditTrail audit, CancellationToken ct) => ListForAsync(direction, status, db, user, access, audit, null, true, ct);

    /// <param name="source">The page asking, for the audit log; null for the API (the audit takes its route).</param>
    /// <param name="withTexts">False for a page's prerendering: no texts, so none read (and audited) twice.</param>
    public static async Task<Results<Ok<List<ReferralView>>, ProblemHttpResult>> ListForAsync(
        string? direction, ReferralStatus? status, SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        AuditTrail audit, string? source, bool withTexts, CancellationToken ct)
    {
        if (direction is not (null or "" or "incoming" or "outgoing"))
            return Problems.BadField("direction", "Referrals.UnknownDirection", "Use incoming or outgoing.");
        var query = db.ReferralsVisibleTo(user).AsNoTracking();
        var teams = user.Teams.ToList();
        if (direction == "incoming") query = query.Where(r => teams.Contains(r.ToTeamId));
        if (direction == "outgoing") query = query.Where(r => teams.Contains(r.FromTeamId));
        if (status is { } s) query = query.Where(r => r.Status == s);
        var list = await query.OrderByDescending(r => r.SentAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(withTexts
            ? await ReferralTexts.ShowAsync(db, user, access, audit, list, ct, source)
            : [.. list.Select(ReferralView.From)]);
    }

    public static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> GetAsync(
        Guid referralId, SujuvaDb db, CurrentUser user, PersonalDataAccess access, AuditTrail audit, CancellationToken ct)
    {
        var id = new ReferralId(referralId);
        var r = await db.ReferralsVisibleTo(user).AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Problems.NotFound("referralId");
        return TypedResults.Ok((await ReferralTexts.ShowAsync(db, user, access, audit, [r], ct))[0]);
    }
}
