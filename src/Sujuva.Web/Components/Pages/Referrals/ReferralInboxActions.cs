using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Referrals;

/// <summary>
/// My teams' referrals both ways, with service names, through the same operations as the REST API; and my
/// teams' open services, whose expected wait for a new referral the inbox shows (what senders are told).
/// </summary>
public sealed record ReferralLists(
    IReadOnlyList<ReferralView> Incoming, IReadOnlyList<ReferralView> Outgoing, IReadOnlyDictionary<Guid, string> ServiceNames,
    IReadOnlyList<(Guid Id, string Name)> OwnServices);

public sealed class ReferralInboxActions(PageData data, TimeProvider clock, PersonalDataAccess access, AuditTrail audit)
{
    private static readonly string Source = ClientNames.Route(ClientNameSource.ReferralInbox);

    /// <summary>
    /// Both lists without their free texts (nothing personal read, nothing audited): a page shows one
    /// screenful and reads the texts of just those (TextsAsync).
    /// </summary>
    public Task<ReferralLists> LoadAsync() => data.RunAsync(async (db, user) =>
    {
        // The lists hold the newest 500; a referral still waiting is listed however old it is.
        async Task<List<ReferralView>> ListAsync(string direction) =>
        [
            .. (await ReadReferrals.ListAsync(direction, ReferralStatus.Sent, db, user, access, audit, Source, false, CancellationToken.None)).Value ?? [],
            .. (await ReadReferrals.ListAsync(direction, null, db, user, access, audit, Source, false, CancellationToken.None)).Value ?? [],
        ];
        var incoming = (await ListAsync("incoming")).DistinctBy(r => r.Id).ToList();
        var outgoing = (await ListAsync("outgoing")).DistinctBy(r => r.Id).ToList();
        var names = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id.Value, LocalName.Of);
        var own = await db.ServicesOf(user).AsNoTracking().Where(s => s.ArchivedAt == null)
            .Select(s => new { s.Id, Name = LocalName.Pick(s.Name, s.NameSv, s.NameEn) }).ToListAsync();
        return new ReferralLists(WaitingFirst(incoming), LatestFirst(outgoing), names,
            [.. own.OrderBy(s => s.Name, StringComparer.CurrentCulture).Select(s => (s.Id.Value, s.Name))]);
    });

    /// <summary>The shown referrals with their texts where the user may read them (each client's reading audited).</summary>
    public Task<List<ReferralView>> TextsAsync(IReadOnlyCollection<Guid> referralIds) => data.RunAsync((db, user) =>
        ReadReferrals.WithTextsAsync(referralIds, db, user, access, audit, Source, CancellationToken.None));

    /// <summary>Incoming: the ones waiting for a decision, longest waiting first; then the decided, latest first.</summary>
    private static List<ReferralView> WaitingFirst(List<ReferralView> list) =>
    [
        .. list.Where(r => r.Status == ReferralStatus.Sent).OrderBy(r => r.SentAt),
        .. list.Where(r => r.Status != ReferralStatus.Sent).OrderByDescending(r => r.DecidedAt ?? r.SentAt),
    ];

    /// <summary>Sent: what happened last first (a decision or a sending), so news is on top.</summary>
    private static List<ReferralView> LatestFirst(List<ReferralView> list) =>
        [.. list.OrderByDescending(r => r.DecidedAt ?? r.SentAt)];

    /// <summary>Null when accepted, else why not.</summary>
    public async Task<Refusal?> AcceptAsync(ReferralView referral) => (await data.RunAsync((db, user) =>
        AcceptReferral.ApplyAsync(referral.Id, new AcceptReferralRequest(referral.Version), db, user, clock, CancellationToken.None))).Refusal;

    /// <summary>Null when declined, else why not.</summary>
    public async Task<Refusal?> DeclineAsync(ReferralView referral, DeclineReason reason, string? note)
    {
        var request = new DeclineReferralRequest(reason, referral.Version, note);
        return InputRules.Refuse(request) ?? (await data.RunAsync((db, user) =>
            DeclineReferral.ApplyAsync(referral.Id, request, db, user, clock, CancellationToken.None))).Refusal;
    }
}

/// <summary>The incoming list's filters: status, at least this many days since sending, and the sending service.</summary>
public sealed class ReferralFilter
{
    public ReferralStatus? Status { get; set; }

    public int? MinAgeDays { get; set; }

    public Guid? FromServiceId { get; set; }

    public bool IsActive => Status is not null || MinAgeDays is > 0 || FromServiceId is not null;

    /// <summary>Age in elapsed days since sending (METRICS.md §1), compared whole.</summary>
    public bool Shows(ReferralView referral, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (Status is { } status && referral.Status != status) return false;
        if (MinAgeDays is int days && (now - referral.SentAt).TotalDays < days) return false;
        return FromServiceId is not { } from || referral.FromServiceId == from;
    }
}
