using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Forecasts;

/// <summary>The forecast endpoints: each runs its ServiceForecasts operation and answers its Outcome.</summary>
public static class ForecastsApi
{
    public static void MapForecastsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/forecasts/services/{serviceId}").WithTags("Forecasts");
        group.MapGet("/referral-wait", ReferralWaitAsync);
        group.MapGet("/when", WhenAsync);
        group.MapGet("/how-many", HowManyAsync);
    }

    public static async Task<Results<Ok<WhenView>, ProblemHttpResult>> ReferralWaitAsync(
        Guid serviceId, int? basisDays, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ServiceForecasts.ReferralWaitAsync(serviceId, basisDays, db, cache, user, clock, ct));

    public static async Task<Results<Ok<WhenView>, ProblemHttpResult>> WhenAsync(
        Guid serviceId, int? items, int? basisDays, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ServiceForecasts.WhenAsync(serviceId, items, basisDays, db, cache, user, clock, ct));

    public static async Task<Results<Ok<HowManyView>, ProblemHttpResult>> HowManyAsync(
        Guid serviceId, string? by, int? basisDays, SujuvaDb db, FlowCache cache, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ServiceForecasts.HowManyAsync(serviceId, by, basisDays, db, cache, user, clock, ct));
}
