using System.Net;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Platform;

namespace Sujuva.IntegrationTests.Api;

/// <summary>Issue 12: every API request has a time budget, after which it is cancelled and answered 504.</summary>
public sealed class RequestBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new endpoint or group without a budget fails here.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task EveryApiEndpoint_HasATimeBudget(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedFixture: false);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true).ToList();

        var budgets = endpoints.ToDictionary(e => e.RoutePattern.RawText + " " + e.DisplayName,
            e => e.Metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName);

        Assert.True(endpoints.Count > 50, $"{endpoints.Count} API endpoints found");
        Assert.Empty(budgets.Where(b => b.Value is null).Select(b => b.Key));
        Assert.All(budgets.Where(b => b.Key.Contains("export", StringComparison.Ordinal)),
            b => Assert.Equal(RequestBudget.Export, b.Value));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Export_OverItsBudget_IsCancelledWith504Problem(string provider)
    {
        // The whole demo log (110,000 events) reads for longer than the budget's timer needs to fire under any
        // load; the fixture's small log was read in a millisecond and sometimes won the race (200).
        await using var app = await SujuvaApp.StartAsync(provider, seedDemo: true,
            settings: new Dictionary<string, string> { ["Api:ExportTimeoutSeconds"] = "0.0000001" });
        var manager = await app.SignInAsync("kaisa.pitkanen2");

        var response = await manager.GetAsync("/api/exports/eventlog?format=csv", Ct);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("RequestTimedOut", (await Given.ProblemAsync(response)).Code);
    }
}
