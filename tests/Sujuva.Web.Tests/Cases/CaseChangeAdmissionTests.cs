using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.Web.Features.Cases;

namespace Sujuva.Web.Tests.Cases;

public sealed class CaseChangeAdmissionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CaseChangeAdmission Admission(int concurrent, int queued) => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cases:ConcurrentChanges"] = concurrent.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cases:QueuedChanges"] = queued.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build());

    private static RateLimiter Limiter(CaseChangeAdmission admission)
    {
        var partition = admission.GetPartition(new DefaultHttpContext());
        return (RateLimiter)partition.Factory(partition.PartitionKey);
    }

    [Fact]
    public async Task Acquire_PermitsTaken_LaterChangesWaitInArrivalOrder()
    {
        using var limiter = Limiter(Admission(concurrent: 1, queued: 2));
        using var first = limiter.AttemptAcquire();
        Assert.True(first.IsAcquired);

        var second = limiter.AcquireAsync(cancellationToken: Ct).AsTask();
        var third = limiter.AcquireAsync(cancellationToken: Ct).AsTask();
        Assert.False(second.IsCompleted);
        first.Dispose();
        using var secondLease = await second;
        Assert.True(secondLease.IsAcquired);
        Assert.False(third.IsCompleted);
        secondLease.Dispose();
        using var thirdLease = await third;
        Assert.True(thirdLease.IsAcquired);
    }

    [Fact]
    public async Task Acquire_QueueFull_IsRefusedAtOnce()
    {
        using var limiter = Limiter(Admission(concurrent: 1, queued: 1));
        using var held = limiter.AttemptAcquire();
        var waiting = limiter.AcquireAsync(cancellationToken: Ct).AsTask();

        using var refused = await limiter.AcquireAsync(cancellationToken: Ct);

        Assert.False(refused.IsAcquired);
        Assert.False(waiting.IsCompleted);
    }

    [Fact]
    public void Limits_NotConfigured_AdmitTwicePerProcessor()
    {
        using var limiter = Limiter(new CaseChangeAdmission(new ConfigurationBuilder().Build()));
        var leases = Enumerable.Range(0, 2 * Environment.ProcessorCount).Select(_ => limiter.AttemptAcquire()).ToList();

        Assert.All(leases, l => Assert.True(l.IsAcquired));
        using var extra = limiter.AttemptAcquire();
        Assert.False(extra.IsAcquired);
        leases.ForEach(l => l.Dispose());
    }

    [Fact]
    public async Task OnRejected_Answers503ProblemWithRetryAfter()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        using var lease = new RefusedLease();

        await Admission(1, 0).OnRejected!(new OnRejectedContext { HttpContext = http, Lease = lease }, Ct);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("1", http.Response.Headers.RetryAfter.ToString());
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body, cancellationToken: Ct);
        Assert.Equal("Cases.Busy", problem.RootElement.GetProperty("code").GetString());
    }

    private sealed class RefusedLease : RateLimitLease
    {
        public override bool IsAcquired => false;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
