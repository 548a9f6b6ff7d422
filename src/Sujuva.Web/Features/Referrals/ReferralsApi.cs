using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Referrals;

/// <summary>The referral endpoints: each runs its operation and answers its Outcome (Problems maps a refusal).</summary>
public static class ReferralsApi
{
    public static void MapReferralsApi(this IEndpointRouteBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Referrals");
        referrals.MapPost("/", SendAsync);
        referrals.MapGet("/", ListAsync);
        referrals.MapGet("/{referralId}", GetAsync);
        referrals.MapPost("/{referralId}/accept", AcceptAsync);
        referrals.MapPost("/{referralId}/decline", DeclineAsync);
    }

    public static async Task<Results<Created<ReferralView>, ProblemHttpResult>> SendAsync(
        SendReferralRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await SendReferral.ApplyAsync(request, db, user, clock, ct), r => $"/api/referrals/{r.Id}");

    /// <summary>Direction "incoming" (to my teams) or "outgoing" (from my teams); both if omitted.</summary>
    public static async Task<Results<Ok<List<ReferralView>>, ProblemHttpResult>> ListAsync(
        string? direction, ReferralStatus? status, SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        AuditTrail audit, CancellationToken ct) =>
        Problems.OkOr(await ReadReferrals.ListAsync(direction, status, db, user, access, audit, null, true, ct));

    public static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> GetAsync(
        Guid referralId, SujuvaDb db, CurrentUser user, PersonalDataAccess access, AuditTrail audit, CancellationToken ct) =>
        Problems.OkOr(await ReadReferrals.GetAsync(referralId, db, user, access, audit, ct));

    public static async Task<Results<Ok<AcceptedReferralView>, ProblemHttpResult>> AcceptAsync(
        Guid referralId, AcceptReferralRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        Problems.OkOr(await AcceptReferral.ApplyAsync(referralId, request, db, user, clock, ct));

    public static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> DeclineAsync(
        Guid referralId, DeclineReferralRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        Problems.OkOr(await DeclineReferral.ApplyAsync(referralId, request, db, user, clock, ct));
}
