using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Forecasts;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Forecasts;

/// <summary>
/// Monte Carlo forecasts of one service (METRICS.md §3) at 50/85/95 %, each with its basis window; a basis
/// too small or all zero, or work that may take beyond the two-year horizon, is refused with 422 and the
/// reason. Seeded, so the same data gives the same answer; the horizon and MonteCarlo.MaxTrials bound the work.
/// </summary>
public static class ServiceForecasts
{
    public const int DefaultBasisDays = 90;

    /// <summary>Expected start of a new referral: anyone who may refer sees it for every service in the network.</summary>
    public static async Task<Outcome<WhenView>> ReferralWaitAsync(
        Guid serviceId, int? basisDays, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var service = new ServiceId(serviceId);
        if (!await db.ServicesVisibleTo(user).AnyAsync(s => s.Id == service, ct)) return Refusal.NotFound("serviceId");
        if (Days(basisDays) is not { } days) return BadBasis();
        return await ExpectedWaitAsync(service, days, db, cache, clock, ct);
    }

    /// <summary>
    /// The expected start of a new referral to the service, with no access check: for the client's own page, whose
    /// secret link is the credential and which shows the wait of a referral the client is waiting on.
    /// </summary>
    public static async Task<Outcome<WhenView>> ExpectedWaitAsync(ServiceId service, int basisDays, SujuvaDb db, FlowCache cache,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var (flow, now, today) = (await cache.CurrentAsync(db, ct), clock.GetUtcNow().UtcDateTime, Today(clock));
        var ahead = ServiceThroughput.QueueAhead(flow, service, now);
        var forecast = MonteCarlo.ExpectedWait(ServiceThroughput.Starts(flow, service, today, basisDays), ahead, today);
        return forecast.Value is { } wait ? When(service.Value, wait.Starts, ahead, "starts") : Refused(forecast.Refusal!);
    }

    public static async Task<Outcome<WhenView>> WhenAsync(
        Guid serviceId, int? items, int? basisDays, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (await FlowScope.ResolveAsync(db, user, FlowScopeKind.Service, serviceId, ct) is null) return Refusal.NotFound("serviceId");
        if (items is not (>= 1 and <= 100_000)) return Refusal.Invalid("items", "Forecasts.BadItems", "items is a whole number from 1 to 100000.");
        if (Days(basisDays) is not { } days) return BadBasis();
        var flow = await cache.CurrentAsync(db, ct);
        var forecast = MonteCarlo.WhenDone(ServiceThroughput.Closes(flow, new ServiceId(serviceId), Today(clock), days), items.Value, Today(clock));
        return forecast.Value is { } when ? When(serviceId, when, null, "closes") : Refused(forecast.Refusal!);
    }

    public static async Task<Outcome<HowManyView>> HowManyAsync(
        Guid serviceId, string? by, int? basisDays, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (await FlowScope.ResolveAsync(db, user, FlowScopeKind.Service, serviceId, ct) is null) return Refusal.NotFound("serviceId");
        var today = Today(clock);
        if (!DateOnly.TryParseExact(by, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end) || end < today)
            return Refusal.Invalid("by", "Forecasts.BadDate", "by is today or a later date, written yyyy-MM-dd.");
        if (end > MonteCarlo.Horizon(today))
            return Refusal.Invalid("by", "Forecasts.TooFar",
                $"by is at most {MonteCarlo.HorizonYears} years from today ({MonteCarlo.Horizon(today):yyyy-MM-dd}).");
        if (Days(basisDays) is not { } days) return BadBasis();
        var flow = await cache.CurrentAsync(db, ct);
        var basis = ServiceThroughput.Closes(flow, new ServiceId(serviceId), today, days);
        var forecast = MonteCarlo.HowMany(basis, today, end);
        return forecast.Value is { } f
            ? new HowManyView(serviceId, f.Start, f.End, BasisView.Of(f.Basis, "closes"), f.Trials, f.Counts)
            : Refused(forecast.Refusal!);
    }

    private static WhenView When(Guid serviceId, WhenForecast f, int? ahead, string counts) =>
        new(serviceId, f.Items, ahead, f.Start, BasisView.Of(f.Basis, counts), f.Trials,
            [.. f.Dates.Select(d => new ConfidenceDateView(d.Percent, d.Date, d.Days))]);

    private static DateOnly Today(TimeProvider clock) => DayCount.LocalDate(clock.GetUtcNow().UtcDateTime);

    private static int? Days(int? basisDays) =>
        (basisDays ?? DefaultBasisDays) is var d and >= MonteCarlo.MinimumBasisDays and <= 365 ? d : null;

    private static Refusal BadBasis() =>
        Refusal.Invalid("basisDays", "Forecasts.BadBasisDays", $"basisDays is from {MonteCarlo.MinimumBasisDays} to 365.");

    /// <summary>422: the request was fine, the history cannot support a forecast (the reason says why).</summary>
    private static Refusal Refused(ForecastRefusal refusal) =>
        Refusal.Rule("basis", refusal.Code, refusal.Message) with { Title = "No forecast" };
}
