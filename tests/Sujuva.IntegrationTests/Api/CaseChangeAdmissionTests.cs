using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features.Cases;

namespace Sujuva.IntegrationTests.Api;

public sealed class CaseChangeAdmissionTests
{
    /// <summary>Every change of a case (not its feedback links) queues for admission; reading a case does not wait behind changes.</summary>
    [Fact]
    public async Task CaseEndpoints_ChangesAreAdmittedReadsAreNot()
    {
        await using var app = await SujuvaApp.StartAsync(Databases.Sqlite, seedFixture: false);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/cases", StringComparison.Ordinal) == true
                && !e.RoutePattern.RawText.Contains("feedback", StringComparison.Ordinal)).ToList();
        string Policy(RouteEndpoint e) => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "none";
        bool IsPost(RouteEndpoint e) => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Contains(HttpMethods.Post);

        Assert.Equal(11, endpoints.Count(IsPost)); // with the pair, enrolling in a programme and the client link
        Assert.All(endpoints.Where(IsPost), e => Assert.Equal(CaseChangeAdmission.Policy, Policy(e)));
        Assert.All(endpoints.Where(e => !IsPost(e)), e => Assert.Equal("none", Policy(e)));
    }
}
